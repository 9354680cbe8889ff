"""Participants' scope (issue 15): what is named in an event's sentence but does not take part in it:
the places a journey goes to, from or through (whatever label the model gives their names), and the
titles of works set in italics. Sentences are our own."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.config import SETTINGS
from pipeline.extraction.events.participants import only_name_words
from pipeline.extraction.gazetteer import is_place_name, names_a_thing

REPO = Path(__file__).resolve().parent.parent
PLACE_TABLE = "wordnet_name_words.json"
PLACE_SCRIPT = REPO / "scripts" / "build_wordnet_name_words.py"
WORDNET_DIR = Path(os.environ.get("WORDNET_DIR", "/usr/share/wordnet"))


def events_of(analyse, text: str, markup: str = "text") -> list[dict]:
    source = f"Intro.\n\n{text}" if markup == "wikitext" else f"Sample article\n\n{text}"
    return analyse(source, markup=markup).tables["events"]


def participants_of(analyse, text: str, trigger: str, markup: str = "text") -> list[str]:
    events = [e for e in events_of(analyse, text, markup) if e["trigger"] == trigger]
    assert len(events) == 1, [(e["trigger"], e["date"]) for e in events_of(analyse, text, markup)]
    return events[0]["participants"]


# -- the places of a journey ---------------------------------------------------------------------------

@pytest.mark.parametrize("name, expected", [
    ("Hokkaidō", True), ("the Azores", True), ("Madeira", True), ("Barbados", True), ("Greenland", True),
    ("Labour Party", False), ("Nike", False), ("Washington", False),
])
def test_place_names_are_wordnets_places_and_states(name, expected):
    assert is_place_name(name) is expected


def test_place_table_shape():
    data = json.loads((Path(SETTINGS.models_dir) / PLACE_TABLE).read_text(encoding="utf-8"))
    assert set(data) == {"about", "place_names", "city_names", "body_nouns", "language_names", "only_language_names",
                         "thing_nouns", "award_nouns"}
    assert {"madrid", "munich", "dortmund"} <= set(data["city_names"]) <= set(data["place_names"])
    assert not {"asia", "bavaria", "spain"} & set(data["city_names"])
    assert data["about"]["wordnet"].startswith("WordNet 3.0")
    assert data["about"]["rebuild"] == "python scripts/build_wordnet_name_words.py"
    assert data["place_names"] == sorted(set(data["place_names"])) and len(data["place_names"]) > 2000
    assert {"bank", "symphony", "foundation", "school"} <= set(data["body_nouns"])
    assert not {"plan", "program", "music", "treaty"} & set(data["body_nouns"])


def test_place_build_script_rebuilds_the_committed_table_byte_for_byte(tmp_path):
    if not (WORDNET_DIR / "data.noun").is_file():
        pytest.skip(f"WordNet 3.0 is not in {WORDNET_DIR}")
    out = tmp_path / PLACE_TABLE
    subprocess.run([sys.executable, str(PLACE_SCRIPT), "--output", str(out), "--wordnet-dir", str(WORDNET_DIR)],
                   check=True, capture_output=True)
    assert out.read_bytes() == (Path(SETTINGS.models_dir) / PLACE_TABLE).read_bytes()


@pytest.mark.parametrize("text, trigger, person, places", [
    ("In 1912 Kenji Mori moved to Hokkaidō with his brother.", "moved", "Kenji Mori", ["Hokkaidō"]),
    ("After Kenji Mori left Hokkaidō in 1920, he opened a school.", "left", "Kenji Mori", ["Hokkaidō"]),
    ("In 1970 Lars Vik crossed the ocean from Morocco to Barbados on a raft.", "crossed", "Lars Vik",
     ["MAR", "BRB"]),
    ("In 1984 the explorer Maria Lund crossed the Atlantic rowing alone from Namibia to Brazil.", "crossed", "Maria Lund",
     ["NAM", "BRA"]),
])
def test_the_places_a_journey_goes_to_from_or_through_take_no_part(analyse, text, trigger, person, places):
    participants = participants_of(analyse, text, trigger)
    assert person in participants
    assert not set(places) & set(participants)


def test_an_organisation_left_still_takes_part(analyse):
    participants = participants_of(analyse, "In 1950 Jon Berg left the Labour Party after a quarrel.", "left")
    assert "Labour Party" in participants


# -- works set in italics ------------------------------------------------------------------------------

@pytest.mark.parametrize("wikitext, trigger, person, work", [
    ("In 1937, the director Paul Hale directed [[Nina Gray]] in ''[[Heidi]]''.", "directed", "Paul Hale", "Heidi"),
    ("In 1950 the playwright Tom Reed adapted ''Margaret Lane'' for the stage.", "adapted", "Tom Reed",
     "Margaret Lane"),
    ("In 1962 the critic Rosa Field wrote an introduction to ''Gustav Brenner''.", "wrote", "Rosa Field",
     "Gustav Brenner"),
])
def test_a_title_in_italics_is_a_work_not_a_participant(analyse, wikitext, trigger, person, work):
    participants = participants_of(analyse, wikitext, trigger, markup="wikitext")
    assert person in participants
    assert work not in participants


def test_a_body_whose_name_is_set_in_italics_still_takes_part(analyse):
    wikitext = "In 1838 the engineer Hugh Dale formed ''Harwood Paving Company'' in London."
    assert "Harwood Paving Company" in participants_of(analyse, wikitext, "formed", markup="wikitext")


# -- bodies the gazetteer does not know ----------------------------------------------------------------

@pytest.mark.parametrize("text, trigger, body", [
    ("In 1950 the Portland Symphony recorded the suite in a church.", "recorded", "Portland Symphony"),
    ("The score was published by Harmon Square Music in 1931.", "published", "Harmon Square Music"),
    ("In 2006 Jon Berg sold his stake to Cedar Valley Bank.", "sold", "Cedar Valley Bank"),
])
def test_a_body_whose_last_word_is_mostly_a_things_name_takes_part(analyse, text, trigger, body):
    assert body in participants_of(analyse, text, trigger)


@pytest.mark.parametrize("text, trigger, body", [
    ("In 2002, Jon Berg joined the Tennis Channel to promote it.", "joined", "Tennis Channel"),
    ("In 2003, Jon Berg signed a lifetime agreement with Harbour Sports Group.", "signed", "Harbour Sports Group"),
    ("In 2010 Jon Berg sold the club to Angel Management Group.", "sold", "Angel Management Group"),
    ("In 1998, Ann Lind signed with Tennis Channel.", "signed", "Tennis Channel"),
])
def test_the_other_party_of_a_deal_or_a_trade_takes_part_whatever_its_last_word(analyse, text, trigger, body):
    participants = participants_of(analyse, text, trigger)
    assert body in participants
    assert len(participants) == 2


def test_what_a_trade_buys_is_no_party_whatever_the_model_tags_it(analyse):
    participants = participants_of(
        analyse, "In 2006 Jon Berg sold the Golden Nugget Laughlin casino to Angel Management Group.", "sold")
    assert "Golden Nugget Laughlin" not in participants
    assert "Angel Management Group" in participants


def test_a_declaration_signed_is_no_party(analyse):
    assert participants_of(analyse, "In 1978 the firm signed the Bonn Declaration.", "signed") == []


def test_another_clauses_subject_is_no_body_of_the_event(analyse):
    participants = participants_of(analyse, "In 1820 the physician Karl Weber wrote that the Sacred Oath forbids it.",
                                   "wrote")
    assert "Sacred Oath" not in participants


# -- persons' ids ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("wikitext, trigger, person", [
    ("In 1866 [[Thomas Edward Lyle Harding|Thomas Harding]] published a table of the metals.", "published",
     "Thomas Harding"),
    ("In 1902 [[Anna Maria Louise Vogt|Louise Vogt]] founded a school.", "founded", "Louise Vogt"),
    ("In 1861 [[Walter J. Brandt|Walter Brandt]] founded a newspaper.", "founded", "Walter J. Brandt"),
    ("In 1955 the painter married [[Clara Holm|Clara Lind]] in Oslo.", "married", "Clara Holm"),
    # a surname shown alone is the person the page names in full
    ("[[Henrik Carl Olsen|Olsen]] described the fossil in 1932.", "described", "Henrik Carl Olsen"),
    ("In 1911, [[Marta Ilse Kowalski|Kowalski]] measured the river's flow.", "measured", "Marta Ilse Kowalski"),
    ("[[Pierre-Simon Laplace|Laplace]] was performing hypothesis tests in the 1770s.", "performing",
     "Pierre-Simon Laplace"),
])
def test_a_linked_person_takes_the_pages_name_unless_it_only_adds_given_names(analyse, wikitext, trigger, person):
    assert person in participants_of(analyse, wikitext, trigger, markup="wikitext")


@pytest.mark.parametrize("text, trigger, person", [
    ("In 1004 the Icelander Leif Eriksen set up a camp on the coast.", "set up", "Leif Eriksen"),
    ("In 1010, Harald the Bold discovered a bay.", "discovered", "Harald the Bold"),
])
def test_a_persons_name_without_a_nationality_and_with_an_epithet(analyse, text, trigger, person):
    assert person in participants_of(analyse, text, trigger)


# -- a name that stands for a state from within the event's year ---------------------------------------

@pytest.mark.parametrize("text, trigger", [
    ("In 1775 the Second Continental Congress appointed a new commander for its army.", "appointed"),
    ("The Second Continental Congress approved a petition to the king in 1775.", "approved"),
    ("In 1781 the Congress of the Confederation chartered a national bank.", "chartered"),
])
def test_a_year_that_a_bodys_reading_begins_within_takes_its_state(analyse, text, trigger):
    assert "USA" in participants_of(analyse, text, trigger)


@pytest.mark.parametrize("text, trigger", [
    ("In 1770 the Second Continental Congress appointed a new commander for its army.", "appointed"),
    ("The Congress of the Confederation approved a petition to the king in 1779.", "approved"),
])
def test_a_year_wholly_outside_a_bodys_reading_does_not_take_its_state(analyse, text, trigger):
    assert "USA" not in participants_of(analyse, text, trigger)


# -- an article about a state's founding document ------------------------------------------------------

def document_participants(analyse, title: str, lead: str, text: str, trigger: str) -> list[str]:
    events = [e for e in analyse(f"{title}\n\n{lead}\n\n{text}").tables["events"] if e["trigger"] == trigger]
    assert len(events) == 1, events
    return events[0]["participants"]


CHARTER_LEAD = "The Articles of Union were the first constitution of Canada."


@pytest.mark.parametrize("title, lead, text, trigger", [
    ("Articles of Union", CHARTER_LEAD, "The final text of the Articles was prepared in 1791.", "prepared"),
    ("Articles of Union", CHARTER_LEAD, "In 1795 the Articles were replaced by a new constitution.", "replaced"),
    ("Constitution of Canada", "The Constitution of Canada is the supreme law of Canada.",
     "The constitution was amended in 1982.", "amended"),
    ("Articles of Union", CHARTER_LEAD, "Parliament began to debate the Articles in 1790.", "began to debate"),
])
def test_a_founding_documents_agentless_acts_are_its_states(analyse, title, lead, text, trigger):
    parties = document_participants(analyse, title, lead, text, trigger)
    assert "CAN" in parties and "Articles" not in parties


@pytest.mark.parametrize("title, lead, text, trigger, party", [
    # a person who acts is the actor, not the document's state
    ("Articles of Union", CHARTER_LEAD, "In 1791 John Graves Simcoe signed the Articles.", "signed", "John Graves Simcoe"),
    # an article about no document: a passive with no agent takes no state
    ("Sample article", "Lead paragraph about a garden.", "The final text of the Articles was prepared in 1791.", "prepared", None),
])
def test_a_founding_documents_state_is_not_taken_where_someone_acts_or_no_document_is_the_subject(
        analyse, title, lead, text, trigger, party):
    parties = document_participants(analyse, title, lead, text, trigger)
    assert "CAN" not in parties
    if party:
        assert party in parties


# -- the one a copula names does what the infinitive on its noun says -----------------------------------

@pytest.mark.parametrize("text, trigger, party", [
    ("The first state to ratify was Virginia in 1777.", "ratify", "Virginia"),
    ("In 1788 Virginia was the tenth state to ratify the new constitution.", "ratify", "Virginia"),
    ("In 1919 Texas became the first southern state to ratify the amendment.", "ratify", "Texas"),
])
def test_the_namesake_of_a_first_to_noun_acts(analyse, text, trigger, party):
    assert party in participants_of(analyse, text, trigger)


@pytest.mark.parametrize("text, trigger", [
    ("The plan was to ratify the charter in 1777.", "ratify"),
    ("The goal of the assembly was to ratify the charter in 1790.", "ratify"),
])
def test_an_infinitive_with_no_noun_takes_no_namesake(analyse, text, trigger):
    assert participants_of(analyse, text, trigger) == []


# -- "they" and "their" pointing back to persons named together ------------------------------------------

@pytest.mark.parametrize("text, trigger", [
    ("The spectroscope was invented in 1859 by Karl Weber and Hans Lind. The next year, they discovered a new metal in "
     "the water of a spring.", "discovered"),
    ("Tin and zinc were the first metals to be melted with the furnace, built in 1850 by Karl Weber and Hans Lind. "
     "In 1852, they discovered a new ore in the hills.", "discovered"),
    ("The spectroscope was invented in 1859 by Karl Weber and Hans Lind. Their discovery of a new metal came in 1861.",
     "came"),
])
def test_they_are_the_persons_named_together_before_them(analyse, text, trigger):
    participants = participants_of(analyse, text, trigger)
    assert {"Karl Weber", "Hans Lind"} <= set(participants)


def test_they_are_not_persons_named_together_beside_a_company(analyse):
    text = "Karl Weber and Hans Lind built a furnace in 1850. In 1852 the company hired two captains, and they sailed to Java."
    participants = participants_of(analyse, text, "sailed")
    assert not {"Karl Weber", "Hans Lind"} & set(participants)


# -- what is said -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, trigger, speaker, named", [
    ("In 2009 the novelist Karl Holm said that Norway and Denmark had agreed to end the dispute.", "said",
     "Karl Holm", {"NOR", "DNK"}),
    ("In 1776, Thomas Weber argued that a declaration of independence was needed for France to help the colonists "
     "against Britain.", "argued", "Thomas Weber", {"FRA", "GBR"}),
    ("In 1820 the physician Karl Weber wrote that Sweden and Norway should unite.", "wrote", "Karl Weber", {"SWE", "NOR"}),
])
def test_the_names_in_what_is_reported_take_no_part_in_the_saying(analyse, text, trigger, speaker, named):
    participants = participants_of(analyse, text, trigger)
    assert speaker in participants
    assert not named & set(participants)


def test_the_parties_of_an_act_announced_still_take_part(analyse):
    participants = participants_of(analyse, "In 1990 Sweden announced that it would join the European Union.", "announced")
    assert {"SWE", "European Union"} <= set(participants)


def test_an_official_statement_keeps_the_state_it_is_about(analyse):
    text = "In 1996 Foreign Minister Karl Holm stressed that Norway would sell arms to all comers, excluding Finland."
    participants = participants_of(analyse, text, "stressed")
    assert {"Karl Holm", "FIN"} <= set(participants)


# -- initialisms of names the article gives in full -----------------------------------------------------

@pytest.mark.parametrize("wikitext, trigger, body", [
    ("In 1938 Kestrel Valley Pictures hired Anna Loos as a writer. The film was completed by KVP in 1943.", "completed",
     "Kestrel Valley Pictures"),
    ("In 1938 Kestrel Valley Pictures hired Anna Loos as a writer. In 1951, KVP released the film.", "released",
     "Kestrel Valley Pictures"),
    ("In 1938 Anna Loos signed a contract with [[Orr-Lind-Mayer]]. In 1951, OLM released her first film.", "released",
     "Orr-Lind-Mayer"),
])
def test_an_initialism_is_the_organisation_the_article_names_in_full(analyse, wikitext, trigger, body):
    participants = participants_of(analyse, wikitext, trigger, markup="wikitext")
    assert body in participants
    assert not {"KVP", "OLM"} & set(participants)


def test_an_initialism_of_two_names_or_of_two_letters_stays_as_it_is(analyse):
    two = "In 1938 Kestrel Valley Pictures and Kansas Valley Press hired Anna Loos. In 1951, KVP released the film."
    assert participants_of(analyse, two, "released", markup="wikitext") == ["KVP"]
    degree = ("In 1915 Karl Weber volunteered to join the British Army. In June 1916 Weber graduated BA with honours "
              "from the Royal College.")
    assert "GBR" not in participants_of(analyse, degree, "graduated", markup="wikitext")


# -- a linked name the model leaves untagged ------------------------------------------------------------

@pytest.mark.parametrize("wikitext, trigger, actor", [
    ("[[Marten Ilves]] founded the company in 1902.", "founded", "Marten Ilves"),
    ("[[Marten Ilves]] and his brother founded the company in 1902.", "founded", "Marten Ilves"),
    ("[[Marten Ilves]] and [[Peeter Vask]] founded the company in 1902.", "founded", "Marten Ilves"),
    ("[[Georg Ernst Stahlmann]] obtained evidence which led him to suggest the difference in 1702.", "suggest",
     "Georg Ernst Stahlmann"),
    ("[[Marten Ilves]] gathered evidence which led him to propose a new method in 1905.", "propose", "Marten Ilves"),
    ("[[Georg Ernst Stahlmann]] studied chemistry, and in 1710 he published his first book.", "published",
     "Georg Ernst Stahlmann"),
    ("[[Marten Ilves]] lost his post in 1904. In 1905 he founded his own company.", "founded", "Marten Ilves"),
])
def test_a_name_that_is_a_whole_wiki_link_acts_even_where_the_model_leaves_it_untagged(analyse, wikitext, trigger, actor):
    assert actor in participants_of(analyse, wikitext, trigger, markup="wikitext")


@pytest.mark.parametrize("wikitext, trigger", [
    ("Marten Ilves founded the company in 1902.", "founded"),  # no link: nothing says it is a name
    ("[[Marten]] Ilves founded the company in 1902.", "founded"),  # the link is not the whole name
    ("[[Ilves]] founded the company in 1902.", "founded"),  # one word
])
def test_an_untagged_name_that_is_not_a_whole_link_of_two_words_takes_no_part(analyse, wikitext, trigger):
    assert participants_of(analyse, wikitext, trigger, markup="wikitext") == []


# -- a link to an organisation's page ----------------------------------------------------------------------

@pytest.mark.parametrize("wikitext, trigger, organisation", [
    ("In 1818 [[F.A. Brockhaus AG|Brockhaus]] published the book.", "published", "Brockhaus"),
    ("In 1931 [[Harlow (publisher)|Harlow]] published the novel.", "published", "Harlow"),
    ("In 1931 the novel was published by [[Harlow (publisher)|Harlow]].", "published", "Harlow"),
    ("In 2007 the firm sold its stake to [[Vormund AG|Vormund]].", "sold", "Vormund"),
    ("In 2011 the estate sued [[Ostrava Holdings, Inc.|Ostrava]] over the rights.", "sued", "Ostrava"),
    ("In 2004 he signed a contract with [[Tarrow (company)|Tarrow]].", "signed", "Tarrow"),
    ("In 1999 [[Kestrel Talent Agency|Kestrel]] and [[Vormund AG|Vormund]] hired her.", "hired", "Vormund"),
])
def test_a_link_to_an_organisations_page_is_the_organisation_by_the_name_it_shows(analyse, wikitext, trigger,
                                                                                   organisation):
    assert organisation in participants_of(analyse, wikitext, trigger, markup="wikitext")


def test_a_linked_organisation_is_not_a_person_of_the_same_surname(analyse):
    text = ("Hans Brockhaus was a printer's son.\n\nIn 1818 [[F.A. Brockhaus AG|Brockhaus]] published the book.")
    assert participants_of(analyse, text, "published", markup="wikitext") == ["Brockhaus"]
    text = "Tom Harlow was a printer.\n\nIn 1931 [[Harlow (publisher)|Harlow]] published the novel."
    assert participants_of(analyse, text, "published", markup="wikitext") == ["Harlow"]


@pytest.mark.parametrize("wikitext, trigger", [
    ("In 1990 he moved to [[Harlow (town)|Harlow]].", "moved"),  # a place
    ("In 1990 he bought [[Harlow (painting)|Harlow]].", "bought"),  # a work
    ("In 1990 he sold ''[[Vormund AG (novel)|Vormund AG]]'' to a museum.", "sold"),  # a work's title in italics
    ("In 1990 he drove a [[Scout car (military)|Kestrel Scout Car]] across the desert.", "drove"),  # a thing of the military
])
def test_a_link_to_a_page_that_is_no_organisations_takes_no_part(analyse, wikitext, trigger):
    assert participants_of(analyse, wikitext, trigger, markup="wikitext") == []


def test_a_link_to_a_persons_page_stays_the_person(analyse):
    text = "Tom Harlow was a printer.\n\nIn 1931 [[Tom Harlow (printer)|Harlow]] published the novel."
    assert participants_of(analyse, text, "published", markup="wikitext") == ["Tom Harlow"]


# -- a person named by a noun in apposition ---------------------------------------------------------------

@pytest.mark.parametrize("wikitext, trigger, person", [
    ("[[File:Y.jpg|thumb|[[Liu Cheng]], first person sent into orbit by [[China]] (2003)]]", "sent", "Liu Cheng"),
    ("[[File:Z.jpg|thumb|[[Ada Kowalski]], first woman to fly across the Andes (1953)]]", "fly", "Ada Kowalski"),
    ("Ada Kowalski, the first woman elected to the council in 1921, was a teacher.", "elected", "Ada Kowalski"),
])
def test_what_a_noun_in_apposition_to_a_person_says_is_the_persons_act(analyse, wikitext, trigger, person):
    assert person in participants_of(analyse, wikitext, trigger, markup="wikitext")


@pytest.mark.parametrize("wikitext, trigger, person", [
    ("Ada Kowalski met the first woman elected to the council in 1921.", "elected", "Ada Kowalski"),
])
def test_a_person_is_not_taken_for_another_noun_of_persons_that_is_not_in_apposition(analyse, wikitext, trigger, person):
    assert person not in participants_of(analyse, wikitext, trigger, markup="wikitext")


@pytest.mark.parametrize("wikitext, trigger, person", [
    ("The first pilot in orbit was Soviet [[Yuri Orlov]], who was launched on April 2, 1961.", "launched", "Yuri Orlov"),
    ("The first woman in orbit was Soviet [[Vera Kalinova]], who launched on June 6, 1963.", "launched", "Vera Kalinova"),
])
def test_a_linked_person_with_a_nationality_before_the_link_takes_part_without_the_state(analyse, wikitext, trigger, person):
    assert participants_of(analyse, wikitext, trigger, markup="wikitext") == [person]


# -- a person's name the model tags in part, completed by its link -----------------------------------------

@pytest.mark.parametrize("wikitext, trigger, person, parts", [
    ("In 2005, President [[José Eduardo dos Santos]] visited Israel.", "visited", "José Eduardo dos Santos",
     {"José Eduardo", "Santos"}),
    ("Cosmonaut [[Alexei Leonov]] was the first person to conduct a spacewalk on March 18, 1965.", "conduct",
     "Alexei Leonov", {"Cosmonaut", "Leonov"}),
    ("Astronaut [[Karin Holm]] was the first woman to walk in space on July 2, 1984.", "walk", "Karin Holm",
     {"Astronaut Karin Holm"}),
])
def test_a_persons_name_tagged_in_part_is_the_whole_name_its_link_shows(analyse, wikitext, trigger, person, parts):
    participants = participants_of(analyse, wikitext, trigger, markup="wikitext")
    assert person in participants
    assert not parts & set(participants)


def test_a_later_mention_tagged_in_part_is_the_name_the_link_completed(analyse):
    text = ("In 1979 [[José Eduardo dos Santos]] became president.\n\n"
            "In 2005, President José Eduardo dos Santos visited Israel.")
    assert participants_of(analyse, text, "visited", markup="wikitext") == ["ISR", "José Eduardo dos Santos"]


@pytest.mark.parametrize("wikitext, trigger, person", [
    ("In 1930 Karl Olsen wrote [[Karl Olsen and the sea]], his first book.", "wrote", "Karl Olsen"),
    ("In 1955 [[Johan Peter Vos]] founded a shipping company in Bergen.", "founded", "Johan Peter Vos"),
])
def test_a_link_that_is_more_than_a_name_or_just_the_name_leaves_the_person_as_tagged(analyse, wikitext, trigger, person):
    assert person in participants_of(analyse, wikitext, trigger, markup="wikitext")


# -- a surname the model took into the date before it ------------------------------------------------------

@pytest.mark.parametrize("text, trigger, person", [
    ("Karl Weber was a painter. On July 25, 2005 Weber left the academy after 17 years.", "left", "Karl Weber"),
    ("Karl Weber was a painter. On March 3, 1931 Weber signed a contract with Harbour Press.", "signed", "Karl Weber"),
    ("Marta Lind was a writer. On June 2, 1931 Lind signed a contract with Harbour Press.", "signed", "Marta Lind"),
])
def test_a_surname_after_a_date_with_no_comma_is_the_person_the_article_names(analyse, text, trigger, person):
    assert person in participants_of(analyse, text, trigger)


def test_a_date_word_after_a_date_is_no_person(analyse):
    text = "Karl Weber was a painter. The academy opened on 25 May 1905."
    assert participants_of(analyse, text, "opened") == []


@pytest.mark.parametrize("words, expected", [
    ("dos Santos", True), ("van Dijk", True), ("Nys", True),
    ("Lectures", False), ("Institute", False), ("Memorial Concert", False),
])
def test_only_name_words_complete_a_persons_first_words(words, expected):
    # "José Eduardo" is "José Eduardo dos Santos"; "Olaf Berg" is not "Olaf Berg Lectures"
    assert only_name_words(words) is expected


# -- languages are no actors ----------------------------------------------------------------------------

@pytest.mark.parametrize("wikitext, trigger, person", [
    ("In 1850, [[August Schleicher]] proposed a family made of [[Semitic languages|Semitic]], "
     "[[Berber languages|Berber]] and [[Chadic languages|Chadic]].", "proposed", "August Schleicher"),
    ("In 1901 the linguist [[Karl Holm]] suggested a link between [[Cushitic languages|Cushitic]] and Semitic.",
     "suggested", "Karl Holm"),
    ("In 1877, [[Karl Holm]] grouped Berber, Egyptian and Semitic into one family.", "grouped", "Karl Holm"),
    ("In 1925, [[Nora Brandt]] proposed a link between the Chadic languages and Hausa.", "proposed", "Nora Brandt"),
])
def test_languages_and_their_families_take_no_part(analyse, wikitext, trigger, person):
    assert participants_of(analyse, wikitext, trigger, markup="wikitext") == [person]


@pytest.mark.parametrize("text, trigger, parties", [
    ("In 1973, Egyptian and Syrian troops attacked Israel.", "attacked", ["EGY", "ISR", "SYR"]),
    ("In 1911, Italy invaded Libya.", "invaded", ["ITA", "LBY"]),
])
def test_nationalities_that_are_also_languages_still_take_part(analyse, text, trigger, parties):
    assert participants_of(analyse, text, trigger) == parties


def test_language_table_lists_languages_and_keeps_peoples_apart():
    table = json.loads((Path(SETTINGS.models_dir) / PLACE_TABLE).read_text(encoding="utf-8"))
    assert {"berber", "egyptian", "semitic", "cushitic"} <= set(table["language_names"])
    only = set(table["only_language_names"])
    assert {"semitic", "cushitic", "chadic"} <= only
    assert not {"berber", "egyptian", "english", "french"} & only  # also peoples


# -- a person's origin ----------------------------------------------------------------------------------

@pytest.mark.parametrize("wikitext, trigger, person", [
    ("In 1620, the painter [[Hans Vogel]] of [[Ghent]] in [[Belgium]] published a treatise on colour.",
     "published", "Hans Vogel"),
    ("In 1788, [[Pierre Lenoir]] of [[Lyon]], France, published the first map of the river.", "published", "Pierre Lenoir"),
    ("The astronomer [[Omar Haddad]] from [[Sfax]] in [[Tunisia]] published a star catalogue in 1412.",
     "published", "Omar Haddad"),
    ("In 1905, [[Anna Weber]] of [[Zurich]] in Switzerland was the first to describe the moss.", "describe", "Anna Weber"),
])
def test_the_place_a_person_is_from_takes_no_part(analyse, wikitext, trigger, person):
    assert participants_of(analyse, wikitext, trigger, markup="wikitext") == [person]



# -- the place a natural disaster struck ----------------------------------------------------------------

@pytest.mark.parametrize("wikitext, trigger", [
    ("Many stone houses collapsed in the [[1985 Mexico City earthquake]] and the [[1960 Chile earthquake]].",
     "earthquake"),
    ("Whole villages were lost in the 1970 Peru earthquake.", "earthquake"),
    ("Rice prices rose after the 1998 Bangladesh flood.", "flood"),
])
def test_the_place_in_a_disasters_name_takes_no_part(analyse, wikitext, trigger):
    events = [e for e in events_of(analyse, wikitext, "wikitext") if e["trigger"] == trigger]
    assert events and all(e["participants"] == [] for e in events)


# -- the items of a list dated one by one ------------------------------------------------------------------

@pytest.mark.parametrize("text, trigger, own, others", [
    ("In [[Canada]], three lawyers who defended the union were killed: [[Tom Reed]] (1991), [[Ann Gray]] (1995), "
     "and [[Paul Moss]] (2003).", "killed", {"Tom Reed"}, {"Ann Gray", "Paul Moss"}),
    ("In [[Canada]], three lawyers who defended the union were killed: [[Tom Reed]] (1991), [[Ann Gray]] (1995), "
     "and [[Paul Moss]] (2003).", "Gray", {"Ann Gray"}, {"Tom Reed", "Paul Moss"}),
    ("The award went to three painters: [[Marta Kowalska]] (1971), [[Jonas Berg]] (1980) and [[Ines Duarte]] (1988).",
     "Duarte", {"Ines Duarte"}, {"Marta Kowalska", "Jonas Berg"}),
    ("The award went to three painters: [[Marta Kowalska]] (1971), [[Jonas Berg]] (1980) and [[Ines Duarte]] (1988).",
     "went", set(), {"Jonas Berg", "Ines Duarte"}),
    ("The company was backed by [[Unilever]] and [[Siemens]] in 1990, [[Philips]] in 1995, and [[Nestlé]] in 2001.",
     "backed", {"Unilever"}, {"Nestlé", "Philips"}),
    ("The company was backed by [[Unilever]] and [[Siemens]] in 1990, [[Philips]] in 1995, and [[Nestlé]] in 2001.",
     "Nestlé", set(), {"Unilever", "Siemens", "Philips"}),
    ("[[Sweden]] joined in 1995; [[Austria]] in 1997 by [[Karl Huber]]; and [[Poland]] in 2004 by [[Marek Nowak]].",
     "joined", {"SWE"}, {"AUT", "POL", "Karl Huber", "Marek Nowak"}),
    ("[[Sweden]] joined in 1995; [[Austria]] in 1997 by [[Karl Huber]]; and [[Poland]] in 2004 by [[Marek Nowak]].",
     "Austria", {"Karl Huber"}, {"SWE", "POL", "Marek Nowak"}),
    ("[[Sweden]] joined in 1995; [[Austria]] in 1997 by [[Karl Huber]]; and [[Poland]] in 2004 by [[Marek Nowak]].",
     "Poland", {"Marek Nowak"}, {"SWE", "AUT", "Karl Huber"}),
])
def test_an_item_dated_in_a_list_takes_only_its_own_actors(analyse, text, trigger, own, others):
    parties = set(participants_of(analyse, text, trigger, markup="wikitext"))
    assert own <= parties and not parties & others, parties


def test_a_list_of_dates_alone_is_no_list_of_items(analyse):
    # "in 1990 and 1994": the dates are listed, not items with their own actors
    parties = participants_of(analyse, "[[Norway]] and [[Denmark]] signed fishing accords in 1990 and 1994.",
                              "signed", markup="wikitext")
    assert {"NOR", "DNK"} <= set(parties)


# -- a state named as the container of a place -------------------------------------------------------------

@pytest.mark.parametrize("text, trigger, persons, state", [
    ("In 1932, [[Lise Amsel]] of the [[Radium Institute]] in [[Lyon]], [[France]] discovered the isotope.",
     "discovered", {"Lise Amsel"}, "FRA"),
    ("In 1912, [[Maria Costa]] moved to [[Porto]], [[Portugal]].", "moved", {"Maria Costa"}, "PRT"),
    ("In 1861 [[Erik Lund]] found the element in [[Uppsala]], [[Sweden]], in a mineral.", "found", {"Erik Lund"}, "SWE"),
    ("[[Ada Brun]] of the [[Vega Laboratory]] in [[Geneva]], [[Switzerland]] isolated the element in 1939.",
     "isolated", {"Ada Brun"}, "CHE"),
    ("[[Karl Weiss]], born in [[Graz]], [[Austria]], emigrated in 1902.", "emigrated", {"Karl Weiss"}, "AUT"),
    ("In 1877, [[Ivo Horvat]] opened a workshop in [[Split]], [[Croatia]].", "opened", {"Ivo Horvat"}, "HRV"),
])
def test_a_state_after_a_place_in_it_is_where_not_who(analyse, text, trigger, persons, state):
    parties = set(participants_of(analyse, text, trigger, markup="wikitext"))
    assert persons <= parties and state not in parties, parties


@pytest.mark.parametrize("text, trigger, states", [
    ("After talks in [[Geneva]], [[France]] signed the accord in 1957.", "signed", {"FRA"}),
    ("Following a summit in [[Oslo]], [[Norway]] joined the alliance in 1949.", "joined", {"NOR"}),
    ("[[France]], [[Spain]] and [[Italy]] signed the accord in 1957.", "signed", {"FRA", "ESP", "ITA"}),
    ("By 1861, [[Ohio]], [[Georgia]], [[Texas]] and [[Mexico]] had signed the pact.", "signed", {"MEX"}),
])
def test_a_state_acting_after_a_fronted_place_or_in_a_list_still_takes_part(analyse, text, trigger, states):
    assert states <= set(participants_of(analyse, text, trigger, markup="wikitext"))


# -- a person's full name shown by a link the model tags as something else ---------------------------------

@pytest.mark.parametrize("text, trigger, person", [
    ("[[Anne-Marie Keller]] was a chemist. Keller discovered the compound in 1901.", "discovered", "Anne-Marie Keller"),
    ("The lab was led by [[Jean-Baptiste Fournier]]. In 1911, Fournier published the results.", "published",
     "Jean-Baptiste Fournier"),
    ("The method came from [[Jean-Pierre Lemaire]]. Lemaire tested it on patients in 1921.", "tested",
     "Jean-Pierre Lemaire"),
    # the surname tagged as an organisation too: the text says the linked name is a person's
    ("Among the first was [[Marie-Thérèse Vallon]], a teacher from Lille. Vallon opened the school in 1905.", "opened",
     "Marie-Thérèse Vallon"),
    ("The club was started by [[Jean-Paul Roche]], who later coached it. Roche retired in 1931.", "retired",
     "Jean-Paul Roche"),
    ("The kiln was designed by [[Luc-Henri Marchal]], who taught at the school. In 1908, Marchal built a second kiln.",
     "built", "Luc-Henri Marchal"),
])
def test_a_surname_is_the_person_a_link_names_in_full(analyse, text, trigger, person):
    assert person in participants_of(analyse, text, trigger, markup="wikitext")


def test_a_linked_body_named_after_a_person_is_no_full_name(analyse):
    parties = participants_of(analyse, "Prizes went to the [[Fournier Bank]]. In 1911, Fournier published the results.",
                              "published", markup="wikitext")
    assert "Fournier Bank" not in parties


# -- works and things are no actors ---------------------------------------------------------------------

@pytest.mark.parametrize("name, expected", [
    ("the 61st Academy Awards", True), ("Gospel of Luke", True), ("Oscar", True), ("Emmy", True),
    ("Anna Weiss Memorial Concert", True), ("the Harbour Statue", True), ("Treaty of Lund", True),
    ("Academy of Motion Picture Arts and Sciences", False), ("Boston Evening Times", False),
    ("Harbour Arts Council", False), ("Northern Review", False), ("World Food Programme", False), ("Labour Party", False),
    ("Harbour Book Awards", False), ("Golden Lotus Prize", False),  # a prize's full name can name its giver
])
def test_a_name_whose_head_is_a_work_or_a_things_noun_names_a_thing(name, expected):
    assert names_a_thing(name) is expected


def test_thing_and_award_nouns_are_wordnets_but_no_bodies():
    table = json.loads((Path(SETTINGS.models_dir) / PLACE_TABLE).read_text(encoding="utf-8"))
    assert {"ceremony", "concert", "gospel", "statue", "ship", "spacecraft", "treaty"} <= set(table["thing_nouns"])
    assert {"award", "prize", "oscar", "trophy"} <= set(table["award_nouns"])
    for nouns in (table["thing_nouns"], table["award_nouns"]):
        assert not {"council", "party", "academy", "times", "review", "programme", "program", "ab"} & set(nouns)


@pytest.mark.parametrize("text, trigger, thing", [
    ("The 40th Academy Awards, held in 1968, honoured Tomas Lind for his score.", "honoured", "40th Academy Awards"),
    ("In 2001 the Tomas Lind Memorial Concert raised money for the Harbour Hospital.", "raised",
     "Tomas Lind Memorial Concert"),
    ("In 1936 the 9th Harbour Film Awards were postponed by a week.", "postponed", "9th Harbour Film Awards"),
])
def test_a_ceremony_or_a_concert_takes_no_part(analyse, text, trigger, thing):
    assert thing not in participants_of(analyse, text, trigger)


@pytest.mark.parametrize("wikitext, trigger, thing", [
    ("Visser later translated the [[Gospel of Luke|Luke]], which was published in 1638.", "published", "Gospel of Luke"),
    ("Hals then copied out the [[Gospel of Mark|Mark]], which was printed in 1655.", "printed", "Gospel of Mark"),
])
def test_a_sacred_text_named_by_its_link_takes_no_part(analyse, wikitext, trigger, thing):
    assert thing not in participants_of(analyse, wikitext, trigger, markup="wikitext")


def test_a_person_whose_surname_is_a_things_noun_still_takes_part(analyse):
    assert "Bryan Ferry" in participants_of(analyse, "In 1975 Bryan Ferry recorded a new album in London.", "recorded")


# -- a titled ruler's realm -----------------------------------------------------------------------------

@pytest.mark.parametrize("text, trigger, state", [
    ("In 1871, King Osvald II of Denmark was crowned in the cathedral.", "crowned", "DNK"),
    ("Empress Adelina of Austria was assassinated in 1889 by an anarchist.", "assassinated", "AUT"),
    ("In 1903 the rebels killed Tsar Ivo III of Bulgaria near the border.", "killed", "BGR"),
])
def test_the_realm_of_a_titled_ruler_is_not_added_for_him(analyse, text, trigger, state):
    assert state not in participants_of(analyse, text, trigger)


@pytest.mark.parametrize("text, trigger, state", [
    ("In 1620, the navy of King Osvald II of Denmark attacked the port.", "attacked", "DNK"),
    ("In 1702, the troops of King Ivo of Bulgaria captured the fortress.", "captured", "BGR"),
    ("In 1910, the government of Queen Adelina of Portugal signed the agreement.", "signed", "PRT"),
])
def test_a_rulers_state_body_named_keeps_the_state(analyse, text, trigger, state):
    assert state in participants_of(analyse, text, trigger)


def test_a_title_with_no_name_keeps_its_state(analyse):
    assert "CAN" in participants_of(analyse, "In 1927, the Prime Minister of Canada visited London.", "visited")


@pytest.mark.parametrize("text, trigger, person, state", [
    ("In 1985, Rodrigo Vela became the first Peruvian-born person in space.", "became", "Rodrigo Vela", "PER"),
    ("In 1974, Piet Laan became the first Dutch-born astronaut.", "became", "Piet Laan", "NLD"),
    ("In 1999, Maria Holm became the first Danish-born woman in orbit.", "became", "Maria Holm", "DNK"),
])
def test_where_a_person_was_born_is_what_they_became_not_a_party(analyse, text, trigger, person, state):
    participants = participants_of(analyse, text, trigger)
    assert person in participants and state not in participants


@pytest.mark.parametrize("wikitext, trigger, person, work", [
    ("In 1821, [[Jonas Berg]] printed the ''Flora Lapponica'' in Uppsala.", "printed", "Jonas Berg", "Flora Lapponica"),
    ("In 1768, [[Mara Lind]] published the ''Historia Piscium'', the first book on fish.", "published", "Mara Lind",
     "Historia Piscium"),
    ("[[Karl Holm]] completed the ''Atlas Borealis'' in 1702.", "completed", "Karl Holm", "Atlas Borealis"),
])
def test_a_title_in_italics_after_its_article_is_a_work(analyse, wikitext, trigger, person, work):
    participants = participants_of(analyse, wikitext, trigger, markup="wikitext")
    assert person in participants and work not in participants


def test_a_periodical_in_italics_after_its_article_still_reports(analyse):
    assert "Harbour Times" in participants_of(analyse, "In 1930, the ''Harbour Times'' reported the strike.", "reported",
                                              markup="wikitext")


@pytest.mark.parametrize("wikitext, trigger, person, state", [
    ("In 1990, [[Jaro Kessel]] of Finland won the race in Oslo.", "won", "Jaro Kessel", "FIN"),
    ("In 1931, [[Anders Holm]] of Sweden signed the contract in Paris.", "signed", "Anders Holm", "SWE"),
    ("In 1983, [[Ulla Merbeck]] of Austria became the first woman to fly the route.", "fly", "Ulla Merbeck", "AUT"),
])
def test_where_a_linked_person_is_from_is_not_added_whatever_the_model_tags_the_name(
        analyse, wikitext, trigger, person, state):
    participants = participants_of(analyse, wikitext, trigger, markup="wikitext")
    assert person in participants and state not in participants


def test_a_linked_common_noun_before_of_keeps_its_state(analyse):
    assert "ITA" in participants_of(analyse, "In 1912, the [[Kingdom]] of Italy annexed Libya.", "annexed",
                                    markup="wikitext")


# -- a person's described state ------------------------------------------------------------------------

@pytest.mark.parametrize("text, trigger, person, state", [
    ("Brazilian striker Ronaldo joined Real Madrid in 2002.", "joined", "Ronaldo", "BRA"),
    ("The Swedish chemist Alfred Nobel patented dynamite in 1867.", "patented", "Alfred Nobel", "SWE"),
    ("In 1990 the Kenyan runner Paul Tergat won the race.", "won", "Paul Tergat", "KEN"),
    ("In 1951 the Italian painter Carla Rossi moved to Paris.", "moved", "Carla Rossi", "ITA"),
])
def test_the_state_of_a_noun_describing_a_person_is_not_added(analyse, text, trigger, person, state):
    participants = participants_of(analyse, text, trigger)
    assert person in participants and state not in participants


def test_nationals_named_by_a_demonym_still_take_their_state(analyse):
    assert "DEU" in participants_of(analyse, "German troops occupied Norway in 1940.", "occupied")


# -- a dated event noun that is the subject of a passive ---------------------------------------------------

@pytest.mark.parametrize("text, trigger, actor", [
    ("The 2004 election was won by Helen Clark.", "election", "Helen Clark"),
    ("The 1952 revolution was led by Gamal Abdel Nasser.", "revolution", "Gamal Abdel Nasser"),
    ("The 1990 election was won by Violeta Chamorro in a landslide.", "election", "Violeta Chamorro"),
    ("The 1967 war was won by Israel within six days.", "war", "ISR"),
])
def test_the_agent_of_a_passive_whose_subject_is_a_dated_event_noun_takes_part(analyse, text, trigger, actor):
    assert actor in participants_of(analyse, text, trigger)


# -- a body's or a person's name the model misses or mislabels ---------------------------------------------

@pytest.mark.parametrize("text, trigger, body", [
    ("In 1995 Acme Corporation sued the company.", "sued", "Acme Corporation"),
    ("In 1995 Acme Corporation sued its rival.", "sued", "Acme Corporation"),
    ("The mill was bought by Acme Corporation in 1990.", "bought", "Acme Corporation"),
])
def test_an_untagged_name_ending_with_a_bodys_noun_acts(analyse, text, trigger, body):
    assert participants_of(analyse, text, trigger) == [body]


@pytest.mark.parametrize("text, trigger, body", [
    ("In 2003 the Vienna Philharmonic performed the symphony.", "performed", "Vienna Philharmonic"),
    ("In 1931 the Berlin Philharmonic recorded the work.", "recorded", "Berlin Philharmonic"),
    ("In 1955 the Prague Philharmonic toured the country.", "toured", "Prague Philharmonic"),
])
def test_a_bodys_name_tagged_as_a_facility_acts(analyse, text, trigger, body):
    assert body in participants_of(analyse, text, trigger)


@pytest.mark.parametrize("text, trigger", [
    ("In 2001 Lionel Messi signed for Barcelona.", "signed"),
    ("In 2005 Lionel Messi scored his first goal.", "scored"),
    ("In 2008 Lionel Messi won the award.", "won"),
])
def test_a_given_name_the_model_leaves_out_is_part_of_the_persons_name(analyse, text, trigger):
    assert "Lionel Messi" in participants_of(analyse, text, trigger)
    assert "Messi" not in participants_of(analyse, text, trigger)


@pytest.mark.parametrize("text, trigger", [
    ("In 1908 the Model T was introduced.", "introduced"),
])
def test_an_untagged_name_with_no_bodys_noun_takes_no_part(analyse, text, trigger):
    assert participants_of(analyse, text, trigger) == []


@pytest.mark.parametrize("wikitext, trigger, actor", [
    ("In 1885 [[Ludvig Nobel]] built the refinery.", "built", "Ludvig Nobel"),  # tagged as a work
    ("In 1999 [[Tori Murden]] crossed the ocean.", "crossed", "Tori Murden"),  # tagged as a product
    ("The element was discovered by [[Marguerite Perey]] in 1939.", "discovered", "Marguerite Perey"),  # a place
])
def test_a_whole_wiki_link_the_model_tags_as_a_thing_or_a_place_acts(analyse, wikitext, trigger, actor):
    assert actor in participants_of(analyse, wikitext, trigger, markup="wikitext")


@pytest.mark.parametrize("wikitext, trigger, leader", [
    ("In 1921 Mary Smith trained under [[Henri Matisse]].", "trained", "Henri Matisse"),
    ("In 1890 Anna Berg studied under [[Franz Liszt]] in Weimar.", "studied", "Franz Liszt"),
    ("In 1904 the young architect worked under [[Antoni Gaudí]] on the church.", "worked", "Antoni Gaudí"),
])
def test_the_one_an_act_was_done_under_takes_part(analyse, wikitext, trigger, leader):
    assert leader in participants_of(analyse, wikitext, trigger, markup="wikitext")


@pytest.mark.parametrize("wikitext, trigger, state", [
    ("In 1783 the territory was ceded to Spain under the [[Treaty of Paris (1783)|Treaty of Paris]].", "ceded", "FRA"),
    ("In 1920 the region was given to Italy under the [[Treaty of London (1915)|Treaty of London]].", "given", "GBR"),
    ("In 1866 the province was handed to Italy under the [[Treaty of Vienna (1866)|Treaty of Vienna]].", "handed", "AUT"),
])
def test_the_place_in_the_name_of_an_instrument_acted_under_takes_no_part(analyse, wikitext, trigger, state):
    assert state not in participants_of(analyse, wikitext, trigger, markup="wikitext")


STATE_LEAD = "Paraguay is a country in South America. Its capital is Asunción."


@pytest.mark.parametrize("text, trigger, partner", [
    ("In 1990 a trade agreement with Brazil was signed by the government.", "signed", "BRA"),
    ("The treaty with Argentina, ratified by the government in 1876, settled the border.", "treaty", "ARG"),
    ("A loan from Brazil, accepted by the government in 1975, paid for the dam.", "loan", "BRA"),
])
def test_the_article_states_government_as_the_agent_of_a_passive_or_participle_is_its_state(
        analyse, text, trigger, partner):
    parties = document_participants(analyse, "Paraguay", STATE_LEAD, text, trigger)
    assert "PRY" in parties and partner in parties


# -- names the model splits or misreads -------------------------------------------------------------------

@pytest.mark.parametrize("wikitext, trigger, body", [
    ("In 1951, [[Metro-Goldwyn-Mayer]] released the musical film.", "released", "Metro-Goldwyn-Mayer"),
    ("In 1998, [[Hewlett-Packard]] sued the small firm.", "sued", "Hewlett-Packard"),
    ("In 1966 [[Anheuser-Busch]] opened a brewery in Texas.", "opened", "Anheuser-Busch"),
])
def test_a_linked_name_joined_by_hyphens_acts_whole(analyse, wikitext, trigger, body):
    assert body in participants_of(analyse, wikitext, trigger, markup="wikitext")


@pytest.mark.parametrize("text, trigger", [
    ("In 1220 the Dominicans founded a convent in Bologna.", "founded"),
    ("In 1232 the pope entrusted the Inquisition to the Dominicans.", "entrusted"),
    ("The Dominicans arrived in Hispaniola in 1510.", "arrived"),
])
def test_the_dominicans_before_the_republic_are_the_friars_order(analyse, text, trigger):
    parties = participants_of(analyse, text, trigger)
    assert "DOM" not in parties and any("Dominican" in p for p in parties)


@pytest.mark.parametrize("text, trigger", [
    ("In 1998 the Dominicans elected a new president.", "elected"),
    ("In 1965 the Dominicans rose against the junta.", "rose"),
])
def test_the_dominicans_since_the_republic_are_its_people(analyse, text, trigger):
    assert participants_of(analyse, text, trigger) == ["DOM"]


@pytest.mark.parametrize("text, trigger", [
    ("In 1910 a German engineer patented the engine.", "patented"),
    ("In 1850 an American chemist discovered the element.", "discovered"),
    ("In 1895 a Swedish chemist isolated the gas.", "isolated"),
])
def test_a_nationality_on_one_unnamed_private_person_adds_no_state(analyse, text, trigger):
    """One person's origin (v1.1: persons' states are not added); an office's holder ("the Chinese premier
    visited") still stands for the state, as tests/test_events.py keeps."""
    assert participants_of(analyse, text, trigger) == []


