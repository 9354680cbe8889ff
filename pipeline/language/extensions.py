"""spaCy extension attributes, registered once, here only."""
from __future__ import annotations

from spacy.tokens import Doc

# Doc._.blocks: the CleanText blocks (title, heading, paragraph, list item, table row) of the doc.
# Doc._.clean: the CleanText itself (for table cells and the raw-offset map).
# Doc._.title: the page title an export gives (a plain-text article has its title as its first block).
# Doc._.dates, ._.figures, ._.events: the records the spaCy components (pipeline/components.py) set.
DOC_EXTENSIONS = {"blocks": None, "clean": None, "doc_id": None, "title": None, "dates": None, "figures": None,
                  "events": None}


def register_extensions() -> None:
    for name, default in DOC_EXTENSIONS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)


register_extensions()


def clean_text(doc: Doc) -> str:
    """The Doc's text, from its CleanText when it has one: Doc.text joins every token on each call."""
    return doc._.clean.text if doc._.clean is not None else doc.text
