"""Gold annotations: load and check `*.gold.json` files, and anchor them in their raw article text.

The format is ../shared/gold/README.md. A gold file names each annotation by its surface `text` (or
`trigger`) and `occurrence` (1-based, counting every start position of that exact string in the
raw file, as repeated `str.find` does); `resolve_gold` turns those into raw `[start, end)` offsets.

Every problem is a `GoldFormatError` whose one-line message names the file, the list and the index:
"x.gold.json: figures[3]: unknown kind 'monney' (choose one of money, mass, percent, count)".

Gold for a page of a MediaWiki XML export names the revision instead of a text file (`export`,
`title`, `page_id`, `revision_id`) and may limit itself to some `sections` of it (a heading's
section includes its subsections; "(lead)" is the text before the first heading): anchors are
counted over the whole revision's wikitext, and only rows inside those sections are scored.
"""
from __future__ import annotations

import dataclasses
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from ..errors import GoldFormatError
from ..tables.schema import DATE_MODS, EVENT_TYPES, FIGURE_KINDS, MEASURES, QUALIFIERS

GOLD_SUFFIX = ".gold.json"
LISTS = ("dates", "figures", "events")

# Keys an annotator may add for their own notes; never scored.
NOTE_KEYS = ("note", "notes", "comment")
LEAD_SECTION = "(lead)"
# A wikitext heading line: "== History ==" (level 2) .. "====== x ======".
# MediaWiki reads a heading with comments in it or after it ("==History==<!-- linked from X -->"); its name
# is the text without them.
WIKITEXT_HEADING = re.compile(r"^(={1,6})[ \t]*(.*?)[ \t]*\1[ \t]*(?:<!--.*?-->[ \t]*)*$", re.MULTILINE)
WIKITEXT_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)

DATE_KEYS = {"text", "occurrence", "value", "mod"}
FIGURE_KEYS = {"text", "occurrence", "kind", "value", "low", "high", "unit", "item", "qualifier", "period", "measure"}
EVENT_KEYS = {"trigger", "occurrence", "type", "date_text", "date", "participants", "location"}

# A TIMEX3 value as the guideline writes them: 19 (century), 198 or 198X (decade), 1942, 1998-11,
# 2003-01-10, 1996-SP, 2005-Q1, 1990-H2, and ranges START/END of those.
TIMEX_POINT = r"\d{2}|\d{3}X?|\d{2}XX|\d{4}(?:-(?:\d{2}(?:-\d{2})?|SP|SU|FA|WI|Q[1-4]|H[12]))?"
TIMEX_PATTERN = re.compile(rf"(?:{TIMEX_POINT})(?:/(?:{TIMEX_POINT}))?")


@dataclass(frozen=True)
class GoldDate:
    index: int
    text: str
    occurrence: int
    value: str
    mod: str | None
    start: int = -1  # raw offsets, set by resolve_gold
    end: int = -1


@dataclass(frozen=True)
class GoldFigure:
    index: int
    text: str
    occurrence: int
    kind: str
    value: float | None
    low: float | None
    high: float | None
    unit: str | None
    item: str | None
    qualifier: str | None
    period: str | None
    measure: str
    start: int = -1
    end: int = -1


@dataclass(frozen=True)
class GoldEvent:
    index: int
    trigger: str
    occurrence: int
    type: str
    date_text: str
    date: str
    participants: tuple[str, ...]
    location: str | None
    start: int = -1
    end: int = -1
    date_index: int = -1  # the entry of `dates` the event is anchored to, set by resolve_gold


@dataclass
class GoldDocument:
    path: Path
    doc_id: str
    text_file: str
    dates: list[GoldDate] = field(default_factory=list)
    figures: list[GoldFigure] = field(default_factory=list)
    events: list[GoldEvent] = field(default_factory=list)
    resolved: bool = False
    # Export pages only: the revision annotated, and the sections the annotation covers.
    export: str | None = None
    title: str | None = None
    page_id: int | None = None
    revision_id: int | None = None
    sections: tuple[str, ...] | None = None
    scope: tuple[tuple[int, int], ...] | None = None  # raw spans of `sections`, set by resolve_gold

    @property
    def name(self) -> str:
        return self.path.name

    def in_scope(self, offset: int) -> bool:
        """Whether a raw offset lies in the annotated part of the text (all of it without sections)."""
        return self.scope is None or any(start <= offset < end for start, end in self.scope)


