"""Event types that generalise (issue 15): what an act acts on, who does it, and what frames it decide
its type, through the WordNet classes (models/wordnet_event_classes.json) and guideline v1.1's calls.
Sentences are our own, several wordings per phenomenon (real spaCy model)."""
from __future__ import annotations

import pytest

from .test_event_types import type_of
from .test_events import events_of


@pytest.mark.parametrize("text, trigger", [
    # discoveries of resources are economic (v1.1), the resource named by any WordNet sense ("oil")
    ("Oil was discovered near the town in 1947.", "discovered"),
    ("In 1896 prospectors discovered gold in the creek.", "discovered"),
    ("Large deposits of copper were discovered in the hills in 1910.", "discovered"),
])
def test_a_discovered_resource_is_economic(analyse, text, trigger):
    assert type_of(analyse, text, trigger) == "economic"


@pytest.mark.parametrize("text, expected", [
    # only what is found decides a finding: a mineral or an element found by a chemist is a scientific finding
    # (other), wherever it lay; a place named as where the element was found makes it a resource found
    ("Lepidite was discovered in 1792 by an Austrian chemist in a mine in Moravia.", "other"),
    ("In 1861 the two chemists discovered rubidium in the water of a spring near Heidelberg.", "other"),
    ("In 1808 the chemist discovered strontium in a mineral from a lead mine in Scotland.", "other"),
    ("Copper was discovered in Katanga in 1892.", "economic"),
    ("Prospectors discovered silver in a mine near Potosí in 1545.", "economic"),
])
def test_only_what_is_found_decides_a_finding(analyse, text, expected):
    assert type_of(analyse, text, "discovered") == expected


@pytest.mark.parametrize("text, trigger, expected", [
    # a dated event noun, not the causal or framing verb over it, is the happening
    ("The 1968 discovery of gold led to a rush of prospectors.", "discovery", "economic"),
    ("In 1968 the discovery of gold led to a rush of prospectors.", "discovery", "economic"),
    ("The 1932 famine contributed to the fall of the government.", "famine", "other"),
])
def test_the_event_noun_under_a_causal_verb_is_the_event(analyse, text, trigger, expected):
    events = events_of(analyse, text)
    assert [(e["trigger"], e["type"]) for e in events] == [(trigger, expected)]


@pytest.mark.parametrize("text", [
    "Prices ranged from 10 to 20 dollars in 1990.",
    "In 1990 higher prices led to hardship in the villages.",
    "According to the census office, the town grew quickly in 1972.",
])
def test_framing_and_causal_links_are_not_events(analyse, text):
    assert events_of(analyse, text) == []


@pytest.mark.parametrize("text, trigger, expected", [
    # a private person's statement is other; a state's, a body's or an office holder's is policy
    ("The novelist stated in 1959 that the book was autobiographical.", "stated", "other"),
    ("In 1961 the physicist said that the theory was incomplete.", "said", "other"),
    ("The foreign ministry stated in 1995 that the border was closed.", "stated", "policy"),
    ("Prime Minister Larsen said in 1990 that the border would stay open.", "said", "policy"),
    ("In 2003 Norway announced that it would close the port.", "announced", "policy"),
    # a second verb with no subject of its own speaks with the first one's subject
    ("In 1950 the botanist Ada Brook described the plant and proposed a new genus for it.", "proposed", "other"),
    ("Ronald Fisher introduced the term and proposed its formal analysis in a 1918 article.", "proposed", "other"),
    ("In 1988 the Ministry of Finance published the figures and proposed a new tax.", "proposed", "policy"),
])
def test_a_statement_is_policy_only_when_a_state_speaks(analyse, text, trigger, expected):
    assert type_of(analyse, text, trigger) == expected


@pytest.mark.parametrize("text, trigger, expected", [
    # a private person who moves, returns, arrives or leaves changes residence; an office holder visits
    ("In 1992 she moved to Berlin with her family.", "moved", "migration"),
    ("Marta Kowalska returned to Poland in 1914.", "returned", "migration"),
    ("She arrived in Chicago in 1926.", "arrived", "migration"),
    ("He left Russia in January 1926.", "left", "migration"),
    ("Premier Lindqvist came to Helsinki in May 1960.", "came", "meeting"),
    ("The Prime Minister travelled to Tokyo in 2008.", "travelled", "meeting"),
])
def test_a_private_move_is_migration_and_an_official_one_a_visit(analyse, text, trigger, expected):
    assert type_of(analyse, text, trigger) == expected


@pytest.mark.parametrize("text, trigger, expected", [
    # commanders and forces move as forces (guideline set: a commander's or army's moves are military)
    ("General Marlow arrived outside the city in July 1775.", "arrived", "military"),
    ("The rebel force arrived at the river on June 30, 1776.", "arrived", "military"),
    ("In 1809 Colonel Brandt returned to the fortress with his regiment.", "returned", "military"),
])
def test_officers_and_forces_move_as_forces(analyse, text, trigger, expected):
    assert type_of(analyse, text, trigger) == expected


@pytest.mark.parametrize("text, trigger, expected", [
    # hardware by any WordNet sense, craft or model designations bought by a state or a force
    ("In 2000 the republic acquired eight Su-27 fighters from Belarus.", "acquired", "military"),
    ("The government purchased MiG-23s from the Soviet Union in 1985.", "purchased", "military"),
    ("In 1998 the country bought four Mi-24 helicopters.", "bought", "military"),
    ("The navy received two patrol boats in 2005.", "received", "military"),
    ("In 1990 the farmer bought a fishing boat.", "bought", "economic"),
])
def test_hardware_acquired_by_a_state_or_force_is_military(analyse, text, trigger, expected):
    assert type_of(analyse, text, trigger) == expected


@pytest.mark.parametrize("text, trigger, expected", [
    ("In 1976 the general ordered the regiment to the coast.", "ordered", "military"),
    ("The militia units were incorporated into the national army in 1992.", "incorporated", "military"),
    ("Colonel Ruiz announced the new curfew in 1973.", "announced", "policy"),
])
def test_an_act_of_authority_on_a_force_is_military(analyse, text, trigger, expected):
    assert type_of(analyse, text, trigger) == expected


