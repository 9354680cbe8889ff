"""MediaWiki XML exports (Special:Export page histories, pages-articles dumps) into raw documents.

The export is streamed: a plain, `.bz2` or `.gz` file is read in chunks, cut into `<page>` elements
by a byte scanner, and each page is parsed by its own hardened expat parser with a SAX-style target
that keeps only the fields of the revision being read. Memory stays constant whatever the size of
the dump or the number of revisions of a page (only one revision's wikitext is held at a time).

Parsing each page with a fresh parser is what lets a dump go on after a damaged page: the page is
reported as a `DocumentFailure` and the scanner resumes at the next `<page>`. Damage that ends the
stream (a truncated or corrupt `.bz2`/`.gz`, a file cut in the middle) is reported once, after every
revision read before it.

Exports are untrusted input. The prologue (everything before the first page) is parsed by the same
hardened parser: any entity declaration (the "billion laughs" expansion bomb, `SYSTEM` entities
reading local files or URLs) and any external DTD are refused with a one-line reason, and nothing
of that export is read further.

Only articles are kept: pages in namespace 0 that are not redirects; one `RawDocument` per revision.
"""
from __future__ import annotations

import bz2
import re
import unicodedata
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO, Iterator
from xml.etree.ElementTree import ParseError

from defusedxml import DefusedXmlException, EntitiesForbidden, ExternalReferenceForbidden
from defusedxml.ElementTree import DefusedXMLParser

from ..config import SETTINGS
from .documents import DocumentFailure, RawDocument, sha256_hex

CHUNK_BYTES = 1 << 20
# Compressed input is fed in small pieces: the output of a call that hits a corrupt block is lost,
# so small calls keep the pages decoded before the damage.
COMPRESSED_READ_BYTES = 1 << 15
PAGE_OPEN = b"<page>"
PAGE_CLOSE = b"</page>"
ROOT_CLOSE = b"</mediawiki>"
# Kept unscanned at the end of the buffer, so a marker cut by a chunk boundary is still found.
MARKER_TAIL = max(len(PAGE_OPEN), len(PAGE_CLOSE)) - 1
# The page parser is fed this first: the real root element was opened by the prologue.
PAGE_WRAPPER = b"<mediawiki>"
ARTICLE_NAMESPACE = 0
REDIRECT_RE = re.compile(r"\A\s*#\s*redirect\b", re.I)
XML_ENCODING_RE = re.compile(rb"""<\?xml[^>]*\bencoding\s*=\s*["']([A-Za-z0-9._-]+)["']""")


# ---------------------------------------------------------------------------------------------
# doc ids

# Symbols that carry meaning in titles ("C++", "AT&T", "100% Pure") are spelled out before the
# remaining punctuation is dropped, so such titles do not collide with their bare letters.
SLUG_WORDS = {"&": " and ", "+": " plus ", "%": " percent ", "#": " sharp "}
SLUG_SYMBOL_RE = re.compile("[" + re.escape("".join(SLUG_WORDS)) + "]")
SLUG_DROP_RE = re.compile(r"['’`\"]")
SLUG_SEPARATOR_RE = re.compile(r"[^\w]+|_+")


SLUG_MAX_CHARS = 80


def page_doc_id(title: str, page_id: int | None) -> str:
    """The doc_id of an export page: its title's slug (at most SLUG_MAX_CHARS, cut at a hyphen) and its page id,
    so titles that slug alike ("Foo/Bar", "Foo Bar", "Foo: Bar") stay apart and a long title stays a usable
    name. A page without an id (not written by MediaWiki) keeps the slug alone."""
    slug = slugify_title(title, page_id)
    if len(slug) > SLUG_MAX_CHARS:
        cut = slug[:SLUG_MAX_CHARS]
        slug = cut.rsplit("-", 1)[0] if "-" in cut else cut
    return slug if page_id is None or slug == f"page-{page_id}" else f"{slug}-{page_id}"


def slugify_title(title: str, page_id: int | None = None) -> str:
    """A stable, file-name-safe doc_id from a page title: "Korea–Russia relations" -> "korea-russia-relations"."""
    text = unicodedata.normalize("NFKC", title).casefold()
    text = SLUG_SYMBOL_RE.sub(lambda match: SLUG_WORDS[match.group()], text)
    text = SLUG_DROP_RE.sub("", text)
    slug = SLUG_SEPARATOR_RE.sub("-", text).strip("-")
    if slug:
        return slug
    return f"page-{page_id}" if page_id is not None else "page"


