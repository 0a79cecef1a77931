"""The region × period panel of medical-security levels, for spreadsheets and regressions.

One row per region and period; one column per program · metric (· subject when the facts
separate one, e.g. 住院), headed by their Chinese labels and unit, each with a column of the
documents behind the cell. Only levels of whole regions go in: changes (delta, growth_rate),
targets, sub-group and individual figures stay out, so every cell is a comparable level. Each
region carries its level and its prefecture and province (codes and names, from the gazetteer),
so a province total is never summed with its own counties by mistake.

A period has one label: "2024" for a year (a stock at its end or a flow over all of it),
"2024-06" for a stock at the end of a month, "2024-01/2024-06" for a flow over some months.
"""
from __future__ import annotations

from pathlib import Path

import pandas as pd

from extract.analyst.outputs import Output, blank, supporting
from extract.errors import InputError, OutputError
from extract.gazetteer import Gazetteer
from schemas import tables as declared

LEVELS = {"province": "省级", "prefecture": "地级", "county": "县级"}
ROW_COLUMNS = ["region_code", "region", "level", "level_label", "prefecture_code", "prefecture",
               "province_code", "province", "period", "period_start", "period_end"]
SOURCES = " 来源"  # suffix of a cell's documents column
FORMATS = (".xlsx", ".csv", ".parquet")


def period_label(kind: str, start: str, end: str) -> str:
    if not end:
        return ""
    year = end[:4]
    if (kind == "as_of" and end.endswith("-12")) or (kind == "during" and start == f"{year}-01"
                                                     and end == f"{year}-12"):
        return year
    return end if kind == "as_of" else f"{start}/{end}"


def levels(facts: pd.DataFrame) -> pd.DataFrame:
    """The facts that are levels of a whole region's medical-security program."""
    f = blank(facts, ("domain", "program", "change", "population", "region_code", "period_end"))
    keep = (f["domain"] == "medical_security") & (f["program"] != "") & (f["change"] == "") \
        & (f["population"] == "") & (f["region_code"] != "") & (f["period_end"] != "")
    if "target" in facts.columns:  # plans and targets are not levels reached
        keep &= ~facts["target"].fillna(False).astype(bool)
    return facts[keep]


def _region(code: str, gaz: Gazetteer) -> dict:
    place = gaz.by_code(code)
    if place is None:
        return {"region_code": code}
    pref = gaz.by_code(place.prefecture_code) if place.prefecture_code else None
    prov = gaz.by_code(place.province_code) if place.province_code else None
    return {"region_code": code, "level": place.level, "level_label": LEVELS.get(place.level, place.level),
            "prefecture_code": place.prefecture_code or None, "prefecture": pref.name if pref else None,
            "province_code": place.province_code or None, "province": prov.name if prov else None}


def _column(f: dict, labels: dict) -> tuple[tuple, str]:
    programs, metrics = list(labels["program"]), list(labels["metric"])
    subject = f.get("subject") or ""
    order = (programs.index(f["program"]) if f["program"] in programs else 99,
             metrics.index(f["metric"]) if f["metric"] in metrics else 99, subject, f["unit"])
    name = "·".join(x for x in (labels["program"].get(f["program"], f["program"]),
                                 labels["metric"].get(f["metric"], f["metric"]), subject) if x)
    return order, f"{name}（{f['unit']}）"


def build_panel(out: Output) -> pd.DataFrame:
    facts = levels(out.facts)
    support = supporting(facts, out.mentions)
    labels, gaz = declared.labels(), Gazetteer.load()
    cells: dict[tuple, list[dict]] = {}
    columns: dict[str, tuple] = {}
    facts = facts.astype(object).where(facts.notna(), None)  # null as None: `x or default` works
    for i, f in facts.iterrows():
        f = f.to_dict()
        order, col = _column(f, labels)
        columns[col] = order
        docs = set(support[i]["doc"].dropna()) | {f["doc"]}
        key = (f["region_code"], period_label(f["period_kind"], f.get("period_start") or "", f["period_end"]))
        cells.setdefault(key + (col,), []).append({**f, "docs": docs})
    rows: dict[tuple, dict] = {}
    for (code, period, col), found in sorted(cells.items()):
        row = rows.setdefault((code, period), {**_region(code, gaz), "region": found[0]["region"],
                                               "period": period, "conflicts": []})
        best = max(found, key=lambda f: (f["n_mentions"], -len(f["docs"])))
        row[col] = best["value"]
        row[col + SOURCES] = "; ".join(sorted(set().union(*(f["docs"] for f in found))))
        starts = [f.get("period_start") or f["period_end"] for f in found]
        row["period_start"] = min([row.get("period_start") or "9999"] + starts)
        row["period_end"] = max([row.get("period_end") or ""] + [f["period_end"] for f in found])
        if len({f["value"] for f in found}) > 1 or any(bool(f.get("conflict")) for f in found):
            row["conflicts"].append(col)
    value_cols = sorted(columns, key=columns.get)
    ordered = ROW_COLUMNS + [c for v in value_cols for c in (v, v + SOURCES)] + ["conflicts"]
    df = pd.DataFrame(list(rows.values()), columns=ordered)
    df["conflicts"] = df["conflicts"].map(lambda c: "; ".join(c) if c else None)
    df = df.sort_values(["province_code", "prefecture_code", "region_code", "period"], na_position="last",
                        kind="stable")
    return df.reset_index(drop=True)


def write_panel(df: pd.DataFrame, path: Path) -> None:
    suffix = Path(path).suffix.lower()
    if suffix not in FORMATS:
        raise InputError(f"{path}: the panel is written as {', '.join(FORMATS)}; choose one of these endings")
    try:
        if suffix == ".csv":
            df.to_csv(path, index=False, encoding="utf-8-sig")  # the BOM makes Excel read it as UTF-8
        elif suffix == ".parquet":
            df.to_parquet(path, index=False)
        else:
            with pd.ExcelWriter(path, engine="openpyxl") as xl:
                df.to_excel(xl, sheet_name="panel", index=False, freeze_panes=(1, 2))
                _legend().to_excel(xl, sheet_name="说明", index=False)
    except OSError as exc:
        raise OutputError(f"cannot write {path}: {exc.strerror or exc}") from exc


def _legend() -> pd.DataFrame:
    rows = [("region_code … province", "地区：代码、名称、级别（省级/地级/县级）及所属地级、省级"),
            ("period", "时期：2024 = 全年或年末；2024-06 = 截至该月；2024-01/2024-06 = 该期间"),
            ("<项目·指标（单位）>", "该地区该时期的水平值（不含增减量、目标、个别人群）"),
            ("<项目·指标（单位）> 来源", "支持该数值的文档"),
            ("conflicts", "多个来源数值不一致的列")]
    return pd.DataFrame(rows, columns=["列", "说明"])
