"""Wikitext a reader sees outside running prose: image captions (thumbs, galleries, image templates),
block quotations with their attribution, and lists written as templates. Each is read as blocks of its
own, every character mapped back to the wikitext."""
from __future__ import annotations

import pytest

from pipeline.reading.clean import HEADING, LIST_ITEM, PARAGRAPH, TABLE_ROW
from pipeline.reading.documents import RawDocument, sha256_hex
from pipeline.reading.wikitext import clean_wikitext
from pipeline.runs.rows import process_documents
from tests.test_wikitext import assert_copied_characters_match, blocks, raw_of


def kinds(wikitext: str) -> list[tuple[str, str, str | None]]:
    clean = clean_wikitext(wikitext)
    assert_copied_characters_match(wikitext, clean)
    return [(b.kind, clean.text[b.start:b.end], b.section) for b in clean.blocks]


# ---------------------------------------------------------------------------------------------
# captions of framed images


@pytest.mark.parametrize("wikitext, caption", [
    ("[[File:Quay.jpg|thumb|The quay of [[Strelsau]] in 1904]]", "The quay of Strelsau in 1904"),
    ("[[Image:Quay.jpg|left|thumbnail|upright=1.2|alt=A quay with 30 cranes|The quay, rebuilt in May 1921]]",
     "The quay, rebuilt in May 1921"),
    ("[[file:Quay.png|frame|260px|Some 4,000 dockers struck in {{circa|1930}}]]", "Some 4,000 dockers struck in c. 1930"),
    ("[[File:Quay.jpg|thumb|x120px|link=Port of Strelsau|Cranes at [[Port of Strelsau|the port]], 1988]]",
     "Cranes at the port, 1988"),
    ("[[File:Quay.jpg|framed|center|The port in '''1950''' handled {{convert|2|e6t}}]]",
     "The port in 1950 handled 2 million tonnes"),
])
def test_the_caption_of_a_framed_image_is_read_as_a_paragraph(wikitext, caption):
    article = f"== Port ==\n{wikitext}\nThe port grew."
    assert kinds(article) == [(HEADING, "Port", "Port"), (PARAGRAPH, "The port grew.", "Port"),
                              (PARAGRAPH, caption, "Port")]


def test_a_caption_maps_back_to_its_words_in_the_wikitext():
    wikitext = "[[File:Quay.jpg|thumb|alt=Cranes in 1870|Cranes at [[Strelsau]] in 1904]]\nText."
    clean = clean_wikitext(wikitext)
    assert raw_of(wikitext, clean, "in 1904") == "in 1904"
    assert raw_of(wikitext, clean, "Strelsau") == "Strelsau"
    assert "1870" not in clean.text  # alt text is for screen readers, not shown


@pytest.mark.parametrize("wikitext", [
    "Exports rose [[File:Flag.svg|20px|The flag of 1921]] in 1930.",
    "Exports rose [[File:Flag.svg|frameless|The flag of 1921]] in 1930.",
    "Exports rose [[File:Flag.svg|right|The flag of 1921]] in 1930.",
    "Exports rose [[File:Flag.svg|thumb]] in 1930.",
])
def test_images_without_a_frame_or_without_a_caption_show_no_caption(wikitext):
    assert blocks(clean_wikitext(wikitext)) == ["Exports rose in 1930."]


def test_captions_are_read_after_the_text_of_their_section_which_they_do_not_interrupt():
    wikitext = ("== War ==\n[[File:A.jpg|thumb|Troops in 1916]]\nFighting began in June.\n"
                "It lasted [[File:B.jpg|thumb|A trench, 1917]] until the autumn.\n\n"
                "=== Peace ===\nA treaty followed.[[File:C.jpg|thumb|Delegates, 1919]] It held.\n"
                "== Trade ==\nGrain exports rose.")
    assert kinds(wikitext) == [
        (HEADING, "War", "War"),
        (PARAGRAPH, "Fighting began in June. It lasted until the autumn.", "War"),
        (PARAGRAPH, "Troops in 1916", "War"),
        (PARAGRAPH, "A trench, 1917", "War"),
        (HEADING, "Peace", "Peace"),
        (PARAGRAPH, "A treaty followed. It held.", "Peace"),
        (PARAGRAPH, "Delegates, 1919", "Peace"),
        (HEADING, "Trade", "Trade"),
        (PARAGRAPH, "Grain exports rose.", "Trade"),
    ]


