"""Document-level actor memory: who the article's acts are done by when a clause does not say.

Built from the Doc while it is read, once per document, and kept nowhere else (nothing is remembered
between documents). It holds:

- the article's own actor (`subject`): the one state its title is about ("Albania", "History of
  Chile"), else the organisation its title names ("American National Standards Institute"), which an
  agentless act or "the government", "the country", "the organization" stands for;
- the initialisms the text defines ("the Tanganyika African National Union (TANU)") or that abbreviate
  the title, so that "TANU" is named as its organisation's common name;
- the organisations the text names in full, or whose full names its wiki links give anywhere, so a
  short form ("the Socialist Party") takes the full name the article gives ("Socialist Party of
  Albania");
- the members' nouns the text links to their organisation ("[[National Liberation Movement|the
  partisans]]"), so that "the partisans" later, unlinked, are that organisation;
- the wars it names with their sides ("the Russo-Japanese War", "the war between Chile and Peru",
  "Italy declared war on Ethiopia"), and the sides of the war the article is about, so that "the
  war" later takes its sides;
- the crew of the crewed craft an article is about ("Apollo 11" acting stands for its crew), and a
  biography's parents by the roles the text gives them ("his father" acting is the father it names).

Noun classes (organisation, person, polity) come from the WordNet-derived table
models/wordnet_actor_nouns.json (scripts/build_wordnet_actor_nouns.py); the few words WordNet cannot
give are in models/actor_lexicon.json.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, fields
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc, Span, Token

from ...config import SETTINGS
from ...reading.clean import PARAGRAPH, TITLE, Block
from ..gazetteer import (kind_of, load_gazetteer, normalise_name, resolve_parties, resolve_party, state_of_body,
                         states_named_in)
from ..tokens import proper_nouns_outside_entities, tokens_where
from ..wordclasses import ACTOR_NOUNS, load_wordnet_table, noun_event_type, wordnet_key

ACTOR_LEXICON = "actor_lexicon.json"
INITIALISM = re.compile(r"^[A-Z][A-Z0-9&.\-]{1,9}$")


@dataclass(frozen=True)
class ActorLexicon:
    own_state_nouns: frozenset
    initialism_skips: frozenset
    subject_title_heads: frozenset
    not_actor_names: frozenset
    organisation_heads: frozenset
    rule_verbs: frozenset
    own_place_nouns: frozenset
    instrument_nouns: frozenset
    crew_nouns: frozenset
    actor_prepositions: frozenset
    national_words: frozenset
    national_body_heads: frozenset
    war_sides: dict  # a war's name -> (its sides, its years), for wars named without their states ("the Civil War")
    noun_classes: dict  # lemma -> polity | organisation | group | person (WordNet)
    journey_verbs: frozenset = frozenset()  # verbs of motion (WordNet verb.motion): "sail", "cross", "reach"
    sighting_verbs: frozenset = frozenset()  # verbs of perception (WordNet verb.perception): "discover", "sight"
    creation_verbs: frozenset = frozenset()  # verbs of creation (WordNet verb.creation): "paint", "publish"
    journey_prepositions: frozenset = frozenset()  # where a journey goes from, to or through
    state_organs: frozenset = frozenset()  # organs a state acts through (WordNet): "legislature", "court", "voters"
    own_place_adjectives: frozenset = frozenset()  # "provincial", "territorial": of the article's own place
    federal_words: frozenset = frozenset()  # "federal", "national": of the state a federated state belongs to
    rebel_nouns: frozenset = frozenset()  # "rebel", "insurgent", "guerrilla" (WordNet): the rebel side of a civil war
    founding_verbs: frozenset = frozenset()  # "found", "establish", "form": "X, founded by Y in 1920" (X takes part)
    founding_document_heads: frozenset = frozenset()  # "articles", "constitution": a state's founding document
    name_particles: frozenset = frozenset()  # "dos", "van", "bin": lower-case words inside persons' names
    company_forms: frozenset = frozenset()  # "inc", "ag", "ltd": a company's legal form ending its name
    masculine_pronouns: frozenset = frozenset()  # "he", "him", "his"
    feminine_pronouns: frozenset = frozenset()  # "she", "her"
    household_nouns: frozenset = frozenset()  # "family", "couple": a biography's person's household
    craft_launch_verbs: frozenset = frozenset()  # "launch": a crewed craft launched is its crew's act
    offspring_nouns: frozenset = frozenset()  # "son", "daughter": "the son of X and Y" gives a person's parents
    father_nouns: frozenset = frozenset()  # "father"
    mother_nouns: frozenset = frozenset()  # "mother"
    wife_nouns: frozenset = frozenset()  # "wife": "the son of X and his wife, Y": Y is the mother
    husband_nouns: frozenset = frozenset()  # "husband"
    language_nouns: frozenset = frozenset()  # "languages", "dialect": a name they head names a language, no actor
    ship_prefixes: frozenset = frozenset()  # "RMS", "MV": a merchant ship's name, no participant
    navy_ship_prefixes: tuple = ()  # ("HMS", "GBR"), ("USS", "USA"): a warship's name stands for its navy's state
    place_adjectives: tuple = ()  # ("Bavarian", "Bavaria"), ("Flemish", "Flanders"): a place's adjective (WordNet)
    member_bodies: tuple = ()  # ("Jesuit", "Society of Jesus"): a member's noun and its body (WordNet)


@lru_cache(maxsize=4)
def load_actor_lexicon(models_dir: Path | None = None) -> ActorLexicon:
    root = Path(models_dir or SETTINGS.models_dir)
    data = json.loads((root / ACTOR_LEXICON).read_text(encoding="utf-8"))
    table = load_wordnet_table(ACTOR_NOUNS, models_dir)
    classes = table["nouns"]
    # every frozenset field is the JSON list of the same name
    word_sets = {field.name: frozenset(data[field.name]) for field in fields(ActorLexicon)
                 if field.type == "frozenset" and field.name in data}
    return ActorLexicon(
        **word_sets,
        war_sides={name: (tuple(sorted(war["sides"])), war["when"]) for name, war in data["war_sides"].items()},
        noun_classes=classes,
        journey_verbs=frozenset(table.get("journey_verbs", ())),
        sighting_verbs=frozenset(table.get("sighting_verbs", ())),
        creation_verbs=frozenset(table.get("creation_verbs", ())),
        state_organs=frozenset(table.get("state_organs", ())),
        rebel_nouns=frozenset(table.get("rebel_nouns", ())),
        navy_ship_prefixes=tuple(sorted(data.get("navy_ship_prefixes", {}).items())),
        place_adjectives=tuple(sorted(table.get("place_adjectives", {}).items())),
        member_bodies=tuple(sorted(table.get("member_bodies", {}).items())),
    )


def navy_state(prefix: str) -> str | None:
    """The state whose navy a warship's name prefix says ("HMNZS" NZL, "USS" USA: `navy_ship_prefixes`)."""
    return dict(load_actor_lexicon().navy_ship_prefixes).get(prefix)


def adjective_place(word: str) -> str | None:
    """The place a capitalised adjective pertains to (WordNet: "Bavarian" Bavaria, "Flemish" Flanders)."""
    return dict(load_actor_lexicon().place_adjectives).get(word)


