"""The model's attribute ruler as array operations: the same tags, POS, morphology, lemmas and labels.

spaCy's AttributeRuler runs a Matcher of some 180 patterns over every token and sets each match's
attributes one token at a time; on the sample dump it cost as much as the parser (about 50 µs a
token). Its patterns are almost all one token long and test a few token attributes for equality or
membership (the tag map: TAG -> POS and MORPH; morph rules: LOWER and TAG -> LEMMA, POS, MORPH;
a few on DEP and IS_SPACE), so here each pattern is compiled into boolean masks over the columns
of `doc.to_array`, the patterns are applied in their order (a later pattern wins, as in spaCy,
which sorts matches by pattern), and the result is written back with one `doc.from_array`.

Patterns of fixed length whose tokens use only the tests below are compiled (a two-token pattern is
two masks, one shifted). Any other pattern (an operator such as "OP", an extension attribute,
another predicate) is matched by a Matcher holding only those patterns, and its matches are applied
at their place in the order, so the result is the stock component's whatever the patterns.
"""
from __future__ import annotations

import re
from typing import Any, Callable

import numpy
from spacy.attrs import DEP, IDS, IS_SPACE, LOWER, NORM, ORTH, TAG
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler
from spacy.strings import get_string_id
from spacy.tokens import Doc

# Token attributes a compiled pattern may test: read by `doc.to_array` exactly as the Matcher reads them.
STRING_ATTRS = {ORTH, LOWER, NORM, TAG, DEP}
READABLE_ATTRS = STRING_ATTRS | {IS_SPACE}
SET_PREDICATES = ("IN", "NOT_IN")

Mask = numpy.ndarray


class Unsupported(Exception):
    """A pattern the compiler does not take: it is left to a Matcher."""


@Language.factory("almanac_attribute_ruler")
def make_attribute_ruler(nlp: Language, name: str) -> "ArrayAttributeRuler":
    return ArrayAttributeRuler(nlp.vocab, name)


