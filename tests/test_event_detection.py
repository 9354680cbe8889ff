"""Event detection: which dated clauses and nouns are happenings, and one event per happening (real spaCy
model; sentences of our own)."""
from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
WORDNET_DIR = Path(os.environ.get("WORDNET_DIR", "/usr/share/wordnet"))

TITLE = "Sample article\n\n"  # a rendered article's first line is its title, never an event


def events_of(analyse, text: str) -> list[dict]:
    return analyse(TITLE + text).tables["events"]


def triggers_and_dates(analyse, text: str) -> list[tuple[str, str]]:
    return [(e["trigger"], e["date"]) for e in events_of(analyse, text)]


# -- lists: each item with its own date is its own happening ---------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Four journalists were killed: Ann Bell (1993), Tom Ward (1994), Jim Lowe (1998) and Sara Hill (2009).",
     [("killed", "1993"), ("Ward", "1994"), ("Lowe", "1998"), ("Hill", "2009")]),
    ("The band toured three continents: Europe (1971), Asia (1973) and Africa (1975).",
     [("toured", "1971"), ("Asia", "1973"), ("Africa", "1975")]),
    ("Dams were built at Kelso (1931), Marston (1936), Brill (1940) and Oakham (1952).",
     [("built", "1931"), ("Marston", "1936"), ("Brill", "1940"), ("Oakham", "1952")]),
])
def test_every_dated_item_of_a_list_is_an_event(analyse, text, expected):
    assert triggers_and_dates(analyse, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The team was sponsored by Acme Foods in 1988, Baxter Oil in 1991, Corley Steel in 1995 and Delmar Bank in 1999.",
     [("sponsored", "1988"), ("Baxter Oil", "1991"), ("Steel", "1995"), ("Delmar Bank", "1999")]),
    ("He endorsed Vantor Cars in 2001, Glint Watches and Pella Foods in 2004, and Omni Phones in 2009.",
     [("endorsed", "2001"), ("Glint Watches", "2004"), ("Phones", "2009")]),
    ("The king visited Lisbon in 1901, Madrid in 1903 and then Rome in 1907.",
     [("visited", "1901"), ("Madrid", "1903"), ("Rome", "1907")]),
])
def test_an_item_after_an_elided_verb_is_its_own_happening(analyse, text, expected):
    assert triggers_and_dates(analyse, text) == expected


@pytest.mark.parametrize("text, expected", [
    # subjects each dated in brackets before one verb: the verb carries the date nearest it (set conventions)
    ("Finland (1906), Norway (1913) and Denmark (1915) were among the first states to let women vote.",
     [("Finland", "1906"), ("Norway", "1913"), ("let", "1915")]),
    ("Norway (1913) and Denmark (1915) were among the first states to give women the vote.",
     [("Norway", "1913"), ("give", "1915")]),
    ("Kenya (1963), Uganda (1962) and Tanzania (1961) gained independence from Britain.",
     [("Kenya", "1963"), ("Uganda", "1962"), ("gained independence", "1961")]),
])
def test_dated_subjects_before_one_verb_are_each_a_happening(analyse, text, expected):
    assert triggers_and_dates(analyse, text) == expected


def test_a_dated_subject_before_one_verb_takes_part_in_its_own_happening(analyse):
    events = events_of(analyse, "Norway (1913) and Denmark (1915) were among the first states to give women the vote.")
    assert [e["participants"] for e in events] == [["NOR"], ["DNK"]]


def test_an_item_after_an_elided_verb_takes_part_instead_of_the_first_item(analyse):
    events = events_of(analyse, "He endorsed Vantor Cars in 2001, Glint Watches in 2004.")
    item = next(e for e in events if e["date"] == "2004")
    assert "Glint Watches" in item["participants"] and "Vantor Cars" not in item["participants"]


@pytest.mark.parametrize("text, expected", [
    # adjacent years telling one stretch are one range (set conventions, round 5): still one event
    ("She wrote the memoir in 1943 and 1944.", [("wrote", "1943/1944")]),
    ("The charter was amended in 1904 and 1911.", [("amended", "1904")]),
    ("The charter was amended in 1904, 1911 and 1925.", [("amended", "1904")]),
    ("In 1838 he obtained patents on 27 March and on 4 May.", [("obtained", "1838")]),
    ("He met Ann Lowe in 1935, and her sister Jane Hill (1915–1999).", [("met", "1935")]),
    ("The prize went to Tom Ward in 1950 and Sara Hill (1901–1988).", [("went", "1950")]),
])
def test_a_list_of_bare_dates_or_a_fronted_date_makes_no_item_event(analyse, text, expected):
    assert triggers_and_dates(analyse, text) == expected


# -- hypotheticals: what could, should or would be --------------------------------------------------

@pytest.mark.parametrize("text", [
    "A crewed mission could be flown in December 1968.",
    "The new rules will take effect in 2030.",
    "The agency might be preparing to launch a probe before the end of 1969.",
    "Under the plan, the colonists should evacuate the fort by March 1776.",
    "Critics feared the dam would flood the valley in 1960.",
])
def test_a_modal_clause_is_no_happening(analyse, text):
    assert events_of(analyse, text) == []


@pytest.mark.parametrize("text, expected", [
    ("In 1920 he met Ann Cole, whom he would later marry in 1931.", [("met", "1920"), ("marry", "1931")]),
    ("The town would eventually fall to the rebels in May 1865.", [("fall", "1865-05")]),
    ("The treaty was signed in 1990.", [("signed", "1990")]),
])
def test_would_with_a_narrative_adverb_is_what_happened_later(analyse, text, expected):
    assert triggers_and_dates(analyse, text) == expected


# -- a date before a noun that WordNet makes an act or a happening dates that noun -------------------

@pytest.mark.parametrize("text, expected", [
    ("The 1968 discovery of gold led to a rush.", [("discovery", "1968")]),
    ("The 1300 census counted sixty million people.", [("census", "1300")]),
    ("Her 1975 tour of Japan was a success.", [("tour", "1975")]),
    ("After his 1990 appointment the army was reformed.", [("appointment", "1990")]),
])
def test_a_dated_act_noun_is_the_event(analyse, text, expected):
    assert triggers_and_dates(analyse, text) == expected


# -- a verb of causing over a dated event noun: the cause is the happening, not the verb ---------------

@pytest.mark.parametrize("text, expected", [
    ("The 1906 earthquake caused a long depression.", [("earthquake", "1906")]),
    ("The 1848 revolution sparked reforms across the continent.", [("revolution", "1848")]),
    ("The 1812 fire prompted a new building code.", [("fire", "1812")]),
    ("A strike in March 1926 triggered a wave of arrests.", [("strike", "1926-03")]),
])
def test_a_dated_event_noun_that_causes_is_the_event(analyse, text, expected):
    assert triggers_and_dates(analyse, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a phrasal verb of causing (WordNet's, looked up with its particle: "set off", "touch off") as "sparked"
    ("In 1968 the uprising set off reforms across the region.", [("uprising", "1968")]),
    ("The 1917 revolution set off a wave of strikes.", [("revolution", "1917")]),
    ("In 1989 the protests touched off a revolution.", [("protests", "1989")]),
])
def test_a_dated_event_noun_that_causes_with_a_phrasal_verb_is_the_event(analyse, text, expected):
    assert triggers_and_dates(analyse, text) == expected


