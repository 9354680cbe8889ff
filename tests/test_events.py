"""The events stage: dated happenings, their type, participants and place (real spaCy model)."""
from __future__ import annotations

import pandas as pd
import pytest

from pipeline.extraction.dates import extract_dates
from pipeline.extraction.events import extract_events, load_trigger_lexicon
from pipeline.tables.schema import EVENT_TYPES

from .conftest import FOUNDING_GOLD


TITLE = "Sample article\n\n"  # a rendered article's first line is its title, never an event


def events_of(analyse, text: str) -> list[dict]:
    """The events of an article whose body is `text`."""
    return analyse(TITLE + text).tables["events"]


def only_event(analyse, text: str) -> dict:
    events = events_of(analyse, text)
    assert len(events) == 1, [(e["trigger"], e["type"], e["date"]) for e in events]
    return events[0]


# -- active and passive voice ---------------------------------------------------------------------

@pytest.mark.parametrize("text, trigger, date, parties", [
    ("Japan and Canada signed a fisheries treaty in 1998.", "signed", "1998", ["CAN", "JPN"]),
    ("In March 2004, France and Germany signed an accord on border controls.", "signed", "2004-03", ["DEU", "FRA"]),
    ("Brazil ratified the convention on 5 May 2011.", "ratified", "2011-05-05", ["BRA"]),
])
def test_active_voice_agreement(analyse, text, trigger, date, parties):
    event = only_event(analyse, text)
    assert (event["trigger"], event["type"], event["date"]) == (trigger, "agreement", date)
    assert event["participants"] == parties


@pytest.mark.parametrize("text, trigger, date, parties", [
    ("A treaty was signed by Japan and Canada in 1998.", "signed", "1998", ["CAN", "JPN"]),
    ("In 2004 the accord was ratified by the Italian parliament.", "ratified", "2004", ["ITA"]),
    ("The fisheries agreement was signed by Norway in June 1977.", "signed", "1977-06", ["NOR"]),
])
def test_passive_voice_takes_the_agent_as_participant(analyse, text, trigger, date, parties):
    event = only_event(analyse, text)
    assert (event["trigger"], event["type"], event["date"]) == (trigger, "agreement", date)
    assert event["participants"] == parties


@pytest.mark.parametrize("text, expected", [
    ("In 2012 the president of Chile signed a decree on water rights.", "policy"),
    ("Mexico and Peru signed a trade agreement in 2011.", "agreement"),
    ("The parliament of Finland passed a law banning the export of timber in 1921.", "policy"),
])
def test_the_object_noun_decides_an_ambiguous_verb(analyse, text, expected):
    assert only_event(analyse, text)["type"] == expected


@pytest.mark.parametrize("text, trigger, kind", [
    ("The first summit between the two states was held in Helsinki in July 1990.", "held", "meeting"),
    ("The talks took place in Vienna in May 1995.", "took place", "meeting"),
    ("In 1936 Egypt and Britain concluded an alliance treaty.", "concluded", "agreement"),
    ("Ecuador suspended its membership of the cartel in December 1992.", "suspended", "withdrawal"),
    ("Thailand tested a new rocket in 2019.", "tested", "military"),
    ("The poet was born in 1891 in a village near Kazan.", "born", "life"),
])
def test_types_from_the_trigger_lexicon(analyse, text, trigger, kind):
    event = only_event(analyse, text)
    assert (event["trigger"], event["type"]) == (trigger, kind)


@pytest.mark.parametrize("text, trigger", [
    ("The garrison repulsed the assault on the fortress in May 1812.", "repulsed"),
    ("In 1683 the defenders repelled the besiegers at the city walls.", "repelled"),
    ("Austrian troops repulsed a French attack on 12 June 1809.", "repulsed"),
])
def test_driving_back_an_attack_is_combat(analyse, text, trigger):
    # "repel" and "repulse" are one WordNet sense (force or drive back): fighting, not a deployment.
    event = only_event(analyse, text)
    assert (event["trigger"], event["type"]) == (trigger, "conflict")


# -- nominal events ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, trigger, kind, date, parties", [
    ("Historians still debate the Crimean War (1853-1856) and its causes.", "War", "conflict", "1853/1856", []),
    ("Ghana's withdrawal from the organisation on 3 March 1999 surprised its neighbours.", "withdrawal",
     "withdrawal", "1999-03-03", ["GHA"]),
    ("The 1962 crisis brought the superpowers close to war.", "crisis", "conflict", "1962", []),
    ("The 1973 oil crisis hit the economy of Japan hard.", "crisis", "economic", "1973", []),
    ("Observers criticised the Franco-Prussian War (1870-1871) for years.", "War", "conflict", "1870/1871",
     ["DEU", "FRA"]),
])
def test_nominal_events(analyse, text, trigger, kind, date, parties):
    events = [e for e in events_of(analyse, text) if e["trigger"] == trigger]
    assert len(events) == 1, events_of(analyse, text)
    event = events[0]
    assert (event["type"], event["date"]) == (kind, date)
    assert set(parties) <= set(event["participants"])


