"""Items: what a figure counts or is about. A count's counted noun ("1,300 aircraft", "thousands of
refugees") or the noun of its count word ("the number of South Koreans"); the goods of a money or mass
figure ("tons of coal", "beef sales"; money only for a commodity of the lexicon)."""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc, Token

from ..numbers import COUNT, MONEY
from ..wordclasses import actor_noun_class, names_craft, names_hardware, verb_key
from .clauses import block_at
from .amounts import CharSpans
from .clauses import figure_root, fronted_pronoun_whole, is_dash, governing_verb, lemma_of, of_object, subject_of
from .lexicon import FigureLexicon, load_figure_lexicon
from .measure import is_partitive, nearest_cue, size_of_a_thing
from .parties import PARTY_LABELS
from .record import ProseFigure


PERSON = "person"


def _singular(token: Token) -> str:
    """Lower-case singular of a noun; proper-noun plurals ("Koreans") lose their s; plurals the
    lemmatizer keeps ("people") come from the item_nouns table."""
    lex = load_figure_lexicon()
    listed = lex.listed_singular(token.lower_)
    if listed is not None:
        return listed
    if token.pos_ == "PROPN":
        text = token.text.lower()
        if token.tag_ == "NNPS" or (token.ent_type_ == "NORP" and text.endswith("s")):
            text = text[:-1]
        return text
    lemma = lemma_of(token)
    return lex.item_nouns.get(lemma, lemma)


@lru_cache(maxsize=4)
def _designation_re(pattern: str) -> re.Pattern:
    return re.compile(pattern)


def is_designation(token: Token) -> bool:
    """'T-55', 'Mi-8', 'C-130', '2S1': a model designation (models/measure_lexicon.json)."""
    return not token.like_num and bool(_designation_re(load_figure_lexicon().model_designation).match(token.text))


DESIGNATED_PHRASE = 8  # tokens of the noun phrase after a designation ("self-propelled guns", "122 mm howitzers")


def _designated_noun(doc: Doc, designation: Token) -> Token | None:
    """The head noun of the phrase right after a designation: its last common noun before the phrase ends;
    across a list of designations, the noun after the last ('6 Mi-8 and 4 Mi-17 helicopters')."""
    noun = None
    index = designation.i + 1
    while index + 1 < len(doc) and doc[index].lower_ in (",", "and", "or", "/"):
        after = index + 1
        while after < len(doc) and doc[after].lower_ in ("and", "or"):
            after += 1
        if after < len(doc) and doc[after].like_num:
            after += 1
        if after < len(doc) and is_designation(doc[after]):
            index = after + 1
            continue
        break
    calibres = load_figure_lexicon().calibre_units
    for token in doc[index:min(index + DESIGNATED_PHRASE, len(doc))]:
        glued = token.i > 0 and not doc[token.i - 1].whitespace_
        if is_dash(token) and not token.whitespace_ and glued:
            continue  # "ground-attack", "self-propelled"
        participle = token.pos_ == "VERB" and (glued or token.tag_ in ("VBN", "VBG"))  # "towed", "self-propelled"
        if token.like_num and token.i + 1 < len(doc) and doc[token.i + 1].lower_ in calibres:
            continue  # "40 D-30 122 mm howitzers": the calibre of the model
        if token.pos_ not in ("ADJ", "NOUN", "PROPN") and not participle or token.is_punct:
            break
        if token.lower_ in calibres and token.i > 0 and doc[token.i - 1].like_num:
            continue
        if token.pos_ == "NOUN":
            noun = token
    return noun


def _names_kind_of_hardware(lemma: str) -> bool:
    return names_hardware(lemma) or names_craft(lemma)


def designation_class(doc: Doc, figure: ProseFigure, lex: FigureLexicon) -> str | None:
    """What a count followed by a bare model designation counts ('20 Su-27', '12 Mi-24'): the class noun its
    sentence gives such models, the nearest to the number ('combat aircraft included 20 Su-27' -> aircraft;
    'the helicopter fleet had 12 Mi-24' -> helicopter); in a section whose title names such a class
    ('Helicopters', 'Aircraft') and a sentence that names none, the designation itself ('mi-24'). Classes are
    WordNet weapons, military vehicles and craft (models/wordnet_event_classes.json hardware, craft). None
    when neither: the count is left without a counted noun."""
    designation = doc[figure.end] if figure.end < len(doc) else None
    if designation is None or not is_designation(designation):
        return None
    sent = doc[figure.start].sent
    candidates = [token for token in sent if token.pos_ == "NOUN" and not is_designation(token)
                  and (token.i < figure.start or token.i > figure.end) and _names_kind_of_hardware(lemma_of(token))]
    if candidates:
        nearest = min(candidates, key=lambda token: (token.i > figure.start, abs(token.i - figure.start)))
        return count_item(nearest)
    block = block_at(doc, doc[figure.start].idx)
    section = block.section if block is not None else None
    if any(_names_kind_of_hardware(_singular_text(word.lower(), lex)) for word in re.findall(r"[A-Za-z]+", section or "")):
        return designation.text.lower()  # under "Helicopters": "12 Mi-24" counts Mi-24s
    return None


