"""The model's rule lemmatizer with sets and a memory of answers: the same lemmas, far cheaper.

spaCy's Lemmatizer walks the Doc token by token, builds each token's key (text, POS, morphology) and
sets `token.lemma_`; in "rule" mode a token's lemma depends on nothing but that key (in "lookup"
mode, on its text alone). Its cost was in two places: a Token object and a string set per token,
and, for each new key, the test of every candidate form against the part of speech's word index,
which the lookups data holds as a list (57,000 nouns scanned per test: some 180 µs a key).

Here the keys are read as arrays, each distinct key is lemmatized once and remembered, and the
lemmas are written back with one `doc.from_array`. A new key goes through `rule_lemmas`, spaCy's
rule lemmatization step for step with the word index as a set; its tables are the stock
component's, and the base-form test is the stock component's own. Tokens that already have a lemma
(set by the attribute ruler) are left alone unless the stock component overwrites.
"""
from __future__ import annotations

import warnings

import numpy
from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.language import Language
from spacy.pipeline import Lemmatizer
from spacy.errors import Warnings
from spacy.tokens import Doc, Token

# Distinct keys remembered between Docs; past this the memory is emptied (answers never change).
CACHE_LIMIT = 100_000
KEYS_BY_MODE = {"rule": [ORTH, POS, MORPH], "lookup": [ORTH]}


@Language.factory("almanac_lemmatizer")
def make_lemmatizer(nlp: Language, name: str) -> "ArrayLemmatizer":
    return ArrayLemmatizer(nlp.vocab, name)


class ArrayLemmatizer:
    """A stock Lemmatizer's lemmas, each distinct (text, POS, morphology) lemmatized once by it."""

    def __init__(self, vocab, name: str = "lemmatizer") -> None:
        self.vocab = vocab
        self.name = name
        self.stock: Lemmatizer | None = None
        self.key_attrs: list[int] = []
        self.cache: dict[tuple[int, ...], str] = {}
        self.tables: dict[str, tuple[frozenset, dict, list] | None] = {}

    def compile(self, stock: Lemmatizer) -> "ArrayLemmatizer":
        if stock.mode not in KEYS_BY_MODE:
            raise ValueError(f"no array version of the lemmatizer's {stock.mode!r} mode")
        self.stock = stock
        self.key_attrs = KEYS_BY_MODE[stock.mode]
        self.cache = {}
        self.tables = {}
        return self

    def lemma(self, token: Token) -> str:
        """The stock component's lemma of the token: the first of its forms."""
        if self.stock.mode == "rule":
            return self.rule_lemmas(token)[0]
        return self.stock.lemmatize(token)[0]

    def rule_lemmas(self, token: Token) -> list[str]:
        """spaCy's `Lemmatizer.rule_lemmatize` (3.8), with the word index as a set (tests/test_model_speedups.py
        compares the two)."""
        string = token.text
        univ_pos = token.pos_.lower()
        if univ_pos in ("", "eol", "space"):
            if univ_pos == "":
                warnings.warn(Warnings.W108)
            return [string.lower()]
        if self.stock.is_base_form(token):
            return [string.lower()]
        if univ_pos not in self.tables:
            self.tables[univ_pos] = self._pos_tables(univ_pos)
        tables = self.tables[univ_pos]
        if tables is None:
            return [string] if univ_pos == "propn" else [string.lower()]
        index, exceptions, rules = tables
        orig = string
        string = string.lower()
        forms: list[str] = []
        oov_forms = []
        for old, new in rules:
            if string.endswith(old):
                form = string[: len(string) - len(old)] + new
                if not form:
                    pass
                elif form in index or not form.isalpha():
                    if form in index:
                        forms.insert(0, form)
                    else:
                        forms.append(form)
                else:
                    oov_forms.append(form)
        forms = list(dict.fromkeys(forms))
        for form in exceptions.get(string, []):
            if form not in forms:
                forms.insert(0, form)
        if not forms:
            forms.extend(oov_forms)
        if not forms:
            forms.append(orig)
        return forms

    def _pos_tables(self, univ_pos: str) -> tuple[frozenset, dict, list] | None:
        """The part of speech's word index (as a set), exceptions and rules; None when it has none of them."""
        lookups = self.stock.lookups
        index_table = lookups.get_table("lemma_index", {})
        exc_table = lookups.get_table("lemma_exc", {})
        rules_table = lookups.get_table("lemma_rules", {})
        found = (index_table.get(univ_pos), exc_table.get(univ_pos), rules_table.get(univ_pos))
        if not any(found):
            return None
        return (frozenset(index_table.get(univ_pos, {})), exc_table.get(univ_pos, {}), rules_table.get(univ_pos, {}))

    def __call__(self, doc: Doc) -> Doc:
        stock = self.stock
        if stock is None:
            raise ValueError("almanac_lemmatizer has no lemmatizer: call compile(stock_lemmatizer) first")
        if not len(doc):
            return doc
        if not stock._validated:
            stock._validate_tables()
        columns = doc.to_array(self.key_attrs + [LEMMA])
        lemmas = columns[:, -1].copy()
        todo = numpy.arange(len(doc)) if stock.overwrite else numpy.flatnonzero(lemmas == 0)
        if not len(todo):
            return doc
        # The distinct keys of the Doc (a few thousand in an article of tens of thousands of tokens), each
        # looked up or lemmatized once.
        keys = numpy.ascontiguousarray(columns[todo, :-1])
        unique, first, inverse = numpy.unique(keys.view(numpy.dtype((numpy.void, keys.shape[1] * 8))).ravel(),
                                              return_index=True, return_inverse=True)
        cache = self.cache
        found: dict[str, int] = {}  # lemma -> its id in the vocab's strings, added for this Doc
        add = self.vocab.strings.add
        results = numpy.empty(len(unique), dtype=numpy.uint64)
        for slot, (position, key) in enumerate(zip(todo[first].tolist(), keys[first].tolist())):
            key = tuple(key)
            lemma = cache.get(key)
            if lemma is None:
                lemma = self.lemma(doc[position])
                if len(cache) >= CACHE_LIMIT:
                    cache.clear()
                cache[key] = lemma
            string_id = found.get(lemma)
            if string_id is None:
                string_id = found[lemma] = add(lemma)
            results[slot] = string_id
        lemmas[todo] = results[inverse.reshape(-1)]
        doc.from_array([LEMMA], lemmas)
        return doc

    def pipe(self, docs, batch_size: int = 128):
        for doc in docs:
            yield self(doc)


def _keyed(stock: Lemmatizer) -> bool:
    """Whether the stock lemmatizer's answer depends on the key alone: spaCy's own methods, or the English
    subclass, whose `is_base_form` reads POS and morphology only."""
    from spacy.lang.en.lemmatizer import EnglishLemmatizer

    method = f"{stock.mode}_lemmatize"
    return (getattr(type(stock), method) is getattr(Lemmatizer, method)
            and type(stock).is_base_form in (Lemmatizer.is_base_form, EnglishLemmatizer.is_base_form))


def install(nlp: Language, name: str = "lemmatizer") -> bool:
    """Replace the model's lemmatizer `name` by the array version; False (stock kept) when it cannot."""
    if name not in nlp.pipe_names:
        return False
    stock = nlp.get_pipe(name)
    if not isinstance(stock, Lemmatizer) or stock.mode not in KEYS_BY_MODE:
        return False
    if not _keyed(stock):
        return False
    fast = nlp.replace_pipe(name, "almanac_lemmatizer")
    fast.compile(stock)
    return True
