"""Dates: every temporal expression of a Doc with its TIMEX3 value, modifier and calendar interval.

Candidates come from spaCy's DATE entities, from token rules (models/date_rules.jsonl, run by our own
Matcher so the model's entities are never changed), from headings that are dates, and from the year
cells of table header rows. Every candidate is trimmed (no leading preposition or "the"), and kept only
when the grammar in timex.py reads it as a calendar time; overlapping candidates keep the longest.
A bounding word before the expression ("by 1999", "until 1945") sets its modifier. A month or day
without a year takes it from the dated expression before it in the same paragraph when the text makes
it certain, and otherwise stays `XXXX` with `year_unresolved=True`; it is never taken from today.
"""
from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, replace

import srsly
from spacy.tokens import Doc, Token

from ..config import SETTINGS
from ..language.extensions import clean_text
from ..reading.clean import HEADING, LIST_ITEM, PARAGRAPH, TABLE_ROW, Block
from .matching import RuleMatcher, rule_matcher
from .tokens import tokens_where
from .timex import (
    SEASON_MONTHS, Timex, calendar_day, granularity_of, join_range, lexicon, parse, resolve_relative, weekday_number,
    with_year, years_in,
)
from .gazetteer import ends_with_a_body_noun
from .wordclasses import noun_event_type


@dataclass
class DateRecord:
    date_id: int
    start: int  # clean-text offsets
    end: int
    value: str
    mod: str | None
    granularity: str
    date_from: str | None
    date_to: str | None
    source: str
    year_unresolved: bool = False


# Where a candidate came from; on equal length the earlier source in this order wins.
SOURCE_RANK = {"table": 0, "heading": 1, "rule": 2, "ner": 3}
YEARISH = re.compile(r"^((1[0-9]|20)[0-9]{2}([-\u2010-\u2015/]([0-9]{2}|(1[0-9]|20)[0-9]{2}))?|[0-9]{3}0'?s)$")
BARE_NUMBER = re.compile(r"^[0-9]{4}([-\u2010-\u2015/][0-9]{2,4})?$")
SHORT_YEAR_RULES = "short_year"  # rule ids of models/date_rules.jsonl for years before 1000
NAME_AFTER_RULE = "year_before_name"  # "the 1777 Articles of Confederation": the year without the name
CENTURY_PAIR_RULE = "century_pair"  # "the 16th and 18th centuries"
YEAR_AFTER_NAME_RULE = "year_after_name"  # a year that ends a name of capitalised words
COMPARISON_RULE = "time_after_comparison"  # "no later than 1990", "as late as 1950": the time without them
CITATION_RULE = "author_date_citation"  # "(Smith 1966)": the year without the author and the brackets
DESIGNATION_RULE = "designation_year"  # "ASA X3.4-1963", "ISO/IEC 646:1991": the edition year of a standard
OBJECT_STARTS = {"DET", "NOUN", "PROPN", "NUM", "PRON", "ADJ", "VERB"}  # "the year after the war", "a day after appointing"
ROMAN = re.compile(r"^[IVXLC]+$")  # "Aeneid XII (161-215)": a book's line numbers
ERA_WORDS = {"ad", "a.d.", "a.d", "ce", "c.e.", "c.e"}
TRAILING = {",", ".", ";", ":", ")", "(", "and", "or", "'s", "\u2019s", "-", "\u2013", "\u2014"}


@dataclass
class Candidate:
    start: int  # token offsets, trimmed
    end: int
    source: str
    between: bool = False  # "between" was trimmed from the front: "X and Y" is one range
    short_years: bool = False  # a rule whose context may make a three-digit number a year ("In 988, ...")
    designation: bool = False  # the edition year of a designation ("X3.4-1963"): no amount after a dash
    chars: tuple[int, int] | None = None  # clean-text offsets inside a token ("646:1991" -> "1991")
    elliptic_century: bool = False  # an ordinal whose noun comes with the next one ("the 16th and 18th centuries")
    # a year between "the" and a capitalised name ("the great 1851 Exhibition") or an event noun ("the 1967
    # war"): no count
    before_name: bool = False


# -- rules ------------------------------------------------------------------------------------

def _expand_token(token, classes: dict, lex: dict) -> dict:
    """A rule token: a spaCy token spec, "@class" (optional with "?"), or a literal lower-case word."""
    if isinstance(token, str):
        optional = token.endswith("?") and len(token) > 1
        name = token[:-1] if optional else token
        spec = dict(classes[name[1:]]) if name.startswith("@") else {"LOWER": name}
        if optional:
            spec["OP"] = "?"
        return _expand_lists(spec, lex)
    return _expand_lists(dict(token), lex)


def _expand_lists(spec: dict, lex: dict) -> dict:
    for key, value in list(spec.items()):
        if isinstance(value, dict):
            spec[key] = {
                op: (sorted(lex[arg[1:]]) if op == "IN" and isinstance(arg, str) and arg.startswith("@") else arg)
                for op, arg in value.items()
            }
    return spec


def date_rule_patterns() -> dict[str, list[list[dict]]]:
    """Matcher patterns by rule id: models/date_rules.jsonl and one per relative phrase of the lexicon."""
    lex = lexicon()
    classes = lex["token_classes"]
    patterns: dict[str, list[list[dict]]] = {}
    for rule in srsly.read_jsonl(SETTINGS.models_dir / "date_rules.jsonl"):
        patterns.setdefault(rule["id"], []).append([_expand_token(token, classes, lex) for token in rule["pattern"]])
    part_of = [_expand_token("@part_word", classes, lex), {"LOWER": "of"}, {"LOWER": "the", "OP": "?"}]
    season_of = [_expand_token("@season", classes, lex), {"LOWER": {"IN": ["of", "in"]}}, {"LOWER": "the", "OP": "?"}]
    for phrase in lex["relative"]:
        words = re.findall(r"[^\s-]+|-", phrase.removeprefix("the "))  # "year-end" is three tokens
        patterns.setdefault("relative", []).append([{"LOWER": word} for word in words])
        # "the end of the following year", "the beginning of the next month": a part of the relative time
        patterns["relative"].append(part_of + [{"LOWER": word} for word in words])
        # "the autumn of that year", "the spring of the following year": a season of the relative year
        patterns["relative"].append(season_of + [{"LOWER": word} for word in words])
    return patterns


LOWER_WORD = re.compile(r"^[a-z][a-z-]+$")
NAME_WORD = re.compile(r"^[A-Z][a-z]")


def _years_after_the_and_an_adjective(doc: Doc) -> list[int]:
    """Years between "the" and an adjective before them and a capitalised name after them ("the acclaimed 1922
    Robin Hood", "the great 1851 Exhibition"; not "the remaining 1500 Shares"): the year_before_name rule with
    an adjective. Found here, not by the Matcher: a token pattern taking any lower-case word would make nearly
    every word a member of the Matcher's windows (`matching.MatchWindows`), and the Matcher run over whole
    sentences."""
    return [token.i for token in tokens_where(doc, "text", lambda text: len(text) >= 4 and text.isdigit())
            if 2 <= token.i < len(doc) - 1 and doc[token.i - 2].lower_ == "the" and doc[token.i - 1].pos_ == "ADJ"
            and LOWER_WORD.search(doc[token.i - 1].lower_) and NAME_WORD.search(doc[token.i + 1].text)]


def _years_before_an_event_noun(doc: Doc) -> list[int]:
    """Years between "the" (or a possessive) and a singular common noun of WordNet's event classes ("the 1967
    war", "its 1960 independence", "the 1989 revolution"): a happening is dated, whatever entity the model makes
    of the phrase (it often takes "the 1967 war" for an EVENT name and leaves the year no DATE)."""
    return [token.i for token in tokens_where(doc, "text", lambda text: len(text) == 4 and text.isdigit())
            if 1 <= token.i < len(doc) - 1 and YEARISH.match(token.text)
            and (doc[token.i - 1].lower_ == "the" or doc[token.i - 1].tag_ == "PRP$")
            and doc[token.i + 1].tag_ == "NN" and LOWER_WORD.search(doc[token.i + 1].text)  # a count takes a plural
            and noun_event_type(doc[token.i + 1].lemma_) is not None]


def date_matcher(doc: Doc) -> RuleMatcher:
    return rule_matcher("dates", doc.vocab, date_rule_patterns)


# -- candidates -------------------------------------------------------------------------------

def _leading_words() -> set[str]:
    return set(lexicon()["leading_words"])


def trim(doc: Doc, start: int, end: int, source: str, short_years: bool = False) -> Candidate | None:
    """Drop leading prepositions and articles and trailing punctuation from a token span."""
    leading = _leading_words()
    between = False
    while start < end and (doc[start].lower_ in leading or doc[start].is_punct or doc[start].is_space):
        between = between or doc[start].lower_ == "between"
        start += 1
    while end > start and (doc[end - 1].lower_ in TRAILING or doc[end - 1].is_space):
        end -= 1
    return Candidate(start, end, source, between, short_years) if end > start else None