def body_of_members(word: str) -> str | None:
    """The body a capitalised noun of persons says its members belong to (WordNet: "Jesuit" Society of Jesus)."""
    return dict(load_actor_lexicon().member_bodies).get(word)


def noun_class(word: str) -> str | None:
    """The WordNet actor class of a noun lemma: polity, organisation, group, person, or None."""
    return load_actor_lexicon().noun_classes.get(wordnet_key(word))


def names_an_organisation(name: str) -> bool:
    """Whether an organisation-like name is an actor's, by its last word: a body's noun ("... Institute",
    "... Party", "... Movement"), a plural ("Paramount Pictures", "Citation Technologies") or a word that
    is no common noun ("Grumman"); not a programme, policy, document or place ("Certificate
    Accreditation Program", "Forward Operating Location")."""
    words = re.split(r" (?:of|for|on|in)\b", name, maxsplit=1)[0].split()  # "Institute of Social Studies"
    if not words:
        return False
    last = words[-1].lower()
    if any(ch.isdigit() for ch in last):
        return False  # "Julian Date 2436204.5", "Apollo 8": a thing's designation
    if last in load_actor_lexicon().organisation_heads:
        return True
    cls = noun_class(last)
    if cls is None and last.endswith("s") and not last.endswith("ss"):
        cls = noun_class(last[:-1]) or noun_class(last[:-2] if last.endswith("es") else last)
        if len(words) == 1 and cls == "thing":
            return False  # "the Articles": a plural of a thing alone names a document, not a body
        return cls != "person"
    if cls == "thing":
        return False
    return cls != "person" or len(words) > 1


def titles_an_organisation(target: str) -> bool:
    """Whether a wiki link's page title names an organisation: by its disambiguation, a noun whose WordNet
    class is an organisation ("Harlow (publisher)", "Vesta (company)"; not "(town)", "(painting)",
    "(doctor)", "(Hinduism)"), or by its own last word, an organisation's noun ("Kestrel Talent Agency", "Noble Broadcasting
    Company") or a company's legal form ("F.A. Brockhaus AG", "Harlow Resorts, Inc."; `company_forms`)."""
    lex = load_actor_lexicon()
    page = target.split("#")[0].strip()
    match = re.search(r"\(([^()]*)\)\s*$", page)
    if match:
        words = match.group(1).split()  # a common noun: not "(Hinduism)", "(Albania)", a field or a place
        base = page[:match.start()].split()
        if base and base[-1].islower() and noun_class(base[-1]) in ("thing", "person"):
            return False  # "Armored car (military)": a thing of the organisation's, not the organisation
        return bool(words) and words[-1].islower() and (
            noun_class(words[-1]) == "organisation" or words[-1] in lex.organisation_heads)
    words = [w for w in re.split(r"[\s,]+", page) if w]
    if len(words) < 2 or not all(w[:1].isupper() or w.lower() in lex.initialism_skips for w in words):
        return False
    if words[-1].lower().replace(".", "") in lex.company_forms:
        return True
    head = re.split(r" (?:of|for)\b", page, maxsplit=1)[0].split()[-1].lower()
    return noun_class(head) == "organisation" or head in lex.organisation_heads


def initials(name: str) -> str:
    """"American National Standards Institute" -> "ANSI"; "Bank of England" -> "BE"."""
    skips = load_actor_lexicon().initialism_skips
    return "".join(word[0].upper() for word in re.split(r"[\s\-]+", name)
                   if word and word.lower() not in skips and word[:1].isalpha())


@dataclass(frozen=True)
class War:
    """A war the text names, where (its first token), by which words, and its sides."""

    start: int
    name: str
    sides: tuple[str, ...]
    section: str | None  # the heading of the section it is named in
    years: str | None = None  # the years the actor lexicon gives a war named without its states ("1861/1865")


