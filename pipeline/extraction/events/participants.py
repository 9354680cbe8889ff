"""Participants and location: the states, organisations and persons in a trigger's arguments, normalised
through the gazetteer (persons by their fullest name in the article), and the place of a locative
phrase. A subject that points back ("it", "the two countries", "he") takes the states or person it
points to; a person's nationality or a stance ("anti-Japanese") is not a party."""
from __future__ import annotations

import re
from typing import Iterator

from spacy.tokens import Span, Token

from ..gazetteer import (canonical_person, ends_with_a_body_noun, fold, is_city_name, is_place_name, is_state_body, kind_of, load_gazetteer, names_a_state, normalise_name,
                         resolve_parties, resolve_party, state_of_body, timex_period, load_language_names)
from .grammar import NOUN_POS, SUBJECTS, is_to_infinitive, is_event_noun, is_verb, noun_key, passive_agents, pruned_subtree
from .lexicon import TriggerLexicon
from .records import Candidate
from ..wordclasses import names_a_disaster, noun_event_type
from .types import goes_to_a_school, verb_type, visit_targets
from .actors import (document_head, is_plural_name, link_title, load_actor_lexicon, names_an_organisation, noun_class,
                     titles_an_organisation)
from .view import DocView, entity_of, link_completed
from .actors import adjective_place, body_of_members, navy_state, shortens


PARTY_LABELS = {"GPE", "NORP", "ORG", "PERSON"}
PLACE_LABELS = {"GPE", "LOC", "FAC"}
# labels the model gives names of persons and bodies it misreads ("[[Tori Murden]]" as a product)
MISLABELS = ("FAC", "PRODUCT", "WORK_OF_ART", "LOC", "EVENT")
PERSON_BY_INITIALS = re.compile(r"^(?:[A-Z]\.\s?){1,3}[A-Z][a-z]+$")
PERSONAL_PRONOUNS = {"he", "his", "she", "her", "him"}
OBJECT_ROLES = {"dobj", "dative", "pobj"}
# Where a lone surname stands for a person: subject, possessor, object, conjunct.
SURNAME_ROLES = {"nsubj", "nsubjpass", "poss", "dobj", "pobj", "conj"}
OBJECTS = {"dobj", "dative", "attr", "oprd"}
ARGUMENTS = SUBJECTS | OBJECTS | {"agent", "ccomp", "xcomp", "acomp", "npadvmod"}
NOMINAL_ARGUMENTS = {"poss", "compound", "amod", "nmod", "acl", "relcl", "appos"}


def modifies_person(ent: Span) -> bool:
    """"Russian" in "Russian President Vladimir Putin", "of France" in "President Sadi Carnot of France",
    "Ulf Berg of Sweden": a person's state is not added for them."""
    token = ent.root
    if is_a_persons_origin(token):
        return True
    for _ in range(3):
        if token.dep_ not in ("amod", "compound", "nmod", "poss") or token.head == token:
            return False
        token = token.head
        if token.ent_type_ == "PERSON" or (not token.ent_type_ and token.pos_ == "PROPN" and linked_name(token) is not None):
            return True  # "Soviet [[Yuri Orlov]]": a linked name the model left untagged
        if is_a_persons_description(token):
            return True
    return False


def is_a_persons_description(token: Token) -> bool:
    """"Brazilian striker Ronaldo", "the Swedish chemist Alfred Nobel": a common noun set right before a
    person's name (the parser may make the two separate subjects) describes that person."""
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return (token.pos_ == "NOUN" and after is not None and after.ent_type_ == "PERSON" and after.ent_iob_ == "B"
            and not token.ent_type_)


def is_a_persons_origin(token: Token) -> bool:
    """"Ulf Berg of Sweden", "Jan Hus of Prague, Bohemia", "Omar Haddad from Sfax in Tunisia", "Ann Roe of Bern
    in Switzerland" (the parser hangs "in" on the place or on the person): a place that says where a named
    person is from, a place of a place, is the person's origin, not a party."""
    for _ in range(4):
        if token.dep_ == "appos" and token.head is not token:
            token = token.head
            continue
        if token.dep_ != "pobj":
            return False
        preposition = token.head
        above = preposition.head
        if preposition.lower_ in ("of", "from"):
            return (above.ent_type_ == "PERSON" or ends_a_titled_name(above) or links_a_persons_name(above)) and not (
                serves_a_state_body(above))
        if preposition.lower_ != "in" or preposition.dep_ != "prep":
            return False
        if above.ent_type_ == "PERSON":
            return any(c.dep_ == "prep" and c.lower_ in ("of", "from") and c.i < preposition.i for c in above.children)
        if above.pos_ != "PROPN" or above.dep_ not in ("pobj", "appos"):
            return False
        token = above
    return False


def ends_a_titled_name(token: Token) -> bool:
    """"King Umberto I", "Empress Elisabeth" (of Austria), whatever the model tags them: the last word of a
    name of capitalised words that a person's title begins (the gazetteer's titles), not a title alone
    ("the King of Italy")."""
    titles = load_gazetteer().titles
    name = [token]
    while len(name) < 5 and name[0].i > name[0].sent.start and name[0].text[:1].isupper() and (
            name[0].text not in titles):
        name.insert(0, token.doc[name[0].i - 1])
    return len(name) >= 2 and name[0].text in titles and name[-1].text not in titles and all(
        t.text[:1].isupper() for t in name)


def links_a_persons_name(token: Token) -> bool:
    """"[[Ulf Merbold]] of West Germany" tagged as an organisation: a link's shown name of two words or more, all
    of them words only a person's name has, ending at `token`."""
    span = linked_name(token) if token.pos_ == "PROPN" else None
    return span is not None and len(span) >= 2 and span[-1] == token and only_name_words(span.text)


def serves_a_state_body(token: Token) -> bool:
    """"in the service of the King Francis I of France", "the army of King Carlos I of Portugal": a ruler whose
    state's body is named, the state taking part through it (set decisions: a sponsoring crown named)."""
    return token.dep_ == "pobj" and token.head.lower_ == "of" and is_state_body(token.head.head.lemma_.lower())


def titles_a_named_person(token: Token, view: DocView) -> bool:
    """"the Defence Minister of Serbia, Bratislav Gasic": the state is the named person's, not a party."""
    for _ in range(4):
        if token.dep_ not in ("pobj", "prep", "amod", "compound", "nmod", "poss") or token.head == token:
            break
        token = token.head
        if token.pos_ not in NOUN_POS:
            continue
        related = [c for c in token.children if c.dep_ == "appos"]
        if token.dep_ == "appos":
            related.append(token.head)
        if any(view.entity_at[t.i] is not None and view.entity_at[t.i].label_ == "PERSON" for t in related):
            return True
    return False


def describes_a_persons_status(ent: Span) -> bool:
    """"became the first Briton to fly", "became the first of eight Canadian astronauts", "became China's
    first astronaut": a state named inside the complement of a copula whose subject is a person says what
    the person became (a nationality, a rank among a state's people), not which state took part."""
    token = ent.root
    for _ in range(5):
        if token.dep_ in ("attr", "oprd"):
            verb = token.head
            return is_verb(verb) and verb.lemma_.lower() in ("be", "become") and any(
                c.dep_ in SUBJECTS and (c.ent_type_ == "PERSON" or c.lower_ in ("he", "she"))
                for c in verb.children)
        if token.dep_ not in ("amod", "compound", "nmod", "poss", "pobj", "prep", "npadvmod") or token.head is token:
            return False  # "npadvmod": "the first Mexican-born person"
        token = token.head
    return False


def describes_a_named_body(ent: Span, view: "DocView") -> bool:
    """"the German publisher B-Note Music", "the American company Harbour Pictures": a nationality on the
    common noun that describes a named organisation says where the organisation is from; the organisation
    takes part, not its state."""
    root = ent.root
    if ent.label_ not in ("NORP", "GPE") or root.dep_ not in ("amod", "compound") or root.head is root:
        return False
    noun = root.head
    if noun.pos_ == "PROPN":  # "the German publisher B-Note Music": the name's head, a descriptor between
        other = view.entity_at[noun.i]
        return other is not None and other.label_ == "ORG" and other != ent and any(
            t.pos_ == "NOUN" and t.dep_ == "compound" for t in ent.doc[ent.end:other.start])
    if noun.pos_ != "NOUN":
        return False
    named = [c for c in noun.children if c.dep_ == "appos"]
    if noun.dep_ == "compound":
        named.append(noun.head)
    return any((other := view.entity_at[t.i]) is not None and other.label_ == "ORG" and other != ent for t in named)


def describes_people(ent: Span, trigger: Token, lex: TriggerLexicon) -> bool:
    """A nationality adjective on people who move or belong rather than act ("Korean refugees", "the
    Russian minority") or on relations says who they are, not which state took part. On goods, buyers,
    troops or firms ("American beef", "Japanese buyers", "Soviet divisions") the state takes part."""
    root = ent.root
    if root.dep_ not in ("amod", "compound", "nmod") or root.head == trigger:
        return False
    head = root.head
    if is_actor_role(head) and head.head == trigger:
        return False  # v1.1: a group of nationals that acts takes its state ("French settlers founded ...")
    if head.dep_ in ("attr", "oprd") and noun_class(head.lemma_.lower()) == "person":
        return True  # "became an American citizen", "a permanent US resident": what the subject became
    if is_state_body(head.lemma_) or is_state_body(head.lower_) or is_event_noun(head, lex):
        return False
    return head.lemma_.lower() in lex.people_nouns or head.lower_ in lex.people_nouns


