"""Build models/wordnet_verb_forms.json: the past forms of English verbs and the verbs they are the past of,
from WordNet 3.0's morphology, with the machinery of build_wordnet_tables.py.

    python scripts/build_wordnet_verb_forms.py                 # rebuild the committed table
    python scripts/build_wordnet_verb_forms.py --output X.json # write elsewhere (the test compares)
    python scripts/build_wordnet_verb_forms.py --sample 30     # print 30 entries

"past_forms": a past tense or past participle (one word, lower case) -> the one-word verbs it is the past of,
as WordNet's morphology (morphy: the exception list verb.exc, then the detachment rules "-ed" -> "-e", "-ed"
-> "") finds them. Two sources:
  - verb.exc, WordNet's list of the forms its rules do not reach: irregular pasts ("won" win, "took" take,
    "began" begin, "forbade" forbid, "found" find) and the "-ed" forms whose spelling changes ("banned" ban,
    "ratified" ratify). Its "-s" and "-ing" forms ("has", "dying") are no past forms and are left out.
  - the regular "-ed" form of every one-word verb that verb.exc gives no "-ed" form ("annex" annexed, "outlaw"
    outlawed, "cede" ceded), kept when nltk's morphy takes it back to that verb.
A past form the same as its verb ("hit", "set", "cut") is not listed: it cannot be told from the verb.

"adjective_forms": the past forms without "-ed" (a strong verb's: "left", "broken", "frozen", "sworn", "born")
that WordNet also has as adjectives (index.adj): English uses them as adjectives of their own ("the left
wing", "broken treaties"), where an "-ed" participle before a noun is the verb's ("annexed", "outlawed").

Needs wordnet-base (Debian) and nltk, for the build only; the events stage reads only the table.
"""
from __future__ import annotations

import sys
import tempfile
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from build_wordnet_tables import REPO, index_senses, open_wordnet, sha256, table_main  # noqa: E402

DEFAULT_OUTPUT = REPO / "models" / "wordnet_verb_forms.json"
REBUILD_COMMAND = "python scripts/build_wordnet_verb_forms.py"


def listed_forms(wordnet_dir: Path) -> dict[str, list[str]]:
    """verb.exc's one-word forms that are no "-s" or "-ing" form -> their one-word verbs, as the file has them."""
    listed: dict[str, list[str]] = {}
    with open(wordnet_dir / "verb.exc", encoding="utf-8") as fh:
        for line in fh:
            form, *verbs = line.split()
            verbs = [v for v in verbs if "_" not in v]
            if "_" in form or form.endswith(("s", "ing")) or not verbs:
                continue
            listed[form] = verbs
    return listed


def build(wordnet_dir: Path) -> dict:
    listed = listed_forms(wordnet_dir)
    spelled_past = {verb for form, verbs in listed.items() if form.endswith("ed") for verb in verbs}
    forms: dict[str, set[str]] = defaultdict(set)
    for form, verbs in listed.items():
        forms[form].update(v for v in verbs if v != form)
    with tempfile.TemporaryDirectory(prefix="wordnet-") as tmp:
        wn = open_wordnet(wordnet_dir, Path(tmp))
        for verb, _offsets in index_senses(wordnet_dir, "verb"):
            if "_" in verb or verb in spelled_past or not verb.replace("-", "").isalpha():
                continue
            form = verb + ("d" if verb.endswith("e") else "ed")
            if verb in wn._morphy(form, "v"):  # the morphy of nltk's reader: verb.exc first, then the rules
                forms[form].add(verb)
        version = wn.get_version()
    table = {form: sorted(verbs) for form, verbs in sorted(forms.items()) if verbs}
    adjectives = {lemma for lemma, _offsets in index_senses(wordnet_dir, "adj")}
    adjective_forms = sorted(form for form in table if not form.endswith("ed") and form in adjectives)
    return {
        "about": {
            "what": ("Past forms of English verbs (past tense and past participle, one word, lower case) and the "
                     "verbs they are the past of, from WordNet's morphology: its exception list verb.exc and the "
                     "regular '-ed' form of every other verb (see the build script's docstring). Not hand-edited: "
                     "rebuild with the command."),
            "wordnet": f"WordNet {version} (Princeton University); licence: models/WORDNET-LICENSE",
            "wordnet_sha256": {"verb.exc": sha256(wordnet_dir / "verb.exc"),
                               "index.verb": sha256(wordnet_dir / "index.verb")},
            "rebuild": REBUILD_COMMAND,
            "needs": "wordnet-base (Debian) and nltk, for the build only",
            "adjective_forms": ("past forms without '-ed' that WordNet also has as adjectives (index.adj): "
                                "a strong verb's participle English uses as an adjective of its own"),
            "sizes": {"past_forms": len(table), "adjective_forms": len(adjective_forms)},
        },
        "past_forms": table,
        "adjective_forms": adjective_forms,
    }


def main(argv: list[str] | None = None) -> int:
    return table_main(argv, __doc__.split("\n")[0], DEFAULT_OUTPUT, build,
                      samples=lambda table: {"past_forms": [f"{f}:{'/'.join(v)}" for f, v in table["past_forms"].items()]})


if __name__ == "__main__":
    raise SystemExit(main())
