"""Region and locality of a figure (GUIDELINES §6), through extract.regions.RegionResolver
as DocumentContext uses it. Every page below is made up for these tests: the counties and
townships are real divisions, the people, events and numbers are invented."""

from __future__ import annotations

import pytest

from extract.gazetteer import Gazetteer
from extract.normalise import normalise
from extract.attribute import DocumentContext
from tests.harness import attribution, attributions


JINZHONG = dict(home_name="晋中市", home_code="140700")  # a prefecture as the manifest's home region


def region_of(page: str, surface: str, nth: int = 0, **kw) -> tuple[str, str]:
    a = attribution(page, surface, nth, **kw)
    return a.region, a.region_code


# ---------------------------------------------------------------- gazetteer facts the cases rely on

def test_gazetteer_facts_behind_the_cases():
    g = Gazetteer.load()
    chengguan = {p.county_code for p in g.lookup("城关镇")}
    assert {"150123", "150124"} <= chengguan  # 和林格尔县 and 清水河县 both have a 城关镇
    (taigu,) = g.lookup("太谷县")
    assert taigu.code == "140726" and taigu.current_code == "140703" and taigu.current_name == "太谷区"
    (jixian,) = g.lookup("蓟县")
    assert jixian.current_code == "120119" and jixian.current_name == "蓟州区"
    assert g.lookup("永福")[0].name == "永福县" and g.lookup("永福")[0].province_code.startswith("45")


# ---------------------------------------------------------------- explicit places and reference words

def test_county_named_in_the_clause():
    page = "本报讯 今年以来,平遥县新建日间照料中心8个。\n"
    assert region_of(page, "8个", published="2025-06", **JINZHONG) == ("平遥县", "140728")


def test_county_in_the_clause_outranks_the_home_region_and_another_county_earlier():
    page = "本报讯 平遥县与介休市签订文旅合作协议。介休市今年接待游客286万人次。\n"
    assert region_of(page, "286万人次", published="2025-06", **JINZHONG) == ("介休市", "140781")


@pytest.mark.parametrize("surface", ["46个", "312万元"])
def test_quanxian_and_gaixian_take_the_county_the_article_names(surface):
    page = ("本报讯 近日,记者从宁武县民政局获悉,该县持续完善养老服务体系。\n\n"
            "截至5月底,全县共建成农村互助幸福院46个,该县累计发放高龄补贴312万元。\n")
    # the manifest's home region is the prefecture: 全县 must still be the county the article names
    assert region_of(page, surface, published="2025-06", home_name="忻州市", home_code="140900") == ("宁武县", "140925")


def test_quanxian_takes_the_county_named_only_in_the_headline():
    page = ("宁武县教育惠民工作取得新进展\n\n"
            "本报讯 今年秋季学期,全县新增公办学位1350个,惠及农村家庭子女。\n")
    assert region_of(page, "1350个", published="2025-10", home_name="忻州市", home_code="140900") == ("宁武县", "140925")


def test_woxian_with_no_county_named_is_the_manifest_home_county():
    page = "本报讯 今年以来,我县扎实推进农村道路建设,全县新改建农村公路96公里。\n"
    assert region_of(page, "96公里", published="2025-08", home_name="平遥县", home_code="140728") == ("平遥县", "140728")


def test_woshi_with_only_the_manifest_home_prefecture():
    page = "本报讯 今年以来,我市扎实推进就业帮扶,全市城镇新增就业4213人。\n"
    assert region_of(page, "4213人", published="2025-06", **JINZHONG) == ("晋中市", "140700")


def test_sections_naming_no_place_under_a_title_naming_a_county_of_the_home_prefecture_are_that_county_s():
    page = ("首页 > 民生 > 医保社保\n\n一张表看懂！平遥县职工医保和居民医保有啥区别\n\n"
            "2022-06-17 16:08:41\u3000来源：晋中新闻网\u3000作者：赵宏伟\n\n近日，平遥县医保中心制作了一份对比表，帮群众分清两项制度。"
            "现转为文字如下：\n\n项目：缴费方式\n职工医保：单位缴纳工资总额的6.5%，个人缴纳本人工资的2%\n"
            "居民医保：个人按年缴纳，2022年为每人350元，财政再补助每人610元\n\n项目：住院起付线\n"
            "职工医保：一级医院300元，二级医院600元，三级医院900元\n居民医保：一级医院100元，二级医院500元，三级医院1000元\n")
    assert region_of(page, "600元", published="2022-06", **JINZHONG) == ("平遥县", "140728")


def test_quanshi_takes_the_prefecture_the_article_names_over_the_home_region():
    page = "本报讯 今年以来,长治市扎实推进就业帮扶,全市城镇新增就业4213人。\n"
    assert region_of(page, "4213人", published="2025-06", **JINZHONG) == ("长治市", "140400")


def test_quanshi_after_a_county_level_city():
    page = "本报讯 介休市持续推进老旧小区改造。今年全市完成改造小区37个。\n"
    assert region_of(page, "37个", published="2025-06", **JINZHONG) == ("介休市", "140781")



PREFECTURE_ARTICLE = ("无锡市2023年民生实事完成情况\n\n"
                      "地铁4号线江阴延伸段正式动工。今年全市开通公交线路40条,增加停车泊位8000个。\n")


def test_quanshi_after_a_county_level_city_named_in_passing_is_the_prefecture_of_the_article():
    # 江阴 (a county-level city of 无锡市) only names a line's section: 全市 is still 无锡市
    assert region_of(PREFECTURE_ARTICLE, "40条", published="2024-01") == ("无锡市", "320200")
    # named in full, the county-level city is what 全市 refers to
    page = PREFECTURE_ARTICLE.replace("江阴延伸段正式动工", "江阴延伸段开工。江阴市推进公交优先")
    assert region_of(page, "40条", published="2024-01") == ("江阴市", "320281")


def test_quanshi_after_several_counties_one_a_county_level_city_is_the_prefecture_of_the_article():
    # (a ranking of the prefecture's counties that ends with a county-level city: 全市 is still 无锡市)
    page = PREFECTURE_ARTICLE.replace("地铁4号线江阴延伸段正式动工", "各县市区中,宜兴市参保人数最多;江阴市参保率最高")
    assert region_of(page, "40条", published="2024-01") == ("无锡市", "320200")


def test_quanshi_in_a_county_level_city_article_is_that_city():
    page = "江阴市2023年民生实事完成情况\n\n江阴高新区新建厂房2栋。今年全市开通公交线路40条。\n"
    assert region_of(page, "40条", published="2024-01") == ("江阴市", "320281")


CULTURE = ("平遥县文化工作综述\n\n"
           "去年平遥县大力繁荣群众文化。新编晋剧《古城灯火》荣获全省戏剧汇演一等奖,并在北京国家大剧院"
           "公演两场,新建乡镇文化站12个。\n")


def test_a_venue_and_the_scope_of_an_award_are_not_what_figures_are_about():
    assert region_of(CULTURE, "12个", published="2024-03") == ("平遥县", "140728")
    assert region_of(CULTURE, "两场", published="2024-03") == ("平遥县", "140728")


def test_the_scope_of_a_title_won_in_quotes_is_not_what_figures_are_about():
    page = CULTURE.replace("荣获全省戏剧汇演一等奖", "被评为“全省文化先进县”")
    assert region_of(page, "12个", published="2024-03") == ("平遥县", "140728")


def test_a_national_network_a_county_joins_is_no_national_figure():
    # 接入全国异地就医直接结算平台: the network's name; the settlements after it are the county's
    page = "蓬溪县医保工作简报\n\n全县23家定点医疗机构已接入全国异地就医直接结算平台,上半年异地直接结算1640人次。\n"
    assert region_of(page, "1640人次", published="2021-07") == ("蓬溪县", "510921")
    page = page.replace("已接入全国异地就医直接结算平台,", "")
    assert region_of(page.replace("全县23家", "全国23家"), "1640人次", published="2021-07")[0] == "中国"



def test_quanshi_after_an_item_headed_by_a_county_now_a_city_is_the_prefecture():
    # 射洪县开展…专项行动 (射洪市 since 2019): no 市 a later 全市 speaks for, in the prefecture's bulletin
    page = ("某市医疗保障工作简报\n\n射洪县开展专项检查\n6月以来,射洪县医保局对全县58家定点医药机构开展检查。\n"
            "●6月28日,市医保局召开会议,全市241家定点医疗机构负责人参加。\n")
    assert region_of(page, "241家", published="2019-07", home_name="遂宁市", home_code="510900") == ("遂宁市", "510900")


@pytest.mark.parametrize("times", ["面对国际金融危机的严重冲击", "面对复杂严峻的国内外形势", "在国际环境深刻变化的情况下"])
def test_the_world_s_times_a_work_report_met_leave_the_county_its_figures(times):
    # a work report's year opens with what it faced abroad: its figures are still the county's
    page = f"博爱县政府工作报告\n\n2009年,{times},我们坚持民生优先,新农合人均筹资标准达到100元,其中各级财政补助80元。\n"
    for surface in ("100元", "80元"):
        assert region_of(page, surface, published="2010-03", home_name="博爱县", home_code="410822") == (
            "博爱县", "410822")
    world = "2009年,全球经济总量下降0.6%。\n"  # a scope word that is the figure's own area still is
    assert region_of(world, "0.6%", published="2010-03", home_name="博爱县", home_code="410822")[0] == ""


def test_quansheng_not_after_a_verb_of_winning_is_the_province():
    page = CULTURE.replace("荣获全省戏剧汇演一等奖,并在北京国家大剧院公演两场,", "参加汇演;全省")
    assert region_of(page, "12个", published="2024-03", **JINZHONG) == ("山西省", "140000")


PREFECTURE_PAPER = ("资助参保政策惠及困难群众\n\n"
                    "本报讯 据医保部门介绍,今年困难群众参保资助工作稳步推进。\n\n"
                    "“这项政策帮了大忙。”平遥县宁固镇一位村民说。\n\n"
                    "按照规定,对低保对象定额资助280元,本人缴纳100元。\n")


def test_the_province_a_county_is_one_of_does_not_carry_to_the_next_sentence():
    page = ("本报讯 我县是今年全省新增的12个新农合试点县之一。按照实施方案,参合农民每人每年缴纳15元,"
            "各级财政每人每年补助45元。\n")
    kw = dict(published="2008-01", home_name="平遥县", home_code="140728")
    assert region_of(page, "12个", **kw) == ("山西省", "140000")  # the class itself is the province's
    assert region_of(page, "15元", **kw) == ("平遥县", "140728")


@pytest.mark.parametrize("page,surface", [
    ("本报讯 截至11月底,我县城乡居民医保参保率达98.3%,高出全市平均水平3.2个百分点。\n", "3.2个百分点"),
    ("本报讯 截至11月底,平遥县城乡居民医保参保率达98.3%,高于晋中市平均水平3.2个百分点。\n", "3.2个百分点"),
    ("本报讯 截至11月底,我县参保人数41.2万人,占全市的15.6%。\n", "15.6%"),
    # a short word and 的 between (比邻近的X县): still the base, and no referent of a later 我县
    ("本报讯 截至11月底,我县住院实际补偿比达到52.4%,比邻近的介休市高出2.6个百分点。\n", "2.6个百分点"),
    ("本报讯 今年我县补偿比比邻近的祁县高出2.6个百分点。\n\n据统计,今年我县参合人数为21.2万人。\n", "21.2万人"),
    # the area a county ranks in (居某市各县首位, 位居全市第二) is no referent of what follows
    ("平遥县医保工作\n\n今年全县参合21.2万人,参合率98.1%,居晋中市各县(市、区)首位。今年人均筹资提高到340元。\n", "340元"),
    ("平遥县医保工作\n\n今年全县参合21.2万人,参合率98.1%,位居全市第二。今年人均筹资提高到340元。\n", "340元"),
    ("平遥县医保工作\n\n今年全县参合21.2万人,参合率98.1%,在全市11个县(市、区)中排第2位;全年补偿参合农民36.2万人次。\n",
     "36.2万人次"),
])
def test_the_area_a_figure_is_compared_with_is_not_its_region(page, surface):
    kw = dict(published="2024-12", home_name="平遥县", home_code="140728")
    assert region_of(page, surface, **kw) == ("平遥县", "140728")


def test_wo_xian_on_a_county_s_own_page_is_that_county_whoever_else_it_names():
    page = "本报讯 今年祁县参合19.8万人,参合率96.1%。我县参合15.2万人,参合率97.3%。\n"
    kw = dict(published="2010-11", home_name="平遥县", home_code="140728")
    assert region_of(page, "15.2万人", **kw) == ("平遥县", "140728")
    assert region_of(page, "19.8万人", **kw) == ("祁县", "140727")
    # 全县 after a 我县 goes on with the publisher's county
    page = "本报讯 今年祁县参合19.8万人。下一步,我县将提高补偿水平,力争明年全县参合率达到98%。\n"
    assert region_of(page, "98%", **kw) == ("平遥县", "140728")
    # 该县 points at the county just named
    page = "本报讯 今年祁县参合19.8万人。该县参合率达到96.1%。\n"
    assert region_of(page, "96.1%", **kw) == ("祁县", "140727")


def test_the_area_a_county_s_rule_is_based_on_or_arranged_by_is_no_referent():
    # 按上年度全省…工资的60%: the province's wage is the basis of the county's rule
    page = ("平遥县灵活就业人员参加职工医保\n\n本报讯 灵活就业人员按上年度全省城镇单位就业人员月平均工资的60%"
            "自选缴费基数,费率为10%。今年每月缴费约372元。\n")
    for surface in ("60%", "10%", "约372元"):
        assert region_of(page, surface, published="2024-05")[0] == "平遥县", surface
    # 按照全省统一部署: the county carries out what the province arranged; its figures are its own
    page = "本报讯 平遥县按照全省统一部署,门诊慢特病病种由原来的31个增加到68个。\n"
    assert region_of(page, "68个", published="2024-05")[0] == "平遥县"
    # the province's own figure stays the province's
    page = "本报讯 平遥县按照全省统一部署推进工作。全省参保率达到96.2%。\n"
    assert region_of(page, "96.2%", published="2024-05")[0] == "山西省"
    # a whole area the county tops (为全市最多), a standard it matches (与全省统一标准持平) or carries out
    # (执行全市统一的…方案), a province whose arrangement it follows (按照山西省统一部署): the county's own figures
    kw = dict(published="2024-05", home_name="平遥县", home_code="140728")
    page = "本报讯 今年参保人数达44.1万人,为全市最多;人均筹资标准为1020元。\n"
    assert region_of(page, "1020元", **kw)[0] == "平遥县"
    page = "本报讯 今年个人缴费标准为380元,与全省统一标准持平。大病保险按每人每年45元划拨。\n"
    assert region_of(page, "45元", **kw)[0] == "平遥县"
    page = "本报讯 我县执行全市统一的DRG分组方案,共有细分组869个。\n"
    assert region_of(page, "869个", **kw)[0] == "平遥县"
    page = "本报讯 平遥县按照山西省统一部署,调整职工医保待遇,年度限额由8万元提高到10万元。\n"
    assert region_of(page, "10万元", published="2024-05")[0] == "平遥县"


def test_a_numeral_s_time_word_then_a_word_is_no_place_the_two_would_spell():
    # 未来三天全县: 三天 and 全县, not 天全县; 设置30天等待期: a waiting period, not 天等县
    page = "本报讯 气象部门预报,未来三天全县有中到大雨。今年全县城乡居民医保参保21.6万人。\n"
    assert region_of(page, "21.6万人", published="2024-07", home_name="平遥县", home_code="140728") == (
        "平遥县", "140728")
    surfaces = [s for s, _, _ in attributions("逾期缴费的,自缴费之日起设置30天等待期。", published="2024-07")]
    assert "30天" in surfaces


def test_a_figure_in_brackets_after_an_area_s_average_is_that_area_s():
    # 高于全省平均水平(52.3%): the province's own average, beside the county's rate
    page = "本报讯 今年平遥县住院实际报销比例达到58.6%,高于全省平均水平(52.3%)。\n"
    assert region_of(page, "52.3%", published="2024-05")[0] == "山西省"
    assert region_of(page, "58.6%", published="2024-05")[0] == "平遥县"


def test_a_place_that_opens_a_quoted_name_is_no_figure_s_region():
    page = ("平遥县居民医保征缴进展顺利\n\n本报讯 截至12月20日,全县已缴费41.6万人。其中,通过“山西医保”"
            "小程序等线上渠道缴费28.3万人。\n")
    assert region_of(page, "28.3万人", published="2024-12") == ("平遥县", "140728")
    # a place quoted alone is still a place
    page = "本报讯 “平遥县”今年新增参保1200人。\n"
    assert region_of(page, "1200人", published="2024-12") == ("平遥县", "140728")


