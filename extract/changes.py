"""The change a figure states (GUIDELINES §3): a delta or growth rate, and whether it is a fall, read from the change
word before it in its clause (增加, 下降, 比上年高), with the words that hold a change word and are none (增加值)."""
from __future__ import annotations

from functools import lru_cache

import regex

from extract.classify import DocWords
from extract.spans import Window, nearest_before
from rules.fragments import alternation, word_pattern
from rules.pattern_cache import compiled
from rules.punctuation import CLAUSE_BREAKS
from rules.wordlists import table, words


_LEVEL_AGAIN = compiled(r"到|至|为|是|即")  # 提标40元即每人每年720元: the level after 即
_CLAUSE_END = compiled("[" + regex.escape(CLAUSE_BREAKS) + "]")
_CELL_BREAK = compiled(r"\t|\||[ 　]{2}")  # (between a table's cells)
_NOUN_AFTER = compiled(r"值|量|幅|率|额|工程|行动|项目|计划")  # 增加值, 巩固提升工程23处: nouns


@lru_cache(maxsize=None)
def _going(direction: str) -> frozenset[str]:
    """The change words of one direction (fall; none: words holding a change word that are no change)."""
    return frozenset(r[0] for r in table("change_words.tsv") if len(r) > 1 and r[1].strip() == direction)


@lru_cache(maxsize=None)
def _compared_only() -> frozenset[str]:
    return frozenset(r[0] for r in table("change_words.tsv") if len(r) > 3 and r[3].strip() in ("compared", "earlier"))


@lru_cache(maxsize=None)
def _names_projects() -> frozenset[str]:
    return frozenset(r[0] for r in table("change_words.tsv") if len(r) > 3 and r[3].strip() == "named")


@lru_cache(maxsize=None)
def _earlier_only() -> frozenset[str]:
    return frozenset(r[0] for r in table("change_words.tsv") if len(r) > 3 and r[3].strip() == "earlier")


_COMPARISON = compiled(r"比|较|同比|相比")
# a base that is an earlier time (比上年, 较去年同期, 比2020年): 高于全省平均水平 is a gap, no change
_EARLIER_BASE = compiled(r"同比|环比|(?:比|较|与)(?:上年|去年|前年|上月|上季度|同期|(?:19|20)\d\d年)")
_STANDARD = compiled(r"标准")
_BARE_BASE = compiled(r"(?:同比|环比)(?:增减)?[ \t\u3000]*[:：\n]?[ \t\u3000]*$")
_PLAN_BASE = compiled(r"(?:比|较)(?:年度|全年|原|年初)?(?:计划|目标|任务|预算)")


@lru_cache(maxsize=None)
def _relief_units() -> dict[str, frozenset[str]]:
    """Words that are relief, not a change, before these units (每餐再减3元)."""
    return {r[0]: frozenset(r[2].split(",")) for r in table("change_words.tsv") if len(r) > 2 and r[2].strip()}


