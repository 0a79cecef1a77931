"""Tables as real reports print them (GUIDELINES §4: a cell whose unit stands only in a header or a
note is a mention of the bare number). Every table is invented for these tests, in the layouts
yearbooks, bulletins and government web pages share."""
from __future__ import annotations

from decimal import Decimal

import pytest

from extract.flat_tables import find_flat_cells
from extract.normalise import normalise
from extract.tables import find_table_cells
from tests.harness import attributions

YEARBOOK = """8-6 城乡医疗救助基本情况(2010—2012年)
Assistance with Medical Costs, 2010-2012
项  目  Item 2010 2011 2012
医疗救助人员合计(人) People Given Help with Bills (person) 31250 35420 40116
    城镇医疗救助     Help in Towns  8120 9031 10244
        资助参保人数         Premiums Paid for Them   2210 2405
医疗救助资金支出(万元) Money Spent on the Help (10 000 yuan) 812.5 930.2 1104.8
资料来源:成都市民政局。
"""

COUNTIES = """续表 Continued
  Item 简阳市 金堂县 大邑县
社会保障情况(人) Social Protection(person)
  城镇基本医疗保险参保人数   Covered by Medical Cover 5210 18230 9044
  农村低保对象人数   On the Rural Income Floor 3100 2800 1950
"""

# an English label running onto a second line, and a Chinese label whose unit is on its second line
COUNTIES_WRAPPED = """续表 Continued
  Item 简阳市 金堂县 大邑县
社会保障情况(人) Social Protection(person)
  社会福利院及收养   Homes Taking in Elderly and Orphans(unit) 2 4 1
    机构数(个)
  城镇职工基本医疗保险参保人数   Employees Holding Cover under the Medical 5210 18230 9044
        Scheme for Towns
  失业保险参保职工人数   Employees Holding Cover against Losing Work 1320 3810 2260
"""

FLAT = """一、参保情况(截止12月底):

指标名称

单位

数值

参加基本医疗保险人数

万人

86.4

其中:1、职工基本医疗保险

万人

31.2

二、享受待遇:

指标名称

人次

支付额(万元)

住院治疗

   21450

   11206.30

普通门诊

  684210

   1980.42
"""

PIPED = """2024年1-6月安岳县医疗保障基金运行情况公示表.
|
單位:人、萬元 |
险种 类别 |
参保 人数 |
当年基金收入 |
基金累计结余 |
城乡居民医保 |
402118 |
18320.45 |
25107.62 |
医疗救助 |
|
980.12 |
120.04 |
"""


# a fund account: the unit in a note between caption and header, a change column in percent
FUND_NOTE = """2023年永宁县职工医保基金收支情况表

单位：万元

项目          2023年        2022年      增减%
基金收入      16420.7       15310.2     7.3
基金支出      14980.5       14120.6     6.1
当年结余      1440.2        1189.6      21.1
累计结余      20150.4       18710.2     7.7
"""

# the note inside the caption's brackets, two units told apart by the rows' labels
CAPTION_NOTE = """表3  永宁县医疗救助情况(单位:人次、万元)
项目              2023年     2022年
救助人次          12040      11380
救助资金支出      960.4      902.1
"""


# a period report's table: this period and the same period a year before
SAME_PERIOD = """永宁县2023年1-9月医保基金运行情况

项目\t本期\t上年同期\t同比增长(%)
职工医保基金收入(万元)\t8650.2\t8120.4\t6.5
居民医保参保人数(万人)\t31.2\t30.8\t1.3
"""


# counties as rows, a note naming two units that the column headers tell apart
COUNTY_ROWS = """2023年永宁市各县城乡居民医保参保情况
单位：万人、%
县区        参保人数     参保率
安平县      52.3         97.8
清河县      61.2         98.1
"""


# money and a share: the rate's header takes the percent of the note
SHARE_ROWS = """2023年永宁市医疗救助资金情况
单位：万元、%
县区        救助资金     占比
安平县      520.3        37.8
清河县      610.2        42.1
"""


def _cells(text, finder):
    t = normalise(text)
    return {t[c.start:c.end]: c for c in finder(t)}


def _unit_values(cells, *surfaces):
    """(unit, value) of each cell named by its surface text."""
    return [(cells[s].quantity.unit, float(cells[s].quantity.value)) for s in surfaces]


def test_an_aligned_table_gives_every_cell_its_row_unit_and_column_year():
    cells = _cells(YEARBOOK, find_table_cells)
    assert float(cells["35420"].quantity.value) == 35420 and cells["35420"].quantity.unit == "人"
    assert cells["35420"].period == ("during", "2011-01", "2011-12")
    # an indented row without a unit takes its parent's; two cells fill the last two columns
    assert cells["2405"].quantity.unit == "人" and cells["2405"].period == ("during", "2012-01", "2012-12")
    assert float(cells["930.2"].quantity.value) == 9302000 and cells["930.2"].quantity.unit == "元"
    assert "2010" not in cells  # the header is no row


def test_table_cells_are_attributed_from_their_labels_and_the_source_line():
    figures = {s: a for s, _, a in attributions(YEARBOOK)}
    a = figures["1104.8"]
    assert (a.region, a.domain, a.program, a.metric) == ("成都市", "medical_security", "medical_assistance", "amount")
    assert (a.period_kind, a.period_start, a.period_end) == ("during", "2012-01", "2012-12")
    b = figures["2405"]
    assert (b.program, b.metric) == ("enrollment_subsidy", "beneficiaries")


def test_columns_that_name_places_give_the_cells_their_region_and_a_section_row_its_unit():
    figures = {s: a for s, _, a in attributions(COUNTIES)}
    assert figures["18230"].region == "金堂县" and figures["9044"].region == "大邑县"
    assert figures["18230"].metric == "insured_persons"
    assert figures["2800"].domain == "social_assistance"


def test_a_total_column_is_the_area_the_counties_of_its_header_lie_in():
    # 全 市 | 莲都区 | 青田县 …: the prefecture's figure, not the last county's of the header
    page = ("18-6  各县(市、区)新型农村合作医疗情况(2011年)\n指     标  Item 全 市 莲都区 青田县 缙云县\n"
            "参合人数(万人)  Participants (10 000 persons) 158.34 18.26 32.71 31.08\n"
            "参合率(%)  Participation Rate (%) 94.12 90.85 93.40 95.06\n")
    figures = {s: a for s, _, a in attributions(page)}
    assert (figures["158.34"].region, figures["158.34"].region_code) == ("丽水市", "331100")
    assert figures["31.08"].region == "缙云县" and figures["94.12"].region == "丽水市"


def test_a_row_of_the_generic_insurance_is_the_one_scheme_its_caption_names():
    # 年末参加基本医疗保险人数 under 城镇职工基本医疗保险和生育保险情况: the employees' scheme
    page = ("表19-2  城镇职工基本医疗保险和生育保险情况\n单位:万人、万元\n"
            "项      目  Item 2010年 2011年\n年末参加基本医疗保险人数  Year-end Participants 41.26 43.85\n"
            "基本医疗保险基金收入  Revenue of the Fund 40112 46583\n")
    figures = {s: a for s, _, a in attributions(page, published="2012-10")}
    assert (figures["43.85"].program, figures["43.85"].metric) == ("employee_medical_insurance", "insured_persons")
    assert (figures["46583"].program, figures["46583"].metric) == ("employee_medical_insurance", "fund_income")


def test_a_wrapped_label_keeps_the_table_and_its_units():
    cells = _cells(COUNTIES_WRAPPED, find_table_cells)
    assert cells["4"].quantity.unit == "个"
    assert cells["3810"].quantity.unit == "人"  # below the English line, still the 社会保障(人) section
    assert cells["18230"].quantity.unit == "人"


def test_a_table_flattened_one_cell_per_line():
    cells = _cells(FLAT, find_flat_cells)
    assert float(cells["86.4"].quantity.value) == 864000 and cells["86.4"].quantity.unit == "人"
    assert cells["21450"].quantity.unit == "人次"  # the column header is the unit
    assert float(cells["11206.30"].quantity.value) == 112063000 and cells["11206.30"].quantity.unit == "元"
    figures = {s: a for s, _, a in attributions(FLAT, published="2020-12")}
    assert (figures["31.2"].program, figures["31.2"].metric) == ("employee_medical_insurance", "insured_persons")
    assert (figures["86.4"].period_kind, figures["86.4"].period_end) == ("as_of", "2020-12")


def test_a_flattened_tables_unit_note_in_brackets_on_its_own_line_is_its_note_not_a_column():
    # (单位:万元) alone on its line over 月份 / 基金收入 / 基金支出: the columns are the three names after it
    page = ("某县2022年居民医保基金月度收支情况表\n\n(单位:万元)\n\n月份\n\n基金收入\n\n基金支出\n\n1月\n\n3625.48\n\n"
            "3102.17\n\n2月\n\n1208.90\n\n2756.33\n\n3月\n\n9874.15\n\n3018.62\n")
    found = {s: a for s, _, a in attributions(page, published="2023-01")}
    assert (found["3625.48"].metric, found["2756.33"].metric) == ("fund_income", "amount")
    assert (found["1208.90"].period_start, found["1208.90"].period_end) == ("2022-02", "2022-02")
    cells = _cells(page, find_flat_cells)
    assert _unit_values(cells, "3102.17") == [("元", 31021700)]


def test_a_flattened_table_s_caption_below_the_line_introducing_it_dates_and_places_its_cells():
    # …情况如下: / 2016年1-9月某市医疗救助情况表 / 单位:… : the caption, not the line above it, says when and where
    page = ("本报讯 各县（市、区）医疗救助情况如下：\n\n2016年1-9月通化市医疗救助情况表\n单位:人(次)、万元\n"
            "县(市、区)\n住院救助人次\n住院救助资金\n梅河口市\n3125\n906.4\n辉南县\n1877\n522.9\n合计\n5002\n1429.3\n")
    figures = {s: a for s, _, a in attributions(page, published="2016-10")}
    assert (figures["906.4"].period_kind, figures["906.4"].period_start, figures["906.4"].period_end) == (
        "during", "2016-01", "2016-09")
    assert figures["5002"].region == "通化市" and figures["3125"].region == "梅河口市"


def test_the_rows_after_a_qizhong_row_of_a_flattened_table_are_parts_of_the_same_row():
    # 三、基金支出 | 其中:住院 | … | 门诊 | …: the outpatient row is spending too, as the inpatient one is
    page = ("某县医疗保障基金运行情况(2022年1-11月)\n单位:万元\n项目 |\n本月 |\n累计 |\n一、基金收入 |\n9120.50 |\n"
            "98310.20 |\n二、基金支出 |\n8015.36 |\n86102.44 |\n其中:住院 |\n5620.18 |\n61044.90 |\n门诊 |\n"
            "1932.40 |\n20568.33 |\n")
    figures = {s: a for s, _, a in attributions(page, published="2022-12")}
    assert figures["61044.90"].metric == "amount" and figures["20568.33"].metric == "amount"


def test_a_progress_table_set_out_with_blanks_reads_each_cell_by_its_column_and_row():
    # 年度目标 | 一季度完成情况 | 完成率: a target has no time of its own, a completion and its rate the title's quarter;
    # each row is about what its own label names, not the row above's (GUIDELINES §9 progress tables)
    page = ("某县2022年民生实事一季度进展情况\n\n"
            "项目名称                  年度目标                  一季度完成情况                    完成率      责任单位\n"
            "医疗救助“一站式”结算      救助4800人次              已救助1296人次，支出251.6万元     27%         县医疗保障局\n"
            "新冠病毒疫苗接种          重点人群应接尽接          累计接种2.91万剂次                --          县卫健局\n"
            "农村义务教育学校改造      改造薄弱学校7所           开工2所                           20%         县教育局\n")
    figures = {s: a for s, _, a in attributions(page, published="2022-04")}
    assert (figures["4800人次"].period_kind, figures["4800人次"].period_end) == ("", "")
    assert (figures["1296人次"].period_kind, figures["1296人次"].period_end) == ("as_of", "2022-03")
    assert (figures["20%"].period_kind, figures["20%"].period_end, figures["20%"].domain) == ("as_of", "2022-03", "education")
    assert figures["27%"].program == "medical_assistance"


def test_a_progress_table_whose_header_names_its_months_reads_by_column_too():
    # 项目名称⇥年度目标⇥1-9月完成情况⇥完成率: a header cell naming months is a name, not a figure of a row
    page = ("某县1-9月民生工程进展情况\n\n项目名称\t年度目标\t1-9月完成情况\t完成率\t责任单位\n"
            "城乡医疗救助\t救助困难群众2.1万人次\t救助1.82万人次，支出救助资金2960万元\t86.7%\t县民政局\n")
    figures = {s: a for s, _, a in attributions(page, published="2016-10")}
    assert (figures["2.1万人次"].period_kind, figures["2.1万人次"].period_end) == ("", "")
    assert (figures["1.82万人次"].period_kind, figures["1.82万人次"].period_end) == ("as_of", "2016-09")
    assert (figures["86.7%"].period_kind, figures["86.7%"].period_end) == ("as_of", "2016-09")


# a table that goes on over a page, as PDF text prints it: the page's number at its foot, and a form
# feed opening the next page's first line
OVER_A_PAGE = ("某县2023年民生主要指标完成情况\n\n指标                    2023年    2022年    增减\n"
               "城乡低保对象(人)        18420     19105     -3.6%\n养老机构床位(张)        2310      2185      5.7%\n"
               "- 1 -\n\f普通高中毛入学率(%)     92.8      91.5      1.3个百分点\n")


def test_a_table_goes_on_over_a_page():
    figures = {s: a for s, _, a in attributions(OVER_A_PAGE, published="2024-02")}
    # the last row, alone on its page, is still a row of the table, under its columns and its own label
    assert figures["91.5"].period_end == "2022-12" and figures["1.3个百分点"].change
    assert figures["92.8"].domain == "education" and figures["18420"].domain == "social_assistance"


def test_a_table_flattened_one_cell_per_line_goes_on_over_a_page():
    page = PIPED.replace("18320.45 |\n", "18320.45 |\n- 1 -\n\f")
    figures = {s: a for s, _, a in attributions(page, published="2024-08")}
    assert figures["25107.62"].metric == "fund_balance"  # its column's, across the page number
    assert figures["980.12"].metric == "fund_income" and figures["120.04"].metric == "fund_balance"


def test_paragraphs_go_on_over_a_page_in_one_article():
    from extract.segment.page import segment_page

    # pdftotext opens each page with a form feed: alone on a line, or at the start of the first line
    for feed in ("\n\f\n", "\n\n\f", "\n\f"):
        page = normalise("某县医疗保障局2023年工作总结\n\n全县城乡居民医保参保41.2万人。" + feed
                         + "全年医疗救助支出1320万元。\n")
        assert len(segment_page(page)) == 1, repr(feed)


def test_a_piped_table_reads_cells_by_position_and_units_from_its_note():
    cells = _cells(PIPED, find_flat_cells)
    assert cells["402118"].quantity.unit == "人"  # a column of people takes 人 from 单位:人、万元
    assert float(cells["18320.45"].quantity.value) == 183204500 and cells["18320.45"].quantity.unit == "元"
    assert "980.12" in cells  # the empty cell held its place: 980.12 is income, 120.04 the balance
    figures = {s: a for s, _, a in attributions(PIPED, published="2024-08")}
    assert figures["980.12"].metric == "fund_income" and figures["120.04"].metric == "fund_balance"
    assert (figures["120.04"].period_kind, figures["120.04"].period_end) == ("as_of", "2024-06")
    assert figures["18320.45"].region == "安岳县"


def test_a_column_header_naming_what_it_counts_decides_over_a_row_label_naming_a_group():
    page = ("2016年某县大病保险分险种赔付情况\n\n单位:人次、万元、%\n\n"
            "| 险种 | 赔付人次 | 赔付金额 | 实际报销比例 |\n| 新农合参合人员 | 926 | 1047.3 | 62.8 |\n"
            "| 城镇居民参保人员 | 181 | 205.6 | 60.4 |\n")
    figures = {s: a for s, _, a in attributions(page, published="2017-01")}
    cells = _cells(page, find_table_cells)
    assert [cells[s].quantity.unit for s in ("926", "1047.3", "62.8")] == ["人次", "元", "%"]
    assert float(cells["205.6"].quantity.value) == 2056000
    assert figures["60.4"].metric == "reimbursement_rate"


def test_the_parts_a_qizhong_column_opens_count_in_the_unit_of_the_column_before_it():
    # | 参保人数(万人) | 其中:职工 | 居民 | 资助参保(人) |: the scheme's parts of the enrolled, in 万人 too
    page = ("2023年某市基本医疗保险参保情况\n\n| 县区 | 参保人数(万人) | 其中:职工 | 居民 | 资助参保(人) |\n|---|---|---|---|---|\n"
            "| 甲县 | 28.41 | 6.32 | 22.09 | 3870 |\n| 乙县 | 19.75 | 3.18 | 16.57 | 2954 |\n")
    cells = _cells(page, find_table_cells)
    assert _unit_values(cells, "28.41", "6.32", "22.09", "3870") == [("人", 284100), ("人", 63200), ("人", 220900),
                                                                    ("人", 3870)]
    figures = {s: a for s, _, a in attributions(page, published="2024-02")}
    assert (figures["6.32"].program, figures["6.32"].metric) == ("employee_medical_insurance", "insured_persons")
    assert (figures["22.09"].program, figures["22.09"].metric) == ("resident_medical_insurance", "insured_persons")


def test_a_column_of_those_who_enrolled_counts_in_the_notes_people_unit():
    # 职工医保参保 | 居民医保参保 under 单位:人、人次、万元: people, not the money of the note's last unit
    page = ("表  2022年各县区医疗保险及医疗救助情况\n                                        单位:人、人次、万元\n"
            "地 区        职工医保参保    居民医保参保    医疗救助人次    医疗救助支出\n"
            "甲县         31240           187650          4218            561.37\n"
            "乙县         22815           143920          3307            428.90\n")
    cells = _cells(page, find_table_cells)
    assert _unit_values(cells, "31240", "187650", "4218", "561.37") == [("人", 31240), ("人", 187650), ("人次", 4218),
                                                                        ("元", 5613700)]


def test_a_drives_table_under_an_intro_that_names_no_time_takes_the_notices_cut_off():
    # 截至12月15日,全县已缴费… 现将各乡镇(街道)进度通报如下(单位:人), a table one cell a line: the notice's cut-off
    page = ("关于2018年度居民医保征缴进度的通报\n\n各乡镇人民政府:\n　　2018年度全县城乡居民医保参保任务为"
            "38.2万人。截至12月15日,全县已缴费参保286410人,完成任务数的74.98%。现将各乡镇(街道)进度通报如下(单位:人):\n\n"
            "乡镇\n任务数\n已缴费人数\n完成率\n城关镇\n42310\n35122\n83.01%\n南岭乡\n28760\n20415\n70.98%\n")
    figures = {s: a for s, _, a in attributions(page, published="2017-12")}
    assert [(figures[s].period_kind, figures[s].period_end) for s in ("35122", "83.01%")] == [("as_of", "2017-12")] * 2
    assert figures["42310"].period_kind == ""  # (a target column with no time of its own: none, GUIDELINES §9)


def test_a_rise_in_points_in_a_flattened_table_is_a_rates_not_the_notes_people():
    # 较上期(百分点) beside 完成率 under (单位:人): the rise of the rate, no count of the insured
    page = ("关于2018年度居民医保征缴进度的通报\n\n　　截至12月15日,全县已缴费参保286410人。现将各乡镇(街道)进度通报如下(单位:人):\n\n"
            "乡镇\n任务数\n已缴费人数\n完成率\n较上期(百分点)\n城关镇\n42310\n35122\n83.01%\n4.26\n"
            "南岭乡\n28760\n20415\n70.98%\n3.87\n")
    figures = {s: a for s, _, a in attributions(page, published="2017-12")}
    assert [figures[s].metric for s in ("35122", "4.26")] == ["insured_persons", "other"]


def test_a_deadline_in_the_sentence_over_a_table_dates_none_of_its_cells():
    # …截至3月31日… 请各地对照下表查找差距,于4月30日前报送整改措施。 over the table: the cut-off's, not the deadline's month
    page = ("一季度全市城乡居民医保参保工作进展情况通报\n\n各县区医疗保障局:\n　　截至3月31日,全市参保412360人,参保率93.41%。"
            "请各地对照下表查找差距,于4月30日前报送整改措施。\n\n| 县区 | 应参保人数 | 已参保人数 | 参保率(%) |\n"
            "|甲县|  152310 |143870| 94.46 |\n|乙县|  128745 |119002| 92.43 |\n")
    figures = {s: a for s, _, a in attributions(page, published="2025-04")}
    assert (figures["143870"].period_kind, figures["143870"].period_end) == ("as_of", "2025-03")


def test_a_change_column_after_two_periods_columns_is_the_later_ones_change():
    # | 2013年1-6月 | 2014年1-6月 | 增减(%) |: the rise is of this half-year, not the one it is compared with
    page = ("主要指标与上年同期对比:\n  | 指标 | 2013年1-6月 | 2014年1-6月 | 增减(%) |\n  | 住院人次 | 20415 | 22873 | 12.0 |\n"
            "  | 住院补偿(万元) | 4102.6 | 4861.9 | 18.5 |\n")
    figures = {s: a for s, _, a in attributions(page, published="2014-07")}
    assert [(figures[s].period_start, figures[s].period_end) for s in ("20415", "22873", "12.0", "18.5")] == [
        ("2013-01", "2013-06"), ("2014-01", "2014-06"), ("2014-01", "2014-06"), ("2014-01", "2014-06")]


def test_a_growth_row_under_a_row_of_money_is_that_moneys_growth():
    # 基金收入 | … over   同比增长 | 5.31 | … under 单位:万元、%: the growth of the fund's income, in percent
    page = ("表1  2025年1-5月某县基本医疗保险基金收支情况\n单位:万元、%\n项目          职工医保       居民医保\n"
            "基金收入      11,204.36      22,815.09\n  同比增长    4.82           -1.96\n"
            "基金支出      9,631.44       17,402.71\n  同比增长    7.35           5.08\n")
    figures = {s: (a, f.quantity.unit) for s, f, a in attributions(page, published="2025-06")}
    assert [(figures[s][0].metric, figures[s][0].change, figures[s][1]) for s in ("4.82", "-1.96", "7.35")] == [
        ("fund_income", "growth_rate", "%"), ("fund_income", "growth_rate", "%"), ("amount", "growth_rate", "%")]


def test_a_horizontal_bar_holds_an_empty_cells_place():
    # 合计  4127  386.4  ―: the total row's figures, its last cell left empty with a horizontal bar
    page = ("附表:2011年某县城乡医疗救助分项统计\n类别        救助人次    救助金额(万元)   人次比上年增减(%)\n"
            "城市住院    431         58.6            +10.2\n农村住院    2718        281.4           +21.5\n"
            "合计        3149        340.0            ―\n")
    cells = _cells(page, find_table_cells)
    assert _unit_values(cells, "3149", "340.0") == [("人次", 3149), ("元", 3400000)]


def test_a_column_of_last_year_with_no_time_of_its_own_is_the_column_before_it_a_year_before():
    # | 1—5月累计 | 去年同期累计 | under a caption with no time: January to May of the year before
    page = ("附表 某县医保基金支出进度(单位:万元)\n| 项目 | 本期(5月) | 1—5月累计 | 去年同期累计 |\n"
            "| 职工医保统筹基金支出 | 5230 | 24800 | 22607 |\n| 居民医保基金支出 | 6120 | 31800 | 29450 |\n")
    figures = {s: a for s, _, a in attributions(page, published="2023-06")}
    assert (figures["29450"].period_kind, figures["29450"].period_start, figures["29450"].period_end) == (
        "during", "2022-01", "2022-05")
    assert (figures["31800"].period_start, figures["31800"].period_end) == ("2023-01", "2023-05")


def test_a_note_of_one_unit_for_each_column_gives_each_column_its_own_in_order():
    # 单位:个、件、% over three columns: no label tells 个 from 件, their order does
    page = ("某县医保经办服务网络情况\n\n单位:个、件、%\n\n镇(街道) | 村级服务点 | 受理业务量 | 电子凭证激活率\n"
            "城关镇 | 28 | 16420 | 84.3\n新集镇 | 31 | 12795 | 79.6\n")
    cells = _cells(page, find_table_cells)
    assert [cells[s].quantity.unit for s in ("28", "16420", "84.3")] == ["个", "件", "%"]
    # where the columns are times, the rows say which unit (单位:万人、万元 over 本期 | 上年同期)
    page = ("某县医保基金运行情况\n\n单位:万人、万元\n\n项目 | 本期 | 上年同期\n"
            "参保人数 | 45.2 | 44.8\n基金支出 | 3120 | 2986\n")
    cells = _cells(page, find_table_cells)
    assert [cells[s].quantity.unit for s in ("45.2", "44.8", "3120", "2986")] == ["人", "人", "元", "元"]


def test_a_note_of_units_set_out_by_blanks_gives_each_column_its_own():
    # 单位:万人  万元  人次 at the end of its line, over 参合人数 | 基金支出 | 住院补偿人次
    page = ("某市新农合基金运行情况\n\n表1  各县区新农合基金运行情况\n                    单位:万人  万元  人次\n"
            "县区      参合人数    基金支出    住院补偿人次\n甲县      52.36       28417       61208\n"
            "乙县      47.05       25863       55731\n")
    cells = _cells(page, find_table_cells)
    assert [(cells[s].quantity.unit, float(cells[s].quantity.value)) for s in ("52.36", "28417", "61208")] == [
        ("人", 523600), ("元", 284170000), ("人次", 61208)]


def test_a_note_under_a_tables_last_row_gives_its_cells_their_units():
    # 单位:人次、万元、人 under the rows, and a footnote naming each label's unit (注:…金额单位为万元,…人次单位为人次)
    page = ("某县2019—2021年医疗救助情况\n年份    救助人次    救助金额    资助参保人数\n2019    21430       1316        30512\n"
            "2020    24875       1488        31247\n2021    26190       1602        30968\n单位:人次、万元、人\n\n"
            "【医保服务】全县设立村级医保服务点96个。\n")
    cells = _cells(page, find_table_cells)
    assert _unit_values(cells, "21430", "1316", "30512") == [("人次", 21430), ("元", 13160000), ("人", 30512)]
    page = ("某县2020年城乡医疗救助情况\n项目            农村        城市        合计\n救助人次        6315        287         6602\n"
            "救助金额        318.4       41.6        360.0\n注:救助金额单位为万元,救助人次单位为人次。\n\n上一篇:2020年城乡低保\n")
    cells = _cells(page, find_table_cells)
    assert _unit_values(cells, "6315", "318.4", "360.0") == [("人次", 6315), ("元", 3184000), ("元", 3600000)]
    # (a note over the next table's rows is that table's, not the one above it)
    page = ("表1 参保情况\n项目        2020年      2021年\n参保人数    41230       41876\n参保率      96.1        96.8\n"
            "单位:万元\n项目        2020年      2021年\n基金收入    9120        9873\n")
    cells = _cells(page, find_table_cells)
    assert cells["41230"].quantity.unit != "元"


def test_a_difference_column_is_in_the_row_s_unit_and_a_range_column_in_percent():
    # 增减额 | 增减幅度 under 单位:万人、万元、%: the row's people or money, and the growth in percent
    page = ("某县2017年城乡居民医保基金运行情况\n单位:万人、万元、%\n"
            "指标                 2017年       上年同期      增减额      增减幅度\n"
            "参保人数             48.12        48.63         -0.51       -1.05\n"
            "基金收入             30400        27560          2840       10.30\n")
    cells = _cells(page, find_table_cells)
    assert (cells["-0.51"].quantity.unit, float(cells["-0.51"].quantity.value)) == ("人", -5100)
    assert (cells["-1.05"].quantity.unit, float(cells["-1.05"].quantity.value)) == ("%", -1.05)
    assert (cells["10.30"].quantity.unit, float(cells["10.30"].quantity.value)) == ("%", 10.3)


def test_a_table_with_a_numbered_caption_of_its_own_takes_no_note_of_the_table_above():
    # 附表2:待遇享受人次 under 附表1's 单位:万元: its cells count visits, as its caption says
    page = ("附表1:某县医疗保险基金收支情况\n单位:万元\n险种\t收入\t支出\n职工医保\t16280\t13950\n"
            "城乡居民医保\t22470\t20810\n\n附表2:待遇享受人次\n项目\t本年\t上年\n普通门诊\t398,215\t371,604\n"
            "住院\t50,126\t47,932\n")
    cells = _cells(page, find_table_cells)
    assert float(cells["16280"].quantity.value) == 162800000 and cells["16280"].quantity.unit == "元"
    assert [(cells[s].quantity.unit, float(cells[s].quantity.value)) for s in ("398,215", "50,126")] == [
        ("人次", 398215), ("人次", 50126)]


def test_a_bracket_of_a_magnitude_alone_counts_what_the_label_names():
    # 补偿人次(万): visits, in ten thousands (the label names the count, the bracket its magnitude)
    page = ("某县新农合历年主要指标\n\n年度 | 参合人数(万人) | 补偿人次(万) | 补偿金额(万元)\n"
            "2012 | 51.40 | 88.6 | 13357\n2013 | 51.96 | 102.3 | 16018\n")
    cells = _cells(page, find_table_cells)
    assert (cells["88.6"].quantity.unit, float(cells["88.6"].quantity.value)) == ("人次", 886000)
    assert (cells["102.3"].quantity.unit, float(cells["102.3"].quantity.value)) == ("人次", 1023000)


def test_a_growth_row_under_an_amount_s_row_is_its_growth_rates():
    # 单位:亿元、% over | 零售总额 165.32 … | then an indented 增速 row: percent rises, not 亿元
    page = ("某市分县区主要经济指标\n\n单位:亿元、%\n指标                全市     甲县     乙县\n"
            "社会消费品零售总额  165.32    62.41    24.07\n  增速              12.4     12.1     12.9\n"
            "一般公共预算收入    41.76     9.82     5.31\n  增速               8.3      6.1     -2.3\n")
    cells = _cells(page, find_table_cells)
    assert (cells["12.1"].quantity.unit, float(cells["12.1"].quantity.value), cells["12.1"].change) == (
        "%", 12.1, "growth_rate")
    assert (cells["-2.3"].quantity.unit, cells["-2.3"].change) == ("%", "growth_rate")
    assert cells["62.41"].quantity.unit == "元"


