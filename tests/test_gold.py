"""Gold files: loading, checking (errors name file, list and index) and anchoring in the raw text."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.errors import GoldFormatError
from pipeline.tools.gold import (
    count_occurrences, find_occurrence, find_text_file, gold_files, load_gold, normalize_timex, resolve_gold,
    same_timex,
)
from tests.conftest import CORPUS, FOUNDING_GOLD

ARTICLE = (
    "Freedonia-Sylvania relations\n\n"
    "In March 1987 the two governments signed a fisheries accord. By 1990 exports of timber were worth "
    "US$45 million, about 12% of all trade.\n\n"
    "The accord lapsed in the mid-1990s, and 1990 was remembered as its best year.\n"
)


def article_gold(**changes) -> dict:
    gold = {
        "doc_id": "freedonia",
        "text_file": "freedonia.txt",
        "dates": [
            {"text": "March 1987", "occurrence": 1, "value": "1987-03", "mod": None},
            {"text": "1990", "occurrence": 1, "value": "1990", "mod": "ON_OR_BEFORE"},
            {"text": "mid-1990s", "value": "199", "mod": "MID"},
        ],
        "figures": [
            {"text": "US$45 million", "kind": "money", "value": 45000000, "unit": "USD", "item": "timber",
             "period": "1990", "measure": "exports"},
            {"text": "12%", "kind": "percent", "value": 12, "unit": "%", "qualifier": "approx", "period": "1990",
             "measure": "share"},
        ],
        "events": [
            {"trigger": "signed", "type": "agreement", "date_text": "March 1987", "date": "1987-03",
             "participants": ["Sylvania", "Freedonia"], "location": None},
            {"trigger": "lapsed", "type": "withdrawal", "date_text": "mid-1990s", "date": "199X"},
        ],
    }
    gold.update(changes)
    return gold


def write_case(folder: Path, gold: dict, text: str = ARTICLE, name: str = "freedonia") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    path = folder / f"{name}.gold.json"
    path.write_text(json.dumps(gold), encoding="utf-8")
    return path


def error_of(tmp_path: Path, gold: dict, text: str = ARTICLE) -> str:
    path = write_case(tmp_path, gold, text)
    with pytest.raises(GoldFormatError) as caught:
        resolve_gold(load_gold(path), text)
    message = str(caught.value)
    assert "\n" not in message
    assert message.startswith("freedonia.gold.json: ")
    return message


def test_resolves_every_annotation_to_its_raw_span(tmp_path):
    gold = resolve_gold(load_gold(write_case(tmp_path, article_gold())), ARTICLE)
    for entry in gold.dates + gold.figures:
        assert ARTICLE[entry.start:entry.end] == entry.text
    for event in gold.events:
        assert ARTICLE[event.start:event.end] == event.trigger
    assert gold.events[0].participants == ("Freedonia", "Sylvania")  # sorted, as a set
    assert gold.events[1].location is None and gold.events[1].participants == ()
    assert gold.figures[0].low is None and gold.figures[1].item is None  # omitted fields are null


def test_occurrence_counts_from_the_start_and_picks_the_nth(tmp_path):
    changed = article_gold()
    changed["dates"][1] = {"text": "1990", "occurrence": 3, "value": "1990", "mod": None}
    gold = resolve_gold(load_gold(write_case(tmp_path, changed)), ARTICLE)
    # The second "1990" is inside "mid-1990s": every start counts, so the third is the last one.
    assert gold.dates[1].start == ARTICLE.rindex("1990")


def test_find_occurrence_counts_overlapping_starts():
    assert find_occurrence("aaaa", "aa", 2) == (1, 3)
    assert find_occurrence("aaaa", "aa", 3) == (2, 4)
    assert find_occurrence("aaaa", "aa", 4) is None
    assert count_occurrences("200 and 2004 and 200", "200") == 3
    assert find_occurrence("200 and 2004 and 200", "200", 3) == (17, 20)


def test_event_is_anchored_to_the_nearest_date_with_its_text(tmp_path):
    text = "In 1990 a fair opened. Years later, in 1990 style, a dam opened in 1990 too.\n"
    gold = {
        "doc_id": "freedonia", "text_file": "freedonia.txt",
        "dates": [{"text": "1990", "value": "1990"}, {"text": "1990", "occurrence": 3, "value": "1990"}],
        "figures": [],
        "events": [{"trigger": "opened", "occurrence": 2, "type": "economic", "date_text": "1990", "date": "1990"}],
    }
    resolved = resolve_gold(load_gold(write_case(tmp_path, gold, text)), text)
    assert resolved.events[0].date_index == 1


@pytest.mark.parametrize("listname, index, entry, expected", [
    ("figures", 1, {"text": "12%", "kind": "percentage", "value": 12, "measure": "share"}, "unknown kind 'percentage'"),
    ("figures", 0, {"text": "US$45 million", "kind": "money", "value": 45e6, "measure": "sales"}, "unknown measure"),
    ("figures", 1, {"text": "12%", "kind": "percent", "value": 12, "measure": "share", "qualifier": "circa"},
     "unknown qualifier"),
    ("dates", 2, {"text": "mid-1990s", "value": "199", "mod": "MIDDLE"}, "unknown mod 'MIDDLE'"),
    ("dates", 0, {"text": "March 1987", "value": "March 1987"}, "not a TIMEX3 value"),
    ("events", 1, {"trigger": "lapsed", "type": "ending", "date_text": "mid-1990s", "date": "199"},
     "unknown type 'ending'"),
    ("figures", 0, {"text": "US$45 million", "kind": "money", "measure": "exports"}, "needs a 'value'"),
    ("figures", 0, {"text": "US$45 million", "kind": "money", "value": "45", "measure": "exports"},
     "'value' must be a number"),
    ("dates", 1, {"text": "1990", "value": "1990", "mood": None}, "unknown field 'mood'"),
    ("dates", 1, {"text": "1990", "value": "1990", "occurrence": 0}, "'occurrence' must be"),
    ("events", 0, {"trigger": "signed", "type": "agreement", "date": "1987-03"}, "missing 'date_text'"),
    ("events", 0, {"trigger": "signed", "type": "agreement", "date_text": "March 1987", "date": "1987",
                   "participants": "Freedonia"}, "'participants' must be a list"),
])
def test_bad_entries_are_named_by_file_list_and_index(tmp_path, listname, index, entry, expected):
    gold = article_gold()
    gold[listname][index] = entry
    message = error_of(tmp_path, gold)
    assert f"{listname}[{index}]: " in message
    assert expected in message


@pytest.mark.parametrize("listname, index, entry, expected", [
    ("dates", 1, {"text": "1990", "occurrence": 4, "value": "1990"},
     "occurrence 4 not found in freedonia.txt (it occurs 3 times)"),  # "mid-1990s" holds one
    ("figures", 0, {"text": "US$ 45 million", "kind": "money", "value": 45e6, "measure": "exports"}, "not found"),
    ("events", 0, {"trigger": "signs", "type": "agreement", "date_text": "March 1987", "date": "1987-03"}, "'signs'"),
    ("events", 0, {"trigger": "signed", "type": "agreement", "date_text": "1987", "date": "1987"},
     "date_text '1987' is not the text of any entry in dates"),
    ("events", 0, {"trigger": "signed", "type": "agreement", "date_text": "March 1987", "date": "1987-04"},
     "date '1987-04' differs"),
    ("dates", 2, {"text": "March 1987", "value": "1987-03"}, "same span as dates[0]"),
])
def test_annotations_that_do_not_resolve_are_named(tmp_path, listname, index, entry, expected):
    gold = article_gold()
    gold[listname][index] = entry
    message = error_of(tmp_path, gold)
    assert f"{listname}[{index}]: " in message
    assert expected in message


def test_file_level_problems(tmp_path):
    path = tmp_path / "freedonia.gold.json"
    path.write_text('{"doc_id": "freedonia", "dates": [', encoding="utf-8")
    with pytest.raises(GoldFormatError, match=r"^freedonia.gold.json: not valid JSON: .*line 1"):
        load_gold(path)
    path.write_text(json.dumps(article_gold(doc_id="sylvania")), encoding="utf-8")
    with pytest.raises(GoldFormatError, match="doc_id 'sylvania' does not match the file name"):
        load_gold(path)
    path.write_text(json.dumps(article_gold(figures={"text": "12%"})), encoding="utf-8")
    with pytest.raises(GoldFormatError, match=r"^freedonia.gold.json: figures: must be a list"):
        load_gold(path)
    path.write_text(json.dumps([article_gold()]), encoding="utf-8")
    with pytest.raises(GoldFormatError, match="top level must be a JSON object"):
        load_gold(path)


def test_notes_are_allowed_but_not_typos(tmp_path):
    gold = article_gold()
    gold["dates"][0]["note"] = "the month is in the text"
    gold["dates"][0]["_checked_by"] = "annotator 2"
    assert load_gold(write_case(tmp_path, gold)).dates[0].value == "1987-03"


def test_text_file_is_found_beside_the_gold_or_in_the_corpus(tmp_path):
    gold_dir, corpus = tmp_path / "gold", tmp_path / "articles"
    path = write_case(gold_dir, article_gold())
    assert find_text_file(load_gold(path)) == gold_dir / "freedonia.txt"
    (gold_dir / "freedonia.txt").unlink()
    with pytest.raises(GoldFormatError, match="text_file 'freedonia.txt' not found"):
        find_text_file(load_gold(path), corpus)
    corpus.mkdir()
    (corpus / "freedonia.txt").write_text(ARTICLE, encoding="utf-8")
    assert find_text_file(load_gold(path), corpus) == corpus / "freedonia.txt"
    assert gold_files(gold_dir) == [path]


@pytest.mark.parametrize("a, b", [("198", "198X"), ("19", "19XX"), ("1980/199", "1980/199X"), (2004.0, "2004"),
                                  (2004, "2004"), (None, float("nan"))])
def test_timex_spellings_that_mean_the_same(a, b):
    assert same_timex(a, b)


@pytest.mark.parametrize("a, b", [("198", "1980"), ("1998-11", "1998"), ("2005-Q1", "2005-01"), ("199", None)])
def test_timex_values_that_differ(a, b):
    assert not same_timex(a, b)
    assert normalize_timex(a) != normalize_timex(b)


@pytest.mark.skipif(not FOUNDING_GOLD.exists(), reason="../shared/gold is not beside the repository")
def test_the_founding_gold_loads_and_resolves(founding_raw):
    gold = resolve_gold(load_gold(FOUNDING_GOLD), founding_raw)
    assert gold.dates and gold.figures and gold.events
    for entry in gold.dates + gold.figures:
        assert founding_raw[entry.start:entry.end] == entry.text
    for event in gold.events:
        assert founding_raw[event.start:event.end] == event.trigger
        assert gold.dates[event.date_index].text == event.date_text


@pytest.mark.parametrize("gold_path", sorted((CORPUS / "gold").glob("*.gold.json")), ids=lambda p: p.name)
def test_our_corpus_gold_resolves(gold_path):
    gold = load_gold(gold_path)
    text = find_text_file(gold, CORPUS).read_text(encoding="utf-8")
    resolved = resolve_gold(gold, text)
    for entry in resolved.dates + resolved.figures:
        assert text[entry.start:entry.end] == entry.text