@pytest.mark.parametrize("text, trigger", [
    ("Troops caused heavy damage to the port in 1990.", "caused"),
    ("In 1955 the minister prompted a review of the budget.", "prompted"),
    ("The rebels sparked a riot in the capital in 1871.", "sparked"),
])
def test_an_actor_that_causes_keeps_the_verb(analyse, text, trigger):
    assert [t for t, _ in triggers_and_dates(analyse, text)] == [trigger]


@pytest.mark.parametrize("text, expected", [
    ("The 2002 standard was issued by the institute.", [("issued", "2002")]),
    ("At its 1864 convention, the party selected Johnson as its candidate.", [("selected", "1864")]),
    ("He wrote his 1932 novel in Italy.", [("wrote", "1932")]),
])
def test_a_dated_noun_acted_on_or_gathered_at_leaves_the_verb_the_event(analyse, text, expected):
    assert triggers_and_dates(analyse, text) == expected


def test_a_clause_during_a_dated_act_happens_then(analyse):
    assert triggers_and_dates(analyse, "During his 1975 tour, the singer met the president of Brazil.") == [
        ("tour", "1975"), ("met", "1975")]


@pytest.mark.parametrize("text, expected", [
    ("It was after the voyages of the navigator in 1497 that the coast became known in Europe.", [("voyages", "1497")]),
    ("After the departure of the governor in 1850, the council took power.", [("departure", "1850")]),
    ("Following the secession of the province in 1905, the king abdicated.", [("secession", "1905")]),
    ("Since the adoption of a new constitution in 2010, the president has been head of state.", [("adoption", "2010")]),
])
def test_a_dated_act_noun_after_a_sequence_preposition_is_the_event_not_the_main_clause(analyse, text, expected):
    assert triggers_and_dates(analyse, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("With the departure of the governor in 1850, the council took power.", [("took power", "1850")]),
    ("The council took power after the governor left in 1850.", [("took power", "1850"), ("left", "1850")]),
])
def test_a_with_phrase_or_an_after_clause_still_dates_the_main_clause(analyse, text, expected):
    assert triggers_and_dates(analyse, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The bank has lent heavily to the province since the end of the civil war in 1994.", [("end", "1994")]),
    ("After the start of the miners' strike in 1984, the union printed a weekly paper.", [("start", "1984")]),
    ("Before the end of his exile in 1961, the poet wrote three novels.", [("end", "1961")]),
    ("Until the beginning of the occupation in 1940, the museum stayed open.", [("beginning", "1940")]),
])
def test_the_start_or_end_of_a_happening_after_a_sequence_preposition_is_the_event(analyse, text, expected):
    assert triggers_and_dates(analyse, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("After the end of 1990, the central bank raised its rates.", [("raised", "1990")]),
    ("Before the start of 1975 the army withdrew from the border.", [("withdrew", "1975")]),
])
def test_the_start_or_end_of_a_time_is_a_date_not_a_happening(analyse, text, expected):
    assert triggers_and_dates(analyse, text) == expected


def test_the_end_of_a_war_is_a_conflict(analyse):
    events = events_of(analyse, "The bank has lent heavily to the province since the end of the civil war in 1994.")
    assert [e["type"] for e in events] == ["conflict"]


def test_the_end_of_a_war_takes_its_sides_from_its_own_phrase_not_the_main_clause(analyse):
    events = events_of(analyse, "The bank of China has traded with Peru since the end of the war with Chile in 1884.")
    assert [(e["trigger"], e["participants"]) for e in events] == [("end", ["CHL"])]


def test_the_adoption_of_a_constitution_is_a_policy(analyse):
    events = events_of(analyse, "Since the adoption of a new constitution in 2010, the president has been head of state.")
    assert [e["type"] for e in events] == ["policy"]


# -- taking a role or status, staging an act ----------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("In 1820 she became a lecturer at the university.", [("became", "1820")]),
    ("He became an American citizen on 3 March 1931.", [("became", "1931-03-03")]),
    ("Agassi turned professional in 1986.", [("turned", "1986")]),
    ("On 1 January 1986 the island became a country of the kingdom.", [("became", "1986-01-01")]),
])
def test_becoming_a_person_state_or_organisation_is_an_event(analyse, text, expected):
    assert triggers_and_dates(analyse, text) == expected


@pytest.mark.parametrize("text", [
    "The river became the basis of the economy in 1900.",
    "The bank held most of the debts in 1990.",
    "In 1960 the square became the heart of the old town.",
])
def test_becoming_a_thing_or_holding_a_thing_is_no_event(analyse, text):
    assert events_of(analyse, text) == []


@pytest.mark.parametrize("text, expected", [
    ("The first presentation was held on May 16, 1929.", [("held", "1929-05-16")]),
    # a contest, a ceremony or a gathering held is staged then (WordNet occasions)
    ("The chess tournament was held in Riga in 1998.", [("held", "1998")]),
    ("The club held its first regatta on the lake in 1850.", [("held", "1850")]),
    ("The opening ceremony was held on 3 May 1929.", [("held", "1929-05-03")]),
    ("The synod held its first assembly in 1946.", [("held", "1946")]),
    ("The club held a gala in June 1950.", [("held", "1950-06")]),
])
def test_holding_an_act_is_an_event(analyse, text, expected):
    assert triggers_and_dates(analyse, text) == expected


# -- an organisation that grows by bodies expands; comparisons of figures are no happening -----------

@pytest.mark.parametrize("text, expected", [
    ("The league expanded to 14 teams in 1967.", [("expanded", "1967")]),
    ("In 1961 the league expanded to ten clubs.", [("expanded", "1961")]),
    ("The association expanded its membership to 40 nations in 1960.", [("expanded", "1960")]),
])
def test_an_organisation_growing_by_bodies_is_an_expansion(analyse, text, expected):
    assert triggers_and_dates(analyse, text) == expected


@pytest.mark.parametrize("text", [
    "The company grew to 5,000 employees by 1990.",
    "The economy expanded by 5 percent in 1990.",
    "In 2010 China overtook Japan as the second largest economy.",
    "In February 2006, Angola surpassed Saudi Arabia as the top supplier of oil to China.",
    "In 1995 the output of the mine equaled that of the whole region.",
    "By 1900 immigrants outnumbered natives in the city.",
    # a rise or fall "in" a figure's noun is the change of a figure
    "Maps were costly at first, but fell steadily in price until by the 18th century most clerks owned one.",
    "In 1974 the new currency dropped sharply in value.",
])
def test_figure_growth_and_comparisons_are_no_events(analyse, text):
    assert events_of(analyse, text) == []


def test_beating_a_rival_is_no_comparison(analyse):
    assert triggers_and_dates(analyse, "In 1990 the team beat the champions in the final.") == [("beat", "1990")]


def test_the_verb_frames_table_comes_from_wordnet():
    table = json.loads((REPO / "models" / "wordnet_verb_frames.json").read_text(encoding="utf-8"))
    assert table["about"]["rebuild"] == "python scripts/build_wordnet_verb_frames.py"
    assert {"overtake", "surpass", "equal", "outnumber", "exceed"} <= set(table["comparisons"])
    assert not {"beat", "defeat", "win", "become"} & set(table["comparisons"])
    assert {"land", "send", "arrive", "march", "flee"} <= set(table["motions"])
    assert not {"employ", "kill", "sign"} & set(table["motions"])
    assert {"believe", "think", "consider", "deem", "presume"} <= set(table["beliefs"])
    assert not {"estimate", "recognize", "decide", "find"} & set(table["beliefs"])


