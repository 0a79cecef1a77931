"""Parsers: turn one rule match into a Quantity (value, unit, qualifier, per).

The extractor finds spans; these functions only read the named groups of a match.
Values are exact Decimals until they are written.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from typing import Optional

from rules.pattern_cache import compiled
from rules.punctuation import SENTENCE_ENDS
from rules.numerals import NumeralError, magnitudes, numeral_value, rough_pair
from rules.fragments import alternation, detached_qualifiers, per_suffixes, qualifier_of, unit_nouns, units
from rules.wordlists import words

THRESHOLD_WORDS = {"以上", "以下"}
TENTHS = {"成": 0, "成半": 5} | {"成" + c: i for i, c in enumerate("一二三四五六七八九", 1)}  # a share in tenths,
# and what 半 or the next digit (九成五) adds to it in percent
CLAUSE_END = set(SENTENCE_ENDS + ",，”\"")  # 三千多块。 / 三千多块, / 三千多块” end the phrase
_HAN = compiled(r"\p{Han}")
_IDIOM_AFTER = compiled(r"不变")
# A bare magnitude (万, 百万) stands for a number only before these kinds of unit.
BARE_MAGNITUDE_KINDS = {"money", "people", "person_times", "households"}


@dataclass(frozen=True)
class Quantity:
    value: Decimal
    unit: str
    qualifier: str = "exact"
    per: str = ""


_NAMES: dict = {}  # compiled pattern → the name of each of its groups, in order (None: unnamed)


def named_groups(m) -> dict[str, Optional[str]]:
    """The match's named groups, read in one call: reading groups by name one at a time, or
    groupdict(), costs several times more on patterns with many groups."""
    names = _NAMES.get(m.re)
    if names is None:
        index = m.re.groupindex
        names = _NAMES[m.re] = tuple(next((n for n, i in index.items() if i == k), None)
                                     for k in range(1, m.re.groups + 1))
    return dict(zip(names, m.groups()))


def _qualifier(g, m) -> str:
    q = qualifier_of()
    for position, group in (("pre", "pre"), ("post", "post"), ("post", "post2"), ("suf", "suf"), ("suf_times", "suf")):
        word = g.get(group)
        if word and (position, word) in q:
            return q[(position, word)]
    if g.get("num") and rough_pair(g["num"]):
        return "approx"  # 七八块钱, 五六万: about so many
    return _detached(m.string, m.start())


@lru_cache(maxsize=None)
def _detached_ends() -> frozenset[str]:
    return frozenset(w[-1] for w in detached_qualifiers())


def _detached(text: str, start: int) -> str:
    """A qualifier joined to the number by its verb (约为97.8%, 约占31%), or by its verb and the whole
    it is a share of (约占全市参保人数的8.6%, 约为上年的1.3倍): the span starts at the number."""
    if start and text[start - 1] == "的" and (whole := _WHOLE_OF.search(text, max(0, start - _WHOLE_REACH), start)):
        start = whole.start() + 1
    if start and text[start - 1] in _PER_ENDS and (per := _BOUND_PER.search(text, max(0, start - _BOUND_PER_REACH), start)):
        return qualifier_of()[("pre", per.group(1))]  # (财政补助不低于每人每年670元: the bound of a standard per head)
    if not start or text[start - 1] not in _detached_ends():
        return "exact"  # (most figures: no such word ends right before them)
    for word, (qualifier, guard) in detached_qualifiers().items():
        lo = start - len(word)
        if lo >= 0 and text.startswith(word, lo) and not (lo and text[lo - 1] in guard):
            return qualifier
    return "exact"


_BOUND_PER = compiled(r"(不低于|不少于|不超过|不高于|不足|超过|低于|高于)(?:每人每年|每人每月|每人|人均|每年|每月)$")
_BOUND_PER_REACH, _PER_ENDS = 7, "年月人均"
# 占…的 / 为…的 / 是…的 right before the number, with no number or clause break between
_WHOLE_OF, _WHOLE_REACH = compiled(r"[占为是][^\d，,。；;：:！？!?\n]{1,16}的$"), 20


def _number(g) -> Optional[Decimal]:
    num, mag = g["num"], g.get("mag")
    cut = max(num.rfind("亿"), num.rfind("億")) if mag else -1
    try:
        if mag and 0 < cut < len(num) - 1 and magnitudes()[mag] < magnitudes()["亿"]:
            # 一亿零八百多万, 一亿二千余万: the 万 is of what follows the 亿 (108,000,000), not of the whole numeral
            return numeral_value(num[:cut + 1]) + numeral_value(num[cut + 1:].lstrip("零〇")) * magnitudes()[mag]
        value = numeral_value(num)
    except NumeralError:
        return None
    return value * magnitudes()[mag] if mag else value


def is_indefinite_article(g) -> bool:
    """一 before a measure word is usually 'a' (一份保障, 一场盛宴), not a count of one; with a
    qualifier after it (一成左右, 一次以上) it is a figure."""
    return g["num"] == "一" and not g.get("mag") and not g.get("pre") and not g.get("post") and not g.get("suf")


def parse_quantity(m, rule) -> Optional[Quantity]:
    """number + unit matches (money, people, measure words …)."""
    g = named_groups(m)
    canonical, kind = units()[g["unit"]]
    if (is_indefinite_article(g) and kind != "points"
            and (canonical not in TENTHS or _IDIOM_AFTER.match(m.string, m.end()))):
        return None  # 上升一个百分点 is one point, 占一成 a tenth (一成不变 is an idiom)
    num = g["num"]
    if " " in m.group() and not num[0].isdigit():
        return None  # 五 本: a Chinese numeral spaced from a measure word is layout, not a figure
    bare = num in magnitudes() and not g["pre"]
    lone = bare and len(num) == 1
    if bare and (kind not in BARE_MAGNITUDE_KINDS or (lone and _starts_a_cell(m))
                 or (lone and kind == "money" and _HAN.match(m.string, m.end()))):
        # 万家 is a phrase, 万元 a unit label (单位:万元, a table's unit cell) or a measure (万元产值能耗);
        # 惠及万名, 千万元 are figures
        return None
    end = m.end()
    after = m.string[end:end + 1]
    if (g["suf"] in THRESHOLD_WORDS and kind != "percent" and canonical not in TENTHS
            and (after == "的" or _HAN.match(after))
            and not (after == "的" and m.string.startswith(words("plan_kinds.txt"), end + 1))):
        # 56人以上大班额, 5000元以上的部分: a threshold that defines a group (九成以上的群众 is a share; 救助3万人次以上的
        # 目标, a plan's figure)
        return None
    if canonical == "块" and (not after or after in CLAUSE_END) and not _counts_pieces(m):
        canonical = "元"  # 一年光买药就得三千多块。: colloquial yuan at the end of a clause
    value = _number(g)
    if value is None:
        return None
    if g.get("minus"):
        value = -value  # 当期结余-1200万元
    if canonical in TENTHS:  # 近七成 → 70 %, 七成半 → 75 % (GUIDELINES §4)
        value, canonical = value * 10 + TENTHS[canonical], "%"
    per = per_suffixes().get(g["per"] or "", "")
    qualifier = _qualifier(g, m)
    if qualifier == "exact" and "多" in g["unit"]:
        qualifier = "more_than"  # 3个多月: the unit holds the 多 (units.tsv)
    return Quantity(value, canonical, qualifier, per)


def _counts_pieces(m) -> bool:
    """设置地名标志牌1420块: a thing counted in pieces right before the number (piece_nouns.txt), no yuan."""
    return _piece_nouns().search(m.string, max(0, m.start() - 6), m.start()) is not None


@lru_cache(maxsize=None)
def _piece_nouns():
    return compiled("(?:" + alternation(words("piece_nouns.txt")) + r")\s*$")


def _starts_a_cell(m) -> bool:
    """Nothing but blanks between the match and the start of its line, a cell bar, a label's colon
    or the unit before it in a note (单位:人、万元)."""
    raw = m.string[max(0, m.start() - 8):m.start()]
    if raw.endswith(("\t", "  ")):
        return True  # a column's gap before it: a table's unit column (参保人数    万人    45.62)
    before = raw.rstrip(" \t")
    return not before or before[-1] in "\n|:：(（、/"


def parse_percent_words(m, rule) -> Optional[Quantity]:
    """百分之X → X %; 千分之X → X ‰; 三分之二 → 66.67 %; 一半 → 50 %."""
    g = named_groups(m)
    if g.get("half"):
        return Quantity(Decimal(50), "%", _qualifier(g, m))
    value = _number(g)
    if value is None:
        return None
    if g.get("den"):
        value = value / numeral_value(g["den"]) * 100
    unit = "‰" if g["base"] == "千" else "%"
    return Quantity(value, unit, _qualifier(g, m))


def parse_unit_from_noun(m, rule) -> Optional[Quantity]:
    """参赛人次超35万: the unit is the noun's. A lone Chinese digit is a word (达到一定水平)."""
    g = named_groups(m)
    value = _number(g)
    if value is None or (len(g["num"]) == 1 and not g["num"].isdigit()):
        return None
    return Quantity(value, unit_nouns()[g["noun"]], _qualifier(g, m))


