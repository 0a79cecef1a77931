"""A target or plan (力争…97%以上, 计划投入…, 主要预期目标是:…新增就业5800人以上), not a result:
read from the words of the figure's clause, or from a list of targets that it stands in. A plan's
period is not cut at the publication month (`PeriodResolver`)."""
from __future__ import annotations

from functools import lru_cache

import regex

from extract.spans import Span, Window, last_of
from rules.fragments import alternation, word_pattern
from rules.pattern_cache import compiled
from rules.punctuation import FULL_STOPS
from rules.wordlists import words


def is_target(w: Window, text: str, section: Span | None = None) -> bool:
    """A target word in the figure's clause or right after it (…2000名的目标), the figure is
    an item of a list of targets, or it stands under a section heading of plans (三、2025年工作计划:
    `plan_headings.txt`; `section` is the heading above it, when that is not the article's title)."""
    after = text[w.end:min(w.clause[1], w.end + 4)]
    before = word_pattern("target_words.txt").search(text, w.clause[0], w.start)
    # 完成市下达任务的101.3%: a share done of a target is a result (but in 完成了…2500人的目标
    # the figure is the target itself)
    done = before is not None and _DONE.search(text, w.clause[0], before.start()) is not None
    return ((before is not None and not done)
            or word_pattern("target_words.txt").match(after.lstrip("的")) is not None
            or in_target_list(w, text)
            or (section is not None and word_pattern("plan_headings.txt").search(text, *section) is not None))


_DONE = compiled(r"完成")


def is_future(w: Window, text: str) -> bool:
    """A plan: a future word in the figure's sentence up to it, an item of a list of targets, or
    an item of a list whose lead-in says it is planned (今年将办好十件民生实事:新建学校3所;改造
    小区24个;…)."""
    return (word_pattern("future_words.txt").search(text, w.sentence[0], w.end) is not None
            or in_target_list(w, text) or in_planned_list(w, text))


def in_planned_list(w: Window, text: str) -> bool:
    """The figure stands after a colon, with no full stop between, whose sentence says up to the
    colon that what follows is planned (a future word: 将, 计划 …; the list's items are sentences
    of their own, split at the semicolons)."""
    lo = w.paragraph[0]
    colon = max(text.rfind(":", lo, w.start), text.rfind("：", lo, w.start))
    if colon < 0 or last_of(text, FULL_STOPS, colon, w.start) >= 0:
        return False
    stop = last_of(text, FULL_STOPS, lo, colon)
    return word_pattern("future_words.txt").search(text, lo if stop < 0 else stop + 1, colon) is not None


def in_target_list(w: Window, text: str) -> bool:
    """主要预期目标是:地区生产总值增长6%左右;城镇新增就业5800人以上;…: the items after a target
    word and its colon, up to the full stop that ends the list, are targets (the items are
    sentences of their own, split at the semicolons)."""
    lo = w.paragraph[0]
    if text.find(":", lo, w.start) < 0 and text.find("：", lo, w.start) < 0:
        return False  # no colon before the figure in its paragraph: no list of targets
    head = None
    for head in _target_list_head().finditer(text, lo, w.start):
        pass
    return head is not None and last_of(text, FULL_STOPS, head.end(), w.start) < 0


@lru_cache(maxsize=None)
def _target_list_head() -> regex.Pattern:
    return regex.compile("(?:" + alternation(words("target_words.txt")) + r")(?:任务)?(?:是|为|有)?[:：]")
