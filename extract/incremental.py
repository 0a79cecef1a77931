"""Incremental re-runs: a document already extracted, by the same rules, is not extracted again.

A run records its rules version (a hash of the code and data that decide its rows: extract/,
rules/ with the word lists and the gazetteer, schemas/) in `run.json` beside its tables. The
next run into the same OUT reads the set it replaces: when the rules version is the same,
each file whose document (path within its folder and content hash: its doc_id), path as
read and manifest row are unchanged takes its rows from that set instead of being read
again; any other rules version redoes everything, as does `force`. Documents that had an
error, or have corrections, are always redone (an error may not recur; corrections are
applied to fresh rows). The rows taken are the rows a full run writes, in the same order,
so the tables are identical to a full run's.
"""
from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pyarrow.parquet as pq

from extract import __version__
from extract.corrections import Corrections
from extract.inputs import InputFile
from extract.doc_rows import DocRows, mention_values
from extract.candidates import FIELDS, Candidate, keyed
from extract.pool import MAX_FILE_BYTES
from extract.reading import content_id, doc_identity
from extract.records import DocResult
from schemas import tables as declared

INFO = "run.json"
_CODE = ("extract", "rules", "schemas")  # the packages whose files decide the rows
_READ_ROWS = 4096


@lru_cache(maxsize=1)
def rules_version() -> str:
    """A hash of every file of the packages that decide the rows (code, word lists, gazetteer)."""
    from importlib.util import find_spec

    h = hashlib.sha256(__version__.encode())
    for name in _CODE:  # found, not imported: the parent need not load the rules
        root = Path(find_spec(name).submodule_search_locations[0])
        for p in sorted(root.rglob("*")):
            if p.is_file() and "__pycache__" not in p.parts:
                h.update(f"\0{name}/{p.relative_to(root).as_posix()}\0".encode())
                h.update(p.read_bytes())
    return h.hexdigest()[:16]


def write_info(run_dir: Path) -> None:
    (run_dir / INFO).write_text(json.dumps({"minsheng_version": __version__, "rules_version": rules_version()}),
                                encoding="utf-8")


@dataclass
class Plan:
    """Per file, in order: None to extract it, or (doc_id, position in the previous set) to
    take its rows from there."""

    reuse: list[tuple[str, int] | None]
    previous: Path | None = None

    @property
    def n_reused(self) -> int:
        return sum(r is not None for r in self.reuse)


def plan(files: list[InputFile], previous: Path | None, fixes: Corrections, force: bool = False) -> Plan:
    nothing = Plan([None] * len(files))
    if force or previous is None or _info(previous).get("rules_version") != rules_version():
        return nothing
    index = _previous_documents(previous)
    reuse: list[tuple[str, int] | None] = []
    last = -1  # the previous set is read once, front to back: positions must increase
    for f in files:
        got = _reusable(f, index, fixes)
        if got is not None and got[1] > last:
            last = got[1]
            reuse.append(got)
        else:
            reuse.append(None)
    return Plan(reuse, previous) if any(reuse) else nothing


def _info(run_dir: Path) -> dict:
    try:
        return json.loads((run_dir / INFO).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}  # an older set, or none: nothing to reuse


def _previous_documents(previous: Path) -> dict[str, tuple[int, dict]]:
    """doc_id -> (position, documents row) of the previous set's documents that can be reused."""
    cols = ["doc_id", "doc", "path", "status", "n_corrected", "home_region", "home_region_code",
            "published", "published_source"]
    seen: dict[str, tuple[int, dict]] = {}
    twice = set()
    for pos, row in enumerate(_rows(previous / "documents.parquet", cols)):
        row = _in_memory("documents", row)
        if row["doc_id"] in seen:
            twice.add(row["doc_id"])
        seen.setdefault(row["doc_id"], (pos, row))
    return {k: v for k, v in seen.items()
            if k not in twice and v[1]["status"] == "ok" and not v[1]["n_corrected"]}


def _reusable(f: InputFile, index: dict, fixes: Corrections) -> tuple[str, int] | None:
    if f.problem:
        return None
    try:
        if f.path.stat().st_size > MAX_FILE_BYTES:
            return None
        digest = content_id(f.path.read_bytes())
    except OSError:
        return None  # extracted, so that its error row says why
    doc_id = doc_identity(f.doc, digest)
    pos, row = index.get(doc_id, (-1, None))
    m = f.manifest
    if (row is None or digest in fixes.by_doc or row["doc"] != f.doc or row["path"] != str(f.path)
            or row["home_region"] != m.home_region or row["home_region_code"] != m.home_region_code
            or (row["published"] if row["published_source"] == "manifest" else "") != m.published):
        return None
    return doc_id, pos


def documents(files: list[InputFile], the_plan: Plan, fresh: Iterator[DocResult],
              fixes: Corrections) -> Iterator[DocRows]:
    """Every file's rows in the order of `files`: `fresh` gives the results of the files not
    reused, in order."""
    if not the_plan.n_reused:
        for result in fresh:
            yield _fresh(result, fixes)
        return
    prev = the_plan.previous
    pos_of = {doc_id: pos for doc_id, pos in filter(None, the_plan.reuse)}
    cursors = {t: _Cursor(prev / f"{t}.parquet", pos_of) for t in ("documents", "mentions", "sentences")}
    candidates = _Cursor(prev / "candidates.parquet", pos_of)
    for f, got in zip(files, the_plan.reuse):
        if got is None:
            yield _fresh(next(fresh), fixes)
            continue
        doc_id, pos = got
        rows = {t: [_in_memory(t, r) for r in c.take(doc_id, pos)] for t, c in cursors.items()}
        yield DocRows(rows["documents"][0], [mention_values(r) for r in rows["mentions"]], rows["sentences"],
                      [keyed(Candidate(*(r[k] for k in FIELDS))) for r in candidates.take(doc_id, pos)], reused=True)


def _fresh(result: DocResult | DocRows, fixes: Corrections) -> DocRows:
    """A document's rows from the engine: made by the worker, or (corrections name it, or the
    parent made its error row) from its result, with the corrections applied."""
    if isinstance(result, DocRows):
        result.document["n_corrected"] = 0
        return result
    return DocRows.of(fixes.apply(result))


def _in_memory(table: str, row: dict) -> dict:
    """A row as read back into the form the pipeline writes ('' for a string not known)."""
    for name in _string_columns(table):
        if name in row and row[name] is None:
            row[name] = ""
    return row


@lru_cache(maxsize=None)
def _string_columns(table: str) -> tuple[str, ...]:
    return tuple(c for c in declared.columns(table) if declared.column(table, c).type == "string")


def _rows(path: Path, columns: list[str] | None = None) -> Iterator[dict]:
    """The rows of a table written by a run (one file, or a folder of parts), in order."""
    parts = sorted(path.glob("*.parquet")) if path.is_dir() else [path]
    for part in parts:
        for batch in pq.ParquetFile(part).iter_batches(batch_size=_READ_ROWS, columns=columns):
            yield from batch.to_pylist()


class _Cursor:
    """One table of the previous set, read once front to back, a document's rows at a time
    (a document's rows are together, and documents in the order of the set's documents)."""

    def __init__(self, path: Path, pos_of: dict[str, int]):
        self.rows, self.pos_of = _rows(path), pos_of
        self.head = next(self.rows, None)

    def take(self, doc_id: str, pos: int) -> list[dict]:
        out = []
        while self.head is not None and self.pos_of.get(self.head["doc_id"], -1) <= pos:
            if self.head["doc_id"] == doc_id:
                out.append(self.head)
            self.head = next(self.rows, None)
        return out