@pytest.mark.parametrize("text, trigger", [
    # naturalisation is migration (set decisions), however the citizenship is come by
    ("In 1901 he acquired Swiss citizenship.", "acquired"),
    ("She was granted American citizenship in 1931.", "granted"),
    ("He became a Swiss citizen in 1901.", "became"),
])
def test_citizenship_acquired_is_migration(analyse, text, trigger):
    assert type_of(analyse, text, trigger) == "migration"


@pytest.mark.parametrize("text, trigger, expected", [
    # a person replaced or succeeded is a change of office; a regime or a thing is not
    ("In 1528 the governor was replaced by a merchant from Seville.", "replaced", "leadership"),
    ("She succeeded her father in 1952.", "succeeded", "leadership"),
    ("The monarchy was succeeded by a republic in 1925.", "succeeded", "other"),
    ("The old currency was replaced by the euro in 2002.", "replaced", "economic"),
])
def test_succession_of_persons_is_leadership(analyse, text, trigger, expected):
    assert type_of(analyse, text, trigger) == expected


@pytest.mark.parametrize("text, trigger", [
    # a territory's status (v1.1 policy): organised, created, admitted, transferred, ceded, its capital moved
    ("The territory was organized in 1817.", "organized"),
    ("In 1905 the province was created from the northern districts.", "created"),
    ("The territory was admitted to the Union as the 22nd state in 1819.", "admitted"),
    ("The state was readmitted to the Union in 1868.", "readmitted"),
    ("In 1867 the colony was transferred to the crown.", "transferred"),
    ("In 1832 the tribe ceded its lands to the government.", "ceded"),
    ("The capital was moved to the river town in 1826.", "moved"),
])
def test_a_change_of_a_territory_s_status_is_policy(analyse, text, trigger):
    assert type_of(analyse, text, trigger) == "policy"


@pytest.mark.parametrize("text, trigger", [
    # laws, codes, constitutions, rights and standards (v1.1 policy; set decisions: standards)
    ("The assembly ratified the constitution in 1901.", "ratified"),
    ("The state abolished slavery in 1865.", "abolished"),
    ("The new code took effect in 1975.", "took"),
    ("Suffrage was extended to women in 1920.", "extended"),
    ("The first edition of the standard was published in 1963.", "published"),
    ("The standard was approved by the association in 1963.", "approved"),
    ("In 1967 the committee revised the code.", "revised"),
    ("In 1966 the institute was reorganized.", "reorganized"),
    ("The name of the scale changed in 1969.", "changed"),
])
def test_laws_codes_rights_and_standards_are_policy(analyse, text, trigger):
    assert type_of(analyse, text, trigger) == "policy"


@pytest.mark.parametrize("text, trigger, expected", [
    ("A new treaty took effect in 1975.", "took", "agreement"),
    ("In 1912 the publisher released his first novel.", "released", "other"),
    ("In 1958 the clock was set to read noon at the observatory.", "set", "other"),
])
def test_what_takes_effect_or_is_published_decides(analyse, text, trigger, expected):
    assert type_of(analyse, text, trigger) == expected


@pytest.mark.parametrize("text, trigger, expected", [
    ("The island seceded from the federation on 1 January 1986.", "seceded", "other"),
    ("The satellite was launched in 1998.", "launched", "other"),
    ("In 2006 the army launched a missile.", "launched", "military"),
    ("In 1970 the two leagues merged.", "merged", "agreement"),
    ("The partisans liberated the capital on 29 November 1944.", "liberated", "conflict"),
    ("In 1808 the fort was reconquered by Spanish troops.", "reconquered", "conflict"),
])
def test_secession_launches_mergers_and_liberations(analyse, text, trigger, expected):
    assert type_of(analyse, text, trigger) == expected


@pytest.mark.parametrize("text, trigger, expected", [
    # a dated gathering only sets the scene of the act done there
    ("At the conference in 1981, the island's independence was set for the year 1991.", "set", "policy"),
    ("At its convention in 1860, the party nominated the senator for president.", "nominated", "leadership"),
])
def test_the_act_at_a_dated_gathering_is_the_event(analyse, text, trigger, expected):
    events = events_of(analyse, text)
    assert [(e["trigger"].split()[0], e["type"]) for e in events] == [(trigger, expected)]


@pytest.mark.parametrize("text, trigger, expected", [
    # an office predicated of the object is leadership; an election to an academy is a membership
    ("In 1934 a Russian adventurer proclaimed himself king.", "proclaimed", "leadership"),
    ("The council named him governor in 1820.", "named", "leadership"),
    ("In 1917 he was elected to the academy.", "elected", "agreement"),
    ("She was elected to the royal society in 1945.", "elected", "agreement"),
    ("He accepted a professorship at the university in 1912.", "accepted", "leadership"),
    ("In 1901 he took Swiss citizenship.", "took", "migration"),
    ("In 2007 the navy took delivery of three frigates.", "took", "military"),
])
def test_offices_memberships_and_what_an_unknown_verb_acts_on(analyse, text, trigger, expected):
    assert type_of(analyse, text, trigger) == expected


@pytest.mark.parametrize("text, trigger, expected", [
    # an order, decision or request whose complement sends or moves forces is a military act (v1.1: deployments)
    ("In 1862 the president called on the governors to send troops to the capital.", "called", "military"),
    ("The minister decided in 1970 to deploy two battalions to the border.", "decided", "military"),
    ("In 1951 parliament authorized the government to send a brigade abroad.", "authorized", "military"),
    # a decision about anything else keeps its own type
    ("In 1982 the cabinet decided to raise the tax on tobacco.", "decided", "policy"),
])
def test_a_directive_that_sends_forces_is_military(analyse, text, trigger, expected):
    assert type_of(analyse, text, trigger) == expected


@pytest.mark.parametrize("text, trigger", [
    # a force moves as a military body, named by its collective noun or by an apposition
    ("Howe's force arrived off the island in June 1776.", "arrived"),
    ("The expeditionary force landed at the harbour in May 1915.", "landed"),
    ("In 1960 a small relief force reached the fort.", "reached"),
    ("In 1997, Task Force Delta, a peacekeeping force led by Spain, entered the country.", "entered"),
])
def test_a_force_that_moves_is_military(analyse, text, trigger):
    assert type_of(analyse, text, trigger) == "military"


