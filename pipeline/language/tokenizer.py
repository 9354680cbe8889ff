"""The one change almanac makes to the model's tokenizer, for `load_nlp` and for a spaCy user's own pipeline
(the component factories install it), so that both tokenise alike."""
from __future__ import annotations

import re

from spacy.language import Language

# spaCy splits a dash glued to a word only before a letter: "present—6,200 species" stays one token, and its
# number is lost. Only an em dash between a letter and a digit is split: "COVID-19", "F-16" and "1990–2000" stay.
DASH_BEFORE_NUMBER = r"(?<=[^\W\d_])\u2014(?=[0-9])"


def split_dash_before_number(nlp: Language) -> None:
    """Add DASH_BEFORE_NUMBER to the tokenizer's infixes (the model's own ones are kept as they are); once."""
    infixes = nlp.tokenizer.infix_finditer.__self__.pattern
    if DASH_BEFORE_NUMBER not in infixes:
        nlp.tokenizer.infix_finditer = re.compile(f"{infixes}|{DASH_BEFORE_NUMBER}").finditer
