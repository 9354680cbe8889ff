"""Build models/wordnet_actor_nouns.json: which English nouns name an actor, derived from WordNet 3.0.

    python scripts/build_wordnet_actor_nouns.py                 # rebuild the committed table
    python scripts/build_wordnet_actor_nouns.py --output X.json # write elsewhere (the test compares)
    python scripts/build_wordnet_actor_nouns.py --sample 40     # print 40 random entries per class

Needs, for the build only (the pipeline reads only the JSON table): wordnet-base (Debian) and nltk,
as scripts/build_wordnet_tables.py, whose WordNet reader and sense rule this script shares: a lemma
takes the class of the nearest anchor synset in the hypernym closure of its most frequent sense;
anchors of class None are stops.

Classes:
    polity        a state or its government: "country", "nation", "kingdom", "government", "regime"
    organisation  a body with members: "party", "company", "army", "institute", "committee"
    group         people taken together who are not a body: "crowd", "population", "people"
    person        a human being by role: "partisan", "settler", "president", "crew member"
    thing         any other one-word noun: "program", "policy", "convention", "date" (no actor)

and, beside the nouns, `journey_verbs`: verbs whose most frequent sense is one of WordNet's verbs of
motion (lexicographer file verb.motion: "sail", "fly", "cross", "reach", "land", "move", "withdraw"):
the places such a verb goes from, to or through are where a journey went, not who took part; and
`sighting_verbs`, verbs of perception (verb.perception: "discover", "sight"): a place found or seen on a
voyage is no participant either; and `creation_verbs` (verb.creation: "paint", "publish"): the work made.
"""
from __future__ import annotations

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import build_wordnet_tables as wordnet  # noqa: E402  (the shared WordNet reader)

REPO = Path(__file__).resolve().parent.parent
DEFAULT_OUTPUT = REPO / "models" / "wordnet_actor_nouns.json"
REBUILD_COMMAND = "python scripts/build_wordnet_actor_nouns.py"
CLASSES = ("polity", "organisation", "group", "person", "thing")

# (synset, class, why[, reach]): as in build_wordnet_tables.py.
ANCHORS: list[tuple] = [
    ("political_unit.n.01", "polity", "a unit with political responsibilities: a state, a nation"),
    ("polity.n.02", "polity", "the organised governing body of a state: a government, a regime"),
    ("country.n.02", "polity", "the territory occupied by a nation: 'the country'"),
    ("political_system.n.01", "polity", "a state by its form of rule: 'the republic', 'the monarchy'"),
    ("state.n.01", "polity", "a state of a federation ('the state'): the anchor itself only", 0),
    ("empire.n.01", "polity", "the domain ruled by an emperor: 'the empire', the anchor itself only", 0),
    ("kingdom.n.02", "polity", "a country ruled by a king: 'the kingdom', the anchor itself only", 0),
    ("domain.n.02", "polity", "a territory its sovereign rules: 'the principality', 'the duchy', 'the emirate'", 1),
    ("legislature.n.01", "organisation", "a body that makes laws: 'the legislature', 'parliament'"),
    ("organization.n.01", "organisation", "a group of people who work together: parties, companies, armies"),
    ("social_group.n.01", "group", "people sharing some social relation, not a body"),
    ("people.n.01", "group", "people in general, a nation's people"),
    ("person.n.01", "person", "a human being"),
    ("entity.n.01", "thing", "every other noun: it names no actor (kept for one-word lemmas only)"),
]


def verbs_of_file(wordnet_dir: Path, lexname: str) -> list[str]:
    """One-word verbs whose most frequent sense (the first in WordNet's order) is in the lexicographer file
    `lexname`: verbs of motion, of perception (`sighting_verbs`) or of creation (`creation_verbs`)."""
    with tempfile.TemporaryDirectory(prefix="wordnet-") as tmp:
        wn = wordnet.open_wordnet(wordnet_dir, Path(tmp))
        found = set()
        for lemma, offsets in wordnet.index_senses(wordnet_dir, "verb"):
            if not offsets or not lemma.isalpha() or not lemma.isascii():
                continue
            if wn.synset_from_pos_and_offset("v", offsets[0]).lexname() == lexname:
                found.add(lemma.lower())
    return sorted(found)


# The organs through which a state or a federated state acts (its `state_organs`): a noun whose most
# frequent sense lies under one of these synsets ("the legislature", "the court", "the police", "the
# army", "the government", "the electorate", "voters") stands for the state whose article it is in.
ORGAN_ANCHORS = ("legislature.n.01", "court.n.01", "judiciary.n.01", "law_enforcement_agency.n.01",
                 "polity.n.02", "military_service.n.01", "citizenry.n.01", "voter.n.01")


