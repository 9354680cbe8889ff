"""`almanac report`: one self-contained HTML page of an output folder's events and figures.

Per article (the latest revision of each doc_id by default): a timeline of its events, one chart
per measure of its money and mass figures against their period (contradictions from the `checks`
table ringed), sortable figures and events tables whose rows link to their sentence with the span
highlighted, and, when gold is given, the evaluation scores and misses.

Charts are Vega-Lite specs built with Altair (`charts.py`) and drawn by vega-embed; the Vega bundle comes from
vl-convert and is inlined, so the page opens with no network access. Article text is untrusted:
HTML goes through Jinja2 autoescape, and every JSON payload in a <script> is escaped so that no
`<`, `>`, `&`, U+2028 or U+2029 survives literally. A Content-Security-Policy with a nonce
keeps any script that is not ours from running, and forbids every network fetch.
"""
from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import pandas as pd
from markupsafe import Markup, escape

from ..errors import InputError
from ..tables.layout import find_table, published_folder
from ..tables.schema import model_of
from ..tables.writer import atomic_path, read_table
from .cells import as_list, as_text, records
from .charts import CHARTED_KINDS, MeasureChart, figure_value, iso, measure_charts, row_interval, timeline_spec

TEMPLATES_DIR = Path(__file__).resolve().parent / "templates"
REPORT_TABLES = ("documents", "sentences", "figures", "checks", "events")


# ---------------------------------------------------------------------------------------------
# Reading tables


def load_tables(tables_dir: Path) -> dict[str, pd.DataFrame]:
    """The tables a report reads. The documents table is required; a missing other table is empty."""
    tables_dir = Path(tables_dir)
    if not tables_dir.is_dir():
        raise InputError(f"{tables_dir} is not a folder of tables (run `almanac run --out {tables_dir}` first)")
    tables_dir = published_folder(tables_dir)
    tables: dict[str, pd.DataFrame] = {}
    for name in REPORT_TABLES:
        path = find_table(tables_dir, name)
        if path is None:
            if name == "documents":
                raise InputError(f"no documents table in {tables_dir} (expected documents.parquet, .csv or .jsonl)")
            tables[name] = pd.DataFrame()
            continue
        try:
            tables[name] = restore_types(name, read_table(path))
        except Exception as error:  # a truncated or foreign file: one line, not a traceback
            raise InputError(f"cannot read {path}: {type(error).__name__}: {error}") from None
    return tables


def restore_types(table: str, frame: pd.DataFrame) -> pd.DataFrame:
    """Columns as the schema types them: CSV and JSONL read a text column of years ("2003") as
    numbers (2003.0 once a cell is empty), and nullable ids as floats."""
    schema = model_of(table).to_schema().columns
    frame = frame.copy()
    for name in frame.columns:
        if name not in schema:
            continue
        kind = str(schema[name].dtype)
        if kind.startswith("string") and frame[name].dtype != object:
            frame[name] = frame[name].map(as_text).astype(object)
        elif kind in ("Int64", "int64") and frame[name].dtype.kind == "f":
            frame[name] = frame[name].astype("Int64")
    return frame


def selected_documents(documents: list[dict], all_revisions: bool) -> list[dict]:
    """Documents to report, by doc_id; only the latest revision of each unless all are asked for."""
    ordered = sorted(documents, key=lambda row: (str(row["doc_id"]), revision_key(row)))
    if all_revisions:
        return ordered
    latest: dict[str, dict] = {}
    for row in ordered:  # later revisions overwrite earlier ones
        latest[str(row["doc_id"])] = row
    return [latest[doc_id] for doc_id in sorted(latest)]


def revision_key(row: dict) -> tuple:
    revision = row.get("revision_id")
    # An unknown revision sorts first; the timestamp breaks ties between equal ids.
    return (revision is not None, revision if revision is not None else -1, str(row.get("timestamp") or ""))


# ---------------------------------------------------------------------------------------------
# Safe embedding


SCRIPT_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}