class PartyCollector:
    """Participants and locations from the subtrees of a trigger's arguments."""

    def __init__(self, view: DocView, lex: TriggerLexicon, when: str | None, trigger: Token) -> None:
        self.view = view
        self.doc = view.doc
        self.lex = lex
        self.when = when
        self.trigger = trigger
        self.fronted: frozenset[int] = frozenset()  # a subject the parser hung under a fronted date
        self.kind: str | None = None  # the event's type

    def parties_in(self, tokens: list[Token], excluded: set[int]) -> list[str]:
        parties: list[str] = []
        seen: set[tuple[int, int]] = set()
        covered: set[int] = set()  # the words of a person's name completed by its link ("José Eduardo dos Santos")
        for token in tokens:
            if token.i in excluded or token.i in covered:
                continue
            if token.pos_ == "PROPN" and (club := club_after_a_place(token, self.view)) is not None:
                covered.update(range(club.start, club.end))
                parties.append(self.view.actors.organisation_name(club.text))
                continue  # "Real Madrid signed": the club, not Spain
            if token.dep_ == "poss" and token.lower_ in ("its", "their"):
                found = self.antecedent(token)
                if not found and token.lower_ == "their" and (token.head.i == self.trigger.i or is_event_noun(token.head, self.lex)):
                    found = self.persons_together(token)  # "Their discovery of rubidium came a year later"
                parties.extend(found)
                continue
            if token.lower_ in PERSONAL_PRONOUNS and token.pos_ == "PRON":
                # "He visited", "his study ... published"; not "his son was born": the son takes part
                if token.dep_ in SUBJECTS or (token.dep_ == "poss" and token.head.lemma_.lower() not in self.lex.kin_nouns) or (
                        token.dep_ in OBJECT_ROLES and token.lower_ in ("him", "her")):  # "awarded him the prize"
                    parties.extend(self.person_before(token))
                continue
            if token.lower_ == "it" and token.pos_ == "PRON" and token.dep_ == "nsubj" and token.head == self.trigger:
                parties.extend(self.antecedent(token))  # "In 1993 it established relations with ..."
                continue
            if token.lower_ == "they" and token.pos_ == "PRON" and token.dep_ in SUBJECTS:
                parties.extend(self.they_before(token))
                continue
            navy = self.warship_at(token)
            if navy is not None:
                covered.add(token.head.i)
                parties.append(navy)  # "the cruiser HMCS Niobe rescued ...": the navy's state, not the ship
                continue
            craft = self.craft_at(token)
            if craft is not None:
                covered.update(craft)
                parties.extend(self.crew())  # "Apollo 11 passed behind the Moon": the craft stands for its crew
                continue
            ent = entity_of(token, self.view)
            if token.text[:1].isupper() and names_a_language(ent.root if ent is not None else token, self.view):
                continue  # "proposed a family of Semitic, Berber and Chadic": languages are no actors
            if ent is not None and self.contains_the_place_before(ent):
                continue  # "in Lyon, France", "born in Leeds, England": where, not who
            if self.names_where_a_disaster_struck(ent.root if ent is not None else token):
                continue  # "the 1970 Peru earthquake": where it struck
            body = linked_organisation(token)
            if body is not None and (ent is None or ent.label_ != "ORG" or not same_words(ent, body)) and (
                    self.takes_part_as_named(body.root)):
                # "[[F.A. Brockhaus AG|Brockhaus]] published it", "sold it to [[Vormund AG|Vormund]]": a link to an
                # organisation's page, taking part, is the organisation by the name it shows, untagged or tagged
                # as a person, a place or even a date
                covered.update(range(body.start, body.end))
                if ent is not None:
                    seen.add((ent.start, ent.end))  # "[[A Agency|A]] and [[B AG|B]]" tagged as one body: two
                if not names_a_work(body, self.view):
                    name = normalise_name(body.text).replace("\u2019", "'")  # "Hudson’s Bay Company"
                    parties.extend(self.organisation(name) or [self.view.actors.organisation_name(name)])
                continue
            if ent is not None and ent.label_ == "DATE" and token.pos_ == "PROPN" and token.i == ent.end - 1 > ent.start and (
                    token.text[:1].isupper() and not token.like_num):
                parties.extend(self.surname(token))  # "On July 5, 2005 Weber left": a surname the model took into the date
                continue
            root = ent.root if ent is not None else token
            if token.pos_ == "PROPN" and names_the_document(normalise_name((ent or token).text), self.view):
                continue  # "the Articles were replaced": the article's document, acted on
            if root.dep_ == "poss" and root.pos_ == "PROPN" and root.head.lemma_.lower() in self.lex.kin_nouns:
                continue  # "Schopenhauer's father died": the father, not the son
            if ent is None and self.crew_noun(token):
                parties.extend(self.crew())  # "the astronauts returned": the crew's members the article names
                continue
            if ent is None and token.pos_ == "NOUN" and (parent := self.parent(token)):
                parties.append(parent)  # "his mother died", "Smith's father moved": the parent the article names
                continue
            if ent is None and token.pos_ == "NOUN" and token.lemma_.lower() in load_actor_lexicon().household_nouns:
                parties.extend(self.household(token))  # "the family moved", "the couple married"
                continue
            if ent is None:
                members = self.view.actors.organisation_of_members(token) if token.pos_ == "NOUN" else None
                if members and (is_actor_role(token) or (token.dep_ == "pobj" and token.head.lower_ == "between")):
                    parties.append(members)  # "the partisans" acting, linked earlier to their movement
                    continue
                if token.pos_ == "NOUN" and token.text[:1].isupper():
                    parties.extend(self.linked_actor(token))  # "[[Marten Ilves]] and his brother": a name tagged a noun
                    continue
                if token.pos_ == "ADJ" and token.text[:1].isupper():
                    parties.extend(self.place_of_adjective(token))  # "Flemish weavers revolted", left untagged
                    continue
                if token.pos_ == "PROPN" and token.text[:1].isupper() and not titles_a_named_person(token, self.view):
                    parties.extend(self.titled_person(token, token.i) or resolve_in_time(token.text, self.when)
                                   or self.surname(token) or self.named_person(token) or self.initialism(token) or self.club(token)
                                   or self.linked_actor(token) or self.members_body(token))
                continue
            if (ent.start, ent.end) not in seen and ent.label_ not in PARTY_LABELS and is_club_argument(ent, self.view):
                seen.add((ent.start, ent.end))
                parties.append(self.view.actors.club_name(ent.text) or normalise_name(ent.text).removeprefix("the "))
                continue  # "the Charlotte Bobcats" tagged as a facility or a place
            if ent.label_ == "LANGUAGE" and len(ent) == 1 and (ent.start, ent.end) not in seen:
                seen.add((ent.start, ent.end))
                parties.extend(self.place_of_adjective(ent.root))  # "English troops landed": a place's, not a language
                continue
            if (ent.start, ent.end) not in seen and is_mislabelled_body(ent, self.trigger) and not names_a_work(ent, self.view):
                seen.add((ent.start, ent.end))
                name = normalise_name(ent.text).removeprefix("the ")
                parties.extend(self.organisation(name) or [self.view.actors.organisation_name(name)])
                continue  # "the Vienna Philharmonic performed" tagged as a facility
            if (ent.start, ent.end) not in seen and ent.label_ in MISLABELS and not names_a_work(ent, self.view) and (
                    found := self.linked_actor(ent[-1], mislabelled=True)):
                seen.add((ent.start, ent.end))
                parties.extend(found)
                continue  # "[[Tori Murden]] crossed" tagged as a product: the link's name acts
            if ent.label_ not in PARTY_LABELS and (state := self.mislabelled_state(token)):
                parties.extend(state)
                continue  # "invaded Cyprus" tagged as a product, "In 1939 Germany" tagged with its year
            if (ent.start, ent.end) in seen or ent.label_ not in PARTY_LABELS:
                continue
            seen.add((ent.start, ent.end))
            if names_a_work(ent, self.view):
                continue  # "directed Shirley Temple in ''Heidi''": a work's title, not an actor
            if ent.label_ != "PERSON" and self.inside_a_linked_person(ent):
                continue  # "Santos" in "[[José Eduardo dos Santos]]": part of a person's name
            if bracketed_initialism(ent) or in_office_title(ent.root, self.lex):
                continue
            if normalise_name(ent.text) in self.view.actors.initialisms:  # "BIH", whatever the model tags it
                parties.extend(self.organisation(normalise_name(ent.text)))
            elif ent.label_ == "PERSON":
                if normalise_name(ent.text) in load_actor_lexicon().not_actor_names:
                    continue  # "walk on the Moon": the model took a heavenly body for a person
                if len(ent) == 1 and ent.root.dep_ == "compound" and noun_class(ent.root.lower_) == "person" and (
                        ent.root.head.ent_type_ == "PERSON"):
                    continue  # "Cosmonaut [[Alexei Leonov]]": a noun of persons before a name is the person's title
                if not renames_the_subject(ent.root, self.view):
                    completed = link_completed(ent)
                    if completed is not None:
                        covered.update(range(completed.start, completed.end))
                    parties.extend(self.person(ent))
            elif titled := self.titled_person(ent.root, ent.start):
                parties.extend(titled)  # "General Washington": a person, not the capital
            elif ent.label_ == "NORP" and ent.root.dep_ in ("amod", "compound") and names_one_person(ent.root.head) and (
                    not names_an_office(ent.root.head, self.lex)):
                continue  # "an American chemist discovered": one private person's nationality, not a party
            elif not modifies_person(ent) and not describes_people(ent, self.trigger, self.lex) and not (
                    titles_a_named_person(ent.root, self.view)) and not opposes(ent) and not (
                    describes_a_named_body(ent, self.view)):
                found = resolve_in_time(ent.text, self.when)
                if found and describes_a_persons_status(ent):
                    found = [party for party in found if kind_of(party) != "state"]
                    if not found:
                        continue
                if not found and ent.label_ == "NORP":  # "the Dominicans" before the state was: the friars' order
                    found = self.members_body(ent.root) or self.people_by_plural(ent)
                if not found and len(ent) == 1:  # "elected Varga": a surname the model read as a name of something
                    found = self.surname(ent.root)
                if not found:
                    found = self.unknown_actor(ent)
                parties.extend(found)
        return parties

    def contains_the_place_before(self, ent: Span) -> bool:
        """A state named right after a place inside it, as the place's container: after a comma ("in Lyon,
        France", "Toronto, Ontario, Canada", "present-day Gdansk, Poland") or "in" ("Tiaret in Algeria"),
        where the place before it is a city's or a region's name (a place entity, or a name WordNet or the
        gazetteer gives a place) and not a state's: part of where something happened, not an actor. A list of
        states ("France, Spain and Italy signed") is not one."""
        if ent.label_ not in ("GPE", "LOC") or ent.start < 2:
            return False
        if not any(kind_of(party) == "state" for party in resolve_parties(ent.text, self.when)):
            return False
        separator = self.doc[ent.start - 1]
        if separator.text != "," and separator.lower_ != "in":
            return False
        before = self.doc[ent.start - 2]
        place = entity_of(before, self.view)
        if place is not None and place.label_ in ("GPE", "LOC", "FAC") and place.end == before.i + 1:
            name = place.text
        elif before.pos_ == "PROPN" and is_place_name(before.text):
            name = before.text
        else:
            return False
        if separator.lower_ == "in" and ent.root.head.i != separator.i:
            return False
        after = entity_of(self.doc[ent.end + 1], self.view) if ent.end + 1 < len(self.doc) else None
        if after is not None and (self.doc[ent.end].text == "," or self.doc[ent.end].pos_ == "CCONJ") and (
                after.label_ in ("GPE", "LOC") and (is_place_name(after.text) or resolve_parties(after.text, self.when))):
            return False  # "Florida, Alabama, Georgia, Louisiana": a list of places, each its own
        if ent.root.dep_ in SUBJECTS:
            # "the institute in Lyon, France discovered": the place is inside a noun phrase; not "After talks
            # in Geneva, France signed", where a fronted phrase ends before the state acting
            head = before
            for _ in range(8):
                if head.dep_ in SUBJECTS or is_verb(head) or head.head == head:
                    break
                head = head.head
            if head.dep_ not in SUBJECTS or head == before:
                return False
        return not any(kind_of(party) == "state" for party in resolve_parties(name, self.when))

    def names_where_a_disaster_struck(self, token: Token) -> bool:
        """A name that modifies a natural disaster's noun ("the 1970 Peru earthquake", "the 2004 Indian Ocean
        tsunami", "the Great Chinese Famine"): the place it struck, not a party (v1.1: natural disasters are
        `other` events; set decisions: no participants, the place in the name is the location)."""
        trigger = self.trigger
        return (trigger.pos_ in NOUN_POS and names_a_disaster(trigger.lemma_.lower()) and token.head == trigger
                and token.dep_ in ("compound", "amod", "nmod") and token.i < trigger.i)

    def household(self, token: Token) -> list[str]:
        """"the family moved to Vienna", "his family settled", "the couple married" (`household_nouns`): in a
        biography, a household that is a verb's subject is the biography's person's, and a couple is the
        person and the other person named last before it (the partner: "He married Anna Roth in 1946. The
        couple moved to Paris."). Not another's household ("Smith's family", "her family" of another
        woman, "the Hartmann family"), nor one that is no subject ("moved with his family": the companions of the subject)."""
        person = self.view.actors.person
        if not person or token.tag_ != "NN" or token.dep_ not in SUBJECTS or any(
                c.dep_ in ("compound", "amod", "nmod") and c.pos_ == "PROPN" for c in token.children):
            return []  # not "the Hartmann family": another's by its name
        owners = [c for c in token.children if c.dep_ == "poss"]
        if owners:
            if owners[0].lower_ not in PERSONAL_PRONOUNS or self.person_before(owners[0]) != [person]:
                return []
        elif not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
            return []
        if token.lemma_.lower() != "couple":
            return [person]
        for sent in (token.sent, *self.sentences_before(token.sent, 2)):
            others = [names for ent in self.view.ents_in(sent) if ent.label_ == "PERSON" and ent.end <= token.i
                      and (names := self.person(ent)) != [person]]
            if others:
                return [person, *others[-1]]
        return [person]

    def takes_part_as_named(self, token: Token) -> bool:
        """An untagged name that takes part: a verb's subject or agent, its object, or the object of an actor's
        preposition ("sold it to X", "signed with X")."""
        while token.dep_ == "conj" and token.head is not token:
            token = token.head
        return is_actor_role(token) or relative_subject_of(token) or (token.dep_ in ("dobj", "nsubjpass") and is_verb(
            token.head)) or is_prepositional_actor(token, self.lex)

    def inside_a_linked_person(self, ent: Span) -> bool:
        """A name inside a wiki link that completes a person's name tagged in part ("Santos" in "[[José Eduardo
        dos Santos]]", tagged "José Eduardo" and "Santos"; see `link_completed`)."""
        for other in self.view.ents_in(ent.sent):
            if other.label_ == "PERSON" and other != ent and abs(other.start - ent.start) <= 6:
                completed = link_completed(other)
                if completed is not None and completed.start <= ent.start and ent.end <= completed.end:
                    return True
        return False

    def club(self, token: Token) -> list[str]:
        """"the Ravens" acting or acted on, left untagged: the club the article names in full so."""
        if token.dep_ not in SURNAME_ROLES or any(c.dep_ in ("compound", "flat") for c in token.children):
            return []
        full = self.view.actors.club_name(token.text)
        return [full] if full else []

    def linked_actor(self, token: Token, person_only: bool = False, mislabelled: bool = False) -> list[str]:
        """"[[Marten Ilves]] founded the firm", "was published by [[Harlow Brink Press]]": a name of two words or
        more that the model left untagged (it often misses one at a block's start) but that is the whole shown
        text of a wiki link, acting (a verb's subject or agent), is an actor by that name (v1.1: a person by
        the name, an organisation by its common name); not a state, a place, a work in italics, an event's
        name ("[[Great Fire]] began") or a name with figures ("[[Apollo 9]] flew": a craft)."""
        if token.dep_ in ("compound", "flat") or not (is_actor_role(token) or relative_subject_of(token)):
            return []
        span = linked_name(token) if mislabelled else linked_name(token) or self.unlinked_name(token)
        if span is None or is_event_noun(token, self.lex) or any(
                (ent := self.view.entity_at[t.i]) is not None and not (ent.label_ in MISLABELS and (
                    mislabelled or span.start <= ent.start and ent.end <= span.end)) for t in span):
            return []  # tagged as an actor or a date elsewhere: read there (a misread tag of a part is no reading)
        clean = self.doc._.clean
        name = normalise_name(span.text)
        if resolve_parties(name, self.when) or is_place_name(name) or name.lower() == self.view.title.lower():
            return []
        if ends_with_a_body_noun(name) or name.split()[-1].lower() in load_actor_lexicon().organisation_heads:
            return [] if person_only else self.organisation(name) or [self.view.actors.organisation_name(name)]
        target = clean.link_target(span.start_char, span.end_char)
        title = link_title(target) if target else ""
        if title and title != name and set(title.lower().split()) & set(name.lower().split()) and all(
                w[:1].isupper() for w in title.split()):
            return [title]  # "[[Erik Sand|Erikr Sand]]": the page's name
        return [common_name(self.view, canonical_person(name, names=self.view.person_names, subject=self.view.title))]

    def unlinked_name(self, token: Token) -> Span | None:
        """"In 1995 Acme Corporation sued ...", "was bought by Halden Shipping Company": a name of two capitalised
        words or more (`token` its last, the others its compounds) that the model left untagged and no link
        shows, acting in the trigger's own clause, whose last word is a body's noun; else None."""
        verb = verb_acted_for(token)
        if verb.i != self.trigger.i or not is_verb(verb):
            return None
        doc = token.doc
        start = token.i
        while start > token.sent.start and doc[start - 1].pos_ == "PROPN" and doc[start - 1].dep_ in ("compound", "flat") and (
                doc[start - 1].head.i in range(start, token.i + 1)):
            start -= 1
        span = doc[start:token.i + 1]
        clean = doc._.clean
        if start > token.sent.start and doc[start - 1].pos_ == "PROPN" and doc[start - 1].text[:1].isupper():
            return None  # the end of a longer name the model tagged in part ("Agassi Graf Development LLC")
        if len(span) < 2 or not all(len(w) > 1 and w[:1].isupper() and w.replace("-", "").isalpha() for w in span.text.split()) or (
                span[0].text in load_gazetteer().titles) or (clean is not None and clean.in_italics(span.start_char, span.end_char)):
            return None
        # a body's noun says it is a name; words no common noun ("Marten Ilves") do not say it is one
        return span if ends_with_a_body_noun(span.text) else None

    def crew_noun(self, token: Token) -> bool:
        """"the crew", "the three astronauts", "the Apollo 9 crew" acting (subject or agent), not another
        crew ("McDivitt's crew", "the crew of Apollo 10")."""
        if token.pos_ != "NOUN" or token.lemma_.lower() not in load_actor_lexicon().crew_nouns or not is_actor_role(token):
            return False
        if not self.view.actors.crew or not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
            return False
        return not any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "of") for c in token.children)

    def parent(self, token: Token) -> str | None:
        """The biography's person's father or mother the article names ("son of X and his wife, Y"), for "his
        father", "Smith's mother" acting (subject or agent) or the one an event noun is of ("the death of her
        father"), where the owner is the biography's person (by name, or a pronoun pointing to the person)."""
        actors = self.view.actors
        if not actors.person or not actors.parents:
            return None
        name = actors.parent(token.lemma_)
        if name is None or not (is_actor_role(token) or (token.dep_ == "pobj" and token.head.lower_ == "of" and (
                token.head.head.i == self.trigger.i or is_event_noun(token.head.head, self.lex)))):
            return None
        owners = [c for c in token.children if c.dep_ == "poss"]
        if len(owners) != 1:
            return None
        owner = owners[0]
        if owner.pos_ == "PRON":
            found = self.person_before(owner) if owner.lower_ in PERSONAL_PRONOUNS else []
        else:
            ent = entity_of(owner, self.view)
            found = self.person(ent) if ent is not None and ent.label_ == "PERSON" else []
        return name if found == [actors.person] else None

    def craft_at(self, token: Token) -> range | None:
        """The token indices of the name of the article's crewed craft or mission beginning at `token` ("Apollo
        11", "Apollo 8" with a no-break space), when it acts (subject or agent) or is launched ("A rocket
        launched Apollo 11", "Apollo 11 was launched": `craft_launch_verbs`); else None. Not the craft
        another way ("Apollo 11's launch", "aboard Apollo 11")."""
        craft = self.view.actors.craft
        if not craft or not self.view.actors.crew or token.text != craft.split()[0]:
            return None
        words = craft.split()
        span = [t for t in self.doc[token.i:token.i + 2 * len(words)] if not t.is_space][:len(words)]
        if [t.text for t in span] != words:
            return None
        inside = range(token.i, span[-1].i + 1)
        for word in span:
            if word.head.i in inside:
                continue
            if is_actor_role(word) or (word.dep_ in ("dobj", "nsubjpass", "npadvmod") and (
                    word.head.lemma_.lower() in load_actor_lexicon().craft_launch_verbs)):
                return inside
        return None

    def warship_at(self, token: Token) -> str | None:
        """The state of the navy whose prefix `token` is, where it begins a warship's name that acts, whatever
        the model tags the name ("HMCS Niobe rescued ...", "the cruiser HMAS Sydney shelled ..."): ships are
        no participants, a warship stands for its navy's state (set conventions)."""
        if token.dep_ != "compound" or token.head.pos_ != "PROPN" or not is_actor_role(token.head):
            return None
        return navy_state(token.text)

    def crew(self) -> list[str]:
        names = []
        for text in self.view.actors.crew:
            name = canonical_person(text, names=self.view.person_names, subject=self.view.title)
            if len(name.split()) > 1:
                names.append(common_name(self.view, name))
        return names if len(names) >= 2 else []

    def unknown_actor(self, ent: Span) -> list[str]:
        """An actor the gazetteer does not know (v1.1): an organisation (a party, company, armed group,
        institute) that is a verb's subject, object or agent, by its common name, an initialism spelled
        out; a sub-national entity ("Texas", "Catalonia") that is a verb's subject or agent, by its name.
        Not a body named by an office ("the Ministers of Foreign Affairs"), nor a place acted on."""
        actors = self.view.actors
        name = normalise_name(ent.text)
        if not name or name in load_actor_lexicon().not_actor_names:
            return []
        if ent.label_ == "ORG" and PERSON_BY_INITIALS.match(name) and is_core_argument(ent.root):
            return [self.person(ent)[0]]  # "E.E. Clive": initials and a surname are a person's name
        if ent.label_ == "ORG" and len(ent) == 1:
            fuller = {full for full in self.view.linked_persons if normalise_name(full).split()[-1] == name}
            if len(fuller) == 1:
                return [common_name(self.view, normalise_name(fuller.pop()))]  # "Roche" after "[[Jean-Paul Roche]], who"
        if ent.label_ == "ORG":
            if not (name in actors.initialisms or name in actors.subject) and (
                    not (is_core_argument(ent.root) or self.prepositional_actor(ent.root)) or names_an_office(ent.root, self.lex)):
                return []
            modifiers = [c for c in ent.root.lefts if c.dep_ in ("amod", "compound") and c.i < ent.start]
            descriptors = [m for m in modifiers if m.pos_ == "NOUN"]
            if descriptors and noun_class(descriptors[-1].lemma_.lower()) in ("organisation", "person"):
                return [self.view.actors.organisation_name(name)]  # "the German publisher B-Note Music"
            if modifiers and not descriptors:
                # "the Spanish Crown" with "Spanish" outside the name: the state's body (not "the German
                # publisher B-Note Music", a descriptor before the name)
                state = resolve_party(self.doc[min(m.left_edge.i for m in modifiers):ent.end].text, self.when)
                if state and kind_of(state) == "state":
                    return [state]
            return self.organisation(name) or self.acting_body(ent, name)
        if ent.label_ == "GPE" and (is_actor_role(ent.root) or ent.root.i in self.fronted or acting_body_of(ent.root)) and (
                name[:1].isupper()):
            return [place_name(name)]
        if ent.label_ == "NORP" and len(ent) == 1:
            return self.place_of_adjective(ent.root) or self.members_body(ent.root)
        return []

    def members_body(self, token: Token) -> list[str]:
        """"the Jesuits were expelled", "the Franciscans founded", "Jesuit missionaries arrived": members of a
        body WordNet names (a plural of a member's noun, or a member's noun on a plural noun of persons) that
        are a verb's subject, object or agent are that body acting (v1.1: an organisation by its common name)."""
        noun, word = token, token.text
        if token.tag_ in ("NNS", "NNPS") and word.endswith("s"):
            word = word[:-1]
        elif token.dep_ in ("compound", "amod") and token.head.tag_ == "NNS" and (
                noun_class(token.head.lemma_.lower()) == "person"):
            noun = token.head
        else:
            return []
        body = body_of_members(word)
        if body is None or not (is_core_argument(noun) or self.prepositional_actor(noun)):
            return []
        # a state's body ("Marines": the United States Marine Corps) is its state (v1.1)
        state = state_of_body(body, self.when)
        return [state] if state else [self.view.actors.organisation_name(body)]

    def people_by_plural(self, ent: Span) -> list[str]:
        """"the Ottomans captured", "the Venetians besieged", "war with the Ottomans": a people named by the
        plural of its demonym, the plural unknown to the gazetteer, acting (subject, object, agent or after an
        actor's preposition) is its state by the singular ("Ottoman": TUR), else the place its adjective names
        (v1.1: groups of nationals take their state; a historical state its successor's code)."""
        root = ent.root
        if len(ent) != 1 or root.tag_ != "NNPS" or not root.text.endswith("s") or not (
                is_core_argument(root) or self.prepositional_actor(root)):
            return []
        singular = root.text[:-1]
        found = resolve_in_time(singular, self.when)
        if found:
            return found
        place = adjective_place(singular)
        return (resolve_in_time(place, self.when) or [place_name(place)]) if place else []

    def place_of_adjective(self, root: Token) -> list[str]:
        """"the Bavarian legislature adopted", "Flemish rebels defeated", "defeated the English army": a place's
        adjective (WordNet's pertainyms) on an actor's noun (`names_an_actor`: not "the English translation") that
        is a verb's subject, object or agent is that place's actor: the state the gazetteer gives the place
        ("English" England, GBR), else the place by its name (v1.1: a sub-national entity, its voters or
        legislature, by its common English name)."""
        place = adjective_place(root.text)
        if place is None or root.dep_ not in ("amod", "compound") or root.head is root:
            return []
        body = root.head
        if not names_an_actor(body) or not (is_core_argument(body) or self.prepositional_actor(body)):
            return []
        if names_one_person(body):
            return []  # "the Tibetan leader": one person's origin, not a group of nationals
        return resolve_in_time(place, self.when) or [place_name(place)]

    def acting_body(self, ent: Span, name: str) -> list[str]:
        """A name the model tags as an organisation that acts (a verb's subject or agent: "published by
        New World Music", "the Seattle Symphony recorded") is a body's, even where its last word's common
        sense is a thing, not a programme's or a plan's (an event noun) nor one word."""
        words = name.removeprefix("the ").split()
        if len(words) < 2 or not all(w[:1].isupper() or not w[:1].isalpha() for w in words):
            return []
        root = ent.root
        if is_event_noun(root, self.lex) or names_an_office(root, self.lex):
            return []
        if is_actor_role(root):
            verb = verb_acted_for(root)
            if verb.i != self.trigger.i:
                return []  # "wrote that the Hippocratic Oath prohibits it": another clause's subject
        elif not (self.partner_body(root) or self.founded_here(root)):
            return []
        if words[0] in load_gazetteer().titles:  # "General Gage" tagged as an organisation: a person
            person = canonical_person(name, names=self.view.person_names, subject=self.view.title)
            return [common_name(self.view, person)] if len(person.split()) > 1 and person != name else []
        if resolve_parties(name, self.when) or is_place_name(name) or names_a_state_organ(name.lower()):
            return []  # "the Air Force" named alone: a state's organ (see `organisation`), not a body's name
        return [self.view.actors.organisation_name(name)]

    def partner_body(self, root: Token) -> bool:
        """The other party of a deal or a trade, named by a body's name ("joined the Tennis Channel", "signed a
        deal with Harbour Sports Group", "sold the club to Angel Management Group"): the object of an act of
        joining or of an agreement, or the object of an actor's preposition on the trigger or on its object,
        in an agreement or an economic act (`PARTNER_KINDS`). Not what a trade buys or sells ("acquired
        Golden Nugget Laughlin": a thing, whatever the model tags it)."""
        if self.kind not in PARTNER_KINDS:
            return False
        token = root
        while token.dep_ == "conj" and token.head is not token:
            token = token.head
        if token.dep_ == "dobj":
            return self.kind == "agreement" and token.head.i == self.trigger.i
        if token.dep_ != "pobj" or not self.prepositional_actor(token):
            return False
        governor = token.head.head
        if governor.i != self.trigger.i and governor.dep_ in ("dobj", "attr", "npadvmod") and governor.pos_ in NOUN_POS:
            governor = governor.head  # "signed an endorsement deal with X"
        return governor.i == self.trigger.i

    def founded_here(self, root: Token) -> bool:
        """The body whose founding the trigger is, named as its passive subject ("the Northern Reading
        Access Center was created in 2004", "in 1931 the Harbour Sports Fund was established"), whatever its
        last word's common sense (a centre, a fund, a bank): it takes part in its founding (set conventions:
        organisations founded take part; `founding_verbs`)."""
        trigger = self.trigger
        return root.dep_ == "nsubjpass" and root.head.i == trigger.i and is_verb(trigger) and (
            trigger.lemma_.lower() in load_actor_lexicon().founding_verbs)

    def prepositional_actor(self, token: Token) -> bool:
        """An organisation after an actor's preposition (see `is_prepositional_actor`), but not what a
        withdrawal leaves ("withdrew from the treaty", "its withdrawal from the NPT")."""
        if self.kind == "agreement" and token.dep_ == "pobj" and token.head.lower_ == "of" and (
                token.head.head.dep_ in ("attr", "oprd", "dobj")):
            return True  # "became a member of the X Society", "gained membership of X": the body joined
        if not is_prepositional_actor(token, self.lex):
            return False
        while token.dep_ == "conj" and token.head is not token:
            token = token.head
        return not (token.head.lower_ == "from" and self.kind == "withdrawal")

    def organisation(self, name: str) -> list[str]:
        """An organisation's id: its name spelled out (initialism, short form) and then resolved like any
        name: a state's body is the state ("Parliament" given in full as "Parliament of Great Britain",
        v1.1 federal bodies: "United States Naval Observatory"), else the organisation by its common name
        when it is one's (not a programme's or a document's)."""
        full = self.view.actors.organisation_name(name)
        known = resolve_parties(full, self.when)
        if known:
            return known
        state = state_of_body(full, self.when) or self.view.actors.national_body(full)
        if state:
            return [state]
        actors = self.view.actors
        bare = full.lower().removeprefix("the ")
        organs = load_actor_lexicon().state_organs
        if actors.subject_kind in ("state", "region") and (is_state_body(bare) or bare in organs):
            return list(actors.subject)  # "the Air Force", "the Senate" named alone in an article about a state
        short = normalise_name(name).lower().removeprefix("the ")
        if actors.subject_kind == "document" and (is_state_body(short) or short in organs):
            return list(actors.subject)  # "Congress" named alone in an article about its state's founding document
        if (actors.subject_kind not in ("state", "region", "document") and is_state_body(short)
                and (actors.home or actors.lead)):
            # a state's organ named alone ("Congress", "the Senate") in an article with no state of its own: the
            # state it is at home in, else the state its first paragraph names most (v1.1: federal bodies take
            # their state)
            return [actors.home or actors.lead]
        if names_an_organisation(full):
            return [full]
        return [full] if ends_with_a_body_noun(full) and not names_a_state_organ(bare) else []

    def initialism(self, token: Token) -> list[str]:
        """An untagged initialism the article defines or that abbreviates its subject ("TANU", "ANSI")."""
        if token.text not in self.view.actors.initialisms or token.dep_ in ("compound", "amod", "nmod"):
            return []
        return self.organisation(token.text)

    def person(self, ent: Span) -> list[str]:
        """A person's full name; a "person" the article never names more fully and the gazetteer knows
        as a state is that state (the model sometimes labels a country PERSON)."""
        ent = person_span(ent)
        shown = normalise_name(ent.text)
        family = self.family(shown)
        if family:
            return family  # "the Lindberghs watched": the persons of that surname
        actors = self.view.actors
        if actors.subject_kind == "org" and (shown == actors.subject[0] or shortens(shown, actors.subject[0])):
            return [actors.subject[0]]  # "Galatasaray won" (tagged a person's) in the article on "Galatasaray S.K."
        if common_name(self.view, shown) != shown:
            return [common_name(self.view, shown)]  # "[[Laura Huxley|Laura Archera]]": the name the link gives
        name = canonical_person(ent.text, names=self.view.person_names, subject=self.view.title)
        if name == shown:
            states = resolve_parties(ent.text, self.when)
            if states:
                return states
            # "Maria" is "Maria Nys"; "José Eduardo" (the model's part of a name) is "José Eduardo dos Santos"
            return [self.first_name(name)]
        return [common_name(self.view, name)]

    def family(self, name: str) -> list[str]:
        """A surname in the plural ("the Lindberghs", "both Brandens", "the Joneses") is the persons of that surname
        the article names in full (two or more words), by their common names; none when it names no one so, or
        when the singular is a common noun of a thing that the article never uses alone as a person's name ("the
        Awards" after names the model took for persons' such as "Emmy Award")."""
        if " " in name or not name.endswith("s") or not name[:1].isupper():
            return []
        stems = {name[:-1], name[:-2]} if name.endswith("es") else {name[:-1]}
        alone = set(self.view.normalised_person_names)
        stems = {stem for stem in stems if stem in alone or noun_class(stem.lower()) != "thing"}
        found = {common_name(self.view, full) for full in self.view.normalised_person_names
                 if len(full.split()) > 1 and full.split()[-1] in stems}
        return sorted(found)

    def first_name(self, name: str) -> str:
        """A person named by a first name alone ("Maria") or by the first words of a name ("José Eduardo")
        is the one person the article names in full so ("Maria Nys", "José Eduardo dos Santos"), by the name a
        link gives them ("Laura" is "[[Laura Huxley|Laura Archera]]"); several such, or none, leave the name as
        it is."""
        actors = self.view.actors
        fuller = {common_name(self.view, other) for other in self.view.normalised_person_names
                  if other.startswith(name + " ") and (len(name.split()) == 1 or only_name_words(other[len(name) + 1:]))}
        return fuller.pop() if len(fuller) == 1 else name

    def titled_person(self, token: Token, start: int) -> list[str]:
        """A name after a person's title ("General Washington", "President Lincoln"), whatever the
        model tags it: the person the article names in full ending with it, not a place or state."""
        if start == 0 or token.dep_ not in SURNAME_ROLES:
            return []
        before = self.doc[start - 1]
        if before.text not in load_gazetteer().titles or before.head != token:
            return []
        name = canonical_person(token.text, names=self.view.person_names, subject=self.view.title)
        return [common_name(self.view, name)] if len(name.split()) > 1 else []

    def surname(self, token: Token) -> list[str]:
        """A lone name the model left untagged that is the last word of a person the article names
        in full ("Rudd travelled to Beijing" after "Kevin Rudd")."""
        if token.dep_ not in SURNAME_ROLES or any(c.dep_ in ("compound", "flat") for c in token.children):
            return []  # an apposition ("the term Allah") or part of a longer name
        if token.lower_ == self.view.title.lower():
            return []  # the article's subject ("Aikido" in the article Aikido), not a person's surname
        family = self.family(normalise_name(token.text))
        if family:
            return family  # "the Carters bought a farm": the persons of that surname
        name = canonical_person(token.text, names=self.view.person_names, subject=self.view.title)
        return [common_name(self.view, name)] if len(name.split()) > 1 else []

    def mislabelled_state(self, token: Token) -> list[str]:
        """A state's name the model tagged as something else (a product, a work, or one span with the year
        before it), `token` its last word, acting or acted on (a verb's subject, object or agent, an actor's
        preposition's object): that state, as the gazetteer reads it at the event's time."""
        if token.pos_ != "PROPN" or token.dep_ in ("compound", "flat") or not (
                is_core_argument(token) or self.prepositional_actor(token)):
            return []
        name = token.doc[name_start(token):token.i + 1].text
        return resolve_in_time(name, self.when) if names_a_state(name, self.when) else []

    def named_person(self, token: Token) -> list[str]:
        """A full name the model tagged in part as something else ("Steffi" a place, "Graf" left untagged) or
        not at all, `token` its last word, that the article names as a person elsewhere: that person."""
        if token.dep_ not in SURNAME_ROLES:
            return []
        span = token.doc[name_start(token):token.i + 1]
        name = normalise_name(span.text)
        if len(span) < 2 or name not in self.view.full_person_names:
            return []
        full = canonical_person(name, names=self.view.person_names, subject=self.view.title)
        return [common_name(self.view, full)] if len(full.split()) > 1 else []  # not a title's bare name ("North")

    def person_before(self, pronoun: Token, sentences: int = 2) -> list[str]:
        """"he", "his", "she", "her": in a phrase before the main verb with no person before it, the
        person who is the main clause's subject ("After his death, Croes was proclaimed"); else the person
        who is the subject of a clause before it, in its own sentence or in the nearest earlier sentence of its paragraph that has one; else the person the article is about, if it is about one."""
        sent = pronoun.sent
        actors = self.view.actors
        # "she" in a biography of a man (or "he" in one of a woman): someone else than its person, the last
        # other person named before it, whatever their role ("She married Paul Weiss. He died in 1960.")
        other = actors.is_other_gender(pronoun.lower_)
        if pronoun.i < sent.root.i:
            # "After his death in 1986, Croes was proclaimed ...": a pronoun in a phrase before the main
            # verb points ahead to the main clause's subject
            ahead = [ent for ent in self.view.ents_in(sent) if ent.label_ == "PERSON" and ent.start > pronoun.i
                     and ent.root.dep_ in SUBJECTS and ent.root.head == sent.root]
            if ahead and not any(ent.label_ == "PERSON" and ent.end <= pronoun.i for ent in self.view.ents_in(sent)) and not (
                    other and self.person(ahead[0]) == [actors.person]):
                return self.person(ahead[0])
        for sent in (pronoun.sent, *self.sentences_before(pronoun.sent, sentences)):
            if other:
                others = [names for ent in self.view.ents_in(sent) if ent.label_ == "PERSON" and ent.end <= pronoun.i
                          and (names := self.person(ent)) != [actors.person]]
                if others:
                    return others[-1]
                continue
            subjects = [ent for ent in self.view.ents_in(sent) if ent.label_ == "PERSON" and ent.end <= pronoun.i
                        and (ent.root.dep_ in SUBJECTS or (ent.root.dep_ == "conj" and ent.root.head.dep_ in SUBJECTS))]
            if subjects:
                return self.person(subjects[-1])
            linked = [found for t in sent if t.i < pronoun.i and t.dep_ in SUBJECTS and t.pos_ in ("PROPN", "NOUN")
                      and t.text[:1].isupper() and (found := self.linked_actor(t, person_only=True))]
            if linked:  # "[[Georg Stahl]] found that ... which led him to": a linked name the model left untagged
                return linked[-1]
        person = actors.person
        return [person] if person and not other else []  # in a biography, "she" with no one before is its subject

    def they_before(self, pronoun: Token, hops: int = 3) -> list[str]:
        """"they" as a subject: the actors of the plural subject of the clause it is joined to ("the Hollis
        brothers and Anna Brandt founded a paper, and they ..."), else of the plural subject of the main
        clause of the sentence before it in its paragraph, which may itself be a "they" that points further
        back ("A and B married. They bought a club. They sold it."); nothing when that subject is singular
        or names none."""
        verb = pronoun.head
        if verb.dep_ == "conj" and is_verb(verb.head):
            subjects = [c for c in verb.head.children if c.dep_ in SUBJECTS and c.lower_ != "they"]
        else:
            previous = next(self.sentences_before(pronoun.sent, 1), None)
            root = previous.root if previous is not None else None
            before = [c for c in root.children if c.dep_ in SUBJECTS] if root is not None else []
            if hops > 1 and before and all(c.lower_ == "they" for c in before):
                return self.they_before(before[0], hops - 1)
            subjects = [c for c in before if c.lower_ != "they"]
        plural = any(c.tag_ in ("NNS", "NNPS") or any(d.dep_ == "conj" for d in c.children) for c in subjects)
        if not plural:
            # "the company hired captains, and they sailed": "they" are not the company; but "X was invented by
            # A and B. The next year, they discovered Y": persons named together before it
            joined = verb.dep_ == "conj" and is_verb(verb.head)
            return self.persons_together(pronoun) if pronoun.dep_ == "nsubj" and not joined else []
        tokens = [t for c in subjects for t in subtree_without_clauses(c)]
        found = self.parties_in(tokens, set())
        if not found and pronoun.dep_ == "nsubj" and all(
                not c.ent_type_ and noun_class(c.lemma_.lower()) in (None, "thing") for c in subjects):
            # "Rubidium and caesium were first found with a device invented by A and B. They ...": the
            # plural subject names things, "they" who acted are the persons named together
            return self.persons_together(pronoun)
        return found

    def persons_together(self, pronoun: Token) -> list[str]:
        """"they" or "their" with no plural subject before it to point to: the last two or more persons named
        together ("by A and B", "A, B and C") before it in its sentence, else in the nearest of the two sentences
        before it in its paragraph that names any ("The spectroscope was invented by A and B. The next year, they discovered caesium");
        nothing when a sentence names such persons and other names of a state or an organisation."""
        for sent in (pronoun.sent, *self.sentences_before(pronoun.sent, 2)):
            ents = [ent for ent in self.view.ents_in(sent) if ent.end <= pronoun.i]
            persons = {ent.root.i: ent for ent in ents if ent.label_ == "PERSON"}
            groups: dict[int, list[Span]] = {}
            for i, ent in persons.items():
                head = ent.root
                while head.dep_ == "conj" and head.head is not head and head.head.i in persons:
                    head = head.head
                groups.setdefault(head.i, []).append(ent)
            together = [group for group in groups.values() if len(group) >= 2]
            if not together:
                continue
            if any(ent.label_ in ("GPE", "ORG", "NORP") for ent in ents) or len(together) > 1:
                return []
            return list(dict.fromkeys(name for ent in together[0] for name in self.person(ent)))
        return []

    def antecedent(self, pronoun: Token) -> list[str]:
        """"its"/"it"/"their": the nearest state named before it in the sentence; "its" with no name of
        a state, place or organisation before it in its sentence is the article's own state,
        organisation or place ("In 1876 its first constitution was adopted"), and so is a subject "it" in
        an article about a state or an organisation ("In 1993 it established relations with ...")."""
        before = [e for e in self.view.ents_in(pronoun.sent) if e.end <= pronoun.i and e.label_ in ("GPE", "ORG", "NORP")]
        for ent in reversed(before):
            if describes_people(ent, self.trigger, self.lex):
                continue
            parties = resolve_parties(ent.text, self.when)
            if parties:
                return parties[:1] if pronoun.lower_ in ("its", "it") else parties
        if pronoun.lower_ in ("its", "it") and not before and not any(
                t.pos_ == "PROPN" for t in pronoun.sent if t.i < pronoun.i) and (
                pronoun.lower_ == "its" or self.view.actors.subject_kind in ("state", "org")):
            return list(self.view.actors.subject)
        return []

    def states_in(self, tokens) -> list[str]:
        """States and organisations named in `tokens` (no persons, no nationalities of people)."""
        parties = []
        seen: set[tuple[int, int]] = set()
        for token in tokens:
            ent = entity_of(token, self.view)
            if ent is None:
                if token.pos_ == "PROPN" and token.text[:1].isupper():
                    parties.extend(resolve_parties(token.text, self.when))
                continue
            if (ent.start, ent.end) in seen:
                continue
            seen.add((ent.start, ent.end))
            if normalise_name(ent.text) in self.view.actors.initialisms:  # "BIH": the text's, not an ISO code
                parties.extend(self.organisation(normalise_name(ent.text)))
            elif ent.label_ in ("GPE", "ORG", "NORP") and not modifies_person(ent) and not opposes(ent) and not (
                    describes_people(ent, self.trigger, self.lex)):
                parties.extend(resolve_parties(ent.text, self.when))
        return parties

    def sentences_before(self, sent: Span, sentences: int) -> Iterator[Span]:
        """Up to `sentences` sentences before `sent`, nearest first, within its block."""
        clean = self.doc._.clean
        block = clean.block_at(sent.start_char) if clean is not None else None
        current = sent
        for _ in range(sentences):
            if current.start == 0:
                return
            current = self.doc[current.start - 1].sent
            if block is not None and current.start_char < block.start:
                return
            yield current

    def parties_before(self, sent: Span, sentences: int = 2) -> list[str]:
        """States named in the nearest of the previous `sentences` sentences of the same block."""
        for previous in self.sentences_before(sent, sentences):
            parties = self.states_in(previous)
            if parties:
                return parties
        return []

    def pair_before(self, subject: Token) -> list[str]:
        """The pair "the two countries" points back to: two or more states named before it in its
        sentence; else the article's pair when it holds the one state named there; else the states of
        the nearest earlier sentence of the paragraph that names some, or the article's pair when
        those are fewer than two and it holds them."""
        sent = subject.sent
        pair = list(self.view.pair)
        before = list(dict.fromkeys(self.states_in(self.doc[sent.start:subject.left_edge.i])))
        if len(before) >= 2:
            return before
        if before and set(before) <= set(pair):
            return pair
        parties = list(dict.fromkeys(before + self.parties_before(sent)))
        if len(parties) < 2 and pair and set(parties) <= set(pair):
            return pair
        return parties

    def place(self, trigger: Token, skip: frozenset[int] = frozenset()) -> tuple[str | None, set[int]]:
        """The first place in a locative prepositional phrase of the trigger (or of its object: "opened a
        plant in Kentucky"), and the tokens it covers; else the city a visit went to, which stays a
        participant ("visited Canberra": AUS, in Canberra)."""
        preps = [child for child in trigger.children
                 if child.dep_ == "prep" and child.lower_ in self.lex.location_prepositions]
        if is_verb(trigger):
            preps.extend(grandchild for child in trigger.children if child.dep_ == "dobj"
                         for grandchild in child.children if grandchild.dep_ == "prep" and grandchild.lower_ in ("in", "at"))
        for child in preps:
            for token in child.subtree:
                ent = entity_of(token, self.view)
                # A state ("in Poland") takes part (see `located_states`); a location is a city, region or river.
                if ent is not None and ent.label_ in PLACE_LABELS and token.i not in skip:
                    return place_name(ent.text), set(range(ent.start, ent.end))
        if is_verb(trigger):
            city = self.visited_city(trigger)
            if city is not None:
                return city, set()
        return None, set()

    def located_states(self, trigger: Token) -> list[Token]:
        """Tokens of states named in the trigger's own locative phrases: "opened plants in Poland" (POL takes part)."""
        tokens = []
        if not is_verb(trigger):
            return tokens  # "the war ... particularly in Korea": a noun's place phrase is background
        for child in trigger.children:
            if child.dep_ == "prep" and child.lower_ in ("in", "inside", "within"):
                for pobj in child.children:
                    ent = entity_of(pobj, self.view) if pobj.dep_ == "pobj" else None
                    if ent is not None and ent.label_ == "GPE" and names_a_state(ent.text, self.when):
                        tokens.extend(self.doc[ent.start:ent.end])
        return tokens

    def visited_city(self, verb: Token) -> str | None:
        """The city (not a state) a visit went to: "visited Canberra", "travelled to Vladivostok"."""
        city = None
        for target in visit_targets(verb, self.lex):
            ent = entity_of(target, self.view)
            if ent is not None and ent.label_ == "GPE" and not names_a_state(ent.text, self.when):
                city = place_name(ent.text)
                break
        # the verb's type is dear to compute: asked only when a city is there
        if city is None or verb.lemma_.lower() not in self.lex.visit_verbs and verb_type(verb, self.lex)[0] != "meeting":
            return None
        return city


