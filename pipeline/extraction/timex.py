"""TIMEX3 normalisation: the text of one temporal expression into value, mod, granularity and interval.

A small grammar over the expression's own text (never the article around it): days, months,
seasons, quarters, years, year and month ranges, decades, centuries, parts of them ("the first nine
months of 2005") and the modifiers inside them ("late 1966", "the second half of the 1990s").
A day-precise date with its year is a calendar day (`calendar_day`); dateparser (one parser built once,
English only, settings pinned in config.py) decides only a day its month does not have. The grammar's
vocabulary lives in models/date_lexicon.json.

A missing year stays `XXXX` in the value (`XXXX-03`); `dates.py` resolves it from the article or
flags it. Relative expressions ("the previous year") parse to a `Timex` with `relative_years` set and
no value until `resolve_relative` gives them an anchor.
"""
from __future__ import annotations

import calendar
import datetime
import json
import re
from dataclasses import dataclass, replace
from functools import lru_cache

from ..config import DATEPARSER_LANGUAGES, DATEPARSER_SETTINGS, SETTINGS

UNRESOLVED_YEAR = "XXXX"
SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}


@dataclass(frozen=True)
class Timex:
    value: str
    mod: str | None
    granularity: str
    date_from: str | None
    date_to: str | None
    # Relative expressions ("the previous year", "two years later", "the same month"): a shift of
    # `relative_shift` units of `relative_unit` (year, month, day, decade, century) from an anchor;
    # `relative_keep` is "period" when the anchor's whole period is kept ("same period of the previous
    # year") and "offset" for a counted offset ("two years later"), which counts from a nearby anchor
    # only; a named month ("the next March") or season ("the following spring") is the first such month
    # or season after the anchor.
    relative_shift: int | None = None
    relative_keep: str | None = None
    relative_unit: str = "year"
    relative_month: int | None = None
    relative_season: str | None = None  # "the following spring": the first such season after the anchor
    relative_day: int | None = None  # "December 25 of that year": the day of the month of the relative year
    relative_half: bool = False  # "two and a half months later": half a unit more, certain only from a finer anchor

    @property
    def year_unresolved(self) -> bool:
        return UNRESOLVED_YEAR in self.value

    @property
    def is_relative(self) -> bool:
        return self.relative_shift is not None


@lru_cache(maxsize=1)
def lexicon() -> dict:
    path = SETTINGS.models_dir / "date_lexicon.json"
    with open(path, encoding="utf-8") as handle:
        data = json.load(handle)
    return {key: value for key, value in data.items() if not key.startswith("_")}


# -- values and intervals -------------------------------------------------------------------

def granularity_of(value: str) -> str:
    if "/" in value:
        return "range"
    if re.fullmatch(r"(\d{4}|XXXX)-\d{2}-\d{2}", value):
        return "day"
    if re.fullmatch(r"(\d{4}|XXXX)-\d{2}", value):
        return "month"
    if re.fullmatch(r"(\d{4}|XXXX)-(SP|SU|FA|WI)", value):
        return "season"
    if re.fullmatch(r"(\d{4}|XXXX)-(Q[1-4]|H[12])", value):
        return "quarter"  # halves (H1, H2), which gold may use, are counted with quarters
    if re.fullmatch(r"\d{4}|XXXX", value):
        return "year"
    if re.fullmatch(r"\d{3}", value):
        return "decade"
    if re.fullmatch(r"\d{2}", value):
        return "century"
    raise ValueError(f"not a TIMEX3 value: {value!r}")


def _bounds(part: str) -> tuple[str, str] | None:
    """First and last calendar day of one (non-range) TIMEX3 value."""
    if UNRESOLVED_YEAR in part:
        return None
    if match := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", part):
        return part, part
    if match := re.fullmatch(r"(\d{4})-(\d{2})", part):
        year, month = int(match[1]), int(match[2])
        return f"{year:04d}-{month:02d}-01", f"{year:04d}-{month:02d}-{calendar.monthrange(year, month)[1]:02d}"
    if match := re.fullmatch(r"(\d{4})-(SP|SU|FA|WI)", part):
        year = int(match[1])
        first, last = SEASON_MONTHS[match[2]]
        last_year = year + 1 if last < first else year
        last_day = calendar.monthrange(last_year, last)[1]
        return f"{year:04d}-{first:02d}-01", f"{last_year:04d}-{last:02d}-{last_day:02d}"
    if match := re.fullmatch(r"(\d{4})-Q([1-4])", part):
        year, quarter = int(match[1]), int(match[2])
        first, last = 3 * quarter - 2, 3 * quarter
        return f"{year:04d}-{first:02d}-01", f"{year:04d}-{last:02d}-{calendar.monthrange(year, last)[1]:02d}"
    if re.fullmatch(r"\d{4}", part):
        return f"{part}-01-01", f"{part}-12-31"
    if re.fullmatch(r"\d{3}", part):
        return f"{part}0-01-01", f"{part}9-12-31"
    if re.fullmatch(r"\d{2}", part):
        return f"{part}00-01-01", f"{part}99-12-31"
    return None


def interval(value: str) -> tuple[str | None, str | None]:
    """ISO calendar dates bounding a TIMEX3 value; (None, None) while the year is unresolved.

    A modifier never narrows the interval: "late 1980s" is still 1980-01-01/1989-12-31.
    """
    parts = value.split("/")
    first, last = _bounds(parts[0]), _bounds(parts[-1])
    if first is None or last is None:
        return None, None
    return first[0], last[1]


def make_timex(value: str, mod: str | None = None) -> Timex:
    date_from, date_to = interval(value)
    return Timex(value, mod, granularity_of(value), date_from, date_to)


def with_year(timex: Timex, year: int) -> Timex:
    """The timex with its XXXX year(s) filled in."""
    value = timex.value.replace(UNRESOLVED_YEAR, f"{year:04d}")
    return make_timex(value, timex.mod)


