"""Every output table, defined once: one strict pandera DataFrameModel per table.

Column names are used through these models (`FiguresTable.value`), never as loose strings.
`validate_table` checks a frame lazily, so a failure lists every bad table, column and row at once.
"""
from __future__ import annotations

import numpy as np
import pandas as pd
import pandera.pandas as pa
from pandera.errors import SchemaErrors
from pandera.typing import Series

from .errors import ValidationFailed

DATE_MODS = ["START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_BEFORE", "ON_OR_AFTER"]
GRANULARITIES = ["day", "month", "season", "quarter", "year", "decade", "century", "range"]
FIGURE_KINDS = ["money", "mass", "percent", "count"]
QUALIFIERS = ["approx", "min", "max"]
MEASURES = ["trade", "exports", "imports", "aid", "investment", "debt", "production", "share", "change", "other"]
FIGURE_SOURCES = ["prose", "table"]
EVENT_TYPES = [
    "conflict", "military", "agreement", "meeting", "policy", "withdrawal", "leadership", "life",
    "migration", "economic", "other",
]
CHECK_KINDS = ["direction", "percent_change", "prose_vs_table", "peak", "range_order", "share_total"]
CHANGE_KINDS = ["added", "removed", "changed"]


def is_list_of_str(value: object) -> bool:
    return isinstance(value, (list, tuple)) and all(isinstance(item, str) for item in value)


def is_list_of_int(value: object) -> bool:
    return isinstance(value, (list, tuple)) and all(isinstance(item, int) for item in value)


class BaseTable(pa.DataFrameModel):
    class Config:
        strict = True
        coerce = True
        ordered = True


class DocumentsTable(BaseTable):
    doc_id: Series[str]
    revision_id: Series[pd.Int64Dtype] = pa.Field(nullable=True)
    source: Series[str]
    markup: Series[str] = pa.Field(isin=["text", "wikitext"])
    sha256: Series[str] = pa.Field(str_matches=r"^[0-9a-f]{64}$")
    n_chars: Series[int] = pa.Field(ge=0)
    n_sentences: Series[int] = pa.Field(ge=0)
    pipeline_version: Series[str]
    title: Series[str] = pa.Field(nullable=True)
    page_id: Series[pd.Int64Dtype] = pa.Field(nullable=True)
    parent_revision_id: Series[pd.Int64Dtype] = pa.Field(nullable=True)
    timestamp: Series[str] = pa.Field(nullable=True)


class SpanTable(BaseTable):
    """Columns every row of a span-bearing table has: raw[start:end] == text."""

    doc_id: Series[str]
    revision_id: Series[pd.Int64Dtype] = pa.Field(nullable=True)
    sent_id: Series[int] = pa.Field(ge=0)
    start: Series[int] = pa.Field(ge=0)
    end: Series[int] = pa.Field(ge=0)
    text: Series[str]

    @pa.dataframe_check
    def span_is_ordered(cls, df: pd.DataFrame) -> Series[bool]:
        return df["start"] < df["end"]


class SentencesTable(SpanTable):
    section: Series[str] = pa.Field(nullable=True)
    block: Series[str] = pa.Field(isin=["title", "heading", "paragraph", "list_item", "table_row"])


class EntitiesTable(SpanTable):
    label: Series[str]


class DatesTable(SpanTable):
    date_id: Series[int] = pa.Field(ge=0)
    value: Series[str]
    mod: Series[str] = pa.Field(nullable=True, isin=DATE_MODS)
    granularity: Series[str] = pa.Field(isin=GRANULARITIES)
    date_from: Series[str] = pa.Field(nullable=True)
    date_to: Series[str] = pa.Field(nullable=True)
    source: Series[str]
    # The year could not be made certain from the article (value like XXXX-03): flagged, never guessed.
    year_unresolved: Series[bool]


class FiguresTable(SpanTable):
    figure_id: Series[int] = pa.Field(ge=0)
    kind: Series[str] = pa.Field(isin=FIGURE_KINDS)
    value: Series[float] = pa.Field(nullable=True)
    low: Series[float] = pa.Field(nullable=True)
    high: Series[float] = pa.Field(nullable=True)
    unit: Series[str] = pa.Field(nullable=True)
    qualifier: Series[str] = pa.Field(nullable=True, isin=QUALIFIERS)
    item: Series[str] = pa.Field(nullable=True)
    period: Series[str] = pa.Field(nullable=True)
    measure: Series[str] = pa.Field(isin=MEASURES)
    parties: Series[object]
    source: Series[str] = pa.Field(isin=FIGURE_SOURCES)

    @pa.check("parties", element_wise=True)
    def parties_are_codes(cls, value: object) -> bool:
        return is_list_of_str(value)

    @pa.check("value", "low", "high")
    def numbers_are_finite(cls, series: Series[float]) -> Series[bool]:
        # inf and -inf have no JSON spelling and break every sum downstream
        return series.isna() | np.isfinite(series)


