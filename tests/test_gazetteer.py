"""Tests for the gazetteer (extract/gazetteer.py, rules/gazetteer/)."""
from __future__ import annotations

import time

import pytest

from extract.gazetteer import Gazetteer, Place, PlaceMatch, default_path


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.load()


def places(matches: list[PlaceMatch]) -> list[tuple[str, str]]:
    return [(m.text, m.candidates[0].current_code) for m in matches]


def check_offsets(text: str, matches: list[PlaceMatch]) -> None:
    last = 0
    for m in matches:
        assert text[m.start:m.end] == m.text
        assert m.start >= last  # non-overlapping, in order
        last = m.end
        assert m.candidates


def test_data_file_present_and_small():
    p = default_path()
    assert p.is_file()
    assert p.stat().st_size < 15 * 1024 * 1024


def test_load_is_cached_and_fast():
    t = time.perf_counter()
    g1 = Gazetteer.load()
    g2 = Gazetteer.load()
    assert g1 is g2
    assert time.perf_counter() - t < 5  # generous: < 1 s on the dev machine


def test_full_name_and_code(gaz):
    text = "山西省吕梁市交城县"
    ms = gaz.find(text)
    check_offsets(text, ms)
    assert places(ms) == [("山西省", "140000"), ("吕梁市", "141100"), ("交城县", "141122")]
    assert [m.candidates[0].level for m in ms] == ["province", "prefecture", "county"]
    assert not any(m.short for m in ms)
    county = ms[2].candidates[0]
    assert county.prefecture_code == "141100" and county.province_code == "140000"
    assert county.county_code == "141122"


def test_by_code_and_lookup(gaz):
    p = gaz.by_code("140703")
    assert isinstance(p, Place)
    assert (p.name, p.level, p.current_code, p.current_name) == ("太谷区", "county", "140703", "太谷区")
    assert gaz.by_code("999999") is None
    assert gaz.lookup("交城县")[0].code == "141122"
    assert gaz.lookup("交城")[0].code == "141122"  # kept short form
    assert gaz.lookup("不存在县") == ()


def test_autonomous_county(gaz):
    text = "青海省门源回族自治县"
    ms = gaz.find(text)
    check_offsets(text, ms)
    assert places(ms) == [("青海省", "630000"), ("门源回族自治县", "632221")]
    # its short form is the name without the ethnic part and 自治县
    assert gaz.lookup("门源")[0].code == "632221"


def test_a_county_named_after_its_people_and_another_provinces_former_county_of_that_name_are_both_read(gaz):
    # 东乡县: 东乡族自治县 (Gansu) as its everyday name, and Jiangxi's county of that name (now 东乡区)
    assert {p.code for p in gaz.lookup("东乡县")} == {"622926", "361029"}
    (m,) = gaz.find("东乡县")
    assert gaz.resolve(m, ["622900"]).code == "622926"  # on a page of 临夏州
    assert gaz.resolve(m, ["361000"]).current_code == "361003"  # on a page of 抚州市


def test_a_provinces_short_form_that_is_also_a_prefectures_names_the_one_the_page_is_about(gaz):
    # 吉林: 吉林省 or 吉林市, which the data gives no short form; the page's other places decide
    assert {p.code for p in gaz.lookup("吉林")} == {"220000", "220200"}
    (m,) = gaz.find("今年吉林新农合")
    assert gaz.resolve(m, ["220000"]).code == "220000"  # 吉林省 named in full
    assert gaz.resolve(m, []).code == "220000"  # nothing else on the page: the province, as the name says first
    assert gaz.resolve(m, ["220281"]) is None  # a county of 吉林市 (蛟河市) is in both


def test_a_county_name_straddling_two_words_joined_by_he_is_no_county(gaz):
    # 县级和县外医院 (no 和县), 县财政和县民政局 (no 政和县); the counties named so still are
    assert gaz.find("县级和县外医院报销比例分别为80%和45%") == []
    assert gaz.find("由县财政和县民政局共同承担") == []
    assert gaz.find("省定20项民生工程和县定十件民生实事全部完成") == []  # (what a county sets: 县定)
    assert [m.text for m in gaz.find("和县人民医院")] == ["和县"]
    assert [m.text for m in gaz.find("福建省政和县")][-1] == "政和县"


