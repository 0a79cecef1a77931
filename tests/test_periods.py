"""Tests for extract.periods (GUIDELINES §6). All sentences are made up for these tests."""

from __future__ import annotations

import pytest

from extract.time_expressions import TimeExpr, find_time_expressions
from extract.published import infer_publication_month
from rules.base import TimeRule
from rules.registry import TIME_RULES
from tests.conftest import ROOT
from tests.harness import attributions

WORDLISTS = ROOT / "rules" / "wordlists"

# Each case: (published, text, expected) where expected is a list of
# (kind, snippet, period_start, period_end, resolved, relative); the expected
# offsets are those of the first occurrence of `snippet` at or after the end of
# the previous expected expression.
CASES = [
    # ---- several expressions in one text (each rule's own examples are in rules/time.py)
    ("2025-12", "2024年12月至2025年2月，开展冬季行动。",
     [("during", "2024年12月至2025年2月", "2024-12", "2025-02", True, False),
      ("during", "冬季", "2025-12", "2026-02", True, True)]),
    ("2025-12", "2024年，全县参保10万人；截至2025年11月，参保10.5万人。",
     [("during", "2024年", "2024-01", "2024-12", True, False),
      ("as_of", "截至2025年11月", "", "2025-11", True, False)]),
    # ---- comparison bases are dropped
    ("2025-12", "与去年同期相比，下降了12%。", []),
    ("2025-12", "去年同期为300人。", []),
    ("2025-12", "2025年1-11月，比上年增长5%。",
     [("during", "2025年1-11月", "2025-01", "2025-11", True, False)]),
    ("2025-12", "较2020年末增加800人。", []),
    # level with it, or a multiple of it
    ("2025-12", "城市低保人数0.52万人,与上年基本持平。", []),
    ("2025-12", "住院人次为上年的1.3倍。", []),
    # a short word and 的 between (较改革前的2020年): still the base
    ("2025-12", "次均费用较改革前的2020年减少约690元。", []),
    # a base listed after a base is one too; the year before them is the figures' own
    ("2025-12", "2024年次均费用较2022年、2023年分别下降80元、35元。",
     [("during", "2024年", "2024-01", "2024-12", True, False)]),
    ("2025-12", "与2022年和2023年相比，2024年次均费用下降80元。",
     [("during", "2024年", "2024-01", "2024-12", True, False)]),
    # ---- numbers that are not dates
    ("2025-12", "每年投入160万元，一年可省500元。", []),
    ("2025-12", "老年大学开设课程20门，晚年生活丰富。", []),
    # within N years is no 年内 (within this year)
    ("2025-12", "城乡低保标准五年内提高了一倍，3年内建成养老院5所。", []),
    ("2025-12", "年内新增就业2000人。", [("during", "年内", "", "", False, False)]),
]


def _ids():
    return [f"{i:03d}-{c[1][:12]}-{c[0]}" for i, c in enumerate(CASES)]


@pytest.mark.parametrize("published,text,expected", CASES, ids=_ids())
def test_find_time_expressions(published, text, expected):
    got = find_time_expressions(text, published)
    want = []
    pos = 0
    for kind, snippet, ps, pe, resolved, relative in expected:
        start = text.index(snippet, pos)
        end = start + len(snippet)
        pos = end
        want.append((kind, start, end, ps, pe, resolved, relative))
    have = [(e.kind, e.start, e.end, e.period_start, e.period_end, e.resolved, e.relative)
            for e in got]
    assert have == want


EVERY_TEXT = [c[:2] for c in CASES] + [(ex.published, ex.text) for r in TIME_RULES if isinstance(r, TimeRule)
                                        for ex in r.examples]


@pytest.mark.parametrize("published,text", EVERY_TEXT)
@pytest.mark.parametrize("pub_override", [None, "2025-12"])
def test_invariants(published, text, pub_override):
    for pub in (published, pub_override):
        got = find_time_expressions(text, pub)
        last = 0
        for e in got:
            assert isinstance(e, TimeExpr)
            assert text[e.start:e.end] == e.text
            assert e.start >= last  # left to right, non-overlapping
            last = e.end
            assert e.kind in ("as_of", "during")
            if e.kind == "as_of":
                assert e.period_start == ""
            if not e.resolved:
                assert e.period_start == "" and e.period_end == ""
            else:
                assert e.period_end
                if e.kind == "during":
                    assert e.period_start <= e.period_end


def test_offsets_in_longer_text():
    text = "　标题\n\n截至2025年11月，参保8万人。\n其中，2025年1至11月份支出300万元。"
    got = find_time_expressions(text, "2025-12")
    assert [e.text for e in got] == ["截至2025年11月", "2025年1至11月份"]
    for e in got:
        assert text[e.start:e.end] == e.text


def test_bad_published_is_treated_as_missing():
    got = find_time_expressions("今年，新增100人。", "unknown")
    assert got[0].resolved is False


# ---- infer_publication_month

PAGE = (
    "县报  2025年12月18日 星期四  第3版\n\n"
    "截至2025年11月30日，全县参保12万人。\n"
    "集中征缴将延续到2026年3月20日。\n"
    "12月9日，县里开展检查。\n"
)


def test_infer_masthead():
    month, how = infer_publication_month(PAGE)
    assert month == "2025-12"
    assert "2025年12月18日" in how


def test_infer_latest_full_date_skips_range_end():
    text = "截至2025年10月31日，共办理800件。活动从2025年11月5日持续至2026年3月1日。"
    assert infer_publication_month(text)[0] == "2025-11"


def test_infer_year_month_fallback():
    text = "截至2025年1月底，新增贷款2亿元。2024年全年增长5%。"
    month, how = infer_publication_month(text)
    assert month == "2025-01"
    assert "year-month" in how


@pytest.mark.parametrize("text,month", [
    # as text copied out of a PDF prints it, a blank after each number
    ("2025 年8 月下旬，县医保局开展专项检查。截至目前，共检查定点药店46 家。", "2025-08"),
    ("县报  2025 年 9 月 12 日 星期五\n\n截至2025 年8 月31 日，全县参保12 万人。", "2025-09"),
])
def test_infer_from_dates_spaced_out(text, month):
    assert infer_publication_month(text)[0] == month


def test_infer_odd_outlier_dropped():
    text = "2024年3月2日开幕。2024年3月5日闭幕。2042年3月5日。"
    assert infer_publication_month(text)[0] == "2024-03"


