"""Evaluation: the pipeline's dates, figures and events tables against gold annotations.

Matching and metrics follow ../shared/gold/README.md ("What counts in a score"):
- a predicted row matches a gold entry when their raw-text spans overlap, one to one, greedily by
  overlap size (ties: nearer starts first, then document order); an event also matches a gold event
  in the same sentence anchored to the same date span (ranked after every trigger overlap);
- detection: precision, recall, F1 over matches;
- on matched pairs, attribute accuracy: dates value, mod (and both together); figures value (or
  low/high) within 0.1% relative, unit (and both together), kind, period, measure, item (lower-case
  head noun), qualifier; events type and date, and participants as set precision/recall/F1.
TIMEX3 values compare in one spelling (`198` == `198X`). Overall metrics are micro-averaged.

The matching and metrics here are pure functions over pandas frames; `cases.py` reads gold folders,
tables and exports and runs the pipeline (`evaluate_gold_dir`), and `floors.py` compares reports and
keeps floors.
"""
from __future__ import annotations

import json
import math
import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field
from typing import Callable, Iterable

import pandas as pd

from ..errors import AlmanacError
from ..extraction.timex import granularity_of
from ..tables.schema import frame_from_rows
from .gold import GoldDocument, normalize_timex, resolve_gold, same_timex

SCORED_TABLES = ("dates", "figures", "events")
# Attribute accuracies reported per table, in display order (README "What counts in a score").
ATTRIBUTES: dict[str, tuple[str, ...]] = {
    "dates": ("value", "mod", "value+mod"),
    "figures": ("value", "unit", "value+unit", "kind", "period", "measure", "item", "qualifier"),
    "events": ("type", "date"),
}
PARTICIPANT_METRICS = ("participants_p", "participants_r", "participants_f1")
# The attribute whose gold-against-predicted counts are kept per table (`almanac evaluate` prints them).
CONFUSED_ATTRIBUTE = {"figures": "measure", "events": "type"}
DETECTION_METRICS = ("precision", "recall", "f1")
RELATIVE_TOLERANCE = 1e-3  # numeric values within 0.1% relative
JSON_FORMAT = "almanac-evaluate/1"
ERROR_COLUMNS = ["doc_id", "table", "error", "attribute", "gold", "predicted", "gold_text", "predicted_text",
                 "start", "end", "sentence"]


class EvaluationError(AlmanacError):
    """Tables or floors that cannot be scored as asked."""


# -- value comparison ----------------------------------------------------------------------------


def is_null(value: object) -> bool:
    if value is None or value is pd.NA:
        return True
    return isinstance(value, float) and math.isnan(value)


def as_text(value: object) -> str | None:
    if is_null(value):
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)  # a CSV cell read back as a number
    return str(value)


def as_number(value: object) -> float | None:
    if is_null(value):
        return None
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def as_names(value: object) -> frozenset[str]:
    """A participants cell (list, array, or a JSON array from CSV) as a set of names."""
    if value is None or (not isinstance(value, (list, tuple, str)) and not hasattr(value, "tolist") and is_null(value)):
        return frozenset()
    if isinstance(value, str):
        try:
            value = json.loads(value) if value.strip() else []
        except json.JSONDecodeError:
            value = [value]
    if hasattr(value, "tolist"):
        value = value.tolist()
    return frozenset(str(item) for item in value if not is_null(item))


def numbers_close(predicted: object, gold: object) -> bool:
    predicted, gold = as_number(predicted), as_number(gold)
    if predicted is None or gold is None:
        return predicted is None and gold is None
    if gold == 0:
        return predicted == 0
    return abs(predicted - gold) <= RELATIVE_TOLERANCE * abs(gold)


def figure_value_ok(predicted: dict, gold) -> bool:
    if gold.value is not None:
        return numbers_close(predicted.get("value"), gold.value)
    return numbers_close(predicted.get("low"), gold.low) and numbers_close(predicted.get("high"), gold.high)


