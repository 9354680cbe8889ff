"""`almanac report`: the page's content, its escaping of article text, and the page in a real browser.

The tables are made by the real pipeline from short articles of our own; the figures, events and
checks rows the report draws are written into them by hand (their spans found in the raw text), so
each test knows what the page must show whatever the extraction stages do today.
"""
from __future__ import annotations

import html
import json
import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from pipeline.cli import EXIT_NO_INPUT, EXIT_OK, app
from pipeline.errors import InputError
from pipeline.runs.run import run
from pipeline.tables.schema import frame_from_rows, validate_table
from pipeline.tables.layout import published_folder
from pipeline.tables.writer import read_table, write_table
from pipeline.tools.cells import plain
from pipeline.tools.charts import timex_interval
from pipeline.tools.report import highlight, render_report, script_json, write_report

from .conftest import FOUNDING_ARTICLE, FOUNDING_GOLD

TRADE_ARTICLE = """Freedonia–Sylvania relations

Freedonia–Sylvania relations are the ties between two small states of the northern plain.

History

In 1921 Freedonia and Sylvania signed a border treaty at Vale. During the 1930s the two states fought a long border war. In March 1958 the Sylvanian premier visited Freedonia. Relations later warmed.

Trade

Trade between the two reached US$1.2 billion in 2003 and US$1.9 billion in 2005. Freedonia exported 830,000 tons of grain to Sylvania in 2004. Trade during 2000–2005 averaged US$1.5 billion a year. Exports to the south were worth an estimated $400 million. Between 15,000 and 20,000 workers moved across the border in 2006.
"""

# What an attacker could put in an article: markup that would run if the page did not escape it.
XSS_SCRIPT = "<script>document.documentElement.setAttribute('data-xss','script')</script>"
XSS_ATTRIBUTE = "\" onmouseover=\"document.documentElement.setAttribute('data-xss','attribute')\" x=\""
XSS_IMAGE = "<img src=x onerror=\"document.documentElement.setAttribute('data-xss','image')\">"
XSS_JSON = "</script><script>document.documentElement.setAttribute('data-xss','json')</script>\u2028&amp;"
XSS_ARTICLE = f"""Hostile page

Trade with the port reached US$2.5 billion in 2004 {XSS_SCRIPT} and kept growing.

Exports of timber {XSS_ATTRIBUTE} rose to 90,000 tons in 2005 {XSS_IMAGE}.

In 2006 the council {XSS_JSON} signed a new charter.
"""


# -- building tables ---------------------------------------------------------------------------


def locate(raw: str, text: str, occurrence: int = 1) -> tuple[int, int]:
    start = -1
    for _ in range(occurrence):
        start = raw.index(text, start + 1)
    return start, start + len(text)


def sentence_of(sentences: pd.DataFrame, start: int) -> int:
    hit = sentences[(sentences["start"] <= start) & (sentences["end"] > start)]
    assert len(hit) == 1, f"offset {start} is in {len(hit)} sentences"
    return int(hit["sent_id"].iloc[0])


def span_row(raw: str, sentences: pd.DataFrame, doc_id: str, text: str, revision_id=None, occurrence: int = 1) -> dict:
    start, end = locate(raw, text, occurrence)
    return {"doc_id": doc_id, "revision_id": revision_id, "sent_id": sentence_of(sentences, start),
            "start": start, "end": end, "text": raw[start:end]}


def figure(base: dict, figure_id: int, kind: str, value, unit, period, measure, *, low=None, high=None, item=None,
           qualifier=None, source="prose", parties=()) -> dict:
    return {**base, "figure_id": figure_id, "kind": kind, "value": value, "low": low, "high": high, "unit": unit,
            "qualifier": qualifier, "item": item, "period": period, "measure": measure, "parties": list(parties),
            "source": source}


def event(base: dict, event_id: int, type_: str, date, date_from, date_to, participants=(), location=None) -> dict:
    return {**base, "event_id": event_id, "trigger": base["text"], "lemma": base["text"].lower(), "type": type_,
            "date_id": None, "date": date, "date_from": date_from, "date_to": date_to,
            "participants": list(participants), "location": location, "sentence": base["text"]}


def check(base: dict, check_id: int, kind: str, figure_ids: list[int], message: str) -> dict:
    return {**base, "check_id": check_id, "check": kind, "figure_ids": figure_ids, "message": message}


