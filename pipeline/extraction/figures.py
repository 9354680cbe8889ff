"""Figures: every amount of money, mass, percentage and count an article states, normalised to base
units and tied to the time it refers to and to what it measures.

Spans come from token patterns (models/figure_rules.jsonl, run with a spaCy Matcher); `numbers.py`
reads each span into a value and unit; the words around it (models/measure_lexicon.json) give its
qualifier, counted item or commodity, measure and parties; the dates of its clause give its period.
Table rows (blocks with cells) are read on their own: a header row of years, data rows whose label
carries the unit ("trade turnover (million$)").

The Doc is only read. Records come out in document order with ids 0, 1, 2, ...
"""
from __future__ import annotations

import json
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import accumulate
from pathlib import Path
from typing import Iterable

import srsly
from spacy.tokens import Doc, Span, Token

from ..config import SETTINGS
from ..language.extensions import clean_text
from ..reading.clean import HEADING, TABLE_ROW, TITLE, Block
from .dates import DateRecord
from .matching import RuleMatcher, rule_matcher
from .numbers import (
    COUNT, MASS, MASS_UNIT, MONEY, PERCENT, PERCENT_UNIT, Amount, NumberLexicon, load_lexicon,
    parse_amount, parse_digits, scale_of, tokenize_amount,
)

FIGURE_RULES_FILE = "figure_rules.jsonl"
MEASURE_LEXICON_FILE = "measure_lexicon.json"
COMMODITIES_FILE = "commodities.json"
PROSE, TABLE = "prose", "table"
# When two patterns find the same span, the more specific kind wins.
KIND_PRIORITY = {MONEY: 0, MASS: 1, PERCENT: 2, COUNT: 3}
# Entity labels of names: a number inside one is part of a name ("Group of Eight"), not an amount.
NAME_LABELS = {"ORG", "EVENT", "WORK_OF_ART", "LAW", "FAC", "PRODUCT", "PERSON", "GPE", "LOC", "NORP", "LANGUAGE"}
# Dependency labels that open a clause of their own.
CLAUSE_DEPS = {"conj", "advcl", "ccomp", "xcomp", "relcl", "acl", "parataxis", "csubj", "csubjpass", "pcomp"}
# Clauses that continue their parent's time ("..., while imports were estimated at ...");
# relative clauses do not ("the treaty, under which it would supply ...").
TIME_SHARING_DEPS = {"advcl", "ccomp", "xcomp", "parataxis"}
OTHER_TIME_MARKERS = {"after", "before", "since", "until", "till", "once", "because", "although", "though", "if", "unless"}
PARTY_LABELS = {"GPE", "NORP", "LOC", "ORG"}
YEAR_RE = re.compile(r"^(1[0-9]{3}|20[0-9]{2}|2100)$")


@dataclass
class FigureRecord:
    figure_id: int
    start: int  # clean-text offsets
    end: int
    kind: str
    value: float | None
    low: float | None
    high: float | None
    unit: str | None
    qualifier: str | None
    item: str | None
    period: str | None
    measure: str
    parties: list[str] = field(default_factory=list)
    source: str = PROSE


# -- lexicons and rules ---------------------------------------------------------------------------

@dataclass(frozen=True)
class FigureLexicon:
    noun_measures: dict[str, str]
    verb_measures: dict[str, str]
    change_up: frozenset[str]
    change_down: frozenset[str]
    comparatives: frozenset[str]
    temporal_bases: frozenset[str]
    qualifiers: tuple[tuple[tuple[str, ...], str], ...]  # longest phrase first
    anaphora: frozenset[str]
    anaphora_determiners: frozenset[str]
    definite_determiners: frozenset[str]
    designators: frozenset[str]
    count_context: frozenset[str]
    peak: frozenset[str]
    comparison_markers: frozenset[str]
    flow_from: frozenset[str]
    flow_to: frozenset[str]
    not_items: frozenset[str]
    value_links: frozenset[str]
    continuation: frozenset[str]
    commodities: frozenset[str]
    financing: frozenset[str]
    rates: frozenset[str]
    directions: frozenset[str]
    lending: frozenset[str] = frozenset()
    commodity_names: dict[str, str] = field(default_factory=dict)
    item_nouns: dict[str, str] = field(default_factory=dict)
    count_context_items: dict[str, str] = field(default_factory=dict)
    name_heads: frozenset[str] = frozenset()

    @property
    def change_words(self) -> frozenset[str]:
        return self.change_up | self.change_down


@lru_cache(maxsize=4)
def load_figure_lexicon(models_dir: Path | None = None) -> FigureLexicon:
    root = Path(models_dir or SETTINGS.models_dir)
    data = json.loads((root / MEASURE_LEXICON_FILE).read_text(encoding="utf-8"))
    data.update(json.loads((root / COMMODITIES_FILE).read_text(encoding="utf-8")))
    nouns: dict[str, str] = {}
    verbs: dict[str, str] = {}
    for measure, words in data["measures"].items():
        for word in words.get("nouns", []):
            nouns.setdefault(word, measure)
        for word in words.get("verbs", []):
            verbs.setdefault(word, measure)
    qualifiers = sorted(
        ((tuple(phrase.lower().split()), name) for name, phrases in data["qualifiers"].items() for phrase in phrases),
        key=lambda pair: -len(pair[0]),
    )
    as_set = lambda key: frozenset(word.lower() for word in data.get(key, []))  # noqa: E731
    return FigureLexicon(
        noun_measures=nouns, verb_measures=verbs, change_up=as_set("change_up"), change_down=as_set("change_down"),
        comparatives=as_set("comparatives"), temporal_bases=as_set("temporal_bases"),
        qualifiers=tuple(qualifiers), anaphora=as_set("anaphora"),
        anaphora_determiners=as_set("anaphora_determiners"), definite_determiners=as_set("definite_determiners"),
        designators=as_set("designators"), count_context=as_set("count_context"), peak=as_set("peak"),
        comparison_markers=as_set("comparison_markers"), flow_from=as_set("flow_from"), flow_to=as_set("flow_to"),
        not_items=as_set("not_items"), value_links=as_set("value_links"), continuation=as_set("continuation"),
        commodities=as_set("commodities"), financing=as_set("financing"), rates=as_set("rates"),
        directions=as_set("directions"), lending=as_set("lending"),
        commodity_names={k.lower(): v for k, v in data.get("commodity_names", {}).items()},
        item_nouns={k.lower(): v for k, v in data.get("item_nouns", {}).items()},
        count_context_items={k.lower(): v for k, v in data.get("count_context_items", {}).items()},
        name_heads=as_set("name_heads"),
    )


def lexicon_lists(lex: NumberLexicon) -> dict[str, list[str]]:
    """The word lists figure_rules.jsonl refers to as "@name"."""
    return {
        "number_words": sorted(lex.number_words),
        "vague_plurals": sorted(lex.vague_plurals),
        "scales": sorted(lex.scales),
        "currency_symbols": sorted(set(lex.currency_symbols) | lex.currency_codes),
        "currency_name_words": sorted(lex.currency_name_words),
        "mass_modifiers": sorted(lex.mass_modifiers),
        "mass_units": sorted(lex.mass_units),
    }


