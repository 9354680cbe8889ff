"""`almanac evaluate`: matching, metrics, error rows, reports, floors and the command itself."""
from __future__ import annotations

import json

import pandas as pd
import pytest
from typer.testing import CliRunner

from pipeline.cli import EXIT_BELOW_FLOOR, EXIT_NO_INPUT, EXIT_OK, app
from pipeline.tables.schema import validate_table
from pipeline.tables.writer import write_table
from pipeline.tools.cases import evaluate_gold_dir
from pipeline.tools.evaluate import EvaluationError, evaluate_document, head_noun, numbers_close, tables_from_gold
from pipeline.tools.floors import check_floors, compare_reports, floors_from, load_floors
from pipeline.tools.gold import load_gold, resolve_gold
from tests.conftest import FOUNDING_ARTICLE, FOUNDING_GOLD, SHARED
from tests.test_gold import ARTICLE, article_gold, write_case

SCORE_NAMES = {
    "dates": ["precision", "recall", "f1", "value", "mod", "value+mod"],
    "figures": ["precision", "recall", "f1", "value", "unit", "value+unit", "kind", "period", "measure", "item",
                "qualifier"],
    "events": ["precision", "recall", "f1", "type", "date", "participants_p", "participants_r", "participants_f1"],
}


@pytest.fixture
def gold(tmp_path):
    return resolve_gold(load_gold(write_case(tmp_path / "gold", article_gold())), ARTICLE)


def sentence_spans(text: str) -> pd.DataFrame:
    """Raw sentence spans of a small article: split after '. ' and at blank lines."""
    spans, start = [], 0
    for position, char in enumerate(text):
        if text[position:position + 2] in (". ", "\n\n") or position == len(text) - 1:
            end = position + 1
            if text[start:end].strip():
                spans.append((start + len(text[start:end]) - len(text[start:end].lstrip()), end))
            start = end
    return pd.DataFrame(spans, columns=["start", "end"])


def metrics_of(gold, frames) -> dict:
    return {table: counts.metrics() for table, counts in evaluate_document(gold, ARTICLE, frames).counts.items()}


def row_index(frame: pd.DataFrame, text: str) -> int:
    (index,) = frame.index[frame["text"] == text]
    return index


def test_gold_scored_against_itself_is_perfect(gold):
    tables = tables_from_gold(gold, ARTICLE)
    for name, frame in tables.items():
        validate_table(name, frame)  # shaped like the pipeline's tables
    metrics = metrics_of(gold, tables)
    for table, names in SCORE_NAMES.items():
        for name in names:
            assert metrics[table][name] == 1.0, (table, name)
    assert evaluate_document(gold, ARTICLE, tables).errors == []


@pytest.mark.skipif(not FOUNDING_GOLD.exists() or not FOUNDING_ARTICLE.exists(), reason="../shared is absent")
def test_founding_gold_scored_against_itself_is_perfect(founding_raw):
    founding = resolve_gold(load_gold(FOUNDING_GOLD), founding_raw)
    report = evaluate_document(founding, founding_raw, tables_from_gold(founding, founding_raw))
    for table, counts in report.counts.items():
        metrics = counts.metrics()
        assert metrics["gold"] == metrics["predicted"] == metrics["matched"] > 0
        assert all(metrics[name] == 1.0 for name in SCORE_NAMES[table]), table


