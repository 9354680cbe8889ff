"""Publishing: a run's tables are one set switched in by one rename; a Parquet table is a dataset folder of
chunks cut by doc_id, so a run rewrites only the chunks it touched, and the files are the same whatever
runs it took; readers read one generation and name an older layout in one line."""
from __future__ import annotations

import os
import sqlite3

import pandas as pd
import pytest
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.errors import InputError
import pipeline.tables.layout as layout_module
from pipeline.runs.run import run
from pipeline.tables.layout import chunk_file_name, chunks_of, published_folder, table_files
from pipeline.tables.schema import TABLES
from pipeline.tables.writer import read_table
from pipeline.tools.diff import read_tables as diff_read_tables
from pipeline.tools.cases import read_tables as evaluate_read_tables
from pipeline.tools.report import load_tables

from .conftest import CORPUS
from .test_manifest import ARTICLES, write_articles

MORE = {
    f"town-{index}": f"Town {index}\n\nTown {index} is a river port. It was founded in {1600 + 11 * index}.\n\n"
                     f"History\n\nA bridge was built in {1800 + 3 * index}."
    for index in range(8)
}


def files_by_name(out, table, fmt="parquet"):
    return {file.name: file.read_bytes() for file in table_files(out / f"{table}.{fmt}")}


@pytest.fixture
def small_chunks(monkeypatch):
    """Chunks of about two documents, so a handful of articles makes several."""
    monkeypatch.setattr(layout_module, "CHUNK_DOCS", 2)


def test_chunks_depend_only_on_the_doc_ids_and_a_new_one_changes_one_chunk(small_chunks):
    doc_ids = [f"page-{index}" for index in range(40)]
    chunks = chunks_of(doc_ids)
    assert [doc for chunk in chunks for doc in chunk] == sorted(doc_ids) and len(chunks) > 5
    assert chunks_of(list(reversed(doc_ids))) == chunks
    grown = chunks_of(doc_ids + ["page-205"])
    changed = [chunk for chunk in grown if chunk not in chunks]
    assert len(changed) <= 2 and any("page-205" in chunk for chunk in changed)  # its chunk, split at most
    # names sort as the doc_ids do, a doc_id that is a prefix of another first
    names = [chunk_file_name(doc_id, "0" * 64) for doc_id in ("ab", "abc", "abd", "b", "\u00e9t\u00e9")]
    assert names == sorted(names)


def test_an_incremental_run_rewrites_only_the_chunks_it_touched(tmp_path, nlp, small_chunks):
    inputs = write_articles(tmp_path / "in", {**ARTICLES, **MORE})
    out = tmp_path / "out"
    run([str(inputs)], out)
    before = {file.name: file.stat().st_ino for file in table_files(out / "sentences.parquet")}
    assert len(before) > 3
    (inputs / "town-3.txt").write_text(MORE["town-3"] + " A mill opened in 1851.", encoding="utf-8")
    summary = run([str(inputs)], out)
    assert summary.documents == 1
    after = {file.name: file.stat().st_ino for file in table_files(out / "sentences.parquet")}
    rewritten = [name for name, inode in after.items() if before.get(name) != inode]
    assert len(rewritten) == 1  # the chunk of town-3; every other file is the same file (a hard link)
    sentences = read_table(out / "sentences.parquet")
    assert "A mill opened in 1851." in set(sentences["text"])
    assert sentences["doc_id"].is_monotonic_increasing


@pytest.mark.parametrize("fmt", ["parquet", "csv", "jsonl"])
def test_incremental_runs_give_the_same_files_as_one_run(tmp_path, nlp, small_chunks, fmt):
    inputs = write_articles(tmp_path / "in", {**ARTICLES, **MORE})
    out, single = tmp_path / "out", tmp_path / "single"
    names = sorted(path.name for path in inputs.iterdir())
    for start in range(0, len(names), 4):  # four articles a run
        run([str(inputs / name) for name in names[start:start + 4]], out, fmt)
    run([str(inputs)], single, fmt)
    for table in TABLES:
        if table == "documents":  # `source` names each file as it was given
            pd.testing.assert_frame_equal(read_table(out / f"{table}.{fmt}").drop(columns=["source"]),
                                          read_table(single / f"{table}.{fmt}").drop(columns=["source"]))
        else:
            assert files_by_name(out, table, fmt) == files_by_name(single, table, fmt), table


def test_pandas_reads_a_published_table_as_almanac_does(tmp_path, nlp, small_chunks):
    inputs = write_articles(tmp_path / "in", {**ARTICLES, **MORE})
    out = tmp_path / "out"
    run([str(inputs)], out)
    generation = os.path.realpath(out / "tables")  # the documented way: resolve once, then read
    for table in TABLES:
        ours = read_table(out / f"{table}.parquet")
        theirs = pd.read_parquet(f"{generation}/{table}.parquet")
        assert len(theirs) == len(ours) and list(theirs.columns) == list(ours.columns)
        assert theirs["doc_id"].tolist() == ours["doc_id"].tolist()  # file order is row order
    run([str(inputs)], tmp_path / "csv", "csv")
    assert len(pd.read_csv(tmp_path / "csv" / "sentences.csv")) == len(read_table(out / "sentences.parquet"))