def _singular_text(word: str, lex: FigureLexicon) -> str:
    """A word of a title in the singular: the lexicon's exceptions, WordNet's -ses plurals, else a final 's'
    dropped when the rest names hardware ('Helicopters' -> 'helicopter', 'Aircraft' stays)."""
    listed = lex.listed_singular(word)
    if listed is not None:
        return listed
    if word.endswith("s") and _names_kind_of_hardware(word[:-1]):
        return word[:-1]
    return word


def counted_noun(doc: Doc, figure: ProseFigure) -> Token | None:
    """The noun a count counts: its head ("1,300 aircraft"), or the noun after "of" ("thousands of refugees")."""
    root = figure_root(doc, figure)
    head = root.head
    while head.pos_ == "PROPN" and head.ent_type_ in PARTY_LABELS and head.dep_ in ("compound", "nmod", "amod") \
            and head.head.i > head.i and head.head.pos_ in ("NOUN", "PROPN"):
        head = head.head  # "200 U.S. bombers": the bombers are counted, not the U.S.
    designation = doc[figure.end] if figure.end < len(doc) else None
    if designation is not None and is_designation(designation):
        # "six Mi-8 helicopters", "12 Su-25 ground-attack aircraft": a model designation after the number
        # qualifies the noun phrase after it; with no noun after it, it names what is counted when the
        # parser reads it as a name ("12 MiG-21"), else the count is left without a counted noun.
        return _designated_noun(doc, designation) or (designation if designation.pos_ == "PROPN" else None)
    if root.dep_ in ("nummod", "quantmod", "compound", "amod", "nmod", "appos", "npadvmod", "det") and head.i >= figure.end \
            and head.pos_ in ("NOUN", "PROPN") and not head.like_num:
        hyphened = head.i > 0 and is_dash(doc[head.i - 1])  # "a 20-bed ward", "a six-room building": beds, rooms
        while not hyphened and head.dep_ == "compound" and head.pos_ == "NOUN" and head.head.pos_ == "NOUN" and head.head.i > head.i \
                and all(token.dep_ == "compound" for token in head.doc[head.i + 1:head.head.i]):
            head = head.head  # "five bitumen upgraders": the number counts upgraders, the parser hung it on "bitumen"
        return head
    following = doc[figure.end] if figure.end < len(doc) else None
    if following is not None and following.lower_ == "of":
        objects = [child for child in following.children if child.dep_ == "pobj"]
        if objects and objects[0].pos_ in ("NOUN", "PROPN"):
            return objects[0]
        if following.i + 1 < len(doc) and doc[following.i + 1].lower_ in load_figure_lexicon().partitive_pronouns:
            return None  # "Five of these broke bones": what the whole counts (partitive_whole)
        for token in doc[following.i + 1:min(following.i + 6, len(doc))]:
            if token.pos_ in ("NOUN", "PROPN") and (token.i + 1 >= len(doc) or doc[token.i + 1].pos_ not in ("NOUN", "PROPN")):
                return token
            if token.pos_ not in ("DET", "ADJ", "NOUN", "PROPN", "NUM"):
                break
    if following is not None and following.pos_ in ("NOUN",) and following.tag_ == "NNS":
        return following
    return None


def classified_noun(noun: Token | None, lex: FigureLexicon) -> Token | None:
    """The noun a classifier counts one by one ('3 million head of cattle' -> 'cattle'): the noun after its
    'of'. A classifier keeps its singular after any number; a plural ('40 heads of saints') is itself what
    is counted, as is any other noun."""
    if noun is None or noun.lower_ not in lex.count_classifiers:
        return noun
    of = next((child for child in noun.children if child.dep_ == "prep" and child.lower_ == "of"), None)
    counted = next((child for child in of.children if child.dep_ == "pobj"), None) if of is not None else None
    return counted if counted is not None and counted.pos_ in ("NOUN", "PROPN") else noun


