"""The data dictionary: a Frictionless Data Package descriptor (Table Schema for each table),
derived from the one declaration in schemas/tables.py, so it cannot drift from the files."""
from __future__ import annotations

from schemas import tables as declared

_TYPES = {"string": "string", "int64": "integer", "float64": "number", "bool": "boolean"}
# How the tables join: (table, columns) → (table, columns)
_FOREIGN_KEYS = {
    "mentions": [(["doc_id"], "documents", ["doc_id"])],
    "facts": [(["doc_id"], "documents", ["doc_id"])],
}
_TITLES = {
    "documents": "one row per input file: how it was read, its manifest row, how many mentions",
    "mentions": "one row per statistic occurrence in the text, with its attribution",
    "facts": "statistics deduplicated across mentions and documents: one row per what is measured",
    "labels": "Chinese labels of the coded columns",
}


def field_descriptor(c: declared.Column) -> dict:
    f = {"name": c.name, "type": _TYPES[c.type], "description": c.meaning}
    constraints = {}
    if c.type != "string":
        constraints["required"] = True  # numbers and flags are always known; strings may be null
    codes = [v for v in c.isin if v]
    if codes:
        constraints["enum"] = codes
        labels = declared.labels().get(c.name, {})
        if labels:
            f["categories"] = [{"value": v, "label": labels[v]} for v in codes if v in labels]
    if c.pattern:
        constraints["pattern"] = c.pattern
    if c.ge is not None:
        constraints["minimum"] = int(c.ge) if c.type == "int64" else c.ge
    if constraints:
        f["constraints"] = constraints
    if c.unit:
        f["unit"] = c.unit
    return f


def resource(table: str, present: list[str]) -> dict:
    schema = {"fields": [field_descriptor(c) for c in declared.TABLES[table]], "missingValues": [""]}
    keys = [{"fields": cols, "reference": {"resource": ref, "fields": ref_cols}}
            for cols, ref, ref_cols in _FOREIGN_KEYS.get(table, []) if ref in present]
    if keys:
        schema["foreignKeys"] = keys
    return {"name": table, "path": f"{table}.parquet", "format": "parquet",
            "mediatype": "application/vnd.apache.parquet", "profile": "tabular-data-resource",
            "description": _TITLES.get(table, table), "schema": schema}


def descriptor(tables: list[str], version: str) -> dict:
    """The datapackage.json of an output folder holding these tables."""
    names = [t for t in declared.TABLES if t in tables]
    return {
        "profile": "tabular-data-package",
        "name": "minsheng-output",
        "title": "Statistics from Chinese local reports on livelihood programs",
        "version": version,
        "resources": [resource(t, names) for t in names],
    }
