#!/usr/bin/env python3
"""Throughput benchmark (not a test): run it by hand on a quiet machine.

    .venv/bin/python bench/bench.py                  # everything
    .venv/bin/python bench/bench.py --skip-workers   # only words/s and peak RSS

1. words/s of the almanac pipeline (clean, spaCy with almanac's components, every extractor, parts,
   manifest, validated tables written) against bare `nlp.pipe` of the same spaCy model with all its
   components, on the same clean texts, in this one process; the ratio (target >= 0.8); peak RSS.
2. pages/s of `almanac run` with 1 and with 2 worker processes on the sample dump, each in a fresh
   process (model loading included), and the ratio (target >= 1.7 on 2 cores).

Words are whitespace-separated tokens of the clean text (what spaCy reads), the same count for both.
"""
from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from pipeline.config import SETTINGS  # noqa: E402
from pipeline.ingest import DocumentFailure, RawDocument, iter_documents  # noqa: E402
from pipeline.nlp import load_nlp  # noqa: E402
from pipeline.process import clean_document, run_documents  # noqa: E402

SAMPLE_DUMP = REPO.parent / "shared" / "corpus" / "enwiki" / "enwiki-sample-pages-articles.xml.bz2"
FALLBACK_TEXTS = [REPO.parent / "shared" / "corpus" / "north-korea-russia-relations.txt", REPO / "corpus"]


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # ru_maxrss is in KiB on Linux


def load_documents(paths: list[str], limit: int | None) -> list[RawDocument]:
    documents = []
    for item in iter_documents(paths):
        if isinstance(item, RawDocument):
            try:
                if clean_document(item).text.strip():
                    documents.append(item)
            except Exception:  # a page the cleaner cannot take is left out of both sides
                continue
        if limit and len(documents) >= limit:
            break
    return documents


def words_per_second(documents: list[RawDocument]) -> dict:
    import spacy

    texts = [clean_document(document).text for document in documents]
    words = sum(len(text.split()) for text in texts)
    bare = spacy.load(SETTINGS.spacy_model)  # every component of the model, nothing of ours
    load_nlp()  # almanac's pipeline, loaded outside the timing like the bare one
    list(bare.pipe(["Warm-up sentence of 1990."]))

    started = time.perf_counter()
    for _ in bare.pipe(texts, batch_size=SETTINGS.nlp_batch_size):
        pass
    bare_seconds = time.perf_counter() - started

    with tempfile.TemporaryDirectory() as out:
        started = time.perf_counter()
        summary = run_documents(documents, Path(out), "parquet")
        almanac_seconds = time.perf_counter() - started
    stages = stage_seconds(documents)
    stages["rows, parts, manifest, tables"] = almanac_seconds - sum(stages.values())
    return {
        "documents": len(documents),
        "words": words,
        "bare_nlp_pipe_words_per_s": round(words / bare_seconds),
        "almanac_words_per_s": round(words / almanac_seconds),
        "ratio_almanac_over_bare": round(bare_seconds / almanac_seconds, 3),
        "almanac_rows": summary.rows,
        "almanac_seconds_by_stage": {name: round(seconds, 2) for name, seconds in stages.items()},
        "peak_rss_mb": round(peak_rss_mb()),
    }


def stage_seconds(documents: list[RawDocument]) -> dict[str, float]:
    """Where almanac's time goes, one stage at a time (a separate pass over the same documents)."""
    from pipeline.checks import find_checks
    from pipeline.dates import extract_dates
    from pipeline.events import extract_events
    from pipeline.figures import extract_figures
    from pipeline.nlp import make_doc

    nlp = load_nlp()
    seconds = dict.fromkeys(["clean", "spacy (model + almanac components)", "dates", "figures", "checks", "events"], 0.0)

    def timed(stage, function, *args):
        started = time.perf_counter()
        result = function(*args)
        seconds[stage] += time.perf_counter() - started
        return result

    for document in documents:
        clean = timed("clean", clean_document, document)
        doc = timed("spacy (model + almanac components)", lambda: nlp(make_doc(nlp, clean, document.doc_id)))
        dates = timed("dates", extract_dates, doc)
        figures = timed("figures", extract_figures, doc, dates)
        timed("checks", find_checks, doc, figures)
        timed("events", extract_events, doc, dates)
    return seconds


def pages_per_second(dump: Path, workers: int) -> dict:
    with tempfile.TemporaryDirectory() as out:
        command = [sys.executable, "-m", "pipeline.cli", "run", str(dump), "-o", out, "--json",
                   "--workers", str(workers)]
        started = time.perf_counter()
        completed = subprocess.run(command, cwd=REPO, capture_output=True, text=True)
        seconds = time.perf_counter() - started
    if completed.returncode not in (0, 1):
        raise SystemExit(f"almanac run failed ({completed.returncode}): {completed.stderr.strip()[-500:]}")
    summary = json.loads(completed.stdout)
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {"workers": workers, "pages": summary["documents"], "failed": len(summary["failed"]),
            "seconds": round(seconds, 1), "pages_per_s": round(summary["documents"] / seconds, 3),
            "peak_child_rss_mb_so_far": round(children)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dump", type=Path, default=SAMPLE_DUMP, help="MediaWiki XML export to measure on.")
    parser.add_argument("--limit", type=int, default=None, help="Use only the first N pages for words/s.")
    parser.add_argument("--skip-workers", action="store_true", help="Skip the 1 vs 2 workers comparison.")
    args = parser.parse_args()

    have_dump = args.dump.exists()
    sources = [str(args.dump)] if have_dump else [str(p) for p in FALLBACK_TEXTS if p.exists()]
    documents = load_documents(sources, args.limit)
    if not documents:
        raise SystemExit(f"no usable documents in {sources}")
    print(f"words/s on {len(documents)} documents from {', '.join(sources)}", flush=True)
    result = words_per_second(documents)
    print(json.dumps(result, indent=2), flush=True)
    print(f"ratio almanac/bare nlp.pipe: {result['ratio_almanac_over_bare']:.2f} (target >= 0.8); "
          f"peak RSS {result['peak_rss_mb']} MB", flush=True)

    if args.skip_workers or not have_dump:
        return
    one = pages_per_second(args.dump, 1)
    print(json.dumps(one), flush=True)
    two = pages_per_second(args.dump, 2)
    print(json.dumps(two), flush=True)
    print(f"pages/s: 1 worker {one['pages_per_s']}, 2 workers {two['pages_per_s']}, "
          f"speed-up {two['pages_per_s'] / one['pages_per_s']:.2f} (target >= 1.7)", flush=True)


if __name__ == "__main__":
    main()
