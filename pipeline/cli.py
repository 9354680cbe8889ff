"""The `almanac` command line: a thin layer over the library. Only this module prints or exits.

Exit codes:
  0  success
  1  finished, but some documents failed (each named on stderr)
  2  usage error (bad option or argument)
  3  nothing could be processed (every input missing, empty or unreadable), or a bad input file
  4  a table failed schema validation (nothing written)
  5  the spaCy model is not installed
  6  an evaluation score fell below its floor (evaluate --floors)
  7  an output cannot be written (a folder where a file is wanted or the reverse, no permission, disk full)
"""
from __future__ import annotations

import functools
import json
import sys
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console
from rich.table import Table

from .errors import AlmanacError, ModelNotInstalledError, OutputError, ValidationFailed, output_error
from .tables.layout import FORMATS

EXIT_OK, EXIT_PARTIAL, EXIT_USAGE, EXIT_NO_INPUT, EXIT_INVALID, EXIT_NO_MODEL, EXIT_BELOW_FLOOR, EXIT_OUTPUT = range(8)

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


def one_line_errors(command):
    """A command whose AlmanacError or OSError (an output it cannot write) ends in one line on stderr and its exit
    code, never a traceback: the one place a command's library errors become exit codes."""

    @functools.wraps(command)
    def guarded(*args, **kwargs):
        try:
            return command(*args, **kwargs)
        except AlmanacError as error:
            raise fail(str(error), exit_code_for(error))
        except OSError as error:
            raise fail(str(output_error(error)), EXIT_OUTPUT)

    return guarded


def exit_code_for(error: AlmanacError) -> int:
    if isinstance(error, ModelNotInstalledError):
        return EXIT_NO_MODEL
    if isinstance(error, ValidationFailed):
        return EXIT_INVALID
    if isinstance(error, OutputError):
        return EXIT_OUTPUT
    return EXIT_NO_INPUT


