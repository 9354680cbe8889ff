"""The parse words the event modules share: what counts as a verb, a subject, an event noun (and the
key it is looked up by), a verb's particle, a clause's marker."""
from __future__ import annotations

from typing import Callable

from spacy.tokens import Token

from ..wordclasses import LOOSE_PARTICLE_DEPS, verb_particle
from .lexicon import TriggerLexicon, load_trigger_lexicon


VERB_POS = {"VERB", "AUX"}
NOUN_POS = {"NOUN", "PROPN"}
SUBJECTS = {"nsubj", "nsubjpass", "csubj"}


def is_verb(token: Token) -> bool:
    return token.pos_ in VERB_POS or token.tag_.startswith("VB")


def pruned_subtree(token: Token, keeps: Callable[[Token], bool]) -> list[Token]:
    """A token and the part of its subtree reached through children that `keeps` accepts (a phrase
    without its clauses, a conjunct without the conjuncts hung on it), depth first."""
    tokens, stack = [], [token]
    while stack:
        current = stack.pop()
        tokens.append(current)
        stack.extend(child for child in current.children if keeps(child))
    return tokens


def noun_key(token: Token) -> str:
    return token.lower_ if token.lower_ in ("talks", "sanctions", "reforms", "exercises", "drills") else token.lemma_.lower()


def is_event_noun(token: Token, lex: TriggerLexicon) -> bool:
    return token.pos_ in NOUN_POS and (noun_key(token) in lex.nouns or token.lower_ in lex.nouns)


def particle(token: Token) -> Token | None:
    """The verb's particle: WordNet's ("opted out", "stepped down as", "pulled out of"); an adverb the lexicon
    treats as one, or makes a phrasal verb of the lexicon with, counts too ("fell apart")."""
    found = verb_particle(token)
    if found is not None:
        return found
    lex = load_trigger_lexicon()
    for child in token.children:
        # The parser often reads a particle as a preposition or adverb: "opted out of", "fell apart".
        if child.i == token.i + 1 and child.dep_ in LOOSE_PARTICLE_DEPS and (
                child.lower_ in lex.particles or f"{token.lemma_.lower()} {child.lower_}" in lex.phrasal):
            return child
    return None


def is_to_infinitive(verb: Token) -> bool:
    """Whether the verb is marked by an infinitive's "to" ("to build", "plans to close")."""
    return any(child.dep_ == "aux" and child.lower_ == "to" for child in verb.children)


def mark_of(verb: Token) -> str | None:
    return next((child.lower_ for child in verb.children if child.dep_ in ("mark", "advmod") and child.i < verb.i), None)


def passive_agents(verb: Token) -> list[Token]:
    """The nouns of a passive's "by" phrase ("was destroyed by bombers": bombers), without their conjuncts."""
    return [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
