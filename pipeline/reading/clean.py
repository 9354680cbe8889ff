"""Cleaning: raw article text into clean text, blocks and a map back to raw offsets.

The clean text is what spaCy reads. Every clean character keeps the raw span it came from
(`raw_starts[i]`, `raw_ends[i]`), so any clean span maps back to a raw span, and every table row
can carry raw `start`, `end` with `raw[start:end] == text`.

The clean text is a sequence of blocks (title, heading, paragraph, list item, table row) joined by a
blank line; the NLP stage makes every block start a sentence, so a heading, a table row or a list
item is never merged into a neighbouring sentence.

`CleanTextBuilder` is the one way to build a `CleanText`; the rendered-page cleaner here and the
wikitext cleaner (`wikitext.py`) both use it.
"""
from __future__ import annotations

import re
import unicodedata
from array import array
from bisect import bisect_right
from dataclasses import dataclass, field

BLOCK_SEPARATOR = "\n\n"

TITLE, HEADING, PARAGRAPH, LIST_ITEM, TABLE_ROW = "title", "heading", "paragraph", "list_item", "table_row"


@dataclass(frozen=True)
class Block:
    kind: str
    start: int  # clean-text offsets
    end: int
    section: str | None
    table: int | None = None  # for table rows: which table of the document
    cells: tuple[tuple[int, int], ...] = ()  # for table rows: clean spans of the cells, in order


@dataclass
class CleanText:
    text: str
    raw_starts: array
    raw_ends: array
    blocks: list[Block]
    _block_starts: list[int] = field(default_factory=list, repr=False)
    # Piped wiki links, [[Target|shown text]]: (raw start, raw end of the shown text, target), in raw order.
    # Raw offsets, so that later edits of the clean text cannot move them.
    links: tuple[tuple[int, int, str], ...] = ()
    # Italic runs of wikitext (''Title'') closed on their line: (raw start, raw end) of the text inside, in
    # raw order. Titles of works are set in italics.
    italics: tuple[tuple[int, int], ...] = ()
    # Every wiki link's shown text, piped or not ([[Target]] shows its target): (raw start, raw end), in raw order.
    shown_links: tuple[tuple[int, int], ...] = ()

    def __post_init__(self) -> None:
        self._block_starts = [block.start for block in self.blocks]

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """The raw span of the clean span [start, end) (end > start)."""
        if end <= start:
            raise ValueError(f"empty clean span [{start}, {end})")
        return self.raw_starts[start], self.raw_ends[end - 1]

    def link_target(self, start: int, end: int) -> str | None:
        """The target of the piped wiki link whose shown text holds the clean span [start, end), or None."""
        if end <= start or not self.links:
            return None
        raw_start, raw_end = self.raw_span(start, end)
        index = bisect_right(self.links, (raw_start, float("inf"), "")) - 1
        while index >= 0:
            link_start, link_end, target = self.links[index]
            if link_start <= raw_start and raw_end <= link_end:
                return target
            if raw_start - link_start > 1000:
                return None
            index -= 1
        return None

    def is_link_text(self, start: int, end: int) -> bool:
        """Whether the clean span [start, end) is the whole shown text of one wiki link."""
        link = self.link_around(start, end)
        return link is not None and link == self.raw_span(start, end)

    def link_around(self, start: int, end: int) -> tuple[int, int] | None:
        """The raw span of the shown text of the wiki link that holds the clean span [start, end), or None."""
        return self._raw_run_around(self.shown_links, start, end)

    def in_italics(self, start: int, end: int) -> bool:
        """Whether the clean span [start, end) lies inside one italic run of the raw text."""
        return self._raw_run_around(self.italics, start, end) is not None

    def _raw_run_around(self, runs: tuple[tuple[int, int], ...], start: int, end: int) -> tuple[int, int] | None:
        """The run of `runs` (raw spans in raw order) that starts last at or before the clean span [start, end), if it
        holds the span; else None."""
        if end <= start or not runs:
            return None
        raw_start, raw_end = self.raw_span(start, end)
        index = bisect_right(runs, (raw_start, float("inf"))) - 1
        if index >= 0 and runs[index][0] <= raw_start and raw_end <= runs[index][1]:
            return runs[index]
        return None

    def block_at(self, offset: int) -> Block | None:
        index = bisect_right(self._block_starts, offset) - 1
        if index < 0:
            return None
        block = self.blocks[index]
        return block if offset < block.end else None