@dataclass(frozen=True)
class FigureRule:
    id: str
    kind: str
    pattern: list[dict]


def _expand_lists(value: object, lists: dict[str, list[str]]) -> object:
    if isinstance(value, str) and value.startswith("@"):
        return lists[value[1:]]
    if isinstance(value, dict):
        return {key: _expand_lists(item, lists) for key, item in value.items()}
    return value


@lru_cache(maxsize=4)
def load_figure_rules(models_dir: Path | None = None) -> tuple[FigureRule, ...]:
    """Patterns of figure_rules.jsonl with macros ("NUM", "SCALE?") and "@lists" expanded."""
    root = Path(models_dir or SETTINGS.models_dir)
    lists = lexicon_lists(load_lexicon(root))
    macros: dict[str, dict] = {}
    rules = []
    for line in srsly.read_jsonl(root / FIGURE_RULES_FILE):
        if "macro" in line:
            macros[line["macro"]] = _expand_lists(line["token"], lists)  # type: ignore[assignment]
            continue
        pattern = []
        for item in line["pattern"]:
            if isinstance(item, dict):
                pattern.append(_expand_lists(item, lists))
                continue
            name, op = (item[:-1], item[-1]) if item[-1] in "?*+" else (item, None)
            token = dict(macros[name])
            if op:
                token["OP"] = op
            pattern.append(token)
        rules.append(FigureRule(line["id"], line["kind"], pattern))
    return tuple(rules)


def figure_rule_patterns() -> dict[str, list[list[dict]]]:
    return {rule.id: [rule.pattern] for rule in load_figure_rules()}


def figure_matcher(vocab) -> RuleMatcher:
    return rule_matcher("figures", vocab, figure_rule_patterns)


# -- finding amounts ------------------------------------------------------------------------------

@dataclass
class _Figure:
    start: int  # token indices of the figure's own text
    end: int
    amount: Amount
    rule: str
    separator: str | None = None  # the word that joined a range's ends
    qualifier: str | None = None
    item: str | None = None
    measure: str = "other"
    cue: int | None = None  # token index of the word that gave the measure
    period: str | None = None
    parties: list[str] = field(default_factory=list)
    restates: int | None = None  # index (in the prose list) of the figure this one restates
    anaphoric: bool = False

    @property
    def kind(self) -> str:
        return self.amount.kind


def find_amounts(doc: Doc, date_spans: CharSpans | None = None) -> list[_Figure]:
    """Every amount the patterns find and numbers.py can read, longest first, without overlaps.
    A candidate that overlaps a date ("2010 to 29 percent") is dropped before the choice."""
    date_spans = date_spans or CharSpans()
    rules = {rule.id: rule for rule in load_figure_rules()}
    candidates: list[_Figure] = []
    seen: set[tuple[int, int]] = set()
    for match_id, start, end in figure_matcher(doc.vocab)(doc):
        rule = rules[doc.vocab.strings[match_id]]
        if (start, end) in seen and rule.kind == COUNT:
            continue
        amount = parse_amount(doc[start:end].text)
        if amount is None or amount.kind != rule.kind:
            continue
        if amount.is_range and amount.low > amount.high:  # type: ignore[operator]
            continue
        if date_spans.overlaps(doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)):
            continue
        own_start = start + 1 if doc[start].lower_ == "between" else start
        separator = next((t.lower_ for t in doc[own_start + 1:end] if t.lower_ in ("to", "and") or _is_dash(t)), None)
        spread = own_start > 1 and doc[own_start - 1].lower_ == "from" and _lemma(doc[own_start - 2]) in SPREAD_VERBS
        if amount.is_range and separator == "to" and own_start > 0 and doc[own_start - 1].lower_ == "from" and not spread:
            continue  # "grew from 2 to 3 million": two figures, a start and an end point ("ranged from" is one range)
        if amount.is_range and separator == "to" and not spread and _both_ends_complete(doc[own_start:end]):
            continue  # "$1 billion to $1.97 billion": two figures
        seen.add((start, end))
        candidates.append(_Figure(own_start, end, amount, rule.id, separator))
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


# "ranged from 3% to 25%": the ends of one range, not a change from one amount to another.
SPREAD_VERBS = {"range", "vary"}


def _is_dash(token: Token) -> bool:
    return len(token.text) == 1 and token.text in "-\u2010\u2011\u2012\u2013\u2014\u2212"


def _both_ends_complete(span: Span) -> bool:
    """Both sides of "to" carry their own scale or unit: two amounts, not one range."""
    pieces = [token.lower_ for token in span]
    cut = pieces.index("to")
    left = tokenize_amount(span[:cut].text)
    return any(kind == "word" for kind, _ in left[1:]) or (len(left) > 1 and left[-1][0] == "sym")


# -- filters: what is not a figure ------------------------------------------------------------------

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


def _is_year_like(figure: _Figure, doc: Doc) -> bool:
    amount = figure.amount
    text = doc[figure.start:figure.end].text
    if amount.kind != COUNT or not any(ch.isdigit() for ch in text) or "," in text or "." in text:
        return False
    values = [amount.value] if amount.value is not None else [amount.low, amount.high]
    return all(v is not None and float(v).is_integer() and YEAR_RE.match(str(int(v))) for v in values)


def _is_number_word_span(doc: Doc, figure: _Figure) -> bool:
    return not any(ch.isdigit() for ch in doc[figure.start:figure.end].text)


def _not_a_count(doc: Doc, figure: _Figure, lex: FigureLexicon, nums: NumberLexicon,
                 item_token: Token | None) -> bool:
    """Counts that are names, designations, ordinals, durations, lengths or references back."""
    span = doc[figure.start:figure.end]
    first, last = doc[figure.start], doc[figure.end - 1]
    previous = doc[figure.start - 1] if figure.start > 0 else None
    following = doc[figure.end] if figure.end < len(doc) else None
    if any(token.ent_type_ in ("ORDINAL", "TIME") for token in span):
        return True
    if any(token.ent_type_ in NAME_LABELS for token in span):
        return True
    if any(token.ent_type_ == "DATE" for token in span) and _is_year_like(figure, doc):
        return True
    if _is_year_like(figure, doc):
        return True  # a year is never a count ("IPA 2011 funds", "the 1998 elections")
    if _inside_name(doc, figure, lex):
        return True
    # Hyphenated compounds: "Six-Party Talks", "three-year plan", "Tu-95".
    if following is not None and _is_dash(following) and not last.whitespace_ and following.i + 1 < len(doc) \
            and doc[following.i + 1].is_alpha:
        return True
    if previous is not None and _is_dash(previous) and not previous.whitespace_ and previous.i > 0 \
            and doc[previous.i - 1].is_alpha and not doc[previous.i - 1].whitespace_:
        return True
    if previous is not None and previous.lower_.rstrip(".") in lex.designators:
        return True
    if previous is not None and previous.lower_ in lex.definite_determiners | {"per"}:
        return True  # "the two countries"; "11 per 1,000 children" (a rate's base)
    if previous is not None and previous.lower_ == "other" and previous.i > 0 and doc[previous.i - 1].lower_ in lex.definite_determiners:
        return True  # "the other two"
    if previous is not None and previous.tag_ in ("PRP$", "POS") and _is_number_word_span(doc, figure):
        return True  # "their two sons", "Russia's three ports": references, not amounts
    if _is_number_word_span(doc, figure) and first.is_title and not first.is_sent_start and figure.amount.value != 0:
        return True  # a capitalised number word inside a sentence is part of a name ("the Big Three")
    if following is not None and (following.lower_ in nums.not_figure_units or following.lower_ in lex.not_items):
        return True
    if item_token is not None:
        lemma = item_token.lemma_.lower()
        if lemma in nums.not_figure_units or item_token.lower_ in nums.not_figure_units or lemma in lex.not_items:
            return True
    if figure.amount.value == 1 and _is_number_word_span(doc, figure) and not _in_count_list(item_token):
        return True  # "one of the first steps", "a million" alone is kept by the scale
    return False