@pytest.mark.parametrize("text, trigger, expected", [
    # a speech delivered or given is a statement: policy from an office holder, other from a private person
    ("In 1865 the president delivered his second inaugural address.", "delivered", "policy"),
    ("The governor gave a speech to the assembly in 1931.", "gave", "policy"),
    ("In 1954 the novelist delivered a lecture on poetry.", "delivered", "other"),
    ("The poet gave an address at the university in 1921.", "gave", "other"),
])
def test_a_speech_delivered_is_a_statement_not_a_delivery(analyse, text, trigger, expected):
    assert type_of(analyse, text, trigger) == expected


@pytest.mark.parametrize("text, trigger, expected", [
    # reforms are acts of a state's authority; economic only when an economic modifier says so
    ("In 1990 the government made reforms to the tax system.", "made", "policy"),
    ("The reforms of 1990 changed the courts.", "reforms", "policy"),
    ("Economic reforms began in 1991.", "began", "economic"),
    ("The agrarian reforms of 1950 broke up the estates.", "reforms", "economic"),
])
def test_reforms_are_policy_unless_economic(analyse, text, trigger, expected):
    assert type_of(analyse, text, trigger) == expected


@pytest.mark.parametrize("text, trigger", [
    # troop withdrawals and retreats are military (v1.1): the noun's "of" object or possessor is a force
    ("The withdrawal of Soviet troops from the country was completed in 1958.", "completed"),
    ("In 1989 the troops' withdrawal began.", "began"),
    ("The evacuation of the garrison took place in March 1942.", "took"),
    ("The rebels retreated into the hills in 1948.", "retreated"),
    ("In 1812 the army retreated from Moscow.", "retreated"),
    ("In 1961 the president called on the states to send detachments to the capital.", "called"),
])
def test_troop_withdrawals_and_retreats_are_military(analyse, text, trigger):
    assert type_of(analyse, text, trigger) == "military"


@pytest.mark.parametrize("text, trigger, expected", [
    # a move coordinated with an attack by the same actor moves forces; with a private act it is a move of residence
    ("Howe returned to Manhattan and captured the fort in November 1776.", "returned", "military"),
    ("In 1776 the general moved to the coast and attacked the town.", "moved", "military"),
    ("In 1926 she returned to Poland and married a doctor.", "returned", "migration"),
])
def test_a_move_to_attack_is_military(analyse, text, trigger, expected):
    assert type_of(analyse, text, trigger) == expected


@pytest.mark.parametrize("text, trigger", [
    ("In 1864 the party selected Johnson as his running mate.", "selected"),
    ("In 1952 the convention chose Nixon as its vice-presidential candidate.", "chose"),
])
def test_choosing_a_running_mate_is_leadership(analyse, text, trigger):
    assert type_of(analyse, text, trigger) == "leadership"


@pytest.mark.parametrize("text, trigger, expected", [
    # orders and instructions received or issued are acts of authority; a decoration received is not
    ("On April 14, 1775, he received orders to disarm the rebels.", "received", "policy"),
    ("In May 1843 the governor received instructions to close the port.", "received", "policy"),
    ("The envoy received new orders from the capital in 1921.", "received", "policy"),
    ("In 1944 he received the Order of Lenin.", "received", "other"),
])
def test_orders_received_are_policy(analyse, text, trigger, expected):
    assert type_of(analyse, text, trigger) == expected


@pytest.mark.parametrize("text, trigger", [
    # the model splits "re-" off a hyphenated verb and parses it as a verb: the trigger is the whole word
    ("In 1920 the league re-established its office in Geneva.", "re-established"),
    ("The monastery was re-established in 1802.", "re-established"),
    ("In 1990 the two states re-established diplomatic relations.", "re-established"),
    ("In 1962 the company re-opened the mine.", "re-opened"),
])
def test_a_hyphenated_prefix_verb_is_one_trigger(analyse, text, trigger):
    assert [e["trigger"] for e in events_of(analyse, text)] == [trigger]


@pytest.mark.parametrize("text, trigger", [
    # ... also where the parser reads "re", "-" and the participle as complements of a copula "was"
    ("In 1932 the governor was re-elected.", "re-elected"),
    ("In 1990 the treaty was re-signed.", "re-signed"),
    ("In 1871 the town was re-named Newport.", "re-named"),
])
def test_a_hyphenated_prefix_participle_after_was_is_one_trigger(analyse, text, trigger):
    assert [e["trigger"] for e in events_of(analyse, text)] == [trigger]


def test_a_reopened_mine_is_typed_by_the_verb_after_the_hyphen(analyse):
    assert type_of(analyse, "In 1962 the company re-opened the mine.", "re-opened") == "economic"


@pytest.mark.parametrize("text, trigger, expected", [
    # a law, bill, amendment or constitution signed or ratified is policy (its WordNet class); a treaty stays
    # an agreement
    ("In 1868 the legislature ratified the new amendment to the federal constitution.", "ratified", "policy"),
    ("The governor signed the bill in 1957.", "signed", "policy"),
    ("In 1993 the two co-rulers signed the new constitution.", "signed", "policy"),
    ("The state ratified the amendment on women's suffrage in 1920.", "ratified", "policy"),
    ("In 1919 the two states signed a peace treaty.", "signed", "agreement"),
])
def test_a_law_signed_or_ratified_is_policy(analyse, text, trigger, expected):
    assert type_of(analyse, text, trigger) == expected


@pytest.mark.parametrize("text, trigger, expected", [
    # a form of government set up or ended is the establishment or dissolution of a regime (v1.1: other);
    # a law or a tax abolished stays a policy
    ("The monarchy was abolished in 1946.", "abolished", "other"),
    ("In 1946 the assembly abolished the monarchy.", "abolished", "other"),
    ("In 1931 the rebels proclaimed a republic in the capital.", "proclaimed", "other"),
    ("The dictatorship was dissolved in 1975.", "dissolved", "other"),
    ("In 1988 the parliament abolished the poll tax.", "abolished", "policy"),
    ("The death penalty was abolished in 1965.", "abolished", "policy"),
])
def test_a_regime_set_up_or_ended_is_other(analyse, text, trigger, expected):
    assert type_of(analyse, text, trigger) == expected