def singular(word: str) -> str:
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and re.search(r"(?:ss|sh|ch|x|z)es$", word):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def head_noun(item: object) -> str | None:
    """The lower-case head noun of an item ("Petroleum products" -> "product")."""
    text = as_text(item)
    if text is None:
        return None
    words = re.findall(r"[a-z][a-z'-]*", text.lower())
    return singular(words[-1]) if words else text.strip().lower() or None


def same_item(predicted: object, gold: object) -> bool:
    return head_noun(predicted) == head_noun(gold)


def same_text(predicted: object, gold: object) -> bool:
    return as_text(predicted) == as_text(gold)


# -- counting ------------------------------------------------------------------------------------


@dataclass
class TableCounts:
    """Counts for one table, summed over any number of documents (micro averaging)."""

    table: str
    gold: int = 0
    predicted: int = 0
    matched: int = 0
    attributes: dict[str, list[int]] = field(default_factory=dict)  # name -> [correct, compared]
    participants: list[int] = field(default_factory=lambda: [0, 0, 0])  # [shared, predicted, gold]
    # (gold, predicted) -> matched pairs, for the attribute of CONFUSED_ATTRIBUTE (a typing error as a pattern)
    confusion: Counter = field(default_factory=Counter)

    def __post_init__(self) -> None:
        for name in ATTRIBUTES[self.table]:
            self.attributes.setdefault(name, [0, 0])

    def attribute(self, name: str, correct: bool) -> None:
        self.attributes[name][0] += int(correct)
        self.attributes[name][1] += 1

    def add(self, other: "TableCounts") -> None:
        self.gold += other.gold
        self.predicted += other.predicted
        self.matched += other.matched
        for name, (correct, compared) in other.attributes.items():
            self.attributes[name][0] += correct
            self.attributes[name][1] += compared
        self.participants = [a + b for a, b in zip(self.participants, other.participants)]
        self.confusion.update(other.confusion)

    def metrics(self) -> dict[str, float | int | None]:
        """Counts and metrics; an attribute accuracy is None when no pair was compared."""
        precision, recall, f1 = prf(self.matched, self.predicted, self.gold)
        result: dict[str, float | int | None] = {
            "gold": self.gold, "predicted": self.predicted, "matched": self.matched,
            "precision": precision, "recall": recall, "f1": f1,
        }
        for name, (correct, compared) in self.attributes.items():
            result[name] = correct / compared if compared else None
        if self.table == "events":
            shared, predicted, gold = self.participants
            p, r, f = prf(shared, predicted, gold)
            compared = self.attributes["type"][1]
            result.update(zip(PARTICIPANT_METRICS, (p, r, f) if compared else (None, None, None)))
        return result


def prf(shared: int, predicted: int, gold: int) -> tuple[float, float, float]:
    """Precision, recall, F1; with nothing predicted (or nothing to find) the empty answer is right."""
    precision = shared / predicted if predicted else (1.0 if gold == 0 else 0.0)
    recall = shared / gold if gold else (1.0 if predicted == 0 else 0.0)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


# -- matching ------------------------------------------------------------------------------------


def overlap(a_start: int, a_end: int, b_start: int, b_end: int) -> int:
    return max(0, min(a_end, b_end) - max(a_start, b_start))


def greedy_match(candidates: Iterable[tuple[tuple, int, int]]) -> list[tuple[int, int]]:
    """One-to-one pairs (gold index, predicted index) from (rank key, gold, predicted) candidates,
    best rank first (lower key is better)."""
    pairs, used_gold, used_predicted = [], set(), set()
    for _, gold, predicted in sorted(candidates):
        if gold not in used_gold and predicted not in used_predicted:
            used_gold.add(gold)
            used_predicted.add(predicted)
            pairs.append((gold, predicted))
    return sorted(pairs)


def span_candidates(gold_spans: list[tuple[int, int]], predicted_spans: list[tuple[int, int]]):
    """Overlapping pairs ranked by overlap size, then by how near their starts are."""
    order = sorted(range(len(predicted_spans)), key=lambda i: predicted_spans[i])
    starts = [predicted_spans[i][0] for i in order]
    longest = max((end - start for start, end in predicted_spans), default=0)
    for g, (g_start, g_end) in enumerate(gold_spans):
        # Only predicted spans starting before the gold end (and not too far before its start) can overlap.
        low = bisect_right(starts, g_start - longest - 1)
        high = bisect_right(starts, g_end - 1)
        for position in range(low, high):
            p = order[position]
            p_start, p_end = predicted_spans[p]
            size = overlap(g_start, g_end, p_start, p_end)
            if size > 0:
                yield (-size, abs(g_start - p_start), g, p), g, p


