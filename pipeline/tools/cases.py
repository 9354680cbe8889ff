"""Gold folders scored: each gold file anchored in its raw article (or its revision of an export), the
pipeline run on those texts or tables read from an output folder, and every document evaluated.
The one part of evaluation that reads files and runs the pipeline."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

import pandas as pd

from ..errors import GoldFormatError, InputError
from ..tables.schema import frame_from_rows
from .evaluate import SCORED_TABLES, EvaluationError, EvaluationReport, evaluate_document, is_null
from .gold import GoldDocument, find_text_file, gold_files, load_gold, resolve_gold


@dataclass
class GoldCase:
    gold: GoldDocument  # resolved
    raw_document: object  # pipeline.reading.documents.RawDocument


def load_cases(gold_dir: Path, corpus: Path | None = None) -> list[GoldCase]:
    """Every gold file of `gold_dir`, checked and anchored in its raw article (or export revision)."""
    from dataclasses import replace

    from ..reading.documents import DocumentFailure
    from ..reading.ingest import iter_documents

    paths = gold_files(gold_dir)
    if not paths:
        raise GoldFormatError(f"{gold_dir}: no *.gold.json files")
    golds, seen = [], {}
    for path in paths:
        gold = load_gold(path)
        if gold.doc_id in seen:
            raise GoldFormatError(f"{path.name}: doc_id {gold.doc_id!r} is also in {seen[gold.doc_id]}")
        seen[gold.doc_id] = path.name
        golds.append((gold, find_text_file(gold, corpus)))
    revisions = export_revisions([(text_path, gold.revision_id) for gold, text_path in golds if gold.export])
    cases = []
    for gold, text_path in golds:
        if gold.export:
            document = revisions.get((text_path, gold.revision_id))
            if document is None:
                raise GoldFormatError(f"{gold.name}: revision {gold.revision_id} is not in {text_path}")
        else:
            (document,) = list(iter_documents([str(text_path)]))
            if isinstance(document, DocumentFailure):
                raise InputError(f"{gold.name}: text_file {document}")
            document = replace(document, doc_id=gold.doc_id)
        cases.append(GoldCase(resolve_gold(gold, document.raw), document))
    return cases


def export_revisions(wanted: list[tuple[Path, int]]) -> dict[tuple[Path, int], object]:
    """The named revisions of XML exports, each export read once: {(export, revision_id): RawDocument}."""
    from ..reading.documents import RawDocument
    from ..reading.ingest import iter_documents

    found = {}
    for export in sorted({path for path, _ in wanted}):
        revision_ids = {revision for path, revision in wanted if path == export}
        for document in iter_documents([str(export)]):
            if isinstance(document, RawDocument) and document.revision_id in revision_ids:
                found[(export, document.revision_id)] = document
    return found


def predict_frames(cases: list[GoldCase], model_name: str | None = None) -> tuple[dict[str, pd.DataFrame], list]:
    """Run the pipeline on every case's raw article: frames of all tables, and the failures."""
    from ..runs.rows import process_partition

    result = process_partition([case.raw_document for case in cases], model_name)
    # Plain frames: scoring needs no schema (and building pandera schemas costs seconds).
    frames = {name: pd.DataFrame.from_records(rows) for name, rows in result.rows.items()}
    return frames, result.failures


def read_tables(tables_dir: Path) -> dict[str, pd.DataFrame]:
    """dates, figures, events (and sentences, documents when present) written by `almanac run`."""
    from ..tables.layout import find_table, published_folder
    from ..tables.writer import read_table

    tables_dir = Path(tables_dir)
    if not tables_dir.is_dir():
        raise InputError(f"{tables_dir}: not a folder")
    tables_dir = published_folder(tables_dir)
    frames = {}
    for name in ("documents", "sentences", *SCORED_TABLES):
        found = find_table(tables_dir, name)
        if found is None:
            if name in SCORED_TABLES:
                raise InputError(f"{tables_dir}: no {name} table ({name}.parquet, .csv or .jsonl)")
            continue
        try:
            frame = read_table(found)
        except Exception as error:  # a broken file is the user's input, named with its reason
            raise InputError(f"{found}: cannot read table ({type(error).__name__}: {error})") from None
        if frame.empty and not len(frame.columns):  # an empty JSONL file has no columns at all
            frame = frame_from_rows(name, [])
        missing = [c for c in ("doc_id", "start", "end") if name != "documents" and c not in frame.columns]
        if missing:
            raise InputError(f"{found}: missing column {missing[0]!r}")
        frames[name] = frame
    return frames


def rows_of_document(frames: dict[str, pd.DataFrame], case: GoldCase) -> tuple[dict[str, pd.DataFrame], str | None]:
    """The rows of one gold document (one revision) from frames of many documents."""
    doc_id = case.raw_document.doc_id  # the gold's own name for a text file; the pipeline's for an export page
    selected: dict[str, pd.DataFrame] = {}
    for name, frame in frames.items():
        if frame is not None and "doc_id" in frame.columns:
            selected[name] = frame[frame["doc_id"].astype(str) == doc_id]
    revision = None
    documents = selected.get("documents")
    if documents is not None and not documents.empty and "sha256" in documents.columns:
        same_text = documents[documents["sha256"] == case.raw_document.sha256]
        if same_text.empty:
            raise EvaluationError(f"the tables of {doc_id!r} were made from a different text than "
                                  f"{case.raw_document.source}; rerun the pipeline on it")
        revision = same_text["revision_id"].iloc[0]
    note = None
    for name, frame in selected.items():
        if "revision_id" not in frame.columns or frame.empty:
            continue
        if documents is not None and not documents.empty:
            keep = frame["revision_id"].isna() if is_null(revision) else frame["revision_id"] == revision
            selected[name] = frame[keep.fillna(False).astype(bool)]
        elif frame["revision_id"].nunique(dropna=False) > 1:
            raise EvaluationError(f"the tables hold several revisions of {doc_id!r}; score one revision "
                                  "(or keep its documents table beside them)")
    if all(selected.get(name) is None or selected[name].empty for name in SCORED_TABLES):
        note = "no rows for this document in the tables"
    return selected, note


def evaluate_cases(cases: list[GoldCase], frames: dict[str, pd.DataFrame], source: str,
                   failures: Iterable = ()) -> EvaluationReport:
    failed = {failure.doc_id: failure.reason for failure in failures}
    documents, notes = [], []
    for case in cases:
        selected, note = rows_of_document(frames, case)
        if case.raw_document.doc_id in failed:
            note = f"the pipeline failed: {failed[case.raw_document.doc_id]}"
        if note:
            notes.append(f"{case.gold.doc_id}: {note}")
        documents.append(evaluate_document(case.gold, case.raw_document.raw, selected, note))
    return EvaluationReport(documents, source, notes)


def evaluate_gold_dir(gold_dir: Path, corpus: Path | None = None, tables: Path | None = None,
                      model_name: str | None = None) -> EvaluationReport:
    """`almanac evaluate`: every gold file of `gold_dir` scored against the pipeline's output
    (run now on each gold file's text) or against existing `tables`."""
    cases = load_cases(Path(gold_dir), Path(corpus) if corpus else None)
    if tables is not None:
        return evaluate_cases(cases, read_tables(Path(tables)), "tables")
    frames, failures = predict_frames(cases, model_name)
    return evaluate_cases(cases, frames, "pipeline", failures)
