"""Event types of nouns and verbs, looked up in a table derived from WordNet.

The table, models/wordnet_event_classes.json, is built from WordNet 3.0 (Princeton University;
licence in models/WORDNET-LICENSE) by scripts/build_wordnet_tables.py, which rebuilds it byte for
byte. A lemma's type there is the gold guideline's event type of the nearest "anchor" synset
above the lemma's most frequent WordNet sense ("colony", "settlement" -> migration; "siege",
"invasion" -> conflict; "annex", "secede" -> policy, withdrawal). Only the table is read here:
WordNet and nltk are needed to rebuild it, never at run time.

A verb with a particle is looked up as the phrasal verb WordNet has ("broke out" as "break out", "stepped down" as
"step down"), not as its bare verb: `verb_key` gives the one key every stage looks a verb token up by.

The functions say what class a word belongs to, nothing more: a lemma with no class (None) is
left to the project's other rules, and context (the object of a light verb, a negation) is the
caller's business.
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Token

from ..config import SETTINGS

TABLE_NAME = "wordnet_event_classes.json"
ACTOR_NOUNS = "wordnet_actor_nouns.json"  # WordNet actor classes of nouns (scripts/build_wordnet_actor_nouns.py)


@lru_cache(maxsize=8)
def load_wordnet_table(name: str, models_dir: Path | None = None) -> dict:
    """A WordNet-derived table of models/ as its JSON says (read once per process): this one
    (wordnet_event_classes.json) and the actor classes of nouns (wordnet_actor_nouns.json)."""
    path = Path(models_dir or SETTINGS.models_dir) / name
    with open(path, encoding="utf-8") as fh:
        return json.load(fh)


def wordnet_key(lemma: str) -> str:
    """A lemma as the WordNet tables key it: lower case, words spaced once ("Peace  Treaty",
    "peace_treaty" -> "peace treaty")."""
    return " ".join(lemma.replace("_", " ").split()).lower()


def actor_noun_class(lemma: str) -> str | None:
    """The WordNet actor class of a noun lemma: polity, organisation, group, person, thing, or None."""
    return load_wordnet_table(ACTOR_NOUNS)["nouns"].get(wordnet_key(lemma))


def _word_classes(table_name: str) -> dict:
    """A WordNet table's classes: its word lists as frozensets, its lemma -> class maps as they are."""
    data = load_wordnet_table(table_name)
    return {key: frozenset(value) if isinstance(value, list) else value
            for key, value in data.items() if key != "about"}


@lru_cache(maxsize=1)
def _table() -> dict:
    return _word_classes(TABLE_NAME)


def noun_event_type(lemma: str) -> str | None:
    """The event type (conflict, military, agreement, meeting, policy, withdrawal, leadership,
    life, migration, economic or other) that WordNet's classes give the noun `lemma`, or None
    when the noun reaches no event class. `lemma` is a lemma, not an inflected form
    ("colony", not "colonies"); case and inner spacing do not matter ("peace treaty")."""
    return _table()["nouns"].get(wordnet_key(lemma))


def is_phrasal_verb(phrase: str) -> bool:
    """Whether WordNet has `phrase` as a verb of its own: a verb and a particle ("break out", "take over",
    "step down", "pull out")."""
    return wordnet_key(phrase) in _table()["phrasal_verbs"]


# The parser's labels for a particle it did not take for one: "stepped down as" (advmod), "pulled out of" (prep).
LOOSE_PARTICLE_DEPS = ("advmod", "prep")


def verb_particle(verb: Token) -> Token | None:
    """The particle of a phrasal verb: the verb's "prt" child ("broke out", "set up a company"), or the word right
    after it that the parser read as an adverb or as a preposition without an object of its own, when WordNet has
    the two as a verb ("stepped down as president", "pulled out of the treaty"; not "came in 1990")."""
    following = None  # the children read in one pass: each read builds its Token
    for child in verb.children:
        if child.dep_ == "prt":
            return child
        if following is None and child.i == verb.i + 1 and child.dep_ in LOOSE_PARTICLE_DEPS:
            following = child
    if following is None or any(c.dep_ == "pobj" for c in following.children):
        return None
    return following if is_phrasal_verb(f"{verb.lemma_} {following.lower_}") else None


