"""Attribution: each figure's region, period, domain and (medical security) program and metric.

A composition of resolvers over one document's normalised text: the page layout
(extract.segment) gives each figure its window of clause, sentence, paragraph and
article; RegionResolver, PeriodResolver and the classifiers read that window. Context
never crosses an article boundary.
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from extract.budget import Budget
from extract.classify import (DocWords, change_of, domain_of, item_of, metric_of, per_for,
                              per_of, population_of, program_of, settle_metric)
from extract.periods import PeriodResolver
from extract.regions import RegionResolver
from extract.scan import Found
from extract.segment import Article, article_at, clause_at, segment_page, sentences
from extract.spans import Span, Window


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
    sentence: Span = (0, 0)
    repeat: bool = False  # the figure stands in a pull quote or headline, which repeat the body
    article: int = -1


class Layout:
    """The page's articles and units, with lookups by bisection."""

    def __init__(self, text: str):
        self.text = text
        self.articles: list[Article] = segment_page(text)
        self._units = sorted(((u.start, u.end, a, i) for a in self.articles for i, u in enumerate(a.units)),
                             key=lambda t: t[:2])
        self._unit_starts = [u[0] for u in self._units]
        self._sentence_cache: dict[Span, list[Span]] = {}
        self._before_cache: dict[int, list[tuple[Span | None, Span | None]]] = {}

    def unit_at(self, offset: int) -> tuple[Article | None, int | None]:
        """The article and index of the unit holding `offset` (a pull quote printed away from
        its article is a unit of the article it quotes); between units, the article whose
        span holds it and no unit."""
        i = bisect_right(self._unit_starts, offset) - 1
        if i >= 0 and offset < self._units[i][1]:
            return self._units[i][2], self._units[i][3]
        return (article_at(self.articles, offset) if self._units else None), None

    def article_of(self, offset: int) -> Article | None:
        return self.unit_at(offset)[0]

    def sentences(self, para: Span) -> list[Span]:
        if para not in self._sentence_cache:
            self._sentence_cache[para] = sentences(self.text, *para)
        return self._sentence_cache[para]

    def _before(self, art: Article) -> list[tuple[Span | None, Span | None]]:
        """For each unit of the article, the nearest heading and paragraph above it (computed
        once per article, so a figure costs the same in a long article as in a short one)."""
        if art.index not in self._before_cache:
            rows, heading, previous = [], None, None
            for u in art.units:
                rows.append((heading, previous))
                if u.kind in ("headline", "section"):
                    heading = (u.start, u.end)
                elif u.kind == "paragraph":
                    previous = (u.start, u.end)
            rows.append((heading, previous))
            self._before_cache[art.index] = rows
        return self._before_cache[art.index]

    def window(self, start: int, end: int) -> tuple[Window, Article | None, str]:
        """The nested spans around a figure, and its article and unit kind."""
        art, idx = self.unit_at(start)
        if art is None:
            span = (0, len(self.text))
            return Window(start, end, span, span, span, span), None, ""
        unit = art.units[idx] if idx is not None else None
        para = (unit.start, unit.end) if unit else (art.start, art.end)
        sents = self.sentences(para)
        k = bisect_right(sents, (start, len(self.text) + 1)) - 1
        sent = sents[k] if k >= 0 and sents[k][0] <= start < sents[k][1] else para
        clause = clause_at(self.text, sent, start, end)
        above, previous = self._before(art)[idx or 0]
        heading = above or art.headline
        w = Window(start, end, clause, sent, para, (art.start, art.end), heading, previous)
        return w, art, (unit.kind if unit else "")


class DocumentContext:
    """Everything about one document that all its figures share, computed once."""

    def __init__(self, text: str, published: str | None, home_name: str = "", home_code: str = "",
                 budget: Budget | None = None):
        budget = budget or Budget(None)
        self.text = text
        budget.enter("layout")
        self.layout = Layout(text)
        budget.enter("word lists")
        self.words = DocWords(text)
        budget.enter("places")
        self.regions = RegionResolver(text, home_name, home_code)
        budget.enter("time expressions")
        self.periods = PeriodResolver(text, published, self.layout.articles, self.layout.article_of,
                                      self.layout.sentences)

    def attribute(self, f: Found) -> Attribution:
        w, art, unit_kind = self.layout.window(f.start, f.end)
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
        kind, start, end = self.periods.period(w, art, metric, change, f.period)
        return Attribution(
            region=region.name, region_code=region.code if len(region.code) == 6 else "",
            locality=self.regions.locality(w), period_kind=kind, period_start=start, period_end=end,
            domain=domain, program=program, metric=metric, population=population_of(w, self.words),
            change=change, per=per_for(metric, written_per), item=item_of(self.text, w.clause),
            sentence=w.sentence, repeat=unit_kind in ("pullquote", "headline"),
            article=art.index if art else -1)

