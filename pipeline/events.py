"""Events: dated happenings (placeholder until the events stage lands)."""
from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc

from .dates import DateRecord


@dataclass
class EventRecord:
    event_id: int
    start: int  # clean-text span of the trigger
    end: int
    trigger: str
    lemma: str
    type: str
    date_id: int | None
    date: str | None
    date_from: str | None
    date_to: str | None
    participants: list[str] = field(default_factory=list)
    location: str | None = None


def extract_events(doc: Doc, dates: list[DateRecord]) -> list[EventRecord]:
    return []
