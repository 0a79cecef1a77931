"""The town, village, school or hospital a figure's sentence names below its county (古陶镇泊河村,
X县中医院), or refers to (全乡, 该院). `before` lists the places located earlier in the sentence
(place_roles.Located: a place and where it is written)."""
from __future__ import annotations

from functools import lru_cache

import regex

from extract.gazetteer import UPPER
from rules.fragments import alternation
from rules.pattern_cache import compiled
from rules.punctuation import LIST_JOINS
from rules.wordlists import words

_LOWER_LIST = compiled(r"[、]|和|及|与|以及")  # (towns and villages: a comma between two ends a clause)

_VILLAGE = compiled(r"村|社区|嘎查")


@lru_cache(maxsize=None)
def locality_pattern() -> regex.Pattern:
    # A name is a few characters that are not time words, verbs or function words
    # (今年新建村级… and 新建农村 are not villages), then an ending not continued as a word
    # (村级, 村民, 社区食堂 are not names); a count of the places listed before (A镇、B镇三镇卫生院,
    # 三个中心卫生院) names none.
    name = (r"(?![一二三四五六七八九十两几]+[个镇乡所家]|个别|部分|少数|多数)"  # (个别村屯: some villages, none named)
            r"(?:(?![年月日的了和与在等新建设成开展有为对已将各全本该每农乡])\p{Han}){1,5}?")
    return compiled(name + "(?:" + alternation(words("locality_suffixes.txt")) + ")"
                         + r"(?!级|民|委|干部|集体|务|组|里|内|食堂|卫生|服务|医生)")


def locality_before(text: str, before: list, start: int) -> str:
    """The town, village, school or hospital named last before `start` among the places `before`
    it in its sentence, or after one of them (平遥县中医院, 古陶镇泊河村)."""
    lower = [l for l in before if l.place.level not in UPPER]
    best = lower[-1].place.name if lower else ""
    best_end = lower[-1].end if lower else -1
    named = False  # whether best is a name read after a place (an institution, a village)
    for l in before:  # (a town's own hospital: 勐戛镇卫生院)
        m = locality_pattern().match(text, l.end, start) or (
            _HOSPITAL_AFTER.match(text, l.end, start) if l.place.level not in UPPER else None)
        if m and m.end() >= best_end:  # same end: the later, shorter name (镇…村 → 村)
            # a village stands on its own (泊河村, 泊河村卫生室); an institution keeps its county or
            # town (X县中医院, X镇中心卫生院)
            own = _VILLAGE.search(m.group()) is not None
            best, best_end, named = (m.group() if own else text[l.start:m.end()]), m.end(), True
    # 甲镇、乙镇、丙镇等7个乡镇完成率在85%至90%之间: a figure of several listed places is none's
    # (a 分别 item, read before this, gives each its own)
    if len(lower) > 1 and best_end >= lower[-1].end and _LOWER_LIST.fullmatch(text, lower[-2].end, lower[-1].start):
        return ""
    # 建瓯市立医院、市第二医院等4家医院…结算病例2.16万例: the figures of several institutions are none's
    if named and _MORE_LISTED.match(text, best_end, start):
        return ""
    return best


_MORE_LISTED = compiled(r"\s*(?:[" + LIST_JOINS + "]|等)")


def referred_locality(text: str, before: list, lo: int, hi: int) -> str:
    """After 该院/全院 in text[lo:hi], the hospital the places `before` name last (镇雄县人民医院); after
    全乡/全镇/本镇, the township (繁荣乡2012年工作总结 … 全乡实现农村经济总收入4.63亿元); else ""."""
    if _HOSPITAL_REF.search(text, lo, hi):
        return _hospital_before(text, before)
    towns = [l for l in before if l.place.level == "township"] if _TOWN_REF.search(text, lo, hi) else []
    return towns[-1].place.name if towns else ""


def _hospital_before(text: str, before: list) -> str:
    for l in reversed(before):  # (the town's own: 永兴镇卫生院 after 湄潭县, not 湄潭县永兴镇卫生院)
        m = _HOSPITAL_AFTER.match(text, l.end) or locality_pattern().match(text, l.end, l.end + 12)
        if m and m.group().endswith("院"):
            return text[l.start:m.end()]
    return ""


_HOSPITAL_REF = compiled(r"(?:该|全|本|我)院(?![长士校子落领])")
_TOWN_REF = compiled(r"(?:全|本|该|我)(?:乡|镇)(?![长政党村])")  # 全乡, 本镇 (not 乡长, 镇政府)
_HOSPITAL_AFTER = compiled(r"(?:中心卫生院|卫生院|人民医院|中医院|中医医院|妇幼保健院|医院)")
