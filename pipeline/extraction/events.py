"""Events: dated happenings, who took part, of which type, where.

A candidate is a date (from the dates stage) whose sentence says something happened then. The
trigger is the verb the date attaches to in the dependency parse, or an event noun that the date
modifies ("the 1968 crisis", "the withdrawal on 10 January"). From the trigger the date spreads to
conjoined verbs ("signed ... and ratified"), to clauses that happen at the same time ("took place
when ... was signed") and, from an "after" clause, to the main clause. The type comes from the
trigger lexicon (models/event_triggers.json), where the argument noun decides for ambiguous verbs
("signed a decree" is policy). Participants are the states, organisations and persons in the
trigger's arguments, normalised through the gazetteer; the location is a place in a locative
prepositional phrase of the trigger. Figures and their rises and falls, and states ("remained",
"was"), are not events.

`extract_events` is a pure function of its Doc and dates: nothing is remembered between documents
(the only caches are the read-only lexicon and gazetteer), and what it reads from the Doc many times
(`doc.ents`, `doc.text`, the document's person names) is computed once per call in a `DocView`.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Iterator

from spacy.tokens import Doc, Span, Token

from ..config import SETTINGS
from ..language.extensions import clean_text
from ..reading.clean import HEADING, TABLE_ROW, TITLE
from .dates import DateRecord
from .gazetteer import (canonical_person, is_capital, is_state_body, kind_of, names_a_state, normalise_name,
                        resolve_parties, states_named_in)

LEXICON_FILE = "event_triggers.json"
NOT_EVENT_BLOCKS = {TITLE, HEADING, TABLE_ROW}
PARTY_LABELS = {"GPE", "NORP", "ORG", "PERSON"}
PLACE_LABELS = {"GPE", "LOC", "FAC"}
FIGURE_LABELS = {"MONEY", "PERCENT", "QUANTITY", "CARDINAL"}
VERB_POS = {"VERB", "AUX"}
NOUN_POS = {"NOUN", "PROPN"}
SUBJECTS = {"nsubj", "nsubjpass", "csubj"}
PERSONAL_PRONOUNS = {"he", "his", "she", "her"}
# Where a lone surname stands for a person: subject, possessor, object, conjunct.
SURNAME_ROLES = {"nsubj", "nsubjpass", "poss", "dobj", "pobj", "conj"}
OBJECTS = {"dobj", "dative", "attr", "oprd"}
ARGUMENTS = SUBJECTS | OBJECTS | {"agent", "ccomp", "xcomp", "acomp", "npadvmod"}
NOMINAL_ARGUMENTS = {"poss", "compound", "amod", "nmod", "acl", "relcl", "appos"}


@dataclass
class EventRecord:
    event_id: int
    start: int  # clean-text span of the trigger
    end: int
    trigger: str
    lemma: str
    type: str
    date_id: int | None
    date: str | None
    date_from: str | None
    date_to: str | None
    participants: list[str] = field(default_factory=list)
    location: str | None = None


@dataclass(frozen=True)
class TriggerLexicon:
    verbs: dict
    light_verbs: frozenset
    phrasal: dict
    particles: dict
    idioms: dict
    aspectual: frozenset
    modal_adjectives: frozenset
    nouns: dict
    argument_nouns: dict
    states: frozenset
    figure_verbs: frozenset
    figure_nouns: frozenset
    transparent_verbs: frozenset
    not_time_prepositions: frozenset
    location_prepositions: frozenset
    party_prepositions: frozenset
    simultaneous_marks: frozenset
    subsequent_marks: frozenset
    visit_verbs: frozenset
    visit_prepositions: frozenset
    needs_event_argument: frozenset
    continuing_prepositions: frozenset
    figure_subjects: frozenset
    argument_modifiers: dict
    argument_modifier_heads: frozenset
    not_events: dict
    figure_report_verbs: frozenset
    intention_verbs: frozenset
    coercion_verbs: frozenset
    departure_verbs: frozenset
    linking_verbs: frozenset
    people_nouns: frozenset
    pair_nouns: frozenset
    pair_subjects: frozenset
    kin_nouns: frozenset
    financing_verbs: frozenset
    figure_phrases: frozenset

    @staticmethod
    def entry(table: dict, key: str) -> tuple[str | None, dict]:
        """(type, argument or modifier overrides) of a lexicon entry, (None, {}) if absent."""
        value = table.get(key)
        if value is None:
            return None, {}
        if isinstance(value, str):
            return value, {}
        return value.get("type"), value.get("arguments") or value.get("modifiers") or {}

    @staticmethod
    def noun_entry(table: dict, key: str) -> tuple[str | None, dict, dict]:
        """(type, modifier overrides, "of"/"to" argument overrides) of an event noun."""
        value = table.get(key)
        if value is None or isinstance(value, str):
            return value, {}, {}
        return value.get("type"), value.get("modifiers") or {}, value.get("arguments") or {}


@lru_cache(maxsize=4)
def load_trigger_lexicon(models_dir: Path | None = None) -> TriggerLexicon:
    data = json.loads((Path(models_dir or SETTINGS.models_dir) / LEXICON_FILE).read_text(encoding="utf-8"))
    as_set = lambda key: frozenset(data.get(key, []))  # noqa: E731
    return TriggerLexicon(
        verbs=data.get("verbs", {}), light_verbs=as_set("light_verbs"), phrasal=data.get("phrasal", {}),
        particles=data.get("particles", {}), idioms=data.get("idioms", {}), aspectual=as_set("aspectual"),
        modal_adjectives=as_set("modal_adjectives"), nouns=data.get("nouns", {}),
        argument_nouns=data.get("argument_nouns", {}), states=as_set("states"),
        figure_verbs=as_set("figure_verbs"), figure_nouns=as_set("figure_nouns"),
        transparent_verbs=as_set("transparent_verbs"), not_time_prepositions=as_set("not_time_prepositions"),
        location_prepositions=as_set("location_prepositions"), party_prepositions=as_set("party_prepositions"),
        simultaneous_marks=as_set("simultaneous_marks"), subsequent_marks=as_set("subsequent_marks"),
        visit_verbs=as_set("visit_verbs"), visit_prepositions=as_set("visit_prepositions"),
        needs_event_argument=as_set("needs_event_argument"), continuing_prepositions=as_set("continuing_prepositions"),
        figure_subjects=as_set("figure_subjects"), argument_modifiers=data.get("argument_modifiers", {}),
        argument_modifier_heads=as_set("argument_modifier_heads"),
        not_events={verb: frozenset(nouns) for verb, nouns in data.get("not_events", {}).items()},
        figure_report_verbs=as_set("figure_report_verbs"), intention_verbs=as_set("intention_verbs"),
        coercion_verbs=as_set("coercion_verbs"), departure_verbs=as_set("departure_verbs"),
        linking_verbs=as_set("linking_verbs"), people_nouns=as_set("people_nouns"),
        pair_nouns=as_set("pair_nouns"), pair_subjects=as_set("pair_subjects"),
        kin_nouns=as_set("kin_nouns"), financing_verbs=as_set("financing_verbs"),
        figure_phrases=as_set("figure_phrases"),
    )


# -- anchoring a date to its trigger ---------------------------------------------------------------

def is_verb(token: Token) -> bool:
    return token.pos_ in VERB_POS or token.tag_.startswith("VB")


def noun_key(token: Token) -> str:
    return token.lower_ if token.lower_ in ("talks", "sanctions", "reforms", "exercises", "drills") else token.lemma_.lower()


def is_event_noun(token: Token, lex: TriggerLexicon) -> bool:
    return token.pos_ in NOUN_POS and (noun_key(token) in lex.nouns or token.lower_ in lex.nouns)


@dataclass
class Anchor:
    token: Token  # the verb or event noun the date attaches to
    conjunct: Token | None  # a conjoined noun on the way up ("to Prime Minister ... and then President in March")
    via: str = ""  # the relation of the path's last step ("prep" for "a treaty in 1998", "appos", "compound")


def anchor_of(span: Span, lex: TriggerLexicon) -> Anchor | None:
    """The verb or event noun a date attaches to, climbing the parse from the date's root."""
    token = span.root
    conjunct = None
    while token.head != token:  # spaCy Tokens are new objects on each access: compare, never "is"
        parent = token.head
        if parent.i >= span.start and parent.i < span.end:
            token = parent
            continue
        if parent.pos_ == "ADP" and token in span and (
                parent.lower_ in lex.not_time_prepositions or parent.lower_ in lex.continuing_prepositions):
            # "an agreement for 1997-1998" is a period of validity; "until 1946", "since 1999" a state that lasted
            return None
        if token.dep_ == "conj" and token.pos_ in NOUN_POS and token not in span:
            conjunct = token
        if is_event_noun(parent, lex):
            return Anchor(parent, conjunct, token.dep_)
        if parent.pos_ in NOUN_POS and noun_key(parent) in lex.figure_nouns:
            return None  # "the increase in 2003" is a figure
        if is_verb(parent):
            if parent.lemma_.lower() in lex.transparent_verbs and parent.tag_ == "VBG" and parent.dep_ != "ROOT":
                token = parent  # "beginning in the 1910s", "starting in April 2000" only introduce the date
                continue
            return Anchor(parent, conjunct)
        token = parent
    return None


