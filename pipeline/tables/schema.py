"""Every output table, defined once: one strict pandera DataFrameModel per table.

Every column says what it holds (`description`: meaning, units, allowed values); the data dictionary
(docs/tables.md, `almanac schema`, the Parquet metadata) is generated from these models.
Column names are used through these models (`FiguresTable.value`), never as loose strings.
`validate_table` checks a frame lazily, so a failure lists every bad table, column and row at once.
"""
from __future__ import annotations

import sys
from functools import lru_cache

import numpy as np
import pandas as pd
import pandera.pandas as pa
from pandera.errors import SchemaErrors
from pandera.typing import Series

from ..errors import ValidationFailed


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


# List columns hold JSON arrays of these item types (see `json_type` in tables/dictionary.py).
STRING_LIST = {"items": "string"}
INTEGER_LIST = {"items": "integer"}


class DocumentsTable(BaseTable):
    """One row per document: a file, stdin, or one revision of a page of an XML export."""

    doc_id: Series[str] = pa.Field(description=(
        "The document's id: a file's name without its extension, or its path inside the folder given "
        "(`a/x` for `a/x.txt`); `stdin` for stdin; for an export, the page title as a slug (at most 80 "
        "characters) and the page id (`korea-russia-relations-2096`), the same for every revision of the page."))
    revision_id: Series[pd.Int64Dtype] = pa.Field(nullable=True, description=(
        "MediaWiki revision id; null for a file or stdin."))
    source: Series[str] = pa.Field(description=(
        "Where it was read from: the file's path, `<stdin>`, or `EXPORT#Title@REVISION` for a revision of an "
        "export."))
    markup: Series[str] = pa.Field(isin=["text", "wikitext"], description=(
        "`text`: a rendered page, its first line the title; `wikitext`: a revision's source."))
    sha256: Series[str] = pa.Field(str_matches=r"^[0-9a-f]{64}$", description=(
        "SHA-256 of the document's bytes (a file as read, an export revision's text in UTF-8), lower-case "
        "hex: a revision is done again only when it changes."))
    n_chars: Series[int] = pa.Field(ge=0, description="Length of the raw text, in characters.")
    n_sentences: Series[int] = pa.Field(ge=0, description="Sentences found: the document's rows in `sentences`.")
    pipeline_version: Series[str] = pa.Field(description=(
        "The almanac version that made the rows (`almanac-X.Y.Z`); a run redoes revisions made by another."))
    title: Series[str] = pa.Field(nullable=True, description=(
        "The page title an export gives; null for a file (its first line is its title)."))
    page_id: Series[pd.Int64Dtype] = pa.Field(nullable=True, description="MediaWiki page id; null for a file or stdin.")
    parent_revision_id: Series[pd.Int64Dtype] = pa.Field(nullable=True, description=(
        "The revision this one was edited from; null for a page's first revision, a file or stdin."))
    timestamp: Series[str] = pa.Field(nullable=True, description=(
        "When the revision was saved, as the export gives it (ISO 8601 in UTC, `2020-01-01T00:00:00Z`); null "
        "for a file or stdin."))


class SpanTable(BaseTable):
    """Columns every row of a span-bearing table has: raw[start:end] == text."""

    doc_id: Series[str] = pa.Field(description="The document (`documents.doc_id`).")
    revision_id: Series[pd.Int64Dtype] = pa.Field(nullable=True, description=(
        "The revision (`documents.revision_id`); null for a file or stdin."))
    sent_id: Series[int] = pa.Field(ge=0, description=(
        "The sentence the span starts in (`sentences.sent_id` of the same document and revision)."))
    start: Series[int] = pa.Field(ge=0, description=(
        "Start of the span in the raw text (the file, or the revision's wikitext), in characters from 0."))
    end: Series[int] = pa.Field(ge=0, description="End of the span in the raw text, exclusive; always after `start`.")
    text: Series[str] = pa.Field(description="The span's raw text: `raw[start:end]`.")

    @pa.dataframe_check
    def span_is_ordered(cls, df: pd.DataFrame) -> Series[bool]:
        return df["start"] < df["end"]


