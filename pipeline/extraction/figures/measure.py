"""Measure: what a prose figure measures (trade, exports, imports, aid, investment, debt, production),
or that it states a change or a share. The figure's own phrase decides first, then its verb, its
subject, a one-way flow in its sentence, and the nearest measure word of the clauses that share its time."""
from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from ..numbers import COUNT, MASS, MONEY, PERCENT
from ..wordclasses import actor_noun_class, names_building, noun_event_type
from .clauses import (clause_chain, figure_root, fronted_pronoun_whole,
                      governing_verb, in_clause, lemma_of, of_object, subject_of)
from .lexicon import FigureLexicon
from .parties import entity_party
from .record import ProseFigure

# A comparative adjective or adverb, a comparing preposition ("above"), or a particle ("up").
COMPARATIVE_TAGS = {"JJR", "RBR", "IN", "RB", "RP"}


def change_direction(doc: Doc, figure: ProseFigure, lex: FigureLexicon) -> str | None:
    """'up' / 'down' when the figure states a rise or fall ('decreased by 91.1 percent', 'an increase of
    64%', 'a 5% drop', 'grew 12 percent'); None when it states a level ('increased to 1,070 tons')."""
    root = figure_root(doc, figure)
    head = root.head
    word = None
    before = [t.lower_ for t in doc[max(figure.start - 3, 0):figure.start]]
    if before and (before[-1] in ("to", "from") or (len(before) > 1 and before[-2] in ("to", "from")
                                                      and doc[figure.start - 1].pos_ in ("ADJ", "ADV", "DET"))):
        return None  # "fell from 92 percent to 29 percent": levels, not the change
    if head.dep_ == "prep" and head.lower_ in ("by", "of") and head.head != head:
        word = head.head
        if head.lower_ == "of" and word.dep_ == "pobj" and word.head.lower_ == "in" and word.head.head != word.head \
                and word.head.head.pos_ == "NOUN" and _changes(word.head.head, lex):
            word = word.head.head  # "a rise in household spending of 8%": the rise's amount, after what rose
    elif root.dep_ in ("nummod", "compound", "amod", "npadvmod", "dobj", "advmod", "attr", "quantmod") and head != root:
        word = head
    if word is None:
        return None
    if root.dep_ in ("dobj", "npadvmod", "advmod") and word.pos_ not in ("VERB", "NOUN"):
        return None
    if root.dep_ == "dobj" and figure.kind == COUNT:
        return None  # "won 12 and lost four": the things lost, not a fall
    if root.dep_ == "nummod" and figure.kind == COUNT and word.tag_ in ("NNS", "NNPS"):
        return None  # "two early losses", "three increases": it counts the rises or falls, it is none
    lemma = lemma_of(word)
    if word.pos_ != "VERB" and lemma in lex.verb_only_changes:
        return None  # "a $7 million contract": an agreement, not a contraction
    if figure.kind == MONEY and lemma in lex.money_losses and not _a_measure_lost(word, lex):
        return None  # "the club lost $20 million", "a loss of £300 million": a result, like a profit
    if lemma in lex.change_up or word.lower_ in lex.change_up:
        return "up"
    if lemma in lex.change_down or word.lower_ in lex.change_down:
        return "down"
    return None


def _a_measure_lost(word: Token, lex: FigureLexicon) -> bool:
    """Whether what a verb or noun of loss says lost is a measure ('exports lost $2 billion', 'an export loss'), so
    the money is a fall of that measure, not a loss a business made."""
    losers = [subject_of(word)] if word.pos_ == "VERB" else [
        child for child in word.children if child.dep_ in ("compound", "amod")]
    return any(loser is not None and cue_measure(loser, lex) not in (None, "other") for loser in losers)


def _changes(word: Token, lex: FigureLexicon) -> bool:
    lemma = lemma_of(word)
    return lemma in lex.change_up or lemma in lex.change_down or word.lower_ in lex.change_up or word.lower_ in lex.change_down


def continues_change(doc: Doc, figure: ProseFigure, earlier: list[ProseFigure]) -> bool:
    """A figure conjoined to an earlier one of its kind that states a rise or fall states one too, its verb or
    noun left out ('fell by 2.5% in 2009, 4% in 2010 and nearly 6% in 2011', 'rose 5 percent in 2006 and 7
    percent in 2007', 'by 200,000 tonnes in 2009 and 150,000 tonnes in 2010'): the parser hangs it on the earlier
    amount, on the verb both share or on the earlier amount's date; both are under one verb."""
    root = figure_root(doc, figure)
    if root.dep_ != "conj" or root.head == root:
        return False
    sent = root.sent
    for other in reversed(earlier):
        if other.kind != figure.kind or other.measure != "change" or other.start < sent.start:
            continue
        if governing_verb(figure_root(doc, other)) == governing_verb(root):
            return True
    return False