@pytest.mark.parametrize("text, trigger, expected", [
    # acts of authority typed by the verb's WordNet family (legalising, voting rights, segregation, licensing)
    ("In 1990 the government legalised political parties.", "legalised", "policy"),
    ("The new constitution disfranchised most poor voters in 1901.", "disfranchised", "policy"),
    ("The state university was desegregated in 1963.", "desegregated", "policy"),
    ("In 1972 the board licensed the first private radio stations.", "licensed", "policy"),
    # and military acts by theirs: demobilising, disarming, enlisting
    ("In 1992 the rebel army was demobilised.", "demobilised", "military"),
    ("The militias were disarmed in 1995.", "disarmed", "military"),
    ("In 1861 he enlisted in the state militia.", "enlisted", "military"),
])
def test_verbs_typed_by_their_wordnet_family(analyse, text, trigger, expected):
    assert type_of(analyse, text, trigger) == expected


@pytest.mark.parametrize("text, trigger", [
    # a court's or a board's ruling stated in a clause is a decision, not a reign
    ("In 1954 the court ruled that segregated schools were unconstitutional.", "ruled"),
    ("The supreme court ruled in 1971 that the tax was illegal.", "ruled"),
    ("In 2003 the tribunal ruled that the election had been lawful.", "ruled"),
])
def test_a_ruling_that_is_a_decision(analyse, text, trigger):
    assert type_of(analyse, text, trigger) == "policy"


@pytest.mark.parametrize("text, trigger", [
    # an office named as the verb's predicate decides, not the office's "of" noun
    ("In 1838 he was named secretary of war.", "named"),
    ("She was named minister of defence in 1994.", "named"),
    ("In 1862 the congress named him secretary of the navy.", "named"),
])
def test_an_office_named_puts_in_office(analyse, text, trigger):
    assert type_of(analyse, text, trigger) == "leadership"


@pytest.mark.parametrize("text, trigger", [
    # a directive whose object is an act on forces or arms ("the demobilisation of the fighters") is military
    ("In 1992 the government ordered the demobilisation of the rebel fighters.", "ordered"),
    ("The president ordered the withdrawal of the troops in 1989.", "ordered"),
    ("In 1985 the council approved the purchase of new fighter aircraft.", "approved"),
])
def test_a_directive_on_an_act_on_forces_is_military(analyse, text, trigger):
    assert type_of(analyse, text, trigger) == "military"


@pytest.mark.parametrize("text, trigger", [
    # a command taken or given is a post held (set decisions: commands are leadership), not a move of forces
    ("In 1862 he took command of the western army.", "took"),
    ("He was given command of the cavalry in 1861.", "given"),
    ("In 1775 the congress gave him command of the continental forces.", "gave"),
])
def test_a_command_taken_or_given_is_leadership(analyse, text, trigger):
    assert type_of(analyse, text, trigger) == "leadership"


@pytest.mark.parametrize("text, trigger", [
    # an adjective whose noun is a rank ("private", "general", "major") says nothing military
    ("In 1990 the government licensed two private banks.", "licensed"),
    ("The ministry licensed the first private radio stations in 1972.", "licensed"),
])
def test_a_rank_used_as_an_adjective_is_not_military(analyse, text, trigger):
    assert type_of(analyse, text, trigger) == "policy"


@pytest.mark.parametrize("text, trigger, expected", [
    # a visit verb that goes to a place is a meeting for one who speaks for a state, a trip for an explorer or a
    # private traveller (set decisions: trips are other); a voyage sailed is other
    ("In 1500 the navigator reached Brazil.", "reached", "other"),
    ("In 1497 the explorer reached Newfoundland.", "reached", "other"),
    ("In 1972 the Soviet premier came to Washington.", "came", "meeting"),
    ("In 1519 the explorer sailed from Spain to the south.", "sailed", "other"),
    ("The expedition sailed from Lisbon in 1487.", "sailed", "other"),
])
def test_a_private_travellers_arrival_is_a_trip(analyse, text, trigger, expected):
    assert type_of(analyse, text, trigger) == expected


@pytest.mark.parametrize("text, trigger, expected", [
    # only a move coordinated with an attack is a move of forces; what is established keeps its own type
    ("In 1644 the invaders conquered the capital and established a new monarchy.", "established", "other"),
    ("In 1776 the army returned to Manhattan and captured the fort.", "returned", "military"),
])
def test_an_act_beside_an_attack_keeps_its_type(analyse, text, trigger, expected):
    assert type_of(analyse, text, trigger) == expected


@pytest.mark.parametrize("text, trigger", [
    # a business opened, sold or built: shops, restaurants, hotels, casinos (WordNet place_of_business) are
    # economic (v1.1: companies created), also as the subject of an intransitive "opened"
    ("In 1999 the tennis player opened a chain of restaurants in the city.", "opened"),
    ("The nightclub opened in 2004.", "opened"),
    ("In 1990 the couple opened a hotel on the coast.", "opened"),
    ("A new department store opened in the town in 1928.", "opened"),
])
def test_a_business_opened_is_economic(analyse, text, trigger):
    assert type_of(analyse, text, trigger) == "economic"


@pytest.mark.parametrize("text, trigger, expected", [
    # a craft that sinks of itself is an accident (other); ships sunk by someone, or sinking a ship, is combat
    ("In 1912 the liner sank after striking an iceberg.", "sank", "other"),
    ("The ferry sank in a storm in 1987.", "sank", "other"),
    ("In 1941 the submarine sank the cruiser.", "sank", "conflict"),
    ("During the war more than 2,000 ships were sunk in 1917.", "sunk", "conflict"),
])
def test_a_ship_that_sinks_of_itself_is_an_accident(analyse, text, trigger, expected):
    assert type_of(analyse, text, trigger) == expected


@pytest.mark.parametrize("text", [
    # a body that votes to do something decides (policy)
    "In 2006 the commission voted to remove the species from the list.",
    "In 1993 the council voted to ban smoking in bars.",
    "In 1905 the city council voted to build a new bridge.",
])
def test_a_body_voting_to_act_decides(analyse, text):
    assert type_of(analyse, text, "voted") == "policy"


@pytest.mark.parametrize("text, expected", [
    # taking over a territory is a conquest; an office taken over stays leadership
    ("In the 7th century the caliphate took over the Middle East.", "conflict"),
    ("The empire took over Mesopotamia in 1534.", "conflict"),
])
def test_taking_over_a_territory_is_conflict(analyse, text, expected):
    assert type_of(analyse, text, "took") == expected


