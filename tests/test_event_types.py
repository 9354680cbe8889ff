"""Event types decided by the trigger and its argument (issue 15): light verbs take the type of what
they act on, transfers are military when what moves is, idioms of gaining and losing control, and
guideline v1.1's calls. Sentences are our own, in several wordings each (real spaCy model)."""
from __future__ import annotations

import pytest

from .test_events import events_of


def type_of(analyse, text: str, trigger: str) -> str:
    events = events_of(analyse, text)
    found = [e for e in events if e["trigger"].split()[0] == trigger or e["trigger"] == trigger]
    assert found, [(e["trigger"], e["type"]) for e in events]
    return found[0]["type"]


@pytest.mark.parametrize("text, trigger, expected", [
    # founding a settlement is migration (v1.1); a company is economic; an offensive is conflict
    ("Dutch settlers founded a colony on the river in 1652.", "founded", "migration"),
    ("In 1788 a group of convicts established a settlement at the bay.", "established", "migration"),
    ("The town was founded by Swedish farmers in 1638.", "founded", "migration"),
    ("In 1976 the government created a state oil company.", "created", "economic"),
    ("Two brothers established a trading company in 1871.", "established", "economic"),
    ("The army launched an offensive in the north in March 1916.", "launched", "conflict"),
    ("In 1943 the allies launched a major offensive against the island.", "launched", "conflict"),
    ("The regime introduced a new constitution in 1921.", "introduced", "policy"),
    ("In 1867 the assembly introduced a new tax on salt.", "introduced", "policy"),
    ("The railway to the coast was completed in 1905.", "completed", "economic"),
])
def test_a_light_verb_takes_the_type_of_its_argument(analyse, text, trigger, expected):
    assert type_of(analyse, text, trigger) == expected


@pytest.mark.parametrize("text, trigger, expected", [
    # a town or a city is settled only when it is founded (v1.1 migration); acted on otherwise, it is not
    ("The river flooded the lower town in 1910.", "flooded", "other"),
    ("The harbour town was ravaged by cholera in 1832.", "ravaged", "other"),
    ("Gas lighting illuminated the town for the first time in 1823.", "illuminated", "other"),
    ("The city was awarded the title of European Capital of Culture in 1990.", "awarded", "other"),
    ("The town was granted a royal charter in 1298.", "granted", "policy"),
    ("The canal reached the city in 1825.", "reached", "economic"),
    ("The railway line reached the city in 1869.", "reached", "economic"),
    ("Settlers from Ulster founded the town in 1718.", "founded", "migration"),
    ("In 1535 the Spanish established the city of Lima.", "established", "migration"),
    ("A colony was set up on the island in 1788.", "set", "migration"),
    ("The settlement was moved to higher ground in 1711.", "moved", "migration"),
    ("The French moved the town to a new site in 1720.", "moved", "migration"),
])
def test_a_settlement_acted_on_is_not_founded(analyse, text, trigger, expected):
    assert type_of(analyse, text, trigger) == expected


@pytest.mark.parametrize("text, trigger, expected", [
    # a company that moves acts as a company (set decisions: company events are economic); a family settles
    ("The company relocated its headquarters to Zurich in 1951.", "relocated", "economic"),
    ("In 1984 the firm moved to Houston.", "moved", "economic"),
    ("The bank was moved to a new building in 1903.", "moved", "economic"),
    ("In 1962 the brewery moved its headquarters to the harbour.", "moved", "economic"),
    ("The family moved to Boston in 1905.", "moved", "migration"),
])
def test_a_company_that_moves_is_economic(analyse, text, trigger, expected):
    assert type_of(analyse, text, trigger) == expected


@pytest.mark.parametrize("text, trigger, expected", [
    ("The kingdom purchased ten thousand rifles from Belgium in 1885.", "purchased", "military"),
    ("In 1911 the navy bought two destroyers from Britain.", "bought", "military"),
    ("Spain withdrew its troops from the province in 1976.", "withdrew", "military"),
    ("In 1989 the last Soviet soldiers were withdrawn from the country.", "withdrawn", "military"),
])
def test_a_transfer_of_weapons_or_troops_is_military(analyse, text, trigger, expected):
    assert type_of(analyse, text, trigger) == expected


@pytest.mark.parametrize("text, trigger", [
    ("The republic purchased a large territory from France in 1803.", "purchased"),
    ("In 1867 the government bought the northern lands for a small sum.", "bought"),
    ("The country withdrew from the customs union in 1993.", "withdrew"),
])
def test_a_transfer_of_land_or_a_withdrawal_from_a_pact_is_not_military(analyse, text, trigger):
    assert type_of(analyse, text, trigger) != "military"


@pytest.mark.parametrize("text, trigger, expected", [
    ("The parliament approved a loan from the bank in 1998.", "approved", "economic"),
    ("In 2004 the senate approved the treaty with its neighbour.", "approved", "agreement"),
])
def test_approving_takes_the_type_of_what_is_approved(analyse, text, trigger, expected):
    assert type_of(analyse, text, trigger) == expected


@pytest.mark.parametrize("text, trigger, expected", [
    ("Rebels gained control of the capital in 1997.", "gained", "conflict"),
    ("In 1944 the partisans regained control of the valley.", "regained", "conflict"),
    ("The government lost control of the southern provinces in 2012.", "lost", "conflict"),
    ("Colonel Diallo seized power in March 1969.", "seized", "leadership"),
    ("The colony gained independence in 1960.", "gained", "other"),
])
def test_idioms_of_gaining_and_losing_control(analyse, text, trigger, expected):
    assert type_of(analyse, text, trigger) == expected


@pytest.mark.parametrize("text, trigger, expected", [
    # verbs the trigger lexicon lacks take their WordNet class
    ("The Normans conquered the island in 1072.", "conquered", "conflict"),
    ("In 1905 many families from the valley emigrated to Argentina.", "emigrated", "migration"),
])
def test_a_verb_missing_from_the_lexicon_takes_its_wordnet_class(analyse, text, trigger, expected):
    assert type_of(analyse, text, trigger) == expected


@pytest.mark.parametrize("text, trigger, expected", [
    ("Regular troops entered the valley in May 1915.", "entered", "military"),
    ("In 1944 the retreating army crossed the river.", "crossed", "military"),
    ("The last soldiers withdrew from the border region in 1992.", "withdrew", "military"),
])
def test_a_force_that_moves_is_military(analyse, text, trigger, expected):
    assert type_of(analyse, text, trigger) == expected


@pytest.mark.parametrize("text, trigger, expected", [
    # what a force does to a happening its object names is that happening's act: independence is other (v1.1)
    ("In 1821 the rebel army declared independence.", "declared", "other"),
    ("The insurgents proclaimed independence in 1811.", "proclaimed", "other"),
    ("In 1960 the mutinous soldiers declared independence for the province.", "declared", "other"),
    ("In 1943 the army held talks with the guerrillas.", "held", "meeting"),
])
def test_a_force_acting_on_a_happening_takes_the_happenings_type(analyse, text, trigger, expected):
    assert type_of(analyse, text, trigger) == expected


@pytest.mark.parametrize("text, trigger, expected", [
    # set decisions: a commander's moves are military; a number of servicemen moved is a force moved
    ("In 1776, Howe landed 12,000 men on the coast.", "landed", "military"),
    ("In 1781 Greene moved 2,000 men across the river.", "moved", "military"),
    ("In 1863 Sherwood ferried 800 soldiers over the lake.", "ferried", "military"),
    ("In 1969 the lunar module landed on the Moon.", "landed", "other"),
])
def test_a_verb_of_motion_on_a_number_of_servicemen_moves_a_force(analyse, text, trigger, expected):
    assert type_of(analyse, text, trigger) == expected


