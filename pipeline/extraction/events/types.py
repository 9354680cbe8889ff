"""Types: which type of event a trigger names (conflict, agreement, meeting, policy, ...). A phrasal verb
or idiom first, then the verb's lexicon entry with its arguments deciding for ambiguous verbs ("signed
a decree" is policy), an adjective on an aid-like object ("military support"), the event noun's own
type with its modifiers ("economic crisis"); a visit verb that goes to a place is a meeting."""
from __future__ import annotations

from spacy.tokens import Token

from ..gazetteer import resolve_parties
from ..wordclasses import noun_event_type, verb_event_type
from .grammar import NOUN_POS, SUBJECTS, is_event_noun, noun_key, particle
from .lexicon import TriggerLexicon


def finances_money(verb: Token, lex: TriggerLexicon) -> bool:
    """A loan, grant or credit of an amount: "extended a further US$1.5 billion", "lent $200 million"."""
    return verb.lemma_.lower() in lex.financing_verbs and any(
        token.ent_type_ == "MONEY" for child in verb.children if child.dep_ == "dobj" for token in child.subtree)


def argument_nouns(verb: Token) -> list[Token]:
    """Object nouns, or the subject of a passive or intransitive verb, that can decide the type."""
    objects = [child for child in verb.children if child.dep_ in ("dobj", "nsubjpass", "attr", "oprd", "acomp")]
    for child in verb.children:
        if child.dep_ == "prep":
            objects.extend(grandchild for grandchild in child.children if grandchild.dep_ == "pobj")
    objects.extend(conj for obj in list(objects) for conj in obj.conjuncts if conj.pos_ in NOUN_POS)
    if not any(child.dep_ == "dobj" for child in verb.children):
        objects.extend(child for child in verb.children if child.dep_ == "nsubj")
    return objects


def noun_type(noun: Token, lex: TriggerLexicon) -> str | None:
    """The type an event noun names, with its modifiers deciding ("economic crisis")."""
    kind, modifiers, arguments = lex.noun_entry(lex.nouns, noun_key(noun))
    if kind is None:
        kind, modifiers, arguments = lex.noun_entry(lex.nouns, noun.lower_)
    for child in noun.children:
        if child.dep_ in ("amod", "compound") and child.lemma_.lower() in modifiers:
            return modifiers[child.lemma_.lower()]
    # "the establishment of diplomatic relations", "accession to the throne": the noun's object decides
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in ("of", "to"):
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    for key in (noun_key(pobj), pobj.lower_):
                        if key in arguments:
                            return arguments[key]
    return kind


def wordnet_argument_type(nouns: list[Token], lex: TriggerLexicon) -> str | None:
    """The WordNet event class of the argument a verb acts on ("founded a colony" -> migration, "created a
    company" -> economic, "purchased rifles" -> military): the direct object or the passive subject first,
    then a prepositional object; nouns the lexicon says name no argument class are passed over."""
    ranked = sorted((n for n in nouns if n.pos_ in NOUN_POS and n.dep_ in ("dobj", "nsubjpass", "pobj", "conj", "attr")),
                    key=lambda n: (n.dep_ not in ("dobj", "nsubjpass"), n.i))
    for noun in ranked:
        key = noun_key(noun)
        if key in lex.no_argument_class:
            continue
        found = noun_event_type(key) or noun_event_type(noun.lemma_)
        if found:
            return found
    for noun in ranked:  # "the railway line was completed": a compound says what kind of thing a bare head is
        for child in noun.children:
            if child.dep_ == "compound" and child.i < noun.i and noun_key(noun) not in lex.no_argument_class:
                found = noun_event_type(noun_key(child))
                if found:
                    return found
    return None


def military_object(verb: Token) -> bool:
    """The verb's direct object (or passive subject) is of WordNet's military class: weapons, troops, units."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    objects.extend(conj for obj in list(objects) for conj in obj.conjuncts)
    return any(obj.pos_ in NOUN_POS and noun_event_type(noun_key(obj)) == "military" for obj in objects)


def argument_type(nouns: list[Token], lex: TriggerLexicon, deep: bool = False) -> str | None:
    for noun in nouns:
        key = noun_key(noun)
        if key in lex.argument_nouns:
            return lex.argument_nouns[key]
        if noun.lower_ in lex.argument_nouns:
            return lex.argument_nouns[noun.lower_]
    if deep:  # "became a base for refugees": the noun's own "for"/"of" phrase
        for noun in nouns:
            for child in noun.children:
                if child.dep_ == "prep" and child.lower_ in ("for", "of"):
                    found = argument_type([g for g in child.children if g.dep_ == "pobj"], lex)
                    if found:
                        return found
    return None


# Types a verb gets from its own meaning that a military actor turns into a military act: an army that
# arrives, enters, regroups or pulls out moves as a force (v1.1: deployments, retreats, troop withdrawals).
MOVES_OF_A_FORCE = {"other", "meeting", "migration", "withdrawal"}


def verb_type(verb: Token, lex: TriggerLexicon) -> tuple[str, str]:
    """(type, lemma) of a verb trigger; the argument decides where the verb alone does not."""
    kind, lemma = verb_type_alone(verb, lex)
    if kind in MOVES_OF_A_FORCE and military_subject(verb):
        return "military", lemma  # "the troops withdrew from the city", "the regiment entered the town"
    if kind == "other" and puts_in_office(verb, lex):
        return "leadership", lemma  # "selected him as its provisional president"
    return kind, lemma


def military_subject(verb: Token) -> bool:
    """The verb's actor (its subject, or the passive subject of a move: "troops were withdrawn") is of WordNet's
    military class."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    subjects.extend(conj for s in list(subjects) for conj in s.conjuncts)
    return any(s.pos_ in NOUN_POS and noun_event_type(noun_key(s)) == "military" for s in subjects)


