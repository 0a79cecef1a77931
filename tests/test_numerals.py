from decimal import Decimal

import pytest

from extract.normalise import normalise
from rules.numerals import NumeralError, numeral_value
from extract.scan import find_quantities


@pytest.mark.parametrize("core,value", [
    ("2,345.5", "2345.5"), ("两千", "2000"), ("百万", "1000000"), ("十", "10"),
    ("一百二十三", "123"), ("三千万", "30000000"), ("千万", "10000000"), ("0.27", "0.27"),
    # two neighbouring digits say 'about so many': the lower one (七八 is no 78)
    ("七八", "7"), ("两三", "2"), ("三四百", "300"), ("五六万", "50000"), ("一千二三百", "1200"), ("七十八", "78"),
])
def test_numeral_value(core, value):
    assert numeral_value(core) == Decimal(value)


def test_bad_numeral_raises_project_error():
    with pytest.raises(NumeralError):
        numeral_value("万万千")


@pytest.mark.parametrize("text,value", [
    ("投入16.4亿元", 1640000000), ("补助1.23456万元", 12345.6), ("合计0.07亿元", 7000000),
    ("达4321.5万户", 43215000),
])
def test_scaled_values_are_exact(text, value):
    (f,) = find_quantities(normalise(text))
    assert float(f.quantity.value) == value
    assert f.quantity.value == Decimal(str(value))


@pytest.mark.parametrize("text,surface,value", [
    ("病人说一天只要七八块钱。", "七八块钱", 7), ("新农合报了五六万元。", "五六万元", 50000),
])
def test_two_neighbouring_digits_are_about_the_lower_one(text, surface, value):
    found = {normalise(text)[f.start:f.end]: f for f in find_quantities(normalise(text))}
    assert (float(found[surface].quantity.value), found[surface].quantity.qualifier) == (value, "approx")


@pytest.mark.parametrize("text,value", [
    ("全年共补偿一亿零八百多万元。", 108000000), ("救助资金一亿二千余万元。", 120000000),
    ("救助资金三千二百余万元。", 32000000),
])
def test_a_ten_thousands_after_a_hundred_millions_is_of_the_part_after_it(text, value):
    # 一亿零八百多万: 多 and 万 after the 亿 count the part after it, not the whole numeral
    (f,) = find_quantities(normalise(text))
    assert (float(f.quantity.value), f.quantity.qualifier) == (value, "more_than")


@pytest.mark.parametrize("text,qualifier", [
    ("各级财政补助不低于每人每年670元。", "more_than"), ("住院救助年度限额不超过每人每年3万元。", "less_than"),
    ("个人缴费每人每年380元。", "exact"),
])
def test_a_bound_before_a_standard_s_per_head_bounds_its_figure(text, qualifier):
    # 不低于每人每年670元: the per between the bound and the number leaves the bound the figure's (GUIDELINES §5)
    (f,) = find_quantities(normalise(text))
    assert f.quantity.qualifier == qualifier
