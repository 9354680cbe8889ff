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


def die_with_parent() -> None:
    """Have the kernel kill this process when its parent dies (Linux; elsewhere nothing happens).

    The worker server calls it as it starts, and every worker as it starts: a `kill -9` of almanac takes the
    server down, and the server's death takes its workers, so no process is left holding a model's memory."""
    if not sys.platform.startswith("linux"):
        return
    parent = os.getppid()
    try:
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):
        return
    if os.getppid() != parent:  # the parent died before the request was in place
        os._exit(1)
