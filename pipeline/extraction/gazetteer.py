"""The gazetteer: names of states, organisations and persons to the canonical ids used in the tables.

States resolve to ISO 3166-1 alpha-3 codes (SUN for the Soviet Union) from their names, short forms,
abbreviations, demonyms and capitals or seats of government used for the state ("Pyongyang",
"the Kremlin"). Some names stand for another state in a period ("Moscow" in 1950 is the Soviet
Union; "Korea" before 1948 is KOR and ambiguous after), so a period can be given. Organisations
resolve to their common English name, persons to their full name as the article (or the gazetteer)
gives it. All data lives in models/gazetteer_*.jsonl and models/gazetteer_lexicon.json.
"""
from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Iterable

import srsly

from ..config import SETTINGS
from .numbers import ORDINAL_RE
from .timex import lexicon as date_lexicon

STATE = "state"
ORG = "org"

# Separators inside compounds such as "Russia–DPRK", "Sino-Soviet", "Russo-Japanese".
COMPOUND_SEPARATOR = re.compile(r"\s*[-\u2010-\u2015/]\s*")
INITIALS_GLUED = re.compile(r"(?<=\b[A-Z])\.(?=[A-Z]\b)")
POSSESSIVE = re.compile(r"(?:'s|'|\u2019s|\u2019)$")
EDGE_PUNCTUATION = "\"'\u2018\u2019\u201c\u201d()[]{},.;:!? \t\n"


@dataclass(frozen=True)
class Reading:
    """One id an alias stands for, in a period (ISO dates, inclusive) or always (None bounds)."""

    id: str
    start: str | None = None
    until: str | None = None

    def covers(self, period: tuple[str | None, str | None] | None) -> bool:
        if self.start is None and self.until is None:
            return True
        if period is None or period[0] is None or period[1] is None:
            return False
        return (self.start is None or period[0] >= self.start) and (self.until is None or period[1] <= self.until)


@dataclass(eq=False)  # compared and hashed by identity: one per models folder, a key of caches
class Gazetteer:
    # Case-insensitive keys (see `fold`): names, demonyms, capitals; exact keys: codes, abbreviations.
    folded: dict[str, str] = field(default_factory=dict)
    exact: dict[str, str] = field(default_factory=dict)
    kinds: dict[str, str] = field(default_factory=dict)
    capitals: set[str] = field(default_factory=set)
    demonyms: set[str] = field(default_factory=set)
    combining_forms: dict[str, str] = field(default_factory=dict)
    readings: dict[str, list[Reading]] = field(default_factory=dict)
    groups: dict[str, list[str]] = field(default_factory=dict)  # "Koreas" -> both states
    persons: dict[str, str] = field(default_factory=dict)
    titles: list[str] = field(default_factory=list)
    state_bodies: set[str] = field(default_factory=set)
    korean_family_names: set[str] = field(default_factory=set)
    leading_words: list[str] = field(default_factory=list)


# Memories of pure functions of a name (the same name is looked up again and again in an article and across
# articles): bounded, and holding strings only.
NAME_MEMORY = 1 << 16


@lru_cache(maxsize=NAME_MEMORY)
def fold(text: str) -> str:
    """Lookup key: accents dropped, case folded, one space between words, typographic apostrophes plain."""
    text = unicodedata.normalize("NFKD", text.replace("\u2019", "'").replace("\u02bb", "'"))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return " ".join(text.casefold().split())


def _read_jsonl(path: Path) -> list[dict]:
    return list(srsly.read_jsonl(path)) if path.exists() else []


