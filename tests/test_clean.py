"""Cleaning rendered pages: debris removed, blocks kept apart, every clean character mapped to raw."""
from __future__ import annotations

import unicodedata

import pytest

from pipeline.reading.clean import HEADING, LIST_ITEM, PARAGRAPH, TABLE_ROW, TITLE, CleanTextBuilder, clean_rendered_text

RENDERED_PAGE = """Lake Baikal fisheries

From Wikipedia, the free encyclopedia

Flag of Mongolia   Flag of Russia
     Mongolia      Russia

The Baikal omul fishery is one of the oldest commercial fisheries of Siberia.[1] It was regulated for the first time in 1913.[citation needed]

Contents

    1 History
    2 Catch statistics
    3 References

[edit] History

Cooperative fishing brigades were formed on the eastern shore in the early 1930s.[2] The catch peaked in the late 1940s.
A second line of the same paragraph.

History of the fleet [edit]

Steam trawlers replaced sail boats after 1925.

[edit] Catch statistics

year 1950 1960 1970
catch (thousand tonnes) 80 45 30

  * A list item about the 1990s ban.
  * Another item.

[edit] References

  1. ^ A. Author, Fisheries of Siberia, 1999
  2. ^ B. Author, The omul, 2004

Languages
Deutsch
"""


@pytest.fixture(scope="module")
def cleaned():
    return clean_rendered_text(RENDERED_PAGE)


def block_texts(clean, kind=None):
    return [clean.text[b.start:b.end] for b in clean.blocks if kind is None or b.kind == kind]


def test_every_clean_character_maps_to_its_raw_character(cleaned):
    for index, char in enumerate(cleaned.text):
        raw = RENDERED_PAGE[cleaned.raw_starts[index]:cleaned.raw_ends[index]]
        if char in " \n":
            continue
        assert unicodedata.normalize("NFC", raw) == char or raw == char


def test_debris_is_removed(cleaned):
    text = cleaned.text
    for debris in ["[edit]", "[1]", "[citation needed]", "Contents", "From Wikipedia", "Flag of",
                   "References", "A. Author", "Languages", "Deutsch", "1 History"]:
        assert debris not in text, debris


def test_headings_are_blocks_and_sections(cleaned):
    assert block_texts(cleaned, TITLE) == ["Lake Baikal fisheries"]
    assert block_texts(cleaned, HEADING) == ["History", "History of the fleet", "Catch statistics"]
    sections = {cleaned.text[b.start:b.end][:20]: b.section for b in cleaned.blocks if b.kind == PARAGRAPH}
    assert sections["Cooperative fishing "] == "History"
    assert sections["Steam trawlers repla"] == "History of the fleet"
    assert sections["The Baikal omul fish"] is None


def test_wrapped_lines_join_one_paragraph(cleaned):
    paragraph = next(t for t in block_texts(cleaned, PARAGRAPH) if t.startswith("Cooperative"))
    assert paragraph.endswith("late 1940s. A second line of the same paragraph.")


def test_table_rows_have_cells(cleaned):
    rows = [b for b in cleaned.blocks if b.kind == TABLE_ROW]
    assert len(rows) == 2 and rows[0].table == rows[1].table
    cells = [[cleaned.text[s:e] for s, e in row.cells] for row in rows]
    assert cells[0] == ["year", "1950", "1960", "1970"]
    assert cells[1] == ["catch (thousand tonnes)", "80", "45", "30"]
    assert all(row.section == "Catch statistics" for row in rows)


@pytest.mark.parametrize("line", [
    "The bridge was opened on March 3, 1921.",
    "Her last letter is dated 14 12, 1887.",
    "Its two wings were finished in 1911, 1913.",
    "The two counts of the parish were 1,204 1,377.",
])
def test_a_sentence_that_ends_in_numbers_is_prose_not_a_table_row(line):
    cleaned = clean_rendered_text("Title\n\n" + line + "\n")
    assert [b.kind for b in cleaned.blocks] == [TITLE, PARAGRAPH]


def test_list_items_are_blocks(cleaned):
    assert block_texts(cleaned, LIST_ITEM) == ["A list item about the 1990s ban.", "Another item."]


def test_infobox_caption_lines_are_dropped(cleaned):
    assert "Mongolia Russia" not in cleaned.text


def test_raw_span_round_trip(cleaned):
    for block in cleaned.blocks:
        start, end = cleaned.raw_span(block.start, block.end)
        raw = RENDERED_PAGE[start:end]
        # the raw slice holds the same words (reference markers and line breaks aside)
        assert raw.split()[0] == cleaned.text[block.start:block.end].split()[0]
        assert raw.split()[-1].startswith(cleaned.text[block.start:block.end].split()[-1])


def test_whitespace_and_unicode_are_normalised():
    raw = "Title\n\nCafe\u0301   societies\u00a0grew\tin 1920.\n"
    clean = clean_rendered_text(raw)
    assert "Café societies grew in 1920." in clean.text
    index = clean.text.index("é")
    assert raw[clean.raw_starts[index]:clean.raw_ends[index]] == "e\u0301"


def test_builder_synthetic_text_maps_to_the_whole_raw_span():
    raw = "{{convert|830000|t}}"
    builder = CleanTextBuilder()
    builder.start_block(PARAGRAPH)
    builder.add_text("830,000 t", 0, len(raw))
    clean = builder.build()
    assert clean.text == "830,000 t"
    assert clean.raw_span(0, 7) == (0, len(raw))


def test_unmarked_headings_between_blank_lines():
    raw = "Title\n\nFirst paragraph of prose, long enough to be prose.\n\nEarly life\n\nHe was born in 1901.\n"
    clean = clean_rendered_text(raw)
    assert block_texts(clean, HEADING) == ["Early life"]


# -- sentences of blocks ----------------------------------------------------------------------------

@pytest.mark.parametrize("paragraph", [
    "Argentina and Brazil signed a customs pact in 1991.",
    "Einstein and De Haas measured the effect in 1915.",
    "Norway and Iceland ended the dispute in 1976.",
])
def test_a_block_never_loses_its_first_word_to_a_sentence_of_its_own(analyse, paragraph):
    sentences = analyse("Sample\n\n" + paragraph + "\n").tables["sentences"]
    assert [row["text"] for row in sentences] == ["Sample", paragraph]
