"""Page-level attribution through DocumentContext (periods, GUIDELINES §6) and the per-document
core process_document with its fact candidates and extract.facts.merge_facts. Every page is
made up for these tests: real county names, invented people, events and numbers."""

from __future__ import annotations

import pytest

from extract.document import DocMeta, ManifestRow, process_document
from extract.facts import merge_facts
from extract.reading import decode
from extract.stock_flow import STARTED
from rules.registry import TIME_RULES
from tests.harness import attribution, attributions


def period(page: str, surface: str, nth: int = 0, **kw) -> tuple[str, str, str]:
    a = attribution(page, surface, nth, **kw)
    return a.period_kind, a.period_start, a.period_end


# ---------------------------------------------------------------- explicit time expressions

def test_jiezhi_year_month_is_as_of():
    page = "本报讯 截至2025年8月,平遥县城乡居民医保参保人数达39.2万人。\n"
    assert period(page, "39.2万人", published="2025-10") == ("as_of", "", "2025-08")


def test_jiezhi_month_end_for_a_flow_is_still_as_of():
    page = "本报讯 截至2025年1月底,平遥县已累计发放取暖补贴86万元。\n"
    assert period(page, "86万元", published="2025-03") == ("as_of", "", "2025-01")


def test_month_range_is_during():
    page = "本报讯 2025年1至11月份,平遥县医疗救助支出612万元。\n"
    assert period(page, "612万元", published="2025-12") == ("during", "2025-01", "2025-11")


def test_stock_under_an_interval_is_as_of_its_end_and_the_flow_beside_it_is_during():
    page = "本报讯 2025年1至9月份,平遥县城乡居民医保参保人数达39.2万人,医保基金支出2.6亿元。\n"
    assert period(page, "39.2万人", published="2025-10") == ("as_of", "", "2025-09")
    assert period(page, "2.6亿元", published="2025-10") == ("during", "2025-01", "2025-09")


def test_quarter_without_a_year_takes_the_publication_year():
    page = "本报讯 一季度,平遥县城乡居民医保参保39.2万人,基金支出6200万元。\n"
    assert period(page, "39.2万人", published="2025-05") == ("as_of", "", "2025-03")
    assert period(page, "6200万元", published="2025-05") == ("during", "2025-01", "2025-03")


def test_quarter_without_a_year_and_no_publication_month_has_no_period():
    page = "本报讯 一季度,平遥县城乡居民医保参保39.2万人,基金支出6200万元。\n"
    assert period(page, "6200万元", published=None) == ("", "", "")


def test_shisiwu_period():
    page = "本报讯 \"十四五\"期间,平遥县累计发放医疗救助资金3860万元。\n"
    assert period(page, "3860万元", published="2025-12") == ("during", "2021-01", "2025-12")


def test_niandu_modifier_does_not_override_the_sentences_own_as_of():
    page = ("本报讯 2025年度平遥县城乡居民医保集中征缴工作已经启动,"
            "截至2024年12月底,已有31.6万人完成缴费。\n")
    assert period(page, "31.6万人", published="2025-01") == ("as_of", "", "2024-12")


# ---------------------------------------------------------------- now words

def test_muqian_takes_the_manifest_month():
    page = "本报讯 目前,平遥县已建成社区老年食堂24个。\n"
    assert period(page, "24个", published="2025-10") == ("as_of", "", "2025-10")


def test_muqian_without_a_publication_month_has_no_period():
    page = "本报讯 目前,平遥县已建成社区老年食堂24个。\n"
    assert period(page, "24个", published=None) == ("", "", "")
    # … whatever year the text named before it
    page = "本报讯 2023年,平遥县新建社区老年食堂6个。如今,全县已建成社区老年食堂24个。\n"
    assert period(page, "24个", published=None) == ("", "", "")


def test_this_year_without_a_publication_month_is_no_year_a_sentence_named_before_it():
    # 2012年,…。今年1—5月,…: the page may be of any later year (GUIDELINES §6: 今年 is the publication's)
    page = ("本报讯 2012年,全县新农合补偿86.3万人次。\n\n今年1—5月,又有97名重大疾病患者得到救治,补偿236.5万元。\n")
    assert period(page, "236.5万元", published=None) == ("", "", "")
    # a heading's year is the year the section is about (二、2014年工作目标 / 今年…)
    page = "某市政府工作报告\n\n二、2014年工作目标\n今年全市生产总值增长12%以上。\n"
    assert period(page, "12%以上", published=None)[1:] == ("2014-01", "2014-12")
    # a year-less month or 年末 still takes the year its article names
    page = "本报讯 2012年,全县新农合补偿86.3万人次。年末参合农民41.2万人。\n"
    assert period(page, "41.2万人", published=None) == ("as_of", "", "2012-12")


def test_no_time_expression_gives_no_period():
    page = "本报讯 平遥县人民医院新增床位120张。\n"
    assert period(page, "120张", published="2025-10") == ("", "", "")


def test_the_scheme_year_a_campaign_collects_for_dates_nothing():
    # 2026年度城乡居民医保 names the insurance year the premiums are for, not when the article's
    # figures stand: a year-less cut-off takes the publication year
    page = ("我县2026年度城乡居民医保集中征缴进展顺利\n\n"
            "本报讯 截至12月10日,全县2026年度城乡居民医保参保缴费人数达21.4万人。\n")
    assert period(page, "21.4万人", published="2025-12") == ("as_of", "", "2025-12")


def test_a_section_heading_s_year_dates_the_figures_under_it_before_the_title_s():
    page = ("平遥县医疗保障局2023年工作总结\n\n一、主要成效\n\n全县参保率达96.1%。\n\n"
            "二、2024年工作计划\n\n力争全县参保率稳定在95%以上。\n")
    assert period(page, "96.1%", published="2024-01") == ("as_of", "", "2023-12")
    assert period(page, "95%以上", published="2024-01") == ("as_of", "", "2024-12")
    # a heading that names the scheme year a campaign collects for names no period of its figures
    page = page.replace("二、2024年工作计划", "二、2024年度居民医保征缴").replace("力争全县参保率稳定在95%以上", "全县参保率达95.4%")
    assert period(page, "95.4%", published="2024-01") == ("as_of", "", "2023-12")


@pytest.mark.parametrize("title", ["关于2023年度城乡居民医保工作情况的报告", "2023年全县新农合运行情况",
                                   "平遥县2023年医疗救助工作情况汇报", "某县2023年度医疗救助资金使用情况公示",
                                   "关于2023年度城乡居民医保基金收支情况的通报", "某市2023年度健康扶贫医疗保障工作通报",
                                   "某县2023年度居民医保待遇支付情况公示", "某县2023年度新农合基金运行和补偿结果",
                                   "某县2023年度健康扶贫工作自查报告", "某县2023年度县域医共体医保基金包干结余情况公示",
                                   "关于2023年度医共体医保基金结余留用考核结果的公告", "某县新型农村合作医疗试点工作2023年度运行报告",
                                   "晒成绩单丨2023年某县医保工作“答卷”来了", "2023年某县民生账本请查收"])
def test_a_report_on_how_a_year_went_dates_the_figures_with_no_time_of_their_own(title):
    page = title + "\n\n一、参保情况。全县城乡居民医保参保21.6万人,参保率96.3%。\n\n二、基金情况。基金支出1.2亿元。\n"
    assert period(page, "21.6万人", published="2024-03") == ("as_of", "", "2023-12")
    assert period(page, "1.2亿元", published="2024-03") == ("during", "2023-01", "2023-12")


@pytest.mark.parametrize("sentence,bound,count", [
    ("今年全县已有26名患者补偿金额超过3万元。", "超过3万元", "26名"),
    ("今年全县有11个乡镇参合率在92%以上。", "92%以上", "11个"),
    ("今年其中城关镇、南关镇等7个乡镇住院补偿比例超过40%。", "超过40%", "7个"),
    ("今年全县住院补偿1.4万人次,补偿金额超过5万元的有12人。", "超过5万元", "12人"),
])
def test_a_bound_that_only_says_which_of_the_counted_units_is_meant_dates_nothing(sentence, bound, count):
    # GUIDELINES §9 thresholds: the bound defines the group, the count is the statistic
    page = "本报讯 " + sentence + "\n"
    assert period(page, bound, published="2011-11") == ("", "", "")
    assert period(page, count, published="2011-11")[2] in ("2011-11", "2011-12")


def test_a_bound_every_unit_reached_is_a_statistic():
    page = "本报讯 今年全县36个乡镇参合率均超过95%,全县参合率达到97.2%。\n"
    assert period(page, "超过95%", published="2011-11") == ("as_of", "", "2011-12")


def test_a_report_titled_by_a_year_named_from_its_month_dates_the_figures_with_no_time_of_their_own():
    # 今年民生实事“成绩单”出炉 in December: this year's, as 2023年 in the title would be
    page = ("某县今年民生实事“成绩单”出炉\n\n本报讯 今年该县确定的十件民生实事已基本完成。\n\n"
            "二是城乡低保。全县城乡低保对象共三万八千余人,城市低保标准提高到每人每月三百二十元。\n")
    assert period(page, "三万八千余人", published="2013-12") == ("as_of", "", "2013-12")
    assert period(page, "三百二十元", published="2013-12") == ("during", "2013-01", "2013-12")


def test_a_title_naming_the_scheme_year_paid_for_ahead_of_the_report_dates_nothing():
    # 全县2022年度城乡居民医保征缴工作进展情况通报 in December 2021: counts made then, no year-end of 2022
    page = ("全县2022年度城乡居民医保征缴工作进展情况通报\n\n二、乡镇排名\n按完成率排序,前三位是:\n"
            "1. 张老埠乡  已缴费20815人,完成率91.36%\n")
    assert period(page, "20815人", published="2021-12") != ("as_of", "", "2022-12")
    # (nor does a drive's scheme year of the year published in: the counts of a drive notice are dated by its cut-off,
    # 截至…, and with none they have no time of their own, GUIDELINES §6)
    page = page.replace("2022年度", "2021年度")
    assert period(page, "20815人", published="2021-03") == ("", "", "")
    dated = page.replace("按完成率排序", "截至2月26日,按完成率排序")
    assert period(dated, "20815人", published="2021-03") == ("as_of", "", "2021-02")


def test_a_year_end_feature_titled_by_its_bare_year_dates_its_items():
    page = ("数说2023丨某县民生账单,请查收!\n\n2023年,全县民生支出占比达80.1%。\n\n97.9%——城乡居民医保参保率\n"
            "全县城乡居民医保参保48.2万人。\n\n0.96亿元——医疗救助资金\n累计救助困难群众3.9万人次。\n")
    assert period(page, "48.2万人", published="2024-01") == ("as_of", "", "2023-12")
    assert period(page, "3.9万人次", published="2024-01") == ("during", "2023-01", "2023-12")


def test_a_surplus_of_the_income_and_spending_told_before_it_accrues_over_their_period():
    page = ("本报讯 2012年,全县新农合基金收入8600万元,支出7900万元,结余700万元;"
            "当年仅结余120万元的还有两个乡,全县累计结余2300万元。\n")
    assert period(page, "700万元", published="2013-02") == ("during", "2012-01", "2012-12")
    assert period(page, "2300万元", published="2013-02") == ("as_of", "", "2012-12")


def test_a_cut_off_heading_the_sentence_dates_its_figures_over_the_programmes_year_after_it():
    page = "本报讯 截至6月底,该县2023年十大民生工程累计完成投资4.12亿元,8个项目中已有5项完工。\n"
    assert period(page, "4.12亿元", published="2023-07") == ("as_of", "", "2023-06")
    assert period(page, "5项", published="2023-07") == ("as_of", "", "2023-06")


def test_a_plan_for_this_year_in_the_next_years_report_on_a_year_is_the_year_it_is_published_in():
    page = ("某县召开2023年度民生实事完成情况新闻发布会\n\n王局长:2023年全县医疗救助支出1.2亿元。"
            "今年我们拟再办12件实事,计划安排资金2.6亿元左右。今年全县参保率达到96.5%。\n")
    assert period(page, "12件", published="2024-01") == ("during", "2024-01", "2024-12")
    assert period(page, "1.2亿元", published="2024-01") == ("during", "2023-01", "2023-12")
    assert period(page, "96.5%", published="2024-01") == ("as_of", "", "2023-12")  # (no plan: the year reported)


def test_this_years_plans_under_a_heading_naming_the_year_published_are_that_years_after_a_table_of_the_last():
    # a work report's results table (2021年民生实事完成情况) over 二、2022年工作任务: its 今年 in a later paragraph of the
    # section names the heading's year again, the one the report is delivered in, not the table's (GUIDELINES §6)
    page = ("某县2022年政府工作报告\n\n一、2021年工作回顾\n\n　　2021年,全县新农合参合率达到97.6%。\n\n"
            "　　2021年民生实事完成情况\n　　序号　项目　　　　　　年度目标　　完成情况\n"
            "　　1　　新增城镇就业　　3000人　　　3410人\n　　2　　新建村卫生室　　30个　　　　34个\n\n"
            "二、2022年工作任务\n\n　　今年全县经济社会发展的主要预期目标是:地区生产总值增长8%。\n\n"
            "　　民生方面,继续提高城乡居民医保水平,今年人均财政补助标准提高到每人每年610元,力争参保率保持在97%以上。\n")
    assert period(page, "610元", published="2022-01") == ("during", "2022-01", "2022-12")
    assert period(page, "97%以上", published="2022-01") == ("as_of", "", "2022-12")
    assert period(page, "3410人", published="2022-01") == ("during", "2021-01", "2021-12")


@pytest.mark.parametrize("title", ["2024年某县人民政府工作报告", "某市2024年政府工作报告"])
def test_a_government_work_reports_year_is_the_year_it_is_delivered_in_not_the_year_it_reviews(title):
    # delivered in January, it reviews the year before: its figures with no time of their own keep none
    page = title + "\n\n一、过去一年工作回顾\n\n——医疗保障水平提升。新农合参合率达到96.8%,人均筹资提高至380元。\n"
    assert period(page, "96.8%", published="2024-02") == ("", "", "")


@pytest.mark.parametrize("dateline", ["安远县医疗保障局　2024年3月", "2024年3月12日", "（2024年3月12日）",
                                      "——2024年1月18日在安远县第十八届人民代表大会第四次会议上",
                                      "(2024年3月)", "（二〇二四年三月）"])
def test_a_dateline_under_the_title_says_when_the_report_was_written_not_what_it_covers(dateline):
    page = ("安远县2023年医疗保障基金运行情况\n\n" + dateline + "\n\n基金收入方面，全年收入3.1亿元。\n\n"
            "待遇方面，住院报销比例为71.5%。\n")
    assert period(page, "3.1亿元", published="2024-03") == ("during", "2023-01", "2023-12")
    assert period(page, "71.5%", published="2024-03") == ("during", "2023-01", "2023-12")


def test_the_next_steps_after_a_finished_period_s_summary_are_no_figures_of_that_period():
    page = ("商城县2024年上半年城乡居民医保运行情况\n\n1至6月份,全县医保基金支出2.1亿元。\n\n"
            "下一步,县医保局将把乡镇卫生院起付线由100元调整为150元。\n")
    assert period(page, "150元", published="2024-08") == ("", "", "")
    assert period(page, "2.1亿元", published="2024-08") == ("during", "2024-01", "2024-06")
    # a plan for a period not yet over keeps it
    plan = "商城县2024年医疗保障工作要点\n\n下一步,全县城乡居民医保参保率稳定在96%以上。\n"
    assert period(plan, "96%以上", published="2024-02")[2] == "2024-12"


@pytest.mark.parametrize("title", ["宝清年鉴(2019)", "宝清县2019年鉴", "宝清年鉴·2019"])
def test_a_yearbook_s_entries_record_the_year_before_its_edition(title):
    page = (title + "\n\n【概况】2018年,全县城镇职工医保参保2.6万人。\n\n"
            "【新型农村合作医疗】全县参合农民27.4万人。新农合基金支出1.43亿元。\n\n【定点管理】年末全县有定点医疗机构206家。\n")
    assert period(page, "27.4万人", published="2019-10") == ("as_of", "", "2018-12")
    assert period(page, "1.43亿元", published="2019-10") == ("during", "2018-01", "2018-12")
    assert period(page, "206家", published="2019-10") == ("as_of", "", "2018-12")


@pytest.mark.parametrize("title", ["宝清年鉴(2019)", "宝清年鉴（2019）", "宝清年鉴·2019", "宝清年鉴2019 > 社会保障", "宝清年鉴 2019",
                                   "首页 › 宝清年鉴 › 2019卷 › 社会保障"])
def test_a_yearbook_whose_entries_write_no_year_records_the_year_before_its_edition(title):
    page = (title + "\n\n【医疗保险】年末,全县城镇职工医保参保2.6万人。全年征缴医疗保险费1.2亿元。\n\n"
            "【新型农村合作医疗】全县参合农民27.4万人。新农合基金支出1.43亿元。\n")
    assert period(page, "1.2亿元", published="2019-10") == ("during", "2018-01", "2018-12")
    assert period(page, "27.4万人", published="2019-10") == ("as_of", "", "2018-12")


def test_a_paragraph_headed_by_last_year_in_a_work_report_below_a_breadcrumb_dates_its_quan_nian():
    # the title below a breadcrumb is the report's title, no section heading over the paragraph's own year
    page = ("某网 > 县区动态 > 某县\n平遥县2015年政府工作报告(民生篇)\n\n2014年,我们着力办好民生实事。参合农民20.1万人。"
            "全年住院补偿1.26万人次,补偿金额2183万元。\n\n2015年,我们将继续提高补偿水平。\n")
    assert period(page, "2183万元", published="2015-03") == ("during", "2014-01", "2014-12")


def test_a_related_link_s_report_title_at_the_foot_dates_no_article_above_it():
    page = ("某市完成2023年度DRG付费年终清算\n发布时间:2024-06-14\n\n清算结果显示,2023年全市DRG付费病例共计61.4万例。\n\n"
            "今年1-5月,全市住院统筹基金支出28.7亿元,同比增长6.2%。\n\n相关链接:\n·某市2023年医保基金运行情况通报\n"
            "·关于印发《某市DRG付费实施细则(2024版)》的通知(某医保发〔2024〕12号)\n")
    assert period(page, "28.7亿元", published="2024-06") == ("during", "2024-01", "2024-05")


def test_the_links_under_a_related_articles_heading_name_no_place_of_the_page():
    # a table splits the page; the county a linked story names is not what the table is about
    page = ("长汀县2013年新农合补偿方案出台\n\n近日,长汀县出台2013年新农合补偿方案。\n\n"
            "新方案调整了起付线和报销比例,具体如下(单位:元、%):\n医疗机构级别\n起付线\n报销比例\n乡镇卫生院\n100\n85\n"
            "县级医院\n300\n70\n\n"
            "年度最高支付限额由10万元提高到15万元。\n\n相关文章:\n【1】上杭县新农合实现即时结报\n"
            "【2】龙岩市新农合参合率连续五年超97%\n")
    figures = {s: a for s, _, a in attributions(page, published="2013-01", home_name="长汀县", home_code="350821")}
    assert figures["15万元"].region == figures["100"].region == "长汀县"


def test_a_yearbook_named_in_the_page_s_first_line_above_its_section_s_title():
    # 某县年鉴2022 > 社会 > 民政 over the section's own title: the entries record 2021
    page = ("宝清年鉴2022 > 社会 > 民政\n发布时间:2022-11-09\n\n民  政\n\n【概况】2021年,县民政局争取上级资金2.1亿元。\n"
            "【社会救助】年末,全县共有城市低保对象1520户2460人。全年发放低保资金0.96亿元。\n")
    assert period(page, "1520户", published="2022-11") == ("as_of", "", "2021-12")
    assert period(page, "0.96亿元", published="2022-11") == ("during", "2021-01", "2021-12")


def test_a_sentence_since_an_event_an_earlier_sentence_dated_runs_to_the_report_s_month():
    page = "本报讯 今年3月,全市启动DIP支付方式改革。改革实施以来,住院次均费用降至7920元,同比下降5.8%。\n"
    assert period(page, "7920元", published="2021-11") == ("during", "2021-03", "2021-11")
    page = "本报讯 今年,全市启动DIP支付方式改革。改革实施以来,住院次均费用降至7920元。\n"
    assert period(page, "7920元", published="2021-11") == ("during", "2021-01", "2021-11")
    # 长期以来 says no since when
    page = "本报讯 今年3月,全市启动DIP支付方式改革。长期以来,住院次均费用高达7920元。\n"
    assert period(page, "7920元", published="2021-11") == ("during", "2021-03", "2021-03")


