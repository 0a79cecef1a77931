"""The gold scoring of GUIDELINES.md (§2–§9), so users measure the rules on their own labelled
pages: mentions P/R/F1, medical-security facts, per-field accuracy, the facts table, and the
errors behind each number.

Mentions: gold and predicted mentions of a document are paired greedily by the largest
character overlap. A pair is a hit when value (relative tolerance 1e-6) and unit agree; then its
fields are checked: qualifier, region, region_code, domain, change, the period (only where the
gold gives a time) and, in medical security, program + metric + change together. A wrong value
counts once as a false positive and once as a false negative. Optional gold mentions are neither
rewarded nor penalised. A predicted mention of another document is not scored.
Medical facts (per mention): a gold medical-security mention counts as found when it is hit with
its region, period and program/metric right.
Facts table: the facts rows with a program, matched across documents to the distinct
non-optional gold medical-security figures that have a period and are no one person's story, on
(region_code, program, metric, change, period, value).
"""
from __future__ import annotations

import json
import math
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow.parquet as pq

from extract.errors import InputError

FIELDS_CHECKED = ("qualifier", "region", "region_code", "domain", "change")
MEDICAL = "medical_security"


def text(v) -> str:
    """A field as comparable text: missing, null and NaN are ''."""
    if v is None or (isinstance(v, float) and math.isnan(v)):
        return ""
    return str(v).strip()


def same_value(a, b) -> bool:
    try:
        a, b = float(a), float(b)
    except (TypeError, ValueError):
        return False
    return abs(a - b) <= 1e-6 * max(1.0, abs(b))


def period(r: dict) -> tuple[str, str, str]:
    return (text(r.get("period_kind")), text(r.get("period_start")), text(r.get("period_end")))


def prf(tp: int, fp: int, fn: int) -> dict:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "tp": tp, "fp": fp, "fn": fn}


def load_gold(path: Path) -> list[dict]:
    if not Path(path).exists():
        raise InputError(f"{path}: gold file not found")
    rows = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if line.strip():
                try:
                    rows.append(json.loads(line))
                except json.JSONDecodeError as exc:
                    raise InputError(f"{path}:{n}: not JSON ({exc.msg}); one JSON object per line") from exc
    return rows


def load_table(path: Path) -> list[dict]:
    if not Path(path).exists():
        raise InputError(f"{path} not found; run `minsheng extract` into that folder first")
    return pq.read_table(path).to_pylist()


def pair(gold: list[dict], pred: list[dict]) -> tuple[list[tuple[dict, dict | None]], list[dict]]:
    """(gold, prediction or None) pairs by largest overlap per document, and the unpaired predictions."""
    g_by, p_by = defaultdict(list), defaultdict(list)
    for g in gold:
        g_by[g["doc"]].append(g)
    for p in pred:
        p_by[text(p.get("doc"))].append(p)
    pairs, lone = [], []
    for doc in sorted(set(g_by) | set(p_by)):
        gs, ps = g_by.get(doc, []), p_by.get(doc, [])
        overlaps = sorted(((min(g["end"], int(p["end"])) - max(g["start"], int(p["start"])), i, j)
                           for i, g in enumerate(gs) for j, p in enumerate(ps)), reverse=True)
        g_used, p_used = set(), set()
        for ov, i, j in overlaps:
            if ov > 0 and i not in g_used and j not in p_used:
                g_used.add(i)
                p_used.add(j)
                pairs.append((gs[i], ps[j]))
        pairs += [(g, None) for i, g in enumerate(gs) if i not in g_used]
        lone += [p for j, p in enumerate(ps) if j not in p_used]
    return pairs, lone


def _checks(g: dict, p: dict) -> dict[str, bool]:
    checks = {f: text(p.get(f)) == text(g.get(f)) for f in FIELDS_CHECKED}
    if g.get("period_kind"):
        checks["period"] = period(p) == period(g)
    if g.get("domain") == MEDICAL:
        checks["program_metric"] = ((text(p.get("program")), text(p.get("metric")), text(p.get("change")))
                                    == (g["program"], g["metric"], text(g.get("change"))))
    return checks


@dataclass
class MentionScore:
    mentions: dict
    medical_facts: dict
    fields: dict
    field_counts: dict
    errors: dict = field(default_factory=dict)  # kind → [(gold or None, prediction or None)]


def score_mentions(gold: list[dict], pred: list[dict]) -> MentionScore:
    gold_docs = {g["doc"] for g in gold}
    pred = [dict(p, doc=Path(text(p.get("doc"))).name) for p in pred]  # a path scores by file name
    pred = [p for p in pred if p["doc"] in gold_docs]
    pairs, lone = pair(gold, pred)
    n = Counter()
    hits, totals = Counter(), Counter()
    errors = defaultdict(list)
    for g, p in pairs:
        g_med = g.get("domain") == MEDICAL
        if p is None:
            if not g.get("optional"):
                n["fn"] += 1
                n["fact_fn"] += g_med
                errors["missed"].append((g, None))
            continue
        if g.get("optional"):
            continue
        p_med = text(p.get("domain")) == MEDICAL
        if not (same_value(p.get("value"), g["value"]) and text(p.get("unit")) == g["unit"]):
            n["fp"] += 1
            n["fn"] += 1
            n["fact_fn"] += g_med
            n["fact_fp"] += p_med
            errors["wrong_value"].append((g, p))
            continue
        n["tp"] += 1
        checks = _checks(g, p)
        for k, ok in checks.items():
            totals[k] += 1
            hits[k] += ok
            if not ok:
                errors[f"wrong_{k}"].append((g, p))
        if g_med:
            found = all(checks.get(k, True) for k in ("region", "period", "program_metric"))
            n["fact_tp"] += found
            n["fact_fn"] += not found
            n["fact_fp"] += (not found) and p_med
        else:
            n["fact_fp"] += p_med
    for p in lone:
        n["fp"] += 1
        n["fact_fp"] += text(p.get("domain")) == MEDICAL
        errors["spurious"].append((None, p))
    return MentionScore(prf(n["tp"], n["fp"], n["fn"]), prf(n["fact_tp"], n["fact_fp"], n["fact_fn"]),
                        {k: round(hits[k] / totals[k], 4) for k in sorted(totals)},
                        {k: f"{hits[k]}/{totals[k]}" for k in sorted(totals)}, dict(errors))