@pytest.mark.parametrize("channel", ["山西医保微信公众号", "山西医保 APP", "山西政务服务网", "山西医保小程序"])
def test_a_place_that_opens_an_app_or_account_name_is_no_figure_s_region(channel):
    page = ("平遥县异地就医备案更便捷\n\n本报讯 目前,参保群众可通过" + channel
            + "等渠道自助备案,一季度线上备案4260人次,占备案总量的87%。\n")
    assert region_of(page, "4260人次", published="2024-05") == ("平遥县", "140728")
    assert region_of(page, "87%", published="2024-05") == ("平遥县", "140728")
    # a county that uses an account is still the county
    page = "本报讯 今年以来,平遥县通过微信公众号推送医保政策36期。\n"
    assert region_of(page, "36期", published="2024-05", **JINZHONG) == ("平遥县", "140728")


def test_a_place_inside_an_app_s_quoted_name_is_no_figure_s_region():
    # “爱山西”APP: the province names the app; the county's figures stay the county's
    page = ("【医保政策】在平遥县看病,不同医院怎么报?\n平遥县医保  昨天\n\n今年1-9月,全县转往县外就医1.6万人次。\n\n"
            "温馨提示:外出就医前请通过“爱山西”APP办理备案。\n")
    from extract.document import DocMeta, ManifestRow, process_document
    from extract.reading import decode

    rows = process_document(decode(page.encode("utf-8")), DocMeta("a", "a", ManifestRow("", "", "2024-10"))).mentions
    assert [(m.text, m.region, m.region_code) for m in rows] == [("1.6万人次", "平遥县", "140728")]



@pytest.mark.parametrize("quoted", ['"爱山西"App、微信', '“爱山西”、微信', '"山西医保"小程序'])
def test_a_place_inside_a_short_quoted_name_straight_quotes_too_is_no_figure_s_region(quoted):
    # an app named in straight quotes or listed with other channels: the county's figures stay the county's
    page = ("平遥县居民医保征缴进展顺利\n\n本报讯 截至12月20日,全县已缴费41.6万人。\"少跑腿\"更方便,通过" + quoted
            + "等线上渠道缴费28.3万人,占比68%。\n")
    assert region_of(page, "28.3万人", published="2024-12") == ("平遥县", "140728")
    assert region_of(page, "68%", published="2024-12") == ("平遥县", "140728")

def test_where_a_patient_was_treated_is_not_whose_figures_his_are():
    page = ("平遥县大病保障托底见成效\n\n本报讯 今年5月,平遥县东泉镇的王大爷在太原做了膝关节置换手术,"
            "花费6.2万元,医保报销4.1万元。\n\n去年,李大妈在晋中市第一人民医院做了支架手术,住院花费8.3万元。"
            "出院时基本医保报销5.1万元。\n")
    for surface in ("6.2万元", "4.1万元", "8.3万元", "5.1万元"):
        assert region_of(page, surface, published="2024-09") == ("平遥县", "140728"), surface
    # nor where patients used to go, with other places after it (到北京、朝阳等地的大医院看病)
    page = ("平遥县新农合补偿水平提高\n\n本报讯 县合管办主任说,过去农民到北京、朝阳等地的大医院看病,"
            "报销比例只有三成,如今提到了45%。\n")
    assert region_of(page, "45%", published="2010-06") == ("平遥县", "140728")
    # a hospital's own figure is still its place's
    page = "平遥县医保惠民生\n\n本报讯 晋中市第一人民医院今年接诊门诊患者52万人次。\n"
    assert region_of(page, "52万人次", published="2024-09") == ("晋中市", "140700")


def test_a_prefecture_that_shares_its_name_with_a_former_county_level_city_is_found():
    page = "本报讯 2023年,贵州省资助困难群众参保318万人。遵义市资助参保42.5万人,毕节市资助参保61.2万人。\n"
    assert region_of(page, "42.5万人", published="2024-03") == ("遵义市", "520300")


def test_a_county_of_the_home_prefecture_named_once_in_passing_is_not_the_article_s_region():
    kw = dict(published="2024-06", **JINZHONG)
    assert region_of(PREFECTURE_PAPER, "280元", **kw) == ("晋中市", "140700")
    # named again, it is what the article is about
    page = PREFECTURE_PAPER.replace("一位村民说。", "一位村民说。平遥县今年资助困难群众3200人。")
    assert region_of(page, "280元", **kw) == ("平遥县", "140728")


def test_a_county_named_once_in_the_opening_of_a_yearbook_entry_is_its_region_under_every_heading():
    page = ("【医疗保障】\n【概况】 2023年,平遥县医疗保障局内设股室4个。年末全县参加基本医疗保险45.2万人。\n"
            "【待遇保障】 全年城乡居民医保住院报销6.8万人次,统筹基金支付2.9亿元。\n"
            "【医疗救助】 全年实施住院救助3150人次。\n")
    kw = dict(published="2024-10", **JINZHONG)
    assert region_of(page, "6.8万人次", **kw) == ("平遥县", "140728")
    assert region_of(page, "3150人次", **kw) == ("平遥县", "140728")
    # a county named later, in one section only, is still only that section's passing mention
    assert region_of(PREFECTURE_PAPER, "280元", **kw) == ("晋中市", "140700")


def test_a_county_named_once_in_the_title_of_a_work_summary_is_its_region_under_every_heading():
    page = ("平遥县医疗保障局2023年工作总结\n\n一、基本情况\n\n2023年,全县参保人数达41.2万人。\n\n"
            "二、主要工作\n\n(一)强化医疗救助。医疗救助2.1万人次,支出救助资金2650万元。\n")
    kw = dict(published="2024-01", **JINZHONG)
    assert region_of(page, "2.1万人次", **kw) == ("平遥县", "140728")



@pytest.mark.parametrize("surface", ["60%", "50%"])
def test_a_level_of_care_names_no_body_of_a_city_or_county(surface):
    # 市教育局 reads like 我市; 市级以上医院 and 县外医院 are levels of care the county's scheme pays at
    page = "本报讯 今年,我县乡镇卫生院住院报销比例90%,市级以上医院60%,县外医院50%。\n"
    assert region_of(page, surface, published="2025-06", home_name="平遥县", home_code="140728") == (
        "平遥县", "140728")


@pytest.mark.parametrize("surface", ["1260套", "3所", "860个"])
def test_the_old_and_new_parts_of_a_county_s_town_are_the_county(surface):
    # 老城区, 新城区 and 城东区 are districts of cities in other provinces, and words of any town's news
    page = ("平江县加快推进城市更新\n\n　　本报讯 今年以来,平江县持续推进城市更新。老城区改造棚户区住房1260套,"
            "新城区新建学校3所,城东片区新增停车位860个。\n")
    assert region_of(page, surface, published="2024-06") == ("平江县", "430626")


def test_a_table_set_apart_from_its_lead_takes_the_county_the_page_s_title_names():
    # no manifest: the rows after the lead and the paragraph after them name no place, the title
    # does (the source line names another unit)
    page = ("莒县前三季度民生支出占比达80.2%\n2015-10-16 10:25:33  来源:日照新闻网  【我要纠错】\n\n"
            "今年1-9月份,莒县一般公共预算支出完成32.57亿元;其中民生支出26.12亿元。\n\n"
            "主要民生支出情况(单位:万元)\n项目\n1-9月支出\n同比增减(%)\n教育\n81236\n12.4\n社会保障和就业\n45108\n"
            "21.6\n医疗卫生与计划生育\n37452\n-3.1\n住房保障\n15223\n-18.5\n\n"
            "在医疗保障方面,全县新农合参合农民94.6万人,参合率达99.3%。\n")
    for surface in ("81236", "94.6万人"):
        assert region_of(page, surface, published="2015-10") == ("莒县", "371122"), surface


def test_a_short_form_labelling_the_headline_before_a_colon_names_the_pages_place():
    # no manifest, and the place only by its short form: the headline's label vouches for it
    page = ("肥城:低保标准再提高——市民政局负责人答记者问\n\n"
            "记者:今年肥城城乡低保标准是多少?\n负责人:目前城市低保标准为每人每月680元。\n")
    assert region_of(page, "680元", published="") == ("肥城市", "370983")
    # a short form in the body alone still names no place
    assert region_of(page.replace("肥城:", ""), "680元", published="") == ("", "")


def test_a_county_renamed_a_city_since_is_no_referent_of_quanshi_on_a_page_from_before():
    # 彬县 in 2013 (彬州市 since 2018): the page's 全市 is its prefecture's
    page = ("咸阳市新农合补偿水平提升\n\n本报讯 全市统一执行每人每年340元的筹资标准,彬县在此基础上再补助80元。"
            "1至9月,全市新农合补偿285.6万人次。\n")
    assert region_of(page, "285.6万人次", published="2013-10", home_name="咸阳市", home_code="610400") == (
        "咸阳市", "610400")


def test_a_reporters_name_in_the_byline_names_no_place_even_with_a_blank_after_the_role():
    # 记者 周卫东: the name holds 卫东 (卫东区's short form, in the home province), no place
    page = ("河南日报农村版  2008年08月19日  记者 周卫东\n\n固始县新农合门诊统筹运行良好\n\n"
            "本报讯 今年上半年,固始县新农合门诊补偿41.7万人次。\n\n“看个感冒只花了十块钱。”一位老人说。\n")
    assert region_of(page, "十块钱", published="2008-08", home_name="河南省", home_code="410000")[0] != "卫东区"
    from extract.place_roles import is_person_name
    line = "2008年08月19日  记者 周卫东"
    assert is_person_name(line, line.index("卫东"), line.index("卫东") + 2)


def test_a_speakers_name_before_the_colon_of_a_records_turn_names_no_place():
    # 张卫东：… in a county's record of questions: the name holds 卫东 (卫东区's short form, in the county's prefecture)
    page = ("某县人大常委会专题询问实录\n\n委员李国庆:住院报销比例如何?\n"
            "张卫东：今年1-9月，全县城乡居民医保基金支出2.86亿元，住院报销7.3万人次。\n")
    assert region_of(page, "7.3万人次", published="2021-10", home_name="郏县", home_code="410425") == ("郏县", "410425")


@pytest.mark.parametrize("page,surface,published,home,expected", [
    # a second 分别 list whose names stand in the clause before it is about those names, not the list before
    ("本报讯 排名前三位的是津市市、临澧县和安乡县,完成率分别为98.1%、97.2%和96.5%;排名后三位的是武陵区、"
     "桃源县和鼎城区,完成率分别只有61.27%、63.5%和65.1%。\n", "61.27%", "2020-12", ("常德市", "430700"), "武陵区"),
    ("本报讯 排名前三位的是津市市、临澧县和安乡县,完成率分别为98.1%、97.2%和96.5%;排名后三位的是武陵区、"
     "桃源县和鼎城区,完成率分别只有61.27%、63.5%和65.1%。\n", "96.5%", "2020-12", ("常德市", "430700"), "安乡县"),
    # 省里 on a city's page: the province's own standard
    ("本报讯 今年全市大病保险赔付2.3万人次。今年省里将大病保险筹资标准提高到每人每年25元。\n", "25元", "2016-02",
     ("临沂市", "371300"), "山东省"),
    # (较好 is an adjective: the list names the places its figures are about, not what they are compared with)
    ("本报讯 全市扩面完成率为92.6%。完成任务较好的是津市市、临澧县和安乡县,完成率分别为101.3%、98.76%、97.5%。\n",
     "98.76%", "2020-12", ("常德市", "430700"), "临澧县"),
    # 和 after a step of a procedure joins it to the county's bureau: no 和县
    ("本报讯 经村级民主评议和县民政局审核审批,5月份全县共新增低保对象15户41人。\n", "15户", "2022-06",
     ("通渭县", "621121"), "通渭县"),
    # 镇长 陈卫东: an official's title before the name, as a work report's byline gives it, makes it a person's
    ("某县人民政府网 首页 > 乡镇之窗 > 谷熟镇\n\n政府工作报告\n谷熟镇镇长  陈卫东\n\n"
     "各位代表:\n过去五年,全镇新农合参合率稳定在98%以上。\n", "98%以上", "2017-01", ("虞城县", "411425"), "虞城县"),
])
def test_a_list_a_procedure_or_a_byline_names_the_places_it_is_about(page, surface, published, home, expected):
    assert region_of(page, surface, published=published, home_name=home[0], home_code=home[1])[0] == expected


def test_building_a_county_hospital_names_no_county_of_that_name():
    # 新建县人民医院: "built the county hospital", not the former county of another province
    page = ("定结县2013年民生工作回顾\n\n本报讯 2013年,定结县新建县人民医院综合楼1栋,"
            "城镇低保标准提高至每人每月530元。\n")
    assert region_of(page, "1栋", published="2014-02") == ("定结县", "540231")
    assert region_of(page, "530元", published="2014-02") == ("定结县", "540231")
    # also on a page of its province but of another prefecture (a 宜春 county's page, 新建县 being 南昌's)
    page = ("上高县2012年民生实事回顾\n\n本报讯 今年,全县投入9000万元新建县城第三小学,改造薄弱学校12所。\n")
    assert region_of(page, "12所", published="2012-12", home_name="宜春市", home_code="360900") == (
        "上高县", "360923")


def test_the_district_named_in_full_keeps_its_name_and_its_cheng_qu_is_no_reference_word():
    # the district's own page; the 城区 inside 樊城区 is part of its name, no 城区 of the city
    page = ("樊城:社区食堂开到家门口\n\n本报讯 樊城区米公街道一家社区食堂里坐满了老人。"
            "\u201c两荤一素,每餐10元。\u201d一位老人说。\n")
    assert region_of(page, "10元", published="2025-11", home_name="襄阳市", home_code="420600") == (
        "樊城区", "420606")
    page = "老城区:棚户区改造提速\n\n本报讯 今年,洛阳市老城区改造棚户区住房860套。\n"
    assert region_of(page, "860套", published="2024-06") == ("老城区", "410302")


def test_the_place_a_fenbie_item_names_is_its_figure_s_region_unless_it_is_compared_with():
    page = ("亳州市城乡居民医保参保工作进展顺利\n\n本报讯 截至3月底,全市参保人数达512.6万人。其中,涡阳县、"
            "蒙城县、利辛县参保人数分别为132.1万人、118.5万人、140.3万人,参保率分别为98.1%、97.6%和98.5%。\n")
    assert [region_of(page, s, published="2024-04")[0] for s in ("132.1万人", "140.3万人", "97.6%")] == [
        "涡阳县", "利辛县", "蒙城县"]
    assert region_of(page, "512.6万人", published="2024-04")[0] == "亳州市"
    page = "本报讯 今年全县参保率达97.6%,比武陟县、温县分别高出1.2和0.8个百分点。\n"
    assert region_of(page, "0.8个百分点", published="2024-04", home_name="博爱县") == ("博爱县", "410822")


def test_a_fenbie_clause_with_no_items_takes_the_places_the_clause_before_it_lists():
    page = ("亳州市城乡居民医保参保工作进展顺利\n\n本报讯 截至3月底,参保率排在前列的是涡阳县、蒙城县和利辛县,"
            "分别为98.1%、97.6%和97.2%;谯城区、利辛县以外的县区参保率低于全市平均水平。\n")
    assert [region_of(page, s, published="2024-04")[0] for s in ("98.1%", "97.6%", "97.2%")] == [
        "涡阳县", "蒙城县", "利辛县"]
    # (not when that clause lists fewer or more things than the figures)
    page = "本报讯 截至3月底,涡阳县、蒙城县和利辛县均已启动,分别为98.1%、97.6%。\n"
    assert region_of(page, "97.6%", published="2024-04", home_name="亳州市")[0] == "亳州市"


def test_a_province_in_the_title_of_a_rule_a_table_s_intro_cites_is_not_the_table_s_region():
    page = ("2022年第二季度医疗救助资金使用情况公示\n\n"
            "根据《湖南省医疗救助办法》有关规定,现将我县二季度医疗救助情况公示如下:\n\n"
            "| 救助对象 | 救助人次 | 救助金额(元) |\n| 特困人员 | 48 | 90312.50 |\n| 低保对象 | 305 | 612408.30 |\n")
    kw = dict(published="2022-07", home_name="桑植县", home_code="430822")
    for surface in ("48", "612408.30"):
        assert region_of(page, surface, **kw) == ("桑植县", "430822"), surface
    # the same province named as the intro's own subject stays the table's
    page = page.replace("根据《湖南省医疗救助办法》有关规定,现将我县", "现将湖南省")
    assert region_of(page, "48", **kw) == ("湖南省", "430000")


def test_after_a_table_of_a_prefecture_s_counties_quan_shi_is_the_prefecture():
    page = ("衡阳市2023年城乡居民医保参保情况\n\n截至2023年底,全市参保681.2万人。各县(市、区)情况见下表。\n\n"
            "衡阳市各县(市、区)参保情况\n县(市、区)    参保人数(万人)   参保率(%)\n"
            "衡南县          86.12            96.31\n衡东县          58.40            95.87\n"
            "祁东县          83.95            96.02\n耒阳市         112.36            95.44\n\n"
            "从表中看,全市参保人数比上年减少3.1万人,全市职工医保参保52.8万人。\n")
    assert region_of(page, "3.1万人", published="2024-03")[0] == "衡阳市"
    assert region_of(page, "52.8万人", published="2024-03")[0] == "衡阳市"


