"""Triggers: whether a verb or event noun names a happening, and which words make up the trigger. The
verb that says what happened ("began to criticize" -> criticize, "was forced to leave"); not a state
("remained"), a figure ("grew to US$172 million"), an intention, a role, or a link between two events."""
from __future__ import annotations

from spacy.tokens import Span, Token

from ..dates import DateRecord
from ..wordclasses import (actor_noun_class, is_adjective_past_form, names_a_belief, names_a_comparison, names_a_motion,
                          names_a_work, names_an_act, names_an_occasion, names_causing, noun_event_type, verb_event_type,
                          verb_key, verbs_of_past_form)
from .grammar import NOUN_POS, SUBJECTS, is_to_infinitive, is_event_noun, is_verb, noun_key, particle
from .lexicon import TriggerLexicon
from .records import Candidate
from .types import finances_money, noun_type, verb_type, verb_type_of_lemma


FIGURE_LABELS = {"MONEY", "PERCENT", "QUANTITY", "CARDINAL"}


def is_linking(verb: Token, lex: TriggerLexicon) -> bool:
    """"was followed by a war", "preceded the talks": the verb only orders two events."""
    return verb.lemma_.lower() in lex.linking_verbs and any(
        child.dep_ in ("dobj", "agent") for child in verb.children)


def hypothetical(verb: Token, lex: TriggerLexicon) -> bool:
    """What could, should or would be, not what happened: a modal on the verb or on the verb it completes
    ("a mission could be flown in 1968", "might be preparing to launch", "the rules will take effect"); but
    "would" with a narrative adverb tells what came later ("would later marry her in 1931")."""
    token = verb
    while True:
        for child in token.children:
            if child.dep_ == "aux" and child.tag_ == "MD" and child.lower_ in lex.hypothetical_modals:
                return not (child.lower_ == "would" and any(
                    c.dep_ == "advmod" and c.lower_ in lex.narrative_adverbs for c in token.children))
        if token.dep_ != "xcomp" or token.head == token:
            return False
        token = token.head


def generic_present(verb: Token, lex: TriggerLexicon) -> bool:
    """A verb in the simple present says what is so, or always happens, not what happened then: "the 2010
    constitution grants the president wide powers", "its contract runs through 2020", "the ceremonies always
    end with the best picture since 1972", "the 1673 book provides a recipe"; so does the present passive
    ("the journal is published by Elsevier", "it is written in the Arabic script since the 1950s")."""
    if verb.pos_ != "VERB" or not (simple_present(verb) or present_passive(verb)):
        return False
    # ... but people who act in the present tell a happening (a caption's "troops drop napalm in 1965",
    # "the agency states that ..."); a named document does not act ("the Constitution of Poland (1997) states")
    return not any(child.dep_ in SUBJECTS and (
        ((child.pos_ == "PROPN" or child.ent_type_) and not names_a_document(child))
        or noun_key(child) in lex.military_collectives
        or actor_noun_class(noun_key(child)) in PEOPLE_CLASSES + ("polity",)) for child in verb.children)


DOCUMENT_LABELS = {"LAW", "WORK_OF_ART"}


def names_a_document(name: Token) -> bool:
    """A named law or work ("the Constitution of Poland", "the Charter"): by its entity label, or by its head
    word when that is a work in WordNet (a constitution, a charter, a treaty, an act, a book)."""
    return name.ent_type_ in DOCUMENT_LABELS or names_a_work(noun_key(name))


def simple_present(verb: Token) -> bool:
    return verb.tag_ in ("VBZ", "VBP") and not any(child.dep_ in ("aux", "auxpass") for child in verb.children)


def present_passive(verb: Token) -> bool:
    """"is published", "are written": a participle whose only auxiliary is a present "is" or "are"; but one
    "since" a time tells when the way things are began ("since 1947 the award is shared": set decisions)."""
    auxiliaries = [child for child in verb.children if child.dep_ in ("aux", "auxpass")]
    return verb.tag_ == "VBN" and len(auxiliaries) == 1 and auxiliaries[0].dep_ == "auxpass" and (
        auxiliaries[0].tag_ in ("VBZ", "VBP")) and not any(
        child.dep_ == "prep" and child.lower_ == "since" for child in verb.children)


def only_names(verb: Token, lex: TriggerLexicon) -> bool:
    """A naming verb with its name as complement and no object: "the practice (sometimes called restellism)",
    "was known as the Platform", "typically referred to as cartoons" names a thing, nothing happened; "called
    the book a satire" (an object) is a statement, and renaming is not a naming verb."""
    if verb.lemma_.lower() not in lex.naming_verbs or any(c.dep_ == "dobj" for c in verb.children):
        return False
    return any(c.dep_ == "oprd" or (c.dep_ == "prep" and c.lower_ == "as") for c in verb.children)