def lift_to_verb(noun: Token, lex: TriggerLexicon) -> Token:
    """A typed event noun that is the object of a lexicon verb is that verb's argument ("signed a treaty")."""
    head = noun.head
    if noun.dep_ in ("dobj", "nsubjpass") and is_verb(head) and not is_linking(head, lex):
        lemma = head.lemma_.lower()
        if lemma in lex.verbs or lemma in lex.light_verbs:
            return head
    return noun


# -- deciding the trigger and whether it is an event -----------------------------------------------

def is_linking(verb: Token, lex: TriggerLexicon) -> bool:
    """"was followed by a war", "preceded the talks": the verb only orders two events."""
    return verb.lemma_.lower() in lex.linking_verbs and any(
        child.dep_ in ("dobj", "agent") for child in verb.children)


def names_no_happening(verb: Token, lex: TriggerLexicon) -> bool:
    """Verb phrases that are roles, intentions or figures rather than happenings: "played a role",
    "intended to legislate", "recorded strong growth", "was followed by"."""
    lemma = verb.lemma_.lower()
    if lemma in lex.intention_verbs or verb.lower_ in lex.intention_verbs or is_linking(verb, lex):
        return True
    if verb.dep_ == "xcomp" and (verb.head.lemma_.lower() in lex.intention_verbs or verb.head.lower_ in lex.intention_verbs):
        return True
    objects = [child for child in verb.children if child.dep_ in ("dobj", "attr")]
    if any(noun_key(obj) in lex.not_events.get(lemma, ()) for obj in objects):
        return True
    return lemma in lex.figure_report_verbs and any(noun_key(obj) in lex.figure_nouns for obj in objects)