def test_the_set_a_county_is_one_of_is_not_what_its_figures_are_about():
    page = "本报讯 荥阳市作为郑州市长期护理保险试点地区之一,截至9月底已有1.1万名职工参保。\n"
    assert region_of(page, "1.1万名", published="2024-10") == ("荥阳市", "410182")
    page = "本报讯 巩义市是河南省首批医保支付方式改革试点县之一,今年DRG付费覆盖38家医疗机构。\n"
    assert region_of(page, "38家", published="2024-10") == ("巩义市", "410181")


def test_a_county_whose_name_the_simplified_script_keeps_as_written_is_found():
    # (乾 is no Traditional 干 in a name: 乾安县, 乾县)
    assert region_of("本报讯 今年乾安县新农合参合农民达21.4万人。\n", "21.4万人", published="2010-03") == (
        "乾安县", "220723")
    assert region_of("本报讯 今年,乾县全县城乡居民医保参保41.2万人。\n", "41.2万人", published="2023-03") == (
        "乾县", "610424")


def test_a_date_and_paper_line_under_the_title_is_no_heading_of_the_paper_s_city():
    page = ("丹凤县大病保险实施半年赔付过百万\n2014年07月15日  商洛日报\n\n丹凤县大病保险自今年1月起实施。\n\n"
            "按照规定,个人负担超过8000元的部分,由大病保险按50%报销。\n")
    assert region_of(page, "50%", published="2014-07") == ("丹凤县", "611022")


def test_on_a_county_s_page_a_town_of_another_county_it_never_names_is_no_such_town():
    # (花园镇 is, in the gazetteer, only another county's; a county's task list names its own towns)
    page = "本报讯 今年各乡镇参保任务:潼川镇86420人,花园镇29840人。\n"
    assert region_of(page, "29840人", published="2020-09", home_name="三台县", home_code="510722") == (
        "三台县", "510722")
    # (a county the page names keeps its towns)
    page = "本报讯 邻近的岳池县花园镇今年参保29840人。\n"
    assert region_of(page, "29840人", published="2020-09", home_name="三台县", home_code="510722") == (
        "岳池县", "511621")


def test_care_inside_the_county_is_in_the_county_the_article_names():
    # (a repost on another county's site: 县内 is no office of the site's county)
    page = ("外县动态\n\n沂南县:困难群众就医更安心\n\n2023年,沂南县全年医疗救助支出4100万元。"
            "县内定点医院住院实行先诊疗后付费,困难群众住院费用报销比例达到88%左右。\n")
    assert region_of(page, "88%左右", published="2024-03", home_name="费县", home_code="371325") == (
        "沂南县", "371321")


@pytest.mark.parametrize("page, surface, expected", [
    # a two-character county before 城乡 or 城镇 is that county, not 县城 (a county seat)
    ("本报讯 今年蔚县城乡居民医保参保41.2万人。\n", "41.2万人", ("蔚县", "130726")),
    ("本报讯 今年岷县城镇职工医保参保1.2万人。\n", "1.2万人", ("岷县", "621126")),
    ("本报讯 今年在县城新建文化广场2个。\n", "2个", ("", "")),
])
def test_a_short_county_name_before_chengxiang_is_the_county(page, surface, expected):
    assert region_of(page, surface, published="2023-03") == expected


def test_where_a_wire_story_was_filed_is_not_what_it_is_about():
    page = ("新华社北京3月5日电(记者王五)记者从国家医疗保障局获悉,2024年全国基本医疗保险参保人数达13.1亿人。\n"
            "记者了解到,去年医疗救助资金共资助7600多万人参保。\n")
    assert region_of(page, "13.1亿人", published="2025-03") == ("中国", "")
    assert region_of(page, "7600多万人", published="2025-03") == ("", "")



@pytest.mark.parametrize("lead", [
    "山西网9月14日讯 记者从平遥县医保局获悉,",
    "山西日报讯 记者从平遥县医保局获悉,",
    "据山西新闻网报道,记者从平遥县医保局获悉,",
    "黄河网晋中9月14日讯 记者从平遥县医保局获悉,",  # where the story was filed
])
def test_a_news_outlet_s_place_is_not_what_its_story_is_about(lead):
    page = "医保惠民生\n\n" + lead + "今年全县参保人数达41.2万人,参保率98.6%。\n"
    assert region_of(page, "41.2万人", published="2024-09") == ("平遥县", "140728")
    assert region_of(page, "98.6%", published="2024-09") == ("平遥县", "140728")

@pytest.mark.parametrize("page,surface,expected", [
    # a scope that was its sentence's area goes on into the sentences after it
    ("本报讯 2024年全国基本医疗保险参保人数达13.1亿人。其中,参加城乡居民医保9.5亿人。\n", "9.5亿人", ("中国", "")),
    ("本报讯 武功县学生在全球机器人大赛中获奖。这项大赛是国内外知名赛事。大赛已举办9届。\n", "9届", ("", "")),
    # …not a scope in a sentence that names its own place, nor nationwide as an adjective
    ("本报讯 武功县荣获全国医保工作示范县称号。今年全县参保率达97%。\n", "97%", ("武功县", "610431")),
    ("本报讯 武功县学生在机器人大赛中获奖。这是一项全国性的青少年赛事,已举办9届。\n", "9届", ("", "")),
])
def test_a_scope_that_was_its_sentence_s_area_goes_on(page, surface, expected):
    assert region_of(page, surface, published="2025-03") == expected

BREAKDOWN = ("全市居民医保参保工作稳步推进\n\n"
             "本报讯 截至12月15日,全市居民医保参保人数达286.4万人。分县市区看,平遥县参保44.1万人;"
             "祁县参保23.9万人;介休市参保36.2万人。\n\n"
             "据介绍,今年全市共资助困难群众参保8.7万人。\n")


def test_the_parts_of_a_breakdown_by_area_are_their_clauses_regions_only():
    kw = dict(published="2024-12", **JINZHONG)
    assert region_of(BREAKDOWN, "44.1万人", **kw) == ("平遥县", "140728")
    assert region_of(BREAKDOWN, "36.2万人", **kw) == ("介休市", "140781")
    # 全市 after the breakdown is still the prefecture, not its last county-level city
    assert region_of(BREAKDOWN, "8.7万人", **kw) == ("晋中市", "140700")
    assert region_of(BREAKDOWN, "286.4万人", **kw) == ("晋中市", "140700")


QIZHONG = ("晋中市新农合参合率稳步提高\n\n"
           "本报讯 2010年全市新农合参合农民达到201.4万人,参合率为95.1%。其中,平遥县参合率达到97.8%,"
           "介休市96.6%。\n\n全市新农合基金总额达2.31亿元。\n")


def test_places_right_after_qizhong_are_parts_of_the_area_before():
    assert region_of(QIZHONG, "97.8%", published="2010-12") == ("平遥县", "140728")
    assert region_of(QIZHONG, "96.6%", published="2010-12") == ("介休市", "140781")
    # 全市 after them is still the prefecture, not the last county-level city named
    assert region_of(QIZHONG, "2.31亿元", published="2010-12") == ("晋中市", "140700")



def test_a_sentence_with_no_place_after_the_parts_of_a_total_is_the_total_s_area():
    # …其中平遥县28.6万人、介休市25.1万人。全年居民医保基金收入X: the city's, not the last part's
    page = ("本报讯 2018年,晋中市城乡居民医保参保人数268.4万人,参保率97.1%。其中平遥县28.6万人、"
            "介休市25.1万人。全年居民医保基金收入17.36亿元。\n")
    assert region_of(page, "25.1万人", published="2019-03") == ("介休市", "140781")
    assert region_of(page, "17.36亿元", published="2019-03") == ("晋中市", "140700")
    # the parts count what the total counts (not the rate beside it), at the same moment
    a = attribution(page, "28.6万人", published="2019-03")
    assert (a.metric, a.period_kind, a.period_end) == ("insured_persons", "as_of", "2018-12")


ROUND_UP = ("晋中市多地提升医保便民服务\n\n"
            "本报讯 近日,记者走访我市多个县(区、市),了解医保便民服务情况。\n"
            "在介休市,该市已建成医保服务站点118个,全市实现村级全覆盖。\n"
            "在平遥县,该县今年已为困难群众结算医疗费用1720万元。\n"
            "全市今年共办理医保业务49.3万件。\n")


def test_a_quanshi_after_the_article_moved_on_to_another_county_is_the_prefecture():
    kw = dict(published="2025-06", **JINZHONG)
    assert region_of(ROUND_UP, "118个", **kw) == ("介休市", "140781")
    assert region_of(ROUND_UP, "1720万元", **kw) == ("平遥县", "140728")
    assert region_of(ROUND_UP, "49.3万件", **kw) == ("晋中市", "140700")


MUNICIPALITY = ("全市居民医保参保人数突破1600万人\n\n\n\n"
                "    天津日报讯 记者从市医保部门了解到,到目前为止,全市居民医保参保人数达1612.4万人。\n\n"
                "“这项政策很实惠。”家住河西区的王女士说。\n")


def test_a_municipality_its_lead_calls_the_city_is_the_article_s_region_also_for_its_headline():
    assert region_of(MUNICIPALITY, "突破1600万人", published="2024-12") == ("天津市", "120000")
    assert region_of(MUNICIPALITY, "1612.4万人", published="2024-12") == ("天津市", "120000")


def test_the_city_a_story_was_filed_from_is_not_what_it_is_about():
    page = ("医疗保障水平持续提高\n\n新华社北京5月12日电 一份报告显示,西藏卫生健康事业成效明显。\n\n"
            "西藏农牧民全部纳入医疗保障体系。\n\n农牧民医疗的财政补助每人每年400元。\n")
    assert region_of(page, "400元", published="2024-12") == ("西藏自治区", "540000")

# ---------------------------------------------------------------- townships and villages

def test_township_gives_its_county_as_region_and_itself_as_locality():
    page = "本报讯 平遥县洪善镇今年发放种粮补贴126万元。\n"
    a = attribution(page, "126万元", published="2025-06")
    assert (a.region, a.region_code, a.locality) == ("平遥县", "140728", "洪善镇")


def test_township_alone_is_placed_in_its_county_through_the_home_prefecture():
    page = "本报讯 今年,洪善镇种植设施蔬菜2600亩。\n"
    a = attribution(page, "2600亩", published="2025-06", **JINZHONG)
    assert (a.region, a.region_code, a.locality) == ("平遥县", "140728", "洪善镇")


@pytest.mark.parametrize("page, expected", [
    ("本报讯 今年,洪善镇东郭村种植蔬菜380亩。\n", "东郭村"),
    ("本报讯 今年,平遥县洪善镇东郭村种植蔬菜380亩。\n", "东郭村"),
])
def test_village_after_a_township(page, expected):
    a = attribution(page, "380亩", published="2025-06", **JINZHONG)
    assert (a.region, a.region_code, a.locality) == ("平遥县", "140728", expected)


@pytest.mark.parametrize("page, surface, expected", [
    # an institution of a town keeps its town; a village stands on its own
    ("本报讯 今年,洪善镇中心卫生院接诊住院病人1260人次。\n", "1260人次", "洪善镇中心卫生院"),
    ("本报讯 今年,洪善镇东郭村幼儿园在园幼儿86人。\n", "86人", "东郭村"),
    # a count of the towns listed before names none: each figure is its own town's
    ("本报讯 今年,洪善镇、宁固镇两镇卫生院次均住院费用分别为1830元、1760元。\n", "1760元", "宁固镇"),
])
def test_an_institution_after_a_township(page, surface, expected):
    assert attribution(page, surface, published="2025-06", **JINZHONG).locality == expected


def test_cunji_is_not_a_village():
    page = "本报讯 平遥县洪善镇今年新建村级卫生室6个。\n"
    a = attribution(page, "6个", published="2025-06")
    assert (a.region, a.locality) == ("平遥县", "洪善镇")


def test_nongcun_is_not_a_village():
    page = "本报讯 2016年,太谷县新建农村公路72公里。\n"
    a = attribution(page, "72公里", published="2016-12")
    assert a.locality == ""


@pytest.mark.parametrize("county, code", [("和林格尔县", "150123"), ("清水河县", "150124")])
def test_ambiguous_township_resolved_by_the_county_on_the_page(county, code):
    page = (f"本报讯 {county}持续改善农村人居环境。\n\n"
            "近日,城关镇组织志愿者开展环境卫生整治,清理垃圾35吨。\n")
    a = attribution(page, "35吨", published="2025-06")
    assert (a.region, a.region_code, a.locality) == (county, code, "城关镇")


def test_ambiguous_township_right_after_one_of_two_counties_on_the_page():
    page = ("本报讯 清水河县与和林格尔县联合开展环境整治行动。"
            "其中,和林格尔县城关镇清理垃圾35吨。\n")
    a = attribution(page, "35吨", published="2025-06")
    assert (a.region, a.region_code, a.locality) == ("和林格尔县", "150123", "城关镇")


def test_ambiguous_township_with_no_county_context_gives_no_locality():
    page = "本报讯 近日,城关镇组织志愿者开展环境卫生整治,清理垃圾35吨。\n"
    a = attribution(page, "35吨", published="2025-06")
    assert a.locality == "" and a.region == ""


# ---------------------------------------------------------------- historical names

@pytest.mark.parametrize("old, current, code", [
    ("太谷县", "太谷区", "140703"),
    ("蓟县", "蓟州区", "120119"),
])
def test_historical_county_name_gives_the_current_unit(old, current, code):
    page = f"本报讯 2016年,{old}新修水渠72公里。\n"
    assert region_of(page, "72公里", published="2016-12") == (current, code)


def test_quanxian_after_a_historical_county_name():
    page = "太谷县去年新增造林面积3.2万亩\n\n本报讯 去年,全县完成植树造林3.2万亩。\n"
    assert region_of(page, "3.2万亩", nth=1, published="2016-03") == ("太谷区", "140703")


# ---------------------------------------------------------------- several articles on one page

TWO_COUNTIES = """宁武县新建12所村级幼儿园

本报讯 (记者 李晓燕) 今年以来,宁武县持续推进学前教育普惠发展。截至9月底,全县共有在园幼儿5180名,普惠性幼儿园覆盖率达93.6%。(李晓燕)

偏关县养老服务再添新举措

本报讯 (记者 赵国栋) 近日,记者从县民政局了解到,全县养老服务能力持续提升。截至9月底,全县共有养老床位1260张,该县累计为老年人发放补贴485万元。(赵国栋)
"""


@pytest.mark.parametrize("surface, expected", [
    ("12所", ("宁武县", "140925")),
    ("5180名", ("宁武县", "140925")),
    ("93.6%", ("宁武县", "140925")),
    ("1260张", ("偏关县", "140932")),
    ("485万元", ("偏关县", "140932")),
])
def test_two_articles_about_different_counties(surface, expected):
    assert region_of(TWO_COUNTIES, surface, published="2025-10", home_name="忻州市", home_code="140900") == expected


def test_two_articles_are_two_articles():
    figures = attributions(TWO_COUNTIES, published="2025-10", home_name="忻州市", home_code="140900")
    by = {s: a.article for s, _, a in figures}
    assert by["5180名"] != by["1260张"]


# ---------------------------------------------------------------- no manifest, national and world scope

def test_no_manifest_and_no_place_gives_no_region():
    page = "本报讯 近日,一场健康知识公益讲座在社区举行,吸引了300余名群众参加。\n"
    assert region_of(page, "300余名", published=None) == ("", "")
    # the same page with a home region falls back to it: the test above can fail
    assert region_of(page, "300余名", published=None, **JINZHONG) == ("晋中市", "140700")


def test_national_scope_is_china_with_no_code():
    page = "本报讯 2024年,全国基本医疗保险参保人数达13.26亿人。\n"
    assert region_of(page, "13.26亿人", published="2025-03", **JINZHONG) == ("中国", "")


def test_woguo_is_china():
    page = "本报讯 据介绍,我国已建成全球规模最大的基本医疗保障网,参保率稳定在95%以上。\n"
    assert region_of(page, "95%以上", published="2025-03", **JINZHONG)[0] == "中国"


def test_world_scope_has_no_region():
    page = "本报讯 据统计,全球已有超过80个国家推广这一技术,覆盖人口9亿人。\n"
    for surface in ("超过80个", "9亿人"):
        assert region_of(page, surface, published="2025-03", **JINZHONG) == ("", "")


# ---------------------------------------------------------------- short forms inside other words

def test_short_county_form_in_a_persons_name_on_a_page_about_another_province():
    # 永福 is the unique short form of 永福县 (Guangxi); here it is part of a farmer's name
    page = ("本报讯 今年以来,平遥县大力发展设施农业。"
            "种植大户王永福流转土地260亩,种上了西红柿。\n")
    norm = normalise(page)
    ctx = DocumentContext(norm, "2025-06", "晋中市", "140700")
    assert all(l.place.name != "永福县" for l in ctx.regions.located)
    assert region_of(page, "260亩", published="2025-06", **JINZHONG) == ("平遥县", "140728")


