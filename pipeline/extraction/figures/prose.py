"""Prose figures: the amounts of the running text with everything decided about them, in order:
amounts and counted items, qualifier and restatements ("34,716 tons ($5.31 million)"), measure
(carried over from the figure before when the text points back: "the number", "a further"), goods,
period, the article's perspective on flows, parties."""
from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Doc

from ...reading.clean import HEADING, TABLE_ROW, TITLE
from ..dates import DateRecord
from ..numbers import COUNT, MASS, MONEY, PERCENT, load_lexicon
from .amounts import (CharSpans, exchange_rates, find_amounts, find_qualifier, mass_below_a_ton, not_a_count, not_an_amount_of_money,
                      per_unit_of_measure)
from .clauses import block_at
from .items import (casualty_count, classified_noun, casualty_item, commodity_token, group_member, group_strength, context_item, count_item, count_word, counted_noun, designation_class,
                    distributed_count, distribution_item, elliptical_count, is_designation, noun_phrase_name,
                    partitive_whole, people_by_verb, pointing_item, predicate_nationality, sized_thing)
from .lexicon import FigureLexicon, load_figure_lexicon
from .measure import change_direction, continues_change, find_measure, nearest_cue, of_output
from .parties import apply_perspective, find_parties, focus_state, title_parties
from .period import assign_periods, date_tokens
from .table_rows import label_row_blocks
from .record import ProseFigure


FINITE_TAGS = ("VBD", "VBZ", "VBP", "MD")


def _prose_in_a_cell(doc: Doc, block, figure, start_char: int, end_char: int) -> bool:
    """A table cell is read as prose where it is written as prose: a sentence of its own (a finite verb:
    "Wins came from 30 nominations.", a row's summary), or a count with its counted noun in the cell
    ("12 wins", "two membranes"). A bare number in a cell is the table readers' (table_rows)."""
    cell = next(((s, e) for s, e in block.cells if s <= start_char and end_char <= e), None)
    if cell is None or figure.amount.vague or _first_row(doc, block):
        return False  # a header row's "millions of USD" is the scale of the column, no figure
    span = doc.char_span(cell[0], cell[1], alignment_mode="contract")
    if span is None:
        return False
    if any(token.tag_ in FINITE_TAGS for token in span) and span[-1].i >= figure.end:
        return True
    if figure.kind != COUNT:
        return False
    noun = counted_noun(doc, figure)
    return noun is not None and span.start <= noun.i < span.end and noun.i >= figure.end


def _first_row(doc: Doc, block) -> bool:
    """The block is its table's first row (its header)."""
    clean = doc._.clean
    first = next((b for b in clean.blocks if b.kind == TABLE_ROW and b.table == block.table), None) if clean else None
    return first is None or first.start == block.start