def cue_measure(token: Token, lex: FigureLexicon, verbs: bool = False) -> str | None:
    lemma = lemma_of(token)
    if lemma in lex.cost_words and token.pos_ in ("NOUN", "VERB") and _cost_of_investment(token, lex):
        return "investment"  # "the cost of the reconstruction", "rebuilding the bridge cost ..." (v1.1)
    if token.pos_ == "NOUN" and lemma in lex.financing:
        return "other"  # a loan, credit line or guarantee: lending, not a flow of goods
    if token.pos_ in ("NOUN", "PROPN") or (token.pos_ == "ADJ" and token.dep_ in ("amod", "compound")):
        if lemma == "product" and any(child.lower_ in lex.gross_product for child in token.lefts):
            return "production"  # "gross domestic product"
        return lex.noun_measures.get(lemma) or lex.noun_measures.get(token.lower_)
    if verbs and token.pos_ == "VERB":
        if any(child.dep_ == "dobj" for child in token.children) and any(child.dep_ == "xcomp" for child in token.children):
            return None  # "ordered the defendant to pay": a command to someone, not an order of goods
        return lex.verb_measures.get(lemma)
    return None


def _cost_of_investment(cost: Token, lex: FigureLexicon) -> bool:
    """A cost whose 'of' object ('the cost of the reconstruction', 'of rebuilding the city') or whose
    subject ('Reconstruction of the cathedral cost ...', also where the parser took the verb for a noun) is
    an investment noun or its gerund: the cost of a programme or of reconstruction is investment (v1.1)."""
    things = [grandchild for child in cost.children if child.dep_ == "prep" and child.lower_ == "of"
              for grandchild in child.children if grandchild.dep_ in ("pobj", "pcomp")]
    things += [child for child in cost.children if child.dep_ in ("nsubj", "csubj")]
    return any(lex.noun_measures.get(lemma_of(thing)) == "investment" or lex.noun_measures.get(thing.lower_) == "investment"
               for thing in things if thing.pos_ in ("NOUN", "PROPN", "VERB"))


def _local_cue(doc: Doc, figure: ProseFigure, lex: FigureLexicon) -> tuple[str, int] | None:
    """A measure word in the figure's own phrase: '$5 million in aid', 'exports of $5 million'."""
    root = figure_root(doc, figure)
    for child in root.children:
        if child.dep_ == "prep" and child.lower_ in ("in", "of"):
            for grandchild in child.children:
                measure = cue_measure(grandchild, lex) if grandchild.dep_ == "pobj" else None
                if measure:
                    return measure, grandchild.i
        if child.dep_ == "compound" and child.i >= figure.end:
            measure = cue_measure(child, lex)
            if measure:
                return measure, child.i
    current = root
    financing: tuple[str, int] | None = None
    while current.head != current and (current.head.pos_ not in ("VERB", "AUX") or current.head.dep_ == "prep"):
        current = current.head
        found = [(cue_measure(current, lex), current.i)] + [
            (cue_measure(child, lex), child.i) for child in current.children  # "a $5 million aid package"
            if child.dep_ in ("compound", "amod") and child.i != root.i]
        for measure, index in found:
            if measure == "debt" and lemma_of(doc[index]) in lex.lending and figure.kind != MONEY:
                continue  # "one credit institution" counts institutions, it is no debt
            if measure == "other" or (measure == "debt" and lemma_of(doc[index]) in lex.lending):
                # a loan is debt, a credit line or guarantee other: unless it is concessional (aid)
                financing = financing or (measure, index)
            elif measure and (financing is None or measure == "aid"):
                return measure, index
    return financing


def _subject_cue(subject: Token, lex: FigureLexicon) -> tuple[str, int] | None:
    best: tuple[int, str, int] | None = None
    for token in subject.subtree:
        if not in_clause(token, subject) and token != subject:
            continue
        measure = cue_measure(token, lex)
        if not measure:
            continue
        depth = 0
        current = token
        while current != subject and current.head != current:
            current = current.head
            depth += 1
        if best is None or depth < best[0]:
            best = (depth, measure, token.i)
    return (best[1], best[2]) if best else None