def write_rows(out: Path, table: str, rows: list[dict], fmt: str = "parquet") -> None:
    """Hand-made rows in place of a run's table (in the generation the run published; a Parquet table, a
    dataset folder there, becomes one file, which every reader reads as well)."""
    folder = published_folder(out)
    shutil.rmtree(folder / f"{table}.{fmt}", ignore_errors=True)
    write_table(validate_table(table, frame_from_rows(table, rows)), folder, table, fmt)


def make_trade_tables(folder: Path, fmt: str = "parquet") -> dict:
    """The trade article through the real pipeline, then figures, events and checks written by hand."""
    folder.mkdir(parents=True, exist_ok=True)
    article = folder / "freedonia-sylvania.txt"
    article.write_text(TRADE_ARTICLE, encoding="utf-8")
    out = folder / "tables"
    run([str(article)], out, fmt)
    sentences = read_table(next(out.glob("sentences.*")))
    doc = "freedonia-sylvania"

    def at(text, occurrence=1):
        return span_row(TRADE_ARTICLE, sentences, doc, text, occurrence=occurrence)

    figures = [
        figure(at("US$1.2 billion"), 0, "money", 1.2e9, "USD", "2003", "trade"),
        figure(at("US$1.9 billion"), 1, "money", 1.9e9, "USD", "2005", "trade"),
        figure(at("830,000 tons"), 2, "mass", 830000.0, "t", "2004", "exports", item="grain"),
        figure(at("US$1.5 billion"), 3, "money", 1.5e9, "USD", "2000/2005", "trade", source="table"),
        figure(at("$400 million"), 4, "money", 4e8, "USD", None, "exports", qualifier="approx"),
        figure(at("15,000 and 20,000"), 5, "count", None, None, "2006", "other", low=15000.0, high=20000.0,
               item="worker"),
    ]
    events = [
        event(at("signed"), 0, "agreement", "1921", "1921-01-01", "1921-12-31", ["FRE", "SYL"], "Vale"),
        event(at("fought"), 1, "conflict", "193", "1930-01-01", "1939-12-31", ["FRE", "SYL"]),
        event(at("visited"), 2, "meeting", "1958-03", "1958-03-01", "1958-03-31", ["Sylvanian premier"]),
        event(at("warmed"), 3, "other", None, None, None),
        event(at("moved"), 4, "migration", "2006", None, None),  # interval from the TIMEX3 value alone
    ]
    checks = [check(at("US$1.2 billion"), 0, "prose_vs_table", [0, 3], "prose and table disagree on trade")]
    for table, rows in (("figures", figures), ("events", events), ("checks", checks)):
        write_rows(out, table, rows, fmt)
    return {"out": out, "figures": figures, "events": events, "checks": checks}


@pytest.fixture(scope="module")
def trade(tmp_path_factory):
    return make_trade_tables(tmp_path_factory.mktemp("trade"))


@pytest.fixture(scope="module")
def trade_page(trade):
    page, summary = render_report(trade["out"])
    return page, summary


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    """Tables of an article full of markup; every text column of the hand-made rows carries it too."""
    folder = tmp_path_factory.mktemp("hostile")
    article = folder / "hostile.txt"
    article.write_text(XSS_ARTICLE, encoding="utf-8")
    out = folder / "tables"
    run([str(article)], out, "parquet")
    sentences = read_table(out / "sentences.parquet")
    doc = "hostile"

    def at(text):
        return span_row(XSS_ARTICLE, sentences, doc, text)

    figures = [
        figure(at("US$2.5 billion"), 0, "money", 2.5e9, "USD", "2004", "trade", item=XSS_SCRIPT),
        figure(at("90,000 tons"), 1, "mass", 90000.0, "t", "2005", "exports", item=XSS_ATTRIBUTE, parties=[XSS_IMAGE]),
    ]
    events = [event(at("signed"), 0, "agreement", "2006", "2006-01-01", "2006-12-31", [XSS_JSON, XSS_IMAGE],
                    XSS_ATTRIBUTE)]
    checks = [check(at("US$2.5 billion"), 0, "direction", [0, 1], XSS_SCRIPT + XSS_ATTRIBUTE)]
    for table, rows in (("figures", figures), ("events", events), ("checks", checks)):
        write_rows(out, table, rows)
    report = folder / "report.html"
    write_report(out, report)
    return report


# -- parsing the page --------------------------------------------------------------------------


