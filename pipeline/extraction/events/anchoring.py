"""Anchoring: which trigger a date dates. The verb or event noun the date attaches to in the parse ("signed
a treaty in 1998", "the 1968 crisis"), spread to conjoined verbs, to clauses at the same time ("when
...", "as ...") and from an "after" clause to its main clause; not a period of validity ("an agreement
for 1997-1998") or a state that lasted ("until 1946")."""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from ..dates import DateRecord, person_before_bracket
from ..wordclasses import names_a_work, names_an_act, noun_event_type
from .grammar import NOUN_POS, SUBJECTS, is_to_infinitive, is_event_noun, is_verb, mark_of, noun_key
from .lexicon import TriggerLexicon
from .records import Candidate
from .triggers import is_linking, misread_candidate, noun_candidate, staged_by_participle, stages_an_act, verb_candidate


@dataclass
class Anchor:
    token: Token  # the verb or event noun the date attaches to
    conjunct: Token | None  # a conjoined noun on the way up ("to Prime Minister ... and then President in March")
    via: str = ""  # the relation of the path's last step ("prep" for "a treaty in 1998", "appos", "compound")


def anchor_of(span: Span, lex: TriggerLexicon) -> Anchor | None:
    """The verb or event noun a date attaches to, climbing the parse from the date's root."""
    token = span.root
    conjunct = None
    act = None  # the first noun on the way up that names an act: the event of a verbless caption
    while token.head != token:  # spaCy Tokens are new objects on each access: compare, never "is"
        parent = token.head
        if parent.i >= span.start and parent.i < span.end:
            token = parent
            continue
        if parent.pos_ == "ADP" and token in span and (
                parent.lower_ in lex.not_time_prepositions or parent.lower_ in lex.continuing_prepositions):
            # "an agreement for 1997-1998" is a period of validity; "until 1946", "since 1999" a state that lasted
            act = negated_until(parent, lex)
            return Anchor(act, conjunct, "until") if act is not None else None
        if token.pos_ == "NOUN" and token.dep_ == "pobj" and token not in span and (
                parent.lower_ in lex.sequence_prepositions and (names_happening(token, lex) or phase_of_happening(token, lex))):
            # "after the departure of the governor in 1850", "since the end of the war in 2002": the date is the
            # departure's, the end's, not the main clause's
            return Anchor(token, conjunct, "sequence")
        if conjunct is None and token.pos_ in NOUN_POS and token not in span and (
                token.dep_ == "conj" or (token.dep_ == "appos" and parent.pos_ in NOUN_POS)
                or (token.dep_ == "dobj" and is_verb(parent))):
            # the nearest one: in a list "A (1993), B (1994), C (1998)" C is a conjunct of B, and the
            # parser often hangs B on A as an apposition, or a second object on the verb ("studied X in
            # 1901, Y from 1903 to 1908")
            conjunct = token
        if is_event_noun(parent, lex) or (token.i < parent.i and dated_act(parent, token)):
            phase = sequence_phase(parent, lex) if token.dep_ == "prep" else None
            if phase is not None:
                # "before the end of his exile in 1961": the date after the exile is its end's
                return Anchor(phase, conjunct, "sequence")
            return Anchor(parent, conjunct, token.dep_)
        if parent.pos_ in NOUN_POS and noun_key(parent) in lex.figure_nouns:
            return None  # "the increase in 2003" is a figure
        if act is None and parent.pos_ == "NOUN" and token.dep_ in ("prep", "appos", "npadvmod") and names_happening(parent, lex):
            act = parent
        if is_verb(parent):
            if parent.lemma_.lower() in lex.transparent_verbs and parent.tag_ == "VBG" and parent.dep_ != "ROOT":
                token = parent  # "beginning in the 1910s", "starting in April 2000" only introduce the date
                continue
            return Anchor(parent, conjunct)
        token = parent
    if act is not None and token.pos_ in NOUN_POS and token.dep_ == "ROOT":
        # a sentence with no verb, a caption: "Lincoln's second inaugural address in 1865 at the Capitol"
        return Anchor(act, conjunct, "caption")
    clause = contact_clause(token) if token.dep_ == "ROOT" and token.pos_ in NOUN_POS else None
    if clause is not None:
        # "In 1938 the physicist Karl Weber emigrated to Canada" read as "the physicist [whom] Weber emigrated":
        # the sentence's only finite verb is its main clause, dated by the fronted date
        return Anchor(clause, conjunct)
    if token.dep_ == "ROOT" and not any(is_verb(t) for t in span.sent):
        # a caption with no verb whose date hangs elsewhere names the happening its event noun names:
        # "Militia troops in the Battle of Kettle Creek, 1779", "The 1998 Fijian coup d'état"
        nouns = [t for t in span.sent if not (span.start <= t.i < span.end) and is_event_noun(t, lex)]
        if nouns:
            return Anchor(min(nouns, key=lambda t: min(abs(t.i - span.start), abs(t.i - span.end))), None, "caption")
    return None


