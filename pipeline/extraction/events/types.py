"""Types: which type of event a trigger names (conflict, agreement, meeting, policy, ...). A phrasal verb
or idiom first, then the verb's lexicon entry with its arguments deciding for ambiguous verbs ("signed
a decree" is policy), an adjective on an aid-like object ("military support"), the event noun's own
type with its modifiers ("economic crisis"); a visit verb that goes to a place is a meeting."""
from __future__ import annotations

import re

from spacy.tokens import Token

from ..gazetteer import fold, is_state_body, kind_of, load_gazetteer, resolve_parties
from ..wordclasses import (names_founding, names_a_change, names_a_disaster, names_enlarging, names_a_charge, names_a_plan, names_a_decision, names_a_device, names_a_school, names_an_office, names_a_government, names_a_fall, names_a_work, names_studying, names_a_business, names_a_closure, names_a_failure, names_an_act, names_an_arrangement, names_an_intention, names_hindering,
                           names_filming, names_handling, names_motion, names_servicemen, names_wounding, names_a_voyager, names_backing, names_craft, names_element, names_hardware, names_resource,
                           is_phrasal_verb, noun_event_type, verb_event_type, verb_key)
from .actors import noun_class as actor_class
from .grammar import NOUN_POS, SUBJECTS, is_to_infinitive, is_event_noun, is_verb, noun_key, particle, passive_agents
from .lexicon import TriggerLexicon, load_trigger_lexicon


def finances_money(verb: Token, lex: TriggerLexicon) -> bool:
    """A loan, grant or credit of an amount: "extended a further US$1.5 billion", "lent $200 million"."""
    return verb.lemma_.lower() in lex.financing_verbs and any(
        token.ent_type_ == "MONEY" for child in verb.children if child.dep_ == "dobj" for token in child.subtree)


def participle_of(verb: Token) -> Token | None:
    """The noun a past participle modifies, which is what the verb acts on: "the railway, built in 1869",
    "a company established in 1871 by two brothers"."""
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ in NOUN_POS:
        return verb.head
    return None


RELATIVE_TAGS = ("WDT", "WP")


def acted_on(noun: Token) -> bool:
    """The noun is modified by a past participle, or by a relative clause whose object or passive subject is the
    relative pronoun ("the colony that the Dutch founded", "the company, which was formed"), so it is what that
    verb acts on."""
    return any((c.dep_ == "acl" and c.tag_ == "VBN") or (c.dep_ == "relcl" and any(
        g.dep_ in ("dobj", "nsubjpass") and g.tag_ in RELATIVE_TAGS for g in c.children)) for c in noun.children)


def antecedent(verb: Token) -> Token | None:
    """The noun a relative pronoun object or passive subject of the verb stands for ("which was founded")."""
    if verb.dep_ == "relcl" and verb.head.pos_ in NOUN_POS and any(
            c.dep_ in ("dobj", "nsubjpass") and c.tag_ in RELATIVE_TAGS for c in verb.children):
        return verb.head
    return None


def appositions(nouns: list[Token]) -> list[Token]:
    """What a named argument is said to be: "Acme, a trading company", "Unita, the rebel army"."""
    return [a for n in nouns if n.pos_ == "PROPN" for a in n.children if a.dep_ == "appos" and a.pos_ == "NOUN"]


# The occasion something happened at or during is not what the verb acts on: "announced at a press conference",
# "signed during the visit". Nor is what it is done against: "demonstrated against the war" is a protest, not a war.
OCCASION_PREPOSITIONS = ("at", "during", "against")


def argument_nouns(verb: Token) -> list[Token]:
    """Object nouns, or the subject of a passive or intransitive verb, that can decide the type."""
    objects = [child for child in verb.children if child.dep_ in ("dobj", "nsubjpass", "attr", "oprd", "acomp")]
    if participle_of(verb) is not None:
        objects.append(verb.head)  # "the company, formed in 1838": the noun a participle modifies undergoes it
    if antecedent(verb) is not None:
        objects.append(verb.head)  # "the company, which was formed in 1838"
    objects.extend(appositions(objects))
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ not in OCCASION_PREPOSITIONS:
            objects.extend(grandchild for grandchild in child.children if grandchild.dep_ == "pobj")
            if not any(grandchild.dep_ == "pobj" for grandchild in child.children):
                # a two-word preposition: "voted the premier out of office", "was driven away from power"
                objects.extend(pobj for inner in child.children if inner.dep_ == "prep"
                               for pobj in inner.children if pobj.dep_ == "pobj")
    objects.extend(conj for obj in list(objects) for conj in obj.conjuncts if conj.pos_ in NOUN_POS)
    if not any(child.dep_ == "dobj" for child in verb.children):
        objects.extend(child for child in verb.children if child.dep_ == "nsubj")
        if verb.dep_ == "xcomp" and not any(child.dep_ in SUBJECTS for child in verb.children):
            # "the schemes began to collapse": the subject is the governing verb's
            objects.extend(child for child in verb.head.children if child.dep_ in ("nsubj", "nsubjpass"))
    return objects


def noun_type(noun: Token, lex: TriggerLexicon) -> str | None:
    """The type an event noun names, with its modifiers deciding ("economic crisis")."""
    purposed = purposed_event_noun(noun, lex)
    if purposed is not None:
        return noun_type(purposed, lex)
    kind, modifiers, arguments = lex.noun_entry(lex.nouns, noun_key(noun))
    if kind is None:
        kind, modifiers, arguments = lex.noun_entry(lex.nouns, noun.lower_)
    if kind is None and repeated_noun(noun, lex):
        kind, modifiers, arguments = lex.noun_entry(lex.nouns, repeated_noun(noun, lex))
    for child in noun.children:
        if child.dep_ in ("amod", "compound") and child.lemma_.lower() in modifiers:
            return modifiers[child.lemma_.lower()]
    # "the establishment of diplomatic relations", "accession to the throne": the noun's object decides
    objects = of_objects(noun) + [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "to"
                                  for g in c.children if g.dep_ == "pobj"]
    for pobj in objects:
        for key in (noun_key(pobj), pobj.lower_):
            if key in arguments:
                return arguments[key]
    if kind in MOVES_OF_A_FORCE and any(military_noun(g) for g in of_objects(noun)) or kind in MOVES_OF_A_FORCE and any(
            c.dep_ == "poss" and military_noun(c) for c in noun.children):
        return "military"  # "the withdrawal of Soviet troops", "the army's evacuation" (v1.1: troop withdrawals)
    if kind == "migration" and noun_key(noun) in lex.escape_nouns and not names_fleeing_people(noun):
        return "other"  # "made the first solo flight": a journey, not a flight of refugees
    if noun_key(noun) in lex.argument_typed_nouns:
        # "the discovery of gold", "the founding of the colony", "the purchase of fighters": what it acts on decides
        objects = of_objects(noun)
        objects.extend(conj for obj in list(objects) for conj in obj.conjuncts if conj.pos_ in NOUN_POS)
        if noun_key(noun) in lex.finding_words and finds_an_element(noun, objects):
            return "other"  # "the isolation of sodium": a scientific finding
        found = argument_type(objects, lex) or hardware_type(objects) or wordnet_argument_type(
            [o for o in objects if o.pos_ in NOUN_POS], lex, any_dep=True)
        if found:
            return found
    return kind


def of_objects(noun: Token) -> list[Token]:
    """The objects of the noun's "of" phrases, also one the parser hangs on a date between them ("the formation in
    1838 of the company", "the discovery in 1947 of oil"): a bare date takes no "of" phrase of its own ("May of
    1947" is one date)."""
    heads = [noun, *(g for c in noun.children if c.dep_ == "prep" for g in c.children
                     if g.dep_ == "pobj" and g.ent_type_ == "DATE")]
    return [g for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
            if g.dep_ == "pobj" and (h is noun or g.ent_type_ != "DATE")]


def finds_an_element(head: Token, found: list[Token]) -> bool:
    """What is found (the first noun) is a chemical element by WordNet ("elements": not a precious metal) and no
    named place is where: "Davy isolated sodium", "helium was discovered in the solar spectrum" are scientific
    findings (other); "copper was discovered in Katanga", "discovered gold" are resources found (economic)."""
    found = [n for n in found if n.pos_ in NOUN_POS]
    if not found or not names_element(noun_key(found[0])):
        return False
    return not any(g.ent_type_ in ("GPE", "LOC") for c in head.children if c.dep_ == "prep"
                   for pobj in c.children if pobj.dep_ == "pobj" for g in (pobj, *pobj.conjuncts, *(
                       a for a in pobj.children if a.dep_ == "appos")))


def found_things(verb: Token) -> list[Token]:
    """What a verb of finding finds: its object or passive subject, with their conjuncts; not where or by whom
    ("petalite was discovered by a chemist in a mine": petalite)."""
    things = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if participle_of(verb) is not None or antecedent(verb) is not None:
        things.append(verb.head)
    things.extend(conj for t in list(things) for conj in t.conjuncts)
    return things


def names_fleeing_people(noun: Token) -> bool:
    """The ones who flee are named: a possessor or an "of" object that is a people, a group or persons in the
    plural, by WordNet's actor classes ("the refugees' flight", "the flight of thousands of civilians"); one
    person's flight ("his 1927 flight", "Lindbergh's flight") is a journey."""
    fleeing = [c for c in noun.children if c.dep_ == "poss"]
    fleeing.extend(g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                   if g.dep_ == "pobj")
    fleeing.extend(g for f in list(fleeing) for c in f.children if c.dep_ == "prep" and c.lower_ == "of"
                   for g in c.children if g.dep_ == "pobj")  # "thousands of civilians"
    return any(f.ent_type_ in ("NORP", "GPE") or f.lower_ == "their" or (f.pos_ == "NOUN" and (
        actor_class(f.lemma_) == "group" or (actor_class(f.lemma_) == "person" and f.tag_ == "NNS"))) for f in fleeing)


def phrase_key(noun: Token) -> str:
    """The noun with the compounds before it, as WordNet lists such names: "air force", "oil company"."""
    words = [c.lower_ for c in noun.children if c.dep_ == "compound" and c.i < noun.i]
    return " ".join([*words, noun_key(noun)])


def modified_key(noun: Token) -> str:
    """The noun with the adjectives and compounds right before it, as WordNet lists such names ("joint venture",
    "civil war", "general strike")."""
    words = [noun_key(noun)]
    doc, start = noun.doc, None  # the sentence found once, and only for a noun with a modifier before it
    i = noun.i - 1
    while i >= 0:
        word = doc[i]
        if word.head.i != noun.i or word.dep_ not in ("amod", "compound"):
            break
        if start is None:
            start = noun.sent.start
        if i < start:
            break
        words.insert(0, word.lower_)
        i -= 1
    return " ".join(words)


def noun_class(noun: Token) -> str | None:
    """The WordNet event class of a noun, its compound name first ("air force" is military, "force" not), then
    its name with adjectives ("joint venture")."""
    key = phrase_key(noun)
    modified = modified_key(noun)
    return (noun_event_type(key) if key != noun_key(noun) else None) or (
        noun_event_type(modified) if modified not in (key, noun_key(noun)) else None) or noun_event_type(
        noun_key(noun)) or noun_event_type(noun.lemma_)


# A model designation: letters, a hyphen and a number ("Su-27", "MiG-23s", "T-72"), as weapons and
# military craft are named.
DESIGNATION = re.compile(r"^[A-Z][A-Za-z]{0,3}-\d")


def designation(noun: Token) -> bool:
    """The noun is, or is named by, a model designation: "MiG-23s", "Mi-24 helicopters"."""
    return any(DESIGNATION.match(t.text) for t in [noun, *noun.children] if t.dep_ in (
        "compound", "amod", "nmod") or t is noun)


def hardware_type(nouns: list[Token]) -> str | None:
    """"purchased fighters", "ordered tanks": a noun one of whose senses is military hardware."""
    return "military" if any(n.pos_ == "NOUN" and names_hardware(noun_key(n)) for n in nouns) else None


def acquires_craft(verb: Token, objects: list[Token]) -> bool:
    """A state or a force that acquires craft or designated models ("the country bought four Mi-24
    helicopters", "Angola ordered two frigates"), also as the one they are sold or handed "to" ("the cruiser was sold
    to the Indian Navy", "transferred two frigates to Greece"; v1.1 arms transfers); a person who buys a boat does
    not, nor does a company a liner is sold to."""
    if not any(designation(o) or (o.pos_ == "NOUN" and names_craft(noun_key(o))) for o in objects):
        return False
    subjects = subjects_of(verb) + [g for c in verb.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"
                                    for g in c.children if g.dep_ == "pobj"]
    return any(s.ent_type_ in ("GPE", "NORP") or resolve_parties(s.text) or is_state_body(s.lemma_)
               or noun_key(s) in ("country", "nation", "state") or military_noun(s) for s in subjects)