def test_short_county_form_in_a_persons_name_with_no_manifest():
    page = ("本报讯 今年以来,平遥县大力发展设施农业。"
            "种植大户王永福流转土地260亩,种上了西红柿。\n")
    assert region_of(page, "260亩", published="2025-06") == ("平遥县", "140728")


def test_place_names_are_not_figures():
    # 三台县 contains a numeral: the place span must block it as a figure
    page = "本报讯 今年,三台县新建村级养老服务站15个。\n"
    surfaces = [s for s, _, _ in attributions(page, published="2025-06")]
    assert surfaces == ["15个"]


def test_manifest_region_named_without_its_code_is_looked_up():
    page = "本报讯 我县今年新建村级卫生室12个。\n"
    by_name = attribution(page, "12个", published="2025-06", home_name="平遥县", home_code="")
    assert (by_name.region, by_name.region_code) == ("平遥县", "140728")


# ---------------------------------------------------------------- issue: regions on real report shapes

def test_an_enumeration_of_counties_is_about_the_unit_the_article_is_about():
    page = ("汉中市新农合试点扩面\n\n"
            "本报讯 目前城固、洋县、勉县3个试点县参加新农合的农民有61.3万人,参合率在91%以上。\n")
    kw = dict(published="2007-01")
    assert region_of(page, "61.3万人", **kw) == ("汉中市", "610700")
    assert region_of(page, "3个", **kw) == ("汉中市", "610700")


def test_a_place_that_only_owns_an_agency_does_not_take_the_figure():
    page = ("本报讯 为推行门诊统筹,我市成立了市合作医疗管理办公室和耀州区合疗办,"
            "争取机构建设资金96万元,用于房屋改造。\n")
    assert region_of(page, "96万元", published="2010-02", home_name="铜川市", home_code="610200") == ("铜川市", "610200")


def test_a_village_after_its_county_is_no_agency():
    page = "本报讯 文水县南武涝村每年开展文体活动20余场。\n"
    assert region_of(page, "20余场", published="2025-06") == ("文水县", "141121")


@pytest.mark.parametrize("page,surface,expected", [
    # the everyday short forms of autonomous units
    ("本报讯 截至6月底,黔东南州城乡居民医保参保412万人。\n", "412万人", ("黔东南苗族侗族自治州", "522600")),
    ("本报讯 今年以来,循化县发放医疗救助资金86万元。\n", "86万元", ("循化撒拉族自治县", "630225")),
    # 全州 / 全区 point at the unit whose name ends so: an autonomous prefecture, an autonomous region
    ("恩施州医疗救助提标扩面\n\n本报讯 今年以来,全州累计救助困难群众3.2万人次。\n", "3.2万人次",
     ("恩施土家族苗族自治州", "422800")),
    ("广西新农合覆盖面继续扩大\n\n本报讯 截至目前,全区新农合参合农民达3612万人。\n", "3612万人",
     ("广西壮族自治区", "450000")),
])
def test_short_forms_and_references_by_name_ending(page, surface, expected):
    assert region_of(page, surface, published="2019-07") == expected


def test_a_reference_by_ending_outranks_a_home_region_of_another_level():
    page = ("内蒙古大病保险全覆盖\n\n记者从自治区医保部门获悉,到目前为止,全区居民医保参保人数为986万人。\n")
    assert region_of(page, "986万人", published="2015-06", home_name="霍林郭勒市", home_code="150581") == (
        "内蒙古自治区", "150000")


@pytest.mark.parametrize("home, code, expected", [
    # a city or county of an autonomous region names no district: 全区 is the autonomous region …
    ("百色市", "451000", ("广西壮族自治区", "450000")),
    ("那坡县", "451026", ("广西壮族自治区", "450000")),
    # … while a district's own page means the district
    ("右江区", "451002", ("右江区", "451002")),
])
def test_zenqu_with_no_district_named_is_the_autonomous_region_of_the_home(home, code, expected):
    page = ("医保惠民生\n\n本报讯 今年以来,乐业县参保率达到97.8%。按照统一部署,全区居民医保财政补助标准为每人每年610元。\n")
    assert region_of(page, "610元", published="2023-05", home_name=home, home_code=code) == expected


def test_a_township_inside_an_ordinary_word_is_no_place_on_a_page_without_a_home():
    page = "记者获悉,眼下我县参保城镇职工基本医疗保险的人数为3.7万人。\n"
    assert region_of(page, "3.7万人", published="2010-06") == ("", "")


# paragraphs one to a line, indented and not set apart by blank lines, as many government sites
# print them: the lead is its own line, not the lead and the paragraphs after it
INDENTED = ("新农合惠民见实效\n"
            "\u3000\u3000本报讯 商洛市推行新农合以来,农民看病负担不断减轻。\n"
            "\u3000\u3000洛南县去年起率先开展门诊统筹,当年受益群众明显增多。\n"
            "\u3000\u3000首批3个县参合人数合计61.4万人,参合率91%。\n")


@pytest.mark.parametrize("page", [INDENTED, INDENTED.replace("\n\u3000\u3000", "\n\n")])
def test_the_lead_of_indented_paragraphs_is_its_own_line(page):
    a = attribution(page, "61.4万人", published="2007-03")
    assert (a.region, a.region_code) == ("商洛市", "611000")


def test_a_figure_of_a_counted_list_of_places_is_the_area_they_lie_in():
    # 南昌、赣州、上饶3个设区市: a list closed by a count of its units speaks for them together, also
    # where a short name of it is not read as a place (GUIDELINES §6; the real gold reads a total of
    # several pilot counties as their city's)
    page = ("本报讯 2024年,全省城乡居民医保参保3454.5万人。南昌、赣州、上饶3个设区市参保人数合计占全省的49.3%。\n"
            "鼓楼、云龙、泉山三区参加城镇居民医保共计32.9万人。\n")
    assert region_of(page, "49.3%", published="2025-06", home_name="江西省", home_code="360000")[0] == "江西省"
    assert region_of(page, "3个", published="2025-06", home_name="江西省", home_code="360000")[0] == "江西省"
    page = "本报讯 今年以来,全市城乡居民医保参保工作稳步推进。鼓楼、云龙、泉山三区参加城镇居民医保共计32.9万人。\n"
    assert region_of(page, "32.9万人", published="2013-11", home_name="徐州市", home_code="320300")[0] == "徐州市"


def test_a_city_sharing_the_county_s_part_of_a_fund_is_no_region_of_it():
    # 某市和我市两级财政补助36元: the prefecture co-funds the county-level city's scheme; the figures stay its own
    page = ("本报讯 醴陵市新农合运行平稳。今年人均筹资标准提高到290元,其中株洲市和我市两级财政补助36元,"
            "农民个人缴纳50元。\n")
    for surface in ("36元", "50元"):
        assert region_of(page, surface, published="2012-09", home_name="醴陵市", home_code="430281")[0] == "醴陵市"
    # (each paying a share, its share in words, a funding table's row of it: the same)
    kw = dict(published="2008-03", home_name="宁城县", home_code="150429")
    page = "本报讯 今年我县新农合人均筹资50元,其中中央和自治区财政补助36元,赤峰市和县级财政各补助3元,农民个人缴纳8元。\n"
    for surface in ("3元", "8元"):
        assert region_of(page, surface, **kw)[0] == "宁城县", surface
    page = "本报讯 今年我县新农合人均筹资五十元,其中赤峰市财政补助三元,县财政补助三元,农民个人缴纳八元。\n"
    for surface in ("三元", "八元"):
        assert region_of(page, surface, **kw)[0] == "宁城县", surface
    page = "本报讯 我县新农合各级筹资见下表(单位:元/人·年):\n\n　　筹资主体　　2009年　　2010年\n　　赤峰市财政　　5　　9\n　　县财政　　6　　11\n"
    assert region_of(page, "9", **kw)[0] == "宁城县"


def test_shi_benji_is_the_city_itself_beside_its_counties():
    page = "本报讯 今年以来,徐州市参保工作稳步推进。贾汪区参合31.8万人,市本级参保6.2万人。\n"
    assert region_of(page, "6.2万人", published="2013-11", home_name="徐州市", home_code="320300")[0] == "徐州市"


def test_a_reference_word_in_the_figures_own_clause_beats_a_place_of_an_earlier_clause():
    page = "本报讯 今年,平遥县参保25.6万人,全市参保310万人。\n"
    assert region_of(page, "310万人", published="2024-05", home_name="晋中市", home_code="140700")[0] == "晋中市"
    assert region_of(page, "25.6万人", published="2024-05", home_name="晋中市", home_code="140700")[0] == "平遥县"


def test_a_provincial_bulletins_figures_with_no_place_are_the_provinces_not_a_county_named_once():
    page = ("2024年某省医疗保障事业发展统计公报\n一、基本医疗保险\n年末全省基本医疗保险参保人数4102.6万人。\n"
            "城乡居民医保个人缴费标准为每人每年380元。\n二、医药服务管理\n南昌市新建区开展医保移动支付,全年结算28.4万笔。\n")
    assert region_of(page, "380元", published="2025-06", home_name="江西省", home_code="360000")[0] == "江西省"
    assert region_of(page, "28.4万笔", published="2025-06", home_name="江西省", home_code="360000")[0] == "新建区"


def test_quan_xiang_is_the_township_its_article_names():
    page = ("古陶镇2023年工作总结\n\n2023年,全镇实现农村经济总收入3.2亿元,同比增长8.1%。全镇城乡居民医保参保2.6万人。"
            "镇政府新建办公楼一座。\n")
    figures = {s: a for s, _, a in attributions(page, published="2023-12", home_name="平遥县", home_code="140728")}
    assert (figures["3.2亿元"].locality, figures["3.2亿元"].region) == ("古陶镇", "平遥县")
    assert figures["2.6万人"].locality == "古陶镇"


def test_each_town_of_a_fenbie_list_is_its_figures_locality():
    page = "本报讯 截至8月底,平遥县古陶镇、段村镇、洪善镇参保率分别为98.2%、97.6%和97.1%。\n"
    figures = {s: a for s, _, a in attributions(page, published="2024-09", home_name="平遥县", home_code="140728")}
    assert [figures[s].locality for s in ("98.2%", "97.6%", "97.1%")] == ["古陶镇", "段村镇", "洪善镇"]


def test_a_figure_of_several_listed_towns_is_no_one_towns():
    page = ("本报讯 截至8月底,平遥县段村镇、洪善镇、宁固镇等5个乡镇参保率在90%至95%之间;杜家庄乡、香乐乡均不足八成。"
            "其中,古陶镇参保率最高,达98.2%。\n")
    figures = {s: a for s, _, a in attributions(page, published="2024-09", home_name="平遥县", home_code="140728")}
    assert {figures[s].locality for s in ("5个", "90%", "95%", "不足八成")} == {""}
    assert figures["98.2%"].locality == "古陶镇"  # (one town alone, after its list)


def test_a_prefecture_report_s_sections_after_a_numbered_ranking_of_its_counties_stay_the_prefecture_s():
    page = ("晋中市2025年度居民医保参保缴费进展情况\n\n一、总体进度\n截至12月31日,全市参保缴费312.6万人,参保率95.1%。\n\n"
            "二、各县(市、区)进度排名\n1.平遥县 完成率98.73%\n2.祁县 完成率98.12%\n3.介休市 完成率97.40%\n"
            "(未列出的县市区完成率均低于94%)\n\n三、乡镇进度\n全市97个乡镇中,有61个完成率达到95%以上。\n\n"
            "四、有关要求\n2025年度个人缴费标准为400元。\n")
    figures = {s: a for s, _, a in attributions(page, published="2025-01")}
    assert (figures["97个"].region, figures["400元"].region) == ("晋中市", "晋中市")
    assert figures["98.73%"].region == "平遥县"


def test_a_superior_granting_money_to_the_page_s_county_is_no_referent():
    page = ("平遥县人民政府工作报告\n(2009年2月16日在平遥县第十五届人民代表大会第三次会议上)\n\n2008年工作回顾\n\n"
            "全年新农合补偿7620人次。\n\n2009年主要工作\n\n确保新农合参合率达到98%以上,晋中市下达我县补助资金1800万元。"
            "目前全县有各类卫生机构26个。\n")
    figures = {s: a for s, _, a in attributions(page, published="2009-02")}
    assert {figures[s].region for s in ("98%以上", "1800万元", "26个")} == {"平遥县"}


@pytest.mark.parametrize("page, published, surfaces", [
    # a superior paying its share of the county's fund, among the other sources of it
    ("平遥县上半年医疗救助工作情况\n\n一、资金筹集情况\n上半年共到位医疗救助资金240万元。其中:中央财政补助132万元,"
     "省财政补助60万元,晋中市级补助8万元,县本级财政预算配套40万元。\n", "2010-07", ("240万元", "8万元", "40万元")),
    # a superior that set the share the county beat: neither that figure's nor the next sections'
    ("平遥县医疗保障局2021年工作总结\n\n一、2021年工作完成情况\n(一)筹资参保工作。2021年全县参保率96.26%,"
     "超额完成晋中市下达的95%任务。\n(二)基金收支情况。城乡居民医保基金收入5.43亿元。\n", "2022-01", ("95%", "5.43亿元")),
])
def test_a_superior_s_share_or_target_is_no_referent(page, published, surfaces):
    figures = {s: a for s, _, a in attributions(page, published=published)}
    assert {figures[s].region for s in surfaces} == {"平遥县"}


def test_wo_shi_in_the_prefecture_s_paper_on_a_county_level_city_named_as_one_is_that_city():
    # (文登市 is 文登区 now: its 我市 is still the city the story is about, not the paper's prefecture)
    page = ("文登:新农合门诊统筹覆盖全市农民\n2013-06-18 来源:威海日报\n\n  今年以来,文登市进一步提高新农合保障水平。"
            "截至5月底,全市参合农民达到47.1万人。\n\n  我市还将重大疾病保障病种扩大到22种。\n")
    assert region_of(page, "22种", published="2013-06", home_name="威海市", home_code="371000")[0] == "文登区"


def test_a_slogan_of_what_builds_up_a_county_names_no_county():
    page = "本报讯 我市坚持旅游兴县战略,全年接待游客520万人次。\n"
    assert region_of(page, "520万人次", published="2020-01", home_name="潜山市", home_code="340882")[0] == "潜山市"


def test_a_city_naming_a_level_of_care_is_no_referent_of_quan_shi():
    page = ("诸城农民参加合作医疗\n\n  本报讯 在诸城市,农民看病能报销已经不算新鲜事。\n\n  在报销政策上,诸城市向基层倾斜。"
            "到潍坊以上医院住院,只能报三成。\n\n  据介绍,今年前5个月,全市已有2.1万人次获得住院补偿。\n")
    assert region_of(page, "2.1万人次", published="2005-06", home_name="潍坊市", home_code="370700")[0] == "诸城市"


def test_where_a_patient_was_treated_a_paragraph_before_is_no_referent_of_quan_shi():
    # a farmer's story (…因心脏病到北京做了搭桥手术), then 下半年全市将在甲县、乙旗开展…: the city the page is about
    page = ("本报讯 上半年,全市新农合累计补偿61.4万人次。\n\n    临河区乌兰图克镇村民李某今年4月到北京做了心脏手术,"
            "花了十一万多,新农合报了四万多。\n\n    据介绍,下半年全市将在五原县、磴口县开展门诊统筹试点,"
            "门诊费用可按35%报销,单次补偿不超过25元。\n")
    assert region_of(page, "35%", published="2011-08")[0] == "巴彦淖尔市"


def test_people_and_he_after_them_are_no_minhe():
    # 农牧民和城镇居民: 民和 (民和回族土族自治县) is no place inside it
    page = "本报讯 今年全县参加城乡居民医保的农牧民和城镇居民共31.8万人。\n"
    assert region_of(page, "31.8万人", published="2015-12", home_name="互助土族自治县", home_code="630223")[0] == "互助土族自治县"


def test_the_province_named_after_a_county_in_its_sentence_is_the_clauses_after_it():
    # 记者从某县医保部门了解到,今年起,我省…起付线…,报销比例…: the province's rule, every figure of it
    page = ("本报讯 记者从门源县医保部门了解到,今年起,我省城乡居民大病保险起付线由上年的8000元下调至5000元,"
            "报销比例由原来的50%—70%提高到60%—80%,年度最高支付限额为30万元。\n")
    kw = dict(published="2018-08", home_name="门源回族自治县", home_code="632221")
    for surface in ("5000元", "80%", "30万元"):
        assert region_of(page, surface, **kw)[0] == "青海省", surface
    # (not where the province only names the class the county is one of: 某市是我省新农合试点县(市))
    page = "本报讯 建瓯市是我省新农合试点县(市),2006年启动以来累计补偿参合农民98.6万人次。\n"
    assert region_of(page, "98.6万人次", published="2010-07", home_name="南平市", home_code="350700")[0] == "建瓯市"