def parse_shared_unit(m, rule) -> Optional[Quantity]:
    """3.6和0.9个百分点: the unit (and 万/亿) of the number listed after this one."""
    g = named_groups(m)
    value = _number({**g, "mag": g.get("own") or g.get("mag")})
    return None if value is None else Quantity(value, units()[g["unit"]][0])


def parse_division_count(m, rule) -> Optional[Quantity]:
    """衡水、沧州、邯郸三市: so many of the divisions the list right before named, in 个 (as 5县区 is);
    anywhere else (三市联动, 两省交界) no count."""
    if _LIST_BEFORE.search(m.string, max(0, m.start() - 2 * _LIST_NAME - 1), m.start()) is None:
        return None
    value = _number(named_groups(m))
    return None if value is None else Quantity(value, "个")


_LIST_NAME = 9  # characters of a name in such a list, at most
_LIST_BEFORE = compiled(rf"\p{{Han}}{{2,{_LIST_NAME}}}[、和及]\p{{Han}}{{2,{_LIST_NAME}}}$")


def parse_money_noun(m, rule) -> Optional[Quantity]:
    """2亿信贷: the unit 元 is implied."""
    return _implied(m, "元")


def parse_people_noun(m, rule) -> Optional[Quantity]:
    """12.6万农民: the unit 人 is implied."""
    return _implied(m, "人")


def _implied(m, unit: str) -> Optional[Quantity]:
    g = named_groups(m)
    value = _number(g)
    return None if value is None else Quantity(value, unit, _qualifier(g, m))


MONEY_VERB_MIN = Decimal(1000)


def parse_money_verb(m, rule) -> Optional[Quantity]:
    """花了三万二, 挣两千多: a round sum after a verb of spending is yuan; a bare small
    number (赚了300) is not enough without 多/余."""
    g = named_groups(m)
    value = _number(g)
    if value is None or (value < MONEY_VERB_MIN and not g["post2"]):
        return None
    return Quantity(value, "元", _qualifier(g, m))
