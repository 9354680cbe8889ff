"""Incremental runs: the manifest skips what is done, redoes what changed, and the tables hold every
revision exactly once."""
from __future__ import annotations

import sqlite3

import pandas as pd
import pyarrow.parquet as pq
import pytest

from pipeline.errors import InputError
from pipeline.reading.documents import RawDocument, sha256_hex
from pipeline.runs.manifest import Manifest, manifest_path, output_lock, parts_dir
import pipeline.runs.rows as rows_module
import pipeline.runs.publish as publish_module
import pipeline.runs.run as run_module
from pipeline.runs.run import run, run_documents
from pipeline.tables.layout import table_files
from pipeline.tables.writer import read_table

ARTICLES = {
    "harbour-town": (
        "Harbour Town\n\nHarbour Town is a fishing port on the northern coast. It was founded in 1821 by "
        "traders from the south.\n\nHistory\n\nIn 1904 a railway reached the port. The cannery closed in 1987."
    ),
    "river-league": (
        "River League\n\nThe River League was a trade pact between three inland cities. It was signed in 1763 "
        "and lapsed in 1801.\n\nMembers\n\nThe cities paid a toll on grain barges from 1770 onwards."
    ),
    "salt-company": (
        "Salt Company\n\nThe Salt Company mined rock salt near the capital from 1852. In 1913 it employed "
        "about 900 workers.\n\nDecline\n\nThe last shaft was sealed in 1966."
    ),
}


def write_articles(folder, articles=ARTICLES):
    folder.mkdir(parents=True, exist_ok=True)
    for doc_id, text in articles.items():
        (folder / f"{doc_id}.txt").write_text(text, encoding="utf-8")
    return folder


def table_bytes(path):
    """A table's files (one, or a Parquet dataset folder's) by name, with their bytes."""
    return [(file.name, file.read_bytes()) for file in table_files(path)]


def table(out, name, fmt="parquet"):
    return read_table(out / f"{name}.{fmt}")


def revision(doc_id, text, revision_id, page_id=7, parent=None, timestamp=None):
    return RawDocument(doc_id=doc_id, source=f"<{doc_id}@{revision_id}>", raw=text,
                       sha256=sha256_hex(text.encode("utf-8")), page_id=page_id, revision_id=revision_id,
                       parent_revision_id=parent, timestamp=timestamp, title=doc_id)


def test_rerun_skips_done_documents_and_leaves_tables_unchanged(tmp_path, nlp):
    inputs = write_articles(tmp_path / "in")
    out = tmp_path / "out"
    first = run([str(inputs)], out)
    assert (first.documents, first.skipped, first.revisions) == (3, 0, 3)
    generation = (out / "tables").resolve()
    before = {name: table_bytes(out / f"{name}.parquet") for name in ("documents", "sentences", "dates")}
    second = run([str(inputs)], out)
    assert (second.documents, second.skipped, second.revisions) == (0, 3, 3)
    assert second.rows == first.rows
    assert (out / "tables").resolve() == generation  # nothing new to publish
    for name, data in before.items():
        assert table_bytes(out / f"{name}.parquet") == data


def test_tables_of_older_table_files_are_republished_without_processing(tmp_path, nlp, monkeypatch):
    inputs = write_articles(tmp_path / "in")
    out = tmp_path / "out"
    monkeypatch.setattr(publish_module, "TABLE_FILES_VERSION", 2)
    run([str(inputs)], out)
    before = (out / "tables").resolve()
    monkeypatch.undo()
    summary = run([str(inputs)], out)
    assert (summary.documents, summary.skipped) == (0, 3)
    assert (out / "tables").resolve() != before
    for file in table_files(out / "dates.parquet"):
        assert pq.read_schema(file).metadata[b"almanac.table"] == b"dates"


def test_changed_and_new_documents_are_processed_and_replace_old_rows(tmp_path, nlp):
    inputs = write_articles(tmp_path / "in")
    out = tmp_path / "out"
    run([str(inputs)], out)
    (inputs / "salt-company.txt").write_text(
        "Salt Company\n\nThe Salt Company mined rock salt from 1852. The mine was flooded in 1931.", encoding="utf-8")
    (inputs / "glass-works.txt").write_text(
        "Glass Works\n\nThe glass works opened in 1898 beside the canal.", encoding="utf-8")
    summary = run([str(inputs)], out)
    assert (summary.documents, summary.skipped, summary.revisions) == (2, 2, 4)
    documents = table(out, "documents")
    assert sorted(documents["doc_id"]) == ["glass-works", "harbour-town", "river-league", "salt-company"]
    salt_sentences = table(out, "sentences").query("doc_id == 'salt-company'")["text"].tolist()
    assert any("flooded" in sentence for sentence in salt_sentences)
    assert not any("sealed" in sentence for sentence in salt_sentences)  # the old content is gone
    salt_years = set(table(out, "dates").query("doc_id == 'salt-company'")["text"])
    assert "1931" in salt_years and "1966" not in salt_years


