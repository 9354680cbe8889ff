"""A run: documents into the tables of an output folder, incrementally.

Which revisions to process (the manifest), partitions sent to an engine (`engines.py`), each
partition's frames written as parts and recorded, and at the end the tables published as one new set
from what changed (`publish.py`). `run` is `almanac run`.
"""
from __future__ import annotations

import itertools
import shutil
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Iterator

import spacy

from .. import PIPELINE_VERSION
from ..config import SETTINGS
from ..errors import InputError
from ..language.nlp import load_nlp
from ..reading.documents import DocumentFailure, RawDocument
from ..reading.ingest import iter_documents
from ..tables.schema import TABLES, build_schemas
from ..tables.layout import EXTENSIONS, FORMATS
from ..tables.writer import write_table
from .engines import make_engine, partition_documents
from .manifest import Manifest, ManifestEntry, output_lock, part_name, parts_dir, revision_key, state_dir
from .publish import consolidate
from .rows import DocumentRows, PartitionResult


@dataclass
class RunProgress:
    """What a run has done so far; handed to `on_progress` after every document (or partition)."""

    done: int  # documents finished in this run, processed or failed
    total: int | None  # documents this run has to process, when known before it starts
    failed: int
    skipped: int  # done by an earlier run, not processed again
    current: str | None
    elapsed: float

    @property
    def rate(self) -> float:
        return self.done / self.elapsed if self.elapsed > 0 else 0.0

    @property
    def eta(self) -> float | None:
        if self.total is None or self.done == 0:
            return None
        return max(self.total - self.done, 0) / max(self.rate, 1e-9)


@dataclass
class RunSummary:
    documents: int  # processed in this run
    failures: list[DocumentFailure]
    rows: dict[str, int]  # rows of each final table (all revisions in the output folder)
    sentences: int
    seconds: float
    outputs: list[str]
    skipped: int = 0
    revisions: int = 0  # revisions in the final tables
    dropped: int = 0  # revisions of another pipeline version or model, dropped from the tables
    engine: str = "serial"
    workers: int = 1

    def as_dict(self) -> dict:
        return {
            "documents": self.documents,
            "skipped": self.skipped,
            "revisions": self.revisions,
            "dropped": self.dropped,
            "failed": [{"source": f.source, "doc_id": f.doc_id, "reason": f.reason} for f in self.failures],
            "sentences": self.sentences,
            "rows": self.rows,
            "seconds": round(self.seconds, 2),
            "engine": self.engine,
            "workers": self.workers,
            "outputs": self.outputs,
        }


def revision_label(doc_id: str | None, revision_id: int | None) -> str:
    return f"{doc_id}@{revision_id}" if revision_id is not None else str(doc_id)


def inputs_are_rereadable(paths: list[str]) -> bool:
    """Regular files and folders can be read twice (once to count); stdin and pipes cannot."""
    return all(path != "-" and (Path(path).is_dir() or Path(path).is_file()) for path in paths)


class PathDocuments:
    """The documents of `paths`, readable more than once (each iteration reads the inputs again)."""

    def __init__(self, paths: list[str]) -> None:
        self.paths = list(paths)

    def __iter__(self) -> Iterator[RawDocument | DocumentFailure]:
        return iter_documents(self.paths)


