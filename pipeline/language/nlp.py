"""The spaCy stage: the model, a block-boundary component, and Doc creation from clean text."""
from __future__ import annotations

from functools import lru_cache
from typing import Iterable, Iterator

import numpy
import spacy
from spacy.attrs import IDX, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from ..config import MODEL_INSTALL_HINT, SETTINGS
from ..errors import ModelNotInstalledError
from ..reading.clean import HEADING, TABLE_ROW, TITLE, CleanText
from . import attribute_ruler, inference, lemmatizer
from .tokenizer import read_tokenizer_splitting_dash, split_dash_before_number
from . import extensions  # noqa: F401  (registers the Doc extensions)

# Blocks that are one sentence each, whatever the parser thinks.
SINGLE_SENTENCE_BLOCKS = {TITLE, HEADING, TABLE_ROW}


@Language.factory("almanac_block_boundaries", default_config={"single_sentence_blocks": sorted(SINGLE_SENTENCE_BLOCKS)})
def make_block_boundaries(nlp: Language, name: str, single_sentence_blocks: list[str]) -> "BlockBoundaries":
    return BlockBoundaries(set(single_sentence_blocks))


class BlockBoundaries:
    """Every block starts a sentence, and its second token does not; headings, titles and table rows
    are one sentence each.

    Runs before the parser, which keeps sentence starts that are already set (True or False).
    """

    def __init__(self, single_sentence_blocks: set[str]) -> None:
        self.single_sentence_blocks = single_sentence_blocks

    def __call__(self, doc: Doc) -> Doc:
        blocks = doc._.blocks or []
        if not blocks or not len(doc):
            return doc
        # One array pass, not a Token object per token: this runs on every token of every article.
        offsets = doc.to_array(IDX)
        sent_starts = doc.to_array(SENT_START).view(numpy.int64)  # 1 start, -1 not a start, 0 unknown
        position = 0
        for block in blocks:
            first = max(int(numpy.searchsorted(offsets, block.start)), position)
            end = max(int(numpy.searchsorted(offsets, block.end)), first)  # tokens that start in the block
            if first < end:
                sent_starts[first] = 1
                if block.kind in self.single_sentence_blocks:
                    sent_starts[first + 1:end] = -1
                elif end - first >= 2:
                    # With the block's start forced, the parser can cut its first word off as a sentence
                    # of its own ("Argentina | and Brazil signed ..."); no block opens with one.
                    sent_starts[first + 1] = -1
            position = end
        return doc.from_array([SENT_START], sent_starts.view(numpy.uint64))


def load_nlp(model_name: str | None = None, *, stock_components: bool = False) -> Language:
    """The configured spaCy model with almanac's components; built once per process.

    The model's attribute ruler and lemmatizer are replaced by array versions that give the same
    annotations at a fraction of the cost (`attribute_ruler.py`, `lemmatizer.py`; under the same pipe
    names); a model whose components these cannot stand in for keeps its own. Its networks run for
    prediction only, without the memory training would need (`inference.py`). `stock_components`
    keeps the model's own ones regardless (the tests compare the two)."""
    return _load_model(model_name or SETTINGS.spacy_model, stock_components)


@lru_cache(maxsize=4)  # keyed by the model's name: load_nlp(), load_nlp(None) and the name are one entry
def _load_model(name: str, stock_components: bool = False) -> Language:
    try:
        # The tokenizer is read below, its infixes joined with the dash rule before they are compiled.
        nlp = spacy.load(name, exclude=["tokenizer"])
    except OSError:
        raise ModelNotInstalledError(
            f"spaCy model {name!r} is not installed; install it with: {MODEL_INSTALL_HINT}"
        ) from None
    saved_tokenizer = nlp.path / "tokenizer" if nlp.path is not None else None
    if saved_tokenizer is not None and saved_tokenizer.is_file():
        read_tokenizer_splitting_dash(nlp, saved_tokenizer)
    else:  # not a model read from a folder: loaded whole, as spaCy loads it
        nlp = spacy.load(name)
        split_dash_before_number(nlp)
    nlp.add_pipe("almanac_block_boundaries", before="parser" if "parser" in nlp.pipe_names else None)
    if not stock_components:
        attribute_ruler.install(nlp)
        lemmatizer.install(nlp)
        inference.install(nlp)
    return nlp


def make_doc(nlp: Language, clean: CleanText, doc_id: str, title: str | None = None) -> Doc:
    doc = nlp.make_doc(clean.text)
    doc._.blocks = clean.blocks
    doc._.clean = clean
    doc._.doc_id = doc_id
    doc._.title = title
    return doc


def annotate(nlp: Language, items: Iterable[tuple[CleanText, str, str | None]]) -> Iterator[Doc]:
    """Run the whole pipeline over (clean text, doc_id, title) items, batched, in order."""
    docs = (make_doc(nlp, clean, doc_id, title) for clean, doc_id, title in items)
    yield from annotate_docs(nlp, docs)


def annotate_docs(nlp: Language, docs: Iterable[Doc]) -> Iterator[Doc]:
    """Run the pipeline's components over Docs made by `make_doc`, batched, in order.

    Batches are bounded by characters as well as documents: the parser and the entity recognizer hold
    activations for every token of a batch, so 16 long articles at once peaked at 1.8 GB (bare
    `nlp.pipe` as much); at most `nlp_batch_chars` characters (one longer document alone) keep it low: on the sample dump a
    serial run peaks at 766 MB with batches of 100,000 characters, 690 MB with 50,000 (the same tables)."""
    for batch in char_batches(docs, SETTINGS.nlp_batch_size, SETTINGS.nlp_batch_chars):
        yield from nlp.pipe(batch, batch_size=len(batch))


def char_batches(docs: Iterable[Doc], max_docs: int, max_chars: int) -> Iterator[list[Doc]]:
    """Consecutive Docs in lists of at most `max_docs` Docs and `max_chars` characters (a longer Doc alone)."""
    batch: list[Doc] = []
    chars = 0
    for doc in docs:
        size = doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0  # len(doc.text), without building it
        if batch and (len(batch) >= max_docs or chars + size > max_chars):
            yield batch
            batch, chars = [], 0
        batch.append(doc)
        chars += size
    if batch:
        yield batch