def state_organs(wordnet_dir: Path) -> list[str]:
    """One-word nouns whose most frequent sense has an organ anchor in its hypernym closure."""
    with tempfile.TemporaryDirectory(prefix="wordnet-") as tmp:
        wn = wordnet.open_wordnet(wordnet_dir, Path(tmp))
        anchors = {wn.synset(name) for name in ORGAN_ANCHORS}
        found = set()
        for lemma, offsets in wordnet.index_senses(wordnet_dir, "noun"):
            if not offsets or not lemma.isalpha() or not lemma.isascii():
                continue
            first = wn.synset_from_pos_and_offset("n", offsets[0])
            if first in anchors or anchors & set(first.closure(lambda s: s.hypernyms() + s.instance_hypernyms())):
                found.add(lemma.lower())
    return sorted(found)


# Nouns of those who rise in arms against their government (its `rebel_nouns`): a noun with any sense under
# one of these synsets ("rebel", "insurgent", "guerrilla") said of an organisation ("UNITA rebels", "the
# rebel movement X") makes it the rebel side of its state's civil war. Any sense, not the most frequent:
# WordNet's first sense of "rebel" is a Confederate soldier.
REBEL_ANCHORS = ("insurgent.n.01", "guerrilla.n.01")


def rebel_nouns(wordnet_dir: Path) -> list[str]:
    """One-word nouns with a sense that is a rebel anchor or lies under one (hyponyms)."""
    with tempfile.TemporaryDirectory(prefix="wordnet-") as tmp:
        wn = wordnet.open_wordnet(wordnet_dir, Path(tmp))
        synsets = set()
        for name in REBEL_ANCHORS:
            anchor = wn.synset(name)
            synsets.add(anchor)
            synsets.update(anchor.closure(lambda s: s.hyponyms()))
        return sorted({lemma.name().lower() for synset in synsets for lemma in synset.lemmas()
                       if lemma.name().isalpha() and lemma.name().isascii()})


# Adjectives of a place (its `place_adjectives`): a capitalised adjective whose most frequent sense
# pertains to a named place ("Bavarian" Bavaria, "Flemish" Flanders, "English" England, "Venetian" Venice,
# "Ottoman" Ottoman Empire) says, on a body or a group that acts ("the Bavarian legislature", "Flemish
# rebels"), which place's actor it is. A place: a pertainym under location.n.01 (a country, region, city).
PLACE_ANCHOR = "location.n.01"


def place_adjectives(wordnet_dir: Path) -> dict:
    """Capitalised one-word adjectives -> the place their most frequent sense pertains to."""
    with tempfile.TemporaryDirectory(prefix="wordnet-") as tmp:
        wn = wordnet.open_wordnet(wordnet_dir, Path(tmp))
        place = wn.synset(PLACE_ANCHOR)
        found = {}
        for lemma, offsets in wordnet.index_senses(wordnet_dir, "adj"):
            if not offsets or not lemma.isalpha() or not lemma.isascii():
                continue
            first = wn.synset_from_pos_and_offset("a", offsets[0])
            for word in first.lemmas():
                if word.name().lower() != lemma or not word.name()[:1].isupper():
                    continue
                for noun in word.pertainyms()[:1]:
                    synset = noun.synset()
                    if noun.name()[:1].isupper() and place in synset.closure(
                            lambda s: s.hypernyms() + s.instance_hypernyms()):
                        found[word.name()] = noun.name().replace("_", " ")
    return dict(sorted(found.items()))


# Members' nouns of a body (its `member_bodies`): a capitalised noun of persons whose most frequent sense
# is a member of an organisation (WordNet's member holonym: "Jesuit" Society of Jesus, "Franciscan"
# Franciscan order, "Marine" United States Marine Corps) names, acting, that body. Not a church's or a
# faith's members ("Anglicans", "Buddhists": believers, a religious group) unless the body is a religious
# order; nor a party's (one name, "Republican", is a party in many states); nor a person's own name
# ("Lennon": an instance); the body by its name (capitalised: not "tribe").
MEMBER_BODY_ANCHOR = "organization.n.01"
MEMBER_BODY_STOPS = ("religion.n.02", "denomination.n.01", "party.n.01")
MEMBER_BODY_KEEP = "order.n.11"  # a religious order: a body that acts, though under religion.n.02


