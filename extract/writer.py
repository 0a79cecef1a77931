"""The tables of one run: written into a fresh run folder and swapped in as one set.

    OUT/documents.parquet -> .minsheng/current/documents.parquet   (and mentions, facts, sentences)
    OUT/.minsheng/current -> runs/<run id>                           the one pointer swapped
    OUT/.minsheng/runs/<run id>/*.parquet                            the tables of that run
    OUT/.minsheng/lock                                               held while a run writes

A run writes only inside its own run folder (a unique name), under a lock that a second run
into the same OUT cannot take; it publishes its tables by replacing the `current` pointer in
one atomic rename, so a reader sees either the previous set or the new one, never a mix,
and a run that fails or is killed leaves the previous tables as they were. Rows are
validated against the declared schema before they are written.
"""
from __future__ import annotations

import errno
import os
import secrets
import shutil
import time
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from extract import __version__
from extract.errors import OutputError, SchemaViolation
from schemas import tables as declared

STATE = ".minsheng"
TABLES = ("documents", "mentions", "facts", "sentences")
# what OUT/ shows of the current set: the tables, and the data dictionary written beside them
PUBLISHED = tuple(f"{t}.parquet" for t in TABLES) + ("labels.parquet", "datapackage.json")
_ADVICE = {errno.ENOSPC: "free some space or choose another --out",
           errno.EDQUOT: "free some space or choose another --out",
           errno.EFBIG: "the file is larger than this system allows; choose another --out",
           errno.EACCES: "choose a folder you can write to",
           errno.EPERM: "choose a folder you can write to",
           errno.EROFS: "the file system is read-only; choose another --out"}


def output_error(what: str, exc: OSError) -> OutputError:
    """One line: what could not be done, why, and what to do."""
    code = getattr(exc, "errno", None)
    why = exc.strerror if getattr(exc, "strerror", None) else str(exc)
    return OutputError(f"{what}: {why}; {_ADVICE.get(code, 'choose another --out')}")


class TableWriter:
    def __init__(self, path: Path, table: str):
        self.table, self.path = table, path
        self.rows_written = 0
        self.closed = False
        self.schema = declared.arrow_schema(table).with_metadata(
            {"minsheng_version": __version__, "minsheng_table": table})
        try:
            self._writer = pq.ParquetWriter(path, self.schema)
        except OSError as exc:
            raise output_error(f"cannot write {path}", exc) from exc

    def write(self, rows: list[dict]) -> None:
        if not rows:
            return
        df = declared.typed(self.table, pd.DataFrame(rows, columns=declared.columns(self.table)))
        df.index = range(self.rows_written, self.rows_written + len(df))  # row numbers in errors are global
        try:
            declared.validate(self.table, df)
        except declared.SchemaViolation as exc:
            raise SchemaViolation(str(exc)) from exc
        df = declared.with_nulls(self.table, df)  # '' (not known) is written as null
        try:
            self._writer.write_table(pa.Table.from_pandas(df, schema=self.schema, preserve_index=False))
        except OSError as exc:
            raise output_error(f"cannot write {self.path}", exc) from exc
        self.rows_written += len(df)

    def close(self) -> None:
        self.closed = True
        try:
            self._writer.close()
            with open(self.path, "rb") as fh:
                os.fsync(fh.fileno())  # on disk before the pointer says it is the current set
        except OSError as exc:
            raise output_error(f"cannot write {self.path}", exc) from exc