def test_a_superior_setting_the_page_s_city_a_task_is_no_referent():
    page = ("介休市2023年1-10月医疗保障基金收支情况\n\n截至10月底,全市基本医保参保人数为36.2万人,完成晋中市下达任务数的"
            "99.1%。其中城乡居民医保参保32.5万人。\n\n三、待遇支付\n1-10月,全市城乡居民医保住院21300人次。\n")
    figures = {s: a for s, _, a in attributions(page, published="2023-11")}
    assert {figures[s].region for s in ("99.1%", "32.5万人", "21300人次")} == {"介休市"}


def test_a_body_of_the_city_in_a_prefecture_paper_on_one_of_its_cities_is_that_city_s():
    page = ("武安:上半年医保基金运行平稳\n来源:邯郸日报\n\n本报讯 记者从武安市医疗保障局获悉,今年上半年,该市医保基金"
            "运行平稳。\n“今年1至6月,全市医保基金收入近9亿元。”市医保局相关负责人介绍,其中职工医保基金收入3.82亿元。\n")
    kw = dict(published="2023-07", home_name="邯郸市", home_code="130400")
    assert region_of(page, "3.82亿元", **kw)[0] == "武安市"
    # in the prefecture's own article, its bodies are its own, whatever city it names
    page = ("邯郸市上半年医保基金运行平稳\n\n本报讯 今年上半年,全市医保基金运行平稳,武安市参保率居全市首位。\n"
            "市医保局相关负责人介绍,职工医保基金收入13.82亿元。\n")
    assert region_of(page, "13.82亿元", **kw)[0] == "邯郸市"


def test_an_insurers_branch_named_after_a_place_is_no_figures_place():
    page = "本报讯 我县城乡居民大病保险由人保财险常德市分公司承办,今年筹资标准为每人65元,起付线降至1万元。\n"
    kw = dict(published="2021-06", home_name="桃源县", home_code="430725")
    assert {region_of(page, s, **kw)[0] for s in ("65元", "1万元")} == {"桃源县"}


def test_a_superior_arranging_the_page_s_county_s_work_is_no_referent():
    page = ("某县医疗保障局关于2021年度职工医保缴费有关事项的公告\n\n"
            "根据商丘市统一部署,现将我县2021年度职工医保缴费有关事项公告如下:\n"
            "一、缴费费率。单位缴费费率为7.5%,个人缴费费率为2%。\n二、参保情况。全县职工医保参保职工41230人。\n")
    kw = dict(published="2021-03", home_name="柘城县", home_code="411424")
    assert {region_of(page, s, **kw)[0] for s in ("7.5%", "2%", "41230人")} == {"柘城县"}
    # a prefecture's arrangement of its own work is the prefecture's
    page = page.replace("根据商丘市统一部署,现将我县", "现将商丘市")
    assert region_of(page, "7.5%", **kw)[0] == "商丘市"


def test_a_superior_whose_rules_the_county_follows_is_no_place_of_its_table_s_total():
    # 按照某市…有关规定,现将我县…公示: the towns' table and its total row are the county's
    page = ("柘城县2021年第三季度医疗救助资金发放情况公示\n\n"
            "按照商丘市城乡医疗救助有关规定,现将我县2021年7-9月医疗救助资金发放情况公示如下:\n"
            "单位:人次、万元\n"
            "乡镇        住院救助人次   住院救助金额\n"
            "城关镇          312          71.25\n"
            "陈青集镇        198          40.62\n"
            "合计            510         111.87\n")
    kw = dict(published="2021-10", home_name="柘城县", home_code="411424")
    assert region_of(page, "510", **kw)[0] == "柘城县"


@pytest.mark.parametrize("home, code, expected", [("乐山市", "511100", "511102"), ("济南市", "370100", "370103")])
def test_shi_zhong_qu_is_the_district_of_the_page_s_prefecture(home, code, expected):
    # several prefectures have a 市中区 (their city centre): the page's own is meant, and none on a page of no province
    page = "本报讯 市中区城乡居民医保参保人数21.8万人。\n"
    assert region_of(page, "21.8万人", published="2018-10", home_name=home, home_code=code) == ("市中区", expected)
    assert region_of(page, "21.8万人", published="2018-10")[0] != "市中区"


def test_a_prefecture_papers_story_on_one_county_is_that_countys_below_the_papers_dateline():
    # the paper's name and edition on the line under the title is no place the story is about:
    # a paragraph naming no place is the county's the title and lead name, not the paper's city's
    page = ("桦川县2025年度居民医保缴费过半\n佳木斯日报 2024-11-20 第02版:县区新闻\n\n"
            "本报讯 记者从桦川县医疗保障局获悉,截至11月15日,全县已缴费10.2万人。\n\n"
            "今年县里组织代办员310余名入户宣传,共资助困难群众参保0.86万人。\n")
    kw = dict(published="2024-11", home_name="佳木斯市", home_code="230800")
    assert region_of(page, "310余名", **kw) == ("桦川县", "230826")
    assert region_of(page, "0.86万人", **kw) == ("桦川县", "230826")


@pytest.mark.parametrize("alias, name, code", [("科右中旗", "科尔沁右翼中旗", "152222"), ("土右旗", "土默特右旗", "150221"),
                                               ("达茂旗", "达尔罕茂明安联合旗", "150223"), ("莫旗", "莫力达瓦达斡尔族自治旗", "150722"),
                                               ("准旗", "准格尔旗", "150622")])
def test_a_banner_named_by_its_everyday_abbreviation_is_that_banner(alias, name, code):
    # (rules/gazetteer/aliases.tsv: abbreviations no rule derives from the name)
    page = f"本报讯 今年以来,{alias}扎实推进医保参保工作。截至6月底,全旗参保人数达18.6万人。\n"
    assert region_of(page, "18.6万人", published="2024-07") == (name, code)


def test_a_county_sites_channel_tags_are_no_headline():
    # 【大理州】【弥渡县】 under the title: the channels the page is posted in, not what it is about
    page = ("弥渡:五年来民生投入累计超百亿元\n2021-12-08 17:35:42  来源:弥渡县融媒体中心\n【大理州】【弥渡县】\n\n"
            "五年来,弥渡县民生投入累计101.6亿元。\n\n社会保障体系更加健全。城乡居民基本养老保险参保19.6万人。\n")
    assert region_of(page, "19.6万人", published="2021-12", home_name="弥渡县", home_code="532925") == ("弥渡县", "532925")


def test_a_national_storys_paragraph_that_names_no_place_is_the_countrys():
    # 我国… in the headline: the provinces a later paragraph gives as examples are not the story's
    page = ("我国城乡居民医保参保人数超过9.8亿\n\n新华社北京3月2日电 国家医保局2日通报,2023年全国基本医疗保险参保13.3亿人。\n"
            "今年起,居民医保人均财政补助标准提高30元,达到每人每年670元。\n"
            "各地进展不一。甘肃省参保率达到97%,湖北省新增参保12万人。\n")
    figures = {s: a for s, _, a in attributions(page, published="2024-03")}
    assert figures["670元"].region == "中国"
    assert figures["97%"].region == "甘肃省"


@pytest.mark.parametrize("sentence, surface, code", [
    # the area a subject was picked from or was first in is no referent of its figures
    ("2009年该县被列为全省第二批新农合试点县,当年参合率76.3%。", "76.3%", "140826"),
    ("今年我县在全省率先实现医保服务站村级全覆盖,建成服务站214个。", "214个", "140826"),
    # … while an area the figures are about still is
    ("今年全省参保人数达到3120万人。", "3120万人", "140000"),
])
def test_an_area_named_as_the_pool_of_a_designation_is_no_referent(sentence, surface, code):
    assert attribution("本报讯 " + sentence + "\n", surface, published="2023-09", home_name="绛县",
                       home_code="140826").region_code == code


def test_we_in_a_lead_under_a_headline_naming_no_place_is_the_publishers_county():
    # 我县 in the lead: the county the page is from, not the prefecture its distribution block names
    page = ("某县合作医疗工作简报\n\n试点工作开局良好 半年补偿农民六千余人次\n"
            "  今年1月1日，我县作为首批试点县正式启动新农合。半年来，全县补偿农民6120人次。\n\n"
            "报：自治区卫生厅，吴忠市卫生局\n送：县合作医疗管理委员会各成员单位\n")
    a = attribution(page, "六千余人次", published="2006-07", home_name="盐池县", home_code="640323")
    assert a.region_code == "640323"


def test_an_official_documents_distribution_block_is_furniture():
    from extract.segment.furniture import is_furniture
    assert is_furniture("报：自治区卫生厅，吴忠市卫生局") and is_furniture("抄送：县委办、县人大办")
    assert not is_furniture("报销比例提高到75%")


def test_the_counties_of_a_fenbie_list_of_changes_compared_with_last_year_are_the_figures_regions():
    # 甲县、乙县…较上年分别减少X和Y: the counties are whose changes these are; 较上年 after them compares
    # with a year, not with them (较2021年、2022年分别下降: the years are what is compared with)
    page = "本报讯 从参保情况看,道县、宁远县参保人数较上年分别减少4120人和3385人。\n"
    assert region_of(page, "4120人", published="2024-03", home_name="永州市", home_code="431100")[1] == "431124"
    assert region_of(page, "3385人", published="2024-03", home_name="永州市", home_code="431100")[1] == "431126"


def test_the_lead_of_an_article_is_read_past_its_posting_line():
    # a subtitle read as the headline, then 2017年… 来源:某某日报 作者:…: the lead is the line after the posting line
    page = ("临洮城乡居民医保实现统一\n——新农合与城镇居民医保正式整合\n2017年01月05日 来源:定西日报 作者:本报记者\n\n"
            "本报临洮讯 新年伊始,临洮县城乡居民基本医疗保险制度正式运行。\n"
            "大病保险方面,起付线由5000元下调为3000元。\n")
    assert region_of(page, "3000元", published="2017-01", home_name="定西市", home_code="621100")[1] == "621124"


def test_a_hospitals_figures_after_gaiyuan_and_quanyuan_are_its_own():
    # 该院, 全院 refer to the hospital named last (the town's own clinic, not the county's name before it)
    page = ("本报讯 芒市持续推进医保服务下沉。\n\n在勐戛镇卫生院,院长告诉记者,今年前9个月,该院共收治住院病人1864人次。"
            "院长说,全院开放床位85张。\n")
    figures = {s: a for s, _, a in attributions(page, published="2024-10", home_name="芒市", home_code="533103")}
    assert figures["1864人次"].locality == "勐戛镇卫生院" and figures["85张"].locality == "勐戛镇卫生院"


def test_the_figures_of_several_hospitals_listed_are_no_one_hospital_s():
    # 甲医院、乙医院等4家医院…: the first hospital named is no locality of the group's figures; one alone is
    page = ("本报讯 今年,寿光市人民医院、市中医院等4家医院全面实行DRG付费,全年结算病例2.3万例。"
            "寿光市人民医院全年结算病例0.9万例。\n")
    figures = {s: a for s, _, a in attributions(page, published="2024-01", home_name="寿光市", home_code="370783")}
    assert figures["4家"].locality == "" and figures["2.3万例"].locality == ""
    assert figures["0.9万例"].locality == "寿光市人民医院"


def test_a_pastoral_village_is_a_locality_as_a_village_is():
    # 嘎查, the village of Inner Mongolia's pastoral areas, stands on its own after its 苏木 or town
    page = "本报讯 舍伯吐镇西伯花嘎查牧民今年住院报销1.2万元。\n"
    a = attribution(page, "1.2万元", published="2012-05", home_name="科尔沁左翼中旗", home_code="150521")
    assert a.locality == "西伯花嘎查"


def test_some_villages_unnamed_are_no_locality():
    # 个别村屯, 部分村: some villages, none named
    page = "本报讯 通榆县、大安市个别村屯参保动员力度不足,监测对象参保率分别为97.8%、98.1%。\n"
    figures = {s: a for s, _, a in attributions(page, published="2024-09", home_name="白城市", home_code="220800")}
    assert figures["97.8%"].locality == "" and figures["98.1%"].locality == ""


def test_a_provincial_dispatch_is_about_the_province_its_lead_names_not_its_example_county():
    # 新华网石家庄电 河北省民政厅…全省…: the province; a county named in its last paragraph is an example
    page = ("河北去年医疗救助困难群众逾230万人次\n\n"
            "新华网石家庄2月3日电 河北省民政厅3日发布消息,2012年全省城乡医疗救助资金支出累计达11.6亿元。\n\n"
            "其中,资助城乡低保对象参加新农合184.3万人。\n\n"
            "邢台市威县将医疗救助与新农合补偿实行一站式结算,2012年该县共救助困难群众6700余人次。\n")
    assert region_of(page, "184.3万人", published="2013-02")[0] == "河北省"
    assert region_of(page, "6700余人次", published="2013-02")[0] == "威县"


def test_a_prefectures_and_its_countys_short_forms_side_by_side_vouch_for_each_other():
    # 汉中城固讯 under a headline 城固:…, no manifest: the county, which the body calls 全县
    page = ("城固:民生支出占比连续三年超八成\n\n"
            "汉中城固讯 县财政局负责人介绍,去年全县一般公共预算支出41.2亿元。\n")
    assert region_of(page, "41.2亿元", published="2024-01")[1] == "610722"


def test_a_table_set_apart_after_its_articles_colon_is_about_the_articles_county():
    # 以下是该县…情况(单位:人、万元): then the table, read as a section of its own: the county of the article
    page = ("魏县二次医疗救助让农民看病不再愁\n\n"
            "  本报魏县讯 今年以来,魏县对大病患者实施二次医疗救助,全县已有812名患病群众得到救助。\n\n"
            "  以下是该县今年各季度二次医疗救助发放情况(单位:人、万元):\n\n"
            "  季度    救助人数    救助金额\n  一季度    218    37.4\n  二季度    305    54.9\n  三季度    289    48.2\n")
    assert region_of(page, "305", published="2010-11", home_name="邯郸市", home_code="130400")[0] == "魏县"


@pytest.mark.parametrize("posted", ["2024年06月12日 17:45  甘肃", "2024-06-12 17:45 发表于甘肃", "2024-12-27 10:15  陇南网"])
def test_a_posts_time_and_the_province_it_was_posted_from_are_furniture_not_the_place_of_its_figures(posted):
    page = (f"某县融媒 | 大病保险待遇调整\n\n{posted}\n\n7月1日起,城乡居民大病保险起付线由5000元降至4000元,"
            "报销比例提高到65%。\n")
    figures = {s: a for s, _, a in attributions(page, published="2024-06", home_name="岷县", home_code="621126")}
    assert {figures[s].region_code for s in ("4000元", "65%")} == {"621126"}


def test_the_whole_a_districts_share_is_of_is_no_region_of_the_share():
    # 约占上海全市…的38%: the district's share, not the city's figure; the city named with its 全市 is the base
    page = ("某区异地就医结算量占全市近四成\n\n一季度,浦东新区定点医疗机构提供跨省直接结算服务112.6万人次,"
            "约占上海全市同类结算量的38%;涉及医疗总费用19.7亿元。\n")
    figures = {s: a for s, _, a in attributions(page, published="2023-05")}
    assert figures["38%"].region == "浦东新区" and figures["19.7亿元"].region == "浦东新区"


def test_a_superior_whose_arrangement_a_tables_lead_follows_is_no_region_of_its_cells():
    page = ("开远市2023年度医疗保障主要指标公示\n"
            "根据红河州医疗保障局关于统计信息公开的工作部署,现将我市2023年度医疗保障主要指标公示如下:\n"
            "| 指标 | 单位 | 2023年 | 2022年 |\n| 城乡居民医保参保人数 | 万人 | 24.16 | 23.87 |\n"
            "| 统筹基金支出 | 万元 | 31265.40 | 29870.12 |\n")
    figures = {s: a for s, _, a in attributions(page, published="2024-03", home_name="开远市", home_code="532502")}
    assert {figures[s].region_code for s in ("24.16", "31265.40")} == {"532502"}


@pytest.mark.parametrize("title", ["安吉年鉴2009", "安吉统计年鉴(2010)"])
def test_a_yearbook_named_by_its_countys_short_form_is_that_countys(title):
    page = title + "\n\n【医疗保险】全县城乡居民医保参保人数达28.6万人。\n"
    assert attribution(page, "28.6万人").region_code == "330523"


def test_a_title_naming_a_county_within_its_prefecture_is_the_countys_for_the_articles_after_a_table():
    page = ("晋中市介休市2017年统计公报(四)\n\n2018-05-17  介休市统计局\n\n十二、社会保障\n\n"
            "年末全市城镇职工养老保险参保人数2.41万人。全市医疗保险参保情况见下表。\n\n"
            "表6  2017年末医疗保险参保情况\n指标              单位    年末数      比上年末增减(%)\n"
            "职工医疗保险       人      21856       3.4\n城乡居民医疗保险   人      176420      -1.2\n\n"
            "全年城乡居民医疗保险基金收入1.06亿元,基金支出9870万元。\n")
    figures = {s: a for s, _, a in attributions(page, published="2018-05")}
    assert {figures[s].region_code for s in ("21856", "1.06亿元", "9870万元")} == {"140781"}


