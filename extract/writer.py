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
from operator import itemgetter
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from extract import __version__
from extract.arrow_columns import column, scalar
from extract.arrow_columns import table as arrow_table
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
    """One table of the run: written batch by batch (a row group each) into TABLE.parquet, or,
    with `part_rows`, into the folder TABLE.parquet/ as part-00000.parquet … of `part_rows`
    rows each (pandas, pyarrow and DuckDB's `TABLE.parquet/*.parquet` read such a folder as
    one table). Rows are validated against the declared schema unless `schema` is given (a
    table of the run's own, not published)."""

    def __init__(self, path: Path, table: str, part_rows: int | None = None, schema: pa.Schema | None = None):
        self.table, self.path, self.part_rows = table, path, part_rows
        self.rows_written = 0
        self.closed = False
        self.declared = schema is None
        self.schema = (schema if schema is not None else declared.arrow_schema(table)).with_metadata(
            {"minsheng_version": __version__, "minsheng_table": table})
        self._writer: pq.ParquetWriter | None = None
        self._file: Path | None = None
        self._in_part = 0
        self._parts = 0
        try:
            if part_rows:
                path.mkdir()
            else:
                self._open(path)
        except OSError as exc:
            raise output_error(f"cannot write {path}", exc) from exc

    def _open(self, path: Path) -> None:
        self._file = path
        self._writer = pq.ParquetWriter(path, self.schema)
        self._in_part = 0

    def write(self, rows: list[dict]) -> None:
        """Row dicts (a column a row lacks is null)."""
        self.write_columns({f.name: _column_of(rows, f.name) for f in self.schema})

    def write_columns(self, columns: dict[str, list]) -> None:
        """Rows given as columns: the schema's column name -> its values, one per row."""
        n = len(next(iter(columns.values()), ()))
        if not n:
            return
        if not self.declared:
            self.write_arrow(arrow_table(columns, self.schema))
            return
        self.write_arrow(checked(self.table, columns, self.schema, self.rows_written))

    def write_arrow(self, table: pa.Table) -> None:
        try:
            while table.num_rows:
                if self.part_rows and (self._writer is None or self._in_part >= self.part_rows):
                    self._finish_part()
                    self._open(self.path / f"part-{self._parts:05d}.parquet")
                    self._parts += 1
                room = self.part_rows - self._in_part if self.part_rows else table.num_rows
                self._writer.write_table(table.slice(0, room))
                n = min(room, table.num_rows)
                self._in_part += n
                self.rows_written += n
                table = table.slice(n)
        except OSError as exc:
            raise output_error(f"cannot write {self._file or self.path}", exc) from exc

    def _finish_part(self) -> None:
        if self._writer is None:
            return
        self._writer.close()
        with open(self._file, "rb") as fh:
            os.fsync(fh.fileno())  # on disk before the pointer says it is the current set
        self._writer = None

    def close(self) -> None:
        self.closed = True
        try:
            if self.part_rows and self._parts == 0:  # an empty table is one empty part
                self._open(self.path / "part-00000.parquet")
                self._parts = 1
            self._finish_part()
        except OSError as exc:
            raise output_error(f"cannot write {self._file or self.path}", exc) from exc

    def discard(self) -> None:
        """Stop writing (the run is failing: its folder goes)."""
        if self._writer is not None:
            try:
                self._writer.close()
            except Exception:  # already failing: the folder goes anyway
                pass
            self._writer = None


def _column_of(rows: list[dict], name: str) -> list:
    try:
        return list(map(itemgetter(name), rows))  # in C: the rows of a table have every column
    except KeyError:
        return [r.get(name) for r in rows]


