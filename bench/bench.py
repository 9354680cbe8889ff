#!/usr/bin/env python3
"""Benchmark of issue 19 (not a test): run it by hand on a quiet machine. One run prints every headline figure.

    .venv/bin/python bench/bench.py                  # everything, then a summary beside the targets
    .venv/bin/python bench/bench.py --skip-workers   # no runs of the whole dump (nor its serial peak RSS)
    .venv/bin/python bench/bench.py --incremental    # only the 5-page incremental runs

The package's bytecode is compiled first, so no start-up pays for compiling.

1. Start-up included, each side a fresh process as a user runs it: `almanac run` of the first
   `--startup-limit` pages against a script that loads the model and runs bare `nlp.pipe` on the same clean
   texts (target >= 1.0); a one-article `almanac run` against a bare model load (target <= 1.5).
2. words/s without start-up, in this process: the almanac pipeline (clean, spaCy with almanac's components,
   every extractor, parts, manifest, validated tables written) against bare `nlp.pipe` of the same model on
   the same clean texts; peak RSS. Each side is timed `--rounds` times, alternating which goes first.
3. `almanac run` of the whole dump with 1 worker (the serial engine) and 2, each in a fresh process, `--rounds`
   - 1 rounds: pages/s (target speed-up >= 1.7 on 2 cores) beside the machine's own ceiling (bare `nlp.pipe`
   in 1 and in 2 processes), and the peak RSS of the serial run (target <= 600 MB) and of every process of
   the 2-worker run.
4. The 5-page incremental run into output folders of 1x, 4x and 16x the dump (`incremental.py`; target: 16x
   within 1.5x of 1x).

Every comparison is reported per round (the two sides timed back to back, so a slow spell of the
machine hits both) and as the median of the rounds' ratios, the headline figure; the ratio of the
best time of each side is printed too. A machine whose speed drifts by 20% within minutes makes the
best-of-each ratio pair a fast spell of one side with a slow spell of the other.

Words are whitespace-separated tokens of the clean text (what spaCy reads), the same count for both.
"""
from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from pipeline.config import SETTINGS  # noqa: E402
from pipeline.language.nlp import load_nlp  # noqa: E402
from pipeline.reading.documents import DocumentFailure, RawDocument  # noqa: E402
from pipeline.reading.ingest import iter_documents  # noqa: E402
from pipeline.runs.rows import clean_document  # noqa: E402
from pipeline.runs.run import run_documents  # noqa: E402

SAMPLE_DUMP = REPO.parent / "shared" / "corpus" / "enwiki" / "enwiki-sample-pages-articles.xml.bz2"
FALLBACK_TEXTS = [REPO.parent / "shared" / "corpus" / "north-korea-russia-relations.txt", REPO / "corpus"]


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # ru_maxrss is in KiB on Linux


def load_documents(paths: list[str], limit: int | None) -> tuple[list[RawDocument], list[str]]:
    """The raw documents (what almanac reads) and their clean texts (what bare nlp.pipe reads)."""
    documents, texts = [], []
    for item in iter_documents(paths):
        if isinstance(item, RawDocument):
            try:
                text = clean_document(item).text
            except Exception:  # a page the cleaner cannot take is left out of both sides
                continue
            if text.strip():
                documents.append(item)
                texts.append(text)
        if limit and len(documents) >= limit:
            break
    return documents, texts


def median_ratio(numerators: list[float], denominators: list[float]) -> float:
    """The median of the rounds' ratios: each round's two sides ran back to back."""
    return round(statistics.median(n / d for n, d in zip(numerators, denominators)), 3)


def words_per_second(documents: list[RawDocument], texts: list[str], rounds: int) -> dict:
    """Bare `nlp.pipe` on the clean `texts` and the almanac pipeline on the `documents`, `rounds` times
    each in alternating order (a slow spell of a shared machine then hits both sides of a round)."""
    import spacy

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
        "ratio_almanac_over_bare": median_ratio(bare_seconds, almanac_seconds),
        "ratio_by_round": [round(b / a, 3) for b, a in zip(bare_seconds, almanac_seconds)],
        "ratio_of_best_times": round(min(bare_seconds) / min(almanac_seconds), 3),
        "almanac_rows": summaries[-1].rows,
        "almanac_seconds_by_stage": {name: round(seconds, 2) for name, seconds in stages.items()},
        "peak_rss_mb": round(peak_rss_mb()),
    }