def _block_candidates(doc: Doc, blocks: list[Block]) -> list[Candidate]:
    """Headings that are dates as a whole, and the year cells of table header rows."""
    lex = lexicon()
    labels = set(lex["year_header_labels"])
    text = clean_text(doc)
    found = []
    for block in blocks:
        if block.kind == HEADING:
            span = doc.char_span(block.start, block.end, alignment_mode="expand")
            if span is not None and parse(span.text) is not None:
                found.append(Candidate(span.start, span.end, "heading"))
            elif span is not None:
                # A year that opens a heading names the time of its section: "1864 re-election".
                first = next((token for token in span if not (token.is_punct or token.is_space)), None)
                if first is not None and YEARISH.match(first.text):
                    found.append(Candidate(first.i, first.i + 1, "heading"))
        elif block.kind == PARAGRAPH and (year := _caption_year(doc, block)) is not None:
            found.append(Candidate(year.i, year.i + 1, "heading"))
        elif block.kind == TABLE_ROW and block.cells:
            label = re.sub(r"[^a-z. ]", "", text[slice(*block.cells[0])].lower()).strip()
            cells = block.cells if label not in labels else block.cells[1:]
            for cell_start, cell_end in cells:
                span = doc.char_span(cell_start, cell_end, alignment_mode="expand")
                if span is None:
                    continue
                cell_is_year = YEARISH.match(span.text) and parse(span.text) is not None
                if cell_is_year and (label in labels or (cell_start, cell_end) == block.cells[0]):
                    found.append(Candidate(span.start, span.end, "table"))
    return found


CAPTION_MAX_TOKENS = 12
FINITE_TAGS = {"VBD", "VBZ", "VBP", "MD"}


def _caption_year(doc: Doc, block: Block):
    """A bare year that opens or closes a caption, a short line with no finite verb ("1890 map of the
    coast", "Ethnic groups of the province 1970"): the time the picture shows, like a heading's year; not
    one before a plural noun ("1890 maps"), which may count."""
    span = doc.char_span(block.start, block.end, alignment_mode="expand")
    if span is None:
        return None
    words = [token for token in span if not (token.is_punct or token.is_space)]
    if not words or len(words) > CAPTION_MAX_TOKENS or any(token.tag_ in FINITE_TAGS for token in words):
        return None
    first, last = words[0], words[-1]
    if YEARISH.match(first.text) and first.text.isdigit() and len(words) > 1 and words[1].tag_ != "NNS":
        return first
    if YEARISH.match(last.text) and last.text.isdigit() and len(words) > 1:
        return last
    return None


def _allowed_in_table(doc: Doc, candidate: Candidate, blocks_by_start) -> bool:
    """In a table row a date lies inside one cell, and a bare number in a data cell is not a year."""
    block = blocks_by_start(doc[candidate.start].idx)
    if block is None or block.kind != TABLE_ROW or not block.cells:
        return True
    start_char, end_char = doc[candidate.start].idx, doc[candidate.end - 1].idx + len(doc[candidate.end - 1])
    for index, (cell_start, cell_end) in enumerate(block.cells):
        if cell_start <= start_char and end_char <= cell_end:
            cell_text = clean_text(doc)[cell_start:cell_end]
            return index == 0 or not BARE_NUMBER.match(cell_text.strip())
    return False


def _before_a_pro_form(doc: Doc, candidate: Candidate, after) -> bool:
    """'smaller than the 1997 one', 'as big as its 1923 one': a year between a determiner and a pro-form that
    heads the phrase is the time of the thing the pro-form stands for."""
    before = doc[candidate.start - 1] if candidate.start > 0 else None
    return after.lower_ in lexicon()["pro_form_nouns"] and doc[candidate.end - 1].head == after \
        and before is not None and before.pos_ in ("DET", "PRON")


def _past_verb_after_a_time(word: Token, before: Token | None) -> bool:
    """A unit word the tagger reads as a past verb, after a year that a time preposition governs, is the clause's
    verb, not the year's unit: "Britain in 1842 won Hong Kong", "Labour in 1945 won a landslide" ("won" the
    verb, not the currency); "paid 1990 won" stays an amount."""
    return word.tag_ == "VBD" and before is not None and before.lower_ in lexicon()["time_prepositions"]


ONE_DIGIT_END = re.compile(r"\d{4}[-\u2010-\u2015/]\d")  # "1936-7"


def _is_amount(doc: Doc, candidate: Candidate, timex: Timex) -> bool:
    """A number read as a year that is an amount ("2000 tons", "$1990", "from 2010 to 29 percent")."""
    lex = lexicon()
    first, last = doc[candidate.start], doc[candidate.end - 1]
    before = doc[candidate.start - 1] if candidate.start > 0 else None
    after = doc[candidate.end] if candidate.end < len(doc) else None
    if before is not None and first.text[:1].isdigit() and (
            before.lower_ in lex["not_year_preceders"] or before.text.endswith(("$", "-"))):
        return True
    if before is not None and before.text == "." and candidate.start > 1 and first.text[:1].isdigit() \
            and doc[candidate.start - 2].lower_ + "." in lex["not_year_preceders"]:
        return True  # "No. 1812" written as two tokens
    if before is not None and before.is_upper and before.is_alpha \
            and ONE_DIGIT_END.fullmatch(doc[candidate.start:candidate.end].text.replace(" ", "")):
        return True  # "EN 1332-4", "ISO 9241-1": a standard's number and part after its issuer, no years
    if after is None or not last.text[:1].isdigit():
        return False
    if (after.lower_ in lex["not_year_followers"] and not _past_verb_after_a_time(after, before)) \
            or _unit_with_exponent(after):
        return True
    if after.like_num and not _before_a_pro_form(doc, candidate, after) and not (
            after.is_alpha and _year_after_an_opening_time_preposition(doc, candidate.start, candidate.end)):
        return True  # "In 1960 seventeen states gained independence": a number in words starts the subject
    if _counts_a_plural(doc, candidate, after) or _opens_a_range_of_amounts(doc, candidate):
        return True
    # A common noun right after a bare number from our rules counts it ("in 1500 villages"); the
    # model's DATE entities are trusted ("the 1990 elections"), and so are year ranges of a few years
    # ("the 1979-1981 embargo"), which counts of things rarely look like.
    if candidate.source != "rule" or after.pos_ != "NOUN" or after.lower_ in lex["months"] or candidate.before_name:
        return False
    if _year_after_an_opening_time_preposition(doc, candidate.start, candidate.end):
        return False
    if timex.granularity not in ("year", "range"):
        return False  # "the winter of 1916/17 food ...": a season counts nothing
    if not re.fullmatch(r"[\d\u2010-\u2015/-]+", last.text):
        return False  # "the 1920s to the 1940s trade": a decade counts nothing
    years = years_in(timex.value)
    return not (timex.granularity == "range" and len(years) == 2 and years[1] - years[0] <= 25)


UNIT_WITH_EXPONENT = re.compile(r"([a-z]+)[0-9\u00b2\u00b3\u207b\u2212^-]+[0-9\u00b9\u00b2\u00b3\u2070-\u2079]*")


def _unit_with_exponent(token) -> bool:
    """A unit written with its exponent in one token after a number: "1450 cm\u22121" (a wavenumber),
    "1600 m3", "1200 km2": an amount of that unit, not a year."""
    match = UNIT_WITH_EXPONENT.fullmatch(token.lower_)
    return match is not None and match[1] in lexicon()["not_year_followers"]


def _year_after_an_opening_time_preposition(doc: Doc, start: int, end: int) -> bool:
    """A bare year right after a time preposition that opens the sentence: "Before 1800 astronomers had
    ...", "Until 1750 weavers worked ...", "After 1870 merchants travelled ...". The preposition governs
    the year, and the noun after it is the clause's subject, which the year does not count (the parser
    often reads it as a count: "1800 astronomers"); not where the noun after the number is the
    preposition's object and the clause has a subject of its own ("In 1500 villages the harvest failed":
    the number counts)."""
    if start == 0:
        return False
    preposition, number = doc[start - 1], doc[start]
    if not (end - start == 1 and preposition.is_sent_start and preposition.lower_ in lexicon()["time_prepositions"]
            and number.text.isdigit() and YEARISH.match(number.text)):
        return False
    noun = doc[end] if end < len(doc) else None
    verb = preposition.head
    return not (noun is not None and noun.dep_ == "pobj" and noun.head.i == preposition.i
                and verb.pos_ in ("VERB", "AUX") and any(child.dep_ in ("nsubj", "nsubjpass") for child in verb.children))


