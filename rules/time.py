"""Time rules (GUIDELINES §6): time expressions and the periods they name, symbolically.

A rule's `resolve` reads one match and returns a `Symbolic` period: which months it
covers relative to which year (written, relative to the publication year, or implied)
— before anything is known of the document. `extract.periods.PeriodResolver` anchors
it to the publication month and the document's own year headings. Skips consume text
that looks like time but names no period (近日, a day date).

Word lists are data: ``time_words.tsv`` (relative years, "now" words, parts of a year, prefixes and suffixes,
with flags), ``time_eras.tsv`` (five-year plans, Party congresses), ``time_compare.tsv`` (comparison bases).

Decisions where GUIDELINES §6 is silent:
* A year-less expression (3月, 一季度, 上半年, bare 年末) takes the year the document is
  about (the publication year unless a heading or an earlier year says otherwise).
* Bare 全年 / 年内 need a year from context (``Year("needed")``): a bulletin's title, a
  preceding explicit year; the publication year alone is not enough.
* A day date that opens a sentence or clause (12月9日上午，…; 本报讯 8月12日至16日，…) dates what the clause
  reports: during that month (or months). Inside a clause (于12月9日召开) it is an event's date: consumed,
  never returned, except after 截至/截止 and before 前 (a deadline) (as_of that month) or before 以来
  (since that month).
* M月底/末/初 → as_of that month; M月上/中/下旬 → during that month. 截至 + an interval → as_of its last month.
* YYYY年起 / 今年起 are that year (a standard set from it is the year's); 2024年起，连续五年 → 2024..2028;
  a month or a day on (7月1日起) runs from it to that year's end, the first year the rule runs.
* …以来 / …至今 → during start..publication month. "十四五"以来 ends at the earlier of the publication month and the
  plan's end (the plan's end when the month is unknown).
* A bare plan name (十四五规划) is a label. 年中 needs a year word (今年年中). A Chinese-numeral month with no year
  needs 份/底/末/初/旬 or a range (不到一月 is a duration).
* Seasons: 春季 03..05, 夏季 06..08, 秋季 09..11, 冬季 12..02; 春季学期 02..07, 秋季学期 09..01. 前N个月 → 01..N.
  本月 / 上月 → the publication month / the one before.
* Years are 1900–2099 (Arabic, followed by 年) or four Chinese digits (二〇二五年).
"""
from __future__ import annotations

from rules.base import TimeExample as T
from rules.base import TimeRule, TimeSkip
from rules.decades import DECADE
from rules.lead_days import resolve_lead_day
from rules.time_grammar import (DASH, DAY, DOTTED, MON, MONTH_PARTS, NUMM, NUMY, GAP, SP, Y_ABS, F, resolve_asof, resolve_core,
                                resolve_era, resolve_lookback, resolve_month_rel, resolve_now, resolve_open,
                                resolve_range, resolve_since, Point, Symbolic, Year)
from rules.fragments import alternation
from rules.wordlists import words

NONE_WORDS = TimeSkip(
    name="vague_time_words",
    pattern=F["NONE"],
    why="近日, 日前, 近年来, 当年 …: time words that name no period (the list is data)",
    examples=(("近日，该县发放慰问金5万元。", "近日"), ("近年来，全县建成食堂20个。", "近年来"),
              ("服务覆盖全年龄段人群。", "全年龄")),
)

AGE = TimeSkip(
    name="age_this_year",
    pattern=rf"(?:今年|现年)(?:已经?|刚满|才|快)?{SP}(?:\d{{1,3}}|[一二三四五六七八九十]{{1,3}})多?{SP}周?岁",
    why="今年65岁的李大爷: a person's age this year, not the period of a figure",
    examples=(("今年65岁的李大妈去年住院3次。", "今年65岁"), ("今年七十多岁的王大爷说。", "今年七十多岁"),
              ("老人今年已经82周岁。", "今年已经82周岁")),
)

