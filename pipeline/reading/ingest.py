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
from .exports import COMPRESSED_TEXT, EXPORT, content_kind, iter_export_documents

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


# Byte-order marks, longest first (UTF-32's starts like UTF-16's). The mark says how the bytes are encoded; it
# is not text, so offsets count characters of the decoded text after it.
BYTE_ORDER_MARKS = (
    (b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"),
)


def text_encoding(data: bytes) -> str:
    """The codec a document is decoded with: its byte-order mark's, else UTF-8."""
    return next((codec for mark, codec in BYTE_ORDER_MARKS if data.startswith(mark)), "utf-8")


def looks_like_bare_utf16(head: bytes) -> bool:
    """ASCII text in UTF-16 without a mark: NUL in every other byte."""
    pairs = len(head) // 2
    return pairs >= 4 and (head[1::2].count(0) > 0.9 * pairs or head[0::2].count(0) > 0.9 * pairs)


def decode_document(data: bytes, source: str, max_bytes: int | None = None) -> str:
    """Return the text of `data`, or raise ValueError with a one-line reason.

    UTF-8 is read with or without a byte-order mark, UTF-16 and UTF-32 with one; the mark is dropped, and
    every offset almanac gives counts characters of the text decoded this way.
    """
    limit = SETTINGS.max_document_bytes if max_bytes is None else max_bytes
    if len(data) > limit:
        raise ValueError(f"too large ({len(data) / 1e6:.1f} MB; the limit is {limit / 1e6:.1f} MB)")
    encoding = text_encoding(data)
    if encoding in ("utf-16", "utf-32"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError as error:
            raise ValueError(f"not valid {encoding.upper()} (at byte {error.start})") from None
        if not text.strip():
            raise ValueError("empty document")
        return text
    if not data.strip() or data == b"\xef\xbb\xbf":
        raise ValueError("empty document")
    if looks_like_bare_utf16(data[:8192]):
        raise ValueError("UTF-16 without a byte-order mark; save it as UTF-8 (or UTF-16 with a mark)")
    if looks_binary(data):
        raise ValueError("binary file, not text")
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        raise ValueError(
            f"not valid UTF-8 (byte 0x{data[error.start]:02x} at offset {error.start})"
        ) from None


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


def may_be_export(path: Path) -> bool:
    """Names a folder scan looks inside for an export: .xml, .bz2, .gz, and split dumps (".xml-p1p41242.bz2")."""
    name = path.name.lower()
    return name.endswith(XML_SUFFIXES) or ".xml" in name


def markup_of(path: Path) -> str:
    return "wikitext" if path.suffix.lower() in WIKITEXT_SUFFIXES else "text"


def expand_paths(paths: Iterable[str]) -> Iterator[tuple[Path, str] | DocumentFailure]:
    """(file, doc_id) for files as given (doc_id: the file name without its suffix) and for the files of folders,
    searched recursively and sorted (doc_id: the path inside the folder, without its suffix, "/"-separated, so
    `a/x.txt` and `c/x.txt` stay two documents)."""
    for given in paths:
        if given == STDIN_PATH:
            yield Path(STDIN_PATH), "stdin"
            continue
        path = Path(given)
        if not path.exists():
            yield DocumentFailure(source=given, reason="no such file or folder")
        elif path.is_dir():
            found = sorted(
                p
                for p in path.rglob("*")
                if p.is_file()
                and (p.suffix.lower() in TEXT_SUFFIXES + WIKITEXT_SUFFIXES or may_be_export(p))
            )
            if not found:
                yield DocumentFailure(source=given, reason="folder has no .txt, wikitext or XML export files")
            for file in found:
                yield file, file.relative_to(path).with_suffix("").as_posix()
        else:
            yield path, path.stem


def iter_documents(paths: Iterable[str]) -> Iterator[RawDocument | DocumentFailure]:
    """Every document named by `paths`, in order; failures are yielded, never raised. A doc_id that a file
    earlier in the input already has is a failure that names both files: never one document silently."""
    seen: dict[str, str] = {}
    for item in expand_paths(paths):
        if isinstance(item, DocumentFailure):
            yield item
            continue
        path, doc_id = item
        if str(path) == STDIN_PATH:
            data = read_limited(sys.stdin.buffer, SETTINGS.max_document_bytes)
            yield document_from_bytes(data, doc_id, "<stdin>")
            continue
        try:
            kind = content_kind(path)
        except OSError as error:
            yield DocumentFailure(source=str(path), reason=f"cannot read ({error.strerror})", doc_id=doc_id)
            continue
        if kind == EXPORT:
            yield from iter_export_documents(path)
            continue
        if kind == COMPRESSED_TEXT:
            yield DocumentFailure(source=str(path), reason="compressed, but not a MediaWiki XML export "
                                  "(articles are read as plain .txt or .wiki files, exports as XML)", doc_id=doc_id)
            continue
        if doc_id in seen:
            yield DocumentFailure(source=str(path), reason=f"doc_id {doc_id!r} is already the doc_id of "
                                  f"{seen[doc_id]}; rename one of them, or give their folder instead", doc_id=doc_id)
            continue
        seen[doc_id] = str(path)
        try:
            with path.open("rb") as stream:
                data = read_limited(stream, SETTINGS.max_document_bytes)
        except OSError as error:
            yield DocumentFailure(source=str(path), reason=f"cannot read ({error.strerror})", doc_id=doc_id)
            continue
        yield document_from_bytes(data, doc_id, str(path), markup_of(path))
