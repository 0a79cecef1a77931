"""facts across documents, in memory bounded whatever the number of documents.

extract.facts.merge_facts holds every fact candidate of a run until the end (about 21 KB a
document). Here candidates arrive document by document as compact records; when the buffer
fills it is sorted and spilled to disk as a sorted run, and the facts are read off a k-way
merge of the runs. The rows are those of merge_facts, in its order: the records are sorted
by (fact key, rank of the evidence, arrival), so a key's first record is the evidence
merge_facts picks (its `min` keeps the first of equals, i.e. the earliest to arrive).
"""
from __future__ import annotations

import heapq
import pickle
import shutil
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

import pyarrow as pa

from extract.arrow_columns import columns_of
from extract.candidates import FIELDS, TYPES
from extract.facts import FROM_EVIDENCE, SUMMARY_COLUMNS, fact_summary

SPILL_AT = 20_000  # candidates held before a sorted run is written (about 2 KB each in memory)
CHUNK = 128  # records per pickle in a run file: what the merge holds of each run (at most FAN_IN of them)
FAN_IN = 64  # runs merged at once; more are first merged into longer runs, FAN_IN at a time
FACT_ROWS = 5_000  # facts rows handed to the writer at once (a row group each)


_ARROW = {"int": pa.int64(), "float": pa.float64(), "float | None": pa.float64(), "bool": pa.bool_(),
          "str": pa.string()}
# a run's candidates are kept beside its tables (not published), so that a later run can reuse them
SCHEMA = pa.schema([(name, _ARROW[TYPES[name]]) for name in FIELDS])
_VALUE, _DOC_ID, _START, _FACT_ID = map(FIELDS.index, ("value", "doc_id", "start", "fact_id"))


class FactMerger:
    """Add candidates in document order; then read the facts rows, in merge_facts' order."""

    def __init__(self, spill_dir: Path, spill_at: int = SPILL_AT):
        self.dir, self.spill_at = spill_dir, spill_at
        self.buffer: list[tuple] = []
        self.runs: list[Path] = []
        self.seq = 0
        self.written = 0  # run files written, for their names

    def add(self, entries: Iterable[tuple]) -> None:
        """A document's candidates, each made by `keyed`, in document order."""
        buffer, seq = self.buffer, self.seq
        for key, rank, c in entries:
            buffer.append((key, rank, seq, c))
            seq += 1
        self.seq = seq
        if len(buffer) >= self.spill_at:
            self._spill()

    def _spill(self) -> None:
        self.buffer.sort()
        self.runs.append(self._write_run(self.buffer))
        self.buffer = []

    def _write_run(self, entries: Iterable[tuple]) -> Path:
        self.dir.mkdir(parents=True, exist_ok=True)
        path = self.dir / f"run-{self.written:05d}.pickle"
        self.written += 1
        chunk: list[tuple] = []
        with open(path, "wb") as fh:
            for e in entries:
                chunk.append(e)
                if len(chunk) >= CHUNK:
                    pickle.dump(chunk, fh, protocol=pickle.HIGHEST_PROTOCOL)
                    chunk = []
            if chunk:
                pickle.dump(chunk, fh, protocol=pickle.HIGHEST_PROTOCOL)
        return path

    def fact_columns(self, corrected: Callable[[tuple], bool] = lambda key: False) -> Iterator[dict[str, list]]:
        """The facts rows (merge_facts' rows, and whether corrections name the key), FACT_ROWS at a
        time, as columns: name -> values."""
        self.buffer.sort()
        while len(self.runs) >= FAN_IN:  # bounded: what is held is FAN_IN chunks at most
            first, self.runs = self.runs[:FAN_IN], self.runs[FAN_IN:]
            self.runs.append(self._write_run(heapq.merge(*(_read(p) for p in first))))
            for p in first:
                p.unlink()
        streams = [_read(p) for p in self.runs] + [iter(self.buffer)]
        bests: list[tuple] = []
        summaries: list[tuple] = []
        for key, group in _groups(heapq.merge(*streams)):
            best = group[0]
            bests.append(best)
            summaries.append(fact_summary(key, best[_FACT_ID], {c[_VALUE] for c in group},
                                          len({(c[_DOC_ID], c[_START]) for c in group})) + (corrected(key),))
            if len(bests) >= FACT_ROWS:
                yield _fact_columns(bests, summaries)
                bests, summaries = [], []
        if bests:
            yield _fact_columns(bests, summaries)

    def close(self) -> None:
        self.buffer = []
        shutil.rmtree(self.dir, ignore_errors=True)


def _fact_columns(bests: list[tuple], summaries: list[tuple]) -> dict[str, list]:
    evidence = columns_of(FIELDS, bests)
    return {**{col: evidence[field] for col, field in FROM_EVIDENCE.items()},
            **columns_of(SUMMARY_COLUMNS + ("corrected",), summaries)}


def _read(path: Path) -> Iterator[tuple]:
    with open(path, "rb") as fh:
        while True:
            try:
                chunk = pickle.load(fh)
            except EOFError:
                return
            yield from chunk


def _groups(entries: Iterator[tuple]) -> Iterator[tuple[tuple, list[tuple]]]:
    key, group = None, []
    for k, _rank, _seq, c in entries:
        if group and k != key:
            yield key, group
            group = []
        key = k
        group.append(c)
    if group:
        yield key, group