class RunState:
    """The bookkeeping of one run in one output folder: which documents to process, the parts
    written, the manifest rows committed, and the progress reported."""

    def __init__(self, out_dir: Path, manifest: Manifest, model: str, force: bool,
                 on_progress: Callable[[RunProgress], None] | None) -> None:
        self.out_dir = out_dir
        self.manifest = manifest
        self.model = model
        self.force = force
        self.on_progress = on_progress
        self.run_id = manifest.start_run(PIPELINE_VERSION, model)
        self.failures: list[DocumentFailure] = []
        self.processed = 0
        self.skipped = 0
        self.total: int | None = None
        self.started = time.perf_counter()
        self.uncommitted = 0  # documents the serial engine finished in the partition not yet committed

    def pending(self, documents: Iterable[RawDocument | DocumentFailure], counting: bool = False
                ) -> Iterator[RawDocument]:
        """The documents this run must process, in input order. Documents done by an
        earlier run are skipped (unless forced); failures and duplicates are recorded, not yielded."""
        seen: set[tuple[str, int]] = set()
        for item in documents:
            if isinstance(item, DocumentFailure):
                if not counting:
                    self.fail(item)
                continue
            key = (item.doc_id, revision_key(item.revision_id))
            if key in seen:
                if not counting:
                    self.fail(DocumentFailure(item.source, "the same revision appears twice in the input; "
                                              "the first one is kept", None, item.revision_id))
                continue
            seen.add(key)
            if item.page_id is None and not counting:  # a file: its doc_id must stay its own across runs
                owner = self.manifest.claim(item.doc_id, source_identity(item.source))
                if owner is not None:
                    self.fail(DocumentFailure(item.source, f"doc_id {item.doc_id!r} already names {owner} in this "
                                              "output folder; rename the file, or write to another folder",
                                              item.doc_id))
                    continue
            if not self.force and self.manifest.is_done(item.doc_id, item.revision_id, item.sha256):
                if not counting:
                    self.skipped += 1
                continue
            yield item

    def count(self, documents: Iterable[RawDocument | DocumentFailure]) -> None:
        self.total = sum(1 for _ in self.pending(documents, counting=True))
        self.report(None)

    def fail(self, failure: DocumentFailure) -> None:
        # Reported, and nothing more: rows an earlier run committed for this document stay in the tables (a
        # truncated re-download must not erase them); only a successful newer revision replaces them.
        self.failures.append(failure)

    def report(self, current: str | None) -> None:
        if self.on_progress is not None:
            self.on_progress(RunProgress(
                done=self.processed + len(self.failures) + self.uncommitted, total=self.total,
                failed=len(self.failures),
                skipped=self.skipped, current=current, elapsed=time.perf_counter() - self.started,
            ))

    def on_document(self, item: DocumentRows | DocumentFailure) -> None:
        """Per-document progress from the serial engine (counted for real in `commit`)."""
        self.uncommitted += 1
        self.report(revision_label(item.doc_id, item.revision_id))

    def commit(self, partition, result: PartitionResult) -> None:
        """Write a partition's rows as parts, then record its revisions in the manifest (in that order:
        a crash in between leaves parts nobody points at, which the next consolidation removes)."""
        name = part_name(self.run_id, partition.index)
        if result.processed:
            for table, frame in result.frames.items():  # sealed where the partition ran
                if len(frame):
                    write_table(frame, parts_dir(self.out_dir) / table, name, "parquet")
        result.frames = None  # written: not held while the next partition runs
        documents = {(d.doc_id, revision_key(d.revision_id)): d for d in partition.documents}
        entries = []
        for doc_id, revision_id in result.processed:
            document = documents[(doc_id, revision_key(revision_id))]
            entries.append(ManifestEntry(doc_id, revision_id, document.page_id, document.sha256, name))
        for failure in result.failures:
            self.fail(failure)
        self.manifest.record(entries, PIPELINE_VERSION, self.model, self.run_id)
        self.processed += len(entries)
        self.uncommitted = 0
        last = result.processed[-1] if result.processed else None
        self.report(revision_label(*last) if last else None)

    def finish(self) -> None:
        """Report the final count."""
        self.report(None)


def source_identity(source: str) -> str:
    """A file's absolute path (the same file named two ways is one source); stdin as it is."""
    return source if source.startswith("<") else str(Path(source).resolve())


def check_model_installed(model_name: str | None) -> None:
    """Raise ModelNotInstalledError now, without loading the model, when it is not installed."""
    name = model_name or SETTINGS.spacy_model
    if not (spacy.util.is_package(name) or Path(name).exists()):
        load_nlp(model_name)  # raises the one-line error with the install hint


def remove_fresh_output(out_dir: Path, created_out_dir: bool) -> None:
    """A first run that processed nothing leaves nothing behind: no manifest, no empty folder."""
    shutil.rmtree(state_dir(out_dir), ignore_errors=True)
    if created_out_dir:
        try:
            out_dir.rmdir()
        except OSError:  # something else was put there meanwhile
            pass


