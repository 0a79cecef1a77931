"""`minsheng review OUT --html report.html`: one self-contained page to eyeball an output folder.

A summary (files by status, mentions, facts, conflicts, targets, parts that do not add up,
corrections), plotly charts of the medical-security facts (plotly.js embedded: no network
needed), a filterable facts table in which every fact opens its evidence sentences with the
figure highlighted and links to its document, and the documents themselves with every mention
marked and its fields on hover. Every text from the tables or the reports is HTML-escaped, so a
`<script>` in a report is shown, never run. Optional columns (targets, parts-add-up flags,
fact ids, a sentences table) are used when the folder has them.
"""
from __future__ import annotations

import csv
import html
import os
from pathlib import Path

import pandas as pd

from extract import __version__
from extract.analyst.outputs import Output, _known, supporting
from extract.analyst.review_assets import CSS, JS
from extract.analyst.review_charts import charts
from extract.errors import OutputError
from schemas import tables as declared

# facts columns that flag a target and parts that do not add up to their total, when present
TARGET_COLUMNS = ("target", "is_target")
PARTS_COLUMNS = ("parts_mismatch", "parts_do_not_add_up", "parts_add_up", "adds_up")
MENTION_FIELDS = ("value", "unit", "qualifier", "change", "per", "region", "region_code", "locality",
                  "period_kind", "period_start", "period_end", "domain", "program", "metric", "population", "rule")
TEMPLATE_COLUMNS = ("doc", "content_hash", "start", "end", "text", "action", "field", "value", "note", "current",
                    "sentence")

e = html.escape


def _v(v) -> str:
    """A cell as text: null is '', a float without trailing zeros."""
    if not _known(v):
        return ""
    if isinstance(v, float):
        return f"{v:,.15g}"
    return str(v)


def _label(col: str, code) -> str:
    return declared.labels().get(col, {}).get(code, _v(code)) if _known(code) else ""


def _period(r: dict) -> str:
    start, end = _v(r.get("period_start")), _v(r.get("period_end"))
    if r.get("period_kind") == "as_of":
        return f"截至 {end}"
    return f"{start} – {end}" if start else end


def _flag_count(facts: pd.DataFrame, names: tuple[str, ...], true_means_problem: bool = True) -> str:
    for name in names:
        if name in facts.columns:
            col = facts[name]
            if col.dtype != bool and not pd.api.types.is_bool_dtype(col):
                # yes/no text columns (parts_add_up): a missing value is no problem
                col = col.map({"yes": True, "no": False, True: True, False: False})
            col = col.astype("boolean").fillna(not true_means_problem).astype(bool)
            return str(int(col.sum() if true_means_problem else (~col).sum()))
    return '<span class="muted">not recorded in this folder</span>'


def summary(out: Output) -> str:
    d, m, f = out.documents, out.mentions, out.facts
    status = d["status"].value_counts().sort_index()
    rows = [("files", str(len(d)))] + [(f"files: {_label('status', s)} ({e(s)})", str(n)) for s, n in status.items()]
    med = f[f["domain"] == "medical_security"] if "domain" in f.columns else f.iloc[0:0]
    parts = next((c for c in PARTS_COLUMNS if c in f.columns), None)
    rows += [
        ("mentions", str(len(m))),
        ("facts", str(len(f))),
        ("medical-security facts", str(len(med))),
        ("facts with conflicting values", str(int(f["conflict"].sum())) if "conflict" in f.columns else "—"),
        ("targets and plans", _flag_count(f, TARGET_COLUMNS)),
        ("parts that do not add up", _flag_count(f, (parts,) if parts else (), parts not in ("parts_add_up", "adds_up"))),
        ("facts corrected by hand", str(int(f["corrected"].sum())) if "corrected" in f.columns else "—"),
    ]
    errors = d[d["status"] == "error"]
    body = "".join(f"<tr><th>{e(k)}</th><td class='n'>{v}</td></tr>" for k, v in rows)
    errs = "".join(f"<li>{e(_v(r['doc']))}: {e(_v(r['error']))}</li>" for r in errors.to_dict("records"))
    return (f"<section id='summary'><h2>Summary</h2><table class='summary'>{body}</table>"
            + (f"<h3>Files with errors</h3><ul>{errs}</ul>" if errs else "") + "</section>")


