"""The array attribute ruler and lemmatizer, and the lean layer chains, give exactly the stock model's annotations.

almanac's model (`load_nlp`) replaces the model's attribute ruler and lemmatizer by cheaper versions
(pipeline/language/attribute_ruler.py, lemmatizer.py); the model's own annotations must not change.
Each test runs the stock component and ours on the same parse and compares every attribute they set.
"""
from __future__ import annotations

import numpy
import pytest
from spacy.attrs import DEP, HEAD, LEMMA, MORPH, POS, SENT_START, TAG
from spacy.pipeline import AttributeRuler, Lemmatizer
from spacy.tokens import Doc

import tracemalloc

from pipeline.language import inference
from pipeline.language.attribute_ruler import ArrayAttributeRuler
from pipeline.language.lemmatizer import ArrayLemmatizer
from pipeline.language.nlp import annotate, load_nlp
from pipeline.reading.clean import clean_rendered_text

ATTRS = [TAG, POS, MORPH, LEMMA, DEP, HEAD, SENT_START]

# Sentences of our own, in several wordings, reaching the ruler's rarer patterns: contractions and
# colloquial forms ("ain't", "gonna", "let's", "y'all", "nothin'"), pronouns as subject and object,
# "there is", "but" as an adverb, do/have as main verbs and as auxiliaries, determiners standing alone,
# runs of spaces and line breaks, numbers, dates and non-ASCII text.
OWN_TEXTS = [
    "Ministers Meeting\n\nThe ministers met in Oslo on 4 May 1998.  They signed   two accords.\n",
    "It ain't over, and they're gonna sign it anyway, aren't they? Let's see what y'all think.",
    "Nothin' changed: the treaty wasn't ratified, and nobody did anything about it until 2004.",
    "I gave it to you; you gave it to me. It rained. You know it. I did it and I have done it before.",
    "There is a port, there are two mills and there were 3,400 workers; but the mills closed in 1971.",
    "That was the year exports doubled. Those who stayed did well; this is what they had hoped for.",
    "Does the ministry have data? It has. Had the talks failed, trade would have fallen by 12 percent.",
    "Exports of grain rose 40% to $2.3 billion (1985–86), the best harvest since the 1950s.\n\n\n",
    "The Åland Islands' fishermen — about 1,200 of them — landed 15,000 t of herring in 1990.",
    "Gettin' there, ol' friend, c'mon: somethin' 'bout 'em gets me. We got ta go, and I'd rather not.",
    "   \n Trade talks resumed.\t\tBeijing and Ulaanbaatar agreed on a new border crossing in 2014.",
]


def parsed(nlp, texts: list[str]) -> list[Doc]:
    """Docs as the pipeline makes them (blocks of clean text), annotated up to the attribute ruler."""
    items = [(clean_rendered_text(text, title_line=False), f"t{index}", None) for index, text in enumerate(texts)]
    with nlp.select_pipes(disable=["attribute_ruler", "lemmatizer", "ner"]):
        return list(annotate(nlp, items))


def twins(docs: list[Doc]) -> list[tuple[Doc, Doc]]:
    return [(doc, Doc(doc.vocab).from_bytes(doc.to_bytes(exclude=["user_data"]))) for doc in docs]


def assert_same(stock_doc: Doc, our_doc: Doc) -> None:
    assert numpy.array_equal(stock_doc.to_array(ATTRS), our_doc.to_array(ATTRS))
    assert [(t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_) for t in our_doc] == \
        [(t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_) for t in stock_doc]


@pytest.fixture(scope="module")
def texts(founding_raw) -> list[str]:
    return OWN_TEXTS + [founding_raw]


def test_load_nlp_puts_the_array_components_in_the_stock_ones_places(nlp):
    stock = load_nlp(stock_components=True)
    assert nlp.pipe_names == stock.pipe_names
    assert isinstance(nlp.get_pipe("attribute_ruler"), ArrayAttributeRuler)
    assert isinstance(nlp.get_pipe("lemmatizer"), ArrayLemmatizer)
    assert type(stock.get_pipe("attribute_ruler")) is AttributeRuler
    assert isinstance(stock.get_pipe("lemmatizer"), Lemmatizer)