DAY_DATE = TimeSkip(
    name="day_date",
    pattern=F["DAY_DATE"],
    why="于12月9日, 2025年12月25日在, 12月7日至10日在: the date of an event inside its clause, not a period",
    examples=(("县消防大队于12月9日检查了2家企业。", "12月9日"),
              ("2025年12月25日在县医院举行了义诊。", "2025年12月25日"),
              ("全县于12月7日至10日开展培训3场。", "12月7日至10日")),
)

LEAD_DAY = TimeRule(
    name="lead_day",
    # a day date that opens a sentence or clause, its comma after it: what the clause reports happened then
    pattern=(rf"{F['YEARX']}?(?P<m>{MON}){SP}月(?!龄)份?{SP}(?P<day>{DAY})"
             rf"(?:{DASH}(?:(?P<dm2>{MON}){SP}月{SP})?{DAY})?"),
    resolve=resolve_lead_day,
    examples=(
        T("12月9日上午，县慈善总会为132名患者发放救助金68万元。", "12月9日", ("during", "2025-12", "2025-12"), published="2025-12"),
        T("本报讯 8月28日至9月3日，省检查组检查了12家医院。", "8月28日至9月3日", ("during", "2025-08", "2025-09"),
          published="2025-09"),
        T("受疫情影响，2月6日，县医保局预拨医保基金800万元。", "2月6日", ("during", "2020-02", "2020-02"), published="2020-03"),
        T("7月3日　全县11个乡镇受灾，倒塌房屋46间。", "7月3日", ("during", "2012-07", "2012-07"), published="2012-12"),
        T("本周（11月29日至12月5日）新增缴费3万余人。", "11月29日至12月5日", ("during", "2025-11", "2025-12"), published="2025-12"),
        T("● 5月19日 县医保局为2300名特困人员代缴保费。", "5月19日", ("during", "2020-05", "2020-05"), published="2020-12"),
        T("●10月18日,省合管办抽查定点医院9家。", "10月18日", ("during", "2012-10", "2012-10"), published="2012-12"),
        T("分两批发放：11月5日发放第一批980人；11月20日…", "11月5日", ("during", "2015-11", "2015-11"), published="2015-12"),
    ),
    counter_examples=("县消防大队于12月9日检查了2家企业。", "12月9日召开的会议上通报了3起案件。", "会议时间：12月3日。",
                      "3月3日，记者从县医保局获悉，全县参保8.7万人。", "某日报\n2021年09月15日　星期三\n第3版：县区新闻"),
)

PLAN_OF_THE_YEAR = TimeSkip(
    name="plan_of_the_year",
    pattern=r"年初(?=预算|计划|目标|任务)",
    why="完成年初预算的53.1%, 为年初计划的103%: the plan set at the year's start names what the figure is a share of, "
        "not its time",
    examples=(("全县一般公共预算收入完成年初预算的53.1%。", "年初"), ("累计完成投资4.65亿元，为年初计划的103%。", "年初")),
)

DEADLINE_AFTER = ("前", "之前", "以前")  # 10月31日前, 11月底前: by a moment, which lies ahead

DEADLINE_DAY = TimeRule(
    name="deadline_day",
    pattern=rf"{F['YEARX']}?(?P<m>{MON}){SP}月{SP}(?P<day>{DAY})(?={'|'.join(DEADLINE_AFTER)})",
    resolve=resolve_asof,
    examples=(
        T("各乡镇应于10月31日前完成任务的60%。", "10月31日", ("as_of", "", "2025-10"), published="2025-09"),
        T("2025年12月20日前全面完成征缴。", "2025年12月20日", ("as_of", "", "2025-12"), relative=False),
    ),
)

