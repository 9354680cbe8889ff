"""Build models/wordnet_name_words.json: words that say what a proper name names, derived from WordNet 3.0.

    python scripts/build_wordnet_name_words.py                 # rebuild the committed table
    python scripts/build_wordnet_name_words.py --output X.json # write elsewhere (the test compares)

Needs, for the build only (the pipeline reads only the JSON table): wordnet-base (Debian) and nltk,
as scripts/build_wordnet_tables.py, whose WordNet reader this script shares.

`place_names`: a name is listed when its most frequent sense is an instance of a place (a synset with an instance
hypernym below location.n.01, geological_formation.n.01, land.n.04 or body_of_water.n.01: islands,
regions, cities, rivers, seas, mountains, countries) and none of its senses is a person, an
organisation or a social group: "Hokkaido", "Azores", "Madeira", "Barbados"; not "Washington" (also a
person). Names are lower case without accents, as `place_key` makes them. The pipeline uses them only
where the parse already says "where to or from": the goals of a journey (a place there is where it
went, not who took part), whatever label the model gave the name.

`city_names`: the place_names whose most frequent sense is an instance below city.n.01 or town.n.01 ("Madrid",
"Munich", "Dortmund"; not "Asia", "Bavaria"): a name of two or three words one of which is a city's and the
others no place's ("Real Madrid", "Bayern Munich") names a club or a company named after its city.

`body_nouns`: common nouns one of whose senses (not only the most frequent) is an organisation (below
organization.n.01): "bank" (a financial institution), "symphony" (an orchestra), "foundation", "school",
"house" (a firm). A name the model tags as an organisation that ends with one ("Meadows Bank", "the
Seattle Symphony") names a body even where the noun's most frequent sense is a thing.

`thing_nouns`: common nouns of four letters or more whose most frequent sense is a ceremony, a performance, a
sacred text, a legal document, a sculpture or a craft, and no sense of which is a person, a people, a social
group, a place, a periodical or a plan ("ceremony", "concert", "gospel", "treaty", "statue", "ship"). A name
whose head is one ("the Gospel of Mark", "a Memorial Concert") names a work or a thing, never an actor (v1.1:
ships are no participants). `award_nouns`: the same for awards and prizes ("award", "prize", "oscar"): a prize
named alone ("Oscar") or a numbered edition ("the 53rd Academy Awards", a ceremony) names no actor, while a
prize's full name can name its giver ("named by the Harbour Book Awards").
"""
from __future__ import annotations

import sys
import tempfile
import unicodedata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import build_wordnet_tables as wordnet  # noqa: E402  (the shared WordNet reader)

REPO = Path(__file__).resolve().parent.parent
DEFAULT_OUTPUT = REPO / "models" / "wordnet_name_words.json"
REBUILD_COMMAND = "python scripts/build_wordnet_name_words.py"
BODY_ANCHOR = "organization.n.01"
LANGUAGE_ANCHOR = "language.n.01"
NOT_LANGUAGE_ANCHORS = ("person.n.01", "people.n.01", "social_group.n.01", "location.n.01", "organization.n.01")
PLACE_ANCHORS = ("location.n.01", "geological_formation.n.01", "land.n.04", "body_of_water.n.01")
CITY_ANCHORS = ("city.n.01", "town.n.01")
NOT_PLACE_ANCHORS = ("person.n.01", "organization.n.01", "social_group.n.01")
THING_ANCHORS = ("ceremony.n.01", "performance.n.01", "sacred_text.n.01", "legal_document.n.01", "sculpture.n.01",
                 "craft.n.02")
AWARD_ANCHORS = ("award.n.01", "award.n.02", "prize.n.01")
# a periodical ("Review") and a plan or programme can be a body's name, acting (publishing, funding)
NOT_THING_ANCHORS = ("person.n.01", "people.n.01", "social_group.n.01", "location.n.01", "periodical.n.01", "plan.n.01")


