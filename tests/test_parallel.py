"""Local worker processes and a Dask LocalCluster give exactly the serial run's tables."""
from __future__ import annotations

import sys

import pytest
from typer.testing import CliRunner

from pipeline.cli import EXIT_USAGE, app
from pipeline.errors import EngineError
from pipeline.reading.documents import RawDocument, sha256_hex
from pipeline.runs.engines import DaskEngine, ProcessEngine, SerialEngine, make_engine, partition_documents
from pipeline.runs.run import run
from pipeline.tables.schema import TABLES

ARTICLES = {
    "copper-mine": "Copper Mine\n\nThe copper mine opened in 1889 in the eastern hills. It closed in 1974.",
    "tram-line": "Tram Line\n\nThe city tram line ran from 1902 until 1959. In 1931 it carried record crowds.",
    "wool-fair": "Wool Fair\n\nThe wool fair has been held every autumn since 1712.\n\nHistory\n\nIt moved to the river meadow in 1846.",
    "lighthouse": "Lighthouse\n\nThe lighthouse was lit in 1868. Its keeper left in 1990, when the lamp became automatic.",
    "ferry-company": "Ferry Company\n\nThe ferry company was formed in 1920 by two boat owners. It merged with a rival in 1965.",
}


def document(doc_id: str, text: str) -> RawDocument:
    return RawDocument(doc_id, f"<{doc_id}>", text, sha256_hex(text.encode("utf-8")))


@pytest.fixture(scope="module")
def inputs(tmp_path_factory):
    folder = tmp_path_factory.mktemp("parallel-in")
    for doc_id, text in ARTICLES.items():
        (folder / f"{doc_id}.txt").write_text(text, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def serial_out(inputs, tmp_path_factory, nlp):
    out = tmp_path_factory.mktemp("serial-out")
    run([str(inputs)], out, "csv", partition_docs=2)
    return out


def assert_same_tables(out, expected):
    for name in TABLES:
        assert (out / f"{name}.csv").read_bytes() == (expected / f"{name}.csv").read_bytes(), name


def test_partitions_keep_input_order_and_respect_both_limits():
    documents = [document(f"d{i}", "x" * size) for i, size in enumerate([10, 10, 10, 500, 10, 10, 10])]
    partitions = list(partition_documents(documents, max_docs=2, max_chars=100))
    assert [[d.doc_id for d in p.documents] for p in partitions] == [["d0", "d1"], ["d2"], ["d3"], ["d4", "d5"], ["d6"]]
    assert [p.index for p in partitions] == [0, 1, 2, 3, 4]


def test_two_worker_processes_give_the_serial_tables(inputs, serial_out, tmp_path):
    summary = run([str(inputs)], tmp_path, "csv", workers=2, partition_docs=1)
    assert (summary.engine, summary.workers, summary.documents) == ("processes", 2, len(ARTICLES))
    assert_same_tables(tmp_path, serial_out)


def test_dask_local_cluster_gives_the_serial_tables(inputs, serial_out, tmp_path):
    pytest.importorskip("distributed")
    summary = run([str(inputs)], tmp_path, "csv", engine="dask", workers=2, partition_docs=1)
    assert (summary.engine, summary.workers, summary.documents) == ("dask", 2, len(ARTICLES))
    assert_same_tables(tmp_path, serial_out)
    again = run([str(inputs)], tmp_path, "csv", engine="dask", workers=2)  # incremental on Dask too
    assert (again.documents, again.skipped) == (0, len(ARTICLES))


def test_engine_choice():
    assert isinstance(make_engine("serial", 1), SerialEngine)
    assert isinstance(make_engine("serial", 3), ProcessEngine)
    assert isinstance(make_engine("dask", 1), DaskEngine)
    with pytest.raises(EngineError, match="unknown engine"):
        make_engine("spark", 1)
    with pytest.raises(EngineError, match="needs --engine dask"):
        make_engine("serial", 2, scheduler="tcp://127.0.0.1:8786")
    with pytest.raises(EngineError, match="at least 1"):
        make_engine("serial", 0)


def test_dask_engine_without_dask_installed_is_a_one_line_error(monkeypatch, inputs, tmp_path):
    monkeypatch.setitem(sys.modules, "distributed", None)  # import distributed now raises ImportError
    with pytest.raises(EngineError, match=r"pip install 'almanac\[dask\]'"):
        run([str(inputs)], tmp_path, engine="dask")
    result = CliRunner().invoke(app, ["run", str(inputs), "-o", str(tmp_path), "--engine", "dask", "-q"])
    assert result.exit_code == EXIT_USAGE
    assert "almanac[dask]" in result.output


def test_cli_rejects_bad_engine_options(inputs, tmp_path):
    runner = CliRunner()
    bad_engine = runner.invoke(app, ["run", str(inputs), "-o", str(tmp_path), "--engine", "spark"])
    assert bad_engine.exit_code == EXIT_USAGE
    lone_scheduler = runner.invoke(app, ["run", str(inputs), "-o", str(tmp_path), "--scheduler", "tcp://127.0.0.1:1"])
    assert lone_scheduler.exit_code == EXIT_USAGE


def test_cli_run_with_workers_and_force(inputs, serial_out, tmp_path, nlp):
    runner = CliRunner()
    first = runner.invoke(app, ["run", str(inputs), "-o", str(tmp_path), "-f", "csv", "--workers", "2", "-q"])
    assert first.exit_code == 0, first.output
    assert_same_tables(tmp_path, serial_out)
    again = runner.invoke(app, ["run", str(inputs), "-o", str(tmp_path), "-f", "csv", "--json"])
    assert again.exit_code == 0 and '"skipped": 5' in again.output
    forced = runner.invoke(app, ["run", str(inputs), "-o", str(tmp_path), "-f", "csv", "--force", "--json"])
    assert forced.exit_code == 0 and '"documents": 5' in forced.output
    assert_same_tables(tmp_path, serial_out)


def test_worker_server_preload_imports(nlp):
    import importlib

    from pipeline.runs.workers import WORKER_PRELOAD

    # The server silently skips a preload that fails to import: workers would work, only slower.
    module = importlib.import_module(WORKER_PRELOAD)
    assert callable(module.partition_tables)
    from pipeline.language.nlp import load_nlp

    # The model it loads is the one a worker asks for (model_name None): one load, not two.
    assert load_nlp(None) is load_nlp()