def fact_key(r: dict) -> tuple:
    return (text(r.get("region_code")), text(r.get("program")), text(r.get("metric")),
            text(r.get("change"))) + period(r)


@dataclass
class FactsScore:
    table: dict
    n_gold: int
    unmatched_rows: list = field(default_factory=list)
    missed_figures: list = field(default_factory=list)


def score_facts(gold: list[dict], facts: list[dict]) -> FactsScore:
    want: dict[tuple, dict] = {}
    for g in gold:
        if (g.get("domain") == MEDICAL and not g.get("optional") and g.get("period_kind")
                and g.get("population") != "individual"):
            want.setdefault((fact_key(g), round(float(g["value"]), 6)), g)
    rows = [f for f in facts if text(f.get("program"))]
    found, unmatched = set(), []
    for f in rows:
        try:
            key = (fact_key(f), round(float(f.get("value")), 6))
        except (TypeError, ValueError):
            unmatched.append(f)
            continue
        if key in want and key not in found:
            found.add(key)
        else:
            unmatched.append(f)
    missed = [g for k, g in want.items() if k not in found]
    return FactsScore(prf(len(found), len(rows) - len(found), len(want) - len(found)), len(want), unmatched, missed)


@dataclass
class Evaluation:
    mentions: MentionScore
    facts: FactsScore

    def as_dict(self) -> dict:
        m = self.mentions
        return {"mentions": m.mentions, "medical_facts": m.medical_facts, "fields": m.fields,
                "field_counts": m.field_counts, "medical_facts_table": self.facts.table}


def evaluate(gold_path: Path, out: Path) -> Evaluation:
    """Score an output folder's mentions and facts tables against a gold file."""
    gold = load_gold(gold_path)
    return Evaluation(score_mentions(gold, load_table(Path(out) / "mentions.parquet")),
                      score_facts(gold, load_table(Path(out) / "facts.parquet")))


def _gold_line(g: dict) -> str:
    return (f"{g['doc']}@{g['start']} {g['text']!r} gold={g['value']:g}{g['unit']} {g.get('region', '')} "
            f"{g.get('period_kind', '')}:{g.get('period_start', '')}..{g.get('period_end', '')} "
            f"{g.get('program', '')}/{g.get('metric', '')}")


def _pred_line(p: dict) -> str:
    return (f"got={text(p.get('value'))}{text(p.get('unit'))} {text(p.get('qualifier'))} {text(p.get('region'))} "
            f"{period(p)[0]}:{period(p)[1]}..{period(p)[2]} {text(p.get('domain'))} "
            f"{text(p.get('program'))}/{text(p.get('metric'))}")


def report(ev: Evaluation, n_errors: int = 0) -> str:
    """The scores as text, with up to n_errors examples of each kind of error."""
    m, f, t = ev.mentions.mentions, ev.mentions.medical_facts, ev.facts.table
    lines = [f"mentions       P={m['precision']:.3f} R={m['recall']:.3f} F1={m['f1']:.3f}  "
             f"(tp={m['tp']} fp={m['fp']} fn={m['fn']})",
             f"medical facts  P={f['precision']:.3f} R={f['recall']:.3f} F1={f['f1']:.3f}  "
             f"(tp={f['tp']} fp={f['fp']} fn={f['fn']})"]
    lines += [f"field {k:15s} {v:.3f}  ({ev.mentions.field_counts[k]})" for k, v in ev.mentions.fields.items()]
    lines.append(f"facts table    P={t['precision']:.3f} R={t['recall']:.3f} F1={t['f1']:.3f}  "
                 f"(tp={t['tp']} fp={t['fp']} fn={t['fn']}; {ev.facts.n_gold} distinct gold figures)")
    if n_errors:
        for kind, items in sorted(ev.mentions.errors.items()):
            lines.append(f"--- {kind}: {len(items)}")
            for g, p in items[:n_errors]:
                if g is None:
                    lines.append(f"   {text(p.get('doc'))}@{text(p.get('start'))} {text(p.get('text'))!r} {_pred_line(p)}")
                else:
                    lines.append("   " + _gold_line(g) + (f" | {_pred_line(p)}" if p is not None else ""))
        lines.append(f"--- facts rows matching no gold figure: {len(ev.facts.unmatched_rows)}")
        lines += [f"   {fact_key(r)} {text(r.get('value'))}" for r in ev.facts.unmatched_rows[:n_errors]]
        lines.append(f"--- gold figures with no facts row: {len(ev.facts.missed_figures)}")
        lines += ["   " + _gold_line(g) for g in ev.facts.missed_figures[:n_errors]]
    return "\n".join(lines)
