"""Build models/wordnet_measure_classes.json: the figure measure (guideline v1.1) a noun names, derived
from WordNet 3.0 with the machinery of build_wordnet_tables.py (same sense choice, nearest anchor in the
hypernym closure, stops and reaches).

    python scripts/build_wordnet_measures.py                 # rebuild the committed table
    python scripts/build_wordnet_measures.py --output X.json # write elsewhere
    python scripts/build_wordnet_measures.py --sample 30     # print 30 random entries per measure

The figures stage reads the table under its hand lists (models/measure_lexicon.json "measures"): a noun
the hand lists name keeps their measure; any other noun of the table ("mortgage", "overdraft",
"royalty", "remittance") takes the table's. Needs wordnet-base (Debian) and nltk, for the build only.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import tempfile  # noqa: E402

from build_wordnet_tables import REPO, any_sense_below, first_sense_below, first_sense_of, index_senses, noun_class_main, noun_class_table, open_wordnet, verb_particle_lemmas  # noqa: E402

DEFAULT_OUTPUT = REPO / "models" / "wordnet_measure_classes.json"
REBUILD_COMMAND = "python scripts/build_wordnet_measures.py"
MEASURES = ("trade", "exports", "imports", "aid", "investment", "debt", "production", "other")

# (synset, measure, why[, reach]): as in build_wordnet_tables.py; measure None is a stop.
NOUN_ANCHORS: list[tuple] = [
    ("debt.n.02", "debt", "money owed: arrears, bad debts, national debt"),
    ("loan.n.01", "debt", "money lent: mortgages, credits, advances"),
    ("credit.n.02", "debt", "money available to borrow (v1.1: credit is debt)"),
    ("credit_line.n.01", "debt", "a line of credit (v1.1: debt)"),
    ("aid.n.03", "aid", "money to support a person or cause: grants, subsidies, scholarships"),
    ("grant.n.01", "aid", "any monetary aid"),
    ("social_insurance.n.01", None, "below aid: health care, pensions, insurance at home"),
    ("aid.n.02", "aid", "assistance itself (not its kinds: first aid, service)", 0),
    ("investment.n.02", "investment", "money invested: stakes, portfolios"),
    ("investing.n.01", "investment", "the act of investing", 1),
    ("speculation.n.03", None, "below investing: gambles, bets, pyramid schemes"),
    ("production.n.01", "production", "producing (not its kinds: manufacture of a thing)", 0),
    ("output.n.02", "production", "production of an amount"),
    ("output.n.04", "production", "the quantity produced"),
    ("crop.n.01", "production", "the yield of a season", 0),
    ("gross_domestic_product.n.01", "production", "v1.1: gross product is production"),
    ("gross_national_product.n.01", "production", "v1.1: gross product is production"),
    ("export.n.01", "exports", "goods sold abroad"),
    ("import.n.01", "imports", "goods bought abroad"),
    ("trade.n.01", "trade", "commercial exchange", 1),
    ("commerce.n.01", "trade", "commerce", 0),
    ("gross.n.02", "other", "revenue (v1.1: revenues are other)"),
    ("tax_income.n.01", "other", "revenue from taxes"),
    ("income.n.01", "other", "income, wages, royalties"),
    ("outgo.n.01", "other", "money spent (v1.1: spending is other)"),
    ("spending.n.01", "other", "spending"),
    ("budget.n.01", "other", "a sum allocated (v1.1: budgets and fund sizes are other)"),
    ("fund.n.01", "other", "money set aside"),
    ("reserve.n.02", "other", "reserves (v1.1: other)", 0),
    ("dividend.n.01", "other", "dividends (v1.1: other)"),
]


# Nouns one of whose senses is a military unit or a body of soldiers ('a force of 2,000', 'a garrison of
# 300', 'guerrilla forces numbered 8,000'): a bare number they take counts persons.
MILITARY_GROUP_ANCHORS = ("military_unit.n.01", "military_personnel.n.01")


def build(wordnet_dir: Path) -> dict:
    table = _measures(wordnet_dir)
    with tempfile.TemporaryDirectory(prefix="wordnet-") as tmp:
        wn = open_wordnet(wordnet_dir, Path(tmp))
        table["military_groups"] = any_sense_below(wn, wordnet_dir, MILITARY_GROUP_ANCHORS)
        table["plural_singulars"] = {**irregular_singulars(wn), **plural_singulars(wn)}
        table["everyday_vague_plurals"] = everyday_vague_plurals(wn)
        table["measurement_units"] = measurement_units(wn, wordnet_dir)
        table["thoroughfares"] = [word for word in any_sense_below(wn, wordnet_dir, [ROAD]) if " " not in word]
        table["substances"] = [word for word in first_sense_below(wn, wordnet_dir, "noun", [MATTER]) if " " not in word]
        table["later_adverbs"] = later_adverbs(wn)
        table["sequence_units"] = [word for word in any_sense_below(wn, wordnet_dir, SEQUENCE_UNIT_ANCHORS) if " " not in word]
        table["offset_adverbs"] = sorted({name for synset in OFFSET_SYNSETS for name in wn.synset(synset).lemma_names()
                                          if "_" not in name})
        table["opening_verbs"] = synset_lemmas(wn, OPENING_SYNSETS)
        table["closing_verbs"] = synset_lemmas(wn, CLOSING_SYNSETS)
        table["person_subject_verbs"], table["person_object_verbs"] = person_verbs(wn, wordnet_dir)
    table["about"]["military_groups"] = ("nouns with a sense below " + ", ".join(MILITARY_GROUP_ANCHORS)
                                         + ": a bare count they take counts persons")
    table["about"]["plural_singulars"] = ("plurals in -ses of two WordNet nouns ('senses': 'sense' and 'sens'), "
                                          "with the singular whose senses are tagged more often in WordNet's corpus; "
                                          "and WordNet's irregular plurals (noun.exc) with one singular, that are no "
                                          "noun of their own nor a regular plural ('genera': 'genus', 'atria': 'atrium')")
    table["about"]["measurement_units"] = (
        "nouns whose most frequent sense lies below " + UNIT_OF_MEASUREMENT + " (not the anchor itself, "
        "not below " + MONETARY_UNIT + "): a number measured in one ('12 joules', 'forty decibels') is a "
        "quantity, not a count (guideline v1.1: units are no figures)")
    table["about"]["thoroughfares"] = (
        "one-word nouns with a sense below " + ROAD + ": a number before a name ending in one ('112 Mercer "
        "Street', '6263 Sunset Boulevard') is a house number, no count")
    table["about"]["substances"] = (
        "one-word nouns whose most frequent sense lies below " + MATTER + ": 'pounds' of one ('2 million pounds of "
        "gunpowder') are a weight, not money (a mass below a ton is no v1 figure)")
    table["about"]["later_adverbs"] = (
        "one-word adverbs of " + ", ".join(LATER_SYNSETS) + ": a clause they modify ('eventually recovered', "
        "'later revised') happened after the time its paragraph or sentence has reached, at no time the text states")
    table["about"]["sequence_units"] = (
        "one-word nouns with a sense below " + ", ".join(SEQUENCE_UNIT_ANCHORS) + ": the parts a serial, a work or a "
        "match is told in; a count of them before an offset adverb ('six episodes later') is a relative time, no figure")
    table["about"]["offset_adverbs"] = (
        "one-word adverbs of " + ", ".join(OFFSET_SYNSETS) + ": 'later', 'earlier' after a count of sequence units")
    table["about"]["opening_verbs"] = (
        "verbs of " + ", ".join(OPENING_SYNSETS) + ", phrasal ones spaced: 'the war began in 1939', 'war broke out in "
        "1939' date a war's start")
    table["about"]["closing_verbs"] = (
        "verbs of " + ", ".join(CLOSING_SYNSETS) + ", phrasal ones spaced: 'and ended in 1940' dates a war's end; with its "
        "start, the span its casualties take (guideline v1.1)")
    table["about"]["person_subject_verbs"] = (
        "one-word and phrasal verbs whose most frequent sense has sentence frames, all with a person subject (WordNet frames "
        "'Somebody ----s ...'): a bare vague plural that is their subject ('millions watched', 'thousands fled') "
        "counts persons (guideline v1.1: counts of people take item person)")
    table["about"]["person_object_verbs"] = (
        "one-word and phrasal verbs whose most frequent sense has a sentence frame with a person object ('... ----s "
        "somebody'): a bare vague plural that is their object or passive subject ('hundreds were arrested') "
        "counts persons")
    table["about"]["everyday_vague_plurals"] = (
        "vague plurals of models/scales.json whose singular's most frequent sense is no number (below "
        + INTEGER + "): everyday nouns ('scores': marks, music), a number only right before 'of'")
    return table


# Adverbs that put a happening after the time the text has reached, at a time it does not say ('later',
# 'subsequently', 'eventually'); not 'then' (then.r.01 also means 'so'), nor 'thereafter' (a span from then on).
LATER_SYNSETS = ("subsequently.r.01", "by_and_by.r.01", "finally.r.01")


def later_adverbs(wn) -> list[str]:
    """The one-word lemmas of the LATER_SYNSETS: 'later', 'subsequently', 'afterwards', 'eventually', ..."""
    return sorted({name for synset in LATER_SYNSETS for name in wn.synset(synset).lemma_names() if "_" not in name})


# The units a sequence is told or played in ('episode', 'chapter', 'issue', 'volume', 'round', 'inning', 'lap',
# 'stage'): 'six episodes later', 'two chapters earlier' place a happening in the sequence, they count nothing.
SEQUENCE_UNIT_ANCHORS = ("section.n.01", "broadcast.n.02", "installment.n.03", "issue.n.02", "volume.n.04",
                         "part.n.09", "lap.n.05", "phase.n.01")
# Adverbs that offset a happening by such a count: 'later', 'afterwards' (subsequently.r.01), 'earlier' (earlier.r.01).
OFFSET_SYNSETS = ("subsequently.r.01", "earlier.r.01")


# Verbs that say a happening began or ended ('the war began in 1939 and ended in 1940'): the senses 'have a
# beginning' / 'start abruptly' and 'have an end', not 'set in motion' (begin.v.03, one does to a thing).
OPENING_SYNSETS = ("begin.v.02", "begin.v.06", "erupt.v.01")
CLOSING_SYNSETS = ("end.v.01",)


def synset_lemmas(wn, synsets: tuple[str, ...]) -> list[str]:
    """The lemmas of the synsets, a phrasal verb's words spaced ('break_out': 'break out')."""
    return sorted({name.replace("_", " ") for synset in synsets for name in wn.synset(synset).lemma_names()})