class Sentences:
    """Raw sentence spans of one document, to place a raw offset in its sentence."""

    def __init__(self, spans: list[tuple[int, int]], raw: str) -> None:
        self.spans = sorted(spans)
        self.starts = [start for start, _ in self.spans]
        self.raw = raw

    @classmethod
    def from_frame(cls, frame: pd.DataFrame | None, raw: str) -> "Sentences":
        if frame is None or frame.empty:
            return cls([], raw)
        return cls([(int(s), int(e)) for s, e in zip(frame["start"], frame["end"])], raw)

    def index_at(self, offset: int) -> int | None:
        position = bisect_right(self.starts, offset) - 1
        if position >= 0 and offset < self.spans[position][1]:
            return position
        return None

    def text_at(self, offset: int) -> str:
        """The sentence around `offset` (without a sentence table: its line of the raw text)."""
        position = self.index_at(offset)
        if position is not None:
            start, end = self.spans[position]
            return self.raw[start:end]
        start = self.raw.rfind("\n", 0, offset) + 1
        end = self.raw.find("\n", offset)
        return self.raw[start:end if end >= 0 else len(self.raw)].strip()


@dataclass
class DocumentEvaluation:
    doc_id: str
    counts: dict[str, TableCounts]
    errors: list[dict]
    note: str | None = None  # e.g. the pipeline failed on this document


def _records(frame: pd.DataFrame | None) -> list[dict]:
    if frame is None or frame.empty:
        return []
    return frame.sort_values(["start", "end"], kind="stable").to_dict(orient="records")


def _error(doc_id: str, table: str, error: str, *, attribute: str | None = None, gold=None, predicted=None,
           gold_text: str | None = None, predicted_text: str | None = None, start: int, end: int,
           sentence: str) -> dict:
    def shown(value):
        if isinstance(value, (frozenset, set, tuple, list)):
            return json.dumps(sorted(value), ensure_ascii=False)
        return None if is_null(value) else str(as_text(value))

    return {"doc_id": doc_id, "table": table, "error": error, "attribute": attribute, "gold": shown(gold),
            "predicted": shown(predicted), "gold_text": gold_text, "predicted_text": predicted_text,
            "start": int(start), "end": int(end), "sentence": sentence}


def _misses_and_spurious(doc_id: str, table: str, gold_entries: list, gold_text: Callable, predicted: list[dict],
                         pairs: list[tuple[int, int]], sentences: Sentences) -> list[dict]:
    errors = []
    matched_gold = {g for g, _ in pairs}
    matched_predicted = {p for _, p in pairs}
    for g, entry in enumerate(gold_entries):
        if g not in matched_gold:
            errors.append(_error(doc_id, table, "missed", gold_text=gold_text(entry), start=entry.start,
                                 end=entry.end, sentence=sentences.text_at(entry.start)))
    for p, row in enumerate(predicted):
        if p not in matched_predicted:
            errors.append(_error(doc_id, table, "spurious", predicted_text=as_text(row.get("text")),
                                 start=row["start"], end=row["end"], sentence=sentences.text_at(int(row["start"]))))
    return errors


def _compare(counts: TableCounts, errors: list[dict], doc_id: str, table: str, name: str, correct: bool,
             gold_value, predicted_value, entry, row: dict, gold_text: str, sentences: Sentences) -> None:
    counts.attribute(name, correct)
    if not correct:
        errors.append(_error(doc_id, table, "mismatch", attribute=name, gold=gold_value, predicted=predicted_value,
                             gold_text=gold_text, predicted_text=as_text(row.get("text")), start=entry.start,
                             end=entry.end, sentence=sentences.text_at(entry.start)))


