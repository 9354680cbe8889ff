"""Table rows: figures from the numeric cells of a table. A header row of years and data rows whose label
carries the unit ("trade turnover (million$)"), or years down the first column under labelled columns;
a table without years keeps only cells that carry their own unit ("170,900 t").

Label rows: an infobox or fact-list row rendered as text, a label, an amount and notes in parentheses
("GDP$41.2 billion (nominal, 2019)", "Unemployment 12.5% (2018 est.)", a label cell and a value cell):
the label gives the measure (and, for a count of people, the item), the year of the notes the period,
"est." the qualifier approx."""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from spacy.tokens import Doc

from ...language.extensions import clean_text
from ...reading.clean import HEADING, LIST_ITEM, PARAGRAPH, TABLE_ROW, Block
from ..dates import DateRecord
from ..numbers import (COUNT, MASS, MASS_UNIT, MONEY, PERCENT, PERCENT_UNIT, NumberLexicon, load_lexicon,
                       parse_amount, parse_digits, scale_of, tokenize_amount)
from .amounts import YEAR_RE
from .clauses import lemma_of
from .lexicon import FigureLexicon, load_figure_lexicon
from .parties import title_parties
from .record import PROSE, TABLE, FigureRecord


@dataclass(frozen=True)
class _Cell:
    start: int  # clean offsets
    end: int
    text: str


@dataclass(frozen=True)
class RowUnit:
    kind: str
    unit: str | None
    scale: float


def label_unit(label: str, nums: NumberLexicon | None = None) -> RowUnit:
    """The unit a row or column label gives its cells: '(million$)' -> money USD x1e6,
    '(thousand tonnes)' -> mass x1e3, '(%)' -> percent; a label without one is a count."""
    nums = nums or load_lexicon()
    scale = 1.0
    currency = None
    mass = None
    percent = False
    pieces = tokenize_amount(label)
    for position, (kind, piece) in enumerate(pieces):
        low = piece.lower()
        if kind == "sym":
            currency = currency or nums.currency_symbols.get(piece) or (piece if piece in nums.currency_codes else None)
        elif kind == "pct":
            percent = True
        elif kind == "word":
            two = " ".join(p[1].lower() for p in pieces[position:position + 2])
            singular = low[:-1] if low.endswith("s") else low
            if low in ("million", "millions", "billion", "billions", "thousand", "thousands", "trillion", "mn", "bn", "mln"):
                scale *= scale_of(singular if singular in nums.scales else low) or 1.0
            elif two in nums.qualified_currency_names:
                currency = nums.qualified_currency_names[two]
            elif low in nums.currency_names and low not in ("real", "won", "rand"):
                currency = currency or nums.currency_names[low]
            elif low in nums.mass_units and low != "t" or (low == "t" and len(pieces) <= 4):
                mass = nums.mass_units[low]
            elif low in ("percent", "pct") or two == "per cent":
                percent = True
    if currency:
        return RowUnit(MONEY, currency, scale)
    if mass is not None:
        return RowUnit(MASS, MASS_UNIT, scale * mass)
    if percent:
        return RowUnit(PERCENT, PERCENT_UNIT, 1.0)
    return RowUnit(COUNT, None, scale)


def _cell_number(text: str) -> float | None:
    text = text.strip().strip("()").replace("\u2212", "-").rstrip("%").lstrip("$€£¥").replace(" ", "")
    return parse_digits(text)


def _year_of(text: str) -> str | None:
    text = text.strip()
    return text if YEAR_RE.match(text) else None


def _is_year_row(label: str, cells: list[_Cell]) -> bool:
    years = [c for c in cells if _year_of(c.text)]
    return len(years) >= 2 and len(years) == len(cells) or (
        label.strip().lower() in ("year", "years", "fiscal year", "date") and len(years) >= 1)


def table_figures(doc: Doc, dates: list[DateRecord]) -> list[FigureRecord]:
    """Each numeric cell of a data row: scaled and typed by its row label (or column header), with the
    year of its column (or row) as its period."""
    lex = load_figure_lexicon()
    nums = load_lexicon()
    tables: dict[int, list[Block]] = {}
    for block in doc._.blocks or []:
        if block.kind == TABLE_ROW and block.table is not None and block.cells:
            tables.setdefault(block.table, []).append(block)
    records: list[FigureRecord] = []
    for rows in tables.values():
        records.extend(_one_table(doc, rows, dates, lex, nums))
    return records