# every word that opens a relative clause ("which", "who", "whose", "where"); types.py's RELATIVE_TAGS are only
# the relative pronouns that can stand as a clause's subject
RELATIVE_WORD_TAGS = {"WDT", "WP", "WP$", "WRB"}


def contact_clause(root: Token) -> Token | None:
    """The finite verb of a relative clause with its own subject and no relative word under a noun that roots
    the sentence: the model's reading of a main clause after a title noun ("the engineer Tom Hale moved") as a
    noun phrase with a contact clause. A sentence rooted in a noun has no other main verb to carry its date."""
    clauses = [c for c in root.children if c.dep_ == "relcl" and is_verb(c) and c.tag_ in ("VBD", "VBZ", "VBP")
               and any(s.dep_ in SUBJECTS for s in c.children)
               and not any(t.tag_ in RELATIVE_WORD_TAGS or t.lower_ == "that" for t in c.subtree if t.i < c.i)]
    return clauses[0] if len(clauses) == 1 else None


def negated_until(prep: Token, lex: TriggerLexicon) -> Token | None:
    """The act an "until" date on a negated clause dates: "did not begin admitting women until 1921", "was never
    reopened until 1950", "no census was taken until 1881" happened then (set conventions: "not ... until X" names
    the time the act happens); the cleft "it was not until 1817 that the chemist detected it" dates its "that"
    clause. None for a span a positive clause ends ("held the city until 1865")."""
    if prep.lower_ not in lex.ending_prepositions:
        return None
    head = prep.head
    clause = head
    while not is_verb(clause) and clause.head != clause:
        clause = clause.head  # "no announcement about the plan until May": the clause of the noun
    if not is_verb(clause):
        return None
    if fronted_negation(prep):
        # "Not until 1990 did the party win", "Not until 1911 was the bridge completed": the inverted clause
        # happened then; the parser hangs the fronted "not" on the preposition or on the auxiliary after it
        return inverted_participle(clause) or clause
    if not negated(clause, lex):
        return None
    if clause.lemma_ == "be" and any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in clause.children):
        that = next((c for c in clause.children if c.dep_ == "ccomp" and is_verb(c) and c.i > prep.i), None)
        return that
    while head.dep_ == "conj" and is_verb(head.head) and any(
            t.dep_ == "cc" and t.lower_ in lex.alternative_conjunctions for t in head.doc[head.head.i:head.i]):
        head = head.head  # "was not confirmed or refuted until": the first of the alternatives
    return head


def fronted_negation(prep: Token) -> bool:
    """Whether an "until" phrase opens its sentence with a "not" ("Not until 1990 did ...")."""
    return prep.i > prep.sent.start and prep.i - 1 == prep.sent.start and prep.doc[prep.i - 1].lower_ == "not"


def inverted_participle(clause: Token) -> Token | None:
    """The participle of an inverted passive the parser reads as a copula with a noun: "Not until 1911 was the
    bridge completed" (was, bridge, completed as the bridge's modifier or complement): the participle is the
    clause's verb."""
    if clause.lemma_ != "be":
        return None
    participles = [c for c in clause.children if c.dep_ == "ccomp" and c.tag_ == "VBN"]
    participles += [acl for c in clause.children if c.dep_ in ("attr", "nsubj") and c.i > clause.i
                    for acl in c.children if acl.dep_ == "acl" and acl.tag_ == "VBN"]
    return participles[0] if participles else None


def negated(verb: Token, lex: TriggerLexicon) -> bool:
    """Whether the verb, or a verb it completes or is joined to, is negated: "did not begin opposing it",
    "was not confirmed or refuted", "no leaders had proposed"."""
    token = verb
    while True:
        if negates(token, lex):
            return True
        if token.dep_ not in ("xcomp", "conj") or not is_verb(token.head) or token.head == token:
            return False
        if token.dep_ == "conj" and not any(t.dep_ == "cc" and t.lower_ in lex.alternative_conjunctions
                                            for t in token.doc[token.head.i:token.i]):
            return False  # "did not sign it but ratified it in 1990": the second act is its own
        token = token.head


