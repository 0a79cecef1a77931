"""Time expressions (GUIDELINES §6): found by the time rules and anchored to the publication
month, in one place.

`find_time_expressions` runs the records of `rules.time` over the text (leftmost, then
longest, then the earlier-listed rule wins; skips consume; comparison bases such as
比上年 or 去年同期 are dropped) and anchors each symbolic period to the publication month;
`in_year` re-anchors one to another year. `extract.periods` decides which of them governs
each figure.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache

import regex

from rules.anchors import overlapped_matches
from rules.base import TimeSkip
from rules.fragments import alternation
from rules.pattern_cache import compiled
from rules.punctuation import CLAUSE_BREAKS, FULL_STOPS, LIST_JOINS
from rules.registry import TIME_RULES
from rules.time_grammar import Point, Symbolic, comparison_words
from rules.wordlists import words

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
    base: bool = False  # the base of a comparison (比2009年的45%): it dates only the figure after 的


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

_LIST_MARKS = LIST_JOINS + "或"  # 较2016年、2017年均有增长…: both are bases (one mark between them)


@lru_cache(maxsize=None)
def _modified_base() -> regex.Pattern:
    words = sorted(comparison_words().get("before", ()), key=len, reverse=True)
    return compiled("(?:" + "|".join(map(regex.escape, words)) + r")\p{Han}{1,4}?的$")


_PAIR_REACH = 16  # characters after the expression a pair's closing word (相比, 倍) may stand


@lru_cache(maxsize=None)
def _pair_at_length() -> regex.Pattern:
    """与联盟地区2018年最低采购价相比: a pair's opening word with who or what is compared between it and the time."""
    return compiled("(?:" + alternation(comparison_words().get("pair_far", ())) + r")\p{Han}{1,8}$")


def _is_comparison(text: str, s: int, e: int) -> bool:
    """比上年, 较2020年末, 去年同期, 与去年相比: the base of a comparison is not a period."""
    c = comparison_words()
    before = text[max(0, s - 3):s]
    if before.endswith(c.get("before", ())) or text.startswith(c.get("after", ()), e):
        return True
    # 较改革前的2020年: a short word and 的 between (the base named by what it was before)
    if s and text[s - 1] == "的" and _modified_base().search(text, max(0, s - 9), s):
        return True
    if before.endswith(c.get("pair", ())) or _pair_at_length().search(text, max(0, s - 9), s):
        # (分别是2007年制度建立之初的2.1倍: what it is a multiple of, named at some length)
        stop = next((i for i in range(e, min(len(text), e + _PAIR_REACH)) if text[i] in CLAUSE_BREAKS + "\n"),
                    min(len(text), e + _PAIR_REACH))
        return any(w in text[e:stop] for w in c.get("pair_end", ()))
    return False


def find_time_expressions(text: str, published: str | None, bases: bool = False) -> list[TimeExpr]:
    """All period-giving time expressions in `text`, left to right, non-overlapping,
    anchored to the publication month "YYYY-MM" (or None); with `bases`, the bases of
    comparisons too (比上年, 较2020年末), marked as such."""
    pub = parse_month(published)
    cands = []
    for order, rule in enumerate(TIME_RULES):
        cands += [(m.start(), -m.end(), order, rule, m) for m in overlapped_matches(rule.compiled, rule.pattern, text)]
    cands.sort(key=lambda c: c[:3])
    out: list[TimeExpr] = []
    last = 0
    base_end = -1  # where the last comparison base ended: the next one listed after it is one too
    for s, neg_e, _, rule, m in cands:
        e = -neg_e
        if s < last:
            continue
        if isinstance(rule, TimeSkip):
            last = e
            continue
        # read only here: a match that starts inside one already taken is never read
        sym = rule.resolve(m)
        if sym is None:
            continue  # not a period after all: the next candidate may take its place
        last = e
        base = _is_comparison(text, s, e) or (0 <= base_end == s - 1 and text[base_end] in _LIST_MARKS)
        base_end = e if base else -1
        if base and not bases:
            continue
        e = s + len(text[s:e].rstrip(" "))  # (2014年 5246: the blank a PDF's spacing lets the year take is no part of it)
        out.append(TimeExpr(s, e, text[s:e], *anchor(sym, pub), symbolic=sym, rule=rule.name, base=base))
    return out


