"""Conventions of the written tables: nulls for "not known", meanings in the Parquet field
metadata and in datapackage.json, Chinese labels, the same numbers for the gold scorer."""
import json

import pandas as pd
import pyarrow.parquet as pq

from schemas import tables as declared


def test_not_known_is_null_never_empty_string(sample_run):
    for table in ("documents", "mentions", "facts", "labels"):
        df = pd.read_parquet(sample_run / f"{table}.parquet")
        for c in declared.TABLES[table]:
            if c.type == "string":
                assert not (df[c.name] == "").any(), f"{table}.{c.name} has ''"
            elif c.optional:  # a number that may be unknown is null then, and known somewhere
                assert df[c.name].isna().any() and df[c.name].notna().any(), f"{table}.{c.name}"
            else:
                assert not df[c.name].isna().any(), f"{table}.{c.name} has nulls"
    facts = pd.read_parquet(sample_run / "facts.parquet")
    assert facts["change"].isna().any() and facts["change"].notna().any()


def test_every_field_carries_its_meaning(sample_run):
    for table, cols in declared.TABLES.items():
        schema = pq.read_schema(sample_run / f"{table}.parquet")
        for c in cols:
            meta = schema.field(c.name).metadata
            assert meta[b"description"].decode() == c.meaning
            if c.unit:
                assert meta[b"unit"].decode() == c.unit


def test_datapackage_describes_every_table_and_column(sample_run):
    dp = json.loads((sample_run / "datapackage.json").read_text(encoding="utf-8"))
    assert dp["profile"] == "tabular-data-package"
    by_name = {r["name"]: r for r in dp["resources"]}
    assert set(by_name) == set(declared.TABLES)
    for table, cols in declared.TABLES.items():
        res = by_name[table]
        assert (sample_run / res["path"]).exists()
        fields = {f["name"]: f for f in res["schema"]["fields"]}
        assert list(fields) == declared.columns(table)
        for c in cols:
            assert fields[c.name]["description"] == c.meaning
    program = {f["name"]: f for f in by_name["facts"]["schema"]["fields"]}["program"]
    assert "resident_medical_insurance" in program["constraints"]["enum"]
    assert {"value": "resident_medical_insurance", "label": "城乡居民基本医疗保险"} in program["categories"]
    start = {f["name"]: f for f in by_name["mentions"]["schema"]["fields"]}["start"]
    assert start["unit"] == "code points" and start["type"] == "integer"
    assert by_name["mentions"]["schema"]["foreignKeys"][0]["reference"]["resource"] == "documents"


def test_labels_cover_every_code_in_the_tables(sample_run):
    labels = pd.read_parquet(sample_run / "labels.parquet")
    known = set(zip(labels["column"], labels["code"]))
    facts = pd.read_parquet(sample_run / "facts.parquet")
    for col in ("domain", "program", "metric", "qualifier", "change", "period_kind"):
        for code in facts[col].dropna().unique():
            assert (col, code) in known, (col, code)
    assert dict(zip(labels["code"], labels["label"]))["medical_security"] == "医疗保障"


def test_facts_name_what_is_counted_subject_not_item(sample_run):
    facts = pd.read_parquet(sample_run / "facts.parquet")
    assert "subject" in facts.columns and "item" not in facts.columns