def _counts_a_plural(doc: Doc, candidate: Candidate, after) -> bool:
    """A bare number that counts the plural noun a verb takes: "scored 1998 points", "employs 2000 clerks"
    (a year before a plural noun takes an article, a possessive or a preposition: "the 1990 elections",
    "In 1990 elections were held"; and a happening is dated: "held 1990 elections", WordNet's event
    nouns)."""
    number = doc[candidate.end - 1]
    before = doc[candidate.start - 1] if candidate.start > 0 else None
    return (candidate.end - candidate.start == 1 and before is not None and before.tag_.startswith("VB")
            and after.tag_ == "NNS" and number.dep_ == "nummod" and number.head.i == after.i
            and noun_event_type(after.lemma_) is None)  # "held 1990 elections": happenings are dated


def _opens_a_range_of_amounts(doc: Doc, candidate: Candidate) -> bool:
    """The first number of a range of amounts: "between 1500 and 2000 soldiers", "from 1000 to 1200 people"."""
    lex = lexicon()
    if candidate.end + 2 >= len(doc):
        return False
    joiner, other, unit = doc[candidate.end], doc[candidate.end + 1], doc[candidate.end + 2]
    number = doc[candidate.end - 1]
    return (joiner.lower_ in RANGE_WORDS | {"and", "or"} and other.text.isdigit()
            and len(other.text) == len(number.text) and unit.lower_ in lex["not_year_followers"])


FOUR_DIGIT_YEAR = re.compile(r"^(1[0-9]|20)[0-9]{2}$")


def _approximate_year_opens_a_sentence(doc: Doc, approximation, after) -> bool:
    """"Around 980 the king ...", "About 850, the town ...": an approximate number that opens its sentence
    and is followed by a comma or by the determiner of the clause's subject sets the time of the clause;
    a count would be followed by what it counts or by a verb ("About 300 soldiers died", "About 300 were
    killed")."""
    return (approximation.lower_ in lexicon()["approximate_short_span_openers"] and approximation.is_sent_start
            and after is not None and (after.text == "," or after.pos_ == "DET"))


def _short_year_in_context(doc: Doc, candidate: Candidate) -> bool:
    """A three-digit number is a year only where the context says so.

    An era ("988 CE") says so. Otherwise the number must follow a preposition of time ("In 988, ...",
    "until 712", "from 850 to 1066") or a bracket, with no unit after it ("800 to 1300 cm"), and not
    count a change ("rose by 862", "one in 300"). A range needs a four-digit year at one end or to be a
    bracketed life or reign ("(850-932)"); a single number needs no noun or number after it ("in 300
    villages", "from 850 to 900").
    """
    lex = lexicon()
    span = doc[candidate.start:candidate.end]
    if any(token.lower_ in ERA_WORDS for token in span):
        return True
    after = doc[candidate.end] if candidate.end < len(doc) else None
    if span[0].lower_ == "year" and not (after is not None and (after.like_num or after.pos_ in ("NOUN", "NUM"))):
        return True  # "in the year 860": the noun says so
    unit = re.match(r"[a-z%]+", after.lower_) if after is not None else None
    if unit is not None and unit[0] in lex["not_year_followers"]:
        return False  # "between 800 and 1300 cm-1"
    preposition = doc[candidate.start - 1] if candidate.start > 0 else None
    dashed = len(re.findall(r"\d{3}", span.text)) > 1 and re.search(r"\d\s*[-\u2010-\u2015]\s*\d", span.text)
    opened = preposition is not None and (
        preposition.lower_ in lex["short_year_prepositions"] or preposition.lower_ in ("between", "(")
        or (dashed and preposition.lower_ in lex["approximate_short_span_openers"])
        or _approximate_year_opens_a_sentence(doc, preposition, after) or _dated_to(preposition))
    if not opened:
        return False
    if preposition.lower_ in lex["change_prepositions"] and preposition.head.lemma_.lower() in lex["change_verbs"]:
        return False  # "rose by 862", "fell from 900": an amount; "fell in 476", "was won in 732": a time
    ahead = doc[candidate.start - 2] if candidate.start > 1 else None
    if ahead is not None and (ahead.like_num or ahead.lower_ in lex["not_year_preceders"]):
        return False
    if any(len(token.text) >= 4 and token.text[-4:].isdigit() for token in span):
        return True  # a range that ends in a four-digit year
    if len(re.findall(r"\d{3}", span.text)) > 1:
        # Two short numbers are years only as a bracketed span of a life or reign, "(850-932)", or as a
        # span "from 306 to 337" that counts nothing after it (a change verb was ruled out above).
        label = doc[candidate.start - 2] if candidate.start > 1 else None
        numbered = label is not None and (label.lower_ in lex["not_lifespan_before"] or ROMAN.match(label.text))
        if preposition.text == "(":
            return after is not None and after.text == ")" and not numbered
        return preposition.lower_ in ("from", *lex["approximate_short_span_openers"]) and not (after is not None and (
            after.like_num or after.pos_ in ("NOUN", "PROPN", "NUM") or after.lower_ in ("of", "%")))
    if after is not None and (after.like_num or after.pos_ in ("NOUN", "PROPN", "ADJ", "NUM")
                              or after.lower_ in ("of", "out", "%") or after.lower_ in lex["not_year_followers"]):
        return False
    following = doc[candidate.end + 1] if candidate.end + 1 < len(doc) else None
    if after is not None and after.lower_ in RANGE_WORDS | {"and", "or"} and following is not None and following.like_num:
        return False  # "from 850 to 900": a range of two amounts
    if after is not None and after.lower_ in lex["short_year_prepositions"] and following is not None \
            and FOUR_DIGIT_YEAR.match(following.text):
        return False  # "down from 120 in 1985", "since 450 in 1850": a number dated by a year is an amount of it
    number = doc[candidate.end - 1]
    return not (number.dep_ in ("nummod", "quantmod", "compound") and number.head.i > number.i)


def _dated_to(preposition: Token) -> bool:
    """"to" after a verb of dating ("dated back to 512", "dating to 780"): what follows is a year."""
    head = preposition.head
    if head.lower_ == "back" and head.head.i != head.i:
        head = head.head  # "dates back to"
    return preposition.lower_ == "to" and head.lemma_.lower() in lexicon()["short_year_dating_verbs"]


def _is_offset(doc: Doc, candidate: Candidate) -> bool:
    """A relative phrase counted from an event rather than a calendar year: "a year before",
    "one year after", "the year after the war" (the preposition has an object of its own)."""
    before = doc[candidate.start - 1] if candidate.start > 0 else None
    if before is not None and (before.like_num or before.lower_ in lexicon()["offset_counters"]):
        return True
    last = doc[candidate.end - 1]
    after = doc[candidate.end] if candidate.end < len(doc) else None
    return last.lower_ in ("before", "after") and after is not None and after.pos_ in OBJECT_STARTS


def _remainder_as_duration(doc: Doc, candidate: Candidate) -> bool:
    """"the rest of the decade", "the remainder of the year" after "for" or "throughout": a duration, which
    v1.1 says is no date (dev's gold leaves "for the rest of the decade" out)."""
    lex = lexicon()
    if doc[candidate.start].lower_ not in lex["remainder_words"]:
        return False
    index = candidate.start - 1
    if index >= 0 and doc[index].lower_ == "the":
        index -= 1
    return index >= 0 and doc[index].lower_ in lex["duration_prepositions"]


def _season_is_a_time(doc: Doc, candidate: Candidate) -> bool:
    """A season without a year names a time after "the", "that" or "this", in lower case, and not as the
    head of "of" ("the fall of the city") or a modifier of a noun ("summer palace", "Winter War")."""
    first, last = doc[candidate.start], doc[candidate.end - 1]
    before = doc[candidate.start - 1] if candidate.start > 0 else None
    after = doc[candidate.end] if candidate.end < len(doc) else None
    if first.lower_ in ("that", "this"):
        before = first
    elif before is not None and before.lower_ in ("and", "or") and candidate.start > 1 \
            and doc[candidate.start - 2].lower_ in lexicon()["seasons"]:
        before = doc[candidate.start - 3] if candidate.start > 2 else None  # "the fall and winter"
    if before is None or before.lower_ not in ("the", "that", "this") or last.text != last.lower_:
        return False
    return not (after is not None and after.lower_ == "of") and not _modifies_a_noun(doc, candidate.start, candidate.end)


def _before_common_era(doc: Doc, candidate: Candidate) -> bool:
    """A time marked BC ("the 3rd century BC"): the gold value pattern cannot write it, so it is no date.
    An ordinal whose noun comes with the next one shares that one's era ("the 6th and the 5th century BC")."""
    end = candidate.end
    if candidate.elliptic_century:
        end = next((index + 1 for index in range(candidate.end, min(candidate.end + 6, len(doc)))
                    if re.search(r"centur(y|ies)$", doc[index].lower_)), end)
    after = doc[end] if end < len(doc) else None
    return after is not None and after.lower_ in lexicon()["bc_markers"]


