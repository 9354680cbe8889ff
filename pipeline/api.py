"""The Python API behind `import almanac`: the functions `almanac run` calls, returning what it writes.

`extract` gives one article's tables as pandas DataFrames, with the columns and types the written
tables have; `run` is `almanac run` (incremental, any engine) and returns its summary. Errors are
raised (`AlmanacError` and its subclasses, each a one-line message), never printed.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Callable, Iterable

import pandas as pd

from .errors import InputError
from .reading.documents import DocumentFailure, RawDocument, sha256_hex
from .reading.ingest import iter_documents
from .runs.rows import partition_tables
from .runs.run import RunProgress, RunSummary
from .runs.run import run as run_paths

MARKUPS = ("text", "wikitext")


def extract(text_or_path: str | os.PathLike, *, title: str | None = None, markup: str = "text",
            doc_id: str = "text", model: str | None = None) -> dict[str, pd.DataFrame]:
    """The tables of one article: {"documents", "sentences", "entities", "dates", "figures", "checks",
    "events"} -> validated DataFrame, rows in the order `almanac run` writes them.

    A `Path`, or a one-line string naming an existing file, is read as `almanac run` reads it (a `.txt`
    rendered page, `.wiki` wikitext, or an XML export with every revision; `doc_id` and `markup` come
    from the file). Any other string is the article's text, prose from its first line (a saved page's
    first line is its title; here the title, when there is one, is `title`); `markup="wikitext"`
    cleans it as wikitext.
    Raises InputError when the article cannot be processed (empty, binary, too long, ...).
    """
    if markup not in MARKUPS:
        raise InputError(f"unknown markup {markup!r}; choose one of {', '.join(MARKUPS)}")
    path = as_path(text_or_path)
    if path is not None:
        documents: Iterable[RawDocument | DocumentFailure] = iter_documents([str(path)])
    else:
        text = str(text_or_path)
        documents = [RawDocument(doc_id=doc_id, source=f"<{doc_id}>", raw=text, sha256=sha256_hex(text.encode("utf-8")),
                                 markup=markup, title=title, title_line=False)]
    result = partition_tables(documents, model)
    if result.failures:
        raise InputError(str(result.failures[0]))
    return result.frames


def as_path(text_or_path: str | os.PathLike) -> Path | None:
    """The file `extract` should read, or None when it was given the article's text."""
    if isinstance(text_or_path, os.PathLike):
        return Path(text_or_path)
    if "\n" in text_or_path or len(text_or_path) >= 4096:
        return None
    try:
        return Path(text_or_path) if Path(text_or_path).is_file() else None
    except (OSError, ValueError):
        return None  # a line of text longer than a file name may be, or with a NUL: not a path


def run(paths: str | os.PathLike | Iterable[str | os.PathLike], out: str | os.PathLike = "outputs", *,
        fmt: str = "parquet", workers: int = 1, engine: str = "serial", scheduler: str | None = None,
        force: bool = False, model: str | None = None,
        on_progress: Callable[[RunProgress], None] | None = None) -> RunSummary:
    """What `almanac run PATHS --out OUT` does: every article of `paths` (files, folders, XML exports)
    into validated tables written to `out`, incrementally (revisions done by an earlier run are skipped
    unless `force`). Returns the run's summary (`.as_dict()` is what `almanac run --json` prints)."""
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    return run_paths([str(path) for path in paths], Path(out), fmt, model, on_progress, workers=workers,
                     engine=engine, scheduler=scheduler, force=force)