# ---------------------------------------------------------------------------------------------
# the hardened parser


class HardenedXMLParser(DefusedXMLParser):
    """defusedxml's parser (no entity declarations, no external entities), also refusing an external DTD.

    Python's expat never fetches an external DTD, but an export that names one is not a MediaWiki
    export and is refused rather than half-read.
    """

    def __init__(self, target: object) -> None:
        super().__init__(target=target, forbid_dtd=False, forbid_entities=True, forbid_external=True)
        self.parser.StartDoctypeDeclHandler = self._start_doctype

    def _start_doctype(self, name, sysid, pubid, has_internal_subset) -> None:
        if sysid or pubid:
            raise ExternalReferenceForbidden(None, None, sysid, pubid)


def refusal_reason(error: DefusedXmlException) -> str:
    if isinstance(error, EntitiesForbidden):
        if error.sysid or error.pubid:
            return (f"refused: the export declares an external entity {error.name!r} "
                    f"({error.sysid or error.pubid}); external entities are not allowed in untrusted XML")
        return (f"refused: the export declares the XML entity {error.name!r} (possible entity-expansion "
                f"bomb); entity declarations are not allowed in untrusted XML")
    if isinstance(error, ExternalReferenceForbidden):
        return (f"refused: the export refers to an external resource ({error.sysid or error.pubid}); "
                f"external DTDs and entities are not allowed in untrusted XML")
    return f"refused: {type(error).__name__}: {error}"


def parse_error_reason(error: ParseError, first_line: int) -> str:
    line, column = getattr(error, "position", (1, 0))
    message = str(error).split(":")[0]  # expat's message without its own (relative) position
    return f"malformed XML at line {first_line + line - 1}: {message}"


# ---------------------------------------------------------------------------------------------
# revisions and pages as the SAX target sees them


@dataclass
class Revision:
    revision_id: int | None = None
    parent_revision_id: int | None = None
    timestamp: str | None = None
    model: str | None = None
    text_deleted: bool = False
    text_seen: bool = False
    text_pieces: list[str] = field(default_factory=list)
    text_chars: int = 0
    too_large: bool = False  # the text passed the size limit; the rest of it was not kept


@dataclass
class Page:
    title: str | None = None
    namespace: int | None = None
    page_id: int | None = None
    redirect: bool = False


# Elements whose text is collected: children of <page>, children of <revision>.
PAGE_FIELDS = {"title", "ns", "id"}
REVISION_FIELDS = {"id", "parentid", "timestamp", "model", "text"}


def local_name(tag: str) -> str:
    """'{http://www.mediawiki.org/xml/export-0.11/}page' -> 'page' (any export schema version)."""
    return tag.rsplit("}", 1)[-1]


def as_int(text: str | None) -> int | None:
    try:
        return int(text.strip()) if text is not None else None
    except ValueError:
        return None


