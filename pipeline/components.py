"""The extractors as spaCy pipeline components, for a spaCy user's own pipeline:

    nlp = spacy.load("en_core_web_sm")
    nlp.add_pipe("almanac_dates")      # doc._.dates:   list of DateRecord
    nlp.add_pipe("almanac_figures")    # doc._.figures: list of FigureRecord
    nlp.add_pipe("almanac_events")     # doc._.events:  list of EventRecord

The factories are registered through the `spacy_factories` entry point (pyproject.toml), so
`add_pipe` and `spacy.load` of a saved pipeline find them without importing almanac first. Each
component calls the same extractor `almanac run` calls (`match`), then stores its records on the Doc
(`set_annotations`); the extractor never changes the Doc. Figures and events are dated by
`doc._.dates` when an `almanac_dates` component ran before them; otherwise they find the dates
themselves (and leave `doc._.dates` unset). Records carry character offsets into `doc.text`.

The components need the tagger, parser and entity recognizer before them.

spaCy imports this module whenever it builds any pipeline (it loads every `spacy_factories` entry point),
so the extractors and their rule data are imported when a component first runs, not here: a spaCy user
with almanac installed does not pay for them in every `spacy.load`.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.language import Language
from spacy.tokens import Doc

from .language import extensions  # noqa: F401  (registers doc._.dates, doc._.figures, doc._.events)
# Tokenised as `load_nlp` tokenises: a component added to a plain model installs almanac's one tokenizer rule.
from .language.tokenizer import split_dash_before_number

if TYPE_CHECKING:
    from .extraction.dates import DateRecord
    from .extraction.events import EventRecord
    from .extraction.figures import FigureRecord

REQUIRES = ["doc.ents", "doc.sents", "token.dep", "token.pos", "token.lemma"]


class DatesComponent:
    """Temporal expressions with their TIMEX3 values: `doc._.dates`."""

    attribute = "dates"

    def __init__(self, name: str, overwrite: bool) -> None:
        self.name = name
        self.overwrite = overwrite

    def __call__(self, doc: Doc) -> Doc:
        if self.overwrite or getattr(doc._, self.attribute) is None:
            self.set_annotations(doc, self.match(doc))
        return doc

    def match(self, doc: Doc) -> list:
        from .extraction.dates import extract_dates

        return extract_dates(doc)

    def set_annotations(self, doc: Doc, records: list) -> None:
        setattr(doc._, self.attribute, records)


class FiguresComponent(DatesComponent):
    """Amounts of money, mass, percent and counts, with measure, period and parties: `doc._.figures`."""

    attribute = "figures"

    def match(self, doc: Doc) -> list[FigureRecord]:
        from .extraction.figures import extract_figures

        return extract_figures(doc, dates_of(doc))


class EventsComponent(DatesComponent):
    """Dated events with their type, participants and location: `doc._.events`."""

    attribute = "events"

    def match(self, doc: Doc) -> list[EventRecord]:
        from .extraction.events import extract_events

        return extract_events(doc, dates_of(doc))


def dates_of(doc: Doc) -> list[DateRecord]:
    """The dates an earlier `almanac_dates` set, else the dates found now (not stored on the Doc)."""
    from .extraction.dates import extract_dates

    return doc._.dates if doc._.dates is not None else extract_dates(doc)


# overwrite: run again on a Doc that already has the attribute set (by default it is kept).
@Language.factory("almanac_dates", default_config={"overwrite": False}, assigns=["doc._.dates"], requires=REQUIRES)
def make_dates(nlp: Language, name: str, overwrite: bool) -> DatesComponent:
    split_dash_before_number(nlp)
    return DatesComponent(name, overwrite)


@Language.factory("almanac_figures", default_config={"overwrite": False}, assigns=["doc._.figures"], requires=REQUIRES)
def make_figures(nlp: Language, name: str, overwrite: bool) -> FiguresComponent:
    split_dash_before_number(nlp)
    return FiguresComponent(name, overwrite)


@Language.factory("almanac_events", default_config={"overwrite": False}, assigns=["doc._.events"], requires=REQUIRES)
def make_events(nlp: Language, name: str, overwrite: bool) -> EventsComponent:
    split_dash_before_number(nlp)
    return EventsComponent(name, overwrite)
