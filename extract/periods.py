"""Time expressions: find them in normalised text and resolve them to periods.

Contract: GUIDELINES §6.  Word lists are data in ``rules/wordlists/time_*.tsv``
(``time_words.tsv``: relative years, "now" words, parts of a year, prefixes and
suffixes; ``time_eras.tsv``: five-year plans and Party congresses;
``time_compare.tsv``: comparison bases that are dropped).

Each expression is either

* ``as_of`` – a moment (截至…, 年末, 目前); only ``period_end`` is set, or
* ``during`` – an interval (2024年, 1至11月份, 上半年, "十四五"期间, …以来).

Decisions where GUIDELINES §6 is silent (also listed in the module tests):

* A year-less expression (``3月``, ``一季度``, ``上半年``, bare ``年末``)
  takes the publication year (``relative=True``); without a publication month it
  is returned with ``resolved=False`` and empty periods.
* Bare ``全年`` (no year word in the same expression) is returned with
  ``resolved=False``: the caller decides (bulletin year, a preceding 今年).
  ``今年全年`` / ``2024年全年`` resolve.
* When ``resolved`` is False both ``period_start`` and ``period_end`` are "".
* Day dates (``12月9日``, ``2025年12月25日``) are event dates: consumed, never
  returned, except after 截至/截止 (as_of that month).  Day ranges likewise.
* ``M月底/末/初`` → as_of that month; ``M月上/中/下旬`` → during that month.
* ``截至`` + an interval (截至2024年, 截至上半年, 截至2024年秋季学期结束) → as_of the
  interval's last month.
* Comparison bases (比上年, 较2020年末, 去年同期, 与去年相比) are dropped.
* ``YYYY年起`` / ``今年起`` / ``从…开始`` are open-ended: returned as ``during`` with
  ``resolved=False`` (so a caller gives the figure no period), unless followed by
  ``连续N年`` (→ during YYYY-01..(YYYY+N-1)-12).
* ``…以来`` / ``…至今`` → during start..publication month; with no publication
  month ``resolved=False``.  ``"十四五"以来`` ends at min(publication month,
  2025-12), and at 2025-12 when the month is unknown (not relative then).
  ``自2015年创办以来``: up to 8 non-digit, non-punctuation characters may sit
  between the date and 以来.
* A bare plan name (十四五规划) is a label, not a period.  ``年中`` needs an
  explicit year word in front (今年年中).  A Chinese-numeral month with no year
  needs 份/底/末/初/旬 or a range (三月份, 一至十一月): ``不到一月`` is a duration.
* Seasons: 春季 03..05, 夏季 06..08, 秋季 09..11, 冬季 12..02(next year),
  春季学期 02..07, 秋季学期 09..01(next year).
* ``前N个月`` → during 01..N.  ``本月``/``上月`` → the publication month / the one before.
* Years are 1900–2099 (Arabic, followed by 年) or four Chinese digits (二〇二五年).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import regex

WORDLISTS = Path(__file__).resolve().parent.parent / "rules" / "wordlists"


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


# --------------------------------------------------------------------------- data


def _read_tsv(name: str) -> list[list[str]]:
    rows = []
    with open(WORDLISTS / name, encoding="utf-8", newline="") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.split("\t")
            rows.append([c.strip() for c in cols])
    return rows


def _flags(s: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for f in filter(None, (x.strip() for x in s.split(","))):
        k, _, v = f.partition("=")
        out[k] = v
    return out


@dataclass(frozen=True)
class _Word:
    word: str
    type: str
    kind: str
    start: int | None
    end: int | None
    flags: dict


@lru_cache(maxsize=1)
def _words() -> dict[str, list[_Word]]:
    by_type: dict[str, list[_Word]] = {}
    for cols in _read_tsv("time_words.tsv"):
        cols = cols + [""] * (7 - len(cols))
        word, typ, kind, start, end, flags = cols[:6]
        w = _Word(
            word,
            typ,
            kind,
            int(start) if start else None,
            int(end) if end else None,
            _flags(flags),
        )
        by_type.setdefault(typ, []).append(w)
    return by_type


@lru_cache(maxsize=1)
def _eras() -> dict[str, tuple[str, str, str]]:
    out = {}
    for cols in _read_tsv("time_eras.tsv"):
        cols = cols + [""] * (5 - len(cols))
        out[cols[0]] = (cols[1], cols[2], cols[3])
    return out


@lru_cache(maxsize=1)
def _compare() -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for cols in _read_tsv("time_compare.tsv"):
        out.setdefault(cols[1], []).append(cols[0])
    return out


# ------------------------------------------------------------------------ numbers

_CN_DIGIT = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4,
             "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def _cn_int(s: str) -> int | None:
    """Small Chinese or Arabic integer (1..99)."""
    if s.isdigit():
        return int(s)
    if s in _CN_DIGIT:
        return _CN_DIGIT[s]
    if "十" in s:
        a, _, b = s.partition("十")
        tens = _CN_DIGIT.get(a, None) if a else 1
        ones = _CN_DIGIT.get(b, None) if b else 0
        if tens is None or ones is None:
            return None
        return tens * 10 + ones
    return None


def _year_value(s: str) -> int | None:
    if s.isdigit():
        y = int(s)
    else:
        try:
            y = int("".join(str(_CN_DIGIT[c]) for c in s))
        except KeyError:
            return None
    return y if 1900 <= y <= 2099 else None


def _ym(y: int, m: int) -> str:
    # normalise month overflow (13 -> January of next year, 0 -> December before)
    y += (m - 1) // 12
    m = (m - 1) % 12 + 1
    return f"{y:04d}-{m:02d}"


def _parse_pub(published: str | None) -> tuple[int, int] | None:
    if not published:
        return None
    m = regex.fullmatch(r"\s*(\d{4})-(\d{1,2})(?:-\d{1,2})?\s*", published)
    if not m:
        return None
    return int(m.group(1)), int(m.group(2))


# ------------------------------------------------------------------------ regexes


def _alt(words, lookbehind_np=True) -> str:
    """Alternation, longest first, with np/nf flags as look-arounds."""
    parts = []
    for w in sorted(words, key=lambda w: -len(w.word)):
        p = regex.escape(w.word)
        if lookbehind_np and w.flags.get("np"):
            p = f"(?<![{regex.escape(w.flags['np'])}])" + p
        if w.flags.get("nf"):
            p = p + f"(?![{regex.escape(w.flags['nf'])}])"
        parts.append(p)
    return "(?:" + "|".join(parts) + ")"


@lru_cache(maxsize=1)
def _patterns():
    W = _words()
    eras = _eras()
    Y_ABS = (r"(?:(?<![\d.])(?:19|20)\d{2}(?![\d.])"
             r"|(?<![〇零一二三四五六七八九十百千万])[一二][〇零一二三四五六七八九]{3})")
    Y_REL = _alt(W["year"])
    YEARX = rf"(?:(?P<ya>{Y_ABS})年|(?P<yr>{Y_REL}))"
    MON_A = r"(?<![\d.])(?:1[0-2]|0?[1-9])(?![\d.])"
    MON_C = r"(?<![〇零一二三四五六七八九十百两])(?:十[一二]|十|[一二三四五六七八九])"
    MON = rf"(?:{MON_A}|{MON_C})"
    DASH = r"(?:[-—–~〜－]{1,2}|至|到)"
    DAY = (r"(?:(?<![\d.])(?:[12]\d|3[01]|0?[1-9])(?![\d.])"
           r"|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])[日号]")
    parts = W["part"]
    full = _alt(parts)
    stripped = [w for w in parts if "strip" in w.flags and w.word.startswith("年")]
    strip_alt = "(?:" + "|".join(
        "(?<=年)" + regex.escape(w.word[1:])
        + (f"(?![{regex.escape(w.flags['nf'])}])" if w.flags.get("nf") else "")
        for w in sorted(stripped, key=lambda w: -len(w.word))) + ")"
    PART = rf"(?P<part>{full}|{strip_alt})"
    NUMM = r"(?:1[0-2]|[1-9]|十[一二]?|[一二两三四五六七八九])"
    TAIL = (
        rf"(?:(?P<m1>{MON})月?份?{DASH}(?P<m2>{MON})月份?"
        rf"|(?P<m>{MON})月(?!龄)份?(?:(?P<msuf>底|末|初|上旬|中旬|下旬)"
        rf"|(?P<day>{DAY})(?:{DASH}(?:{MON}月)?{DAY})?)?"
        rf"|前(?P<nm>{NUMM})个月"
        rf"|{PART}"
        rf"(?:(?P<term_end>结束时?|末)?))"
    )
    CORE = rf"(?:{YEARX}(?:{TAIL})?|{TAIL})"
    ASOF = _alt(W["asof"])
    NOW = _alt(W["now"])
    SINCE = _alt(W["since"])
    OPEN = _alt(W["open"])
    ERA_NAMES = "|".join(regex.escape(e) for e in sorted(eras, key=len, reverse=True))
    ERA = (rf"(?:党的)?[“\"'‘「『]?(?P<era>{ERA_NAMES})[”\"'’」』]?(?:规划)?"
           rf"(?P<esuf>期间|时期|以来|末)")
    GAP = r"[^\d\s，。；！？,;!?、：:“”\"（）()《》]{0,8}?"
    YR1 = (rf"(?P<ry1>{Y_ABS})年?(?:(?P<rm1>{MON})月份?)?{DASH}"
           rf"(?P<ry2>{Y_ABS})年(?:(?P<rm2>{MON})月份?)?")
    pats = [
        ("none", regex.compile(_alt(W["none"]))),
        ("now", regex.compile(rf"(?P<now>{NOW})")),
        ("month_rel", regex.compile(rf"(?P<mrel>{_alt(W['month'])})")),
        ("asof", regex.compile(rf"(?P<pre>{ASOF})(?:(?P<now>{NOW})|{CORE})")),
        ("range", regex.compile(YR1)),
        ("era", regex.compile(ERA)),
        ("since", regex.compile(rf"(?P<zi>[自从])?(?:{CORE}|(?:党的)?[“\"'‘「『]?(?P<era>{ERA_NAMES})[”\"'’」』]?)"
                                rf"{GAP}(?P<since>{SINCE})")),
        ("open", regex.compile(rf"(?P<zi>[自从])?{CORE}(?P<open>{OPEN})"
                               rf"(?:[,，]?连续(?P<nyears>{NUMM})个?年度?)?")),
        ("core", regex.compile(CORE)),
    ]
    return pats


# ------------------------------------------------------------------------ resolve


class _Ctx:
    def __init__(self, published):
        self.pub = _parse_pub(published)

    def year_of(self, m) -> tuple[int | None, bool, bool]:
        """(year, relative, had_year_word) for a match with optional ya/yr groups."""
        ya = m.group("ya") if "ya" in m.re.groupindex else None
        yr = m.group("yr") if "yr" in m.re.groupindex else None
        if ya:
            return _year_value(ya), False, True
        if yr:
            off = next(w.start for w in _words()["year"] if w.word == yr)
            return (self.pub[0] + off if self.pub else None), True, True
        return (self.pub[0] if self.pub else None), True, False


def _part_word(text: str) -> _Word:
    for w in _words()["part"]:
        if w.word == text:
            return w
    for w in _words()["part"]:
        if w.word.startswith("年") and w.word[1:] == text:
            return w
    raise KeyError(text)


def _core_interval(m, ctx: _Ctx):
    """Interpret the CORE groups of a match.

    Returns (kind, start_month, end_month, year, relative, is_day, part_word) with months
    as offsets relative to `year` (may exceed 12), or None if the match is not a
    period (e.g. a bare Chinese month with nothing around it)."""
    g = m.groupdict()
    year, relative, had_year = ctx.year_of(m)
    if g.get("ya") and year is None:
        return None
    if g.get("m1"):
        a, b = _cn_int(g["m1"]), _cn_int(g["m2"])
        if not a or not b or not (1 <= a <= 12 and 1 <= b <= 12):
            return None
        if b < a:
            b += 12
        return ("during", a, b, year, relative, False, None)
    if g.get("m"):
        mo = _cn_int(g["m"])
        if not mo or not 1 <= mo <= 12:
            return None
        chinese = not g["m"].isdigit()
        whole = m.group(0)
        if chinese and not had_year and not (g.get("msuf") or "份" in whole or g.get("day")):
            return None
        if g.get("day"):
            return ("day", mo, mo, year, relative, True, None)
        suf = g.get("msuf") or ""
        if suf in ("底", "末", "初"):
            return ("as_of", mo, mo, year, relative, False, None)
        return ("during", mo, mo, year, relative, False, None)
    if g.get("nm"):
        n = _cn_int(g["nm"])
        if not n or n > 12:
            return None
        return ("during", 1, n, year, relative, False, None)
    if g.get("part"):
        w = _part_word(g["part"])
        if not had_year and "bare" not in w.flags:
            return None
        if w.word == "年度" and not had_year:
            return None
        if g["part"] != w.word and not had_year:
            return None
        if not had_year and "needyear" in w.flags:
            year, relative = None, False
        if w.kind == "as_of":
            return ("as_of", w.end, w.end, year, relative, False, w)
        return ("during", w.start, w.end, year, relative, False, w)
    if had_year:
        return ("during", 1, 12, year, relative, False, None)
    return None


def _make(text, s, e, kind, ps, pe, resolved, relative) -> TimeExpr:
    if not resolved:
        ps = pe = ""
    if kind == "as_of":
        ps = ""
    return TimeExpr(s, e, text[s:e], kind, ps, pe, resolved, relative)


def _handle(name, m, text, ctx: _Ctx):
    """Candidate for one match: a TimeExpr, "none" (consume, emit nothing) or None."""
    s, e = m.span()
    g = m.groupdict()
    pub = ctx.pub
    if name == "none":
        return "none"
    if name == "now" or (name == "asof" and g.get("now")):
        if pub:
            return _make(text, s, e, "as_of", "", _ym(*pub), True, True)
        return _make(text, s, e, "as_of", "", "", False, True)
    if name == "month_rel":
        off = next(w.start for w in _words()["month"] if w.word == g["mrel"])
        if pub:
            ym = _ym(pub[0], pub[1] + off)
            return _make(text, s, e, "during", ym, ym, True, True)
        return _make(text, s, e, "during", "", "", False, True)
    if name == "range":
        y1, y2 = _year_value(g["ry1"]), _year_value(g["ry2"])
        if y1 is None or y2 is None or y2 < y1:
            return None
        m1 = _cn_int(g["rm1"]) if g.get("rm1") else 1
        m2 = _cn_int(g["rm2"]) if g.get("rm2") else 12
        if g.get("rm1") and not g.get("rm2") or not (1 <= m1 <= 12 and 1 <= m2 <= 12):
            return None
        return _make(text, s, e, "during", _ym(y1, m1), _ym(y2, m2), True, False)
    if name == "era" or (name == "since" and g.get("era")):
        typ, es, ee = _eras()[g["era"]]
        suf = g.get("esuf") or g.get("since")
        if typ == "congress" and suf not in _since_words():
            return None
        if suf in _since_words():
            if typ == "plan":
                if pub:
                    end = min(_ym(*pub), ee)
                    return _make(text, s, e, "during", es, end, True, end != ee)
                return _make(text, s, e, "during", es, ee, True, False)
            if pub:
                return _make(text, s, e, "during", es, _ym(*pub), True, True)
            return _make(text, s, e, "during", "", "", False, True)
        if suf == "末":
            return _make(text, s, e, "as_of", "", ee, True, False)
        return _make(text, s, e, "during", es, ee, True, False)

    core = _core_interval(m, ctx)
    if core is None:
        return None
    kind, a, b, year, relative, is_day, pw = core
    resolved = year is not None

    if name == "asof":
        if not resolved:
            return _make(text, s, e, "as_of", "", "", False, relative)
        return _make(text, s, e, "as_of", "", _ym(year, b), True, relative)
    if name == "since":
        if not resolved or not pub:
            return _make(text, s, e, "during", "", "", False, True)
        return _make(text, s, e, "during", _ym(year, a), _ym(*pub), True, True)
    if name == "open":
        n = _cn_int(g["nyears"]) if g.get("nyears") else None
        if n and resolved:
            return _make(text, s, e, "during", _ym(year, a), _ym(year + n - 1, 12), True, relative)
        return _make(text, s, e, "during", "", "", False, relative)
    if is_day:
        return "none"  # an event date gives no period
    # plain
    if g.get("term_end") and pw is not None:
        # 2024年秋季学期结束 -> the moment the term ends
        kind, a = "as_of", b
    if not resolved:
        return _make(text, s, e, kind, "", "", False, relative)
    if kind == "as_of":
        return _make(text, s, e, "as_of", "", _ym(year, b), True, relative)
    return _make(text, s, e, "during", _ym(year, a), _ym(year, b), True, relative)


@lru_cache(maxsize=1)
def _since_words() -> frozenset:
    return frozenset(w.word for w in _words()["since"])


_PUNCT = set("，。；！？,;!?\n：:")


def _is_comparison(text: str, s: int, e: int) -> bool:
    C = _compare()
    before = text[max(0, s - 3):s]
    if any(before.endswith(w) for w in C.get("before", [])):
        return True
    if any(text.startswith(w, e) for w in C.get("after", [])):
        return True
    if any(before.endswith(w) for w in C.get("pair", [])):
        window = ""
        for ch in text[e:e + 10]:
            if ch in _PUNCT:
                break
            window += ch
        if any(w in window for w in C.get("pair_end", [])):
            return True
    return False


def find_time_expressions(text: str, published: str | None) -> list[TimeExpr]:
    """All period-giving time expressions in `text`, left to right, non-overlapping.
    `published` is the publication month "YYYY-MM" or None."""
    ctx = _Ctx(published)
    cands = []  # (start, -end, order, result)
    for order, (name, pat) in enumerate(_patterns()):
        for m in pat.finditer(text, overlapped=True):
            if m.end() == m.start():
                continue
            res = _handle(name, m, text, ctx)
            if res is None:
                continue
            cands.append((m.start(), -m.end(), order, res))
    cands.sort(key=lambda c: (c[0], c[1], c[2]))
    out: list[TimeExpr] = []
    last = 0
    for s, neg_e, _, res in cands:
        e = -neg_e
        if s < last:
            continue
        last = e
        if res == "none":
            continue
        if _is_comparison(text, s, e):
            continue
        out.append(res)
    return out


# --------------------------------------------------------- publication month guess

_FULL_DATE = regex.compile(
    r"(?P<date>(?P<y>(?<![\d.])(?:19|20)\d{2}|[一二][〇零一二三四五六七八九]{3})年"
    r"(?P<m>1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])月"
    r"(?:(?P<d>[12]\d|3[01]|0?[1-9]|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])[日号])?"
    r"|(?P<y2>(?<![\d.])(?:19|20)\d{2})(?P<sep>[-./])(?P<m2>1[0-2]|0?[1-9])(?P=sep)(?P<d2>[12]\d|3[01]|0?[1-9])(?!\d))",
    regex.S,
)


def infer_publication_month(text: str) -> tuple[str | None, str]:
    """Guess the publication month from the page's own dates when the manifest has none.

    Rules, in order:
    1. Candidates are complete dates: ``YYYY年M月D日`` (Arabic or Chinese numerals)
       and ``YYYY-MM-DD`` / ``YYYY.MM.DD`` / ``YYYY/MM/DD``.  Dates that end a range
       or a deadline (preceded by 至/到 other than 截至/截止, or followed by 前) are
       skipped: they are often in the future (…持续至2026年2月25日).
    2. A date followed by 星期/周X (a masthead) wins; the latest such is used.
    3. Otherwise the latest complete date is used; if none, the latest year-month
       (``YYYY年M月``) with the same exclusions.
    4. A latest candidate more than 12 months after the next latest is treated as
       odd (a typo or a plan) and dropped.
    Returns ("YYYY-MM", how) or (None, "no dated expression").
    """
    full, ym_only, masthead = [], [], []
    for m in _FULL_DATE.finditer(text, overlapped=False):
        pre, post = text[max(0, m.start() - 2):m.start()], text[m.end():m.end() + 6]
        if (pre.endswith("至") or pre.endswith("到")) and not (pre.endswith("截至") or pre.endswith("截止")):
            continue
        if post.lstrip().startswith("前"):
            continue
        if m.group("y"):
            y = _year_value(m.group("y"))
            mo = _cn_int(m.group("m"))
            has_day = bool(m.group("d"))
        else:
            y = _year_value(m.group("y2"))
            mo = int(m.group("m2"))
            has_day = True
        if y is None or not mo or not 1 <= mo <= 12:
            continue
        item = ((y, mo), m.group("date"))
        if has_day:
            full.append(item)
            if regex.match(r"\s*(?:星期|周[一二三四五六日天])", post):
                masthead.append(item)
        else:
            ym_only.append(item)

    def latest(items):
        items = sorted(items)
        if len(items) >= 2:
            (y1, m1), (y0, m0) = items[-1][0], items[-2][0]
            if (y1 * 12 + m1) - (y0 * 12 + m0) > 12:
                items = items[:-1]
        return items[-1]

    for items, how in ((masthead, "masthead date"), (full, "latest full date in text"),
                       (ym_only, "latest year-month in text")):
        if items:
            (y, mo), s = latest(items)
            return f"{y:04d}-{mo:02d}", f"{how} ({s})"
    return None, "no dated expression"
