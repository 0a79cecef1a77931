"""The taxonomy of rules/wordlists/taxonomy.tsv as the sets the code asks about."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from rules.wordlists import table


@dataclass(frozen=True)
class Entry:
    kind: str  # domain | program | metric
    code: str
    unit: str
    time: str  # stock | flow (metrics)
    role: str
    label: str


@lru_cache(maxsize=None)
def entries() -> tuple[Entry, ...]:
    return tuple(Entry(*(list(r) + [""] * 6)[:6]) for r in table("taxonomy.tsv"))


def codes(kind: str, **where) -> frozenset[str]:
    """Codes of one kind, optionally filtered by field values (role="scheme")."""
    return frozenset(e.code for e in entries()
                     if e.kind == kind and all(getattr(e, k) == v for k, v in where.items()))


@lru_cache(maxsize=None)
def sets() -> "Sets":
    return Sets(
        schemes=codes("program", role="scheme"),
        specific_helps=codes("program", role="specific_help"),
        benefits=codes("program", role="benefit"),
        people_helped=(codes("program", role="help") | codes("program", role="specific_help")
                       | codes("program", role="benefit")),
        enrollment_metrics=codes("metric", role="enrollment"),
        standards=codes("metric", role="standard"),
        policies=codes("metric", role="policy"),
        stock_metrics=codes("metric", time="stock"),
        flow_metrics=codes("metric", time="flow") - {"other"},
        unit_metric={e.unit: e.code for e in entries() if e.kind == "metric" and e.role == "by_unit"},
    )


@dataclass(frozen=True)
class Sets:
    schemes: frozenset[str]  # insurance schemes: people in them are insured
    specific_helps: frozenset[str]  # 住院救助, 门诊救助: outrank 医疗救助
    benefits: frozenset[str]  # 大病保险, 门诊慢特病: paid from a scheme
    people_helped: frozenset[str]  # programs whose people are beneficiaries
    enrollment_metrics: frozenset[str]  # people in a scheme, and their share
    standards: frozenset[str]  # annual per-person standards (per person_year, whole year)
    policies: frozenset[str]  # parameters set for the whole year (reimbursement rates)
    stock_metrics: frozenset[str]  # levels at a moment (as_of)
    flow_metrics: frozenset[str]  # amounts that accrue over an interval (during), "other" aside
    unit_metric: dict[str, str]  # units that alone decide the metric (人次 → person_times)