def prose_figures(doc: Doc, dates: list[DateRecord]) -> list[ProseFigure]:
    lex = load_figure_lexicon()
    nums = load_lexicon()
    date_spans = CharSpans((d.start, d.end) for d in dates)
    figures: list[ProseFigure] = []
    rows = label_row_blocks(doc)
    amounts = find_amounts(doc, date_spans)
    rates = exchange_rates(doc, amounts, lex)
    for index, figure in enumerate(amounts):
        if index in rates:
            continue  # "8 kroons for 1 Deutsche Mark": an exchange rate
        start_char = doc[figure.start].idx
        end_char = doc[figure.end - 1].idx + len(doc[figure.end - 1].text)
        block = block_at(doc, start_char)
        if block is not None and (block.kind in (TITLE, HEADING) or block.start in rows):
            continue
        if block is not None and block.kind == TABLE_ROW and not _prose_in_a_cell(doc, block, figure, start_char, end_char):
            continue
        if date_spans.overlaps(start_char, end_char):
            continue
        if figure.kind == MONEY and not_an_amount_of_money(doc, figure, lex, nums):
            continue  # "a 500 million mark note", "79 yen/US$": a denomination, an exchange rate
        if figure.kind == MASS and per_unit_of_measure(doc, figure, lex, nums):
            continue  # "3 t/ha", "1,520 kg/m3": a yield, a density
        if figure.kind == MASS and mass_below_a_ton(doc, figure, nums):
            continue  # "weighs 15 kilograms": v1 mass is tons
        if figure.kind == COUNT:
            noun = classified_noun(counted_noun(doc, figure), lex)  # "3 million head of cattle": the cattle
            if not_a_count(doc, figure, lex, nums, noun) and not (
                    noun is None and figure.amount.value == 1 and distributed_count(doc, figure, lex, partitive=False)):
                continue  # a lone 'one' counts as a subject among others ('..., and one was Israeli'), not 'one of'
            context = None if noun is not None else count_word(doc, figure, lex)
            bare = noun is None or (noun.i == figure.end and is_designation(noun))  # "20 Su-27", "12 MiG-21"
            designated = designation_class(doc, figure, lex) if bare and context is None else None
            if designated is not None:
                figure.item = designated  # "combat aircraft: 20 Su-27": the class the text gives the model
            elif noun is not None:
                figure.item = count_item(noun)
                if noun.i >= figure.end:
                    previous = next((f for f in reversed(figures) if f.kind == COUNT), None)
                    figure.item = pointing_item(noun, previous, lex) or figure.item  # "seven others"
            elif context is not None:
                figure.item = context_item(context, lex)
            elif casualty_count(doc, figure, lex):
                figure.item = casualty_item(doc, figure, figures)  # "1,728 killed, 8,012 wounded and 959 missing"
                figure.shared_out = True  # "Six of these were ..., one drowned": a part like the bare numbers beside it
            elif (group := group_strength(doc, figure, lex)) is not None:
                figure.item = group_member(group)  # "the garrison was 3,000", "the army had grown to 120,000"
            elif figure.amount.vague:
                figure.item = people_by_verb(doc, figure, lex)  # "millions watched", "hundreds were arrested"
            elif not figure.amount.vague:
                figure.shared_out = True
                previous = next((f for f in reversed(figures) if f.kind == COUNT), None)
                if previous is not None and elliptical_count(doc, previous, figure, lex):
                    figure.item = previous.item  # "listed 86,000 fishermen; by 1990 it listed fewer than 27,500"
                elif distributed_count(doc, figure, lex):
                    whole = partitive_whole(doc, figure, figures)  # "Six of these": what the whole counts
                    figure.item = whole.item if whole is not None else distribution_item(doc, figure, previous)
                else:
                    continue
                nationality = predicate_nationality(doc, figure)
                if nationality is not None:
                    figure.item = nationality  # "thirteen were American": a kind of the group
        figures.append(figure)
    for index, figure in enumerate(figures):
        figure.qualifier = find_qualifier(doc, figure, lex)
        figure.restates = _restated(doc, figures, index, lex)
    sentence_starts = [sent.start for sent in doc.sents]
    for index, figure in enumerate(figures):
        earlier = _previous_of_kind(doc, figures, index)
        if figure.restates is None:
            figure.measure, figure.cue, link = find_measure(doc, figure, lex)
            if figure.measure != "change" and link is None and continues_change(doc, figure, figures[:index]):
                figure.measure, figure.cue = "change", None
            if link == "pronoun":
                # "trade withered, and in the early 1970s it was worth $10 million": the sentence's own
                # measure word comes first, then the figure before.
                nearest = nearest_cue(doc, figure, lex, before_only=True)
                if nearest is not None:
                    figure.measure, figure.cue, link = nearest[0], nearest[1], None
            if figure.shared_out and figure.measure == "other" and _continues_partitive(doc, figures, index):
                figure.measure = "share"  # "Six of these were ..., one drowned, and four were ...": parts too
            if (link is not None or _continues(doc, figure, lex)) and earlier is not None:
                figure.measure, figure.cue, figure.item = earlier.measure, earlier.cue, earlier.item
                figure.anaphoric = True
        if figure.kind in (MONEY, MASS) and figure.item is None and not figure.anaphoric:
            commodity = commodity_token(doc, figure, lex, date_spans)
            if commodity is not None:
                figure.item = noun_phrase_name(commodity)
            elif figure.kind == MASS:
                figure.item = sized_thing(doc, figure, lex)  # "the five-ton module": the thing it sizes
        if figure.restates is not None:
            restated = figures[figure.restates]
            if change_direction(doc, restated, lex) or restated.measure == "change":
                figure.measure = "change"
            elif figure.kind == PERCENT and restated.kind == COUNT:
                figure.measure = "share"  # "no declared ethnicity 390,938 (14.0%)": the count's part of the whole
                continue
            elif figure.kind == PERCENT and of_output(doc, figure, lex):
                # v1.1: a percent of GDP is a share, except debt as a percent of GDP ('$1.2 billion (3.5% of GDP)')
                figure.measure = "debt" if restated.measure == "debt" else "share"
            elif figure.kind == COUNT and restated.kind == PERCENT and restated.measure == "share":
                figure.measure = "other"  # "won 82% (191 seats)": the seats are a count, not a share
            else:
                figure.measure = restated.measure
            if figure.item is None and restated.kind != PERCENT:
                figure.item = restated.item
    assign_periods(doc, figures, date_tokens(doc, dates), lex)
    focus = focus_state(doc)
    for index, figure in enumerate(figures):
        apply_perspective(doc, figures, index, focus, lex)
        earlier = _previous_of_kind(doc, figures, index)
        if figure.kind == MASS and earlier is not None and _sentences_apart(sentence_starts, earlier, figure) <= MASS_TOPIC_SENTENCES:
            # Mass figures in a run of sentences are about the same goods and flow unless they say otherwise.
            figure.item = figure.item or earlier.item
            if figure.measure == "other" and figure.restates is None:
                figure.measure = earlier.measure
    fallback = None
    for index, figure in enumerate(figures):
        figure.parties = find_parties(doc, figure)
        if figure.restates is not None and not figure.parties:
            figure.parties = list(figures[figure.restates].parties)
        if not figure.parties and figure.measure in ("trade", "exports", "imports", "aid", "investment", "debt"):
            if fallback is None:
                fallback = title_parties(doc)
            figure.parties = list(fallback)
    return figures