def test_captions_in_table_cells_and_template_values_are_not_read():
    wikitext = ("{| class=wikitable\n| [[File:A.jpg|thumb|Built in 1901]] || 1,300\n|}\n"
                "Aid of {{US$|5 million[[File:B.jpg|thumb|Plant, 1950]]}} came.")
    assert blocks(clean_wikitext(wikitext)) == ["1,300", "Aid of US$5 million came."]


@pytest.mark.parametrize("gallery, captions", [
    ("<gallery>\nFile:A.jpg|The battle of 12 April 1782\nFile:B.jpg|[[Fort Zenda]], rebuilt in 1801\n</gallery>",
     ["The battle of 12 April 1782", "Fort Zenda, rebuilt in 1801"]),
    ("<gallery widths=\"160\" mode=packed>\nA.jpg|alt=Ships|Some 40 ships in 1850\nB.jpg\nC.jpg|link=|A dock, 1860s\n</gallery>",
     ["Some 40 ships in 1850", "A dock, 1860s"]),
    ("<gallery>\nImage:A.jpg|Workers, {{circa|1900}}\n</gallery>", ["Workers, c. 1900"]),
])
def test_every_gallery_caption_is_a_paragraph(gallery, captions):
    wikitext = f"The town grew.\n{gallery}\nIt prospered."
    assert blocks(clean_wikitext(wikitext)) == ["The town grew.", "It prospered.", *captions]


@pytest.mark.parametrize("template, captions", [
    ("{{multiple image\n| image1 = A.jpg\n| alt1 = A map of 1850\n| caption1 = The vote of 1860 by county\n"
     "| image2 = B.jpg\n| caption2 = The 1861 inauguration\n| footer = Both from the archive of 1990\n}}",
     ["The vote of 1860 by county", "The 1861 inauguration", "Both from the archive of 1990"]),
    ("{{double image|right|A.png|150|B.png|150|The mill in 1890|The mill in 1990}}",
     ["The mill in 1890", "The mill in 1990"]),
    ("{{wide image|Harbour.jpg|800px|The harbour of Strelsau, 1925}}", ["The harbour of Strelsau, 1925"]),
    ("{{CSS image crop|Image = A.jpg|bSize = 300|Description = A 1908 engraving}}", ["A 1908 engraving"]),
])
def test_captions_of_image_templates_are_paragraphs(template, captions):
    wikitext = f"== Town ==\n{template}\nThe town grew."
    assert blocks(clean_wikitext(wikitext)) == ["Town", "The town grew.", *captions]


# ---------------------------------------------------------------------------------------------
# quotations and lists written as templates


@pytest.mark.parametrize("wikitext, expected", [
    ("He said:\n{{quote|We shall not yield.|[[Rudolf V]], speech of 4 May 1921}}\nThe crowd cheered.",
     ["He said:", "We shall not yield.", "Rudolf V, speech of 4 May 1921", "The crowd cheered."]),
    ("He said:\n{{quote|text=We shall not yield.|author=Rudolf V|source=Speech, 4 May 1921}}\nThe crowd cheered.",
     ["He said:", "We shall not yield.", "Rudolf V, Speech, 4 May 1921", "The crowd cheered."]),
    ("He said:\n{{cquote|We shall not yield.|||Rudolf V|4 May 1921}}\nThe crowd cheered.",
     ["He said:", "We shall not yield.", "Rudolf V, 4 May 1921", "The crowd cheered."]),
    ("He said:\n{{quote|We shall not yield.\n\nNor shall we fall.}}\nThe crowd cheered.",
     ["He said:", "We shall not yield.", "Nor shall we fall.", "The crowd cheered."]),
])
def test_a_quotation_and_its_attribution_are_blocks_of_their_own(wikitext, expected):
    clean = clean_wikitext(wikitext)
    assert blocks(clean) == expected
    assert_copied_characters_match(wikitext, clean)
    if "4 May 1921" in clean.text:
        assert raw_of(wikitext, clean, "4 May 1921") == "4 May 1921"


def test_a_quotation_in_a_table_cell_stays_in_its_cell():
    clean = clean_wikitext("{|\n| Motto || {{quote|Never yield, 1921}}\n|}")
    assert [(b.kind, clean.text[b.start:b.end]) for b in clean.blocks] == [(TABLE_ROW, "Motto Never yield, 1921")]