def verb_key(verb: Token) -> str:
    """The key a verb is looked up by in the WordNet tables: its phrasal verb when its particle makes one WordNet
    has ("broke out" -> "break out", "pulled out of" -> "pull out"), else its lemma ("ended up" -> "end up",
    "started" -> "start")."""
    prt = verb_particle(verb)
    if prt is not None:
        phrase = wordnet_key(f"{verb.lemma_} {prt.lower_}")
        if is_phrasal_verb(phrase):
            return phrase
    return wordnet_key(verb.lemma_)


def verb_event_type(lemma: str) -> str | None:
    """The event type that WordNet's classes give the verb `lemma` ("invade" -> conflict,
    "emigrate" -> migration, "take control" -> conflict), or None when the verb reaches no
    event class. `lemma` is a lemma ("invade", not "invaded")."""
    return _table()["verbs"].get(wordnet_key(lemma))


def names_hardware(lemma: str) -> bool:
    """Whether some WordNet sense of the noun `lemma` (not only its first) is military hardware: a weapon,
    a military vehicle, a warship or a warplane ("fighter", "tank", "frigate")."""
    return wordnet_key(lemma) in _table()["hardware"]


def names_resource(lemma: str) -> bool:
    """Whether some WordNet sense of the noun `lemma` is a natural resource: oil, gas, coal, a metal, an
    ore or a mineral ("oil", "gold", "copper")."""
    return wordnet_key(lemma) in _table()["resources"]


def names_element(lemma: str) -> bool:
    """Whether the most frequent WordNet sense of the noun `lemma` is a chemical element other than a precious or
    noble metal ("caesium", "helium", "copper"; not "gold"): found, a scientific finding rather than a resource."""
    return wordnet_key(lemma) in _table()["elements"]


def names_a_school(lemma: str) -> bool:
    """Whether one of the WordNet senses of the noun `lemma` is an educational institution ("college",
    "university", "school", "seminary")."""
    return wordnet_key(lemma) in _table()["schools"]


def names_an_office(lemma: str) -> bool:
    """Whether the most frequent WordNet sense of the noun `lemma` is a leader, a head of state or a religious
    superior ("chairman", "dean", "abbot", "prime minister"): a post one takes."""
    return wordnet_key(lemma) in _table()["offices"]


def names_a_government(lemma: str) -> bool:
    """Whether the noun `lemma` is a government in WordNet (its most frequent sense: "government", "regime"; any
    sense below a cabinet: "cabinet")."""
    return wordnet_key(lemma) in _table()["governments"]


def names_a_fall(lemma: str) -> bool:
    """Whether the verb `lemma` is a lemma of one of WordNet's synsets of losing power, collapsing or toppling
    ("fall", "collapse", "topple", "crumble")."""
    return wordnet_key(lemma) in _table()["falls"]


def names_causing(lemma: str) -> bool:
    """Whether the verb `lemma` causes in WordNet (its most frequent sense below causing: "cause", "trigger",
    "spark", "prompt"; or a lemma of stirring a thing's peace: "shake", "stir")."""
    return wordnet_key(lemma) in _table()["causing"]


def names_a_device(lemma: str) -> bool:
    """Whether the most frequent WordNet sense of the noun `lemma` is a device ("robot", "computer", "telescope")."""
    return wordnet_key(lemma) in _table()["devices"]


def names_studying(lemma: str) -> bool:
    """Whether the most frequent WordNet sense of the verb `lemma` is of cognition ("study", "learn")."""
    return wordnet_key(lemma) in _table()["studying"]


def names_an_intention(lemma: str) -> bool:
    """Whether the most frequent WordNet sense of the verb `lemma` is of thinking, feeling or saying (verb.cognition,
    verb.emotion, verb.communication: "decide", "hope", "refuse", "promise"): its "to" infinitive is intended, not done."""
    return wordnet_key(lemma) in _table()["intentions"]


def names_enlarging(lemma: str) -> bool:
    """Whether the most frequent WordNet sense of the verb `lemma` is making a thing larger, longer or wider, improving,
    restoring or remaking it ("expand", "widen", "extend", "enlarge", "repair", "renovate")."""
    return wordnet_key(lemma) in _table()["enlarging"]


