"""The CLI end to end: tables written, bad files recorded, clean errors, identical reruns."""
import pandas as pd
import pytest
import pyarrow.parquet as pq
from typer.testing import CliRunner

from extract.cli import app

runner = CliRunner()
GOOD = "\n\n本报讯 全县参保人数达41256人，参保率96.12%。\n"


def _folder(tmp_path):
    src = tmp_path / "in"
    (src / "sub").mkdir(parents=True)
    (src / "a.txt").write_text(GOOD, encoding="utf-8")
    (src / "sub" / "b.txt").write_bytes(GOOD.encode("gb18030"))
    (src / "broken.txt").write_bytes(bytes(range(128, 256)) * 4)
    (src / "manifest.csv").write_text(
        "file,home_region,home_region_code,published\na.txt,绵阳市,510700,2025-11\n", encoding="utf-8")
    return src


def test_extract_writes_three_tables_and_records_bad_files(tmp_path):
    src, out = _folder(tmp_path), tmp_path / "out"
    result = runner.invoke(app, ["extract", str(src), "--out", str(out)])
    assert result.exit_code == 0, result.output
    docs = pd.read_parquet(out / "documents.parquet")
    assert list(docs["doc"]) == ["a.txt", "broken.txt", "sub/b.txt"]
    assert dict(zip(docs["doc"], docs["status"])) == {"a.txt": "ok", "broken.txt": "error", "sub/b.txt": "ok"}
    assert "UTF-8" in docs.set_index("doc").loc["broken.txt", "error"]
    assert docs.set_index("doc").loc["sub/b.txt", "encoding"] == "gb18030"
    assert docs.set_index("doc").loc["a.txt", "published"] == "2025-11"
    mentions = pd.read_parquet(out / "mentions.parquet")
    assert sorted(mentions["text"]) == ["41256人", "41256人", "96.12%", "96.12%"]
    assert (out / "facts.parquet").exists()
    meta = pq.read_schema(out / "mentions.parquet").metadata
    assert b"minsheng_version" in meta


def test_strict_fails_when_a_file_is_bad(tmp_path):
    result = runner.invoke(app, ["extract", str(_folder(tmp_path)), "--out", str(tmp_path / "o"), "--strict"])
    assert result.exit_code == 1


def test_missing_input_is_one_clean_line(tmp_path):
    result = runner.invoke(app, ["extract", str(tmp_path / "nope"), "--out", str(tmp_path / "o")])
    assert result.exit_code == 2
    assert result.output.strip().startswith("minsheng: error: input not found")
    assert "Traceback" not in result.output


def test_unwritable_output_is_one_clean_line(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    result = runner.invoke(app, ["extract", str(_folder(tmp_path)), "--out", str(blocker / "out")])
    assert result.exit_code == 2
    assert "minsheng: error: cannot create output folder" in result.output


def test_bad_manifest_names_line(tmp_path):
    src = _folder(tmp_path)
    (src / "manifest.csv").write_text("file,published\na.txt,Nov 2025\n", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(src), "--out", str(tmp_path / "o")])
    assert result.exit_code == 2
    assert "manifest.csv:2" in result.output


def test_same_input_gives_identical_tables(tmp_path):
    src = _folder(tmp_path)
    for name in ("o1", "o2"):
        assert runner.invoke(app, ["extract", str(src), "--out", str(tmp_path / name)]).exit_code == 0
    for table in ("documents", "mentions", "facts"):
        a = (tmp_path / "o1" / f"{table}.parquet").read_bytes()
        b = (tmp_path / "o2" / f"{table}.parquet").read_bytes()
        assert a == b, table


def test_worker_processes_give_the_same_tables(tmp_path):
    src = _folder(tmp_path)
    assert runner.invoke(app, ["extract", str(src), "--out", str(tmp_path / "one")]).exit_code == 0
    assert runner.invoke(app, ["extract", str(src), "--out", str(tmp_path / "two"), "--workers", "2"]).exit_code == 0
    for table in ("documents", "mentions", "facts"):
        assert (tmp_path / "one" / f"{table}.parquet").read_bytes() == (tmp_path / "two" / f"{table}.parquet").read_bytes()