def score_dates(gold: GoldDocument, predicted_frame: pd.DataFrame | None, sentences: Sentences):
    predicted = _records(predicted_frame)
    pairs = greedy_match(span_candidates([(d.start, d.end) for d in gold.dates],
                                         [(int(r["start"]), int(r["end"])) for r in predicted]))
    counts = TableCounts("dates", gold=len(gold.dates), predicted=len(predicted), matched=len(pairs))
    errors = _misses_and_spurious(gold.doc_id, "dates", gold.dates, lambda d: d.text, predicted, pairs, sentences)
    for g, p in pairs:
        entry, row = gold.dates[g], predicted[p]
        value_ok = same_timex(row.get("value"), entry.value)
        mod_ok = same_text(row.get("mod"), entry.mod)
        compare = lambda name, ok, gv, pv: _compare(counts, errors, gold.doc_id, "dates", name, ok, gv, pv,  # noqa: E731
                                                    entry, row, entry.text, sentences)
        compare("value", value_ok, entry.value, row.get("value"))
        compare("mod", mod_ok, entry.mod, row.get("mod"))
        counts.attribute("value+mod", value_ok and mod_ok)  # its misses are the two rows above
    return counts, errors


def score_figures(gold: GoldDocument, predicted_frame: pd.DataFrame | None, sentences: Sentences):
    predicted = _records(predicted_frame)
    pairs = greedy_match(span_candidates([(f.start, f.end) for f in gold.figures],
                                         [(int(r["start"]), int(r["end"])) for r in predicted]))
    counts = TableCounts("figures", gold=len(gold.figures), predicted=len(predicted), matched=len(pairs))
    errors = _misses_and_spurious(gold.doc_id, "figures", gold.figures, lambda f: f.text, predicted, pairs,
                                  sentences)
    for g, p in pairs:
        entry, row = gold.figures[g], predicted[p]

        def compare(name, ok, gold_value, predicted_value):
            _compare(counts, errors, gold.doc_id, "figures", name, ok, gold_value, predicted_value, entry, row,
                     entry.text, sentences)

        value_ok = figure_value_ok(row, entry)
        unit_ok = same_text(row.get("unit"), entry.unit)
        if entry.value is not None:
            compare("value", value_ok, _number_text(entry.value), _number_text(row.get("value")))
        else:
            compare("value", value_ok, f"{_number_text(entry.low)}-{_number_text(entry.high)}",
                    f"{_number_text(row.get('low'))}-{_number_text(row.get('high'))}")
        compare("unit", unit_ok, entry.unit, row.get("unit"))
        counts.attribute("value+unit", value_ok and unit_ok)
        compare("kind", same_text(row.get("kind"), entry.kind), entry.kind, row.get("kind"))
        compare("period", same_timex(row.get("period"), entry.period), entry.period, row.get("period"))
        compare("measure", same_text(row.get("measure"), entry.measure), entry.measure, row.get("measure"))
        counts.confusion[(entry.measure, as_text(row.get("measure")) or "-")] += 1
        compare("item", same_item(row.get("item"), entry.item), entry.item, row.get("item"))
        compare("qualifier", same_text(row.get("qualifier"), entry.qualifier), entry.qualifier,
                row.get("qualifier"))
    return counts, errors


def _number_text(value: object) -> str | None:
    number = as_number(value)
    if number is None:
        return None
    return str(int(number)) if number.is_integer() else repr(number)


def event_candidates(gold: GoldDocument, predicted: list[dict], date_spans: dict[int, tuple[int, int]],
                     sentences: Sentences):
    """Trigger overlaps first (by overlap size); then same sentence and same date span (nearest first)."""
    gold_triggers = [(e.start, e.end) for e in gold.events]
    predicted_triggers = [(int(r["start"]), int(r["end"])) for r in predicted]
    yield from span_candidates(gold_triggers, predicted_triggers)
    gold_dates = {d.index: (d.start, d.end) for d in gold.dates}
    for g, event in enumerate(gold.events):
        g_date = gold_dates[event.date_index]
        g_sentence = sentences.index_at(event.start)
        for p, row in enumerate(predicted):
            date_id = row.get("date_id")
            p_date = None if is_null(date_id) else date_spans.get(int(date_id))
            if p_date is None or overlap(*g_date, *p_date) == 0:
                continue
            # Without a sentence table the shared date span stands for the shared sentence.
            if g_sentence is not None and sentences.index_at(int(row["start"])) != g_sentence:
                continue
            yield (0, abs(event.start - int(row["start"])), g, p), g, p


