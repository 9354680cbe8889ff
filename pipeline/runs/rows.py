"""One partition of documents into table rows: cleaning, spaCy and the extractors, then validated frames.

`partition_tables` is the one unit of work: a serial run, local worker processes and a Dask
cluster all call it on a list of raw documents and get the same validated frames back. What
happens to one document is `extract_rows`: the extractors' records (clean-text offsets) become
rows with raw offsets, raw text and sentence ids.
"""
from __future__ import annotations

import dataclasses
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Callable, Iterable, Iterator

import pandas as pd
from spacy.tokens import Doc

from .. import PIPELINE_VERSION
from ..errors import InputError
from ..extraction.checks import find_checks
from ..extraction.dates import date_matcher, extract_dates
from ..extraction.events import extract_events
from ..extraction.figures import extract_figures
from ..extraction.figures.lexicon import figure_matcher
from ..config import SETTINGS
from ..language.nlp import annotate_docs, load_nlp, make_doc
from ..reading.clean import CleanText, clean_rendered_text
from ..reading.documents import DocumentFailure, RawDocument, sha256_hex
from ..reading.wikitext import clean_wikitext
from ..tables.schema import TABLES, frame_from_rows, validate_table
from . import allocator
from .budget import DocumentClock, OverBudget


@dataclass
class DocumentRows:
    """The rows one document contributes to each table."""

    doc_id: str
    revision_id: int | None
    tables: dict[str, list[dict]]


@dataclass
class PartitionResult:
    rows: dict[str, list[dict]] = field(default_factory=lambda: {name: [] for name in TABLES})
    failures: list[DocumentFailure] = field(default_factory=list)
    processed: list[tuple[str, int | None]] = field(default_factory=list)
    frames: dict[str, pd.DataFrame] | None = None  # the rows as sorted, validated frames, once sealed

    def add(self, document: DocumentRows) -> None:
        for name, rows in document.tables.items():
            self.rows[name].extend(rows)
        self.processed.append((document.doc_id, document.revision_id))

    def seal(self) -> "PartitionResult":
        """The rows as validated frames (raises ValidationFailed); the rows themselves are dropped."""
        self.frames = build_frames(self.rows) if self.processed else {}
        self.rows = {}
        return self


def clean_document(document: RawDocument) -> CleanText:
    if document.markup == "wikitext":
        return clean_wikitext(document.raw)
    return clean_rendered_text(document.raw, document.title_line)


class SpanMapper:
    """Clean spans of one document to raw spans, raw text and sentence ids."""

    def __init__(self, doc: Doc, clean: CleanText, raw: str) -> None:
        self.clean = clean
        self.raw = raw
        self.sentences = [trim_span(clean.text, sent.start_char, sent.end_char) for sent in doc.sents]
        self.sentences = [span for span in self.sentences if span is not None]
        self.sentence_starts = [start for start, _ in self.sentences]

    def raw_span(self, start: int, end: int) -> tuple[int, int, str]:
        raw_start, raw_end = self.clean.raw_span(start, end)
        return raw_start, raw_end, self.raw[raw_start:raw_end]

    def sent_id(self, start: int) -> int:
        return max(bisect_right(self.sentence_starts, start) - 1, 0)

    def sentence_text(self, sent_id: int) -> str:
        start, end = self.sentences[sent_id]
        return self.raw_span(start, end)[2]


def trim_span(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span without surrounding whitespace (`text` is doc.text, passed in: Doc.text is rebuilt per call)."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if end > start else None


@lru_cache(maxsize=None)
def field_names(record_type: type) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(record_type))


def record_rows(records: Iterable, mapper: SpanMapper, base: dict) -> list[dict]:
    """Extractor records (clean offsets) into table rows (raw offsets, raw text, sentence id)."""
    rows = []
    for record in records:
        # Records are flat (scalars and lists of scalars): a shallow copy, not asdict's deep one.
        row = {name: getattr(record, name) for name in field_names(type(record))}
        start, end, text = mapper.raw_span(row.pop("start"), row.pop("end"))
        sent_id = mapper.sent_id(record.start)
        row.update(base, sent_id=sent_id, start=start, end=end, text=text)
        if "trigger" in row:
            row["trigger"] = text
            row["sentence"] = mapper.sentence_text(sent_id)
        rows.append(row)
    return rows


