"""Large collections: facts merged in bounded memory, workers by default, partitioned tables,
incremental re-runs and the progress display all give the tables of a plain full run."""
from __future__ import annotations

import io
import shutil
from pathlib import Path

import duckdb
import pandas as pd
import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from extract.cli import app
from extract.document import process_document
from extract.facts import merge_facts
from extract.candidates import candidate, keyed
from extract.merge import FactMerger
from extract.reading import decode
from extract.records import DocMeta, ManifestRow
from extract.run import run
from tests.conftest import RAW

TABLES = ("documents", "mentions", "facts", "sentences")
runner = CliRunner()


def _rows(out: Path) -> dict[str, list[dict]]:
    return {t: pq.read_table(out / f"{t}.parquet").to_pylist() for t in TABLES}


def _copy_raw(dest: Path, names: list[str] | None = None) -> Path:
    dest.mkdir(parents=True)
    for p in sorted(RAW.glob("*.txt")):
        if names is None or p.name in names:
            shutil.copyfile(p, dest / p.name)
    lines = (RAW / "manifest.csv").read_text(encoding="utf-8").splitlines()
    kept = [ln for ln in lines[1:] if (dest / ln.split(",")[0]).exists()]
    (dest / "manifest.csv").write_text("\n".join(lines[:1] + kept) + "\n", encoding="utf-8")
    return dest


def _candidates() -> list:
    """Fact candidates of the sample pages, each page twice under two names, so that facts have
    support in several documents and evidence ties are broken by arrival."""
    out = []
    for p in sorted(RAW.glob("*.txt"))[:10]:
        decoded = decode(p.read_bytes())
        for name in (p.name, f"copy/{p.name}"):
            r = process_document(decoded, DocMeta(name, str(p), ManifestRow(published="2025-11"), name))
            out.extend(r.facts)
    return out


def test_the_streaming_merge_gives_merge_facts_rows_even_when_spilled_to_disk(tmp_path, monkeypatch):
    import extract.merge

    cands = _candidates()
    expected = merge_facts(cands)
    assert len(expected) > 100 and any(r["n_mentions"] > 1 for r in expected)
    monkeypatch.setattr(extract.merge, "FAN_IN", 4)  # runs are merged in two passes
    monkeypatch.setattr(extract.merge, "CHUNK", 5)
    merger = FactMerger(tmp_path / "spill", spill_at=37)
    for i in range(0, len(cands), 11):  # documents arrive a few candidates at a time
        merger.add([keyed(candidate(m)) for m in cands[i:i + 11]])
    assert len(merger.runs) > 8  # the sorted runs on disk were merged
    got = [dict(zip(cols, row)) for cols in merger.fact_columns() for row in zip(*cols.values())]
    assert merger.written > len(merger.runs)  # some runs were merged into longer ones first
    merger.close()
    assert not (tmp_path / "spill").exists()
    assert [{k: v for k, v in r.items() if k != "corrected"} for r in got] == expected
    assert not any(r["corrected"] for r in got)


def test_a_candidates_fact_id_is_that_of_its_key():
    """The facts rows take a fact's id from its evidence's candidate (made in the worker)."""
    from extract.facts import fact_id, fact_key

    cands = [candidate(m) for m in _candidates()]
    assert cands and all(c.fact_id == fact_id(fact_key(c)) for c in cands)


def test_a_run_that_spills_writes_the_same_tables(tmp_path, monkeypatch):
    import extract.merge

    run([RAW], tmp_path / "whole", workers=1)
    monkeypatch.setattr(extract.merge, "SPILL_AT", 50)
    monkeypatch.setattr(extract.merge.FactMerger.__init__, "__defaults__", (50,))
    run([RAW], tmp_path / "spilled", workers=1)
    assert _rows(tmp_path / "spilled") == _rows(tmp_path / "whole")
    assert not list((tmp_path / "spilled" / ".minsheng").rglob("spill"))  # nothing left behind