def test_one_miss_one_spurious_row_and_one_wrong_value_move_their_metrics(gold):
    tables = tables_from_gold(gold, ARTICLE)
    dates, figures = tables["dates"], tables["figures"]
    # A miss: the decade is not found.
    tables["dates"] = dates.drop(index=row_index(dates, "mid-1990s"))
    # A spurious row: "two" (of "the two governments") taken for a count.
    start = ARTICLE.index("two")
    spurious = {**figures.iloc[0].to_dict(), "start": start, "end": start + 3, "text": "two", "figure_id": 2,
                "kind": "count", "value": 2.0, "unit": None, "item": "government", "period": None,
                "measure": "other"}
    figures = pd.concat([figures, pd.DataFrame([spurious])], ignore_index=True)
    # A wrong value: US$45 million read as 4.5 million.
    figures.loc[row_index(figures, "US$45 million"), "value"] = 4.5e6
    tables["figures"] = figures

    metrics = metrics_of(gold, tables)
    dates_m, figures_m, events_m = metrics["dates"], metrics["figures"], metrics["events"]
    assert (dates_m["gold"], dates_m["predicted"], dates_m["matched"]) == (3, 2, 2)
    assert dates_m["precision"] == 1.0
    assert dates_m["recall"] == pytest.approx(2 / 3)
    assert dates_m["f1"] == pytest.approx(0.8)
    assert dates_m["value"] == dates_m["mod"] == 1.0  # the found dates are still right
    assert (figures_m["gold"], figures_m["predicted"], figures_m["matched"]) == (2, 3, 2)
    assert figures_m["precision"] == pytest.approx(2 / 3)
    assert figures_m["recall"] == 1.0
    assert figures_m["f1"] == pytest.approx(0.8)
    assert figures_m["value"] == figures_m["value+unit"] == 0.5
    for name in ("unit", "kind", "period", "measure", "item", "qualifier"):
        assert figures_m[name] == 1.0, name
    for name in SCORE_NAMES["events"]:
        assert events_m[name] == 1.0, name  # the events still match by trigger

    errors = evaluate_document(gold, ARTICLE, tables).errors
    kinds = sorted((e["table"], e["error"], e["attribute"] or "", e["gold_text"] or e["predicted_text"])
                   for e in errors)
    assert kinds == [("dates", "missed", "", "mid-1990s"), ("figures", "mismatch", "value", "US$45 million"),
                     ("figures", "spurious", "", "two")]
    mismatch = next(e for e in errors if e["error"] == "mismatch")
    assert (mismatch["gold"], mismatch["predicted"]) == ("45000000", "4500000")
    assert "timber" in mismatch["sentence"]  # the error is shown in its sentence


def test_values_within_a_tenth_of_a_percent_match():
    assert numbers_close(45_040_000, 45_000_000)
    assert not numbers_close(45_100_000, 45_000_000)
    assert numbers_close(0, 0) and not numbers_close(0.001, 0)
    assert numbers_close(None, None) and not numbers_close(None, 3)


def test_a_range_is_scored_by_its_ends(tmp_path):
    text = "Between 15,000-20,000 loggers left in 1991, and 300 more in 1992.\n"
    gold_dict = {"doc_id": "freedonia", "text_file": "freedonia.txt",
                 "dates": [{"text": "1991", "value": "1991"}, {"text": "1992", "value": "1992"}],
                 "figures": [{"text": "15,000-20,000", "kind": "count", "value": None, "low": 15000, "high": 20000,
                              "item": "logger", "period": "1991", "measure": "other"}],
                 "events": []}
    ranged = resolve_gold(load_gold(write_case(tmp_path, gold_dict, text)), text)
    tables = tables_from_gold(ranged, text)
    tables["figures"].loc[0, "high"] = 20010.0  # inside 0.1%
    assert evaluate_document(ranged, text, tables).counts["figures"].metrics()["value"] == 1.0
    tables["figures"].loc[0, "high"] = 21000.0
    assert evaluate_document(ranged, text, tables).counts["figures"].metrics()["value"] == 0.0


def test_matching_is_one_to_one_by_largest_overlap(gold):
    tables = tables_from_gold(gold, ARTICLE)
    figures = tables["figures"]
    money = figures.loc[row_index(figures, "US$45 million")].to_dict()
    start = money["start"]
    # Two predictions overlap the gold money figure: the larger overlap wins, the other is spurious.
    short = {**money, "start": start, "end": start + 5, "text": "US$45", "value": 45.0, "figure_id": 5}
    figures = pd.concat([figures.drop(index=row_index(figures, "US$45 million")), pd.DataFrame([short]),
                         pd.DataFrame([{**money, "start": start + 3, "text": ARTICLE[start + 3:money["end"]]}])],
                        ignore_index=True)
    tables["figures"] = figures
    metrics = metrics_of(gold, tables)["figures"]
    assert (metrics["matched"], metrics["predicted"]) == (2, 3)
    assert metrics["value"] == 1.0  # the pair kept is the better-overlapping "45 million"


