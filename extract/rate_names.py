"""Percentages that no medical keyword of another clause names (GUIDELINES §8, §9): a share of
a whole (住院补偿占基金支出的比例为73%) is `other` whatever keyword stands nearer; a rate named
by its own word in the figure's clause (基金使用率为86%, 县外转诊率11.2%) is `other` too, rather
than the metric of a keyword its sentence names before that clause (报销比例 … ; 基金使用率…); and so is how far a
rate stands from an area's average (高于全市平均水平1.1个百分点)."""
from __future__ import annotations

from extract.spans import Window
from rules.fragments import word_pattern
from rules.pattern_cache import compiled

_RATE = compiled(r"率")


def is_share(text: str, w: Window) -> bool:
    """A share word (占) stands in the figure's clause before it."""
    return names_a_share(text, w.clause[0], w.start)


def names_a_share(text: str, lo: int, hi: int) -> bool:
    """text[lo:hi] holds a share word (占基金支出比例(%): a column of shares)."""
    return word_pattern("share_words.txt").search(text, lo, hi) is not None


def enrolled_share(text: str, w: Window) -> bool:
    """参合农民52.37万人,占农业人口的97.86%: the share of the farming population its sentence's enrollees are,
    their enrollment rate (not 占农业人口50%以上的县: a bound on the share of counties)."""
    return _OF_THE_FARMING.search(text, w.clause[0], w.start) is not None and _ENROLLED.search(
        text, w.sentence[0], w.clause[0]) is not None


# (the text is in the Simplified script by now: extract/normalise.py converts a Traditional page)
_OF_THE_FARMING = compiled(r"占(?:全县|全市|全区)?(?:农业|农村)总?人口(?:总数)?的(?:比例|比重)?(?:为|达)?\s*$")
_ENROLLED = compiled(r"参合|参保|参加")


def gap_to_an_average(text: str, w: Window) -> bool:
    """参保率97.6%,高于全市平均水平1.1个百分点; 比全县平均进度高出0.6个百分点: how far a level stands from an area's
    average is no level of the rate itself, nor a change over time (GUIDELINES §3 delta: from an earlier period)."""
    return _GAP_TO_AVERAGE.search(text, max(w.clause[0], w.start - 24), w.start) is not None


_GAP_TO_AVERAGE = compiled(r"(?:高于|低于|高出|低出|超过|超出|优于|比|较)[^,，;；。\d]{0,8}?平均(?:水平|进度|值|数)?"
                           r"(?:高出|低出|高|低)?了?\s*(?:约|近)?\s*$")


def names_own_rate(text: str, w: Window) -> bool:
    """The figure's clause names a rate before it (…使用率, …转诊率) that no keyword matched."""
    return _RATE.search(text, w.clause[0], w.start) is not None