# -- conjunctions and several dates ---------------------------------------------------------------------

@pytest.mark.parametrize("text, triggers", [
    ("In 1992 Estonia signed and ratified the agreement.", ["signed", "ratified"]),
    ("Latvia signed the treaty and ratified it in 1995.", ["signed", "ratified"]),
    ("In 2001 Chile signed the accord, and Peru ratified it.", ["signed", "ratified"]),
])
def test_conjoined_verbs_share_the_date(analyse, text, triggers):
    events = events_of(analyse, text)
    assert [e["trigger"] for e in events] == triggers
    assert len({e["date"] for e in events}) == 1
    assert all(e["type"] == "agreement" for e in events)


@pytest.mark.parametrize("text, date", [
    ("Premier Zhou Enlai came to Ulaanbaatar in May 1960 and signed a treaty of friendship.", "1960-05"),
    ("The president flew to Hanoi in March 2001 and signed a trade pact with Vietnam.", "2001-03"),
    ("The foreign minister travelled to Lima on 4 June 1999 and signed a fisheries accord.", "1999-06-04"),
])
def test_what_a_traveller_did_on_the_journey_shares_its_date(analyse, text, date):
    events = events_of(analyse, text)
    assert [e["date"] for e in events if e["trigger"] == "signed"] == [date]


@pytest.mark.parametrize("text", [
    "The minister came to Oslo in 1990 and signed a treaty there in 1991.",
    "The envoy arrived in Seoul in May 1950, and the war broke out a month later.",
])
def test_a_journeys_date_is_not_shared_by_a_clause_with_its_own(analyse, text):
    events = events_of(analyse, text)
    assert not any(e["trigger"] in ("signed", "broke out") and e["date"] in ("1990", "1950-05") for e in events)


@pytest.mark.parametrize("text, trigger, date", [
    ("During Xi Jinping's state visit to Ulaanbaatar in August 2014 the two governments upgraded relations.",
     "upgraded", "2014-08"),
    ("During his visit to Moscow in May 2000, the chancellor signed a gas agreement.", "signed", "2000-05"),
    ("During the summit in Hanoi in February 2019, the two leaders issued no joint statement.", "issued", "2019-02"),
])
def test_a_clause_during_a_dated_event_shares_its_date(analyse, text, trigger, date):
    events = events_of(analyse, text)
    assert [e["date"] for e in events if e["trigger"] == trigger] == [date]


@pytest.mark.parametrize("text, trigger, date", [
    ("In December 1990 Washington approved new credits, and it extended a further loan in June 1991.", "extended", "1991-06"),
    ("In 1926 the two engineers designed a refrigerator and, in 1930, patented it.", "patented", "1930"),
    ("In 1875 the mining rights were granted to a British firm and in 1912 they were transferred to an Italian one.",
     "transferred", "1912"),
])
def test_a_conjoined_verbs_own_date_wins_over_the_one_before_it(analyse, text, trigger, date):
    assert [e["date"] for e in events_of(analyse, text) if e["trigger"] == trigger] == [date]


@pytest.mark.parametrize("text, trigger", [
    ("In 2008 Chinese firms accounted for most new investment, and Beijing has also extended a loan for roads.", "extended"),
    ("The treaty was signed in 1997, and both states have since ratified it.", "ratified"),
])
def test_a_present_perfect_clause_is_not_dated_by_the_clause_before_it(analyse, text, trigger):
    assert trigger not in [e["trigger"] for e in events_of(analyse, text)]


@pytest.mark.parametrize("text, trigger, parties", [
    ("In 1998 Tokyo lent $200 million to Jakarta.", "lent", ["IDN", "JPN"]),
    ("In December 1990 Washington approved new credits, and it extended a further US$1.5 billion in June 1991.",
     "extended", ["USA"]),
    ("In 2010 Beijing offered $500 million for a railway in Kenya.", "offered", ["CHN", "KEN"]),
])
def test_a_loan_or_grant_of_an_amount_is_an_economic_event(analyse, text, trigger, parties):
    event = next(e for e in events_of(analyse, text) if e["trigger"] == trigger)
    assert (event["type"], event["participants"]) == ("economic", parties)


@pytest.mark.parametrize("text", [
    "In 2004 Norway exported 420,000 tonnes of farmed salmon.",
    "In 2005 Japan sold cars worth $3 billion to Australia.",
])
def test_a_trade_flow_with_its_amount_stays_a_figure(analyse, text):
    assert events_of(analyse, text) == []


@pytest.mark.parametrize("text, trigger, parties", [
    ("In 2010 Beijing offered a loan to Kenya.", "offered", ["CHN", "KEN"]),
    ("In March 1991 Moscow recalled its ambassador from Tirana.", "recalled", ["ALB", "SUN"]),
    ("In 1996 Canberra signed a fisheries accord with Tokyo.", "signed", ["AUS", "JPN"]),
])
def test_a_subject_right_after_a_fronted_date_takes_part_and_is_not_the_place(analyse, text, trigger, parties):
    event = next(e for e in events_of(analyse, text) if e["trigger"] == trigger)
    assert (event["participants"], event["location"]) == (parties, None)


