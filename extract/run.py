"""A run: discover input files, stream them through worker processes, write the tables.

The tables are written into a run folder of their own and published as one set when the
run ends (extract.writer); a run that fails, is interrupted (SIGTERM, SIGINT) or killed
leaves the previous tables in OUT as they were.
"""
from __future__ import annotations

import signal
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from extract.budget import DEFAULT_SECONDS
from extract.corrections import Corrections, load_corrections
from extract.dictionary import write_dictionary
from extract.document import DocResult
from extract.errors import Interrupted
from extract.facts import merge_facts
from extract.inputs import InputFile, discover
from extract.pool import Pool, read_one
from extract.writer import OutputSet, TableWriter

__all__ = ["RunSummary", "read_one", "run"]

# A batch is written when it holds this many documents, mentions or characters of
# sentences: memory stays flat on large folders and no column of a batch can overflow.
BATCH_DOCS = 200
BATCH_MENTIONS = 100_000
BATCH_CHARS = 32_000_000


@dataclass(frozen=True)
class RunSummary:
    documents: int
    errors: int
    mentions: int
    facts: int
    out: Path
    error_messages: tuple[str, ...]
    warnings: tuple[str, ...] = ()


class _Stopper:
    """SIGTERM and SIGINT raise Interrupted, so the run cleans up on its way out; while the
    finished set is being published, a signal waits until that is done."""

    def __init__(self):
        self.holding = False
        self.pending: list[int] = []

    def __call__(self, signum, _frame):
        if self.holding:
            self.pending.append(signum)
            return
        raise Interrupted(signum)

    @contextmanager
    def installed(self) -> Iterator[None]:
        if threading.current_thread() is not threading.main_thread():
            yield  # signals reach the main thread only: nothing to install
            return
        old = {s: signal.signal(s, self) for s in (signal.SIGTERM, signal.SIGINT)}
        try:
            yield
        finally:
            for s, handler in old.items():
                signal.signal(s, handler)

    @contextmanager
    def held(self) -> Iterator[None]:
        self.holding = True
        try:
            yield
        finally:
            self.holding = False
        if self.pending:
            raise Interrupted(self.pending[0])


def run(inputs: list[Path], out: Path, manifest: Path | None = None, workers: int = 1,
        corrections: Path | None = None, *, lenient: bool = False, budget: float | None = DEFAULT_SECONDS,
        warn: Callable[[str], None] | None = None) -> RunSummary:
    """Extract every input into the tables in `out`, with the fixes of a `corrections` file
    applied. `budget`: seconds one document may take (None: no limit). Warnings go to `warn`
    as they come, and into the summary."""
    warnings: list[str] = []

    def note(msg: str) -> None:
        warnings.append(msg)
        if warn is not None:
            warn(msg)

    stopper = _Stopper()
    with stopper.installed():
        found = discover(inputs, manifest, lenient, exclude=out)
        fixes = load_corrections(corrections)
        for w in found.warnings:
            note(w)
        tables = OutputSet(out).open()
        try:
            counts = _write(found.files, tables.writers, Pool(workers, budget), fixes)
            tables.close()
            write_dictionary(tables.run_dir)  # labels.parquet and datapackage.json, published with the set
            with stopper.held():
                tables.commit()
        except Interrupted:
            tables.abort()
            if not tables.published:
                raise
            # the signal came while the finished set was being published: the run is done
        except BaseException:
            tables.abort()
            raise
    n_err, n_mentions, n_facts, messages = counts
    return RunSummary(len(found.files), n_err, n_mentions, n_facts, out, tuple(messages), tuple(warnings))


def _write(files: list[InputFile], writers: dict[str, TableWriter], pool: Pool, fixes: Corrections):
    _preload()
    n_err = n_mentions = 0
    messages: list[str] = []
    doc_facts: list = []
    batch: list[DocResult] = []
    size = [0, 0]  # mentions, sentence characters in the batch
    for result in pool.results(files):
        result = fixes.apply(result)
        batch.append(result)
        size[0] += len(result.mentions)
        size[1] += sum(len(s["sentence"]) for s in result.sentences)
        if len(batch) >= BATCH_DOCS or size[0] >= BATCH_MENTIONS or size[1] >= BATCH_CHARS:
            n_err, n_mentions = _flush(batch, writers, doc_facts, messages, n_err, n_mentions)
            batch, size = [], [0, 0]
    n_err, n_mentions = _flush(batch, writers, doc_facts, messages, n_err, n_mentions)
    facts = fixes.mark_facts(merge_facts(doc_facts), doc_facts)
    writers["facts"].write(facts)
    return n_err, n_mentions, len(facts), messages


def _preload() -> None:
    """Load the gazetteer before the workers start, so that they share it instead of each
    reading it again."""
    from extract.gazetteer import Gazetteer

    Gazetteer.load()


def _flush(batch, writers, doc_facts, messages, n_err, n_mentions):
    writers["documents"].write([r.document for r in batch])
    writers["mentions"].write([m.row() for r in batch for m in r.mentions])
    writers["sentences"].write([s for r in batch for s in r.sentences])
    for r in batch:
        doc_facts.extend(r.facts)
        if r.document["status"] == "error":
            n_err += 1
            messages.append(r.document["error"])
        n_mentions += len(r.mentions)
    return n_err, n_mentions
