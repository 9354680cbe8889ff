"""Wikitext cleaning: what is kept, dropped and rendered, the blocks, and the map back to the wikitext."""
from __future__ import annotations

import json
import random
import unicodedata
from functools import lru_cache
from pathlib import Path

import pytest

from pipeline.config import SETTINGS
from pipeline.reading.clean import HEADING, LIST_ITEM, PARAGRAPH, TABLE_ROW, CleanText, CleanTextBuilder
from pipeline.reading.documents import RawDocument
from pipeline.reading.exports import iter_export_documents
from pipeline.reading.templates import load_rules, template_key
from pipeline.reading.wikitext import WikitextBuilder, clean_wikitext
from pipeline.runs.rows import process_documents

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"
SAMPLE_DUMP = SHARED / "corpus" / "enwiki" / "enwiki-sample-pages-articles.xml.bz2"
TABLE_DUMP = SHARED / "corpus" / "enwiki" / "enwiki-table-markup.xml.bz2"


def blocks(clean: CleanText, kind: str | None = None) -> list[str]:
    return [clean.text[b.start:b.end] for b in clean.blocks if kind is None or b.kind == kind]


def raw_of(wikitext: str, clean: CleanText, phrase: str) -> str:
    """The wikitext a clean phrase maps back to."""
    start = clean.text.index(phrase)
    raw_start, raw_end = clean.raw_span(start, start + len(phrase))
    return wikitext[raw_start:raw_end]


def assert_copied_characters_match(wikitext: str, clean: CleanText) -> None:
    """Every clean character copied from one wikitext character is that character."""
    for index, char in enumerate(clean.text):
        start, end = clean.raw_starts[index], clean.raw_ends[index]
        assert 0 <= start <= end <= len(wikitext)
        if end - start == 1 and not char.isspace():
            assert unicodedata.normalize("NFC", wikitext[start]) == char, (index, char, wikitext[start - 20:end + 20])


# ---------------------------------------------------------------------------------------------
# prose


@pytest.mark.parametrize("wikitext, expected", [
    ("The '''Ruritanian''' port of [[Strelsau]] opened in 1921.",
     "The Ruritanian port of Strelsau opened in 1921."),
    ("Grain went to [[Kingdom of Elbonia|Elbonia]] and [[Freedonia]]n buyers.",
     "Grain went to Elbonia and Freedonian buyers."),
    ("Its ''Trade Gazette''<ref name=\"g\">{{cite news|title=X|year=2001}}</ref> reported a surplus.<ref name=\"g\"/>",
     "Its Trade Gazette reported a surplus."),
    ("A treaty<!-- check the year --> was signed{{citation needed|date=May 2020}} in [[1931]].",
     "A treaty was signed in 1931."),
    ("Output&nbsp;rose 5&nbsp;percent&mdash;a record, says [http://example.org the bureau].",
     "Output rose 5 percent—a record, says the bureau."),
])
def test_markup_is_removed_and_prose_kept(wikitext, expected):
    clean = clean_wikitext(wikitext)
    assert blocks(clean) == [expected]
    assert_copied_characters_match(wikitext, clean)


def test_link_text_maps_to_the_words_in_the_wikitext():
    wikitext = "Ships sailed from [[Port Arthur (city)|Port Arthur]] to [[Vladivostok]] in 1904."
    clean = clean_wikitext(wikitext)
    assert raw_of(wikitext, clean, "Port Arthur") == "Port Arthur"
    assert raw_of(wikitext, clean, "Vladivostok") == "Vladivostok"
    assert raw_of(wikitext, clean, "in 1904") == "in 1904"


def test_files_categories_interlanguage_links_and_magic_words_are_dropped():
    # An image without a frame shows no caption (its text is only a tooltip): nothing of it is read.
    wikitext = ("__NOTOC__\n[[File:Harbour.jpg|right|220px|The harbour in [[1990]] with 400 ships]]\n"
                "The harbour handled 2 million tonnes in 1990.[[Category:Ports]]\n"
                "[[de:Hafen]] [[fr:Port]]")
    clean = clean_wikitext(wikitext)
    assert blocks(clean) == ["The harbour handled 2 million tonnes in 1990."]