def test_a_county_ranked_first_in_its_prefecture_is_a_member_and_the_papers_whole_city_is_the_prefecture():
    page = ("晋中新闻网-晋中日报\n\n医保基金运行平稳 介休市基金支出全市居首\n2021年1-9月全市城乡居民医保基金支出31.8亿元\n\n"
            "作者:记者 李明 2021-10-28\n\n  记者从市医疗保障局获悉,今年前三季度,全市城乡居民医保基金收入36.25亿元。\n\n"
            "  分县(市、区)看,介休市基金支出6.92亿元,居全市首位。\n")
    figures = {s: a for s, _, a in attributions(page, published="2021-10", home_name="晋中市", home_code="140700")}
    assert figures["36.25亿元"].region_code == figures["31.8亿元"].region_code == "140700"
    assert figures["6.92亿元"].region_code == "140781"


def test_the_whole_city_a_lead_speaks_of_on_the_citys_own_page_is_the_city_not_a_county_named_later():
    page = ("城镇居民医保试点运行满一年\n\n  据市劳动保障局统计,截至今年7月底,全市城镇居民医保参保人数为4.38万人。\n\n"
            "  试点一年,居民医保基金支出218.4万元。经办人员曾赴平遥县学习经验。\n")
    figures = {s: a for s, _, a in attributions(page, published="2008-08", home_name="定州市", home_code="130682")}
    assert figures["4.38万人"].region_code == figures["218.4万元"].region_code == "130682"


def test_the_province_a_county_is_the_largest_of_is_the_class_it_is_one_of():
    page = "平遥县是山西人口第一大县,全县参保人数48.5万人,参保率99.12%。\n"
    assert {attribution(page, s).region_code for s in ("48.5万人", "99.12%")} == {"140728"}


def test_a_short_name_shared_by_a_province_and_a_prefecture_elsewhere_is_the_province_when_nothing_decides():
    # 海南 is the province and a Qinghai prefecture, 吉林 the province and its city: a yearbook's title alone
    page = "海南统计年鉴2019\n22-9 社会救助情况\n城市最低生活保障人数5.46万人。\n"
    assert region_of(page, "5.46万人", published="2019-12") == ("海南省", "460000")
    jilin = "吉林统计年鉴2016\n农村最低生活保障人数62.3万人。\n"
    assert region_of(jilin, "62.3万人", published="2016-12") == ("吉林省", "220000")
    # a county of the city named on the page decides for the city
    city = "吉林永吉讯 今年,永吉县城乡居民医保参保人数达到31.2万人。吉林全市参保人数达到312.6万人。\n"
    assert region_of(city, "312.6万人", published="2016-12") == ("吉林市", "220200")


def test_a_page_of_a_district_that_was_a_county_level_city_speaks_of_the_city_as_itself():
    # 文登区 was 文登市 until 2014: a page of those days says 我市 and 全市 of itself, not of 威海市
    page = "我市新农合补偿标准公布\n\n今年我市新农合筹资标准提高到每人每年290元。全市参合农民达到48.3万人。\n"
    kw = dict(published="2012-03", home_name="文登区", home_code="371003")
    assert region_of(page, "290元", **kw) == ("文登区", "371003")
    assert region_of(page, "48.3万人", **kw) == ("文登区", "371003")
    # a district's page that speaks of itself as a district: its 我市 is its prefecture
    district = "我区今年新增参保1.2万人。我市城乡居民医保参保率达到96.5%。\n"
    assert region_of(district, "96.5%", **kw) == ("威海市", "371000")
    # a district that never was a city: its 我市 is its prefecture
    never = "今年我市新农合筹资标准提高到每人每年290元。\n"
    assert region_of(never, "290元", published="2012-03", home_name="岳阳楼区", home_code="430602") == ("岳阳市", "430600")


def test_a_notices_recipients_are_no_place_its_figures_are_about():
    # a county's notice copied to its prefecture's bureau: the table under a heading naming no place stays the county's
    page = ("某县医疗保障局2021年10月份医保基金运行简报\n\n表2 城乡居民基本医疗保险主要指标\n"
            "| 指标 | 单位 | 1-10月累计 | 去年同期 |\n| 参保人数 | 人 | 1512306 | 1534120 |\n"
            "| 基金支出 | 万元 | 118230.4 | 106410.2 |\n\n抄送:信阳市医疗保障局,县委办、县政府办。\n")
    assert region_of(page, "1512306", published="2021-11", home_name="固始县", home_code="411525") == ("固始县", "411525")


def test_a_whole_province_ranked_in_after_its_word_is_no_referent_of_the_figures_after_it():
    page = ("2015年全市民生工程投入资金9.86亿元,完成率全省排名前列。新农合补偿参合农民168万人次。"
            "参合率全省排名第3。全年住院补偿9.2万人次。\n")
    kw = dict(published="2016-02", home_name="桐城市", home_code="340881")
    assert region_of(page, "168万人次", **kw) == ("桐城市", "340881")
    assert region_of(page, "9.2万人次", **kw) == ("桐城市", "340881")


def test_a_city_named_in_a_list_of_levels_of_care_is_no_body_of_the_city():
    page = "本报讯 按照规定,患儿在省、市指定医院救治,新农合按限定费用的70%给予补偿。\n"
    assert region_of(page, "70%", published="2010-06", home_name="仪陇县", home_code="511324") == ("仪陇县", "511324")


def test_a_yearbook_databases_crumbs_name_the_prefecture_and_its_entry_the_county_the_yearbook_is_of():
    # no home region (a database, not the county's site): crumbs 山西 > 晋中市 over an entry of 左权县年鉴;
    # 全县 is the county the crumbs and the entry's source line nest into
    page = ("中国年鉴资源库 ＞ 地方年鉴 ＞ 山西 ＞ 晋中市\n条目：医疗保障概况\n年鉴：左权县年鉴（2021）\n"
            "栏目：社会事业·医疗保障\n出版日期：2021-11　　页码：201-203　　编纂单位：左权县地方志研究室\n"
            "关键词：参保；医疗救助\n下载　收藏　引用\n\n【概况】 2020年末，全县参加基本医疗保险14.6万人，参保率96.1%。\n")
    a = attribution(page, "14.6万人", published="2021-11")
    assert (a.region, a.region_code) == ("左权县", "140722")



def test_a_leads_whole_area_before_the_counties_it_names_keeps_the_sections_on_the_home_region():
    page = ("某市医疗保障局2021年工作总结\n\n一、主要工作成效\n\n"
            "（一）参保扩面。全市基本医保参保人数达到326.4万人。赣榆区、东海县参保率均超过99%,灌云县参保率98.4%。\n\n"
            "（二）基金运行。全年职工医保基金收入42.6亿元,支出37.9亿元。\n")
    a = attribution(page, "42.6亿元", published="2022-01", home_name="连云港市", home_code="320700")
    assert a.region == "连云港市"
    # a county the home region's 我市 names as the story's own stays the story's
    page = "某市新闻\n\n本报讯 我市灌云县某小学5名学生获奖。全校共有学生860人。\n"
    assert attribution(page, "860人", published="2022-01", home_name="连云港市", home_code="320700").region == "灌云县"


def test_a_he_inside_a_county_name_joins_no_items_of_a_fenbie_list():
    page = "2019年,巨鹿县、清河县、南和县完成率超过95%,分别为97.6%、96.4%、95.0%。\n"
    regions = [attribution(page, s, published="2019-12", home_name="邢台市", home_code="130500").region
               for s in ("97.6%", "96.4%", "95.0%")]
    assert regions == ["巨鹿县", "清河县", "南和区"]


def test_of_namesakes_the_unit_that_still_is_or_was_renamed_wins_over_one_long_gone():
    # 开县 (now 开州区) and an 开县 of the 1980s that no longer exists; 汶川 names the other province
    page = ("重庆市地方志办公室 > 区县年鉴 > 开县年鉴(2009) > 社会生活\n民  政\n"
            "【救灾救济】 2008年,汶川特大地震波及开县,全县累计发放救灾资金960万元。\n")
    a = attribution(page, "960万元", published="2010-05")
    assert (a.region, a.region_code) == ("开州区", "500154")


def test_a_province_in_a_cited_documents_title_is_not_what_the_notice_is_about():
    page = ("根据《山东省最低生活保障办法》规定,现将我街道低保情况公示如下。\n"
            "全街道共有低保对象287户、463人,本月发放低保金25.9万元。\n")
    assert attribution(page, "463人", published="2023-05", home_name="莒县", home_code="371122").region == "莒县"


def test_the_city_a_patient_was_rushed_to_for_care_is_not_whose_figures_they_are():
    page = "本报讯 村民张某突发脑出血,被紧急送往河源市人民医院抢救,住院花费13万多元,医保报销了9.6万元。\n"
    a = attribution(page, "9.6万元", published="2021-05", home_name="紫金县", home_code="441621")
    assert a.region == "紫金县"


def test_a_provinces_bare_name_opening_a_villages_name_is_no_province():
    page = ("陵阳街道2023年5月城乡低保分村统计表\n单位:户、人、元\n村(居)名\t户数\t人数\t发放金额\n"
            "河北村\t11\t21\t8820\n河南村\t14\t29\t12180\n东关村\t9\t17\t7140\n")
    assert attribution(page, "21", published="2023-06", home_name="莒县", home_code="371122").region == "莒县"


_CHANGDE, _BAOSHAN, _QINGZHEN = ("常德市", "430700"), ("保山市", "530500"), ("清镇市", "520181")
_OTHER_UNITS_NAMED = [
    # 该县 points back to the county its paragraph just named, also one ranked in its area
    ("常德市2014年新农合工作通报\n\n二、各区县运行情况\n\n武陵区参合率98.6%。\n\n"
     "澧县参合农民68.2万人,居全市首位。该县全年住院补偿4.71万人次。\n", "4.71万人次", "2015-01", _CHANGDE,
     ("澧县", "430723")),
    # a county ranked in its area, the last unit named, is the topic of its line's next clause
    ("保山市2016年新农合运行情况通报\n\n二、各县(市、区)运行情况\n(一)隆阳区:参合人口78.4万人。\n"
     "(二)施甸县:参合率为99.12%,为全市最高;基金使用率为88.7%。\n", "88.7%", "2017-02", _BAOSHAN, ("施甸县", "530521")),
    # …not one ranked first in a breakdown of several, before the clause about the others
    ("分县区看,甲县参保186.7万人,居全市首位;澧县参保151.2万人;市辖区中,武陵区、鼎城区参保率依次为95.4%、"
     "95.2%,两区参保人数合计154.9万人。\n", "154.9万人", "2023-03", _CHANGDE, _CHANGDE),
    # a county-level city's report on its prefecture's site is the city's
    ("运城市人民政府网 首页 > 县市动态\n\n河津市政府工作报告(摘要)\n\n2012-02-21 来源:河津市人民政府办公室\n\n"
     "2月16日,市第十五届人民代表大会第一次会议开幕,市长代表市人民政府作报告。报告摘要如下:\n\n"
     "过去五年的主要成就\n\n五年来,全市生产总值由62.3亿元增加到121.6亿元,年均增长14.2%。\n", "121.6亿元", "2012-02",
     ("运城市", "140800"), ("河津市", "140882")),
    # the nation a figure is compared with is not its area; the nation's own figure stays the nation's
    ("全年全市基本医保参保率稳定在97%以上,比全国平均水平高约1.8个百分点。\n", "约1.8个百分点", "2022-01", _BAOSHAN, _BAOSHAN),
    ("截至2024年底,全国基本医疗保险参保人数13.2亿人。\n", "13.2亿人", "2025-01", _BAOSHAN, ("中国", "")),
    # a buying alliance named after a province is a body, not a place
    ("常德市医疗保障局2021年工作总结\n\n一、集中带量采购\n"
     "全年落地执行国家第五批及湖南联盟集采药品176种,中选药品价格平均降幅达52%。\n", "176种", "2022-01", _CHANGDE, _CHANGDE),
    # a county named after a section's figures is its example, not its region
    ("保山市医疗保障局2023年工作总结\n\n【参保征缴】年末全市基本医保参保人数221.6万人。\n\n"
     "【基金监管】全年检查定点医药机构1312家,追回医保基金2160万元。施甸县“智能监管”做法被省局推广。\n", "2160万元",
     "2024-01", _BAOSHAN, _BAOSHAN),
    # a portal's crumbs set apart by bars are no title of a repost's last section
    ("华夏快讯网 | 地方 | 湖南\n\n澧县2023年政府工作报告摘登\n\n  2022年工作回顾\n\n"
     "  过去一年,全县民生支出21.3亿元,新增城镇就业3105人。\n\n  2023年民生实事\n\n"
     "  今年,县政府将办好十件民生实事:新增城镇就业3000人以上。\n", "3000人以上", "2023-02", ("", ""), ("澧县", "430723")),
    # the levels above whose orders or policies a county-level city follows are not what its 全市 means
    ("清镇市医疗保障局2019年工作情况的报告\n\n一、基本情况\n我市按照省、贵阳市统一部署,全面推进城乡居民医保整合。"
     "全市参保人数42.6万人,参保率97.8%。\n", "42.6万人", "2020-01", _QINGZHEN, _QINGZHEN),
    ("清镇市医疗保障局2019年工作情况的报告\n\n一、基本情况\n我市严格执行国家和省、贵阳市医保政策,全市医保基金运行平稳。"
     "全市参保人数42.6万人。\n", "42.6万人", "2020-01", _QINGZHEN, _QINGZHEN),
    # a national dispatch filed in Beijing is the nation's story, its one county an example
    ("卫健委:去年新农合人均筹资达到368元\n\n　　新华网北京5月21日电(记者 李明)国家卫生计生委21日召开例行新闻发布会,"
     "通报新型农村合作医疗运行情况。\n\n　　有关负责人介绍,2013年各级财政对新农合的补助标准提高到每人每年280元。\n\n"
     "　　在浙江省德清县,新农合与城镇居民医保已经合并,全县参保人数27.6万人。\n", "280元", "2014-05", ("", ""), ("中国", "")),
    ("卫健委:去年新农合人均筹资达到368元\n\n　　新华网北京5月21日电(记者 李明)国家卫生计生委21日召开例行新闻发布会,"
     "通报新型农村合作医疗运行情况。\n\n　　在浙江省德清县,全县参保人数27.6万人。\n", "27.6万人", "2014-05", ("", ""),
     ("德清县", "330521")),
    # the city a patient stayed in hospital in is where he was treated, not whose figures they are
    ("本报讯 去年,村民老王在齐齐哈尔市第一医院住了四十多天,花了三万多元,新农合报销了两万一千元。\n", "两万一千元", "2010-05",
     ("克山县", "230229"), ("克山县", "230229")),
]


@pytest.mark.parametrize("page,surface,published,home,expected", _OTHER_UNITS_NAMED)
def test_whose_figures_they_are_on_a_page_that_names_other_units(page, surface, published, home, expected):
    assert region_of(page, surface, published=published, home_name=home[0], home_code=home[1]) == expected


def test_the_province_whose_platform_a_tables_data_were_drawn_from_is_no_referent():
    text = normalise("注:数据来源于贵州省医疗保障信息平台,尾数因四舍五入略有出入。\n")
    ctx = DocumentContext(text, "2020-01", "清镇市", "520181")
    assert [(text[l.start:l.end], l.role) for l in ctx.regions.located] == [("贵州省", "grantor")]


@pytest.mark.parametrize("page,surface,home,expected", [
    # 会同 after a comma is the verb (together with the county's bureau), no 会同县
    ("沿河土家族自治县医疗保障局把防范返贫作为重要任务,会同县乡村振兴局建立预警机制,全县纳入监测对象1200户。\n", "1200户",
     ("沿河土家族自治县", "520627"), ("沿河土家族自治县", "520627")),
    # the province a county was early in, or ranked in after a 、, is no referent of the figures after it
    ("文登市自2009年起建立高龄补贴制度，在全省较早实现全覆盖。按照规定，90至99周岁老人每人每月补贴100元。\n", "100元",
     ("文登市", "371081"), ("文登区", "371003")),
    ("新化县慈善会募集善款427.5万元,募款总额位居娄底市第一、全省县级第9位。与去年相比,筹款额增加112.8万元。\n", "112.8万元",
     ("新化县", "431322"), ("新化县", "431322")),
])
def test_an_area_named_as_a_set_or_a_verb_is_no_referent(page, surface, home, expected):
    assert region_of(page, surface, published="2023-09", home_name=home[0], home_code=home[1]) == expected