def test_workers_default_to_the_cores_available(tmp_path, monkeypatch):
    import extract.run as run_module

    seen = []
    real = run_module.Pool

    class Spy(real):
        def __init__(self, workers, budget_s, corrected):
            seen.append(workers)
            super().__init__(workers, budget_s, corrected)

    monkeypatch.setattr(run_module, "Pool", Spy)
    monkeypatch.setattr(run_module, "available_cores", lambda: 3)
    src = _copy_raw(tmp_path / "in", ["101_santai_202512.txt"])
    assert runner.invoke(app, ["extract", str(src), "--out", str(tmp_path / "o")]).exit_code == 0
    assert seen == [3]


def test_partitioned_tables_hold_the_same_rows_and_read_as_one(tmp_path):
    run([RAW], tmp_path / "one", workers=1)
    result = runner.invoke(app, ["extract", str(RAW), "--out", str(tmp_path / "parts"), "--part-rows", "100",
                                 "--workers", "2"])
    assert result.exit_code == 0, result.output
    parts = sorted((tmp_path / "parts" / "mentions.parquet").glob("*.parquet"))
    assert len(parts) > 5 and [pq.read_metadata(p).num_rows for p in parts[:-1]] == [100] * (len(parts) - 1)
    assert _rows(tmp_path / "parts") == _rows(tmp_path / "one")
    assert pd.read_parquet(tmp_path / "parts" / "mentions.parquet").equals(
        pd.read_parquet(tmp_path / "one" / "mentions.parquet"))
    n = duckdb.sql(f"SELECT count(*) FROM '{tmp_path / 'parts' / 'mentions.parquet'}/*.parquet'").fetchall()[0][0]
    assert n == len(pd.read_parquet(tmp_path / "one" / "mentions.parquet"))


def _edit(src: Path) -> None:
    """A changed page, a removed one, a new one, a changed manifest row."""
    changed = src / "102_liling_202511.txt"
    changed.write_text(decode(changed.read_bytes()).text.replace("2", "3"), encoding="utf-8")
    (src / "104_jianghua_202506.txt").unlink()
    (src / "sub").mkdir()
    shutil.copyfile(RAW / "104_jianghua_202506.txt", src / "sub" / "new.txt")
    manifest = (src / "manifest.csv").read_text(encoding="utf-8").splitlines()
    manifest = [ln for ln in manifest if not ln.startswith("104_")]
    manifest = [ln.replace(",2025-07", ",2025-08") if ln.startswith("107_") else ln for ln in manifest]
    (src / "manifest.csv").write_text("\n".join(manifest) + "\n", encoding="utf-8")


def test_an_incremental_run_extracts_only_what_changed_and_writes_a_full_runs_tables(tmp_path):
    src = _copy_raw(tmp_path / "in")
    out = tmp_path / "out"
    first = run([src], out, workers=1)
    assert first.reused == 0
    again = run([src], out, workers=1)
    assert again.reused == again.documents == first.documents
    assert _rows(out) == _rows(tmp_path / "out") and again.mentions == first.mentions
    _edit(src)
    third = run([src], out, workers=2)
    assert third.documents == first.documents  # one removed, one added
    assert third.reused == third.documents - 3  # extracted: the changed page, the new one, the new manifest row
    full = run([src], tmp_path / "full", workers=1)
    assert _rows(out) == _rows(tmp_path / "full")
    for t in TABLES:  # row groups fall where a full run puts them: the files are the same bytes
        assert (out / f"{t}.parquet").read_bytes() == (tmp_path / "full" / f"{t}.parquet").read_bytes()
    assert full.reused == 0


def test_force_and_a_new_rules_version_extract_everything_again(tmp_path, monkeypatch):
    import extract.incremental as incremental

    src = _copy_raw(tmp_path / "in", ["101_santai_202512.txt", "102_liling_202511.txt"])
    out = tmp_path / "out"
    run([src], out, workers=1)
    assert run([src], out, workers=1, force=True).reused == 0
    assert run([src], out, workers=1).reused == 2
    monkeypatch.setattr(incremental, "rules_version", lambda: "another")
    assert run([src], out, workers=1).reused == 0
    result = runner.invoke(app, ["extract", str(src), "--out", str(out), "--force"])
    assert result.exit_code == 0 and "reused" not in result.output


