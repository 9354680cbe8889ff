"""Publishing an output folder's tables: the next generation built beside the current one from what changed,
then switched in by one rename.

    OUT/tables -> .almanac/generations/<generation>      the published set (a symbolic link)
    .almanac/generations/<generation>/_tables.json       its tables, files, row counts and chunks
    .almanac/generations/<generation>/<table>.parquet/   a Parquet table: one file per chunk (tables/layout.py)
    .almanac/generations/<generation>/<table>.csv|jsonl  a CSV or JSONL table: one file
    OUT/<table>.<fmt> -> tables/<table>.<fmt>            links for readers of one table

A Parquet generation costs what changed: a chunk whose revisions are those of a chunk of the current
generation is a hard link to that chunk's file; only chunks holding a new or redone revision are
rebuilt, from the current generation's chunk (revisions kept) and the parts of the new revisions. CSV and
JSONL tables are single files, rebuilt whole from the parts. A kill at any point leaves the current
generation published and whole; the generation being built is removed by the next publish, as are
generations older than the one before the current (kept for a reader that resolved `OUT/tables` just
before the switch).
"""
from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from .. import PIPELINE_VERSION
from ..errors import output_error
from ..reading.documents import sha256_hex
from ..tables.layout import EMPTY_CHUNK, EXTENSIONS, SET_FILE, TABLES_LINK, chunk_file_name, chunks_of
from ..tables.schema import SORT_KEYS, TABLES, empty_frame, nullable_int_columns, revalidate_table
from ..tables.writer import (TABLE_FILES_VERSION, atomic_write_text, lists_as_python,
                             write_parquet_chunk, write_table)
from . import allocator
from .manifest import NO_REVISION, Manifest, parts_dir, state_dir

GENERATIONS_DIR = "generations"


def generations_dir(out_dir: Path) -> Path:
    return state_dir(out_dir) / GENERATIONS_DIR


def row_key(doc_id: str, revision_key: int) -> str:
    return f"{doc_id}\x1f{revision_key}"


def revision_keys(frame: pd.DataFrame) -> pd.Series:
    revisions = frame["revision_id"].astype("Int64").fillna(NO_REVISION).astype("int64").astype(str)
    return frame["doc_id"].astype(str) + "\x1f" + revisions


def rows_of(sources: dict[Path, set[str]]) -> pd.DataFrame:
    """The rows of one table's files whose revision is wanted from that file: a part keeps the rows of a
    revision redone later (in a newer part), and a chunk rebuilt keeps only some of its revisions. Rows are
    chosen in Arrow, file by file, before one conversion to pandas: no Python string per row."""
    tables = []
    for path in sorted(sources):
        if not path.exists():
            continue
        table = pq.read_table(path)
        keep = pc.is_in(arrow_revision_keys(table), value_set=pa.array(sorted(sources[path]), pa.string()))
        tables.append(table if pc.all(keep).as_py() else table.filter(keep))
    if not tables:
        return pd.DataFrame()
    # A column that is all null in one file is typed null there; "default" promotion unifies it.
    return lists_as_python(pa.concat_tables(tables, promote_options="default").to_pandas())


def arrow_revision_keys(table: pa.Table) -> pa.Array:
    """`row_key` of every row of an Arrow table, computed in Arrow."""
    revisions = pc.fill_null(pc.cast(table["revision_id"], pa.int64()), NO_REVISION)
    return pc.binary_join_element_wise(pc.cast(table["doc_id"], pa.string()), pc.cast(revisions, pa.string()), "\x1f")


def sorted_frame(table: str, frame: pd.DataFrame) -> pd.DataFrame:
    """A table's rows in its stable order, with its columns and types, validated: every row was validated
    before its part was written (`runs/rows.py`) and a chunk holds only such rows, so pandera runs again only
    when the columns or types are not the table's (`revalidate_table`)."""
    model_columns = list(empty_frame(table).columns)
    frame = frame[model_columns] if len(frame) else empty_frame(table)
    frame = frame.astype(nullable_int_columns(table))
    keys = [key for key in SORT_KEYS[table] if key in frame.columns]
    frame = frame.sort_values(keys, kind="stable", na_position="first").reset_index(drop=True)
    return revalidate_table(table, frame)


