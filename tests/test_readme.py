"""The README's examples run: every python block (in one namespace, in order) and every sql
statement (with DuckDB) on the output of the sample pages, and the joins they show are right."""
from __future__ import annotations

import re

import duckdb
import pandas as pd
import pytest

from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def _blocks(lang: str) -> list[str]:
    return re.findall(rf"```{lang}\n(.*?)```", README, flags=re.S)


@pytest.fixture()
def in_sample_checkout(sample_run, tmp_path, monkeypatch):
    """A folder where data/out holds the sample run's tables, as in a checkout after make extract."""
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "out").symlink_to(sample_run, target_is_directory=True)
    monkeypatch.chdir(tmp_path)
    return sample_run


def test_the_readme_has_python_and_sql_examples():
    assert len(_blocks("python")) >= 2 and len(_blocks("sql")) >= 1


def test_python_blocks_run_and_their_joins_keep_one_row_per_mention(in_sample_checkout):
    ns: dict = {}
    for block in _blocks("python"):
        exec(compile(block, "README.md", "exec"), ns)
    n = len(ns["mentions"])
    assert n > 1000
    assert len(ns["with_docs"]) == n and len(ns["with_sentences"]) == n
    assert ns["with_sentences"]["sentence"].notna().all()
    # the pivot holds levels of one measure: one fact per region and month, no averaging
    insured = ns["insured"]
    assert (insured["change"] == "").all() and not insured.duplicated(["region", "period_end"]).any()
    table = insured.pivot(index="region", columns="period_end", values="value")
    assert table.notna().sum().sum() == len(insured)


def test_sql_blocks_run_with_duckdb_and_count_right(in_sample_checkout):
    statements = [s.strip() for block in _blocks("sql") for s in block.split(";") if s.strip()]
    assert statements
    results = [duckdb.sql(s).df() for s in statements]
    mentions = pd.read_parquet(in_sample_checkout / "mentions.parquet")
    docs = pd.read_parquet(in_sample_checkout / "documents.parquet")
    by_unit, counts = results[0], results[1]
    assert len(by_unit) == (mentions["unit"] == "人次").sum()
    assert by_unit["sentence"].notna().all()
    merged = counts.merge(docs[["doc", "n_mentions"]], on="doc", validate="one_to_one")
    assert (merged["n"] == merged["n_mentions"]).all() and len(merged) == len(docs)
