import pytest

from extract.errors import DecodeError
from extract.normalise import normalise
from extract.reading import decode

TEXT = "\n\n全县参保人数达41256人，参保率96.12%。"


@pytest.mark.parametrize("encoding,expected", [
    ("utf-8", "utf-8"), ("gb18030", "gb18030"), ("utf-16", "utf-16"), ("utf-8-sig", "utf-8-sig"),
])
def test_decode_records_encoding(encoding, expected):
    d = decode(TEXT.encode(encoding))
    assert d.text == TEXT
    assert d.encoding == expected


def test_same_bytes_same_hash_other_bytes_other_hash():
    assert decode(TEXT.encode("utf-8")).content_hash == decode(TEXT.encode("utf-8")).content_hash
    assert decode(TEXT.encode("utf-8")).content_hash != decode(TEXT.encode("gb18030")).content_hash


def test_undecodable_bytes_raise_with_advice():
    with pytest.raises(DecodeError, match="UTF-8"):
        decode(bytes(range(128, 256)) * 4, where="bad.txt")


def test_normalise_keeps_length_and_maps_characters():
    raw = "全縣醫療救助５３２１人次，資金１２．５萬元（１２％）"
    norm = normalise(raw)
    assert len(norm) == len(raw)
    assert norm == "全县医疗救助5321人次,资金12.5万元(12%)"


def test_traditional_and_fullwidth_text_is_extracted_at_raw_offsets():
    from extract.scan import find_quantities

    raw = "該縣累計救助１２３人，發放資金４８．５萬元。"
    found = find_quantities(normalise(raw))
    assert [(raw[f.start:f.end], float(f.quantity.value), f.quantity.unit) for f in found] == [
        ("１２３人", 123.0, "人"), ("４８．５萬元", 485000.0, "元")]