def run(
    paths: list[str],
    out_dir: Path,
    fmt: str = "parquet",
    model_name: str | None = None,
    on_progress: Callable[[RunProgress], None] | None = None,
    **options,
) -> RunSummary:
    """`almanac run`: every document of `paths` (files, folders, XML exports, `-`) into validated
    tables written to `out_dir`. Options as for `run_documents`."""
    if options.get("count_first") is None:
        options["count_first"] = on_progress is not None and inputs_are_rereadable(paths)
    return run_documents(PathDocuments(paths), out_dir, fmt, model_name, on_progress, **options)


def run_documents(
    documents: Iterable[RawDocument | DocumentFailure],
    out_dir: Path,
    fmt: str = "parquet",
    model_name: str | None = None,
    on_progress: Callable[[RunProgress], None] | None = None,
    *,
    workers: int = 1,
    engine: str = "serial",
    scheduler: str | None = None,
    force: bool = False,
    partition_docs: int | None = None,
    count_first: bool | None = None,
) -> RunSummary:
    """Raw documents into validated tables written to `out_dir`.

    Incremental: revisions already in the output folder's manifest (same content, pipeline version
    and spaCy model) are skipped unless `force`; the final tables hold every revision done so far,
    each exactly once, sorted. `workers` > 1 runs local worker processes; `engine="dask"` runs on a
    Dask cluster (`scheduler` address, or a local one). `on_progress` gets a RunProgress after each
    document (or partition); with `count_first` (default: when there is a progress callback and
    `documents` is a collection, not a one-shot iterator) the documents are counted first, so
    progress has a total and an ETA.

    Raises InputError when no document could be processed or skipped (the tables are not touched),
    ValidationFailed when a partition's rows break a schema (earlier partitions stay done),
    EngineError when the engine cannot run.
    """
    if fmt not in FORMATS:
        raise InputError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    out_dir = Path(out_dir)
    model = model_name or SETTINGS.spacy_model
    engine_runner = make_engine(engine, workers, scheduler, model_name)
    if not scheduler:  # local workers need the model here; a missing one fails before anything is written
        check_model_installed(model_name)
    if count_first is None:
        count_first = on_progress is not None and iter(documents) is not documents
    created_out_dir = not out_dir.exists()
    fresh_folder = not state_dir(out_dir).exists()
    with output_lock(out_dir), Manifest.of(out_dir) as manifest:
        dropped = manifest.drop_other_versions(PIPELINE_VERSION, model)
        state = RunState(out_dir, manifest, model, force, on_progress)
        if count_first:
            state.count(documents)
        partitions = partition_documents(state.pending(documents), partition_docs or engine_runner.partition_docs,
                                         engine_runner.partition_chars)
        first = next(partitions, None)
        if first is not None:  # a run with nothing new never starts workers or a cluster
            with engine_runner:
                # Needed to write the tables at the end; built while the workers start up.
                build_schemas()
                for partition, result in engine_runner.map(itertools.chain([first], partitions), state.on_document):
                    state.commit(partition, result)
        state.finish()
        if state.processed == 0 and state.skipped == 0:
            reasons = "; ".join(str(f) for f in state.failures[:3]) or "no input"
            if fresh_folder:
                manifest.close()
                remove_fresh_output(out_dir, created_out_dir)
            raise InputError(f"no document could be processed ({reasons})")
        counts = consolidate(out_dir, manifest, fmt, model, generation=f"{state.run_id:06d}")
        revisions = manifest.count()
    return RunSummary(
        documents=state.processed,
        failures=state.failures,
        rows=counts,
        sentences=counts.get("sentences", 0),
        seconds=time.perf_counter() - state.started,
        outputs=[str(out_dir / f"{table}{EXTENSIONS[fmt]}") for table in TABLES],
        skipped=state.skipped,
        revisions=revisions,
        dropped=dropped,
        engine=engine_runner.name,
        workers=engine_runner.workers,
    )