def test_a_progress_table_under_a_cut_off_and_a_scheme_year_is_of_the_cut_off():
    # 截至2024年12月8日,全市2025年度…通报如下: the cells are counted to the cut-off, not to the scheme year
    page = ("某市2025年度居民医保征缴进度通报(第5期)\n\n截至2024年12月8日,全市2025年度城乡居民医疗保险应参保"
            "318620人,已缴费245871人。现将各乡镇进度通报如下:\n\n| 乡镇 | 任务数(人) | 已缴(人) | 完成率 |\n"
            "| 甲镇 | 21306 | 19118 | 89.73% |\n| 乙镇 | 12874 | 11340 | 88.08% |\n")
    figures = {s: a for s, _, a in attributions(page, published="2024-12")}
    assert (figures["19118"].period_kind, figures["19118"].period_end) == ("as_of", "2024-12")
    assert (figures["88.08%"].period_kind, figures["88.08%"].period_end) == ("as_of", "2024-12")


def test_a_label_alone_on_its_line_heads_the_cells_on_the_next():
    # 城乡居民医保参保人数(万人) is too long for its column: its cells stand on the line below it
    page = ("某市分县区主要指标\n\n指标                  全市     甲县     乙县\n"
            "社会消费品零售总额   165.32    62.41    24.07\n城乡居民医保参保人数(万人)\n"
            "                     229.4     76.5     30.2\n城乡居民医保参保率(%)\n"
            "                     96.8      97.2     96.1\n")
    cells = _cells(page, find_table_cells)
    assert (cells["76.5"].quantity.unit, float(cells["76.5"].quantity.value)) == ("人", 765000)
    assert cells["97.2"].quantity.unit == "%"


def test_every_row_set_on_two_lines_label_above_its_translation_and_cells_is_read():
    # a yearbook page whose every row sets its Chinese label on a line of its own, from the first row on
    page = ("15-3  某县社会保障主要指标(2019—2021年)\n\n指    标  Item          2019      2020      2021\n"
            "居民医保参保人数(人)\n    Residents in Medical Insurance (person)    301452    298710    296084\n"
            "医疗救助支出(万元)\n    Expenditure on Medical Aid (10 000 yuan)    428.6     517.3     602.9\n")
    cells = _cells(page, find_table_cells)
    assert set(cells) == {"301452", "298710", "296084", "428.6", "517.3", "602.9"}
    assert (cells["298710"].quantity.unit, cells["602.9"].quantity.unit) == ("人", "元")
    assert float(cells["602.9"].quantity.value) == 6029000


def test_a_header_over_a_time_series_is_not_a_label_over_cells():
    page = ("二、近三年运行情况\n年度　　参合人数（万人）　基金总额（万元）\n　　2009　　25.83　　　　3874.5\n"
            "　　2010　　26.71　　　　4807.8\n")
    cells = _cells(page, find_table_cells)
    assert (cells["26.71"].quantity.unit, float(cells["26.71"].quantity.value)) == ("人", 267100)
    assert "2009" not in cells


def test_a_progress_table_of_worded_cells_gives_its_bare_figures_their_headers_or_notes_units():
    # 计划投资 and 完成投资 count in the note's 万元, 完成进度(%) in percent; the serial numbers are no figures
    page = ("某县2022年民生实事项目进展情况\n\n单位：万元\n\n"
            "| 序号 | 项目名称 | 年度目标 | 计划投资 | 截至9月底完成情况 | 完成投资 | 完成进度(%) |\n"
            "| 1 | 困难群众参保资助 | 资助参保1.6万人 | 480 | 资助参保1.52万人 | 455.2 | 94.8 |\n"
            "| 2 | 乡村道路硬化 | 硬化道路60公里 | 3900 | 完成41公里 | 2610 | 66.9 |\n")
    found = {s: (f.quantity, a) for s, f, a in attributions(page, published="2022-10")}
    assert (found["480"][0].unit, found["480"][0].value, found["94.8"][0].unit) == ("元", 4800000, "%")
    assert (found["2610"][0].unit, found["2610"][0].value) == ("元", 26100000)
    assert found["455.2"][1].domain == "medical_security" and found["2610"][1].domain != "medical_security"
    assert "1" not in found and "2" not in found


def test_rows_under_a_label_alone_take_its_unit_not_the_unit_of_the_row_above_it():
    # 特困人员供养人数(人) alone on its line over 集中供养 / 分散供养: people, not the 万元 of the spending row above
    page = ("表8  社会救助情况(2019—2021年)\n指    标                    2019      2020      2021\n"
            "低保资金支出(万元)          8215.6    8692.3    9170.1\n    城  市                  2361.2    2488.5    2604.7\n"
            "年末特困人员供养人数(人)\n    集中供养                1106      1085      1077\n"
            "    分散供养                6250      6318      6402\n")
    cells = _cells(page, find_table_cells)
    assert _unit_values(cells, "1085", "6402", "2488.5") == [("人", 1085), ("人", 6402), ("元", 24885000)]


def test_a_rank_column_counts_none_of_the_notes_units():
    # 使用率排名 under 单位:人次、万元: the places' order, no money; the visits and money beside it keep their units
    page = ("附表:1-8月部分乡镇补偿情况及排名\n单位:人次、万元\n序号  乡镇      补偿人次   补偿金额   使用率排名\n"
            "1     甲镇      18,562     286.41     3\n2     乙镇      16,874     241.06     1\n3     丙镇      15,209     219.75     2\n")
    cells = _cells(page, find_table_cells)
    assert _unit_values(cells, "16,874", "241.06") == [("人次", 16874), ("元", 2410600)]
    assert {s for s in cells if len(s) == 1} == set()  # (3, 1, 2: no 30000 yuan)


def test_a_rows_label_ends_before_a_cell_of_words_with_a_figure():
    # | 低保对象 | 定额资助280元/人 | 9547 | 2673160 |: the row is 低保对象's; its sum is what the subsidy paid, under
    # 资助金额, not the standard its worded cell gives
    page = ("某县2024年度资助参保情况的公示\n\n| 资助对象 | 资助标准 | 人数(人) | 资助金额(元) |\n"
            "| 特困人员 | 全额资助400元/人 | 1862 | 744800 |\n| 低保对象 | 定额资助280元/人 | 9547 | 2673160 |\n")
    found = {s: a for s, _, a in attributions(page, published="2024-06")}
    assert (found["2673160"].program, found["2673160"].metric) == ("enrollment_subsidy", "amount")
    assert found["744800"].metric == "amount" and found["9547"].metric == "beneficiaries"


def test_a_unit_note_at_the_end_of_a_header_line_names_no_column():
    # 险种  收入  支出  累计结存  (单位:亿元): three columns, in 亿元; the note shifts none of them
    page = ("表1  2024年基金收支情况\n  险种        收入      支出     累计结存    (单位:亿元)\n"
            "  职工医保    18.06     14.72     41.33\n  居民医保    22.51     21.87     12.06\n")
    found = {s: a for s, _, a in attributions(page, published="2025-03")}
    assert [found[s].metric for s in ("18.06", "14.72", "41.33")] == ["fund_income", "amount", "fund_balance"]
    assert _unit_values(_cells(page, find_table_cells), "21.87") == [("元", 2187000000)]


def test_care_settled_counts_in_the_visits_a_note_of_visits_and_money_lists():
    page = ("某县医保重点指标完成情况(单位:万人次、万元)\n\n| 项目 | 1-5月完成 | 上年同期 |\n"
            "| 异地就医直接结算 | 11.7 | 9.4 |\n| 医疗救助支出 | 3216.8 | 3507.4 |\n")
    cells = _cells(page, find_table_cells)
    assert (cells["11.7"].quantity.unit, float(cells["11.7"].quantity.value)) == ("人次", 117000)
    assert (cells["3216.8"].quantity.unit, float(cells["3216.8"].quantity.value)) == ("元", 32168000)


DRAWN = """2023年安岳县医保基金运行情况一览

单位：人、万元

| 险种 | 参保人数 | 基金收入合计 | 基金支出合计 | 累计结余 |
| 职工医保 | 27120 | 15830.40 | 13905.12 | 20411.08 |
| 居民医保 | 402118 | 29870.55 | 28120.31 | 9602.70 |
"""


def test_a_table_drawn_with_pipes_one_row_per_line_reads_like_an_aligned_one():
    cells = _cells(DRAWN, find_table_cells)
    assert set(cells) == {"27120", "15830.40", "13905.12", "20411.08", "402118", "29870.55", "28120.31", "9602.70"}
    assert cells["402118"].quantity.unit == "人"  # the column header counts people
    assert float(cells["29870.55"].quantity.value) == 298705500 and cells["29870.55"].quantity.unit == "元"
    for c in cells.values():
        assert DRAWN[c.start:c.end] == DRAWN[c.start:c.end].strip("| ")  # offsets are the raw text's
    figures = {s: a for s, _, a in attributions(DRAWN, published="2024-03")}
    assert (figures["27120"].program, figures["27120"].metric) == ("employee_medical_insurance", "insured_persons")
    assert figures["28120.31"].metric == "amount" and figures["9602.70"].metric == "fund_balance"
    assert (figures["9602.70"].period_kind, figures["9602.70"].period_end) == ("as_of", "2023-12")
    assert "万元" not in figures  # the note's units are no figures


# the same table drawn with box-drawing characters, as a word processor's text prints it
BOXED = DRAWN.replace("| 险种", "┌──────┬──────┬──────┬──────┬──────┐\n│ 险种").replace("|", "│").replace(
    "累计结余 │\n", "累计结余 │\n├──────┼──────┼──────┼──────┼──────┤\n") + "└──────┴──────┴──────┴──────┴──────┘\n"


def test_a_table_drawn_with_box_drawing_characters_reads_like_one_drawn_with_pipes():
    drawn = {s: (a.program, a.metric, a.period_kind, a.period_end) for s, _, a in attributions(DRAWN, published="2024-03")}
    boxed = {s: (a.program, a.metric, a.period_kind, a.period_end) for s, _, a in attributions(BOXED, published="2024-03")}
    assert "┼" in BOXED and "|" not in BOXED
    assert boxed == drawn and len(boxed) == 8


# the same table with pipes only between its cells, as some sites print rows
OPEN_PIPES = "\n".join(line.strip().strip("|").strip() if line.startswith("|") else line for line in DRAWN.split("\n"))


def test_a_table_with_pipes_only_between_its_cells_reads_like_one_drawn_with_pipes():
    drawn = {s: (a.program, a.metric, a.period_kind, a.period_end) for s, _, a in attributions(DRAWN, published="2024-03")}
    open_ = {s: (a.program, a.metric, a.period_kind, a.period_end) for s, _, a in attributions(OPEN_PIPES, published="2024-03")}
    assert "职工医保 | 27120" in OPEN_PIPES and "| 职工医保" not in OPEN_PIPES
    assert open_ == drawn and len(open_) == 8


def test_the_people_who_should_enroll_are_no_enrollees_but_a_level():
    page = ("2009年各乡镇新农合参合情况（单位：人）\n乡镇 | 应参合人数 | 实参合人数\n城关镇 | 61254 | 57318\n"
            "罕井镇 | 38120 | 36602\n合计 | 99374 | 93920\n")
    figures = {s: a for s, _, a in attributions(page, published="2010-01")}
    assert (figures["61254"].metric, figures["61254"].period_kind, figures["61254"].period_end) == ("other", "as_of", "2009-12")
    assert figures["57318"].metric == "insured_persons"


def test_an_aligned_table_takes_its_unit_from_the_note_and_percent_from_its_change_column():
    cells = _cells(FUND_NOTE, find_table_cells)
    assert float(cells["16420.7"].quantity.value) == 164207000 and cells["16420.7"].quantity.unit == "元"
    assert cells["16420.7"].period == ("during", "2023-01", "2023-12")
    assert float(cells["7.3"].quantity.value) == 7.3 and cells["7.3"].quantity.unit == "%"
    assert cells["7.3"].change == "growth_rate"
    figures = {s: a for s, _, a in attributions(FUND_NOTE, published="2024-03")}
    assert (figures["16420.7"].program, figures["16420.7"].metric) == ("employee_medical_insurance", "fund_income")
    assert figures["20150.4"].period_kind == "as_of" and figures["1440.2"].period_kind == "during"
    assert figures["1440.2"].metric == figures["20150.4"].metric == "fund_balance"


def test_a_note_in_the_caption_gives_each_row_the_unit_its_label_counts_in():
    cells = _cells(CAPTION_NOTE, find_table_cells)
    assert cells["12040"].quantity.unit == "人次"
    assert float(cells["960.4"].quantity.value) == 9604000 and cells["960.4"].quantity.unit == "元"


def test_a_column_of_the_same_period_a_year_before_takes_that_period():
    figures = {s: a for s, _, a in attributions(SAME_PERIOD, published="2023-10")}
    assert (figures["8650.2"].period_start, figures["8650.2"].period_end) == ("2023-01", "2023-09")
    assert (figures["8120.4"].period_start, figures["8120.4"].period_end) == ("2022-01", "2022-09")
    assert (figures["30.8"].period_kind, figures["30.8"].period_end) == ("as_of", "2022-09")
    assert (figures["6.5"].change, figures["6.5"].period_end) == ("growth_rate", "2023-09")


def test_a_column_of_the_same_period_a_year_before_under_a_note_of_months_with_no_year():
    # 说明:…资金为1—8月累计数 over | 1—8月 | 上年同期 |: January to August of the year before
    page = ("某县1—8月社会救助数据统计表\n\n说明:资金为1—8月累计数。\n| 指标 | 单位 | 1—8月 | 上年同期 | 同比增幅 |\n"
            "| 医疗救助人次 | 人次 | 6408 | 5517 | 16.2% |\n| 医疗救助资金 | 万元 | 905.5 | 812.4 | 11.5% |\n")
    figures = {s: a for s, _, a in attributions(page, published="2024-09")}
    assert (figures["5517"].period_start, figures["5517"].period_end) == ("2023-01", "2023-08")
    assert (figures["905.5"].period_start, figures["905.5"].period_end) == ("2024-01", "2024-08")


@pytest.mark.parametrize("header, flat", [
    ("| 指标 | 本月 | 本年累计 | 上年同期 | 同比增减(%) |\n", False),
    ("指标\n本月\n本年累计\n上年同期\n同比增减(%)\n", True)])
def test_columns_beside_the_year_so_far_compare_the_year_so_far(header, flat):
    # 本月 | 本年累计 | 上年同期 | 同比增减 under …2023年8月…: the year before's January to August, as 同比 compares
    rows = (["统筹基金收入", "3176.45", "68342.17", "65637.92", "4.12"], ["住院人次", "11842", "96531", "88706", "8.82"])
    body = "".join("\n".join(r) + "\n\n" if flat else "| " + " | ".join(r) + " |\n" for r in rows)
    page = "某县2023年8月医疗保障基金运行主要指标\n\n单位:万元、人次\n\n" + header + ("\n" if flat else "") + body
    figures = {s: a for s, _, a in attributions(page, published="2023-09")}
    assert (figures["65637.92"].period_start, figures["65637.92"].period_end) == ("2022-01", "2022-08")
    assert (figures["88706"].period_start, figures["88706"].period_end) == ("2022-01", "2022-08")
    assert (figures["3176.45"].period_start, figures["3176.45"].period_end) == ("2023-08", "2023-08")
    # and the change column on that header, however its cells are laid out, is of the months so far
    assert (figures["8.82"].change, figures["8.82"].period_start, figures["8.82"].period_end) == (
        "growth_rate", "2023-01", "2023-08")
    # 本月 | 上年同期 | 本年累计 | 上年同期累计: the first is the month's, a year before
    page = page.replace("本年累计 | 上年同期 | 同比增减(%)", "上年同期 | 本年累计 | 上年同期累计").replace(
        "本年累计\n上年同期\n同比增减(%)", "上年同期\n本年累计\n上年同期累计")
    figures = {s: a for s, _, a in attributions(page, published="2023-09")}
    assert (figures["68342.17"].period_start, figures["68342.17"].period_end) == ("2022-08", "2022-08")


def test_a_year_before_column_of_the_year_so_far_under_a_caption_with_no_date():
    # 表二 基金收支 (no date) under a title of June: 上年同期累计 is January to June a year before, not June
    page = ("某县2024年6月医保基金运行情况\n\n表二　基金收支\n单位：万元\n| 指标 | 本月 | 本年累计 | 上年同期累计 |\n"
            "| 居民医保基金收入 | 1820.36 | 26417.52 | 25108.77 |\n| 居民医保基金支出 | 2036.41 | 21530.08 | 20984.65 |\n")
    figures = {s: a for s, _, a in attributions(page, published="2024-07")}
    assert (figures["25108.77"].period_start, figures["25108.77"].period_end) == ("2023-01", "2023-06")
    assert (figures["1820.36"].period_start, figures["1820.36"].period_end) == ("2024-06", "2024-06")


def test_a_year_before_column_takes_the_months_of_the_column_before_it_over_a_cut_off_above():
    # 截至9月底 in the paragraph above, | 1-9月 | 上年同期 |: a flow of the year before is January to
    # September, a stock (参保人数) stays at the end of September
    page = ("某市2023年前三季度医保基金运行情况\n\n截至9月底，全市医保基金运行平稳。主要指标如下：\n\n"
            "|指标|单位|1-9月|上年同期|同比(%)|\n|参保人数|万人|61.42|60.87|0.90|\n"
            "|居民医保基金支出|亿元|12.06|11.58|4.15|\n")
    figures = {s: a for s, _, a in attributions(page, published="2023-10")}
    assert (figures["11.58"].period_kind, figures["11.58"].period_start, figures["11.58"].period_end) == (
        "during", "2022-01", "2022-09")
    assert (figures["60.87"].period_kind, figures["60.87"].period_end) == ("as_of", "2022-09")
    assert (figures["12.06"].period_start, figures["12.06"].period_end) == ("2023-01", "2023-09")


# a month's report: this month, and the year so far in a column of its own period
MONTH_AND_YEAR_SO_FAR = """永宁县医疗保障局2024年8月主要指标

指标名称\t单位\t本月\t1-8月累计\t同比增减(%)
职工医保基金收入\t万元\t702.5\t5810.6\t4.1
住院结算人次\t人次\t2410\t19860\t3.2
"""


def test_a_column_with_its_own_period_takes_it_in_the_captions_year():
    figures = {s: a for s, _, a in attributions(MONTH_AND_YEAR_SO_FAR, published="2024-09")}
    assert (figures["5810.6"].period_start, figures["5810.6"].period_end) == ("2024-01", "2024-08")
    assert (figures["19860"].period_start, figures["19860"].period_end) == ("2024-01", "2024-08")
    # 本月 is the caption's month, not the publication's
    assert (figures["702.5"].period_start, figures["702.5"].period_end) == ("2024-08", "2024-08")


# a yearbook table whose sub-rows repeat one label under two parent rows
PARENT_ROWS = """12-4 城乡医疗救助(2011—2013年)
指标                       2011    2012    2013
医疗救助总人次(人次)       41260   45830   49120
    城市医疗救助           12310   13950   15080
        直接救助人次       10820   12110   13260
    农村医疗救助           28950   31880   34040
        直接救助人次       25130   27640   29910
"""


def test_rows_of_one_label_under_two_parent_rows_are_two_statistics():
    from extract.document import process_document
    from extract.reading import decode
    from extract.records import DocMeta, ManifestRow
    result = process_document(decode(PARENT_ROWS.encode("utf-8")),
                              DocMeta("t.txt", "t.txt", ManifestRow("平遥县", "140728", "2014-06"), doc_id="t"))
    figures = {m.value: m for m in result.mentions if m.period_end == "2012-12"}
    # each sub-row's figure supports a fact of its own, told apart by its parent row: not one
    # fact of two conflicting values
    urban, rural = figures[12110.0], figures[27640.0]
    assert urban.fact_id and rural.fact_id and urban.fact_id != rural.fact_id
    assert (urban.item, rural.item) == ("城市医疗救助›直接救助人次", "农村医疗救助›直接救助人次")


# counties as rows, counts under headers that give no unit but end in what they count
COUNT_COLUMNS = """2024年永宁市各县医疗救助情况表

县(市、区)    救助人次    救助金额(万元)    资助参保人数
桑田县        11240       1286.4            7310
永宁县        8460        952.7             5120
"""


COUNT_COLUMNS_FLAT = ("2024年永宁市各县医疗救助情况表\n\n县(市、区)\n救助人次\n救助金额(万元)\n资助参保人数\n"
                      "桑田县\n11240\n1286.4\n7310\n永宁县\n8460\n952.7\n5120\n")


@pytest.mark.parametrize("page", [COUNT_COLUMNS, COUNT_COLUMNS_FLAT])
def test_a_column_header_ending_in_what_it_counts_gives_its_cells_that_unit(page):
    figures = {s: a for s, _, a in attributions(page, published="2025-02")}
    by_text = {s: f for s, f, _ in attributions(page, published="2025-02")}
    assert by_text["11240"].quantity.unit == "人次" and figures["11240"].metric == "person_times"
    assert by_text["7310"].quantity.unit == "人" and figures["7310"].metric == "beneficiaries"
    assert by_text["1286.4"].quantity.unit == "元"


def test_a_column_header_ending_in_a_rate_gives_its_cells_percent():
    page = ("2024年晋中市各县城乡居民医保参保情况\n\n县(市、区)    参保人数    参保率\n"
            "平遥县        301250      96.1\n介休市        279840      95.7\n")
    figures = {s: (f, a) for s, f, a in attributions(page, published="2025-02")}
    cell, a = figures["96.1"]
    assert (cell.quantity.unit, a.metric, a.region) == ("%", "enrollment_rate", "平遥县")


# a time series: one year to a row under a first column of years, aligned or flattened; and the
# flattened table of years as bare column names
SERIES = ("平遥县城乡居民医保主要指标(2020—2022年)\n\n年份    参保人数(万人)    参保率(%)    基金收入(万元)\n"
          "2020    44.6              94.7         28460\n2021    45.1              95.3         30120\n")
SERIES_FLAT = ("平遥县城乡居民医保主要指标(2020—2022年)\n\n年份\n参保人数(万人)\n参保率(%)\n基金收入(万元)\n"
               "2020\n44.6\n94.7\n28460\n2021\n45.1\n95.3\n30120\n")
YEAR_COLUMNS_FLAT = ("平遥县城乡居民医保主要指标\n\n指标\n2020\n2021\n参保人数(万人)\n44.6\n45.1\n"
                     "参保率(%)\n94.7\n95.3\n基金收入(万元)\n28460\n30120\n")


@pytest.mark.parametrize("page", [SERIES, SERIES_FLAT, YEAR_COLUMNS_FLAT])
def test_a_time_series_dates_each_cell_by_its_year_and_reads_no_year_as_a_figure(page):
    figures = {s: (f, a) for s, f, a in attributions(page, published="2023-05")}
    assert "2020" not in figures and "2021" not in figures
    cell, a = figures["45.1"]
    assert (float(cell.quantity.value), cell.quantity.unit, a.metric) == (451000, "人", "insured_persons")
    assert (a.period_kind, a.period_end) == ("as_of", "2021-12")
    cell, a = figures["28460"]
    assert (float(cell.quantity.value), a.metric, a.period_start, a.period_end) == (
        284600000, "fund_income", "2020-01", "2020-12")


def test_a_flattened_tables_serial_numbers_name_no_figure():
    page = ("2024年晋中市各县参保情况\n\n序号\n县(市、区)\n参保人数(人)\n参保率(%)\n1\n平遥县\n298410\n95.9\n"
            "2\n介休市\n276530\n96.4\n")
    figures = {s: (f, a) for s, f, a in attributions(page, published="2025-02")}
    assert set(figures) == {"298410", "95.9", "276530", "96.4"}
    cell, a = figures["276530"]
    assert (cell.quantity.unit, a.metric, a.region) == ("人", "insured_persons", "介休市")


@pytest.mark.parametrize("page", [
    "全县医疗救助资金来源如下(单位:万元):\n中央补助资金\n412\n省级补助资金\n158\n县级财政配套\n76\n合计\n646\n",
    "民生工程上半年进度表(单位:万元)\n序号\n工程名称\n年度计划投资\n上半年完成投资\n完成率\n1\n新农合提标\n5120\n2980\n"
    "58.2\n2\n城乡医疗救助\n412\n235\n0\n",
])
def test_a_flattened_tables_unit_in_its_captions_bracket(page):
    cells = _cells(page, find_flat_cells)
    money = {k: c for k, c in cells.items() if k not in ("58.2", "0")}
    assert money and all(c.quantity.unit == "元" for c in money.values())
    assert float(cells["412"].quantity.value) == 4120000
    # a rate column under a note of money is a percent
    if "完成率" in page:
        assert cells["58.2"].quantity.unit == cells["0"].quantity.unit == "%"


def test_a_column_of_the_years_own_surplus_is_a_flow_and_the_carried_balance_a_level():
    page = ("2024年平遥县医保基金收支情况\n单位：万元\n\n项目\n收入\n支出\n当年结余\n累计结余\n"
            "职工医保\n20980.4\n18110.7\n2869.7\n15320.6\n居民医保\n29870.2\n28140.9\n1729.3\n9860.1\n")
    figures = {s: a for s, _, a in attributions(page, published="2025-02")}
    assert (figures["2869.7"].metric, figures["2869.7"].period_kind) == ("fund_balance", "during")
    assert (figures["15320.6"].metric, figures["15320.6"].period_kind) == ("fund_balance", "as_of")


def test_a_row_of_its_own_period_takes_it_in_the_captions_year():
    page = ("2024年平遥县医保基金支出月度情况\n\n月份    职工医保支出(万元)    居民医保支出(万元)\n"
            "1月     1598.3                2286.4\n2月     1467.9                2093.2\n")
    figures = {s: a for s, _, a in attributions(page, published="2024-04")}
    assert (figures["2093.2"].period_start, figures["2093.2"].period_end) == ("2024-02", "2024-02")
    assert figures["2093.2"].program == "resident_medical_insurance"


def test_a_note_at_the_end_of_a_sentence_ends_at_its_full_stop():
    page = ("某县新农合2008年10月乡镇卫生院补偿情况\n\n说明:本表只统计乡镇卫生院。金额单位:元。\n"
            "序号|定点医疗机构|住院人次|住院补偿\n1|城关镇卫生院|118|48620.30\n2|高桥镇卫生院|93|37115.60\n")
    cells = _cells(page, find_table_cells)
    assert (cells["118"].quantity.unit, cells["48620.30"].quantity.unit) == ("人次", "元")
    assert float(cells["37115.60"].quantity.value) == 37115.60


def test_help_money_of_groups_in_a_table_under_a_medical_assistance_title_is_that_assistance():
    page = ("某县医疗保障局关于2022年5月份医疗救助资金支出情况的公示\n\n一、总体情况\n5月份共支出资金24.8万元。\n\n"
            "二、分类明细\n单位:人次、元\n| 救助对象类别 | 1-5月累计救助人次 | 1-5月累计救助金额 |\n"
            "| 特困供养人员 | 41 | 60312.50 |\n| 低保对象 | 226 | 187420.00 |\n")
    figures = {s: a for s, _, a in attributions(page, published="2022-06")}
    assert (figures["187420.00"].domain, figures["187420.00"].program) == ("medical_security", "medical_assistance")
    # a row of a group under a column of a year counts the group itself
    page = ("某县2022年社会保障主要指标\n\n单位:万人\n\n| 指标 | 2022年 | 2021年 |\n"
            "| 城乡居民医保参保人数 | 48.6 | 49.1 |\n| 农村低保对象 | 2.31 | 2.45 |\n")
    figures = {s: a for s, _, a in attributions(page, published="2023-04")}
    assert figures["2.31"].domain == "social_assistance"


def test_a_row_of_a_group_in_its_short_form_under_a_caption_of_medical_assistance_is_that_assistance():
    # | 农村低保 | 152 | under 一、医疗救助资金支出情况: whom the help went to; under a caption of the allowance
    # itself the same row is the allowance's
    page = ("某县2019年第三季度医疗救助情况公示\n一、医疗救助资金支出情况\n| 救助对象 | 住院人次 | 救助金额(元) |\n"
            "| 特困供养人员 | 36 | 85620 |\n| 农村低保 | 152 | 264300 |\n| 城市低保 | 41 | 70250 |\n")
    figures = {s: a for s, _, a in attributions(page, published="2019-10")}
    for surface in ("264300", "70250"):
        assert (figures[surface].domain, figures[surface].program) == ("medical_security", "medical_assistance")
    assert (figures["152"].domain, figures["152"].program) == ("medical_security", "inpatient_assistance")
    page = ("某县2019年第三季度最低生活保障金发放情况\n| 类别 | 保障人数 | 发放金额(元) |\n"
            "| 农村低保 | 5120 | 2864300 |\n| 城市低保 | 1041 | 770250 |\n")
    figures = {s: a for s, _, a in attributions(page, published="2019-10")}
    assert figures["2864300"].domain == "social_assistance"


def test_a_change_column_of_a_table_of_year_rows_takes_each_rows_year():
    page = ("二、赔付情况\n\n| 年度 | 赔付人次 | 赔付金额(万元) | 实际报销比例提高(个百分点) |\n"
            "| 2016 | 1265 | 742.3 | 9.7 |\n| 2017 | 1438 | 901.6 | 11.2 |\n")
    figures = {s: a for s, _, a in attributions(page, published="2019-01")}
    assert (figures["11.2"].period_start, figures["11.2"].period_end) == ("2017-01", "2017-12")
    assert figures["9.7"].period_end == figures["742.3"].period_end == "2016-12"


