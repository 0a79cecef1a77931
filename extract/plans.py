"""A target or plan (力争…97%以上, 计划投入…, 主要预期目标是:…新增就业5800人以上), not a result:
read from the words of the figure's clause, or from a list of targets that it stands in. A plan's
period is not cut at the publication month (`PeriodResolver`)."""
from __future__ import annotations

from functools import lru_cache

import regex

from extract.drives import drive_title
from extract.segment.page import title_line
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


def names_target(text: str, span: Span) -> bool:
    """A table column header or row label of targets (任务数, 目标); the people who should enroll or pay (应参保人数) are
    one in a collection drive's notice, whose title names the drive (征缴, 缴费), not in a year's table of enrollment
    (2009年各乡镇新农合参合情况: 应参合人数, the people of the scheme's reach at the year's end)."""
    return word_pattern("target_words.txt").search(text, *span) is not None or (
        word_pattern("task_columns.txt").search(text, *span) is not None and drive_page(text) is not None)


def drive_task(text: str, w: Window) -> bool:
    """2020年度全县居民医保应参保人数为389210人 on a collection drive's page: the people who should enroll or pay, the
    drive's task, named right before the figure (not 占应参保人数的86%, a share of it done)."""
    if drive_page(text) is None:
        return False
    task = word_pattern("task_columns.txt").search(text, w.clause[0], w.start)
    return task is not None and _TASK_TO_FIGURE.fullmatch(text, task.end(), w.start) is not None


_TASK_TO_FIGURE = compiled(r"(?:农业|农村)?(?:人数|人口|对象)?\s*(?:为|是|共|达|[:：])?\s*")


@lru_cache(maxsize=4)  # (asked for every column header of a page's tables)
def drive_page(text: str) -> tuple[int, int] | None:
    """The title line of a page whose title speaks of the drive that collects the year's premiums, else None."""
    title = title_line(text)
    return title if drive_title(text, *title) else None


def names_the_years_plan(w: Window, text: str) -> bool:
    """1-6月…占年度计划投资8.12亿元的53.7%: the figure stands right after a plan of the whole year (年度计划,
    全年目标, 年度预算), not a share of it done (完成年度计划的71.7%)."""
    return _plans()[0].search(text, max(w.clause[0], w.start - 16), w.start) is not None


def year_of_the_plan(w: Window, text: str) -> str | None:
    """已完成2022年度参保目标任务20.3万人的48.6%: the year the plan right before the figure writes, if it writes one;
    else the scheme year its sentence, then its title, names for what a collection drive pays (…完成2021年度居民医保参保
    缴费,完成省下达目标任务(116.5万人): the task of that scheme year, not of the year the cut-off falls in)."""
    if plan := _plans()[1].search(text, max(w.clause[0], w.start - 24), w.start):
        return plan.group("year")
    for span in ((w.sentence[0], w.start), w.headline or (0, 0)):
        years = {m.group(1) for m in _SCHEME_YEAR.finditer(text, *span)}
        if len(years) == 1:
            return years.pop()
    return None


_SCHEME_YEAR = compiled(r"(?<!\d)((?:19|20)\d\d)\s*年度\s*(?:城乡居民|居民|城镇居民|新农合|新型农村合作医疗)")


@lru_cache(maxsize=None)
def _plans() -> tuple[regex.Pattern, regex.Pattern]:
    """A plan of the whole year, then one that writes its year (2022年度参保目标任务20.3万人: the plan's own words
    between its year and its kind, plan_kinds.txt)."""
    kinds, tail = alternation(words("plan_kinds.txt")), r"[^\d,，;；。、的]{0,6}$"
    return (compiled(rf"(?:年度|全年|下达|年)[^\d,，;；。、的]{{0,4}}?(?:{kinds}){tail}"),  # (完成市下达目标任务(52.6万人))
            compiled(rf"(?P<year>(?:19|20)\d\d)年度?[^\d,，;；。、的]{{0,6}}?(?:{kinds}){tail}"))


def is_future(w: Window, text: str) -> bool:
    """A plan: a future word in the figure's sentence up to it, an item of a list of targets, or
    an item of a list whose lead-in says it is planned (今年将办好十件民生实事:新建学校3所;改造
    小区24个;…)."""
    return (word_pattern("future_words.txt").search(text, w.sentence[0], w.end) is not None
            or in_target_list(w, text) or in_planned_list(w, text))


def leads_a_plan(text: str, at: int) -> bool:
    """今年,我们将办好十件民生实事:\n1.新建…: the rest of the line from `at` (the end of a time in
    it) is the lead-in of a list on the lines after it, which says with a future word that the
    items are planned."""
    end = text.find("\n", at)
    end = len(text) if end < 0 else end
    head = _planned_list_head().search(text, at, end)  # (the lead-in a planned list on its own line has)
    return (head is not None and not text[head.end():end].strip()
            and last_of(text, FULL_STOPS, at, head.start()) < 0)


def in_planned_list(w: Window, text: str) -> bool:
    """今年将重点办好十件民生实事:新建学校3所;改造小区24个;…: the items after a colon whose
    sentence says up to it that what follows is planned (a future word: 将, 计划 …)."""
    return _in_list_after(w, text, _planned_list_head())


def in_target_list(w: Window, text: str) -> bool:
    """主要预期目标是:地区生产总值增长6%左右;城镇新增就业5800人以上;…: the items after a target
    word and its colon are targets."""
    return _in_list_after(w, text, _target_list_head())


def _in_list_after(w: Window, text: str, head: regex.Pattern) -> bool:
    """The figure is an item of a list that a lead-in matching `head` (ending in its colon) opens in
    its paragraph, up to the full stop that ends the list (the items are sentences of their own,
    split at the semicolons)."""
    lo = w.paragraph[0]
    if text.find(":", lo, w.start) < 0 and text.find("：", lo, w.start) < 0:
        return False  # no colon before the figure in its paragraph: no list
    last = None
    for last in head.finditer(text, lo, w.start):
        pass
    return last is not None and last_of(text, FULL_STOPS, last.end(), w.start) < 0


@lru_cache(maxsize=None)
def _planned_list_head() -> regex.Pattern:
    stops = regex.escape(FULL_STOPS)
    return compiled("(?:" + alternation(words("future_words.txt")) + rf")[^{stops}:：]*[:：]")


@lru_cache(maxsize=None)
def _target_list_head() -> regex.Pattern:
    return compiled("(?:" + alternation(words("target_words.txt")) + r")(?:任务)?(?:是|为|有)?[:：]")


def opens_next_steps(w: Window, text: str) -> bool:
    """下一步,县合管办将把起付线由100元调整为150元: the figure's sentence or paragraph opens with
    what is still to be done (a list number before the word allowed)."""
    return any(_next_steps().match(text, span[0], w.start) is not None for span in (w.sentence, w.paragraph))


@lru_cache(maxsize=None)
def _next_steps() -> regex.Pattern:
    return compiled(r"[\s\u3000]*(?:[(（]?[一二三四五六七八九十\d]{1,2}[)）、.．]\s*)?"
                         "(?:" + alternation(words("next_step_words.txt")) + ")")
