"""Consistency checks with the real spaCy model: contradictions found by rule, consistent text left alone."""
from __future__ import annotations

import pytest


def checks_of(analyse, *paragraphs: str) -> tuple[list[dict], list[dict]]:
    rows = analyse("Sample trade\n\n" + "\n\n".join(paragraphs) + "\n").tables
    return rows["checks"], rows["figures"]


def ids_of(figures: list[dict], *texts: str) -> list[int]:
    return [next(row["figure_id"] for row in figures if row["text"] == text) for text in texts]


@pytest.mark.parametrize("sentence, first, second", [
    ("Exports fell from $3 million in 2001 to $5 million in 2002.", "$3 million", "$5 million"),
    ("Coal shipments dropped from 12,000 tonnes to 19,500 tonnes.", "12,000 tonnes", "19,500 tonnes"),
    ("Trade declined from US$40 million, its level before the crisis, to US$62 million in 1999.", "US$40 million", "US$62 million"),
    ("The catch rose from 800 tons in 1990 to 650 tons in 1991.", "800 tons", "650 tons"),
])
def test_direction_words_against_the_amounts(analyse, sentence, first, second):
    checks, figures = checks_of(analyse, sentence)
    assert [(c["check"], c["figure_ids"]) for c in checks] == [("direction", ids_of(figures, first, second))]
    assert checks[0]["text"] == first and checks[0]["message"]


@pytest.mark.parametrize("sentence", [
    "Exports fell from $5 million in 2001 to $3 million in 2002.",
    "Imports grew from 2,000 tons to 2,600 tons, and then to 2,900 tons.",
    "Aid dropped from $1.04 billion to $1.035 billion.",  # equal within the rounding as written
])
def test_consistent_directions_give_no_check(analyse, sentence):
    checks, _ = checks_of(analyse, sentence)
    assert checks == []


def test_percent_change_that_does_not_match_its_amounts(analyse):
    checks, figures = checks_of(
        analyse,
        "Between 2000 and 2004 trade grew from $100 million to $150 million, an increase of 20%.",
        "Tourism revenue rose from $80 million to $100 million, an increase of 25%.",
        "Fish exports went up from 400 tonnes to 500 tonnes, a rise of 25.5 percent.",
    )
    found = [(c["check"], c["figure_ids"]) for c in checks]
    assert found == [("percent_change", ids_of(figures, "$100 million", "$150 million", "20%"))]


def test_prose_figure_against_the_table(analyse):
    checks, figures = checks_of(
        analyse,
        "Exports reached $2.1 billion in 2004, and $2.6 billion in 2006.",
        "year 2004 2006\nexports (million$) 1500 2600",
    )
    assert [(c["check"], c["figure_ids"]) for c in checks] == [("prose_vs_table", ids_of(figures, "$2.1 billion", "1500"))]
    assert "2004" in checks[0]["message"]


def test_a_peak_exceeded_later_and_shares_over_the_whole(analyse):
    checks, figures = checks_of(
        analyse,
        "At the peak of the boom in 1985, trade was worth $900 million. In 1989 trade reached $1.2 billion.",
        "The main exports were timber (60%), fish (30%) and ore (25%).",
    )
    found = sorted((c["check"], c["figure_ids"]) for c in checks)
    assert found == [
        ("peak", ids_of(figures, "$900 million", "$1.2 billion")),
        ("share_total", ids_of(figures, "60%", "30%", "25%")),
    ]


def test_founding_article_apparent_errors_are_found(founding_rows):
    checks = founding_rows.tables["checks"]
    figures = {row["figure_id"]: row for row in founding_rows.tables["figures"]}
    kinds = {c["check"] for c in checks}
    assert {"direction", "prose_vs_table", "peak"} <= kinds
    # Every check names figures that exist, and its span is the first figure's.
    for check in checks:
        first = figures[check["figure_ids"][0]]
        assert (check["start"], check["end"]) == (first["start"], first["end"])
    # The checked-and-consistent parts (the 64% increase, the shares) raise nothing.
    assert "percent_change" not in kinds and "share_total" not in kinds