NOW_WORDS = TimeRule(
    name="now",
    # (not the 目前 of 项目前三季度: a project's first three quarters)
    pattern=rf"(?<!项)(?P<now>{F['NOW']})",
    resolve=resolve_now,
    examples=(
        T("目前，全镇有卫生室20个。", "目前", ("as_of", "", "2025-12"), relative=True),
        T("当前，该县参保率保持在95%以上。", "当前", ("as_of", "", "2025-12")),
        T("如今，村里建起了3个食堂。", "如今", ("as_of", "", ""), published=None),
        T("该县现已建成日间照料中心5个。", "现已", ("as_of", "", "2025-03"), published="2025-03"),
        T("眼下,全镇2300余座日光温室进入采摘旺季。", "眼下", ("as_of", "", "2025-03"), published="2025-03"),
    ),
    counter_examples=("工作人员发现已有200户完成缴费。", "新建敬老院项目前期工作已完成。"),
)

MONTH_REL = TimeRule(
    name="relative_month",
    pattern=rf"(?P<mrel>{F['MONTH_REL']})",
    resolve=resolve_month_rel,
    examples=(T("本月新增参保120人。", "本月", ("during", "2025-11", "2025-11"), published="2025-11"),
              T("上月发放补贴3万元。", "上月", ("during", "2025-10", "2025-10"), published="2025-11")),
)

AS_OF = TimeRule(
    name="as_of",
    # (a day written with dots only after 截至: alone, 2019.9 is as likely a figure's digits)
    pattern=rf"(?P<pre>{F['ASOF']}){SP}(?:(?P<now>{F['NOW']})|{DOTTED}|{F['CORE']})",
    resolve=resolve_asof,
    examples=(
        T("截至2025年11月，全县参保人数达到8万人。", "截至2025年11月", ("as_of", "", "2025-11"), relative=False),
        T("截至2025年11月底，城乡居民参保率为96%。", "截至2025年11月底", ("as_of", "", "2025-11")),
        T("截至2025年11月30日，基金结存1.2亿元。", "截至2025年11月30日", ("as_of", "", "2025-11")),
        T("截至08年12月31日，全县参合农民31.6万人。", "截至08年12月31日", ("as_of", "", "2008-12"), published="2009-03",
          relative=False),
        T("截止到2025年10月，累计发放补贴300万元。", "截止到2025年10月", ("as_of", "", "2025-10")),
        T("截至3月底，全乡共有医生40名。", "截至3月底", ("as_of", "", "2025-03"), published="2025-06",
          relative=True),
        T("截至3月底，全乡共有医生40名。", "截至3月底", ("as_of", "", ""), published=None),
        T("截至二〇二五年十一月底，共办理业务900件。", "截至二〇二五年十一月底", ("as_of", "", "2025-11")),
        T("截至2024年，全县共有学校50所。", "截至2024年", ("as_of", "", "2024-12")),
        T("截至上半年，新增就业600人。", "截至上半年", ("as_of", "", "2025-06"), published="2025-09"),
        T("截至今年10月，新增参保2000人。", "截至今年10月", ("as_of", "", "2025-10")),
        T("截至2024年秋季学期结束，累计资助学生300名。", "截至2024年秋季学期结束", ("as_of", "", "2025-01")),
        T("截至目前，已完成改造150户。", "截至目前", ("as_of", "", "2026-01"), published="2026-01"),
        T("截至目前，已完成改造150户。", "截至目前", ("as_of", "", ""), published=None),
        T("截至记者发稿时，已完成改造150户。", "截至记者发稿时", ("as_of", "", "2026-01"), published="2026-01"),
        T("截至今日，已登记800人。", "截至今日", ("as_of", "", "2025-12")),
        T("征缴进度截止 3 月 5 日 17 时,已缴费 5271 人。", "截止 3 月 5 日", ("as_of", "", "2021-03"), published="2021-03"),
        T("截止2019.9.30,全旗参加基本医疗保险人数达27.3万人。", "截止2019.9.30", ("as_of", "", "2019-09"),
          published="2019-10", relative=False),
    ),
)