# A vague plural ('hundreds', 'scores') names a number when its singular's most frequent sense is one.
INTEGER = "integer.n.01"
SCALES_FILE = REPO / "models" / "scales.json"


def everyday_vague_plurals(wn) -> list[str]:
    """The vague plurals of models/scales.json that are also everyday nouns: their singular's most frequent
    sense is not a number below integer.n.01 ('score' is first a mark, 'hundred' and 'dozen' are numbers)."""
    integer = wn.synset(INTEGER)
    vague = json.loads(SCALES_FILE.read_text(encoding="utf-8"))["vague_plurals"]
    everyday = []
    for plural in sorted(vague):
        senses = wn.synsets(plural[:-1], "n") if plural.endswith("s") else []
        if senses and integer not in set(senses[0].closure(lambda synset: synset.hypernyms())) | {senses[0]}:
            everyday.append(plural)
    return everyday


# Units of measurement ('joule', 'decibel', 'coulomb', 'byte'): what a number measured in one states is no
# count; money has its own kind, and the anchor itself ('units' of housing, of an army) counts things.
UNIT_OF_MEASUREMENT = "unit_of_measurement.n.01"
# Roads and streets ('Street', 'Avenue', 'Boulevard', 'Road'): the head of an address.
ROAD = "road.n.01"
MONETARY_UNIT = "monetary_unit.n.01"
# Matter ('gunpowder', 'coal', 'steel', 'tea'): what 'pounds of' it states is a weight.
MATTER = "matter.n.03"


