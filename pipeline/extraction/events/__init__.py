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

The modules, in the order a date meets them: `anchoring` (which trigger the date dates), `triggers`
(whether it names a happening, and its words), `types` (which type), `participants` (who took part,
where). `grammar` is the parse reading they share, `view` the Doc as they read it, `actors` the
document-level actor memory participants fall back on (the article's own state, organisation or person,
the initialisms it defines, its wars and their sides; models/actor_lexicon.json and the WordNet actor
classes of models/wordnet_actor_nouns.json), `lexicon` their rule data, `records` the records.

`extract_events` is a pure function of its Doc and dates: nothing is remembered between documents
(the only caches are the read-only lexicon and gazetteer), and what it reads from the Doc many times
(`doc.ents`, `doc.text`, the document's person names) is computed once per call in a `DocView`.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ...reading.clean import HEADING, LIST_ITEM, TABLE_ROW, TITLE
from ..dates import DateRecord
from ..gazetteer import kind_of, names_a_state, names_a_thing, resolve_parties
from .actors import load_actor_lexicon, navy_state
from .anchoring import candidates_for, date_token_indices, in_parentheses
from .grammar import NOUN_POS, SUBJECTS, is_verb, noun_key
from .lexicon import TriggerLexicon, load_trigger_lexicon
from .participants import (PartyCollector, argument_tokens, article_maker_parties, article_person_parties,
                           article_subject_parties, partner_only_parties,
                           document_name_places, fallback_parties, founded_body, fronted_subject, governing_verb, inherited_subject, journey_places,
                           name_parties, relative_antecedent, respective_parties,
                           own_actor_parties, signed_thing, subtree_without_clauses, war_parties,
                           article_war_parties)
from .records import Candidate, EventRecord
from .triggers import verb_candidate
from .types import moves_home, places_gone_to, private_meeting
from .view import DocView

__all__ = ["EventRecord", "TriggerLexicon", "extract_events", "load_trigger_lexicon"]

NOT_EVENT_BLOCKS = {TITLE, HEADING, TABLE_ROW}


def extract_events(doc: Doc, dates: list[DateRecord]) -> list[EventRecord]:
    """Dated events in document order; each trigger once, anchored to its first own date, else to the
    first date it shares."""
    lex = load_trigger_lexicon()
    clean = doc._.clean
    date_tokens = date_token_indices(doc, dates)
    chosen: dict[int, Candidate] = {}
    ordered = sorted(dates, key=lambda d: (d.start, d.end))
    for date in ordered:
        block = clean.block_at(date.start) if clean is not None else None
        if block is not None and block.kind in NOT_EVENT_BLOCKS:
            continue
        span = doc.char_span(date.start, date.end, alignment_mode="expand")
        if span is None:
            continue
        for candidate, conjunct in candidates_for(date, span, lex, date_tokens):
            earlier = chosen.get(candidate.trigger.i)
            if earlier is not None and conjunct is None and not (earlier.shared or candidate.shared):
                conjunct = object_between(candidate.trigger, earlier.date, date)
            if conjunct is not None and conjunct.dep_ == "dobj" and (
                    earlier is None or earlier.date.start < candidate.trigger.idx or conjunct.idx < earlier.date.end
                    or in_parentheses(span)):
                # a second object is its own happening only after the verb's first date ("studied X in 1901,
                # Y from 1903"), not after a fronted one ("In 1838 he obtained patents on 27 March"), and
                # "married Laura Archera (1911-2007)" gives her life, not a marriage
                conjunct = None
            if conjunct is not None and life_span(span, date):
                conjunct = None  # "met A in 1935, and B (1915-1999)": B's life, not a meeting with B
            if candidate.trigger.i in chosen and conjunct is None and not candidate.shared:
                item = list_item_before(doc, ordered, date, candidate.trigger)
                if item is not None and item[0].i not in chosen:
                    # "sponsored by A in 1993, B in 1997": the verb is elided before B, B's own happening
                    first, head = item
                    chosen[first.i] = Candidate(first, head, list_kind(chosen, ordered, date, candidate), noun_key(head),
                                                date, elided_verb=candidate.trigger)
                    continue
            if candidate.trigger.i in chosen and conjunct is not None and conjunct.i not in chosen:
                # A second date on a conjoined noun is its own happening ("... and then President in March").
                candidate = Candidate(conjunct, conjunct, list_kind(chosen, ordered, date, candidate), noun_key(conjunct), date,
                                      [candidate.trigger, *candidate.argument_heads])
            earlier = chosen.get(candidate.trigger.i)
            # A verb's own date wins over one it shares ("approved X in December 1990, and it extended
            # Y in June 1991"); otherwise the first date anchors.
            if earlier is None or (earlier.shared and not candidate.shared):
                chosen[candidate.trigger.i] = candidate
    one_staged_happening(chosen, lex)
    nearest_subject_item_to_verb(doc, chosen)
    respective_items(doc, ordered, chosen)
    items_listed_under_a_verb(doc, ordered, chosen, lex, date_tokens)
    view = DocView.of(doc)
    lists = SentenceDateLists(doc, ordered)
    records = [to_record(view, candidate, lex, other_list_items(doc, lists, candidate.date))
               for candidate in chosen.values()]
    records.sort(key=lambda r: (r.start, r.end, r.date_id if r.date_id is not None else -1))
    for index, record in enumerate(records):
        record.event_id = index
    return records


def one_staged_happening(chosen: dict[int, Candidate], lex: TriggerLexicon) -> None:
    """"The 2005 elections were held on 18 September", "The summit (1998) was held in May": the dated event noun
    and the verb that stages it tell one happening (guideline: one event per happening per sentence; the main
    verb is the trigger), dated by the verb's own date; the noun's own event is dropped."""
    for candidate in list(chosen.values()):
        verb = candidate.trigger
        if not is_verb(verb) or candidate.shared or verb.lemma_.lower() not in lex.staging_verbs:
            continue
        for subject in verb.children:
            staged = chosen.get(subject.i) if subject.dep_ in SUBJECTS else None
            if staged is not None and staged.trigger.pos_ in NOUN_POS and staged.date is not candidate.date:
                del chosen[subject.i]


def nearest_subject_item_to_verb(doc: Doc, chosen: dict[int, Candidate]) -> None:
    """A list of subjects each with its date in brackets before one verb ("A (1919), B (1935) and C (1938) were
    the first to legalize it"): each item is its own happening, named by its words, and the verb carries the
    date nearest it, the last item's (set conventions: several dated happenings under one verb). The parse
    gives the verb the first date and makes the later items their own; this moves the verb to the last."""
    for verb_index, candidate in list(chosen.items()):
        verb = candidate.trigger
        if not is_verb(verb) or candidate.shared or candidate.elided_verb is not None:
            continue
        span = doc.char_span(candidate.date.start, candidate.date.end, alignment_mode="expand")
        if span is None or not in_parentheses(span) or span.start < 2 or span.end > verb.i:
            continue
        items = [c for c in chosen.values() if c.argument_heads and c.argument_heads[0].i == verb_index
                 and c.trigger.i < verb_index and c.date.start > candidate.date.end and c.trigger.pos_ in NOUN_POS]
        head = doc[span.start - 2]
        if not items or head.pos_ not in NOUN_POS or head.i in chosen:
            continue
        first = head
        while first.i > span.sent.start and doc[first.i - 1].dep_ == "compound" and first.i <= doc[first.i - 1].head.i <= head.i:
            first = doc[first.i - 1]
        last = max(items, key=lambda c: c.date.start)
        del chosen[last.trigger.i]
        chosen[first.i] = Candidate(first, head, candidate.kind, noun_key(head), candidate.date, elided_verb=verb)
        for item in items:
            item.elided_verb = verb  # each item's actors are its own words, not the verb's first subject's
        candidate.date = last.date


def respective_items(doc: Doc, ordered: list[DateRecord], chosen: dict[int, Candidate]) -> None:
    """"Navigators reached Madeira and the Azores in 1419 and 1427, respectively": "respectively" pairs a list of
    dates with a list of names, and each later date dates its own name's happening under the verb, as a list
    under one verb whose items have words of their own (set conventions); the verb keeps the first date."""
    claimed = {id(c.date) for c in chosen.values()}
    for candidate in list(chosen.values()):
        verb = candidate.trigger
        sentence = verb.sent
        if not is_verb(verb) or candidate.elided_verb is not None or not any(t.lower_ == "respectively" for t in sentence):
            continue
        dates = [d for d in ordered if sentence.start_char <= d.start and d.end <= sentence.end_char]
        if len(dates) < 2 or dates[0] is not candidate.date or any(id(d) in claimed for d in dates[1:]):
            continue
        inside = {i for d in dates for span in [doc.char_span(d.start, d.end, alignment_mode="expand")] if span is not None
                  for i in range(span.start, span.end)}
        listed = next((t for t in sentence if t.pos_ in NOUN_POS and t.dep_ != "conj" and t.i not in inside
                       and len(t.conjuncts) + 1 == len(dates)), None)
        if listed is None:
            continue
        for item, date in zip(listed.conjuncts, dates[1:]):
            first = item
            while first.i > sentence.start and doc[first.i - 1].dep_ == "compound" and doc[first.i - 1].head == item:
                first = doc[first.i - 1]
            if first.i not in chosen:
                chosen[first.i] = Candidate(first, item, candidate.kind, noun_key(item), date, elided_verb=verb)


def items_listed_under_a_verb(doc: Doc, ordered: list[DateRecord], chosen: dict[int, Candidate], lex: TriggerLexicon,
                              date_tokens: set[int]) -> None:
    """Dated list items with no verb of their own under a sentence that ends in a colon ("The role has been
    played by:", then "* A in ''X'' (1956)", "* B in ''Y'' (1962)"): the items are the verb's list, as a list
    in its own sentence ("murdered: A (1993), B (1994)"): the first item's date dates the verb, each later
    item is its own happening, named by its first word (set conventions: several dated happenings under one
    verb)."""
    clean = doc._.clean
    if clean is None:
        return
    blocks = clean.blocks
    for index, block in enumerate(blocks):
        if block.kind in NOT_EVENT_BLOCKS or not clean.text[block.start:block.end].rstrip().endswith(":"):
            continue
        intro = doc.char_span(block.start, block.end, alignment_mode="expand")
        verb = intro[-1].sent.root if intro is not None else None
        if verb is None or not is_verb(verb) or verb.i in chosen:
            continue
        listed = []
        for item in blocks[index + 1:]:
            if item.kind != LIST_ITEM:
                break
            dates = [d for d in ordered if item.start <= d.start and d.end <= item.end]
            span = doc.char_span(item.start, item.end, alignment_mode="expand")
            if not dates or span is None or any(is_verb(t) for t in span) or any(t.i in chosen for t in span):
                break  # a list of dated names only: an item that tells its own happening ends it
            if ":" in span.text:
                break  # "A (South African): April 25 – May 5, 2002": a label and its value, a table row as a list
            listed.append((span, dates[0]))
        if not listed:
            continue
        candidate = verb_candidate(verb, listed[0][1], lex, date_tokens)
        if candidate is None:
            continue
        chosen[verb.i] = candidate
        for span, date in listed[1:]:
            first = next((t for t in span if t.pos_ in NOUN_POS), None)
            if first is None:
                continue
            head = first
            while head.dep_ == "compound" and head.head.pos_ in NOUN_POS and head.i < head.head.i < span.end:
                head = head.head
            chosen[first.i] = Candidate(first, head, candidate.kind, noun_key(head), date, elided_verb=verb)


def persons_among(parties: list[str], view: DocView) -> set[str]:
    """The parties that name persons: no state's code, no organisation the gazetteer or the article names."""
    actors = view.actors
    return {p for p in parties if kind_of(p) is None and not (len(p) == 3 and p.isupper())
            and p not in actors.organisations and p not in actors.titles and p not in actors.subject}


def object_between(verb: Token, first: DateRecord, second: DateRecord) -> Token | None:
    """The verb's object or conjoined noun between its first date and a second one: "created the Praxinoscope
    in 1877 and the Optique in December 1888" (the parser hangs both dates on the verb): the Optique's own
    happening."""
    between = [c for c in verb.children if c.dep_ in ("dobj", "conj") and c.pos_ in NOUN_POS
               and first.end <= c.idx < second.start]
    return between[-1] if between else None


def life_span(span: Span, date: DateRecord) -> bool:
    """A range in brackets right after a name ("Jane Hill (1915-1999)"): who is meant, not an item's date."""
    return in_parentheses(span) and "/" in date.value


LIST_ADVERBS = {"then", "later", "again", "also"}


def list_kind(chosen: dict[int, Candidate], ordered: list[DateRecord], date: DateRecord, candidate: Candidate) -> str:
    """The type of a list item under an elided verb: that of the happening the list's item before it made (the
    verb whose list it is), not that of the verb the parser hung its date on ("marched north, capturing the
    fort on 2 May and then the city on 13 May": the city is captured, not marched on)."""
    before = [d for d in ordered if d.end <= date.start]
    if before:
        made = [c for c in chosen.values() if c.date is before[-1] and c.elided_verb is None and is_verb(c.trigger)
                and c.trigger.sent == candidate.trigger.sent and c.trigger.i > candidate.trigger.i]
        if made:
            return made[-1].kind
    return candidate.kind


def list_item_before(doc: Doc, ordered: list[DateRecord], date: DateRecord, verb: Token) -> tuple[Token, Token] | None:
    """The item a later date of a list under one verb dates, with the verb elided before it ("was sponsored by
    A in 1993, B in 1997, and C in 2002", "took X on 2 May and then Y on 13 May"): the first noun after the
    separator that follows the date before, through its compound name (its first and last token). Only after a
    date the verb's list gave (after the verb, in its sentence), with nothing between the separator and the
    date but the item's own words (no verb, no date); none where only dates are listed ("in 1943 and 1944"),
    and none for a life span in brackets ("married A (1911-2007) and B (1915-1999)")."""
    sentence = verb.sent
    previous = [d for d in ordered if verb.idx < d.start and d.end <= date.start and d.start >= sentence.start_char]
    if not previous or date.end > sentence.end_char:
        return None
    span = doc.char_span(date.start, date.end, alignment_mode="expand")
    before = doc.char_span(previous[-1].start, previous[-1].end, alignment_mode="expand")
    if span is None or before is None or life_span(span, date):
        return None
    between = list(doc[before.end:span.start])
    index = 0
    while index < len(between) and (between[index].pos_ in ("PUNCT", "CCONJ") or between[index].lower_ in LIST_ADVERBS):
        index += 1
    if not any(t.text == "," or t.pos_ == "CCONJ" for t in between[:index]) or index == len(between):
        return None
    if any(is_verb(t) for t in between[index:]):
        return None
    first = between[index]
    if first.pos_ == "DET" and index + 1 < len(between):
        first = between[index + 1]
    if first.pos_ not in NOUN_POS:
        return None
    head = first
    while head.dep_ == "compound" and head.i < head.head.i < span.start and head.head.pos_ in NOUN_POS:
        head = head.head
    return first, head


LIST_SEPARATORS = {",", ";"}


def is_list_separator(token: Token) -> bool:
    return token.text in LIST_SEPARATORS or token.pos_ == "CCONJ"


class SentenceDateLists:
    """The dates of each sentence as token spans (life spans left out) and the separators that end their list
    items (see `dated_list_items`), found once per sentence: every event candidate of the sentence asks."""

    def __init__(self, doc: Doc, ordered: list[DateRecord]) -> None:
        self.doc = doc
        self.ordered = ordered
        self.found: dict[tuple[int, int], tuple[list[Span], list[int | None]]] = {}

    def of(self, sentence: Span) -> tuple[list[Span], list[int | None]]:
        """The sentence's date spans in order, and after each one but the last the separator that ends its item
        when the next date's item follows (None where no list goes on)."""
        key = (sentence.start, sentence.end)
        if key not in self.found:
            self.found[key] = self.find(sentence)
        return self.found[key]

    def find(self, sentence: Span) -> tuple[list[Span], list[int | None]]:
        doc = self.doc
        spans = []
        for other in self.ordered:
            if other.start >= sentence.start_char and other.end <= sentence.end_char:
                other_span = doc.char_span(other.start, other.end, alignment_mode="expand")
                if other_span is not None and not life_span(other_span, other):
                    spans.append(other_span)
        boundaries: list[int | None] = []
        for before, after in zip(spans, spans[1:]):
            between = list(doc[before.end:after.start])
            cut = next((k for k, t in enumerate(between) if is_list_separator(t)), None)
            if cut is None or any(is_verb(t) for t in between):
                boundaries.append(None)
                continue
            rest = [t for t in between[cut:] if not (is_list_separator(t) or t.lower_ in LIST_ADVERBS)]
            boundaries.append(between[cut].i if any(t.pos_ in NOUN_POS for t in rest) else None)
        return spans, boundaries


def dated_list_items(doc: Doc, lists: SentenceDateLists, date: DateRecord) -> list[tuple[int, int]] | None:
    """The items of a list whose items each carry their own date, as (start, end) token ranges, when `date` is
    one of them: "murdered: A (1993), B (1994) and C (1998)", "sponsored by A, B in 1993, C in 1997", "The
    United Kingdom followed in 1955; Italy in 1964 by X; and Germany in 1965 by Y". Between one dated item and
    the next there is a separator and no verb; an item ends at the first separator after its date (so "by X"
    after the date is its own), and the first item starts after the verb (or the colon) before its date. None
    where the date is in no such list, or dates are listed alone ("in 1943 and 1944")."""
    span = doc.char_span(date.start, date.end, alignment_mode="expand")
    if span is None:
        return None
    sentence = span.sent
    spans, boundaries = lists.of(sentence)
    position = next((k for k, s in enumerate(spans) if s.start == span.start), None)
    if position is None:
        return None
    first = position
    while first > 0 and boundaries[first - 1] is not None:
        first -= 1
    last = position
    while last < len(boundaries) and boundaries[last] is not None:
        last += 1
    if first == last:
        return None
    start = spans[first].start
    while start > sentence.start and not is_verb(doc[start - 1]) and doc[start - 1].text != ":":
        start -= 1
    end = spans[last].end
    while end < sentence.end and not is_list_separator(doc[end]) and not is_verb(doc[end]):
        end += 1
    items = []
    for k in range(first, last + 1):
        item_start = start if k == first else boundaries[k - 1] + 1
        item_end = end if k == last else boundaries[k]
        items.append((item_start, item_end))
    return items


def other_list_items(doc: Doc, lists: SentenceDateLists, date: DateRecord) -> set[int]:
    """The words of the other items of the dated list `date` is in (see `dated_list_items`): each item's
    happening takes its own actors, not those of the items dated otherwise ("four doctors were murdered:
    A (1993), B (1994)": B is not murdered in 1993). Where the first item is nothing but its date ("the
    United Kingdom followed in 1955; Italy in 1964"), the later items stand for the verb's subject, which is
    then the first item's alone."""
    items = dated_list_items(doc, lists, date)
    if not items:
        return set()
    span = doc.char_span(date.start, date.end, alignment_mode="expand")
    own = next(k for k, (start, end) in enumerate(items) if start <= span.start < end)
    excluded = {i for k, (start, end) in enumerate(items) if k != own for i in range(start, end)}
    first_start, _ = items[0]
    verb = doc[first_start - 1] if first_start > span.sent.start else None
    if own > 0 and verb is not None and is_verb(verb) and not any(
            t.pos_ in NOUN_POS and t.ent_type_ != "DATE" for t in doc[items[0][0]:items[0][1]]):
        listed = {i for start, end in items for i in range(start, end)}  # the parser may hang the items on the subject
        excluded.update(t.i for c in verb.children if c.dep_ in SUBJECTS for t in c.subtree if t.i not in listed)
    return excluded


def to_record(view: DocView, candidate: Candidate, lex: TriggerLexicon, others: set[int] = frozenset()) -> EventRecord:
    trigger = candidate.trigger
    collector = PartyCollector(view, lex, candidate.date.value, trigger)
    heads = [trigger, *candidate.argument_heads]
    if candidate.end_token is not trigger and is_verb(candidate.end_token):
        heads.append(candidate.end_token)
    subjectless = is_verb(trigger) and not any(c.dep_ in SUBJECTS for h in heads for c in h.children)
    fronted = fronted_subject(trigger) if subjectless else []
    subject_indices = frozenset(t.i for t in fronted)
    collector.fronted = subject_indices
    collector.kind = candidate.kind
    location, place_indices = None, set()
    for head in heads:
        location, place_indices = collector.place(head, subject_indices)
        if location:
            break
    tokens: list[Token] = []
    for head in heads:
        tokens.extend(argument_tokens(head, lex, candidate.kind))
    verb = governing_verb(candidate, lex)
    if verb is not None:  # "defeated the rebels at the Battle of X": the verb's actors are the battle's
        inside = {t.i for t in trigger.subtree}
        tokens.extend(t for t in argument_tokens(verb, lex) if t.i not in inside)
        if not any(c.dep_ in SUBJECTS for c in verb.children):
            tokens.extend(inherited_subject(verb))
    tokens.extend(relative_antecedent(trigger))
    tokens.extend(candidate.clause_arguments)
    if fronted:
        tokens.extend(fronted)
    elif subjectless:
        source = candidate.subject_from
        if source is not None:
            tokens.extend(t for c in source.children if c.dep_ in SUBJECTS for t in subtree_without_clauses(c))
        else:
            for head in heads:
                tokens.extend(inherited_subject(head))
    if candidate.elided_verb is not None:
        # a list item under an elided verb: the item itself and the verb's subject, not the verb's first item
        # ("Agassi was sponsored by DuPont in 1993, Mazda in 1997": Agassi and Mazda)
        verb = candidate.elided_verb
        date_start = view.doc.char_span(candidate.date.start, candidate.date.end, alignment_mode="expand").start
        tokens = [t for t in view.doc[trigger.i:max(date_start, candidate.end_token.i + 1)]
                  if not (t.pos_ == "ADP" or t.is_punct)]  # the item with its conjuncts ("A and B in 2004")
        tokens.extend(t for c in verb.children if c.dep_ in SUBJECTS for t in subtree_without_clauses(c))
        heads = []
    tokens = [t for t in tokens if t.i not in others]
    parties = collector.parties_in(tokens, place_indices | {h.i for h in heads} | signed_thing(heads, view, lex)
                                   | journey_places(heads, view, candidate.kind)
                                   | document_name_places(trigger.sent, view, lex))
    if trigger.pos_ in NOUN_POS:
        parties.extend(name_parties(trigger, candidate.date.value))
    parties.extend(own_actor_parties(candidate, view))
    parties.extend(war_parties(candidate, view))
    parties.extend(founded_body(candidate, view, collector))
    parties = without_things(parties, view)
    if not parties:
        parties = fallback_parties(candidate, collector, lex)
    if not parties:
        parties = (article_subject_parties(candidate, view) or article_person_parties(candidate, view)
                   or article_maker_parties(candidate, view, collector) or article_war_parties(candidate, view))
    else:
        parties.extend(partner_only_parties(candidate, view, collector, parties))
    if not parties and candidate.kind == "conflict" and location and names_a_state(location, candidate.date.value):
        parties = resolve_parties(location, candidate.date.value)  # "a civil war broke out in Angola": the state's own
    parties = without_things(respective_parties(candidate, parties, collector), view)
    kind = candidate.kind
    if kind == "meeting" and is_verb(trigger) and view.actors.person is not None and private_meeting(
            trigger, parties, persons_among(parties, view), lex):
        kind = "other"  # a biography's "he visited Japan in 1922": a private person's trip (set decisions)
        places = places_gone_to(trigger, lex)
        parties = [p for p in parties if p not in places]  # where the trip went, not who took part (as a journey's)
    if kind in ("other", "withdrawal", "meeting") and is_verb(trigger) and view.actors.person is not None and moves_home(
            trigger, persons_among(parties, view), parties, lex):
        kind = "migration"  # a biography's "Huxley moved to Hollywood in 1937": a move of residence (set decisions)
    start = trigger.idx
    end = candidate.end_token.idx + len(candidate.end_token.text)
    date = candidate.date
    return EventRecord(
        event_id=0, start=start, end=end, trigger=view.text[start:end], lemma=candidate.lemma,
        type=kind, date_id=date.date_id, date=date.value, date_from=date.date_from,
        date_to=date.date_to, participants=sorted(set(parties)), location=location,
    )


def without_things(parties: list[str], view: DocView) -> list[str]:
    """Parties less the names of works and things (v1.1: actors only; ships are no participants): a prize, a
    ceremony, a concert, a gospel, a statue, a ship named where an actor stands ("the Goya Award went to",
    "the 53rd Academy Awards presented"); not a person of the document, named by two or three words, whose
    surname is such a noun ("Bryan Ferry"), while the model's persons of one word ("Oscar") or four
    ("the George Weiss Memorial Concert") are the things they look like."""
    persons = view.full_person_names
    parties = [party for name in parties for party in ship_navy(name)]
    return [p for p in parties if p in persons or kind_of(p) == "state" or not names_a_thing(p)]


def ship_navy(name: str) -> list[str]:
    """A name as a participant, but a ship's (ships are no participants, set conventions): a warship named by
    its navy's prefix is that navy's state ("HMNZS Achilles served at Guadalcanal" NZL, "the USS Maine"
    USA: `navy_ship_prefixes`), a merchant or mail ship ("RMS Titanic": `ship_prefixes`) nothing."""
    words = name.removeprefix("the ").split()
    if len(words) < 2:
        return [name]
    navy = navy_state(words[0])
    if navy:
        return [navy]
    return [] if words[0] in load_actor_lexicon().ship_prefixes else [name]
