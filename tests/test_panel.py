"""minsheng panel: one row per region × period of medical-security levels, with the gazetteer's
region hierarchy, Chinese column labels and the documents behind each cell."""
import pandas as pd
import pytest
from typer.testing import CliRunner

from extract.analyst.outputs import load_output
from extract.analyst.panel import SOURCES, build_panel, levels, period_label
from extract.cli import app

runner = CliRunner()


@pytest.mark.parametrize("kind,start,end,label", [
    ("during", "2024-01", "2024-12", "2024"), ("as_of", "", "2024-12", "2024"),
    ("as_of", "", "2025-06", "2025-06"), ("during", "2025-01", "2025-11", "2025-01/2025-11"),
    ("during", "2024-02", "2024-12", "2024-02/2024-12")])
def test_one_period_label(kind, start, end, label):
    assert period_label(kind, start, end) == label


@pytest.fixture(scope="module")
def built(sample_run):
    out = load_output(sample_run)
    return out, build_panel(out)


def test_rows_are_region_periods_with_their_hierarchy(built):
    out, panel = built
    assert not panel.duplicated(["region_code", "period"]).any()
    county = panel[panel["region"] == "三台县"].iloc[0]
    assert (county["level"], county["level_label"], county["prefecture"], county["province"]) == \
        ("county", "县级", "绵阳市", "四川省")
    assert county["prefecture_code"] == "510700" and county["province_code"] == "510000"
    assert set(panel["level"].dropna()) <= {"county", "prefecture", "province"}


def test_cells_hold_levels_with_their_documents(built):
    out, panel = built
    lv = levels(out.facts)
    assert lv["change"].isna().all() and lv["population"].isna().all()
    assert (lv["domain"] == "medical_security").all()
    col = "城乡居民基本医疗保险·参保人数（人）"
    assert col in panel.columns and col + SOURCES in panel.columns
    want = lv[(lv["region"] == "三台县") & (lv["program"] == "resident_medical_insurance")
              & (lv["metric"] == "insured_persons") & lv["subject"].isna()]
    assert len(want) == 1
    row = panel[(panel["region"] == "三台县") & (panel["period"] == period_label(
        want.iloc[0]["period_kind"], want.iloc[0]["period_start"] or "", want.iloc[0]["period_end"]))].iloc[0]
    assert row[col] == want.iloc[0]["value"]
    assert want.iloc[0]["doc"] in row[col + SOURCES]
    changes = out.facts[out.facts["change"].notna() & (out.facts["domain"] == "medical_security")]
    assert len(changes) and len(lv) < len(out.facts[out.facts["domain"] == "medical_security"])


@pytest.mark.parametrize("suffix", [".xlsx", ".csv", ".parquet"])
def test_written_in_three_formats(sample_run, tmp_path, built, suffix):
    _, panel = built
    target = tmp_path / f"panel{suffix}"
    result = runner.invoke(app, ["panel", str(sample_run), "--to", str(target)])
    assert result.exit_code == 0, result.output
    back = {".xlsx": lambda p: pd.read_excel(p, sheet_name="panel", dtype={"region_code": str}),
            ".csv": lambda p: pd.read_csv(p, encoding="utf-8-sig", dtype={"region_code": str}),
            ".parquet": pd.read_parquet}[suffix](target)
    assert list(back.columns) == list(panel.columns) and len(back) == len(panel)
    assert list(back["region_code"].astype(str)) == list(panel["region_code"])


def test_unknown_format_is_one_clean_line(sample_run, tmp_path):
    result = runner.invoke(app, ["panel", str(sample_run), "--to", str(tmp_path / "p.json")])
    assert result.exit_code == 2 and "minsheng: error:" in result.output and ".xlsx" in result.output