def is_anaphoric(subject: Token | None, lex: FigureLexicon) -> bool:
    """'the number', 'this figure', 'it': a subject that points back at an amount already given."""
    if subject is None:
        return False
    if subject.lower_ in ("it", "this", "that"):
        return True
    if lemma_of(subject) not in lex.anaphora or of_object(subject) is not None:
        return False
    if any(child.dep_ in ("compound", "amod") and cue_measure(child, lex) for child in subject.children):
        return False  # "the trade volume", "the export total": the measure is named, not pointed back at
    return any(child.dep_ in ("det", "poss") and child.lower_ in lex.anaphora_determiners for child in subject.children)


def _flow_cue(doc: Doc, verb: Token, period: str | None, lex: FigureLexicon) -> bool:
    """'from <country> to <country>' in the clause: a one-way flow, read as exports."""
    found_from = found_to = False
    sent = verb.sent
    for token in sent:
        if token.lower_ not in lex.flow_from | lex.flow_to or (token.lower_ in lex.flow_to and not found_from):
            continue
        objects = [child for child in token.children if child.dep_ == "pobj"]
        if not objects:
            continue
        if entity_party(objects[0], period) is None:
            continue
        if token.lower_ in lex.flow_from:
            found_from = True
        else:
            found_to = True
    return found_from and found_to


def nearest_cue(doc: Doc, figure: ProseFigure, lex: FigureLexicon, before_only: bool = False,
                 clauses: list[Token] | None = None) -> tuple[str, int] | None:
    """The measure word nearest the figure in its sentence (one before it counts double-near), only
    in the given clauses when they are given."""
    sent = doc[figure.start].sent
    best: tuple[int, str, int] | None = None
    for token in sent:
        if figure.start <= token.i < figure.end or (before_only and token.i > figure.start):
            continue
        if clauses is not None and governing_verb(token) not in clauses:
            continue
        measure = cue_measure(token, lex, verbs=True)
        if not measure:
            continue
        distance = figure.start - token.i if token.i < figure.start else 2 * (token.i - figure.end + 1)
        if best is None or distance < best[0]:
            best = (distance, measure, token.i)
    return (best[1], best[2]) if best else None


def comparison_base(doc: Doc, figure: ProseFigure, lex: FigureLexicon) -> str | None:
    """What an amount that measures a gap is compared with: "time" for an earlier time ('40% higher
    than in 2010', '15 percent below its 1990 level', 'up 18% from 2009', '3% lower in 2009' with the
    time left implicit), "other" for anything else ('29% higher than the world average'); None when
    the amount does not stand before a comparative or a comparing preposition."""
    root = figure_root(doc, figure)
    gap = _gap_by(doc, root)
    if root.dep_ != "npadvmod" and gap is None:
        return _attributive_base(doc, figure, root, lex)
    sent = root.sent
    candidates = [gap] if gap is not None else [root.head] if root.head != root else []
    if figure.end < sent.end:
        candidates.append(doc[figure.end])  # "sold 20% more grain than in 2013"
    word = next((token for token in candidates if token.tag_ in COMPARATIVE_TAGS
                 and token.lower_ in lex.comparatives), None)
    if word is None:
        return None
    if word.lower_ in lex.change_words:
        return "time"  # "up 18%", "down 7 percent": a rise or fall whatever the base
    if word.tag_ == "IN":
        base = [token for token in word.subtree if not figure.start <= token.i < figure.end]
    else:
        than = next((token for token in doc[word.i + 1:sent.end] if token.lower_ == "than"), None)
        if than is None:
            # "prices were 3% lower in 2009": lower than before; but a comparative inside a noun phrase of a
            # sentence with no time ("smokers face a 30 percent higher risk") compares with another group
            return "other" if _timeless_attribute(word, lex) else "time"
        base = list(than.subtree)
    temporal = any(token.ent_type_ == "DATE" or token.lower_ in lex.temporal_bases for token in base)
    return "time" if temporal else "other"


def _price_a_unit(doc: Doc, figure: ProseFigure, lex: FigureLexicon) -> bool:
    """Money before 'a' or 'an' and a unit that is no time ('$5 a bushel', '30 cents a pound'): the price of one
    unit; '$2 million a year' is a flow per year."""
    if figure.end + 1 >= len(doc) or doc[figure.end].lower_ not in ("a", "an"):
        return False
    unit = doc[figure.end + 1]
    return unit.pos_ == "NOUN" and unit.lower_ not in lex.time_bases and lemma_of(unit) not in lex.time_bases


