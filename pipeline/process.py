"""Processing: raw documents through cleaning, spaCy and the extractors into table rows.

`partition_tables` is the one unit of work: a serial run, local worker processes and a Dask
cluster all call it on a list of raw documents and get the same validated frames back.
"""
from __future__ import annotations

import dataclasses
import itertools
import json
import shutil
import time
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Callable, Iterable, Iterator

import numpy as np
import pandas as pd
import spacy
from spacy.tokens import Doc

from . import PIPELINE_VERSION
from .checks import find_checks
from .clean import CleanText, clean_rendered_text
from .dates import extract_dates
from .errors import InputError
from .events import extract_events
from .figures import extract_figures
from .config import SETTINGS
from .ingest import DocumentFailure, RawDocument, iter_documents, sha256_hex
from .manifest import (NO_REVISION, Manifest, ManifestEntry, output_lock, part_name, parts_dir, revision_key,
                       state_dir)
from .nlp import annotate, load_nlp
from .schema import SORT_KEYS, TABLES, build_schemas, empty_frame, frame_from_rows, nullable_int_columns, validate_table
from .writer import EXTENSIONS, FORMATS, read_parquet_parts, write_table


@dataclass
class DocumentRows:
    """The rows one document contributes to each table."""

    doc_id: str
    revision_id: int | None
    tables: dict[str, list[dict]]


@dataclass
class PartitionResult:
    rows: dict[str, list[dict]] = field(default_factory=lambda: {name: [] for name in TABLES})
    failures: list[DocumentFailure] = field(default_factory=list)
    processed: list[tuple[str, int | None]] = field(default_factory=list)
    frames: dict[str, pd.DataFrame] | None = None  # the rows as sorted, validated frames, once sealed

    def add(self, document: DocumentRows) -> None:
        for name, rows in document.tables.items():
            self.rows[name].extend(rows)
        self.processed.append((document.doc_id, document.revision_id))

    def seal(self) -> "PartitionResult":
        """The rows as validated frames (raises ValidationFailed); the rows themselves are dropped."""
        self.frames = build_frames(self.rows) if self.processed else {}
        self.rows = {}
        return self


def clean_document(document: RawDocument) -> CleanText:
    if document.markup == "wikitext":
        from .wikitext import clean_wikitext

        return clean_wikitext(document.raw)
    return clean_rendered_text(document.raw)


class SpanMapper:
    """Clean spans of one document to raw spans, raw text and sentence ids."""

    def __init__(self, doc: Doc, clean: CleanText, raw: str) -> None:
        self.clean = clean
        self.raw = raw
        self.sentences = [trim_span(clean.text, sent.start_char, sent.end_char) for sent in doc.sents]
        self.sentences = [span for span in self.sentences if span is not None]
        self.sentence_starts = [start for start, _ in self.sentences]

    def raw_span(self, start: int, end: int) -> tuple[int, int, str]:
        raw_start, raw_end = self.clean.raw_span(start, end)
        return raw_start, raw_end, self.raw[raw_start:raw_end]

    def sent_id(self, start: int) -> int:
        return max(bisect_right(self.sentence_starts, start) - 1, 0)

    def sentence_text(self, sent_id: int) -> str:
        start, end = self.sentences[sent_id]
        return self.raw_span(start, end)[2]


def trim_span(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span without surrounding whitespace (`text` is doc.text, passed in: Doc.text is rebuilt per call)."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if end > start else None


@lru_cache(maxsize=None)
def field_names(record_type: type) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(record_type))


def record_rows(records: Iterable, mapper: SpanMapper, base: dict) -> list[dict]:
    """Extractor records (clean offsets) into table rows (raw offsets, raw text, sentence id)."""
    rows = []
    for record in records:
        # Records are flat (scalars and lists of scalars): a shallow copy, not asdict's deep one.
        row = {name: getattr(record, name) for name in field_names(type(record))}
        start, end, text = mapper.raw_span(row.pop("start"), row.pop("end"))
        sent_id = mapper.sent_id(record.start)
        row.update(base, sent_id=sent_id, start=start, end=end, text=text)
        if "trigger" in row:
            row["trigger"] = text
            row["sentence"] = mapper.sentence_text(sent_id)
        rows.append(row)
    return rows