def change_of(w: Window, words_: DocWords, unit: str, text: str) -> tuple[str, bool]:
    """('' | delta | growth_rate, whether it is a fall): the change verb before the figure in its clause."""
    if _BARE_BASE.search(text, max(0, w.start - 8), w.start):  # 同比：-2.3%, 同比⏎+12.6%: the change, its sign its own
        return ("growth_rate" if unit in ("%", "‰") else "delta"), False
    if (text[w.start - 1:w.start] in "高低了 " and (m := _HIGHER_BY.search(text, max(w.clause[0], w.start - 3), w.start))
            and (_EARLIER_BASE.search(text, w.clause[0], m.start()) or (  # (与去年同期相比,…,完成率低2.76个百分点)
                not _COMPARISON.search(text, w.clause[0], m.start()) and _EARLIER_BASE.search(text, w.sentence[0], m.start())))):
        return ("growth_rate" if unit in ("%", "‰") else "delta"), m.group(1) == "低"  # 比去年同期高1.2个百分点
    h = nearest_before(words_.change, w.start, w.clause[0])
    if h is None:
        h = nearest_before(words_.change, w.start, w.sentence[0])
        if h is not None and h.word in _going("none") and _MOST_THEN.fullmatch(text, h.end, w.start):
            verb = nearest_before(words_.change, h.start, w.sentence[0])
            if verb is not None and verb.end == h.start and verb.word not in _going("none"):
                # 其中某县减少最多,达2.16万人: the largest of the changes told before
                return ("growth_rate" if unit in ("%", "‰") else "delta"), verb.word in _going("fall")
        if h is not None and h.word.endswith(_SIZE_ENDS) and _HIGHEST_THEN.fullmatch(text, h.end, w.start):
            return ("growth_rate" if unit in ("%", "‰") else "delta"), h.word in _going("fall")  # 增幅最高,达到41.2%
        if h is None or _CLAUSE_END.search(text, h.end, w.start):
            after = _RATE_OF_CHANGE_AFTER.match(text, w.end, w.clause[1]) if unit == "%" else None
            if after:  # 保持年均12%左右的较快增长: the rate of the change named after it
                return "growth_rate", after.group(1) in ("下降", "降幅")
            return "", False
    if not h.word[0].isalnum() and not text[text.rfind("\n", 0, h.start) + 1:h.start].strip():
        return "", False  # (▲ 8116万元  各类救助资金发放总额: an arrow opening its line is a bullet, no rise)
    if h.word in _going("approx"):  # (提高了差不多1个百分点: the verb right before the rough size)
        verb = nearest_before(words_.change, h.start, w.clause[0])
        if verb is None or text[verb.end:h.start].strip("了 ") or verb.word in _going("none"):
            return "", False
        h = verb
    if _PLAN_BASE.search(text, w.clause[0], h.start):
        return "", False  # 比计划多解决6000人, 较年度目标增加: more than planned, no change over time (§3)
    gap = text[h.end:w.start]
    if h.word in _going("none") or _NOUN_AFTER.match(text, h.end) or (h.word in _names_projects() and _CELL_BREAK.search(gap)):
        return "", False  # (二、医疗卫生服务提升⇥3100⇥2976: a project's row, not a change)
    if _bracketed_apart(text, h.start, gap) or _COUNT_OF_THOSE_BEYOND.search(gap):
        return "", False  # (降幅超过70%的有19个品种: how many passed the bound, no change of theirs)
    if h.word.endswith(_SIZE_ENDS) and (_gap_to().search(gap) or _size_beside_size(text, w.clause[0], h.start)):
        return "", False  # 增速高于城镇居民4.8个百分点: a gap between two groups' rates, no change over time
    if len(h.word) == 1 and gap.strip("了 "):  # 增/减/降/多/少 only right before the number, but
        # more (less) of a verb than a comparison base is a change of its figure: 较去年同期多支出6800万元
        if not (h.word in "多少" and _MORE_BY.fullmatch(gap) and _COMPARISON.search(text, w.clause[0], h.start)):
            return "", False
        return ("growth_rate" if unit in ("%", "‰") else "delta"), h.word in _going("fall")
    if (_LEVEL_AGAIN.search(gap) and not h.word.endswith(_SIZE_ENDS)  # (a size noun stays a change after 为: 增幅为8.6%)
            and not (_RANGE_LOW.fullmatch(gap) and ("%" not in gap or unit == "%"))  # 提高5至8个百分点, not 降低50%至1万元
            ) or unit in _relief_units().get(h.word, ()):
        return "", False
    if h.word in _going("fall") and word_pattern("relief_objects.txt").search(gap) and not _COMPARISON.search(
            text, w.clause[0], h.start):
        return "", False  # 为群众减少垫资865万元, 减少跑腿2.1万次: relief, a level (§3)
    # (比去年同期少1.85万人,进度慢2.3个百分点: an earlier time the clause before compares with goes on)
    carried = (h.word in _earlier_only() and not _COMPARISON.search(text, w.clause[0], h.start)
               and _EARLIER_BASE.search(text, w.sentence[0], h.start) is not None)
    if (h.word in _compared_only() and not carried and not _COMPARISON.search(text, w.clause[0], h.start)
            and not (unit == "元" and _STANDARD.search(text, w.clause[0], h.start))):
        return "", False  # (a standard's 新增30元 is a rise: 补助标准每人每年新增30元)
    if h.word in _earlier_only() and not carried and not _EARLIER_BASE.search(text, w.clause[0], h.start):
        return "", False
    return ("growth_rate" if unit in ("%", "‰") else "delta"), h.word in _going("fall")


