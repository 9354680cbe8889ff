"""Raw documents: what the reading stage hands on, one per article or revision, or a failure in its place."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass


@dataclass(frozen=True)
class RawDocument:
    doc_id: str
    source: str
    raw: str
    sha256: str
    markup: str = "text"  # "text" (a rendered page) or "wikitext"
    title: str | None = None
    page_id: int | None = None
    revision_id: int | None = None
    parent_revision_id: int | None = None
    timestamp: str | None = None
    # A rendered page as saved has its title as its first line; text given as prose (the API) does not.
    title_line: bool = True

    @property
    def n_chars(self) -> int:
        return len(self.raw)


@dataclass(frozen=True)
class DocumentFailure:
    source: str
    reason: str
    doc_id: str | None = None
    revision_id: int | None = None

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