@pytest.mark.parametrize("text, trigger", [
    ("The convention selected the senator as its presidential nominee in June 1860.", "selected"),
    ("In 1903 the assembly chose him as governor of the province.", "chose"),
])
def test_putting_someone_in_an_office_is_leadership(analyse, text, trigger):
    assert type_of(analyse, text, trigger) == "leadership"


@pytest.mark.parametrize("text, trigger, expected", [
    ("The foreign minister paid an official visit to Lisbon in May 1990.", "paid", "meeting"),
    ("The institute was renamed in 1969.", "renamed", "policy"),
    ("In 1928 the association renamed itself the national standards body.", "renamed", "policy"),
])
def test_an_event_noun_object_or_a_renaming(analyse, text, trigger, expected):
    assert type_of(analyse, text, trigger) == expected


@pytest.mark.parametrize("text, trigger, expected", [
    ("In 1947 the first railway line was completed.", "completed", "economic"),
    ("A new oil pipeline route was opened in 2009.", "opened", "economic"),
])
def test_a_compound_says_what_a_bare_argument_is(analyse, text, trigger, expected):
    assert type_of(analyse, text, trigger) == expected



@pytest.mark.parametrize("text, trigger, expected", [
    # guideline v1.1: independence and its proclamation are other; protests and riots not called clashes other
    ("The island declared independence in July 1975.", "declared", "other"),
    ("In 1918 the national council proclaimed the independence of the republic.", "proclaimed", "other"),
    ("Mass protests broke out in the capital in 1989.", "broke", "other"),
    ("A great fire broke out in the old town in September 1776.", "broke", "other"),
    ("In 1914 war broke out between the two empires.", "war", "conflict"),
    ("The 1965 riots in the port city left the old market in ruins.", "riots", "other"),
    ("In 1936 parliament declared war on its neighbour.", "declared", "conflict"),
])
def test_guideline_calls_on_independence_and_protests(analyse, text, trigger, expected):
    assert type_of(analyse, text, trigger) == expected


@pytest.mark.parametrize("text, trigger", [
    # set decisions: patents granted or obtained are policy (WordNet's patent senses)
    ("In 1838 the engineer obtained patents in France and Belgium.", "obtained"),
    ("The chemist patented a new refining process in 1921.", "patented"),
    ("In 1902 the brothers received a patent for their engine.", "received"),
])
def test_patents_are_policy(analyse, text, trigger):
    assert type_of(analyse, text, trigger) == "policy"


@pytest.mark.parametrize("text, trigger", [
    # a body's decision stated as a clause: a verb of deciding (WordNet's) with an official actor
    ("On 4 May 1790 the senate resolved to appoint a committee of nine.", "resolved"),
    ("In 1851 the council determined that the port would remain the capital.", "determined"),
    ("The parliament decided in 1921 that the old flag would be restored.", "decided"),
    ("In March 1965 the league chose to admit two new clubs.", "chose"),
])
def test_a_bodys_decision_is_policy(analyse, text, trigger):
    assert type_of(analyse, text, trigger) == "policy"


@pytest.mark.parametrize("text, trigger", [
    ("In 1931 the young painter determined that she would live by her art.", "determined"),
    ("In 1950 he resolved to write a novel every year.", "resolved"),
])
def test_a_private_persons_resolve_is_not_policy(analyse, text, trigger):
    assert type_of(analyse, text, trigger) != "policy"


@pytest.mark.parametrize("text, trigger", [
    # set decisions: businesses and buildings opened, closed, liquidated or wound up are economic
    ("The bakery closed down in 1987.", "closed"),
    ("In 1998 the owners closed the store after a fire.", "closed"),
    ("The casino, which opened in 2004, was sold in 2010.", "opened"),
    ("The new clinic opened in June 1958.", "opened"),
    ("The shipping firm was liquidated in 1922.", "liquidated"),
    ("The mill was shut down in 1975.", "shut"),
    ("The company entered into liquidation in 1915.", "entered"),
])
def test_a_business_opened_or_closed_is_economic(analyse, text, trigger):
    assert type_of(analyse, text, trigger) == "economic"


@pytest.mark.parametrize("text, trigger", [
    ("The treaty entered into force in 1995.", "entered"),
    ("In 1961 the two states entered into an alliance.", "entered"),
])
def test_entering_into_a_pact_is_not_economic(analyse, text, trigger):
    assert type_of(analyse, text, trigger) not in ("economic", "military")


@pytest.mark.parametrize("text, trigger", [
    # set decisions: sponsorship and endorsement deals with a company are agreements
    ("In 1997 the golfer was sponsored by Toyota.", "sponsored"),
    ("The Acme Corporation sponsored the club from 1995.", "sponsored"),
    ("In 2004 the sprinter endorsed Adidas and Gatorade.", "endorsed"),
])
def test_a_sponsorship_or_endorsement_deal_is_agreement(analyse, text, trigger):
    assert type_of(analyse, text, trigger) == "agreement"


@pytest.mark.parametrize("text, trigger", [
    ("In 2008 the senator endorsed Barack Obama for president.", "endorsed"),
    ("In 1964 she sponsored a bill on civil rights.", "sponsored"),
])
def test_backing_a_person_or_a_bill_is_no_deal(analyse, text, trigger):
    assert type_of(analyse, text, trigger) != "agreement"


@pytest.mark.parametrize("text, trigger", [
    # a right or a law granted, gained or passed, whose content is an infinitive the date hangs on
    ("Women gained the right to vote in 1970.", "gained"),
    ("In 1916, women won the right to vote.", "won"),
    ("Farmers won the right to sell their grain abroad in 1935.", "won"),
])
def test_a_right_gained_is_policy_whatever_it_allows(analyse, text, trigger):
    assert type_of(analyse, text, trigger) == "policy"


@pytest.mark.parametrize("text, trigger, expected", [
    # admitted to a league or a society: joining an organisation (v1.1 agreement); a state or a territory
    # admitted to a union changes its status (v1.1 policy)
    ("In 1960 the club was admitted to the league.", "admitted", "agreement"),
    ("In 1925 the chemist was admitted into the society.", "admitted", "agreement"),
    ("In 1819 the territory was admitted to the Union.", "admitted", "policy"),
    ("Arizona was admitted into the Union in 1912.", "admitted", "policy"),
])
def test_admission_to_a_body_or_of_a_territory(analyse, text, trigger, expected):
    assert type_of(analyse, text, trigger) == expected


@pytest.mark.parametrize("text, trigger, expected", [
    # a chemical element found (WordNet 'elements') is a scientific finding: other
    ("Davy discovered sodium in 1807.", "discovered", "other"),
    ("In 1861 the two physicists discovered rubidium in a sample of lepidolite.", "discovered", "other"),
    ("The discovery of lithium in 1817 is credited to Arfwedson.", "discovery", "other"),
    ("The chemist Humphry Davy isolated potassium in 1807.", "isolated", "other"),
    # a resource found, or an element found in a named place, stays economic
    ("Prospectors discovered gold in the valley in 1886.", "discovered", "economic"),
    ("The discovery of oil in 1955 changed the economy.", "discovery", "economic"),
    ("Copper was discovered in Katanga in 1892.", "discovered", "economic"),
    ("Uranium was discovered in Niger in 1957.", "discovered", "economic"),
])
def test_an_element_discovered_is_a_finding_a_resource_found_is_economic(analyse, text, trigger, expected):
    assert type_of(analyse, text, trigger) == expected