YEAR_RANGE = TimeRule(
    name="year_range",
    # (自2016年以来至今年9月底, 自2013年7月启动至2014年5月末: a running total's start and end, whatever stands between)
    pattern=(rf"(?:[自从](?=\d))?(?P<ry1>{Y_ABS})(?:{SP}年)?(?:{SP}(?P<rm1>{MON}){SP}月份?)?"
             rf"(?:{DASH}|以来[,，]?{SP}(?:至|到|截至|截止到?){SP}"
             rf"|(?<=[自从][^自从至到,，。]{{4,12}})(?:正式)?(?:启动|实施|开展|运行|开始|起)\p{{Han}}{{0,6}}?(?:以来)?[,，]?{SP}"
             rf"(?:至|到|截至|截止到?){SP})(?:(?P<ry2>{Y_ABS}){SP}年(?:{SP}(?P<rm2>{MON}){SP}月份?|(?P<rp2>{F['PART']}))?"
             rf"|(?P<now2>今年){SP}(?P<rm2>{MON}){SP}月份?"  # (自2020年7月启动模拟运行至12月底: the same year's month)
             rf"|(?<=(?:启动|实施|开展|运行|开始)\p{{Han}}{{0,6}}[,，]?{SP}(?:至|到){SP})(?P<rm2>{MON}){SP}月份?)"),
    resolve=resolve_range,
    examples=(
        T("2021—2025年，全县累计投入2亿元。", "2021—2025年", ("during", "2021-01", "2025-12"), relative=False),
        T("2024年12月至2025年2月，开展冬季行动。", "2024年12月至2025年2月", ("during", "2024-12", "2025-02")),
        T("2021年至2023年上半年，共追回医保基金1726万元。", "2021年至2023年上半年", ("during", "2021-01", "2023-06"),
          relative=False),
        # as text copied out of a PDF prints it, a blank after each number
        T("2018 年至2020 年6 月共救助困难群众3200 人次。", "2018 年至2020 年6 月", ("during", "2018-01", "2020-06"),
          relative=False),
        T("2006年以来至2008年底，累计补偿29.7万人次。", "2006年以来至2008年", ("during", "2006-01", "2008-12")),
        T("自2013年7月启动至2014年5月末,全市累计赔付7826人次。", "自2013年7月启动至2014年5月",
          ("during", "2013-07", "2014-05"), relative=False),
        T("自2016年以来至今年9月底，累计资助参保58.6万人次。", "自2016年以来至今年9月", ("during", "2016-01", "2020-09"),
          published="2020-11", relative=True),
    ),
)

WHOLE_MONTHS = TimeRule(
    name="whole_months",
    # (a day date is an event's; a span from the 1st to a month's last day is a reporting period)
    pattern=(rf"{F['YEARX']}?(?P<m1>{MON}){SP}月{SP}(?:0?1|一){SP}[日号]{DASH}(?:{Y_ABS}{SP}年{SP})?"
             rf"(?P<m2>{MON}){SP}月{SP}(?:2[89]|3[01]|二十[八九]|三十一?){SP}[日号]"),
    resolve=resolve_core,
    examples=(
        T("2020年1月1日至11月30日，全县共救助3200人次。", "2020年1月1日至11月30日", ("during", "2020-01", "2020-11"),
          relative=False),
        T("（1月1日—6月30日）结算1.2万人次。", "1月1日—6月30日", ("during", "2025-01", "2025-06"), published="2025-08"),
        T("2019年7月1日至2020年6月30日，参保缴费期内共缴费80万人。", "2019年7月1日至2020年6月30日",
          ("during", "2019-07", "2020-06"), relative=False),
    ),
    counter_examples=("全县于12月7日至10日开展培训3场。", "县里于3月1日至3月15日集中开展宣传。"),
)

_PART_OF_MONTH = f"(?:{MONTH_PARTS}|中)"  # (7月中至8月: mid-month too, where a span starts)