def coerced_departure(verb: Token, lex: TriggerLexicon) -> Token | None:
    """"was forced to leave", "compelled to flee": the departure verb, a migration."""
    if verb.lemma_.lower() not in lex.coercion_verbs:
        return None
    return next((child for child in verb.children if child.dep_ == "xcomp" and is_verb(child)
                 and child.lemma_.lower() in lex.departure_verbs), None)


def particle(token: Token) -> Token | None:
    """The verb's particle ("opted out"); an adverb the lexicon treats as one counts ("fell apart")."""
    lex = load_trigger_lexicon()
    for child in token.children:
        if child.dep_ == "prt":
            return child
        # The parser often reads a particle as a preposition or adverb: "opted out of", "fell apart".
        if child.i == token.i + 1 and child.dep_ in ("advmod", "prep") and (
                child.lower_ in lex.particles or f"{token.lemma_.lower()} {child.lower_}" in lex.phrasal):
            return child
    return None


def content_verb(verb: Token, lex: TriggerLexicon) -> Token:
    """The verb that says what happened: "began to criticize" -> criticize; "became possible to agree" -> agree."""
    lemma = verb.lemma_.lower()
    departure = coerced_departure(verb, lex)
    if departure is not None:
        return departure
    modal = any(child.dep_ == "acomp" and child.lower_ in lex.modal_adjectives for child in verb.children)
    for child in verb.children:
        if child.dep_ == "xcomp" and is_verb(child) and (lemma in lex.aspectual or modal):
            return child
        if child.dep_ == "acomp" and child.lower_ in lex.modal_adjectives:
            for grandchild in child.children:
                if grandchild.dep_ == "xcomp" and is_verb(grandchild):
                    return grandchild
    return verb


def date_token_indices(doc: Doc, dates: list[DateRecord]) -> set[int]:
    indices: set[int] = set()
    for date in dates:
        span = doc.char_span(date.start, date.end, alignment_mode="expand")
        if span is not None:
            indices.update(range(span.start, span.end))
    return indices


def states_a_figure(verb: Token, lex: TriggerLexicon, date_tokens: set[int]) -> bool:
    """A rise, fall or level of a number ("grew to US$172 million"), or a number that did something."""
    figure_verb = verb.lemma_.lower() in lex.figure_verbs
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
                    token.text.replace(",", "").replace(".", "").isdigit()):
                return True  # "some 12,000 labourers were employed", "the register listed 86,000": counts
    return False


def finances_money(verb: Token, lex: TriggerLexicon) -> bool:
    """A loan, grant or credit of an amount: "extended a further US$1.5 billion", "lent $200 million"."""
    return verb.lemma_.lower() in lex.financing_verbs and any(
        token.ent_type_ == "MONEY" for child in verb.children if child.dep_ == "dobj" for token in child.subtree)


def is_state(verb: Token, lex: TriggerLexicon) -> bool:
    lemma = verb.lemma_.lower()
    if lemma not in lex.states:
        return False
    prt = particle(verb)
    return not (prt is not None and prt.lower_ in lex.particles)


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