def member_bodies(wordnet_dir: Path) -> dict:
    """Capitalised one-word nouns of persons -> the body their most frequent sense is a member of."""
    with tempfile.TemporaryDirectory(prefix="wordnet-") as tmp:
        wn = wordnet.open_wordnet(wordnet_dir, Path(tmp))
        body, person = wn.synset(MEMBER_BODY_ANCHOR), wn.synset("person.n.01")
        stops = {wn.synset(name) for name in MEMBER_BODY_STOPS}
        keep = wn.synset(MEMBER_BODY_KEEP)
        found = {}
        for lemma, offsets in wordnet.index_senses(wordnet_dir, "noun"):
            if not offsets or not lemma.isalpha() or not lemma.isascii():
                continue
            first = wn.synset_from_pos_and_offset("n", offsets[0])
            words = [w.name() for w in first.lemmas() if w.name().lower() == lemma and w.name()[:1].isupper()]
            if not words or first.instance_hypernyms() or person not in first.closure(lambda s: s.hypernyms()):
                continue
            for whole in first.member_holonyms()[:1]:
                above = set(whole.closure(lambda s: s.hypernyms() + s.instance_hypernyms()))
                name = whole.lemmas()[0].name()
                if body in above and name[:1].isupper() and (keep in above or not stops & (above | {whole})):
                    found[words[0]] = name.replace("_", " ")
    return dict(sorted(found.items()))


def add_class(table: dict, name: str, words, about: str) -> None:
    """A class of the table, with what it holds and its size in the table's "about"."""
    table["about"][name] = about
    table["about"]["sizes"][name] = len(words)
    table[name] = words


def build(wordnet_dir: Path) -> dict:
    table = nouns(wordnet_dir)
    add_class(table, "state_organs", state_organs(wordnet_dir),
              "nouns whose most frequent sense lies under " + ", ".join(ORGAN_ANCHORS)
              + ": the organs a state or a federated state acts through")
    add_class(table, "journey_verbs", verbs_of_file(wordnet_dir, "verb.motion"),
              "verbs whose most frequent sense is in WordNet's verb.motion file: the places of their journeys are no "
              "participants")
    add_class(table, "sighting_verbs", verbs_of_file(wordnet_dir, "verb.perception"),
              "verbs whose most frequent sense is in WordNet's verb.perception file ('discover', 'sight', 'spot'): a "
              "place an explorer saw or found is where the voyage went, no participant")
    add_class(table, "creation_verbs", verbs_of_file(wordnet_dir, "verb.creation"),
              "verbs whose most frequent sense is in WordNet's verb.creation file ('paint', 'write', 'publish', "
              "'invent'): the work a named actor made is no participant")
    add_class(table, "rebel_nouns", rebel_nouns(wordnet_dir),
              "nouns with a sense under " + ", ".join(REBEL_ANCHORS)
              + ": an organisation so called is the rebel side of its state's civil war")
    add_class(table, "place_adjectives", place_adjectives(wordnet_dir),
              "capitalised adjectives whose most frequent sense pertains to a place under " + PLACE_ANCHOR
              + ": on a body or group that acts, that place's actor ('the Bavarian legislature' Bavaria)")
    add_class(table, "member_bodies", member_bodies(wordnet_dir),
              "capitalised nouns of persons whose most frequent sense is a member of a body under "
              + MEMBER_BODY_ANCHOR + " (not under " + ", ".join(MEMBER_BODY_STOPS) + " unless under "
              + MEMBER_BODY_KEEP + "): acting, that body ('the Jesuits' Society of Jesus)")
    return table


def nouns(wordnet_dir: Path) -> dict:
    return wordnet.noun_class_table(
        wordnet_dir, ANCHORS, CLASSES, rebuild=REBUILD_COMMAND,
        keep=lambda lemma, cls: cls != "thing" or (lemma.isalpha() and lemma.isascii()),
        what=("Actor classes of English nouns (polity, organisation, group, person; thing for a "
              "one-word noun that names no actor), derived from "
              "WordNet: a lemma takes the class of the nearest anchor synset in the hypernym "
              "closure of its most frequent sense; a lemma not listed names no actor. Not "
              "hand-edited: rebuild with the command."))


def main(argv: list[str] | None = None) -> int:
    return wordnet.noun_class_main(argv, __doc__.split("\n")[0], DEFAULT_OUTPUT, CLASSES, build)


if __name__ == "__main__":
    raise SystemExit(main())