MASS_TOPIC_SENTENCES = 12


def _previous_of_kind(doc: Doc, figures: list[ProseFigure], index: int) -> ProseFigure | None:
    kind = figures[index].kind
    for earlier in reversed(figures[:index]):
        if earlier.kind == kind and earlier.restates is None:
            return earlier
    return None


def _sentences_apart(starts: list[int], a: ProseFigure, b: ProseFigure) -> int:
    return abs(bisect_right(starts, b.start) - bisect_right(starts, a.start))


def _continues_partitive(doc: Doc, figures: list[ProseFigure], index: int) -> bool:
    """A bare number sharing out a group after an explicit partitive of its sentence ('Six of these were
    ..., and four were ...'): another part of the same whole."""
    sent = doc[figures[index].start].sent
    return any(f.shared_out and f.measure == "share" and sent.start <= f.start
               for f in figures[:index])


def _continues(doc: Doc, figure: ProseFigure, lex: FigureLexicon) -> bool:
    """'a further US$1.5 billion', 'another 3 million tonnes': more of the previous figure's kind."""
    before = [token.lower_ for token in doc[max(figure.start - 2, 0):figure.start]]
    return any(word in lex.continuation for word in before)


def _restated(doc: Doc, figures: list[ProseFigure], index: int, lex: FigureLexicon) -> int | None:
    """A figure in parentheses right after another ('34,716 tons ($5.31 million)') or joined to it by
    'worth' restates it: same time, same measure."""
    figure = figures[index]
    if index == 0:
        return None
    earlier = figures[index - 1]
    between = doc[earlier.end:figure.start]
    if len(between) == 1 and between[0].text == "(" and earlier.kind != figure.kind:
        return index - 1
    if figure.kind == MONEY and earlier.kind in (MASS, COUNT) and 0 < len(between) <= 6 \
            and any(token.lower_ in lex.value_links for token in between) \
            and doc[earlier.start].sent == doc[figure.start].sent:
        return index - 1
    return None