@dataclass(frozen=True)
class Actors:
    subject: tuple[str, ...]  # the article's own state, or its organisation, or its place, or ()
    subject_kind: str | None  # "state", "org", "region" (a place no state: "Texas", "Alberta"), "document" (a
    # state's founding document: its subject is the state) or None
    initialisms: dict  # "TANU" -> "Tanganyika African National Union"
    organisations: tuple[str, ...]  # full names of the ORG entities, longest first
    linked: dict  # an organisation's shown name -> the fuller name its wiki link gives
    wars: tuple[War, ...]  # in document order
    article_war: tuple[str, ...]  # the sides of the war the article is about, or ()
    person: str | None = None  # the person the article is about (its title names one the text tags)
    titles: tuple[str, ...] = ()  # the organisations' names the wiki links give, sorted
    members: dict | None = None  # "partisan" -> "National Liberation Movement" (a link's shown noun)
    rulers: tuple = ()  # (token index, state, section): a state that took the article's state as its own
    home: str | None = None  # the state the article is at home in: its own, its organisation's by demonym, its region's
    people: dict | None = None  # a person's shown name -> the common name its wiki link gives ("Laura Archera" -> "Laura Huxley")
    crew: tuple[str, ...] = ()  # the names the article first gives a crew's members by ("the crew of A, B and C")
    maker: str | None = None  # who made or gives what the article is about ("a symphonic poem by X", "given by Y")
    plural_names: dict | None = None  # "Ravens" -> "Baltimore Ravens": a club's short plural name, given in full once
    former_names: frozenset = frozenset()  # an organisation article's subject's earlier names ("the AESC became the ASA")
    person_pronouns: frozenset = frozenset()  # the pronouns of the biography's person's gender ("she", "her"), or none known
    craft: str | None = None  # the crewed craft or mission the article is about ("Apollo 11"): it stands for its crew
    parents: dict | None = None  # "father" / "mother" -> the biography's person's parent, where the article makes it certain
    lead: str | None = None  # the state the article's first paragraph names most (`lead_state`), whatever its kind
    person_noun: str | None = None  # the noun of persons a biography's first sentence calls its person ("novelist")

    def parent(self, noun: str) -> str | None:
        """The biography's person's father or mother by the noun ("father", "mother"), when the article names them."""
        lex = load_actor_lexicon()
        word = noun.lower()
        role = "father" if word in lex.father_nouns else "mother" if word in lex.mother_nouns else None
        return (self.parents or {}).get(role) if role else None

    def is_other_gender(self, pronoun: str) -> bool:
        """"she" in a biography whose person the article calls "he" (or the reverse): someone else."""
        lex = load_actor_lexicon()
        word = pronoun.lower()
        return bool(self.person_pronouns) and word not in self.person_pronouns and (
            word in lex.masculine_pronouns or word in lex.feminine_pronouns)

    def club_name(self, name: str) -> str | None:
        """The full name of a club or team the text calls by its plural name alone ("the Ravens" after
        "the Baltimore Ravens"), when the article gives one full name ending so."""
        return (self.plural_names or {}).get(normalise_name(name).removeprefix("the ").strip())

    def person_name(self, name: str) -> str:
        """A person's common name: the title of the page the text links the name to, where it has one
        ("[[Laura Huxley|Laura Archera]]", "[[Karl Clark (chemist)|Dr. Karl A. Clark]]")."""
        return (self.people or {}).get(name, name)

    def national_body(self, name: str) -> str | None:
        """The home state of a body whose name begins with a national word, names no state and ends with
        an institution's noun ("the National Institute of Standards and Technology" in an article about
        an American institute; not "the National Liberation Movement")."""
        lex = load_actor_lexicon()
        words = re.split(r" (?:of|for|on)\b", name, maxsplit=1)[0].split()  # "National Institute of ..."
        if self.home and len(words) >= 2 and words[0] in lex.national_words and words[-1].lower() in lex.national_body_heads:
            return self.home
        return None

    def ruler_at(self, token: Token) -> str | None:
        """The state that governs the article's state where `token` is: the last one the text says took
        it ("Spain colonized the island", "the Netherlands acquired Aruba") before it in its section."""
        section = section_of(token.doc, token.idx)
        found = None
        for start, state, where in self.rulers:
            if start < token.i and where == section:
                found = state
        return found

    def organisation_of_members(self, noun: Token) -> str | None:
        """The organisation a plural noun of its members stands for ("the partisans", "the communist
        partisans"), when the article links that noun to the organisation's page."""
        if not self.members or noun.tag_ != "NNS":
            return None
        return self.members.get(noun.lemma_.lower())

    def organisation_name(self, text: str) -> str:
        """An organisation's common name: an initialism the article defines or that abbreviates its
        subject is spelled out; a short form the article gives in full elsewhere takes the full name
        ("the Socialist Party" -> "Socialist Party of Albania"; "Congress" -> "Continental Congress", the
        one body the article names so); an earlier name of the article's organisation is its name (set
        conventions: a renamed organisation keeps one id)."""
        name = normalise_name(text)
        if self.former_names and self.initialisms.get(name, name).removeprefix("the ") in self.former_names:
            return self.subject[0]
        if name in self.initialisms:
            return self.initialisms[name]
        if self.subject_kind == "org" and shortens(name, self.subject[0]):
            return self.subject[0]  # "Galatasaray won" in the article on "Galatasaray S.K."
        if name in self.linked:
            return self.linked[name]
        words = name.split()
        if len(words) == 1 and self.club_name(name):
            return self.club_name(name)  # "the Ravens": "Baltimore Ravens"
        if noun_class(words[-1]) != "organisation" if words else True:
            return name
        for full in (*self.organisations, *self.titles):
            if len(full) > len(name) and full.split()[:len(words)] == words and " of " in full[len(name):len(name) + 4]:
                return full
        if len(words) == 1:  # "Congress": the one body the article names ending so ("the Continental Congress")
            fuller = sorted((full for full in self.organisations if full.endswith(" " + name) and full[:1].isupper()),
                            key=lambda full: (len(full), full))
            if fuller and all(full.endswith(" " + fuller[0]) or full == fuller[0] for full in fuller):
                return fuller[0]  # "First Continental Congress" is a session of the "Continental Congress"
        return name

    def war_sides(self, noun: Token, when: str | None = None) -> tuple[str, ...]:
        """The sides of the war a bare "the war" (or a named war, or a battle) means: the war named there,
        else the nearest war named before it in its section with known sides, else the war the article
        is about, else the one war of the article whose years take in the act's date `when` (see
        `war_in_years`)."""
        section = section_of(noun.doc, noun.idx)
        for war in reversed(self.wars):
            if war.start <= noun.i and war.section == section:
                if war.sides:
                    return war.sides
        return self.article_war or self.war_in_years(when)

    def war_in_years(self, when: str | None) -> tuple[str, ...]:
        """The sides of the one war the article names (anywhere) whose years the actor lexicon gives and
        take in the date `when` ("the war" in 1863 in an article that names the Civil War, whatever its
        section); () when no such war, or wars with other sides, take it in."""
        year = when[:4] if when and when[:4].isdigit() else None
        if year is None:
            return ()
        found = {war.sides for war in self.wars if war.sides and war.years and within_years(year, war.years)}
        return found.pop() if len(found) == 1 else ()


def build_actors(doc: Doc, ents: tuple[Span, ...], entity_at: tuple, title: str, pair: tuple[str, ...]) -> Actors:
    """The actor memory of one document (pure: from the Doc and its entities alone)."""
    initialisms = defined_initialisms(doc, ents)
    subject, kind = article_subject(title, ents, initialisms, doc)
    if kind == "org":
        abbreviation = initials(subject[0])
        if len(abbreviation) >= 2:
            initialisms.setdefault(abbreviation, subject[0])
    for short, name in named_initialisms(doc, ents).items():
        initialisms.setdefault(short, name)
    organisations = sorted({normalise_name(ent.text) for ent in ents if ent.label_ == "ORG"},
                           key=lambda name: (-len(name), name))
    for short, name in spelled_initialisms(ents).items():
        initialisms.setdefault(short, name)
    home = home_state(subject, kind, doc, ents)
    wars = civil_war_sides(named_wars(doc, ents, entity_at), doc, entity_at, home, rebel_organisations(ents, initialisms))
    person = article_person(title, ents, doc)
    crew = crew_members(doc)
    people = linked_people(doc, ents)
    pronouns = person_gender(doc) if person else frozenset()
    return Actors(subject, kind, initialisms, tuple(organisations), linked_names(doc, ents),
                  tuple(wars),
                  article_war_sides(title, pair, lead_sides(doc, entity_at)), person,
                  link_titles(doc), member_nouns(doc),
                  tuple(rulers(doc, entity_at, subject) if kind == "state" else ()), home,
                  people, crew,
                  article_maker(doc, ents) if kind is None else None, plural_names(ents),
                  former_names(doc, entity_at, initialisms) if kind == "org" else frozenset(),
                  pronouns, crewed_craft(title, crew),
                  person_parents(doc, ents, person, pronouns, people) if person else {},
                  lead_state(doc, ents), person_noun(title, doc) if person else None)


def home_state(subject: tuple[str, ...], kind: str | None, doc: Doc | None = None, ents: tuple[Span, ...] = ()) -> str | None:
    """The article's own state, or the state whose demonym begins its organisation's name ("American
    National Standards Institute" is at home in the United States), or the state its place belongs to: the
    state named most in the article's first paragraph ("Ohio is a state of the United States")."""
    if kind == "state":
        return subject[0]
    if kind == "org":
        state = resolve_party(subject[0].split()[0])
        return state if state and kind_of(state) == "state" else None
    if kind == "document":
        return subject[0]
    if kind == "region" and doc is not None:
        return lead_state(doc, ents)
    return None


def rulers(doc: Doc, entity_at: tuple, subject: tuple[str, ...]):
    """States the text says took the article's state as their own: "Spaniards colonized the island",
    "Aruba was colonized by Spain", "the Netherlands acquired Aruba" (a rule verb whose object, or
    passive subject, is the article's state by name or by "the island", "the colony")."""
    lex = load_actor_lexicon()
    for verb in tokens_where(doc, "lemma_", lambda lemma: lemma.lower() in lex.rule_verbs):
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        taken = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
        takers = [t for c in verb.children if c.dep_ == "nsubj" for t in c.subtree]
        takers += [t for c in verb.children if c.dep_ == "agent" for t in c.subtree]
        if not taken or not takers or not any(is_own_place(t, entity_at, subject) for t in taken):
            continue
        states = [s for s in states_of(takers, entity_at) if kind_of(s) == "state" and s not in subject]
        if len(set(states)) == 1:
            yield verb.i, states[0], section_of(doc, verb.idx)


