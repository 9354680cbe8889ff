"""Killed at any moment and restarted, a run ends with every revision exactly once and no partial file.

The subprocess test makes the kill land mid-run deterministically: one input is a named pipe, so the
run blocks on it after committing the documents before it; it is then killed with SIGKILL.
The moments a kill cannot be aimed at from outside (inside the table rebuild, between writing a
part and committing it) are reproduced in-process.
"""
from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest

from pipeline.runs.manifest import manifest_path, parts_dir
import pipeline.runs.publish as publish_module
from pipeline.runs.publish import generations_dir
from pipeline.runs.run import run
from pipeline.tables.schema import TABLES
from pipeline.tables.writer import read_table

REPO = Path(__file__).resolve().parent.parent
PLACES = ["Alder Creek", "Birch Bay", "Cedar Falls", "Dunmore", "Elm Point", "Fairhaven", "Glenrock", "Hollowell"]


def article(index: int, place: str) -> str:
    return (f"{place}\n\n{place} is a market town on a river crossing. It received a charter in {1500 + 37 * index}.\n\n"
            f"History\n\nA bridge was built there in {1700 + 23 * index}, and the railway arrived in {1850 + 7 * index}.")


def write_inputs(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for index, place in enumerate(PLACES):
        path = folder / f"{place.lower().replace(' ', '-')}.txt"
        path.write_text(article(index, place), encoding="utf-8")
        paths.append(path)
    return paths


def committed(out: Path) -> int:
    try:
        with sqlite3.connect(f"file:{manifest_path(out)}?mode=ro", uri=True, timeout=1) as db:
            return db.execute("SELECT COUNT(*) FROM revisions").fetchone()[0]
    except sqlite3.Error:  # not created yet, or busy
        return 0


def leftovers(out: Path) -> list[Path]:
    return [path for path in out.rglob("*") if path.name.endswith(".tmp")]


def assert_complete(out: Path, expected: Path, doc_ids: list[str]) -> None:
    documents = read_table(out / "documents.parquet")
    assert sorted(documents["doc_id"]) == sorted(doc_ids)  # every document exactly once
    sentences = read_table(out / "sentences.parquet")
    assert not sentences.duplicated(["doc_id", "revision_id", "sent_id"]).any()
    for name in TABLES:  # the same rows as one uninterrupted run (whose inputs sit in another folder)
        got, want = (read_table(folder / f"{name}.parquet").drop(columns=["source"], errors="ignore")
                     for folder in (out, expected))
        pd.testing.assert_frame_equal(got, want)
    assert leftovers(out) == []


@pytest.fixture(scope="module")
def uninterrupted(tmp_path_factory, nlp):
    """Tables of the same inputs from one run that nobody killed."""
    base = tmp_path_factory.mktemp("uninterrupted")
    paths = write_inputs(base / "in")
    run([str(p) for p in paths], base / "out")
    return base


def test_run_killed_mid_run_then_restarted(tmp_path, uninterrupted, nlp):
    paths = write_inputs(tmp_path / "in")
    blocked = paths[5]
    text = blocked.read_text(encoding="utf-8")
    blocked.unlink()
    os.mkfifo(blocked)  # reading it blocks the run until someone writes, which nobody will
    out = tmp_path / "out"
    command = [sys.executable, "-m", "pipeline.cli", "run", *map(str, paths), "-o", str(out), "-q",
               "--partition-size", "1"]
    child = subprocess.Popen(command, cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 300
        # Documents 1-4 are committed once document 5 is read into the next partition and the run
        # reaches the pipe; then it is blocked, mid-run.
        while committed(out) < 4 and child.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        assert child.poll() is None, child.stderr.read().decode()
        assert committed(out) == 4
        child.send_signal(signal.SIGKILL)
        assert child.wait(timeout=60) == -signal.SIGKILL
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
        child.stderr.close()
    assert not (out / "documents.parquet").exists()  # killed before the tables were rebuilt

    blocked.unlink()
    blocked.write_text(text, encoding="utf-8")
    summary = run([str(p) for p in paths], out)
    assert (summary.skipped, summary.documents) == (4, len(PLACES) - 4)
    assert_complete(out, uninterrupted / "out", [p.stem for p in paths])


def test_crash_while_tables_are_published_leaves_the_set_before_whole(tmp_path, uninterrupted, monkeypatch, nlp):
    paths = write_inputs(tmp_path / "in")
    out = tmp_path / "out"
    run([str(paths[0])], out)  # the published set: one document
    before = {name: read_table(out / f"{name}.parquet") for name in TABLES}
    real_write_chunk = publish_module.write_parquet_chunk
    tables_written = []

    def dies_on_third_table(frame, target, table):
        tables_written.append(table)
        if len(set(tables_written)) == 3:
            raise KeyboardInterrupt  # stands for the kill: nothing after this point runs
        return real_write_chunk(frame, target, table)

    monkeypatch.setattr(publish_module, "write_parquet_chunk", dies_on_third_table)
    with pytest.raises(KeyboardInterrupt):
        run([str(p) for p in paths], out)
    # Readers see the set published before, whole: never the new documents table beside old others.
    for name in TABLES:
        pd.testing.assert_frame_equal(read_table(out / f"{name}.parquet"), before[name])
    monkeypatch.setattr(publish_module, "write_parquet_chunk", real_write_chunk)
    summary = run([str(p) for p in paths], out)
    assert (summary.documents, summary.skipped) == (0, len(PLACES))  # nothing redone, tables published
    assert_complete(out, uninterrupted / "out", [p.stem for p in paths])
    generations = sorted(path.name for path in generations_dir(out).iterdir())
    assert len(generations) == 2  # the published one and the one before; the one cut short is gone


def test_parts_and_temp_files_of_a_killed_run_are_ignored_and_removed(tmp_path, uninterrupted, nlp):
    paths = write_inputs(tmp_path / "in")
    out = tmp_path / "out"
    run([str(p) for p in paths[:3]], out)
    # What a kill leaves: a part written but never committed (with rows of a document that is then
    # processed for real), and temp files of writes cut short.
    sentences_parts = sorted((parts_dir(out) / "sentences").glob("*.parquet"))
    orphan = parts_dir(out) / "sentences" / "part-999999-000000.parquet"
    orphan.write_bytes(sentences_parts[0].read_bytes())
    torn_part = parts_dir(out) / "figures" / ".part-999999-000001.parquet.x1y2.tmp"
    torn_part.parent.mkdir(parents=True, exist_ok=True)
    torn_part.write_bytes(b"PAR1 torn")
    torn_link = out / ".tables.link.tmp"
    torn_link.symlink_to(".almanac/generations/000099")
    cut_generation = generations_dir(out) / "000099"  # a generation being built when the run was killed
    (cut_generation / "documents.parquet").mkdir(parents=True)
    (cut_generation / "documents.parquet" / ".0011-22.parquet.a8b9.tmp").write_bytes(b"PAR1 torn")
    run([str(p) for p in paths], out)
    assert not orphan.exists() and not torn_part.exists() and not torn_link.is_symlink()
    assert not cut_generation.exists()
    assert_complete(out, uninterrupted / "out", [p.stem for p in paths])


def descendants(pid: int) -> set[int]:
    """Every living process below `pid` (read from /proc)."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            parent = int(stat.rsplit(")", 1)[1].split()[1])
            children.setdefault(parent, []).append(int(entry.name))
    found, stack = set(), [pid]
    while stack:
        for child in children.get(stack.pop(), []):
            found.add(child)
            stack.append(child)
    return found


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="PR_SET_PDEATHSIG is Linux's")
def test_a_worker_whose_server_died_before_it_asked_to_die_with_it_exits():
    # The race a kill of almanac can land in: a worker forked by the server, the server killed before the
    # worker set PR_SET_PDEATHSIG. The worker has a new parent by then; it knows the server's pid from
    # before it was born, sees the change and exits, instead of waiting forever for work.
    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True,
                          text=True, check=True)
    dead_parent = int(gone.stdout)
    script = ("from pipeline.runs.workers import die_with_parent\n"
              f"die_with_parent({dead_parent})\n"
              "print('still alive')")
    completed = subprocess.run([sys.executable, "-c", script], cwd=REPO, capture_output=True, text=True, timeout=60)
    assert completed.returncode == 1, completed
    assert "still alive" not in completed.stdout
    # With the parent it was born to, it lives on.
    script = "import os\nfrom pipeline.runs.workers import die_with_parent\ndie_with_parent(os.getppid())\nprint('alive')"
    completed = subprocess.run([sys.executable, "-c", script], cwd=REPO, capture_output=True, text=True, timeout=60)
    assert completed.returncode == 0 and completed.stdout.strip() == "alive", completed


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_workers_die_with_a_killed_run(tmp_path, uninterrupted, nlp):
    paths = write_inputs(tmp_path / "in")
    blocked = paths[5]
    text = blocked.read_text(encoding="utf-8")
    blocked.unlink()
    os.mkfifo(blocked)
    out = tmp_path / "out"
    command = [sys.executable, "-m", "pipeline.cli", "run", *map(str, paths), "-o", str(out), "-q",
               "--partition-size", "1", "--workers", "2"]
    child = subprocess.Popen(command, cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        # The run blocks on the pipe while its workers hold partitions: wait until both workers are up.
        deadline = time.monotonic() + 300
        helpers: set[int] = set()
        while len(helpers) < 4 and child.poll() is None and time.monotonic() < deadline:
            time.sleep(0.2)
            helpers = descendants(child.pid)
        assert child.poll() is None, child.stderr.read().decode()
        # the worker server, its two workers, and the resource tracker
        assert len(helpers) >= 4, helpers
        child.send_signal(signal.SIGKILL)
        assert child.wait(timeout=60) == -signal.SIGKILL
        deadline = time.monotonic() + 90  # a loaded machine may take a while to reap them
        while any(alive(pid) for pid in helpers) and time.monotonic() < deadline:
            time.sleep(0.1)
        survivors = {pid: Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ")[:200]
                     for pid in helpers if alive(pid)}
        assert not survivors, f"processes outlived the killed run: {survivors}"
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
        child.stderr.close()
    blocked.unlink()
    blocked.write_text(text, encoding="utf-8")
    run([str(p) for p in paths], out)
    assert_complete(out, uninterrupted / "out", [p.stem for p in paths])