def test_a_since_in_a_summary_of_the_year_it_is_posted_in_runs_to_the_posting():
    # 4月下旬以来 in 某县2016年上半年工作总结 posted in July: April to July, not to December
    page = "某县民政局2016年上半年工作总结\n\n一、救灾\n4月下旬以来,全县遭受2次冰雹袭击,受灾人口达1.2万人。\n"
    assert period(page, "1.2万人", published="2016-07") == ("during", "2016-04", "2016-07")
    # in a summary of the year before, the since reads in that year
    page = page.replace("2016年上半年", "2015年")
    assert period(page, "1.2万人", published="2016-01") == ("during", "2015-04", "2015-12")


def test_a_standard_set_for_a_scheme_year_is_that_years_whatever_cut_off_dates_its_sentence():
    # 截至12月15日,2022年度…缴费已完成5.1万人,个人缴费标准为每人350元: the count at the cut-off, the standard 2022's
    page = "本报讯 截至12月15日,全县2022年度居民医保参保缴费已完成5.1万人,个人缴费标准为每人每年350元。\n"
    assert period(page, "350元", published="2021-12") == ("during", "2022-01", "2022-12")
    assert period(page, "5.1万人", published="2021-12") == ("as_of", "", "2021-12")
    # the level a standard is raised from keeps the year it names
    page = "本报讯 2025年度居民医保个人缴费标准由上年度的380元提高到400元。\n"
    assert period(page, "380元", published="2025-03") == ("during", "2024-01", "2024-12")
    assert period(page, "400元", published="2025-03") == ("during", "2025-01", "2025-12")


def test_a_year_inside_a_page_of_short_lines_is_no_title_of_the_page():
    # a 图解 post: its short lines run on from the title; 2021年 of a base the body names dates none of its figures
    page = ("图解丨职工医保门诊共济来了\n\n某县融媒体中心 2022-11-03\n\n个人账户计入办法调整\n\n退休人员\n"
            "按全市2021年基本养老金平均水平的2.5%划入\n\n起付标准\n在职职工 300元\n退休人员 200元\n")
    assert period(page, "300元", published="2022-11") == ("", "", "")
    assert period(page, "200元", published="2022-11") == ("", "", "")


def test_a_persons_age_this_year_names_no_period():
    page = "本报讯 今年68岁的王大妈去年因病住院3次,总费用9.4万元。经报销后,个人负担0.8万元。\n"
    assert period(page, "9.4万元", published="2025-05") == ("during", "2024-01", "2024-12")
    assert period(page, "0.8万元", published="2025-05") == ("during", "2024-01", "2024-12")


def test_a_time_does_not_carry_into_a_paragraph_run_on_after_a_space():
    # §9: a time does not carry into a new paragraph, also where a page lost its line breaks
    page = "本报讯 2022年底,全县共有村卫生室210个。 县医保局介绍,居民医保门诊报销比例提高到55%。\n"
    assert period(page, "210个", published="2024-03") == ("as_of", "", "2022-12")
    assert period(page, "55%", published="2024-03") == ("", "", "")
    assert period(page.replace("。 县", "。县"), "55%", published="2024-03") == ("during", "2022-01", "2022-12")


def test_a_time_without_a_year_takes_the_year_its_sentence_wrote_before_the_title_s():
    page = ("某县2010年新型农村合作医疗实施方案\n\n据县合管办统计,2009年全县共有36.2万农民参加新农合;"
            "全年共补偿参合农民约41万人次。\n")
    assert period(page, "约41万人次", published="2009-12") == ("during", "2009-01", "2009-12")
    # (a scheme year that only qualifies its noun names no year of the sentence)
    page = ("某县医保局2025年上半年工作总结\n\n三、下半年工作计划\n一是启动2026年度居民医保参保缴费工作;"
            "二是力争年底前门诊慢特病病种增加到60种。\n")
    assert period(page, "60种", published="2025-07") == ("as_of", "", "2025-12")


def test_a_whole_year_takes_the_year_a_last_year_or_the_paragraph_s_head_time_named():
    # 去年…,全年…: the whole of last year, not the publication year's
    page = "本报讯 去年全县对重点救助对象再救助百分之六十,全年共救助3520人次,救助金额1186万元。\n"
    assert period(page, "3520人次", published="2014-06") == ("during", "2013-01", "2013-12")
    # 2012年度…。全年…: the time heading the paragraph goes on (§9 carry-over), also in a report of March,
    # where a 全年 alone would be the year before; the from–to's earlier level keeps its own year
    page = ("本报讯 2012年度我县新农合筹资标准由上年的每人230元提高到290元。全年筹集基金总额预计达5120万元,"
            "比上年增加1240万元。\n")
    assert period(page, "5120万元", published="2012-03") == ("during", "2012-01", "2012-12")
    assert period(page, "1240万元", published="2012-03") == ("during", "2012-01", "2012-12")
    assert period(page, "230元", published="2012-03") == ("during", "2011-01", "2011-12")


def test_the_items_a_line_announces_with_yixia_take_the_year_of_the_sentence_before_it():
    # 2019年度…标准为每人每年220元。对以下人员给予参保资助:⏎(一)…: the items' standards are the scheme year's
    page = ("关于做好资助参保工作的通知\n\n一、资助对象及标准\n2019年度城乡居民医保个人缴费标准为每人每年250元。"
            "对以下人员给予参保资助:\n(一)特困供养人员,由县财政全额资助,即每人资助250元;\n"
            "(二)低保对象,每人资助150元,个人缴纳100元。\n")
    assert period(page, "150元", published="2018-10") == ("during", "2019-01", "2019-12")
    assert period(page, "100元", published="2018-10") == ("during", "2019-01", "2019-12")


def test_the_lines_of_a_list_with_no_marks_after_a_colon_take_the_year_of_the_paragraph_announcing_them():
    # …2023年度个人缴费标准为380元。我县对不同群体实行分类资助:⏎特困人员…;⏎低保对象…: the scheme year's
    page = ("本报讯 据介绍,2023年度城乡居民医保个人缴费标准为380元。我县对不同群体实行分类资助:\n"
            "特困人员5826人,全额资助,每人380元,资助金额221.39万元;\n低保对象47105人,每人定额资助270元,资助金额1271.84万元。\n")
    assert period(page, "1271.84万元", published="2023-04") == ("during", "2023-01", "2023-12")
    assert period(page, "221.39万元", published="2023-04") == ("during", "2023-01", "2023-12")
    # (an announcing sentence of some length, naming who pays and on what principle, announces them too)
    longer = page.replace("我县对不同群体实行分类资助:", "县财政、民政、乡村振兴等部门按照分类资助的原则,对不同困难群体给予不同标准的资助,具体情况如下:")
    assert period(longer, "1271.84万元", published="2023-04") == ("during", "2023-01", "2023-12")


def test_an_item_with_no_time_under_a_dated_heading_takes_the_heading_s_year_past_items_that_say_quannian():
    # 现将一年来工作情况及2022年工作计划报告如下:⏎一、2021年工作开展情况⏎(一)…全年…⏎(二)…全县29家…: the earlier item's
    # 全年 is its section's year, no time of its own, so the heading's 2021 dates the count, not the plan's 2022
    page = ("某县医疗保障局2021年工作总结和2022年工作计划\n\n　　现将一年来工作情况及2022年工作计划报告如下:\n"
            "　　一、2021年工作开展情况\n　　(一)医疗救助托底有力。全年累计救助困难群众8.42万人次,支出救助资金3906.1万元。\n"
            "　　(二)便民服务持续优化。全县31家定点医疗机构全部实现“一站式”结算。\n")
    assert period(page, "31家", published="2022-01") == ("as_of", "", "2021-12")


def test_every_row_of_a_ranking_with_no_stops_under_a_dated_heading_takes_its_cut_off():
    # 各乡镇缴费情况(截至2月28日): ⏎ 甲镇  参保率96.8% ⏎ 乙乡  参保率96.1% …: not the first row only
    page = ("全县参保缴费工作有序推进。\n\n各乡镇缴费情况(截至2月28日):\n　　城关镇　　参保率96.8%\n"
            "　　东山乡　参保率95.1%\n　　西河镇　　参保率94.3%\n")
    for figure in ("96.8%", "95.1%", "94.3%"):
        assert period(page, figure, published="2023-03") == ("as_of", "", "2023-02")


def test_the_half_year_a_progress_tables_title_names_dates_its_cells_in_a_page_with_no_date():
    # 某县2016年…上半年进展情况表 with no publication month: the first half of 2016, not the whole year
    page = ("某县2016年十件民生实事项目上半年进展情况表\n\n序号 | 项目名称 | 年度目标任务 | 上半年完成情况\n"
            "1 | 城乡居民医保 | 参保人数达到52万人 | 参保51.2万人,到位补助资金1.3亿元\n"
            "2 | 医疗救助 | 救助3000人次以上 | 救助1622人次,支出救助金480.5万元\n")
    assert period(page, "51.2万人", published="") == ("as_of", "", "2016-06")
    assert period(page, "1622人次", published="") == ("during", "2016-01", "2016-06")
    assert period(page, "1622人次", published="") == period(page, "1622人次", published="2016-07")


def test_a_year_in_a_bracket_set_into_running_text_dates_nothing_after_it():
    # …起付线为6500元(参照2013年全县农民人均纯收入确定)。…报销50%: the bracket's year is the income's only
    page = ("本报讯 大病保险起付线为6500元(参照2013年全县农民人均纯收入确定)。"
            "参保人员住院费用超过起付线的部分报销50%。\n")
    assert period(page, "50%", published="2014-11") == ("", "", "")
    # a bracket opening with a time glosses the time before it (本周(11月29日至12月5日)…): it dates the figures
    page = "本报讯 本周(11月29日至12月5日)全县新增缴费3100余人,日均缴费440余人。\n"
    assert period(page, "3100余人", published="2025-12") == ("during", "2025-11", "2025-12")


def test_the_year_of_the_income_a_threshold_is_set_by_dates_no_standard():
    # 起付线参照上年度全市居民人均可支配收入确定,为1.9万元: 上年度 is the income's year, not the threshold's
    page = ("本报讯 大病保险起付线参照上年度全市居民人均可支配收入确定,起付线为1.9万元。"
            "超过起付线的部分报销50%。\n")
    assert period(page, "1.9万元", published="2014-11") == ("", "", "")
    assert period(page, "50%", published="2014-11") == ("", "", "")


def test_a_list_under_a_heading_that_names_a_cut_off_is_counted_to_it():
    # 二、各乡镇完成率(截至12月20日,…) ⏎ 甲乡87.6%、乙乡85.9%…: the rates as they stood on that day
    page = ("某县医保局工作简报\n\n一、总体情况\n全县参保缴费工作有序推进。\n\n二、各乡镇完成率(截至12月20日,按完成率由高到低排列)\n"
            "湖北口回族乡86.41%、景阳乡84.9%、关防乡83.12%。\n")
    assert period(page, "84.9%", published="2024-12") == ("as_of", "", "2024-12")


def test_the_items_of_a_plan_section_take_its_heading_s_year_not_the_announcing_line_s_first():
    # 现将我局2023年工作总结及2024年工作计划报告如下: ⏎ … 二、2024年工作计划 ⏎ (一)…: the plan's year
    page = ("某县医疗保障局关于2023年工作总结及2024年工作计划的报告\n县人民政府:\n"
            "现将我局2023年工作总结及2024年工作计划报告如下:\n一、2023年工作总结\n(一)全县基本医保参保率达到95.7%。\n"
            "二、2024年工作计划\n(一)力争全县基本医保参保率稳定在96%以上。\n(二)城乡居民医保个人缴费标准按380元/人执行。\n")
    assert period(page, "96%以上", published="2024-01") == ("as_of", "", "2024-12")
    assert period(page, "380元/人", published="2024-01") == ("during", "2024-01", "2024-12")
    assert period(page, "95.7%", published="2024-01") == ("as_of", "", "2023-12")


def test_the_items_of_a_list_take_the_time_of_the_sentence_that_introduces_them():
    # 作如下调整: the numbered items go on from the sentence before the colon (GUIDELINES §9 carry-over)
    page = ("关于调整新农合补偿方案的通知\n\n经研究,决定对2013年度新农合补偿方案作如下调整:\n"
            "一、住院起付线:乡镇卫生院150元,县级医院400元。\n\n二、年度封顶线提高到12万元。\n"
            "本通知自发文之日起执行。\n\n全县已有定点医院26家。\n")
    assert period(page, "400元", published="2013-02") == ("during", "2013-01", "2013-12")
    assert period(page, "12万元", published="2013-02") == ("during", "2013-01", "2013-12")
    # a paragraph that is no numbered item does not
    assert period(page, "26家", published="2013-02") == ("", "", "")



# 分别 pairs items with figures in order
YEARS_LISTED = "本报讯 近年来县里报销水平逐年提高,2022年、2023年全县住院费用报销比例分别为67.8%和69.5%。\n"
YEARS_COMPARED = "本报讯 从结算结果看,全县2023年住院次均费用较2021年、2022年分别下降312元、158元。\n"
YEAR_RANGE = ("本报讯 2021年至2023年,全县城乡居民医保参保人数分别为33.9万人、34.2万人、34.0万人,"
              "基金支出分别为3.1亿元、3.4亿元、3.6亿元。\n")
RANGE_FEWER = "本报讯 2021年至2023年,全县医疗救助支出和资助参保资金分别为1.2亿元、0.4亿元。\n"


@pytest.mark.parametrize("page,surface,expected", [
    # the year an item names is its figure's period …
    (YEARS_LISTED, "67.8%", ("during", "2022-01", "2022-12")),
    (YEARS_LISTED, "69.5%", ("during", "2023-01", "2023-12")),
    # … unless the years are what the figures are compared with: the year the sentence names
    (YEARS_COMPARED, "312元", ("during", "2023-01", "2023-12")),
    (YEARS_COMPARED, "158元", ("during", "2023-01", "2023-12")),
    # a year range with as many figures after 分别 as years: one a year, a level at its December
    (YEAR_RANGE, "33.9万人", ("as_of", "", "2021-12")),
    (YEAR_RANGE, "34.0万人", ("as_of", "", "2023-12")),
    (YEAR_RANGE, "3.4亿元", ("during", "2022-01", "2022-12")),
    # fewer figures than years: the range is each one's period
    (RANGE_FEWER, "0.4亿元", ("during", "2021-01", "2023-12")),
])
def test_a_fenbie_list_s_years_date_its_figures(page, surface, expected):
    assert period(page, surface, published="2024-03") == expected


# ---------------------------------------------------------------- statistical bulletin

BULLETIN = """平遥县2023年国民经济和社会发展统计公报

平遥县统计局

年末全县户籍人口49.6万人。全年地区生产总值186.3亿元,比上年增长5.2%。

年末全县城乡居民基本医疗保险参保人数41.2万人。全年城乡居民医保基金支出3.1亿元。

全县共有各级各类学校118所。城乡居民医保基金支出中住院费用2.2亿元。
"""


@pytest.mark.parametrize("surface, expected", [
    ("49.6万人", ("as_of", "", "2023-12")),
    ("186.3亿元", ("during", "2023-01", "2023-12")),
    ("5.2%", ("during", "2023-01", "2023-12")),
    ("41.2万人", ("as_of", "", "2023-12")),
    ("3.1亿元", ("during", "2023-01", "2023-12")),
    # no time expression of its own: the bulletin's year
    ("118所", ("as_of", "", "2023-12")),
    ("2.2亿元", ("during", "2023-01", "2023-12")),
])
def test_bulletin_figures_take_the_bulletins_year_when_published_the_next_year(surface, expected):
    assert period(BULLETIN, surface, published="2024-04", home_name="晋中市", home_code="140700") == expected


def test_bulletin_figures_without_a_publication_month():
    assert period(BULLETIN, "186.3亿元", published=None) == ("during", "2023-01", "2023-12")


# a report whose title opens with 关于: the year after it is the year reported on, not a date on
# which something happened (于3月挂牌)
REPORT_ON = """关于2022年县民生实事完成情况的报告

一、新建乡镇卫生院2所。已全部建成投用。
二、资助困难群众参加城乡居民医保1.2万人。已资助1.26万人,资金451万元。
"""


@pytest.mark.parametrize("surface, expected", [
    ("2所", ("during", "2022-01", "2022-12")),  # built that year
    ("1.26万人", ("during", "2022-01", "2022-12")),
    ("451万元", ("during", "2022-01", "2022-12")),
])
def test_a_report_titled_guanyu_a_year_takes_that_year(surface, expected):
    assert period(REPORT_ON, surface, published="2023-01") == expected


def test_bulletin_region_is_the_county_in_its_title():
    a = attribution(BULLETIN, "41.2万人", published="2024-04", home_name="晋中市", home_code="140700")
    assert (a.region, a.region_code) == ("平遥县", "140728")


def test_a_news_article_published_in_2024_reads_nianmo_as_2024_not_2023():
    # the control for the bulletin: no summary title, so 全年 is the publication year so far
    page = "本报讯 平遥县今年经济运行平稳。全年地区生产总值预计达到186.3亿元。\n"
    kind, start, end = period(page, "186.3亿元", published="2024-04")
    assert (kind, start[:4]) == ("during", "2024")


# ---------------------------------------------------------------- continuation and boundaries

def test_qizhong_continuation_inherits_the_head_time():
    page = ("本报讯 2024年,平遥县发放医疗救助资金826万元,惠及困难群众5200人次。"
            "其中,住院救助资金520万元,门诊救助资金98万元。\n")
    for surface in ("826万元", "5200人次", "520万元", "98万元"):
        assert period(page, surface, published="2025-03") == ("during", "2024-01", "2024-12"), surface
    a = attribution(page, "520万元", published="2025-03")
    assert (a.program, a.metric) == ("inpatient_assistance", "amount")


def test_time_does_not_leak_into_the_next_paragraph_without_its_own():
    page = ("本报讯 2024年,平遥县发放医疗救助资金826万元。\n\n"
            "全县还新建标准化村卫生室12个。\n")
    assert period(page, "12个", published="2025-03") == ("", "", "")


TWO_ARTICLES = """平遥县医保参保工作稳步推进

本报讯 截至2025年6月底,平遥县城乡居民医保参保人数达39.2万人。(郝建军)

介休市新建一批健身场地

本报讯 介休市体育部门新建健身广场14个,配置健身器材380件。(王丽)
"""


def test_time_expression_does_not_leak_into_the_next_article():
    assert period(TWO_ARTICLES, "39.2万人", published="2025-08") == ("as_of", "", "2025-06")
    for surface in ("14个", "380件"):
        assert period(TWO_ARTICLES, surface, published="2025-08") == ("", "", ""), surface
        a = attribution(TWO_ARTICLES, surface, published="2025-08")
        assert (a.region, a.region_code) == ("介休市", "140781")


# ---------------------------------------------------------------- process_document and facts

def run_page(page: str, doc: str, manifest: ManifestRow):
    return process_document(decode(page.encode("utf-8")), DocMeta(doc, doc, manifest, doc_id=doc))


HOME = ManifestRow("晋中市", "140700", "2025-11")

# a deck under the headline repeating the body's sentence word for word
PULL_QUOTE_PAGE = """平遥县医保惠民暖人心

截至2025年10月底,全县城乡居民医保参保人数达39.2万人

本报讯 (记者 郝建军) 近年来,平遥县持续扩大医保覆盖面。截至2025年10月底,全县城乡居民医保参保人数达39.2万人,参保率稳定在96%以上。县医保局还在各乡镇设立便民服务窗口,方便群众就近办理业务。(郝建军)
"""

BODY_TAIL = ("县医保局还在各乡镇设立便民服务窗口,方便群众就近办理业务,群众办事满意度持续提升,"
             "真正让数据多跑路、群众少跑腿。(郝建军)\n")
BODY_HEAD = ("平遥县医保惠民暖人心\n\n"
             "本报讯 (记者 郝建军) 近年来,平遥县持续扩大医保覆盖面。截至2025年10月底,"
             "全县城乡居民医保参保人数达39.2万人,参保率稳定在96%以上。\n\n")
# a pull quote between body paragraphs, shortened, with its own time head
PULL_QUOTE_SHORTENED = BODY_HEAD + "截至10月底,全县参保人数达39.2万人,参保率稳定在96%以上\n\n" + BODY_TAIL
# a pull quote between body paragraphs, a verbatim excerpt without the sentence's time head
PULL_QUOTE_NO_TIME = BODY_HEAD + "全县城乡居民医保参保人数达39.2万人\n\n" + BODY_TAIL
# a deck under the headline that shortens the body sentence and drops the scheme's name
DECK_SHORTENED = PULL_QUOTE_PAGE.replace("\n\n截至2025年10月底,全县城乡居民医保参保人数达39.2万人\n\n",
                                         "\n\n截至2025年10月底,全县参保人数达39.2万人\n\n")