def _listed_persons(token: Token) -> list[Token]:
    """The nouns of persons joined to a counted noun in one list ('infants, toddlers and preschoolers'), each
    without a count of its own ('400 engineers and 20 managers' are two counts)."""
    listed, current = [], token
    while True:
        joined = next((child for child in current.children if child.dep_ == "conj" and child.pos_ == "NOUN"), None)
        if joined is None or actor_class(joined) != "person" or any(c.dep_ == "nummod" for c in joined.children):
            return listed
        listed.append(joined)
        current = joined


def count_item(token: Token) -> str:
    """'factories' -> 'factory'; 'North Koreans' -> 'north korean' (a proper noun keeps its compound);
    'people' -> 'person'; a noun joined to a generic noun of persons counts persons ('officers and men')."""
    if any(child.dep_ == "conj" and _singular(child) == PERSON for child in token.children):
        return PERSON
    if actor_class(token) == "person" and len(_listed_persons(token)) >= 2:
        return PERSON  # "1,342 infants, toddlers and preschoolers": a list of kinds of persons, no one named group
    if is_designation(token):
        return token.lower_  # "MiG-21", "T-55AM2": as written
    if token.pos_ == "PROPN" or token.ent_type_ == "NORP" and token.tag_ == "NNPS":
        words = [child for child in token.lefts if child.dep_ == "compound" and child.pos_ == "PROPN"]
        return " ".join([w.text.lower() for w in words] + [_singular(token)])
    doc = token.doc
    if token.i >= 2 and is_dash(doc[token.i - 1]) and not doc[token.i - 1].whitespace_ \
            and not doc[token.i - 2].whitespace_ and doc[token.i - 2].is_alpha and not doc[token.i - 2].like_num:
        return f"{doc[token.i - 2].lower_}-{_singular(token)}"  # "fighter-bombers" -> "fighter-bomber"
    if token.i + 2 < len(doc) and not token.whitespace_ and is_dash(doc[token.i + 1]) and not doc[token.i + 1].whitespace_ \
            and doc[token.i + 2].is_alpha and doc[token.i + 2].pos_ == "NOUN":
        return f"{token.lower_}-{_singular(doc[token.i + 2])}"  # "three sub-branches": the parser took "sub" for the noun
    return _singular(token)


def noun_phrase_name(token: Token) -> str:
    """A commodity as written: compounds kept ("petroleum products", "mineral fuel oil"); one word singular;
    a commodity adjective by its full name ("crude output" -> "crude oil")."""
    if token.pos_ == "ADJ":
        return load_figure_lexicon().commodity_names.get(token.lower_, token.lower_)
    words = []
    for child in token.lefts:
        if child.dep_ == "compound" and child.pos_ in ("NOUN", "PROPN", "ADJ") and child.i == token.i - (
                sum(1 for c in token.lefts if c.dep_ == "compound" and c.i > child.i) + 1):
            words.append(child)
    if not words:
        return lemma_of(token)
    return " ".join(w.text.lower() for w in words + [token])


def _goods(token: Token, lex: FigureLexicon) -> Token | None:
    """The token itself as a commodity noun (or a commodity adjective: 'crude output'), or its compound
    when the parser took a compass word for the noun ('tons of coal south')."""
    if token.pos_ == "ADJ" and token.lower_ in lex.commodity_names:
        return token
    if token.pos_ not in ("NOUN", "PROPN") or token.like_num:
        return None
    if lemma_of(token) in lex.directions:
        compounds = [child for child in token.lefts if child.dep_ == "compound"]
        return _goods(compounds[-1], lex) if compounds else None
    if token.ent_type_ in PARTY_LABELS | {"DATE", "CARDINAL", "MONEY", "QUANTITY", "PERCENT", "PERSON", "ORG"}:
        return None
    lemma = lemma_of(token)
    if lemma in lex.noun_measures or lemma in lex.anaphora or lemma in lex.financing or lemma in lex.lending:
        return None
    return token