def stage_seconds(documents: list[RawDocument]) -> dict[str, float]:
    """Where almanac's time goes, one stage at a time (a separate pass over the same documents)."""
    from pipeline.extraction.checks import find_checks
    from pipeline.extraction.dates import extract_dates
    from pipeline.extraction.events import extract_events
    from pipeline.extraction.figures import extract_figures
    from pipeline.language.nlp import make_doc

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


def bare_process(texts: list[str], ready, go, done) -> None:
    """One process of the ceiling: load the model, wait for the start, run its texts, say how long."""
    import spacy

    nlp = spacy.load(SETTINGS.spacy_model)
    list(nlp.pipe(["Warm-up sentence of 1990."]))
    ready.set()
    go.wait()
    started = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=SETTINGS.nlp_batch_size):
        pass
    done.put(time.perf_counter() - started)


def even_split(texts: list[str], shares: int) -> list[list[str]]:
    """Texts dealt out longest first to the share with the fewest characters so far."""
    split: list[list[str]] = [[] for _ in range(shares)]
    sizes = [0] * shares
    for text in sorted(texts, key=len, reverse=True):
        smallest = sizes.index(min(sizes))
        split[smallest].append(text)
        sizes[smallest] += len(text)
    return split


def bare_seconds_in_processes(texts: list[str], processes: int) -> float:
    """Wall time of bare `nlp.pipe` over `texts` shared by `processes` processes, from the moment all
    have loaded the model to the moment the last one finishes."""
    context = multiprocessing.get_context("forkserver")
    go, done = context.Event(), context.Queue()
    readies = [context.Event() for _ in range(processes)]
    workers = [context.Process(target=bare_process, args=(share, ready, go, done))
               for share, ready in zip(even_split(texts, processes), readies)]
    for worker in workers:
        worker.start()
    for ready in readies:
        ready.wait()
    go.set()
    seconds = max(done.get() for _ in workers)
    for worker in workers:
        worker.join()
    return seconds


def pages_per_second(dump: Path, workers: int) -> dict:
    """`almanac run` of the whole dump with `workers` (1: the serial engine) in a fresh process: pages/s, and
    the peak RSS of the run's process (exact) and of each process it starts (the worker server, the workers,
    the resource tracker; sampled)."""
    with tempfile.TemporaryDirectory() as out, tempfile.TemporaryFile("w+", encoding="utf-8") as output:
        command = [sys.executable, "-m", "pipeline.cli", "run", str(dump), "-o", out, "--json",
                   "--workers", str(workers)]
        timed = timed_command(command, stdout=output)
        output.seek(0)
        summary = json.loads(output.read())
    seconds = timed["seconds"]
    return {"workers": workers, "pages": summary["documents"], "failed": len(summary["failed"]),
            "seconds": round(seconds, 1), "pages_per_s": round(summary["documents"] / seconds, 3),
            "peak_rss_mb": timed["peak_rss_mb"], "children_peak_rss_mb": timed["children_peak_rss_mb"]}


BARE_SCRIPT = """
import json, sys, spacy
nlp = spacy.load(sys.argv[1])
texts = json.load(open(sys.argv[2], encoding="utf-8")) if len(sys.argv) > 2 else []
for _ in nlp.pipe(texts, batch_size=int(sys.argv[3]) if len(sys.argv) > 3 else 16):
    pass
"""


def children_by_parent() -> dict[int, list[int]]:
    """Every process's children (Linux /proc)."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                parent = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(parent, []).append(int(entry.name))
    return children


def process_tree(pid: int, children: dict[int, list[int]] | None = None) -> list[int]:
    """`pid` and every process descended from it (Linux /proc)."""
    children = children_by_parent() if children is None else children
    tree, stack = [], [pid]
    while stack:
        tree.append(current := stack.pop())
        stack.extend(children.get(current, []))
    return tree


def peak_rss_of(pid: int) -> int | None:
    """A process's peak RSS so far (VmHWM, MB), None once it is gone."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) // 1024
    except OSError:
        return None
    return None