class SentencesTable(SpanTable):
    """One row per sentence; every block (title, heading, list item, table row) starts one."""

    section: Series[str] = pa.Field(nullable=True, description=(
        "The heading of the section the sentence is in; null before the first heading."))
    block: Series[str] = pa.Field(isin=["title", "heading", "paragraph", "list_item", "table_row"], description=(
        "The kind of block the sentence is in."))


class EntitiesTable(SpanTable):
    """One row per named entity the spaCy model found."""

    label: Series[str] = pa.Field(description=(
        "The spaCy entity label (OntoNotes 5: PERSON, NORP, FAC, ORG, GPE, LOC, PRODUCT, EVENT, WORK_OF_ART, "
        "LAW, LANGUAGE, DATE, TIME, PERCENT, MONEY, QUANTITY, ORDINAL, CARDINAL)."))


class DatesTable(SpanTable):
    """One row per temporal expression that reads as a calendar time."""

    date_id: Series[int] = pa.Field(ge=0, description="The date's number in its document: 0, 1, 2, ... in text order.")
    value: Series[str] = pa.Field(description=(
        "TIMEX3 value: `1996`, `1996-03`, `1996-03-05`, `1999-SU` (season), `2005-Q1`, `199` (the 1990s), `18` "
        "(the 19th century), `1950/1953` (a range); `XXXX` stands for a year the article leaves open (`XXXX-03`)."))
    mod: Series[str] = pa.Field(nullable=True, isin=DATE_MODS, description=(
        "TIMEX3 modifier: START, MID, END (early, mid-, late), APPROX (about), BEFORE, AFTER, ON_OR_BEFORE (by, "
        "until), ON_OR_AFTER (since); null for none."))
    granularity: Series[str] = pa.Field(isin=GRANULARITIES, description="The precision of `value`.")
    date_from: Series[str] = pa.Field(nullable=True, description=(
        "The first day the expression covers (YYYY-MM-DD); null when the year is open."))
    date_to: Series[str] = pa.Field(nullable=True, description=(
        "The last day the expression covers (YYYY-MM-DD); null when the year is open."))
    source: Series[str] = pa.Field(description=(
        "What found it: `ner` (a spaCy DATE entity), `rule` (models/date_rules.jsonl), `heading` (a heading that "
        "is a date), `table` (a year cell of a table)."))
    # The year could not be made certain from the article (value like XXXX-03): flagged, never guessed.
    year_unresolved: Series[bool] = pa.Field(description=(
        "True when the article does not make the year certain (`value` starts with XXXX): flagged, never guessed."))


class FiguresTable(SpanTable):
    """One row per amount of money, mass, percentage or count, in prose or in a table cell."""

    figure_id: Series[int] = pa.Field(ge=0, description="The figure's number in its document: 0, 1, 2, ... in text order.")
    kind: Series[str] = pa.Field(isin=FIGURE_KINDS, description="What sort of amount it is.")
    value: Series[float] = pa.Field(nullable=True, description=(
        "The amount in base units: money in units of its currency (`$3 billion` is 3e9), mass in metric tonnes "
        "(`890 kg` is 0.89), percent in percent (`29%` is 29), a count as a number; always finite; null for a "
        "range."))
    low: Series[float] = pa.Field(nullable=True, description=(
        "The low end of a range (`between 2 and 3 million tonnes`), in the units of `value`; null for one amount."))
    high: Series[float] = pa.Field(nullable=True, description=(
        "The high end of a range, in the units of `value`; null for one amount."))
    unit: Series[str] = pa.Field(nullable=True, description=(
        "ISO 4217 code for money (USD, EUR, RUB, ...; a historical currency without one keeps its name in lower "
        "case: `thaler`), `t` (metric tonnes) for mass, `%` for percent; null for a count."))
    qualifier: Series[str] = pa.Field(nullable=True, isin=QUALIFIERS, description=(
        "`approx` (about, some), `min` (more than, over, at least; a vague plural: `millions of`), `max` (up "
        "to, less than); null for an amount given as exact."))
    item: Series[str] = pa.Field(nullable=True, description=(
        "What a count counts (singular, lower case: `aircraft`, `person`, `north korean`), or the goods of money "
        "or mass (`grain`, `crude oil`); null when the text does not say."))
    period: Series[str] = pa.Field(nullable=True, description=(
        "The time the figure refers to, as a TIMEX3 value (see `dates.value`); a change between two dates as "
        "`START/END`; null when no date applies."))
    measure: Series[str] = pa.Field(isin=MEASURES, description=(
        "What it measures: a flow or stock (trade, exports, imports, aid, investment, debt, production), "
        "`share` (a percentage of a whole), `change` (a rise or fall, or a percentage change), or `other`."))
    parties: Series[object] = pa.Field(metadata=STRING_LIST, description=(
        "The states the figure is about, ISO 3166-1 alpha-3 codes (SUN for the Soviet Union), sorted; empty "
        "when none is named or implied."))
    source: Series[str] = pa.Field(isin=FIGURE_SOURCES, description=(
        "`prose` (running text) or `table` (a cell of a table row)."))

    @pa.check("parties", element_wise=True)
    def parties_are_codes(cls, value: object) -> bool:
        return is_list_of_str(value)

    @pa.check("value", "low", "high")
    def numbers_are_finite(cls, series: Series[float]) -> Series[bool]:
        # inf and -inf have no JSON spelling and break every sum downstream
        return series.isna() | np.isfinite(series)