@lru_cache(maxsize=4096)
def _reanchored(sym: Symbolic, year: int) -> tuple[str, str, str, bool, bool]:
    return anchor(sym, (year, 12), year)


def in_year(t: TimeExpr, year: int) -> TimeExpr:
    """A year-less or relative expression read as if published in December of `year`."""
    kind, start, end, resolved, _ = _reanchored(t.symbolic, year)
    if not resolved:
        return t
    if kind == "as_of" and t.kind == "during" and t.period_start[:4] == t.period_end[:4]:
        kind, start = "during", f"{end[:4]}-{t.period_start[5:]}"  # (a running total, 今年以来至11月底: from its start on)
    return TimeExpr(t.start, t.end, t.text, kind, start, end, True, True, t.symbolic, t.rule)


AHEAD = 2  # months after a report's own that a moment it names with no year may still lie ahead (a notice's 11月底)
YEAR_NOT_OVER = 8  # months a whole year (全年) named in a report may still run after its month


def year_over(t: TimeExpr, published: str, text: str) -> TimeExpr:
    """全年 with no year in its article, in a report of January to March: the whole year that is over,
    the year before, unless what the year ahead needs or plans follows it (全年需发放…, 全年计划…)."""
    if t.text == "全年" and months_after(t.period_end, published) > YEAR_NOT_OVER and not _year_ahead().match(text, t.end):
        return in_year(t, int(t.period_end[:4]) - 1)
    return t


@lru_cache(maxsize=None)
def _year_ahead() -> regex.Pattern:
    words_ = alternation(words("year_ahead_words.txt") + words("future_words.txt"))
    return compiled(rf"\s*(?:共|合计)?(?:{words_})")


def months_after(month: str, base: str) -> int:
    """How many months `month` ("YYYY-MM") lies after `base`."""
    return (int(month[:4]) - int(base[:4])) * 12 + int(month[5:7]) - int(base[5:7])


def counts_months_from_now(t: TimeExpr) -> bool:
    """本月, 上月: a month counted from the report's own (the publication month, unless the report names its month)."""
    return (t.symbolic is not None and t.symbolic.start == t.symbolic.end  # (not 五年来, 过去一年: look-backs)
            and t.symbolic.end.year.kind == "now")


def in_month(t: TimeExpr, month: str) -> TimeExpr:
    """本月, 上月 read in a report of `month` ("YYYY-MM")."""
    y, m = divmod(int(month[:4]) * 12 + int(month[5:7]) - 1 + t.symbolic.end.month, 12)
    at = f"{y:04d}-{m + 1:02d}"
    return TimeExpr(t.start, t.end, t.text, t.kind, at if t.kind == "during" else "", at, True, True, t.symbolic, t.rule)


def moved_back(t: TimeExpr, years: int) -> TimeExpr:
    """The same period `years` years earlier."""
    def back(month: str) -> str:
        return f"{int(month[:4]) - years:04d}{month[4:]}" if month else month
    return TimeExpr(t.start, t.end, t.text, t.kind, back(t.period_start), back(t.period_end), t.resolved,
                    t.relative, t.symbolic, t.rule)


# (2017), ·2017, 年鉴2017, a breadcrumb's 年鉴 › 2020卷
_EDITION = compiled(r"(?:[(（]\s*|[·・]\s*|(?<=年[鉴鑑])\s*(?:[›>»/]\s*)?)((?:19|20)\d\d)(?!\d)")


def edition_year(text: str, lo: int, hi: int, published: str | None) -> list[TimeExpr]:
    """某县年鉴(2017), 某县年鉴·2017: the year the edition records, the one before its own, read at its digits."""
    m = _EDITION.search(text, lo, hi)
    return whole_year_at(int(m.group(1)) - 1, m.start(1), m.end(1), m.group(1), published) if m else []