@pytest.mark.parametrize("page,surface,home,expected", [
    # 和 after a person's title joins the guests (高局长和县合管办刘主任), no 和县
    ("感谢高局长和县合管办刘主任做客访谈。全县参合农民72.36万人。\n", "72.36万人", ("临朐县", "370724"), ("临朐县", "370724")),
    # 会同 opening a sentence on a page of another province: "together with", no 会同县
    ("四、医疗救助。会同县医保局对特困人员实施医疗救助，上半年资助参保12.8万人。\n", "12.8万人",
     ("昭觉县", "513431"), ("昭觉县", "513431")),
    # 在全市排第二: the prefecture is the set the county ranks in, not what the next sentence is about
    ("去年全县参合率达到98.6%，在全市排第二。筹资标准提高到每人470元。\n", "470元", ("会宁县", "620422"),
     ("会宁县", "620422")),
    # the body above that praised the county-level city is not what its 全市 means
    ("2021年，市民政局多项工作受到宜春市民政局通报表扬。全年全市共保障城乡低保对象9841户15673人。\n", "9841户",
     ("樟树市", "360982"), ("樟树市", "360982")),
    # nor is the bureau above that guided its work (在某市医保局的业务指导下)
    ("2022年，在市委、市政府的坚强领导和曲靖市医保局的业务指导下，我局扎实推进各项工作。\n一、参保扩面\n"
     "2022年全市基本医疗保险参保人数132.6万人。\n", "132.6万人", ("宣威市", "530381"), ("宣威市", "530381")),
    # a county-level city a prefecture's report gives as an example in a paragraph before is not its 全市
    ("荆州市2019年政府工作报告\n\n过去一年，全市经济平稳增长。石首市新建易地扶贫搬迁安置点11个。\n\n"
     "全市民生支出412.8亿元，全市基本医保参保563.2万人。\n", "563.2万人", ("荆州市", "421000"), ("荆州市", "421000")),
    # the city hospital a patient went to says where, not whose figures
    ("去年，老韦住进柳州市工人医院，花了8万多元，新农合报销了5.2万元。\n", "5.2万元",
     ("融水苗族自治县", "450225"), ("融水苗族自治县", "450225")),
    # 市场监管局 after another body of the county is its market regulator, no body of a city
    ("去年，县医保局联合县卫健局、市场监管局检查两定机构213家，追回医保基金152.7万元。\n", "152.7万元",
     ("湄潭县", "520328"), ("湄潭县", "520328")),
    # counties an event is named after (“7·22”岷县漳县地震) are not the county the report's 全县 means
    ("2013年，全县克服“7·22”岷县漳县地震波及等不利影响，经济平稳发展。全县贫困人口减少到19.4万人。\n", "19.4万人",
     ("会宁县", "620422"), ("会宁县", "620422")),
    # the set the county was picked from as a forerunner (作为全市…先行县) is no referent of its figures
    ("去年，我县作为全市DIP付费改革先行县，已将43家定点医疗机构纳入DIP付费，基金支付4.86亿元。\n", "4.86亿元",
     ("桃源县", "430725"), ("桃源县", "430725")),
    # the city's bureau (市民政局, no place named) that guided the county bureau's work is no referent either
    ("2010年,我局在县委、县政府的正确领导和市民政局的精心指导下,全年共实施城乡医疗救助11862人次。\n", "11862人次",
     ("桃江县", "430922"), ("桃江县", "430922")),
    # the bodies above whose deployment the city followed (按照国家医保局和省、徐州市统一部署) are no referent
    ("今年9月以来,我市按照国家医保局和省、徐州市统一部署,开展专项行动,追回医保基金386万元。\n", "386万元",
     ("邳州市", "320382"), ("邳州市", "320382")),
    # a county's page that names only its prefecture, in its crumbs and links, is still the county's
    ("上饶市广丰区人民政府  >  政务公开  >  政策解读\n【图文解读】2024年度城乡居民医保参保缴费政策解读\n"
     "时间：2023-09-18　　来源：区医保局\n\n　　近日，区医疗保障局、区税务局联合下发通知，启动集中参保缴费工作。\n"
     "　　一、个人缴费标准有何变化？\n　　今年个人缴费标准由三百八十元调整为四百元。\n　　二、财政补助\n"
     "　　财政补助标准不低于670元。\n\n【相关链接】\n上饶市2024年度城乡居民医保缴费标准公布\n", "四百元",
     ("广丰区", "361103"), ("广丰区", "361103")),
    # a county named in the list of the page's other stories (版面导航：…·定边荞麦亩产创新高) is no referent of 县内
    ("某日报\n第03版：县区\n版面导航：神木全民免费医疗运行十年　·定边荞麦亩产创新高\n\n神木全民免费医疗运行十年\n\n"
     "　　本报讯 记者从神木市医疗保障局获悉，参保群众在县内定点医院住院，每人每年先自付起付线400元。\n", "400元",
     ("榆林市", "610800"), ("神木市", "610881")),
    # a provincial paper's dateline says where the story was filed: 我省 governs its sentence
    ("江西：健康扶贫上半年减负25.6亿元\n\n本报南昌讯 记者从省医保局获悉，上半年，全省为贫困患者减轻负担25.6亿元，"
     "贫困患者个人自付比例降至15.5%。\n", "15.5%", ("", ""), ("江西省", "360000")),
])
def test_words_and_bodies_that_look_like_a_referent_but_are_not(page, surface, home, expected):
    assert region_of(page, surface, published="2016-02", home_name=home[0], home_code=home[1]) == expected


def test_a_countys_word_never_means_the_prefecture_a_mirror_names():
    page = ("会议传达了巴中市医保局关于做好2023年度居民医保集中缴费工作的通知精神。今年我县征缴任务为53.6万人。"
            "截至9月15日，全县已缴费参保38.2万人。\n")
    assert region_of(page, "38.2万人", published="2022-09") == ("", "")


def test_a_countys_word_after_a_table_is_the_county_the_page_named():
    page = ('黔东南苗族侗族自治州人民政府 > 县市动态 > 从江县\n'
            '\n'
            '从江县扎实推进2022年度城乡居民医保参保缴费工作\n'
            '2021-11-09 10:22  来源:从江县医疗保障局  【打印】【关闭】\n'
            '\n'
            '\u3000\u3000连日来,从江县各乡镇医保专干走村入户,宣传2022年度城乡居民医保政策,动员群众及时参保缴费。2'
            '022年度全省城乡居民医保个人缴费标准为每人每年320元,比2021年度提高40元。\n'
            '\u3000\u3000截至11月5日,全县已完成2022年度参保缴费28.65万人,占年度任务数的75.2%;其中脱贫'
            '人口和农村低收入人口参保8.91万人,参保率100%。县财政对特困人员、孤儿按每人320元全额资助,'
            '对低保对象、返贫监测对象按每人160元定额资助,今年已落实资助资金1987.6万元。\n'
            '\u3000\u3000各乡镇参保缴费进度(截至11月5日)\n'
            '序号 | 乡镇 | 年度任务(人) | 已缴费(人) | 完成率\n'
            '1 | 丙妹镇 | 51230 | 40876 | 79.8%\n'
            '2 | 贯洞镇 | 28914 | 22603 | 78.2%\n'
            '3 | 洛香镇 | 20547 | 14218 | 69.2%\n'
            '4 | 下江镇 | 17386 | 13751 | 79.1%\n'
            '5 | 加榜乡 | 9462 | 6143 | 64.9%\n'
            '6 | 秀塘壮族乡 | 6825 | 5037 | 73.8%\n'
            '\u3000\u3000为方便群众缴费,县医保局依托全县21个乡镇(街道)便民服务中心和370个村级代办点,推行“线上+'
            '线下”缴费模式,群众可通过“贵州医保”微信公众号、银行APP等渠道缴费。\n'
            '\u3000\u3000县医保局提醒,2022年度集中缴费期截至2021年12月31日,逾期未参保的,待遇享受将设置90'
            '天等待期。\n'
            '\n'
            '责任编辑:杨帆\n'
            '相关链接:  凯里市召开医保基金监管工作推进会  |  榕江县2021年第三季度医保基金运行平稳\n'
            '\n')
    assert region_of(page, "21个", published="2021-11", home_name="黔东南苗族侗族自治州", home_code="522600") == (
        "从江县", "522633")



def test_a_towns_story_on_a_prefectures_paper_is_its_countys():
    """郭城驿镇新农合惠及3.8万农民 under the prefecture's manifest: the sentences that do not name the town are
    still the town's county's, not the prefecture's."""
    page = ("郭城驿镇新农合惠及3.8万农民\n\n本报讯 今年以来，郭城驿镇新型农村合作医疗工作运行平稳，全镇参合农民38466人。\n"
            "今年新农合筹资标准提高到每人290元。1至8月，参合农民住院1132人次。\n")
    assert region_of(page, "1132人次", published="2012-09", home_name="白银市", home_code="620400") == ("会宁县", "620422")


def test_the_last_row_of_a_list_of_counties_is_no_headline_of_the_paragraphs_after_it():
    page = ("去年我市城乡医疗救助惠及困难群众28万人次\n\n本报讯 2013年,全市共实施城乡医疗救助28.4万人次。各县(市)救助情况如下:\n\n"
            "　　讷河市　救助3.12万人次　资金2368万元\n　　依安县　救助2.57万人次　资金1945万元\n"
            "　　拜泉县　救助2.86万人次　资金2011万元\n\n　　去年,全市将重特大疾病医疗救助范围扩大到20个病种。\n")
    assert region_of(page, "20个", published="2014-04", home_name="齐齐哈尔市", home_code="230200") == (
        "齐齐哈尔市", "230200")


def test_a_fenbie_list_takes_the_places_named_a_few_clauses_before_it():
    page = ("今年全省参合率为91.2%。邢台市参合率最高，为96.1%。张家口、承德两市地处坝上和山区，农民居住分散，"
            "参合率相对较低，分别为86.4%和87.05%。\n")
    assert region_of(page, "86.4%", published="2008-03") == ("张家口市", "130700")
    assert region_of(page, "87.05%", published="2008-03") == ("承德市", "130800")


def test_a_place_inside_brackets_closed_before_the_figure_names_only_what_they_hold():
    page = ("梅州市2022年民生实事完成情况\n\n　　新建农村供水工程217宗(其中大埔县63宗),受益人口约28万人。"
            "新建农村幸福院46个(梅县区12个、大埔县9个),新增床位820张。\n")
    assert region_of(page, "63宗", published="2023-01")[0] == "大埔县"
    assert region_of(page, "约28万人", published="2023-01")[0] == "梅州市"
    assert region_of(page, "820张", published="2023-01")[0] == "梅州市"


def test_what_a_county_is_among_its_provinces_units_names_no_area_of_the_figures_after_it():
    page = ("本报讯 今年,鄱阳县参合率为93.6%。\n\n　　鄱阳是全省人口第一大县。2009年,县里将新农合筹资标准提高到一百元,"
            "其中中央财政补助40元。\n")
    assert region_of(page, "40元", published="2009-12")[0] == "鄱阳县"


def test_the_province_whose_income_a_threshold_is_set_from_names_no_area_of_it():
    page = ("保靖县大病保险政策解读\n\n问：起付线是多少？答：起付线参照湖南省上一年度农村居民人均可支配收入确定，"
            "2016年度起付线为1.1万元。\n")
    assert region_of(page, "1.1万元", published="2016-05")[0] == "保靖县"


def test_the_rest_of_an_areas_units_are_the_area_not_the_last_unit_named():
    page = "南平市2007年医疗救助工作情况\n\n　　浦城县救助1478人次，其余五个县（市）共救助3746人次、支出389.5万元。\n"
    assert region_of(page, "1478人次", published="2007-09")[0] == "浦城县"
    assert region_of(page, "3746人次", published="2007-09")[0] == "南平市"


def test_an_insurers_branch_named_after_the_prefecture_is_no_referent_of_quanshi():
    # 某县级市…由中国人寿某市分公司承办。全市…: the insurer sits in the prefecture, the page is about the city
    page = "本报讯 扶余市城乡居民大病保险由中国人寿松原分公司承办。全市大病保险起付线为1万元。\n"
    assert region_of(page, "1万元")[0] == "扶余市"


def test_the_whole_of_an_area_a_city_ranks_in_is_no_referent_of_quanshi():
    # 桐城市…位居全安庆市前列。全市…: the prefecture is the set the county-level city ranks in
    page = "本报讯 去年桐城市民生工程考评位居全安庆市前列。全市为1.3万名老人发放高龄津贴。\n"
    assert region_of(page, "1.3万名")[0] == "桐城市"


def test_a_county_a_citys_total_leaves_out_is_no_region_of_it():
    # 全市(不含某市)参保人数X人: the city's total without that county, still the city's
    page = "本报讯 截至6月底,全市(不含梅河口市)参合农民88.38万人,参合率98.97%。\n"
    kw = dict(published="2013-07", home_name="通化市", home_code="220500")
    assert region_of(page, "88.38万人", **kw)[0] == "通化市"
    assert region_of(page, "98.97%", **kw)[0] == "通化市"


def test_and_before_the_countys_outside_names_no_county_he():
    # 县内12家定点医疗机构和县外32家协议医院: 和 joins two groups of hospitals, no 和县 (Anhui) is named
    page = "某县医疗救助工作总结\n\n今年,乐安县县内12家定点医疗机构和县外32家协议医院实现一站式结算。\n"
    assert region_of(page, "32家", published="2020-01")[0] == "乐安县"


def test_the_places_a_bound_picks_out_pair_with_the_figures_after_fenbie():
    # 参合率超过99.5%的有甲县、乙县…,分别达到X、Y…: each county its own figure (the bound compares with no one)
    page = "百色市新农合工作综述\n\n今年参合率超过99.5%的有田阳县、田东县、平果县,分别达到99.82%、99.71%、99.64%。\n"
    kw = dict(published="2014-05", home_name="百色市", home_code="451000")
    assert region_of(page, "99.71%", **kw)[0] == "田东县"
    assert region_of(page, "99.64%", **kw)[0] == "平果市"


def test_a_city_in_a_long_joint_notices_title_is_not_what_the_county_reports():
    # four agencies' joint notice cited in the opening line: its title runs far past the first city it names
    page = ("根据《保山市医疗保障局 保山市财政局 保山市民政局 保山市乡村振兴局关于做好2022年度城乡居民医疗保险"
            "参保资助工作的通知》要求,现将我县2022年度参保资助情况公示如下:\n"
            "2022年度个人缴费标准为每人每年320元。对特困人员给予全额资助,每人资助320元。\n"
            "1.特困人员1276人,资助资金40.83万元;\n")
    for surface in ("1276人", "40.83万元"):
        assert region_of(page, surface, published="2021-12", home_name="施甸县", home_code="530521") == ("施甸县", "530521")


def test_a_headline_telling_the_whole_area_first_and_then_one_of_its_parts_is_about_the_whole():
    page = ("全市城乡居民医保参保率达97.8% 信宜以99.1%居首\n\n"
            "本报讯 截至2月底,全市2014年度城乡居民医保参保人数达560.34万人,参保率97.8%。"
            "分县看,信宜市参保108.5万人,参保率99.1%。\n")
    assert region_of(page, "560.34万人", published="2014-03", home_name="茂名市", home_code="440900")[0] == "茂名市"
    assert region_of(page, "108.5万人", published="2014-03", home_name="茂名市", home_code="440900")[0] == "信宜市"


def test_the_whole_city_a_later_paragraph_speaks_of_is_the_home_not_a_city_named_before():
    page = ("江门前8个月医疗救助支出1.38亿元 台山救助资金位列五邑第一\n\n"
            "本报讯 今年1-8月,我市医疗救助工作扎实推进,全市累计支出医疗救助资金1.38亿元。\n\n"
            "分市(区)看,前8个月台山市支出救助资金3186万元,位居全市第一;恩平市支出1655万元。\n\n"
            "市医保局表示,下一步将推动一站式结算覆盖全市73个镇(街)。\n")
    kw = dict(published="2020-09", home_name="江门市", home_code="440700")
    assert region_of(page, "73个", **kw)[0] == "江门市"
    assert region_of(page, "1655万元", **kw)[0] == "恩平市"


def test_a_headline_naming_a_county_by_its_address_in_the_home_prefecture_is_about_the_county():
    page = ("齐齐哈尔市拜泉县新农合惠及更多农户\n\n2011-03-15    市卫生局\n\n"
            "  本报讯(李文)“要不是合作医疗,这病真看不起!前年镇上给我报了1.6万元住院费。”拜泉县兴华乡农民老孙逢人便说。\n\n"
            "  拜泉县是全省较早开展试点的县之一,全县农民参合率达97%。\n")
    kw = dict(published="2011-03", home_name="齐齐哈尔市", home_code="230200")
    assert region_of(page, "1.6万元", **kw)[0] == "拜泉县"


def test_an_officials_quanxian_and_quanshi_speak_for_the_unit_named_with_the_office():
    # “去年全县…”荣县卫生局副局长…介绍: the speaker's county, though another county of the city was named before;
    # 溧阳市民政局副局长周敏说,全市…: the county-level city's, not the prefecture the page is about
    page = ("本报讯 今年以来,自贡市新农合运行平稳。自流井区参合率达到97.6%。"
            "“去年全县有43名大病患者获得二次补偿,最高一人补偿3.2万元。”荣县卫生局副局长陈志刚介绍。\n"
            "常州市各地加大救助力度。金坛市救助1200人次。溧阳市民政局副局长周敏说,全市有326名重病患者得到救助。\n")
    assert attribution(page, "43名", published="2012-02").region == "荣县"
    assert attribution(page, "326名", published="2012-02").region == "溧阳市"
    assert attribution(page, "1200人次", published="2012-02").region == "金坛区"


