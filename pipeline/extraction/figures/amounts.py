"""Amounts: which spans of prose are figures. Token patterns propose spans, `numbers.py` reads them,
overlaps keep the longest; a span on a date, a year, a number inside a name or a designation, an
ordinal, a reference back ("the two countries") is no figure. Also the qualifier a figure's own
wording gives it ("about", "more than")."""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from itertools import accumulate
from typing import Iterable

from spacy.tokens import Doc, Span, Token

from ...language.extensions import clean_text
from ..wordclasses import actor_noun_class
from ..tokens import number_like_tokens
from ..numbers import COUNT, MASS, MONEY, PERCENT, SPACE_SEPARATORS, NumberLexicon, parse_amount, parse_number, tokenize_amount
from .clauses import figure_root, governing_verb, is_dash, is_joining_dash, lemma_of
from .lexicon import FigureLexicon, figure_matcher, load_figure_rules
from .record import ProseFigure

# When two patterns find the same span, the more specific kind wins.
KIND_PRIORITY = {MONEY: 0, MASS: 1, PERCENT: 2, COUNT: 3}
# Entity labels of names: a number inside one is part of a name ("Group of Eight"), not an amount.
NAME_LABELS = {"ORG", "EVENT", "WORK_OF_ART", "LAW", "FAC", "PRODUCT", "PERSON", "GPE", "LOC", "NORP", "LANGUAGE"}
# Digits grouped in thousands ("1,376,957") are an amount, never a piece of a name.
GROUPED_DIGITS_RE = re.compile(rf"\d{{1,3}}(?:(?:,|[{SPACE_SEPARATORS}])\d{{3}})+(?:\.\d+)?")
YEAR_RE = re.compile(r"^(1[0-9]{3}|20[0-9]{2}|2100)$")
SPACED_GROUPS_RE = re.compile(rf"\d[{SPACE_SEPARATORS}]\d{{3}}")


def find_amounts(doc: Doc, date_spans: CharSpans | None = None) -> list[ProseFigure]:
    """Every amount the patterns find and numbers.py can read, longest first, without overlaps.
    A candidate that overlaps a date ("2010 to 29 percent") is dropped before the choice."""
    date_spans = date_spans or CharSpans()
    rules = {rule.id: rule for rule in load_figure_rules()}
    candidates: list[ProseFigure] = []
    seen: set[tuple[int, int]] = set()
    for match_id, start, end in figure_matcher(doc.vocab)(doc):
        rule = rules[doc.vocab.strings[match_id]]
        if (start, end) in seen and rule.kind == COUNT:
            continue
        if _touches_power(doc, start, end):
            continue  # "10^999": a piece of a power is no amount of its own
        if doc[start].text[0] in SIGNS and start > 0 and doc[start - 1].like_num:
            continue  # "5 -10 percent": a loose range dash, not a sign
        if any(token.text == PLUS and doc[token.i - 1].whitespace_ for token in doc[start + 1:end]):
            continue  # "2 + 3 million": a sum's terms; only a '+' glued to the digits bounds an amount ("350+ million")
        amount = parse_amount(doc[start:end].text)
        if amount is None or amount.kind != rule.kind:
            continue
        if amount.is_range and amount.low > amount.high:  # type: ignore[operator]
            continue
        if date_spans.overlaps(doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)):
            continue
        own_start = start + 1 if doc[start].lower_ == "between" else start
        separator = next((t.lower_ for t in doc[own_start + 1:end] if t.lower_ in ("to", "and") or is_dash(t)), None)
        spread = own_start > 1 and doc[own_start - 1].lower_ == "from" and (
            lemma_of(doc[own_start - 2]) in SPREAD_VERBS or doc[own_start - 1].head.pos_ == "ADV")
        if amount.is_range and separator == "to" and own_start > 0 and doc[own_start - 1].lower_ == "from" and not spread:
            continue  # "grew from 2 to 3 million": two figures, a start and an end point ("ranged from" is one range)
        if amount.is_range and separator == "to" and not spread and _both_ends_complete(doc[own_start:end]):
            continue  # "$1 billion to $1.97 billion": two figures
        seen.add((start, end))
        candidates.append(ProseFigure(own_start, end, amount, rule.id, separator))
    candidates.sort(key=lambda f: (-(f.end - f.start), KIND_PRIORITY[f.kind], f.start))
    taken = [False] * len(doc)
    chosen = []
    for figure in candidates:
        lead = figure.start - 1 if figure.start > 0 and doc[figure.start - 1].lower_ == "between" else figure.start
        if any(taken[lead:figure.end]):
            continue
        for index in range(lead, figure.end):
            taken[index] = True
        chosen.append(figure)
    return sorted(chosen, key=lambda f: f.start)


SIGNS = "-\u2212"
PLUS = "+"
POWER = "^"


def _touches_power(doc: Doc, start: int, end: int) -> bool:
    """A span that starts at the exponent of a caret power or ends at its base."""
    return (start > 0 and doc[start - 1].text == POWER) or (end < len(doc) and doc[end].text == POWER)


# "ranged from 3% to 25%": the ends of one range, not a change from one amount to another; so is a "from"
# on an adverb of place ("anywhere from 3% to 25%", "somewhere from 10 to 20").
SPREAD_VERBS = {"range", "vary"}


def _both_ends_complete(span: Span) -> bool:
    """Both sides of "to" carry their own scale or unit: two amounts, not one range."""
    pieces = [token.lower_ for token in span]
    cut = pieces.index("to")
    left = tokenize_amount(span[:cut].text)
    return any(kind == "word" for kind, _ in left[1:]) or (len(left) > 1 and left[-1][0] == "sym")


class CharSpans:
    """Character spans (of dates) asked whether any overlaps a range: a bisect on the starts and the
    furthest end reached so far, not a scan of every span for every figure."""

    def __init__(self, spans: Iterable[tuple[int, int]] = ()) -> None:
        ordered = sorted(spans)
        self.starts = [start for start, _ in ordered]
        self.reach = list(accumulate((end for _, end in ordered), max))

    def overlaps(self, start: int, end: int) -> bool:
        before_end = bisect_left(self.starts, end)  # spans that start before `end`
        return before_end > 0 and self.reach[before_end - 1] > start


