"""Gold for pages of XML exports: revisions found in the export, section scopes, confusion tables, and the
development set of real articles (corpus/gold/enwiki) anchored in its revisions."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline.cli import EXIT_NO_INPUT, EXIT_OK, app
from pipeline.errors import GoldFormatError
from pipeline.tools.cases import evaluate_gold_dir, load_cases
from pipeline.tools.evaluate import evaluate_document, tables_from_gold
from pipeline.tools.gold import load_gold, resolve_gold, section_spans
from tests.conftest import REPO, SHARED
from tests.test_xmldump import export_xml, page_xml, revision_xml, write

ENWIKI_GOLD = REPO / "corpus" / "gold" / "enwiki"
SAMPLE_EXPORT = SHARED / "corpus" / "enwiki" / "enwiki-sample-pages-articles.xml.bz2"

OLD_REVISION = "Freedonia is a small republic.\n\n== History ==\nIn March 1987 the cabinet resigned.\n"
NEW_REVISION = (
    "Freedonia is a small republic whose constitution was adopted in 1921.\n\n"
    "== History ==\nIn March 1987 Freedonia signed a trade treaty with Sylvania.\n\n"
    "=== Later years ===\nThe parliament was dissolved in June 1994.\n\n"
    "== Economy ==\nExports reached $5 million in 2004.\n"
)


def export_gold(**changes) -> dict:
    gold = {
        "doc_id": "freedonia", "export": "history.xml", "title": "Freedonia", "page_id": 5, "revision_id": 52,
        "sections": ["History"],
        "dates": [{"text": "March 1987", "occurrence": 1, "value": "1987-03", "mod": None},
                  {"text": "June 1994", "occurrence": 1, "value": "1994-06", "mod": None}],
        "figures": [],
        "events": [{"trigger": "signed", "type": "agreement", "date_text": "March 1987", "date": "1987-03",
                    "participants": ["Freedonia", "Sylvania"], "location": None}],
    }
    gold.update(changes)
    return gold


@pytest.fixture()
def export_case(tmp_path) -> tuple[Path, Path]:
    """(gold folder, export file): a page with two revisions; the gold annotates the History section of the
    second."""
    export = write(tmp_path / "history.xml", export_xml([page_xml("Freedonia", 5, [
        revision_xml(51, OLD_REVISION), revision_xml(52, NEW_REVISION, parent_id=51)])]))
    gold_dir = tmp_path / "gold"
    gold_dir.mkdir()
    (gold_dir / "freedonia.gold.json").write_text(json.dumps(export_gold()), encoding="utf-8")
    return gold_dir, export


def test_a_section_runs_to_the_next_heading_of_its_level_or_higher():
    spans = section_spans(NEW_REVISION, ["History", "(lead)"])
    lead, history = spans
    assert NEW_REVISION[lead[0]:lead[1]].startswith("Freedonia is") and "==" not in NEW_REVISION[lead[0]:lead[1]]
    assert NEW_REVISION[history[0]:history[1]].startswith("== History ==")
    assert "June 1994" in NEW_REVISION[history[0]:history[1]]  # its subsection belongs to it
    assert "Exports" not in NEW_REVISION[history[0]:history[1]]
    assert section_spans(NEW_REVISION, ["Geography"]) == "Geography"


@pytest.mark.parametrize("heading", [
    "== Economy ==<!-- linked from [[Trade]] -->",
    "==Economy== <!-- a note --> <!-- and another -->",
    "== Economy <!-- kept short --> ==",
])
def test_a_heading_is_named_without_its_comments(heading):
    raw = NEW_REVISION.replace("== Economy ==", heading)
    (economy,) = section_spans(raw, ["Economy"])
    assert raw[economy[0]:economy[1]].startswith(heading) and "$5 million" in raw[economy[0]:economy[1]]
    (history,) = section_spans(raw, ["History"])
    assert "Exports" not in raw[history[0]:history[1]]  # the commented heading still ends History


def test_export_gold_is_read_from_its_revision_and_scored_inside_its_sections(export_case):
    gold_dir, export = export_case
    (case,) = load_cases(gold_dir, export)
    assert case.raw_document.revision_id == 52 and case.raw_document.raw == NEW_REVISION
    report = evaluate_gold_dir(gold_dir, export)
    dates = report.metrics()["overall"]["dates"]
    # The pipeline also finds 1921 and 2004 outside the History section: they are not scored.
    assert dates["gold"] == 2 and dates["predicted"] == 2 and dates["precision"] == 1.0
    assert report.metrics()["overall"]["figures"]["predicted"] == 0
    assert report.metrics()["overall"]["events"]["matched"] == 1


def test_the_export_may_be_named_by_its_folder(export_case):
    gold_dir, export = export_case
    (case,) = load_cases(gold_dir, export.parent)
    assert case.raw_document.revision_id == 52


@pytest.mark.parametrize("changes, message", [
    ({"revision_id": 99}, "revision 99 is not in"),
    ({"sections": ["Geography"]}, "section 'Geography' is not exactly one heading"),
    ({"sections": ["Economy"]}, "lies outside the annotated sections"),
    ({"revision_id": "52"}, "'revision_id' must be a whole number"),
    ({"export": ""}, "'export' must name the export file"),
])
def test_bad_export_gold_is_named_in_one_line(export_case, changes, message):
    gold_dir, export = export_case
    (gold_dir / "freedonia.gold.json").write_text(json.dumps(export_gold(**changes)), encoding="utf-8")
    with pytest.raises(GoldFormatError, match=message):
        load_cases(gold_dir, export)


def test_confusion_counts_gold_against_predicted_types(tmp_path):
    path = tmp_path / "freedonia.gold.json"
    path.write_text(json.dumps(export_gold()), encoding="utf-8")
    gold = resolve_gold(load_gold(path), NEW_REVISION)
    frames = tables_from_gold(gold, NEW_REVISION)
    frames["events"].loc[0, "type"] = "economic"
    (counts_events,) = [evaluate_document(gold, NEW_REVISION, frames).counts["events"]]
    assert counts_events.confusion == {("agreement", "economic"): 1}


def test_the_command_prints_confusion_tables_for_export_gold(export_case, tmp_path):
    gold_dir, export = export_case
    result = CliRunner().invoke(app, ["evaluate", str(gold_dir), "--corpus", str(export), "--json",
                                      str(tmp_path / "m.json")])
    assert result.exit_code == EXIT_OK, result.output
    assert "events.type: gold (rows) against predicted (columns)" in result.output
    report = json.loads((tmp_path / "m.json").read_text())
    assert sum(sum(row.values()) for row in report["confusion"]["events.type"].values()) == 1
    result = CliRunner().invoke(app, ["evaluate", str(gold_dir), "--corpus", str(tmp_path / "elsewhere.xml")])
    assert result.exit_code == EXIT_NO_INPUT and "export 'history.xml' not found" in result.stderr


# -- the development set of real articles -----------------------------------------------------------

SPLITS = ("dev", "test")


def enwiki_gold_files() -> list[Path]:
    return sorted(path for split in SPLITS for path in (ENWIKI_GOLD / split).glob("*.gold.json"))


@pytest.mark.skipif(not SAMPLE_EXPORT.exists(), reason="../shared/corpus/enwiki is absent")
@pytest.mark.parametrize("split", SPLITS)
def test_every_gold_anchor_resolves_in_its_revision(split):
    gold_dir = ENWIKI_GOLD / split
    cases = load_cases(gold_dir, SAMPLE_EXPORT)  # raises on any anchor that is not in its revision
    assert len(cases) >= 8
    for case in cases:
        gold, raw = case.gold, case.raw_document.raw
        assert case.raw_document.revision_id == gold.revision_id and case.raw_document.title == gold.title
        for entry in [*gold.dates, *gold.figures]:
            assert raw[entry.start:entry.end] == entry.text and gold.in_scope(entry.start)
        for event in gold.events:
            assert raw[event.start:event.end] == event.trigger and gold.in_scope(event.start)


def test_the_splits_share_no_page_and_hold_enough_text():
    files = enwiki_gold_files()
    if not files:
        pytest.skip("no development set gold yet")
    pages = {}
    for path in files:
        gold = load_gold(path)
        assert gold.export and gold.sections, path.name
        assert gold.page_id not in pages, f"{path} and {pages.get(gold.page_id)} annotate the same page"
        pages[gold.page_id] = path
    assert len(pages) >= 16
