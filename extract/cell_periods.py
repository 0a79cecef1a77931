"""The time of a table cell (GUIDELINES §6, §9 progress tables): its caption's period, or one its row
label or column header names (1-9月累计, a row 3月 of a monthly table), read in the caption's year;
a column of the year before (上年同期) moves the caption's period back a year."""
from __future__ import annotations

from dataclasses import replace

from extract.spans import Span, within
from extract.table_cells import CHANGE_HEADER
from extract.time_expressions import TimeExpr, implied_year, in_year, is_modifier, is_whole_year, moved_back
from rules.pattern_cache import compiled
from rules.time import DEADLINE_AFTER

_SAME_PERIOD_IS = compiled(r"同期(?:的|为|是|达到|达|:|：)?\s*")  # (由去年同期的8.9天缩短至…)
_TO_DATE = compiled(r"累[ \u3000]?计|[比较](?:上年末|年初)|年初至")  # 上年同期累计, 比上年末增减 under …2024年10月…: from January on
_CELL_GAP = "|｜ \t\u3000"
_CELL_SPLIT = compiled(r"[|｜\t\u3000]|\s{2,}")  # between the cells of a header line
_HEADER_REACH = 200  # characters of a header line looked at on either side of a column's name
_THIS_MONTH, _THIS_QUARTER = compiled(r"本[ \u3000]?月|当月"), compiled(r"本季|当季")  # a column of the last month or quarter


def _to_date(t: TimeExpr) -> TimeExpr:
    """A month's or a quarter's period as the year to its end (a column that adds up the months so far)."""
    if t.kind == "during" and t.period_start and t.period_start[:4] == t.period_end[:4]:
        return replace(t, period_start=t.period_end[:4] + "-01")
    return t


def _year_of(t: TimeExpr):
    """The year a time's rule read (written, or relative to the publication's), if any."""
    at = (t.symbolic.start or t.symbolic.end) if t.symbolic else None
    return at.year if at else None