def test_an_event_matches_in_its_sentence_on_the_same_date(gold):
    tables = tables_from_gold(gold, ARTICLE)
    events = tables["events"]
    signed = row_index(events, "signed")
    accord = ARTICLE.index("accord")
    events.loc[signed, ["start", "end", "text", "trigger"]] = [accord, accord + 6, "accord", "accord"]
    sentences = sentence_spans(ARTICLE)
    with_sentences = {**tables, "sentences": sentences}
    assert metrics_of(gold, with_sentences)["events"]["matched"] == 2
    assert metrics_of(gold, tables)["events"]["matched"] == 2  # no sentence table: the shared date decides
    # The same trigger in another sentence is not the same event.
    later = ARTICLE.index("accord", accord + 1)
    events.loc[signed, ["start", "end"]] = [later, later + 6]
    assert metrics_of(gold, with_sentences)["events"]["matched"] == 1
    # Nor is an event of the same sentence anchored to another date.
    events.loc[signed, ["start", "end"]] = [accord, accord + 6]
    dates = tables["dates"]
    events.loc[signed, "date_id"] = dates.loc[row_index(dates, "1990"), "date_id"]
    assert metrics_of(gold, with_sentences)["events"]["matched"] == 1


def test_participants_are_scored_as_sets(gold):
    tables = tables_from_gold(gold, ARTICLE)
    events = tables["events"]
    events.at[row_index(events, "signed"), "participants"] = ["Freedonia", "Ruritania"]
    metrics = metrics_of(gold, tables)["events"]
    assert metrics["participants_p"] == pytest.approx(1 / 2)
    assert metrics["participants_r"] == pytest.approx(1 / 2)
    assert metrics["type"] == metrics["date"] == 1.0
    errors = evaluate_document(gold, ARTICLE, tables).errors
    assert [(e["attribute"], e["gold"], e["predicted"]) for e in errors] == [
        ("participants", '["Freedonia", "Sylvania"]', '["Freedonia", "Ruritania"]')]


def test_decade_spellings_and_item_head_nouns_are_equal(gold):
    tables = tables_from_gold(gold, ARTICLE)
    dates, figures = tables["dates"], tables["figures"]
    dates.loc[row_index(dates, "mid-1990s"), "value"] = "199X"
    figures.loc[row_index(figures, "US$45 million"), "item"] = "Timbers"
    metrics = metrics_of(gold, tables)
    assert metrics["dates"]["value"] == 1.0 and metrics["figures"]["item"] == 1.0
    figures.loc[row_index(figures, "US$45 million"), "item"] = "wood"
    dates.loc[row_index(dates, "mid-1990s"), "mod"] = "END"
    metrics = metrics_of(gold, tables)
    assert metrics["figures"]["item"] == 0.5
    assert metrics["dates"]["mod"] == pytest.approx(2 / 3) and metrics["dates"]["value"] == 1.0
    assert metrics["dates"]["value+mod"] == pytest.approx(2 / 3)


@pytest.mark.parametrize("item, head", [("petroleum products", "product"), ("Factories", "factory"),
                                        ("grain", "grain"), ("boxes", "box"), (None, None)])
def test_head_noun(item, head):
    assert head_noun(item) == head


def test_nothing_predicted_scores_zero_and_leaves_attributes_unmeasured(gold):
    empty = {name: frame.iloc[0:0] for name, frame in tables_from_gold(gold, ARTICLE).items()}
    metrics = metrics_of(gold, empty)
    assert metrics["figures"]["precision"] == metrics["figures"]["recall"] == metrics["figures"]["f1"] == 0.0
    assert metrics["figures"]["value"] is None and metrics["events"]["participants_f1"] is None
    errors = evaluate_document(gold, ARTICLE, empty).errors
    assert len(errors) == 3 + 2 + 2 and {e["error"] for e in errors} == {"missed"}


