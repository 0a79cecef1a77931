"""Which files to read: INPUT paths (files or folders, searched recursively for *.txt)."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from extract.errors import InputError
from extract.manifest import ManifestRow, read_manifest

MANIFEST_NAME = "manifest.csv"


@dataclass(frozen=True)
class InputFile:
    path: Path
    doc: str  # path relative to the input folder (the file name for a file input)
    manifest: ManifestRow


def discover(inputs: list[Path], manifest: Path | None = None) -> list[InputFile]:
    """Every input file once, in a stable order, with its manifest row."""
    explicit = read_manifest(manifest) if manifest else None
    found: dict[Path, InputFile] = {}
    for given in inputs:
        if not given.exists():
            raise InputError(f"input not found: {given} — pass report files or folders of *.txt files")
        if given.is_dir():
            folder_manifest = given / MANIFEST_NAME
            rows = explicit if explicit is not None else (
                read_manifest(folder_manifest) if folder_manifest.exists() else {})
            for p in sorted(q for q in given.rglob("*") if q.is_file() and q.suffix.lower() == ".txt"):
                rel = p.relative_to(given).as_posix()
                found.setdefault(p.resolve(), InputFile(p, rel, _row(rows, rel)))
        else:
            rows = explicit if explicit is not None else (
                read_manifest(given.parent / MANIFEST_NAME)
                if (given.parent / MANIFEST_NAME).exists() else {})
            found.setdefault(given.resolve(), InputFile(given, given.name, _row(rows, given.name)))
    return sorted(found.values(), key=lambda f: (f.doc, str(f.path)))


def _row(rows: dict[str, ManifestRow], rel: str) -> ManifestRow:
    return rows.get(rel) or rows.get(Path(rel).name) or ManifestRow()