def names_building(lemma: str) -> bool:
    """Whether the most frequent WordNet sense of the verb `lemma` is constructing a thing, or improving, restoring or
    remaking it ("build", "construct", "rebuild", "erect", "renovate", "repair"): construction works."""
    return wordnet_key(lemma) in _table().get("building", ())


def names_founding(lemma: str) -> bool:
    """Whether the verb `lemma` is a lemma of one of WordNet's synsets of setting up, forming, building, starting or
    bringing into existence ("found", "establish", "set up", "form", "create", "build", "start"): the verbs that found a
    town or a colony."""
    return wordnet_key(lemma) in _table().get("founding", ())


def names_hindering(lemma: str) -> bool:
    """Whether the most frequent WordNet sense of the verb `lemma` is keeping a thing from happening ("prevent",
    "block", "hinder"): what it acts on does not happen."""
    return wordnet_key(lemma) in _table()["hindering"]


def names_a_closure(lemma: str) -> bool:
    """Whether the verb `lemma` is a lemma of one of WordNet's synsets of closing down, failing financially, ceasing,
    ending, dissolving or liquidating ("close", "fold", "fail", "cease", "dissolve", "liquidate")."""
    return wordnet_key(lemma) in _table()["closures"]


def names_a_failure(lemma: str) -> bool:
    """Whether some WordNet sense of the noun `lemma` is insolvency or a bankruptcy or receivership proceeding
    ("bankruptcy", "insolvency", "receivership"): a business's failing named by a noun."""
    return wordnet_key(lemma) in _table()["failures"]


def names_a_business(lemma: str) -> bool:
    """Whether some WordNet sense of the noun `lemma` is a business, a company, a financial institution, an industrial
    plant or a place of business ("bank", "firm", "newspaper", "brewery", "nightclub")."""
    return wordnet_key(lemma) in _table()["businesses"]


def names_servicemen(lemma: str) -> bool:
    """Whether some WordNet sense of the noun `lemma` is a member of a military force ("man", "soldier", "marine")."""
    return wordnet_key(lemma) in _table()["servicemen"]


def names_a_voyager(lemma: str) -> bool:
    """Whether some WordNet sense of the noun `lemma` is a craft or a fleet ("ship", "caravel", "fleet", "armada")."""
    return names_craft(lemma) or wordnet_key(lemma) in _table()["fleets"]


def names_wounding(lemma: str) -> bool:
    """Whether some WordNet sense of the verb `lemma` is of killing or injuring ("shoot", "stab", "poison")."""
    return wordnet_key(lemma) in _table()["wounding"]


def names_motion(lemma: str) -> bool:
    """Whether the most frequent WordNet sense of the verb `lemma` is of motion ("land", "march", "ferry")."""
    return wordnet_key(lemma) in _table()["motion"]


def names_craft(lemma: str) -> bool:
    """Whether some WordNet sense of the noun `lemma` is a craft: an aircraft, a ship, a boat, a helicopter."""
    return wordnet_key(lemma) in _table()["craft"]


def names_an_act(lemma: str) -> bool:
    """Whether the most frequent WordNet sense of the noun `lemma` is an act ("construction", "demobilization",
    "withdrawal"), not a thing, a person or a post ("command")."""
    return wordnet_key(lemma) in _table()["acts"]


def names_a_plan(lemma: str) -> bool:
    """Whether some WordNet sense of the noun `lemma` is a plan or a campaign ("programme", "scheme", "campaign",
    "drive"): a programme of something is that something done."""
    return wordnet_key(lemma) in _table()["plans"]


def names_a_decision(lemma: str) -> bool:
    """Whether the verb `lemma` is a lemma of one of WordNet's synsets of deciding ("decide", "determine",
    "resolve", "choose"): a body that resolves to act or determines that something shall be decides."""
    return wordnet_key(lemma) in _table()["decisions"]


def names_backing(lemma: str) -> bool:
    """Whether the most frequent WordNet sense of the verb `lemma` is sponsoring or endorsing ("sponsor",
    "endorse", "back")."""
    return wordnet_key(lemma) in _table()["backing"]


def names_an_arrangement(lemma: str) -> bool:
    """Whether the most frequent WordNet sense of the noun `lemma` is how a body's happenings are arranged or
    run: a ceremony, a contest, a season, a schedule, a date, a rule, a format, a procedure, a name."""
    return wordnet_key(lemma) in _table()["arrangements"]


