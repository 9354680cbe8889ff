"""Build models/wordnet_event_classes.json: event types for nouns and verbs, derived from WordNet 3.0.

    python scripts/build_wordnet_tables.py                 # rebuild the committed table
    python scripts/build_wordnet_tables.py --output X.json # write elsewhere (the test compares)
    python scripts/build_wordnet_tables.py --sample 40     # print 40 random entries per type
    python scripts/build_wordnet_tables.py --explain X.json  # also: which anchor typed each lemma
    (--wordnet-dir DIR or WORDNET_DIR: another copy of the WordNet 3.0 database files)

Needs, for the build only (the pipeline reads only the JSON table):
    apt-get install wordnet-base      # WordNet 3.0 database files in /usr/share/wordnet
    pip install nltk                  # its WordNetCorpusReader reads them; nothing is downloaded

How a lemma gets a type. Every lemma of WordNet's index files is looked at. Its senses are taken
in WordNet's order (most frequent first); the senses whose tagged frequency (cntlist.rev) equals
the lemma's highest are its "first" senses (usually one; untagged senses all tie at 0, where
WordNet's order carries no frequency: "assassination" has character_assassination.n.01 and
assassination.n.02, both untagged). The first of those senses, in WordNet's order, that has a
type gives the lemma's type; a lemma none of whose first senses has a type gets none. A sense has
the type of the nearest anchor in its hypernym closure (fewest hypernym steps; on a tie the anchor
deeper in the hierarchy, then the one listed first below). Anchors of type None are stops: a sense
whose nearest anchor is a stop has no type. Instances (proper names such as "Battle of Hastings")
are left out. Lemmas are lower-cased, with spaces for WordNet's underscores. A few lemmas whose first
sense is a state, a thing or a sound, but which name a happening when dated ("her marriage in 1840",
"his wedding in 1902", "the 1930s drought"), take the type of an event sense named for them in EVENT_SENSES.
"causing" lists the verbs whose most frequent sense is below cause.v.01 ("cause", "prompt", "provoke") but
not below carrying out or initiating (those are acts: "carried out", "pioneered"), and the lemmas of setting
off (trip.v.04: "trigger", "spark") and of stirring the peace of something (stimulate.v.03: "shook"): a
dated event noun that is their subject is the happening, not the verb ("the 1848 revolution sparked reforms").

"hardware" lists the nouns with any sense (not only the first) below a military hardware anchor
(weapons, military vehicles, warships, warplanes): "fighter" (first a combatant), "tank" (first a
container) name hardware when a state buys or receives them. "resources" likewise lists the nouns with
a sense below a natural-resource anchor (oil, gas, coal, metals, ores, minerals): "oil" (first a lipid)
is a resource when it is discovered. "craft" lists the nouns with a sense below craft.n.02 (aircraft,
ships, boats, helicopters): military hardware when a state or a force acquires them. "acts" lists the
nouns whose most frequent sense is an act (lexicographer file noun.act: "construction", "demobilization",
"purchase"): an act ordered or approved is on what its "of" phrase names. "decisions" lists the lemmas of
the synsets of deciding (decide.v.01: "decide", "determine"; purpose.v.02: "resolve"; choose.v.01):
a body that resolves to act or determines that something shall be takes a decision of its authority.
"backing" lists the verbs whose most frequent sense is sponsoring or endorsing ("sponsor", "endorse", "back"):
a deal when the other party is a company. "arrangements" lists the nouns whose most frequent sense is below
a ceremony, a contest, a season, a schedule, a date, a rule, a format, a procedure, a method, a name or a
category, and "changes" the verbs whose most frequent sense is below changing, moving or rescheduling: a
body that changes or moves how its own happenings are arranged or run changes its rules (set decisions: policy).
"occasions" lists the nouns with any sense below a social event (social_event.n.01: a contest, a ceremony, a
race, a show) or the social act of assembling (assembly.n.06: a meeting, a session, a convocation): one held or
staged is a happening then ("the tournament was held in 1998", "held its first assembly"), not a thing held.
"filming" lists the lemmas of the synset of filming (film.v.01: "film", "shoot") and "works" the nouns whose
most frequent sense is a work (a creation, a show, a writing, footage): shooting a film is film work (other).
"handling" lists the verbs whose most frequent sense is of possession or of making (verb.possession,
verb.creation: "buy", "fund", "build"): done to arms, forces or military bases, the act is military.
"elements" lists the nouns whose most frequent sense is below chemical_element.n.01 but not below a precious or
noble metal ("caesium", "helium", "copper"; not "gold", "silver"): an element discovered is a scientific finding
(other), where a resource found ("discovered gold", "struck oil") stays economic.
"offices" lists the nouns whose most frequent sense is below a leader, a head of state or a religious superior
("chairman", "dean", "abbot", "prime minister"): one who becomes one takes a post (leadership).
"governments" lists the nouns whose most frequent sense is below government.n.01 ("government", "regime") or one of
whose senses is below cabinet.n.02 ("cabinet"), and "falls" the lemmas of the synsets of losing power, collapsing and
toppling ("fall", "collapse", "topple"): a government that falls or is toppled is a government's fall (leadership).
"schools" lists the nouns one of whose senses is below educational_institution.n.01 ("college", "university",
"school", "academy"): one who goes up or moves to a school goes to study (other), not to settle. "studying"
lists the verbs whose most frequent sense is in the lexicographer file verb.cognition ("study", "learn"): a
journey made to study is schooling (other), not a visit or a move. "devices" lists the nouns whose most frequent
sense is below device.n.01 ("robot", "computer", "telescope", "abacus"): one built or constructed is a device made
(a technology milestone, set decisions: other), not infrastructure built (economic). "charges" lists the nouns
whose most frequent sense is below a cost, a levy or a price ("tax", "wage", "fee", "price"): raised, lowered, cut or
frozen by a state, a level set by its authority (policy). "plans" lists the nouns one of whose senses is below a plan
or a campaign (plan.n.01, campaign.n.02: "programme", "scheme", "campaign", "drive"): a programme of something launched
or begun is that something ("launched a programme of privatisation": economic; v1.1: light verbs take their object's type).
"founding" lists the lemmas of the synsets of setting up, forming, building, starting and bringing into existence
(establish.v.01, establish.v.02, form.v.01, create.v.02, construct.v.01, initiate.v.01, begin.v.03: "found", "establish",
"set up", "plant", "form", "organise", "create", "build", "start", "begin"): only these found a town or a colony (v1.1
migration); a town that is flooded, reached or granted a charter is not settled.

The Debian package lacks the `lexnames` file that nltk's reader needs; it is the fixed list of the
45 lexicographer files of lexnames(5WN), written below into a private copy of the database.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import shutil
import sys
import tempfile
import warnings
from collections import Counter, deque
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_OUTPUT = REPO / "models" / "wordnet_event_classes.json"
DEFAULT_WORDNET = Path(os.environ.get("WORDNET_DIR", "/usr/share/wordnet"))
REBUILD_COMMAND = "python scripts/build_wordnet_tables.py"

# --- Noun anchors: (synset, type, why[, reach]). ----------------------------------------------
# Type None is a stop that keeps a subtree out. reach, when given, is how many hypernym steps
# below the anchor it still applies (0: the anchor synset's own lemmas only); without it, its
# whole hyponym tree.
NOUN_ANCHORS: list[tuple] = [
    # conflict
    ("war.n.01", "conflict", "the waging of armed conflict"),
    ("military_action.n.01", "conflict", "military engagements: battles, operations, campaigns"),
    ("battle.n.01", "conflict", "a hostile meeting of opposing forces"),
    ("conflict.n.01", "conflict", "an open clash between opposing groups: fights, skirmishes"),
    ("contretemps.n.01", None, "below conflict.n.01: a minor quarrel"),
    ("discord.n.04", None, "below conflict.n.01: discord"),
    ("countercurrent.n.02", None, "below conflict.n.01: a contrary tendency"),
    ("tug-of-war.n.01", None, "below conflict.n.01: a contest"),
    ("fencing.n.03", None, "below conflict.n.01: the sport"),
    ("beating.n.01", None, "below conflict.n.01: a whipping"),
    ("battering.n.01", None, "below conflict.n.01: a beating"),
    ("attack.n.01", "conflict", "(military) an offensive against an enemy"),
    ("charge.n.01", None, "below attack.n.01: 'charge', mostly an accusation or a fee in articles"),
    ("offense.n.05", "conflict", "'offensive': the action of attacking an enemy"),
    ("invasion.n.01", "conflict", "the act of an army that invades"),
    ("siege.n.01", "conflict", "an armed force surrounding a fortified place"),
    ("conquest.n.01", "conflict", "the act of conquering"),
    ("rebellion.n.02", "conflict", "an uprising: organised armed opposition to authority"),
    ("occupation.n.02", "conflict", "control of a country by foreign military forces"),
    ("blockade.n.01", "conflict", "a war measure isolating an area"),
    ("bombing.n.01", "conflict", "an attack by dropping bombs"),
    ("foray.n.01", "conflict", "a raid"),
    ("slaughter.n.03", "conflict", "massacre: killing of many people (a war event, not one death)"),
    ("capitulation.n.03", "conflict", "surrender; the guideline lists surrender under conflict"),
    ("giving_up.n.01", "conflict", "surrender: admitting defeat"),
    ("capture.n.01", "conflict", "forcibly dispossessing an owner (seizure, capture)"),
    ("victory.n.01", "conflict", "victories are conflict in the guideline; below it, sports wins", 0),
    ("defeat.n.01", "conflict", "defeats are conflict in the guideline; below it, sports losses", 0),
    ("hostilities.n.01", "conflict", "acts of overt warfare"),
    ("insurgency.n.01", "conflict", "an organized rebellion"),
    ("terrorism.n.01", "conflict", "attacks on civilians"),
    # military
    ("weaponry.n.01", "military", "weapons collectively: arms"),
    ("weapon.n.01", "military", "any weapon: rifles, guns, missiles, bombs"),
    ("armament.n.01", "military", "weaponry of a military or naval force: artillery"),
    ("arming.n.01", "military", "equipping with weapons, rearmament"),
    ("military_vehicle.n.01", "military", "tanks, armoured vehicles"),
    ("warship.n.01", "military", "warships, submarines, destroyers"),
    ("military_plane.n.01", "military", "warplanes, bombers, fighters"),
    ("military_unit.n.01", "military", "armies, divisions, brigades, fleets"),
    ("armed_forces.n.01", "military", "the military forces of a nation"),
    ("military_service.n.01", "military", "army, navy, air force"),
    ("military_personnel.n.01", "military", "troops"),
    ("serviceman.n.01", "military", "military men: officers, generals, colonels; a commander's moves are military"),
    ("soldier.n.01", "military", "soldiers: a transfer or move of soldiers is military, like one of troops"),
    ("military_installation.n.01", "military", "military bases"),
    ("military_post.n.01", None, "below military_installation.n.01: 'post', mostly an office held"),
    ("deployment.n.01", "military", "distribution of forces"),
    ("military_training.n.01", "military", "training soldiers"),
    ("mobilization.n.01", "military", "assembling and readying for war"),
    ("retreat.n.01", "military", "the guideline lists retreats under military"),
    # agreement
    ("agreement.n.01", "agreement", "an exchange of promises: treaties, contracts, accords"),
    ("conspiracy.n.01", None, "below agreement.n.01: plots"),
    ("pact.n.01", "agreement", "a formal agreement"),
    ("peace_treaty.n.01", "agreement", "a treaty ending a war"),
    ("partnership.n.01", "agreement", "a partnership formed: a deal between parties (set decisions: agreement)", 0),
    ("joint_venture.n.01", "agreement", "a joint venture: a deal between companies (set decisions: agreement)"),
    ("sponsorship.n.01", "agreement", "a sponsorship: a deal (set decisions: agreement)", 0),
    # meeting
    ("meeting.n.01", "meeting", "a formally arranged gathering: conferences, sessions"),
    ("psychotherapy_group.n.01", None, "below meeting.n.01: therapy groups"),
    ("meeting.n.04", "meeting", "an assembly for a common purpose; below it, socialising", 0),
    ("visit.n.01", "meeting", "the act of going to see a person or place"),
    ("negotiation.n.01", "meeting", "talks: a discussion meant to produce an agreement"),
    ("diplomacy.n.01", None, "below negotiation.n.01: a practice, not a meeting"),
    ("summit.n.03", "meeting", "a meeting of heads of government"),
    ("conference.n.01", "meeting", "a prearranged meeting for consultation"),
    # policy
    ("law.n.01", "policy", "the body of rules imposed by authority"),
    ("law.n.02", "policy", "a legal document setting forth rules: laws, constitutions"),
    ("legislation.n.01", "policy", "law enacted by a legislative body"),
    ("legislative_act.n.01", "policy", "statutes, acts"),
    ("decree.n.01", "policy", "decrees, edicts, bans"),
    ("charter.n.01", "policy", "a charter incorporating an institution or a state's framework", 0),
    ("code.n.01", "policy", "a code of rules or laws (civil code, building code) taking effect or issued"),
    ("right.n.01", "policy", "a right granted, gained or extended ('the right to vote'): in this domain, a legal one", 0),
    ("legal_right.n.01", "policy", "rights granted or extended by law: suffrage, franchise, civil rights"),
    ("referendum.n.01", "policy", "a referendum is policy in the guideline"),
    ("policy.n.01", "policy", "a plan of action adopted by a state"),
    ("policy.n.02", "policy", "a line of argument for the course of action of a government"),
    ("embargo.n.01", "policy", "a government order imposing a trade barrier (a ban)"),
    ("prohibition.n.02", "policy", "a decree that prohibits"),
    ("sanction.n.02", "policy", "a mechanism of enforcing a standard"),
    ("annexation.n.01", "policy", "incorporation of territory: a change of a territory's status"),
    ("recognition.n.06", "policy", "formal acknowledgement of a government or state"),
    ("economic_policy.n.01", "economic", "economic programmes are economic in the guideline"),
    ("bill.n.01", "policy", "a statute in draft: a bill passed, signed or vetoed"),
    ("act.n.01", "policy", "a legal document codifying a legislature's decision: an act passed"),
    ("amendment.n.01", "policy", "amending: in this domain, of a law or a constitution", 0),
    ("amendment.n.02", "policy", "an amendment to a law or a constitution, ratified or adopted", 0),
    ("regulation.n.01", "policy", "an authoritative rule: regulations, ordinances issued"),
    ("patent.n.01", "policy", "a patent granted or obtained (enwiki set decisions: patents are policy)", 0),
    ("patent.n.02", "policy", "letters patent: an official document granting a right", 0),
    # leadership
    ("election.n.01", "leadership", "a vote to select the winner of an office"),
    ("coup_d'etat.n.01", "leadership", "coups"),
    ("overthrow.n.01", "leadership", "the termination of a ruler"),
    ("revolution.n.02", "leadership", "the overthrow of a government by the governed"),
    ("inauguration.n.02", "leadership", "the ceremony of installing a new official"),
    ("coronation.n.01", "leadership", "installing a new monarch"),
    ("abdication.n.01", "leadership", "renouncing power"),
    ("resignation.n.02", "leadership", "the act of giving up an office; below it, surrender", 0),
    ("appointment.n.01", "leadership", "putting a person into a position"),
    ("accession.n.06", "leadership", "attaining a position of power"),
    ("presidency.n.01", "leadership", "the tenure of a president"),
    ("presidency.n.02", "leadership", "the office of president"),
    ("premiership.n.01", "leadership", "the office of premier"),
    ("professorship.n.01", "leadership", "a professorship held (set decisions: posts held are leadership)", 0),
    ("governorship.n.01", "leadership", "the office of governor", 0),
    ("chairmanship.n.01", "leadership", "the office of chairman", 0),
    ("directorship.n.01", "leadership", "the position of director", 0),
    ("academician.n.03", "leadership", "a university post: professors (set decisions: professorships held are leadership)"),
    ("lector.n.02", "leadership", "a university lecturer: a post held (set decisions: leadership)", 0),
    ("kingship.n.01", "leadership", "the position of a king"),
    ("throne.n.03", "leadership", "the position and power of one who occupies a throne"),
    ("reign.n.01", "leadership", "the period of a monarch's rule"),
    ("deposition.n.04", "leadership", "deposing someone from an office"),
    # life
    ("birth.n.01", "life", "the time when life begins"),
    ("birth.n.02", "life", "the event of being born; below it, rebirth, reincarnation", 0),
    ("death.n.01", "life", "the event of dying"),
    ("killing.n.02", "life", "the act of terminating a life: murders, assassinations"),
    ("shoot-down.n.01", None, "WordNet's is a murder; the guideline's shoot-down (of aircraft) is conflict"),
    ("assassination.n.02", "life", "assassinations are life in the guideline"),
    ("execution.n.01", "life", "executions are life in the guideline"),
    # migration
    ("colony.n.01", "migration", "a body of people who settle far from home: colonies, settlements"),
    ("colonization.n.01", "migration", "establishing colonies"),
    ("citizenship.n.01", "migration", "acquiring citizenship is naturalisation (enwiki set decisions: migration)"),
    ("citizen.n.01", "migration", "becoming a citizen: naturalisation", 0),
    ("resident.n.01", "migration", "becoming a (permanent) resident: set decisions type it with naturalisation", 0),
    ("migration.n.01", "migration", "emigration, immigration"),
    ("resettlement.n.01", "migration", "relocation of people"),
    ("exile.n.03", "migration", "deportation"),
    ("banishment.n.02", "migration", "banishment; below it, excommunication, disbarment", 0),
    ("exodus.n.01", "migration", "a journey of a group escaping"),
    ("town.n.01", "migration", "founding a town is migration in the guideline"),
    ("village.n.02", "migration", "a settlement smaller than a town"),
    ("city.n.01", "migration", "founding a city is founding a settlement (v1.1: migration)", 0),
    ("outpost.n.03", "military", "a military post far from the main body of troops"),
    ("frontier_settlement.n.01", "migration", "an outpost settlement"),
    # economic
    ("company.n.01", "economic", "an institution created to conduct business"),
    ("business.n.01", "economic", "a commercial or industrial enterprise"),
    ("enterprise.n.02", "economic", "an organization created for business ventures"),
    ("industry.n.01", "economic", "the companies engaged in a kind of commerce"),
    ("industry.n.02", "economic", "production, farming; further below, gardening, beekeeping", 1),
    ("mine.n.01", "economic", "an excavation for ores and minerals (not the explosive)"),
    ("mining.n.01", "economic", "the act of extracting ores"),
    ("petroleum.n.01", "economic", "oil as a resource"),
    ("natural_gas.n.01", "economic", "gas as a resource"),
    ("coal.n.01", "economic", "coal as a resource"),
    ("money.n.01", "economic", "money as a medium of exchange"),
    ("money.n.03", "economic", "the official currency issued by a government"),
    ("currency.n.01", "economic", "currency, coinage, paper money; further below, coin names", 1),
    ("coin.n.01", "economic", "coins minted or issued: a currency issued (v1.1 economic); not the coin names below it", 0),
    ("bill.n.03", "economic", "banknotes issued: a currency issued (v1.1 economic)", 0),
    ("loan.n.01", "economic", "loans"),
    ("credit.n.02", "economic", "credit lines; below them, credit cards, phone cards", 1),
    ("investment.n.01", "economic", "investment"),
    ("investment.n.02", "economic", "money invested; below it, bets, jackpots", 0),
    ("commerce.n.01", "economic", "trade"),
    ("trade.n.01", "economic", "the commercial exchange of goods"),
    ("foreign_aid.n.01", "economic", "money aid is economic in the guideline"),
    ("railway.n.01", "economic", "railways: infrastructure"),
    ("roller_coaster.n.02", None, "below railway.n.01: fairground rides"),
    ("railroad_track.n.01", "economic", "railway lines: infrastructure"),
    ("road.n.01", "economic", "roads, streets, highways; further below, alleys, ski runs", 2),
    ("bridge.n.01", "economic", "bridges: infrastructure"),
    ("infrastructure.n.01", "economic", "infrastructure"),
    ("factory.n.01", "economic", "plants, works: production"),
    ("pipeline.n.02", "economic", "a pipe for oil or gas"),
    ("dam.n.01", "economic", "dams: infrastructure"),
    ("canal.n.03", "economic", "canals: infrastructure"),
    ("port.n.01", "economic", "harbours: infrastructure"),
    ("power_station.n.01", "economic", "power stations"),
    ("place_of_business.n.01", "economic", "shops, stores, casinos, nightclubs: a business opened or closed"),
    ("office.n.01", None, "below place_of_business.n.01: an office (a room, a post, headquarters), no business"),
    ("restaurant.n.01", "economic", "restaurants: a business opened or closed"),
    ("hotel.n.01", "economic", "hotels: a business opened or built"),
    ("amusement_park.n.01", "economic", "a commercially operated park: a business opened or closed"),
    ("park.n.01", "economic", "parks created or opened are economic (enwiki set decisions)"),
    ("park.n.02", "economic", "a city's park created or opened (enwiki set decisions: parks are economic)"),
    ("stadium.n.01", "economic", "an arena built or opened: a structure completed or opened (enwiki set decisions)"),
    ("facility.n.01", "economic", "a building or place that provides a service: opened or completed (set decisions)", 2),
    ("building.n.01", "economic", "buildings completed or opened are economic (enwiki set decisions)", 2),
    ("liquidation.n.01", "economic", "the winding up of a business: companies liquidated (set decisions: economic)"),
    ("nationalization.n.03", "economic", "economic reform"),
    ("privatization.n.01", "economic", "economic reform"),
    ("depository_financial_institution.n.01", "economic", "banks (the financial sense)"),
    ("economic_crisis.n.01", "economic", "economic crises"),
    ("precious_metal.n.01", "economic", "gold, silver: discoveries and mining of resources (v1.1 economic)"),
    ("metallic_element.n.01", "economic", "copper, iron, tin: resources found or mined"),
    ("ore.n.01", "economic", "ores: resources found or mined"),
    ("mineral.n.01", "economic", "minerals: resources found or mined"),
    # policy: a territory's status and the standards of a standards body
    ("administrative_district.n.01", "policy",
     "states, provinces, counties: organising, creating or admitting one changes a territory's status (v1.1)"),
    ("district.n.01", "policy", "'territory', 'district': a region marked off for administration", 0),
    ("standard.n.01", "policy", "a standard issued or approved by a standards body is policy", 0),
    ("specification.n.01", "policy", "a technical specification issued or approved", 0),
    # withdrawal
    ("secession.n.03", "other", "secession: the enwiki set's decisions type it with independence (other)"),
    ("withdrawal.n.03", "withdrawal", "the act of withdrawing; below it, desertion, absence", 0),
    ("withdrawal.n.06", "withdrawal", "ceasing to participate in an activity"),
    ("rupture.n.02", "withdrawal", "a separation between factions: cut-off of ties"),
    # other
    ("independence.n.01", "other", "independence and its proclamation"),
    ("political_system.n.01", "other",
     "forms of government (monarchy, republic, dictatorship): a regime established or abolished is other (v1.1)"),
    ("exploration.n.01", "other", "voyages of exploration"),
    ("expedition.n.03", "other", "a journey organised for a purpose"),
    ("voyage.n.01", "other", "voyages"),
    ("protest.n.01", "other", "protests not described as clashes"),
    ("protest.n.02", "other", "a formal protest"),
    ("riot.n.01", "other", "riots"),
    ("demonstration.n.03", "other", "public displays of protest"),
    ("strike.n.01", "other", "a labour strike"),
    ("arrest.n.01", "other", "arrests"),
    ("trial.n.04", "other", "trials in court"),
    ("calamity.n.01", "other", "disasters, catastrophes"),
    ("earthquake.n.01", "other", "natural disasters"),
    ("flood.n.01", "other", "floods"),
    ("volcanic_eruption.n.01", "other", "volcanic eruptions"),
    ("famine.n.01", "other", "natural disasters"),
    ("epidemic.n.01", "other", "epidemics"),
    ("fire.n.01", "other", "fires (v1.1: natural disasters and accidents are other)"),
    ("storm.n.01", "other", "storms (v1.1: natural disasters are other)"),
    ("explosion.n.01", "other", "explosions (v1.1: accidents are other)"),
    ("bomb_blast.n.01", "military", "a bomb's explosion, nuclear ones too: a weapons test or an attack, not an accident"),
    ("accident.n.01", "other", "accidents; further below, injuries", 1),
    ("fatal_accident.n.01", None, "its lemma 'casualty' is mostly a war loss, not an accident"),
    ("collateral_damage.n.01", None, "civilian casualties of a war: part of the war's event"),
    ("award.n.02", "other", "prizes, medals and honours won or received (set decisions: other), not their metal", 1),
    ("report.n.01", "other", "dated reports"),
    ("survey.n.01", "other", "dated surveys"),
    ("poll.n.01", "other", "opinion polls"),
    ("census.n.01", "other", "a census"),
]

# --- Verb anchors ---------------------------------------------------------------------------
# --- Event senses: (lemma, synset, type, why). -----------------------------------------------
# A lemma whose first sense is no happening but which, dated, names one: it takes the type given
# for the named sense (which must be one of the lemma's senses), over what its first sense gives.
EVENT_SENSES: list[tuple] = [
    # set decisions: marriage, divorce and burial are `other`; "crash" and "collapse" are left out: their event
    # senses are a market's (economic), a plane's (an accident, other) and a state's (other) alike
    ("marriage", "marriage.n.03", "other", "the act of marrying (first sense: the married state)"),
    ("wedding", "marriage.n.03", "other", "the act of marrying (first sense: the social event, no anchor)"),
    ("drought", "drought.n.01", "other", "a shortage of rainfall: a natural disaster (v1.1: other)"),
]

VERB_ANCHORS: list[tuple] = [
    # conflict
    ("attack.v.01", "conflict", "launch an attack; begin hostilities"),
    ("assail.v.01", "conflict", "attack physically; below it, rape, molest", 0),
    ("contend.v.06", "conflict", "be engaged in a fight; below it, box, joust, wrestle", 0),
    ("battle.v.01", "conflict", "battle, combat; below it, wrestle, dogfight", 0),
    ("war.v.01", "conflict", "make war, go to war, take up arms"),
    ("engage.v.07", "conflict", "wage (a war); below it, put up", 0),
    ("skirmish.v.01", "conflict", "fight a minor battle"),
    ("join_battle.v.01", "conflict", "start fighting"),
    ("fight.v.02", "conflict", "fight against, resist; below it, brave, weather", 0),
    ("invade.v.01", "conflict", "march into territory by military force"),
    ("conquer.v.03", "conflict", "overcome by conquest"),
    ("appropriate.v.02", "conflict", "take possession by force, as after an invasion"),
    ("seize.v.02", "conflict", "take by force; below it, kidnap, hijack", 0),
    ("besiege.v.01", "conflict", "surround so as to force to give up"),
    ("bombard.v.02", "conflict", "attack with bombs"),
    ("raid.v.01", "conflict", "make a sudden surprise attack"),
    ("foray_into.v.01", "conflict", "enter territory and take spoils"),
    ("get_the_better_of.v.01", "conflict", "defeat; below it, outsell, outwit", 0),
    ("suppress.v.01", "conflict", "put down by force; below it, shush, dampen", 0),
    ("surrender.v.01", "conflict", "give up to the power of another"),
    ("rout.v.01", "conflict", "cause to flee"),
    ("rebel.v.01", "conflict", "take part in a rebellion"),
    ("revolt.v.01", "conflict", "make revolution"),
    ("blockade.v.04", "conflict", "impose a blockade"),
    ("take_control.v.01", "conflict", "gaining control (of territory)"),
    # military
    ("deploy.v.01", "military", "place troops or weapons in battle formation"),
    ("arm.v.01", "military", "prepare for a military confrontation"),
    ("arm.v.02", "military", "supply with arms"),
    ("station.v.01", "military", "assign to a station"),
    ("garrison.v.01", "military", "station troops in a garrison"),
    ("call_up.v.04", "military", "call to arms"),
    ("mobilize.v.03", "military", "get ready for war"),
    ("rearm.v.01", "military", "arm again"),
    ("demobilize.v.01", "military", "release from military service"),
    ("demobilize.v.02", "military", "retire from military service"),
    ("disarm.v.01", "military", "remove offensive capability"),
    ("disarm.v.03", "military", "take away the weapons of"),
    ("enlist.v.01", "military", "join the military; below it, conscript"),
    ("fortify.v.02", "military", "enclose by fortification"),
    ("entrench.v.03", "military", "occupy a trench or secured area"),
    # agreement
    ("sign.v.01", "agreement", "mark with one's signature (treaties, in this domain)"),
    ("sign.v.02", "agreement", "approve and express assent: ratify"),
    ("sign.v.04", "agreement", "engage by written agreement"),
    ("ally.v.01", "agreement", "become an ally, as by treaty; below it, marry", 0),
    ("join.v.01", "agreement", "become a member of an organization"),
    ("marry.v.01", None, "below join.v.01: marriage"),
    ("pair.v.01", None, "below join.v.01: pairing"),
    ("infiltrate.v.02", None, "below join.v.01: infiltration"),
    ("sign_up.v.02", None, "below join.v.01: enlisting"),
    # meeting
    ("meet.v.02", "meeting", "get together for a purpose; below it, party, carouse", 0),
    ("visit.v.01", "meeting", "go to see a place"),
    ("visit.v.03", "meeting", "pay a brief visit"),
    ("confer.v.01", "meeting", "have a conference"),
    ("convene.v.01", "meeting", "meet formally"),
    # policy
    ("legislate.v.01", "policy", "make laws"),
    ("ordain.v.01", "policy", "order by superior authority: enact, decree"),
    ("decree.v.01", "policy", "issue a decree; below it, destine, doom", 0),
    ("ban.v.01", "policy", "forbid"),
    ("ban.v.02", "policy", "prohibit by legal means"),
    ("forbid.v.01", "policy", "prohibit"),
    ("outlaw.v.01", "policy", "declare illegal"),
    ("annex.v.01", "policy", "take territory: a change of a territory's status"),
    ("abrogate.v.01", "policy", "revoke formally"),
    ("revoke.v.02", "policy", "cancel officially: repeal, rescind", 0),
    ("admit.v.03", "policy", "admit to membership; below it, embroil, entangle", 0),
    ("legalize.v.01", "policy", "make legal: legalise, decriminalise, legitimise"),
    ("order.v.03", "policy", "issue commands: mandate, dictate, prescribe"),
    ("license.v.01", "policy", "authorize officially: license, charter, accredit"),
    ("codify.v.01", "policy", "organize into a code or system of laws"),
    ("amend.v.01", "policy", "make amendments to (a law, a constitution)"),
    ("enfranchise.v.01", "policy", "grant voting rights"),
    ("disenfranchise.v.01", "policy", "deprive of voting rights"),
    ("segregate.v.01", "policy", "separate by race or religion; practise a policy of segregation"),
    ("desegregate.v.01", "policy", "open a place to members of all races"),
    ("rule.v.02", "policy", "decide with authority: a court's ruling, overruling, overturning"),
    ("patent.v.01", "policy", "obtain a patent for (enwiki set decisions: patents are policy)"),
    ("patent.v.02", "policy", "grant a patent for"),
    ("reschedule.v.01", "policy", "a body's rescheduling of its happening (set decisions: policy, like a postponement)"),
    # leadership
    ("elect.v.01", "leadership", "select by a vote for an office"),
    ("induct.v.01", "leadership", "place formally in an office"),
    ("crown.v.01", "leadership", "invest with regal power"),
    ("enthrone.v.01", "leadership", "put a monarch on the throne"),
    ("overthrow.v.01", "leadership", "cause the downfall of rulers"),
    ("depose.v.01", "leadership", "force to leave an office"),
    ("oust.v.01", "leadership", "remove from office"),
    ("abdicate.v.01", "leadership", "give up power"),
    ("leave_office.v.01", "leadership", "give up a position"),
    ("top_out.v.01", None, "below leave_office.v.01: give up a career"),
    ("vacate.v.01", "leadership", "leave a post"),
    ("appoint.v.01", "leadership", "create and charge with a function"),
    ("reign.v.01", "leadership", "have sovereign power"),
    ("usurp.v.01", "leadership", "seize power without right"),
    # life
    ("die.v.01", "life", "die"),
    ("kill.v.01", "life", "cause to die"),
    ("murder.v.01", "life", "kill intentionally"),
    ("assassinate.v.01", "life", "murder a prominent person"),
    ("execute.v.01", "life", "kill as a punishment"),
    ("give_birth.v.01", "life", "bear a child; below it, animals' births", 0),
    # migration
    ("migrate.v.01", "migration", "move from one country to another"),
    ("emigrate.v.01", "migration", "leave one's country for a new one"),
    ("immigrate.v.01", "migration", "migrate to a new environment"),
    ("immigrate.v.03", "migration", "come into a new country"),
    ("settle.v.04", "migration", "take up residence and become established"),
    ("colonize.v.01", "migration", "settle as a colony"),
    ("colonize.v.02", "migration", "settle as colonists"),
    ("expatriate.v.01", "migration", "expel from a country: deport"),
    ("expel.v.01", "migration", "force to leave; below it, evict, exorcise", 0),
    ("resettle.v.01", "migration", "settle in a new place"),
    ("relocate.v.01", "migration", "move to another place"),
    ("banish.v.02", "migration", "ban from a place of residence"),
    # economic
    ("buy.v.01", "economic", "obtain by purchase"),
    ("sell.v.01", "economic", "exchange for money"),
    ("prostitute.v.01", None, "below sell.v.01: prostitution"),
    ("pay.v.01", "economic", "give money"),
    ("spend.v.02", None, "below pay.v.01: spending, squandering, saving"),
    ("bribe.v.01", None, "below pay.v.01: bribery"),
    ("pay_up.v.01", "economic", "discharge a debt"),
    ("disburse.v.01", "economic", "pay out from a fund"),
    ("export.v.01", "economic", "sell abroad"),
    ("import.v.01", "economic", "bring in from abroad"),
    ("invest.v.01", "economic", "make an investment"),
    ("finance.v.01", "economic", "provide money for"),
    ("lend.v.02", "economic", "lend"),
    ("borrow.v.01", "economic", "borrow"),
    ("trade.v.01", "economic", "engage in trade"),
    ("deal.v.06", "economic", "do business"),
    ("mine.v.01", "economic", "get from the earth by excavation"),
    ("construct.v.01", "economic", "build: construction"),
    ("pave.v.01", "economic", "pave a road: construction of infrastructure (v1.1 economic)"),
    ("default.v.01", "economic", "fail to pay up: a debt defaulted on (v1.1: loans and economic crises)"),
    ("manufacture.v.01", "economic", "make goods"),
    ("nationalize.v.01", "economic", "put under state ownership"),
    ("privatize.v.01", "economic", "put under private ownership"),
    # withdrawal
    ("secede.v.01", "other", "secede: typed with independence (other) in the enwiki set's decisions"),
    ("retire.v.02", "withdrawal", "withdraw from active participation"),
    ("cancel.v.01", "withdrawal", "call off or annul something scheduled", 0),
    # other
    ("riot.v.01", "other", "take part in a riot"),
    ("protest.v.01", "other", "express opposition"),
    ("boycott.v.01", "other", "refuse to do business with: a protest"),
    ("demonstrate.v.04", "other", "march in protest"),
    ("collar.v.01", "other", "arrest: take into custody"),
]

# lexnames(5WN): the 45 lexicographer files of WordNet 3.0, by number (the Debian package lacks
# the `lexnames` file itself).
LEXNAMES = (
    "adj.all adj.pert adv.all noun.Tops noun.act noun.animal noun.artifact noun.attribute "
    "noun.body noun.cognition noun.communication noun.event noun.feeling noun.food noun.group "
    "noun.location noun.motive noun.object noun.person noun.phenomenon noun.plant "
    "noun.possession noun.process noun.quantity noun.relation noun.shape noun.state "
    "noun.substance noun.time verb.body verb.change verb.cognition verb.communication "
    "verb.competition verb.consumption verb.contact verb.creation verb.emotion verb.motion "
    "verb.perception verb.possession verb.social verb.stative verb.weather adj.ppl"
).split()
_POS_NUMBER = {"adj": 3, "adv": 4, "noun": 1, "verb": 2}
DATABASE_FILES = (
    "data.adj", "data.adv", "data.noun", "data.verb", "index.adj", "index.adv", "index.noun",
    "index.verb", "adj.exc", "adv.exc", "noun.exc", "verb.exc", "cntlist.rev",
)
# Military hardware: a noun with SOME sense below one of these (not only its first) names hardware when it
# is bought, ordered or delivered ("acquired fighters", "ordered tanks"): the first sense of "fighter" is a
# combatant, of "tank" a container.
HARDWARE_ANCHORS = (
    "weapon.n.01", "weaponry.n.01", "armament.n.01", "military_vehicle.n.01", "warship.n.01",
    "military_plane.n.01",
)
# Craft: aircraft, ships, boats, helicopters: hardware when a state or a force acquires them (any sense).
CRAFT_ANCHORS = ("craft.n.02",)
# Fleets (any sense): a fleet, like a craft, that reaches a place makes a voyage (v1.1 other: voyages of
# exploration), not an official visit, even when it is a state's ("the fleet reached India").
FLEET_ANCHORS = ("fleet.n.04",)
# Servicemen: a noun with some sense below serviceman.n.01 ("man" is also a member of a military force, "soldier",
# "marine", "recruit"): a number of them moved by a verb of motion is a force moved ("landed 12,000 men").
SERVICEMEN_ANCHORS = ("serviceman.n.01",)
# Wounding: verbs with some sense below kill.v.01 or injure.v.01 ("shoot", "stab", "poison", "strangle"): done by one
# person to another they are an assassination or a killing (v1.1 life), not armed forces fighting.
WOUNDING_ANCHORS = ("kill.v.01", "injure.v.01")
# Verbs of motion: those whose most frequent sense is in the lexicographer file verb.motion ("land", "march",
# "ferry", "bring"); "employ", "hire" (verb.social) move nobody.
MOTION_FILE = "verb.motion"
# Natural resources: a noun with some sense below these names a resource when it is found or struck
# ("oil was discovered": the first sense of "oil" is a lipid).
RESOURCE_ANCHORS = (
    "petroleum.n.01", "natural_gas.n.01", "coal.n.01", "precious_metal.n.01", "ore.n.01", "mineral.n.01",
    "metallic_element.n.01",
)
# Decisions: the lemmas of these synsets (any of their senses) are verbs of deciding ("decide", "determine",
# "resolve", "choose"): a body's decision to act or that something shall be is an act of its authority.
DECISION_ANCHORS = ("decide.v.01", "purpose.v.02", "choose.v.01")
# Backing: verbs whose most frequent sense is one of these ("sponsor", "endorse", "back"): a company that
# sponsors a player, a player who endorses a brand, makes a deal (set decisions: sponsorship and endorsement
# deals are agreements).
BACKING_ANCHORS = ("sponsor.v.01", "back.v.01")
# Arrangements: nouns whose most frequent sense lies below one of these name how a body's happenings are
# arranged (a ceremony, a contest, a season, a schedule, a date) or run (a rule, a format, a procedure, a
# method, a name, a category): a body that changes, moves or reschedules one changes its own rules (set
# decisions: policy).
ARRANGEMENT_ANCHORS = (
    "ceremony.n.01", "contest.n.01", "game.n.01", "ceremony.n.03", "season.n.01", "agenda.n.01", "schedule.n.02", "calendar.n.01",
    "date.n.01", "deadline.n.01", "rule.n.01", "rule.n.03", "convention.n.02", "format.n.01", "procedure.n.01",
    "method.n.01", "name.n.01", "category.n.01",
)
# Occasions: nouns with a sense below a social event (a contest, a ceremony, a show, a race) or the social act of
# assembling (a meeting, a session, an assembly, a convocation): what is held or staged, a happening then ("the
# tournament was held in 1998", "held its first assembly").
OCCASION_ANCHORS = ("social_event.n.01", "assembly.n.06")
# Changes: verbs whose most frequent sense lies below one of these change, move or reschedule what they act
# on ("changed", "moved", "shortened", "rescheduled", "expanded").
CHANGE_ANCHORS = (
    "change.v.01", "change.v.02", "change.v.03", "move.v.02", "travel.v.01", "schedule.v.02", "delay.v.01",
    "delay.v.02",
)
# Filming: the lemmas of these synsets ("film", "shoot") make a film of what they act on; works: nouns whose most
# frequent sense is below these (a film, a show, a book, a picture, footage): a film shot is no attack (set
# decisions: film work is other).
FILMING_ANCHORS = ("film.v.01",)
# causing: first sense below causing; the synset of stirring a thing's peace by its lemmas
CAUSING_ANCHORS = ("cause.v.01",)
CAUSING_STOPS = ("effect.v.01", "initiate.v.02")
STIRRING_ANCHORS = ("trip.v.04", "stimulate.v.03")
# Handling: verbs whose most frequent sense is in these lexicographer files (possession: "buy", "fund", "donate";
# creation: "build", "construct"): done to arms, forces or bases, the act is military.
HANDLING_FILES = ("verb.possession", "verb.creation")
WORK_ANCHORS = ("creation.n.02", "show.n.03", "writing.n.02", "footage.n.01", "scene.n.03")
# Chemical elements as substances a science finds ("caesium", "helium", "rubidium"), less those whose most
# frequent sense is a resource prized as such (precious and noble metals: "gold", "silver", "platinum").
ELEMENT_ANCHORS = ("chemical_element.n.01",)
ELEMENT_STOPS = ("precious_metal.n.01", "noble_metal.n.01")
# Schools: nouns with a sense below an educational institution ("college", "university", "seminary"): a move
# to one is schooling (other), not a change of residence.
SCHOOL_ANCHORS = ("educational_institution.n.01",)
# Office holders: nouns whose most frequent sense is a leader, a head of state or a religious superior ("chairman",
# "dean", "abbot", "governor", "prime minister", "coach"): one who becomes one takes a post (v1.1 leadership: taking
# office; set decisions: posts held are leadership). Military officers are servicemen, not offices.
OFFICE_ANCHORS = ("leader.n.01", "head_of_state.n.01", "superior.n.02")
# Governments: nouns whose most frequent sense is a government ("government", "regime", "authorities"), and those
# with a sense below a cabinet ("cabinet", first a piece of furniture); "falls" the lemmas of WordNet's synsets of
# losing office or power, collapsing and toppling ("fall", "collapse", "topple", "crumble"): a government that falls
# or is toppled is a government's fall (v1.1 leadership), where a state's end is its dissolution (other).
GOVERNMENT_ANCHORS = ("government.n.01",)
CABINET_ANCHORS = ("cabinet.n.02",)
FALL_ANCHORS = ("fall.v.13", "collapse.v.01", "tumble.v.01", "topple.v.02", "crumble.v.01")
# Devices: nouns whose most frequent sense is below a device ("robot", "computer", "telescope", "abacus"): one built,
# made or constructed is a device made (a technology milestone: other), not infrastructure built (economic).
DEVICE_ANCHORS = ("device.n.01",)
# Charges: nouns whose most frequent sense is a cost, a levy or a price ("tax", "tariff", "wage", "pension", "rent",
# "fee", "price", "interest rate"): a state that raises, lowers, cuts or freezes one sets a level by its authority
# (v1.1 policy: acts of a state's authority), where a company's or a person's would not be.
CHARGE_ANCHORS = ("cost.n.01", "levy.n.01", "monetary_value.n.01")
PLAN_ANCHORS = ("plan.n.01", "campaign.n.02")
# Disasters: nouns whose most frequent sense is a natural disaster, a calamity or a disease ("earthquake", "flood",
# "tsunami", "avalanche", "famine", "epidemic", "plague", "cholera"): a place in a disaster's name ("the 1970 Peru earthquake") is
# where it struck, not a party; what a disaster or a disease does ("the plague killed a third of the city", "smallpox
# was eradicated") is the disaster's happening (v1.1 other), not an attack.
DISASTER_ANCHORS = ("calamity.n.01", "earthquake.n.01", "flood.n.01", "volcanic_eruption.n.01", "famine.n.01", "slide.n.02",
                    "epidemic.n.01", "storm.n.01", "disease.n.01")
# Studying: verbs whose most frequent sense is of cognition ("study", "learn"): a journey made to study is schooling.
STUDY_FILE = "verb.cognition"
# Verbs of thinking, feeling and saying (lexicographer files): what their "to" infinitive names is intended,
# wished, promised or refused ("decided to build", "hoped to join", "refused to sign"), not done for a purpose.
INTENTION_FILES = ("verb.cognition", "verb.emotion", "verb.communication")
# Hindering: verbs whose most frequent sense is keeping a thing from happening ("prevent", "block", "hinder"): what
# they act on did not happen ("organised to prevent the construction": no construction).
HINDERING_ANCHORS = ("prevent.v.01", "prevent.v.02")
# Enlarging: verbs whose most frequent sense is making a thing larger, longer or wider, improving or restoring it, or
# making it anew ("expand", "widen", "extend", "lengthen", "enlarge", "repair", "renovate", "rebuild"): done to
# infrastructure or a building, construction works (v1.1 economic); not harming it ("damage", "wreck").
ENLARGING_ANCHORS = ("increase.v.01", "increase.v.02", "better.v.02", "re-create.v.01")
# Building: verbs whose most frequent sense is constructing a thing, or improving, restoring or remaking it ("build",
# "construct", "rebuild", "erect", "renovate", "restore", "repair"): money it costs is the cost of construction or
# reconstruction works (v1.1: the cost of a programme or of reconstruction is investment).
BUILDING_ANCHORS = ("construct.v.01", "better.v.02", "re-create.v.01")
# Founding: the lemmas of the synsets of setting up, forming, building, starting and bringing into existence ("found",
# "establish", "set up", "plant", "form", "organise", "create", "build", "start", "begin"): a town, city or colony
# founded is a settlement founded (v1.1 migration); a town flooded, reached by a railway or granted a charter is not.
FOUNDING_ANCHORS = ("establish.v.01", "establish.v.02", "form.v.01", "create.v.02", "construct.v.01", "initiate.v.01",
                    "begin.v.03")
# Closing down: the lemmas of the synsets of ceasing to operate, failing financially, going out of existence, being
# wound up or ruined ("closed", "folded", "failed", "ceased", "was dissolved", "was liquidated"): said of a company,
# its end (set decisions: companies closed, liquidated or wound up are economic).
# Businesses: nouns with any sense below a business, a company, a financial institution, an industrial plant or a place
# of business ("bank" is first a slope, "newspaper" first a publication, "airline" first a hose).
BUSINESS_ANCHORS = ("business.n.01", "company.n.01", "financial_institution.n.01", "plant.n.01",
                    "place_of_business.n.01")
CLOSURE_ANCHORS = ("close_up.v.01", "fail.v.09", "discontinue.v.01", "end.v.01", "disband.v.02", "dissolve.v.03",
                   "dissolve.v.10", "liquidate.v.04", "bankrupt.v.01")
# A business's failing named by a noun: insolvency and the court proceedings of bankruptcy and receivership ("filed for
# bankruptcy", "went into receivership"): a company's failure, economic as its closure is.
FAILURE_ANCHORS = ("insolvency.n.01", "bankruptcy.n.03", "receivership.n.02")
TYPES = (
    "conflict", "military", "agreement", "meeting", "policy", "withdrawal", "leadership", "life",
    "migration", "economic", "other",
)


def open_wordnet(wordnet_dir: Path, staging: Path):
    """A WordNetCorpusReader over a private copy of the database (nltk refuses paths outside
    its data path, and needs a `lexnames` file that Debian does not ship)."""
    try:
        import nltk
        from nltk.corpus.reader import WordNetCorpusReader
    except ImportError as exc:  # pragma: no cover - exercised by hand
        raise SystemExit(f"nltk is needed for the build: pip install nltk ({exc})")
    missing = [f for f in DATABASE_FILES if not (wordnet_dir / f).is_file()]
    if missing:
        raise SystemExit(
            f"WordNet database files missing in {wordnet_dir}: {', '.join(missing)} "
            "(apt-get install wordnet-base, or set WORDNET_DIR)"
        )
    for name in DATABASE_FILES:
        shutil.copyfile(wordnet_dir / name, staging / name)
    with open(staging / "lexnames", "w", encoding="ascii") as fh:
        for number, name in enumerate(LEXNAMES):
            pos = 3 if name == "adj.ppl" else _POS_NUMBER[name.split(".")[0]]
            fh.write(f"{number:02d}\t{name}\t{pos}\n")
    nltk.data.path.insert(0, str(staging))

    class Reader(WordNetCorpusReader):
        def map_wn(self, version="wordnet"):
            return None  # this is WordNet 3.0 itself: no mapping to another version

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # "multilingual functions are not available"
        wn = Reader(str(staging), None)
    if wn.get_version() != "3.0":
        raise SystemExit(f"expected WordNet 3.0, found {wn.get_version()}")
    return wn


def index_senses(wordnet_dir: Path, pos_name: str) -> list[tuple[str, list[int]]]:
    """(lemma, synset offsets in WordNet's sense order) from index.<pos>, as the file has them."""
    rows = []
    with open(wordnet_dir / f"index.{pos_name}", encoding="utf-8") as fh:
        for line in fh:
            if line.startswith(" "):
                continue  # licence header
            fields = line.split()
            lemma, synset_cnt, p_cnt = fields[0], int(fields[2]), int(fields[3])
            offsets = fields[4 + p_cnt + 2:]
            assert len(offsets) == synset_cnt, line
            rows.append((lemma, [int(o) for o in offsets]))
    return rows


def anchor_table(wn, anchors):
    """synset -> (type, reach, depth, order, name) for the anchor list."""
    table = {}
    for entry in anchors:
        name, typ = entry[0], entry[1]
        reach = entry[3] if len(entry) > 3 else None
        synset = wn.synset(name)  # raises if an anchor names no synset
        if synset in table:
            raise SystemExit(f"anchor listed twice: {name}")
        table[synset] = (typ, reach, synset.max_depth(), len(table), name)
    return table


def sense_type(synset, anchors):
    """(type, anchor) of the nearest anchor in the synset's hypernym closure (itself included)
    that is within the anchor's reach; (None, None) when there is none or it is a stop."""
    best = None
    seen = {synset: 0}
    queue = deque([synset])
    while queue:
        node = queue.popleft()
        dist = seen[node]
        if node in anchors:
            typ, reach, depth, order, name = anchors[node]
            if reach is None or dist <= reach:
                key = (dist, -depth, order)
                if best is None or key < best[0]:
                    best = (key, typ, name)
        for parent in node.hypernyms():
            if parent not in seen:
                seen[parent] = dist + 1
                queue.append(parent)
    if best is None or best[1] is None:
        return None, None
    return best[1], best[2]


def lemma_count(synset, lemma: str) -> int:
    return sum(l.count() for l in synset.lemmas() if l.name().lower() == lemma)


def classify(wn, wordnet_dir: Path, pos_name: str, anchors) -> dict[str, tuple[str, str]]:
    """lemma -> (type, anchor that gave it)."""
    pos = {"noun": "n", "verb": "v"}[pos_name]
    result = {}
    for lemma, offsets in index_senses(wordnet_dir, pos_name):
        if len(lemma) < 2 or not any(c.isalpha() for c in lemma):
            continue
        senses = [wn.synset_from_pos_and_offset(pos, off) for off in offsets]
        counts = [lemma_count(s, lemma) for s in senses]
        top = max(counts)
        for synset in [s for s, count in zip(senses, counts) if count == top]:
            if synset.instance_hypernyms() and not synset.hypernyms():
                continue  # a proper name
            typ, anchor = sense_type(synset, anchors)
            if typ is not None:
                result[lemma.replace("_", " ").lower()] = (typ, anchor)
                break
    return result


def event_senses(wn, entries) -> dict[str, tuple[str, str]]:
    """lemma -> (type, sense) for the explicitly chosen event senses."""
    result = {}
    for lemma, name, typ, _why in entries:
        synset = wn.synset(name)  # raises if it names no synset
        if synset not in wn.synsets(lemma.replace(" ", "_"), "n") or typ not in TYPES:
            raise SystemExit(f"event sense {name} ({typ}) is not a typed sense of {lemma!r}")
        result[lemma] = (typ, name)
    return result


def any_sense_below(wn, wordnet_dir: Path, names, pos_name: str = "noun") -> list[str]:
    """Lemmas (nouns unless `pos_name` says verbs) one of whose senses lies below one of the anchors `names` (any
    sense, not only the first)."""
    pos = {"noun": "n", "verb": "v"}[pos_name]
    anchors = {wn.synset(name) for name in names}
    found = set()
    for lemma, offsets in index_senses(wordnet_dir, pos_name):
        if len(lemma) < 2 or not any(c.isalpha() for c in lemma):
            continue
        for offset in offsets:
            synset = wn.synset_from_pos_and_offset(pos, offset)
            if synset.instance_hypernyms() and not synset.hypernyms():
                continue
            closure = {synset, *synset.closure(lambda s: s.hypernyms())}
            if closure & anchors:
                found.add(lemma.replace("_", " ").lower())
                break
    return sorted(found)


def first_sense_in(wn, wordnet_dir: Path, lexname: str, pos_name: str = "noun") -> list[str]:
    """Lemmas (nouns unless `pos_name` says verbs) whose most frequent sense (the first in WordNet's order) is in
    the lexicographer file `lexname`."""
    pos = {"noun": "n", "verb": "v"}[pos_name]
    found = set()
    for lemma, offsets in index_senses(wordnet_dir, pos_name):
        if len(lemma) < 2 or not any(c.isalpha() for c in lemma) or not offsets:
            continue
        if wn.synset_from_pos_and_offset(pos, offsets[0]).lexname() == lexname:
            found.add(lemma.replace("_", " ").lower())
    return sorted(found)


def first_sense_of(wn, wordnet_dir: Path, pos_name: str, names) -> list[str]:
    """Lemmas whose most frequent sense (the first in WordNet's order) is one of the synsets `names`."""
    pos = {"noun": "n", "verb": "v"}[pos_name]
    anchors = {wn.synset(name) for name in names}
    return sorted({lemma.replace("_", " ").lower() for lemma, offsets in index_senses(wordnet_dir, pos_name)
                   if offsets and wn.synset_from_pos_and_offset(pos, offsets[0]) in anchors})


def first_sense_below(wn, wordnet_dir: Path, pos_name: str, names) -> list[str]:
    """Lemmas whose most frequent sense (the first in WordNet's order) is one of the synsets `names` or lies
    below one of them."""
    pos = {"noun": "n", "verb": "v"}[pos_name]
    anchors = {wn.synset(name) for name in names}
    found = set()
    for lemma, offsets in index_senses(wordnet_dir, pos_name):
        if len(lemma) < 2 or not any(c.isalpha() for c in lemma) or not offsets:
            continue
        synset = wn.synset_from_pos_and_offset(pos, offsets[0])
        if {synset, *synset.closure(lambda s: s.hypernyms())} & anchors:
            found.add(lemma.replace("_", " ").lower())
    return sorted(found)


def verb_particle_lemmas(wordnet_dir: Path) -> list[str]:
    """WordNet's phrasal verbs: its verb lemmas of two words whose first is a one-word verb of WordNet and whose
    second is a one-word adverb ('break_out', 'take_over', 'pull_out'), spaced and lower-cased."""
    verbs = [lemma for lemma, _ in index_senses(wordnet_dir, "verb")]
    adverbs = {lemma for lemma, _ in index_senses(wordnet_dir, "adv") if "_" not in lemma}
    singles = {lemma for lemma in verbs if "_" not in lemma}
    return sorted({lemma.replace("_", " ").lower() for lemma in verbs if lemma.count("_") == 1
                   and lemma.split("_")[0] in singles and lemma.split("_")[1] in adverbs})


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def build(wordnet_dir: Path, explain: dict | None = None) -> dict:
    with tempfile.TemporaryDirectory(prefix="wordnet-") as tmp:
        wn = open_wordnet(wordnet_dir, Path(tmp))
        noun_why = classify(wn, wordnet_dir, "noun", anchor_table(wn, NOUN_ANCHORS))
        verb_why = classify(wn, wordnet_dir, "verb", anchor_table(wn, VERB_ANCHORS))
        noun_why.update(event_senses(wn, EVENT_SENSES))
        hardware_nouns = any_sense_below(wn, wordnet_dir, HARDWARE_ANCHORS)
        resource_nouns = any_sense_below(wn, wordnet_dir, RESOURCE_ANCHORS)
        craft_nouns = any_sense_below(wn, wordnet_dir, CRAFT_ANCHORS)
        fleet_nouns = any_sense_below(wn, wordnet_dir, FLEET_ANCHORS)
        servicemen_nouns = any_sense_below(wn, wordnet_dir, SERVICEMEN_ANCHORS)
        wounding_verbs = any_sense_below(wn, wordnet_dir, WOUNDING_ANCHORS, "verb")
        motion_verbs = first_sense_in(wn, wordnet_dir, MOTION_FILE, "verb")
        act_nouns = first_sense_in(wn, wordnet_dir, "noun.act")
        backing_verbs = first_sense_of(wn, wordnet_dir, "verb", BACKING_ANCHORS)
        arrangement_nouns = first_sense_below(wn, wordnet_dir, "noun", ARRANGEMENT_ANCHORS)
        change_verbs = first_sense_below(wn, wordnet_dir, "verb", CHANGE_ANCHORS)
        occasion_nouns = any_sense_below(wn, wordnet_dir, OCCASION_ANCHORS)
        filming_verbs = sorted({lemma.name().replace("_", " ").lower()
                                for name in FILMING_ANCHORS for lemma in wn.synset(name).lemmas()})
        handling_verbs = sorted({lemma for name in HANDLING_FILES
                                 for lemma in first_sense_in(wn, wordnet_dir, name, "verb")})
        causing_verbs = sorted(set(first_sense_below(wn, wordnet_dir, "verb", CAUSING_ANCHORS))
                               - set(first_sense_below(wn, wordnet_dir, "verb", CAUSING_STOPS))
                               | {lemma.name().replace("_", " ").lower()
                                  for name in STIRRING_ANCHORS for lemma in wn.synset(name).lemmas()})
        work_nouns = first_sense_below(wn, wordnet_dir, "noun", WORK_ANCHORS)
        element_nouns = sorted(set(first_sense_below(wn, wordnet_dir, "noun", ELEMENT_ANCHORS))
                               - set(first_sense_below(wn, wordnet_dir, "noun", ELEMENT_STOPS)))
        school_nouns = any_sense_below(wn, wordnet_dir, SCHOOL_ANCHORS)
        office_nouns = first_sense_below(wn, wordnet_dir, "noun", OFFICE_ANCHORS)
        government_nouns = sorted(set(first_sense_below(wn, wordnet_dir, "noun", GOVERNMENT_ANCHORS))
                                  | set(any_sense_below(wn, wordnet_dir, CABINET_ANCHORS)))
        fall_verbs = sorted({lemma.name().replace("_", " ").lower()
                             for name in FALL_ANCHORS for lemma in wn.synset(name).lemmas()})
        device_nouns = first_sense_below(wn, wordnet_dir, "noun", DEVICE_ANCHORS)
        charge_nouns = first_sense_below(wn, wordnet_dir, "noun", CHARGE_ANCHORS)
        plan_nouns = any_sense_below(wn, wordnet_dir, PLAN_ANCHORS)
        disaster_nouns = first_sense_below(wn, wordnet_dir, "noun", DISASTER_ANCHORS)
        study_verbs = first_sense_in(wn, wordnet_dir, STUDY_FILE, "verb")
        closure_verbs = sorted({lemma.name().replace("_", " ").lower()
                                for name in CLOSURE_ANCHORS for lemma in wn.synset(name).lemmas()})
        business_nouns = any_sense_below(wn, wordnet_dir, BUSINESS_ANCHORS)
        failure_nouns = any_sense_below(wn, wordnet_dir, FAILURE_ANCHORS)
        hindering_verbs = first_sense_below(wn, wordnet_dir, "verb", HINDERING_ANCHORS)
        enlarging_verbs = first_sense_below(wn, wordnet_dir, "verb", ENLARGING_ANCHORS)
        building_verbs = first_sense_below(wn, wordnet_dir, "verb", BUILDING_ANCHORS)
        founding_verbs = sorted({lemma.name().replace("_", " ").lower()
                                 for name in FOUNDING_ANCHORS for lemma in wn.synset(name).lemmas()})
        intention_verbs = sorted({lemma for name in INTENTION_FILES
                                  for lemma in first_sense_in(wn, wordnet_dir, name, "verb")})
        decision_verbs = sorted({lemma.name().replace("_", " ").lower()
                                 for name in DECISION_ANCHORS for lemma in wn.synset(name).lemmas()})
        phrasal_verbs = verb_particle_lemmas(wordnet_dir)
        version = wn.get_version()
    if explain is not None:
        explain.update(nouns=noun_why, verbs=verb_why)
    nouns = {lemma: typ for lemma, (typ, _anchor) in noun_why.items()}
    verbs = {lemma: typ for lemma, (typ, _anchor) in verb_why.items()}
    for table in (nouns, verbs):
        assert set(table.values()) <= set(TYPES), set(table.values()) - set(TYPES)
    return {
        "about": {
            "what": (
                "Event types (the gold guideline v1.1's) of English nouns and verbs, derived from "
                "WordNet: a lemma takes the type of the nearest anchor synset in the hypernym "
                "closure of its most frequent sense (see the build script's docstring); a lemma "
                "not listed has no class. Not hand-edited: rebuild with the command."
            ),
            "wordnet": f"WordNet {version} (Princeton University); licence: models/WORDNET-LICENSE",
            "wordnet_sha256": {
                name: sha256(wordnet_dir / name) for name in ("data.noun", "data.verb")
            },
            "rebuild": REBUILD_COMMAND,
            "needs": "wordnet-base (Debian) and nltk, for the build only",
            "noun_anchors": [anchor_about(a) for a in NOUN_ANCHORS],
            "verb_anchors": [anchor_about(a) for a in VERB_ANCHORS],
            "event_senses": [{"lemma": l, "synset": n, "type": t, "why": w} for l, n, t, w in EVENT_SENSES],
            "hardware_anchors": list(HARDWARE_ANCHORS),
            "resource_anchors": list(RESOURCE_ANCHORS),
            "craft_anchors": list(CRAFT_ANCHORS),
            "fleet_anchors": list(FLEET_ANCHORS),
            "servicemen_anchors": list(SERVICEMEN_ANCHORS),
            "wounding_anchors": list(WOUNDING_ANCHORS),
            "motion_file": MOTION_FILE,
            "decision_anchors": list(DECISION_ANCHORS),
            "backing_anchors": list(BACKING_ANCHORS),
            "arrangement_anchors": list(ARRANGEMENT_ANCHORS),
            "change_anchors": list(CHANGE_ANCHORS),
            "occasion_anchors": list(OCCASION_ANCHORS),
            "filming_anchors": list(FILMING_ANCHORS),
            "causing_anchors": list(CAUSING_ANCHORS),
            "causing_stops": list(CAUSING_STOPS),
            "stirring_anchors": list(STIRRING_ANCHORS),
            "work_anchors": list(WORK_ANCHORS),
            "handling_files": list(HANDLING_FILES),
            "element_anchors": list(ELEMENT_ANCHORS),
            "element_stops": list(ELEMENT_STOPS),
            "school_anchors": list(SCHOOL_ANCHORS),
            "office_anchors": list(OFFICE_ANCHORS),
            "government_anchors": list(GOVERNMENT_ANCHORS),
            "cabinet_anchors": list(CABINET_ANCHORS),
            "fall_anchors": list(FALL_ANCHORS),
            "device_anchors": list(DEVICE_ANCHORS),
            "charge_anchors": list(CHARGE_ANCHORS),
            "plan_anchors": list(PLAN_ANCHORS),
            "disaster_anchors": list(DISASTER_ANCHORS),
            "studying_file": STUDY_FILE,
            "intention_files": list(INTENTION_FILES),
            "hindering_anchors": list(HINDERING_ANCHORS),
            "enlarging_anchors": list(ENLARGING_ANCHORS),
            "building_anchors": list(BUILDING_ANCHORS),
            "founding_anchors": list(FOUNDING_ANCHORS),
            "closure_anchors": list(CLOSURE_ANCHORS),
            "failure_anchors": list(FAILURE_ANCHORS),
            "business_anchors": list(BUSINESS_ANCHORS),
            "phrasal_verbs": ("WordNet's verbs of two words, a one-word verb and a one-word adverb ('break out', 'set up', "
                              "'step down'): a verb with that particle is looked up as the phrase, not as its bare verb"),
            "sizes": {
                "nouns": dict(sorted(Counter(nouns.values()).items())),
                "verbs": dict(sorted(Counter(verbs.values()).items())),
                "hardware": len(hardware_nouns),
                "resources": len(resource_nouns),
                "craft": len(craft_nouns),
                "fleets": len(fleet_nouns),
                "servicemen": len(servicemen_nouns),
                "wounding": len(wounding_verbs),
                "motion": len(motion_verbs),
                "acts": len(act_nouns),
                "decisions": len(decision_verbs),
                "backing": len(backing_verbs),
                "arrangements": len(arrangement_nouns),
                "changes": len(change_verbs),
                "occasions": len(occasion_nouns),
                "filming": len(filming_verbs),
                "causing": len(causing_verbs),
                "works": len(work_nouns),
                "handling": len(handling_verbs),
                "elements": len(element_nouns),
                "schools": len(school_nouns),
                "offices": len(office_nouns),
                "governments": len(government_nouns),
                "falls": len(fall_verbs),
                "devices": len(device_nouns),
                "charges": len(charge_nouns),
                "plans": len(plan_nouns),
                "disasters": len(disaster_nouns),
                "studying": len(study_verbs),
                "intentions": len(intention_verbs),
                "hindering": len(hindering_verbs),
                "enlarging": len(enlarging_verbs),
                "building": len(building_verbs),
                "founding": len(founding_verbs),
                "closures": len(closure_verbs),
                "failures": len(failure_nouns),
                "businesses": len(business_nouns),
                "phrasal_verbs": len(phrasal_verbs),
            },
        },
        "acts": act_nouns,
        "arrangements": arrangement_nouns,
        "backing": backing_verbs,
        "causing": causing_verbs,
        "changes": change_verbs,
        "businesses": business_nouns,
        "charges": charge_nouns,
        "closures": closure_verbs,
        "failures": failure_nouns,
        "craft": craft_nouns,
        "decisions": decision_verbs,
        "devices": device_nouns,
        "disasters": disaster_nouns,
        "elements": element_nouns,
        "enlarging": enlarging_verbs,
        "building": building_verbs,
        "founding": founding_verbs,
        "falls": fall_verbs,
        "filming": filming_verbs,
        "fleets": fleet_nouns,
        "governments": government_nouns,
        "handling": handling_verbs,
        "hardware": hardware_nouns,
        "hindering": hindering_verbs,
        "intentions": intention_verbs,
        "motion": motion_verbs,
        "nouns": nouns,
        "occasions": occasion_nouns,
        "offices": office_nouns,
        "phrasal_verbs": phrasal_verbs,
        "plans": plan_nouns,
        "resources": resource_nouns,
        "schools": school_nouns,
        "servicemen": servicemen_nouns,
        "studying": study_verbs,
        "verbs": verbs,
        "works": work_nouns,
        "wounding": wounding_verbs,
    }


def anchor_about(entry) -> dict:
    about = {"synset": entry[0], "type": entry[1], "why": entry[2]}
    if len(entry) > 3:
        about["reach"] = entry[3]
    return about


def render(table: dict) -> str:
    return json.dumps(table, indent=1, ensure_ascii=False, sort_keys=True) + "\n"


def noun_class_table(wordnet_dir: Path, anchors: list[tuple], classes: tuple[str, ...], *, what: str,
                     rebuild: str, anchors_key: str = "anchors", keep=lambda lemma, cls: True) -> dict:
    """A table of one-class-per-noun (the figure measures, the actor classes): every lemma takes the class
    of the nearest anchor in the hypernym closure of its most frequent sense, as the event classes do."""
    with tempfile.TemporaryDirectory(prefix="wordnet-") as tmp:
        wn = open_wordnet(wordnet_dir, Path(tmp))
        why = classify(wn, wordnet_dir, "noun", anchor_table(wn, anchors))
        version = wn.get_version()
    nouns = {lemma: cls for lemma, (cls, _anchor) in why.items() if keep(lemma, cls)}
    assert set(nouns.values()) <= set(classes), set(nouns.values()) - set(classes)
    return {
        "about": {
            "what": what,
            "wordnet": f"WordNet {version} (Princeton University); licence: models/WORDNET-LICENSE",
            "wordnet_sha256": {"data.noun": sha256(wordnet_dir / "data.noun")},
            "rebuild": rebuild,
            "needs": "wordnet-base (Debian) and nltk, for the build only",
            anchors_key: [anchor_about(a) for a in anchors],
            "sizes": dict(sorted(Counter(nouns.values()).items())),
        },
        "nouns": nouns,
    }


def table_main(argv: list[str] | None, description: str, default_output: Path, build_table,
               samples=None, explain: bool = False) -> int:
    """The command line every WordNet table script shares: rebuild the committed table (or write it
    elsewhere), or print a sample of each class. `samples(table)` gives each class's words; `explain`
    adds --explain, for a build that says which anchor gave each word its class."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--output", type=Path, default=default_output)
    parser.add_argument("--wordnet-dir", type=Path, default=DEFAULT_WORDNET)
    if samples is not None:
        parser.add_argument("--sample", type=int, default=0, help="print N random entries per class")
    if explain:
        parser.add_argument("--explain", type=Path, help="also write lemma -> [class, anchor] here")
    args = parser.parse_args(argv)
    explained: dict = {}
    table = build_table(args.wordnet_dir, explained) if explain else build_table(args.wordnet_dir)
    if explain and args.explain:
        args.explain.write_text(render(explained), encoding="utf-8")
    if samples is not None and args.sample:
        rng = random.Random(0)
        for name, words in samples(table).items():
            print(f"{name} ({len(words)}): {', '.join(sorted(rng.sample(words, min(args.sample, len(words)))))}")
        return 0
    args.output.write_text(render(table), encoding="utf-8")
    print(f"wrote {args.output}: {table['about']['sizes']}", file=sys.stderr)
    return 0


def noun_class_main(argv: list[str] | None, description: str, default_output: Path,
                    classes: tuple[str, ...], build_table) -> int:
    """The command line of a noun-class table's script (the figure measures, the actor classes)."""
    return table_main(argv, description, default_output, build_table, samples=lambda table: {
        cls: sorted(w for w, c in table["nouns"].items() if c == cls) for cls in classes})


def main(argv: list[str] | None = None) -> int:
    return table_main(argv, __doc__.split("\n")[0], DEFAULT_OUTPUT, build, explain=True, samples=lambda table: {
        f"{pos} {typ}": sorted(w for w, t in table[pos].items() if t == typ) for pos in ("nouns", "verbs") for typ in TYPES})


if __name__ == "__main__":
    raise SystemExit(main())
