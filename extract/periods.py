"""Periods (GUIDELINES §6): which of a document's time expressions (extract.time_expressions) governs each figure.

`PeriodResolver` does for one document what `RegionResolver` does for places: it re-anchors year-less
expressions to the year the text is about (a bulletin's title year, an explicit year earlier in the
article), picks the expression that governs each figure, and decides stock or flow.
"""
from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from dataclasses import replace

import regex

from extract.carried_times import (accrues_since, carries_on, changes_over_the_year, cutoffs, head_of, list_intro,
                                   scheme_year_ahead, since_last_week, whole_year_carried)
from extract.cell_periods import CellPeriods, cell_labels
from extract.figure_times import OWN_FIGURE, dates_another_figure, dates_own_figure, opens_from
from extract.page_periods import (bracketed_time, cut_off_of, defines_a_group, heads_a_section, headline_period,
                                  intro_period, is_band_edge, is_from_figure, is_modifier, on_a_heading, planned_in_sentence,
                                  progress_cell, progress_period, summary_period, the_period_of, year_of_a_target)
from extract.plans import is_future, is_target, leads_a_plan, names_target, names_the_years_plan, opens_next_steps
from extract.spans import Sorted, Span, Window, last_of, within
from extract.stock_flow import STARTED, accrues, flow_of_the_year, is_stock, sanctioned
from extract.time_expressions import (AHEAD, TimeExpr, counts_months_from_now, find_time_expressions, heads_its_paragraph,
                                      heads_its_sentence, implied_year, in_month, in_year, is_whole_year, months_after,
                                      moved_back, one_a_year, restated, running_total, year_over)
from rules.fragments import alternation, word_pattern
from rules.pattern_cache import compiled
from rules.punctuation import FULL_STOPS
from rules.taxonomy import sets
from rules.time import DEADLINE_AFTER
from rules.time_grammar import NOW
from rules.wordlists import words


_SPANS = ("year_range", "whole_months", "month_span")  # rules that read a span from one month to another