@pytest.mark.parametrize("text, trigger, expected", [
    # an award or a prize set up by a body is one of its rules: policy
    ("The society instituted an award for young painters in 1961.", "instituted", "policy"),
    ("In 1990 the academy established a prize for the best short film.", "established", "policy"),
    ("An award for the best animated feature was instituted in 2001.", "instituted", "policy"),
    # a school set up stays other; a company economic
    ("The monks established a school in 1120.", "established", "other"),
    ("Two brothers established a trading company in 1871.", "established", "economic"),
])
def test_an_award_instituted_by_a_body_is_policy(analyse, text, trigger, expected):
    assert type_of(analyse, text, trigger) == expected


def bio_type_of(analyse, title: str, text: str, trigger: str, date: str) -> str:
    """The type of the event on `trigger` dated `date` in a short biography titled by its person's name."""
    events = analyse(f"{title}\n\n{text}").tables["events"]
    found = [e for e in events if e["trigger"].split()[0] == trigger and e["date"] == date]
    assert found, [(e["trigger"], e["type"], e["date"]) for e in events]
    return found[0]["type"]


BIOGRAPHY = ("Otto Brandt (1880–1950) was a German painter. Brandt was born in Kiel. "
             "In 1905, Brandt moved to Vienna with his wife Clara. Brandt left the city in 1912. "
             "In 1935 Brandt left Berlin. Brandt left the party in 1933.")


@pytest.mark.parametrize("trigger, date, expected", [
    # the biography's person moves house, whatever the model tags the surname as (set decisions: migration)
    ("moved", "1905", "migration"),
    ("left", "1912", "migration"),   # a place noun as the object
    ("left", "1935", "migration"),   # a named place
    ("left", "1933", "withdrawal"),  # a party left is no move of residence
])
def test_a_biographys_person_who_moves_changes_residence(analyse, trigger, date, expected):
    assert bio_type_of(analyse, "Otto Brandt", BIOGRAPHY, trigger, date) == expected


@pytest.mark.parametrize("text, trigger, expected", [
    # a re- noun the lexicon lacks happens as its base: reconstruction is construction (economic)
    ("Reconstruction of the two lines began in 2005.", "began", "economic"),
    ("The reconstruction of the old bridge started in 1996.", "started", "economic"),
    ("In 1952 the reconstruction of the harbour was completed.", "completed", "economic"),
    # an event noun's modifier decides where it is the argument of a light verb
    ("The economic crisis began in 1929.", "began", "economic"),
    ("The financial crisis started in 2008.", "started", "economic"),
])
def test_a_light_verb_takes_the_type_of_its_event_noun(analyse, text, trigger, expected):
    assert type_of(analyse, text, trigger) == expected


@pytest.mark.parametrize("text, trigger, expected", [
    # incorporating changes a status only for a territory or a polity (v1.1 policy)
    ("In 1845 Texas was incorporated into the Union.", "incorporated", "policy"),
    ("In 1898 the islands were incorporated into the kingdom.", "incorporated", "policy"),
    ("The firm was incorporated in Delaware in 1901.", "incorporated", "economic"),
    ("Her ideas were incorporated into the new curriculum in 1920.", "incorporated", "other"),
    ("The old method of proof, which was incorporated into modern geometry in 1890, is still taught.",
     "incorporated", "other"),
])
def test_incorporating_is_policy_only_for_a_territory(analyse, text, trigger, expected):
    assert type_of(analyse, text, trigger) == expected


@pytest.mark.parametrize("text, trigger, expected", [
    # a scholar's proposal, named by the possessor of what a participle describes, is no state's position
    ("Darwin's theory proposed in 1859 changed biology.", "proposed", "other"),
    ("The model of the atom proposed by Niels Bohr in 1913 had flaws.", "proposed", "other"),
    # a present-tense statement is a report (v1.1 other); a past one by a body stays its position
    ("In 2015, the agency states that most rivers in the region are polluted.", "states", "other"),
    ("In 1950 the ministry stated that the border was closed.", "stated", "policy"),
])
def test_proposals_and_reports_are_other(analyse, text, trigger, expected):
    assert type_of(analyse, text, trigger) == expected


@pytest.mark.parametrize("text, trigger, expected", [
    # an object of purpose: the verb takes the type of the act purposed
    ("In May 1999 the firm announced plans to build a new steel mill.", "announced", "economic"),
    ("In 1950 the minister announced a plan to sell the state airline.", "announced", "economic"),
    ("In 1990 the party announced plans to contest the election.", "announced", "leadership"),
])
def test_a_plan_announced_takes_the_type_of_the_planned_act(analyse, text, trigger, expected):
    assert type_of(analyse, text, trigger) == expected


@pytest.mark.parametrize("text, trigger, expected", [
    # a non-office role for a company is an endorsement deal (set decisions: agreement)
    ("In 2011, the shoemaker Bata named the sprinter as its brand ambassador.", "named", "agreement"),
    ("In 2004 the golfer was named the spokesman of Nike.", "named", "agreement"),
    ("In 1995 the singer was chosen as the company spokeswoman.", "chosen", "agreement"),
    # an office is leadership, a coach of a club no deal: an appointment to a post (set decisions: leadership),
    # WordNet's office holders as the lexicon's
    ("In 1998 the bank appointed her as director.", "appointed", "leadership"),
    ("In 1970 the club named him its coach.", "named", "leadership"),
])
def test_a_brand_role_is_an_endorsement_deal(analyse, text, trigger, expected):
    assert type_of(analyse, text, trigger) == expected


@pytest.mark.parametrize("text, trigger, expected", [
    # an award given since a year is the standing result of its creation (set decisions: policy)
    ("Since 2009, the film academy has awarded a prize for the best animated film.", "awarded", "policy"),
    ("The society has presented its gold medal since 1950.", "presented", "policy"),
    ("Since 1985 the city has given a prize for young poets.", "given", "policy"),
    # an award presented at a dated ceremony stays other
    ("The prize was awarded during the ceremony in 2002.", "awarded", "other"),
])
def test_an_award_given_since_a_year_is_policy(analyse, text, trigger, expected):
    assert type_of(analyse, text, trigger) == expected


@pytest.mark.parametrize("text, trigger, expected", [
    # v1.1 life is for named persons: a person introduced by "a"/"an" is other
    ("In 1760 a daughter of the miller died of fever.", "died", "other"),
    ("In 1820 a servant died in the fire.", "died", "other"),
    ("The king died in 1820.", "died", "life"),
    ("Her son was born in 1922.", "born", "life"),
    # a happening as the subject of a verb of no class gives it its class
    ("An earthquake struck the city in 1755.", "struck", "other"),
    ("In 1871 a fire destroyed the town hall.", "destroyed", "other"),
    # ... also as the agent of a passive; a town founded by settlers stays a settlement (migration)
    ("In 1906 the city was destroyed by an earthquake.", "destroyed", "other"),
    ("In 1931 the town was devastated by a flood.", "devastated", "other"),
    ("The coast was hit by a hurricane in 1926.", "hit", "other"),
    ("In 1652 the settlers founded a town on the river.", "founded", "migration"),
])
def test_unnamed_lives_and_natural_happenings_are_other(analyse, text, trigger, expected):
    assert type_of(analyse, text, trigger) == expected