def _highlight(sentence: str, m: dict, css: str) -> str:
    """The sentence with the mention's figure marked (by offset when known, else by its text)."""
    text = _v(m.get("text"))
    at = -1
    if _known(m.get("sentence_start")):
        at = int(m["start"]) - int(m["sentence_start"])
        if sentence[at:at + len(text)] != text:
            at = -1
    if at < 0:
        at = sentence.find(text) if text else -1
    if at < 0:
        return e(sentence) + f" <mark class='{css}'>{e(text)}</mark>"
    return e(sentence[:at]) + f"<mark class='{css}'>{e(text)}</mark>" + e(sentence[at + len(text):])


def _evidence(out: Output, f: dict, support: pd.DataFrame) -> str:
    rows = support.sort_values(["doc", "start"]).to_dict("records") if len(support) else []
    if not rows:
        rows = [f]  # the fact's own best evidence
    items = []
    for m in rows:
        link = f"#doc-{e(_v(m['doc_id']))}" if _known(m.get("doc_id")) else ""
        items.append(f"<li>{_highlight(out.sentence_of(m), m, 'ev')} "
                     f"<a href='{link}'>{e(_v(m['doc']))} @{_v(m['start'])}</a> "
                     f"<span class='muted'>{e(_v(m.get('value')))} {e(_v(m.get('unit')))}</span></li>")
    return f"<details><summary>{len(rows)} evidence</summary><ul class='evidence'>{''.join(items)}</ul></details>"


FACT_HEAD = ("region", "period", "domain", "program", "metric", "subject", "change", "value", "unit",
             "qualifier", "mentions", "evidence")


def facts_table(out: Output) -> str:
    f = out.facts
    support = supporting(f, out.mentions)
    body = []
    for i, r in zip(f.index, f.to_dict("records")):
        conflict = bool(r.get("conflict"))
        data = " ".join(f"data-{k}='{e(_v(r.get(k)))}'" for k in ("domain", "program", "metric", "region"))
        value = e(_v(r["value"])) + (f"<br><span class='muted'>{e(_v(r.get('conflict_values')))}</span>"
                                     if conflict else "")
        cells = [e(_v(r.get("region"))), e(_period(r)), e(_label("domain", r.get("domain"))),
                 e(_label("program", r.get("program"))), e(_label("metric", r.get("metric"))),
                 e(_v(r.get("subject", r.get("item")))), e(_label("change", r.get("change"))), value,
                 e(_v(r.get("unit"))), e(_label("qualifier", r.get("qualifier"))), e(_v(r.get("n_mentions"))),
                 _evidence(out, r, support.get(i, f.iloc[0:0]))]
        cls = "fact conflict" if conflict else "fact"
        tds = "".join(f"<td class='n'>{c}</td>" if k in ("value", "mentions") else f"<td>{c}</td>"
                      for k, c in zip(FACT_HEAD, cells))
        body.append(f"<tr class='{cls}' data-conflict='{'true' if conflict else 'false'}' {data}>{tds}</tr>")
    head = "".join(f"<th>{h}</th>" for h in FACT_HEAD)
    return (f"<section id='facts'><h2>Facts</h2>{_filters(f)}"
            f"<table id='facts-table'><thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table></section>")


def _filters(f: pd.DataFrame) -> str:
    selects = []
    for key in ("domain", "program", "metric", "region"):
        codes = sorted(f[key].dropna().unique()) if key in f.columns else []
        opts = "".join(f"<option value='{e(c)}'>{e(_label(key, c) if key != 'region' else c)}</option>"
                       for c in codes)
        selects.append(f"<label>{key} <select data-key='{key}'><option value=''>all</option>{opts}</select></label>")
    return ("<div class='filters'><input id='f-search' type='search' placeholder='filter: 地区, 项目, 数值 …'>"
            + "".join(selects) + "<label><input id='f-conflict' type='checkbox'> conflicts only</label>"
            "<span id='f-count'></span></div>")


def _title(m: dict) -> str:
    parts = [f"{k}: {_v(m.get(k))}" for k in MENTION_FIELDS if _known(m.get(k))]
    return e("\n".join(parts), quote=True)


