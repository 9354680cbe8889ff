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
from dataclasses import dataclass, field
from typing import Callable, Iterable, Iterator

from spacy.attrs import ORTH
from spacy.matcher import Matcher
from spacy.tokens import Doc
from spacy.vocab import Vocab

LEXICAL_ATTRIBUTES = ("LOWER", "ORTH", "TEXT", "SHAPE")
REQUIRED_OPS = (None, "1", "+")
SUPPORTED_OPS = (*REQUIRED_OPS, "?", "*")


@dataclass
class _Accepts:
    """The word forms a set of token patterns accepts: literal values and regexes per attribute."""

    literals: dict[str, set[str]] = field(default_factory=lambda: {name: set() for name in LEXICAL_ATTRIBUTES})
    regexes: dict[str, list[re.Pattern]] = field(default_factory=lambda: {name: [] for name in LEXICAL_ATTRIBUTES})

    def add(self, token_pattern: dict) -> None:
        for attribute, value in token_pattern.items():
            if attribute == "OP":
                continue
            if isinstance(value, str):
                self.literals[attribute].add(value)
            elif set(value) == {"IN"}:
                self.literals[attribute].update(value["IN"])
            else:
                self.regexes[attribute].append(re.compile(value["REGEX"]))

    def __call__(self, forms: dict[str, str]) -> bool:
        # One attribute is enough: for a token pattern with several this takes more word forms than
        # the Matcher would, never fewer, which is all a prefilter needs.
        return any(
            forms[attribute] in self.literals[attribute]
            or any(regex.search(forms[attribute]) for regex in self.regexes[attribute])
            for attribute in LEXICAL_ATTRIBUTES
        )


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
        self.member = _Accepts()
        self.required: list[_Accepts] = []  # the distinct required token patterns, one bit each
        bit_of: dict[str, int] = {}
        needs: set[int] = set()
        for pattern in patterns:
            need = 0
            for token_pattern in pattern:
                _check(token_pattern)
                self.member.add(token_pattern)
                if token_pattern.get("OP") not in REQUIRED_OPS:
                    continue
                key = json.dumps({k: v for k, v in token_pattern.items() if k != "OP"}, sort_keys=True)
                if key not in bit_of:
                    bit_of[key] = len(self.required)
                    self.required.append(_Accepts())
                    self.required[-1].add(token_pattern)
                need |= 1 << bit_of[key]
            if not need:
                raise ValueError(f"pattern {pattern!r} has no required token and cannot be prefiltered")
            needs.add(need)
        # A run that has what one pattern needs may match; a need that holds another adds nothing.
        self.needs = sorted(need for need in needs if not any(other != need and other & need == other for other in needs))
        self._flags: dict[int, int] = {}  # orth id -> -1 outside every pattern, else the required bits it meets

    def _flag(self, orth: int, doc: Doc) -> int:
        flag = self._flags.get(orth)
        if flag is None:
            lexeme = doc.vocab[orth]
            forms = {"LOWER": lexeme.lower_, "ORTH": lexeme.orth_, "TEXT": lexeme.orth_, "SHAPE": lexeme.shape_}
            flag = -1
            if self.member(forms):
                flag = sum(1 << bit for bit, accepts in enumerate(self.required) if accepts(forms))
            self._flags[orth] = flag
        return flag

    def _may_match(self, met: int) -> bool:
        return any(need & met == need for need in self.needs)

    def runs(self, doc: Doc) -> Iterator[tuple[int, int]]:
        """(start, end) token offsets of the maximal runs of member tokens that hold, for some
        pattern, a token for each of its required token patterns."""
        start = None
        met = 0
        for index, orth in enumerate(doc.to_array(ORTH).tolist()):
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