def negates(verb: Token, lex: TriggerLexicon) -> bool:
    """A negation on the verb ("not", "never", "n't") or a negating determiner on its subject ("no census");
    not "not only" ("not only signed but also ratified")."""
    doc = verb.doc
    auxiliaries = [c.i for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return any((c.dep_ == "neg" and verbal_negation(c, verb, auxiliaries) and not (
        c.i + 1 < len(doc) and doc[c.i + 1].lower_ in lex.focus_adverbs)) or (
        c.dep_ in SUBJECTS and any(d.dep_ == "det" and d.lower_ in lex.negating_determiners for d in c.children))
        for c in verb.children)


def verbal_negation(neg: Token, verb: Token, auxiliaries: list[int]) -> bool:
    """A negation of the clause: after an auxiliary ("did not sign", "was never ratified", "hadn't met"), on a
    copula ("was not"), or "never" before the verb ("never met"); not a "not" the parser hung on the verb from a
    phrase of its own ("Russia, not Japan, signed it")."""
    if any(i < neg.i for i in auxiliaries) or (verb.lemma_ == "be" and neg.i > verb.i):
        return True
    return neg.lower_ == "never" and neg.i < verb.i


def names_happening(noun: Token, lex: TriggerLexicon) -> bool:
    """A common noun WordNet makes an act or a happening ("tour", "discovery", "flood"), or a speech ("address")."""
    key = noun_key(noun)
    return names_an_act(key) or noun_event_type(key) in HAPPENING_TYPES or key in lex.speech_nouns


def phase_of_happening(noun: Token, lex: TriggerLexicon) -> bool:
    """The start or end of a happening its "of" object names ("the end of the civil war", "the start of his
    exile"): a happening itself, as the act it starts or ends is one."""
    return noun_key(noun) in lex.phase_nouns and any(
        names_happening(pobj, lex) or is_event_noun(pobj, lex)
        for child in noun.children if child.dep_ == "prep" and child.lower_ == "of"
        for pobj in child.children if pobj.dep_ == "pobj" and pobj.pos_ in NOUN_POS)


def sequence_phase(noun: Token, lex: TriggerLexicon) -> Token | None:
    """The start or end whose "of" object the noun is, when a sequence preposition governs it ("after the end
    of his exile")."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "of":
        return None
    phase = noun.head.head
    if phase.pos_ == "NOUN" and phase.dep_ == "pobj" and noun_key(phase) in lex.phase_nouns and (
            phase.head.lower_ in lex.sequence_prepositions):
        return phase
    return None


PREMODIFIERS = {"compound", "nummod", "amod", "poss", "npadvmod", "nmod"}
HAPPENING_TYPES = {"conflict", "meeting", "leadership", "life", "other"}  # WordNet noun classes of happenings


def dated_act(noun: Token, modifier: Token) -> bool:
    """A common noun a date modifies before it that names an act or a happening in WordNet ("the 1968
    discovery", "the 1300 census", "her 1990 appointment", "the 1927 flood"): the noun is the event; not
    a thing ("the 1990 railway", "the 2010 constitution"), and not what a verb acts on ("valued the 1963
    purchases at", "the 2002 standard was issued": the verb says what happened, if anything)."""
    if noun.pos_ != "NOUN" or modifier.dep_ not in PREMODIFIERS or noun.dep_ in ("dobj", "nsubjpass"):
        return False
    return names_an_act(noun_key(noun)) or noun_event_type(noun_key(noun)) in HAPPENING_TYPES


def lift_to_verb(noun: Token, lex: TriggerLexicon) -> Token:
    """A typed event noun that is the object of a lexicon verb is that verb's argument ("signed a treaty")."""
    head = noun.head
    if noun.dep_ in ("dobj", "nsubjpass") and is_verb(head) and not is_linking(head, lex):
        lemma = head.lemma_.lower()
        if lemma in lex.verbs or lemma in lex.light_verbs:
            return head
    return noun


def date_token_indices(doc: Doc, dates: list[DateRecord]) -> set[int]:
    indices: set[int] = set()
    for date in dates:
        span = doc.char_span(date.start, date.end, alignment_mode="expand")
        if span is not None:
            indices.update(range(span.start, span.end))
    return indices


OWN_ARGUMENTS = {"dobj", "attr", "oprd", "prep", "agent", "dative", "xcomp", "ccomp", "prt", "acomp"}


def parts_of_one_act(verb: Token, conj: Token) -> bool:
    """Two passive participles joined by a bare "and" right after one another, the first with no argument of its
    own after it and the second with no subject of its own: steps of one act done to one party ("was arrested
    and charged with treason", "was tried and convicted", "were captured and imprisoned"), not separate acts
    with objects of their own ("dropped the old name and adopted a constitution") (v1.1: "arrested and
    charged": one)."""
    first, second = sorted((verb, conj), key=lambda t: t.i)
    between = first.doc[first.i + 1:second.i]
    if len(between) != 1 or between[0].lower_ != "and" or not first.tag_ == second.tag_ == "VBN":
        return False
    if not any(c.dep_ == "auxpass" for c in first.children):
        return False
    return not any(c.dep_ in OWN_ARGUMENTS and c.i > first.i for c in first.children) and not any(
        c.dep_ in SUBJECTS for c in second.children)


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
        if parts_of_one_act(verb, conj):
            continue  # "was arrested and charged" (v1.1: one event when they are parts of one act)
        if after_clause is not None:
            shared.append((conj, after_clause))
        elif two_clauses and conj.i < verb.i and date_span.start > verb.i:
            continue  # "A vote produced X, and China recognised Y on 5 January": the date is the second clause's
        elif not (low < date_span.start < high):
            shared.append((conj, None))
        elif conj.i > verb.i and verb.lemma_.lower() in lex.visit_verbs and not two_clauses:
            shared.append((conj, None))
    shared.extend((child, None) for child in participle_acts(verb))
    head = verb.head
    if verb.dep_ == "advcl" and is_verb(head) and mark_of(verb) in lex.simultaneous_marks | lex.subsequent_marks:
        shared.append((head, None))
    if verb.dep_ == "pcomp" and head.lower_ in lex.subsequent_marks and is_verb(head.head):
        shared.append((head.head, None))
    if verb.dep_ == "ccomp" and is_verb(head) and date_span.end <= verb.i < head.i and any(
            t.text == ";" for t in verb.doc[verb.i:head.i]):
        # "In 1990 the island seceded; it became a country": the parser makes the first main clause a complement
        # of the second; a fronted date dates every main clause of the episode (v1.1)
        shared.append((head, None))
    main = staging_main_verb(verb, lex)
    if main is not None:
        shared.append((main, None))
    return shared


def staging_main_verb(verb: Token, lex: TriggerLexicon) -> Token | None:
    """The main verb of a clause whose subject or setting is a gathering dated by a participle: "The 74th
    Awards, held in 2002, presented the first award", "At the 29th ceremony, held on March 27, 1957, the
    category was introduced": what was done there happened then."""
    if staged_by_participle(verb) is None or not stages_an_act(verb, lex):
        return None
    head = verb.head
    if verb.dep_ == "advcl" and is_verb(head):
        return head
    if verb.dep_ == "acl" and head.dep_ in SUBJECTS and is_verb(head.head) and head.head.i > verb.i:
        return head.head
    return None


def participle_acts(verb: Token) -> list[Token]:
    """Participle clauses after the verb that tell a further act of the same episode ("visited Angola in June
    2006, offering a loan", "landed 12,000 men, quickly taking control of the city"); `candidates_for` keeps
    only those the lexicon or WordNet types (not "televising the festivities", "embracing democracy")."""
    return [child for child in verb.children if child.dep_ == "advcl" and child.tag_ == "VBG" and child.i > verb.i
            and not subordinated(child) and any(c.dep_ == "dobj" for c in child.children)]


def subordinated(verb: Token) -> bool:
    """A clause opened by a subordinating word ("while sitting", "when visiting"); an adverb of manner or
    time ("quickly taking control", "then capturing") leaves a participle clause the episode's next act."""
    return any(c.dep_ == "mark" or (c.dep_ == "advmod" and c.tag_ == "WRB") for c in verb.children if c.i < verb.i)


def during_verb(noun: Token) -> Token | None:
    """The verb of a clause set "during" a dated event noun: "During Xi Jinping's state visit in
    August 2014 the two governments upgraded relations" happens at the visit's date."""
    prep = noun.head
    if noun.dep_ == "pobj" and prep.lower_ == "during" and is_verb(prep.head):
        return prep.head
    return None


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
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head == anchor and phase_of_happening(anchor, lex):
        return None  # "since the end of the civil war in 2002": the war's end is the one happening
    if lift_to_verb(noun, lex) is not noun and not in_parentheses(span):
        return None
    attached_to = span.root.head.head if span.root.head.pos_ == "ADP" else span.root.head
    if is_verb(attached_to) and not in_parentheses(span):
        return None  # the parser tied the date to a verb: that verb is the happening
    return noun


def gathering_setting(noun: Token, lex: TriggerLexicon) -> Token | None:
    """The verb of a clause set "at" a dated gathering ("At a convention in 1990, the governments
    postponed ..."): the gathering only says where and when the act was done."""
    prep = noun.head
    if noun.dep_ == "pobj" and prep.lower_ == "at" and is_verb(prep.head) and prep.i < prep.head.i and (
            noun_candidate(noun, None, lex).kind == "meeting"):  # an event noun of the lexicon or WordNet
        return prep.head
    return None


def granting_verb(verb: Token) -> Token | None:
    """The verb that grants, gains or passes a right or a law whose content is an infinitive the date hangs on
    ("women gained the right to vote in 1970", "passed a law to ban smoking in 1990"): the right or law
    (WordNet's policy class) is what happened then, not the voting."""
    noun = verb.head
    if verb.dep_ != "acl" or not is_to_infinitive(verb):
        return None
    if noun.pos_ != "NOUN" or noun_event_type(noun_key(noun)) != "policy":
        return None
    if noun.dep_ in ("dobj", "nsubjpass") and is_verb(noun.head):
        return noun.head
    return None


def over_span(span: Span, lex: TriggerLexicon) -> bool:
    """A date introduced by a preposition of a stretch of time ("throughout the 1960s", "throughout the 1960s and
    1970s"): what went on over it."""
    token = span.root
    while token.dep_ == "conj" and token.head.i < token.i:
        token = token.head
    head = token.head
    return head.pos_ == "ADP" and head.i < span.start and head.lower_ in lex.span_prepositions


def in_parentheses(span: Span) -> bool:
    doc = span.doc
    return span.start > 0 and doc[span.start - 1].text == "(" and span.end < len(doc) and doc[span.end].text == ")"


def when_clauses(span: Span, lex: TriggerLexicon) -> list[Token]:
    """"in July 2000 when a declaration was signed": a clause on the date itself happens then."""
    return [child for token in span for child in token.children
            if child.dep_ in ("relcl", "acl", "advcl") and is_verb(child) and child.i >= span.end
            and mark_of(child) in lex.simultaneous_marks]


def qualified_person(span: Span) -> Token | None:
    """The subject a bracketed date right after a person's name in it qualifies: "Ann Lowe (1987) argued",
    "Carter and Hughes (1971) indicate" (author-date citations), "Tom Ward (1841–1903) built" (a life span).
    The date says who is meant, not when the clause's act happened; a state's year ("Iceland (1935) and
    Sweden (1938) were the first to") is no person's, and a name in another role ("directed her in Heidi
    (1937)") qualifies no subject."""
    name = person_before_bracket(span.doc, span.start)
    if name is None or name.pos_ != "PROPN":
        return None
    while name.dep_ in ("compound", "flat") and name.head.i > name.i:
        name = name.head
    while name.dep_ in ("conj", "appos") and name.head.pos_ in NOUN_POS:
        name = name.head  # "Carter and Hughes (1971) indicate": the conjoined subject
    return name if name.dep_ in SUBJECTS else None


NOT_CITED_LABELS = {"GPE", "LOC", "NORP", "FAC", "EVENT", "LAW", "DATE"}


def cited_name(span: Span, lex: TriggerLexicon) -> Token | None:
    """The actor of the clause a bracketed year right after a proper name qualifies, whatever the model took
    the name for: "Okafor (2011) suggested", "Dawson and Pike (2003) describe", "was refined by Hartley (1987)"
    (author-date citations), "Green Doors (1921) won a prize" (a work's title year). The year says which
    author or work is meant, not when the clause's act happened (set conventions: author-date years, title
    years with no verb of making). Not a place or a people ("Iceland (1935) and Sweden (1938) were the first
    to"), a happening's name ("the Crimean War (1853-1856) broke out"), nor a name in another role."""
    doc = span.doc
    if not in_parentheses(span) or span.start < 2:
        return None
    name = doc[span.start - 2]
    if name.pos_ != "PROPN" or name.ent_type_ in NOT_CITED_LABELS:
        return None
    while name.dep_ in ("compound", "flat") and name.head.i > name.i:
        name = name.head
    if any(is_event_noun(t, lex) or t.ent_type_ in NOT_CITED_LABELS for t in doc[name.left_edge.i:name.i + 1]):
        return None
    while name.dep_ in ("conj", "appos") and name.head.pos_ in NOUN_POS:
        name = name.head  # "Dawson and Pike (2003) describe": the conjoined subject
    if name.dep_ in SUBJECTS or (name.dep_ == "pobj" and name.head.dep_ == "agent"):
        return name
    return None


WORK_PREMODIFIERS = {"compound", "nummod", "amod", "npadvmod", "nmod"}


def titled_work(span: Span, lex: TriggerLexicon) -> Token | None:
    """The work a title year names: a year before a noun of a work ("his 1962 film", "the 1998 novel The
    Tide"), or in brackets right after a title in italics ("''Green Doors'' (1921)"); climbed to the first
    item of a list of titles ("directed ''A'' (1962), ''B'' (1966)")."""
    doc = span.doc
    root = span.root
    work = None
    if root.dep_ in WORK_PREMODIFIERS and root.head.i >= span.end and root.head.pos_ == "NOUN" and names_a_work(
            noun_key(root.head)) and noun_event_type(noun_key(root.head)) is None and not is_event_noun(root.head, lex):
        # ... not a document whose year is its adoption ("the 1976 constitution declared", "the 1783 treaty")
        work = root.head
    elif in_parentheses(span) and span.start >= 2:
        clean = doc._.clean
        name = doc[span.start - 2]
        if clean is not None and name.pos_ in NOUN_POS and clean.in_italics(name.idx, name.idx + len(name.text)):
            work = name
            while work.dep_ in ("compound", "flat") and work.head.i > work.i:
                work = work.head
    if work is None:
        return None
    while work.dep_ in ("conj", "appos") and work.head.pos_ in NOUN_POS and work.head.i < work.i:
        work = work.head
    return work


def done_by_the_work(candidate: Candidate, work: Token) -> bool:
    """Whether the candidate's verb says what the work a title year names did or was: the work is its active
    subject ("his 1962 film won a prize", "''Guernica'' (1937) used cubist techniques", "the 1998 novel
    describes"). The title year dates the work, not that (set conventions: a title year makes an event with a
    verb of making, not with "provides" or "was his fifth novel"); what a person did in or to the work ("in his
    1938 book he described", "directed ''Heidi'' (1937)") keeps the year."""
    target = work
    if target.dep_ == "appos" and target.head.pos_ in NOUN_POS:
        target = target.head  # "his 1962 film, The Quiet Hill,"
    return is_verb(candidate.trigger) and target.dep_ == "nsubj" and target.head.i == candidate.trigger.i


def quotation_around(span: Span) -> tuple[int, int] | None:
    """The token range of the quotation a date stands in, within its sentence: from the nearest opening quote
    before it (no closing one between) to the nearest closing quote after it (tagger's `` and '')."""
    sentence = span.sent
    opening = closing = None
    for token in reversed(sentence.doc[sentence.start:span.start]):
        if token.tag_ == "''":
            return None
        if token.tag_ == "``":
            opening = token.i
            break
    for token in sentence.doc[span.end:sentence.end]:
        if token.tag_ == "``":
            return None
        if token.tag_ == "''":
            closing = token.i
            break
    return (opening, closing) if opening is not None and closing is not None else None


def deadline_of_a_goal(span: Span) -> bool:
    """A date introduced by "by": the time something is to be reached by, when a goal is named."""
    head = span.root.head
    return head.lower_ == "by" and head.i < span.start


def sets_a_goal(trigger: Token, lex: TriggerLexicon) -> bool:
    """A verb whose object names a goal ("stated its goal of", "set a target of", "announced the aim of"), or
    the act the goal names ("the aim of halving poverty")."""
    if any(a.pos_ == "NOUN" and noun_key(a) in lex.deadline_nouns for a in trigger.ancestors):
        return True
    return is_verb(trigger) and any(c.dep_ in ("dobj", "nsubjpass") and noun_key(c) in lex.deadline_nouns
                                    for c in trigger.children)


def candidates_for(date: DateRecord, span: Span, lex: TriggerLexicon,
                   date_tokens: set[int]) -> list[tuple[Candidate, Token | None]]:
    results = dated_candidates(date, span, lex, date_tokens)
    quoted = quotation_around(span)
    if quoted is not None:
        # "the note read 'VERSAILLES 1989'", 'the song "Summer of 1969"': a quoted date is part of the quoted
        # words and dates only a happening told inside the quotation, not the clause that quotes it
        results = [(c, conjunct) for c, conjunct in results if quoted[0] < c.trigger.i < quoted[1]]
    if deadline_of_a_goal(span):
        # "stated its goal of neutrality by 2022": the deadline of a planned happening, no date of the statement
        # nor of the happening planned
        results = [(c, conjunct) for c, conjunct in results if not sets_a_goal(c.trigger, lex)]
    taken = {candidate.trigger.i for candidate, _ in results}
    results += [(candidate, None) for candidate in death_in_relative_clause(date, span, lex, date_tokens)
                if candidate.trigger.i not in taken]
    subject = qualified_person(span) if results else None
    if subject is None:
        name = cited_name(span, lex) if results else None
        if name is not None and titled_work(span, lex) is not None:
            name = None  # a title in italics before the year: a work's title year, not an author's
        if name is None:
            work = titled_work(span, lex) if results else None
            if work is None:
                return results
            return [(candidate, conjunct) for candidate, conjunct in results if not done_by_the_work(candidate, work)]
        # An author's or a work's year dates a birth or a death, a happening named inside the name, and what
        # was done to the work ("Green Doors (1921) was published in London"), not the clause's act.
        # A single year keeps a past act of its scholar ("Leo Reinisch (1909) proposed", dev conventions); a
        # present-tense verb describes the work ("Jevons (1880) describes"), and a span is a life or a term.
        return [(candidate, conjunct) for candidate, conjunct in results if candidate.kind == "life" or (
            name.dep_ == "nsubjpass" and candidate.trigger.i == name.head.i) or (
            "/" not in date.value and not describes_in_the_present(candidate.trigger))]
    # A person's year or span dates only his birth or death ("Tom Ward (1841–1903), who died in poverty"),
    # not what he did or wrote (set conventions: author-date years, life spans) ...
    return [(candidate, conjunct) for candidate, conjunct in results
            if candidate.kind == "life" or scholars_past_act(candidate.trigger, subject, date)]


def death_in_relative_clause(date: DateRecord, span: Span, lex: TriggerLexicon, date_tokens: set[int]) -> list[Candidate]:
    """A life span in brackets after a name dates the birth or death its relative clause tells: "his brother,
    Noel Huxley (1891–1914), who committed suicide", "Ann Bell (1870–1931), who was killed in a crash" (set
    conventions: a life span dates a birth or death where the sentence has a trigger for it and no other date)."""
    doc = span.doc
    if "/" not in date.value or not in_parentheses(span) or span.start < 2 or any(
            d in date_tokens for d in range(span.sent.start, span.sent.end) if not span.start <= d < span.end):
        return []
    name = doc[span.start - 2]
    if name.pos_ != "PROPN":
        return []
    while name.dep_ in ("compound", "flat") and name.head.i > name.i:
        name = name.head
    holders = [name, name.head] if name.dep_ == "appos" else [name]  # "his brother, Noel Huxley (...), who"
    candidates = []
    for holder in holders:
        for clause in holder.children:
            if clause.dep_ == "relcl" and is_verb(clause) and clause.i >= span.end:
                candidate = verb_candidate(clause, date, lex, date_tokens)
                if candidate is not None and candidate.kind == "life":
                    candidates.append(candidate)
    return candidates


def describes_in_the_present(verb: Token) -> bool:
    """A verb in the simple present, also a coordinated one the tagger reads as a bare form ("Ito and Lee
    (2011) discuss the idea and note that ...": "note" shares the tense of "discuss")."""
    if verb.tag_ in ("VBZ", "VBP"):
        return True
    return verb.tag_ == "VB" and verb.dep_ == "conj" and verb.head.tag_ in ("VBZ", "VBP") and not any(
        c.dep_ in ("aux", "auxpass") for c in verb.children)


def scholars_past_act(trigger: Token, subject: Token, date: DateRecord) -> bool:
    """... but an author-date year (one year, not a life span) dates the act its scholar did in the past tense
    in that work: "Leo Varga (1911) proposed joining them", "Olsen (1932) renamed the genus and moved three
    species" (dev conventions: events of scholarship); the simple present describes the work ("Carter (1971)
    indicates"), no act then."""
    if "/" in date.value or trigger.tag_ != "VBD":
        return False
    verb = subject.head
    return trigger.i == verb.i or (verb.tag_ == "VBD" and trigger in verb.conjuncts and not any(
        c.dep_ in SUBJECTS for c in trigger.children))  # not "..., but his idea found little support"


def dated_candidates(date: DateRecord, span: Span, lex: TriggerLexicon,
                     date_tokens: set[int]) -> list[tuple[Candidate, Token | None]]:
    misread = misread_candidate(span, date, lex, date_tokens)
    if misread is not None:  # "In 1871 Germany annexed Alsace" read as one noun phrase: the clause's verb
        return [(misread, None)]
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
    setting = gathering_setting(token, lex) if token.pos_ in NOUN_POS else None
    if setting is not None:
        # "At the conference in The Hague in 1981, independence was set for 1991": the act done there
        token = setting
        results = [r for r in results if r[0].trigger.i != anchor.token.i]
    if token.pos_ in NOUN_POS:
        # Only a date in a prepositional phrase may belong to the verb ("signed a treaty in 1998");
        # "the 1968 crisis" and "the Crimean War (1853-1856)" date the noun.
        lifted = lift_to_verb(token, lex) if anchor.via == "prep" else token
        if lifted is token:
            results.append((noun_candidate(token, date, lex), anchor.conjunct))
            main = during_verb(token)
            if main is not None:
                for verb, subject_from in [(main, None), *spread(main, span, lex)]:
                    candidate = verb_candidate(verb, date, lex, date_tokens, subject_from)
                    if candidate is not None:
                        candidate.shared = True
                        results.append((candidate, None))
            return results
        token = lifted
    token = granting_verb(token) or token
    # A participle modifying an event noun: the noun is the trigger ("the relocation forced by Stalin in 1937").
    if token.dep_ == "acl" and token.tag_ == "VBN" and is_event_noun(token.head, lex):
        return results + [(noun_candidate(token.head, date, lex, acl=token), anchor.conjunct)]
    over_a_span = over_span(span, lex)
    if anchor.via == "until":
        # "not ... until X" dates the negated act and the acts joined to it after it ("it was not until 1787 that
        # he saw the lake and said ..."), not a state before it ("had been divided ..., and did not begin ...
        # until"), an alternative ("not confirmed or refuted until": one happening) or a clause of its own time
        verbs = [(token, None), *((c, None) for c in token.conjuncts if is_verb(c) and c.i > token.i and not any(
            t.dep_ == "cc" and t.lower_ in lex.alternative_conjunctions for t in token.doc[token.i:c.i])),
            *((clause, None) for clause in when_clauses(span, lex))]  # "until 1995, when the courts upheld it"
    else:
        verbs = [(token, None), *spread(token, span, lex), *((clause, None) for clause in when_clauses(span, lex))]
    participles = {c.i: v.i for v, _ in verbs for c in participle_acts(v)}
    kinds: dict[int, str] = {}
    for verb, subject_from in verbs:
        candidate = verb_candidate(verb, date, lex, date_tokens, subject_from)
        if candidate is not None and verb.i in participles and candidate.kind == "other":
            continue  # a participle clause that names no typed act: "televising the festivities"
        if candidate is not None and kinds.get(participles.get(verb.i)) == "policy":
            continue  # it spells out what a measure does ("passed an act, giving growers a monopoly"): the measure
        if candidate is not None and over_a_span and candidate.kind == "other":
            continue  # "Throughout the 1960s she developed and promoted her philosophy": an activity went on
        if candidate is not None and anchor.via != "until" and negated(candidate.trigger, lex):
            continue  # "By March 1861 no leaders had proposed it", "was not ratified in 1990": nothing happened
        if candidate is not None:
            kinds[verb.i] = candidate.kind
            candidate.shared = verb is not token
            results.append((candidate, anchor.conjunct if verb is token else None))
    return results