# Runs a command and reports its wall time and peak RSS. The command is started from this small process, not
# from the benchmark: Linux carries the high-water mark of the memory a process had before execve into its
# ru_maxrss, so a command started by a benchmark holding two models would report at least their size.
TIMER_SCRIPT = """
import json, os, subprocess, sys, time
started = time.perf_counter()
child = subprocess.Popen(sys.argv[2:])
_, status, usage = os.wait4(child.pid, 0)
seconds = time.perf_counter() - started
with open(sys.argv[1], "w") as out:
    json.dump({"seconds": seconds, "status": os.waitstatus_to_exitcode(status), "maxrss_kb": usage.ru_maxrss,
               "cpu_seconds": usage.ru_utime + usage.ru_stime}, out)
"""


def timed_command(command: list[str], stdout=subprocess.DEVNULL) -> dict:
    """Wall time of a command in a fresh process and the peak RSS (MB) of it (exact, from wait4 in the small
    process that starts it) and of each process it starts (VmHWM sampled from /proc every 0.2 s). `stdout`:
    where its output goes (a file; a pipe nobody reads could fill up)."""
    with tempfile.NamedTemporaryFile("r", suffix=".json", encoding="utf-8") as report:
        timer = subprocess.Popen([sys.executable, "-c", TIMER_SCRIPT, report.name, *command], cwd=REPO,
                                 stdout=stdout, stderr=subprocess.PIPE)
        peaks: dict[int, int] = {}
        while timer.poll() is None:
            children = children_by_parent()
            for main in children.get(timer.pid, []):  # the command's process: its descendants are sampled
                for child in process_tree(main, children)[1:]:
                    if (peak := peak_rss_of(child)) is not None:
                        peaks[child] = max(peaks.get(child, 0), peak)
            time.sleep(0.2)
        try:
            result = json.loads(report.read())
        except ValueError:
            result = {"status": timer.returncode}
    if timer.returncode != 0 or result["status"] not in (0, 1):
        raise SystemExit(f"{' '.join(command[:4])} failed ({result['status']}): {timer.stderr.read()[-500:]}")
    timer.stderr.close()
    return {"seconds": result["seconds"], "cpu_seconds": result["cpu_seconds"], "peak_rss_mb": result["maxrss_kb"] // 1024,
            "children_peak_rss_mb": sorted(peaks.values(), reverse=True)}


def write_inputs(documents: list[RawDocument], texts: list[str], folder: Path) -> None:
    """The documents as files almanac reads (wikitext as .wiki), and the clean texts for bare nlp.pipe."""
    articles = folder / "articles"
    articles.mkdir()
    for index, document in enumerate(documents):
        suffix = ".wiki" if document.markup == "wikitext" else ".txt"
        (articles / f"{index:05d}{suffix}").write_text(document.raw, encoding="utf-8")
    (folder / "texts.json").write_text(json.dumps(texts), encoding="utf-8")
    (folder / "one.txt").write_text("The fair opened in Paris in 1900 and drew 50 million visitors.\n", encoding="utf-8")