def test_a_column_naming_inpatient_or_outpatient_care_under_a_caption_of_medical_assistance_is_that_form():
    page = ("某县2024年1-8月医疗救助分对象情况表(金额单位:万元)\n"
            "| 对象类别 | 住院人次 | 住院金额 | 门诊人次 | 门诊金额 | 小计金额 |\n"
            "| 特困人员 | 1862 | 311.2 | 2704 | 30.6 | 341.8 |\n| 低保对象 | 4517 | 503.9 | 9311 | 93.7 | 597.6 |\n")
    figures = {s: a for s, _, a in attributions(page, published="2024-09")}
    assert (figures["1862"].program, figures["311.2"].program) == ("inpatient_assistance", "inpatient_assistance")
    assert (figures["2704"].program, figures["30.6"].metric) == ("outpatient_assistance", "amount")
    assert figures["341.8"].program == "medical_assistance"  # both forms together


def test_a_row_of_the_resident_schemes_own_group_takes_the_tables_topic():
    page = ("2009年城镇居民基本医疗保险筹资标准\n\n单位:元/人·年\n\n| 参保人员类别 | 个人缴费 | 财政补助 |\n"
            "| 成年居民 | 150 | 120 |\n| 学生儿童 | 40 | 90 |\n")
    figures = {s: a for s, _, a in attributions(page, published="2009-03")}
    for surface in ("150", "40", "90"):
        assert figures[surface].domain == "medical_security", surface


def test_a_column_of_last_years_end_under_a_title_of_its_month_is_read_against_the_title():
    page = ("某市2024年12月医疗保障统计月报\n某市医疗保障局  2025-01-24\n\n表1 参保情况(时点数)\n"
            "| 指标 | 单位 | 12月末 | 上年末 |\n|---|---|---|---|\n| 基本医保参保人数 | 万人 | 168.35 | 170.12 |\n"
            "| 职工医保 | 万人 | 36.90 | 35.83 |\n| 居民医保 | 万人 | 131.45 | 134.29 |\n")
    figures = {s: a for s, _, a in attributions(page, published="2025-01")}
    assert (figures["170.12"].period_kind, figures["170.12"].period_end) == ("as_of", "2023-12")
    assert figures["168.35"].period_end == "2024-12"
    # the change since last year's end is the year's, January to the title's month
    page = page.replace("| 上年末 |\n", "| 上年末 | 比上年末增减 |\n").replace("| 170.12 |", "| 170.12 | -1.77 |").replace(
        "| 35.83 |", "| 35.83 | 1.07 |").replace("| 134.29 |", "| 134.29 | -2.84 |")
    figures = {s: a for s, _, a in attributions(page, published="2025-01")}
    assert (figures["1.07"].period_kind, figures["1.07"].period_start, figures["1.07"].period_end) == (
        "during", "2024-01", "2024-12")


def test_a_note_of_each_columns_unit_ends_at_its_semicolon_and_a_rate_column_stays_percent():
    page = ("各乡镇缴费进度(任务、已缴单位:万人;完成率单位:%)\n\n排名\t乡镇\t任务\t已缴\t完成率\n"
            "1\t长生镇\t1.57\t1.54\t97.97\n2\t新田镇\t3.99\t3.87\t97.13\n3\t石门镇\t2.46\t2.31\t93.85\n")
    figures = {s: (f, a) for s, f, a in attributions(page, published="2024-12")}
    assert (figures["3.99"][0].quantity.unit, float(figures["3.99"][0].quantity.value)) == ("人", 39900)
    assert (figures["97.13"][0].quantity.unit, float(figures["97.13"][0].quantity.value)) == ("%", 97.13)


def test_a_total_rows_dash_under_the_label_column_leaves_the_other_rows_in_their_columns():
    page = ("各乡镇进度排名\n\n| 序号 | 乡镇 | 任务数(人) | 已缴费人数(人) | 完成率(%) | 较上周增加(人) |\n"
            "| 1 | 城关镇 | 46741 | 45531 | 97.41 | 700 |\n| 2 | 龙桥镇 | 38949 | 34624 | 88.90 | 479 |\n"
            "| 合计 | — | 85690 | 80155 | 93.54 | 1179 |\n")
    figures = {s: (f, a) for s, f, a in attributions(page, published="2023-11")}
    assert (figures["46741"][0].quantity.unit, figures["97.41"][0].quantity.unit) == ("人", "%")
    assert figures["700"][1].change == "delta" and figures["1179"][1].change == "delta"


def test_a_money_column_named_by_what_was_done_with_the_money_is_that():
    page = ("各乡镇征缴进度\n\n| 乡镇 | 已缴费人数(人) | 征缴金额(万元) |\n| 城关镇 | 52114 | 1980.3 |\n"
            "| 龙桥镇 | 31220 | 1186.4 |\n")
    figures = {s: a for s, _, a in attributions(page, published="2023-11")}
    assert figures["1980.3"].metric == "fund_income"


def test_a_growth_column_under_a_note_listing_percent_holds_percents():
    page = ("某市2024年一季度医疗保障主要指标\n\n单位:万人、万元、%\n\n| 指标 | 本季度 | 上年同期 | 同比 |\n"
            "| 参保人数 | 74.52 | 76.08 | -2.05 |\n| 基金收入 | 41230.5 | 39297.3 | 4.92 |\n")
    figures = {s: (f, a) for s, f, a in attributions(page, published="2024-04")}
    assert (figures["-2.05"][0].quantity.unit, figures["-2.05"][1].change) == ("%", "growth_rate")
    assert float(figures["4.92"][0].quantity.value) == 4.92


def test_a_change_cell_with_no_percent_sign_in_a_row_of_a_rate_is_its_rise_in_points():
    page = ("某县新农合主要指标对比\n\n| 指标 | 2011年 | 2012年 | 增减 |\n| 参合率(%) | 96.4 | 97.5 | +1.1 |\n"
            "| 筹资总额(万元) | 3218.3 | 4391.4 | +36.5% |\n")
    figures = {s: (f, a) for s, f, a in attributions(page, published="2013-01")}
    assert (figures["+1.1"][0].quantity.unit, figures["+1.1"][1].change) == ("个百分点", "delta")
    assert (figures["+36.5%"][0].quantity.unit, figures["+36.5%"][1].change) == ("%", "growth_rate")


def test_a_note_of_the_moneys_unit_in_brackets_over_a_table_flattened_one_cell_per_line():
    page = ("附表:某县2024年1-9月医疗保障基金收支情况\n(金额单位:万元)\n险种\n1-9月累计收入\n1-9月累计支出\n"
            "职工医保\n12733.65\n11082.40\n居民医保\n39557.12\n34174.86\n")
    figures = {s: (f, a) for s, f, a in attributions(page, published="2024-10")}
    assert float(figures["11082.40"][0].quantity.value) == 110824000 and figures["11082.40"][1].metric == "amount"


def test_a_note_with_two_units_gives_each_column_the_unit_its_header_counts_in():
    figures = {s: (f, a) for s, f, a in attributions(COUNTY_ROWS, published="2024-02")}
    f, a = figures["61.2"]
    assert (float(f.quantity.value), f.quantity.unit, a.region, a.metric) == (612000, "人", "清河县", "insured_persons")
    f, a = figures["97.8"]
    assert (f.quantity.unit, a.region, a.metric) == ("%", "安平县", "enrollment_rate")
    cells = _cells(SHARE_ROWS, find_table_cells)
    assert float(cells["610.2"].quantity.value) == 6102000 and cells["610.2"].quantity.unit == "元"
    assert float(cells["42.1"].quantity.value) == 42.1 and cells["42.1"].quantity.unit == "%"


# a fund table flattened one cell per line, its unit in a note, a column of changes in percent
FLAT_CHANGES = ("2023年1-9月职工医保基金收支情况表\n\n单位：万元\n\n项目\n本期数\n上年同期数\n增减（%）\n\n"
                "基金收入\n12650.4\n11873.2\n6.5\n\n基金支出\n9871.6\n10235.8\n-3.6\n\n"
                "期末累计结余\n28634.1\n25120.7\n14.0\n")


def test_a_flattened_tables_change_column_holds_growth_rates_of_its_rows_metric():
    figures = {s: a for s, _, a in attributions(FLAT_CHANGES, published="2023-10")}
    assert (figures["12650.4"].change, figures["12650.4"].metric) == ("", "fund_income")
    assert (figures["6.5"].change, figures["6.5"].metric) == ("growth_rate", "fund_income")
    assert (figures["-3.6"].change, figures["-3.6"].metric) == ("growth_rate", "amount")
    assert (figures["14.0"].change, figures["14.0"].metric) == ("growth_rate", "fund_balance")


# a table with a unit column between the labels and the figures, columns set apart by tabs or blanks
UNIT_COLUMN = ("2023年全县医疗保障主要指标\n\n指标名称\t单位\t数值\t比上年增长(%)\n"
               "基本医疗保险参保人数\t万人\t38.27\t1.6\n基本医疗保险参保率\t%\t95.9\t0.3\n"
               "医保基金支出\t亿元\t3.94\t8.1\n")


@pytest.mark.parametrize("page", [UNIT_COLUMN, UNIT_COLUMN.replace("\t", "    ")])
def test_a_unit_column_gives_each_row_its_unit_and_is_no_figure(page):
    figures = {s: a for s, _, a in attributions(page, published="2024-02")}
    assert "万人" not in figures and "亿元" not in figures
    cells = _cells(page, find_table_cells)
    assert float(cells["38.27"].quantity.value) == 382700 and cells["38.27"].quantity.unit == "人"
    assert float(cells["3.94"].quantity.value) == 394000000 and cells["3.94"].quantity.unit == "元"
    assert (figures["38.27"].metric, figures["38.27"].period_kind, figures["38.27"].period_end) == (
        "insured_persons", "as_of", "2023-12")
    assert (figures["8.1"].change, figures["8.1"].metric) == ("growth_rate", "amount")


def test_a_flattened_table_with_a_unit_column_and_a_caption_above_its_column_names():
    flat = UNIT_COLUMN.replace("\t", "\n")
    figures = {s: a for s, _, a in attributions(flat, published="2024-02")}
    cells = _cells(flat, find_flat_cells)
    assert float(cells["38.27"].quantity.value) == 382700 and cells["38.27"].quantity.unit == "人"
    # the change column's own percent, not the row's 万人
    assert cells["1.6"].quantity.unit == "%" and float(cells["1.6"].quantity.value) == 1.6
    assert (figures["1.6"].change, figures["1.6"].metric) == ("growth_rate", "insured_persons")
    assert (figures["8.1"].change, figures["8.1"].metric) == ("growth_rate", "amount")


# a scheme's row under the enrolment row names no metric: its count is of the insured (the
# scheme's people), and so is the change beside it, which settles as its row, not as a share
SCHEME_ROWS = ("2024年1-6月全县医疗保障主要指标\n\n| 指标 | 单位 | 本期 | 上年同期 | 增减% |\n"
               "| 基本医疗保险参保人数 | 万人 | 28.14 | 28.40 | -0.9 |\n"
               "| 其中：职工医保 | 万人 | 2.75 | 2.66 | 3.4 |\n"
               "| 城乡居民医保 | 万人 | 25.39 | 25.74 | -1.4 |\n")


def test_a_change_cell_in_a_schemes_row_is_a_change_of_its_insured():
    figures = {s: a for s, _, a in attributions(SCHEME_ROWS, published="2024-07")}
    assert (figures["2.75"].program, figures["2.75"].metric) == ("employee_medical_insurance", "insured_persons")
    assert (figures["3.4"].program, figures["3.4"].metric, figures["3.4"].change) == (
        "employee_medical_insurance", "insured_persons", "growth_rate")
    assert (figures["-1.4"].program, figures["-1.4"].metric) == ("resident_medical_insurance", "insured_persons")


# a change in points is a change of the rate its row gives before it
RATE_CHANGE = ("2024年各县(市、区)城乡居民医保参保情况\n\n县(市、区)\t参保人数(人)\t参保率(%)\t同比增减(个百分点)\n"
               "宁都县\t524310\t96.9\t0.6\n于都县\t618420\t97.4\t-0.3\n")


def test_a_change_in_points_is_a_change_of_the_rate_before_it_in_its_row():
    figures = {s: a for s, _, a in attributions(RATE_CHANGE, published="2025-02", home_name="赣州市",
                                               home_code="360700")}
    assert (figures["0.6"].change, figures["0.6"].metric, figures["0.6"].region) == (
        "delta", "enrollment_rate", "宁都县")
    assert (figures["-0.3"].change, figures["-0.3"].metric, figures["-0.3"].region) == (
        "delta", "enrollment_rate", "于都县")
    assert figures["524310"].metric == "insured_persons"


# places as rows, measures as columns, each column's unit in its header's brackets
BY_COUNTY = ("2023年各县(市、区)城乡居民医保参保情况\n\n县(市、区)    参保人数(万人)    参保率(%)\n"
             "宁都县    52.4    96.9\n于都县    61.8    97.4\n")


def test_a_column_header_gives_its_cells_the_unit_in_its_brackets():
    figures = {s: a for s, _, a in attributions(BY_COUNTY, published="2024-02", home_name="赣州市", home_code="360700")}
    cells = _cells(BY_COUNTY, find_table_cells)
    assert float(cells["52.4"].quantity.value) == 524000 and cells["52.4"].quantity.unit == "人"
    assert (figures["52.4"].region, figures["52.4"].metric) == ("宁都县", "insured_persons")
    assert (figures["61.8"].region, figures["97.4"].region) == ("于都县", "于都县")


def test_a_flattened_table_of_years_with_a_unit_column_under_a_short_caption():
    flat = "全县医疗保障主要指标\n\n指标\n单位\n2022年\n2023年\n参保人数\n万人\n36.9\n37.8\n医保基金支出\n亿元\n3.1\n3.4\n"
    figures = {s: a for s, _, a in attributions(flat, published="2024-02")}
    assert (figures["36.9"].period_kind, figures["36.9"].period_end) == ("as_of", "2022-12")
    assert (figures["37.8"].period_kind, figures["37.8"].period_end) == ("as_of", "2023-12")
    assert (figures["3.1"].period_start, figures["3.1"].period_end) == ("2022-01", "2022-12")


def test_a_row_that_counts_organisations_with_no_unit_in_its_table_counts_them_with_ge():
    flat = ("一、参保情况\n\n指标名称\n\n单位\n\n数量\n\n城乡居民医保参保人数\n\n万人\n\n31.6\n\n"
            "医保参保单位\n\n2186\n\n其中:机关事业单位\n\n312\n\n参保率(%)\n\n96.3\n")
    cells = _cells(flat, find_flat_cells)
    assert (cells["2186"].quantity.unit, float(cells["2186"].quantity.value)) == ("个", 2186)
    assert cells["312"].quantity.unit == "个"
    assert cells["31.6"].quantity.unit == "人" and cells["96.3"].quantity.unit == "%"


@pytest.mark.parametrize("blank", ["\t", ""])
def test_a_row_written_with_tabs_puts_its_cells_under_their_columns_by_their_tabs(blank):
    # the last rows leave the share column blank: their one figure is the amount, not a share
    page = ("2024年于都县城乡居民医保基金收支表\n单位：万元\n项目\t金额\t占比(%)\n"
            "基金收入\t52310\t100\n其中：财政补助\t33120\t63.3\n基金支出\t48260\t100\n"
            f"当年结余\t4050{blank}\n累计结余\t21740{blank}\n")
    cells = _cells(page, find_table_cells)
    assert (cells["4050"].quantity.unit, float(cells["4050"].quantity.value)) == ("元", 40_500_000)
    assert cells["21740"].quantity.unit == "元" and cells["63.3"].quantity.unit == "%"


# counties of one prefecture, then their total: the page names no area but 全市
COUNTY_TOTAL = """2023年全市城乡居民医保参保情况
单位：万人、%
县区        参保人数     参保率
安平县      30.6         97.8
饶阳县      28.4         98.1
武强县      21.7         97.5
合  计      80.7         97.8
"""


def test_a_total_row_under_rows_of_counties_is_the_prefecture_they_lie_in():
    figures = {s: a for s, _, a in attributions(COUNTY_TOTAL, published="2024-02")}
    assert (figures["80.7"].region, figures["80.7"].region_code, figures["80.7"].metric) == (
        "衡水市", "131100", "insured_persons")
    assert (figures["21.7"].region, figures["30.6"].region) == ("武强县", "安平县")


# a web page's furniture (发布机构…发布日期) between a table's title and the table
FURNISHED = ("汝阳县2023年城乡居民医保基金收支情况\n\n发布机构：县医疗保障局　　发布日期：2024-01-20\n\n单位：万元\n\n"
             "{}")
ALIGNED_BODY = "项目      本年数      上年数\n基金收入   15310.6     14120.3\n基金支出   14032.8     13206.5\n"
FLAT_BODY = "项目\n本年数\n上年数\n\n基金收入\n15310.6\n14120.3\n\n基金支出\n14032.8\n13206.5\n"


@pytest.mark.parametrize("body", [ALIGNED_BODY, FLAT_BODY])
def test_the_title_above_a_page_s_furniture_is_the_table_s_caption(body):
    figures = {s: a for s, _, a in attributions(FURNISHED.format(body), published="2024-01")}
    a = figures["15310.6"]
    assert (a.program, a.metric, a.period_start, a.period_end) == (
        "resident_medical_insurance", "fund_income", "2023-01", "2023-12")
    assert (figures["13206.5"].period_start, figures["13206.5"].period_end) == ("2022-01", "2022-12")


# a published list of who got help (公示): each row is one person's, the sentence above the county's
NAMED_LIST = ("关于第三季度医疗救助资金发放情况的公示\n\n　　本季度全县共救助困难群众412人次,共发放资金48.3万元。"
              "现将名单公示如下:\n\n序号  姓名  性别  乡镇  救助类别  救助金额(元)\n"
              "1  赵某某  男  城关镇  住院救助  2860\n2  钱某  女  白河镇  门诊救助  740\n"
              "3  孙立新  男  白河镇  住院救助  9300\n")


def test_the_rows_of_a_published_list_of_people_are_their_stories_not_the_county_s():
    figures = {s: a for s, _, a in attributions(NAMED_LIST, published="2024-10", home_name="嵩县")}
    assert {figures[s].population for s in ("2860", "740", "9300")} == {"individual"}
    assert figures["412人次"].population != "individual" and figures["48.3万元"].population != "individual"
    # a table that counts by sex has no person in it
    page = "全县参保人员性别构成\n\n单位：人\n\n性别  参保人数\n男  10230\n女  9870\n"
    assert {a.population for s, _, a in attributions(page, published="2024-10")} == {""}


# a bureau's fund table: numbered group headings with no figure of their own say what the rows under
# them count, a note of two units, a column of changes, and a balance row with no comparison
GROUPED = ("2024年1-6月全市医保基金收支分析\n\n单位：万人、万元\n\n"
           "项目            本期      上年同期    同比增减(%)\n"
           "一、参保人数\n  职工医保      18.62     18.15       2.59\n  居民医保      142.30    144.87      -1.77\n"
           "二、基金收入\n  职工医保      63512     60208       5.49\n"
           "三、基金支出\n  居民医保      70315     68820       2.17\n"
           "四、累计结余\n  居民医保      55410\n")
GROUPED_FLAT = "\n\n".join(
    "\n\n".join(line.split()) if line[:1] in "项一二三四 " else line for line in GROUPED.split("\n"))
# drawn with pipes: the group's row leaves its cells empty (| 一、参保人数 | | | |)
GROUPED_PIPED = "\n".join(
    "| " + " | ".join((line.split() + ["", "", ""])[:4]) + " |" if line[:1] and line[:1] in "项一二三四 " else line
    for line in GROUPED.split("\n"))


@pytest.mark.parametrize("page", [GROUPED, GROUPED_FLAT, GROUPED_PIPED])
def test_a_group_heading_gives_the_rows_under_it_their_metric_and_unit(page):
    figures = {s: (f, a) for s, f, a in attributions(page, published="2024-07")}
    f, a = figures["18.62"]
    assert (float(f.quantity.value), f.quantity.unit) == (186200, "人")
    assert (a.program, a.metric, a.period_kind, a.period_end) == (
        "employee_medical_insurance", "insured_persons", "as_of", "2024-06")
    assert figures["18.15"][1].period_end == "2023-06"
    assert (figures["-1.77"][1].change, figures["-1.77"][1].metric) == ("growth_rate", "insured_persons")
    f, a = figures["63512"]
    assert (float(f.quantity.value), f.quantity.unit, a.metric) == (635120000, "元", "fund_income")
    assert (figures["5.49"][1].change, figures["5.49"][1].metric) == ("growth_rate", "fund_income")
    assert figures["70315"][1].metric == "amount"
    f, a = figures["55410"]  # under 本期, not read as a change in percent
    assert (f.quantity.unit, a.change, a.metric, a.period_kind) == ("元", "", "fund_balance", "as_of")


# a table as text converted from PDF prints it: a blank between a year and 年, a number and its %
SPACED = ("2023 年全县民生主要指标\n\n"
          "指标                          2023 年    2022 年    增长\n"
          "城乡居民医保参保人数(万人)    38.6      38.1      1.3 %\n"
          "医疗救助(万人次)              2.7       2.5       8.0 %\n")


def test_a_table_with_blanks_after_its_numbers_reads_like_one_without():
    figures = {s: (f, a) for s, f, a in attributions(SPACED, published="2024-03")}
    f, a = figures["38.6"]
    assert (float(f.quantity.value), f.quantity.unit, a.period_kind, a.period_end) == (386000, "人", "as_of", "2023-12")
    assert figures["38.1"][1].period_end == "2022-12"
    f, a = figures["1.3 %"]
    assert (float(f.quantity.value), f.quantity.unit, a.change, a.metric) == (1.3, "%", "growth_rate", "insured_persons")
    assert figures["8.0 %"][1].metric == "person_times"


@pytest.mark.parametrize("label,unit", [
    ("参合人数", "人"), ("住院人次", "人次"), ("门诊人次", "人次"), ("住院补偿", "元"), ("实际补偿比", "%"),
    ("基金使用率", "%"), ("救助户数", "户"),
])
def test_a_note_listing_units_gives_each_column_the_unit_of_its_kind(label, unit):
    from extract.table_cells import unit_for, units_in_note

    # 单位:人、人次、户、万元、%: the people unit a column names (人次 for 住院人次, not the first, 人)
    assert unit_for(label, units_in_note("人、人次、户、万元、%"))[0] == unit
    # … and whichever of them the note lists first (单位:户、人、万元: 人 for 城市低保人数)
    assert unit_for(label, units_in_note("户、人次、人、万元、%"))[0] == unit


def test_a_form_of_help_alone_over_a_column_counts_its_cases_in_the_notes_first_people_unit():
    from extract.table_cells import unit_for, units_in_note

    # 住院救助 | 门诊救助 | 资助金额 under 单位:人次、人、万元: the help alone is how many were helped
    assert unit_for("住院救助", units_in_note("人次、人、万元"))[0] == "人次"
    assert unit_for("救助资金支出", units_in_note("人次、人、万元")) == unit_for("资金", units_in_note("万元"))
    assert unit_for("住院补偿", units_in_note("人次、万元"))[0] == "元"  # (a 补偿 beside 人次 columns is money)
    # how many institutions, under 单位:家、万元: the note's measure word, not its money
    assert unit_for("检查机构数", units_in_note("家、万元"))[0] == "家"
    assert unit_for("追回资金", units_in_note("家、万元"))[0] == "元"
    # a head count under a note of money alone counts in its own word (人数 | 资助金额 under 单位:万元)
    assert unit_for("人数", units_in_note("万元")) is None
    assert unit_for("资助金额", units_in_note("万元"))[0] == "元"
    assert unit_for("个人缴费特困人员", units_in_note("万元"))[0] == "元"  # (a group's name is no head count)


DASHED = """2013年1-6月各乡镇补偿情况
单位:人次、万元、%

乡镇        住院人次    住院补偿    门诊人次    门诊补偿    实际补偿比
东关镇         652       104.31        9120        8.36        46.1
北坡乡         148        22.07           —           —        41.9
南河乡           0         0.00        2210        1.97           —
合计           800       126.38       11330       10.33        45.2
"""


def test_a_dash_holds_an_empty_cells_place_in_an_aligned_table():
    cells = _cells(DASHED, find_table_cells)
    # the row with empty cells keeps every number, each under its own column
    assert cells["148"].quantity.unit == "人次" and cells["22.07"].quantity.unit == "元"
    assert cells["41.9"].quantity.unit == "%"
    # zeros are figures too (GUIDELINES §9), and a dash at the row's end takes no column from them
    assert cells["2210"].quantity.unit == "人次" and cells["1.97"].quantity.unit == "元"
    assert "0.00" in cells and "—" not in cells


def test_a_target_column_has_no_time_of_its_own_and_is_a_target():
    page = ("2024年度居民医保参保进度表(截至2023年12月10日,单位:人、%)\n"
            "| 乡镇 | 任务数 | 已参保人数 | 参保率 |\n| 东关镇 | 41250 | 39870 | 96.7 |\n| 北坡乡 | 22480 | 20615 | 91.7 |\n")
    figures = {s: a for s, _, a in attributions(page, published="2023-12")}
    # GUIDELINES §9 progress tables: a target column with no time of its own stays ""
    assert (figures["41250"].period_kind, figures["41250"].target) == ("", True)
    assert (figures["39870"].period_kind, figures["39870"].period_end, figures["39870"].target) == ("as_of", "2023-12", False)


def test_a_column_of_changes_on_last_year_is_this_years_difference_in_the_rows_unit():
    page = ("2025年度居民医保参保进度(截至2024年11月30日)\n单位:人、%\n\n"
            "乡镇        已参保人数    参保率    比上年同期增减\n"
            "东关镇          41210      95.12          1180\n"
            "北坡乡          20390      92.47          -265\n")
    figures = {s: a for s, _, a in attributions(page, published="2024-12")}
    # 1180 more people than a year before: a delta in 人, dated as the table is, not a year back
    assert (figures["1180"].change, figures["1180"].period_end) == ("delta", "2024-11")
    assert figures["-265"].change == "delta"


def test_a_change_column_after_two_years_is_the_later_years_change():
    page = ("居民医保筹资标准调整对照表\n单位:元/人·年\n\n"
            "项目\t2024年度\t2025年度\t增减\n个人缴费\t380\t400\t20\n财政补助\t670\t700\t30\n")
    figures = {s: a for s, _, a in attributions(page, published="2024-10")}
    assert (figures["20"].change, figures["20"].period_start, figures["20"].period_end) == ("delta", "2025-01", "2025-12")
    assert (figures["380"].period_start, figures["400"].period_start) == ("2024-01", "2025-01")


def test_a_cells_own_column_says_its_topic_before_the_tables_caption():
    page = ("某市统计年鉴\n9-4  各县(市)医疗保障和社会救助情况(2020年)\n单位:人、万元\n"
            "县(市) 城乡居民医保参保人数 城市低保人数 农村低保人数 医疗救助人次\n"
            "甲县 412360 3120 15240 21630\n乙县 388120 2870 13310 19420\n")
    figures = {s: (f, a) for s, f, a in attributions(page, published="2021-06")}
    assert figures["412360"][1].domain == "medical_security"
    assert figures["3120"][1].domain == figures["13310"][1].domain == "social_assistance"
    # a column of 人次 under a note of 人 counts visits
    cell, a = figures["21630"]
    assert (cell.quantity.unit, a.domain, a.metric) == ("人次", "medical_security", "person_times")


def test_a_tables_rows_of_care_levels_are_the_schemes_in_a_table_about_it():
    page = ("新农合住院补偿情况\n\n各级医疗机构补偿情况(2010年度)\n"
            "| 机构级别 | 住院(人次) | 补偿金额(万元) | 实际补偿比(%) |\n"
            "| 乡镇卫生院 | 51230 | 3120 | 55.3 |\n| 县级医院 | 28460 | 3980 | 42.1 |\n")
    figures = {s: a for s, _, a in attributions(page, published="2011-02")}
    assert {figures[s].domain for s in ("51230", "3120", "28460", "3980")} == {"medical_security"}
    page = ("问:住院报销的起付线是多少?\n答:按医院级别分别设置,具体如下:\n"
            "医疗机构级别  起付线(元)  报销比例\n乡镇卫生院(一级)  100  90%\n二级医院  400  75%\n")
    figures = {s: a for s, _, a in attributions(page, published="2021-06")}
    assert figures["100"].domain == figures["400"].domain == "medical_security"


@pytest.mark.parametrize("page", [
    ("某县2022年1-6月医保基金收支情况\n| 指标 | 单位 | 本期数 | 上年同期 |\n| 一、基金收入 | 万元 | 86520 | 80140 |\n"
     "| (一)职工医保 | 万元 | 35210 | 32860 |\n| (二)居民医保 | 万元 | 51310 | 47280 |\n"
     "| 二、基金支出 | 万元 | 70415 | 69120 |\n| (一)职工医保 | 万元 | 29870 | 28810 |\n"),
    ("某县2022年1-6月医保基金收支情况\n\n指标\n单位\n本期数\n一、基金收入\n万元\n86520\n(一)职工医保\n万元\n35210\n"
     "(二)居民医保\n万元\n51310\n二、基金支出\n万元\n70415\n(一)职工医保\n万元\n29870\n"),
])
def test_a_tables_outline_rows_read_what_their_parent_row_counts(page):
    # (一)职工医保 under 一、基金收入 is the scheme's income; under 二、基金支出, its spending
    figures = {s: a for s, _, a in attributions(page, published="2022-07")}
    assert (figures["35210"].program, figures["35210"].metric) == ("employee_medical_insurance", "fund_income")
    assert (figures["51310"].program, figures["51310"].metric) == ("resident_medical_insurance", "fund_income")
    assert (figures["29870"].program, figures["29870"].metric) == ("employee_medical_insurance", "amount")