class EventsTable(SpanTable):
    """One row per dated happening; the span is its trigger."""

    event_id: Series[int] = pa.Field(ge=0, description="The event's number in its document: 0, 1, 2, ... in text order.")
    trigger: Series[str] = pa.Field(description=(
        "The words that name the happening, as written (`signed`, `took place`, `began to criticize`)."))
    lemma: Series[str] = pa.Field(description="The trigger's lemma, lower case (`sign`, `take place`, `begin criticize`).")
    type: Series[str] = pa.Field(isin=EVENT_TYPES, description="The type of happening.")
    date_id: Series[pd.Int64Dtype] = pa.Field(nullable=True, description=(
        "The date that dates the event (`dates.date_id` of the same document and revision)."))
    date: Series[str] = pa.Field(nullable=True, description="That date's TIMEX3 value (`dates.value`).")
    date_from: Series[str] = pa.Field(nullable=True, description="That date's first day (`dates.date_from`).")
    date_to: Series[str] = pa.Field(nullable=True, description="That date's last day (`dates.date_to`).")
    participants: Series[object] = pa.Field(metadata=STRING_LIST, description=(
        "Who took part, sorted: states as ISO 3166-1 alpha-3 codes, organisations by their common English name, "
        "persons by their full name; empty when none is found."))
    location: Series[str] = pa.Field(nullable=True, description=(
        "Where it happened: a city, region or river (a state is a participant instead); null when not said."))
    sentence: Series[str] = pa.Field(description="The raw text of the event's sentence.")

    @pa.check("participants", element_wise=True)
    def participants_are_ids(cls, value: object) -> bool:
        return is_list_of_str(value)


class ChecksTable(SpanTable):
    """Figures that contradict each other or their own wording; the span is the first figure's."""

    check_id: Series[int] = pa.Field(ge=0, description="The check's number in its document: 0, 1, 2, ...")
    check: Series[str] = pa.Field(isin=CHECK_KINDS, description=(
        "What contradicts what: `direction` (fell to a higher amount, rose to a lower one), `percent_change` (a "
        "stated change that does not match its two amounts), `prose_vs_table` (prose and a table cell of the "
        "same measure, unit and year disagree), `peak` (a peak another figure exceeds), `range_order` (a range's "
        "low end above its high end), `share_total` (shares in one sentence over 100%)."))
    figure_ids: Series[object] = pa.Field(metadata=INTEGER_LIST, description=(
        "The figures involved (`figures.figure_id` of the same document and revision)."))
    message: Series[str] = pa.Field(description="What is wrong, in one line.")

    @pa.check("figure_ids", element_wise=True)
    def figure_ids_are_ints(cls, value: object) -> bool:
        return is_list_of_int(value)