def whole_year_at(year: int, start: int, end: int, written: str, published: str | None) -> list[TimeExpr]:
    """The whole of `year` as a time written at text[start:end] (`written`): what a title or an entry's first date says."""
    whole = find_time_expressions(f"{year}年", published)
    return [replace(whole[0], start=start, end=end, text=written)] if whole else []


def one_a_year(t: TimeExpr | None, order: tuple[int, int] | None) -> TimeExpr | None:
    """2019—2023年,参保人数分别为A、B、C、D、E: as many figures after 分别 as the range has years,
    one a year in order."""
    if t is None or order is None or t.rule != "year_range" or not t.resolved:
        return t
    first, last = int(t.period_start[:4]), int(t.period_end[:4])
    if last - first + 1 != order[1]:
        return t
    year = first + order[0]
    return TimeExpr(t.start, t.end, t.text, "during", f"{year}-01", f"{year}-12", True, t.relative, t.symbolic,
                    t.rule)


def implied_year(t: TimeExpr) -> bool:
    """Whether the expression writes no year of its own (年末, 一季度, 3月), as against one
    relative to the report (今年, 目前)."""
    sym = t.symbolic
    points = (sym.start, sym.end) if sym and sym.start else ((sym.end,) if sym else ())
    return bool(points) and all(p.year.kind in ("implied", "needed") for p in points)


def restated(heads: list[TimeExpr], earlier: list[TimeExpr] = ()) -> list[TimeExpr]:
    """“十三五”期间,全县…五年累计投入X: a look-back after a span of years in its sentence restates the
    span's length; the span dates the figure. So does a bare one (五年新增, not 近五年 or 五年来) opening a later
    sentence of the paragraph (`earlier` its times) where a span of as many years was named."""
    if not heads or heads[-1].rule != "lookback":
        return heads
    for i in range(len(heads) - 2, -1, -1):
        if _spans_years(heads[i]):
            return heads[:i + 1]
    back = heads[-1]
    if len(heads) == 1 and back.resolved and back.text.endswith("年") and not back.text.startswith(("近", "最近", "过去", "这")):
        years = int(back.period_end[:4]) - int(back.period_start[:4])
        span = [h for h in earlier if _spans_years(h) and int(h.period_end[:4]) - int(h.period_start[:4]) + 1 == years]
        return span[-1:] or heads
    return heads


def _spans_years(h: TimeExpr) -> bool:
    return h.resolved and h.kind == "during" and h.rule != "lookback" and h.period_start[:4] < h.period_end[:4]


def running_total(cutoffs: list[TimeExpr], heads: list[TimeExpr]) -> TimeExpr | None:
    """截至第二季度,今年累计救助…; 今年以来…截至6月; 自2022年1月起…截至9月底: a running total from
    the start the text gives to the cut-off, else None."""
    starts = [(t.period_start, t.relative) for t in heads if t.resolved and t.kind == "during" and t.symbolic
              and (t.symbolic.to_date or t.rule == "since")]
    cut_year = int(cutoffs[-1].period_end[:4]) if cutoffs and cutoffs[-1].period_end else None
    starts += [(first, False) for t in heads if t.rule == "open_start" and (first := _written_start(t, cut_year))]
    if not (cutoffs and starts):
        return None
    c, (first, relative) = cutoffs[-1], starts[-1]
    if first > c.period_end:
        return None
    return TimeExpr(c.start, c.end, c.text, "during", first, c.period_end, True, c.relative or relative,
                    c.symbolic, c.rule)


def _written_start(t: TimeExpr, cut_year: int | None = None) -> str:
    """The month an open start (自2022年1月起) writes out with its year, or with 今年 in the year of
    the cut-off it runs to (今年4月起…截至9月底), else ""."""
    first = t.symbolic.start if t.symbolic else None
    if first is None:
        return ""
    if first.year.kind == "abs":
        return f"{first.year.value:04d}-{first.month or 1:02d}"
    if first.year.kind in ("rel", "now") and first.year.value == 0 and first.month and cut_year is not None:
        return f"{cut_year:04d}-{first.month:02d}"
    return ""