def test_a_header_written_over_two_lines_and_a_second_table_below_the_first():
    page = ("某市统计年鉴2019\n\n8-3  各县社会保险及社会救助(2018年)\n\n单位:人\n\n"
            "地  区        城镇职工基本   城乡居民基本    城市低保\n"
            "              医疗保险参保   医疗保险参保    对象\n"
            "甲  县          51230          402160          2130\n乙  县          48870          388410          1960\n\n"
            "8-4  各县医疗卫生机构和床位(2018年)\n\n"
            "地  区        卫生机构数    床位数\n"
            "                (个)         (张)\n"
            "甲  县           318          2410\n乙  县           296          2270\n")
    figures = {s: (f, a) for s, f, a in attributions(page, published="2019-10")}
    # each column reads both halves of its name
    assert figures["51230"][1].program == "employee_medical_insurance"
    assert figures["402160"][1].program == "resident_medical_insurance"
    assert figures["2130"][1].domain == "social_assistance"
    # the second table reads its own header: its units, and its stocks at the year's end
    assert figures["318"][0].quantity.unit == "个" and figures["2410"][0].quantity.unit == "张"
    assert (figures["2410"][1].period_kind, figures["2410"][1].period_end) == ("as_of", "2018-12")


def test_a_one_character_county_spaced_out_as_a_row_label_is_that_county():
    page = ("常德市统计年鉴\n各区县医保参保情况(2018年)\n单位:人\n区县   参保人数   参保率(%)\n"
            "武陵区   513240   95.2\n澧  县   708610   96.9\n")
    figures = {s: a for s, _, a in attributions(page, published="2019-10", home_name="常德市", home_code="430700")}
    assert (figures["708610"].region, figures["708610"].region_code) == ("澧县", "430723")


def test_an_average_row_counts_in_the_notes_plain_unit_and_is_per_its_labels_denominator():
    # 单位 lists 万元 and 元: the money rows are in 万元, the average per stay in 元, every cell of
    # its row per visit; a row naming a monthly standard per head is per person and month
    page = ("某县2023年1-6月医保基金运行情况\n| 单位:人、万元、人次、元 |\n| 项目 | 职工医保 | 居民医保 |\n"
            "| 参保人数 | 31260 | 512840 |\n| 基金支出 | 9120.45 | 40312.60 |\n| 住院人次 | 4310 | 38125 |\n"
            "| 次均住院费用 | 8712 | 5390 |\n")
    figures = {s: (f, a) for s, f, a in attributions(page, published="2023-08")}
    assert float(figures["9120.45"][0].quantity.value) == 91204500
    for s in ("8712", "5390"):
        cell, a = figures[s]
        assert (float(cell.quantity.value), cell.quantity.unit, a.per) == (float(s), "元", "person_time"), s
    page = ("某市统计年鉴\n13-2 城乡低保情况\n指标              2021年    2022年\n"
            "城市低保月人均补助标准(元)     520      560\n农村低保年人均补助标准(元)    4300     4600\n")
    figures = {s: a for s, _, a in attributions(page, published="2023-06")}
    assert (figures["560"].per, figures["4600"].per) == ("person_month", "person_year")


def test_a_row_of_last_years_closing_balance_is_dated_to_that_year_end():
    page = ("某县2024年1-6月医疗保障基金运行情况\n| 单位:人、万元 |\n| 项目 | 职工医保 | 城乡居民医保 |\n"
            "| 参保人数 | 41260 | 612840 |\n| 上年末累计结余 | 15210.36 | 38214.07 |\n| 本期基金收入 | 12930.44 | 70215.12 |\n")
    figures = {s: a for s, _, a in attributions(page, published="2024-08")}
    assert (figures["15210.36"].period_kind, figures["15210.36"].period_end) == ("as_of", "2023-12")
    assert (figures["41260"].period_kind, figures["41260"].period_end) == ("as_of", "2024-06")


def test_units_written_under_the_column_names_and_a_row_that_leaves_cells_blank():
    # a yearbook table: names on one line, each unit in brackets under its name (a percent among
    # them), an English line between; the title's English translation stands below the Chinese one
    page = ("某市统计年鉴2022\n\n17-4  各县(市、区)城乡居民基本医疗保险情况(2021年)\n"
            "Basic Medical Insurance for Rural and Urban Residents by County (2021)\n\n"
            "               参保人数    参保率    基金收入    基金支出\n"
            "地  区         (人)        (%)      (万元)      (万元)\n"
            "Region         Insured     Rate     Revenue     Expenditure\n"
            "全  市         905120      98.73    116210      108455\n"
            "市直属         13280                1520        1410\n"
            "甲  县         411230      98.61    52840       49310\n"
            "乙  县         480610      98.92    61850       57735\n")
    figures = {s: (f, a) for s, f, a in attributions(page, published="2022-10")}
    rate, income = figures["98.61"], figures["52840"]
    assert (rate[0].quantity.unit, rate[1].metric) == ("%", "enrollment_rate")
    assert (float(income[0].quantity.value), income[0].quantity.unit, income[1].metric) == (528400000, "元", "fund_income")
    assert income[1].program == "resident_medical_insurance"  # (the Chinese title names the scheme)
    assert (income[1].period_kind, income[1].period_start, income[1].period_end) == ("during", "2021-01", "2021-12")
    # the row with no rate: its cells stand under income and spending, not packed to the right
    assert (float(figures["1520"][0].quantity.value), figures["1520"][1].metric) == (15200000, "fund_income")
    assert (float(figures["1410"][0].quantity.value), figures["1410"][1].metric) == (14100000, "amount")
    assert (figures["13280"][0].quantity.unit, figures["13280"][1].metric) == ("人", "insured_persons")


def test_a_tables_caseloads_of_assistance_are_counted_at_each_months_end():
    # people and households on the allowance are a level at a moment; the money paid accrues
    page = ("某市2021年三季度城乡低保运行情况\n单位:人、户、万元\n"
            "月份    城市低保人数    农村低保户数    低保资金支出\n"
            "7月     13120           30415           2210.5\n8月     13046           30388           2198.7\n")
    figures = {s: a for s, _, a in attributions(page, published="2021-10")}
    for s in ("13120", "30388"):
        assert (figures[s].period_kind, figures[s].period_end) == ("as_of", "2021-0" + ("7" if s == "13120" else "8")), s
    assert (figures["2210.5"].period_kind, figures["2210.5"].period_start) == ("during", "2021-07")


def test_a_standard_per_person_and_month_stated_over_the_table_or_its_column():
    # a unit with a slash in the caption's note, and a column of monthly averages per head
    page = ("附表:2017年各县(市、区)城乡低保标准(单位:元/人·月)\n县(市、区)\n城市\n农村\n甲县\n560\n350\n乙县\n540\n340\n")
    figures = {s: a for s, _, a in attributions(page, published="2017-06")}
    assert (figures["560"].per, figures["340"].per) == ("person_month", "person_month")
    page = ("某县2024年1-9月社会救助情况\n\n项目        保障人数(人)    累计支出(万元)    月人均补助(元)\n"
            "城市低保    3015            1327.4            489\n农村低保    9431            3520.6            312\n")
    figures = {s: a for s, _, a in attributions(page, published="2024-10")}
    assert (figures["489"].per, figures["312"].per) == ("person_month", "person_month")
    assert (figures["1327.4"].per, figures["3015"].per) == ("", "")  # (a total, and a count of people)


def test_a_part_row_counts_in_the_unit_of_the_row_it_is_part_of():
    # under 单位:人、万元 a row naming only a scheme counts what its parent row counts: people under
    # 参加基本医疗保险人数, money under 基金收入 (parts indented under it, or opened by 其中)
    page = ("某县统计年鉴2024\n16-2 医疗保障情况\n单位:人、万元\n项  目                    2022      2023\n"
            "参加基本医疗保险人数      549861    547305\n  职工基本医疗保险        67294     69871\n"
            "    退休人员              18574     19553\n基金收入                  63582     67015\n"
            "  职工                    31827     34102\n")
    figures = {s: f for s, f, _ in attributions(page, published="2024-10")}
    assert figures["69871"].quantity.unit == "人" and figures["18574"].quantity.unit == "人"
    assert (float(figures["34102"].quantity.value), figures["34102"].quantity.unit) == (341020000, "元")
    page = ("某县2024年1-9月医疗保障基金运行情况表\n单位:万人、亿元\n| 项目 | 本期数 | 上年同期数 |\n"
            "| 参保人数 | 71.36 | 72.21 |\n| 其中:职工医保 | 4.12 | 3.98 |\n| 统筹基金收入 | 9.58 | 9.19 |\n")
    figures = {s: f for s, f, _ in attributions(page, published="2024-10")}
    assert (float(figures["4.12"].quantity.value), figures["4.12"].quantity.unit) == (41200, "人")
    assert figures["9.58"].quantity.unit == "元"


def test_a_flat_tables_name_is_no_column_and_its_last_years_column_and_percent_column_read_as_such():
    # 主要指标表 names the table, not its label column; 同比(%) beside a row in 亿元 is a growth rate;
    # 上年同期 dates its cells a year before the period the text gives the table
    page = ("某市医保局2025年上半年工作总结\n截至6月底,全市医保参保人数为276.4万人,医保基金运行总体平稳。"
            "上半年,全市医保统筹基金收入37.9亿元,支出35.2亿元。\n"
            "主要指标表\n指标\n本期\n上年同期\n同比(%)\n职工医保统筹基金收入(亿元)\n12.6\n11.8\n6.8\n"
            "统筹基金支出(亿元)\n35.2\n33.4\n5.4\n")
    figures = {s: (f, a) for s, f, a in attributions(page, published="2025-07")}
    assert (float(figures["12.6"][0].quantity.value), figures["12.6"][1].period_start) == (1260000000, "2025-01")
    assert (figures["11.8"][1].period_start, figures["11.8"][1].period_end) == ("2024-01", "2024-06")
    cell, a = figures["6.8"]
    assert (float(cell.quantity.value), cell.quantity.unit, a.change) == (6.8, "%", "growth_rate")


def test_a_continued_table_reads_its_first_parts_note():
    # 续表 repeats the header, not the 单位 line: its money column still counts in 万元
    page = ("某市年鉴2018\n表8-12 各县(区)社会救助情况(2017年)\n单位:人、万元\n"
            "县(区)    城市低保人数    农村低保人数    低保资金支出\n甲县    9816    12307    9125\n乙县    4217    24658    8216\n\n"
            "表8-12 续表    Continued\n县(区)    城市低保人数    农村低保人数    低保资金支出\n丙县    2651    16204    5167\n"
            "丁县    3108    19517    6294\n")
    figures = {s: f for s, f, _ in attributions(page, published="2018-10")}
    assert (float(figures["5167"].quantity.value), figures["5167"].quantity.unit) == (51670000, "元")


def test_a_yearbook_tables_caption_above_its_translations_and_total_row_above_its_counties():
    # the caption stands above its English translation, the unit note and the note's translation:
    # it names the scheme; 全  市 heads the rows of its counties (English names beside them), and
    # a county named in the note under the table is no reason to give the total row to it
    page = ("张掖年鉴—2015\n\n表9-4 各县(区)新型农村合作医疗参合人数(2012—2014年)\n"
            "Participants in the Rural Cooperative Medical Scheme by County (2012-2014)\n"
            "                                   单位:人\n                                  (person)\n"
            "县 区    Region        2012      2013      2014\n"
            "全  市   Zhangye City  801230    812450    820916\n"
            "甘州区   Ganzhou       310420    314205    318890\n"
            "临泽县   Linze         102310    103115    104022\n"
            "高台县   Gaotai        114870    115620    116305\n\n"
            "表9-5 各县(区)新型农村合作医疗补偿情况(2014年)\n"
            "县 区    Region        参合率     补偿人次\n"
            "                       (%)       (人次)\n"
            "                       Rate      Person-times\n"
            "全  市   Zhangye City  96.12     1523048\n"
            "甘州区   Ganzhou       96.85     612093\n"
            "临泽县   Linze         95.40     190218\n"
            "高台县   Gaotai        95.77     204119\n\n"
            "注:高台县2014年调整了补偿方案。\nNote: Gaotai adjusted its compensation scheme in 2014.\n")
    figures = {s: a for s, _, a in attributions(page, published="2015-10", home_name="张掖市", home_code="620700")}
    assert (figures["801230"].program, figures["801230"].region_code) == ("resident_medical_insurance", "620700")
    assert figures["310420"].program == "resident_medical_insurance"
    assert (figures["96.12"].region_code, figures["1523048"].region_code) == ("620700", "620700")
    assert figures["612093"].region_code == "620702"


def test_a_header_broken_over_three_lines_reads_every_part_of_each_column():
    # 资助参加 / 基本医疗 / 保险人数: the column names the assistance, not the basic scheme; the
    # bracketed units and the English names under the header are passed over
    page = ("表12-7 各县(区)城乡医疗救助情况(2019年)\n        单位:人、人次、万元\n\n"
            "县区       资助参加     住院救助     门诊救助     救助资金\n"
            "           基本医疗     人次         人次         支出合计\n"
            "           保险人数    (人次)       (人次)       (万元)\n"
            "Region     Persons      Inpatient    Outpatient   Total\n"
            "甲县        21304        3508         4210         1024.6\n"
            "乙县        18422        2917         3906          866.1\n")
    figures = {s: a for s, _, a in attributions(page, published="2020-10")}
    assert (figures["21304"].program, figures["21304"].metric) == ("enrollment_subsidy", "beneficiaries")
    assert (figures["3508"].program, figures["4210"].program) == ("inpatient_assistance", "outpatient_assistance")
    assert (figures["1024.6"].program, figures["1024.6"].metric) == ("medical_assistance", "amount")


def test_columns_whose_names_go_on_below_for_some_columns_only():
    # 城镇职工 over 基本养老 over 保险 beside 失业保险 on one line: the pension column is pension
    # insurance, not elderly care nor the employees' medical scheme; the caption's 参保人数 makes
    # every column a count at the year's end; maternity insurance before 2019 is a social insurance
    page = ("表5-3 主要年份社会保险参保人数\n                    单位:万人\n"
            "          城镇职工    城镇职工    失业保险    生育保险\n"
            "年 份     基本养老    基本医疗\n"
            "Year      保险        保险\n"
            "          Pension     Medical     Unemploy-   Maternity\n"
            "2012       21.34       18.05       9.82        6.11\n"
            "2016       25.08       20.61      10.47        7.36\n"
            "2020       28.92       23.40      11.05        8.02\n")
    figures = {s: a for s, _, a in attributions(page, published="2021-10")}
    assert (figures["21.34"].domain, figures["21.34"].period_kind) == ("employment_social_security", "as_of")
    assert (figures["18.05"].program, figures["18.05"].period_end) == ("employee_medical_insurance", "2012-12")
    assert (figures["9.82"].period_kind, figures["9.82"].period_end) == ("as_of", "2012-12")
    assert (figures["6.11"].domain, figures["8.02"].program) == ("employment_social_security", "employee_medical_insurance")


def test_parts_of_a_row_that_only_name_their_scheme_or_follow_a_part_and_a_worded_change_cell():
    # one cell per line: 职工医保 / 居民医保 under 参保人数 are its parts, in people, not the note's money
    flat = ("某市2022年第二季度医保基金运行情况表\n单位:万人、万元\n项目\n本季度\n上年同期\n"
            "参保人数\n86.42\n87.15\n职工医保\n7.36\n7.02\n居民医保\n79.06\n80.13\n基金收入\n21406.3\n20117.8\n")
    figures = {s: a for s, _, a in attributions(flat, published="2022-07")}
    assert (figures["7.36"].metric, figures["7.36"].period_kind) == ("insured_persons", "as_of")
    assert figures["21406.3"].metric == "fund_income"
    # | 其中:在职职工 | … | over | 退休人员 | … |: the second part is the employees' scheme's too; a last
    # cell that words its change (提高0.6个百分点) leaves the row's other cells in their columns
    piped = ("某县2023年1-6月医疗保障主要指标完成情况\n| 指标名称 | 单位 | 1-6月累计 | 上年同期 | 同比增减(%) |\n"
             "| 一、参保人数 | 万人 | 41.26 | 41.87 | -1.46 |\n| (一)职工基本医疗保险 | 万人 | 4.52 | 4.41 | 2.49 |\n"
             "| 其中:在职职工 | 万人 | 3.18 | 3.12 | 1.92 |\n| 退休人员 | 万人 | 1.34 | 1.29 | 3.88 |\n"
             "| 二、住院报销比例 | % | 71.2 | 70.6 | 提高0.6个百分点 |\n")
    figures = {s: (f, a) for s, f, a in attributions(piped, published="2023-07")}
    assert figures["1.34"][1].program == "employee_medical_insurance"
    assert (figures["70.6"][0].quantity.unit, figures["70.6"][1].period_start) == ("%", "2022-01")


def test_an_ellipsis_holds_the_place_of_a_figure_not_available():
    # … (数据不详) in a yearbook's row: the cells before it are still the row's, each in its column
    page = ("表15-2 各县区社会救助情况(2012年)\n单位:人次、万元\n"
            "指  标                 甲县      乙县      丙县\n"
            "医疗救助人次           4120      3318      …\n"
            "医疗救助资金           362.5     …         208.4\n")
    figures = {s: a for s, _, a in attributions(page, published="2013-10")}
    assert figures["4120"].metric == "person_times" and "3318" in figures
    assert figures["208.4"].metric == "amount"


def test_a_column_of_the_two_disability_allowances_beside_one_of_old_age_allowances():
    # 两项补贴 over a column is the disability allowances' (social assistance), 高龄津贴 the elderly's
    page = ("某区2024年一季度残疾人两项补贴和高龄津贴发放情况\n(一)高龄津贴。截至3月末,全区享受高龄津贴老年人9720人。\n"
            "各街道明细(单位:人次、人、万元)\n街道\t两项补贴人次\t两项补贴金额\t高龄津贴人数\t高龄津贴金额\n"
            "甲街道\t8210\t61.5\t2904\t47.3\n乙街道\t5316\t40.2\t2133\t38.8\n")
    figures = {s: a for s, _, a in attributions(page, published="2024-04")}
    assert (figures["8210"].domain, figures["61.5"].domain) == ("social_assistance", "social_assistance")
    assert figures["2904"].domain == "elderly_care"


def test_a_flat_monthly_table_under_its_posting_line_with_dashes_and_a_years_cumulative_column():
    # the title is the caption over the posting line (发布时间…); 本月 is the title's month, not the
    # page's; a dash holds its column's place; 上年同期累计 runs from January a year before
    page = ("某县2024年9月医疗保障基金运行主要指标\n"
            "发布时间:2024-10-16 09:12  来源:县医保局基金运行股  访问量:\n\n"
            "单位:万人、万元\n指标名称\n本月\n1-9月累计\n上年同期累计\n"
            "一、基本医疗保险参保人数\n—\n52.31\n53.04\n"
            "二、基金收入\n1705.62\n40218.37\n38874.05\n")
    figures = {s: a for s, _, a in attributions(page, published="2024-10")}
    assert (figures["52.31"].period_kind, figures["52.31"].period_end) == ("as_of", "2024-09")
    assert (figures["53.04"].period_kind, figures["53.04"].period_end) == ("as_of", "2023-09")
    assert (figures["1705.62"].period_start, figures["1705.62"].period_end) == ("2024-09", "2024-09")
    assert (figures["38874.05"].period_start, figures["38874.05"].period_end) == ("2023-01", "2023-09")


def test_a_yearbooks_unit_column_with_a_slash_parts_of_a_stock_and_caseloads():
    # 元/人·月 in the unit column: money per person and month, the row kept; 离退休人员 under
    # 参保人数 is a part of a level, and so is the caseload of 低保对象人数: as_of each year's end
    page = ("表21-8 社会保障主要指标(2018—2019年)\n"
            "指    标                      单位        2018      2019\n"
            "城镇职工基本养老保险参保人数    人        204117    215330\n"
            "  #在职职工                    人        150962    158421\n"
            "   离退休人员                  人         53155     56909\n"
            "城市低保对象人数                人         31208     28764\n"
            "城市低保平均保障标准            元/人·月    536       575\n")
    figures = {s: a for s, _, a in attributions(page, published="2020-10")}
    assert (figures["53155"].period_kind, figures["53155"].period_end) == ("as_of", "2018-12")
    assert (figures["31208"].period_kind, figures["31208"].period_end) == ("as_of", "2018-12")
    assert (figures["575"].per, figures["575"].domain) == ("person_month", "social_assistance")


def test_only_the_row_right_after_a_qizhong_part_is_that_parts_sibling():
    # | 其中:统筹基金 | then | 城乡居民医保 |: the next scheme, not a part of the employees' scheme
    page = ("某县2023年医疗保障基金收支情况表(单位:万元)\n| 险种 | 本年收入 | 本年支出 |\n"
            "| 职工基本医疗保险 | 96300 | 89200 |\n| 其中:统筹基金 | 68500 | 61937 |\n"
            "| 城乡居民医保 | 43100 | 45400 |\n| 医疗救助 | 2215 | 1987 |\n| 合计 | 141615 | 136587 |\n")
    figures = {s: a for s, _, a in attributions(page, published="2024-03")}
    assert figures["45400"].program == "resident_medical_insurance"
    assert figures["136587"].program == "basic_medical_insurance"


def test_a_header_whose_second_line_names_some_columns_on_and_a_population_column():
    # 居民医保 over 参保人数, 参保率 over (%): people and a percent, not the note's 万元; 户籍人口 counts people
    page = ("表9-3 各乡镇城乡居民基本医疗保险情况(2020年)\n                      单位:人、万元\n"
            "乡镇          户籍人口    居民医保      参保率      基金支出\n"
            "                          参保人数      (%)\n"
            "甲镇           52114       38210       98.91       2105.3\n"
            "乙镇           41380       30677       99.02       1688.7\n")
    figures = {s: (f, a) for s, f, a in attributions(page, published="2021-10")}
    assert (figures["38210"][0].quantity.unit, figures["38210"][1].metric) == ("人", "insured_persons")
    assert (figures["98.91"][0].quantity.unit, figures["98.91"][1].metric) == ("%", "enrollment_rate")
    assert figures["52114"][0].quantity.unit == "人" and figures["2105.3"][0].quantity.unit == "元"


def test_a_bilingual_headers_english_line_is_no_section_and_a_continued_table_reads_its_first_parts_caption():
    # County  Participants  Rate(%) under the Chinese names gives no row its unit (%); 17-6 续表 over
    # the second part reads 17-6's caption, which names the scheme
    page = ("17-6  各县新型农村合作医疗情况(2012年)\n\n"
            "                 参合人数      参合率     筹资总额\n"
            "县  别           (人)          (%)        (万元)\n"
            "County           Participants  Rate(%)    Funds Raised\n"
            "甲县             98412         98.7       2853.9\n"
            "乙县             71035         99.1       2060.0\n\n"
            "17-6  续表   Continued\n\n"
            "                 补偿人次      补偿金额\n"
            "县  别           (人次)        (万元)\n"
            "County           Compensated   Compensation\n"
            "甲县             52631         1286.4\n"
            "乙县             38904         947.1\n")
    figures = {s: (f, a) for s, f, a in attributions(page, published="2013-10")}
    assert (figures["98412"][0].quantity.unit, figures["98412"][1].metric) == ("人", "insured_persons")
    assert figures["2853.9"][0].quantity.unit == "元"
    assert figures["1286.4"][1].program == "resident_medical_insurance"
    # 续表 with no number of its own continues the numbered table above it
    page = ("某市统计年鉴2013\n\n20-5 各县(区)新型农村合作医疗情况(2012年)\nNRCMS by County, 2012\n\n"
            "县  区           参合人数      参合率\n                 (万人)        (%)\n"
            "全市总计 Total      102.17        98.36\n甲县 Jiaxian         49.84        97.12\n"
            "乙县 Yixian         52.33        98.85\n\n续表  Continued\n"
            "县  区           补偿人次      补偿金额\n                 (万人次)      (万元)\n"
            "全市总计 Total      212.56       31836.4\n甲县 Jiaxian        105.12        15926.3\n"
            "乙县 Yixian        107.44        15910.1\n")
    figures = {s: (f, a) for s, f, a in attributions(page, published="2013-10")}
    assert figures["15926.3"][1].program == "resident_medical_insurance"


def test_a_column_header_with_a_slashed_unit_in_brackets():
    # 城市低保标准(元/人·月): money per person and month, where the column gave no unit at all
    page = ("表:2019年各县城乡低保标准\n县市　　城市低保标准（元/人·月）　农村低保标准（元/人·年）\n"
            "甲县　　　　520　　　　　　　　　3900\n乙县　　　　505　　　　　　　　　3760\n")
    figures = {s: (f, a) for s, f, a in attributions(page, published="2020-03")}
    assert (figures["520"][0].quantity.unit, figures["520"][1].per) == ("元", "person_month")
    assert (figures["3760"][0].quantity.unit, figures["3760"][1].per) == ("元", "person_year")


def test_a_cell_on_a_line_of_its_own_is_about_its_rows_township():
    # one cell per line: 甲镇's cells stand on the lines under its name, not in its sentence
    page = ("各乡镇征缴进度\n乡镇\n应参保人数(人)\n已缴费人数(人)\n完成率(%)\n"
            "欣山镇\n32516\n28904\n88.9\n孔田镇\n21378\n18420\n86.2\n")
    figures = {s: a for s, _, a in attributions(page, published="2022-12", home_name="安远县", home_code="360726")}
    assert (figures["28904"].locality, figures["86.2"].locality) == ("欣山镇", "孔田镇")


def test_a_one_cell_per_line_tables_change_column_with_its_percent_sign_unbracketed():
    # 增减% under 单位 万人: a growth rate in percent, not ten thousand people
    page = ("2023年1-6月医疗保障主要指标\n指标\n单位\n本期数\n上年同期\n增减%\n"
            "参保人数\n万人\n52.18\n53.02\n-1.58\n统筹基金支出\n万元\n31250.6\n29874.1\n4.61\n")
    figures = {s: (f, a) for s, f, a in attributions(page, published="2023-07")}
    assert (figures["-1.58"][0].quantity.unit, float(figures["-1.58"][0].quantity.value)) == ("%", -1.58)
    assert figures["-1.58"][1].change == "growth_rate" and figures["4.61"][1].change == "growth_rate"


def test_a_pipe_table_whose_header_cells_carry_their_english_names_and_spaced_one_character_counties():
    # | 参合人数(人) Participants | …: the English words beside each name are no columns of their own;
    # | 沛 县 Peixian |: a one-character county spaced out to its column's width, after the pipe
    page = ("表12-4 各县新型农村合作医疗情况(2010年)\n\n"
            "| 县别 County | 参合人数(人) Participants | 参合率(%) Rate | 补偿金额(万元) Compensation Paid |\n"
            "|---|---|---|---|\n"
            "| 全 市 Total | 1530214 | 97.2 | 40512.6 |\n"
            "| 沛 县 Peixian | 842317 | 97.8 | 21980.4 |\n"
            "| 丰 县 Fengxian | 687897 | 96.5 | 18532.2 |\n")
    figures = {s: (f, a) for s, f, a in attributions(page, published="2011-09", home_name="徐州市", home_code="320300")}
    assert (figures["842317"][0].quantity.unit, figures["842317"][1].metric) == ("人", "insured_persons")
    assert (figures["97.8"][0].quantity.unit, figures["97.8"][1].metric) == ("%", "enrollment_rate")
    assert figures["21980.4"][0].quantity.value == 219804000
    assert (figures["842317"][1].region_code, figures["18532.2"][1].region_code) == ("320322", "320321")


def test_a_header_name_spaced_out_on_its_second_line_and_an_enrollment_column_without_canbao():
    # 医疗保险基金 over 收  入: the fund's income; 参加失业 over 保险人数: the insured, a level at the year's end
    page = ("表7-2 各区社会保险情况(2016年)\n单位:人、万元\n"
            "                参加失业          医疗保险基金      医疗保险基金\n"
            "                保险人数          收  入            支  出\n"
            "甲区            12054             30512             28410\n"
            "乙区             9871             22318             20177\n")
    figures = {s: (f, a) for s, f, a in attributions(page, published="2017-08")}
    assert (figures["30512"][1].metric, figures["28410"][1].metric) == ("fund_income", "amount")
    assert (figures["12054"][1].period_kind, figures["12054"][1].period_end) == ("as_of", "2016-12")


def test_a_second_one_cell_per_line_table_with_its_own_caption_and_unit_note():
    # 表2 and its 单位 line after the first table's rows: a table of its own, read in its own units
    # (a standard in 元 and a total in 万元 where the note lists both)
    page = ("表1 城乡低保情况(截至2023年6月)\n单位:户、人、万元\n\n项目\n户数\n人数\n支出\n"
            "城市低保\n1120\n1685\n512.6\n农村低保\n7420\n10384\n2211.9\n\n"
            "表2 特困人员供养情况\n单位:人、元、万元\n\n类别\n人数\n基本生活标准\n1-6月支出\n"
            "集中供养\n531\n1280\n402.7\n分散供养\n1344\n1280\n1016.0\n")
    figures = {s: (f, a) for s, f, a in attributions(page, published="2023-07")}
    assert figures["531"][0].quantity.unit == "人" and figures["1685"][0].quantity.unit == "人"
    assert figures["1280"][0].quantity.unit == "元" and figures["1280"][0].quantity.value == 1280
    assert (figures["402.7"][0].quantity.unit, float(figures["402.7"][0].quantity.value)) == ("元", 4027000.0)



def test_a_change_column_after_a_rate_column_is_the_rates_change_in_points():
    # 完成率 | 较上期提高 under 单位:人、%: the rate's rise since the last report, in points, not people
    page = ("各乡镇征缴进度(单位:人、%):\n\n"
            "排名 | 乡镇 | 任务数 | 已缴人数 | 完成率 | 较上期提高\n"
            "1 | 甲镇 | 41200 | 40118 | 97.37 | 1.62\n"
            "2 | 乙乡 | 23650 | 22504 | 95.15 | 2.31\n")
    figures = {s: (f, a) for s, f, a in attributions(page, published="2022-01")}
    assert (figures["1.62"][0].quantity.unit, figures["1.62"][1].change) == ("个百分点", "delta")
    assert figures["2.31"][1].metric != "insured_persons"
    assert figures["40118"][0].quantity.unit == "人" and figures["97.37"][0].quantity.unit == "%"