@pytest.mark.parametrize("fmt", ["parquet", "csv", "jsonl"])
def test_tables_written_in_any_format_score_the_same(tmp_path, gold, fmt):
    tables_dir = tmp_path / "tables"
    for name, frame in tables_from_gold(gold, ARTICLE).items():
        write_table(frame, tables_dir, name, fmt)
    report = evaluate_gold_dir(tmp_path / "gold", tables=tables_dir)
    overall = report.metrics()["overall"]
    for table, names in SCORE_NAMES.items():
        assert all(overall[table][name] == 1.0 for name in names), table


def test_tables_of_another_text_are_refused(tmp_path, gold):
    tables_dir = tmp_path / "tables"
    for name, frame in tables_from_gold(gold, ARTICLE).items():
        write_table(frame, tables_dir, name, "parquet")
    documents = pd.DataFrame([{"doc_id": "freedonia", "revision_id": None, "sha256": "0" * 64}])
    write_table(documents, tables_dir, "documents", "parquet")
    with pytest.raises(EvaluationError, match="made from a different text"):
        evaluate_gold_dir(tmp_path / "gold", tables=tables_dir)


def test_evaluate_runs_the_pipeline_on_each_gold_text(tmp_path, analyse):
    write_case(tmp_path / "gold", article_gold())
    report = evaluate_gold_dir(tmp_path / "gold")
    rows = analyse(ARTICLE, doc_id="freedonia")
    (document,) = report.documents
    for table in ("dates", "figures", "events"):
        assert document.counts[table].predicted == len(rows.tables[table])
        assert document.counts[table].gold == len(article_gold()[table])


def test_compare_reports_metric_by_metric(gold):
    perfect = tables_from_gold(gold, ARTICLE)
    worse = tables_from_gold(gold, ARTICLE)
    worse["dates"] = worse["dates"].iloc[1:]
    from pipeline.tools.evaluate import EvaluationReport

    old = EvaluationReport([evaluate_document(gold, ARTICLE, perfect)], "tables").as_json()
    new = EvaluationReport([evaluate_document(gold, ARTICLE, worse)], "tables").as_json()
    changes = {(c.scope, c.metric): c for c in compare_reports(old, new)}
    assert changes[("overall", "dates.recall")].delta == pytest.approx(-1 / 3, abs=1e-5)
    assert changes[("overall", "figures.f1")].delta == 0
    assert changes[("freedonia", "dates.recall")].new == pytest.approx(2 / 3, abs=1e-5)
    with pytest.raises(EvaluationError, match="not an evaluation report"):
        compare_reports({"overall": {}}, new)


def test_floors(tmp_path):
    overall = {"dates": {"precision": 0.93, "recall": 0.5652, "f1": 0.7, "value": None}}
    assert floors_from(overall) == {"dates.precision": 0.9, "dates.recall": 0.55, "dates.f1": 0.7}
    assert floors_from({"dates": {"f1": 0.15}}) == {"dates.f1": 0.15}
    breaches = check_floors(overall, {"dates.f1": 0.7, "dates.recall": 0.6, "dates.value": 0.5})
    assert [(b.metric, b.floor) for b in breaches] == [("dates.recall", 0.6), ("dates.value", 0.5)]
    path = tmp_path / "floors.json"
    path.write_text(json.dumps({"suites": {"mine": {"gold": "gold", "floors": {"dates.f1": 0.5}}}}))
    assert load_floors(path, tmp_path / "gold") == {"dates.f1": 0.5}
    with pytest.raises(EvaluationError, match="no suite has gold folder"):
        load_floors(path, tmp_path / "other")
    path.write_text(json.dumps({"floors": {"dates.f2": 0.5}}))
    with pytest.raises(EvaluationError, match="unknown metric 'dates.f2'"):
        load_floors(path)


@pytest.fixture(scope="module")
def runner():
    return CliRunner()