MONTH_SPAN = TimeRule(
    name="month_span",
    # a span from a part of one month to another's (7月中旬至8月上旬): the months it runs over, not two moments
    pattern=(rf"{F['YEARX']}?(?P<m1>{MON}){SP}月{SP}{_PART_OF_MONTH}{DASH}(?:{Y_ABS}{SP}年{SP})?"
             rf"(?P<m2>{MON}){SP}月(?:{_PART_OF_MONTH}|份)?"),
    resolve=resolve_core,
    examples=(
        T("7月中旬至8月上旬，调研组走访了12个村。", "7月中旬至8月上旬", ("during", "2025-07", "2025-08"),
          published="2025-09"),
        T("2024年12月中旬至2025年1月上旬，共救助300人次。", "2024年12月中旬至2025年1月上旬",
          ("during", "2024-12", "2025-01"), relative=False),
    ),
)

ERA = TimeRule(
    name="era",
    pattern=rf"{F['ERA']}(?:规划)?(?P<esuf>期间|时期|以来|末)",
    resolve=resolve_era,
    examples=(
        T("“十四五”期间，全县新增学位5000个。", "“十四五”期间", ("during", "2021-01", "2025-12"),
          published="2026-01", relative=False),
        T("\"十四五\"以来，累计投入3亿元。", "\"十四五\"以来", ("during", "2021-01", "2025-12"), relative=False),
        T("\"十四五\"以来，累计投入3亿元。", "\"十四五\"以来", ("during", "2021-01", "2024-06"),
          published="2024-06", relative=True),
        T("十四五时期，共改造危房900户。", "十四五时期", ("during", "2021-01", "2025-12"), published=None),
        T("“十三五”期间建成道路300公里。", "“十三五”期间", ("during", "2016-01", "2020-12")),
        T("十二五以来，新增企业50家。", "十二五以来", ("during", "2011-01", "2015-12")),
        T("党的二十大以来，全县新建学校6所。", "党的二十大以来", ("during", "2022-10", "2025-10"),
          published="2025-10", relative=True),
    ),
    counter_examples=("“十四五”规划明确了20项任务。",),
)

SINCE = TimeRule(
    name="since",
    pattern=(rf"(?P<zi>[自从])?(?:{F['CORE']}|{F['ERA']})"
             rf"{GAP}(?P<since>{F['SINCE']})"),
    resolve=resolve_since,
    examples=(
        T("自2015年创办以来，大赛吸引选手2万名。", "自2015年创办以来", ("during", "2015-01", "2026-01"),
          published="2026-01", relative=True),
        T("2015年以来，累计帮扶5000户。", "2015年以来", ("during", "2015-01", "2025-12")),
        T("2015年以来，累计帮扶5000户。", "2015年以来", ("during", "", ""), published=None),
        T("今年以来，全县新增参保1万人。", "今年以来", ("during", "2025-01", "2025-10"), published="2025-10"),
        T("去年以来，共举办培训30场。", "去年以来", ("during", "2024-01", "2025-10"), published="2025-10"),
        T("今年来，全市医疗救助6000人次。", "今年来", ("during", "2025-01", "2025-10"), published="2025-10"),
        T("入年以来，已结算1.2万人次。", "入年以来", ("during", "2025-01", "2025-10"), published="2025-10"),
        T("2018年至今，累计发放贷款2亿元。", "2018年至今", ("during", "2018-01", "2025-12")),
        T("2025年3月1日以来，累计受理900件。", "2025年3月1日以来", ("during", "2025-03", "2025-12")),
        T("自2023年3月全县推开“一站式”结算以来，已结算2万人次。", "自2023年3月全县推开“一站式”结算以来",
          ("during", "2023-03", "2025-12")),
    ),
    counter_examples=("纳入年度考核的项目12个。", "近年来新建学校3所。"),
)