def test_the_verb_frames_table_rebuilds_byte_for_byte(tmp_path):
    if importlib.util.find_spec("nltk") is None or not (WORDNET_DIR / "data.verb").is_file():
        pytest.skip("nltk and WordNet 3.0 (wordnet-base) are needed only to rebuild the table")
    out = tmp_path / "wordnet_verb_frames.json"
    subprocess.run([sys.executable, str(REPO / "scripts" / "build_wordnet_verb_frames.py"), "--output", str(out),
                    "--wordnet-dir", str(WORDNET_DIR)], check=True, cwd=REPO, capture_output=True, timeout=600)
    assert out.read_bytes() == (REPO / "models" / "wordnet_verb_frames.json").read_bytes(), (
        "models/wordnet_verb_frames.json is stale: rerun the build")


# -- a number of people moved is a movement, not a figure --------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("The British landed 22,000 men on Long Island in late August 1776.", [("landed", "1776-08")]),
    ("In 1975, over 25,000 Cuban soldiers arrived in Angola.", [("arrived", "1975")]),
    ("On the night of April 18, 1775, the general sent 700 men to seize the stores.", [("sent", "1775-04-18")]),
    ("In 1947 about 2 million people fled across the border.", [("fled", "1947")]),
])
def test_a_counted_force_or_people_moved_is_an_event(analyse, text, expected):
    assert triggers_and_dates(analyse, text) == expected


@pytest.mark.parametrize("text", [
    "In 1990 the country shipped 7 million tonnes of coal to Japan.",
    "The number of refugees rose to 3 million in 1992.",
    "Some 12,000 labourers were employed in 1900.",
])
def test_counted_goods_moved_or_a_count_that_rose_stays_a_figure(analyse, text):
    assert events_of(analyse, text) == []


# -- a second object with its own date is its own happening ------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Reynaud created the Praxinoscope in 1877 and the Optique in December 1888.",
     [("created", "1877"), ("Optique", "1888-12")]),
    ("He wrote the novel in 1931 and a play in 1933.", [("wrote", "1931"), ("play", "1933")]),
    ("He studied fencing in Tokyo in 1901 and judo with Takagi in Tanabe in 1911.",
     [("studied", "1901"), ("judo", "1911")]),
])
def test_a_second_object_with_its_own_date_is_its_own_event(analyse, text, expected):
    assert triggers_and_dates(analyse, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("In 1956, Huxley married Laura Archera (1911–2007), a violinist.", [("married", "1956")]),
    ("In 1990 the council adopted the charter on 3 May.", [("adopted", "1990")]),
])
def test_a_life_span_or_a_fronted_year_makes_no_second_event(analyse, text, expected):
    assert triggers_and_dates(analyse, text) == expected


# -- a bracketed year or span after a subject's name says who or what is meant, not when -------------

@pytest.mark.parametrize("text", [
    "Jane Carter and Paul Hughes (1971) indicate that the survey was flawed.",
    "Jane Carter (1971) indicates that the survey was flawed.",
    "Ruth Adler (1998) describes the walls and dates them to the Roman period.",
    "Ruth Adler (1998) has argued that the walls are older.",
    "Anton Weber (1841–1903) built his own telescopes and founded a club.",
    "The novel Silver Harbour (1954) describes a fishing town in decline.",
])
def test_an_author_date_year_in_the_present_a_life_span_or_a_works_year_dates_no_act(analyse, text):
    assert events_of(analyse, text) == []


@pytest.mark.parametrize("text, expected", [
    ("Marta Kowalski (1987) argued that the river had shifted its course.", [("argued", "1987")]),
    ("The historian Olaf Brenner (2004) rejected the old dating of the walls.", [("rejected", "2004")]),
    ("It was little used until Joseph Marsh (1950) formally proposed its adoption.", [("proposed", "1950")]),
    ("Henrik Olsen (1932) renamed the genus and moved three species into it.",
     [("renamed", "1932"), ("moved", "1932")]),
])
def test_an_author_date_year_dates_what_its_scholar_did_in_the_past_tense(analyse, text, expected):
    # dev conventions (events of scholarship): the year of the work in which the scholar did it
    assert triggers_and_dates(analyse, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("In 1962, Marta Kowalski argued that the river had shifted its course.", [("argued", "1962")]),
    ("Three reporters were killed: Ann Bell (1993), Tom Ward (1994) and Sara Hill (2009).",
     [("killed", "1993"), ("Ward", "1994"), ("Hill", "2009")]),
    ("The poet Lena Moss (1902–1950) died in poverty.", [("died", "1902/1950")]),
    ("Dwan directed Kay Brand in Harvest Moon (1937).", [("directed", "1937")]),
])
def test_a_persons_own_date_a_victims_year_and_a_title_in_another_role_stay_events(analyse, text, expected):
    assert triggers_and_dates(analyse, text) == expected


# -- an infinitive that says what a thing was for is no happening ------------------------------------

@pytest.mark.parametrize("text", [
    "The rebels made efforts to drop him from the 1864 ballot.",
    "The probe was planned as the second mission, to test the lander in orbit in December 1968.",
    "The council made plans to close the mine in 1984.",
])
def test_an_infinitive_of_purpose_on_a_noun_is_no_event(analyse, text):
    assert events_of(analyse, text) == []


@pytest.mark.parametrize("text, expected", [
    ("Delaware was the third state to ratify the treaty in 1787.", [("ratify", "1787")]),
    ("Iceland was among the first countries to legalize it in 1935.", [("legalize", "1935")]),
    ("The council closed the mine in 1984.", [("closed", "1984")]),
    ("The league made a decision to suspend the cup on 10 February 2006.", [("suspend", "2006-02-10")]),
])
def test_the_first_or_nth_to_act_and_a_plain_act_stay_events(analyse, text, expected):
    assert triggers_and_dates(analyse, text) == expected


# -- what a picture shows and how old a thing is are no happenings ------------------------------------

@pytest.mark.parametrize("text", [
    "Stone relief at a temple, c. 1150, depicting a king on horseback.",
    "The queen depicted on a stamp (1953).",
    "A portrait from 1790 portraying the general in uniform.",
    "A title page, dated 1768.",
    "The church dates from the 12th century.",
])
def test_a_depiction_or_a_things_age_is_no_event(analyse, text):
    assert events_of(analyse, text) == []


def test_painting_a_picture_stays_an_event(analyse):
    assert triggers_and_dates(analyse, "In 1880 the artist painted the harbour.") == [("painted", "1880")]


# -- the simple present of a thing says what is so, not what happened ---------------------------------

@pytest.mark.parametrize("text", [
    "The 2010 constitution grants the president wide powers.",
    "Its contract with the league runs through 2020.",
    "Since 1972 the ceremonies always end with the best picture.",
    "The 1673 handbook provides a recipe for varnish.",
])
def test_a_thing_in_the_simple_present_is_no_happening(analyse, text):
    assert events_of(analyse, text) == []


