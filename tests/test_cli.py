"""The CLI end to end: tables written, bad files recorded, clean errors, identical reruns."""
import pandas as pd
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