def script_json(value: Any) -> Markup:
    """JSON safe inside a <script> element: no `<`, `>`, `&`, U+2028 or U+2029 left literally."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, allow_nan=False, default=str)
    return Markup(re.sub("[<>&\u2028\u2029]", lambda match: SCRIPT_ESCAPES[match.group()], text))


def highlight(text: str, spans: list[tuple[int, int, str, str]]) -> Markup:
    """`text` escaped, with each (start, end, anchor id, css class) span wrapped in <mark>.

    Spans nest or are disjoint; a span that crosses one already open gets only an anchor at its start.
    """
    out: list[str] = []
    position = 0
    open_ends: list[int] = []

    def advance(to: int) -> None:
        nonlocal position
        out.append(escape(text[position:to]))
        position = to

    for start, end, anchor_id, css in sorted(spans, key=lambda span: (span[0], -span[1], span[2])):
        start = max(position, min(start, len(text)))
        end = max(start, min(end, len(text)))
        while open_ends and open_ends[-1] <= start:
            advance(open_ends.pop())
            out.append(Markup("</mark>"))
        advance(start)
        if open_ends and end > open_ends[-1]:
            out.append(Markup('<span class="anchor" id="{}"></span>').format(anchor_id))
            continue
        out.append(Markup('<mark id="{}" class="{}">').format(anchor_id, css))
        open_ends.append(end)
    while open_ends:
        advance(open_ends.pop())
        out.append(Markup("</mark>"))
    advance(len(text))
    return Markup("").join(out)


# ---------------------------------------------------------------------------------------------
# The page


@dataclass
class ArticleView:
    index: int
    doc_id: str
    revision_id: int | None
    title: str
    document: dict
    figures: list[dict]
    events: list[dict]
    checks: list[dict]
    sentences: list[dict]  # only the sentences a figure, event or check points at, with spans marked
    charts: list[dict]  # {"id", "kind", "title", "spec"}
    timeline_id: str | None
    measures: list[MeasureChart]
    undated_events: int
    uncharted_figures: int


def format_number(value: float | None) -> str:
    if value is None:
        return ""
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.6g}"


def rows_by_revision(tables: dict[str, list[dict]]) -> dict[tuple[str, int | None], dict[str, list[dict]]]:
    """(doc_id, revision_id) -> table name -> that revision's rows (copies: views add keys to them)."""
    grouped: dict[tuple[str, int | None], dict[str, list[dict]]] = {}
    for name, rows in tables.items():
        for row in rows:
            key = (str(row.get("doc_id")), row.get("revision_id"))
            grouped.setdefault(key, {}).setdefault(name, []).append(dict(row))
    return grouped


def article_view(index: int, document: dict, tables: dict[str, list[dict]]) -> ArticleView:
    """Everything the page shows of one revision of one article; `tables` holds only its rows."""
    doc_id, revision_id = str(document["doc_id"]), document.get("revision_id")

    def anchor(kind: str, number: int) -> str:
        return f"a{index}-{kind}{number}"

    def rows(name: str, key: str) -> list[dict]:
        return sorted(tables.get(name, []), key=lambda row: row.get(key) or 0)

    figures, events, checks = rows("figures", "figure_id"), rows("events", "event_id"), rows("checks", "check_id")
    sentences = {row["sent_id"]: row for row in rows("sentences", "sent_id")}

    checks_by_figure: dict[int, list[str]] = {}
    for check in checks:
        check["figure_ids"] = [int(number) for number in as_list(check.get("figure_ids"))]
        check["anchor"] = anchor("c", check["check_id"])
        for number in check["figure_ids"]:
            checks_by_figure.setdefault(number, []).append(f"{check.get('check')}: {check.get('message') or ''}")
    for figure in figures:
        figure["parties"] = [str(party) for party in as_list(figure.get("parties"))]
        figure["anchor"] = anchor("f", figure["figure_id"])
        figure["checks"] = checks_by_figure.get(figure["figure_id"], [])
        point, low, high = figure_value(figure)
        figure["sort_value"] = point
        figure["shown_value"] = (format_number(figure.get("value")) if figure.get("value") is not None
                                 else f"{format_number(low)}–{format_number(high)}" if low is not None and high is not None
                                 else format_number(point))
    for event in events:
        event["participants"] = [str(party) for party in as_list(event.get("participants"))]
        event["anchor"] = anchor("e", event["event_id"])
        interval = row_interval(event, "date_from", "date_to", "date")
        event["sort_date"] = iso(interval[0]) if interval else ""

    # Sentences with every figure and event-trigger span of theirs marked; links target the marks.
    spans: dict[int, list[tuple[int, int, str, str]]] = {}
    for figure in figures:
        spans.setdefault(figure["sent_id"], []).append((figure["start"], figure["end"], figure["anchor"], "figure"))
    for event in events:
        spans.setdefault(event["sent_id"], []).append((event["start"], event["end"], event["anchor"], "event"))
    for check in checks:  # the check's span is its first figure's: link to that sentence
        check["sentence_anchor"] = anchor("s", check["sent_id"])
        spans.setdefault(check["sent_id"], [])
    shown_sentences = []
    for sent_id in sorted(spans):
        sentence = sentences.get(sent_id)
        if sentence is None:
            continue
        base = sentence["start"]
        relative = [(start - base, end - base, anchor_id, css) for start, end, anchor_id, css in spans[sent_id]]
        shown_sentences.append({
            "sent_id": sent_id, "anchor": anchor("s", sent_id), "section": sentence.get("section"),
            "block": sentence.get("block"), "html": highlight(sentence.get("text") or "", relative),
        })

    charts = []
    timeline = timeline_spec(events, anchor)
    timeline_id = f"a{index}-chart-timeline" if timeline is not None else None
    if timeline is not None:
        charts.append({"id": timeline_id, "kind": "timeline", "title": "Events", "spec": timeline})
    measures = measure_charts(figures, checks_by_figure, anchor)
    drawn_measures = [measure for measure in measures if measure.spec is not None]
    for number, measure in enumerate(drawn_measures):
        measure.chart_id = f"a{index}-chart-measure{number}"
        charts.append({"id": measure.chart_id, "kind": "measure",
                       "title": f"{measure.measure} ({measure.unit})", "spec": measure.spec})
    charted = sum(1 for figure in figures if figure.get("kind") in CHARTED_KINDS) - sum(len(m.not_drawn) for m in measures)
    undated = sum(1 for event in events if row_interval(event, "date_from", "date_to", "date") is None)
    return ArticleView(
        index=index, doc_id=doc_id, revision_id=revision_id, title=str(document.get("title") or doc_id),
        document=document, figures=figures, events=events, checks=checks, sentences=shown_sentences,
        charts=charts, timeline_id=timeline_id, measures=measures, undated_events=undated, uncharted_figures=len(figures) - charted,
    )