@pytest.mark.parametrize("text, trigger, kind", [
    ("Premier Zhou Enlai came to Ulaanbaatar in May 1960.", "came", "meeting"),
    ("The foreign minister came to Pyongyang on 3 July 2000.", "came", "meeting"),
    ("The general came to power in 1971.", "came", "leadership"),
])
def test_coming_to_a_capital_is_a_visit_and_coming_to_power_is_not(analyse, text, trigger, kind):
    event = next(e for e in events_of(analyse, text) if e["trigger"].startswith(trigger))
    assert event["type"] == kind


@pytest.mark.parametrize("text", [
    "Soviet purchases in 1972 came to about 19 million tonnes of grain.",
    "Western analysts put the hard-currency cost at $5 billion a year in the early 1980s.",
    "Official statistics valued the 1963 purchases at around 400 million rubles.",
    "By 2006 the harvest was valued at $1.5 billion.",
])
def test_a_verb_that_states_an_amount_is_a_figure_not_an_event(analyse, text):
    assert events_of(analyse, text) == []


def test_setting_a_quota_at_an_amount_is_still_a_decision(analyse):
    assert only_event(analyse, "In 2003 the ministry set the quota at 200,000 tonnes.")["type"] == "policy"


def test_conjoined_verbs_share_the_subject(analyse):
    events = events_of(analyse, "In 1994 Uruguay recognized the new state, announced new tariffs, and opted out of the pact.")
    assert [e["trigger"] for e in events] == ["recognized", "announced", "opted out"]
    assert all(e["participants"] == ["URY"] for e in events)
    assert [e["type"] for e in events] == ["policy", "policy", "withdrawal"]


@pytest.mark.parametrize("text, expected", [
    ("The treaty was signed in 1919 and ratified in 1920.", [("signed", "1919"), ("ratified", "1920")]),
    ("Norway applied for membership in 1962 and withdrew its application in 1967.",
     [("applied", "1962"), ("withdrew", "1967")]),
    ("Argentina invaded the islands in April 1982, and Britain recaptured them in June 1982.",
     [("invaded", "1982-04"), ("recaptured", "1982-06")]),
])
def test_a_sentence_with_two_dates_and_two_events(analyse, text, expected):
    events = events_of(analyse, text)
    assert [(e["trigger"], e["date"]) for e in events] == expected
    assert len({e["sent_id"] for e in events}) == 1


def test_an_event_in_a_when_clause_shares_the_date(analyse):
    events = events_of(analyse, "The summit took place in June 1972 when a declaration was signed by both leaders.")
    assert [(e["trigger"], e["type"], e["date"]) for e in events] == [
        ("took place", "meeting", "1972-06"), ("signed", "agreement", "1972-06")]


# -- metonymy and persons --------------------------------------------------------------------------------

@pytest.mark.parametrize("text, parties", [
    ("In 1994, Tokyo and Seoul signed a fisheries pact.", ["JPN", "KOR"]),
    ("The Kremlin announced new sanctions against Georgia in August 2008.", ["GEO", "RUS"]),
    ("Washington imposed an embargo on Havana in 1962.", ["CUB", "USA"]),
    ("In 1962, Beijing and Pyongyang signed a border treaty.", ["CHN", "PRK"]),
])
def test_capitals_stand_for_their_state(analyse, text, parties):
    assert only_event(analyse, text)["participants"] == parties


def test_moscow_stood_for_the_soviet_union_while_it_existed(analyse):
    events = events_of(analyse, "Moscow recognized the new government in 1955. Moscow recognized another government in 1995.")
    assert [e["participants"] for e in events] == [["SUN"], ["RUS"]]


def test_a_surname_resolves_to_the_full_name_in_the_article(analyse):
    text = ("Helmut Kohl led the country for sixteen years. In 1990, Kohl signed the unification treaty. "
            "Kohl visited Moscow in 1991.")
    events = events_of(analyse, text)
    assert [e["trigger"] for e in events] == ["signed", "visited"]
    assert all("Helmut Kohl" in e["participants"] for e in events)
    assert events[1]["type"] == "meeting"


@pytest.mark.parametrize("text, trigger, person", [
    ("Prime Minister Kevin Rudd took office in 2007. Rudd travelled to Beijing in April 2008.", "travelled", "Kevin Rudd"),
    ("Tomas Varga became minister in 1994. Parliament censured Varga in May 1996.", "censured", "Tomas Varga"),
    ("Tomas Varga founded the party in 1989. In 1992 the voters elected Varga and his deputy.", "elected", "Tomas Varga"),
])
def test_a_surname_the_model_leaves_untagged_is_the_person_named_before(analyse, text, trigger, person):
    event = next(e for e in events_of(analyse, text) if e["trigger"] == trigger)
    assert person in event["participants"]