class _Lock:
    """An exclusive lock on OUT (flock: released by the kernel however the holder ends)."""

    def __init__(self, path: Path, out: Path):
        import fcntl

        try:
            self.fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as exc:
            raise output_error(f"cannot write into {out}", exc) from exc
        try:
            fcntl.flock(self.fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            holder = os.pread(self.fd, 64, 0).decode("ascii", "replace").strip() or "?"
            os.close(self.fd)
            raise OutputError(f"another minsheng run (process {holder}) is writing into {out}; wait "
                              "for it to finish, or choose another --out") from None
        os.ftruncate(self.fd, 0)
        os.pwrite(self.fd, f"{os.getpid()}\n".encode(), 0)

    def release(self) -> None:
        os.close(self.fd)


class OutputSet:
    def __init__(self, out: Path):
        self.out = out
        self.state = out / STATE
        self.writers: dict[str, TableWriter] = {}
        self.run_dir: Path | None = None
        self.published = False  # the pointer names this run's folder: never remove it
        self._lock: _Lock | None = None

    def open(self) -> "OutputSet":
        try:
            self.out.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise output_error(f"cannot create output folder {self.out}", exc) from exc
        try:
            (self.state / "runs").mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise output_error(f"cannot write into {self.out}", exc) from exc
        self._lock = _Lock(self.state / "lock", self.out)
        try:
            self._sweep()
            name = f"{time.strftime('%Y%m%d-%H%M%S')}-{os.getpid()}-{secrets.token_hex(4)}"
            self.run_dir = self.state / "runs" / name
            self.run_dir.mkdir()
            self.writers = {t: TableWriter(self.run_dir / f"{t}.parquet", t) for t in TABLES}
        except OSError as exc:
            self.abort()
            raise output_error(f"cannot write into {self.out}", exc) from exc
        except BaseException:
            self.abort()
            raise
        return self

    def _current(self) -> str | None:
        try:
            return os.path.basename(os.readlink(self.state / "current"))
        except OSError:
            return None

    def _sweep(self) -> None:
        """Run folders left by runs that were killed (we hold the lock: none is being written)."""
        keep = self._current()
        for d in (self.state / "runs").iterdir():
            if d.name != keep:
                shutil.rmtree(d, ignore_errors=True)
        # pointers made but not yet renamed, and the temporary tables of older versions
        for stale in [*self.state.glob("current.*"), *self.out.glob(".*.parquet.*"), *self.out.glob(".datapackage.json.*")]:
            stale.unlink(missing_ok=True)

    def close(self) -> None:
        """Finish writing this run's tables (files for the set may still be added beside them)."""
        for w in self.writers.values():
            if not w.closed:
                w.close()

    def commit(self) -> None:
        """Publish this run's tables as the current set, in one rename."""
        try:
            self.close()
            old = self._current()
            token = secrets.token_hex(4)
            pointer = self.state / f"current.{token}"
            current = self.state / "current"
            if current.is_dir() and not current.is_symlink():
                # a folder copied without its links (cp -rL): its tables become an old run's
                os.replace(current, self.state / "runs" / f"copied-{token}")
                old = f"copied-{token}"
            os.symlink(f"runs/{self.run_dir.name}", pointer)
            os.replace(pointer, self.state / "current")
            self.published = True
            for name in PUBLISHED:
                if (self.run_dir / name).exists():
                    self._link(name, token)
            if old and old != self.run_dir.name:
                shutil.rmtree(self.state / "runs" / old, ignore_errors=True)
        except OSError as exc:
            raise output_error(f"cannot write into {self.out}", exc) from exc
        finally:
            self._release()

    def _link(self, name: str, token: str) -> None:
        """OUT/<name> points at the current set (made once; a plain file left by an older
        version is replaced)."""
        link, target = self.out / name, f"{STATE}/current/{name}"
        if os.path.islink(link) and os.readlink(link) == target:
            return
        tmp = self.out / f".{name}.{token}"
        os.symlink(target, tmp)
        os.replace(tmp, link)

    def abort(self) -> None:
        """Leave OUT as it was: this run's folder removed, the lock released."""
        for w in self.writers.values():
            try:
                w._writer.close()
            except Exception:  # already failing: the folder goes anyway
                pass
        if self.run_dir is not None and not self.published:
            shutil.rmtree(self.run_dir, ignore_errors=True)
        self._release()

    def _release(self) -> None:
        if self._lock is not None:
            self._lock.release()
            self._lock = None
