"""The thin CLI: paths in, library call, one clean line on error."""
from __future__ import annotations

from pathlib import Path
from typing import List, Optional

import typer

from extract import __version__
from extract.errors import MinshengError

app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
                  help="Statistics from Chinese local reports on livelihood programs, as Parquet tables.")


@app.callback()
def main() -> None:
    """minsheng: report files in, documents / mentions / facts Parquet tables out."""


@app.command()
def extract(
    inputs: List[Path] = typer.Argument(..., help="report files or folders (searched for *.txt)"),
    out: Path = typer.Option(..., "--out", help="folder for documents/mentions/facts.parquet"),
    manifest: Optional[Path] = typer.Option(None, "--manifest",
                                            help="CSV file,home_region,home_region_code,published "
                                                 "(default: manifest.csv inside each input folder)"),
    strict: bool = typer.Option(False, "--strict", help="exit non-zero if any file could not be read"),
    workers: int = typer.Option(1, "--workers", min=1, help="worker processes (output is identical)"),
    corrections: Optional[Path] = typer.Option(None, "--corrections",
                                               help="CSV of fixes by doc_id and offsets (set a field, "
                                                    "drop a row, add a missed figure), applied every run"),
) -> None:
    """Extract every statistic in the INPUT reports into Parquet tables in OUT."""
    from extract.run import run

    try:
        summary = run(list(inputs), out, manifest, workers, corrections)
    except MinshengError as exc:
        typer.echo(f"minsheng: error: {exc}", err=True)
        raise typer.Exit(2)
    typer.echo(f"{summary.documents} documents ({summary.errors} with errors), "
               f"{summary.mentions} mentions, {summary.facts} facts -> {summary.out}")
    for msg in summary.error_messages:
        typer.echo(f"  error: {msg}", err=True)
    if strict and summary.errors:
        raise typer.Exit(1)


def _fail(exc: MinshengError):
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
        raise _fail(exc)


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
        raise _fail(exc)
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
        raise _fail(exc)
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
        raise _fail(exc)
    typer.echo(f"{len(df)} region × period rows, {sum(1 for c in df.columns if c.endswith('）'))} "
               f"program/metric columns -> {to}")


@app.command()
def version() -> None:
    """Print the pipeline version."""
    typer.echo(__version__)
