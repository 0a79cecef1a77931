"""manifest.csv: what a user knows about each file without reading it."""
from __future__ import annotations

import csv
from pathlib import Path

import regex

from extract.errors import ManifestError
from extract.records import ManifestRow

FIELDS = ("file", "home_region", "home_region_code", "published")
_MONTH = regex.compile(r"^\d{4}-(0[1-9]|1[0-2])$")
_CODE = regex.compile(r"^\d{6}$")


def read_manifest(path: Path) -> dict[str, ManifestRow]:
    """file name (as written in the manifest, relative to its folder) → row."""
    try:
        with open(path, encoding="utf-8-sig", newline="") as fh:
            reader = csv.DictReader(fh)
            missing = [f for f in ("file",) if f not in (reader.fieldnames or [])]
            if missing:
                raise ManifestError(f"{path}: no 'file' column; expected columns {','.join(FIELDS)}")
            rows = {}
            for line, rec in enumerate(reader, start=2):
                name = (rec.get("file") or "").strip()
                if not name:
                    continue
                published = (rec.get("published") or "").strip()
                code = (rec.get("home_region_code") or "").strip()
                if published and not _MONTH.match(published):
                    raise ManifestError(f"{path}:{line}: published {published!r} is not YYYY-MM; "
                                        "fix it or leave it empty")
                if code and not _CODE.match(code):
                    raise ManifestError(f"{path}:{line}: home_region_code {code!r} is not a "
                                        "6-digit code; fix it or leave it empty")
                rows[name] = ManifestRow((rec.get("home_region") or "").strip(), code, published)
            return rows
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise ManifestError(f"{path}: cannot read the manifest ({exc}); it must be a UTF-8 CSV "
                            f"with columns {','.join(FIELDS)}") from exc