# WordNet's generic sentence frames (frame ids of verb synsets): those whose subject is a thing, not a person
# ('Something ----s', 'It is ----ing', 'Something ----s somebody'), and those with a person object.
THING_SUBJECT_FRAMES = {1, 3, 4, 5, 6, 10, 11, 12, 34, 35}
PERSON_OBJECT_FRAMES = {9, 10, 17, 18, 20, 24, 25, 30}


def person_verbs(wn, wordnet_dir: Path) -> tuple[list[str], list[str]]:
    """One-word verbs and phrasal verbs (spaced: 'run away', 'round up') whose most frequent sense takes only a
    person subject ('die', 'flee', 'watch', 'vote'), and those whose most frequent sense takes a person object
    ('arrest', 'kill', 'deport')."""
    subjects, objects = set(), set()
    phrasal = set(verb_particle_lemmas(wordnet_dir))
    for lemma, offsets in index_senses(wordnet_dir, "verb"):
        key = lemma.replace("_", " ")
        if not offsets or not (lemma.isalpha() or key in phrasal):
            continue
        frames = set(wn.synset_from_pos_and_offset("v", offsets[0]).frame_ids())
        if frames and not frames & THING_SUBJECT_FRAMES:
            subjects.add(key)
        if frames & PERSON_OBJECT_FRAMES:
            objects.add(key)
    return sorted(subjects), sorted(objects)