def score_events(gold: GoldDocument, predicted_frame: pd.DataFrame | None, dates_frame: pd.DataFrame | None,
                 sentences: Sentences):
    predicted = _records(predicted_frame)
    date_spans = {}
    if dates_frame is not None and not dates_frame.empty:
        date_spans = {int(i): (int(s), int(e)) for i, s, e in
                      zip(dates_frame["date_id"], dates_frame["start"], dates_frame["end"])}
    pairs = greedy_match(event_candidates(gold, predicted, date_spans, sentences))
    counts = TableCounts("events", gold=len(gold.events), predicted=len(predicted), matched=len(pairs))
    errors = _misses_and_spurious(gold.doc_id, "events", gold.events, lambda e: e.trigger, predicted, pairs,
                                  sentences)
    for g, p in pairs:
        entry, row = gold.events[g], predicted[p]

        def compare(name, ok, gold_value, predicted_value):
            _compare(counts, errors, gold.doc_id, "events", name, ok, gold_value, predicted_value, entry, row,
                     entry.trigger, sentences)

        compare("type", same_text(row.get("type"), entry.type), entry.type, row.get("type"))
        counts.confusion[(entry.type, as_text(row.get("type")) or "-")] += 1
        compare("date", same_timex(row.get("date"), entry.date), entry.date, row.get("date"))
        gold_names, predicted_names = frozenset(entry.participants), as_names(row.get("participants"))
        shared = len(gold_names & predicted_names)
        counts.participants = [counts.participants[0] + shared, counts.participants[1] + len(predicted_names),
                               counts.participants[2] + len(gold_names)]
        if gold_names != predicted_names:
            errors.append(_error(gold.doc_id, "events", "mismatch", attribute="participants", gold=gold_names,
                                 predicted=predicted_names, gold_text=entry.trigger,
                                 predicted_text=as_text(row.get("text")), start=entry.start, end=entry.end,
                                 sentence=sentences.text_at(entry.start)))
    return counts, errors


def evaluate_document(gold: GoldDocument, raw: str, frames: dict[str, pd.DataFrame | None],
                      note: str | None = None) -> DocumentEvaluation:
    """Score one document's predicted frames (rows of this document only) against its resolved gold.

    `frames` holds "dates", "figures", "events" and, optionally, "sentences" (raw sentence spans,
    used for the events' same-sentence rule and to show each error in its sentence).
    """
    if not gold.resolved:
        gold = resolve_gold(gold, raw)
    if gold.scope is not None:  # gold that covers some sections scores only the rows inside them
        frames = {name: frame if name not in SCORED_TABLES or frame is None or frame.empty
                  else frame[[gold.in_scope(int(start)) for start in frame["start"]]]
                  for name, frame in frames.items()}
    sentences = Sentences.from_frame(frames.get("sentences"), raw)
    dates, date_errors = score_dates(gold, frames.get("dates"), sentences)
    figures, figure_errors = score_figures(gold, frames.get("figures"), sentences)
    events, event_errors = score_events(gold, frames.get("events"), frames.get("dates"), sentences)
    errors = sorted(date_errors + figure_errors + event_errors,
                    key=lambda e: (SCORED_TABLES.index(e["table"]), e["start"], e["end"], e["error"],
                                   e["attribute"] or ""))
    return DocumentEvaluation(gold.doc_id, {"dates": dates, "figures": figures, "events": events}, errors, note)


# -- reports -------------------------------------------------------------------------------------


