"""Where a run's tables are, and how a Parquet table is cut into files.

An output folder publishes its tables as one set, a generation folder that `OUT/tables` (a symbolic
link) points at; a run builds the next generation beside it and switches the link with one rename, so
a reader that resolves `OUT/tables` once (`published_folder`) reads every table of one generation.
`OUT/<table>.<fmt>` are links through `OUT/tables`, for readers that open one table.

A Parquet table is a dataset folder, `<table>.parquet/`, of chunk files: the documents sorted by
doc_id are cut after every doc_id whose hash falls on a boundary (content-defined, about CHUNK_DOCS
documents a chunk), so where the cuts are depends only on which documents the folder holds, never on
the runs it took, and a new or changed document changes only its own chunk. A chunk file is named by
the hex of its first doc_id (so name order is row order) and a hash of its content (a name never
stands for two contents). CSV and JSONL tables stay single files.
"""
from __future__ import annotations

import hashlib
import os
from pathlib import Path

from ..errors import InputError

STATE_DIR = ".almanac"  # the output folder's own state: manifest, parts, generations
TABLES_LINK = "tables"  # OUT/tables -> .almanac/generations/<generation>
SET_FILE = "_tables.json"  # in a generation folder: its tables, their files and row counts
CHUNK_DOCS = 32  # documents a Parquet chunk holds on average
EMPTY_CHUNK = "empty.parquet"  # the one file of a Parquet table without rows (a dataset needs a file)
MAX_NAME_HEX = 160


def is_chunk_end(doc_id: str) -> bool:
    """Whether a chunk ends after `doc_id`: decided by the doc_id alone."""
    digest = hashlib.sha256(doc_id.encode("utf-8")).digest()
    return int.from_bytes(digest[:8], "big") % CHUNK_DOCS == 0


def chunks_of(doc_ids: list[str]) -> list[list[str]]:
    """Sorted doc_ids cut into chunks (code point order: the order a table's rows are sorted in)."""
    chunks: list[list[str]] = [[]]
    for doc_id in sorted(doc_ids):
        chunks[-1].append(doc_id)
        if is_chunk_end(doc_id):
            chunks.append([])
    return [chunk for chunk in chunks if chunk]


def chunk_file_name(first_doc_id: str, content_key: str) -> str:
    """Hex of the first doc_id's UTF-8 (its order is the doc_ids' order; '-' sorts before any hex digit,
    so a doc_id that is a prefix of another comes first), then 16 hex of the chunk's content key."""
    name = first_doc_id.encode("utf-8").hex()
    if len(name) > MAX_NAME_HEX:  # a very long doc_id: order kept up to its first 80 bytes
        name = name[:MAX_NAME_HEX] + "~"
    return f"{name}-{content_key[:16]}.parquet"


def table_files(path: Path) -> list[Path]:
    """The files of one table: the file itself, or a Parquet dataset folder's files in name order (the
    order of the rows). Names starting with '_' or '.' are not data (as pyarrow's datasets treat them)."""
    path = Path(path)
    if path.is_dir():
        return sorted(p for p in path.iterdir() if p.suffix == ".parquet" and not p.name.startswith(("_", ".")))
    return [path]


# The formats `almanac run` writes (tables/writer.py) and their file suffixes. Here, in a module that imports
# neither pandas nor pandera, so the command line can check an option without loading them.
FORMATS = ("parquet", "csv", "jsonl")
EXTENSIONS = {"parquet": ".parquet", "csv": ".csv", "jsonl": ".jsonl"}
TABLE_SUFFIXES = tuple(EXTENSIONS.values())


def find_table(folder: Path, name: str) -> Path | None:
    """The file (or Parquet dataset folder) of table `name` in `folder`, in any format; when several are
    there (a folder written by hand, or by almanac before 0.3.0), the newest. None when there is none."""
    existing = [path for path in (Path(folder) / f"{name}{suffix}" for suffix in TABLE_SUFFIXES) if path.exists()]
    if not existing:
        return None
    return max(existing, key=lambda path: (path.stat().st_mtime_ns, path.suffix))


def published_folder(folder: Path) -> Path:
    """The folder whose tables a reader should read: for an output folder of `almanac run`, the generation
    `OUT/tables` points at now (resolved once, so every table comes from the same set); any other folder
    as it is. An output folder without `OUT/tables` (written by almanac before 0.3.0, or whose first run
    has not finished) is an InputError naming what to do."""
    folder = Path(folder)
    link = folder / TABLES_LINK
    if link.is_dir():
        return Path(os.path.realpath(link))
    if (folder / STATE_DIR / "manifest.sqlite").exists():
        raise InputError(f"{folder} has no published tables ({TABLES_LINK}/): it was written by almanac before "
                         "0.3.0, or its first run has not finished; run `almanac run` into it again")
    return folder