def _is_year_like(figure: ProseFigure, doc: Doc) -> bool:
    amount = figure.amount
    text = doc[figure.start:figure.end].text
    if amount.kind != COUNT or not any(ch.isdigit() for ch in text) or "," in text or "." in text:
        return False
    if SPACED_GROUPS_RE.search(text):
        return False  # "2 000": thousands set apart by a space are an amount, never a year
    values = [amount.value] if amount.value is not None else [amount.low, amount.high]
    return all(v is not None and float(v).is_integer() and YEAR_RE.match(str(int(v))) for v in values)


def _qualified_count(doc: Doc, figure: ProseFigure, noun: Token | None, lex: FigureLexicon) -> bool:
    """A number that looks like a year but is an amount: a qualifier before it and a plural noun it counts
    right after it ('up to 1200 phone calls a day', 'some 1500 soldiers'); 'around 1731' alone is a year."""
    if noun is None or noun.tag_ != "NNS" or noun.i < figure.end or noun.i > figure.end + 2:
        return False
    if doc[figure.start].dep_ != "nummod" or doc[figure.start].head.i != noun.i:
        return False
    if any(token.lower_ in lex.time_prepositions for token in doc[max(figure.start - 3, 0):figure.start]):
        return False  # "in about 1200 monks built ...": a time first
    return find_qualifier(doc, figure, lex) is not None



def _is_number_word_span(doc: Doc, figure: ProseFigure) -> bool:
    return not any(ch.isdigit() for ch in doc[figure.start:figure.end].text)


def not_a_count(doc: Doc, figure: ProseFigure, lex: FigureLexicon, nums: NumberLexicon,
                 item_token: Token | None) -> bool:
    """Counts that are names, designations, ordinals, durations, lengths or references back."""
    span = doc[figure.start:figure.end]
    first, last = doc[figure.start], doc[figure.end - 1]
    previous = doc[figure.start - 1] if figure.start > 0 else None
    following = doc[figure.end] if figure.end < len(doc) else None
    if any(token.ent_type_ in ("ORDINAL", "TIME") for token in span):
        return True
    if any(value is not None and value != int(value) for value in (figure.amount.value, figure.amount.low, figure.amount.high)):
        return True  # "0.718 (liquid)", "an average of 2.4": a measurement or a mean, no number of things
    if any(token.ent_type_ in NAME_LABELS for token in span) and not GROUPED_DIGITS_RE.fullmatch(span.text) \
            and not _number_taken_for_a_name(doc, figure, lex):
        return True  # "Group of Eight"; but "Douglas 1,376,957 votes" taken into one entity is a name and an amount
    year_like = _is_year_like(figure, doc) and not _qualified_count(doc, figure, item_token, lex)
    if any(token.ent_type_ == "DATE" for token in span) and year_like:
        return True
    if len(span) == 1 and first.lower_ in nums.noun_vague_plurals and (following is None or following.lower_ != "of"):
        return True  # "the scores were published", "a series of scores": a noun; "scores of people" is a number
    if len(span) == 1 and figure.amount.vague and previous is not None and previous.lower_ == "in" \
            and _scale_of_units(doc, figure, nums):
        return True  # "in millions of metric tons", "population in thousands": the scale of a table's numbers
    if year_like:
        return True  # a year is never a count ("IPA 2011 funds", "the 1998 elections")
    if _inside_name(doc, figure, lex) or _numbered_by_noun(doc, figure, nums):
        return True
    # Hyphenated compounds: "Six-Party Talks", "three-year plan", "two-thirds" are names, durations and
    # fractions; "a four-member council", "an eleven-man committee" count members.
    if following is not None and is_joining_dash(following) and not last.whitespace_ and following.i + 1 < len(doc) \
            and doc[following.i + 1].is_alpha and not _counting_compound(doc[following.i + 1], figure, lex, nums):
        return True
    if previous is not None and is_joining_dash(previous) and not previous.whitespace_ and previous.i > 0 \
            and any(ch.isalpha() for ch in doc[previous.i - 1].text) and not doc[previous.i - 1].whitespace_:
        return True  # "pre-1914"; "ZSU-23-4", "BM-21-1": the last part of a model designation
    if previous is not None and previous.lower_.rstrip(".") in lex.designators:
        return True
    if previous is not None and previous.text == "." and previous.i > 0 and not doc[previous.i - 1].whitespace_ \
            and doc[previous.i - 1].lower_ in lex.designator_abbreviations:
        return True  # "Vol. 3", "Par. 2": an abbreviated designator whose full stop the tokenizer split off
    if previous is not None and previous.lower_ == "than" and previous.i > 0 \
            and doc[previous.i - 1].lower_ in lex.age_comparatives \
            and (following is None or following.pos_ not in ("NOUN", "PROPN", "ADJ")):
        return True  # "older than 70", "younger than 15": an age ("older than 800 other churches" counts)
    if previous is not None and previous.lower_ in lex.age_prepositions and _age_of_persons(previous, following):
        return True  # "1,200 were over 65": the age the persons are above, no amount
    if previous is not None and previous.lower_ == "per":
        return True  # "11 per 1,000 children" (a rate's base)
    if _rate_base(doc, figure, lex) or _rate_of(doc, figure, item_token, lex):
        return True  # "for every 1,000 births", "44.5 births per 1,000 people": a rate, no amount
    if previous is not None and previous.lower_ in lex.definite_determiners \
            and _refers_back(previous, figure, item_token, lex):
        return True  # "the two countries", "both sides": parties named before; "the three daughters" is an amount
    if _restated_size(doc, figure, item_token, lex):
        return True  # "the necessary nine states" after "a mere nine states" were named
    if previous is not None and previous.lower_ == "other" and previous.i > 0 and doc[previous.i - 1].lower_ in lex.definite_determiners:
        return True  # "the other two"
    if previous is not None and previous.tag_ in ("PRP$", "POS") and _is_number_word_span(doc, figure) \
            and not figure.amount.vague and _possessed_set_named(doc, figure, item_token, lex):
        return True  # "their two sons, A and B", "its two neighbours": references; "its ten teams" is an amount
    if _is_number_word_span(doc, figure) and first.is_title and not first.is_sent_start and figure.amount.value != 0:
        return True  # a capitalised number word inside a sentence is part of a name ("the Big Three")
    word_after = following
    if word_after is not None and word_after.is_space and word_after.i + 1 < len(doc):
        word_after = doc[word_after.i + 1]  # "220&nbsp;keV": a non-breaking space is a token of its own
    if word_after is not None and (word_after.lower_ in nums.not_figure_units or word_after.lower_ in lex.not_items):
        return True
    if word_after is not None and word_after.lower_ in nums.abbreviated_scales and word_after.i + 1 < len(doc) \
            and _unit_base(doc[word_after.i + 1].text, lex, nums, alone=True):
        return True  # "3,300,000 mln m³", "40 bn cubic metres": millions of a unit of volume, no count
    if word_after is not None and word_after.lower_.endswith(".") and _ends_a_sentence(word_after) \
            and word_after.lower_[:-1] in nums.not_figure_units:
        return True  # "... of 5 MeV.": the full stop glued to the sentence's last word, a unit symbol
    if item_token is not None:
        lemma = item_token.lemma_.lower()
        if lemma in nums.not_figure_units or item_token.lower_ in nums.not_figure_units or lemma in lex.not_items:
            return True
    if item_token is not None and item_token.tag_ == "NN" and figure.amount.value is not None \
            and figure.amount.value > 1 and lemma_of(item_token) in lex.denomination_nouns:
        return True  # "a 500 million mark note": many of a singular noun is the value of one piece of money
    if _house_number(doc, figure, lex):
        return True  # "112 Mercer Street", "6263 Sunset Boulevard": an address
    if _legend_label(doc, figure):
        return True  # "1 Liver, 2 Aorta, 3 Colon": the labels of a numbered legend
    if _in_formula(doc, figure, lex):
        return True  # "TAI + 32.184 s", "2 CH4 + 3 O2": a term of a formula
    if item_token is not None and lemma_of(item_token) in lex.sequence_units and item_token.i + 1 < len(doc) \
            and doc[item_token.i + 1].lower_ in lex.offset_adverbs and doc[item_token.i + 1].pos_ in ("ADV", "ADJ"):
        return True  # "six episodes later", "two chapters earlier": a place in a sequence, a relative time
    if _measured_in_unit(following, item_token, lex, nums):
        return True  # "12 joules", "forty decibels": a quantity in a unit of measurement, not a count
    if _unit_symbol(following, item_token, lex, nums):
        return True  # "725 cm−1", "12.01 u", "58 °C", "0.3 newton/mm2": a quantity by its unit's symbol
    if figure.amount.value == 1 and _is_number_word_span(doc, figure) and not _in_count_list(item_token) \
            and not _one_person(doc, figure, item_token):
        return True  # "one of the first steps", "a million" alone is kept by the scale
    return False


