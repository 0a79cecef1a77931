"""The time grammar the time rules share: symbolic periods, time words, regex fragments
and the resolvers that read a match into a symbolic period (see rules/time.py).
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex

from rules.punctuation import CLAUSE_BREAKS, LIST_COMMA
from rules.numerals import NumeralError, numeral_value
from rules.wordlists import table

# ------------------------------------------------------------------ symbolic periods


@dataclass(frozen=True)
class Year:
    """How an expression gives its year: written ("abs", 2024), relative to the publication
    year ("rel", -1 for 去年), not written ("implied": the document's year, plus `value`),
    not written and not to be assumed ("needed": 全年), or the publication month itself
    ("now": the month is an offset from it)."""

    kind: str
    value: int = 0


@dataclass(frozen=True)
class Point:
    year: Year
    month: int  # 1..12; 13 is January of the next year (秋季学期 ends then)


@dataclass(frozen=True)
class Symbolic:
    kind: str  # "as_of" (a moment: only `end`) or "during" (an interval)
    end: Point
    start: Point | None = None
    cap: str = ""  # "YYYY-MM": an end at "now" no later than this (十四五以来), and the end when "now" is unknown
    open: bool = False  # open-ended (7月1日起): never a period
    to_date: bool = False  # starts with a year word flagged `todate` (今年): ends at the report's month
    year_end: bool = False  # the end of a year (年末, 年底): a stock's moment, the year of a flow

    @property
    def relative(self) -> bool:
        """Whether the period depends on the publication month (or the document's year)."""
        points = (self.start, self.end) if self.start else (self.end,)
        return any(p.year.kind in ("rel", "implied", "now") for p in points)


NOW = Point(Year("now"), 0)

# ------------------------------------------------------------------ word lists


@dataclass(frozen=True)
class Word:
    word: str
    type: str
    kind: str
    start: int | None
    end: int | None
    flags: dict


def _flags(s: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for f in filter(None, (x.strip() for x in s.split(","))):
        k, _, v = f.partition("=")
        out[k] = v
    return out


@lru_cache(maxsize=1)
def time_words() -> dict[str, list[Word]]:
    by_type: dict[str, list[Word]] = {}
    for row in table("time_words.tsv"):
        word, typ, kind, start, end, flags = ([c.strip() for c in row] + [""] * 6)[:6]
        by_type.setdefault(typ, []).append(
            Word(word, typ, kind, int(start) if start else None, int(end) if end else None, _flags(flags)))
    return by_type


@lru_cache(maxsize=1)
def eras() -> dict[str, tuple[str, str, str]]:
    return {r[0].strip(): tuple((list(c.strip() for c in r[1:]) + [""] * 3)[:3]) for r in table("time_eras.tsv")}


@lru_cache(maxsize=1)
def comparison_words() -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for word, position, *_ in table("time_compare.tsv"):
        out.setdefault(position.strip(), []).append(word.strip())
    return {k: tuple(v) for k, v in out.items()}


def _word(typ: str, text: str) -> Word:
    return next(w for w in time_words()[typ] if w.word == text)


def _part_word(text: str) -> Word:
    """A part of a year by its surface; after a year's 年 the leading 年 is shared (2024年末)."""
    parts = time_words()["part"]
    return next((w for w in parts if w.word == text), None) or next(
        w for w in parts if w.word.startswith("年") and w.word[1:] == text)


# ------------------------------------------------------------------ numbers

_CN_DIGIT = {"〇": 0, "零": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def small_int(s: str) -> int | None:
    """A small integer written in Chinese or Arabic numerals (十一 → 11, 3 → 3), else None."""
    try:
        v = numeral_value(s)
    except NumeralError:
        return None
    return int(v) if v == int(v) and 0 <= v < 100 else None


def year_value(s: str) -> int | None:
    """二〇二五, 2025 or 25 → 2025 (a year is read digit by digit); None outside 1900–2099."""
    if s.isdigit():
        y = int(s) + (2000 if len(s) == 2 else 0)
    else:
        try:
            y = int("".join(str(_CN_DIGIT[c]) for c in s))
        except KeyError:
            return None
    return y if 1900 <= y <= 2099 else None


def _ym_parts(s: str) -> tuple[int, int]:
    y, m = s.split("-")
    return int(y), int(m)


# ------------------------------------------------------------------ fragments


def _alt(words) -> str:
    """Alternation, longest first, with flags as look-arounds: np / nf not, op / of only, preceded / followed by one of."""
    parts = []
    for w in sorted(words, key=lambda w: -len(w.word)):
        around = {k: _AROUND[k].format(regex.escape(v)) for k, v in w.flags.items() if k in _AROUND}
        parts.append(around.get("np", "") + around.get("op", "") + regex.escape(w.word) + around.get("nf", "") + around.get("of", ""))
    return "(?:" + "|".join(parts) + ")"


_AROUND = {"np": "(?<![{}])", "op": "(?<=[{}])", "nf": "(?![{}])", "of": "(?=[{}])"}


# (a list number stuck to it, 4.2025年度…, at a line's or a sentence's start: still the year)
Y_ABS = (r"(?:(?:(?<![\d.])|(?<=(?:^|[\n。；;：:])[ \t\u3000]*\d{1,2}\.))(?:19|20)\d{2}(?![\d.])"
         r"|(?<![〇零一二三四五六七八九十百千万])[一二][〇零一二三四五六七八九]{3}"
         # 08年, 截至08年12月31日, 10年度: a year of this century written short (not 10年来, 近10年: durations)
         r"|(?<![\d.])(?:0\d(?=年)|1\d(?=年(?:\d{1,2}月|度|底|末|初|[上下]半年|[一二三四]季度))))")
MONTH_DIGITS = r"(?:1[0-2]|0?[1-9])"
MON_A = rf"(?<![\d.]){MONTH_DIGITS}(?![\d.])"
# (200310月: a page that lost its 年 runs the year into the month; 月 written out keeps the rule anchored)
Y_RUN = rf"(?P<ya>(?<![\d.])(?:19|20)\d{{2}})(?P<m>{MONTH_DIGITS})月"
MON_C = r"(?<![〇零一二三四五六七八九十百两])(?:十[一二]|十|[一二三四五六七八九])"
MON = rf"(?:{MON_A}|{MON_C})"
# 元至9月, 元—9月份: 元(月) is January where it opens a span of months (not 100元 before 至9月)
FIRST_MON = r"(?<![\d〇零一二三四五六七八九十百千万亿])元"
SP = "[ ]?"  # text copied out of a PDF has spaces around its digits: 截止 2 月 2 日, 2021 年
DASH = rf"(?:{SP}(?:[-—–~〜－]{{1,2}}|至|到){SP})"
DAY = (r"(?:(?<![\d.])(?:[12]\d|3[01]|0?[1-9])(?![\d.])"
       rf"|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九]){SP}[日号]")
# a count of years looked back over (近5年来, 过去十年)
NUMY = r"(?:1\d|20|[1-9]|十[一二三四五六七八九]?|[一二两三四五六七八九])"
NUMM = r"(?:1[0-2]|[1-9]|十[一二]?|[一二两三四五六七八九])"
# 自2015年创办以来, 自今年7月1日我县正式启动新农合大病保险工作以来: an event named between, quotes and all
DOTTED = r"(?<![\d.])(?P<ya>(?:19|20)\d\d)\.(?P<m>1[0-2]|0?[1-9])\.(?P<day>3[01]|[12]\d|0?[1-9])(?![\d.])"  # 截止2019.9.30
MONTH_PARTS = "底|末|初|上旬|中旬|下旬"  # the part of a month a time names (3月底, 7月中旬)
GAP = "[^\\d\\s" + regex.escape(CLAUSE_BREAKS + LIST_COMMA + "（）()《》") + "]{0,24}?"
QUOTE_OPEN, QUOTE_CLOSE = "[“\"'‘「『]?", "[”\"'’」』]?"


@lru_cache(maxsize=1)
def fragments() -> dict[str, str]:
    W = time_words()
    yearx = rf"(?:(?P<ya>{Y_ABS}){SP}年{SP}|(?P<yr>{_alt(W['year'])}))"
    stripped = [w for w in W["part"] if "strip" in w.flags and w.word.startswith("年")]
    strip_alt = "(?:" + "|".join(
        "(?<=年)" + regex.escape(w.word[1:]) + (f"(?![{regex.escape(w.flags['nf'])}])" if w.flags.get("nf") else "")
        for w in sorted(stripped, key=lambda w: -len(w.word))) + ")"
    tail = (
        rf"(?:(?P<m1>{MON}|{FIRST_MON}){SP}月?份?{DASH}(?P<m2>{MON}){SP}月份?"
        rf"|(?P<m>{MON}){SP}月(?!龄)份?(?:(?P<msuf>{MONTH_PARTS})"
        rf"|{SP}(?P<day>{DAY})(?:{DASH}(?:(?P<dm2>{MON}){SP}月{SP})?{DAY})?)?"
        rf"|[前头](?P<nm>{NUMM}){SP}个?月"
        rf"|(?P<part>{_alt(W['part'])}|{strip_alt})"
        rf"(?:(?P<term_end>结束时?|末)?))"
    )
    era_names = "|".join(regex.escape(e) for e in sorted(eras(), key=len, reverse=True))
    return {
        "YEARX": yearx,
        "CORE": rf"(?:{Y_RUN}|{yearx}(?:{SP}{tail})?|{tail})",  # (今年 1 至 11 月: a space a PDF left after 今年)
        "DAY_DATE": rf"(?:{yearx})?{MON}{SP}月(?!龄)份?{SP}{DAY}(?:{DASH}(?:{MON}{SP}月{SP})?{DAY})?",
        "ERA": rf"(?:党的)?{QUOTE_OPEN}(?P<era>{era_names}){QUOTE_CLOSE}",
        "PART": _alt(W["part"]), "ASOF": _alt(W["asof"]), "NOW": _alt(W["now"]), "SINCE": _alt(W["since"]),
        "OPEN": _alt(W["open"]), "MONTH_REL": _alt(W["month"]), "NONE": _alt(W["none"]),
    }


F = fragments()

# ------------------------------------------------------------------ resolvers


# A match's groups are read once per resolver (`g` is its groupdict): with some twenty named
# groups, groupdict is the dearest call on a match.


def _year(g: dict) -> Year | None:
    """The year of a match with optional ya / yr groups; None for an impossible year."""
    if g.get("ya"):
        y = year_value(g["ya"])
        return Year("abs", y) if y is not None else None
    if g.get("yr"):
        return Year("rel", _word("year", g["yr"]).start)
    return Year("implied")


def _to_date(m, g: dict) -> bool:
    yr = g.get("yr")
    return bool(yr) and m.start("yr") == m.start() and "todate" in _word("year", yr).flags


@dataclass(frozen=True)
class _Core:
    """What the CORE groups say: months a..b of a year (b may run into the next year)."""

    kind: str  # "as_of" | "during"
    a: int
    b: int
    year: Year
    day: bool = False
    part: Word | None = None


def core_of(m, g: dict) -> _Core | None:
    year = _year(g)
    if year is None:
        return None
    had_year = bool(g.get("ya") or g.get("yr"))
    if g.get("m1"):
        a, b = 1 if g["m1"] == "元" else small_int(g["m1"]), small_int(g["m2"])
        if not a or not b or not (1 <= a <= 12 and 1 <= b <= 12):
            return None
        return _Core("during", a, b + 12 if b < a else b, year)
    if g.get("m"):
        mo = small_int(g["m"])
        if not mo or not 1 <= mo <= 12:
            return None
        chinese = not g["m"].isdigit()
        if chinese and not had_year and not (g.get("msuf") or "份" in m.group(0) or g.get("day")
                                             or m.string.startswith(("单月", "当月"), m.end())):
            return None  # 不到一月 is a duration (三月单月, 三月当月: the month alone)
        if g.get("day"):
            last = small_int(g["dm2"]) if g.get("dm2") else mo  # (8月28日至9月3日: into the next month)
            return _Core("during", mo, last + 12 if last and last < mo else last or mo, year, day=True)
        return _Core("as_of" if (g.get("msuf") or "") in ("底", "末", "初") else "during", mo, mo, year)
    if g.get("nm"):
        n = small_int(g["nm"])
        return _Core("during", 1, n, year) if n and n <= 12 else None
    if g.get("part"):
        w = _part_word(g["part"])
        if not had_year and ("bare" not in w.flags or w.word == "年度" or g["part"] != w.word):
            return None
        if not had_year and "needyear" in w.flags:
            year = Year("needed")
        if w.kind == "as_of":
            return _Core("as_of", w.end, w.end, year, part=w)
        return _Core("during", w.start, w.end, year, part=w)
    return _Core("during", 1, 12, year) if had_year else None


def interval_of(c: _Core, m, g: dict, *, as_of: bool = False) -> Symbolic:
    kind = "as_of" if as_of or c.kind == "as_of" else "during"
    end = Point(c.year, c.b)
    return Symbolic(kind, end, None if kind == "as_of" else Point(c.year, c.a), to_date=_to_date(m, g))


def resolve_core(m) -> Symbolic | None:
    """2024年, 3月份, 1至11月, 一季度, 年末, 2024年秋季学期结束 …"""
    g = m.groupdict()
    c = core_of(m, g)
    if c is None or c.day:
        return None  # a day date is an event's (rules.time.LEAD_DAY reads one that opens a clause)
    sym = interval_of(c, m, g, as_of=bool(g.get("term_end") and c.part))
    if c.part is not None and c.kind == "as_of" and c.b == 12:
        sym = Symbolic(sym.kind, sym.end, sym.start, sym.cap, sym.open, sym.to_date, year_end=True)
    return sym


def resolve_asof(m) -> Symbolic | None:
    """截至2025年11月底, 截至目前: a moment."""
    g = m.groupdict()
    if g.get("now"):
        return Symbolic("as_of", NOW)
    c = core_of(m, g)
    # 截至2025年底 / 截至12月31日 ends a year as 年末 does (a change to it is the year's)
    return None if c is None else Symbolic("as_of", Point(c.year, c.b), year_end=c.b == 12)


def resolve_now(m) -> Symbolic:
    return Symbolic("as_of", NOW)

def resolve_lookback(m) -> Symbolic | None:
    """近5年来, 过去五年, 五年来: from the same month N years before the report to its month
    (GUIDELINES §9)."""
    if m.group("lbm"):  # (十个月来: so many months)
        n = 6 if m.group("lbm") == "半" else small_int(m.group("lbm"))  # (运行半年来: six months)
        return Symbolic("during", NOW, Point(Year("now"), -n)) if n else None
    n = small_int(m.group("lbn"))
    return Symbolic("during", NOW, Point(Year("now"), -12 * n)) if n else None


def resolve_month_rel(m) -> Symbolic:
    p = Point(Year("now"), _word("month", m.group("mrel")).start)
    return Symbolic("during", p, p)


def resolve_range(m) -> Symbolic | None:
    """2021—2025年, 2024年12月至2025年2月, 2021年至2023年上半年."""
    y1, y2 = year_value(m.group("ry1")), year_value(m.group("ry2") or m.group("ry1"))  # (…至今年9月: no year)
    if y1 is None or y2 is None or y2 < y1:
        return None
    m1 = small_int(m.group("rm1")) if m.group("rm1") else 1
    part = m.group("rp2") and _part_word(m.group("rp2"))  # (2021年至2023年上半年: to the part's last month)
    m2 = small_int(m.group("rm2")) if m.group("rm2") else part.end if part else 12
    if m.group("rm1") and not (m.group("rm2") or part) or not (1 <= m1 <= 12 and 1 <= m2 <= 12) or (y1, m1) > (y2, m2):
        return None
    end = Year("rel", _word("year", m.group("now2")).start) if m.group("now2") else Year("abs", y2)
    return Symbolic("during", Point(end, m2), Point(Year("abs", y1), m1))


def _era(m, suffix: str) -> Symbolic | None:
    typ, es, ee = eras()[m.group("era")]
    sy, sm = _ym_parts(es)
    start = Point(Year("abs", sy), sm)
    if suffix in {w.word for w in time_words()["since"]}:
        return Symbolic("during", NOW, start, cap=ee if typ == "plan" else "")
    if typ != "plan":
        return None  # a congress names a period only with 以来
    ey, em = _ym_parts(ee)
    if suffix == "末":
        return Symbolic("as_of", Point(Year("abs", ey), em))
    return Symbolic("during", Point(Year("abs", ey), em), start)


def resolve_era(m) -> Symbolic | None:
    """"十四五"期间, 十三五时期, 十四五末."""
    return _era(m, m.group("esuf"))


_DECADES = {"一十": 10, "二十": 20, "三十": 30, "四十": 40, "五十": 50, "六十": 60, "七十": 70, "八十": 80,
            "九十": 90}


def resolve_decade(m) -> Symbolic | None:
    """20世纪50年代, 上世纪90年代: the ten years of a decade of the last century; with 以来,
    from its start to the report's month."""
    d = m.group("dec")
    first = 1900 + (int(d) if d.isdigit() else _DECADES[d])
    if m.group("since"):
        return Symbolic("during", NOW, Point(Year("abs", first), 1))
    return Symbolic("during", Point(Year("abs", first + 9), 12), Point(Year("abs", first), 1))


def resolve_since(m) -> Symbolic | None:
    """2015年以来, 今年以来, 党的二十大以来, 2018年至今: from a start to the report's month."""
    g = m.groupdict()
    if g.get("era"):
        return _era(m, m.group("since"))
    c = core_of(m, g)
    if c is None:
        return None
    return Symbolic("during", NOW, Point(c.year, c.a), to_date=_to_date(m, g))


def resolve_open(m) -> Symbolic | None:
    """2024年起, 今年起 → that year (a standard set from it is that year's); 2024年起，连续五年 → 2024..2028;
    a month or a day on (2009年7月1日起) → from it to that year's end, the first year the new rule runs."""
    g = m.groupdict()
    c = core_of(m, g)
    if c is None:
        return None
    n = small_int(m.group("nyears")) if m.group("nyears") else None
    start = Point(c.year, c.a)
    if n and c.year.kind != "needed":
        return Symbolic("during", Point(Year(c.year.kind, c.year.value + n - 1), 12), start)
    if (c.a, c.b, c.day, c.part) == (1, 12, False, None) and c.year.kind != "needed":
        return Symbolic("during", Point(c.year, 12), start)
    return Symbolic("during", Point(c.year, 12), start)