class ExportTarget:
    """Receives parser events for the prologue or one page; finished revisions queue in `done`."""

    def __init__(self, namespace_names: dict[str, int]) -> None:
        self.path: list[str] = []
        self.page: Page | None = None
        self.revision: Revision | None = None
        self.done: list[Revision] = []
        self.root: str | None = None
        self.root_closed = False
        # siteinfo: namespace names by prefix, for old exports without <ns>
        self.namespace_names = namespace_names
        self._namespace_key: int | None = None
        self._pieces: list[str] | None = None

    # -- parser target interface -----------------------------------------------------------
    def start(self, tag: str, attrs: dict[str, str]) -> None:
        name = local_name(tag)
        parent = self.path[-1] if self.path else None
        self.path.append(name)
        if parent is None:
            self.root = name
        elif name == "page":
            self.page = Page()
        elif self.page is None:
            if name == "namespace" and parent == "namespaces":
                self._namespace_key = as_int(attrs.get("key"))
                self._pieces = []
        elif name == "revision" and parent == "page":
            self.revision = Revision()
        elif name == "redirect" and parent == "page":
            self.page.redirect = True
        elif parent == "page" and name in PAGE_FIELDS:
            self._pieces = []
        elif self.revision is not None and parent == "revision" and name in REVISION_FIELDS:
            if name == "text":
                self.revision.text_seen = True
                self.revision.text_deleted = "deleted" in attrs
                self._pieces = self.revision.text_pieces
            else:
                self._pieces = []

    def data(self, text: str) -> None:
        if self._pieces is None:
            return
        revision = self.revision
        if revision is not None and self._pieces is revision.text_pieces:
            # A hostile or broken export may hold a gigantic text: stop keeping it at the limit.
            revision.text_chars += len(text)
            if revision.text_chars > SETTINGS.max_document_bytes:
                revision.too_large = True
                revision.text_pieces.clear()
                return
        self._pieces.append(text)

    def end(self, tag: str) -> None:
        name = self.path.pop()
        parent = self.path[-1] if self.path else None
        if parent is None:
            self.root_closed = True
        pieces, self._pieces = self._pieces, None
        value = "".join(pieces) if pieces is not None and name != "text" else None
        if self.page is None:
            if name == "namespace" and self._namespace_key is not None and value:
                self.namespace_names[value.strip().casefold()] = self._namespace_key
            return
        if parent == "page":
            if name == "title":
                self.page.title = value
            elif name == "ns":
                self.page.namespace = as_int(value)
            elif name == "id":
                self.page.page_id = as_int(value)
            elif name == "revision" and self.revision is not None:
                self.done.append(self.revision)
                self.revision = None
        elif parent == "revision" and self.revision is not None:
            if name == "id":
                self.revision.revision_id = as_int(value)
            elif name == "parentid":
                self.revision.parent_revision_id = as_int(value)
            elif name == "timestamp":
                self.revision.timestamp = value.strip() if value else None
            elif name == "model":
                self.revision.model = value.strip() if value else None

    def close(self) -> None:
        return None

    # -- page facts ------------------------------------------------------------------------
    def page_namespace(self) -> int | None:
        page = self.page
        if page is None:
            return None
        if page.namespace is not None:
            return page.namespace
        # Exports before schema 0.6 have no <ns>: the title's prefix names the namespace.
        if page.title and ":" in page.title:
            prefix = page.title.split(":", 1)[0].strip().casefold()
            return self.namespace_names.get(prefix, ARTICLE_NAMESPACE)
        return ARTICLE_NAMESPACE if page.title is not None else None


# ---------------------------------------------------------------------------------------------
# the stream


class StreamEnded(Exception):
    """The compressed stream or the file cannot be read further; the message says why."""


TRUNCATED = "truncated compressed file (it ends before its end-of-stream marker)"


def export_chunks(path: Path) -> Iterator[bytes]:
    """The export's XML bytes in chunks of at most CHUNK_BYTES, decompressed on the fly.

    The decompressors are driven directly (not through bz2.open/gzip.open) so that every byte before
    a truncation or a corrupt block is delivered before StreamEnded is raised, and no compressed
    block can expand into more than one chunk of memory at a time.
    """
    with path.open("rb") as file:
        compression = compression_of(file.read(len(BZ2_MAGIC)))
        file.seek(0)
        if compression == "bz2":
            yield from bz2_chunks(file)
        elif compression == "gzip":
            yield from gzip_chunks(file)
        else:
            while chunk := read_file(file):
                yield chunk


# Compression is told by the file's first bytes, never by its name: Wikimedia's split dumps are named
# "...pages-articles1.xml-p1p41242.bz2", and a plain XML file may be called "x.bz2".
BZ2_MAGIC, GZIP_MAGIC = b"BZh", b"\x1f\x8b"
EXPORT_SNIFF_BYTES = 64 * 1024


def compression_of(head: bytes) -> str | None:
    if head.startswith(BZ2_MAGIC):
        return "bz2"
    if head.startswith(GZIP_MAGIC):
        return "gzip"
    return None


EXPORT, COMPRESSED_TEXT, TEXT = "export", "compressed", "text"


