"""The TIMEX3 grammar on expression texts alone (no spaCy): values, modifiers, granularity, intervals."""
from __future__ import annotations

import pytest

from pipeline.extraction.timex import (
    calendar_day, granularity_of, interval, lexicon, make_timex, parse, parse_day, resolve_relative, shift_years,
)


def reading(text: str, between: bool = False):
    timex = parse(text, between)
    return None if timex is None else (timex.value, timex.mod)


@pytest.mark.parametrize("text, value", [
    ("12 March 1871", "1871-03-12"),
    ("August 3rd, 1914", "1914-08-03"),
    ("Tuesday, 5 November 1605", "1605-11-05"),
    ("Sept. 17, 1787", "1787-09-17"),
    ("1969-07-20", "1969-07-20"),
])
def test_days(text, value):
    assert reading(text) == (value, None)
    assert granularity_of(value) == "day"


@pytest.mark.parametrize("year", [1000, 1582, 1700, 1900, 1996, 2000, 2024, 2099])
def test_calendar_days_are_what_dateparser_reads(year):
    # Every month form of the lexicon, every day it has and the days around them: a day the month has is
    # dateparser's reading, computed; one it does not have is left to dateparser (None here).
    for form, month in lexicon()["months"].items():
        for day in (0, 1, 9, 15, 28, 29, 30, 31, 32):
            fast = calendar_day(year, month, day)
            if fast is not None:
                assert fast == parse_day(f"{day} {form.rstrip('.')} {year}")
    assert calendar_day(year, 2, 29) == (f"{year}-02-29" if year % 4 == 0 and (year % 100 or year % 400 == 0) else None)


def test_a_day_the_month_lacks_is_no_date():
    assert reading("31 April 1999") is None
    assert reading("February 30, 2001") is None


@pytest.mark.parametrize("text, value", [
    ("June 1815", "1815-06"),
    ("March of 1861", "1861-03"),
    ("November, 1918", "1918-11"),
    ("the year 1066", "1066"),
    ("1789", "1789"),
    ("1492 AD", "1492"),
])
def test_months_and_years(text, value):
    assert reading(text) == (value, None)


@pytest.mark.parametrize("text, value", [
    ("1914-1918", "1914/1918"),
    ("1861\u20131865", "1861/1865"),
    ("1939 - 45", "1939/1945"),
    ("1999-2000", "1999/2000"),
    ("1999-00", "1999/2000"),
    ("1870 to 1871", "1870/1871"),
    ("1848 through 1852", "1848/1852"),
    ("April to June, 1944", "1944-04/1944-06"),
    ("January\u2013March 1933", "1933-01/1933-03"),
    ("December 1941 to February 1942", "1941-12/1942-02"),
    ("July 14-17, 1789", "1789-07-14/1789-07-17"),
])
def test_ranges(text, value):
    assert reading(text) == (value, None)
    assert granularity_of(value) == "range"


def test_and_is_a_range_only_after_between():
    assert reading("1805 and 1807") is None
    assert reading("1805 and 1807", between=True) == ("1805/1807", None)


@pytest.mark.parametrize("text, value", [
    ("1909-2011", "1909/2011"),
    ("1897\u20132001", "1897/2001"),
    ("1880 to 1985", "1880/1985"),
])
def test_a_range_as_long_as_a_centenarians_life(text, value):
    # A life span of more than a hundred years is one range; twice that is a pair of amounts.
    assert reading(text) == (value, None)


@pytest.mark.parametrize("text", ["1000-2000", "1200 to 1500", "1800\u20132000"])
def test_a_pair_of_years_longer_than_any_life_is_no_range(text):
    assert reading(text) is None


@pytest.mark.parametrize("text", ["2010 to 29", "1990-1870", "1700-1850 to", "1850-2100"])
def test_not_ranges(text):
    # A two-digit end after "to" is an amount; an end before the start or past the last year is no range.
    assert reading(text) is None


@pytest.mark.parametrize("text, value", [
    ("the 1920s", "192"),
    ("1840s", "184"),
    ("the 2000s", "200"),
    ("the 1700s", "17"),
    ("the 18th century", "17"),
    ("the twelfth century", "11"),
    ("21st century", "20"),
])
def test_decades_and_centuries(text, value):
    assert reading(text) == (value, None)


@pytest.mark.parametrize("text, value, mod", [
    ("early 1848", "1848", "START"),
    ("the early 1930s", "193", "START"),
    ("early-1970s", "197", "START"),
    ("beginning of 1905", "1905", "START"),
    ("the first half of the 1880s", "188", "START"),
    ("mid-1950s", "195", "MID"),
    ("the middle of 1812", "1812", "MID"),
    ("mid 1700s", "17", "MID"),
    ("late 1789", "1789", "END"),
    ("the late 18th century", "17", "END"),
    ("end of 1918", "1918", "END"),
    ("second half of the 1960s", "196", "END"),
    ("the latter half of 1916", "1916", "END"),
    ("late in the 1850s", "185", "END"),
])
def test_inner_modifiers(text, value, mod):
    assert reading(text) == (value, mod)