def _cells(text: str, block: Block) -> list[_Cell]:
    return [_Cell(start, end, text[start:end]) for start, end in block.cells]


def _date_value_at(dates: list[DateRecord], cell: _Cell) -> str | None:
    for record in dates:
        if record.start <= cell.start and cell.end <= record.end and "/" not in record.value:
            return record.value
    return _year_of(cell.text)


def _label_measure(label: str, lex: FigureLexicon, nlp_doc: Doc, start: int) -> str:
    span = nlp_doc.char_span(start, start + len(label), alignment_mode="expand")
    tokens = list(span) if span is not None else []
    for token in tokens:
        measure = lex.noun_measures.get(lemma_of(token)) or lex.noun_measures.get(token.lower_)
        if measure:
            return measure
    return "other"


def _one_table(doc: Doc, rows: list[Block], dates: list[DateRecord], lex: FigureLexicon,
               nums: NumberLexicon) -> list[FigureRecord]:
    out: list[FigureRecord] = []
    text = clean_text(doc)
    parsed = [(block, _cells(text, block)) for block in rows]
    header = next(((b, c) for b, c in parsed if _is_year_row(c[0].text, c[1:])), None)
    parties = title_parties(doc)
    if header is not None:
        # Years across: each data row's label gives the unit, each column's header cell the year.
        header_cells = header[1][1:]
        for block, cells in parsed:
            if block is header[0] or len(cells) < 2:
                continue
            label = cells[0]
            unit = label_unit(label.text, nums)
            measure = _label_measure(label.text, lex, doc, label.start)
            values = cells[1:]
            offset = len(header_cells) - len(values)  # align from the right when the label spans cells
            for position, cell in enumerate(values):
                number = _cell_number(cell.text)
                column = position + offset
                if number is None or (unit.kind == COUNT and _year_of(cell.text)):
                    continue  # a year is never a count
                period = _date_value_at(dates, header_cells[column]) if 0 <= column < len(header_cells) else None
                out.append(_table_record(cell, number, unit, measure, period, parties, label.text))
        return out
    titled = _titled_table(doc, parsed, dates, lex, nums, parties)
    if titled:
        return titled
    # Years down: the first row labels the columns, each data row starts with its year (or its span of
    # years: '1950-1955', a UN estimate per year over the period).
    first_block, first_cells = parsed[0]
    spans = any(_span_value_at(dates, c[0]) for _, c in parsed[1:] if c)
    if not any(_year_of(c[0].text) for _, c in parsed[1:] if c) and not spans:
        return _unit_cells(doc, parsed, dates, lex, nums, parties)
    for block, cells in parsed[1:]:
        period = (_date_value_at(dates, cells[0]) or _span_value_at(dates, cells[0])) if cells else None
        if period is None:
            continue
        for position, cell in enumerate(cells[1:], start=1):
            number = _cell_number(cell.text)
            if number is None or position >= len(first_cells):
                continue
            column_label = first_cells[position]
            unit = label_unit(column_label.text, nums)
            if unit.kind == COUNT and _year_of(cell.text):
                continue  # a year is never a count
            if unit.kind == COUNT and not WORD_HEADER_RE.search(column_label.text):
                continue  # 'CBR*', 'IMR*': a column under an abbreviation holds rates or indexes, not counts
            measure = _label_measure(column_label.text, lex, doc, column_label.start)
            record = _table_record(cell, number, unit, measure, period, parties, column_label.text)
            if unit.kind == COUNT:
                record.item, changed = _column_item(column_label.text, lex)
                record.measure = "change" if changed else record.measure
            out.append(record)
    return out


# A header with a word ('Live births per year', 'Births'), not an abbreviation in capitals alone ('CBR*').
WORD_HEADER_RE = re.compile(r"\b[A-Za-z][a-z]{2,}\b")
# Words that end what a column header counts: 'Deaths per year', 'Births (thousands)'.
HEADER_CUTS = re.compile(r"\s+(?:per|each|a|in|of)\s+|\(|\[", re.I)


