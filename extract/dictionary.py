"""The data dictionary beside the tables: labels.parquet (Chinese labels of the codes) and
datapackage.json (Frictionless Table Schema of every table in the folder), both derived from
schemas/tables.py. Written after the tables, so it describes what is there."""
from __future__ import annotations

import json
from pathlib import Path

from extract import __version__
from extract.errors import OutputError
from extract.writer import TableWriter
from schemas import datapackage
from schemas import tables as declared


def label_rows() -> list[dict]:
    return [{"column": col, "code": code, "label": label}
            for col, codes in declared.labels().items() for code, label in codes.items()]


def write_dictionary(folder: Path) -> None:
    """Write labels.parquet, then datapackage.json for the tables present in `folder` (a run's
    folder: they are published with the tables, as one set)."""
    w = TableWriter(folder / "labels.parquet", "labels")
    w.write(label_rows())
    w.close()
    present = [t for t in declared.TABLES if (folder / f"{t}.parquet").exists()]
    text = json.dumps(datapackage.descriptor(present, __version__), ensure_ascii=False, indent=2)
    try:
        (folder / "datapackage.json").write_text(text + "\n", encoding="utf-8")
    except OSError as exc:
        raise OutputError(f"cannot write {folder / 'datapackage.json'}: {exc.strerror or exc}") from exc