def test_the_articles_own_subject_is_not_a_surname(analyse):
    text = ("Aikido\n\nShin Shin Toitsu Aikido was founded by a student of the art. "
            "Aikido began to diverge from its parent art in the late 1920s.")
    event = next(e for e in analyse(text).tables["events"] if e["date"] == "192")
    assert event["participants"] == []


# "the two countries", "both governments": the pair named before them, or the article's pair.
PAIR_ARTICLE = "Chile–Vietnam relations\n\n"


@pytest.mark.parametrize("text, trigger, parties", [
    ("Chile and Vietnam opened embassies in 1971. The two countries signed a trade agreement in 1994.",
     "signed", ["CHL", "VNM"]),
    ("Trade grew quickly in the 1990s. In March 2003 both governments agreed to open consulates.",
     "agreed", ["CHL", "VNM"]),
    ("Relations cooled in 2005. On 4 May 2008 the two sides concluded a free trade agreement in Santiago.",
     "concluded", ["CHL", "VNM"]),
    ("In 1999 Santiago sent a trade mission, and in 2001 the two governments set up a joint commission.",
     "set up", ["CHL", "VNM"]),
    ("The Soviet Union and Mongolia signed a defence treaty in 1966, and the two countries held joint exercises in 1970.",
     "held", ["MNG", "SUN"]),
    ("Argentina and Brazil signed a customs pact in 1991. In 1994 the two countries opened their border.",
     "opened", ["ARG", "BRA"]),
])
def test_the_two_countries_are_the_pair_named_before_or_the_articles_pair(analyse, text, trigger, parties):
    event = next(e for e in analyse(PAIR_ARTICLE + text).tables["events"] if e["trigger"] == trigger)
    assert event["participants"] == parties


@pytest.mark.parametrize("text, trigger", [
    ("Limited private trade was reopened in August 1947.", "reopened"),
    ("The fishing quarrel was settled only in December 1936.", "settled"),
    ("Negotiations on a fisheries pact opened in April 2007.", "opened"),
])
def test_what_goes_on_between_the_pair_takes_the_pair(analyse, text, trigger):
    event = next(e for e in analyse(PAIR_ARTICLE + text).tables["events"] if e["trigger"] == trigger)
    assert event["participants"] == ["CHL", "VNM"]


def test_trade_with_someone_else_is_not_the_pair(analyse):
    text = PAIR_ARTICLE + "Trade with the coastal tribes began in 1520."
    event = next(e for e in analyse(text).tables["events"] if e["trigger"] == "began")
    assert event["participants"] == []


def test_two_of_something_else_is_not_the_pair(analyse):
    text = PAIR_ARTICLE + "A fire broke out at the port in 1931. Two workers died in the fire on 3 May 1931."
    event = next(e for e in analyse(text).tables["events"] if e["trigger"] == "died")
    assert event["participants"] == []


def test_without_a_pair_in_the_title_the_two_states_named_most_are_the_pair(analyse):
    text = ("Grain trade\n\nCanada sold wheat to Poland in 1956. Canada and Poland renewed the contract in 1958. "
            "Polish buyers returned to Canada in 1960.\n\nPrices fell in 1962. In 1963 both governments signed "
            "a new long-term contract.")
    event = next(e for e in analyse(text).tables["events"] if e["date"] == "1963")
    assert event["participants"] == ["CAN", "POL"]


@pytest.mark.parametrize("text, parties", [
    ("The Treaty of Friendship between Chile and Peru was signed on 3 June 1929 by Carlos Ibanez and Augusto Leguia.",
     ["Augusto Leguia", "Carlos Ibanez"]),
    ("The Canada–Poland Trade Agreement was signed in Ottawa in May 1958 by John Diefenbaker.", ["John Diefenbaker"]),
    ("The Treaty of Friendship between Chile and Peru was signed on 3 June 1929 by both governments.", ["CHL", "PER"]),
    ("Ambassador Jorge Ruiz was received in Lima in 1929 by Augusto Leguia.", ["Augusto Leguia", "Jorge Ruiz"]),
])
def test_persons_who_sign_an_agreement_do_not_bring_the_states_of_its_name(analyse, text, parties):
    event = only_event(analyse, text)
    assert event["participants"] == parties


@pytest.mark.parametrize("text, trigger, parties", [
    ("Helmut Schmidt became chancellor in 1974. He visited Moscow in 1978.", "visited", ["Helmut Schmidt", "SUN"]),
    ("Indira Gandhi returned to power in 1980. In 1982 she signed a trade agreement with the Soviet Union.",
     "signed", ["Indira Gandhi", "SUN"]),
    ("Kim Il Sung led the partisans. His son Kim Jong Il was born in 1942.", "born", ["Kim Jong Il"]),
])
def test_he_or_she_is_the_person_named_before_in_the_paragraph(analyse, text, trigger, parties):
    event = next(e for e in events_of(analyse, text) if e["trigger"] == trigger)
    assert event["participants"] == parties


def test_a_nationality_on_a_person_is_not_a_participant(analyse):
    event = only_event(analyse, "In 1999, French President Jacques Chirac signed a decree on pensions.")
    assert event["participants"] == ["Jacques Chirac"]
    assert event["type"] == "policy"


