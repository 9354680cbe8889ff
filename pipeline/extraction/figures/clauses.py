"""Where a prose figure sits in the parse: its root token, the verb above it, the clause it belongs to
and the clauses that share that clause's time. Read by every other part of the figures stage."""
from __future__ import annotations

from spacy.tokens import Doc, Token

from ...reading.clean import Block
from .lexicon import FigureLexicon
from .record import ProseFigure

# Dependency labels that open a clause of their own.
CLAUSE_DEPS = {"conj", "advcl", "ccomp", "xcomp", "relcl", "acl", "parataxis", "csubj", "csubjpass", "pcomp"}


# Clauses that continue their parent's time ("..., while imports were estimated at ...");
# relative clauses do not ("the treaty, under which it would supply ...").
TIME_SHARING_DEPS = {"advcl", "ccomp", "xcomp", "parataxis"}


OTHER_TIME_MARKERS = {"after", "before", "since", "until", "till", "once", "because", "although", "though", "if", "unless"}
SAME_TIME_MARKERS = {"when", "while", "whenever"}  # a clause under another, told at its time


def is_dash(token: Token) -> bool:
    return len(token.text) == 1 and token.text in "-\u2010\u2011\u2012\u2013\u2014\u2212"


def is_joining_dash(token: Token) -> bool:
    """A dash that can join the words of a compound ("pre-1914", "three-year"); an em dash breaks the
    sentence instead ("to present\u20146,200 species")."""
    return is_dash(token) and token.text != "\u2014"


def figure_root(doc: Doc, figure: ProseFigure) -> Token:
    return doc[figure.start:figure.end].root


def governing_verb(token: Token) -> Token:
    """The nearest verb above a token (or the root of its sentence). Participles used as prepositions
    ("including", "compared to") do not open a clause."""
    current = token
    while (current.pos_ not in ("VERB", "AUX") or current.dep_ in ("prep", "amod")) and current.head != current:
        current = current.head
    return current


def clause_parent(verb: Token) -> Token | None:
    """The clause a clause hangs from, when it shares its parent's time: "..., while imports were
    ...", "when hundreds of thousands fled" (a relative 'when'); not "after producers put their
    losses at ..." (another time) nor a conjoined clause with its own happening."""
    if verb.head == verb:
        return None
    markers = {child.lower_ for child in verb.children if child.dep_ in ("mark", "advmod")}
    if verb.dep_ in TIME_SHARING_DEPS and not markers & OTHER_TIME_MARKERS:
        return governing_verb(verb.head)
    if verb.dep_ == "relcl" and "when" in markers:
        return governing_verb(verb.head)
    if verb.dep_ == "conj" and not any(child.dep_ in ("nsubj", "nsubjpass", "expl") for child in verb.children) \
            and not any(child.dep_ == "prep" and any(g.ent_type_ == "DATE" for g in child.subtree) for child in verb.children):
        return governing_verb(verb.head)  # "they upgraded relations in 2014 and enlarged the swap to ..."
    return None


def subject_of(verb: Token) -> Token | None:
    current: Token | None = verb
    for _ in range(4):
        if current is None:
            return None
        subjects = [child for child in current.children if child.dep_ in ("nsubj", "nsubjpass", "csubj", "expl")]
        if subjects:
            return subjects[0]
        # A conjoined verb shares the subject of the first one ("exports fell ..., but increased to ...").
        current = governing_verb(current.head) if current.dep_ in ("conj", "xcomp") and current.head != current else None
    return None


def in_clause(token: Token, verb: Token) -> bool:
    """Whether the token belongs to the verb's own clause (not to a clause nested under it)."""
    current = token
    while current != verb:
        if current.dep_ in CLAUSE_DEPS and current.pos_ in ("VERB", "AUX"):
            return False
        if current.head == current:
            return False
        current = current.head
    return True


def lemma_of(token: Token) -> str:
    return token.lemma_.lower()


def of_object(token: Token) -> Token | None:
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            for grandchild in child.children:
                if grandchild.dep_ == "pobj" and grandchild.pos_ in ("NOUN", "PROPN"):
                    return grandchild
    return None


def clause_chain(verb: Token) -> list[Token]:
    """The figure's clause and the clauses above it that share its time."""
    chain = [verb]
    parent = clause_parent(verb)
    while parent is not None and parent not in chain:
        chain.append(parent)
        parent = clause_parent(parent)
    return chain


def block_at(doc: Doc, offset: int) -> Block | None:
    clean = doc._.clean
    if clean is not None:
        return clean.block_at(offset)
    return None


def fronted_pronoun_whole(doc: Doc, figure: ProseFigure, lex: FigureLexicon) -> bool:
    """A sentence that opens with a pronoun whole and a comma right before the number, or before the number
    and its qualifier words ('Of these, 1,200 were ...', 'Of them, about 40 ...')."""
    sent = doc[figure.start].sent
    opening = [token.lower_ for token in doc[sent.start:min(sent.start + 3, sent.end)]]
    if len(opening) < 3 or opening[0] != "of" or opening[1] not in lex.partitive_pronouns or opening[2] != ",":
        return False
    between = doc[sent.start + 3:figure.start]
    return len(between) <= 2 and all(token.lower_ in lex.whole_qualifiers for token in between)
