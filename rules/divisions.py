"""Counts of the divisions a list has just named, written with no measure word (衡水、沧州、邯郸三市: three
cities, in 个, as 5县区 is; GUIDELINES §2, §4), read only right after such a list: 三市联动 and 两省交界 name no
divisions counted."""
from __future__ import annotations

from rules.base import Example as E
from rules.base import Rule
from rules.parsers import parse_division_count

DIVISION_COUNT = Rule(
    name="division_count",
    # (not 三县区, 两市县: the divisions' own measure words; nor 两市级, 三县委: a level, an organ)
    pattern=r"(?<![\d.])(?P<num>[两二三四五六七八九十]|\d{1,2})(?P<division>[市省县州])(?![长委级域内外民直属辖际界区县市乡镇])",
    parse=parse_division_count,
    priority=1,
    examples=(
        E("衡水、沧州、邯郸三市参合率超过90%", "三市", 3, "个"),
        E("张家口、承德两市地处坝上", "两市", 2, "个"),
        E("河南、湖北和湖南三省", "三省", 3, "个"),
    ),
    counter_examples=("推进三市联动", "地处两省交界", "甲乡、乙乡三县委"),
)

RULES = (DIVISION_COUNT,)