@pytest.mark.parametrize("text, trigger, expected", [
    # WordNet's university posts: a professorship or lectureship taken is a post held (set decisions: leadership)
    ("In 1955 she became a professor of physics at the university.", "became", "leadership"),
    ("In 1820, the philosopher became a lecturer at the university.", "became", "leadership"),
    ("He became an associate professor in Leiden in 1931.", "became", "leadership"),
    # a permanent residence taken is typed with naturalisation (set decisions: migration)
    ("She became a permanent resident of Canada in 1950.", "became", "migration"),
    ("In 1962 the writer became a legal resident of France.", "became", "migration"),
    # a prize or a medal won is an honour (other), not its metal
    ("In 1990 she won the gold medal.", "won", "other"),
    ("The swimmer won a silver medal in 1996.", "won", "other"),
])
def test_posts_residence_and_honours_by_wordnet(analyse, text, trigger, expected):
    assert type_of(analyse, text, trigger) == expected


@pytest.mark.parametrize("text, trigger, expected", [
    # a named person killed is a death of its own (v1.1 life); a war's toll stays the war's
    ("The rebel leader Jonas Ruiz was killed in action in 1999.", "killed", "life"),
    ("In 1862 General Albert Crane was killed at the battle.", "killed", "life"),
    ("Thousands of soldiers were killed in 1916.", "killed", "conflict"),
    # "he" or "she" killed stands for a person the text has named: a death of its own
    ("Johnston joined the army in 1861. He was killed at the Battle of Shiloh in 1862.", "killed", "life"),
    ("Marta Lind became a reporter. In 1944 she was killed by a sniper in Florence.", "killed", "life"),
    ("In 1862 they were killed by the rebels.", "killed", "conflict"),
    # a scholar who introduces a notation or a term acts for no state (other)
    ("In 1847 the mathematician introduced the notation.", "introduced", "other"),
    ("The psychiatrist introduced the term in 1911.", "introduced", "other"),
])
def test_named_deaths_and_scholars_terms(analyse, text, trigger, expected):
    assert type_of(analyse, text, trigger) == expected


@pytest.mark.parametrize("text, trigger, expected", [
    # an activity given up, named by a gerund, is no office left (other); an office or a body left stays leadership
    ("In 1976, she retired from writing her newsletter.", "retired", "other"),
    ("After 1950 he resigned from editing the magazine.", "resigned", "other"),
    ("In 1974 the president resigned from office.", "resigned", "leadership"),
    ("In 1962 she retired from the presidency of the company.", "retired", "leadership"),
    # ... and so is a sport or a craft named by a noun whose first WordNet sense is an act
    ("She retired from competitive cycling in 1999.", "retired", "other"),
    ("In 1985 the champion retired from boxing.", "retired", "other"),
    ("He retired from professional tennis in 2010.", "retired", "other"),
    # going up or moving to a school (WordNet's educational institutions) is schooling (other), not settling
    ("In October 1913, Huxley went up to Balliol College, Oxford.", "went", "other"),
    ("In 1905 she moved to Harvard University.", "moved", "other"),
    ("In 1931 the boy went to a boarding school in Kent.", "went", "other"),
    ("In 1950 he moved to Berlin.", "moved", "migration"),
    ("In 1950 the family moved to the capital.", "moved", "migration"),
    # a journey made to study (a purpose infinitive of WordNet's verbs of cognition) is schooling, too
    ("In 1926 Mary Smith went to Paris to study.", "went", "other"),
    ("Mary Smith went to Rome in 1926 ready to study and to enjoy her first trip.", "went", "other"),
    ("In 1975 the foreign minister went to Geneva to negotiate.", "went", "meeting"),
    ("In 1950 he moved to Berlin to work.", "moved", "migration"),
])
def test_activities_given_up_and_schooling_are_other(analyse, text, trigger, expected):
    assert type_of(analyse, text, trigger) == expected


def test_a_school_gone_to_is_no_participant(analyse):
    events = events_of(analyse, "In October 1913, Huxley went up to Balliol College, Oxford.")
    assert [e["participants"] for e in events if e["trigger"].startswith("went")] == [["Huxley"]]



SCHOOLING = ("Otto Brandt (1880–1950) was a German painter. Brandt was born in Kiel. "
             "In 1898, Brandt went up to Magdalen College, where he read history. "
             "In 1901 he went to Munich to study painting. In 1905, Brandt moved to Vienna with his wife Clara.")


@pytest.mark.parametrize("trigger, date, expected", [
    # the biography's person going up to a college or away to study is schooling (other), not a move of residence
    ("went", "1898", "other"),
    ("went", "1901", "other"),
    ("moved", "1905", "migration"),
])
def test_in_a_biography_schooling_is_no_move_of_residence(analyse, trigger, date, expected):
    assert bio_type_of(analyse, "Otto Brandt", SCHOOLING, trigger, date) == expected


@pytest.mark.parametrize("text, trigger, expected", [
    # a city or town acted on by a force or by warplanes with a verb of no class of its own is attacked, not
    # settled; a fire that destroys it is other; founding a town stays migration
    ("In 1944 the city was destroyed by American bombers.", "destroyed", "conflict"),
    ("The town was burned by the rebels in 1821.", "burned", "conflict"),
    ("British warships destroyed the city in 1807.", "destroyed", "conflict"),
    ("In 1791 the colony was burned by rebel soldiers.", "burned", "conflict"),
    ("A fire destroyed most of the town in 1666.", "destroyed", "other"),
    ("The town was founded by Swedish farmers in 1638.", "founded", "migration"),
])
def test_a_settlement_attacked_by_a_force_is_conflict(analyse, text, trigger, expected):
    assert type_of(analyse, text, trigger) == expected


@pytest.mark.parametrize("text, trigger, expected", [
    # what a law, a constitution or a charter does is what it enacts (v1.1 policy), also when it is named;
    # the same verb with a company or a book as its subject is no act of a state
    ("The constitution of 1921 established a parliament with two chambers.", "established", "policy"),
    ("In 1935 a new law gave women the vote.", "gave", "policy"),
    ("In 1990 the new constitution guaranteed freedom of the press.", "guaranteed", "policy"),
    ("The Judiciary Act of 1789 established the federal courts.", "established", "policy"),
    ("In 1880 the company gave its workers a pension.", "gave", "other"),
    ("In 1910 the novelist established a literary prize.", "established", "other"),
])
def test_what_a_law_does_is_policy(analyse, text, trigger, expected):
    assert type_of(analyse, text, trigger) == expected


@pytest.mark.parametrize("text, trigger, expected", [
    # "state" and "province" are also WordNet policy nouns ("admitted as a state"), but as a subject they name the
    # polity that acts, not a law: secession is other (set decisions), a celebration no enactment, a default on a
    # debt economic (WordNet's default.v.01; v1.1 loans)
    ("The state seceded from the Union on January 11, 1861.", "seceded", "other"),
    ("On January 11, 1861, the state seceded from the Union.", "seceded", "other"),
    ("Seven southern states seceded from the United States in 1861.", "seceded", "other"),
    ("The province seceded from the federation in 1905.", "seceded", "other"),
    ("In 1935 the province defaulted on its bonds.", "defaulted", "economic"),
    ("The province celebrated its centennial in 2005.", "celebrated", "other"),
    ("The 1901 constitution of the state established a new senate.", "established", "policy"),
])
def test_a_polity_that_acts_is_no_law_that_enacts(analyse, text, trigger, expected):
    assert type_of(analyse, text, trigger) == expected


