"""The Doc as the events stage reads it: `DocView` holds what is read again and again (entities, text,
person names, the title, the article's pair of states), computed once per document."""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from functools import cached_property

from spacy.tokens import Doc, Span, Token

from ...language.extensions import clean_text
from ...reading.clean import TITLE
from ..gazetteer import (ends_with_a_body_noun, is_place_name, kind_of, load_gazetteer, normalise_name, resolve_parties,
                         states_named_in)
from .actors import Actors, build_actors, load_actor_lexicon, noun_class


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
    linked_persons: tuple[str, ...] = ()  # persons' full names shown by links the model tags otherwise (`linked_full_names`)

    @staticmethod
    def of(doc: Doc) -> "DocView":
        ents = tuple(doc.ents)
        entity_at: list[Span | None] = [None] * len(doc)
        for ent in ents:
            for i in range(ent.start, ent.end):
                entity_at[i] = ent
        names = tuple((link_completed(ent) or ent).text for ent in ents if ent.label_ == "PERSON")
        linked = linked_full_names(doc, ents)
        return DocView(doc, clean_text(doc), ents, tuple(entity_at), names + linked, title_of(doc), linked)

    @cached_property
    def pair(self) -> tuple[str, ...]:
        """The two states the article is about, sorted, or () (see `article_pair`); found only when a
        subject points back to a pair."""
        return article_pair(self.title, self.ents)

    @cached_property
    def normalised_person_names(self) -> tuple[str, ...]:
        """`person_names` through `normalise_name`, in the same order: each event's parties are compared with all."""
        return tuple(map(normalise_name, self.person_names))

    @cached_property
    def full_person_names(self) -> frozenset[str]:
        """The normalised person names of two or three words: full names, not a one-word name ("Oscar") or a
        four-word title the model took for a person's ("the George Weiss Memorial Concert")."""
        return frozenset(name for name in self.normalised_person_names if 2 <= len(name.split()) <= 3)

    @cached_property
    def actors(self) -> Actors:
        """The document's actor memory (see `actors`): its subject, initialisms, organisations, wars."""
        return build_actors(self.doc, self.ents, self.entity_at, self.title, self.pair)

    @cached_property
    def ent_starts(self) -> list[int]:
        return [ent.start for ent in self.ents]

    def ents_in(self, span: Span) -> list[Span]:
        """The entities inside `span`, in order: entities do not overlap, so they follow the first that starts in it."""
        found = []
        for ent in self.ents[bisect_left(self.ent_starts, span.start):]:
            if ent.end > span.end:
                break
            found.append(ent)
        return found


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


def linked_full_names(doc: Doc, ents: tuple[Span, ...]) -> tuple[str, ...]:
    """Persons' full names the model tags as something else (an organisation, a place) where a wiki link
    shows them whole, when the text names the same person by the surname alone, tagged as a person
    ("[[Anne-Marie Keller]]" tagged an organisation, later "Keller"), or says the name is a person's by a
    relative "who" or a noun of persons in apposition ("[[Jean-Paul Roche]], who was a teacher", "[[Jean-Paul
    Roche]], a teacher"): so that the surname is the person named in full (v1.1). The link's text must look
    like a person's name (two to four capitalised words or name particles, no digit, no title first) and be
    neither a body's name ("... Bank") nor a place's."""
    clean = doc._.clean
    if clean is None:
        return ()
    surnames = {normalise_name(ent.text) for ent in ents if ent.label_ == "PERSON" and len(ent) == 1}
    particles = load_actor_lexicon().name_particles
    titles = load_gazetteer().titles
    found = []
    for ent in ents:
        if ent.label_ in ("PERSON", "DATE", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY", "TIME"):
            continue
        name = normalise_name(ent.text)
        words = name.split()
        if not 2 <= len(words) <= 4 or not (words[-1] in surnames or said_to_be_a_person(ent)) or words[0] in titles or not all(
                w in particles or (w[:1].isupper() and not any(ch.isdigit() for ch in w)) for w in words):
            continue
        if not clean.is_link_text(ent.start_char, ent.end_char) or ends_with_a_body_noun(name) or is_place_name(name):
            continue
        found.append(ent.text)
    return tuple(found)


def said_to_be_a_person(ent: Span) -> bool:
    """"X, who was a teacher", "X, a teacher from Lille": the text says the name is a person's."""
    for child in ent.root.rights:
        if child.i < ent.end:
            continue
        if child.dep_ == "relcl" and any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ == "who" for c in child.children):
            return True
        if child.dep_ == "appos" and child.pos_ == "NOUN" and noun_class(child.lemma_.lower()) == "person":
            return True
    return False


def entity_of(token: Token, view: DocView) -> Span | None:
    return view.entity_at[token.i]


def link_completed(ent: Span) -> Span | None:
    """A person's name the model tags only in part inside a wiki link whose whole shown text is a name
    (capitalised words and name particles): "[[José Eduardo dos Santos]]" tagged "José Eduardo" (a person)
    and "Santos" (a place), "Cosmonaut [[Alexei Leonov]]" tagged "Leonov": the link's text; so is a name tagged
    with a title before its link ("Astronaut [[Karin Holm]]"); else None."""
    doc, clean = ent.doc, ent.doc._.clean
    if clean is None:
        return None
    link = clean.link_around(ent.start_char, ent.end_char)
    if link is None:
        # "Astronaut [[Karin Holm]]" tagged as one name: the noun of persons before the link is a title
        for first in range(ent.start + 1, min(ent.end - 1, ent.start + 3)):
            if all(noun_class(t.lower_) == "person" or t.text in load_gazetteer().titles for t in doc[ent.start:first]) and (
                    clean.is_link_text(doc[first].idx, ent.end_char)):
                return Span(doc, first, ent.end, label="PERSON")
        return None

    def inside(token: Token) -> bool:
        if token.is_space:
            return False
        raw_start, raw_end = clean.raw_span(token.idx, token.idx + len(token.text))
        return link[0] <= raw_start and raw_end <= link[1]

    start, end = ent.start, ent.end
    sent = ent.sent  # found once: spaCy looks a span's sentence up on every read
    while start > sent.start and inside(doc[start - 1]):
        start -= 1
    while end < sent.end and inside(doc[end]):
        end += 1
    span = doc[start:end]
    if (start, end) == (ent.start, ent.end) or clean.raw_span(span.start_char, span.end_char) != link:
        return None
    particles = load_actor_lexicon().name_particles
    words = span.text.split()
    if len(words) > 6 or not all(w in particles or (w[:1].isupper() and not any(ch.isdigit() for ch in w)) for w in words):
        return None
    return Span(doc, start, end, label="PERSON")
