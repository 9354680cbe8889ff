"""The one change almanac makes to the model's tokenizer, for `load_nlp` and for a spaCy user's own pipeline
(the component factories install it), so that both tokenise alike."""
from __future__ import annotations

import re
from pathlib import Path

import srsly
from spacy.language import Language

# spaCy splits a dash glued to a word only before a letter: "present—6,200 species" stays one token, and its
# number is lost. Only an em dash between a letter and a digit is split: "COVID-19", "F-16" and "1990–2000" stay.
DASH_BEFORE_NUMBER = r"(?<=[^\W\d_])\u2014(?=[0-9])"


def split_dash_before_number(nlp: Language) -> None:
    """Add DASH_BEFORE_NUMBER to the tokenizer's infixes (the model's own ones are kept as they are); once."""
    infixes = nlp.tokenizer.infix_finditer.__self__.pattern
    if DASH_BEFORE_NUMBER not in infixes:
        nlp.tokenizer.infix_finditer = re.compile(f"{infixes}|{DASH_BEFORE_NUMBER}").finditer


def read_tokenizer_splitting_dash(nlp: Language, path: Path) -> None:
    """Read the model's saved tokenizer (`path`, the file `spacy.load` reads) into `nlp` with DASH_BEFORE_NUMBER
    joined to its infixes before they are compiled: the same tokenizer `split_dash_before_number` makes of a
    loaded model, without reloading its 1,347 special cases once more (0.05 s of every start-up)."""
    data = srsly.msgpack_loads(path.read_bytes())
    if isinstance(data.get("infix_finditer"), str) and DASH_BEFORE_NUMBER not in data["infix_finditer"]:
        data["infix_finditer"] = f"{data['infix_finditer']}|{DASH_BEFORE_NUMBER}"
    nlp.tokenizer.from_bytes(srsly.msgpack_dumps(data), exclude=["vocab"])
    split_dash_before_number(nlp)  # nothing to do once joined above; checked as for any loaded model