def test_links_to_categories_and_sister_projects_keep_their_text():
    wikitext = ("See [[:Category:Ports|the ports list]], the [[wikt:tonnage|tonnage]] entry "
                "and [[:fr:Port de Strelsau]].")
    clean = clean_wikitext(wikitext)
    assert blocks(clean) == ["See the ports list, the tonnage entry and fr:Port de Strelsau."]


def test_infoboxes_hatnotes_and_unknown_templates_are_dropped():
    wikitext = ("{{Short description|Country in Europe}}\n{{Infobox country\n| name = Ruritania\n"
                "| GDP = {{US$|12 billion}}\n| established = {{start date|1801|2|3}}\n}}\n"
                "{{Main|History of Ruritania}}\n'''Ruritania''' is a kingdom.{{sfn|Hope|1894|p=3}}")
    assert blocks(clean_wikitext(wikitext)) == ["Ruritania is a kingdom."]


def test_html_tags_keep_their_prose_and_non_prose_tags_are_dropped():
    wikitext = ("Exports rose<sup>[a]</sup> by <span style=\"color:red\">12%</span> in 2003"
                "<math>x^2</math>.<br/>Imports fell.<timeline>\nPeriod = from:1990 till:2000\n</timeline>")
    assert blocks(clean_wikitext(wikitext)) == ["Exports rose[a] by 12% in 2003. Imports fell."]


def test_parentheses_left_empty_by_dropped_templates_are_removed():
    for wikitext, expected in [
        ("'''Strelsau''' ({{IPAc-en|s|t|r|e|l}}) is a city.", "Strelsau is a city."),
        ("'''Zenda''' ({{lang-de|Zenda}}; {{IPA-de|x}}) is a town.", "Zenda (Zenda) is a town."),
        ("'''Elbonia''' ( {{IPA|x}} ; {{respell|x}} ) is a country.", "Elbonia is a country."),
        ("'''Graustark''' ( ; {{lang|ru|Граустарк}}) is a state.", "Graustark (Граустарк) is a state."),
        ("The function f() returns 3 (or 4; see below).", "The function f() returns 3 (or 4; see below)."),
    ]:
        clean = clean_wikitext(wikitext)
        assert blocks(clean) == [expected]
        assert_copied_characters_match(wikitext, clean)


# ---------------------------------------------------------------------------------------------
# blocks


ARTICLE = """{{Infobox settlement|name=Strelsau}}
'''Strelsau''' is the capital.

It has a port.
The port is old.

== History ==
The city was founded in 1100.
=== Modern era ===
Trade grew after 1990:
* grain exports doubled
** wool exports rose
# a numbered point
: an indented remark

== See also ==
* [[Zenda]]

== References ==
{{Reflist}}

== Economy ==
The economy grew by 3% in 2001.

== External links ==
* [http://example.org Official site]
[[Category:Cities]]
"""


def test_headings_paragraphs_and_list_items_become_blocks():
    clean = clean_wikitext(ARTICLE)
    kinds = [(b.kind, clean.text[b.start:b.end], b.section) for b in clean.blocks]
    assert kinds == [
        (PARAGRAPH, "Strelsau is the capital.", None),
        (PARAGRAPH, "It has a port. The port is old.", None),
        (HEADING, "History", "History"),
        (PARAGRAPH, "The city was founded in 1100.", "History"),
        (HEADING, "Modern era", "Modern era"),
        (PARAGRAPH, "Trade grew after 1990:", "Modern era"),
        (LIST_ITEM, "grain exports doubled", "Modern era"),
        (LIST_ITEM, "wool exports rose", "Modern era"),
        (LIST_ITEM, "a numbered point", "Modern era"),
        (PARAGRAPH, "an indented remark", "Modern era"),
        # See also and References are dropped; a real section after them is kept.
        (HEADING, "Economy", "Economy"),
        (PARAGRAPH, "The economy grew by 3% in 2001.", "Economy"),
    ]
    assert_copied_characters_match(ARTICLE, clean)