def _column_item(header: str, lex: FigureLexicon) -> tuple[str | None, bool]:
    """What a count column counts: the singular of its head noun ('Live births per year' -> 'birth');
    a change of a count ('Natural change per year', 'Net increase') counts persons and is a change."""
    words = HEADER_CUTS.split(header, maxsplit=1)[0].split()
    if not words:
        return None, False
    head = words[-1].lower().strip(",.:*")
    singular = _singular_word(head, lex)
    if singular in lex.change_words or singular == "change":
        return PERSON_ITEM, True
    if singular in lex.people_counts:
        return PERSON_ITEM, False
    return singular, False


def _singular_word(word: str, lex: FigureLexicon) -> str:
    """A header word's singular: the lexicon's exceptions ('people'), WordNet's -ses plurals, else a final
    's' dropped ('births', 'deaths')."""
    listed = lex.listed_singular(word)
    if listed is not None:
        return listed
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _span_value_at(dates: list[DateRecord], cell: _Cell) -> str | None:
    """The span of years a first cell holds whole ('1950-1955' -> '1950/1955')."""
    text = cell.text.strip()
    for record in dates:
        if record.start <= cell.start and cell.end <= record.end and "/" in record.value \
                and re.fullmatch(r"\d{4}/\d{4}", record.value) and re.fullmatch(r"\d{4}\s*[-\u2013]\s*\d{2,4}", text):
            return record.value
    return None


def _titled_table(doc: Doc, parsed: list[tuple[Block, list[_Cell]]], dates: list[DateRecord], lex: FigureLexicon,
                  nums: NumberLexicon, parties: list[str]) -> list[FigureRecord]:
    """A table under a one-cell title that gives the unit and the year ('Top products (million tonnes) 2004
    data') with rows of a label and a number: each number in the title's unit, its period the year of its
    label ('Fish (2001 estimate)') or of the title, its item the label."""
    titles = [cells[0] for _, cells in parsed if len(cells) == 1]
    title = next((cell for cell in titles if _title_unit(cell.text, nums) is not None), None)
    if title is None:
        return []
    unit = _title_unit(title.text, nums)
    assert unit is not None
    title_period = _year_in(dates, title)
    measure = _label_measure(title.text, lex, doc, title.start)
    out = []
    for _, cells in parsed:
        if len(cells) != 2 or (number := _cell_number(cells[1].text)) is None:
            continue
        label = cells[0]
        if unit.kind == COUNT and _year_of(cells[1].text):
            continue  # a year is never a count
        period = _year_in(dates, label) or title_period
        record = _table_record(cells[1], number, unit, measure, period, parties, label.text)
        if unit.kind == MASS:
            item = re.sub(r"\s+", " ", re.sub(r"\(.*?\)", " ", label.text)).strip().lower()
            record.item = item
        out.append(record)
    return out


def _title_unit(text: str, nums: NumberLexicon) -> RowUnit | None:
    """The unit a title states in parentheses ('(million tonnes)', '(US$ billion)'); None for a plain count."""
    for inner in re.findall(r"\(([^()]*)\)", text):
        unit = label_unit(f"({inner})", nums)
        if unit.kind != COUNT or unit.scale != 1.0:
            return unit
    return None


def _year_in(dates: list[DateRecord], cell: _Cell) -> str | None:
    """The one year-or-finer date inside a cell, if it has exactly one."""
    inside = {record.value for record in dates if cell.start <= record.start and record.end <= cell.end
              and "/" not in record.value and len(record.value) >= 4}
    return inside.pop() if len(inside) == 1 else None