# ---------------------------------------------------------------------------------------------
# Gold: scores and misses from pipeline.evaluate


@dataclass
class GoldView:
    """What the gold section shows: score rows (overall, then per article) and the errors."""

    gold_dir: str
    scores: list[dict] = field(default_factory=list)  # scope, table, gold, predicted, matched, p, r, f1, attributes
    errors: list[dict] = field(default_factory=list)  # pipeline.evaluate ERROR_COLUMNS, sentence marked
    notes: list[str] = field(default_factory=list)

    @property
    def misses(self) -> int:
        return sum(1 for error in self.errors if error["error"] == "missed")


def corpus_of(documents: list[dict], gold_dir: Path) -> Path:
    """Where the gold files' texts are: the folder the reported articles were read from, if there is
    exactly one, else the gold folder's parent."""
    folders = {Path(str(row.get("source"))).parent for row in documents if row.get("source")}
    folders = {folder for folder in folders if folder.is_dir()}
    return folders.pop() if len(folders) == 1 else gold_dir.parent


def gold_view(tables_dir: Path, gold_dir: Path, documents: list[dict], corpus: Path | None = None) -> GoldView:
    """Scores and errors of the reported articles' tables against the gold files in `gold_dir`
    (pipeline.evaluate, on the tables as written; gold files of other articles are left out)."""
    from .cases import evaluate_cases, load_cases, read_tables

    gold_dir = Path(gold_dir)
    if not gold_dir.is_dir():
        raise InputError(f"gold folder {gold_dir} does not exist")
    reported = {str(row["doc_id"]) for row in documents}
    cases = [case for case in load_cases(gold_dir, corpus or corpus_of(documents, gold_dir))
             if case.gold.doc_id in reported]
    view = GoldView(str(gold_dir))
    if not cases:
        view.notes.append("no gold file in this folder is for an article of this report")
        return view
    evaluation = evaluate_cases(cases, read_tables(Path(tables_dir)), "tables")
    view.notes.extend(evaluation.notes)
    metrics = evaluation.metrics()
    scopes = [("all articles", metrics["overall"])] if len(cases) > 1 else []
    scopes += sorted(metrics["documents"].items())
    for scope, by_table in scopes:
        for table, values in by_table.items():
            attributes = {name: value for name, value in values.items()
                          if name not in ("gold", "predicted", "matched", "precision", "recall", "f1")}
            view.scores.append({
                "scope": scope, "table": table, "gold": values["gold"], "predicted": values["predicted"],
                "matched": values["matched"], "precision": values["precision"], "recall": values["recall"],
                "f1": values["f1"], "attributes": attributes,
            })
    for error in records(evaluation.errors_frame()):
        sentence = error.get("sentence") or ""
        shown = error.get("gold_text") or error.get("predicted_text") or ""
        at = sentence.find(shown) if shown else -1
        spans = [(at, at + len(shown), f"gold-error-{len(view.errors)}", "figure")] if at >= 0 else []
        view.errors.append({**error, "sentence_html": highlight(sentence, spans)})
    return view


