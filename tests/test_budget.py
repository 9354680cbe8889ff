"""The per-document time budget: a document over it fails with one line naming the budget, the others go on."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.reading.documents import DocumentFailure, RawDocument, sha256_hex
from pipeline.runs.budget import DocumentClock, OverBudget
from pipeline.runs.rows import DocumentRows, process_documents

REPO = Path(__file__).resolve().parent.parent
SHORT = "Harbour Crane\n\nThe harbour crane was built in 1911. It was taken down in 1983."


def slow_article(first: int) -> str:
    """Slow on purpose: thousands of dated sentences take many seconds in cleaning, tokenizer and extractors.

    Each call's numbers differ, so no cache warmed by one slow document makes the next one fast."""
    return "Canal Works\n\n" + " ".join(
        f"The lock number {n} was rebuilt in {1800 + n % 200} at a cost of {n * 7} pounds."
        for n in range(first, first + 6000))


SLOW = slow_article(0)
BUDGET = 0.5  # seconds: the short article needs a few milliseconds, the slow one several seconds


def document(doc_id: str, text: str) -> RawDocument:
    return RawDocument(doc_id, f"<{doc_id}>", text, sha256_hex(text.encode("utf-8")))


def test_a_slow_document_fails_and_the_batch_goes_on(nlp):
    documents = [document("slow", SLOW), document("short", SHORT), document("slow-again", slow_article(10_000))]
    items = list(process_documents(documents, budget_seconds=BUDGET))
    assert [type(item) for item in items] == [DocumentFailure, DocumentRows, DocumentFailure]
    assert [item.doc_id for item in items] == ["slow", "short", "slow-again"]
    assert "over the time budget of 0.5 s per document" in items[0].reason
    (unbudgeted,) = process_documents([document("short", SHORT)], budget_seconds=0)
    assert items[1].tables == unbudgeted.tables  # the budget changes nothing on a document within it


def test_the_clock_counts_every_stage_of_a_document():
    clock = DocumentClock(0.05)
    with clock.stage():
        pass
    with pytest.raises(OverBudget, match="0.05 s"):
        with clock.stage():
            sum(range(10**9))  # interrupted by the alarm long before it ends
    assert DocumentClock(0).budget is None and DocumentClock(None).budget is None


@pytest.mark.parametrize("workers", [1, 2])
def test_the_budget_setting_in_a_run(tmp_path, workers):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a-slow.txt").write_text(SLOW, encoding="utf-8")
    (folder / "b-short.txt").write_text(SHORT, encoding="utf-8")
    env = {**os.environ, "ALMANAC_DOCUMENT_SECONDS": str(BUDGET)}
    completed = subprocess.run(
        [sys.executable, "-m", "pipeline.cli", "run", str(folder), "-o", str(tmp_path / "out"), "--json",
         "--workers", str(workers), "--format", "csv"],
        cwd=REPO, env=env, capture_output=True, text=True, timeout=300)
    assert completed.returncode == 1, completed.stderr
    summary = json.loads(completed.stdout)
    assert summary["documents"] == 1
    (failure,) = summary["failed"]
    assert failure["source"].endswith("a-slow.txt")
    assert "over the time budget of 0.5 s per document" in failure["reason"]


def test_the_rule_data_is_loaded_before_the_first_documents_clock_starts():
    """A process's first document must not pay for the rule data the extractors load on first use: `warm_up`
    loads it outside any clock (the worker server runs it before forking, a serial run before its first
    document). Checked in a fresh process, whose caches start empty."""
    code = "\n".join([
        "from pipeline.extraction.events.actors import load_actor_lexicon",
        "from pipeline.extraction.events.lexicon import load_trigger_lexicon",
        "from pipeline.extraction.figures.lexicon import load_figure_lexicon",
        "from pipeline.extraction.gazetteer import load_gazetteer",
        "from pipeline.extraction.wordclasses import load_wordnet_table",
        "from pipeline.runs.rows import warm_up",
        "loaders = [load_actor_lexicon, load_trigger_lexicon, load_figure_lexicon, load_gazetteer, load_wordnet_table]",
        "before = [f.cache_info().currsize for f in loaders]",
        "warm_up()",
        "print(before, [f.cache_info().currsize for f in loaders])",
    ])
    completed = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, timeout=300)
    assert completed.returncode == 0, completed.stderr
    before, after = completed.stdout.strip().split("] [")
    assert set(before.strip("[").split(", ")) == {"0"}
    assert all(int(size) >= 1 for size in after.strip("]").split(", "))