PARTNER_KINDS = {"agreement", "economic"}  # acts with another party: a deal, a membership, a trade
JOURNEY_KINDS = {"other", "migration", "withdrawal"}  # not a visit (meeting), nor troops' moves (military, conflict)


def journey_places(heads: list[Token], view: DocView, kind: str | None) -> set[int]:
    """Places a journey went from, to or through: a verb of motion's object or the object of a journey's
    preposition ("sailed from Spain to the Canaries", "reached Brazil", "landed on Cuba", "moved with his
    family to the United States") is where it went, not who took part; a visit (a meeting) keeps the state
    visited, and troops entering a country (military, conflict) its sides. So are the ends of what it
    crossed ("crossed the Atlantic from Morocco to Barbados") and of a journey told by a participle ("crossed
    the ocean rowing from Namibia"); a goal is a place by the model's label or by its name (see
    `journey_goal_place`)."""
    if kind not in JOURNEY_KINDS:
        return set()
    lex = load_actor_lexicon()
    places: set[int] = set()
    # a person's move of residence ("he emigrated to Canada", "Smith relocated to France") went somewhere
    # whatever its verb; not a state's deportation of others ("deported refugees to X": X receives them)
    movers = [h for h in heads if kind == "migration" and is_verb(h) and any(
        c.dep_ == "nsubj" and (c.ent_type_ == "PERSON" or c.lower_ in PERSONAL_PRONOUNS) for c in h.children)]
    for head in dict.fromkeys([*movers, *journey_heads(heads, lex)]):
        objects = [c for c in head.children if c.dep_ == "dobj"]
        goals = objects + journey_goals(head, lex)
        goals += [g for obj in objects for t in phrase_tokens(obj) for g in journey_goals(t, lex)]
        # the place whose part it reached ("sighted the coast of Greenland", "the country's east coast")
        goals += [t for obj in objects for t in phrase_tokens(obj)
                  if t.dep_ == "poss" or (t.dep_ == "pobj" and t.head.lower_ == "of")]
        for goal in goals:  # the place and the places joined to it ("landed on Cuba and Jamaica")
            for token in [goal, *(c for c in goal.subtree if c.dep_ == "conj")]:
                places.update(journey_goal_place(token, view))
    return places


