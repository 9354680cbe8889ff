"""The event records: `EventRecord`, what the events stage hands on (one row of the events table,
clean-text offsets), and `Candidate`, a trigger with its date while the stage decides about it."""
from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from ..dates import DateRecord


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


@dataclass
class Candidate:
    trigger: Token
    end_token: Token  # last token of the trigger span ("took place", "opted out", "began to criticize")
    kind: str
    lemma: str
    date: DateRecord
    argument_heads: list[Token] = field(default_factory=list)  # tokens whose arguments also count
    subject_from: Token | None = None  # where a subjectless verb takes its subject from
    shared: bool = False  # dated through another verb (a conjunct, a "when" or "during" clause)
    elided_verb: Token | None = None  # the verb a list item stands under ("sponsored by A in 1993, B in 1997": B's)
    clause_arguments: list[Token] = field(default_factory=list)  # a misread verb's subject and object words