@pytest.mark.parametrize("text, trigger, expected", [
    # a gathering of WordNet's meeting class that a light verb holds is a meeting, also one the lexicon lacks
    ("In 1901 the state held a constitutional convention.", "held", "meeting"),
    ("The church held a synod at the town in 1215.", "held", "meeting"),
    ("The delegates held a convention in Philadelphia in 1787.", "held", "meeting"),
    ("The society held its first congress in Paris in 1889.", "held", "meeting"),
])
def test_a_gathering_held_is_a_meeting(analyse, text, trigger, expected):
    assert type_of(analyse, text, trigger) == expected


@pytest.mark.parametrize("text", [
    "The army held the city until 1865.",
    "The bank held most of the debts in 1990.",
])
def test_holding_what_is_no_gathering_is_no_event(analyse, text):
    assert [e["trigger"] for e in events_of(analyse, text) if e["trigger"] == "held"] == []


@pytest.mark.parametrize("text, trigger, expected", [
    # a people or a group taken to a place is deported or resettled (v1.1 migration), whatever the verb
    ("In 1830 the Creeks were forcibly removed to the west.", "removed", "migration"),
    ("The government removed the tribes to Indian Territory in 1836.", "removed", "migration"),
    ("In 1944 the Chechens were sent to Central Asia.", "sent", "migration"),
    ("Thousands of families were transferred to the new colony in 1952.", "transferred", "migration"),
    ("The governor sent the settlers to the coast in 1788.", "sent", "migration"),
    # persons counted out are posted, and things returned are no people
    ("In 1912 the company sent two engineers to London.", "sent", "other"),
    ("In 1910 the museum returned the paintings to Italy.", "returned", "other"),
])
def test_a_people_taken_to_a_place_is_migration(analyse, text, trigger, expected):
    assert type_of(analyse, text, trigger) == expected


TOURS = ("Ivan Petrov (1932–1986) was a Soviet film director. In 1981 he travelled to England and Sweden. "
         "In 1982 Petrov toured the United States with his film. In 1983 he visited London.")


@pytest.mark.parametrize("trigger, date", [
    # a private person's trip is other (set decisions) also where the places gone to are several or named in
    # words ("England and Sweden", "the United States"): the places are not actors of a meeting
    ("travelled", "1981"),
    ("toured", "1982"),
    ("visited", "1983"),
])
def test_a_private_persons_trip_to_several_or_many_worded_places_is_other(analyse, trigger, date):
    assert bio_type_of(analyse, "Ivan Petrov", TOURS, trigger, date) == "other"


@pytest.mark.parametrize("text, trigger, expected", [
    # a person other than the article's subject who moves house: a kin noun, one person by WordNet's actor classes,
    # persons of someone's, or a name the model gives no entity type (set decisions: moves of residence migration)
    ("In 1894 his father moved to Milan.", "moved", "migration"),
    ("In 1935 his parents moved to Moscow.", "moved", "migration"),
    ("In 1890 her two sons moved to Chicago.", "moved", "migration"),
    ("Ueshiba moved to Hokkaido in 1912.", "moved", "migration"),
    # a crew that comes home from a flight and people brought to a hospital are no household moving
    ("On July 24, 1969, the astronauts returned home aboard the capsule.", "returned", "other"),
    ("Wounded civilians arrive at a hospital in Aleppo, October 2012.", "arrive", "other"),
])
def test_a_person_who_moves_house_is_migration(analyse, text, trigger, expected):
    assert type_of(analyse, text, trigger) == expected


@pytest.mark.parametrize("text, trigger, expected", [
    # "take part" has no type of its own: the happening taken part in decides, as for "participated in"
    ("The state took part in the war against Mexico in 1846.", "took", "conflict"),
    ("In 1997 the country took part in the intervention in Zaire.", "took", "conflict"),
    ("In 1921 he took part in the conference in Washington.", "took", "meeting"),
    ("Its troops participated in the war in 1998.", "participated", "conflict"),
    # a happening of no type of its own stays other
    ("He took part in the expedition to the Arctic in 1903.", "took", "other"),
])
def test_taking_part_takes_the_type_of_the_happening(analyse, text, trigger, expected):
    assert type_of(analyse, text, trigger) == expected


@pytest.mark.parametrize("text, trigger, expected", [
    # parks and arenas created or opened are economic (set decisions), as WordNet's park and stadium senses say
    ("The park opened in May 2013.", "opened", "economic"),
    ("The new stadium opened in 1998.", "opened", "economic"),
    ("In 1911 the city opened a public park on the river.", "opened", "economic"),
    ("A football stadium was built in the town in 1925.", "built", "economic"),
])
def test_a_park_or_an_arena_opened_is_economic(analyse, text, trigger, expected):
    assert type_of(analyse, text, trigger) == expected


@pytest.mark.parametrize("text, trigger, expected", [
    # a verb of no type of its own takes the type of the act its "to" infinitive says it was done for
    ("In 1990 she partnered with a chef to start a restaurant chain.", "partnered", "economic"),
    ("In 1921 the two brothers worked with a banker to found an airline.", "worked", "economic"),
    ("Since 1998 the country has worked with the Security Council to impose sanctions on the rebels.", "worked",
     "policy"),
    ("In 2004 the kingdom cooperated with its neighbours to ban the trade in ivory.", "cooperated", "policy"),
    # what a verb of thinking, feeling or saying intends or refuses, or what is done to prevent a thing, is not done
    ("In 1950 the government refused to sign the treaty.", "refused", "other"),
    # what an actor was led or made to do is the actor's own act, not the cause's
    ("A poor harvest in 1972 led the government to suspend grain sales.", "led", "other"),
    ("The drought of 1984 forced the farmers to sell their land.", "forced", "other"),
    ("In 2003 the residents organized protests to prevent the construction of the dam.", "organized", "other"),
    ("In 2003 the farmers sued the company to prevent the construction of the dam.", "sued", "other"),
    ("In 1999 the villagers gathered signatures to block the sale of the forest.", "gathered", "other"),
    # a body founded to do a thing is typed by what is founded, not by what it was founded for
    ("The society was formed in 1904 to develop electrical standards.", "formed", "other"),
])
def test_a_verb_of_no_type_takes_the_type_of_its_purpose(analyse, text, trigger, expected):
    assert type_of(analyse, text, trigger) == expected


@pytest.mark.parametrize("text, trigger, expected", [
    # an event noun compounded on a noun of purpose names the act: a failed coup is leadership (v1.1), an
    # attempt on a life is life, a campaign for an election is no military campaign
    ("A coup attempt took place in the capital in June 1962.", "took", "leadership"),
    ("In 1974 a group of officers made a coup attempt.", "made", "leadership"),
    ("The 1936 coup bid failed within days.", "failed", "leadership"),
    ("The 1981 assassination attempt on the governor shocked the region.", "attempt", "life"),
    ("The election campaign began in March 1958.", "began", "leadership"),
    ("In 1912 the party opened its election campaign in the north.", "opened", "leadership"),
    # a campaign of war stays conflict
    ("The bombing campaign began in March 1965.", "began", "conflict"),
])
def test_an_event_noun_compounded_on_a_noun_of_purpose_names_the_act(analyse, text, trigger, expected):
    assert type_of(analyse, text, trigger) == expected