def _inside_name(doc: Doc, figure: _Figure, lex: FigureLexicon) -> bool:
    """A number between a name and a word that heads names ('IPA 2011 funds', 'Agenda 21 programme')
    or between two capitalised words ('Apollo 11 Mission') is part of the name."""
    if figure.start == 0 or figure.end >= len(doc):
        return False
    previous, following = doc[figure.start - 1], doc[figure.end]
    if previous.is_sent_start or not previous.is_alpha or not previous.text[0].isupper():
        return False
    if previous.ent_type_ in ("GPE", "NORP", "LOC", "DATE", "MONEY") or previous.pos_ not in ("PROPN", "NOUN"):
        return False
    return _lemma(following) in lex.name_heads or following.lower_ in lex.name_heads or (
        following.is_title and following.pos_ == "PROPN")


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
    return any(token.i != noun.i and token.pos_ in ("NOUN", "PROPN")
               and any(child.dep_ == "nummod" and child.like_num for child in token.children) for token in group)


# -- the words around a figure ----------------------------------------------------------------------

def figure_root(doc: Doc, figure: _Figure) -> Token:
    return doc[figure.start:figure.end].root


def governing_verb(token: Token) -> Token:
    """The nearest verb above a token (or the root of its sentence). Participles used as prepositions
    ("including", "compared to") do not open a clause."""
    current = token
    while (current.pos_ not in ("VERB", "AUX") or current.dep_ in ("prep", "amod")) and current.head != current:
        current = current.head
    return current


def clause_parent(verb: Token) -> Token | None:
    """The clause a clause hangs from, when it shares its parent's time: "..., while imports were
    ...", "when hundreds of thousands fled" (a relative 'when'); not "after producers put their
    losses at ..." (another time) nor a conjoined clause with its own happening."""
    if verb.head == verb:
        return None
    markers = {child.lower_ for child in verb.children if child.dep_ in ("mark", "advmod")}
    if verb.dep_ in TIME_SHARING_DEPS and not markers & OTHER_TIME_MARKERS:
        return governing_verb(verb.head)
    if verb.dep_ == "relcl" and "when" in markers:
        return governing_verb(verb.head)
    if verb.dep_ == "conj" and not any(child.dep_ in ("nsubj", "nsubjpass", "expl") for child in verb.children) \
            and not any(child.dep_ == "prep" and any(g.ent_type_ == "DATE" for g in child.subtree) for child in verb.children):
        return governing_verb(verb.head)  # "they upgraded relations in 2014 and enlarged the swap to ..."
    return None


def subject_of(verb: Token) -> Token | None:
    current: Token | None = verb
    for _ in range(4):
        if current is None:
            return None
        subjects = [child for child in current.children if child.dep_ in ("nsubj", "nsubjpass", "csubj", "expl")]
        if subjects:
            return subjects[0]
        # A conjoined verb shares the subject of the first one ("exports fell ..., but increased to ...").
        current = governing_verb(current.head) if current.dep_ in ("conj", "xcomp") and current.head != current else None
    return None


def in_clause(token: Token, verb: Token) -> bool:
    """Whether the token belongs to the verb's own clause (not to a clause nested under it)."""
    current = token
    while current != verb:
        if current.dep_ in CLAUSE_DEPS and current.pos_ in ("VERB", "AUX"):
            return False
        if current.head == current:
            return False
        current = current.head
    return True


def find_qualifier(doc: Doc, figure: _Figure, lex: FigureLexicon) -> str | None:
    if figure.amount.vague:
        return "min"
    start = figure.start
    longest = max((len(words) for words, _ in lex.qualifiers), default=0)
    preceding = tuple(token.lower_ for token in doc[max(start - longest, 0):start])
    for words, name in lex.qualifiers:
        if len(words) <= len(preceding) and preceding[len(preceding) - len(words):] == words:
            return name
    return None


def _lemma(token: Token) -> str:
    return token.lemma_.lower()


def _singular(token: Token) -> str:
    """Lower-case singular of a noun; proper-noun plurals ("Koreans") lose their s; plurals the
    lemmatizer keeps ("people") come from the item_nouns table."""
    exceptions = load_figure_lexicon().item_nouns
    if token.lower_ in exceptions:
        return exceptions[token.lower_]
    if token.pos_ == "PROPN":
        text = token.text.lower()
        if token.tag_ == "NNPS" or (token.ent_type_ == "NORP" and text.endswith("s")):
            text = text[:-1]
        return text
    lemma = _lemma(token)
    return exceptions.get(lemma, lemma)


def counted_noun(doc: Doc, figure: _Figure) -> Token | None:
    """The noun a count counts: its head ("1,300 aircraft"), or the noun after "of" ("thousands of refugees")."""
    root = figure_root(doc, figure)
    head = root.head
    while head.pos_ == "PROPN" and head.ent_type_ in PARTY_LABELS and head.dep_ in ("compound", "nmod", "amod") \
            and head.head.i > head.i and head.head.pos_ in ("NOUN", "PROPN"):
        head = head.head  # "200 U.S. bombers": the bombers are counted, not the U.S.
    if root.dep_ in ("nummod", "quantmod", "compound", "amod", "nmod", "appos", "npadvmod", "det") and head.i >= figure.end \
            and head.pos_ in ("NOUN", "PROPN") and not head.like_num:
        return head
    following = doc[figure.end] if figure.end < len(doc) else None
    if following is not None and following.lower_ == "of":
        objects = [child for child in following.children if child.dep_ == "pobj"]
        if objects and objects[0].pos_ in ("NOUN", "PROPN"):
            return objects[0]
        for token in doc[following.i + 1:min(following.i + 6, len(doc))]:
            if token.pos_ in ("NOUN", "PROPN") and (token.i + 1 >= len(doc) or doc[token.i + 1].pos_ not in ("NOUN", "PROPN")):
                return token
            if token.pos_ not in ("DET", "ADJ", "NOUN", "PROPN", "NUM"):
                break
    if following is not None and following.pos_ in ("NOUN",) and following.tag_ == "NNS":
        return following
    return None


