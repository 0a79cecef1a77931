"""Tests for extract.periods (GUIDELINES §6). All sentences are made up for these tests."""

from __future__ import annotations

import pytest

from extract.periods import (
    WORDLISTS,
    TimeExpr,
    find_time_expressions,
    infer_publication_month,
)

# Each case: (published, text, expected) where expected is a list of
# (kind, snippet, period_start, period_end, resolved, relative); the expected
# offsets are those of the first occurrence of `snippet` at or after the end of
# the previous expected expression.
CASES = [
    # ---- as_of with 截至 / 截止
    ("2025-12", "截至2025年11月，全县参保人数达到8万人。",
     [("as_of", "截至2025年11月", "", "2025-11", True, False)]),
    ("2025-12", "截至2025年11月底，城乡居民参保率为96%。",
     [("as_of", "截至2025年11月底", "", "2025-11", True, False)]),
    ("2025-12", "截至2025年11月30日，基金结存1.2亿元。",
     [("as_of", "截至2025年11月30日", "", "2025-11", True, False)]),
    ("2025-12", "截止到2025年10月，累计发放补贴300万元。",
     [("as_of", "截止到2025年10月", "", "2025-10", True, False)]),
    ("2025-12", "截至2025年1月底，已建成养老站点12个。",
     [("as_of", "截至2025年1月底", "", "2025-01", True, False)]),
    ("2025-06", "截至3月底，全乡共有医生40名。",
     [("as_of", "截至3月底", "", "2025-03", True, True)]),
    (None, "截至3月底，全乡共有医生40名。",
     [("as_of", "截至3月底", "", "", False, True)]),
    ("2025-12", "截至二〇二五年十一月底，共办理业务900件。",
     [("as_of", "截至二〇二五年十一月底", "", "2025-11", True, False)]),
    ("2025-12", "截至2024年，全县共有学校50所。",
     [("as_of", "截至2024年", "", "2024-12", True, False)]),
    ("2025-09", "截至上半年，新增就业600人。",
     [("as_of", "截至上半年", "", "2025-06", True, True)]),
    ("2025-12", "截至今年10月，新增参保2000人。",
     [("as_of", "截至今年10月", "", "2025-10", True, True)]),
    ("2025-12", "截至2024年秋季学期结束，累计资助学生300名。",
     [("as_of", "截至2024年秋季学期结束", "", "2025-01", True, False)]),
    # ---- now words
    ("2026-01", "截至目前，已完成改造150户。",
     [("as_of", "截至目前", "", "2026-01", True, True)]),
    (None, "截至目前，已完成改造150户。",
     [("as_of", "截至目前", "", "", False, True)]),
    ("2025-12", "目前，全镇有卫生室20个。",
     [("as_of", "目前", "", "2025-12", True, True)]),
    ("2025-12", "当前，该县参保率保持在95%以上。",
     [("as_of", "当前", "", "2025-12", True, True)]),
    (None, "如今，村里建起了3个食堂。",
     [("as_of", "如今", "", "", False, True)]),
    ("2025-03", "该县现已建成日间照料中心5个。",
     [("as_of", "现已", "", "2025-03", True, True)]),
    ("2025-03", "工作人员发现已有200户完成缴费。", []),
    # ---- during: years, months, ranges
    ("2025-12", "2025年1至11月份，医疗救助支出500万元。",
     [("during", "2025年1至11月份", "2025-01", "2025-11", True, False)]),
    ("2025-12", "2025年1-11月，新增就业3000人。",
     [("during", "2025年1-11月", "2025-01", "2025-11", True, False)]),
    ("2025-05", "1—4月，全市发放救助金80万元。",
     [("during", "1—4月", "2025-01", "2025-04", True, True)]),
    (None, "1—4月，全市发放救助金80万元。",
     [("during", "1—4月", "", "", False, True)]),
    ("2025-12", "一至十一月，全县接待游客50万人次。",
     [("during", "一至十一月", "2025-01", "2025-11", True, True)]),
    ("2025-12", "二〇二五年一月至十一月，累计报销1000万元。",
     [("during", "二〇二五年一月至十一月", "2025-01", "2025-11", True, False)]),
    ("2025-11", "2026年度城乡居民医保个人缴费标准为400元。",
     [("during", "2026年度", "2026-01", "2026-12", True, False)]),
    ("2025-12", "2024年，全县新建幼儿园3所。",
     [("during", "2024年", "2024-01", "2024-12", True, False)]),
    (None, "2024年，全县新建幼儿园3所。",
     [("during", "2024年", "2024-01", "2024-12", True, False)]),
    ("2025-12", "2024年全年共接诊8万人次。",
     [("during", "2024年全年", "2024-01", "2024-12", True, False)]),
    ("2025-12", "全年共接诊8万人次。",
     [("during", "全年", "", "", False, False)]),
    ("2025-12", "2025年3月，该县发放补贴50万元。",
     [("during", "2025年3月", "2025-03", "2025-03", True, False)]),
    ("2025-06", "3月份，全镇新增参保200人。",
     [("during", "3月份", "2025-03", "2025-03", True, True)]),
    ("2025-06", "三月份，全镇新增参保200人。",
     [("during", "三月份", "2025-03", "2025-03", True, True)]),
    ("2025-12", "2021—2025年，全县累计投入2亿元。",
     [("during", "2021—2025年", "2021-01", "2025-12", True, False)]),
    ("2025-12", "2024年12月至2025年2月，开展冬季行动。",
     [("during", "2024年12月至2025年2月", "2024-12", "2025-02", True, False),
      ("during", "冬季", "2025-12", "2026-02", True, True)]),
    ("2025-11", "前10个月，全县财政收入增长5%。",
     [("during", "前10个月", "2025-01", "2025-10", True, True)]),
    # ---- parts of a year
    ("2025-12", "上半年，全县办理业务300件。",
     [("during", "上半年", "2025-01", "2025-06", True, True)]),
    ("2025-12", "下半年新增床位80张。",
     [("during", "下半年", "2025-07", "2025-12", True, True)]),
    ("2025-12", "一季度，全市参保3000万人。",
     [("during", "一季度", "2025-01", "2025-03", True, True)]),
    ("2025-12", "第一季度支出20万元。",
     [("during", "第一季度", "2025-01", "2025-03", True, True)]),
    ("2025-12", "前三季度，累计结算10万人次。",
     [("during", "前三季度", "2025-01", "2025-09", True, True)]),
    ("2026-01", "2025年上半年，全县新增就业800人。",
     [("during", "2025年上半年", "2025-01", "2025-06", True, False)]),
    ("2025-12", "2025年第三季度末，贷款余额5亿元。",
     [("as_of", "2025年第三季度末", "", "2025-09", True, False)]),
    ("2025-12", "年末，全县户籍人口30万人。",
     [("as_of", "年末", "", "2025-12", True, True)]),
    ("2025-12", "年底前完成改造100户。",
     [("as_of", "年底", "", "2025-12", True, True)]),
    ("2025-12", "2024年末，全县共有医院8家。",
     [("as_of", "2024年末", "", "2024-12", True, False)]),
    ("2025-12", "2024年底，存款余额3亿元。",
     [("as_of", "2024年底", "", "2024-12", True, False)]),
    ("2025-06", "今年初，全市启动了改造工程。",
     [("as_of", "今年初", "", "2025-01", True, True)]),
    ("2025-12", "2024年秋季学期共资助200人。",
     [("during", "2024年秋季学期", "2024-09", "2025-01", True, False)]),
    ("2025-12", "今年年中完成验收。",
     [("as_of", "今年年中", "", "2025-06", True, True)]),
    # ---- eras and 以来
    ("2026-01", "“十四五”期间，全县新增学位5000个。",
     [("during", "“十四五”期间", "2021-01", "2025-12", True, False)]),
    ("2025-12", "\"十四五\"以来，累计投入3亿元。",
     [("during", "\"十四五\"以来", "2021-01", "2025-12", True, False)]),
    ("2024-06", "\"十四五\"以来，累计投入3亿元。",
     [("during", "\"十四五\"以来", "2021-01", "2024-06", True, True)]),
    (None, "十四五时期，共改造危房900户。",
     [("during", "十四五时期", "2021-01", "2025-12", True, False)]),
    ("2025-12", "“十三五”期间建成道路300公里。",
     [("during", "“十三五”期间", "2016-01", "2020-12", True, False)]),
    ("2025-12", "十二五以来，新增企业50家。",
     [("during", "十二五以来", "2011-01", "2015-12", True, False)]),
    ("2025-12", "“十四五”规划明确了20项任务。", []),
    ("2026-01", "自2015年创办以来，大赛吸引选手2万名。",
     [("during", "自2015年创办以来", "2015-01", "2026-01", True, True)]),
    ("2025-12", "2015年以来，累计帮扶5000户。",
     [("during", "2015年以来", "2015-01", "2025-12", True, True)]),
    (None, "2015年以来，累计帮扶5000户。",
     [("during", "2015年以来", "", "", False, True)]),
    ("2025-10", "今年以来，全县新增参保1万人。",
     [("during", "今年以来", "2025-01", "2025-10", True, True)]),
    ("2025-10", "去年以来，共举办培训30场。",
     [("during", "去年以来", "2024-01", "2025-10", True, True)]),
    ("2025-10", "党的二十大以来，全县新建学校6所。",
     [("during", "党的二十大以来", "2022-10", "2025-10", True, True)]),
    ("2025-12", "2018年至今，累计发放贷款2亿元。",
     [("during", "2018年至今", "2018-01", "2025-12", True, True)]),
    # ---- relative years
    ("2025-12", "今年，全县新增就业2000人。",
     [("during", "今年", "2025-01", "2025-12", True, True)]),
    ("2025-12", "去年，全县新增就业1800人。",
     [("during", "去年", "2024-01", "2024-12", True, True)]),
    ("2025-12", "前年新增就业1500人。",
     [("during", "前年", "2023-01", "2023-12", True, True)]),
    (None, "今年，全县新增就业2000人。",
     [("during", "今年", "", "", False, True)]),
    ("2025-12", "今年1至10月，累计支出900万元。",
     [("during", "今年1至10月", "2025-01", "2025-10", True, True)]),
    ("2025-12", "去年底，全县有农户3万户。",
     [("as_of", "去年底", "", "2024-12", True, True)]),
    # ---- open-ended 起
    ("2025-03", "2024年起，连续五年每年补贴100元。",
     [("during", "2024年起，连续五年", "2024-01", "2028-12", True, False)]),
    ("2025-03", "2024年起，免费发放早餐。",
     [("during", "2024年起", "", "", False, False)]),
    ("2025-03", "从2022年起，每年投入50万元。",
     [("during", "从2022年起", "", "", False, False)]),
    ("2025-03", "今年起，取消该项收费。",
     [("during", "今年起", "", "", False, True)]),
    # ---- comparison bases are dropped
    ("2025-12", "与去年同期相比，下降了12%。", []),
    ("2025-12", "去年同期为300人。", []),
    ("2025-12", "2025年1-11月，比上年增长5%。",
     [("during", "2025年1-11月", "2025-01", "2025-11", True, False)]),
    ("2025-12", "较2020年末增加800人。", []),
    # ---- day dates, vague words, non-dates
    ("2025-12", "12月9日，县消防大队检查了2家企业。", []),
    ("2025-12", "2025年12月25日，在县医院举行了义诊。", []),
    ("2025-12", "12月7日至10日，开展培训3场。", []),
    ("2025-12", "近日，该县发放慰问金5万元。", []),
    ("2025-12", "近年来，全县建成食堂20个。", []),
    ("2025-12", "日前，记者从县医保局获悉。", []),
    ("2025-12", "连日来，志愿者服务群众300人次。", []),
    ("2025-12", "全县2000余名干部参与。", []),
    ("2025-12", "共帮扶1759户。", []),
    ("2025-12", "投入资金488.93万元。", []),
    ("2025-12", "覆盖5670.7万户。", []),
    ("2025-12", "6月龄以内婴儿可免费接种。", []),
    ("2025-12", "不到一月便获批。", []),
    ("2025-12", "服务覆盖全年龄段人群。", []),
    ("2025-12", "60岁以上年龄段的老人有300人。", []),
    ("2025-12", "每年投入160万元，一年可省500元。", []),
    ("2025-12", "老年大学开设课程20门，晚年生活丰富。", []),
    ("2025-12", "三月的县城春意盎然。", []),
    ("2025-12", "2024年中国经济增长5%。",
     [("during", "2024年", "2024-01", "2024-12", True, False)]),
    ("2025-12", "截至今日，已登记800人。",
     [("as_of", "截至今日", "", "2025-12", True, True)]),
    ("2025-12", "2025年3月1日以来，累计受理900件。",
     [("during", "2025年3月1日以来", "2025-03", "2025-12", True, True)]),
    # ---- several in one sentence
    ("2025-12", "2024年，全县参保10万人；截至2025年11月，参保10.5万人。",
     [("during", "2024年", "2024-01", "2024-12", True, False),
      ("as_of", "截至2025年11月", "", "2025-11", True, False)]),
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


@pytest.mark.parametrize("published,text,expected", CASES, ids=_ids())
@pytest.mark.parametrize("pub_override", [None, "2025-12"])
def test_invariants(published, text, expected, pub_override):
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
    "征缴期将持续至2026年2月25日。\n"
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


def test_infer_odd_outlier_dropped():
    text = "2024年3月2日开幕。2024年3月5日闭幕。2042年3月5日。"
    assert infer_publication_month(text)[0] == "2024-03"


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