def _gap_by(doc: Doc, root: Token) -> Token | None:
    """The comparative an amount after 'by' measures when the parser hangs 'by' on the copula ('emissions were
    down by 12%', 'prices were lower by 5 percent'): the word right before 'by', a modifier of the same verb."""
    by = root.head
    if root.dep_ != "pobj" or by.lower_ != "by" or by.i == 0 or by.head == by:
        return None
    word = doc[by.i - 1]
    return word if word.head == by.head and word.dep_ in ("advmod", "acomp") else None


def _attributive_base(doc: Doc, figure: ProseFigure, root: Token, lex: FigureLexicon) -> str | None:
    """A gap stated inside a noun phrase, the amount before a comparative adjective of the same noun ('a 63%
    lower likelihood of dying', 'a 30 percent higher risk'): compared with another group or thing, "other",
    unless a 'than' names an earlier time ('a 5% higher output than in 2008'). None when the amount does not
    stand so."""
    if figure.end >= len(doc) or root.dep_ not in ("compound", "nummod", "amod") or root.head == root:
        return None
    word = doc[figure.end]
    if word.tag_ != "JJR" or word.lower_ not in lex.comparatives or word.dep_ != "amod" or word.head != root.head \
            or word.head.pos_ != "NOUN":
        return None
    if _than_a_time(doc, word.i, lex):
        return "time"
    return "other" if _timeless_attribute(word, lex) else None


def _timeless_attribute(word: Token, lex: FigureLexicon) -> bool:
    """A comparative adjective of a noun in a sentence that names no time ('a 63% lower likelihood of dying'):
    a gap to another group, where a sentence with a date ('in 2009 the firm reported a 5% higher output')
    compares with an earlier time."""
    if word.dep_ != "amod" or word.head.pos_ != "NOUN":
        return False
    return not any(token.ent_type_ == "DATE" or token.lower_ in lex.temporal_bases for token in word.sent)


def _than_a_time(doc: Doc, comparative: int, lex: FigureLexicon) -> bool:
    """Whether a comparative's 'than' compares with an earlier time ('than in 2008', 'than a year before')."""
    sent = doc[comparative].sent
    than = next((token for token in doc[comparative + 1:min(comparative + 6, sent.end)] if token.lower_ == "than"), None)
    if than is None:
        return False
    base = doc[than.i + 1:min(than.i + 5, sent.end)]
    return any(token.ent_type_ == "DATE" or token.lower_ in lex.temporal_bases for token in base)


def states_change(doc: Doc, figure: ProseFigure, lex: FigureLexicon) -> bool:
    """A percent whose clause is about a rise or fall: 'economic growth was 6.1%', 'the growth rate
    averaged 2 percent', 'the decline in output reached 12%'."""
    root = figure_root(doc, figure)
    subject = subject_of(governing_verb(root))
    nouns = []
    if subject is not None and subject.pos_ == "NOUN" and not figure.start <= subject.i < figure.end:
        nouns.append(subject)
    if root.head.pos_ == "NOUN" and root.head != root:
        nouns.append(root.head)  # "a 5% inflation rate"
    if root.head.dep_ == "prep" and root.head.lower_ in ("of", "at") and root.head.head.pos_ == "NOUN":
        nouns.append(root.head.head)  # "inflation of 12%", "a growth rate at 3 percent"
    words = list(nouns)
    for noun in nouns:
        if lemma_of(noun) in lex.rates:  # "the growth rate": the rate's modifier names what it is a rate of
            words += [child for child in noun.children if child.dep_ in ("compound", "amod")]
            verb = noun.head.head if noun.head.lower_ == "at" else None
            if verb is not None and verb.pos_ == "VERB" and lemma_of(verb) in lex.change_words:
                return True  # "grew at a rate of 4%" (but "cut the 38% tariff" states the tariff)
    return any(word.pos_ in ("NOUN", "PROPN") and (lemma_of(word) in lex.change_words or lemma_of(word) in lex.change_rates)
               for word in words) or any(word.lower_ in lex.change_rates for word in words)


