"""CI guard: accuracy against gold never drops below the floors in tests/eval_floors.json.

Each suite (the founding article in ../shared, our own articles in corpus/, and the two halves of the
development set of real articles, corpus/gold/enwiki/dev and test, scored by aggregate only) is evaluated exactly as
`almanac evaluate GOLD --corpus CORPUS` does. The floors file is kept honest both ways:
- a metric below its floor fails (the pipeline got worse);
- a metric more than FLOOR_SLACK above its floor also fails (the pipeline got better: raise the
  floor; the failure message prints the floors to paste). A measured metric with no floor counts as
  a floor of 0, so a newly working stage gets floors too;
- a floor lower than in the last commit fails unless `lowered` in the file names it with a reason,
  so a floor is never lowered silently.
"""
from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from pipeline.tools.cases import evaluate_gold_dir
from pipeline.tools.floors import check_floors, flat_metrics, floors_from, load_floors

FLOORS_FILE = Path(__file__).resolve().parent / "eval_floors.json"
FLOOR_SLACK = 0.10
SUITES = json.loads(FLOORS_FILE.read_text(encoding="utf-8"))["suites"]


@pytest.fixture(scope="module", params=sorted(SUITES))
def suite(request):
    """(name, floors, measured overall metrics) of one suite, evaluated once per test session."""
    name = request.param
    gold_dir = (FLOORS_FILE.parent / SUITES[name]["gold"]).resolve()
    corpus = (FLOORS_FILE.parent / SUITES[name]["corpus"]).resolve() if SUITES[name].get("corpus") else None
    if not gold_dir.is_dir() or not any(gold_dir.glob("*.gold.json")):
        pytest.skip(f"no gold files in {gold_dir}")
    report = evaluate_gold_dir(gold_dir, corpus)
    assert not report.notes, report.notes  # every gold document was processed and has rows
    return name, load_floors(FLOORS_FILE, gold_dir), report.metrics()["overall"]


def test_no_metric_is_below_its_floor(suite):
    name, floors, overall = suite
    breaches = check_floors(overall, floors)
    assert not breaches, f"suite {name!r}: " + "; ".join(
        f"{b.metric} = {'not measured' if b.measured is None else f'{b.measured:.3f}'} < floor {b.floor:.2f}"
        for b in breaches)


def test_floors_are_raised_when_the_pipeline_improves(suite):
    name, floors, overall = suite
    measured = flat_metrics(overall)
    stale = {metric: value for metric, value in measured.items()
             if value is not None and value - floors.get(metric, 0.0) > FLOOR_SLACK + 1e-9}
    suggested = {metric: max(floors.get(metric, 0.0), floor) for metric, floor in floors_from(overall).items()}
    assert not stale, (
        f"suite {name!r}: the pipeline improved past its floors ({', '.join(sorted(stale))}); raise them in "
        f"{FLOORS_FILE.name} (suites.{name}.floors) to: {json.dumps({**floors, **suggested}, sort_keys=True)}")


def floors_at(commit: str) -> dict | None:
    try:
        shown = subprocess.run(["git", "show", f"{commit}:./{FLOORS_FILE.name}"], cwd=FLOORS_FILE.parent,
                               capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.SubprocessError):
        return None
    return json.loads(shown.stdout) if shown.returncode == 0 else None


def earlier_floors() -> list[tuple[str, dict]]:
    """The floors files to compare with: the last commit's (for an uncommitted change), and the version
    before the last commit that changed the file (so a clean clone checks the newest change too)."""
    try:
        log = subprocess.run(["git", "log", "-n", "2", "--format=%H", "--", FLOORS_FILE.name], cwd=FLOORS_FILE.parent,
                             capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.SubprocessError):
        return []
    commits = log.stdout.split() if log.returncode == 0 else []
    found = [("HEAD", floors_at("HEAD"))]
    if len(commits) == 2:
        found.append((commits[1][:10], floors_at(commits[1])))
    return [(name, floors) for name, floors in found if floors is not None]


def lowered_floors(before: dict, now: dict) -> list[str]:
    """Floors of `before` that `now` lowers (or drops) without a reason in its `lowered`."""
    reasons = now.get("lowered", {})
    lowered = []
    for name, suite in before.get("suites", {}).items():
        floors = now["suites"].get(name, {}).get("floors", {})
        for metric, floor in suite.get("floors", {}).items():
            if floors.get(metric, 0.0) < floor and f"{name}/{metric}" not in reasons:
                lowered.append(f"{name}/{metric} {floor} -> {floors.get(metric, 'removed')}")
    return lowered


def test_lowering_a_floor_needs_a_reason():
    before = {"suites": {"s": {"floors": {"dates.f1": 0.9, "events.type": 0.5}}}}
    now = {"suites": {"s": {"floors": {"dates.f1": 0.85, "events.type": 0.5}}}, "lowered": {}}
    assert lowered_floors(before, now) == ["s/dates.f1 0.9 -> 0.85"]
    now["lowered"]["s/dates.f1"] = "gold corrected"
    assert lowered_floors(before, now) == []
    assert lowered_floors(before, {"suites": {}}) == ["s/dates.f1 0.9 -> removed", "s/events.type 0.5 -> removed"]


def test_no_floor_is_lowered_silently():
    earlier = earlier_floors()
    if not earlier:
        pytest.skip("no earlier floors file to compare with (not a git checkout, or a shallow one)")
    current = json.loads(FLOORS_FILE.read_text(encoding="utf-8"))
    lowered = [f"{line} (against {name})" for name, floors in earlier for line in lowered_floors(floors, current)]
    assert not lowered, ("floors lowered without a reason in 'lowered' of the floors file: " + "; ".join(lowered))


def test_floors_name_known_metrics_in_range():
    for name in SUITES:
        load_floors(FLOORS_FILE, (FLOORS_FILE.parent / SUITES[name]["gold"]).resolve())  # raises on a bad entry