def test_the_command_writes_metrics_errors_and_a_comparison(tmp_path, gold, runner):
    tables_dir = tmp_path / "tables"
    tables = tables_from_gold(gold, ARTICLE)
    tables["dates"] = tables["dates"].iloc[1:]
    for name, frame in tables.items():
        write_table(frame, tables_dir, name, "csv")
    gold_dir = tmp_path / "gold"
    result = runner.invoke(app, ["evaluate", str(gold_dir), "--tables", str(tables_dir), "--json",
                                 str(tmp_path / "run1.json"), "--errors", str(tmp_path / "errors.csv")])
    assert result.exit_code == EXIT_OK, result.output
    assert "freedonia" in result.output and "recall" in result.output
    report = json.loads((tmp_path / "run1.json").read_text())
    assert report["overall"]["dates"]["matched"] == 2
    errors = pd.read_csv(tmp_path / "errors.csv")
    assert list(errors["error"]) == ["missed"] and errors["gold_text"][0] == "March 1987"

    result = runner.invoke(app, ["evaluate", str(gold_dir), "--tables", str(tables_dir), "--compare",
                                 str(tmp_path / "run1.json")])
    assert result.exit_code == EXIT_OK
    assert "dates.recall" in result.output and "+0.000" in result.output

    floors = tmp_path / "floors.json"
    floors.write_text(json.dumps({"floors": {"dates.recall": 0.9, "dates.precision": 1.0}}))
    result = runner.invoke(app, ["evaluate", str(gold_dir), "--tables", str(tables_dir), "--floors", str(floors)])
    assert result.exit_code == EXIT_BELOW_FLOOR
    assert "dates.recall is 0.667, below its floor 0.90" in result.stderr
    floors.write_text(json.dumps({"floors": {"dates.recall": 0.65}}))
    result = runner.invoke(app, ["evaluate", str(gold_dir), "--tables", str(tables_dir), "--floors", str(floors)])
    assert result.exit_code == EXIT_OK


def test_the_command_names_a_bad_gold_file(tmp_path, runner):
    gold = article_gold()
    gold["figures"][1]["kind"] = "percentage"
    write_case(tmp_path, gold)
    result = runner.invoke(app, ["evaluate", str(tmp_path)])
    assert result.exit_code == EXIT_NO_INPUT
    assert "freedonia.gold.json: figures[1]: unknown kind 'percentage'" in result.stderr
    result = runner.invoke(app, ["evaluate", str(tmp_path / "nowhere")])
    assert result.exit_code == EXIT_NO_INPUT and "not a folder" in result.stderr


def test_the_command_runs_the_pipeline_on_gold_texts(tmp_path, runner):
    gold_dir, corpus = tmp_path / "gold", tmp_path / "articles"
    write_case(corpus, article_gold())
    gold_dir.mkdir()
    (corpus / "freedonia.gold.json").replace(gold_dir / "freedonia.gold.json")  # the text is only in --corpus
    result = runner.invoke(app, ["evaluate", str(gold_dir), "--corpus", str(corpus), "--json", str(tmp_path / "m.json")])
    assert result.exit_code == EXIT_OK, result.output
    report = json.loads((tmp_path / "m.json").read_text())
    assert report["source"] == "pipeline" and list(report["documents"]) == ["freedonia"]
    assert report["overall"]["figures"]["gold"] == 2


@pytest.mark.skipif(not (SHARED / "gold").exists(), reason="../shared/gold is absent")
def test_the_command_on_the_founding_article_tables(runner, founding_rows, tmp_path):
    from pipeline.tables.schema import frame_from_rows

    for name, rows in founding_rows.tables.items():
        write_table(frame_from_rows(name, rows), tmp_path / "tables", name, "parquet")
    result = runner.invoke(app, ["evaluate", str(SHARED / "gold"), "--corpus", str(SHARED / "corpus"),
                                 "--tables", str(tmp_path / "tables"), "--json", str(tmp_path / "m.json")])
    assert result.exit_code == EXIT_OK, result.output
    report = json.loads((tmp_path / "m.json").read_text())
    for table in ("dates", "figures", "events"):
        assert report["overall"][table]["predicted"] == len(founding_rows.tables[table])
        assert report["overall"][table]["gold"] == len(json.loads(FOUNDING_GOLD.read_text())[table])