def agentless_usage(verb: Token, lex: TriggerLexicon) -> bool:
    """A thing said to be used with no one who uses it: "has been used for warships since 1744", "(used for a
    short period in the early 20th century)", "the type most used in the 1840s" tell how a thing served, a
    state (set conventions: how widely a thing is used is no event); "the Academy has used a sealed envelope
    since 1941" (a subject) and "was used by Laplace in 1827" (an agent) are someone's dated use."""
    if verb.lemma_.lower() not in lex.usage_verbs:
        return False
    if verb.tag_ != "VBN" and not (verb.tag_ == "VBD" and verb.dep_ in ("parataxis", "acl", "advcl")):
        return False  # a bracketed participle the tagger takes for a past tense: "(used for a short period)"
    return not any(c.dep_ in ("nsubj", "agent") for c in verb.children)


def generic_birth(verb: Token, lex: TriggerLexicon) -> bool:
    """A birth said of anyone of a kind, not of someone: "for someone born in 2000", "those born in 1950",
    "children born after 1990", "5.97 children born per woman"; "his son, born in 1920" and "the children were
    born in 1920" (a definite subject) tell a happening."""
    if verb.lemma_.lower() not in lex.birth_verbs:
        return False
    if verb.dep_ in ("acl", "relcl"):
        people = [verb.head]
    else:
        people = [c for c in verb.children if c.dep_ in SUBJECTS]
    return any(generic_people(noun, lex) for noun in people)


def generic_people(noun: Token, lex: TriggerLexicon) -> bool:
    """An indefinite pronoun ("someone", "those") or a common plural with no determiner or possessor ("children",
    "5.97 children"): anyone of a kind."""
    if noun.lower_ in lex.generic_heads:
        return True
    return noun.pos_ == "NOUN" and noun.tag_ == "NNS" and not any(
        c.dep_ in ("det", "poss", "compound") or c.ent_type_ in ("PERSON", "NORP") for c in noun.children)


def names_no_happening(verb: Token, lex: TriggerLexicon) -> bool:
    """Verb phrases that are roles, intentions, hypotheticals or figures rather than happenings: "played a
    role", "intended to legislate", "could be flown", "recorded strong growth", "was followed by"; names
    ("sometimes called restellism") and generic births ("children born after 1990")."""
    lemma = verb.lemma_.lower()
    if hypothetical(verb, lex) or only_names(verb, lex) or generic_birth(verb, lex) or attributes_a_belief(verb) or (
            agentless_usage(verb, lex)):
        return True
    if lemma in lex.intention_verbs or verb.lower_ in lex.intention_verbs or is_linking(verb, lex):
        return True
    if purposed(verb, lex) or habitual(verb, lex) or prospective(verb, lex):
        return True
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in lex.negating_verbs and is_to_infinitive(verb):
        return True  # "failed to find a distributor": it did not happen (set conventions: negated happenings)
    if verb.dep_ == "xcomp" and (verb.head.lemma_.lower() in lex.intention_verbs or verb.head.lower_ in lex.intention_verbs):
        return True
    objects = [child for child in verb.children if child.dep_ in ("dobj", "attr")]
    if any(noun_key(obj) in lex.not_events.get(lemma, ()) for obj in objects):
        return True
    return lemma in lex.figure_report_verbs and any(noun_key(obj) in lex.figure_nouns for obj in objects)


def habitual(verb: Token, lex: TriggerLexicon) -> bool:
    """What was done again and again, not one happening (set conventions: habitual acts are no events): a
    habitual adverb ("usually trained", "often visited"), a time under "every" or "each" ("toured every
    year", "paid a dividend each quarter"), or the infinitive after "used to" ("used to visit")."""
    if any(c.dep_ == "advmod" and c.lower_ in lex.habitual_adverbs for c in verb.children):
        return True
    if any(c.dep_ == "npadvmod" and any(d.dep_ == "det" and d.lower_ in lex.distributive_determiners
                                        for d in c.children) for c in verb.children):
        return True
    used = verb.head if verb.dep_ == "xcomp" and is_to_infinitive(verb) else verb
    return used.lemma_.lower() in lex.habitual_verbs and any(
        c.dep_ == "xcomp" and c.i > used.i and is_to_infinitive(c) for c in used.children) and not any(
        c.dep_ in ("auxpass", "dobj") for c in used.children)  # "was used to build" is a use, not a habit


