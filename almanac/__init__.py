"""almanac: encyclopedia articles and their revisions into validated tables of dated events and figures.

    import almanac

    tables = almanac.extract("In 1996 Russia and North Korea signed a treaty worth $3 billion.")
    tables["events"]                            # one pandas DataFrame per table
    summary = almanac.run("corpus", out="outputs")   # what `almanac run corpus --out outputs` does

This package is the public face of `pipeline`, which holds the implementation (see ARCHITECTURE.md).
"""
from pipeline import PIPELINE_VERSION, __version__
from pipeline.api import extract, run
from pipeline.errors import AlmanacError, EngineError, InputError, ModelNotInstalledError, OutputError, ValidationFailed
from pipeline.runs.run import RunProgress, RunSummary
from pipeline.tables.schema import TABLES

__all__ = [
    "PIPELINE_VERSION", "TABLES", "AlmanacError", "EngineError", "InputError", "ModelNotInstalledError",
    "OutputError", "RunProgress", "RunSummary", "ValidationFailed", "__version__", "extract", "run",
]