def _month_case_ok(doc: Doc, candidate: Candidate) -> bool:
    """Month names that are also common words ("may", "march") count only when capitalised, and not as a
    modal verb that opens a wish or a formula ("May it please the court", "May God keep you"): tagged as
    a modal with a verb in the base form as its head."""
    ambiguous = set(lexicon()["ambiguous_months"])
    return all(not (t.lower_ in ambiguous and (not t.text[0].isupper() or (t.tag_ == "MD" and t.head.tag_ == "VB")))
               for t in doc[candidate.start:candidate.end])


def _designation_year(doc: Doc, end: int) -> Candidate:
    """The year that ends a standard's designation ("X3.4-1963", "INCITS 4-1986", "ISO 8859-1:1987"): a
    date by the set's conventions (the edition's year), its last four characters, inside the token when
    a colon joins it to the number."""
    last = doc[end - 1]
    char_end = last.idx + len(last)
    return Candidate(end - 1, end, "rule", designation=True, chars=(char_end - 4, char_end))


def _season_opens_a_name(doc: Doc, candidate: Candidate) -> bool:
    """A capitalised season that ends a candidate and opens a name with the capitalised word after it ("the
    1936 Summer Olympics", "the 1980 Winter Games")."""
    last = doc[candidate.end - 1]
    after = doc[candidate.end] if candidate.end < len(doc) else None
    return (candidate.end - candidate.start > 1 and last.lower_ in lexicon()["seasons"] and last.text[:1].isupper()
            and after is not None and after.is_alpha and after.text[:1].isupper())


def candidates(doc: Doc) -> list[Candidate]:
    raw: list[tuple] = []
    found_designations: list[Candidate] = []
    found_elliptic: list[Candidate] = []
    named: set[int] = set()  # first tokens of years before a name (the year_before_name rule) or an event noun
    for ent in doc.ents:
        if ent.label_ == "DATE":
            raw.append((ent.start, ent.end, "ner"))
            # A list of years the model took as one entity ("1990, 1992 and 1996"): each year alone too.
            for token in ent:
                if YEARISH.match(token.text):
                    raw.append((token.i, token.i + 1, "ner"))
    for match_id, start, end in date_matcher(doc)(doc):
        rule = doc.vocab.strings[match_id]
        if rule == DESIGNATION_RULE:
            found_designations.append(_designation_year(doc, end))
            continue
        if rule == NAME_AFTER_RULE:
            # the name after the year (and "the" before it) only shows that the number is no count
            end -= 1
            start = end - 1
            named.add(start)
        if rule == CENTURY_PAIR_RULE:
            # each century of the pair on its own too, for when they are no span: the first one written
            # without its noun ("the 16th and 18th centuries")
            conjunction = next(i for i in range(start, end) if doc[i].lower_ == "and")
            found_elliptic.append(Candidate(start, conjunction, "rule", elliptic_century=True))
            second = conjunction + 1 + (doc[conjunction + 1].lower_ == "the")
            raw.append((second, end, "rule", False))
        if rule == YEAR_AFTER_NAME_RULE:
            start = end - 1  # "Global Destination Cities Index 2013": the name shows the year is no count
        if rule == CITATION_RULE:
            start, end = end - 2, end - 1  # "(Smith 1966)": the year of the citation
            if doc[start].text[-1].isalpha():  # "Smith (2009a)": the year without its letter
                found_designations.append(Candidate(start, end, "rule", chars=(doc[start].idx, doc[start].idx + 4)))
                continue
        if rule == COMPARISON_RULE:
            while start < end and doc[start].lower_ in lexicon()["comparison_words"]:
                start += 1
        raw.append((start, end, "rule", rule.startswith(SHORT_YEAR_RULES)))
    for year in _years_after_the_and_an_adjective(doc):
        named.add(year)
        raw.append((year, year + 1, "rule", False))
    for year in _years_before_an_event_noun(doc):
        named.add(year)  # "the 1967 war": a happening dated, no count of wars
        raw.append((year, year + 1, "rule", False))
    found = [c for c in (trim(doc, *item) for item in raw) if c is not None]
    for candidate in found:
        candidate.before_name = candidate.source == "rule" and candidate.start in named
        if _season_opens_a_name(doc, candidate):
            candidate.end -= 1  # "the 1936 Summer Olympics": the year of a name, no season
    found.extend(found_designations)
    found.extend(c for c in found_elliptic if doc[c.start].lower_ not in lexicon()["leading_words"])
    found.extend(_block_candidates(doc, doc._.blocks or []))
    return found


# -- selection and normalisation --------------------------------------------------------------

@dataclass
class Found:
    start: int  # token offsets
    end: int
    source: str
    timex: Timex
    block: Block | None
    chars: tuple[int, int] | None = None  # clean-text offsets when the date is part of a token
    bound: bool = False  # a deadline ("by the end of 1776", "until at least 1975") or plan: no story time


def _opens_a_name(doc: Doc, candidate: Candidate) -> bool:
    """A capitalised time that runs on into capitalised words is part of a name, no time, when the name
    is an organisation's: the model marks it ORG, or it ends with a noun of a body ("the Nineteenth Century
    Club", "Twentieth Century Fox"). A time before a name of a happening ("the 1936 Summer Olympics") is
    left to the name rules."""
    last = doc[candidate.end - 1]
    if candidate.end >= len(doc) or not last.is_title or not doc[candidate.end].is_title:
        return False
    end = candidate.end
    while end < len(doc) and doc[end].is_title and doc[end].is_alpha:
        end += 1
    name = doc[candidate.start:end]
    in_an_organisation = any(ent.label_ == "ORG" and ent.start <= candidate.start and ent.end > candidate.end
                             for ent in doc.ents)
    return in_an_organisation or ends_with_a_body_noun(name.text)


def _modifies_a_noun(doc: Doc, start: int, end: int) -> bool:
    """The expression is a modifier of a noun after it ("the 1974 floods", "May Day", "the October Revolution")."""
    root = doc[start:end].root
    # "the February and October revolutions": from a conjoined month to the one that modifies the noun.
    while root.dep_ == "conj" and root.head is not None and root.head.i != root.i:
        root = root.head
    head = root.head
    if root.dep_ not in ("compound", "amod", "nmod", "nummod") or head.i < end or head.pos_ not in ("NOUN", "PROPN"):
        return False
    # The parser often hangs a time on the subject after it ("In December Ulaanbaatar said ..."):
    # a preposition right before it that has no object of its own takes the time as its object,
    before = doc[start - 1] if start > 0 else None
    # (also a preposition before the time's own article: "By the late 18th century chemistry had ...")
    preposition = doc[start - 2] if before is not None and before.lower_ == "the" and start > 1 else before
    if preposition is not None and preposition.pos_ == "ADP" \
            and not any(child.dep_ == "pobj" for child in preposition.children):
        return False
    # a time preposition that opens the sentence governs the bare year right after it ("Until 1750 weavers
    # worked at home", where the parser reads "1750" as counting the weavers),
    if before is not None and _year_after_an_opening_time_preposition(doc, start, end):
        return False
    # or takes the clause's subject after the time as its object ("By 1860 cotton planters dominated the
    # state", "By 2015 Canadian bitumen upgraders were producing"): the verb it hangs from then has no
    # subject of its own, or one that runs on from that object; "by 1990 standards" keeps its noun.
    if preposition is not None and preposition.pos_ == "ADP" and head.dep_ == "pobj" \
            and head.head.i == preposition.i and _swallows_the_subject(doc, head, preposition):
        return False
    # or takes the name after it as the object ("in June Taney issued the writ"): a time preposition
    # right before the time, with no article, governs the time, not a name.
    if before is not None and before.lower_ in lexicon()["time_prepositions"] and head.pos_ == "PROPN" \
            and head.dep_ == "pobj" and head.head.i == before.i:
        return False
    # and a noun in a named entity of its own is not part of a name with the time.
    return not (head.ent_type_ and head.ent_type_ != "DATE" and head.ent_type_ != root.ent_type_)


def _swallows_the_subject(doc: Doc, obj, preposition) -> bool:
    """The object the parser gave a preposition is the subject of the clause the preposition opens: the
    verb has no subject, or its subject is the word right after the object (one noun phrase cut in two)."""
    verb = preposition.head
    if verb.pos_ not in ("VERB", "AUX") or verb.i < obj.i:
        return False
    subjects = [child for child in verb.children if child.dep_ in ("nsubj", "nsubjpass", "expl", "csubj")]
    if not subjects:
        return True
    after = doc[obj.i + 1] if obj.i + 1 < len(doc) else None
    return after is not None and any(subject.i == after.i for subject in subjects)