def extract_rows(doc: Doc, document: RawDocument, clean: CleanText) -> DocumentRows:
    """Every table's rows for one annotated document. The Doc is only read, never changed."""
    mapper = SpanMapper(doc, clean, document.raw)
    base = {"doc_id": document.doc_id, "revision_id": document.revision_id}
    sentences = []
    for sent_id, (start, end) in enumerate(mapper.sentences):
        raw_start, raw_end, text = mapper.raw_span(start, end)
        block = clean.block_at(start)
        sentences.append({
            **base, "sent_id": sent_id, "start": raw_start, "end": raw_end, "text": text,
            "section": block.section if block else None, "block": block.kind if block else "paragraph",
        })
    entities = []
    for ent in doc.ents:
        span = trim_span(clean.text, ent.start_char, ent.end_char)
        if span is None:
            continue
        raw_start, raw_end, text = mapper.raw_span(*span)
        entities.append({**base, "sent_id": mapper.sent_id(span[0]), "start": raw_start, "end": raw_end,
                         "text": text, "label": ent.label_})
    dates = extract_dates(doc)
    figures = extract_figures(doc, dates)
    checks = find_checks(doc, figures)
    events = extract_events(doc, dates)
    documents = [{
        **base, "source": document.source, "markup": document.markup, "sha256": document.sha256,
        "n_chars": document.n_chars, "n_sentences": len(sentences), "pipeline_version": PIPELINE_VERSION,
        "title": document.title, "page_id": document.page_id,
        "parent_revision_id": document.parent_revision_id, "timestamp": document.timestamp,
    }]
    return DocumentRows(document.doc_id, document.revision_id, {
        "documents": documents,
        "sentences": sentences,
        "entities": entities,
        "dates": record_rows(dates, mapper, base),
        "figures": record_rows(figures, mapper, base),
        "checks": record_rows(checks, mapper, base),
        "events": record_rows(events, mapper, base),
    })


def process_documents(
    documents: Iterable[RawDocument | DocumentFailure], model_name: str | None = None,
    budget_seconds: float | None = None,
) -> Iterator[DocumentRows | DocumentFailure]:
    """Rows for every document, in order; a document that fails becomes a DocumentFailure.

    Each document has `budget_seconds` (default: the setting) for its own stages, see `budget.py`."""
    nlp = load_nlp(model_name)
    budget = SETTINGS.document_seconds if budget_seconds is None else budget_seconds
    if budget:
        warm_up(model_name)  # first-use loading is the process's cost, not the first document's
    pending: list[tuple[RawDocument, CleanText | None, DocumentClock | None]] = []

    def failed(document: RawDocument, reason: str) -> DocumentFailure:
        return DocumentFailure(document.source, reason, document.doc_id, document.revision_id)

    def prepared() -> Iterator[Doc]:
        for document in documents:
            if isinstance(document, DocumentFailure):
                pending.append((document, None, None))  # type: ignore[arg-type]
                continue
            clock = DocumentClock(budget)
            try:
                with clock.stage():
                    clean = clean_document(document)
            except OverBudget as error:
                pending.append((failed(document, str(error)), None, None))  # type: ignore[arg-type]
                continue
            except Exception as error:  # one bad document never stops the batch
                pending.append((failed(document, f"cannot clean: {error}"), None, None))  # type: ignore[arg-type]
                continue
            if not clean.text.strip():
                pending.append((failed(document, "no article text after cleaning"), None, None))  # type: ignore[arg-type]
                continue
            if len(clean.text) > nlp.max_length:
                pending.append((failed(document, f"too long for the spaCy model ({len(clean.text):,} characters; "
                                f"the limit is {nlp.max_length:,})"), None, None))  # type: ignore[arg-type]
                continue
            try:
                with clock.stage():  # the tokenizer: where a pathological text costs most
                    doc = make_doc(nlp, clean, document.doc_id, document.title)
            except OverBudget as error:
                pending.append((failed(document, str(error)), None, None))  # type: ignore[arg-type]
                continue
            pending.append((document, clean, clock))
            yield doc

    for doc in annotate_docs(nlp, prepared()):
        # Failures queued before this document come out first, keeping input order.
        while pending and pending[0][1] is None:
            yield pending.pop(0)[0]  # type: ignore[misc]
        document, clean, clock = pending.pop(0)
        try:
            with clock.stage():  # type: ignore[union-attr]
                rows = extract_rows(doc, document, clean)  # type: ignore[arg-type]
        except OverBudget as error:
            yield failed(document, str(error))
            continue
        except Exception as error:  # an extractor bug on one document is reported, the batch goes on
            yield failed(document, f"extraction failed: {type(error).__name__}: {error}")
            continue
        yield rows
    while pending:
        yield pending.pop(0)[0]  # type: ignore[misc]


