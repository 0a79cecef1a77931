"""Nothing vanishes silently: every file not read is a documents row or a warning with the
reason; manifests apply to their folder; every manifest problem names its line."""
from __future__ import annotations

import datetime
import os
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from extract.cli import app
from extract.errors import ManifestError
from extract.inputs import discover
from extract.manifest import read_manifest

GOOD = "\n\n本报讯 全县参保人数达41256人，参保率96.12%。\n"
HEADER = "file,home_region,home_region_code,published\n"


def _write(path: Path, text: str = GOOD) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def _docs(found) -> dict[str, str]:
    return {f.doc: f.problem for f in found.files}


def test_symlinked_folders_and_files_are_followed(tmp_path):
    _write(tmp_path / "elsewhere" / "x.txt")
    _write(tmp_path / "elsewhere" / "y.txt")
    _write(tmp_path / "in" / "a.txt")
    (tmp_path / "in" / "b.txt").symlink_to(tmp_path / "elsewhere" / "x.txt")
    (tmp_path / "in" / "linked").symlink_to(tmp_path / "elsewhere", target_is_directory=True)
    found = discover([tmp_path / "in"])
    assert _docs(found) == {"a.txt": "", "b.txt": "", "linked/y.txt": ""}
    # the same file reached twice is read once, and said so
    assert found.warnings == [f"{tmp_path / 'in' / 'linked' / 'x.txt'}: the same file as "
                              f"{tmp_path / 'in' / 'b.txt'}; read once"]


def test_a_link_back_into_the_folder_is_not_followed_and_said_so(tmp_path):
    _write(tmp_path / "in" / "a.txt")
    (tmp_path / "in" / "loop").symlink_to(tmp_path / "in", target_is_directory=True)
    found = discover([tmp_path / "in"])
    assert _docs(found) == {"a.txt": ""}
    assert any("not followed: a link back to the folder" in w for w in found.warnings)