def is_own_place(token: Token, entity_at: tuple, subject: tuple[str, ...]) -> bool:
    """The article's state as an object: by its name ("Aruba") or "the island", "the colony"."""
    if token.lemma_.lower() in load_actor_lexicon().own_place_nouns and any(
            c.dep_ == "det" and c.lower_ == "the" for c in token.children):
        return True
    ent = entity_at[token.i]
    return ent is not None and tuple(resolve_parties(ent.text)) == subject


def link_title(target: str) -> str:
    """A link's page title without its disambiguation: "National Liberation Movement (Albania)" ->
    "National Liberation Movement"."""
    return re.sub(r"\s*\([^()]*\)\s*$", "", target.split("#")[0]).split(",")[0].strip()


def link_titles(doc: Doc) -> tuple[str, ...]:
    """The organisations' names among the pages the wiki links point to ("[[Socialist Party of
    Albania|PS]]" in a table gives the full name of "the Socialist Party" in the text)."""
    clean = doc._.clean
    if clean is None or not getattr(clean, "links", ()):
        return ()
    titles = {link_title(target) for _, _, target in clean.links}
    return tuple(sorted(t for t in titles if " of " in t and t[:1].isupper() and names_an_organisation(t)))


def member_nouns(doc: Doc) -> dict:
    """Plural nouns of people the text links to an organisation's page ("[[National Liberation
    Movement (Albania)|Albanian partisans]]"): the noun's lemma -> the organisation, the first link
    of a noun giving it for the whole article."""
    clean = doc._.clean
    if clean is None or not getattr(clean, "links", ()):
        return {}
    found: dict[str, str] = {}
    for token in tokens_where(doc, "tag_", lambda tag: tag == "NNS"):
        lemma = token.lemma_.lower()
        if lemma in found or noun_class(lemma) != "person":
            continue
        target = clean.link_target(token.idx, token.idx + len(token.text))
        if not target:
            continue
        title = link_title(target)
        words = title.split()
        if len(words) >= 2 and all(w[:1].isupper() for w in words if w.lower() not in load_actor_lexicon().initialism_skips) and (
                names_an_organisation(title) and noun_class(words[-1].lower()) != "person"):
            found[lemma] = title
    return found


def is_plural_name(word: str) -> bool:
    """"Ravens", "Bobcats": a capitalised plural that is no noun of a body or a person's role itself."""
    return (word[:1].isupper() and word.endswith("s") and not word.endswith("ss") and noun_class(word) is None
            and noun_class(word[:-1]) not in ("organisation", "person", "polity", "group"))


