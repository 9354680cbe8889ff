"""Figures: every amount of money, mass, percentage and count an article states, normalised to base
units and tied to the time it refers to and to what it measures.

Spans come from token patterns (models/figure_rules.jsonl, run with a spaCy Matcher); `numbers.py`
reads each span into a value and unit; the words around it (models/measure_lexicon.json) give its
qualifier, counted item or commodity, measure and parties; the dates of its clause give its period.
Table rows (blocks with cells) are read on their own: a header row of years, data rows whose label
carries the unit ("trade turnover (million$)").

The modules, in the order a prose figure meets them: `amounts` (which spans are figures), `items`
(what is counted, which goods), `measure` (trade, exports, aid, ..., change or share), `period` (its
time), `parties` (which states); `prose` runs them in that order, `table_rows` reads tables. `clauses`
is the parse reading they share, `lexicon` their rule data, `record` the records.

The Doc is only read. Records come out in document order with ids 0, 1, 2, ...
"""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from ...language.extensions import clean_text
from ..dates import DateRecord
from .amounts import article_dollar
from .lexicon import FigureLexicon, figure_rule_patterns, load_figure_lexicon
from .prose import prose_figures
from .record import PROSE, TABLE, FigureRecord
from .table_rows import fact_list_figures, label_row_figures, label_unit, table_figures

__all__ = ["FigureLexicon", "FigureRecord", "PROSE", "TABLE", "extract_figures", "figure_rule_patterns",
           "label_unit", "load_figure_lexicon"]


def extract_figures(doc: Doc, dates: list[DateRecord]) -> list[FigureRecord]:
    """Every figure of the document (prose and tables), in document order, ids 0, 1, 2, ..."""
    records: list[FigureRecord] = []
    for figure in prose_figures(doc, dates):
        start = doc[figure.start].idx
        end = doc[figure.end - 1].idx + len(doc[figure.end - 1].text)
        amount = figure.amount
        records.append(FigureRecord(
            -1, start, end, amount.kind, amount.value, amount.low, amount.high, amount.unit, figure.qualifier,
            figure.item, figure.period, figure.measure, list(figure.parties), PROSE,
        ))
    tables = table_figures(doc, dates)
    # A cell read as prose ("6 boats") that a table reader also reads keeps the table's reading.
    records = [r for r in records if not any(r.start < t.end and t.start < r.end for t in tables)]
    records.extend(tables)
    taken = {(r.start, r.end) for r in records}
    records.extend(r for r in label_row_figures(doc, dates) if not any(r.start < e and s < r.end for s, e in taken))
    taken = {(r.start, r.end) for r in records}
    records.extend(r for r in fact_list_figures(doc, dates) if not any(r.start < e and s < r.end for s, e in taken))
    text = clean_text(doc)
    bare_dollars = [r.unit == "USD" and text[r.start:r.start + 1] == "$" for r in records]
    # The article's dollar is read only when a figure has a bare '$' to give it to (it reads the whole text).
    dollar = article_dollar(doc, load_figure_lexicon()) if any(bare_dollars) else None
    if dollar is not None:
        records = [replace(r, unit=dollar) if bare else r for r, bare in zip(records, bare_dollars)]
    records.sort(key=lambda r: (r.start, r.end))
    return [replace(record, figure_id=index) for index, record in enumerate(records)]
