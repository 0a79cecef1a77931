"""Attribution: each figure's region, period, domain and (medical security) program and metric.

Works on the normalised text of one document; context never crosses an
article boundary found by extract.segment.
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

import regex

from extract.classify import (DocWords, Window, change_of, domain_of, metric_of, per_of,
                              population_of, program_of)
from extract.facts import item_of
from extract.periods import TimeExpr, find_time_expressions
from extract.regions import RegionResolver
from extract.scan import Found
from extract.segment import Article, segment_page, sentences

# A stock is a level at a moment: an interval that comes with it gives its end (GUIDELINES §6).
STOCK_METRICS = {"insured_persons", "enrollment_rate", "fund_balance", "covered_disease_types",
                 "service_points"}
_CLAUSE_BREAK = regex.compile(r"[,;:!?。，；：！？]")
_SUMMARY_TITLE = regex.compile(r"((?:19|20)\d\d)年[^\n]{0,30}(?:统计公报|公报|年鉴|年报|工作总结|工作报告)")


@dataclass(frozen=True)
class Attribution:
    region: str = ""
    region_code: str = ""
    locality: str = ""
    period_kind: str = ""
    period_start: str = ""
    period_end: str = ""
    domain: str = ""
    program: str = ""
    metric: str = ""
    population: str = ""
    change: str = ""
    per: str = ""
    item: str = ""
    sentence: tuple[int, int] = (0, 0)
    pullquote: bool = False  # the figure stands in a layout repeat (pull quote)
    article: int = -1


class DocumentContext:
    """Everything about one document that all its figures share, computed once."""

    def __init__(self, text: str, published: str | None, home_name: str = "", home_code: str = ""):
        self.text = text
        self.articles: list[Article] = segment_page(text)
        self._starts = [a.start for a in self.articles]
        self.times: list[TimeExpr] = find_time_expressions(text, published)
        self.words = DocWords(text)
        self.regions = RegionResolver(text, home_name, home_code)
        self.default_years = {a.index: self._summary_year(a) for a in self.articles}

    def _summary_year(self, a: Article) -> str:
        """The year of a bulletin or annual summary whose title says so."""
        span = a.headline or (a.start, min(a.end, a.start + 60))
        m = _SUMMARY_TITLE.search(self.text, span[0], span[1])
        return m.group(1) if m else ""

    def window(self, start: int, end: int) -> tuple[Window, Article | None, str]:
        i = bisect_right(self._starts, start) - 1
        art = self.articles[i] if 0 <= i < len(self.articles) and start < self.articles[i].end else None
        if art is None:
            span = (0, len(self.text))
            return Window(start, end, span, span, span, span), None, ""
        idx = next((i for i, u in enumerate(art.units) if u.start <= start < u.end), None)
        unit = art.units[idx] if idx is not None else None
        para = (unit.start, unit.end) if unit else (art.start, art.end)
        sent = next(((s, e) for s, e in sentences(self.text, *para) if s <= start < e), para)
        clause = _clause(self.text, sent, start, end)
        above = [u for u in art.units[:idx or 0] if u.kind in ("headline", "section")]
        heading = (above[-1].start, above[-1].end) if above else art.headline
        prev = [u for u in art.units[:idx or 0] if u.kind == "paragraph"]
        previous = (prev[-1].start, prev[-1].end) if prev else None
        w = Window(start, end, clause, sent, para, (art.start, art.end), heading, previous)
        return w, art, (unit.kind if unit else "")

    def period(self, w: Window, art: Article | None, metric: str, domain: str) -> tuple[str, str, str]:
        t = self._governing_time(w)
        if t is not None:
            if not t.resolved:
                return "", "", ""
            kind, start, end = t.kind, t.period_start, t.period_end
        elif art is not None and self.default_years.get(art.index):
            year = self.default_years[art.index]
            kind, start, end = "during", f"{year}-01", f"{year}-12"
        else:
            return "", "", ""
        if kind == "during" and metric in STOCK_METRICS:
            return "as_of", "", end
        return kind, start, end

    def _governing_time(self, w: Window) -> TimeExpr | None:
        """In the figure's own sentence, the nearest time expression before it; otherwise the
        first (head) expression of the latest earlier sentence of the paragraph that has one."""
        same = [t for t in self.times if w.sentence[0] <= t.start and t.end <= w.start]
        if same:
            return same[-1]
        earlier = [t for t in self.times if w.paragraph[0] <= t.start and t.end <= w.sentence[0]]
        if not earlier:
            return None
        last_sentence = next(((s, e) for s, e in sentences(self.text, *w.paragraph)
                              if s <= earlier[-1].start < e), None)
        if last_sentence is None:
            return earlier[-1]
        return next(t for t in earlier if last_sentence[0] <= t.start)

    def attribute(self, f: Found) -> Attribution:
        w, art, unit_kind = self.window(f.start, f.end)
        q = f.quantity
        region = self.regions.region(w)
        domain = domain_of(w, self.words, q.unit)
        program = metric = ""
        if domain == "medical_security":
            metric = metric_of(w, self.words, q.unit)
            program = program_of(w, self.words, metric)
        kind, start, end = self.period(w, art, metric, domain)
        return Attribution(
            region=region.name, region_code=region.code if len(region.code) == 6 else "",
            locality=self.regions.locality(w), period_kind=kind, period_start=start, period_end=end,
            domain=domain, program=program, metric=metric, population=population_of(w, self.words),
            change=change_of(w, self.words, q.unit, self.text),
            per=per_of(w, self.words, metric, q.per), item=item_of(self.text[w.clause[0]:w.clause[1]]),
            sentence=w.sentence, pullquote=unit_kind == "pullquote",
            article=art.index if art else -1)


def _clause(text: str, sent: tuple[int, int], start: int, end: int) -> tuple[int, int]:
    s = start
    while s > sent[0] and not _CLAUSE_BREAK.match(text, s - 1):
        s -= 1
    e = end
    while e < sent[1] and not _CLAUSE_BREAK.match(text, e):
        e += 1
    return s, e