def _age_of_persons(preposition: Token, following: Token | None) -> bool:
    """Whether a number after 'over' or 'under' with no noun of its own is what a copula says of persons: a bare
    number of them, a pronoun or a noun whose WordNet actor class is person ('1,200 were over 65', 'they are
    under 18', 'the voters were over 50'); 'attendance was over 60,000' gives an amount."""
    if following is not None and following.pos_ in ("NOUN", "PROPN"):
        return False
    verb = preposition.head
    if verb.lemma_.lower() != "be" or preposition.dep_ not in ("prep", "acomp", "advmod"):
        return False
    subjects = [child for child in verb.children if child.dep_ == "nsubj"]
    subjects += [grandchild for subject in subjects for child in subject.children if child.lower_ == "of"
                 for grandchild in child.children if grandchild.dep_ == "pobj"]  # "most of the voters"
    return any(subject.like_num or subject.pos_ == "PRON" or actor_noun_class(lemma_of(subject)) == "person"
               for subject in subjects)


def _ends_a_sentence(word: Token) -> bool:
    """A word with a full stop glued to it ends its sentence: the parser's sentence ends there, or a
    capitalised word follows that the parser did not split off ("of 220 keV. However, ...")."""
    following = word.doc[word.i + 1] if word.i + 1 < len(word.doc) else None
    return word.i + 1 == word.sent.end or (following is not None and following.is_title and following.is_alpha)


def _number_taken_for_a_name(doc: Doc, figure: ProseFigure, lex: FigureLexicon) -> bool:
    """The model took the number alone, or with the model designations after it, for a name ('had 6,000
    personnel and 104 aircraft' with '104' a PRODUCT, 'and 6 Mi-24' an ORG): a name has a word of its own
    ('Group of Eight', 'Apollo 11'), a number and a designation are an amount of a model."""
    start, end = figure.start, figure.end
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    designation = _designation_pattern(lex.model_designation)
    return all(designation.match(token.text) and not token.like_num
               for token in doc[start:end] if not figure.start <= token.i < figure.end)


@lru_cache(maxsize=4)
def _designation_pattern(pattern: str) -> re.Pattern:
    return re.compile(pattern)


def _scale_of_units(doc: Doc, figure: ProseFigure, nums: NumberLexicon) -> bool:
    """A lone vague plural that counts nothing or counts units ('in thousands.', 'in millions of metric tons',
    'in thousands of dollars'): the scale the numbers around are given in; 'in hundreds of camps' counts camps."""
    following = doc[figure.end] if figure.end < len(doc) else None
    if following is None or following.lower_ != "of":
        return True
    for token in doc[figure.end + 1:min(figure.end + 4, len(doc))]:
        if token.pos_ in ("NOUN", "PROPN"):
            word = token.lower_
            return word in nums.mass_units or word in nums.currency_name_words or word in nums.not_figure_units
    return False


