"""Period: the time a prose figure refers to, as a TIMEX3 value. The nearest date of its own clause,
else of a clause above it that shares its time, else one under it, else the one date of its paragraph;
never the base of a comparison ("than in 2002"). A change between two dated amounts spans both dates."""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from ...language.extensions import clean_text
from ...reading.clean import LIST_ITEM, PARAGRAPH
from ..dates import DateRecord, person_before_bracket
from ..numbers import PERCENT
from ..timex import granularity_of
from ..wordclasses import verb_key
from .clauses import (OTHER_TIME_MARKERS, SAME_TIME_MARKERS, block_at, clause_parent, figure_root, governing_verb, lemma_of,
                      subject_of)
from .lexicon import FigureLexicon
from .record import ProseFigure


@dataclass
class _Date:
    record: DateRecord
    start: int  # token indices
    end: int
    root: Token


def date_tokens(doc: Doc, dates: list[DateRecord]) -> list[_Date]:
    out = []
    for record in dates:
        span = doc.char_span(record.start, record.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        out.append(_Date(record, span.start, span.end, span.root))
    return out


def period_value(record: DateRecord) -> str:
    """A period is the date's TIMEX3 value without its modifier ('late 1980s' -> 198)."""
    return record.value


# words between a comparison's marker and its base date ('than in 2002', 'above the level of 2001')
COMPARISON_GLUE = {"to", "with", "the", "in", "of", "on", "during", "for", "that", "those", "a", "an", "its", "their",
                   "level", "levels"}


def _is_comparison_base(doc: Doc, date: _Date, lex: FigureLexicon) -> bool:
    """'compared to the same period of the previous year', 'than in 2002': the base of a comparison."""
    return _comparison_marker(doc, date, lex) is not None


def _comparison_marker(doc: Doc, date: _Date, lex: FigureLexicon) -> int | None:
    """The index of the word that makes a date the base of a comparison ('compared', 'than'), else None."""
    index = date.start - 1
    sent_start = date.root.sent.start
    while index >= sent_start and doc[index].lower_ in COMPARISON_GLUE:
        index -= 1
    return index if index >= sent_start and doc[index].lower_ in lex.comparison_markers else None


FRONTED_BASE_REACH = 3  # "Compared with 1990, ...", "In comparison with 1990, ...": the marker opens the sentence


OTHER_TIME_PREPOSITIONS = {"after", "before", "following", "until", "till", "since"}


def _dates_another_happening(date: _Date) -> bool:
    """'After Ueshiba's death in 1969, two styles emerged', 'until Saito's death in 2002': the date of a
    happening named after 'after', 'before', 'until' dates that happening only (guideline v1.1)."""
    current = date.root
    while current.head != current and current.pos_ not in ("VERB", "AUX"):
        if current is not date.root and current.dep_ == "pobj" and current.pos_ in ("NOUN", "PROPN") \
                and current.head.lower_ in OTHER_TIME_PREPOSITIONS:
            return True
        current = current.head
    return False


def _pick_date(figure: ProseFigure, candidates: list[_Date], others: list[ProseFigure], doc: Doc) -> _Date | None:
    """The date nearest a figure: right after it (no other figure between), else right before it."""
    if not candidates:
        return None
    blockers = [f for f in others if f is not figure and f.restates is None]

    def figure_between(a: int, b: int) -> bool:
        return any(a <= f.start and f.end <= b and not _ends_pair(doc, figure, f) for f in blockers)

    def semicolon_between(a: int, b: int) -> bool:
        return any(token.text == ";" for token in doc[a:b])

    after = [d for d in candidates if d.start >= figure.end]
    before = [d for d in candidates if d.end <= figure.start]
    def verb_between(a: int, b: int) -> bool:
        return any(token.pos_ == "VERB" and token.tag_ in ("VBG", "VBD", "VBN") for token in doc[a:b])

    for date in sorted(after, key=lambda d: d.start):
        if not figure_between(figure.end, date.start) and not semicolon_between(figure.end, date.start) \
                and not (before and verb_between(figure.end, date.start)):
            return date  # "... with 1,700 men, besieging X on November 2": a later act's date, not the figure's
        break
    for date in sorted(before, key=lambda d: -d.start):
        if not figure_between(date.end, figure.start) and not semicolon_between(date.end, figure.start):
            return date
        break
    if before:
        return max(before, key=lambda d: d.start)
    # "The school has 400 pupils, down from 520 in 1990": a date right after another figure, with only a
    # preposition between, is that figure's own time (the base of the comparison), not this one's
    after = [d for d in after if not any(f.end <= d.start and f.start >= figure.end
                                         and all(t.pos_ == "ADP" for t in doc[f.end:d.start]) for f in blockers)]
    return min(after, key=lambda d: d.start, default=None)


def _ends_pair(doc: Doc, start: ProseFigure, end: ProseFigure) -> bool:
    """'from 2 million to 5 million': the second amount ends the change the first starts; a date after both is theirs."""
    return start.end <= end.start <= start.end + 3 and end.kind == start.kind \
        and _word_before(doc, start) == "from" and _word_before(doc, end) == "to"


def assign_periods(doc: Doc, figures: list[ProseFigure], dates: list[_Date], lex: FigureLexicon) -> None:
    # "Prior to 1918", "after 1869": a time before or after a date is not one the text states
    dates = [d for d in dates if d.record.mod not in OPEN_MODS]
    # "Their son, Tom Reed (1901–1970), ...": a life span or term after a name qualifies the person; it is
    # no time of a figure, and the paragraph's time is not certain for a sentence about that person
    persons = [d for d in dates if _qualifies_a_person(doc, d)]
    dates = [d for d in dates if d not in persons]
    usable_all = [d for d in dates if not _is_comparison_base(doc, d, lex) and not _dates_another_happening(d)
                  and not any(f.start < d.end and d.start < f.end for f in figures)]
    bases = [d for d in dates if _is_comparison_base(doc, d, lex)]
    usable_closed = [d for d in usable_all if not _opens_span(doc, d)]
    # Doc.ents builds every entity of the article on each read (and Span.ents reads it): once per call
    date_entities = [ent for ent in doc.ents if ent.label_ == "DATE"]
    for figure in figures:
        if figure.restates is not None:
            continue
        # 'Since the early 1980s, films have been made by teams of 500 people': a span open to the present
        # is no period of a level (a change 'since 2008' still spans from it: _change_since)
        usable = usable_all if figure.measure == "change" else usable_closed
        sent = doc[figure.start].sent
        verb = governing_verb(figure_root(doc, figure))
        if _simple_present(verb):
            # 'As a colony until 1975, the country has 200,000 settlers': the end of a past state is no
            # time of a clause in the present
            usable = [d for d in usable if d.record.mod != "ON_OR_BEFORE"
                      and (not _in_past_modifier(d) or _modifies_figure(d, figure))]
        in_sentence = [d for d in usable if sent.start <= d.start < sent.end]
        all_in_sentence = [d for d in dates if sent.start <= d.start < sent.end]
        chosen = None
        clause: Token | None = verb
        top = verb
        later = _told_later(doc, verb, dates, lex)
        while clause is not None and chosen is None:
            own = [d for d in in_sentence if governing_verb(d.root) == clause] \
                or [d for d in in_sentence if _in_same_time_clause(d, clause)]
            chosen = _pick_date(figure, own, figures, doc)
            top = clause
            clause = None if later or _present_after_past(clause) else clause_parent(clause)
        if chosen is None:
            # No date in the figure's clause: one in a clause or phrase under it sets the time ("At the
            # time of the test, Russia published statistics from January to March, 2006, and exports
            # decreased by ..."; "A plebiscite held on 20 October 1945 produced ..."), but not one in a
            # conjoined clause or a relative clause ("the treaty that had lapsed in 1993").
            chosen = _pick_date(figure, [d for d in in_sentence if _hangs_from(d.root, top)], figures, doc)
        if chosen is None and later:
            continue  # "he eventually recovered 9400 thalers": after the time the text has reached, at no stated time
        if chosen is None:
            # A date at the head of the sentence ("In 1870, ...", "1939–1945, during the war, ...", "On 15
            # April 1912 the ship sank ...") dates every clause of the episode it opens.
            chosen = _fronted_date(doc, sent, in_sentence, figure)
        if chosen is None and any(sent.start <= d.start < sent.end for d in persons):
            continue
        if chosen is None and _own_vague_time(doc, figure, verb, dates, date_entities, lex):
            continue  # "three voyages over the next few years": a time of its own that is no date
        if chosen is None:
            # No date of its own clause: the time the paragraph makes certain, which a date of another
            # clause of the sentence ("..., and on June 17, 1775, forces seized ...") must share.
            own_sentence = [d for d in dates if sent.start <= d.start < sent.end and not _dates_another_happening(d)
                            and not _other_time_clause(d, verb) and d not in bases]
            chosen = _paragraph_date(doc, figure, usable, verb, own_sentence, bool(all_in_sentence))
        if chosen is None and not all_in_sentence:
            chosen = _status_date(doc, figure, usable, verb, lex)
        if chosen is None:
            figure.period = _war_span(doc, figure, dates, lex)
            if figure.period is None:
                figure.period = _last_told(doc, figure, usable, verb)
            if figure.period is None:
                figure.period = _list_lead_date(doc, figure, usable)
            continue
        value = period_value(chosen.record)
        figure.period = _range_end(doc, figure, chosen, value)
        if figure.measure == "change" and figure.kind == PERCENT:
            figure.period = _change_since(doc, chosen, in_sentence) or figure.period
        if figure.measure == "change":
            figure.period = _from_base(doc, figure, bases, figure.period, lex) or figure.period
    for figure in figures:
        if figure.restates is not None:
            figure.period = figures[figure.restates].period
    for index, figure in enumerate(figures):
        if figure.measure == "change" and figure.kind == PERCENT:
            _change_spans_pair(doc, figures, index)


CHANGE_START_WORDS = {"from", "since", "on", "over"}  # "rose 12% over 2009", "up 5% on 2009"


def _from_base(doc: Doc, figure: ProseFigure, bases: list[_Date], period: str | None,
               lex: FigureLexicon) -> str | None:
    """'In 2006 exports were 40% higher than in 2005': a change against an earlier time spans from that
    time to the figure's own (2005/2006, guideline v1.1)."""
    if period is None or "/" in period:
        return None
    sent = doc[figure.start].sent
    after = [d for d in bases if figure.end <= d.start < sent.end and "/" not in d.record.value]
    # a base fronted before the whole sentence ('Compared with 1990, emissions in 2000 were 12% lower')
    fronted = [d for d in bases if sent.start <= d.start < figure.start and "/" not in d.record.value
               and _comparison_marker(doc, d, lex) - sent.start < FRONTED_BASE_REACH]
    if not after and not fronted:
        return None
    base = min(after, key=lambda d: d.start).record.value if after else fronted[0].record.value
    if len(base) != len(period) or base >= period:
        return None
    return f"{base}/{period}"


def _change_since(doc: Doc, start: _Date, in_sentence: list[_Date]) -> str | None:
    """'As of 2014, exports had increased 300% from 2008': a change measured from a start date up to
    the sentence's other date covers the time between them (2008/2014)."""
    if start.start == 0 or doc[start.start - 1].lower_ not in CHANGE_START_WORDS or "/" in start.record.value:
        return None
    first = start.record.value
    ends = [d for d in in_sentence if d is not start and "/" not in d.record.value
            and (d.start == 0 or doc[d.start - 1].lower_ not in CHANGE_START_WORDS)
            and len(d.record.value) == len(first) and d.record.value > first]
    if not ends:
        return None
    end = min(ends, key=lambda d: abs(d.start - start.start))
    return f"{first}/{end.record.value}"


def _change_spans_pair(doc: Doc, figures: list[ProseFigure], index: int) -> None:
    """'grew from A$20.1 billion in 2000 to A$24.8 billion in 2005, an increase of 23%': the change
    covers the time from the first amount to the second (2000/2005)."""
    change = figures[index]
    sent = doc[change.start].sent
    ends = [f for f in figures[:index] if sent.start <= f.start and f.kind != PERCENT and f.restates is None]
    if len(ends) < 2:
        return
    first, last = ends[-2], ends[-1]
    if first.kind != last.kind or first.amount.unit != last.amount.unit or not first.period or not last.period:
        return
    if _word_before(doc, first) != "from" or _word_before(doc, last) != "to" or first.period == last.period:
        return
    if change.period not in (None, first.period, last.period):
        return
    start, end = first.period.split("/")[0], last.period.split("/")[-1]
    if start != end and len(start) == len(end):
        change.period = f"{start}/{end}"


def _word_before(doc: Doc, figure: ProseFigure) -> str | None:
    """The preposition before a figure, past a qualifier ('from about $5 million')."""
    index = figure.start - 1
    while index >= 0 and doc[index].pos_ in ("ADV", "ADJ", "DET") and index >= figure.start - 3:
        index -= 1
    return doc[index].lower_ if index >= 0 else None


FRONTING_WORDS = {"in", "on", "by", "at", "during", "from", "between", "as", "of", "the", "end", "start", "beginning",
                  "early", "late", "mid", "middle", "since", "until", "around", "about"}


def _fronted_date(doc: Doc, sent, in_sentence: list[_Date], figure: ProseFigure) -> _Date | None:
    """The date a sentence opens with, before its first verb and before the figure ('In March 1920, ...',
    'At the end of 2011, there were ...'); a comparison base or a date of another figure is not usable."""
    first = min(in_sentence, key=lambda d: d.start, default=None)
    if first is None or first.end > figure.start:
        return None
    if any(token.lower_ not in FRONTING_WORDS and not token.is_punct for token in doc[sent.start:first.start]):
        return None
    if any(token.pos_ in ("VERB", "AUX") for token in doc[sent.start:first.start]):
        return None
    verb = governing_verb(figure_root(doc, figure))
    while True:  # a clause in the present, or what would or will be, has another time than the episode's past
        # 'In 2011 there were 18,000 people who have $100 million': a relative clause in the simple present
        # that restricts a noun of a past clause tells that clause's time
        if verb.dep_ == "relcl" and _simple_present(verb) and verb.head != verb:
            verb = governing_verb(verb.head)
            continue
        if verb.tag_ in ("VBZ", "VBP", "MD") or any(
                child.dep_ in ("aux", "auxpass") and child.tag_ in ("VBZ", "VBP", "MD") for child in verb.children):
            return None
        if verb.head == verb:
            return first
        verb = governing_verb(verb.head)


def _own_vague_time(doc: Doc, figure: ProseFigure, verb: Token, dates: list[_Date], date_entities: list[Span],
                    lex: FigureLexicon) -> bool:
    """Whether the figure's clause states a time of its own that is no date ('over the next few years',
    'within 150 years of his arrival', 'during his career', 'in her lifetime'): the paragraph's date is not
    its time. A rate's time unit right after the amount ('$5 million a year') is not a time of the clause."""
    sent = doc[figure.start].sent
    for token in sent:
        if lemma_of(token) in lex.lifetime_nouns and token.dep_ == "pobj" and token.head.lower_ in lex.lifetime_prepositions \
                and governing_verb(token) == verb:
            return True  # "during his career", "over a long career": a person's working life or life
    for ent in date_entities:
        if not (sent.start <= ent.start and ent.end <= sent.end):
            continue
        if ent.start < figure.end + RATE_UNIT_REACH and figure.start < ent.end:
            continue  # the amount's own entity, or its rate unit
        if any(d.start < ent.end and ent.start < d.end for d in dates) or any(YEAR_RE.match(t.text) for t in ent):
            continue  # a date of the text (or one it could not resolve)
        if governing_verb(ent.root) == verb and any(t.lower_ in lex.time_bases or lemma_of(t) in lex.time_bases for t in ent):
            return True  # a span of time units ('the next few years', '150 years of his arrival')
    return False


def _told_later(doc: Doc, verb: Token, dates: list[_Date], lex: FigureLexicon) -> bool:
    """Whether the figure's clause says its happening came after the time the text has reached, at no time
    it states ('he eventually recovered 9400 thalers', 'a figure she later revised to 1%', 'subsequently
    sold 40 mills'): no date of another clause, of the sentence's head or of the paragraph is its time
    (guideline v1.1, as a fronted date does not date a happening the text says came later). An adverb
    inside a date ('two years later', 'later that year') is that date, which dates the clause itself."""
    for child in verb.children:
        if child.dep_ == "advmod" and child.pos_ == "ADV" and child.lower_ in lex.later_adverbs \
                and not any(d.start <= child.i < d.end for d in dates):
            return True
    return False


RATE_UNIT_REACH = 3  # "$5 million a year", "1,200 calls per day"
YEAR_RE = re.compile(r"^\d{4}$")


def _other_time_clause(date: _Date, verb: Token) -> bool:
    """A date in a clause of another time than the figure's verb ('before the chemist isolated it in 1939')."""
    current = date.root
    while current.head != current:
        if current == verb:
            return False
        if current.pos_ in ("VERB", "AUX") and any(
                child.dep_ == "mark" and child.lower_ in OTHER_TIME_MARKERS for child in current.children):
            return verb not in current.subtree
        current = current.head
    return False


OPEN_SPAN_WORDS = {"since"}
OPEN_MODS = {"BEFORE", "AFTER"}


def _opens_span(doc: Doc, date: _Date) -> bool:
    """'since the early 1980s', 'since 1999': a time from which a state has lasted up to the present."""
    index = date.start - 1
    while index >= 0 and doc[index].lower_ in ("the", "early", "late", "mid"):
        index -= 1
    return index >= 0 and doc[index].lower_ in OPEN_SPAN_WORDS


def _in_same_time_clause(date: _Date, clause: Token) -> bool:
    """'made a $10 million profit when the bank was sold in 2006', 'had 400 workers while it ran in 1991': a
    date of a 'when' or 'while' clause right under the figure's clause is the time of both; it dates the
    figure before a date of a clause above it ('In 1999 he paid ... and made ...')."""
    verb = governing_verb(date.root)
    if verb == clause or verb.dep_ != "advcl" or verb.head == verb or governing_verb(verb.head) != clause:
        return False
    return any(child.dep_ in ("mark", "advmod") and child.lower_ in SAME_TIME_MARKERS for child in verb.children)


def _hangs_from(token: Token, clause: Token) -> bool:
    """Whether a token sits under a clause through phrases and subordinate clauses only; not through a
    clause of another time ('four attempts failed before the chemist isolated it in 1939': the
    isolation's date, not the attempts')."""
    current = token
    while current != clause:
        if current.head == current:
            return False
        if current.pos_ in ("VERB", "AUX") and current.dep_ in ("conj", "relcl"):
            return False
        if current.pos_ in ("VERB", "AUX") and any(
                child.dep_ == "mark" and child.lower_ in OTHER_TIME_MARKERS for child in current.children):
            return False
        current = current.head
    return True


def _range_end(doc: Doc, figure: ProseFigure, date: _Date, value: str) -> str:
    """'During 2000–2005, trade grew from X to Y': X is 2000 and Y is 2005 (the change itself keeps 2000/2005)."""
    if "/" not in value:
        return value
    first, last = value.split("/", 1)
    if date.end > figure.start:
        # 'grew from 2 million to 5 million between 1900 and 1950': the ends of a change told before its span
        word = _word_before(doc, figure)
        if word == "from" and any(t.lower_ == "to" for t in doc[figure.end:date.start]) \
                and any(t.like_num for t in doc[figure.end:date.start]):
            return first
        opening = doc[max(doc[figure.start].sent.start, figure.start - 8):figure.start]
        if word == "to" and any(t.lower_ == "from" and any(u.like_num for u in doc[t.i:figure.start]) for t in opening):
            return last
        return value
    previous = [t.lower_ for t in doc[max(figure.start - 3, 0):figure.start]]
    if previous and previous[-1] == "from" or "from" in previous[-2:] and previous[-1] not in ("to",):
        return first
    if previous and previous[-1] == "to" or (len(previous) >= 2 and previous[-2] == "to"):
        return last
    return value


def _paragraph_date(doc: Doc, figure: ProseFigure, dates: list[_Date], verb: Token,
                    in_sentence: list[_Date], dated_sentence: bool = False) -> _Date | None:
    """A sentence without a date in a paragraph set in one period ('the Korean War (1950-1953)') takes
    that period, when the paragraph names exactly one date, before the figure, and the verb is past."""
    root = doc[figure.start].sent.root
    if verb.tag_ not in ("VBD", "VBN") and (root.tag_ not in ("VBD", "VBN") or in_sentence):
        return None  # a clause of its own that is not past ("bound Moscow to buy ...") has another time
    if _in_present(verb):
        return None  # "The show holds a record, having won 47 prizes", "affirmed there are five senses"
    if any(child.dep_ in ("aux", "auxpass") and child.tag_ in ("VBZ", "VBP", "MD") for child in verb.children):
        return None  # "is seriously degraded", "has grown": the present, not the paragraph's past
    block = block_at(doc, doc[figure.start].idx)
    if block is None:
        return None
    in_block = [d for d in dates if block.start <= d.record.start < block.end]
    values = {d.record.value for d in in_block}
    if len(values) == 1 and in_block[0].record.start <= doc[figure.start].idx and not in_sentence:
        return in_block[0]
    # Dates that all fall in one year make the paragraph about that year ("In February 1775 ... On
    # April 14, ..."): the dates up to the figure's sentence, or the paragraph's when it opens with it.
    before = [d for d in in_block if d.record.start < doc[figure.start].sent.start_char]
    if not before and not in_sentence and (doc[figure.start].sent.start_char > block.start or dated_sentence):
        # a date only after the figure's sentence, which does not open the paragraph or has a date of
        # another happening ('After his death in 1969, two schools emerged'), is not its time
        return None
    known = (before or ([] if in_sentence else in_block)) + in_sentence
    years = {_year_of(d.record.value) for d in known}
    if len(years) == 1 and None not in years:
        # A date told earlier in the figure's own sentence, in another clause, is the time of its episode
        # ("As of December 2007, 37 countries faced crises, and 20 had imposed controls"); else the
        # paragraph's year.
        earlier = [d for d in in_sentence if d.end <= figure.start]
        if earlier:
            return max(earlier, key=lambda d: d.start)
        last = max(before, key=lambda d: d.start, default=None)
        if last is not None and granularity_of(last.record.value) == "day" and len({d.record.value[:7] for d in before}) == 1:
            return last  # "On April 18, 1775 ... On April 19 ...": a story told day by day within a month has reached that day
        first = known[0]
        return _Date(_year_record(first.record), first.start, first.end, first.root)
    return None


def _status_date(doc: Doc, figure: ProseFigure, dates: list[_Date], verb: Token, lex: FigureLexicon) -> _Date | None:
    """'As of 2011, the largest economies are A and B. Around 68% of firms have an office in C': a paragraph
    that sets its present at a time ('As of 2011, ...', 'As at 2001 ...' opening a sentence) makes that time
    certain for a later clause of it in the present with no date of its own (guideline v1.1), when the
    paragraph's dates all name that one time. A trailing 'as of 2011' dates its own sentence only."""
    bare = verb.tag_ == "VB" and not any(child.dep_ in ("aux", "auxpass") for child in verb.children)
    if not (_in_present(verb) or bare):  # a finite verb the tagger read as a bare form ('farms grow') is present
        return None
    block = block_at(doc, doc[figure.start].idx)
    if block is None:
        return None
    in_block = [d for d in dates if block.start <= d.record.start < block.end]
    anchors = [d for d in in_block if d.end <= figure.start and _after_status_marker(doc, d, lex) and _opens_sentence(doc, d)]
    if not anchors or len({d.record.value for d in in_block}) != 1:
        return None
    return anchors[0]


def _after_status_marker(doc: Doc, date: _Date, lex: FigureLexicon) -> bool:
    words = tuple(token.lower_ for token in doc[max(date.start - 2, 0):date.start])
    return any(words[-len(marker):] == marker for marker in lex.status_markers)


PRESENT_TAGS = ("VBZ", "VBP")


def _in_present(verb: Token) -> bool:
    """Whether a figure's clause states the present ('insists there are five senses', 'has grown'), or, when
    it has no tense of its own (a participle or an infinitive), the clause it hangs from does ('holds the
    record, having won 47 prizes'): the present, not a past the paragraph tells, is its time. A finite
    past clause keeps its own tense whatever it hangs from."""
    current = verb
    while True:
        tags = {current.tag_} | {child.tag_ for child in current.children if child.dep_ in ("aux", "auxpass")}
        if tags & set(PRESENT_TAGS):
            return True
        if tags & FINITE_PAST_TAGS or current.head == current:
            return False
        current = governing_verb(current.head)


FINITE_PAST_TAGS = {"VBD", "MD"}


def _in_past_modifier(date: _Date) -> bool:
    """A date in a past participle or relative clause that modifies a noun ('the company, founded in 1890, has
    ...', 'Founded in 1890, the society has ...', 'the stadium, which opened in 1923, holds ...'): the time of that past happening, not of a clause in
    the present."""
    current = date.root
    while current.head != current and current.pos_ not in ("VERB", "AUX"):
        current = current.head
    # a participle set off by a comma ('The company, founded in ...'); one glued to its noun may be the main
    # verb misread ('This facility opened in 2001, and accommodates ...')
    set_off = current.i > 0 and current.doc[current.i - 1].text == ","
    return (current.dep_ == "acl" and current.tag_ == "VBN" and set_off) \
        or (current.dep_ == "advcl" and current.tag_ == "VBN") or (current.dep_ == "relcl" and current.tag_ in ("VBD", "VBN"))


def _modifies_figure(date: _Date, figure: ProseFigure) -> bool:
    """A past participle that modifies the amount itself ('the record attendance is 61,200, set in 1958', 'a
    record of $3 billion, reached in 2010'): its date is the amount's own time, not a past happening of
    another thing the present clause is about."""
    current = date.root
    while current.head != current and current.pos_ not in ("VERB", "AUX"):
        current = current.head
    return current.dep_ == "acl" and figure.start <= current.head.i < figure.end


def _present_after_past(verb: Token) -> bool:
    """'The stadium was built in 1923 and holds 45,000 spectators': a clause in the simple present joined to a
    past clause has its own time, not the past clause's date (guideline v1.1: a figure in a clause with its own
    time does not take the sentence's first date)."""
    if verb.dep_ != "conj" or not _simple_present(verb) or verb.head == verb:
        return False
    head = governing_verb(verb.head)
    return "VBD" in {head.tag_} | {child.tag_ for child in head.children if child.dep_ in ("aux", "auxpass")}


def _simple_present(verb: Token) -> bool:
    """A clause in the simple present ('Angola possesses ...'), not a perfect ('has built') or a modal."""
    return verb.tag_ in PRESENT_TAGS and not any(child.dep_ in ("aux", "auxpass") for child in verb.children)


def _year_of(value: str) -> str | None:
    year = value[:4]
    return year if len(value) >= 4 and year.isdigit() and "/" not in value else None


def _year_record(record: DateRecord) -> DateRecord:
    return replace(record, value=record.value[:4])


SPAN_RE = re.compile(r"^\d{4}/\d{4}$")
WAR_NAME_WINDOW = 80  # characters between a war's name and the span the article gives it


def _war_span(doc: Doc, figure: ProseFigure, dates: list[_Date], lex: FigureLexicon) -> str | None:
    """Casualties of a war without a time of their own take the war's span, when the article gives
    both its ends right after its name ('the Angolan Civil War (1975–2002)'): guideline v1.1."""
    sent = doc[figure.start].sent
    lemmas = {lemma_of(token) for token in sent}
    if not lemmas & lex.casualty_words and (figure.item or "") not in lex.casualty_words:
        return None
    wars = [token for token in sent if lemma_of(token) in lex.war_words and token.pos_ in ("NOUN", "PROPN")]
    if not wars:
        return _told_war_span(doc, sent, dates, lex)
    text = clean_text(doc).lower()
    spans = [d for d in dates if SPAN_RE.match(d.record.value)]
    for war in wars:
        words = [t for t in war.lefts if t.dep_ in ("compound", "amod") and t.pos_ in ("PROPN", "ADJ", "NOUN")]
        name = " ".join([t.lower_ for t in words] + [war.lower_])
        found = {d.record.value for d in spans if name in text[max(d.record.start - WAR_NAME_WINDOW, 0):d.record.start]}
        if len(found) == 1:
            return found.pop()
    return None


def _told_war_span(doc: Doc, sent: Span, dates: list[_Date], lex: FigureLexicon) -> str | None:
    """'The war began in 1939 and ended in 1940. Finland lost 25,000 men.': the sentence before, in the same
    paragraph, says when a war began and when it ended; casualties with no time of their own take that span
    (guideline v1.1: a war's span for its casualties when the article gives both ends)."""
    if sent.start == 0:
        return None
    previous = doc[sent.start - 1].sent
    block = block_at(doc, doc[sent.start].idx)
    if block is None or previous.start_char < block.start:
        return None
    ends: dict[str, str] = {}
    for date in dates:
        if not (previous.start <= date.start < previous.end) or not YEAR_RE.match(date.record.value):
            continue
        verb = governing_verb(date.root)
        subject = subject_of(verb)
        if subject is None or lemma_of(subject) not in lex.war_words:
            continue
        for phase, verbs in (("start", lex.opening_verbs), ("end", lex.closing_verbs)):
            if verb_key(verb) in verbs:  # "the war began in 1939", "war broke out in 1939"
                ends.setdefault(phase, date.record.value)
    start, end = ends.get("start"), ends.get("end")
    return f"{start}/{end}" if start and end and start < end else None


def _past_clause(verb: Token) -> bool:
    """Whether a figure's clause tells the past in the time of the text around it: a past verb without a
    present or modal auxiliary, in no clause of another time above it ('after producers put their
    losses at ...'); an infinitive ('bound Moscow to buy ...') tells what was to come, not the past."""
    if verb.tag_ not in ("VBD", "VBN") or _in_present(verb):
        return False
    current: Token | None = verb
    while current is not None:
        if any(child.dep_ in ("aux", "auxpass") and child.tag_ in ("VBZ", "VBP", "MD") for child in current.children):
            return False
        if any(child.dep_ == "mark" and child.lower_ in OTHER_TIME_MARKERS for child in current.children):
            return False
        current = None if current.head == current else governing_verb(current.head)
    return True


def _in_parentheses(doc: Doc, date: _Date) -> bool:
    """A date in parentheses ('(1891-1914)', 'Crome Yellow (1921)') is an aside, not the time the text is at."""
    before = doc[date.start - 1] if date.start > 0 else None
    after = doc[date.end] if date.end < len(doc) else None
    return before is not None and before.text == "(" and after is not None and after.text == ")"


def _qualifies_a_person(doc: Doc, date: _Date) -> bool:
    """'their son, Tom Reed (3 May 1901 – 9 June 1970), ...', 'the painter Ada Wolf (1820–1895)': a life
    span or a term in parentheses right after a person's name dates the person's birth, death or post
    only (set convention, review round 6), not a figure of the sentence nor the paragraph's time."""
    if "/" not in date.record.value or not _in_parentheses(doc, date):
        return False
    return person_before_bracket(doc, date.start) is not None  # not a war's or a reign's span ("the Civil War (1861–1865)")


def _names_a_thing(date: _Date) -> bool:
    """A year that is part of a noun phrase ('the Constitutional Law of 1992', 'the 1949 box office hit')
    names or describes a thing; it is not the time the text has reached."""
    root = date.root
    if root.dep_ in ("compound", "nummod", "amod", "nmod") and root.head.pos_ in ("NOUN", "PROPN"):
        return True
    return root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.pos_ in ("NOUN", "PROPN")


def _last_told(doc: Doc, figure: ProseFigure, dates: list[_Date], verb: Token) -> str | None:
    """A past clause with no date of its own in a paragraph that tells a story takes the time the story
    has reached: the last date told before it in its paragraph ('In 1820 he became a lecturer. ... Only
    five students turned up'), as its year when it lies in an earlier sentence (a day told before does
    not date what follows to the day), a span only when it opened its sentence; not a date in
    parentheses, nor one with a bound ('until 1975'), nor a year that names a thing."""
    if not _past_clause(verb):
        return None
    block = block_at(doc, doc[figure.start].idx)
    if block is None:
        return None
    told = [d for d in dates if block.start <= d.record.start and d.end <= figure.start and not _names_a_thing(d)]
    if not told:
        return None
    last = max(told, key=lambda d: d.start)
    if last.record.mod is not None or _in_parentheses(doc, last) or last.record.year_unresolved:
        return None
    value = last.record.value
    if last.start < doc[figure.start].sent.start:
        if "/" in value and not _opens_sentence(doc, last):
            return None  # a span told in passing ('... for the first nine months of 2005') is that statement's time
        if "/" not in value and len(value) > 4 and value[:4].isdigit():
            value = value[:4]
    return value


def _opens_sentence(doc: Doc, date: _Date) -> bool:
    """Whether a date stands at the head of its sentence ('From 2002 to 2010, the system ...')."""
    sent = date.root.sent
    return all(token.lower_ in FRONTING_WORDS or token.is_punct for token in doc[sent.start:date.start])


def _list_lead_date(doc: Doc, figure: ProseFigure, dates: list[_Date]) -> str | None:
    """An item of a list with no date of its own takes the one date of the sentence that leads into the list
    ('In 2013 the army had the following equipment:' then '* 300 main battle tanks'): the list continues that
    paragraph, whose time it states (guideline v1.1). A list under a heading, or after a paragraph that does not
    end in a colon, is a list of its own."""
    clean = doc._.clean
    block = block_at(doc, doc[figure.start].idx)
    if clean is None or block is None or block.kind != LIST_ITEM:
        return None
    index = bisect_right([b.start for b in clean.blocks], block.start) - 1
    while index >= 0 and clean.blocks[index].kind == LIST_ITEM:
        index -= 1
    if index < 0 or clean.blocks[index].kind != PARAGRAPH:
        return None
    lead = clean.blocks[index]
    if not clean.text[lead.start:lead.end].rstrip().endswith(":"):
        return None
    last = doc.char_span(lead.start, lead.end, alignment_mode="expand")
    if last is None or len(last) == 0:
        return None
    sent = last[-1].sent
    values = {d.record.value for d in dates if sent.start <= d.start < sent.end}
    return values.pop() if len(values) == 1 else None