@pytest.mark.parametrize("text, trigger, expected", [
    # a term, label or method a scholar introduces or adopts is no act of a state; an act on a state is
    ("In 1943 the psychiatrist introduced the term to medicine.", "introduced", "other"),
    ("In 1938 the doctor adopted the label for his patients.", "adopted", "other"),
    ("In 1965 the government introduced a new currency.", "introduced", "economic"),
    ("In 1967 Hoxha proclaimed Albania the first atheist state.", "proclaimed", "policy"),
])
def test_a_scholars_usage_is_not_policy(analyse, text, trigger, expected):
    assert type_of(analyse, text, trigger) == expected


@pytest.mark.parametrize("text, trigger, expected", [
    # a past participle that modifies a noun acts on that noun: the noun types it as a passive subject would
    ("This was the Northern Railway Company, formed in 1838 to build the line.", "formed", "economic"),
    ("The colony, founded in 1652 by Dutch settlers, grew quickly.", "founded", "migration"),
    ("A new trading company established in 1871 by two brothers soon failed.", "established", "economic"),
    ("The law, passed in 1965, banned the practice.", "passed", "policy"),
    ("The brigade, deployed to the border in 1990, numbered 3,000 soldiers.", "deployed", "military"),
])
def test_a_participle_is_typed_by_the_noun_it_modifies(analyse, text, trigger, expected):
    assert type_of(analyse, text, trigger) == expected


@pytest.mark.parametrize("text, trigger, expected", [
    # a relative pronoun stands for the noun it follows, an apposition says what a named argument is
    ("The railway company, which was founded in 1838, built the line.", "founded", "economic"),
    ("He joined the colony that the Dutch had founded in 1652.", "founded", "migration"),
    ("The law which the assembly passed in 1965 banned the practice.", "passed", "policy"),
    ("Acme, a trading company, was established in 1871 by two brothers.", "established", "economic"),
    ("Northwind, a shipping firm, was founded in 1984.", "founded", "economic"),
])
def test_relative_pronouns_and_appositions_name_the_argument(analyse, text, trigger, expected):
    assert type_of(analyse, text, trigger) == expected


@pytest.mark.parametrize("text, expected", [
    # a body that "became" another proper name was renamed (policy); a territory that became a polity changed
    # status (policy); a person who became a citizen was naturalised (migration)
    ("In 1928 the committee became the American Standards Association.", "policy"),
    ("In 1990 the company became Acme Holdings.", "policy"),
    ("In 1986 the island became a separate country within the kingdom.", "policy"),
    ("In 1931 she became an American citizen.", "migration"),
])
def test_what_a_body_or_territory_became(analyse, text, expected):
    assert type_of(analyse, text, "became") == expected


@pytest.mark.parametrize("text, trigger, expected", [
    # partnerships and joint ventures formed are deals (agreement, set decisions); postponing a scheduled
    # happening is a decision (policy), not a withdrawal
    ("In 2013 the foundation formed a partnership with a food company.", "formed", "agreement"),
    ("The two firms formed a joint venture in 1998.", "formed", "agreement"),
    ("In 1990 the three governments postponed the transition to independence.", "postponed", "policy"),
    ("The ceremony was postponed for one day in 1981.", "postponed", "policy"),
])
def test_deals_and_postponements(analyse, text, trigger, expected):
    assert type_of(analyse, text, trigger) == expected


@pytest.mark.parametrize("text, trigger, expected", [
    # a right given, granted or gained is an act of authority (policy); what is taken over decides its type;
    # a government that requires something to be done decides (policy)
    ("In 1970, women were given the right to vote.", "given", "policy"),
    ("In 1946, women gained the right to vote.", "gained", "policy"),
    ("In 1918, the assembly gave women the right to vote.", "gave", "policy"),
    ("In 1933, the government took over the railways.", "took", "economic"),
    ("In 1962, the government required all schools to teach French.", "required", "policy"),
])
def test_rights_takeovers_and_requirements(analyse, text, trigger, expected):
    assert type_of(analyse, text, trigger) == expected


@pytest.mark.parametrize("text, trigger", [
    # a body that changes, moves or reschedules how its own happenings are arranged or run changes its own rules
    # (set decisions: policy); holding or televising the happening is not
    ("The awards ceremony was moved to February in 2004.", "moved"),
    ("In 1990 the league changed its playoff format.", "changed"),
    ("The season was shortened to nine games in 1982.", "shortened"),
    ("The banquet was rescheduled to 2 March in 2003.", "rescheduled"),
    ("In 2010 the academy altered the voting rules.", "altered"),
])
def test_changing_a_bodys_own_arrangements_is_policy(analyse, text, trigger):
    assert type_of(analyse, text, trigger) == "policy"


@pytest.mark.parametrize("text, trigger", [
    ("In 1953 the ceremony was televised for the first time.", "televised"),
    ("He directed his last film in 1961.", "directed"),
])
def test_acts_on_happenings_that_change_no_rule(analyse, text, trigger):
    assert type_of(analyse, text, trigger) != "policy"


@pytest.mark.parametrize("text, trigger", [
    # marriage is a life change of the set's "other" (set decisions), not a birth or a death
    ("He married Mileva in 1903.", "married"),
    ("In 1956 she married a violinist from Turin.", "married"),
    ("The couple married in Paris in May 1921.", "married"),
])
def test_marriage_is_other(analyse, text, trigger):
    assert type_of(analyse, text, trigger) == "other"


@pytest.mark.parametrize("text, trigger, expected", [
    # a flight is a migration only when the ones who flee are a people or a group; one person's flight, or a
    # flight made, is a journey (set decisions: flights are other)
    ("In 1927 he made the first flight across the Atlantic.", "made", "other"),
    ("In 1932 she made a solo flight from Newfoundland to Ireland.", "made", "other"),
    ("His 1927 flight ended in Paris.", "flight", "other"),
    ("The flight of the refugees began in March 1975.", "began", "migration"),
    ("The flight of thousands of civilians to the coast began in 1992.", "began", "migration"),
])
def test_a_flight_is_a_journey_unless_a_people_flees(analyse, text, trigger, expected):
    assert type_of(analyse, text, trigger) == expected


@pytest.mark.parametrize("text, trigger", [
    # shooting a film is film work (set decisions: other), not an attack
    ("In 1979 he began shooting Stalker.", "began shooting"),
    ("The documentary was shot in Crimea in 1979.", "shot"),
    ("She shot her first feature film in 1961.", "shot"),
])
def test_shooting_a_film_is_no_attack(analyse, text, trigger):
    assert type_of(analyse, text, trigger) == "other"


