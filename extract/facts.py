"""facts: statistics deduplicated across mentions and documents.

A fact is keyed by what it measures (region and locality, domain or program and metric,
unit, subject, change, population, denominator, period, and whether it is a target); its supporting mentions
are counted, the best one is kept as evidence, and disagreeing values raise `conflict`.
Mentions without a period stay in `mentions` only: a fact must be placeable in a time
series; so does one person's story (population = individual). A figure of a page that names
no place (and whose manifest row gives no home region) is a fact of its own document: its key
carries the doc_id, so unplaced figures of two pages are never taken for one statistic. A region
without a code (中国, a new area) is keyed by its name.
"""
from __future__ import annotations

import hashlib
from collections import defaultdict
from dataclasses import replace
from operator import attrgetter

from extract.records import Mention

# per: a rate per thousand residents (每千人口床位6.1张) or a per-person standard is another
# statistic than the total beside it
MEDICAL_KEY = ("region_code", "locality", "program", "metric", "unit", "change", "population", "per", "period_kind",
               "period_start", "period_end", "item", "target")
OTHER_KEY = ("region_code", "locality", "domain", "item", "unit", "change", "per", "period_kind", "period_start",
             "period_end", "target")
_ATTRIBUTION = ("region", "region_code", "locality", "domain", "program", "metric", "change", "population",
                "period_kind", "period_start", "period_end", "per", "item", "target")
_QUALITY = {"exact": 0, "approx": 1, "more_than": 1, "less_than": 1}
# the key columns read at once (facts are keyed for every mention of every document)
_MEDICAL, _OTHER = attrgetter(*MEDICAL_KEY), attrgetter(*OTHER_KEY)
_MEDICAL_BUT_ITEM = attrgetter(*(c for c in MEDICAL_KEY if c != "item"))
_OTHER_BUT_ITEM = attrgetter(*(c for c in OTHER_KEY if c != "item"))


def fact_key(m: Mention) -> tuple:
    key = (m.domain,) + (_MEDICAL(m) if m.program else _OTHER(m))
    return key if m.region_code else key + (m.region or "", "" if m.region else m.doc_id)


def fact_id(key: tuple) -> str:
    """A short stable id of a fact's key: the same statistic gets the same id in every run."""
    return hashlib.sha1(repr(key).encode("utf-8")).hexdigest()[:16]


def document_facts(mentions: list[Mention]) -> list[Mention]:
    """Fact candidates of one document. A pull quote or headline that repeats a body figure
    of its article supports the body's fact instead of making its own."""
    body = defaultdict(list)
    for m in mentions:
        if not m.repeat:
            body[(m.article, m.value, m.unit)].append(m)
    out, written = [], []
    for m in mentions:
        original = m
        if m.repeat:
            twins = [b for b in body.get((m.article, m.value, m.unit), [])
                     if b.period_kind]
            if twins:  # take the body's attribution, keep its own evidence
                m = replace(m, **{c: getattr(twins[0], c) for c in _ATTRIBUTION})
        if m.period_kind and m.population != "individual":
            out.append(m)
            written.append(original)
    _same_statistic(out)
    for m, original in zip(out, written):
        m.fact_id = original.fact_id = fact_id(fact_key(m))
    return out


def _same_statistic(candidates: list[Mention]) -> None:
    """Mentions of one document that differ only in their subject label but hold the same value
    are one statistic told twice (a report's sentence and its table's row): they take the
    labelled subject, or the first label that holds or is held by their own (职工医保参保 and the
    table's 职工医保), or for a figure unlikely to recur by chance the first label, so they make one fact."""
    labels: dict[tuple, list[str]] = {}
    for m in candidates:
        if m.item:
            labels.setdefault(_without_subject(m) + (m.value,), []).append(m.item)
    for m in candidates:
        named = labels.get(_without_subject(m) + (m.value,), [""])
        # a figure of three significant digits or more told under two labels (住院347812人次 and the table's 合计
        # row; 新型农村合作医疗参合人数 and 新农合参合人数) is one figure; two 90% may be two
        m.item = (named[0] if not m.item or _significant_digits(m.value) >= 3
                  else next(n for n in named if n in m.item or m.item in n))


def _significant_digits(value: float) -> int:
    return len(f"{abs(value):.6f}".replace(".", "").strip("0"))


def _without_subject(m: Mention) -> tuple:
    return (m.domain,) + (_MEDICAL_BUT_ITEM(m) if m.program else _OTHER_BUT_ITEM(m))


def evidence_rank(m) -> tuple:
    """Best evidence first: body text before pull quotes, exact before approximate figures,
    then document order (of equals, the first to arrive is kept)."""
    return (m.repeat, _QUALITY[m.qualifier], m.doc, m.start)


def merge_facts(candidates: list[Mention]) -> list[dict]:
    """One row per key across all documents, in a stable order (extract.merge gives the same
    rows from a stream of documents, in bounded memory)."""
    groups: dict[tuple, list[Mention]] = defaultdict(list)
    for m in candidates:
        groups[fact_key(m)].append(m)
    return [fact_row(key, min(g, key=evidence_rank), {m.value for m in g}, len({(m.doc_id, m.start) for m in g}))
            for key, g in sorted(groups.items())]


# a fact's columns read off its evidence: facts column -> the mention's field
FROM_EVIDENCE = {c: c for c in (
    "region", "region_code", "domain", "locality", "program", "metric", "change", "population", "period_kind",
    "period_start", "period_end", "value", "unit", "qualifier", "per", "doc", "doc_id", "start", "end", "text",
    "sentence_start", "target", "region_stated", "period_stated", "parts_add_up", "parts_total")} | {"subject": "item"}
# and those made from all its candidates (fact_summary)
SUMMARY_COLUMNS = ("fact_id", "n_mentions", "conflict", "conflict_values")


def fact_summary(key: tuple, evidence_fact_id: str, values: set, n_mentions: int) -> tuple:
    """The SUMMARY_COLUMNS of one key: `values` those of all its candidates, `n_mentions` the
    distinct mentions among them. A candidate's fact_id, made with it (document_facts), is that
    of its key."""
    ordered = sorted(values)
    return (evidence_fact_id or fact_id(key), n_mentions, len(ordered) > 1,
            "; ".join(f"{v:g}" for v in ordered) if len(ordered) > 1 else "")


def fact_row(key: tuple, best, values: set, n_mentions: int) -> dict:
    """The facts row of one key: `best` is its evidence (see fact_summary for the rest)."""
    row = {col: getattr(best, field) for col, field in FROM_EVIDENCE.items()}
    row.update(zip(SUMMARY_COLUMNS, fact_summary(key, best.fact_id, values, n_mentions)))
    return row