def published(out_dir: Path) -> tuple[Path | None, dict | None]:
    """The generation `OUT/tables` points at, and its `_tables.json` (None when unreadable)."""
    link = Path(out_dir) / TABLES_LINK
    if not link.is_symlink() or not link.is_dir():
        return None, None
    folder = Path(os.path.realpath(link))
    try:
        return folder, json.loads((folder / SET_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return folder, None


def set_state(fmt: str, chunk_keys: list[str]) -> str:
    return sha256_hex(json.dumps([TABLE_FILES_VERSION, fmt, chunk_keys]).encode("utf-8"))


def consolidate(out_dir: Path, manifest: Manifest, fmt: str, model: str, generation: str) -> dict[str, int]:
    """Publish the tables of every revision the manifest holds (each exactly once, sorted) as generation
    `generation`, unless the published set already holds exactly them; then remove what nobody needs.
    Every revision in the manifest was made by this pipeline version and `model` (older ones are dropped
    before a run): both are in each chunk's key, so a chunk made by another is never reused."""
    out_dir = Path(out_dir)
    allocator.configure()
    revisions_of: dict[str, list[list]] = {}
    part_of: dict[str, str] = {}
    for entry in manifest.entries():  # ordered by doc_id, revision
        key = NO_REVISION if entry.revision_id is None else entry.revision_id
        revisions_of.setdefault(entry.doc_id, []).append([entry.doc_id, key, entry.sha256])
        part_of[row_key(entry.doc_id, key)] = entry.part
    chunks = []
    for doc_ids in chunks_of(list(revisions_of)):
        revisions = [revision for doc_id in doc_ids for revision in revisions_of[doc_id]]
        key = sha256_hex(json.dumps([PIPELINE_VERSION, model, TABLE_FILES_VERSION, revisions]).encode("utf-8"))
        chunks.append({"key": key, "revisions": revisions})
    state = set_state(fmt, [chunk["key"] for chunk in chunks])
    current, listing = published(out_dir)
    if listing is not None and listing.get("state") == state:
        link_tables(out_dir, fmt)
        remove_leftovers(out_dir, set(part_of.values()), {current.name, listing.get("previous")})
        return listing["rows"]

    target = generations_dir(out_dir) / generation
    shutil.rmtree(target, ignore_errors=True)  # a generation of this name cut short
    try:
        target.mkdir(parents=True)
    except OSError as error:
        raise output_error(error, target) from None
    if fmt == "parquet":
        # Rows of the current generation are reused only when made by this pipeline version and model.
        reusable = listing if listing is not None and listing.get("format") == "parquet" and \
            listing.get("pipeline_version") == PIPELINE_VERSION and listing.get("model") == model and \
            listing.get("table_files_version") == TABLE_FILES_VERSION else None
        counts, files = build_parquet(out_dir, target, chunks, part_of, current, reusable)
    else:
        counts, files = build_single_files(out_dir, target, fmt, part_of)
    atomic_write_text(target / SET_FILE, json.dumps({
        "generation": generation, "previous": current.name if current is not None else None,
        "format": fmt, "pipeline_version": PIPELINE_VERSION, "model": model, "table_files_version": TABLE_FILES_VERSION,
        "state": state, "rows": counts, "files": files, "chunks": chunks,
    }, ensure_ascii=False, indent=1) + "\n")
    switch_to(out_dir, target)
    allocator.release()  # the tables' frames are gone: a run that goes on (the API, a bench) starts lean
    link_tables(out_dir, fmt)
    remove_leftovers(out_dir, set(part_of.values()), {target.name, current.name if current is not None else None})
    return counts


def build_parquet(out_dir: Path, target: Path, chunks: list[dict], part_of: dict[str, str], current: Path | None,
                  reusable: dict | None) -> tuple[dict[str, int], dict[str, list[str]]]:
    """Every table as a dataset folder of chunk files; a chunk unchanged since `reusable` (the current
    generation's listing) is linked, not rewritten."""
    old_chunks = {chunk["key"]: chunk for chunk in (reusable or {}).get("chunks", [])}
    old_revision = {row_key(doc_id, key): (sha256, chunk)
                    for chunk in old_chunks.values() for doc_id, key, sha256 in chunk["revisions"]}
    to_build = []
    for table in TABLES:
        (target / f"{table}.parquet").mkdir()
    for chunk in chunks:
        old = old_chunks.get(chunk["key"])
        if old is None:
            to_build.append(chunk)
            continue
        chunk["files"], chunk["rows"] = old["files"], old["rows"]
        for table, name in old["files"].items():
            if name is not None:
                link_or_copy(current / f"{table}.parquet" / name, target / f"{table}.parquet" / name)
    chunk_of_doc = {doc_id: index for index, chunk in enumerate(to_build) for doc_id, _, _ in chunk["revisions"]}
    for chunk in to_build:
        chunk["files"], chunk["rows"] = {}, {}
    for table in TABLES:
        sources: dict[Path, set[str]] = {}
        for chunk in to_build:
            for doc_id, key, sha256 in chunk["revisions"]:
                kept = old_revision.get(row_key(doc_id, key))
                if kept is not None and kept[0] == sha256:  # unchanged: its rows are in the current chunk
                    name = kept[1]["files"].get(table)
                    if name is None:
                        continue  # it has no rows in this table
                    source = current / f"{table}.parquet" / name
                else:
                    source = parts_dir(out_dir) / table / f"{part_of[row_key(doc_id, key)]}.parquet"
                sources.setdefault(source, set()).add(row_key(doc_id, key))
        frame = sorted_frame(table, rows_of(sources))  # put together once, then cut: sorted by doc_id first
        index_of_row = frame["doc_id"].astype(str).map(chunk_of_doc).to_numpy()
        for index, chunk in enumerate(to_build):
            rows = frame[index_of_row == index].reset_index(drop=True)
            chunk["rows"][table] = len(rows)
            chunk["files"][table] = None
            if len(rows):
                name = chunk_file_name(chunk["revisions"][0][0], chunk["key"])
                write_parquet_chunk(rows, target / f"{table}.parquet" / name, table)
                chunk["files"][table] = name
        frame = rows = None
        allocator.release()  # one table's frames at a time
    counts = {table: sum(chunk["rows"][table] for chunk in chunks) for table in TABLES}
    files = {table: [chunk["files"][table] for chunk in chunks if chunk["files"][table] is not None]
             for table in TABLES}
    for table in TABLES:
        if not files[table]:  # a dataset needs one file to carry the table's columns
            write_parquet_chunk(sorted_frame(table, pd.DataFrame()), target / f"{table}.parquet" / EMPTY_CHUNK, table)
            files[table] = [EMPTY_CHUNK]
    return counts, files


def build_single_files(out_dir: Path, target: Path, fmt: str, part_of: dict[str, str]
                       ) -> tuple[dict[str, int], dict[str, list[str]]]:
    """Every table as one file, from the parts."""
    keys_by_part: dict[str, set[str]] = {}
    for key, part in part_of.items():
        keys_by_part.setdefault(part, set()).add(key)
    counts, files = {}, {}
    for table in TABLES:
        sources = {parts_dir(out_dir) / table / f"{part}.parquet": keys for part, keys in keys_by_part.items()}
        frame = sorted_frame(table, rows_of(sources))
        write_table(frame, target, table, fmt, described=True)
        counts[table], files[table] = len(frame), [f"{table}{EXTENSIONS[fmt]}"]
        frame = None
        allocator.release()  # one table's frame at a time
    return counts, files


def link_or_copy(source: Path, target: Path) -> None:
    try:
        os.link(source, target)
    except OSError:  # a file system without hard links
        shutil.copyfile(source, target)


def replace_with_link(path: Path, points_to: str) -> None:
    """`path` becomes a symbolic link to `points_to`, in one rename (never missing in between)."""
    if path.is_symlink() and os.readlink(path) == points_to:
        return
    temp = path.parent / f".{path.name}.link.tmp"
    try:
        temp.unlink(missing_ok=True)
        os.symlink(points_to, temp)
        os.replace(temp, path)
    except OSError as error:
        temp.unlink(missing_ok=True)
        raise output_error(error, path) from None


def switch_to(out_dir: Path, generation: Path) -> None:
    """Publish `generation`: the one rename that readers see."""
    replace_with_link(out_dir / TABLES_LINK, os.path.relpath(generation, out_dir))


def link_tables(out_dir: Path, fmt: str) -> None:
    """OUT/<table>.<fmt> through OUT/tables; links of another format (now dangling) removed."""
    for table in TABLES:
        for other, ext in EXTENSIONS.items():
            path = out_dir / f"{table}{ext}"
            if other == fmt:
                replace_with_link(path, f"{TABLES_LINK}/{table}{ext}")
            elif path.is_symlink() and os.readlink(path).startswith(f"{TABLES_LINK}/"):
                path.unlink()


def remove_leftovers(out_dir: Path, live_parts: set[str], live_generations: set[str | None]) -> None:
    """Parts no manifest row points at, generations neither current nor the one before, temp files of
    writes cut short by a crash."""
    for table_dir in sorted(parts_dir(out_dir).glob("*")):
        for path in table_dir.iterdir():
            if path.name.startswith(".") and path.name.endswith(".tmp") or (
                    path.suffix == ".parquet" and path.stem not in live_parts):
                path.unlink(missing_ok=True)
    if generations_dir(out_dir).is_dir():
        for folder in sorted(generations_dir(out_dir).iterdir()):
            if folder.name not in live_generations:
                shutil.rmtree(folder, ignore_errors=True)
    for temp in Path(out_dir).glob(".*.tmp"):
        if temp.is_symlink() or temp.is_file():
            temp.unlink(missing_ok=True)