def extract_rows(doc: Doc, document: RawDocument, clean: CleanText) -> DocumentRows:
    """Every table's rows for one annotated document. The Doc is only read, never changed."""
    mapper = SpanMapper(doc, clean, document.raw)
    base = {"doc_id": document.doc_id, "revision_id": document.revision_id}
    sentences = []
    for sent_id, (start, end) in enumerate(mapper.sentences):
        raw_start, raw_end, text = mapper.raw_span(start, end)
        block = clean.block_at(start)
        sentences.append({
            **base, "sent_id": sent_id, "start": raw_start, "end": raw_end, "text": text,
            "section": block.section if block else None, "block": block.kind if block else "paragraph",
        })
    entities = []
    for ent in doc.ents:
        span = trim_span(clean.text, ent.start_char, ent.end_char)
        if span is None:
            continue
        raw_start, raw_end, text = mapper.raw_span(*span)
        entities.append({**base, "sent_id": mapper.sent_id(span[0]), "start": raw_start, "end": raw_end,
                         "text": text, "label": ent.label_})
    dates = extract_dates(doc)
    figures = extract_figures(doc, dates)
    checks = find_checks(doc, figures)
    events = extract_events(doc, dates)
    documents = [{
        **base, "source": document.source, "markup": document.markup, "sha256": document.sha256,
        "n_chars": document.n_chars, "n_sentences": len(sentences), "pipeline_version": PIPELINE_VERSION,
        "title": document.title, "page_id": document.page_id,
        "parent_revision_id": document.parent_revision_id, "timestamp": document.timestamp,
    }]
    return DocumentRows(document.doc_id, document.revision_id, {
        "documents": documents,
        "sentences": sentences,
        "entities": entities,
        "dates": record_rows(dates, mapper, base),
        "figures": record_rows(figures, mapper, base),
        "checks": record_rows(checks, mapper, base),
        "events": record_rows(events, mapper, base),
    })


def process_documents(
    documents: Iterable[RawDocument | DocumentFailure], model_name: str | None = None
) -> Iterator[DocumentRows | DocumentFailure]:
    """Rows for every document, in order; a document that fails becomes a DocumentFailure."""
    nlp = load_nlp(model_name)
    pending: list[tuple[RawDocument, CleanText]] = []

    def cleaned() -> Iterator[tuple[CleanText, str, str | None]]:
        for document in documents:
            if isinstance(document, DocumentFailure):
                pending.append((document, None))  # type: ignore[arg-type]
                continue
            try:
                clean = clean_document(document)
            except Exception as error:  # one bad document never stops the batch
                pending.append((DocumentFailure(document.source, f"cannot clean: {error}", document.doc_id,
                                                document.revision_id), None))  # type: ignore[arg-type]
                continue
            if not clean.text.strip():
                pending.append((DocumentFailure(document.source, "no article text after cleaning",
                                                document.doc_id, document.revision_id), None))  # type: ignore[arg-type]
                continue
            if len(clean.text) > nlp.max_length:
                pending.append((DocumentFailure(
                    document.source, f"too long for the spaCy model ({len(clean.text):,} characters; "
                    f"the limit is {nlp.max_length:,})", document.doc_id, document.revision_id), None))  # type: ignore[arg-type]
                continue
            pending.append((document, clean))
            yield clean, document.doc_id, document.title

    docs = annotate(nlp, cleaned())
    for doc in docs:
        # Failures queued before this document come out first, keeping input order.
        while pending and pending[0][1] is None:
            yield pending.pop(0)[0]  # type: ignore[misc]
        document, clean = pending.pop(0)
        try:
            yield extract_rows(doc, document, clean)
        except Exception as error:  # an extractor bug on one document is reported, the batch goes on
            yield DocumentFailure(document.source, f"extraction failed: {type(error).__name__}: {error}",
                                  document.doc_id, document.revision_id)
    while pending:
        yield pending.pop(0)[0]  # type: ignore[misc]


def process_partition(
    documents: Iterable[RawDocument | DocumentFailure],
    model_name: str | None = None,
    on_document: Callable[[DocumentRows | DocumentFailure], None] | None = None,
) -> PartitionResult:
    """Rows of every table for a list of documents (unvalidated: see `partition_tables`)."""
    result = PartitionResult()
    for item in process_documents(documents, model_name):
        if isinstance(item, DocumentFailure):
            result.failures.append(item)
        else:
            result.add(item)
        if on_document is not None:
            on_document(item)
    return result


def partition_tables(
    documents: Iterable[RawDocument | DocumentFailure],
    model_name: str | None = None,
    on_document: Callable[[DocumentRows | DocumentFailure], None] | None = None,
) -> PartitionResult:
    """The unit of work of every engine (serial, worker processes, Dask): a partition's rows as
    validated frames. Validating where the partition ran spreads that cost over the workers, and
    frames travel back from a worker faster than lists of dicts."""
    return process_partition(documents, model_name, on_document).seal()


def build_frames(rows: dict[str, list[dict]]) -> dict[str, pd.DataFrame]:
    """Sorted, validated frames for every table (raises ValidationFailed)."""
    return {name: validate_table(name, frame_from_rows(name, rows.get(name, []))) for name in TABLES}


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