# Unicode spaces (no-break, thin, ...) all become one plain space.
def is_space(char: str) -> bool:
    return char.isspace() or char in "\u200b\ufeff"


# Raw text that cannot be copied as it is: anything but printable ASCII and single spaces.
NOT_PLAIN_RE = re.compile(r"[^ -~]+| {2,}")
# A long run of one punctuation mark (a vandalised revision's 30,000 ")") makes spaCy's tokenizer quadratic. The
# clean text keeps its first few marks; the last kept mark maps to the rest of the run, so offsets stay exact.
LONG_PUNCTUATION_RUN_RE = re.compile(r"([^\w\s])\1{15,}")
KEPT_OF_A_RUN = 3


class CleanTextBuilder:
    """Accumulates clean text block by block, with the raw span of every character."""

    def __init__(self) -> None:
        self.chars: list[str] = []
        self.raw_starts = array("l")
        self.raw_ends = array("l")
        self.blocks: list[Block] = []
        self._block: tuple[str, str | None, int | None] | None = None
        self._block_start = 0
        self._cells: list[tuple[int, int]] = []
        self._tables = 0
        self.links: list[tuple[int, int, str]] = []
        self.italics: list[tuple[int, int]] = []
        self.shown_links: list[tuple[int, int]] = []

    # -- blocks ---------------------------------------------------------------------------
    def start_block(self, kind: str, section: str | None = None, table: int | None = None) -> None:
        if self._block is not None:
            self.end_block()
        if self.blocks or self.chars:
            self._append_separator()
        self._block = (kind, section, table)
        self._block_start = len(self.chars)
        self._cells = []

    def end_block(self) -> Block | None:
        if self._block is None:
            return None
        kind, section, table = self._block
        self._block = None
        while len(self.chars) > self._block_start and self.chars[-1] == " ":
            self._pop()
        if len(self.chars) == self._block_start:
            # Nothing kept: drop the separator written for it too.
            while self.chars and self.chars[-1] == "\n":
                self._pop()
            return None
        block = Block(kind, self._block_start, len(self.chars), section, table, tuple(self._cells))
        self.blocks.append(block)
        return block

    def new_table(self) -> int:
        self._tables += 1
        return self._tables - 1

    # -- content --------------------------------------------------------------------------
    def add_raw(self, raw: str, start: int, end: int, skip: re.Pattern | None = None) -> None:
        """Copy raw[start:end], whitespace folded and NFC-normalised; matches of `skip` are dropped."""
        if skip is None:
            self._add_raw_piece(raw, start, end)
            return
        position = start
        for match in skip.finditer(raw, start, end):
            self._add_raw_piece(raw, position, match.start())
            position = match.end()
        self._add_raw_piece(raw, position, end)

    def add_cell(self, raw: str, start: int, end: int) -> None:
        """A table cell: its raw text, separated from the previous cell by one space."""
        if len(self.chars) > self._block_start and self.chars[-1] != " ":
            self._append(" ", start, start)
        cell_start = len(self.chars)
        self._add_raw_piece(raw, start, end)
        while len(self.chars) > cell_start and self.chars[-1] == " ":
            self._pop()
        if len(self.chars) > cell_start:
            self._cells.append((cell_start, len(self.chars)))

    def add_text(self, text: str, raw_start: int, raw_end: int) -> None:
        """Synthetic text (e.g. a rendered template): every character maps to the whole raw span."""
        for char in unicodedata.normalize("NFC", text):
            if is_space(char):
                self._add_space(raw_start)
            else:
                self._append(char, raw_start, raw_end)

    def add_space(self, raw_offset: int) -> None:
        self._add_space(raw_offset)

    def build(self) -> CleanText:
        self.end_block()
        while self.chars and self.chars[-1] in " \n":
            self._pop()
        return CleanText("".join(self.chars), self.raw_starts, self.raw_ends, list(self.blocks),
                         links=tuple(sorted(self.links)), italics=tuple(sorted(self.italics)),
                         shown_links=tuple(sorted(self.shown_links)))

    # -- internals ------------------------------------------------------------------------
    def _add_raw_piece(self, raw: str, start: int, end: int) -> None:
        position = start
        for run in LONG_PUNCTUATION_RUN_RE.finditer(raw, start, end):
            self._add_text_piece(raw, position, run.start() + KEPT_OF_A_RUN)
            self.raw_ends[-1] = run.end()
            position = run.end()
        self._add_text_piece(raw, position, end)

    def _add_text_piece(self, raw: str, start: int, end: int) -> None:
        # Most text is printable ASCII with single spaces, copied in runs that keep their raw offsets.
        # The rest goes character by character (white space folded, NFC), from the character before
        # it: that one may carry combining marks, or be a space that starts a run.
        text = raw[start:end]
        if text.isascii() and text.isprintable() and "  " not in text:
            self._add_plain(raw, start, end)  # the common case, checked faster than by the regex
            return
        position = start
        for match in NOT_PLAIN_RE.finditer(raw, start, end):
            special_start = max(match.start() - 1, position)
            self._add_plain(raw, position, special_start)
            self._add_normalised(raw, special_start, match.end())
            position = match.end()
        self._add_plain(raw, position, end)

    def _add_plain(self, raw: str, start: int, end: int) -> None:
        """raw[start:end]: printable ASCII and single spaces, kept as they are."""
        if start < end and raw[start] == " " and (len(self.chars) == self._block_start or self.chars[-1] == " "):
            start += 1
        if start < end:
            self.chars.extend(raw[start:end])
            self.raw_starts.extend(range(start, end))
            self.raw_ends.extend(range(start + 1, end + 1))

    def _add_normalised(self, raw: str, start: int, end: int) -> None:
        """raw[start:end] character by character: white space folded, clusters NFC-normalised."""
        index = start
        while index < end:
            char = raw[index]
            if is_space(char):
                self._add_space(index)
                index += 1
                continue
            # A character with its combining marks is normalised as one cluster.
            cluster_end = index + 1
            while cluster_end < end and unicodedata.combining(raw[cluster_end]):
                cluster_end += 1
            if cluster_end == index + 1 and char.isascii():
                self._append(char, index, index + 1)
                index += 1
                continue
            for out in unicodedata.normalize("NFC", raw[index:cluster_end]):
                self._append(out, index, cluster_end)
            index = cluster_end

    def _add_space(self, raw_offset: int) -> None:
        if len(self.chars) == self._block_start or self.chars[-1] == " ":
            return
        self._append(" ", raw_offset, raw_offset + 1)

    def _append_separator(self) -> None:
        anchor = self.raw_ends[-1] if self.raw_ends else 0
        for char in BLOCK_SEPARATOR:
            self._append(char, anchor, anchor)

    def _append(self, char: str, raw_start: int, raw_end: int) -> None:
        self.chars.append(char)
        self.raw_starts.append(raw_start)
        self.raw_ends.append(raw_end)

    def _pop(self) -> None:
        self.chars.pop()
        self.raw_starts.pop()
        self.raw_ends.pop()


