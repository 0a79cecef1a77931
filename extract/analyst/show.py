"""`minsheng show FILE`: a report in the terminal with every mention highlighted, then a table
of the mentions with all their fields and the rule that found each."""
from __future__ import annotations

from pathlib import Path

import pandas as pd
from rich.console import Console
from rich.table import Table
from rich.text import Text

from extract.analyst.text import Tables, check_month, extract_decoded, home
from extract.errors import DecodeError, InputError
from extract.manifest import read_manifest
from extract.reading import decode, doc_identity
from extract.records import DocMeta, ManifestRow

# medical-security figures stand out from the rest
STYLE_MEDICAL = "bold black on bright_yellow"
STYLE_OTHER = "black on bright_cyan"
FIELDS = ("value", "unit", "qualifier", "change", "per", "region", "region_code", "locality", "period",
          "domain", "program", "metric", "population", "rule")


def manifest_row(path: Path, home_region: str | None, published: str | None) -> ManifestRow:
    """The options given, else the row of a manifest.csv beside the file, else nothing."""
    check_month(published)
    row = ManifestRow()
    beside = path.parent / "manifest.csv"
    if beside.exists():
        entry = read_manifest(beside).entries.get(path.name)
        row = entry.row if entry is not None else row
    if home_region:
        name, code = home(home_region)
        row = ManifestRow(name, code, row.published)
    if published:
        row = ManifestRow(row.home_region, row.home_region_code, published)
    return row


def read_file(path: Path, home_region: str | None = None, published: str | None = None) -> tuple[str, Tables]:
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from exc
    try:
        decoded = decode(data, where=str(path))
    except DecodeError as exc:
        raise InputError(str(exc)) from exc
    meta = DocMeta(doc=Path(path).name, path=str(path), manifest=manifest_row(Path(path), home_region, published),
                   doc_id=doc_identity(Path(path).name, decoded.content_hash))
    return decoded.text, extract_decoded(decoded, meta)


def _cell(v) -> str:
    if v is None or (isinstance(v, float) and pd.isna(v)):
        return ""
    return f"{v:g}" if isinstance(v, float) else str(v)


def _period(m: dict) -> str:
    kind, start, end = (_cell(m.get(k)) for k in ("period_kind", "period_start", "period_end"))
    return f"{kind} {start + '..' if start else ''}{end}".strip()


def render(raw: str, tables: Tables, console: Console) -> None:
    mentions = tables.mentions.to_dict("records")
    text = Text(raw)
    for m in mentions:
        text.stylize(STYLE_MEDICAL if m.get("domain") == "medical_security" else STYLE_OTHER, m["start"], m["end"])
    console.print(text)
    doc = tables.documents.iloc[0]
    table = Table(title=f"{doc['doc']}: {len(mentions)} mentions, {len(tables.facts)} facts "
                        f"(home region {_cell(doc['home_region']) or '—'}, published {_cell(doc['published']) or '—'})",
                  show_lines=False, header_style="bold")
    table.add_column("#", justify="right")
    table.add_column("at")
    table.add_column("text")
    for f in FIELDS:
        table.add_column(f, justify="right" if f == "value" else "left", overflow="fold")
    for n, m in enumerate(mentions, 1):
        style = STYLE_MEDICAL if m.get("domain") == "medical_security" else None
        table.add_row(str(n), f"{m['start']}..{m['end']}", Text(m["text"], style=style or ""),
                      *[_period(m) if f == "period" else _cell(m.get(f)) for f in FIELDS])
    console.print(table)