def test_a_full_name_starting_inside_a_short_form_is_read_whole(gaz):
    # 从江 (从江县's short form) then 江安县: the county named in full, not 从江 and the old 安县
    assert [m.text for m in gaz.find("记者从江安县医保局获悉")] == ["江安县"]
    assert [m.text for m in gaz.find("从江县新农合")] == ["从江县"]
    assert [m.text for m in gaz.find("四川城镇居民医保")] == ["四川"]  # (a town's name, 川城镇, does not)
    assert gaz.find("河北留善寺乡  24650  18680") == []  # (a township's name opening with a province's: no province)


def test_province_short_forms_the_data_leaves_out_are_read_as_the_province(gaz):
    # (河北区 of 天津 and 河南县 keep their own names)
    found = {m.text: [p.name for p in m.candidates] for m in gaz.find("河北、河南两省;天津市河北区;河南县")}
    assert found["河北"] == ["河北省"] and found["河南"] == ["河南省"]
    assert found["河北区"] == ["河北区"] and found["河南县"] == ["河南蒙古族自治县"]


def test_autonomous_prefecture_and_league(gaz):
    for name in ("海北藏族自治州", "阿拉善盟", "大兴安岭地区"):
        ms = gaz.find(name)
        assert len(ms) == 1 and ms[0].text == name
        assert ms[0].candidates[0].level == "prefecture"


def test_historical_name_maps_to_current(gaz):
    text = "原太谷县，原荣昌县，原郫县"
    ms = gaz.find(text)
    check_offsets(text, ms)
    got = {m.text: m.candidates[0] for m in ms}
    assert got["太谷县"].current_code == "140703" and got["太谷县"].current_name == "太谷区"
    assert got["荣昌县"].current_code == "500153" and got["荣昌县"].current_name == "荣昌区"
    assert got["郫县"].current_code == "510117" and got["郫县"].current_name == "郫都区"
    # one candidate per unit: the several codes 太谷县 had over the years collapse
    assert len(got["太谷县"].current_code) == 6 and len(ms[0].candidates) == 1


def test_short_form_only_when_unambiguous(gaz):
    text = "交城的发展和太谷的变化"
    ms = gaz.find(text)
    check_offsets(text, ms)
    assert places(ms) == [("交城", "141122"), ("太谷", "140703")]
    assert all(m.short for m in ms)
    # 吉林 is both a province and a prefecture: both are read, and alone on a page it names the province
    (m,) = gaz.find("吉林的发展")
    assert gaz.resolve(m, []).code == "220000"
    # a short form followed by another suffix is not the county (road / village names)
    assert gaz.find("交城路") == []


def test_a_prefectures_short_form_its_seat_or_an_old_county_inside_it_shares_is_the_prefecture(gaz):
    # 长沙 is the city, not 长沙县; 常德 and 定西 the prefectures, not the old county-level units inside them
    for text, code in (("湖南长沙:城乡居民医保", "430100"), ("湖南常德:新农合", "430700"), ("甘肃定西:门诊", "621100")):
        ms = gaz.find(text)
        check_offsets(text, ms)
        assert places(ms)[-1][1] == code, text
    assert places(gaz.find("长沙县医保局")) == [("长沙县", "430121")]
    # 晋江 is a county-level city and an old prefecture now 泉州市: no short form; 和 is mostly "and"
    assert gaz.lookup("晋江") == () and gaz.lookup("和田") == ()
    assert [m.text for m in gaz.find("古楼乡和田庄乡")] == ["古楼乡", "田庄乡"]


