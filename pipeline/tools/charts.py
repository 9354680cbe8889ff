"""The report's charts, as Vega-Lite specs built with Altair: per article a timeline of its events (a
lane per type, a span for a long interval, a point for a short one), and one chart per measure and unit
of its money and mass figures against their period, contradictions from the `checks` table ringed.
Dates are TIMEX3 values or ISO dates turned into calendar intervals here.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from typing import Callable

import pandas as pd

from ..extraction.timex import interval as timex_bounds
from ..tables.schema import EVENT_TYPES, MEASURES
from .cells import as_list

CHARTED_KINDS = ("money", "mass")
# A date interval longer than this is drawn as a span (decades, ranges); shorter ones as a point.
SPAN_MIN_DAYS = 370
CHART_WIDTH = 760
LANE_HEIGHT = 18
# One colour per event type, fixed so a type has the same colour in every article and report.
EVENT_TYPE_COLOURS = dict(zip(EVENT_TYPES, [
    "#d62728", "#8c564b", "#2ca02c", "#1f77b4", "#9467bd", "#7f7f7f", "#e377c2", "#bcbd22",
    "#17becf", "#ff7f0e", "#aec7e8",
]))
SOURCE_SHAPES = {"prose": "circle", "table": "square"}
SOURCE_COLOURS = {"prose": "#1f77b4", "table": "#ff7f0e"}
CHECK_COLOUR = "#d62728"
# Axis labels in thousands, millions, billions (d3-format's SI "G" reads badly for money).
SCALED_LABEL_EXPR = (
    "abs(datum.value) >= 1e9 ? format(datum.value / 1e9, ',.4~r') + ' bn'"
    " : abs(datum.value) >= 1e6 ? format(datum.value / 1e6, ',.4~r') + ' m'"
    " : format(datum.value, ',.4~r')"
)


def timex_interval(value: str | None) -> tuple[date, date] | None:
    """The inclusive calendar interval of a TIMEX3 value or ISO date; None when it has no fixed year."""
    if not value:
        return None
    try:
        first, last = timex_bounds(str(value).strip())
        if first is None or last is None:
            return None
        begin, end = date.fromisoformat(first), date.fromisoformat(last)
    except ValueError:  # not a TIMEX3 value, or an impossible date such as 2003-02-30
        return None
    return (begin, end) if begin <= end else None


def row_interval(row: dict, from_key: str, to_key: str, value_key: str) -> tuple[date, date] | None:
    """An interval from a row's ISO from/to columns, else from its TIMEX3 value."""
    begin, end = timex_interval(row.get(from_key)), timex_interval(row.get(to_key))
    if begin and end and begin[0] <= end[1]:
        return begin[0], end[1]
    if begin or end:
        point = begin or end
        return point  # type: ignore[return-value]
    return timex_interval(row.get(value_key))