def verb_type(verb: Token, lex: TriggerLexicon) -> tuple[str, str]:
    """(type, lemma) of a verb trigger."""
    lemma = verb.lemma_.lower()
    nouns = argument_nouns(verb)
    prt = particle(verb)
    if prt is not None:
        phrase = f"{lemma} {prt.lower_}"
        kind, overrides = lex.entry(lex.phrasal, phrase)
        if kind is not None:
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
    if kind is not None and kind != "other":
        return modified or argument_override(nouns, overrides) or kind, lemma
    if lemma in lex.light_verbs:
        found = argument_type(nouns, lex) or noun_type_of(nouns, lex)
        if found or not (lemma in lex.visit_verbs and visits_a_place(verb, lex)):
            return found or "other", lemma  # "came to power", "came into force"
    if lemma in lex.visit_verbs and visits_a_place(verb, lex):
        return "meeting", lemma  # "came to Ulaanbaatar", "reached Japan": a visit
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


# -- participants and location ----------------------------------------------------------------------

@dataclass(frozen=True)
class DocView:
    """What the extractor reads from its Doc again and again, computed once per call: spaCy rebuilds
    `doc.ents` and `doc.text` on every access. Built from the Doc alone, so the extractor stays a pure
    function of it (nothing is kept between documents)."""

    doc: Doc
    text: str
    ents: tuple[Span, ...]
    entity_at: tuple[Span | None, ...]  # token index -> the entity covering it
    person_names: tuple[str, ...]  # PERSON names of the document, for surnames ("Putin" -> "Vladimir Putin")
    title: str  # the article's title block, or ""

    @staticmethod
    def of(doc: Doc) -> "DocView":
        ents = tuple(doc.ents)
        entity_at: list[Span | None] = [None] * len(doc)
        for ent in ents:
            for i in range(ent.start, ent.end):
                entity_at[i] = ent
        names = tuple(ent.text for ent in ents if ent.label_ == "PERSON")
        return DocView(doc, clean_text(doc), ents, tuple(entity_at), names, title_of(doc))

    @cached_property
    def pair(self) -> tuple[str, ...]:
        """The two states the article is about, sorted, or () (see `article_pair`); found only when a
        subject points back to a pair."""
        return article_pair(self.title, self.ents)

    def ents_in(self, span: Span) -> list[Span]:
        return [ent for ent in self.ents if ent.start >= span.start and ent.end <= span.end]


def title_of(doc: Doc) -> str:
    """The page title an export gives, else the text of the article's title block, else ""."""
    if doc._.title:
        return doc._.title
    clean = doc._.clean
    title = next((block for block in clean.blocks if block.kind == TITLE), None) if clean is not None else None
    return clean.text[title.start:title.end].strip() if title is not None else ""


def article_pair(title: str, ents: tuple[Span, ...]) -> tuple[str, ...]:
    """The two states an article is about: those its title names ("China–Mongolia relations"), else
    the two states its entities name most often, when each is named at least twice. What "the two
    countries" and "both governments" point back to when the text before them names fewer than two."""
    states = states_named_in(title) if title else []
    if len(states) == 2:
        return tuple(sorted(states))
    counts: dict[str, int] = {}
    for ent in ents:
        if ent.label_ in ("GPE", "NORP"):
            for party in resolve_parties(ent.text):
                if kind_of(party) == "state":
                    counts[party] = counts.get(party, 0) + 1
    ranked = sorted(counts, key=lambda party: (-counts[party], party))[:2]
    if len(ranked) == 2 and counts[ranked[1]] >= 2:
        return tuple(sorted(ranked))
    return ()


def entity_of(token: Token, view: DocView) -> Span | None:
    return view.entity_at[token.i]


def modifies_person(ent: Span) -> bool:
    """"Russian" in "Russian President Vladimir Putin": a person's state is not added for them."""
    token = ent.root
    for _ in range(3):
        if token.dep_ not in ("amod", "compound", "nmod", "poss") or token.head == token:
            return False
        token = token.head
        if token.ent_type_ == "PERSON":
            return True
    return False


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


