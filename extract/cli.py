"""The thin CLI: paths in, library call, one clean line on error."""
from __future__ import annotations

from pathlib import Path
from typing import List, Optional

import typer
from typer.core import TyperArgument, TyperCommand

from extract import __version__
from extract.budget import DEFAULT_SECONDS
from extract.errors import Interrupted, MinshengError

EXAMPLES = """\
  minsheng extract reports/ --out tables/
  minsheng extract a.txt b.txt more/ --out tables/ --manifest my_manifest.csv --workers 2
  minsheng extract archive/ --out tables/ --engine dask --scheduler tcp://10.0.0.5:8786 --part-rows 1000000"""


class _PlainHelp(TyperCommand):
    """Help as a well-kept CLI prints it: names and plain value words, then examples."""

    def format_usage(self, ctx, formatter) -> None:
        formatter.write_usage(ctx.command_path, "INPUT... --out FOLDER [OPTIONS]")

    def format_help(self, ctx, formatter) -> None:
        self.format_usage(ctx, formatter)
        formatter.write_paragraph()
        formatter.write_text(self.help or "")
        args, opts = [], []
        for p in self.get_params(ctx):
            if isinstance(p, TyperArgument):
                args.append((p.metavar or p.name.upper(), p.help or ""))
            else:
                name = ", ".join(p.opts) + ("" if p.is_flag else f" {p.metavar}")
                default = ("" if p.is_flag or p.required or p.default is None
                           else f" [default: {p.default:g}]" if isinstance(p.default, float)
                           else f" [default: {p.default}]")
                opts.append((name, (p.help or "") + default))
        for title, rows in (("Arguments", args), ("Options", opts)):
            with formatter.section(title):
                formatter.write_dl(rows)
        with formatter.section("Examples"):
            for line in EXAMPLES.splitlines():  # as typed, never re-wrapped
                formatter.write(f"{'':>{formatter.current_indent}}{line.strip()}\n")


app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
                  rich_markup_mode=None,
                  help="Statistics from Chinese local reports on livelihood programs, as Parquet tables.")


def _version(value: bool) -> None:
    if value:
        typer.echo(f"minsheng {__version__}")
        raise typer.Exit()


@app.callback()
def main(version: bool = typer.Option(False, "--version", callback=_version, is_eager=True,
                                      help="Print the version and exit.")) -> None:
    """minsheng: report files in, documents / mentions / facts / sentences Parquet tables out."""


def _fail(message: str) -> None:
    typer.echo(f"minsheng: error: {message}", err=True)
    raise typer.Exit(2)


@app.command(cls=_PlainHelp)
def extract(
    inputs: List[Path] = typer.Argument(..., metavar="INPUT...", show_default=False,
                                        help="Report files, or folders searched for *.txt."),
    out: str = typer.Option(..., "--out", metavar="FOLDER",
                            help="Folder for documents, mentions, facts and sentences.parquet."),
    manifest: Optional[Path] = typer.Option(None, "--manifest", metavar="CSV",
                                            help="CSV with columns file,home_region,home_region_code,"
                                                 "published (default: each folder's manifest.csv)."),
    strict: bool = typer.Option(False, "--strict", help="Exit with 1 if any file could not be read."),
    lenient: bool = typer.Option(False, "--lenient",
                                 help="Turn manifest problems into warnings instead of stopping."),
    workers: Optional[int] = typer.Option(None, "--workers", metavar="N",
                                          help="Worker processes, at most one per core (default: one per core "
                                               "available); the output is the same."),
    budget: float = typer.Option(DEFAULT_SECONDS, "--budget", metavar="SECONDS",
                                 help="Time one document may take before it becomes an error row."),
    corrections: Optional[Path] = typer.Option(None, "--corrections", metavar="CSV",
                                               help="CSV of fixes by doc_id and offsets (set a field, drop a "
                                                    "row, add a missed figure), applied every run."),
    force: bool = typer.Option(False, "--force", help="Extract every file again, also those unchanged since "
                                                      "the last run into FOLDER with the same rules."),
    engine: str = typer.Option("local", "--engine", metavar="local|dask",
                               help="Where documents are extracted: worker processes here, or a Dask cluster "
                                    "(needs minsheng[dask])."),
    scheduler: Optional[str] = typer.Option(None, "--scheduler", metavar="ADDRESS",
                                            help="The Dask scheduler to use (default: a cluster on this "
                                                 "machine, with --workers workers)."),
    part_rows: Optional[int] = typer.Option(None, "--part-rows", metavar="N",
                                            help="Write each table as a folder of Parquet files of N rows "
                                                 "(for large outputs)."),
) -> None:
    """Extract every statistic in the INPUT reports into Parquet tables in FOLDER."""
    from extract.progress import for_stream, summary_line
    from extract.run import available_cores, run

    if not out.strip():
        _fail("--out is empty; give the folder the tables should go to")
    if workers is not None and workers < 1:
        _fail(f"--workers {workers}: give at least 1")
    if budget <= 0:
        _fail(f"--budget {budget:g}: give a number of seconds above 0")
    if part_rows is not None and part_rows < 1:
        _fail(f"--part-rows {part_rows}: give at least 1")
    if engine not in ("local", "dask"):
        _fail(f"--engine {engine}: give local or dask")
    cores = available_cores()
    if engine == "local" and workers is not None and workers > cores:
        typer.echo(f"minsheng: note: --workers {workers} is more than the {cores} cores here; "
                   f"using {cores}", err=True)
        workers = cores

    def warn(msg: str) -> None:
        typer.echo(f"minsheng: warning: {msg}", err=True)

    try:
        summary = run(list(inputs), Path(out), manifest, workers, corrections, lenient=lenient,
                      budget=budget, warn=warn, engine=engine, scheduler=scheduler, part_rows=part_rows,
                      force=force, progress=for_stream())
    except Interrupted as exc:
        typer.echo(f"minsheng: {exc}", err=True)
        raise typer.Exit(128 + exc.signum)
    except KeyboardInterrupt:  # Ctrl-C before the run could take over the signal
        typer.echo(f"minsheng: {Interrupted(2)}", err=True)
        raise typer.Exit(130)
    except MinshengError as exc:
        _fail(str(exc))
    typer.echo(summary_line(summary))
    for msg in summary.error_messages:
        typer.echo(f"  error: {msg}", err=True)
    if strict and summary.errors:
        raise typer.Exit(1)