# ---------------------------------------------------------------------------------------------
# Rendering


@dataclass
class ReportSummary:
    out: Path
    articles: int
    charts: int
    events: int
    figures: int
    gold: bool


@lru_cache(maxsize=1)
def vega_bundle() -> str:
    """Vega, Vega-Lite and vega-embed as one script, matching the Vega-Lite version Altair writes."""
    import vl_convert
    from altair.utils._importers import vl_version_for_vl_convert

    bundle = vl_convert.javascript_bundle(vl_version=vl_version_for_vl_convert())
    # A literal "</script" would end the inline element early; in JS source "<\/" means the same.
    return bundle.replace("</script", "<\\/script").replace("</SCRIPT", "<\\/SCRIPT")


@lru_cache(maxsize=1)
def template_environment():
    from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

    environment = Environment(
        loader=FileSystemLoader(str(TEMPLATES_DIR)),
        autoescape=select_autoescape(["html", "j2"], default=True, default_for_string=True),
        undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True,
    )
    environment.filters["script_json"] = script_json
    environment.filters["number"] = format_number
    return environment


def render_report(tables_dir: Path, gold_dir: Path | None = None, all_revisions: bool = False,
                  corpus: Path | None = None) -> tuple[str, ReportSummary]:
    """The report page (HTML) for the tables in `tables_dir`, and what it contains."""
    tables_dir = Path(tables_dir)
    shown = tables_dir.name or str(tables_dir)
    if tables_dir.is_dir():  # resolved once: every table of one generation, the gold view's too
        tables_dir = published_folder(tables_dir)
    frames = load_tables(tables_dir)
    tables = {name: records(frame) for name, frame in frames.items()}
    if not tables["documents"]:
        raise InputError(f"the documents table in {tables_dir} has no rows")
    documents = selected_documents(tables["documents"], all_revisions)
    grouped = rows_by_revision({name: rows for name, rows in tables.items() if name != "documents"})
    articles = [article_view(index, document, grouped.get((str(document["doc_id"]), document.get("revision_id")), {}))
                for index, document in enumerate(documents)]
    gold = gold_view(tables_dir, Path(gold_dir), documents, corpus) if gold_dir is not None else None
    specs = {chart["id"]: chart["spec"] for article in articles for chart in article.charts}
    # The nonce only has to be unguessable by the article's author; hashing the content keeps output
    # byte-identical for identical input, and the payload would have to contain its own hash.
    nonce = hashlib.sha256(script_json({"specs": specs, "tables": tables}, ).encode("utf-8")).hexdigest()[:32]
    static = {name: (TEMPLATES_DIR / name).read_text(encoding="utf-8") for name in ("report.css", "report.js")}
    html = template_environment().get_template("report.html.j2").render(
        articles=articles, gold=gold, specs=specs, nonce=nonce, vega_bundle=Markup(vega_bundle()),
        css=Markup(static["report.css"]), app_js=Markup(static["report.js"]),
        tables_dir=shown, all_revisions=all_revisions,
        revisions_total=len(tables["documents"]),
    )
    summary = ReportSummary(
        out=Path(), articles=len(articles), charts=len(specs),
        events=sum(len(article.events) for article in articles),
        figures=sum(len(article.figures) for article in articles), gold=gold is not None,
    )
    return html, summary


def write_report(tables_dir: Path, out: Path, gold_dir: Path | None = None, all_revisions: bool = False,
                 corpus: Path | None = None) -> ReportSummary:
    """`almanac report`: write the page atomically to `out`."""
    html, summary = render_report(tables_dir, gold_dir, all_revisions, corpus)
    out = Path(out)
    with atomic_path(out) as temp:
        temp.write_text(html, encoding="utf-8")
        temp.chmod(0o644)  # a page to open and share, not a private temp file
    summary.out = out
    return summary
