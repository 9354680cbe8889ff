"""The `almanac` command line: a thin layer over the library. Only this module prints or exits.

Exit codes:
  0  success
  1  finished, but some documents failed (each named on stderr)
  2  usage error (bad option or argument)
  3  nothing could be processed (every input missing, empty or unreadable), or a bad input file
  4  a table failed schema validation (nothing written)
  5  the spaCy model is not installed
  6  an evaluation score fell below its floor (evaluate --floors)
"""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from .errors import AlmanacError, InputError, ModelNotInstalledError, ValidationFailed
from .ingest import DocumentFailure
from .writer import FORMATS

EXIT_OK, EXIT_PARTIAL, EXIT_USAGE, EXIT_NO_INPUT, EXIT_INVALID, EXIT_NO_MODEL, EXIT_BELOW_FLOOR = range(7)

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="almanac: encyclopedia articles and their revisions into validated tables of dated events and figures.",
    pretty_exceptions_enable=False,
)
out = Console(soft_wrap=True)
err = Console(stderr=True, soft_wrap=True)


@app.callback()
def main_callback() -> None:
    """almanac: encyclopedia articles and their revisions into validated tables of dated events and figures."""


def fail(message: str, code: int) -> "typer.Exit":
    err.print(f"almanac: error: {message}", markup=False, highlight=False)
    return typer.Exit(code)


def exit_code_for(error: AlmanacError) -> int:
    if isinstance(error, ModelNotInstalledError):
        return EXIT_NO_MODEL
    if isinstance(error, ValidationFailed):
        return EXIT_INVALID
    return EXIT_NO_INPUT


@app.command()
def run(
    paths: list[str] = typer.Argument(..., help="Article files (.txt, .wiki), folders of them, XML exports, or - for stdin."),
    out_dir: Path = typer.Option(Path("outputs"), "--out", "-o", help="Folder the tables are written to."),
    fmt: str = typer.Option("parquet", "--format", "-f", help=f"Table format: {', '.join(FORMATS)}."),
    json_summary: bool = typer.Option(False, "--json", help="Print the closing summary as JSON."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar."),
) -> None:
    """Turn raw articles into validated tables (documents, sentences, entities, dates, figures, events, checks)."""
    if fmt not in FORMATS:
        raise fail(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}", EXIT_USAGE)
    from .process import run as run_pipeline

    progress = Progress(
        TextColumn("[bold]almanac run"), BarColumn(), MofNCompleteColumn(), TextColumn("docs"),
        TextColumn("{task.fields[rate]}"), TimeElapsedColumn(), TextColumn("{task.description}"),
        console=err, disable=quiet or json_summary, transient=True,
    )

    def on_document(item) -> None:
        if isinstance(item, DocumentFailure):
            progress.console.print(f"almanac: skipped {item}", markup=False, highlight=False)
        task = progress.tasks[0]
        elapsed = max(task.elapsed or 0.0, 1e-9)
        progress.update(task_id, advance=1, description=getattr(item, "doc_id", "") or "",
                        rate=f"{(task.completed + 1) / elapsed:.1f} docs/s")

    with progress:
        task_id = progress.add_task("", total=None, rate="")
        try:
            summary = run_pipeline(paths, out_dir, fmt, on_document=on_document)
        except AlmanacError as error:
            progress.stop()
            raise fail(str(error), exit_code_for(error))
    if json_summary:
        out.print_json(json.dumps(summary.as_dict()))
    else:
        out.print(f"almanac run: {summary.documents} documents, {summary.sentences} sentences, "
                  f"{summary.seconds:.1f} s", markup=False, highlight=False)
        table = Table(show_edge=False)
        table.add_column("table")
        table.add_column("rows", justify="right")
        for name, count in summary.rows.items():
            table.add_row(name, str(count))
        out.print(table)
        out.print(f"written to {out_dir}/ ({fmt})", markup=False, highlight=False)
        if summary.failures:
            out.print(f"{len(summary.failures)} document(s) failed", markup=False, highlight=False)
    raise typer.Exit(EXIT_PARTIAL if summary.failures else EXIT_OK)


def main() -> None:  # pragma: no cover - console entry point
    app()


if __name__ == "__main__":  # pragma: no cover
    sys.exit(app())
