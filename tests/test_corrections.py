"""Corrections that stick: set a field, drop a row, add a missed figure — on every run."""
import csv

import pandas as pd
import pytest
from typer.testing import CliRunner

from extract.cli import app
from extract.corrections import Corrections, load_corrections
from extract.errors import CorrectionsError
from extract.run import run

runner = CliRunner()
# invented text: a county report with four figures
PAGE = ("\n本报讯 截至2025年10月，交城县城乡居民医保参保人数达41256人，参保率96.12%。"
        "今年以来，全县医疗救助支出488.93万元，惠及群众约一千户。\n")


def _src(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text(PAGE, encoding="utf-8")
    (src / "manifest.csv").write_text("file,home_region,home_region_code,published\n"
                                      "a.txt,吕梁市,141100,2025-11\n", encoding="utf-8")
    return src


def _write(path, rows, key="content_hash"):
    with open(path, "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, [key, "start", "end", "text", "action", "field", "value", "note"])
        w.writeheader()
        for r in rows:
            w.writerow(r)
    return path


def _at(mentions, text):
    row = mentions[mentions["text"] == text].iloc[0]
    return {"content_hash": row["content_hash"], "start": int(row["start"]), "end": int(row["end"]), "text": text}


@pytest.fixture()
def first_run(tmp_path):
    src = _src(tmp_path)
    out = tmp_path / "out0"
    run([src], out)
    docs = pd.read_parquet(out / "documents.parquet")[["doc_id", "content_hash"]]
    return src, pd.read_parquet(out / "mentions.parquet").merge(docs, on="doc_id", validate="many_to_one")


def test_set_drop_and_add_apply_and_are_reported(tmp_path, first_run):
    src, mentions = first_run
    assert "41256人" in set(mentions["text"]) and "488.93万元" in set(mentions["text"])
    key = mentions["content_hash"].iloc[0]
    add_start = PAGE.index("一千户")  # the rules read 约一千户: replaced by a span of our own
    fixes = _write(tmp_path / "c.csv", [
        {**_at(mentions, "41256人"), "action": "set", "field": "value", "value": "41265"},
        {**_at(mentions, "41256人"), "action": "set", "field": "region", "value": "文水县"},
        {**_at(mentions, "96.12%"), "action": "drop"},
        {**_at(mentions, "约一千户"), "action": "drop"},
        {"content_hash": key, "start": add_start, "end": add_start + 3, "text": PAGE[add_start:add_start + 3],
         "action": "add", "field": "value", "value": "1000"},
        {"content_hash": key, "start": add_start, "end": add_start + 3, "action": "add", "field": "unit", "value": "户"},
        {"content_hash": key, "start": add_start, "end": add_start + 3, "action": "add", "field": "qualifier",
         "value": "approx"},
        {"content_hash": "0000000000000000", "start": 1, "end": 2, "action": "drop"},  # another run's document
        {"content_hash": key, "start": 0, "end": 1, "action": "", "note": "a template line: no action"},
    ])
    out = tmp_path / "out"
    result = runner.invoke(app, ["extract", str(src), "--out", str(out), "--corrections", str(fixes)])
    assert result.exit_code == 0, result.output
    m = pd.read_parquet(out / "mentions.parquet").set_index("text")
    assert m.loc["41256人", "value"] == 41265
    assert m.loc["41256人", "region"] == "文水县" and m.loc["41256人", "region_code"] == "141121"
    assert "96.12%" not in m.index and "约一千户" not in m.index
    added = m.loc[PAGE[add_start:add_start + 3]]
    assert (added["value"], added["unit"], added["qualifier"], added["rule"]) == (1000, "户", "approx", "correction")
    sentences = pd.read_parquet(out / "sentences.parquet").set_index(["doc_id", "sentence_start"])
    assert "一千户" in sentences.loc[(added["doc_id"], added["sentence_start"]), "sentence"]
    docs = pd.read_parquet(out / "documents.parquet")
    assert docs["n_corrected"].tolist() == [7]
    assert docs["n_mentions"].tolist() == [len(m)]
    facts = pd.read_parquet(out / "facts.parquet")
    corrected = facts[facts["corrected"]]
    assert set(corrected["text"]) >= {"41256人"}, corrected
    assert 41265 in set(corrected["value"])
    assert not facts[~facts["corrected"]]["text"].isin(["41256人"]).any()
    # applied again on a re-run: the same tables
    again = tmp_path / "again"
    assert runner.invoke(app, ["extract", str(src), "--out", str(again), "--corrections", str(fixes)]).exit_code == 0
    for t in ("documents", "mentions", "facts"):
        assert (out / f"{t}.parquet").read_bytes() == (again / f"{t}.parquet").read_bytes()


def test_without_corrections_nothing_is_marked(first_run, tmp_path):
    src, _ = first_run
    out = tmp_path / "plain"
    run([src], out)
    assert pd.read_parquet(out / "documents.parquet")["n_corrected"].tolist() == [0]
    assert not pd.read_parquet(out / "facts.parquet")["corrected"].any()


def test_a_stale_line_stops_the_run_naming_it(tmp_path, first_run):
    src, mentions = first_run
    wrong = {**_at(mentions, "41256人"), "action": "set", "field": "unit", "value": "户"}
    wrong["end"] -= 1  # the span the rules no longer produce
    fixes = _write(tmp_path / "c.csv", [wrong])
    result = runner.invoke(app, ["extract", str(src), "--out", str(tmp_path / "o"), "--corrections", str(fixes)])
    assert result.exit_code == 2
    assert result.output.startswith("minsheng: error: ") and "c.csv:2" in result.output
    assert "no mention" in result.output and "Traceback" not in result.output


@pytest.mark.parametrize("row,message", [
    ({"action": "replace"}, "action 'replace'"),
    ({"action": "set", "field": "sentence", "value": "x"}, "cannot be corrected"),
    ({"action": "set", "field": "qualifier", "value": "roughly"}, "not one of"),
    ({"action": "set", "field": "period_end", "value": "2025-13"}, "does not have the form"),
    ({"action": "set", "field": "value", "value": "many"}, "not a number"),
    ({"action": "set", "field": "region", "value": "不存在县"}, "not in the gazetteer"),
    ({"action": "add", "field": "value", "value": "3"}, "needs unit"),
    ({"start": "x", "action": "drop"}, "whole numbers"),
])
def test_bad_lines_are_named(tmp_path, row, message):
    base = {"content_hash": "abc", "start": "1", "end": "4", "text": "", "field": "", "value": ""}
    path = _write(tmp_path / "bad.csv", [{**base, **row}])
    with pytest.raises(CorrectionsError) as exc:
        load_corrections(path)
    assert message in str(exc.value) and "bad.csv:2" in str(exc.value)


def test_two_actions_on_one_figure_are_refused(tmp_path):
    base = {"content_hash": "abc", "start": "1", "end": "4"}
    path = _write(tmp_path / "c.csv", [{**base, "action": "drop"},
                                       {**base, "action": "set", "field": "unit", "value": "人"}])
    with pytest.raises(CorrectionsError, match="same figure"):
        load_corrections(path)


def test_missing_columns_and_no_file(tmp_path):
    (tmp_path / "c.csv").write_text("doc,start\nx,1\n", encoding="utf-8")
    with pytest.raises(CorrectionsError, match="no column content_hash"):
        load_corrections(tmp_path / "c.csv")
    with pytest.raises(CorrectionsError, match="cannot read"):
        load_corrections(tmp_path / "missing.csv")
    assert len(load_corrections(None)) == 0 and isinstance(load_corrections(None), Corrections)


def test_a_line_follows_the_content_wherever_the_file_lies_and_old_doc_id_files_still_apply(tmp_path, first_run):
    src, mentions = first_run
    moved = tmp_path / "moved"
    (moved / "sub").mkdir(parents=True)
    only = next(src.glob("*.txt"))
    (moved / "sub" / "renamed.txt").write_bytes(only.read_bytes())
    for key in ("content_hash", "doc_id"):  # doc_id: a file written when it was the content hash
        row = {**_at(mentions, "41256人"), "action": "set", "field": "value", "value": "41265"}
        row[key] = row.pop("content_hash")
        fixes = _write(tmp_path / f"{key}.csv", [row], key=key)
        out = tmp_path / f"out-{key}"
        run([moved], out, corrections=fixes)
        m = pd.read_parquet(out / "mentions.parquet").set_index("text")
        assert m.loc["41256人", "value"] == 41265
        assert pd.read_parquet(out / "documents.parquet")["n_corrected"].tolist() == [1]
