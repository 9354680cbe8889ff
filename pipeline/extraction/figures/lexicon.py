"""The figures stage's rule data: the measure lexicon and commodities (models/measure_lexicon.json,
models/commodities.json; under the lexicon's nouns, the WordNet-derived measure classes of
models/wordnet_measure_classes.json, built by scripts/build_wordnet_measures.py) and the token
patterns that find amounts (models/figure_rules.jsonl), read once and cached."""
from __future__ import annotations

import json
from dataclasses import dataclass, field, fields
from functools import lru_cache
from pathlib import Path

import srsly

from ...config import SETTINGS
from ..matching import RuleMatcher, rule_matcher
from ..numbers import NumberLexicon, load_lexicon

FIGURE_RULES_FILE = "figure_rules.jsonl"
MEASURE_LEXICON_FILE = "measure_lexicon.json"
COMMODITIES_FILE = "commodities.json"
CURRENCIES_FILE = "currencies.json"
WORDNET_MEASURES_FILE = "wordnet_measure_classes.json"
# the FigureLexicon word sets that come from that WordNet table as built, not from the hand lexicon
WORDNET_WORD_SETS = ("military_groups", "measurement_units", "substances", "thoroughfares", "later_adverbs",
                     "sequence_units", "offset_adverbs", "opening_verbs", "closing_verbs", "person_subject_verbs",
                     "person_object_verbs")


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
    age_comparatives: frozenset[str]
    count_context: frozenset[str]
    peak: frozenset[str]
    comparison_markers: frozenset[str]
    flow_from: frozenset[str]
    flow_to: frozenset[str]
    not_items: frozenset[str]
    formula_operators: frozenset[str]
    denomination_nouns: frozenset[str]
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
    change_rates: frozenset[str] = frozenset()
    gross_product: frozenset[str] = frozenset()
    partitive_determiners: frozenset[str] = frozenset()
    partitive_pronouns: frozenset[str] = frozenset()
    whole_qualifiers: frozenset[str] = frozenset()
    definite_references: frozenset[str] = frozenset()
    row_estimates: frozenset[str] = frozenset()
    rank_labels: frozenset[str] = frozenset()
    exchange_rate_links: frozenset[str] = frozenset()
    designator_abbreviations: frozenset[str] = frozenset()
    cost_words: frozenset[str] = frozenset()
    people_counts: frozenset[str] = frozenset()
    dollar_places: dict[str, str] = field(default_factory=dict)
    dollar_home: frozenset[str] = frozenset()
    aid_verbs: frozenset[str] = frozenset()
    asset_verbs: frozenset[str] = frozenset()
    aid_purposes: frozenset[str] = frozenset()
    arrangement_parties: frozenset[str] = frozenset()
    count_verbs: frozenset[str] = frozenset()
    capacity_verbs: frozenset[str] = frozenset()
    rise_particle_verbs: frozenset[str] = frozenset()
    strength_verbs: frozenset[str] = frozenset()
    strength_adjectives: frozenset[str] = frozenset()
    calibre_units: frozenset[str] = frozenset()
    per_unit: frozenset[str] = frozenset()
    casualty_words: frozenset[str] = frozenset()
    casualty_participles: frozenset[str] = frozenset()
    war_words: frozenset[str] = frozenset()
    model_designation: str = r"(?!)"
    count_columns: dict[str, str | None] = field(default_factory=dict)
    note_columns: frozenset[str] = frozenset()
    military_groups: frozenset[str] = frozenset()
    measurement_units: frozenset[str] = frozenset()
    substances: frozenset[str] = frozenset()
    thoroughfares: frozenset[str] = frozenset()
    later_adverbs: frozenset[str] = frozenset()
    sequence_units: frozenset[str] = frozenset()  # WordNet: 'episode', 'chapter', 'issue', 'round', 'lap'
    offset_adverbs: frozenset[str] = frozenset()  # WordNet: 'later', 'earlier', 'afterwards'
    opening_verbs: frozenset[str] = frozenset()  # WordNet: 'begin', 'start', 'erupt'
    closing_verbs: frozenset[str] = frozenset()  # WordNet: 'end', 'finish', 'cease'
    person_subject_verbs: frozenset[str] = frozenset()
    person_object_verbs: frozenset[str] = frozenset()
    plural_singulars: dict[str, str] = field(default_factory=dict)
    rate_markers: tuple[tuple[str, ...], ...] = ()
    status_markers: tuple[tuple[str, ...], ...] = ()  # 'as of', 'as at' before a date
    time_bases: frozenset[str] = frozenset()
    lifetime_nouns: frozenset[str] = frozenset()
    lifetime_prepositions: frozenset[str] = frozenset()
    time_prepositions: frozenset[str] = frozenset()
    pointing_nouns: frozenset[str] = frozenset()
    proportion_rates: frozenset[str] = frozenset()
    verb_only_changes: frozenset[str] = frozenset()
    money_losses: frozenset[str] = frozenset()
    age_prepositions: frozenset[str] = frozenset()
    fewer_words: frozenset[str] = frozenset()
    demonstratives: frozenset[str] = frozenset()
    count_classifiers: frozenset[str] = frozenset()
    spending_verbs: frozenset[str] = frozenset()
    trailing_qualifiers: tuple[tuple[tuple[str, ...], str], ...] = ()  # 'or more', 'or fewer', '+' after a number

    @property
    def change_words(self) -> frozenset[str]:
        return self.change_up | self.change_down

    def listed_singular(self, plural: str) -> str | None:
        """The singular the tables give a lower-case word: the lexicon's exceptions ("people" -> "person"),
        then WordNet's plurals ("senses" -> "sense", not "sens"); None when neither lists it."""
        return self.item_nouns.get(plural) or self.plural_singulars.get(plural)


