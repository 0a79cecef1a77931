from decimal import Decimal

import pytest

from extract.normalise import normalise
from rules.numerals import NumeralError, numeral_value
from extract.scan import find_quantities


@pytest.mark.parametrize("core,value", [
    ("2,345.5", "2345.5"), ("两千", "2000"), ("百万", "1000000"), ("十", "10"),
    ("一百二十三", "123"), ("三千万", "30000000"), ("千万", "10000000"), ("0.27", "0.27"),
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