def test_a_comment_line_does_not_split_a_paragraph_but_an_infobox_line_does():
    clean = clean_wikitext("Exports rose.\n<!-- hidden note -->\nImports fell.\n{{Infobox ship}}\nA new paragraph.")
    assert blocks(clean) == ["Exports rose. Imports fell.", "A new paragraph."]


def test_headings_with_markup_name_their_section_by_their_text():
    clean = clean_wikitext("== Trade with [[Elbonia]]<ref>x</ref> ==\nTrade rose.")
    assert [(b.kind, b.section) for b in clean.blocks] == [(HEADING, "Trade with Elbonia"),
                                                             (PARAGRAPH, "Trade with Elbonia")]


# ---------------------------------------------------------------------------------------------
# tables


TRADE_TABLE = """Trade grew.
{| class="wikitable sortable" style="text-align:right"
|+ Trade turnover (million US$)
|-
! Year !! 1990 !! style="width:5em" | 1995 !! 2000
|-
| Exports || 5.3 || [[Exports of Ruritania|7.1]]<ref>Bureau, p. 4.</ref> || {{nts|12000}}
|-
| style="text-align:left" | Imports
| 2.0
| 3.5
| 4.25
|}
{| class="wikitable"
! Partner !! Share
|-
| [[Elbonia]] || 40%
|}
{| class="infobox"
| Capital || Strelsau
|}
"""


def table_rows(clean: CleanText) -> list[tuple[int, list[str]]]:
    return [(b.table, [clean.text[s:e] for s, e in b.cells]) for b in clean.blocks if b.kind == TABLE_ROW]


def test_wiki_table_rows_become_table_row_blocks_with_cells():
    clean = clean_wikitext(TRADE_TABLE)
    assert table_rows(clean) == [
        (0, ["Year", "1990", "1995", "2000"]),
        (0, ["Exports", "5.3", "7.1", "12,000"]),
        (0, ["Imports", "2.0", "3.5", "4.25"]),
        (1, ["Partner", "Share"]),
        (1, ["Elbonia", "40%"]),
    ]
    assert "Trade turnover (million US$)" in blocks(clean, PARAGRAPH)  # the caption
    assert "Strelsau" not in clean.text  # infobox tables are dropped


def test_table_cells_map_back_to_their_wikitext():
    clean = clean_wikitext(TRADE_TABLE)
    for block in clean.blocks:
        if block.kind != TABLE_ROW:
            continue
        for start, end in block.cells:
            raw_start, raw_end = clean.raw_span(start, end)
            text, raw = clean.text[start:end], TRADE_TABLE[raw_start:raw_end]
            # A plain cell is its wikitext exactly; a rendered template maps to the whole template.
            assert raw == text or raw == "{{nts|12000}}", (text, raw)
    assert_copied_characters_match(TRADE_TABLE, clean)


def test_a_table_row_is_one_block_whatever_its_line_layout():
    one_line = "{|\n! Year !! 2001 !! 2002\n|-\n| Tonnes || 10 || 20\n|}"
    one_cell_per_line = "{|\n!Year\n!2001\n!2002\n|-\n|Tonnes\n|10\n|20\n|}"
    assert table_rows(clean_wikitext(one_line)) == table_rows(clean_wikitext(one_cell_per_line)) == [
        (0, ["Year", "2001", "2002"]), (0, ["Tonnes", "10", "20"])]


# ---------------------------------------------------------------------------------------------
# rendered value templates


@pytest.mark.parametrize("wikitext, expected", [
    ("Output reached {{convert|830000|t}} in 1999.", "Output reached 830,000 tonnes in 1999."),
    ("A ship of {{convert|1|t|lb}} was sunk.", "A ship of 1 tonne was sunk."),
    ("Farms yield {{convert|2.5|e6t|abbr=on}} a year.", "Farms yield 2.5 million t a year."),
    ("The road runs {{convert|5|to|10|km|mi}} inland.", "The road runs 5 to 10 kilometres inland."),
    ("It is a {{convert|30|km|adj=on}} canal.", "It is a 30-kilometre canal."),
    ("The lake is {{cvt|1200|km2}} wide.", "The lake is 1,200 km² wide."),
])
def test_convert_shows_the_value_and_unit_as_readers_see_them(wikitext, expected):
    assert blocks(clean_wikitext(wikitext)) == [expected]