def test_location_from_a_locative_phrase(analyse):
    event = only_event(analyse, "The two leaders met in Geneva in November 1985.")
    assert (event["type"], event["location"]) == ("meeting", "Geneva")
    assert event["participants"] == []


# -- not events ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Exports rose to $5 billion in 2003.",
    "In 2004 the trade turnover reached US$300 million.",
    "Imports fell by 12 percent in 1998.",
    "Relations remained frozen until 1999.",
    "In 1988 about 60% of its trade was with Finland.",
    "Finland signed the treaty.",
])
def test_figures_states_and_undated_sentences_are_not_events(analyse, text):
    assert events_of(analyse, text) == []


@pytest.mark.parametrize("text, expected", [
    # prevailing is a state (v1.1), taking or gaining control an act
    ("The 1990s were dominated by two studios.", []),
    ("In the 1880s two banks dominated the island's trade.", []),
    ("By 1900 one family dominated the town's council.", []),
    ("In 1944 the partisans took control of the capital.", ["took control"]),
    ("In 1521 the invaders gained control of the valley.", ["gained control"]),
])
def test_dominating_is_a_state_taking_control_an_act(analyse, text, expected):
    assert [e["trigger"] for e in events_of(analyse, text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a thing's gradual change with no actor doing it is no happening (v1.1: "grew", "rose")
    ("Her popularity peaked in the early twentieth century.", []),
    ("His influence declined in the 1970s.", []),
    ("Interest in the method increased in the 1950s.", []),
    ("The practice dwindled in the 1700s.", []),
    # ... what an actor did or underwent keeps its event
    ("The empire declined in the 17th century.", ["declined"]),
    ("In 1937 the company expanded its fleet.", ["expanded"]),
])
def test_a_change_in_extent_with_no_actor_is_no_event(analyse, text, expected):
    assert [e["trigger"] for e in events_of(analyse, text)] == expected


@pytest.mark.parametrize("text, expected", [
    # an economy or a rate that rebounds, recovers or stabilises is a figure's change, no happening (v1.1)
    ("After the slump of 2009 the national economy rebounded.", []),
    ("In 1934 the island's economy slowly recovered.", []),
    ("The jobless rate stabilised at a lower level in 2012.", []),
    ("By 1999 the currency had stabilized against the dollar.", []),
    # ... an actor that recovers, or recovers a thing, keeps its event
    ("The king recovered from his fever in 1788.", ["recovered"]),
    ("In 1402 the army recovered the fortress.", ["recovered"]),
])
def test_a_figure_that_rebounds_or_stabilises_is_no_event(analyse, text, expected):
    assert [e["trigger"] for e in events_of(analyse, text)] == expected


def test_headings_and_table_rows_have_no_events(analyse):
    text = "The treaty signed in 1905\n\n[edit] 1953-1956\n\nyear 1990 1992\ntrade turnover (million$) 2600 600\n"
    assert analyse(text).tables["events"] == []


# -- the records themselves ------------------------------------------------------------------------------------

def test_records_are_in_document_order_with_ordinal_ids_and_anchored_dates(nlp):
    text = ("Sweden and Denmark signed a treaty in 1905. In 1920 Denmark withdrew from the pact. "
            "A summit was held in Oslo in 1921.")
    doc = nlp(text)
    dates = extract_dates(doc)
    events = extract_events(doc, dates)
    assert [e.event_id for e in events] == list(range(len(events)))
    assert [e.start for e in events] == sorted(e.start for e in events)
    by_id = {d.date_id: d for d in dates}
    for event in events:
        date = by_id[event.date_id]
        assert (event.date, event.date_from, event.date_to) == (date.value, date.date_from, date.date_to)
        assert doc.text[event.start:event.end] == event.trigger
        assert doc[doc.char_span(event.start, event.end).start].sent == doc.char_span(date.start, date.end).sent
        assert event.type in EVENT_TYPES
    assert extract_events(doc, dates) == events  # deterministic; the Doc was not changed


def test_the_lexicon_types_are_the_schema_types():
    lex = load_trigger_lexicon()
    types = set()
    for table in (lex.verbs, lex.nouns, lex.phrasal):
        for value in table.values():
            if isinstance(value, str):
                types.add(value)
            else:
                types.add(value["type"])
                types.update((value.get("arguments") or value.get("modifiers") or {}).values())
    types.update(lex.argument_nouns.values())
    types.update(lex.particles.values())
    types.update(v for idiom in lex.idioms.values() for v in idiom.values())
    types.update(lex.argument_modifiers.values())
    for value in lex.nouns.values():
        if isinstance(value, dict):
            types.update((value.get("modifiers") or {}).values())
            types.update((value.get("arguments") or {}).values())
    assert types <= set(EVENT_TYPES)


# -- purity: the events of a document depend on that document only -----------------------------------------

# Both articles call a different person by the same surname, and "Moscow" stands for another state in each.
ARTICLE_A = ("Alpha Treaty\n\nHelmut Kohl led the country for sixteen years. In 1990, Kohl signed a border treaty "
             "with Chile in Santiago. Moscow recognised the treaty in 1950.")