LOOKBACK = TimeRule(
    name="lookback",
    # (这一年 is the year the text is about, no look-back: a bulletin's 这一年,全县…)
    pattern=(rf"(?<![0-9０-９〇零一二三四五六七八九十两每])(?:(?:近|最近|过去的?|这(?![一1]\s*年))\s*(?P<lbn>{NUMY})\s*年(?:来|以来|间|里|中)?"
             rf"|(?P<lbn>{NUMY})\s*年(?:来|以来|间)"
             # (五年累计新增就业2.1万人, 五年共投入…, 五年新增…: a term's total, as a work report sums it up;
             # not the one year of a count, 第五年新增)
             rf"|(?<!第)(?P<lbn>{NUMY})\s*年(?=累计|共计|共|新增))(?!级|度|制|期|前|后|[0-9])"
             # (试点启动十个月来: months looked back over)
             rf"|(?<![0-9０-９〇零一二三四五六七八九十两每])(?P<lbm>{NUMM})\s*个多?月(?:来|以来)"
             rf"|(?<![0-9０-９〇零一二三四五六七八九十两每大上下前后多])(?P<lbm>半)年(?:来|以来)"),
    resolve=resolve_lookback,
    examples=(
        T("近5年来，全县新建敬老院15所。", "近5年来", ("during", "2007-06", "2012-06"), published="2012-06",
          relative=True),
        T("过去五年，累计投入民生资金80亿元。", "过去五年", ("during", "2020-12", "2025-12")),
        T("五年来，全市新增就业12万人。", "五年来", ("during", "2021-03", "2026-03"), published="2026-03"),
        T("五年间，全县新增城镇就业1.8万人。", "五年间", ("during", "2017-02", "2022-02"), published="2022-02"),
        T("近三年，全县共资助学生900名。", "近三年", ("during", "2022-12", "2025-12")),
        T("五年累计新增城镇就业2.1万人。", "五年", ("during", "2016-02", "2021-02"), published="2021-02"),
        T("五年共投入医疗救助资金3.2亿元。", "五年", ("during", "2016-02", "2021-02"), published="2021-02"),
        T("五年新增城镇就业3.2万人。", "五年", ("during", "2018-01", "2023-01"), published="2023-01"),
        T("近5年来，全县新建敬老院15所。", "近5年来", ("during", "", ""), published=None),
        T("试点启动十个月来，全县已参保3.86万人。", "十个月来", ("during", "2010-01", "2010-11"), published="2010-11"),
        T("新农合运行半年来，共补偿612万元。", "半年来", ("during", "2007-02", "2007-08"), published="2007-08"),
    ),
    counter_examples=("他每5年来县城一次。", "他工作5年后调任县医保局。", "三年级学生有200名。", "这一年，全县参合42万人。",
                      "近年来，全县建成食堂20个。", "项目建设期3年,共投入1.2亿元。", "试点第五年新增参合农民2000人。"),
)

OPEN_START = TimeRule(
    name="open_start",
    pattern=(rf"(?P<zi>[自从])?{F['CORE']}(?P<open>{F['OPEN']})"
             rf"(?:[,，]?连续(?P<nyears>{NUMM})个?年度?)?"),
    resolve=resolve_open,
    examples=(
        T("2024年起，连续五年每年补贴100元。", "2024年起，连续五年", ("during", "2024-01", "2028-12"),
          published="2025-03", relative=False),
        T("2024年起，免费发放早餐。", "2024年起", ("during", "2024-01", "2024-12"), published="2025-03",
          relative=False),
        T("从2022年起，每年投入50万元。", "从2022年起", ("during", "2022-01", "2022-12"), published="2025-03",
          relative=False),
        T("今年起，取消该项收费。", "今年起", ("during", "2025-01", "2025-12"), published="2025-03", relative=True),
        # a rule from a month or a day on: that month to the year's end, the first year it runs
        T("7月1日起，起付线降为600元。", "7月1日起", ("during", "2025-07", "2025-12"), published="2025-03", relative=True),
        T("从2010年7月1日起，住院救助比例提高到40%。", "从2010年7月1日起", ("during", "2010-07", "2010-12"),
          published="2011-01", relative=False),
    ),
)

