"""Attribution: each figure's region, period, domain and (medical security) program and metric.

Works on the normalised text of one document; context never crosses an
article boundary found by extract.segment.
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

import regex

from extract.classify import (DocWords, Window, change_of, domain_of, metric_of, per_of,
                              per_for, population_of, program_of, settle_metric, within)
from extract.facts import item_of
from extract.periods import TimeExpr, find_time_expressions
from extract.regions import RegionResolver
from extract.scan import Found
from extract.segment import Article, article_at, clause_at, segment_page, sentences
from rules.fragments import word_pattern

# A stock is a level at a moment: an interval that comes with it gives its end (GUIDELINES §6).
STOCK_METRICS = {"insured_persons", "enrollment_rate", "fund_balance", "covered_disease_types",
                 "service_points"}
ANNUAL_STANDARDS = {"individual_contribution", "fiscal_subsidy", "per_capita_funding"}
_HAN = regex.compile(r"\p{Han}")


@lru_cache(maxsize=1024)
def _resolved_alone(expr: str, year: str) -> TimeExpr | None:
    """A year-less expression read as if published in December of `year`."""
    again = find_time_expressions(expr, f"{year}-12")
    return again[0] if again and again[0].resolved and again[0].text == expr else None


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
    repeat: bool = False  # the figure stands in a pull quote or headline, which repeat the body
    article: int = -1


class DocumentContext:
    """Everything about one document that all its figures share, computed once."""

    def __init__(self, text: str, published: str | None, home_name: str = "", home_code: str = ""):
        self.text = text
        self.articles: list[Article] = segment_page(text)
        self._units = sorted(((u.start, u.end, a, i) for a in self.articles for i, u in enumerate(a.units)),
                             key=lambda t: t[:2])
        self._unit_starts = [u[0] for u in self._units]
        self._sentence_cache: dict[tuple[int, int], list[tuple[int, int]]] = {}
        self.published = published
        # 于3月挂牌成立: a date after 于 says when something happened, not what period a figure covers
        times = [t for t in find_time_expressions(text, published)
                 if not (t.start and text[t.start - 1] == "于" and not t.text.startswith(("截至", "截止")))]
        self.words = DocWords(text)
        self.regions = RegionResolver(text, home_name, home_code)
        self.summary = {a.index: self._summary_period(a, times) for a in self.articles}
        page = next((p for p in self.summary.values() if p is not None), None)
        self.summary = {i: p or page for i, p in self.summary.items()}
        self.times = [self._rebased(t, times) for t in times]

    def _summary_period(self, a: Article, times: list[TimeExpr]) -> TimeExpr | None:
        """The period a bulletin, yearbook or work summary is about, from its title."""
        span = a.headline or (a.start, min(a.end, a.start + 80))
        if not word_pattern("summary_titles.txt").search(self.text, span[0], span[1]):
            return None
        named = [t for t in times if span[0] <= t.start and t.end <= span[1] and t.resolved
                 and t.kind == "during" and not t.relative]
        return named[0] if named else None

    def _rebased(self, t: TimeExpr, times: list[TimeExpr]) -> TimeExpr:
        """Year-less expressions (全年, 年末, 今年) take the year the text is about: a summary's
        title year, else the latest explicit year before them in their article, else the
        publication year. A relative interval ends no later than the publication month."""
        if t.resolved and not t.relative:
            return t
        art, _ = self._unit_at(t.start)
        summary = self.summary.get(art.index) if art else None
        year = ""
        if summary is not None:
            year = summary.period_end[:4]
        elif not t.resolved:
            lo = art.start if art else 0
            explicit = [x for x in times if lo <= x.start and x.end <= t.start and x.resolved
                        and not x.relative and x.period_end]
            year = explicit[-1].period_end[:4] if explicit else (self.published or "")[:4]
        if year and (summary is not None or not t.resolved):
            t = self._resolve_in(t, year)
        return t

    @staticmethod
    def _resolve_in(t: TimeExpr, year: str) -> TimeExpr:
        x = _resolved_alone(t.text, year)
        if x is not None:
            return TimeExpr(t.start, t.end, t.text, x.kind, x.period_start, x.period_end, True, True)
        if t.text.endswith(("全年", "年内")):
            return TimeExpr(t.start, t.end, t.text, "during", f"{year}-01", f"{year}-12", True, True)
        return t

    def _year_to_date(self, t: TimeExpr, w: Window, art: Article | None, metric: str) -> TimeExpr:
        """今年 in a November report means January to November (in a 前三季度 summary, to
        September): a report does not count the future, unless the figure is a plan (计划, 预计)."""
        summary = self.summary.get(art.index) if art else None
        cap = summary.period_end if summary is not None else self.published
        if metric in ANNUAL_STANDARDS:
            return t  # a contribution or subsidy standard is set for the whole year
        if (cap and t.relative and t.kind == "during" and t.text.startswith(("今年", "本年"))
                and t.period_start <= cap < t.period_end
                and not word_pattern("future_words.txt").search(self.text, w.sentence[0], w.end)):
            return TimeExpr(t.start, t.end, t.text, t.kind, t.period_start, cap, True, True)
        return t

    def _unit_at(self, offset: int) -> tuple[Article | None, int | None]:
        """The article and index of the unit holding `offset`, by bisection (a pull quote
        printed away from its article is a unit of the article it quotes); between units,
        the article whose span holds it and no unit."""
        i = bisect_right(self._unit_starts, offset) - 1
        if i >= 0 and offset < self._units[i][1]:
            return self._units[i][2], self._units[i][3]
        return (article_at(self.articles, offset) if self._units else None), None

    def _sentences(self, para: tuple[int, int]) -> list[tuple[int, int]]:
        if para not in self._sentence_cache:
            self._sentence_cache[para] = sentences(self.text, *para)
        return self._sentence_cache[para]

    def window(self, start: int, end: int) -> tuple[Window, Article | None, str]:
        """The nested spans around a figure, and its article and unit kind. A pull quote printed
        away from its article is a unit of the article it quotes."""
        art, idx = self._unit_at(start)
        if art is None:
            span = (0, len(self.text))
            return Window(start, end, span, span, span, span), None, ""
        unit = art.units[idx] if idx is not None else None
        para = (unit.start, unit.end) if unit else (art.start, art.end)
        sents = self._sentences(para)
        k = bisect_right(sents, (start, len(self.text) + 1)) - 1
        sent = sents[k] if k >= 0 and sents[k][0] <= start < sents[k][1] else para
        clause = clause_at(self.text, sent, start, end)
        above = [u for u in art.units[:idx or 0] if u.kind in ("headline", "section")]
        heading = (above[-1].start, above[-1].end) if above else art.headline
        prev = [u for u in art.units[:idx or 0] if u.kind == "paragraph"]
        previous = (prev[-1].start, prev[-1].end) if prev else None
        w = Window(start, end, clause, sent, para, (art.start, art.end), heading, previous)
        return w, art, (unit.kind if unit else "")

    def period(self, w: Window, art: Article | None, metric: str, change: str,
               stated: tuple[str, str, str] | None = None) -> tuple[str, str, str]:
        t = None if stated is not None else self._governing_time(w)
        if stated is not None:  # a table cell's column header
            kind, start, end = stated
        elif t is not None:
            if not t.resolved:
                return "", "", ""
            t = self._year_to_date(t, w, art, metric)
            kind, start, end = t.kind, t.period_start, t.period_end
        elif art is not None and self.summary.get(art.index) is not None:
            t = self.summary[art.index]
            kind, start, end = t.kind, t.period_start, t.period_end
        else:
            return "", "", ""
        if kind == "during" and not change and self._is_stock(w, metric):
            return "as_of", "", end
        return kind, start, end

    def _is_stock(self, w: Window, metric: str) -> bool:
        """A level at a moment: an insurance stock metric, or a figure whose clause has a stock
        word (现有, 面积, 编制 …) and no flow word (新增, 完成, 发放 …)."""
        if metric in STOCK_METRICS:
            return True
        if metric not in ("", "other"):
            return False
        return (word_pattern("stock_words.txt").search(self.text, *w.clause) is not None
                and word_pattern("flow_words.txt").search(self.text, *w.clause) is None)

    def _modifier(self, t: TimeExpr) -> bool:
        """2025年度城乡居民医保集中征缴: a 年度 qualifying the noun after it is not the
        figure's period when the sentence has another time expression."""
        return t.text.endswith("年度") and t.end < len(self.text) and _HAN.match(self.text, t.end) is not None

    def _dates_another_figure(self, t: TimeExpr, w: Window) -> bool:
        """由去年的50元提高到100元: a time followed by 的 dates the figure right after it only."""
        return self.text.startswith("的", t.end) and w.start > t.end + 3

    def _governing_time(self, w: Window) -> TimeExpr | None:
        """In the figure's own sentence, the nearest time expression before it; otherwise the
        first (head) expression of the latest earlier sentence of the paragraph that has one."""
        same = [t for t in within(self.times, w.sentence[0], w.start)
                if not self._dates_another_figure(t, w)]
        heads = [t for t in same if not self._modifier(t)]
        if heads and heads[-1].text in ("今年", "本年"):
            # 截至11月底,全县今年参保X人: the 截至 at the head dates the figure
            cutoff = [t for t in heads if t.text.startswith(("截至", "截止"))]
            heads = cutoff or heads
        if heads or same:
            return (heads or same)[-1]
        earlier = within(self.times, w.paragraph[0], w.sentence[0])
        if not earlier:
            return None
        last_sentence = next(((s, e) for s, e in self._sentences(w.paragraph)
                              if s <= earlier[-1].start < e), None)
        if last_sentence is None:
            return earlier[-1]
        return next(t for t in earlier if last_sentence[0] <= t.start)

    def attribute(self, f: Found) -> Attribution:
        w, art, unit_kind = self.window(f.start, f.end)
        q = f.quantity
        region = self.regions.region(w)
        domain = domain_of(w, self.words)
        program = metric = ""
        change = f.change or change_of(w, self.words, q.unit, self.text)
        written_per = per_of(w, self.words, q.per)
        if domain == "medical_security":
            # a table's change cell takes the metric of its row, whose unit it does not carry
            metric = metric_of(w, self.words, f.row_unit or q.unit, "" if f.row_unit else change)
            program = program_of(w, self.words, metric)
            metric = settle_metric(metric, program, q.unit, written_per)
        kind, start, end = self.period(w, art, metric, change, f.period)
        return Attribution(
            region=region.name, region_code=region.code if len(region.code) == 6 else "",
            locality=self.regions.locality(w), period_kind=kind, period_start=start, period_end=end,
            domain=domain, program=program, metric=metric, population=population_of(w, self.words),
            change=change,
            per=per_for(metric, written_per), item=item_of(self.text[w.clause[0]:w.clause[1]]),
            sentence=w.sentence, repeat=unit_kind in ("pullquote", "headline"),
            article=art.index if art else -1)