def test_a_monthly_tables_this_month_and_to_date_columns_under_a_title_that_names_the_month():
    # …2023年9月医保运行主要指标 posted in October: 本月 is September, 累计 January to September
    page = ("某县医疗保障局2023年9月医保运行主要指标\n发布时间:2023-10-16\n\n"
            "本月全县医保基金运行平稳,住院结算量继续回升,具体数据见下表,请各单位对照查看并及时反馈。\n\n"
            "指标\n单位\n本月\n累计\n住院结算人次\n人次\n5210\n46380\n统筹基金支出\n万元\n2864.3\n25120.8\n")
    figures = {s: a for s, _, a in attributions(page, published="2023-10")}
    assert (figures["5210"].period_start, figures["5210"].period_end) == ("2023-09", "2023-09")
    assert (figures["46380"].period_start, figures["46380"].period_end) == ("2023-01", "2023-09")


def test_a_this_month_column_under_a_caption_of_months_to_date_is_the_last_of_them():
    page = ("某县2016年1-7月城乡医疗救助统计表\n\n单位:人次、万元\n\n"
            "项目            本月人次  本月金额  累计人次  累计金额\n"
            "住院救助          142      51.30      990     360.42\n"
            "门诊救助          263       7.88     1804      54.12\n")
    figures = {s: a for s, _, a in attributions(page, published="2016-08")}
    assert [(figures[s].period_start, figures[s].period_end) for s in ("142", "51.30", "990")] == [
        ("2016-07", "2016-07"), ("2016-07", "2016-07"), ("2016-01", "2016-07")]
    # 本季 beside 全年累计 under a year's table: its last quarter
    page = ("2019年某县医疗保障基金收支情况表\n(单位:万元)\n项目名称|本季|全年累计\n"
            "城乡居民医保收入|14893.40|52318.55\n城乡居民医保支出|15472.66|48216.87\n")
    figures = {s: a for s, _, a in attributions(page, published="2020-01")}
    assert [(figures[s].period_start, figures[s].period_end) for s in ("14893.40", "52318.55")] == [
        ("2019-10", "2019-12"), ("2019-01", "2019-12")]


def test_a_line_of_group_names_over_runs_of_a_yearbook_headers_columns():
    # 城乡最低生活保障 over three columns, 医疗救助 over two: each column reads the group standing over it
    page = ("12-5  城乡社会救助情况(2019—2021年)\n\n"
            "                 城乡最低生活保障            医疗救助\n"
            " 年  份      保障户数   保障人数   保障资金     救助人次    救助资金\n"
            "              (户)       (人)     (万元)       (人次)     (万元)\n"
            " 2019         7410      11260     5120.4       21430      1630.5\n"
            " 2020         7285      11032     5608.9       23115      1822.0\n")
    figures = {s: a for s, _, a in attributions(page, published="2022-05")}
    assert figures["11260"].domain == "social_assistance" and figures["5120.4"].domain == "social_assistance"
    assert (figures["21430"].program, figures["1630.5"].program) == ("medical_assistance", "medical_assistance")


def test_a_spaced_out_label_over_the_year_columns_is_no_caption():
    # 年    份 over 2009 2010: the caption is the line above it, which names the scheme of every row
    page = ("某旗统计年鉴(2011)\n\n表8-2  新型农村牧区合作医疗基本情况\n"
            "                                      年    份\n"
            " 指          标                 2009        2010\n"
            " ----------------------------------------------\n"
            " 参合农牧民人数(万人)           28.41       29.06\n"
            " 人均筹资标准(元)                 100         150\n"
            " 基金支出(万元)                 2871.5      3904.2\n")
    figures = {s: a for s, _, a in attributions(page, published="2011-08")}
    assert (figures["2871.5"].program, figures["2871.5"].metric) == ("resident_medical_insurance", "amount")


def test_a_row_that_only_names_groups_of_people_takes_the_captions_topic_and_its_rate_note():
    # 中小学生及婴幼儿 | 760 under 某县2022年度城乡居民医保筹资标准 (单位:元/人·年): the insurance's standard for
    # that group, per person and year; a row of a group and its care (困境儿童关爱) keeps its own words
    page = ("某县2022年度城乡居民医保筹资标准\n(单位:元/人·年)\n"
            "人员类别 | 筹资总额 | 个人缴费 | 财政补助\n"
            "成年居民 | 870 | 320 | 550\n"
            "中小学生及婴幼儿 | 760 | 210 | 550\n")
    figures = {s: a for s, _, a in attributions(page, published="2021-11")}
    assert (figures["760"].domain, figures["760"].program) == ("medical_security", "resident_medical_insurance")
    assert (figures["210"].metric, figures["210"].per) == ("individual_contribution", "person_year")
    assert figures["870"].per == "person_year"


def test_a_one_cell_per_line_table_of_schemes_over_their_rows_under_a_note_in_its_lead_sentence():
    # 二、基金收支情况见下表(单位:万元)。: the note ends its sentence; 职工医保 over 基金收入 / 基金支出 is the rows'
    # scheme, and 险种 / 收支项目 name the two label columns, not a column of cells
    page = ("二、基金收支情况见下表(单位:万元)。\n\n险种\n\n收支项目\n\n本月数\n\n本年累计\n\n"
            "职工医保\n\n基金收入\n\n  10326.41\n\n  118420.37\n\n基金支出\n\n  8715.20\n\n  96104.82\n\n"
            "城乡居民医保\n\n基金收入\n\n  381.52\n\n  50215.63\n\n基金支出\n\n  4620.18\n\n  47315.90\n")
    figures = {s: (f, a) for s, f, a in attributions(page, published="2024-12")}
    assert (figures["10326.41"][0].quantity.unit, float(figures["10326.41"][0].quantity.value)) == ("元", 103264100.0)
    assert figures["10326.41"][1].program == "employee_medical_insurance"
    assert (figures["47315.90"][1].program, figures["47315.90"][1].metric) == ("resident_medical_insurance", "amount")


def test_a_pipe_tables_unit_column_after_a_bilingual_label():
    # |参合人数 Participants|万人|30.12|: the unit alone in its cell, one pipe from the label
    page = ("表20-14 某地区区县社会事业主要指标(2012年)\n\n"
            "|指标 Item|单位 Unit|甲县 Jia|乙县 Yi|\n|---|---|---|---|\n"
            "|新型农村合作医疗参合人数 Participants of NRCMS|万人|30.12|41.56|\n"
            "|新农合基金支出 NRCMS Fund Expenditure|万元|9786|13420|\n"
            "|敬老院床位 Beds in Homes for the Aged|张|1130|1572|\n")
    figures = {s: (f, a) for s, f, a in attributions(page, published="2013-10")}
    assert (figures["30.12"][0].quantity.unit, float(figures["30.12"][0].quantity.value)) == ("人", 301200.0)
    assert (figures["9786"][0].quantity.unit, float(figures["9786"][0].quantity.value)) == ("元", 97860000.0)
    assert figures["1572"][0].quantity.unit == "张"


def test_columns_of_groups_under_a_caption_of_premiums_paid_for_them():
    # 特困人员 低保对象 … under 资助困难群众参加居民医保情况(单位:人、万元): people (对象 counts people) whom the
    # subsidy helped to enroll, not social assistance's; the money column in 万元
    page = ("  2024年度各县资助困难群众参加居民医保情况如下(单位:人、万元):\n\n"
            "  县(市)      特困人员   低保对象   监测对象   资助资金\n"
            "  甲县          412       9108       1236       459.82\n"
            "  乙县          287       6094        871       317.15\n")
    figures = {s: (f, a) for s, f, a in attributions(page, published="2024-12")}
    assert (figures["9108"][0].quantity.unit, float(figures["9108"][0].quantity.value)) == ("人", 9108.0)
    assert (figures["9108"][1].domain, figures["9108"][1].program) == ("medical_security", "enrollment_subsidy")
    assert (figures["871"][1].program, figures["871"][1].metric) == ("enrollment_subsidy", "beneficiaries")


def test_a_continued_tables_header_without_its_units_line_takes_the_first_parts_units():
    # 续表 repeats 门诊救助 救助资金支出 without (人次) (万元): the units its first part gave those columns
    page = ("表17-8  历年医疗救助情况\n\n"
            "年 份    门诊救助      救助资金支出\n"
            "         (人次)        (万元)\n"
            "2017     28698         3864.9\n"
            "2018     31677         4612.0\n\n"
            "续表17-8\n"
            "年 份    门诊救助      救助资金支出\n"
            "2019     35104         5328.6\n"
            "2020     33461         5105.3\n")
    figures = {s: (f, a) for s, f, a in attributions(page, published="2023-10")}
    assert (figures["5328.6"][0].quantity.unit, float(figures["5328.6"][0].quantity.value)) == ("元", 53286000.0)
    assert figures["35104"][0].quantity.unit == "人次"


def test_a_row_label_whose_unit_says_per_visit_is_per_visit():
    # 人均救助水平(元/人次): the slash says per what, over the 人均 word
    page = ("表9-2 医疗救助情况\n"
            " 指 标                          2019      2020\n"
            " 救助人次(人次)                  21430     23115\n"
            " 人均救助水平(元/人次)             770       764\n")
    figures = {s: a for s, _, a in attributions(page, published="2021-09")}
    assert figures["770"].per == "person_time"


def test_months_of_payment_capacity_in_a_unit_column_and_under_a_note():
    # 可支付月数 | 月 | 15.3: months, in a bare 月 unit cell; 可支付月数 under 单位:人、万元、月: the note's 月
    piped = ("某县2025年1—3月医保基金运行情况表\n"
             "| 指标 | 单位 | 职工医保 | 居民医保 |\n| 累计结余 | 万元 | 51263.2 | 37563.2 |\n"
             "| 可支付月数 | 月 | 15.3 | 8.9 |\n")
    figures = {s: (f, a) for s, f, a in attributions(piped, published="2025-04")}
    assert (figures["15.3"][0].quantity.unit, float(figures["15.3"][0].quantity.value)) == ("月", 15.3)
    flat = ("某县2023年1-6月医疗保障基金运行情况表\n单位:人、万元、月\n险种\n参保人数\n累计结余\n可支付月数\n"
            "职工医保\n21853\n9420.18\n16.8\n居民医保\n330761\n34387.48\n13.1\n")
    figures = {s: (f, a) for s, f, a in attributions(flat, published="2023-07")}
    assert (figures["16.8"][0].quantity.unit, float(figures["16.8"][0].quantity.value)) == ("月", 16.8)
    assert figures["9420.18"][0].quantity.unit == "元"


WEEKLY = ("某县2024年度城乡居民医保征缴进度排名表\n\n（截至2023年12月15日　单位：人、%）\n\n"
          "序号 乡镇　　任务数　　已缴费人数　完成率　较上周增加\n"
          "1　　东关镇　　41000　　39950　　　97.44　　1620\n"
          "2　　西河镇　　38200　　36410　　　95.31　　0.8\n")


def test_a_column_of_the_rise_since_last_week_holds_changes_of_its_rows_people_or_its_rates_points():
    got = {s: a for s, _, a in attributions(WEEKLY, published="2023-12")}
    assert (got["1620"].change, got["1620"].metric) == ("delta", "insured_persons")  # 1620 more paid up
    assert got["97.44"].change == ""
    # a figure of a point or two after a rate column is the rate's rise, in points
    assert [f.quantity.unit for s, f, _ in attributions(WEEKLY, published="2023-12") if s == "0.8"] == ["个百分点"]


def test_a_tables_intro_dates_its_cells_by_its_cut_off_not_by_the_scheme_year_collected_for():
    page = ("2025年度居民医保缴费进度通报\n\n各乡镇:\n　　截至11月18日,全县2025年度居民医保共缴费52.3万人。"
            "现将各乡镇进度通报如下:\n\n排名 | 乡镇 | 任务数(人) | 已缴费(人) | 完成率\n1 | 东关镇 | 41000 | 38950 | 95.00%\n"
            "2 | 西河镇 | 38200 | 35910 | 94.01%\n")
    got = {s: a for s, _, a in attributions(page, published="2024-11")}
    assert (got["38950"].period_kind, got["38950"].period_end) == ("as_of", "2024-11")
    assert (got["95.00%"].period_kind, got["95.00%"].period_end) == ("as_of", "2024-11")


def test_a_pipe_table_whose_last_column_writes_its_changes_in_words_keeps_its_other_cells():
    page = ("某县2025年3月医保运行监测月报\n\n"
            "| 序号 | 指标名称 | 单位 | 3月 | 上年同期 | 同比增减 |\n|---|---|---|---|---|---|\n"
            "| 1 | 居民医保参保人数 | 万人 | 41.26 | 41.90 | 减0.64万人 |\n"
            "| 2 | 住院结算人次 | 人次 | 6120 | 6015 | 增1.7% |\n"
            "| 3 | 次均住院费用 | 元/人次 | 6480 | 6690 | 减210元 |\n")
    got = {s: a for s, _, a in attributions(page, published="2025-04")}
    assert {"41.26", "41.90", "6120", "6015", "6480", "6690"} <= set(got)
    assert (got["0.64万人"].change, got["0.64万人"].metric) == ("delta", "insured_persons")


def test_a_slash_alone_marks_an_empty_cell():
    page = ("某县2025年1-6月居民医保运行情况\n\n| 指标 | 单位 | 本期 | 累计 | 同比(%) |\n|---|---|---|---|---|\n"
            "| 参保人数 | 万人 | 8.64 | / | 1.6 |\n| 基金收入 | 万元 | 2316 | 9820 | 4.2 |\n")
    assert {"8.64", "1.6", "2316"} <= {s for s, _, _ in attributions(page, published="2025-07")}


def test_a_completion_rate_column_holds_levels_at_the_tables_date_also_in_rows_of_flows():
    page = ("某县2023年民生实事完成情况\n\n| 项目 | 年度目标 | 完成数 | 完成率 |\n|---|---|---|---|\n"
            "| 新增城镇就业(人) | 3000 | 3260 | 108.7% |\n| 农村危房改造(户) | 400 | 412 | 103.0% |\n")
    got = {s: a for s, _, a in attributions(page, published="2024-01")}
    assert (got["108.7%"].period_kind, got["108.7%"].period_end) == ("as_of", "2023-12")
    assert got["3260"].period_kind == "during"  # (the jobs added over the year: a flow)


def test_a_captions_bracket_gives_the_unit_of_a_tables_bare_cells():
    page = ("某县职工医保和居民医保待遇对比\n\n二、政策范围内住院报销比例(%)\n| 项目 | 职工医保 | 居民医保 |\n"
            "| 一级 | 92 | 88 |\n| 二级 | 86 | 78 |\n")
    got = {s: f for s, f, _ in attributions(page, published="2023-07")}
    assert (float(got["92"].quantity.value), got["92"].quantity.unit) == (92, "%")


def test_a_rate_cell_in_a_row_of_people_or_money_counts_neither():
    page = ("某县2020年上半年健康扶贫工作进度表\n\n| 指标 | 年度目标 | 上半年完成 | 完成率 |\n|---|---|---|---|\n"
            "| 贫困人口参保人数(人) | 52000 | 51800 | 99.6% |\n| 医疗救助资金(万元) | 800 | 420 | 52.5% |\n")
    got = {s: a for s, _, a in attributions(page, published="2020-07")}
    assert (got["51800"].metric, got["99.6%"].metric, got["52.5%"].metric) == ("insured_persons", "other", "other")


def test_a_ruled_line_over_a_table_is_no_caption_and_a_change_column_reads_the_column_it_changes():
    # a ruled line framing the table is passed over for the paragraph above it, which names the help;
    # an unlabelled 比上年增减 column is the change of the money or visits column before it
    page = ("某市2023年度医疗救助工作考核情况通报\n\n全年全市共支出医疗救助资金1.2亿元。现将各地情况通报如下。\n\n"
            "————————————————————\n县区　救助资金（万元）　比上年增减（万元）　救助人次　比上年增减（人次）\n"
            "甲县　　2871　　-146　　59230　　+3120\n乙县　　2318　　-87　　48610　　+2455\n————————————————————\n")
    figures = {s: a for s, _, a in attributions(page, published="2024-02")}
    assert (figures["2871"].domain, figures["2871"].program, figures["2871"].metric) == (
        "medical_security", "medical_assistance", "amount")
    assert (figures["-146"].program, figures["-146"].metric, figures["-146"].change) == (
        "medical_assistance", "amount", "delta")
    assert (figures["+3120"].program, figures["+3120"].metric) == ("medical_assistance", "person_times")


def test_a_header_of_years_alone_with_no_label_before_them_names_the_columns():
    # (its line is no time series row of the year 2010)
    page = ("表19-6  新型农村合作医疗情况\n              2010     2011     2012\n"
            "参合人数(万人)     31.05    31.47    31.60\n参合率(%)      96.12    96.86    97.30\n")
    cells = _cells(page, find_table_cells)
    assert cells["31.47"].period == ("during", "2011-01", "2011-12") and "2010" not in cells
    assert cells["97.30"].period == ("during", "2012-01", "2012-12")


def test_a_note_of_the_money_s_unit_alone_gives_the_money_columns_theirs():
    # (金额:万元 says what 单位 would: the columns of money count in 万元, those of people keep theirs)
    page = ("以下为部分乡镇数据(金额:万元):\n乡镇    参合人数    住院人次    住院补偿\n"
            "甲镇    52410    2106    512.3\n乙镇    61835    2419    605.8\n")
    cells = _cells(page, find_table_cells)
    assert (float(cells["512.3"].quantity.value), cells["512.3"].quantity.unit) == (5123000, "元")
    assert cells["2106"].quantity.unit == "人次"


# a plan's indicator table: a last column of words (指标属性) and targets written with a bound (≥, 左右, 以上)
PLAN = """表1 某县医疗保障发展主要指标
| 类别 | 指标 | 2020年基期值 | 2025年目标值 | 指标属性 |
| 参保覆盖 | 基本医疗保险参保率(%) | 98.6 | ≥99 | 约束性 |
| 参保覆盖 | 基本医疗保险参保人数(万人) | 36.41 | 37.2 | 预期性 |
| 保障程度 | 城乡居民医保政策范围内住院费用基金支付比例(%) | 68.9 | 70左右 | 预期性 |
| 优质服务 | 村(社区)医保服务点覆盖行政村数(个) | 88 | 150以上 | 约束性 |
"""


def test_an_indicator_table_with_a_column_of_words_and_bounded_targets():
    cells = _cells(PLAN, find_table_cells)
    assert set(cells) == {"98.6", "≥99", "36.41", "37.2", "68.9", "70左右", "88", "150以上"}
    # a bound written before the figure or after it is its qualifier (GUIDELINES §5: at least, as 以上 is)
    assert (cells["70左右"].quantity.qualifier, cells["150以上"].quantity.qualifier) == ("approx", "more_than")
    assert (cells["≥99"].quantity.value, cells["≥99"].quantity.qualifier) == (99, "more_than")
    figures = {s: a for s, _, a in attributions(PLAN, published="2022-01")}
    # each column's year, not the words column's place: the base year's cells and the target year's
    assert (figures["36.41"].period_kind, figures["36.41"].period_end) == ("as_of", "2020-12")
    assert (figures["37.2"].period_kind, figures["37.2"].period_end) == ("as_of", "2025-12")
    assert figures["≥99"].metric == "enrollment_rate" and figures["150以上"].metric == "service_points"


# a progress board: the row's words name a standard per person, its completion rate is a share of no one's
BOARD = """| 序号 | 项目名称 | 年度目标任务 | 完成情况 | 完成率 |
| 1 | 城乡低保提标 | 城市低保标准提至每人每月760元 | 已按新标准发放 | 100% |
| 2 | 临时救助 | 全年实施临时救助不少于2600人次 | 2140人次 | 82.3% |
"""


def test_a_completion_rate_is_per_no_one_whatever_standard_its_row_names():
    figures = {s: a for s, _, a in attributions(BOARD, published="2022-10")}
    assert figures["100%"].per == "" and figures["760元"].per == "person_month"


# a growth column that names no unit (增幅, 比上年同期增长): its bare cells are percentages, whatever the row counts in
GROWTH = """某县2023年上半年主要指标
|指标|1-6月|增幅|
|城乡居民医保参保人数（人）|336812|0.6|
|医保基金支出（万元）|15027|13.4|
"""


def test_a_growth_column_that_names_no_unit_holds_percentages():
    figures = {s: a for s, _, a in attributions(GROWTH, published="2023-07")}
    cells = _cells(GROWTH, find_table_cells)
    assert (cells["13.4"].quantity.unit, float(cells["13.4"].quantity.value)) == ("%", 13.4)
    assert figures["0.6"].change == "growth_rate" and figures["0.6"].metric == "insured_persons"


# a 备注 column of words that hold a figure of their own (按个人缴费标准的70%资助): the text's figure, not a cell
REMARKS = """某县2024年度城乡居民医保参保资助对象汇总公示
| 序号 | 资助类别 | 资助标准(元/人) | 人数(人) | 资助金额(元) | 备注 |
| 1 | 特困供养人员 | 380 | 1,206 | 458,280 | 全额资助 |
| 2 | 低保对象 | 266 | 8,712 | 2,317,392 | 按个人缴费标准的70%资助 |
"""


def test_a_column_of_remarks_holding_a_figure_leaves_the_row_a_row():
    cells = _cells(REMARKS, find_table_cells)
    assert set(cells) == {"380", "1,206", "458,280", "266", "8,712", "2,317,392"}
    figures = {s: a for s, _, a in attributions(REMARKS, published="2024-03")}
    assert "70%" in figures and figures["8,712"].metric == "beneficiaries"


# an arrow before a change column's figure says whether it rose or fell (GUIDELINES §3: a fall is negative)
ARROWS_FLAT = ("某县2023年1-6月医保基金运行情况\n单位:人、万元\n项目\n本期\n同比\n"
               "居民参保人数\n402316\n↓1.2%\n居民基金支出\n15230.6\n↑3.4%\n住院率(%)\n10.2\n▼0.6个百分点\n")
ARROWS_ALIGNED = ("某县2023年上半年民政主要指标\n指标                   本期       同比\n"
                  "城乡低保对象(人)       18420      ↓3.6%\n临时救助人次(人次)     2310       ▲5.7%\n")


def test_an_arrow_before_a_change_cell_is_its_sign():
    flat = {s: (f.quantity.value, a) for s, f, a in attributions(ARROWS_FLAT, published="2023-07")}
    assert (flat["↓1.2%"][0], flat["↓1.2%"][1].change) == (Decimal("-1.2"), "growth_rate")
    assert (flat["↑3.4%"][0], flat["↑3.4%"][1].metric) == (Decimal("3.4"), "amount")
    assert (flat["▼0.6个百分点"][0], flat["▼0.6个百分点"][1].change) == (Decimal("-0.6"), "delta")
    aligned = {s: (f.quantity.value, a) for s, f, a in attributions(ARROWS_ALIGNED, published="2023-07")}
    assert (aligned["↓3.6%"][0], aligned["↓3.6%"][1].change) == (Decimal("-3.6"), "growth_rate")
    assert aligned["▲5.7%"][0] == Decimal("5.7")


# a column of this year so far (本年累计) under a caption of the months so far; a column of the year before
# in a table flattened one cell per line, its caption naming no period (一季度累计 | 去年同期)
SO_FAR = ("某县2023年1-5月医保基金运行表\n单位:人、万元\n项目\n本年累计\n同比\n"
          "居民参保人数\n402316\n-1.2%\n居民基金支出\n15230.6\n3.4%\n")
LAST_YEAR_FLAT = ("医保基金运行平稳。\n基金运行主要指标\n单位:万人、万元\n指标\n一季度累计\n\n去年同期\n"
                  "参保人数\n 61.52\n 62.08\n职工统筹基金收入\n 5230\n 4980\n城乡居民基金支出\n 8120\n 7705\n")


def test_a_column_of_this_year_so_far_is_the_caption_s_period():
    figures = {s: a for s, _, a in attributions(SO_FAR, published="2023-06")}
    assert (figures["402316"].period_kind, figures["402316"].period_end) == ("as_of", "2023-05")
    assert (figures["15230.6"].period_start, figures["15230.6"].period_end) == ("2023-01", "2023-05")


def test_a_flattened_column_of_last_year_is_the_column_before_it_a_year_before():
    figures = {s: a for s, _, a in attributions(LAST_YEAR_FLAT, published="2022-04")}
    assert (figures["61.52"].period_kind, figures["61.52"].period_end) == ("as_of", "2022-03")
    assert (figures["62.08"].period_kind, figures["62.08"].period_end) == ("as_of", "2021-03")
    assert (figures["4980"].period_start, figures["4980"].period_end) == ("2021-01", "2021-03")


# a note of two units over columns of counts and sums, rows naming kinds of institution (县级公立医院 names 医院)
BY_KIND = ("二、分类处理情况(单位:家、万元)\n机构类别 | 检查数 | 违规数 | 追回金额 | 违约金\n"
           "县级公立医院 | 3 | 3 | 212.6 | 97.31\n乡镇卫生院 | 26 | 19 | 143.8 | 42.05\n")


def test_a_column_header_ending_in_a_count_or_a_sum_says_which_unit_of_the_note_its_cells_take():
    cells = {s: f.quantity for s, f, _ in attributions(BY_KIND, published="2019-12")}
    assert (cells["26"].value, cells["26"].unit) == (Decimal(26), "家")
    assert (cells["97.31"].value, cells["97.31"].unit) == (Decimal("973100"), "元")
    assert (cells["212.6"].value, cells["212.6"].unit) == (Decimal("2126000"), "元")


# a table under a paragraph of sentences that names no time of its own (上半年, 当期结余 …), on a page whose
# title names the months (…2022年1-6月…): 本月 is the last of them, 本年累计 the months so far, and the
# stocks of either column (参保人数, 累计结余) are levels at their end, whatever the paragraph's 当期结余 says
UNDER_PROSE = ("某县2022年1-6月医疗保障基金运行情况公示\n\n"
               "上半年,全县基本医疗保险参保40.2万人,基金收入1.6亿元,当期结余2100万元。\n\n"
               "| 指标 | 单位 | 本月 | 本年累计 | 去年同期 |\n| 参保人数 | 人 | — | 402316 | 410125 |\n"
               "| 基金收入 | 万元 | 2316.5 | 16023.8 | 15871.2 |\n| 累计结余 | 万元 | — | 35120.4 | 33608.9 |\n")


def test_a_tables_columns_under_a_paragraph_with_no_time_take_the_months_of_the_title():
    cells = {s: a for s, _, a in attributions(UNDER_PROSE, published="2022-07")}
    period = lambda s: (cells[s].period_kind, cells[s].period_start, cells[s].period_end)
    assert period("2316.5") == ("during", "2022-06", "2022-06")
    assert period("16023.8") == ("during", "2022-01", "2022-06")
    assert period("402316") == ("as_of", "", "2022-06")
    assert period("410125") == ("as_of", "", "2021-06")
    assert period("35120.4") == ("as_of", "", "2022-06")


# a change column whose header names its percent with a sign (同比(±%)), and one that names no unit under a
# note of several (单位:万人、万元、%): its cells are growth in percent when they are the levels' growth, to their
# last digit, and differences in the row's unit when they are the levels' difference
SIGNED = ("某县2021年1-6月医保基金运行情况\n| 指标 | 单位 | 本年累计 | 去年同期 | 同比(±%) |\n"
          "| 基金收入 | 万元 | 38120.5 | 35006.2 | 8.90 |\n| 基金支出 | 万元 | 30110.4 | 28650.7 | 5.09 |\n")
UNLABELLED = ("表1 某县2021年1-6月医疗保障主要指标(单位:万人、万元、%)\n指标名称　　本期数　　上年同期　　增减\n"
              "职工医保参保人数　5.18　4.96　4.4\n居民医保基金支出　20315　21840　-7.0\n"
              "居民医保参保人数　38.60　38.10　0.50\n")


@pytest.mark.parametrize("page,cell", [(SIGNED, "8.90"), (UNLABELLED, "4.4"), (UNLABELLED, "-7.0")])
def test_a_change_cell_in_percent_is_a_growth_rate_not_a_difference_in_the_rows_unit(page, cell):
    cells = {s: (f.quantity, a) for s, f, a in attributions(page, published="2021-07")}
    q, a = cells[cell]
    assert (q.value, q.unit, a.change) == (Decimal(cell), "%", "growth_rate")


def test_a_change_cell_that_is_the_levels_difference_stays_in_the_rows_unit():
    q, a = {s: (f.quantity, a) for s, f, a in attributions(UNLABELLED, published="2021-07")}["0.50"]
    assert (q.value, q.unit, a.change) == (Decimal(5000), "人", "delta")


# a change column beside a column of the months so far: the change of the months so far, not of the last month
BESIDE_TO_DATE = ("某县2021年3月医疗保障基金运行情况\n\n| 项目 | 单位 | 本期 | 累计 | 上年同期 | 增减 | 同比(%) |\n"
                  "| 基金支出 | 万元 | 3102.6 | 9650.2 | 14120.8 | -4470.6 | -31.66 |\n"
                  "| 救助人次 | 人次 | 1790 | 5230 | 7810 | -2580 | -33.03 |\n")


def test_a_change_column_beside_a_column_of_the_months_so_far_is_of_the_months_so_far():
    cells = {s: a for s, _, a in attributions(BESIDE_TO_DATE, published="2021-04")}
    for cell in ("-4470.6", "-31.66", "-2580"):
        assert (cells[cell].period_start, cells[cell].period_end) == ("2021-01", "2021-03"), cell
    assert (cells["3102.6"].period_start, cells["3102.6"].period_end) == ("2021-03", "2021-03")


# rows that name no scheme under a paragraph naming both (职工医保 … 城乡居民医保): the basic insurance, both
UNDER_BOTH = ("某县2021年3月医疗保障基金运行情况\n\n截至3月底,全县职工医保参保6.7万人,城乡居民医保参保118.6万人。\n\n"
              "| 项目 | 单位 | 本期 | 累计 | 上年同期 |\n| 一、参保总人数 | 人 | — | 1253120 | 1246380 |\n"
              "| 职工医保 | 人 | — | 67120 | 65830 |\n| 二、基金收入 | 万元 | 5120.3 | 21068.4 | 20110.7 |\n")


