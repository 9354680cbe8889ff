"""Memory a process has freed, given back to the system.

A run holds the model for its whole life and, partition after partition, builds and drops rows, frames and
Arrow buffers of a few tens of MB. Freed, they stay in the allocators' free lists: glibc's malloc keeps the
top of its heaps unless told to trim, and Arrow's own allocator (mimalloc in the pyarrow wheels) keeps pages
for reuse. So the peak RSS of a long run is the model plus the largest partition plus whatever the
allocators kept from the ones before. `configure` (once per process) has Arrow allocate through malloc, so
one allocator holds the freed memory, and has malloc map large blocks on their own; `release` (after each
partition and after publishing) asks glibc to hand back what it holds free. Nothing computed changes; off
Linux/glibc both do nothing but the Arrow setting.

The cyclic garbage collector is the other cost of a process's size: a full collection visits every object
the process holds, and start-up (the imports, the model: about a million objects) sets off many of them,
each longer than the last; the process's end visits them once more. A process of ours (the `almanac`
command, the worker server) holds collections while it starts (`hold_collections`) and, once the model is
loaded, moves everything it holds out of the collector's sight and lets it run again (`settle`): those
objects live as long as the process, so later collections visit only what the run itself makes. In a
one-article run this was about a third of the CPU time beyond a bare model load. A library caller's process
is left alone (`settle` does nothing unless `hold_collections` was called).
"""
from __future__ import annotations

import ctypes
import gc
import sys
from functools import lru_cache

from ..config import SETTINGS


# glibc serves an allocation of SETTINGS.mmap_threshold bytes or more from a mapping of its own, unmapped when
# freed. Its default is dynamic: it rises to the size of every large block freed (up to 32 MiB), after which
# spaCy's activations for a long article are carved from the heap, whose top stays mapped behind any small
# object allocated later. A fixed threshold keeps them apart; a low one costs system time (a mapping, and
# pages to zero, for every block), so it is set above the blocks a batch of short articles churns through.
M_MMAP_THRESHOLD = -3  # malloc.h


_collections_held = False


def hold_collections() -> None:
    """At the start of a process of ours: no cyclic collection until `settle` (what start-up makes, it keeps)."""
    global _collections_held
    _collections_held = True
    gc.disable()


def settle() -> None:
    """Once the long-lived objects exist (the model loaded): after `hold_collections`, they are frozen out of every
    later collection and collections resume; otherwise nothing. Idempotent."""
    global _collections_held
    if _collections_held:
        _collections_held = False
        gc.freeze()
        gc.enable()


@lru_cache(maxsize=1)
def configure() -> None:
    """Once per process (idempotent): Arrow allocates through malloc, and malloc maps blocks of MMAP_THRESHOLD
    and more on their own, so they go back to the system as soon as they are freed."""
    import pyarrow

    pyarrow.set_memory_pool(pyarrow.system_memory_pool())
    mallopt = _libc_function("mallopt")
    if mallopt is not None and SETTINGS.mmap_threshold > 0:
        mallopt(M_MMAP_THRESHOLD, SETTINGS.mmap_threshold)


@lru_cache(maxsize=None)
def _libc_function(name: str):
    """glibc's `name` from the process's own symbols, None off Linux or without glibc (musl has no malloc_trim)."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        return getattr(ctypes.CDLL(None), name)
    except (OSError, AttributeError):
        return None


def release() -> None:
    """Give the memory malloc holds free back to the system (a few milliseconds)."""
    trim = _libc_function("malloc_trim")
    if trim is not None:
        trim(0)