def not_an_amount_of_money(doc: Doc, figure: ProseFigure, lex: FigureLexicon, nums: NumberLexicon) -> bool:
    """Money that names a piece of money ('a 500 million mark note', 'a $20 bill', 'the 5-cent coin'): a
    denomination; or the price of one currency in another ('79 yen/US$'): an exchange rate (set convention); or
    pounds of a substance ('2 million pounds of gunpowder'): a weight, no money (set convention); or
    the scale a table's money is given in ('listed in millions of dollars')."""
    if figure.amount.vague and figure.start > 0 and doc[figure.start - 1].lower_ == "in":
        return True
    following = doc[figure.end] if figure.end < len(doc) else None
    if following is None:
        return False
    if following.lemma_.lower() in lex.denomination_nouns or following.lower_ in lex.denomination_nouns:
        return True
    if doc[figure.end - 1].lower_ in nums.ambiguous_currency_names and _of_a_substance(doc, figure, lex):
        return True  # "2 million pounds of gunpowder": a weight below a ton's unit, no money
    if following.text == "/" and not doc[figure.end - 1].whitespace_ and following.i + 1 < len(doc):
        other = doc[following.i + 1]
        return "$" in other.text or other.text in nums.currency_symbols or other.text.upper() in nums.currency_codes \
            or other.lower_ in nums.currency_name_words
    return False


# Tokens either side of a number where a formula's sign may stand ('2 CH4 + 3 O2': the sign after a formula).
FORMULA_REACH = 2


def _in_formula(doc: Doc, figure: ProseFigure, lex: FigureLexicon) -> bool:
    """A number with an arithmetic or relation sign, set apart by spaces, within FORMULA_REACH tokens of it and
    no other punctuation between ('TAI + 32.184 s', '2 H2 + O2 → 2 H2O', 'n = 12'): a term of a formula, no
    amount. A sign glued to the number qualifies it ('150+ members', '>5,000 people')."""
    before = doc[max(figure.start - FORMULA_REACH, 0):figure.start]
    after = doc[figure.end:min(figure.end + FORMULA_REACH, len(doc))]
    for tokens in (reversed(list(before)), after):
        for token in tokens:
            if token.text in lex.formula_operators and token.whitespace_ and token.i > 0 and doc[token.i - 1].whitespace_:
                return True  # a sign standing apart; "150+ members", ">5,000 people" are qualified amounts
            if token.is_punct or token.like_num:
                break
    for sign in (doc[figure.start - 1] if figure.start > 0 else None, doc[figure.end] if figure.end < len(doc) else None):
        if sign is not None and sign.lower_ in TIMES_SIGNS and 0 < sign.i < len(doc) - 1 \
                and doc[sign.i - 1].like_num and doc[sign.i + 1].like_num:
            return True  # "6 x 14 columns", "10 X 21": a product or a grid's two sides
    return False


# Letters and signs of multiplication between two numbers.
TIMES_SIGNS = {"x", "\u00d7", "*"}


def _house_number(doc: Doc, figure: ProseFigure, lex: FigureLexicon) -> bool:
    """A whole number right before a capitalised name that ends in a road's noun (WordNet: '112 Mercer Street',
    '6263 Sunset Boulevard', '10 Downing Street'): the number of a house in an address."""
    if figure.end - figure.start != 1 or not doc[figure.start].text.isdigit():
        return False
    index = figure.end
    while index < len(doc) and doc[index].is_alpha and doc[index].text[0].isupper():
        index += 1
    last = doc[index - 1]
    if index < len(doc) and doc[index].pos_ == "NOUN":
        return False  # "40 Main Street shops": the name modifies what is counted
    return index > figure.end and (last.lower_ in lex.thoroughfares or lemma_of(last) in lex.thoroughfares)


# Consecutive numbers a legend needs before its numbers read as labels ('1 Liver, 2 Aorta, 3 Colon').
LEGEND_RUN = 3


def _legend_label(doc: Doc, figure: ProseFigure) -> bool:
    """A bare whole number that labels a part in a numbered legend: it and the numbers next to it in a run
    of LEGEND_RUN consecutive whole numbers in its sentence, each right before a capitalised word or a
    dash ('1 – Internal gills ..., 2 – Point where ..., 3 – ...', 'Right atrium, 2 Liver, 3 Aorta, 4 Egg mass')."""
    token = doc[figure.start]
    if figure.end - figure.start != 1 or not token.text.isdigit():
        return False
    labels = set()
    for other in token.sent:
        if other.text.isdigit() and other.i + 1 < len(doc):
            after = doc[other.i + 1]
            if is_dash(after) or (after.is_alpha and after.text[0].isupper()):
                labels.add(int(other.text))
    value = int(token.text)
    if value not in labels:
        return False
    return any(all(start + step in labels for step in range(LEGEND_RUN)) for start in range(value - LEGEND_RUN + 1, value + 1))


def _measured_in_unit(following: Token | None, noun: Token | None, lex: FigureLexicon, nums: NumberLexicon) -> bool:
    """The word right after the number, or the noun it counts, is a unit of measurement by WordNet ('40
    decibels', '3 coulombs of charge', '2 moles of gas'): the number is a quantity in that unit. Tons are
    v1 mass ('a five-ton module'), left to the mass figures."""
    for token in (following, noun):
        if token is None or not (token.pos_ == "NOUN" or (token.pos_ == "PROPN" and not token.is_title)):
            continue  # "Henry", "Rutherford": a name, not the unit named after it; "kW" is a unit
        if token.lower_ in nums.mass_units or lemma_of(token) in nums.mass_units:
            continue
        if lemma_of(token) in lex.measurement_units or token.lower_ in lex.measurement_units:
            return True
    return False


