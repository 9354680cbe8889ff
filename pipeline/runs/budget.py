"""A time budget per document: a document that takes longer fails with one line, and the batch goes on.

The budget covers a document's own stages (cleaning, tokenizing, the extractors), where a pathological
text costs more than its length says (spaCy's tokenizer is quadratic on long runs of one mark). The
batched model stage is linear in the text and bounded by spaCy's max_length, and is not counted.

In a process's main thread (a serial run, a local worker) an interval timer interrupts the stage at the
budget, as soon as Python code runs again; elsewhere (a Dask worker's thread) the stage is checked
when it returns. Either way a stage that ends over the budget fails the same way.
"""
from __future__ import annotations

import signal
import threading
import time
from contextlib import contextmanager
from typing import Iterator


class OverBudget(Exception):
    """A document took longer than its time budget."""


def budget_message(seconds: float) -> str:
    return (f"over the time budget of {seconds:g} s per document (ALMANAC_DOCUMENT_SECONDS); "
            "the document was skipped")


class DocumentClock:
    """The time one document has spent in its own stages, against the budget (None: no budget)."""

    def __init__(self, budget: float | None) -> None:
        self.budget = budget if budget and budget > 0 else None
        self.spent = 0.0

    @contextmanager
    def stage(self) -> Iterator[None]:
        """Run a stage of the document; raises OverBudget when the budget runs out in it."""
        if self.budget is None:
            yield
            return
        remaining = self.budget - self.spent
        if remaining <= 0:
            raise OverBudget(budget_message(self.budget))
        started = time.perf_counter()
        with _alarm(remaining, self.budget):
            yield
        self.spent += time.perf_counter() - started
        if self.spent > self.budget:
            raise OverBudget(budget_message(self.budget))


@contextmanager
def _alarm(seconds: float, budget: float) -> Iterator[None]:
    """SIGALRM after `seconds`, raising OverBudget in the main thread; nothing elsewhere."""
    if threading.current_thread() is not threading.main_thread() or not hasattr(signal, "setitimer"):
        yield
        return

    def interrupt(signum, frame):
        raise OverBudget(budget_message(budget))

    previous = signal.signal(signal.SIGALRM, interrupt)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
