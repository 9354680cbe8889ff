"""Shared fixtures. Tests run the real spaCy model; the founding article is read from ../shared."""
from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.language.nlp import load_nlp
from pipeline.runs.rows import process_text

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
FOUNDING_ARTICLE = SHARED / "corpus" / "north-korea-russia-relations.txt"
FOUNDING_GOLD = SHARED / "gold" / "north-korea-russia-relations.gold.json"
CORPUS = REPO / "corpus"


@pytest.fixture(scope="session")
def nlp():
    return load_nlp()


@pytest.fixture(scope="session")
def founding_raw() -> str:
    if not FOUNDING_ARTICLE.exists():
        pytest.skip("../shared/corpus is not beside the repository")
    return FOUNDING_ARTICLE.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def founding_rows(founding_raw, nlp):
    """All table rows of the founding article (processed once per test session)."""
    return process_text(founding_raw, doc_id="north-korea-russia-relations")


@pytest.fixture(scope="session")
def analyse(nlp):
    """analyse(text) -> DocumentRows for a short article of our own."""

    def run(text: str, doc_id: str = "sample", markup: str = "text"):
        return process_text(text, doc_id=doc_id, markup=markup)

    return run