def midpoint(begin: date, end: date) -> date:
    return begin + timedelta(days=(end - begin).days // 2)


def iso(day: date) -> str:
    return day.isoformat()


@lru_cache(maxsize=1)
def altair():
    import altair as alt

    return alt


# Year ticks: the smallest step that keeps about a dozen labels on the axis.
YEAR_TICK_STEPS = (1, 2, 5, 10, 20, 25, 50, 100)


def utc_time_axis(title: str, first: str, last: str):
    """A UTC time axis from ISO date `first` to `last`, labelled in whole years (never "2002 2002 2002")."""
    alt = altair()
    years = date.fromisoformat(last).year - date.fromisoformat(first).year + 1
    step = next((step for step in YEAR_TICK_STEPS if years / step <= 12), YEAR_TICK_STEPS[-1])
    return dict(scale=alt.Scale(type="utc", nice=True, padding=14),
                # Years as numbers: "%Y" alone zero-pads years before 1000 ("0900").
                axis=alt.Axis(title=title, labelExpr="'' + toNumber(utcFormat(datum.value, '%Y'))", labelOverlap=True,
                              tickCount={"interval": "year", "step": step}))


def event_lane(row: dict) -> str:
    participants = ", ".join(str(p) for p in as_list(row.get("participants")))
    label = f"#{row['event_id']} {row.get('trigger') or ''}"
    label = f"{label} · {participants}" if participants else label
    return " ".join(label.split())  # one line: no newlines or U+2028 in an axis label


def timeline_spec(events: list[dict], anchor: Callable[[str, int], str]) -> dict | None:
    """The events timeline: one lane per dated event, spans for long intervals, points otherwise."""
    alt = altair()
    rows = []
    for row in events:
        interval = row_interval(row, "date_from", "date_to", "date")
        if interval is None:
            continue
        begin, end = interval
        rows.append({
            "lane": event_lane(row), "event_id": row["event_id"], "type": row.get("type") or "other",
            "trigger": row.get("trigger") or "", "date": row.get("date") or "",
            "participants": ", ".join(str(p) for p in as_list(row.get("participants"))),
            "location": row.get("location") or "",
            "start": iso(begin), "end": iso(end + timedelta(days=1)), "mid": iso(midpoint(begin, end)),
            "shape": "span" if (end - begin).days >= SPAN_MIN_DAYS else "point",
            "order": (begin, end, row["event_id"]), "href": "#" + anchor("e", row["event_id"]),
        })
    if not rows:
        return None
    rows.sort(key=lambda item: item["order"])
    for rank, item in enumerate(rows):
        item["order"] = rank
    lanes = [item["lane"] for item in rows]
    frame = pd.DataFrame(rows)
    tooltip = [
        alt.Tooltip("trigger:N", title="trigger"), alt.Tooltip("type:N", title="type"),
        alt.Tooltip("date:N", title="date"), alt.Tooltip("participants:N", title="participants"),
        alt.Tooltip("location:N", title="location"), alt.Tooltip("event_id:Q", title="event"),
    ]
    x_axis = utc_time_axis("date", min(item["start"] for item in rows), max(item["end"] for item in rows))
    base = alt.Chart(frame).encode(
        # Lanes sorted by a rank field: a sort array of labels would be inlined into a Vega expression.
        y=alt.Y("lane:N", sort=alt.EncodingSortField(field="order", op="min"), axis=alt.Axis(title=None, labelLimit=300, labelFontSize=11)),
        color=alt.Color("type:N", scale=alt.Scale(domain=list(EVENT_TYPE_COLOURS), range=list(EVENT_TYPE_COLOURS.values())),
                        legend=alt.Legend(title="event type", orient="top", columns=6)),
        tooltip=tooltip, href="href:N",
    )
    spans = base.transform_filter(alt.datum.shape == "span").mark_bar(height=10, cornerRadius=3, opacity=0.8).encode(
        x=alt.X("start:T", **x_axis), x2="end:T")
    points = base.transform_filter(alt.datum.shape == "point").mark_point(filled=True, size=90, opacity=1).encode(
        x=alt.X("mid:T", **x_axis))
    layers = [layer for layer, shape in ((spans, "span"), (points, "point")) if any(item["shape"] == shape for item in rows)]
    chart = alt.layer(*layers).properties(
        width=CHART_WIDTH, height=max(LANE_HEIGHT * len(lanes), 60),
        title=alt.TitleParams("Events", subtitle="points: a day, month or year; bars: decades and ranges",
                              anchor="start"),
    )
    return chart.to_dict()


@dataclass
class MeasureChart:
    measure: str
    unit: str
    spec: dict | None
    not_drawn: list[dict] = field(default_factory=list)  # figures of this measure with no period or value
    chart_id: str | None = None


def figure_value(row: dict) -> tuple[float | None, float | None, float | None]:
    """(point, low, high): the value, or the middle of a range with its ends."""
    value, low, high = row.get("value"), row.get("low"), row.get("high")
    if value is not None:
        return float(value), (float(low) if low is not None else None), (float(high) if high is not None else None)
    if low is not None and high is not None:
        return (float(low) + float(high)) / 2, float(low), float(high)
    one_end = low if low is not None else high
    return (float(one_end), None, None) if one_end is not None else (None, None, None)


def measure_charts(figures: list[dict], checks_by_figure: dict[int, list[str]],
                   anchor: Callable[[str, int], str]) -> list[MeasureChart]:
    """One chart per (measure, unit) of money and mass figures against their period's midpoint."""
    groups: dict[tuple[str, str], list[dict]] = {}
    for row in figures:
        if row.get("kind") in CHARTED_KINDS:
            groups.setdefault((row.get("measure") or "other", row.get("unit") or "?"), []).append(row)
    order = {name: index for index, name in enumerate(MEASURES)}
    charts = []
    for (measure, unit), rows in sorted(groups.items(), key=lambda item: (order.get(item[0][0], 99), item[0])):
        drawn, not_drawn = [], []
        for row in rows:
            interval = timex_interval(row.get("period"))
            point, low, high = figure_value(row)
            if interval is None or point is None:
                not_drawn.append({**row, "why": "no period" if interval is None else "no value"})
                continue
            begin, end = interval
            messages = checks_by_figure.get(row["figure_id"], [])
            drawn.append({
                "figure_id": row["figure_id"], "text": row.get("text") or "", "source": row.get("source") or "prose",
                "period": row.get("period") or "", "item": row.get("item") or "",
                "qualifier": row.get("qualifier") or "", "value": point, "low": low, "high": high,
                "x": iso(midpoint(begin, end)), "x_start": iso(begin), "x_end": iso(end + timedelta(days=1)),
                "period_span": (end - begin).days >= SPAN_MIN_DAYS, "checked": bool(messages),
                "check": " | ".join(messages), "href": "#" + anchor("f", row["figure_id"]),
            })
        spec = measure_spec(measure, unit, drawn) if drawn else None
        charts.append(MeasureChart(measure, unit, spec, not_drawn))
    return charts


def measure_spec(measure: str, unit: str, drawn: list[dict]) -> dict:
    alt = altair()
    frame = pd.DataFrame(drawn)
    x_axis = utc_time_axis("period (midpoint)", min(item["x_start"] for item in drawn),
                           max(item["x_end"] for item in drawn))
    y = alt.Y("value:Q", title=unit, axis=alt.Axis(labelExpr=SCALED_LABEL_EXPR), scale=alt.Scale(zero=False, nice=True, padding=10))
    tooltip = [
        alt.Tooltip("text:N", title="figure"), alt.Tooltip("value:Q", title="value", format=",.6~g"),
        alt.Tooltip("period:N", title="period"), alt.Tooltip("source:N", title="source"),
        alt.Tooltip("item:N", title="item"), alt.Tooltip("qualifier:N", title="qualifier"),
        alt.Tooltip("check:N", title="contradiction"), alt.Tooltip("figure_id:Q", title="figure"),
    ]
    source_colour = alt.Color("source:N", scale=alt.Scale(domain=list(SOURCE_COLOURS), range=list(SOURCE_COLOURS.values())),
                              legend=alt.Legend(title="source", orient="top", symbolOpacity=1))
    base = alt.Chart(frame)
    # Layers are added only when they have rows: an empty layer makes Vega warn about its extent.
    layers = []
    if any(item["source"] == "table" for item in drawn):
        # Table figures form a series: a line through them, per item, in period order.
        layers.append(base.transform_filter(alt.datum.source == "table").mark_line(
            color=SOURCE_COLOURS["table"], opacity=0.5).encode(x=alt.X("x:T", **x_axis), y=y, detail="item:N", order="x:T"))
    if any(item["period_span"] for item in drawn):
        # A period longer than a year (2000/2005) as a horizontal bar at the figure's value.
        layers.append(base.transform_filter(alt.datum.period_span).mark_rule(strokeWidth=3, opacity=0.35).encode(
            x=alt.X("x_start:T", **x_axis), x2="x_end:T", y=y, color=source_colour))
    if any(item["low"] is not None and item["high"] is not None for item in drawn):
        # A range figure (15,000-20,000) as a vertical bar from low to high.
        layers.append(base.transform_filter("isValid(datum.low) && isValid(datum.high)").mark_rule(
            strokeWidth=2, opacity=0.6).encode(x=alt.X("x:T", **x_axis), y=alt.Y("low:Q", title=unit), y2="high:Q",
                                               color=source_colour))
    layers.append(base.mark_point(filled=True, size=80, opacity=0.95).encode(
        x=alt.X("x:T", **x_axis), y=y, color=source_colour, tooltip=tooltip, href="href:N",
        shape=alt.Shape("source:N", scale=alt.Scale(domain=list(SOURCE_SHAPES), range=list(SOURCE_SHAPES.values())),
                        legend=alt.Legend(title="source", orient="top"))))
    if any(item["checked"] for item in drawn):
        # Figures named by a row of the checks table: a red ring around the point.
        layers.append(base.transform_filter(alt.datum.checked).mark_point(
            filled=False, size=380, strokeWidth=2.5, color=CHECK_COLOUR).encode(
            x=alt.X("x:T", **x_axis), y=y, tooltip=tooltip, href="href:N"))
    subtitle = "circle: prose figure · square: table figure"
    if any(item["checked"] for item in drawn):
        subtitle += " · red ring: a contradiction (checks table)"
    chart = alt.layer(*layers).properties(
        width=CHART_WIDTH, height=260,
        title=alt.TitleParams(f"{measure} ({unit})", subtitle=subtitle, anchor="start"),
    )
    return chart.to_dict()
