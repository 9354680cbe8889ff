"""Engines: where `partition_tables` runs. Serial (this process), local worker processes, or Dask.

Every engine takes the same partitions (lists of raw documents, cut by `partition_documents`) and
yields `(partition, result)` pairs as they finish, possibly out of order; the caller writes each
result as a part and records it in the manifest. Tables are sorted when they are rebuilt, so the
order partitions finish in never shows in the output.
"""
from __future__ import annotations

import logging
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import Callable, Iterable, Iterator

from ..errors import AlmanacError, EngineError
from ..reading.documents import DocumentFailure, RawDocument
from .rows import DocumentRows, PartitionResult, partition_tables
from .workers import worker_context

ENGINES = ("serial", "dask")
DEFAULT_PARTITION_DOCS = 16  # one spaCy batch
DEFAULT_PARTITION_CHARS = 200_000  # keeps partitions of long articles small, so two workers stay balanced
# One process has nothing to balance: larger partitions mean fewer parts to validate and write
# (a fixed cost per part and table), at the price of more work redone after a kill.
# 500,000 characters, not 1,000,000: a partition's rows and frames are the part of a serial run's memory that
# grows with it (peak RSS on the sample dump 663 -> MB), for a few more parts to validate and write.
SERIAL_PARTITION_DOCS = 64
SERIAL_PARTITION_CHARS = 500_000
DASK_LOCAL_WORKERS = 2
DASK_MISSING = "the dask engine needs dask and distributed: pip install 'almanac[dask]'"

DocumentCallback = Callable[[DocumentRows | DocumentFailure], None]


@dataclass
class Partition:
    index: int  # ordinal in input order
    documents: list[RawDocument]


def partition_documents(
    documents: Iterable[RawDocument],
    max_docs: int = DEFAULT_PARTITION_DOCS,
    max_chars: int = DEFAULT_PARTITION_CHARS,
) -> Iterator[Partition]:
    """Consecutive documents in partitions of at most `max_docs` documents and about `max_chars`
    characters (a single longer document is a partition alone). Lazy: a dump is never held whole."""
    batch: list[RawDocument] = []
    chars = 0
    index = 0
    for document in documents:
        if batch and (len(batch) >= max_docs or chars + document.n_chars > max_chars):
            yield Partition(index, batch)
            index += 1
            batch, chars = [], 0
        batch.append(document)
        chars += document.n_chars
    if batch:
        yield Partition(index, batch)


class SerialEngine:
    """Partitions one after another in this process; reports every document as it finishes."""

    name = "serial"
    partition_docs = SERIAL_PARTITION_DOCS
    partition_chars = SERIAL_PARTITION_CHARS

    def __init__(self, model_name: str | None = None) -> None:
        self.model_name = model_name
        self.workers = 1

    def __enter__(self) -> "SerialEngine":
        return self

    def __exit__(self, *exc_info: object) -> None:
        return None

    def map(self, partitions: Iterable[Partition], on_document: DocumentCallback | None = None
            ) -> Iterator[tuple[Partition, PartitionResult]]:
        for partition in partitions:
            yield partition, partition_tables(partition.documents, self.model_name, on_document)


def warm_worker(model_name: str | None) -> None:
    """Worker start-up: have the model loaded before the first partition arrives (a no-op when the
    worker server has loaded it already). The worker dies with the server it was forked from."""
    from ..language.nlp import load_nlp
    from .workers import start_worker

    start_worker()

    try:
        load_nlp(model_name)
    except AlmanacError:
        pass  # the first partition raises it again, with its message, in the parent


class ProcessEngine:
    """N local worker processes, forked from a server that has loaded the model (see `workers.py`)."""

    name = "processes"
    partition_docs = DEFAULT_PARTITION_DOCS
    partition_chars = DEFAULT_PARTITION_CHARS

    def __init__(self, workers: int, model_name: str | None = None) -> None:
        self.workers = workers
        self.model_name = model_name
        self.pool: ProcessPoolExecutor | None = None

    def __enter__(self) -> "ProcessEngine":
        # Started now if the caller has not already (its start-up overlaps what this process does next).
        self.pool = ProcessPoolExecutor(self.workers, mp_context=worker_context(), initializer=warm_worker,
                                        initargs=(self.model_name,))
        return self

    def __exit__(self, *exc_info: object) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)

    def map(self, partitions: Iterable[Partition], on_document: DocumentCallback | None = None
            ) -> Iterator[tuple[Partition, PartitionResult]]:
        assert self.pool is not None, "use the engine as a context manager"
        # Two partitions per worker in flight: workers never wait, memory stays bounded.
        in_flight: dict[Future, Partition] = {}
        source = iter(partitions)
        exhausted = False
        while True:
            while not exhausted and len(in_flight) < 2 * self.workers:
                partition = next(source, None)
                if partition is None:
                    exhausted = True
                    break
                in_flight[self.pool.submit(partition_tables, partition.documents, self.model_name)] = partition
            if not in_flight:
                return
            done, _ = wait(in_flight, return_when=FIRST_COMPLETED)
            for future in sorted(done, key=lambda f: in_flight[f].index):
                partition = in_flight.pop(future)
                yield partition, partition_result(future)


