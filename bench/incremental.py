"""The cost of a small incremental run against the size of the output folder it lands in.

A 5-page change (a new revision of 5 pages of the dump) is run into output folders holding 1x, 4x and 16x
the dump. The 1x folder is the dump run once; the larger ones are made from it cheaply, by copying its parts
and manifest rows under new doc_ids (`<doc_id>-x<k>`) and publishing once, so nothing is processed twice.
Each measurement starts from a fresh copy of the folder; the model is loaded before, so what is timed is
what a run adds: the 5 pages processed, and the tables published.
"""
from __future__ import annotations

import shutil
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

import pipeline.runs.run as run_module
from pipeline.config import SETTINGS
from pipeline.language.nlp import load_nlp
from pipeline.reading.documents import RawDocument, sha256_hex
from pipeline.reading.ingest import iter_documents
from pipeline.runs.manifest import Manifest, manifest_path, output_lock, parts_dir
from pipeline.runs.publish import consolidate, generations_dir
from pipeline.tables.layout import TABLES_LINK

CHANGED_PAGES = 5
ADDED_TEXT = "\n\nIn 2021 a new public library opened there, built at a cost of $4 million."


def copy_under_new_doc_ids(out: Path, copies: int) -> None:
    """`copies` more of every revision of `out`: parts and manifest rows with doc_id `<doc_id>-x<k>`."""
    originals = sorted(path for path in parts_dir(out).glob("*/*.parquet"))
    for k in range(1, copies + 1):
        for path in originals:
            table = pq.read_table(path)
            doc_id_type = table.schema.field("doc_id").type
            doc_ids = pc.binary_join_element_wise(table["doc_id"].cast(pa.string()), pa.scalar(f"-x{k}"), "")
            doc_ids = doc_ids.cast(doc_id_type)
            field = table.schema.field("doc_id")
            table = table.set_column(table.schema.get_field_index("doc_id"), field, doc_ids)
            run, index = path.stem.split("-")[1:]
            pq.write_table(table, path.parent / f"part-{k * 1000 + int(run):06d}-{index}.parquet")
    with sqlite3.connect(manifest_path(out)) as db:
        for k in range(1, copies + 1):
            db.execute(
                "INSERT INTO revisions (doc_id, revision_key, page_id, revision_id, sha256, pipeline_version, model, "
                "part, run_id) SELECT doc_id || ?, revision_key, page_id, revision_id, sha256, pipeline_version, "
                "model, 'part-' || printf('%06d', ? * 1000 + CAST(substr(part, 6, 6) AS INTEGER)) || substr(part, 12), "
                "run_id FROM revisions WHERE doc_id NOT LIKE '%-x%'", (f"-x{k}", k))


def publish(out: Path, model: str) -> float:
    """Publish all of `out`'s tables anew (nothing published before to reuse); the seconds it took."""
    (out / TABLES_LINK).unlink(missing_ok=True)
    shutil.rmtree(generations_dir(out), ignore_errors=True)
    started = time.perf_counter()
    with output_lock(out), Manifest.of(out) as manifest:
        consolidate(out, manifest, "parquet", model, generation="000999")
    return time.perf_counter() - started


def changed_pages(dump: Path, out: Path) -> list[RawDocument]:
    """A new revision of the first CHANGED_PAGES pages of `dump` that are in the tables of `out`."""
    with sqlite3.connect(manifest_path(out)) as db:
        done = {row[0] for row in db.execute("SELECT doc_id FROM revisions")}
    pages = []
    for document in iter_documents([str(dump)]):
        if isinstance(document, RawDocument) and document.doc_id in done:
            raw = document.raw + ADDED_TEXT
            pages.append(RawDocument(
                doc_id=document.doc_id, source=document.source, raw=raw, sha256=sha256_hex(raw.encode("utf-8")),
                page_id=document.page_id, revision_id=(document.revision_id or 0) + 10**10,
                parent_revision_id=document.revision_id, timestamp="2030-01-01T00:00:00Z", title=document.title))
        if len(pages) == CHANGED_PAGES:
            break
    return pages


def incremental_cost(dump: Path, scales: tuple[int, ...] = (1, 4, 16), rounds: int = 3, workers: int = 2,
                     work_dir: Path | None = None) -> dict:
    """Seconds of a 5-page incremental run (and of its publishing) into folders of each scale; the median of
    `rounds`, every round's figures, and the seconds a full publish of each folder takes (what every run cost
    when the tables were rebuilt from all parts)."""
    model = SETTINGS.spacy_model
    load_nlp()
    with tempfile.TemporaryDirectory(prefix="almanac-incremental-", dir=work_dir) as temp:
        temp = Path(temp)
        base = temp / "x1"
        run_module.run([str(dump)], base, workers=workers)  # the dump once (with workers: only setup)
        folders, full_publish = {}, {}
        for scale in scales:
            folder = temp / f"x{scale}"
            if scale != 1:
                shutil.copytree(base, folder, symlinks=True)
                copy_under_new_doc_ids(folder, scale - 1)
            full_publish[scale] = round(publish(folder, model), 3)
            folders[scale] = folder
        change = changed_pages(dump, base)
        results = {}
        real_consolidate = run_module.consolidate
        for scale in scales:
            totals, publishing = [], []
            for _ in range(rounds):
                work = temp / "work"
                shutil.rmtree(work, ignore_errors=True)
                shutil.copytree(folders[scale], work, symlinks=True)
                spent = []

                def timed_consolidate(*arguments, **options):
                    started = time.perf_counter()
                    try:
                        return real_consolidate(*arguments, **options)
                    finally:
                        spent.append(time.perf_counter() - started)

                run_module.consolidate = timed_consolidate
                try:
                    started = time.perf_counter()
                    summary = run_module.run_documents(change, work)
                    totals.append(time.perf_counter() - started)
                finally:
                    run_module.consolidate = real_consolidate
                assert summary.documents == len(change), summary.as_dict()
                publishing.append(spent[0])
            with sqlite3.connect(manifest_path(folders[scale])) as db:
                revisions = db.execute("SELECT COUNT(*) FROM revisions").fetchone()[0]
            results[scale] = {"revisions": revisions, "seconds": round(statistics.median(totals), 3),
                              "publish_seconds": round(statistics.median(publishing), 3),
                              "rounds": [round(t, 3) for t in totals],
                              "publish_rounds": [round(t, 3) for t in publishing],
                              "full_publish_seconds": full_publish[scale]}
    largest, smallest = results[max(scales)], results[min(scales)]
    return {"pages_changed": len(change), "scales": results,
            "ratio": round(largest["seconds"] / smallest["seconds"], 2),
            "publish_ratio": round(largest["publish_seconds"] / smallest["publish_seconds"], 2),
            "target": "incremental cost at the largest scale within 1.5x of 1x"}


def print_incremental(result: dict) -> None:
    print(f"incremental run of {result['pages_changed']} changed pages (median seconds; publishing in brackets; "
          "a full publish of the folder for comparison):")
    for scale, row in result["scales"].items():
        print(f"  {scale:>3}x  {row['revisions']:>5} revisions  {row['seconds']:7.2f} s  ({row['publish_seconds']:.2f} s)"
              f"   full publish {row['full_publish_seconds']:.2f} s   rounds {row['rounds']}")
    print(f"  largest over 1x: {result['ratio']} (publishing alone {result['publish_ratio']}); target <= 1.5")