# A unit with an exponent or a 'per' after it: 'cm−1', 'm2', 'km²', 'newton/mm2', 'joules/(kg'; a digit exponent only
# on a lower-case symbol ('m2', 'cm3'; 'M1', 'V2' are designations, a dash and digits a model: 'T-72', 'S-400').
COMPOUND_UNIT_RE = re.compile(r"°?([A-Za-zµμ]+)(?:/|[²³]|[−⁻][0-9¹²³]|(?<=[a-zµμ])[23]$)")


def _unit_symbol(following: Token | None, noun: Token | None, lex: FigureLexicon, nums: NumberLexicon) -> bool:
    """The word after the number, or the noun it counts, is a unit's symbol: one read only as written ('12.01
    u', '30 kDa'), a unit with an exponent or a 'per' ('725 cm−1', '40 m2', '0.3 newton/mm2'), or a letter
    after a degree sign ('58 °C', where the parse counts the 'C'). Mass units are left to mass figures."""
    for token in (following, noun):
        if token is None:
            continue
        if token.text in nums.exact_unit_symbols and not (token.i + 1 < len(token.doc) and is_dash(token.doc[token.i + 1])
                                                           and not token.whitespace_):
            return True
        if token.i > 0 and token.doc[token.i - 1].text == "°" and not token.doc[token.i - 1].whitespace_:
            return True
        if _unit_base(token.text, lex, nums):
            return True
        per = token.i + 2 < len(token.doc) and token.doc[token.i + 1].text == "/" and not token.whitespace_ \
            and not token.doc[token.i + 1].whitespace_
        if per and token.is_alpha and _unit_base(token.doc[token.i + 2].text, lex, nums, alone=True) \
                and token.doc[token.i + 2].lower_ not in lex.time_bases:
            return True  # "2.07 newton/mm2": a unit per a unit; '40 cars/day' counts cars
    return False


def per_unit_of_measure(doc: Doc, figure: ProseFigure, lex: FigureLexicon, nums: NumberLexicon) -> bool:
    """An amount glued by '/' to a unit of measure that is not a time ('3 t/ha', '1,520 kg/m3'): a yield or a
    density, a ratio (set convention); '40 tons/day' is an amount per unit of time, a figure."""
    index = figure.end
    if index + 1 >= len(doc) or doc[index].text != "/" or doc[index - 1].whitespace_ or doc[index].whitespace_:
        return False
    after = doc[index + 1]
    return after.lower_ not in lex.time_bases and _unit_base(after.text, lex, nums, alone=True)


def mass_below_a_ton(doc: Doc, figure: ProseFigure, nums: NumberLexicon) -> bool:
    """A mass in a unit smaller than a ton ('15 kilograms', '60 kg', '{{convert|15|kg|lb}}'): read as a mass by the
    amount parser, but no v1 figure (mass is tons; models/units.json lists such units among the non-figure ones)."""
    return any(token.lower_.rstrip(".") in nums.mass_units and token.lower_.rstrip(".") in nums.not_figure_units
               for token in doc[figure.start:figure.end])


def _unit_base(text: str, lex: FigureLexicon, nums: NumberLexicon, alone: bool = False) -> bool:
    """A unit symbol with an exponent or a 'per' ('cm−1', 'm2', 'joules/(kg'), or with `alone` also a bare one
    ('mm', 'K'); not a mass unit (mass figures have their own)."""
    match = COMPOUND_UNIT_RE.match(text)
    base = match.group(1).lower() if match is not None else text.lower() if alone else None
    if base is None or base in nums.mass_units:
        return False
    return base in nums.not_figure_units or base in lex.measurement_units


RATE_REACH = 4  # tokens after the counted noun where a rate's marker may stand ("children born per woman")


def _rate_base(doc: Doc, figure: ProseFigure, lex: FigureLexicon) -> bool:
    """The base of a rate: the number right after 'for every', 'out of every', 'out of' ('one out of 221')."""
    for marker in lex.rate_markers + (("out", "of"),):
        if len(marker) > 1 and figure.start >= len(marker) and \
                tuple(t.lower_ for t in doc[figure.start - len(marker):figure.start]) == marker:
            return True
    return False


def _rate_of(doc: Doc, figure: ProseFigure, noun: Token | None, lex: FigureLexicon) -> bool:
    """A count of a rate: a marker after the number or its counted noun, then a numeric base ('44.5 births
    per 1,000 people', '184 deaths for every 1,000 births'), or a fraction counted per thing that is not a
    time ('5.9 children born per woman')."""
    after = noun.i + 1 if noun is not None and noun.i >= figure.end else figure.end
    window = doc[after:min(after + RATE_REACH, len(doc))]
    for index, token in enumerate(window):
        if token.is_punct:
            return False
        for marker in lex.rate_markers:
            words = tuple(t.lower_ for t in window[index:index + len(marker)])
            if words != marker:
                continue
            base = doc[token.i + len(marker):min(token.i + len(marker) + 3, len(doc))]
            if len(base) and base[0].like_num:
                return True  # "per 1,000 people", "for every 1,000 births"
            value = figure.amount.value
            rest = [t for t in base if t.pos_ in ("NOUN", "PROPN", "ADJ")]
            # "5.9 children per woman": a fraction of a thing is an average; "40 pupils per class" may be a count
            return value is not None and not float(value).is_integer() and bool(rest) \
                and rest[0].lower_ not in lex.time_bases and lemma_of(rest[0]) not in lex.time_bases
    return False


# Determiners after which a count is always a reference back ("both three", "all four" of those named).
ALWAYS_DEFINITE = {"both", "all", "either", "neither"}


# A text names a few parties before it counts them ("the two countries"); "the 15 slave states" is an amount.
FEW_PARTIES = 4