def is_rate(doc: Doc, figure: ProseFigure, lex: FigureLexicon) -> bool:
    """A percentage of a tariff, tax or interest rate ('a 38.5 percent tariff', 'cut the duty to 5%')."""
    root = figure_root(doc, figure)
    verb = governing_verb(root)
    nearby = [root.head] + [child for child in verb.children if child.dep_ in ("dobj", "nsubj", "nsubjpass", "attr")]
    if root.head.dep_ == "prep" and root.head.lower_ in ("of", "at"):
        nearby.append(root.head.head)  # "a tax of 10%", "a duty set at 5 percent"
    return any(lemma_of(token) in lex.rates and not _proportion(token, lex) for token in nearby)


def _proportion(token: Token, lex: FigureLexicon) -> bool:
    """'a 100 percent graduation rate', 'gross margins': a rate noun that is a part of a whole, unless a
    rate word modifies it ('the interest rate', 'the tax rate')."""
    if lemma_of(token) not in lex.proportion_rates:
        return False
    modifiers = [child for child in token.children if child.dep_ in ("compound", "amod")]
    if any(lemma_of(child) in lex.rates for child in modifiers):
        return False
    # a bare 'its rate' (a bank's lending rate) stays a rate; what the rate is of must be said
    return bool(modifiers) or of_object(token) is not None


# What a count can measure through the words around it: people or things sent or built to help a side
# ("300 troops in support of", "93 factories built with Soviet aid"). A count of things that sit in a phrase
# about output, debt or a programme counts those things ("four principal districts", "seven languages of its
# programmes", "two companies were in production"); it measures none of them.
COUNT_MEASURES = {"aid"}



def is_partitive(doc: Doc, figure: ProseFigure, lex: FigureLexicon) -> bool:
    """A count of a part of a whole the text names: "10 of the 15 states", "five of its fourteen",
    "14 of which", "all but three"."""
    before = [token.lower_ for token in doc[max(figure.start - 2, 0):figure.start]]
    if before == ["all", "but"]:
        return True
    start = figure.start
    while start > 0 and figure.start - start < 3 and doc[start - 1].lower_ in lex.whole_qualifiers:
        start -= 1  # "of which only 4", "of whom about 30": a qualifier between the pronoun and the part
    before = [token.lower_ for token in doc[max(start - 2, 0):start]]
    if len(before) == 2 and before[0] == "of" and before[1] in lex.partitive_pronouns:
        return True  # "28 members, of whom 14 are elected", "81 aircraft, of which 40 flew"
    sent = doc[figure.start].sent
    if sent[0].lower_ == "of" and any(t.text == "," for t in doc[sent.start:figure.start]) \
            and any(t.like_num for t in doc[sent.start:figure.start]) and not _own_subject(doc, figure):
        return True  # "Of the 90 aircraft delivered, only 30 remain"
    if fronted_pronoun_whole(doc, figure, lex) and not _own_subject(doc, figure):
        return True  # "Of these, 1,200 were ...": the whole a pronoun stands for, fronted
    if figure.end + 1 >= len(doc) or doc[figure.end].lower_ != "of":
        return False
    if doc[figure.end + 1].lower_ in lex.partitive_determiners:
        return True
    # "12 of more than 140 municipalities", "9 of 11 countries": a number of the whole after "of", its
    # qualifier words between
    for token in doc[figure.end + 1:min(figure.end + 1 + PARTITIVE_REACH, len(doc))]:
        if token.like_num:
            return not YEAR_TOKEN_RE.match(token.text)
        if token.lower_ not in lex.whole_qualifiers:
            return False
    return False


def _own_subject(doc: Doc, figure: ProseFigure) -> bool:
    """Whether the figure counts a noun of its own in a clause whose subject is something else ('Of these, 1,356
    were threatened, and the list excludes 1,427 species'): that clause is about other things, not a part of
    the fronted whole ('Of the 40 ships, the navy kept 12' and '..., 12 border the sea' are parts)."""
    root = figure_root(doc, figure)
    if root.dep_ != "nummod" or root.head.i < figure.end:
        return False
    subject = subject_of(governing_verb(root))
    return subject is not None and not figure.start <= subject.i < figure.end and subject != root.head \
        and not subject.like_num


PARTITIVE_REACH = 4
YEAR_TOKEN_RE = re.compile(r"^(?:1\d{3}|20\d{2})$")