def years_in(value: str) -> list[int]:
    return [int(year) for year in re.findall(r"(?<!\d)\d{4}(?!\d)", value)]


def shift_years(value: str, years: int) -> str | None:
    """The same calendar period `years` later (negative: earlier); None for decades and centuries."""
    if granularity_of(value) in ("decade", "century") or UNRESOLVED_YEAR in value:
        return None
    if any(granularity_of(part) in ("decade", "century") for part in value.split("/")):
        return None
    return re.sub(r"(?<!\d)\d{4}(?!\d)", lambda match: f"{int(match[0]) + years:04d}", value)


def _anchor_point(anchor: Timex) -> tuple[int, int | None, int | None] | None:
    """(year, month, day) of an anchor that is one year, month or day (a range: its single year, with the
    month and day only when both ends share them); None for wider or open times."""
    parts = anchor.value.split("/")
    if any(granularity_of(part) in ("decade", "century") for part in parts):
        return None
    points = []
    for part in parts:
        match = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", part)
        points.append((int(part[:4]), None, None) if match is None else
                      (int(match[1]), int(match[2]) if match[2] else None, int(match[3]) if match[3] else None))
    years = {point[0] for point in points}
    if len(years) != 1:
        return None
    if len(set(points)) == 1:
        return points[0]
    months = {point[1] for point in points}
    return years.pop(), months.pop() if len(months) == 1 else None, None


def _next_season(timex: Timex, anchor: Timex) -> Timex | None:
    """"the following spring" after the anchor: in the anchor's year when the season starts after the
    anchor's month (a season anchor counts as its first month), else in the next year; after a bare year
    always in the next year."""
    last = anchor.value.split("/")[-1]
    match = re.fullmatch(r"(\d{4})(?:-(\d{2}|SP|SU|FA|WI))?(?:-\d{2})?", last)
    if match is None:
        return None
    year, part = int(match[1]), match[2]
    first_month = SEASON_MONTHS[timex.relative_season][0]
    if part is None:
        after = year + 1
    else:
        month = SEASON_MONTHS[part][0] if part in SEASON_MONTHS else int(part)
        after = year if first_month > month else year + 1
    return make_timex(f"{after:04d}-{timex.relative_season}", timex.mod)