def _refers_back(determiner: Token, figure: ProseFigure, noun: Token | None, lex: FigureLexicon) -> bool:
    """A definite count points back at things already named when it counts nothing of its own ('the
    two cooled'), follows 'both' or 'all', or counts a few parties ('the two countries', 'the three
    governments'); 'the three daughters of', 'these five founding societies:' state an amount. A count after a
    demonstrative ('these six families', 'those two agencies') points back too, unless a list follows its noun
    or it is the whole of a partitive ('11 of these 13 states')."""
    if noun is None or determiner.lower_ in ALWAYS_DEFINITE:
        return True
    if determiner.lower_ in lex.demonstratives and noun.i >= figure.end:
        doc = determiner.doc
        whole = determiner.i > 1 and doc[determiner.i - 1].lower_ == "of" and doc[determiner.i - 2].like_num
        listed = noun.i + 1 < len(doc) and doc[noun.i + 1].text == ":"
        return not whole and not listed
    value = figure.amount.value
    if value == 2 and determiner.lower_ == "the" and noun.i == figure.end and not _told_anew(noun) \
            and not (determiner.i > 0 and determiner.doc[determiner.i - 1].lower_ == "of"):
        return True  # "the two girls", "between the two situations": the pair the text has just named
    few = value is not None and value <= FEW_PARTIES
    return few and (lemma_of(noun) in lex.definite_references or noun.lower_ in lex.definite_references)


def _possessed_set_named(doc: Doc, figure: ProseFigure, noun: Token | None, lex: FigureLexicon) -> bool:
    """A possessed count ('its two', 'Harvey's four divisions') that points at a set the text names: no noun of
    its own, a few parties ('their two countries'), or the members named right after its noun (a colon, a
    bracket or a parenthesis, an apposition, a copula listing them: 'their two dictators [A and B]',
    'Harvey's four divisions are: ...'). 'its ten teams', 'her three novels' state an amount."""
    if noun is None or noun.i < figure.end:
        return True
    if (figure.amount.value or 0) <= FEW_PARTIES and (lemma_of(noun) in lex.definite_references
                                                      or noun.lower_ in lex.definite_references):
        return True
    following = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
    if following is not None and following.text in (":", "(", "[", "\u2014"):
        return True
    if following is not None and following.lemma_ == "be" and noun.i + 2 < len(doc) and doc[noun.i + 2].text == ":":
        return True
    return any(child.dep_ == "appos" and child.i > noun.i for child in noun.children)


def _told_anew(noun: Token) -> bool:
    """A noun a definite count tells of anew: a modifier after it ('the two stations serving X', 'the two
    sons of X', 'the two that followed') or a list announced by a colon or a copula after it ('the two
    exceptions were Y and Z', 'the two sides: A and B'). So does an adjective between the number and its
    noun ('the two main themes', 'the two most common systems'), and the whole of a partitive ('one of
    the two endings'): the caller takes only 'the two' right before a noun, after no 'of'."""
    doc = noun.doc
    if any(child.dep_ in ("prep", "relcl", "acl", "appos") and child.i > noun.i for child in noun.children):
        return True
    following = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
    if following is not None and following.text in (":", "\u2014"):
        return True
    head = noun.head
    return noun.dep_ == "nsubj" and head.lemma_ == "be" and any(
        child.dep_ == "attr" and any(grand.dep_ == "conj" for grand in child.children) for child in head.children)


# Words a definite count may have between its determiner and its number ('the necessary nine states').
DEFINITE_REACH = 2
# Tokens after an earlier number where the noun it counted may stand ('thirteen original states').
COUNTED_REACH = 4


def _definite(doc: Doc, figure: ProseFigure, lex: FigureLexicon) -> Token | None:
    """The definite determiner of a count ('the', 'these'), right before it or before one or two
    adjectives ('the necessary nine', 'the four different'); None if it has none."""
    index = figure.start - 1
    while index >= 0 and figure.start - index <= DEFINITE_REACH + 1:
        token = doc[index]
        if token.lower_ in lex.definite_determiners:
            return token
        if token.pos_ != "ADJ" or token.ent_type_ == "ORDINAL":
            return None
        index -= 1
    return None


def _restated_size(doc: Doc, figure: ProseFigure, noun: Token | None, lex: FigureLexicon) -> bool:
    """A definite count that says again the size of a set the text gave before: the same number with the
    same noun earlier ('thirteen original states' ... 'the thirteen free and independent states'), or the
    members named right after it ('the four regions of Korea, Taiwan, Hong Kong and Singapore'). A
    definite count that gives its number first ('the three daughters of X') states an amount."""
    value = figure.amount.value
    determiner = _definite(doc, figure, lex)
    if noun is None or value is None or noun.i < figure.end or determiner is None:
        return False
    if determiner.i > 1 and doc[determiner.i - 1].lower_ == "of" and doc[determiner.i - 2].like_num:
        return False  # "11 of the 13 states": the whole of a partitive is an amount
    if _named_members(noun) == value:
        return True
    if any(child.dep_ in ("prep", "relcl", "acl") for child in noun.children if child.i > noun.i):
        return False  # "the three daughters of X", "the thirty orbits that followed": the set is told anew
    lemma = lemma_of(noun)
    for token in number_like_tokens(doc, figure.start):
        if parse_number(token.text) != value:
            continue
        for after in doc[token.i + 1:min(token.i + 1 + COUNTED_REACH, figure.start)]:
            if after.is_punct:
                break
            if lemma_of(after) == lemma:
                return True
    return False


def _named_members(noun: Token) -> int:
    """How many names 'of' lists right after a noun ('the four regions of A, B, C and D' -> 4)."""
    of = next((child for child in noun.children if child.dep_ == "prep" and child.lower_ == "of"), None)
    first = next((child for child in of.children if child.dep_ == "pobj"), None) if of is not None else None
    if first is None or first.pos_ != "PROPN":
        return 0
    members, current = 1, first
    while True:
        following = next((child for child in current.children if child.dep_ == "conj" and child.pos_ == "PROPN"), None)
        if following is None:
            return members
        members, current = members + 1, following


