"""Build models/wordnet_verb_frames.json: classes of verbs that name no happening of their own, derived
from WordNet 3.0 with the machinery of build_wordnet_tables.py.

    python scripts/build_wordnet_verb_frames.py                 # rebuild the committed table
    python scripts/build_wordnet_verb_frames.py --output X.json # write elsewhere (the test compares)
    python scripts/build_wordnet_verb_frames.py --sample 30     # print 30 entries per class

"comparisons": verbs whose most frequent sense (the first in WordNet's order, as build_wordnet_tables.py
chooses it) is one of the synsets of comparing amounts or ranks below, or lies in the hyponym tree of
one whose reach is not 0: "overtook Japan as the largest economy", "surpassed Saudi Arabia", "equaled
that of the USA", "outnumbered" state a comparison of figures, which the gold guideline (v1.1, "States and
figure changes are not events": "surpassed") does not count as an event.

"motions": verbs whose most frequent sense is in WordNet's lexicographer file verb.motion ("land", "send",
"arrive", "march", "flee", "sail"): a number of people moved ("landed 22,000 men", "25,000 soldiers
arrived") is a movement of a force or of a people, not a figure.

"beliefs": verbs whose most frequent sense is one of the synsets of holding a belief or a judgement below,
or lies in its hyponym tree ("believe", "think", "consider", "deem", "presume"): in the passive with an
infinitive or an expletive subject ("were believed to be extinct", "it was thought that ...") they attribute a
belief, and attribution is no event (v1.1; the task's "according to").

Needs wordnet-base (Debian) and nltk, for the build only; the events stage reads only the table.
"""
from __future__ import annotations

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from build_wordnet_tables import REPO, anchor_about, index_senses, open_wordnet, sha256, table_main  # noqa: E402

DEFAULT_OUTPUT = REPO / "models" / "wordnet_verb_frames.json"
REBUILD_COMMAND = "python scripts/build_wordnet_verb_frames.py"

# (synset, class, why[, reach]): reach 0 takes the synset alone, without its hyponym tree.
COMPARISON_ANCHORS: list[tuple] = [
    ("exceed.v.01", "comparisons", "be greater in scope or size than some standard"),
    ("exceed.v.02", "comparisons", "be superior or better than some standard ('top')"),
    ("surpass.v.02", "comparisons", "be or do something to a greater degree: outstrip, outsell, outpace"),
    ("excel.v.01", "comparisons", "'surpass' first: distinguish oneself", 0),
    ("overtake.v.01", "comparisons", "catch up with and possibly overtake"),
    ("outnumber.v.01", "comparisons", "be larger in number"),
    ("equal.v.01", "comparisons", "be identical or equivalent to (not its tree: 'support', 'meet')", 0),
    ("equal.v.02", "comparisons", "be equal to in quality or ability: 'rival', 'match'", 0),
]
BELIEF_ANCHORS: list[tuple] = [
    ("believe.v.01", "beliefs", "accept as true; take to be true"),
    ("think.v.01", "beliefs", "judge or regard; look upon: consider, deem, view, regard"),
    ("see.v.05", "beliefs", "deem to be"),
    ("assume.v.01", "beliefs", "take to be the case or to be true: presume, presuppose"),
    ("suppose.v.01", "beliefs", "express a supposition"),
]
MOTION_LEXNAME = "verb.motion"
CLASSES = ("comparisons", "motions", "beliefs")


def anchor_synsets(wn, anchors: list[tuple]) -> dict[str, set]:
    """class -> the anchor synsets with their hyponym trees (within each anchor's reach)."""
    found: dict[str, set] = {entry[1]: set() for entry in anchors}
    for entry in anchors:
        synset, cls = wn.synset(entry[0]), entry[1]
        reach = entry[3] if len(entry) > 3 else None
        found[cls].add(synset)
        if reach != 0:
            found[cls].update(synset.closure(lambda s: s.hyponyms()))
    return found


def build(wordnet_dir: Path) -> dict:
    with tempfile.TemporaryDirectory(prefix="wordnet-") as tmp:
        wn = open_wordnet(wordnet_dir, Path(tmp))
        classes = anchor_synsets(wn, COMPARISON_ANCHORS + BELIEF_ANCHORS)
        verbs = [(lemma.replace("_", " ").lower(), wn.synset_from_pos_and_offset("v", offsets[0]))
                 for lemma, offsets in index_senses(wordnet_dir, "verb") if offsets]
        table = {cls: sorted({lemma for lemma, first in verbs if first in synsets}) for cls, synsets in classes.items()}
        table["motions"] = sorted({lemma for lemma, first in verbs if first.lexname() == MOTION_LEXNAME})
        version = wn.get_version()
    return {
        "about": {
            "what": ("Classes of English verbs that name no happening of their own, derived from WordNet: a "
                     "verb is in a class when its most frequent sense is an anchor synset of the class or lies "
                     "in its hyponym tree (see the build script's docstring). Not hand-edited: rebuild with "
                     "the command."),
            "wordnet": f"WordNet {version} (Princeton University); licence: models/WORDNET-LICENSE",
            "wordnet_sha256": {"data.verb": sha256(wordnet_dir / "data.verb")},
            "rebuild": REBUILD_COMMAND,
            "needs": "wordnet-base (Debian) and nltk, for the build only",
            "comparison_anchors": [anchor_about(a) for a in COMPARISON_ANCHORS],
            "motions": f"verbs whose most frequent sense is in the lexicographer file {MOTION_LEXNAME}",
            "belief_anchors": [anchor_about(a) for a in BELIEF_ANCHORS],
            "sizes": {cls: len(words) for cls, words in table.items()},
        },
        **table,
    }


def main(argv: list[str] | None = None) -> int:
    return table_main(argv, __doc__.split("\n")[0], DEFAULT_OUTPUT, build,
                      samples=lambda table: {cls: sorted(table[cls]) for cls in CLASSES})


if __name__ == "__main__":
    raise SystemExit(main())
