"""numbers.py: amounts as articles write them, read into values in base units (no spaCy needed)."""
from __future__ import annotations

import pytest

from pipeline.extraction.numbers import parse_amount, parse_number, written_precision


@pytest.mark.parametrize("text, value, unit", [
    ("US$4.2 billion", 4.2e9, "USD"),
    ("US$ 4.2 billion", 4.2e9, "USD"),
    ("4.2 billion US dollars", 4.2e9, "USD"),
    ("$7.45 million", 7.45e6, "USD"),
    ("USD 40 million", 4e7, "USD"),
    ("3 billion USD", 3e9, "USD"),
    ("€30m", 3e7, "EUR"),
    ("£2bn", 2e9, "GBP"),
    ("¥500 billion", 5e11, "JPY"),
    ("RUB 3 billion", 3e9, "RUB"),
    ("900 million rubles", 9e8, "RUB"),
    ("250 million Canadian dollars", 2.5e8, "CAD"),
    ("five million dollars", 5e6, "USD"),
    ("12 trillion yen", 1.2e13, "JPY"),
])
def test_money_with_currency_prefix_suffix_and_scale(text, value, unit):
    amount = parse_amount(text)
    assert amount is not None and amount.kind == "money"
    assert amount.value == pytest.approx(value) and amount.unit == unit


@pytest.mark.parametrize("text, value", [
    ("412,000 tons", 412000), ("2,350 tonnes", 2350), ("7,214 t", 7214), ("3.5 million tons", 3.5e6),
    ("1.2 million metric tons", 1.2e6), ("two million tonnes", 2e6), ("500 kg", 0.5),
])
def test_mass_in_metric_tonnes(text, value):
    amount = parse_amount(text)
    assert amount is not None and amount.kind == "mass" and amount.unit == "t"
    assert amount.value == pytest.approx(value)


@pytest.mark.parametrize("text, value", [
    ("45%", 45), ("17.3 percent", 17.3), ("12 per cent", 12), ("forty percent", 40), ("3 percentage points", 3),
])
def test_percent(text, value):
    amount = parse_amount(text)
    assert amount is not None and amount.kind == "percent" and amount.unit == "%"
    assert amount.value == pytest.approx(value)


@pytest.mark.parametrize("text, value", [
    ("2,750", 2750), ("Seventy four", 74), ("twenty-six", 26), ("three hundred and twelve", 312), ("a dozen", 12),
    ("one and a half million", 1.5e6), ("4.5 million", 4.5e6),
])
def test_counts_and_number_words(text, value):
    amount = parse_amount(text)
    assert amount is not None and amount.kind == "count" and amount.unit is None
    assert amount.value == pytest.approx(value)


@pytest.mark.parametrize("text, value", [
    ("Hundreds of thousands", 200000), ("thousands", 2000), ("tens of thousands", 20000), ("dozens", 24),
])
def test_vague_plurals_read_as_their_lower_bound(text, value):
    amount = parse_amount(text)
    assert amount is not None and amount.vague and amount.value == pytest.approx(value)


@pytest.mark.parametrize("text, value", [
    ("several hundred", 200), ("Several thousand", 2000), ("a few hundred", 200), ("several hundred thousand", 200000),
    ("A few million", 2e6),
])
def test_a_vague_quantifier_of_a_scale_reads_as_its_lower_bound(text, value):
    amount = parse_amount(text)
    assert amount is not None and amount.vague and amount.value == pytest.approx(value)


@pytest.mark.parametrize("text", ["several", "a few", "several dozen thousand hundred and", "few"])
def test_a_vague_quantifier_without_a_scale_is_no_amount(text):
    amount = parse_amount(text)
    assert amount is None or not amount.vague


@pytest.mark.parametrize("text, low, high, unit", [
    ("8,000–12,000", 8000, 12000, None),
    ("between $4 and $6 million", 4e6, 6e6, "USD"),
    ("$3–7 billion", 3e9, 7e9, "USD"),
    ("2 to 4 million tonnes", 2e6, 4e6, "t"),
    ("between two and three million", 2e6, 3e6, None),
    ("10–15%", 10, 15, "%"),
    ("between 500 and 3 million", 500, 3e6, None),
])
def test_ranges_share_the_scale_written_once(text, low, high, unit):
    amount = parse_amount(text)
    assert amount is not None and amount.value is None and amount.is_range
    assert (amount.low, amount.high) == (pytest.approx(low), pytest.approx(high))
    assert amount.unit == unit


@pytest.mark.parametrize("text", ["38th", "5 m", "10 pounds", "B-29", "tons", "$", "seven seas"])
def test_not_amounts(text):
    assert parse_amount(text) is None


def test_pounds_with_a_scale_are_sterling():
    assert parse_amount("5 million pounds").unit == "GBP"


def test_number_words_and_ordinals():
    assert parse_number("Ninety one") == 91
    assert parse_number("1,204.5") == 1204.5
    assert parse_number("21st") is None


def test_written_precision_is_half_the_last_significant_place():
    assert written_precision("$2.45 billion") == pytest.approx(5e6)
    assert written_precision("US$70 million") == pytest.approx(5e6)
    assert written_precision("3100") == pytest.approx(50)


@pytest.mark.parametrize("text, value, unit", [
    ("\u22125 million dollars", -5e6, "USD"),
    ("-5 million dollars", -5e6, "USD"),
    ("\u22122.5%", -2.5, "%"),
    ("-300 euros", -300.0, "EUR"),
])
def test_a_sign_glued_to_the_digits_makes_a_negative_amount(text, value, unit):
    amount = parse_amount(text)
    assert amount is not None and (amount.value, amount.unit) == (value, unit)


@pytest.mark.parametrize("text, value", [("10^6 dollars", 1e6), ("10^3", 1e3), ("$2^10", 1024.0)])
def test_a_caret_power_is_one_number(text, value):
    amount = parse_amount(text)
    assert amount is not None and amount.value == value and amount.low is None


@pytest.mark.parametrize("text", ["10^999 dollars", "10^400", "$10^999"])
def test_a_power_too_large_for_a_float_is_no_amount(text):
    assert parse_amount(text) is None