def place_key(name: str) -> str:
    """"Hokkaidō" -> "hokkaido": lower case, accents dropped, spaces single."""
    text = unicodedata.normalize("NFKD", name)
    return " ".join("".join(c for c in text if not unicodedata.combining(c)).lower().split())


def place_names(wordnet_dir: Path, anchors: tuple[str, ...] = PLACE_ANCHORS) -> tuple[list[str], str]:
    with tempfile.TemporaryDirectory(prefix="wordnet-") as tmp:
        wn = wordnet.open_wordnet(wordnet_dir, Path(tmp))
        places = {wn.synset(name) for name in anchors}
        others = {wn.synset(name) for name in NOT_PLACE_ANCHORS}

        def below(synset, anchors) -> bool:
            roots = synset.instance_hypernyms() or [synset]
            return any({root, *root.closure(lambda s: s.hypernyms())} & anchors for root in roots)

        found = set()
        for lemma, offsets in wordnet.index_senses(wordnet_dir, "noun"):
            if not offsets or not any(c.isalpha() for c in lemma):
                continue
            senses = [wn.synset_from_pos_and_offset("n", offset) for offset in offsets]
            first = senses[0]
            names = [l.name() for l in first.lemmas() if l.name().lower() == lemma]
            if not first.instance_hypernyms() or not names or not names[0][:1].isupper():
                continue  # a common noun, or a name WordNet writes in lower case
            if not below(first, places) or any(below(s, others) for s in senses):
                continue
            found.add(place_key(names[0].replace("_", " ")))
        version = wn.get_version()
    return sorted(found), version


def body_nouns(wordnet_dir: Path) -> list[str]:
    """One-word lower-case nouns with a sense below organization.n.01."""
    with tempfile.TemporaryDirectory(prefix="wordnet-") as tmp:
        wn = wordnet.open_wordnet(wordnet_dir, Path(tmp))
        nouns = wordnet.any_sense_below(wn, wordnet_dir, [BODY_ANCHOR])
    return sorted(n for n in nouns if n.isalpha() and n.isascii())


def language_names(wordnet_dir: Path) -> tuple[list[str], list[str]]:
    """Capitalised nouns with a sense below language.n.01 ("Berber", "Egyptian", "Semitic"), and those
    of them none of whose senses is a person, a people, a place or an organisation ("Semitic", "Cushitic")."""
    with tempfile.TemporaryDirectory(prefix="wordnet-") as tmp:
        wn = wordnet.open_wordnet(wordnet_dir, Path(tmp))
        language = wn.synset(LANGUAGE_ANCHOR)
        others = {wn.synset(name) for name in NOT_LANGUAGE_ANCHORS}

        def below(synset, anchors) -> bool:
            roots = synset.instance_hypernyms() or [synset]
            return any({root, *root.closure(lambda s: s.hypernyms())} & anchors for root in roots)

        some, only = set(), set()
        for lemma, offsets in wordnet.index_senses(wordnet_dir, "noun"):
            if not offsets or not lemma.replace("_", "").replace("-", "").isalpha():
                continue
            senses = [wn.synset_from_pos_and_offset("n", offset) for offset in offsets]
            shown = [l.name() for s in senses for l in s.lemmas() if l.name().lower() == lemma and l.name()[:1].isupper()]
            if not shown or not any(below(s, {language}) for s in senses):
                continue
            name = place_key(shown[0].replace("_", " "))
            some.add(name)
            if not any(below(s, others) for s in senses):
                only.add(name)
    return sorted(some), sorted(only)