def count_item(token: Token) -> str:
    """'factories' -> 'factory'; 'North Koreans' -> 'north korean' (a proper noun keeps its compound);
    'people' -> 'person'."""
    if token.pos_ == "PROPN" or token.ent_type_ == "NORP" and token.tag_ == "NNPS":
        words = [child for child in token.lefts if child.dep_ == "compound" and child.pos_ == "PROPN"]
        return " ".join([w.text.lower() for w in words] + [_singular(token)])
    return _singular(token)


def noun_phrase_name(token: Token) -> str:
    """A commodity as written: compounds kept ("petroleum products", "mineral fuel oil"); one word singular;
    a commodity adjective by its full name ("crude output" -> "crude oil")."""
    if token.pos_ == "ADJ":
        return load_figure_lexicon().commodity_names.get(token.lower_, token.lower_)
    words = []
    for child in token.lefts:
        if child.dep_ == "compound" and child.pos_ in ("NOUN", "PROPN", "ADJ") and child.i == token.i - (
                sum(1 for c in token.lefts if c.dep_ == "compound" and c.i > child.i) + 1):
            words.append(child)
    if not words:
        return _lemma(token)
    return " ".join(w.text.lower() for w in words + [token])


def _of_object(token: Token) -> Token | None:
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            for grandchild in child.children:
                if grandchild.dep_ == "pobj" and grandchild.pos_ in ("NOUN", "PROPN"):
                    return grandchild
    return None


def _goods(token: Token, lex: FigureLexicon) -> Token | None:
    """The token itself as a commodity noun (or a commodity adjective: 'crude output'), or its compound
    when the parser took a compass word for the noun ('tons of coal south')."""
    if token.pos_ == "ADJ" and token.lower_ in lex.commodity_names:
        return token
    if token.pos_ not in ("NOUN", "PROPN") or token.like_num:
        return None
    if _lemma(token) in lex.directions:
        compounds = [child for child in token.lefts if child.dep_ == "compound"]
        return _goods(compounds[-1], lex) if compounds else None
    if token.ent_type_ in PARTY_LABELS | {"DATE", "CARDINAL", "MONEY", "QUANTITY", "PERCENT", "PERSON", "ORG"}:
        return None
    lemma = _lemma(token)
    if lemma in lex.noun_measures or lemma in lex.anaphora or lemma in lex.financing or lemma in lex.lending:
        return None
    return token


def commodity_token(doc: Doc, figure: _Figure, lex: FigureLexicon, dates: CharSpans) -> Token | None:
    """The goods a money or mass figure is about: 'tons of freight', 'exports of grain ... 890 tons',
    'beef sales climbed from A$1.6 billion', '$750 million for purchases of grain'. A money figure
    takes only a commodity of the lexicon ('a loan for roads' has none)."""
    candidates: list[Token] = []
    following = doc[figure.end] if figure.end < len(doc) else None
    if following is not None and following.lower_ == "of":
        objects = [child for child in following.children if child.dep_ == "pobj"]
        candidates.extend(objects or [t for t in doc[following.i + 1:following.i + 4] if t.pos_ == "NOUN"])
    cues = [figure.cue] if figure.cue is not None else []
    nearest = _nearest_cue(doc, figure, lex, before_only=True)
    if nearest is not None:
        cues.append(nearest[1])
    for cue in cues:
        cue_token = doc[cue]
        cue_object = _of_object(cue_token)
        if cue_object is not None:
            candidates.append(cue_object)
        candidates.extend(child for child in cue_token.lefts if child.dep_ == "compound")  # "beef sales"
        # "crude output", "Coal production" (also when the parser cut the word off the phrase): a commodity
        # word right before the measure noun.
        before = doc[cue - 1] if cue > 0 else None
        if before is not None and before.pos_ in ("ADJ", "NOUN", "PROPN") and _lemma(before) in lex.commodities \
                and before.i == cue - 1 and before not in candidates:
            candidates.append(before)
    if figure.kind == MONEY:
        # "$750 million for purchases of grain", "spent $2 billion on foreign grain"
        root = figure_root(doc, figure)
        verb = governing_verb(root)
        scope = [t for t in root.subtree if t.i >= figure.end]
        for child in verb.children:
            if child.dep_ == "prep" and child.lower_ in ("on", "for") and child.i >= figure.end:
                scope.extend(child.subtree)
        candidates.extend(sorted(scope, key=lambda t: t.i))
    for token in candidates:
        goods = _goods(token, lex)
        if goods is None or dates.overlaps(goods.idx, goods.idx + len(goods.text)):
            continue
        if figure.kind == MONEY and _lemma(goods) not in lex.commodities:
            continue
        return goods
    return None


def change_direction(doc: Doc, figure: _Figure, lex: FigureLexicon) -> str | None:
    """'up' / 'down' when the figure states a rise or fall ('decreased by 91.1 percent', 'an increase of
    64%', 'a 5% drop', 'grew 12 percent'); None when it states a level ('increased to 1,070 tons')."""
    root = figure_root(doc, figure)
    head = root.head
    word = None
    before = [t.lower_ for t in doc[max(figure.start - 3, 0):figure.start]]
    if before and (before[-1] in ("to", "from") or (len(before) > 1 and before[-2] in ("to", "from")
                                                      and doc[figure.start - 1].pos_ in ("ADJ", "ADV", "DET"))):
        return None  # "fell from 92 percent to 29 percent": levels, not the change
    if head.dep_ == "prep" and head.lower_ in ("by", "of") and head.head != head:
        word = head.head
    elif root.dep_ in ("nummod", "compound", "amod", "npadvmod", "dobj", "advmod", "attr", "quantmod") and head != root:
        word = head
    if word is None:
        return None
    if root.dep_ in ("dobj", "npadvmod", "advmod") and word.pos_ not in ("VERB", "NOUN"):
        return None
    lemma = _lemma(word)
    if lemma in lex.change_up or word.lower_ in lex.change_up:
        return "up"
    if lemma in lex.change_down or word.lower_ in lex.change_down:
        return "down"
    return None


def _cue_measure(token: Token, lex: FigureLexicon, verbs: bool = False) -> str | None:
    lemma = _lemma(token)
    if token.pos_ == "NOUN" and lemma in lex.financing:
        return "other"  # a loan, credit line or guarantee: lending, not a flow of goods
    if token.pos_ in ("NOUN", "PROPN") or (token.pos_ == "ADJ" and token.dep_ in ("amod", "compound")):
        return lex.noun_measures.get(lemma) or lex.noun_measures.get(token.lower_)
    if verbs and token.pos_ == "VERB":
        return lex.verb_measures.get(lemma)
    return None