@pytest.mark.parametrize("wikitext, items", [
    ("{{columns-list|2|\n* Grain: since 1928\n* Wool: since 1931\n}}", ["Grain: since 1928", "Wool: since 1931"]),
    ("{{columns-list|colwidth=20em|\n# Grain: since 1928\n# Wool: since 1931\n}}", ["Grain: since 1928", "Wool: since 1931"]),
    ("{{plainlist|\n* Founded 1801\n* Rebuilt 1950\n}}", ["Founded 1801", "Rebuilt 1950"]),
    ("{{unbulleted list|Founded 1801|Rebuilt [[1950]]}}", ["Founded 1801", "Rebuilt 1950"]),
    ("{{ubl|Founded 1801|Rebuilt 1950}}", ["Founded 1801", "Rebuilt 1950"]),
])
def test_lists_written_as_templates_are_list_items(wikitext, items):
    clean = clean_wikitext(f"Milestones:\n{wikitext}\nMore followed.")
    assert [(b.kind, clean.text[b.start:b.end]) for b in clean.blocks] == \
        [(PARAGRAPH, "Milestones:"), *[(LIST_ITEM, item) for item in items], (PARAGRAPH, "More followed.")]


# ---------------------------------------------------------------------------------------------
# through the pipeline: the dates and figures of captions are found, with exact raw offsets


def test_dates_and_figures_of_captions_and_quotations_reach_the_tables():
    wikitext = ("== History ==\nThe port opened in 1850 and grew for decades.\n"
                "[[File:Quay.jpg|thumb|Some 4,000 dockers on strike in May 1921]]\n"
                "{{multiple image|image1=A.jpg|caption1=The new quay, completed in 1936}}\n"
                "The mayor said:\n{{quote|The port is our future.|Mayor Anton Hentzau, 12 June 1938}}\n")
    document = RawDocument("port", "port.xml", wikitext, sha256_hex(wikitext.encode()), markup="wikitext",
                           title="Port")
    [result] = list(process_documents([document]))
    dates = {row["text"] for row in result.tables["dates"]}
    assert {"1850", "May 1921", "1936", "12 June 1938"} <= dates
    assert "4,000" in {row["text"] for row in result.tables["figures"]}
    for rows in result.tables.values():
        for row in rows:
            if "start" in row:
                assert wikitext[row["start"]:row["end"]] == row["text"], row


# ---------------------------------------------------------------------------------------------
# bars of charts: the number a reader sees beside the bar


@pytest.mark.parametrize("wikitext, expected", [
    ("{| class=wikitable\n! Group !! Share\n|-\n| Farmers || {{bartable|62.5|%|2|background:blue}}\n|}",
     ["Group Share", "Farmers 62.5%"]),
    ("{| class=wikitable\n| Port workers || {{bartable|15000| people|0.01}}\n|}", ["Port workers 15,000 people"]),
    ("Religion in 2011:\n{{bar percent|[[Catholicism]]|green|57}}\n{{bar percent|Other|grey|4.5}}",
     ["Religion in 2011: Catholicism 57% Other 4.5%"]),
])
def test_chart_bars_show_their_number(wikitext, expected):
    clean = clean_wikitext(wikitext)
    assert blocks(clean) == expected
    assert_copied_characters_match(wikitext, clean)


# ---------------------------------------------------------------------------------------------
# value templates whose scale or exponent must not be lost


@pytest.mark.parametrize("wikitext, expected", [
    ("The mine shipped {{convert|5|Mt}} of coal in 1990.", "The mine shipped 5 million tonnes of coal in 1990."),
    ("Stocks held {{convert|1.2|Gt|abbr=on}} of grain.", "Stocks held 1.2 billion t of grain."),
    ("The field holds {{convert|166|Goilbbl}} of oil.", "The field holds 166 billion barrels of oil."),
    ("Wells pumped {{convert|2.3|Moilbbl/d}} by 2010.", "Wells pumped 2.3 million barrels per day by 2010."),
    ("Summers grew {{convert|1.5|C-change|0}} warmer.", "Summers grew 1.5 °C warmer."),
])
def test_convert_codes_of_scaled_units_keep_their_scale(wikitext, expected):
    assert blocks(clean_wikitext(wikitext)) == [expected]


@pytest.mark.parametrize("wikitext, expected", [
    ("One coulomb is {{val|6.2415|e=18}} charges.", "One coulomb is 6.2415×10¹⁸ charges."),
    ("The mass is {{val|1.00794|(7)|u=u}}.", "The mass is 1.00794(7) u."),
    ("Gravity is {{val|9.81|0.02|u=m/s2}} here.", "Gravity is 9.81±0.02 m/s2 here."),
    ("It weighs {{val|12500|u=kg}}.", "It weighs 12,500 kg."),
])
def test_val_keeps_its_uncertainty_and_exponent(wikitext, expected):
    clean = clean_wikitext(wikitext)
    assert blocks(clean) == [expected]
    assert_copied_characters_match(wikitext, clean)