def plural_names(ents: tuple[Span, ...]) -> dict:
    """Names of two to four capitalised words ending in a plural ("the Baltimore Ravens", whatever the model
    tags them), by their last word, where one full name ends with it."""
    found: dict[str, set[str]] = {}
    for ent in ents:
        if ent.label_ in ("PERSON", "DATE", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY", "TIME"):
            continue
        words = normalise_name(ent.text).removeprefix("the ").split()
        if 2 <= len(words) <= 4 and all(w[:1].isupper() for w in words) and is_plural_name(words[-1]):
            found.setdefault(words[-1], set()).add(" ".join(words))
    return {short: next(iter(full)) for short, full in found.items() if len(full) == 1}


def lead_paragraph(doc: Doc) -> Block | None:
    """The article's first paragraph (a block of the cleaned text), or None."""
    clean = doc._.clean
    return next((block for block in clean.blocks if block.kind == PARAGRAPH), None) if clean is not None else None


def lead_sentence(doc: Doc) -> Span | None:
    """The first sentence of the article's first paragraph, or None."""
    lead = lead_paragraph(doc)
    if lead is None:
        return None
    first = next((sent for sent in doc.sents if sent.start_char >= lead.start), None)
    return first if first is not None and first.start_char < lead.end else None


def defined_as_organisation(title: str, doc: Doc) -> bool:
    """True when the article's first sentence says its title is an organisation: "X is a football club",
    "The X is an American manufacturer of tools" (the subject is the title, or a longer form of its name,
    see `names_title`; the copula's complement a noun WordNet classes as an organisation's)."""
    noun = defining_noun(title, doc)
    return noun is not None and noun_class(noun.lemma_.lower()) == "organisation"


def defining_noun(title: str, doc: Doc) -> Token | None:
    """The noun the article's first sentence says its title is ("X is a football club": "club"; "X was an
    American novelist": "novelist"), when that sentence's subject names the title (see `names_title`)."""
    first = lead_sentence(doc)
    if first is None or first.root.lemma_.lower() != "be":
        return None
    subjects = [c for c in first.root.children if c.dep_ == "nsubj"]
    complements = [c for c in first.root.children if c.dep_ == "attr"]
    if (len(subjects) == 1 and len(complements) == 1 and complements[0].pos_ == "NOUN"
            and names_title(doc[subjects[0].left_edge.i:subjects[0].right_edge.i + 1].text, title)):
        return complements[0]
    return None


def shortens(name: str, full: str) -> bool:
    """Whether `name` is a shorter form of `full` by its first capitalised words ("Galatasaray" of
    "Galatasaray S.K.", "Labour" of "Labour Party", "Boca" of "Boca Juniors"), as a text calls the
    organisation it is about."""
    words, full_words = name.removeprefix("the ").split(), full.split()
    return (0 < len(words) < len(full_words) and full_words[:len(words)] == words
            and all(w[:1].isupper() and w.lower() not in load_actor_lexicon().initialism_skips for w in words))


def title_name(title: str) -> str:
    """A title without its disambiguation: "Labour Party (Norway)" -> "Labour Party"."""
    return re.sub(r"\s*\([^()]*\)\s*$", "", title).strip()


def names_title(name: str, title: str) -> bool:
    """Whether a first sentence's subject names what the title names: the title itself, or a longer form
    holding the title's name without its disambiguation and its abbreviated legal or club form ("Celtic
    Football Club" for "Celtic F.C.", "Club Atlético Boca Juniors" for "Boca Juniors", "Siemens AG" for
    "Siemens", "The Labour Party" for "Labour Party (Norway)")."""
    name, title = normalise_name(name), normalise_name(title)
    if name == title:
        return True
    words = title_name(title).split()
    if len(words) >= 2 and (words[-1].lower().replace(".", "") in load_actor_lexicon().company_forms
                            or "." in words[-1].rstrip(".")):
        words = words[:-1]  # "F.C.", "S.K.", "N.V.", "AG": the form, not the name
    return bool(words) and f" {' '.join(words)} " in f" {name} "


def article_maker(doc: Doc, ents: tuple[Span, ...]) -> str | None:
    """Who made or gives the thing an article is about, by its first sentence: the person or organisation
    after "by" there ("is a symphonic poem by the composer X", "a novella by X", "awards given annually
    by the Y Academy (YA)", "a martial art developed by X"); None when the first sentence names none, or
    more than one."""
    first = lead_sentence(doc)
    if first is None:
        return None
    makers = []
    for token in first:
        if token.lower_ != "by" or token.dep_ not in ("agent", "prep"):
            continue
        for ent in ents:
            root = ent.root.head if ent.root.dep_ == "appos" else ent.root  # "by the composer X"
            if ent.label_ in ("PERSON", "ORG") and root.head == token and first.start <= ent.start:
                makers.append(normalise_name(ent.text))
    return makers[0] if len(set(makers)) == 1 else None


def crew_members(doc: Doc) -> tuple[str, ...]:
    """The names of a crew's members: the names (not parts of longer ones) between the first crew noun the
    text follows with two or more of them and the verb it is the subject of ("the crew of Armstrong,
    Aldrin, and Collins met", "The three-astronaut crew — Commander A, Pilot B and Pilot C — became")."""
    nouns = load_actor_lexicon().crew_nouns
    for token in tokens_where(doc, "lemma_", lambda lemma: lemma.lower() in nouns):
        if token.pos_ != "NOUN" or token.dep_ not in ("nsubj", "nsubjpass"):
            continue
        names = [t.text for t in doc[token.i + 1:token.head.i]
                 if t.pos_ == "PROPN" and t.dep_ not in ("compound", "flat") and t.text[:1].isupper()]
        if len(names) >= 2:
            return tuple(names)
    return ()


def person_parents(doc: Doc, ents: tuple[Span, ...], person: str, pronouns: frozenset, people: dict) -> dict:
    """A biography's person's father and mother, where the article makes them certain: the two persons after the
    first "son of", "daughter of" (`offspring_nouns`; not a name in brackets) in a sentence whose subject is the person (by a word of
    the name or a pronoun of the person's gender), with the roles the text gives them: "X and his wife, Y" (Y
    the mother; `wife_nouns`, `husband_nouns`), or "his mother Y", "his father X" anywhere (`mother_nouns`,
    `father_nouns`: a name right after the noun, in full or by the given name of one parent alone, the other
    parent taking the other role); {} otherwise. Names
    are the ones the persons' wiki links give ("[[Johanna Schopenhauer|Johanna]]")."""
    lex = load_actor_lexicon()
    own = set(person.split())
    persons = [ent for ent in ents if ent.label_ == "PERSON"]

    def name_of(ent: Span) -> str:
        name = normalise_name(ent.text).strip(" ,")
        return people.get(name, people.get(normalise_name(ent.text), name))

    pair: list[Span] = []
    for token in tokens_where(doc, "lemma_", lambda lemma: lemma.lower() in lex.offspring_nouns):
        if token.i + 1 >= len(doc) or doc[token.i + 1].lower_ != "of":
            continue
        sent = token.sent
        subjects = [t for t in sent if t.dep_ in ("nsubj", "nsubjpass") and t.i < token.i]
        if not subjects or not (subjects[0].lower_ in pronouns or subjects[0].text in own):
            continue
        pair = [ent for ent in persons if token.i < ent.start and ent.end <= sent.end
                and not in_brackets(doc[sent.start:ent.start])][:2]  # not "(née Keller)": a name's earlier form
        break
    if len(pair) != 2 or name_of(pair[0]) == name_of(pair[1]):
        return {}
    first, second = name_of(pair[0]), name_of(pair[1])
    between = {t.lemma_.lower() for t in doc[pair[0].end:pair[1].start]}
    if between & lex.wife_nouns:
        return {"father": first, "mother": second}
    if between & lex.husband_nouns:
        return {"father": second, "mother": first}
    for noun in tokens_where(doc, "lemma_", lambda lemma: lemma.lower() in lex.father_nouns | lex.mother_nouns):
        if not any(c.dep_ == "poss" and c.lower_ in pronouns for c in noun.children):
            continue
        named = next((ent for ent in persons if noun.i < ent.start <= noun.i + 2), None)
        if named is None:
            continue
        name = name_of(named)
        role = "father" if noun.lemma_.lower() in lex.father_nouns else "mother"
        other = "mother" if role == "father" else "father"
        given = [full for full in (first, second) if full == name or (" " not in name and full.split()[0] == name)]
        if len(given) == 1:  # "his mother Anna Keller", or by the given name alone ("his mother Anna")
            return {role: given[0], other: second if given[0] == first else first}
    return {}


def in_brackets(before: Span) -> bool:
    """Whether what follows `before` is inside brackets it opens ("Anna Moser (née Keller")."""
    return sum(1 for t in before if t.text == "(") > sum(1 for t in before if t.text == ")")


CRAFT_DESIGNATION = re.compile(r"^[A-Z][\w\-]*(?: [A-Z][\w\-]*){0,2} \d{1,3}[A-Z]?$")


def crewed_craft(title: str, crew: tuple[str, ...]) -> str | None:
    """The crewed craft or mission an article is about: its title, when that is a name with a serial number
    ("Apollo 11", "Voskhod 2", "Soyuz TM 7") and the article names the members of a crew (`crew_members`);
    the craft acting ("Apollo 11 passed behind the Moon") stands for its crew."""
    name = " ".join(title.replace("\u00a0", " ").split())
    return name if len(crew) >= 2 and CRAFT_DESIGNATION.match(name) else None


def linked_people(doc: Doc, ents: tuple[Span, ...]) -> dict:
    """Persons the text shows by another form of their name inside a wiki link to their page ("[[Laura
    Huxley|Laura Archera]]", "[[Marie François Sadi Carnot|Sadi Carnot]]", "[[Alexander II of Russia|
    Alexander II]]"): the shown name -> the page's title without its disambiguation, when the title is a
    person's name (two to six words, each capitalised but a particle, not begun by a title) that shares a
    word with the shown name of two words or more, or ends with a lone surname shown ("[[Pierre-Simon
    Laplace|Laplace]]") that is not in the article's title (there a lone surname may be a relative's); the
    first link of a shown name gives it for the whole article."""
    clean = doc._.clean
    if clean is None or not getattr(clean, "links", ()):
        return {}
    skips = load_actor_lexicon().initialism_skips
    titles = load_gazetteer().titles
    found: dict[str, str] = {}
    own_words = {w.lower() for w in (doc._.title or "").split()}
    for ent in ents:
        if ent.label_ != "PERSON":
            continue
        name = normalise_name(ent.text)
        if name in found or not name:
            continue
        target = clean.link_target(ent.start_char, ent.end_char)
        if not target:
            continue
        title = link_title(target)
        words = title.split()
        shown = {w.strip(".,").lower() for w in name.split()}
        surname = len(shown) == 1 and words[-1].lower() == name.lower() and name.lower() not in own_words
        if (title != name and (len(shown) >= 2 or surname) and 2 <= len(words) <= 6 and words[0] not in titles
                and all(w[:1].isupper() or w.lower() in skips for w in words)
                and any(w.lower() in shown for w in words if w.lower() not in skips)):
            found[name] = title
    return found


def linked_names(doc: Doc, ents: tuple[Span, ...]) -> dict:
    """Organisations the text shows by a short name inside a wiki link to a fuller one ("[[Democratic
    Party of Albania|Democratic Party]]"): the shown name -> the link's title without its
    disambiguation ("National Liberation Movement (Albania)" -> "National Liberation Movement"), when
    the title is the shown name completed; the first such link of a name gives it for the whole
    article, where the later mentions are not linked."""
    clean = doc._.clean
    if clean is None or not getattr(clean, "links", ()):
        return {}
    found: dict[str, str] = {}
    for ent in ents:
        if ent.label_ != "ORG":
            continue
        name = normalise_name(ent.text)
        if name in found:
            continue
        first = next((t for t in ent if t.dep_ != "det" and t.lower_ != "the"), None)
        if first is None:
            continue
        target = clean.link_target(first.idx, ent.end_char)  # "the [[X|Y]]": the link is Y's
        if not target:
            continue
        full = link_title(target)
        if len(full) > len(name) and full.lower().startswith(name.lower() + " "):
            found[name] = full  # the name completed, not another page about it ("History of the X Party")
    return found


def article_subject(title: str, ents: tuple[Span, ...], initialisms: dict, doc: Doc) -> tuple[tuple[str, ...], str | None]:
    """The one state the title is about ("Albania", "History of Albania", not "American Revolutionary
    War"), else the organisation it names when its head noun is an organisation's ("... Standards
    Institute") or the text tags it or its initialism as one ("American Football Conference", "AFC"), else the place it names when the text tags
    that name as a place at least twice (a province, a federal state, a city: kind "region"); else
    nobody."""
    title = " ".join(title.split())
    if not title:
        return (), None
    lex = load_actor_lexicon()
    states = states_named_in(title)
    if len(states) == 1:
        head, of, rest = title.partition(" of ")
        about = rest if of and head.split()[-1].lower() in lex.subject_title_heads else title
        if resolve_parties(about) == states:
            return (states[0],), "state"
    elif states:
        return (), None
    if document_head(title):
        state = lead_state(doc, ents)
        return ((state,), "document") if state else ((), None)
    words = title_name(title).split()  # "Labour Party (Norway)": its head is "Party"
    named = {normalise_name(ent.text) for ent in ents if ent.label_ == "ORG"}
    abbreviation = initials(title)
    tagged = title in named or (len(abbreviation) >= 2 and (abbreviation in named or abbreviation in initialisms))
    capitalised = all(w[:1].isupper() for w in words if w.lower() not in lex.initialism_skips)
    head = words[-1].lower()
    body = noun_class(head) == "organisation" or head in lex.organisation_heads
    places = sum(1 for ent in ents if ent.label_ == "GPE" and normalise_name(ent.text) == title
                 and not in_title_block(doc, ent.start_char))
    bodies = sum(1 for ent in ents if ent.label_ == "ORG" and normalise_name(ent.text) == title)
    if capitalised and places >= 2 and places > bodies and not body:
        return (title,), "region"  # v1.1: a sub-national entity is named by its name ("Texas", "Catalonia")
    labels = [ent.label_ for ent in ents if normalise_name(ent.text) in (title, abbreviation)]
    named_so = (labels.count("ORG") >= 2 and labels.count("ORG") > len(labels) / 2  # "the AFC", "the American Football Conference"
                and noun_class(head) in (None, "group")  # not "... War", "... Time": an event or a thing
                and not (head.endswith("s") and noun_class(head[:-1]) == "thing"))  # nor "... Awards": prizes
    if capitalised and ((len(words) >= 2 and (body or named_so))
                        or (tagged and len(words) == 1 and noun_class(head) is None)
                        or defined_as_organisation(title, doc)):
        return (title_name(title),), "org"
    return (), None


def document_head(title: str) -> str | None:
    """The head noun of a title that names a state's founding document ("Articles of Confederation",
    "Constitution of Japan", "the Basic Law"; `founding_document_heads`), lower-cased, else None."""
    head = title.partition(" of ")[0].lower().removeprefix("the ").strip()
    heads = load_actor_lexicon().founding_document_heads
    return next((h for h in heads if head == h or head.endswith(" " + h)), None)


def lead_state(doc: Doc, ents: tuple[Span, ...]) -> str | None:
    """The state the article's first paragraph names most (a tie names none)."""
    lead = lead_paragraph(doc)
    if lead is None:
        return None
    counts: dict[str, int] = {}
    for ent in ents:
        if ent.label_ == "GPE" and lead.start <= ent.start_char < lead.end:
            for party in resolve_parties(ent.text):
                if kind_of(party) == "state":
                    counts[party] = counts.get(party, 0) + 1
    ranked = sorted(counts, key=lambda party: (-counts[party], party))
    return ranked[0] if ranked and (len(ranked) == 1 or counts[ranked[0]] > counts[ranked[1]]) else None


def article_person(title: str, ents: tuple[Span, ...], doc: Doc | None = None) -> str | None:
    """The person a biography is about: its title, when the text tags that name (or the title's last
    word, a surname) as a person's at least twice, or where its first sentence says the title is a person
    ("X was an American novelist": `person_noun`) and the text tags the name so once or speaks of one
    person by "he" or "she" (not "X is a Swedish car maker": a company by a noun of persons)."""
    name = " ".join(title.split())
    words = name.split()
    if not 2 <= len(words) <= 4 or not all(w[:1].isupper() for w in words):
        return None
    tagged = sum(1 for ent in ents if ent.label_ == "PERSON" and normalise_name(ent.text) in (name, words[-1]))
    defined = doc is not None and person_noun(name, doc) and (tagged or person_gender(doc))
    return name if tagged >= 2 or defined else None


def person_noun(title: str, doc: Doc) -> str | None:
    """The lemma of the noun of persons a biography's first sentence calls its title ("novelist", "politician"),
    which "the novelist" later stands for."""
    noun = defining_noun(title, doc)
    return noun.lemma_.lower() if noun is not None and noun_class(noun.lemma_.lower()) == "person" else None


def person_gender(doc: Doc) -> frozenset:
    """The pronouns of a biography's person: those of the gender the article uses at least twice as
    often as the other (at least three times in all), else none (`masculine_pronouns`, `feminine_pronouns`)."""
    lex = load_actor_lexicon()
    words = [t.lower_ for t in tokens_where(doc, "lower_", lambda w: w in lex.masculine_pronouns or w in lex.feminine_pronouns)]
    masculine = sum(1 for w in words if w in lex.masculine_pronouns)
    feminine = len(words) - masculine
    if masculine >= 3 and masculine >= 2 * feminine:
        return lex.masculine_pronouns
    if feminine >= 3 and feminine >= 2 * masculine:
        return lex.feminine_pronouns
    return frozenset()


def defined_initialisms(doc: Doc, ents: tuple[Span, ...]) -> dict:
    """"the Tanganyika African National Union (TANU)": TANU -> its name. The name is the organisation
    entity ending right before the bracket, or the capitalised words there whose initials give it."""
    found: dict[str, str] = {}
    ent_ending = {ent.end: ent for ent in ents if ent.label_ in ("ORG", "FAC", "GPE", "NORP", "PRODUCT")}
    skips = load_actor_lexicon().initialism_skips
    for token in tokens_where(doc, "text", lambda text: text == "("):
        if token.i + 2 >= len(doc) or doc[token.i + 2].text != ")":
            continue
        short = doc[token.i + 1].text
        if not INITIALISM.match(short) or short in found:
            continue
        ent = ent_ending.get(token.i)
        name = normalise_name(ent.text) if ent is not None and ent.label_ == "ORG" else ""
        if not name:
            # capitalised words (and the function words between them) right before the bracket
            words: list[str] = []
            i = token.i - 1
            while i >= 0 and (doc[i].text[:1].isupper() or (words and doc[i].lower_ in skips)):
                words.insert(0, doc[i].text)
                i -= 1
            while words and words[0].lower() in skips:
                words.pop(0)
            candidate = " ".join(words)
            letters = short.replace(".", "").replace("-", "").replace("&", "")
            if candidate and initials(candidate).endswith(letters) and len(letters) >= 2:
                # the initialism's words are the last ones ("In 1918 the American ... Committee (AESC)")
                name = tail_for(candidate, letters, skips)
        if name and len(name.split()) >= 2:
            found[short] = name
    return found


def named_initialisms(doc: Doc, ents: tuple[Span, ...]) -> dict:
    """Initialisms the article spells out in a wiki link to the page of the state's body they abbreviate
    ("[[National Health Service|NHS]]": v1.1, the state; a company keeps its short common name, "ABC"). A
    short form two names share is left as it is."""
    names: dict[str, set[str]] = {}
    clean = doc._.clean
    for ent in ents:
        if ent.label_ != "ORG":
            continue
        short = ent.text.strip()
        target = clean.link_target(ent.start_char, ent.end_char) if clean is not None else None
        if target and INITIALISM.match(short):
            title = link_title(target)
            if initials(title) == short.replace(".", "") and len(title.split()) >= 2 and state_of_body(title):
                names.setdefault(short, set()).add(title)  # "[[National Health Service|NHS]]": the state's body
    return {short: next(iter(full)) for short, full in names.items() if len(full) == 1}


def spelled_initialisms(ents: tuple[Span, ...]) -> dict:
    """Initialisms the article uses without defining them for an organisation it names in full elsewhere in
    its text ("Metro-Goldwyn-Mayer ... MGM released"): the one full name whose initials they are, of an
    entity the model tags an organisation or a facility (it often takes a company's name for a building's);
    a link's title alone does not count ("[[American Broadcasting Company|ABC]]" keeps its short common name)."""
    found: dict[str, str] = {}
    full = {normalise_name(ent.text).removeprefix("the ") for ent in ents if ent.label_ in ("ORG", "FAC")}
    full = {name for name in full if len(name.split()) > 1 or "-" in name}
    initials_of = {name: initials(name) for name in full}  # once per name, not once per initialism tried
    for ent in ents:
        if ent.label_ != "ORG":
            continue  # before the text: spaCy builds a span's text on every read
        short = ent.text.strip()
        if not INITIALISM.match(short) or short in found:
            continue
        letters = short.replace(".", "")
        if len(letters) < 3:
            continue  # "BA" (a degree) is not the "British Army" the article names
        matches = {name for name in full if initials_of[name] == letters}
        if len(matches) == 1:
            found[short] = matches.pop()
    return found


def tail_for(candidate: str, letters: str, skips: frozenset) -> str:
    """The shortest tail of `candidate` whose initials are `letters`."""
    words = candidate.split()
    for start in range(len(words) - 1, -1, -1):
        tail = " ".join(words[start:])
        if words[start].lower() not in skips and initials(tail) == letters:
            return tail
    return candidate


def named_wars(doc: Doc, ents: tuple[Span, ...], entity_at: tuple) -> list[War]:
    """Wars the text names with their sides: a name that joins states ("the Russo-Japanese War"),
    "war between X and Y", "X's war with Y", "X declared war on Y"."""
    wars = []
    named: tuple[str, ...] | None = None  # read only when a war's name does not give its sides
    for token in tokens_where(doc, "lemma_", lambda lemma: lemma.lower() == "war"):
        if token.pos_ not in ("NOUN", "PROPN"):
            continue
        sides: list[str] = []
        modifiers = [c for c in token.lefts if c.dep_ in ("amod", "compound", "nmod")]
        if modifiers:
            start = min(t.i for c in modifiers for t in c.subtree)
            while start >= 2 and doc[start - 1].text in WAR_NAME_JOINERS and doc[start - 2].pos_ in ("PROPN", "ADJ"):
                start -= 2  # "the Iran–Iraq War" parsed with "Iran" outside the name: the side before the dash
            text = doc[start:token.i].text
            if any(ch in text for ch in WAR_NAME_JOINERS):
                sides.extend(resolve_parties(text))
        for child in token.children:
            if child.dep_ == "poss":
                sides.extend(states_of(child.subtree, entity_at))
            elif child.dep_ == "prep" and child.lower_ in ("between", "with", "against", "on"):
                sides.extend(states_of(child.subtree, entity_at))
        if token.dep_ == "dobj" and token.head.lemma_.lower() == "declare":
            for child in token.head.children:
                if child.dep_ == "nsubj" or (child.dep_ == "prep" and child.lower_ in ("on", "against")):
                    sides.extend(states_of(child.subtree, entity_at))
        else:
            sides.extend(war_waged_sides(token, entity_at))
        sides = list(dict.fromkeys(s for s in sides if kind_of(s) == "state"))
        name = doc[min([token.i] + [t.i for c in modifiers for t in c.subtree]):token.i + 1].text
        years = None
        if len(sides) < 2:
            if named is None:
                named = tuple(sorted({ent.text for ent in ents if ent.label_ in ("GPE", "NORP", "ORG")}
                                     | {t.text for t in proper_nouns_outside_entities(doc)}))
            sides = list(known_sides(name, named))
            years = known_years(name) if sides else None
        wars.append(War(token.i, name, tuple(sorted(sides)) if len(sides) >= 2 else (), section_of(doc, token.idx), years))
    return wars


WAR_NAME_JOINERS = "-\u2010\u2011\u2012\u2013\u2014/"  # the dashes that join a war's sides in its name


def war_waged_sides(war: Token, entity_at: tuple) -> list[str]:
    """The sides of a war that a verb's subject wages on a partner the verb names ("Chile went to war with
    Peru", "Paraguay waged war against Brazil", "Japan fought a war with Russia"): the subject's states and
    the partner's, when the partner is there (a subject alone, "Japan entered the war", names one side of
    a war it did not start)."""
    verb = war.head if war.dep_ == "dobj" else war.head.head if war.dep_ == "pobj" and war.head.lower_ in ("to", "into") else None
    if verb is None or verb.pos_ not in ("VERB", "AUX"):
        return []
    partners = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("with", "against", "on")]
    partners += [c for c in war.children if c.dep_ == "prep" and c.lower_ in ("with", "against", "on")]
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not partners or not subjects:
        return []
    return [side for child in subjects + partners for side in states_of(child.subtree, entity_at)]


