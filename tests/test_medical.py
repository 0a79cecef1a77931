"""Program and metric of medical-security figures in the shapes real reports share (GUIDELINES §8,
§9). Every sentence is invented for these tests; the counties are real divisions."""
from __future__ import annotations

import pytest

from tests.harness import attribution


def pm(page: str, surface: str, **kw) -> tuple[str, str]:
    a = attribution(page, surface, published=kw.pop("published", "2019-07"), **kw)
    assert a.domain == "medical_security", (surface, a.domain)
    return a.program, a.metric


@pytest.mark.parametrize("page,surface,expected", [
    # several programs named as one enumeration mean them all: both schemes together
    ("本报讯 对贫困人口实施基本医疗保险、大病保险、医疗救助等综合保障,截至6月,全县贫困人口医疗保障政策受益"
     "41260人次,统筹报销8621.5万元。\n", "41260人次", ("basic_medical_insurance", "person_times")),
    # a generic word continues the specific scheme named before it in the sentence
    ("本报讯 年末城镇职工基本医疗保险参保人数达到15320人,征缴医疗保险费356万元。\n", "356万元",
     ("employee_medical_insurance", "fund_income")),
    # 新农合-era wording: 合管办, 城镇居民医疗保险, 合疗
    ("本报讯 去年,县合管办为患者报销医药费1236万元,10345人次。\n", "1236万元", ("resident_medical_insurance", "amount")),
    ("本报讯 年末城镇居民医疗保险参保人数18650人。\n", "18650人", ("resident_medical_insurance", "insured_persons")),
    # people named by the verb of their benefit are beneficiaries, not enrollees
    ("本报讯 截至2009年12月底,全县新农合共为103260人补偿医药费2803.6万元。\n", "103260人",
     ("resident_medical_insurance", "beneficiaries")),
    # a cap is a policy parameter, not money paid
    ("本报讯 今年县里调整新农合补偿方案,将最高报销额由1万元调整到3万元。\n", "3万元",
     ("resident_medical_insurance", "other")),
    # an annual per-person amount of a scheme is its funding standard
    ("本报讯 今年全县合作医疗统筹基金提高到每人每年150元。\n", "150元",
     ("resident_medical_insurance", "per_capita_funding")),
    # a rate named by its compensation word is a reimbursement rate
    ("本报讯 全县新农合住院政策范围内补偿率达58%。\n", "58%", ("resident_medical_insurance", "reimbursement_rate")),
])
def test_program_and_metric(page, surface, expected):
    assert pm(page, surface) == expected


def test_the_headline_names_the_program_of_an_article_about_it():
    page = ("七星关区2021年城乡居民医保筹资工作情况\n\n"
            "全区已完成筹资 812300 人,完成率 76.3%。\n")
    assert pm(page, "812300 人", published="2021-02")[0] == "resident_medical_insurance"
    assert pm(page, "76.3%", published="2021-02")[0] == "resident_medical_insurance"
