"""Where a place or 全市 … is the set a subject ranks in or was picked from (居某市各县首位, 在全州8县市中
排第2位, 被列为全省第二批试点县): no referent of the figures around it. The words are data
(rules/wordlists/rank_words.tsv)."""
from __future__ import annotations

from functools import lru_cache

import regex

from rules.fragments import alternation
from rules.pattern_cache import compiled
from rules.wordlists import table


def _rank_kinds() -> dict[str, list[str]]:
    kinds: dict[str, list[str]] = {}
    for word, kind in table("rank_words.tsv"):
        kinds.setdefault(kind.strip(), []).append(word)
    return kinds


@lru_cache(maxsize=None)
def _rank_patterns() -> tuple[regex.Pattern, regex.Pattern, regex.Pattern]:
    kinds = _rank_kinds()
    verb = compiled("(?:" + alternation(kinds["verb"]) + ")全?$")  # (位居全安庆市前列: the whole of the area)
    rank = _rank()
    standing = compiled(r"[^。！？!?,，;；\n]{0,16}?" + rank)
    among = compiled(r"[^。！？!?,，;；\n]{0,12}?(?:" + alternation(kinds["among"]) + ")" + rank)
    return verb, standing, among


def ranks_within(text: str, start: int, end: int, area: bool = False) -> bool:
    """居某市各县(市、区)首位, 位居全省第二, 在全州8县市中排第2位, 被列为全省第二批试点县, 在全省率先…:
    the area (or 全市 …) at text[start:end] is the set a subject ranks in or was picked from, no
    referent of the figures before or after it."""
    verb, standing, among = _rank_patterns()
    picked, designation = _designation_patterns()
    after_in = start > 0 and text[start - 1] == "在"
    if area and (_tops_it().match(text, end) is not None or _ranked_after().match(text, end) is not None):
        return True  # (…131.5万人,为全市最多; 完成率全省排名前列: `area` a whole-area word, the set the subject tops)
    # (位居某市第一、全省县级第9位: the verb ranks the subject in each area its 、 list names)
    ranked = verb.search(text, max(0, start - 4), start) is not None or (
        start > 0 and text[start - 1] == "、" and _rank_before().search(text, max(0, start - 9), start - 1) is not None)
    # (鄱阳是全省人口第一大县: what the subject is among the area's units)
    ranked = ranked or _IS_BEFORE.search(text, max(0, start - 8), start) is not None
    return ((ranked and standing.match(text, end) is not None)
            or (after_in and (among.match(text, end) is not None or text.startswith(tuple(_rank_kinds()["lead"]), end)))
            or (picked.search(text, max(0, start - 3), start) is not None and designation.match(text, end) is not None))


@lru_cache(maxsize=None)
def _ranked_after() -> regex.Pattern:
    """A verb of ranking and a standing right after a whole-area word (全省排名前列, 全市位居第二)."""
    return compiled(r"\s*(?:" + alternation(_rank_kinds()["verb"]) + r")[^。！？!?,，;；\n]{0,6}?" + _rank())


@lru_cache(maxsize=None)
def _rank_before() -> regex.Pattern:
    return compiled(r"(?:" + _rank() + r")[名位]?$")


def _rank() -> str:
    """A standing (首位, 前列) or an ordinal (第2, 前三, 倒数第一)."""
    return r"(?:" + alternation(_rank_kinds()["standing"]) + r"|(?:第|前|后|倒数第?)(?:\d{1,3}|[一二两三四五六七八九十]{1,3}))"


@lru_cache(maxsize=None)
def _designation_patterns() -> tuple[regex.Pattern, regex.Pattern]:
    kinds = _rank_kinds()
    picked = compiled("(?:" + alternation(kinds["designator"]) + ")$")
    designation = compiled(r"[^。！？!?,，;；\n]{0,10}?(?:" + alternation(kinds["designation"])
                                + r"|第(?:\d{1,3}|[一二两三四五六七八九十]{1,3})批)")
    return picked, designation


def ranked_in_area(text: str, end: int) -> bool:
    """某市基金支出全市居首, 为全市参保人数最多的县: the unit ending at `end` is given a standing in its whole
    area (全市, 全省 …) later in its sentence: one of the area's members."""
    return _ranked_in_area().match(text, end) is not None


@lru_cache(maxsize=None)
def _tops_it() -> regex.Pattern:
    return compiled(_standing(_rank_kinds()["top"]))


def _standing(words: list[str]) -> str:
    """A few words (参保人数) then a word of standing: 全市(参保人数)最多."""
    return rf"\p{{Han}}{{0,4}}?(?:{alternation(words)})"


@lru_cache(maxsize=None)
def _ranked_in_area() -> regex.Pattern:
    kinds = _rank_kinds()
    return compiled(r"[^。！？!?\n]{0,20}?全(?:市|省|州|区|盟)" + _standing(kinds["top"] + kinds["standing"]))


_IS_BEFORE = compiled(r"是[^。！？!?,，\n]{0,6}$")
_ONE_OF_AFTER = compiled(r"[^。！？!?\n]{0,38}?(?:之一|试点[县市区旗]|示范[县市区旗])")  # (是我省新农合试点县: one of its pilots)


def names_a_class(text: str, start: int, end: int) -> bool:
    """我县是全省首批…试点县之一: the 全省 at text[start:end] names the class the subject is one of, which
    goes on after it."""
    return (_IS_BEFORE.search(text, max(0, start - 8), start) is not None
            and _ONE_OF_AFTER.match(text, end, end + 40) is not None)


def income_benchmark(text: str, start: int, end: int) -> bool:
    """起付线参照湖南省上一年度农村居民人均可支配收入确定: the place (or the year) at text[start:end] names the income a
    threshold is set from, no area (nor period) of the figures around it."""
    return _SET_BY.search(text, max(0, start - 12), start) is not None and _INCOME_AFTER.match(text, end) is not None


# (…按辽宁省2022年农村常住居民人均可支配收入: the year after the income's place too)
_SET_BY = compiled(r"(?:参照|按照|依据|根据|按|以)(?:\p{Han}{1,8}?[省市县区州盟旗])?$")
_INCOME_AFTER = compiled(r"(?:上一?年度?|上年|(?:19|20)\d\d年度?)?[^,，。;；\d]{0,12}?(?:人均可支配收入|人均纯收入|人均收入|居民收入|平均工资)")


def own_county_filed(text: str, start: int, end: int, level: str) -> bool:
    """本报兰溪讯: a county the paper's own correspondent files from is what the story is about, no dateline to pass
    over (not 本报南昌讯, a provincial paper's capital, nor 新华社北京3月2日电)."""
    return level == "county" and text.startswith("本报", start - 2) and text.startswith("讯", end)