def _error_exit(exc: MinshengError) -> typer.Exit:
    typer.echo(f"minsheng: error: {exc}", err=True)
    return typer.Exit(2)


@app.command()
def review(
    out: Path = typer.Argument(..., help="an output folder of minsheng extract"),
    html: Optional[Path] = typer.Option(None, "--html", help="write the review page here (one offline file)"),
    corrections_template: Optional[Path] = typer.Option(
        None, "--corrections-template", help="write a corrections CSV listing every mention, to fill in"),
    source: List[Path] = typer.Option([], "--source", help="folder to find the reports in when they "
                                                           "moved since the run (repeatable)"),
) -> None:
    """Review an output folder: an HTML page with summary, charts, facts and their evidence."""
    from extract.analyst.outputs import load_output
    from extract.analyst.review import write_html, write_template

    try:
        if not html and not corrections_template:
            raise MinshengError("say what to write: --html FILE and/or --corrections-template FILE")
        output = load_output(out)
        if html:
            write_html(output, html, tuple(source))
            typer.echo(f"review page -> {html}")
        if corrections_template:
            write_template(output, corrections_template)
            typer.echo(f"corrections template ({len(output.mentions)} mentions) -> {corrections_template}")
    except MinshengError as exc:
        raise _error_exit(exc)


@app.command()
def show(
    file: Path = typer.Argument(..., help="one report file"),
    home_region: Optional[str] = typer.Option(None, "--home-region", help="the publisher's region (name or code)"),
    published: Optional[str] = typer.Option(None, "--published", help="publication month YYYY-MM"),
) -> None:
    """Print a report with every mention highlighted, then a table of the mentions."""
    from rich.console import Console

    from extract.analyst.show import read_file, render

    try:
        raw, tables = read_file(file, home_region, published)
    except MinshengError as exc:
        raise _error_exit(exc)
    render(raw, tables, Console())


@app.command("eval")
def evaluate(
    gold: Path = typer.Argument(..., help="gold mentions, one JSON object per line (GUIDELINES.md §3)"),
    out: Path = typer.Argument(..., help="an output folder of minsheng extract over the gold's documents"),
    errors: int = typer.Option(0, "--errors", min=0, help="show up to N examples of each kind of error"),
    as_json: bool = typer.Option(False, "--json", help="print the scores as JSON"),
) -> None:
    """Score an output folder against gold annotations: mentions, medical facts, fields, facts table."""
    import json

    from extract.analyst.scoring import evaluate as score, report

    try:
        ev = score(gold, out)
    except MinshengError as exc:
        raise _error_exit(exc)
    typer.echo(json.dumps(ev.as_dict(), ensure_ascii=False) if as_json else report(ev, errors))


@app.command()
def panel(
    out: Path = typer.Argument(..., help="an output folder of minsheng extract"),
    to: Path = typer.Option(..., "--to", help="panel.xlsx, panel.csv or panel.parquet"),
) -> None:
    """Export the region × period panel of medical-security levels."""
    from extract.analyst.outputs import load_output
    from extract.analyst.panel import build_panel, write_panel

    try:
        df = build_panel(load_output(out))
        write_panel(df, to)
    except MinshengError as exc:
        raise _error_exit(exc)
    typer.echo(f"{len(df)} region × period rows, {sum(1 for c in df.columns if c.endswith('）'))} "
               f"program/metric columns -> {to}")


@app.command()
def version() -> None:
    """Print the pipeline version."""
    typer.echo(__version__)