def content_kind(path: Path) -> str:
    """What a file holds, told by its content whatever it is called: EXPORT (XML, plain or compressed, whose
    root is <mediawiki>), COMPRESSED_TEXT (bz2 or gzip, not an export) or TEXT. A plain file is judged by its
    first EXPORT_SNIFF_BYTES; a compressed one is decompressed that far."""
    with path.open("rb") as file:
        head = file.read(EXPORT_SNIFF_BYTES)
    compressed = compression_of(head) is not None
    if compressed:
        head = b""
        try:
            for chunk in export_chunks(path):
                head += chunk
                if len(head) >= EXPORT_SNIFF_BYTES:
                    break
        except StreamEnded:
            pass  # a damaged file is judged by what could be read; the reader reports the damage
    head = head[:EXPORT_SNIFF_BYTES].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith((b"<?xml", b"<mediawiki", b"<!--")) and b"<mediawiki" in head:
        return EXPORT
    return COMPRESSED_TEXT if compressed else TEXT


def read_file(file: BinaryIO, size: int = CHUNK_BYTES) -> bytes:
    try:
        return file.read(size)
    except OSError as error:
        raise StreamEnded(f"cannot read ({error.strerror or error})") from None


def bz2_chunks(file: BinaryIO) -> Iterator[bytes]:
    # A dump may be many bz2 streams back to back (pages-articles-multistream): read them all.
    decompressor = bz2.BZ2Decompressor()
    started = False
    while True:
        if decompressor.eof:
            data = decompressor.unused_data or read_file(file, COMPRESSED_READ_BYTES)
            if not data:
                return
            decompressor = bz2.BZ2Decompressor()
        elif decompressor.needs_input:
            data = read_file(file, COMPRESSED_READ_BYTES)
            if not data:
                if not started:
                    return  # an empty file: reported as such by the scanner
                raise StreamEnded(TRUNCATED)
        else:
            data = b""
        started = True
        try:
            chunk = decompressor.decompress(data, CHUNK_BYTES)
        except OSError as error:
            raise StreamEnded(f"corrupt compressed data ({error})") from None
        if chunk:
            yield chunk


def gzip_chunks(file: BinaryIO) -> Iterator[bytes]:
    # zlib with a gzip header (wbits 31); several gzip members back to back are read in turn.
    decompressor = zlib.decompressobj(wbits=31)
    started = False
    while True:
        if decompressor.eof:
            data = decompressor.unused_data or read_file(file, COMPRESSED_READ_BYTES)
            if not data:
                return
            decompressor = zlib.decompressobj(wbits=31)
        elif decompressor.unconsumed_tail:
            data = decompressor.unconsumed_tail
        else:
            data = read_file(file, COMPRESSED_READ_BYTES)
            if not data:
                if not started:
                    return
                try:
                    rest = decompressor.flush()
                except zlib.error as error:
                    raise StreamEnded(f"corrupt compressed data ({error})") from None
                if rest:
                    yield rest
                if not decompressor.eof:
                    raise StreamEnded(TRUNCATED)
                continue
        started = True
        try:
            chunk = decompressor.decompress(data, CHUNK_BYTES)
        except zlib.error as error:
            raise StreamEnded(f"corrupt compressed data ({error})") from None
        if chunk:
            yield chunk


