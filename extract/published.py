"""The publication month of a page that the manifest does not date, guessed from its own dates."""
from __future__ import annotations

import regex

from rules.pattern_cache import compiled
from rules.time_grammar import small_int, year_value

_FULL_DATE = compiled(
    # (a blank may follow each number, as text copied out of a PDF prints it: 2025 年9 月2 日)
    r"(?P<date>(?P<y>(?<![\d.])(?:19|20)\d{2}|[一二][〇零一二三四五六七八九]{3})[ ]?年[ ]?"
    r"(?P<m>1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])[ ]?月"
    r"(?:[ ]?(?P<d>[12]\d|3[01]|0?[1-9]|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])[ ]?[日号])?"
    r"|(?P<y2>(?<![\d.])(?:19|20)\d{2})(?P<sep>[-./])(?P<m2>1[0-2]|0?[1-9])(?P=sep)(?P<d2>[12]\d|3[01]|0?[1-9])(?!\d))",
    regex.S,
)


def infer_publication_month(text: str) -> tuple[str | None, str]:
    """Guess the publication month from the page's own dates when the manifest has none.

    Rules, in order:
    1. Candidates are complete dates: ``YYYY年M月D日`` (Arabic or Chinese numerals)
       and ``YYYY-MM-DD`` / ``YYYY.MM.DD`` / ``YYYY/MM/DD``.  Dates that end a range
       or a deadline (preceded by 至/到 other than 截至/截止, or followed by 前) are
       skipped: they are often in the future (…征缴截止到下一年3月31日).
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
            y = year_value(m.group("y"))
            mo = small_int(m.group("m"))
            has_day = bool(m.group("d"))
        else:
            y = year_value(m.group("y2"))
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
