"""Bad values, encodings, export detection and outputs people open: each case here failed before it was fixed."""
from __future__ import annotations

import bz2
import gzip
import json

import numpy as np
import pandas as pd
import pytest
from typer.testing import CliRunner

from pipeline.cli import EXIT_NO_INPUT, EXIT_OK, EXIT_OUTPUT, EXIT_PARTIAL, app
from pipeline.errors import ValidationFailed
from pipeline.extraction.numbers import parse_amount
from pipeline.reading.ingest import decode_document
from pipeline.tables.schema import frame_from_rows, validate_table
from pipeline.tables.writer import read_table, write_table
from tests.test_xmldump import export_xml, page_xml, revision_xml

ARTICLE = "The harbour was deepened in 1911. By 1990 it handled about 2.1 million tonnes of cargo.\n"


@pytest.fixture(scope="module")
def runner():
    return CliRunner()


def run(runner, *args):
    result = runner.invoke(app, ["run", *map(str, args), "--quiet"])
    assert "Traceback" not in result.output + result.stderr
    return result


# -- numbers that are not amounts ---------------------------------------------------------------------


@pytest.mark.parametrize("text", ["$" + "9" * 400, "1" + "0" * 330 + " tonnes", "9" * 320 + " percent"])
def test_an_amount_too_large_for_a_float_is_no_figure(text):
    assert parse_amount(text) is None


def test_the_schema_rejects_non_finite_numbers(analyse):
    rows = analyse("Trade\n\nExports reached $5 million in 2004.\n").tables["figures"]
    assert rows, "the sentence has a figure"
    for column, bad in (("value", np.inf), ("low", -np.inf)):
        frame = frame_from_rows("figures", [dict(rows[0], **{column: bad})])
        with pytest.raises(ValidationFailed, match="numbers_are_finite"):
            validate_table("figures", frame)


def test_a_vandalised_amount_gives_no_infinite_figure(runner, nlp, tmp_path):
    article = tmp_path / "vandal.txt"
    article.write_text(f"Budget\n\nIn 2004 the budget was ${'9' * 400}.\n\nExports reached $5 million in 2004.\n")
    result = run(runner, article, "--out", tmp_path / "out", "--format", "jsonl")
    assert result.exit_code == EXIT_OK, result.output
    lines = (tmp_path / "out" / "figures.jsonl").read_text().splitlines()
    figures = [json.loads(line) for line in lines]  # strict JSON: no Infinity
    assert [f["value"] for f in figures] == [5e6]


# -- encodings -------------------------------------------------------------------------------------------


@pytest.mark.parametrize("codec", ["utf-8-sig", "utf-16", "utf-16-be", "utf-32"])
def test_a_byte_order_mark_names_the_encoding_and_is_not_text(codec):
    # Python's utf-8-sig, utf-16 and utf-32 codecs write the mark themselves; utf-16-be does not.
    data = (("\ufeff" if codec == "utf-16-be" else "") + "Café opened in 1911.").encode(codec)
    assert decode_document(data, "x") == "Café opened in 1911."


def test_utf16_without_a_mark_is_named_as_such():
    with pytest.raises(ValueError, match="UTF-16 without a byte-order mark"):
        decode_document("Cafe opened in 1911.".encode("utf-16-le"), "x")


def test_offsets_of_a_utf16_article_are_on_its_decoded_text(runner, nlp, tmp_path):
    article = tmp_path / "harbour.txt"
    article.write_bytes(ARTICLE.encode("utf-16"))
    result = run(runner, article, "--out", tmp_path / "out")
    assert result.exit_code == EXIT_OK, result.stderr
    dates = read_table(tmp_path / "out" / "dates.parquet")
    assert list(dates["text"]) == ["1911", "1990"]
    assert all(ARTICLE[s:e] == t for s, e, t in zip(dates["start"], dates["end"], dates["text"]))


# -- exports are told by their content ---------------------------------------------------------------------

EXPORT = export_xml([page_xml("Harbour of Tromsø", 7, [revision_xml(70, ARTICLE)])])


@pytest.mark.parametrize("name, pack", [
    ("enwiki-20160501-pages-articles1.xml-p1p41242.bz2", bz2.compress),
    ("export.bz2", bz2.compress),
    ("export.gz", gzip.compress),
    ("plain-xml-called.bz2", lambda data: data),
    ("export-saved-as.txt", lambda data: data),
])
def test_an_export_is_read_whatever_its_name(runner, nlp, tmp_path, name, pack):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / name).write_bytes(pack(EXPORT.encode("utf-8")))
    for given in (tmp_path / "in" / name, tmp_path / "in"):  # named, and found in a folder
        out = tmp_path / f"out-{given.name}"
        result = run(runner, given, "--out", out)
        assert result.exit_code == EXIT_OK, result.stderr
        documents = read_table(out / "documents.parquet")
        assert list(documents["revision_id"]) == [70]


def test_compressed_text_that_is_no_export_is_named(runner, nlp, tmp_path):
    (tmp_path / "notes.txt.bz2").write_bytes(bz2.compress(ARTICLE.encode()))
    (tmp_path / "good.txt").write_text(ARTICLE)
    result = run(runner, tmp_path / "notes.txt.bz2", tmp_path / "good.txt", "--out", tmp_path / "out")
    assert result.exit_code == EXIT_PARTIAL
    assert "compressed, but not a MediaWiki XML export" in result.stderr


# -- CSV cells are never formulas --------------------------------------------------------------------------