def as_a_user_runs_it(documents: list[RawDocument], texts: list[str], rounds: int, workers: int) -> dict:
    """Start-up included, each side a fresh process: `almanac run` of the documents against a script that
    loads the model and runs bare `nlp.pipe` over the same clean texts; a one-sentence `almanac run` against
    a bare model load; peak RSS of the serial run and of each worker of a `--workers N` run."""
    words = sum(len(text.split()) for text in texts)
    model = SETTINGS.spacy_model
    result: dict = {"documents": len(documents), "words": words, "rounds": rounds}
    with tempfile.TemporaryDirectory() as folder_name:
        folder = Path(folder_name)
        write_inputs(documents, texts, folder)
        almanac = [sys.executable, "-m", "pipeline.cli", "run", "-q", "--format", "csv"]
        sides = {
            "almanac": lambda n: almanac + [str(folder / "articles"), "-o", str(folder / f"out-{n}")],
            "bare": lambda n: [sys.executable, "-c", BARE_SCRIPT, model, str(folder / "texts.json"),
                               str(SETTINGS.nlp_batch_size)],
            "almanac_one": lambda n: almanac + [str(folder / "one.txt"), "-o", str(folder / f"one-{n}")],
            "bare_load": lambda n: [sys.executable, "-c", BARE_SCRIPT, model],
        }
        runs: dict[str, list[dict]] = {name: [] for name in sides}
        for round_index in range(rounds):
            for pair in (("almanac", "bare"), ("almanac_one", "bare_load")):
                for name in (pair if round_index % 2 == 0 else pair[::-1]):
                    runs[name].append(timed_command(sides[name](f"{round_index}")))
            print(f"round {round_index + 1} (start-up included): almanac {runs['almanac'][-1]['seconds']:.1f} s, bare "
                  f"{runs['bare'][-1]['seconds']:.1f} s; one sentence {runs['almanac_one'][-1]['seconds']:.2f} s "
                  f"({runs['almanac_one'][-1]['cpu_seconds']:.2f} s CPU), model load {runs['bare_load'][-1]['seconds']:.2f} s "
                  f"({runs['bare_load'][-1]['cpu_seconds']:.2f} s CPU)", flush=True)
        serial_rss = max(run["peak_rss_mb"] for run in runs["almanac"])
        worker_run = timed_command(almanac + ["--workers", str(workers), str(folder / "articles"), "-o",
                                              str(folder / "out-workers")])
    seconds = {name: [run["seconds"] for run in found] for name, found in runs.items()}
    cpu = {name: [run["cpu_seconds"] for run in found] for name, found in runs.items()}
    result.update({
        "ratio_almanac_over_bare_with_startup": median_ratio(seconds["bare"], seconds["almanac"]),
        "ratio_by_round_with_startup": [round(b / a, 3) for b, a in zip(seconds["bare"], seconds["almanac"])],
        "almanac_words_per_s_with_startup": round(words / statistics.median(seconds["almanac"])),
        "bare_words_per_s_with_startup": round(words / statistics.median(seconds["bare"])),
        "startup_one_sentence_over_model_load": median_ratio(seconds["almanac_one"], seconds["bare_load"]),
        "startup_seconds": {"almanac_one_sentence": [round(s, 2) for s in seconds["almanac_one"]],
                            "bare_model_load": [round(s, 2) for s in seconds["bare_load"]]},
        # CPU time (user + system) of the same runs: on a shared machine, less at the mercy of the other load
        "startup_one_sentence_over_model_load_cpu": median_ratio(cpu["almanac_one"], cpu["bare_load"]),
        "startup_cpu_seconds": {"almanac_one_sentence": [round(s, 2) for s in cpu["almanac_one"]],
                                "bare_model_load": [round(s, 2) for s in cpu["bare_load"]]},
        "peak_rss_mb_serial_run": serial_rss,
        "peak_rss_mb_bare": max(run["peak_rss_mb"] for run in runs["bare"]),
        f"peak_rss_mb_processes_of_a_{workers}_worker_run": worker_run["children_peak_rss_mb"],
    })
    return result


def compile_bytecode() -> None:
    """Bytecode of the package written before anything is timed: a first import that compiles would be counted
    as start-up (an installed package is compiled when it is installed; an editable one is not)."""
    import compileall

    for folder in ("pipeline", "almanac"):
        compileall.compile_dir(str(REPO / folder), quiet=1)