def _local_cue(doc: Doc, figure: _Figure, lex: FigureLexicon) -> tuple[str, int] | None:
    """A measure word in the figure's own phrase: '$5 million in aid', 'exports of $5 million'."""
    root = figure_root(doc, figure)
    for child in root.children:
        if child.dep_ == "prep" and child.lower_ in ("in", "of"):
            for grandchild in child.children:
                measure = _cue_measure(grandchild, lex) if grandchild.dep_ == "pobj" else None
                if measure:
                    return measure, grandchild.i
        if child.dep_ == "compound" and child.i >= figure.end:
            measure = _cue_measure(child, lex)
            if measure:
                return measure, child.i
    current = root
    financing: tuple[str, int] | None = None
    while current.head != current and (current.head.pos_ not in ("VERB", "AUX") or current.head.dep_ == "prep"):
        current = current.head
        found = [(_cue_measure(current, lex), current.i)] + [
            (_cue_measure(child, lex), child.i) for child in current.children  # "a $5 million aid package"
            if child.dep_ in ("compound", "amod") and child.i != root.i]
        for measure, index in found:
            if measure == "debt" and _lemma(doc[index]) in lex.lending and figure.kind != MONEY:
                continue  # "one credit institution" counts institutions, it is no debt
            if measure == "other" or (measure == "debt" and _lemma(doc[index]) in lex.lending):
                # a loan is debt, a credit line or guarantee other: unless it is concessional (aid)
                financing = financing or (measure, index)
            elif measure and (financing is None or measure == "aid"):
                return measure, index
    return financing


def _subject_cue(subject: Token, lex: FigureLexicon) -> tuple[str, int] | None:
    best: tuple[int, str, int] | None = None
    for token in subject.subtree:
        if not in_clause(token, subject) and token != subject:
            continue
        measure = _cue_measure(token, lex)
        if not measure:
            continue
        depth = 0
        current = token
        while current != subject and current.head != current:
            current = current.head
            depth += 1
        if best is None or depth < best[0]:
            best = (depth, measure, token.i)
    return (best[1], best[2]) if best else None


def is_anaphoric(subject: Token | None, lex: FigureLexicon) -> bool:
    """'the number', 'this figure', 'it': a subject that points back at an amount already given."""
    if subject is None:
        return False
    if subject.lower_ in ("it", "this", "that"):
        return True
    if _lemma(subject) not in lex.anaphora or _of_object(subject) is not None:
        return False
    if any(child.dep_ in ("compound", "amod") and _cue_measure(child, lex) for child in subject.children):
        return False  # "the trade volume", "the export total": the measure is named, not pointed back at
    return any(child.dep_ in ("det", "poss") and child.lower_ in lex.anaphora_determiners for child in subject.children)


def _party_of(tokens: list[Token], period: str | None) -> str | None:
    from .gazetteer import resolve_party  # the events stage owns the gazetteer

    text = " ".join(token.text for token in tokens)
    return resolve_party(text, period)


def _flow_cue(doc: Doc, verb: Token, period: str | None, lex: FigureLexicon) -> bool:
    """'from <country> to <country>' in the clause: a one-way flow, read as exports."""
    found_from = found_to = False
    sent = verb.sent
    for token in sent:
        if token.lower_ not in lex.flow_from | lex.flow_to or (token.lower_ in lex.flow_to and not found_from):
            continue
        objects = [child for child in token.children if child.dep_ == "pobj"]
        if not objects:
            continue
        if _ent_party(objects[0], period) is None:
            continue
        if token.lower_ in lex.flow_from:
            found_from = True
        else:
            found_to = True
    return found_from and found_to


def _nearest_cue(doc: Doc, figure: _Figure, lex: FigureLexicon, before_only: bool = False,
                 clauses: list[Token] | None = None) -> tuple[str, int] | None:
    """The measure word nearest the figure in its sentence (one before it counts double-near), only
    in the given clauses when they are given."""
    sent = doc[figure.start].sent
    best: tuple[int, str, int] | None = None
    for token in sent:
        if figure.start <= token.i < figure.end or (before_only and token.i > figure.start):
            continue
        if clauses is not None and governing_verb(token) not in clauses:
            continue
        measure = _cue_measure(token, lex, verbs=True)
        if not measure:
            continue
        distance = figure.start - token.i if token.i < figure.start else 2 * (token.i - figure.end + 1)
        if best is None or distance < best[0]:
            best = (distance, measure, token.i)
    return (best[1], best[2]) if best else None


def clause_chain(verb: Token) -> list[Token]:
    """The figure's clause and the clauses above it that share its time."""
    chain = [verb]
    parent = clause_parent(verb)
    while parent is not None and parent not in chain:
        chain.append(parent)
        parent = clause_parent(parent)
    return chain


def comparison_base(doc: Doc, figure: _Figure, lex: FigureLexicon) -> str | None:
    """What an amount that measures a gap is compared with: "time" for an earlier time ('40% higher
    than in 2010', '15 percent below its 1990 level', 'up 18% from 2009', '3% lower in 2009' with the
    time left implicit), "other" for anything else ('29% higher than the world average'); None when
    the amount does not stand before a comparative or a comparing preposition."""
    root = figure_root(doc, figure)
    if root.dep_ != "npadvmod":
        return None
    sent = root.sent
    candidates = [root.head] if root.head != root else []
    if figure.end < sent.end:
        candidates.append(doc[figure.end])  # "sold 20% more grain than in 2013"
    word = next((token for token in candidates if token.tag_ in COMPARATIVE_TAGS
                 and token.lower_ in lex.comparatives), None)
    if word is None:
        return None
    if word.lower_ in lex.change_words:
        return "time"  # "up 18%", "down 7 percent": a rise or fall whatever the base
    if word.tag_ == "IN":
        base = [token for token in word.subtree if not figure.start <= token.i < figure.end]
    else:
        than = next((token for token in doc[word.i + 1:sent.end] if token.lower_ == "than"), None)
        if than is None:
            return "time"  # "prices were 3% lower in 2009": lower than before
        base = list(than.subtree)
    temporal = any(token.ent_type_ == "DATE" or token.lower_ in lex.temporal_bases for token in base)
    return "time" if temporal else "other"


def states_change(doc: Doc, figure: _Figure, lex: FigureLexicon) -> bool:
    """A percent whose clause is about a rise or fall: 'economic growth was 6.1%', 'the growth rate
    averaged 2 percent', 'the decline in output reached 12%'."""
    subject = subject_of(governing_verb(figure_root(doc, figure)))
    if subject is None or subject.pos_ != "NOUN" or figure.start <= subject.i < figure.end:
        return False
    words = [subject]
    if _lemma(subject) in lex.rates:  # "the growth rate": the rate's modifier names what it is a rate of
        words += [child for child in subject.children if child.dep_ in ("compound", "amod")]
    return any(_lemma(word) in lex.change_words and word.pos_ == "NOUN" for word in words)