def test_csv_cells_that_look_like_formulas_are_neutralised_and_read_back(tmp_path):
    texts = ["=SUM(A1:A9)", "+1 trade", "-5 million", "@cmd", "'quoted", "plain", "\tTab"]
    frame = pd.DataFrame({"text": texts, "n": [-1, 2, 3, 4, 5, 6, 7]})
    path = write_table(frame, tmp_path, "cells", "csv")
    written = path.read_text().splitlines()[1:]
    assert [line.split(",")[0] for line in written[:5]] == ["'=SUM(A1:A9)", "'+1 trade", "'-5 million", "'@cmd",
                                                            "''quoted"]
    assert written[5].startswith("plain,") and written[0].endswith(",-1")  # numbers stay numbers
    assert list(read_table(path)["text"]) == texts


def test_csv_tables_keep_provenance_through_neutralising(runner, nlp, tmp_path):
    article = tmp_path / "signs.txt"
    article.write_text("Trade figures\n\n-In 2004 trade fell by 5%.\n\n=In 1999 the treaty was signed.\n")
    result = run(runner, article, "--out", tmp_path / "out", "--format", "csv")
    assert result.exit_code == EXIT_OK
    raw = article.read_text()
    sentences = read_table(tmp_path / "out" / "sentences.csv")
    assert any(text.startswith(("-", "=")) for text in sentences["text"])
    assert "'-In 2004" in (tmp_path / "out" / "sentences.csv").read_text()
    assert all(raw[s:e] == t for s, e, t in zip(sentences["start"], sentences["end"], sentences["text"]))


# -- outputs that cannot be written: one line, their own exit code -----------------------------------------


def test_outputs_that_cannot_be_written_are_one_line_and_exit_7(runner, nlp, tmp_path):
    article = tmp_path / "harbour.txt"
    article.write_text(ARTICLE)
    a_file = tmp_path / "a-file"
    a_file.write_text("x")
    checks = [
        ["run", str(article), "--out", str(a_file), "--quiet"],
        ["diff", str(tmp_path / "tables"), "--out", str(a_file)],
        ["report", str(tmp_path / "tables"), "--out", str(tmp_path)],
    ]
    assert runner.invoke(app, ["run", str(article), "--out", str(tmp_path / "tables"), "--quiet"]).exit_code == 0
    for args in checks:
        result = runner.invoke(app, args)
        assert result.exit_code == EXIT_OUTPUT, (args, result.output)
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("almanac: error:") and "Traceback" not in result.output
    assert a_file.read_text() == "x"


def test_evaluate_json_into_a_folder_is_exit_7(runner, tmp_path):
    from tests.test_gold import article_gold, write_case

    write_case(tmp_path / "gold", article_gold())
    result = runner.invoke(app, ["evaluate", str(tmp_path / "gold"), "--json", str(tmp_path)])
    assert result.exit_code == EXIT_OUTPUT and "is a folder" in result.stderr
    assert runner.invoke(app, ["evaluate", str(tmp_path / "missing")]).exit_code == EXIT_NO_INPUT


# -- vandalised revisions cost what a normal one does ------------------------------------------------------


@pytest.mark.parametrize("mark", [")", "'", "]", "!"])
@pytest.mark.parametrize("markup", ["text", "wikitext"])
def test_a_long_run_of_one_mark_is_cut_in_the_clean_text_with_exact_offsets(analyse, mark, markup):
    raw = f"Harbour\n\nIn 1999 the harbour{mark * 32_000} handled 2.1 million tonnes.\n\nIt closed in 2004.\n"
    rows = analyse(raw, markup=markup).tables
    assert [d["text"] for d in rows["dates"]] == ["1999", "2004"]
    assert [f["value"] for f in rows["figures"]] == [2.1e6]
    for table in ("sentences", "dates", "figures", "events"):
        assert all(raw[row["start"]:row["end"]] == row["text"] for row in rows[table])
    assert any(mark * 32_000 in row["text"] for row in rows["sentences"])  # the run is in its sentence, whole


def test_short_runs_of_marks_are_kept_as_written():
    from pipeline.reading.clean import clean_rendered_text

    raw = "Title\n\nThe vote (1999)))) was close!!! It passed '''''in 2004'''''.\n"
    assert "(1999)))) was close!!! It passed '''''in 2004'''''." in clean_rendered_text(raw).text


# -- a write cut short leaves the old table ----------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["parquet", "csv", "jsonl"])
def test_a_write_that_fails_half_way_leaves_the_old_table_intact(tmp_path, monkeypatch, fmt):
    old = pd.DataFrame({"text": ["old row"], "n": [1]})
    path = write_table(old, tmp_path, "cells", fmt)
    before = path.read_bytes()

    def half_written(frame, target, *args, **kwargs):
        with open(target, "wb") as out:  # wherever the writer points it, half a table lands there
            out.write(before[: len(before) // 2] or b"x")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(pd.DataFrame, "to_parquet", half_written)
    monkeypatch.setattr(pd.DataFrame, "to_csv", half_written)
    import pipeline.tables.writer as writer

    real_jsonable, calls = writer.jsonable, []

    def fails_on_the_second_row(record):  # JSONL: the first row is written, then the disk is full
        calls.append(record)
        if len(calls) == 2:
            raise OSError(28, "No space left on device")
        return real_jsonable(record)

    monkeypatch.setattr(writer, "jsonable", fails_on_the_second_row)
    with pytest.raises(Exception, match="No space left|cannot write"):
        write_table(pd.DataFrame({"text": ["new row", "another"], "n": [2, 3]}), tmp_path, "cells", fmt)
    monkeypatch.undo()
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == [path.name]  # no temp file left behind
