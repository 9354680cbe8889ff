"""`almanac diff`: figures and events added, removed or changed between consecutive revisions."""
from __future__ import annotations

import pandas as pd
import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.errors import InputError
from pipeline.reading.documents import RawDocument, sha256_hex
from pipeline.runs.run import run_documents
from pipeline.tables.schema import frame_from_rows
from pipeline.tables.writer import read_table
from pipeline.tools.diff import Revision, diff_folder, diff_tables, match_facts, revision_pairs

PAGE = 42


def rev(revision_id, timestamp=None, parent=None, page_id=PAGE, doc_id="port"):
    return Revision(doc_id, revision_id, page_id, parent, timestamp)


def test_pairs_follow_timestamps_and_prefer_the_parent_revision():
    revisions = [rev(30, "2021-03-01", parent=10), rev(10, "2020-01-01"), rev(20, "2020-06-01", parent=10),
                 rev(5, "2019-01-01", page_id=7, doc_id="other")]
    pairs = [(old.revision_id, new.revision_id) for old, new in revision_pairs(revisions)]
    # page 7 has one revision: nothing to compare; revision 30's parent is 10, not the previous (20)
    assert pairs == [(10, 20), (10, 30)]


def test_pages_without_page_id_are_grouped_by_doc_id():
    revisions = [Revision("a", 2, None, None, None), Revision("b", 1, None, None, None), Revision("a", 1, None, None, None)]
    assert [(o.doc_id, o.revision_id, n.revision_id) for o, n in revision_pairs(revisions)] == [("a", 1, 2)]


def figure(revision_id, figure_id, start, value, measure="trade", period="2019", item=None, kind="money",
           unit="USD", sent_id=0, text="$1", low=None, high=None, qualifier=None):
    return {"doc_id": "port", "revision_id": revision_id, "sent_id": sent_id, "start": start, "end": start + len(text),
            "text": text, "figure_id": figure_id, "kind": kind, "value": value, "low": low, "high": high,
            "unit": unit, "qualifier": qualifier, "item": item, "period": period, "measure": measure,
            "parties": [], "source": "prose"}


def event(revision_id, event_id, start, lemma, type_, date, sentence, trigger="x", sent_id=0):
    return {"doc_id": "port", "revision_id": revision_id, "sent_id": sent_id, "start": start,
            "end": start + len(trigger), "text": trigger, "event_id": event_id, "trigger": trigger, "lemma": lemma,
            "type": type_, "date_id": None, "date": date, "date_from": None, "date_to": None, "participants": [],
            "location": None, "sentence": sentence}


def tables_for(figures=(), events=(), sentences=()):
    documents = [
        {"doc_id": "port", "revision_id": revision_id, "source": "<port>", "markup": "text", "sha256": "0" * 64,
         "n_chars": 10, "n_sentences": 1, "pipeline_version": "test", "title": "Port", "page_id": PAGE,
         "parent_revision_id": parent, "timestamp": timestamp}
        for revision_id, parent, timestamp in [(1, None, "2020-01-01T00:00:00Z"), (2, 1, "2021-01-01T00:00:00Z")]
    ]
    return {
        "documents": frame_from_rows("documents", documents),
        "sentences": frame_from_rows("sentences", list(sentences)),
        "figures": frame_from_rows("figures", list(figures)),
        "events": frame_from_rows("events", list(events)),
    }


def sentence(revision_id, sent_id, text):
    return {"doc_id": "port", "revision_id": revision_id, "sent_id": sent_id, "start": 0, "end": len(text),
            "text": text, "section": None, "block": "paragraph"}