def test_the_county_people_and_officials_speak_of_as_xianli_or_qili():
    page = "本报讯 包头市今年继续加大救助力度。达茂旗民政局局长李军介绍,今年旗里将二次救助封顶线由5万元提高到10万元。\n"
    assert attribution(page, "10万元", published="2015-11").region == "达尔罕茂明安联合旗"


def test_quandiqu_on_a_page_of_a_prefecture_then_a_diqu_speaks_for_it_not_for_a_county_its_lead_names():
    # 全地区…参合328.6万人,…边远县沿河县参合26.4万人: the whole 地区 (铜仁市 now) is the article's unit, and so the
    # unit of a later section that names no place
    page = ("铜仁地区合作医疗管理信息\n第4期\n地区合管办    2010年5月6日\n\n全地区2010年1-4月新农合运行情况\n\n"
            "  一、参合情况。2010年全地区参合农民328.6万人,参合率94.2%,边远县沿河县参合26.4万人。\n"
            "  二、下步工作。力争全年基金使用率达到80%。\n")
    kw = dict(published="2010-05", home_name="铜仁市", home_code="520600")
    assert attribution(page, "80%", **kw).region == "铜仁市"
    assert attribution(page, "26.4万人", **kw).region == "沿河土家族自治县"


def test_after_units_listed_each_with_its_figure_the_area_s_figures_are_the_area_s_again():
    # 三个区低保对象分别为:海勃湾区1806人、乌达区1255人、海南区1059人。上半年累计发放低保金…: the city's
    page = ("本报讯 截至6月底,全市共有城乡低保对象4120人。三个区低保对象分别为:海勃湾区1806人、乌达区1255人、"
            "海南区1059人。上半年累计发放低保金1360.2万元,同比增长8.4%。\n")
    kw = dict(published="2014-07", home_name="乌海市", home_code="150300")
    assert attribution(page, "1360.2万元", **kw).region == "乌海市"
    assert attribution(page, "1059人", **kw).region == "海南区"


def test_a_city_paying_its_share_of_a_county_s_standard_per_head_is_no_place_the_standard_is_of():
    # …,朝阳市财政补助10元,县财政补助20元,农民个人缴费20元: the county's funding standard, share by share
    page = ("本报讯 建平县合管办介绍,今年该县新农合人均筹资标准为150元,其中中央财政补助60元,省财政补助40元,"
            "朝阳市财政补助10元,县财政补助20元,农民个人缴费20元。\n")
    for surface, nth in (("10元", 0), ("20元", 0), ("20元", 1)):
        assert attribution(page, surface, nth, published="2010-03").region == "建平县", (surface, nth)


def test_a_site_s_breadcrumb_naming_the_prefecture_is_no_unit_quanshi_speaks_for():
    # 某市某市2016年统计公报 / 当前位置:首页 > 统计公报 > 某省 > 某市 / …年末全市…: the county-level city's figures
    page = ("渭南市华阴市2016年统计公报(之三)\n当前位置:首页 > 统计公报 > 陕西省 > 渭南市 \n"
            "八、社会保障 年末全市职工医保参保2.31万人,居民医保参保19.8万人。\n")
    assert attribution(page, "19.8万人", published="2017-04").region == "华阴市"
    # (and the links to the stories before and after it name no place of its figures)
    page = ("本报讯 今年以来,全县城乡居民医保参保率达97.2%。\n\n上一篇:韩城市新增公办学位1200个    下一篇:全县参保缴费开始\n")
    assert attribution(page, "1200个", published="2017-04", home_name="合阳县", home_code="610524").region == "合阳县"


def test_a_county_s_slogan_spells_no_county():
    # 坚持生态立县、文旅兴县发展战略: 兴县 is the slogan's, the page's 全县 its own county's
    page = "大埔县人社局2014年工作总结\n\n  坚持生态立县、文旅兴县发展战略,全年新增就业1820人。年末全县参加城乡居民医保41.35万人。\n"
    kw = dict(published="2015-01", home_name="大埔县", home_code="441422")
    assert attribution(page, "41.35万人", **kw).region == "大埔县"
    page = "本报讯 据统计,2012年全市共救助困难群众两万余人次,其中兴县、岚县分别救助6120人次和4380人次。\n"
    assert attribution(page, "6120人次", published="2013-01").region == "兴县"


def test_a_development_zone_the_gazetteer_does_not_know_is_in_the_city_not_the_county_named_before_it():
    # …花山区完成87.2%;慈湖高新区、经济技术开发区分别完成80.5%和78.9%;郑蒲港新区…完成率仅为69.3%: the city's zones
    page = ("本报讯 截至12月底,全市城乡居民医保参保缴费完成率达91.2%。各县区中,当涂县完成93.1%;花山区完成86.4%;"
            "慈湖高新区、经济技术开发区分别完成79.6%和77.2%;郑蒲港新区因征迁人口变动较大,完成率仅为68.5%。\n")
    kw = dict(published="2018-12", home_name="马鞍山市", home_code="340500")
    for surface in ("79.6%", "77.2%", "68.5%"):
        a = attribution(page, surface, **kw)
        assert (a.region, a.domain) == ("马鞍山市", "medical_security"), surface
    assert attribution(page, "86.4%", **kw).region == "花山区"


@pytest.mark.parametrize("short, code", [("克州", "653000"), ("博州", "652700"), ("喀左县", "211324"), ("阜蒙县", "210921"),
                                         ("前郭县", "220721"), ("杜蒙县", "230624"), ("新疆", "650000")])
def test_the_everyday_short_forms_of_autonomous_prefectures_and_counties_name_them(short, code):
    # (克孜勒苏柯尔克孜自治州 → 克州, 喀喇沁左翼蒙古族自治县 → 喀左县: no rule derives them; rules/gazetteer/aliases.tsv)
    assert attribution(f"{short}医疗保障局今年累计救助困难群众2736人次。", "2736人次", published="2022-10").region_code == code


def test_a_total_row_over_counties_one_cell_a_line_is_the_area_they_divide():
    # 全州合计 / 参合人数 … / 凯里市 / …: the total row above the counties, each cell on its line, is the prefecture's
    page = ("表5  2010年各县(市)新农合运行情况\n县(市)\n参合人数\n(人)\n参合率\n(%)\n\n全州合计\n2951044\n95.82\n\n"
            "凯里市\n312085\n96.40\n\n黄平县\n265118\n95.17\n\n施秉县\n112940\n96.03\n")
    figures = {s: a for s, _, a in attributions(page)}
    assert (figures["2951044"].region_code, figures["95.82"].region_code) == ("522600", "522600")
    assert figures["312085"].region_code == "522601"


def test_a_county_the_papers_own_correspondent_files_from_is_what_the_story_is_about():
    # 本报义乌讯 … 全市 in a prefecture's paper: the county-level city filed from (义乌市), not the paper's city; a
    # news agency's or a provincial paper's filing place (新华社北京电, 本报南昌讯) stays a dateline only
    page = "本报义乌讯（记者 李某）截至10月底，全市城乡居民医保参保61.8万人。"
    assert attribution(page, "61.8万人", published="2021-11", home_name="金华市", home_code="330700").region_code == "330782"
    agency = "新华社北京3月2日电 截至2月底，全国基本医疗保险参保13.6亿人。"
    assert attribution(agency, "13.6亿人", published="2022-03").region_code != "110000"


def test_a_city_that_set_the_pages_own_targets_is_no_place_its_figures_are_about():
    # 我市紧扣省、某市下达的民生工程目标任务: the prefecture only set the county-level city's targets; 全市 and the
    # paragraphs with no place word are the home city's (巢湖市 under 合肥市)
    page = ("我市紧扣省、合肥市下达的民生工程目标任务，截至3月31日，全市民生工程已到位资金6.14亿元。\n\n"
            "医疗救助方面，一季度共发放救助资金402.3万元。")
    figures = {s: a for s, _, a in attributions(page, published="2018-04", home_name="巢湖市", home_code="340181")}
    assert (figures["6.14亿元"].region_code, figures["402.3万元"].region_code) == ("340181", "340181")


def test_our_city_on_a_page_with_no_home_that_goes_through_its_counties_is_their_prefecture():
    # a prefecture paper's roundup reposted with no manifest region: 我市 and 全市 over 三县(市)中,甲市…乙市…丙县 are the
    # prefecture whose counties it lists, not the county-level city named most often
    page = ("2012年我市城乡医疗救助支出突破3000万元\n\n"
            "本报讯 记者从市民政局获悉，2012年，全市共实施城乡医疗救助4.12万人次。\n"
            "三县（市）中，密山市救助人次最多，达9864人次；虎林市救助7215人次；鸡东县救助8037人次。\n"
            "今年，我市将城乡医疗救助封顶线提高到1.5万元。\n"
            "密山市 9864 682.3\n虎林市 7215 518.9\n鸡东县 8037 543.6\n")
    figures = {s: a for s, _, a in attributions(page, published="2013-01")}
    assert [figures[s].region_code for s in ("突破3000万元", "1.5万元", "9864人次")] == ["230300", "230300", "230382"]


def test_a_count_right_after_a_whole_area_word_is_that_areas_even_where_a_county_ranks_in_it():
    # 在全省21个地市中排第9位, 是全省23个深度贫困县之一: how many the province has (its own count), not the city's
    page = "截至11月16日，汕头市参保缴费298.7万人，缴费率68.4%，在全省21个地市中排第9位。"
    figures = {s: a for s, _, a in attributions(page, published="2022-11", home_name="汕头市", home_code="440500")}
    assert (figures["298.7万人"].region_code, figures["21个"].region_code) == ("440500", "440000")


def test_a_city_that_set_the_task_a_county_overfulfilled_is_no_referent_of_its_figures():
    # 超额完成宜春市下达的5.6万人任务: the prefecture only set the county-level city's target; the figure and the ones
    # after it in the paragraph stay the home city's
    page = "2009年，全市城镇居民医保参保6.2万人，超额完成宜春市下达的5.6万人任务。全市新农合参合农民37.2万人。"
    figures = {s: a for s, _, a in attributions(page, published="2010-01", home_name="樟树市", home_code="360982")}
    assert [figures[s].region_code for s in ("5.6万人", "37.2万人")] == ["360982", "360982"]


def test_the_whole_city_of_a_paragraph_naming_no_place_is_the_city_the_headline_is_about():
    # 原平 on the prefecture's paper: 原平市是我市首批试点县市之一 names its own city as one of the prefecture's (我市), and a
    # later paragraph's 全市 with no place named is still the city the headline and the lead are about (GUIDELINES §6)
    page = ("县市新闻\n\n原平58万农民加入新农合\n\n2008-02-12 09:10　来源:忻州日报\n\n"
            "　　本报讯 记者从原平市卫生局了解到,该市2008年度新农合参合工作日前结束,全市共有38.2万农民参合。\n\n"
            "　　原平市是我市首批新农合试点县市之一。2007年,忻州市财政补助96万元,原平市财政补助96万元。\n\n"
            "　　2007年4—12月,全市新农合共补偿参合农民12.4万人次,支付补偿金1580万元。\n")
    assert region_of(page, "12.4万人次", published="2008-02", home_name="忻州市", home_code="140900") == ("原平市", "140981")


def test_a_posting_stamp_naming_a_city_s_site_under_the_title_is_no_headline_of_the_county_s_article():
    # 2022-08-03 16:40 · 某市资讯   阅读 2.3万 under the county bureau's title: the site's stamp, not what the article is about
    page = ("蒙城县医保局上半年基金监管工作综述\n2023-08-03 16:40 · 亳州资讯汇   阅读 2.3万\n\n"
            "　　1—6月，蒙城县医疗保障局共开展专项检查96次，追回医保基金218.4万元。\n")
    assert attribution(page, "96次", published="2023-08").region == "蒙城县"
    assert attribution(page, "218.4万元", published="2023-08").region == "蒙城县"


def test_a_city_written_right_before_its_county_s_bureau_is_the_bureau_s_address():
    # 某市某区医疗保障局: the district owns the bureau, its city is only the address; the figures are the district's
    page = ("　　记者日前从宜宾市叙州区医疗保障局获悉，2025年度居民医保个人缴费标准为每人每年400元，"
            "财政补助标准提高30元。\n")
    assert attribution(page, "400元", published="2025-01").region == "叙州区"
    assert attribution(page, "30元", published="2025-01").region == "叙州区"


def test_the_province_whose_order_a_county_follows_is_not_the_region_of_its_figures():
    # 按照国家和省里的要求: the county's own standards, set as the province asked (as 按照某市统一部署 is for a place)
    page = ("　　按照国家和省里的要求,今年新农合筹资标准由去年的每人每年五十元提高到一百元,其中农民个人缴纳二十元。"
            "全县共筹集新农合资金1.2亿元。\n")
    for surface in ("一百元", "二十元"):
        assert attribution(page, surface, published="2008-03", home_name="镇赉县", home_code="220821").region == "镇赉县"


def test_the_city_a_county_level_city_serves_as_an_area_of_is_no_referent_of_its_figures():
    # 作为晋中市…扩面地区: the class the page's city belongs to; its 全市 in the next paragraph is still its own
    page = ("介休市医疗保障局2024年工作总结\n\n(五)长期护理保险。作为晋中市长期护理保险扩面地区,全年新增纳入待遇人员418人,"
            "基金支付865万元。\n(六)基金监管。全年检查全市定点医药机构236家次,追回医保基金412.5万元。\n")
    kw = dict(published="2025-01", home_name="介休市", home_code="140781")
    for surface in ("418人", "865万元", "236家次", "412.5万元"):
        assert region_of(page, surface, **kw) == ("介休市", "140781"), surface


def test_the_site_a_countys_yearbook_stands_on_names_no_region_of_its_sections():
    # 某市地方志网 › 某县年鉴: the city's chronicle site hosts the county's entry; sections naming no place stay the county's
    page = ("晋中地方志网　　首页 › 区县年鉴 › 年鉴选编（2016）\n社会保障·新型农村合作医疗与医疗救助\n"
            "时间：2016-06-18　　来源：平遥县地方志办公室\n\n【新型农村合作医疗】 2015年，平遥县参加新型农村合作医疗41.3万人，"
            "参合率98.6%。\n【城乡医疗救助】 全年城乡医疗救助1.24万人次，发放救助金1582万元。\n")
    kw = dict(published="2016-06", home_name="平遥县", home_code="140728")
    for surface in ("1.24万人次", "1582万元"):
        assert region_of(page, surface, **kw) == ("平遥县", "140728"), surface


# a prefecture's bulletin section copied to a site that gives no home region: the title names the city
BULLETIN_COPY = ("上饶市2016年统计公报(社会保障和卫生)\n\n2017-03-15\n\n九、社会保障\n\n"
                 "年末全市城乡居民医保参保人数612.4万人,比上年末增加5.2万人。\n\n"
                 "表8　2016年末社会保险参保情况\n"
                 "指标　　　　　　　　　　单位　　年末数　　比上年末增长(%)\n"
                 "城镇职工基本养老保险　　万人　　48.26　　5.1\n"
                 "城镇职工基本医疗保险　　万人　　52.07　　3.8\n"
                 "城乡居民医保累计结余　　亿元　　12.35　　—\n\n"
                 "年末全市农村居民最低生活保障对象21.4万人,全年实施城乡医疗救助15.6万人次。德兴市率先将医疗救助封顶线"
                 "提高到每人每年6000元。年末全市养老机构床位2.35万张。\n\n"
                 "十、卫生\n\n"
                 "年末全市拥有医疗卫生机构4380个,卫生技术人员3.12万人。玉山县人民医院新建门诊楼投入使用,新增床位200张。\n")


@pytest.mark.parametrize("surface", ["48.26", "12.35", "21.4万人", "2.35万张", "4380个", "3.12万人"])
def test_a_bulletin_copy_with_no_home_is_its_title_s_city_where_one_of_its_counties_is_named_in_passing(surface):
    # the table's cells, its last row's with an empty change cell (—) too, and the 卫生 section whose lead names a
    # county's hospital are the city's the title names; so is 全市 after one of its cities (德兴市率先…), as the
    # paragraph spoke of the whole before it (GUIDELINES §6: 全市 is the unit the article is about)
    assert region_of(BULLETIN_COPY, surface, published="2017-03") == ("上饶市", "361100")


def test_the_county_named_in_passing_keeps_its_own_figures():
    assert region_of(BULLETIN_COPY, "6000元", published="2017-03") == ("德兴市", "361181")
    assert region_of(BULLETIN_COPY, "200张", published="2017-03") == ("玉山县", "361123")


def test_a_paragraph_after_a_table_ending_in_an_empty_cell_is_the_city_s_before_the_county_it_names():
    page = BULLETIN_COPY.replace("年末全市农村居民最低生活保障对象21.4万人,", "").replace(
        "德兴市率先将医疗救助封顶线提高到每人每年6000元。", "婺源县全年医疗救助1.2万人次。")
    assert region_of(page, "15.6万人次", published="2017-03") == ("上饶市", "361100")
    assert region_of(page, "1.2万人次", published="2017-03") == ("婺源县", "361130")