def _counting_compound(word: Token, figure: ProseFigure, lex: FigureLexicon, nums: NumberLexicon) -> bool:
    """'four-member', 'eleven-man', '2,500-word': the word after the dash is what the compound counts;
    not a unit, a fraction ('two-thirds') or the parties of an arrangement ('six-party talks')."""
    lower = word.lower_
    if not word.is_lower or figure.amount.value is None or figure.amount.value <= 1:
        return False
    if lower in lex.strength_adjectives:
        return True  # "a 5,000-strong force": the strength of a body of people
    if lower in nums.not_figure_units or lower in lex.not_items or lower in nums.fractions:
        return False
    if lower in nums.currency_name_words:
        return False  # "a 20-dollar bill", "a five-pound note": a price or a denomination, no count
    if lemma_of(word) in lex.arrangement_parties:
        return False  # "six-party talks", "a two-state solution", "the Four-Power agreement": an arrangement's name
    if word.i + 1 < len(word.doc) and is_dash(word.doc[word.i + 1]):
        return False  # "two-and-a-half", "three-to-one"
    if word.head.i < word.i:
        return False  # "2-methylbutane", "3-ethylhexane": a locant in a compound's name, which modifies nothing after it
    return word.pos_ in ("NOUN", "ADJ", "PROPN") and not word.like_num and word.tag_ != "JJ"


def _of_a_substance(doc: Doc, figure: ProseFigure, lex: FigureLexicon) -> bool:
    """The amount is followed by 'of' and a noun of matter (WordNet): '2 million pounds of gunpowder', 'of
    raw cotton'; 'pounds of aid', 'of public money' name no matter."""
    if figure.end >= len(doc) or doc[figure.end].lower_ != "of":
        return False
    noun = next((token for token in doc[figure.end + 1:figure.end + 4] if token.pos_ in ("NOUN", "PROPN")), None)
    return noun is not None and (lemma_of(noun) in lex.substances or noun.lower_ in lex.substances)


def exchange_rates(doc: Doc, figures: list[ProseFigure], lex: FigureLexicon) -> set[int]:
    """The indices of amounts of money that state an exchange rate: two amounts in different currencies
    joined by one word of a rate, one of them a single unit ('8 kroons for 1 Deutsche Mark', '15.6 EEK to
    one euro', '1 USD = 3.67 AED'). The price of one currency in the other is no figure (set convention)."""
    rates: set[int] = set()
    for index, (first, second) in enumerate(zip(figures, figures[1:])):
        if first.kind != MONEY or second.kind != MONEY or first.amount.unit == second.amount.unit:
            continue
        between = doc[first.end:second.start]
        if len(between) == 1 and between[0].lower_ in lex.exchange_rate_links \
                and 1 in (first.amount.value, second.amount.value):
            rates.update((index, index + 1))
    return rates


def _inside_name(doc: Doc, figure: ProseFigure, lex: FigureLexicon) -> bool:
    """A number between a name and a word that heads names ('IPA 2011 funds', 'Agenda 21 programme')
    or between two capitalised words ('Apollo 11 Mission') is part of the name."""
    if figure.start == 0 or figure.end >= len(doc):
        return False
    previous, following = doc[figure.start - 1], doc[figure.end]
    if previous.is_sent_start or not previous.is_alpha or not previous.text[0].isupper():
        return False
    if previous.ent_type_ in ("GPE", "NORP", "LOC", "DATE", "MONEY") or previous.pos_ not in ("PROPN", "NOUN"):
        return False
    if following.tag_ == "NN" and figure.amount.value != 1 and not _is_number_word_span(doc, figure):
        return True  # "the Apollo 8 crew": a plural amount would count a plural noun
    return lemma_of(following) in lex.name_heads or following.lower_ in lex.name_heads or (
        following.is_title and following.pos_ == "PROPN")


# Entity labels of a word that may stand before a count as its label in a list ('Douglas 1,376,957', 'Texas 25').
LIST_LABELS = {"PERSON", "GPE", "NORP", "LOC", "DATE", "MONEY", "CARDINAL", "QUANTITY", "PERCENT"}


def _numbered_by_noun(doc: Doc, figure: ProseFigure, nums: NumberLexicon) -> bool:
    """A bare whole number between a singular noun and the noun phrase it modifies is the number that noun
    is known by, not an amount: 'the group 1 elements', 'the period 8 elements', 'issuing Apollo 11
    commemorative stamps', 'the Surveyor 5 landers'. An amount needs a determiner, a verb or a preposition
    before it; a list's label ('Douglas 1,376,957'), digits grouped in thousands and a number with a scale
    stay amounts."""
    if figure.end - figure.start != 1 or figure.start == 0:
        return False
    token, previous = doc[figure.start], doc[figure.start - 1]
    if not token.text.isdigit() or figure.amount.vague:
        return False
    if previous.tag_ not in ("NN", "NNP") or not previous.is_alpha or previous.ent_type_ in LIST_LABELS:
        return False
    if previous.lower_ in nums.not_figure_units or previous.lower_ in nums.number_words \
            or previous.lower_ in nums.scales or previous.lower_ in nums.currency_name_words:
        return False
    following = doc[figure.end] if figure.end < len(doc) else None
    return following is not None and following.pos_ in ("NOUN", "ADJ", "PROPN")


def _one_person(doc: Doc, figure: ProseFigure, noun: Token | None) -> bool:
    """'They had one child', 'consisted of one executive': a lone 'one' counts when it is the number of a
    noun of a kind of person (WordNet actor class person) right after it, in no idiom of 'one' ('one of',
    a pronoun 'one', 'one another', 'one critic wrote that')."""
    if noun is None or noun.i != figure.end or doc[figure.start].dep_ != "nummod" or noun.tag_ != "NN":
        return False
    if figure.start > 0 and doc[figure.start - 1].lower_ in ("no", "the", "this", "that", "every", "each", "any"):
        return False
    if noun.dep_ == "nsubj" and any(child.dep_ == "ccomp" for child in noun.head.children):
        return False  # "One scholar argued that ...": 'a certain' speaker of a reported clause, no count
    return actor_noun_class(lemma_of(noun)) == "person"