def test_document_result_rows_carry_the_attribution():
    r = run_page(PULL_QUOTE_PAGE, "pq.txt", HOME)
    assert r.document["status"] == "ok"
    assert r.document["n_mentions"] == len(r.mentions) == 3
    body = [m.row() for m in r.mentions if m.text == "39.2万人"][-1]
    assert (body["region"], body["region_code"], body["program"], body["metric"],
            body["period_kind"], body["period_end"]) == (
        "平遥县", "140728", "resident_medical_insurance", "insured_persons", "as_of", "2025-10")
    assert body["value"] == 392000.0 and body["unit"] == "人"
    raw = PULL_QUOTE_PAGE
    assert all(raw[m.start:m.end] == m.text for m in r.mentions)


def _one_fact_of_two_mentions(page: str):
    r = run_page(page, "pq.txt", HOME)
    mentions = [m for m in r.mentions if m.text == "39.2万人"]
    assert len(mentions) == 2  # two mentions (§2) ...
    facts = [f for f in merge_facts(r.facts) if f["value"] == 392000.0]
    assert len(facts) == 1, [(f["program"], f["metric"], f["period_end"]) for f in facts]  # ... one fact
    fact = facts[0]
    assert (fact["program"], fact["metric"], fact["period_end"]) == (
        "resident_medical_insurance", "insured_persons", "2025-10")
    assert fact["n_mentions"] == 2 and fact["conflict"] is False
    body_start = page.index("城乡居民医保参保人数达39.2万人,参保率") + len("城乡居民医保参保人数达")
    assert fact["start"] == body_start  # the body mention is the evidence, not the pull quote
    return r


def test_deck_repeating_a_body_figure_supports_the_body_fact():
    r = _one_fact_of_two_mentions(PULL_QUOTE_PAGE)
    assert sum(f.repeat for f in r.facts if f.text == "39.2万人") == 1


def test_shortened_pull_quote_with_its_own_time_supports_the_body_fact():
    r = _one_fact_of_two_mentions(PULL_QUOTE_SHORTENED)
    rate = [f for f in merge_facts(r.facts) if f["metric"] == "enrollment_rate"]
    assert len(rate) == 1 and rate[0]["n_mentions"] == 2


def test_pull_quote_without_a_time_of_its_own_supports_the_body_fact():
    _one_fact_of_two_mentions(PULL_QUOTE_NO_TIME)


def test_shortened_deck_naming_no_scheme_supports_the_body_fact():
    _one_fact_of_two_mentions(DECK_SHORTENED)


def test_two_documents_with_different_values_for_one_key_conflict():
    other = "本报讯 截至2025年10月底,平遥县城乡居民医保参保人数达39.5万人。\n"
    r1 = run_page(PULL_QUOTE_PAGE, "a.txt", HOME)
    r2 = run_page(other, "b.txt", HOME)
    facts = [f for f in merge_facts(r1.facts + r2.facts) if f["metric"] == "insured_persons"]
    assert len(facts) == 1
    f = facts[0]
    assert f["conflict"] is True
    assert f["conflict_values"] == "392000; 395000"
    assert f["n_mentions"] == 3
    assert (f["region_code"], f["period_kind"], f["period_end"]) == ("140728", "as_of", "2025-10")


def test_same_value_in_two_documents_is_one_fact_without_conflict():
    other = "本报讯 截至2025年10月底,平遥县城乡居民医保参保人数达39.2万人。\n"
    facts = [f for f in merge_facts(run_page(PULL_QUOTE_PAGE, "a.txt", HOME).facts
                                    + run_page(other, "b.txt", HOME).facts)
             if f["metric"] == "insured_persons"]
    assert len(facts) == 1 and facts[0]["conflict"] is False and facts[0]["n_mentions"] == 3


def test_different_periods_are_different_facts():
    other = "本报讯 截至2025年9月底,平遥县城乡居民医保参保人数达39.1万人。\n"
    facts = [f for f in merge_facts(run_page(PULL_QUOTE_PAGE, "a.txt", HOME).facts
                                    + run_page(other, "b.txt", HOME).facts)
             if f["metric"] == "insured_persons"]
    assert sorted(f["period_end"] for f in facts) == ["2025-09", "2025-10"]
    assert not any(f["conflict"] for f in facts)


def test_mentions_without_a_period_are_not_fact_candidates():
    page = "本报讯 近日,一场健康知识公益讲座在社区举行,吸引了300余名群众参加。\n"
    r = run_page(page, "c.txt", ManifestRow())
    assert [m.text for m in r.mentions] == ["300余名"]
    assert r.mentions[0].region == "" and r.mentions[0].period_kind == ""
    assert r.facts == []


UNPLACED_PAGE = "本报讯 2025年1至9月,我县城乡居民医保基金支出1.26亿元。\n"


def test_an_unplaced_pages_figure_is_a_fact_of_its_own_document():
    """No place named and no home region: still a fact (with its period), but two such pages
    saying the same thing are two facts, not one statistic."""
    facts = merge_facts(run_page(UNPLACED_PAGE, "a.txt", ManifestRow()).facts
                        + run_page(UNPLACED_PAGE, "b.txt", ManifestRow()).facts)
    assert [(f["doc"], f["region"], f["program"], f["metric"], f["value"]) for f in facts] == [
        ("a.txt", "", "resident_medical_insurance", "amount", 126_000_000.0),
        ("b.txt", "", "resident_medical_insurance", "amount", 126_000_000.0)]
    assert len({f["fact_id"] for f in facts}) == 2 and all(f["n_mentions"] == 1 for f in facts)


def test_a_region_without_a_code_is_one_fact_across_documents():
    page = "本报讯 2025年1至9月,全国基本医保基金支出2.1万亿元。\n"
    facts = merge_facts(run_page(page, "a.txt", HOME).facts + run_page(page, "b.txt", HOME).facts)
    assert [(f["region"], f["region_code"], f["n_mentions"]) for f in facts] == [("中国", "", 2)]


# ---------------------------------------------------------------- periods in real report shapes

BULLETIN_YEAR_END = ("永定县2009年国民经济和社会发展统计公报\n\n"
                     "年末全县参加城镇职工基本医疗保险人数4.12万人,比上年末增加0.35万人,增长9.3%;"
                     "全年收缴医疗保险费1860万元。城镇居民人均收入达12450元,城镇失业率为3.8%。"
                     "年末全县社会保险基金滚存结余8.6亿元,本年结余0.9亿元。"
                     "年末居民医保基金历年累计结余达3.2亿元,当年结余0.4亿元。\n")


@pytest.mark.parametrize("surface,expected", [
    ("4.12万人", ("as_of", "", "2009-12")),           # a stock: the year's end
    ("0.35万人", ("during", "2009-01", "2009-12")),   # a change is a flow (GUIDELINES §6), 比上年末 too
    ("9.3%", ("during", "2009-01", "2009-12")),
    ("1860万元", ("during", "2009-01", "2009-12")),   # money collected over the year
    ("12450元", ("during", "2009-01", "2009-12")),    # income over the year, carried from 年末
    ("3.8%", ("as_of", "", "2009-12")),               # a named rate is a level
    ("8.6亿元", ("as_of", "", "2009-12")),             # a balance carried over the years (§9)
    ("0.9亿元", ("during", "2009-01", "2009-12")),     # the year's own surplus
    ("3.2亿元", ("as_of", "", "2009-12")),             # a fund balance is a level …
    ("0.4亿元", ("during", "2009-01", "2009-12")),     # … but the year's own surplus accrues (§9)
])
def test_year_end_dates_stocks_and_gives_flows_and_changes_the_year(surface, expected):
    assert period(BULLETIN_YEAR_END, surface, published="2010-03") == expected


CUT_OFF_YEAR_END = ("永定县医保局2023年工作总结\n\n"
                    "截至2023年12月31日,全县职工医保参保2.4万人,较上年末增加860人;截至年底,"
                    "城乡居民医保参保率96.2%,比上年提高0.5个百分点,累计救助3100人次。"
                    "截至11月底,全县参保21万人,比上年同期减少0.3万人。\n")


@pytest.mark.parametrize("surface,expected", [
    ("2.4万人", ("as_of", "", "2023-12")),          # the stock at the cut-off
    ("860人", ("during", "2023-01", "2023-12")),     # a change to a year's end is the year's, as under 年末
    ("96.2%", ("as_of", "", "2023-12")),
    ("0.5个百分点", ("during", "2023-01", "2023-12")),
    ("3100人次", ("as_of", "", "2023-12")),           # a running total stays at its cut-off (§9)
    ("0.3万人", ("as_of", "", "2023-11")),            # a change against the same moment a year before: at the cut-off
])
def test_a_change_to_a_cut_off_at_a_years_end_is_the_years(surface, expected):
    assert period(CUT_OFF_YEAR_END, surface, published="2024-01") == expected


BULLETIN_INVENTORY = ("永定县2011年统计公报\n\n"
                      "全县有图书馆2个,乡镇综合文化站18个,村级卫生室206个;"
                      "新建村级书屋35个,全年接待读者12.6万人次,投入资金480万元。\n")

PROGRESS = ("永定县2023年民生实事完成情况\n\n"
            "2023年,改造县乡道路86公里,全部完工,完工率为100%;拨付专项资金2300万元,拨付率达到96%;"
            "县内住院就诊率为91.5%。家庭医生重点人群签约率达78.6%,农村自来水普及率为93%。\n")

PREMIUMS = ("永定县医保局上半年工作总结\n\n"
            "今年1-6月,全县城乡居民参保缴费1.2亿元,参保人数达21万人,医保基金结存3.4亿元。\n")

RUNNING_TOTALS = ("永定县2023年民生工作综述\n\n"
                  "2023年,全县累计建成村级便民服务站136个,累计入户宽带2.4万户,累计巡查河道1800公里。"
                  "自2016年以来,全县累计建成农家书屋210个。\n")

FROM_TO_COUNTS = ("永定县2023年新农合工作综述\n\n"
                  "2023年,全县定点医疗机构由年初的18家增加到26家,因病致贫户从上年末的412户减少到236户;"
                  "全年新建村卫生室由计划的10所增加到12所。\n")

HOLDINGS = ("永定县2023年统计公报\n\n"
            "城镇居民每百户拥有家用汽车41辆,空调 156台,洗衣机98台。"
            "全年新建公厕26座,改造农贸市场3个,停车场 5个。"
            "全年招收研究生820人,在校学生6900人,毕业生 1800人。\n")

# the same, as text copied out of a PDF prints it: a blank after every number
HOLDINGS_SPACED = ("永定县2023 年统计公报\n\n"
                   "城镇居民每百户拥有家用汽车41 辆,空调156 台,洗衣机98 台。"
                   "全县农村低保对象9,860 户、15,230 人,全年发放低保金4210 万元。\n")

MEMBERS = ("永定县民政局2023年工作总结\n\n"
           "全县农村低保对象9860户、15230人,全年发放低保金4210万元。全县特困供养人员3120人。"
           "全年走访慰问低保对象1600人。全县城市最低生活保障对象2840人。\n")

DIVISIONS = ("永定县2023年医疗保障工作总结\n\n"
             "全县14个乡镇均开通了门诊统筹,236个村设立了医保服务点。今年增补3个乡镇为试点乡镇。"
             "5所乡镇卫生院完成改造。\n")