def test_stopwords(gaz):
    for text in ("全面推进乡村振兴", "惠民政策落到实处", "公安机关", "开通绿色通道", "万年青",
                 "全县", "县长", "县委", "全市", "召开县委常委会", "示范县创建"):
        ms = gaz.find(text)
        check_offsets(text, ms)
        assert ms == [], (text, [m.text for m in ms])
    # the full names are still found
    assert places(gaz.find("惠民县")) == [("惠民县", "371621")]
    assert places(gaz.find("公安县")) == [("公安县", "421022")]
    assert places(gaz.find("万年县")) == [("万年县", "361129")]
    # 会同 the verb (县医保局会同县财政局…) is no 会同县; the county opening its own sentence is
    for text in ("县医保局会同县财政局印发通知", "市民政局并会同县卫健委开展排查"):
        assert gaz.find(text) == [], text
    assert places(gaz.find("会同县医保局今年参保35万人")) == [("会同县", "431225")]
    # a verb ending in 定 before 县内 (核定县内定点医疗机构) is no 定县, the name of 定州市 before 1986
    for text in ("全年核定县内定点医疗机构42家", "经审定县级医院清算金额"):
        assert gaz.find(text) == [], text
    # 和 joining two institutions, and designations of a county's standing, are no county either
    for text in ("县医保局和县财政局联合印发", "县医院和县中医院签约", "打造平安县城", "建成全面小康县",
                 "合作社打算和县电商中心合作", "镇卫生院已和县医院签约", "村里还和县农业部门对接"):
        assert gaz.find(text) == [], text
    assert places(gaz.find("和县人民医院")) == [("和县", "340523")]
    # nor 和 joining something to the county's own level or offices (…项目和县本级实事, 和县直单位)
    for text in ("市级下达的民生项目和县本级6项实事全部完成", "各乡镇和县直部门要压实责任", "由中央、省、市和县级财政分担"):
        assert gaz.find(text) == [], text
    # nor an acting county head (代县长) who delivers a work report
    assert gaz.find("代县长　王某某") == []
    assert places(gaz.find("代县人民政府工作报告")) == [("代县", "140923")]
    # nor a verb or a share ending in 成 before 县 (完成县下达的任务, 八成县份); 成县 itself is
    for text in ("全镇已完成县下达的参保任务", "责成县民政局限期整改", "逐步形成县乡村三级网络", "全省近八成县份已开展"):
        assert gaz.find(text) == [], text
    assert places(gaz.find("成县今年参合率达到96%")) == [("成县", "621221")]
    assert places(gaz.find("患者在和县人民医院住院")) == [("和县", "340523")]


def test_a_full_name_that_starts_inside_an_ordinary_word_is_no_place(gaz):
    # 新增 + 城区 is no 增城区, 沿海 + 城市 no 海城市, 大部分 + 乡镇 no township 分乡镇
    for text in ("今年全县新增城区停车位800个", "东部沿海城市的务工人员", "全市大部分乡镇已开通",
                 "其中山区群众参保率达95%", "城市北区新建养老院一所"):
        assert gaz.find(text) == [], (text, [m.text for m in gaz.find(text)])
    # the same names written after another word, or after a place, are the places
    assert places(gaz.find("广州市增城区今年新增城区学位")) == [("广州市", "440100"), ("增城区", "440118")]
    assert places(gaz.find("其中中山区参保12万人")) == [("中山区", "210202")]
    assert places(gaz.find("在海城市人民医院住院")) == [("海城市", "210381")]


def test_bare_suffix_is_never_a_place(gaz):
    for ch in "县市区省镇乡":
        assert gaz.find(ch) == []
        assert gaz.lookup(ch) == ()


def test_township_full_name_only(gaz):
    ms = gaz.find("晋中市太谷区胡村镇")
    assert [m.text for m in ms] == ["晋中市", "太谷区", "胡村镇"]
    town = ms[2].candidates[0]
    assert town.level == "township" and len(town.code) == 12
    assert town.county_code == "140703" and town.current_name == "太谷区"
    # no township short forms
    assert gaz.lookup("胡村") == ()