@pytest.mark.parametrize("text, trigger, state", [
    ("In 1950 French troops landed at Haiphong.", "landed", "FRA"),
    ("In 1884 German soldiers occupied the port.", "occupied", "DEU"),
    ("In 1898 Spanish troops surrendered the city.", "surrendered", "ESP"),
])
def test_a_nationality_on_a_group_still_takes_its_state(analyse, text, trigger, state):
    assert state in participants_of(analyse, text, trigger)


@pytest.mark.parametrize("text, trigger, clubs", [
    ("In 2002 Real Madrid signed the French midfielder.", "signed", ["Real Madrid"]),
    ("In 2013 Bayern Munich defeated Borussia Dortmund.", "defeated", ["Bayern Munich", "Borussia Dortmund"]),
    ("In 2001 the striker joined Real Madrid.", "joined", ["Real Madrid"]),
])
def test_a_club_named_after_its_city_is_the_club_not_the_citys_state(analyse, text, trigger, clubs):
    parties = participants_of(analyse, text, trigger)
    assert all(club in parties for club in clubs) and "ESP" not in parties and "DEU" not in parties


@pytest.mark.parametrize("text, trigger, party", [
    ("In 1991 New Delhi signed a treaty with Paris.", "signed", "IND"),
    ("In 1932 Los Angeles hosted the Olympic Games.", "hosted", "Los Angeles"),
])
def test_a_citys_whole_name_is_no_club(analyse, text, trigger, party):
    assert party in participants_of(analyse, text, trigger)