def journey_heads(heads: list[Token], lex) -> list[Token]:
    """The verbs of motion among `heads`, and the participles of motion that carry one on without a
    subject of their own ("crossed the ocean rowing solo from Namibia", "succeeded in crossing"); and the
    verbs of perception, whose place is one an explorer found or saw ("discovered Greenland", "sighted
    Australia"), not a party."""
    found = []
    for head in heads:
        candidates = [head, *(c for c in head.children if c.dep_ in ("advcl", "xcomp", "pcomp") and c.tag_ == "VBG"
                              and not any(g.dep_ in SUBJECTS for g in c.children))]
        candidates += [g for c in head.children if c.dep_ == "prep" for g in c.children
                       if g.dep_ == "pcomp" and g.tag_ == "VBG"]
        found.extend(c for c in candidates if is_verb(c)
                     and c.lemma_.lower() in lex.journey_verbs | lex.sighting_verbs)
    return found


def phrase_tokens(token: Token) -> list[Token]:
    """A noun phrase's tokens without its clauses: "the Atlantic rowing alone from Namibia" (the ends of
    a crossing the parser hung inside what was crossed), not "a deal to sell arms to X"."""
    return pruned_subtree(token, lambda child: child.dep_ not in ("relcl", "acl", "advcl", "xcomp", "ccomp"))