# ---------------------------------------------------------------------------------------------
# Rendered encyclopedia pages (plain text copied from a browser or a text dump)

EDIT_MARKER = r"\[\s*edit(?:\s*\|\s*edit source)?\s*\]"
HEADING_RE = re.compile(rf"^\s*{EDIT_MARKER}\s*(?P<a>\S.*?)\s*$|^\s*(?P<b>\S.*?)\s*{EDIT_MARKER}\s*$", re.I)
WIKI_HEADING_RE = re.compile(r"^\s*(={2,6})\s*(?P<c>[^=].*?)\s*\1\s*$")
# Reference and maintenance markers inside prose: [1], [12], [a], [note 3], [citation needed], [edit].
REFERENCE_MARKER_RE = re.compile(
    r"\[(?:\d{1,3}|[a-z]|note \d+|nb \d+|citation needed|clarification needed|"
    r"dubious[^\]\n]{0,40}|according to whom\?|who\?|when\?|which\?|better source needed|"
    rf"page needed|verification needed|edit)\]|{EDIT_MARKER}",
    re.I,
)
BOILERPLATE_LINE_RE = re.compile(
    r"^\s*(From Wikipedia, the free encyclopedia|Jump to (navigation|search)|"
    r"\(Redirected from .*\)|This article is about .*|For other uses, see .*)\s*$",
    re.I,
)
CAPTION_LINE_RE = re.compile(r"^\s*(Flag|Coat of arms|Emblem|Seal|Map|Location) of\b", re.I)
CONTENTS_RE = re.compile(r"^\s*(Contents|Table of contents)\s*(\[\s*hide\s*\])?\s*$", re.I)
TOC_ENTRY_RE = re.compile(r"^\s*\d+(\.\d+)*\s+\S")
END_OF_ARTICLE_RE = re.compile(
    r"^\s*(Languages|Retrieved from\b.*|Categories:.*|Hidden categories:.*|Navigation menu)\s*$", re.I
)
TRAILING_SECTIONS = {
    "references", "external links", "see also", "notes", "further reading", "bibliography",
    "sources", "footnotes", "citations", "notes and references", "literature", "languages",
}
LIST_ITEM_RE = re.compile(r"^\s*(?:[*•\-–#]|\d{1,2}[.)])\s+(?=\S)")
NUMBER_TOKEN_RE = re.compile(r"^[-−–]?\(?[$€£¥]?\d[\d,.]*%?\)?$")
SENTENCE_END_RE = re.compile(r"[.!?:;”\"')\]]\s*$")
CELL_SPLIT_RE = re.compile(r"\t+|\s{2,}|\s*\|\s*")