@pytest.mark.parametrize("page,published,surface,expected", [
    # a sentence opening with what a whole county has lists levels …
    (BULLETIN_INVENTORY, "2012-03", "2个", ("as_of", "", "2011-12")),
    (BULLETIN_INVENTORY, "2012-03", "18个", ("as_of", "", "2011-12")),   # … the counts after it too
    (BULLETIN_INVENTORY, "2012-03", "206个", ("as_of", "", "2011-12")),
    (BULLETIN_INVENTORY, "2012-03", "35个", ("during", "2011-01", "2011-12")),  # built in the year
    (BULLETIN_INVENTORY, "2012-03", "12.6万人次", ("during", "2011-01", "2011-12")),  # visits accrue
    (BULLETIN_INVENTORY, "2012-03", "480万元", ("during", "2011-01", "2011-12")),     # and money
    # how far a task has got is a level at the period's end; a share of the year's visits is not
    (PROGRESS, "2024-01", "100%", ("as_of", "", "2023-12")),
    (PROGRESS, "2024-01", "96%", ("as_of", "", "2023-12")),
    (PROGRESS, "2024-01", "91.5%", ("during", "2023-01", "2023-12")),
    (PROGRESS, "2024-01", "2300万元", ("during", "2023-01", "2023-12")),
    # how much of a population a service covers is a level, as an enrollment rate is
    (PROGRESS, "2024-01", "78.6%", ("as_of", "", "2023-12")),
    (PROGRESS, "2024-01", "93%", ("as_of", "", "2023-12")),
    # a running total of things is how many there are; a distance patrolled accrues, and a total
    # with a start of its own spans it (§9)
    # money accrues beside a stock word (premiums paid by the insured); a balance is a level
    (PREMIUMS, "2024-07", "1.2亿元", ("during", "2024-01", "2024-06")),
    (PREMIUMS, "2024-07", "21万人", ("as_of", "", "2024-06")),
    (PREMIUMS, "2024-07", "3.4亿元", ("as_of", "", "2024-06")),
    (RUNNING_TOTALS, "2024-01", "136个", ("as_of", "", "2023-12")),
    # both ends of a from–to of things or households are levels; what was built stays a flow
    (FROM_TO_COUNTS, "2024-01", "18家", ("as_of", "", "2023-01")),
    (FROM_TO_COUNTS, "2024-01", "26家", ("as_of", "", "2023-12")),
    (FROM_TO_COUNTS, "2024-01", "236户", ("as_of", "", "2023-12")),
    (FROM_TO_COUNTS, "2024-01", "12所", ("during", "2023-01", "2023-12")),
    (RUNNING_TOTALS, "2024-01", "2.4万户", ("as_of", "", "2023-12")),
    (RUNNING_TOTALS, "2024-01", "1800公里", ("during", "2023-01", "2023-12")),
    (RUNNING_TOTALS, "2024-01", "210个", ("during", "2016-01", "2024-01")),
    # how many members a group has is a level; the people a verb reaches accrue
    (MEMBERS, "2024-02", "9860户", ("as_of", "", "2023-12")),
    (MEMBERS, "2024-02", "15230人", ("as_of", "", "2023-12")),
    (MEMBERS, "2024-02", "3120人", ("as_of", "", "2023-12")),
    (MEMBERS, "2024-02", "1600人", ("during", "2023-01", "2023-12")),
    (MEMBERS, "2024-02", "4210万元", ("during", "2023-01", "2023-12")),
    (MEMBERS, "2024-02", "2840人", ("as_of", "", "2023-12")),  # 低保 written out, as bulletins print it
    # how many of an area's divisions do or have something is a level; divisions added in the
    # period, and institutions named after a division, are not
    (DIVISIONS, "2024-02", "14个", ("as_of", "", "2023-12")),
    (DIVISIONS, "2024-02", "236个", ("as_of", "", "2023-12")),
    (DIVISIONS, "2024-02", "3个", ("during", "2023-01", "2023-12")),
    (DIVISIONS, "2024-02", "5所", ("during", "2023-01", "2023-12")),
    # counts of what a sanction reached, like the money recovered beside them, run from the paragraph's
    # start to the cut-off (§9); the institutions inspected are the area's, a level at the cut-off
    ("本报讯 今年以来,县医保局开展专项检查。截至6月底,共检查定点医药机构186家,查处违规机构41家,追回医保基金95.3万元。\n",
     "2024-07", "41家", ("during", "2024-01", "2024-06")),
    ("本报讯 今年以来,县医保局开展专项检查。截至6月底,共检查定点医药机构186家,查处违规机构41家,追回医保基金95.3万元。\n",
     "2024-07", "186家", ("as_of", "", "2024-06")),
    # an open start with 今年 (今年4月起) is the start of a running total under the cut-off after it
    ("本报讯 今年4月起,全县推行一站式结算。截至9月底,已结算1.26万人次,报销金额5210万元。\n",
     "2024-10", "5210万元", ("during", "2024-04", "2024-09")),
    # residents a family doctor has signed are covered, a level; those newly signed accrue
    ("本报讯 今年一季度,全县新增家庭医生签约居民8600人,累计签约21.4万人。\n", "2024-04", "21.4万人", ("as_of", "", "2024-03")),
    ("本报讯 今年一季度,全县新增家庭医生签约居民8600人,累计签约21.4万人。\n", "2024-04", "8600人", ("during", "2024-01", "2024-03")),
    # patients under a doctor's management are a caseload, counted at a moment; those newly found accrue
    ("本报讯 1-9月,全县在管高血压患者4.12万人,新发现患者1630人。\n", "2024-10", "4.12万人", ("as_of", "", "2024-09")),
    ("本报讯 1-9月,全县在管高血压患者4.12万人,新发现患者1630人。\n", "2024-10", "1630人", ("during", "2024-01", "2024-09")),
    # the share of the poor is a level at the year's end, also where it falls to it
    ("本报讯 2019年,全县减贫3120人,贫困发生率降至0.42%。\n", "2020-02", "0.42%", ("as_of", "", "2019-12")),
    # how much of its beds a year used is over the year, though 病床 counts beds
    ("本报讯 2023年,全县医院病床使用率82.7%,实有床位1520张。\n", "2024-03", "82.7%", ("during", "2023-01", "2023-12")),
    ("本报讯 2023年,全县医院病床使用率82.7%,实有床位1520张。\n", "2024-03", "1520张", ("as_of", "", "2023-12")),
    # 标准化 is no stock word: things made over a span of years accrue over it
    ("本报讯 过去五年,全县建成标准化村卫生室46个。\n", "2024-01", "46个", ("during", "2019-01", "2024-01")),
    # the later items of a list of things had (拥有…41辆,空调156台) are levels like the first …
    (HOLDINGS, "2024-02", "156台", ("as_of", "", "2023-12")),
    (HOLDINGS, "2024-02", "98台", ("as_of", "", "2023-12")),
    (HOLDINGS_SPACED, "2024-02", "156 台", ("as_of", "", "2023-12")),
    (HOLDINGS_SPACED, "2024-02", "98 台", ("as_of", "", "2023-12")),
    (HOLDINGS_SPACED, "2024-02", "9,860 户", ("as_of", "", "2023-12")),
    (HOLDINGS_SPACED, "2024-02", "15,230 人", ("as_of", "", "2023-12")),
    (HOLDINGS_SPACED, "2024-02", "4210 万元", ("during", "2023-01", "2023-12")),
    # … of things built, built in the year; and a stock noun (在校) speaks for its own item only
    (HOLDINGS, "2024-02", "5个", ("during", "2023-01", "2023-12")),
    (HOLDINGS, "2024-02", "6900人", ("as_of", "", "2023-12")),
    (HOLDINGS, "2024-02", "1800人", ("during", "2023-01", "2023-12")),
    # how many kinds of business a service handles is a level, 办理 after it naming what they are;
    # kinds done in the period, and a work report's projects (实事项目), accrue
    ("本报讯 2023年,全县16个乡镇设立医保工作站,实现参保登记等9项业务就近办理。\n", "2024-01", "9项",
     ("as_of", "", "2023-12")),
    ("本报讯 2023年,全县完成11项医保高频事项网上办改造。\n", "2024-01", "11项", ("during", "2023-01", "2023-12")),
    ("本报讯 2023年,县里办结的18项实事项目均已验收。\n", "2024-01", "18项", ("during", "2023-01", "2023-12")),
    # all the institutions an area has (全县/辖区内 right before the count) are a level; those
    # a clause says were built, or some of them acted on, accrue
    ("本报讯 今年1至8月,全县城乡居民医保征缴进度达到74%。\n", "2024-09", "74%", ("as_of", "", "2024-08")),
    ("本报讯 2023年,全县21家公立医疗机构全部接入医保信息平台。\n", "2024-01", "21家", ("as_of", "", "2023-12")),
    ("本报讯 2023年,县医保局对辖区内 64家定点药店开展检查。\n", "2024-01", "64家", ("as_of", "", "2023-12")),
    ("本报讯 2023年,全县新建9所村级幼儿园。\n", "2024-01", "9所", ("during", "2023-01", "2023-12")),
    ("本报讯 2023年,县医保局对7家定点医疗机构作出处罚。\n", "2024-01", "7家", ("during", "2023-01", "2023-12")),
    # an area, the name of a kind of institution and its count (共/有 between), and the bare item after it
    ("本报讯 上半年,全县定点医疗机构共512家,定点零售药店263家。\n", "2026-07", "512家", ("as_of", "", "2026-06")),
    ("本报讯 上半年,全县定点医疗机构共512家,定点零售药店263家。\n", "2026-07", "263家", ("as_of", "", "2026-06")),
    # a verb between: what was done to some of them accrues
    ("本报讯 上半年,全县共检查定点医药机构386家。\n", "2026-07", "386家", ("during", "2026-01", "2026-06")),
    # the people an insurance has (参加…保险的职工) are a level, also under a span with its start; people
    # at a training on it, or helped to join it, accrue
    ("本报讯 2023年,全县参加失业保险的职工有2.6万人。\n", "2024-01", "2.6万人", ("as_of", "", "2023-12")),
    ("本报讯 自2022年1月试点以来,截至2023年12月底,全市参加长期护理保险的职工已达38.4万人。\n", "2024-01",
     "38.4万人", ("as_of", "", "2023-12")),
    ("本报讯 2023年,全县组织参加医保政策培训的干部320人。\n", "2024-01", "320人", ("during", "2023-01", "2023-12")),
    ("本报讯 2023年,全县资助参加城乡居民养老保险的困难群众1.2万人。\n", "2024-01", "1.2万人",
     ("during", "2023-01", "2023-12")),
    # a share done of a target is how far the work had got, a level, as a completion rate is
    ("本报讯 2023年,全县城镇新增就业5200人,完成年度目标任务的112%。\n", "2024-01", "112%", ("as_of", "", "2023-12")),
    # a part of a level (其中…) is a level; a part that says it is new, or money, or a part of a rate, accrues
    ("某县2023年统计公报\n\n全县新增有线电视用户1800户,累计入户9.6万户,其中农村7.1万户。\n", "2024-03", "7.1万户",
     ("as_of", "", "2023-12")),
    ("本报讯 2023年,全县城镇职工参保8412人,其中新增缴费173人。\n", "2024-01", "173人", ("during", "2023-01", "2023-12")),
    ("本报讯 2023年,资助参保率保持100%。其中,甲乡资助6210人。\n", "2024-01", "6210人", ("during", "2023-01", "2023-12")),
    # the members of a group the year helped, listed under 其中, are people helped as their head is, however
    # bare their clause; the same bare count standing alone is how many members the group has
    ("本报讯 2023年,全县共保障城乡低保对象9630人,其中城市低保对象1180人,农村低保对象8450人。\n", "2024-01",
     "8450人", ("during", "2023-01", "2023-12")),
    ("本报讯 2023年,全县城乡低保对象9630人,其中城市低保对象1180人,农村低保对象8450人。\n", "2024-01",
     "8450人", ("as_of", "", "2023-12")),
    # beds and health workers are a level; visits to train them accrue
    ("本报讯 2023年,全县有医疗卫生机构186个。病床810张,卫生技术人员1126人。\n", "2024-01", "810张", ("as_of", "", "2023-12")),
    ("本报讯 2023年,全县有医疗卫生机构186个。病床810张,卫生技术人员1126人。\n", "2024-01", "1126人", ("as_of", "", "2023-12")),
    ("本报讯 2023年,全县培训卫生技术人员1200人次。\n", "2024-01", "1200人次", ("during", "2023-01", "2023-12")),
    # the workforce's other counts are levels too
    ("本报讯 2023年,全县卫生人员4210人,执业助理医师286人。\n", "2024-01", "4210人", ("as_of", "", "2023-12")),
    ("本报讯 2023年,全县卫生人员4210人,执业助理医师286人。\n", "2024-01", "286人", ("as_of", "", "2023-12")),
    ("本报讯 2023年,全县卫生专业技术人员3120名。\n", "2024-01", "3120名", ("as_of", "", "2023-12")),
    # how many institutions there have come to be is a level; institutions something was done to accrue
    ("本报讯 今年1—8月,全市DRG付费定点医疗机构达到26家。\n", "2022-09", "26家", ("as_of", "", "2022-08")),
    ("本报讯 今年1—8月,全市共检查定点医药机构386家。\n", "2022-09", "386家", ("during", "2022-01", "2022-08")),
    # the part of a level whose change is told between them is a part of the level, not of the change
    ("某县民政局2023年上半年工作总结\n\n二、特困供养。全县特困供养人员4012人,比去年底减少152人,其中集中供养1088人。\n",
     "2023-08", "1088人", ("as_of", "", "2023-06")),
    # (the group written out as bulletins print it: 城市居民最低生活保障对象)
    ("某县2015年统计公报\n\n全县城市居民最低生活保障对象2318户、3907人。\n", "2016-03", "3907人", ("as_of", "", "2015-12")),
    # how many members a group has come to have (减少到, 达到) is a level
    ("本报讯 2023年,全县城乡低保对象减少到4.86万人,较上年末下降6.4%。\n", "2024-01", "4.86万人", ("as_of", "", "2023-12")),
    # visits accrue however they are had (共有…人次); the participants of insurances written in 人次 are a level
    ("某县2015年统计公报\n\n全年共有1536人次领取失业保险金。\n", "2016-03", "1536人次", ("during", "2015-01", "2015-12")),
    ("某县2015年统计公报\n\n年末全县养老、失业、工伤保险参保人数合计18.6万人次。\n", "2016-03", "18.6万人次", ("as_of", "", "2015-12")),
    # a change under a month's cut-off is a flow over the year to that month; the level beside it stays at its moment
    ("本报讯 截至7月底,全县医保电子凭证激活率达71.6%,比年初提高了14.2个百分点。\n", "2022-08", "14.2个百分点",
     ("during", "2022-01", "2022-07")),
    ("本报讯 截至7月底,全县医保电子凭证激活率达71.6%,比年初提高了14.2个百分点。\n", "2022-08", "71.6%",
     ("as_of", "", "2022-07")),
    # how many draw the allowance, counted in all and then by its parts, or by how they are cared for: levels
    ("本报讯 2021年,全县城乡低保对象共计1.1万户2.4万人,其中城市低保1321户2490人。\n", "2024-03", "2.4万人",
     ("as_of", "", "2021-12")),
    ("本报讯 2021年,全县城乡低保对象共计1.1万户2.4万人,其中城市低保1321户2490人。\n", "2024-03", "2490人",
     ("as_of", "", "2021-12")),
    ("本报讯 2022年,全县分散供养特困人员近1200人,集中供养特困人员226人。\n", "2024-03", "226人", ("as_of", "", "2022-12")),
    # a rate to be reached by a deadline at the year's end is a level at that moment, not a flow of the year
    ("本报讯 截至11月25日,全县已缴费96.8万人。12月15日前完成率须达到90%。\n", "2022-11", "90%", ("as_of", "", "2022-12")),
    # a bulletin's count of an insurance's members (…保险参加人数) is the enrolled: a level
    ("本报讯 2014年,全市城镇职工基本养老保险参加人数3.4万人。\n", "2015-03", "3.4万人", ("as_of", "", "2014-12")),
    # how much of the farming population a scheme covers is a level, as the count of those it covers
    ("本报讯 2007年全县参合农民36.4万人,占全县农业人口的88.6%。\n", "2008-03", "88.6%", ("as_of", "", "2007-12")),
    # so it is under a month's end with no 截至 (9月末, 6月底), where 年初 is no cut-off
    ("本报讯 9月末,全县城乡居民医保参保人数52.3万人,较年初净增5120人。\n", "2022-10", "5120人",
     ("during", "2022-01", "2022-09")),
    ("本报讯 9月末,全县城乡居民医保参保人数52.3万人,较年初净增5120人。\n", "2022-10", "52.3万人",
     ("as_of", "", "2022-09")),
    # a change against the same moment a year before (同比, 较去年同期) has no start the text gives: at the cut-off
    ("本报讯 截至8月20日,全县已缴费41.3万人,较去年同期减少2860人。\n", "2023-08", "2860人", ("as_of", "", "2023-08")),
    ("本报讯 截至5月底,全市门急诊212.4万人次,同比增长3.9%。\n", "2021-06", "3.9%", ("as_of", "", "2021-05")),
    # a count of a scheme year still ahead, in a sentence after the paragraph's cut-off, is counted at the cut-off
    ("本报讯 截至11月28日,全县资助困难群众参保9126人。全县2024年度已参保缴费31.7万人,完成率88.2%;尚有未参保脱贫人口126人。\n",
     "2023-12", "31.7万人", ("as_of", "", "2023-11")),
    ("本报讯 截至11月28日,全县资助困难群众参保9126人。全县2024年度已参保缴费31.7万人,完成率88.2%;尚有未参保脱贫人口126人。\n",
     "2023-12", "126人", ("as_of", "", "2023-11")),
    # (with no cut-off before it the scheme year dates a standard as before)
    ("本报讯 这是2025年度医保新政策。个人缴费每人380元。\n", "2024-10", "380元", ("during", "2025-01", "2025-12")),
    # the share of the enrolled a scheme paid over the period (受益面) is a flow, though its clause names the enrolled
    ("本报讯 今年上半年,全县参合农民受益面达21.7%。\n", "2009-07", "21.7%", ("during", "2009-01", "2009-06")),
    # the share of the population in towns is a level, named bare (城镇化率) or with its population
    ("本报讯 到2020年,全县城镇化率达到52%。\n", "2016-02", "52%", ("as_of", "", "2020-12")),
    # the parts of a count of institutions are counted in their own measure words, and are levels too
    ("某县卫生局2014年工作总结\n\n一、服务体系\n全县现有医疗卫生机构一百六十八个,其中县级医院4所,乡镇卫生院15所。\n",
     "2015-01", "4所", ("as_of", "", "2014-12")),
    # the allowance's group written with 保障对象 (城市低保保障对象) is counted as a level in a year's sentence
    ("某县民政局2019年工作总结\n\n(二)城市低保。城市低保保障对象512户930人,全年发放城市低保资金402.6万元。\n", "2020-01",
     "930人", ("as_of", "", "2019-12")),
])
def test_stock_or_flow_under_an_interval(page, published, surface, expected):
    assert period(page, surface, published=published) == expected


def test_the_periods_with_a_start_of_their_own_name_time_rules():
    assert STARTED <= {r.name for r in TIME_RULES}


def test_a_headline_naming_one_year_dates_the_figures_without_a_time():
    page = ("投入资金21.6亿!2020年江北民生工程成绩单出炉\n\n"
            "★扶贫工作\n\n"
            "产业扶贫:全市累计建设扶贫园区86个,带动贫困户2405户增收。\n")
    assert period(page, "2405户", published="2021-03") == ("during", "2020-01", "2020-12")


def test_a_headline_year_does_not_move_now_words():
    page = ("2026年全县冬季防火工作部署会召开\n\n"
            "本报讯 目前,全县已清理林缘杂草300余亩。\n")
    assert period(page, "300余亩", published="2025-12") == ("as_of", "", "2025-12")


