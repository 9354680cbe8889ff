"""Writing tables: Parquet (default), CSV or JSONL, always atomically (temp file, then rename).

A final table's Parquet file describes itself: each column's description on its field, the table's
name, description and the pipeline version in the schema metadata (see `dictionary.py`)."""
from __future__ import annotations

import json
import os
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from ..errors import OutputError, output_error
from .dictionary import DESCRIPTION_KEY, parquet_metadata
from .layout import EXTENSIONS, FORMATS, table_files  # noqa: F401  (FORMATS and EXTENSIONS live in layout)
from .schema import model_of

# Bumped when table files change while their rows do not (2: Parquet tables carry their descriptions;
# 3: a Parquet table is a dataset folder of chunks, list columns typed even when every list is empty),
# so a run rebuilds the tables of an output folder written before.
TABLE_FILES_VERSION = 3
# Arrow types of list items, by the `items` metadata of a list column in the table models.
LIST_ITEM_TYPES = {"string": pa.string(), "integer": pa.int64()}
# A CSV cell that starts with one of these is a formula to a spreadsheet (OWASP "CSV injection"): written with
# a leading apostrophe. A cell that starts with an apostrophe gets one more, so `read_table` can undo it exactly.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
CSV_ESCAPE = "'"


@contextmanager
def atomic_path(target: Path) -> Iterator[Path]:
    """A temp path beside `target`, renamed onto it only when the block succeeds.

    A file system refusal (no permission, a folder in the way, a full disk) is an `OutputError`, and the
    target is left as it was."""
    target = Path(target)
    if target.is_dir():
        raise OutputError(f"{target}: is a folder; name a file to write")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        handle, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    except OSError as error:
        raise output_error(error, target.parent) from None
    os.close(handle)
    temp = Path(temp_name)
    try:
        yield temp
        # mkstemp makes the file 0600; give the table the permissions of any file the user creates.
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(temp, 0o666 & ~umask)
        os.replace(temp, target)
    except OSError as error:
        raise output_error(error, target) from None
    finally:
        if temp.exists():
            temp.unlink()


def atomic_write_text(target: Path, text: str) -> None:
    with atomic_path(target) as temp:
        temp.write_text(text, encoding="utf-8")


def list_columns(frame: pd.DataFrame) -> list[str]:
    return [
        name for name in frame.columns
        if frame[name].dtype == object and frame[name].map(lambda v: isinstance(v, (list, tuple))).any()
    ]


def write_table(frame: pd.DataFrame, out_dir: Path, table: str, fmt: str = "parquet", described: bool = False) -> Path:
    """`frame` as OUT_DIR/TABLE.FMT. `described`: `table` names a table of the schema, and a Parquet file
    carries its column descriptions and the pipeline version (parts, unnamed, do not)."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    target = Path(out_dir) / f"{table}{EXTENSIONS[fmt]}"
    with atomic_path(target) as temp:
        if fmt == "parquet" and described:
            pq.write_table(described_arrow_table(frame, table), temp)
        elif fmt == "parquet":
            frame.to_parquet(temp, index=False, engine="pyarrow")
        elif fmt == "csv":
            flat = frame.copy()
            for name in list_columns(flat):  # lists as JSON arrays in one cell
                flat[name] = flat[name].map(lambda v: json.dumps(list(v), ensure_ascii=False))
            for name in flat.columns:
                if is_text_column(flat[name]):
                    flat[name] = flat[name].map(neutralise_formula)
            flat.to_csv(temp, index=False, lineterminator="\n")
        else:
            with temp.open("w", encoding="utf-8") as out:
                for record in frame.to_dict(orient="records"):
                    out.write(json.dumps(jsonable(record), ensure_ascii=False, sort_keys=False, allow_nan=False) + "\n")
    return target


def described_arrow_table(frame: pd.DataFrame, table: str) -> pa.Table:
    """The frame as pandas would write it, plus the table's descriptions and the pipeline version."""
    arrow = typed_lists(pa.Table.from_pandas(frame, preserve_index=False), table)
    descriptions, table_metadata = parquet_metadata(table)
    fields = [field.with_metadata({DESCRIPTION_KEY: descriptions[field.name].encode()})
              if field.name in descriptions else field for field in arrow.schema]
    schema = pa.schema(fields, metadata={**(arrow.schema.metadata or {}), **table_metadata})
    return pa.Table.from_arrays(arrow.columns, schema=schema)