def _unit_cells(doc: Doc, parsed: list[tuple[Block, list[_Cell]]], dates: list[DateRecord], lex: FigureLexicon,
                nums: NumberLexicon, parties: list[str]) -> list[FigureRecord]:
    """A table without years down its first column: cells that carry their own unit ('170,900 t', '$5
    million', '12%'); the numbers of a column whose header gives a unit or a scale ('GDP (PPP, 2014)
    millions of USD': money x1e6, period the header's year), says they are counts ('In service',
    'Seats': count_columns) or percentages."""
    out = []
    header = parsed[0][1] if parsed else []
    counted = {position: _count_column(cell.text, lex) for position, cell in enumerate(header)}
    units = {position: label_unit(cell.text, nums) for position, cell in enumerate(header)}
    shares = {position for position, unit in units.items() if unit.kind == PERCENT}
    scaled = {position for position, unit in units.items() if unit.kind in (MONEY, MASS) or (
        unit.kind == COUNT and unit.scale != 1.0 and not _measures_no_figure(header[position].text, nums))}
    notes = len(header)
    while notes > 0 and _words(header[notes - 1].text) in lex.note_columns:
        notes -= 1  # trailing notes columns, often left empty (an empty cell is no cell)
    for block_cells in parsed[1:]:
        cells = block_cells[1]
        if not notes <= len(cells) <= len(header):
            continue  # a row that spans columns: its cells do not line up with the header
        for position, cell in enumerate(cells[1:], start=1):
            number = _cell_number(cell.text)
            if number is None or _year_of(cell.text) or parse_amount(cell.text) is not None \
                    and parse_amount(cell.text).kind != COUNT:  # type: ignore[union-attr]
                continue  # a cell with its own unit is read below
            if position in scaled:
                head = header[position]
                period = _year_in(dates, head) or ((found.group(1)) if (found := NOTE_YEAR_RE.search(head.text)) else None)
                measure = _label_measure(head.text, lex, doc, head.start)
                out.append(_table_record(cell, number, units[position], measure, period, parties, head.text))
            elif position in shares and 0 <= number <= 100:
                out.append(FigureRecord(-1, cell.start, cell.end, PERCENT, number, None, None, PERCENT_UNIT, None,
                                        None, None, "share", [], TABLE))
            elif counted.get(position) is not None and number.is_integer() and number >= 0:
                item = counted[position] or _row_item(cells[0].text)
                out.append(FigureRecord(-1, cell.start, cell.end, COUNT, number, None, None, None, None, item, None,
                                        "other", [], TABLE))
    for _, cells in parsed:
        for cell in cells[1:]:
            amount = parse_amount(cell.text)
            if amount is None or amount.kind == COUNT:
                continue
            measure = _label_measure(cells[0].text, lex, doc, cells[0].start)
            if amount.kind == PERCENT:
                measure = "share"
            out.append(FigureRecord(-1, cell.start, cell.end, amount.kind, amount.value, amount.low, amount.high,
                                    amount.unit, None, None, None, measure, [], TABLE))
    return out


def _measures_no_figure(header: str, nums: NumberLexicon) -> bool:
    """A header that measures an area, a length, a duration ... ('Area (thousand km²)'): no figures."""
    return any(word in nums.not_figure_units for word in re.findall(r"[^\s(),\[\]]+", header.lower()))


def _count_column(header: str, lex: FigureLexicon) -> str | None:
    """The item a count column counts: its own noun ('Seats' -> 'seat'), '' for a quantity of what the
    row names ('In service'), None for a column that does not count."""
    words = _words(header)
    if words not in lex.count_columns:
        return None
    return lex.count_columns[words] or ""


def _words(header: str) -> str:
    """A header's words in lower case, without notes in brackets."""
    return " ".join(re.sub(r"\(.*?\)|\[.*?\]", " ", header).lower().split()).strip(" :")


def _row_item(label: str) -> str | None:
    """What a row of a quantity column counts: its label, as written ('MiG-23' -> 'mig-23')."""
    words = re.sub(r"\(.*?\)|\[.*?\]", " ", label).split()
    return " ".join(words).lower() or None


def _table_record(cell: _Cell, number: float, unit: RowUnit, measure: str, period: str | None,
                  parties: list[str], label: str) -> FigureRecord:
    value = float(f"{number * unit.scale:.12g}")
    item = None
    if unit.kind == COUNT:
        words = re.sub(r"\(.*?\)", " ", label).split()
        item = words[-1].lower().rstrip("s") if words else None
        if {word.lower().strip(",.:") for word in words} & load_figure_lexicon().people_counts:
            item = PERSON_ITEM  # "Population (thousands)": persons
    if unit.kind == PERCENT:
        measure = "change" if re.search(r"\b(change|growth|increase|decrease)\b", label, re.I) else "share"
        nouns = load_figure_lexicon().noun_measures
        if measure == "share" and any(nouns.get(word) == "debt" for word in re.findall(r"[a-z]+", _words(label))):
            measure = "debt"  # "Public debt (% of GDP)": debt as a percent of GDP is debt (v1.1), as in label rows
    qualifier = "approx" if ROW_ESTIMATE_RE.search(label) else None  # "Fish (2001 estimate)"
    return FigureRecord(-1, cell.start, cell.end, unit.kind, value, None, None, unit.unit, qualifier, item, period,
                        measure, list(parties) if measure not in ("share", "change", "other") else [], TABLE)


