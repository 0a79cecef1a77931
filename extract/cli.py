"""The thin CLI: paths in, library call, one clean line on error."""
from __future__ import annotations

import os
from pathlib import Path
from typing import List, Optional

import typer
from typer.core import TyperArgument, TyperCommand

from extract import __version__
from extract.budget import DEFAULT_SECONDS
from extract.errors import Interrupted, MinshengError

EXAMPLES = """\
  minsheng extract reports/ --out tables/
  minsheng extract a.txt b.txt more/ --out tables/ --manifest my_manifest.csv --workers 2"""


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
    workers: int = typer.Option(1, "--workers", metavar="N",
                                help="Worker processes, at most one per core; the output is the same."),
    budget: float = typer.Option(DEFAULT_SECONDS, "--budget", metavar="SECONDS",
                                 help="Time one document may take before it becomes an error row."),
) -> None:
    """Extract every statistic in the INPUT reports into Parquet tables in FOLDER."""
    from extract.run import run

    if not out.strip():
        _fail("--out is empty; give the folder the tables should go to")
    if workers < 1:
        _fail(f"--workers {workers}: give at least 1")
    if budget <= 0:
        _fail(f"--budget {budget:g}: give a number of seconds above 0")
    cores = os.cpu_count() or 1
    if workers > cores:
        typer.echo(f"minsheng: note: --workers {workers} is more than the {cores} cores here; "
                   f"using {cores}", err=True)
        workers = cores

    def warn(msg: str) -> None:
        typer.echo(f"minsheng: warning: {msg}", err=True)

    try:
        summary = run(list(inputs), Path(out), manifest, workers, lenient=lenient, budget=budget, warn=warn)
    except Interrupted as exc:
        typer.echo(f"minsheng: {exc}", err=True)
        raise typer.Exit(128 + exc.signum)
    except KeyboardInterrupt:  # Ctrl-C before the run could take over the signal
        typer.echo(f"minsheng: {Interrupted(2)}", err=True)
        raise typer.Exit(130)
    except MinshengError as exc:
        _fail(str(exc))
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
