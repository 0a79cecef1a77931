"""A run: discover input files, stream them through worker processes (or a Dask cluster), write the tables.

The tables are written into a run folder of their own and published as one set when the
run ends (extract.writer); a run that fails, is interrupted (SIGTERM, SIGINT) or killed
leaves the previous tables in OUT as they were.
"""
from __future__ import annotations

import gc
import os
import signal
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from extract.budget import DEFAULT_SECONDS
from extract.corrections import load_corrections
from extract.errors import Interrupted, EngineError
from extract.inputs import discover
from extract.pool import Pool, read_one

__all__ = ["Progress", "RunSummary", "available_cores", "read_one", "run"]


@dataclass(frozen=True)
class RunSummary:
    documents: int
    errors: int
    mentions: int
    facts: int
    out: Path
    error_messages: tuple[str, ...]
    warnings: tuple[str, ...] = ()
    reused: int = 0  # documents whose rows were taken from the previous run (incremental)
    seconds: float = 0.0
    characters: int = 0  # characters of the documents extracted (not reused)


class Progress(Protocol):
    """What a run tells as it goes (extract.progress shows it)."""

    def start(self, files: int, reused: int) -> None: ...

    def document(self, row: dict, reused: bool) -> None: ...

    def finish(self) -> None: ...


def available_cores() -> int:
    """The cores this process may run on (a container or taskset may allow fewer than the machine has)."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except AttributeError:
        return os.cpu_count() or 1


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


def run(inputs: list[Path], out: Path, manifest: Path | None = None, workers: int | None = None,
        corrections: Path | None = None, *, lenient: bool = False, budget: float | None = DEFAULT_SECONDS,
        warn: Callable[[str], None] | None = None, engine: str = "local", scheduler: str | None = None,
        part_rows: int | None = None, force: bool = False, progress: Progress | None = None) -> RunSummary:
    """Extract every input into the tables in `out`, with the fixes of a `corrections` file
    applied. `workers`: processes (None: one per core available); `engine` "dask" runs the
    documents on a Dask cluster (`scheduler` its address; None: a local one). `budget`:
    seconds one document may take (None: no limit). `part_rows`: each table a folder of parts
    of that many rows. Documents already extracted into `out` by the same rules are taken from
    there unless `force`. Warnings go to `warn` as they come, and into the summary."""
    warnings: list[str] = []
    began = time.monotonic()

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
        with closing(_engine(engine, workers, budget, scheduler, frozenset(fixes.by_doc))) as runner:
            runner.start(len(found.files))
            # Loaded only now, while the workers get ready: what writes the tables (Arrow) is a
            # third of a start, and a worker needs none of it
            from extract import incremental
            from extract.dictionary import write_dictionary
            from extract.merge import SCHEMA as CANDIDATES
            from extract.table_batches import write_rows
            from extract.writer import OutputSet

            gc.freeze()  # as the workers' start did (extract.pool): what was just loaded lasts the run
            tables = OutputSet(out, part_rows, {"candidates": CANDIDATES}).open()
            try:
                incremental.rules_version()  # (written with the set: hashed now, while the workers prepare)
                the_plan = incremental.plan(found.files, tables.previous, fixes, force)
                todo = [f for f, r in zip(found.files, the_plan.reuse) if r is None]
                if progress is not None:
                    progress.start(len(found.files), the_plan.n_reused)
                with closing(runner.results(todo)) as fresh:
                    docs = incremental.documents(found.files, the_plan, fresh, fixes)
                    counts = write_rows(docs, tables, fixes, None if progress is None else progress.document)
                tables.close()
                write_dictionary(tables.run_dir)  # labels.parquet and datapackage.json, published with the set
                incremental.write_info(tables.run_dir)
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
            finally:
                if progress is not None:
                    progress.finish()
    return RunSummary(len(found.files), counts.errors, counts.mentions, counts.facts, out, tuple(counts.messages),
                      tuple(warnings), the_plan.n_reused, time.monotonic() - began, counts.characters)


def _engine(name: str, workers: int | None, budget: float | None, scheduler: str | None,
            corrected: frozenset[str] = frozenset()):
    if name == "dask":
        from extract.cluster import DaskEngine

        return DaskEngine(scheduler, workers, budget, corrected)
    if name != "local":
        raise EngineError(f"--engine {name}: the engines are local and dask")
    if scheduler:
        raise EngineError("--scheduler needs --engine dask")
    _preload()
    return Pool(workers or available_cores(), budget, corrected)


def _preload() -> None:
    """Load the gazetteer's index before the workers start, so that they share it instead of each
    reading it again (each makes its own automata: extract.gazetteer)."""
    from extract.gazetteer import Gazetteer

    Gazetteer.load()