_COUNT_OF_THOSE_BEYOND = compiled(r"\d[\d.]*\s*[万亿]?\s*(?:%|个百分点)?(?:以上|以下)?的(?:有|共有|达)?\s*$")
_RANGE_LOW = compiled(r"了?\s*\d[\d.,]*\s*(?:万|亿)?\s*(?:%|个)?\s*[至到~～]\s*")  # (5至, 3%到: a range's low end)
_MORE_BY = compiled(r"\p{Han}{1,2}了?")  # 多支出, 多救助了: more (or less) of a verb, by the figure
_HIGHER_BY = compiled(r"(?<![提降最偏较])([高低])了?\s*$")  # (not 提高, 最高: words of their own)
# (减少最多)，达…; (增幅最大)的是某县，达到…; 增幅(最高)，达到…
_THEN_REACHES = r"(?:的(?:是|为)?\p{Han}{1,12})?[,，]\s*(?:分别)?(?:达到|达|为|是)?\s*"
_MOST_THEN = compiled(_THEN_REACHES)
# (增幅较大,分别达到a%、b%: the items listed before the figure too)
_HIGHEST_THEN = compiled(r"(?:最(?:高|低)|较[大快高])" + _THEN_REACHES + r"(?:\d[\d.]*\s*(?:%|个百分点)?\s*[、和]\s*)*")
_SIZE_REACH = 8  # characters from 高于 to the figure: the size noun it is set beside (收入增速), no more
_SIZE_ENDS = ("幅", "速", "幅度")  # 增幅, 降幅, 涨幅, 增速, 降价幅度: the size of a change, named as a noun
_RATE_OF_CHANGE_AFTER = compiled(r"的\p{Han}{0,4}?(增长|增速|涨幅|下降|降幅)")


def _bracketed_apart(text: str, at: int, gap: str) -> bool:
    """A bracket between the change word and the figure: the figure lists the new levels inside
    it (提高大病补偿标准(白血病85%、其余65%)), or the word stands in a bracket closed before it
    (建设…(改善出行条件、…)等6件)."""
    if gap.count("(") + gap.count("（") > gap.count(")") + gap.count("）"):
        return True
    opened = max(text.rfind("(", max(0, at - 30), at), text.rfind("（", max(0, at - 30), at))
    return opened >= 0 and (")" in gap or "）" in gap) and not (")" in text[opened:at] or "）" in text[opened:at])


@lru_cache(maxsize=None)
def _gap_to():
    """高于城镇居民: one group's rate beside another's; not 高于上年, 快于2019年 (a change over time)."""
    return compiled(rf"(?:{alternation(words('gap_words.txt'))})(?!{alternation(words('gap_bases.txt'))}|(?:19|20)\d\d)")


def _size_beside_size(text: str, lo: int, at: int) -> bool:
    """支出增速高于收入增速4.2个百分点: the size noun right before the figure is the base another size is set beside."""
    gaps = list(_gap_to().finditer(text, lo, at))
    return bool(gaps) and at - gaps[-1].end() <= _SIZE_REACH and any(text.endswith(e, lo, gaps[-1].start()) for e in _SIZE_ENDS)


def level_before(earlier: list, units: list[str], unit: str, sentence: tuple[int, int]):
    """低保对象1.62万户、2.47万人,比上年减少612户、1035人: a change whose words name no topic is about the
    level of its unit before it in its sentence (`earlier`: the attributions of the figures before it)."""
    for j in range(len(earlier) - 1, -1, -1):
        a = earlier[j]
        if a.sentence != sentence:
            return None
        if units[j] == unit and not a.change:
            return a
    return None