def partition_result(future: Future) -> PartitionResult:
    try:
        return future.result()
    except AlmanacError:
        raise
    except BrokenProcessPool:
        raise EngineError("a worker process died (out of memory or killed); re-run to resume") from None
    except Exception as error:  # a bug in a worker: name it in one line
        raise EngineError(f"a partition failed in a worker: {type(error).__name__}: {error}") from None


class DaskEngine:
    """The same partition function on a Dask cluster: the one at `scheduler` (tcp://HOST:PORT), or a
    LocalCluster of worker processes on loopback. Results come back to this process, which writes
    the parts, so workers need the package and the model but no access to the output folder."""

    name = "dask"
    partition_docs = DEFAULT_PARTITION_DOCS
    partition_chars = DEFAULT_PARTITION_CHARS

    def __init__(self, scheduler: str | None = None, workers: int | None = None, model_name: str | None = None) -> None:
        self.scheduler = scheduler
        self.workers = workers or DASK_LOCAL_WORKERS
        self.model_name = model_name
        self.client = None
        self.cluster = None

    def __enter__(self) -> "DaskEngine":
        try:
            from distributed import Client, LocalCluster
        except ImportError:
            raise EngineError(DASK_MISSING) from None
        try:
            if self.scheduler:
                self.client = Client(self.scheduler, timeout="30s")
                self.workers = max(len(self.client.scheduler_info().get("workers", {})), 1)
            else:
                self.cluster = LocalCluster(
                    n_workers=self.workers, threads_per_worker=1, processes=True, host="127.0.0.1",
                    dashboard_address=None, silence_logs=logging.ERROR,
                )
                self.client = Client(self.cluster)
        except (OSError, TimeoutError) as error:
            self.__exit__()
            where = self.scheduler or "a local cluster"
            raise EngineError(f"cannot connect to the Dask scheduler at {where}: {error}") from None
        return self

    def __exit__(self, *exc_info: object) -> None:
        if self.client is not None:
            self.client.close()
            self.client = None
        if self.cluster is not None:
            self.cluster.close()
            self.cluster = None

    def map(self, partitions: Iterable[Partition], on_document: DocumentCallback | None = None
            ) -> Iterator[tuple[Partition, PartitionResult]]:
        from distributed import as_completed

        assert self.client is not None, "use the engine as a context manager"
        source = iter(partitions)
        futures = {}

        def submit() -> bool:
            partition = next(source, None)
            if partition is None:
                return False
            future = self.client.submit(partition_tables, partition.documents, self.model_name, pure=False)
            futures[future.key] = partition
            pending.add(future)
            return True

        pending = as_completed()
        for _ in range(2 * self.workers):
            if not submit():
                break
        for future in pending:
            partition = futures.pop(future.key)
            try:
                result = future.result()
            except AlmanacError:
                raise
            except Exception as error:
                raise EngineError(f"a partition failed on the Dask cluster: {type(error).__name__}: {error}") from None
            finally:
                future.release()
            submit()
            yield partition, result


def make_engine(engine: str = "serial", workers: int = 1, scheduler: str | None = None,
                model_name: str | None = None) -> SerialEngine | ProcessEngine | DaskEngine:
    if engine not in ENGINES:
        raise EngineError(f"unknown engine {engine!r}; choose one of {', '.join(ENGINES)}")
    if workers < 1:
        raise EngineError(f"--workers must be at least 1 (got {workers})")
    if engine == "dask":
        return DaskEngine(scheduler, workers if workers > 1 else None, model_name)
    if scheduler:
        raise EngineError("--scheduler needs --engine dask")
    return SerialEngine(model_name) if workers == 1 else ProcessEngine(workers, model_name)
