"""What a change column of a table (同比增减(%), 收入同比, 比上年增减) is the change of: the level
column it follows or names, and the unit that column counts in, which decides the change's metric."""
from __future__ import annotations

from decimal import Decimal

from extract.table_cells import BRACKETS_AT_END, CHANGE_HEADER, PERCENT, counted_unit, unit_for_cell, unit_of_label
from rules.fragments import alternation
from rules.pattern_cache import compiled
from rules.wordlists import words


def compared_column(columns: list, meanings: list, col: int) -> int | None:
    """The index of the level column a change column changes: the one left of it its own words name
    (基金收入 | 基金支出 | 收入同比 | 支出同比), else the nearest one left of it whose meaning (period,
    is_change) is no change (救助资金(万元) | 比上年增减(万元): a rise of the assistance paid)."""
    levels = [j for j in range(col - 1, -1, -1) if not meanings[j][1]]
    named = BRACKETS_AT_END.sub("", CHANGE_HEADER.sub("", columns[col][2])).strip()
    return next((j for j in levels if named and named in columns[j][2]), levels[0] if levels else None)


def column_links(columns: list, meanings: list) -> tuple[list, list, list]:
    """Per column: the level column a change column changes (through a bare time's column to the one naming what it
    counts); the column whose header dates a change (period_column) or names what a bare time's column counts; that
    naming column (measure_columns)."""
    measures = measure_columns(columns)
    compared = [compared_column(columns, meanings, c) if is_change else None for c, (_, is_change) in enumerate(meanings)]
    compared = [c if c is None or measures[c] is None else measures[c] for c in compared]
    dated = [period_column(columns, c) if c is not None else measures[j] for j, c in enumerate(compared)]
    return compared, dated, measures


def measure_columns(columns: list) -> list[int | None]:
    """For each column whose header names only a time (| 参保人数 | 上年同期 | 增减(%) | 基金支出 | 上年同期 | 增减(%) |:
    a header spanning its group, flattened), the column left of it that names what the group counts; None for the rest."""
    out: list[int | None] = []
    last = None
    for j, c in enumerate(columns):
        head = BRACKETS_AT_END.sub("", c[2]).strip()
        out.append(last if head and _TIME_ONLY.fullmatch(head) else None)
        if out[-1] is None and not (_TIME_ONLY.fullmatch(head) or CHANGE_HEADER.search(head) or head in _NO_MEASURE):
            last = j
    return out


_TIME_ONLY = compiled(r"(?:本期|本年|本月|当期|当月|当年|上年|去年|前年|上期|上月|上季|同期|年初|累计|实际|截至|截止|上半年|下半年"
                      r"|[一二三四]?季度|[\d\-—–~至]+|第|年|月|日|底|末|份|度|数)+")


_NO_MEASURE = frozenset(words("measureless_columns.txt"))


def period_column(columns: list, level: int | None) -> int | None:
    """The level column a change column changes, where it is the later of the two (2013年1-6月 | 2014年1-6月 | 增减(%):
    the change is this half-year's); not the time compared with (12月末 | 上年末 | 比上年末增减: the year's, not last)."""
    return level if level is not None and not _EARLIER.search(columns[level][2]) else None


_EARLIER = compiled(alternation(words("gap_bases.txt")))


def level_unit(header: str, row_words: str, note: list, named):
    """What the level column a change column compares counts in, as its header or the note gives it
    (| 参保人数(人) | 同比增减(%) |: a change of the insured); not a rate's, for a change counted in
    people (完成率 | 较上周增加 of 1620 more paid up)."""
    if not header:
        return None
    unit = unit_of_label(header, 0, len(header)) or unit_for_cell(header, row_words, note) or counted_unit(header, "1")
    return None if unit == PERCENT and named not in (None, PERCENT) else unit


_PLAIN = compiled(r"[-+]?\d[\d,]*(?:\.\d+)?")


def changed_measure(text: str, label: tuple[int, int]) -> tuple[int, int] | None:
    """The measure a row's label names before its own change words (住院人次同比增减(%) | 6.3: 住院人次's growth)."""
    m = _OWN_CHANGE.fullmatch(text, *label)
    return m.span("measure") if m else None


_OWN_CHANGE = compiled(r"(?P<measure>\p{Han}{2,}?)(?:同比|比上年同期|较上年同期|比上年|较上年)?(?:增减|增长|增幅|增速)率?\s*"
                       r"(?:[(（]%[)）]|%)?")


def reads_as_growth(cells: list[tuple[int, int, str]], k: int) -> bool:
    """A change column's cell that is the growth in percent of the two levels before it in its row,
    not their difference (增减 | 3.7 after 3.62 | 3.49 under 单位:万人、万元、%), to its last digit."""
    levels = [raw for _, _, raw in cells[:k] if _PLAIN.fullmatch(raw)][-2:]
    if len(levels) < 2 or not _PLAIN.fullmatch(cells[k][2]):
        return False
    now, before, change = (Decimal(x.replace(",", "")) for x in (*levels, cells[k][2]))
    if before <= 0:
        return False
    step = Decimal(1).scaleb(min(change.as_tuple().exponent, 0))  # (3.7: a tenth; the levels are rounded too)
    return abs((now - before) / before * 100 - change) <= step and abs(now - before - change) > step
