"""The review page's charts: medical-security facts by region, by program and metric, and by
period, as plotly figures; plotly.js itself is embedded once by the page, so it works offline."""
from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from extract.analyst.outputs import blank
from schemas import tables as declared

TOP_REGIONS = 30  # the regions with most facts; a long tail would make the bars unreadable
_CONFIG = {"displaylogo": False, "responsive": True}


def medical(facts: pd.DataFrame) -> pd.DataFrame:
    f = blank(facts, ("domain", "program", "metric", "region", "region_code", "period_end"))
    f = f[(f["domain"] == "medical_security") & (f["program"] != "")].copy()
    labels = declared.labels()
    f["program_label"] = f["program"].map(lambda c: labels["program"].get(c, c))
    f["metric_label"] = f["metric"].map(lambda c: labels["metric"].get(c, c))
    f["year"] = f["period_end"].str[:4]
    return f


def _html(fig: go.Figure, div_id: str) -> str:
    # a fixed div id keeps the page byte-identical from run to run
    fig.update_layout(template="plotly_white", margin={"l": 10, "r": 10, "t": 50, "b": 10},
                      font={"family": "WenQuanYi Zen Hei, Noto Sans CJK SC, Microsoft YaHei, sans-serif"})
    return fig.to_html(full_html=False, include_plotlyjs=False, div_id=div_id, config=_CONFIG)


def _top_regions(f: pd.DataFrame) -> pd.Series:
    """Facts per region, the TOP_REGIONS largest; an unplaced page's facts (no region) are in the
    program chart only."""
    return f.loc[f["region"] != "", "region"].value_counts().head(TOP_REGIONS)


def by_region(f: pd.DataFrame) -> str:
    top = _top_regions(f)
    regions = sorted(top.index, key=lambda r: (-top[r], r))
    fig = go.Figure()
    for program in sorted(f["program_label"].unique()):
        counts = f[f["program_label"] == program]["region"].value_counts()
        fig.add_bar(y=regions, x=[int(counts.get(r, 0)) for r in regions], name=program, orientation="h")
    fig.update_layout(barmode="stack", title="医疗保障事实数：按地区（前%d）与项目" % TOP_REGIONS,
                      yaxis={"autorange": "reversed"}, height=max(320, 24 * len(regions) + 120))
    return _html(fig, "chart-regions")


def by_program(f: pd.DataFrame) -> str:
    fig = go.Figure()
    programs = sorted(f["program_label"].unique())
    for metric in sorted(f["metric_label"].unique()):
        counts = f[f["metric_label"] == metric]["program_label"].value_counts()
        fig.add_bar(x=programs, y=[int(counts.get(p, 0)) for p in programs], name=metric)
    fig.update_layout(barmode="stack", title="医疗保障事实数：按项目与指标", height=460)
    return _html(fig, "chart-programs")


def by_period(f: pd.DataFrame) -> str:
    top = _top_regions(f)
    g = f[f["region"].isin(top.index) & (f["year"] != "")]
    years = sorted(g["year"].unique())
    regions = sorted(top.index, key=lambda r: (-top[r], r))
    z = [[int(((g["region"] == r) & (g["year"] == y)).sum()) for y in years] for r in regions]
    fig = go.Figure(go.Heatmap(z=z, x=years, y=regions, colorscale="Blues", hoverongaps=False,
                               hovertemplate="%{y} %{x}年：%{z}条<extra></extra>"))
    fig.update_layout(title="医疗保障事实数：按地区与时期（截止年份）", yaxis={"autorange": "reversed"},
                      xaxis={"type": "category"}, height=max(320, 24 * len(regions) + 120))
    return _html(fig, "chart-periods")


def charts(facts: pd.DataFrame) -> list[str]:
    """The charts' HTML fragments; none when there is no medical-security fact to draw."""
    f = medical(facts)
    if f.empty:
        return []
    return [by_region(f), by_program(f), by_period(f)]
