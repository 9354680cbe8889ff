"""Memory a process has freed, given back to the system.

A run holds the model for its whole life and, partition after partition, builds and drops rows, frames and
Arrow buffers of a few tens of MB. Freed, they stay in the allocators' free lists: glibc's malloc keeps the
top of its heaps unless told to trim, and Arrow's own allocator (mimalloc in the pyarrow wheels) keeps pages
for reuse. So the peak RSS of a long run is the model plus the largest partition plus whatever the
allocators kept from the ones before. `configure` (once per process) has Arrow allocate through malloc, so
one allocator holds the freed memory; `release` (after each partition and after publishing) asks glibc to
hand back what it holds free. Neither changes what is computed; off Linux/glibc `release` does nothing.
"""
from __future__ import annotations

import ctypes
import sys
from functools import lru_cache


@lru_cache(maxsize=1)
def configure() -> None:
    """Arrow allocates through the system allocator (idempotent; pyarrow is imported by then anyway)."""
    import pyarrow

    pyarrow.set_memory_pool(pyarrow.system_memory_pool())


@lru_cache(maxsize=1)
def _malloc_trim():
    if not sys.platform.startswith("linux"):
        return None
    try:
        return ctypes.CDLL(None).malloc_trim  # the process's own symbols: glibc's malloc_trim
    except (OSError, AttributeError):  # not glibc (musl has no malloc_trim)
        return None


def release() -> None:
    """Give the memory malloc holds free back to the system (a few milliseconds)."""
    trim = _malloc_trim()
    if trim is not None:
        trim(0)