def find_measure(doc: Doc, figure: ProseFigure, lex: FigureLexicon) -> tuple[str, int | None, str | None]:
    """(measure, cue token index, link) for one prose figure; link is "anaphora" when its clause points
    back at an earlier amount ('the number stood at ...'), "pronoun" for 'it was worth ...'."""
    if change_direction(doc, figure, lex):
        return "change", None, None
    base = comparison_base(doc, figure, lex)
    if base == "time":
        return "change", None, None
    if figure.end + 1 < len(doc) and doc[figure.end].head.pos_ == "NOUN" and doc[figure.end + 1].pos_ in ("NOUN", "ADJ"):
        word = doc[figure.end].lower_
        if word in lex.fewer_words:
            return "change", None, None  # "38,000 fewer deaths": a fall in the number
        if word in lex.comparatives and _than_a_time(doc, figure.end, lex):
            return "change", None, None  # "500 more workers than in 2008": a rise since then
    if base == "other" and figure.kind == PERCENT:
        return "other", None, None  # a gap to another thing is neither a rise nor a part of a whole
    if figure.kind == PERCENT:
        if states_change(doc, figure, lex):
            return "change", None, None
        if is_rate(doc, figure, lex):
            return "other", None, None
        if _debt_of_output(doc, figure, lex):
            return "debt", None, None  # v1.1: a percent of GDP is a share, except debt as a percent of GDP
        return "share", None, None
    if figure.kind == COUNT and is_partitive(doc, figure, lex):
        return "share", None, None
    if figure.kind == MONEY and (figure.end < len(doc) and doc[figure.end].lower_ in lex.per_unit
                                 or _price_a_unit(doc, figure, lex)):
        return "other", None, None  # "three cents per acre", "$2.10 a barrel": a price, not a flow
    if figure.kind == MASS and size_of_a_thing(doc, figure, lex):
        return "other", None, None
    local = _local_cue(doc, figure, lex)
    if local and (figure.kind != COUNT or local[0] in COUNT_MEASURES):
        return local[0], local[1], None
    verb = governing_verb(figure_root(doc, figure))
    if figure.kind == COUNT:
        root = figure_root(doc, figure)
        acting = any(token.dep_ in ("nsubj", "nsubjpass") and token.head == verb for token in (root, root.head))
        purpose = _purpose_cue(doc, figure, verb, lex, people=acting and _counts_people(figure))
        if purpose and purpose[0] == "aid":
            return purpose  # people who come to help a side, wherever they arrive
        # A count measures something only through its clause's circumstances ("built with Russian assistance").
        for child in verb.children:
            if child.dep_ in ("prep", "agent"):
                for grandchild in child.children:
                    measure = cue_measure(grandchild, lex) if grandchild.dep_ == "pobj" else None
                    if measure in COUNT_MEASURES:
                        return measure, grandchild.i, None
        return "other", None, None
    purpose = _purpose_cue(doc, figure, verb, lex)
    if purpose:
        return purpose
    measure = cue_measure(verb, lex, verbs=True)
    if figure.kind == MONEY and (measure in ("exports", "imports") or lemma_of(verb) in lex.asset_verbs) \
            and not _trade_context(verb, lex):
        return _price_measure(verb, lex), None, None
    if measure == "aid" and _to_a_person(verb):
        return "other", verb.i, None  # "donated $100,000 to candidates": a gift to persons, no help to a side
    if measure:
        return measure, verb.i, None
    subject = subject_of(verb)
    if subject is not None and not (figure.start <= subject.i < figure.end):
        if is_anaphoric(subject, lex):
            return "other", None, ("pronoun" if subject.pos_ == "PRON" else "anaphora")
        cue = _subject_cue(subject, lex)
        if cue:
            return cue[0], cue[1], None
    if _flow_cue(doc, verb, None, lex):
        return "exports", None, None
    nearest = nearest_cue(doc, figure, lex, clauses=clause_chain(verb))
    if nearest and nearest[0] == "production" and lemma_of(verb) in lex.spending_verbs:
        return "other", verb.i, None  # "spent $1.2 billion on defence, 3.5% of GDP": spending, not gross product
    if nearest:
        return nearest[0], nearest[1], None
    return "other", None, None


def size_of_a_thing(doc: Doc, figure: ProseFigure, lex: FigureLexicon) -> bool:
    """A mass that modifies a noun of no goods is the size of a thing, a load it can carry or its weight
    ('a 100 ton capacity', 'a 5,000-ton ship', 'the five-ton module'): no amount produced or traded."""
    root = figure_root(doc, figure)
    head = root.head
    if root.dep_ not in ("compound", "nummod", "amod", "quantmod", "nmod") or head == root or head.i < figure.end:
        return False
    if head.pos_ not in ("NOUN", "PROPN") or head.like_num or lemma_of(head) in lex.commodities:
        return False
    return cue_measure(head, lex) is None