@pytest.mark.parametrize("text, expected", [
    # a present passive says how a thing is, not what happened: only the dated past conjunct is an event
    ("The review is printed by a Dutch house and was founded in 1921.", ["founded"]),
    ("In the 1950s the dialect is written in the Latin alphabet.", []),
    # ... but one since a time tells when the way things are began (set decisions)
    ("Since 1962 the trophy is shared by the two winners.", ["shared"]),
    ("The yearbook is edited by the guild and was first issued in 1890.", ["issued"]),
    # a named document in the present states what it says; it does not act
    ("The Charter of Ruritania (1921) states that the senate may dismiss the cabinet.", []),
    ("The Basic Code of Freedonia (1967) stipulates that ministers are answerable to the assembly.", []),
    ("The Charter (1921) requires that the governor consult the council.", []),
    # ... a past passive and people in a caption's present still tell events
    ("The review was printed in Leiden in 1921.", ["printed"]),
    ("Rebel soldiers storm the palace in May 1911.", ["storm"]),
])
def test_a_present_passive_or_a_document_in_the_present_is_no_happening(analyse, text, expected):
    assert [e["trigger"] for e in events_of(analyse, text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("U.S. forces drop napalm on the villages in 1965.", [("drop", "1965")]),
    ("Rebel soldiers storm the palace in May 1911.", [("storm", "1911-05")]),
    ("The charter was granted in 1990.", [("granted", "1990")]),
])
def test_people_in_the_present_of_a_caption_and_the_past_still_tell_events(analyse, text, expected):
    assert triggers_and_dates(analyse, text) == expected


# -- a participle clause after a dated verb that names a typed act is its own event --------------------

@pytest.mark.parametrize("text, expected", [
    ("Premier Wen visited Angola in June 2006, offering a US$9 billion loan for roads.",
     [("visited", "2006-06"), ("offering", "2006-06")]),
    ("In 1778 the French fleet sailed to America, attacking the British at Newport.",
     [("sailed", "1778"), ("attacking", "1778")]),
])
def test_a_participle_clause_of_a_typed_act_is_its_own_event(analyse, text, expected):
    assert triggers_and_dates(analyse, text) == expected


@pytest.mark.parametrize("text, expected", [
    # an adverb of manner or time before the participle does not subordinate it ("while", "when" do)
    ("On 15 September the general landed 12,000 men on the island, quickly taking control of the city.",
     [("landed", "XXXX-09-15"), ("taking control", "XXXX-09-15")]),
    ("In May 1776 the rebels crossed the river, swiftly capturing the fort.", [("crossed", "1776-05"), ("capturing", "1776-05")]),
    ("The envoy reached Lisbon in May 1501, then signing a treaty with the king.",
     [("reached", "1501-05"), ("signing", "1501-05")]),
])
def test_a_participle_clause_after_an_adverb_is_still_its_own_event(analyse, text, expected):
    assert triggers_and_dates(analyse, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("ABC took over in 1960, televising the festivities.", [("took over", "1960")]),
    ("In 1991 the government abandoned communism, embracing democracy.", [("abandoned", "1991")]),
])
def test_a_participle_clause_of_no_typed_act_is_no_event(analyse, text, expected):
    assert triggers_and_dates(analyse, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The parliament passed a tariff law in 1894, raising duties on imported steel.", [("passed", "1894")]),
    ("In 1902 the council adopted a new charter, giving the mayor a veto over the budget.", [("adopted", "1902")]),
    ("A land act was passed by the assembly in 1870, granting settlers free plots.", [("passed", "1870")]),
])
def test_a_participle_clause_that_spells_out_a_measure_is_no_second_event(analyse, text, expected):
    # what the law or charter does is the measure itself, not a further act of the same episode
    assert triggers_and_dates(analyse, text) == expected


# -- generic births, names and activities over a stretch of time are no happenings -------------------

@pytest.mark.parametrize("text", [
    "For anyone born in 1985, the study estimated a cost of two million dollars.",
    "Those born in 1950 were the first generation of the new town.",
    "Children born after 1990 rarely speak the old dialect.",
    "The fertility rate was 4.2 children born per woman as of 2015.",
])
def test_a_generic_birth_is_no_event(analyse, text):
    assert [t for t, _ in triggers_and_dates(analyse, text)] == []


@pytest.mark.parametrize("text, expected", [
    ("His elder son, born in 1920, became a lawyer.", [("born", "1920")]),
    ("Ann Cole was born on 3 May 1911 in Leeds.", [("born", "1911-05-03")]),
    ("Numerous governors were assassinated between 1881 and 1914 by the rebels.", [("assassinated", "1881/1914")]),
])
def test_a_birth_or_death_of_someone_stays_an_event(analyse, text, expected):
    assert triggers_and_dates(analyse, text) == expected


@pytest.mark.parametrize("text", [
    "Healers were left alone until the 18th century, when the trade (sometimes called quackery) grew.",
    "During the 1920s, short comic films, usually referred to as shorts, were common.",
    "In 1931 the square was known as the Old Market.",
])
def test_a_name_given_to_a_thing_is_no_event(analyse, text):
    assert events_of(analyse, text) == []


@pytest.mark.parametrize("text, expected", [
    ("The society was renamed the Guild in 1928.", [("renamed", "1928")]),
    ("In 1946 a critic called the novel a cruel satire.", [("called", "1946")]),
])
def test_renaming_and_calling_something_a_thing_stay_events(analyse, text, expected):
    assert triggers_and_dates(analyse, text) == expected


@pytest.mark.parametrize("text", [
    "Throughout the 1950s and 1960s, she wrote and promoted her theory of art.",
    "Throughout 1843 the poet wrote and lectured in the north.",
    "The stalemate continued throughout the winter of 1777.",
])
def test_an_activity_over_a_stretch_of_time_is_no_event(analyse, text):
    assert events_of(analyse, text) == []


@pytest.mark.parametrize("text, expected", [
    ("Rebels attacked the garrison throughout 1920.", [("attacked", "1920")]),
    ("In 1851 she wrote her first novel.", [("wrote", "1851")]),
])
def test_a_typed_act_over_a_stretch_and_a_dated_act_stay_events(analyse, text, expected):
    assert triggers_and_dates(analyse, text) == expected


# -- a fronted date dates every main clause of the episode, also one after a semicolon (v1.1) -------------

@pytest.mark.parametrize("text, expected", [
    ("In 1990 the island seceded from the federation; it became a separate country.",
     [("seceded", "1990"), ("became", "1990")]),
    ("In 1821 the colony declared independence; the new state adopted a constitution.",
     [("declared", "1821"), ("adopted", "1821")]),
    ("On 4 May 1919 the students marched on the palace; the police arrested hundreds.",
     [("marched", "1919-05-04"), ("arrested", "1919-05-04")]),
    # a date of the second clause is its own, and does not reach back
    ("The island seceded from the federation; in 1990 it became a separate country.", [("became", "1990")]),
])
def test_a_fronted_date_dates_the_main_clause_after_a_semicolon(analyse, text, expected):
    assert triggers_and_dates(analyse, text) == expected


# -- a life span in brackets dates the birth or death its relative clause tells (set conventions) --------

@pytest.mark.parametrize("text, expected", [
    ("His uncle, Tom Ward (1841–1903), who died in poverty, was a painter.", [("died", "1841/1903")]),
    ("She had a cousin, Mary Lowe (1850–1888), who died of fever in Lagos.", [("died", "1850/1888")]),
    ("He had a younger son, Jim Bell (1901–1944), who committed suicide in Rome.",
     [("committed", "1901/1944")]),
    # not an act of another kind, and not where the sentence has a date of its own
    ("The firm was run by Ann Bell (1870–1931), who founded it.", []),
])
def test_a_life_span_dates_the_death_its_relative_clause_tells(analyse, text, expected):
    assert triggers_and_dates(analyse, text) == expected


# -- "respectively" pairs dates with names: each later name's happening is its own (set conventions) -------