def measurement_units(wn, wordnet_dir: Path) -> list[str]:
    """One-word nouns whose most frequent sense is a unit of measurement below the anchor, money aside."""
    units = set(first_sense_below(wn, wordnet_dir, "noun", [UNIT_OF_MEASUREMENT]))
    units -= set(first_sense_below(wn, wordnet_dir, "noun", [MONETARY_UNIT]))
    units -= set(first_sense_of(wn, wordnet_dir, "noun", [UNIT_OF_MEASUREMENT]))
    return sorted(word for word in units if " " not in word)


def plural_singulars(wn) -> dict[str, str]:
    """'senses' -> 'sense' (not 'sens'), 'masses' -> 'mass': a plural in -ses read as two WordNet nouns,
    the one more frequent in WordNet's tagged corpus (ties: the longer one, the regular plural)."""
    nouns = {name for name in wn.all_lemma_names("n") if name.isalpha() and name.islower()}
    choices = {}
    for short in sorted(nouns):
        if short.endswith("s") and short + "e" in nouns and len(short) > 2:
            counts = {word: sum(lemma.count() for lemma in wn.lemmas(word, "n")) for word in (short, short + "e")}
            choices[short + "es"] = max((short + "e", short), key=lambda word: counts[word])
    return choices


def irregular_singulars(wn) -> dict[str, str]:
    """'genera' -> 'genus', 'vertebrae' -> 'vertebra', 'oxen' -> 'ox': WordNet's irregular noun plurals
    (noun.exc) with one singular, leaving out a plural that is a noun lemma of its own ('dive', 'media')
    or also a regular plural ('bases' of 'base', 'axes' of 'axe'). The tagger often reads such a plural
    as a singular and the lemmatizer then keeps it."""
    nouns = set(wn.all_lemma_names("n"))
    singulars = {}
    for plural, forms in sorted(wn._exception_map["n"].items()):
        forms = [form for form in forms if form != plural and form.isalpha()]
        if not plural.isalpha() or not plural.islower() or len(forms) != 1 or plural in nouns:
            continue
        if plural.endswith("s") and (plural[:-1] in nouns or plural[:-2] in nouns):
            continue
        singulars[plural] = forms[0]
    return singulars


def _measures(wordnet_dir: Path) -> dict:
    return noun_class_table(
        wordnet_dir, NOUN_ANCHORS, MEASURES, anchors_key="noun_anchors", rebuild=REBUILD_COMMAND,
        what=("Figure measures (guideline v1.1) of English nouns, derived from WordNet: a lemma takes "
              "the measure of the nearest anchor synset in the hypernym closure of its most frequent "
              "sense; read under the hand lists of models/measure_lexicon.json. Not hand-edited: "
              "rebuild with the command."))


def main(argv: list[str] | None = None) -> int:
    return noun_class_main(argv, __doc__.split("\n")[0], DEFAULT_OUTPUT, MEASURES, build)


if __name__ == "__main__":
    raise SystemExit(main())