def gold_files(gold_dir: Path) -> list[Path]:
    """Every `*.gold.json` in `gold_dir` (not recursive), sorted by name."""
    gold_dir = Path(gold_dir)
    if not gold_dir.is_dir():
        raise GoldFormatError(f"{gold_dir}: not a folder")
    return sorted(gold_dir.glob(f"*{GOLD_SUFFIX}"))


class _Where:
    """Builds error messages that name file, list and index."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def error(self, message: str, listname: str | None = None, index: int | None = None) -> GoldFormatError:
        where = f"{listname}[{index}]: " if listname is not None and index is not None else (
            f"{listname}: " if listname else "")
        return GoldFormatError(f"{self.path.name}: {where}{message}")


def load_gold(path: Path) -> GoldDocument:
    """Parse and check one gold file (offsets are not resolved yet; see `resolve_gold`)."""
    path = Path(path)
    where = _Where(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise where.error(f"cannot read ({error.strerror})") from None
    except UnicodeDecodeError as error:
        raise where.error(f"not valid UTF-8 (at byte {error.start})") from None
    except json.JSONDecodeError as error:
        raise where.error(f"not valid JSON: {error.msg} (line {error.lineno}, column {error.colno})") from None
    if not isinstance(data, dict):
        raise where.error("the top level must be a JSON object")
    doc_id = data.get("doc_id")
    if not isinstance(doc_id, str) or not doc_id:
        raise where.error("missing or empty 'doc_id'")
    expected = path.name[: -len(GOLD_SUFFIX)] if path.name.endswith(GOLD_SUFFIX) else None
    if expected is not None and doc_id != expected:
        raise where.error(f"doc_id {doc_id!r} does not match the file name (expected {expected!r})")
    for listname in LISTS:
        if not isinstance(data.get(listname, []), list):
            raise where.error("must be a list", listname)
    if "revision_id" in data or "export" in data:
        gold = _export_gold(data, path, doc_id, where)
    else:
        text_file = data.get("text_file", f"{doc_id}.txt")
        if not isinstance(text_file, str) or not text_file:
            raise where.error("'text_file' must be a non-empty string")
        gold = GoldDocument(path=path, doc_id=doc_id, text_file=text_file)
    gold.dates = [parse_date(entry, where, index) for index, entry in enumerate(data.get("dates", []))]
    gold.figures = [parse_figure(entry, where, index) for index, entry in enumerate(data.get("figures", []))]
    gold.events = [parse_event(entry, where, index) for index, entry in enumerate(data.get("events", []))]
    return gold


def _export_gold(data: dict, path: Path, doc_id: str, where: _Where) -> GoldDocument:
    """The header of gold for one revision of an export page."""
    export, title = data.get("export"), data.get("title")
    if not isinstance(export, str) or not export:
        raise where.error("'export' must name the export file the revision is read from")
    if title is not None and not isinstance(title, str):
        raise where.error("'title' must be a string")
    numbers = {}
    for key in ("page_id", "revision_id"):
        value = data.get(key)
        if key == "revision_id" or value is not None:
            if isinstance(value, bool) or not isinstance(value, int) or value < 0:
                raise where.error(f"{key!r} must be a whole number, not {value!r}")
        numbers[key] = value
    sections = data.get("sections")
    if sections is not None and (not isinstance(sections, list) or not sections
                                 or not all(isinstance(name, str) and name for name in sections)):
        raise where.error("'sections' must be a non-empty list of section headings")
    return GoldDocument(path=path, doc_id=doc_id, text_file=export, export=export, title=title,
                        page_id=numbers["page_id"], revision_id=numbers["revision_id"],
                        sections=tuple(sections) if sections else None)


def section_spans(raw: str, sections: Iterable[str]) -> list[tuple[int, int]] | str:
    """Raw `[start, end)` of each named wikitext section (heading line to the next heading of the same or a
    higher level), sorted; or the first name that is not exactly one heading of `raw`."""
    headings = [(match.start(), len(match.group(1)), WIKITEXT_COMMENT.sub("", match.group(2)).strip())
                for match in WIKITEXT_HEADING.finditer(raw)]
    spans = []
    for name in sections:
        if name == LEAD_SECTION:
            spans.append((0, headings[0][0] if headings else len(raw)))
            continue
        found = [heading for heading in headings if heading[2] == name]
        if len(found) != 1:
            return name
        start, level, _ = found[0]
        end = next((at for at, other_level, _ in headings if at > start and other_level <= level), len(raw))
        spans.append((start, end))
    return sorted(spans)


def _entry(entry: object, keys: set[str], where: _Where, listname: str, index: int) -> dict:
    if not isinstance(entry, dict):
        raise where.error("must be a JSON object", listname, index)
    unknown = sorted(key for key in entry if key not in keys and key not in NOTE_KEYS and not key.startswith("_"))
    if unknown:
        raise where.error(f"unknown field {unknown[0]!r}", listname, index)
    return entry


def _string(entry: dict, key: str, where: _Where, listname: str, index: int, required: bool) -> str | None:
    value = entry.get(key)
    if value is None:
        if required:
            raise where.error(f"missing {key!r}", listname, index)
        return None
    if not isinstance(value, str) or not value:
        raise where.error(f"{key!r} must be a non-empty string, not {value!r}", listname, index)
    return value


def _occurrence(entry: dict, where: _Where, listname: str, index: int) -> int:
    value = entry.get("occurrence", 1)
    if value is None:
        return 1
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise where.error(f"'occurrence' must be a whole number >= 1, not {value!r}", listname, index)
    return value


def _enum(entry: dict, key: str, choices: list[str], where: _Where, listname: str, index: int,
          required: bool) -> str | None:
    value = _string(entry, key, where, listname, index, required)
    if value is not None and value not in choices:
        raise where.error(f"unknown {key} {value!r} (choose one of {', '.join(choices)})", listname, index)
    return value


def _timex(entry: dict, key: str, where: _Where, listname: str, index: int, required: bool) -> str | None:
    value = entry.get(key)
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)  # a bare year written as a number
    if value is None and not required:
        return None
    if not isinstance(value, str) or not TIMEX_PATTERN.fullmatch(value):
        raise where.error(f"{key!r} is not a TIMEX3 value: {value!r}", listname, index)
    return value


def _number(entry: dict, key: str, where: _Where, listname: str, index: int) -> float | None:
    value = entry.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise where.error(f"{key!r} must be a number or null, not {value!r}", listname, index)
    return float(value)


def parse_date(entry: object, where: _Where, index: int) -> GoldDate:
    entry = _entry(entry, DATE_KEYS, where, "dates", index)
    return GoldDate(
        index=index,
        text=_string(entry, "text", where, "dates", index, True),
        occurrence=_occurrence(entry, where, "dates", index),
        value=_timex(entry, "value", where, "dates", index, True),
        mod=_enum(entry, "mod", DATE_MODS, where, "dates", index, False),
    )


def parse_figure(entry: object, where: _Where, index: int) -> GoldFigure:
    entry = _entry(entry, FIGURE_KEYS, where, "figures", index)
    value = _number(entry, "value", where, "figures", index)
    low = _number(entry, "low", where, "figures", index)
    high = _number(entry, "high", where, "figures", index)
    if value is None and (low is None or high is None):
        raise where.error("needs a 'value', or both 'low' and 'high' for a range", "figures", index)
    return GoldFigure(
        index=index,
        text=_string(entry, "text", where, "figures", index, True),
        occurrence=_occurrence(entry, where, "figures", index),
        kind=_enum(entry, "kind", FIGURE_KINDS, where, "figures", index, True),
        value=value,
        low=low,
        high=high,
        unit=_string(entry, "unit", where, "figures", index, False),
        item=_string(entry, "item", where, "figures", index, False),
        qualifier=_enum(entry, "qualifier", QUALIFIERS, where, "figures", index, False),
        period=_timex(entry, "period", where, "figures", index, False),
        measure=_enum(entry, "measure", MEASURES, where, "figures", index, True),
    )


def parse_event(entry: object, where: _Where, index: int) -> GoldEvent:
    entry = _entry(entry, EVENT_KEYS, where, "events", index)
    participants = entry.get("participants", [])
    if participants is None:
        participants = []
    if not isinstance(participants, list) or not all(isinstance(p, str) and p for p in participants):
        raise where.error(f"'participants' must be a list of names, not {participants!r}", "events", index)
    return GoldEvent(
        index=index,
        trigger=_string(entry, "trigger", where, "events", index, True),
        occurrence=_occurrence(entry, where, "events", index),
        type=_enum(entry, "type", EVENT_TYPES, where, "events", index, True),
        date_text=_string(entry, "date_text", where, "events", index, True),
        date=_timex(entry, "date", where, "events", index, True),
        participants=tuple(sorted(set(participants))),
        location=_string(entry, "location", where, "events", index, False),
    )


def find_occurrence(raw: str, text: str, occurrence: int) -> tuple[int, int] | None:
    """Raw span of the `occurrence`-th (1-based) start of `text` in `raw`, overlapping starts counted."""
    position = -1
    for _ in range(occurrence):
        position = raw.find(text, position + 1)
        if position < 0:
            return None
    return position, position + len(text)


def count_occurrences(raw: str, text: str) -> int:
    count, position = 0, raw.find(text)
    while position >= 0:
        count += 1
        position = raw.find(text, position + 1)
    return count


def resolve_gold(gold: GoldDocument, raw: str) -> GoldDocument:
    """A copy of `gold` with the raw offsets of every annotation; events are tied to their date entry."""
    where = _Where(gold.path)
    source = gold.text_file

    def span(text: str, occurrence: int, listname: str, index: int) -> tuple[int, int]:
        found = find_occurrence(raw, text, occurrence)
        if found is None:
            times = count_occurrences(raw, text)
            raise where.error(f"text {text!r} occurrence {occurrence} not found in {source} "
                              f"(it occurs {times} time{'s' if times != 1 else ''})", listname, index)
        return found

    def no_duplicates(entries: list, listname: str) -> None:
        seen: dict[tuple[int, int], int] = {}
        for entry in entries:
            key = (entry.start, entry.end)
            if key in seen:
                raise where.error(f"same span as {listname}[{seen[key]}] ({entry.start}-{entry.end})",
                                  listname, entry.index)
            seen[key] = entry.index

    scope = None
    if gold.sections is not None:
        scope = section_spans(raw, gold.sections)
        if isinstance(scope, str):
            raise where.error(f"section {scope!r} is not exactly one heading of revision {gold.revision_id}")
        scope = tuple(scope)

    def inside(entry, listname: str):
        if scope is not None and not any(start <= entry.start < end for start, end in scope):
            raise where.error(f"{entry.start}-{entry.end} lies outside the annotated sections", listname, entry.index)
        return entry

    dates = [_replace(d, *span(d.text, d.occurrence, "dates", d.index)) for d in gold.dates]
    figures = [_replace(f, *span(f.text, f.occurrence, "figures", f.index)) for f in gold.figures]
    no_duplicates(dates, "dates")
    no_duplicates(figures, "figures")
    events = []
    for event in gold.events:
        start, end = span(event.trigger, event.occurrence, "events", event.index)
        anchors = [d for d in dates if d.text == event.date_text]
        if not anchors:
            raise where.error(f"date_text {event.date_text!r} is not the text of any entry in dates",
                              "events", event.index)
        same_value = [d for d in anchors if same_timex(d.value, event.date)]
        if not same_value:
            raise where.error(f"date {event.date!r} differs from the value of dates entry {event.date_text!r} "
                              f"({anchors[0].value!r})", "events", event.index)
        # The text may occur more than once: the event's date is the occurrence nearest its trigger.
        anchor = min(same_value, key=lambda d: (abs(d.start - start), d.start))
        events.append(_replace(event, start, end, date_index=anchor.index))
    no_duplicates(events, "events")
    for listname, entries in (("dates", dates), ("figures", figures), ("events", events)):
        for entry in entries:
            inside(entry, listname)
    return dataclasses.replace(gold, dates=dates, figures=figures, events=events, resolved=True, scope=scope)


def _replace(entry, start: int, end: int, **changes):
    return dataclasses.replace(entry, start=start, end=end, **changes)


def normalize_timex(value: object) -> str | None:
    """A TIMEX3 value in one spelling: `198X` and `198` are the same decade, `19XX` and `19` the same
    century; a year read back from CSV as 2004 or 2004.0 is '2004'."""
    if value is None:
        return None
    if isinstance(value, float):
        if value != value:
            return None
        if value.is_integer():
            value = int(value)
    text = str(value).strip()
    if not text:
        return None
    return "/".join(re.sub(r"^(\d{2,3})X+$", r"\1", part) for part in text.split("/"))


def same_timex(a: object, b: object) -> bool:
    return normalize_timex(a) == normalize_timex(b)


def find_text_file(gold: GoldDocument, corpus: Path | None = None) -> Path:
    """The raw article (or the export) of a gold file: beside the gold file, else in `corpus`, or `corpus`
    itself when it is that file."""
    candidates = [gold.path.parent / gold.text_file]
    if corpus is not None and Path(corpus).is_file() and Path(corpus).name == Path(gold.text_file).name:
        candidates.insert(0, Path(corpus))
    elif corpus is not None:
        candidates.append(Path(corpus) / gold.text_file)
        candidates.append(Path(corpus) / Path(gold.text_file).name)
    for candidate in candidates:
        if candidate.is_file():
            return candidate
    searched = " or ".join(str(c.parent) for c in dict.fromkeys(candidates))
    what = "export" if gold.export else "text_file"
    raise GoldFormatError(f"{gold.name}: {what} {gold.text_file!r} not found in {searched}")
