"""Finding the few tokens of a Doc a document-wide rule starts from, without a Python object per token.

A rule that reads a whole article ("every token whose lemma is 'war'") pays, per token, for the Token
object spaCy builds and the string it looks up. `tokens_where` reads one attribute of every token as an
array and asks `wanted` once per distinct value, so only the tokens it keeps become Token objects: the
same tokens, in the same order, as a loop over the Doc with that test.
"""
from __future__ import annotations

from typing import Callable

import numpy
from spacy.attrs import ENT_TYPE, LEMMA, LIKE_NUM, LOWER, ORTH, POS, TAG
from spacy.symbols import PROPN
from spacy.tokens import Doc, Token

STRING_ATTRIBUTES = {"lemma_": LEMMA, "lower_": LOWER, "text": ORTH, "tag_": TAG}


def tokens_where(doc: Doc, attribute: str, wanted: Callable[[str], bool]) -> list[Token]:
    """The tokens whose `attribute` (lemma_, lower_, text or tag_) passes `wanted`, in document order."""
    values = doc.to_array(STRING_ATTRIBUTES[attribute])
    strings = doc.vocab.strings
    kept = [value for value in numpy.unique(values).tolist() if wanted(strings[value])]
    if not kept:
        return []
    return [doc[i] for i in numpy.flatnonzero(numpy.isin(values, kept)).tolist()]


def proper_nouns_outside_entities(doc: Doc) -> list[Token]:
    """The tokens tagged PROPN that no entity covers, in document order (`pos_ == "PROPN" and not ent_type_`)."""
    values = doc.to_array([POS, ENT_TYPE])
    return [doc[i] for i in numpy.flatnonzero((values[:, 0] == PROPN) & (values[:, 1] == 0)).tolist()]


def number_like_tokens(doc: Doc, end: int) -> list[Token]:
    """The tokens before index `end` that look like numbers (`like_num`), in document order."""
    flags = doc.to_array(LIKE_NUM)[:end]
    return [doc[i] for i in numpy.flatnonzero(flags).tolist()]