def test_an_internal_error_on_one_page_is_recorded_and_the_run_goes_on(tmp_path, monkeypatch):
    import extract.pool as run_module

    real = run_module.process_document

    def flaky(decoded, meta, budget=None):
        if meta.doc == "a.txt":
            raise RuntimeError("boom")
        return real(decoded, meta, budget)

    monkeypatch.setattr(run_module, "process_document", flaky)
    out = tmp_path / "out"
    result = runner.invoke(app, ["extract", str(_folder(tmp_path)), "--out", str(out), "--strict"])
    assert result.exit_code == 1
    docs = pd.read_parquet(out / "documents.parquet").set_index("doc")
    assert docs.loc["a.txt", "status"] == "error"
    assert "internal error in stage 'decode': RuntimeError: boom" in docs.loc["a.txt", "error"]
    assert docs.loc["sub/b.txt", "status"] == "ok"


def test_help_reads_like_a_well_kept_cli():
    result = runner.invoke(app, ["extract", "--help"])
    assert result.exit_code == 0
    text = result.output
    assert text.startswith("Usage: ") and "extract INPUT... --out FOLDER [OPTIONS]" in text
    for fragment in ("--out FOLDER", "--manifest CSV", "--workers N", "--budget SECONDS", "--lenient",
                     "Examples:", "minsheng extract reports/ --out tables/"):
        assert fragment in text, fragment
    for noise in ("{inputs}", "<list[Path]>", "<path>", "<bool>", "<int", "│"):
        assert noise not in text, noise


def test_version_option():
    from extract import __version__

    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0 and result.output.strip() == f"minsheng {__version__}"


@pytest.mark.parametrize("args,message", [
    (["--out", ""], "minsheng: error: --out is empty; give the folder the tables should go to"),
    (["--out", "o", "--workers", "0"], "minsheng: error: --workers 0: give at least 1"),
    (["--out", "o", "--budget", "0"], "minsheng: error: --budget 0: give a number of seconds above 0"),
])
def test_arguments_are_checked(tmp_path, monkeypatch, args, message):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    result = runner.invoke(app, ["extract", "a.txt", *args])
    assert result.exit_code == 2
    assert result.output.strip() == message
    assert not list(tmp_path.glob("*.parquet"))  # nothing written into the current folder


def test_more_workers_than_cores_are_capped_with_a_note(tmp_path):
    import os

    src = _folder(tmp_path)
    result = runner.invoke(app, ["extract", str(src), "--out", str(tmp_path / "o"), "--workers", "64"])
    assert result.exit_code == 0
    cores = os.cpu_count()
    assert f"minsheng: note: --workers 64 is more than the {cores} cores here; using {cores}" in result.output


def test_identical_files_are_two_documents_with_one_content_hash(tmp_path):
    src = tmp_path / "in"
    (src / "copy").mkdir(parents=True)
    (src / "a.txt").write_text(GOOD, encoding="utf-8")
    (src / "copy" / "a.txt").write_text(GOOD, encoding="utf-8")
    out = tmp_path / "out"
    assert runner.invoke(app, ["extract", str(src), "--out", str(out)]).exit_code == 0
    docs = pd.read_parquet(out / "documents.parquet")
    mentions = pd.read_parquet(out / "mentions.parquet")
    assert docs["doc_id"].is_unique and docs["content_hash"].nunique() == 1
    joined = mentions.merge(docs[["doc_id", "doc"]], on="doc_id", suffixes=("", "_d"), validate="many_to_one")
    assert len(joined) == len(mentions) == 4
    assert (joined["doc"] == joined["doc_d"]).all()
    assert len(docs.drop_duplicates("content_hash")) == 1