@pytest.mark.parametrize("text, trigger", [
    ("The soldiers shot forty prisoners in 1944.", "shot"),
    ("In 1943 the battery shot down two bombers.", "shot down"),
])
def test_shooting_people_or_craft_stays_conflict(analyse, text, trigger):
    assert type_of(analyse, text, trigger) == "conflict"


@pytest.mark.parametrize("text, trigger, expected", [
    # elected or admitted a member or fellow of a society joins it (set decisions: agreement); an office of the
    # society is leadership
    ("He was elected a member of the Royal Society in 1921.", "elected", "agreement"),
    ("In 1921 he was elected a Fellow of the Royal Society.", "elected", "agreement"),
    ("In 1930 she was elected as a member of the Prussian Academy.", "elected", "agreement"),
    ("In 1935 he was elected president of the Royal Society.", "elected", "leadership"),
    # an office of a club or a league by WordNet's office holders is a post taken, as one of the lexicon's
    ("He was appointed manager of the club in 2005.", "appointed", "leadership"),
    ("In 1960 he was appointed chairman of the football league.", "appointed", "leadership"),
    ("In 1921 he was named coach of the club.", "named", "leadership"),
    # a post given by a passive with a second object or an "as" phrase, WordNet's office holders too
    ("He was ordained a priest in 1850.", "ordained", "leadership"),
    ("In 1850 he was ordained as a priest.", "ordained", "leadership"),
    ("She was ordained a minister of the church in 1990.", "ordained", "leadership"),
])
def test_elected_a_member_of_a_society_joins_it(analyse, text, trigger, expected):
    assert type_of(analyse, text, trigger) == expected


@pytest.mark.parametrize("text, trigger", [
    # where a statement was made is not what was said
    ("In 1984 he announced at a press conference in Milan that he would stay abroad.", "announced"),
    ("In 1990 she declared at the congress that she would leave the party.", "declared"),
])
def test_the_occasion_of_a_statement_does_not_type_it(analyse, text, trigger):
    assert type_of(analyse, text, trigger) != "meeting"


BIOGRAPHY = ("Karl Brenner\n\nKarl Brenner (1890–1960) was a German chemist.\n\n"
             "In 1922 Brenner visited Japan, where he lectured at Kyoto.\n\n"
             "In 1925 he travelled to Argentina to give lectures.\n\n"
             "In 1930 he met the painter Otto Weber in Paris.\n\n"
             "In 1931 he attended the Solvay Conference in Brussels.\n\n"
             "In 1932 he spoke before a joint session of the parliament.\n\n"
             "In 1935 President Roosevelt visited Brazil.\n\n"
             "In 1936 the ambassador of Japan, Kenji Ono, visited Chile.")


def test_a_private_persons_trips_are_other_and_officials_visits_meetings(analyse):
    # set decisions: trips are other; a visit or meeting of one who speaks for a state, and a conference
    # attended, stay meetings
    types = {(e["trigger"], e["date"]): e["type"] for e in analyse(BIOGRAPHY).tables["events"]}
    assert types[("visited", "1922")] == "other"
    assert types[("travelled", "1925")] == "other"
    assert types[("met", "1930")] == "other"
    assert types[("attended", "1931")] == "meeting"
    assert types[("spoke", "1932")] == "meeting"
    assert types[("visited", "1935")] == "meeting"
    assert types[("visited", "1936")] == "meeting"


def test_outside_a_biography_a_persons_visit_stays_a_meeting(analyse):
    # in an article about two states' relations, a visitor the gazetteer does not know still travels for a state
    text = ("Chile–Peru relations\n\nChile–Peru relations are the relations between Chile and Peru.\n\n"
            "In April 2008 Tomas Ortega travelled to Lima and met Peruvian ministers.")
    types = {e["trigger"]: e["type"] for e in analyse(text).tables["events"]}
    assert types["travelled"] == "meeting"
    assert types["met"] == "meeting"


@pytest.mark.parametrize("text, trigger", [
    # a verb of possession or making (WordNet) done to arms, forces or bases is military (v1.1: arms transfers,
    # military support to a side); done to goods or roads it is not
    ("In 1986 the United States funded the rebels.", "funded"),
    ("In 1990 Russia built a naval base near the port.", "built"),
    ("In 1979 the emirate donated rifles and mortars to the militia.", "donated"),
])
def test_possession_or_making_of_military_things_is_military(analyse, text, trigger):
    assert type_of(analyse, text, trigger) == "military"


@pytest.mark.parametrize("text, trigger, expected", [
    ("In 1990 the government built a new highway to the port.", "built", "economic"),
    ("In 1986 the foundation funded a new hospital.", "funded", "economic"),
])
def test_possession_or_making_of_civil_things_stays_as_it_was(analyse, text, trigger, expected):
    assert type_of(analyse, text, trigger) == expected


@pytest.mark.parametrize("text, trigger", [
    # a party that forms the government takes office (v1.1 leadership)
    ("In 1971 the Progressive Conservatives formed the government.", "formed"),
    ("A coalition government was formed in 1999.", "formed"),
    ("In 2015 the New Democrats formed a majority government.", "formed"),
])
def test_forming_a_government_is_leadership(analyse, text, trigger):
    assert type_of(analyse, text, trigger) == "leadership"


@pytest.mark.parametrize("text, trigger, expected", [
    # a school opened or founded is a non-commercial body founded (set decisions: other), whatever its modifiers
    # ("charter") or the place it is in name; a restaurant opened is a business (economic)
    ("In 1995 she opened a charter school for poor children in Denver.", "opened", "other"),
    ("A medical college was established in the city in 1887.", "established", "other"),
    ("In 2004 the foundation opened Lakeside Academy, a free charter school for girls.", "opened", "other"),
    ("In 1998 the couple opened a restaurant in Denver.", "opened", "economic"),
])
def test_a_school_founded_is_other(analyse, text, trigger, expected):
    assert type_of(analyse, text, trigger) == expected