def _to_a_person(verb: Token) -> bool:
    """Whether what a verb gives goes to persons ('donated $100,000 to Democratic candidates', 'granted $5,000
    to each of the widows'): a person by name, or a noun whose WordNet actor class is person."""
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "to":
            for recipient in child.children:
                if recipient.dep_ == "pobj" and (recipient.ent_type_ == "PERSON" or (
                        recipient.pos_ == "NOUN" and actor_noun_class(lemma_of(recipient)) == "person")):
                    return True
    return False


def _trade_context(verb: Token, lex: FigureLexicon) -> bool:
    """Whether a sale or purchase is trade: its sentence names a state ('sold arms to Iran', 'Japan
    bought ...') or its clause a commodity ('bought $2 billion of coal')."""
    if any(entity_party(token) is not None for token in verb.sent):
        return True
    return any(token.pos_ == "NOUN" and lemma_of(token) in lex.commodities for token in verb.subtree)


def _price_measure(verb: Token, lex: FigureLexicon) -> str:
    """The price of one thing bought or sold: investment for a company or another organisation, one named
    by name, a stake in one, or a business's premises or works (WordNet-derived economic nouns of
    wordnet_event_classes.json: 'sold the hotel-casino', 'bought a factory'; 'acquired the firm', 'bought the
    Blue Star hotels', 'sold its stake'); other for anything else ('the painting
    sold for $2 million', 'ordered to pay $50,000')."""
    things = [child for child in verb.children if child.dep_ in ("dobj", "nsubjpass")]
    if not things and verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN"):
        things = [verb.head]  # "a stake bought for $5 million"
    for thing in things:
        named = [thing] + [child for child in thing.children if child.dep_ in ("compound", "conj")]
        if any(word.ent_type_ in ("ORG", "FAC") or word.pos_ == "PROPN" for word in named) or actor_noun_class(lemma_of(thing)) == "organisation" \
                or cue_measure(thing, lex) == "investment" or noun_event_type(lemma_of(thing)) == "economic":
            return "investment"
    return "other"


def _counts_people(figure: ProseFigure) -> bool:
    """A count of persons or of a kind of person ('troops', 'soldiers', 'advisers'): WordNet actor class person."""
    item = figure.item
    if not item:
        return False
    return item == "person" or actor_noun_class(item.split()[-1]) == "person"


def _purpose_cue(doc: Doc, figure: ProseFigure, verb: Token, lex: FigureLexicon,
                 people: bool = False) -> tuple[str, int | None, str | None] | None:
    """What money is spent on or given for decides before the verb: 'spent $300 million on the
    reconstruction of the port' (investment), 'paid $5 million for wheat imports'; money or people
    sent to help a side are aid ('sent 5,000 troops to help the rebels', 'in support of'); people who
    come to help a side or fight alongside it, whatever the verb, too ('5,000 soldiers arrived to help
    the rebels', 'fought alongside the army')."""
    for child in verb.children:
        # "sent $300 million in aid to Israel": an 'in' phrase right after the amount, which the parser hangs
        # on the verb, names what the amount is made of, as it does when it hangs on the amount
        if child.dep_ == "prep" and (child.lower_ in ("on", "for") and child.i >= figure.end
                                     or child.lower_ == "in" and child.i == figure.end):
            for grandchild in child.children:
                measure = cue_measure(grandchild, lex) if grandchild.dep_ == "pobj" else None
                if measure and measure != "other":
                    return measure, grandchild.i, None
                if figure.kind == MONEY and grandchild.dep_ == "pcomp" and grandchild.pos_ == "VERB" \
                        and names_building(lemma_of(grandchild)):
                    return "investment", grandchild.i, None  # "allocated $5 million for rebuilding the port"
    if figure.kind == MONEY:
        # "cost $10 billion to build", "raised $2 million to restore the church": money for construction works
        # or reconstruction is investment (v1.1); the parser hangs the infinitive on the verb or on the amount
        for purpose in [*verb.children, *figure_root(doc, figure).children]:
            if purpose.dep_ in ("xcomp", "advcl", "relcl", "acl") and purpose.pos_ == "VERB" and purpose.i >= figure.end \
                    and any(aux.dep_ == "aux" and aux.lower_ == "to" for aux in purpose.children) \
                    and names_building(lemma_of(purpose)):
                return "investment", purpose.i, None
    if lemma_of(verb) in lex.aid_verbs or people:
        for token in verb.subtree:
            if token.i < figure.end:
                continue
            if (people or _counts_people(figure)) and token.lower_ == "alongside" and token.dep_ == "prep":
                return "aid", token.i, None  # "3,000 volunteers fought alongside the rebels", "sent 900 men to fight alongside"
            if token.pos_ == "VERB" and token.dep_ in ("advcl", "xcomp", "relcl") and lemma_of(token) in lex.aid_purposes:
                if _helps_a_place(token, lex):
                    return None  # "sent 12,000 men to defend the fort": a side's own forces, no help to a side
                return "aid", token.i, None  # "sent troops to help the rebels"
            if token.lower_ == "support" and token.head.lower_ == "in":
                return "aid", token.i, None  # "in support of"
            if token.lower_ == "side" and token.dep_ == "pobj" and token.head.lower_ == "on" and _a_sides_side(token):
                return "aid", token.i, None  # "intervened with 2,500 soldiers on the side of the government"
    return None