def test_rows_naming_no_scheme_under_a_paragraph_naming_both_are_the_basic_insurances():
    cells = {s: a for s, _, a in attributions(UNDER_BOTH, published="2021-04")}
    assert cells["1253120"].program == "basic_medical_insurance"
    assert cells["21068.4"].program == "basic_medical_insurance"
    assert cells["67120"].program == "employee_medical_insurance"


# rows that only name a scheme under a numbered row of a measure, at the same indent: the scheme's part of it
PARTS_UNMARKED = ("某县2021年3月医疗保障基金运行情况\n\n| 项目 | 单位 | 本期 | 累计 |\n"
                  "| 二、基金收入 | 万元 | 5120.3 | 21068.4 |\n| 职工医保(含生育) | 万元 | 2051.7 | 6230.5 |\n"
                  "| 城乡居民医保 | 万元 | 3068.6 | 14837.9 |\n| 三、基金支出 | 万元 | 3150.2 | 9702.8 |\n"
                  "| 职工医保(含生育) | 万元 | 1071.4 | 3420.6 |\n")


def test_rows_naming_only_a_scheme_under_a_numbered_row_are_its_parts():
    cells = {s: a for s, _, a in attributions(PARTS_UNMARKED, published="2021-04")}
    assert (cells["6230.5"].program, cells["6230.5"].metric) == ("employee_medical_insurance", "fund_income")
    assert (cells["14837.9"].program, cells["14837.9"].metric) == ("resident_medical_insurance", "fund_income")
    assert (cells["3420.6"].program, cells["3420.6"].metric) == ("employee_medical_insurance", "amount")


# a table flattened one cell per line whose one row leaves its first column empty as a blank line
BLANK_FIRST = ("某县2023年1-10月医疗保障基金运行情况公示表\n单位:人、万元\n险种\n参保人数\n上年结余\n本年收入\n本年支出\n"
               "职工医保\n38020\n9810.22\n11180.40\n8890.15\n城乡居民医保\n861200\n31190.05\n43870.90\n47280.33\n"
               "医疗救助\n\n410.60\n2850.12\n2780.45\n")


def test_a_flattened_row_with_a_blank_line_for_its_first_cell_keeps_its_figures_in_their_columns():
    cells = {s: (f.quantity, a) for s, f, a in attributions(BLANK_FIRST, published="2023-11")}
    q, a = cells["410.60"]
    assert (q.unit, a.metric, a.period_kind, a.period_end) == ("元", "fund_balance", "as_of", "2022-12")
    assert cells["2850.12"][1].metric == "fund_income"
    assert cells["38020"][1].metric == "insured_persons"


# a column of a population with no unit anywhere (农业人口 beside 参合人数): people
POPULATION_COLUMN = ("四、各乡镇参合及补偿情况\n乡镇        农业人口    参合人数    参合率(%)\n"
                     "甲镇        57120       56203       98.4\n乙镇        70815       68790       97.1\n")


def test_a_column_of_a_population_counts_people():
    cells = {s: f.quantity for s, f, _ in attributions(POPULATION_COLUMN, published="2009-01")}
    assert (cells["57120"].value, cells["57120"].unit) == (Decimal(57120), "人")
    assert cells["70815"].unit == "人"


def test_rows_naming_no_scheme_under_sentences_naming_the_basic_insurance_and_one_scheme_are_the_basic_ones():
    # …全县基本医保参保X万人,较上年末减少Y万人,减少的主要是城乡居民。 over the table: the basic insurance, not the
    # scheme a clause names in passing; a row naming its scheme keeps it
    page = ("某县2023年12月医疗保障主要指标\n\n2023年,全县医保基金运行平稳。全县基本医保参保24.1万人,较上年末减少0.4万人,"
            "减少的主要是城乡居民。\n\n| 指标名称 | 单位 | 全年累计 | 上年同期 |\n| 城乡居民参保人数 | 万人 | 18.3 | 18.8 |\n"
            "| 基金收入 | 万元 | 41206.5 | 40115.2 |\n| 住院人次 | 人次 | 35120 | 33010 |\n")
    cells = {s: a for s, _, a in attributions(page, published="2024-01")}
    assert cells["41206.5"].program == "basic_medical_insurance"
    assert cells["35120"].program == "basic_medical_insurance"
    assert cells["18.3"].program == "resident_medical_insurance"


def test_a_table_introduced_by_a_paragraph_naming_its_scheme_reads_it_past_its_units_line():
    # the paragraph names the scheme and a generic 医疗保障 (of a report's name): the rows are the scheme's;
    # the 单位 line under the paragraph is the table's caption, no new article's headline
    page = ("某县2019年城乡居民医保基金分季度收支情况\n\n    根据医疗保障基金财务快报,现将我县2019年城乡居民医保基金"
            "分季度收支情况公布如下。\n\n单位:万元\n\n项    目          一季度       二季度\n"
            "基金收入         18210.62      2908.47\n基金支出          6173.91      6925.48\n")
    programs = {a.program for s, _, a in attributions(page, published="2020-01")}
    assert programs == {"resident_medical_insurance"}
    from extract.segment import segment_page
    assert len(segment_page(page)) == 1


def test_a_unit_note_over_the_first_part_of_a_table_in_parts_is_every_parts():
    # 金额单位:万元 over 一、职工医保 | rows … 二、居民医保 | rows: the later part's money is in 万元 too
    page = ("某县2025年1-5月医保基金运行情况\n\n现将1-5月基金运行情况通报如下。\n\n    金额单位:万元\n\n一、职工医保\n"
            "项目            本月       本年累计\n统筹基金收入     402.15     2210.36\n统筹基金支出     367.92     1874.25\n\n"
            "二、居民医保\n项目            本月       本年累计\n统筹基金收入     291.07     11502.84\n"
            "统筹基金支出     1915.48    9362.77\n")
    cells = _cells(page, find_table_cells)
    assert cells["291.07"].quantity.unit == "元" and float(cells["11502.84"].quantity.value) == 115028400
    assert float(cells["2210.36"].quantity.value) == 22103600
    # a note is the parts' only up to the sentences before them
    page = page.replace("\n\n一、职工医保", "\n\n各项基金运行平稳。\n\n一、职工医保")
    assert "291.07" not in _cells(page, find_table_cells)


def test_a_column_naming_only_a_form_of_help_and_money_is_what_it_paid():
    # | 医疗救助(万元) | under counties: the help's money, paid out (GUIDELINES §8 amount), not some other sum
    page = ("2024年各县(区)医保主要指标\n\n| 县(区) | 住院人次 | 医疗救助(万元) |\n| 甲县 | 61204 | 986 |\n"
            "| 乙县 | 58311 | 912 |\n")
    cells = {s: a for s, _, a in attributions(page, published="2025-03")}
    assert (cells["986"].program, cells["986"].metric) == ("medical_assistance", "amount")
    assert (cells["61204"].metric, cells["912"].metric) == ("person_times", "amount")


def test_a_row_naming_several_counties_is_the_area_they_divide():
    # | 城中区、鱼峰区 | 83.18 |: the districts' figures together, the city's (their common unit), not the last one's
    page = ("2024年各县(区)医保参保情况\n\n| 县(区) | 参保人数(万人) | 参保率(%) |\n| 城中区、鱼峰区 | 83.18 | 95.7 |\n"
            "| 柳江区 | 52.4 | 96.1 |\n")
    cells = {s: a for s, _, a in attributions(page, published="2025-03", home_name="柳州市", home_code="450200")}
    assert (cells["83.18"].region, cells["95.7"].region) == ("柳州市", "柳州市")
    assert cells["52.4"].region == "柳江区"


def test_households_and_people_columns_of_an_allowance_are_how_many_draw_it():
    # 户数 | 人数 | 全年支出 under …城乡居民最低生活保障情况: the rolls are levels at the year's end, the spending a flow
    page = ("18-8 2014年各县城乡居民最低生活保障情况\n单位:户、人、万元\n地  区      户数     人数     全年支出\n"
            "甲县        3102     5116     1790.2\n乙县        1021     1733     540.6\n")
    cells = {s: a for s, _, a in attributions(page, published="2015-12")}
    assert (cells["3102"].period_kind, cells["3102"].period_end) == ("as_of", "2014-12")
    assert (cells["1733"].period_kind, cells["1733"].period_end) == ("as_of", "2014-12")
    assert (cells["1790.2"].period_kind, cells["1790.2"].period_start) == ("during", "2014-01")


def test_the_households_and_people_of_each_part_of_a_roll_are_how_many_draw_it():
    # 城市户数 | 城市人数 | 农村人数 under a month's 低保 table, and a 特困人数 column by month: levels
    page = ("某县2022年11月城乡低保金发放统计表\n单位:户、人、元\n乡镇      城市户数  城市人数  农村户数  农村人数  发放金额\n"
            "甲镇        412       706       903      1588     912040\n乙镇        97        160       644      1120     585310\n")
    cells = {s: a for s, _, a in attributions(page, published="2022-12")}
    for figure in ("412", "706", "1588"):
        assert (cells[figure].period_kind, cells[figure].period_end) == ("as_of", "2022-11"), figure
    assert cells["912040"].period_kind == "during"
    page = ("2022年1-3月某县社会救助资金分月发放情况\n单位:人、万元\n月份     特困人数  特困供养金\n"
            "1月        1830      131.6\n2月        1826      131.2\n")
    cells = {s: a for s, _, a in attributions(page, published="2022-04")}
    assert (cells["1826"].period_kind, cells["1826"].period_end) == ("as_of", "2022-02")


def test_a_project_rows_name_ending_in_a_word_of_raising_makes_its_cells_no_change():
    page = ("某县2019年民生实事项目资金使用情况表\n单位:万元\n"
            "项目名称\t年初预算\t实际投入\t完成率\n"
            "一、基层医疗服务能力提升\t2800\t2715\t97%\n"
            "二、农村饮水水站提标\t960\t1012\t105.4%\n"
            "地区生产总值增长\t%\t7.8\t7.5\n")
    changes = {s: a.change for s, _, a in attributions(page, published="2020-01")}
    assert [changes[s] for s in ("2800", "2715", "97%", "960", "105.4%")] == [""] * 5
    assert changes["7.8"] == "growth_rate"  # (a quantity's own growth row stays a change)


def test_a_negative_whole_number_under_a_count_column_is_a_fall_of_that_count():
    page = ("某县2024年度城乡居民医保参保情况分乡镇对比表\n"
            "乡镇 | 2024年度参保人数 | 2023年度参保人数 | 增减人数 | 增减幅度(%)\n"
            "城关镇 | 38214 | 39102 | -888 | -2.27\n"
            "新华乡 | 20466 | 20311 | 155 | 0.76\n")
    figures = {s: a for s, _, a in attributions(page, published="2024-03")}
    assert (figures["-888"].change, figures["155"].change) == ("delta", "delta")
    assert [f.quantity.value for s, f, _ in attributions(page, published="2024-03") if s == "-888"] == [-888]


def test_a_captions_bracketed_note_that_the_table_is_a_part_is_no_unit_of_its_cells():
    page = ("2018年某县乡镇卫生院主要医疗服务指标(部分)\n"
            "乡镇\t实有床位(张)\t门急诊人次\t病床使用率(%)\n"
            "城关镇\t54\t28426\t52.5\n"
            "新华乡\t49\t41117\t90.4\n")
    units = {s: f.quantity.unit for s, f, _ in attributions(page, published="2019-03")}
    assert (units["28426"], units["54"]) == ("人次", "张")


def test_an_empty_last_cell_of_a_pipe_row_holds_its_columns_place():
    page = ("| 序号 | 乡镇 | 任务数 | 已缴费人数 | 完成率(%) | 位次 |\n"
            "| 1 | 城关镇 | 40210 | 39617 | 98.53 | 2 |\n"
            "| 2 | 新华乡 | 38044 | 37655 | 98.98 | 1 |\n"
            "| | 合计 | 78254 | 77272 | 98.75 | |\n")
    units = {s: f.quantity.unit for s, f, _ in attributions(page, published="2021-01")}
    assert (units["77272"], units["98.75"]) == ("人", "%")
    # a header's group over its columns (| 分类人数 | | |) is no row of figures: its empty cells are left as they are
    from extract.pipe_rows import pipes_as_blanks
    header = "| 村名 | 户数 | 分类人数 | | | 金额 |\n| 城关村 | 80 | 19 | 44 | 95 | 62901 |\n| 合计 | 80 | 19 | 44 | 95 | |"
    assert "-" not in pipes_as_blanks(header).splitlines()[0] and pipes_as_blanks(header).splitlines()[2].rstrip().endswith("-")


_GROUPED_TABLES = (
    # space-aligned: the group line opens with the label column's name
    "                                                        单位:人次、元\n"
    "乡镇(街道)    合计                    住院救助                门诊救助\n"
    "                 人次           金额     人次           金额     人次          金额\n"
    "城关街道         3815     1932077.40      641     1660213.55     3174     271863.85\n"
    "新华镇           2906     1871420.12      862     1622301.74     2044     249118.38\n",
    # drawn with pipes: the groups' runs stand in cells by place, not by position on the line
    "单位:人次、万元\n"
    "| 乡镇(街道) | 合计 | | 住院救助 | | 门诊救助 | |\n"
    "| | 人次 | 金额 | 人次 | 金额 | 人次 | 金额 |\n"
    "| 城关镇 | 412 | 24.60 | 83 | 15.20 | 329 | 9.40 |\n"
    "| 新华镇 | 275 | 18.30 | 61 | 12.10 | 214 | 6.20 |\n",
)


@pytest.mark.parametrize("table", _GROUPED_TABLES, ids=("aligned", "pipes"))
def test_groups_over_a_header_after_the_label_columns_name_give_each_run_of_columns_its_group(table):
    page = "某县2021年1—6月医疗救助分乡镇统计表\n" + table
    programs = [a.program for s, _, a in attributions(page, published="2021-07")][:6]
    assert programs == ["medical_assistance"] * 2 + ["inpatient_assistance"] * 2 + ["outpatient_assistance"] * 2


_QUARTER_GROUPS = (
    # space-aligned, a rule drawn under each group
    "                          一季度              二季度\n"
    "指标名称          单位    ----------------    ----------------\n"
    "                          累计    同比(%)     累计    同比(%)\n"
    "医疗救助资金支出  万元    1203.5  -2.10       2544.8  1.35\n"
    "医疗救助人次      人次    31502   3.02        66014   -1.20\n",
    # drawn with pipes, its rule a markdown one
    "| 指标名称 | 单位 | 一季度 | | 二季度 | |\n"
    "|---|---|---|---|---|---|\n"
    "| | | 累计 | 同比(%) | 累计 | 同比(%) |\n"
    "| 医疗救助资金支出 | 万元 | 1203.5 | -2.10 | 2544.8 | 1.35 |\n"
    "| 医疗救助人次 | 人次 | 31502 | 3.02 | 66014 | -1.20 |\n",
)


@pytest.mark.parametrize("table", _QUARTER_GROUPS, ids=("aligned", "pipes"))
def test_a_quarter_over_a_run_of_columns_dates_them_and_its_running_total_runs_from_january(table):
    page = "某市2023年前三季度医疗保障主要指标\n\n" + table
    periods = {s: (a.period_kind, a.period_start, a.period_end) for s, _, a in attributions(page, published="2023-10")}
    assert periods["1203.5"] == ("during", "2023-01", "2023-03")
    assert periods["2544.8"] == ("during", "2023-01", "2023-06")  # 二季度's 累计: the year to June
    assert periods["66014"] == ("during", "2023-01", "2023-06")
    assert periods["-1.20"][2] == "2023-06"  # (its growth: the quarter's)


def test_a_change_column_is_the_change_of_the_level_column_it_follows_or_names():
    page = ("某县2025年一季度医疗保障基金运行情况\n"
            "|险种|参保人数（人）|同比增减（%）|基金收入（万元）|同比增减（%）|基金支出（万元）|同比增减（%）|\n"
            "|---|---|---|---|---|---|---|\n"
            "|职工医保|61230|1.52|8630.15|3.87|7012.40|6.25|\n"
            "|城乡居民医保|652108|-1.94|18213.60|-0.86|16120.35|2.71|\n")
    metrics = [a.metric for s, _, a in attributions(page, published="2025-04") if a.change == "growth_rate"]
    assert metrics == ["insured_persons", "fund_income", "amount"] * 2
    # 收入同比 | 支出同比 after both levels: each the change of the level its own words name
    page = ("某县2024年1-9月社会保险基金运行情况\n"
            "                    参保人数     基金收入     基金支出     收入同比     支出同比\n"
            "险  种              (万人)       (万元)       (万元)       (%)          (%)\n"
            "职工基本医疗保险      25.31      70215.8      55320.6        4.8          9.7\n"
            "城乡居民基本医疗保险  15.86      22631.2      21075.9        2.9         -1.6\n")
    metrics = [a.metric for s, _, a in attributions(page, published="2024-10") if a.change == "growth_rate"]
    assert metrics == ["fund_income", "amount"] * 2


def test_a_magnitude_alone_in_a_tables_unit_cell_is_no_figure():
    page = ("2016年某县医疗保险主要指标\n指标名称　　　　　单位　　2016年　　2015年\n"
            "职工医保参保人数　万人　　12.74　　12.18\n居民医保参保人数　万人　　8.65　　　8.93\n"
            "职工医保基金收入　亿元　　4.92　　　4.41\n")
    surfaces = [s for s, _, _ in attributions(page, published="2017-05")]
    assert "万人" not in surfaces and "亿元" not in surfaces and "12.74" in surfaces
    # after a qualifier, or before more words, the magnitude alone is a figure (逾亿元, 万名党员)
    surfaces = [s for s, _, _ in attributions("前三季度补偿逾亿元\n组织万名党员入户宣传。\n", published="2010-10")]
    assert surfaces == ["逾亿元", "万名"]


def test_a_groups_money_column_counts_money_and_a_months_row_counts_months():
    page = ("某县2023年度城乡居民医保资助参保分乡镇汇总表\n单位:人、元\n"
            "| 乡镇 | 特困人员(全额资助) | | 低保对象(定额资助) | |\n"
            "| | 人数 | 金额 | 人数 | 金额 |\n"
            "| 城关镇 | 146 | 55,480 | 2611 | 731,080 |\n"
            "| 新华镇 | 132 | 50,160 | 2174 | 608,720 |\n")
    units = {s: f.quantity.unit for s, f, _ in attributions(page, published="2023-04")}
    assert (units["146"], units["55,480"], units["731,080"]) == ("人", "元", "元")
    page = ("某市2024年1-5月医保基金运行情况\n单位:万人、万元\n项目    本期    上年同期\n"
            "统筹基金收入    52310.6    49872.3\n统筹基金可支付月数(月)    14.2    13.5\n")
    units = {s: f.quantity.unit for s, f, _ in attributions(page, published="2024-06")}
    assert (units["14.2"], units["52310.6"]) == ("月", "元")


def test_a_captions_period_and_unit_note_on_one_line_date_the_cells_and_name_no_column_group():
    page = ("某县贫困人口医保待遇享受情况统计表\n(2020年1月1日—11月30日)        单位:人次、万元\n"
            "项目        受益人次      医疗总费用      报销金额\n"
            "基本医保        31620        14528.63       9981.15\n大病保险        2815        6731.20        1036.48\n")
    cells = {s: (f.quantity.unit, a.period_kind, a.period_start, a.period_end)
             for s, f, a in attributions(page, published="2020-12")}
    assert cells["9981.15"] == ("元", "during", "2020-01", "2020-11")
    assert cells["2815"] == ("人次", "during", "2020-01", "2020-11")


def test_a_second_unit_note_on_the_line_gives_the_change_columns_their_percent():
    page = ("2024年1-6月某市基本医疗保险基金支出分统筹区情况表\n金额单位:万元  增幅单位:%\n"
            "|统筹区|职工医保统筹基金支出|同比|城乡居民医保基金支出|同比|\n"
            "|甲县|8695.46|-1.06|6763.71|0.68|\n|乙县|3365.41|2.74|18902.19|-3.91|\n")
    cells = {s: (f.quantity.unit, a.change, a.program) for s, f, a in attributions(page, published="2024-08")}
    assert cells["-1.06"] == ("%", "growth_rate", "employee_medical_insurance")
    assert cells["6763.71"] == ("元", "", "resident_medical_insurance")


def test_a_targets_range_holds_its_columns_place_and_the_rows_around_it_are_read():
    page = ("表1  主要发展指标\n类别  指标  2020年  2025年  属性\n"
            "参保覆盖  基本医疗保险参保率（%）  98.2  ＞98  约束性\n"
            "基金安全  医保基金累计结存可支付月数（月）  14.6  6—9  预期性\n"
            "保障程度  城乡居民医保住院费用基金支付比例（%）  70.1  70左右  约束性\n")
    figures = {s: a for s, _, a in attributions(page, published="2021-12")}
    assert set(figures) == {"98.2", ">98", "14.6", "70.1", "70左右"}
    assert (figures["14.6"].period_kind, figures["14.6"].period_end) == ("as_of", "2020-12")
    assert (figures[">98"].period_end, figures[">98"].metric) == ("2025-12", "enrollment_rate")


@pytest.mark.parametrize("header,cell,value", [
    ("较上期（百分点）", "+2.96", 2.96),  # (百分点 whole: no 百 of a magnitude)
    ("较上期(±百分点)", "-0.41", -0.41),
    ("较上期（个百分点）", "上升1.42", 1.42),  # a change written out with no unit of its own, signed by its verb
    ("较上期（个百分点）", "下降0.41", -0.41),
])
def test_a_progress_tables_change_column_is_read_in_points(header, cell, value):
    page = ("某县居民医保征缴进度\n乡镇  应参保人数  已参保人数  参保率  " + header + "\n"
            "甲镇  85760  69902  81.51%  " + cell + "\n乙镇  54973  44662  81.24%  +0.50\n")
    cells = {s: (f, a) for s, f, a in attributions(page, published="2025-01")}
    f, a = cells[cell]
    assert (float(f.quantity.value), f.quantity.unit, a.change, a.metric) == (value, "个百分点", "delta", "enrollment_rate")


def test_a_quarters_end_row_counts_a_stock_and_a_denominator_printed_with_a_point_keeps_its_row():
    page = ("表一 某县2012年第四季度城乡低保情况\n项  目                   城市低保        农村低保\n"
            "季末人数(人)             6417            36218\n保障标准(元/人.月)       330             135\n"
            "本季支出(万元)           573.8           1,362.4\n")
    cells = {s: a for s, _, a in attributions(page, published="2013-01")}
    assert (cells["6417"].period_kind, cells["6417"].period_end) == ("as_of", "2012-12")
    assert cells["330"].per == "person_month" and cells["573.8"].per == ""


def test_a_total_row_indented_past_the_rank_column_is_the_areas_not_the_row_above():
    page = ("附表  居民医保征缴进度统计表\n单位:万人\n\n排名  区县(市)   年度任务数   已缴费人数   完成率\n"
            "1     津市市      18.42       15.13       82.16%\n2     临澧县      32.56       25.90       79.54%\n"
            "3     武陵区      33.57       20.57       61.27%\n      全市        84.55       61.60       72.86%\n")
    regions = {s: a.region for s, _, a in attributions(page, published="2020-12", home_name="常德市", home_code="430700")}
    assert regions["61.60"] == "常德市" and regions["20.57"] == "武陵区"


def test_a_row_that_adds_up_the_months_so_far_runs_from_january_in_every_column():
    page = ("某县民政事业统计季报(2017年第四季度)\n指标名称                        计量单位        本期        上年同期      增减(%)\n"
            "  城市低保人数                    人            3,214       3,560        -9.7\n"
            "  城市低保累计支出                万元          1,134.2     1,096.8      3.4\n")
    cells = {s: a for s, _, a in attributions(page, published="2018-01")}
    assert (cells["1,134.2"].period_start, cells["1,134.2"].period_end) == ("2017-01", "2017-12")
    assert (cells["1,096.8"].period_start, cells["1,096.8"].period_end) == ("2016-01", "2016-12")


def test_a_this_months_column_under_a_title_of_months_so_far_is_the_last_month():
    page = ("2021年1—11月全县医疗保障基金运行情况\n\n一、基金收支情况(单位:万元)\n\n"
            "项目          当月收入   累计收入   当月支出   累计支出\n"
            "职工医保        296.4    3268.9     241.7     2813.5\n"
            "城乡居民医保    103.5   13476.1    1182.4    11209.3\n")
    cells = {s: a for s, _, a in attributions(page, published="2021-12")}
    assert (cells["296.4"].period_start, cells["296.4"].period_end) == ("2021-11", "2021-11")
    assert (cells["3268.9"].period_start, cells["3268.9"].period_end) == ("2021-01", "2021-11")


def test_a_column_counting_institutions_takes_no_unit_of_a_money_note():
    page = ("表1　2020年两定机构检查处理情况（金额单位：万元）\n"
            "机构类型　　　检查家数　违规家数　追回金额\n"
            "县级医院　　　　6　　　　5　　　312.47\n"
            "乡镇卫生院　　　17　　　 14　　　187.26\n")
    cells = {s: f.quantity for s, f, _ in attributions(page, published="2021-01")}
    assert (cells["17"].value, cells["17"].unit) == (Decimal(17), "家")
    assert (cells["187.26"].value, cells["187.26"].unit) == (Decimal("1872600"), "元")


def test_a_row_labelled_by_its_year_under_a_caption_of_years_is_that_years():
    page = ("表1　2014—2016年全县医疗救助情况\n年份　救助人次(人次)　救助资金(万元)\n"
            "2014年　5246　826.3\n2015年　6138　1034.7\n2016年　7015　1289.4\n")
    cells = {s: a for s, _, a in attributions(page, published="2017-06")}
    assert (cells["6138"].period_start, cells["6138"].period_end) == ("2015-01", "2015-12")


def test_a_growth_column_beside_a_per_person_level_is_per_nothing():
    page = ("附表:2021年上半年某县民生主要指标\n\n指标名称\t单位\t绝对值\t增长%\n"
            "全体居民人均可支配收入\t元\t17256\t10.8\n城镇新增就业人数\t人\t3126\t5.2\n")
    cells = {s: a for s, _, a in attributions(page, published="2021-07")}
    assert (cells["17256"].per, cells["10.8"].per, cells["10.8"].change) == ("person_year", "", "growth_rate")


def test_a_note_listing_its_units_with_a_semicolon_gives_each_column_its_own():
    page = ("表1　2018年学生资助情况\n（单位：人次；万元）\n学段　　　　　资助人次　　资助金额\n"
            "学前教育　　　5214　　　　260.7\n义务教育　　　41200　　　2311.5\n")
    cells = {s: f.quantity for s, f, _ in attributions(page, published="2019-01")}
    assert (cells["260.7"].value, cells["260.7"].unit) == (Decimal("2607000"), "元")
    assert cells["41200"].unit == "人次"


def test_a_captions_bracketed_unit_with_its_denominator_is_the_tables_unit():
    page = ("各县区城乡低保标准如下（元/人·月）：\n县区　　　城市低保标准　　农村低保标准\n"
            "安定区　　　450　　　　　　300\n通渭县　　　420　　　　　　280\n")
    cells = {s: (f.quantity, a) for s, f, a in attributions(page, published="2016-07")}
    assert (cells["450"][0].unit, cells["450"][1].per) == ("元", "person_month")


def test_a_completion_column_is_a_percent_whatever_its_rows_count():
    page = ("2013年1-11月全县人力资源和社会保障主要指标完成情况\n单位:人、万元、%\n\n"
            "指标名称    年度目标    1-11月完成    完成进度\n城镇新增就业(人)    2800    2956    105.6\n"
            "下岗失业人员再就业(人)    900    874    97.1\n")
    cells = {s: f.quantity for s, f, _ in attributions(page, published="2013-12")}
    assert (cells["105.6"].value, cells["105.6"].unit) == (Decimal("105.6"), "%")
    assert cells["2956"].unit == "人"


def test_a_change_cell_naming_its_unit_in_brackets_keeps_the_table_going():
    page = ("指标名称 | 单位 | 2021年 | 2020年 | 增减%\n出院人数 | 人 | 98326 | 91207 | 7.8\n"
            "病床使用率 | % | 82.7 | 79.5 | 3.2(百分点)\n医疗机构总收入 | 万元 | 286514 | 251322 | 14.0\n")
    cells = {s: (f.quantity, a) for s, f, a in attributions(page, published="2022-01")}
    assert (cells["3.2(百分点)"][0].unit, cells["3.2(百分点)"][1].change) == ("个百分点", "delta")
    assert cells["286514"][0].value == Decimal("2865140000")


def test_a_column_of_households_counted_each_time_keeps_its_count_under_a_money_note():
    page = ("二、救助资金发放情况（单位：万元）\n项目　　　　　　户次　　　人次　　　金额\n"
            "最低生活保障　　3802　　　4861　　　798.52\n临时救助　　　　 74　　　　 86　　　 34.70\n")
    cells = {s: f.quantity for s, f, _ in attributions(page, published="2021-01")}
    assert (cells["3802"].value, cells["3802"].unit) == (Decimal(3802), "户次")
    assert cells["798.52"].value == Decimal("7985200")


def test_a_yearly_average_growth_column_is_per_year():
    page = ("主要指标完成情况\n指标　　　2010年　　2015年　　年均增长(%)\n"
            "地区生产总值(亿元)　　120.5　　205.3　　11.2\n城乡居民收入(元)　　5200　　9800　　13.5\n")
    cells = {s: a for s, _, a in attributions(page, published="2016-10")}
    assert (cells["11.2"].per, cells["11.2"].change) == ("year", "growth_rate")


