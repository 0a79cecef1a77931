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


@app.command()
def version() -> None:
    """Print the pipeline version."""
    typer.echo(__version__)
