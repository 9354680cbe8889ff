"""The gazetteer: states, organisations and persons to canonical ids."""
from __future__ import annotations

import json

import pytest

from pipeline.config import SETTINGS
from pipeline.extraction.gazetteer import (
    canonical_person,
    is_capital,
    kind_of,
    resolve_parties,
    resolve_party,
    timex_period,
)


@pytest.mark.parametrize("text, expected", [
    ("North Korea", "PRK"), ("the DPRK", "PRK"), ("Democratic People's Republic of Korea", "PRK"),
    ("North Korean", "PRK"), ("Pyongyang", "PRK"),
    ("South Korea", "KOR"), ("ROK", "KOR"), ("Republic of Korea", "KOR"), ("Seoul", "KOR"),
    ("Russia", "RUS"), ("the Russian Federation", "RUS"), ("Russian Empire", "RUS"), ("the Kremlin", "RUS"),
    ("Soviet Union", "SUN"), ("the USSR", "SUN"), ("Soviet", "SUN"), ("Soviets", "SUN"),
    ("People's Republic of China", "CHN"), ("PRC", "CHN"), ("Chinese", "CHN"), ("Beijing", "CHN"),
    ("the United States", "USA"), ("U.S.", "USA"), ("US", "USA"), ("American", "USA"),
    ("Washington", "USA"), ("the White House", "USA"),
    ("Japan", "JPN"), ("Tokyo", "JPN"), ("Japanese", "JPN"),
    ("UK", "GBR"), ("British", "GBR"), ("London", "GBR"),
    ("Côte d'Ivoire", "CIV"), ("Cote d'Ivoire", "CIV"), ("Tuvalu", "TUV"), ("Burma", "MMR"),
])
def test_states_by_name_code_demonym_and_capital(text, expected):
    assert resolve_party(text) == expected


@pytest.mark.parametrize("text", ["the North", "the South", "North", "us", "Korean War", "yesterday", ""])
def test_ambiguous_or_unknown_names_do_not_resolve(text):
    assert resolve_party(text) is None


def test_possessive_and_quotes_are_ignored():
    assert resolve_party("Japan's") == "JPN"
    assert resolve_party("\u201cRussia\u2019s\u201d") == "RUS"


def test_every_un_member_state_resolves_by_name_and_alpha3_code():
    records = [json.loads(line) for line in (SETTINGS.models_dir / "gazetteer_states.jsonl").open(encoding="utf-8")]
    codes = {record["id"] for record in records}
    assert len(codes) == len(records)  # one record per state
    assert len(codes) >= 193
    for record in records:
        assert resolve_party(record["name"]) == record["id"], record["name"]
        assert resolve_party(record["id"]) == record["id"], record["id"]


def test_alpha3_codes_are_case_sensitive():
    assert resolve_party("CAN") == "CAN"
    assert resolve_party("can") is None


def test_period_picks_the_state_a_name_stood_for():
    assert resolve_party("Moscow", "1950/1953") == "SUN"
    assert resolve_party("the Russian", "1962") == "SUN"
    assert resolve_party("Moscow", "2000-07") == "RUS"
    # A period reaching past the Soviet Union's end is not wholly Soviet.
    assert resolve_party("Russia", "199") == "RUS"
    assert resolve_party("Korea", "1937") == "KOR"
    assert resolve_party("Korea", "1950") is None
    assert resolve_party("Korea") is None


@pytest.mark.parametrize("text, expected", [
    ("the Russian Foreign Ministry", "RUS"), ("Soviet troops", "SUN"), ("the North Korean government", "PRK"),
    ("Ministry of Foreign Affairs of Japan", "JPN"), ("the Government of the Soviet Union", "SUN"),
    ("Chinese authorities", "CHN"),
])
def test_organs_of_a_state_resolve_to_the_state(text, expected):
    assert resolve_party(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("United Nations", "United Nations"), ("the UN", "United Nations"), ("U.N.", "United Nations"),
    ("North Atlantic Treaty Organization", "NATO"),  # v1.1: its common English name
    ("NATO", "NATO"), ("the IAEA", "International Atomic Energy Agency"),
    ("the European Union", "European Union"),
])
def test_organisations_by_common_english_name(text, expected):
    assert resolve_party(text) == expected
    assert kind_of(expected) == "org"


@pytest.mark.parametrize("text, expected", [
    ("Russia\u2013DPRK", ["RUS", "PRK"]), ("Sino-Soviet", ["CHN", "SUN"]), ("Russo-Japanese War", ["RUS", "JPN"]),
    ("US-ROK", ["USA", "KOR"]), ("China", ["CHN"]), ("the weather", []),
])
def test_compounds_give_every_party(text, expected):
    assert resolve_parties(text) == expected


def test_capitals_are_known_as_places():
    assert is_capital("Pyongyang") and is_capital("the Kremlin") and is_capital("Tokyo")
    assert not is_capital("Russia")


def test_timex_period_bounds():
    assert timex_period("1950/1953") == ("1950-01-01", "1953-12-31")
    assert timex_period("196") == ("1960-01-01", "1969-12-31")
    assert timex_period("2003-01-10") == ("2003-01-10", "2003-01-10")
    assert timex_period("1996-SP") == ("1996-01-01", "1996-12-31")
    assert timex_period(None) is None


def test_surname_resolves_to_the_full_name_in_the_document(nlp):
    doc = nlp("Boris Yeltsin met the press. Later, Yeltsin flew to Paris and met Jacques Chirac. Chirac agreed.")
    assert canonical_person("Yeltsin", doc) == "Boris Yeltsin"
    assert canonical_person("Chirac", doc) == "Jacques Chirac"


def test_person_names_lose_titles_and_take_gazetteer_forms():
    assert canonical_person("President Putin", names=["Vladimir Putin"]) == "Vladimir Putin"
    assert canonical_person("Kim Jong-il") == "Kim Jong Il"
    assert canonical_person("Kim Il-sung's") == "Kim Il Sung"
    assert canonical_person("Marshal Stalin") == "Joseph Stalin"
    # A Korean hyphenated given name unknown to the gazetteer is still written as two words.
    assert canonical_person("Ri Su-yong") == "Ri Su Yong"
    # A name the document and gazetteer do not know is kept as written.
    assert canonical_person("Anna Petrova", names=["Ivan Petrov"]) == "Anna Petrova"


@pytest.mark.parametrize("name, names, subject, expected", [
    ("Einstein", ["Albert Einstein"] * 3 + ["Hans Albert Einstein"], None, "Albert Einstein"),
    ("Albert Einstein", ["Albert Einstein", "Hans Albert Einstein"], None, "Albert Einstein"),
    ("Lincoln", ["Abraham Lincoln"] * 2 + ["Nancy Hanks Lincoln"], None, "Abraham Lincoln"),
    ("Huxley", ["Thomas Henry Huxley", "Leonard Huxley"], "Aldous Huxley", "Aldous Huxley"),
    ("Johnston", ["William Preston Johnston"] * 2 + ["Albert Sidney Johnston"], "Albert Sidney Johnston",
     "Albert Sidney Johnston"),
    ("Awards", [], "Academy Awards", "Awards"),
])
def test_a_surname_is_the_person_named_most_or_the_articles_subject(name, names, subject, expected):
    assert canonical_person(name, names=names, subject=subject) == expected