def journey_goals(token: Token, lex) -> list[Token]:
    """The objects of the journey's prepositions on `token` ("to X", "from X", "across X"; "brought judo
    to France", which the parser makes a dative), and of those the parser hangs on one another ("flew
    from Newfoundland to Ireland": "to" on "from")."""
    goals = []
    preps = [c for c in token.children if c.dep_ in ("prep", "dative") and c.lower_ in lex.journey_prepositions]
    while preps:
        prep = preps.pop()
        goals.extend(g for g in prep.children if g.dep_ == "pobj")
        preps.extend(c for c in prep.children if c.dep_ == "prep" and c.lower_ in lex.journey_prepositions)
    return goals


def journey_goal_place(token: Token, view: DocView) -> range:
    """The tokens of the place a journey's goal names: a name the model tags as a place, or any name
    that is a state's or one WordNet gives to a place ("Hokkaidō" and "the Azores", which the model may
    tag as an organisation or a person; "Barbados" left untagged)."""
    ent = view.entity_at[token.i]
    if ent is not None:
        if ent.label_ in ("GPE", "LOC") or (ent.label_ in ("ORG", "PERSON", "FAC", "NORP") and is_place_name(ent.text)):
            return range(ent.start, ent.end)
        return range(0)
    if token.pos_ == "PROPN" and is_place_name(token.text):
        return range(token.i, token.i + 1)
    return range(0)


def common_name(view: DocView, name: str) -> str:
    """A person's id: the name the wiki link gives them ("[[Laura Huxley|Laura Archera]]" is "Laura
    Huxley", "[[Ulysses S. Grant|Ulysses Grant]]" "Ulysses S. Grant"), but the name as shown where the link's
    name only adds given names to it ("[[John Alexander Reina Newlands|John Newlands]]" is "John
    Newlands", "[[Marie François Sadi Carnot|Sadi Carnot]]" "Sadi Carnot"): the shorter name in use is
    the common one (the set's convention, DECISIONS: persons by their full common English name)."""
    linked = view.actors.person_name(name)
    if linked == name:
        return name
    shown = [w.lower() for w in name.split()]
    full = [w.lower() for w in linked.split()]
    if len(full) <= len(shown):
        return linked
    extra, at = [], 0
    for word in full:
        if at < len(shown) and word == shown[at]:
            at += 1
        else:
            extra.append(word)
    if len(shown) > 1 and at == len(shown) and shown[-1] == full[-1] and all(len(w.strip(".")) > 1 for w in extra):
        return name
    return linked  # also for a surname shown alone ("[[Pierre-Simon Laplace|Laplace]]"): persons are named in full


def person_span(ent: Span) -> Span:
    """The words of a person's name where the model's span misses or overshoots them: a nationality
    before the name is not part of it ("Icelander Leif Eriksen" is "Leif Eriksen"), a given name the model
    left out between a nationality and the name is ("Cuban Arnaldo Tamayo Méndez": the model tags "Cuban"
    and "Tamayo Méndez"), and so is an epithet after it ("Erik the Red", "Ivar the Boneless")."""
    doc = ent.doc
    gaz = load_gazetteer()
    ent = link_completed(ent) or ent
    start, end = ent.start, ent.end
    while start - 1 > ent.sent.start and doc[start - 2].ent_type_ == "NORP" and doc[start - 1].pos_ == "PROPN" and doc[start - 1].dep_ == "compound" and (
            not doc[start - 1].ent_type_) and doc[start - 1].text[:1].isupper() and doc[start - 1].head.i in range(start, end) and (
            doc[start - 1].text not in gaz.titles):
        start -= 1
    if start == ent.start and start > ent.sent.start and is_a_left_out_given_name(doc[start - 1], ent):
        start -= 1  # "In 2004 Lionel Messi signed": the model tags "Messi" alone
    while end - start > 1 and (fold(doc[start].text) in gaz.demonyms or fold(doc[start].text) + "s" in gaz.demonyms):
        start += 1
    if end + 1 < ent.sent.end and doc[end].lower_ == "the" and doc[end + 1].text[:1].isupper() and (
            not doc[end + 1].ent_type_ or doc[end + 1].ent_type_ == "PERSON") and doc[end + 1].pos_ in ("PROPN", "ADJ") and (
            end + 2 >= len(doc) or not doc[end + 2].text[:1].isupper()):
        end += 2
    return ent if (start, end) == (ent.start, ent.end) else Span(doc, start, end, label=ent.label_)


def is_a_left_out_given_name(word: Token, ent: Span) -> bool:
    """A given name the model left out of a person's name right after it ("Lionel" in "Lionel Messi" tagged
    "Messi"): an untagged capitalised word, the name's compound, that is neither a title ("President"), a word
    for a kind of person or body ("Coach", "Club"), nor a demonym; alone at the sentence's start or after a
    word that is no name."""
    gaz = load_gazetteer()
    text = word.text
    if word.ent_type_ or word.pos_ != "PROPN" or word.dep_ != "compound" or word.head.i not in range(ent.start, ent.end):
        return False
    if not (text[:1].isupper() and text[1:].islower() and text.isalpha()) or text in gaz.titles or fold(text) in gaz.demonyms:
        return False
    if noun_class(text.lower()) in ("person", "organisation", "polity", "group"):
        return False
    before = word.doc[word.i - 1] if word.i > word.sent.start else None
    return before is None or not (before.text[:1].isupper() and before.pos_ == "PROPN")


def names_a_state_organ(name: str) -> bool:
    """"air force", "navy", "senate": a state's organ by its common name (the gazetteer's state bodies,
    WordNet's state organs), whose words only say what kind of body it is."""
    bare = name.removeprefix("the ")
    return is_state_body(bare) or bare in load_actor_lexicon().state_organs or (
        len(bare.split()) > 1 and all(is_state_body(w) or w in load_actor_lexicon().state_organs or noun_class(w) is not None
                                      for w in bare.split()) and is_state_body(bare.split()[-1]))


def is_language_name(token: Token, view: DocView) -> bool:
    """A name that says by itself it names a language: a wiki link to a language's page ("[[Berber
    languages|Berber]]"), a name headed by "languages" ("the Cushitic languages"), or a noun WordNet knows
    only as a language ("Semitic", "Chadic"; not "Turkish forces", a modifier)."""
    clean = view.doc._.clean
    target = clean.link_target(token.idx, token.idx + len(token.text)) if clean is not None else None
    language_nouns = load_actor_lexicon().language_nouns
    last_word = link_title(target).split()[-1:] if target else []
    if last_word and last_word[0].lower() in language_nouns:
        return True
    if token.head is not token and token.head.lower_ in language_nouns and token.dep_ in ("compound", "amod", "nmod"):
        return True
    return token.dep_ not in ("amod", "compound", "nmod", "poss") and fold(token.text) in load_language_names()[1]


def names_a_language(token: Token, view: DocView) -> bool:
    """Whether `token` names a language or a family of languages, not an actor (guideline: languages are
    no actors): a name that says so by itself (`is_language_name`), or one WordNet knows as a language
    ("Berber", "Egyptian", "Hausa") listed with such a name ("Semitic, Berber, and Cushitic")."""
    if is_language_name(token, view):
        return True
    if token.dep_ in ("amod", "compound", "nmod", "poss") or fold(token.text) not in load_language_names()[0]:
        return False
    return any(is_language_name(other, view) for other in token.conjuncts)


def names_a_work(ent: Span, view: DocView) -> bool:
    """A name set in italics is a work's title or part of one (a film, a book, a ship, a periodical:
    "directed Shirley Temple in ''Heidi''", "made into the films ''Addio, Kira''"), not an actor, unless
    it is the subject or agent of a verb ("''The Times'' reported") or the italic run ends with a body's
    noun ("''Claridge's Patent Asphalte Company''")."""
    clean = view.doc._.clean
    start = ent[1].idx if len(ent) > 1 and ent[0].pos_ == "DET" else ent.start_char  # "the ''Historia''"
    if clean is None or not clean.in_italics(start, ent.end_char) or is_actor_role(ent.root):
        return False
    doc = ent.doc
    last = ent.end - 1
    while last + 1 < len(doc) and last + 1 < ent.sent.end and (doc[last + 1].is_punct or clean.in_italics(
            doc[last + 1].idx, doc[last + 1].idx + len(doc[last + 1].text))):
        last += 1
    while last >= ent.start and not doc[last].is_alpha:
        last -= 1
    word = doc[last].lower_ if last >= ent.start - 1 else ""
    return not (word in load_actor_lexicon().organisation_heads or noun_class(word) == "organisation")


def renames_the_subject(token: Token, view: DocView) -> bool:
    """"Rand was born Alisa Rosenbaum", "she became Jane Doe": a person's name as the complement of a verb
    whose subject is a person is that person's other name, not a second participant."""
    while token.dep_ == "appos" and token.head is not token:
        token = token.head
    if token.dep_ not in ("attr", "oprd", "npadvmod") or not is_verb(token.head):
        return False
    if token.dep_ == "npadvmod" and not any(c.dep_ == "auxpass" for c in token.head.children):
        return False  # "was born Clara Weiss", not "endorsed ..., most strongly Barry Goldwater"
    return any(c.dep_ in SUBJECTS and (c.pos_ == "PROPN" and c.ent_type_ in ("PERSON", "ORG", "") or c.lower_ in ("he", "she"))
               for c in token.head.children)


def bracketed_initialism(ent: Span) -> bool:
    """"The International Time Bureau (BIH) began": an initialism in brackets right after a name is that
    name again, not a second actor."""
    doc = ent.doc
    return (ent.text.replace(".", "").isupper() and 0 < ent.start and ent.end < len(doc)
            and doc[ent.start - 1].text == "(" and doc[ent.end].text == ")")


def in_office_title(token: Token, lex: TriggerLexicon) -> bool:
    """"was elected the 16th president of the United States": the state of the office a person is made
    or called (a complement naming an office) is the person's title, not a participant."""
    for _ in range(4):
        if token.head is token:
            return False
        token = token.head
        if token.dep_ in ("attr", "oprd") and token.lemma_.lower() in lex.office_nouns:
            return True
        if token.dep_ not in ("pobj", "prep", "compound", "amod", "nmod", "poss"):
            return token.dep_ in ("attr", "oprd") and token.lemma_.lower() in lex.office_nouns
    return False


def names_an_office(token: Token, lex: TriggerLexicon) -> bool:
    """"the Ministers of Foreign Affairs": a body named by an office is its holders, not an organisation
    (a proper noun keeps its plural as its lemma)."""
    word = token.lower_
    return word in lex.office_nouns or (word.endswith("s") and word[:-1] in lex.office_nouns)


def names_a_body(noun: Token) -> bool:
    """A common noun of an organisation or of a firm's role that a name is in apposition to ("the company
    Harbour Pictures", "the publisher B-Note Music")."""
    return noun.pos_ == "NOUN" and noun_class(noun.lemma_.lower()) in ("organisation", "person")


def is_club_argument(ent: Span, view: "DocView") -> bool:
    """A club's or a team's name the model tagged as a facility, a place or a product ("the Charlotte
    Bobcats", "the Ravens") that is a verb's subject, object or agent: its last word a capitalised plural."""
    if ent.label_ not in ("FAC", "GPE", "PRODUCT", "LOC", "NORP"):
        return False
    words = normalise_name(ent.text).removeprefix("the ").split()
    if not words or not all(w[:1].isupper() for w in words):
        return False
    if len(words) == 1:
        return view.actors.club_name(words[0]) is not None and is_core_argument(ent.root)
    return len(words) <= 4 and is_plural_name(words[-1]) and not resolve_parties(ent.text) and is_core_argument(ent.root)


def club_after_a_place(token: Token, view: "DocView") -> Span | None:
    """"Real Madrid signed", "Bayern Munich defeated Borussia Dortmund": a name of two or three capitalised
    words, one of them a city's (WordNet's cities and towns, not a state's name) and the others no place's, title's or
    nationality's, acting (a core argument) whatever the model tagged it (the city alone as a place, the
    whole as a place or a facility): a club or a company named after its city (v1.1: an organisation by its
    common name), not the city's state. `token` is any of its words; None where it is no such name."""
    last = token
    while last.dep_ == "compound" and last.head.i == last.i + 1 and last.head.pos_ == "PROPN":
        last = last.head
    span = token.doc[name_start(last):last.i + 1]
    if not 2 <= len(span) <= 3 or not all(t.pos_ == "PROPN" and t.text[:1].isupper() and t.text.isalpha() for t in span):
        return None
    labels = {view.entity_at[t.i].label_ if view.entity_at[t.i] is not None else "" for t in span}
    if not labels <= {"GPE", "LOC", "FAC", ""} or not is_core_argument(last):
        return None
    if resolve_parties(span.text) or is_place_name(span.text):
        return None  # "New Delhi", "West Berlin", "North Korea": a place's whole name
    cities = [t for t in span if is_city_name(t.text) and not names_a_state(t.text)]
    others = [t for t in span if t not in cities]
    if len(cities) != 1 or not others or any(
            resolve_parties(t.text) or is_place_name(t.text) or adjective_place(t.text) or t.text in load_gazetteer().titles
            for t in others):
        return None
    return span


def is_mislabelled_body(ent: Span, trigger: Token) -> bool:
    """A body's name the model tagged as a facility, a product, a work, a place or an event ("the Vienna
    Philharmonic", "the Halden Youth Society") acting in the trigger's own clause (its subject or agent): its
    last word a body's noun (`ends_with_a_body_noun`), all its words capitalised, no state's or place's name."""
    if ent.label_ not in MISLABELS or not is_actor_role(ent.root):
        return False
    token = ent.root
    while token.dep_ == "conj" and token.head is not token:
        token = token.head
    verb = verb_acted_for(token)
    name = normalise_name(ent.text).removeprefix("the ")
    return verb.i == trigger.i and all(w[:1].isupper() for w in name.split()) and ends_with_a_body_noun(name) and (
        not resolve_parties(name)) and not is_place_name(name)


def is_core_argument(token: Token) -> bool:
    """Subject, object or agent ("by ISO") of a verb, or a conjunct of one: where an actor the gazetteer
    does not know is still an actor."""
    while (token.dep_ == "conj" or (token.dep_ == "appos" and names_a_body(token.head))) and token.head is not token:  # "signed the company X": X
        token = token.head
    if token.dep_ in SUBJECTS or token.dep_ in ("dobj", "dative"):
        return is_verb(token.head)
    return token.dep_ == "pobj" and token.head.dep_ == "agent"


def is_prepositional_actor(token: Token, lex: TriggerLexicon) -> bool:
    """The object of an actor's preposition, or a conjunct of one: "an agreement with X", "sold to X",
    "a doctorate from X", "in partnership with X, Y and Z" (an organisation there takes part); not the
    start or end of a move ("marched from X", "moved to X": a place)."""
    while (token.dep_ == "conj" or (token.dep_ == "appos" and names_a_body(token.head))) and token.head is not token:  # "with the company X": X
        token = token.head
    if token.dep_ == "pobj" and token.head.lower_ == "at" and is_members_subject(token.head.head):
        return True  # "researchers at X developed ...": the body whose people act
    if token.dep_ != "pobj" or token.head.lower_ not in load_actor_lexicon().actor_prepositions:
        return False
    governor = token.head.head
    # a school gone to is where one studied, not a party ("went up to Balliol College"); but an academy or a
    # society one is elected or admitted to is the body joined ("elected to the Academy of Sciences": agreement)
    if not (token.head.lower_ in ("from", "to") and is_verb(governor)):
        return True
    kind = verb_type(governor, lex)[0]
    return not (kind in MOVES or (goes_to_a_school(governor) and kind not in JOINING_KINDS))