def _in_count_list(noun: Token | None) -> bool:
    """'five banking groups, one credit entity, 8 funds': a lone 'one' among coordinated counted nouns."""
    if noun is None:
        return False
    group = [noun.head] if noun.dep_ == "conj" else []
    current = noun
    while current.dep_ == "conj" and current.head != current:
        current = current.head
        group.append(current)
    group.extend(token for token in noun.subtree if token.dep_ == "conj" and token.head.pos_ in ("NOUN", "PROPN"))
    # "eight feature films, and one short film", "twelve senior teams, one youth team": the same noun counted
    # again in the sentence, however the parser joined the two
    if any(child.dep_ == "nummod" for child in noun.children):  # not the whole of "one of the films"
        group.extend(token for token in noun.sent if token.pos_ == "NOUN" and lemma_of(token) == lemma_of(noun))
    return any(token.i != noun.i and token.pos_ in ("NOUN", "PROPN")
               and any(child.dep_ == "nummod" and child.like_num for child in token.children) for token in group)


def find_qualifier(doc: Doc, figure: ProseFigure, lex: FigureLexicon) -> str | None:
    if figure.amount.vague:
        return "min"
    start = figure.start
    longest = max((len(words) for words, _ in lex.qualifiers), default=0)
    preceding = tuple(token.lower_ for token in doc[max(start - longest, 0):start])
    for words, name in lex.qualifiers:
        if len(words) <= len(preceding) and preceding[len(preceding) - len(words):] == words:
            if words == ("up", "to") and _rise_goal(doc, start - len(words), lex):
                continue
            if words in NEGATABLE_BOUNDS and _negated(doc, figure):
                return NEGATABLE_BOUNDS[words]  # 'do not make up more than 2%': at most 2%
            return name
    return _trailing_qualifier(doc, figure, lex)


# a bound the clause denies turns over: 'not ... more than 2%' is at most 2%, 'not ... fewer than 40' at least 40
NEGATABLE_BOUNDS = {("more", "than"): "max", ("fewer", "than"): "min", ("less", "than"): "min"}


def _negated(doc: Doc, figure: ProseFigure) -> bool:
    """'did not employ more than 40 workers': the clause denies the bound before it reaches the number; 'More
    than 300 people did not vote' counts those who did not."""
    verb = governing_verb(figure_root(doc, figure))
    return any(child.dep_ == "neg" and child.i < figure.start for child in verb.children)


def _rise_goal(doc: Doc, up: int, lex: FigureLexicon) -> bool:
    """'the rate shot up to 18.8%', 'prices went up to 40%': 'up' is the particle of a verb of rising and
    'to' marks where it rose to; the number is a level reached, not a bound ('up to 80,000', 'holds up to',
    'can rise up to')."""
    if up == 0:
        return False
    verb = doc[up - 1]
    if any(child.tag_ == "MD" for child in verb.children):
        return False  # 'rents can rise up to 10% a year': what may happen is bounded
    return verb.pos_ in ("VERB", "AUX") and lemma_of(verb) in (lex.change_up | lex.rise_particle_verbs)


def _trailing_qualifier(doc: Doc, figure: ProseFigure, lex: FigureLexicon) -> str | None:
    """A bound written after the number: 'five or more branches', '40 or fewer seats', '350+ million' and
    '120+ species' (a '+' glued to the digits, inside the span or right after it)."""
    if any(token.text == "+" for token in doc[figure.start + 1:figure.end]):
        return "min"
    following = tuple(token.lower_ for token in doc[figure.end:figure.end + 2])
    if following[:1] == ("+",) and not doc[figure.end - 1].whitespace_:
        return "min"
    for words, name in lex.trailing_qualifiers:
        if words != ("+",) and following[:len(words)] == words:
            return name
    return None


DOLLAR_MENTIONS = 3
# Entity labels of places and peoples: a longer name that is itself a place ('South Australia', 'Canadian
# Shield'; the model labels a place a people now and then) is a part of that country and still says where
# the article is.
PLACE_LABELS = {"GPE", "LOC", "NORP"}


def article_dollar(doc: Doc, lex: FigureLexicon) -> str | None:
    """The dollar a bare '$' means in an article about a place with a dollar of its own ('Canada', 'Canadian'
    named more often than the United States): its code; None for the default, USD. A name inside a longer
    proper name ('the Australian Open', 'Canada Day', 'the Canadian Pacific Railway') is not counted: it
    names something else, which says nothing of where the article is."""
    text = clean_text(doc).lower()
    entities = tuple(doc.ents)  # Doc.ents builds every entity on each read: once per call

    def mentions(name: str) -> int:  # a name not in the text at all is not searched for as a word
        if name not in text:
            return 0
        return sum(not _in_longer_name(doc, entities, match.start(), match.end())
                   for match in re.finditer(rf"(?<![\w.]){re.escape(name)}(?![\w])", text))

    counts: dict[str, int] = {}
    for name, code in lex.dollar_places.items():
        counts[code] = counts.get(code, 0) + mentions(name)
    home = sum(mentions(name) for name in lex.dollar_home)
    if not counts:
        return None
    code, count = max(sorted(counts.items()), key=lambda pair: pair[1])
    return code if count >= DOLLAR_MENTIONS and count > home else None


def _in_longer_name(doc: Doc, entities: tuple[Span, ...], start: int, end: int) -> bool:
    """Whether the place name at characters start:end is part of a longer proper name: an entity longer
    than it that is not a place, or (no entity saying otherwise) a capitalised word right before it (not a
    sentence's first word) or right after it."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    first, last = span[0], span[-1]
    entity = first.ent_iob_ != "O" and next((e for e in entities if e.start <= first.i < e.end), None)
    if entity and (entity.start < span.start or entity.end > span.end):
        return entity.label_ not in PLACE_LABELS

    def capitalised(token: Token) -> bool:
        return token.is_alpha and (token.is_title or token.is_upper) and not token.is_sent_start

    before = doc[span.start - 1] if span.start > 0 and not first.is_sent_start else None
    after = doc[span.end] if span.end < len(doc) else None
    return (before is not None and capitalised(before)) or (after is not None and capitalised(after))
