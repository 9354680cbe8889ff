"""Dates: temporal expressions and their TIMEX3 values (placeholder until the dates stage lands)."""
from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc


@dataclass
class DateRecord:
    date_id: int
    start: int  # clean-text offsets
    end: int
    value: str
    mod: str | None
    granularity: str
    date_from: str | None
    date_to: str | None
    source: str
    year_unresolved: bool = False


def extract_dates(doc: Doc) -> list[DateRecord]:
    records = []
    for ent in doc.ents:
        if ent.label_ == "DATE" and re.fullmatch(r"\d{4}", ent.text):
            records.append(DateRecord(len(records), ent.start_char, ent.end_char, ent.text, None, "year",
                                      f"{ent.text}-01-01", f"{ent.text}-12-31", "ner"))
    return records