@pytest.mark.parametrize("text, expected", [
    ("In 1419 and 1427, the navigators reached Tarva and Molen, respectively.", [("reached", "1419"), ("Molen", "1427")]),
    ("The dams at Kelso and Brill were completed in 1931 and 1940, respectively.",
     [("Brill", "1940"), ("completed", "1931")]),
    ("The towns of Selby and Marston were founded in 1815 and 1822, respectively.",
     [("Marston", "1822"), ("founded", "1815")]),
])
def test_respectively_makes_each_paired_name_a_happening(analyse, text, expected):
    assert triggers_and_dates(analyse, text) == expected


# -- dated list items under a sentence ending in a colon: the verb's list ------------------------------

def listed_events(analyse, intro: str, items: list[str]) -> list[tuple[str, str]]:
    text = "'''Sample''' is a play.\n\n== History ==\n" + intro + "\n" + "".join(f"* {item}\n" for item in items)
    return [(e["trigger"], e["date"]) for e in analyse(text, markup="wikitext").tables["events"]]


@pytest.mark.parametrize("intro, items, expected", [
    ("The part has been played on stage by:", ["[[Tom Ward]] in ''The Dane'' (1931)", "[[Jim Lowe]] in ''Elsinore'' (1944)",
                                               "[[Sara Hill]] in ''The Ghost'' (1958)"],
     [("played", "1931"), ("Jim Lowe", "1944"), ("Sara Hill", "1958")]),
    ("The title has been won by:", ["[[Ann Bell]] of [[Leeds]], 1921", "[[Tom Ward]] of [[York]], 1925"],
     [("won", "1921"), ("Tom Ward", "1925")]),
    ("Ships of this name were launched at:", ["[[Chatham Dockyard]] (1781)", "[[Deptford Dockyard]] (1805)"],
     [("launched", "1781"), ("Deptford Dockyard", "1805")]),
])
def test_each_dated_item_listed_under_a_verb_is_a_happening(analyse, intro, items, expected):
    assert listed_events(analyse, intro, items) == expected


@pytest.mark.parametrize("intro, items", [
    ("Notable works include:", ["''Green Doors'' (1921)", "''The Tide'' (1925)"]),  # a state: no act to list
    ("Its members are:", ["[[Ann Bell]] (1921)", "[[Tom Ward]] (1925)"]),
    # a label and its value: a table row set as a list
    ("Five pilots have flown the route:", ["[[Ann Bell]] (British): April 2–9, 1921", "[[Tom Ward]] (Irish): May 1–5, 1925"]),
])
def test_dated_items_under_no_act_are_no_happenings(analyse, intro, items):
    assert listed_events(analyse, intro, items) == []


# -- a caption with no verb: the act its noun names, dated by a phrase on it -------------------------

def caption_events(analyse, caption: str) -> list[tuple[str, str]]:
    text = f"The town grew.\n\n[[File:Picture.jpg|thumb|{caption}]]\n\nMore was built later.\n"
    return [(e["trigger"], e["date"]) for e in analyse(text, markup="wikitext").tables["events"]]


@pytest.mark.parametrize("caption, expected", [
    ("The mayor's farewell address in 1931 at the new town hall", [("address", "1931")]),
    ("Her second tour of Canada in 1975", [("tour", "1975")]),
    ("The great flood in Hull, March 1920", [("flood", "1920-03")]),
    ("Militia troops in the [[Battle of Kettle Creek]], 1779", [("Battle", "1779")]),
    ("Soldiers at the [[Siege of Kars]] in 1855", [("Siege", "1855")]),
    ("The [[1998 Fijian coup d'état]]", [("coup", "1998")]),
])
def test_a_verbless_caption_dates_the_act_it_names(analyse, caption, expected):
    assert caption_events(analyse, caption) == expected


@pytest.mark.parametrize("caption", [
    "The old railway station in 1910",
    "Refugees at the border camp in 1999",
    "The painter in 1925",
    "A farmhouse near the river, 1779",
    "Militia troops near [[Kettle Creek]], 1779",
])
def test_a_verbless_caption_of_a_thing_or_a_person_is_no_event(analyse, caption):
    assert caption_events(analyse, caption) == []


# -- a number inside a name is no count --------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Voyager 2 launched on August 20, 1977, from the cape.", [("launched", "1977-08-20")]),
    ("In March 1971, Salyut 1 reached its orbit.", [("reached", "1971-03")]),
])
def test_a_number_in_a_name_is_no_count(analyse, text, expected):
    assert triggers_and_dates(analyse, text) == expected


def test_a_counted_subject_still_states_a_figure(analyse):
    assert events_of(analyse, "In 1921 some 12,000 labourers were employed at the mills.") == []


# -- a gathering "held" on a date: staged then, and what was done there happened then ---------------

@pytest.mark.parametrize("text, expected", [
    ("The 12th festival, held in 1988, awarded its first prize for documentaries.",
     [("held", "1988"), ("awarded", "1988")]),
    ("At the third conference, held on June 2, 1921, the party adopted a new programme.",
     [("held", "1921-06-02"), ("adopted", "1921-06-02")]),
])
def test_a_gathering_held_on_a_date_dates_what_was_done_there(analyse, text, expected):
    assert triggers_and_dates(analyse, text) == expected


def test_people_held_on_a_date_stage_nothing(analyse):
    assert events_of(analyse, "The hostages, held in 1980 at the embassy, were freed.") == []


@pytest.mark.parametrize("text, expected", [
    # a particle of a person's name the model takes for a verb ("dos" as "do") is part of the name: the verb
    # after the name is the trigger, with its own type
    ("In 2005, President José Eduardo dos Santos visited Israel.", [("visited", "meeting")]),
    ("In 1992 José Eduardo dos Santos won the presidential election.", [("won", "leadership")]),
    ("In 2002 the government of Eduardo dos Santos signed a ceasefire with the rebels.", [("signed", "agreement")]),
])
def test_a_name_particle_is_no_trigger(analyse, text, expected):
    assert [(e["trigger"], e["type"]) for e in events_of(analyse, text)] == expected


# -- a bracketed year after a proper name says which author or work is meant ------------------------------

@pytest.mark.parametrize("text", [
    "Dawson and Pike (2003) describe the method in detail.",
    "Okafor (2011) argues that the two families are one.",
    # a coordinated verb of the description shares its present tense, whatever the tagger reads
    "Ito & Lee (2011) discuss the idea at length, and note that the evidence is thin.",
    "Marsh and Kell (1998) review the records and conclude that the dates are late.",
    "Green Doors (1921) wins a prize in the final chapter.",
    "His elder sister, Mary Jane Kemp (1901-1980), became a nurse.",
])
def test_an_author_date_or_title_year_dates_no_present_description_and_a_span_no_act(analyse, text):
    assert events_of(analyse, text) == []


@pytest.mark.parametrize("text, expected", [
    ("Green Doors (1921) was published in London.", [("published", "1921")]),
    ("The Battle of Hill Farm (1862) was fought in the rain.", [("Battle", "1862")]),
    ("In 1994, Okafor suggested a link between the two families.", [("suggested", "1994")]),
    ("Later, Okafor (2011) suggested a link between the two families.", [("suggested", "2011")]),
])
def test_a_works_making_a_named_happening_and_a_clause_date_stay_events(analyse, text, expected):
    assert triggers_and_dates(analyse, text) == expected


# -- a work's title year dates its making and what was done in it, not what the work itself did ----------

