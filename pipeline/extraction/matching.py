"""Running a rule Matcher only where it can match.

spaCy's Matcher tries every pattern at every token, so its cost grows with the length of the text
times the number of patterns, while dates and figures sit in a small part of an article. A match is
an unbroken run of tokens each of which some token pattern accepts, and it holds a token for each
required (not optional) token pattern of its rule. `MatchWindows` reads the rule patterns once,
decides per word form (cached) which token patterns accept a token, and runs the Matcher only on the
runs that have what some rule needs: the matches are exactly those of the whole Doc.

Only lexical attributes can be decided per word form: patterns may use LOWER, ORTH, TEXT and SHAPE,
each as a string, an IN list or a REGEX, with the operators ?, *, + and none.
"""
from __future__ import annotations

import json
import re
from typing import Callable, Iterable, Iterator

from spacy.attrs import ORTH
from spacy.matcher import Matcher
from spacy.tokens import Doc
from spacy.vocab import Vocab

LEXICAL_ATTRIBUTES = ("LOWER", "ORTH", "TEXT", "SHAPE")
REQUIRED_OPS = (None, "1", "+")
SUPPORTED_OPS = (*REQUIRED_OPS, "?", "*")
MEMBER = 1  # the flag bit of a word some token pattern accepts


class _FormIndex:
    """Which token patterns accept a word form, all at once: each literal value and each distinct regex
    of an attribute maps to the bits of the token patterns that hold it (a token pattern with several
    attributes is taken by any one of them: more word forms than the Matcher would, never fewer, which
    is all a prefilter needs). Looking a new word up costs a dict lookup per attribute and a search per
    distinct regex whose bits are not all set yet, not a pass over every token pattern."""

    def __init__(self) -> None:
        self.literals: dict[str, dict[str, int]] = {name: {} for name in LEXICAL_ATTRIBUTES}
        self._regex_bits: dict[str, dict[str, int]] = {name: {} for name in LEXICAL_ATTRIBUTES}

    def add(self, token_pattern: dict, bits: int) -> None:
        for attribute, value in token_pattern.items():
            if attribute == "OP":
                continue
            if isinstance(value, str):
                values, table = [value], self.literals[attribute]
            elif set(value) == {"IN"}:
                values, table = value["IN"], self.literals[attribute]
            else:
                values, table = [value["REGEX"]], self._regex_bits[attribute]
            for item in values:
                table[item] = table.get(item, 0) | bits

    def compile(self) -> None:
        self.regexes = {name: [(re.compile(source), bits) for source, bits in table.items()]
                        for name, table in self._regex_bits.items()}

    def __call__(self, forms: dict[str, str]) -> int:
        found = 0
        for attribute in LEXICAL_ATTRIBUTES:
            form = forms[attribute]
            found |= self.literals[attribute].get(form, 0)
            for regex, bits in self.regexes[attribute]:
                if bits & ~found and regex.search(form):
                    found |= bits
        return found


def _check(token_pattern: dict) -> None:
    op = token_pattern.get("OP")
    if op not in SUPPORTED_OPS:
        raise ValueError(f"token pattern {token_pattern!r}: operator {op!r} cannot be prefiltered")
    attributes = [name for name in token_pattern if name != "OP"]
    if not attributes:
        raise ValueError(f"token pattern {token_pattern!r} accepts any token and cannot be prefiltered")
    for name in attributes:
        value = token_pattern[name]
        if name not in LEXICAL_ATTRIBUTES or not (
                isinstance(value, str) or (isinstance(value, dict) and set(value) in ({"IN"}, {"REGEX"}))):
            raise ValueError(f"token pattern {token_pattern!r}: {name} cannot be prefiltered")