def workers_and_rss(dump: Path, texts: list[str], rounds: int) -> dict:
    """pages/s of `almanac run` on the whole dump with 1 worker (the serial engine) and 2, in alternating order,
    beside the machine's ceiling; the peak RSS of the serial run and of every process of the 2-worker run."""
    runs: dict[int, list[dict]] = {1: [], 2: []}
    ceiling: dict[int, list[float]] = {1: [], 2: []}
    for round_index in range(rounds):
        for workers in ((1, 2) if round_index % 2 == 0 else (2, 1)):
            runs[workers].append(pages_per_second(dump, workers))
            ceiling[workers].append(bare_seconds_in_processes(texts, workers))
        one, two = runs[1][-1], runs[2][-1]
        print(f"round {round_index + 1}: almanac run 1 worker {one['seconds']} s (peak RSS {one['peak_rss_mb']} MB), "
              f"2 workers {two['seconds']} s (processes {two['children_peak_rss_mb']} MB), speed-up "
              f"{two['pages_per_s'] / one['pages_per_s']:.2f}; bare nlp.pipe 1 process {ceiling[1][-1]:.1f} s, "
              f"2 processes {ceiling[2][-1]:.1f} s, speed-up {ceiling[1][-1] / ceiling[2][-1]:.2f}", flush=True)
    speed_up = median_ratio([r["pages_per_s"] for r in runs[2]], [r["pages_per_s"] for r in runs[1]])
    machine = median_ratio(ceiling[1], ceiling[2])
    best = max(r["pages_per_s"] for r in runs[2]) / max(r["pages_per_s"] for r in runs[1])
    result = {
        "almanac_runs": runs[1] + runs[2], "bare_seconds_1_process": [round(t, 1) for t in ceiling[1]],
        "bare_seconds_2_processes": [round(t, 1) for t in ceiling[2]],
        "speed_up_2_workers": speed_up, "speed_up_best_times": round(best, 3), "machine_ceiling": machine,
        "peak_rss_mb_serial_dump": max(r["peak_rss_mb"] for r in runs[1]),
        # per process of the 2-worker runs: the largest seen at each rank (server, workers, resource tracker)
        "peak_rss_mb_worker_processes": [max(ranks) for ranks in zip(*(r["children_peak_rss_mb"] for r in runs[2]))],
        "peak_rss_mb_2_worker_main": max(r["peak_rss_mb"] for r in runs[2]),
    }
    print(f"pages/s speed-up of 2 workers over 1: {speed_up:.2f} (median of rounds; best times {best:.2f}; "
          f"target >= 1.7); this machine's ceiling, bare nlp.pipe in 2 processes over 1: {machine:.2f}; "
          f"almanac reaches {speed_up / machine:.0%} of it", flush=True)
    return result