class PeriodResolver:
    """Time expressions of one document, anchored once; then a period for each figure."""

    def __init__(self, text: str, published: str | None, articles: list,
                 article_of: Callable[[int], object], sentences_of: Callable[[Span], list[Span]]):
        self.text = text
        self.published = published
        self._article_of = article_of
        self._sentences_of = sentences_of
        # 于3月挂牌成立: a date after 于 says when something happened, not what period a figure covers (not 关于2023年…,
        # 对于: the year reported on; 应于10月31日前: a deadline; 于2020年10月至2021年2月间: a span, what was done in it)
        found = [t for t in find_time_expressions(text, published, bases=True)
                 if not (t.start and text[t.start - 1] == "于" and text[t.start - 2:t.start] not in ("关于", "对于")
                         and t.rule not in _SPANS
                         and not t.text.startswith(("截至", "截止")) and not text.startswith(DEADLINE_AFTER, t.end))]
        times = [t for t in found if not t.base]
        summary = {a.index: summary_period(text, published, a, times) for a in articles}
        # a summary's year re-anchors its year-less words (今年, 年末), and those of the articles after it (not of those
        # before: a related link's title at the foot dates no article above it); a headline's period only dates the
        # figures that have none of their own, of its article and those after (a caption further down: none above it)
        topic = {a.index: headline_period(text, a, times) for a in articles}
        intro = {a.index: intro_period(text, a, times) for a in articles}  # (现将截至10月底…通报如下: its tables' too)
        self.summary, self.topic, page, page_topic = {}, {}, None, None
        for i in sorted(summary):
            page, page_topic = summary[i] or page, page_topic or topic[i] or intro[i]
            self.summary[i], self.topic[i] = page, intro[i] or page or topic[i] or page_topic
        # a progress table's rows read as articles of their own: its title dates the rest of the page
        self.progress = next((p for a in articles if (p := progress_period(text, a, times)) is not None), None)
        # the latest explicit year before each expression, by bisection (times are sorted, none overlap); (a 年度 naming
        # the scheme year of what follows, 2025年度居民医保, is no year the text is in, nor is one dating only the
        # figure after its 的: 由2014年的21.3%降至零)
        explicit = [t for t in times if t.resolved and not t.relative and t.period_end and not is_modifier(self.text, t)
                    and not dates_own_figure(self.text, t)]
        ends = [t.end for t in explicit]

        # (and the latest year of any kind, 去年 too, that may head its sentence)
        years = [t for t in times if t.resolved and is_whole_year(t) and not is_modifier(self.text, t)]
        year_ends = [t.end for t in years]

        def latest(pos: int) -> tuple[TimeExpr | None, TimeExpr | None]:  # (the explicit year, the year of any kind)
            i, k = bisect_right(ends, pos), bisect_right(year_ends, pos)
            return explicit[i - 1] if i else None, years[k - 1] if k else None

        self.times = Sorted([self._rebased(t, *latest(t.start)) for t in times])
        self.bases = Sorted([self._rebased(t, *latest(t.start)) for t in found if t.base])
        self.cells = CellPeriods(text, self.times, self.bases)
        self._sentence_key: Span | None = None
        self._intros: dict[int, TimeExpr | None] = {}  # paragraph start → the time its list intro gives
        self._sentence: list[TimeExpr] = []

    def _rebased(self, t: TimeExpr, explicit: TimeExpr | None, year: TimeExpr | None = None) -> TimeExpr:
        """Year-less expressions (全年, 年末, 今年) take the year the text is about: a summary's
        title year, else the latest explicit year before them in their article, else the
        publication year."""
        if (t.text in _YEAR_BEFORE and explicit is not None and self.text.startswith("的", t.end)
                and (not _FULL_STOP.search(self.text, explicit.end, t.start)
                     or heads_a_section(self.text, explicit, t, self._article_of(t.start)))):
            # 2022年,…由上年的8.9天缩短至8.2天: 2021, as under a section's year (二、2011年工作回顾 / 2011年,全县…)
            return in_year(t, int(explicit.period_end[:4]))
        if (t.resolved and (not t.relative or t.rule == "lookback")) or (t.symbolic.start, t.symbolic.end) == (None, NOW):
            # 过去一年, 目前 in a 2024年工作总结 of 2025-01: the report's month (GUIDELINES §6); 目前 on a
            # page with no publication month stays without one, whatever year its text names (§9)
            return t
        art = self._article_of(t.start)
        if counts_months_from_now(t):  # 本月 in 2016年8月…公示, or after 10月份,… at its paragraph's head: that month
            month = explicit if heads_its_paragraph(self.text, explicit, t) else (self.topic.get(art.index) if art else None)
            one = month is not None and month.kind == "during" and month.period_start == month.period_end
            return in_month(t, month.period_end) if one else t
        if heads_its_paragraph(self.text, explicit, t):
            return in_year(t, int(explicit.period_end[:4]))  # 2017年,…。年末全市参保…: 2017's
        if heads_its_sentence(self.text, year, t):
            return in_year(t, int(year.period_end[:4]))  # …。去年,全县…。全年新增…: the year before
        summary = self.summary.get(art.index) if art else None
        after = self.published and summary is not None and int(self.published[:4]) == int(summary.period_end[:4]) + 1
        ahead = after and t.text == "今年" and (_PLAN_AFTER.match(self.text, t.end) or (explicit is not None and (
            explicit.period_end[:4] == self.published[:4] and heads_a_section(self.text, explicit, t, art, this_year=True))))
        if summary is not None and not (after and ("去年" in t.text or ahead)):
            # (a next year's report on the year's bulletin: its 去年 is the bulletin's year, its 今年 with a plan (今年我们拟再办
            # 12件实事) or under its year's heading (二、2021年工作计划) that year; 4月下旬以来 in the year posted: to the posting)
            year = int(summary.period_end[:4])
            since_now = t.resolved and t.symbolic.end == NOW and self.published and int(self.published[:4]) == year
            return t if since_now else in_year(t, year)
        topic = self.topic.get(art.index) if art else None
        if topic is not None and (implied_year(t) or (t.text in _YEAR_BEFORE and self.text.startswith("的", t.end))):
            return in_year(t, int(topic.period_end[:4]))  # 年末 in a page headed 2016年…: 2016's; 由上年的X: 2015's
        lo = art.start if art else 0
        by_year = (explicit is not None and explicit.start >= lo and (implied_year(t) or on_a_heading(self.text, explicit))
                   and not (self.published and planned_in_sentence(self.text, t.start)))  # (预计全年…: the year ahead)
        if t.resolved and not (by_year and t.symbolic is not None and t.symbolic.year_end and is_whole_year(explicit)):
            return t  # (年末 after the year an entry's paragraph before names, 2009年,…。【基金使用】…年末结余X万元: its)
        if by_year:
            return in_year(t, int(explicit.period_end[:4]))  # (今年 after a year a sentence names is the page's: §6)
        return year_over(in_year(t, int(self.published[:4])), self.published, self.text) if self.published else t

    def _year_to_date(self, t: TimeExpr, w: Window, art, metric: str) -> TimeExpr:
        """今年 in a 前三季度 summary means January to September: a summary of part of a year does
        not count the rest, unless the figure is a plan (计划, 预计). Elsewhere 今年 is the calendar
        year of the report, as the real gold reads it (今年全县筹集参合资金5.1亿元 in a March report:
        the whole year; a count under 今年: as_of its December)."""
        summary = self.summary.get(art.index) if art else None
        cap = summary.period_end if summary is not None else ""
        if metric in sets().standards or metric in sets().policies:
            return t  # a contribution standard or a reimbursement rate is set for the whole year
        if (cap and t.relative and t.kind == "during" and t.symbolic.to_date
                and t.period_start <= cap < t.period_end
                and not is_future(w, self.text) and not leads_a_plan(self.text, t.end)):
            return TimeExpr(t.start, t.end, t.text, t.kind, t.period_start, cap, True, True, t.symbolic, t.rule)
        return t

    def _not_ahead(self, t: TimeExpr, w: Window) -> TimeExpr:
        """年末累计结余X万元 in a January report: a moment with no year of its own more than AHEAD months
        after the report's month is the last one passed (the year before), unless the figure is
        a plan (年底前完成…) or a target (确保年底参保率不低于95%), or the moment is a deadline
        (各地要在11月底前完成…), which lies ahead of whatever it dates."""
        if (t.kind == "as_of" and self.published and implied_year(t) and months_after(t.period_end, self.published) > AHEAD
                and not is_future(w, self.text) and not is_target(w, self.text)
                and not self.text.startswith(DEADLINE_AFTER, t.end)):
            return in_year(t, int(t.period_end[:4]) - 1)
        return t

    def _year_before(self, t: TimeExpr, w: Window) -> int | None:
        """The year of the last time before `t` that writes one, in the figure's run of ；-joined sentences; for
        a whole year (全年, 年内), else the one a 去年 before it or its paragraph's head time carries on."""
        lo = max(w.paragraph[0], last_of(self.text, "。!?！？", w.paragraph[0], t.start) + 1)
        before = [x for x in within(self.times, lo, t.start) if x.resolved and x.period_end and not implied_year(x)
                  and not is_modifier(self.text, x) and not dates_own_figure(self.text, x)]  # (not 由2010年的150元's)
        years = [x for x in before if not x.relative or (x.text in _THIS_OR_LAST and not self.text[x.end:t.start].strip(" ,，"))]
        if years:  # (2007年参合率…,今年截至3月底: the 今年 right before it, not the year before that)
            return int(years[-1].period_end[:4])
        return whole_year_carried(self.text, self.times, t, w, lo, before,
                                  lambda x: dates_own_figure(self.text, x) or dates_another_figure(self.text, x, w))

    def _before_in_sentence(self, w: Window) -> list[TimeExpr]:
        """The times of the figure's sentence before it, found once per figure."""
        key = (w.sentence[0], w.start)
        if key != self._sentence_key:
            self._sentence_key, self._sentence = key, within(self.times, *key)
        return self._sentence

    def stated_in(self, w: Window) -> bool:
        """Whether the figure's own sentence gives a time of its own."""
        return bool(self._before_in_sentence(w))

    def governing(self, w: Window) -> TimeExpr | None:
        """The time that governs the figure (`_governing`); a sentence of its own that runs on since
        an event an earlier sentence dated (今年3月,全市启动DIP改革。改革实施以来,…) runs from that
        date to the report's month (GUIDELINES §6: 以来), as does one that opens with a since whose
        event holds a figure (自2003年在5个县开展试点以来,全省累计…)."""
        t = self._governing(w)
        if (t is not None and t.kind == "during" and t.period_start and self.published
                and t.period_start <= self.published != t.period_end
                and ((_SINCE_EVENT.search(self.text, w.sentence[0], w.start) and not self._before_in_sentence(w))
                     or (t.start > 0 and self.text[t.start - 1] in "自从" and t.start >= w.sentence[0]
                         and _SINCE_EVENT.search(self.text, t.end, min(w.start, t.end + _EVENT_REACH))))):
            return TimeExpr(t.start, t.end, t.text, "during", t.period_start, self.published, True, True,
                            t.symbolic, "since")
        return t

    def _governing(self, w: Window) -> TimeExpr | None:
        """In the figure's own sentence, the nearest time expression before it; otherwise the
        first (head) expression of the latest earlier sentence of the paragraph that has one."""
        base = next((b for b in reversed(within(self.bases, w.sentence[0], w.start))
                     if (self.text.startswith("的", b.end) or not self.text[b.end:w.start].strip())
                     and not dates_another_figure(self.text, b, w) and "基础" not in self.text[b.end:w.start]), None)
        if base is not None and not self.text.startswith("倍", w.end - 1):
            return base  # 比2009年的45%: the base's own figure (是2015年的1.6倍 is this level's ratio to it; 在上年的基础上增加30元 its rise)
        same = [t for t in self._before_in_sentence(w) if not dates_another_figure(self.text, t, w)]
        heads = restated([t for t in same if not is_modifier(self.text, t)], within(self.times, w.paragraph[0], w.sentence[0]))
        cutoff = cutoffs(self.text, heads)
        if (running := running_total(cutoff, heads)) is not None:
            return running
        if (not cutoff and heads and heads[-1].text in ("今年", "本年") and "累计" in self.text[heads[-1].end:w.start]
                and self.text[w.sentence[0] - 1:w.sentence[0]] in "；;"):
            # 截至10月底,全县参合X人；今年已累计补偿Y人次: the running total goes on across the semicolon
            before = cutoffs(self.text, within(self.times, self.text.rfind("。", w.paragraph[0], w.sentence[0]) + 1,
                                          w.sentence[0]))
            if before and before[-1].period_end[:4] == heads[-1].period_end[:4]:
                return replace(before[-1], kind="during", period_start=before[-1].period_end[:4] + "-01")
        if cutoff and heads and (heads[-1].text in ("今年", "本年") or (
                heads[-1].start > cutoff[-1].start and heads[-1].period_start == cutoff[-1].period_end[:4] + "-01"
                and heads[-1].period_end == cutoff[-1].period_end[:4] + "-12")):
            heads = cutoff  # 截至11月底,全县今年参保X人 (…该县2023年十大民生工程累计…): the 截至 at the head dates the figure
        if heads or (same and not all(scheme_year_ahead(t, self.published) for t in same)):
            return (heads or same)[-1]
        earlier = [t for t in within(self.times, w.paragraph[0], w.sentence[0]) if not dates_own_figure(self.text, t)]
        if cutoffs(self.text, cut := [t for t in earlier if not scheme_year_ahead(t, self.published)]):
            earlier = cut  # (…截至12月20日,…。2023年度已参保缴费X人;尚有…: the cut-off, not the scheme year)
        elif same:
            return same[-1]  # (a scheme year with no cut-off before it in its paragraph dates its figure)
        if not earlier:
            if w.paragraph[0] not in self._intros:  # asked by every figure of the paragraph
                self._intros[w.paragraph[0]] = list_intro(self.text, self.times, w.paragraph[0])
            return self._intros[w.paragraph[0]]
        while earlier:  # (a look-back inside an earlier sentence, …近三年累计减少X人;, dates its own figures only)
            if (last := next((s for s, e in self._sentences_of(w.paragraph) if s <= earlier[-1].start < e), None)) is None:
                return earlier[-1]
            carried = restated([head_of(self.text, [t for t in earlier if last <= t.start],  # (a ；between: it goes on)
                                        last_of(self.text, "。!?！？", last, w.sentence[0]) < 0)], earlier)[-1]
            if carries_on(self.text, carried, last):
                return carried
            earlier = [t for t in earlier if t.start < last]
        return None

    def _carried_since(self, t: TimeExpr, w: Window, metric: str, unit: str) -> TimeExpr:
        """今年以来,全县…。截至10月末,累计救助X人次: what accrues in a sentence dated only by its
        cut-off runs on from the since-expression that dates the paragraph before it (GUIDELINES §9), and so does
        its change on the year before (…追回X万元,较去年同期增加Y万元)."""
        if (t.rule != "as_of" or t.start < w.paragraph[0] or not (accrues(metric, unit) or sanctioned(self.text, w))
                or (t.start >= w.sentence[0] and len(self._before_in_sentence(w)) != 1)):
            return t  # (the cut-off may head an earlier ；-joined sentence: …截至10月底,已检查…;追回X万元)
        earlier = [e for e in within(self.times, w.paragraph[0], t.start) if not dates_own_figure(self.text, e)]
        running = running_total([t], earlier[-1:]) if earlier and earlier[-1].rule in ("since", "open_start") else None
        return running or t

    def period(self, w: Window, art, metric: str, change: str, unit: str = "", stated: tuple[str, str, str] | None = None,
               context: tuple[Span, ...] = (), column: Span | None = None, item: Span | None = None,
               order: tuple[int, int] | None = None, parents: int = 0) -> tuple[str, str, str]:
        """(period_kind, period_start, period_end) of a figure; `stated` is a table column's year, `context` a table
        cell's row label, column header and caption, `column` its column header (上年同期 dates the cell a year before
        its caption), `item` the 分别 item it is paired with, `order` its place among the figures after its 分别."""
        if (stated is None and column is not None and names_target(self.text, column) and not within(self.times, *column)) or (
                unit == "元" and is_band_edge(self.text, w.start, w.end)) or (stated is None and defines_a_group(self.text, w)):
            return "", "", ""  # 乡镇 | 任务数 | 已参合人数: a target column with no time of its own (§9); a band's edge; a group's bound
        if stated is None and (done := progress_cell(self.text, self.times, self.progress, w, unit, column)) is not None:
            return done  # a cell of a progress table with no time of its own: its target's none, a completion its date
        from_cell = None if stated is not None else self._cell_time(context, column, art)
        t = None if stated is not None else (from_cell or self._in_item(item) or one_a_year(self.governing(w), order))
        if t is not None and stated is None:  # (a standard of a scheme year: its own, not the cut-off's)
            t = self._earlier(w, t) if is_from_figure(self.text, w) else (
                None if from_cell or t.base else self._scheme_year(w, metric)) or self._carried_since(t, w, metric, unit)
        if stated is not None:
            kind, start, end = stated
        elif t is not None:
            if not t.resolved:
                return "", "", ""
            if implied_year(t) and (year := self._year_before(t, w)) is not None:
                t = in_year(t, year)  # 据…统计,2009年全县…;全年共补偿…: the year its sentence gave
            elif implied_year(t) and (section := self._section_period(w, art)) is not None:
                t = in_year(t, int(section.period_end[:4]))  # 三、2025年工作计划 … 全年开展检查4次
            t = self._year_to_date(t, w, art, metric)
            t = self._not_ahead(t, w)
            if unit != "倍" and (back := self.cells.years_back(w.clause, w.start)):  # (是去年同期的2.3倍: this year's ratio)
                t = moved_back(t, back)  # …41.2万人,去年同期为40.8万人: the same period a year before
            t = self.cells.in_last_years_column(t, column, from_cell)
            kind, start, end = year_of_a_target(t, w, self.text, names_the_years_plan(w, self.text))  # (占年度计划投资X亿元)
            # 年末…全年征缴X万元, 比上年增长Y%; under a cut-off (截至年底…比上年末增加X人) only a change is the year's
            if t.symbolic.year_end and not (t.rule == "deadline_day" and unit == "%") and (  # (12月15日前完成率须达到90%)
                    changes_over_the_year(self.text, self.bases, w, change, column) if t.rule == "as_of"
                    else flow_of_the_year(self.text, w, metric, unit, change)):
                return "during", end[:4] + "-01", end
            if kind == "as_of" and end and (since := accrues_since(self.text, self.bases, t, end, w, metric, change, column)):
                return "during", since, end
        elif (t := self._section_period(w, art)) is not None or (
                art is not None and (t := self.topic.get(art.index)) is not None):
            if self.published and t.period_end < self.published and opens_next_steps(w, self.text):
                return "", "", ""  # the plans after a finished period's summary: no time of that period
            kind, start, end = year_of_a_target(self.cells.in_last_years_column(t, column, from_cell), w, self.text)
            if kind == "as_of" and change and since_last_week(self.text, w, column):
                return "during", end, end  # | 较上周增减 | under a notice's cut-off: the week's change, in its month
        else:
            return "", "", ""
        if column is not None and kind == "during":
            start = self._column_start(column, t, start, end)
        started = t is not None and t.rule in STARTED  # 自2016年以来…: the text gives the span's start
        labels = cell_labels(context, column, parents)
        if kind == "during" and not change and is_stock(self.text, w, metric, unit, started, labels, t):
            return "as_of", "", start if t is not None and t.rule == "open_start" and "月" in t.text else end  # (从7月起在63个乡镇)
        if (kind == "as_of" and stated is None and t is not None and t.text.endswith("年初")
                and not is_stock(self.text, w, metric, unit, started, labels)):
            # 今年年初,县里出台二次补偿办法。…按55%再补偿: set at the year's start, it holds for the year (the real gold's)
            return "during", end[:4] + "-01", end[:4] + "-12"
        if kind == "during" and start > end:
            return "", "", ""  # 2024年度…截至今年12月31日 in a 2023 report, cut at its month: no interval
        return kind, start, end

    def _column_start(self, column: Span, t: TimeExpr | None, start: str, end: str) -> str:
        """The first month of a cell's months under its column: 本月 | 累计 under September, January to September
        (本季度 | 1-9月累计 | 同比 under 三季度: a change of the months so far); 当月 | 累计 under …1—11月…, November alone."""
        if start[:4] == end[:4] and self.cells.to_date(column):
            return end[:4] + "-01"
        if start != end and t is not None and (last := self.cells.last_months(
                column, replace(t, kind="during", period_start=start, period_end=end))) is not None:
            return last.period_start
        return start

    def _scheme_year(self, w: Window, metric: str) -> TimeExpr | None:
        """截至12月15日,2022年度…个人缴费标准为每人350元: the scheme year the sentence of a standard names before
        it, what the standard is set for (not the year of a figure it is raised from: 由上年度的380元)."""
        if metric not in sets().standards:
            return None
        years = [x for x in within(self.times, w.sentence[0], w.start)
                 if x.resolved and x.text.endswith("年度") and x.kind == "during" and is_modifier(self.text, x)
                 and not OWN_FIGURE.match(self.text, x.end)]
        return years[-1] if years else None

    def _cell_time(self, context: tuple[Span, ...], column: Span | None, art) -> TimeExpr | None:
        """A table cell's time (CellPeriods); a column 本月 under a title that names one month
        (…2023年9月医保运行主要指标) is that month, not the posting's."""
        topic = self.topic.get(art.index) if art else None
        t = self.cells.in_context(context, column, topic)
        month = topic if t is not None and t.text in _THIS_MONTH else None
        return month if month is not None and month.kind == "during" and month.period_start == month.period_end else t

    def _section_period(self, w: Window, art) -> TimeExpr | None:
        """The one period a section heading names (三、2024年工作计划), or the numbered part above a lower
        one ((五)民生事业 under 一、2013年工作回顾), for the figures under it with none of their own."""
        if w.headline is None or art is None or (  # (the title itself, maybe below a line above it)
                art.headline is not None and art.headline[0] <= w.headline[0] and w.headline[1] <= art.headline[1]):
            return None
        return the_period_of(self.text, w.headline, self.times) or cut_off_of(w.headline, self.times) or (
            the_period_of(self.text, w.section, self.times) if w.section not in (None, w.headline) else None) or (
            bracketed_time(self.text, w.headline, self.times))

    def _earlier(self, w: Window, t: TimeExpr) -> TimeExpr:
        """A from-figure takes the earlier time its sentence gives (由去年的…提高到…; §9 from–to), a since-expression's
        start (自2004年起试点以来,全县参合率由起步时的61.2%升至96%)."""
        named = [replace(x, kind="as_of", period_start="", period_end=x.period_start) if x.rule == "since"
                 and x.period_start else x for x in self._before_in_sentence(w) + within(self.bases, w.sentence[0], w.start)
                 if x.resolved and x.period_end]  # (与去年相比,…比例由40%提高到55%: the base the sentence compares with)
        # (2023年,…由年初的95.1%提高到96.8%: the start of the year its sentence names, not of the publication's)
        year = next((int(x.period_end[:4]) for x in reversed(named) if not implied_year(x)), None)
        *named, t = [in_year(x, year) if year and implied_year(x) else x for x in (*named, t)]
        earliest = min(named, key=lambda x: x.period_end, default=None)
        if t.rule == "open_start" and (earliest is None or earliest.period_end >= t.period_end):
            return replace(t, resolved=False)  # 从7月1日起,比例由30%提高到40%: the level before a rule's start, of no time given
        return earliest if earliest is not None and earliest.period_end < t.period_end else t

    def _in_item(self, item: Span | None) -> TimeExpr | None:
        """2022年、2023年报销比例分别为67.8%和69.5%: the one time a 分别 item names dates its figure (no 较2018年、2021年…)."""
        found = within(self.times, *item) if item else []
        return found[0] if len(found) == 1 and found[0].resolved else None

_SINCE_EVENT = compiled(r"(?<!长期|多年|历年|近年|一直)以来")  # (not 长期以来)
_EVENT_REACH = 24  # 自2003年…以来's event
_YEAR_BEFORE, _THIS_MONTH, _THIS_OR_LAST = ("上年", "上一年", "上年度"), ("本月", "当月"), ("今年", "去年")
_FULL_STOP = compiled("[" + regex.escape(FULL_STOPS) + "\n]")  # (a sentence's head year goes on across ；)
# 今年我们拟…, 今年将…, 今年,我局将…: a plan right after 今年, a few words between (its subject, 全县)
_PLAN_AFTER = compiled(rf"[,，]?[^,，。;；\n]{{0,6}}?(?:{alternation(words('future_words.txt'))})")  # (今年,我局将…)
