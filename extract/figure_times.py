"""Times that date one figure only (GUIDELINES §9 from–to): a time opening a from–to (由2014年的21.3%降至零), one
before 的 and a figure (上年的92.7%), one in an aside; none of them dates the sentences after it."""
from __future__ import annotations

from extract.rank_sets import income_benchmark
from extract.spans import Window, last_of
from extract.time_expressions import TimeExpr
from rules.fragments import CN_CHARS
from rules.pattern_cache import compiled
from rules.punctuation import CLAUSE_BREAKS


def dates_another_figure(text: str, t: TimeExpr, w: Window) -> bool:
    """由去年的每人每年50元提高到100元: a time before 的, or opening a from–to, dates the next figure only (not one in
    Chinese numerals beyond its clause: 按照今年的筹资标准,每人筹资一百元); one in an aside (起付线为6500元(参照2012年
    …确定)) or naming an income's year (参照上年度…收入), none outside it."""
    opens = opens_from(text, t)
    m = _DIGIT.search(text, t.end, w.start) if opens or text.startswith("的", t.end) else None
    return dates_its_own(text, t, w.start) or (m is not None and not listed_after(text, m.start(), w.start) and (
        opens or m.group()[0].isascii() or last_of(text, CLAUSE_BREAKS, t.end, m.start()) < 0))


def opens_from(text: str, t: TimeExpr) -> bool:
    return t.start > 0 and text[t.start - 1] in "由从" and _FROM_FIGURE.match(text, t.end) is not None


def dates_own_figure(text: str, t: TimeExpr) -> bool:
    """贫困率由2014年的21.3%降至零: a time inside its clause followed by 的 and a figure dates
    that figure only, never the sentences after it (GUIDELINES §9 from–to); one heading its
    clause (2024年的支出…) is the clause's time."""
    return opens_from(text, t) or compares_aside(text, t) or dates_its_own(text, t) or (  # (参合率为94.8%(上年为92.7%))
        OWN_FIGURE.match(text, t.end) is not None and t.start > 0 and text[t.start - 1] not in _HEAD_BEFORE)


# a figure's start: a digit, or a Chinese numeral with its unit (由去年的五十元提高到一百元, 百分之七十五)
FIGURE_AHEAD = rf"(?:\d|百分之|[{CN_CHARS}]+(?:元|人次|人|户|个|家|所|项|块|%))"
_DIGIT = compiled(FIGURE_AHEAD)
OWN_FIGURE = compiled(r"的[^\d\n,;。:!?，；：！？]{0,4}?" + FIGURE_AHEAD)  # 的21.3%
_FROM_FIGURE = compiled(r"[^\d\n,;。:!?，；：！？]{0,6}?" + FIGURE_AHEAD)
_HEAD_BEFORE = CLAUSE_BREAKS + "\n \t\u3000"


def compares_aside(text: str, t: TimeExpr) -> bool:
    """参合率为94.8%(上年为92.7%), …,上年末为92.7%: a time in an aside comparing the figure before it with its
    base dates the base's figure only, never the sentences after it; nor does the time a plan was made
    (年初承诺的15个项目全面完成): it dates the plan its noun names."""
    if _PLAN_MADE.match(text, t.end):
        return True
    m = _ASIDE_FIGURE.match(text, t.end) if t.start > 0 and text[t.start - 1] in "(（,，" else None
    return m is not None and bool(m.group("verb") or t.text.startswith(("上年", "去年", "前年", "上一年")))


def in_an_aside(text: str, t: TimeExpr, before: int | None = None) -> bool:
    """…起付线为6500元(分别参照2012年全市农牧民人均纯收入确定): a time in a bracket set into running text dates what
    the bracket says only, neither the figures outside it nor (`before` None) later sentences; a heading's bracket
    (各乡镇缴费情况(截至2月28日):) is no aside. Asked for every time before every figure, so both ends of the
    bracket are looked for near the time only (ASIDE_REACH), not back and on to the ends of a long line."""
    lo = max(text.rfind("\n", max(0, t.start - ASIDE_REACH), t.start) + 1, t.start - ASIDE_REACH)
    opened = max(text.rfind("(", lo, t.start), text.rfind("（", lo, t.start))
    # (本周(11月29日至12月5日)…, 比上周(12月5日)增加: a bracket opening with a time glosses the time before it)
    if opened <= 0 or opened + 1 >= t.start or text[opened - 1] in "。:：\u3000 \n" or last_of(text, ")）", opened, t.start) >= 0:
        return False
    closed = _CLOSED.match(text, t.end, t.end + ASIDE_REACH)
    return closed is not None and not text.startswith(("：", ":"), closed.end()) and (before is None or closed.end() <= before)


ASIDE_REACH = 40  # characters of an aside on either side of its time
_CLOSED = compiled(r"[^)）\n]*[)）]")


def dates_its_own(text: str, t: TimeExpr, before: int | None = None) -> bool:
    """A time in a bracket set into running text (`in_an_aside`), or the year of the income a standard is set by
    (起付线参照上年度全市居民人均可支配收入确定): it dates that only, not the figures around it nor after it."""
    return in_an_aside(text, t, before) or income_benchmark(text, t.start, t.end)


_PLAN_MADE = compiled(r"(?:确定|承诺|制定|下达|提出|部署|谋划|定下|排定)的")
_ASIDE_FIGURE = compiled(rf"(?:(?P<verb>为|是)\s*)?(?:\d|[{CN_CHARS}]+(?:元|人次|人|户|个|家|所|项|块|%))")


def listed_after(text: str, lo: int, hi: int) -> bool:
    """由2010年的每人每月243元、每人每年1380元提高到…: a figure at `hi` that only the 、-listed items from `lo` stand
    before is the next item of the list, which the time before the first dates too."""
    return _LISTED.fullmatch(text, lo, hi) is not None


_LISTED = compiled(r"(?:\d[\d.,]*\s*[万亿]?\p{Han}{0,2}、\s*[^\d,，。;；、]{0,6}?)+")