def commodity_token(doc: Doc, figure: ProseFigure, lex: FigureLexicon, dates: CharSpans) -> Token | None:
    """The goods a money or mass figure is about: 'tons of freight', 'exports of grain ... 890 tons',
    'beef sales climbed from A$1.6 billion', '$750 million for purchases of grain'. A money figure
    takes only a commodity of the lexicon ('a loan for roads' has none)."""
    candidates: list[Token] = []
    following = doc[figure.end] if figure.end < len(doc) else None
    if following is not None and following.lower_ == "of":
        objects = [child for child in following.children if child.dep_ == "pobj"]
        candidates.extend(objects or [t for t in doc[following.i + 1:following.i + 4] if t.pos_ == "NOUN"])
    cues = [figure.cue] if figure.cue is not None else []
    nearest = nearest_cue(doc, figure, lex, before_only=True)
    if nearest is not None:
        cues.append(nearest[1])
    for cue in cues:
        cue_token = doc[cue]
        cue_object = of_object(cue_token)
        if cue_object is not None:
            candidates.append(cue_object)
        candidates.extend(child for child in cue_token.lefts if child.dep_ == "compound")  # "beef sales"
        # "crude output", "Coal production" (also when the parser cut the word off the phrase): a commodity
        # word right before the measure noun.
        before = doc[cue - 1] if cue > 0 else None
        if before is not None and before.pos_ in ("ADJ", "NOUN", "PROPN") and lemma_of(before) in lex.commodities \
                and before.i == cue - 1 and before not in candidates:
            candidates.append(before)
    if figure.kind == MONEY:
        # "$750 million for purchases of grain", "spent $2 billion on foreign grain"
        root = figure_root(doc, figure)
        verb = governing_verb(root)
        scope = [t for t in root.subtree if t.i >= figure.end]
        for child in verb.children:
            if child.dep_ == "prep" and child.lower_ in ("on", "for") and child.i >= figure.end:
                scope.extend(child.subtree)
        candidates.extend(sorted(scope, key=lambda t: t.i))
    for token in candidates:
        goods = _goods(token, lex)
        if goods is None or dates.overlaps(goods.idx, goods.idx + len(goods.text)):
            continue
        if figure.kind == MONEY and lemma_of(goods) not in lex.commodities:
            continue
        return goods
    return None


def sized_thing(doc: Doc, figure: ProseFigure, lex: FigureLexicon) -> str | None:
    """The thing a mass sizes, as written ('the five-ton command module' -> 'command module', 'a 5,000-ton
    cruiser' -> 'cruiser'): what the mass is of, when it names no goods (set decision: the module's mass is
    item 'command module')."""
    if not size_of_a_thing(doc, figure, lex):
        return None
    head = figure_root(doc, figure).head
    words = []
    for token in reversed(doc[figure.end:head.i]):  # "the five-ton Command Module": the compound after the mass
        if token.dep_ != "compound" or token.head != head:
            break
        words.insert(0, token.lower_)
    return " ".join(words + [lemma_of(head)])


# A bare number standing as a noun phrase of its own ("..., only 30 remain", "winning 12 and losing four",
# "against the Union's 48,000"): what it counts is left to the count before it.
ELLIPTICAL_DEPS = {"dobj", "conj", "attr", "npadvmod"}
YEAR_TOKEN_RE = re.compile(r"^(?:1\d{3}|20\d{2})$")
SCORE_RE = re.compile(r"^\d{1,2}[-\u2013]\d{1,2}$")
ELLIPTICAL_PREPOSITIONS = {"against", "to", "from", "than", "versus", "vs", "vs.", "including"}
QUALIFYING_PREPOSITIONS = {"about", "around", "over", "under", "nearly", "almost"}
COMPARED_REACH = 3  # "with" under "compared" itself, or under what is compared ("compared to mice with 16")


