"""The same input gives byte-identical tables across processes, not only within one: separate runs with
different hash seeds (set iteration order), serial and with workers, in every format."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.tables.schema import TABLES
from pipeline.tables.layout import table_files
from pipeline.tables.layout import EXTENSIONS
from pipeline.tables.writer import read_table

REPO = Path(__file__).resolve().parent.parent
ARTICLES = {
    "harbour": "Harbour of Tromsø\n\nThe harbour was deepened in 1911 and in the summer of 1968. By 1990 it handled "
               "about 2.1 million tonnes of cargo, 40% of it fish.\n\nIn 1996 Norway and Russia signed a treaty "
               "on the harbour worth $3 billion.\n",
    "league": "River league\n\nThe league was founded in 1921 by Freedonia and Sylvania. In March 1950 the two "
              "countries agreed to share its costs, and trade between them rose by 12% in 1951.\n",
}


def run_in_a_process(inputs: Path, out: Path, fmt: str, seed: str, *extra: str) -> None:
    env = dict(os.environ, PYTHONHASHSEED=seed)
    command = [sys.executable, "-m", "pipeline.cli", "run", str(inputs), "--out", str(out), "--format", fmt, "-q",
               *extra]
    result = subprocess.run(command, cwd=REPO, env=env, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize("fmt", ["parquet", "csv", "jsonl"])
def test_tables_are_byte_identical_across_processes(tmp_path, fmt):
    inputs = tmp_path / "in"
    inputs.mkdir()
    for name, text in ARTICLES.items():
        (inputs / f"{name}.txt").write_text(text, encoding="utf-8")
    runs = [("1",), ("2",), ("3", "--workers", "2")] if fmt == "parquet" else [("1",), ("2",)]
    outputs = []
    for index, (seed, *extra) in enumerate(runs):
        out = tmp_path / f"out{index}"
        run_in_a_process(inputs, out, fmt, seed, *extra)
        outputs.append(out)
    assert len(read_table(outputs[0] / f"events{EXTENSIONS[fmt]}")) > 0  # the articles give rows to compare
    for table in TABLES:
        name = f"{table}{EXTENSIONS[fmt]}"
        first = [(file.name, file.read_bytes()) for file in table_files(outputs[0] / name)]
        for other in outputs[1:]:
            again = [(file.name, file.read_bytes()) for file in table_files(other / name)]
            assert again == first, f"{name} differs between {outputs[0]} and {other}"