def test_figures_changed_added_removed_and_unchanged():
    figures = [
        figure(1, 0, 10, 5e6, text="$5 million"),  # trade 2019: 5 -> 7 million
        figure(1, 1, 40, 300.0, measure="exports", item="coal", kind="mass", unit="t", text="300 tonnes"),  # unchanged
        figure(1, 2, 80, 12.0, measure="aid", period="2015", text="$12"),  # removed
        figure(2, 0, 12, 7e6, text="US$7 million"),
        figure(2, 1, 44, 300.0, measure="exports", item="coal", kind="mass", unit="t", text="300 t"),
        figure(2, 2, 90, 2.5e9, measure="investment", period="2022", text="$2.5 billion"),  # added
    ]
    changes = diff_tables(tables_for(figures=figures))
    got = sorted(zip(changes["change"], changes["key"], changes["old_value"].fillna("-"), changes["new_value"].fillna("-")))
    assert got == [
        ("added", "measure=investment; period=2022; kind=money", "-", "2500000000 USD"),
        ("changed", "measure=trade; period=2019; kind=money", "5000000 USD", "7000000 USD"),
        ("removed", "measure=aid; period=2015; kind=money", "12 USD", "-"),
    ]
    assert set(changes["old_revision_id"]) == {1} and set(changes["new_revision_id"]) == {2}
    changed = changes[changes["change"] == "changed"].iloc[0]
    assert (changed["revision_id"], changed["start"], changed["text"]) == (2, 12, "US$7 million")  # newer span
    removed = changes[changes["change"] == "removed"].iloc[0]
    assert (removed["revision_id"], removed["start"], removed["text"]) == (1, 80, "$12")  # older span
    assert changes["change_id"].tolist() == list(range(len(changes)))


def test_ranges_and_qualifiers_are_part_of_the_value():
    figures = [figure(1, 0, 5, None, low=10.0, high=20.0, item="ships", kind="count", unit=None, measure="other"),
               figure(2, 0, 5, None, low=10.0, high=25.0, item="ships", kind="count", unit=None, measure="other",
                      qualifier="approx")]
    changes = diff_tables(tables_for(figures=figures))
    assert changes[["change", "old_value", "new_value"]].values.tolist() == [["changed", "10..20", "approx 10..25"]]


def test_figures_with_a_weak_key_pair_only_when_their_sentences_are_alike():
    sentences = [sentence(1, 0, "The fleet had 40 boats at the time of the survey."),
                 sentence(1, 1, "Some 12 villages lay along the coast."),
                 sentence(2, 0, "The fleet had 55 boats at the time of the survey."),
                 sentence(2, 1, "A storm destroyed 300 houses in the region.")]
    weak = dict(measure="other", period=None, item=None, kind="count", unit=None)
    figures = [figure(1, 0, 14, 40.0, sent_id=0, **weak), figure(1, 1, 60, 12.0, sent_id=1, **weak),
               figure(2, 0, 14, 55.0, sent_id=0, **weak), figure(2, 1, 70, 300.0, sent_id=1, **weak)]
    changes = diff_tables(tables_for(figures=figures, sentences=sentences))
    got = sorted(zip(changes["change"], changes["old_value"].fillna("-"), changes["new_value"].fillna("-")))
    assert got == [("added", "-", "300"), ("changed", "40", "55"), ("removed", "12", "-")]
    changed = changes[changes["change"] == "changed"].iloc[0]
    assert "40 boats" in changed["old_text"] and "55 boats" in changed["new_text"]


def test_events_with_another_date_are_changed_and_unrelated_ones_added_and_removed():
    events = [
        event(1, 0, 5, "sign", "agreement", "1998", "The two ports signed a pilotage agreement in 1998.", "signed"),
        event(1, 1, 70, "visit", "meeting", "2003", "The mayor visited the shipyard in 2003.", "visited"),
        event(1, 2, 120, "sign", "agreement", "2010", "A customs treaty was signed by both cities in 2010.", "signed"),
        event(2, 0, 5, "sign", "agreement", "1999", "The two ports signed a pilotage agreement in 1999.", "signed"),
        event(2, 1, 70, "visit", "meeting", "2003", "The mayor visited the shipyard in 2003.", "visited"),
        event(2, 2, 140, "sign", "agreement", "2016", "In 2016 the harbour board and a fishing union signed a wage deal.", "signed"),
    ]
    changes = diff_tables(tables_for(events=events))
    got = sorted(zip(changes["change"], changes["old_value"].fillna("-"), changes["new_value"].fillna("-")))
    assert got == [("added", "-", "2016"), ("changed", "1998", "1999"), ("removed", "2010", "-")]
    assert set(changes["table"]) == {"events"}
    assert set(changes.loc[changes["change"] == "changed", "key"]) == {"lemma=sign; type=agreement"}