def test_force_redoes_everything_with_the_same_tables(tmp_path, nlp):
    inputs = write_articles(tmp_path / "in")
    out = tmp_path / "out"
    run([str(inputs)], out, "csv")
    before = (out / "sentences.csv").read_bytes()
    summary = run([str(inputs)], out, "csv", force=True)
    assert (summary.documents, summary.skipped) == (3, 0)
    assert (out / "sentences.csv").read_bytes() == before
    assert len(table(out, "documents", "csv")) == 3


def test_new_pipeline_version_redoes_everything_and_drops_other_versions(tmp_path, nlp, monkeypatch):
    inputs = write_articles(tmp_path / "in")
    out = tmp_path / "out"
    run([str(inputs)], out)
    # The version is stamped on each document's row and recorded in the manifest.
    monkeypatch.setattr(rows_module, "PIPELINE_VERSION", "almanac-test-next")
    monkeypatch.setattr(run_module, "PIPELINE_VERSION", "almanac-test-next")
    monkeypatch.setattr(publish_module, "PIPELINE_VERSION", "almanac-test-next")
    # Only two of the three articles are given again: the third's old-version rows must not linger.
    summary = run([str(inputs / "harbour-town.txt"), str(inputs / "river-league.txt")], out)
    assert (summary.documents, summary.skipped, summary.dropped) == (2, 0, 3)
    documents = table(out, "documents")
    assert sorted(documents["doc_id"]) == ["harbour-town", "river-league"]
    assert set(documents["pipeline_version"]) == {"almanac-test-next"}


def test_manifest_records_every_revision_and_its_part(tmp_path, nlp):
    out = tmp_path / "out"
    text = ARTICLES["harbour-town"]
    documents = [revision("harbour-town", text, 101, timestamp="2020-01-01T00:00:00Z"),
                 revision("harbour-town", text + " A lighthouse was built in 1911.", 102, parent=101,
                          timestamp="2021-01-01T00:00:00Z")]
    run_documents(documents, out, partition_docs=1)
    with sqlite3.connect(manifest_path(out)) as db:
        rows = db.execute("SELECT doc_id, revision_id, page_id, sha256, pipeline_version, part FROM revisions "
                          "ORDER BY revision_id").fetchall()
    assert [(doc_id, rev, page) for doc_id, rev, page, *_ in rows] == [("harbour-town", 101, 7), ("harbour-town", 102, 7)]
    assert [sha for *_, sha, _, _ in rows] == [d.sha256 for d in documents]
    assert rows[0][5] != rows[1][5]  # one partition each
    for *_, part in rows:
        assert (parts_dir(out) / "documents" / f"{part}.parquet").exists()
    # A third revision later: only it is processed; both earlier ones stay in the tables.
    later = documents + [revision("harbour-town", text + " The port was dredged in 1950.", 103, parent=102,
                                  timestamp="2022-01-01T00:00:00Z")]
    summary = run_documents(later, out)
    assert (summary.documents, summary.skipped) == (1, 2)
    assert table(out, "documents")["revision_id"].tolist() == [101, 102, 103]


def test_same_revision_twice_in_one_input_is_processed_once(tmp_path, nlp):
    text = ARTICLES["river-league"]
    summary = run_documents([revision("river-league", text, 5), revision("river-league", text, 5)], tmp_path / "out")
    assert summary.documents == 1
    assert len(summary.failures) == 1 and "twice" in summary.failures[0].reason
    assert len(table(tmp_path / "out", "documents")) == 1


def test_a_document_that_now_fails_keeps_the_rows_an_earlier_run_committed(tmp_path, nlp):
    inputs = write_articles(tmp_path / "in")
    out = tmp_path / "out"
    run([str(inputs)], out)
    before = {name: table(out, name) for name in ("documents", "sentences", "dates")}
    (inputs / "river-league.txt").write_text("   \n", encoding="utf-8")
    summary = run([str(inputs)], out)
    assert [f.doc_id for f in summary.failures] == ["river-league"]
    for name, frame in before.items():
        pd.testing.assert_frame_equal(table(out, name), frame)
    assert "river-league" in set(table(out, "sentences")["doc_id"])


def test_nothing_processable_raises_and_writes_nothing(tmp_path, nlp):
    out = tmp_path / "out"
    with pytest.raises(InputError, match="no document could be processed"):
        run([str(tmp_path / "missing.txt")], out)
    assert not list(out.glob("*.parquet"))


def test_progress_reports_a_total_when_inputs_can_be_counted(tmp_path, nlp):
    inputs = write_articles(tmp_path / "in")
    seen = []
    run([str(inputs)], tmp_path / "out", on_progress=seen.append)
    assert seen[0].total == 3 and seen[0].done == 0
    assert seen[-1].done == 3 and seen[-1].eta == 0
    assert [p.done for p in seen] == sorted(p.done for p in seen)
    rerun = []
    run([str(inputs)], tmp_path / "out", on_progress=rerun.append)
    assert rerun[0].total == 0 and rerun[-1].skipped == 3