def names_an_occasion(lemma: str) -> bool:
    """Whether a WordNet sense of the noun `lemma` is a social event or a gathering for a purpose: a contest, a
    ceremony, a race, a show, a meeting, an assembly (what can be held or staged)."""
    return wordnet_key(lemma) in _table()["occasions"]


def names_a_charge(lemma: str) -> bool:
    """Whether the most frequent WordNet sense of the noun `lemma` is a cost, a levy or a price ("tax", "tariff",
    "wage", "pension", "fee", "price", "interest rate")."""
    return wordnet_key(lemma) in _table()["charges"]


def names_a_disaster(lemma: str) -> bool:
    """Whether the most frequent WordNet sense of the noun `lemma` is a natural disaster or a calamity
    ("earthquake", "flood", "tsunami", "famine", "epidemic", "hurricane")."""
    return wordnet_key(lemma) in _table().get("disasters", ())


def names_a_change(lemma: str) -> bool:
    """Whether the most frequent WordNet sense of the verb `lemma` is changing, moving or rescheduling what it
    acts on ("change", "move", "shorten", "reschedule", "expand")."""
    return wordnet_key(lemma) in _table()["changes"]


def names_filming(lemma: str) -> bool:
    """Whether the verb `lemma` is a lemma of WordNet's synset of filming ("film", "shoot")."""
    return wordnet_key(lemma) in _table()["filming"]


def names_a_work(lemma: str) -> bool:
    """Whether the most frequent WordNet sense of the noun `lemma` is a work: a creation, a film, a show, a
    writing, footage ("film", "documentary", "book", "picture")."""
    return wordnet_key(lemma) in _table()["works"]


def names_handling(lemma: str) -> bool:
    """Whether the most frequent WordNet sense of the verb `lemma` is one of possession or of making (WordNet's
    verb.possession and verb.creation files: "buy", "fund", "donate", "build", "construct")."""
    return wordnet_key(lemma) in _table()["handling"]


VERB_FRAMES = "wordnet_verb_frames.json"  # WordNet classes of verbs that name no happening (scripts/build_wordnet_verb_frames.py)


@lru_cache(maxsize=1)
def _verb_frames() -> dict:
    return _word_classes(VERB_FRAMES)


def names_a_comparison(lemma: str) -> bool:
    """Whether the most frequent WordNet sense of the verb `lemma` compares amounts or ranks ("overtake",
    "surpass", "equal", "outnumber"): a comparison of figures, no happening."""
    return wordnet_key(lemma) in _verb_frames()["comparisons"]


def names_a_motion(lemma: str) -> bool:
    """Whether the most frequent WordNet sense of the verb `lemma` is a motion (lexicographer file verb.motion:
    "land", "send", "arrive", "march", "flee")."""
    return wordnet_key(lemma) in _verb_frames()["motions"]


def names_a_belief(lemma: str) -> bool:
    """Whether the most frequent WordNet sense of the verb `lemma` holds a belief or a judgement ("believe",
    "think", "consider", "deem", "presume")."""
    return wordnet_key(lemma) in _verb_frames().get("beliefs", ())


VERB_FORMS = "wordnet_verb_forms.json"  # WordNet's morphology of past forms (scripts/build_wordnet_verb_forms.py)


def verbs_of_past_form(word: str) -> tuple[str, ...]:
    """The verbs a past tense or past participle is the past of, as WordNet's morphology has them (its exception
    list and the regular "-ed"): "won" win, "forbade" forbid, "banned" ban, "ratified" ratify, "annexed" annex;
    none for a word that is no past form ("annex", "hit": a past the same as its verb cannot be told)."""
    return tuple(_verb_forms()["past_forms"].get(word.lower(), ()))


def is_adjective_past_form(word: str) -> bool:
    """Whether a past form without "-ed" is also a WordNet adjective ("left", "broken", "frozen", "sworn", "born"): a
    strong verb's participle English uses as an adjective of its own ("the left wing", "broken treaties")."""
    return word.lower() in _verb_forms()["adjective_forms"]


@lru_cache(maxsize=1)
def _verb_forms() -> dict:
    return _word_classes(VERB_FORMS)