def test_a_caption_of_help_on_a_page_of_medical_assistance_is_that_help():
    page = ("沂南县民政局2016年城乡医疗救助工作情况\n\n　　2016年,全年共救助城乡困难群众3494人次,"
            "发放医疗救助资金920.5万元。\n　　三、各乡镇救助情况(单位:人次、万元)\n乡镇　　　人次　　金额\n"
            "界湖街道　421　　118.63\n岸堤镇　　287　　73.40\n")
    a = {s: a for s, _, a in attributions(page, published="2017-01")}["421"]
    assert (a.domain, a.program) == ("medical_security", "medical_assistance")


def test_a_blocks_heading_over_its_unit_line_names_the_next_flattened_table():
    page = ("（一）职工基本医疗保险\n\n单位：万元\n\n项目\n2020年\n2019年\n\n参保人数（人）\n68315\n66942\n\n"
            "基金收入\n38264\n40027\n\n（二）城乡居民基本医疗保险\n\n单位：万元\n\n项目\n2020年\n2019年\n\n"
            "参保人数（人）\n948760\n962315\n\n基金收入\n74512\n71577\n")
    cells = {s: a for s, _, a in attributions(page, published="2021-02")}
    assert cells["38264"].program == "employee_medical_insurance"
    assert (cells["74512"].program, cells["948760"].program) == ("resident_medical_insurance", "resident_medical_insurance")


def test_a_periods_own_surplus_in_a_quarters_notice_is_a_flow():
    page = ("某市2019年一季度医疗保障基金运行情况\n\n表二：城乡居民基本医保基金收支情况\n\n单位：万元\n\n指标\n本期\n上年同期\n\n基金收入\n41920.55\n38677.10\n\n"
            "本期结余\n23684.15\n19953.89\n\n累计结余\n52609.77\n44158.06\n")
    cells = {s: a for s, _, a in attributions(page, published="2019-04")}
    assert (cells["23684.15"].period_kind, cells["23684.15"].period_start, cells["23684.15"].period_end) == (
        "during", "2019-01", "2019-03")
    assert cells["52609.77"].period_kind == "as_of"


# a fund notice: the summary's sections, then the flattened table with its own caption and unit note
SUMMARY_THEN_TABLE = ("某县2019年1-9月医疗保障基金运行情况\n\n三、基金结余情况\n截至9月底，全县医保基金累计结余6.84亿元，运行平稳。\n\n"
                      "某县医疗保障基金运行情况表（2019年1-9月）\n单位：人、万元\n\n险种\n\n参保人数\n\n本期收入\n\n本期支出\n\n"
                      "累计结余\n\n职工医保\n\n62318\n\n21530.6\n\n17064.3\n\n38847.21\n")


def test_a_section_heading_above_the_summary_text_is_no_group_of_the_table_below():
    figures = {s: a for s, _, a in attributions(SUMMARY_THEN_TABLE, published="2019-10")}
    assert [(figures[s].metric, figures[s].period_kind) for s in ("21530.6", "17064.3", "38847.21")] == [
        ("fund_income", "during"), ("amount", "during"), ("fund_balance", "as_of")]


# a piped table right after the summary's last paragraph, with no caption of its own
PARAGRAPH_THEN_TABLE = ("某县2023年1-11月医保基金运行情况\n\n1-11月，全县医疗救助支出2368.5万元；大病保险赔付5412.8万元，"
                        "合规费用报销比例提高到61.5%。\n\n|险种|参保人数(人)|基金收入(万元)|\n|---|---|---|\n"
                        "|职工基本医疗保险|298,417|89,736.52|\n|合计|562,009|128,102.66|\n")


def test_a_paragraph_of_figures_above_a_table_is_not_its_caption():
    figures = {s: a for s, _, a in attributions(PARAGRAPH_THEN_TABLE, published="2023-12")}
    assert (figures["562,009"].program, figures["562,009"].metric) == ("basic_medical_insurance", "insured_persons")
    assert figures["128,102.66"].program == "basic_medical_insurance"


# a yearbook table: tab-separated names, their units on the line under them, the English translation below
TABBED_NAMES_OVER_UNITS = ("某市统计年鉴2019\n\n22-6  各县(市、区)城乡医疗救助情况(2018年)\n\n"
                           "县(市、区)\t医疗救助人次\t#住院救助\t医疗救助支出\t资助参保人数\n"
                           "\t(人次)\t(人次)\t(万元)\t(人)\nCounty\tPerson-times\tInpatient\tExpenditure\tPersons Aided\n"
                           "全  市\t213684\t72905\t31276.8\t1046217\n甲县\t31542\t11873\t4418.5\t118362\n")


def test_a_line_of_units_under_the_names_is_no_header_of_its_own():
    figures = {s: a for s, _, a in attributions(TABBED_NAMES_OVER_UNITS, published="2019-11")}
    assert [figures[s].program for s in ("213684", "72905", "31276.8", "1046217")] == [
        "medical_assistance", "inpatient_assistance", "medical_assistance", "enrollment_subsidy"]


# units on the line under the names, after the English stub of the first columns
ENGLISH_STUB_UNITS = ("16-8  历年新型农村合作医疗基本情况\n\n"
                      " 年 份   开展县(市、区)数   参合人数    参合率    基金支出\n"
                      " Year    Counties           (万人)      (%)       (万元)\n"
                      " 2007          7            541.83      89.77     21036\n"
                      " 2008          9            578.20      92.15     49318\n")


def test_a_units_line_may_open_with_the_english_stub():
    figures = {s: a for s, _, a in attributions(ENGLISH_STUB_UNITS, published="2013-10")}
    assert (figures["541.83"].metric, figures["21036"].metric) == ("insured_persons", "amount")


# a bilingual yearbook row whose English label wraps onto the line of its cells
WRAPPED_ENGLISH_LABEL = ("18-4  各县主要指标(2013年)\n"
                         "       指 标   Item                                        甲县     乙县\n\n"
                         "  卫生机构数(个)     Number of Health Facilities(units)       163      142\n"
                         "  新农合参合人数(人)   Rural Scheme Enrollees in\n"
                         "        the New Co-op Medical Care(persons)   135720   141836\n"
                         "  新型农村合作医疗参合率(%)    Participation Rate of NRCMS(%)   98.72    99.05\n")


def test_a_rows_cells_on_the_line_of_its_wrapped_english_label_are_its_own():
    cells = _cells(WRAPPED_ENGLISH_LABEL, find_table_cells)
    assert cells["135720"].quantity.unit == "人" and "98.72" in cells


# 单位:人、人次、万元 over 城市 | 农村 | 合计: the rows' 人数, 人次, 金额 say which unit, not the columns' order
ROW_UNITS = ("表1  2012年某县城乡医疗救助情况统计表\n                          单位:人、人次、万元\n"
             "项目                      城市        农村        合计\n"
             "一、资助参合参保人数        2146       28735       30881\n"
             "    资助金额               10.73       143.68      154.41\n"
             "二、住院救助人次            389        2617        3006\n"
             "    住院救助金额           58.4        371.9       430.3\n")


def test_a_notes_units_go_to_the_rows_that_name_them_not_to_the_columns_in_order():
    cells = _cells(ROW_UNITS, find_table_cells)
    assert (float(cells["10.73"].quantity.value), cells["10.73"].quantity.unit) == (107300, "元")
    assert (cells["2617"].quantity.unit, cells["430.3"].quantity.unit) == ("人次", "元")


# a five-insurance fund table flattened one cell per line: the medical row is not the first
FIVE_INSURANCES = ("某市2014年社会保险基金收支情况表\n单位:万元\n\n险种\n参保人数(人)\n基金收入\n当年结余\n累计结余\n\n"
                   "企业职工基本养老保险\n38652\n21436.5\n-1582.2\n9745.3\n\n"
                   "城镇职工基本医疗保险\n45127\n9863.4\n916.3\n12380.5\n")


def test_a_scheme_row_under_another_insurances_row_is_no_part_of_it():
    figures = {s: a for s, _, a in attributions(FIVE_INSURANCES, published="2015-03")}
    assert (figures["916.3"].program, figures["916.3"].metric) == ("employee_medical_insurance", "fund_balance")
    assert (figures["12380.5"].period_kind, figures["12380.5"].metric) == ("as_of", "fund_balance")


# a half-year progress table of projects flattened one cell per line, its text cells holding the figures
FLAT_PROGRESS = ("某县2022年十大民生实事项目上半年进展情况\n\n序号\n\n项目名称\n\n年度目标任务\n\n上半年完成情况\n\n"
                 "责任单位\n\n1\n\n城镇新增就业\n\n城镇新增就业5500人\n\n新增就业3216人\n\n县人社局\n\n"
                 "2\n\n农村公路提质改造\n\n改造农村公路120公里\n\n完成68.4公里\n\n县交通局\n")


def test_a_flattened_progress_tables_cells_take_their_columns_and_rows():
    figures = {s: a for s, _, a in attributions(FLAT_PROGRESS, published="2022-07")}
    assert (figures["3216人"].period_kind, figures["3216人"].period_end) == ("as_of", "2022-06")
    assert figures["5500人"].period_kind == ""  # the target column has no time of its own (GUIDELINES §9)
    assert figures["68.4公里"].domain == "transport"  # its row's label says what it is about


# a clearing notice's table by hospital: the rows say where the fund's money went, not what it is
HOSPITAL_ROWS = ("关于2021年度某市住院费用DRGs点数付费年终清算结果的公示\n\n二、各医疗机构清算情况\n"
                 "| 医疗机构 | 清算应付统筹基金(万元) | 已预付(万元) |\n| 某市中心医院 | 47012.36 | 45870.18 |\n"
                 "| 某市中医医院 | 8396.52 | 8120.35 |\n")


def test_a_row_naming_one_hospital_says_where_not_what():
    figures = {s: a for s, _, a in attributions(HOSPITAL_ROWS, published="2022-05")}
    assert (figures["45870.18"].domain, figures["45870.18"].metric) == ("medical_security", "amount")
    assert figures["8120.35"].domain == "medical_security"


def test_a_column_of_the_one_befores_part_counts_in_its_unit_not_the_next_unit_of_the_note():
    # (单位:万人、亿元 over 参保人数 | #城乡居民医保 | 医保基金支出: the # column is part of the people column)
    text = ("附表3\n2020年各县(市、区)基本医疗保险情况\n单位:万人、亿元\n\n县(市、区)\n\n基本医疗保险参保人数\n\n"
            "#城乡居民医保\n\n医保基金支出\n\n全市\n\n480.25\n\n412.60\n\n45.08\n\n甲县\n\n86.41\n\n75.12\n\n8.37\n")
    cells = _cells(text, find_flat_cells)
    assert cells["412.60"].quantity.unit == "人" and float(cells["412.60"].quantity.value) == 4126000
    assert cells["45.08"].quantity.unit == "元" and float(cells["45.08"].quantity.value) == 4508000000


# a yearbook time series whose first three columns share a group's name, ruled under it; the other columns' units
# on the rule's line, the sub-columns' names under it, the English translation between header and rows
GROUPED_YEARS = ("12-7  某旗城镇职工基本医疗保险情况\n"
                 "Urban Employees' Medical Insurance\n\n"
                 "          参保人数(人)                       基金收入    基金支出\n"
                 "年  份    ----------------------------       (万元)      (万元)\n"
                 "          合  计     在职职工     退休人员\n"
                 "Year      Total      Working      Retired    Revenue     Spending\n"
                 "2017      52418      40236        12182      15236.4     13018.7\n"
                 "2018      54107      41590        12517      16904.2     14511.9\n")


def test_a_groups_name_over_a_rule_names_every_column_under_the_rule():
    cells = _cells(GROUPED_YEARS, find_table_cells)
    assert [cells[s].quantity.unit for s in ("52418", "40236", "12182")] == ["人", "人", "人"]
    assert float(cells["15236.4"].quantity.value) == 152364000 and cells["15236.4"].quantity.unit == "元"
    assert cells["12517"].period == ("during", "2018-01", "2018-12")
    figures = {s: a for s, _, a in attributions(GROUPED_YEARS, published="2019-10")}
    assert (figures["40236"].program, figures["40236"].metric, figures["40236"].period_end) == (
        "employee_medical_insurance", "insured_persons", "2017-12")
    assert (figures["14511.9"].metric, figures["14511.9"].period_kind) == ("amount", "during")


def test_a_time_series_columns_of_one_metric_are_told_apart_by_their_names():
    # (合计 | 在职职工 | 退休人员 of one year: three statistics, each its column's, not the year's one)
    figures = {s: a for s, _, a in attributions(GROUPED_YEARS, published="2019-10")}
    assert len({figures[s].item for s in ("54107", "41590", "12517")}) == 3


# a form framed by rules: groups over runs of columns, their sub-columns' names spaced out, the unit note after who
# filled the form in
GROUPED_FORM = ("某县医疗保障局\n"
                "2022年全县医疗救助工作统计表\n"
                "填报单位:某县医疗保障局(盖章)                  单位:人、人次、万元\n"
                "------------------------------------------------------------\n"
                "          资助参加居民医保          住院救助        门诊救助\n"
                "乡  镇    ----------------          ----------      ----------\n"
                "          人 数       金 额         人 次           人 次\n"
                "------------------------------------------------------------\n"
                "东山镇    3105        96.26         812             1430\n"
                "西河乡    2276        70.56         604             988\n"
                "注:资助参保按每人每年310元定额资助。\n")


def test_a_forms_groups_and_the_unit_note_after_its_fields_are_read():
    cells = _cells(GROUPED_FORM, find_table_cells)
    assert float(cells["96.26"].quantity.value) == 962600 and cells["96.26"].quantity.unit == "元"
    assert cells["812"].quantity.unit == "人次" and cells["3105"].quantity.unit == "人"
    figures = {s: a for s, _, a in attributions(GROUPED_FORM, published="2023-01")}
    assert [(figures[s].program, figures[s].metric) for s in ("2276", "70.56", "604", "988")] == [
        ("enrollment_subsidy", "beneficiaries"), ("enrollment_subsidy", "amount"),
        ("inpatient_assistance", "person_times"), ("outpatient_assistance", "person_times")]
    # (the form is the page, under its body's name: its figures with no time of their own are the year's)
    assert (figures["310元"].period_kind, figures["310元"].period_start) == ("during", "2022-01")


def test_a_caption_and_its_unit_note_on_one_line_is_still_the_caption():
    # (表4:…情况    单位:万元: a numbered caption, not a form's fields)
    page = ("表4:2016年某县新农合基金运行情况        单位:万元\n项    目        本年数       上年数\n"
            "基金收入        21,508       19,874\n累计结余        6,312        5,907\n")
    figures = {s: a for s, _, a in attributions(page, published="2017-03")}
    assert (figures["21,508"].program, figures["21,508"].metric) == ("resident_medical_insurance", "fund_income")


# a bulletin's table whose headers wrap: what each column is of on the first line, what it counts on the second
WRAPPED_TOPICS = ("附表3   2018年各县城乡低保及医疗救助情况\n"
                  "                                        单位:人、人次、万元\n"
                  "县  区      城市低保      农村低保      医疗救助      医疗救助\n"
                  "            人数          人数          人次          资金\n"
                  "甲  县      4312          11807         15230         906.4\n"
                  "乙  县      2871          9356          10417         688.1\n")


def test_a_wrapped_headers_topic_on_its_first_line_is_its_columns():
    figures = {s: a for s, _, a in attributions(WRAPPED_TOPICS, published="2019-04")}
    assert (figures["4312"].domain, figures["4312"].period_kind, figures["4312"].period_end) == (
        "social_assistance", "as_of", "2018-12")
    assert figures["9356"].domain == "social_assistance"
    assert (figures["15230"].program, figures["15230"].metric) == ("medical_assistance", "person_times")


def test_groups_over_a_medical_assistance_tables_columns_are_whom_it_helped():
    # (under a caption naming the assistance alone, 城市低保 | 农村低保 say whom it went to)
    page = ("表2  2018年某县医疗救助情况\n单位:人次、万元\n"
            "乡  镇      城市低保      农村低保\n            人次          人次\n"
            "甲  镇      412           1306\n乙  镇      265           988\n")
    figures = {s: a for s, _, a in attributions(page, published="2019-04")}
    assert (figures["412"].program, figures["1306"].program) == ("medical_assistance", "medical_assistance")


def test_a_row_of_a_group_under_places_counts_the_group_where_the_caption_names_its_help_beside_another():
    # 城市低保对象 | 2863 | 1975 under places: how many draw the allowance at the year's end, every column alike;
    # 医疗救助人次 is the caption's other topic
    page = ("表5  各县城乡居民最低生活保障及医疗救助情况(2016年)\n                    单位:人、人次、万元\n"
            "项    目            甲县        乙县        丙县\n城市低保对象        2863        1975        4210\n"
            "特困供养人员        2874        2011        3562\n医疗救助人次        7342        5108        9876\n")
    figures = {s: a for s, _, a in attributions(page, published="2017-06")}
    for s in ("2863", "1975", "4210", "2011"):
        assert (figures[s].domain, figures[s].period_kind, figures[s].period_end) == ("social_assistance", "as_of", "2016-12")
    assert (figures["5108"].program, figures["5108"].metric) == ("medical_assistance", "person_times")


# a web table flattened one cell a line, its column names broken over two lines (name, then unit in brackets)
FLAT_BROKEN_NAMES = ("2019年度各乡镇新农合运行情况统计表\n乡镇\n参合人数\n(万人)\n参合率\n(%)\n基金支出\n(万元)\n"
                     "住院实际\n补偿比(%)\n东山镇\n3.42\n98.15\n1856.20\n61.4\n西河乡\n2.87\n97.66\n1502.35\n63.0\n")


def test_a_flattened_headers_broken_names_are_joined_to_the_rows_width():
    cells = _cells(FLAT_BROKEN_NAMES, find_flat_cells)
    assert float(cells["3.42"].quantity.value) == 34200 and cells["3.42"].quantity.unit == "人"
    assert cells["98.15"].quantity.unit == "%" and float(cells["1856.20"].quantity.value) == 18562000
    assert cells["63.0"].quantity.unit == "%"


# a time series whose last year is marked for a note under the table
MARKED_YEAR = ("表5-2  城乡低保情况(2016—2019年)\n"
               " 年  份     城市低保人数     农村低保人数\n"
               "            (人)             (人)\n"
               " 2017       18420            40316\n"
               " 2018       17935            39102\n"
               " 2019*      17288            38275\n"
               " 注:*2019年为快报数。\n")


def test_a_year_marked_for_a_note_still_labels_its_row():
    cells = _cells(MARKED_YEAR, find_table_cells)
    assert cells["17288"].period == ("during", "2019-01", "2019-12") and cells["38275"].quantity.unit == "人"


# a yearbook row whose Chinese label and long English translation fill one line, its cells on the next
LONG_BILINGUAL_LABEL = ("21-3 农村社会保障情况(2015—2019年)\n"
                        "指     标 Item 2015 2016 2017 2018 2019\n"
                        "农村医疗救助人次(人次) Person-times of Rural Medical Aid 6120 7034 7815 8342 9106\n"
                        "城乡居民社会养老保险参保人数(万人) Persons Covered by the Pension Insurance for Residents\n"
                        "    of Towns and Villages (10 000 persons)   30.12 31.46 32.08\n"
                        "    #领取待遇人数 Persons Drawing Pensions   8.35 8.91 9.40\n")


def test_a_label_too_long_with_its_translation_still_heads_the_cells_under_it():
    cells = _cells(LONG_BILINGUAL_LABEL, find_table_cells)
    assert float(cells["30.12"].quantity.value) == 301200 and cells["30.12"].period == ("during", "2017-01", "2017-12")
    assert float(cells["9.40"].quantity.value) == 94000 and cells["9.40"].period == ("during", "2019-01", "2019-12")


# a row's English label on its own line under it, its unit in brackets with a number in it (10 000 persons)
ENGLISH_UNIT_LINE = ("18-4  某市新型农村合作医疗基本情况\n\n项    目                2012     2013     2014\nItem\n"
                     "参合人数(万人)          312.40   309.85   306.21\n  Participants(10 000 persons)\n"
                     "参合率(%)               97.82    98.10    98.47\n  Participation Rate\n")


def test_an_english_label_line_with_a_number_in_its_unit_goes_on_with_the_table():
    cells = _cells(ENGLISH_UNIT_LINE, find_table_cells)
    assert float(cells["312.40"].quantity.value) == 3124000 and cells["98.47"].quantity.unit == "%"


# a column of years, one marked for a note (2014*), over rows of labels
MARKED_YEAR_COLUMN = ("18-5  某市城乡医疗救助情况\n\n项    目                2012     2013     2014*\n"
                      "救助人次(人次)          21843    23517    26092\n救助资金(万元)          1865.2   2043.7   2391.5\n")


def test_a_year_column_marked_for_a_note_dates_its_cells():
    cells = _cells(MARKED_YEAR_COLUMN, find_table_cells)
    assert cells["26092"].period == ("during", "2014-01", "2014-12")


# a note listing several measure words (单位:个、张、人): each row counts in the one its noun takes
MEASURE_WORDS_NOTE = ("表3  各县卫生资源情况(2015年)\n单位:个、张、人\n"
                      "县(区)      实有床位数    卫生技术人员\n"
                      "甲县           1842          2315\n乙县           1106          1528\n")


def test_a_note_of_several_measure_words_gives_each_column_the_one_its_noun_takes():
    cells = _cells(MEASURE_WORDS_NOTE, find_table_cells)
    assert [cells[s].quantity.unit for s in ("1842", "2315")] == ["张", "人"]


# a caption naming a scheme and a form of help: the enrolled of a column are the scheme's, the visits the help's
SCHEME_AND_HELP_CAPTION = ("表7  各区基本医疗保险参保及医疗救助情况(2021年)\n单位:万人、人次\n"
                           "区        参保人数    医疗救助人次\n甲区        61.28        15342\n乙区        47.93        11806\n")


def test_the_enrolled_under_a_caption_of_a_scheme_and_a_help_are_the_schemes():
    figures = {s: a for s, _, a in attributions(SCHEME_AND_HELP_CAPTION, published="2022-06")}
    assert (figures["61.28"].program, figures["61.28"].metric) == ("basic_medical_insurance", "insured_persons")
    assert (figures["15342"].program, figures["15342"].metric) == ("medical_assistance", "person_times")


def test_a_numbered_heading_with_column_names_of_its_own_starts_the_next_flattened_table():
    # 二、待遇享受情况 / 类别 / 人次 / 统筹基金支付(万元) after 一、参保情况's 指标 / 单位 / 数值: its own header,
    # not the table above's; 项目 / 职工医保 / 城乡居民医保 over rows of measures: a scheme for each column
    page = ("某县2024年一季度医疗保障主要数据\n\n一、参保情况\n\n指标\n\n单位\n\n数值\n\n参保人数\n\n人\n\n412035\n\n"
            "其中:职工医保\n\n人\n\n28114\n\n城乡居民参保率\n\n%\n\n96.10\n\n二、待遇享受情况\n\n类别\n\n人次\n\n"
            "统筹基金支付(万元)\n\n住院\n\n   15820\n\n   6102.45\n\n普通门诊\n\n  120433\n\n    455.20\n\n"
            "三、基金收支情况\n\n项目\n\n职工医保\n\n城乡居民医保\n\n基金收入(万元)\n\n  3920.11\n\n  2210.80\n\n"
            "累计结余(万元)\n\n  12808.30\n\n  15113.02\n")
    cells = _cells(page, find_flat_cells)
    assert (cells["15820"].quantity.unit, float(cells["15820"].quantity.value)) == ("人次", 15820)
    assert (cells["6102.45"].quantity.unit, float(cells["6102.45"].quantity.value)) == ("元", 61024500)
    figures = {s: a for s, _, a in attributions(page, published="2024-04")}
    assert (figures["15820"].metric, figures["15820"].period_kind) == ("person_times", "during")
    assert figures["6102.45"].metric == "amount"
    assert [(figures[s].program, figures[s].metric) for s in ("3920.11", "2210.80", "12808.30", "15113.02")] == [
        ("employee_medical_insurance", "fund_income"), ("resident_medical_insurance", "fund_income"),
        ("employee_medical_insurance", "fund_balance"), ("resident_medical_insurance", "fund_balance")]


def test_bars_on_lines_of_their_own_part_the_cells_and_two_of_them_hold_an_empty_cells_place():
    # 险种 / | / 参保人数 / | / …: the bars are separators; 医疗救助 / | / | / 1820.40: no 参保人数 of its own
    page = ("某县2023年度医疗保障基金收支情况表\n|\n单位:人、万元\n|\n险种\n|\n参保人数\n|\n基金收入\n|\n累计结余\n|\n"
            "职工医保\n|\n41200\n|\n23105.62\n|\n30118.40\n|\n医疗救助\n|\n|\n1820.40\n|\n806.15\n|\n"
            "合计\n|\n452100\n|\n95020.31\n|\n71230.08\n|\n")
    cells = _cells(page, find_flat_cells)
    assert (cells["41200"].quantity.unit, cells["23105.62"].quantity.unit) == ("人", "元")
    assert [(cells[s].quantity.unit, float(cells[s].quantity.value)) for s in ("1820.40", "806.15")] == [
        ("元", 18204000), ("元", 8061500)]
    figures = {s: a for s, _, a in attributions(page, published="2024-03")}
    assert (figures["1820.40"].program, figures["1820.40"].metric) == ("medical_assistance", "fund_income")
    assert (figures["806.15"].metric, figures["806.15"].period_kind) == ("fund_balance", "as_of")


def test_a_second_flattened_table_under_its_own_title_reads_its_own_header():
    # …合计 / 74.63 / … / 某县2023年一季度医保待遇享受情况表 / 类别 / 人次 / 金额(万元) / 1.住院 / 78516 / …: visits and
    # money, not the first table's enrollees and income
    page = ("某县2023年一季度医疗保障基金运行情况表\n单位:万人、万元\n险种\n参保人数\n基金收入\n1.职工医保\n2.86\n4120.55\n"
            "2.居民医保\n51.30\n25311.08\n合计\n54.16\n29431.63\n某县2023年一季度医保待遇享受情况表\n类别\n人次\n金额(万元)\n"
            "1.住院\n61422\n12650.18\n2.门诊慢特病\n27310\n1802.44\n")
    figures = {s: a for s, _, a in attributions(page, published="2023-04")}
    assert figures["61422"].metric == "person_times" and figures["12650.18"].metric == "amount"
    cells = _cells(page, find_flat_cells)
    assert cells["61422"].quantity.unit == "人次" and float(cells["12650.18"].quantity.value) == 126501800


def test_a_this_month_column_beside_the_months_so_far_is_their_last_month_not_the_publication_s():
    # 本月 | 1-8月累计 | 同比(%) under a caption with no time, in a report published in September: August
    page = ("某市医疗保障统计月报\n（2024年第8期）\n\n二、待遇享受人次                               单位：万人次\n"
            "  指标                 本月         1-8月累计      同比(%)\n"
            "  普通门诊             186.20       1490.33         7.2\n"
            "  住院                   4.06         33.75        -2.9\n")
    figures = {s: a for s, _, a in attributions(page, published="2024-09")}
    assert (figures["186.20"].period_kind, figures["186.20"].period_start, figures["186.20"].period_end) == (
        "during", "2024-08", "2024-08")
    assert (figures["1490.33"].period_start, figures["1490.33"].period_end) == ("2024-01", "2024-08")


def test_a_row_after_the_parts_that_counts_in_a_measure_of_its_own_heads_its_own_parts():
    # 救助人次 / 其中:住院 / 门诊 / 资助参保人数 / 救助资金支出 / 其中:资助参保资金 under 单位:人次、人、万元: the rows after
    # the visits' parts that name people and money are no parts of the visits; the money counts in 万元
    page = ("表6  2020—2022年医疗救助情况\n单位:人次、人、万元\n项目\n2020年\n2021年\n2022年\n医疗救助人次\n15210\n16804\n"
            "17330\n  其中:住院救助\n6120\n6533\n7012\n       门诊救助\n9090\n10271\n10318\n资助参保人数\n22140\n21706\n"
            "20953\n医疗救助资金支出\n3120.5\n3388.1\n3506.9\n  其中:资助参保资金\n702.4\n731.6\n748.2\n")
    cells = _cells(page, find_flat_cells)
    assert (cells["6533"].quantity.unit, cells["21706"].quantity.unit) == ("人次", "人")
    assert _unit_values(cells, "3388.1", "731.6") == [("元", 33881000), ("元", 7316000)]
    figures = {s: a for s, _, a in attributions(page, published="2023-05")}
    assert figures["3388.1"].metric == "amount" and figures["731.6"].program == "enrollment_subsidy"


def test_a_numbered_caption_under_an_aligned_table_starts_the_next_table_with_its_own_header():
    # 5-8 … / 5-9 各县卫生机构、床位 / 卫生机构数(个) 床位数(张): the second table's cells are institutions and beds,
    # not the first table's enrollees and rates
    page = ("5-8  各县新型农村合作医疗情况\n\n            参合人数(人)   参合率(%)   人均筹资(元)\n"
            "合  计        318204       96.42        120\n甲  县        120533       97.10        120\n"
            "乙  县        197671       96.01        120\n\n5-9  各县卫生机构、床位\n\n"
            "            卫生机构数(个)     床位数(张)\n合  计           212            1418\n"
            "甲  县            88             602\n乙  县           124             816\n")
    cells = _cells(page, find_table_cells)
    assert [cells[s].quantity.unit for s in ("212", "1418", "88", "816")] == ["个", "张", "个", "张"]
    assert cells["97.10"].quantity.unit == "%" and cells["120533"].quantity.unit == "人"


def test_an_english_line_with_its_unit_in_words_under_a_row_leaves_the_row_in_its_table():
    # …参保人数  万人  61.20 … / Residents Covered by the Medical   10000 persons / Insurance: the row's translation
    page = ("表9-3  社会保障主要指标\n指     标                          单位      2021      2022      2023\n"
            "  城乡居民医保参保人数              万人     61.20     60.84     60.12\n"
            "    Residents Covered by the Medical   10000 persons\n    Insurance\n"
            "  城乡居民医保参保率                 %       97.80     98.05     98.31\n"
            "  城乡居民医保基金支出             万元    31205.4   33618.0   35902.7\n")
    cells = _cells(page, find_table_cells)
    assert _unit_values(cells, "61.20", "60.12") == [("人", 612000), ("人", 601200)]
    figures = {s: a for s, _, a in attributions(page, published="2024-08")}
    assert (figures["60.84"].metric, figures["60.84"].period_kind, figures["60.84"].period_end) == (
        "insured_persons", "as_of", "2022-12")


