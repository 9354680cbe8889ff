"""Provenance: every row of every table points into the raw text: raw[start:end] == text.

Checked on the founding article (../shared) and on every article of corpus/, for all tables
that `almanac run` writes.
"""
from __future__ import annotations

import pytest

from pipeline.runs.run import run
from pipeline.tables.schema import TABLES, SpanTable
from pipeline.tables.writer import read_table

from .conftest import CORPUS, FOUNDING_ARTICLE

SPAN_TABLES = [name for name, model in TABLES.items() if issubclass(model, SpanTable)]


@pytest.fixture(scope="module")
def founding_tables(tmp_path_factory, nlp):
    if not FOUNDING_ARTICLE.exists():
        pytest.skip("../shared/corpus is not beside the repository")
    out = tmp_path_factory.mktemp("founding")
    run([str(FOUNDING_ARTICLE)], out)
    return out, {FOUNDING_ARTICLE.stem: FOUNDING_ARTICLE.read_text(encoding="utf-8")}


@pytest.fixture(scope="module")
def corpus_tables(tmp_path_factory, nlp):
    articles = sorted(CORPUS.glob("*.txt"))
    assert len(articles) >= 3, "corpus/ must ship at least three articles"
    out = tmp_path_factory.mktemp("corpus")
    run([str(CORPUS)], out)
    return out, {path.stem: path.read_text(encoding="utf-8") for path in articles}


def assert_provenance(out, raws):
    checked = 0
    for table in SPAN_TABLES:
        frame = read_table(out / f"{table}.parquet")
        for row in frame.itertuples(index=False):
            raw = raws[row.doc_id]
            assert 0 <= row.start < row.end <= len(raw), (table, row)
            assert raw[row.start:row.end] == row.text, (table, row.start, row.end, row.text)
            checked += 1
    return checked


def test_every_row_of_every_table_on_the_founding_article(founding_tables):
    assert assert_provenance(*founding_tables) > 100


def test_every_row_of_every_table_on_the_corpus(corpus_tables):
    assert assert_provenance(*corpus_tables) > 100


def test_founding_article_has_no_page_debris_in_sentences(founding_tables):
    out, _ = founding_tables
    sentences = read_table(out / "sentences.parquet")
    for debris in ["[edit]", "Contents", "References", "Languages", "External links", "Flag of"]:
        assert not sentences["text"].str.contains(debris, regex=False).any(), debris


def test_founding_article_headings_are_their_own_sentences(founding_tables, founding_raw):
    out, _ = founding_tables
    sentences = read_table(out / "sentences.parquet")
    headings = [line.split("]", 1)[1].strip() for line in founding_raw.splitlines() if line.startswith("[edit]")]
    kept = [h for h in headings if h not in {"External links", "References"}]
    assert set(sentences.loc[sentences["block"] == "heading", "text"]) == set(kept)
    paragraphs = sentences[sentences["block"] == "paragraph"]
    for heading in kept:
        assert not paragraphs["text"].str.startswith(heading + " ").any(), heading
    # Every paragraph sentence after a heading carries that heading as its section
    assert set(paragraphs["section"].dropna()) <= set(kept)