class Page(HTMLParser):
    """Elements of an HTML page: (tag, attributes) in order, and the text of every script."""

    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict]] = []
        self.scripts: list[tuple[dict, str]] = []
        self._in_script: dict | None = None
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        self.elements.append((tag, attributes))
        if tag == "script":
            self._in_script = attributes
            self.scripts.append((attributes, ""))

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_script = None

    def handle_data(self, data):
        if self._in_script is not None:
            attributes, text = self.scripts[-1]
            self.scripts[-1] = (attributes, text + data)

    def by_id(self, element_id: str) -> dict | None:
        return next((attrs for _, attrs in self.elements if attrs.get("id") == element_id), None)


def specs_of(page: str) -> dict:
    parsed = Page(page)
    (payload,) = [text for attrs, text in parsed.scripts if attrs.get("id") == "almanac-specs"]
    return json.loads(payload)


def chart_rows(spec: dict) -> list[dict]:
    (values,) = spec["datasets"].values()
    return values


# -- units -------------------------------------------------------------------------------------


def test_script_json_leaves_no_markup_characters_and_round_trips():
    value = {"a": XSS_JSON, "b": "x < y && y > z", "c": "line\u2029break", "d": "<!-- comment"}
    text = str(script_json(value))
    for character in ("<", ">", "&", "\u2028", "\u2029"):
        assert character not in text
    assert json.loads(text) == value


def test_highlight_escapes_text_and_nests_or_anchors_spans():
    text = "cost <b>US$5 million</b> in 2001"
    start = text.index("US$5")
    marked = str(highlight(text, [(start, start + 12, "f1", "figure"), (start + 3, start + 4, "f2", "figure"),
                                  (start + 5, start + 20, "e1", "event")]))
    assert "<b>" not in marked and "&lt;b&gt;" in marked
    assert ('<mark id="f1" class="figure">US$<mark id="f2" class="figure">5</mark> '
            '<span class="anchor" id="e1"></span>million</mark>') in marked
    # A span crossing an open one cannot be a mark of its own: it keeps an anchor to link to.
    assert '<span class="anchor" id="e1"></span>' in marked
    assert html.unescape(re.sub(r"<[^>]+>", "", marked)) == text


@pytest.mark.parametrize("value, first, last", [
    ("1996-SP", "1996-03-01", "1996-05-31"),
    ("198", "1980-01-01", "1989-12-31"),
    ("2000/2005", "2000-01-01", "2005-12-31"),
    ("2005-Q1", "2005-01-01", "2005-03-31"),
    ("1998-11", "1998-11-01", "1998-11-30"),
])
def test_timex_interval_of_each_granularity(value, first, last):
    begin, end = timex_interval(value)
    assert (begin.isoformat(), end.isoformat()) == (first, last)


@pytest.mark.parametrize("value", ["XXXX-03", "2003-02-30", "soon", "", None])
def test_timex_interval_is_none_without_a_fixed_date(value):
    assert timex_interval(value) is None


# -- the page ----------------------------------------------------------------------------------


def test_figure_and_event_rows_link_to_their_highlighted_sentence(trade, trade_page):
    page, _ = trade_page
    parsed = Page(page)
    links = {attrs.get("href") for tag, attrs in parsed.elements if tag == "a"}
    for row in trade["figures"]:
        anchor = f"a0-f{row['figure_id']}"
        assert f"#{anchor}" in links
        assert re.search(rf'<mark id="{anchor}" class="figure">{re.escape(html.escape(row["text"], quote=False))}</mark>',
                         page), row["text"]
    for row in trade["events"]:
        anchor = f"a0-e{row['event_id']}"
        assert f"#{anchor}" in links
        assert f'<mark id="{anchor}" class="event">{html.escape(row["trigger"], quote=False)}</mark>' in page
    # Each marked sentence is the article's own sentence, shown once.
    sentence_ids = [attrs["id"] for tag, attrs in parsed.elements if tag == "li" and "sentence" in attrs.get("class", "")]
    assert len(sentence_ids) == len(set(sentence_ids))
    assert {"a0-s%d" % row["sent_id"] for row in trade["figures"] + trade["events"]} == set(sentence_ids)


def test_tables_are_sortable_with_numeric_keys(trade, trade_page):
    page, _ = trade_page
    parsed = Page(page)
    sortable = [attrs for tag, attrs in parsed.elements if tag == "table" and "sortable" in attrs.get("class", "")]
    assert len(sortable) == 2  # figures and events
    values = [attrs.get("data-sort") for tag, attrs in parsed.elements
              if tag == "td" and attrs.get("class") == "num" and attrs.get("data-sort") not in (None, "")]
    assert str(1.9e9) in values and str(830000.0) in values
    # The range's sort key is its middle.
    assert str((15000.0 + 20000.0) / 2) in values


