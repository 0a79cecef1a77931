"""Percentages that no medical keyword of another clause names (GUIDELINES §8, §9): a share of
a whole (住院补偿占基金支出的比例为73%) is `other` whatever keyword stands nearer; a rate named
by its own word in the figure's clause (基金使用率为86%, 县外转诊率11.2%) is `other` too, rather
than the metric of a keyword its sentence names before that clause (报销比例 … ; 基金使用率…)."""
from __future__ import annotations

from extract.spans import Window
from rules.fragments import word_pattern
from rules.pattern_cache import compiled

_RATE = compiled(r"率")


def is_share(text: str, w: Window) -> bool:
    """A share word (占, 佔) stands in the figure's clause before it."""
    return word_pattern("share_words.txt").search(text, w.clause[0], w.start) is not None


def names_own_rate(text: str, w: Window) -> bool:
    """The figure's clause names a rate before it (…使用率, …转诊率) that no keyword matched."""
    return _RATE.search(text, w.clause[0], w.start) is not None