@pytest.mark.parametrize("page,surface,published,expected", [
    # a running total from a start word to a cut-off (§9)
    ("本报讯 截至第二季度,全省今年累计救助困难群众住院8.6万人次。\n", "8.6万人次", "2013-09",
     ("during", "2013-01", "2013-06")),
    ("本报讯 今年以来,截至6月底,全县累计支出医疗救助资金860万元。\n", "860万元", "2024-08",
     ("during", "2024-01", "2024-06")),
    ("本报讯 今年以来至9月底,全县共资助困难群众参保1.8万人。\n", "1.8万人", "2024-11",
     ("during", "2024-01", "2024-09")),
    # a start written as an event since a month (…推行“一站式”结算以来) or an open start (自…起)
    ("本报讯 自2022年3月全县推开“一站式”结算以来,截至今年9月底,全县已结算4.82万人次。\n", "4.82万人次",
     "2023-10", ("during", "2022-03", "2023-09")),
    ("本报讯 自2022年3月起,截至今年9月底,全县已为困难群众即时结算4.82万人次。\n", "4.82万人次",
     "2023-10", ("during", "2022-03", "2023-09")),
    # a since heading the paragraph starts what accrues in a later sentence dated by its cut-off
    # alone; a level there stays at the cut-off
    ("本报讯 今年以来,县医保局持续加大救助力度。截至9月底,累计救助困难群众6350人次,支出资金812万元,"
     "全县特困人员2180人。\n", "812万元", "2022-10", ("during", "2022-01", "2022-09")),
    ("本报讯 今年以来,县医保局持续加大救助力度。截至9月底,累计救助困难群众6350人次,支出资金812万元,"
     "全县特困人员2180人。\n", "2180人", "2022-10", ("as_of", "", "2022-09")),
    # … also after a cut-off that heads the ；-joined sentence before the figure's
    ("本报讯 今年以来,县医保局开展专项治理。截至10月底,已检查定点医药机构210家;追回医保基金318万元。\n", "318万元",
     "2019-11", ("during", "2019-01", "2019-10")),
    # a since whose event holds a figure of its own runs to the report's month
    ("本报讯 自2004年在3个县开展试点以来,全省累计补偿参合农民1.6亿人次。\n", "1.6亿人次", "2010-07",
     ("during", "2004-01", "2010-07")),
    # the running total goes on into the next clause of the sentence's list after a semicolon
    ("本报讯 今年以来,县医保局开展专项检查,截至10月底,共检查定点医药机构96家;约谈整改21家,追回医保基金"
     "35.4万元。\n", "35.4万元", "2024-11", ("during", "2024-01", "2024-10")),
    # how many members a group has is a stock, also with quotes inside the group's name (全年 in a report of
    # March: the year that is over, and the stock at its end)
    ("本报讯 全县新农合参合率97.2%,全年报销医药费用6120.4万元。全县“低保”人员1523人,当年低保资金支出1830万元。\n", "1523人",
     "2016-03", ("as_of", "", "2015-12")),
    # new enrollees accrue; the enrolled are a level
    ("本报讯 今年以来,全县新增参保1.3万人,参保总人数达到41.6万人。\n", "1.3万人", "2024-06",
     ("during", "2024-01", "2024-06")),
    ("本报讯 今年以来,全县新增参保1.3万人,参保总人数达到41.6万人。\n", "41.6万人", "2024-06",
     ("as_of", "", "2024-06")),
    # the same period a year before (去年同期为X, 上年同期X): the governing period moved back a year
    ("本报讯 截至9月底,全县参保人数41.6万人,去年同期为40.9万人。\n", "40.9万人", "2025-10",
     ("as_of", "", "2024-09")),
    ("本报讯 1—9月医保基金支出2.41亿元,上年同期2.27亿元。\n", "2.27亿元", "2025-10",
     ("during", "2024-01", "2024-09")),
    # what was set at the start of the year holds for the year; a level stays at the start
    ("本报讯 今年年初,县里出台二次补偿办法。住院自付超过1万元的部分按55%再补偿,最高补偿4万元。\n", "55%",
     "2013-06", ("during", "2013-01", "2013-12")),
    ("本报讯 今年年初,全县参合农民41.6万人。\n", "41.6万人", "2013-06", ("as_of", "", "2013-01")),
    # how many months a fund's balance would pay for is a level at its date
    ("本报讯 1—10月,全县职工医保累计结余2.71亿元,可支付月数为18.4个月。\n", "18.4个月", "2025-11",
     ("as_of", "", "2025-10")),
    # the year's own surplus (当年结存, however named) accrues over the year; the carried balance is a level
    ("本报讯 2024年,全县居民医保基金收入3.1亿元,支出2.9亿元,当年结存0.2亿元,累计结存1.6亿元。\n", "0.2亿元",
     "2025-03", ("during", "2024-01", "2024-12")),
    ("本报讯 2012年,全县新农合基金收入1.1亿元,支出0.98亿元,当年统筹基金结余1180万元。\n", "1180万元",
     "2013-01", ("during", "2012-01", "2012-12")),
    # a year-end with no year of its own is the last one passed, not one after the report
    ("本报讯 2024年度居民医保基金当年结余1460.2万元,年末累计结余11830.5万元。\n", "11830.5万元", "2025-01",
     ("as_of", "", "2024-12")),
    # unless the figure is a plan
    ("本报讯 全县力争年底前参保率达到96%。\n", "96%", "2025-01", ("as_of", "", "2025-12")),
    # a deadline written as a day (10月31日前, 于12月20日前) dates the target it sets
    ("本报讯 各乡镇应于10月31日前完成征缴任务的60%。\n", "60%", "2020-09", ("as_of", "", "2020-10")),
    ("某县2021年度城乡居民医保征缴工作方案\n\n县医保局要求各乡镇在12月31日前完成征缴任务,力争全县参保率达到95%以上。\n",
     "95%以上", "2020-12", ("as_of", "", "2020-12")),
    # or the moment is a month or two after the report's (a notice's coming check), not the last one passed
    ("本报讯 对11月底完成率低于70%的乡镇,县医保局将予以通报。\n", "低于70%", "2020-09", ("as_of", "", "2020-11")),
    # or the moment is a deadline, whatever the figures after it
    ("本报讯 各县区要在11月底前完成医疗救助任务。救助比例要达到70%。\n", "70%", "2025-10", ("as_of", "", "2025-11")),
    # an interval that would end before it starts is none
    ("本报讯 县医保局提醒,2024年度集中缴费期截至今年12月31日,逾期缴费的将设置3个月待遇等待期。\n", "3个月", "2023-11",
     ("", "", "")),
    # 目前 is the report's month, also in a summary of the year before (GUIDELINES §6)
    ("某县医疗保障局2024年工作总结\n\n一、基本情况\n目前,全县共有定点医药机构172家。\n", "172家", "2025-01",
     ("as_of", "", "2025-01")),
    # …while a span since the plan began runs to the end of the year the summary is about (GUIDELINES §6)
    ("某县医疗保障局2024年工作总结\n\n一、基本情况\n“十四五”以来,全县累计支出医疗救助资金1.6亿元。\n", "1.6亿元",
     "2025-01", ("during", "2021-01", "2024-12")),
    # the year a computation is based on is no time of its result (按上年月均支出测算,可支付X个月)
    ("本报讯 截至2022年6月底,全县居民医保基金累计结余3.2亿元,按上年月均支出测算,可支付月数为6.2个月。\n", "6.2个月",
     "2022-07", ("as_of", "", "2022-06")),
    # the year of the whole a share is of is no time of the share (占上年参保人数的96.5%)
    ("本报讯 截至10月20日,全县已参保31.2万人,占上年参保人数的96.5%。\n", "96.5%", "2024-11", ("as_of", "", "2024-10")),
    # or a target (确保 in its clause)
    ("本报讯 县医保局要求,确保年底全县居民医保参保率不低于96%。\n", "不低于96%", "2026-07", ("as_of", "", "2026-12")),
    # 今年 is the whole year for the items of a list its lead-in plans (…将办好八件实事:…;…), and
    # cut at the report's month for those of a list of what was done
    ("今年,县政府将重点办好八件民生实事:新建乡镇敬老院2所;改造农村公路36公里;为0.9万名困难群众代缴医保。\n",
     "36公里", "2025-03", ("during", "2025-01", "2025-12")),
    ("今年,县政府将重点办好八件民生实事:新建乡镇敬老院2所;改造农村公路36公里;为0.9万名困难群众代缴医保。\n",
     "0.9万名", "2025-03", ("during", "2025-01", "2025-12")),
    ("今年以来,县政府重点抓了几件民生实事:新建乡镇敬老院2所;改造农村公路36公里。\n",
     "36公里", "2025-03", ("during", "2025-01", "2025-03")),
    # …also where its items stand on the lines after the lead-in, numbered
    ("今年,我们将继续办好十件民生实事:\n1.新建改建城区公办幼儿园5所,新增学位2250个;\n2.改造老旧小区18个。\n",
     "18个", "2025-02", ("during", "2025-01", "2025-12")),
    ("今年以来,我们重点抓了几件民生实事:\n1.新建改建城区公办幼儿园5所;\n2.改造老旧小区18个。\n",
     "18个", "2025-06", ("during", "2025-01", "2025-06")),
    # a stock under the same pair is at the cut-off
    ("本报讯 截至10月底,全县今年城乡居民医保参保18.6万人。\n", "18.6万人", "2024-11", ("as_of", "", "2024-10")),
    # a time followed by 的 dates the figure after it, however far; a from-figure takes the earlier time
    ("本报讯 今年全县合作医疗人均筹资由去年的每人每年120元提高到160元,将最高报销额由4万元提高到6万元。\n",
     "120元", "2010-03", ("during", "2009-01", "2009-12")),
    ("本报讯 今年全县合作医疗人均筹资由去年的每人每年120元提高到160元,将最高报销额由4万元提高到6万元。\n",
     "4万元", "2010-03", ("during", "2009-01", "2009-12")),
    ("本报讯 今年全县合作医疗人均筹资由去年的每人每年120元提高到160元,将最高报销额由4万元提高到6万元。\n",
     "6万元", "2010-03", ("during", "2010-01", "2010-12")),
    # a yearbook entry's year alone on the line under its heading dates the entry's figures with no time of their own
    ("某市医疗保险\n（2016年）\n\n【待遇支付】职工医保住院结算1.35万人次。\n", "1.35万人次", "2017-06",
     ("during", "2016-01", "2016-12")),
    # a time opening a from–to with no 的 (由上年每人每年120元提升至200元) dates its from-figure only
    ("本报讯 今年,全区新农合财政补助标准由上年每人每年120元提升至200元,个人缴费维持在30元不变。\n", "120元", "2011-05",
     ("during", "2010-01", "2010-12")),
    ("本报讯 今年,全区新农合财政补助标准由上年每人每年120元提升至200元,个人缴费维持在30元不变。\n", "30元", "2011-05",
     ("during", "2011-01", "2011-12")),
    # … and after a since-expression, its start (the year run into the month where a page lost its 年)
    ("本报讯 该县自200410月开始试点以来,参合率由最初的61.2%提高到了96%。\n", "61.2%", "2010-05",
     ("as_of", "", "2004-10")),
    ("本报讯 该县自200410月开始试点以来,参合率由最初的61.2%提高到了96%。\n", "96%", "2010-05",
     ("as_of", "", "2010-05")),
    # the base of a comparison dates only its own figure
    ("本报讯 该县参合农民住院实际报销比例达到52%,比2009年的46%多出6个百分点。\n", "46%", "2010-12",
     ("during", "2009-01", "2009-12")),
    ("本报讯 2022年,全县医保基金支出24.6亿元,是2012年11.3亿元的2倍多。\n", "11.3亿元", "2022-10",
     ("during", "2012-01", "2012-12")),  # (the base year right before its figure, no 的 between)
    # … but a multiple of the base (是2015年的1.6倍) is the later level's ratio to it, dated as that level
    ("本报讯 到2020年底,全县参保人数达到61.5万人,是2015年的1.6倍。\n", "1.6倍", "2021-03", ("as_of", "", "2020-12")),
    # a reimbursement rate is set for the whole year: 今年 is not capped at the report's month
    ("本报讯 今年,全区新农合政策范围内住院费用报销比例达到75%。\n", "75%", "2015-06",
     ("during", "2015-01", "2015-12")),
    # 今年 is the calendar year of the report, as the real gold reads it: money set aside for the
    # year and money paid so far alike; 今年以来 runs to the report's month
    ("本报讯 今年县财政安排助餐补贴资金640万元。\n", "640万元", "2025-08", ("during", "2025-01", "2025-12")),
    ("本报讯 今年县财政拨付助餐补贴资金410万元。\n", "410万元", "2025-08", ("during", "2025-01", "2025-12")),
    ("本报讯 今年以来县财政拨付助餐补贴资金410万元。\n", "410万元", "2025-08", ("during", "2025-01", "2025-08")),
    ("本报讯 今年,全县新农合门诊统筹已覆盖86个行政村。\n", "86个", "2010-02", ("as_of", "", "2010-12")),
    # how many institutions of a kind an area has, said with what they are: a level, also under a year
    ("本报讯 2023年,全市签约长期护理服务机构26家。\n", "26家", "2024-02", ("as_of", "", "2023-12")),
    ("本报讯 1-9月,全市实现异地联网定点医药机构205家。\n", "205家", "2024-10", ("as_of", "", "2024-09")),
    ("本报讯 1-9月,全市检查定点医药机构205家。\n", "205家", "2024-10", ("during", "2024-01", "2024-09")),
    # (and said with their grade: 二级以上医院, 一级医院)
    ("本报讯 2013年,全市二级以上医院7所,乡镇卫生院全部达标。\n", "7所", "2014-03", ("as_of", "", "2013-12")),
    ("2010年某县新型农村合作医疗\n\n【定点医疗机构】全县确定新农合定点医疗机构86个,其中乡镇卫生院12个。\n", "86个", "2011-03",
     ("as_of", "", "2010-12")),
    # a report of the next year on a year's bulletin: its 去年 is the bulletin's year (GUIDELINES §6: 去年 is
    # relative to the publication month)
    ("某县发布2022年统计公报\n\n本报讯 日前,某县统计局发布2022年统计公报。去年全县新建学校9所。截至去年年末,全县拥有医疗"
     "卫生机构842个。\n", "842个", "2023-04", ("as_of", "", "2022-12")),
    # schools of each level listed after a semicolon: how many there are, a level (GUIDELINES §6)
    ("本报讯 全年全县小学招生3120人。全县共有学校71所,其中普通高中3所,在校生6120人;初级中学12所,在校生9410人。\n",
     "12所", "2023-06", ("as_of", "", "2023-12")),
    # 全年 in a report of the year's first months: the year that is over; what the year ahead needs is this year's
    ("本报讯 全年DIP结算住院病例2.81万例。\n", "2.81万例", "2023-02", ("during", "2022-01", "2022-12")),
    ("本报讯 全年需发放高龄补贴资金约360万元。\n", "约360万元", "2023-02", ("during", "2023-01", "2023-12")),
    ("本报讯 全年DIP结算住院病例2.81万例。\n", "2.81万例", "2023-07", ("during", "2023-01", "2023-12")),
    # the earlier level of a from–to named as last year's same period is that period; a ratio to it is this year's
    ("本报讯 1-9月,全县平均住院日由去年同期的9.2天缩短至8.5天。\n", "9.2天", "2024-10", ("during", "2023-01", "2023-09")),
    ("本报讯 1-9月,全县追回医保资金126万元,是去年同期的2.1倍。\n", "2.1倍", "2024-10", ("during", "2024-01", "2024-09")),
    # a report of a year's projects done is about that year: its sections with no time of their own take it
    ("某县2022年度十件民生实事项目全面完成\n\n近日,记者从县发改委获悉,我县2022年确定的十件民生实事已全部完成。\n\n"
     "02 教育提质\n新建幼儿园6所,新增学位5200个。\n", "5200个", "2023-01", ("during", "2022-01", "2022-12")),
    # 上年的 in a sentence headed by its year: the year before that one, also across a semicolon
    ("本报讯 2021年,全市次均住院费用7120元;平均住院日由上年的9.4天缩短至8.7天。\n", "9.4天", "2022-03",
     ("during", "2020-01", "2020-12")),
    ("本报讯 2021年,全市次均住院费用7120元;平均住院日由上年的9.4天缩短至8.7天。\n", "8.7天", "2022-03",
     ("during", "2021-01", "2021-12")),
    # and under a section its year heads (二、2011年工作回顾 / 2011年,全县…。), the year before the section's
    ("某县政府工作报告\n\n二、2011年工作回顾\n2011年,全县地区生产总值176.5亿元。\n社会保障扩面提标。新农合人均筹资标准"
     "由上年的150元提高到230元。\n", "150元", "2012-03", ("during", "2010-01", "2010-12")),
    # the year of an income a threshold is set against (超过当地上年…人均可支配收入) dates no figure after it
    ("本报讯 2021年,对个人自付费用超过当地上年农村居民人均可支配收入50%的人员实施倾斜救助207人。\n", "207人", "2022-01",
     ("during", "2021-01", "2021-12")),
    ("本报讯 今年，我省大病保险起付线原则上不超过上年当地农民人均纯收入，合规医疗费用报销比例不低于50%。\n", "不低于50%", "2013-06",
     ("during", "2013-01", "2013-12")),
    # the edges of a cost band define it, no statistic of the year (the band's rate keeps the year)
    ("本报讯 2018年,大病保险按分段报销:1.2万元至5万元部分报销60%。\n", "5万元", "2019-01", ("", "", "")),
    ("本报讯 2018年,大病保险按分段报销:1.2万元至5万元部分报销60%。\n", "60%", "2019-01",
     ("during", "2018-01", "2018-12")),
    # the institutions an area has, named after their count, are a level however the year's work reached them;
    # those sanctioned are events of the year
    ("本报讯 2022年,县医保局对全县42家医疗机构、318家零售药店开展了专项检查。\n", "318家", "2023-02",
     ("as_of", "", "2022-12")),
    ("本报讯 2022年,县医保局对违规的4家医疗机构作出行政处罚。\n", "4家", "2023-02",
     ("during", "2022-01", "2022-12")),
    # 全年 in a sentence that plans (下半年全市将…,预计全年…) is the year ahead, not the year the paragraph before named
    ("本报讯 2012年,全市新农合共补偿参合农民182.4万人次。\n\n局长说,下半年全市将提高补偿比例,预计全年受益患者将超过8000人。\n",
     "超过8000人", "2013-07", ("during", "2013-01", "2013-12")),
    # the year in a meeting's name (某市2019年…工作部署会在市政府召开) dates nothing: the day heading the sentence does
    ("本报讯 4月11日上午,某市2019年打击欺诈骗保专项治理工作部署会在市政府召开,全市38家定点医疗机构负责人参加会议。\n",
     "38家", "2019-04", ("as_of", "", "2019-04")),
    # and on a page its title dates, the year before the title's
    ("某市2013年国民经济和社会发展情况\n\n全年城乡医疗救助5860人次。城市低保月人均补差由上年的218元提高到251元。\n", "218元",
     "2014-03", ("during", "2012-01", "2012-12")),
    # a 截至 cut-off goes on across a semicolon to this year's running total; a stock after it keeps 今年's
    ("本报讯 截至9月底,全县参合农民31.6万人；今年已累计补偿住院病人1.8万人次。\n", "1.8万人次", "2011-10",
     ("during", "2011-01", "2011-09")),
    ("本报讯 截至目前,全县共有学校96所；今年新建学校4所。\n", "4所", "2011-10", ("during", "2011-01", "2011-12")),
    # (今年以来至11月底 under a point of its year's section: the running total still, from January on)
    ("某县医保局2025年工作总结\n\n一、2025年工作完成情况\n\n(二)基金收支。今年以来至11月底,全县职工医保统筹基金收入2.36亿元。\n",
     "2.36亿元", "2025-12", ("during", "2025-01", "2025-11")),
    # (a time in the cause a clause gives, 主要是…上年第四季度…, dates none of the sentences after it)
    ("本报讯 1—6月,全县职工医保统筹基金收入1.76亿元。居民医保基金收入2.86亿元,同比下降2.7%,主要是居民个人缴费集中在上年第四季度征缴入账;"
     "基金支出2.43亿元,同比增长7.6%。\n", "2.43亿元", "2023-07", ("during", "2023-01", "2023-06")),
    # spaces around the digits of text copied out of a PDF
    ("本报讯 2022 年度居民医保征缴进度:截至 3 月 5 日 17 时,全县已缴费 52718 人。\n", "52718 人", "2022-03",
     ("as_of", "", "2022-03")),
])
def test_periods_in_the_shapes_of_real_reports(page, surface, published, expected):
    assert period(page, surface, published=published) == expected


def test_a_year_end_account_of_projects_re_anchors_this_year_on_its_title_year():
    page = ("平遥县2023年民生实事完成情况\n\n今年,县委、县政府确定的民生实事全部完成,累计投入资金9.6亿元。\n\n"
            "教育方面,新建改扩建中小学校舍8所,新增学位4200个。\n")
    assert period(page, "9.6亿元", published="2024-01") == ("during", "2023-01", "2023-12")
    assert period(page, "4200个", published="2024-01") == ("during", "2023-01", "2023-12")


def test_a_half_year_headline_dates_the_figures_without_a_time():
    """半年度 is a half-year, not the scheme year a 年度 before a noun names."""
    page = "宁都县2024年半年度医保基金运行情况\n\n全县城乡居民医保基金收入2.1亿元，支出1.6亿元。\n"
    assert period(page, "1.6亿元", published="2024-08") == ("during", "2024-01", "2024-06")


# a progress table of projects, one cell a line: number, field, project, completion, lead office
PROGRESS_TABLE = ("宁都县民生实事半年度完成进度表\n来源:县发改局\n\n"
                  "序号\n\n类别\n\n项目内容\n\n完成率(%)\n\n牵头单位\n\n"
                  "1\n\n医疗卫生\n\n为全县65周岁以上老人开展健康体检31500人。\n\n35%\n\n县卫健局\n\n"
                  "2\n\n教育助学\n\n2024年新建改建幼儿园8所。\n\n60%\n\n县教育局\n\n"
                  "3\n\n医疗保障\n\n城乡居民医保参保率稳定在95%以上。\n\n100%\n\n县医疗保障局\n")


@pytest.mark.parametrize("surface,expected", [
    # a completion cell: how far the project had got at the end of the half-year
    ("35%", ("as_of", "", "2024-06")),
    ("60%", ("as_of", "", "2024-06")),
    ("100%", ("as_of", "", "2024-06")),
    # the project's own figures keep their own time, or none (a target)
    ("31500人", ("", "", "")),
    ("8所", ("during", "2024-01", "2024-12")),
    ("95%以上", ("", "", "")),
])
def test_a_progress_tables_completion_cells_take_its_date(surface, expected):
    assert period(PROGRESS_TABLE, surface, published="2024-08") == expected


def test_a_pipe_drawn_progress_table_whose_title_names_a_quarter_of_its_year():
    # 2023年…第二季度进展情况: the completion at the end of June, in a cell between pipes
    page = ("某县2023年民生实事项目第二季度进展情况\n\n"
            "| 序号 | 项目 | 年度目标 | 完成情况 | 完成率 |\n"
            "| 1 | 老旧小区改造 | 改造小区12个 | 开工9个 | 75% |\n"
            "| 2 | 城乡居民医保 | 参保率稳定在95%以上 | 已完成征缴 | 100% |\n")
    assert period(page, "75%", published="2023-07") == ("as_of", "", "2023-06")
    assert period(page, "100%", published="2023-07") == ("as_of", "", "2023-06")


def test_a_pipe_drawn_progress_tables_text_cells_target_none_and_completion_its_date():
    # 年度目标 | 完成情况 under …第三季度进展情况: a target with no time of its own has none (§9); what is done
    # by the table's date is as_of it, also written in a text cell
    page = ("某县2023年民生实事项目第三季度进展情况\n\n"
            "| 序号 | 项目 | 年度目标 | 完成情况 | 完成率 |\n"
            "| 1 | 残疾人两项补贴 | 发放补贴惠及1.1万人 | 已发放10380人 | 94.4% |\n"
            "| 2 | 临时救助 | 实施临时救助2500人次 | 累计救助2018人次 | 80.7% |\n")
    assert period(page, "1.1万人", published="2023-10") == ("", "", "")
    assert period(page, "10380人", published="2023-10") == ("as_of", "", "2023-09")
    assert period(page, "2018人次", published="2023-10") == ("as_of", "", "2023-09")


def test_a_year_less_expression_takes_the_year_of_the_headline():
    page = ("宁县2016年国民经济和社会发展统计公(3)\n\n"
            "年末全县参加基本医疗保险人数61.2万人。\n")
    assert period(page, "61.2万人", published="2017-05") == ("as_of", "", "2016-12")


def test_the_cut_off_an_earlier_sentence_ends_at_goes_on():
    page = ("本报讯 2021 年全区脱贫人口应参保 19540 人,截止 2 月 5 日,已参保 17230 人。"
            "其中9个乡镇完成率不到80%。\n")
    assert period(page, "9个", published="2021-02") == ("as_of", "", "2021-02")


def test_a_lead_about_a_prefectures_counties_is_about_the_prefecture():
    from tests.harness import attribution

    page = ("汉中农村合作医疗覆盖面扩大\n\n"
            "本报讯 从2007年1月1日起,汉中市新增城固、洋县、勉县3个新农合试点县。\n\n"
            "据悉,目前,南郑县、西乡县等试点县共有参合农民61.3万人。\n")
    assert attribution(page, "61.3万人", published="2007-01").region == "汉中市"


def test_cut_off_carries_across_a_printed_page_number():
    page = ("桑田县2024年城乡居民医保参保工作情况\n\n 一、总体进展\n\n"
            " (一)全县参保进展。截止3月5日,已完成参保81230人。石门镇、青岩镇、河东\n\n  - 2 -\n\n"
            " 乡完成率已超过90%。其中河西乡 76.2%、河北乡 75.1%。\n")
    assert period(page, "76.2%", published="2024-03") == ("as_of", "", "2024-03")


def test_a_year_that_dates_only_its_own_from_figure_governs_nothing_after_it():
    """由2014年的12.3%降至0.8%: the year dates its own figure only (GUIDELINES §9 from–to); the
    sentences after it, and a 全年 of the next paragraph, keep the year the text is about."""
    page = ("本报讯 2019年,全县新增就业3200人。农村贫困发生率由2014年的12.3%降至0.8%。"
            "城乡低保发放资金1850万元。\n\n全年实施临时救助620人次。\n")
    assert period(page, "12.3%", published="2020-03") == ("as_of", "", "2014-12")  # (a share of the poor: a level)
    assert period(page, "1850万元", published="2020-03") == ("during", "2019-01", "2019-12")
    assert period(page, "620人次", published="2020-03") == ("during", "2019-01", "2019-12")


def test_a_look_back_counts_from_the_reports_month_whatever_year_its_title_names():
    """过去一年 / 五年来 run from the same month N years before the publication month to it
    (GUIDELINES §9), also in a report whose title names the year it plans; with no publication
    month, the title's year is all there is."""
    page = ("2031年桑田县人民政府工作报告\n\n各位代表:\n\n"
            "过去一年,全县新增城镇就业5200人。五年来,全县累计投入民生资金41.3亿元。\n")
    assert period(page, "5200人", published="2031-01") == ("during", "2030-01", "2031-01")
    assert period(page, "41.3亿元", published="2031-01") == ("during", "2026-01", "2031-01")
    assert period(page, "5200人") == ("during", "2030-12", "2031-12")


def test_a_plan_period_in_quotes_after_another_sentence_dates_its_own_sentence():
    """…增长7.2%。"十三五"期间,…: the plan period of the second sentence (GUIDELINES §6) is not
    taken for the first sentence's look-back."""
    page = '本报讯 过去五年,全县地区生产总值年均增长7.2%。"十三五"期间,累计新建学校14所。\n'
    assert period(page, "14所", published="2021-02") == ("during", "2016-01", "2020-12")


def test_a_year_end_takes_the_year_its_paragraph_heads_with():
    """【社会救助】 2029年,…。年末…: the yearbook entry's year, not that of the month the
    yearbook came out; a paragraph with no year of its own keeps the old reading."""
    page = ("桑田年鉴 · 民政\n\n【社会救助】 2029年,县民政局推进低保扩围工作。年末全县农村低保对象3120人,"
            "全年发放低保金1460万元。\n")
    assert period(page, "3120人", published="2030-12") == ("as_of", "", "2029-12")
    assert period(page, "1460万元", published="2030-12") == ("during", "2029-01", "2029-12")
    assert period("【社会救助】 年末全县农村低保对象3120人。\n", "3120人", published="2030-12") == (
        "as_of", "", "2030-12")


def test_a_progress_reports_title_narrows_its_year_to_the_months_it_names():
    # figures with no time of their own in a report of 2021年…1-9月 are of January to September;
    # its targets stay the year's
    page = ("某县2021年十件民生实事1-9月进展情况\n\n"
            "一、城乡居民医保。年度任务为参保人数稳定在45万人以上。全县城乡居民医保参保44.1万人,"
            "为困难群众代缴个人缴费1.2万人。\n")
    assert period(page, "44.1万人", published="2021-10") == ("as_of", "", "2021-09")
    assert period(page, "1.2万人", published="2021-10") == ("during", "2021-01", "2021-09")
    assert period(page, "45万人以上", published="2021-10") == ("as_of", "", "2021-12")


def test_a_headline_s_one_cut_off_dates_the_figures_and_cells_with_no_time_of_their_own():
    page = ("截至2023年5月底某县村卫生室医保结算开通情况\n\n县医保局对全县村卫生室医保结算开通情况进行了统计,"
            "现公示如下。\n\n单位:个、%\n\n乡镇\n村卫生室总数\n已开通医保结算\n开通率\n\n"
            "城关镇\n14\n13\n92.86\n\n河口镇\n22\n17\n77.27\n")
    assert period(page, "13", published="2023-06") == ("as_of", "", "2023-05")
    assert period(page, "77.27", published="2023-06") == ("as_of", "", "2023-05")
    # a headline with two cut-offs names no one of them
    page = page.replace("截至2023年5月底", "截至2023年5月底与截至2022年5月底对比:")
    assert period(page, "13", published="2023-06") == ("", "", "")