@pytest.mark.parametrize("text", [
    "His 1962 film The Quiet Hill won the main prize at Venice.",
    "Her 1998 novel describes the flood in detail.",
    "''The Quiet Hill'' (1962) won the main prize at Venice.",
    # a one-word title in italics is a work, not an author-date citation, whatever the model tags it
    "Meyer's ''Lanterns'' (1908) used a palette of greys and ochres.",
    "''Tidewater'' (1955) inspired a generation of painters.",
])
def test_what_a_dated_work_did_is_no_event(analyse, text):
    assert analyse(TITLE + text, markup="wikitext").tables["events"] == []


@pytest.mark.parametrize("text, expected", [
    ("He then directed ''The Quiet Hill'' (1962) and ''Winter Road'' (1966).", [("directed", "1962"), ("Road", "1966")]),
    ("Her novel ''Green Doors'' (1921) was published in London.", [("published", "1921")]),
    ("In his book ''Common Ground'' (1902), Holt attacked the rule.", [("attacked", "1902")]),
    ("''Ironworks'' (1934) was unveiled in Detroit.", [("unveiled", "1934")]),
    ("Rivera painted ''Ironworks'' (1934) for the union hall.", [("painted", "1934")]),
    ("\"No party is above the law,\" declared the country's 1976 constitution.", [("declared", "1976")]),
])
def test_a_works_making_what_was_done_in_it_and_a_dated_document_stay_events(analyse, text, expected):
    events = analyse(TITLE + text, markup="wikitext").tables["events"]
    assert [(e["trigger"], e["date"]) for e in events] == expected


# -- "not ... until X": the negated act happened at X (set conventions) -------------------------------

@pytest.mark.parametrize("text, expected", [
    ("The guild did not begin admitting women until 1921.", [("begin admitting", "1921")]),
    ("The old mill was never reopened until 1950.", [("reopened", "1950")]),
    ("Her theory was not confirmed or refuted until the 19th century.", [("confirmed", "18")]),
    ("It was not until 1817 that the chemist detected the new element.", [("detected", "1817")]),
    ("However, it wasn't until 1787 that the trader saw the lake and described it.",
     [("saw", "1787"), ("described", "1787")]),
    ("No public statement was made about the merger until 12 May 1988.", [("made", "1988-05-12")]),
    ("The law was not enforced until 1995, when the courts upheld it.", [("enforced", "1995"), ("upheld", "1995")]),
])
def test_a_negated_act_until_a_date_happened_then(analyse, text, expected):
    assert triggers_and_dates(analyse, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Not until 1990 did the government legalize the party.", [("legalize", "1990")]),
    ("Not until March 1871 did the garrison leave the town.", [("leave", "1871-03")]),
    ("Not until 1911 was the bridge completed.", [("completed", "1911")]),
    ("Not until 1954 were the two provinces reunited.", [("reunited", "1954")]),
])
def test_a_fronted_not_until_dates_the_inverted_clause(analyse, text, expected):
    assert triggers_and_dates(analyse, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The army held the city until 1865.", []),
    ("The bridge stayed closed to traffic until March 1962.", []),
    ("The council had long been split on the matter, and did not ban the practice until 1850.", [("ban", "1850")]),
    ("It was not until 1817 that the chemist, while analysing a rock, found the element.", [("found", "1817")]),
])
def test_until_on_a_positive_clause_is_a_span_and_not_until_dates_only_its_act(analyse, text, expected):
    assert triggers_and_dates(analyse, text) == expected


# -- a negated clause with any other date: nothing happened (set conventions) -------------------------

@pytest.mark.parametrize("text", [
    "By March 1861, no delegates had proposed a compromise.",
    "The treaty was not ratified in 1990.",
    "In 1975 the council never met.",
    "The old fort didn't fall in 1776.",
])
def test_a_negated_act_is_no_happening(analyse, text):
    assert events_of(analyse, text) == []


@pytest.mark.parametrize("text, expected", [
    ("The treaty was not only signed but also ratified in 1990.", [("signed", "1990"), ("ratified", "1990")]),
    ("In 1990 he did not sign the accord but ratified the charter.", [("ratified", "1990")]),
    ("Russia, not Japan, signed the accord in 1990.", [("signed", "1990")]),
])
def test_not_only_and_an_act_after_but_are_happenings(analyse, text, expected):
    assert triggers_and_dates(analyse, text) == expected


# -- a passive verb of belief (WordNet) with an infinitive or an empty subject attributes, nothing happens --

@pytest.mark.parametrize("text, expected", [
    ("In 2006 there were believed to be 4,000 species of frogs in the region.", []),
    ("The painted toad was believed to be extinct but was rediscovered in 2011.", [("rediscovered", "2011")]),
    ("In the 18th century, it was widely believed that wealth came from large populations.", []),
    ("By 1900 the manuscript was thought to have been lost.", []),
    ("In 1950 the old bridge was considered to be unsafe.", []),
])
def test_a_belief_attributed_in_the_passive_is_no_happening(analyse, text, expected):
    assert triggers_and_dates(analyse, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The syndrome was recognized as a separate diagnosis in 1981.", [("recognized", "1981")]),
    ("It was believed that the dam was safe, but it collapsed in March 1959.", [("collapsed", "1959-03")]),
])
def test_an_act_of_recognising_or_a_dated_act_after_a_belief_is_still_a_happening(analyse, text, expected):
    assert triggers_and_dates(analyse, text) == expected


# -- a thing said to be used, with no one who uses it, tells how it served: no event ----------------------

@pytest.mark.parametrize("text", [
    "The old seal has been used on every charter since 1688.",
    "The Lanna alphabet (used for a few decades in the early 19th century for temple records) is now rare.",
    "Cast iron was the material most used in the 1850s.",
    "Oak was widely used for the hulls of river barges until 1870.",
])
def test_an_agentless_use_is_no_event(analyse, text):
    assert events_of(analyse, text) == []


@pytest.mark.parametrize("text, expected", [
    ("Since 1952, the league has used a knockout format.", [("used", "1952")]),
    ("The formula was used by Halden in 1911 to date the layers.", [("used", "1911")]),
    ("In 1911 Halden used the formula to date the layers.", [("used", "1911")]),
])
def test_someones_dated_use_stays_an_event(analyse, text, expected):
    assert triggers_and_dates(analyse, text) == expected


# -- habitual acts and scheduled happenings are no events (set conventions) -----------------------

@pytest.mark.parametrize("text", [
    "From 1960 the team usually trained in the mountains.",
    "In the 1920s he often visited his sister in Paris.",
    "In 1900 the ships frequently called at the port.",
    "In the 1880s the king sometimes hunted in the forest.",
    "During the 1970s the band toured every year.",
    "In 1990 the company typically paid a dividend each quarter.",
    "Until 1914 pilgrims used to visit the shrine each spring.",
])
def test_a_habitual_act_is_no_event(analyse, text):
    assert events_of(analyse, text) == []


def test_a_verb_of_use_with_an_object_is_no_habit(analyse):
    # "used the bitumen to pave": a use, not "used to"
    assert events_of(analyse, "In 1915 the engineer used the bitumen to pave a road.") != []


@pytest.mark.parametrize("text", [
    "The mission was scheduled to launch in 1986.",
    "The bridge is due to be completed in 2027.",
    "The league was set to expand in 2025.",
    "The album was slated to appear in 1999.",
])
def test_a_scheduled_happening_is_no_event(analyse, text):
    assert events_of(analyse, text) == []


