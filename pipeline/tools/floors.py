"""Floors and comparisons of `almanac evaluate` reports: metrics flattened to "table.metric", the change
between two `--json` reports, and the floors a suite must keep (`--floors`, tests/eval_floors.json)."""
from __future__ import annotations

import json
import math
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError
from .evaluate import ATTRIBUTES, DETECTION_METRICS, JSON_FORMAT, PARTICIPANT_METRICS, SCORED_TABLES, EvaluationError


def flat_metrics(by_table: dict[str, dict]) -> dict[str, float | None]:
    """{"dates": {"f1": 0.9}} -> {"dates.f1": 0.9}, scores only (no counts)."""
    flat = {}
    for table, metrics in by_table.items():
        for name, value in metrics.items():
            if name not in ("gold", "predicted", "matched"):
                flat[f"{table}.{name}"] = value
    return flat


def scored_metric_names(table: str) -> tuple[str, ...]:
    extra = PARTICIPANT_METRICS if table == "events" else ()
    return DETECTION_METRICS + ATTRIBUTES[table] + extra


@dataclass(frozen=True)
class MetricChange:
    scope: str  # "overall" or a doc_id
    metric: str  # "dates.f1"
    old: float | None
    new: float | None

    @property
    def delta(self) -> float | None:
        if self.old is None or self.new is None:
            return None
        return self.new - self.old


def compare_reports(old: dict, new: dict) -> list[MetricChange]:
    """Every metric of two `--json` reports, overall first, then each document (sorted)."""
    for report in (old, new):
        if report.get("format") != JSON_FORMAT:
            raise EvaluationError(f"not an evaluation report of format {JSON_FORMAT} "
                                  f"(found {report.get('format')!r})")
    changes = []
    scopes = [("overall", old.get("overall", {}), new.get("overall", {}))]
    doc_ids = sorted(set(old.get("documents", {})) | set(new.get("documents", {})))
    scopes += [(doc_id, old.get("documents", {}).get(doc_id, {}), new.get("documents", {}).get(doc_id, {}))
               for doc_id in doc_ids]
    for scope, old_tables, new_tables in scopes:
        old_flat, new_flat = flat_metrics(old_tables), flat_metrics(new_tables)
        for metric in dict.fromkeys([*new_flat, *old_flat]):
            changes.append(MetricChange(scope, metric, old_flat.get(metric), new_flat.get(metric)))
    return changes


def load_report(path: Path) -> dict:
    try:
        return json.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as error:
        raise InputError(f"{path}: cannot read ({error.strerror})") from None
    except json.JSONDecodeError as error:
        raise InputError(f"{path}: not valid JSON ({error.msg}, line {error.lineno})") from None


@dataclass(frozen=True)
class FloorBreach:
    metric: str
    measured: float | None
    floor: float


def load_floors(path: Path, gold_dir: Path | None = None) -> dict[str, float]:
    """Floors for the overall metrics of one gold folder.

    The file is either {"floors": {"dates.f1": 0.5, ...}} or
    {"suites": {name: {"gold": DIR, "corpus": DIR, "floors": {...}}}} with folders relative to the
    file; then the suite whose gold folder is `gold_dir` applies.
    """
    path = Path(path)
    data = load_report(path)
    if "suites" in data:
        if gold_dir is None:
            raise EvaluationError(f"{path}: holds several suites; name the gold folder")
        wanted = Path(gold_dir).resolve()
        for name, suite in sorted(data["suites"].items()):
            if (path.parent / suite["gold"]).resolve() == wanted:
                return _checked_floors(suite.get("floors", {}), f"{path}: suite {name!r}")
        raise EvaluationError(f"{path}: no suite has gold folder {gold_dir}")
    return _checked_floors(data.get("floors", {}), str(path))


def _checked_floors(floors: object, where: str) -> dict[str, float]:
    if not isinstance(floors, dict):
        raise EvaluationError(f"{where}: 'floors' must be an object of metric: floor")
    known = {f"{table}.{name}" for table in SCORED_TABLES for name in scored_metric_names(table)}
    for metric, floor in floors.items():
        if metric not in known:
            raise EvaluationError(f"{where}: unknown metric {metric!r}")
        if isinstance(floor, bool) or not isinstance(floor, (int, float)) or not 0 <= floor <= 1:
            raise EvaluationError(f"{where}: floor of {metric!r} must be a number from 0 to 1, not {floor!r}")
    return {metric: float(floor) for metric, floor in floors.items()}


def check_floors(overall: dict[str, dict], floors: dict[str, float]) -> list[FloorBreach]:
    """Metrics below their floor; a metric that could not be measured (no matched pair) is below any
    floor above 0."""
    measured = flat_metrics(overall)
    breaches = []
    for metric, floor in floors.items():
        value = measured.get(metric)
        if (value is None and floor > 0) or (value is not None and value < floor - 1e-9):
            breaches.append(FloorBreach(metric, value, floor))
    return breaches


def floors_from(overall: dict[str, dict], step: float = 0.05) -> dict[str, float]:
    """Floors for measured metrics: each rounded down to `step` (metrics not measured get none)."""
    floors = {}
    for metric, value in flat_metrics(overall).items():
        if value is not None:
            floors[metric] = round(math.floor(value / step + 1e-9) * step, 2)
    return floors