def former_names(doc: Doc, entity_at: tuple, initialisms: dict) -> frozenset:
    """In an article about an organisation, the organisations its renamings join ("In 1928, the AESC became
    the American Standards Association (ASA)", "the ASA was reorganized and became X", "X was renamed Y"):
    the article's organisation under its earlier names (set conventions: a renamed organisation keeps one
    id), as initialisms spelled out; a renaming is a verb of becoming or renaming with an organisation's
    name on either side."""
    names: set[str] = set()
    for verb in tokens_where(doc, "lemma_", lambda lemma: lemma.lower() in ("become", "rename")):
        if not is_verb_token(verb):
            continue
        before = organisation_names([t for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree],
                                    entity_at, initialisms)
        if not before and verb.dep_ == "conj":  # "the ASA was reorganized and became X"
            before = organisation_names([t for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")
                                         for t in c.subtree], entity_at, initialisms)
        after = organisation_names([t for c in verb.children if c.dep_ in ("attr", "oprd", "dobj") for t in c.subtree],
                                   entity_at, initialisms)
        if before and after:
            names.update(before + after)
    return frozenset(names)


def is_verb_token(token: Token) -> bool:
    return token.pos_ in ("VERB", "AUX") and token.dep_ not in ("aux", "auxpass")


def organisation_names(tokens: list[Token], entity_at: tuple, initialisms: dict) -> list[str]:
    """The organisations named in `tokens` (ORG entities, initialisms the article defines), spelled out."""
    names = []
    for token in tokens:
        ent = entity_at[token.i]
        if ent is not None and ent.start == token.i and ent.label_ == "ORG":
            name = normalise_name(ent.text).removeprefix("the ")
            names.append(initialisms.get(name, name))
        elif ent is None and token.text in initialisms:
            names.append(initialisms[token.text])
    return names


