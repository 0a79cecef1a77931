"""The drive that collects the year's resident premiums (集中征缴, 参保缴费, 收缴参合费: collection_drive_words.txt), as a
page's title names it (某县2025年度居民医保征缴工作进展情况通报): its notices date their tables by their cut-off and
count their task (应参保人数) as a target; its figures that name no scheme are the resident scheme's."""
from __future__ import annotations

from functools import lru_cache

from rules.fragments import alternation
from rules.pattern_cache import compiled
from rules.wordlists import words

TITLE_REACH = 80  # characters of a title line at most (extract/medical.py reads its scheme too)


@lru_cache(maxsize=1)
def drive_words():
    """A word of the drive, not 缴费标准: the standard, set for the year, not its drive."""
    return compiled("(?:" + alternation(words("collection_drive_words.txt")) + ")(?!标准)")


def drive_title(text: str, lo: int, hi: int) -> bool:
    """The page's title line (某县医保缴费进度通报) speaks of the drive; not a page of one line that runs on from its
    title (某县医保局2021年工作总结 时间:… 2021年,…). Read once a page."""
    return hi - lo <= TITLE_REACH and "。" not in text[lo:hi] and drive_words().search(text, lo, hi) is not None