class ChangesTable(SpanTable):
    """What changed between consecutive revisions of a page; the span is in the newer revision
    (for a removal, in the older one: `revision_id` names the revision the span is in)."""

    change_id: Series[int] = pa.Field(ge=0, description="The change's number within its pair of revisions: 0, 1, 2, ...")
    page_id: Series[pd.Int64Dtype] = pa.Field(nullable=True, description="The MediaWiki page; null for files.")
    old_revision_id: Series[pd.Int64Dtype] = pa.Field(nullable=True, description="The older revision of the pair.")
    new_revision_id: Series[pd.Int64Dtype] = pa.Field(nullable=True, description="The newer revision of the pair.")
    table: Series[str] = pa.Field(isin=["figures", "events"], description="The table the fact is a row of.")
    change: Series[str] = pa.Field(isin=CHANGE_KINDS, description=(
        "`added` (only in the newer revision), `removed` (only in the older), `changed` (the same fact, another "
        "value)."))
    key: Series[str] = pa.Field(description=(
        "What identifies the fact across revisions: `measure=...; period=...; item=...; kind=...` for a figure, "
        "`lemma=...; type=...` for an event (empty parts left out)."))
    old_text: Series[str] = pa.Field(nullable=True, description=(
        "The fact's sentence in the older revision; null for an addition."))
    new_text: Series[str] = pa.Field(nullable=True, description=(
        "The fact's sentence in the newer revision; null for a removal."))
    old_value: Series[str] = pa.Field(nullable=True, description=(
        "The fact's value in the older revision (a figure's qualifier, amount and unit: `approx 3000000000 USD`; "
        "an event's date); null for an addition."))
    new_value: Series[str] = pa.Field(nullable=True, description=(
        "The fact's value in the newer revision; null for a removal."))


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


def pandera_without_dask() -> None:
    """Have pandera record Dask as absent. Building a schema makes pandera look up its Dask types, which
    imports dask.dataframe when dask is installed (the `dask` extra): about a second of every run's
    start-up, for tables that are pandas frames only. Hidden while pandera's Dask typing is first
    imported, it is found missing; dask itself stays importable for the Dask engine."""
    if "pandera.typing.dask" in sys.modules or "dask.dataframe" in sys.modules:
        return
    sys.modules["dask.dataframe"] = None  # type: ignore[assignment]  # import raises ImportError
    try:
        import pandera.typing.dask  # noqa: F401
    finally:
        del sys.modules["dask.dataframe"]


def build_schemas() -> None:
    """Build every table's schema now. Pandera builds one on first use and caches it; the first
    build is slow (it imports pandera's typing for every installed dataframe library)."""
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
    if not len(frame) and list(frame.columns) == columns_of(model_of(table)):
        # No rows: the result is the table's columns with its dtypes, whatever the columns' dtypes were.
        return validated_empty_frame(table).copy()
    return validate_table_rows(table, frame)


@lru_cache(maxsize=None)
def validated_empty_frame(table: str) -> pd.DataFrame:
    """The table without rows, as validation makes it: its columns coerced to their dtypes, which is all
    pandera does to a frame without rows (tests/test_publish.py compares the two), at a fraction of its
    fixed cost per call."""
    return empty_frame(table).astype(table_dtypes(table))


def validate_table_rows(table: str, frame: pd.DataFrame) -> pd.DataFrame:
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


@lru_cache(maxsize=None)
def table_dtypes(table: str) -> dict[str, object]:
    """Each column's pandas dtype, as validation leaves it."""
    return {name: column.dtype.type for name, column in model_of(table).to_schema().columns.items()}


def revalidate_table(table: str, frame: pd.DataFrame) -> pd.DataFrame:
    """A frame whose every row was validated before (the parts and chunks a run publishes from), put together
    again: validated in full only when its columns or dtypes are not the table's. Every check of the models
    is a check of one row (no uniqueness, nothing across rows), so rows valid apart are valid together, and
    with the table's dtypes validation would change nothing; pandera's fixed cost per call is saved."""
    dtypes = table_dtypes(table)
    if len(frame) and list(frame.columns) == list(dtypes) and \
            all(frame[name].dtype == dtype for name, dtype in dtypes.items()):
        return frame
    return validate_table(table, frame)


pandera_without_dask()  # before any schema is built