def prospective(verb: Token, lex: TriggerLexicon) -> bool:
    """A happening only scheduled or expected (set conventions: the planned happening is no event): the
    infinitive after a passive "set", "scheduled", "slated" or after "due" ("was scheduled to launch in
    1986", "is due to be completed in 2027")."""
    if verb.dep_ != "xcomp" or not is_to_infinitive(verb):
        return False
    head = verb.head
    if head.lower_ in lex.prospective_words and (head.dep_ == "acomp" or any(c.dep_ == "auxpass" for c in head.children)):
        return True
    return any(c.dep_ == "acomp" and c.lower_ in lex.prospective_words for c in head.children)


def attributes_a_belief(verb: Token) -> bool:
    """A passive verb of belief (WordNet) with an infinitive or a that-clause after an empty subject: "were
    believed to be extinct", "there were thought to be 4,000 species", "it was believed that ...", "is
    considered to have been lost": a belief attributed to no one in particular, no happening (v1.1: states and
    attribution are no events); "considered it a subgroup", "was recognized as a diagnosis" are acts."""
    if not names_a_belief(verb_key(verb)) or not any(c.dep_ == "auxpass" for c in verb.children):
        return False
    empty = any(c.dep_ in ("nsubjpass", "expl") and c.pos_ == "PRON" for c in verb.children)
    return any((c.dep_ == "xcomp" and is_to_infinitive(c))
               or (c.dep_ == "ccomp" and empty) for c in verb.children)


def purposed(verb: Token, lex: TriggerLexicon) -> bool:
    """An infinitive that says what a thing was for, not what was done: "efforts to drop him from the 1864
    ballot", "a mission to test the lander in December 1968", "plans to close the mine in 1984"; but the
    first (last, only) one to do something did it ("the first state to ratify in 1787")."""
    noun = verb.head
    if verb.dep_ not in ("acl", "relcl") or noun.pos_ not in NOUN_POS or not is_to_infinitive(verb):
        return False
    if noun.lower_ in lex.nouns or noun.lemma_.lower() in lex.nouns:
        return False  # "its decision to suspend the talks on 10 February": what was decided is the act
    # ... an ordinal ranks it only as the subject or complement of "be" ("the third state to ratify was"), not
    # in "planned as the second mission, to test ..."
    ranked = noun.dep_ in ("attr", "nsubj")
    return not (noun.lower_ in FIRSTS or any(c.dep_ == "amod" and (c.lower_ in FIRSTS or (
        ranked and c.ent_type_ == "ORDINAL")) for c in noun.children))


def coerced_departure(verb: Token, lex: TriggerLexicon) -> Token | None:
    """"was forced to leave", "compelled to flee": the departure verb, a migration."""
    if verb.lemma_.lower() not in lex.coercion_verbs:
        return None
    return next((child for child in verb.children if child.dep_ == "xcomp" and is_verb(child)
                 and child.lemma_.lower() in lex.departure_verbs), None)


FIRSTS = ("first", "last", "only")


def first_to(verb: Token) -> Token | None:
    """"was the first woman to cross the Atlantic", "the first state to ratify was Virginia": a copula whose
    complement or subject is the first (last, only) one "to" do something says that it was done: the
    infinitive is the happening."""
    for noun in firsts_of_kind(verb):
        for clause in noun.children:
            if clause.dep_ in ("relcl", "acl") and is_verb(clause) and is_to_infinitive(clause):
                return clause
            if clause.dep_ == "acl" and is_verb(clause):
                # "the first person born in Africa to fly in space": the parser hangs it on the participle
                inner = next((c for c in clause.children if c.dep_ in ("advcl", "xcomp") and is_verb(c)
                              and is_to_infinitive(c)), None)
                if inner is not None:
                    return inner
        for clause in verb.children:  # "became the first Briton to fly in space": the parser hangs it on the verb
            if clause.dep_ in ("advcl", "xcomp") and is_verb(clause) and clause.i > noun.i and is_to_infinitive(clause):
                return clause
    return None