def test_readers_read_the_generation_published_when_they_start(tmp_path, nlp):
    inputs = write_articles(tmp_path / "in")
    out = tmp_path / "out"
    run([str(inputs / "harbour-town.txt")], out)
    first = published_folder(out)
    run([str(inputs)], out)
    # A reader that resolved the folder before the second run published still reads the first set, whole.
    assert set(read_table(first / "documents.parquet")["doc_id"]) == {"harbour-town"}
    assert set(read_table(first / "sentences.parquet")["doc_id"]) == {"harbour-town"}
    assert published_folder(out) != first
    assert set(evaluate_read_tables(out)["documents"]["doc_id"]) == set(ARTICLES)
    assert set(diff_read_tables(out)["sentences"]["doc_id"]) == set(ARTICLES)
    assert set(load_tables(out)["documents"]["doc_id"]) == set(ARTICLES)


def old_layout(folder):
    """An output folder as almanac 0.2 left it: tables at the top level, no `tables` link."""
    (folder / ".almanac").mkdir(parents=True)
    sqlite3.connect(folder / ".almanac" / "manifest.sqlite").close()
    pd.DataFrame({"doc_id": ["a"]}).to_parquet(folder / "documents.parquet")
    return folder


@pytest.mark.parametrize("command", [["diff"], ["report", "--out", "{tmp}/r.html"],
                                     ["evaluate", "{gold}", "--corpus", "{corpus}", "--tables"]])
def test_readers_name_an_old_layout_in_one_line(tmp_path, command):
    out = old_layout(tmp_path / "old")
    arguments = [part.format(tmp=tmp_path, gold=CORPUS / "gold", corpus=CORPUS) for part in command] + [str(out)]
    result = CliRunner().invoke(app, arguments)
    assert result.exit_code != 0
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1 and "before 0.3.0" in lines[0] and "Traceback" not in result.output, result.output
    with pytest.raises(InputError, match="no published tables"):
        diff_read_tables(out)


def test_a_run_into_an_old_layout_publishes_the_new_one(tmp_path, nlp):
    inputs = write_articles(tmp_path / "in")
    out = old_layout(tmp_path / "old")
    run([str(inputs)], out)
    assert (out / "documents.parquet").is_symlink() and (out / "documents.parquet").is_dir()
    assert set(read_table(out / "documents.parquet")["doc_id"]) == set(ARTICLES)


def test_publishing_validates_again_only_rows_whose_types_are_not_the_tables(tmp_path):
    from pipeline.errors import ValidationFailed
    from pipeline.tables.schema import frame_from_rows, revalidate_table, validate_table

    row = {"doc_id": "a", "revision_id": None, "sent_id": 0, "start": 0, "end": 4, "text": "Oslo", "label": "GPE"}
    valid = validate_table("entities", frame_from_rows("entities", [row]))
    assert revalidate_table("entities", valid) is valid  # the table's types: its rows were validated before
    # With other types (a start read back as a float), the frame is validated in full: here it fails.
    mistyped = valid.assign(start=[-1.0])
    with pytest.raises(ValidationFailed):
        revalidate_table("entities", mistyped)
    # Types made right by coercion pass through pandera and come out with the table's types.
    coerced = revalidate_table("entities", valid.astype({"doc_id": object}))
    assert list(coerced.dtypes) == list(valid.dtypes)


def test_every_check_of_the_tables_is_a_check_of_one_row():
    # Publishing trusts rows validated apart to be valid together (revalidate_table): a check across rows
    # (a unique column, a unique set of columns) would need the whole table validated at every publish.
    from pipeline.tables.schema import DIFF_TABLES

    for model in (*TABLES.values(), *DIFF_TABLES.values()):
        schema = model.to_schema()
        assert not schema.unique, model.__name__
        assert not [name for name, column in schema.columns.items() if column.unique], model.__name__
        for check in schema.checks:  # dataframe checks: element-wise or one boolean per row
            assert check.name in {"span_is_ordered"}, (model.__name__, check.name)


def test_a_table_without_rows_is_what_validation_makes_of_it():
    from pipeline.tables.schema import DIFF_TABLES, empty_frame, model_of, validate_table

    for table in (*TABLES, *DIFF_TABLES):
        validated = model_of(table).validate(empty_frame(table), lazy=True)
        pd.testing.assert_frame_equal(validate_table(table, empty_frame(table)), validated, check_index_type=True,
                                      check_column_type=True)
        assert validate_table(table, empty_frame(table)) is not validate_table(table, empty_frame(table))