def test_links_to_other_stories_do_not_date_the_page():
    from extract.document import publication_month
    from extract.records import ManifestRow

    # two older links below a bulletin would otherwise make its own date look like an outlier
    page = ("某县2024年统计公报\n\n全年全县生产总值186.4亿元。\n\n（来源：某县统计信息网  2025-03-26）\n\n"
            "相关新闻：\n· 我县召开2023年医保工作会议 2023-05-12\n· 全县新增城镇就业3120人 2023-04-30\n")
    assert publication_month(page, ManifestRow("", "", "")) == (
        "2025-03", "inferred: latest full date in text (2025-03-26)")


def test_infer_nothing():
    assert infer_publication_month("近日，全县发放补贴500万元。") == (None, "no dated expression")


def test_infer_chinese_numerals():
    assert infer_publication_month("二〇二五年十一月二十日，召开会议。")[0] == "2025-11"


# ---- word lists are data


def test_wordlists_parse():
    types = {"year", "now", "part", "month", "asof", "since", "open", "none"}
    for line in (WORDLISTS / "time_words.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        assert len(cols) >= 2 and cols[1] in types, line
    for name in ("time_eras.tsv", "time_compare.tsv"):
        assert (WORDLISTS / name).exists()


def test_a_table_row_of_a_kind_of_institution_counts_how_many_there_are_at_each_years_end():
    # | 定点医药机构 | 家 | 150 | 163 |: how many there were, a level at each year's end (GUIDELINES §6), not a flow
    page = ("表8-2 医疗保障主要指标(2021—2022年)\n| 指标 | 计量单位 | 2021年 | 2022年 |\n| --- | --- | --- | --- |\n"
            "| 职工医保参保人数 | 人 | 90315 | 93620 |\n| 定点医药机构 | 家 | 150 | 163 |\n"
            "| 其中:定点零售药店 | 家 | 61 | 70 |\n")
    figures = {s: a for s, _, a in attributions(page, published="2023-09")}
    assert [(figures[s].period_kind, figures[s].period_end) for s in ("150", "163", "70")] == [
        ("as_of", "2021-12"), ("as_of", "2022-12"), ("as_of", "2022-12")]


def test_a_running_total_from_a_year_since_which_to_a_month_of_this_year_spans_both():
    # 自2017年以来至今年9月底,累计…: from the start the text gives to the month it ends at (GUIDELINES §9)
    page = "自2017年以来至今年9月底，全县累计资助困难群众参保31.2万人次，资助资金4102万元。"
    figures = {s: a for s, _, a in attributions(page, published="2021-11")}
    assert {(a.period_kind, a.period_start, a.period_end) for a in figures.values()} == {("during", "2017-01", "2021-09")}


def test_a_collection_drives_task_is_the_scheme_years_it_pays_for():
    # 截至11月20日,…完成2023年度居民医保参保缴费,完成市下达目标任务(43.2万人): the task is the scheme year's, a level
    # at its end (GUIDELINES §9: a target takes the period of the plan), not at the cut-off's
    page = ("截至11月20日，全县已有35.9万人完成2023年度居民医保参保缴费，完成市下达目标任务（43.2万人）的83.1%。")
    figures = {s: a for s, _, a in attributions(page, published="2022-11")}
    assert (figures["43.2万人"].period_kind, figures["43.2万人"].period_end) == ("as_of", "2023-12")
    assert (figures["35.9万人"].period_end, figures["83.1%"].period_end) == ("2022-11", "2022-11")
    titled = ("2024年度居民医保费集中收缴进展情况\n截至12月5日，全县已缴费28.46万人，占年度任务数33.1万人的86%。")
    assert attribution_of(titled, "33.1万人", "2023-12") == ("as_of", "2024-12")


def attribution_of(page: str, surface: str, published: str) -> tuple[str, str]:
    a = next(a for s, _, a in attributions(page, published=published) if s == surface)
    return a.period_kind, a.period_end


def test_new_ones_counted_under_a_year_end_head_are_the_years_and_the_tenth_plan_is_a_period():
    # 年末…,当年新增参保职工652人, 新增床位120张: the year's new ones, a flow (GUIDELINES §6), whatever 年末 heads;
    # “十五”期间 is the five years it names, as “十一五”期间 is
    page = ("年末全县职工医保参保3.4万人，当年新增参保职工718人。年末全县共有床位1920张，"
            "县人民医院新增床位130张。“十五”期间，全县累计新增病床350张。")
    figures = {s: a for s, _, a in attributions(page, published="2006-03")}
    assert [(figures[s].period_kind, figures[s].period_start, figures[s].period_end) for s in ("718人", "130张")] == [
        ("during", "2005-01", "2005-12"), ("during", "2005-01", "2005-12")]
    assert (figures["3.4万人"].period_kind, figures["1920张"].period_kind) == ("as_of", "as_of")
    assert (figures["350张"].period_start, figures["350张"].period_end) == ("2001-01", "2005-12")


def test_a_second_whole_year_of_a_sentence_takes_the_year_the_first_one_carries():
    # 2021年度全县住院病例…。经测算,全年预算为X亿元,…;全年清算金额为Y亿元: both 全年 are the paragraph's 2021, not
    # the year of the report (GUIDELINES §9 carry-over)
    page = ("2021年度全县住院病例共计3.82万例，入组率达99.6%。经测算，全年住院统筹基金支出预算为3.05亿元，"
            "实际清算点值为0.905元；全年DRG清算金额为2.98亿元，较2020年增长5.1%。")
    figures = {s: a for s, _, a in attributions(page, published="2022-05")}
    assert [(figures[s].period_start, figures[s].period_end) for s in ("3.05亿元", "2.98亿元")] == [
        ("2021-01", "2021-12"), ("2021-01", "2021-12")]


def test_a_posting_stamp_under_a_headline_dates_the_posting_not_the_figures_below():
    # 某县:新农合托起农民健康梦 / 2009年12月22日 09:15  某某在线: the day and hour the page went up, no period of a
    # paragraph with no time of its own (GUIDELINES §9 carry-over: a time covers its own paragraph only)
    page = ("某县:新农合托起农民健康梦\n2009年12月22日 09:15  湖南在线   我要评论(0)\n\n"
            "  今年全县参合农民达到41.2万人。\n\n  全县乡镇卫生院住院实际补偿比达到61.8%,县级医院为46.3%。\n")
    figures = {s: a for s, _, a in attributions(page, published="2009-12")}
    assert (figures["61.8%"].period_kind, figures["46.3%"].period_kind) == ("", "")
    assert (figures["41.2万人"].period_kind, figures["41.2万人"].period_end) == ("as_of", "2009-12")


def test_a_change_against_the_same_day_a_year_before_stays_at_a_december_cut_off():
    # 截至12月18日,已缴费X万人,比上年同期少缴费Y人,完成率下降Z个百分点: no start of its own, the cut-off's (§9); a
    # change on the year before under 截至年底 (比上年末增加) is still the year's
    page = ("截至12月18日，全县已缴费21.42万人，完成率71.6%，比上年同期少缴费5300余人，完成率下降1.9个百分点。"
            "截至2023年底，全县参保46.2万人，比上年末增加1.1万人。")
    figures = {s: a for s, _, a in attributions(page, published="2023-12")}
    assert [(figures[s].period_kind, figures[s].period_end) for s in ("5300余人", "1.9个百分点")] == [
        ("as_of", "2023-12"), ("as_of", "2023-12")]
    assert (figures["1.1万人"].period_kind, figures["1.1万人"].period_start) == ("during", "2023-01")


def test_a_bare_count_of_years_restates_the_span_an_earlier_sentence_of_its_paragraph_named():
    # “十二五”期间,…。五年新增城镇就业X万人: the five years are the plan's, not five years back from the report; the
    # sentences after it carry the plan's span too. 五年来 alone, with no span before it, still looks back.
    page = ("“十二五”期间，全县民生支出累计达到98.3亿元。五年新增城镇就业2.87万人，城镇登记失业率为3.6%。"
            "城乡居民医保参保人数达到61.4万人。")
    figures = {s: a for s, _, a in attributions(page, published="2016-02")}
    assert (figures["2.87万人"].period_start, figures["2.87万人"].period_end) == ("2011-01", "2015-12")
    assert (figures["61.4万人"].period_kind, figures["61.4万人"].period_end) == ("as_of", "2015-12")
    alone = {s: a for s, _, a in attributions("五年新增城镇就业2.87万人。", published="2016-02")}
    assert (alone["2.87万人"].period_start, alone["2.87万人"].period_end) == ("2011-02", "2016-02")


def test_how_many_projects_are_done_or_under_way_when_the_months_end_is_a_level():
    # 今年1-10月,…其中8件已完成年度任务,2件正在加紧推进: how the projects stand at the end of October (as_of); the
    # year's projects all done (去年,31项…全部完成) are the year's
    page = "今年1-10月，全市十件惠民实事累计完成投资4.12亿元，其中8件已完成年度任务，2件正在加紧推进。"
    figures = {s: a for s, _, a in attributions(page, published="2021-11")}
    assert [(figures[s].period_kind, figures[s].period_end) for s in ("8件", "2件")] == [
        ("as_of", "2021-10"), ("as_of", "2021-10")]
    assert figures["4.12亿元"].period_kind == "during"
    assert {figures[s].domain for s in ("十件", "4.12亿元", "8件")} == {"other"}
    year = {s: a for s, _, a in attributions("2020年，全市31项民生工程已全部完成年度目标任务。", published="2021-01")}
    assert (year["31项"].period_kind, year["31项"].period_end) == ("during", "2020-12")


def test_a_years_reimbursements_made_public_date_the_table_under_them():
    # 2008年度新农合住院报销公示 over a table of towns: the title names the year the figures are of (§6)
    page = ("某县2008年度新农合住院报销公示\n某县卫生局  2009年1月20日  【打印】\n\n"
            "  全县参合农民61.2万人，参合率90.4%。全年补偿资金2105.3万元。\n\n各乡镇住院补偿情况（部分）\n"
            "乡镇\t参合人数\t参合率\t住院人次\t补偿金额（万元）\n石桥镇\t41230\t91.2\t1502\t233.61\n"
            "柳河镇\t38514\t89.7\t1377\t209.40\n")
    figures = {s: a for s, _, a in attributions(page, published="2009-02")}
    assert (figures["41230"].period_kind, figures["41230"].period_end) == ("as_of", "2008-12")
    assert (figures["1377"].period_start, figures["1377"].period_end) == ("2008-01", "2008-12")


def test_people_counted_in_a_sentence_the_whole_year_heads_are_those_it_reached_over_the_year():
    # 全年城镇最低生活保障人数X人,乡村…Y人: everyone who drew it in the year (a flow, as 全年共有…); 年末… is
    # the year-end level
    page = ("2018年全市社会保障事业稳步发展。全年城镇最低生活保障人数1.52万人，乡村最低生活保障人数3.07万人。"
            "年末城市低保对象9120人。")
    figures = {s: a for s, _, a in attributions(page, published="2019-04")}
    assert [figures[s].period_kind for s in ("1.52万人", "3.07万人", "9120人")] == ["during", "during", "as_of"]


def test_a_cut_off_right_after_this_year_is_this_years_whatever_year_the_sentence_named_before():
    # 2007年参合率上升到89.7%,今年截至3月底,…34.51万人: 今年 is the report's year (§6), not 2007
    page = "2008年参合率上升到90.2%，今年截至3月底，全县参合农民已达35.06万人。"
    assert attribution_of(page, "35.06万人", "2009-04") == ("as_of", "2009-03")


def test_a_whole_year_heading_a_later_clause_of_a_since_sentence_dates_what_follows_it():
    # 去年以来,…,2020年全区共实施临时救助X人次…;实施医疗救助Y人次: the year the clause names counts them (§6),
    # not the span from last year to the report's month
    page = ("去年以来，区民政局扎实推进社会救助工作，2020年全区共实施临时救助1187人次，支出救助资金172.4万元；"
            "实施医疗救助4960人次，支出资金986万元。")
    figures = {s: a for s, _, a in attributions(page, published="2021-04")}
    assert [(figures[s].period_start, figures[s].period_end) for s in ("1187人次", "4960人次", "986万元")] == [
        ("2020-01", "2020-12")] * 3


def test_a_year_compared_with_at_some_length_is_a_base_not_the_figures_period():
    # 与联盟地区2018年最低采购价相比,…平均降幅59%: what the price fell from, not when (the 以来 before it dates the fall)
    page = "去年12月以来，全县落实国家集采药品，与联盟地区2018年最低采购价相比，中选药品平均降幅56%。"
    assert attribution_of(page, "56%", "2020-01")[0] == "during"
    figures = {s: a for s, _, a in attributions(page, published="2020-01")}
    assert (figures["56%"].period_start, figures["56%"].period_end) == ("2019-12", "2020-01")


def test_a_bulletins_kinds_of_hospital_and_allowance_rolls_named_with_a_modifier_are_counted_at_years_end():
    # a single-year bulletin's 县级医院4所, 乡镇卫生院14所, 享受城镇居民最低生活保障2136人, 五保供养人员1,892人: how many
    # there are (GUIDELINES §6 stocks), as 医院4所 and 享受最低生活保障12010人 already were; the money beside them accrues
    page = ("2012年全县卫生技术人员1,624人。其中县级医院4所，床位860张。全县乡镇卫生院14所。"
            "全县享受城镇居民最低生活保障2136人，全年发放保障金431万元。农村五保供养人员1,892人。")
    figures = {s: a for s, _, a in attributions(page, published="2013-03")}
    assert [(figures[s].period_kind, figures[s].period_end) for s in ("4所", "14所", "2136人", "1,892人")] == [
        ("as_of", "2012-12")] * 4
    assert figures["431万元"].period_kind == "during"


def test_a_span_from_what_started_to_a_month_is_a_running_totals_period():
    # 自2013年7月启动至2014年5月末,全市累计赔付7826人次 (GUIDELINES §9: a running total with its start in the text)
    page = "大病保险自2013年7月启动至2014年5月末，全市累计赔付7826人次，赔付金额3120万元。其中甲区1985人次。"
    figures = {s: a for s, _, a in attributions(page, published="2014-06")}
    assert [(figures[s].period_kind, figures[s].period_start, figures[s].period_end)
            for s in ("7826人次", "1985人次")] == [("during", "2013-07", "2014-05")] * 2


def test_a_look_back_inside_its_sentence_dates_its_own_figures_only():
    # …参保人数近三年累计减少1.28万人;(二)…: the look-back stands after the words it dates, not at its sentence's
    # head, so the next points of the list take the report's year (GUIDELINES §9)
    page = ("2024年工作总结\n二、存在问题\n（一）参保人数持续下降。受人口外流影响，居民医保参保人数近三年累计减少1.28万人；"
            "（二）基金运行压力加大。职工医保基金支出增速高出收入增速3.8个百分点。")
    figures = {s: a for s, _, a in attributions(page, published="2024-12")}
    assert (figures["1.28万人"].period_start, figures["1.28万人"].period_end) == ("2021-12", "2024-12")
    assert (figures["3.8个百分点"].period_start, figures["3.8个百分点"].period_end) == ("2024-01", "2024-12")


def test_a_bracketed_link_list_under_the_story_gives_the_page_no_year():
    # 【相关阅读】某市2024年医保基金运行平稳: a link to another story, furniture; 截至2月10日 takes the publication year
    page = ("某市城乡居民医保参保缴费完成率达93.17%\n2025年02月14日 09:02  来源:某市日报\n\n"
            "  记者从市医疗保障局获悉,截至2月10日,全市2025年度居民医保参保缴费201.36万人。\n\n"
            "  (记者 李某)\n\n【相关阅读】某市2024年医保基金运行平稳 结余率12.6%\n")
    assert attribution_of(page, "201.36万人", "2025-02") == ("as_of", "2025-02")
    assert attribution_of(page, "93.17%", "2025-02") == ("", "")  # (the headline's rate has no time of its own)


def test_a_yearbook_entry_records_the_year_of_the_first_time_it_names_even_a_month():
    # 某县年鉴2020 › 医疗保障: 【概况】 2019年2月,…挂牌成立。至年末,… is 2019's entry; a later 2020年…缴费标准提高到…
    # (next year's standard) names no year of the entry (GUIDELINES §6)
    page = ("某县年鉴2020 › 社会 › 医疗保障\n\n医疗保障\n\n"
            "【概况】 2019年2月，某县医疗保障局挂牌成立。至年末，全县基本医疗保险参保30.87万人。全年医保基金总收入7.94亿元。\n\n"
            "【基金征缴】 经市政府批准，2020年城乡居民医保个人缴费标准提高到每人每年280元。\n")
    assert attribution_of(page, "30.87万人", "2020-11") == ("as_of", "2019-12")
    assert attribution_of(page, "7.94亿元", "2020-11") == ("during", "2019-12")


def test_a_tables_title_whose_block_runs_into_its_column_headers_names_no_year_of_its_own():
    # 某县基本医疗保险基金运行情况表⏎填报单位…⏎项目⏎本月数⏎本年累计: the title is the block's first line; 本年 in a column header is
    # no summary's year, so 本月数 and 本年累计 are read in the month the notice is about (GUIDELINES §9 progress tables)
    page = ("某县医疗保障局2022年11月医保基金运行情况公示\n发布时间：2022-12-08\n"
            "现将我县2022年11月份基本医疗保险基金运行情况公示如下：\n"
            "某县基本医疗保险基金运行情况表\n填报单位：某县医疗保障局\n单位：人、万元\n项目\n本月数\n本年累计\n上年同期累计\n"
            "一、职工基本医疗保险\n基金收入\n432.18\n5205.36\n4987.10\n基金支出\n398.02\n4406.75\n4633.48\n")
    figures = {s: a for s, _, a in attributions(page, published="2022-12")}
    assert [(figures[s].period_start, figures[s].period_end) for s in ("432.18", "5205.36", "4987.10")] == [
        ("2022-11", "2022-11"), ("2022-01", "2022-11"), ("2021-01", "2021-11")]


def test_a_column_of_the_year_so_far_to_the_quarters_end_is_the_captions_months_from_january():
    # 年初至本季度末 under 2023年1-9月: this year so far (as 本年累计), not 年初 (January) nor the quarter alone
    page = ("某市2023年1-9月医保基金运行情况\n单位：万人、万元\n| 项目 | 本季度 | 年初至本季度末 |\n"
            "| 参保人数 | 180.52 | 180.61 |\n| 基金收入 | 170200 | 509200 |\n")
    figures = {s: a for s, _, a in attributions(page, published="2023-10")}
    assert (figures["180.61"].period_kind, figures["180.61"].period_end) == ("as_of", "2023-09")
    assert (figures["509200"].period_start, figures["509200"].period_end) == ("2023-01", "2023-09")


def test_a_drive_notices_scheme_year_is_no_period_and_its_table_is_of_the_cut_off_its_intro_names():
    # 关于2021年度城乡居民医保征缴工作进展情况的通报: 2021年度 names the scheme year paid for (GUIDELINES §9 progress
    # tables: a completion figure takes the table's date), and the township table under 现将截至2021年2月26日…通报如下
    # is of that cut-off, not of the year's end
    page = ("某县医疗保障局关于2021年度居民医保征缴工作进展情况的通报\n\n各乡镇人民政府：\n"
            "    现将截至2021年2月26日全县征缴进展情况通报如下：\n    一、总体情况\n"
            "    截至2月26日，全县已缴费24.91万人，完成率94.07%。\n    二、各乡镇进展情况\n"
            "序号  乡镇  任务数（人）  已缴费（人）  完成率\n1  甲镇  70512  68433  97.05%\n2  乙镇  30276  29151  96.28%\n"
            "3  丙镇  15893  15207  95.68%\n")
    assert attribution_of(page, "97.05%", "2021-03") == ("as_of", "2021-02")
    assert attribution_of(page, "68433", "2021-03") == ("as_of", "2021-02")


def test_those_a_family_doctor_signed_their_share_and_the_teams_are_levels():
    # 建档立卡贫困人口签约58922人, 签约率98.6%, 签约服务团队127个 in a year's summary: how many there are at its end
    # (GUIDELINES §6 covered persons), as 签约人数 and 签约居民 were; 新增签约 still accrues
    page = ("2018年，全县组建家庭医生签约服务团队127个，建档立卡贫困人口签约58922人，签约率98.6%。"
            "新增签约1200人。")
    assert [attribution_of(page, s, "2019-01") for s in ("127个", "58922人", "98.6%")] == [("as_of", "2018-12")] * 3
    assert attribution_of(page, "1200人", "2019-01") == ("during", "2018-12")


def test_a_half_year_progress_table_is_the_first_half_s_and_a_space_after_this_year_keeps_its_months():
    # 某市2021年民生实事项目半年进度表 dates its completions at June, as 半年度 does; 今年 1 至 11 月, as a PDF spaces it,
    # is one time (January to November), which the 其中 sentence after it continues
    table = "宜城市2021年民生实事项目半年进度表\n\n1\n\n城乡居民医保参保扩面\n\n参保30.56万人,参保率97.4%\n"
    figures = {s: a for s, _, a in attributions(table, published="2021-07", home_name="宜城市", home_code="420684")}
    assert (figures["97.4%"].period_kind, figures["97.4%"].period_end) == ("as_of", "2021-06")
    [t] = find_time_expressions("今年 1 至 11 月,共实施医疗救助 3126 人次。", "2010-12")
    assert (t.text, t.period_start, t.period_end) == ("今年 1 至 11 月", "2010-01", "2010-11")
    page = "今年 1 至 11 月,全旗共实施医疗救助 3126 人次。其中,农牧区医疗救助 2314 人次,支出 398 万元。\n"
    figures = {s: a for s, _, a in attributions(page, published="2010-12")}
    assert (figures["2314 人次"].period_start, figures["2314 人次"].period_end) == ("2010-01", "2010-11")


def test_a_from_to_s_earlier_year_dates_its_own_levels_only_not_a_whole_year_after_it():
    # 2011年,…人均筹资标准由2010年的150元提高到230元;全年累计补偿…: 全年 is the paragraph's 2011, not the from–to's 2010;
    # 分别由2010年的每人每月243元、每人每年1380元提高到2015年的442元、2860元: each list's year dates all its items
    page = ("2011年,全县新农合参合率达到98.5%,人均筹资标准由2010年的150元提高到230元;全年累计补偿参合农民158.7万人次,"
            "补偿资金3.62亿元。\n五年来,城乡低保标准分别由2010年的每人每月243元、每人每年1380元提高到2015年的442元、2860元。\n")
    figures = {s: a for s, _, a in attributions(page, published="2016-01", home_name="岚县", home_code="141127")}
    assert (figures["150元"].period_start, figures["3.62亿元"].period_start) == ("2010-01", "2011-01")
    assert (figures["1380元"].period_start, figures["1380元"].period_end) == ("2010-01", "2010-12")
    assert (figures["2860元"].period_start, figures["2860元"].period_end) == ("2015-01", "2015-12")


def test_a_change_since_the_week_before_a_cut_off_is_the_cut_off_month_s():
    # 截至12月15日,…较上周提升3.05个百分点, and a column | 较上周提升(个百分点) |: a week's change, in December, not the
    # year's nor a level at the cut-off; a change from the year's start (比年初增加) still runs from January
    page = ("某县2025年度居民医保征缴周通报\n截至2024年12月15日,全县已缴费47.57万人,完成率86.45%,较上周提升3.05个百分点。"
            "截至7月底,全县参保人数比年初增加1.2万人。\n三、各乡镇征缴进度(截至12月15日)\n名次  乡镇   完成率(%)   较上周提升(个百分点)\n"
            "1  甲镇      95.91  1.58\n2   乙镇 95.79   5.19\n3 丙镇      95.30 1.83\n")
    figures = {s: a for s, _, a in attributions(page, published="2024-12", home_name="岚县", home_code="141127")}
    for surface in ("3.05个百分点", "1.58"):
        a = figures[surface]
        assert (a.period_kind, a.period_start, a.period_end) == ("during", "2024-12", "2024-12"), surface
    assert (figures["1.2万人"].period_start, figures["1.2万人"].period_end) == ("2024-01", "2024-07")


def test_changes_from_a_point_a_clause_before_names_run_from_the_year_s_start_to_the_cut_off():
    # …比2015年末减少1893人,下降8.5%: the rate's fall is from the same point as the count's; 与2015年末相比,… the
    # sentence's own opening; a change 同比 of its own stays at the cut-off
    page = ("截至2016年9月底,全县城乡低保对象20310人,比2015年末减少1893人,下降8.5%。与2015年末相比,特困人员增加62人,"
            "增长4.1%。全县基金收入同比增长6.2%。\n")
    figures = {s: a for s, _, a in attributions(page, published="2016-10")}
    for surface in ("1893人", "8.5%", "62人", "4.1%"):
        a = figures[surface]
        assert (a.period_kind, a.period_start, a.period_end) == ("during", "2016-01", "2016-09"), surface
    assert (figures["6.2%"].period_kind, figures["6.2%"].period_end) == ("as_of", "2016-09")


def test_a_run_from_a_start_to_a_month_of_the_same_year_and_institutions_in_a_named_state_are_dated_so():
    # 自2020年7月启动模拟运行至12月底,累计入组病例2.37万例: July to December (an event's words between, the end's year the
    # start's); 全县纳入DIP付费管理的定点医疗机构共14家: how many there are at the year's end, as 全县定点医疗机构共14家
    page = ("某县2020年医疗保障工作总结\n自2020年7月启动模拟运行至12月底,累计入组病例2.37万例。同时,按病种付费病种达到120个。\n"
            "2020年,全县纳入DIP付费管理的定点医疗机构共14家,其中县级公立医院3家。\n")
    figures = {s: a for s, _, a in attributions(page, published="2021-01", home_name="岚县", home_code="141127")}
    assert (figures["2.37万例"].period_kind, figures["2.37万例"].period_start, figures["2.37万例"].period_end) == (
        "during", "2020-07", "2020-12")
    assert (figures["120个"].period_kind, figures["120个"].period_end) == ("as_of", "2020-12")
    assert (figures["14家"].period_kind, figures["14家"].period_end) == ("as_of", "2020-12")
    [t] = find_time_expressions("自2020年7月启动至3月底,", "2021-01")[:1]
    assert t.text == "2020年7月"  # (an end before the start is no range)


def test_a_progress_table_titled_with_its_year_and_a_bracketed_cut_off_is_dated_at_the_cut_off():
    # 2024年民生实事医保项目进度表(截至3月底): completions and their rates as at March of 2024, not the year's end
    page = ("2024年民生实事医保项目进度表（截至3月底）\n项目　　　　　　　　　　　年度目标　　完成数　　完成率\n"
            "困难群众资助参保（人）　　43700　　　43700　　　100%\n村级医保服务站（个）　　　255　　　　198　　　　77.6%\n")
    figures = attributions(page, published="2024-04", home_name="岚县", home_code="141127")
    done = {s: a for s, _, a in figures[3:]}
    for surface in ("198", "77.6%"):
        assert (done[surface].period_kind, done[surface].period_end) == ("as_of", "2024-03"), surface
    assert figures[0][2].period_kind == ""  # (the target column: no time of its own)


def test_a_table_caption_further_down_dates_no_paragraph_above_it():
    # 二、…落实情况⏎1.基本医保。起付线降低50%… above 表1 2019年1—9月…待遇情况: the caption's months are the table's and of
    # what comes after it; paragraphs above with no time of their own keep none (GUIDELINES §9 carry-over)
    page = ("某县人民政府关于医疗保障扶贫工作的报告\n\n一、参保情况\n全县困难群众3.2万人全部参加城乡居民医保。\n"
            "二、保障落实情况\n1.大病保险。困难群众大病保险起付线由1万元降至0.5万元。\n"
            "2.医疗救助。经两重保障后的个人自付部分按65%给予救助，年度最高救助限额3万元。\n\n"
            "表1　2019年1—9月困难群众医疗保障待遇情况　　单位：人次、万元\n项目　　　　人次　　　金额\n"
            "基本医保　　8215　　　3310.4\n医疗救助　　1906　　　512.8\n")
    figures = {s: a for s, _, a in attributions(page, published="2019-10", home_name="岚县", home_code="141127")}
    for surface in ("1万元", "0.5万元", "65%", "3万元"):
        assert figures[surface].period_kind == "", surface
    assert (figures["8215"].period_kind, figures["8215"].period_start, figures["8215"].period_end) == (
        "during", "2019-01", "2019-09")


def test_a_collection_drives_notice_dates_its_tables_by_the_cut_off_it_opens_with():
    # …征缴工作进展情况通报 / 截至2024年12月6日,全县…已参保X人… over a table with no time of its own: its cells are counted
    # to that cut-off as under 现将截至…通报如下; a 较上周 column is the week's change, in the cut-off's month; a column
    # of the people who should enroll (应参保人数) is the drive's task, a target column with no time of its own (§9)
    page = ("某县2025年度居民医保征缴工作进展情况通报（第九期）\n发布日期：2024年12月09日\n\n各乡镇：\n"
            "　　截至2024年12月6日，全县2025年度居民医保已参保25.1万人，参保率80.2%，较上周提高2.3个百分点。\n"
            "　　一、各乡镇进度\n| 乡镇 | 应参保人数 | 已参保人数 | 参保率(%) | 较上周增减(个百分点) |\n"
            "| 城关镇 | 41250 | 35012 | 84.88 | +2.10 |\n| 河口乡 | 18306 | 14209 | 77.62 | +1.95 |\n"
            "| 石门镇 | 22419 | 16877 | 75.28 | -0.20 |\n")
    figures = {s: a for s, _, a in attributions(page, published="2024-12", home_name="岚县", home_code="141127")}
    assert (figures["35012"].period_kind, figures["35012"].period_end) == ("as_of", "2024-12")
    assert (figures["84.88"].period_kind, figures["84.88"].period_end) == ("as_of", "2024-12")
    assert (figures["+2.10"].period_kind, figures["+2.10"].period_start, figures["+2.10"].period_end) == (
        "during", "2024-12", "2024-12")
    assert (figures["41250"].period_kind, figures["41250"].target) == ("", True)


def test_a_posting_line_ending_in_a_colon_is_no_lead_in_of_the_paragraphs_under_it():
    # 某县2016年十件民生实事全部完成 / 2017年01月12日 09:20  来源:某某新闻网  点击率: over paragraphs with figures and no
    # time of their own: the summary's year dates them (§6), not the day of the posting read as a list's lead-in
    page = ("某县2016年十件民生实事全部完成\n2017年01月12日 09:20  来源:某某新闻网    点击率:\n\n"
            "　　本报讯 日前,记者从县政府获悉,2016年十件民生实事已全部完成,共完成投资3.12亿元。\n"
            "　　教育方面,投入资金5200万元,完成4所农村学校改造。\n"
            "　　交通方面,完成通村公路硬化74公里,新开城乡公交线路5条。\n")
    figures = {s: a for s, _, a in attributions(page, published="2017-01", home_name="岚县", home_code="141127")}
    for surface in ("5200万元", "74公里"):
        assert (figures[surface].period_kind, figures[surface].period_start, figures[surface].period_end) == (
            "during", "2016-01", "2016-12"), surface


def test_a_notice_of_subsidies_is_about_the_scheme_year_its_intro_names():
    # 现将我县2021年度城乡居民医保资助参保对象…公示如下: the items under it, with no time of their own, are of that scheme
    # year (the year the subsidies pay for); a drive's notice (现将2022年度…征缴进展情况通报如下) keeps its year for none
    page = ("关于2021年度城乡居民医保资助参保对象的公示\n发布日期：2021-01-11\n\n"
            "　　现将我县2021年度城乡居民医保资助参保对象及资助标准公示如下：\n　　一、资助标准\n"
            "　　1.特困供养人员：全额资助，每人320元；\n　　2.低保对象：每人资助240元。\n"
            "　　二、资助人数\n　　全县共资助参保21563人，资助资金合计538.6万元。\n")
    figures = {s: a for s, _, a in attributions(page, published="2021-01", home_name="岚县", home_code="141127")}
    for surface in ("240元", "21563人", "538.6万元"):
        assert (figures[surface].period_kind, figures[surface].period_start, figures[surface].period_end) == (
            "during", "2021-01", "2021-12"), surface
    drive = ("某县居民医保征缴工作通报\n\n　　现将2022年度城乡居民医保征缴进展情况通报如下：\n\n　　一、总体情况\n\n"
             "　　城关镇完成率最高，达到91.2%。\n")
    assert attribution_of(drive, "91.2%", "2021-11") == ("", "")


def test_a_document_sites_list_of_other_uploads_is_no_title_of_the_page_above_it():
    # 相关文档 / 某县民政局2014年工作总结.doc under a report with no date: a list of links at the foot, not a headline
    # printed after the body, so its year dates no figure of the report; 今年 on a page with no publication month
    # stays without a period (GUIDELINES §6), a standard with no time of its own too
    page = ("某县人民政府关于县人大常委会《关于全县城乡医疗救助工作情况的审议意见》落实情况的报告\n"
            "上传者：abc_01　　文档格式：txt　　页数：2\n\n县人大常委会：\n"
            "　　县人大常委会审议了县政府关于城乡医疗救助工作情况的报告，提出了审议意见。现将落实情况报告如下：\n"
            "　　一、扩大救助范围。将低收入家庭中的重病患者纳入救助范围。\n"
            "　　二、提高救助水平。低保对象住院救助比例由45%提高到55%，年度救助封顶线由每人每年6000元提高到9000元。\n"
            "　　2014年，全县共实施医疗救助5120人次，支出救助资金902.6万元。\n"
            "　　三、资助参合。今年，县财政安排资金162万元，为全县1.08万名困难群众代缴新农合个人缴费。\n\n"
            "相关文档\n某县民政局2014年工作总结.doc\n关于城乡医疗救助工作情况的调研报告.doc\n")
    figures = {s: a for s, _, a in attributions(page, published=None, home_name="岚县", home_code="141127")}
    for surface in ("55%", "9000元", "162万元"):
        assert figures[surface].period_kind == "", surface
    assert (figures["902.6万元"].period_start, figures["902.6万元"].period_end) == ("2014-01", "2014-12")


def test_a_number_cell_under_a_progress_tables_column_of_what_was_done_is_as_at_its_date():
    # 某县2023年民生实事项目上半年进展情况表 | 完成投资(万元) |: the money spent so far, as the completions in words beside
    # it are, as at the half-year's end (GUIDELINES §9 progress tables), not over the whole year; the target stays none
    page = ("某县2023年民生实事项目上半年进展情况表\n\n序号|项目名称|年度目标任务|1-6月完成情况|完成率|完成投资(万元)\n"
            "1|困难群众医疗救助|救助困难群众1.8万人次|救助9630人次|53.5%|1288.6\n"
            "2|公办幼儿园建设|新建公办幼儿园3所|主体完工2所|66.7%|1530\n")
    figures = {s: a for s, _, a in attributions(page, published="2023-07", home_name="岚县", home_code="141127")}
    for surface in ("1288.6", "1530", "9630人次"):
        assert (figures[surface].period_kind, figures[surface].period_end) == ("as_of", "2023-06"), surface
    assert figures["1.8万人次"].period_kind == ""


def test_a_year_told_by_a_source_heads_its_sentence_and_dates_the_whole_year_after_it():
    # 据介绍,2022年,县医保局…;…。全年公开曝光典型案例X例: the year after 据介绍 heads the sentence, and its 全年 is that
    # year (GUIDELINES §9 carry-over), not the year of a headline announcing this year's campaign
    page = ("某县启动2023年医保基金监管集中宣传月活动\n\n"
            "　　据介绍，2022年，县医保局联合相关部门开展专项检查，共检查定点医药机构356家次，追回医保基金612.4万元。"
            "全年公开曝光典型案例九例，发放举报奖励金0.8万元。\n")
    figures = {s: a for s, _, a in attributions(page, published="2023-04", home_name="岚县", home_code="141127")}
    for surface in ("356家次", "九例", "0.8万元"):
        assert (figures[surface].period_start, figures[surface].period_end) == ("2022-01", "2022-12"), surface


def test_the_start_of_the_year_a_from_figure_names_is_of_its_sentences_year():
    # 2023年,全县参保率由年初的95.1%提高到96.8% in a report of January 2024: the rate before is at the start of 2023, the
    # year its sentence names (GUIDELINES §9 from–to: the earlier level takes the earlier time the text gives)
    page = "2023年，全县城乡居民医保参保率由年初的94.6%提高到96.2%。"
    figures = {s: a for s, _, a in attributions(page, published="2024-01", home_name="岚县", home_code="141127")}
    assert (figures["94.6%"].period_kind, figures["94.6%"].period_end) == ("as_of", "2023-01")
    assert (figures["96.2%"].period_kind, figures["96.2%"].period_end) == ("as_of", "2023-12")


def test_service_points_built_in_a_period_accrue_over_it():
    # 上半年,全市新建村级医保服务点47个: the points built in the half-year, a flow (GUIDELINES §6), as 新增 ones are;
    # 全市共有医保服务点312个 is how many there are
    page = "上半年，全市新建村级医保服务点38个，目前全市共有医保服务点296个。"
    figures = {s: a for s, _, a in attributions(page, published="2024-07", home_name="岚县", home_code="141127")}
    assert (figures["38个"].period_kind, figures["38个"].period_start, figures["38个"].period_end) == (
        "during", "2024-01", "2024-06")
    assert figures["296个"].period_kind == "as_of"


def test_a_government_sites_previous_and_next_links_are_furniture_under_a_bulletin():
    # …公报(2) over one paragraph, 上一条:…公报(1)    下一条:…公报(3) at its foot: links, no title of another article, so
    # the bulletin's year dates its 全年 (GUIDELINES §6), not the year it was posted in
    page = ("忻州市宁武县2015年国民经济与社会发展统计公报(2)\n\n2016-04-12 忻州市宁武县统计局\n\n"
            "  九、卫生和社会保障  年末全县共有卫生机构 312 个,卫生机构床位 1620 张。全年儿童计划免疫接种率 98.2%。"
            "全年新农合参合 12.6 万人,参合率 98.1%。全年医疗救助 1.36 万人次,支出医疗救助资金 1012 万元。\n\n"
            "上一条:忻州市宁武县2015年国民经济与社会发展统计公报(1)    下一条:忻州市宁武县2015年国民经济与社会发展统计公报(3)\n")
    figures = {s: a for s, _, a in attributions(page, published="2016-04", home_name="宁武县", home_code="140925")}
    assert (figures["1012 万元"].period_start, figures["1012 万元"].period_end) == ("2015-01", "2015-12")
    assert (figures["12.6 万人"].period_kind, figures["12.6 万人"].period_end) == ("as_of", "2015-12")


def test_a_base_of_the_same_months_a_year_before_is_dated_so():
    # 1至11月,…平均每个住院病人获得补偿1326元,比去年同期的1108元增加218元: the base is the same months of the year before
    # (GUIDELINES §6, §9 from–to), as 比去年的1108元 is the year before; the rise is this period's
    page = "1至11月，全县新农合住院补偿3.8万人次，平均每个住院病人获得补偿1415元，比去年同期的1190元增加225元。"
    figures = {s: a for s, _, a in attributions(page, published="2007-12", home_name="岚县", home_code="141127")}
    assert (figures["1190元"].period_start, figures["1190元"].period_end) == ("2006-01", "2006-11")
    assert (figures["225元"].period_start, figures["225元"].period_end) == ("2007-01", "2007-11")


def test_each_item_of_a_list_of_dated_batches_is_of_its_day():
    # 二次补偿金分两批发放：11月5日发放第一批980人,金额61.2万元；11月20日发放第二批760人: each item opens with the day its
    # batch was paid, no comma after it, and is that month's (GUIDELINES §6: a time heading its clause)
    page = "全县新农合二次补偿金分两批发放：11月5日发放第一批980人，金额61.2万元；11月20日发放第二批760人，金额47.5万元。"
    figures = {s: a for s, _, a in attributions(page, published="2015-12", home_name="岚县", home_code="141127")}
    for surface in ("980人", "47.5万元"):
        assert (figures[surface].period_kind, figures[surface].period_start, figures[surface].period_end) == (
            "during", "2015-11", "2015-11"), surface


def test_a_share_of_the_people_a_stock_word_counted_just_before_is_a_level_too():
    # 参保人数最多,为23.65万人,占全市的31.2%: the county's share of the insured at the year's end, as they are
    page = "2019年全市城乡居民医保参保情况\n\n从各县区看,甲区参保人数最多,为23.65万人,占全市的31.2%。\n"
    figures = {s: a for s, _, a in attributions(page, published="2020-03")}
    assert (figures["31.2%"].period_kind, figures["31.2%"].period_end) == ("as_of", "2019-12")
    # a share of money paid stays a flow
    page = "2019年全市城乡居民医保基金运行情况\n\n从各县区看,甲区基金支出最多,为2.36亿元,占全市的31.2%。\n"
    figures = {s: a for s, _, a in attributions(page, published="2020-03")}
    assert figures["31.2%"].period_kind == "during"


def test_a_moment_heading_a_sentences_last_clause_dates_the_sentence_a_semicolon_continues():
    # 全年…发放低保金X万元,年末享受城市低保的居民Y人;享受农村低保的农民Z人: the rural count is at the year's end too
    page = ("某县2008年统计公报\n\n十、社会保障\n全年为城镇低保对象发放低保金352万元,"
            "年末享受城市最低生活保障的居民3870人;享受农村最低生活保障的农民5214人。\n")
    figures = {s: a for s, _, a in attributions(page, published="2009-03")}
    assert (figures["5214人"].period_kind, figures["5214人"].period_end) == ("as_of", "2008-12")
    assert (figures["352万元"].period_kind, figures["352万元"].period_start) == ("during", "2008-01")


def test_how_many_kinds_of_drug_or_payment_group_have_come_to_be_in_force_is_a_level():
    # 集采中选药品品种达到480个, 按病种付费病组达到560个: how many there are at the summary year's end
    page = ("某县医疗保障局2023年工作总结\n\n(六)医药服务。全县落地执行的集采中选药品品种达到480个,按病种付费病组达到560个,"
            "全年节约药品费用约620万元。\n")
    figures = {s: a for s, _, a in attributions(page, published="2024-01")}
    for surface in ("480个", "560个"):
        assert (figures[surface].period_kind, figures[surface].period_end) == ("as_of", "2023-12"), surface
    assert figures["约620万元"].period_kind == "during"


def test_a_years_flow_under_a_year_end_cut_off_runs_from_january():
    # 截至2013年12月底,全县共有…,全年发放低保金X万元: 全年 gives the flow its own start; the roll stays a level
    page = "某县民政局2013年工作总结\n\n截至2013年12月底,全县共有城乡低保对象1.76万人,全年发放低保金6218.4万元。\n"
    figures = {s: a for s, _, a in attributions(page, published="2014-01")}
    assert (figures["6218.4万元"].period_kind, figures["6218.4万元"].period_start) == ("during", "2013-01")
    assert (figures["1.76万人"].period_kind, figures["1.76万人"].period_end) == ("as_of", "2013-12")


def test_a_year_end_in_a_later_paragraph_of_a_yearbook_entry_is_the_entry_s_year():
    # an entry posted a volume later: 【概况】 2015年,… names the year, and 【基金运行】's 年末 is its December, not the
    # last one before the posting; the paragraph's figures after it keep that year (GUIDELINES §6, §9)
    page = ("当前位置：某县人民政府网 >> 走进某县 >> 某县年鉴 >> 2017卷\n\n卫生·新型农村合作医疗\n\n"
            "时间：2017-06-12 09:41　　来源：某县地方志办公室　　浏览次数：215\n\n"
            "【概况】　2015年，全县参合农民28.64万人，参合率97.3%。\n\n"
            "【基金运行】　全年新农合基金支出2871万元；年末基金累计结余512万元。全县参合农民受益41.8万人次。\n")
    assert attribution_of(page, "2871万元", "2017-06") == ("during", "2015-12")
    assert attribution_of(page, "512万元", "2017-06") == ("as_of", "2015-12")
    assert attribution_of(page, "41.8万人次", "2017-06") == ("during", "2015-12")


def test_a_table_captions_years_date_its_cells_not_the_paragraphs_after_the_table():
    # 表2  2020—2022年某县医疗救助情况 over rows of years: the paragraphs after the table, which name no time of their
    # own, are the policy as it stands, of no period (GUIDELINES §9: a time does not carry into a new paragraph)
    page = ("某县民政局关于县人大十八届二次会议第15号建议的答复\n\n发布时间:2023-04-18\n\n"
            "　　一、基本情况\n\n　　2020—2022年全县医疗救助情况见下表:\n\n"
            "　　表2  2020—2022年某县医疗救助情况\n"
            "　　年度     救助人次(人次)   救助金额(万元)\n"
            "　　2020      5120             812.6\n　　2021      5630             905.1\n"
            "　　2022      6014             987.3\n\n"
            "　　住院救助不设起付线,政策范围内个人自付部分按70%比例救助,年度救助限额为3万元。\n")
    assert attribution_of(page, "5630", "2023-04") == ("during", "2021-12")
    assert attribution_of(page, "70%", "2023-04") == ("", "")
    assert attribution_of(page, "3万元", "2023-04") == ("", "")