ARTICLE_B = ("Beta Reforms\n\nPeter Kohl became minister in 2009. In 2010 Kohl introduced a fuel tax. "
             "Moscow imposed sanctions on Georgia in 2008, and Poland joined NATO in 1999.")


def test_events_of_a_document_do_not_depend_on_the_documents_before_it(analyse):
    first = analyse(ARTICLE_A, doc_id="a").tables["events"]
    other = analyse(ARTICLE_B, doc_id="b").tables["events"]
    again = analyse(ARTICLE_A, doc_id="a").tables["events"]
    assert first and other
    assert again == first
    signed = next(e for e in first if e["trigger"] == "signed")
    assert "Helmut Kohl" in signed["participants"] and "Peter Kohl" not in signed["participants"]
    introduced = next(e for e in other if e["trigger"] == "introduced")
    assert introduced["participants"] == ["Peter Kohl"]
    assert next(e for e in first if e["trigger"] == "recognised")["participants"] == ["SUN"]
    assert next(e for e in other if e["trigger"] == "imposed")["participants"] == ["GEO", "RUS"]


def test_extracting_twice_from_one_doc_gives_the_same_events_and_leaves_the_doc_unchanged(nlp):
    doc = nlp(ARTICLE_B)
    dates = extract_dates(doc)
    before = (doc.to_bytes(exclude=["user_data"]), [(e.start, e.end, e.label_) for e in doc.ents])
    first = extract_events(doc, dates)
    assert extract_events(nlp(ARTICLE_A), extract_dates(nlp(ARTICLE_A)))
    assert extract_events(doc, dates) == first
    assert (doc.to_bytes(exclude=["user_data"]), [(e.start, e.end, e.label_) for e in doc.ents]) == before


# -- types that real articles need ----------------------------------------------------------------------------

@pytest.mark.parametrize("text, kind", [
    ("Ghana introduced a new export tax in 1983.", "policy"),
    ("In 2004 the government of Peru introduced a levy on mining profits.", "policy"),
    ("Chile introduced import duties on steel in 1999.", "policy"),
    ("Britain declared war on Germany in September 1939.", "conflict"),
    ("In 1914 Russia declared war on the Ottoman Empire.", "conflict"),
    ("Kenya declared a state of emergency in 1952.", "policy"),
    ("In 2006 China offered Angola a loan of two billion dollars.", "economic"),
    ("China offered a loan to Angola in 2006.", "economic"),
    ("Kuwait gave Egypt a large loan in 1991.", "economic"),
    ("In 1962 the Soviet Union supplied arms to Cuba.", "military"),
    ("The United States supplied weapons to Israel in 1973.", "military"),
    ("In 1980 Libya provided military support to Chad.", "military"),
    ("France gave military aid to Mali in 2013.", "military"),
    ("Poland joined NATO in 1999.", "agreement"),
    ("In 2004 Estonia became a member of the European Union.", "agreement"),
    ("Sweden joined the United Nations in 1946.", "agreement"),
    ("The pyramid schemes collapsed in 1997.", "economic"),
    ("In 1998 the national currency collapsed.", "economic"),
    ("Several banks collapsed in 2008.", "economic"),
    ("In 2018 Britain expelled 23 Russian diplomats.", "withdrawal"),
    ("Norway expelled two Soviet diplomats in 1983.", "withdrawal"),
    ("Uganda expelled its Asian minority in 1972.", "migration"),
    ("In 1990 Mikhail Gorbachev oversaw the reform of the army.", "leadership"),
])
def test_real_article_verbs_get_their_types(analyse, text, kind):
    assert only_event(analyse, text)["type"] == kind


@pytest.mark.parametrize("text, trigger, kind", [
    ("The establishment of diplomatic relations between Chile and Vietnam in 1971 opened trade.",
     "establishment", "policy"),
    ("Croatia's accession to the European Union in 2013 ended a long process.", "accession", "agreement"),
    # guideline v1.1: protests not described as clashes are other
    ("Protests beginning in 1989 brought down the government.", "Protests", "other"),
    ("China's loan to Angola in 2004 financed railways.", "loan", "economic"),
    ("The privatisation of the railways in 1996 raised money.", "privatisation", "economic"),
])
def test_nominal_triggers_of_real_articles(analyse, text, trigger, kind):
    event = only_event(analyse, text)
    assert (event["trigger"], event["type"]) == (trigger, kind)


@pytest.mark.parametrize("text, trigger", [
    ("The family was forced to leave Uganda in 1972.", "forced to leave"),
    ("In 1948 many villagers were forced to flee to Jordan.", "forced to flee"),
    ("The Chams were compelled to leave the delta in 1835.", "compelled to leave"),
])
def test_a_forced_departure_is_migration(analyse, text, trigger):
    event = only_event(analyse, text)
    assert (event["trigger"], event["type"]) == (trigger, "migration")


