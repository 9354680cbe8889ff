"""`tokens_where` finds the same tokens, in the same order, as a loop over the Doc with the same test."""
from __future__ import annotations

import pytest

from pipeline.extraction.tokens import number_like_tokens, proper_nouns_outside_entities, tokens_where

# Sentences of our own: wars named several ways, brackets, plural nouns, words in several cases.
TEXTS = [
    "The war between the two kingdoms ended in 1648, and the Wars of Religion were over (WOR).",
    "Soldiers and sailors crossed the river; the crews (three ships) landed at dawn.",
    "( ) An empty bracket, a WAR in capitals, and warring parties that never declared war.",
]


@pytest.mark.parametrize("attribute, wanted", [
    ("lemma_", lambda lemma: lemma.lower() == "war"),
    ("text", lambda text: text == "("),
    ("tag_", lambda tag: tag == "NNS"),
    ("lower_", lambda lower: lower in ("the", "and")),
])
def test_tokens_where_is_a_loop_over_the_doc(nlp, attribute, wanted):
    found_any = False
    for doc in nlp.pipe(TEXTS):
        expected = [token.i for token in doc if wanted(getattr(token, attribute))]
        assert [token.i for token in tokens_where(doc, attribute, wanted)] == expected
        found_any = found_any or bool(expected)
    assert found_any


def test_tokens_where_finds_nothing_when_no_value_passes(nlp):
    doc = nlp("A quiet sentence without the word we look for.")
    assert tokens_where(doc, "lemma_", lambda lemma: lemma == "war") == []


def test_proper_nouns_outside_entities_is_a_loop_over_the_doc(nlp):
    doc = nlp("The Treaty of Zorblat was signed by Mr. Qwill, and Fisheries Minister Halvorsen spoke in London.")
    expected = [token.i for token in doc if token.pos_ == "PROPN" and not token.ent_type_]
    assert expected  # "Treaty", "Mr.", "Minister" are outside the entities
    assert [token.i for token in proper_nouns_outside_entities(doc)] == expected
    assert any(token.pos_ == "PROPN" and token.ent_type_ for token in doc)  # the names are inside them


@pytest.mark.parametrize("end", [0, 1, 7, 12, None])
def test_number_like_tokens_is_a_loop_over_the_doc(nlp, end):
    doc = nlp("Twelve ships, 3,400 sailors and forty-one guns sailed on 4 May; ten of them never came back.")
    end = len(doc) if end is None else end
    expected = [token.i for token in doc[:end] if token.like_num]
    assert [token.i for token in number_like_tokens(doc, end)] == expected
    if end == len(doc):
        assert len(expected) >= 4  # twelve, 3,400, forty-one, 4, ten: the sentence has numbers to find