def firsts_of_kind(verb: Token, ordinals: bool = True) -> list[Token]:
    """The complement or subject of a copula that is the first (last, only) one of its kind: "became the first
    woman in space", "was China's first astronaut", "the first state to ratify was"; with `ordinals`, any
    ordinal too ("the third state to ratify")."""
    if verb.lemma_.lower() not in ("be", "become"):
        return []
    nouns = []
    for noun in verb.children:
        if noun.dep_ in ("attr", "nsubj") and first_of_kind(noun, ordinals):
            nouns.append(noun)
        elif (noun.dep_ == "prep" and noun.lower_ == "among") or (noun.dep_ in ("attr", "nsubj") and noun.lower_ == "one"):
            # "was among the first countries to legalize it", "was one of the first countries to": one of them
            nouns.extend(noun for prep in [noun] + [c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"]
                         for pobj in prep.children if pobj.dep_ == "pobj" and first_of_kind(pobj, ordinals))
    return nouns


def first_of_kind(noun: Token, ordinals: bool = True) -> bool:
    """A noun that is the first (last, only) one of its kind, or with `ordinals` any ordinal one."""
    return noun.pos_ in NOUN_POS | {"ADJ"} and (noun.lower_ in FIRSTS or any(c.dep_ == "amod" and (
        c.lower_ in FIRSTS or (ordinals and c.ent_type_ == "ORDINAL")) for c in noun.children))


ROLE_CLASSES = ("person", "polity", "organisation")


def takes_a_role(verb: Token, lex: TriggerLexicon) -> bool:
    """"became a lecturer", "became an American citizen", "turned professional", "the island became a
    country": one took a role or status then (the complement is a person, a state or an organisation in
    WordNet's actor classes); "became the basis of", "became clear" are no happening."""
    if verb.lemma_.lower() not in lex.role_verbs:
        return False
    return any(child.dep_ in ("attr", "oprd", "acomp") and child.pos_ in NOUN_POS | {"ADJ"}
               and actor_noun_class(noun_key(child)) in ROLE_CLASSES for child in verb.children)


def stages_an_act(verb: Token, lex: TriggerLexicon) -> bool:
    """"the first presentation was held in 1929", "held a gala": the act held (WordNet's acts) is staged
    then; "held most of the debts" is no happening. A participle after what it stages ("the 29th ceremony,
    held on March 27, 1957", "the Games, held in 1936") stages it, unless that is people ("the prisoners
    held in 1920")."""
    if verb.lemma_.lower() not in lex.staging_verbs:
        return False
    held = staged_by_participle(verb)
    if held is not None:
        return held.pos_ in NOUN_POS and held.ent_type_ not in ("PERSON", "NORP") and (
            actor_noun_class(noun_key(held)) != "person")  # a meeting is a "group" in WordNet
    return any(child.dep_ in ("dobj", "nsubjpass") and child.pos_ == "NOUN" and (
        names_an_act(noun_key(child)) or names_an_occasion(noun_key(child))) for child in verb.children)


def spans_years(date: DateRecord) -> bool:
    """A date that runs from one year into another ("from 1990 to 1992", "between 1961 and 1964")."""
    return date.date_from is not None and date.date_to is not None and date.date_from[:4] != date.date_to[:4]


def holds_over_years(verb: Token, date: DateRecord) -> bool:
    """"She held the championship from 1990 to 1992": a staging verb in the active voice over a span of years
    says one held a title, a state (v1.1: states are not events); staging is dated to when it took place
    ("the championship was held from 3 to 9 May", "held a gala in 1990")."""
    return spans_years(date) and not any(c.dep_ == "auxpass" for c in verb.children) and staged_by_participle(verb) is None


def staged_by_participle(verb: Token) -> Token | None:
    """The noun a bare past participle follows, set off by a comma or not ("the ceremony, held on ...": the
    parser makes it an adjectival clause of the noun, or an adverbial clause of the main verb)."""
    if verb.tag_ != "VBN" or verb.dep_ not in ("acl", "advcl") or any(
            c.dep_ in SUBJECTS | {"dobj", "aux", "auxpass", "mark"} for c in verb.children):
        return None
    if verb.dep_ == "acl":
        return verb.head
    doc = verb.doc
    before = verb.i - 1 if doc[verb.i - 1].text == "," else verb.i
    return doc[before - 1] if before >= 1 and doc[before - 1].pos_ in NOUN_POS and before - 1 > verb.sent.start else None


def name_particle_verb(verb: Token, lex: TriggerLexicon) -> Token | None:
    """A particle of a person's name the model took for a verb ("José Eduardo dos Santos visited Israel": "dos"
    between two capitalised names): the verb it governs says what happened ("visited")."""
    doc = verb.doc
    if verb.lower_ not in lex.name_particles or verb.text != verb.lower_ or not (
            0 < verb.i < len(doc) - 1 and doc[verb.i - 1].pos_ == "PROPN" and doc[verb.i + 1].text[:1].isupper()):
        return None
    return next((c for c in verb.children if c.dep_ in ("ccomp", "conj") and is_verb(c) and c.i > verb.i), None)


def content_verb(verb: Token, lex: TriggerLexicon) -> Token:
    """The verb that says what happened: "began to criticize" -> criticize; "became possible to agree" -> agree;
    "was the first woman to cross" -> cross."""
    lemma = verb.lemma_.lower()
    named = name_particle_verb(verb, lex)
    if named is not None:
        return named
    departure = coerced_departure(verb, lex)
    if departure is not None:
        return departure
    first = first_to(verb)
    if first is not None:
        return first
    if lemma == "be":
        for child in verb.children:
            base = prefixed_verb(child, lex) if child.dep_ == "acomp" else None
            if base is not None:  # "was re-elected": the parser may read "re", "-" and "elected" as complements of "was"
                return base
    modal = any(child.dep_ == "acomp" and child.lower_ in lex.modal_adjectives for child in verb.children)
    for child in verb.children:
        if child.dep_ == "xcomp" and is_verb(child) and (lemma in lex.aspectual or modal):
            return child
        if child.dep_ == "acomp" and child.lower_ in lex.modal_adjectives:
            for grandchild in child.children:
                if grandchild.dep_ == "xcomp" and is_verb(grandchild):
                    return grandchild
    return verb


BODY_CLASSES = ("organisation", "polity")


def grows_a_body(verb: Token) -> bool:
    """An organisation that grew to a number of members that are organisations or states: "the league
    expanded to 14 teams", "the association expanded its membership to 40 nations" is the body's expansion,
    not a figure ("the company grew to 5,000 employees", "the economy expanded by 5 percent" are)."""
    if not any(c.dep_ in SUBJECTS and actor_noun_class(noun_key(c)) == "organisation" for c in verb.children):
        return False
    return any(token.pos_ == "NOUN" and actor_noun_class(noun_key(token)) in BODY_CLASSES and any(
        c.dep_ == "nummod" for c in token.children) for child in verb.children if child.dep_ not in SUBJECTS
        for token in child.subtree)


PEOPLE_CLASSES = ("person", "group", "organisation")


def moves_people(verb: Token) -> bool:
    """A number of people moved: "landed 22,000 men on the island", "25,000 soldiers arrived", "sent 700 men
    to seize the stores" is the movement of a force or a people (a verb whose first WordNet sense is a
    motion, its subject or object people), not a figure; "shipped 7 Mt of coal" is."""
    if not names_a_motion(verb_key(verb)):
        return False
    return any(child.dep_ in SUBJECTS | {"dobj"} and child.pos_ == "NOUN"
               and actor_noun_class(noun_key(child)) in PEOPLE_CLASSES for child in verb.children)


def states_a_figure(verb: Token, lex: TriggerLexicon, date_tokens: set[int]) -> bool:
    """A rise, fall or level of a number ("grew to US$172 million"), or a number that did something."""
    figure_verb = verb.lemma_.lower() in lex.figure_verbs
    if figure_verb and grows_a_body(verb):
        return False
    if not figure_verb and moves_people(verb):
        return False
    # A decision, agreement, clash... is a happening even with a number around it ("53.5 percent of voters
    # rejected", "approved US$1 billion in credit"); a trade flow with its amount is a figure ("shipped 7 Mt").
    kind, _ = lex.entry(lex.verbs, verb.lemma_.lower())
    happening = (kind not in (None, "other", "economic") or finances_money(verb, lex)) and not figure_verb
    for child in verb.children:
        if child.dep_ in ("conj", "cc", "advcl", "ccomp", "relcl", "punct"):
            continue
        if child.dep_ == "prep" and f"{verb.lemma_.lower()} {child.lower_}" in lex.figure_phrases and any(
                token.ent_type_ in FIGURE_LABELS or token.like_num for token in child.subtree if token.i not in date_tokens):
            return True  # "came to about 19 million tonnes", "put the cost at $5 billion"
        if figure_verb and child.dep_ == "prep" and child.lower_ == "in" and any(
                g.dep_ == "pobj" and (noun_key(g) in lex.figure_subjects or noun_key(g) in lex.figure_nouns)
                for g in child.children):
            return True  # "fell steadily in price", "rose in value": a change of a figure
        in_subject = child.dep_ in SUBJECTS
        if in_subject and child.pos_ in NOUN_POS and noun_key(child) in lex.figure_nouns:
            return True  # "the increase in 2003 came mostly in oil"
        if in_subject and figure_verb and noun_key(child) in lex.figure_subjects:
            return True  # "exports grew quickly in the 2000s"
        for token in child.subtree:
            if token.i in date_tokens:
                continue
            if token.ent_type_ in ("MONEY", "PERCENT", "QUANTITY") and (
                    figure_verb or ((child.dep_ == "dobj" or in_subject) and not happening)) and not (
                    child.dep_ == "dobj" and token.i != child.i and child.ent_type_ == ""
                    and noun_key(child) in lex.argument_nouns and not figure_verb):
                # ... but "offered a loan of US$2 billion" is the loan: an amount inside a typed object noun
                return True  # "sent 1.5 million tons of coal", "was taking 25 percent"
            if figure_verb and not in_subject and (token.like_num or token.ent_type_ == "CARDINAL"):
                return True
            if (in_subject or child.dep_ == "dobj") and not happening and token.ent_type_ != "ORDINAL" and (
                    token.text.replace(",", "").replace(".", "").isdigit()) and not names_a_number(token):
                return True  # "some 12,000 labourers were employed", "the register listed 86,000": counts
    return False


def names_a_number(token: Token) -> bool:
    """A number that is part of a name, not a count: "Apollo 8 launched", "Soyuz 37 docked", "Gemini 4"."""
    return token.dep_ in ("nummod", "appos", "compound") and token.head.pos_ == "PROPN" and token.head.i == token.i - 1


ACTOR_CLASSES = ("person", "polity", "organisation", "group")


def changes_extent(verb: Token, lex: TriggerLexicon) -> bool:
    """A thing's gradual change with no actor doing it: "her popularity peaked", "his influence declined in the
    1970s", "the movement's activities declined" (v1.1: "grew", "rose" are no events); not what an actor did or
    underwent ("the party grew", "the empire declined", "it expanded its army"), and not with an object."""
    if verb.lemma_.lower() not in lex.extent_verbs or any(c.dep_ in ("dobj", "agent", "auxpass") for c in verb.children):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject is not None and subject.pos_ == "NOUN" and not subject.ent_type_ and (
        actor_noun_class(noun_key(subject)) not in ACTOR_CLASSES)


def is_state(verb: Token, lex: TriggerLexicon) -> bool:
    lemma = verb.lemma_.lower()
    if lemma not in lex.states:
        return False
    prt = particle(verb)
    return not (prt is not None and prt.lower_ in lex.particles)


def frames(verb: Token, lex: TriggerLexicon) -> bool:
    """Attribution, framing or a causal link, not a happening: "according to", "ranging from", "was
    administered from", "led to", "contributed to"."""
    lemma = verb.lemma_.lower()
    return any(f"{lemma} {child.lower_}" in lex.framing_phrases for child in verb.children
               if child.dep_ in ("prep", "agent", "dobj", "prt"))


def framed_event_noun(verb: Token, lex: TriggerLexicon) -> Token | None:
    """The event noun a framing verb links: "the 1968 discovery of gold led to a rush" (its subject),
    "the region was devastated by the war" (an agent, where a framing phrase takes one)."""
    for child in verb.children:
        if child.dep_ in SUBJECTS and names_event(child, lex):
            return child
        if child.dep_ == "agent":
            for pobj in child.children:
                if pobj.dep_ == "pobj" and names_event(pobj, lex):
                    return pobj
    return None


def names_event(noun: Token, lex: TriggerLexicon) -> bool:
    """An event noun of the lexicon, or a noun WordNet puts in an event class ("the 1930s drought")."""
    return is_event_noun(noun, lex) or (noun.pos_ == "NOUN" and noun_event_type(noun_key(noun)) is not None)


def prefixed_verb(verb: Token, lex: TriggerLexicon) -> Token | None:
    """The verb after a hyphen when the model parsed a prefix as a verb of its own ("re" in "re-established")."""
    doc = verb.doc
    if verb.lower_ not in lex.hyphen_prefixes or verb.whitespace_ or verb.i + 2 >= len(doc):
        return None
    hyphen, base = doc[verb.i + 1], doc[verb.i + 2]
    return base if hyphen.text == "-" and not hyphen.whitespace_ and base.is_alpha and (
        base.tag_.startswith("VB") or verb.tag_.startswith("VB")) else None


def prefix_of(verb: Token, lex: TriggerLexicon) -> Token | None:
    """The prefix before the hyphen of a verb the model split ("re" of "re-established"), if any."""
    if verb.i < 2:
        return None
    prefix = verb.doc[verb.i - 2]
    base = prefixed_verb(prefix, lex)
    return prefix if base is not None and base.i == verb.i else None


def verb_candidate(verb: Token, date: DateRecord, lex: TriggerLexicon, date_tokens: set[int],
                   subject_from: Token | None = None) -> Candidate | None:
    if frames(verb, lex):
        noun = framed_event_noun(verb, lex)
        return noun_candidate(noun, date, lex) if noun is not None else None
    if names_causing(verb_key(verb)):
        noun = framed_event_noun(verb, lex)
        if noun is not None and actor_noun_class(noun_key(noun)) not in ACTOR_CLASSES:
            # "the 1848 revolution sparked reforms": the cause is the happening ("troops caused damage": the verb)
            return noun_candidate(noun, date, lex)
    base = prefixed_verb(verb, lex)
    if base is not None:  # "re-established": the verb after the hyphen gives the type, the trigger is the word
        kind, lemma = verb_type(base, lex)
        return Candidate(verb, base, kind, f"{verb.lower_}-{lemma}", date, [], subject_from)
    content = content_verb(verb, lex)
    if is_state(content, lex) or states_a_figure(content, lex, date_tokens) or names_a_comparison(verb_key(content)):
        return None  # "remained", "grew to US$172 million", "overtook Japan as the largest economy"
    if changes_extent(content, lex):
        return None  # "her popularity peaked in the 1920s"
    if content.lemma_.lower() in lex.governing_verbs and spans_years(date) and any(
            c.dep_ == "auxpass" for c in content.children):
        return None  # "was governed by a coalition from 1919 to 1932": a territory's status over the span
    if names_no_happening(verb, lex) or names_no_happening(content, lex) or generic_present(verb, lex):
        return None
    kind, lemma = verb_type(content, lex)
    if content is not verb and verb.lemma_.lower() in lex.coercion_verbs:
        kind = "migration"  # "was forced to leave"
    bare = content.lemma_.lower()
    if kind == "other" and lemma == bare and bare in lex.needs_event_argument and not (
            bare == "become" and any(n.dep_ == "attr" for n in firsts_of_kind(content, ordinals=False))) and not (
            takes_a_role(content, lex) or (stages_an_act(content, lex) and not holds_over_years(content, date))):
        # "held most of the debts", "became the third pillar": no happening named; but one who became the
        # first of a kind ("became the first woman in space") achieved it then
        return None
    start, end = content, content
    prefix = prefix_of(content, lex)
    if prefix is not None:  # "was re-established": the trigger is the whole word
        start, lemma = prefix, f"{prefix.lower_}-{lemma}"
    heads: list[Token] = []
    if content is not verb:
        heads.append(verb)
        if verb.lemma_.lower() in lex.aspectual or verb.lemma_.lower() in lex.coercion_verbs:
            start, lemma = verb, f"{verb.lemma_.lower()} {lemma}"
    elif verb.dep_ == "xcomp" and verb.head.lemma_.lower() in lex.aspectual and verb.head.i < verb.i:
        start, lemma = verb.head, f"{verb.head.lemma_.lower()} {lemma}"  # "began to bear fruit in 1998"
        heads.append(verb.head)
    elif verb.dep_ == "xcomp" and verb.head.i < verb.i and coerced_departure(verb.head, lex) == verb:
        start, lemma, kind = verb.head, f"{verb.head.lemma_.lower()} {lemma}", "migration"  # "forced to leave in 1972"
        heads.append(verb.head)
    prt = particle(content)
    if prt is not None and prt.i > end.i:
        end = prt
    if lemma.endswith("take place"):
        end = next((c for c in content.children if c.dep_ == "dobj" and c.lower_ == "place"), end)
    elif " " in lemma and lemma.split()[-2] in lex.idioms:
        obj = next((c for c in content.children if c.dep_ in ("dobj", "attr")), None)
        if obj is not None and 0 < obj.i - end.i <= 2:
            end = obj
    return Candidate(start, end, kind, lemma, date, heads, subject_from)


def noun_candidate(noun: Token, date: DateRecord, lex: TriggerLexicon, acl: Token | None = None) -> Candidate:
    kind = noun_type(noun, lex) or (noun_event_type(noun_key(noun)) if noun.pos_ == "NOUN" else None) or "other"
    return Candidate(noun, noun, kind, noun_key(noun), date, [acl] if acl is not None else [])


FINITE_TAGS = {"VBD", "VBZ", "VBP", "MD"}
MISREAD_TAGS = {"JJ", "VBN", "NN", "NNP"}
MISREAD_DEPS = {"amod", "compound", "nmod", "npadvmod"}
NAMED_SUBJECT_LABELS = {"GPE", "ORG", "PERSON"}  # a name the tagger may read as an adjective ("Sweden/JJ outlawed")


def past_form_lemma(word: str, lex: TriggerLexicon) -> str | None:
    """The verb a past form is the past of (WordNet's morphology), when that verb is an event trigger (the
    lexicon's or a WordNet event class): "annexed" annex, "banned" ban, "ratified" ratify, "forbade" forbid,
    "overthrew" overthrow; None otherwise, and for a strong verb's participle that is an adjective of its own
    ("the Labour left wing", "its broken treaties")."""
    if is_adjective_past_form(word):
        return None
    return next((verb for verb in verbs_of_past_form(word) if verb in lex.verbs or verb_event_type(verb) is not None),
                None)


def first_clause_end(sentence: Span) -> int:
    """The index after a sentence's first clause: its first comma, semicolon or colon after a word, or its end
    ("In 1871 Germany annexed Alsace, and in 1919 France regained it": up to the comma)."""
    return next((t.i for t in sentence if t.i > sentence.start + 2 and t.text in (",", ";", ":")), sentence.end)


def misread_verb(sentence: Span, date_tokens: set[int], lex: TriggerLexicon) -> tuple[Token, str, list[Token]] | None:
    """The main verb of a clause the model read as one noun phrase, tagging the verb as an adjective or noun
    modifying its object: "In 1871 Germany annexed Alsace", "The government of X in 2007 outlawed usage of Y".
    Only in a first clause (up to its first comma) with no finite verb, for an "-ed" word whose verb names a
    happening, standing between a nominal (its subject, a fronted or inserted date skipped) and the noun it
    modifies (its object); "the annexed territory", "its discovered species" keep the word a modifier. The verb,
    its lemma and its argument tokens (the subject's run of nouns, the object's phrase within the clause)."""
    end = first_clause_end(sentence)
    if any(t.tag_ in FINITE_TAGS or t.pos_ == "AUX" for t in sentence.doc[sentence.start:end]):
        return None
    for token in sentence.doc[sentence.start:end]:
        if token.tag_ not in MISREAD_TAGS or token.dep_ not in MISREAD_DEPS or token.i in date_tokens:
            continue
        obj = token.head
        if obj.i <= token.i or obj.pos_ not in NOUN_POS or obj.i in date_tokens or any(
                t.pos_ not in NOUN_POS and t.tag_ not in ("JJ", "DT") for t in token.doc[token.i + 1:obj.i]):
            continue
        lemma = past_form_lemma(token.lower_, lex)
        if lemma is None:
            continue
        before = token.i - 1
        while before >= sentence.start and before in date_tokens:
            before -= 1  # "Germany in 1871 annexed": the inserted date
        if before < token.i - 1 and before >= sentence.start and token.doc[before].pos_ == "ADP":
            before -= 1
        if before < sentence.start:
            continue
        subject = token.doc[before]
        if subject.i in date_tokens or not (subject.pos_ in NOUN_POS or subject.ent_type_ in NAMED_SUBJECT_LABELS):
            continue
        if subject.ent_type_ == "NORP" and subject.tag_ != "NNPS":
            continue  # "Soviet annexed lands": a nationality modifying the noun phrase; "the Soviets" may act
        if any(t.pos_ in NOUN_POS and t.i not in date_tokens and t.ent_type_ not in NAMED_SUBJECT_LABELS
               and is_event_noun(t, lex) for t in sentence.doc[sentence.start:token.i]):
            continue  # "China's loan to Angola in 2004 financed railways": a dated happening named before is the
            # event; an actor's name is none ("Congress in 1808 forbade imports")
        first = subject
        while first.i > sentence.start and token.doc[first.i - 1].pos_ in NOUN_POS | {"DET"} and first.i - 1 not in date_tokens:
            first = token.doc[first.i - 1]
        arguments = list(token.doc[first.i:subject.i + 1])
        arguments += [t for t in obj.subtree if token.i < t.i < end and t.i not in date_tokens]
        return token, lemma, arguments
    return None


def misread_candidate(date_span: Span, date: DateRecord, lex: TriggerLexicon, date_tokens: set[int]) -> Candidate | None:
    """The happening of a clause whose verb the model misread as a modifier (`misread_verb`): typed by the
    verb's lemma, its subject and object words its arguments."""
    sentence = date_span.sent
    found = misread_verb(sentence, date_tokens, lex)
    if found is None or date_span.end > first_clause_end(sentence):
        # a date of a later clause is that clause's
        return None
    verb, lemma, arguments = found
    kind = verb_type_of_lemma(verb, lemma, lex)[0]
    return Candidate(verb, verb, kind, lemma, date, clause_arguments=arguments)