def is_rate(doc: Doc, figure: _Figure, lex: FigureLexicon) -> bool:
    """A percentage of a tariff, tax or interest rate ('a 38.5 percent tariff', 'cut the duty to 5%')."""
    root = figure_root(doc, figure)
    verb = governing_verb(root)
    nearby = [root.head] + [child for child in verb.children if child.dep_ in ("dobj", "nsubj", "nsubjpass", "attr")]
    if root.head.dep_ == "prep" and root.head.lower_ in ("of", "at"):
        nearby.append(root.head.head)  # "a tax of 10%", "a duty set at 5 percent"
    return any(_lemma(token) in lex.rates for token in nearby)


def find_measure(doc: Doc, figure: _Figure, lex: FigureLexicon) -> tuple[str, int | None, str | None]:
    """(measure, cue token index, link) for one prose figure; link is "anaphora" when its clause points
    back at an earlier amount ('the number stood at ...'), "pronoun" for 'it was worth ...'."""
    if change_direction(doc, figure, lex):
        return "change", None, None
    base = comparison_base(doc, figure, lex)
    if base == "time":
        return "change", None, None
    if base == "other" and figure.kind == PERCENT:
        return "other", None, None  # a gap to another thing is neither a rise nor a part of a whole
    if figure.kind == PERCENT:
        if states_change(doc, figure, lex):
            return "change", None, None
        return ("other" if is_rate(doc, figure, lex) else "share"), None, None
    local = _local_cue(doc, figure, lex)
    if local:
        return local[0], local[1], None
    verb = governing_verb(figure_root(doc, figure))
    if figure.kind == COUNT:
        # A count measures something only through its clause's circumstances ("built with Russian assistance").
        for child in verb.children:
            if child.dep_ in ("prep", "agent"):
                for grandchild in child.children:
                    measure = _cue_measure(grandchild, lex) if grandchild.dep_ == "pobj" else None
                    if measure:
                        return measure, grandchild.i, None
        return "other", None, None
    measure = _cue_measure(verb, lex, verbs=True)
    if measure:
        return measure, verb.i, None
    subject = subject_of(verb)
    if subject is not None and not (figure.start <= subject.i < figure.end):
        if is_anaphoric(subject, lex):
            return "other", None, ("pronoun" if subject.pos_ == "PRON" else "anaphora")
        cue = _subject_cue(subject, lex)
        if cue:
            return cue[0], cue[1], None
    if _flow_cue(doc, verb, None, lex):
        return "exports", None, None
    nearest = _nearest_cue(doc, figure, lex, clauses=clause_chain(verb))
    if nearest:
        return nearest[0], nearest[1], None
    return "other", None, None


# -- periods ----------------------------------------------------------------------------------------

@dataclass
class _Date:
    record: DateRecord
    start: int  # token indices
    end: int
    root: Token


def _date_tokens(doc: Doc, dates: list[DateRecord]) -> list[_Date]:
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


# A comparative adjective or adverb, a comparing preposition ("above"), or a particle ("up").
COMPARATIVE_TAGS = {"JJR", "RBR", "IN", "RB", "RP"}
COMPARISON_GLUE = {"to", "with", "the", "in", "of", "on", "during", "for", "that", "those", "a", "an", "its", "their"}


def _is_comparison_base(doc: Doc, date: _Date, lex: FigureLexicon) -> bool:
    """'compared to the same period of the previous year', 'than in 2002': the base of a comparison."""
    index = date.start - 1
    sent_start = date.root.sent.start
    while index >= sent_start and doc[index].lower_ in COMPARISON_GLUE:
        index -= 1
    return index >= sent_start and doc[index].lower_ in lex.comparison_markers


def _pick_date(figure: _Figure, candidates: list[_Date], others: list[_Figure], doc: Doc) -> _Date | None:
    """The date nearest a figure: right after it (no other figure between), else right before it."""
    if not candidates:
        return None
    blockers = [f for f in others if f is not figure and f.restates is None]

    def figure_between(a: int, b: int) -> bool:
        return any(a <= f.start and f.end <= b for f in blockers)

    def semicolon_between(a: int, b: int) -> bool:
        return any(token.text == ";" for token in doc[a:b])

    after = [d for d in candidates if d.start >= figure.end]
    before = [d for d in candidates if d.end <= figure.start]
    for date in sorted(after, key=lambda d: d.start):
        if not figure_between(figure.end, date.start) and not semicolon_between(figure.end, date.start):
            return date
        break
    for date in sorted(before, key=lambda d: -d.start):
        if not figure_between(date.end, figure.start) and not semicolon_between(date.end, figure.start):
            return date
        break
    if before:
        return max(before, key=lambda d: d.start)
    return min(after, key=lambda d: d.start)


def assign_periods(doc: Doc, figures: list[_Figure], dates: list[_Date], lex: FigureLexicon) -> None:
    usable = [d for d in dates if not _is_comparison_base(doc, d, lex)
              and not any(f.start < d.end and d.start < f.end for f in figures)]
    for figure in figures:
        if figure.restates is not None:
            continue
        sent = doc[figure.start].sent
        in_sentence = [d for d in usable if sent.start <= d.start < sent.end]
        verb = governing_verb(figure_root(doc, figure))
        chosen = None
        clause: Token | None = verb
        top = verb
        while clause is not None and chosen is None:
            own = [d for d in in_sentence if governing_verb(d.root) == clause]
            chosen = _pick_date(figure, own, figures, doc)
            top = clause
            clause = clause_parent(clause)
        if chosen is None:
            # No date in the figure's clause: one in a clause or phrase under it sets the time ("At the
            # time of the test, Russia published statistics from January to March, 2006, and exports
            # decreased by ..."; "A plebiscite held on 20 October 1945 produced ..."), but not one in a
            # conjoined clause or a relative clause ("the treaty that had lapsed in 1993").
            chosen = _pick_date(figure, [d for d in in_sentence if _hangs_from(d.root, top)], figures, doc)
        if chosen is None and not [d for d in dates if sent.start <= d.start < sent.end]:
            chosen = _paragraph_date(doc, figure, usable, verb)
        if chosen is None:
            continue
        value = period_value(chosen.record)
        figure.period = _range_end(doc, figure, chosen, value)
        if figure.measure == "change" and figure.kind == PERCENT:
            figure.period = _change_since(doc, chosen, in_sentence) or figure.period
    for figure in figures:
        if figure.restates is not None:
            figure.period = figures[figure.restates].period
    for index, figure in enumerate(figures):
        if figure.measure == "change" and figure.kind == PERCENT:
            _change_spans_pair(doc, figures, index)


CHANGE_START_WORDS = {"from", "since", "on"}


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


def _change_spans_pair(doc: Doc, figures: list[_Figure], index: int) -> None:
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


def _word_before(doc: Doc, figure: _Figure) -> str | None:
    """The preposition before a figure, past a qualifier ('from about $5 million')."""
    index = figure.start - 1
    while index >= 0 and doc[index].pos_ in ("ADV", "ADJ", "DET") and index >= figure.start - 3:
        index -= 1
    return doc[index].lower_ if index >= 0 else None


