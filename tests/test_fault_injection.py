"""Fault injection: `almanac run` killed (SIGKILL) at seeded random points of a run, of the publishing of its
tables and of a file write, serial and with `--workers 2`. After each kill the published tables are one whole
set (every table as a clean run of the documents published before made it) and no process of the killed run
is left; after the restart every table equals a clean run's.

The points are drawn from ALMANAC_FAULT_SEED (default 17): a failure names its seed and point, and the same
seed reproduces it. The kill itself is `tests/fault_run.py`, which runs the real command and kills its own
process at the chosen call.
"""
from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest

from pipeline.runs.publish import generations_dir
from pipeline.runs.run import run
from pipeline.tables.layout import published_folder
from pipeline.tables.schema import TABLES
from pipeline.tables.writer import read_table
from tests.test_kill_restart import PLACES, alive, assert_complete, descendants, write_inputs

REPO = Path(__file__).resolve().parent.parent
SEED = int(os.environ.get("ALMANAC_FAULT_SEED", "17"))
BEFORE = 3  # documents published by a first run; the killed run adds the other five, one partition each
# Where a kill lands (tests/fault_run.py), and the times that point is reached in the killed run, at least:
# five partitions committed; five partitions of four to seven parts written; and, in the publishing, a
# chunk of each of the six or seven tables, `_tables.json` and the switch of `OUT/tables`.
POINTS = {"commit": 4, "write": 25, "publish": 8}
MODES = {"serial": (), "workers": ("--workers", "2")}
CASES = [(mode, point) for mode in MODES for point in POINTS]


def nth_call(mode: str, point: str) -> int:
    return random.Random(f"{SEED}:{mode}:{point}").randint(1, POINTS[point])


def tables_of(folder: Path) -> dict[str, pd.DataFrame]:
    """Every table of a folder, without `source` (the inputs of the clean runs sit in another folder)."""
    return {name: read_table(folder / f"{name}.parquet").drop(columns=["source"], errors="ignore") for name in TABLES}


@pytest.fixture(scope="module")
def clean(tmp_path_factory, nlp):
    """Tables of clean runs: of the first documents alone, and of all of them."""
    base = tmp_path_factory.mktemp("clean")
    paths = write_inputs(base / "in")
    run([str(p) for p in paths[:BEFORE]], base / "before")
    run([str(p) for p in paths], base / "all")
    return {"before": tables_of(base / "before"), "all": tables_of(base / "all"), "folder": base}


def equal(got: dict[str, pd.DataFrame], want: dict[str, pd.DataFrame]) -> bool:
    try:
        for name in TABLES:
            pd.testing.assert_frame_equal(got[name], want[name])
    except AssertionError:
        return False
    return True


def run_until_killed(command: list[str], label: str) -> set[int]:
    """Run `command` until it dies; every process seen below it meanwhile."""
    child = subprocess.Popen(command, cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    seen: set[int] = set()
    try:
        deadline = time.monotonic() + 300
        while child.poll() is None and time.monotonic() < deadline:
            seen |= descendants(child.pid)
            time.sleep(0.05)
        assert child.poll() == -signal.SIGKILL, f"{label}: not killed ({child.poll()}): {child.stderr.read().decode()}"
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
        child.stderr.close()
    return seen


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
@pytest.mark.parametrize("mode,point", CASES, ids=[f"{mode}-{point}" for mode, point in CASES])
def test_killed_then_restarted(tmp_path, clean, nlp, mode, point):
    nth = nth_call(mode, point)
    label = f"ALMANAC_FAULT_SEED={SEED} {mode} killed at {point} #{nth}"
    paths = write_inputs(tmp_path / "in")
    out = tmp_path / "out"
    run([str(p) for p in paths[:BEFORE]], out)
    command = [sys.executable, "-m", "tests.fault_run", point, str(nth), *map(str, paths), "-o", str(out), "-q",
               "--partition-size", "1", *MODES[mode]]
    helpers = run_until_killed(command, label)

    deadline = time.monotonic() + 30
    while any(alive(pid) for pid in helpers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not [pid for pid in helpers if alive(pid)], f"{label}: processes outlived the killed run"
    # The published tables are one whole set: all of the first run's, or all of a finished run's.
    published = tables_of(published_folder(out))
    assert equal(published, clean["before"]) or equal(published, clean["all"]), f"{label}: tables of two sets"

    summary = run([str(p) for p in paths], out)
    assert summary.skipped + summary.documents == len(PLACES), label
    assert_complete(out, clean["folder"] / "all", [p.stem for p in paths])
    assert len(list(generations_dir(out).iterdir())) <= 2, label