def test_timeline_draws_dated_events_as_points_and_long_intervals_as_spans(trade, trade_page):
    page, summary = trade_page
    timeline = chart_rows(specs_of(page)["a0-chart-timeline"])
    dated = [row for row in trade["events"] if row["date"] is not None]
    assert sorted(row["event_id"] for row in timeline) == sorted(row["event_id"] for row in dated)
    shapes = {row["event_id"]: row["shape"] for row in timeline}
    assert shapes == {0: "point", 1: "span", 2: "point", 4: "point"}
    decade = next(row for row in timeline if row["event_id"] == 1)
    assert (decade["start"], decade["end"]) == ("1930-01-01", "1940-01-01")
    # The label names the trigger and its participants; lanes run in date order.
    assert [row["event_id"] for row in timeline] == [0, 1, 2, 4]
    assert "signed" in timeline[0]["lane"] and "FRE, SYL" in timeline[0]["lane"]
    assert summary.events == len(trade["events"])
    assert "1 without a date interval" in page


def test_one_chart_per_measure_and_unit_with_checks_ringed(trade, trade_page):
    page, _ = trade_page
    specs = specs_of(page)
    measures = {spec["title"]["text"]: chart_rows(spec) for key, spec in specs.items() if "measure" in key}
    assert set(measures) == {"trade (USD)", "exports (t)"}
    trade_rows = {row["figure_id"]: row for row in measures["trade (USD)"]}
    assert set(trade_rows) == {0, 1, 3}
    # The period's midpoint is the x position; a multi-year period is also drawn as a span.
    assert trade_rows[0]["x"] == "2003-07-02" and not trade_rows[0]["period_span"]
    assert trade_rows[3]["period_span"] and trade_rows[3]["x_start"] == "2000-01-01"
    assert {row["figure_id"] for row in trade_rows.values() if row["checked"]} == {0, 3}
    assert {row["source"] for row in trade_rows.values()} == {"prose", "table"}
    # Money without a period is listed, not drawn; counts stay in the table only.
    assert re.search(r"Not drawn \(1\):\s*<a href=\"#a0-f4\">\$400 million</a>", page)
    assert all(5 not in {row["figure_id"] for row in rows} for rows in measures.values())
    assert 'id="a0-c0"' in page and "prose and table disagree on trade" in page


def test_page_is_self_contained(trade_page):
    page, _ = trade_page
    parsed = Page(page)
    assert not [tag for tag, _ in parsed.elements if tag in ("link", "iframe", "object", "embed", "img")]
    for tag, attrs in parsed.elements:
        assert "src" not in attrs, (tag, attrs)
        href = attrs.get("href") or ""
        assert not re.match(r"\s*(https?:)?//", href), href
    csp = next(attrs["content"] for tag, attrs in parsed.elements if attrs.get("http-equiv") == "Content-Security-Policy")
    assert "default-src 'none'" in csp and "connect-src 'none'" in csp
    scripts = [attrs for attrs, _ in parsed.scripts]
    # Our two scripts carry the nonce; the specs are data, never executed.
    nonce = re.search(r"'nonce-([0-9a-f]+)'", csp).group(1)
    assert [attrs.get("nonce") for attrs in scripts if attrs.get("type") != "application/json"] == [nonce, nonce]


def test_same_tables_give_a_byte_identical_page(trade):
    first, _ = render_report(trade["out"])
    second, _ = render_report(trade["out"])
    assert first == second


def test_csv_and_jsonl_tables_give_the_same_charts(tmp_path, trade_page):
    expected = specs_of(trade_page[0])
    for fmt in ("csv", "jsonl"):
        made = make_trade_tables(tmp_path / fmt, fmt)
        page, _ = render_report(made["out"])
        assert specs_of(page) == expected, fmt