def _hangs_from(token: Token, clause: Token) -> bool:
    """Whether a token sits under a clause through phrases and subordinate clauses only."""
    current = token
    while current != clause:
        if current.head == current:
            return False
        if current.pos_ in ("VERB", "AUX") and current.dep_ in ("conj", "relcl"):
            return False
        current = current.head
    return True


def _range_end(doc: Doc, figure: _Figure, date: _Date, value: str) -> str:
    """'During 2000–2005, trade grew from X to Y': X is 2000 and Y is 2005 (the change itself keeps 2000/2005)."""
    if "/" not in value or date.end > figure.start:
        return value
    previous = [t.lower_ for t in doc[max(figure.start - 3, 0):figure.start]]
    first, last = value.split("/", 1)
    if previous and previous[-1] == "from" or "from" in previous[-2:] and previous[-1] not in ("to",):
        return first
    if previous and previous[-1] == "to" or (len(previous) >= 2 and previous[-2] == "to"):
        return last
    return value


def _paragraph_date(doc: Doc, figure: _Figure, dates: list[_Date], verb: Token) -> _Date | None:
    """A sentence without a date in a paragraph set in one period ('the Korean War (1950-1953)') takes
    that period, when the paragraph names exactly one date, before the figure, and the verb is past."""
    root = doc[figure.start].sent.root
    if verb.tag_ not in ("VBD", "VBN") and root.tag_ not in ("VBD", "VBN"):
        return None
    block = _block_at(doc, doc[figure.start].idx)
    if block is None:
        return None
    in_block = [d for d in dates if block.start <= d.record.start < block.end]
    values = {d.record.value for d in in_block}
    if len(values) != 1 or in_block[0].record.start > doc[figure.start].idx:
        return None
    return in_block[0]


def _block_at(doc: Doc, offset: int) -> Block | None:
    clean = doc._.clean
    if clean is not None:
        return clean.block_at(offset)
    return None


# -- parties ----------------------------------------------------------------------------------------

def find_parties(doc: Doc, figure: _Figure) -> list[str]:
    """Countries named in the figure's clause (names, demonyms, capitals), as ISO codes."""
    verb = governing_verb(figure_root(doc, figure))
    sent = doc[figure.start].sent
    parties = set()
    for token in sent:
        if token.ent_iob_ != "B" or token.ent_type_ not in PARTY_LABELS:
            continue
        name = entity_tokens(token)
        root = doc[name[0].i:name[-1].i + 1].root
        if not in_clause(root, verb) and not any(figure.start <= t.i < figure.end for t in root.ancestors):
            continue
        party = _party_of(name, figure.period)
        if party and _is_state(party):
            parties.add(party)
    return sorted(parties)


def _is_state(party: str) -> bool:
    from .gazetteer import kind_of

    return kind_of(party) == "state"


def entity_tokens(token: Token) -> list[Token]:
    """The tokens of the named entity a token belongs to (read from the IOB tags, not Doc.ents)."""
    if not token.ent_type_:
        return []
    doc = token.doc
    start = token.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = token.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return list(doc[start:end])


def _ent_party(token: Token, period: str | None = None) -> str | None:
    """The state named by the entity a token belongs to ('Ottawa' -> CAN, 'Soviet' -> SUN)."""
    if token.ent_type_ not in PARTY_LABELS:
        return None
    party = _party_of(entity_tokens(token), period)
    return party if party and _is_state(party) else None


def _flow_roles(doc: Doc, figure: _Figure, lex: FigureLexicon) -> tuple[set[str], set[str]]:
    """(sellers, buyers) named in the figure's sentence: subjects of selling and buying verbs, states
    that modify a flow noun ('Soviet purchases'), or the subject of the verb a flow noun depends on
    ('Ottawa announced a sale of ...'), and 'from X' / 'to X'."""
    sellers: set[str] = set()
    buyers: set[str] = set()
    for token in doc[figure.start].sent:
        role = None
        actors: list[Token] = []
        if token.pos_ == "VERB" and lex.verb_measures.get(_lemma(token)) in ("exports", "imports"):
            role = lex.verb_measures[_lemma(token)]
            subject = subject_of(token)
            actors = [subject] if subject is not None else []
        elif token.pos_ == "NOUN" and lex.noun_measures.get(_lemma(token)) in ("exports", "imports"):
            role = lex.noun_measures[_lemma(token)]
            actors = [child for child in token.children if child.dep_ in ("amod", "poss", "compound", "nmod")]
            if not actors:
                subject = subject_of(governing_verb(token))
                actors = [subject] if subject is not None and subject.i != token.i else []
        elif token.lower_ in lex.flow_from | lex.flow_to and token.dep_ == "prep":
            role = "exports" if token.lower_ in lex.flow_from else "imports"
            actors = [child for child in token.children if child.dep_ == "pobj"]
        for actor in actors:
            party = _ent_party(actor, figure.period)
            if party is None:
                continue
            (sellers if role == "exports" else buyers).add(party)
    return sellers, buyers


def apply_perspective(doc: Doc, figures: list[_Figure], index: int, focus: str | None, lex: FigureLexicon) -> None:
    """In an article about one state ('Soviet grain imports'), flows are seen from that state: a
    sale by another state to it is its imports; a purchase by another state from it, its exports."""
    figure = figures[index]
    if focus is None or figure.measure not in ("exports", "imports"):
        return
    if figure.restates is not None:
        figure.measure = figures[figure.restates].measure
        return
    sellers, buyers = _flow_roles(doc, figure, lex)
    if focus in sellers:
        figure.measure = "exports"
    elif focus in buyers:
        figure.measure = "imports"
    elif sellers:
        figure.measure = "imports"
    elif buyers:
        figure.measure = "exports"


def focus_state(doc: Doc) -> str | None:
    """The one state an article's title names, if exactly one."""
    parties = title_parties(doc)
    return parties[0] if len(parties) == 1 else None


def title_parties(doc: Doc) -> list[str]:
    """The states a bilateral article's title names ('North Korea–Russia relations')."""
    from .gazetteer import resolve_parties, states_named_in

    for block in doc._.blocks or []:
        if block.kind == TITLE:
            parties: set[str] = set()
            title = doc.char_span(block.start, block.end, alignment_mode="expand")
            if title is None:
                return []
            for ent in title.ents:
                parties.update(p for p in resolve_parties(ent.text) if _is_state(p))
            # The parser does not tag every name in a title: the longest names the gazetteer knows, left to right.
            parties.update(states_named_in(title.text))
            return sorted(parties)
    return []


# -- prose figures ----------------------------------------------------------------------------------

