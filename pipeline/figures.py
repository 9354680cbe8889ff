"""Figures: money, mass, percentages and counts (placeholder until the figures stage lands)."""
from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc

from .dates import DateRecord


@dataclass
class FigureRecord:
    figure_id: int
    start: int  # clean-text offsets
    end: int
    kind: str
    value: float | None
    low: float | None
    high: float | None
    unit: str | None
    qualifier: str | None
    item: str | None
    period: str | None
    measure: str
    parties: list[str] = field(default_factory=list)
    source: str = "prose"


def extract_figures(doc: Doc, dates: list[DateRecord]) -> list[FigureRecord]:
    return []