def is_members_subject(noun: Token) -> bool:
    """"Researchers at X", "engineers at X": a plural noun of persons (WordNet) that is a verb's subject."""
    return (noun.pos_ == "NOUN" and noun.dep_ in SUBJECTS and noun.tag_ == "NNS"
            and noun_class(noun.lemma_.lower()) == "person")


def acting_body_of(token: Token) -> bool:
    """"Florida's wildlife commission voted", "Quebec's legislature passed": a place whose body acts
    (a possessor of an organisation's or a polity's noun that is a verb's subject) acts through it."""
    if token.dep_ not in ("poss", "compound") or token.head is token:
        return False
    body = token.head  # "Florida's wildlife commission", "the Alberta government", "Quebec voters"
    lemma = body.lemma_.lower()
    return (noun_class(lemma) in ("organisation", "polity") or lemma in load_actor_lexicon().state_organs) and (
        body.pos_ == "NOUN" and is_actor_role(body))


def names_one_person(noun: Token) -> bool:
    """A singular common noun of a person ("king", "leader", "chemist"): a nationality on it is that person's
    origin (v1.1: persons' states are not added for them), not a group of nationals acting."""
    return noun.pos_ == "NOUN" and noun.tag_ == "NN" and noun_class(noun.lemma_.lower()) == "person"


def names_an_actor(noun: Token) -> bool:
    """A common noun of a body, a group, a person or a state (WordNet's actor classes, a state's organs):
    "troops", "weavers", "the parliament"; not "translation"."""
    lemma = noun.lemma_.lower()
    return noun.pos_ == "NOUN" and (noun_class(lemma) in ("organisation", "group", "person", "polity")
                                    or lemma in load_actor_lexicon().state_organs)


def is_actor_role(token: Token) -> bool:
    """Subject or agent of a verb, or a conjunct of one: a place there acts ("Texas seceded")."""
    while token.dep_ == "conj" and token.head is not token:
        token = token.head
    if token.dep_ in SUBJECTS:
        return is_verb(token.head) and token.dep_ != "nsubjpass"
    return token.dep_ == "pobj" and token.head.dep_ == "agent"


def verb_acted_for(token: Token) -> Token:
    """The word a subject, object or agent hangs on: the verb, or for an agent ("by X") the verb above its
    preposition."""
    return token.head.head if token.dep_ == "pobj" else token.head


def place_name(text: str) -> str:
    """A place as a name: "primorye" -> "Primorye"."""
    name = normalise_name(text)
    return name[:1].upper() + name[1:]


def opposes(ent: Span) -> bool:
    """"anti-Japanese fighters", "the pro-Soviet bloc": a stance toward a state, not its part in the event."""
    doc = ent.doc
    first = ent.text.lower()
    if first.startswith(("anti-", "pro-", "anti‐", "pro‐")):
        return True
    return ent.start >= 2 and doc[ent.start - 1].text in ("-", "‐", "‑") and (
        doc[ent.start - 2].lower_ in ("anti", "pro"))


def subtree_without_clauses(token: Token) -> list[Token]:
    """A phrase without its relative clauses: "the treaty that had lapsed under which ..." is about the treaty."""
    # "signed by Kim as leader of the DPRK": a role, not a party
    return pruned_subtree(
        token, lambda child: child.dep_ != "relcl" and not (child.dep_ == "prep" and child.lower_ == "as"))


def argument_tokens(trigger: Token, lex: TriggerLexicon, kind: str | None = None) -> list[Token]:
    """Tokens of the trigger's arguments: subject, objects, agent, complements, party prepositions,
    and participial clauses ("..., associated with China"); not the clause a verb of reporting reports
    in a private statement ("the physician wrote that A and B ...": `reporting_verbs`), where an official
    statement of position (`policy`: "the Foreign Minister stressed that Russia would sell arms to all but
    X") keeps the states it is about."""
    tokens: list[Token] = []
    nominal = trigger.pos_ in NOUN_POS
    reported = is_verb(trigger) and trigger.lemma_.lower() in lex.reporting_verbs and kind not in (None, "policy")
    for child in trigger.children:
        dep = child.dep_
        if reported and dep == "ccomp":
            continue  # what is said ("Y said that A and B had agreed"): the speaker's words, not the act's parties
        if dep == "dobj" and is_verb(trigger) and any(c.dep_ in SUBJECTS for c in trigger.children):
            made = made_work(trigger, child)
            tokens.extend(t for t in subtree_without_clauses(child) if t not in owned_by_a_person(child) and t not in made)
        elif dep in ARGUMENTS or (nominal and dep in NOMINAL_ARGUMENTS):
            tokens.extend(subtree_without_clauses(child))
        elif dep == "prep" and child.lower_ in lex.party_prepositions:
            tokens.extend(subtree_without_clauses(child))
        elif dep == "prep" and child.lower_ == "under":
            tokens.extend(t for leader in leaders_under(child, lex) for t in subtree_without_clauses(leader))
        elif dep == "prep" and any(g.dep_ == "prep" and g.lower_ == "with" for g in child.children):
            # "along with her partners", "together with X": the companions the "with" joins take part
            tokens.extend(t for g in child.children if g.dep_ == "prep" and g.lower_ == "with"
                          for t in subtree_without_clauses(g))
        elif dep == "advcl" and child.tag_ in ("VBN", "VBG") and not any(
                c.dep_ in SUBJECTS or c.dep_ == "mark" for c in child.children):
            tokens.extend(subtree_without_clauses(child))
    return tokens


def made_work(verb: Token, obj: Token) -> set[Token]:
    """"Picasso painted Guernica", "Joyce published Ulysses", "King John sealed the Magna Carta": the named work
    a verb of creation (WordNet verb.creation) makes is a thing, not a party; a body's name ("created the
    Film Institute") stays an actor."""
    if obj.pos_ != "PROPN" or verb.lemma_.lower() not in load_actor_lexicon().creation_verbs:
        return set()
    if obj.lower_ in load_actor_lexicon().organisation_heads:
        return set()
    return {t for t in obj.subtree if t is obj or (t.head is obj and t.dep_ in ("compound", "det"))}


def owned_by_a_person(obj: Token) -> set[Token]:
    """"Schaeffer emulated Swift's work", "Huxley edited Lawrence's letters", "Asperger adopted Bleuler's
    terminology": the person whose work or idea a named actor acts on owns the object and takes no part;
    a state's ("Japan's territory") stays."""
    return {t for owner in obj.children if owner.dep_ == "poss" and owner.pos_ == "PROPN"
            and owner.ent_type_ not in ("GPE", "NORP", "LOC") for t in owner.subtree}


def leaders_under(prep: Token, lex: TriggerLexicon) -> list[Token]:
    """Who an act was done under takes part in it: "studied under X", "fought under General X", "the
    empire expanded under the rule of X" (the object of a non-actor noun's "of"); not an instrument or an
    act ("under the Treaty of Paris", "under the new law": no actor, its name's places no parties)."""
    leaders = []
    for noun in (c for c in prep.children if c.dep_ == "pobj"):
        if is_event_noun(noun, lex) or noun.lemma_.lower() in load_actor_lexicon().instrument_nouns:
            continue
        if noun.pos_ == "NOUN" and not names_an_actor(noun):
            noun = next((g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                         for g in c.children if g.dep_ == "pobj"), None)  # "the rule of X", "the command of X"
        if noun is not None:
            leaders.append(noun)
    return leaders


def governing_verb(candidate: Candidate, lex: TriggerLexicon) -> Token | None:
    """The verb an event noun is the object of, directly or through a preposition, when it tells the same
    happening: a verb of the noun's type, or one of no type of its own ("defeated the rebels at the Battle
    of X", "took part in the siege", "fought in the war": its actors are the noun's); also the passive a dated event
    noun is the subject of, through its agent ("the 1998 election was won by the Liberals", "the 1979 revolution was
    led by Khomeini")."""
    noun = candidate.trigger
    if noun.pos_ not in NOUN_POS:
        return None
    head = noun.head
    if noun.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in ("at", "in", "during"):
        head = head.head
    elif noun.dep_ == "nsubjpass" and passive_agents(head):
        pass
    elif noun.dep_ != "dobj":
        return None
    if head is noun or not is_verb(head) or head in candidate.argument_heads:
        return None
    kind = verb_type(head, lex)[0]
    return head if kind in (candidate.kind, "other", None) else None


def signed_thing(heads: list[Token], view: DocView, lex: TriggerLexicon) -> set[int]:
    """"The Agreement between Australia and Japan was signed ... by Kishi and McEwen": when persons
    sign, the states in the name of the agreement are not added for them."""
    for head in heads:
        agents = [c for c in head.children if c.dep_ == "agent"]
        if not any((ent := entity_of(t, view)) is not None and ent.label_ == "PERSON"
                   for agent in agents for t in agent.subtree):
            continue
        return {t.i for c in head.children if c.dep_ == "nsubjpass" and lex.argument_nouns.get(noun_key(c)) == "agreement"
                for t in c.subtree}
    return set()


def document_name_places(sentence: Span, view: DocView, lex: TriggerLexicon) -> set[int]:
    """"The Treaty of London was signed by Belgium", "the Edict of Nantes": a place in the name of an agreement
    or a legal instrument (a capitalised head noun with "of") says where it was made, not who is party; but a
    state's own instrument ("the Constitution of Hungary was adopted") is that state's act (v1.1 `policy`:
    acts of a state's authority, constitutions), so the state's name is kept."""
    instruments = load_actor_lexicon().instrument_nouns
    places: set[int] = set()
    for token in sentence:
        if token.dep_ != "pobj":
            continue  # the cheap test first: reading a token's head builds a Token
        of = token.head
        head = of.head
        if not (of.lower_ == "of" and head.is_title and head.pos_ in NOUN_POS
                and (lex.argument_nouns.get(noun_key(head)) == "agreement" or noun_key(head) in instruments)):
            continue
        ent = view.entity_at[token.i]
        if ent is not None and ent.label_ in ("GPE", "LOC"):
            if noun_key(head) in instruments and names_a_state(ent.text):
                continue  # "the Constitution of Slovenia": the state's own law, not where it was made
            places.update(range(ent.start, ent.end))
    return places


def fronted_subject(verb: Token) -> list[Token]:
    """"In 2010 Beijing offered ...": without a comma the parser can hang a subjectless verb's subject
    under the time phrase before it; the named entity after the date there is the subject."""
    for child in verb.children:
        if child.dep_ != "prep" or child.i > verb.i:
            continue
        phrase = sorted(child.subtree, key=lambda t: t.i)
        dates = [t.i for t in phrase if t.ent_type_ == "DATE"]
        if not dates:
            continue
        named: list[Token] = []  # the names right after the date ("In 1991 Estonia and Latvia"), not "in Macau"
        for token in (t for t in phrase if t.i > dates[-1]):
            if token.ent_type_ in PARTY_LABELS or (named and token.lower_ in ("and", ",")):
                named.append(token)
            else:
                break
        return [token for token in named if token.ent_type_ in PARTY_LABELS]
    return []


def inherited_subject(verb: Token) -> list[Token]:
    """The subject a verb shares with the verb it is conjoined to or complements ("Russia recognized ...
    and opted out", "began to criticize", "found sanctuary after being defeated")."""
    token = verb
    for _ in range(5):
        subjects = [c for c in token.children if c.dep_ in SUBJECTS and c.lower_ not in ("it", "this", "that")]
        if subjects:
            return [] if token is verb else [t for c in subjects for t in subtree_without_clauses(c)]
        if token.head == token:
            return []
        if token.dep_ in ("xcomp", "ccomp") and is_verb(token.head) and token.tag_ in ("VB", "VBG"):
            # "led Washington to suspend", "forced the family to leave": the object does the complement
            controllers = [c for c in token.head.children if c.dep_ in ("dobj", "dative") and c.i < token.i]
            if controllers and any(c.dep_ in ("aux", "mark") and c.lower_ == "to" for c in token.children):
                return [t for c in controllers for t in subtree_without_clauses(c)]
        if token.dep_ in ("conj", "xcomp", "advcl", "pcomp", "acomp") or (token.dep_ == "prep" and token.pos_ == "ADP"):
            token = token.head
        elif token.dep_ == "acl" and token.head.pos_ in NOUN_POS:
            # "its decision to suspend": the deciding noun's possessor
            poss = [c for c in token.head.children if c.dep_ == "poss"]
            return [t for c in poss for t in c.subtree]
        else:
            return []
    return []


def relative_antecedent(verb: Token) -> list[Token]:
    """"Soviet pilot Yuri Orlov, who was launched in 1961", "Ann Berg, who flew in 1978": a relative
    clause whose subject is the relative pronoun is about the name it hangs on, which takes part (its
    modifiers too: a nationality on a person is dropped later, as anywhere)."""
    head = verb.head
    if is_verb(verb) and verb.dep_ in ("acl", "relcl") and not any(c.dep_ in SUBJECTS for c in verb.children) and (
            head.pos_ in NOUN_POS or head.pos_ == "ADJ") and describes_a_named_person(head):
        # "Liu Wen, the first person sent into orbit (2003)", "Ada Ek, first woman to fly a jet (1953)": the
        # participle or infinitive on a noun in apposition to a person's name is about the person
        return [head.head, *(t for c in head.head.lefts if c.dep_ in ("amod", "compound", "nmod") and c.i < head.i for t in c.subtree)]
    if head.dep_ == "appos" and head.pos_ == "NOUN" and (head.head.ent_type_ or head.head.pos_ == "PROPN"):
        head = head.head  # "PURE, a nightclub at the casino, which opened in 2004": the name
    if not is_verb(verb) or verb.dep_ != "relcl" or not (head.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or head.pos_ == "PROPN"):
        return []
    subjects = [c for c in verb.children if c.dep_ in SUBJECTS]
    if not subjects or subjects[0].lower_ not in ("who", "which", "that"):
        return []
    # the name and the words of its own (a nationality, a title), not its prepositional phrases
    return [head, *(t for c in head.lefts if c.dep_ in ("amod", "compound", "nmod") for t in c.subtree)]


def linked_name(token: Token) -> Span | None:
    """The name whose last word is `token` where it is the whole shown text of a wiki link, two words or more,
    each capitalised ("[[Marten Ilves]]"; "Soviet [[Yuri Orlov]]": the nationality is outside the link), not
    set in italics (a work's title); else None."""
    doc, clean = token.doc, token.doc._.clean
    if clean is None or not token.text[:1].isupper():
        return None
    start = name_start(token)
    span = next((doc[i:token.i + 1] for i in range(start, token.i)
                 if clean.is_link_text(doc[i].idx, token.idx + len(token.text))), None)
    if span is None or clean.in_italics(span.start_char, span.end_char):
        return None
    if not all(len(w) > 1 and w[:1].isupper() and w.replace("-", "").replace("'", "").isalpha() for w in span.text.split()):
        return None
    return span


def name_start(token: Token) -> int:
    """The index of the first word of the proper name whose last word is `token`: its compounds before it, and
    words joined to them by a hyphen with no space ("Metro-Goldwyn-Mayer", which the model splits in five)."""
    doc, start = token.doc, token.i
    while start > token.sent.start:
        before = doc[start - 1]
        if before.pos_ == "PROPN" and before.dep_ in ("compound", "flat") and before.head.i in range(start, token.i + 1):
            start -= 1
        elif (before.text == "-" and start - 2 >= token.sent.start and not before.whitespace_
              and not doc[start - 2].whitespace_ and doc[start - 2].pos_ == "PROPN"):
            start -= 2
        else:
            break
    return start