def sentence_starts(doc: Doc) -> list[int]:
    """The first token of each token's sentence (Token.sent walks the Doc on every call)."""
    starts = [0] * len(doc)
    if not doc.has_annotation("SENT_START"):
        return starts
    for sentence in doc.sents:
        for index in range(sentence.start, sentence.end):
            starts[index] = sentence.start
    return starts


def _bounding_mod(doc: Doc, start: int, end: int, sent_starts: list[int], timex: Timex) -> str | None:
    """The modifier of a bounding word right before the expression ("by", "until", "before", "after").

    Not when the expression only modifies a noun: in "hit by the 1974 storms" "by" governs the storms.
    A hedge between the word and the time ("until at least 1975") leaves it unbounded.
    """
    if _modifies_a_noun(doc, start, end):
        return None
    lex = lexicon()
    window_start = max(sent_starts[start], start - 6)
    if start > 1 and doc[start - 1].text == "." and doc[start - 2].lower_ in ("ca", "c"):
        window_start = min(window_start, start - 2)  # "ca. 1300" that the parser split into two sentences
    before = "".join(token.lower_ + " " for token in doc[window_start:start] if not token.is_space)
    for phrase, mod in sorted(lex["preposition_modifiers"].items(), key=lambda item: -len(item[0])):
        # "by the 1990s" is bounded, "around the 5th century" approximate; "a book about the 1990s" is not.
        article = "" if mod == "APPROX" and phrase not in lex["approximate_before_the"] else "(?:the )?"
        match = re.search(rf"(?:^|[^a-z.]){re.escape(phrase)} ({article})$", before)
        if not match:
            continue
        sentence_initial = match.start() == 0 and window_start == sent_starts[start]
        preceding = before[:match.start() + 1].split()
        intensified = bool(preceding) and preceding[-1] in lex["throughout_intensifiers"]
        if phrase in lex["throughout_prepositions"] and (
                match[1] or timex.granularity in ("decade", "century") or sentence_initial or intensified):
            return None  # "Through the 1950s ...", "through the 19th century": throughout, not until
        word = doc[start - 1 - (1 if match[1] else 0)]
        if phrase in lex["not_until_prepositions"] and _negated(word):
            return None  # "was not finished until 1932": the time the act happened, bare (set convention)
        if mod == "APPROX":
            # "until about 1930", "by around 1850": the bound wins over the hedge (set: ON_OR_BEFORE)
            prefix = before[:match.start() + 1]
            for outer, outer_mod in lex["preposition_modifiers"].items():
                if outer_mod in BOUND_MODS and re.search(rf"(?:^|[^a-z.]){re.escape(outer)} $", prefix):
                    return outer_mod
        return mod
    return None


def _negated(word) -> bool:
    """The clause a word hangs from is negated: "not", "never", "n't" on its verb (or on the verb it is
    coordinated with), or a subject with "no" or a negative pronoun ("No announcement was made until ...",
    "Nothing changed until ...")."""
    lex = lexicon()
    verb = word.head
    if word.dep_ == "mark" and verb.dep_ == "advcl":
        # "until" parsed as opening a clause ("not regulated until the 19th century, when ... was banned"):
        # the negation is on the clause that "until" bounds, the one its clause hangs from.
        verb = verb.head
    for _ in range(3):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    verbs = [verb]
    # "were not confirmed or refuted until", "was not drafted, approved or funded until": verbs of the
    # same form with no auxiliary or subject of their own share the first one's negation.
    while verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") and verb.tag_ == verb.head.tag_ and not any(
            child.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for child in verb.children):
        verb = verb.head
        verbs.append(verb)
    for child in (child for verb in verbs for child in verb.children):
        if child.dep_ == "neg":
            return True
        if child.dep_ in ("nsubj", "nsubjpass") and (child.lower_ in lex["negative_subjects"] or any(
                grand.dep_ == "det" and grand.lower_ in lex["negative_determiners"] for grand in child.children)):
            return True
    return False


BOUND_MODS = {"BEFORE", "AFTER", "ON_OR_BEFORE"}


def _hedged(doc: Doc, start: int) -> bool:
    """"until at least 1975", "by at least 1990": a hedged limit."""
    return start > 1 and doc[start - 1].lower_ == "least" and doc[start - 2].lower_ == "at"


def _planned(doc: Doc, start: int, end: int) -> bool:
    """A time that a plan, forecast or possibility names, not a time the story is at: the verb it dates
    has a modal ("could be flown in December 1968", "would be ready by 1969"), or it names the time of a
    plan noun ("its 1969 landing goal", "the target of 2010")."""
    lex = lexicon()
    token = doc[start:end].root
    for _ in range(5):
        if token.lower_ in lex["plan_nouns"] or token.lemma_.lower() in lex["plan_nouns"]:
            return True
        if token.pos_ in ("VERB", "AUX") or token.head.i == token.i:
            break
        token = token.head
    return token.pos_ in ("VERB", "AUX") and any(
        child.dep_ == "aux" and child.lower_ in lex["modal_auxiliaries"] for child in token.children)


def _respectively(doc: Doc, candidate: Candidate) -> bool:
    end = candidate.end + (candidate.end < len(doc) and doc[candidate.end].text == ",")  # ", respectively"
    after = doc[end] if end < len(doc) else None
    return after is not None and after.lower_ == "respectively" and any(
        token.lower_ == "and" for token in doc[candidate.start:candidate.end])


def _separate_occurrences(doc: Doc, candidate: Candidate) -> bool:
    """Two bare years joined by "and" whose verb has a plural object: "In 1969 and 1970 he launched
    expeditions" names separate occurrences, one year each (set conventions), unlike "wrote the manuscript
    in 1943 and 1944", one stretch of time."""
    words = doc[candidate.start:candidate.end]
    if len(words) != 3 or words[1].lower_ != "and" or not all(BARE_NUMBER.match(t.text) for t in (words[0], words[2])):
        return False
    head = words[0].head
    while head.dep_ in ("prep", "pobj", "conj") and head.head is not head:
        head = head.head
    return any(child.dep_ in ("dobj", "nsubjpass") and child.tag_ in ("NNS", "NNPS") for child in head.children)


def _point_preposition_before_words_range(doc: Doc, candidate: Candidate) -> bool:
    """A range joined by a word ("to", "through", "until") right after "in", "on" or "at": the preposition
    takes the first time alone, and the word bounds the span that starts there ("managed him from the
    time he turned pro in 1986 through January 2000")."""
    before = doc[candidate.start - 1] if candidate.start > 0 else None
    if before is None or before.lower_ not in ("in", "on", "at"):
        return False
    return any(token.lower_ in BOUND_WORDS for token in doc[candidate.start:candidate.end])


def _through_words() -> frozenset[str]:
    """Range words that join no range ("through", "thru": `throughout_prepositions`): the end after them is a bound."""
    return frozenset(lexicon()["throughout_prepositions"])


def _joined_by_through(doc: Doc, candidate: Candidate) -> bool:
    """A span whose ends "through" (or "thru") joins: "1840 through 1850", "the late 1920s through the
    1930s". The set writes it as two dates, the second ON_OR_BEFORE (`through_span_ends`)."""
    words = _through_words()
    return any(token.lower_ in words for token in doc[candidate.start + 1:candidate.end - 1])


def through_span_ends(doc: Doc, found: list[Found], sent_starts: list[int]) -> None:
    """The time after "through" that ends a span opened by the time before it ("from 1840 through 1850",
    "the late 1920s through the 1930s", "the mid-1980s through at least 1992") is ON_OR_BEFORE, like
    "until" (set convention): the span's start says "through" is no "throughout" here, before "the", a
    decade or a hedge too. The start keeps its own value and modifier."""
    words = _through_words()
    fillers = {"the", "at", "least"}
    for previous, end in zip([None, *found], found):
        # "from the Renaissance through the 19th century": a span opened by "from" and a name or event
        index = end.start - 1
        while index > sent_starts[end.start] and doc[index].lower_ in fillers:
            index -= 1
        if doc[index].lower_ not in words:
            continue
        opened = next((i for i in range(index - 1, max(sent_starts[end.start], index - 10) - 1, -1)
                       if doc[i].lower_ == "from"), None)
        if opened is None or (previous is not None and opened < previous.end and previous.start >= sent_starts[end.start]):
            continue  # no "from", or a date between "from" and "through" (the pair below decides)
        if end.timex.mod is None or end.timex.mod in PART_MODS:
            end.timex = replace(end.timex, mod="ON_OR_BEFORE")
    for first, second in zip(found, found[1:]):
        if first.chars is not None or second.chars is not None or sent_starts[first.start] != sent_starts[second.start]:
            continue
        between = [token.lower_ for token in doc[first.end:second.start] if not token.is_space]
        if not between or between[0] not in words or not all(word in fillers for word in between[1:]):
            continue
        if second.timex.mod is None or second.timex.mod in PART_MODS:
            second.timex = replace(second.timex, mod="ON_OR_BEFORE")


