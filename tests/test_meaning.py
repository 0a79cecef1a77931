"""What a fact means (GUIDELINES §3, §9): falls are negative, from–to pairs, targets, one
person's story, breakdowns. Every page is invented for these tests, in the shapes real
reports share."""
from __future__ import annotations

import pytest

from extract.document import DocMeta, ManifestRow, process_document
from extract.reading import decode

HOME = ManifestRow("平遥县", "140728", "2025-11")


def mentions(page: str, manifest: ManifestRow = HOME):
    r = process_document(decode(page.encode("utf-8")), DocMeta("t.txt", "t.txt", manifest))
    assert r.document["status"] == "ok", r.document["error"]
    return {m.text: m for m in r.mentions}


# ---------------------------------------------------------------- falls are negative

@pytest.mark.parametrize("page,surface,value,change", [
    ("与去年同期相比,全县投诉信件下降了12.5%,群众满意率明显提升。\n", "12.5%", -12.5, "growth_rate"),
    ("项目建成后每年可降低碳排放量320.5吨、氮氧化物6.4吨。\n", "320.5吨", -320.5, "delta"),
    ("项目建成后每年可降低碳排放量320.5吨、氮氧化物6.4吨。\n", "6.4吨", -6.4, "delta"),
    ("今年全县精简各类报表9份,减少信息填报4项。\n", "9份", -9, "delta"),
    ("全县住院次均费用较上年分别下降215.3元、198.7元。\n", "198.7元", -198.7, "delta"),
    ("全县人均住院费用4521元,同比降幅3.2%。\n", "3.2%", -3.2, "growth_rate"),
    ("全县参保人数比上年增加1.2万人,增长2.1%。\n", "1.2万人", 12000, "delta"),
    ("全县参保人数比上年增加1.2万人,增长2.1%。\n", "2.1%", 2.1, "growth_rate"),
])
def test_a_fall_is_negative_and_a_rise_positive(page, surface, value, change):
    m = mentions(page)[surface]
    assert (m.value, m.change) == (value, change)


@pytest.mark.parametrize("page,surface,value", [
    ("医保报销后,老李一家一年减轻负担4万元。\n", "4万元", 40000),
    ("通过集中带量采购,全县患者今年节省药费120万元。\n", "120万元", 1200000),
    ("婴儿死亡率下降到4.5‰。\n", "4.5‰", 4.5),
])
def test_relief_and_a_fall_to_a_level_are_levels(page, surface, value):
    m = mentions(page)[surface]
    assert (m.value, m.change) == (value, "")


def test_a_discount_is_relief_not_a_fall():
    m = mentions("老年食堂每餐12元,80岁以上的老人每餐还能再减3元。\n")["3元"]
    assert (m.value, m.change) == (3, "")