def only_name_words(text: str) -> bool:
    """Words that can only be part of a person's name: name particles ("dos") and capitalised words that are no
    common noun ("Santos"; not "Lectures" in "the Nathaniel Branden Lectures", a series named after him)."""
    particles = load_actor_lexicon().name_particles
    return all(w in particles or (w[:1].isupper() and noun_class(w.lower()) is None and noun_class(w.lower().removesuffix("s")) is None)
               for w in text.split())


def linked_organisation(token: Token) -> Span | None:
    """The whole shown text of the wiki link `token` is in where the link's page is an organisation's
    (`titles_an_organisation`: "[[F.A. Brockhaus AG|Brockhaus]]", "[[Harlow (publisher)|Harlow]]",
    "[[Kestrel Talent Agency|KTA]]"), capitalised and not in italics (a work's title); else None."""
    if not token.text[:1].isupper():
        return None  # before the clean text: a Doc's extension is slow to read
    doc, clean = token.doc, token.doc._.clean
    if clean is None or not getattr(clean, "shown_links", ()):
        return None
    if clean.link_around(token.idx, token.idx + len(token.text)) is None:
        return None
    sent = token.sent
    first, last = max(sent.start, token.i - 6), min(sent.end, token.i + 7)
    window = doc[first:last]
    starts = [t.idx for t in window]  # the tokens' offsets read once, not once per pair tried below
    ends = [t.idx + len(t.text) for t in window]
    span = next((doc[i:j] for i in range(first, token.i + 1) for j in range(last, token.i, -1)
                 if clean.is_link_text(starts[i - first], ends[j - 1 - first])), None)
    if span is None or not span.text[:1].isupper() or clean.in_italics(span.start_char, span.end_char):
        return None
    target = clean.link_target(span.start_char, span.end_char) or span.text
    return span if titles_an_organisation(target) else None


def same_words(ent: Span, span: Span) -> bool:
    """Whether an entity covers just the words of a span, but for a leading article ("the [[X]]")."""
    start = ent.start + 1 if ent[0].lower_ == "the" else ent.start
    return (start, ent.end) == (span.start, span.end)


def relative_subject_of(token: Token) -> bool:
    """A name a relative clause is about, whose subject is the relative pronoun ("Yuri Orlov, who was launched")."""
    return any(c.dep_ == "relcl" and any(g.dep_ in SUBJECTS and g.lower_ in RELATIVE_PRONOUNS for g in c.children)
               for c in token.children)


def describes_a_named_person(noun: Token) -> bool:
    """A noun of persons in apposition to a person's name ("Liu Wen, the first person", "Ada Ek, a pilot"; the
    parser sometimes hangs such a noun as a modifier of the name)."""
    name = noun.head
    return noun.dep_ in ("appos", "amod") and name is not noun and name.ent_type_ == "PERSON" and name.i < noun.i and (
        noun_class(noun.lemma_.lower()) == "person")


def names_the_document(name: str, view: DocView) -> bool:
    """"the Articles were replaced", "the Constitution was amended": in an article about a state's founding
    document, the document named by its title or its head noun is what is acted on, not an actor."""
    if view.actors.subject_kind != "document":
        return False
    bare = name.removeprefix("the ").lower()
    return bare in (view.title.lower(), document_head(view.title))


def names_a_document(token: Token, view: DocView) -> bool:
    """In an article about a state's founding document, a noun of a legal instrument ("the new
    Constitution", "a law") or the document's own name ("the Articles")."""
    if view.actors.subject_kind != "document":
        return False
    lemma = token.lemma_.lower()
    return lemma in load_actor_lexicon().instrument_nouns or names_the_document(normalise_name(token.text), view)


def resolve_in_time(text: str, when: str | None) -> list[str]:
    """The parties a name stands for at the event's date, where the date is coarser than the span of a
    reading ("the Second Continental Congress", USA from May 1775, acting "in 1775"): a name that stands
    for a party at one end of the date and for none at the other is that party's (it did so within the
    date); a name that stands for two parties at its two ends ("Moscow" in 1991) stays unread."""
    found = resolve_parties(text, when)
    period = timex_period(when) if when and not found else None
    if period is None or period[0] == period[1]:
        return found
    first, last = resolve_parties(text, (period[0], period[0])), resolve_parties(text, (period[1], period[1]))
    return first or last if bool(first) != bool(last) else found


def name_parties(noun: Token, when: str | None) -> list[str]:
    """States named in an event noun's modifiers: "the Russo-Japanese War", "the Sino-Soviet split"."""
    modifiers = [child for child in noun.lefts if child.dep_ in ("amod", "compound", "nmod")]
    if not modifiers:
        return []
    start = min(token.i for child in modifiers for token in child.subtree)
    text = noun.doc[start:noun.i].text
    if not any(ch in text for ch in "-\u2010\u2011\u2012\u2013\u2014/"):
        return own_change_of_government(noun, modifiers, when)
    return resolve_parties(text, when)


def own_change_of_government(noun: Token, modifiers: list[Token], when: str | None) -> list[str]:
    """"the French Revolution", "the 2006 Thai coup", "the 1991 Albanian elections": a change of government
    (an event noun of `leadership`) named by one state's word, besides its dates, is that state's own, the
    actor the name makes certain (v1.1), where the model takes the whole name for an event's."""
    if noun_event_type(noun.lemma_.lower()) != "leadership":
        return []
    words = [t for child in modifiers for t in child.subtree if not (t.like_num or t.ent_type_ == "DATE" or t.is_punct)]
    if len(words) != 1:
        return []  # "the Industrial Revolution", "the 1917 October Revolution": no state's word alone
    states = [party for party in resolve_parties(words[0].text, when) if kind_of(party) == "state"]
    return states if len(states) == 1 else []


ANAPHORIC_DETERMINERS = {"this", "these", "those", "that", "both", "two", "such", "its", "their"}
DUAL_WORDS = {"both", "two"}
RELATION_NOUNS = {"relation", "relations", "relationship", "tie", "ties", "effort", "efforts", "side", "sides"}
RELATIVE_PRONOUNS = {"that", "which", "who", "whom"}
MOVES = {"migration", "military"}  # types of acts whose "from" and "to" are places
JOINING_KINDS = {"agreement", "leadership"}  # joining a body, taking a post in it: the body "to" names takes part
WAR_ACT_KINDS = {"agreement", "military", "withdrawal", "conflict"}  # a war's own acts: truce, deployment, retreat, fighting


def is_anaphoric(token: Token) -> bool:
    """A subject that points back to states named earlier: "it", "the two", "both countries",
    "relations between the two", "these efforts"."""
    if token.pos_ == "PRON":
        return True
    if token.lemma_.lower() in RELATION_NOUNS or token.lower_ in RELATION_NOUNS:
        return True
    return any(t.lower_ in ANAPHORIC_DETERMINERS for t in token.subtree if t.dep_ in ("det", "nummod", "predet", "pobj", "poss"))


def is_dual(token: Token, lex: TriggerLexicon) -> bool:
    """A subject that points back to a pair of states: "the two countries", "both governments",
    "the two", "relations", "relations between the two", "trade"; not "two workers", not "trade
    with the tribes"."""
    lemma = token.lemma_.lower()
    if lemma in lex.pair_subjects or token.lower_ in lex.pair_subjects:
        # "trade with the northeastern tribes": the partner is named, and it is not the pair
        return not any(child.dep_ == "prep" and child.lower_ in ("with", "to", "from", "among") for child in token.children)
    if token.lower_ == "both":
        return True
    if token.lower_ == "two":  # "the two", not "two were killed"
        return any(child.dep_ == "det" for child in token.children)
    if lemma not in lex.pair_nouns:
        return False
    return any(child.lower_ in DUAL_WORDS for child in token.children if child.dep_ in ("det", "nummod", "predet", "preconj"))


def subject_heads(candidate: Candidate) -> list[Token]:
    heads = [candidate.trigger, *candidate.argument_heads, candidate.end_token]
    subjects = [c for h in heads for c in h.children if c.dep_ in SUBJECTS]
    token = candidate.trigger
    for _ in range(4):  # a conjoined or complement verb shares its head's subject
        if subjects or token.dep_ not in ("conj", "xcomp") or token.head == token:
            break
        token = token.head
        subjects = [c for c in token.children if c.dep_ in SUBJECTS]
    return subjects


def fallback_parties(candidate: Candidate, collector: PartyCollector, lex: TriggerLexicon) -> list[str]:
    """Participants when the trigger's own arguments name none.

    A relative clause takes them from the event its noun belongs to ("renewed the treaty that had
    lapsed"); an anaphoric subject ("it", "the two", "relations") from the nearest sentence before it
    in the paragraph that names states; a conflict named by a noun ("the Korean War (1950-1953)") from
    the states its sentence names.
    """
    trigger = candidate.trigger
    named = copular_namesake(trigger)
    if named:  # "X was the first state to ratify", "the first woman to cross the ocean was Y"
        fronted = collector.fronted
        collector.fronted = fronted | {head.i for head in named}  # the infinitive's actor, as its subject
        parties = collector.parties_in([t for head in named for t in subtree_without_clauses(head)], {trigger.i})
        collector.fronted = fronted
        if parties:
            return parties
    if is_verb(trigger) and trigger.dep_ == "relcl":
        subjects = [c for c in trigger.children if c.dep_ in SUBJECTS]
        governor = trigger.head.head
        if (not subjects or subjects[0].lower_ in RELATIVE_PRONOUNS) and is_verb(governor):
            clause = {t.i for t in trigger.subtree}
            tokens = [t for t in argument_tokens(governor, lex) if t.i not in clause]
            parties = collector.parties_in(tokens, {governor.i})
            if parties:
                return parties
    if is_verb(trigger):
        subjects = subject_heads(candidate)
        duals = [subject for subject in subjects if is_dual(subject, lex)]
        if duals:  # "Negotiations opened ..., and both governments marked ...": the pair
            return collector.pair_before(duals[0])
        if not subjects or all(is_anaphoric(subject) for subject in subjects):
            if subjects and subjects[0].lower_ in ("it", "they"):
                # "Washington approved X, and it extended Y": the subject of the clause it is joined to,
                # else the nearest state named before it in the sentence
                head = trigger.head if trigger.dep_ == "conj" and is_verb(trigger.head) else None
                first = [t for c in head.children if c.dep_ in SUBJECTS for t in c.subtree] if head is not None else []
                parties = collector.states_in(first) or collector.antecedent(subjects[0])
                if parties:
                    return parties
            if not subjects and collector.view.actors.person:
                return []  # a biography: its person (see `article_person_parties`), not the states before
            if subjects and subjects[0].lower_ in PERSONAL_PRONOUNS:
                return []  # "she died" with no one for "she" to point to: a person, not the states before
            return collector.parties_before(trigger.sent)
        return []
    if candidate.kind == "conflict":
        if trigger.dep_ == "pobj" and trigger.head.lower_ in lex.sequence_prepositions:
            # "China has invested in Peru since the end of the civil war in 1994": the main clause's states
            # are not the war's sides
            return collector.states_in(list(trigger.subtree))
        return collector.states_in(trigger.sent)
    return []


def copular_namesake(trigger: Token) -> list[Token]:
    """The one who does what an infinitive on a noun says, where a copula names them: "Virginia was the first
    state to ratify", "she became the first woman to cross the ocean" (the subject of "be" or "become" whose
    complement the noun is), "the first state to ratify was Virginia" (the complement of "be" whose subject
    the noun is). The infinitive has no subject of its own."""
    if not is_verb(trigger) or trigger.dep_ not in ("relcl", "acl") or trigger.tag_ != "VB" or any(
            c.dep_ in SUBJECTS for c in trigger.children) or not is_to_infinitive(trigger):
        return []
    noun, copula = trigger.head, trigger.head.head
    if copula.lemma_.lower() not in ("be", "become") or noun.pos_ not in NOUN_POS:
        return []
    if noun.dep_ in ("attr", "oprd"):
        return [c for c in copula.children if c.dep_ in ("nsubj",)]
    if noun.dep_ == "nsubj":
        return [c for c in copula.children if c.dep_ in ("attr",)]
    return []


def names_person_by_noun(subject: Token, view: DocView) -> bool:
    """"the novelist", "the politician": the noun a biography's first sentence calls its person, with "the"
    and no name in it."""
    return (subject.pos_ == "NOUN" and subject.lemma_.lower() == view.actors.person_noun
            and any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children)
            and not any(entity_of(t, view) is not None for t in subject.subtree))


def own_actor_subject(subject: Token, view: DocView) -> bool:
    """"the government", "the country", "the police", "government forces", "the organization": a subject
    that names the article's own state (or one of its organs) or its organisation by a common noun, with
    no name of another in it."""
    if subject.pos_ != "NOUN" or any((ent := entity_of(t, view)) is not None and ent.label_ in PARTY_LABELS
                                     for t in subject.subtree):
        return False
    own = load_actor_lexicon().own_state_nouns
    kind = view.actors.subject_kind
    lemma = subject.lemma_.lower()
    body = (is_state_body(lemma) or is_state_body(subject.lower_)) and noun_class(lemma) != "person"
    if kind in ("state", "region") and body and any(
            c.dep_ in ("compound", "amod") and c.lemma_.lower() in own for c in subject.children):
        return True  # "government forces responded"
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children):
        return False
    if kind in ("state", "region"):
        # "the government", "the country", "the province"; "the police", "the army": the state's own organs
        return lemma in own or noun_class(lemma) == "polity" or body
    return kind == "org" and noun_class(lemma) == "organisation" and lemma not in load_actor_lexicon().own_state_nouns


def organ_parties(subject: Token, view: DocView) -> list[str]:
    """An organ of a state or a federated state acting (WordNet's `state_organs`: legislatures, courts,
    police, armed forces, voters) in an article about one: "the legislature passed", "the state's voters
    approved", "the provincial government created" are the article's own state or place; "the federal
    government", "federal troops" in an article about a federated state are the state it belongs to."""
    actors = view.actors
    lex = load_actor_lexicon()
    if actors.subject_kind not in ("state", "region") or subject.pos_ != "NOUN":
        return []
    lemma = subject.lemma_.lower()
    if lemma not in lex.state_organs and subject.lower_ not in lex.state_organs and not is_state_body(lemma) and (
            not is_state_body(subject.lower_) and noun_class(lemma) != "polity"):
        return []
    if any((ent := entity_of(t, view)) is not None and ent.label_ in PARTY_LABELS for t in subject.subtree):
        return []
    modifiers = [c for c in subject.children if c.dep_ in ("compound", "amod", "poss")]
    if any(c.lower_ in lex.federal_words for c in modifiers):
        if actors.subject_kind == "region":
            return [actors.home] if actors.home else []
        return list(actors.subject)
    own = lex.own_state_nouns | lex.own_place_nouns | lex.own_place_adjectives
    if any(c.lemma_.lower() in own or c.lower_ in own or c.lower_ == "its" for c in modifiers):
        return list(actors.subject)  # "the state legislature", "the province's voters", "its courts"
    if lemma in lex.state_organs and any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children) and not modifiers:
        return list(actors.subject)  # "the legislature", "the courts", "the electorate"
    return []