@pytest.mark.parametrize("text, trigger, expected", [
    # a company, a bank or a works that closes down, fails, ceases trading or is dissolved: economic (set decisions)
    ("The bank failed in 1931.", "failed", "economic"),
    ("The local newspaper folded in 1962.", "folded", "economic"),
    ("The firm ceased operations in 1988.", "ceased", "economic"),
    ("The bank ceased trading in 1931.", "ceased", "economic"),
    ("The company was dissolved in 1917.", "dissolved", "economic"),
    ("In 1974 the owners shut down the brewery.", "shut", "economic"),
    ("The brewery was shut down in 1974.", "shut", "economic"),
    ("The mill was sold to its workers, ceasing production in 1958.", "ceasing", "economic"),
    # a light verb whose complement names the failing: "went bankrupt", "filed for bankruptcy", "into receivership"
    ("In 2009 the carmaker went bankrupt.", "went", "economic"),
    ("The airline went bankrupt in 1991.", "went", "economic"),
    ("In 2002 the company filed for bankruptcy.", "filed", "economic"),
    ("The steel maker filed for bankruptcy protection in 1985.", "filed", "economic"),
    ("The publisher went into receivership in 1990.", "went", "economic"),
    ("In 1931 the bank fell into insolvency.", "fell", "economic"),
    # a light verb with no failure named, or no business that fails, stays as it was
    ("The explorer went into the desert in 1911.", "went", "migration"),
    # what is not a business that ends, or a business that ends a deal of its own class, is typed by other rules
    ("The expedition was discontinued in 1911.", "discontinued", "other"),
])
def test_a_business_that_closes_down_is_economic(analyse, text, trigger, expected):
    assert type_of(analyse, text, trigger) == expected


@pytest.mark.parametrize("text, trigger, expected", [
    # coins and banknotes issued or minted are a currency issued (v1.1 economic), not a decree
    ("In 1923 the central bank issued banknotes.", "issued", "economic"),
    ("In 1850 the mint issued coins.", "issued", "economic"),
    ("The treasury issued new silver coins in 1965.", "issued", "economic"),
    ("The reserve bank issued the first polymer banknotes in 1988.", "issued", "economic"),
    # what a state issues that is no money stays its act
    ("In 1863 the president issued a proclamation.", "issued", "policy"),
])
def test_money_issued_is_economic(analyse, text, trigger, expected):
    assert type_of(analyse, text, trigger) == expected


@pytest.mark.parametrize("text, trigger, expected", [
    # a lawsuit settled is a settlement between its parties, as a dispute or a claim settled (agreement), no settling
    ("In 2011 the company settled the case.", "settled", "agreement"),
    ("The bank settled the lawsuit in 2015.", "settled", "agreement"),
    ("The chemical firm settled the suit out of court in 1999.", "settled", "agreement"),
    ("In 2003 the two companies settled the litigation.", "settled", "agreement"),
    # land settled stays migration
    ("The pioneers settled the valley in 1847.", "settled", "migration"),
])
def test_a_lawsuit_settled_is_an_agreement(analyse, text, trigger, expected):
    assert type_of(analyse, text, trigger) == expected


@pytest.mark.parametrize("text, trigger, expected", [
    # firing a machine (an engine) is a manoeuvre, other (set decisions: launches and orbital manoeuvres are
    # other); firing a weapon stays military
    ("The crew fired the main engine on July 19, 1969.", "fired", "other"),
    ("In 1969 the astronauts fired the engines to leave orbit.", "fired", "other"),
    ("On 3 May 1971 the probe fired its motor for six minutes.", "fired", "other"),
    ("In 1962 the navy fired a missile from a submarine.", "fired", "military"),
    ("The gunners fired the cannon at the wall in 1453.", "fired", "military"),
])
def test_firing_an_engine_is_no_weapon_fired(analyse, text, trigger, expected):
    assert type_of(analyse, text, trigger) == expected


@pytest.mark.parametrize("text, trigger, expected", [
    # a WordNet verb of dying with a thing as its object is a leaving, no death
    ("On August 10, 1969, the astronauts exited quarantine.", "exited", "other"),
    ("The crew exited the capsule on July 24, 1969.", "exited", "other"),
    ("In 2003 the passengers exited the damaged train.", "exited", "other"),
    ("The king died in 1547.", "died", "life"),
])
def test_exiting_a_place_is_no_death(analyse, text, trigger, expected):
    assert type_of(analyse, text, trigger) == expected


@pytest.mark.parametrize("text, trigger", [
    # v1.1 leadership: taking office; a role verb whose complement is a post (WordNet's office holders)
    ("He became prime minister in 1997.", "became"),
    ("In 1958 the engineer became chairman of the company.", "became"),
    ("The monk became abbot of the monastery in 1120.", "became"),
    ("She became head coach of the club in 2019.", "became"),
    ("The professor became dean of the faculty in 1972.", "became"),
    ("In 1933 the painter became director of the academy.", "became"),
])
def test_becoming_an_office_holder_is_leadership(analyse, text, trigger):
    assert type_of(analyse, text, trigger) == "leadership"


@pytest.mark.parametrize("text, trigger, expected", [
    ("In 1995 the country became a member of the trade organisation.", "became", "agreement"),
    ("The territory became a state in 1959.", "became", "policy"),
])
def test_becoming_a_member_or_a_state_is_no_post(analyse, text, trigger, expected):
    assert type_of(analyse, text, trigger) == expected


@pytest.mark.parametrize("text, trigger", [
    # a place gained or lost is control of it gained or lost (v1.1 conflict: captures, occupation of territory)
    ("In 1944 the allies regained the city.", "regained"),
    ("The kingdom lost the province to its rival in 1871.", "lost"),
    ("In 1660 the crown regained the island from the Dutch.", "regained"),
    ("The empire lost Silesia to Prussia in 1742.", "lost"),
    ("The town was lost to the rebels in 1916.", "lost"),
    ("In 1099 the crusaders gained Jerusalem.", "gained"),
])
def test_a_place_gained_or_lost_is_conflict(analyse, text, trigger):
    assert type_of(analyse, text, trigger) == "conflict"


@pytest.mark.parametrize("text, trigger", [
    ("The colony regained its independence in 1821.", "regained"),
    ("The team lost the final to Brazil in 1998.", "lost"),
    ("The company lost its biggest customer in 2003.", "lost"),
])
def test_what_is_gained_or_lost_that_is_no_place_is_not_conflict(analyse, text, trigger):
    assert type_of(analyse, text, trigger) != "conflict"


@pytest.mark.parametrize("text, trigger", [
    # v1.1 leadership: a government's fall (WordNet's governments, and its verbs of falling and toppling)
    ("The coalition government collapsed in 2010.", "collapsed"),
    ("In 1992 the cabinet fell after a vote of no confidence.", "fell"),
    ("The government of the prime minister fell in 1974.", "fell"),
    ("The military regime collapsed in 1983.", "collapsed"),
    ("The regime was toppled by the military in 1958.", "toppled"),
    ("Rebels toppled the president in 1979.", "toppled"),
])
def test_a_governments_fall_is_leadership(analyse, text, trigger):
    assert type_of(analyse, text, trigger) == "leadership"


@pytest.mark.parametrize("text, trigger", [
    ("The storm toppled the cathedral's spire in 1703.", "toppled"),
    ("In 1923 the government gave the company a monopoly.", "gave"),
])
def test_what_falls_that_is_no_government_is_not_leadership(analyse, text, trigger):
    assert type_of(analyse, text, trigger) != "leadership"