def thing_nouns(wordnet_dir: Path, anchor_names=THING_ANCHORS) -> list[str]:
    """One-word nouns, lower case, of four letters or more, whose most frequent sense lies below one of
    `anchor_names` and no sense of which is a person, a people, a social group (an organisation), a place, a
    periodical or a plan: "ceremony", "concert", "gospel", "statue"; not "council", "party", "times", "review",
    "programme"."""
    with tempfile.TemporaryDirectory(prefix="wordnet-") as tmp:
        wn = wordnet.open_wordnet(wordnet_dir, Path(tmp))
        things = {wn.synset(name) for name in anchor_names}
        others = {wn.synset(name) for name in NOT_THING_ANCHORS}

        def below(synset, anchors) -> bool:
            roots = synset.instance_hypernyms() or [synset]
            return any({root, *root.closure(lambda s: s.hypernyms())} & anchors for root in roots)

        found = set()
        for lemma, offsets in wordnet.index_senses(wordnet_dir, "noun"):
            if not offsets or not lemma.isalpha() or not lemma.isascii() or len(lemma) < 4:
                continue  # not an abbreviation ("ab", "ba": also a company's suffix)
            senses = [wn.synset_from_pos_and_offset("n", offset) for offset in offsets]
            if below(senses[0], things) and not any(below(s, others) for s in senses):
                found.add(lemma)
    return sorted(found)


def build(wordnet_dir: Path) -> dict:
    names, version = place_names(wordnet_dir)
    cities, _ = place_names(wordnet_dir, CITY_ANCHORS)
    bodies = body_nouns(wordnet_dir)
    languages, only_languages = language_names(wordnet_dir)
    things = thing_nouns(wordnet_dir)
    awards = thing_nouns(wordnet_dir, AWARD_ANCHORS)
    return {
        "about": {
            "what": ("place_names: proper names whose most frequent WordNet sense is an instance of a place (below "
                     + ", ".join(PLACE_ANCHORS) + ") and no sense of which is a person, an organisation "
                     "or a social group; lower case, accents dropped. Not hand-edited: rebuild with the command."),
            "wordnet": f"WordNet {version} (Princeton University); licence: models/WORDNET-LICENSE",
            "wordnet_sha256": {"data.noun": wordnet.sha256(wordnet_dir / "data.noun")},
            "rebuild": REBUILD_COMMAND,
            "needs": "wordnet-base (Debian) and nltk, for the build only",
            "city_names": ("place_names whose most frequent sense lies below " + ", ".join(CITY_ANCHORS) + ": a "
                           "city's name with a word no place's before or after it names a club or a company"),
            "body_nouns": ("one-word nouns one of whose senses lies below " + BODY_ANCHOR + ": a name "
                           "tagged as an organisation that ends with one names a body"),
            "language_names": ("capitalised nouns with a sense below " + LANGUAGE_ANCHOR + " (a language or "
                               "a family of languages), lower case: a name among other languages' names is a language"),
            "only_language_names": ("language_names none of whose senses lies below " + ", ".join(NOT_LANGUAGE_ANCHORS)
                                    + ": a language's name wherever it stands; languages are no actors"),
            "thing_nouns": ("one-word nouns whose most frequent sense lies below " + ", ".join(THING_ANCHORS) + " and none below "
                            + ", ".join(NOT_THING_ANCHORS) + ": a name whose head is one names a work or a thing "
                            "(a ceremony, a concert, a gospel, a statue, a ship), no actor"),
            "award_nouns": ("one-word nouns whose most frequent sense lies below " + ", ".join(AWARD_ANCHORS) + " and "
                            "none below " + ", ".join(NOT_THING_ANCHORS) + ": a prize's name alone or a numbered edition's "
                            "(a ceremony) names no actor; a prize's full name can name its giver"),
            "sizes": {"place_names": len(names), "city_names": len(cities), "body_nouns": len(bodies), "language_names": len(languages),
                      "only_language_names": len(only_languages), "thing_nouns": len(things),
                      "award_nouns": len(awards)},
        },
        "place_names": names,
        "city_names": cities,
        "body_nouns": bodies,
        "language_names": languages,
        "only_language_names": only_languages,
        "thing_nouns": things,
        "award_nouns": awards,
    }


def main(argv: list[str] | None = None) -> int:
    return wordnet.table_main(argv, __doc__.split("\n")[0], DEFAULT_OUTPUT, build)


if __name__ == "__main__":
    raise SystemExit(main())
