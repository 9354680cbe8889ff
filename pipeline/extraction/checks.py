"""Consistency checks: figures that contradict their own wording or each other, found by rule.

- direction: "dropped/fell/declined from X to Y" with Y > X, or "rose/grew/increased ... to Y" with Y < X;
- percent_change: "an increase of P%" that does not match the two amounts it relates (beyond 1 point);
- prose_vs_table: a prose figure that disagrees with the table cell of the same measure, unit and year
  (beyond the rounding of the less precise of the two);
- peak: a figure called the peak ("at the peak of trade") that another figure of the same series exceeds;
- range_order: a range whose low end is above its high end;
- share_total: shares of one sentence that add up to more than 100%.

Each check names the figures involved (ids of the figures table) and says what is wrong in one line.
The Doc is only read.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from ..language.extensions import clean_text
from .figures import FigureRecord, load_figure_lexicon
from .numbers import written_precision

# A change percentage and the two amounts it relates may differ by this many points (rounding).
PERCENT_CHANGE_TOLERANCE = 1.0
# Shares of one whole may add up to a little over 100 through rounding.
SHARE_TOTAL_TOLERANCE = 1.0
# Relative slack for comparisons of two amounts (binary noise, not rounding: rounding is read from the text).
RELATIVE_SLACK = 0.005
# How far apart an approximate prose figure and a table cell may be before they contradict.
APPROX_TOLERANCE = 0.10
# Words that carry a direction, up to this many tokens before the "to" amount.
DIRECTION_WINDOW = 40


@dataclass
class CheckRecord:
    check_id: int
    start: int  # clean-text span of the first figure involved
    end: int
    check: str
    figure_ids: list[int] = field(default_factory=list)
    message: str = ""


def find_checks(doc: Doc, figures: list[FigureRecord]) -> list[CheckRecord]:
    """Every contradiction among the figures of one document, ordered by the first figure involved."""
    found: list[tuple[list[int], str, str]] = []
    found += direction_checks(doc, figures)
    found += percent_change_checks(doc, figures)
    found += prose_vs_table_checks(doc, figures)
    found += peak_checks(doc, figures)
    found += range_order_checks(figures)
    found += share_total_checks(doc, figures)
    by_id = {figure.figure_id: figure for figure in figures}
    unique: dict[tuple, tuple[list[int], str, str]] = {}
    for ids, check, message in found:
        unique.setdefault((check, tuple(ids)), (ids, check, message))
    ordered = sorted(unique.values(), key=lambda item: (by_id[item[0][0]].start, item[1], item[0]))
    return [
        CheckRecord(index, by_id[ids[0]].start, by_id[ids[0]].end, check, list(ids), message)
        for index, (ids, check, message) in enumerate(ordered)
    ]


# -- helpers --------------------------------------------------------------------------------------

def _amount(figure: FigureRecord) -> float | None:
    if figure.value is not None:
        return figure.value
    if figure.low is not None and figure.high is not None:
        return (figure.low + figure.high) / 2
    return None


def _text(doc: Doc, figure: FigureRecord) -> str:
    return clean_text(doc)[figure.start:figure.end]  # what a token-aligned span's text would be too


def _tokens_before(doc: Doc, figure: FigureRecord) -> list[Token]:
    span = doc.char_span(figure.start, figure.end, alignment_mode="expand")
    if span is None:
        return []
    sent = span.sent
    return list(doc[sent.start:span.start])


def _sentence_of(doc: Doc, figure: FigureRecord) -> tuple[int, int] | None:
    span = doc.char_span(figure.start, figure.end, alignment_mode="expand")
    if span is None:
        return None
    return span.sent.start, span.sent.end


def _comparable(a: FigureRecord, b: FigureRecord) -> bool:
    return a.kind == b.kind and a.unit == b.unit and a.kind in ("money", "mass", "count") \
        and _amount(a) is not None and _amount(b) is not None


def _rounding(doc: Doc, figure: FigureRecord) -> float:
    """Half the place of the last significant digit as written, in base units: '$1.97 billion' ->
    5e6; a table cell '2600' under '(million$)' -> 5e7."""
    text = _text(doc, figure)
    if figure.source == "prose":
        return written_precision(text) or 0.0
    match = re.search(r"\d[\d,]*(?:\.(\d+))?", text)
    value = _amount(figure)
    if match is None or not value:
        return 0.0
    digits = match.group(0).replace(",", "")
    number = float(digits)
    if match.group(1):
        place = 10.0 ** -len(match.group(1))
    else:
        stripped = digits.rstrip("0")
        place = 10.0 ** (len(digits) - len(stripped)) if stripped else 1.0
    return abs(value / number) * place / 2 if number else 0.0


def _tolerance(doc: Doc, a: FigureRecord, b: FigureRecord) -> float:
    """The larger rounding of the two as written, at least a small relative slack."""
    roundings = [_rounding(doc, f) for f in (a, b)]
    return max(roundings + [RELATIVE_SLACK * max(abs(_amount(a) or 0), abs(_amount(b) or 0))])


def _describe(doc: Doc, figure: FigureRecord) -> str:
    where = f" ({figure.period})" if figure.period else ""
    return f"'{_text(doc, figure)}'{where}"


# -- direction ------------------------------------------------------------------------------------

def _preposition(doc: Doc, figure: FigureRecord) -> str | None:
    """'from' or 'to' right before a figure (a qualifier such as 'a mere' may sit between)."""
    before = _tokens_before(doc, figure)[-4:]
    for token in reversed(before):
        if token.lower_ in ("from", "to"):
            return token.lower_
        if token.pos_ not in ("DET", "ADJ", "ADV") and token.lower_ not in ("a", "mere", "about", "around", "some",
                                                                            "nearly", "almost", "roughly", "only"):
            return None
    return None


def _direction_word(doc: Doc, start_token: int, end_token: int) -> tuple[str, Token] | None:
    """The last word of direction ('dropped', 'grew') between two token positions."""
    lex = load_figure_lexicon()
    for token in reversed(doc[max(start_token, 0):end_token]):
        if token.pos_ not in ("VERB", "NOUN"):
            continue
        lemma = token.lemma_.lower()
        if lemma in lex.change_down or token.lower_ in lex.change_down:
            return "down", token
        if lemma in lex.change_up or token.lower_ in lex.change_up:
            return "up", token
    return None


def direction_checks(doc: Doc, figures: list[FigureRecord]) -> list[tuple[list[int], str, str]]:
    """'fell from X to Y' with Y above X; 'rose to Y' with Y below the amount before it."""
    found = []
    prose = [f for f in figures if f.source == "prose" and f.measure != "change"]
    for index, target in enumerate(prose):
        if _preposition(doc, target) != "to":
            continue
        sentence = _sentence_of(doc, target)
        earlier = [f for f in prose[:index] if _sentence_of(doc, f) == sentence and _comparable(f, target)
                   and f.end <= target.start]
        if not earlier or sentence is None:
            continue
        base = earlier[-1]
        base_span = doc.char_span(base.start, base.end, alignment_mode="expand")
        target_span = doc.char_span(target.start, target.end, alignment_mode="expand")
        if base_span is None or target_span is None:
            continue
        # The verb of direction governs the pair: it comes before the target, at the latest right before it.
        direction = _direction_word(doc, max(sentence[0], target_span.start - DIRECTION_WINDOW), target_span.start)
        if direction is None:
            continue
        way, word = direction
        x, y = _amount(base), _amount(target)
        slack = _tolerance(doc, base, target)
        if way == "down" and y > x + slack:  # type: ignore[operator]
            found.append(([base.figure_id, target.figure_id], "direction",
                          f"'{word.text}' from {_describe(doc, base)} to {_describe(doc, target)}, but the second is larger"))
        elif way == "up" and y < x - slack:  # type: ignore[operator]
            found.append(([base.figure_id, target.figure_id], "direction",
                          f"'{word.text}' from {_describe(doc, base)} to {_describe(doc, target)}, but the second is smaller"))
    return found


# -- percent change -------------------------------------------------------------------------------

def percent_change_checks(doc: Doc, figures: list[FigureRecord]) -> list[tuple[list[int], str, str]]:
    """'grew from X to Y, an increase of P%': P must be (Y/X - 1) x 100 within one point."""
    found = []
    prose = [f for f in figures if f.source == "prose"]
    for index, change in enumerate(prose):
        if change.kind != "percent" or change.measure != "change" or change.value is None:
            continue
        sentence = _sentence_of(doc, change)
        same = [f for f in prose if _sentence_of(doc, f) == sentence and f is not change and f.kind in ("money", "mass", "count")]
        # The change restates the pair of amounts just before it ("from X to Y, an increase of P%").
        starts = [f for f in same if _preposition(doc, f) == "from" and f.end <= change.start]
        ends = [f for f in same if _preposition(doc, f) == "to" and f.end <= change.start]
        pair = None
        for start in starts:
            following = [f for f in ends if f.start > start.start and _comparable(start, f)]
            if following:
                pair = (start, following[0])
        if pair is None:
            continue
        base, target = pair
        x, y = _amount(base), _amount(target)
        if not x:
            continue
        actual = (y / x - 1) * 100  # type: ignore[operator]
        span = doc.char_span(change.start, change.end, alignment_mode="expand")
        direction = _direction_word(doc, span.sent.start, span.start + 3) if span is not None else None
        stated = change.value
        if direction is not None and direction[0] == "down":
            stated = -stated
        if abs(actual - stated) > PERCENT_CHANGE_TOLERANCE:
            found.append(([base.figure_id, target.figure_id, change.figure_id], "percent_change",
                          f"{_describe(doc, change)} does not match {_describe(doc, base)} to {_describe(doc, target)}, "
                          f"a change of {actual:+.1f}%"))
    return found


# -- prose against table --------------------------------------------------------------------------

def _year(period: str | None) -> str | None:
    return period if period is not None and len(period) == 4 and period.isdigit() else None


def prose_vs_table_checks(doc: Doc, figures: list[FigureRecord]) -> list[tuple[list[int], str, str]]:
    """A prose figure and a table cell for the same measure, unit and year that differ beyond rounding."""
    found = []
    cells = [f for f in figures if f.source == "table" and _year(f.period)]
    for figure in figures:
        if figure.source != "prose" or not _year(figure.period) or figure.measure in ("other", "change", "share"):
            continue
        if figure.item is not None:
            continue  # a figure for one commodity is a part of the table's total, not the same number
        for cell in cells:
            if cell.period != figure.period or cell.measure != figure.measure or not _comparable(figure, cell):
                continue
            prose_value, cell_value = _amount(figure), _amount(cell)
            rounding = _tolerance(doc, figure, cell)
            if figure.qualifier == "approx":
                rounding = max(rounding, APPROX_TOLERANCE * abs(prose_value))  # type: ignore[arg-type]
            difference = cell_value - prose_value  # type: ignore[operator]
            if figure.qualifier == "min":
                contradicts = difference < -rounding
            elif figure.qualifier == "max":
                contradicts = difference > rounding
            else:
                contradicts = abs(difference) > rounding
            if contradicts:
                found.append(([figure.figure_id, cell.figure_id], "prose_vs_table",
                              f"prose gives {_format(prose_value, figure.unit)} for {figure.measure} in {figure.period}, "
                              f"the table {_format(cell_value, cell.unit)}"))
    return found


def _format(value: float | None, unit: str | None) -> str:
    if value is None:
        return "?"
    for scale, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"), (1e3, "thousand")):
        if abs(value) >= scale:
            number = f"{value / scale:.3f}".rstrip("0").rstrip(".")
            return f"{number} {word} {unit or ''}".rstrip()
    number = f"{value:.3f}".rstrip("0").rstrip(".")
    return f"{number} {unit or ''}".rstrip()


# -- peak -----------------------------------------------------------------------------------------

def peak_checks(doc: Doc, figures: list[FigureRecord]) -> list[tuple[list[int], str, str]]:
    """A figure the text calls the peak ('from US$1 billion, during the peak of trade'; 'at the peak of
    the boom, trade was worth $900 million') is exceeded by another figure of the same measure and unit.
    A peak word belongs to the money or mass figure of its sentence nearest to it."""
    lex = load_figure_lexicon()
    spans = {}
    for figure in figures:
        if figure.source == "prose" and figure.kind in ("money", "mass") and figure.measure not in ("other", "change"):
            span = doc.char_span(figure.start, figure.end, alignment_mode="expand")
            if span is not None:
                spans[figure.figure_id] = span
    peaks: dict[int, FigureRecord] = {}
    by_sentence: dict[int, list[FigureRecord]] = {}
    for figure in figures:
        if figure.figure_id in spans:
            by_sentence.setdefault(spans[figure.figure_id].sent.start, []).append(figure)
    for sent_start, in_sentence in by_sentence.items():
        for token in doc[sent_start].sent:
            if token.lemma_.lower() not in lex.peak:
                continue
            nearest = min(in_sentence, key=lambda f: min(abs(token.i - spans[f.figure_id].start),
                                                         abs(token.i - (spans[f.figure_id].end - 1))))
            peaks[nearest.figure_id] = nearest
    found = []
    for figure in peaks.values():
        for other in figures:
            if other is figure or other.measure != figure.measure or not _comparable(figure, other):
                continue
            if other.qualifier == "max":
                continue
            if _amount(other) > _amount(figure) + _tolerance(doc, figure, other):  # type: ignore[operator]
                found.append(([figure.figure_id, other.figure_id], "peak",
                              f"{_describe(doc, figure)} is called the peak, but {_describe(doc, other)} is larger"))
    return found


# -- ranges and shares ----------------------------------------------------------------------------

def range_order_checks(figures: list[FigureRecord]) -> list[tuple[list[int], str, str]]:
    return [([f.figure_id], "range_order", f"range from {f.low:g} to {f.high:g} has its low end above its high end")
            for f in figures if f.low is not None and f.high is not None and f.low > f.high]


def share_total_checks(doc: Doc, figures: list[FigureRecord]) -> list[tuple[list[int], str, str]]:
    """Shares given in one sentence cannot add up to more than the whole."""
    found = []
    by_sentence: dict[tuple[int, int], list[FigureRecord]] = {}
    for figure in figures:
        if figure.source == "prose" and figure.kind == "percent" and figure.measure == "share" and figure.value is not None:
            sentence = _sentence_of(doc, figure)
            if sentence is not None:
                by_sentence.setdefault(sentence, []).append(figure)
    for shares in by_sentence.values():
        # Shares of one whole: same time (two referendums of different years are two wholes).
        if len(shares) < 2 or any(f.qualifier == "min" for f in shares) or len({f.period for f in shares}) > 1:
            continue
        total = sum(f.value for f in shares)  # type: ignore[misc]
        if total > 100 + SHARE_TOTAL_TOLERANCE:
            found.append(([f.figure_id for f in shares], "share_total",
                          f"shares in one sentence add up to {total:g}%, more than the whole"))
    return found