@pytest.mark.parametrize("text", [
    "In 1700 neither side attacked.",
    "In 1652 neither fleet engaged the other.",
    "In 1998 neither company accepted the offer.",
])
def test_a_happening_negated_through_its_subject_is_no_event(analyse, text):
    assert events_of(analyse, text) == []


# -- steps of one act joined by "and" are one event (v1.1: "arrested and charged": one) -----------

@pytest.mark.parametrize("text", [
    "In 1933 he was arrested and charged with treason.",
    "In 1950 she was tried and convicted of fraud.",
    "In 1415 the knight was captured and imprisoned.",
    "The smugglers were arrested and jailed in 1968.",
])
def test_passive_steps_of_one_act_are_one_event(analyse, text):
    assert len(events_of(analyse, text)) == 1


@pytest.mark.parametrize("text, count", [
    ("In 1991 the republic dropped the old name, adopted a constitution and restored the flag.", 3),
    ("The monastery was founded in 1120 and rebuilt in 1450.", 2),
    ("In 1850 he founded the journal and edited it.", 2),
])
def test_separate_acts_joined_by_and_stay_separate(analyse, text, count):
    assert len(events_of(analyse, text)) == count


# -- ownership is a state, no event (guideline: "States and figures are not events") ------------------

@pytest.mark.parametrize("text", [
    "By 1900 the church owned most of the land in the valley.",
    "In 1850 the family possessed three estates.",
    "In 1990 the bank owned shares in the firm.",
])
def test_owning_is_a_state(analyse, text):
    assert events_of(analyse, text) == []


# -- fires, storms and explosions are dated happenings (v1.1 "other": natural disasters and accidents) --

@pytest.mark.parametrize("text, trigger", [
    ("The 1871 fire destroyed the city centre.", "fire"),
    ("The town was rebuilt after the fire of 1666.", "fire"),
    ("The 1900 hurricane killed thousands.", "hurricane"),
    ("The 1955 tornado struck the farm.", "tornado"),
])
def test_a_disaster_noun_is_the_event(analyse, text, trigger):
    assert [(e["trigger"], e["type"]) for e in events_of(analyse, text)] == [(trigger, "other")]


# -- what someone failed to do did not happen (set conventions: negated happenings are no events) ------

@pytest.mark.parametrize("text", [
    "The film failed to find a distributor in 1971.",
    "In 1588 the fleet failed to land its army.",
    "The candidate failed to win a seat in 1912.",
])
def test_a_failed_act_is_no_event(analyse, text):
    assert events_of(analyse, text) == []


# -- a clause the model reads as one noun phrase keeps its verb ------------------------------------------
# The small model sometimes tags the main verb of a short clause as an adjective modifying its object ("In 1845
# Texas annexed land": annexed/JJ amod of land); the verb between its subject and its object is the trigger.

@pytest.mark.parametrize("text, trigger, kind, date", [
    ("In 1962 Sweden outlawed smoking.", "outlawed", "policy", "1962"),
    ("The republic in 1962 outlawed slavery.", "outlawed", "policy", "1962"),
    ("The government of Chile in 1990 outlawed torture of prisoners.", "outlawed", "policy", "1990"),
    ("In 1845 Texas annexed land.", "annexed", "policy", "1845"),
    ("Sweden in 1809 ceded Finland.", "ceded", "policy", "1809"),
    ("The senate in 1865 abolished slavery.", "abolished", "policy", "1865"),
    ("Sweden outlawed smoking in 1962.", "outlawed", "policy", "1962"),  # Sweden/JJ: a named state all the same
])
def test_a_verb_misread_as_a_modifier_is_the_trigger(analyse, text, trigger, kind, date):
    assert [(e["trigger"], e["type"], e["date"]) for e in events_of(analyse, text)] == [(trigger, kind, date)]


@pytest.mark.parametrize("text, party", [
    ("In 1962 Sweden outlawed smoking.", "SWE"),
    ("The government of Chile in 1990 outlawed torture of prisoners.", "CHL"),
    ("In 1871 Germany annexed Alsace.", "DEU"),
])
def test_a_misread_verb_takes_its_subject_as_participant(analyse, text, party):
    assert [party in e["participants"] for e in events_of(analyse, text)] == [True]


@pytest.mark.parametrize("text, trigger", [
    ("In 1930 Uruguay hosted football.", "hosted"),
    ("Parliament in 1832 reformed elections.", "reformed"),
    ("In 1885 Benz patented automobiles.", "patented"),
])
def test_a_misread_verb_is_the_trigger_not_its_object(analyse, text, trigger):
    assert [e["trigger"] for e in events_of(analyse, text)] == [trigger]


# An irregular past is found by WordNet's morphology (its exception list), not by stripping "-ed": the model
# misreads "forbade", "overthrew", "sank", "overran" as modifiers or nouns of the object as it does "annexed".
@pytest.mark.parametrize("text, trigger, kind, date", [
    ("The government of Chile in 1990 forbade torture of prisoners.", "forbade", "policy", "1990"),
    ("Chile in 1990 forbade torture.", "forbade", "policy", "1990"),
    ("Parliament in 1832 overthrew kings.", "overthrew", "leadership", "1832"),
    ("The Mongol army in 1258 overthrew caliphs.", "overthrew", "leadership", "1258"),
    ("The navy in 1898 sank cruisers.", "sank", "conflict", "1898"),
    ("The army of Egypt in 1973 overran defences.", "overran", "conflict", "1973"),
])
def test_an_irregular_past_misread_as_a_modifier_is_the_trigger(analyse, text, trigger, kind, date):
    assert [(e["trigger"], e["type"], e["date"]) for e in events_of(analyse, text)] == [(trigger, kind, date)]


@pytest.mark.parametrize("text, kind, date", [
    ("Britain in 1842 won Hong Kong.", "other", "1842"),
    ("Peru in 1821 won independence.", "other", "1821"),
    ("Japan in 1905 won wars.", "conflict", "1905"),
])
def test_won_after_an_inserted_year_is_the_verb(analyse, text, kind, date):
    assert [(e["trigger"], e["type"], e["date"]) for e in events_of(analyse, text)] == [("won", kind, date)]


def test_past_forms_come_from_wordnet_morphology():
    from pipeline.extraction.wordclasses import verbs_of_past_form
    assert [verbs_of_past_form(w) for w in ("won", "took", "began", "forbade", "overthrew")] == [
        ("win",), ("take",), ("begin",), ("forbid",), ("overthrow",)]
    assert [verbs_of_past_form(w) for w in ("annexed", "ceded", "banned", "ratified", "Outlawed")] == [
        ("annex",), ("cede",), ("ban",), ("ratify",), ("outlaw",)]
    assert [verbs_of_past_form(w) for w in ("annex", "dying", "has", "hit", "baned", "studyed")] == [()] * 6


def test_the_verb_forms_table_rebuilds_byte_for_byte(tmp_path):
    if importlib.util.find_spec("nltk") is None or not (WORDNET_DIR / "verb.exc").is_file():
        pytest.skip("nltk and WordNet 3.0 (wordnet-base) are needed only to rebuild the table")
    out = tmp_path / "wordnet_verb_forms.json"
    subprocess.run([sys.executable, str(REPO / "scripts" / "build_wordnet_verb_forms.py"), "--output", str(out),
                    "--wordnet-dir", str(WORDNET_DIR)], check=True, cwd=REPO, capture_output=True, timeout=600)
    assert out.read_bytes() == (REPO / "models" / "wordnet_verb_forms.json").read_bytes(), (
        "models/wordnet_verb_forms.json is stale: rerun the build")