def own_actor_parties(candidate: Candidate, view: DocView) -> list[str]:
    """The article's own actor where the trigger's subject is "the government", "the country" (in an
    article about a state) or "the organization", "the institute" (in one about an organisation), or an
    organ of the state (see `organ_parties`)."""
    person = view.actors.person
    if person and view.actors.person_noun and any(
            names_person_by_noun(s, view) for s in subject_heads(candidate) + acting_agents(candidate.trigger)):
        return [person]  # "the novelist received" in the biography of one "an American novelist"
    if not view.actors.subject:
        return []
    actors = [s for s in subject_heads(candidate) if s.dep_ != "nsubjpass"] if is_verb(candidate.trigger) else []
    actors += acting_agents(candidate.trigger)
    for actor in actors:
        organ = organ_parties(actor, view)
        if organ:
            return organ
    if any(own_actor_subject(actor, view) for actor in actors):
        return list(view.actors.subject)
    if founds_own_organisation(candidate, view):
        return list(view.actors.subject)
    return []


def founds_own_organisation(candidate: Candidate, view: DocView) -> bool:
    """"The company was founded by X in 1932", "It was established in 1905 by students": in an article about an
    organisation, its own founding, the founded body named by a common noun or "it", takes part beside its
    founders (set conventions: the body founded is its participant)."""
    trigger = candidate.trigger
    if view.actors.subject_kind != "org" or not is_verb(trigger) or (
            trigger.lemma_.lower() not in load_actor_lexicon().founding_verbs):
        return False
    founded = [c for c in trigger.children if c.dep_ == "nsubjpass"]
    return len(founded) == 1 and (founded[0].lower_ == "it" or own_actor_subject(founded[0], view))


def acting_agents(trigger: Token) -> list[Token]:
    """The "by" agent of a passive trigger ("was approved by the government") or of a participle on a noun
    trigger ("reforms made by the government", "a census conducted by the authorities"): who acted."""
    verbs = [trigger] if is_verb(trigger) else [c for c in trigger.children if c.dep_ == "acl" and c.tag_ == "VBN"]
    return [agent for verb in verbs for agent in passive_agents(verb)]


def founded_body(candidate: Candidate, view: DocView, collector: "PartyCollector") -> list[str]:
    """The body a participle of founding is said of, by the name right before its comma ("the River Sculling
    Society, founded by X in 1925", "Kanto Karate, begun by Y in 1931": `founding_verbs`): it takes part in
    its founding (set conventions: organisations and styles founded take part). Not a place ("Jamestown,
    founded in 1607": a settlement), a date or a number; the name, not the parse, since the parser often hangs
    such a participle on another name of a list."""
    trigger = candidate.trigger
    if not is_verb(trigger) or trigger.tag_ != "VBN" or trigger.dep_ not in ("acl", "relcl", "advcl", "conj") or (
            trigger.lemma_.lower() not in load_actor_lexicon().founding_verbs):
        return []
    doc = trigger.doc
    if trigger.i < 2 or doc[trigger.i - 1].text != ",":
        return []
    last = doc[trigger.i - 2]
    ent = entity_of(last, view)
    if ent is not None and ent.end != last.i + 1:
        ent = None
    if ent is not None:
        if ent.label_ in ("GPE", "LOC", "DATE", "CARDINAL", "ORDINAL", "NORP", "MONEY", "PERCENT", "QUANTITY", "TIME"):
            return []
        start = ent.start
    elif last.pos_ == "PROPN" and last.text[:1].isupper():
        start = last.i
        while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].text[:1].isupper():
            start -= 1
    else:
        return []
    if start >= 2 and doc[start - 1].lower_ == "'s" and doc[start - 2].pos_ == "PROPN":
        start -= 2  # "Claridge's Patent Asphalte Company": the owner's name is part of the body's
    name = normalise_name(doc[start:last.i + 1].text).removeprefix("the ")
    if ent is not None and ent.label_ == "ORG" and start == ent.start:
        return collector.organisation(name)
    if not name or resolve_parties(name) or len(name.split()) < 2:
        return []  # a state, a lone word ("Smith, founded")
    if ent is not None and ent.label_ == "PERSON" and view.normalised_person_names.count(name) > 1:
        return []  # a person the article names again, not a style the model took for one
    if noun_class(name.split()[-1].lower()) == "person":
        return []  # "the Marsh brothers, founded": people
    return [name]


def respective_parties(candidate: Candidate, parties: list[str], collector: "PartyCollector") -> list[str]:
    """"A and B joined in 1950 and 1955, respectively": where "respectively" pairs the conjuncts of the
    trigger's subject (or object) with as many dates of its sentence, the act of the i-th date is the i-th
    conjunct's (the other parties stay)."""
    trigger = candidate.trigger
    sent = trigger.sent
    if len(parties) < 2 or not any(t.lower_ == "respectively" for t in sent):
        return parties
    dates: list[tuple[int, int]] = []  # the sentence's dates, a list's items apart ("in 1950 and 1955": two)
    joined = False
    for token in sent:
        if token.ent_type_ == "DATE" and token.lower_ not in ("and", ",", "or", "in", "the"):
            if dates and joined:
                dates[-1] = (dates[-1][0], token.idx + len(token.text))
            else:
                dates.append((token.idx, token.idx + len(token.text)))
            joined = True
        else:
            joined = False
    index = next((i for i, (start, end) in enumerate(dates) if start <= candidate.date.start < end
                  or candidate.date.start <= start < candidate.date.end), None)
    if index is None or len(dates) < 2:
        return parties
    heads = [trigger, *candidate.argument_heads]
    for role in (SUBJECTS, {"dobj"}):
        for head in heads:
            for argument in (c for c in head.children if c.dep_ in role):
                conjuncts = [argument, *(t for t in argument.subtree if t.dep_ == "conj" and t.head.i in
                                         {argument.i, *(c.i for c in argument.subtree if c.dep_ == "conj")})]
                if len(conjuncts) != len(dates):
                    continue
                own = [collector.parties_in(conjunct_tokens(conjunct), set()) for conjunct in conjuncts]
                if not all(own) or not all(set(names) <= set(parties) for names in own):
                    continue
                others = set().union(*map(set, own))
                return [p for p in parties if p not in others] + own[index]
    return parties


def conjunct_tokens(conjunct: Token) -> list[Token]:
    """A conjunct's own words: its subtree without the conjuncts and conjunctions hung on it ("Peru" in "Peru
    and Chile")."""
    return pruned_subtree(conjunct, lambda child: child.dep_ not in ("conj", "cc", "punct"))


def article_subject_parties(candidate: Candidate, view: DocView) -> list[str]:
    """The article's own state or organisation for an act whose clause names no actor: no subject ("was
    dissolved in 1991") or an agentless passive whose subject is not a person (v1.1: the actor the article
    makes certain)."""
    trigger = candidate.trigger
    if not view.actors.subject:
        return []
    instruments = load_actor_lexicon().instrument_nouns
    if not is_verb(trigger):
        if view.actors.subject_kind != "state" or any(
                c.dep_ in ("poss", "agent") or (c.dep_ == "prep" and c.lower_ == "by") for c in trigger.children):
            return []
        if trigger.lemma_.lower() in instruments:
            # "a new decree required ...": an instrument with no issuer named is the state's act
            return governing_parties(trigger, view)
        if candidate.kind not in ("conflict", "life", "military") and trigger.head.pos_ not in NOUN_POS:
            # "independence in 1975", "the 1992 elections", "protests beginning in 1989": the article's state
            return list(view.actors.subject)
        return []
    if any(child.dep_ == "agent" and not all(names_a_document(p, view) or names_a_happening(p)
                                             for p in child.children if p.dep_ == "pobj")
           for child in trigger.children):
        return []  # not "the Articles were replaced by the Constitution": a document is no agent, nor a coup
    for subject in subject_heads(candidate):
        if subject.dep_ == "nsubj" and view.actors.subject_kind == "state" and subject.lemma_.lower() in instruments:
            continue  # "a 1967 law banned ...": the state's law, no issuer named
        if subject.dep_ != "nsubjpass":
            return []
        if names_a_document(subject, view):
            continue  # "the Constitution was adopted": the document the article is about, or another
        if subject.ent_type_ == "PERSON" or subject.pos_ == "PRON" or noun_class(subject.lemma_) == "person" or (
                subject.pos_ == "PROPN" and subject.ent_type_ not in ("ORG", "GPE")):
            return []  # a person acted on ("the leader was arrested"): not the state's act by the text
    return governing_parties(trigger, view)


def names_a_happening(noun: Token) -> bool:
    """"a military coup", "the revolution", "a referendum": a noun of an event (WordNet's event classes), no
    name and no actor's noun, which as an agent ("the regime was toppled by a coup") names no actor."""
    lemma = noun.lemma_.lower()
    return (noun.pos_ == "NOUN" and noun.ent_type_ == "" and noun_event_type(lemma) is not None
            and noun_class(lemma) not in ("person", "organisation", "polity", "group"))


def partner_only_parties(candidate: Candidate, view: DocView, collector: "PartyCollector",
                         parties: list[str]) -> list[str]:
    """The article's own state or organisation beside the partner of an agentless act ("a treaty with
    Denmark was signed", "relations with Iran were broken off", "the union with Sweden was dissolved"):
    when every party found is in a "with" phrase of the trigger or of its passive subject, the act's
    other side is the actor the article makes certain (v1.1), as for any agentless act; else []."""
    trigger = candidate.trigger
    if not parties or not is_verb(trigger):
        return []
    holders = [trigger, *(c for c in trigger.children if c.dep_ == "nsubjpass")]
    partners = [t for holder in holders for c in holder.children if c.dep_ == "prep" and c.lower_ == "with"
                for t in c.subtree]
    if not partners or not set(parties) <= set(collector.parties_in(partners, set())):
        return []
    return [p for p in article_subject_parties(candidate, view) if p not in parties]


def article_maker_parties(candidate: Candidate, view: DocView, collector: "PartyCollector") -> list[str]:
    """The maker of what an article is about (a work's author, a prize's giver: `Actors.maker`), for an
    act whose clause names no actor, as a biography's person (see `article_person_parties`)."""
    maker = view.actors.maker
    if not maker or view.actors.person or view.actors.subject:
        return []
    if not (article_person_parties(candidate, view, maker) or names_its_own_occasion(candidate, view)):
        return []
    return collector.organisation(maker) if maker in view.actors.organisations else [common_name(view, 
        canonical_person(maker, names=view.person_names, subject=view.title))]


def names_its_own_occasion(candidate: Candidate, view: DocView) -> bool:
    """"The 53rd Academy Awards was postponed", "the 1998 Awards presented a new category": a verb whose every
    subject names one occasion of what the article is about (its name holds the article's title): the
    occasion's acts are its maker's, who holds it (v1.1: the actor the article makes certain)."""
    trigger = candidate.trigger
    title = view.title.lower()
    subjects = subject_heads(candidate)
    if not title or not is_verb(trigger) or not subjects or candidate.kind in ("conflict", "military") or any(
            child.dep_ == "agent" and not all(p.ent_type_ in ("DATE", "TIME") for p in child.children if p.dep_ == "pobj")
            for child in trigger.children):
        return False  # an agent acted, not "postponed by one week"
    for subject in subjects:
        ent = entity_of(subject, view)
        name = (ent.text if ent is not None else " ".join(t.text for t in subject.subtree)).lower()
        if title not in name or normalise_name(name) == title:
            return False  # the thing itself ("the Academy Awards are given"), not one occasion of it
    return True


def article_person_parties(candidate: Candidate, view: DocView, person: str | None = None) -> list[str]:
    """The person a biography is about, for an act whose clause names no actor: no subject ("Born in
    1879 in a small town, ...") or an agentless passive whose subject is no name ("the novel was
    published in 1938", "it was translated in 1950": the subject's works and acts)."""
    trigger = candidate.trigger
    person = person or view.actors.person
    if not person or not is_verb(trigger) or any(child.dep_ == "agent" for child in trigger.children):
        return []
    if candidate.kind in ("conflict", "military"):
        return []  # "the city was bombed in 1944": fighting around the person, not an act of theirs
    for subject in subject_heads(candidate):
        if subject.dep_ != "nsubjpass" or subject.ent_type_ or subject.pos_ == "PROPN" or (
                noun_class(subject.lemma_) in ("person", "polity", "organisation", "group")):
            return []  # "the city was bombed", "his son was born", "the party was founded"
        if subject.pos_ == "PRON" and subject.lower_ not in ("it", "they"):
            return []
        if subject.lower_ == "it" and any(c.dep_ == "ccomp" for c in trigger.children):
            return []  # "it was announced that ...": an anticipatory "it", the announcer unnamed
    return [person]


def governing_parties(trigger: Token, view: DocView) -> list[str]:
    """Who governs the article's state where `trigger` is: the state that took it as its own before in
    its section (a colony's acts are its governing power's), else the article's own actor."""
    ruler = view.actors.ruler_at(trigger) if view.actors.subject_kind == "state" else None
    return [ruler] if ruler else list(view.actors.subject)


def war_parties(candidate: Candidate, view: DocView) -> list[str]:
    """A war's sides wherever the war is an event (v1.1): "the war" (the trigger, or the subject or
    object of its verb) takes the sides of the war named before it, else of the war the article is
    about; a war named without its states ("the Civil War") takes the sides the lexicon gives it; fighting
    (a conflict event) takes the sides of the war named before it in its section, else of the war the
    article is about."""
    actors = view.actors
    trigger = candidate.trigger
    nouns = [trigger] if trigger.pos_ in NOUN_POS else [
        c for c in trigger.children if c.dep_ in SUBJECTS or c.dep_ == "dobj"]
    # the war of the act's years (see `Actors.war_in_years`), unless the act names another war by a side
    # ("threatened war with France")
    other = any(noun.lemma_.lower() == "war" and (names_war_partner(noun) or names_war_partner(trigger)) for noun in nouns)
    when = None if other else candidate.date.value
    for noun in nouns:
        if noun.lemma_.lower() != "war" or name_parties(noun, candidate.date.value):
            continue
        if not any(c.dep_ in ("amod", "compound", "nmod", "poss") for c in noun.children):
            sides = actors.war_sides(noun, when)
            if sides:
                return list(sides)
        else:  # a war named without its states ("the Civil War"): the sides the lexicon gives it
            named = next((war for war in actors.wars if war.start == noun.i), None)
            if named is not None and named.sides:
                return list(named.sides)
            if noun is trigger:
                return []  # another war than the one before it
    if candidate.kind == "conflict":
        # a battle, a siege, an attack in a section about a war with known sides
        return list(actors.war_sides(trigger, when))
    return []


def article_war_parties(candidate: Candidate, view: DocView) -> list[str]:
    """The sides of the war an article is about, for an act of the war whose clause names no actor: a truce
    or a peace "signed", a ceasefire "agreed", a withdrawal "began" (v1.1: the actor the article makes
    certain). Not an act done to a person ("the general was captured")."""
    sides = view.actors.article_war
    if not sides or candidate.kind not in WAR_ACT_KINDS:
        return []
    for subject in subject_heads(candidate):
        if subject.ent_type_ == "PERSON" or noun_class(subject.lemma_) == "person" or (
                subject.pos_ == "PRON" and subject.lower_ not in ("it", "they")):
            return []
    return list(sides)


def names_war_partner(noun: Token) -> bool:
    """"war with France", "a war against the rebels", "war between A and B": a war named by a side."""
    return any(c.dep_ == "prep" and c.lower_ in ("with", "between", "against") for c in noun.children)