def test_the_years_own_surplus_under_a_cut_off_accrues_from_the_years_start():
    # GUIDELINES §9: 本年收支结余 is during the year; 截至 gives its end, 当年 its start; the balance
    # carried over the years stays a level at the cut-off
    page = "某县2010年新农合工作总结\n\n三、基金结余情况\n截至12月31日,当年基金结余882.7万元,累计结余1536万元。\n"
    assert period(page, "882.7万元", published="2011-01") == ("during", "2010-01", "2010-12")
    assert period(page, "1536万元", published="2011-01") == ("as_of", "", "2010-12")


def test_a_line_that_goes_on_after_a_semicolon_is_dated_by_the_time_at_the_head_of_the_line_before():
    page = ("【成效】\n2023年，县医保局会同卫健部门开展专项检查，检查定点医药机构 356 家次；\n"
            "追回医保基金 214.6 万元，\n暂停服务协议 4 家。\n\n"
            "【看点】\n◆ 城关镇全年新增参保 1200 人；\n◆ 河口镇本周新增 186 人，进度靠后。\n")
    assert period(page, "214.6 万元", published="2024-03") == ("during", "2023-01", "2023-12")
    assert period(page, "4 家", published="2024-03") == ("during", "2023-01", "2023-12")
    # a line opening with a bullet is an item of its own: the 全年 of the item before dates none of it
    assert period(page, "186 人", published="2024-03") == ("", "", "")


def test_the_time_a_notices_introducing_sentence_names_dates_its_figures_before_the_titles_year():
    # 现将截至2019年10月底…通报如下: the notice counts to the end of October, not to the end of its title's year
    page = ("某县2019年健康扶贫工作推进情况通报\n\n各乡镇、县直各医疗卫生单位:\n\n"
            "现将截至2019年10月底全县健康扶贫重点工作推进情况通报如下。\n\n一、基本医疗保障情况\n\n"
            "全县建档立卡贫困人口已参保86420人,参保率100%。\n")
    assert period(page, "86420人", published="2019-11") == ("as_of", "", "2019-10")
    assert period(page, "100%", published="2019-11") == ("as_of", "", "2019-10")
    # a look-back (现将三年来…公布如下) says less than the years a title names
    page = ("某市县域医共体运行情况通报(2019—2021年)\n\n全市14个乡镇卫生院全部纳入医共体。"
            "现将三年来主要运行指标公布如下:\n")
    assert period(page, "14个", published="2022-03")[2] == "2021-12"


def test_a_notice_of_a_year_the_county_s_own_word_follows_is_dated_by_it():
    # 现将2021年度我县…公示如下: the year of the county's benefits, no scheme year of a collection
    page = ("某县医疗保障局关于2021年度城乡居民医保待遇享受情况的公示\n\n"
            "现将2021年度我县城乡居民基本医疗保险待遇享受情况公示如下:\n\n"
            "二、分级报销情况(单位:人次、万元)\n| 就医机构 | 报销人次 | 统筹基金支付 |\n"
            "| 乡镇卫生院 | 21630 | 812.4 |\n| 县级医院 | 9342 | 2210.5 |\n")
    assert period(page, "21630", published="2022-03") == ("during", "2021-01", "2021-12")
    assert period(page, "2210.5", published="2022-03") == ("during", "2021-01", "2021-12")


def test_a_look_back_after_a_span_of_years_in_its_sentence_restates_the_span():
    # “十三五”期间,…五年累计…: the five years are the plan's, not the five before the page
    page = "“十三五”期间,某县五年累计投入医疗救助资金2.6亿元,年均增长7.2%。\n"
    assert period(page, "2.6亿元", published="2021-04") == ("during", "2016-01", "2020-12")
    # alone, or after one year, the look-back still counts back from the page
    assert period("五年累计投入医疗救助资金2.6亿元。", "2.6亿元", published="2021-04") == (
        "during", "2016-04", "2021-04")
    assert period("2020年,某县五年累计投入医疗救助资金2.6亿元。", "2.6亿元", published="2021-04") == (
        "during", "2016-04", "2021-04")


def test_the_items_of_a_breakdown_take_the_time_of_the_sentence_it_breaks_down():
    # …截至10月底,今年全县住院补偿X人次。按医院级别分:\n——乡镇卫生院:… : the items are of January to October
    page = ("某县新农合运行情况\n\n据县合管办统计,截至10月底,今年全县住院补偿4.12万人次。按医院级别分:\n"
            "——乡镇卫生院:住院1.86万人次,实际补偿比75.1%;\n——县级医院:住院1.57万人次,实际补偿比60.4%。\n")
    assert period(page, "1.86万人次", published="2013-11") == ("during", "2013-01", "2013-10")
    assert period(page, "60.4%", published="2013-11") == ("during", "2013-01", "2013-10")
    # a list a notice introduces (现将…公布如下:) is dated by that sentence, not by when a promise was made
    page = ("某县2023年十项民生实事全部办结\n\n2023年初,县政府承诺的十项民生实事已全部办结。现将完成情况公布如下:\n\n"
            "1.老旧小区改造。完成12个老旧小区综合整治,惠及居民2180户。\n")
    assert period(page, "2180户", published="2024-01")[2] == "2023-12"


def test_the_items_a_sentence_announces_take_its_time():
    # 1—11月,…运行平稳。具体情况如下:\n1.… : the items report the months the announcing line names
    page = ("某县民政局社会救助工作简报\n\n  1—11月,全县社会救助工作运行平稳。具体情况如下:\n\n"
            "  1.低保。城市低保:保障对象1210户2405人,累计发放保障金986.5万元。\n"
            "  2.临时救助。累计救助2310人次,发放救助金352.4万元。\n")
    assert period(page, "986.5万元", published="2017-12") == ("during", "2017-01", "2017-11")
    assert period(page, "352.4万元", published="2017-12") == ("during", "2017-01", "2017-11")
    assert period(page, "1210户", published="2017-12") == ("as_of", "", "2017-11")  # (who it covers: a level)
    # a numbered part passed over that names a time of its own (二、2020年工作计划) is not the announced list
    page = ("某县民政局工作总结\n\n2019年,全县民政工作平稳推进。现将有关情况总结如下:\n\n一、2019年工作完成情况\n"
            "(一)低保提标。城市低保标准提高到每人每月560元。\n\n二、2020年工作计划\n"
            "1.力争农村低保标准提高到每人每年4300元以上。\n")
    assert period(page, "4300元以上", published="2020-01")[1:] == ("2020-01", "2020-12")
    # a cut-off there says how far the work had come (截至6月30日,9项已完成), not what each item counts
    page = ("某县2014年为民办实事工程上半年进展情况\n\n今年全县实施民生实事12项。截至6月30日,已完成9项。具体情况如下:\n\n"
            "一、教育。新建农村幼儿园4所。\n")
    assert period(page, "4所", published="2014-07") == ("during", "2014-01", "2014-06")  # (the title's half-year)


def test_this_month_in_a_report_of_a_month_is_that_month():
    # 本月 in a notice of 2016年8月 posted in September: August, not the posting's month nor December
    page = ("某县民政局2016年8月城乡医疗救助资金使用情况公示\n\n本月共审批城乡医疗救助对象873人次,发放救助金124.36万元。"
            "上月发放救助金98.2万元。\n")
    assert period(page, "873人次", published="2016-09") == ("during", "2016-08", "2016-08")
    assert period(page, "98.2万元", published="2016-09") == ("during", "2016-07", "2016-07")
    # under a title of a year, 本月 is the posting's month; a look-back keeps its own reading
    page = page.replace("2016年8月", "2016年度")
    assert period(page, "873人次", published="2016-09") == ("during", "2016-09", "2016-09")


def test_a_year_from_which_a_standard_holds_dates_the_figures_after_it():
    # 今年起 at the head of a sentence: the standards set from this year on are this year's; 7月1日起: from July
    # to the year's end, the first year the new threshold runs (as most probe golds read it)
    page = ("某县医保新政\n\n今年起,城乡居民医保个人缴费标准提高到每人每年380元。"
            "7月1日起,大病保险起付线降至1.2万元。\n")
    assert period(page, "380元", published="2024-03") == ("during", "2024-01", "2024-12")
    assert period(page, "1.2万元", published="2024-03") == ("during", "2024-07", "2024-12")


def test_a_look_back_introducing_a_years_summary_does_not_date_its_numbered_items():
    # 一年来,…现将全年工作总结如下: the items below are the summary's year, not the twelve months to its posting
    page = ("某县医疗保障局2019年工作总结\n\n    一年来,我局边组建边工作,现将全年工作总结如下:\n"
            "    一、2019年工作开展情况\n    (一)职工医疗保险。职工医保基金收入8726万元,基金支出7931万元。\n"
            "    (二)医疗救助。共实施医疗救助2.1万人次,发放救助资金1423.6万元。\n")
    assert period(page, "8726万元", published="2019-12") == ("during", "2019-01", "2019-12")
    assert period(page, "1423.6万元", published="2019-12") == ("during", "2019-01", "2019-12")


def test_those_on_an_allowances_roll_and_those_signed_up_with_a_family_doctor_are_counted_at_a_moment():
    page = "某县民政工作月报\n\n8月份,全县在保城乡低保对象3120户5680人。全县家庭医生签约服务人数达21.3万人。\n"
    assert period(page, "5680人", published="2024-09") == ("as_of", "", "2024-08")
    assert period(page, "21.3万人", published="2024-09") == ("as_of", "", "2024-08")


def test_those_who_draw_an_allowance_are_counted_at_a_moment():
    # 全县享受城市低保的N户、N人: the roll, not people reached; what was paid is a flow
    page = ("某县2018年统计公报\n\n全县享受农村低保的3126户、5874人,全年发放农村低保资金1862万元。\n")
    assert period(page, "5874人", published="2019-03") == ("as_of", "", "2018-12")
    assert period(page, "1862万元", published="2019-03") == ("during", "2018-01", "2018-12")


def test_rates_of_births_deaths_and_cases_after_a_year_end_are_of_the_year():
    # 年末 opening a bulletin's sentence dates what exists (机构, 床位) at the year's end; the rates of
    # events in it are of the year up to then
    page = ("某县2019年统计公报\n\n年末全县共有卫生机构214个,实有床位1835张,"
            "婴儿死亡率4.62‰,孕产妇住院分娩率99.8%,法定传染病发病率186.3/10万。\n")
    assert period(page, "214个", published="2020-04") == ("as_of", "", "2019-12")
    for figure in ("4.62‰", "99.8%", "186.3/10万"):
        assert period(page, figure, published="2020-04") == ("during", "2019-01", "2019-12"), figure


def test_a_yearbook_edition_in_crumbs_below_the_sites_name_dates_the_entrys_untimed_paragraphs():
    # 某市人民政府 / 首页 > … > 某市年鉴 > 2021年鉴 / 医疗保障: the edition of 2021 records 2020
    page = ("某市人民政府\n首页 > 走进某市 > 某市年鉴 > 2021年鉴\n医疗保障\n作者:市史志办　　发布时间:2021-11-20\n\n"
            "【概况】 2020年末,全市参加基本医疗保险61.3万人。\n\n【基金监管】 检查定点医药机构212家,追回医保基金148万元。\n")
    assert period(page, "148万元", published="2021-11") == ("during", "2020-01", "2020-12")
    assert period(page, "212家", published="2021-11") == ("during", "2020-01", "2020-12")


def test_a_summarys_year_dates_its_untimed_figures_under_a_sites_name():
    # the site's name above a summary's title too long to be a headline: the title line under it gives the year
    page = ("平昌县人民政府\n平昌县医疗保障局关于2019年度全县医疗保障扶贫领域各项重点工作的总结\n\n"
            "发布时间:2020-04-12　来源:县医疗保障局\n\n    一、基本情况\n    全县共有建档立卡贫困人口8132户27416人,资助参保资金1080万元。\n")
    assert period(page, "27416人", published="2020-04") == ("as_of", "", "2019-12")
    assert period(page, "1080万元", published="2020-04") == ("during", "2019-01", "2019-12")


def test_activated_e_voucher_users_and_staff_in_post_are_counted_at_a_moment():
    page = ("某县医疗保障局2023年工作总结\n\n    医保电子凭证激活人数累计达到18.7万人,激活率64.2%。县局在编人员23人,"
            "在职职工31人。\n")
    for figure in ("18.7万人", "64.2%", "23人", "31人"):
        assert period(page, figure, published="2024-01") == ("as_of", "", "2023-12"), figure


@pytest.mark.parametrize("title", ["我县召开2021年度民生工程实施情况新闻发布会", "2021年度县级重点民生实事办理情况"])
def test_a_years_projects_carried_out_or_answered_for_date_the_figures_with_no_time_of_their_own(title):
    # an account of the year's projects, as 完成情况 is: its numbered sections name no year
    page = title + "\n\n一、教育资助\n全县资助家庭经济困难学生3.2万人次,发放资助资金1.15亿元。\n"
    assert period(page, "3.2万人次", published="2022-01") == ("during", "2021-01", "2021-12")
    assert period(page, "1.15亿元", published="2022-01") == ("during", "2021-01", "2021-12")


def test_a_lower_heading_with_no_year_goes_on_with_the_numbered_part_it_stands_under():
    # a work report: its review part names the year, a subheading and its 一是 lines under it name none
    page = ("政府工作报告\n——2024年2月20日在某县第十五届人民代表大会第三次会议上\n\n一、2023年工作回顾\n"
            "过去一年,全县经济平稳运行。\n\n(五)民生事业全面进步\n一是就业扩面。新增城镇就业3120人。\n"
            "二是社会救助完善。城乡低保对象1.42万人。\n\n二、2024年工作安排\n(一)新增城镇就业3000人。\n")
    assert period(page, "3120人", published="2024-02") == ("during", "2023-01", "2023-12")
    assert period(page, "1.42万人", published="2024-02") == ("as_of", "", "2023-12")
    assert period(page, "3000人", published="2024-02") == ("during", "2024-01", "2024-12")


def test_a_summary_title_naming_a_part_of_its_year_after_the_year_dates_its_figures_to_that_part():
    page = ("某市2023年为民办实事项目上半年进展情况通报\n\n各县(市、区)人民政府:\n一、总体情况\n"
            "全市城乡居民医保参保226.5万人。新建医保服务站1650个。\n")
    assert period(page, "226.5万人", published="2023-08") == ("as_of", "", "2023-06")
    # a title whose year is a part of its own, and a later part it plans: the first part
    both = page.replace("2023年为民办实事项目上半年进展情况通报", "2023年上半年工作总结和下半年工作计划")
    assert period(both, "226.5万人", published="2023-08") == ("as_of", "", "2023-06")


def test_the_kinds_of_institutions_a_flow_of_them_is_broken_into_are_a_flow_as_it_is():
    # 发现违规定点医药机构67家,其中乡镇卫生院14家、村卫生室38家: the ones found over the months, part by part
    page = "　　今年1至7月,全县共发现违规定点医药机构67家,其中乡镇卫生院14家、村卫生室38家、定点零售药店15家。\n"
    for surface in ("67家", "14家", "38家", "15家"):
        a = attribution(page, surface, published="2019-08")
        assert (a.period_kind, a.period_start, a.period_end) == ("during", "2019-01", "2019-07"), surface
    # (a level's parts stay levels: 全县定点医药机构共有412家,其中村卫生室238家)
    page = "　　截至6月底,全县定点医药机构共有412家,其中村卫生室238家。\n"
    assert attribution(page, "238家", published="2019-08").period_kind == "as_of"


def test_a_time_heading_a_clause_that_counts_a_groups_members_leaves_them_a_level():
    page = "本报讯 第三季度全县城市低保对象1520户3160人,发放低保金286.4万元。\n"
    assert period(page, "1520户", published="2016-10") == ("as_of", "", "2016-09")
    assert period(page, "3160人", published="2016-10") == ("as_of", "", "2016-09")
    assert period(page, "286.4万元", published="2016-10") == ("during", "2016-07", "2016-09")
    # all who drew it over the year are counted over the year
    year = "本报讯 全年全县城乡低保对象4120人,发放低保资金5012万元。\n"
    assert period(year, "4120人", published="2017-03")[0] == "during"


def test_all_who_had_it_over_the_year_are_counted_over_the_year_whatever_gongyou_says():
    page = "某市2006年统计公报\n\n全年共有3.86万户、8.91万名城市居民领取最低生活保障金。\n"
    assert period(page, "8.91万名", published="2007-04") == ("during", "2006-01", "2006-12")
    assert period(page, "3.86万户", published="2007-04") == ("during", "2006-01", "2006-12")
    # 全县共有 with no 全年: how many there are
    stock = "某市2006年统计公报\n\n全市共有城市低保对象8.91万人。\n"
    assert period(stock, "8.91万人", published="2007-04") == ("as_of", "", "2006-12")


def test_a_paragraph_opening_with_qizhong_goes_on_with_the_time_of_the_sentence_it_breaks_down():
    page = ("某县新农合2012年10月份基金运行月报\n\n    10月份当月全县新农合补偿81230人次。截至10月31日,全县新农合"
            "基金累计支出28630.5万元。\n    其中:乡镇卫生院累计住院补偿3.96万人次,县外住院补偿0.51万人次。\n")
    assert period(page, "3.96万人次", published="2012-11") == ("as_of", "", "2012-10")
    dated = ("本报讯 今年1-10月,全市新农合累计补偿参合农民176.2万人次。\n\n"
             "其中,住院补偿7.41万人次,补偿金额2.36亿元。\n")
    assert period(dated, "2.36亿元", published="2010-11") == ("during", "2010-01", "2010-10")


def test_a_year_inside_the_thing_a_verb_acts_on_does_not_date_the_sentences_figures():
    page = "本报讯 1至2月,县医保局对2024年专项检查发现问题的21家定点医药机构开展回头看,追回医保基金35.2万元。\n"
    assert period(page, "35.2万元", published="2025-03") == ("during", "2025-01", "2025-02")
    assert period(page, "21家", published="2025-03") == ("during", "2025-01", "2025-02")


def test_a_paragraph_opening_with_tongqi_is_of_the_period_the_paragraph_before_ends_with():
    page = ("本报讯 截至4月底,全县“两病”患者5.6万人。1—4月,“两病”患者门诊用药报销9.2万人次。报销比例为60%。\n\n"
            "同期,全县门诊慢特病报销6.1万人次,基金支付3380万元。\n")
    assert period(page, "3380万元", published="2024-05") == ("during", "2024-01", "2024-04")


def test_a_headlines_second_half_opening_with_geren_and_an_editors_note_of_parts_left_out_are_no_units():
    from tests.harness import attributions
    page = "某县参保人数突破52万 个人缴费标准提高到350元\n（前三部分略）\n"
    surfaces = [s for s, _, _ in attributions(page, published="2021-10")]
    assert surfaces == ["350元"]


def test_a_growth_rate_of_a_per_person_level_is_per_nothing():
    from tests.harness import attribution
    page = "2018年,全县城乡居民人均可支配收入分别增长8.2%和9.4%,城镇居民人均可支配收入达到26410元。\n"
    assert attribution(page, "8.2%", published="2019-02").per == ""
    assert attribution(page, "26410元", published="2019-02").per == "person_year"


def test_a_standard_compared_with_an_earlier_years_level_dates_that_level_by_its_year():
    from tests.harness import attribution
    page = "2024年度城乡居民医保个人缴费标准为每人每年380元,比2023年度的350元增加30元。\n"
    a = attribution(page, "350元", published="2023-09")
    assert (a.period_start, a.period_end) == ("2023-01", "2023-12")
    assert attribution(page, "380元", published="2023-09").period_start == "2024-01"


def test_every_group_a_year_long_sentence_counts_is_counted_over_the_year():
    from tests.harness import attribution
    page = ("某县2010年统计公报\n"
            "全年共保障城市低保对象2916户6380人,农村低保对象11820户21475人。年末全县有五保对象3210人。\n")
    kinds = {s: attribution(page, s, published="2011-03").period_kind for s in ("6380人", "21475人", "3210人")}
    assert kinds == {"6380人": "during", "21475人": "during", "3210人": "as_of"}


def test_the_roll_counts_a_list_of_places_gives_with_fenbie_are_levels():
    from tests.harness import attribution
    page = "上半年,甲子县、乙丑县低保对象分别为1.86万人、1.52万人。\n"
    for s in ("1.86万人", "1.52万人"):
        a = attribution(page, s, published="2021-07")
        assert (a.period_kind, a.period_end) == ("as_of", "2021-06"), s


