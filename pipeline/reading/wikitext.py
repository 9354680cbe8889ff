"""Wikitext (one revision's source) into clean text with a map back to the wikitext.

mwparserfromhell parses the wikitext losslessly (`str(node)` is exactly the node's source), so the
walker below knows the source span of every node it visits and every clean character is copied from,
or rendered for, a span of the wikitext:

- prose, link text, bold/italic contents, inline HTML contents: copied (exact offsets);
- rendered value templates (`{{convert|830000|t}}`, `{{US$|5.3 million}}`, dates, `{{circa|1900}}`):
  synthetic text mapped to the whole template; pass-through templates (`{{nowrap|..}}`,
  `{{lang|ru|..}}`) are cleaned in place, so their text keeps exact offsets;
- what a reader sees outside the running prose: the captions of framed images (thumbs), galleries and
  image templates (`{{multiple image}}`), each a paragraph at the end of its section (an aside: read
  where it stands, its year would pass for the narrative's); block quotations (`{{quote}}`) with their
  attribution, and lists written as templates (`{{columns-list}}`, `{{ubl}}`), as blocks of their own;
- everything else (other templates and infoboxes, refs, comments, alt texts, unframed images,
  categories, interlanguage links, magic words, math, trailing sections such as References) is dropped.

Blocks: headings (`== X ==`), paragraphs (split at blank lines), list items (`*`, `#`; `:` and `;`
lines are paragraphs of their own) and wiki table rows (`{| ... |}`: one TABLE_ROW block per row, its
`cells` the clean spans of the header and data cells, the same `table` index for every row).

The template rules (which templates are rendered and how, convert's units, dropped tags, namespaces)
are data, `models/wikitext_templates.json`, read by `templates.py` with the renderers of value templates.
"""
from __future__ import annotations

import re
from typing import Iterator

import mwparserfromhell
from mwparserfromhell.nodes import (
    Argument, Comment, ExternalLink, Heading, HTMLEntity, Node, Tag, Template, Text, Wikilink,
)
from mwparserfromhell.wikicode import Wikicode

from .clean import HEADING, LIST_ITEM, PARAGRAPH, TABLE_ROW, TRAILING_SECTIONS, CleanText, CleanTextBuilder
from .templates import (SPACE_RE, Parameter, WikitextRules, format_number, is_image_option, is_yes, load_rules, named,
                        positional, render_as_of, render_bar, render_convert, render_date, render_fraction, render_harv,
                        render_val, render_ymd, template_key, template_parameters, top_level_pipes)

# Dropped from copied prose: behaviour switches (__NOTOC__), quote marks of unbalanced bold/italic,
# and HTML-like tags the parser left as text (unclosed or stray tags).
PROSE_SKIP_RE = re.compile(r"__[A-Z]+__|'{2,}|</?[A-Za-z][^<>\n]{0,300}?/?>")
LANGUAGE_PREFIX_RE = re.compile(r"[a-z]{2,3}(?:-[a-z0-9]+)*")
# Parentheses left empty by dropped templates: "Alabama () is", "Aruba ( ; ) is".
EMPTY_PARENTHESES_RE = re.compile(r"\((?:[\s,;:/·–—-]|or\b|and\b)*\)")
# Separators left dangling inside parentheses by dropped templates: "(Zenda; )", "( , Zenda)".
DANGLING_SEPARATOR_RE = re.compile(r"\s*[,;]\s*(?=\))|(?<=\()\s*[,;]\s*")
# What every dangling separator holds; much faster to search for (the one above may start anywhere).
SEPARATOR_BY_PARENTHESIS_RE = re.compile(r"[(,;]\s*[),;]")


# ---------------------------------------------------------------------------------------------
# spans of parsed nodes


QUOTE_RUN_RE = re.compile(r"'{2,}")


