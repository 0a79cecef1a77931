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
    small = "住院补偿比例提高到59﹪﹐参合率达99.5﹪"
    assert normalise(small) == "住院补偿比例提高到59%,参合率达99.5%"


@pytest.mark.parametrize("raw, norm", [
    # a point that ends a sentence reads as 。 (after a character, a bracket or a percent sign, or
    # after a number that a character follows)
    ("全县参保率达96%.今年新增参保2.5万人.", "全县参保率达96%。今年新增参保2.5万人。"),
    ("新生儿死亡率3.2‰.全年出生人口4120人", "新生儿死亡率3.2‰。全年出生人口4120人"),
    ("农民总参保率93.17.目前各乡镇已完成", "农民总参保率93.17。目前各乡镇已完成"),
    ("完成校舍改造.120所学校更新课桌椅", "完成校舍改造。120所学校更新课桌椅"),
    ("补助占筹资总额近五分之三.今年个人缴费", "补助占筹资总额近五分之三。今年个人缴费"),
    # a decimal point, a list number, a date and a web address stay points
    ("一.参保情况\n1.医保基金收入2.5亿元", "一.参保情况\n1.医保基金收入2.5亿元"),
    ("详见www.gov.cn网站,2024.5.1起施行", "详见www.gov.cn网站,2024.5.1起施行"),
])
def test_a_point_that_ends_a_sentence_reads_as_a_full_stop(raw, norm):
    assert normalise(raw) == norm


def test_a_blank_written_as_an_html_entity_becomes_blanks_of_its_length():
    raw = "&nbsp;&nbsp;全县参保率&nbsp;96.5%&#12288;较上年提高0.3个百分点&amp;"
    norm = normalise(raw)
    assert len(norm) == len(raw)
    assert norm.split() == ["全县参保率", "96.5%", "较上年提高0.3个百分点&amp;"]  # other markup stays


def test_a_keyword_and_its_figure_meet_across_an_html_blank():
    from tests.harness import attribution

    page = "截至11月底，全县城乡居民医保参保人数达&nbsp;38.2万人，参保率&nbsp;96.3%。\n"
    a = attribution(page, "96.3%", published="2024-12")
    assert (a.program, a.metric) == ("resident_medical_insurance", "enrollment_rate")


def test_a_lone_carriage_return_is_a_line_end():
    assert normalise("参保率96%\r全年支出12万元\r\n合计") == "参保率96%\n全年支出12万元\r\n合计"


@pytest.mark.parametrize("raw, norm", [
    ("二○○九年全县参合率", "二〇〇九年全县参合率"),  # a circle for the zero
    ("二O一二年 参保", "二〇一二年 参保"),  # a letter O
    ("二0一三 年底", "二〇一三 年底"),  # a digit 0 among Chinese digits
    ("○二三年", "○二三年"),  # no year: a bullet or a mark stays
    ("二O一二 新区", "二O一二 新区"),  # no 年 after it
    ("十二0一人", "十二0一人"),  # a numeral run, not a year
])
def test_a_year_whose_zero_is_a_circle_or_letter_reads_as_a_year(raw, norm):
    assert normalise(raw) == norm


def test_html_tags_left_in_a_page_become_blanks_of_their_length():
    raw = '<p style="text-indent:2em">全县参保<b>12.6万人</b>。</p><style>td{width:100%}</style>'
    norm = normalise(raw)
    assert len(norm) == len(raw)
    assert norm.split() == ["全县参保", "12.6万人", "。"]
    assert normalise("参保率<96%的乡镇有3个") == "参保率<96%的乡镇有3个"  # a less-than sign is no tag


# a bureau's page saved with its markup: paragraphs and a table's rows in their tags
TAGGED = ("<p>某县医保局2024年工作总结</p>\n<p>　　2024年末，全县城乡居民医保参保人数达21.6万人，参保率96.8%。</p>\n"
          "<table><tr><td>项目</td><td>2023年</td><td>2024年</td></tr>\n"
          "<tr><td>医疗救助人次</td><td>8120</td><td>9340</td></tr>\n"
          "<tr><td>医疗救助资金（万元）</td><td>612.5</td><td>705.3</td></tr></table>\n")


def test_a_page_with_its_markup_left_in_reads_as_the_same_page_without_it():
    import re

    from extract.document import process_document
    from extract.records import DocMeta, ManifestRow

    plain = re.sub(r"<[^>]+>", lambda m: " " * len(m.group()), TAGGED)
    meta = DocMeta("t.txt", "t.txt", ManifestRow("", "", "2025-01"), doc_id="t")
    tagged, untagged = (process_document(decode(p.encode("utf-8")), meta) for p in (TAGGED, plain))
    assert len(tagged.mentions) == 6
    assert tagged.mentions == untagged.mentions


def test_traditional_and_fullwidth_text_is_extracted_at_raw_offsets():
    from extract.scan import find_quantities

    raw = "該縣累計救助１２３人，發放資金４８．５萬元。"
    found = find_quantities(normalise(raw))
    assert [(raw[f.start:f.end], float(f.quantity.value), f.quantity.unit) for f in found] == [
        ("１２３人", 123.0, "人"), ("４８．５萬元", 485000.0, "元")]


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_byte_order_mark_is_detected(encoding):
    d = decode(TEXT.encode(encoding))
    assert d.text == TEXT and d.encoding == encoding
    assert d.note == f"{encoding} without a byte-order mark (detected)"


def test_utf8_with_a_few_bad_bytes_is_read_with_replacement_and_a_note():
    data = TEXT.encode("utf-8") * 3
    data = data[:20] + b"\xff" + data[20:60] + b"\xc3" + data[60:]
    d = decode(data)
    assert d.encoding == "utf-8"
    assert d.text.count("\ufffd") >= 2
    assert d.note.endswith("invalid UTF-8 byte sequences read as U+FFFD (\ufffd)")
    assert d.note.split()[0] == str(d.text.count("\ufffd"))


def test_gb18030_is_not_mistaken_for_damaged_utf8():
    text = "English page with a few Chinese words 医疗保障 in it. " * 10
    d = decode(text.encode("gb18030"))
    assert d.encoding == "gb18030" and d.text == text and d.note == ""


def test_the_advice_names_the_encoding_charset_normalizer_suggests():
    with pytest.raises(DecodeError) as exc:
        decode(("臺灣的醫療保險制度與長期照護服務。" * 40).encode("big5"), where="tw.txt")
    assert "it looks like BIG5; convert it to UTF-8 (iconv -f BIG5 -t UTF-8" in str(exc.value)
    assert "GBK" not in str(exc.value)


def test_binary_data_is_called_binary():
    with pytest.raises(DecodeError, match="binary data, not text"):
        decode(bytes(range(256)) * 40, where="x.txt")
