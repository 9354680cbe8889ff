"""The server local worker processes are forked from.

On platforms with forkserver, one server process imports the pipeline, builds the table schemas and
loads the default model once (`pipeline.worker_preload`), and every worker is forked from it ready to
work, sharing the model's memory. Starting the server does not wait for it, and this module imports
only the standard library, so a caller that knows it will need workers (the CLI) starts it before its
own imports: the two start-ups overlap.
"""
from __future__ import annotations

import multiprocessing
import multiprocessing.forkserver
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