def select(doc: Doc, sent_starts: list[int], before_common_era: list[Found] | None = None) -> list[Found]:
    """Longest readable candidates first; each token belongs to one date at most. Times marked BC are
    no dates; they are added to `before_common_era` when given."""
    clean = doc._.clean
    block_at = clean.block_at if clean is not None else (lambda offset: None)
    ordered = sorted(
        candidates(doc), key=lambda c: (-(doc[c.end - 1].idx + len(doc[c.end - 1]) - doc[c.start].idx),
                                        c.start, SOURCE_RANK[c.source]))
    taken = [False] * len(doc)
    kept: list[Found] = []
    for candidate in ordered:
        if any(taken[candidate.start:candidate.end]):
            continue
        span = doc[candidate.start:candidate.end]
        text = span.text if candidate.chars is None else clean_text(doc)[slice(*candidate.chars)]
        if candidate.elliptic_century:
            text += " century"
        timex = parse(text, candidate.between, candidate.short_years)
        if timex is None or not _month_case_ok(doc, candidate):
            continue
        if _before_common_era(doc, candidate):
            if before_common_era is not None and not any(taken[candidate.start:candidate.end]):
                before_common_era.append(Found(candidate.start, candidate.end, candidate.source, timex,
                                               block_at(span.start_char)))
            continue
        if clean is not None and clean.in_italics(*(candidate.chars or (span.start_char, span.end_char))):
            continue  # in the title of a work ("''Night of January 16th''", "''1984''"), set in italics
        if candidate.short_years and not _short_year_in_context(doc, candidate):
            continue
        if timex.granularity == "range" and (_respectively(doc, candidate) or _separate_occurrences(doc, candidate)):
            continue  # "in the 17th and 18th centuries respectively": two times, one each
        if "/" in timex.value and _point_preposition_before_words_range(doc, candidate):
            continue  # "turned pro in 1986 through January 2000": a time, then the bound of a span
        if "/" in timex.value and _joined_by_through(doc, candidate):
            continue  # "from 1840 through 1850": two dates, the second a bound (set convention)
        if timex.is_relative and _is_offset(doc, candidate):
            continue
        if timex.is_relative and _remainder_as_duration(doc, candidate):
            continue  # "dominated for the rest of the decade": how long, not when (v1.1: durations)
        if re.fullmatch(r"XXXX-\d{2}", timex.value) and _modifies_a_noun(doc, candidate.start, candidate.end):
            continue  # a month name in a name: "May Day", "the October Revolution"
        if _opens_a_name(doc, candidate):
            continue  # "the Twentieth Century Motor Company", "21st Century Insurance": a name, no time
        if BARE_SEASON.fullmatch(timex.value) and not _season_is_a_time(doc, candidate):
            continue
        if timex.relative_season is not None and _modifies_a_noun(doc, candidate.start, candidate.end):
            continue  # "the following summer season": the noun is the time, if any
        if candidate.source != "table" and not _allowed_in_table(doc, candidate, block_at):
            continue
        if candidate.source != "table" and not candidate.designation and _is_amount(doc, candidate, timex):
            continue
        bound = _hedged(doc, candidate.start) or _planned(doc, candidate.start, candidate.end)
        if timex.mod is None or timex.mod in PART_MODS:  # "by the following year" is bounded too
            mod = _bounding_mod(doc, candidate.start, candidate.end, sent_starts, timex)
            # "by the end of 1776", "before the end of 1969": a deadline (a bare "by 1908" may still be
            # the story's year)
            bound = bound or (mod in BOUND_MODS and timex.mod in PART_MODS)
            if mod is not None and timex.mod is None:
                timex = replace(timex, mod=mod)
            elif mod == "ON_OR_BEFORE" or (mod == "BEFORE" and timex.mod == "END"):
                # "by mid-2014", "by the end of 1990", "before the end of November": the bound wins
                timex = replace(timex, mod="ON_OR_BEFORE")
            elif mod in ("BEFORE", "AFTER"):
                timex = replace(timex, mod=mod)  # "before the mid-1990s", "after the late 1970s": so does this one
        for index in range(candidate.start, candidate.end):
            taken[index] = True
        kept.append(Found(candidate.start, candidate.end, candidate.source, timex, block_at(span.start_char),
                          candidate.chars, bound))
    kept.sort(key=lambda found: found.start)
    return kept


def _single_year_anchor(timex: Timex) -> tuple[int, int | None, int | None] | None:
    """(year, last month, last day) of an anchor inside one calendar year; None for wider times."""
    if timex.year_unresolved or timex.is_relative:
        return None
    years = set(years_in(timex.value))
    if len(years) != 1 or timex.granularity in ("decade", "century"):
        return None
    last = timex.value.split("/")[-1]
    match = re.fullmatch(r"\d{4}-(\d{2})(?:-(\d{2}))?", last)
    if match:
        return years.pop(), int(match[1]), int(match[2]) if match[2] else None
    return years.pop(), None, None


BARE_SEASON = re.compile(r"XXXX-(SP|SU|FA|WI)")


def _partial_month_day(value: str) -> tuple[int, int | None] | None:
    """(month, day) of a month or day without a year; a season counts as its first month."""
    if season := BARE_SEASON.fullmatch(value):
        return SEASON_MONTHS[season[1]][0], None
    match = re.fullmatch(r"XXXX-(\d{2})(?:-(\d{2}))?(?:/XXXX-\d{2}(?:-\d{2})?)?", value)
    if not match:
        return None
    return int(match[1]), int(match[2]) if match[2] else None


def _has_forward_cue(doc: Doc, anchor: Found, found: Found) -> bool:
    """A word between two dates that says the second comes after the first ("then", "later"), or a
    range word joining them ("from November 1994 to February")."""
    lex = lexicon()
    words = [token.lower_ for token in doc[anchor.end:found.start] if not token.is_space]
    if any(word in lex["forward_cues"] for word in words):
        return True
    fillers = set(lex["range_cue_fillers"])
    return any(word in lex["range_cues"] for word in words) and all(word in fillers for word in words)


def _pluperfect(doc: Doc, found: Found) -> bool:
    """The expression dates a verb in the past perfect ("had formed ... in October"): a time before the
    story's present."""
    token = doc[found.start]
    for _ in range(4):
        if token.pos_ in ("VERB", "AUX") or token.head.i == token.i:
            break
        token = token.head
    return token.pos_ in ("VERB", "AUX") and any(
        child.dep_ in ("aux", "auxpass") and child.lower_ in ("had", "'d") for child in token.children)


def _backward_cue(doc: Doc, found: Found) -> bool:
    """A word after the expression in its sentence that places it before a happening ("on November 18, less
    than four weeks before the premiere"): it looks back into the anchor's year."""
    sent = doc[found.start].sent
    # not a clause opened by "before" ("..., before he had seen the reviews"): a happening of its own
    return any(token.lower_ in lexicon()["backward_cues"] and token.dep_ != "mark" for token in doc[found.end:sent.end])


def resolve_year(doc: Doc, anchor: Found | None, found: Found) -> Timex:
    """A month or day without a year, given the dated expression before it in the same paragraph.

    Inside a stated year ("In 1999 ... in March") the month is in that year, and so is the anchor's own
    month again ("on November 13 ... in early November"). A later month of the calendar is in the
    anchor's year. An earlier one comes after it, in the next year, when the story moves on: in the same
    paragraph, or when a word such as "then" or "later" says so; a verb in the past perfect ("had formed
    in October") or a word after it such as "before" ("less than four weeks before the premiere") looks back
    into the anchor's year. Otherwise the year stays unresolved.
    A part of a year ("late 1996") counts as its first month (lexicon year_part_first_month).
    """
    timex = found.timex
    if anchor is None:
        return timex
    parsed = _single_year_anchor(anchor.timex)
    partial = _partial_month_day(timex.value)
    if parsed is None or partial is None:
        return timex
    year, anchor_month, anchor_day = parsed
    month, day = partial
    if anchor_month is None:
        later = month >= lexicon()["year_part_first_month"].get(anchor.timex.mod or "", 1)
    else:
        later = (month, day or 0) > (anchor_month, anchor_day or 0) or (day is None and month == anchor_month)
    if later:
        return with_year(timex, year)
    if _pluperfect(doc, found) or _backward_cue(doc, found):
        return with_year(timex, year)
    if anchor.block is found.block or _has_forward_cue(doc, anchor, found):
        return with_year(timex, year + 1)
    return timex


