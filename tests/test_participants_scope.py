"""Participants' scope (issue 15): what is named in an event's sentence but does not take part in it:
the places a journey goes to, from or through (whatever label the model gives their names), and the
titles of works set in italics. Sentences are our own."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.config import SETTINGS
from pipeline.extraction.gazetteer import is_place_name

REPO = Path(__file__).resolve().parent.parent
PLACE_TABLE = "wordnet_place_names.json"
PLACE_SCRIPT = REPO / "scripts" / "build_wordnet_place_names.py"
WORDNET_DIR = Path(os.environ.get("WORDNET_DIR", "/usr/share/wordnet"))


def events_of(analyse, text: str, markup: str = "text") -> list[dict]:
    source = f"Intro.\n\n{text}" if markup == "wikitext" else f"Sample article\n\n{text}"
    return analyse(source, markup=markup).tables["events"]


def participants_of(analyse, text: str, trigger: str, markup: str = "text") -> list[str]:
    events = [e for e in events_of(analyse, text, markup) if e["trigger"] == trigger]
    assert len(events) == 1, [(e["trigger"], e["date"]) for e in events_of(analyse, text, markup)]
    return events[0]["participants"]


# -- the places of a journey ---------------------------------------------------------------------------

@pytest.mark.parametrize("name, expected", [
    ("Hokkaidō", True), ("the Azores", True), ("Madeira", True), ("Barbados", True), ("Greenland", True),
    ("Labour Party", False), ("Nike", False), ("Washington", False),
])
def test_place_names_are_wordnets_places_and_states(name, expected):
    assert is_place_name(name) is expected


def test_place_table_shape():
    data = json.loads((Path(SETTINGS.models_dir) / PLACE_TABLE).read_text(encoding="utf-8"))
    assert set(data) == {"about", "names"}
    assert data["about"]["wordnet"].startswith("WordNet 3.0")
    assert data["about"]["rebuild"] == "python scripts/build_wordnet_place_names.py"
    assert data["names"] == sorted(set(data["names"])) and len(data["names"]) > 2000


def test_place_build_script_rebuilds_the_committed_table_byte_for_byte(tmp_path):
    if not (WORDNET_DIR / "data.noun").is_file():
        pytest.skip(f"WordNet 3.0 is not in {WORDNET_DIR}")
    out = tmp_path / PLACE_TABLE
    subprocess.run([sys.executable, str(PLACE_SCRIPT), "--output", str(out), "--wordnet-dir", str(WORDNET_DIR)],
                   check=True, capture_output=True)
    assert out.read_bytes() == (Path(SETTINGS.models_dir) / PLACE_TABLE).read_bytes()


@pytest.mark.parametrize("text, trigger, person, places", [
    ("In 1912 Kenji Mori moved to Hokkaidō with his brother.", "moved", "Kenji Mori", ["Hokkaidō"]),
    ("After Kenji Mori left Hokkaidō in 1920, he opened a school.", "left", "Kenji Mori", ["Hokkaidō"]),
    ("In 1970 Lars Vik crossed the ocean from Morocco to Barbados on a raft.", "crossed", "Lars Vik",
     ["MAR", "BRB"]),
    ("In 1984 the explorer Maria Lund crossed the Atlantic rowing alone from Namibia to Brazil.", "crossed", "Maria Lund",
     ["NAM", "BRA"]),
])
def test_the_places_a_journey_goes_to_from_or_through_take_no_part(analyse, text, trigger, person, places):
    participants = participants_of(analyse, text, trigger)
    assert person in participants
    assert not set(places) & set(participants)


def test_an_organisation_left_still_takes_part(analyse):
    participants = participants_of(analyse, "In 1950 Jon Berg left the Labour Party after a quarrel.", "left")
    assert "Labour Party" in participants


# -- works set in italics ------------------------------------------------------------------------------

@pytest.mark.parametrize("wikitext, trigger, person, work", [
    ("In 1937, the director Paul Hale directed [[Nina Gray]] in ''[[Heidi]]''.", "directed", "Paul Hale", "Heidi"),
    ("In 1950 the playwright Tom Reed adapted ''Margaret Lane'' for the stage.", "adapted", "Tom Reed",
     "Margaret Lane"),
    ("In 1962 the critic Rosa Field wrote an introduction to ''Gustav Brenner''.", "wrote", "Rosa Field",
     "Gustav Brenner"),
])
def test_a_title_in_italics_is_a_work_not_a_participant(analyse, wikitext, trigger, person, work):
    participants = participants_of(analyse, wikitext, trigger, markup="wikitext")
    assert person in participants
    assert work not in participants


def test_a_body_whose_name_is_set_in_italics_still_takes_part(analyse):
    wikitext = "In 1838 the engineer Hugh Dale formed ''Harwood Paving Company'' in London."
    assert "Harwood Paving Company" in participants_of(analyse, wikitext, "formed", markup="wikitext")