@pytest.mark.parametrize("text, expected", [
    # a thing brought into use "to" a place or a people is a practice or a device spread (set decisions: other);
    # a law or a tax a state introduces stays policy, also "to" a region
    ("The abacus was introduced to Japan in the 16th century.", "other"),
    ("In 1965 Sato introduced the art to Australia.", "other"),
    ("In 1580 Portuguese merchants introduced the instrument to Europe.", "other"),
    ("The regime introduced a new constitution in 1921.", "policy"),
    ("In 1990 the government introduced a new tax to Wales.", "policy"),
])
def test_a_thing_introduced_to_a_place_is_spread_not_decreed(analyse, text, expected):
    assert type_of(analyse, text, "introduced") == expected


@pytest.mark.parametrize("text, expected", [
    # one device built or constructed (WordNet's devices) is a technology milestone (set decisions: other);
    # a structure built, or devices built by the number, stay economic
    ("The first electronic computer was built in 1946.", "other"),
    ("In 1928 the engineer built a robot that could speak.", "other"),
    ("The telescope was constructed in 1789.", "other"),
    ("In 1905 the bridge was built across the river.", "economic"),
    ("In 1950 the shipyard built two ships.", "economic"),
])
def test_a_device_built_is_no_construction(analyse, text, expected):
    events = events_of(analyse, text)
    assert [e["type"] for e in events if e["trigger"] in ("built", "constructed")] == [expected]


@pytest.mark.parametrize("text, trigger, expected", [
    # a charge (a tax, a wage, a pension, a price, an interest rate: WordNet's costs, levies and prices) raised,
    # lowered, cut or frozen by a state, a body of a state or no one named is a level set by its authority (v1.1
    # policy), whatever the verb's own type; a company's prices or wages are none, nor is aid or funding cut
    ("The minimum wage was increased in 1999.", "increased", "policy"),
    ("In 1999 parliament raised the minimum wage.", "raised", "policy"),
    ("Income tax was cut in 1988.", "cut", "policy"),
    ("The pensions of civil servants were frozen in 2010.", "frozen", "policy"),
    ("In 1921 the state froze the price of bread.", "froze", "policy"),
    ("In 1979 the government raised interest rates.", "raised", "policy"),
    ("In 1990 the company raised its prices.", "raised", "other"),
    ("In 1990 the bakery lowered the price of bread.", "lowered", "other"),
    ("In 1990 Acme Corporation cut the wages of its workers.", "cut", "withdrawal"),
    ("In 1988 the government cut funding for the universities.", "cut", "withdrawal"),
])
def test_a_charge_changed_by_a_state_is_policy(analyse, text, trigger, expected):
    assert type_of(analyse, text, trigger) == expected


@pytest.mark.parametrize("text, trigger, expected", [
    # the agent of a passive verb of no class of its own that is an event noun, also in a name, is the happening,
    # typed as that noun is, with its modifiers and its "of" phrase; what undergoes it only says whom it touched
    ("In 1999 the country was affected by the Kosovo War.", "affected", "conflict"),
    ("In 1999 the region was hit by the financial crisis.", "hit", "economic"),
    ("In 2008 the town's economy was weakened by the banking crisis.", "weakened", "economic"),
    ("In 1819 the family was ruined by the collapse of the bank.", "ruined", "economic"),
    ("The town was devastated by the war in 1942.", "devastated", "conflict"),
    # an agent that is no event noun leaves the verb other
    ("In 1990 the bridge was damaged by the river.", "damaged", "other"),
    ("In 1962 the region was affected by the drought.", "affected", "other"),
])
def test_an_event_noun_as_the_agent_of_a_passive_is_the_happening(analyse, text, trigger, expected):
    assert type_of(analyse, text, trigger) == expected


@pytest.mark.parametrize("text, expected", [
    # what ends as a happening of its own gives its type to the light verb of ending, as "the end of the war" is
    # the war's: a war, an occupation, a siege, a reign, a regime
    ("The civil war ended in 2002.", "conflict"),
    ("In 1953 the Korean War ended.", "conflict"),
    ("The occupation ended in 1952.", "conflict"),
    ("The government ended the war in 1975.", "conflict"),
    ("His reign ended in 1910.", "leadership"),
    ("The dictatorship ended in 1974.", "other"),
    # a tie, a deal, a measure, talks or aid that end lapse or are cut off (v1.1 withdrawal)
    ("The alliance ended in 1960.", "withdrawal"),
    ("The treaty ended in 1990.", "withdrawal"),
    ("The embargo ended in 1990.", "withdrawal"),
    ("The talks ended in 1990 without an agreement.", "withdrawal"),
    ("In 1990 the government ended its aid to the rebels.", "withdrawal"),
])
def test_the_end_of_a_happening_is_that_happening(analyse, text, expected):
    assert type_of(analyse, text, "ended") == expected


@pytest.mark.parametrize("text, trigger, expected", [
    # an item of a list whose verb is elided takes the type of the verb whose list it is, the one that made the
    # item before it, not the verb the parser hung it on ("marched ..., capturing A on 2 June, and then B")
    ("On 3 May 1790 the general marched west from the river with 900 men, besieging and capturing Fort Alder "
     "on 2 June, and then Millbrook on 19 June.", "Millbrook", "conflict"),
    ("In 1810 the colonel advanced along the coast, seizing the port of Santa Ana on 4 March and then Lima on "
     "28 March.", "Lima", "conflict"),
    ("The rebels marched south in April 1820, storming the barracks at Tolo on 2 May and then Vela on 9 May.",
     "Vela", "conflict"),
    # counter-cases: a list of the verb's own items keeps the verb's type
    ("The king visited Paris on 4 May 1820, Vienna on 12 May and Berlin on 20 May.", "Vienna", "meeting"),
    ("The team was sponsored by Acme in 1993, Globex in 1997 and Initech in 2002.", "Globex", "agreement"),
])
def test_an_elided_verb_list_item_takes_its_own_verbs_type(analyse, text, trigger, expected):
    assert type_of(analyse, text, trigger) == expected