NARRATIVE_BLOCKS = {PARAGRAPH, LIST_ITEM}
# Modifiers that name a part of a time ("late 1966"); a bound before them ("by late 1966") replaces them.
PART_MODS = {"START", "MID", "END"}
RANGE_WORDS = {"to", "until", "till", "through", "-", "\u2013", "\u2014"}
DASHES = {"-", "\u2013", "\u2014"}
BOUND_WORDS = {"until", "till", "untill", "through", "thru"}  # range words that also bound a time alone


def resolve_from_range_end(doc: Doc, found: list[Found], sent_starts: list[int]) -> None:
    """A range start without a year takes it from the range end after it: "from 18 March to 28 May 1871",
    "between 3 May and 5 June 1999"."""
    for index in range(len(found) - 2, -1, -1):
        start = found[index]
        if not start.timex.year_unresolved:
            continue
        end = found[index + 1]
        between = doc[start.end:end.start]
        opened_by_between = start.start > 0 and doc[start.start - 1].lower_ == "between"
        if sent_starts[start.start] != sent_starts[end.start] or not any(
                token.lower_ in RANGE_WORDS or (opened_by_between and token.lower_ == "and") for token in between):
            continue
        parsed = _single_year_anchor(end.timex)
        partial = _partial_month_day(start.timex.value)
        if parsed is None or partial is None:
            continue
        year, end_month, end_day = parsed
        month, day = partial
        if end_month is not None and (month, day or 0) > (end_month, end_day or 32):
            year -= 1  # "from November to 3 February 1920" starts in 1919
        start.timex = with_year(start.timex, year)


def _approximation_at(doc: Doc, index: int) -> int:
    """How many tokens ending at `index` say "about": "c.", "ca ." (split by the tokenizer), "around"."""
    words = set(lexicon()["range_approximation_words"])
    if index >= 1 and doc[index].text == "." and doc[index - 1].lower_ + "." in words:
        return 2
    return 1 if index >= 0 and doc[index].lower_ in words else 0


def _opener(doc: Doc, found: Found) -> str | None:
    """The word before an expression, past an article or a word of approximation: "from" in "from the 9th
    century", "from c. 1150"."""
    index = found.start - 1
    index -= _approximation_at(doc, index)
    if index >= 0 and doc[index].lower_ == "the":
        index -= 1
    return doc[index].lower_ if index >= 0 else None


def _joining_words(doc: Doc, first: Found, second: Found) -> list[str]:
    """The words between two dates, without articles and without the approximation that opens the second
    ("1150 to c. 1300": ["to"])."""
    end = second.start - 1
    end -= _approximation_at(doc, end)
    return [token.lower_ for token in doc[first.end:end + 1] if token.lower_ != "the"]


def unbound_range_ends(doc: Doc, found: list[Found]) -> None:
    """In "from 2 June until 30 August 1851" "until" ends a range: its end is no ON_OR_BEFORE bound."""
    for first, second in zip(found, found[1:]):
        if second.timex.mod != "ON_OR_BEFORE" or _opener(doc, first) != "from":
            continue
        words = _joining_words(doc, first, second)
        if len(words) == 1 and words[0] in RANGE_WORDS - _through_words():
            # "from 1350 until around 1500": the hedge the bound hid is the end's own
            hedged = _approximation_at(doc, second.start - 1) > 0
            second.timex = replace(second.timex, mod="APPROX" if hedged else None)


def _range_joins(doc: Doc, first: Found, second: Found, sent_starts: list[int]) -> bool:
    """Two dates that make one range: one range word between them after "from", "and" after "between",
    or a dash alone ("26 March – 8 April 2009")."""
    if first.chars is not None or second.chars is not None or first.start == 0:
        return False
    # "to ca. 1350": the parser may start a sentence after the abbreviation's full stop
    approximation = second.start - _approximation_at(doc, second.start - 1)
    if sent_starts[first.start] not in (sent_starts[second.start], sent_starts[approximation]):
        return False
    opener = _opener(doc, first)
    words = _joining_words(doc, first, second)
    if len(words) == 1 and words[0] in DASHES:
        return True
    if opener == "from":  # "from 1840 through 1850" stays two dates (`through_span_ends`)
        return len(words) == 1 and words[0] in RANGE_WORDS - _through_words()
    return opener == "between" and words == ["and"]


def _starts_range_to(doc: Doc, found: Found, following: Found, sent_starts: list[int]) -> bool:
    """A partial date that opens a range whose end has its year: the end's year is the start's."""
    end = following.timex
    return not end.is_relative and not end.year_unresolved and _range_joins(doc, found, following, sent_starts)


def _approximate_range(first: Timex, second: Timex) -> Timex | None:
    """"from c. AD 600 to c. 1100", "from around 1400 to 1450": a range with an approximate end is one
    approximate range (set convention: "Around 980 – 982" is 0980/0982 APPROX)."""
    mods = {first.mod, second.mod}
    if "APPROX" not in mods or not mods <= {"APPROX", None}:
        return None
    bare = join_range(replace(first, mod=None), replace(second, mod=None))
    return replace(bare, mod="APPROX") if bare is not None else None


def join_point_ranges(doc: Doc, found: list[Found], sent_starts: list[int]) -> list[Found]:
    """"from 2 June until 30 August 1851", "between 3 May and 5 June 1999", "26 March – 8 April 2009": two
    dates that `_range_joins` are one range (v1.1, like "from 1990 to September 2001"), written at the
    finer granularity of its ends once the start has its year."""
    joined: list[Found] = []
    index = 0
    while index < len(found):
        first = found[index]
        second = found[index + 1] if index + 1 < len(found) else None
        if second is not None and _range_joins(doc, first, second, sent_starts):
            timex = join_range(first.timex, second.timex) or _approximate_range(first.timex, second.timex)
            if timex is not None:
                joined.append(Found(first.start, second.end, first.source, timex, first.block))
                index += 2
                continue
        joined.append(first)
        index += 1
    return joined


def _earliest_year(timex: Timex) -> int | None:
    """The first calendar year a year, decade or century (or a range of them) names, read as AD."""
    value = timex.value.split("/")[0]
    if not value.isdigit():
        return None
    return {4: int(value), 3: int(value) * 10, 2: int(value) * 100 + 1}.get(len(value))


def _era_carried_on(doc: Doc, found: Found, before_common_era: list[Found]) -> bool:
    """A year or century with no era of its own after a time marked BC in the same paragraph, and no
    further from today than it ("born in 384 BC ... died in 322", "around 1050 BC ... by the tenth
    century"), is BC too: a BC story counts its years down, and stays BC until a time says AD. It is no
    date, like the time marked BC (set convention, review rounds 4 and 6)."""
    if found.block is None:
        return False
    earliest = _earliest_year(found.timex)
    if earliest is None:
        return False
    last_bc = None
    for marked in before_common_era:
        if marked.block is found.block and marked.start < found.start:
            last_bc = marked
    if last_bc is None or _earliest_year(last_bc.timex) is None:
        return False
    between = doc[last_bc.end:found.end]
    if any(token.lower_ in ERA_WORDS for token in between) or (
            found.start > 0 and doc[found.start - 1].lower_ in ERA_WORDS) or (
            found.end < len(doc) and doc[found.end].lower_ in ERA_WORDS):
        return False  # "... AD 600", "the 2nd century CE": the story has left BC
    furthest = _earliest_year(last_bc.timex)
    if len(last_bc.timex.value.split("/")[0]) == 2:
        furthest = furthest + 99  # "the 3rd century BC" reaches back to 300 BC
    return earliest <= furthest


def _anchors(anchor: Found | None, found: Found) -> bool:
    """Whether a dated expression can give its year to a later partial one: in the same paragraph, or in
    an earlier paragraph of the same section (a narrative carries its year on until a new one is named;
    a table row or caption carries nothing on)."""
    if anchor is None or anchor.block is None or found.block is None:
        return False
    if anchor.block is found.block:
        return True
    return (anchor.block.kind in NARRATIVE_BLOCKS and found.block.kind in NARRATIVE_BLOCKS
            and anchor.block.section == found.block.section)


def _names_its_section_year(found: Found) -> bool:
    """A heading that is a year or opens with one ("==1972 (failed vote)==")."""
    return (found.block is not None and found.block.kind == HEADING and found.block.section is not None
            and found.timex.mod is None and re.fullmatch(r"\d{4}", found.timex.value) is not None)


def _section_year(section_years: dict[str, Found], anchor: Found | None, found: Found) -> Found | None:
    """The heading's year for a month or day without one in a section that a year heads, unless a time
    of its own paragraph says otherwise: the section tells the events of its year, and another year named
    in an earlier paragraph of it ("after 1989", "June 1973") is an aside. A time of the heading's own year
    there ("In December 1944 ...") carries the story on as in any section."""
    if found.block is None or (anchor is not None and anchor.block is found.block):
        return None
    heading = section_years.get(found.block.section)
    if heading is None or anchor is None or not _anchors(anchor, found):
        return heading
    parsed = _single_year_anchor(anchor.timex)
    return None if parsed is not None and parsed[0] == int(heading.timex.value) else heading