def prose_figures(doc: Doc, dates: list[DateRecord]) -> list[_Figure]:
    lex = load_figure_lexicon()
    nums = load_lexicon()
    date_spans = CharSpans((d.start, d.end) for d in dates)
    figures: list[_Figure] = []
    for figure in find_amounts(doc, date_spans):
        start_char = doc[figure.start].idx
        end_char = doc[figure.end - 1].idx + len(doc[figure.end - 1].text)
        block = _block_at(doc, start_char)
        if block is not None and block.kind in (TITLE, HEADING, TABLE_ROW):
            continue
        if date_spans.overlaps(start_char, end_char):
            continue
        if figure.kind == COUNT:
            noun = counted_noun(doc, figure)
            if _not_a_count(doc, figure, lex, nums, noun):
                continue
            context = None if noun is not None else _count_context(doc, figure, lex)
            if noun is not None:
                figure.item = count_item(noun)
            elif context is not None:
                figure.item = context_item(context, lex)
            elif not figure.amount.vague:
                previous = figures[-1] if figures else None
                if previous is None or not _elliptical_count(doc, previous, figure, lex):
                    continue
                figure.item = previous.item  # "listed 86,000 fishermen; by 1990 it listed fewer than 27,500"
        figures.append(figure)
    for index, figure in enumerate(figures):
        figure.qualifier = find_qualifier(doc, figure, lex)
        figure.restates = _restated(doc, figures, index, lex)
    sentence_starts = [sent.start for sent in doc.sents]
    for index, figure in enumerate(figures):
        earlier = _previous_of_kind(doc, figures, index)
        if figure.restates is None:
            figure.measure, figure.cue, link = find_measure(doc, figure, lex)
            if link == "pronoun":
                # "trade withered, and in the early 1970s it was worth $10 million": the sentence's own
                # measure word comes first, then the figure before.
                nearest = _nearest_cue(doc, figure, lex, before_only=True)
                if nearest is not None:
                    figure.measure, figure.cue, link = nearest[0], nearest[1], None
            if (link is not None or _continues(doc, figure, lex)) and earlier is not None:
                figure.measure, figure.cue, figure.item = earlier.measure, earlier.cue, earlier.item
                figure.anaphoric = True
        if figure.kind in (MONEY, MASS) and figure.item is None and not figure.anaphoric:
            commodity = commodity_token(doc, figure, lex, date_spans)
            if commodity is not None:
                figure.item = noun_phrase_name(commodity)
        if figure.restates is not None:
            restated = figures[figure.restates]
            if change_direction(doc, restated, lex) or restated.measure == "change":
                figure.measure = "change"
            else:
                figure.measure = restated.measure
            if figure.item is None and restated.kind != PERCENT:
                figure.item = restated.item
    assign_periods(doc, figures, _date_tokens(doc, dates), lex)
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


def _previous_of_kind(doc: Doc, figures: list[_Figure], index: int) -> _Figure | None:
    kind = figures[index].kind
    for earlier in reversed(figures[:index]):
        if earlier.kind == kind and earlier.restates is None:
            return earlier
    return None


def _sentences_apart(starts: list[int], a: _Figure, b: _Figure) -> int:
    return abs(bisect_right(starts, b.start) - bisect_right(starts, a.start))


def _continues(doc: Doc, figure: _Figure, lex: FigureLexicon) -> bool:
    """'a further US$1.5 billion', 'another 3 million tonnes': more of the previous figure's kind."""
    before = [token.lower_ for token in doc[max(figure.start - 2, 0):figure.start]]
    return any(word in lex.continuation for word in before)


def _elliptical_count(doc: Doc, previous: _Figure, figure: _Figure, lex: FigureLexicon) -> bool:
    """A bare number that repeats the verb of a count just before it in the same sentence."""
    if previous.kind != COUNT or previous.item is None or doc[previous.start].sent != doc[figure.start].sent:
        return False
    verb, earlier_verb = governing_verb(figure_root(doc, figure)), governing_verb(figure_root(doc, previous))
    return verb.i != earlier_verb.i and _lemma(verb) == _lemma(earlier_verb)


def _count_context(doc: Doc, figure: _Figure, lex: FigureLexicon) -> Token | None:
    """'a total of 500', 'the death toll reached 135': the count word a bare number is the amount of."""
    root = figure_root(doc, figure)
    if root.head.lower_ == "of" and _lemma(root.head.head) in lex.count_context:
        return root.head.head
    subject = subject_of(governing_verb(root))
    return subject if subject is not None and _lemma(subject) in lex.count_context else None


def context_item(word: Token, lex: FigureLexicon) -> str | None:
    """What a count word counts when the counted noun comes before the number: 'the number of South
    Koreans ... was 279' -> 'south korean'; 'the population of X was 85,458' -> 'person'."""
    if _lemma(word) in lex.count_context_items:
        return lex.count_context_items[_lemma(word)]  # "the population of the island": the place is not counted
    counted = _of_object(word)
    if counted is not None and counted.ent_type_ not in ("GPE", "LOC", "FAC", "DATE"):
        return count_item(counted)
    return None


def _restated(doc: Doc, figures: list[_Figure], index: int, lex: FigureLexicon) -> int | None:
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


# -- tables -----------------------------------------------------------------------------------------

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
        measure = lex.noun_measures.get(_lemma(token)) or lex.noun_measures.get(token.lower_)
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
    # Years down: the first row labels the columns, each data row starts with its year.
    first_block, first_cells = parsed[0]
    if not any(_year_of(c[0].text) for _, c in parsed[1:] if c):
        return _unit_cells(doc, parsed, lex, parties)
    for block, cells in parsed[1:]:
        period = _date_value_at(dates, cells[0]) if cells else None
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
            measure = _label_measure(column_label.text, lex, doc, column_label.start)
            out.append(_table_record(cell, number, unit, measure, period, parties, column_label.text))
    return out


def _unit_cells(doc: Doc, parsed: list[tuple[Block, list[_Cell]]], lex: FigureLexicon,
                parties: list[str]) -> list[FigureRecord]:
    """A table without years: only cells that carry their own unit ('170,900 t', '$5 million', '12%')."""
    out = []
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


def _table_record(cell: _Cell, number: float, unit: RowUnit, measure: str, period: str | None,
                  parties: list[str], label: str) -> FigureRecord:
    value = float(f"{number * unit.scale:.12g}")
    item = None
    if unit.kind == COUNT:
        words = re.sub(r"\(.*?\)", " ", label).split()
        item = words[-1].lower().rstrip("s") if words else None
    if unit.kind == PERCENT:
        measure = "change" if re.search(r"\b(change|growth|increase|decrease)\b", label, re.I) else "share"
    return FigureRecord(-1, cell.start, cell.end, unit.kind, value, None, None, unit.unit, None, item, period,
                        measure, list(parties) if measure not in ("share", "change", "other") else [], TABLE)


# -- the extractor ----------------------------------------------------------------------------------

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
    records.extend(table_figures(doc, dates))
    records.sort(key=lambda r: (r.start, r.end))
    return [_with_id(record, index) for index, record in enumerate(records)]


def _with_id(record: FigureRecord, figure_id: int) -> FigureRecord:
    from dataclasses import replace

    return replace(record, figure_id=figure_id)