def print_summary(dump: Path, user: dict | None, words: dict | None, scale: dict | None, incremental: dict | None) -> None:
    """The headline figures of the run, each beside its target (issue 19)."""
    print(f"\nsummary ({dump.name}; medians of rounds, each side timed back to back):", flush=True)
    if user:
        print(f"  words/s with start-up, almanac run over bare nlp.pipe: {user['ratio_almanac_over_bare_with_startup']:.2f} "
              f"({user['almanac_words_per_s_with_startup']} vs {user['bare_words_per_s_with_startup']} words/s, "
              f"{user['documents']} pages; target >= 1.0, stretch 1.3)")
        print(f"  start-up, one-article almanac run over a bare model load: {user['startup_one_sentence_over_model_load']:.2f} "
              f"(target <= 1.5; in CPU time {user['startup_one_sentence_over_model_load_cpu']:.2f})")
    if words:
        print(f"  words/s without start-up, almanac over bare nlp.pipe in one process: {words['ratio_almanac_over_bare']:.2f}")
    if scale:
        print(f"  peak RSS, serial run of the dump: {scale['peak_rss_mb_serial_dump']} MB (target <= 600); processes of "
              f"a 2-worker run: main {scale['peak_rss_mb_2_worker_main']} MB, worker server and workers "
              f"{scale['peak_rss_mb_worker_processes']} MB")
        print(f"  pages/s, 2 workers over 1: {scale['speed_up_2_workers']:.2f} (machine ceiling {scale['machine_ceiling']:.2f})")
    elif user:
        print(f"  peak RSS, serial run of {user['documents']} pages: {user['peak_rss_mb_serial_run']} MB; processes of a "
              f"2-worker run: {user['peak_rss_mb_processes_of_a_2_worker_run']} MB")
    if incremental:
        rows = incremental["scales"]
        print("  5-page incremental run: " + ", ".join(f"{k}x {v['seconds']:.1f} s" for k, v in rows.items())
              + f"; largest over 1x {incremental['ratio']} (target <= 1.5)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dump", type=Path, default=SAMPLE_DUMP, help="MediaWiki XML export to measure on.")
    parser.add_argument("--limit", type=int, default=None, help="Use only the first N pages for words/s and the ceiling.")
    parser.add_argument("--rounds", type=int, default=3, help="Times each side of words/s is measured (1 vs 2 workers: rounds - 1 times each).")
    parser.add_argument("--skip-startup", action="store_true", help="Skip the start-up-included comparison.")
    parser.add_argument("--startup-limit", type=int, default=30, help="Pages for the start-up-included words/s (default 30).")
    parser.add_argument("--skip-workers", action="store_true", help="Skip the 1 vs 2 workers runs of the whole dump "
                        "(and with them the peak RSS of a serial run of the dump).")
    parser.add_argument("--skip-words", action="store_true", help="Skip words/s without start-up.")
    parser.add_argument("--skip-incremental", action="store_true", help="Skip the 5-page incremental runs.")
    parser.add_argument("--incremental", action="store_true", help="Only the cost of a 5-page incremental run into "
                        "output folders of 1x, 4x and 16x the dump (bench/incremental.py).")
    args = parser.parse_args()
    compile_bytecode()
    if args.incremental:
        from incremental import incremental_cost, print_incremental  # bench/ is this script's folder

        result = incremental_cost(args.dump, rounds=max(args.rounds, 1))
        print(json.dumps(result, indent=2), flush=True)
        print_incremental(result)
        return

    have_dump = args.dump.exists()
    sources = [str(args.dump)] if have_dump else [str(p) for p in FALLBACK_TEXTS if p.exists()]
    documents, texts = load_documents(sources, args.limit)
    if not documents:
        raise SystemExit(f"no usable documents in {sources}")
    user = words = scale = incremental = None
    if not args.skip_startup:
        chosen = min(args.startup_limit, len(documents))
        print(f"start-up included, fresh processes, on {chosen} documents", flush=True)
        user = as_a_user_runs_it(documents[:chosen], texts[:chosen], max(args.rounds, 1), 2)
        print(json.dumps(user, indent=2), flush=True)
        print(f"ratio almanac/bare nlp.pipe with start-up: {user['ratio_almanac_over_bare_with_startup']:.2f} (median of "
              f"{user['rounds']} rounds {user['ratio_by_round_with_startup']}; target >= 1.0); one-sentence run over a bare "
              f"model load: {user['startup_one_sentence_over_model_load']:.2f} (target <= 1.5)", flush=True)
    if not args.skip_words:
        print(f"words/s on {len(documents)} documents from {', '.join(sources)}", flush=True)
        words = words_per_second(documents, texts, max(args.rounds, 1))
        print(json.dumps(words, indent=2), flush=True)
        print(f"ratio almanac/bare nlp.pipe: {words['ratio_almanac_over_bare']:.2f} (median of {words['rounds']} "
              f"rounds {words['ratio_by_round']}; best times {words['ratio_of_best_times']}; target >= 0.8); "
              f"peak RSS {words['peak_rss_mb']} MB", flush=True)
    if not args.skip_workers and have_dump:
        print(f"almanac run of the whole dump, 1 worker and 2, in fresh processes", flush=True)
        scale = workers_and_rss(args.dump, texts, max(args.rounds - 1, 1))
        print(json.dumps(scale), flush=True)
    if not args.skip_incremental and have_dump:
        from incremental import incremental_cost, print_incremental  # bench/ is this script's folder

        incremental = incremental_cost(args.dump, rounds=max(args.rounds, 1))
        print(json.dumps(incremental, indent=2), flush=True)
        print_incremental(incremental)
    print_summary(args.dump, user, words, scale, incremental)


if __name__ == "__main__":
    main()