def names_a_settlement(noun: Token, lex: TriggerLexicon) -> bool:
    """A town, city, colony or settlement: a place whose WordNet class (migration) is that of founding it (v1.1)."""
    return noun.pos_ == "NOUN" and noun_key(noun) in lex.territory_nouns and noun_class(noun) == "migration"


def wordnet_argument_type(nouns: list[Token], lex: TriggerLexicon, any_dep: bool = False,
                          founds: bool = True) -> str | None:
    """The WordNet event class of the argument a verb acts on ("founded a colony" -> migration, "created a
    company" -> economic, "purchased rifles" -> military): the direct object or the passive subject first,
    then a prepositional object; nouns the lexicon says name no argument class are passed over; a natural
    resource is economic ("discovered oil"). A settlement gives its class (migration) only to a verb that
    `founds` it: a town flooded, reached or granted a charter is not settled."""
    ranked = sorted((n for n in nouns if n.pos_ in NOUN_POS and (
        any_dep or n.dep_ in ("dobj", "nsubjpass", "pobj", "conj", "attr") or acted_on(n) or (
            n.dep_ == "appos" and n.head.dep_ in ("dobj", "nsubjpass")))),
                    key=lambda n: (n.dep_ not in ("dobj", "nsubjpass", "appos") and not acted_on(n), n.i))
    for noun in ranked:
        key = noun_key(noun)
        if key in lex.no_argument_class or (not founds and names_a_settlement(noun, lex)):
            continue
        found = noun_class(noun) or ("economic" if not noun.ent_type_ and names_resource(key) else None)
        if found:
            return found
        if names_a_school(key) and (noun.dep_ in ("dobj", "nsubjpass", "appos") or acted_on(noun)):
            # "opened a charter school", "a medical college was established in the city": schools and other
            # non-commercial bodies founded are other (set decisions), not what their modifiers or places name
            return "other"
    for noun in ranked:  # "the first edition of the standard was published": a classless head's "of" object
        if noun.dep_ in ("dobj", "nsubjpass") and not noun.ent_type_ and noun_class(noun) is None:
            for child in noun.children:
                if child.dep_ == "prep" and child.lower_ == "of":
                    for pobj in child.children:
                        if pobj.dep_ == "pobj" and pobj.pos_ == "NOUN" and noun_key(pobj) not in lex.no_argument_class:
                            found = noun_class(pobj)
                            if found:
                                return found
    for noun in ranked:  # "the railway line was completed": a compound says what kind of thing a bare head is
        for child in noun.children:
            if child.dep_ == "compound" and child.i < noun.i and noun_key(noun) not in lex.no_argument_class:
                found = noun_event_type(noun_key(child))
                if found:
                    return found
    return None


