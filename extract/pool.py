"""Worker processes: each reads and processes one file at a time.

Why processes, even for one worker: a document that overruns its time budget (even inside
a regex or other C code, which no signal interrupts) is stopped from outside, becoming an
error row that names the stage the worker last announced; a worker that dies (out of
memory) costs one row, not the run; and the parent stays small, holding only the rows
being written. Workers never outlive the run: they are stopped when it ends or is
interrupted, and the kernel kills them if the parent itself is killed.
"""
from __future__ import annotations

import ctypes
import gc
import multiprocessing as mp
import os
import queue
import signal
import threading
import time
from collections import deque
from collections.abc import Iterator
from dataclasses import replace
from multiprocessing.connection import wait

from extract.budget import STAGES, Budget
from extract.doc_rows import DocRows, rows_where_made
from extract.errors import DecodeError, MinshengError, OverBudget
from extract.inputs import InputFile
from extract.reading import content_id, decode, doc_identity
from extract.records import DocMeta, DocResult, document_row
from rules import pattern_cache

GRACE_S = 5.0  # past the budget, a worker still running its document is stopped
# A page larger than this is more text than one document's budget and memory allow (a 5 MB
# page takes about 40 s and 600 MB); it becomes an error row without being read.
MAX_FILE_BYTES = 32 * 1024 * 1024
AHEAD = 256  # finished results held for in-order output before handing out more work
DEPTH = 2  # files given to a worker at once: the next is there when it finishes one
_SIGNALS = {signal.SIGINT, signal.SIGTERM}


def process_document(decoded, meta: DocMeta, budget: Budget | None = None) -> DocResult:
    """The per-document core (extract.document.process_document), loaded on first use: by a worker, not by the
    run's parent (see _serve)."""
    from extract.document import process_document as core

    return core(decoded, meta, budget)


def read_one(f: InputFile, budget: Budget | None = None) -> DocResult:
    """Read, decode and process one file; whatever goes wrong becomes its error row."""
    budget = budget or Budget(None)
    meta = DocMeta(doc=f.doc, path=str(f.path), manifest=f.manifest, doc_id=doc_identity(f.doc))
    if f.problem:
        return DocResult(document_row(meta, status="error", error=f"{f.path}: {f.problem}"))
    try:
        budget.enter("read")
        try:
            size = f.path.stat().st_size
            if size > MAX_FILE_BYTES:
                return DocResult(document_row(meta, status="error", error=(
                    f"{f.path}: {size / 2**20:.0f} MB is more than one page can be (the limit is "
                    f"{MAX_FILE_BYTES // 2**20} MB); split it into smaller files")))
            data = f.path.read_bytes()
        except OSError as exc:
            return DocResult(document_row(meta, status="error", error=f"{f.path}: cannot read it "
                                          f"({exc.strerror or exc}); check that it exists and is readable"))
        digest = content_id(data)
        meta = replace(meta, doc_id=doc_identity(f.doc, digest))
        budget.enter("decode")
        try:
            decoded = decode(data, where=str(f.path))
        except DecodeError as exc:
            return DocResult(document_row(meta, content_hash=digest, status="error", error=str(exc)))
        del data
        return process_document(decoded, meta, budget)
    except MinshengError as exc:  # over budget while reading or decoding
        return DocResult(document_row(meta, status="error", error=f"{f.path}: {exc}"))
    except MemoryError:
        return DocResult(document_row(meta, status="error", error=f"{f.path}: ran out of memory in "
                                      f"stage '{budget.stage}'; split the file into smaller ones"))
    except Exception as exc:  # a bug on one page must not lose a run of thousands: record it loudly
        return DocResult(document_row(meta, status="error", error=f"{f.path}: internal error in stage "
                                      f"'{budget.stage}': {type(exc).__name__}: {exc} — please report "
                                      "it with this file"))


# ---------------------------------------------------------------- the worker side

def _die_with_parent(parent: int) -> None:
    try:  # Linux: the kernel sends SIGKILL when the parent dies, however it dies
        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (AttributeError, OSError):
        pass

    def watch() -> None:  # elsewhere (and as a second line): notice being orphaned
        while os.getppid() == parent:
            time.sleep(1.0)
        os._exit(1)

    if os.getppid() != parent:
        os._exit(1)
    threading.Thread(target=watch, daemon=True).start()


def _serve(conn, stage, budget_s: float | None, parent: int, corrected: frozenset[str]) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides what an interrupt stops
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, _SIGNALS)
    _die_with_parent(parent)

    def announce(name: str) -> None:
        stage.value = STAGES.index(name)

    # A result is sent by a thread of its own: while the parent is busy writing and has not yet
    # read it (it is larger than a pipe holds), the worker goes on with its next file.
    outbox: queue.Queue = queue.Queue(maxsize=1)

    def send() -> None:
        while (item := outbox.get()) is not None:
            try:
                conn.send(item)
            except OSError:  # the parent is gone
                os._exit(0)

    sender = threading.Thread(target=send, daemon=True)
    sender.start()
    # The core is loaded here, not by the parent before the fork: a run's parent needs none of
    # it, and loading it is a third of a start, done while the parent loads what writes the tables.
    from extract.document import prepare

    prepare()  # while the parent goes on getting the run ready
    pattern_cache.CACHE.save(worker=True)  # the next run's workers start without compiling them
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):
            task = None
        if task is None:
            outbox.put(None)
            sender.join()
            pattern_cache.CACHE.save(worker=True)  # and those its documents compiled
            return
        index, f = task
        stage.value = -1
        outbox.put((index, rows_where_made(read_one(f, Budget(budget_s, on_stage=announce)), corrected)))


# ---------------------------------------------------------------- the parent side