def test_latest_revision_is_shown_unless_all_are_asked_for(tmp_path, trade):
    out = tmp_path / "revisions"
    out.mkdir()
    for table in ("documents", "sentences", "figures", "events", "checks"):
        frame = read_table(trade["out"] / f"{table}.parquet")
        rows = []
        for revision in (101, 102):
            for row in frame.to_dict(orient="records"):
                row = {**{key: plain(value) for key, value in row.items()}, "revision_id": revision}
                if table == "figures" and revision == 102 and row["figure_id"] == 1:
                    row["value"] = 2.1e9  # the newer revision changed one figure
                rows.append(row)
        write_rows(out, table, rows)
    latest, summary = render_report(out)
    assert summary.articles == 1 and "revision 102" in latest and "revision 101" not in latest
    values = {row["figure_id"]: row["value"] for spec in specs_of(latest).values() for row in chart_rows(spec)
              if "figure_id" in row}
    assert values[1] == 2.1e9
    every, summary = render_report(out, all_revisions=True)
    assert summary.articles == 2 and "revision 101" in every and "revision 102" in every


def test_missing_or_empty_tables_folder_is_an_input_error(tmp_path):
    with pytest.raises(InputError, match="not a folder"):
        render_report(tmp_path / "absent")
    with pytest.raises(InputError, match="no documents table"):
        render_report(tmp_path)


def test_cli_writes_the_page_and_reports_bad_input(tmp_path, trade):
    runner = CliRunner()
    target = tmp_path / "page.html"
    result = runner.invoke(app, ["report", str(trade["out"]), "--out", str(target)])
    assert result.exit_code == EXIT_OK, result.output
    assert target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert "1 article(s)" in result.output and str(target) in result.output
    result = runner.invoke(app, ["report", str(tmp_path / "absent")])
    assert result.exit_code == EXIT_NO_INPUT


def test_gold_scores_and_misses_are_shown(tmp_path, trade):
    gold_dir = tmp_path / "gold"
    gold_dir.mkdir()
    shutil.copy(trade["out"].parent / "freedonia-sylvania.txt", gold_dir / "freedonia-sylvania.txt")
    gold = {
        "doc_id": "freedonia-sylvania", "text_file": "freedonia-sylvania.txt",
        "dates": [{"text": "2003", "occurrence": 1, "value": "2003", "mod": None}],
        "figures": [
            {"text": "US$1.2 billion", "kind": "money", "value": 1.2e9, "low": None, "high": None, "unit": "USD",
             "item": None, "qualifier": None, "period": "2003", "measure": "trade"},
            {"text": "Between 15,000 and 20,000", "kind": "count", "value": None, "low": 15000, "high": 20000,
             "unit": None, "item": "worker", "qualifier": None, "period": "2006", "measure": "other"},
        ],
        "events": [],
    }
    (gold_dir / "freedonia-sylvania.gold.json").write_text(json.dumps(gold), encoding="utf-8")
    page, summary = render_report(trade["out"], gold_dir)
    assert summary.gold
    parsed = Page(page)
    assert parsed.by_id("gold") is not None
    # The figures gold has two entries and the tables six rows: both gold figures overlap one.
    scores = re.search(r"<td>freedonia-sylvania</td><td>figures</td>\s*<td class=\"num\">(\d+)</td>"
                       r"<td class=\"num\">(\d+)</td><td class=\"num\">(\d+)</td>", page)
    assert scores and scores.groups() == ("2", "6", "2")
    assert "spurious" in page  # the four figures the gold does not have


# -- the browser -------------------------------------------------------------------------------


def chromium() -> str | None:
    return next((path for name in ("chromium", "chromium-browser", "google-chrome") if (path := shutil.which(name))),
                None)


def browse(page: Path, work: Path, screenshot: Path | None = None, height: int = 2400) -> tuple[str, list[str]]:
    """The DOM of `page` after its scripts ran, and every console message it logged."""
    binary = chromium()
    if binary is None:
        pytest.skip("no chromium binary (Debian package `chromium`); .ci/run installs it")
    flags = [binary, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
             "--disable-component-update", "--no-first-run", "--disable-sync", "--hide-scrollbars",
             f"--user-data-dir={work / 'profile'}", "--enable-logging=stderr", "--v=0",
             "--virtual-time-budget=5000", f"--window-size=1280,{height}"]
    url = page.resolve().as_uri()
    dumped = subprocess.run([*flags, "--dump-dom", url], capture_output=True, text=True, timeout=180)
    assert dumped.returncode == 0, dumped.stderr[-2000:]
    console = [line for line in dumped.stderr.splitlines() if re.search(r"CONSOLE[:(]", line)]
    if screenshot is not None:
        shot = subprocess.run([*flags, f"--screenshot={screenshot}", url], capture_output=True, text=True, timeout=180)
        assert shot.returncode == 0, shot.stderr[-2000:]
        assert screenshot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    return dumped.stdout, console