ROW_LABEL_WORDS = 6
ROW_VALUE_WORDS = 4
NOTE_YEAR_RE = re.compile(r"(?<!\d)(1[5-9]\d\d|20\d\d)(?!\d)")


@dataclass(frozen=True)
class LabelRow:
    label: tuple[int, int]  # offsets relative to the text read
    amount: tuple[int, int]
    notes: tuple[int, int] | None


def label_row(text: str, label_given: bool = False) -> LabelRow | None:
    """A row's label, amount and notes: 'GDP: $41.2 billion (nominal, 2019)', 'Labour force\\n9 million
    (2017 est.)', 'Unemployment12.5% (2018 est.)'; with `label_given` the text is a value cell alone
    ('$41.2 billion (nominal, 2019)'). None when the text is not one such row (a sentence, a bare number)."""
    rows = label_rows(text, label_given)
    return rows[0] if len(rows) == 1 else None


NOTE_RE = re.compile(r"\([^()]*\)")
PERCENT_OF_RE = re.compile(r"(.*?(?:%|\bper ?cent))\s+of\s+\w+$")
LABEL_NOTE_RE = re.compile(r"\s*\([^()\d]*\)")
ROW_ESTIMATE_RE = re.compile(r"\best(?:\.|imated?\b|imates\b)", re.I)


DIGIT_RE = re.compile(r"(?<![\d.,])\d")


@lru_cache(maxsize=1)
def _currency_prefixes() -> tuple[str, ...]:
    nums = load_lexicon()
    return tuple(sorted(set(nums.currency_symbols) | set(nums.currency_codes), key=lambda p: (-len(p), p)))


def _amount_start(text: str, position: int) -> int | None:
    """Where a row's amount begins: its first digits, with a currency symbol or code of the lexicon
    glued to them or a space before ('GDP$41.2' at '$', 'USD1.5', 'EUR 300')."""
    found = DIGIT_RE.search(text, position)
    if found is None:
        return None
    start = found.start()
    before = text[position:start]
    for prefix in _currency_prefixes():
        for candidate in (prefix, prefix + " "):
            if before.endswith(candidate) and (not prefix[0].isalpha() or len(before) == len(candidate)
                                               or not before[-len(candidate) - 1].isupper()):
                return start - len(candidate)
    return start


def label_rows(text: str, label_given: bool = False) -> list[LabelRow]:
    """The rows of a text made only of rows, one after another ('GDP$41.2 billion (nominal, 2019)
    Unemployment12.5% (2018 est.)', as a rendered infobox's lines run together); [] when any part of
    the text is not a row. Every row needs its notes: "Exports: 5 million" alone is a list's fragment."""
    rows: list[LabelRow] = []
    position = 0
    while text[position:].strip(" .;\n\t"):
        amount_start = _amount_start(text, position)
        if amount_start is None:
            return []
        label_start = position + len(text[position:amount_start]) - len(text[position:amount_start].lstrip())
        label = text[label_start:amount_start].rstrip(" :\u2013\u2014-\n\t")
        if label_given and (rows or label.strip()):
            return []
        bare = LABEL_NOTE_RE.sub(" ", label)  # "GDP (PPP)", "Inflation (CPI)": a label's own note
        if not label_given and (not re.search(r"[A-Za-z]", bare) or len(bare.split()) > ROW_LABEL_WORDS
                                or re.search(r"[\d.;!?()]", bare)):
            return []
        paren = text.find("(", amount_start)
        if paren < 0:
            return []
        value = text[amount_start:paren].strip()
        whole = PERCENT_OF_RE.match(value)
        if whole is not None and parse_amount(value) is None:
            value = whole.group(1)  # "Public debt67% of GDP (2018)": a percent of the whole the row names
        if not value or len(value.split()) > ROW_VALUE_WORDS or parse_amount(value) is None:
            return []
        notes_end = paren
        while (note := NOTE_RE.match(text, notes_end)) is not None:
            notes_end = note.end()
            while notes_end < len(text) and text[notes_end] == " " and text[notes_end + 1:notes_end + 2] == "(":
                notes_end += 1
        notes = text[paren:notes_end]
        if notes_end == paren or not (NOTE_YEAR_RE.search(notes) or ROW_ESTIMATE_RE.search(notes)):
            return []  # a row's notes give its year or say it is an estimate; "(see below)" does not
        rows.append(LabelRow((label_start, label_start + len(label)), (amount_start, amount_start + len(value)),
                             (paren, notes_end)))
        position = notes_end
        while position < len(text) and text[position] in " .;\n\t":
            position += 1
    return rows