def _generic(doc: Doc, found: Found) -> bool:
    """A month or day that names a time of any year, not one time: one of alternatives ("in late February
    or early March"), or the time of a verb in the present tense or with a habitual adverb ("is held in
    March", "usually begins in November")."""
    lex = lexicon()
    before = doc[found.start - 1] if found.start > 0 else None
    after = doc[found.end] if found.end < len(doc) else None
    if (after is not None and after.lower_ == "or") or (before is not None and before.lower_ == "or"):
        return True
    token = _clause_verb(doc[found.start:found.end].root)
    if token is None:
        return False
    auxiliaries = [child for child in token.children if child.dep_ in ("aux", "auxpass")]
    finite = auxiliaries[0] if auxiliaries else token
    return finite.tag_ in ("VBZ", "VBP") or any(
        child.lower_ in lex["habitual_adverbs"] for child in token.children if child.dep_ == "advmod")


def _clause_verb(token):
    """The verb of the clause a token is in, up through the nouns and prepositions above it ("the move to
    late February ... is"), and past a gerund or an infinitive to the verb that takes it ("has contemplated
    moving the ceremony into January"); None when there is none within a few words."""
    for _ in range(7):
        if token.pos_ in ("VERB", "AUX"):
            nonfinite = token.tag_ == "VBG" or (token.tag_ == "VB" and any(
                child.dep_ == "aux" and child.lower_ == "to" for child in token.children))
            if not nonfinite or token.head.i == token.i or token.dep_ not in ("xcomp", "ccomp", "pcomp", "advcl"):
                return token
        if token.head.i == token.i:
            return None
        token = token.head
    return None


def _continue_across_sections(anchor: Found | None, found: Found) -> Timex:
    """A day or month without a year at the start of a new section continues the story of the day before
    it when it falls shortly after that day ("On July 23, ..." then "=== Splashdown === On July 24, ..."):
    a narrative split into phases. Further on, or from a coarser anchor, the year stays open."""
    timex = found.timex
    if anchor is None or anchor.block is None or found.block is None or anchor.block.kind not in NARRATIVE_BLOCKS \
            or found.block.kind not in NARRATIVE_BLOCKS:
        return timex
    match = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", anchor.timex.value)
    partial = _partial_month_day(timex.value)
    if match is None or partial is None or anchor.timex.mod is not None:
        return timex
    year, month, day = int(match[1]), int(match[2]), int(match[3])
    found_month, found_day = partial
    gap = (found_month - month) * 31 + ((found_day or 1) - day)
    return with_year(timex, year) if 0 <= gap <= lexicon()["section_carry_days"] else timex


WEEKDAY_YEARS = 3  # the distinct years of the dates before a weekday that may give it its year


def _year_of_the_weekday(doc: Doc, found: Found, timex: Timex, earlier: list[Found]) -> Timex:
    """A day written with its weekday ("Sunday July 20"), whose year the story around it left open or gave
    a year in which that day is another weekday: the year, among the last few the text has dated before
    it, in which that day is that weekday (July 20 was a Sunday in 1969, not in 1971)."""
    weekday = next((weekday_number(token.lower_) for token in doc[found.start:found.end]
                    if token.lower_ in lexicon()["weekdays"]), None)
    match = re.fullmatch(r"XXXX-(\d{2})-(\d{2})", found.timex.value)
    if weekday is None or match is None:
        return timex
    month, day = int(match[1]), int(match[2])

    def fits(year: int) -> bool:
        value = calendar_day(year, month, day)
        return value is not None and datetime.date.fromisoformat(value).weekday() == weekday

    if not timex.year_unresolved and fits(int(timex.value[:4])):
        return timex
    years: list[int] = []
    for before in reversed(earlier):
        anchor = _single_year_anchor(before.timex)
        if anchor is None or anchor[0] in years:
            continue
        years.append(anchor[0])
        if len(years) > WEEKDAY_YEARS:
            break
        if fits(anchor[0]):
            return with_year(found.timex, anchor[0])
    return timex


def _tells_back(doc: Doc, start: int, end: int) -> bool:
    """Whether the tokens start..end name the time told just before ("By that time, ...", "until then")."""
    words = " ".join(token.lower_ for token in doc[start:end])
    return any(re.search(rf"\b{re.escape(phrase)}\b", words) for phrase in lexicon()["times_told_back"])


def _nearby(doc: Doc, anchor: Found, found: Found, sent_starts: list[int]) -> bool:
    """The anchor is in the sentence of the expression or the one right before it: a counted offset
    ("two years later") counts from the happening told just before, which is certain only when that
    sentence holds the date, or when that sentence is at the time of the date ("in 1970 ... By that time,
    ... A decade later")."""
    own = sent_starts[found.start]
    while True:
        previous = sent_starts[own - 1] if own > 0 else own
        while previous > 0 and all(token.is_space for token in doc[previous:own]):
            previous = sent_starts[previous - 1]  # the blank between two paragraphs is no sentence
        if sent_starts[anchor.start] in (own, previous):
            return True
        if previous == own or not _tells_back(doc, previous, own):
            return False
        own = previous


def extract_dates(doc: Doc) -> list[DateRecord]:
    """Every temporal expression of the Doc, in document order, ids 0, 1, 2, ..."""
    anchor: Found | None = None
    kept: list[Found] = []
    sent_starts = sentence_starts(doc)
    before_common_era: list[Found] = []
    selected = select(doc, sent_starts, before_common_era)
    if before_common_era:
        selected = [found for found in selected if not _era_carried_on(doc, found, before_common_era)]
    through_span_ends(doc, selected, sent_starts)
    section_years: dict[str, Found] = {}
    for index, found in enumerate(selected):
        context = anchor if _anchors(anchor, found) else None
        timex = found.timex
        if timex.year_unresolved and not timex.is_relative:
            context = _section_year(section_years, anchor, found) or context
        looks_back = False
        if timex.is_relative:
            counted = timex.relative_keep == "offset"
            if counted and context is not None and not _nearby(doc, context, found, sent_starts):
                context = None  # "two years later", "the next day" count from the happening told just before
            resolved = resolve_relative(timex, context.timex) if context is not None else None
            if resolved is None:
                continue  # "the previous year" with nothing before it to count from names no time
            timex = resolved
            looks_back = context is not None and resolved.value < context.timex.value
        elif timex.year_unresolved:
            following = selected[index + 1] if index + 1 < len(selected) else None
            if following is not None and _starts_range_to(doc, found, following, sent_starts):
                kept.append(found)  # "March 26 – April 8, 2009": the range's end gives the year, below
                continue
            if _generic(doc, found):
                continue  # "usually begins in November or December": a time of every year, no date
            timex = resolve_year(doc, context, found)
            if timex.year_unresolved and context is None:
                timex = _continue_across_sections(anchor, found)
            timex = _year_of_the_weekday(doc, found, timex, kept)
            if timex.year_unresolved and BARE_SEASON.fullmatch(timex.value):
                continue  # a season whose year the text does not make certain names no time
        found.timex = timex
        # "the preceding year" looks back, and so does a time in the past perfect ("had seized ... in
        # late 1774") after a time of the story: the story stays in its own year.
        looks_back = looks_back or (context is not None and _pluperfect(doc, found))
        # A deadline ("by the end of 1776") or a plan says when something was (to be) done by, not when
        # the story is: a later month without a year stays in the story's year.
        if not timex.year_unresolved and not looks_back and not (found.bound and anchor is not None):
            anchor = found
        if _names_its_section_year(found):
            section_years[found.block.section] = found
        kept.append(found)
    resolve_from_range_end(doc, kept, sent_starts)
    unbound_range_ends(doc, kept)
    kept = join_point_ranges(doc, kept, sent_starts)
    records: list[DateRecord] = []
    for found in kept:
        timex = found.timex
        start = doc[found.start].idx
        end = doc[found.end - 1].idx + len(doc[found.end - 1])
        if found.chars is not None:
            start, end = found.chars
        records.append(DateRecord(
            len(records), start, end, timex.value, timex.mod, granularity_of(timex.value),
            timex.date_from, timex.date_to, found.source, timex.year_unresolved,
        ))
    return records


def person_before_bracket(doc: Doc, start: int):
    """The PERSON token right before the bracket that opens at a date starting at token `start` ("Tom Ward
    (1841–1903)", "Ann Lowe (1987) argued"): a life span, a term or an author-date year that says who is
    meant, not when the text is; None where there is none."""
    if start < 2 or doc[start - 1].text != "(" or doc[start - 2].ent_type_ != "PERSON":
        return None
    return doc[start - 2]
