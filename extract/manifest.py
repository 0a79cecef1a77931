"""manifest.csv: what a user knows about each file without reading it.

Every problem names the file and line. By default a problem stops the run (ManifestError);
with `lenient`, it is reported as a warning and the bad value is left out instead.
"""
from __future__ import annotations

import csv
import datetime
import difflib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from extract.errors import ManifestError
from extract.records import ManifestRow
from rules.pattern_cache import compiled

FIELDS = ("file", "home_region", "home_region_code", "published")
FIRST_YEAR = 1949  # no report this pipeline reads is older than the People's Republic
# a month as people write it in a spreadsheet: 2025-11, 2025-11-18, 2025/11, 2025.11, 2025年11月(18日), 202511
_MONTH = compiled(r"^(\d{4})(?:[-/.年]\s*(\d{1,2})(?:[-/.月]\s*\d{1,2}日?|月)?|(\d{2}))$")
_CODE = compiled(r"^\d{6}$")
_UPPER = ("province", "prefecture", "county")


@dataclass
class Entry:
    row: ManifestRow
    line: int
    used: bool = False


@dataclass
class Manifest:
    path: Path
    entries: dict[str, Entry] = field(default_factory=dict)  # `file` as written → its row

    @property
    def folder(self) -> Path:
        return self.path.parent

    def where(self, key: str) -> str:
        return f"{self.path}:{self.entries[key].line}"

    def unused(self) -> list[str]:
        return [k for k, e in self.entries.items() if not e.used]


class _Report:
    """Raises in strict mode; collects warnings in lenient mode."""

    def __init__(self, path: Path, lenient: bool, warn: Callable[[str], None]):
        self.path, self.lenient, self.warn = path, lenient, warn

    def __call__(self, line: int | None, message: str, fix: str) -> None:
        where = f"{self.path}:{line}" if line else str(self.path)
        if not self.lenient:
            raise ManifestError(f"{where}: {message}; {fix} (or run with --lenient to skip it with a warning)")
        self.warn(f"{where}: {message}; ignored")


def read_manifest(path: Path, lenient: bool = False, warn: Callable[[str], None] = lambda m: None,
                  today: datetime.date | None = None) -> Manifest:
    """Read and check a manifest. `today` fixes "next year" for the month check (tests)."""
    report = _Report(path, lenient, warn)
    manifest = Manifest(path)
    try:
        with open(path, encoding="utf-8-sig", newline="") as fh:
            reader = csv.DictReader(fh)
            names = reader.fieldnames or []
            _check_header(names, path, report)
            for rec in reader:
                _add(manifest, rec, reader.line_num, report, today or datetime.date.today())
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise ManifestError(f"{path}: cannot read the manifest ({exc}); it must be a UTF-8 CSV "
                            f"with columns {','.join(FIELDS)}") from exc
    return manifest


def _check_header(names: list[str], path: Path, report: _Report) -> None:
    if "file" not in names:
        raise ManifestError(f"{path}: no 'file' column (columns are {names}); the first line must "
                            f"name the columns {','.join(FIELDS)}")
    for n in names:
        if n not in FIELDS:
            close = difflib.get_close_matches(n.strip().lower(), FIELDS, n=1, cutoff=0.6)
            hint = f"did you mean {close[0]!r}? " if close else ""
            report(1, f"unknown column {n!r}", f"{hint}the columns are {','.join(FIELDS)}")


def _add(manifest: Manifest, rec: dict, line: int, report: _Report, today: datetime.date) -> None:
    if None in rec:
        return report(line, f"more fields than columns ({rec[None]!r} left over)",
                      "quote values that contain commas")
    name = (rec.get("file") or "").strip()
    if not name:
        if any((v or "").strip() for v in rec.values()):
            report(line, "no file name", "fill in the 'file' column")
        return None  # a blank line
    key = Path(name).as_posix()
    if key in manifest.entries:
        return report(line, f"file {name!r} is listed twice (first on line "
                            f"{manifest.entries[key].line})", "keep one row per file")
    published = (rec.get("published") or "").strip()
    code = (rec.get("home_region_code") or "").strip()
    region = (rec.get("home_region") or "").strip()
    if published and (month := _month(published, today)) is None:
        report(line, f"published {published!r} is not a month YYYY-MM between {FIRST_YEAR} and "
                     f"{today.year + 1}", "fix it or leave it empty")
        published = ""
    elif published:
        published = month
    region, code = _region(region, code, line, report)
    manifest.entries[key] = Entry(ManifestRow(region, code, published), line)
    return None


def _month(value: str, today: datetime.date) -> str | None:
    """The month a date names, as YYYY-MM (a day is dropped), if it is one in range."""
    m = _MONTH.match(value)
    if m is None:
        return None
    year, month = int(m.group(1)), int(m.group(2) or m.group(3))
    if not (FIRST_YEAR <= year <= today.year + 1 and 1 <= month <= 12):
        return None
    return f"{year:04d}-{month:02d}"


def _region(name: str, code: str, line: int, report: _Report) -> tuple[str, str]:
    """A region name and code the gazetteer knows, and that agree with each other."""
    if not name and not code:
        return "", ""
    from extract.gazetteer import Gazetteer

    gaz = Gazetteer.load()
    if code and not _CODE.match(code):
        report(line, f"home_region_code {code!r} is not a 6-digit code", "fix it or leave it empty")
        code = ""
    place = gaz.by_code(code) if code else None
    if code and (place is None or place.level not in _UPPER):
        report(line, f"home_region_code {code!r} is not a province, prefecture or county code in "
                     "the gazetteer", "check the code (GB/T 2260) or leave it empty")
        code, place = "", None
    named = [p for p in gaz.lookup(name) if p.level in _UPPER] if name else []
    if name and not named:
        report(line, f"home_region {name!r} is not a province, prefecture or county name in the "
                     "gazetteer", "write the full name (绵阳市, 三台县) or leave it empty")
        name = ""
    if place is not None and named:
        units = {p.current_code or p.code for p in named}
        if (place.current_code or place.code) not in units:
            report(line, f"home_region {name!r} is not the unit with code {code} "
                         f"({place.current_name or place.name})", "correct one of the two")
            return "", ""
    return name, code