def test_ambiguous_township_resolved_by_context(gaz):
    # 一都镇 exists in 福清市 (350181) and in 永春县 (350525) in the data
    text = "一都镇"
    (m,) = gaz.find(text)
    codes = {p.code: p for p in m.candidates}
    assert set(codes) == {"350181119000", "350525102000"}
    assert gaz.resolve(m) is None                       # ambiguous without context
    assert gaz.resolve(m, ["350181"]).code == "350181119000"    # county in context
    assert gaz.resolve(m, ["350525"]).code == "350525102000"
    assert gaz.resolve(m, ["350500"]).code == "350525102000"    # prefecture 泉州市 in context
    assert gaz.resolve(m, ["350000"]) is None                    # both in 福建省
    # a township code in context points at its county
    other = gaz.lookup("蓬壶镇")
    if other and other[0].county_code == "350525":
        assert gaz.resolve(m, [other[0].code]).code == "350525102000"


def test_resolve_county_under_prefecture(gaz):
    # a short-form-free name shared by units in different prefectures
    m = PlaceMatch(0, 3, "城关镇", gaz.lookup("城关镇"), False)
    assert len(m.candidates) > 2
    assert gaz.resolve(m) is None
    c = m.candidates[0]
    assert gaz.resolve(m, [c.county_code]).code == c.code


def test_a_name_in_use_today_outranks_the_same_name_a_unit_bore_before(gaz):
    # 遵义市: the prefecture since 1997, and the county-level city of 1980-1996 (now 播州区)
    (m,) = gaz.find("遵义市")
    assert len({c.current_code or c.code for c in m.candidates}) == 2
    assert gaz.resolve(m).code == "520300"
    assert gaz.resolve(m, ["520000"]).code == "520300"
    # two units in use with one name stay ambiguous without context
    m = PlaceMatch(0, 3, "城关镇", gaz.lookup("城关镇"), False)
    assert gaz.resolve(m) is None


def test_resolve_single_candidate(gaz):
    (m,) = gaz.find("交城县")
    assert gaz.resolve(m).code == "141122"
    # historical name resolved with a context of its current prefecture
    (m,) = gaz.find("太谷县")
    assert gaz.resolve(m, ["140700"]).current_code == "140703"


def test_offsets_mixed_text(gaz):
    text = "截至目前，青海省门源回族自治县、重庆市荣昌区和山西交城县胡村镇等地（全县）推进乡村振兴。"
    ms = gaz.find(text)
    check_offsets(text, ms)
    assert "荣昌区" in [m.text for m in ms]
    assert "全县" not in [m.text for m in ms]


def test_a_figures_magnitude_and_the_noun_after_it_are_no_place(gaz):
    # 18.4万城镇居民: 万 closes the figure, 城镇居民 is its noun; 万城镇 alone still names the town
    text = "全县有18.4万城镇居民享受医保待遇"
    assert not any(text[m.start] == "万" for m in gaz.find(text))
    assert any(gaz.find("万城镇人民政府")[:1])


def test_a_one_character_countys_name_spaced_out_in_a_header_of_places_is_read(gaz):
    # a header of counties, a one-character name spaced to its column's width (蔚  县), after a column gap
    text = "        张北县   康保县   蔚  县   阳原县\n"
    assert [m.text for m in gaz.find(text)] == ["张北县", "康保县", "蔚  县", "阳原县"]
    assert [m.text for m in gaz.find("        康保县\t蔚 县\n")] == ["康保县", "蔚 县"]
    # not inside a sentence: a character and 县 with one blank between words of prose
    assert [m.text for m in gaz.find("今年全蔚 县里共")] == []


def test_a_two_character_county_opening_its_line_before_its_congress_is_the_county(gaz):
    # 县人大 keeps 召开 from making 开县 inside a sentence; a county's name opening its line is the county
    assert [m.text for m in gaz.find("丰县人大常委会关于全县民生实事的调研报告")] == ["丰县"]
    assert [m.text for m in gaz.find("\n丰县人大常委会关于全县民生实事的调研报告")] == ["丰县"]
    assert gaz.find("近日召开县人大常委会会议") == []


def test_a_two_character_countys_name_spaced_out_to_a_rows_width_is_read(gaz):
    # 东 宁 县 under 绥芬河市 in a yearbook's column of places: each row its own county
    found = [m.text for m in gaz.find("东 宁 县    9.87   1106\n海 林 市   18.42  2210\n绥芬河市  3.1  400\n")]
    assert found == ["东 宁 县", "海 林 市", "绥芬河市"]