class CellPeriods:
    """The time expressions of one document, read for the labels of its table cells."""

    def __init__(self, text: str, times: list[TimeExpr], bases: list[TimeExpr]):
        self.text = text
        self.times = times
        self.bases = bases

    def in_context(self, context: tuple[Span, ...], column: Span | None = None,
                   topic: TimeExpr | None = None) -> TimeExpr | None:
        """A table cell's time: its caption's (2022年1-9月…公示表), or a relative year in its row or
        column (上年结余) read against the caption's year; a row that adds up the months so far (城市低保累计支出
        under …2017年第四季度…) runs from January, in every column."""
        own = self._in_context(context, column, topic)
        return _to_date(own) if own is not None and context and _TO_DATE.search(self.text, *context[0]) else own

    def _in_context(self, context: tuple[Span, ...], column: Span | None, topic: TimeExpr | None) -> TimeExpr | None:
        # (…请各地对照下表查找差距,于4月30日前报送: a deadline for what is asked dates no cell of the table)
        found = [t for span in context for t in within(self.times, *span)
                 if not (self.text[t.start - 1:t.start] in ("于", "在") and self.text.startswith(DEADLINE_AFTER, t.end))]
        earlier = self.years_back(column) if column else 0
        if not found and earlier:
            # 2月 | 1-2月累计 | 去年同期: the period of the column before it, a year before (本月 | 本年累计 |
            # 上年同期累计: the months so far)
            beside = [t for t in within(self.times, self._before_column(column)[0], column[0])
                      if t.resolved and implied_year(t)]
            return self.year_before(column, moved_back(beside[-1], earlier)) if beside else None
        if not found:
            return None
        written = [t for t in found if t.resolved and not t.relative]
        if earlier and (prior := self._prior_cell(column, written)) is not None:
            return moved_back(prior, earlier)  # 1-9月 | 上年同期 under a paragraph 截至9月底: January to September
        # a column or a row of its own period (1-9月累计 under …2025年9月…; a row 3月 of a monthly
        # table): its own, in the caption's year when it writes none
        if column and not written and (beside := self._months_beside(column)) is not None:
            return self.last_months(column, beside) or beside
        if column and not earlier:
            # (一季度 over 累计 同比: the group a two-line header sets over the column names its period too)
            above = [c for c in context[:context.index(column)] if c[0] < column[0]] if column in context else []
            for span in (column, *reversed(above)):
                if own := self._label_period(span, written):
                    return _to_date(own) if span is not column and _TO_DATE.search(self.text, *column) else own
        if (own := self._label_period(context[0], written)) is not None:
            return own
        cuts = [t for t in found if t.kind == "as_of" and implied_year(t) and written and t.start > written[-1].start]
        if cuts and is_whole_year(written[-1]) and not earlier:  # 2024年…进度表(截至3月底): the cut-off, in the year named
            return in_year(cuts[-1], int(written[-1].period_end[:4]))
        # (a caption that writes no time of its own: the title's, 某县2024年1-6月…运行主要指标公示)
        dated = written[-1] if written else topic
        if column and dated is not None and (last := self.last_months(column, dated)) is not None:
            return last
        if earlier and (written or found[-1].resolved):  # 上年同期: the caption's period (1—8月 too) a year before
            return self.year_before(column, moved_back((written or found)[-1], earlier))
        # (上年结余 names a year; 上年末累计结余, a moment, names it at its end)
        relative = [t for t in found if t.relative and (year := _year_of(t)) is not None and year.kind == "rel"]
        if relative and (written or topic is not None):  # (上年末 under a title of 2024年12月: 2023's end)
            if _year_of(relative[0]).value == 0 and relative[0].kind == "during" and dated.kind == "during":
                # 本年累计 under …2022年1-7月…: this year so far is the caption's period, from January on
                return _to_date(dated) if column and _TO_DATE.search(self.text, *column) else dated
            return in_year(relative[0], int((written or [topic])[-1].period_end[:4]))
        heads = [t for t in found if not is_modifier(self.text, t)]
        if heads and all(is_modifier(self.text, t) for t in written):
            return heads[-1]  # 截至11月20日,全县2023年度城乡居民医保…: the cut-off, not the scheme year collected for
        # (截至2024年12月8日,全市2025年度…: the caption's date, not the scheme year after it)
        return ([t for t in written if not is_modifier(self.text, t)] or written or found)[-1]

    def in_last_years_column(self, t: TimeExpr, column: Span | None, from_cell) -> TimeExpr:
        """A 上年同期 column of a table its text or title dates (not one a cell's own time dated): a year before."""
        if column is None or from_cell is not None or not (back := self.years_back(column)):
            return t
        return self.year_before(column, moved_back(t, back))

    def year_before(self, column: Span, back: TimeExpr) -> TimeExpr:
        return _to_date(back) if _TO_DATE.search(self.text, *column) or self._after_to_date(column) else back

    def _prior_cell(self, column: Span, written: list[TimeExpr]) -> TimeExpr | None:
        """The months the header cell right before a year-before column names (1-9月 | 上年同期), in the
        caption's year when it writes none."""
        lo, hi = self._before_column(column)
        hi = len(self.text[:hi].rstrip(_CELL_GAP))
        cells = list(_CELL_SPLIT.finditer(self.text, lo, hi))
        start = cells[-1].end() if cells else lo
        own = self._label_period((start, hi), written)
        return own if own is not None and own.kind == "during" else None

    def _after_to_date(self, column: Span) -> bool:
        """本月 | 本年累计 | 上年同期 | 同比增减: a year-before column right after a to-date one is its
        comparison, the months so far a year before (not 本月 | 上年同期 | 本年累计 | 上年同期累计)."""
        lo, hi = self._before_column(column)
        return _TO_DATE.search(_CELL_SPLIT.split(self.text[lo:hi].rstrip(_CELL_GAP))[-1]) is not None

    def _before_column(self, column: Span) -> Span:
        """The header text before a column: its line's, or, for a header laid out one cell per line, the line
        before (blank lines and cell borders between)."""
        line, end = self.text.rfind("\n", 0, column[0]) + 1, column[0]
        while line > 0 and not self.text[line:end].strip(_CELL_GAP):
            line, end = self.text.rfind("\n", 0, line - 1) + 1, line - 1
        return line, end

    def _months_beside(self, column: Span | None) -> TimeExpr | None:
        """本月 | 1-8月累计 | 同比 under a caption with no time (二、待遇享受人次): the months the header line's next
        cell names, whose last month 本月 is (not the month the report was published in)."""
        if column is None or not _THIS_MONTH.search(self.text, *column):
            return None
        end = self.text.find("\n", column[1])
        beside = [t for t in within(self.times, column[1], len(self.text) if end < 0 else end)
                  if t.kind == "during" and t.resolved and not _THIS_MONTH.search(t.text) and "月" in t.text]
        return beside[0] if beside else None

    def last_months(self, column: Span, caption: TimeExpr) -> TimeExpr | None:
        """本月 | 累计 under …2014年1-8月…: August alone; 本季 | 全年累计 under 2019年…: October to December;
        none for a 累计 column, or for a 本月 under a caption of a year alone (2024年度, a scheme year)."""
        if caption.kind != "during" or not caption.period_end or _TO_DATE.search(self.text, *column):
            return None
        if "月" in caption.text and _THIS_MONTH.search(self.text, *column):
            return replace(caption, period_start=caption.period_end)
        if _THIS_QUARTER.search(self.text, *column):
            year, month = int(caption.period_end[:4]), int(caption.period_end[5:7])
            return replace(caption, period_start=max(f"{year}-{max(1, month - 2):02d}", caption.period_start))
        return None

    def to_date(self, column: Span) -> bool:
        """A column that adds up the months so far (累计), not of the year before (上年同期累计); or a
        change column on a header line that has one (本期 | 累计 | 上年同期 | 增减: the change of the months so far)."""
        if self.years_back(column):
            return False
        if _TO_DATE.search(self.text, *column) is not None:
            return True
        if CHANGE_HEADER.search(self.text, *column) is None:
            return False
        lo, hi = max(0, column[0] - _HEADER_REACH), column[1] + _HEADER_REACH
        end = self.text.find("\n", column[1], hi)
        line = self.text.rfind("\n", lo, column[0]) + 1 or lo
        if not self.text[line:column[0]].strip(_CELL_GAP):  # (flattened one cell per line: the header's cells above)
            line = lo
        return _TO_DATE.search(self.text, line, hi if end < 0 else end) is not None

    def _label_period(self, span: Span, written: list[TimeExpr]) -> TimeExpr | None:
        own = [t for t in within(self.times, *span) if t.resolved and (not t.relative or implied_year(t))]
        if not own:
            return None
        years = [t for t in written if not implied_year(t) and not (span[0] <= t.start < span[1])]
        return in_year(own[-1], int(years[-1].period_end[:4])) if years and implied_year(own[-1]) else own[-1]

    def years_back(self, column: Span, right_before: int | None = None) -> int:
        """How many years back a table column's header goes (上年同期, 去年同期: 1), else 0; with
        `right_before`, a base of that kind that ends the text right before a figure (去年同期为X)."""
        for b in within(self.bases, *column):
            y = b.symbolic.start.year if b.symbolic and b.symbolic.start else None
            if (y is not None and y.kind == "rel" and y.value < 0 and self.text.startswith("同期", b.end)
                    # 比上年同期增减: a change, this year's; 比去年同期的1108元 the base, the same months a year before
                    and (self.text[b.start - 1:b.start] not in ("比", "较")
                         or (right_before is not None and self.text.startswith("同期的", b.end)))
                    and (right_before is None or _SAME_PERIOD_IS.fullmatch(self.text, b.end, right_before))):
                return -y.value
        return 0


def cell_labels(context: tuple[Span, ...], column: Span | None, parents: int = 0) -> tuple[Span, ...]:
    """A table cell's row label and its parent rows' (离退休人员 under 养老保险参保人数), its column
    header (both halves of a two-line one, the upper right before it), and its caption
    (社会保险参保人数 over columns that name only the insurance)."""
    at = context.index(column) if column in context else 0
    return context[:1 + parents] + (context[at - 1:at] if at > 1 and context[at - 1][0] < column[0] else ()) + (
        (column,) if column else ()) + (
        context[-1:] if column and len(context) > 1 and context[-1] != column and context[-1][0] < column[0] else ())