def italic_runs(raw: str) -> list[tuple[int, int]]:
    """The raw spans of the text inside italic quotes (two or five marks) that close on their own line;
    three marks are bold and leave the italic state as it is."""
    runs = []
    opened: int | None = None
    line_start = 0
    for match in QUOTE_RUN_RE.finditer(raw):
        newline = raw.rfind("\n", line_start, match.start())
        if newline >= 0:
            line_start, opened = newline + 1, None  # a run is never carried past its line
        if len(match[0]) not in (2, 5):
            continue
        if opened is None:
            opened = match.end()
        else:
            runs.append((opened, match.start()))
            opened = None
    return runs


def node_spans(code: Wikicode, offset: int) -> Iterator[tuple[Node, int, int]]:
    """Every top-level node of `code` with its [start, end) in the wikitext; `code` starts at `offset`."""
    for node in code.nodes:
        length = len(str(node))
        yield node, offset, offset + length
        offset += length


def tag_contents_start(tag: Tag, start: int) -> int:
    if tag.wiki_markup:
        attributes = "".join(str(attribute) for attribute in tag.attributes)
        return start + len(tag.wiki_markup) + len(attributes) + len(tag.padding or "") + len(tag.wiki_style_separator or "")
    attributes = "".join(str(attribute) for attribute in tag.attributes)
    return start + 1 + len(str(tag.tag)) + len(attributes) + len(tag.padding or "") + 1


# ---------------------------------------------------------------------------------------------
# output: the clean-text builder, or a plain string (for rendering template values)


class WikitextBuilder(CleanTextBuilder):
    """CleanTextBuilder with cells built from several pieces (a cell may hold links and templates)."""

    def start_cell(self, raw_offset: int) -> None:
        if len(self.chars) > self._block_start and self.chars[-1] != " ":
            self._append(" ", raw_offset, raw_offset)
        self._cell_start = len(self.chars)

    def end_cell(self) -> None:
        while len(self.chars) > self._cell_start and self.chars[-1] == " ":
            self._pop()
        if len(self.chars) > self._cell_start:
            self._cells.append((self._cell_start, len(self.chars)))

    def end_block(self):
        if self._block is not None and self._block[0] != TABLE_ROW:
            self._drop_empty_parentheses()
        return super().end_block()

    def _drop_empty_parentheses(self) -> None:
        # "Alabama () is", "Aruba ( ; ) is": parentheses whose pronunciation or native-script
        # templates were dropped. (Not in table rows: their cell offsets are already recorded.)
        text = "".join(self.chars[self._block_start:])
        if "(" not in text:
            return
        spans = [match.span() for match in DANGLING_SEPARATOR_RE.finditer(text)] \
            if SEPARATOR_BY_PARENTHESIS_RE.search(text) else []
        for start, end in reversed(spans):
            self._delete(start, end)
        if spans:
            text = "".join(self.chars[self._block_start:])
        for match in reversed(list(EMPTY_PARENTHESES_RE.finditer(text))):
            start, end = match.span()
            if start > 0 and text[start - 1] != " " or end < len(text) and text[end] not in " ,.;:":
                continue  # "f()" and the like are text, not debris
            if start > 0:
                start -= 1  # with the space before
            elif end < len(text) and text[end] == " ":
                end += 1
            self._delete(start, end)

    def _delete(self, start: int, end: int) -> None:
        """Delete [start, end) of the open block (offsets relative to the block)."""
        start, end = self._block_start + start, self._block_start + end
        del self.chars[start:end]
        del self.raw_starts[start:end]
        del self.raw_ends[start:end]


class StringSink:
    """Collects rendered text (for a template's value) instead of building clean text."""

    def __init__(self) -> None:
        self.parts: list[str] = []

    def add_raw(self, raw: str, start: int, end: int, skip: re.Pattern | None = None) -> None:
        text = raw[start:end]
        self.parts.append(skip.sub("", text) if skip is not None else text)

    def add_text(self, text: str, raw_start: int, raw_end: int) -> None:
        self.parts.append(text)

    def add_space(self, raw_offset: int) -> None:
        self.parts.append(" ")

    def text(self) -> str:
        return SPACE_RE.sub(" ", "".join(self.parts)).strip()