@pytest.mark.parametrize("text, trigger", [
    ("The German player Steffi Graf retired in 1999. In 2005 Andre Agassi and Steffi Graf bought a hotel in Nevada.", "bought"),
    ("The German player Steffi Graf retired in 1999. In 2004 Andre Agassi and Steffi Graf bought a ranch in Idaho.", "bought"),
    ("The German player Steffi Graf retired in 1999. In 2006 Andre Agassi and Steffi Graf bought a casino.", "bought"),
])
def test_a_full_name_the_model_tags_in_part_is_the_person_the_article_names(analyse, text, trigger):
    """"Steffi" read as a place and "Graf" left untagged: the person the article names so elsewhere."""
    assert "Steffi Graf" in participants_of(analyse, text, trigger)


@pytest.mark.parametrize("wikitext, trigger, state", [
    ("The new [[Constitution of Hungary]] was adopted in 2011.", "adopted", "HUN"),
    ("In 1990 the [[Constitution of Bulgaria]] was amended.", "amended", "BGR"),
    ("The Law of Poland was changed in 1997.", "changed", "POL"),
])
def test_a_states_own_instrument_is_its_act(analyse, wikitext, trigger, state):
    assert state in participants_of(analyse, wikitext, trigger, markup="wikitext")


@pytest.mark.parametrize("wikitext, trigger", [
    ("The [[Edict of Nantes]] was revoked in 1685.", "revoked"),
    ("The [[Statute of Westminster]] was passed in 1931.", "passed"),
    ("The [[Treaty of Paris]] was signed in 1783.", "signed"),
])
def test_a_city_in_an_instruments_name_is_where_it_was_made(analyse, wikitext, trigger):
    assert participants_of(analyse, wikitext, trigger, markup="wikitext") == []


@pytest.mark.parametrize("text, trigger, states", [
    ("In 1939 Germany invaded Poland.", "invaded", ["DEU", "POL"]),
    ("In 1974 Turkey invaded Cyprus.", "invaded", ["CYP", "TUR"]),
    ("In 1960 the United States sold wheat to the Soviet Union.", "sold", ["SUN", "USA"]),
])
def test_a_states_name_the_model_tags_as_something_else_still_takes_part(analyse, text, trigger, states):
    """"Cyprus" tagged as a product, "1939 Germany" as one span with its year: still the states."""
    assert participants_of(analyse, text, trigger) == states