def rebel_organisations(ents: tuple[Span, ...], initialisms: dict) -> tuple[str, ...]:
    """The organisations the article calls rebels most often ("UNITA rebels", "the UNITA rebel movement",
    "the rebels of the Front", "the guerrilla army X": WordNet's rebel nouns, `rebel_nouns`), by their
    common name (an initialism the article defines spelled out); () when it calls none so."""
    nouns = load_actor_lexicon().rebel_nouns
    counts: dict[str, int] = {}
    for ent in ents:
        if ent.label_ != "ORG":
            continue
        root = ent.root
        near = [root.head, *root.children]
        if root.dep_ in ("compound", "amod", "nmod", "appos", "pobj") and root.head is not root:
            near.extend(root.head.children)  # "the UNITA rebel movement": "rebel" beside the name on its head
            if root.dep_ == "pobj":
                near.append(root.head.head)  # "the rebels of UNITA"
        before = ent.doc[ent.start - 1] if ent.start > 0 else None
        if before is not None and before.pos_ == "NOUN":
            near.extend([before, *before.children])  # "the rebel movement UNITA", however parsed
        if any(t.i not in range(ent.start, ent.end) and (t.lemma_.lower() in nouns or t.lower_ in nouns) for t in near):
            name = normalise_name(ent.text)
            name = initialisms.get(name, name)
            counts[name] = counts.get(name, 0) + 1
    if not counts:
        return ()
    most = max(counts.values())
    return tuple(sorted(name for name, count in counts.items() if count == most))