# ---------------------------------------------------------------------------------------------
# the cleaner


class WikitextCleaner:
    def __init__(self, wikitext: str, rules: WikitextRules) -> None:
        self.raw = wikitext
        self.rules = rules
        self.builder = WikitextBuilder()
        self.out: WikitextBuilder | StringSink = self.builder
        self.block: str | None = None  # kind of the open block, None between blocks
        self.line_bound = False  # the open block ends at the end of its line (list items)
        self.section: str | None = None
        self.trailing_level: int | None = None  # inside a trailing section (References, ...) of this level
        self.line_blank = True  # nothing but white space on the current line so far
        self.line_has_text = False
        self.line_dropped_block = False  # the line held a dropped block-like node (infobox, file, table)
        self.pending_space: int | None = None
        # Captions of the current section's images, shown after its text (at the next heading).
        self.pending_captions: list[tuple[int, int]] = []

    def clean(self) -> CleanText:
        # Bold and italic quotes are left as text (and dropped as such): their parsing is fragile, and an
        # unbalanced pair would swallow paragraphs and headings into one tag.
        code = mwparserfromhell.parse(self.raw, skip_style_tags=True)
        self.walk_blocks(code, 0)
        self.close_block()
        self.flush_captions()
        self.builder.italics = italic_runs(self.raw)
        return self.builder.build()

    # -- block level -------------------------------------------------------------------------
    def walk_blocks(self, code: Wikicode, offset: int) -> None:
        for node, start, end in node_spans(code, offset):
            if isinstance(node, Heading):
                self.heading(node, start, end)
            elif self.trailing_level is not None:
                continue
            elif isinstance(node, Text):
                self.block_text(start, end)
            elif isinstance(node, Tag):
                self.line_blank = False
                self.block_tag(node, start, end)
            else:
                self.line_blank = False
                self.inline(node, start, end)

    def block_text(self, start: int, end: int) -> None:
        position = start
        while position < end:
            newline = self.raw.find("\n", position, end)
            stop = end if newline < 0 else newline
            if stop > position:
                if self.raw[position:stop].strip():
                    self.line_blank = False
                self.copy(position, stop)
            if newline < 0:
                break
            self.newline(newline)
            position = newline + 1

    def newline(self, offset: int) -> None:
        if self.block is not None:
            if self.line_bound:
                self.close_block()
            elif self.line_has_text:
                self.pending_space = offset
            elif self.line_blank or self.line_dropped_block:
                # A blank line, or a line holding only a dropped infobox, image or table, ends the
                # paragraph; a line holding only a comment does not (MediaWiki removes it).
                self.close_block()
        self.line_blank = True
        self.line_has_text = False
        self.line_dropped_block = False

    def block_tag(self, tag: Tag, start: int, end: int) -> None:
        name = str(tag.tag).strip().lower()
        markup = tag.wiki_markup
        if markup in ("*", "#"):
            self.open_block(LIST_ITEM, line_bound=True)
        elif markup in (":", ";"):
            # Indented and definition lines: a paragraph of their own (often quotations).
            self.open_block(PARAGRAPH, line_bound=True)
        elif name == "table":
            self.close_block()
            self.table(tag, start, end)
        elif name == "hr":
            self.close_block()
        elif name in self.rules.block_tags and tag.contents is not None and not tag.self_closing:
            self.close_block()
            self.walk_blocks(tag.contents, tag_contents_start(tag, start))
            self.close_block()
        else:
            self.inline(tag, start, end)

    def open_block(self, kind: str, line_bound: bool = False) -> None:
        self.close_block()
        self.builder.start_block(kind, self.section)
        self.block = kind
        self.line_bound = line_bound

    def close_block(self) -> None:
        if self.block is not None:
            self.builder.end_block()
        self.block = None
        self.line_bound = False
        self.pending_space = None

    # -- captions of images ------------------------------------------------------------------
    def show_caption(self, start: int, end: int) -> None:
        """The caption wikitext[start:end] of an image a reader sees (a thumb, a gallery or multiple-image
        template): a paragraph of its own at the end of its section. A caption is an aside: read where
        it stands, its year would be taken for the year of the narrative around it."""
        if self.out is self.builder and self.block != TABLE_ROW:
            self.pending_captions.append((start, end))
        # (inside a template value or a table cell: not read)

    def flush_captions(self) -> None:
        while self.pending_captions:
            captions, self.pending_captions = self.pending_captions, []
            for start, end in captions:
                self.caption(start, end)

    def caption(self, start: int, end: int) -> None:
        self.close_block()
        self.walk_inline(mwparserfromhell.parse(self.raw[start:end], skip_style_tags=True), start)
        self.close_block()

    def image_caption(self, segments: list[tuple[int, int]]) -> tuple[int, int] | None:
        """Of the parameters of a file link or gallery line (spans after the file name), the caption:
        the last one that is not an image option."""
        for start, end in reversed(segments):
            text = self.raw[start:end]
            if text.strip() and not is_image_option(text, self.rules):
                return start, end
        return None

    def file_link(self, link: Wikilink, start: int, end: int) -> None:
        if link.text is None:
            return
        text_start = end - 2 - len(str(link.text))
        pipes = top_level_pipes(link.text, text_start)
        segments = list(zip([text_start] + [pipe + 1 for pipe in pipes], pipes + [end - 2]))
        shown = any(self.raw[s:e].strip().casefold().split("=", 1)[0] in self.rules.caption_formats
                    for s, e in segments)
        caption = self.image_caption(segments) if shown else None
        if caption is not None:
            self.show_caption(*caption)

    def gallery(self, tag: Tag, start: int) -> None:
        """<gallery>: one image a line, 'File:Name.jpg|options|caption'; every caption is shown."""
        if tag.contents is None:
            return
        position = tag_contents_start(tag, start)
        for line in str(tag.contents).split("\n"):
            line_start, position = position, position + len(line) + 1
            pipes = top_level_pipes(mwparserfromhell.parse(line, skip_style_tags=True), line_start)
            if pipes:
                caption = self.image_caption(list(zip([pipe + 1 for pipe in pipes], pipes[1:] + [line_start + len(line)])))
                if caption is not None:
                    self.show_caption(*caption)

    def heading(self, heading: Heading, start: int, end: int) -> None:
        self.close_block()
        self.flush_captions()
        title_start = start + heading.level
        name = self.render(heading.title, title_start)
        level = heading.level
        if self.trailing_level is not None:
            if level > self.trailing_level:
                return
            self.trailing_level = None
        if name.casefold().rstrip(":") in TRAILING_SECTIONS:
            self.trailing_level = level
            return
        self.section = name or self.section
        self.open_block(HEADING)
        self.walk_inline(heading.title, title_start)
        self.close_block()

    # -- tables ------------------------------------------------------------------------------
    def table(self, table: Tag, start: int, end: int) -> None:
        classes = set()
        for attribute in table.attributes:
            if str(attribute.name).strip().lower() == "class" and attribute.value is not None:
                classes.update(str(attribute.value).lower().split())
        if classes & self.rules.dropped_table_classes or table.contents is None:
            self.line_dropped_block = True
            return
        rows: list[list[tuple[Tag, int]]] = []
        captions: list[tuple[Tag, int]] = []
        implicit: list[tuple[Tag, int]] = []
        for node, node_start, _ in node_spans(table.contents, tag_contents_start(table, start)):
            if not isinstance(node, Tag):
                continue
            name = str(node.tag).strip().lower()
            if name in ("td", "th"):
                if self.raw.startswith("|+", node_start):
                    captions.append((node, node_start))  # mwparserfromhell reads "|+" as a cell
                else:
                    implicit.append((node, node_start))
            elif name == "caption":
                captions.append((node, node_start))
            elif name == "tr" and node.contents is not None:
                if implicit:
                    rows.append(implicit)
                    implicit = []
                cells = [(cell, cell_start)
                         for cell, cell_start, _ in node_spans(node.contents, tag_contents_start(node, node_start))
                         if isinstance(cell, Tag) and str(cell.tag).strip().lower() in ("td", "th")]
                rows.append(cells)
        if implicit:
            rows.append(implicit)
        for caption, caption_start in captions:
            self.open_block(PARAGRAPH)
            contents_start = tag_contents_start(caption, caption_start)
            if self.raw.startswith("+", contents_start):
                contents_start += 1
                # The "+" was read as part of the cell: walk the caption text after it.
                self.walk_inline_from(caption.contents, tag_contents_start(caption, caption_start), contents_start)
            else:
                self.walk_inline(caption.contents, contents_start)
            self.close_block()
        table_index: int | None = None
        for cells in rows:
            if not any(self.render(cell.contents, tag_contents_start(cell, cell_start))
                       for cell, cell_start in cells if cell.contents is not None):
                continue
            if table_index is None:
                table_index = self.builder.new_table()
            self.builder.start_block(TABLE_ROW, self.section, table_index)
            self.block = TABLE_ROW
            for cell, cell_start in cells:
                contents_start = tag_contents_start(cell, cell_start)
                self.builder.start_cell(contents_start)
                if cell.contents is not None:
                    self.walk_inline(cell.contents, contents_start)
                self.builder.end_cell()
            self.close_block()

    # -- inline level ------------------------------------------------------------------------
    def walk_inline(self, code: Wikicode, offset: int) -> None:
        for node, start, end in node_spans(code, offset):
            self.inline(node, start, end)

    def walk_inline_from(self, code: Wikicode, offset: int, skip_to: int) -> None:
        """walk_inline, ignoring the source before `skip_to`."""
        for node, start, end in node_spans(code, offset):
            if end <= skip_to:
                continue
            if isinstance(node, Text) and start < skip_to:
                self.copy(skip_to, end)
            else:
                self.inline(node, start, end)

    def inline(self, node: Node, start: int, end: int) -> None:
        if isinstance(node, Text):
            self.copy(start, end)
        elif isinstance(node, Wikilink):
            self.wikilink(node, start, end)
        elif isinstance(node, Template):
            self.template(node, start, end)
        elif isinstance(node, Tag):
            self.inline_tag(node, start, end)
        elif isinstance(node, HTMLEntity):
            self.emit(node.normalize(), start, end)
        elif isinstance(node, ExternalLink):
            if node.brackets and node.title is not None:
                title = str(node.title)
                self.walk_inline(node.title, end - 1 - len(title))
        elif isinstance(node, Heading):
            self.walk_inline(node.title, start + node.level)
        elif isinstance(node, (Comment, Argument)):
            return
        # Other nodes (unknown to this version) are dropped.

    def inline_tag(self, tag: Tag, start: int, end: int) -> None:
        name = str(tag.tag).strip().lower()
        if name == "gallery":
            self.line_dropped_block = True
            self.gallery(tag, start)
            return
        if name in self.rules.drop_tags:
            return
        if name == "table":
            self.line_dropped_block = True  # a table inside a cell or a link: not read
            return
        if name in self.rules.line_break_tags or tag.wiki_markup in ("*", "#", ":", ";"):
            self.space(start)
            return
        if tag.self_closing or tag.contents is None:
            return
        contents_start = tag_contents_start(tag, start)
        if name == "nowiki":
            self.copy(contents_start, contents_start + len(str(tag.contents)), skip=None)
            return
        self.walk_inline(tag.contents, contents_start)

    def wikilink(self, link: Wikilink, start: int, end: int) -> None:
        title = str(link.title)
        bare = title.strip()
        explicit_link = bare.startswith(":")  # [[:Category:X]], [[:fr:X]]: a link, not a tag
        if not explicit_link and ":" in bare:
            prefix = bare.split(":", 1)[0].strip()
            folded = prefix.casefold()
            if folded in self.rules.file_namespaces:
                self.line_dropped_block = True  # an image: a block of its own, with its caption if shown
                self.file_link(link, start, end)
                return
            if folded in self.rules.category_namespaces:
                return
            if LANGUAGE_PREFIX_RE.fullmatch(prefix) and prefix not in self.rules.interwiki_prefixes_kept:
                return  # an interlanguage link
        if link.text is not None:
            text = str(link.text)
            text_start = end - 2 - len(text)
            if text.strip():
                if self.out is self.builder and not explicit_link:
                    self.builder.links.append((text_start, end - 2, " ".join(title.split())))
                    self.builder.shown_links.append(shown_span(text, text_start))
                self.walk_inline(link.text, text_start)
                return
            # The pipe trick, [[Moscow (city)|]]: the title without its parenthesis.
            shown = re.sub(r"\s*\([^()]*\)\s*$", "", title.split(":", 1)[-1] if explicit_link else title)
            title_start = start + 2 + title.find(shown.strip()) if shown.strip() else start + 2
            self.copy(title_start, title_start + len(shown.strip()))
            return
        title_start = start + 2
        if explicit_link:
            title_start += title.find(":") + 1
            self.copy(title_start, start + 2 + len(title))
            return
        if self.out is self.builder:
            self.builder.shown_links.append(shown_span(title, title_start))
        self.walk_inline(link.title, title_start)

    # -- templates ---------------------------------------------------------------------------
    def template(self, template: Template, start: int, end: int) -> None:
        name = template_key(str(template.name))
        function = ":" in name  # {{formatnum:1234}}, {{#if:...}}, {{DEFAULTSORT:...}}: parser functions
        if function:
            name = name.split(":", 1)[0]
        spec = self.rules.template(name.strip()) if not name.startswith("#") else None
        if spec is None or spec.get("kind") == "drop":
            self.line_dropped_block = True
            return
        argument = self.render(template.name, start + 2).split(":", 1)[-1] if function else None
        parameters = template_parameters(template, start)
        kind = spec["kind"]
        if kind in ("captions", "quote", "block", "items"):
            self.line_dropped_block = True
            if self.out is self.builder and self.block != TABLE_ROW:
                self.block_template(kind, spec, parameters)
                return
            kind = "join" if kind == "items" else "inner"  # in a template value or a table cell: the text in place
        if kind == "inner":
            parameter = self.first_parameter(parameters, spec.get("params", [1]))
            if parameter is not None:
                self.walk_inline(parameter.value, parameter.start)
            return
        if argument is not None:
            text = format_number(argument.strip()) if kind == "number" else argument.strip()
        else:
            text = self.render_template(kind, spec, parameters)
        if text:
            self.emit(text, start, end)

    def block_template(self, kind: str, spec: dict, parameters: list[Parameter]) -> None:
        """Templates a reader sees as blocks of their own: image captions, quotations, lists."""
        if kind == "captions":
            for parameter in parameters:
                if any(re.fullmatch(pattern, parameter.name) for pattern in spec["params"]):
                    self.show_caption(parameter.start, parameter.end)
            return
        self.close_block()
        if kind == "items":  # every positional parameter an item: {{unbulleted list|a|b}}
            for parameter in positional(parameters):
                self.open_block(LIST_ITEM)
                self.walk_inline(parameter.value, parameter.start)
                self.close_block()
            return
        content = self.first_parameter(parameters, spec.get("params", [1]))
        if content is not None:
            self.walk_blocks(content.value, content.start)
            self.close_block()
        if kind == "quote":  # the attribution: author, source
            parts = [part for part in (self.first_parameter(parameters, keys) for keys in spec["attribution"])
                     if part is not None]
            for index, part in enumerate(parts):
                if index:
                    self.emit(", ", part.pipe, part.pipe)  # a separator the wikitext only implies
                self.walk_inline(part.value, part.start)
            self.close_block()

    def first_parameter(self, parameters: list[Parameter], keys: list) -> Parameter | None:
        ordered = positional(parameters)
        for key in keys:
            if key == "last":
                candidates = [p for p in ordered if str(p.value).strip()]
                found = candidates[-1] if candidates else None
            elif isinstance(key, int):
                found = ordered[key - 1] if len(ordered) >= key else None
            else:
                found = named(parameters, key)
            if found is not None and str(found.value).strip():
                return found
        return None

    def value_text(self, parameter: Parameter | None) -> str:
        return self.render(parameter.value, parameter.start) if parameter is not None else ""

    def render_template(self, kind: str, spec: dict, parameters: list[Parameter]) -> str:
        values = [self.value_text(p) for p in positional(parameters)]
        options = {p.name.lower(): self.value_text(p) for p in parameters if not p.positional}
        if kind == "text":
            return spec["text"]
        if kind == "currency":
            return f"{spec['prefix']}{values[0]}" if values and values[0] else ""
        if kind == "prefix":
            return f"{spec['prefix']}{values[0]}" if values and values[0] else spec["prefix"].strip()
        if kind == "join":
            chosen = [values[index - 1] for index in spec["params"] if index <= len(values)] \
                if "params" in spec else values
            return spec.get("separator", " ").join(value for value in chosen if value)
        if kind == "number":
            return format_number(values[0]) if values else ""
        if kind == "convert":
            return render_convert(values, options, spec, self.rules)
        if kind == "date":
            return render_date(values)
        if kind == "date_ymd":
            return render_ymd(values[spec.get("first", 1) - 1:], day_first=is_yes(options.get("df")))
        if kind == "as_of":
            return render_as_of(values, lower=is_yes(options.get("lc")))
        if kind == "frac":
            return render_fraction(values)
        if kind == "val":
            return render_val(values, options)
        if kind == "bar":
            return render_bar(values, spec)
        if kind == "harv":
            return render_harv(values, spec.get("style", "text"))
        return ""

    # -- output ------------------------------------------------------------------------------
    def render(self, code: Wikicode, offset: int) -> str:
        """The text `code` shows, as a plain string (for template values and heading names)."""
        saved = (self.out, self.line_blank, self.line_has_text, self.line_dropped_block, self.pending_space)
        sink = StringSink()
        self.out = sink
        try:
            self.walk_inline(code, offset)
        finally:
            self.out, self.line_blank, self.line_has_text, self.line_dropped_block, self.pending_space = saved
        return sink.text()

    def ensure_block(self) -> None:
        if self.out is not self.builder:
            return
        if self.block is None:
            self.open_block(PARAGRAPH)
        elif self.pending_space is not None:
            self.builder.add_space(self.pending_space)
        self.pending_space = None
        self.line_has_text = True

    def copy(self, start: int, end: int, skip: re.Pattern | None = PROSE_SKIP_RE) -> None:
        """Copy wikitext[start:end] as it is (whitespace folded, `skip` matches dropped)."""
        text = self.raw[start:end]
        if not text.strip():
            if text:
                self.space(start)
            return
        if skip is not None and not skip.sub("", text).strip():
            gap = re.search(r"\s", text)
            if gap is not None and skip.sub("", text):
                self.space(start + gap.start())  # " ''" between a template and an italic link still parts the words
            return
        self.ensure_block()
        self.out.add_raw(self.raw, start, end, skip)

    def emit(self, text: str, start: int, end: int) -> None:
        """Rendered text, every character mapped to the whole wikitext span [start, end)."""
        if not text.strip():
            if text:
                self.space(start)
            return
        self.ensure_block()
        self.out.add_text(text, start, end)

    def space(self, offset: int) -> None:
        if self.block is not None or self.out is not self.builder:
            self.out.add_space(offset)


# ---------------------------------------------------------------------------------------------


def clean_wikitext(wikitext: str) -> CleanText:
    """Clean one revision's wikitext into blocks; every clean character maps into `wikitext`."""
    return WikitextCleaner(wikitext, load_rules()).clean()


def shown_span(text: str, start: int) -> tuple[int, int]:
    """The raw span of a link's shown text without the spaces around it."""
    lead = len(text) - len(text.lstrip())
    return start + lead, start + len(text.rstrip())
