"""What a figure is about: domain, and for medical security its program and metric;
also its population, change and per. Keyed on words near the number, held as
word lists in rules/wordlists (GUIDELINES §3, §7, §8).
"""
from __future__ import annotations

from functools import lru_cache

import regex

from extract.spans import Hit, Window, first_after, hits, nearest_before, within
from rules.fragments import word_pattern
from rules.punctuation import CLAUSE_BREAKS
from rules.taxonomy import sets
from rules.wordlists import table


class DocWords:
    """Word-list hits of one document, computed once and shared by all its mentions."""

    def __init__(self, text: str):
        self.text = text
        self.domain = hits(text, "domain_keywords.tsv")
        self.program = hits(text, "medical_programs.tsv")
        self.metric = hits(text, "medical_metrics.tsv")
        self.per = hits(text, "per_words.tsv")
        self.change = hits(text, "change_words.tsv")
        self.population = hits(text, "populations.txt")
        self._distinct: dict[tuple[int, int], list[Hit]] = {}

    def distinct(self, lo: int, hi: int) -> list[Hit]:
        """The first hit of each distinct domain word inside [lo, hi), computed once per span."""
        if (lo, hi) not in self._distinct:
            first: dict[str, Hit] = {}
            for h in within(self.domain, lo, hi):
                first.setdefault(h.word, h)
            self._distinct[(lo, hi)] = list(first.values())
        return self._distinct[(lo, hi)]


@lru_cache(maxsize=None)
def _domain_weights() -> dict[str, tuple[str, float]]:
    return {w: (d, float(x)) for w, d, x in table("domain_keywords.tsv")}


# Closer words say more about a figure than words elsewhere in its article. Levels are read
# nearest first and the reading stops once one domain has DECIDED points, so a long
# article's vocabulary cannot outvote the figure's own clause; each word counts once.
_PROXIMITY = (("clause", 6.0), ("sentence", 3.0), ("paragraph", 1.5), ("headline", 2.0),
              ("previous", 0.8), ("article", 0.3))
DECIDED = 9.0


def domain_of(w: Window, words_: DocWords) -> str:
    weights = _domain_weights()
    seen: set[str] = set()
    score: dict[str, float] = {}
    nearest: dict[str, int] = {}  # ties go to the domain whose word stands closest to the figure
    for level, factor in _PROXIMITY:
        span = getattr(w, level)
        if span is None:
            continue
        # the article level reads each distinct word once (cached per article), not every hit
        hs = words_.distinct(*span) if level == "article" else within(words_.domain, *span)
        for h in hs:
            if h.word in seen:
                continue
            seen.add(h.word)
            domain, weight = weights[h.word]
            score[domain] = score.get(domain, 0.0) + weight * factor
            gap = w.start - h.end if h.end <= w.start else h.start - w.end
            nearest[domain] = min(nearest.get(domain, abs(gap)), abs(gap))
        if score and max(score.values()) >= DECIDED:
            break
    if not score:
        return "other"
    return max(sorted(score), key=lambda d: (score[d], -nearest[d]))


@lru_cache(maxsize=None)
def _programs() -> dict[str, str]:
    return {w: p for w, p in table("medical_programs.tsv")}


@lru_cache(maxsize=None)
def _metrics() -> dict[str, tuple[str, frozenset]]:
    return {w: (m, frozenset(u.split(","))) for w, m, u in table("medical_metrics.tsv")}


def _nearest_before(hs: list[Hit], w: Window, span) -> Hit | None:
    return nearest_before(hs, w.start, span[0])


def _first_after(hs: list[Hit], w: Window, span) -> Hit | None:
    return first_after(hs, w.end, span[1])


def metric_of(w: Window, words_: DocWords, unit: str, change: str = "") -> str:
    """The metric whose keyword stands nearest the figure and fits its unit ("" if none). A
    change keeps the metric it changes: 个百分点 fits a rate, a growth rate fits any metric."""
    if unit in sets().unit_metric:
        return sets().unit_metric[unit]
    metrics = _metrics()
    as_unit = "%" if unit == "个百分点" else unit

    def fits(h: Hit) -> bool:
        units_ = metrics[h.word][1]
        return "*" in units_ or as_unit in units_ or change == "growth_rate"

    hs = [h for h in within(words_.metric, *w.sentence) if fits(h)]
    for span in (w.clause, w.sentence):
        h = _nearest_before(hs, w, span) or _first_after(hs, w, w.clause)
        if h:
            return metrics[h.word][0]
    return ""