@pytest.mark.parametrize("text, trigger, expected", [
    # a programme, campaign or scheme "of" something launched or begun is that something (v1.1: a light verb
    # takes the type of its object); plans and campaigns by any WordNet sense (wordnet_event_classes "plans")
    ("In 1991 the government launched a programme of privatisation.", "launched", "economic"),
    ("The regime began a campaign of land reform in 1952.", "began", "economic"),
    ("In 1984 the ministry started a programme of economic reform.", "started", "economic"),
    ("In 1993 the state embarked on a programme of privatization of state firms.", "embarked", "economic"),
    ("In 1965 the army launched a campaign of bombing against the rebels.", "launched", "conflict"),
    ("The government launched a programme of deportations in 1944.", "launched", "migration"),
    ("In 1970 the government began a programme of construction of new roads.", "began", "economic"),
    # counter-cases: a plan noun that names a happening of its own keeps it; what is planned must have a type
    ("In 1810 the rebels began a war of independence against Spain.", "began", "conflict"),
    ("In 1962 the university began a programme of studies in linguistics.", "began", "other"),
    ("The company launched a new product in 1998.", "launched", "other"),
])
def test_a_programme_of_an_act_takes_the_acts_type(analyse, text, trigger, expected):
    assert type_of(analyse, text, trigger) == expected


@pytest.mark.parametrize("text, trigger, expected", [
    # the "of" phrase the parser hangs on a date between an event noun and it is still the noun's object
    ("The formation in 1838 of the Patent Asphalte Company gave an enormous impetus to the trade.", "formation",
     "economic"),
    ("The discovery in 1947 of oil at Leduc changed the province.", "discovery", "economic"),
    ("The founding in 1652 of a colony at the cape opened the route.", "founding", "migration"),
    ("The establishment in 1992 of diplomatic relations between the two states was welcomed.", "establishment",
     "policy"),
])
def test_an_of_phrase_after_a_date_is_the_event_noun_s_object(analyse, text, trigger, expected):
    assert type_of(analyse, text, trigger) == expected


@pytest.mark.parametrize("text, trigger, expected", [
    # v1.1: joining an organisation is agreement; a state admitted to a body the gazetteer knows as an organisation
    ("In 1920 the country was admitted to the League of Nations.", "admitted", "agreement"),
    ("In 1955 the republic was admitted to the United Nations.", "admitted", "agreement"),
    ("In 1999 Poland was admitted into NATO.", "admitted", "agreement"),
    ("In 1896 Utah was admitted to the Union as the 45th state.", "admitted", "policy"),
    # a named council or league the gazetteer lacks joins by its head (WordNet's organisation class); a bare "the
    # Union" is the state a territory becomes part of
    ("The country was admitted into the Council of Europe in 1950.", "admitted", "agreement"),
    ("The republic was admitted into the Nordic Council in 1955.", "admitted", "agreement"),
    ("In 1962 the kingdom was admitted to the Andean Trade League.", "admitted", "agreement"),
    ("Texas was admitted into the Union in 1845.", "admitted", "policy"),
])
def test_a_state_admitted_to_an_organisation_joins_it(analyse, text, trigger, expected):
    assert type_of(analyse, text, trigger) == expected


@pytest.mark.parametrize("text, trigger, expected", [
    # v1.1 arms transfers: craft sold or handed to a state or a force are military; to a company or a person not
    ("In 1948 the ship was sold to the Indian Navy.", "sold", "military"),
    ("In 1962 the shipyard sold two ships to the Indonesian navy.", "sold", "military"),
    ("In 1920 the steamer was sold to Chile.", "sold", "military"),
    ("In 1935 the liner was sold to a Greek shipping company.", "sold", "economic"),
    ("In 1990 the family sold the yacht to a businessman.", "sold", "economic"),
])
def test_craft_handed_to_a_state_or_force_is_an_arms_transfer(analyse, text, trigger, expected):
    assert type_of(analyse, text, trigger) == expected


@pytest.mark.parametrize("text, trigger, expected", [
    # v1.1 policy: a court's decision; "ruled in favour of" / "ruled against" judge a case, "ruled over" is a reign
    ("In October 2013 the court ruled in favor of the new ban.", "ruled", "policy"),
    ("In 1954 the Supreme Court ruled against segregation in schools.", "ruled", "policy"),
    ("In 2009 the tribunal ruled in favour of the fishermen.", "ruled", "policy"),
    ("In 1520 the king ruled over a vast empire.", "ruled", "leadership"),
    ("In 1936 the king abdicated in favour of his brother.", "abdicated", "leadership"),
])
def test_ruling_in_favour_or_against_is_a_decision(analyse, text, trigger, expected):
    assert type_of(analyse, text, trigger) == expected


@pytest.mark.parametrize("text, trigger, expected", [
    # set decisions: broadcast rights sold or licensed are economic; a state licensing stations or banks is policy
    ("By 1984 the television rights to the awards were licensed in 76 countries.", "licensed", "economic"),
    ("In 1999 the studio licensed the broadcast rights to a cable network.", "licensed", "economic"),
    ("In 2005 the league licensed its rights to a game publisher.", "licensed", "economic"),
    ("In 1927 the state licensed the first private radio stations.", "licensed", "policy"),
])
def test_rights_licensed_are_a_sale(analyse, text, trigger, expected):
    assert type_of(analyse, text, trigger) == expected


@pytest.mark.parametrize("text, trigger, expected", [
    # v1.1 economic: construction of infrastructure; a railway, a road or a canal that reaches a place was built that far
    ("In 1883 the Canadian Pacific Railway reached Calgary.", "reached", "economic"),
    ("In 1891 the new road reached Edmonton.", "reached", "economic"),
    ("In 1908 the railway line reached the coast.", "reached", "economic"),
    ("In 1825 the canal came to Buffalo.", "came", "economic"),
    ("In 1500 the explorer reached Brazil.", "reached", "other"),
    ("In 1991 the company reached an agreement with the union.", "reached", "agreement"),
])
def test_a_line_that_reaches_a_place_was_built_that_far(analyse, text, trigger, expected):
    assert type_of(analyse, text, trigger) == expected


@pytest.mark.parametrize("text, trigger, expected", [
    # WordNet verbs of paving (construction of infrastructure) and of defaulting on a debt (loans) are economic (v1.1)
    ("In 2001 the country defaulted on its foreign debt.", "defaulted", "economic"),
    ("In 1982 Mexico defaulted on its loans.", "defaulted", "economic"),
    ("In 1998 the government defaulted on its bonds.", "defaulted", "economic"),
    ("In 1920 the main street was paved.", "paved", "economic"),
    ("In 1931 the city paved the highway to the coast.", "paved", "economic"),
])
def test_paving_and_defaulting_are_economic(analyse, text, trigger, expected):
    assert type_of(analyse, text, trigger) == expected