def drawn_charts(dom: str) -> dict[str, str]:
    """data-chart id -> the SVG vega-embed drew in it (empty when nothing was drawn)."""
    charts = {}
    for match in re.finditer(r'<div class="chart[^"]*"[^>]*data-chart="([^"]+)"[^>]*>(.*?)</div>\s*(?=<|$)', dom, re.S):
        charts[match.group(1)] = match.group(2)
    return charts


def test_browser_draws_the_timeline_and_charts_of_our_article(tmp_path, trade):
    report = tmp_path / "report.html"
    write_report(trade["out"], report)
    dom, console = browse(report, tmp_path, tmp_path / "report.png")
    assert console == []
    assert 'data-charts-state="drawn"' in dom
    assert 'data-charts-total="3"' in dom
    svgs = re.findall(r'<div class="chart[^"]*"[^>]*data-chart="([^"]+)"[^>]*data-drawn="true"', dom)
    assert sorted(svgs) == sorted(["a0-chart-timeline", "a0-chart-measure0", "a0-chart-measure1"])
    # The timeline's marks: one symbol per dated point, one bar for the decade.
    timeline = dom[dom.index('data-chart="a0-chart-timeline"'):dom.index('data-chart="a0-chart-measure0"')]
    assert "<svg" in timeline
    assert len(re.findall(r'aria-roledescription="(?:point|bar)"', timeline)) == 4


def test_hostile_article_text_is_shown_never_run(hostile, tmp_path):
    page = hostile.read_text(encoding="utf-8")
    parsed = Page(page)
    for payload in (XSS_SCRIPT, XSS_IMAGE, XSS_ATTRIBUTE, XSS_JSON):
        assert payload not in page
    assert not [tag for tag, _ in parsed.elements if tag == "img"]
    assert not [(tag, name) for tag, attrs in parsed.elements for name in attrs if name.startswith("on")]
    assert len(parsed.scripts) == 3  # the specs (data), the Vega bundle, ours
    assert "&lt;script&gt;" in page  # shown as text
    dom, console = browse(hostile, tmp_path)
    assert console == []
    assert "data-xss" not in Page(dom).elements[0][1]  # the <html> element
    browsed = Page(dom)
    assert not [(tag, name) for tag, attrs in browsed.elements for name in attrs if name.startswith("on")]
    assert not [tag for tag, _ in browsed.elements if tag == "img"]
    assert 'data-charts-state="drawn"' in dom


@pytest.mark.slow
def test_founding_article_report_in_the_browser(tmp_path):
    if not FOUNDING_ARTICLE.exists():
        pytest.skip("../shared/corpus is not beside the repository")
    out = tmp_path / "tables"
    run([str(FOUNDING_ARTICLE)], out)
    report = tmp_path / "report.html"
    summary = write_report(out, report, FOUNDING_GOLD.parent if FOUNDING_GOLD.exists() else None)
    dom, console = browse(report, tmp_path, tmp_path / "founding.png", height=3000)
    assert console == []
    events = read_table(out / "events.parquet")
    figures = read_table(out / "figures.parquet")
    dated = any(timex_interval(value) for value in events["date"].dropna()) if len(events) else False
    charted = len(figures) and any(
        kind in ("money", "mass") and timex_interval(period) and (pd.notna(value) or pd.notna(low))
        for kind, period, value, low in zip(figures["kind"], figures["period"], figures["value"], figures["low"]))
    assert f'data-charts-total="{summary.charts}"' in dom
    assert ('data-chart="a0-chart-timeline"' in dom) == bool(dated)
    assert ('data-chart="a0-chart-measure0"' in dom) == bool(charted)
    if summary.charts:
        assert 'data-charts-state="drawn"' in dom
        assert dom.count('data-drawn="true"') == summary.charts
    if FOUNDING_GOLD.exists():
        assert 'id="gold"' in dom and "north-korea-russia-relations" in dom


def test_csv_numbers_in_text_columns_are_read_back_as_text():
    from pipeline.tools.report import restore_types

    frame = pd.DataFrame({"period": [2003.0, float("nan"), 198.0], "revision_id": [7.0, float("nan"), 7.0],
                          "figure_id": [0, 1, 2]})
    restored = restore_types("figures", frame)
    assert [plain(value) for value in restored["period"]] == ["2003", None, "198"]
    assert str(restored["revision_id"].dtype) == "Int64" and restored["revision_id"].iloc[0] == 7