@pytest.mark.parametrize("text", [
    "In 1970 Albania was aligned with China.",
    "Since 2010 tourism is booming on the island.",
    "In 2006 the region recorded strong growth.",
    "The economy posted a large surplus in 2011.",
    "In 2011 the government intended to legislate on water.",
    "In 2012 the assembly intended to ban smoking.",
    "The ministry hoped to sign the accord in 2015.",
    "In 1994 the ministry played a key role.",
    "The army played a part in 1968.",
])
def test_states_roles_figures_and_intentions_are_not_events(analyse, text):
    assert events_of(analyse, text) == []


@pytest.mark.parametrize("text", [
    "The war of 1812 was followed by a long peace.",
    "The crisis of 1956 was followed by reforms.",
    "The coup of 1973 was followed by years of repression.",
])
def test_followed_by_only_orders_events(analyse, text):
    event = only_event(analyse, text)
    assert event["trigger"] != "followed"


# -- participants and locations of real articles -----------------------------------------------------------------

@pytest.mark.parametrize("text, parties, location", [
    ("Prime Minister Abe visited Canberra in July 2014.", ["AUS", "Shinzo Abe"], "Canberra"),
    ("Finland's president visited Moscow in 1994.", ["FIN", "RUS"], "Moscow"),
    ("The Chinese premier visited Mongolia in 1960.", ["CHN", "MNG"], None),
])
def test_a_visit_takes_the_visited_state_and_a_visited_city_as_location(analyse, text, parties, location):
    event = only_event(analyse, text)
    assert (event["type"], event["participants"], event["location"]) == ("meeting", parties, location)


@pytest.mark.parametrize("text", [
    "The Defence Minister of Serbia, Bratislav Gasic, visited Moscow in 2015.",
    "Bratislav Gasic, the defence minister of Serbia, visited Moscow in 2015.",
    "Serbia's defence minister, Bratislav Gasic, visited Moscow in 2015.",
])
def test_the_state_in_a_named_persons_title_is_not_added(analyse, text):
    assert only_event(analyse, text)["participants"] == ["Bratislav Gasic", "RUS"]


@pytest.mark.parametrize("text, parties", [
    ("Japan banned American beef in December 2003.", ["JPN", "USA"]),
    ("In 2014 Russia banned imports of Norwegian salmon.", ["NOR", "RUS"]),
    ("Canada halted sales of wheat to Soviet buyers in 1980.", ["CAN", "SUN"]),
])
def test_a_nationality_on_goods_or_buyers_is_a_participant(analyse, text, parties):
    assert only_event(analyse, text)["participants"] == parties


@pytest.mark.parametrize("text, parties", [
    ("In 1937 the government deported Korean refugees to Kazakhstan.", ["KAZ"]),
    ("Anti-Japanese guerrillas attacked the garrison in 1932.", []),
    ("In 1966 the pro-Soviet faction was expelled.", []),
])
def test_who_people_are_or_whom_they_oppose_is_not_a_participant(analyse, text, parties):
    assert only_event(analyse, text)["participants"] == parties


@pytest.mark.parametrize("text, parties, location", [
    # v1.1: companies are organisations and take part by their name; Kentucky is where
    ("Toyota opened a new plant in Kentucky in 1988.", ["Toyota"], "Kentucky"),
    # a war no one is named fighting is the state's own, fought where it is
    ("A civil war broke out in Angola in 1975.", ["AGO"], "Angola"),
    # v1.1 (issue 15): a place in a location phrase, a state too, is where, not who
    ("Norwegian firms opened processing plants in Poland in 2003.", ["NOR"], "Poland"),
])
def test_a_place_in_a_location_phrase_is_the_location_not_a_participant(analyse, text, parties, location):
    event = only_event(analyse, text)
    assert (event["participants"], event["location"]) == (parties, location)


@pytest.mark.parametrize("text, parties", [
    ("A poor harvest led Canada to suspend grain sales in 1976.", ["CAN"]),
    ("The scandal prompted Japan to recall its ambassador in 2012.", ["JPN"]),
    ("A border dispute forced Peru to withdraw its troops in 1942.", ["PER"]),
])
def test_the_object_of_a_causing_verb_does_the_complement(analyse, text, parties):
    event = only_event(analyse, text)
    assert event["participants"] == parties


# -- the founding article against its gold ---------------------------------------------------------------------

def test_founding_article_meets_the_event_targets(founding_raw, founding_rows):
    from pipeline.tools.evaluate import evaluate_document
    from pipeline.tools.gold import load_gold

    if not FOUNDING_GOLD.exists():
        pytest.skip("../shared/gold is not beside the repository")
    frames = {name: pd.DataFrame(founding_rows.tables[name]) for name in ("dates", "figures", "events", "sentences")}
    metrics = evaluate_document(load_gold(FOUNDING_GOLD), founding_raw, frames).counts["events"].metrics()
    assert metrics["f1"] >= 0.8, metrics
    assert metrics["type"] >= 0.8, metrics
    assert metrics["date"] >= 0.9, metrics
    assert metrics["participants_f1"] >= 0.7, metrics