def military_object(verb: Token, by_actor: bool = True) -> bool:
    """The verb's direct object (or passive subject) is of WordNet's military class (weapons, troops,
    units) or names military hardware in one of its senses ("fighters", "tanks"); or (with `by_actor`) a
    military actor acquires or receives it ("the navy ordered four patrol boats")."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if participle_of(verb) is not None or antecedent(verb) is not None:
        objects.append(verb.head)  # "the brigade, deployed in 1990", "the troops that were deployed"
    objects.extend(conj for obj in list(objects) for conj in obj.conjuncts)
    objects = [obj for obj in objects if obj.pos_ in NOUN_POS]
    lex = load_trigger_lexicon()
    # "ordered the construction of three air bases", "the demobilisation of the fighters was ordered": an act
    # named by an event noun is on what its "of" phrase names
    objects.extend(pobj for obj in list(objects) if obj.pos_ == "NOUN" and (
        noun_key(obj) in lex.argument_typed_nouns or is_event_noun(obj, lex) or names_an_act(noun_key(obj)))
                   for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"
                   for pobj in c.children if pobj.dep_ == "pobj" and pobj.pos_ in NOUN_POS)
    if any(military_noun(obj) for obj in objects) or hardware_type(objects) or acquires_craft(verb, objects):
        return True
    return by_actor and bool(objects) and any(c.dep_ == "nsubj" for c in verb.children) and military_subject(
        verb, persons=False)


def argument_type(nouns: list[Token], lex: TriggerLexicon, deep: bool = False) -> str | None:
    for noun in nouns:
        noun = purposed_event_noun(noun, lex) or noun  # "the coup attempt failed" as "the coup failed"
        key = noun_key(noun)
        for word in (key, noun.lower_):
            if word in lex.argument_nouns:
                # "the economic crisis began": an event noun's own modifier decides as it does for the noun
                return modifier_of_event_noun(noun, word, lex) or lex.argument_nouns[word]
    if deep:  # "became a base for refugees": the noun's own "for"/"of" phrase
        for noun in nouns:
            if noun_key(noun) in lex.no_argument_class:
                continue  # "at the time of the test": a time, not what the verb acts on
            for child in noun.children:
                if child.dep_ == "prep" and child.lower_ in ("for", "of"):
                    found = argument_type([g for g in child.children if g.dep_ == "pobj"], lex)
                    if found:
                        return found
    return None


def modifier_of_event_noun(noun: Token, key: str, lex: TriggerLexicon) -> str | None:
    """The type an adjective or compound gives an event noun of the lexicon ("economic crisis")."""
    modifiers = lex.noun_entry(lex.nouns, key)[1]
    return next((modifiers[c.lemma_.lower()] for c in noun.children
                 if c.dep_ in ("amod", "compound") and c.lemma_.lower() in modifiers), None)


# Types a verb gets from its own meaning that a military actor turns into a military act: an army that
# arrives, enters, regroups or pulls out moves as a force (v1.1: deployments, retreats, troop withdrawals).
MOVES_OF_A_FORCE = {"other", "meeting", "migration", "withdrawal"}


def verb_type(verb: Token, lex: TriggerLexicon) -> tuple[str, str]:
    """(type, lemma) of a verb trigger; the argument decides where the verb alone does not."""
    kind, lemma = verb_type_alone(verb, lex)
    bare = verb.lemma_.lower()
    if kind != "leadership" and lemma == bare and names_a_fall(bare) and a_government_falls(verb):
        return "leadership", lemma  # "the coalition government collapsed", "rebels toppled the president" (v1.1)
    purposed = purposed_act(verb, lex)
    if purposed is not None:
        found = verb_type(purposed, lex)[0]
        if found not in ("other", "policy"):
            return found, lemma  # "announced plans to build a park" economic, "made an attempt to encircle" conflict
    # only a light verb or one of no type of its own: "oversaw the reform of the army" stays a leader's act
    planned = planned_act_type(verb, lex) if bare in lex.light_verbs or kind in ("other", "policy") else None
    if planned is not None:
        return planned, lemma  # "launched a programme of privatisation" economic
    if bare == "become" and lemma == bare and kind in ("other", "economic") and renamed_or_made_a_state(verb):
        return "policy", lemma  # "the committee became the American Standards Association": a renaming
    if bare in lex.speech_verbs and lemma == bare and delivers_a_speech(verb, lex):
        # "delivered his inaugural address": a statement, not a delivery of goods
        return ("policy" if official_actor(verb, lex) else "other"), lemma
    if kind in ("policy", "other") and lemma == bare and bare in lex.directive_verbs and directs_forces(verb, lex):
        return "military", lemma  # "called on the states to send troops", "decided to deploy two battalions"
    if kind == "policy" and lemma == bare and bare in lex.constitutive_verbs and ends_or_sets_up_a_regime(verb):
        return "other", lemma  # "the monarchy was abolished", "proclaimed a republic" (v1.1: regimes are other)
    if kind in ("policy", "economic", "withdrawal", "other") and (
            lemma == bare and bare in lex.constitutive_verbs or any(names_a_fall(w) for w in lemma.split()) and not any(
                c.dep_ == "dobj" for c in verb.children)) and ends_or_sets_up_a_state(verb):
        # "the empire was dissolved", "the Soviet Union collapsed", "the kingdom was abolished", also a phrase of
        # falling ("the empire fell apart", "began to collapse"): a state's end or establishment (v1.1 other), not a
        # company wound up nor a measure lapsing
        return "other", lemma
    if kind in MOVES_OF_A_FORCE and (military_subject(verb) or moves_to_fight(verb, lex) or moves_a_force(verb)) and (
            not argument_type([c for c in verb.children if c.dep_ == "dobj"], lex)):
        # "the troops withdrew from the city", "the regiment entered the town"; what a force does to a happening
        # is that happening's act ("the rebels declared independence": v1.1 other)
        return "military", lemma
    if kind == "policy" and lemma == verb.lemma_.lower() and (military_subject(verb, persons=False) or military_object(
            verb)) and argument_type(argument_nouns(verb), lex) in (None, "military"):
        return "military", lemma  # "ordered the regiment to the coast", "the units were incorporated into the army"
    if kind == "agreement" and lemma == bare and bare in lex.merging_verbs and (merged := merging_type(verb, lex)):
        return merged, lemma  # "the two banks merged" economic, "the provinces were merged" policy
    if kind == "policy" and lemma == bare and bare in lex.status_verbs and not changes_a_status(verb, lex):
        # "Texas was incorporated into the Union" is policy; "the firm was incorporated in 1890" economic, "the
        # study of logic was incorporated into modern logic" no act of a state
        return wordnet_argument_type(acted_upon(verb), lex, any_dep=True) or "other", lemma
    if kind == "other" and lemma == bare and bare in lex.role_verbs and takes_a_post(verb):
        return "leadership", lemma  # "became prime minister", "became dean of the faculty" (v1.1: taking office)
    if kind in ("other", "policy") and puts_in_office(verb, lex):
        return "leadership", lemma  # "selected him as its provisional president", "proclaimed himself king"
    if kind in ("conflict", "military") and lex.entry(lex.verbs, bare)[0] in (None, "other", "policy") and puts_in_office(
            verb, lex):
        return "leadership", lemma  # "was named secretary of war": the office, not its "of" noun, decides
    if kind == "leadership" and lemma == bare and (any(c.dep_ == "ccomp" and any(g.dep_ == "mark" for g in c.children)
                                                     for c in verb.children) or judges_a_case(verb, lex)):
        return "policy", lemma  # "the court ruled that ...", "ruled in favour of the ban": a decision, not a reign
    if kind == "leadership" and joins_a_body(verb, lex):
        return "agreement", lemma  # "was elected to the academy": a membership
    if kind == "policy" and bare in lex.verbs and (joins_a_body(verb, lex) and not admits_a_territory(verb, lex) or (
            admitted_to_an_organisation(verb, lex))):
        # "the club was admitted to the league", "the country was admitted to the United Nations": joining an
        # organisation (v1.1 agreement)
        return "agreement", lemma
    if bare in lex.configurable_verbs and kind == "policy" and any(c.dep_ == "xcomp" for c in verb.children):
        return "other", lemma  # "the clock was set to read noon": configured, not decided
    if kind == "policy" and lemma == bare and bare in lex.territory_transfer_verbs and not transfers_territory(
            verb, lex) and a_company_takes_part(verb):
        return "economic", lemma  # "the company acquired its rival", "was acquired by a brewery": a company bought
    if bare in lex.territory_transfer_verbs and kind in ("migration", "other", "economic") and transfers_territory(verb, lex):
        return "policy", lemma  # "the colony was transferred to the crown", "ceded the province"
    if kind in ("other", "migration") and lemma == bare and "control" in lex.idioms.get(bare, {}) and transfers_territory(
            verb, lex):
        # "regained the city", "lost the province to its rival": a place gained or lost is control of it gained or
        # lost, as the verb's "control" idiom is typed (v1.1 conflict: captures, occupation of territory)
        return lex.idioms[bare]["control"], lemma
    if lemma in lex.in_force_idioms or any(f"{bare} {c.lower_} {g.lower_}" in lex.in_force_idioms
                                           for c in verb.children if c.dep_ == "prep" for g in c.children):
        subjects = [c for c in verb.children if c.dep_ in SUBJECTS]
        found = argument_type(subjects, lex) or wordnet_argument_type(subjects, lex, any_dep=True)
        if found in ("policy", "agreement"):
            return found, lemma  # "the new code took effect": a law in force is policy, a treaty agreement
    if kind == "leadership" and lemma == bare and bare in lex.succession_verbs and not succeeds_a_person(verb, lex):
        # "the monarchy was succeeded by a republic": no office changed hands; "the currency was replaced"
        return wordnet_argument_type(argument_nouns(verb), lex) or "other", lemma
    if kind == "other" and lemma == bare and bare in lex.directive_verbs and any(
            c.dep_ == "xcomp" for c in verb.children) and subjects_of(verb) and (official_actor(verb, lex) or any(
                s.pos_ == "NOUN" and actor_class(s.lemma_) in ("organisation", "polity") for s in subjects_of(verb))):
        return "policy", lemma  # "the commission voted to remove the species from the list": a body's decision
    if kind == "other" and lemma == bare and names_backing(bare) and deals_with_a_company(verb):
        return "agreement", lemma  # "was sponsored by a carmaker", "endorsed a bank": a sponsorship deal
    if kind == "other" and lemma == bare and awarded_since(verb, lex):
        return "policy", lemma  # "the prize has been awarded since 2007": the standing result of its creation
    if kind == "other" and lemma == bare and takes_on_for_a_company(verb, lex):
        return "agreement", lemma  # "Longines named him its brand ambassador": an endorsement deal (set decisions)
    if kind == "other" and lemma == bare and decides(verb, lex):
        return "policy", lemma  # "the congress resolved to appoint a committee", "the council determined that ..."
    if kind == "conflict" and lemma == bare and names_filming(bare) and films_a_work(verb):
        return "other", lemma  # "began shooting his second film", "the film was shot in Crimea": film work
    if kind == "conflict" and lemma == bare and wrecked_by_accident(verb):
        return "other", lemma  # "the liner sank after striking an iceberg": an accident, no attack
    if kind == "leadership" and lemma == f"{bare} over" and prt_is(verb, "over") and any(
            c.dep_ == "dobj" and c.ent_type_ in ("GPE", "LOC") for c in verb.children):
        return "conflict", lemma  # "took over the Middle East": territory taken, not an office
    if kind == "policy" and lemma == bare and private_person_acts(verb, lex) and (
            wordnet_argument_type(argument_nouns(verb), lex) is None) and not (
            bare not in lex.verbs and verb_event_type(bare) == "policy"):
        # ... but a verb that WordNet alone makes policy is so whoever acts ("patented a process")
        return "other", lemma  # "the psychiatrist introduced the term": a scholar's usage, not an act of a state
    if kind == "policy" and lemma == bare and bare in lex.spreading_verbs and brought_to_a_place(verb, lex):
        # "the abacus was introduced to Japan", "introduced the art to Australia": a thing spread, not a law
        found = wordnet_argument_type(acted_upon(verb), lex, any_dep=True)
        return found or "other", lemma
    if kind == "policy" and lemma == bare and bare in lex.statement_verbs and verb.tag_ in ("VBZ", "VBP"):
        return "other", lemma  # "the agency states that a billion people work in farming": a report (v1.1 other)
    if kind == "meeting" and lemma == bare and bare in lex.visit_verbs and a_company_of_players_travels(verb, lex):
        return "other", lemma  # "the orchestra toured Europe", "the team travelled to Australia": a trip (set decisions)
    if kind == "meeting" and lemma == bare and bare not in lex.visit_verbs and stages_a_show(verb, lex):
        return "other", lemma  # "hosted the World Cup", "hosted the 1964 Olympics": a contest or a show, no meeting
    if kind in ("conflict", "life", "military") and lemma == bare and a_disaster_acts(verb):
        # "the plague killed a third of the city", "smallpox was eradicated", "the flood destroyed the dam": the disaster's
        # own happening (v1.1 other: natural disasters), no attack; a named person it kills dies (life)
        return ("life" if kills_a_named_person(verb) else "other"), lemma
    if kind == "conflict" and lemma == bare and verb_event_type(bare) == "life" and kills_a_named_person(verb):
        return "life", lemma  # "Savimbi was killed in action in 2002": the death of a named person (v1.1 life)
    if kind in ("conflict", "other") and lemma == bare and names_wounding(bare) and one_person_harms_another(verb):
        return "life", lemma  # "a gunman shot the mayor", "he was poisoned by his brother": an assassination (v1.1)
    if kind == "life" and lemma == bare and unnamed_person(verb):
        return "other", lemma  # "a daughter who was born and died the same year": v1.1 life is for named persons
    if kind == "policy" and lemma == bare and bare in lex.statement_verbs and not official_actor(verb, lex):
        return "other", lemma  # "the novelist stated that ...": not a state's position
    if kind == "other" and lemma.split()[0] == bare and bare not in lex.light_verbs and names_a_change(bare) and (
            rearranges(verb) and not private_person_acts(verb, lex)):
        return "policy", lemma  # "the ceremony was moved to February", "changed the format": a body's own rules
    if kind in ("other", "withdrawal") and lemma.split()[0] == bare and closes_a_company(verb, lemma):
        return "economic", lemma  # "the bank failed in 1931", "the firm ceased operations", "the mill was closed down"
    if kind == "withdrawal" and lemma == bare and bare in lex.light_verbs:
        ended = ended_happening(verb, lex)
        if ended is not None:
            return ended, lemma  # "the civil war ended in 2002" conflict, "his reign ended" leadership
    if kind in ("other", "withdrawal") and lemma == bare and not names_handling(bare) and sets_a_charge(verb, lex):
        return "policy", lemma  # "the government raised the minimum wage", "income tax was cut", "froze prices"
    if kind == "other" and lemma == bare and bare not in lex.light_verbs and alters_a_structure(verb):
        return "economic", lemma  # "the airport was expanded", "widened the road", "the line was extended to Oxford"
    if kind == "economic" and lemma == bare and names_handling(bare) and makes_a_device(verb):
        return "other", lemma  # "the first electronic computer was built in 1946": a device made, not infrastructure
    if kind == "military" and lemma == bare and runs_a_machine(verb):
        return "other", lemma  # "fired its main engine", "the motors were fired for six minutes": no weapon fired
    if kind == "life" and lemma == bare and bare not in lex.verbs and leaves_a_thing(verb):
        # "the crew exited quarantine", "passed the exam": WordNet's verb of dying in a sense with an object
        return wordnet_argument_type(acted_upon(verb), lex) or "other", lemma
    if kind == "economic" and lemma == bare and bare in lex.finding_words and finds_an_element(verb, [
            c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]):
        return "other", lemma  # "Davy isolated potassium in 1807", "helium was discovered in 1868": a finding
    if kind == "leadership" and lemma == bare and retires_from_an_activity(verb):
        return "other", lemma  # "retired from writing her column": an activity given up, not an office
    if kind in ("meeting", "migration", "other") and (goes_to_a_school(verb) or goes_to_study(verb)) and (
            not official_actor_named(verb, lex)):
        return "other", lemma  # "went up to Balliol College", "went to Paris to study": schooling, no settling
    if kind == "other" and lemma == bare and bare not in lex.light_verbs and bare not in lex.argument_typed_verbs:
        # ... a verb whose argument decides keeps it: "the commission was formed to develop standards" (a body founded)
        act = act_of_purpose(verb)
        found = verb_type(act, lex)[0] if act is not None else None
        if found not in (None, "other"):
            return found, lemma  # "used the tar to pave the road" economic, "worked with the council to impose sanctions"
    if kind == "other" and lemma == bare and verb.tag_ not in ("VBZ", "VBP") and a_law_acts(verb):
        return "policy", lemma  # "the 1921 constitution established a senate", "a new law gave women the vote"
    if kind == "other" and lemma == bare and displaces_people(verb, lex):
        return "migration", lemma  # "the Creeks were removed to the west", "moved the tribes to a reservation"
    if kind in ("meeting", "other", "withdrawal") and lemma == bare and relocates(verb, lex):
        return "migration", lemma  # "she moved to Berlin", "he returned to Germany"
    if kind in ("migration", "other") and lemma == bare and (kind == "migration" or names_motion(bare)) and (
            a_business_moves(verb)):
        return "economic", lemma  # "the firm relocated to Zurich", "the bank expanded into Canada": a company's act
    return kind, lemma


def a_business_moves(verb: Token) -> bool:
    """The one who moves is a company by its WordNet senses ("the company", "the franchise", "the bank"), itself or
    what is its own ("moved its headquarters"; not "sent two engineers"): its move is a company's act (set decisions:
    company events are economic), not people settling (v1.1 migration)."""
    if any(c.dep_ == "dobj" and not any(p.dep_ == "poss" and p.pos_ == "PRON" for p in c.children)
           for c in verb.children):
        return False
    return any(s.pos_ == "NOUN" and not s.ent_type_ and names_a_business(noun_key(s)) for s in (
        subjects_of(verb) or [c for c in verb.children if c.dep_ == "nsubjpass"]))


# What ends as a happening of its own: the end of a war, an occupation or a reign is that happening's, as the noun "the
# end of the war" is; a deal, a measure, a programme, aid or talks that end lapse or are cut off (v1.1 withdrawal).
ENDED_HAPPENINGS = ("conflict", "military", "leadership", "life", "migration", "other")


def ended_happening(verb: Token, lex: TriggerLexicon) -> str | None:
    """The type of what a light verb of ending ends (its object, or the subject of an intransitive use), when that
    is a happening of its own rather than a tie, a deal or a measure: "the civil war ended in 2002", "the
    government ended the war" (conflict), "his reign ended" (leadership), "the famine ended" (other); None for
    "the alliance ended", "ended its aid", "the embargo ended" (withdrawal: a lapse or a cut-off)."""
    things = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if not things:
        things = [c for c in verb.children if c.dep_ == "nsubj"]
    things = [t for t in things if t.pos_ in NOUN_POS]
    things.extend(conj for t in list(things) for conj in t.conjuncts if conj.pos_ in NOUN_POS)
    found = argument_type(things, lex) or noun_type_of(things, lex) or wordnet_argument_type(things, lex, any_dep=True)
    return found if found in ENDED_HAPPENINGS else None


def names_a_company(noun: Token) -> bool:
    """A business by one of its WordNet senses ("the bank", "a brewery", "the firm", "the newspaper"), also a name headed
    by one ("the Northern Steel Company", "Meadows Bank")."""
    if noun.pos_ == "NOUN":
        return not noun.ent_type_ and names_a_business(noun_key(noun))
    return noun.pos_ == "PROPN" and noun.ent_type_ in ("ORG", "") and names_a_business(noun.lower_)


def names_its_failure(verb: Token) -> bool:
    """A verb whose complement names a business's failing: an adjective of closing ("went bankrupt") or the object of
    its preposition naming insolvency or its proceedings, also as its compound ("filed for bankruptcy", "went into
    receivership", "filed for bankruptcy protection"); the verb itself is only light."""
    if any(c.dep_ == "acomp" and names_a_closure(c.lemma_.lower()) for c in verb.children):
        return True
    objects = [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    nouns = objects + [c for g in objects for c in g.children if c.dep_ == "compound"]
    return any(names_a_failure(noun_key(n)) for n in nouns)


def closes_a_company(verb: Token, lemma: str) -> bool:
    """A verb of closing down, failing, ceasing or dissolving (WordNet's closures) whose undergoer is a company, a bank
    or a business: "the bank failed in 1931", "the brewery closed", "the firm was dissolved", "the owners closed the
    mill"; or whose subject is one that ceases an activity ("the company ceased operations", "the bank stopped
    trading"). `lemma` is the verb's, or its phrasal verb's ("shut down"). Set decisions: companies closed, liquidated
    or wound up are economic."""
    if not (names_a_closure(lemma) or names_a_closure(verb.lemma_.lower()) or names_its_failure(verb)):
        return False
    things = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if participle_of(verb) is not None or antecedent(verb) is not None:
        things.append(verb.head)
    # "ceased operations", "stopped trading": the subject ceases its activity; an act of a class of its own ("ended its
    # sponsorship") is typed by that class's rules instead
    ceased = [c for c in verb.children if (c.dep_ == "dobj" and c.pos_ == "NOUN" and (
        names_an_act(noun_key(c)) or names_an_act(c.lower_)) and noun_class(c) in (None, "economic")) or (
        c.dep_ == "xcomp" and c.tag_ == "VBG")]
    if not things or ceased:
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if verb.dep_ == "relcl" and any(c.tag_ in RELATIVE_TAGS for c in subjects):
            subjects = [verb.head]  # "the bank, which failed in 1931"
        if not subjects and verb.dep_ == "advcl" and verb.tag_ == "VBG" and is_verb(verb.head):
            # "the company was wound up, ceasing operations in 1917": a participle clause's subject is its head's
            subjects = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
            if verb.head.dep_ == "relcl" and any(c.tag_ in RELATIVE_TAGS for c in subjects):
                subjects = [verb.head.head]
        things.extend(subjects)
    things.extend(conj for t in list(things) for conj in t.conjuncts)
    return any(names_a_company(t) for t in things)


def sets_a_charge(verb: Token, lex: TriggerLexicon) -> bool:
    """A state, a body of a state or an office holder (or no one named, as in "taxes were raised") changes a charge:
    what the verb acts on is a cost, a levy or a price by WordNet ("raised the minimum wage", "income tax was cut",
    "froze the price of bread", "lowered interest rates"), a level set by its authority (v1.1 policy). A company's or
    a person's prices and wages are no act of a state, and neither is a charge paid or received (a verb of
    possession, left to the caller)."""
    things = [t for t in acted_upon(verb) if t.pos_ == "NOUN" and not t.ent_type_]
    if not any(names_a_charge(phrase_key(t)) or names_a_charge(noun_key(t)) for t in things):
        return False
    subjects = subjects_of(verb)
    return official_actor(verb, lex) and not any(
        (s.ent_type_ in ("ORG", "PERSON") and not is_state_body(s.lemma_) and not resolve_parties(s.text)) or (
            s.pos_ == "NOUN" and not s.ent_type_ and noun_class(s) == "economic") for s in subjects)


def brought_to_a_place(verb: Token, lex: TriggerLexicon) -> bool:
    """A "to" object that is a place or a people: a named state, city, region or nation ("to Japan", "to the
    Chinese", "to Europe"), also one the gazetteer knows; "introduced the bill to parliament" is none."""
    return any(c.dep_ == "prep" and c.lower_ == "to" and any(
        g.dep_ == "pobj" and (g.ent_type_ in ("GPE", "LOC", "NORP") or (g.pos_ == "PROPN" and resolve_parties(g.text)))
        for g in c.children) for c in verb.children)


def alters_a_structure(verb: Token) -> bool:
    """A verb of making or of enlarging (WordNet's handling and enlarging, not of wounding or destroying) whose object
    or passive subject is infrastructure or a building by WordNet's economic class ("the airport was expanded",
    "widened the road", "the railway line was extended", "the station was rebuilt"): construction works (v1.1
    economic: construction and completion of infrastructure). A structure harmed ("the bridge was damaged") is an
    accident or an attack, typed by its own rules; a company changed is left to them too."""
    bare = verb.lemma_.lower()
    if names_wounding(bare) or not (names_handling(bare) or names_enlarging(bare)):
        return False
    # the noun itself, or its compound name ("railway line"), not what a compound says its subject is ("trade
    # statistics published" is no structure)
    things = [t for t in acted_upon(verb) if t.pos_ == "NOUN" and not t.ent_type_]
    return bool(things) and not any(names_a_company(t) for t in things) and any(
        noun_class(t) == "economic" and not names_a_work(noun_key(t)) for t in things)


def makes_a_device(verb: Token) -> bool:
    """What a verb of making builds is one device by WordNet, of no event class and no military hardware ("built a
    robot", "the telescope was constructed"; set decisions: devices made are technology milestones, other); not a
    number of them ("built 500 engines": production) nor a structure ("built a bridge": economic)."""
    things = acted_upon(verb)
    return bool(things) and all(
        t.pos_ == "NOUN" and not t.ent_type_ and names_a_device(noun_key(t)) and noun_class(t) is None
        and not names_hardware(noun_key(t)) and t.tag_ == "NN" and not any(c.dep_ == "nummod" for c in t.children)
        for t in things)


def runs_a_machine(verb: Token) -> bool:
    """What a verb of firing acts on is a machine by WordNet's first sense, no weapon and of no event class
    ("fired the engine", "the motors were fired"; set decisions: launches and orbital manoeuvres are other)."""
    things = acted_upon(verb)
    return bool(things) and all(
        t.pos_ == "NOUN" and not t.ent_type_ and names_a_device(noun_key(t)) and noun_class(t) is None
        and not names_hardware(noun_key(t)) for t in things)


def leaves_a_thing(verb: Token) -> bool:
    """The verb has a direct object that is no person: "exited quarantine" is a leaving, not a death (WordNet
    lists "exit" and "pass" among the verbs of dying only in their intransitive sense)."""
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.tag_ not in RELATIVE_TAGS]
    return bool(objects) and all(o.pos_ in ("NOUN", "PROPN") and o.ent_type_ != "PERSON" and not (
        o.pos_ == "NOUN" and actor_class(o.lemma_) == "person") for o in objects)


def retires_from_an_activity(verb: Token) -> bool:
    """What one retires or resigns "from" is an activity named by a gerund ("retired from writing her
    newsletter", "resigned from teaching") or by a noun whose first WordNet sense is an act of no event class (a sport,
    a craft: "retired from professional tennis", "retired from acting"), not an office or a body ("retired from the
    presidency", "resigned from the cabinet")."""
    return any(c.dep_ == "prep" and c.lower_ == "from" and any(
        g.dep_ in ("pcomp", "pobj") and (g.tag_ == "VBG" or (
            g.tag_ == "NN" and not g.ent_type_ and names_an_act(noun_key(g)) and noun_class(g) is None))
        for g in c.children) for c in verb.children)


def goes_to_study(verb: Token) -> bool:
    """A journey made to study: a purpose infinitive whose verb is of cognition by WordNet ("went to Paris to study",
    "travelled to Vienna to learn composition", "went to Rome ready to study"); "went to Geneva to negotiate" is
    not."""
    if not any(c.dep_ == "prep" and c.lower_ in ("to", "for") for c in verb.children) and not any(
            c.dep_ == "dobj" and c.ent_type_ in ("GPE", "LOC") for c in verb.children):
        return False  # a journey goes somewhere; "a conference took place to explore a peace" is none
    purposes = [c for c in verb.children if c.dep_ in ("advcl", "xcomp")]
    # "went to Paris ready to study": the infinitive of an adjective of readiness
    purposes.extend(g for c in purposes if c.pos_ == "ADJ" for g in c.children if g.dep_ == "xcomp")
    return any(c.tag_ == "VB" and names_studying(c.lemma_.lower()) and is_to_infinitive(c) for c in purposes)


def goes_to_a_school(verb: Token) -> bool:
    """A move whose destination (a "to" or "into" object) is a school by WordNet, named ("went up to Balliol
    College", "moved to Harvard University") or not ("went to a boarding school"): schooling (v1.1 other)."""
    return any(c.dep_ == "prep" and c.lower_ in ("to", "into") and any(
        g.dep_ == "pobj" and g.pos_ in NOUN_POS and names_a_school(noun_key(g)) for g in c.children)
        for c in verb.children)


def purposed_act(verb: Token, lex: TriggerLexicon) -> Token | None:
    """The act an object of purpose names by its infinitive: "announced plans to build a park" (build), "made
    an attempt to encircle the Americans" (encircle)."""
    for obj in verb.children:
        if obj.dep_ in ("dobj", "nsubjpass") and obj.pos_ == "NOUN" and (
                noun_key(obj) in lex.purpose_nouns or obj.lower_ in lex.purpose_nouns):
            for act in obj.children:
                if act.dep_ in ("acl", "relcl") and act.pos_ == "VERB" and act.tag_ == "VB" and is_to_infinitive(act):
                    return act
    return None


def act_of_purpose(verb: Token) -> Token | None:
    """The act a "to" infinitive says the verb was done for, with no subject of its own: "used the tar to pave the
    road" (pave), "partnered with a chef to start a restaurant chain" (start), "worked with the council to impose
    sanctions" (impose); not what a verb of thinking, feeling or saying intends, wishes, promises or refuses
    ("decided to build", "hoped to join", "refused to sign": WordNet's intentions), nor an act of hindering ("organised
    the protesters to prevent the construction": WordNet's hindering verbs; no construction), nor one of thinking,
    feeling or saying ("used oils to depict a bombing": no bombing)."""
    if names_an_intention(verb_key(verb)) or any(c.dep_ in ("acomp", "attr") for c in verb.children):
        return None  # ... nor what a thing proved ready or unready to do
    # an infinitive right after the verb completes it ("offered to place", "moved quickly to capture"); one after the
    # verb's object or partner is what the verb was done for ("used the tar to pave", "worked with the council to impose")
    done_for = any(c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ == "with") for c in verb.children)
    # ... but one after an object that is an actor is what the actor was led or made to do ("a poor harvest led
    # Washington to suspend sales", "forcing them to surrender"): the verb's own act is no more than causing it
    caused = any(c.dep_ == "dobj" and (c.pos_ == "PRON" or c.ent_type_ in ("PERSON", "NORP", "GPE", "ORG") or (
        c.pos_ == "NOUN" and actor_class(c.lemma_) in ("person", "group", "polity", "organisation"))) for c in verb.children)
    for act in verb.children:
        if (act.dep_ == "advcl" or (act.dep_ == "xcomp" and done_for and not caused)) and act.pos_ == "VERB" and act.tag_ == "VB" and not (
                names_hindering(verb_key(act)) or names_an_intention(verb_key(act))) and is_to_infinitive(act) and not any(
                c.dep_ in SUBJECTS for c in act.children):
            return act
    return None


