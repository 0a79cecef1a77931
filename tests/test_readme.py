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
    assert insured["change"].isna().all() and not insured.duplicated(["region", "period_end"]).any()
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


# ------------------------------------------------------------------ the error table

def _table_fragments() -> list[list[str]]:
    """Literal parts (between …) of every `message` in the README's error table."""
    section = README.split("## When something goes wrong", 1)[1].split("\n## ", 1)[0]
    fragments = []
    for line in section.splitlines():
        cells = line.split(" | ")
        if line.startswith("| ") and len(cells) >= 3:
            for piece in re.findall(r"`([^`]+)`", cells[1]):
                parts = [p.strip() for p in piece.split("…") if p.strip()]
                if sum(map(len, parts)) >= 10:
                    fragments.append(parts)
    return fragments


def _documented(message: str, fragments) -> bool:
    for parts in fragments:
        at = 0
        for part in parts:
            at = message.find(part, at)
            if at < 0:
                break
            at += len(part)
        else:
            return True
    return False


def _messages(tmp_path, monkeypatch) -> list[str]:
    """What a user sees across the ways a run goes wrong (each produced for real)."""
    import errno
    import os

    import extract.pool as pool
    from extract.errors import MinshengError
    from extract.run import run
    from extract.writer import OutputSet, output_error
    from tests.test_inputs import BAD_ROWS, HEADER

    seen: list[str] = []
    src = tmp_path / "odd"
    (src / "elsewhere").mkdir(parents=True)
    for name, data in {"a.txt": "本报讯 全县参保1万人。", "binary.txt": bytes(range(256)) * 40,
                       "big5.txt": ("臺灣的醫療保險制度與長期照護服務。" * 40).encode("big5"),
                       "unknown.txt": bytes(range(128, 256)) * 4, "notes.md": "x",
                       "elsewhere/x.txt": "全县参保2万人。", "big.txt": "全县" * 200_000}.items():
        (src / name).write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    (src / "linked").symlink_to(src / "elsewhere", target_is_directory=True)
    (src / "also.txt").symlink_to(src / "elsewhere" / "x.txt")
    (src / "loop").symlink_to(src, target_is_directory=True)
    (src / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    (src / "gone.md").symlink_to(tmp_path / "nowhere.md")
    os.mkfifo(src / "pipe.txt")
    monkeypatch.setattr(pool, "MAX_FILE_BYTES", 2**20)
    summary = run([src], tmp_path / "out", warn=seen.append)
    seen += summary.error_messages
    # over the budget, inside a worker
    slow = tmp_path / "slow"
    slow.mkdir()
    (slow / "a.txt").write_text("全县参保1万人。", encoding="utf-8")
    seen += run([slow], tmp_path / "out2", budget=1e-9).error_messages
    # the manifest, row by row, strict and lenient
    for row, _ in BAD_ROWS:
        m = tmp_path / f"m{len(seen)}"
        m.mkdir()
        for name in ("a.txt", "b.txt"):
            (m / name).write_text("全县参保1万人。", encoding="utf-8")
        (m / "manifest.csv").write_text(HEADER + "a.txt,绵阳市,510700,2025-11\n" + row, encoding="utf-8")
        try:
            run([m], tmp_path / "o3")
        except MinshengError as exc:
            seen.append(str(exc))
        seen += run([m], tmp_path / "o3", lenient=True).warnings
    # the output folder
    held = OutputSet(tmp_path / "held").open()
    try:
        OutputSet(tmp_path / "held").open()
    except MinshengError as exc:
        seen.append(str(exc))
    held.abort()
    (tmp_path / "file").write_text("x")
    try:
        run([slow], tmp_path / "file" / "out")
    except MinshengError as exc:
        seen.append(str(exc))
    for code in (errno.ENOSPC, errno.EACCES, errno.EFBIG):
        seen.append(str(output_error("cannot write x.parquet", OSError(code, os.strerror(code)))))
    return seen


def test_every_message_a_user_can_see_is_in_the_readme_error_table(tmp_path, monkeypatch):
    fragments = _table_fragments()
    messages = _messages(tmp_path, monkeypatch)
    assert len(messages) > 30
    missing = [m for m in messages if not _documented(m, fragments)]
    assert not missing, "not in the README's error table:\n" + "\n".join(missing)


def test_every_status_is_in_the_readme_error_table():
    from schemas.tables import STATUSES

    section = README.split("## When something goes wrong", 1)[1].split("\n## ", 1)[0]
    for status in STATUSES:
        assert f"| `documents.status` | `{status}`" in section
