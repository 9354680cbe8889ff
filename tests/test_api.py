"""`import almanac`: extract one article into DataFrames, run like `almanac run`; the same tables either way."""
from __future__ import annotations

import subprocess
import sys

import pandas as pd
import pytest

import almanac
from pipeline.tables.schema import TABLES, columns_of
from pipeline.tables.writer import read_table
from tests.conftest import CORPUS, REPO

TREATY = "In 1996 Russia and North Korea signed a treaty worth $3 billion."


def test_extract_text_gives_every_table_with_its_columns(nlp):
    tables = almanac.extract(TREATY)
    assert list(tables) == list(TABLES)
    for name, frame in tables.items():
        assert isinstance(frame, pd.DataFrame)
        assert list(frame.columns) == columns_of(TABLES[name])
    (event,) = tables["events"].to_dict(orient="records")
    assert (event["trigger"], event["type"], event["date"], event["participants"]) == (
        "signed", "agreement", "1996", ["PRK", "RUS"])
    (figure,) = tables["figures"].to_dict(orient="records")
    assert (figure["kind"], figure["value"], figure["unit"], figure["period"]) == ("money", 3e9, "USD", "1996")
    assert TREATY[figure["start"]:figure["end"]] == figure["text"] == "$3 billion"


def test_a_long_line_of_text_is_text_not_a_file_name(nlp):
    # One line longer than a file name may be (255 bytes) is read as the article, not tried as a path.
    line = " ".join([TREATY] * 6)
    assert len(line) > 255 and "\n" not in line
    tables = almanac.extract(line)
    assert len(tables["events"]) == 6
    assert all(line[row.start:row.end] == row.text for row in tables["figures"].itertuples())


def test_a_text_is_prose_from_its_first_line_and_its_title_is_given_apart(nlp):
    titled = almanac.extract(TREATY, title="North Korea–Russia relations", doc_id="nk-ru")
    documents = titled["documents"].to_dict(orient="records")
    assert [(d["doc_id"], d["title"]) for d in documents] == [("nk-ru", "North Korea–Russia relations")]
    assert list(titled["sentences"]["block"]) == ["paragraph"]


def test_extract_a_path_gives_the_tables_almanac_run_writes(tmp_path, nlp):
    article = CORPUS / "japan-australia-trade.txt"
    summary = almanac.run([article], out=tmp_path / "out", fmt="parquet")
    assert (summary.documents, summary.failures) == (1, [])
    extracted = almanac.extract(article)
    for name in TABLES:
        written = read_table(tmp_path / "out" / f"{name}.parquet")
        pd.testing.assert_frame_equal(extracted[name], written, obj=name)
    assert len(extracted["figures"]) > 5 and len(extracted["events"]) > 5


def test_run_is_incremental_and_returns_the_summary_almanac_run_prints(tmp_path, nlp):
    out = tmp_path / "out"
    first = almanac.run(str(CORPUS), out=out, fmt="csv")
    again = almanac.run(str(CORPUS), out=out, fmt="csv")
    assert first.documents == 4 and (again.documents, again.skipped) == (0, 4)
    assert again.as_dict()["rows"] == first.rows
    assert first.rows["events"] == len(pd.read_csv(out / "events.csv"))


def test_a_bad_article_raises_and_prints_nothing(capsys, nlp):
    with pytest.raises(almanac.InputError, match="no article text"):
        almanac.extract("   \n  ")
    with pytest.raises(almanac.InputError, match="markup"):
        almanac.extract(TREATY, markup="html")
    assert capsys.readouterr() == ("", "")


def test_wikitext_given_as_a_string(nlp):
    tables = almanac.extract("In [[1996]], [[Russia]] and [[North Korea]] signed a treaty.<ref>x</ref>",
                             markup="wikitext")
    assert list(tables["events"]["trigger"]) == ["signed"]


def test_the_readme_one_liner(nlp):
    command = "import almanac; print(almanac.extract(%r)['events'].to_dict(orient='records'))" % TREATY
    result = subprocess.run([sys.executable, "-c", command], cwd=REPO, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert "'trigger': 'signed'" in result.stdout and "'participants': ['PRK', 'RUS']" in result.stdout