@dataclass(frozen=True)
class Line:
    start: int  # raw offsets, without the line break
    end: int
    text: str


def split_lines(raw: str) -> list[Line]:
    lines: list[Line] = []
    position = 0
    for piece in raw.splitlines(keepends=True):
        body = piece.rstrip("\r\n\u2028\u2029\x0b\x0c\x1c\x1d\x1e\x85")
        lines.append(Line(position, position + len(body), body))
        position += len(piece)
    return lines


def heading_text(line: Line) -> tuple[int, int] | None:
    """Raw span of the heading's text if the line is a marked heading ("[edit] History", "== History ==")."""
    match = HEADING_RE.match(line.text) or WIKI_HEADING_RE.match(line.text)
    if not match:
        return None
    group = next(name for name in ("a", "b", "c") if match.groupdict().get(name))
    return line.start + match.start(group), line.start + match.end(group)


YEAR_NOTE_RE = re.compile(r"\((?:1[5-9]\d\d|20\d\d)\)")


def table_cells(line: Line) -> list[tuple[int, int]] | None:
    """Cells of a table row: a label then two or more numbers ("year 1990 1992 1996"), or tab-separated."""
    text = line.text
    if "\t" in text or re.search(r"\S\s{2,}\S", text):
        pieces = [(m.start(), m.end()) for m in re.finditer(r"[^\t]+?(?=\t|\s{2,}|$)", text.strip("\n"))]
        cells = [(s, e) for s, e in pieces if text[s:e].strip()]
        numeric = sum(1 for s, e in cells if NUMBER_TOKEN_RE.match(text[s:e].strip()))
        if len(cells) >= 3 and numeric >= 2:
            return [(line.start + s + len(text[s:e]) - len(text[s:e].lstrip()), line.start + e) for s, e in cells]
    tokens = [(m.start(), m.end()) for m in re.finditer(r"\S+", text)]
    trailing: list[tuple[int, int]] = []
    for span in reversed(tokens):
        if NUMBER_TOKEN_RE.match(text[span[0]:span[1]]):
            trailing.insert(0, span)
        else:
            break
    if len(trailing) < 2 or len(trailing) == len(tokens):
        return None
    if len(trailing) == 2 and YEAR_NOTE_RE.fullmatch(text[slice(*trailing[-1])]):
        return None  # "Employees 12,000 (2021)": one amount and the year of its note, a label row, not cells
    # Numbers of a row stand apart; a comma after one or a full stop after the last is prose that ends
    # in numbers ("He died on February 19, 1926."), not cells.
    if any(text[s:e].endswith(",") for s, e in trailing) or re.search(r"\d\.$", text[slice(*trailing[-1])]):
        return None
    label_tokens = tokens[: len(tokens) - len(trailing)]
    if len(label_tokens) > 8 or text[label_tokens[-1][0]:label_tokens[-1][1]].endswith((".", ",", ";")):
        return None
    label = (line.start + label_tokens[0][0], line.start + label_tokens[-1][1])
    return [label] + [(line.start + s, line.start + e) for s, e in trailing]