PLAN_PREPOSITIONS = ("on", "upon")


def planned_act_type(verb: Token, lex: TriggerLexicon) -> str | None:
    """The type of what a programme or campaign a verb acts on is of: "launched a programme of privatisation"
    economic, "began a campaign of bombing" conflict, "embarked on a scheme of land reform" (v1.1: a light verb
    takes the type of its object; a plan's type is that of what is planned). A plan noun that names a happening
    of its own ("a war of conquest") keeps it, and what is planned must have a type of its own (not other)."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    objects.extend(g for c in verb.children if c.dep_ == "prep" and c.lower_ in PLAN_PREPOSITIONS
                   for g in c.children if g.dep_ == "pobj")
    for obj in objects:
        if obj.pos_ != "NOUN" or not names_a_plan(noun_key(obj)) or noun_class(obj) not in (None, "policy"):
            continue
        planned = [g for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"
                   for g in c.children if g.dep_ == "pobj" and g.pos_ == "NOUN"]
        found = noun_type_of(planned, lex) or wordnet_argument_type(planned, lex, any_dep=True)
        if found is not None and found != "other":
            return found
    return None


def private_meeting(verb: Token, parties: list[str], persons: set[str], lex: TriggerLexicon) -> bool:
    """A visit, a trip or a meeting whose only actors are private persons (named persons of the article whom
    the gazetteer does not know as leaders, with no office named): "he visited Japan", "she met a painter in
    Paris" (set decisions: trips are other); a leader's visit stays a meeting, and so does one whose object is a
    meeting ("attended the conference")."""
    if not parties or official_actor_named(verb, lex) or any(
            "meeting" in (noun_type_of([n], lex), argument_type([n], lex)) or (n.pos_ == "NOUN" and noun_class(n) == "meeting")
            for n in argument_nouns(verb)):
        return False
    gaz = load_gazetteer()
    places = places_gone_to(verb, lex)
    actors = [p for p in parties if p not in places]
    return bool(actors) and all(p in persons and fold(p) not in gaz.persons for p in actors)


def official_actor_named(verb: Token, lex: TriggerLexicon) -> bool:
    """The verb's subject names a state, a body or an office ("President X", "the minister"), not only a
    person or a pronoun."""
    subjects = subjects_of(verb)
    return any(s.pos_ != "PRON" for s in subjects) and official_actor(verb, lex) and not all(
        s.ent_type_ == "PERSON" and fold(s.text) not in load_gazetteer().persons and not any(
            c.dep_ in ("compound", "appos", "amod") and c.ent_type_ != "PERSON" for c in s.children) for s in subjects)


def films_a_work(verb: Token) -> bool:
    """What a verb of filming acts on is a work: a noun whose WordNet sense is a film, a show, a book or footage
    ("shot his first feature film", "the documentary was shot in 1966"), or a title the model takes for a work or
    an organisation ("began shooting Stalker"); not a person, a place or a craft."""
    things = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if participle_of(verb) is not None or antecedent(verb) is not None:
        things.append(verb.head)
    things.extend(a for t in list(things) for a in t.children if a.dep_ == "appos")
    return any((t.pos_ == "NOUN" and not t.ent_type_ and names_a_work(noun_key(t))) or (
        t.pos_ == "PROPN" and t.ent_type_ in ("WORK_OF_ART", "ORG")) for t in things)


def rearranges(verb: Token) -> bool:
    """What the verb acts on (its object, its passive subject, the subject of an intransitive use, the noun a
    participle or relative clause modifies) is how happenings are arranged or run: a ceremony, a season, a
    date, a rule, a format ("the ceremonies were moved to Sundays", "the league changed its playoff format"); a
    noun with an event class of its own ("changed its policy") is typed by that class's rules instead."""
    things = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if participle_of(verb) is not None or antecedent(verb) is not None:
        things.append(verb.head)
    things.extend(undergoers(verb))
    things.extend(conj for t in list(things) for conj in t.conjuncts)
    return any(t.pos_ == "NOUN" and not t.ent_type_ and names_an_arrangement(noun_key(t)) and noun_class(t) is None
               for t in things)