def label_row_figures(doc: Doc, dates: list[DateRecord]) -> list[FigureRecord]:
    """The figures of label rows: list items and one-line paragraphs shaped like a row (or a value line
    under a label line: ';GDP' then ':$41.2 billion (2019)'), and two-cell table rows whose value cell
    holds an amount with notes."""
    lex = load_figure_lexicon()
    text = clean_text(doc)
    parties = title_parties(doc)
    out: list[FigureRecord] = []
    headings = [block for block in doc._.blocks or [] if block.kind == HEADING]
    for block, base, row in _block_rows(doc, text):
        record = _row_record(doc, text, dates, base, row, lex, parties, TABLE if block.kind == TABLE_ROW else PROSE)
        label = text[base + row.label[0]:base + row.label[1]]
        if _dated_year(record, text, label, text[base + row.label[1]:record.start]):
            continue  # "sensu Smith 1999 (...)", "Brown et al. 1966": a citation's year, no count
        if record.kind == COUNT and _amount_label(label, lex):
            # "total: 181" under "Airports - with unpaved runways": the heading names what is counted
            heading = next((h for h in reversed(headings) if h.start < block.start), None)
            item = _heading_item(text[heading.start:heading.end], lex) if heading is not None else None
            record = replace(record, item=item or record.item)
        out.append(record)
    return out


def _dated_year(record: FigureRecord, text: str, label: str, between: str) -> bool:
    """A bare count written like a year (four digits, no grouping) right after a name, with no colon
    between ('sensu Smith 1999', 'Brown et al. 1966', 'Jones & Miller 1993'): an author and the year of a
    citation, no count; a year is never a count, as in prose. 'Airports: 1250' is a labelled count."""
    if record.kind != COUNT or not YEAR_DIGITS_RE.fullmatch(text[record.start:record.end]) or ":" in between:
        return False
    words = label.split()
    return bool(words) and (words[-1] == "al." or (words[-1][:1].isupper() and words[-1][1:].islower()))


YEAR_DIGITS_RE = re.compile(r"1\d{3}|20\d{2}")


def _amount_label(label: str, lex: FigureLexicon) -> bool:
    """A label that only says the amount is a total ('total', 'number'), not what it counts."""
    words = [word.lower() for word in re.findall(r"[A-Za-z]+", label)]
    return bool(words) and all(word in lex.count_context for word in words)


def _heading_item(heading: str, lex: FigureLexicon) -> str | None:
    """What a section heading names as counted: the head of its first part ('Airports - with paved
    runways' -> 'airport'; 'Merchant marine' -> 'ship', the members of a collective the lexicon names)."""
    words = HEADING_WORD_RE.findall(re.split(r"\s[-\u2013\u2014]\s|:", heading)[0])
    if not words:
        return None
    return lex.count_context_items.get(words[-1].lower()) or _singular_word(words[-1].lower(), lex)


def label_row_blocks(doc: Doc) -> set[int]:
    """The starts of the prose blocks that are label rows, which prose reading leaves to them."""
    return {block.start for block, _, _ in _block_rows(doc, clean_text(doc)) if block.kind != TABLE_ROW}


def _is_label_line(text: str) -> bool:
    return bool(re.search(r"[A-Za-z]", text)) and len(text.split()) <= ROW_LABEL_WORDS and not re.search(r"[\d.;!?]", text)