def elliptical_count(doc: Doc, previous: ProseFigure, figure: ProseFigure, lex: FigureLexicon) -> bool:
    """A bare number that counts what a count just before it in the same sentence counts: it repeats
    that count's verb, is the subject of a next clause or more of the same ('37 countries faced crises,
    and 20 had imposed controls'; 'of the 90 aircraft delivered, only 30 remain'), or stands as a noun
    phrase of its own ('won 73 matches while losing 9'; '44,000 men against the Union's 48,000')."""
    if previous.kind != COUNT or previous.item is None or doc[previous.start].sent != doc[figure.start].sent:
        return False
    if figure.amount.is_range and any(SCORE_RE.match(doc[i].text) for i in (figure.start - 2, figure.end + 1)
                                      if 0 <= i < len(doc) and doc[min(i + 1, figure.start - 1) if i < figure.start else figure.end].text == ","):
        return False  # "7–6, 6–7, 6–7": scores in a row, not counts
    ends = [figure.amount.low, figure.amount.high] if figure.amount.is_range else [figure.amount.value]
    if not all(end and float(end).is_integer() for end in ends):
        return False  # "must not be 0", "0.7 for autism": values, not counts
    root = figure_root(doc, figure)
    if root.dep_ == "conj" and (root.head.like_num or root.head.pos_ == "NUM") and not YEAR_TOKEN_RE.match(root.head.text):
        return False  # "values of 5, 10, and 15", "the numbers 14157 and 5950": a list of values
    listed = [t for t in doc[max(figure.start - 3, 0):figure.start] if t.text not in (",", "and", "or")]
    if listed and listed[-1].i >= figure.start - 3 and listed[-1].like_num and not YEAR_TOKEN_RE.match(listed[-1].text) \
            and all(t.text in (",", "and", "or") for t in doc[listed[-1].i + 1:figure.start]) and listed[-1].i < figure.start - 1:
        return False  # "values of 1, 2, 5 and 10": the last of a list of values
    if figure.start > 0 and doc[figure.start - 1].text == "(":
        return False  # "two Nepohualtzitzin (182)": a value in parentheses
    verb, earlier_verb = governing_verb(root), governing_verb(figure_root(doc, previous))
    before = doc[figure.start - 1].lower_ if figure.start > 0 else ""
    if root.dep_ in ("nsubj", "nsubjpass") or before in lex.continuation:
        return True  # "300 men turned back, and another 200 perished": more of the same
    if verb.i != earlier_verb.i and lemma_of(verb) == lemma_of(earlier_verb):
        return True
    if root.dep_ in ELLIPTICAL_DEPS:
        return True
    preposition = root.head
    if root.dep_ == "pobj" and preposition.lower_ in QUALIFYING_PREPOSITIONS and preposition.head != preposition:
        preposition = preposition.head  # "including about 8,000–12,000"
    if root.dep_ == "pobj" and preposition.lower_ == "with" \
            and any(word.lower_ in lex.comparison_markers for word in list(preposition.ancestors)[:COMPARED_REACH]):
        return True  # "compared with 30 in 2004", "compared to mice with 16": as "compared to 9"
    return root.dep_ == "pobj" and preposition.lower_ in ELLIPTICAL_PREPOSITIONS


GROUP_CLASSES = {"group", "organisation"}


def actor_class(token: Token) -> str | None:
    """The WordNet actor class of a noun ('person', 'group', 'organisation', 'polity', 'thing')."""
    return actor_noun_class(lemma_of(token))


def is_group_noun(token: Token, lex: FigureLexicon) -> bool:
    """A body of people: 'committee', 'army', 'contingent' (WordNet actor classes group and organisation)
    or a military unit in any sense ('force', 'garrison', 'detachment')."""
    if token.pos_ != "NOUN":
        return False
    if lemma_of(token) in lex.military_groups or token.lower_ in lex.military_groups or actor_class(token) in GROUP_CLASSES:
        return True
    return any(child.dep_ == "compound" and is_group_noun(child, lex) for child in token.lefts)  # "militia units"


def group_member(group: Token) -> str:
    """What a group's bare count counts: the persons its modifier names ('guerrilla forces' -> 'guerrilla',
    'rebel troops'), else persons ('a force of 2,000', 'a committee of 13'); losses count themselves
    ('casualties were 13,000': casualty)."""
    if is_casualty_noun(group, load_figure_lexicon()):
        return count_item(group)
    for child in group.lefts:
        if child.dep_ in ("compound", "amod") and child.pos_ in ("NOUN", "ADJ") and actor_class(child) == PERSON:
            return count_item(child)
    return PERSON