def test_a_year_end_title_under_an_accounts_posting_stamp_dates_the_figures():
    page = ("某县融媒 2024-01-11 18:30 发表于山东\n\n晒成绩单丨2023年某县医保工作“答卷”来了!\n\n"
            "01 参保扩面\n● 全县基本医保参保总人数96.42万人。\n")
    assert period(page, "96.42万人", published="2024-01") == ("as_of", "", "2023-12")


def test_an_areas_total_population_is_a_stock():
    assert period("2015年,全镇总人口6.3万人,辖28个行政村。\n", "6.3万人", published="2016-01") == ("as_of", "", "2015-12")


@pytest.mark.parametrize("page,surface,published,expected", [
    # a news lead's day date, or a day range, dates what its clause reports: that month (or months)
    ("本报讯 8月12日至16日，省医疗保障局检查组对我市3家医院进行了突击检查。\n", "3家", "2019-08",
     ("during", "2019-08", "2019-08")),
    ("受疫情影响，2月6日，县医疗保障局向3家定点医院预拨医保基金2800万元。\n", "2800万元", "2020-03",
     ("during", "2020-02", "2020-02")),
    ("本报讯 8月28日至9月3日，全县为132名患者发放救助金68.4万元。\n", "68.4万元", "2016-09",
     ("during", "2016-08", "2016-09")),
    # inside its clause a day date is an event's: no period
    ("县医保局于8月12日检查了3家医院。\n", "3家", "2019-08", ("", "", "")),
    # the day the news was told (记者从…获悉) is no time of what it tells: the year after it dates the figure
    ("本报讯 3月3日，记者从县医疗保障局获悉，2024年，全县医保基金运行平稳，全年基金总收入19.8亿元；总支出18.9亿元。\n",
     "18.9亿元", "2025-03", ("during", "2024-01", "2024-12")),
    # the day a press conference told a year's results dates none of the year's figures below it
    ("某市2017年度为民办实事项目完成情况\n\n1月23日,市政府新闻办召开新闻发布会,通报2017年度为民办实事项目完成情况。\n\n"
     "在就业方面,全市城镇新增就业6.1万人。\n", "6.1万人", "2018-01", ("during", "2017-01", "2017-12")),
])
def test_a_day_date_that_opens_a_clause_dates_its_figures(page, surface, published, expected):
    assert period(page, surface, published=published) == expected


def test_registering_people_at_a_service_point_is_business_done_not_the_enrolled():
    page = "今年以来服务点累计代办医保业务4.3万件,其中参保登记1.8万件、待遇申领0.9万件。\n"
    assert period(page, "1.8万件", published="2023-10") == ("during", "2023-01", "2023-10")


def test_a_span_after_yu_is_the_period_of_what_was_done_in_it():
    page = "经查，该药房于2020年10月至2021年2月间，串换药品收费，涉及医保基金1.08万元。\n"
    assert period(page, "1.08万元", published="2021-06") == ("during", "2020-10", "2021-02")


def test_a_yearbook_volume_named_for_its_edition_records_the_year_before():
    page = ("某县人民政府  >  梨树年鉴  >  2005年卷  >  卫生\n\n新型农村合作医疗\n\n"
            "【参合情况】　全县农业人口五十九点四万人，参加合作医疗的农民四十九点一万人。\n")
    assert period(page, "四十九点一万人") == ("as_of", "", "2004-12")


def test_a_whole_year_after_a_sentence_headed_by_last_year_is_last_years():
    page = ("县召开2017年全县人力资源和社会保障工作会议\n\n会议总结了去年全县人社工作。去年,全县城镇新增就业3408人,"
            "登记失业率为2.41%。全年新增转移农村劳动力4512人。\n")
    assert period(page, "4512人", published="2017-02") == ("during", "2016-01", "2016-12")


def test_a_winter_programs_name_is_no_season():
    page = "2016年，全县为特困人员每人发放冬季取暖补贴1200元，共213人次。\n"
    assert period(page, "1200元", published="2017-01") == ("during", "2016-01", "2016-12")


@pytest.mark.parametrize("page,surface,expected", [
    # a chronicle's entries: a date opening its line, then a blank, dates the entry's figures
    ("2012年旬邑县大事记\n\n7月3日　全县11个乡镇受灾，倒塌房屋46间。\n", "46间", ("during", "2012-07", "2012-07")),
    ("2020年南江县大事记\n● 5月19日 县医保局为2300名特困人员代缴保费。\n", "2300名", ("during", "2020-05", "2020-05")),
])
def test_a_chronicles_entry_is_dated_by_the_day_opening_its_line(page, surface, expected):
    assert period(page, surface, published="2021-03") == expected


def test_a_papers_dateline_dates_none_of_its_stories():
    page = ("某日报\n2021年09月15日　星期三\n第3版：县区新闻\n\n某县织密保障网\n\n"
            "本报讯 今年以来，某县医保局扎实推进参保工作。全县脱贫人口参保率保持100%。\n")
    assert period(page, "100%", published="2021-09") == ("as_of", "", "2021-09")


def test_the_year_a_level_is_a_multiple_of_dates_nothing():
    page = ("2018年,全市共有城乡低保对象21.38万人,全年发放低保资金7.62亿元,分别是2007年制度建立之初的2.1倍和5.6倍。"
            "全市医疗救助36.8万人次。\n")
    assert period(page, "2.1倍", published="2019-08")[2] == "2018-12"
    assert period(page, "36.8万人次", published="2019-08") == ("during", "2018-01", "2018-12")


def test_spoken_about_is_no_rise_but_a_rise_before_it_stays_one():
    page = "去年，全县减免住院押金差不多5400万元，参合率比前年提高了差不多1个百分点。\n"
    assert attribution(page, "5400万元", published="2021-03").change == ""
    assert attribution(page, "1个百分点", published="2021-03").change == "delta"


def test_a_class_and_its_figure_keep_the_lists_per():
    page = "全县农村低保对象每人每月补助120元，二类96元，三类65元。\n"
    figures = [s for s, _, _ in attributions(page, published="2013-05")]
    assert "二类" not in figures
    assert attribution(page, "96元", published="2013-05").per == "person_month"
    assert attribution(page, "65元", published="2013-05").per == "person_month"


def test_a_monthly_average_per_person_is_per_person_and_month():
    page = "全县城市低保月人均补助水平达到每人335元。\n"
    assert attribution(page, "335元", published="2013-05").per == "person_month"


def test_the_next_levels_of_care_take_the_rate_named_before_them():
    page = "乡镇卫生院住院报销比例为90%；县级医院为80%；县外医院为60%。\n"
    assert attribution(page, "80%", published="2013-05").metric == "reimbursement_rate"
    assert attribution(page, "60%", published="2013-05").metric == "reimbursement_rate"


def test_rural_standards_set_beside_urban_ones_are_no_farming():
    page = ("三、分档救助\n城乡低保对象按家庭困难程度实行A、B、C三类分档救助：\n"
            "（一）A类：家庭成员完全丧失劳动能力的，按保障标准全额救助，城市每人每月620元，农村每人每月400元；\n")
    assert attribution(page, "400元", published="2021-06").domain == "social_assistance"


@pytest.mark.parametrize("page,surface,domain", [
    ("社会保险方面,全县五大险种参保人数达到63.7万人次,比上年增长4.3%。\n", "63.7万人次", "employment_social_security"),
    ("大会应出席代表298名，因事因病请假7名，实到291名，符合法定人数。\n", "291名", "governance"),
    ("年末全县共有城乡社区435个，登记社会组织238家。\n", "238家", "governance"),
])
def test_all_the_insurances_together_and_a_meetings_roll(page, surface, domain):
    assert attribution(page, surface, published="2017-02").domain == domain


def test_the_parts_of_a_density_are_per_the_same_residents():
    page = "年末全县每千常住人口卫生技术人员6.59人，其中执业（助理）医师2.27人、注册护士2.63人。\n"
    assert attribution(page, "2.27人", published="2015-03").per == "thousand_persons"
    page = "全县人均筹资标准300元，共筹集资金5130万元，其中财政补助4200万元。\n"
    assert attribution(page, "4200万元", published="2015-03").per == ""


def test_a_lifetime_is_per_nothing():
    assert attribution("全县人均预期寿命达到79.6岁。\n", "79.6岁", published="2021-10").per == ""


def test_a_hospital_stay_in_days_and_tents_are_counted():
    page = "全县医院病床使用率82.7%，出院者平均住院日7.9日，比上年缩短0.4日。发放棉帐篷120顶。\n"
    figures = {s: f.quantity for s, f, _ in attributions(page, published="2015-03")}
    assert (figures["7.9日"].unit, figures["120顶"].unit) == ("日", "顶")
    assert attribution(page, "0.4日", published="2015-03").change == "delta"


def test_a_document_sites_price_lines_are_furniture():
    page = ("文档页数：5页 | 上传日期：2018-03-09 | 文档格式：docx | 价格：3.00元 | 预览已结束，下载本文档需要3.00元\n"
            "▲ 限时特惠：文库VIP月卡仅需9.9元\n\n某县2017年新农合工作总结\n\n全县参合农民达到41.2万人。\n")
    r = run_page(page, "doc.txt", ManifestRow("", "", "2018-03"))
    assert [m.text for m in r.mentions] == ["41.2万人"]


def test_a_batch_ordinal_sharing_its_di_is_no_count():
    page = "2010年第一、二批医疗救助共救助305人。\n"
    assert [s for s, _, _ in attributions(page, published="2010-08")] == ["305人"]


def test_a_party_plenums_term_and_session_are_no_counts():
    page = "县委十四届十一次全体（扩大）会议召开。全县参保45万人。\n"
    assert [s for s, _, _ in attributions(page, published="2021-01")] == ["45万人"]


def test_a_growth_rate_slowing_is_a_fall_and_hurrying_a_rise_only_against_a_base():
    page = "基金支出增速放缓了三个多百分点，收入增速较一季度加快2.7个百分点。全县加快建设养老院3所。\n"
    figures = {s: a for s, _, a in attributions(page, published="2019-07")}
    assert (figures["三个多百分点"].change, figures["三个多百分点"].sign) == ("delta", -1)
    assert (figures["2.7个百分点"].change, figures["2.7个百分点"].sign) == ("delta", 1)
    assert figures["3所"].change == ""


def test_the_divisions_a_list_names_are_counted_and_the_merging_schemes_are_a_name():
    page = "衡水、沧州、邯郸三市参合率超过90%。推进三市联动。比上年两项制度参保人数合计减少0.84万人。\n"
    figures = {s: f.quantity for s, f, _ in attributions(page, published="2008-03")}
    assert (figures["三市"].value, figures["三市"].unit) == (3, "个")
    assert [s for s in figures] == ["三市", "超过90%", "0.84万人"]


def test_boards_counted_in_pieces_are_no_yuan():
    page = "全年设置地名标志牌1420块。一年光买药就得三千多块。\n"
    figures = {s: f.quantity for s, f, _ in attributions(page, published="2022-01")}
    assert (figures["1420块"].unit, figures["三千多块"].unit) == ("块", "元")


def test_an_arrow_opening_its_line_is_a_bullet_not_a_rise():
    page = "▲ 8116万元  各类救助资金发放总额\n▲ 9415人    在保低保对象\n基金支出16.08亿元 ▲12.3%\n"
    figures = {s: a for s, _, a in attributions(page, published="2022-08")}
    assert (figures["8116万元"].change, figures["9415人"].change) == ("", "")
    assert figures["12.3%"].change == "growth_rate"


def test_a_figure_opening_its_line_takes_the_label_after_its_colon():
    page = "数读2016\n◆ 99.12%:全县新农合参合率\n◆ 570元:今年人均筹资标准\n"
    figures = {s: a for s, _, a in attributions(page, published="2016-12")}
    assert figures["99.12%"].metric == "enrollment_rate"
    assert (figures["570元"].metric, figures["570元"].per) == ("per_capita_funding", "person_year")


def test_the_earlier_year_of_a_from_to_in_chinese_numerals_dates_only_its_own_level():
    page = "今年，全县新农合筹资标准由去年的五十元提高到一百元，其中各级财政补助八十元，农民个人缴纳二十元。\n"
    assert period(page, "五十元", published="2009-12") == ("during", "2008-01", "2008-12")
    assert period(page, "八十元", published="2009-12") == ("during", "2009-01", "2009-12")
    # (a scheme year written before the earlier level: 由2024年度的930元调整为990元)
    page = "2025年度成年居民个人缴费标准由2024年度的930元调整为990元,上涨60元。\n"
    assert period(page, "930元", published="2024-10") == ("during", "2024-01", "2024-12")
    assert period(page, "990元", published="2024-10") == ("during", "2025-01", "2025-12")
    # (a rate written out in words: 由去年的百分之七十五提高到百分之八十五)
    page = "今年，乡镇卫生院住院报销比例由去年的百分之七十五提高到百分之八十五。\n"
    assert period(page, "百分之七十五", published="2011-05") == ("during", "2010-01", "2010-12")
    assert period(page, "百分之八十五", published="2011-05") == ("during", "2011-01", "2011-12")


def test_a_wechat_accounts_call_to_follow_it_is_no_headline():
    page = ("某县医保\n2024-12-06 18:05 福建\n\n关于2025年度居民医保集中缴费进度的通报\n\n点击上方蓝字关注“某县医保”\n\n"
            "我县集中征缴工作自9月1日启动以来,各乡镇层层动员。截至12月5日,全县累计缴费人数达71.36万人。\n")
    assert attribution(page, "71.36万人", published="2024-12").program == "resident_medical_insurance"


def test_figures_of_one_period_and_metric_in_other_units_are_other_facts():
    """An inspection paragraph: a count of places, a sum recovered and a count of cases are all
    'other' of the same scheme and period, never one statistic with conflicting values."""
    page = "本报讯 2016年1-10月，临朐县医保局检查定点医疗机构16家，追回医保基金127.3万元。\n"
    facts = merge_facts(run_page(page, "a.txt", HOME).facts)
    assert sorted((f["value"], f["unit"], f["conflict"]) for f in facts) == [(16.0, "家", False), (1273000.0, "元", False)]


def test_the_level_a_standard_was_raised_from_is_a_fact_of_its_own_beside_the_new_one():
    """由5000元降至3000元 in one year: two levels (GUIDELINES §9 from–to); the fact of the level before the
    change is told apart by its subject, so the new standard is not hidden behind the old one."""
    page = "本报讯 今年1-6月，全县贫困人口住院就医3.28万人次。贫困人口大病保险起付线由5000元降至3000元。\n"
    facts = merge_facts(run_page(page, "a.txt", HOME).facts)
    lines = sorted((f["value"], f["subject"]) for f in facts if f["metric"] == "other")
    assert lines == [(3000.0, "贫困人口大病保险起付线"), (5000.0, "贫困人口大病保险起付线(调整前)")]
    assert not any(f["conflict"] for f in facts)


def test_a_policy_named_for_its_zero_deductible_holds_no_figure():
    page = "本报讯 门诊救助实行零起付,住院救助比例提高到70%,药品实行零差率销售。\n"
    assert [s for s, _, _ in attributions(page, published="2014-04")] == ["70%"]


def test_classes_or_grades_named_together_are_no_rough_count():
    page = "本报讯 一二类低保对象和一二级残疾人由财政全额资助,每人资助280元。\n"
    assert [s for s, _, _ in attributions(page, published="2019-03")] == ["280元"]
    # (二类病种（共20种）: a class of chronic diseases opening its list item, its count in the bracket)
    page = "门诊慢特病:\n　　二类病种(共20种):高血压(Ⅲ级)、糖尿病等,报销比例为60%。\n"
    assert [s for s, _, _ in attributions(page, published="2024-03")] == ["20种", "60%"]


def test_an_aside_comparing_with_last_year_dates_only_its_own_figure():
    page = "某县2010年统计公报\n\n全县参合率为94.8%(上年为92.7%)。新农合基金支出5268万元。\n"
    assert period(page, "92.7%", published="2011-03") == ("as_of", "", "2009-12")
    assert period(page, "5268万元", published="2011-03") == ("during", "2010-01", "2010-12")
    # (a cut-off with an hour after it is no aside: it dates the sentences after it)
    page = "本报讯 2022年度任务数为8.6万人,截止1月9日16时,已缴费7.9万人。5个乡镇完成率未达到85%。\n"
    assert period(page, "5个", published="2022-01") == ("as_of", "", "2022-01")


def test_the_balance_brought_forward_is_the_fund_s_at_the_end_of_the_year_before():
    page = "本报讯 2019年城镇职工医保基金上年结转18262万元,本年收入5000万元。\n"
    assert period(page, "18262万元", published="2019-12") == ("as_of", "", "2018-12")


def test_a_plan_of_the_whole_year_is_that_year_s_not_the_months_so_far():
    page = "本报讯 1-6月,全市累计完成投资4.36亿元,占年度计划投资8.12亿元的53.7%。\n"
    assert period(page, "8.12亿元", published="2021-07") == ("during", "2021-01", "2021-12")
    assert period(page, "4.36亿元", published="2021-07") == ("during", "2021-01", "2021-06")
    page = "本报讯 1-8月,全县医疗救助支出2100万元,完成年度计划的71.7%。\n"
    assert period(page, "71.7%", published="2021-09") == ("as_of", "", "2021-08")


def test_more_than_planned_is_no_change():
    page = "本报讯 全年新增就业8000人,比计划多解决600人,比上年多解决300人。\n"
    assert attribution(page, "600人", published="2021-12").change == ""
    assert attribution(page, "300人", published="2021-12").change == "delta"


def test_where_one_person_lives_introduces_her_story():
    page = "本报讯 家住城关镇东村的覃秀英今年6月住院做手术,总费用5870元,新农合报销了2600多元。\n"
    assert attribution(page, "2600多元", published="2009-12").population == "individual"


@pytest.mark.parametrize("told", ["据了解,", "记者日前从县新农合管理中心了解到,"])
def test_a_year_after_who_told_it_heads_its_sentence_and_dates_the_whole_year_after_it(told):
    page = f"本报讯 今年全县参合率达99.1%。\n\n　　{told}去年全县新农合基金共支出2618万元。全年共补偿参合农民31.4万人次。\n"
    assert period(page, "31.4万人次", published="2013-05") == ("during", "2012-01", "2012-12")


def test_the_subsidised_part_of_the_insured_is_people_helped_over_the_year():
    page = "本报讯 2020年度全县城乡居民医保参保人数达112.37万人,参保率98.1%,其中财政资助参保9.86万人。\n"
    assert period(page, "9.86万人", published="2020-12") == ("during", "2020-01", "2020-12")
    assert period(page, "112.37万人", published="2020-12") == ("as_of", "", "2020-12")


def test_the_time_a_plan_was_made_dates_no_sentence_after_it():
    page = ("某县2019年政府工作报告\n\n一、2018年工作回顾\n　　年初承诺的为民办实事15个项目全面完成。城乡居民医保参保"
            "44.37万人,参保率98.65%。\n")
    assert period(page, "44.37万人", published="2019-02") == ("as_of", "", "2018-12")


def test_ones_kin_and_a_pronoun_after_a_time_go_on_with_one_persons_story():
    page = ("本报讯 “要是在以前,这个病早把我们一家拖垮了。”贫困户覃大姐告诉记者。她丈夫前年查出尿毒症,每周要去县医院透析。"
            "去年他先后住院5次,总费用8.7万多元,基本医保报销5.9万元。\n")
    assert attribution(page, "5.9万元", published="2019-11").population == "individual"


def test_a_bound_that_names_the_group_after_it_dates_nothing():
    page = "本报讯 今年,县医保局对年度个人自付医疗费用超过1万元的人员及时推送预警,个人自付比例不超过10%。\n"
    assert period(page, "超过1万元", published="2022-11") == ("", "", "")
    assert period(page, "不超过10%", published="2022-11") != ("", "", "")


def test_a_schemes_designated_institutions_listed_by_kind_are_counted_at_the_years_end():
    page = "某市2014年医疗保险工作总结\n\n　　全市医保定点医疗机构212家、定点零售药店367家。\n"
    assert period(page, "212家", published="2015-03") == ("as_of", "", "2014-12")
    assert period(page, "367家", published="2015-03") == ("as_of", "", "2014-12")


def test_a_from_figure_after_a_comparison_with_last_year_is_last_years():
    page = "本报讯 2012年,与去年相比,低保、五保对象住院救助比例由40%提高到55%。\n"
    assert period(page, "40%", published="2012-09") == ("during", "2011-01", "2011-12")
    assert period(page, "55%", published="2012-09") == ("during", "2012-01", "2012-12")



