"""Ingest: paths (files, folders, `-` for stdin, MediaWiki XML exports) into raw documents.

Every document is read as bytes, checked (empty, binary, encoding, size) and decoded. A bad document
becomes a `DocumentFailure` with a one-line reason; it never stops the batch.
"""
from __future__ import annotations

import sys
from pathlib import Path
from typing import BinaryIO, Iterable, Iterator

from ..config import SETTINGS
from .documents import DocumentFailure, RawDocument, sha256_hex
from .exports import iter_export_documents

TEXT_SUFFIXES = (".txt",)
WIKITEXT_SUFFIXES = (".wiki", ".wikitext", ".mediawiki")
XML_SUFFIXES = (".xml", ".xml.bz2", ".xml.gz", ".bz2", ".gz")
STDIN_PATH = "-"


def looks_binary(data: bytes) -> bool:
    """NUL bytes, or many control characters, in the first 8 KiB mean this is not text."""
    head = data[:8192]
    if b"\x00" in head:
        return True
    controls = sum(1 for byte in head if byte < 32 and byte not in (9, 10, 12, 13))
    return controls > max(8, len(head) // 100)


def decode_document(data: bytes, source: str, max_bytes: int | None = None) -> str:
    """Return the text of `data`, or raise ValueError with a one-line reason."""
    limit = SETTINGS.max_document_bytes if max_bytes is None else max_bytes
    if len(data) > limit:
        raise ValueError(f"too large ({len(data) / 1e6:.1f} MB; the limit is {limit / 1e6:.1f} MB)")
    if not data.strip():
        raise ValueError("empty document")
    if looks_binary(data):
        raise ValueError("binary file, not text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise ValueError(
            f"not valid UTF-8 (byte 0x{data[error.start]:02x} at offset {error.start})"
        ) from None
    return text[1:] if text.startswith("\ufeff") else text


def document_from_bytes(
    data: bytes, doc_id: str, source: str, markup: str = "text"
) -> RawDocument | DocumentFailure:
    try:
        raw = decode_document(data, source)
    except ValueError as error:
        return DocumentFailure(source=source, reason=str(error), doc_id=doc_id)
    return RawDocument(doc_id=doc_id, source=source, raw=raw, sha256=sha256_hex(data), markup=markup)


def read_limited(stream: BinaryIO, limit: int) -> bytes:
    # Read one byte past the limit, so "too large" is known without reading a huge file whole.
    return stream.read(limit + 1)


def is_xml_export(path: Path) -> bool:
    name = path.name.lower()
    return name.endswith(".xml") or name.endswith(".xml.bz2") or name.endswith(".xml.gz")


def markup_of(path: Path) -> str:
    return "wikitext" if path.suffix.lower() in WIKITEXT_SUFFIXES else "text"


def expand_paths(paths: Iterable[str]) -> Iterator[Path | DocumentFailure]:
    """Files as given; folders expanded recursively (sorted) to their article files."""
    for given in paths:
        if given == STDIN_PATH:
            yield Path(STDIN_PATH)
            continue
        path = Path(given)
        if not path.exists():
            yield DocumentFailure(source=given, reason="no such file or folder")
        elif path.is_dir():
            found = sorted(
                p
                for p in path.rglob("*")
                if p.is_file()
                and (p.suffix.lower() in TEXT_SUFFIXES + WIKITEXT_SUFFIXES or is_xml_export(p))
            )
            if not found:
                yield DocumentFailure(source=given, reason="folder has no .txt, wikitext or XML export files")
            yield from found
        else:
            yield path


def iter_documents(paths: Iterable[str]) -> Iterator[RawDocument | DocumentFailure]:
    """Every document named by `paths`, in order; failures are yielded, never raised."""
    seen: set[str] = set()
    for path in expand_paths(paths):
        if isinstance(path, DocumentFailure):
            yield path
            continue
        if str(path) == STDIN_PATH:
            data = read_limited(sys.stdin.buffer, SETTINGS.max_document_bytes)
            yield document_from_bytes(data, "stdin", "<stdin>")
            continue
        if is_xml_export(path):
            yield from iter_export_documents(path)
            continue
        doc_id = path.stem
        if doc_id in seen:
            yield DocumentFailure(source=str(path), reason=f"duplicate doc_id {doc_id!r}; skipped", doc_id=doc_id)
            continue
        seen.add(doc_id)
        try:
            with path.open("rb") as stream:
                data = read_limited(stream, SETTINGS.max_document_bytes)
        except OSError as error:
            yield DocumentFailure(source=str(path), reason=f"cannot read ({error.strerror})", doc_id=doc_id)
            continue
        yield document_from_bytes(data, doc_id, str(path), markup_of(path))