def is_caption_like(line: Line) -> bool:
    """Short text without sentence punctuation: infobox and flag captions, image captions."""
    words = line.text.split()
    return 0 < len(words) <= 8 and not SENTENCE_END_RE.search(line.text)


def clean_rendered_text(raw: str, title_line: bool = True) -> CleanText:
    """Clean a rendered encyclopedia page (plain text) into blocks with a raw-offset map. Its first line
    is its title, unless `title_line` is False (prose from the first line on)."""
    builder = CleanTextBuilder()
    lines = split_lines(raw)
    section: str | None = None
    seen_title = not title_line
    seen_prose = in_contents = in_trailing = False
    table: int | None = None
    paragraph_open = False

    def close_paragraph() -> None:
        nonlocal paragraph_open
        if paragraph_open:
            builder.end_block()
            paragraph_open = False

    for index, line in enumerate(lines):
        text = line.text
        blank = not text.strip()
        if blank:
            close_paragraph()
            table = None
            continue
        if END_OF_ARTICLE_RE.match(text):
            break
        if CONTENTS_RE.match(text):
            close_paragraph()
            in_contents = True
            continue
        heading = heading_text(line)
        if heading is None and seen_prose and not in_contents and is_caption_like(line):
            # An unmarked heading: a short line standing alone between blank lines, before prose.
            before_blank = index == 0 or not lines[index - 1].text.strip()
            after = lines[index + 1] if index + 1 < len(lines) else None
            if before_blank and after is not None and not after.text.strip() and text.strip()[0].isupper() \
                    and table_cells(line) is None:
                heading = (line.start + len(text) - len(text.lstrip()), line.start + len(text.rstrip()))
        if heading is not None:
            close_paragraph()
            table = None
            in_contents = False
            name = raw[heading[0]:heading[1]]
            in_trailing = name.strip().lower().rstrip(":") in TRAILING_SECTIONS
            if in_trailing:
                continue
            section = " ".join(name.split())
            builder.start_block(HEADING, section)
            builder.add_raw(raw, heading[0], heading[1], REFERENCE_MARKER_RE)
            builder.end_block()
            continue
        if in_trailing:
            continue
        if in_contents:
            if TOC_ENTRY_RE.match(text) or is_caption_like(line):
                continue
            in_contents = False
        if BOILERPLATE_LINE_RE.match(text) or CAPTION_LINE_RE.match(text):
            continue
        if not seen_title:
            seen_title = True
            builder.start_block(TITLE, None)
            builder.add_raw(raw, line.start, line.end, REFERENCE_MARKER_RE)
            builder.end_block()
            continue
        cells = table_cells(line)
        if cells is not None:
            close_paragraph()
            if table is None:
                table = builder.new_table()
            builder.start_block(TABLE_ROW, section, table)
            for start, end in cells:
                builder.add_cell(raw, start, end)
            builder.end_block()
            continue
        table = None
        if not seen_prose and is_caption_like(line):
            continue  # infobox debris between the title and the first paragraph
        list_item = LIST_ITEM_RE.match(text)
        if list_item:
            close_paragraph()
            builder.start_block(LIST_ITEM, section)
            builder.add_raw(raw, line.start + list_item.end(), line.end, REFERENCE_MARKER_RE)
            builder.end_block()
            seen_prose = True
            continue
        if not paragraph_open:
            builder.start_block(PARAGRAPH, section)
            paragraph_open = True
        else:
            builder.add_space(line.start)
        builder.add_raw(raw, line.start, line.end, REFERENCE_MARKER_RE)
        seen_prose = True
    close_paragraph()
    return builder.build()