def _block_rows(doc: Doc, text: str) -> list[tuple[Block, int, LabelRow]]:
    rows = []
    previous: Block | None = None
    for block in doc._.blocks or []:
        if block.kind in (LIST_ITEM, PARAGRAPH):
            several = label_rows(text[block.start:block.end])
            base = block.start
            if len(several) > 1:
                rows.extend((block, base, row) for row in several)
                previous = block
                continue
            row = several[0] if several else None
            if row is None and previous is not None and previous.kind in (LIST_ITEM, PARAGRAPH) \
                    and _is_label_line(text[previous.start:previous.end].strip(" :")):
                row = label_row(text[block.start:block.end], label_given=True)
                if row is not None:  # the label line above: offsets relative to this block
                    label = text[previous.start:previous.end].rstrip(" :")
                    row = LabelRow((previous.start - base, previous.start - base + len(label)), row.amount, row.notes)
            if row is not None:
                rows.append((block, base, row))
        elif block.kind == TABLE_ROW and len(block.cells) == 2:
            (label_start, label_end), (value_start, value_end) = block.cells
            if parse_amount(text[value_start:value_end].strip()) is None:  # a bare amount is read with the table
                row = label_row(text[value_start:value_end], label_given=True)
                if row is not None and _is_label_line(text[label_start:label_end]):
                    row = LabelRow((label_start - value_start, label_end - value_start), row.amount, row.notes)
                    rows.append((block, value_start, row))
        previous = block
    return rows


def _row_record(doc: Doc, text: str, dates: list[DateRecord], base: int, row: LabelRow,
                lex: FigureLexicon, parties: list[str], source: str) -> FigureRecord:
    start, end = base + row.amount[0], base + row.amount[1]
    amount = parse_amount(text[start:end])
    assert amount is not None
    label_start, label_end = base + row.label[0], base + row.label[1]
    label = text[label_start:label_end]
    period = None
    qualifier = None
    if row.notes is not None:
        notes_start, notes_end = base + row.notes[0], base + row.notes[1]
        notes = text[notes_start:notes_end]
        inside = [d for d in dates if notes_start <= d.start and d.end <= notes_end]
        if inside:
            period = inside[0].value
        elif (year := NOTE_YEAR_RE.search(notes)) is not None:
            period = year.group(1)
        words = {word.lower() for word in re.findall(r"[A-Za-z]+\.?", notes)}
        if words & lex.row_estimates or {w.rstrip(".") for w in words} & lex.row_estimates:
            qualifier = "approx"
    measure = _label_measure(label, lex, doc, label_start) if label.strip() else "other"
    words = [word.lower() for word in re.findall(r"[A-Za-z]+", label)]
    words = [word[:-1] if word.endswith("s") and word[:-1] in lex.noun_measures else word for word in words]
    if measure == "other":  # a label glued to its amount ("GDP$41.2") may share a token with it
        whole = " ".join(words)
        measure = lex.noun_measures.get(whole) or next(
            (lex.noun_measures[w] for w in reversed(words) if w in lex.noun_measures), "other")
        if words and words[-1] == "product" and set(words) & lex.gross_product:
            measure = "production"  # "Gross domestic product": gross product (v1.1)
    item = None
    if amount.kind == PERCENT:
        change = ({lemma_of(t) for t in _label_tokens(doc, label_start, label_end)} | set(words)) \
            & (lex.change_words | lex.change_rates)
        measure = "change" if change else ("debt" if measure == "debt" else "share")
    elif amount.kind == COUNT:
        lemmas = {lemma_of(t) for t in _label_tokens(doc, label_start, label_end)}
        words = re.sub(r"\(.*?\)", " ", label).split()
        item = PERSON_ITEM if lemmas & lex.people_counts else (_singular_word(words[-1].lower(), lex) if words else None)
    return FigureRecord(-1, start, end, amount.kind, amount.value, amount.low, amount.high, amount.unit, qualifier,
                        item, period, measure,
                        list(parties) if measure not in ("share", "change", "other", "production") else [], source)


PERSON_ITEM = "person"


def _label_tokens(doc: Doc, start: int, end: int) -> list:
    span = doc.char_span(start, end, alignment_mode="expand") if end > start else None
    return list(span) if span is not None else []