def test_rows_named_by_schemes_are_rows_not_group_headings_and_leave_the_header_whole():
    # 项目 / 基金收入 / 基金支出 / 当期结余 / 累计结余 / 职工医保 / three figures / (a blank cell) …: each figure is its own
    # column's (the first column's 项目 no column of figures), not shifted one column right
    page = ("表三：基金收支情况（2023年1-6月）\n\n单位：万元\n\n项目\n\n基金收入\n\n基金支出\n\n当期结余\n\n累计结余\n\n"
            "职工医保\n\n52106.30\n\n40218.75\n\n11887.55\n\n \n\n城乡居民医保\n\n30412.08\n\n33590.61\n\n-3178.53\n\n \n")
    figures = {s: a for s, _, a in attributions(page, published="2023-07")}
    assert [figures[s].metric for s in ("52106.30", "40218.75", "11887.55", "-3178.53")] == [
        "fund_income", "amount", "fund_balance", "fund_balance"]
    assert (figures["11887.55"].period_kind, figures["11887.55"].period_start) == ("during", "2023-01")


def test_a_year_on_year_column_under_a_note_that_lists_percent_holds_growth_rates():
    # 本月 / 累计 / 同比增减 under 单位：人、万元、%: the change column's cells are growth rates in percent, not
    # a change in the row's people or money
    page = ("2024年1-6月某县基本医疗保险主要指标\n单位：人、万元、%\n指标名称\n本月\n累计\n同比增减\n"
            "一、参保人数\n/\n402318\n-1.26\n二、基金收入\n2210.45\n31208.62\n3.08\n三、基金支出\n3106.77\n27511.90\n-2.47\n")
    cells = _cells(page, find_flat_cells)
    assert [(cells[s].quantity.unit, float(cells[s].quantity.value), cells[s].change) for s in ("-1.26", "3.08", "-2.47")] == [
        ("%", -1.26, "growth_rate"), ("%", 3.08, "growth_rate"), ("%", -2.47, "growth_rate")]
    assert (cells["31208.62"].quantity.unit, float(cells["31208.62"].quantity.value)) == ("元", 312086200)


def test_a_pipe_drawn_row_of_worded_cells_is_a_sentence_of_its_own():
    # | 2 | 农村公路… | 已完成路基52公里、路面41公里 | … |⏎| 3 | 城乡居民医保 | …: a row's figures read their own row's
    # words, not the rows below or above it (no line of a pipe-drawn table runs on into the next)
    page = ("某县2021年十件民生实事上半年进展情况\n    今年以来，十件民生实事扎实推进。截至6月底，累计完成投资1.82亿元。"
            "现将上半年进展情况公布如下：\n\n| 序号 | 项目名称 | 年度目标任务 | 完成情况 | 完成率 | 责任单位 |\n|---|---|---|---|---|---|\n"
            "| 1 | 学前教育扩容 | 新建、改扩建幼儿园4所，新增学位900个 | 已开工3所，其中城关幼儿园主体完工 | 40% | 县教育局 |\n"
            "| 2 | 农村公路提档升级 | 完成提档升级90公里 | 已完成路基52公里、路面41公里 | 45.6% | 县交通运输局 |\n"
            "| 3 | 城乡居民医保 | 参保率稳定在95%以上 | 全县参保41.06万人，参保率96.8% | 100% | 县医疗保障局 |\n"
            "| 4 | 农村改厕 | 完成户厕改造6000户 | 已完成改厕2810户 | 46.8% | 县农业农村局 |\n")
    figures = {s: a for s, _, a in attributions(page, published="2021-07")}
    assert [figures[s].domain for s in ("90公里", "52公里", "41公里")] == ["transport"] * 3
    assert (figures["41.06万人"].domain, figures["41.06万人"].metric) == ("medical_security", "insured_persons")


def test_a_caption_naming_a_scheme_beside_a_form_of_help_gives_its_columns_of_no_program_the_scheme():
    # 新型农村合作医疗及医疗救助情况 over 筹资总额 | 基金支出 | 补偿人次 | 医疗救助: the scheme's funding, spending and
    # visits, the help's own column the help's (not the basic insurance of both named as one)
    page = ("表17-4            新型农村合作医疗及医疗救助情况(2012年)\n\n"
            "               参合人数    筹资总额     基金支出     补偿人次     医疗救助\n"
            " 地    区        (人)       (万元)       (万元)      (人次)       (人次)\n\n"
            "全  市          210534      6316.02      5870.44     188305        6120\n"
            "甲  县           98211      2946.33      2731.90      86114        2904\n"
            "乙  县          112323      3369.69      3138.54     102191        3216\n")
    figures = {s: a for s, _, a in attributions(page, published="2013-06")}
    assert [(figures[s].program, figures[s].metric) for s in ("6316.02", "5870.44", "188305")] == [
        ("resident_medical_insurance", "fund_income"), ("resident_medical_insurance", "amount"),
        ("resident_medical_insurance", "person_times")]
    assert (figures["6120"].program, figures["6120"].metric) == ("medical_assistance", "person_times")


def test_a_breakdown_under_a_part_of_a_total_reads_that_parts_words():
    # 参保人数 / 职工医保 / 其中:在职职工 / 退休人员 / 城乡居民医保: the retired are the employees' scheme's, as the
    # 其中 breaks down the row above it, not the total of both schemes
    page = ("表一：参保情况（截至2023年9月底）\n\n指标\n\n单位\n\n本期数\n\n参保人数合计\n\n人\n\n451208\n\n"
            "职工基本医疗保险\n\n人\n\n120415\n\n其中：在职职工\n\n人\n\n88213\n\n退休人员\n\n人\n\n32202\n\n"
            "城乡居民基本医疗保险\n\n人\n\n330793\n")
    figures = {s: a for s, _, a in attributions(page, published="2023-10")}
    assert [(figures[s].program, figures[s].metric) for s in ("88213", "32202")] == [
        ("employee_medical_insurance", "insured_persons"), ("employee_medical_insurance", "insured_persons")]
    assert figures["330793"].program == "resident_medical_insurance" and figures["451208"].program == "basic_medical_insurance"


def test_a_section_heading_and_a_table_number_above_a_flattened_header_are_no_column_names():
    # 【社会保障】 / 表5 / 2014年…主要指标 / 指标 / 单位 / 绝对数 / 比上年增长(%) / 参合人数 / 万人 / 28.93 / 0.4: the
    # growth column's cells are growth rates in percent, not people or money in the row's unit
    page = ("【社会保障】\n表4\n2016年社会保障主要指标\n指标\n单位\n绝对数\n比上年增长(%)\n新农合参合人数\n万人\n31.06\n0.7\n"
            "新农合基金支出\n万元\n10215\n12.4\n城乡医疗救助人次\n人次\n12804\n-2.1\n")
    cells = _cells(page, find_flat_cells)
    assert [(cells[s].quantity.unit, cells[s].change) for s in ("0.7", "12.4", "-2.1")] == [
        ("%", "growth_rate"), ("%", "growth_rate"), ("%", "growth_rate")]
    assert _unit_values(cells, "31.06", "10215") == [("人", 310600), ("元", 102150000)]


def test_rows_a_page_leaves_out_keep_the_total_row_under_them_in_the_table():
    # …⏎东河镇 … ⏎……⏎全县合计 …: the dots stand for the towns not printed; the county's total row is still the table's
    page = ("乡镇　　参合人数　　参合率　　住院人次　　补偿金额（万元）\n"
            "　　石桥镇　　41230　　96.2%　　1502　　233.61\n　　柳河镇　　38514　　95.7%　　1377　　209.40\n"
            "　　……\n　　全县合计　　402600　　95.9%　　12630　　1930.08\n")
    cells = _cells(page, find_table_cells)
    assert _unit_values(cells, "402600", "1930.08") == [("人", 402600), ("元", 19300800)]


def test_a_rate_column_under_a_note_that_lists_no_percent_holds_percents():
    # （单位：人、人次、万元） over 参合人数 | 参合率 | 住院人次 | 补偿金额: the rate's cells are percents, not money
    page = ("三、各乡镇住院补偿情况（单位：人、人次、万元）\n乡镇      参合人数   参合率    住院人次   补偿金额\n"
            "河口镇    60218      99.4      3921       1170.55\n新集镇    35107      98.8      2044       612.37\n")
    cells = _cells(page, find_table_cells)
    assert _unit_values(cells, "99.4", "98.8", "1170.55") == [("%", 99.4), ("%", 98.8), ("元", 11705500)]


def test_a_label_and_its_bare_figure_after_a_colon_are_a_row_of_the_unit_its_heading_notes():
    # 二、基金收入（单位：万元）⏎职工医保统筹基金收入：27410.6: a form's lines, each a label and its figure
    page = ("二、基金收入（单位：万元）\n职工医保统筹基金收入：27410.6\n居民医保基金收入：35208.3\n医疗救助资金：1264\n")
    cells = _cells(page, find_table_cells)
    assert _unit_values(cells, "27410.6", "1264") == [("元", 274106000), ("元", 12640000)]
    assert find_table_cells("联系电话：12345\n") == []


def test_a_numbered_section_row_with_no_cells_heads_the_rows_under_it_not_the_row_above():
    # | 五、住院人次 | … | over its parts, then | 六、…报销比例 | | | over 1.职工医保 | % | …: the rates are the section's,
    # and their changes are the rates' changes, not the visits'
    page = ("| 指标名称 | 计量单位 | 1-6月累计 | 同比增减(%) |\n| 五、住院人次 | 人次 | 50218 | 16.2 |\n"
            "| 其中：职工医保 | 人次 | 10906 | 19.8 |\n| 　　　居民医保 | 人次 | 39312 | 15.4 |\n"
            "| 六、住院费用基金报销比例 | |  |  |\n| 1.职工医保 | % | 84.92 | 0.37 |\n| 2.居民医保 | % | 69.88 | -0.96 |\n")
    figures = {s: a for s, _, a in attributions(page, published="2023-07")}
    assert {figures[s].metric for s in ("84.92", "0.37", "69.88", "-0.96")} == {"reimbursement_rate"}


def test_a_unit_cell_that_writes_person_times_with_a_bracket_counts_person_times():
    # 医疗救助人次 | 人(次) | 30112 | …: 人(次) is 人次 (units.tsv), not the 次 inside its bracket
    page = ("指标名称                         |计量单位| 2019  | 2020\n"
            "医疗救助人次                     | 人(次) | 30112 | 36805\n医疗救助资金                     | 万元   | 2104  | 2688\n")
    cells = _cells(page, find_table_cells)
    assert _unit_values(cells, "30112", "2688") == [("人次", 30112), ("元", 26880000)]


def test_rows_with_no_header_under_a_note_of_two_units_take_them_column_by_column():
    # 附表:…各县(市)区医疗救助情况(单位:人次、万元) over 某县 9864 682.3: the note lists the columns' units in order; the
    # paragraph above it (本报讯(记者 某某)…, a blank inside) names no columns, and no rise of its own goes to the cells
    page = ("  本报讯(记者 王某)记者从市民政局获悉,2012年,全市共实施城乡医疗救助4.12万人次。\n"
            "  今年,我市将城乡医疗救助封顶线由每人每年1万元提高到1.5万元。\n"
            "  附表:2012年各县(市)区医疗救助情况(单位:人次、万元)\n"
            "  密山市 9864 682.3\n  虎林市 7215 518.9\n  鸡东县 8037 543.6\n")
    cells = _cells(page, find_table_cells)
    assert _unit_values(cells, "9864", "682.3") == [("人次", 9864), ("元", 6823000)]
    figures = {s: a for s, _, a in attributions(page, published="2013-01")}
    assert (figures["9864"].change, figures["682.3"].metric) == ("", "amount")


def test_thousands_grouped_by_a_blank_in_cells_set_apart_by_column_gaps_are_one_figure():
    # a typeset yearbook's table, 职工医保     13 105    11 270 under 单位：万元, and a column one cell a line (38 412):
    # each cell one figure; single blanks between figures (某县 12 345 678) stay the gaps of a table drawn with them
    page = ("单位：万元\n项目          收入        支出        结余\n职工医保     13 105    11 270     1 835\n"
            "城乡居民医保 15 497    13 816     1 681\n")
    cells = _cells(page, find_table_cells)
    assert _unit_values(cells, "13 105", "1 681") == [("元", 131050000), ("元", 16810000)]
    single = "单位：张\n卫生院 12 345 678\n卫生室 23 456 789\n诊所 34 567 890\n"
    assert [s for s, _, _ in attributions(single)][:3] == ["12", "345", "678"]
    # (a row whose label a column gap ends, its figures set apart by single blanks: four counties' counts)
    after_gap = "单位：人\n低保人数  229 479 316 425\n五保人数  118 97 131 160\n特困人数  45 61 38 52\n"
    assert [s for s, _, _ in attributions(after_gap)][:4] == ["229", "479", "316", "425"]


def test_a_row_in_a_unit_of_its_own_after_a_part_row_is_no_part_of_it():
    # 其中:资助参保 | 人 | … over 人均筹资标准 | 元/人 | 610: a row of its own (the scheme's funding), not a part of the
    # subsidised enrollees; 退休人员 after 其中:在职职工 in the same unit stays the other part
    page = ("某县2017年城乡居民医保基金运行主要指标\n\n指标                单位      2017年        2016年\n"
            "参保人数            人        598342        604117\n其中:资助参保      人        21806         23450\n"
            "人均筹资标准        元/人     610           550\n基金收入            万元      36492.86      33225.44\n")
    figures = {s: a for s, _, a in attributions(page, published="2018-02", home_name="岚县", home_code="141127")}
    assert (figures["610"].program, figures["610"].metric) == ("resident_medical_insurance", "per_capita_funding")
    assert figures["21806"].program == "enrollment_subsidy"


def test_a_cell_that_writes_its_own_ten_thousands_under_a_column_of_visits_counts_them():
    # 住院 | 3.12万 | 12648.3 | 90.1% under 人次 | 报销金额(万元) | 占比: 31200 visits; not under a column already in 万人次
    page = ("表2 医疗救助情况\n项目　　人次　　报销金额（万元）　　占比\n住　　院　　3.12万　　12648.3　　90.1%\n"
            "门　　诊　　8.46万　　1392.5　　9.9%\n")
    cells = _cells(page, find_table_cells)
    assert _unit_values(cells, "3.12万", "8.46万") == [("人次", 31200), ("人次", 84600)]
    twice = "项目　　人次（万人次）　　金额（万元）\n住　　院　　3.12万　　12648.3\n门　　诊　　8.46万　　1392.5\n"
    assert "3.12万" not in [twice[c.start:c.end] for c in find_table_cells(normalise(twice))]


def test_a_change_column_beside_the_months_so_far_under_a_quarter_is_the_change_of_those_months():
    # …2023年三季度… over 本季度 | 1-9月累计 | 同比增减%: the growth of January to September, as its note says
    page = ("某市2023年三季度医疗保障基金运行情况\n|  某市2023年三季度医保基金运行情况(金额单位:万元)  |\n"
            "|  指标  |  本季度  |  1-9月累计  |  同比增减%  |\n|  职工医保基金收入  |  27385.40  |  81942.66  |  3.8  |\n"
            "|  居民医保基金支出  |  18096.55  |  50018.47  |  9.4  |\n")
    figures = {s: a for s, _, a in attributions(page, published="2023-10", home_name="岚县", home_code="141127")}
    assert (figures["27385.40"].period_start, figures["27385.40"].period_end) == ("2023-07", "2023-09")
    assert (figures["3.8"].period_start, figures["3.8"].period_end) == ("2023-01", "2023-09")


def test_a_yearbook_row_with_its_translation_after_its_cells_or_its_unit_before_the_translation_keeps_every_cell():
    # 城市低保户数(户)   3412 … 2817   Urban Households (household): the cells before the row's translation, each under its
    # year; 职工医保参保人数   人   Employees Insured   89642 …: the unit column before the translation gives 人
    right = ("某县城乡居民最低生活保障情况(2014—2016年)\n\n项    目                2014      2015      2016      Item\n"
             "城市低保户数(户)         3412      3286      3105      Urban Households (household)\n"
             "城市低保资金(万元)       2144.4    2271.5    2340.6    Urban Funds (10 000 yuan)\n")
    cells = _cells(right, find_table_cells)
    assert _unit_values(cells, "3412", "2340.6") == [("户", 3412), ("元", 23406000)]
    assert (cells["3412"].period, cells["3105"].period) == (("during", "2014-01", "2014-12"), ("during", "2016-01", "2016-12"))
    between = ("表18-3  各县(区)社会保障主要指标(2017年)\n\n指  标                     计量单位   Item                     甲县     乙县\n"
               "职工医保参保人数      人       Employees Insured         45120    27305\n"
               "医疗救助支出                      万元     Medical Aid Expenditure   1015.3   873.6\n")
    cells = _cells(between, find_table_cells)
    assert _unit_values(cells, "45120", "873.6") == [("人", 45120), ("元", 8736000)]


def test_the_rural_columns_of_an_allowance_roll_by_township_are_the_allowance_s_no_farming():
    # 分乡镇发放情况 under a 低保 notice: 城市户数 | 城市人数 | 农村户数 | 农村人数 | 发放金额 are the roll's parts by where its
    # members live, social assistance (not agriculture for 农村)
    page = ("某县2016年第三季度城乡最低生活保障金发放情况公示\n\n　　一、城市低保。截至9月末,全县在保城市低保对象2146户、3872人。\n\n"
            "　　四、分乡镇低保金发放情况（单位：户、人、万元）\n\n乡镇　　　城市户数　城市人数　农村户数　农村人数　发放金额\n"
            "甲镇　　1320　　　2398　　　215　　　402　　　311.27\n乙镇　　236　　　 417　　　 498　　　921　　　52.06\n")
    figures = {s: a for s, _, a in attributions(page, published="2016-10", home_name="岚县", home_code="141127")}
    for surface in ("215", "402", "498"):
        assert figures[surface].domain == "social_assistance", surface


def test_a_flattened_tables_rows_of_groups_are_of_what_the_sentence_announcing_it_names():
    # 现将…资助参加居民医保的对象及资金情况公示如下: / 类别 / 人数(人) / … / 特困供养人员 / 1,126 / …: the
    # groups are whom the subsidy helped, its beneficiaries and its money, not the allowances' recipients
    page = ("　　根据有关规定,现将2016年度资助参加居民医保的对象及资金情况公示如下:\n\n类别\n人数(人)\n"
            "资助金额(元)\n特困供养人员\n1,126\n168,900\n城乡低保对象\n4877\n365,775\n合计\n6,003\n534,675\n")
    found = {s: a for s, _, a in attributions(page, published="2016-10")}
    for surface, metric in (("1,126", "beneficiaries"), ("365,775", "amount"), ("6,003", "beneficiaries")):
        assert (found[surface].domain, found[surface].program, found[surface].metric) == (
            "medical_security", "enrollment_subsidy", metric), surface


def test_a_table_flattened_under_a_lead_in_bracket_is_dated_and_counted_by_it_and_by_its_columns():
    # 具体如下（截至12月13日，单位：人）： over 排名 / 镇（街道） / 应参保人数 / 已缴费人数 / 完成率, one cell a line: the rank is a
    # serial, not a figure's column; the people are counted in 人 (the column's 人数, not the row's 街道) as at the cut-off
    page = ("某县医疗保障局关于2020年度城乡居民医保征缴进度的通报\n\n　　一、征缴进度\n"
            "　　从各镇（街道）情况看，城区街道进度较快，边远山区镇进度相对滞后。具体如下（截至12月13日，单位：人）：\n"
            "排名\n镇（街道）\n应参保人数\n已缴费人数\n完成率\n1\n甲街道\n51202\n45997\n89.83%\n2\n乙街道\n62174\n55729\n89.63%\n"
            "3\n丙镇\n44891\n39073\n87.04%\n")
    figures = {s: a for s, f, a in attributions(page, published="2019-12", home_name="岚县", home_code="141127")}
    cells = _cells(page, find_flat_cells)
    assert _unit_values(cells, "51202", "45997") == [("人", 51202), ("人", 45997)]
    assert "1" not in cells and "2" not in cells
    assert (figures["45997"].period_kind, figures["45997"].period_end) == ("as_of", "2019-12")


def test_a_column_that_names_a_fall_signs_its_cells():
    # 集采前价格 | 中选价格 | 降幅 and 比上年减少(人): the cells under a fall are falls, negative (GUIDELINES §3), and are
    # changes (a growth rate in percent, a difference in the row's people); a cell with its own sign keeps it
    page = ("部分集采中选药品价格对比（单位：元）\n药品通用名　　　　集采前价格　　中选价格　　降幅\n"
            "甲药片　　　　　　31.20　　　　1.45　　　 95.4%\n乙药缓释片　　　　22.60　　　　4.10　　　 81.9%\n\n"
            "表2　各乡镇参保人数（单位：人）\n乡镇　　　　参保人数　　比上年减少\n城关镇　　　41208　　　　1260\n"
            "河口乡　　　18344　　　　-35\n")
    figures = {s: (f.quantity.value, a.change) for s, f, a in attributions(page, published="2021-03",
                                                                             home_name="岚县", home_code="141127")}
    assert figures["95.4%"] == (Decimal("-95.4"), "growth_rate") and figures["1260"] == (Decimal(-1260), "delta")
    assert figures["-35"][0] == -35 and figures["31.20"] == (Decimal("31.20"), "")


def test_a_value_alone_on_its_line_takes_what_it_counts_from_the_label_alone_on_the_line_above():
    # 全市基本医疗保险参保人数 / 852316人 / 职工医保累计结存 / 23,406.8万元: a list of labelled values set one to a line;
    # the label says what each counts, as a row label does (GUIDELINES §8), and a stock is at the cut-off (§6)
    page = ("某市2021年1-10月医疗保障工作主要数据\n\n一、参保缴费\n全市基本医疗保险参保人数\n852316人\n"
            "居民医保统筹基金支付\n\n36,512.4万元\n二、基金结存（截至10月底）\n职工医保累计结存\n23,406.8万元\n")
    figures = {s: a for s, _, a in attributions(page, published="2021-11", home_name="岚县", home_code="141127")}
    assert (figures["852316人"].metric, figures["852316人"].period_kind) == ("insured_persons", "as_of")
    assert (figures["36,512.4万元"].program, figures["36,512.4万元"].metric) == ("resident_medical_insurance", "amount")
    assert (figures["23,406.8万元"].metric, figures["23,406.8万元"].period_end) == ("fund_balance", "2021-10")


def test_a_rate_alone_in_its_cell_of_a_serial_table_is_about_its_rows_project():
    # 序号 / 类别 / 年度目标任务 / 上半年完成情况 / 完成率 / 责任单位, cells one a line with blank lines between the rows:
    # 56.7% under 完成率 is the completion of its row's project (健康服务), whatever medical rows come before it
    page = ("某县2019年民生实事项目上半年推进情况\n\n序号\n类别\n年度目标任务\n上半年完成情况\n完成率\n责任单位\n\n"
            "1\n医疗保障\n城乡居民医保参保率达到97%以上\n参保41.2万人，参保率97.6%\n100%\n县医保中心\n\n"
            "2\n健康服务\n为65岁以上老年人免费体检4.2万人\n体检2.38万人\n56.7%\n县卫健局\n\n"
            "3\n教育\n新建幼儿园4所\n开工4所，完工1所\n25%\n县教育局\n")
    figures = {s: a for s, _, a in attributions(page, published="2019-07", home_name="岚县", home_code="141127")}
    assert (figures["56.7%"].domain, figures["25%"].domain) == ("health_services", "education")
    assert (figures["56.7%"].period_kind, figures["56.7%"].period_end) == ("as_of", "2019-06")


def test_a_bare_time_column_counts_what_the_column_left_of_it_names():
    # | 参保人数 | 上年同期 | 增减(%) | 基金支出 | …: a header spanning each group, flattened; the earlier period's
    # column and the change count what the group's first column names, not the note's first money unit
    page = ("2021年1-6月各县区城乡居民医保参保及基金支出情况\n单位:人、万元、%\n"
            "| 县区 | 参保人数 | 上年同期 | 增减(%) | 基金支出 | 上年同期 | 增减(%) |\n"
            "| 城关镇 | 251360 | 254871 | -1.38 | 16420.55 | 15233.10 | 7.80 |\n"
            "| 合计 | 602144 | 610397 | -1.35 | 39870.12 | 37102.64 | 7.46 |\n")
    figures = {s: (f.quantity.value, a) for s, f, a in attributions(page, published="2021-07")}
    assert [(figures[s][0], figures[s][1].metric, figures[s][1].change) for s in ("254871", "-1.38", "7.80")] == [
        (254871, "insured_persons", ""), (Decimal("-1.38"), "insured_persons", "growth_rate"),
        (Decimal("7.80"), "amount", "growth_rate")]
    assert (figures["610397"][1].period_kind, figures["610397"][1].period_end) == ("as_of", "2020-06")


def test_a_row_naming_its_own_measure_before_its_change_words_is_that_measures_growth():
    # | 门诊人次同比增减(%) | …: not a rate of its own (other) but the growth of the visits the label names
    page = ("2022年1-6月某县医疗保障基金运行情况表\n单位:人、万元、人次\n| 指标 | 职工医保 | 城乡居民医保 |\n"
            "| 基金支出 | 21034.5 | 30561.8 |\n| 门诊人次 | 148620 | 305718 |\n| 门诊人次同比增减(%) | 4.6 | -2.3 |\n")
    figures = {s: a for s, _, a in attributions(page, published="2022-07")}
    assert [(figures[s].metric, figures[s].change) for s in ("4.6", "-2.3")] == [
        ("person_times", "growth_rate"), ("person_times", "growth_rate")]
    assert figures["-2.3"].program == "resident_medical_insurance"


def test_a_weeks_change_column_with_its_unit_in_brackets_is_the_cut_off_months_change():
    # | 较上周(个百分点) | under 截至12月9日 in December: the week's rise, in the cut-off's month, not the year's
    page = ("某市2023年度城乡居民医保征缴进度周通报\n发布时间:2022-12-12\n\n    截至12月9日,部分乡镇征缴进度排名如下:\n"
            "排名　乡镇　　已缴费人数　　完成率　　较上周(个百分点)\n1　　城关镇　　41236　　96.52%　　+3.4\n"
            "2　　城南镇　　10527　　93.18%　　+2.9\n")
    figures = {s: a for s, _, a in attributions(page, published="2022-12")}
    for surface in ("+3.4", "+2.9"):
        assert (figures[surface].period_kind, figures[surface].period_start, figures[surface].period_end) == (
            "during", "2022-12", "2022-12"), surface
    assert (figures["41236"].period_kind, figures["41236"].period_end) == ("as_of", "2022-12")


def test_a_paragraph_naming_many_programs_over_a_table_is_no_caption_of_its_program():
    # …住院补偿…;门诊慢性病补偿…;大病保险赔付…。现将各乡镇补偿情况公示如下: the cells are the scheme's the title names,
    # not the last program the summary above them happened to name
    page = ("某县2013年1-3月份新农合补偿公示\n\n  2013年1-3月,全县参合农民住院补偿5120人次,补偿金额1066.3万元;"
            "门诊慢性病补偿508人次,补偿金额35.2万元;大病保险赔付12人次,赔付金额27.4万元。现将各乡镇补偿情况公示如下:\n\n"
            "乡镇      住院人次   住院补偿(万元)\n城关镇    683       149.52\n城南乡    402       86.17\n合计      5120      1066.3\n")
    figures = {s: a for s, _, a in attributions(page, published="2013-04")}
    assert [(figures[s].program, figures[s].metric) for s in ("683", "149.52")] == [
        ("resident_medical_insurance", "person_times"), ("resident_medical_insurance", "amount")]


def test_a_row_labelled_by_a_kind_of_household_counts_in_its_columns_units():
    # 五保户, 低保户, 贫困户 may follow a number as its unit (为1200低保户代缴), but a row's label alone in its cell is
    # no unit column between a label and its cells: the columns' own words give the units (§4)
    page = ("某县2013年5月医疗救助分类统计表\n"
            "| 类别 | 救助人次 | 救助金额(万元) |\n"
            "|------|------|------|\n"
            "| 五保户 | 126 | 18.35 |\n"
            "| 低保户 | 508 | 66.20 |\n"
            "| 贫困户 | 341 | 40.12 |\n"
            "| 合计 | 975 | 124.67 |\n")
    got = {s: (float(f.quantity.value), f.quantity.unit, a.metric) for s, f, a in attributions(page, "2013-06")}
    assert got["126"] == (126, "人次", "person_times") and got["508"] == (508, "人次", "person_times")
    assert got["18.35"] == (183500, "元", "amount") and got["40.12"] == (401200, "元", "amount")


def test_a_count_column_a_footnote_gives_no_unit_counts_in_its_own_word():
    # 注:补偿金额单位为万元,实际补偿比单位为%: the note names the money's and the rate's units, not the visits': the
    # 住院人次 column counts visits as its header says, not ten-thousands of yuan (§4)
    page = ("表　2016年某县新农合住院补偿分级情况\n"
            "级别　　　　　　住院人次　　补偿金额　　实际补偿比\n"
            "乡镇卫生院　　　9824　　　　716　　　　55.1\n"
            "县级医疗机构　　6310　　　　 894　　　 41.7\n"
            "合计　　　　　　16134　　　　1610　　　　47.2\n"
            "注：补偿金额单位为万元，实际补偿比单位为%。\n")
    got = {s: (float(f.quantity.value), f.quantity.unit, a.metric) for s, f, a in attributions(page, "2017-03")}
    assert got["9824"] == (9824, "人次", "person_times") and got["16134"] == (16134, "人次", "person_times")
    assert got["716"] == (7160000, "元", "amount") and got["55.1"] == (55.1, "%", "reimbursement_rate")