def describes_people(ent: Span, trigger: Token, lex: TriggerLexicon) -> bool:
    """A nationality adjective on people who move or belong rather than act ("Korean refugees", "the
    Russian minority") or on relations says who they are, not which state took part. On goods, buyers,
    troops or firms ("American beef", "Japanese buyers", "Soviet divisions") the state takes part."""
    root = ent.root
    if root.dep_ not in ("amod", "compound", "nmod") or root.head == trigger:
        return False
    head = root.head
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

    def parties_in(self, tokens: list[Token], excluded: set[int]) -> list[str]:
        parties: list[str] = []
        seen: set[tuple[int, int]] = set()
        for token in tokens:
            if token.i in excluded:
                continue
            if token.dep_ == "poss" and token.lower_ in ("its", "their"):
                parties.extend(self.antecedent(token))
                continue
            if token.lower_ in PERSONAL_PRONOUNS and token.pos_ == "PRON":
                # "He visited", "his study ... published"; not "his son was born": the son takes part
                if token.dep_ in SUBJECTS or (token.dep_ == "poss" and token.head.lemma_.lower() not in self.lex.kin_nouns):
                    parties.extend(self.person_before(token))
                continue
            ent = entity_of(token, self.view)
            if ent is None:
                if token.pos_ == "PROPN" and token.text[:1].isupper() and not titles_a_named_person(token, self.view):
                    parties.extend(resolve_parties(token.text, self.when) or self.surname(token))
                continue
            if (ent.start, ent.end) in seen or ent.label_ not in PARTY_LABELS:
                continue
            seen.add((ent.start, ent.end))
            if ent.label_ == "PERSON":
                parties.extend(self.person(ent))
            elif not modifies_person(ent) and not describes_people(ent, self.trigger, self.lex) and not (
                    titles_a_named_person(ent.root, self.view)) and not opposes(ent):
                found = resolve_parties(ent.text, self.when)
                if not found and len(ent) == 1:  # "elected Varga": a surname the model read as a name of something
                    found = self.surname(ent.root)
                parties.extend(found)
        return parties

    def person(self, ent: Span) -> list[str]:
        """A person's full name; a "person" the article never names more fully and the gazetteer knows
        as a state is that state (the model sometimes labels a country PERSON)."""
        name = canonical_person(ent.text, names=self.view.person_names, subject=self.view.title)
        if name == normalise_name(ent.text):
            states = resolve_parties(ent.text, self.when)
            if states:
                return states
        return [name]

    def surname(self, token: Token) -> list[str]:
        """A lone name the model left untagged that is the last word of a person the article names
        in full ("Rudd travelled to Beijing" after "Kevin Rudd")."""
        if token.dep_ not in SURNAME_ROLES or any(c.dep_ in ("compound", "flat") for c in token.children):
            return []  # an apposition ("the term Allah") or part of a longer name
        if token.lower_ == self.view.title.lower():
            return []  # the article's subject ("Aikido" in the article Aikido), not a person's surname
        name = canonical_person(token.text, names=self.view.person_names, subject=self.view.title)
        return [name] if len(name.split()) > 1 else []

    def person_before(self, pronoun: Token, sentences: int = 2) -> list[str]:
        """"he", "his", "she", "her": the person who is the subject of a clause before it, in its own
        sentence or in the nearest earlier sentence of its paragraph that has one; else nobody."""
        for sent in (pronoun.sent, *self.sentences_before(pronoun.sent, sentences)):
            subjects = [ent for ent in self.view.ents_in(sent) if ent.label_ == "PERSON" and ent.end <= pronoun.i
                        and (ent.root.dep_ in SUBJECTS or (ent.root.dep_ == "conj" and ent.root.head.dep_ in SUBJECTS))]
            if subjects:
                return self.person(subjects[-1])
        return []

    def antecedent(self, pronoun: Token) -> list[str]:
        """"its"/"it"/"their": the nearest state named before it in the sentence."""
        for ent in reversed([e for e in self.view.ents_in(pronoun.sent) if e.end <= pronoun.i and e.label_ in ("GPE", "ORG", "NORP")]):
            if describes_people(ent, self.trigger, self.lex):
                continue
            parties = resolve_parties(ent.text, self.when)
            if parties:
                return parties[:1] if pronoun.lower_ in ("its", "it") else parties
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
            if ent.label_ in ("GPE", "ORG", "NORP") and not modifies_person(ent) and not opposes(ent) and not (
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
                if ent is not None and ent.label_ in PLACE_LABELS and token.i not in skip and not (
                        names_a_state(ent.text, self.when)):
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
        lemma = verb.lemma_.lower()
        if lemma not in self.lex.visit_verbs and verb_type(verb, self.lex)[0] != "meeting":
            return None
        for target in visit_targets(verb, self.lex):
            ent = entity_of(target, self.view)
            if ent is None or ent.label_ != "GPE":
                continue
            if not names_a_state(ent.text, self.when):
                return place_name(ent.text)
        return None


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
    tokens = []
    stack = [token]
    while stack:
        current = stack.pop()
        tokens.append(current)
        # "signed by Kim as leader of the DPRK": a role, not a party
        stack.extend(child for child in current.children
                     if child.dep_ != "relcl" and not (child.dep_ == "prep" and child.lower_ == "as"))
    return tokens


def argument_tokens(trigger: Token, lex: TriggerLexicon) -> list[Token]:
    """Tokens of the trigger's arguments: subject, objects, agent, complements, party prepositions,
    and participial clauses ("..., associated with China")."""
    tokens: list[Token] = []
    nominal = trigger.pos_ in NOUN_POS
    for child in trigger.children:
        dep = child.dep_
        if dep in ARGUMENTS or (nominal and dep in NOMINAL_ARGUMENTS):
            tokens.extend(subtree_without_clauses(child))
        elif dep == "prep" and child.lower_ in lex.party_prepositions:
            tokens.extend(subtree_without_clauses(child))
        elif dep == "advcl" and child.tag_ in ("VBN", "VBG") and not any(
                c.dep_ in SUBJECTS or c.dep_ == "mark" for c in child.children):
            tokens.extend(subtree_without_clauses(child))
    return tokens


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
        if token.dep_ in ("conj", "xcomp", "advcl", "pcomp") or (token.dep_ == "prep" and token.pos_ == "ADP"):
            token = token.head
        elif token.dep_ == "acl" and token.head.pos_ in NOUN_POS:
            # "its decision to suspend": the deciding noun's possessor
            poss = [c for c in token.head.children if c.dep_ == "poss"]
            return [t for c in poss for t in c.subtree]
        else:
            return []
    return []


def name_parties(noun: Token, when: str | None) -> list[str]:
    """States named in an event noun's modifiers: "the Russo-Japanese War", "the Sino-Soviet split"."""
    modifiers = [child for child in noun.lefts if child.dep_ in ("amod", "compound", "nmod")]
    if not modifiers:
        return []
    start = min(token.i for child in modifiers for token in child.subtree)
    text = noun.doc[start:noun.i].text
    if not any(ch in text for ch in "-\u2010\u2011\u2012\u2013\u2014/"):
        return []
    return resolve_parties(text, when)


ANAPHORIC_DETERMINERS = {"this", "these", "those", "that", "both", "two", "such", "its", "their"}
DUAL_WORDS = {"both", "two"}
RELATION_NOUNS = {"relation", "relations", "relationship", "tie", "ties", "effort", "efforts", "side", "sides"}
RELATIVE_PRONOUNS = {"that", "which", "who", "whom"}


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
            if subjects and subjects[0].lower_ == "it":
                # "Washington approved X, and it extended Y": the subject of the clause it is joined to,
                # else the nearest state named before it in the sentence
                head = trigger.head if trigger.dep_ == "conj" and is_verb(trigger.head) else None
                first = [t for c in head.children if c.dep_ in SUBJECTS for t in c.subtree] if head is not None else []
                parties = collector.states_in(first) or collector.antecedent(subjects[0])
                if parties:
                    return parties
            return collector.parties_before(trigger.sent)
        return []
    if candidate.kind == "conflict":
        return collector.states_in(trigger.sent)
    return []


# -- the extractor ------------------------------------------------------------------------------------

@dataclass
class Candidate:
    trigger: Token
    end_token: Token  # last token of the trigger span ("took place", "opted out", "began to criticize")
    kind: str
    lemma: str
    date: DateRecord
    argument_heads: list[Token] = field(default_factory=list)  # tokens whose arguments also count
    subject_from: Token | None = None  # where a subjectless verb takes its subject from
    shared: bool = False  # dated through another verb (a conjunct, a "when" or "during" clause)


def verb_candidate(verb: Token, date: DateRecord, lex: TriggerLexicon, date_tokens: set[int],
                   subject_from: Token | None = None) -> Candidate | None:
    content = content_verb(verb, lex)
    if is_state(content, lex) or states_a_figure(content, lex, date_tokens):
        return None
    if names_no_happening(verb, lex) or names_no_happening(content, lex):
        return None
    kind, lemma = verb_type(content, lex)
    if content is not verb and verb.lemma_.lower() in lex.coercion_verbs:
        kind = "migration"  # "was forced to leave"
    bare = content.lemma_.lower()
    if kind == "other" and lemma == bare and bare in lex.needs_event_argument:
        return None  # "held most of the debts", "became the third pillar": no happening named
    start, end = content, content
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
    kind = noun_type(noun, lex) or "other"
    return Candidate(noun, noun, kind, noun_key(noun), date, [acl] if acl is not None else [])


def spread(verb: Token, date_span: Span, lex: TriggerLexicon) -> list[tuple[Token, Token | None]]:
    """Verbs that share the anchor's date, each with where it takes a missing subject from:
    conjuncts (unless the date sits between them, inside the first one's phrase, but for what a
    traveller did on the journey: "came to Ulaanbaatar in May 1960 and signed a treaty"), clauses at
    the same time ("when ...", "as ..."), the main clause of an "after" clause. A verb's own date
    wins over a shared one (see `extract_events`)."""
    shared: list[tuple[Token, Token | None]] = []
    simultaneous = [child for child in verb.children
                    if child.dep_ == "advcl" and is_verb(child) and mark_of(child) in lex.simultaneous_marks]
    for clause in simultaneous:
        shared.append((clause, None))
        shared.extend((c, clause) for c in clause.conjuncts if is_verb(c))
    for conj in verb.conjuncts:
        if not is_verb(conj):
            continue
        # "cooled in the 1990s as Russia recognized X, announced Y, and opted out": a list after an
        # "as" clause continues that clause, whatever the parser attached it to.
        after_clause = next((clause for clause in simultaneous if clause.i < conj.i), None)
        low, high = sorted((verb.i, conj.i))
        two_clauses = any(c.dep_ in SUBJECTS for c in verb.children) and any(c.dep_ in SUBJECTS for c in conj.children)
        if any(c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ in ("VBZ", "VBP") for c in conj.children):
            continue  # "..., and Beijing has also extended credit": the present perfect is not that time
        if after_clause is not None:
            shared.append((conj, after_clause))
        elif two_clauses and conj.i < verb.i and date_span.start > verb.i:
            continue  # "A vote produced X, and China recognised Y on 5 January": the date is the second clause's
        elif not (low < date_span.start < high):
            shared.append((conj, None))
        elif conj.i > verb.i and verb.lemma_.lower() in lex.visit_verbs and not two_clauses:
            shared.append((conj, None))
    head = verb.head
    if verb.dep_ == "advcl" and is_verb(head) and mark_of(verb) in lex.simultaneous_marks | lex.subsequent_marks:
        shared.append((head, None))
    if verb.dep_ == "pcomp" and head.lower_ in lex.subsequent_marks and is_verb(head.head):
        shared.append((head.head, None))
    return shared


def during_verb(noun: Token) -> Token | None:
    """The verb of a clause set "during" a dated event noun: "During Xi Jinping's state visit in
    August 2014 the two governments upgraded relations" happens at the visit's date."""
    prep = noun.head
    if noun.dep_ == "pobj" and prep.lower_ == "during" and is_verb(prep.head):
        return prep.head
    return None


def mark_of(verb: Token) -> str | None:
    return next((child.lower_ for child in verb.children if child.dep_ in ("mark", "advmod") and child.i < verb.i), None)


def adjacent_event_noun(span: Span, anchor: Token, lex: TriggerLexicon) -> Token | None:
    """An event noun right before the date's preposition ("North Korea's nuclear test in October 2006"),
    whatever the parser attached the date to."""
    first = span[0]
    before = first.i - 1
    if before >= 0 and (first.doc[before].pos_ == "ADP" or first.doc[before].text == "("):
        before -= 1
    if before < span.sent.start:
        return None
    noun = first.doc[before]
    if noun == anchor or not is_event_noun(noun, lex):
        return None
    if lift_to_verb(noun, lex) is not noun and not in_parentheses(span):
        return None
    attached_to = span.root.head.head if span.root.head.pos_ == "ADP" else span.root.head
    if is_verb(attached_to) and not in_parentheses(span):
        return None  # the parser tied the date to a verb: that verb is the happening
    return noun


def in_parentheses(span: Span) -> bool:
    doc = span.doc
    return span.start > 0 and doc[span.start - 1].text == "(" and span.end < len(doc) and doc[span.end].text == ")"


def when_clauses(span: Span, lex: TriggerLexicon) -> list[Token]:
    """"in July 2000 when a declaration was signed": a clause on the date itself happens then."""
    return [child for token in span for child in token.children
            if child.dep_ in ("relcl", "acl", "advcl") and is_verb(child) and child.i >= span.end
            and mark_of(child) in lex.simultaneous_marks]


def candidates_for(date: DateRecord, span: Span, lex: TriggerLexicon,
                   date_tokens: set[int]) -> list[tuple[Candidate, Token | None]]:
    anchor = anchor_of(span, lex)
    if anchor is None:
        # "until 1961, when Oslo widened its limit": the clause on the date is still a happening.
        results = []
        for clause in when_clauses(span, lex):
            candidate = verb_candidate(clause, date, lex, date_tokens)
            if candidate is not None:
                results.append((candidate, None))
        return results
    results: list[tuple[Candidate, Token | None]] = []
    token = anchor.token
    nearby = adjacent_event_noun(span, token, lex)
    if nearby is not None:
        results.append((noun_candidate(nearby, date, lex), None))
        if in_parentheses(span):
            return results  # "the Crimean War (1853-1856)": the date is the war's, not the clause's
    if token.pos_ in NOUN_POS:
        # Only a date in a prepositional phrase may belong to the verb ("signed a treaty in 1998");
        # "the 1968 crisis" and "the Crimean War (1853-1856)" date the noun.
        lifted = lift_to_verb(token, lex) if anchor.via == "prep" else token
        if lifted is token:
            results.append((noun_candidate(token, date, lex), anchor.conjunct))
            main = during_verb(token) if is_event_noun(token, lex) else None
            if main is not None:
                for verb, subject_from in [(main, None), *spread(main, span, lex)]:
                    candidate = verb_candidate(verb, date, lex, date_tokens, subject_from)
                    if candidate is not None:
                        candidate.shared = True
                        results.append((candidate, None))
            return results
        token = lifted
    # A participle modifying an event noun: the noun is the trigger ("the relocation forced by Stalin in 1937").
    if token.dep_ == "acl" and token.tag_ == "VBN" and is_event_noun(token.head, lex):
        return results + [(noun_candidate(token.head, date, lex, acl=token), anchor.conjunct)]
    verbs = [(token, None), *spread(token, span, lex), *((clause, None) for clause in when_clauses(span, lex))]
    for verb, subject_from in verbs:
        candidate = verb_candidate(verb, date, lex, date_tokens, subject_from)
        if candidate is not None:
            candidate.shared = verb is not token
            results.append((candidate, anchor.conjunct if verb is token else None))
    return results


def extract_events(doc: Doc, dates: list[DateRecord]) -> list[EventRecord]:
    """Dated events in document order; each trigger once, anchored to its first own date, else to the
    first date it shares."""
    lex = load_trigger_lexicon()
    clean = doc._.clean
    date_tokens = date_token_indices(doc, dates)
    chosen: dict[int, Candidate] = {}
    for date in sorted(dates, key=lambda d: (d.start, d.end)):
        block = clean.block_at(date.start) if clean is not None else None
        if block is not None and block.kind in NOT_EVENT_BLOCKS:
            continue
        span = doc.char_span(date.start, date.end, alignment_mode="expand")
        if span is None:
            continue
        for candidate, conjunct in candidates_for(date, span, lex, date_tokens):
            if candidate.trigger.i in chosen and conjunct is not None and conjunct.i not in chosen:
                # A second date on a conjoined noun is its own happening ("... and then President in March").
                candidate = Candidate(conjunct, conjunct, candidate.kind, noun_key(conjunct), date,
                                      [candidate.trigger, *candidate.argument_heads])
            earlier = chosen.get(candidate.trigger.i)
            # A verb's own date wins over one it shares ("approved X in December 1990, and it extended
            # Y in June 1991"); otherwise the first date anchors.
            if earlier is None or (earlier.shared and not candidate.shared):
                chosen[candidate.trigger.i] = candidate
    view = DocView.of(doc)
    records = [to_record(view, candidate, lex) for candidate in chosen.values()]
    records.sort(key=lambda r: (r.start, r.end, r.date_id if r.date_id is not None else -1))
    for index, record in enumerate(records):
        record.event_id = index
    return records


def to_record(view: DocView, candidate: Candidate, lex: TriggerLexicon) -> EventRecord:
    trigger = candidate.trigger
    collector = PartyCollector(view, lex, candidate.date.value, trigger)
    heads = [trigger, *candidate.argument_heads]
    if candidate.end_token is not trigger and is_verb(candidate.end_token):
        heads.append(candidate.end_token)
    subjectless = is_verb(trigger) and not any(c.dep_ in SUBJECTS for h in heads for c in h.children)
    fronted = fronted_subject(trigger) if subjectless else []
    subject_indices = frozenset(t.i for t in fronted)
    location, place_indices = None, set()
    for head in heads:
        location, place_indices = collector.place(head, subject_indices)
        if location:
            break
    tokens: list[Token] = []
    for head in heads:
        tokens.extend(argument_tokens(head, lex))
        tokens.extend(collector.located_states(head))
    if fronted:
        tokens.extend(fronted)
    elif subjectless:
        source = candidate.subject_from
        if source is not None:
            tokens.extend(t for c in source.children if c.dep_ in SUBJECTS for t in subtree_without_clauses(c))
        else:
            for head in heads:
                tokens.extend(inherited_subject(head))
    parties = collector.parties_in(tokens, place_indices | {h.i for h in heads} | signed_thing(heads, view, lex))
    if trigger.pos_ in NOUN_POS:
        parties.extend(name_parties(trigger, candidate.date.value))
    if not parties:
        parties = fallback_parties(candidate, collector, lex)
    start = trigger.idx
    end = candidate.end_token.idx + len(candidate.end_token.text)
    date = candidate.date
    return EventRecord(
        event_id=0, start=start, end=end, trigger=view.text[start:end], lemma=candidate.lemma,
        type=candidate.kind, date_id=date.date_id, date=date.value, date_from=date.date_from,
        date_to=date.date_to, participants=sorted(set(parties)), location=location,
    )