def typed_lists(arrow: pa.Table, table: str) -> pa.Table:
    """List columns with their items' type even when every list is empty (Arrow infers list<null> then), so
    the chunks of one Parquet table share one schema and read as one dataset."""
    columns = model_of(table).to_schema().columns
    for index, field in enumerate(arrow.schema):
        items = (columns[field.name].metadata or {}).get("items") if field.name in columns else None
        if items in LIST_ITEM_TYPES and field.type in (pa.null(), pa.list_(pa.null())):
            typed = pa.list_(LIST_ITEM_TYPES[items])
            arrow = arrow.set_column(index, field.with_type(typed), arrow.column(index).cast(typed))
    return arrow


def write_parquet_chunk(frame: pd.DataFrame, target: Path, table: str) -> None:
    """One chunk of a Parquet table, described, written atomically to `target`."""
    with atomic_path(target) as temp:
        pq.write_table(described_arrow_table(frame, table), temp)


def is_text_column(series: pd.Series) -> bool:
    return series.dtype == object or pd.api.types.is_string_dtype(series.dtype)


def neutralise_formula(value: object) -> object:
    if isinstance(value, str) and value.startswith((*FORMULA_STARTS, CSV_ESCAPE)):
        return CSV_ESCAPE + value
    return value


def restore_formula(value: object) -> object:
    return value[1:] if isinstance(value, str) and value.startswith(CSV_ESCAPE) else value


def jsonable(record: dict) -> dict:
    clean = {}
    for key, value in record.items():
        if isinstance(value, tuple):
            value = list(value)
        elif value is pd.NA or (isinstance(value, float) and value != value):
            value = None
        elif hasattr(value, "item"):
            value = value.item()
        clean[key] = value
    return clean


def read_table(path: Path) -> pd.DataFrame:
    """Read a table written by `write_table` or published by a run (any of the three formats; a Parquet
    table may be a dataset folder, read as its files in name order, which is the order of its rows)."""
    path = Path(path)
    if path.is_dir():
        frame, _ = read_parquet_parts(table_files(path))
        return frame
    if path.suffix == ".parquet":
        return lists_as_python(pd.read_parquet(path))
    if path.suffix == ".csv":
        frame = pd.read_csv(path, keep_default_na=False, na_values=[""])
        for name in frame.columns:
            if is_text_column(frame[name]):
                frame[name] = frame[name].map(restore_formula)
        return frame
    return pd.read_json(path, lines=True)


def read_parquet_parts(paths: list[Path]) -> tuple[pd.DataFrame, list[int]]:
    """Parquet files of one table as one frame, in the order given, and the number of rows each gave.
    One Arrow concatenation and one conversion to pandas: much cheaper than a frame per file."""
    parts = [pq.read_table(path) for path in paths]
    if not parts:
        return pd.DataFrame(), []
    # A column that is all null in one part is typed null there; "default" promotion unifies it.
    combined = pa.concat_tables(parts, promote_options="default")
    return lists_as_python(combined.to_pandas()), [part.num_rows for part in parts]


def lists_as_python(frame: pd.DataFrame) -> pd.DataFrame:
    """List cells as Python lists (Parquet gives numpy arrays), as the rows were written."""
    for name in frame.columns:
        if frame[name].dtype == object:
            frame[name] = frame[name].map(lambda v: v.tolist() if hasattr(v, "tolist") else v)
    return frame