def process_partition(
    documents: Iterable[RawDocument | DocumentFailure],
    model_name: str | None = None,
    on_document: Callable[[DocumentRows | DocumentFailure], None] | None = None,
) -> PartitionResult:
    """Rows of every table for a list of documents (unvalidated: see `partition_tables`).

    The partition runs in a spaCy memory zone: the words, strings and tokenizer entries its documents add to
    the vocabulary are freed when it ends, so a long run does not grow with every new word it meets. Rows
    hold Python values only, never a Doc, a Token or a string id."""
    nlp = load_nlp(model_name)
    prepare_rule_matchers(nlp)
    warm_up(model_name)  # outside the zone: what the extractors load on first use outlives the partition
    allocator.settle()  # the model and the matchers made: what start-up built is kept out of later collections
    result = PartitionResult()
    with nlp.memory_zone():
        for item in process_documents(documents, model_name):
            if isinstance(item, DocumentFailure):
                result.failures.append(item)
            else:
                result.add(item)
            if on_document is not None:
                on_document(item)
    return result


# A short article that reaches every stage: dates, figures of each kind, events with a state and a company.
WARM_UP_ARTICLE = ("Warm-up Works\n\nIn March 1911 the government of France signed a trade treaty with Japan. "
                   "The company paid $2 million for 40% of the works, and 300 workers were hired two years later. "
                   "In 1962 Sweden outlawed smoking.")  # a clause the model misreads: the past forms' table


@lru_cache(maxsize=4)
def warm_up(model_name: str | None = None) -> None:
    """Every stage run once on a short article, with no time budget: the rule tables, WordNet classes,
    gazetteer and compiled patterns the extractors load on first use are loaded before the first real
    document. Otherwise that document's budget pays for them (a worker's first short document went over half
    a second on a loaded machine). Once per process and model; the worker server runs it before it forks."""
    document = RawDocument("warm-up", "<warm-up>", WARM_UP_ARTICLE, sha256_hex(WARM_UP_ARTICLE.encode("utf-8")))
    for _ in process_documents([document], model_name, budget_seconds=0):
        pass


def prepare_rule_matchers(nlp) -> None:
    """The extractors' Matchers, built (once) outside any memory zone: their rule names are strings of the
    vocabulary, read back by id after every match, so they must outlive a partition's zone."""
    date_matcher(nlp.make_doc(""))
    figure_matcher(nlp.vocab)


def partition_tables(
    documents: Iterable[RawDocument | DocumentFailure],
    model_name: str | None = None,
    on_document: Callable[[DocumentRows | DocumentFailure], None] | None = None,
) -> PartitionResult:
    """The unit of work of every engine (serial, worker processes, Dask): a partition's rows as
    validated frames. Validating where the partition ran spreads that cost over the workers, and
    frames travel back from a worker faster than lists of dicts."""
    allocator.configure()
    result = process_partition(documents, model_name, on_document).seal()
    allocator.release()  # what the partition freed (its Docs, rows, frames) goes back to the system
    return result


def build_frames(rows: dict[str, list[dict]]) -> dict[str, pd.DataFrame]:
    """Sorted, validated frames for every table (raises ValidationFailed). Each table's rows are taken out of
    `rows` as its frame is built, so a partition's rows and its frames are not held whole side by side."""
    return {name: validate_table(name, frame_from_rows(name, rows.pop(name, []))) for name in TABLES}


def process_text(text: str, doc_id: str = "text", markup: str = "text", model_name: str | None = None) -> DocumentRows:
    """All table rows for one article given as a string (for the library and its tests)."""
    data = text.encode("utf-8")
    document = RawDocument(doc_id=doc_id, source=f"<{doc_id}>", raw=text, sha256=sha256_hex(data), markup=markup)
    (item,) = list(process_documents([document], model_name))
    if isinstance(item, DocumentFailure):
        raise InputError(str(item))
    return item