@pytest.mark.parametrize("text, trigger", [
    # v1.1 other: protests; what one acts against is a target, not the happening the verb names
    ("Thousands of students demonstrated against the war in 1968.", "demonstrated"),
    ("In 1989 crowds demonstrated against the election results.", "demonstrated"),
    ("Monks demonstrated against the military junta in 2007.", "demonstrated"),
])
def test_a_protest_against_a_happening_is_other(analyse, text, trigger):
    assert type_of(analyse, text, trigger) == "other"


@pytest.mark.parametrize("text, trigger, expected", [
    ("The army launched an offensive against the rebels in 1995.", "launched", "conflict"),
    ("In 1812 the country declared war against Britain.", "declared", "conflict"),
    ("The council imposed sanctions against the regime in 1986.", "imposed", "policy"),
])
def test_an_act_against_a_target_keeps_its_own_type(analyse, text, trigger, expected):
    assert type_of(analyse, text, trigger) == expected


@pytest.mark.parametrize("text, trigger", [
    # v1.1 other: the establishment or dissolution of a state (named, or WordNet's polity nouns)
    ("The Holy Roman Empire was dissolved in 1806.", "dissolved"),
    ("The empire was dissolved in 1806.", "dissolved"),
    ("The Soviet Union collapsed in 1991.", "collapsed"),
    ("The Ottoman Empire was abolished in 1922.", "abolished"),
    # also a phrase of falling whose subject is a state, or a state's as governing verb
    ("The Empire fell apart after 1918.", "fell"),
    ("The empire began to collapse in 1453.", "began"),
    ("In 1460 the sultanate fell apart.", "fell"),
])
def test_a_states_end_is_other(analyse, text, trigger):
    assert type_of(analyse, text, trigger) == "other"


@pytest.mark.parametrize("text, trigger, expected", [
    ("The company was dissolved in 1999.", "dissolved", "economic"),
    ("The bank collapsed in 1931.", "collapsed", "economic"),
    ("The talks fell apart in 2003.", "fell", "withdrawal"),
    ("The talks collapsed in 2008.", "collapsed", "withdrawal"),
])
def test_a_company_or_talks_ending_is_no_states_end(analyse, text, trigger, expected):
    assert type_of(analyse, text, trigger) == expected


@pytest.mark.parametrize("text, trigger, expected", [
    # one person shooting, stabbing or poisoning another is a killing of a person (v1.1 life: assassinations), by
    # WordNet's verbs of killing and injuring and its person class; armed forces shooting people stay conflict
    ("A gunman shot the mayor in 1914.", "shot", "life"),
    ("An assassin stabbed the king in 1610.", "stabbed", "life"),
    ("He was poisoned by his brother in 1559.", "poisoned", "life"),
    ("In 1881 the president was shot by a disgruntled lawyer.", "shot", "life"),
    ("The duke was stabbed by a servant in 1628.", "stabbed", "life"),
    ("The army shot hundreds of protesters in 1905.", "shot", "conflict"),
    ("A soldier shot the general in 1920.", "shot", "conflict"),
    ("The rebels shot the governor in 1901.", "shot", "conflict"),
])
def test_one_person_killing_another_is_life(analyse, text, trigger, expected):
    assert type_of(analyse, text, trigger) == expected


@pytest.mark.parametrize("text, trigger, expected", [
    # a noun whose first WordNet sense is no happening, dated, names one by its event sense
    # (set decisions: marriage is `other`)
    ("After her marriage in 1840 she moved to Paris.", "marriage", "other"),
    ("Following his wedding in 1902, the painter settled in Rome.", "wedding", "other"),
    ("After the drought of 1877, the village was abandoned.", "drought", "other"),
    ("During the 1930s drought, many families left the plains.", "drought", "other"),
])
def test_a_dated_noun_takes_the_type_of_its_event_sense(analyse, text, trigger, expected):
    assert type_of(analyse, text, trigger) == expected


@pytest.mark.parametrize("text, trigger, expected", [
    # a ship or a fleet (WordNet's craft and fleets) reaching a place makes a voyage (v1.1 other: voyages of
    # exploration), not an official visit; an official reaching a capital still visits
    ("The fleet reached India in 1498.", "reached", "other"),
    ("In 1500 the Portuguese fleet reached Brazil.", "reached", "other"),
    ("The ships arrived in Japan in 1543.", "arrived", "other"),
    ("The caravels reached the Canary Islands in 1492.", "reached", "other"),
    ("The foreign minister reached Japan in 1972.", "reached", "meeting"),
])
def test_a_fleet_reaching_a_place_is_a_voyage(analyse, text, trigger, expected):
    assert type_of(analyse, text, trigger) == expected


@pytest.mark.parametrize("text, trigger, expected", [
    # paying an amount is a happening: economic, a policy when what is paid for is a territory (v1.1)
    ("The company paid out $3 million to its shareholders in 1990.", "paid", "economic"),
    ("In 2004 the insurer paid $12 million to the victims.", "paid", "economic"),
    ("The ministry paid $4 million for new schools in 1998.", "paid", "economic"),
    ("In 1867 the United States paid $7.2 million for Alaska.", "paid", "policy"),
    ("The crown paid £60,000 for the province in 1763.", "paid", "policy"),
    ("In 1803 the republic paid $15 million for the Louisiana territory.", "paid", "policy"),
])
def test_paying_an_amount_is_an_event(analyse, text, trigger, expected):
    assert type_of(analyse, text, trigger) == expected


@pytest.mark.parametrize("text, trigger, expected", [
    # a phrasal verb the lexicon lacks takes its own WordNet class, not its bare verb's (issue 16)
    ("The union called off the strike in 1984.", "called off", "withdrawal"),
    ("In 1999 the government called off the negotiations with the rebels.", "called off", "withdrawal"),
    ("The tour was called off in 1972.", "called off", "withdrawal"),
    ("The general was forced out in 1962.", "forced out", "leadership"),
    ("In 1975 the army forced out the prime minister.", "forced out", "leadership"),
    ("The senator bowed out in 1998.", "bowed out", "leadership"),
    ("In 1917 the troops dug in along the ridge.", "dug in", "military"),
    ("The rebels dug in near the river in 1863.", "dug in", "military"),
    ("He passed away in 1990.", "passed away", "life"),
])
def test_a_phrasal_verb_takes_its_wordnet_class(analyse, text, trigger, expected):
    assert type_of(analyse, text, trigger) == expected


@pytest.mark.parametrize("text, trigger", [
    # a phrasal verb of killing (WordNet life) is an attack, as "killed" is; life only for a named person (v1.1)
    ("The army wiped out the garrison in 1802.", "wiped out"),
    ("In 1806 the rebels were wiped out by the royal army.", "wiped out"),
    ("The raiders wiped out the village in 1760.", "wiped out"),
])
def test_a_phrasal_verb_of_killing_many_is_conflict(analyse, text, trigger):
    assert type_of(analyse, text, trigger) == "conflict"


@pytest.mark.parametrize("text, trigger, expected", [
    # what a natural disaster or a disease does is the disaster's happening (v1.1 other), no attack and no death of a
    # named person; a named person it kills still dies (life)
    ("The plague killed a third of the population in 1348.", "killed", "other"),
    ("Cholera killed thousands of people in the city in 1849.", "killed", "other"),
    ("In 1918 the influenza epidemic killed millions.", "killed", "other"),
    ("Smallpox was eradicated in 1980.", "eradicated", "other"),
    ("The floods killed 200 villagers in 1931.", "killed", "other"),
    ("Cancer killed the composer Anton Weber in 1911.", "killed", "life"),
    ("The rebels killed 200 villagers in 1931.", "killed", "conflict"),
])
def test_what_a_disaster_or_a_disease_does_is_other(analyse, text, trigger, expected):
    assert type_of(analyse, text, trigger) == expected