def deals_with_a_company(verb: Token) -> bool:
    """One side of a backing verb is a company: a named organisation or brand, or a noun of WordNet's business class
    ("sponsored by Acme", "the brewery sponsored the club", "endorsed a watchmaker"); not a state."""
    parties = [c for c in verb.children if c.dep_ in ("dobj", "nsubj", "nsubjpass")]
    parties.extend(passive_agents(verb))
    parties.extend(conj for p in list(parties) for conj in p.conjuncts)
    return any(p.ent_type_ in ("ORG", "PRODUCT") or (p.pos_ == "NOUN" and not p.ent_type_ and noun_class(p) == "economic")
               for p in parties)


def awarded_since(verb: Token, lex: TriggerLexicon) -> bool:
    """An award given "since" a time: the verb is "award", or what it gives is an award by its head word ("the
    prize has been awarded since 2007", "have presented the medal since 1990", "the X Award has been given since"),
    and a "since" phrase governs it."""
    if not any(c.dep_ == "prep" and c.lower_ == "since" for c in verb.children):
        return False
    return verb.lemma_.lower() == "award" or any(
        t.pos_ in NOUN_POS and (t.lower_ in lex.award_nouns or noun_key(t) in lex.award_nouns) for t in acted_upon(verb))


def takes_on_for_a_company(verb: Token, lex: TriggerLexicon) -> bool:
    """A person put in a role that is no office ("named him its brand ambassador", "was named the spokesman of a
    fragrance", "signed her as the face of the label") by or for a company: an endorsement or agency deal (set
    decisions: agreement); an office ("named him chief executive") is leadership by puts_in_office."""
    roles = [c for c in verb.children if c.dep_ in ("oprd", "attr")]
    roles.extend(g for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children if g.dep_ == "pobj")
    roles.extend(c for c in verb.children if c.dep_ == "dobj" and not c.ent_type_ and any(
        g.dep_ == "poss" for g in c.children) and any(s.dep_ == "nsubjpass" for s in verb.children))
    roles = [r for r in roles if r.pos_ == "NOUN" and actor_class(r.lemma_) == "person" and not any(
        w.lower_ in lex.office_nouns or noun_key(w) in lex.office_nouns for w in [r, *r.children]
        if w is r or (w.dep_ in ("amod", "compound") and w.i < r.i))]
    if not roles:
        return False
    companies = [g for r in roles for c in r.children if c.dep_ == "prep" and c.lower_ in ("of", "for")
                 for g in c.children if g.dep_ == "pobj"]
    companies.extend(a for g in list(companies) for a in g.children if a.dep_ == "appos")
    return deals_with_a_company(verb) or any(g.ent_type_ in ("ORG", "PRODUCT") or (
        g.pos_ == "NOUN" and not g.ent_type_ and noun_class(g) == "economic") for g in companies) or any(
        c.dep_ in ("compound", "amod") and c.lower_ in lex.commercial_modifiers for r in roles for c in r.children)


def decides(verb: Token, lex: TriggerLexicon) -> bool:
    """A verb of deciding (WordNet's: "decide", "determine", "resolve", "choose") with what is decided as a
    clause ("resolved to appoint a committee", "determined that the city would remain the capital"), whose
    actor is a state or a body ("the assembly", "it"), not a private person ("he decided to move")."""
    bare = verb.lemma_.lower()
    if not names_a_decision(bare) or bare in lex.idioms or not any(
            c.dep_ == "xcomp" or (c.dep_ == "ccomp" and any(g.dep_ == "mark" for g in c.children))
            for c in verb.children):
        return False
    subjects = subjects_of(verb)
    if any(s.ent_type_ == "PERSON" or s.lower_ in ("he", "she", "i", "we") or (
            s.pos_ == "NOUN" and actor_class(s.lemma_) in ("person", "group")) for s in subjects):
        return False
    return bool(subjects) and (official_actor(verb, lex) or any(
        s.pos_ == "NOUN" and actor_class(s.lemma_) in ("organisation", "polity") for s in subjects))


def renamed_or_made_a_state(verb: Token) -> bool:
    """What a body or a territory "became": another proper name of the same kind of thing (a renaming, set
    decisions: policy), or a polity ("became a separate country": a change of status, v1.1 policy)."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects or any(s.ent_type_ == "PERSON" or s.lower_ in ("he", "she", "i", "we") or (
            s.pos_ == "NOUN" and actor_class(s.lemma_) in ("person", "group")) for s in subjects):
        return False
    for attr in (c for c in verb.children if c.dep_ == "attr"):
        if attr.pos_ == "PROPN" and attr.ent_type_ not in ("PERSON", "DATE", "NORP", ""):
            return True
        if attr.pos_ == "NOUN" and actor_class(attr.lemma_) == "polity" and noun_class(attr) is None:
            return True
    return False


def judges_a_case(verb: Token, lex: TriggerLexicon) -> bool:
    """The verb is in a phrase of judging of the lexicon ("ruled in favour of the ban", "ruled against the company"):
    its lemma with a preposition, alone or with the preposition's object ("rule in favour")."""
    bare = verb.lemma_.lower()
    return any(c.dep_ == "prep" and (f"{bare} {c.lower_}" in lex.ruling_phrases or any(
        f"{bare} {c.lower_} {g.lower_}" in lex.ruling_phrases for g in c.children if g.dep_ == "pobj"))
               for c in verb.children)


def prt_is(verb: Token, word: str) -> bool:
    prt = particle(verb)
    return prt is not None and prt.lower_ == word


def wrecked_by_accident(verb: Token) -> bool:
    """A craft that sinks or founders of itself ("the liner sank after striking an iceberg"): an intransitive
    verb whose subject is a craft; ships that "were sunk" were sunk by someone."""
    if any(c.dep_ in ("dobj", "agent", "nsubjpass") for c in verb.children):
        return False
    return any(c.dep_ == "nsubj" and c.pos_ in NOUN_POS and (
        names_craft(noun_key(c)) or c.ent_type_ == "PRODUCT") for c in verb.children)


def private_person_acts(verb: Token, lex: TriggerLexicon) -> bool:
    """The verb's actor is a person who speaks for no state: a named person the gazetteer does not know, or a
    professional noun ("the psychiatrist"), not an office holder."""
    subjects = subjects_of(verb)
    if any(c.dep_ in ("dobj", "oprd", "dative") and (c.ent_type_ in ("GPE", "NORP", "ORG") or resolve_parties(c.text))
           for c in verb.children):
        return False  # "Hoxha proclaimed Albania an atheist state": what acts on a state is the state's act
    return bool(subjects) and not official_actor(verb, lex) and all(
        s.ent_type_ == "PERSON" or (s.pos_ in NOUN_POS and not s.ent_type_ and actor_class(s.lemma_) == "person")
        for s in subjects)


def ends_or_sets_up_a_regime(verb: Token) -> bool:
    """What the verb sets up or ends (its object or passive subject) is a form of government, WordNet's class
    other among nouns a state acts on: "abolished the monarchy", "a republic was proclaimed"."""
    things = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    return any(t.pos_ in NOUN_POS and not t.ent_type_ and noun_class(t) == "other" for t in things)


def ends_or_sets_up_a_state(verb: Token) -> bool:
    """What the verb sets up or ends (its object, passive subject, or the subject of an intransitive verb) is a state:
    a named one, or a noun of WordNet's polity actor class ("empire", "republic", "sultanate"). A state given a new
    status ("proclaimed the country an atheist state") changes its status (policy), it is not set up."""
    if any(c.dep_ in ("oprd", "xcomp", "dative") for c in verb.children):
        return False
    if any(c.dep_ == "dobj" for c in verb.children):
        return False  # "proclaimed Albania an atheist state": a named state's object is given a status
    things = [c for c in verb.children if c.dep_ == "nsubjpass"] or subjects_of(verb)
    if not things and verb.dep_ == "xcomp":
        things = subjects_of(verb.head)  # "the empire began to collapse": the governing verb's subject
    return any(t.pos_ in NOUN_POS and (t.ent_type_ == "GPE" or actor_class(t.lemma_) == "polity") for t in things)


def moves_to_fight(verb: Token, lex: TriggerLexicon) -> bool:
    """A move coordinated with an attack by the same actor is a move of forces: "returned to Manhattan and
    captured the fort", "moved to the coast and attacked the town"."""
    if verb.lemma_.lower() in lex.argument_typed_verbs:
        return False  # "conquered China and established a dynasty": what is established decides, not the attack
    partners = [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"
                and not any(g.dep_ in SUBJECTS for g in c.children)]
    if verb.dep_ == "conj" and verb.head.pos_ == "VERB" and not any(c.dep_ in SUBJECTS for c in verb.children):
        partners.append(verb.head)
    return any(verb_type_alone(p, lex)[0] == "conflict" for p in partners)


def delivers_a_speech(verb: Token, lex: TriggerLexicon) -> bool:
    """The verb's object is a speech, an address or a lecture ("delivered his second inaugural address")."""
    return any(c.dep_ in ("dobj", "nsubjpass") and noun_key(c) in lex.speech_nouns for c in verb.children)


def directs_forces(verb: Token, lex: TriggerLexicon) -> bool:
    """A decision, order or request whose complement verb sends or moves forces or arms ("called on the
    governors to send troops", "authorized the government to send a brigade abroad")."""
    return any(c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("VERB", "AUX") and military_object(c)
               for c in verb.children)


def transfers_territory(verb: Token, lex: TriggerLexicon) -> bool:
    """What changes hands is a territory: a named place, or a colony, province or territory; also what is paid or
    exchanged "for" ("paid $7.2 million for Alaska")."""
    things = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    things.extend(g for c in verb.children if c.dep_ == "prep" and c.lower_ == "for" for g in c.children
                  if g.dep_ == "pobj")
    things.extend(conj for t in list(things) for conj in t.conjuncts)
    return any((t.ent_type_ in ("GPE", "LOC") and not t.pos_ == "PRON") or (
        t.pos_ == "NOUN" and noun_key(t) in lex.territory_nouns) for t in things)


def a_company_takes_part(verb: Token) -> bool:
    """The verb's actor or what it acts on is a business by WordNet ("the company acquired", "the brewery was
    acquired"), also through an apposition ("acquired Acme, a rival brewer"), or a named organisation that is no
    state's body ("Ford acquired Volvo"): companies bought into or sold (set decisions: economic)."""
    parties = subjects_of(verb) + acted_upon(verb)
    parties.extend(appositions(parties))
    return any(names_a_company(p) or (p.pos_ == "PROPN" and p.ent_type_ == "ORG" and not is_state_body(p.lemma_)
                                      and not resolve_parties(p.text)) for p in parties)


def succeeds_a_person(verb: Token, lex: TriggerLexicon) -> bool:
    """"Ampiés was replaced by a representative", "she succeeded her father as queen": persons or offices."""
    def personal(token: Token) -> bool:
        return token.ent_type_ == "PERSON" or token.lower_ in ("he", "she", "him", "her") or (
            noun_key(token) in lex.office_nouns) or token.lemma_.lower() in ("representative", "son", "daughter")
    arguments = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
    arguments.extend(passive_agents(verb))
    return any(personal(a) for a in arguments) or puts_in_office(verb, lex)


def joins_a_body(verb: Token, lex: TriggerLexicon) -> bool:
    """Elected or admitted "to" an academy, a society, a league, or elected a member or fellow "of" one (a
    predicated noun that is no office: "was elected a Fellow of the Royal Society", "became a member of the
    academy"): a person becomes a member."""
    if any(child.dep_ == "prep" and child.lower_ in ("to", "into") and any(
            g.dep_ == "pobj" and noun_key(g) in lex.membership_bodies for g in child.children) for child in verb.children):
        return True
    predicated = [c for c in verb.children if c.dep_ in ("oprd", "attr")]
    predicated.extend(g for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children
                      if g.dep_ == "pobj")
    # an office of the body ("was appointed manager of the club", "elected president of the society") is a post taken,
    # not a membership: WordNet's office holders as the lexicon's
    return any(p.pos_ in NOUN_POS and noun_key(p) not in lex.office_nouns and p.lower_ not in lex.office_nouns and not (
        names_an_office(noun_key(p)) or names_an_office(phrase_key(p))) and any(
        c.dep_ == "prep" and c.lower_ == "of" and any(g.dep_ == "pobj" and noun_key(g) in lex.membership_bodies
                                                       for g in c.children) for c in p.children) for p in predicated)


