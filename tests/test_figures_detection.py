"""Figure detection: classes of numbers the guideline (v1.1, its set conventions) does not count as
figures, each with a counter-case that still is one. Sentences of our own."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


def figure_texts(analyse, *paragraphs: str) -> list[str]:
    text = "Sample\n\n" + "\n\n".join(paragraphs) + "\n"
    return [row["text"] for row in analyse(text).tables["figures"]]


# -- quantities in a unit of measurement (WordNet) ---------------------------------------------------------

@pytest.mark.parametrize("sentence, number", [
    ("A hot bath gives off about 300 joules every second.", "300"),
    ("The engine was rated at forty decibels by the inspectors.", "forty"),
    ("The reaction releases 3 moles of gas.", "3"),
    ("Each plate of the cell holds 2 coulombs of charge.", "2"),
    ("The old drive stored 20 megabytes, a lot at the time.", "20"),
    ("A pressure of 5 pascals was enough to bend the film.", "5"),
])
def test_a_number_in_a_unit_of_measurement_is_no_count(analyse, sentence, number):
    assert number not in figure_texts(analyse, sentence)


@pytest.mark.parametrize("sentence, number", [
    ("The factory built 4,000 units last year.", "4,000"),  # 'unit' itself counts things
    ("The lab bought 300 thermometers for the wards.", "300"),
    ("The village had 120 houses and two wells.", "120"),
])
def test_counts_of_things_next_to_the_units_stay_counts(analyse, sentence, number):
    assert number in figure_texts(analyse, sentence)


def test_the_measurement_units_come_from_wordnet():
    table = json.loads((REPO / "models" / "wordnet_measure_classes.json").read_text(encoding="utf-8"))
    units = set(table["measurement_units"])
    assert {"joule", "decibel", "coulomb", "megabyte", "pascal"} <= units
    assert not {"unit", "dollar", "cent", "house"} & units  # the anchor itself and money are not in it


# -- terms of a formula ----------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, numbers", [
    ("Burning hydrogen follows 2 H2 + O2 → 2 H2O in the chamber.", ["2"]),
    ("Local time is UTC + 9 in the eastern province.", ["9"]),
    ("The model takes k = 12 neighbours for each point.", ["12"]),
    ("Adding the weights gives 40 + 15 in the first pan.", ["40", "15"]),
])
def test_a_term_of_a_formula_is_no_figure(analyse, sentence, numbers):
    found = figure_texts(analyse, sentence)
    assert not [number for number in numbers if number in found]


def test_a_count_beside_a_formula_stays_a_count(analyse):
    found = figure_texts(analyse, "The students solved 25 problems; the last one was x + y = z.")
    assert "25" in found


# -- era markers with points -----------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "The shrine was rebuilt in 34 B.C. by the consul.",
    "A drawing of a deer from 16,000 BP survives in the cave.",
    "The fort was abandoned around 410 A.D. by its garrison.",
])
def test_a_year_with_a_dotted_era_is_no_count(analyse, sentence):
    assert figure_texts(analyse, sentence) == []


def test_a_count_in_a_sentence_with_an_era_stays_a_count(analyse):
    assert "three" in figure_texts(analyse, "In 34 B.C. the consul rebuilt three temples.")


def test_a_name_that_is_also_a_unit_is_a_name(analyse):
    found = figure_texts(analyse, "The school sent 40 Henry Fellows to Harvard; the coil gave 3 henries.")
    assert "40" in found and "3" not in found


# -- numbers in the names of compounds ----------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "The two isomers are 2-methylbutane and 3-ethylpentane.",
    "The fuel contains 2-methylpropane as an additive.",
])
def test_a_locant_in_a_chemical_name_is_no_count(analyse, sentence):
    found = figure_texts(analyse, sentence)
    assert "3" not in found and not [text for text in found if text in ("2",)]


@pytest.mark.parametrize("sentence, number", [
    ("They formed a four-member council in May.", "four"),
    ("He wrote a 2,500-word essay on the war.", "2,500"),
])
def test_a_compound_counting_the_parts_of_a_noun_stays_a_count(analyse, sentence, number):
    assert number in figure_texts(analyse, sentence)


# -- 'anywhere from X to Y' is one range ---------------------------------------------------------------------

@pytest.mark.parametrize("sentence, text", [
    ("The share has been put at anywhere from 25% to 70% by different surveys.", "25% to 70%"),
    ("Estimates put the crowd somewhere from 2,000 to 5,000 people.", "2,000 to 5,000"),
])
def test_anywhere_from_x_to_y_is_one_range(analyse, sentence, text):
    assert figure_texts(analyse, sentence) == [text]


def test_a_change_from_x_to_y_is_still_two_figures(analyse):
    assert figure_texts(analyse, "Membership grew from 20 to 50 in a decade.") == ["20", "50"]


@pytest.mark.parametrize("sentence, number", [
    ("The league now has 150+ members across the region.", "150"),
    ("The festival drew >5,000 visitors on its first day.", "5,000"),
])
def test_a_sign_glued_to_a_count_is_no_formula(analyse, sentence, number):
    assert any(number in text for text in figure_texts(analyse, sentence))


# -- 'in thousands', 'in millions of tons': the scale numbers are given in -------------------------------

@pytest.mark.parametrize("sentence", [
    "Harvests of the main crops, in millions of metric tons, are shown below.",
    "Residents of each district in thousands.",
    "Its debt is listed in millions of dollars in the yearbook.",
])
def test_the_scale_a_table_is_given_in_is_no_figure(analyse, sentence):
    assert figure_texts(analyse, sentence) == []


def test_hundreds_of_things_after_in_are_still_a_count(analyse):
    assert figure_texts(analyse, "The soldiers were quartered in hundreds of camps.") == ["hundreds"]


# -- pieces of money and exchange rates ------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "The poet is shown on a 500 million papiermark note.",
    "The museum keeps a £10 note printed in the war.",
    "She found a 20-dollar bill in the coat.",
    "A $5 coin was struck for the jubilee.",
    "The currency reached a record high of 79 yen/US$ that spring.",
])
def test_a_denomination_or_an_exchange_rate_is_no_figure(analyse, sentence):
    assert figure_texts(analyse, sentence) == []


@pytest.mark.parametrize("sentence, text", [
    ("The bank printed 500 notes and 300 coins for the new mint.", "500"),
    ("The bank printed notes worth £10 million for the new mint.", "£10 million"),
    ("The government repaid a loan of $20 million to the bank.", "$20 million"),
])
def test_money_and_counts_of_notes_stay_figures(analyse, sentence, text):
    assert text in figure_texts(analyse, sentence)


@pytest.mark.parametrize("sentence", [
    "After the reform the lira was tied to the dollar at 1,500 lira to 1 US dollar.",
    "The bank fixed the new money at 20 kroons for 1 euro.",
    "In 1995 the peso traded at about 3.5 pesos per one USD on the street.",
    "The board set the rate at 1 euro = 7.45 Danish kroner.",
])
def test_two_currencies_joined_as_an_exchange_rate_are_no_figures(analyse, sentence):
    assert figure_texts(analyse, sentence) == []


@pytest.mark.parametrize("sentence, texts", [
    ("The average monthly wage was 8,000 Estonian kroons in 2005.", ["8,000 Estonian kroons"]),
    ("The state paid 300 million pesetas for the dam and one million USD for the study.",
     ["300 million pesetas", "one million USD"]),
    ("The firm sold the plant for 2 million euros to a Dutch buyer.", ["2 million euros"]),
])
def test_amounts_in_a_former_or_second_currency_stay_money(analyse, sentence, texts):
    assert figure_texts(analyse, sentence) == texts


@pytest.mark.parametrize("sentence", [
    "The army stored 2 million pounds of gunpowder in the fort.",
    "The mill shipped 3 million pounds of raw cotton to Liverpool.",
    "Farmers sold 1.5 million pounds of tea that year.",
])
def test_millions_of_pounds_of_a_substance_are_a_weight_not_money(analyse, sentence):
    assert figure_texts(analyse, sentence) == []


@pytest.mark.parametrize("sentence, text", [
    ("The council received 2 million pounds of aid from the government.", "2 million pounds"),
    ("The club spent 5 million pounds of public money on the stadium.", "5 million pounds"),
    ("The club paid 30 million pounds for the striker.", "30 million pounds"),
])
def test_millions_of_pounds_of_money_stay_money(analyse, sentence, text):
    assert text in figure_texts(analyse, sentence)


def test_the_substances_come_from_wordnet():
    table = json.loads((REPO / "models" / "wordnet_measure_classes.json").read_text(encoding="utf-8"))
    substances = set(table["substances"])
    assert {"gunpowder", "coal", "steel", "cotton"} <= substances
    assert not {"aid", "money", "investment", "funding"} & substances


def test_money_names_of_former_european_currencies_have_their_codes(analyse):
    rows = analyse("Sample\n\nThe hall cost 40 million drachmas, and the road 9 million escudos.\n").tables["figures"]
    assert [(row["kind"], row["unit"]) for row in rows] == [("money", "GRD"), ("money", "PTE")]


# -- designators, abbreviated or not; millions of a unit ---------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "The president may dissolve the house under Article 68, Par. 2 of the constitution.",
    "The rule is set out in Sect. 4 of the code.",
    "See Vol. 3 of the collected letters.",
    "In the season 4 premiere the hero returns to the prison.",
    "He came back in season 2 of the show.",
])
def test_a_number_after_a_designator_or_its_abbreviation_is_no_count(analyse, sentence):
    assert figure_texts(analyse, sentence) == []


@pytest.mark.parametrize("sentence, number", [
    ("The show ran for four seasons and 80 episodes.", "four"),
    ("The set has 3 volumes and 400 pages.", "3"),
    ("The treaty has 12 sections and two annexes.", "12"),
    ("The march ended at the old Station. 500 people waited there.", "500"),  # a full word ends a sentence
])
def test_counts_of_the_designated_things_stay_counts(analyse, sentence, number):
    assert number in figure_texts(analyse, sentence)


@pytest.mark.parametrize("sentence", [
    "The reserve of sand is put at 3,300,000 mln m³.",
    "The field holds 40 bn cubic metres of gas.",
    "Each year the lake yields 2 mln m3 of mud.",
])
def test_millions_of_a_unit_of_volume_are_no_count(analyse, sentence):
    assert figure_texts(analyse, sentence) == []


def test_millions_of_tons_stay_a_mass(analyse):
    assert figure_texts(analyse, "The plant makes 5 mln t of steel.") == ["5 mln t"]


# -- labels of a numbered legend, products ---------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Key: 1 Right atrium, 2 Liver, 3 Aorta, 4 Egg mass, 5 Colon.",
    "1 – Outer layer where seeds form; 2 – Point where the stem bends; 3 – Root.",
])
def test_the_labels_of_a_numbered_legend_are_no_counts(analyse, sentence):
    assert figure_texts(analyse, sentence) == []


def test_two_counts_before_names_are_no_legend(analyse):
    assert figure_texts(analyse, "The airline had 3 Boeing jets and 4 Airbus planes.") == ["3", "4"]


@pytest.mark.parametrize("sentence", [
    "The hall had 6 x 14 columns around it.",
    "The grid is 10 × 21 squares wide.",
])
def test_a_product_of_two_numbers_is_no_count(analyse, sentence):
    assert figure_texts(analyse, sentence) == []


def test_an_era_without_its_last_point_is_still_an_era(analyse):
    assert figure_texts(analyse, "The shrine was built in 500 B.C, and restored later.") == []


@pytest.mark.parametrize("sentence", [
    "In base 10 the number is written with two digits.",
    "The scribes counted in base 60 on clay tablets.",
])
def test_the_base_of_a_number_system_is_no_count(analyse, sentence):
    found = figure_texts(analyse, sentence)
    assert "10" not in found and "60" not in found


def test_a_count_of_bases_stays_a_count(analyse):
    assert "10" in figure_texts(analyse, "The army kept 10 bases in the north.")


# -- house numbers ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "The physicist lived at 112 Mercer Street until his death.",
    "The studio moved to 6263 Sunset Boulevard in the spring.",
    "Her office was at 40 Elm Road, near the station.",
])
def test_a_house_number_is_no_count(analyse, sentence):
    assert figure_texts(analyse, sentence) == []


def test_a_count_of_things_named_for_a_street_stays_a_count(analyse):
    assert figure_texts(analyse, "The firm had 40 Main Street shops.") == ["40"]


def test_the_thoroughfares_come_from_wordnet():
    table = json.loads((REPO / "models" / "wordnet_measure_classes.json").read_text(encoding="utf-8"))
    assert {"street", "avenue", "boulevard", "road"} <= set(table["thoroughfares"])


def test_a_ton_is_mass_not_a_unit_to_drop(analyse):
    assert any(text.startswith("five") for text in figure_texts(analyse, "The crew flew a five-ton module to the station."))


# -- the year of an author-date citation in a list item ----------------------------------------------------

@pytest.mark.parametrize("items", [
    "* Superorder [[Examplea]] sensu Smith 1999 ([[Exampleb]] Brown et al. 1966)\n"
    "* Order [[Examplec]] sensu Jones & Miller 1993",
    "* Family Examplidae Green 2004 (a revised family)\n* Family Otheridae White et al. 1985 (kept)",
    "* Genus [[Sampleus]] Black 1871\n* Genus [[Testus]] Grey 1902",
])
def test_the_year_of_a_citation_in_a_list_is_no_count(analyse, items):
    text = "Sample\n\n== Classification ==\n" + items + "\n"
    assert analyse(text, markup="wikitext").tables["figures"] == []


def test_a_labelled_count_that_looks_like_a_year_stays_a_count(analyse):
    text = "Sample\n\n== Airports ==\n* Airports: 1250 (2010)\n* Heliports: 31 (2010)\n"
    found = [(row["text"], row["value"]) for row in analyse(text, markup="wikitext").tables["figures"]]
    assert ("1250", 1250.0) in found and ("31", 31.0) in found


# -- electric, energy and pressure quantities by their unit symbol -------------------------------------------

@pytest.mark.parametrize("sentence, number", [
    ("The new lamp draws only 9 W from the mains.", "9"),
    ("A car battery gives 12 V when it is full.", "12"),
    ("The sensor needs a current of 20 mA to start.", "20"),
    ("Breaking the bond takes about 410 kJ/mol of energy.", "410"),
    ("The decay releases a particle of 5 MeV.", "5"),
    ("The pump keeps the pipe at 250 kPa all day.", "250"),
])
def test_a_number_with_a_unit_symbol_is_no_count(analyse, sentence, number):
    assert number not in figure_texts(analyse, sentence)


@pytest.mark.parametrize("sentence, number", [
    # a non-breaking space (wikitext's &nbsp;) between the number and a unit symbol glued to the full stop
    ("The isotope was found to decay with an energy of 220\u00a0keV.", "220"),
    ("Its particles carried no more than 80\u00a0MeV.", "80"),
    ("The old line was run at 15\u00a0kV.", "15"),
    ("Perey found a decay energy of 220\u00a0keV in the sample.", "220"),
])
def test_a_unit_symbol_after_a_non_breaking_space(analyse, sentence, number):
    assert number not in figure_texts(analyse, sentence)


@pytest.mark.parametrize("sentence, number", [
    # the full stop glued to the unit symbol, and a sentence after it that the parser ran on into
    ("The sample decayed with an energy of 220 keV. However, later work found less.", "220"),
    ("The beam reached 7 TeV. Physicists then raised it again.", "7"),
    ("Its particles carried 80 MeV. Perey thought this odd.", "80"),
])
def test_a_unit_symbol_with_a_full_stop_before_the_next_sentence(analyse, sentence, number):
    assert number not in figure_texts(analyse, sentence)


@pytest.mark.parametrize("sentence, number", [
    ("The fleet had 300 ships. However, few of them sailed.", "300"),  # a counted noun, no unit
    ("The hall seats 500 persons. Tickets sold out at once.", "500"),
])
def test_a_count_whose_noun_ends_the_sentence_stays_a_count(analyse, sentence, number):
    assert number in figure_texts(analyse, sentence)


def test_counts_beside_unit_symbols_stay_counts(analyse):
    found = figure_texts(analyse, "The plant has 40 engineers and 3 turbines of 500 MW each, and 12 V lamps light its 8 halls.")
    assert "40" in found and "3" in found and "8" in found and "500" not in found


# -- unit symbols with an exponent or a 'per', symbols read as written, degrees --------------------------------

@pytest.mark.parametrize("sentence, number", [
    ("The film shows a faint band at about 910&nbsp;cm<sup>\u22121</sup> in every spectrum.", "910"),
    ("The new flat covers 65 m2 on two floors.", "65"),
    ("The beams were tested at 0.8&nbsp;newton/mm<sup>2</sup> before use.", "0.8"),
    ("Its heat capacity is close to 900 joules/(kg-K) at room temperature.", "900"),
    ("A nitrogen atom has a mass of about 14.01&nbsp;u in these tables.", "14.01"),
    ("The enzyme is a chain of roughly 45 kDa that folds quickly.", "45"),
    ("The two oils melt at 35 and 41&nbsp;\u00b0C, respectively.", "35"),
])
def test_a_number_with_a_compound_or_exact_unit_symbol_is_no_count(analyse, sentence, number):
    text = "Sample\n\n" + sentence + "\n"
    found = [row["text"] for row in analyse(text, markup="wikitext").tables["figures"]]
    assert not any(number in figure for figure in found)


@pytest.mark.parametrize("sentence, number", [
    ("The navy lost 30 U-boats in the last year of the war.", "30"),  # 'U' with a dash names boats
    ("The army kept 12 V2 rockets and 40 M1 tanks in reserve.", "12"),
    ("The army kept 12 V2 rockets and 40 M1 tanks in reserve.", "40"),  # designations, not 'V' or 'm' with an exponent
    ("The depot built 40 cars/day in its best months.", "40"),  # a count per unit of time is a figure
    ("The lab tested 3 samples of 2 m2 each.", "3"),
])
def test_counts_next_to_unit_like_symbols_stay_counts(analyse, sentence, number):
    assert number in figure_texts(analyse, sentence)


def test_the_exact_unit_symbols_keep_their_case():
    from pipeline.extraction.numbers import load_lexicon

    symbols = load_lexicon().exact_unit_symbols
    assert "u" in symbols and "U" not in symbols


# -- the generic pronoun 'one' --------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "When one deals with words, one deals with the mind.",
    "For one to win the race, one must train every day.",
    "If one reads the letter twice, one sees the joke.",
    "The monk taught that one should forgive before one can be forgiven.",
])
def test_the_generic_pronoun_one_is_no_count(analyse, sentence):
    assert figure_texts(analyse, sentence) == []


@pytest.mark.parametrize("sentence, number", [
    ("Of the crew, thirteen were American, four were Russian, and one was Israeli.", "one"),
    ("Four are named by the President, four by the Assembly, and one is elected by the public.", "one"),
    ("One went north and one went south.", "One"),  # a past act: one person each
])
def test_one_sharing_out_a_group_stays_a_count(analyse, sentence, number):
    assert number in figure_texts(analyse, sentence)


# -- a mass per unit of measure: a yield, a density -----------------------------------------------------------

@pytest.mark.parametrize("sentence, number", [
    ("The valley farms yield about 3 t/ha of maize in a good season.", "3 t"),
    ("Dry clay bricks reach 1,600&nbsp;kg/m<sup>3</sup> when pressed.", "1,600"),
    ("The new deck carries 5 t/m of load along its span.", "5 t"),
])
def test_a_mass_per_unit_of_measure_is_no_figure(analyse, sentence, number):
    text = "Sample\n\n" + sentence + "\n"
    found = [row["text"] for row in analyse(text, markup="wikitext").tables["figures"]]
    assert not any(figure.startswith(number) for figure in found)


@pytest.mark.parametrize("sentence, number", [
    ("The old mill ground 40 tons/day of grain for the town.", "40 tons"),  # per unit of time: a figure
    ("The port handled 12,000 tonnes of grain and 3 t of spices.", "12,000 tonnes"),
])
def test_a_mass_per_unit_of_time_or_alone_stays_a_figure(analyse, sentence, number):
    assert number in figure_texts(analyse, sentence)


# -- a count after a demonstrative points back (set convention: anaphoric definite counts) ------------------

@pytest.mark.parametrize("sentence", [
    "Although scholars agree on these four dialects, they differ on the rest.",
    "Trade between those two ports declined after the war.",
    "These three schools of painting share a taste for gold leaf.",
    "Historians still debate how these five kingdoms were united.",
])
def test_a_count_after_a_demonstrative_is_no_figure(analyse, sentence):
    assert figure_texts(analyse, sentence) == []


@pytest.mark.parametrize("sentence, numbers", [
    ("Before 1900 the town was ruled by these three guilds: the weavers, the smiths and the bakers.", ["three"]),
    ("Eleven of these 14 villages burned in the fire.", ["Eleven", "14"]),
])
def test_a_demonstrative_count_before_its_list_or_as_a_whole_stays_a_figure(analyse, sentence, numbers):
    assert figure_texts(analyse, sentence) == numbers


# -- 'the two' + a noun with nothing told of it anew points back (set convention: anaphoric 'the two') ------

@pytest.mark.parametrize("sentence", [
    "The two girls shared a love of chess.",
    "Critics saw a likeness between the two situations.",
    "After the war the two firms merged their ledgers.",
])
def test_the_two_with_a_bare_noun_is_no_figure(analyse, sentence):
    assert figure_texts(analyse, sentence) == []


@pytest.mark.parametrize("sentence", [
    "The two exceptions were Oslo and Bergen.",
    "Lisbon is one of the two ports serving the region.",
    "The two sons of the king fought over the crown.",
    "The family had two daughters.",
    "The two oldest guilds were founded by weavers.",
    "The town is a member of the two main leagues of the coast, the northern one and the southern one.",
    "Each evening one of the two endings was played.",
])
def test_the_two_told_anew_or_an_indefinite_two_stays_a_figure(analyse, sentence):
    assert figure_texts(analyse, sentence) == ["two"]


# -- an unspaced em dash between a word and a number -------------------------------------------------------

@pytest.mark.parametrize("sentence, number", [
    ("Newts: found from the Eocene to today\u2014480 living species in 9 genera.", "480"),
    ("The garrison was small\u2014300 soldiers held the fort for a week.", "300"),
    ("The clinic served the whole valley\u20142,400 patients in its first year.", "2,400"),
    ("Survivors were few\u2014twelve sailors reached the shore.", "twelve"),
])
def test_a_count_after_an_em_dash_glued_to_a_word_is_a_count(analyse, sentence, number):
    assert number in figure_texts(analyse, sentence)


@pytest.mark.parametrize("sentence, number", [
    ("The pre-1914 borders were restored.", "1914"),  # a hyphen joins a compound: no count
    ("The army fielded the BM-21 rocket launcher.", "21"),
])
def test_a_hyphen_glued_to_a_word_still_joins_a_compound(analyse, sentence, number):
    assert number not in figure_texts(analyse, sentence)


def test_the_tokenizer_splits_an_em_dash_only_between_a_word_and_a_number(nlp):
    words = [token.text for token in nlp.make_doc("to present\u20146,200 species; COVID-19 and F-16; 1990\u20132000")]
    assert words[:4] == ["to", "present", "\u2014", "6,200"]
    assert "COVID-19" in words and "F-16" in words and "1990\u20132000" in words


# -- a count after a possessive ------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, number", [
    ("The league's ten teams play each other twice a season.", "ten"),
    ("Her three novels sold well in France.", "three"),
    ("The firm moved its forty workers to a new plant.", "forty"),
    ("Our twelve volunteers painted the hall.", "twelve"),
])
def test_a_possessed_count_that_names_no_set_is_an_amount(analyse, sentence, number):
    assert number in figure_texts(analyse, sentence)


@pytest.mark.parametrize("sentence, number", [
    ("Their two sons, Tom and Ben, ran the farm.", "two"),  # the members named in apposition
    ("Smith's four classes are: red, brown, green and blue.", "four"),  # a copula and a colon list them
    ("The old regime and their two dictators [Ivan and Peter] fell.", "two"),  # bracketed names
    ("The treaty bound both states; their two governments agreed.", "two"),  # a few parties
])
def test_a_possessed_count_of_a_set_the_text_names_is_no_figure(analyse, sentence, number):
    assert number not in figure_texts(analyse, sentence)


# -- a bare number labelled by a word for a number of people before it ---------------------------------------

@pytest.mark.parametrize("sentence, number", [
    ("Life in the capital (population approximately 6 million) has changed little.", "6 million"),
    ("The port city, population 300,000, lies at the river mouth.", "300,000"),
    ("Schools in the district (population roughly 45,000) are crowded.", "45,000"),
    ("The garrison town (population: 12,000) was evacuated.", "12,000"),
])
def test_a_number_labelled_as_a_population_is_a_count_of_people(analyse, sentence, number):
    rows = analyse("Sample\n\n" + sentence + "\n").tables["figures"]
    assert [row["item"] for row in rows if row["text"] == number] == ["person"]


@pytest.mark.parametrize("sentence, number", [
    ("The population was counted in 12 districts and 3 towns.", "12"),  # a count of its own noun
    ("The population of the valley fell, and 7 villages emptied.", "7"),
])
def test_a_count_with_its_own_noun_after_a_population_keeps_its_noun(analyse, sentence, number):
    rows = analyse("Sample\n\n" + sentence + "\n").tables["figures"]
    assert [row["item"] for row in rows if row["text"] == number] not in ([], ["person"])


# -- a lone 'one' beside another count of the same noun ------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "She starred in eight feature films, and one short film shot in colour.",
    "The club fields twelve senior teams, one youth team and two reserve sides.",
    "The yard launched 14 cargo ships in 1950, and one passenger ship in 1951.",
])
def test_one_beside_another_count_of_its_noun_is_a_count(analyse, sentence):
    assert "one" in figure_texts(analyse, sentence)


@pytest.mark.parametrize("sentence", [
    "Eight films were made, but only one of the films survives.",  # 'one of': no count
    "One film in particular made her famous.",  # no other count of films
])
def test_one_without_another_count_of_its_noun_is_no_count(analyse, sentence):
    assert "One" not in figure_texts(analyse, sentence) and "one" not in figure_texts(analyse, sentence)


# -- a bare number compared with a count before it -----------------------------------------------------------

@pytest.mark.parametrize("sentence, number", [
    ("The league had 40 clubs in 2005, compared with 30 in 2004.", "30"),
    ("There were 120 strikes that year, compared with 85 the year before.", "85"),
    ("The island has 12 schools, in comparison with 7 on the mainland coast.", "7"),
    ("Bats of this kind have 38 teeth, compared to mice with 16.", "16"),
])
def test_a_bare_number_compared_with_a_count_counts_the_same_thing(analyse, sentence, number):
    rows = analyse("Sample\n\n" + sentence + "\n").tables["figures"]
    items = {row["text"]: row["item"] for row in rows}
    assert number in items and items[number] == rows[0]["item"]


def test_a_number_with_a_noun_of_its_own_after_compared_with_keeps_it(analyse):
    rows = analyse("Sample\n\nThe town had 40 shops, compared with 3 banks.\n").tables["figures"]
    assert {row["text"]: row["item"] for row in rows}.get("3") == "bank"


# -- the Angolan kwanza, by its code and its name ------------------------------------------------------------

@pytest.mark.parametrize("sentence, text", [
    ("The firm paid AOA 2 billion in taxes that year.", "AOA 2 billion"),
    ("The ministry spent AOA1.2 billion on roads.", "AOA1.2 billion"),
    ("The budget was 300 billion kwanzas in 2010.", "300 billion kwanzas"),
    ("Salaries rose to 50,000 kwanza a month.", "50,000 kwanza"),
])
def test_the_kwanza_is_money(analyse, sentence, text):
    rows = analyse("Sample\n\n" + sentence + "\n").tables["figures"]
    assert [(row["kind"], row["unit"]) for row in rows if row["text"] == text] == [("money", "AOA")]


@pytest.mark.parametrize("sentence, age, count", [
    ("In 2011, 3,000 of the members were older than 70.", "70", "3,000"),
    ("In 1990, 400 of the pupils were younger than 12.", "12", "400"),
    ("By 1975 some 1,500 of its residents were older than 80.", "80", "1,500"),
])
def test_an_age_after_older_or_younger_than_is_no_figure(analyse, sentence, age, count):
    texts = figure_texts(analyse, sentence)
    assert age not in texts and count in texts


def test_a_count_after_older_than_stays_a_count(analyse):
    assert "800" in figure_texts(analyse, "The cathedral is older than 800 other churches in the region.")


@pytest.mark.parametrize("sentence, number", [
    ("The adult otter weighs 15 kilograms.", "15"),
    ("A grown male weighs about 60 kg.", "60"),
    ("The probe carried 2,000 kilograms of instruments.", "2,000"),
])
def test_a_mass_in_kilograms_is_no_figure(analyse, sentence, number):
    assert not any(text.startswith(number) for text in figure_texts(analyse, sentence))


def test_a_mass_in_kilograms_in_a_convert_template_is_no_figure(analyse):
    rows = analyse("Sample\n\nThe adult weighs {{convert|15|kg|lb}} on average.\n", markup="wikitext").tables["figures"]
    assert rows == [] or all(row["kind"] != "mass" for row in rows)


@pytest.mark.parametrize("sentence, number", [
    ("The mine produced 5,000 tonnes of coal in 1990.", "5,000 tonnes"),
    ("The ship carried 830,000 tons of grain.", "830,000 tons"),
    ("Output reached 3 kt of copper.", "3 kt"),
])
def test_a_mass_in_tons_stays_a_figure(analyse, sentence, number):
    assert number in figure_texts(analyse, sentence)


@pytest.mark.parametrize("sentence, number", [
    ("The oil has a density of 0.718 (liquid) at room temperature.", "0.718"),
    ("Families in the valley had 2.4 children on average.", "2.4"),
    ("The index rose to 196.55 points by the end of the session.", "196.55"),
])
def test_a_count_that_is_not_a_whole_number_is_no_figure(analyse, sentence, number):
    assert number not in figure_texts(analyse, sentence)


@pytest.mark.parametrize("sentence, number", [
    ("The city had 2.5 million residents in 2010.", "2.5 million"),
    ("The festival drew 1.2 million visitors.", "1.2 million"),
    ("Turnout was 62.5% in the second round.", "62.5%"),
])
def test_a_decimal_with_a_scale_or_a_percent_sign_stays_a_figure(analyse, sentence, number):
    assert number in figure_texts(analyse, sentence)


@pytest.mark.parametrize("sentence, number", [
    ("The village had 5,000 residents. Of these, 1,200 were over 65.", "65"),
    ("Most of the voters were under 30.", "30"),
    ("They were over 70 when the war ended.", "70"),
])
def test_an_age_persons_are_over_or_under_is_no_figure(analyse, sentence, number):
    assert number not in figure_texts(analyse, sentence)


@pytest.mark.parametrize("sentence, number", [
    ("Attendance was over 60,000 in the final.", "60,000"),
    ("The crowd was over 50,000.", "50,000"),
    ("The village had 5,000 residents. Of these, 1,200 were over 65.", "1,200"),
])
def test_an_amount_over_or_under_a_number_stays_a_figure(analyse, sentence, number):
    assert number in figure_texts(analyse, sentence)


# -- a decimal comma ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, text, value", [
    ("The airport handled 1,73 million passengers in 2014.", "1,73 million", 1.73e6),
    ("The ferry line carried 2,5 million travellers that year.", "2,5 million", 2.5e6),
    ("Exports of timber reached 3,45 billion euros in 2010.", "3,45 billion euros", 3.45e9),
])
def test_a_comma_before_one_or_two_digits_is_a_decimal_comma(analyse, sentence, text, value):
    rows = {row["text"]: row for row in analyse("Sample\n\n" + sentence + "\n").tables["figures"]}
    assert rows[text]["value"] == pytest.approx(value)


@pytest.mark.parametrize("sentence, text, value", [
    ("The club had 1,300 members in 1990.", "1,300", 1300),
    ("The city spent 2,450,000 euros on roads.", "2,450,000 euros", 2.45e6),
    ("The region counted 12,500 farms.", "12,500", 12500),
])
def test_a_comma_before_three_digits_still_groups_thousands(analyse, sentence, text, value):
    rows = {row["text"]: row for row in analyse("Sample\n\n" + sentence + "\n").tables["figures"]}
    assert rows[text]["value"] == pytest.approx(value)


@pytest.mark.parametrize("sentence, number", [
    ("The survey gave a score of 42,4 for the north.", "42,4"),
    ("Rows 1,2 of the ledger were blank.", "1,2"),
    ("The index fell to 7,7 in the spring.", "7,7"),
])
def test_a_decimal_comma_without_a_scale_word_is_no_amount(analyse, sentence, number):
    assert number not in figure_texts(analyse, sentence)


# -- a count of sequence units as a relative time (WordNet) -------------------------------------------------------

@pytest.mark.parametrize("sentence, number", [
    ("The detective vanishes and returns six episodes later in the finale.", "six"),
    ("The hero dies two chapters later, far from home.", "two"),
    ("Three rounds later the champion was beaten.", "Three"),
    ("She appears four issues earlier, in a flashback.", "four"),
])
def test_a_count_of_sequence_units_before_later_is_a_relative_time(analyse, sentence, number):
    assert number not in figure_texts(analyse, sentence)


@pytest.mark.parametrize("sentence, number", [
    ("The series ran for six episodes.", "six"),
    ("The novel has twelve chapters and an epilogue.", "twelve"),
    ("The press sold 300 copies later that year.", "300"),
])
def test_counts_of_sequence_units_and_things_before_later_stay_counts(analyse, sentence, number):
    assert number in figure_texts(analyse, sentence)


def test_the_sequence_units_come_from_wordnet():
    table = json.loads((REPO / "models" / "wordnet_measure_classes.json").read_text(encoding="utf-8"))
    assert {"episode", "chapter", "issue", "inning", "lap"} <= set(table["sequence_units"])
    assert {"later", "earlier"} <= set(table["offset_adverbs"])