CORE = TimeRule(
    name="calendar",
    pattern=F["CORE"],
    resolve=resolve_core,
    examples=(
        T("2025年1至11月份，医疗救助支出500万元。", "2025年1至11月份", ("during", "2025-01", "2025-11"),
          relative=False),
        T("2025年1-11月，新增就业3000人。", "2025年1-11月", ("during", "2025-01", "2025-11")),
        T("说明：\n4.2025年度两病用药限额为每人360元。", "2025年度", ("during", "2025-01", "2025-12")),
        T("2016年度起付线为1.1万元。", "2016年度", ("during", "2016-01", "2016-12")),  # (起付线: no 起 of "from")
        T("1—4月，全市发放救助金80万元。", "1—4月", ("during", "2025-01", "2025-04"), published="2025-05",
          relative=True),
        T("1—4月，全市发放救助金80万元。", "1—4月", ("during", "", ""), published=None),
        T("一至十一月，全县接待游客50万人次。", "一至十一月", ("during", "2025-01", "2025-11")),
        T("09年全县共补偿2.3万人次。", "09年", ("during", "2009-01", "2009-12"), published="2010-03", relative=False),
        T("10年度参合率达95%。", "10年度", ("during", "2010-01", "2010-12"), published="2011-03", relative=False),
        T("二〇二五年一月至十一月，累计报销1000万元。", "二〇二五年一月至十一月", ("during", "2025-01", "2025-11")),
        T("2026年度城乡居民医保个人缴费标准为400元。", "2026年度", ("during", "2026-01", "2026-12"),
          published="2025-11"),
        T("2024年，全县新建幼儿园3所。", "2024年", ("during", "2024-01", "2024-12"), published=None),
        T("2024年全年共接诊8万人次。", "2024年全年", ("during", "2024-01", "2024-12")),
        T("全年共接诊8万人次。", "全年", ("during", "", ""), relative=False),
        T("2025年3月，该县发放补贴50万元。", "2025年3月", ("during", "2025-03", "2025-03")),
        # a page that lost its 年 runs the year into the month
        T("200410月，该县被确定为试点县。", "200410月", ("during", "2004-10", "2004-10")),
        T("3月份，全镇新增参保200人。", "3月份", ("during", "2025-03", "2025-03"), published="2025-06"),
        T("三月份，全镇新增参保200人。", "三月份", ("during", "2025-03", "2025-03"), published="2025-06"),
        T("三月单月，全市结算费用达3.86亿元。", "三月", ("during", "2025-03", "2025-03"), published="2025-06"),
        T("前10个月，全县财政收入增长5%。", "前10个月", ("during", "2025-01", "2025-10"), published="2025-11"),
        T("前9月，全县医保基金支出1.8亿元。", "前9月", ("during", "2025-01", "2025-09"), published="2025-10"),
        T("今年头四个月，医保基金支出1.2亿元。", "今年头四个月", ("during", "2025-01", "2025-04"), published="2025-06"),
        T("前11 个月累计结算门诊费用326万元。", "前11 个月", ("during", "2025-01", "2025-11"), published="2025-12"),
        T("元至9月，全县医保基金支出1.8亿元。", "元至9月", ("during", "2025-01", "2025-09"), published="2025-10"),
        T("每人补助300元至9月底发放完毕。", "9月底", ("as_of", "", "2025-09")),  # 元 after a figure: yuan
        T("上半年，全县办理业务300件。", "上半年", ("during", "2025-01", "2025-06")),
        T("民生实事项目半年度进度表", "半年度", ("during", "2025-01", "2025-06")),
        T("下半年新增床位80张。", "下半年", ("during", "2025-07", "2025-12")),
        T("一季度，全市参保3000万人。", "一季度", ("during", "2025-01", "2025-03")),
        T("第一季度支出20万元。", "第一季度", ("during", "2025-01", "2025-03")),
        T("前三季度，累计结算10万人次。", "前三季度", ("during", "2025-01", "2025-09")),
        T("今年首三季，全區報銷住院費用5億元。", "今年首三季", ("during", "2025-01", "2025-09")),
        T("一至三季度，全县医疗救助4210人次。", "一至三季度", ("during", "2025-01", "2025-09")),
        T("1-2季度共结算2.3万人次。", "1-2季度", ("during", "2025-01", "2025-06")),
        T("2025年上半年，全县新增就业800人。", "2025年上半年", ("during", "2025-01", "2025-06"),
          published="2026-01"),
        T("2025年第三季度末，贷款余额5亿元。", "2025年第三季度末", ("as_of", "", "2025-09")),
        T("年末，全县户籍人口30万人。", "年末", ("as_of", "", "2025-12"), relative=True),
        T("年底前完成改造100户。", "年底", ("as_of", "", "2025-12")),
        T("2024年末，全县共有医院8家。", "2024年末", ("as_of", "", "2024-12")),
        T("2024年底，存款余额3亿元。", "2024年底", ("as_of", "", "2024-12")),
        T("今年初，全市启动了改造工程。", "今年初", ("as_of", "", "2025-01"), published="2025-06"),
        T("2024年秋季学期共资助200人。", "2024年秋季学期", ("during", "2024-09", "2025-01")),
        T("今年年中完成验收。", "今年年中", ("as_of", "", "2025-06")),
        T("开展冬季行动。", "冬季", ("during", "2025-12", "2026-02")),
        T("今年，全县新增就业2000人。", "今年", ("during", "2025-01", "2025-12"), relative=True),
        T("去年，全县新增就业1800人。", "去年", ("during", "2024-01", "2024-12")),
        T("前年新增就业1500人。", "前年", ("during", "2023-01", "2023-12")),
        T("今年，全县新增就业2000人。", "今年", ("during", "", ""), published=None),
        T("今年1至10月，累计支出900万元。", "今年1至10月", ("during", "2025-01", "2025-10")),
        T("去年底，全县有农户3万户。", "去年底", ("as_of", "", "2024-12")),
        T("2024年中国经济增长5%。", "2024年", ("during", "2024-01", "2024-12")),
    ),
    counter_examples=("6月龄以内婴儿可免费接种。", "他在医保局工作了10年。", "10年以上工龄的职工", "不到一月便获批。", "三月的县城春意盎然。",
                      "全县2000余名干部参与。", "共帮扶1759户。", "投入资金488.93万元。",
                      "覆盖4380.2万户。", "60岁以上年龄段的老人有300人。", "低于改革前年均12%的增速。",
                      "全年任务过半。", "实现全年目标的九成。"),
)

