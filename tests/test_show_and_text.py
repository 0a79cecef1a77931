"""minsheng show (a report in the terminal, mentions highlighted, then their table) and
extract_text (the pipeline on a string, for notebooks)."""
import pandas as pd
import pytest
from rich.console import Console
from typer.testing import CliRunner

from extract.analyst.show import STYLE_MEDICAL, read_file, render
from extract.cli import app
from extract.errors import InputError

runner = CliRunner()
PAGE = "\n本报讯 截至2025年10月，全县城乡居民医保参保人数达41256人，参保率96.12%。全县新建公园3个。\n"


def test_extract_text_gives_the_tables_with_nulls():
    from extract import extract_text

    t = extract_text(PAGE, home_region="交城县", published="2025-11")
    assert set(t._fields) == {"documents", "mentions", "facts", "sentences"}
    assert all(isinstance(df, pd.DataFrame) for df in t)
    m = t.mentions.set_index("text")
    assert m.loc["41256人", "region"] == "交城县" and m.loc["41256人", "period_end"] == "2025-10"
    assert pd.isna(m.loc["41256人", "change"])  # a level: null, not ''
    assert t.documents.loc[0, "home_region_code"] == "141122"
    assert "subject" in t.facts.columns and len(t.facts) >= 2
    by_code = extract_text(PAGE, home_region="141122", published="2025-11")
    assert by_code.mentions["region"].tolist() == t.mentions["region"].tolist()


def test_extract_text_refuses_bad_options():
    from extract import extract_text

    with pytest.raises(InputError, match="YYYY-MM"):
        extract_text(PAGE, published="Nov 2025")
    with pytest.raises(InputError, match="not in the gazetteer"):
        extract_text(PAGE, home_region="不存在县")


def _file(tmp_path):
    (tmp_path / "r.txt").write_text(PAGE, encoding="gb18030")
    (tmp_path / "manifest.csv").write_text("file,home_region,home_region_code,published\n"
                                           "r.txt,交城县,141122,2025-11\n", encoding="utf-8")
    return tmp_path / "r.txt"


def test_show_prints_the_text_then_every_mention_with_its_fields(tmp_path):
    result = runner.invoke(app, ["show", str(_file(tmp_path))], env={"COLUMNS": "240"})
    assert result.exit_code == 0, result.output
    out = result.output
    assert "全县城乡居民医保参保人数达41256人" in out  # the text first
    table = out.split("41256人，参保率96.12%。全县新建公园3个。", 1)[1]
    for expected in ("41256人", "96.12%", "3个", "交城县", "141122", "insured_persons", "enrollment_rate",
                     "as_of 2025-10", "rule"):
        assert expected in table, expected


def test_show_highlights_the_mentions(tmp_path):
    raw, tables = read_file(_file(tmp_path))
    console = Console(record=True, width=240, force_terminal=True, color_system="truecolor")
    render(raw, tables, console)
    segments = [seg for line in console._record_buffer for seg in [line]]
    marked = {seg.text.strip() for seg in segments if seg.style is not None and str(seg.style) == STYLE_MEDICAL}
    medical = set(tables.mentions[tables.mentions["domain"] == "medical_security"]["text"])
    assert {"41256人", "96.12%"} <= medical and medical <= marked


def test_show_errors_are_one_clean_line(tmp_path):
    result = runner.invoke(app, ["show", str(tmp_path / "missing.txt")])
    assert result.exit_code == 2 and result.output.startswith("minsheng: error:")
    result = runner.invoke(app, ["show", str(_file(tmp_path)), "--published", "2025"])
    assert result.exit_code == 2 and "YYYY-MM" in result.output
