"""Lengths read only after the noun they measure: a lifetime after 寿命 (the ages of people are no
statistics, GUIDELINES §2), a hospital stay in 日 after 住院日 (日 alone is a date's)."""
from __future__ import annotations

from rules.base import Example as E
from rules.base import Rule
from rules.fragments import quantity_pattern
from rules.parsers import parse_quantity
from rules.sites import reach_sites

# What may stand between 寿命 and a lifetime it states (寿命由建国初的36岁提高到…), within its clause.
# 寿命 within 24 characters before, blanks aside (由20 世纪60 年代的…, as converted PDFs print it)
_LIFETIME_BEFORE = r"(?<=寿命(?:[ ]?[^,;。: ]){0,24}[ ]?)"

LIFE_EXPECTANCY = Rule(
    name="life_expectancy",
    pattern=_LIFETIME_BEFORE + quantity_pattern(("age",)),
    sites=reach_sites(("age",)),
    parse=parse_quantity,
    priority=1,
    examples=(
        E("全县人均预期寿命达到79.2岁", "79.2岁", 79.2, "岁"),
        E("人均寿命由建国初的36岁提高到71.4岁", "36岁", 36, "岁"),
        E("人均寿命由建国初的36岁提高到71.4岁", "71.4岁", 71.4, "岁"),
        E("人均寿命由20 世纪60 年代的52.5 岁提高到2024 年的78.6 岁", "78.6 岁", 78.6, "岁"),
    ),
    counter_examples=("65岁的李大爷领到了补贴", "为辖区70岁以上居民免费体检", "孩子刚满三岁",
                      "延长健康寿命。全县80岁以上老人免费乘车"),
)

# 住院日 within its clause before the days, or in the clause before (平均住院日8.6日,比上年缩短0.4日)
_STAY_BEFORE = r"(?<=住院日(?:[ ]?[^,;。:；，：]){0,8}(?:[,，][^,;。:；，：]{0,8})?[ ]?)"

HOSPITAL_STAY = Rule(
    name="hospital_stay",
    pattern=_STAY_BEFORE + quantity_pattern(("stay",)),
    sites=reach_sites(("stay",)),
    parse=parse_quantity,
    priority=1,
    examples=(
        E("出院者平均住院日7.9日", "7.9日", 7.9, "日"),
        E("平均住院日8.6日,比上年缩短0.4日", "0.4日", 0.4, "日"),
    ),
    counter_examples=("3月12日,县医院开展义诊", "平均住院日继续缩短。12日,全县召开会议"),
)

RULES = (LIFE_EXPECTANCY, HOSPITAL_STAY)