def admitted_to_an_organisation(verb: Token, lex: TriggerLexicon) -> bool:
    """A state or a polity is taken "to" or "into" a body the gazetteer knows as an organisation, not a state ("the
    country was admitted to the United Nations", "admitted the republic into NATO"), or a named body it lacks whose head
    is of WordNet's organisation class ("the Council of Europe"): a membership, not the change of
    a territory's status that "admitted to the Union" is."""
    things = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    things.extend(conj for t in list(things) for conj in t.conjuncts)
    if not any(t.ent_type_ in ("GPE", "NORP") or resolve_parties(t.text) or (
            t.pos_ == "NOUN" and actor_class(t.lemma_) == "polity") for t in things):
        return False
    bodies = [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("to", "into") for g in c.children
              if g.dep_ == "pobj" and g.pos_ == "PROPN"]
    for body in bodies:
        name = [t.text for t in body.subtree if t.dep_ != "det"]
        parties = resolve_parties(" ".join(name))
        if parties and all(kind_of(p) == "org" for p in parties):
            return True
        if not parties and len(name) > 1 and actor_class(body.lemma_) == "organisation":
            return True  # a council or league the gazetteer lacks, by its head: "the Council of Europe", "the Nordic
            # Council"; a bare "the Union" a territory is admitted to is the state itself
    return False


def admits_a_territory(verb: Token, lex: TriggerLexicon) -> bool:
    """What is admitted is a state or a territory ("Alabama was admitted to the Union", "admitted the territory
    as a state"): a change of its status (v1.1 policy), not a membership."""
    things = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    things.extend(conj for t in list(things) for conj in t.conjuncts)
    return transfers_territory(verb, lex) or any(
        t.ent_type_ in ("GPE", "NORP") or resolve_parties(t.text) or (
            t.pos_ == "NOUN" and actor_class(t.lemma_) == "polity") for t in things)


def acted_upon(verb: Token) -> list[Token]:
    """What the verb acts on: its object or passive subject, or the noun its participle or relative clause
    modifies ("the study, which was incorporated into"), with their conjuncts."""
    things = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and c.tag_ not in RELATIVE_TAGS]
    if participle_of(verb) is not None or antecedent(verb) is not None:
        things.append(verb.head)
    things.extend(conj for t in list(things) for conj in t.conjuncts)
    return things


def names_a_territory(thing: Token, lex: TriggerLexicon) -> bool:
    """A named place, a territory noun, a noun of WordNet's polity class or of its policy class (a district)."""
    return (thing.ent_type_ in ("GPE", "LOC", "NORP") and thing.pos_ != "PRON") or bool(resolve_parties(thing.text)) or (
        thing.pos_ == "NOUN" and (noun_key(thing) in lex.territory_nouns or actor_class(thing.lemma_) == "polity" or
                                  noun_class(thing) == "policy"))


def changes_a_status(verb: Token, lex: TriggerLexicon) -> bool:
    """What the verb acts on is a territory, a state or a polity (a province, a district)."""
    return any(names_a_territory(t, lex) for t in acted_upon(verb))


MERGING_PREPOSITIONS = ("with", "into")


def merged_things(verb: Token) -> list[Token]:
    """What merges: the object or passive subject, the subject of an intransitive merge ("the two towns merged"),
    and what it merges with or into, with their conjuncts."""
    things = acted_upon(verb) + [c for c in verb.children if c.dep_ == "nsubj" and c.tag_ not in RELATIVE_TAGS]
    things.extend(g for c in verb.children if c.dep_ == "prep" and c.lower_ in MERGING_PREPOSITIONS
                  for g in c.children if g.dep_ == "pobj")
    things.extend(conj for t in list(things) for conj in t.conjuncts)
    return things


def merging_type(verb: Token, lex: TriggerLexicon) -> str | None:
    """Companies merging are a company event (set decisions: economic); towns, provinces or states merging change
    a territory's status (v1.1 policy); None for other bodies (parties, societies: the merger stays agreement)."""
    things = merged_things(verb)
    if any(names_a_company(t) for t in things):
        return "economic"
    if any(names_a_territory(t, lex) for t in things):
        return "policy"
    return None