@lru_cache(maxsize=4)
def load_gazetteer(models_dir: Path | None = None) -> Gazetteer:
    """The gazetteer from models/ (cached; read once per process)."""
    root = Path(models_dir or SETTINGS.models_dir)
    gaz = Gazetteer()
    for record in _read_jsonl(root / "gazetteer_states.jsonl"):
        state = record["id"]
        gaz.kinds[state] = STATE
        # Seats: legislatures and other organs known by their own name ("the Storting").
        for name in (record.get("names", []) + record.get("demonyms", []) + record.get("capitals", [])
                     + record.get("seats", [])):
            gaz.folded.setdefault(fold(name), state)
        gaz.demonyms.update(fold(name) for name in record.get("demonyms", []))
        for capital in record.get("capitals", []):
            gaz.capitals.add(fold(_strip_leading(capital, ["the"])))
        for code in record.get("codes", []) + record.get("abbreviations", []):
            gaz.exact.setdefault(code, state)
        for form in record.get("combining_forms", []):
            gaz.combining_forms[fold(form)] = state
    for record in _read_jsonl(root / "gazetteer_orgs.jsonl"):
        org = record["id"]
        gaz.kinds[org] = ORG
        for name in record.get("names", []):
            gaz.folded.setdefault(fold(name), org)
        for abbreviation in record.get("abbreviations", []):
            gaz.exact.setdefault(abbreviation, org)
    for record in _read_jsonl(root / "gazetteer_readings.jsonl"):
        gaz.readings[fold(record["alias"])] = [
            Reading(r["id"], r.get("from"), r.get("until")) for r in record.get("readings", [])
        ]
        if record.get("group"):
            gaz.groups[fold(record["alias"])] = list(record["group"])
    for record in _read_jsonl(root / "gazetteer_persons.jsonl"):
        for name in record.get("names", []):
            gaz.persons.setdefault(fold(name), record["id"])
    lexicon_path = root / "gazetteer_lexicon.json"
    if lexicon_path.exists():
        lexicon = json.loads(lexicon_path.read_text(encoding="utf-8"))
        # Longest titles first, so "Foreign Minister" is stripped before "Minister".
        gaz.titles = sorted(lexicon.get("titles", []), key=len, reverse=True)
        gaz.state_bodies = {fold(word) for word in lexicon.get("state_bodies", [])}
        gaz.korean_family_names = set(lexicon.get("korean_family_names", []))
        gaz.leading_words = lexicon.get("leading_words", ["the"])
    return gaz


def _strip_leading(text: str, words: Iterable[str]) -> str:
    """Drop leading function words, repeatedly ("the two Koreas" -> "Koreas")."""
    words = list(words)
    stripped = True
    while stripped:
        stripped = False
        for word in words:
            if text[: len(word) + 1].casefold() == word.casefold() + " ":
                text = text[len(word) + 1:]
                stripped = True
    return text


def normalise_name(text: str, gaz: Gazetteer | None = None) -> str:
    """The name without surrounding quotes or punctuation, a leading "the" or a possessive "'s"."""
    gaz = gaz or load_gazetteer()
    return _normalised(text, tuple(gaz.leading_words or ["the"]))


@lru_cache(maxsize=NAME_MEMORY)
def _normalised(text: str, leading_words: tuple[str, ...]) -> str:
    text = " ".join(text.split())
    bracket = text.rfind("(")
    if bracket > 0 and ")" not in text[bracket:]:
        text = text[:bracket]  # "the World Health Organization (WHO": a tagger's span into the initialism's bracket
    text = text.strip(EDGE_PUNCTUATION.replace(".", ""))
    text = text.rstrip(",;:!?")
    text = POSSESSIVE.sub("", text)
    text = _strip_leading(text, leading_words)
    return text.strip(EDGE_PUNCTUATION.replace(".", ""))