PLACE_ENTITIES = {"FAC", "LOC", "GPE"}


def _a_sides_side(side: Token) -> bool:
    """'on the side of the government', 'on the government side', 'on the rebels' side': a side named by who holds
    it, not a place ('on the north side of the river', 'on the other side')."""
    holders = [child for child in side.children if child.dep_ in ("compound", "poss", "nmod")]
    holders += [grandchild for child in side.children if child.dep_ == "prep" and child.lower_ == "of"
                for grandchild in child.children if grandchild.dep_ == "pobj"]
    return any(holder.ent_type_ in ("ORG", "NORP", "PERSON") or entity_party(holder) is not None
               or actor_noun_class(lemma_of(holder)) in ("polity", "organisation", "group", "person") for holder in holders)


def _helps_a_place(purpose: Token, lex: FigureLexicon) -> bool:
    """Whether what a purpose verb helps, defends or reinforces is a place or a thing, not a side: a noun whose
    WordNet actor class is thing ('to defend the fort', 'to reinforce the garrison', 'to hold the line'), or a
    place by name that is no state ('to defend Nashville'). People sent there are a side's own forces (set
    convention: aid is help to another side); a state, a government, a group or persons helped are aid."""
    verbs = [purpose] + [child for child in purpose.children if child.dep_ == "xcomp" and child.pos_ == "VERB"
                         and lemma_of(child) in lex.aid_purposes]  # "to help defend the fort"
    objects = [child for verb in verbs for child in verb.children if child.dep_ == "dobj"]
    if not objects:
        return False
    thing = objects[0]
    if thing.ent_type_:
        return thing.ent_type_ in PLACE_ENTITIES and entity_party(thing) is None
    if any(child.dep_ in ("compound", "amod", "poss", "nmod") and (
            (child.ent_type_ and child.ent_type_ not in PLACE_ENTITIES) or entity_party(child) is not None
            or (child.pos_ == "PROPN" and not child.ent_type_)
            or actor_noun_class(lemma_of(child)) not in (None, "thing")) for child in thing.children):
        return False  # "to help the MPLA forces", "the rebel positions": a side's forces or holdings, by name or kind
    return thing.pos_ == "NOUN" and actor_noun_class(lemma_of(thing)) == "thing"


def of_output(doc: Doc, figure: ProseFigure, lex: FigureLexicon) -> bool:
    """The figure is followed by 'of' and a word of gross product ('60% of GDP', '3.5 percent of gross
    domestic product'): a percent of a country's output."""
    following = [token for token in doc[figure.end:figure.end + 5]]
    return bool(following) and following[0].lower_ == "of" and any(
        lemma_of(t) in lex.noun_measures and lex.noun_measures[lemma_of(t)] == "production" or t.lower_ == "product"
        for t in following[1:])


def _debt_of_output(doc: Doc, figure: ProseFigure, lex: FigureLexicon) -> bool:
    """'Public debt was 60% of GDP', 'a debt of 80 percent of gross domestic product'."""
    if not of_output(doc, figure, lex):
        return False
    root = figure_root(doc, figure)
    verb = governing_verb(root)
    subject = subject_of(verb)
    words = [root.head, root.head.head] + ([subject] if subject is not None else [])
    return any(cue_measure(word, lex) == "debt" for word in words)
