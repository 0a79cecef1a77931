"""Which files to read: INPUT paths (files, or folders searched recursively for *.txt).

Nothing is left out without a word: a *.txt that cannot be read (a dangling link, not a
regular file) becomes a documents row with the reason; a folder that cannot be listed, a
link back into a folder already read, and files that are not *.txt are reported as
warnings. A folder's manifest.csv applies to the files in it and below it (the nearest
manifest that lists a file wins); its rows that match no file are reported.
"""
from __future__ import annotations

import os
import stat
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from extract.errors import InputError, ManifestError
from extract.manifest import Manifest, ManifestRow, read_manifest

MANIFEST_NAME = "manifest.csv"
SUFFIX = ".txt"
NAMES_SHOWN = 5  # skipped file names listed in one warning line


@dataclass(frozen=True)
class InputFile:
    path: Path
    doc: str  # path relative to the input folder (the file name for a file input)
    manifest: ManifestRow = ManifestRow()
    problem: str = ""  # why it cannot be read at all; it becomes an error row unread


@dataclass
class Discovery:
    files: list[InputFile]
    warnings: list[str] = field(default_factory=list)


class _Walk:
    def __init__(self, explicit: Manifest | None, lenient: bool, exclude: Path | None):
        self.explicit, self.lenient = explicit, lenient
        self.exclude = exclude.resolve() if exclude else None
        self.warnings: list[str] = []
        self.found: dict[str, InputFile] = {}  # real path → first way it was reached
        self.manifests: list[Manifest] = []  # folder manifests whose whole folder was walked

    def warn(self, msg: str) -> None:
        self.warnings.append(msg)

    def add(self, f: InputFile) -> None:
        key = os.path.realpath(f.path)
        if key in self.found:
            self.warn(f"{f.path}: the same file as {self.found[key].path}; read once")
            return
        self.found[key] = f

    # ------------------------------------------------------------ folders
    def folder(self, top: Path, rel: str, chain: tuple[Manifest, ...], seen: frozenset[str]) -> None:
        here = top / rel if rel else top
        real = os.path.realpath(here)
        if real in seen:
            self.warn(f"{here}: not followed: a link back to the folder {real}, which is being read")
            return
        if self.exclude is not None and Path(real) == self.exclude:
            return  # the run's own output folder
        seen = seen | {real}
        try:
            entries = sorted(os.scandir(here), key=lambda e: e.name)
        except OSError as exc:
            self.warn(f"{here}: cannot read this folder ({exc.strerror or exc}); the files in it "
                      "were not read: check its permissions")
            return
        if self.explicit is None and any(e.name == MANIFEST_NAME for e in entries):
            m = read_manifest(here / MANIFEST_NAME, self.lenient, self.warn)
            self.manifests.append(m)
            chain = (m,) + chain
        skipped: list[str] = []
        for e in entries:
            sub = f"{rel}/{e.name}" if rel else e.name
            self.entry(top, sub, e, chain, seen, skipped)
        if skipped:
            more = f" and {len(skipped) - NAMES_SHOWN} more" if len(skipped) > NAMES_SHOWN else ""
            self.warn(f"{here}: skipped {len(skipped)} file{'s' * (len(skipped) > 1)} not named "
                      f"*{SUFFIX}: {', '.join(skipped[:NAMES_SHOWN])}{more} (rename a report to "
                      f"*{SUFFIX} to read it)")

    def entry(self, top: Path, sub: str, e: os.DirEntry, chain, seen, skipped: list[str]) -> None:
        path = top / sub
        try:
            st = os.stat(path)  # follows links
        except OSError as exc:
            if e.is_symlink():
                target = os.readlink(path)
                why = f"a symbolic link to {target}, which leads nowhere ({exc.strerror})"
                if e.name.lower().endswith(SUFFIX):
                    self.add(InputFile(path, sub, self.row(top, sub, chain), f"{why}; fix or remove the link"))
                else:
                    self.warn(f"{path}: skipped: {why}")
                return
            self.warn(f"{path}: skipped: cannot look at it ({exc.strerror or exc})")
            return
        if stat.S_ISDIR(st.st_mode):
            self.folder(top, sub, chain, seen)
        elif not e.name.lower().endswith(SUFFIX):
            if not (e.name == MANIFEST_NAME and self.explicit is None):
                skipped.append(e.name)
        elif stat.S_ISREG(st.st_mode):
            self.add(InputFile(path, sub, self.row(top, sub, chain)))
        else:
            self.add(InputFile(path, sub, self.row(top, sub, chain),
                               "not a regular file (a pipe, socket or device); save the report as a file"))

    # ------------------------------------------------------------ manifest rows
    def row(self, top: Path, sub: str, chain: tuple[Manifest, ...]) -> ManifestRow:
        if self.explicit is not None:
            return _take(self.explicit, sub) or ManifestRow()
        hits = []
        for m in chain:  # nearest folder first
            key = Path(os.path.relpath(top / sub, m.folder)).as_posix()
            if key in m.entries:
                hits.append((m, key))
        if len(hits) > 1:
            (m1, k1), (m2, k2) = hits[0], hits[1]
            msg = f"{top / sub} is listed in {m1.where(k1)} and in {m2.where(k2)}"
            if not self.lenient:
                raise ManifestError(f"{msg}; keep one row (or run with --lenient: the nearest wins)")
            self.warn(f"{msg}; the nearest manifest's row is used")
            m2.entries[k2].used = True
        return _take(hits[0][0], hits[0][1]) if hits else ManifestRow()


def _take(m: Manifest, key: str) -> ManifestRow | None:
    e = m.entries.get(key)
    if e is None:
        return None
    e.used = True
    return e.row


def discover(inputs: list[Path], manifest: Path | None = None, lenient: bool = False,
             exclude: Path | None = None, warn: Callable[[str], None] | None = None) -> Discovery:
    """Every input file once, in a stable order, with its manifest row; `exclude` is a folder
    never read (the run's output)."""
    walk = _Walk(None, lenient, exclude)
    if manifest is not None:
        walk.explicit = read_manifest(manifest, lenient, walk.warn)
    for given in inputs:
        if not os.path.lexists(given):
            raise InputError(f"input not found: {given} — pass report files or folders of *.txt files")
        if not given.exists():
            raise InputError(f"input {given} is a symbolic link to {os.readlink(given)}, which does "
                             "not exist — fix the link or pass the files themselves")
        if given.is_dir():
            walk.folder(given, "", (), frozenset())
        else:
            walk.add(InputFile(given, given.name, _file_row(walk, given),
                               "" if given.is_file() else "not a regular file (a pipe, socket or device)"))
    _unused_rows(walk)
    files = sorted(walk.found.values(), key=lambda f: (f.doc, str(f.path)))
    return Discovery(files, walk.warnings)


def _file_row(walk: _Walk, given: Path) -> ManifestRow:
    """A file given by itself takes its row from --manifest, else from its folder's manifest."""
    if walk.explicit is not None:
        return _take(walk.explicit, given.name) or ManifestRow()
    local = given.parent / MANIFEST_NAME
    if not local.exists():
        return ManifestRow()
    return _take(read_manifest(local, walk.lenient, walk.warn), given.name) or ManifestRow()


def _unused_rows(walk: _Walk) -> None:
    manifests = walk.manifests + ([walk.explicit] if walk.explicit is not None else [])
    for m in manifests:
        for key in m.unused():
            msg = f"{m.where(key)}: file {key!r} matches no input file"
            if not walk.lenient:
                raise ManifestError(f"{msg}; fix the name or remove the row (or run with --lenient)")
            walk.warn(f"{msg}; ignored")