@lru_cache(maxsize=4)
def load_figure_lexicon(models_dir: Path | None = None) -> FigureLexicon:
    root = Path(models_dir or SETTINGS.models_dir)
    data = json.loads((root / MEASURE_LEXICON_FILE).read_text(encoding="utf-8"))
    data.update(json.loads((root / COMMODITIES_FILE).read_text(encoding="utf-8")))
    currencies = json.loads((root / CURRENCIES_FILE).read_text(encoding="utf-8"))
    data["dollar_places"] = currencies.get("dollar_places", {})
    data["dollar_home"] = currencies.get("dollar_home", [])
    nouns: dict[str, str] = {}
    verbs: dict[str, str] = {}
    for measure, words in data["measures"].items():
        for word in words.get("nouns", []):
            nouns.setdefault(word, measure)
        for word in words.get("verbs", []):
            verbs.setdefault(word, measure)
    commodity_words = {word.lower() for word in data.get("commodities", [])}
    wordnet = root / WORDNET_MEASURES_FILE
    wordnet_data: dict = {}
    if wordnet.is_file():  # WordNet-derived classes under the hand lists: a noun they name keeps theirs
        wordnet_data = json.loads(wordnet.read_text(encoding="utf-8"))
        for word, measure in wordnet_data["nouns"].items():
            if word not in commodity_words:
                nouns.setdefault(word, measure)
    plural_singulars = dict(wordnet_data.get("plural_singulars", {}))
    qualifiers = sorted(
        ((tuple(phrase.lower().split()), name) for name, phrases in data["qualifiers"].items() for phrase in phrases),
        key=lambda pair: -len(pair[0]),
    )
    # every frozenset field is the JSON list of the same name, lower-cased (absent: empty), but the WordNet ones
    word_sets = {item.name: frozenset(word.lower() for word in data.get(item.name, []))
                 for item in fields(FigureLexicon) if str(item.type).startswith("frozenset")}
    word_sets.update({name: frozenset(wordnet_data.get(name, [])) for name in WORDNET_WORD_SETS})
    return FigureLexicon(
        **word_sets,
        noun_measures=nouns, verb_measures=verbs, qualifiers=tuple(qualifiers),
        commodity_names={k.lower(): v for k, v in data.get("commodity_names", {}).items()},
        item_nouns={k.lower(): v for k, v in data.get("item_nouns", {}).items()},
        count_context_items={k.lower(): v for k, v in data.get("count_context_items", {}).items()},
        dollar_places={k.lower(): v for k, v in data.get("dollar_places", {}).items()},
        model_designation=data.get("model_designation", r"(?!)"),
        count_columns={k.lower(): v for k, v in data.get("count_columns", {}).items()},
        plural_singulars=plural_singulars,
        rate_markers=tuple(tuple(phrase.lower().split()) for phrase in data.get("rate_markers", [])),
        status_markers=tuple(tuple(phrase.lower().split()) for phrase in data.get("status_markers", [])),
        trailing_qualifiers=tuple((tuple(phrase.lower().split()), name)
                                  for name, phrases in data.get("trailing_qualifiers", {}).items() for phrase in phrases),
    )


def lexicon_lists(lex: NumberLexicon) -> dict[str, list[str]]:
    """The word lists figure_rules.jsonl refers to as "@name"."""
    return {
        "number_words": sorted(lex.number_words),
        "vague_plurals": sorted(lex.vague_plurals),
        "vague_quantifiers": sorted(lex.vague_quantifiers),
        "scales": sorted(lex.scales),
        "currency_symbols": sorted(set(lex.currency_symbols) | lex.currency_codes),
        "currency_codes": sorted(lex.currency_codes),
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
