"""The server local worker processes are forked from.

On platforms with forkserver, one server process imports the pipeline, builds the table schemas and
loads the default model once (`pipeline.worker_preload`), and every worker is forked from it ready to
work, sharing the model's memory. Starting the server does not wait for it, and this module imports
only the standard library, so a caller that knows it will need workers (the CLI) starts it before its
own imports: the two start-ups overlap.
"""
from __future__ import annotations

import ctypes
import multiprocessing
import multiprocessing.forkserver
import os
import signal
import sys
from multiprocessing.context import BaseContext

WORKER_PRELOAD = "pipeline.runs.worker_preload"


def worker_context() -> BaseContext:
    """The multiprocessing context for worker processes, its server started (idempotent).
    forkserver: no threads or locks inherited from this process; spawn where there is no forkserver."""
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn")
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload([WORKER_PRELOAD])
    multiprocessing.forkserver.ensure_running()
    return context


PR_SET_PDEATHSIG = 1  # linux/prctl.h

# In the worker server: its own pid, set as it starts. A worker is forked from the server with a copy of this
# module, so it knows its parent's pid from before it was born (see `die_with_parent`).
server_pid: int | None = None


def die_with_parent(parent: int | None = None) -> None:
    """Have the kernel kill this process when its parent dies (Linux; elsewhere nothing happens).

    The worker server calls it as it starts, and every worker as it starts: a `kill -9` of almanac takes the
    server down, and the server's death takes its workers, so no process is left holding a model's memory.
    `parent` is the pid the parent had when this process was made: a parent that died before the request was
    in place is seen by the change (the process has been handed to another parent), and this process exits.
    Without it, the parent of the moment is taken, which misses a parent that died before the call."""
    if not sys.platform.startswith("linux"):
        return
    expected = os.getppid() if parent is None else parent
    try:
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):
        return
    if os.getppid() != expected:  # the parent died before the request was in place
        os._exit(1)


def start_server() -> None:
    """In the worker server, first thing: die with almanac, and be known to the workers forked from it."""
    global server_pid
    die_with_parent()
    server_pid = os.getpid()


def start_worker() -> None:
    """In a worker, first thing: die with the server it was forked from, even when the server died while this
    worker was being born (a kill of almanac as it starts its workers)."""
    die_with_parent(server_pid)