class MatchWindows:
    """The token runs of a Doc where a Matcher with these patterns can match."""

    def __init__(self, patterns: Iterable[list[dict]]) -> None:
        # Bit 0: some token pattern accepts the word; bits 1 and up: the distinct required token patterns.
        self.index = _FormIndex()
        bit_of: dict[str, int] = {}
        needs: set[int] = set()
        for pattern in patterns:
            need = 0
            for token_pattern in pattern:
                _check(token_pattern)
                self.index.add(token_pattern, MEMBER)
                if token_pattern.get("OP") not in REQUIRED_OPS:
                    continue
                key = json.dumps({k: v for k, v in token_pattern.items() if k != "OP"}, sort_keys=True)
                if key not in bit_of:
                    bit_of[key] = 1 << (len(bit_of) + 1)
                    self.index.add(token_pattern, bit_of[key])
                need |= bit_of[key]
            if not need:
                raise ValueError(f"pattern {pattern!r} has no required token and cannot be prefiltered")
            needs.add(need)
        # A run that has what one pattern needs may match; a need that holds another adds nothing.
        self.needs = sorted(need for need in needs if not any(other != need and other & need == other for other in needs))
        self.index.compile()
        self._flags: dict[int, int] = {}  # orth id -> -1 outside every pattern, else the required bits it meets
        self._may: dict[int, bool] = {}  # the required bits a run met -> whether some pattern has all it needs

    def _flag(self, orth: int, doc: Doc) -> int:
        flag = self._flags.get(orth)
        if flag is None:
            lexeme = doc.vocab[orth]
            found = self.index({"LOWER": lexeme.lower_, "ORTH": lexeme.orth_, "TEXT": lexeme.orth_,
                                "SHAPE": lexeme.shape_})
            flag = found & ~MEMBER if found & MEMBER else -1
            self._flags[orth] = flag
        return flag

    def _may_match(self, met: int) -> bool:
        may = self._may.get(met)
        if may is None:
            may = self._may[met] = any(need & met == need for need in self.needs)
        return may

    def runs(self, doc: Doc) -> Iterator[tuple[int, int]]:
        """(start, end) token offsets of the maximal runs of member tokens that hold, for some
        pattern, a token for each of its required token patterns."""
        start = None
        met = 0
        known = self._flags
        for index, orth in enumerate(doc.to_array(ORTH).tolist()):
            flag = known.get(orth)
            if flag is None:
                flag = self._flag(orth, doc)
            if flag < 0:
                if start is not None and self._may_match(met):
                    yield start, index
                start, met = None, 0
                continue
            if start is None:
                start = index
            met |= flag
        if start is not None and self._may_match(met):
            yield start, len(doc)


class RuleMatcher:
    """A Matcher of rule patterns (by rule id) that runs only on the runs of a Doc it can match."""

    def __init__(self, vocab: Vocab, rules: dict[str, list[list[dict]]]) -> None:
        self.vocab = vocab
        self.matcher = Matcher(vocab, validate=True)
        for rule_id, patterns in rules.items():
            self.matcher.add(rule_id, patterns)
        self.windows = MatchWindows(pattern for patterns in rules.values() for pattern in patterns)

    def __call__(self, doc: Doc) -> list[tuple[int, int, int]]:
        """(match_id, start, end) as `Matcher.__call__` on the whole Doc returns them, in its order."""
        found = []
        for start, end in self.windows.runs(doc):
            found.extend((match_id, start + match_start, start + match_end)
                         for match_id, match_start, match_end in self.matcher(doc[start:end]))
        return found


_RULE_MATCHERS: dict[tuple[str, int], RuleMatcher] = {}


def rule_matcher(name: str, vocab: Vocab, rules: Callable[[], dict[str, list[list[dict]]]]) -> RuleMatcher:
    """The RuleMatcher called `name` for this vocab, built once (the vocab is kept, so its id is
    never reused by another)."""
    cached = _RULE_MATCHERS.get((name, id(vocab)))
    if cached is None or cached.vocab is not vocab:
        cached = _RULE_MATCHERS[(name, id(vocab))] = RuleMatcher(vocab, rules())
    return cached