class ArrayAttributeRuler:
    """An AttributeRuler's patterns applied as array operations; `compile(stock)` takes its patterns."""

    def __init__(self, vocab, name: str = "attribute_ruler") -> None:
        self.vocab = vocab
        self.name = name
        self.stock: AttributeRuler | None = None
        # One step per stock pattern, in the stock order: ("masks", alternatives, attrs, index) or
        # ("matcher", key, attrs, index) for a pattern left to `self.matcher`.
        self.steps: list[tuple[str, Any, dict[int, int], int]] = []
        self.matcher: Matcher | None = None
        self.read_attrs: list[int] = []
        self.write_attrs: list[int] = []
        # Per attribute tested by REGEX: its patterns, and each value's results (a row of booleans).
        self.regexes: dict[int, list[re.Pattern]] = {}
        self.regex_cache: dict[int, dict[int, tuple[bool, ...]]] = {}

    def compile(self, stock: AttributeRuler) -> "ArrayAttributeRuler":
        self.stock = stock
        self.steps, leftover = [], []
        self.regexes, self.regex_cache = {}, {}
        read: set[int] = set()
        for number, (attrs, index) in enumerate(zip(stock.attrs, stock.indices)):
            alternatives = stock.matcher.get(str(number))[1]
            try:
                compiled = [self._compile_alternative(tokens, index) for tokens in alternatives]
            except Unsupported:
                leftover.append((number, alternatives))
                self.steps.append(("matcher", number, attrs, index))
                continue
            for tests, _ in compiled:
                read.update(attr for token_tests in tests for attr, _, _ in token_tests)
            self.steps.append(("masks", compiled, attrs, index))
        self.matcher = None
        if leftover:
            self.matcher = Matcher(self.vocab)
            for number, alternatives in leftover:
                self.matcher.add(str(number), alternatives)
        self.read_attrs = sorted(read)
        self.write_attrs = sorted({attr for attrs in stock.attrs for attr in attrs})
        return self

    def _compile_alternative(self, tokens: list[dict], index: int) -> tuple[list[list[tuple]], int]:
        """One alternative: per token a list of (attr, kind, value) tests, and the target position."""
        if not tokens or not -len(tokens) <= index < len(tokens):
            raise Unsupported  # spaCy raises on such a match: let its Matcher path do it
        return [self._compile_token(spec) for spec in tokens], index % len(tokens)

    def _compile_token(self, spec: dict) -> list[tuple]:
        tests = []
        for name, value in spec.items():
            if not isinstance(name, str):
                raise Unsupported
            upper = {"TEXT": "ORTH"}.get(name.upper(), name.upper())
            attr = IDS.get(upper)
            if attr not in READABLE_ATTRS:
                raise Unsupported  # OP, _, SENT_START, LENGTH, POS, MORPH...: the Matcher's own handling
            if isinstance(value, bool):
                tests.append((attr, "eq", int(value)))
            elif isinstance(value, str):
                tests.append((attr, "eq", self.vocab.strings.add(value)))
            elif isinstance(value, int):
                tests.append((attr, "eq", value))
            elif isinstance(value, dict) and len(value) == 1:
                ((predicate, argument),) = value.items()
                if predicate in SET_PREDICATES and isinstance(argument, (list, tuple)) \
                        and all(isinstance(v, (str, int)) for v in argument):
                    tests.append((attr, predicate, numpy.array(sorted({get_string_id(v) for v in argument}),
                                                               dtype=numpy.uint64)))
                elif predicate == "REGEX" and isinstance(argument, str) and attr in STRING_ATTRS:
                    patterns = self.regexes.setdefault(attr, [])
                    patterns.append(re.compile(argument))
                    tests.append((attr, "REGEX", len(patterns) - 1))
                else:
                    raise Unsupported
            else:
                raise Unsupported
        return tests

    def __call__(self, doc: Doc) -> Doc:
        if self.stock is None:
            raise ValueError("almanac_attribute_ruler has no patterns: call compile(stock_ruler) first")
        length = len(doc)
        if not length or not self.steps:
            return doc
        columns = doc.to_array(self.read_attrs) if self.read_attrs else numpy.zeros((length, 0), numpy.uint64)
        if columns.ndim == 1:
            columns = columns.reshape(length, 1)
        column_of = {attr: position for position, attr in enumerate(self.read_attrs)}
        values = doc.to_array(self.write_attrs)
        if values.ndim == 1:
            values = values.reshape(length, 1)
        out = {attr: values[:, position].copy() for position, attr in enumerate(self.write_attrs)}
        tests: dict[Any, Mask] = {}  # one mask per distinct test, this Doc
        regex_results: dict[int, Mask] = {}  # per attribute: tokens x its regexes

        def test_mask(attr: int, kind: str, value) -> Mask:
            key = (attr, kind, value if kind in ("eq", "REGEX") else id(value))
            found = tests.get(key)
            if found is None:
                column = columns[:, column_of[attr]]
                if kind == "eq":
                    found = column == numpy.uint64(value)
                elif kind == "IN":
                    found = numpy.isin(column, value)
                elif kind == "NOT_IN":
                    found = ~numpy.isin(column, value)
                else:
                    if attr not in regex_results:
                        regex_results[attr] = self._regex_results(attr, column)
                    found = regex_results[attr][:, value]
                tests[key] = found
            return found

        def token_mask(token_tests: list[tuple]) -> Mask:
            mask = numpy.ones(length, dtype=bool)
            for attr, kind, value in token_tests:
                mask &= test_mask(attr, kind, value)
            return mask

        leftover = self._leftover_matches(doc)
        for kind, compiled, attrs, index in self.steps:
            if kind == "matcher":
                targets = leftover.get(compiled)
                if targets is None:
                    continue
            else:
                targets = self._targets(compiled, token_mask, length)
                if targets is None:
                    continue
            for attr, value in attrs.items():
                out[attr][targets] = value
        doc.from_array(self.write_attrs, numpy.stack([out[attr] for attr in self.write_attrs], axis=1))
        return doc

    @staticmethod
    def _targets(compiled, token_mask: Callable[[list[tuple]], Mask], length: int):
        """The tokens a pattern's alternatives set: a boolean mask, or None when none matches."""
        hits = None
        for token_tests, index in compiled:
            span = len(token_tests)
            if span > length:
                continue
            starts = token_mask(token_tests[0])[:length - span + 1].copy()
            for offset in range(1, span):
                if not starts.any():
                    break
                starts &= token_mask(token_tests[offset])[offset:length - span + 1 + offset]
            if not starts.any():
                continue
            target = numpy.zeros(length, dtype=bool)
            target[index:index + len(starts)] = starts
            hits = target if hits is None else hits | target
        return hits

    def _regex_results(self, attr: int, column: numpy.ndarray) -> Mask:
        """The Matcher's REGEX tests (`search` on the attribute's string) on an attribute, tokens x patterns,
        computed once per distinct value and remembered."""
        patterns = self.regexes[attr]
        cache = self.regex_cache.setdefault(attr, {})
        if len(cache) > 100_000:  # a bound on memory; the results never change
            cache.clear()
        unique, inverse = numpy.unique(column, return_inverse=True)
        strings = self.vocab.strings
        rows = []
        for value in unique.tolist():
            row = cache.get(value)
            if row is None:
                text = strings[value]
                row = cache[value] = tuple(bool(pattern.search(text)) for pattern in patterns)
            rows.append(row)
        return numpy.array(rows, dtype=bool).reshape(len(unique), len(patterns))[inverse.reshape(-1)]

    def _leftover_matches(self, doc: Doc) -> dict[int, list[int]]:
        """Matches of the patterns not compiled, as the stock component finds them: pattern -> target tokens."""
        if self.matcher is None:
            return {}
        targets: dict[int, list[int]] = {}
        for match_id, start, end in self.matcher(doc, allow_missing=True, as_spans=False):
            number = int(self.vocab.strings[match_id])
            index = self.stock.indices[number]
            span_length = end - start
            if not -span_length <= index < span_length:
                raise ValueError(f"attribute ruler pattern {number} has index {index} outside its match of "
                                 f"{span_length} tokens")
            targets.setdefault(number, []).append(start + index % span_length)
        return targets

    def pipe(self, docs, batch_size: int = 128):
        for doc in docs:
            yield self(doc)


def install(nlp: Language, name: str = "attribute_ruler") -> bool:
    """Replace the model's attribute ruler `name` by the array version; False (stock kept) when there is none."""
    if name not in nlp.pipe_names:
        return False
    stock = nlp.get_pipe(name)
    if type(stock) is not AttributeRuler:
        return False
    fast = nlp.replace_pipe(name, "almanac_attribute_ruler")
    fast.compile(stock)
    return True