def test_a_named_persons_kin_goes_on_with_one_persons_story():
    page = "本报讯 农民李桂兰的丈夫去年住院花了3.2万元,新农合报销了1.6万多元。\n"
    assert attribution(page, "1.6万多元", published="2010-03").population == "individual"


def test_how_much_of_the_money_found_is_spent_is_a_level_at_the_reports_month():
    page = "某县2015年1-9月民生工程进展情况\n\n　　1-9月,全县民生工程到位资金5.68亿元,到位率92.1%;支出资金4.96亿元,支出率87.3%。\n"
    assert period(page, "87.3%", published="2015-10") == ("as_of", "", "2015-09")
    assert period(page, "4.96亿元", published="2015-10") == ("during", "2015-01", "2015-09")


def test_a_letter_spaced_this_month_column_is_the_captions_last_month():
    # 指 标  本 月  累 计 under …2019年1-9月…: the padded heads of a word processor's table, as 本月 | 累计 are
    page = ("某旗医疗保障局2019年1-9月基金运行情况\n\n指 标      本 月      累 计      去年同期\n"
            "住院人次      1608      14210      13522\n统筹支付(万元)      587      5230      4890\n")
    assert period(page, "1608", published="2019-10") == ("during", "2019-09", "2019-09")
    assert period(page, "14210", published="2019-10") == ("during", "2019-01", "2019-09")
    assert period(page, "587", published="2019-10") == ("during", "2019-09", "2019-09")


def test_a_day_written_with_dots_is_a_cut_off():
    # 截止2019.9.30,全旗参加基本医疗保险人数达X人: as_of that month, not the report's
    page = "本报讯 截止2019.9.30,全旗参加基本医疗保险人数达273125人。\n"
    assert period(page, "273125人", published="2019-11") == ("as_of", "", "2019-09")


def test_a_target_after_the_scheme_year_its_plan_names_is_that_years():
    # 截至11月15日,已完成2022年度参保目标任务20.3万人的48.6%: the target is the plan's year's, the share done the cut-off's
    page = "本报讯 截至11月15日,全县已完成2022年度参保目标任务20.3万人的48.6%。\n"
    assert period(page, "20.3万人", published="2021-11") == ("as_of", "", "2022-12")
    assert period(page, "48.6%", published="2021-11") == ("as_of", "", "2021-11")


def test_this_year_in_the_plan_part_of_a_summary_posted_the_next_year_is_the_year_posted():
    # …2020年工作总结… posted in 2021: 二、2021年工作计划 ⏎ 今年全县参保率确保达到97%; 今年,我局将…: 2021's
    head = "某县医疗保障局2020年工作总结\n\n一、2020年工作总结\n全县参保人数38.2万人,参保率96.5%。\n\n二、2021年工作计划\n"
    page = head + "今年全县参保率确保达到97%。\n"
    assert period(page, "97%", published="2021-03") == ("as_of", "", "2021-12")
    assert period(page, "96.5%", published="2021-03") == ("as_of", "", "2020-12")
    page = head + "今年,我局将确保城乡居民参保人数稳定在39万人以上。\n"
    assert period(page, "39万人以上", published="2021-03") == ("as_of", "", "2021-12")


def test_a_rule_from_a_day_on_dates_its_new_levels_to_the_years_end_and_leaves_the_old_ones_undated():
    page = "本报讯 从2010年7月1日起,将住院救助比例由30%提高到40%,年度封顶线由5000元提高到8000元。\n"
    assert period(page, "40%", published="2011-01") == ("during", "2010-07", "2010-12")
    assert period(page, "8000元", published="2011-01") == ("during", "2010-07", "2010-12")
    # the level before the start: the text gives no time of it
    assert period(page, "30%", published="2011-01") == ("", "", "")
    # a count of the places the rule runs at: at its start
    page = "本报讯 从2009年7月起,县里在63个乡镇卫生院开展门诊统筹,门诊费用可报销30%。\n"
    assert period(page, "63个", published="2010-01") == ("as_of", "", "2009-07")


def test_a_rise_from_the_level_of_an_earlier_year_is_of_the_year_it_is_told_of():
    # 在上年(的)基础上 names the base of a rise, not its time
    page = "本报讯 2019年,城乡居民医保人均财政补助标准在上年的基础上增加30元,达到每人每年520元。\n"
    assert period(page, "30元", published="2019-06") == ("during", "2019-01", "2019-12")
    page = "本报讯 2016年城乡居民医保各级财政补助标准将在2015年基础上提高40元,达到每人每年420元。\n"
    assert period(page, "420元", published="2016-02") == ("during", "2016-01", "2016-12")


def test_a_years_analysis_of_the_fund_dates_the_figures_under_it():
    page = "某市2023年度医疗保障基金运行分析报告\n\n三、待遇支付\n全市住院11.92万人次，同比增长21.6%。\n"
    assert period(page, "11.92万人次", published="2024-03") == ("during", "2023-01", "2023-12")


def test_a_press_conference_on_a_years_work_dates_the_statement_under_it():
    page = ("某市医疗保障局2023年度医疗保障工作新闻发布会实录\n\n主持人:请局长介绍情况。\n\n"
            "局长:全市异地就医直接结算8.42万人次,是上年的1.6倍。\n")
    assert period(page, "8.42万人次", published="2024-01") == ("during", "2023-01", "2023-12")


def test_a_heading_naming_a_time_relative_to_the_report_dates_its_items():
    page = ("两会数读\n\n【过去五年】\n▶累计医疗救助困难群众61.2万人次。\n【今年目标】\n▶城乡居民医保个人缴费标准每人400元。\n")
    assert period(page, "61.2万人次", published="2024-01") == ("during", "2019-01", "2024-01")
    assert period(page, "400元", published="2024-01") == ("during", "2024-01", "2024-12")


def test_how_far_a_service_has_reached_is_a_level():
    page = "本报讯 2018年,全县已有356所村卫生室开通门诊统筹直接结算,开通率达96%。\n"
    assert period(page, "96%", published="2019-03") == ("as_of", "", "2018-12")


def test_the_whole_years_plan_a_share_is_of_leaves_the_half_year_dating_what_follows():
    page = "本报讯 上半年共实施医疗救助1862人次,完成全年计划的48%,其中住院救助413人次、金额421万元。\n"
    assert period(page, "48%", published="2016-07") == ("as_of", "", "2016-06")
    assert period(page, "413人次", published="2016-07") == ("during", "2016-01", "2016-06")


def test_the_sentences_after_one_about_a_patient_go_on_with_her_bill_until_the_area_s_figures():
    # …他的孙女小芳查出白血病,住院花费14.2万元。经新农合补偿9.6万元,医疗救助1.5万元…: still the girl's bill, though
    # its own sentence names no one; 据了解,全县… opens the county's figures
    page = ("本报讯 东村村民韦德明今年58岁。去年,他的孙女小芳查出白血病,先后住院3次,花费14.2万元。"
            "经新农合补偿9.6万元、大病保险支付1.1万元后,剩余的3.5万元中,医疗救助按70%的比例救助了2.4万元。"
            "据了解,今年全县共实施医疗救助5210人次,救助金额1860万元。\n")
    for surface in ("9.6万元", "1.1万元", "3.5万元", "2.4万元"):
        assert attribution(page, surface, published="2016-05").population == "individual", surface
    assert attribution(page, "5210人次", published="2016-05").population != "individual"
    # a case of fraud told before a reward rule: the rule's figures are no one's bill
    case = ("本报讯 经查,李某某2021年3月至5月冒用亲属医保卡购药21次,骗取医保基金1,905.5元,已全部追回。"
            "按规定给予举报人奖励200元。\n")
    assert attribution(case, "200元", published="2021-08").population != "individual"


def test_a_second_place_of_care_listed_after_the_first_is_where_the_patient_was_treated():
    # 先后在县人民医院和广州一家医院治疗: the patient's county's story, not Guangzhou's figures
    page = ("本报讯 惠来县东港村63岁的陈伯去年查出肝癌,先后在县人民医院和广州一家医院治疗,住院总费用18.4万元,"
            "经基本医保报销8.1万元。\n")
    assert attribution(page, "18.4万元", published="2018-03").region == "惠来县"
    page = ("本报讯 丰县的王大姐的女儿去年因重症肺炎,在徐州医科大学附属医院儿童重症监护室住了21天,医疗总费用9.8万元。\n")
    assert attribution(page, "9.8万元", published="2022-04").region == "丰县"


def test_long_term_care_insurance_named_by_its_short_name_goes_on_through_its_funding_words():
    # 长护险基金…,筹资标准为每人每年100元,其中个人缴纳30元: the long-term care insurance's, as 长期护理保险's are
    page = ("本报讯 据市医保中心负责人介绍,长护险基金按照“多方共担”原则筹集,2018年筹资标准为每人每年100元,"
            "其中个人缴纳30元,财政补助30元。\n")
    for surface in ("100元", "30元"):
        assert attribution(page, surface, published="2018-05").domain == "elderly_care", surface


def test_a_long_event_between_zi_and_yilai_still_gives_the_running_total_its_start():
    # 自今年4月1日我县正式启动城乡居民大病保险工作以来,截至9月底,…: during April..September
    page = "本报讯 自今年4月1日我县正式启动城乡居民大病保险工作以来,截至9月底,已有213名患者获得赔付,赔付金额506.8万元。\n"
    assert period(page, "506.8万元", published="2016-10") == ("during", "2016-04", "2016-09")


def test_a_change_beside_a_running_total_runs_from_the_start_its_total_runs_from():
    # 今年5月以来…。截至11月底,…追回医保基金X万元,较去年同期增加Y万元: both May..November
    page = ("本报讯 今年5月以来,县医保局对全县定点医药机构开展专项检查。截至11月底,共追回医保基金及违约金142.6万元,"
            "较去年同期增加38.9万元。\n")
    assert period(page, "142.6万元", published="2020-12") == ("during", "2020-05", "2020-11")
    assert period(page, "38.9万元", published="2020-12") == ("during", "2020-05", "2020-11")


def test_a_villager_named_by_a_surname_common_in_the_south_and_a_kinship_word_is_one_person():
    # 村民符大姐…总费用6.8万元: her bill, not the county's figures
    page = ("本报讯 乐东黎族自治县抱由镇村民符大姐去年因乳腺癌住院,总费用6.2万元,"
            "经基本医保、大病保险和医疗救助报销后,自己只花了不到6000元。\n")
    assert attribution(page, "6.2万元", published="2019-06").population == "individual"


def test_a_yearbook_entry_s_year_is_no_scheme_year_its_collection_is_for():
    # 某县年鉴2020 >> 医疗保障 / 【概况】2019年3月…挂牌成立…年末… / …截至2019年12月底,2020年度城乡居民医保参保缴费X万人:
    # the entry records 2019, not the scheme year paid for
    page = ("泰和年鉴2020 >> 社会生活 >> 医疗保障\n\n医疗保障\n【概况】2019年3月,县医疗保障局挂牌成立。年末,全县基本医疗保险参保49.87万人。\n"
            "【城乡居民医保】全年城乡居民医保基金收入3.42亿元。截至2019年12月底,2020年度城乡居民医保参保缴费40.96万人。\n")
    kw = dict(published="2020-12", home_name="泰和县", home_code="360826")
    assert period(page, "49.87万人", **kw) == ("as_of", "", "2019-12")
    assert period(page, "3.42亿元", **kw) == ("during", "2019-01", "2019-12")


def test_a_short_sentence_of_the_report_naming_a_furniture_word_keeps_its_figure():
    # 用手机扫一扫,全家5口人的1400元几分钟就交好了。: a villager paying by phone, no site's 扫一扫 prompt
    page = ("本报讯 今年全县城乡居民医保征缴进展顺利。\n用手机扫一扫,全家5口人的1400元几分钟就交好了。\n"
            "扫一扫在手机打开当前页\n")
    r = run_page(page, "scan.txt", ManifestRow("", "", "2019-11"))
    assert [m.text for m in r.mentions] == ["5口人", "1400元"]


def test_the_place_and_year_of_an_income_a_threshold_is_set_against_are_the_income_s():
    # 起付线按某省2022年农村常住居民人均可支配收入的50%左右确定: the county's threshold, not the province's, nor 2022's
    page = "本报讯 今年铁岭县城乡居民大病保险起付线按辽宁省2022年农村常住居民人均可支配收入的50%左右确定,为1万元。\n"
    a = attribution(page, "1万元", published="2023-08", home_name="铁岭县", home_code="211221")
    assert (a.region, a.period_start, a.period_end) == ("铁岭县", "2023-01", "2023-12")


def test_a_flattened_header_broken_over_more_lines_than_its_rows_have_cells_reads_no_cell_by_position():
    # 序号 / 十件大事 / 项目名称 / 建设内容 / 完成率(%) / … / 联系领导 over rows of six cells: the header's lines are not
    # its columns, so a project's own figure (…为困难老人发放助听器3120台。) is no completion at the table's date
    page = ("某县十件民生实事第三季度进度表\n发布时间:2023-10-09\n\n序号\n\n十件大事\n\n项目名称\n\n建设内容\n\n完成率(%)\n\n"
            "是否达序时\n\n责任单位\n\n联系领导\n\n1\n\n*养老服务\n\n为困难老人发放助听器3120台。\n\n35%\n\n"
            "是,达到序时\n\n县民政局\n\n2\n\n*教育助学\n\n新增公办幼儿园学位900个。\n\n50%\n\n是,达到序时\n\n县教育局\n")
    assert period(page, "3120台", published="2023-10") == ("", "", "")
    assert period(page, "35%", published="2023-10") == ("as_of", "", "2023-09")


def test_the_groups_a_point_of_medical_help_names_say_whom_its_rates_and_caps_are_for():
    # 二是住院救助。特困供养人员救助比例为100%,低保对象为70%: the point's help, not the 低保 roll's; a 分别 cap of
    # groups under 2.门诊救助。 too; without a medical help named before, a 低保 standard stays social assistance
    page = ("某县2023年医疗保障工作总结\n一是资助参保。二是住院救助。特困供养人员救助比例为100%,低保对象为70%,年度救助限额3万元。\n"
            "2.门诊救助。特困人员、低保对象年度救助限额分别为2000元、1500元。\n")
    kw = dict(published="2024-01", home_name="岚县", home_code="141127")
    for surface in ("100%", "70%", "3万元", "2000元", "1500元"):
        assert attribution(page, surface, **kw).domain == "medical_security", surface
    assert attribution(page, "70%", **kw).program == "inpatient_assistance"
    allowance = "全县城乡低保标准提高。城市、农村低保对象救助标准分别提高到每人每月600元、450元。\n"
    assert attribution(allowance, "450元", **kw).domain == "social_assistance"


def test_a_whole_year_heading_a_run_of_clauses_makes_the_allowance_rolls_after_a_semicolon_flows_too():
    # 全年城市低保对象X户、Y人,…;农村低保对象A户、B人: everyone the year's allowance reached, in both clauses
    page = ("某县2010年统计公报\n全年城市低保对象1426户、2793人,发放低保金426万元;"
            "农村低保对象7581户、13972人,发放低保金1305万元。\n")
    kw = dict(published="2011-04", home_name="岚县", home_code="141127")
    for surface in ("1426户", "7581户", "13972人"):
        assert period(page, surface, **kw) == ("during", "2010-01", "2010-12"), surface


def test_a_premium_a_group_of_the_resident_scheme_pays_is_the_scheme_s_not_the_group_s_topic():
    # 学生儿童每人每年缴纳40元: students and children as whom a premium is set for, not education
    page = "2011年城镇居民医保筹资标准提高。成年居民每人每年缴纳160元,学生儿童每人每年缴纳40元。\n"
    a = attribution(page, "40元", published="2011-06", home_name="岚县", home_code="141127")
    assert (a.domain, a.metric) == ("medical_security", "individual_contribution")


def test_a_change_after_the_earlier_level_it_is_compared_with_is_of_the_first_figure_s_kind():
    # 次均补偿2808元,比2011年的2311元增加497元: the base and the rise are per inpatient visit, as 2808 is
    page = "2012年,全县新农合住院次均补偿2808元,比2011年的2311元增加497元。\n"
    kw = dict(published="2013-02", home_name="岚县", home_code="141127")
    first = attribution(page, "2808元", **kw)
    for surface in ("2311元", "497元"):
        a = attribution(page, surface, **kw)
        assert (a.metric, a.per) == (first.metric, "person_time"), surface
    assert attribution(page, "497元", **kw).change == "delta"


def test_a_help_s_money_column_under_a_caption_naming_medical_assistance_is_medical_assistance():
    # 表:2019年医疗救助情况 over 救助对象 | 救助人次 | 救助金额: the money too, whatever group each row names
    page = ("某县医疗保障局2019年工作总结\n表:2019年医疗救助情况(单位:人次、万元)\n救助对象      救助人次      救助金额\n"
            "特困供养人员    1236    158.3\n低保对象    8420    612.7\n合计    9656    771.0\n")
    kw = dict(published="2020-01", home_name="岚县", home_code="141127")
    for surface in ("158.3", "612.7"):
        a = attribution(page, surface, **kw)
        assert (a.domain, a.program, a.metric) == ("medical_security", "medical_assistance", "amount"), surface


def test_what_is_left_after_every_layer_is_every_layer_s_whatever_scheme_the_sentence_before_names():
    # 大病保险起付线降低50%。…三重保障报销后实际报销比例达到90.3%: the rate after all three layers is the basic insurance's,
    # not the critical-illness insurance the sentence before names; 经三重制度保障后 names the layers too
    page = ("大病保险起付线降低50%,最高支付限额提高到30万元。今年1—5月,全县贫困患者住院就医3.2万余人次,"
            "三重保障报销后实际报销比例达到90.3%,较去年同期提高2.1个百分点。\n"
            "全年救助困难群众3.1万人次。困难群众住院费用经三重制度保障后政策范围内报销比例达88.9%。\n")
    kw = dict(published="2020-06", home_name="岚县", home_code="141127")
    for surface in ("90.3%", "2.1个百分点", "88.9%"):
        assert attribution(page, surface, **kw).program == "basic_medical_insurance", surface


def test_a_sentence_opening_with_a_time_and_his_pronoun_goes_on_with_one_person_s_bill():
    # …贫困户张某患有尿毒症…。今年以来他多次住院,总费用九万三千多元,…自己只掏了四千六百元: his bill, no county's
    page = ("本报讯 家住城关镇的贫困户李某患有尿毒症,需要定期透析。今年以来他多次住院,总费用九万三千多元,"
            "经各项报销和救助后,自己只掏了四千六百元。\n")
    for surface in ("九万三千多元", "四千六百元"):
        assert attribution(page, surface, published="2021-06").population == "individual", surface


def test_a_completion_share_of_a_year_s_plan_is_how_far_it_had_got_at_the_cut_off():
    # | 年度计划投资 | 截至11月底累计完成 | 完成比例 |, 占年度计划投资的46.3%: levels at the cut-off; a medical row's share
    # done is no reimbursement rate
    page = ("某市关于2020年民生实事项目1—11月进展情况的通报\n一、项目资金完成情况（单位：万元）\n"
            "项目类别        年度计划投资    截至11月底累计完成    完成比例\n教育提升        12600           11850             94.0%\n"
            "医保服务提升    8450            8120              96.1%\n养老服务        3200            2470              77.2%\n\n"
            "今年全县确定的15项民生实事,截至5月底已完成投资6.82亿元,占年度计划投资的46.3%。\n")
    figures = {s: a for s, _, a in attributions(page, published="2020-12", home_name="岚县", home_code="141127")}
    assert (figures["96.1%"].period_kind, figures["96.1%"].period_end, figures["96.1%"].metric) == ("as_of", "2020-11", "other")
    assert (figures["46.3%"].period_kind, figures["46.3%"].period_end) == ("as_of", "2020-05")


def test_the_groups_counted_among_those_a_subsidy_helped_are_its_beneficiaries_over_the_year():
    # 全县23618名资助对象中,特困供养人员1142人,资助金额25.12万元;低保对象7468人,…: how many of those helped each group had
    # (the subsidy's, over the year), not how many members the group has
    page = ("某县2019年资助困难群众参保工作综述\n据统计,全县23618名资助对象中,特困供养人员1142人,资助金额25.12万元;"
            "建档立卡贫困人口14305人,资助金额286.1万元;城乡低保对象7468人,资助金额112.02万元。\n")
    kw = dict(published="2019-12", home_name="岚县", home_code="141127")
    for surface in ("1142人", "14305人", "7468人"):
        a = attribution(page, surface, **kw)
        assert (a.program, a.metric, a.period_kind) == ("enrollment_subsidy", "beneficiaries", "during"), surface