class ExportReader:
    """Scans the byte stream into prologue and pages; yields documents and failures in order."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.source = str(path)
        self.namespace_names: dict[str, int] = {}
        self.line = 1  # line number (1-based) of the first byte not yet scanned
        self.pages = 0

    # -- documents from one finished revision ------------------------------------------------
    def revision_item(self, page: Page, revision: Revision) -> RawDocument | DocumentFailure:
        title = page.title or ""
        doc_id = page_doc_id(title, page.page_id)
        source = f"{self.source}#{title}@{revision.revision_id}"

        def failure(reason: str) -> DocumentFailure:
            return DocumentFailure(source=source, reason=reason, doc_id=doc_id, revision_id=revision.revision_id)

        if revision.text_deleted:
            return failure("the revision's text is deleted (suppressed) in this export")
        if revision.model and revision.model != "wikitext":
            return failure(f"content model {revision.model!r} is not wikitext")
        if revision.too_large:
            return failure(f"too large (over {SETTINGS.max_document_bytes / 1e6:.1f} MB of text; "
                           f"the limit is {SETTINGS.max_document_bytes / 1e6:.1f} MB)")
        text = "".join(revision.text_pieces)
        if not text.strip():
            return failure("empty revision text" if revision.text_seen else "the revision has no <text>")
        data = text.encode("utf-8")
        if len(data) > SETTINGS.max_document_bytes:
            return failure(f"too large ({len(data) / 1e6:.1f} MB; the limit is "
                           f"{SETTINGS.max_document_bytes / 1e6:.1f} MB)")
        return RawDocument(
            doc_id=doc_id, source=source, raw=text, sha256=sha256_hex(data), markup="wikitext",
            title=page.title, page_id=page.page_id, revision_id=revision.revision_id,
            parent_revision_id=revision.parent_revision_id, timestamp=revision.timestamp,
        )

    def drain(self, target: ExportTarget) -> Iterator[RawDocument | DocumentFailure]:
        """Documents for the revisions the target has finished, unless the page is not an article."""
        if not target.done:
            return
        revisions, target.done = target.done, []
        page = target.page
        if page is None or target.page_namespace() != ARTICLE_NAMESPACE or page.redirect:
            return
        for revision in revisions:
            if not revision.text_deleted and REDIRECT_RE.match("".join(revision.text_pieces[:1])):
                continue  # old exports mark redirects only in the text
            yield self.revision_item(page, revision)

    def page_failure(self, target: ExportTarget | None, reason: str) -> DocumentFailure:
        page = target.page if target is not None else None
        title = page.title if page is not None and page.title else None
        revision = target.revision if target is not None else None
        revision_id = revision.revision_id if revision is not None else None
        where = f"page {title!r}" if title else f"page {self.pages} of the export"
        doc_id = page_doc_id(title, page.page_id) if title else None
        return DocumentFailure(source=self.source, reason=f"{where}: {reason}", doc_id=doc_id,
                               revision_id=revision_id)

    # -- the scan ----------------------------------------------------------------------------
    def __iter__(self) -> Iterator[RawDocument | DocumentFailure]:
        try:
            yield from self.scan(export_chunks(self.path))
        except OSError as error:  # the file cannot be opened
            yield DocumentFailure(source=self.source, reason=f"cannot read ({error.strerror or error})")

    def scan(self, chunks: Iterator[bytes]) -> Iterator[RawDocument | DocumentFailure]:
        prologue = ExportTarget(self.namespace_names)
        prologue_parser: HardenedXMLParser | None = HardenedXMLParser(prologue)
        page_target: ExportTarget | None = None
        page_parser: HardenedXMLParser | None = None
        page_first_line = 1
        in_page = skipping = False
        gap = Gap()
        buffer = b""
        first_chunk = True
        saw_content = False
        try:
            for chunk in chunks:
                if first_chunk:
                    first_chunk = False
                    reason = unsupported_encoding(chunk)
                    if reason:
                        yield DocumentFailure(source=self.source, reason=reason)
                        return
                buffer += chunk
                saw_content = saw_content or bool(chunk.strip())
                position = 0
                while True:
                    if not in_page:
                        found = buffer.find(PAGE_OPEN, position)
                        stop = found if found >= 0 else max(position, len(buffer) - MARKER_TAIL)
                        piece = buffer[position:stop]
                        if prologue_parser is not None:
                            failure = self.feed_prologue(prologue_parser, prologue, piece)
                            if failure is not None:
                                yield failure
                                return
                        else:
                            gap.add(piece)
                        self.line += piece.count(b"\n")
                        position = stop
                        if found < 0:
                            break
                        # A page starts.
                        if prologue_parser is not None:
                            if prologue.root is None:
                                yield DocumentFailure(source=self.source, reason="not a MediaWiki export (no root element)")
                                return
                            prologue_parser = None
                        elif gap.unexpected():
                            yield DocumentFailure(source=self.source, reason=(
                                f"malformed XML before line {self.line}: unexpected content between pages"))
                        gap = Gap()
                        self.pages += 1
                        page_target = ExportTarget(self.namespace_names)
                        page_parser = HardenedXMLParser(page_target)
                        page_parser.feed(PAGE_WRAPPER + PAGE_OPEN)
                        page_first_line = self.line
                        position += len(PAGE_OPEN)
                        in_page, skipping = True, False
                        continue
                    # Inside a page: up to its </page>, or up to the next <page> when it has none.
                    close = buffer.find(PAGE_CLOSE, position)
                    reopen = buffer.find(PAGE_OPEN, position, close if close >= 0 else len(buffer))
                    if reopen >= 0:
                        stop = reopen
                    elif close >= 0:
                        stop = close + len(PAGE_CLOSE)
                    else:
                        stop = max(position, len(buffer) - MARKER_TAIL)
                    piece = buffer[position:stop]
                    if not skipping:
                        try:
                            page_parser.feed(piece)  # type: ignore[union-attr]
                        except DefusedXmlException as error:
                            yield self.page_failure(page_target, refusal_reason(error))
                            skipping = True
                        except ParseError as error:
                            yield self.page_failure(page_target, parse_error_reason(error, page_first_line))
                            skipping = True
                        yield from self.drain(page_target)  # type: ignore[arg-type]
                    self.line += piece.count(b"\n")
                    position = stop
                    if reopen >= 0:
                        if not skipping:
                            yield self.page_failure(page_target, (
                                f"malformed XML before line {self.line}: the page has no closing </page>"))
                        in_page = False
                    elif close >= 0:
                        in_page = False
                    else:
                        break
                buffer = buffer[position:]
        except StreamEnded as error:
            if in_page and not skipping:
                yield self.page_failure(page_target, f"{error}; the rest of the export is lost")
            else:
                yield DocumentFailure(source=self.source, reason=f"{error}; the rest of the export is lost")
            return
        # The end of the file: the unscanned tail is shorter than a page marker.
        if in_page:
            if not skipping:
                yield self.page_failure(page_target, "the export ends inside this page (truncated file?)")
            return
        if prologue_parser is not None:
            failure = self.feed_prologue(prologue_parser, prologue, buffer)
            if failure is not None:
                yield failure
            elif prologue.root is None:
                yield DocumentFailure(source=self.source, reason="not a MediaWiki export (no root element)"
                                      if saw_content else "empty file")
            elif not prologue.root_closed:
                yield DocumentFailure(source=self.source, reason="the export ends before </mediawiki> (truncated file?)")
            return
        gap.add(buffer)
        if gap.unexpected(at_end=True):
            yield DocumentFailure(source=self.source, reason=(
                "malformed XML after the last page: unexpected content between pages"))
        elif not gap.root_closed():
            yield DocumentFailure(source=self.source, reason="the export ends before </mediawiki> (truncated file?)")

    def feed_prologue(self, parser: HardenedXMLParser, target: ExportTarget, piece: bytes) -> DocumentFailure | None:
        try:
            parser.feed(piece)
        except DefusedXmlException as error:
            return DocumentFailure(source=self.source, reason=refusal_reason(error))
        except ParseError as error:
            return DocumentFailure(source=self.source, reason=f"not a MediaWiki export: {parse_error_reason(error, 1)}")
        if target.root is not None and target.root != "mediawiki":
            return DocumentFailure(source=self.source, reason=f"not a MediaWiki export (the root element is <{target.root}>)")
        return None


class Gap:
    """What lies between two pages: only whitespace, or the closing </mediawiki> at the end."""

    KEEP = 64  # bytes of non-space content kept: enough to recognise </mediawiki>

    def __init__(self) -> None:
        self.content = b""

    def add(self, piece: bytes) -> None:
        if len(self.content) < self.KEEP:
            self.content = (self.content + b"".join(piece.split()))[: self.KEEP]

    def root_closed(self) -> bool:
        return self.content == ROOT_CLOSE

    def unexpected(self, at_end: bool = False) -> bool:
        if not self.content:
            return False
        return not (at_end and self.content == ROOT_CLOSE)


def unsupported_encoding(head: bytes) -> str | None:
    """MediaWiki writes UTF-8; the byte scanner relies on it."""
    match = XML_ENCODING_RE.match(head.lstrip(b"\xef\xbb\xbf"))
    if match and match.group(1).decode("ascii").lower().replace("_", "-") not in ("utf-8", "utf8", "us-ascii", "ascii"):
        return f"unsupported XML encoding {match.group(1).decode('ascii')!r}; MediaWiki exports are UTF-8"
    return None


def iter_export_documents(path: str | Path) -> Iterator[RawDocument | DocumentFailure]:
    """Every article revision of a MediaWiki XML export (.xml, .xml.bz2, .xml.gz), streamed, in file order.

    Pages outside namespace 0 and redirects are skipped silently; a revision or page that cannot be
    read becomes a `DocumentFailure` with a one-line reason. Never raises for bad input.
    """
    yield from ExportReader(Path(path))