def resolve_year(m) -> Symbolic:
    """A bare year written in digits (数说2023): the whole of it."""
    year = Year("abs", int(m.group("bare_year")))
    return Symbolic("during", Point(year, 12), Point(year, 1))


YEAR_REVIEWED = TimeRule(
    name="year_reviewed",
    # a bare year only after the words that head a year-end look back (the list is data): elsewhere four
    # digits are a count (2023人) as often as a year
    pattern=rf"(?<=(?:{alternation(words('year_review_words.txt'))})\s?)(?P<bare_year>(?:19|20)\d\d)"
            r"(?![\d.%年]|\s*[人元户个项万亿名家次件])",
    resolve=resolve_year,
    examples=(T("数说2023丨全县民生账单,请查收", "2023", ("during", "2023-01", "2023-12"), relative=False),
              T("回眸 2014:民生答卷", "2014", ("during", "2014-01", "2014-12"), relative=False)),
    counter_examples=("数说2023人次的背后", "盘点20项民生实事"),
)

# Tried in this order at each position; the leftmost, then longest, then earliest-listed match wins.
TIME_RULES = (AGE, PLAN_OF_THE_YEAR, NONE_WORDS, NOW_WORDS, MONTH_REL, AS_OF, YEAR_RANGE, WHOLE_MONTHS, MONTH_SPAN, ERA, DECADE, SINCE, LOOKBACK, OPEN_START, CORE,
              DEADLINE_DAY, LEAD_DAY, DAY_DATE, YEAR_REVIEWED)