@app.command()
@one_line_errors
def run(
    paths: list[str] = typer.Argument(..., help="Article files (.txt, .wiki), folders of them, XML exports, or - for stdin."),
    out_dir: Path = typer.Option(Path("outputs"), "--out", "-o", help="Folder the tables are written to."),
    fmt: str = typer.Option("parquet", "--format", "-f", help=f"Table format: {', '.join(FORMATS)}."),
    json_summary: bool = typer.Option(False, "--json", help="Print the closing summary as JSON."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar."),
    workers: int = typer.Option(1, "--workers", "-w", min=1, help="Local worker processes (each loads the model once); with --engine dask, the local cluster's workers."),
    # \[ keeps rich from reading [dask] as markup and dropping it from the help
    engine: str = typer.Option("serial", "--engine", help="serial (this machine, see --workers) or dask (a Dask cluster; pip install 'almanac\\[dask]')."),
    scheduler: Optional[str] = typer.Option(None, "--scheduler", help="Dask scheduler address tcp://HOST:PORT; without it --engine dask starts a local cluster."),
    force: bool = typer.Option(False, "--force", help="Process every document again, even those the output folder's manifest has done."),
    partition_docs: Optional[int] = typer.Option(None, "--partition-size", min=1, help="Documents per partition (the unit sent to a worker and checkpointed); default 16, 64 in a serial run."),
) -> None:
    """Turn raw articles into validated tables (documents, sentences, entities, dates, figures, events, checks).

    Incremental: revisions already in OUT (same content and pipeline version) are skipped; the tables
    in OUT always hold every revision processed so far, each once. Safe to kill and re-run.
    """
    if fmt not in FORMATS:
        raise fail(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}", EXIT_USAGE)
    if engine not in ("serial", "dask"):
        raise fail(f"unknown engine {engine!r}; choose serial or dask", EXIT_USAGE)
    if scheduler and engine != "dask":
        raise fail("--scheduler needs --engine dask", EXIT_USAGE)
    from .runs import allocator

    if workers > 1 and engine == "serial":
        from .runs.workers import worker_context

        worker_context()  # the worker server starts now: its start-up overlaps the imports below
    elif engine == "serial":
        allocator.hold_collections()  # until the model is loaded (runs/allocator.py)
    from .language.startup import import_spacy

    import_spacy()  # without spaCy's own command line (language/startup.py)
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from .errors import EngineError
    from .runs.run import run as run_pipeline

    progress = Progress(
        TextColumn("[bold]almanac run"), BarColumn(), MofNCompleteColumn(), TextColumn("docs"),
        TextColumn("{task.fields[rate]}"), TimeElapsedColumn(), TextColumn("{task.fields[eta]}"),
        TextColumn("{task.description}"),
        console=err, disable=quiet or json_summary, transient=True,
    )

    def on_progress(state) -> None:
        eta = f"ETA {format_seconds(state.eta)}" if state.eta is not None else ""
        skipped = f"{state.skipped} already done · " if state.skipped else ""
        progress.update(task_id, completed=state.done, total=state.total, description=skipped + (state.current or ""),
                        rate=f"{state.rate:.2f} docs/s", eta=eta)

    with progress:
        task_id = progress.add_task("", total=None, rate="", eta="")
        try:
            summary = run_pipeline(
                paths, out_dir, fmt, on_progress=on_progress, workers=workers, engine=engine,
                scheduler=scheduler, force=force, partition_docs=partition_docs,
                count_first=None if not (quiet or json_summary) else False,
            )
        except EngineError as error:
            progress.stop()
            raise fail(str(error), EXIT_USAGE)
        except AlmanacError as error:
            progress.stop()
            raise fail(str(error), exit_code_for(error))
        finally:
            allocator.settle()  # collections resume, had the run loaded no model
    if json_summary:
        out.print_json(json.dumps(summary.as_dict()))
    else:
        for failure in summary.failures:
            err.print(f"almanac: skipped {failure}", markup=False, highlight=False)
        skipped = f", {summary.skipped} already done" if summary.skipped else ""
        out.print(f"almanac run: {summary.documents} documents processed{skipped}, {summary.revisions} in the "
                  f"tables, {summary.seconds:.1f} s ({summary.engine}, {summary.workers} worker(s))",
                  markup=False, highlight=False)
        if summary.dropped:
            out.print(f"{summary.dropped} revision(s) of another pipeline version or model dropped; "
                      "re-run their inputs to add them back", markup=False, highlight=False)
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


def format_seconds(seconds: float) -> str:
    seconds = int(round(seconds))
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


@app.command()
@one_line_errors
def evaluate(
    gold_dir: Path = typer.Argument(..., help="Folder of *.gold.json files (format: the gold README)."),
    corpus: Optional[Path] = typer.Option(None, "--corpus", help="Folder of the articles (or the XML export the gold's revisions are in), when not beside the gold files."),
    tables: Optional[Path] = typer.Option(None, "--tables", help="Score tables written by `almanac run` instead of running the pipeline."),
    json_out: Optional[Path] = typer.Option(None, "--json", help="Write every metric to this JSON file."),
    errors_out: Optional[Path] = typer.Option(None, "--errors", help="Write every miss, spurious row and attribute mismatch (CSV)."),
    compare: Optional[Path] = typer.Option(None, "--compare", help="Show the change against an earlier --json file."),
    floors: Optional[Path] = typer.Option(None, "--floors", help="Exit 6 when an overall metric is below its floor in this file."),
) -> None:
    """Score dates, figures and events against gold annotations: precision, recall, F1 and attribute accuracy."""
    from .tools.cases import evaluate_gold_dir
    from .tools.evaluate import ATTRIBUTES, PARTICIPANT_METRICS
    from .tools.floors import check_floors, compare_reports, load_floors, load_report
    from .tables.writer import atomic_path, atomic_write_text

    floor_values = load_floors(floors, gold_dir) if floors else None
    old_report = load_report(compare) if compare else None
    report = evaluate_gold_dir(gold_dir, corpus, tables)
    metrics = report.metrics()
    changes = compare_reports(old_report, report.as_json()) if old_report is not None else []

    def score(value) -> str:
        return "-" if value is None else f"{value:.3f}"

    # Metrics down, scopes across: overall first, then one column per document.
    scopes = [("overall", metrics["overall"])] + list(metrics["documents"].items())
    table = Table(title=f"almanac evaluate: {len(report.documents)} document(s), scored against the {report.source}",
                  show_edge=False)
    table.add_column("table")
    table.add_column("metric", no_wrap=True)
    for scope, _ in scopes:
        table.add_column(scope, justify="right", overflow="fold", min_width=7)
    for name in ATTRIBUTES:
        rows = ["gold", "predicted", "matched", "precision", "recall", "f1", *ATTRIBUTES[name],
                *(PARTICIPANT_METRICS if name == "events" else ())]
        for position, metric in enumerate(rows):
            cells = [by_table[name][metric] for _, by_table in scopes]
            shown = [str(cell) if position < 3 else score(cell) for cell in cells]
            table.add_row(name if position == 0 else "", metric, *shown, end_section=position == len(rows) - 1)
    # Piped or in CI, never squeeze the table into 80 columns.
    wide = out if out.is_terminal else Console(file=out.file, width=max(out.width, 200), soft_wrap=True)
    # The confusion tables first: the scores, the table people look for, stay last on the screen.
    for name, grid in report.confusion().items():
        wide.print(confusion_table(name, grid))
    wide.print(table)
    for note in report.notes:
        err.print(f"almanac: {note}", markup=False, highlight=False)

    if changes:
        diff = Table(title=f"change against {compare}", show_edge=False)
        for column in ("scope", "metric", "old", "new", "change"):
            diff.add_column(column, justify="right" if column in ("old", "new", "change") else "left")
        for change in changes:
            if change.scope != "overall" and change.delta == 0:
                continue  # per document, only what moved
            delta = "n/a" if change.delta is None else f"{change.delta:+.3f}"
            style = None if not change.delta else ("green" if change.delta > 0 else "red")
            diff.add_row(change.scope, change.metric, score(change.old), score(change.new), delta, style=style)
        wide.print(diff)

    if json_out:
        atomic_write_text(json_out, json.dumps(report.as_json(), indent=2, ensure_ascii=False) + "\n")
        out.print(f"metrics written to {json_out}", markup=False, highlight=False)
    if errors_out:
        errors = report.errors_frame()
        with atomic_path(errors_out) as temp:
            errors.to_csv(temp, index=False, lineterminator="\n")
        out.print(f"{len(errors)} errors written to {errors_out}", markup=False, highlight=False)
    if floor_values is not None:
        breaches = check_floors(metrics["overall"], floor_values)
        for breach in breaches:
            err.print(f"almanac: {breach.metric} is {score(breach.measured)}, below its floor {breach.floor:.2f}",
                      markup=False, highlight=False)
        if breaches:
            raise typer.Exit(EXIT_BELOW_FLOOR)
        out.print(f"all {len(floor_values)} floors met", markup=False, highlight=False)
    raise typer.Exit(EXIT_OK)


def confusion_table(name: str, grid: dict[str, dict[str, int]]) -> Table:
    """Gold values down, predicted across, matched pairs in the cells (the diagonal is right)."""
    predicted = sorted({value for row in grid.values() for value in row})
    table = Table(title=f"{name}: gold (rows) against predicted (columns), matched pairs", show_edge=False)
    table.add_column("gold \\ predicted")
    for value in predicted:
        table.add_column(value, justify="right")
    table.add_column("accuracy", justify="right")
    for gold_value, row in grid.items():
        total = sum(row.values())
        cells = [str(row[value]) if value in row else "." for value in predicted]
        table.add_row(gold_value, *cells, f"{row.get(gold_value, 0) / total:.2f}")
    return table


@app.command()
@one_line_errors
def report(
    tables_dir: Path = typer.Argument(..., help="Folder of tables written by `almanac run` (parquet, csv or jsonl)."),
    out_path: Path = typer.Option(Path("report.html"), "--out", "-o", help="The HTML file to write."),
    gold: Optional[Path] = typer.Option(None, "--gold", help="Folder of *.gold.json files: add scores and misses."),
    corpus: Optional[Path] = typer.Option(None, "--corpus", help="Folder of the gold files' articles, when not where the tables were made from."),
    all_revisions: bool = typer.Option(False, "--all-revisions", help="One section per revision, not only the latest of each article."),
) -> None:
    """One self-contained HTML page: timelines, charts, sortable tables.

    Per article: events on a timeline, money and mass per measure, rows linked to their sentences.
    """
    from .tools.report import write_report

    summary = write_report(tables_dir, out_path, gold, all_revisions, corpus)
    out.print(f"almanac report: {summary.articles} article(s), {summary.events} events, {summary.figures} figures, "
              f"{summary.charts} charts{', scored against gold' if summary.gold else ''}; written to {summary.out}",
              markup=False, highlight=False)
    raise typer.Exit(EXIT_OK)


@app.command()
@one_line_errors
def diff(
    tables_dir: Path = typer.Argument(..., help="Output folder of `almanac run` (its documents, sentences, figures and events tables)."),
    out_dir: Optional[Path] = typer.Option(None, "--out", "-o", help="Folder the changes table is written to (default: TABLES_DIR)."),
    fmt: str = typer.Option("parquet", "--format", "-f", help=f"Table format: {', '.join(FORMATS)}."),
    json_summary: bool = typer.Option(False, "--json", help="Print the summary as JSON."),
) -> None:
    """What changed between consecutive revisions of each page: figures and events added, removed or changed."""
    if fmt not in FORMATS:
        raise fail(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}", EXIT_USAGE)
    from .tools.diff import diff_folder

    summary = diff_folder(tables_dir, out_dir, fmt)
    if json_summary:
        out.print_json(json.dumps(summary.as_dict()))
    else:
        out.print(f"almanac diff: {summary.pairs} revision pair(s) compared, {summary.rows} change(s)",
                  markup=False, highlight=False)
        for name, count in summary.counts.items():
            out.print(f"  {name}: {count}", markup=False, highlight=False)
        out.print(f"written to {summary.output}", markup=False, highlight=False)
    raise typer.Exit(EXIT_OK)


@app.command()
def schema(
    markdown: bool = typer.Option(False, "--markdown", help="The data dictionary as Markdown (docs/tables.md); the default."),
    json_schema: bool = typer.Option(False, "--json", help="A JSON Schema (draft 2020-12) per table, for downstream validators."),
    table: Optional[str] = typer.Option(None, "--table", "-t", help="Only this table's JSON Schema (with --json)."),
) -> None:
    """The data dictionary: every column of every table, its type, allowed values, units and meaning."""
    from .tables.dictionary import all_tables, json_schema as table_json_schema, json_schemas, tables_markdown

    if markdown and json_schema:
        raise fail("choose one of --markdown and --json", EXIT_USAGE)
    if table is not None and table not in all_tables():
        raise fail(f"unknown table {table!r}; choose one of {', '.join(all_tables())}", EXIT_USAGE)
    if json_schema:
        document = table_json_schema(table) if table else json_schemas()
        typer.echo(json.dumps(document, indent=2, ensure_ascii=False))
    elif table is not None:
        raise fail("--table goes with --json", EXIT_USAGE)
    else:
        typer.echo(tables_markdown(), nl=False)
    raise typer.Exit(EXIT_OK)


def main() -> None:
    """The console entry point: the command, then the process ends without taking itself apart.

    A command's process holds the model and the tables' libraries (about a million objects); Python's own exit
    frees them one by one (about 0.05 s of CPU after a one-article run, 4% of a bare model load). Nothing is lost by
    skipping that: the output streams are flushed and the `atexit` functions run (the ones multiprocessing,
    logging and tempfile register), every file was closed by the command, and the operating system reclaims
    the memory at once."""
    try:
        app()
        code: object = EXIT_OK
    except SystemExit as exit:
        code = exit.code
    if code is None:
        code = EXIT_OK
    elif not isinstance(code, int):  # as Python prints a non-integer exit argument
        print(code, file=sys.stderr)
        code = 1
    import atexit
    import os

    atexit._run_exitfuncs()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # a closed pipe or stream: nothing more can be said on it
            pass
    os._exit(code)


if __name__ == "__main__":  # pragma: no cover
    main()
