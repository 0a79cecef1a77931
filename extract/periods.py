"""Periods (GUIDELINES §6): time expressions found by the time rules, anchored in one place.

`find_time_expressions` runs the records of `rules.time` over the text (leftmost, then
longest, then the earlier-listed rule wins; skips consume; comparison bases such as
比上年 or 去年同期 are dropped) and anchors each symbolic period to the publication month.
`PeriodResolver` does for one document what `RegionResolver` does for places: it re-anchors
year-less expressions to the year the text is about (a bulletin's title year, an explicit
year earlier in the article), picks the expression that governs each figure, and decides
stock or flow.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

import regex

from extract.spans import Span, Window, within
from rules.base import TimeSkip
from rules.fragments import word_pattern
from rules.punctuation import CLAUSE_BREAKS
from rules.taxonomy import sets
from rules.registry import TIME_RULES
from rules.time_grammar import Point, Symbolic, comparison_words

Month = tuple[int, int]  # (year, month)


@dataclass(frozen=True)
class TimeExpr:
    start: int  # offsets into the text passed in, half-open
    end: int
    text: str  # == text[start:end]
    kind: str  # "as_of" or "during"
    period_start: str  # "YYYY-MM" ("" for as_of, and "" when unresolved)
    period_end: str  # "YYYY-MM" ("" when unresolved)
    resolved: bool  # False when a year was needed but unknown
    relative: bool  # True when it depended on the publication month
    symbolic: Symbolic | None = None  # what the rule read, for re-anchoring to another year
    rule: str = ""


# ------------------------------------------------------------------ anchoring


def parse_month(published: str | None) -> Month | None:
    if not published:
        return None
    m = regex.fullmatch(r"\s*(\d{4})-(\d{1,2})(?:-\d{1,2})?\s*", published)
    return (int(m.group(1)), int(m.group(2))) if m else None


def ym(y: int, m: int) -> str:
    """A month that may overflow (13 → January of the next year) as YYYY-MM."""
    y += (m - 1) // 12
    m = (m - 1) % 12 + 1
    return f"{y:04d}-{m:02d}"


def _point(p: Point, pub: Month | None, year: int | None) -> str | None:
    k, v = p.year.kind, p.year.value
    if k == "abs":
        return ym(v, p.month)
    if k == "now":
        return ym(pub[0], pub[1] + p.month) if pub else None
    if k == "needed":
        return ym(year + v, p.month) if year is not None else None
    return ym(pub[0] + v, p.month) if pub else None  # rel, implied


def anchor(sym: Symbolic, pub: Month | None, year: int | None = None) -> tuple[str, str, str, bool, bool]:
    """(kind, period_start, period_end, resolved, relative) of a symbolic period published in
    month `pub`; `year` supplies a year that an expression needs but does not write (全年)."""
    relative = sym.relative
    if sym.cap:
        end = min(ym(*pub), sym.cap) if pub else sym.cap
        relative = bool(pub) and end != sym.cap
    else:
        end = _point(sym.end, pub, year)
    start = _point(sym.start, pub, year) if sym.start else ""
    if sym.open or end is None or start is None:
        return sym.kind, "", "", False, relative
    return sym.kind, (start if sym.kind == "during" else ""), end, True, relative


# ------------------------------------------------------------------ finding

_SKIP = object()


def _is_comparison(text: str, s: int, e: int) -> bool:
    """比上年, 较2020年末, 去年同期, 与去年相比: the base of a comparison is not a period."""
    c = comparison_words()
    before = text[max(0, s - 3):s]
    if before.endswith(c.get("before", ())) or text.startswith(c.get("after", ()), e):
        return True
    if before.endswith(c.get("pair", ())):
        stop = next((i for i in range(e, min(len(text), e + 10)) if text[i] in CLAUSE_BREAKS + "\n"),
                    min(len(text), e + 10))
        return any(w in text[e:stop] for w in c.get("pair_end", ()))
    return False


def find_time_expressions(text: str, published: str | None) -> list[TimeExpr]:
    """All period-giving time expressions in `text`, left to right, non-overlapping,
    anchored to the publication month "YYYY-MM" (or None)."""
    pub = parse_month(published)
    cands = []
    for order, rule in enumerate(TIME_RULES):
        for m in rule.compiled.finditer(text, overlapped=True):
            if m.end() == m.start():
                continue
            if isinstance(rule, TimeSkip):
                cands.append((m.start(), -m.end(), order, _SKIP))
                continue
            sym = rule.resolve(m)
            if sym is not None:
                cands.append((m.start(), -m.end(), order, (rule.name, sym)))
    cands.sort(key=lambda c: c[:3])
    out: list[TimeExpr] = []
    last = 0
    for s, neg_e, _, res in cands:
        e = -neg_e
        if s < last:
            continue
        last = e
        if res is _SKIP or _is_comparison(text, s, e):
            continue
        name, sym = res
        out.append(TimeExpr(s, e, text[s:e], *anchor(sym, pub), symbolic=sym, rule=name))
    return out


@lru_cache(maxsize=4096)
def _reanchored(sym: Symbolic, year: int) -> tuple[str, str, str, bool, bool]:
    return anchor(sym, (year, 12), year)


def in_year(t: TimeExpr, year: int) -> TimeExpr:
    """A year-less or relative expression read as if published in December of `year`."""
    kind, start, end, resolved, _ = _reanchored(t.symbolic, year)
    if not resolved:
        return t
    return TimeExpr(t.start, t.end, t.text, kind, start, end, True, True, t.symbolic, t.rule)


# ------------------------------------------------------------------ one document


class PeriodResolver:
    """Time expressions of one document, anchored once; then a period for each figure."""

    def __init__(self, text: str, published: str | None, articles: list,
                 article_of: Callable[[int], object], sentences_of: Callable[[Span], list[Span]]):
        self.text = text
        self.published = published
        self._article_of = article_of
        self._sentences_of = sentences_of
        # 于3月挂牌成立: a date after 于 says when something happened, not what period a figure covers
        times = [t for t in find_time_expressions(text, published)
                 if not (t.start and text[t.start - 1] == "于" and not t.text.startswith(("截至", "截止")))]
        summary = {a.index: self._summary_period(a, times) for a in articles}
        page = next((p for p in summary.values() if p is not None), None)
        self.summary = {i: p or page for i, p in summary.items()}
        # the latest explicit year before each expression, in one pass: times are sorted and
        # do not overlap, so "ends before t" is "comes before t in the list"
        explicit, latest = [], None
        for t in times:
            explicit.append(latest)
            if t.resolved and not t.relative and t.period_end:
                latest = t
        self.times = [self._rebased(t, before) for t, before in zip(times, explicit)]

    def _summary_period(self, a, times: list[TimeExpr]) -> TimeExpr | None:
        """The period a bulletin, yearbook or work summary is about, from its title."""
        span = a.headline or (a.start, min(a.end, a.start + 80))
        if not word_pattern("summary_titles.txt").search(self.text, span[0], span[1]):
            return None
        named = [t for t in within(times, *span) if t.resolved and t.kind == "during" and not t.relative]
        return named[0] if named else None

    def _rebased(self, t: TimeExpr, explicit: TimeExpr | None) -> TimeExpr:
        """Year-less expressions (全年, 年末, 今年) take the year the text is about: a summary's
        title year, else the latest explicit year before them in their article, else the
        publication year."""
        if t.resolved and not t.relative:
            return t
        art = self._article_of(t.start)
        summary = self.summary.get(art.index) if art else None
        if summary is not None:
            return in_year(t, int(summary.period_end[:4]))
        if t.resolved:
            return t
        lo = art.start if art else 0
        in_article = explicit is not None and explicit.start >= lo
        year = explicit.period_end[:4] if in_article else (self.published or "")[:4]
        return in_year(t, int(year)) if year else t

    def _year_to_date(self, t: TimeExpr, w: Window, art, metric: str) -> TimeExpr:
        """今年 in a November report means January to November (in a 前三季度 summary, to
        September): a report does not count the future, unless the figure is a plan (计划, 预计)."""
        summary = self.summary.get(art.index) if art else None
        cap = summary.period_end if summary is not None else self.published
        if metric in sets().standards:
            return t  # a contribution or subsidy standard is set for the whole year
        if (cap and t.relative and t.kind == "during" and t.symbolic.to_date
                and t.period_start <= cap < t.period_end
                and not word_pattern("future_words.txt").search(self.text, w.sentence[0], w.end)):
            return TimeExpr(t.start, t.end, t.text, t.kind, t.period_start, cap, True, True, t.symbolic, t.rule)
        return t

    def _modifier(self, t: TimeExpr) -> bool:
        """2025年度城乡居民医保集中征缴: a 年度 qualifying the noun after it is not the
        figure's period when the sentence has another time expression."""
        return t.text.endswith("年度") and t.end < len(self.text) and _HAN.match(self.text, t.end) is not None

    def _dates_another_figure(self, t: TimeExpr, w: Window) -> bool:
        """由去年的50元提高到100元: a time followed by 的 dates the figure right after it only."""
        return self.text.startswith("的", t.end) and w.start > t.end + 3

    def governing(self, w: Window) -> TimeExpr | None:
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
        last_sentence = next(((s, e) for s, e in self._sentences_of(w.paragraph)
                              if s <= earlier[-1].start < e), None)
        if last_sentence is None:
            return earlier[-1]
        return next(t for t in earlier if last_sentence[0] <= t.start)

    def period(self, w: Window, art, metric: str, change: str,
               stated: tuple[str, str, str] | None = None) -> tuple[str, str, str]:
        """(period_kind, period_start, period_end) of a figure; `stated` is a table column's."""
        t = None if stated is not None else self.governing(w)
        if stated is not None:
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
        if metric in sets().stock_metrics:
            return True
        if metric not in ("", "other"):
            return False
        return (word_pattern("stock_words.txt").search(self.text, *w.clause) is not None
                and word_pattern("flow_words.txt").search(self.text, *w.clause) is None)


_HAN = regex.compile(r"\p{Han}")
