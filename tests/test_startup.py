"""Start-up: a command imports only what it uses. Each check runs in a fresh interpreter, since this one has
imported everything already."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def modules_after(code: str) -> set[str]:
    """The modules a fresh interpreter holds after running `code`."""
    script = f"{code}\nimport json, sys\nprint(json.dumps(sorted(sys.modules)))"
    completed = subprocess.run([sys.executable, "-c", script], cwd=REPO, capture_output=True, text=True, check=True)
    return set(json.loads(completed.stdout.splitlines()[-1]))


def test_loading_a_spacy_pipeline_does_not_import_the_extractors():
    # spaCy imports every spacy_factories entry point whenever it builds a pipeline: the components module
    # must stay light for a spaCy user who never adds an almanac component.
    loaded = modules_after("import spacy\nspacy.blank('en')")
    assert "pipeline.components" in loaded  # the entry point was imported (the check below means something)
    assert not {name for name in loaded if name.startswith("pipeline.extraction")}


def test_a_component_imports_its_extractor_when_it_first_runs():
    loaded = modules_after("import spacy\nnlp = spacy.blank('en')\nnlp.add_pipe('almanac_dates')\nnlp('In 1990.')")
    assert "pipeline.extraction.dates" in loaded


def test_the_command_line_imports_neither_pandas_nor_pandera_to_parse_its_options():
    loaded = modules_after("import pipeline.cli")
    assert "typer" in loaded
    assert not {"pandas", "pandera", "pyarrow", "spacy"} & loaded
