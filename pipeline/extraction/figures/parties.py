"""Parties: the states a figure is about (names, demonyms, capitals in its clause, as ISO codes; else
the states of the article's title for a flow), and whose side a flow is seen from in an article about
one state (a sale to it is its imports)."""
from __future__ import annotations

from spacy.tokens import Doc, Token

from ...reading.clean import TITLE
from ..gazetteer import kind_of, resolve_parties, resolve_party, states_named_in
from .clauses import figure_root, governing_verb, in_clause, lemma_of, subject_of
from .lexicon import FigureLexicon
from .record import ProseFigure

PARTY_LABELS = {"GPE", "NORP", "LOC", "ORG"}


def party_of(tokens: list[Token], period: str | None) -> str | None:
    text = " ".join(token.text for token in tokens)
    return resolve_party(text, period)


def find_parties(doc: Doc, figure: ProseFigure) -> list[str]:
    """Countries named in the figure's clause (names, demonyms, capitals), as ISO codes."""
    verb = governing_verb(figure_root(doc, figure))
    sent = doc[figure.start].sent
    parties = set()
    for token in sent:
        if token.ent_iob_ != "B" or token.ent_type_ not in PARTY_LABELS:
            continue
        name = entity_tokens(token)
        root = doc[name[0].i:name[-1].i + 1].root
        if not in_clause(root, verb) and not any(figure.start <= t.i < figure.end for t in root.ancestors):
            continue
        party = party_of(name, figure.period)
        if party and is_state(party):
            parties.add(party)
    return sorted(parties)


def is_state(party: str) -> bool:
    return kind_of(party) == "state"


def entity_tokens(token: Token) -> list[Token]:
    """The tokens of the named entity a token belongs to (read from the IOB tags, not Doc.ents)."""
    if not token.ent_type_:
        return []
    doc = token.doc
    start = token.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = token.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return list(doc[start:end])


def entity_party(token: Token, period: str | None = None) -> str | None:
    """The state named by the entity a token belongs to ('Ottawa' -> CAN, 'Soviet' -> SUN)."""
    if token.ent_type_ not in PARTY_LABELS:
        return None
    party = party_of(entity_tokens(token), period)
    return party if party and is_state(party) else None


def _flow_roles(doc: Doc, figure: ProseFigure, lex: FigureLexicon) -> tuple[set[str], set[str]]:
    """(sellers, buyers) named in the figure's sentence: subjects of selling and buying verbs, states
    that modify a flow noun ('Soviet purchases'), or the subject of the verb a flow noun depends on
    ('Ottawa announced a sale of ...'), and 'from X' / 'to X'."""
    sellers: set[str] = set()
    buyers: set[str] = set()
    for token in doc[figure.start].sent:
        role = None
        actors: list[Token] = []
        if token.pos_ == "VERB" and lex.verb_measures.get(lemma_of(token)) in ("exports", "imports"):
            role = lex.verb_measures[lemma_of(token)]
            subject = subject_of(token)
            actors = [subject] if subject is not None else []
        elif token.pos_ == "NOUN" and lex.noun_measures.get(lemma_of(token)) in ("exports", "imports"):
            role = lex.noun_measures[lemma_of(token)]
            actors = [child for child in token.children if child.dep_ in ("amod", "poss", "compound", "nmod")]
            if not actors:
                subject = subject_of(governing_verb(token))
                actors = [subject] if subject is not None and subject.i != token.i else []
        elif token.lower_ in lex.flow_from | lex.flow_to and token.dep_ == "prep":
            role = "exports" if token.lower_ in lex.flow_from else "imports"
            actors = [child for child in token.children if child.dep_ == "pobj"]
        for actor in actors:
            party = entity_party(actor, figure.period)
            if party is None:
                continue
            (sellers if role == "exports" else buyers).add(party)
    return sellers, buyers


def apply_perspective(doc: Doc, figures: list[ProseFigure], index: int, focus: str | None, lex: FigureLexicon) -> None:
    """In an article about one state ('Soviet grain imports'), flows are seen from that state: a
    sale by another state to it is its imports; a purchase by another state from it, its exports."""
    figure = figures[index]
    if focus is None or figure.measure not in ("exports", "imports"):
        return
    if figure.restates is not None:
        figure.measure = figures[figure.restates].measure
        return
    sellers, buyers = _flow_roles(doc, figure, lex)
    if focus in sellers:
        figure.measure = "exports"
    elif focus in buyers:
        figure.measure = "imports"
    elif sellers:
        figure.measure = "imports"
    elif buyers:
        figure.measure = "exports"


def focus_state(doc: Doc) -> str | None:
    """The one state an article's title names, if exactly one."""
    parties = title_parties(doc)
    return parties[0] if len(parties) == 1 else None


def title_parties(doc: Doc) -> list[str]:
    """The states a bilateral article's title names ('North Korea–Russia relations')."""
    for block in doc._.blocks or []:
        if block.kind == TITLE:
            parties: set[str] = set()
            title = doc.char_span(block.start, block.end, alignment_mode="expand")
            if title is None:
                return []
            for ent in title.ents:
                parties.update(p for p in resolve_parties(ent.text) if is_state(p))
            # The parser does not tag every name in a title: the longest names the gazetteer knows, left to right.
            parties.update(states_named_in(title.text))
            return sorted(parties)
    return []
