"""A day date that opens a sentence or clause (12月9日上午，…; 本报讯 8月12日至16日，…): the month of what the
clause reports (GUIDELINES §6). Inside a clause (于12月9日召开) a day date is an event's, and a date followed by a
telling (记者从…获悉) is the day the news was told: neither dates a figure."""
from __future__ import annotations

import regex

from rules.punctuation import LINE_BULLETS
from rules.time_grammar import Symbolic, core_of, interval_of

# the text before a day date that opens a clause (a full stop, a comma, a dateline: 本报讯, （记者 …）), and its
# comma after it (12月9日上午，)
# (a week's bulletin: 本周（11月29日至12月5日）全县新增…, 11月18日至25日一周内，…)
_OPENS_BEFORE = regex.compile(r"(?:^|[。！？；;\n，,：:)）]|讯|电|(?:本周|上周|本期|上期)[(（])[ \u3000\t]*$")
_OPENS_AFTER = regex.compile(r"(?:上午|下午|中午|晚上?|凌晨|早上|傍晚|一周内|期间)?[ \u3000]*[，,)）]")
# a chronicle's entry (大事记): a date opening its line, maybe after a bullet, then a blank or a colon (7月3日　全县…)
_LINE_HEAD = regex.compile(r"[ \u3000\t]*[" + regex.escape(LINE_BULLETS) + r"]?[ \u3000\t]*")
# (not a paper's dateline, 2021年09月15日　星期三 / 第3版: the day it came out, dating nothing)
_SPACED_AFTER = regex.compile(r"(?:[ \u3000\t]+|[:：])(?=\S)(?!星期|週|周[一二三四五六日天]|农历|農曆|第\s*\S{1,3}\s*版)")
# (3月3日，记者从县医保局获悉，2024年…: the day the news was told, not the time of what it tells)
# (a list's item after its colon or semicolon, opened by its day and what was done on it, no comma between)
_ITEM_BEFORE = regex.compile(r"[：:；;][ \u3000\t]*$")
_DONE_THEN = regex.compile(r"(?!前|之前|以前|起|以来|后|至|到|开始)(?=\p{Han})")
_TOLD = regex.compile(r"[ \u3000]*[^，,。！？\n]{0,24}(?:获悉|獲悉|了解到|瞭解到|得知|悉)[，,：:]")


def _heads_a_clause(m) -> bool:
    text = m.string
    after = _OPENS_AFTER.match(text, m.end())
    line_head = _LINE_HEAD.fullmatch(text, text.rfind("\n", 0, m.start()) + 1, m.start()) is not None
    if after is None and _ITEM_BEFORE.search(text, max(0, m.start() - 4), m.start()):
        after = _DONE_THEN.match(text, m.end())  # (分三批发放：12月3日发放第一批1427人；12月8日…: each item's day)
    if after is None and line_head:
        after = _SPACED_AFTER.match(text, m.end())
    elif not line_head and _OPENS_BEFORE.search(text[max(0, m.start() - 6):m.start()]) is None:
        return False  # (●10月18日,省合管办…: a bulletin's news item opens its line after its bullet)
    return after is not None and _TOLD.match(text, after.end()) is None


def resolve_lead_day(m) -> Symbolic | None:
    """12月9日上午，…: the month (or months) of a day date that opens a sentence or clause."""
    g = m.groupdict()
    c = core_of(m, g)
    return interval_of(c, m, g) if c is not None and c.day and _heads_a_clause(m) else None