def test_dangling_links_and_pipes_become_rows_with_the_reason(tmp_path):
    _write(tmp_path / "in" / "a.txt")
    (tmp_path / "in" / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    (tmp_path / "in" / "gone.md").symlink_to(tmp_path / "nowhere.md")
    os.mkfifo(tmp_path / "in" / "pipe.txt")
    found = discover([tmp_path / "in"])
    docs = _docs(found)
    assert "which leads nowhere" in docs["gone.txt"] and "fix or remove the link" in docs["gone.txt"]
    assert "not a regular file" in docs["pipe.txt"]
    assert any("gone.md: skipped: a symbolic link to" in w for w in found.warnings)


def test_unreadable_folder_is_a_warning(tmp_path, monkeypatch):
    _write(tmp_path / "in" / "a.txt")
    _write(tmp_path / "in" / "locked" / "b.txt")
    real = os.scandir

    def scandir(path):
        if Path(path).name == "locked":
            raise PermissionError(13, "Permission denied")
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
    found = discover([tmp_path / "in"])
    assert _docs(found) == {"a.txt": ""}
    assert any("locked: cannot read this folder (Permission denied); the files in it were not read" in w
               for w in found.warnings)


def test_files_not_named_txt_are_listed_in_a_warning(tmp_path):
    _write(tmp_path / "in" / "a.txt")
    for name in ("notes.md", "scan.pdf", "photo.jpg"):
        (tmp_path / "in" / name).write_bytes(b"x")
    found = discover([tmp_path / "in"])
    assert [w for w in found.warnings if "not named *.txt" in w] == [
        f"{tmp_path / 'in'}: skipped 3 files not named *.txt: notes.md, photo.jpg, scan.pdf "
        "(rename a report to *.txt to read it)"]


def test_unread_files_reach_the_documents_table(tmp_path):
    _write(tmp_path / "in" / "a.txt")
    (tmp_path / "in" / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["extract", str(tmp_path / "in"), "--out", str(out)])
    assert result.exit_code == 0, result.output
    docs = pd.read_parquet(out / "documents.parquet").set_index("doc")
    assert docs.loc["gone.txt", "status"] == "error"
    assert "which leads nowhere" in docs.loc["gone.txt", "error"]
    assert docs.loc["a.txt", "status"] == "ok"


# ------------------------------------------------------------------ manifests

def test_a_manifest_in_a_sub_folder_applies_to_its_folder(tmp_path):
    _write(tmp_path / "in" / "a.txt")
    _write(tmp_path / "in" / "sub" / "b.txt")
    _write(tmp_path / "in" / "sub" / "deeper" / "c.txt")
    _write(tmp_path / "in" / "manifest.csv", HEADER + "a.txt,绵阳市,510700,2025-11\n")
    _write(tmp_path / "in" / "sub" / "manifest.csv",
           HEADER + "b.txt,株洲市,430200,2025-10\ndeeper/c.txt,白银市,620400,2026-01\n")
    rows = {f.doc: f.manifest for f in discover([tmp_path / "in"]).files}
    assert rows["a.txt"].home_region_code == "510700"
    assert rows["sub/b.txt"].home_region_code == "430200" and rows["sub/b.txt"].published == "2025-10"
    assert rows["sub/deeper/c.txt"].home_region == "白银市"


def test_a_file_in_two_manifests_is_an_error_naming_both(tmp_path):
    _write(tmp_path / "in" / "sub" / "b.txt")
    _write(tmp_path / "in" / "manifest.csv", HEADER + "sub/b.txt,绵阳市,510700,2025-11\n")
    _write(tmp_path / "in" / "sub" / "manifest.csv", HEADER + "b.txt,株洲市,430200,2025-10\n")
    with pytest.raises(ManifestError, match=r"sub/manifest.csv:2 and in .*in/manifest.csv:2"):
        discover([tmp_path / "in"])
    found = discover([tmp_path / "in"], lenient=True)
    assert found.files[0].manifest.home_region == "株洲市"  # the nearest wins
    assert any("the nearest manifest's row is used" in w for w in found.warnings)


@pytest.mark.parametrize("written", ["2025-11", "2025-11-18", "2025/11", "2025/11/18", "2025.11", "2025年11月",
                                     "2025年11月18日", "202511", "2025-11-1"])
def test_a_publication_date_as_people_write_it_is_read_as_its_month(tmp_path, written):
    _write(tmp_path / "in" / "a.txt")
    _write(tmp_path / "in" / "manifest.csv", HEADER + f"a.txt,绵阳市,510700,{written}\n")
    assert discover([tmp_path / "in"]).files[0].manifest.published == "2025-11"


BAD_ROWS = [
    ("missing.txt,绵阳市,510700,2025-11\n", ":3: file 'missing.txt' matches no input file"),
    ("a.txt,绵阳市,510700,2025-10\n", ":3: file 'a.txt' is listed twice (first on line 2)"),
    ("b.txt,不存在市,,2025-11\n", ":3: home_region '不存在市' is not a province, prefecture or county name"),
    ("b.txt,,999999,2025-11\n", ":3: home_region_code '999999' is not a province, prefecture or county code"),
    ("b.txt,株洲市,510700,2025-11\n", ":3: home_region '株洲市' is not the unit with code 510700 (绵阳市)"),
    ("b.txt,,,0000-01\n", ":3: published '0000-01' is not a month YYYY-MM between 1949 and 2026"),
    ("b.txt,,,9999-12\n", ":3: published '9999-12' is not a month YYYY-MM between 1949 and 2026"),
    ("b.txt,,,Nov 2025\n", ":3: published 'Nov 2025' is not a month"),
    ("b.txt,,,2025-13\n", ":3: published '2025-13' is not a month"),
    ("b.txt,,,2025-11-18-3\n", ":3: published '2025-11-18-3' is not a month"),
    ("b.txt,,,2025-11,extra\n", ":3: more fields than columns"),
    (",绵阳市,,\n", ":3: no file name"),
]


@pytest.mark.parametrize("row,message", BAD_ROWS, ids=[m.split(": ", 1)[1][:30] for _, m in BAD_ROWS])
def test_every_manifest_problem_names_its_line(tmp_path, row, message):
    _write(tmp_path / "in" / "a.txt")
    _write(tmp_path / "in" / "b.txt")
    manifest = _write(tmp_path / "in" / "manifest.csv", HEADER + "a.txt,绵阳市,510700,2025-11\n" + row)
    today = datetime.date(2025, 6, 1)
    import extract.manifest as m

    real = m.read_manifest
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr("extract.inputs.read_manifest", lambda *a, **k: real(*a, **k, today=today))
        with pytest.raises(ManifestError) as exc:
            discover([tmp_path / "in"])
        assert f"{manifest}{message}" in str(exc.value)
        assert "--lenient" in str(exc.value)
        found = discover([tmp_path / "in"], lenient=True)  # the same problem, as a warning
        assert any(f"{manifest}{message}" in w for w in found.warnings)
        assert {f.doc for f in found.files} == {"a.txt", "b.txt"}


@pytest.mark.parametrize("header,hint", [
    ("file,home_region,home_region_code,publshed\n", "unknown column 'publshed'; did you mean 'published'?"),
    ("file, published\n", "unknown column ' published'; did you mean 'published'?"),
    ("file,colour\n", "unknown column 'colour'; the columns are file,home_region,home_region_code,published"),
])
def test_unknown_or_misspelled_columns_are_errors(tmp_path, header, hint):
    manifest = _write(tmp_path / "manifest.csv", header + "a.txt,2025-11\n")
    with pytest.raises(ManifestError, match="manifest.csv:1: " + hint.replace("?", r"\?")):
        read_manifest(manifest)
    warnings = []
    read_manifest(manifest, lenient=True, warn=warnings.append)
    assert any("unknown column" in w and w.endswith("ignored") for w in warnings)


def test_the_cli_says_the_manifest_line_in_one_line(tmp_path):
    _write(tmp_path / "in" / "a.txt")
    _write(tmp_path / "in" / "manifest.csv", HEADER + "a.txt,绵阳市,510700,2025-11\nghost.txt,,,\n")
    result = CliRunner().invoke(app, ["extract", str(tmp_path / "in"), "--out", str(tmp_path / "o")])
    assert result.exit_code == 2
    assert result.output.strip().splitlines() == [
        f"minsheng: error: {tmp_path / 'in' / 'manifest.csv'}:3: file 'ghost.txt' matches no input file; "
        "fix the name or remove the row (or run with --lenient)"]
    lenient = CliRunner().invoke(app, ["extract", str(tmp_path / "in"), "--out", str(tmp_path / "o"), "--lenient"])
    assert lenient.exit_code == 0
    assert "minsheng: warning: " in lenient.output and "ghost.txt' matches no input file; ignored" in lenient.output


def test_the_sample_manifests_pass_every_check():
    from tests.conftest import RAW, SEEDS

    for folder in (RAW, SEEDS):
        found = discover([folder])  # strict: any problem would raise
        assert [w for w in found.warnings if "not named *.txt" not in w] == []
        assert sum(bool(f.manifest.home_region_code) for f in found.files) >= len(found.files) - 3