def resolve_relative(timex: Timex, anchor: Timex) -> Timex | None:
    """A relative expression ("the previous year", "two years later", "the same month") made absolute
    from the anchor before it; None when the anchor is not precise enough to make it certain."""
    if not timex.is_relative or anchor.year_unresolved or anchor.is_relative:
        return None
    shift, unit = timex.relative_shift or 0, timex.relative_unit
    if timex.relative_keep == "period":
        value = shift_years(anchor.value, shift)
        return make_timex(value, timex.mod) if value else None
    if unit in ("decade", "century"):
        width = 10 if unit == "decade" else 100
        starts = {int(bound[:4]) // width for bound in interval(anchor.value) if bound}
        if len(starts) != 1:
            return None  # the anchor spans more than one decade (century)
        first = starts.pop() + shift
        return make_timex(f"{first:03d}" if unit == "decade" else f"{first:02d}", timex.mod) if first > 0 else None
    if timex.relative_season is not None and timex.relative_keep != "in_year":
        return _next_season(timex, anchor)
    point = _anchor_point(anchor)
    if point is None:
        return None
    year, month, day = point
    if timex.relative_season is not None:
        return make_timex(f"{year + shift:04d}-{timex.relative_season}", timex.mod)
    if timex.relative_half:
        return _half_offset(timex, year, month, day)
    if timex.relative_month is not None and timex.relative_keep == "in_year":
        if timex.relative_day is not None:
            value = calendar_day(year + shift, timex.relative_month, timex.relative_day)
            return make_timex(value, timex.mod) if value else None
        return make_timex(f"{year + shift:04d}-{timex.relative_month:02d}", timex.mod)
    if timex.relative_month is not None:
        if month is None:
            after = year + 1  # "the next March" after a year: the March of the year after
        else:
            after = year if timex.relative_month > month else year + 1
        return make_timex(f"{after:04d}-{timex.relative_month:02d}", timex.mod)
    if unit == "year":
        return make_timex(f"{year + shift:04d}", timex.mod)
    if unit == "month" and month is not None:
        index = year * 12 + month - 1 + shift
        return make_timex(f"{index // 12:04d}-{index % 12 + 1:02d}", timex.mod)
    if unit == "day" and day is not None:
        date = datetime.date(year, month, day) + datetime.timedelta(days=shift)
        return make_timex(date.isoformat(), timex.mod)
    return None


def _half_offset(timex: Timex, year: int, month: int | None, day: int | None) -> Timex | None:
    """"two and a half months later" from a day, "two and a half years later" from a month or a day: the
    anchor moved by the whole units and half a unit more (15 days, 6 months), at the offset's own
    granularity; from an anchor no finer than the unit the result is not certain."""
    sign = 1 if (timex.relative_shift or 0) >= 0 else -1
    if timex.relative_unit == "month" and day is not None:
        index = year * 12 + month - 1 + (timex.relative_shift or 0)
        shifted_year, shifted_month = index // 12, index % 12 + 1
        last = calendar.monthrange(shifted_year, shifted_month)[1]
        date = datetime.date(shifted_year, shifted_month, min(day, last)) + datetime.timedelta(days=15 * sign)
        return make_timex(f"{date.year:04d}-{date.month:02d}", timex.mod)
    if timex.relative_unit == "year" and month is not None:
        index = year * 12 + month - 1 + 12 * (timex.relative_shift or 0) + 6 * sign
        return make_timex(f"{index // 12:04d}", timex.mod)
    return None


# -- the grammar ----------------------------------------------------------------------------

def _alternation(words) -> str:
    return "|".join(re.escape(word) for word in sorted(set(words), key=len, reverse=True))


@lru_cache(maxsize=1)
def _grammar() -> dict:
    lex = lexicon()
    month = f"(?P<m>{_alternation(lex['months'])})(?![a-z])"
    weekday = f"(?:(?:{_alternation(lex['weekdays'])})\\.?,? )?"
    ordinal = _alternation(lex["ordinals"])
    season = _alternation(lex["seasons"])
    count = _alternation(list(lex["number_words"]) + [str(n) for n in range(1, 13)])
    separators = _alternation(word for word in lex["range_separators"] if word != "-")
    sep = f"(?:\\s*-\\s*|\\s*/\\s*|\\s+(?:{separators})\\s+)"
    sep_between = f"(?:{sep}|\\s+and\\s+)"
    day = r"(?P<d>[0-3]?\d)(?:st|nd|rd|th)?"
    year = r"(?P<y>\d{4})"
    era = r"(?:ad|a\.d\.?|ce|c\.e\.?)"
    modifiers = {}
    for phrase, mod in lex["inner_modifiers"].items():
        phrase = phrase.removeprefix("the ").rstrip("-")
        modifiers[phrase] = mod
    compiled = {
        "modifier": re.compile(f"(?:the )?(?P<mod>{_alternation(modifiers)})(?:-|\\s+)(?:the\\s+)?(?P<rest>.+)"),
        "iso_day": re.compile(r"(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})"),
        "day_month_year": re.compile(f"{weekday}(?:the )?{day}(?: of)? {month},? {year}"),
        "month_day_year": re.compile(f"{weekday}{month} {day},? {year}"),
        "month_day": re.compile(f"{weekday}{month} {day}"),
        "day_month": re.compile(f"{weekday}(?:the )?{day}(?: of)? {month}"),
        "month_year": re.compile(f"{month},?(?: of)?,? {year}"),
        # "the first Wednesday in February 1789": a day the calendar makes certain
        "nth_weekday": re.compile(
            f"(?P<n>first|second|third|fourth|last) (?P<w>{_alternation(lex['weekdays'])}) (?:in|of) {month},? {year}"),
        "month": re.compile(month),
        "month_range_year": re.compile(
            f"(?P<m1>{_alternation(lex['months'])}){{sep}}(?P<m2>{_alternation(lex['months'])}),?(?: of)?,? {year}"),
        # Coordinated months of one year are one range (v1.1 gold): "November and December 1642".
        "month_pair_year": re.compile(
            f"(?P<m1>{_alternation(lex['months'])}) and (?P<m2>{_alternation(lex['months'])}),?(?: of)?,? {year}"),
        "month_year_range": re.compile(
            f"(?:(?P<m1>{_alternation(lex['months'])}),? )?(?P<y1>\\d{{4}}){{sep}}"
            f"(?:(?P<m2>{_alternation(lex['months'])}),? )?(?P<y2>\\d{{4}})"),
        "month_range": re.compile(
            f"(?P<m1>{_alternation(lex['months'])}){{sep}}(?P<m2>{_alternation(lex['months'])})"),
        "day_range_month_year": re.compile(f"{month} (?P<d1>[0-3]?\\d){{sep}}(?P<d2>[0-3]?\\d),? {year}"),
        "day_range_year": re.compile(f"(?P<d1>[0-3]?\\d){{sep}}(?P<d2>[0-3]?\\d) {month},? {year}"),
        "day_range_month": re.compile(f"{month} (?P<d1>[0-3]?\\d){{sep}}(?P<d2>[0-3]?\\d)"),
        "day_range_day_month": re.compile(f"(?P<d1>[0-3]?\\d){{sep}}(?P<d2>[0-3]?\\d) {month}"),
        "season_year": re.compile(f"(?P<s>{season})(?: of)?,? {year}"),
        "year_season": re.compile(f"{year} (?P<s>{season})"),
        # "the spring and summer of 1588": one range, written in months like a range ending in a season
        "season_pair_year": re.compile(f"(?P<s1>{season}){sep_between}(?:the )?(?P<s2>{season})(?: of)?,? {year}"),
        # "the winter of 1941-42", "the winter of 1878-9": the winter that starts in the first year
        "winter_years": re.compile(
            f"(?P<s>{_alternation(w for w, code in lex['seasons'].items() if code == 'WI')})(?: of)?,? "
            r"(?P<y1>\d{4})\s*[-/]\s*(?P<y2>\d{1,2}|\d{4})"),
        # "the 1941-42 winter": the same winter with the years first
        "years_winter": re.compile(
            r"(?P<y1>\d{4})\s*[-/]\s*(?P<y2>\d{1,2}|\d{4}) "
            f"(?P<s>{_alternation(w for w, code in lex['seasons'].items() if code == 'WI')})"),
        "season": re.compile(f"(?:that |this )?(?P<s>{season})"),
        # "Christmas Day 1914", "New Year's Eve, 1899": a feast on the same day every year, with its year
        "holiday": re.compile(
            f"(?P<h>{_alternation(list(lex['fixed_holidays']) + list(lex['holidays_named_alone']))})"
            r",? (?:of )?(?P<y>\d{4})"),
        "quarter_year": re.compile(f"(?P<o>{ordinal}|last|final) quarter(?: of)?,? {year}"),
        "q_year": re.compile(r"q(?P<q>[1-4])(?: of)?,? (?P<y>\d{4})"),
        "year_q": re.compile(r"(?P<y>\d{4}),? q(?P<q>[1-4])"),
        # "the first month of 1990", "the last three months of 1962"; uncounted plural months ("the first months of
        # 2009") are no count of months but a part of the year, read by the modifier grammar (START/END)
        "months_of_year": re.compile(f"(?P<fl>first|last|final) (?:(?P<n>{count}) months|month)(?: of)?,? {year}"),
        # Years of one to three digits are read only with an era ("45 AD", "AD 988") or when the
        # caller vouches for them from the context (`short_years`); see _year_number.
        "year": re.compile(f"(?:year )?(?:(?P<pre>{era}) )?(?P<y>\\d{{1,4}})(?: (?P<post>{era}))?"),
        # One- and two-digit ends only after a dash or slash ("1966-67", "1936-7"); "2010 to 29 percent" is no range.
        "year_range": re.compile(
            f"(?:(?P<pre>{era}) )?(?P<y1>\\d{{1,4}})(?:[-/](?P<y2>\\d{{3,4}}|\\d{{1,2}})|{sep}(?P<y3>\\d{{3,4}}))"
            f"(?: (?P<post>{era}))?"),
        "year_range_between": re.compile(
            f"(?:(?P<pre>{era}) )?(?P<y1>\\d{{1,4}})(?:[-/](?P<y2>\\d{{3,4}}|\\d{{1,2}})|{sep_between}(?P<y3>\\d{{3,4}}))"
            f"(?: (?P<post>{era}))?"),
        # "in 1943 and 1944": two adjacent years joined by "and" tell one stretch of time (set conventions)
        "adjacent_year_pair": re.compile(r"(?P<y1>\d{4}) and (?P<y2>\d{4})"),
        # "fiscal year 2015", "FY2015", "FY 2014-15": a fiscal year is named by the calendar year(s) of its label
        "fiscal_year": re.compile(r"(?:(?:fiscal|financial)(?: year)?|fy) ?(?P<rest>\d{4}.*)"),
        "decade": re.compile(r"(?P<c>\d{3})0'?s"),
        # "the 50s AD", "the AD 70s": a decade of the first century, certain only with its era (value 005)
        "era_decade": re.compile(f"(?:(?P<pre>{era}) )?(?P<c>[1-9])0'?s(?: (?P<post>{era}))?"),
        # "the 18th centuries" only as the second of two centuries ("the 16th and 18th centuries")
        "century": re.compile(f"(?P<o>{ordinal})[- ]centur(?:y|ies)(?: (?:ad|ce))?"),
        # "the first decade of the 20th century" is the 1900s (190), "the last decade of the 19th" 189
        "decade_of_century": re.compile(
            f"(?P<d>{ordinal}|last|final) decade of (?:the )?(?P<o>{ordinal})[- ]century(?: (?:ad|ce))?"),
        # "17th to 19th centuries", "the 15th-16th centuries", "from the 12th to the 14th century"; a
        # range value cannot hold the ends' own modifiers ("the late 19th and early 20th centuries" 18/19)
        "century_range": re.compile(
            f"{{end_mod}}(?P<o1>{ordinal})(?:[- ]century)?{sep}(?:the )?{{end_mod}}(?P<o2>{ordinal})[- ]centur(?:y|ies)"
            "(?: (?:ad|ce))?"),
        # "and" joins two centuries into one span under a plural noun or after "between"; "or" two adjacent ones.
        "century_pair": re.compile(
            f"{{end_mod}}(?P<o1>{ordinal})(?:[- ]century)? (?P<conj>and|or) (?:the )?{{end_mod}}(?P<o2>{ordinal})[- ]"
            "(?P<noun>century|centuries)(?: (?:ad|ce))?"),
        "separator": sep,
    }
    for key in ("month_range_year", "month_year_range", "month_range"):
        compiled[key] = re.compile(compiled[key].pattern.replace("{sep}", sep))
    # Two coordinated days of one month are one range, like two months of one year: "4 and 5 May 1999".
    for key in ("day_range_month_year", "day_range_year", "day_range_month", "day_range_day_month"):
        compiled[key] = re.compile(compiled[key].pattern.replace("{sep}", sep_between))
    compiled["modifiers"] = modifiers
    end_mod = f"(?:(?:{_alternation(modifiers)})(?:-|\\s+)(?:the\\s+)?)?"
    for key in ("century_range", "century_pair"):
        compiled[key] = re.compile(compiled[key].pattern.replace("{end_mod}", end_mod))
    # "early-to-mid-19th century", "the mid to late 1990s": the first modifier opens the span.
    part = _alternation(modifiers)
    compiled["modifier_span"] = re.compile(
        f"(?:the )?(?P<mod>{part})(?:-| )?(?:to|-)(?:-| )?(?P<rest>(?:{part})(?:-|\\s+).+)")
    compiled["range_separator"] = re.compile(f"{sep}|\\s+and\\s+")
    comparatives = lex["comparative_modifiers"]
    compiled["comparative"] = re.compile(f"(?:the )?(?P<mod>{_alternation(comparatives)})\\s+(?:the\\s+)?(?P<rest>.+)")
    compiled["comparatives"] = comparatives
    compiled["relative"] = {phrase.removeprefix("the "): spec for phrase, spec in lex["relative"].items()}
    counts = list(lex["number_words"]) + list(lex["offset_counts"]) + [str(n) for n in range(1, 100)]
    compiled["counted_offset"] = re.compile(
        f"(?P<n>{_alternation(counts)})(?P<half> and a half)? (?P<u>{_alternation(lex['offset_units'])}) "
        f"(?P<d>{_alternation(lex['offset_directions'])})")
    compiled["named_month"] = re.compile(
        f"(?P<w>{_alternation(lex['next_month_words'])}) (?P<m>{_alternation(lex['months'])})")
    year_words = {phrase.removeprefix("the "): spec for phrase, spec in lex["relative"].items()
                  if spec.get("unit", "year") == "year" and "keep" not in spec and "mod" not in spec}
    compiled["month_of_relative_year"] = re.compile(
        f"(?P<m>{_alternation(lex['months'])}),? (?:of|in) (?:the )?(?P<rel>{_alternation(year_words)})")
    compiled["day_of_relative_year"] = re.compile(
        f"(?:(?P<d1>\\d{{1,2}})(?:st|nd|rd|th)? (?:of )?(?P<m1>{_alternation(lex['months'])})|"
        f"(?P<m2>{_alternation(lex['months'])}) (?P<d2>\\d{{1,2}})(?:st|nd|rd|th)?),? (?:of|in) (?:the )?"
        f"(?P<rel>{_alternation(year_words)})")
    compiled["relative_years"] = year_words
    compiled["season_of_relative_year"] = re.compile(
        f"(?P<s>{_alternation(lex['seasons'])}),? (?:of|in) (?:the )?(?P<rel>{_alternation(year_words)})")
    compiled["named_season"] = re.compile(
        f"(?P<w>{_alternation(lex['next_month_words'])}) (?P<s>{_alternation(lex['seasons'])})")
    return compiled


def calendar_day(year: int, month: int, day: int) -> str | None:
    """YYYY-MM-DD of a day that month has, else None. What dateparser gives for every such day the grammar
    reads ("12 March 1996", "Sept. 3, 1887": every month form, days 0-39 of ten years, and four days of
    every year in the lexicon's range were compared), without importing it and at a thousandth of its cost."""
    if 1 <= day <= calendar.monthrange(year, month)[1]:
        return f"{year:04d}-{month:02d}-{day:02d}"
    return None


@lru_cache(maxsize=1)
def _dateparser():
    from dateparser.date import DateDataParser

    return DateDataParser(languages=DATEPARSER_LANGUAGES, settings=DATEPARSER_SETTINGS)


@lru_cache(maxsize=4096)
def parse_day(text: str) -> str | None:
    """A day-precise date with its year ("Monday, January 10th, 2003") as YYYY-MM-DD, by dateparser."""
    data = _dateparser().get_date_data(text)
    if data.date_obj is None or data.period != "day":
        return None
    return data.date_obj.strftime("%Y-%m-%d")


def normalise_text(text: str) -> str:
    text = text.lower().replace("\u2019", "'")
    text = re.sub(r"[\u2010-\u2015\u2212]", "-", text)
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(r"(?<=\d)\s*-\s*(?=\d)", "-", text)
    text = text.strip(" ,;:()[]")
    text = text.rstrip(".").rstrip()  # a sentence full stop; "Jan." still reads as a month without it
    return text.removeprefix("the ")


def _year_ok(year: int) -> bool:
    lex = lexicon()
    return lex["year_min"] <= year <= lex["year_max"]


def weekday_number(name: str) -> int | None:
    """Monday 0 ... Sunday 6, from a weekday name or its abbreviation."""
    for number, full in enumerate(("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")):
        if full.startswith(name.rstrip(".")) and len(name.rstrip(".")) >= 3:
            return number
    return None


def _month(name: str) -> int:
    return lexicon()["months"][name]


def _year_number(text: str, has_era: bool, short_years: bool) -> int | None:
    """A year written with digits: four digits in the lexicon's range; three digits with an era or
    when the context vouches for a year ("In 988, ..."); one or two digits only with an era ("AD 45")."""
    year = int(text)
    if len(text) == 4:
        return year if _year_ok(year) else None
    allowed = has_era or (short_years and len(text) == 3)
    return year if allowed and lexicon()["short_year_min"] <= year < lexicon()["year_min"] else None


def _expand_year(first: int, last_text: str, short_years: bool = False, has_era: bool = False) -> int | None:
    """The second year of a range; two digits take the first year's century ("1966-67"), one digit its
    decade ("1936-7").

    A range of years of the lexicon's range spans up to range_max_years (a centenarian's life, "1909-2011"),
    one with a year before it ("850 to 1066") up to short_range_max_years.
    """
    if len(last_text) == 4 or (len(last_text) == 3 and first >= 100):
        last = _year_number(last_text, has_era, short_years or len(str(first)) == 4)
    elif len(last_text) == 1:
        last = first - first % 10 + int(last_text)  # "1936-7": one digit stays in the first year's decade
    else:
        last = first - first % 100 + int(last_text)
        if last <= first:
            last += 100
        last = last if _year_ok(last) else None
    if last is None:
        return None
    span = lexicon()["range_max_years" if _year_ok(first) else "short_range_max_years"]
    return last if first < last <= first + span else None


def _year_range(match, short_years: bool) -> Timex | None:
    """A year range; a short year needs an era, a four-digit year at the other end ("850 to 1066"), or
    a context the caller vouches for (`short_years`, "(850-932)")."""
    has_era = bool(match["pre"] or match["post"])
    first_text, last_text = match["y1"], match["y2"] or match["y3"]
    if len(first_text) < 4 and not has_era and len(last_text) != 4 and not (short_years and len(last_text) == 3):
        return None
    first = _year_number(first_text, has_era, short_years)
    last = _expand_year(first, last_text, short_years, has_era) if first is not None else None
    return make_timex(f"{first:04d}/{last:04d}") if last else None


def _relative(unit: str, shift: int, keep: str | None = None, mod: str | None = None) -> Timex:
    return Timex("", mod, unit, None, None, relative_shift=shift, relative_keep=keep, relative_unit=unit)


def _core(text: str, between: bool, short_years: bool = False) -> Timex | None:
    """An expression without modifiers; None when it is not a calendar time."""
    g = _grammar()
    lex = lexicon()
    if (spec := g["relative"].get(text)) is not None:
        return _relative(spec.get("unit", "year"), spec["shift"], spec.get("keep"), spec.get("mod"))
    if match := g["counted_offset"].fullmatch(text):
        n = match["n"]
        count = int(n) if n.isdigit() else {**lex["number_words"], **lex["offset_counts"]}[n]
        count *= lex["offset_unit_multiples"].get(match["u"], 1)
        relative = _relative(lex["offset_units"][match["u"]], count * lex["offset_directions"][match["d"]], keep="offset")
        if match["half"]:
            if match["u"] in lex["offset_unit_multiples"]:
                return None  # "two and a half decades later": a round figure
            relative = replace(relative, relative_half=True)
        return relative
    if match := g["named_month"].fullmatch(text):
        return replace(_relative("month", 0), relative_month=_month(match["m"]))
    if match := g["month_of_relative_year"].fullmatch(text):  # "June of that year", "May of the next year"
        spec = g["relative_years"][match["rel"]]
        return replace(_relative("year", spec["shift"], keep="in_year"), relative_month=_month(match["m"]))
    if match := g["day_of_relative_year"].fullmatch(text):  # "December 25 of that year", "4 July of the same year"
        spec = g["relative_years"][match["rel"]]
        day = int(match["d1"] or match["d2"])
        if not 1 <= day <= 31:
            return None
        return replace(_relative("year", spec["shift"], keep="in_year"), relative_month=_month(match["m1"] or match["m2"]),
                       relative_day=day)
    if match := g["season_of_relative_year"].fullmatch(text):  # "the autumn of that year", "spring of the next year"
        spec = g["relative_years"][match["rel"]]
        return replace(_relative("year", spec["shift"], keep="in_year"), relative_season=lex["seasons"][match["s"]])
    if match := g["named_season"].fullmatch(text):
        return replace(_relative("season", 0), relative_season=lex["seasons"][match["s"]])
    if match := g["iso_day"].fullmatch(text):
        year, month, day = int(match["y"]), int(match["m"]), int(match["d"])
        if _year_ok(year) and 1 <= month <= 12 and 1 <= day <= calendar.monthrange(year, month)[1]:
            return make_timex(f"{year:04d}-{month:02d}-{day:02d}")
        return None
    for key in ("day_month_year", "month_day_year"):
        if match := g[key].fullmatch(text):
            if not _year_ok(int(match["y"])):
                return None
            value = calendar_day(int(match["y"]), _month(match["m"]), int(match["d"]))
            if value is None:  # not a day of that month: dateparser decides, as it always has
                value = parse_day(f"{int(match['d'])} {match['m'].rstrip('.')} {match['y']}")
            return make_timex(value) if value else None
    for key in ("month_day", "day_month"):
        if match := g[key].fullmatch(text):
            month, day = _month(match["m"]), int(match["d"])
            if 1 <= day <= calendar.monthrange(2000, month)[1]:  # 2000: a leap year allows 29 February
                return make_timex(f"{UNRESOLVED_YEAR}-{month:02d}-{day:02d}")
            return None
    if match := g["holiday"].fullmatch(text):
        day = lex["fixed_holidays"].get(match["h"]) or lex["holidays_named_alone"][match["h"]]
        return make_timex(f"{int(match['y']):04d}-{day}") if _year_ok(int(match["y"])) else None
    if match := g["nth_weekday"].fullmatch(text):
        year, month = int(match["y"]), _month(match["m"])
        weekday = weekday_number(match["w"])
        if not _year_ok(year) or weekday is None:
            return None
        days = [day for day in range(1, calendar.monthrange(year, month)[1] + 1)
                if datetime.date(year, month, day).weekday() == weekday]
        day = days[-1] if match["n"] == "last" else days[["first", "second", "third", "fourth"].index(match["n"])]
        return make_timex(f"{year:04d}-{month:02d}-{day:02d}")
    if match := g["month_year"].fullmatch(text):
        year = int(match["y"])
        return make_timex(f"{year:04d}-{_month(match['m']):02d}") if _year_ok(year) else None
    if match := g["month"].fullmatch(text):
        return make_timex(f"{UNRESOLVED_YEAR}-{_month(match['m']):02d}")
    if (match := g["month_year_range"].fullmatch(text)) and (match["m1"] or match["m2"]):
        # An end without a month is written at the finer granularity of the other (v1.1): "from 1990
        # to September 2001" is 1990-01/2001-09, "from May 1940 to 1945" 1940-05/1945-12.
        y1, y2 = int(match["y1"]), int(match["y2"])
        m1 = _month(match["m1"]) if match["m1"] else 1
        m2 = _month(match["m2"]) if match["m2"] else 12
        if _year_ok(y1) and _year_ok(y2) and (y1, m1) < (y2, m2):
            return make_timex(f"{y1:04d}-{m1:02d}/{y2:04d}-{m2:02d}")
        return None
    if match := g["month_range_year"].fullmatch(text):
        year, m1, m2 = int(match["y"]), _month(match["m1"]), _month(match["m2"])
        if not _year_ok(year) or m1 == m2:
            return None
        first_year = year if m1 < m2 else year - 1  # "December to February 2006" starts in 2005
        return make_timex(f"{first_year:04d}-{m1:02d}/{year:04d}-{m2:02d}")
    if match := g["month_pair_year"].fullmatch(text):
        year, m1, m2 = int(match["y"]), _month(match["m1"]), _month(match["m2"])
        if _year_ok(year) and m1 < m2:
            return make_timex(f"{year:04d}-{m1:02d}/{year:04d}-{m2:02d}")
        return None
    if match := g["month_range"].fullmatch(text):
        m1, m2 = _month(match["m1"]), _month(match["m2"])
        if m1 < m2:
            return make_timex(f"{UNRESOLVED_YEAR}-{m1:02d}/{UNRESOLVED_YEAR}-{m2:02d}")
        return None
    for key in ("day_range_month_year", "day_range_year"):
        if match := g[key].fullmatch(text):
            year, month, d1, d2 = int(match["y"]), _month(match["m"]), int(match["d1"]), int(match["d2"])
            if _year_ok(year) and 1 <= d1 < d2 <= calendar.monthrange(year, month)[1]:
                return make_timex(f"{year:04d}-{month:02d}-{d1:02d}/{year:04d}-{month:02d}-{d2:02d}")
            return None
    for key in ("season_year", "year_season"):
        if match := g[key].fullmatch(text):
            year = int(match["y"])
            return make_timex(f"{year:04d}-{lex['seasons'][match['s']]}") if _year_ok(year) else None
    if match := g["season_pair_year"].fullmatch(text):
        year = int(match["y"])
        first, last = lex["seasons"][match["s1"]], lex["seasons"][match["s2"]]
        start, end = SEASON_MONTHS[first][0], SEASON_MONTHS[last][1]
        order = list(SEASON_MONTHS)
        if not _year_ok(year) or order.index(first) >= order.index(last):
            return None
        end_year = year + 1 if end < start else year  # "autumn and winter of 1941" ends in February 1942
        return make_timex(f"{year:04d}-{start:02d}/{end_year:04d}-{end:02d}")
    if match := g["winter_years"].fullmatch(text) or g["years_winter"].fullmatch(text):
        first = int(match["y1"])
        if _year_ok(first) and _expand_year(first, match["y2"]) == first + 1:
            return make_timex(f"{first:04d}-WI")
        return None
    if match := g["season"].fullmatch(text):  # "in the fall": the year comes from the article
        return make_timex(f"{UNRESOLVED_YEAR}-{lex['seasons'][match['s']]}")
    for key in ("day_range_month", "day_range_day_month"):
        if match := g[key].fullmatch(text):  # "August 29-30": the year comes from the article
            month, d1, d2 = _month(match["m"]), int(match["d1"]), int(match["d2"])
            if 1 <= d1 < d2 <= calendar.monthrange(2000, month)[1]:
                return make_timex(f"{UNRESOLVED_YEAR}-{month:02d}-{d1:02d}/{UNRESOLVED_YEAR}-{month:02d}-{d2:02d}")
            return None
    if match := g["quarter_year"].fullmatch(text):
        year = int(match["y"])
        quarter = 4 if match["o"] in ("last", "final") else lex["ordinals"][match["o"]]
        return make_timex(f"{year:04d}-Q{quarter}") if _year_ok(year) and 1 <= quarter <= 4 else None
    for key in ("q_year", "year_q"):
        if match := g[key].fullmatch(text):
            year = int(match["y"])
            return make_timex(f"{year:04d}-Q{match['q']}") if _year_ok(year) else None
    if match := g["months_of_year"].fullmatch(text):
        year = int(match["y"])
        n = match["n"]
        count = 1 if n is None else (int(n) if n.isdigit() else lex["number_words"][n])
        if not _year_ok(year) or not 1 <= count <= 12:
            return None
        first, last = (1, count) if match["fl"] == "first" else (13 - count, 12)
        if first == last:
            return make_timex(f"{year:04d}-{first:02d}")
        return make_timex(f"{year:04d}-{first:02d}/{year:04d}-{last:02d}")
    if match := g["year"].fullmatch(text):
        year = _year_number(match["y"], bool(match["pre"] or match["post"]), short_years)
        return make_timex(f"{year:04d}") if year is not None else None
    if match := g["year_range_between" if between else "year_range"].fullmatch(text):
        return _year_range(match, short_years)
    if (match := g["adjacent_year_pair"].fullmatch(text)) and int(match["y2"]) == int(match["y1"]) + 1:
        return make_timex(f"{match['y1']}/{match['y2']}") if _year_ok(int(match["y1"])) else None
    if match := g["decade"].fullmatch(text):
        digits = match["c"]
        if digits.endswith("0") and digits != "200":  # "the 1800s" is a century; "the 2000s" a decade
            return make_timex(digits[:2]) if _year_ok(int(digits) * 10) else None
        return make_timex(digits) if _year_ok(int(digits) * 10) else None
    if match := g["fiscal_year"].fullmatch(text):
        inner = parse(match["rest"], between, short_years)
        years = inner is not None and inner.mod is None and re.fullmatch(r"\d{4}(?:/\d{4})?", inner.value)
        return inner if years else None
    if (match := g["era_decade"].fullmatch(text)) and (match["pre"] or match["post"]):
        return make_timex(f"00{match['c']}")
    if match := g["decade_of_century"].fullmatch(text):
        number = lex["ordinals"][match["o"]]
        decade = 10 if match["d"] in ("last", "final") else lex["ordinals"][match["d"]]
        return make_timex(f"{number - 1:02d}{decade - 1}") if 1 <= number <= 21 and 1 <= decade <= 10 else None
    if match := g["century"].fullmatch(text):
        number = lex["ordinals"][match["o"]]
        return make_timex(f"{number - 1:02d}") if 1 <= number <= 21 else None
    match = g["century_range"].fullmatch(text)
    if match is None and (match := g["century_pair"].fullmatch(text)):
        # "the 17th and 18th centuries" (or "century") is one span, adjacent units telling one stretch (set
        # conventions); "the 16th and 18th centuries" two centuries; "the 1st or 2nd century" one span too, the
        # uncertain time of one happening (as the set's gold writes it)
        adjacent = lex["ordinals"][match["o2"]] == lex["ordinals"][match["o1"]] + 1
        alternatives = match["conj"] == "or" and adjacent
        match = match if alternatives or (match["conj"] == "and" and (between or adjacent)) else None
    if match:
        first, last = lex["ordinals"][match["o1"]], lex["ordinals"][match["o2"]]
        return make_timex(f"{first - 1:02d}/{last - 1:02d}") if 1 <= first < last <= 21 else None
    return None


def _decade_range(text: str, between: bool, short_years: bool) -> Timex | None:
    """Two decades (or centuries), each maybe with a modifier, as one range: "the mid-1980s to the early
    2000s", and after "between" also "the mid-1980s and the early 2000s". A range value cannot hold the
    ends' modifiers (gold: `198/200`, mod null)."""
    for match in _grammar()["range_separator"].finditer(text):
        first = parse(text[:match.start()], False, short_years)
        rest = text[match.end():]
        elided = first is not None and first.granularity == "decade" and re.fullmatch(r"(\d)0'?s", rest)
        if elided:
            rest = f"{first.value[:2]}{elided[1]}0s"  # "the 1840s and 50s"
        last = parse(rest, False, short_years)
        if first is None or last is None or first.is_relative or last.is_relative:
            continue
        kinds = {first.granularity, last.granularity}
        # "and" joins two decades into one span after "between", or when an end is elided or qualified ("the
        # 1840s and 50s", "the late 1990s and early 2000s"): two plain decades ("the 1960s and 1970s") stay
        # two dates. The century grammar reads "the 17th and 18th centuries".
        joined = kinds == {"decade"} and bool(elided or first.mod or last.mod)
        if match[0].strip() == "and" and not between and not joined:
            continue
        if len(kinds) == 1 and kinds <= {"decade", "century"} and first.value < last.value:
            return make_timex(f"{first.value}/{last.value}")
    return None


FINENESS = {"year": 0, "month": 1, "day": 2}


def _at_fineness(value: str, fineness: int, first: bool) -> str:
    """A year or month written at a finer granularity, as the first or last of its months or days."""
    parts = value.split("-")
    year = int(parts[0])
    month = int(parts[1]) if len(parts) > 1 else (1 if first else 12)
    day = int(parts[2]) if len(parts) > 2 else (1 if first else calendar.monthrange(year, month)[1])
    return f"{year:04d}-{month:02d}-{day:02d}"[:4 + 3 * fineness]


def _season_in_months(timex: Timex, first: bool) -> Timex:
    """A season as its first month (a range's start) or its last (a range's end); other times as they are."""
    match = re.fullmatch(r"(\d{4})-(SP|SU|FA|WI)", timex.value)
    if match is None:
        return timex
    year, (start, end) = int(match[1]), SEASON_MONTHS[match[2]]
    if first:
        return make_timex(f"{year:04d}-{start:02d}")
    return make_timex(f"{year + (1 if end < start else 0):04d}-{end:02d}")


def _point_range(text: str, between: bool, short_years: bool) -> Timex | None:
    """Two years, months or days as one range written at the finer granularity of its ends (v1.1): "from
    1990 to 3 September 2001" is 1990-01-01/2001-09-03, "12 March 1990 to September 2001"
    1990-03-12/2001-09-30; "and" joins them only after "between"."""
    for match in _grammar()["range_separator"].finditer(text):
        if match[0].strip() == "and" and not between:
            continue
        first = parse(text[:match.start()], False, short_years)
        last = parse(text[match.end():], False, short_years)
        if first is None or last is None or first.is_relative or last.is_relative or first.mod or last.mod:
            continue
        if first.year_unresolved or last.year_unresolved:
            continue
        # A season end is written in months (set convention): "November 1947 to spring 1948" ends in May.
        first, last = _season_in_months(first, True), _season_in_months(last, False)
        if first.granularity not in FINENESS or last.granularity not in FINENESS:
            continue
        fineness = max(FINENESS[first.granularity], FINENESS[last.granularity])
        if fineness == 0:
            continue  # two years: the year-range grammar decides ("988 to 1600" spans too long)
        start, end = _at_fineness(first.value, fineness, True), _at_fineness(last.value, fineness, False)
        if start < end:
            return make_timex(f"{start}/{end}")
    return None


def _span_in_years(timex: Timex, first: bool) -> Timex:
    """A decade or century as its first year (a range's start) or its last (a range's end): "from the 9th
    century until 1241" is 0800/1241."""
    if timex.granularity not in ("decade", "century"):
        return timex
    bounds = interval(timex.value)
    return make_timex((bounds[0] if first else bounds[1])[:4])


def join_range(first: Timex, last: Timex) -> Timex | None:
    """Two resolved points (days, months, years or seasons) as one range at the finer granularity of its
    ends (v1.1): "2 June" (1851) and "30 August 1851" are 1851-06-02/1851-08-30; None when they do not
    make a range (a relative or open end, a modifier, the second not after the first)."""
    if first.year_unresolved or last.year_unresolved or first.mod or last.mod:
        return None
    if first.granularity in ("decade", "century") and last.granularity in ("decade", "century"):
        return None  # two decades or centuries: the decade-range grammar decides
    first, last = _span_in_years(_season_in_months(first, True), True), _span_in_years(_season_in_months(last, False), False)
    if first.granularity not in FINENESS or last.granularity not in FINENESS:
        return None
    fineness = max(FINENESS[first.granularity], FINENESS[last.granularity])
    start, end = _at_fineness(first.value, fineness, True), _at_fineness(last.value, fineness, False)
    return make_timex(f"{start}/{end}") if start < end else None


@lru_cache(maxsize=8192)
def parse(text: str, between: bool = False, short_years: bool = False) -> Timex | None:
    """The TIMEX3 reading of one expression's text, or None when it names no calendar time.

    `between`: the expression followed "between", so "1990 and 1995" is one range.
    `short_years`: the context makes a three-digit number a year ("In 988, ..."); value `0988`.
    """
    text = normalise_text(text)
    if not text:
        return None
    core = _core(text, between, short_years)
    if core is not None:
        return core
    g = _grammar()
    if match := re.fullmatch(r"(?:c|ca)\.(?P<rest>\d{4}s?)", text):  # "c.1450", one token: circa
        inner = parse(match["rest"], between, short_years)
        return replace(inner, mod="APPROX") if inner is not None and inner.mod is None else None
    if match := g["modifier_span"].fullmatch(text):
        inner = parse(match["rest"], between, short_years)
        if inner is not None and inner.mod is not None and not inner.is_relative:
            return replace(inner, mod=g["modifiers"][match["mod"]])
    if (span := _decade_range(text, between, short_years)) is not None:
        return span
    if (span := _point_range(text, between, short_years)) is not None:
        return span
    if match := g["modifier"].fullmatch(text):
        inner = parse(match["rest"], between, short_years)
        if inner is not None and inner.mod is None:  # "late 1966", "early the next year"
            return replace(inner, mod=g["modifiers"][match["mod"]])
    # "the later 1980s", "the earlier 19th century": comparatives qualify only decades and centuries
    # ("later 1990" is no expression of its own).
    if match := g["comparative"].fullmatch(text):
        inner = parse(match["rest"], between, short_years)
        if inner is not None and inner.mod is None and inner.granularity in ("decade", "century"):
            return replace(inner, mod=g["comparatives"][match["mod"]])
    return None