def count_word(doc: Doc, figure: ProseFigure, lex: FigureLexicon) -> Token | None:
    """'a total of 500', 'the death toll reached 135', 'a force of 2,000': the count word a bare number is
    the amount of."""
    root = figure_root(doc, figure)
    if root.head.lower_ == "of" and lemma_of(root.head.head) in lex.count_context:
        return root.head.head
    if root.head.lower_ == "of" and root.head.head.i < root.head.i and is_group_noun(root.head.head, lex) \
            and root.dep_ == "pobj":
        return root.head.head  # "a committee of 13", "an army of 30,000"
    verb = governing_verb(root)
    subject = subject_of(verb)
    if subject is not None and lemma_of(verb) in lex.count_verbs and subject.pos_ in ("NOUN", "PROPN") \
            and root.dep_ in ("dobj", "npadvmod", "attr", "pobj", "quantmod", "nummod", "advmod"):
        return subject  # "the guerrillas numbered 8,000": the subject is what is counted
    if subject is not None and lemma_of(subject) in lex.count_context:
        return subject
    if lemma_of(verb) in lex.capacity_verbs and root.dep_ == "dobj" and root.head == verb:
        return verb  # "the stadium holds up to 80,000", "the final drew 50,000": the people it holds or draws
    return _count_label(doc, figure, lex)


def _count_label(doc: Doc, figure: ProseFigure, lex: FigureLexicon) -> Token | None:
    """'(population approximately 6 million)', 'the capital, population 300,000,': a word for a number of
    people right before a bare number, with at most a qualifier or a colon between, labels it."""
    qualifier_words = {word for phrase, _ in lex.qualifiers for word in phrase}
    for token in reversed(doc[max(figure.start - LABEL_REACH, 0):figure.start]):
        if lex.count_context_items.get(lemma_of(token)) == PERSON:
            return token
        if token.lower_ not in qualifier_words and token.text != ":":
            return None
    return None


LABEL_REACH = 3  # the label, and a qualifier of up to two words ("population just under 2 million")


STRENGTH_PREPOSITIONS = {"to", "at"}


def group_strength(doc: Doc, figure: ProseFigure, lex: FigureLexicon) -> Token | None:
    """The body of people a bare number is the strength of: the predicate of its subject ('the garrison
    was 3,000', 'the army had grown to 120,000 by 2004', 'the labour force was estimated at 36,000'), or
    before a strength adjective ('a 5,000-strong force', 'the brigade, 4,000 strong')."""
    after = figure.end + 1 if figure.end < len(doc) and is_dash(doc[figure.end]) else figure.end
    if after < len(doc) and doc[after].lower_ in lex.strength_adjectives:
        adjective = doc[after]  # "a 5,000-strong force", "the brigade, 4,000 strong,", "the garrison was 3,000 strong"
        group = adjective.head if adjective.dep_ == "amod" else subject_of(adjective.head) if adjective.dep_ == "acomp" else None
        return group if group is not None and is_group_noun(group, lex) else None
    root = figure_root(doc, figure)
    verb = governing_verb(root)
    if lemma_of(verb) not in lex.strength_verbs:
        return None
    if not (root.dep_ in ("attr", "dobj") and root.head == verb
            or root.dep_ == "pobj" and root.head.lower_ in STRENGTH_PREPOSITIONS and root.head.head == verb):
        return None
    subject = subject_of(verb)
    if subject is None or subject.i >= figure.start:
        return None
    return subject if is_casualty_noun(subject, lex) or is_group_noun(subject, lex) else None


def is_casualty_noun(token: Token, lex: FigureLexicon) -> bool:
    """A noun of the losses of a side ('casualties', 'losses', 'deaths', 'fatalities'): what a bare number it
    is stated as counts, by the head noun given (set convention), whatever side modifies it ('Union
    casualties were 13,000', 'Confederate losses were 10,000')."""
    return token.pos_ == "NOUN" and token.tag_ == "NNS" and lemma_of(token) in lex.casualty_words


def context_item(word: Token, lex: FigureLexicon) -> str | None:
    """What a count word counts when the counted noun comes before the number: 'the number of South
    Koreans ... was 279' -> 'south korean'; 'the population of X was 85,458' -> 'person'."""
    if lemma_of(word) in lex.count_context_items:
        if lex.count_context_items[lemma_of(word)] == PERSON:
            nationals = [child for child in word.children if child.dep_ in ("amod", "compound") and child.i < word.i
                         and child.ent_type_ == "NORP" and child.pos_ in ("ADJ", "PROPN")]
            if nationals:
                return nationals[-1].lower_  # "a Portuguese population of 200,000" counts Portuguese (named groups, v1.1)
        return lex.count_context_items[lemma_of(word)]  # "the population of the island": the place is not counted
    if word.pos_ == "VERB" and lemma_of(word) in lex.capacity_verbs:
        return PERSON  # "the arena seats 18,000"
    if lemma_of(word) not in lex.count_context and is_group_noun(word, lex):
        member = group_member(word)  # "a force of 2,000": persons; "guerrilla forces numbered 8,000": guerrillas
        if member != PERSON or (word.i + 1 < len(word.doc) and word.doc[word.i + 1].lower_ == "of"):
            return member  # the subject of "numbered" keeps its own noun ("their militias totalled 12,000")
    counted = of_object(word)
    if counted is not None and counted.ent_type_ not in ("GPE", "LOC", "FAC", "DATE"):
        return count_item(counted)
    if lemma_of(word) not in lex.count_context and word.pos_ == "NOUN":
        return count_item(word)  # the subject of "numbered": "guerrilla forces numbered 8,000"
    return None