def is_whole_year(t: TimeExpr) -> bool:
    """2017年, 去年, 本年度: one calendar year, January to December."""
    return bool(t.period_end) and (t.period_start, t.period_end) == (t.period_end[:4] + "-01", t.period_end[:4] + "-12")


def _dated_by_a_year(year: TimeExpr | None, t: TimeExpr) -> bool:
    """t writes no year of its own and names a part of a year (全年, 年末); `year` is a whole one."""
    sym = t.symbolic
    return (year is not None and sym is not None and implied_year(t)
            and bool(sym.year_end or sym.end.year.kind == "needed") and is_whole_year(year))


def heads_its_paragraph(text: str, year: TimeExpr | None, t: TimeExpr) -> bool:
    """【医保】 2017年,…。年末…; 全年…: a whole year at the head of a paragraph dates its 年末 and
    全年 over a yearbook's edition or the month it came out (not its 3月: a month may be later)."""
    if not _dated_by_a_year(year, t) or year.rule != "calendar":
        return False
    line = text.rfind("\n", 0, t.start) + 1
    return (line <= year.start and not any(c in CLAUSE_BREAKS for c in text[line:year.start])
            and text[year.end:year.end + 1] in (",", "，"))


def heads_its_sentence(text: str, year: TimeExpr | None, t: TimeExpr) -> bool:
    """会议总结了去年工作。去年,全县新增就业3408人…。全年新增转移…: a whole year (去年 too) that opens a
    sentence before t, in t's paragraph, dates its 全年 and 年末 (GUIDELINES §9: a sentence's head time
    carries through its paragraph)."""
    if not _dated_by_a_year(year, t) or "\n" in text[year.end:t.start] or text[year.end:year.end + 1] in ("度", "的"):
        return False
    opening = max(text.rfind(c, 0, year.start) for c in FULL_STOPS + "\n") + 1
    # (据了解,2011年该县新农合基金共支出…。全年共补偿…: a source told before the year, the year its subject's)
    return _TOLD_FIRST.fullmatch(text, opening, year.start) is not None or (
        not any(c in CLAUSE_BREAKS for c in text[opening:year.start]) and text[year.end:year.end + 1] in (",", "，"))


_TOLD_FIRST = compiled(r"\s*(?:据了解|据悉|据介绍|据(?:初步)?统计|据测算|另悉|(?:记者)?(?:日前|近日)?(?:从[^,，。；;]{1,30}?)?(?:了解到|获悉|得知))[,，]\s*")


def is_modifier(text: str, t: TimeExpr) -> bool:
    """2026年度居民医保集中征缴: a 年度 qualifying the noun after it is not the
    figure's period when the sentence has another time expression (半年度 is a half-year,
    never a scheme year: 半年度进度表); nor is a year inside the thing a verb acts on (1至2月,对2024年专项检查
    发现问题的23家机构开展回头看)."""
    return ((t.text.endswith("年度") and not t.text.endswith("半年度") or (t.start and text[t.start - 1] == "对"))
            and t.end < len(text) and _HAN_AFTER.match(text, t.end) is not None) or (
        t.text == "全年" and text.startswith(words("plan_kinds.txt"), t.end)) or (  # (上半年…完成全年计划的48%: the plan's)
        t.text.endswith("年") and "会" in text[t.end:t.end + _MEETING_REACH] and _NAMES_A_MEETING.match(text, t.end) is not None)


# (4月11日上午,某市2019年打击欺诈骗保专项治理工作部署会在市政府召开,…: the year in the meeting's name)
_MEETING_REACH = 34  # the longest name the pattern reads, and its 会议
_NAMES_A_MEETING = compiled(r"[^，,。；;、：:\s\d]{2,30}?(?:会议|大会|会)(?:在|于)?[^，,。；;]{0,12}?(?:召开|举行|举办)")


_HAN_AFTER = compiled(r"\p{Han}")
