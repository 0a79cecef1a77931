"""facts: statistics deduplicated across mentions and documents.

A fact is keyed by what it measures (region, domain or program and metric,
item, change, population, period); its supporting mentions are counted, the
best one is kept as evidence, and disagreeing values raise `conflict`.
Mentions without a region or a period stay in `mentions` only: a fact must be
placeable in a county's time series.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import replace

from extract.records import Mention

MEDICAL_KEY = ("region_code", "program", "metric", "change", "population", "period_kind",
               "period_start", "period_end", "item")
OTHER_KEY = ("region_code", "domain", "item", "unit", "change", "period_kind", "period_start", "period_end")
_ATTRIBUTION = ("region", "region_code", "domain", "program", "metric", "change", "population",
                "period_kind", "period_start", "period_end", "per", "item")
_QUALITY = {"exact": 0, "approx": 1, "more_than": 1, "less_than": 1}


def fact_key(m: Mention) -> tuple:
    cols = MEDICAL_KEY if m.program else OTHER_KEY
    return (m.domain,) + tuple(getattr(m, c) for c in cols)


def document_facts(mentions: list[Mention]) -> list[Mention]:
    """Fact candidates of one document. A pull quote or headline that repeats a body figure
    of its article supports the body's fact instead of making its own."""
    body = defaultdict(list)
    for m in mentions:
        if not m.repeat:
            body[(m.article, m.value, m.unit)].append(m)
    out = []
    for m in mentions:
        if m.repeat:
            twins = [b for b in body.get((m.article, m.value, m.unit), [])
                     if b.region_code and b.period_kind]
            if twins:  # take the body's attribution, keep its own evidence
                m = replace(m, **{c: getattr(twins[0], c) for c in _ATTRIBUTION})
        if m.region_code and m.period_kind:
            out.append(m)
    return out


def merge_facts(candidates: list[Mention]) -> list[dict]:
    """One row per key across all documents, in a stable order."""
    groups: dict[tuple, list[Mention]] = defaultdict(list)
    for m in candidates:
        groups[fact_key(m)].append(m)
    rows = []
    for key in sorted(groups):
        ms = groups[key]
        best = min(ms, key=lambda m: (m.repeat, _QUALITY[m.qualifier], m.doc, m.start))
        values = sorted({m.value for m in ms})
        rows.append({
            "region": best.region, "region_code": best.region_code, "domain": best.domain,
            "program": best.program, "metric": best.metric, "item": best.item,
            "change": best.change, "population": best.population,
            "period_kind": best.period_kind, "period_start": best.period_start,
            "period_end": best.period_end, "value": best.value, "unit": best.unit,
            "qualifier": best.qualifier, "per": best.per,
            "n_mentions": len({(m.doc_id, m.start) for m in ms}),
            "doc": best.doc, "doc_id": best.doc_id, "start": best.start, "end": best.end,
            "text": best.text, "sentence_start": best.sentence_start, "conflict": len(values) > 1,
            "conflict_values": "; ".join(f"{v:g}" for v in values) if len(values) > 1 else "",
        })
    return rows
