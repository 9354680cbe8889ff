"""Consistency checks between figures (placeholder until the figures stage lands)."""
from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc

from .figures import FigureRecord


@dataclass
class CheckRecord:
    check_id: int
    start: int  # clean-text span of the first figure involved
    end: int
    check: str
    figure_ids: list[int] = field(default_factory=list)
    message: str = ""


def find_checks(doc: Doc, figures: list[FigureRecord]) -> list[CheckRecord]:
    return []