def test_a_second_writer_on_the_same_folder_is_refused(tmp_path, nlp):
    inputs = write_articles(tmp_path / "in")
    out = tmp_path / "out"
    with output_lock(out):
        with pytest.raises(InputError, match="another almanac run"):
            run([str(inputs)], out)


def test_manifest_counts_and_entries_are_in_stable_order(tmp_path):
    with Manifest.of(tmp_path) as manifest:
        run_id = manifest.start_run("v1", "model")
        from pipeline.runs.manifest import ManifestEntry

        manifest.record([ManifestEntry("b", None, None, "0" * 64, "part-a"), ManifestEntry("a", 3, 9, "1" * 64, "part-a")],
                        "v1", "model", run_id)
        assert [e.doc_id for e in manifest.entries()] == ["a", "b"]
        assert manifest.is_done("b", None, "0" * 64) and not manifest.is_done("b", None, "1" * 64)
        assert manifest.drop_other_versions("v2", "model") == 2
        assert manifest.count() == 0


def test_tables_equal_a_single_run_after_incremental_additions(tmp_path, nlp):
    inputs = write_articles(tmp_path / "in")
    out = tmp_path / "out"
    for doc_id in ARTICLES:  # one article per run
        run([str(inputs / f"{doc_id}.txt")], out)
    single = tmp_path / "single"
    run([str(inputs)], single)
    for name in ("documents", "sentences", "entities", "dates"):
        pd.testing.assert_frame_equal(table(out, name).drop(columns=["source"], errors="ignore"),
                                      table(single, name).drop(columns=["source"], errors="ignore"))


def test_a_truncated_export_never_removes_revisions_committed_before(tmp_path, nlp):
    from tests.test_xmldump import export_xml, page_xml, revision_xml

    first = "The river league was founded in 1921.\n\nIn 1950 it signed a treaty with the port."
    second = first + "\n\nIn 1999 trade reached $5 million."
    export = export_xml([page_xml("River league", 3, [revision_xml(31, first), revision_xml(32, second, 31)]),
                         page_xml("Harbour", 4, [revision_xml(41, "The harbour opened in 1911.")])])
    path, out = tmp_path / "export.xml", tmp_path / "out"
    path.write_text(export, encoding="utf-8")
    run([str(path)], out)
    before = {name: table(out, name) for name in ("documents", "sentences", "dates", "figures", "events")}
    assert set(before["documents"]["revision_id"]) == {31, 32, 41}
    # The re-download stops inside the second revision of the first page.
    path.write_text(export[:export.index("In 1999 trade")], encoding="utf-8")
    summary = run([str(path)], out)
    assert summary.failures and summary.documents == 0
    for name, frame in before.items():
        pd.testing.assert_frame_equal(table(out, name), frame)


def test_two_files_of_one_name_in_a_folder_are_two_documents(tmp_path, nlp):
    for sub, year in (("a", 1911), ("c", 1968)):
        (tmp_path / "in" / sub).mkdir(parents=True)
        (tmp_path / "in" / sub / "x.txt").write_text(f"Harbour\n\nThe harbour was deepened in {year}.\n")
    summary = run([str(tmp_path / "in")], tmp_path / "out")
    assert not summary.failures
    assert sorted(table(tmp_path / "out", "documents")["doc_id"]) == ["a/x", "c/x"]


def test_a_doc_id_collision_is_reported_and_the_first_file_keeps_its_rows(tmp_path, nlp):
    for sub, year in (("a", 1911), ("b", 1968)):
        (tmp_path / sub).mkdir()
        (tmp_path / sub / "x.txt").write_text(f"Harbour\n\nThe harbour was deepened in {year}.\n")
    out = tmp_path / "out"
    # In one run: both files named, the second is reported (naming the first), the first is kept.
    summary = run([str(tmp_path / "a" / "x.txt"), str(tmp_path / "b" / "x.txt")], out)
    assert [f.source for f in summary.failures] == [str(tmp_path / "b" / "x.txt")]
    assert "already the doc_id of" in summary.failures[0].reason
    assert list(table(out, "dates")["text"]) == ["1911"]
    # In a later run: the other file never silently replaces it.
    with pytest.raises(InputError, match="already names .*a/x.txt in this output folder"):
        run([str(tmp_path / "b" / "x.txt")], out)
    assert list(table(out, "dates")["text"]) == ["1911"]
    # The first file itself, changed, is still updated.
    (tmp_path / "a" / "x.txt").write_text("Harbour\n\nThe harbour was deepened in 1920.\n")
    summary = run([str(tmp_path / "a" / "x.txt")], out)
    assert not summary.failures and list(table(out, "dates")["text"]) == ["1920"]