def timex_period(value: str | None) -> tuple[str, str] | None:
    """The first and last day a TIMEX3 value covers ("1950/1953" -> 1950-01-01, 1953-12-31)."""
    if not value:
        return None
    if "/" in value:
        first, last = value.split("/", 1)
        start, end = timex_period(first), timex_period(last)
        return (start[0], end[1]) if start and end else None
    match = re.match(r"^(\d{2,4})(?:-(\d{2}))?(?:-(\d{2}))?", value)
    if not match:
        return None
    digits, month, day = match.groups()
    if len(digits) < 4:  # century "19" or decade "196"
        width = 4 - len(digits)
        return f"{digits}{'0' * width}-01-01", f"{digits}{'9' * width}-12-31"
    if month and day:
        return f"{digits}-{month}-{day}", f"{digits}-{month}-{day}"
    if month:
        return f"{digits}-{month}-01", f"{digits}-{month}-31"
    return f"{digits}-01-01", f"{digits}-12-31"


def _as_period(when: str | tuple[str | None, str | None] | None) -> tuple[str | None, str | None] | None:
    if when is None or isinstance(when, tuple):
        return when
    return timex_period(when)


def _lookup(text: str, gaz: Gazetteer, period) -> tuple[bool, str | None]:
    """(known, id): known is True when the gazetteer has the alias, even if it resolves to nothing."""
    key = fold(text)
    if key in gaz.readings:
        for reading in gaz.readings[key]:
            if reading.covers(period):
                return True, reading.id
        return True, None
    if text in gaz.exact:
        return True, gaz.exact[text]
    if key in gaz.folded:
        return True, gaz.folded[key]
    return False, None


def resolve_party(text: str, when: str | tuple[str | None, str | None] | None = None) -> str | None:
    """The canonical id of a state or organisation named by `text`, or None.

    `when` (a TIMEX3 value or a (first day, last day) pair) picks the reading of names that stood
    for another state in a period: "Moscow" in 1950 is SUN. "the North"/"the South" stay None.
    A state's body ("the Russian Foreign Ministry", "Soviet troops") resolves to the state.
    """
    gaz = load_gazetteer()
    period = _as_period(when)
    name = normalise_name(text, gaz)
    if not name:
        return None
    known, party = _lookup(name, gaz, period)
    if known:
        return party
    return _resolve_state_body(name, gaz, period)


def _resolve_state_body(name: str, gaz: Gazetteer, period) -> str | None:
    """'<state> <body words>' or '<body words> of <state>' where the body is an organ of the state."""
    words = name.split()
    if len(words) < 2:
        return None
    if fold(words[-1]) in gaz.state_bodies or fold(" ".join(words[-2:])) in gaz.state_bodies:
        for cut in range(len(words) - 1, 0, -1):
            known, party = _lookup(" ".join(words[:cut]), gaz, period)
            if known:
                return party if party and gaz.kinds.get(party) == STATE else None
    # The state is what follows the last "of": "Ministry of Foreign Affairs of Japan".
    body, of, state = name.rpartition(" of ")
    if of and any(fold(word) in gaz.state_bodies for word in body.split()):
        known, party = _lookup(_strip_leading(state, ["the"]), gaz, period)
        if known and party and gaz.kinds.get(party) == STATE:
            return party
    return None


def resolve_parties(text: str, when: str | tuple[str | None, str | None] | None = None) -> list[str]:
    """Every state or organisation in a name or compound ("Russia–DPRK", "Sino-Soviet", "Russo-Japanese").

    Ids in the order they appear, each once.
    """
    gaz = load_gazetteer()
    period = _as_period(when)
    single = resolve_party(text, period)
    if single:
        return [single]
    name = normalise_name(text, gaz)
    if fold(name) in gaz.groups:
        return list(gaz.groups[fold(name)])
    parties: list[str] = []
    parts = COMPOUND_SEPARATOR.split(name)
    if len(parts) < 2:
        return parties
    for index, part in enumerate(parts):
        # Words outside the compound are not parties: "catastrophic Russo-Japanese War".
        candidates = [part]
        if index == 0 and " " in part:
            candidates.append(part.split()[-1])
        if index == len(parts) - 1 and " " in part:
            candidates.append(part.split()[0])
        for candidate in candidates:
            party = gaz.combining_forms.get(fold(candidate)) or resolve_party(candidate, period)
            if party:
                if party not in parties:
                    parties.append(party)
                break
    return parties