def test_the_rules_version_covers_code_word_lists_and_gazetteer():
    from extract.incremental import _CODE, rules_version

    assert set(_CODE) == {"extract", "rules", "schemas"}
    assert len(rules_version()) == 16
    root = Path(__file__).resolve().parents[1]
    assert (root / "rules" / "wordlists").is_dir() and (root / "rules" / "gazetteer" / "divisions.parquet").exists()


def test_a_document_with_corrections_is_always_extracted_again(tmp_path):
    src = _copy_raw(tmp_path / "in", ["101_santai_202512.txt", "102_liling_202511.txt"])
    out = tmp_path / "out"
    run([src], out, workers=1)
    m = pd.read_parquet(out / "mentions.parquet")
    first = m[m.fact_id.notna()].iloc[0]
    fixes = tmp_path / "fixes.csv"
    docs = pd.read_parquet(out / "documents.parquet").set_index("doc_id")
    fixes.write_text("content_hash,start,end,text,action,field,value,note\n"
                     f"{docs.content_hash[first.doc_id]},{first.start},{first.end},{first.text},drop,,,\n",
                     encoding="utf-8")
    corrected = run([src], out, workers=1, corrections=fixes)
    assert corrected.reused == 1
    full = run([src], tmp_path / "full", workers=1, corrections=fixes)
    assert _rows(out) == _rows(tmp_path / "full") and full.reused == 0
    assert pd.read_parquet(out / "facts.parquet")["corrected"].any()
    assert run([src], out, workers=1).reused == 1  # the corrected one again, now without its fix
    assert _rows(out) == _rows(tmp_path / "out") and not pd.read_parquet(out / "facts.parquet")["corrected"].any()


def test_an_incremental_run_reads_a_partitioned_previous_set(tmp_path):
    src = _copy_raw(tmp_path / "in")
    out = tmp_path / "out"
    run([src], out, workers=1, part_rows=64)
    (src / "101_santai_202512.txt").unlink()
    again = run([src], out, workers=1, part_rows=64, lenient=True)
    assert again.reused == again.documents
    run([src], tmp_path / "full", workers=1, part_rows=64, lenient=True)
    assert _rows(out) == _rows(tmp_path / "full")


def test_progress_is_a_bar_on_a_terminal_and_one_line_elsewhere(tmp_path):
    from extract.progress import Bar, for_stream

    src = _copy_raw(tmp_path / "in", ["101_santai_202512.txt", "102_liling_202511.txt"])
    screen = io.StringIO()
    bar = Bar(screen, force_terminal=True)
    summary = run([src], tmp_path / "out", workers=1, progress=bar)
    drawn = screen.getvalue()
    assert "2/2" in drawn and f"{summary.mentions} mentions" in drawn and "0 errors" in drawn
    assert "chars/s" in drawn
    assert for_stream(io.StringIO()) is None  # not a terminal: nothing drawn
    result = runner.invoke(app, ["extract", str(src), "--out", str(tmp_path / "o2")])
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"2 documents (0 with errors), {summary.mentions} mentions")
    assert "characters/s" in lines[0]


def test_the_scheduler_option_needs_the_dask_engine(tmp_path):
    src = _copy_raw(tmp_path / "in", ["101_santai_202512.txt"])
    result = runner.invoke(app, ["extract", str(src), "--out", str(tmp_path / "o"), "--scheduler", "tcp://x:1"])
    assert result.exit_code == 2
    assert result.output.strip() == "minsheng: error: --scheduler needs --engine dask"
    assert not (tmp_path / "o").exists()


@pytest.mark.parametrize("args,message", [
    (["--part-rows", "0"], "minsheng: error: --part-rows 0: give at least 1"),
    (["--engine", "spark"], "minsheng: error: --engine spark: give local or dask"),
])
def test_scale_options_are_checked(tmp_path, args, message):
    src = _copy_raw(tmp_path / "in", ["101_santai_202512.txt"])
    result = runner.invoke(app, ["extract", str(src), "--out", str(tmp_path / "o"), *args])
    assert result.exit_code == 2 and result.output.strip() == message