@dataclass
class EvaluationReport:
    documents: list[DocumentEvaluation]
    source: str  # "pipeline" or "tables"
    notes: list[str] = field(default_factory=list)

    def overall_counts(self) -> dict[str, TableCounts]:
        total = {table: TableCounts(table) for table in SCORED_TABLES}
        for document in self.documents:
            for table, counts in document.counts.items():
                total[table].add(counts)
        return total

    def metrics(self) -> dict:
        """{"overall": {table: metrics}, "documents": {doc_id: {table: metrics}}}."""
        return {
            "overall": {table: counts.metrics() for table, counts in self.overall_counts().items()},
            "documents": {d.doc_id: {table: c.metrics() for table, c in d.counts.items()} for d in self.documents},
        }

    def confusion(self) -> dict[str, dict[str, dict[str, int]]]:
        """{"events.type": {gold: {predicted: matched pairs}}, "figures.measure": ...} over all documents."""
        tables = {}
        for table, counts in self.overall_counts().items():
            if table in CONFUSED_ATTRIBUTE:
                grid: dict[str, dict[str, int]] = {}
                for (gold_value, predicted_value), n in sorted(counts.confusion.items()):
                    grid.setdefault(gold_value, {})[predicted_value] = n
                tables[f"{table}.{CONFUSED_ATTRIBUTE[table]}"] = grid
        return tables

    def as_json(self) -> dict:
        metrics = self.metrics()
        return {"format": JSON_FORMAT, "source": self.source, "notes": self.notes,
                "overall": _rounded(metrics["overall"]), "documents": _rounded(metrics["documents"]),
                "confusion": self.confusion()}

    def errors_frame(self) -> pd.DataFrame:
        rows = [error for document in self.documents for error in document.errors]
        return pd.DataFrame.from_records(rows, columns=ERROR_COLUMNS).astype({"start": "Int64", "end": "Int64"})


def _rounded(tree):
    if isinstance(tree, dict):
        return {key: _rounded(value) for key, value in tree.items()}
    if isinstance(tree, float):
        return round(tree, 6)
    return tree


# -- gold as tables ------------------------------------------------------------------------------


def tables_from_gold(gold: GoldDocument, raw: str, revision_id: int | None = None) -> dict[str, pd.DataFrame]:
    """Dates, figures and events frames shaped like the pipeline's, built from the gold itself.

    Scoring these against the same gold gives 1.0 everywhere; tests change rows of them to check
    that each metric moves as it must. Rows carry raw offsets; sent_id is the raw line number.
    """
    if not gold.resolved:
        gold = resolve_gold(gold, raw)
    base = {"doc_id": gold.doc_id, "revision_id": revision_id}

    def line(start: int) -> int:
        return raw.count("\n", 0, start)

    dates = [{
        **base, "sent_id": line(d.start), "start": d.start, "end": d.end, "text": raw[d.start:d.end],
        "date_id": i, "value": d.value, "mod": d.mod, "granularity": granularity_of(normalize_timex(d.value)),
        "date_from": None, "date_to": None, "source": "gold", "year_unresolved": False,
    } for i, d in enumerate(sorted(gold.dates, key=lambda d: (d.start, d.end)))]
    date_id_of = {d.index: i for i, d in enumerate(sorted(gold.dates, key=lambda d: (d.start, d.end)))}
    figures = [{
        **base, "sent_id": line(f.start), "start": f.start, "end": f.end, "text": raw[f.start:f.end],
        "figure_id": i, "kind": f.kind, "value": f.value, "low": f.low, "high": f.high, "unit": f.unit,
        "qualifier": f.qualifier, "item": f.item, "period": f.period, "measure": f.measure, "parties": [],
        "source": "prose",
    } for i, f in enumerate(sorted(gold.figures, key=lambda f: (f.start, f.end)))]
    sentences = Sentences([], raw)
    events = [{
        **base, "sent_id": line(e.start), "start": e.start, "end": e.end, "text": raw[e.start:e.end],
        "event_id": i, "trigger": raw[e.start:e.end], "lemma": e.trigger.lower(), "type": e.type,
        "date_id": date_id_of[e.date_index], "date": e.date, "date_from": None, "date_to": None,
        "participants": list(e.participants), "location": e.location, "sentence": sentences.text_at(e.start),
    } for i, e in enumerate(sorted(gold.events, key=lambda e: (e.start, e.end)))]
    return {"dates": frame_from_rows("dates", dates), "figures": frame_from_rows("figures", figures),
            "events": frame_from_rows("events", events)}