def states_named_in(title: str) -> list[str]:
    """The states a title names ('North Korea–Russia relations', 'Japan–Australia trade'): in each
    piece between dashes or slashes, the longest names the gazetteer knows, left to right; each once,
    in order."""
    states: list[str] = []
    for piece in re.split(r"\s*[\u2013\u2014/]\s*", title):
        words = piece.split()
        first = 0
        while first < len(words):
            for size in range(len(words) - first, 0, -1):
                party = resolve_party(" ".join(words[first:first + size]))
                if party and kind_of(party) == STATE:
                    if party not in states:
                        states.append(party)
                    first += size
                    break
            else:
                first += 1
    return states


def is_capital(text: str) -> bool:
    """True when `text` names a capital or seat of government (a place as well as a metonym)."""
    gaz = load_gazetteer()
    return fold(normalise_name(text, gaz)) in gaz.capitals


def kind_of(party: str) -> str | None:
    """'state' or 'org' for an id the gazetteer gives, else None."""
    return load_gazetteer().kinds.get(party)


def strip_titles(name: str, gaz: Gazetteer | None = None) -> str:
    """'President Vladimir Putin' -> 'Vladimir Putin' (titles from the lexicon, repeatedly)."""
    gaz = gaz or load_gazetteer()
    name = normalise_name(name, gaz)
    changed = True
    while changed:
        changed = False
        for title in gaz.titles:
            if name.startswith(title + " ") and len(name) > len(title) + 1:
                name = name[len(title) + 1:].lstrip()
                changed = True
                break
    return name


def _korean_given_name(name: str, gaz: Gazetteer) -> str:
    """'Kim Jong-il' -> 'Kim Jong Il': a Korean hyphenated given name is two words in the ids."""
    words = name.split()
    if len(words) == 2 and words[0] in gaz.korean_family_names and "-" in words[1]:
        given = [part[:1].upper() + part[1:] for part in words[1].split("-") if part]
        return " ".join([words[0], *given])
    return name


def person_key(name: str, gaz: Gazetteer | None = None) -> str:
    """A person's name without titles, possessive or punctuation, Korean given names as two words."""
    return _person_key(name, gaz or load_gazetteer())


@lru_cache(maxsize=65536)  # canonical_person compares each name with every PERSON of the document
def _person_key(name: str, gaz: Gazetteer) -> str:
    # initials one word each: "E.E. Clive" is "E. E. Clive"
    return _korean_given_name(INITIALS_GLUED.sub(". ", strip_titles(name, gaz)), gaz)


@lru_cache(maxsize=4)  # the names of the document being read: each surname is compared with all of them
def _person_keys(names: tuple[str, ...], gaz: Gazetteer) -> tuple[tuple[str, tuple[str, ...]], ...]:
    return tuple((full, tuple(full.split())) for full in (_person_key(name, gaz) for name in names))


