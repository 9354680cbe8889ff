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


def run_in_fresh_interpreter(code: str) -> str:
    completed = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True)
    assert completed.returncode == 0, completed.stderr[-2000:]
    return completed.stdout.splitlines()[-1]


def command_line_run(tmp_path) -> str:
    """Python code that runs `almanac run` on a one-sentence article in its own process, as a user does."""
    article = tmp_path / "fair.txt"
    article.write_text("The fair opened in Paris in 1900 and drew 50 million visitors.\n", encoding="utf-8")
    return f"""
from pipeline.cli import app
try:
    app(["run", "-q", "--format", "csv", {str(article)!r}, "-o", {str(tmp_path / 'out')!r}])
except SystemExit as exit:
    assert exit.code == 0, exit.code
"""


def test_a_command_line_run_freezes_what_its_start_up_built_and_collects_again(tmp_path):
    # `almanac run` holds cyclic collections while it starts and freezes what it holds once the model is loaded
    # (runs/allocator.py): the model is among the frozen objects, and collections are on again for the run.
    code = command_line_run(tmp_path) + """
import gc
from pipeline.language.nlp import load_nlp
nlp = load_nlp()
print(gc.isenabled(), gc.get_freeze_count(), gc.is_tracked(nlp), any(o is nlp for o in gc.get_objects()))
"""
    enabled, frozen, tracked, collectable = run_in_fresh_interpreter(code).split()
    assert enabled == "True"
    assert int(frozen) > 100_000  # the imports and the model, not only what existed when the command began
    assert tracked == "True" and collectable == "False"  # the model is frozen: no later collection visits it


def test_the_library_leaves_the_callers_collector_alone():
    code = """
import gc
import almanac
frames = almanac.extract("The fair opened in Paris in 1900 and drew 50 million visitors.")
assert len(frames["dates"]) == 1
print(gc.isenabled(), gc.get_freeze_count())
"""
    assert run_in_fresh_interpreter(code) == "True 0"


def test_a_command_line_run_imports_spacy_without_its_command_line(tmp_path):
    # spaCy's package imports its own command line (download, project commands: requests, weasel, jinja2...);
    # `almanac run` imports spaCy without it (language/startup.py), and spaCy's command line still imports later.
    code = command_line_run(tmp_path) + """
import sys
light = not {"spacy.cli", "requests", "weasel", "jinja2"} & set(sys.modules)
import spacy
import spacy.cli
print(light, callable(spacy.cli.download), "spacy.cli.info" in sys.modules, callable(spacy.info))
"""
    assert run_in_fresh_interpreter(code).split() == ["True", "True", "True", "True"]


def test_the_command_without_a_model_loaded_still_imports_spacy_whole():
    # A process that imported spaCy the ordinary way first keeps it as it is.
    code = """
import sys
import spacy
from pipeline.language.startup import import_spacy
import_spacy()
print("spacy.cli" in sys.modules)
"""
    assert run_in_fresh_interpreter(code) == "True"


def test_the_console_entry_point_keeps_exit_codes_output_and_exit_functions(tmp_path):
    # `main` ends the process without Python's teardown (cli.main): what a command printed, its exit code and the
    # functions registered with atexit must all still be there.
    from pipeline.cli import EXIT_NO_INPUT, EXIT_OK

    def entry(*args: str) -> subprocess.CompletedProcess:
        code = ("import atexit, sys\natexit.register(lambda: print('exit functions ran', file=sys.stderr))\n"
                f"sys.argv = ['almanac', *{list(args)!r}]\nfrom pipeline.cli import main\nmain()")
        return subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True)

    article = tmp_path / "fair.txt"
    article.write_text("The fair opened in Paris in 1900 and drew 50 million visitors.\n", encoding="utf-8")
    done = entry("run", str(article), "-o", str(tmp_path / "out"), "--json")
    assert done.returncode == EXIT_OK, done.stderr[-2000:]
    assert json.loads(done.stdout)["documents"] == 1
    assert done.stderr.endswith("exit functions ran\n")
    missing = entry("run", "-q", str(tmp_path / "no-such-file.txt"), "-o", str(tmp_path / "out2"))
    assert missing.returncode == EXIT_NO_INPUT
    assert missing.stderr.startswith("almanac: error: no document") and missing.stderr.endswith("exit functions ran\n")
    usage = entry("run")
    assert usage.returncode == 2 and "Missing argument" in usage.stderr