@pytest.mark.parametrize("wikitext, expected", [
    ("Aid totalled {{US$|5.3 million}} in 2004.", "Aid totalled US$5.3 million in 2004."),
    ("Loans of {{USD|120 billion|year=2010}} were made.", "Loans of US$120 billion were made."),
    ("The fine was {{GBP|3,000}}.", "The fine was £3,000."),
    ("Investment of {{€|2 million}} followed.", "Investment of €2 million followed."),
])
def test_currency_templates_render_their_symbol(wikitext, expected):
    assert blocks(clean_wikitext(wikitext)) == [expected]


@pytest.mark.parametrize("wikitext, expected", [
    ("Signed on {{date|2005-01-10}}.", "Signed on 10 January 2005."),
    ("Signed on {{date|2005-01-10|mdy}}.", "Signed on January 10, 2005."),
    ("Founded {{start date|1993|2|24}}.", "Founded February 24, 1993."),
    ("Born {{birth date|1912|4|15|df=y}}.", "Born 15 April 1912."),
    ("Built {{circa|1900}} by hand.", "Built c. 1900 by hand."),
    ("{{As of|2016|4}}, trade fell.", "As of April 2016, trade fell."),
])
def test_date_templates_render_as_dates(wikitext, expected):
    assert blocks(clean_wikitext(wikitext)) == [expected]


def test_a_rendered_template_maps_to_the_whole_template():
    wikitext = "Output reached {{convert|830000|t}} and aid {{US$|5.3 million}} in {{circa|1900}}."
    clean = clean_wikitext(wikitext)
    assert raw_of(wikitext, clean, "830,000 tonnes") == "{{convert|830000|t}}"
    assert raw_of(wikitext, clean, "US$5.3 million") == "{{US$|5.3 million}}"
    assert raw_of(wikitext, clean, "5.3") == "{{US$|5.3 million}}"
    assert raw_of(wikitext, clean, "aid US$5.3 million in") == "aid {{US$|5.3 million}} in"


@pytest.mark.parametrize("wikitext, expected, exact", [
    ("The vote was on {{nowrap|5 May 2005}}.", "The vote was on 5 May 2005.", "5 May 2005"),
    ("The city of {{lang|ru|Москва}} grew.", "The city of Москва grew.", "Москва"),
    ("He named it {{lang-de|Neustadt}} in 1990.", "He named it Neustadt in 1990.", "Neustadt"),
    ("A {{small|[[treaty]] of 1921}} followed.", "A treaty of 1921 followed.", "treaty"),
])
def test_pass_through_templates_keep_exact_offsets(wikitext, expected, exact):
    clean = clean_wikitext(wikitext)
    assert blocks(clean) == [expected]
    assert raw_of(wikitext, clean, exact) == exact


def test_every_template_rule_in_the_data_file_is_usable():
    data = json.loads((SETTINGS.models_dir / "wikitext_templates.json").read_text(encoding="utf-8"))
    kinds = set(data["_kinds"]) | {"drop"}
    for name, spec in data["templates"].items():
        assert spec["kind"] in kinds, name
        assert template_key(name) == name, f"{name!r} must be written as it is looked up"
    rules = load_rules()
    assert rules.template("lang-ru")["kind"] == "inner"
    assert rules.template("Convert") is None  # lookups are by template_key, never the raw name
    assert rules.template(template_key("Template:Convert"))["kind"] == "convert"


# ---------------------------------------------------------------------------------------------
# the builder