@pytest.mark.parametrize("text, value", [
    ("spring of 1871", "1871-SP"),
    ("the summer of 1914", "1914-SU"),
    ("autumn 1940", "1940-FA"),
    ("fall of 1929", "1929-FA"),
    ("winter of 1941", "1941-WI"),
    ("the third quarter of 2008", "2008-Q3"),
    ("Q1 2009", "2009-Q1"),
    ("last quarter of 1987", "1987-Q4"),
    ("the first nine months of 1997", "1997-01/1997-09"),
    ("first six months of 2001", "2001-01/2001-06"),
    ("the last three months of 1962", "1962-10/1962-12"),
])
def test_seasons_quarters_and_parts(text, value):
    assert reading(text) == (value, None)


@pytest.mark.parametrize("text, value", [
    ("March", "XXXX-03"),
    ("14 July", "XXXX-07-14"),
    ("October 2", "XXXX-10-02"),
    ("June to August", "XXXX-06/XXXX-08"),
])
def test_missing_year_is_never_filled_from_today(text, value):
    timex = parse(text)
    assert (timex.value, timex.year_unresolved) == (value, True)
    assert (timex.date_from, timex.date_to) == (None, None)


@pytest.mark.parametrize("text", [
    "three years", "two decades", "the following years", "the 38th", "2600", "140th anniversary",
    "the Cold War", "recently", "at that time", "45 years old", "31 February 1990", "the 13th", "May",
])
def test_not_calendar_times(text):
    timex = parse(text)
    # "May" alone is a month by the grammar; only capitalisation in the text (dates.py) makes it one.
    if text == "May":
        assert timex.value == "XXXX-05"
    else:
        assert timex is None


@pytest.mark.parametrize("value, expected", [
    ("1904-02-08", ("1904-02-08", "1904-02-08")),
    ("1900-02", ("1900-02-01", "1900-02-28")),
    ("1904-02", ("1904-02-01", "1904-02-29")),
    ("1941-WI", ("1941-12-01", "1942-02-28")),
    ("1996-SP", ("1996-03-01", "1996-05-31")),
    ("2005-Q4", ("2005-10-01", "2005-12-31")),
    ("1871", ("1871-01-01", "1871-12-31")),
    ("187", ("1870-01-01", "1879-12-31")),
    ("18", ("1800-01-01", "1899-12-31")),
    ("1966/1967", ("1966-01-01", "1967-12-31")),
    ("2005-01/2005-09", ("2005-01-01", "2005-09-30")),
])
def test_intervals(value, expected):
    assert interval(value) == expected


def test_modifier_keeps_the_whole_interval():
    late = parse("the late 1870s")
    assert (late.mod, late.date_from, late.date_to) == ("END", "1870-01-01", "1879-12-31")


@pytest.mark.parametrize("text, anchor, value", [
    ("the previous year", "1954", "1953"),
    ("the following year", "1954-06", "1955"),
    ("that same year", "1954-06-02", "1954"),
    ("same period of the previous year", "1954-01/1954-03", "1953-01/1953-03"),
    ("same period last year", "1954-Q2", "1953-Q2"),
])
def test_relative_expressions(text, anchor, value):
    timex = parse(text)
    assert timex.is_relative
    assert resolve_relative(timex, make_timex(anchor)).value == value


def test_relative_year_needs_a_single_year_anchor():
    assert resolve_relative(parse("the previous year"), make_timex("1950/1953")) is None
    assert resolve_relative(parse("the previous year"), make_timex("195")) is None
    assert shift_years("195", -1) is None


# -- comparatives, short years, century ranges, offsets --------------------------------------

@pytest.mark.parametrize("text, value, mod", [
    ("the later 1960s", "196", "END"),
    ("later 1840s", "184", "END"),
    ("the earlier 1920s", "192", "START"),
    ("the earlier 17th century", "16", "START"),
    ("the latter 1870s", "187", "END"),
    ("the later half of 1931", "1931", "END"),
    ("the earlier part of 1877", "1877", "START"),
])
def test_comparative_modifiers(text, value, mod):
    assert reading(text) == (value, mod)


@pytest.mark.parametrize("text", ["later 1990", "the earlier 1884", "later May 1920"])
def test_comparatives_do_not_qualify_single_years(text):
    # "later 1990" is no expression of its own: a comparative qualifies a decade or century only.
    assert reading(text) is None


@pytest.mark.parametrize("text, value", [
    ("AD 43", "0043"),
    ("410 AD", "0410"),
    ("79 CE", "0079"),
    ("a.d. 800", "0800"),
    ("476-493 AD", "0476/0493"),
])
def test_short_years_with_an_era(text, value):
    timex = parse(text)
    assert (timex.value, timex.granularity) == (value, "year" if "/" not in value else "range")
    assert timex.date_from == f"{value.split('/')[0]}-01-01"