def people_by_verb(doc: Doc, figure: ProseFigure, lex: FigureLexicon) -> str | None:
    """A vague plural with no counted noun counts persons when its verb says so: the subject of a verb that
    takes only a person subject ('millions watched', 'thousands fled', 'tens of thousands marched'), the
    object or passive subject of one that takes a person object ('hundreds were arrested', 'deported
    thousands'). WordNet frames of the verb's most frequent sense (models/wordnet_measure_classes.json)."""
    root = figure_root(doc, figure)
    verb = root.head
    if verb == root or verb.pos_ != "VERB":
        return None
    lemma = verb_key(verb)  # "hundreds were rounded up": the phrasal verb's frames, not "round"'s
    if root.dep_ == "nsubj" and lemma in lex.person_subject_verbs:
        return PERSON
    if root.dep_ in ("nsubjpass", "dobj") and lemma in lex.person_object_verbs:
        return PERSON
    return None


DISTRIBUTION_DEPS = {"nsubj", "nsubjpass", "npadvmod", "conj"}


def _bare_number(token: Token) -> bool:
    """A number standing alone as a noun phrase (not the number of a noun), not a year."""
    return token.pos_ == "NUM" and token.like_num and not YEAR_TOKEN_RE.match(token.text) \
        and token.ent_type_ not in ("DATE", "TIME", "ORDINAL", "MONEY", "PERCENT")


def distributed_count(doc: Doc, figure: ProseFigure, lex: FigureLexicon, partitive: bool = True) -> bool:
    """A bare number that stands for members of a group the text is sharing out: the part of a named whole
    ('6 of these were ...', '4 of the top 5'), or one of several bare numbers that are each the subject
    of a clause of one sentence ('thirteen were American, four were Russian, and one was Israeli';
    'Four are appointed by the President, four by the Assembly')."""
    if figure.end < len(doc) and doc[figure.end].lower_ == "out":
        return False  # "1 out of every 68": a ratio
    if partitive and is_partitive(doc, figure, lex):
        return True
    root = figure_root(doc, figure)
    if root.dep_ not in DISTRIBUTION_DEPS:
        return False
    sent = root.sent
    subjects = [t for t in sent if t.dep_ in ("nsubj", "nsubjpass") and _bare_number(t)]
    members = [t for t in sent if t.dep_ in DISTRIBUTION_DEPS and _bare_number(t)]
    if all(_generic_one(t) for t in members):
        return False  # "when one reads it, one sees ...", "for one to win, one must train": the pronoun 'one'
    return bool(subjects) and len(members) >= 2 and root in members


def _generic_one(token: Token) -> bool:
    """'one' as the subject of a verb in the present tense, after a modal or with 'to' ('one sees', 'one
    must train', 'for one to win'): the generic pronoun, no count; 'one went south' may count a person."""
    verb = token.head
    # a subject of a plural noun is one of a verb in -s the tagger took for a noun ('one deals with words')
    return token.lower_ == "one" and (verb.tag_ in ("VBZ", "VB") or (verb.tag_ == "NNS" and token.dep_ == "nsubj")
                                      or any(child.tag_ == "MD" for child in verb.children))


def predicate_nationality(doc: Doc, figure: ProseFigure) -> str | None:
    """The nationality or kind a bare number's clause gives it ('thirteen were American', 'of whom 50 to
    70 are animators'): what it counts."""
    root = figure_root(doc, figure)
    verb = governing_verb(root)
    if not any(child.dep_ in ("nsubj", "nsubjpass") and child.i == root.i for child in verb.children):
        return None
    for child in verb.children:
        if child.dep_ not in ("attr", "acomp"):
            continue
        for word in [child, *[t for t in child.children if t.dep_ == "amod"]]:  # "were Russian (Soviet Union)"
            if word.ent_type_ == "NORP" and word.pos_ in ("ADJ", "PROPN"):
                return word.lower_
        if child.dep_ == "attr" and child.pos_ == "NOUN" and child.tag_ == "NNS":
            return count_item(child)  # "of whom 50 to 70 are animators"
    return None


