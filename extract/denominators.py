"""The denominator of a figure (GUIDELINES §3 `per`): written with it (元/人), in a per word just
before it (每人每年, 次均), over its table cell (a row label, a column header, a caption's unit), or
implied by what it is (an annual contribution standard is per person and year)."""
from __future__ import annotations

from functools import lru_cache

import regex

from extract.classify import DocWords
from extract.medical_settle import MAGNITUDE, ONE_PERSONS_PREMIUM_BELOW
from extract.spans import Span, Window, nearest_before, within
from rules.fragments import alternation, per_suffixes
from rules.parsers import Quantity
from rules.pattern_cache import compiled
from rules.punctuation import CLAUSE_BREAKS
from rules.taxonomy import sets
from rules.wordlists import table, words

# (not the thousands comma of 1,120元)
CLAUSE_END = compiled(r"(?<![0-9]),|,(?![0-9])|[" + regex.escape(CLAUSE_BREAKS.replace(",", "")) + "]")


@lru_cache(maxsize=None)
def _pers() -> dict[str, str]:
    return {w: p for w, p in table("per_words.tsv")}


_DIGIT = compiled(r"[0-9０-９](?![0-9０-９]*\s*[年月日])")  # another figure's, not a date's (与2017年和2018年相比分别减少…)
# from–to, or the next item of a list, also with its own short label (特困人员380元、低保对象260元)
# (提高到了65元, 提高至2020年的B元: the later level a time of its own dates)
_FROM_TO = compiled(r"(?:(?:到|至|为|和|及|与)了?(?:[\d\p{Han}]{1,10}的)?|(?<![人户次])、\p{Han}{0,6})\s*$")  # (not 定额资助39248人、667.22万元)
# the level a per figure is compared with, in the clause after it (每个住院病人获得了504元,比去年的410元多出94元)
_TOTAL_NOUN = compiled(alternation(words("sum_nouns.txt")))
_COMPARED = compiled(r"[比较](?:去年|上年|前年|(?:19|20)\d\d[ ]?年)(?:同期)?的\s*$")  # (比2011年的2311元)
PER_REACH = 24  # characters before the number a per word still governs
# a clause of only a class and its figure (每人每月补助120元,二类96元,三类65元): the list's per word goes on
_CLASS_ITEM = compiled(r"\s*(?:[一二三四五六七八九]|[A-Ea-e])[类档](?:对象|户|人员)?(?:为|是)?\s*")


def per_of(w: Window, words_: DocWords, current: str, unit: str, item: Span | None = None) -> str:
    """The denominator the text gives: the figure's own (元/人), else a per word just before it.
    A count of people or households is never per person or household (定额资助参保，共资助1.15万人)."""
    # 月保障标准提高到500元, 年保障标准5500元/人: a monthly or yearly standard is one person's
    # (城市月标准、农村年标准分别提高X元、Y元: each figure per its own 分别 item's standard)
    base = ((item and nearest_before(words_.per_base, item[1], item[0])) or nearest_before(words_.per_base, w.start, w.clause[0])
            if unit == "元" and current in ("", "person") else None)
    standard = base is not None and "标准" in base.word
    if current:
        return f"person_{_per_bases()[base.word]}" if standard else current
    classed = unit == "元" and _CLASS_ITEM.fullmatch(words_.text, w.clause[0], w.start) is not None
    lo = w.sentence[0] if classed else w.start - PER_REACH
    lo -= words_.text.count(" ", max(0, lo), w.start)  # (blanks a converted PDF adds, 2021 年, take no reach)
    h = nearest_before(words_.per, w.start, max(w.sentence[0], lo))
    if h is None:
        return f"person_{_per_bases()[base.word]}" if standard else ""
    if _DIGIT.search(words_.text, h.end, w.start) and not classed and not _COMPARED.search(words_.text, h.end, w.start) and (
            not _FROM_TO.search(words_.text, h.end, w.start) or CLAUSE_END.search(words_.text, h.end, w.start)):
        # 按照每人220元已资助139700元, 每人每年670元,参保率达到96.5%: the per word is the other
        # figure's (not 由每人120元提高到160元, 均次1520元和58元)
        return ""
    if (unit == "元" and _TOTAL_NOUN.search(words_.text, w.clause[0], w.start) and CLAUSE_END.search(words_.text, h.end, w.start)
            and MAGNITUDE.search(words_.text, w.start, w.end)):
        return ""  # …定额资助,全年共落实资助参保资金803.6万元: a sum of money in 万 is a total, whatever a clause before grants each
    if unit in ("%", "‰") and (words_.text[h.end:w.start].strip().startswith("的")
                               or words_.text[h.end:w.start].rstrip().endswith("的")):
        # 人均可支配收入的10%, 月平均工资的60%至300%: a share of what the per word measures, per nothing; so is
        # 每年新增财力的七成以上 (a share of each year's money)
        return ""
    if unit == "元" and (m := _SLASH_PER.search(words_.text, h.end, w.start)) is not None:
        return _unless_counted(per_suffixes()[m.group(1)], unit)  # 人均救助水平(元/人次)  770: the slash says
    per = _pers()[h.word]
    if unit in ("%", "‰") and h.word.startswith("人均"):
        return ""  # 人均可支配收入分别增长8%和9%: a rate of a per-person level is per nothing (as the real gold reads it)
    if (per in ("month", "year") and unit == "元" and "标准" in words_.text[w.clause[0]:h.start]
            and not MAGNITUDE.search(words_.text, w.start, w.end)):
        return f"person_{per}"  # 失业保险金标准提高到每月1440元: a standard is one person's (not a total in 万)
    if per in ("person", "household"):
        base = nearest_before(words_.per_base, w.start, w.clause[0])
        per = f"{per}_{_per_bases()[base.word]}" if base is not None else per  # 月保障标准…每人320元
    return _unless_counted(per, unit)