@pytest.mark.parametrize("text, trigger, expected", [
    # a contest, a ceremony or a show hosted is the happening staged (set decisions: other), not a meeting; a summit
    # or talks hosted stay a meeting
    ("Mexico hosted the World Cup in 1970.", "hosted", "other"),
    ("Tokyo hosted the 1964 Summer Olympics.", "hosted", "other"),
    ("The tournament was hosted by Leeds in 1996.", "hosted", "other"),
    ("The stadium hosted a concert by the band in 1985.", "hosted", "other"),
    ("In 1989 Malta hosted the summit between the two leaders.", "hosted", "meeting"),
    ("In 2001 the president hosted the Russian leader at his ranch.", "hosted", "meeting"),
])
def test_a_contest_or_a_show_hosted_is_no_meeting(analyse, text, trigger, expected):
    assert type_of(analyse, text, trigger) == expected


@pytest.mark.parametrize("text, trigger, expected", [
    # infrastructure or a building enlarged, improved or remade (WordNet's enlarging verbs) is construction works
    # (v1.1 economic); one harmed is no construction
    ("The airport was expanded in 1990.", "expanded", "economic"),
    ("The road to the port was widened in 1962.", "widened", "economic"),
    ("The railway line was extended to the coast in 1901.", "extended", "economic"),
    ("In 1880 the city enlarged the harbour.", "enlarged", "economic"),
    ("The old stadium was renovated in 2004.", "renovated", "economic"),
    ("The bridge was damaged in 1944.", "damaged", "other"),
    # a verb of making on what a compound only says the subject of ("trade statistics") builds no structure
    ("In 2006 the ministry published trade statistics for the first quarter.", "published", "other"),
    ("In 1990 Japan published trade figures for the decade.", "published", "other"),
])
def test_infrastructure_enlarged_is_construction(analyse, text, trigger, expected):
    assert type_of(analyse, text, trigger) == expected


@pytest.mark.parametrize("text, trigger, expected", [
    # a company that acquires or is acquired is a company bought into (set decisions: economic); a territory
    # acquired changes status (v1.1 policy)
    ("In 1998 the company acquired its rival Acme Foods.", "acquired", "economic"),
    ("Ford acquired Volvo in 1999.", "acquired", "economic"),
    ("The brewery was acquired by a Dutch group in 1990.", "acquired", "economic"),
    ("The firm acquired Acme, a rival brewer, in 1988.", "acquired", "economic"),
    ("In 1867 the United States acquired Alaska.", "acquired", "policy"),
])
def test_a_company_acquired_is_economic(analyse, text, trigger, expected):
    assert type_of(analyse, text, trigger) == expected


@pytest.mark.parametrize("text, trigger, expected", [
    # a company of players, singers or athletes that tours or travels makes a trip (set decisions: trips are other);
    # a delegation's or an office holder's visit stays a meeting
    ("The orchestra toured Europe in 1910.", "toured", "other"),
    ("The team travelled to Australia in 1905.", "travelled", "other"),
    ("In 1964 the choir toured the United States.", "toured", "other"),
    ("A Soviet delegation toured the country in 1950.", "toured", "meeting"),
    ("The foreign minister travelled to Beijing in 1972.", "travelled", "meeting"),
])
def test_a_company_of_players_on_tour_makes_a_trip(analyse, text, trigger, expected):
    assert type_of(analyse, text, trigger) == expected


@pytest.mark.parametrize("text, trigger, expected", [
    # voting someone out of office, or a motion of (no) confidence, is a government's fall (v1.1 leadership)
    ("On 2 May 1982 the chancellor was voted out of office.", "voted", "leadership"),
    ("In 1995 the assembly voted the premier out of office.", "voted", "leadership"),
    ("In 1921 the deputies voted the cabinet out of power.", "voted", "leadership"),
    ("A motion of no confidence against the premier took place on 14 April 2009.", "took", "leadership"),
    ("A no-confidence motion against the cabinet was held on 3 May 1999.", "held", "leadership"),
    # a motion, a bill or a proposal defeated in a chamber is a decision (policy), not a battle
    ("The bill was defeated in the senate on 3 March 2005.", "defeated", "policy"),
    ("In 1911 the lords defeated the budget proposal.", "defeated", "policy"),
    ("The motion was narrowly defeated by the lower house in June 1968.", "defeated", "policy"),
    # ... an army defeated stays a conflict
    ("The rebels were defeated at the river in 1746.", "defeated", "conflict"),
])
def test_a_vote_against_a_government_is_leadership_and_a_defeated_bill_policy(analyse, text, trigger, expected):
    assert type_of(analyse, text, trigger) == expected


@pytest.mark.parametrize("text, trigger, expected", [
    # becoming a member state or a member country joins an organisation (v1.1 agreement: "became a member")
    ("In 2004 the republic became a member state of the union.", "became", "agreement"),
    ("In 1973 the kingdom became a member country of the community.", "became", "agreement"),
    ("On 1 May 1995 the duchy adopted the new currency and became the ninth member state.", "became", "agreement"),
    # ... a territory that becomes a country changes status (policy), a person who becomes leader takes office
    ("The island became a country in 1960.", "became", "policy"),
    ("In 1990 she became party leader.", "became", "leadership"),
])
def test_becoming_a_member_state_is_joining(analyse, text, trigger, expected):
    assert type_of(analyse, text, trigger) == expected


@pytest.mark.parametrize("text, trigger, expected", [
    # what merges decides: companies merged are a company event (set decisions: economic), towns or provinces
    # merged change a territory's status (v1.1 policy)
    ("The two banks merged in 1998 to form a larger group.", "merged", "economic"),
    ("In 2001 the airline merged with a regional carrier.", "merged", "economic"),
    ("The company was merged into its parent in 1987.", "merged", "economic"),
    ("The two towns merged in 1920.", "merged", "policy"),
    ("In 1975 the three provinces were merged into one region.", "merged", "policy"),
    ("The village merged with the neighbouring municipality in 1971.", "merged", "policy"),
])
def test_a_merger_takes_the_type_of_what_merges(analyse, text, trigger, expected):
    assert type_of(analyse, text, trigger) == expected


@pytest.mark.parametrize("text, trigger, expected", [
    # annexation incorporates territory: a change of a territory's status (v1.1 policy: "incorporated")
    ("The territory was annexed by Prussia in 1866.", "annexed", "policy"),
    ("In 1908 Austria annexed Bosnia.", "annexed", "policy"),
    ("The annexation of the island took place in 1898.", "took", "policy"),
])
def test_an_annexation_changes_a_territory_status(analyse, text, trigger, expected):
    assert type_of(analyse, text, trigger) == expected


@pytest.mark.parametrize("text, trigger, expected", [
    # natural disasters are other (v1.1), slides of rock or snow among them, famines too
    ("An avalanche killed twelve climbers in 1970.", "killed", "other"),
    ("In 1962 an avalanche destroyed the village.", "destroyed", "other"),
    ("A mudslide buried the school in 1985.", "buried", "other"),
    ("The 1932 famine killed millions.", "famine", "other"),
    ("A severe famine struck the region in 1921.", "struck", "other"),
    ("The great famine of 1846 emptied the villages.", "famine", "other"),
])
def test_a_natural_disaster_is_other(analyse, text, trigger, expected):
    assert type_of(analyse, text, trigger) == expected