@pytest.mark.parametrize("text, trigger", [
    # "was the first (last, only) one to do something" says it was done: the infinitive is the happening
    ("In 1980, the sailor was the first man to cross the ocean rowing solo.", "cross"),
    ("In 1932 she became the first woman to fly across the Atlantic alone.", "fly"),
    ("In 1919 the seaplane became the first aircraft to cross the Atlantic.", "cross"),
    ("The first state to ratify was Virginia on December 16, 1777.", "ratify"),
])
def test_the_first_one_to_do_something_did_it(analyse, text, trigger):
    events = events_of(analyse, text)
    assert [e["trigger"] for e in events] == [trigger]


@pytest.mark.parametrize("text, trigger", [
    # the first one described by a participle phrase ("born in Africa") before its infinitive
    ("The first person born in Africa to fly in space was Patrick Baudry, in 1985.", "fly"),
    ("The first woman elected to the council to serve as mayor was Ann Hill, in 1931.", "serve"),
    ("The first man raised in the colony to become its governor was Tom Ward, in 1822.", "become"),
])
def test_the_first_one_described_by_a_participle_to_do_something_did_it(analyse, text, trigger):
    assert [e["trigger"] for e in events_of(analyse, text)] == [trigger]


@pytest.mark.parametrize("text, trigger", [
    # one of the first (among the first) to do something did it too
    ("In 1935 Iceland was one of the first countries to legalize it.", "legalize"),
    ("In 1905 the city was among the first in the region to install electric lights.", "install"),
    ("In 1962, Jamaica was one of the first colonies in the Caribbean to become independent.", "become"),
])
def test_one_of_the_first_to_do_something_did_it(analyse, text, trigger):
    assert [e["trigger"] for e in events_of(analyse, text)] == [trigger]


def test_a_first_that_did_nothing_is_no_event(analyse):
    # no infinitive: "the first" is a rank, not a happening
    assert events_of(analyse, "In 1990 the town was the first in the region.") == []


@pytest.mark.parametrize("text, trigger", [
    # one who became the first of a kind achieved it then: the infinitive is the happening, or the copula
    ("In 1994, Maria Lopez became the first Chilean to climb the mountain.", "climb"),
    ("In 1979 the pilot became the first woman to cross the desert by balloon.", "cross"),
    ("In 1985, Kenji Sato became the first Japanese person in orbit.", "became"),
    ("On 3 May 1999, Anna Berg became Sweden's first female astronaut.", "became"),
])
def test_the_first_of_a_kind_is_an_event(analyse, text, trigger):
    events = events_of(analyse, text)
    assert [e["trigger"].split()[0] for e in events] == [trigger], [(e["trigger"], e["type"]) for e in events]


@pytest.mark.parametrize("text", [
    "In 1998 the novel became the third volume of the series.",
    "In 1925 the song became the second hit of the singer."
])
def test_becoming_a_rank_is_no_event(analyse, text):
    assert [e["trigger"] for e in events_of(analyse, text)] == []


# -- peoples by the plural of their demonym; historical states --------------------------------------------

@pytest.mark.parametrize("text, party", [
    ("The Ottomans captured the fortress in 1521.", "TUR"),
    ("In 1683 the city was besieged by the Ottomans.", "TUR"),
    ("The Holy League defeated the Ottomans in 1571.", "TUR"),
    ("The Venetians took the island in 1687.", "Republic of Venice"),
])
def test_a_people_by_its_plural_takes_its_state(analyse, text, party):
    # v1.1: groups of nationals take their state; a historical state with a successor takes its code
    event = only_event(analyse, text)
    assert party in event["participants"]


@pytest.mark.parametrize("text", [
    "The Venetian navy defeated the pirates in 1571.",
    "In 1489 the Venetian fleet seized the island.",
    "The Venetians besieged the port in 1687.",
])
def test_venice_before_its_fall_is_the_republic(analyse, text):
    # v1.1: a historical state with no modern successor keeps its common English name, not its city's
    event = only_event(analyse, text)
    assert "Republic of Venice" in event["participants"] and "Venice" not in event["participants"]


# -- an award's own occasions are its giver's acts -------------------------------------------------------

AWARD_LEAD = "Harbour Awards\n\nThe Harbour Awards are annual prizes given by the Coastal Film Society for films about the sea.\n\n"


@pytest.mark.parametrize("text, trigger", [
    ("The 12th Harbour Awards was postponed by one week in March 1999.", "postponed"),
    ("The 20th Harbour Awards, held in 2007, presented the first prize for documentaries.", "presented"),
    ("In 2011 the 24th Harbour Awards were moved to a new hall.", "moved"),
])
def test_an_occasion_of_the_article_s_award_is_its_giver_s_act(analyse, text, trigger):
    # v1.1: the actor the article makes certain; the giver holds each of its award's ceremonies
    events = [e for e in analyse(AWARD_LEAD + text).tables["events"] if e["trigger"] == trigger]
    assert events and events[0]["participants"] == ["Coastal Film Society"]
