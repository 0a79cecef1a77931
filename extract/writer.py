"""Tables are written in batches, validated first, and appear atomically.

Each table is written to a hidden temporary file in the output folder and
renamed into place when the run finishes, so a crashed run never leaves a
half-written table where a previous good one stood.
"""
from __future__ import annotations

import os
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from extract import __version__
from extract.errors import OutputError, SchemaViolation
from schemas import tables as declared


class TableWriter:
    def __init__(self, out_dir: Path, table: str):
        self.table = table
        self.final = out_dir / f"{table}.parquet"
        self.tmp = out_dir / f".{table}.parquet.partial"
        self.rows_written = 0
        schema = declared.arrow_schema(table).with_metadata(
            {"minsheng_version": __version__, "minsheng_table": table})
        try:
            self._writer = pq.ParquetWriter(self.tmp, schema)
        except OSError as exc:
            raise OutputError(f"cannot write {self.tmp}: {exc.strerror or exc}; choose a writable --out folder") from exc
        self.schema = schema

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
        self._writer.write_table(pa.Table.from_pandas(df, schema=self.schema, preserve_index=False))
        self.rows_written += len(df)

    def close(self) -> None:
        self._writer.close()
        os.replace(self.tmp, self.final)

    def abort(self) -> None:
        self._writer.close()
        self.tmp.unlink(missing_ok=True)
