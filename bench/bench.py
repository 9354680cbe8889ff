#!/usr/bin/env python3
"""Throughput benchmark (not a test): run it by hand on a quiet machine.

    .venv/bin/python bench/bench.py                  # everything
    .venv/bin/python bench/bench.py --skip-workers   # only words/s and peak RSS

1. words/s of the almanac pipeline (clean, spaCy with almanac's components, every extractor, parts,
   manifest, validated tables written) against bare `nlp.pipe` of the same spaCy model with all its
   components, on the same clean texts, in this one process; the ratio (target >= 0.8); peak RSS.
   Each side is timed `--rounds` times, alternating which goes first; the ratio is of the best times
   (wall time on a shared machine swings by 20% and more from one minute to the next).
2. pages/s of `almanac run` with 1 and with 2 worker processes on the sample dump, each in a fresh
   process (model loading included), `--rounds` - 1 times each in alternating order, and the ratio
   of the best of each (target >= 1.7 on 2 cores).

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


def words_per_second(documents: list[RawDocument], rounds: int) -> dict:
    """Bare `nlp.pipe` and the almanac pipeline, `rounds` times each in alternating order (a slow spell
    of a shared machine then hits both); the ratio is of the best time of each, as timeit reports."""
    import spacy

    texts = [clean_document(document).text for document in documents]
    words = sum(len(text.split()) for text in texts)
    bare = spacy.load(SETTINGS.spacy_model)  # every component of the model, nothing of ours
    load_nlp()  # almanac's pipeline, loaded outside the timing like the bare one
    list(bare.pipe(["Warm-up sentence of 1990."]))

    def time_bare() -> float:
        started = time.perf_counter()
        for _ in bare.pipe(texts, batch_size=SETTINGS.nlp_batch_size):
            pass
        return time.perf_counter() - started

    summaries = []

    def time_almanac() -> float:
        with tempfile.TemporaryDirectory() as out:
            started = time.perf_counter()
            summaries.append(run_documents(documents, Path(out), "parquet"))
            return time.perf_counter() - started

    bare_seconds: list[float] = []
    almanac_seconds: list[float] = []
    for round_index in range(rounds):
        first, second = (time_bare, time_almanac) if round_index % 2 == 0 else (time_almanac, time_bare)
        for measure in (first, second):
            (bare_seconds if measure is time_bare else almanac_seconds).append(measure())
        print(f"round {round_index + 1}: bare {bare_seconds[-1]:.1f} s, almanac {almanac_seconds[-1]:.1f} s, "
              f"ratio {bare_seconds[-1] / almanac_seconds[-1]:.3f}", flush=True)
    stages = stage_seconds(documents)  # a pass of its own: its sum is not one of the timed runs
    return {
        "documents": len(documents),
        "words": words,
        "rounds": rounds,
        "bare_nlp_pipe_words_per_s": round(words / min(bare_seconds)),
        "almanac_words_per_s": round(words / min(almanac_seconds)),
        "ratio_almanac_over_bare": round(min(bare_seconds) / min(almanac_seconds), 3),
        "ratio_by_round": [round(b / a, 3) for b, a in zip(bare_seconds, almanac_seconds)],
        "almanac_rows": summaries[-1].rows,
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

    cleans = [timed("clean", clean_document, document) for document in documents]
    # spaCy batched as in a run: the time to get each next Doc out of nlp.pipe.
    docs = nlp.pipe((make_doc(nlp, clean, document.doc_id) for clean, document in zip(cleans, documents)),
                    batch_size=SETTINGS.nlp_batch_size)
    while (doc := timed("spacy (model + almanac components)", next, docs, None)) is not None:
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
    return {"workers": workers, "pages": summary["documents"], "failed": len(summary["failed"]),
            "seconds": round(seconds, 1), "pages_per_s": round(summary["documents"] / seconds, 3)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dump", type=Path, default=SAMPLE_DUMP, help="MediaWiki XML export to measure on.")
    parser.add_argument("--limit", type=int, default=None, help="Use only the first N pages for words/s.")
    parser.add_argument("--rounds", type=int, default=3, help="Times each side of words/s is measured (1 vs 2 workers: rounds - 1 times each).")
    parser.add_argument("--skip-workers", action="store_true", help="Skip the 1 vs 2 workers comparison.")
    args = parser.parse_args()

    have_dump = args.dump.exists()
    sources = [str(args.dump)] if have_dump else [str(p) for p in FALLBACK_TEXTS if p.exists()]
    documents = load_documents(sources, args.limit)
    if not documents:
        raise SystemExit(f"no usable documents in {sources}")
    print(f"words/s on {len(documents)} documents from {', '.join(sources)}", flush=True)
    result = words_per_second(documents, max(args.rounds, 1))
    print(json.dumps(result, indent=2), flush=True)
    print(f"ratio almanac/bare nlp.pipe: {result['ratio_almanac_over_bare']:.2f} (best of {result['rounds']} "
          f"rounds each; per round {result['ratio_by_round']}; target >= 0.8); peak RSS {result['peak_rss_mb']} MB",
          flush=True)

    if args.skip_workers or not have_dump:
        return
    # Alternating 1 and 2 workers, best of each, for the same reason as the rounds of words/s.
    best: dict[int, dict] = {}
    for round_index in range(max(args.rounds - 1, 1)):
        for workers in ((1, 2) if round_index % 2 == 0 else (2, 1)):
            measured = pages_per_second(args.dump, workers)
            print(json.dumps(measured), flush=True)
            if workers not in best or measured["pages_per_s"] > best[workers]["pages_per_s"]:
                best[workers] = measured
    one, two = best[1]["pages_per_s"], best[2]["pages_per_s"]
    print(f"pages/s (best of each): 1 worker {one}, 2 workers {two}, speed-up {two / one:.2f} (target >= 1.7)",
          flush=True)


if __name__ == "__main__":
    main()