def pointing_item(noun: Token, previous: ProseFigure | None, lex: FigureLexicon) -> str | None:
    """What 'seven others' counts: persons, when the count before it in its paragraph counts persons
    or there is none; else what that count counts ('five ships sank and three others')."""
    if noun.lower_ not in lex.pointing_nouns and lemma_of(noun) not in lex.pointing_nouns:
        return None
    doc = noun.doc
    if previous is None or previous.item is None or \
            block_at(doc, doc[previous.start].idx) != block_at(doc, noun.idx):
        return PERSON
    if previous.item == PERSON or actor_noun_class(previous.item.split()[-1]) == PERSON:
        return PERSON
    return previous.item



def partitive_whole(doc: Doc, figure: ProseFigure, figures: list[ProseFigure]) -> ProseFigure | None:
    """The whole a pronoun partitive shares out ('Eleven people died: eight Americans and three Russians.
    Six of these ...'; '500 people, of whom 50 ...'): the count before it in its sentence, else the first
    count of the sentence before, in its paragraph."""
    pronouns = load_figure_lexicon().partitive_pronouns
    after = [t.lower_ for t in doc[figure.end:figure.end + 2]]
    before = [t.lower_ for t in doc[max(figure.start - 2, 0):figure.start]]
    if not ((after and after[0] == "of" and len(after) > 1 and after[1] in pronouns)
            or (len(before) == 2 and before[0] == "of" and before[1] in pronouns)
            or fronted_pronoun_whole(doc, figure, load_figure_lexicon())):  # "Of these, 1,200 were ..."
        return None
    sent = doc[figure.start].sent
    counts = [f for f in figures if f.kind == COUNT and f.item is not None and f.start < figure.start]
    own = [f for f in counts if sent.start <= f.start]
    if own:
        return own[-1]
    if sent.start == 0:
        return None
    previous_sent = doc[sent.start - 1].sent
    earlier = [f for f in counts if previous_sent.start <= f.start < previous_sent.end]
    if earlier and block_at(doc, doc[earlier[0].start].idx) == block_at(doc, doc[figure.start].idx):
        return earlier[0]
    return None


def distribution_item(doc: Doc, figure: ProseFigure, previous: ProseFigure | None) -> str | None:
    """What a distributed bare number counts: what the count before it in its paragraph, in the same or
    the sentence before, counts ('The court has 11 justices. Four are appointed by ...')."""
    if previous is None or previous.item is None:
        return None
    sent = doc[figure.start].sent
    if block_at(doc, doc[previous.start].idx) != block_at(doc, doc[figure.start].idx):
        return None
    if doc[previous.start].sent == sent or (sent.start > 0 and doc[previous.start].sent == doc[sent.start - 1].sent):
        return previous.item
    return None


CASUALTY = "casualty"
CASUALTY_TAGS = {"VBN", "VBG", "VBD", "JJ"}


def casualty_count(doc: Doc, figure: ProseFigure, lex: FigureLexicon) -> bool:
    """A bare number right before a casualty participle ('1,728 killed, 8,012 wounded and 959 missing',
    'lost 300 dead'): the persons a loss befell, a part of a breakdown of losses."""
    if figure.end >= len(doc) or figure.amount.value is None:
        return False
    word = doc[figure.end]
    return word.lower_ in lex.casualty_participles and word.tag_ in CASUALTY_TAGS


def casualty_item(doc: Doc, figure: ProseFigure, figures: list[ProseFigure]) -> str:
    """What a breakdown of losses counts: what the count of persons before it in its sentence counts
    ('lost 1,200 men killed, 3,000 wounded': person; '10,699 casualties (1,728 killed, ...)': casualty),
    else casualties when the sentence names them ('Casualties were 1,700 killed'), else persons."""
    sent = doc[figure.start].sent
    for earlier in reversed(figures):
        if earlier.kind != COUNT or earlier.item is None or earlier.start < sent.start:
            continue
        if earlier.item in (PERSON, CASUALTY) or actor_noun_class(earlier.item.split()[-1]) == PERSON:
            return earlier.item
    if any(lemma_of(token) == CASUALTY for token in sent):
        return CASUALTY
    return PERSON
