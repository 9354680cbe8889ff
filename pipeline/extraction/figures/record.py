"""The figure records: `FigureRecord`, what the figures stage hands on (one row of the figures table,
clean-text offsets), and `ProseFigure`, a figure found in prose while the stage decides about it."""
from __future__ import annotations

from dataclasses import dataclass, field

from ..numbers import Amount

PROSE, TABLE = "prose", "table"


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
    source: str = PROSE


@dataclass
class ProseFigure:
    start: int  # token indices of the figure's own text
    end: int
    amount: Amount
    rule: str
    separator: str | None = None  # the word that joined a range's ends
    qualifier: str | None = None
    item: str | None = None
    measure: str = "other"
    cue: int | None = None  # token index of the word that gave the measure
    period: str | None = None
    parties: list[str] = field(default_factory=list)
    restates: int | None = None  # index (in the prose list) of the figure this one restates
    anaphoric: bool = False
    shared_out: bool = False  # a bare number, no counted noun ("thirteen were American, four ...", "Six of these")

    @property
    def kind(self) -> str:
        return self.amount.kind