def per_in_label(words_: DocWords, labels: tuple, column: Span | None, unit: str, change: bool = False) -> str:
    """The denominator a table cell's row label names (次均住院费用 | 9873 | 5736: every cell of the
    row is per visit; 城市低保月人均补助标准(元): per person and month), else its column header
    (月人均保障标准(元)), else a unit with a slash anywhere over it (低保标准(单位:元/人·月))."""
    for span in (labels[0], column):
        found = within(words_.per, *span) if span else []
        if found and unit == "元" and (m := _SLASH_PER.search(words_.text, *span)) is not None:
            return _unless_counted(per_suffixes()[m.group(1)], unit)  # 人均救助水平(元/人次): the slash says per what
        if found and span is column and change and unit in ("%", "‰") and _pers()[found[-1].word] == "year":
            return "year"  # 年均增长(%) over a column: a yearly average of growth, as 年均增长12.5% in the text
        if found and unit in ("%", "‰", "个百分点") and (change or _pers()[found[-1].word] not in ("year", "month")):
            # (完成率 in a row whose words name 每人每月810元: a share of no one's; 人均可支配收入 | 22318 | 9.6: a
            # growth rate of a per-person level is per nothing, as in the text)
            return ""
        if found:
            return _unless_counted(_pers()[found[-1].word], unit)
    if unit == "元":
        for lo, hi in labels:
            if (m := _SLASH_PER.search(words_.text, lo, hi)) is not None:
                return _unless_counted(per_suffixes()[m.group(1)], unit)
    return ""


_SLASH_PER = compiled("元(" + alternation(per_suffixes()) + ")")


@lru_cache(maxsize=None)
def _per_bases() -> dict[str, str]:
    return {w: p.strip() for w, p in table("per_time_bases.tsv")}


_COUNTED_BY = {"person": ("人", "人次"), "household": ("户",)}  # a per whose own unit a count is


def _unless_counted(per: str, unit: str) -> str:
    """A count of people or households is never per person or household, and a multiple
    (人均纯收入增长了二十多倍) or a lifetime (人均预期寿命79.6岁, as the real gold reads 人均寿命) is per nothing."""
    return "" if unit in ("倍", "岁") or unit in _COUNTED_BY.get(per.split("_")[0], ()) else per


def per_for(metric: str, written: str, surface: str, q: Quantity) -> str:
    """Annual contribution and subsidy standards in yuan are per person and year whatever the text says,
    but a sum written in 万 or 亿 with no denominator of its own (各级财政补助3917.4万元), or as
    large as no one's yearly standard is (a table cell in 万元: 财政补助  38920), is the total,
    per nothing (GUIDELINES §9: a total subsidy transfer); so is a subsidy's growth (增长25%)."""
    if metric not in sets().standards:
        return written
    if q.unit != "元":
        return ""  # (人均财政补助 | 640 | 610 | 4.9%: a rate of a standard is per nothing)
    total = MAGNITUDE.search(surface) or abs(float(q.value)) >= ONE_PERSONS_PREMIUM_BELOW
    return "" if not written and total else "person_year"




def per_of_change(level_per: str, unit: str, surface: str) -> str:
    """次均住院费用3260元,较上年下降6.5元: a change in yuan of a level per person or visit is per the
    same; a total (增加三百余万元), a rate or a ratio is per nothing of its level's."""
    return level_per if unit == "元" and not MAGNITUDE.search(surface) else ""