def checked(table: str, columns: dict[str, list], schema: pa.Schema, first_row: int = 0) -> pa.Table:
    """The rows (given as columns) as an Arrow table, '' (not known) in a string column written as null, after
    the declared schema's checks (the pandera schema's, here on whole columns at once):
    types, allowed values, patterns, bounds, nulls. A failure is a SchemaViolation naming
    the table, and the row (numbered across the run), column and value of each failure."""
    arrays, failures = [], []
    for c in declared.TABLES[table]:
        values = columns[c.name]
        try:
            arr = column(values, schema.field(c.name).type)
        except (pa.ArrowInvalid, pa.ArrowTypeError, TypeError, OverflowError):
            bad = next(i for i, v in enumerate(values) if not _fits(v, c.type))
            failures.append((bad, c.name, f"dtype('{c.type}')", values[bad]))
            continue
        nulls = pc.is_null(arr)
        if not c.optional and arr.null_count:
            failures += [(i, c.name, "not_nullable", None) for i in _where(nulls)]
        if c.isin:
            failures += [(i, c.name, f"isin({list(c.isin)})", values[i])
                         for i in _where(pc.invert(pc.fill_null(pc.is_in(arr, column(list(c.isin), arr.type)), _TRUE)))]
        if c.pattern:
            failures += [(i, c.name, f"str_matches('{c.pattern}')", values[i])
                         for i in _where(pc.invert(pc.fill_null(pc.match_substring_regex(arr, c.pattern), _TRUE)))]
        if c.ge is not None:
            failures += [(i, c.name, f"greater_than_or_equal_to({c.ge})", values[i])
                         for i in _where(pc.invert(pc.fill_null(pc.greater_equal(arr, _number(c.ge)), _TRUE)))]
        if c.type == "string":  # '' (not known) is written as null
            arr = pc.if_else(pc.equal(arr, _EMPTY), _NULL, arr)
        arrays.append(arr)
    if failures:
        failures.sort()
        lines = [f"row {first_row + i}: column {col!r} fails {check} (value {v!r})" for i, col, check, v in failures[:20]]
        more = f" (+{len(failures) - 20} more)" if len(failures) > 20 else ""
        raise SchemaViolation(f"{table} table: {len(failures)} schema failures{more}:\n  " + "\n  ".join(lines))
    return pa.Table.from_arrays(arrays, schema=schema)


_EMPTY, _NULL, _TRUE = scalar("", pa.string()), scalar(None, pa.string()), scalar(True, pa.bool_())


def _number(v) -> pa.Scalar:
    return scalar(v, pa.float64() if isinstance(v, float) else pa.int64())


def _where(mask: pa.Array) -> list[int]:
    return pc.indices_nonzero(mask).to_pylist() if pc.any(mask).as_py() else []


def _fits(v, kind: str) -> bool:
    wanted = {"string": str, "int64": int, "float64": (int, float), "bool": bool}[kind]
    return v is None or (isinstance(v, wanted) and (kind == "bool" or not isinstance(v, bool)))


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
    """`part_rows`: each published table a folder of parts of that many rows (TableWriter).
    `internal`: tables of the run's own (name: schema), kept in its folder, not published."""

    def __init__(self, out: Path, part_rows: int | None = None, internal: dict[str, pa.Schema] | None = None):
        self.out = out
        self.state = out / STATE
        self.part_rows, self.internal = part_rows, internal or {}
        self.writers: dict[str, TableWriter] = {}
        self.run_dir: Path | None = None
        self.previous: Path | None = None  # the current set's folder when this run began
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
            current = self.state / "current"
            self.previous = current.resolve() if current.is_dir() else None
            name = f"{time.strftime('%Y%m%d-%H%M%S')}-{os.getpid()}-{secrets.token_hex(4)}"
            self.run_dir = self.state / "runs" / name
            self.run_dir.mkdir()
            self.writers = {t: TableWriter(self.run_dir / f"{t}.parquet", t, self.part_rows) for t in TABLES}
            self.writers.update({t: TableWriter(self.run_dir / f"{t}.parquet", t, schema=schema)
                                 for t, schema in self.internal.items()})
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
            w.discard()
        if self.run_dir is not None and not self.published:
            shutil.rmtree(self.run_dir, ignore_errors=True)
        self._release()

    def _release(self) -> None:
        if self._lock is not None:
            self._lock.release()
            self._lock = None