def test_the_fast_builder_matches_the_base_builder():
    rng = random.Random(7)
    alphabet = "ab c\n\t\u00a0e\u0301\u200b–Ω  .,"
    for _ in range(2000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        built = []
        for builder_class in (CleanTextBuilder, WikitextBuilder):
            builder = builder_class()
            builder.start_block(PARAGRAPH)
            builder.add_raw(text, 0, len(text))
            clean = builder.build()
            built.append((clean.text, list(clean.raw_starts), list(clean.raw_ends)))
        assert built[0] == built[1], repr(text)


# ---------------------------------------------------------------------------------------------
# real wikitext (../shared)


@lru_cache(maxsize=2)
def read_dump(path: Path) -> tuple[RawDocument, ...]:
    return tuple(item for item in iter_export_documents(path) if isinstance(item, RawDocument))


def real_pages(path: Path, count: int, smallest: bool = False) -> list[RawDocument]:
    if not path.exists():
        pytest.skip("../shared/corpus/enwiki is not beside the repository")
    documents = list(read_dump(path))
    if smallest:
        documents.sort(key=lambda document: (len(document.raw), document.doc_id))
    return documents[:count]


def test_real_pages_clean_with_every_character_mapped():
    for document in real_pages(SAMPLE_DUMP, 8) + real_pages(TABLE_DUMP, 5):
        clean = clean_wikitext(document.raw)
        assert clean.text.strip(), document.title
        assert_copied_characters_match(document.raw, clean)
        for marker in ("{{", "}}", "[[", "]]", "<ref", "{|"):
            assert marker not in clean.text, (document.title, marker)


def test_real_wiki_tables_become_rows_with_plain_cells_matching_their_wikitext():
    rows = cells = exact = 0
    for document in real_pages(TABLE_DUMP, 5):
        clean = clean_wikitext(document.raw)
        for block in clean.blocks:
            if block.kind != TABLE_ROW:
                continue
            rows += 1
            for start, end in block.cells:
                cells += 1
                raw_start, raw_end = clean.raw_span(start, end)
                raw = document.raw[raw_start:raw_end]
                if not any(mark in raw for mark in "[]{}<>&'\n"):
                    exact += 1
                    assert " ".join(raw.split()) == clean.text[start:end]
    assert rows > 100 and exact > cells / 3


def test_real_pages_through_the_pipeline_have_rows_that_point_into_the_wikitext():
    documents = real_pages(SAMPLE_DUMP, 3, smallest=True) + real_pages(TABLE_DUMP, 5, smallest=True)[:1]
    raw_by_key = {(d.doc_id, d.revision_id): d.raw for d in documents}
    results = list(process_documents(documents))
    assert len(results) == len(documents)
    assert any(row["block"] == TABLE_ROW for result in results for row in result.tables["sentences"])
    for result in results:
        assert hasattr(result, "tables"), str(result)
        raw = raw_by_key[(result.doc_id, result.revision_id)]
        assert result.tables["sentences"], result.doc_id
        for name, rows in result.tables.items():
            for row in rows:
                if "start" in row:
                    assert raw[row["start"]:row["end"]] == row["text"], (name, row)


@pytest.mark.parametrize("wikitext, inside, outside", [
    ("The play ''[[Night of January 16th]]'' opened in 1934.", "January 16th", "1934"),
    ("Her novel ''Summer of 1942'' sold well; '''Bold 1950''' is bold.", "1942", "1950"),
    ("The '''''Annals of 1820''''' and ''Times'' of 1821.", "1820", "1821"),
    # A run is never carried past its line.
    ("An ''open quote about 1900\nand 1901 on the next line.", None, "1901"),
])
def test_italic_runs_are_known_by_raw_span(wikitext, inside, outside):
    clean = clean_wikitext(wikitext)
    if inside is not None:
        start = clean.text.index(inside)
        assert clean.in_italics(start, start + len(inside))
    start = clean.text.index(outside)
    assert not clean.in_italics(start, start + len(outside))


@pytest.mark.parametrize("wikitext, shown", [
    ("the extinct {{convert|4|m}} ''[[Megafrog]]'' lived", "the extinct 4 metres Megafrog lived"),
    ("a ship of {{convert|30|m|0|abbr=on}} ''[[HMS Example|Example]]'' sailed", "a ship of 30 m Example sailed"),
    ("as told<ref>a note</ref> ''[[Some Book]]'' says", "as told Some Book says"),
])
def test_a_space_before_italic_markup_alone_still_parts_the_words(wikitext, shown):
    assert clean_wikitext(wikitext).text == shown