FACT_ROW_RE = re.compile(r"^(?:(?P<label>[^:()\n]{1,60}):\s*)?(?P<number>\d{1,3}(?:,\d{3})+|\d+)(?P<notes>(?:\s*\([^()]*\))*)\s*$")
HEADING_WORD_RE = re.compile(r"[A-Za-z]+")
# A breakdown in one item: kinds each followed by its count, after a label ('by type: cargo 1, passenger/cargo 2,
# petroleum tanker 2'); a kind is words (with '/' or '-'), never a number, a colon or a bracket.
BREAKDOWN_PART = r"[A-Za-z][A-Za-z/\- ]{0,40}? (?:\d{1,3}(?:,\d{3})+|\d+)"
BREAKDOWN_RE = re.compile(rf"^(?P<label>[^:()\n]{{1,60}}):\s*(?P<parts>{BREAKDOWN_PART}(?:, {BREAKDOWN_PART})+)"
                          r"(?P<notes>(?:\s*\([^()]*\))*)\s*$")
BREAKDOWN_COUNT_RE = re.compile(r"(?<= )(\d{1,3}(?:,\d{3})+|\d+)(?=,|$)")


@dataclass(frozen=True)
class FactCount:
    """One count of a fact list: where its digits are in the clean text, and the notes of its item."""
    start: int
    end: int
    digits: str
    notes: str


def fact_list_figures(doc: Doc, dates: list[DateRecord]) -> list[FigureRecord]:
    """Counts of a fact list: a run of list items each a bare count, with or without a label ('total: 30',
    'over 3,047 m: 5', '211 (2008)'), or a breakdown of kinds each with its count ('by type: cargo 1,
    passenger/cargo 2'), under a heading whose first part names what is counted ('Airports - with paved
    runways'); the year in the notes of the run dates every count of it. A run needs a year in its notes
    or two such items; a label that gives a rank ('country comparison to the world: 128') gives no count,
    and its line (an item, or an indented line between items) does not end the run."""
    lex = load_figure_lexicon()
    text = clean_text(doc)
    out: list[FigureRecord] = []
    heading: str | None = None
    run: list[FactCount] = []
    blocks = [block for block in (doc._.blocks or []) if not _rank_line(text[block.start:block.end], block, lex)]
    for index, block in enumerate(blocks):
        if block.kind == HEADING:
            heading = text[block.start:block.end]
        if block.kind == LIST_ITEM:
            run.extend(_fact_counts(text, block))
        if block.kind != LIST_ITEM or index + 1 == len(blocks) or blocks[index + 1].kind != LIST_ITEM:
            if run:
                out.extend(_fact_run(run, heading, lex))
            run = []
    return out


def _rank_line(line: str, block: Block, lex: FigureLexicon) -> bool:
    found = FACT_ROW_RE.match(line) if block.kind in (LIST_ITEM, PARAGRAPH) else None
    return found is not None and bool(set(re.findall(r"[a-z]+", (found.group("label") or "").lower())) & lex.rank_labels)


def _fact_counts(text: str, block: Block) -> list[FactCount]:
    line = text[block.start:block.end]
    found = FACT_ROW_RE.match(line)
    if found is not None:
        return [FactCount(block.start + found.start("number"), block.start + found.end("number"), found.group("number"),
                          found.group("notes"))]
    found = BREAKDOWN_RE.match(line)
    if found is None:
        return []
    offset = block.start + found.start("parts")
    return [FactCount(offset + count.start(), offset + count.end(), count.group(1), found.group("notes"))
            for count in BREAKDOWN_COUNT_RE.finditer(found.group("parts"))]


def _fact_run(run: list[FactCount], heading: str | None, lex: FigureLexicon) -> list[FigureRecord]:
    years = [year for count in run for year in NOTE_YEAR_RE.findall(count.notes)]
    if not years and len(run) < 2:
        return []
    item = _heading_item(heading or "", lex)  # the head of the heading's first part
    if item is None:
        return []
    out = []
    for count in run:
        value = parse_digits(count.digits)
        if value is None:
            continue
        out.append(FigureRecord(-1, count.start, count.end, COUNT, value, None, None, None, None, item,
                                years[-1] if years else None, "other", [], PROSE))
    return out