def civil_war_sides(wars: list[War], doc: Doc, entity_at: tuple, home: str | None, rebels: tuple[str, ...]) -> list[War]:
    """A civil war the text names without its sides ("the civil war", "Angola's civil war", "the Angolan
    Civil War") is fought by its state's government and the rebels the article names (see
    `rebel_organisations`): its state is the one its name or its of/in phrase names, else the article's home
    state; the rebels are taken only for the article's home state's civil war."""
    if not rebels or home is None:
        return wars
    found = []
    for war in wars:
        token = doc[war.start]
        if war.sides or not any(c.lower_ == "civil" and c.dep_ in ("amod", "compound") for c in token.children):
            found.append(war)
            continue
        named = [t for c in token.children if c.dep_ in ("amod", "compound", "nmod", "poss") and c.lower_ != "civil"
                 for t in c.subtree]
        named += [t for c in token.children if c.dep_ == "prep" and c.lower_ in ("in", "of") for t in c.subtree]
        states = {s for s in states_of(named, entity_at) if kind_of(s) == "state"}
        if states and states != {home}:
            found.append(war)  # another state's civil war
            continue
        found.append(War(war.start, war.name, tuple(sorted({home, *rebels})), war.section, war.years))
    return found


def known_years(name: str) -> str | None:
    """The years the actor lexicon gives a war named without its states ("Civil War": "1861/1865")."""
    known = load_actor_lexicon().war_sides.get(normalise_name(name).removeprefix("the ").strip())
    return known[1] if known else None


def within_years(year: str, years: str) -> bool:
    """Whether a year ("1863") lies in a span of years ("1861/1865") or is the one year given ("1982")."""
    first, _, last = years.partition("/")
    return first[:4] <= year <= (last or first)[:4]


def known_sides(name: str, names: tuple[str, ...]) -> tuple[str, ...]:
    """The sides the lexicon gives a war named without its states ("the Civil War"), when the article
    names every one of them (`names`: the texts of its entities, read as in the war's years: "the
    Union" is the United States in the Civil War)."""
    known = load_actor_lexicon().war_sides.get(normalise_name(name).removeprefix("the ").strip())
    if not known:
        return ()
    sides, when = known
    missing = set(sides)
    for text in names:  # until every side is named
        missing.difference_update(resolve_parties(text, when))
        if not missing:
            return sides
    return ()


def in_title_block(doc: Doc, char: int) -> bool:
    clean = doc._.clean
    block = clean.block_at(char) if clean is not None else None
    return block is not None and block.kind == TITLE


def section_of(doc: Doc, char: int) -> str | None:
    clean = doc._.clean
    block = clean.block_at(char) if clean is not None else None
    return block.section if block is not None else None


def states_of(tokens, entity_at: tuple) -> list[str]:
    states = []
    for token in tokens:
        ent = entity_at[token.i]
        if ent is not None and ent.start == token.i and ent.label_ not in ("DATE", "CARDINAL", "PERSON"):
            states.extend(resolve_parties(ent.text))
        elif ent is None and token.pos_ == "PROPN":
            states.extend(resolve_parties(token.text))
    return states


def article_war_sides(title: str, pair: tuple[str, ...], lead: tuple[str, ...] = ()) -> tuple[str, ...]:
    """The sides of the war an article is about: the states its title joins ("Italo-Ethiopian War"),
    else the states its first sentence sets the war between (`lead_sides`), else the two states it names
    most (`pair`), when its title's head is a war's noun."""
    words = title.split()
    if not words or noun_event_type(words[-1].lower()) != "conflict":
        return ()
    named = [s for s in resolve_parties(" ".join(words[:-1])) if kind_of(s) == "state"]
    if len(named) >= 2:
        return tuple(sorted(named))
    return lead or tuple(pair)


def lead_sides(doc: Doc, entity_at: tuple) -> tuple[str, ...]:
    """The two or more states the article's first sentence sets its subject between ("X was a conflict
    between A and B", "a war fought between A and B in 1969"), sorted, or ()."""
    first = lead_sentence(doc)
    if first is None:
        return ()
    for token in first:
        if token.lower_ == "between" and token.dep_ == "prep":
            states = {s for s in states_of(list(token.subtree)[1:], entity_at) if kind_of(s) == "state"}
            if len(states) >= 2:
                return tuple(sorted(states))
    return ()