def subjects_of(verb: Token) -> list[Token]:
    """The verb's actors: its subject, or the agent of a passive, with their conjuncts; for a participle with
    neither, the possessor of the noun it modifies ("Mendeleev's table, proposed in 1869")."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    subjects.extend(passive_agents(verb))
    if not subjects and participle_of(verb) is not None:
        subjects.extend(c for c in verb.head.children if c.dep_ == "poss" and c.pos_ != "PRON")
    subjects.extend(conj for s in list(subjects) for conj in s.conjuncts)
    return subjects


def official_actor(verb: Token, lex: TriggerLexicon) -> bool:
    """The verb's actor speaks for a state or a body: a state, an organisation, an organ of a state, an
    office holder ("Premier Zhou", "the foreign minister", "X, then head of state"), a leader the gazetteer
    knows; or no actor is named ("it was announced")."""
    subjects = subjects_of(verb)
    if not subjects and verb.dep_ == "conj" and is_verb(verb.head):
        # "Fisher introduced the term and proposed its analysis": the person named as the first verb's subject
        # proposed (not a subject the parser may have given the first verb from another clause)
        subjects = [s for s in subjects_of(verb.head) if s.ent_type_ == "PERSON"]
    if not subjects:
        return True
    gaz = load_gazetteer()
    for subject in subjects:
        if subject.pos_ == "PRON":
            if subject.lower_ in ("it", "this", "that", "which", "they", "we"):
                return True
            continue
        words = [subject, *(c for c in subject.children if c.dep_ in ("compound", "amod", "appos", "nmod"))]
        words.extend(g for c in subject.children if c.dep_ == "appos" for g in c.children if g.dep_ in ("compound", "prep"))
        if any(w.lemma_.lower() in lex.office_nouns or w.lower_ in lex.office_nouns or is_state_body(w.lemma_)
               or noun_event_type(w.lemma_.lower()) == "military" for w in words):
            return True
        if subject.ent_type_ in ("GPE", "ORG", "NORP") or resolve_parties(subject.text):
            return True
        name = " ".join(t.text for t in subject.subtree if t.ent_type_ == "PERSON")
        if name and fold(name) in gaz.persons:
            return True
    return False


def relocates(verb: Token, lex: TriggerLexicon) -> bool:
    """A private person who moves, returns, arrives or leaves for a place: a change of residence."""
    if verb.lemma_.lower() not in lex.relocation_verbs:
        return False
    if not leaves_a_place(verb, lex):
        return False  # "returned the visit", "left the party": not a move of residence
    movers = [s for s in subjects_of(verb) if s.ent_type_ == "PERSON" or s.lower_ in (
        "he", "she", "they", "i", "we") or (s.pos_ == "NOUN" and noun_key(s) in lex.people_nouns | {"family"}) or (
        # "his father moved to Milan", "her parents moved": one person by WordNet's actor classes or a kin noun, or
        # persons of someone's ("the astronauts returned home", "civilians arrive" are no household moving)
        s.pos_ == "NOUN" and not s.ent_type_ and (actor_class(s.lemma_) == "person" or noun_key(s) in lex.kin_nouns)
        and (s.tag_ == "NN" or any(c.dep_ == "poss" for c in s.children))) or (
        # "Ueshiba moved to Hokkaido": a proper name the model gives no entity type and the gazetteer no state
        s.pos_ == "PROPN" and not s.ent_type_ and not any(c.dep_ == "compound" for c in s.children)
        and not resolve_parties(s.text))]
    if not movers:
        movers = [s for s in verb.children if s.dep_ == "nsubjpass" and s.ent_type_ == "PERSON"]
    return bool(movers) and not official_actor(verb, lex)


DESTINATION_PREPOSITIONS = ("to", "into", "onto")


def displaces_people(verb: Token, lex: TriggerLexicon) -> bool:
    """What the verb acts on (its object or passive subject) is a people or a group of persons: a nationality or
    tribe by name, or a plural noun of WordNet's group or person actor classes ("the Creeks", "the tribes",
    "thousands of families"), taken to a place (a "to" object that is no actor: a named place, "the west", "a
    reservation"): a deportation or resettlement (v1.1 migration). Persons sent to an army or a body are not."""
    moved = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    moved.extend(conj for m in list(moved) for conj in m.conjuncts)
    moved.extend(g for m in list(moved) if m.pos_ in ("NUM", "NOUN") for c in m.children if c.dep_ == "prep"
                 and c.lower_ == "of" for g in c.children if g.dep_ == "pobj")  # "thousands of families"
    if not any(m.ent_type_ == "NORP" or noun_key(m) in lex.people_nouns or a_people(m) or (
            m.pos_ == "NOUN" and m.tag_ == "NNS" and actor_class(m.lemma_) in ("group", "person")
            and not any(c.dep_ == "nummod" for c in m.children)) for m in moved):
        return False  # "sent two engineers to London": persons counted out are posted, not a people moved
    return any(c.dep_ == "prep" and c.lower_ in DESTINATION_PREPOSITIONS and any(
        g.dep_ == "pobj" and (g.ent_type_ in ("GPE", "LOC") or noun_key(g) in lex.territory_nouns or (
            g.ent_type_ in ("", "NORP") and g.pos_ in NOUN_POS and actor_class(g.lemma_) not in (
                "polity", "organisation", "group", "person") and not military_noun(g)))
        for g in c.children) for c in verb.children)


def a_people(noun: Token) -> bool:
    """A plural name of a people that the model takes for a name of something else ("the Chechens"): a proper noun in
    -s whose singular is a person by WordNet's actor classes ("Chechen")."""
    return noun.pos_ == "PROPN" and noun.lower_.endswith("s") and actor_class(noun.lower_[:-1]) == "person"


def leaves_a_place(verb: Token, lex: TriggerLexicon) -> bool:
    """A relocation verb's object, if it has one, is a place: a named one or a place noun ("left Vienna", "left
    the city", "returned home"); "returned the visit", "left the party" are no moves."""
    return not any(c.dep_ == "dobj" and not (c.ent_type_ in ("GPE", "LOC") or noun_key(c) in ("home", "country") or (
        noun_key(c) in lex.territory_nouns)) for c in verb.children)


def moves_home(verb: Token, persons: set[str], parties: list[str], lex: TriggerLexicon) -> bool:
    """A relocation by a private person of the article whom the model takes for something else ("Huxley moved to
    Hollywood", the name tagged as an organisation): the verb's subject is a proper name, every actor among the
    parties is a person of the article the gazetteer does not know as a leader, and what is left is a place."""
    if verb.lemma_.lower() not in lex.relocation_verbs or not leaves_a_place(verb, lex):
        return False
    if goes_to_a_school(verb) or goes_to_study(verb):
        return False  # "Huxley went up to Balliol College": schooling, no move of residence
    subjects = subjects_of(verb)
    if not subjects or not all(s.pos_ == "PROPN" and not resolve_parties(s.text) for s in subjects):
        return False
    gaz = load_gazetteer()
    places = places_gone_to(verb, lex)
    places.update(t.text for c in verb.children if c.dep_ in ("prep", "dobj") for t in c.subtree
                  if t.ent_type_ in ("GPE", "LOC"))
    actors = [p for p in parties if p not in places and not any(p in t for t in places)]
    titled = any(noun_key(c) in lex.office_nouns or c.lower_ in lex.office_nouns for s in subjects for c in s.children
                 if c.dep_ in ("compound", "appos", "amod"))  # "President Brandt moved to"
    return bool(actors) and not titled and all(p in persons and fold(p) not in gaz.persons for p in actors)


def military_subject(verb: Token, persons: bool = True) -> bool:
    """The verb's actor (its subject, or the passive subject of a move: "troops were withdrawn") is of WordNet's
    military class: a force, or (with `persons`) an officer ("General Howe arrived", "the colonel"); a named
    actor counts by its apposition ("Operation Calm, a peacekeeping force, entered the country")."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    subjects.extend(conj for s in list(subjects) for conj in s.conjuncts)
    subjects.extend(a for s in list(subjects) if s.pos_ == "PROPN" for a in s.children if a.dep_ == "appos")
    return any(s.pos_ in NOUN_POS and (persons or s.pos_ == "NOUN") and military_noun(s) for s in subjects)


def moves_a_force(verb: Token) -> bool:
    """A verb of motion (WordNet's) whose object is a number of servicemen in one of WordNet's senses: "landed 12,000
    men on the coast", "ferried 3,000 soldiers across the river" (set decisions: a commander's moves are military).
    Men counted are a force moved; "the ship carried the men" names no force."""
    if not names_motion(verb_key(verb)):
        return False
    moved = [c for c in verb.children if c.dep_ == "dobj"]
    return any(m.pos_ == "NOUN" and m.tag_ == "NNS" and names_servicemen(m.lemma_.lower()) and any(
        c.dep_ == "nummod" for c in m.children) for m in moved)


def military_noun(noun: Token) -> bool:
    """A noun of WordNet's military class, by its compound name, itself, or a compound before it ("militia
    units", "the air force", "naval forces"); an adjective whose noun is a rank ("private banks", "a general
    strike", "a major port") is no military modifier."""
    collectives = load_trigger_lexicon().military_collectives
    return noun_class(noun) == "military" or noun.lower_ in collectives or noun_key(noun) in collectives or any(
        c.dep_ in ("compound", "amod") and c.i < noun.i and noun_event_type(c.lemma_.lower()) == "military"
        and not (c.pos_ == "ADJ" and actor_class(c.lemma_) == "person") for c in noun.children)


def puts_in_office(verb: Token, lex: TriggerLexicon) -> bool:
    """An "as" phrase naming an office: "chose her as vice president", "was confirmed as governor"; an office
    predicated of the object: "named him governor", "proclaimed himself king"."""
    for child in verb.children:
        if child.dep_ == "oprd" and (noun_key(child) in lex.office_nouns or names_an_office(noun_key(child))):
            return True  # "was named coach of the club", "named him abbot": an office holder by WordNet too
        if child.dep_ == "dobj" and noun_key(child) in lex.office_nouns and any(
                g.lower_.endswith("self") for g in child.children):
            return True
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "as":
            for pobj in child.children:
                if pobj.dep_ == "pobj" and (noun_key(pobj) in lex.office_nouns or names_an_office(noun_key(pobj)) or " ".join(
                        t.lower_ for t in pobj.subtree if t.dep_ in ("compound", "amod") or t is pobj) in lex.office_nouns):
                    return True  # "was confirmed as governor", "was ordained as a priest" (WordNet's office holders too)
    # a passive whose second object is an office: "he was ordained a priest", "was consecrated bishop"
    return any(c.dep_ == "nsubjpass" for c in verb.children) and any(
        c.dep_ == "dobj" and c.pos_ == "NOUN" and (noun_key(c) in lex.office_nouns or names_an_office(noun_key(c)))
        for c in verb.children)


def a_government_falls(verb: Token) -> bool:
    """A verb of falling whose subject is a government ("the cabinet fell", "the regime collapsed"), or one of
    toppling whose object or passive subject is a government or an office holder ("toppled the president", "the
    regime was toppled"): a government's fall. A state that collapses ends (other); a wall that falls is no event."""
    def governing(noun: Token) -> bool:
        return noun.pos_ == "NOUN" and (names_a_government(phrase_key(noun)) or names_a_government(noun_key(noun)))
    if any(c.dep_ in ("dobj", "nsubjpass") and (governing(c) or (c.pos_ == "NOUN" and names_an_office(noun_key(c))))
           for c in verb.children):
        return True
    return not any(c.dep_ in ("dobj", "dative", "xcomp", "ccomp") for c in verb.children) and any(
        governing(s) for s in subjects_of(verb))


def takes_a_post(verb: Token) -> bool:
    """The complement of a role verb is a post, in WordNet's senses: an office holder ("became chairman of the board",
    "became abbot") or a post typed leadership ("became a professor"); "became a member" is no post. A bare post
    the parser takes for an adjective ("became abbot of the monastery") is one too."""
    return any(child.dep_ in ("attr", "oprd", "acomp") and child.pos_ in NOUN_POS | {"ADJ"} and (
        names_an_office(phrase_key(child)) or names_an_office(noun_key(child)) or (
            child.pos_ != "ADJ" and noun_class(child) == "leadership")) for child in verb.children)


def base_of_repetition(lemma: str, lex: TriggerLexicon) -> str:
    """"readmit", "re-establish", "reconquer": a verb the lexicon and WordNet lack that repeats one they
    know happens as that one does."""
    known = lambda word: word in lex.verbs or word in lex.argument_typed_verbs or verb_event_type(word)  # noqa: E731
    if known(lemma) or not lemma.startswith("re"):
        return lemma
    base = lemma[3:] if lemma.startswith("re-") else lemma[2:]
    return base if len(base) > 3 and known(base) else lemma


def verb_type_alone(verb: Token, lex: TriggerLexicon) -> tuple[str, str]:
    lemma = base_of_repetition(verb.lemma_.lower(), lex)
    if lemma != verb.lemma_.lower():
        return verb_type_of_lemma(verb, lemma, lex)[0], verb.lemma_.lower()
    return verb_type_of_lemma(verb, lemma, lex)


def verb_type_of_lemma(verb: Token, lemma: str, lex: TriggerLexicon) -> tuple[str, str]:
    nouns = argument_nouns(verb)
    prt = particle(verb)
    if prt is not None:
        phrase = f"{lemma} {prt.lower_}"
        kind, overrides = lex.entry(lex.phrasal, phrase)
        if kind is not None:
            if phrase in lex.argument_typed_verbs:  # "carried out a raid", "set up a colony", "the shop closed down"
                founds = names_founding(phrase)
                kind = argument_override(nouns, overrides) or wordnet_argument_type(
                    nouns, lex, founds=founds) or wordnet_argument_type(
                    undergoers(verb), lex, any_dep=True, founds=founds) or kind
            return argument_override(nouns, overrides) or kind, phrase
        if prt.lower_ in lex.particles:
            return lex.particles[prt.lower_], phrase
        kind = verb_event_type(phrase) if is_phrasal_verb(phrase) else None
        if kind == "life" and names_wounding(phrase) and not kills_a_named_person(verb):
            return "conflict", phrase  # "wiped out the garrison", "gunned down protesters": a killing as "killed" is
        if kind is not None:  # a phrasal verb of WordNet's classes: "called off" withdrawal, "forced out" leadership
            return kind, phrase
    for noun in nouns:
        # ... also through a compound that names the role: "became a member state", "a member country"
        noun = next((c for c in noun.children if c.dep_ == "compound" and c.i == noun.i - 1
                     and noun_key(c) in lex.idioms.get(lemma, {}) and noun_key(noun) not in lex.idioms.get(lemma, {})),
                    noun) if noun.dep_ == "attr" else noun
        if noun.dep_ in ("dobj", "attr", "acomp", "nsubjpass", "compound") and noun_key(noun) in lex.idioms.get(lemma, {}):
            kind = lex.idioms[lemma][noun_key(noun)]
            if kind == "other":  # "took part in the war" conflict: the happening taken part in decides
                kind = happening_taken_part_in(verb, noun, lex) or kind
            return kind, f"{lemma} {noun.lower_}"
        if lemma == "take" and noun.lower_ == "place" and noun.dep_ == "dobj":
            subjects = [child for child in verb.children if child.dep_ in SUBJECTS]
            return argument_type(subjects, lex) or noun_type_of(subjects, lex) or "other", "take place"
    kind, overrides = lex.entry(lex.verbs, lemma)
    modified = modifier_type(nouns, lex)
    if lemma in lex.policy_object_verbs and wordnet_argument_type(
            [n for n in nouns if n.dep_ in ("dobj", "nsubjpass")], lex) == "policy":
        # "the standard was published in 1963", "ratified the constitution"; a book published is not
        return "policy", lemma
    if lemma in lex.military_object_verbs and military_object(verb):
        return "military", lemma  # "purchased rifles", "withdrew its troops"; "purchased a territory" is not
    if kind in (None, "other", "economic") and names_handling(lemma) and military_object(verb, by_actor=False):
        # a verb of possession or making (WordNet's) on arms, forces or bases: "funded the militia", "built a
        # naval base", "donated rifles" (v1.1: arms transfers, military support, deployments are military)
        return "military", lemma
    if lemma in lex.finding_words:
        # "discovered gold in the hills" economic; "petalite was discovered in a mine", "discovered caesium in
        # mineral water" a finding (other): only what is found decides, not where it was found
        nouns = found_things(verb)
    if lemma in lex.argument_typed_verbs:
        # "founded a colony", "launched an offensive", "approved a loan": what the verb acts on decides
        found = (modified or argument_override(nouns, overrides)
                 or argument_type(nouns, lex, deep=lemma in lex.needs_event_argument)
                 or noun_type_of(nouns, lex) or wordnet_argument_type(nouns, lex, founds=names_founding(lemma))
                 or wordnet_argument_type(undergoers(verb), lex, any_dep=True, founds=names_founding(lemma))
                 or (hardware_type([n for n in nouns if n.dep_ in ("dobj", "nsubjpass")]) if lemma in (
                     lex.military_object_verbs) else None))
        if found:
            return found, lemma
    if kind is not None and kind != "other":
        return modified or argument_override(nouns, overrides) or kind, lemma
    reached = [t for t in visit_targets(verb, lex) if t.pos_ in NOUN_POS and t.ent_type_ not in ("DATE", "TIME")]
    moved = any(c.dep_ == "dobj" for c in verb.children) and any(t.dep_ == "pobj" for t in reached)
    if lemma in lex.visit_verbs and extends_to_a_place(verb) and reached and not moved and all(
            not is_event_noun(t, lex) and (noun_class(t) is None or names_a_settlement(t, lex)) for t in reached):
        return "economic", lemma  # "the railway reached Calgary in 1883": the line built that far (v1.1)
    if lemma in lex.light_verbs:
        found = argument_type(nouns, lex) or noun_type_of(nouns, lex) or gathering(nouns)
        if found or not (lemma in lex.visit_verbs and visits_a_place(verb, lex)):
            return found or "other", lemma  # "came to power", "came into force"
    if lemma in lex.visit_verbs and visits_a_place(verb, lex):
        # "came to Ulaanbaatar", "reached Japan": a visit by one who speaks for a state; a private traveller's
        # or an explorer's is a trip (set decisions: trips are other), and so is a ship's or a fleet's voyage
        return ("meeting" if official_actor(verb, lex) and not voyage(verb) else "other"), lemma
    if kind is None and lemma not in lex.needs_event_argument:
        # a verb the lexicon lacks: an event noun as its object names the happening ("paid a visit"), else
        # the verb's WordNet class ("conquered", "emigrated")
        kind = noun_type_of([n for n in nouns if n.dep_ == "dobj"], lex) or verb_event_type(lemma)
        if kind is not None:
            return modified or argument_override(nouns, overrides) or kind, lemma
    found = modified or argument_override(nouns, overrides) or argument_type(nouns, lex, deep=True)
    if found is None and kind is None and lemma not in lex.needs_event_argument:
        # a verb known to neither the lexicon nor WordNet's classes takes what it acts on: "revised the
        # standard" policy, "faced reelection" leadership
        happening = happening_subject(verb, lex)
        if happening is not None:
            return happening, lemma
        found = wordnet_argument_type(nouns, lex)
        if found == "migration" and forces_act(verb):
            # a city or colony acted on by a force or by warplanes ("the town was burned by the rebels") is
            # attacked, not settled (founding verbs are argument-typed)
            found = "conflict"
        elif found == "migration":
            # "the river flooded the town": a settlement acted on is not founded; one moved, or one people are taken
            # to, is resettled ("the colony was moved to the bay", "families were transferred to the new colony")
            found = wordnet_argument_type(nouns, lex, founds=names_founding(lemma) or names_motion(lemma) or any(
                n.dep_ == "pobj" and n.head.lower_ in DESTINATION_PREPOSITIONS and names_a_settlement(n, lex)
                for n in nouns))
        if found in ("economic", "meeting"):
            # goods and crops are what many happenings act on ("ruined the harvest"); a conference
            # realigned is no meeting held
            found = None
    return found or ("economic" if finances_money(verb, lex) else "other"), lemma


def gathering(nouns: list[Token]) -> str | None:
    """What a light verb holds or begins is a gathering of WordNet's meeting class that the lexicon lacks as an event
    noun ("held a constitutional convention", "a synod was held", "the congress began"): a meeting."""
    return "meeting" if any(n.dep_ in ("dobj", "nsubjpass", "nsubj") and n.pos_ == "NOUN" and noun_class(n) == "meeting"
                            for n in nouns) else None


def happening_taken_part_in(verb: Token, noun: Token, lex: TriggerLexicon) -> str | None:
    """The type of the event noun an idiom of no type of its own ("took part") has as its "in" object, on the verb
    or on the idiom's noun: "took part in the war" conflict, "took part in the conference" meeting (a light verb
    takes the type of what it acts on, as "participated in the war" does)."""
    happenings = [g for head in (verb, noun) for c in head.children if c.dep_ == "prep" and c.lower_ == "in"
                  for g in c.children if g.dep_ == "pobj" and g.pos_ in NOUN_POS]
    happenings.extend(conj for h in list(happenings) for conj in h.conjuncts if conj.pos_ in NOUN_POS)
    return argument_type(happenings, lex) or noun_type_of(happenings, lex)


def kills_a_named_person(verb: Token) -> bool:
    """The one a verb of killing kills is a named person: its passive subject or object is a person's name
    ("the rebel leader Jonas Ruiz was killed in 1999", "shot Tom Hale", "he was killed"); "many soldiers were killed"
    is part of the war's toll."""
    victims = [c for c in verb.children if c.dep_ in ("nsubjpass", "dobj")]
    victims.extend(a for v in list(victims) for a in v.children if a.dep_ == "appos")
    # "he was killed at Shiloh": a personal pronoun in the singular stands for a person the text has named
    return bool(victims) and any(v.ent_type_ == "PERSON" or v.lower_ in ("he", "she", "him", "her") for v in victims)


def one_person_harms_another(verb: Token) -> bool:
    """The one a verb of killing or injuring harms is one person (a name, "he", or a noun of WordNet's person class in
    the singular: "the mayor") and the one who does it, if said, is one person too, no serviceman ("a gunman", "his
    brother", "an assassin"): a killing of a person, not armed forces fighting ("the troops shot the protesters")."""
    def one_person(token: Token) -> bool:
        return token.ent_type_ == "PERSON" or token.lower_ in ("he", "she", "him", "her") or (
            token.pos_ == "NOUN" and token.tag_ == "NN" and actor_class(token.lemma_) == "person")
    victims = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    agents = [c for c in verb.children if c.dep_ == "nsubj"] + passive_agents(verb)
    return bool(victims) and all(one_person(v) for v in victims) and all(
        one_person(a) and not names_servicemen(noun_key(a)) and not a.conjuncts for a in agents)


def unnamed_person(verb: Token) -> bool:
    """The one born, dying or killed is a person the text does not name, introduced by "a" or "an" ("an
    illegitimate daughter who died", "a servant was killed"), also through a relative pronoun."""
    ones = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
    ones = [verb.head if c.tag_ in RELATIVE_TAGS and verb.dep_ == "relcl" else c for c in ones]
    if not ones and verb.dep_ == "conj" and verb.head.dep_ == "relcl":
        ones = [verb.head.head]  # "a daughter who was born and died": the conjunct shares the relative subject
    return bool(ones) and all(o.pos_ == "NOUN" and any(
        c.dep_ == "det" and c.lower_ in ("a", "an") for c in o.children) for o in ones)


def happening_subject(verb: Token, lex: TriggerLexicon) -> str | None:
    """The subject of a verb of no class of its own is itself a happening of WordNet's class other or conflict
    ("an earthquake struck the city", "a fire destroyed the hall", "the storm hit the coast"), also as the agent of a
    passive ("the town was devastated by a flood"): its class, not that of what it hit. The agent of a passive that
    is an event noun of the lexicon, also in a name, is the happening too, typed as that noun is ("the country was
    affected by the Kosovo War" conflict, "was hit by the financial crisis" economic, "was ruined by the collapse
    of the bank" economic): what undergoes it only says whom it touched."""
    actors = [c for c in verb.children if c.dep_ == "nsubj"] + passive_agents(verb)
    return noun_type_of(passive_agents(verb), lex) or next((noun_class(s) for s in actors if s.pos_ == "NOUN" and not s.ent_type_
                 and noun_class(s) in ("other", "conflict")), None)


def a_company_of_players_travels(verb: Token, lex: TriggerLexicon) -> bool:
    """The one who tours or travels is a body of people named by a common noun that speaks for no state and is no
    delegation ("the orchestra toured Europe", "the team travelled to Australia", "the choir toured the country"):
    a trip (set decisions: trips are other); a state's or an office holder's visit, and a delegation's, stay meetings,
    and a private person's trip is left to the article-level rule."""
    subjects = subjects_of(verb)
    return bool(subjects) and not official_actor(verb, lex) and all(
        s.pos_ == "NOUN" and not s.ent_type_ and noun_key(s) not in lex.pair_nouns and actor_class(s.lemma_) in (
            "group", "organisation") and not any(c.ent_type_ in ("GPE", "NORP") for c in s.children) for s in subjects)


def stages_a_show(verb: Token, lex: TriggerLexicon) -> bool:
    """What a verb of meeting acts on is a contest, a ceremony, a show or a named event of no meeting class ("hosted the
    World Cup", "the tournament was hosted by Leeds", "hosted a concert"): the happening staged (set decisions: sports
    events, ceremonies and shows are other), not a meeting; a summit, talks or a delegation hosted stay meetings."""
    things = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and c.pos_ in NOUN_POS]
    return bool(things) and all(noun_class(t) != "meeting" and gathering([t]) is None and (
        t.ent_type_ == "EVENT" or noun_key(t) in lex.award_nouns or (t.pos_ == "NOUN" and (
            names_an_arrangement(noun_key(t)) or names_a_work(noun_key(t))))) for t in things)


def a_disaster_acts(verb: Token) -> bool:
    """The verb's subject, passive agent, object or passive subject is a natural disaster or a disease by WordNet's
    first sense ("the plague killed", "was devastated by an earthquake", "eradicated smallpox")."""
    things = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")] + passive_agents(verb)
    # the small model tags a capitalised disease as an organisation ("Cholera killed thousands")
    return any(t.pos_ in NOUN_POS and t.ent_type_ in ("", "ORG") and names_a_disaster(t.lower_ if t.pos_ == "PROPN" else noun_key(t))
               for t in things)


def forces_act(verb: Token) -> bool:
    """The verb's subject or passive agent is a force or military hardware ("the rebels' militia burned the
    town", "the city was destroyed by bombers")."""
    actors = [c for c in verb.children if c.dep_ == "nsubj"] + passive_agents(verb)
    return any(a.pos_ == "NOUN" and (military_noun(a) or names_hardware(noun_key(a))) for a in actors)


def a_law_acts(verb: Token) -> bool:
    """The verb's subject is a law, a constitution, a decree or another enactment of WordNet's policy class, also
    one named ("the Judiciary Act"): what it does ("established a senate", "gave women the vote") is what it
    enacts. A statement of what a law says in the present ("the constitution provides that ...") is no act and is
    left to the caller."""
    return any(s.dep_ == "nsubj" and s.pos_ in NOUN_POS and s.ent_type_ in ("", "LAW") and noun_class(s) == "policy"
               and not acts_itself(s) for s in verb.children)  # "the Judiciary Act of 1789 established the courts"


def acts_itself(noun: Token) -> bool:
    """The noun names an actor by WordNet's actor classes (a polity, an organisation, a group, a person), whatever
    event class its other senses have: "the state seceded", "the province defaulted" are the polity's own acts, not
    what a law enacts ("state" and "province" are also policy nouns, as in "admitted as a state")."""
    return actor_class(noun.lemma_) in ("polity", "organisation", "group", "person")


def undergoers(verb: Token) -> list[Token]:
    """The subject of an intransitive use, which undergoes what the verb says ("the nightclub opened", "the
    railway opened"): no object, no agent, not a person."""
    if any(c.dep_ in ("dobj", "agent", "nsubjpass", "xcomp", "ccomp") for c in verb.children):
        return []
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if verb.dep_ == "relcl" and any(c.tag_ in RELATIVE_TAGS for c in subjects):
        subjects = [verb.head]  # "a nightclub, which opened in 2004": what the relative pronoun stands for
    return [c for c in subjects if c.pos_ == "NOUN" and not c.ent_type_ and actor_class(c.lemma_) not in ("person", "group")]


def modifier_type(nouns: list[Token], lex: TriggerLexicon) -> str | None:
    """"provided military support", "gave economic aid": the adjective on an aid-like object decides."""
    for noun in nouns:
        if noun.dep_ not in ("dobj", "pobj", "nsubjpass", "conj") or noun_key(noun) not in lex.argument_modifier_heads:
            continue
        for child in noun.children:
            if child.dep_ in ("amod", "compound") and child.lower_ in lex.argument_modifiers:
                return lex.argument_modifiers[child.lower_]
    return None


def visit_targets(verb: Token, lex: TriggerLexicon) -> list[Token]:
    """Where a visit verb goes: its object ("visited Canberra") or the object of a visit preposition
    ("travelled to Vladivostok")."""
    targets = []
    for child in verb.children:
        if child.dep_ == "dobj":
            targets.append(child)
        elif child.dep_ == "prep" and child.lower_ in lex.visit_prepositions:
            targets.extend(g for g in child.children if g.dep_ == "pobj")
    return targets


def places_gone_to(verb: Token, lex: TriggerLexicon) -> set[str]:
    """The parties a visit verb's targets resolve to, each by its name with its compounds and with its conjuncts
    ("toured the United States", "travelled to England and Sweden"): the places gone to, not actors."""
    targets = visit_targets(verb, lex)
    targets.extend(conj for t in list(targets) for conj in t.conjuncts)
    names = {t.text for t in targets} | {" ".join(c.text for c in t.subtree if c.i == t.i or (
        c.dep_ == "compound" and c.head.i == t.i)) for t in targets}
    return {code for name in names for code in resolve_parties(name)}


def extends_to_a_place(verb: Token) -> bool:
    """What comes to or reaches the place is a way or a line of WordNet's class economic (infrastructure: a railway, a
    road, a canal, a pipeline), also one named ("the Canadian Pacific Railway"): it was built that far, no one
    travelled (the caller checks that what is reached is a place, not "an agreement", and that nothing is taken
    there: "the museum returned the paintings to Italy")."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return any(s.pos_ in NOUN_POS and s.ent_type_ not in ("PERSON", "GPE", "NORP") and actor_class(s.lemma_) != "person"
               and (noun_event_type(s.lower_) if s.pos_ == "PROPN" else noun_class(s)) == "economic" for s in subjects)


def voyage(verb: Token) -> bool:
    """Who goes is a ship or a fleet by WordNet ("the fleet reached India", "the caravels arrived at the island"):
    a voyage (v1.1 other), not an official visit, though a state's navy sails it."""
    return any(s.pos_ == "NOUN" and names_a_voyager(noun_key(s)) for s in subjects_of(verb))


def visits_a_place(verb: Token, lex: TriggerLexicon) -> bool:
    # a city or state, also one the model mislabels that the gazetteer knows ("came to Ulaanbaatar")
    return any(t.ent_type_ == "GPE" or (t.pos_ == "PROPN" and resolve_parties(t.text)) for t in visit_targets(verb, lex))


def argument_override(nouns: list[Token], overrides: dict) -> str | None:
    for noun in nouns:
        if noun.dep_ in ("dobj", "nsubjpass", "attr", "pobj", "nsubj", "conj", "appos") or acted_on(noun):
            for key in (noun_key(noun), noun.lower_):
                if key in overrides:
                    return overrides[key]
    return None


def noun_type_of(nouns: list[Token], lex: TriggerLexicon) -> str | None:
    for noun in nouns:
        if is_event_noun(noun, lex) or repeated_noun(noun, lex) or purposed_event_noun(noun, lex):
            return noun_type(noun, lex)
    return None


def purposed_event_noun(noun: Token, lex: TriggerLexicon) -> Token | None:
    """The event noun a noun of purpose has as its compound, which names the act purposed, as its infinitive
    does ("a coup attempt" leadership, "the assassination attempt" life, "an election campaign" leadership)."""
    if noun.pos_ != "NOUN" or (noun_key(noun) not in lex.purpose_nouns and noun.lower_ not in lex.purpose_nouns):
        return None
    return next((c for c in noun.children if c.dep_ == "compound" and c.i < noun.i and is_event_noun(c, lex)), None)


def repeated_noun(noun: Token, lex: TriggerLexicon) -> str | None:
    """"reconstruction", "re-establishment": an event noun the lexicon lacks that repeats one it knows happens
    as that one does ("the reconstruction of the lines began": a construction, economic); its base noun."""
    key = noun_key(noun)
    if noun.pos_ not in NOUN_POS or key in lex.nouns or not key.startswith("re"):
        return None
    base = key[3:] if key.startswith("re-") else key[2:]
    return base if len(base) > 3 and base in lex.nouns else None