@pytest.mark.parametrize("text, value", [
    ("988", "0988"),
    ("862", "0862"),
    ("850 to 1066", "0850/1066"),
    ("911-1002", "0911/1002"),
])
def test_short_years_the_context_vouches_for(text, value):
    assert parse(text) is None  # alone, a three-digit number (or a range with one) is no year
    assert parse(text, short_years=True).value == value


@pytest.mark.parametrize("text", ["45", "7", "850 to 900", "988 to 1600"])
def test_short_numbers_without_era_or_year_partner_are_not_years(text):
    # Two digits never without an era; two short ends only when vouched for; no 600-year ranges.
    assert parse(text) is None
    if text in ("45", "7", "988 to 1600"):
        assert parse(text, short_years=True) is None


@pytest.mark.parametrize("text, between, value", [
    ("17th to 19th centuries", False, "16/18"),
    ("the 15th\u201316th centuries", False, "14/15"),
    ("the 15th-16th centuries", False, "14/15"),
    ("12th to the 14th century", False, "11/13"),
    ("eleventh and twelfth centuries", False, "10/11"),
    ("18th and 19th century", True, "17/18"),
    ("18th and 19th century", False, "17/18"),
    ("1st or 2nd century ce", False, "00/01"),
    ("the 11th or 12th century", False, "10/11"),
])
def test_century_ranges(text, between, value):
    timex = parse(text, between)
    assert (timex.value, timex.granularity) == (value, "range")
    assert interval(value) == (f"{value[:2]}00-01-01", f"{value[-2:]}99-12-31")


@pytest.mark.parametrize("text", ["19th to 17th centuries", "18th and 20th century", "the 16th to 16th century",
                                  "3rd or 5th century", "the 2nd or 1st century"])
def test_not_century_ranges(text):
    # Backwards, the same century twice, centuries joined by "and" that are not adjacent (without
    # "between"), or alternatives that are not adjacent.
    assert parse(text) is None


@pytest.mark.parametrize("text", [
    "year later", "years earlier", "later", "several years later", "some weeks later", "some decades later",
])
def test_offsets_without_a_count_of_years_months_or_days_are_not_relative_dates(text):
    assert parse(text) is None


@pytest.mark.parametrize("text, anchor, value", [
    # Counted offsets (guideline v1.1: "two years later" after 1976 is 1978) count from the anchor.
    ("a year later", "1931", "1932"),
    ("two years later", "1931-05-02", "1933"),
    ("a year earlier", "1931-05", "1930"),
    ("four years before", "1931", "1927"),
    ("two months later", "1931-11", "1932-01"),
    ("ten months earlier", "1931-03-14", "1930-05"),
    ("three days later", "1931-12-30", "1932-01-02"),
    # Weeks count as seven days each.
    ("two weeks later", "1931-12-30", "1932-01-13"),
    ("a week earlier", "1931-03-03", "1931-02-24"),
    # Decades and centuries count as that many years (set convention: "A decade later" after 1970 is 1980).
    ("a decade later", "1970", "1980"),
    ("two centuries earlier", "1931-05", "1731"),
    # Units finer than the anchor cannot be made certain.
    ("two months later", "1931", None),
    ("three days later", "1931-12", None),
    ("two weeks later", "1931-12", None),
])
def test_counted_offsets_resolve_from_the_anchor(text, anchor, value):
    resolved = resolve_relative(parse(text), make_timex(anchor))
    assert (resolved.value if resolved else None) == value


@pytest.mark.parametrize("text, anchor, value, mod", [
    ("the same month", "1931-06-02", "1931-06", None),
    ("that month", "1931-06", "1931-06", None),
    ("the next day", "1931-02-28", "1931-03-01", None),
    ("the previous day", "1931-03-01", "1931-02-28", None),
    ("the rest of the decade", "1931", "193", "END"),
    ("the following decade", "1938-04", "194", None),
    ("the rest of the century", "1931", "19", "END"),
    ("the next March", "1930-11", "1931-03", None),
    ("the following June", "1930-02-10", "1930-06", None),
    ("the next March", "1930", "1931-03", None),
    ("early the next year", "1930-06", "1931", "START"),
    ("late that year", "1930-03", "1930", "END"),
])
def test_relative_months_days_decades_and_named_months(text, anchor, value, mod):
    resolved = resolve_relative(parse(text), make_timex(anchor))
    assert (resolved.value, resolved.mod) == (value, mod)


def test_relative_units_need_an_anchor_that_precise():
    assert resolve_relative(parse("the same month"), make_timex("1931")) is None
    assert resolve_relative(parse("the next day"), make_timex("1931-06")) is None
    assert resolve_relative(parse("the rest of the decade"), make_timex("1938/1942")) is None
