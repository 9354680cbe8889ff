"""What changed between consecutive revisions of a page: figures and events added, removed or changed.

Revisions of a page (same page_id, or same doc_id when there is no page id) are ordered by timestamp,
then revision id; a revision's predecessor is its parent revision when the tables hold it, else the
revision before it in that order.

Matching, for each pair (old, new), in three passes:
1. unchanged: the same fact on both sides (a figure with the same measure, period, item, kind, unit
   and value; an event with the same trigger lemma, type and date), matched in document order;
2. changed: what is left with the same key on both sides (figures: measure, period, item, kind;
   events: lemma, type) is paired, the old value becoming the new one. Keys that say little (a
   figure with neither item nor period, any event) are paired only when their sentences are alike,
   so an unrelated sentence that happens to share the key is an addition plus a removal, not a change;
3. what is still left is removed (old side) or added (new side).
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from pathlib import Path
from typing import Iterable

import pandas as pd

from ..errors import InputError
from ..tables.schema import validate_table
from ..tables.layout import find_table, published_folder
from ..tables.layout import FORMATS
from ..tables.writer import read_table, write_table

DIFF_INPUT_TABLES = ("documents", "sentences", "figures", "events")
TEXT_COLUMNS = {
    "documents": ("timestamp",),
    "figures": ("kind", "unit", "qualifier", "item", "period", "measure"),
    "events": ("lemma", "type", "date", "date_from", "date_to"),
}
# Sentences at least this alike (difflib ratio) describe the same fact when the key alone is weak.
SIMILAR_SENTENCES = 0.6


@dataclass(frozen=True)
class Revision:
    doc_id: str
    revision_id: int | None
    page_id: int | None
    parent_revision_id: int | None
    timestamp: str | None

    @property
    def page(self) -> tuple[int, str]:
        # Pages with an id sort by it; pages without one (plain-text articles) by doc_id after them.
        return (0, f"{self.page_id:020d}") if self.page_id is not None else (1, self.doc_id)

    @property
    def order(self) -> tuple:
        return (self.timestamp or "", -1 if self.revision_id is None else self.revision_id, self.doc_id)


@dataclass(frozen=True)
class Fact:
    """One figure or event of one revision, reduced to what the diff compares."""

    table: str
    key: tuple
    value: tuple
    row: dict
    sentence: str

    @property
    def position(self) -> tuple[int, int]:
        return self.row["start"], self.row["end"]


@dataclass
class DiffSummary:
    pairs: int  # revision pairs compared
    counts: dict[str, int] = field(default_factory=dict)  # "figures added" -> n
    rows: int = 0
    output: str | None = None

    def as_dict(self) -> dict:
        return {"pairs": self.pairs, "rows": self.rows, "counts": self.counts, "output": self.output}


def missing(value: object) -> bool:
    if value is None or value is pd.NA:
        return True
    return isinstance(value, float) and math.isnan(value)


def plain(value: object) -> object:
    """NaN and NA as None, numpy scalars as Python ones: values that compare and print plainly."""
    if missing(value):
        return None
    return value.item() if hasattr(value, "item") else value


def optional_int(value: object) -> int | None:
    value = plain(value)
    return None if value is None else int(value)


def format_number(value: float) -> str:
    value = float(value)
    return str(int(value)) if value.is_integer() and abs(value) < 1e18 else repr(value)


def figure_value_text(value: tuple) -> str | None:
    number, low, high, unit, qualifier = value
    if number is not None:
        amount = format_number(number)
    elif low is not None or high is not None:
        amount = f"{format_number(low) if low is not None else ''}..{format_number(high) if high is not None else ''}"
    else:
        return None
    return " ".join(part for part in (qualifier, amount, unit) if part)


def event_value_text(value: tuple) -> str | None:
    date, date_from, date_to = value
    if date is not None:
        return date
    if date_from is not None or date_to is not None:
        return f"{date_from or '..'}/{date_to or '..'}"
    return None


def key_text(table: str, key: tuple) -> str:
    names = ("measure", "period", "item", "kind") if table == "figures" else ("lemma", "type")
    return "; ".join(f"{name}={value}" for name, value in zip(names, key) if value is not None)


def figure_fact(row: dict, sentence: str) -> Fact:
    key = (row["measure"], row["period"], row["item"], row["kind"])
    value = (row["value"], row["low"], row["high"], row["unit"], row["qualifier"])
    return Fact("figures", key, value, row, sentence)


def event_fact(row: dict) -> Fact:
    return Fact("events", (row["lemma"], row["type"]), (row["date"], row["date_from"], row["date_to"]), row,
                row["sentence"])


def weak_key(fact: Fact) -> bool:
    if fact.table == "figures":
        _, period, item, _ = fact.key
        return period is None and item is None
    return True  # the same lemma and type recur all through an article


def similarity(a: str, b: str) -> float:
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    return matcher.ratio() if matcher.real_quick_ratio() >= SIMILAR_SENTENCES else 0.0


def match_facts(old: list[Fact], new: list[Fact]) -> tuple[list[tuple[Fact, Fact]], list[Fact], list[Fact]]:
    """(changed pairs, removed, added) between the facts of two revisions, each list in document order."""
    old_left = list(old)
    new_left = list(new)
    # 1. the same fact on both sides: unchanged
    by_fact: dict[tuple, list[int]] = {}
    for index, fact in enumerate(old_left):
        by_fact.setdefault((fact.key, fact.value), []).append(index)
    unchanged_old: set[int] = set()
    unchanged_new: set[int] = set()
    for index, fact in enumerate(new_left):
        candidates = by_fact.get((fact.key, fact.value))
        if candidates:
            unchanged_old.add(candidates.pop(0))
            unchanged_new.add(index)
    old_left = [fact for index, fact in enumerate(old_left) if index not in unchanged_old]
    new_left = [fact for index, fact in enumerate(new_left) if index not in unchanged_new]
    # 2. the same key with another value: changed
    changed: list[tuple[Fact, Fact]] = []
    paired_old: set[int] = set()
    paired_new: set[int] = set()
    keys = sorted({fact.key for fact in old_left} & {fact.key for fact in new_left}, key=repr)
    for key in keys:
        olds = [i for i, fact in enumerate(old_left) if fact.key == key]
        news = [i for i, fact in enumerate(new_left) if fact.key == key]
        if not weak_key(old_left[olds[0]]):
            for i, j in zip(olds, news):  # in document order
                changed.append((old_left[i], new_left[j]))
                paired_old.add(i)
                paired_new.add(j)
            continue
        scored = sorted(
            ((similarity(old_left[i].sentence, new_left[j].sentence), i, j) for i in olds for j in news),
            key=lambda item: (-item[0], item[1], item[2]),
        )
        for score, i, j in scored:
            if score < SIMILAR_SENTENCES:
                break
            if i in paired_old or j in paired_new:
                continue
            changed.append((old_left[i], new_left[j]))
            paired_old.add(i)
            paired_new.add(j)
    changed.sort(key=lambda pair: pair[1].position)
    removed = [fact for i, fact in enumerate(old_left) if i not in paired_old]
    added = [fact for j, fact in enumerate(new_left) if j not in paired_new]
    return changed, removed, added


def value_text(fact: Fact) -> str | None:
    return figure_value_text(fact.value) if fact.table == "figures" else event_value_text(fact.value)


def change_row(change: str, old: Fact | None, new: Fact | None, pair: tuple[Revision, Revision]) -> dict:
    anchor = new if new is not None else old
    assert anchor is not None
    row = anchor.row
    return {
        "doc_id": row["doc_id"], "revision_id": optional_int(row["revision_id"]), "sent_id": int(row["sent_id"]),
        "start": int(row["start"]), "end": int(row["end"]), "text": row["text"],
        "page_id": pair[1].page_id if pair[1].page_id is not None else pair[0].page_id,
        "old_revision_id": pair[0].revision_id, "new_revision_id": pair[1].revision_id,
        "table": anchor.table, "change": change, "key": key_text(anchor.table, anchor.key),
        "old_text": old.sentence if old is not None else None,
        "new_text": new.sentence if new is not None else None,
        "old_value": value_text(old) if old is not None else None,
        "new_value": value_text(new) if new is not None else None,
    }


def revisions_of(documents: pd.DataFrame) -> list[Revision]:
    return [
        Revision(str(row["doc_id"]), optional_int(row["revision_id"]), optional_int(row["page_id"]),
                 optional_int(row["parent_revision_id"]), plain(row["timestamp"]))
        for row in documents.to_dict(orient="records")
    ]


def revision_pairs(revisions: Iterable[Revision]) -> list[tuple[Revision, Revision]]:
    """(older, newer) for every revision that has a predecessor, pages in order, revisions in order."""
    pages: dict[tuple[int, str], list[Revision]] = {}
    for revision in revisions:
        pages.setdefault(revision.page, []).append(revision)
    pairs = []
    for page in sorted(pages):
        ordered = sorted(pages[page], key=lambda r: r.order)
        by_id = {r.revision_id: r for r in ordered if r.revision_id is not None}
        for previous, revision in zip(ordered, ordered[1:]):
            parent = by_id.get(revision.parent_revision_id) if revision.parent_revision_id is not None else None
            pairs.append((parent if parent is not None and parent is not revision else previous, revision))
    return pairs


def rows_by_revision(frame: pd.DataFrame) -> dict[tuple[str, int | None], list[dict]]:
    grouped: dict[tuple[str, int | None], list[dict]] = {}
    for row in frame.to_dict(orient="records"):
        row = {name: plain(value) if not isinstance(value, (list, tuple)) else value for name, value in row.items()}
        grouped.setdefault((row["doc_id"], optional_int(row["revision_id"])), []).append(row)
    for rows in grouped.values():
        rows.sort(key=lambda row: (row["start"], row["end"]))
    return grouped


def diff_tables(tables: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """The validated `changes` table for the revisions in `tables` (documents, sentences, figures, events)."""
    from ..tables.schema import frame_from_rows

    sentences = {
        (str(row["doc_id"]), optional_int(row["revision_id"]), int(row["sent_id"])): row["text"]
        for row in tables["sentences"][["doc_id", "revision_id", "sent_id", "text"]].to_dict(orient="records")
    }
    figures = rows_by_revision(tables["figures"])
    events = rows_by_revision(tables["events"])

    def facts(revision: Revision) -> list[list[Fact]]:
        key = (revision.doc_id, revision.revision_id)
        figure_facts = [figure_fact(row, sentences.get((row["doc_id"], key[1], int(row["sent_id"])), row["text"]))
                        for row in figures.get(key, [])]
        return [figure_facts, [event_fact(row) for row in events.get(key, [])]]

    rows = []
    for pair in revision_pairs(revisions_of(tables["documents"])):
        pair_rows = []
        for old_facts, new_facts in zip(facts(pair[0]), facts(pair[1])):
            changed, removed, added = match_facts(old_facts, new_facts)
            # New-revision changes in document order, then removals in old-revision order.
            news = [("changed", old, new) for old, new in changed] + [("added", None, new) for new in added]
            news.sort(key=lambda item: item[2].position)
            pair_rows += [change_row(kind, old, new, pair) for kind, old, new in news]
            pair_rows += [change_row("removed", old, None, pair) for old in removed]
        for change_id, row in enumerate(pair_rows):
            row["change_id"] = change_id
        rows += pair_rows
    return validate_table("changes", frame_from_rows("changes", rows))


def read_tables(tables_dir: Path) -> dict[str, pd.DataFrame]:
    tables_dir = Path(tables_dir)
    if not tables_dir.is_dir():
        raise InputError(f"no such folder: {tables_dir}")
    tables_dir = published_folder(tables_dir)
    tables = {}
    for table in DIFF_INPUT_TABLES:
        path = find_table(tables_dir, table)
        if path is None:
            raise InputError(f"{tables_dir} has no {table} table (run `almanac run` into it first)")
        try:
            tables[table] = read_table(path)
        except Exception as error:  # pyarrow, csv and json readers raise their own types
            raise InputError(f"cannot read {path}: {type(error).__name__}: {error}") from None
    for table, frame in tables.items():
        for column in ("revision_id", "page_id", "parent_revision_id"):
            if column in frame.columns:
                frame[column] = frame[column].astype("Int64")
        # CSV and JSONL readers guess types ("2019" becomes a number): compared fields are text again.
        for column in TEXT_COLUMNS.get(table, ()):
            frame[column] = frame[column].map(lambda v: None if missing(v) else str(v)).astype(object)
    return tables


def diff_folder(tables_dir: Path, out_dir: Path | None = None, fmt: str = "parquet") -> DiffSummary:
    """`almanac diff`: the changes table of a run's output folder, written to `out_dir` (default: the same)."""
    if fmt not in FORMATS:
        raise InputError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    tables = read_tables(Path(tables_dir))
    changes = diff_tables(tables)
    pairs = len(revision_pairs(revisions_of(tables["documents"])))
    target = write_table(changes, Path(out_dir or tables_dir), "changes", fmt, described=True)
    counts: dict[str, int] = {}
    for (table, change), count in changes.groupby(["table", "change"]).size().items():
        counts[f"{table} {change}"] = int(count)
    return DiffSummary(pairs=pairs, counts=dict(sorted(counts.items())), rows=len(changes), output=str(target))