class EventsTable(SpanTable):
    event_id: Series[int] = pa.Field(ge=0)
    trigger: Series[str]
    lemma: Series[str]
    type: Series[str] = pa.Field(isin=EVENT_TYPES)
    date_id: Series[pd.Int64Dtype] = pa.Field(nullable=True)
    date: Series[str] = pa.Field(nullable=True)
    date_from: Series[str] = pa.Field(nullable=True)
    date_to: Series[str] = pa.Field(nullable=True)
    participants: Series[object]
    location: Series[str] = pa.Field(nullable=True)
    sentence: Series[str]

    @pa.check("participants", element_wise=True)
    def participants_are_ids(cls, value: object) -> bool:
        return is_list_of_str(value)


class ChecksTable(SpanTable):
    """Figures that contradict each other or their own wording; the span is the first figure's."""

    check_id: Series[int] = pa.Field(ge=0)
    check: Series[str] = pa.Field(isin=CHECK_KINDS)
    figure_ids: Series[object]
    message: Series[str]

    @pa.check("figure_ids", element_wise=True)
    def figure_ids_are_ints(cls, value: object) -> bool:
        return is_list_of_int(value)


class ChangesTable(SpanTable):
    """What changed between consecutive revisions of a page; the span is in the newer revision
    (for a removal, in the older one: `revision_id` names the revision the span is in)."""

    change_id: Series[int] = pa.Field(ge=0)
    page_id: Series[pd.Int64Dtype] = pa.Field(nullable=True)
    old_revision_id: Series[pd.Int64Dtype] = pa.Field(nullable=True)
    new_revision_id: Series[pd.Int64Dtype] = pa.Field(nullable=True)
    table: Series[str] = pa.Field(isin=["figures", "events"])
    change: Series[str] = pa.Field(isin=CHANGE_KINDS)
    key: Series[str]
    old_text: Series[str] = pa.Field(nullable=True)
    new_text: Series[str] = pa.Field(nullable=True)
    old_value: Series[str] = pa.Field(nullable=True)
    new_value: Series[str] = pa.Field(nullable=True)


# Table name -> model; the order is the order tables are written and reported in.
TABLES: dict[str, type[BaseTable]] = {
    "documents": DocumentsTable,
    "sentences": SentencesTable,
    "entities": EntitiesTable,
    "dates": DatesTable,
    "figures": FiguresTable,
    "checks": ChecksTable,
    "events": EventsTable,
}
# Tables made by `almanac diff` rather than by `run`.
DIFF_TABLES: dict[str, type[BaseTable]] = {"changes": ChangesTable}

# Row order: stable whatever order documents were processed in.
SORT_KEYS: dict[str, list[str]] = {
    "documents": ["doc_id", "revision_id"],
    "sentences": ["doc_id", "revision_id", "sent_id"],
    "entities": ["doc_id", "revision_id", "start", "end", "label"],
    "dates": ["doc_id", "revision_id", "date_id"],
    "figures": ["doc_id", "revision_id", "figure_id"],
    "checks": ["doc_id", "revision_id", "check_id"],
    "events": ["doc_id", "revision_id", "event_id"],
    "changes": ["doc_id", "page_id", "new_revision_id", "change_id"],
}


def build_schemas() -> None:
    """Build every table's schema now. Pandera builds one on first use and caches it; the first
    build is slow (it imports pandera's typing for every installed dataframe library, dask's too)."""
    for model in (*TABLES.values(), *DIFF_TABLES.values()):
        model.to_schema()


def columns_of(model: type[BaseTable]) -> list[str]:
    return list(model.to_schema().columns.keys())


def model_of(table: str) -> type[BaseTable]:
    return {**TABLES, **DIFF_TABLES}[table]


def empty_frame(table: str) -> pd.DataFrame:
    return pd.DataFrame({column: [] for column in columns_of(model_of(table))})


def frame_from_rows(table: str, rows: list[dict]) -> pd.DataFrame:
    """Rows (dicts) into a frame with the table's columns in order, sorted by its stable key."""
    columns = columns_of(model_of(table))
    frame = pd.DataFrame.from_records(rows, columns=columns) if rows else empty_frame(table)
    frame = frame.astype({name: dtype for name, dtype in nullable_int_columns(table).items()})
    keys = [key for key in SORT_KEYS[table] if key in frame.columns]
    return frame.sort_values(keys, kind="stable", na_position="first").reset_index(drop=True)


def nullable_int_columns(table: str) -> dict[str, str]:
    schema = model_of(table).to_schema()
    return {name: "Int64" for name, column in schema.columns.items() if str(column.dtype) == "Int64"}


def validate_table(table: str, frame: pd.DataFrame) -> pd.DataFrame:
    """Validate lazily; on failure raise ValidationFailed naming table, column and row."""
    try:
        return model_of(table).validate(frame, lazy=True)
    except SchemaErrors as errors:
        cases = errors.failure_cases
        first = cases.iloc[0]
        raise ValidationFailed(
            f"table {table!r} failed validation ({len(cases)} problems); first: column "
            f"{first.get('column')!r}, row {first.get('index')}, check {first.get('check')!r}, "
            f"value {first.get('failure_case')!r}"
        ) from None