def document_views(out: Output, roots: tuple[Path, ...] = ()) -> str:
    items, views = [], []
    by_doc = {k: g for k, g in out.mentions.groupby("doc_id", sort=False)} if len(out.mentions) else {}
    for d in out.documents.sort_values("doc").to_dict("records"):
        doc_id = _v(d.get("doc_id"))
        ms = by_doc.get(d.get("doc_id"))
        n = 0 if ms is None else len(ms)
        anchor = f"doc-{e(doc_id)}"
        items.append(f"<li><a href='#{anchor}'>{e(_v(d['doc']))}</a> <span class='muted'>{e(_v(d['status']))}, "
                     f"{n} mentions</span></li>")
        if not doc_id:
            continue
        raw = out.raw_text(d.get("doc_id"), roots)
        if raw is None:
            body = (f"<p class='muted'>The source file is not at {e(_v(d.get('path')))} any more (or has "
                    "changed); give its folder with --source.</p>")
        else:
            body = f"<pre>{_marked(raw, [] if ms is None else ms.sort_values('start').to_dict('records'))}</pre>"
        views.append(f"<article class='doc' id='{anchor}'><h3>{e(_v(d['doc']))}</h3>{body}</article>")
    return (f"<section id='documents'><h2>Documents</h2><ul>{''.join(items)}</ul>{''.join(views)}</section>")


def _marked(raw: str, mentions: list[dict]) -> str:
    out, pos = [], 0
    for m in mentions:
        s, t = int(m["start"]), int(m["end"])
        if s < pos:  # overlapping spans never come from the rules; shown once
            continue
        css = "medical" if m.get("domain") == "medical_security" else "other"
        out.append(e(raw[pos:s]) + f"<mark class='{css}' title='{_title(m)}'>{e(raw[s:t])}</mark>")
        pos = t
    out.append(e(raw[pos:]))
    return "".join(out)


def page(out: Output, roots: tuple[Path, ...] = ()) -> str:
    import plotly.offline

    figs = charts(out.facts)
    chart_html = "".join(f"<div class='chart'>{c}</div>" for c in figs) or "<p class='muted'>No medical-security facts.</p>"
    return ("<!DOCTYPE html>\n<html lang='zh-CN'><head><meta charset='utf-8'>"
            f"<title>minsheng review — {e(out.folder.name)}</title><style>{CSS}</style>"
            f"<script>{plotly.offline.get_plotlyjs()}</script></head><body>"
            f"<h1>minsheng review</h1><p class='sub'>{e(str(out.folder))} · minsheng {e(__version__)}</p>"
            + summary(out) + f"<section id='charts'><h2>Medical security</h2>{chart_html}</section>"
            + facts_table(out) + document_views(out, roots) + f"<script>{JS}</script></body></html>\n")


def write_html(out: Output, path: Path, roots: tuple[Path, ...] = ()) -> None:
    _atomic_write(path, page(out, roots))


def write_template(out: Output, path: Path) -> None:
    """A corrections file listing every mention with an empty action, to fill in and pass to
    `minsheng extract --corrections`."""
    import io

    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(TEMPLATE_COLUMNS)
    docs = out.documents
    # the key of a line is the file's content hash (folders written before it had its own
    # column used the content hash as doc_id)
    hash_of = (dict(zip(docs["doc_id"], docs["content_hash"])) if "content_hash" in docs.columns
               else {d: d for d in docs["doc_id"]})
    for m in out.mentions.sort_values(["doc", "start"]).to_dict("records"):
        current = "; ".join(f"{k}={m[k]:.15g}" if k == "value" else f"{k}={_v(m.get(k))}"
                            for k in MENTION_FIELDS if _known(m.get(k)) and k != "rule")
        w.writerow([_v(m["doc"]), _v(hash_of.get(m["doc_id"])), m["start"], m["end"], _v(m["text"]), "", "", "", "",
                    current, out.sentence_of(m)])
    _atomic_write(path, buf.getvalue(), encoding="utf-8-sig")  # the BOM lets Excel read it as UTF-8


def _atomic_write(path: Path, text: str, encoding: str = "utf-8") -> None:
    path = Path(path)
    tmp = path.with_name(f".{path.name}.partial")
    try:
        tmp.write_text(text, encoding=encoding)
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise OutputError(f"cannot write {path}: {exc.strerror or exc}") from exc