def canonical_person(name: str, doc=None, names: Iterable[str] | None = None, subject: str | None = None) -> str:
    """The full name of a person: a surname or short form maps to the fuller PERSON name in the
    document (or in `names`) that ends with it ("Putin" -> "Vladimir Putin"), the one named most
    often when several do ("Einstein" -> "Albert Einstein", not his son "Hans Albert Einstein"),
    then the longest, but the article's own `subject` (its title) first; a known variant maps to
    its gazetteer id ("Kim Jong-il" -> "Kim Jong Il"); otherwise the name without titles."""
    gaz = load_gazetteer()
    key = person_key(name, gaz)
    if not key:
        return key
    if names is None and doc is not None:
        names = [ent.text for ent in doc.ents if ent.label_ == "PERSON"]
    key_words = tuple(key.split())
    mentions: dict[str, int] = {}
    as_given = 0
    for full, words in _person_keys(tuple(names or ()), gaz):
        if len(words) > len(key_words) and (words[-len(key_words):] == key_words or is_regnal_name(words, key_words)):
            mentions[full] = mentions.get(full, 0) + 1
        as_given += full == key
    topic = person_key(subject, gaz) if subject else None
    topic_words = tuple(topic.split()) if topic else ()
    if mentions and 1 < len(topic_words) <= 4 and all(word[:1].isupper() for word in topic_words) and (
            len(topic_words) > len(key_words) and topic_words[-len(key_words):] == key_words):
        # "Huxley" in the article "Aldous Huxley", among other Huxleys, however the model tags him
        mentions.setdefault(topic, 0)
    best = max(mentions, key=lambda full: (full == topic, mentions[full], len(full.split()), full)) if mentions else key
    if (len(key_words) > 1 and best != topic and mentions.get(best, 0) <= as_given
            and not is_regnal_name(tuple(person_key(best, gaz).split()), key_words)):
        best = key  # "Albert Einstein" is named as he is, not as his son "Hans Albert Einstein"
    return gaz.persons.get(fold(best), best)


def is_regnal_name(words: tuple[str, ...], short: tuple[str, ...]) -> bool:
    """"Louis XIV" for "Louis", "John Paul II" for "John Paul": a name followed by its regnal numeral."""
    return len(words) == len(short) + 1 and words[:-1] == short and REGNAL_NUMERAL.match(words[-1]) is not None


REGNAL_NUMERAL = re.compile(r"^[IVXL]+$")


def state_of_body(name: str, when: str | tuple[str | None, str | None] | None = None) -> str | None:
    """The state whose body a name names by the state's own name or code first ("United States Naval
    Observatory", "U.S. Department of Defense": v1.1, federal bodies take their state); a demonym
    first ("American National Standards Institute") or a capital is an organisation's name, not one."""
    gaz = load_gazetteer()
    period = _as_period(when)
    words = normalise_name(name, gaz).split()
    for cut in range(len(words) - 1, 0, -1):
        prefix = " ".join(words[:cut])
        if fold(prefix) in gaz.demonyms or fold(prefix) in gaz.capitals:
            continue
        known, party = _lookup(prefix, gaz, period)
        if known:
            return party if party and gaz.kinds.get(party) == STATE else None
    return None


def is_state_body(noun: str) -> bool:
    """True for a noun that names an organ or agent of a state ("government", "troops", "diplomats")."""
    return fold(noun) in load_gazetteer().state_bodies


def names_a_state(text: str, when: str | tuple[str | None, str | None] | None = None) -> bool:
    """True when `text` is a state's name (not its capital): "Poland", "Korea" (even where ambiguous).
    Such a name is a participant, never an event's location (a city, region or river)."""
    gaz = load_gazetteer()
    name = normalise_name(text, gaz)
    if not name or fold(name) in gaz.capitals:
        return False
    known, party = _lookup(name, gaz, _as_period(when))
    if not known:
        return False
    return party is None or gaz.kinds.get(party) == STATE


@lru_cache(maxsize=4)
def _name_words_table(models_dir: Path | None = None) -> dict:
    """models/wordnet_name_words.json (scripts/build_wordnet_name_words.py) as its JSON says, read once for the
    loaders of its lists below; empty where the table is absent."""
    path = Path(models_dir or SETTINGS.models_dir) / "wordnet_name_words.json"
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}


@lru_cache(maxsize=4)
def load_name_words(models_dir: Path | None = None) -> tuple[frozenset[str], frozenset[str]]:
    """WordNet's proper names of places (islands, regions, cities, rivers), folded, and its nouns of
    bodies (a noun with a sense that is an organisation): models/wordnet_name_words.json, built by
    scripts/build_wordnet_name_words.py."""
    table = _name_words_table(models_dir)
    if not table:
        return frozenset(), frozenset()
    return frozenset(fold(name) for name in table["place_names"]), frozenset(table["body_nouns"])