def revision_keys(frame: pd.DataFrame) -> pd.Series:
    revisions = frame["revision_id"].astype("Int64").fillna(NO_REVISION).astype("int64").astype(str)
    return frame["doc_id"].astype(str) + "\x1f" + revisions


def live_rows(table_dir: Path, keys_by_part: dict[str, set[str]]) -> pd.DataFrame:
    """The rows of one table's parts that the manifest still points at: a part keeps the rows of a
    revision redone later (in a newer part) or forgotten, and those are left out."""
    parts = [part for part in sorted(keys_by_part) if (table_dir / f"{part}.parquet").exists()]
    frame, lengths = read_parquet_parts([table_dir / f"{part}.parquet" for part in parts])
    if not len(frame):
        return frame
    part_of_row = pd.Series(np.repeat(np.array(parts, dtype=object), lengths))
    live = {f"{part}\x1f{key}" for part in parts for key in keys_by_part[part]}
    keep = (part_of_row + "\x1f" + revision_keys(frame)).isin(live).to_numpy()
    return frame[keep].reset_index(drop=True)


def sorted_frame(table: str, frame: pd.DataFrame) -> pd.DataFrame:
    """A table's rows in its stable order, with its columns and types, validated."""
    model_columns = list(empty_frame(table).columns)
    frame = frame[model_columns] if len(frame) else empty_frame(table)
    frame = frame.astype(nullable_int_columns(table))
    keys = [key for key in SORT_KEYS[table] if key in frame.columns]
    frame = frame.sort_values(keys, kind="stable", na_position="first").reset_index(drop=True)
    return validate_table(table, frame)


def consolidation_state(entries: list[ManifestEntry], fmt: str) -> str:
    listing = [[e.doc_id, e.revision_id, e.sha256, e.part] for e in entries]
    return sha256_hex(json.dumps([PIPELINE_VERSION, fmt, listing]).encode("utf-8"))


def consolidate(out_dir: Path, manifest: Manifest, fmt: str) -> dict[str, int]:
    """Rebuild every final table from the parts the manifest points at (each revision exactly once,
    sorted), write them atomically, then remove parts and temp files nobody needs. Skipped when the
    tables already reflect the manifest."""
    entries = manifest.entries()
    state = consolidation_state(entries, fmt)
    targets = {table: Path(out_dir) / f"{table}{EXTENSIONS[fmt]}" for table in TABLES}
    counts_json = manifest.get("table_rows")
    if manifest.get("tables_state") == state and counts_json and all(p.exists() for p in targets.values()):
        return json.loads(counts_json)
    # Invalidate first: a crash while the tables are rewritten means they are rebuilt next time.
    manifest.set("tables_state", None)
    keys_by_part: dict[str, set[str]] = {}
    for entry in entries:
        revision = NO_REVISION if entry.revision_id is None else entry.revision_id
        keys_by_part.setdefault(entry.part, set()).add(f"{entry.doc_id}\x1f{revision}")
    counts = {}
    for table in TABLES:
        frame = sorted_frame(table, live_rows(parts_dir(out_dir) / table, keys_by_part))
        write_table(frame, Path(out_dir), table, fmt)
        counts[table] = len(frame)
    manifest.set("table_rows", json.dumps(counts))
    manifest.set("tables_state", state)
    remove_leftovers(out_dir, set(keys_by_part))
    return counts


def remove_leftovers(out_dir: Path, live_parts: set[str]) -> None:
    """Parts no manifest row points at, and temp files of writes cut short by a crash."""
    for table_dir in sorted(parts_dir(out_dir).glob("*")):
        for path in table_dir.iterdir():
            if path.name.startswith(".") and path.name.endswith(".tmp") or (
                    path.suffix == ".parquet" and path.stem not in live_parts):
                path.unlink(missing_ok=True)
    for table in TABLES:
        for ext in EXTENSIONS.values():
            for temp in Path(out_dir).glob(f".{table}{ext}.*.tmp"):
                temp.unlink(missing_ok=True)


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
    from .parallel import make_engine, partition_documents

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
        counts = consolidate(out_dir, manifest, fmt)
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


def process_text(text: str, doc_id: str = "text", markup: str = "text", model_name: str | None = None) -> DocumentRows:
    """All table rows for one article given as a string (for the library and its tests)."""
    data = text.encode("utf-8")
    document = RawDocument(doc_id=doc_id, source=f"<{doc_id}>", raw=text, sha256=sha256_hex(data), markup=markup)
    (item,) = list(process_documents([document], model_name))
    if isinstance(item, DocumentFailure):
        raise InputError(str(item))
    return item
