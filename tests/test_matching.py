"""Rule matchers run only on the token runs that can match, and find exactly what a whole-Doc run finds."""
from __future__ import annotations

import pytest
from spacy.matcher import Matcher

from pipeline.extraction.dates import date_rule_patterns
from pipeline.extraction.figures import figure_rule_patterns
from pipeline.extraction.matching import MatchWindows, RuleMatcher, rule_matcher

# Sentences of our own, with dates and figures in several wordings, and some with neither.
TEXTS = [
    "The treaty was signed on 12 March 1996 in Vienna, and it came into force the following year.",
    "Between 1990 and 1995 exports fell from $2.5 billion to about US$900 million a year.",
    "In the early 1980s the mine produced 830,000 tonnes of coal, some 40 percent of the national output.",
    "Delegations met twice. Nobody spoke to the press afterwards, and the talks ended without a statement.",
    "By mid-2004, three hundred and twenty soldiers and five million dollars had been sent north.",
    "The 19th-century fort stood until the late 1800s; between 12% and 15% of it survives.",
    "Trade reached ¥30bn in 2011-12, up from two thousand tonnes of grain in the first half of 2010.",
]


@pytest.mark.parametrize("name, rules", [("dates", date_rule_patterns), ("figures", figure_rule_patterns)])
def test_windowed_matches_equal_whole_doc_matches(nlp, name, rules):
    plain = Matcher(nlp.vocab, validate=True)
    for rule_id, patterns in rules().items():
        plain.add(rule_id, patterns)
    windowed = rule_matcher(name, nlp.vocab, rules)
    found_any = False
    for doc in nlp.pipe(TEXTS):
        expected = plain(doc)
        assert windowed(doc) == expected
        found_any = found_any or bool(expected)
    assert found_any


def test_runs_skip_words_no_pattern_takes_and_runs_without_what_a_pattern_needs(nlp):
    windows = MatchWindows([[{"LOWER": "in"}, {"SHAPE": "dddd"}], [{"LOWER": "early"}, {"LOWER": "in", "OP": "?"}]])
    doc = nlp.make_doc("They met in Paris in 1990 and in early spring in the town; 1991 was quiet.")
    runs = [doc[start:end].text for start, end in windows.runs(doc)]
    # "in" alone and "1991" alone have only part of what a pattern needs; "in 1990" and "in early" all
    assert runs == ["in 1990", "in early"]


def test_rule_matcher_is_built_once_per_vocab(nlp):
    assert rule_matcher("dates", nlp.vocab, date_rule_patterns) is rule_matcher("dates", nlp.vocab, date_rule_patterns)


@pytest.mark.parametrize("pattern", [
    [{}],                                        # any token
    [{"LOWER": "in"}, {"POS": "NUM"}],           # not decided by the word form
    [{"LOWER": "in", "OP": "!"}],                # negation takes any other word
    [{"LOWER": "in", "OP": "?"}],                # nothing required: no anchor
    [{"LOWER": {"NOT_IN": ["in"]}}],
])
def test_patterns_that_cannot_be_prefiltered_are_refused(nlp, pattern):
    with pytest.raises(ValueError):
        RuleMatcher(nlp.vocab, {"rule": [pattern]})