@lru_cache(maxsize=4)
def load_city_names(models_dir: Path | None = None) -> frozenset[str]:
    """WordNet's proper names of cities and towns ("Madrid", "Munich"), folded: models/wordnet_name_words.json,
    built by scripts/build_wordnet_name_words.py."""
    return frozenset(fold(name) for name in _name_words_table(models_dir).get("city_names", ()))


def is_city_name(text: str) -> bool:
    """True when `text` is a city's or a town's name WordNet gives ("Madrid", "Dortmund"; not "Asia")."""
    name = normalise_name(text)
    return bool(name) and fold(name) in load_city_names()


@lru_cache(maxsize=4)
def load_language_names(models_dir: Path | None = None) -> tuple[frozenset[str], frozenset[str]]:
    """WordNet's capitalised nouns with a sense that is a language ("Berber", "Egyptian"), folded, and
    those of them with no sense that is a person, a people, a place or a body ("Semitic", "Cushitic"):
    models/wordnet_name_words.json, built by scripts/build_wordnet_name_words.py."""
    table = _name_words_table(models_dir)
    return (frozenset(fold(name) for name in table.get("language_names", ())),
            frozenset(fold(name) for name in table.get("only_language_names", ())))


def is_place_name(text: str) -> bool:
    """True when `text` is a place's name: a state's, or one WordNet gives to a place ("Hokkaidō", "the
    Azores", "Madeira"), whatever label the model gave it."""
    name = normalise_name(text)
    return bool(name) and (fold(name) in load_name_words()[0] or names_a_state(name))


@lru_cache(maxsize=4)
def load_thing_nouns(models_dir: Path | None = None) -> tuple[frozenset[str], frozenset[str]]:
    """WordNet's nouns of works and things that are no actors (a ceremony, a concert, a gospel, a statue, a
    ship), and its nouns of awards and prizes: models/wordnet_name_words.json, built by
    scripts/build_wordnet_name_words.py."""
    table = _name_words_table(models_dir)
    return frozenset(table.get("thing_nouns", ())), frozenset(table.get("award_nouns", ()))


def is_ordinal(word: str) -> bool:
    """An ordinal in digits ("53rd") or in words the date lexicon knows ("first" ... "twenty-first")."""
    return bool(ORDINAL_RE.match(word)) or word.lower() in date_lexicon()["ordinals"]


def names_a_thing(name: str) -> bool:
    """True when a name names a work or a thing, no actor: its head (its last word before an "of" phrase)
    is a noun of a ceremony, a performance, a sacred text, a legal document, a sculpture or a craft ("the
    Gospel of Mark", "a Memorial Concert", "the Harbour Statue"), or of an award named alone ("Oscar") or
    as a numbered edition ("the 53rd Academy Awards": a ceremony). Not a prize's full name, which can name
    its giver ("named by the Harbour Book Awards"), nor "the Academy of Motion Picture Arts and Sciences",
    "the Boston Daily Times"."""
    words = re.split(r" (?:of|for)\b", normalise_name(name), maxsplit=1)[0].removeprefix("the ").split()
    if not words or not words[-1][:1].isupper():
        return False
    head = words[-1].lower()
    things, awards = load_thing_nouns()

    def listed(nouns: frozenset[str]) -> bool:
        return head in nouns or (head.endswith("s") and head[:-1] in nouns)

    return listed(things) or (listed(awards) and (len(words) == 1 or is_ordinal(words[0])))


def ends_with_a_body_noun(name: str) -> bool:
    """True when a name of two words or more ends (before an "of" phrase) with a noun one of whose
    senses is an organisation: "Meadows Bank", "the Seattle Symphony", "Doral Foundation"."""
    words = re.split(r" (?:of|for)\b", normalise_name(name), maxsplit=1)[0].split()
    return len(words) >= 2 and words[-1].lower() in load_name_words()[1]