def test_match_facts_is_empty_for_identical_revisions():
    from pipeline.tools.diff import figure_fact

    facts = [figure_fact(figure(1, i, i * 10, float(i)), "s") for i in range(3)]
    assert match_facts(facts, list(facts)) == ([], [], [])


def document(text, revision_id, parent=None, timestamp=None):
    return RawDocument("harbour", f"<harbour@{revision_id}>", text, sha256_hex(text.encode("utf-8")), title="Harbour",
                       page_id=PAGE, revision_id=revision_id, parent_revision_id=parent, timestamp=timestamp)


OLD = ("Harbour\n\nThe harbour handled cargo worth $5 million in 2019, mostly timber.\n\n"
       "The breakwater was completed in 1962.")
NEW = ("Harbour\n\nThe harbour handled cargo worth $8 million in 2019, mostly timber.\n\n"
       "The breakwater was completed in 1962. A second quay opened in 2021 at a cost of $30 million.")


def test_diff_of_two_revisions_run_through_the_pipeline(tmp_path, nlp):
    run_documents([document(OLD, 1, timestamp="2020-05-01T00:00:00Z"),
                   document(NEW, 2, parent=1, timestamp="2022-05-01T00:00:00Z")], tmp_path)
    summary = diff_folder(tmp_path)
    assert summary.pairs == 1
    changes = read_table(tmp_path / "changes.parquet")
    assert len(changes) == summary.rows
    described = pq.read_schema(tmp_path / "changes.parquet")
    assert described.metadata[b"almanac.table"] == b"changes"
    assert described.field("key").metadata[b"description"].startswith(b"What identifies the fact")
    assert set(changes["old_revision_id"]) <= {1} and set(changes["new_revision_id"]) <= {2}
    for row in changes.itertuples():  # every span points into the revision it names
        raw = NEW if row.revision_id == 2 else OLD
        assert raw[row.start:row.end] == row.text
    figures = read_table(tmp_path / "figures.parquet")
    assert len(figures) >= 3  # the $5 million, the $8 million and the $30 million
    money = changes[(changes["table"] == "figures") & (changes["change"] == "changed")]
    assert any("5000000" in str(old) and "8000000" in str(new) for old, new in zip(money["old_value"], money["new_value"]))
    added = changes[(changes["table"] == "figures") & (changes["change"] == "added")]
    assert any("30000000" in str(value) for value in added["new_value"])


def test_cli_diff_writes_the_changes_table(tmp_path, nlp):
    run_documents([document(OLD, 1), document(NEW, 2, parent=1)], tmp_path / "tables", "csv")
    result = CliRunner().invoke(app, ["diff", str(tmp_path / "tables"), "--out", str(tmp_path / "diff"), "-f", "jsonl"])
    assert result.exit_code == 0, result.output
    assert "1 revision pair(s) compared" in result.output
    changes = pd.read_json(tmp_path / "diff" / "changes.jsonl", lines=True) if (tmp_path / "diff" / "changes.jsonl").stat().st_size else None
    assert changes is None or set(changes["new_revision_id"]) == {2}


def test_diff_of_a_folder_without_tables_is_an_input_error(tmp_path):
    with pytest.raises(InputError, match="no documents table"):
        diff_folder(tmp_path)
    result = CliRunner().invoke(app, ["diff", str(tmp_path / "nowhere")])
    assert result.exit_code == 3