def program_of(w: Window, words_: DocWords, metric: str) -> str:
    """The nearest program named before the figure in its clause, else in its sentence (or
    just after it in its clause), else (except for enrollment figures) in its paragraph; a
    form of help (救助, 资助, 慢特病 …) outranks the scheme it is paid from, and service
    delivery (服务点, 经办) counts only in the figure's own clause. Nothing named, or an
    enrollment figure after both schemes: both schemes together (basic_medical_insurance)."""
    programs, t = _programs(), sets()
    if metric == "service_points":
        return "medical_security_services"
    found = None
    for span in (w.clause, w.sentence):
        before = [h for h in within(words_.program, span[0], w.start)
                  if (span == w.clause or programs[h.word] != "medical_security_services")]
        schemes = {programs[h.word] for h in before if programs[h.word] in t.schemes}
        if span == w.sentence and metric in t.enrollment_metrics and len(schemes) > 1:
            found = "basic_medical_insurance"  # 职工医保X人、城乡居民医保Y人，参保率Z%: the total
            break
        helps = [h for h in before if programs[h.word] not in t.schemes]
        h = (helps or before or [None])[-1] or _first_after(words_.program, w, w.clause)
        if h:
            found = programs[h.word]
            break
    if found == "medical_assistance":  # 救助资金 after 住院救助 in one sentence: the specific form
        specific = [h for h in within(words_.program, w.sentence[0], w.start)
                    if programs[h.word] in t.specific_helps]
        if specific:
            found = programs[specific[-1].word]
    if found is None and metric not in t.enrollment_metrics:
        # 补偿12.6万人次 after a semicolon still speaks of the program named before it
        paid = [h for h in within(words_.program, w.paragraph[0], w.start)
                if programs[h.word] != "medical_security_services"]
        found = programs[paid[-1].word] if paid else None
    if found is None:
        found = "basic_medical_insurance"
    if found == "basic_medical_insurance" and metric in t.standards:
        return "resident_medical_insurance"  # annual contribution standards are the resident scheme's
    return found


def settle_metric(metric: str, program: str, unit: str, per: str) -> str:
    """Metric corrections that depend on the program: people helped are beneficiaries and
    people in a scheme are insured; a per-person amount of help is a subsidy standard."""
    if unit == "人" and metric in ("", "insured_persons", "beneficiaries"):
        if program in sets().people_helped:
            return "beneficiaries"
        if program in sets().schemes:
            return "insured_persons"
    if program == "enrollment_subsidy" and unit == "元" and per in ("person", "person_year"):
        return "fiscal_subsidy"
    if metric:
        return metric
    return sets().unit_metric.get(unit, "beneficiaries" if unit == "人" else "other")


def population_of(w: Window, words_: DocWords) -> str:
    h = _nearest_before(words_.population, w, w.sentence)
    return h.word if h else ""


_LEVEL_AGAIN = regex.compile(r"到|至|为|是")
_CLAUSE_END = regex.compile("[" + regex.escape(CLAUSE_BREAKS) + "]")
_NOUN_AFTER = regex.compile(r"值|量|幅|率|额")


@lru_cache(maxsize=None)
def _falls() -> frozenset[str]:
    return frozenset(r[0] for r in table("change_words.tsv") if len(r) > 1 and r[1].strip() == "fall")


@lru_cache(maxsize=None)
def _relief_units() -> dict[str, frozenset[str]]:
    """Words that are relief, not a change, before these units (每餐再减3元)."""
    return {r[0]: frozenset(r[2].split(",")) for r in table("change_words.tsv") if len(r) > 2 and r[2].strip()}


def change_of(w: Window, words_: DocWords, unit: str, text: str) -> tuple[str, bool]:
    """('' | delta | growth_rate, whether it is a fall): the change verb before the figure in
    its clause; a list item (、) inherits the verb of the item before it."""
    h = _nearest_before(words_.change, w, w.clause)
    if h is None:
        h = _nearest_before(words_.change, w, (w.sentence[0], w.start))
        if h is None or _CLAUSE_END.search(text, h.end, w.start):
            return "", False
    gap = text[h.end:w.start]
    if _NOUN_AFTER.match(text, h.end):
        return "", False
    if len(h.word) == 1 and gap.strip("了 "):  # 增/减/降/多/少 only right before the number
        return "", False
    if _LEVEL_AGAIN.search(gap) or unit in _relief_units().get(h.word, ()):
        return "", False
    return ("growth_rate" if unit in ("%", "‰") else "delta"), h.word in _falls()


@lru_cache(maxsize=None)
def _pers() -> dict[str, str]:
    return {w: p for w, p in table("per_words.tsv")}


PER_REACH = 24  # characters before the number a per word still governs


def per_of(w: Window, words_: DocWords, current: str) -> str:
    """The denominator the text gives: the figure's own (元/人), else a per word just before it."""
    if current:
        return current
    h = _nearest_before(words_.per, w, (max(w.sentence[0], w.start - PER_REACH), w.start))
    return _pers()[h.word] if h else ""


def per_for(metric: str, written: str) -> str:
    """Annual contribution and subsidy standards are per person and year whatever the text says."""
    return "person_year" if metric in sets().standards else written


def item_of(text: str, clause: tuple[int, int]) -> str:
    """The short label of what a figure counts (住院, 门诊 …): the last one in its clause."""
    found = word_pattern("fact_items.txt").findall(text, *clause)
    return found[-1] if found else ""
