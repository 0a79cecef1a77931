"""The Dask engine: the per-document function of the local engine (extract.pool.read_one) run
as tasks on a Dask cluster, results handed back in input order, so the tables are the ones
the local engine writes.

With no scheduler address a LocalCluster is started on this machine (one single-threaded
worker process per core, or --workers); with one, the run is a client of that cluster. The
workers read the files themselves by their paths, so every worker must see the input folders
at the same paths (a shared file system); the tables are written by the run, here. The budget
is kept by the document itself (each stage checks the clock, each regex scan gets what is left);
a task that does not end, or a worker that dies, is the cluster's to handle: a task whose
workers keep dying becomes the document's error row.
"""
from __future__ import annotations

import secrets
from collections import deque
from collections.abc import Iterator

from extract.budget import Budget
from extract.doc_rows import DocRows, rows_where_made
from extract.errors import EngineError, Interrupted
from extract.inputs import InputFile
from extract.pool import AHEAD, _lost, read_one
from extract.records import DocResult

CONNECT_S = 30  # seconds to reach a scheduler before giving up


def extract_one(f: InputFile, budget_s: float | None, corrected: frozenset[str] = frozenset()) -> DocResult | DocRows:
    """The task run on a Dask worker: one file's rows (its result when corrections name it)."""
    return rows_where_made(read_one(f, Budget(budget_s)), corrected)


class DaskEngine:
    def __init__(self, scheduler: str | None, workers: int | None, budget_s: float | None,
                 corrected: frozenset[str] = frozenset()):
        try:
            import distributed  # noqa: F401
        except ImportError:
            raise EngineError("--engine dask needs Dask: pip install 'minsheng[dask]'") from None
        self.scheduler, self.workers, self.budget_s, self.corrected = scheduler, workers, budget_s, corrected

    def start(self, files: int) -> None:
        """Nothing is started ahead: the cluster is reached when there are files to extract."""

    def close(self) -> None:
        """Nothing outlives `results`, which closes its client (and a local cluster) itself."""

    def _client(self):
        from distributed import Client, LocalCluster

        if self.scheduler:
            try:
                return Client(self.scheduler, timeout=CONNECT_S), None
            except (OSError, TimeoutError) as exc:
                raise EngineError(f"cannot reach the Dask scheduler at {self.scheduler} ({exc}); check the "
                                  "address, or leave out --scheduler to use this machine") from exc
        cluster = LocalCluster(n_workers=self.workers, threads_per_worker=1, processes=True,
                               dashboard_address=None)
        return Client(cluster), cluster

    def results(self, files: list[InputFile]) -> Iterator[DocResult | DocRows]:
        """Each file's result or rows, in the order of `files`; at most AHEAD tasks are out at once."""
        if not files:
            return
        client, cluster = self._client()
        run = secrets.token_hex(4)  # task names unique to this run on a shared cluster
        pending: deque = deque()
        todo = iter(enumerate(files))
        try:
            while True:
                while len(pending) < AHEAD and (task := next(todo, None)) is not None:
                    i, f = task
                    pending.append((f, client.submit(extract_one, f, self.budget_s, self.corrected, key=f"minsheng-{run}-{i}",
                                                     pure=False)))
                if not pending:
                    return
                f, future = pending.popleft()
                yield _result(f, future)
                future.release()
        finally:
            for _f, future in pending:
                future.cancel()
            client.close()
            if cluster is not None:
                cluster.close()


def _result(f: InputFile, future) -> DocResult:
    try:
        return future.result()
    except Interrupted:  # a signal to this process while it waited: the run stops
        raise
    except Exception as exc:  # the task never finished (its workers died): the document's error row
        return _lost(f, f"its Dask task failed ({type(exc).__name__}: {exc}); split the file into smaller "
                        "ones, or report it")