# A body's name before a misread verb is its subject, not a dated happening named before it ("Congress" is a meeting
# noun, but the named Congress acts).
@pytest.mark.parametrize("text, trigger", [
    ("Congress in 1808 forbade imports of slaves.", "forbade"),
    ("Congress in 1862 abolished slavery.", "abolished"),
    ("The Congress in 1865 outlawed slavery.", "outlawed"),
    ("Congress in 1807 banned imports of slaves.", "banned"),
])
def test_a_named_body_before_a_misread_verb_is_its_subject(analyse, text, trigger):
    assert [(e["trigger"], e["type"]) for e in events_of(analyse, text)] == [(trigger, "policy")]


def test_a_later_clause_keeps_its_own_verb_after_a_misread_one(analyse):
    events = events_of(analyse, "The government of Chile in 1990 outlawed torture of prisoners, but the court in 1995 "
                                "revoked the law.")
    assert [(e["trigger"], e["date"]) for e in events] == [("outlawed", "1990"), ("revoked", "1995")]


@pytest.mark.parametrize("text", [
    "The annexed territory of Alsace in 1871.",
    "Germany's annexed provinces in 1871.",
    "Newly discovered species in 1928.",
    "Soviet annexed lands in 1940.",  # a nationality adjective is no subject
    "The Labour left wing in 1983.",  # a strong verb's participle that is an adjective of its own
    "The Liberal left wing in 1912.",
    "The Senate broken treaties of 1868.",
    "Sioux broken treaties of 1868.",
])
def test_a_participle_modifying_its_noun_stays_no_event(analyse, text):
    assert [e["trigger"] for e in events_of(analyse, text) if e["trigger"] in ("annexed", "discovered", "left", "broken")] == []


def test_the_hand_phrasal_list_repeats_no_wordnet_type():
    # a phrasal verb WordNet types alike is looked up in its table: the hand list only adds what WordNet lacks
    from pipeline.extraction.events.lexicon import load_trigger_lexicon
    from pipeline.extraction.wordclasses import is_phrasal_verb, verb_event_type
    lex = load_trigger_lexicon()
    repeated = [phrase for phrase, entry in lex.phrasal.items() if isinstance(entry, str) and is_phrasal_verb(phrase)
                and verb_event_type(phrase) == entry and phrase not in lex.argument_typed_verbs]
    assert repeated == []


@pytest.mark.parametrize("text, trigger, kind", [
    ("In 1990 Britain signed up to the treaty.", "signed up", "agreement"),
    ("The minister stepped down in 1995.", "stepped down", "leadership"),
    ("In 1976 the president stepped down as leader.", "stepped down", "leadership"),
])
def test_a_phrasal_verb_wordnet_types_needs_no_hand_entry(analyse, text, trigger, kind):
    assert [(e["trigger"], e["type"]) for e in events_of(analyse, text)] == [(trigger, kind)]


@pytest.mark.parametrize("text, trigger", [
    # the model reads "the engineer Tom Hale moved" as a noun with a contact clause: the clause is the main one
    ("In 1951 the engineer Tom Hale moved to Brazil.", "moved"),
    ("In 1975 the composer Lev Orlov settled in Paris.", "settled"),
    ("In 1938 the physicist Karl Weber emigrated to Canada.", "emigrated"),
])
def test_a_main_clause_after_a_title_noun_carries_a_fronted_date(analyse, text, trigger):
    assert [e["trigger"] for e in events_of(analyse, text)] == [trigger]


@pytest.mark.parametrize("text, trigger, date", [
    # a dated event noun and the verb that stages it are one happening, the verb's, at the verb's date
    ("The 2005 elections were held on 18 September.", "held", "2005-09-18"),
    ("The elections, 2005 were held on 18 September.", "held", "2005-09-18"),
    ("The 1998 summit was held in Oslo on 4 May.", "held", "1998-05-04"),
])
def test_a_dated_noun_and_the_verb_staging_it_are_one_event(analyse, text, trigger, date):
    assert triggers_and_dates(analyse, text) == [(trigger, date)]


@pytest.mark.parametrize("text", [
    # a date inside a quotation is part of the quoted words: it dates nothing the quoting clause tells
    "The note read 'VERSAILLES 1989' in red ink.",
    'The banner said "Victory 1945" in large letters.',
    'The card was stamped "Paris, May 1921" by the clerk.',
])
def test_a_quoted_date_dates_no_clause_outside_the_quotation(analyse, text):
    assert events_of(analyse, text) == []


@pytest.mark.parametrize("text, trigger", [
    ('"We signed the treaty in 1990," the minister said.', "signed"),
    ('He said that the war "ended in 1990".', "ended"),
    ("The states' leaders met in 1990.", "met"),
])
def test_a_quoted_date_still_dates_the_happening_told_inside_the_quotation(analyse, text, trigger):
    assert [e["trigger"] for e in events_of(analyse, text)] == [trigger]


@pytest.mark.parametrize("text", [
    # "by" and a date after a goal give its deadline: a planned happening, and no date of setting the goal
    "The company has stated its goal of carbon neutrality by 2022.",
    "The government announced a target of full employment by 1995.",
    "The party set the aim of halving poverty by 2030.",
])
def test_the_deadline_of_a_goal_dates_no_event(analyse, text):
    assert events_of(analyse, text) == []


@pytest.mark.parametrize("text, trigger", [
    ("The treaty was signed by 1995.", "signed"),
    ("The goal of full literacy was announced by the minister in 1962.", "announced"),
    ("The government announced a target of full employment in May 1990.", "announced"),
])
def test_a_goal_set_at_a_date_is_an_event(analyse, text, trigger):
    assert [e["trigger"] for e in events_of(analyse, text)] == [trigger]


@pytest.mark.parametrize("text", [
    # holding a title over years is a state, not staging a contest
    "She held the championship from 1990 to 1992.",
    "The sprinter held the national championship between 1961 and 1964.",
    "The club held the league championship from 1930 until 1933.",
])
def test_holding_a_title_over_years_is_no_event(analyse, text):
    assert events_of(analyse, text) == []


@pytest.mark.parametrize("text, date", [
    ("The championship was held from 1990 to 1992 in Leeds.", "1990/1992"),
    ("The city held a gala in 1990.", "1990"),
    ("The club held its championship from 3 to 9 May 1990.", "1990-05-03/1990-05-09"),
])
def test_staging_a_contest_is_an_event(analyse, text, date):
    assert triggers_and_dates(analyse, text) == [("held", date)]


@pytest.mark.parametrize("text", [
    # a territory governed by someone over a span of years is in a state, its status
    "The state was governed by a centre-left coalition from 1919 to 1932.",
    "The island was ruled by Sweden between 1561 and 1721.",
    "The province was governed by military officers from 1964 to 1985.",
])
def test_a_territory_governed_over_years_is_no_event(analyse, text):
    assert events_of(analyse, text) == []


@pytest.mark.parametrize("text, trigger", [
    ("Karl Brandt governed the province from 1919 to 1932.", "governed"),  # a post held over a span
    ("The town was ruled by Venice in 1420.", "ruled"),
    ("The port was administered by a British company in 1842.", "administered"),
])
def test_governing_at_a_date_or_in_office_is_an_event(analyse, text, trigger):
    assert [e["trigger"] for e in events_of(analyse, text)] == [trigger]