def test_the_whole_pipeline_annotates_as_with_the_stock_components(nlp, texts):
    stock = load_nlp(stock_components=True)
    items = [(clean_rendered_text(text, title_line=False), f"t{index}", None) for index, text in enumerate(texts)]
    ours = list(annotate(nlp, items))
    theirs = list(annotate(stock, items))
    for our_doc, stock_doc in zip(ours, theirs, strict=True):
        assert_same(stock_doc, our_doc)
        assert [(e.start, e.end, e.label_) for e in our_doc.ents] == [(e.start, e.end, e.label_) for e in stock_doc.ents]
        assert our_doc.to_bytes(exclude=["user_data"]) == stock_doc.to_bytes(exclude=["user_data"])


def long_doc(nlp, texts: list[str], tokens: int):
    """One Doc of our sentences, repeated to about `tokens` tokens, made as the pipeline makes Docs."""
    text = "\n\n".join(OWN_TEXTS)
    text = "\n\n".join([text] * (tokens // len(nlp.make_doc(text)) + 1))
    return next(annotate(nlp, [(clean_rendered_text(text, title_line=False), "long", None)]))


def test_the_networks_run_lean_and_annotate_a_long_article_as_the_stock_model(nlp, texts):
    stock = load_nlp(stock_components=True)
    for name in ("tok2vec", "ner"):  # the shared tok2vec and the entity recognizer's own
        assert any(node._func is inference.lean_chain for node in nlp.get_pipe(name).model.walk())
        assert not any(node._func is inference.lean_chain for node in stock.get_pipe(name).model.walk())
    ours, theirs = long_doc(nlp, texts, 6_000), long_doc(stock, texts, 6_000)
    assert len(ours) > 5_000
    assert ours.tensor.tobytes() == theirs.tensor.tobytes()  # the tok2vec's output, to the bit
    assert ours.to_bytes(exclude=["user_data"]) == theirs.to_bytes(exclude=["user_data"])


def test_a_lean_tok2vec_holds_a_fraction_of_the_stock_ones_memory(nlp, texts):
    # numpy reports its arrays to tracemalloc: the peak of the arrays alive while the tok2vec runs.
    stock = load_nlp(stock_components=True)
    doc = nlp.make_doc(long_doc(nlp, texts, 6_000).text)
    peaks = {}
    for name, model in (("ours", nlp), ("stock", stock)):
        tracemalloc.start()
        model.get_pipe("tok2vec").predict([doc])
        peaks[name] = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
    assert peaks["ours"] < peaks["stock"] / 2


def test_the_array_ruler_and_lemmatizer_set_what_the_stock_ones_set(nlp, texts):
    ruler, lemmatizer = nlp.get_pipe("attribute_ruler"), nlp.get_pipe("lemmatizer")
    assert all(kind == "masks" for kind, *_ in ruler.steps)  # every pattern of the model is compiled
    changed = 0
    for stock_doc, our_doc in twins(parsed(nlp, texts)):
        before = stock_doc.to_array(ATTRS)
        ruler.stock(stock_doc)
        ruler(our_doc)
        assert_same(stock_doc, our_doc)
        lemmatizer.stock(stock_doc)
        lemmatizer(our_doc)
        assert_same(stock_doc, our_doc)
        changed += int((stock_doc.to_array(ATTRS) != before).any(axis=1).sum())
    assert changed > 2_500  # the comparison is about something: most tokens got a POS, morphology, lemma


def test_rule_lemmas_are_spacys_every_form_in_order(nlp, texts):
    lemmatizer = nlp.get_pipe("lemmatizer")
    docs = list(annotate(nlp, [(clean_rendered_text(text, title_line=False), "t", None) for text in texts]))
    tokens = [token for doc in docs for token in doc]
    assert len(tokens) > 2_500
    for token in tokens:
        assert lemmatizer.rule_lemmas(token) == lemmatizer.stock.rule_lemmatize(token)


# Patterns of our own for a ruler of our own: overlapping patterns (the later wins), several
# alternatives, two-token patterns with a positive and a negative index, and patterns the compiler
# leaves to a Matcher (an operator, an attribute it does not read), interleaved with compiled ones.
OWN_PATTERNS = [
    {"patterns": [[{"TAG": "NN"}]], "attrs": {"POS": "PROPN", "MORPH": "Number=Sing"}},
    {"patterns": [[{"LOWER": "treaty"}]], "attrs": {"LEMMA": "pact"}},
    {"patterns": [[{"TAG": "CD"}, {"OP": "?"}, {"TAG": "NNS"}]], "attrs": {"MORPH": "NumType=Card"}, "index": -1},
    {"patterns": [[{"LOWER": {"IN": ["signed", "ratified"]}}], [{"TEXT": "Trade"}]], "attrs": {"POS": "X"}},
    {"patterns": [[{"LOWER": "in"}, {"SHAPE": "dddd"}]], "attrs": {"LEMMA": "YEAR"}, "index": 1},
    {"patterns": [[{"TAG": "NN", "LOWER": {"NOT_IN": ["treaty", "trade"]}}]], "attrs": {"TAG": "NNX"}},
    {"patterns": [[{"LOWER": {"REGEX": "^[a-z]+ed$"}}, {"IS_SPACE": False, "TAG": "IN"}]],
     "attrs": {"LEMMA": "PAST", "POS": "VERB"}, "index": -2},
    {"patterns": [[{"DEP": "nsubj"}, {"DEP": "ROOT"}]], "attrs": {"DEP": "subject"}, "index": 0},
    {"patterns": [[{"LOWER": "the", "OP": "+"}]], "attrs": {"POS": "DET", "MORPH": "Definite=Def"}},
    {"patterns": [[{"TAG": "NNS"}]], "attrs": {"LEMMA": "PLURAL"}},
]

PATTERN_TEXTS = [
    "The treaty was signed in 1998 and ratified in 2001. Trade grew; two treaties followed in 2003.",
    "Farmers exported 300 tonnes of wheat. The the ministry reported 12 new ports in 1977.",
    "Negotiators signed at dawn. The trade pact lapsed in 1990, and 40 firms closed within 3 years.",
]


def test_a_ruler_of_our_own_patterns_compiled_or_not_sets_what_spacy_sets(nlp):
    stock = AttributeRuler(nlp.vocab)
    stock.add_patterns(OWN_PATTERNS)
    ours = ArrayAttributeRuler(nlp.vocab).compile(stock)
    assert [kind for kind, *_ in ours.steps] == ["masks", "masks", "matcher", "masks", "matcher", "masks", "masks",
                                                 "masks", "matcher", "masks"]
    changed = 0
    for stock_doc, our_doc in twins(parsed(nlp, PATTERN_TEXTS + OWN_TEXTS[:4])):
        before = stock_doc.to_array(ATTRS)
        stock(stock_doc)
        ours(our_doc)
        assert_same(stock_doc, our_doc)
        changed += int((stock_doc.to_array(ATTRS) != before).any(axis=1).sum())
    assert changed > 20


def test_a_lemmatizer_that_overwrites_gives_spacys_lemmas(nlp, texts):
    stock = Lemmatizer(nlp.vocab, None, mode="rule", overwrite=True)
    stock.lookups = nlp.get_pipe("lemmatizer").stock.lookups
    ours = ArrayLemmatizer(nlp.vocab).compile(stock)
    docs = parsed(nlp, texts[:6])
    for doc in docs:
        nlp.get_pipe("attribute_ruler")(doc)  # lemmas set by the ruler, which this lemmatizer replaces
    for stock_doc, our_doc in twins(docs):
        stock(stock_doc)
        ours(our_doc)
        assert_same(stock_doc, our_doc)