class _Worker:
    def __init__(self, ctx, budget_s: float | None, corrected: frozenset[str]):
        self.budget_s = budget_s
        self.conn, child = ctx.Pipe()
        self.stage = ctx.Value("i", -1, lock=False)
        self.proc = ctx.Process(target=_serve, args=(child, self.stage, budget_s, os.getpid(), corrected),
                                daemon=True)
        # a signal arriving while the child is being made must not run the parent's handler in it
        old = signal.pthread_sigmask(signal.SIG_BLOCK, _SIGNALS)
        try:
            self.proc.start()
        finally:
            signal.pthread_sigmask(signal.SIG_SETMASK, old)
        child.close()
        self.tasks: deque[tuple[int, InputFile]] = deque()  # given, not yet returned; the first is being read
        self.deadline = float("inf")

    def give(self, task: tuple[int, InputFile]) -> None:
        if not self.tasks:
            self.started()
        self.tasks.append(task)
        self.conn.send(task)

    def started(self) -> None:
        """Its first file is being read from now on: the time it may take starts."""
        self.deadline = time.monotonic() + self.budget_s + GRACE_S if self.budget_s else float("inf")

    def stage_name(self) -> str:
        return STAGES[self.stage.value] if 0 <= self.stage.value < len(STAGES) else STAGES[0]

    def stop(self, now: bool = False) -> None:
        if not now and self.proc.is_alive():
            try:
                self.conn.send(None)
            except OSError:
                pass
            self.proc.join(timeout=2.0)
        if self.proc.is_alive():
            self.proc.kill()
        self.proc.join()
        self.conn.close()


def _lost(f: InputFile, why: str) -> DocResult:
    meta = DocMeta(doc=f.doc, path=str(f.path), manifest=f.manifest, doc_id=doc_identity(f.doc))
    return DocResult(document_row(meta, status="error", error=f"{f.path}: {why}"))


class Pool:
    """`corrected`: the content hashes of documents with corrections, sent back as results
    (the parent applies the corrections); the others come back as their rows (DocRows)."""

    def __init__(self, workers: int, budget_s: float | None, corrected: frozenset[str] = frozenset()):
        methods = mp.get_all_start_methods()
        self.ctx = mp.get_context("fork" if "fork" in methods else methods[0])
        self.n, self.budget_s, self.corrected = max(1, workers), budget_s, corrected
        self.workers: list[_Worker] = []

    def start(self, files: int) -> None:
        """Start the workers a run of `files` files needs, ahead of the first: each makes its
        matchers (extract.document.prepare) while the parent goes on."""
        if self.workers or not files:
            return
        # What is loaded by now (modules, compiled rules, the gazetteer's index) lives for the whole
        # run: frozen, no collection traverses it again, here or in a worker, whose copy of those
        # pages then stays shared with the parent's (the fork recipe of the gc module's
        # documentation); it also shortens the collection at the process's exit.
        gc.freeze()
        self.workers = [_Worker(self.ctx, self.budget_s, self.corrected) for _ in range(min(self.n, files))]

    def close(self) -> None:
        """Stop the workers (at once: those still busy are killed)."""
        for w in self.workers:
            w.stop(now=True)
        self.workers = []

    def results(self, files: list[InputFile]) -> Iterator[DocResult | DocRows]:
        """Each file's result or rows, in the order of `files`."""
        if not files:
            return
        self.start(len(files))
        workers = self.workers
        todo = deque(enumerate(files))
        done: dict[int, DocResult | DocRows] = {}
        following = 0
        try:
            def feed(w: _Worker) -> None:
                while len(w.tasks) < DEPTH and todo and len(done) < AHEAD:
                    w.give(todo.popleft())

            while following < len(files):
                for w in workers:
                    feed(w)
                busy = [w for w in workers if w.tasks]
                timeout = max(0.0, min(w.deadline for w in busy) - time.monotonic())
                ready = wait([w.conn for w in busy], timeout=min(timeout, 3600.0))
                for k, w in enumerate(workers):
                    if w.tasks and (w.conn in ready or time.monotonic() > w.deadline):
                        index, result, lost = self._collect(w)
                        done[index] = result
                        if lost:  # the worker was stopped or died: its other files go to a fresh one
                            todo.extendleft(reversed(w.tasks))
                            w.stop(now=True)
                            workers[k] = _Worker(self.ctx, self.budget_s, self.corrected)
                        # its next file at once: the worker reads it while the results are written
                        feed(workers[k])
                while following in done:
                    yield done.pop(following)
                    following += 1
            for w in workers:  # all done: idle workers are asked to leave
                w.stop()
        finally:
            self.close()

    def _collect(self, w: _Worker) -> tuple[int, DocResult | DocRows, bool]:
        """(index, result, whether the worker was lost) of the worker's first file."""
        index, f = w.tasks[0]
        if w.conn.poll():
            try:
                got_index, result = w.conn.recv()
                w.tasks.popleft()
                if w.tasks:
                    w.started()
                return got_index, result, False
            except (EOFError, OSError):
                pass
        w.tasks.popleft()
        if time.monotonic() > w.deadline and w.proc.is_alive():  # overran: stopped from outside
            w.proc.kill()
            w.proc.join()
            return index, _lost(f, str(OverBudget(w.stage_name(), self.budget_s or 0))), True
        w.proc.join()  # it closed its end: it died
        code = w.proc.exitcode
        how = (f"was killed by {signal.Signals(-code).name}" if code and code < 0
               else f"exited with code {code}")
        return index, _lost(f, f"the process reading it {how} in stage '{w.stage_name()}' (out of "
                               "memory?); split the file into smaller ones, or report it"), True