def puts_in_office(verb: Token, lex: TriggerLexicon) -> bool:
    """An "as" phrase naming an office: "chose her as vice president", "was confirmed as governor"."""
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "as":
            for pobj in child.children:
                if pobj.dep_ == "pobj" and (noun_key(pobj) in lex.office_nouns or " ".join(
                        t.lower_ for t in pobj.subtree if t.dep_ in ("compound",) or t is pobj) in lex.office_nouns):
                    return True
    return False


def verb_type_alone(verb: Token, lex: TriggerLexicon) -> tuple[str, str]:
    lemma = verb.lemma_.lower()
    nouns = argument_nouns(verb)
    prt = particle(verb)
    if prt is not None:
        phrase = f"{lemma} {prt.lower_}"
        kind, overrides = lex.entry(lex.phrasal, phrase)
        if kind is not None:
            if phrase in lex.argument_typed_verbs:  # "carried out a raid", "set up a colony"
                kind = argument_override(nouns, overrides) or wordnet_argument_type(nouns, lex) or kind
            return argument_override(nouns, overrides) or kind, phrase
        if prt.lower_ in lex.particles:
            return lex.particles[prt.lower_], phrase
    for noun in nouns:
        if noun.dep_ in ("dobj", "attr", "acomp") and noun_key(noun) in lex.idioms.get(lemma, {}):
            return lex.idioms[lemma][noun_key(noun)], f"{lemma} {noun.lower_}"
        if lemma == "take" and noun.lower_ == "place" and noun.dep_ == "dobj":
            subjects = [child for child in verb.children if child.dep_ in SUBJECTS]
            return argument_type(subjects, lex) or noun_type_of(subjects, lex) or "other", "take place"
    kind, overrides = lex.entry(lex.verbs, lemma)
    modified = modifier_type(nouns, lex)
    if lemma in lex.military_object_verbs and military_object(verb):
        return "military", lemma  # "purchased rifles", "withdrew its troops"; "purchased a territory" is not
    if lemma in lex.argument_typed_verbs:
        # "founded a colony", "launched an offensive", "approved a loan": what the verb acts on decides
        found = (modified or argument_override(nouns, overrides) or argument_type(nouns, lex)
                 or noun_type_of(nouns, lex) or wordnet_argument_type(nouns, lex))
        if found:
            return found, lemma
    if kind is not None and kind != "other":
        return modified or argument_override(nouns, overrides) or kind, lemma
    if lemma in lex.light_verbs:
        found = argument_type(nouns, lex) or noun_type_of(nouns, lex)
        if found or not (lemma in lex.visit_verbs and visits_a_place(verb, lex)):
            return found or "other", lemma  # "came to power", "came into force"
    if lemma in lex.visit_verbs and visits_a_place(verb, lex):
        return "meeting", lemma  # "came to Ulaanbaatar", "reached Japan": a visit
    if kind is None and lemma not in lex.needs_event_argument:
        # a verb the lexicon lacks: an event noun as its object names the happening ("paid a visit"), else
        # the verb's WordNet class ("conquered", "emigrated")
        kind = noun_type_of([n for n in nouns if n.dep_ == "dobj"], lex) or verb_event_type(lemma)
        if kind is not None:
            return modified or argument_override(nouns, overrides) or kind, lemma
    return (modified or argument_override(nouns, overrides) or argument_type(nouns, lex, deep=True)
            or ("economic" if finances_money(verb, lex) else "other")), lemma


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


def visits_a_place(verb: Token, lex: TriggerLexicon) -> bool:
    # a city or state, also one the model mislabels that the gazetteer knows ("came to Ulaanbaatar")
    return any(t.ent_type_ == "GPE" or (t.pos_ == "PROPN" and resolve_parties(t.text)) for t in visit_targets(verb, lex))


def argument_override(nouns: list[Token], overrides: dict) -> str | None:
    for noun in nouns:
        if noun.dep_ in ("dobj", "nsubjpass", "attr", "pobj", "nsubj") or noun.dep_ == "conj":
            for key in (noun_key(noun), noun.lower_):
                if key in overrides:
                    return overrides[key]
    return None


def noun_type_of(nouns: list[Token], lex: TriggerLexicon) -> str | None:
    for noun in nouns:
        if is_event_noun(noun, lex):
            return noun_type(noun, lex)
    return None
