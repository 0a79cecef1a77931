"""Spans that are never statistics (GUIDELINES §2 "Exclude"): a candidate overlapping one is dropped."""
from __future__ import annotations

from rules.base import Exclusion
from rules.fragments import alternation
from rules.wordlists import words

_CN_MONTH = "[一二三四五六七八九十]{1,3}"
_DASH = r"\s*(?:-|—|–|~|至|到)\s*"

CALENDAR_YEAR = Exclusion(
    name="calendar_year",
    pattern=rf"""(?<![\d.])(?:1[89]\d\d|2[01]\d\d|[〇零一二三四五六七八九]{{4}})
                 (?:{_DASH}(?:1[89]\d\d|2[01]\d\d))?\s*年""",
    why="years are calendar expressions, not durations",
    examples=(("2024年全县新增就业", "2024年"), ("二〇二五年工作要点", "二〇二五年"),
              ("2021-2025年规划", "2021-2025年")),
    counter_examples=(("值守了十二天", "十二天"),),
)

CALENDAR_MONTH = Exclusion(
    name="calendar_month",
    pattern=rf"""(?<![\d.])(?:\d{{1,2}}|{_CN_MONTH})(?:{_DASH}(?:\d{{1,2}}|{_CN_MONTH}))?\s*月
                 (?:份|底|末|初|中旬|上旬|下旬)?(?:\s*\d{{1,2}}\s*[日号])?""",
    why="months and month ranges (1至11月份, 1—4月, 12月9日) are calendar expressions",
    examples=(("1至11月份累计", "1至11月份"), ("12月9日上午", "12月9日"), ("一至十月", "一至十月")),
    counter_examples=(("缩短了3个月", "3个月"),),
)

CALENDAR_DAY = Exclusion(
    name="calendar_day",
    pattern=r"(?<![\d.])\d{1,2}\s*[日号](?![\d])",
    why="days of the month",
    examples=(("于25日启动", "25日"),),
)

_QUARTERS = (r"第?[一二三四1-4]季度", r"前[一二三两]个?季度", r"[前头](?:\d{1,2}|[一二两三四五六七八九十]{1,3})[ ]?个月",
             r"(?:\d{1,2}|[一二两三四五六七八九十]{1,3})[ ]?个多?月(?=来|以来)")

QUARTER = Exclusion(
    name="quarter",
    pattern="|".join(_QUARTERS),
    branches=_QUARTERS,
    why="quarters, 前N个月 (the first N months of the year) and N个月来 (months looked back over) are periods",
    examples=(("一季度实现", "一季度"), ("今年前9个月,该院收治", "前9个月"), ("前11 个月累计结算", "前11 个月"),
              ("今年前三个季度,全县", "前三个季度"), ("试点启动十个月来,全县", "十个月"), ("启动两个多月来", "两个多月"),
              ("前两个月全县住院结算", "前两个月"), ("今年头四个月,全县", "头四个月")),
    counter_examples=(("工期缩短了3个月", "3个月"),),
)

_CLOCKS = (r"\d{1,2}:\d{2}", r"(?:上午|下午|晚上|早上|凌晨|中午)\d{1,2}(?:时|点)(?:\d{1,2}分)?")

CLOCK = Exclusion(
    name="clock_time",
    pattern="|".join(_CLOCKS),
    branches=_CLOCKS,
    why="clock times",
    examples=(("上午9时30分开始", "上午9时30分"),),
)

_ORDINALS = (r"第\s*(?:\d+|[一二两三四五六七八九十百千]+)[届次批期个位名项条号年轮季重]?",
             r"(?:\d{1,3}|[一二三四五六七八九十]{1,3})届(?=(?:全国|省|市|县|区)?(?:人大|政协|党代会|委员会|常委会))",
             # (政协十届三次会议, 党的十八届三中全会: a term followed by its session)
             r"(?:\d{1,3}|[一二三四五六七八九十]{1,3})届(?=(?:\d{1,3}|[一二三四五六七八九十]{1,3})(?:次|中)(?:全体)?(?:[(（]扩大[)）])?(?:会议|全会))",
             # a session of a body's term (县十七届人大二次会议, 十二届五次全会): its number, no count
             r"(?<=届(?:人大|政协|党代会|委员会|常委会|人大常委会)?)(?:\d{1,3}|[一二三四五六七八九十]{1,3})次(?=(?:全体)?(?:[(（]扩大[)）])?(?:会议|全会))",
             # an ordinal's 第 shared by the next one listed (2010年第一、二批, 第三至四季度): no count either
             r"(?<=第(?:\d{1,3}|[一二三四五六七八九十]{1,3})(?:[、和及](?:\d{1,3}|[一二三四五六七八九十]{1,3}))*[、和及至到])"
             r"(?:\d{1,3}|[一二三四五六七八九十]{1,3})[批期次届轮季位名]",  # (第一、二、三批: the last one listed too)
             # (霸州市、固安县分列二、三位: the ranks two places hold, no people)
             r"(?<=(?:分列|位列|位居|排名|排在)(?:\d{1,2}|[一二三四五六七八九十]{1,3})[、和至到])(?:\d{1,2}|[一二三四五六七八九十]{1,3})[位名]",
             # a rank (排在前三位的是…, 排名后3位), not so many people (前来的5位专家 has 来 between)
             r"(?<=[前后])(?:\d{1,2}|[一二两三四五六七八九十]{1,3})[位名](?!\p{Han}{0,2}(?:老人|患者|专家|代表|医生|群众|村民|居民|职工|干部))",
             # a move in a ranking (汉寿县上升3位, 后退三位, 前移两名), no people
             r"(?<=(?:上升|下降|前进|后退|前移|后移|提升|下滑|退后)了?)(?:\d{1,2}|[一二两三四五六七八九十]{1,3})[位名](?![\p{Han}]{0,2}(?:老人|患者|专家|代表|医生|群众|村民|居民|职工|干部))",
             # the classes a group or a list is sorted into (一、二类低保对象; 一类病种…,二类3000元,三类1500元)
             r"(?<=[一二三四五]、)[二三四五六]类|(?<=[一二三四五]类[^,，。;；]{0,12}[,，、])[二三四五六]类(?=\d|[^\p{Han}]|$)",
             # (一类12户27人,每人每月补差80元;二类20户58人: the next class after the first's clauses; a class
             # standing alone in a table's column, 王振山  4  3  二类  285)
             r"(?<=[一二三四五]类[^。\n]{0,30}[;；])[二三四五六]类",
             # (每人每月补助120元,二类96元: a class whose first went unnamed, its figure right after it)
             r"(?<=[,，;；、]\s?)[二三四五六]类(?=\d)",
             r"(?<=[ \t\u3000]{2})[一二三四五六]类(?=[ \t\u3000]{2})",
             # a project's phase (防洪工程二期开工, 福利中心二期工程完工, 一期项目): its name, no count
             r"(?<=(?:工程|项目|中心|医院|园区|基地|小区))(?:[一二三四五六七八九十]|\d{1,2})期"
             r"|(?:[一二三四五六七八九十]|\d{1,2})期(?=工程|项目|建设|扩建|主体|开工|完工|竣工)",
             # a villagers' group naming a table's row (  二组   287   281): the group's name, no count
             r"(?<=(?:^|\n)[ \t\u3000]*)[一二三四五六七八九十]{1,3}组(?=[ \t\u3000]{2}|\t)")

ORDINAL = Exclusion(
    name="ordinal",
    pattern="|".join(_ORDINALS),
    branches=_ORDINALS,
    why="ordinals and editions (第一届, 第三重保障; 市七届人大: the body's term, no count)",
    examples=(("第三届运动会开幕", "第三届"), ("第2次会议", "第2次"), ("县九届人大常委会第8次会议", "九届"),
              ("参保率排在前三位的是甲县、乙县和丙县", "三位"), ("该县排名后3位", "3位"), ("甲县上升3位,乙县后退两位", "3位"), ("位居全省前十名", "十名"),
              ("在县十七届人大二次会议上", "二次"), ("2010年第一、二批医疗救助资金", "二批"), ("落实第一、二、三批集采药品", "三批"), ("市委十二届五次全会提出", "五次"),
              ("分别以99.35%、99.18%位居第二、三位", "三位"), ("霸州市、固安县分列二、三位", "三位"),
              ("县政协十届三次会议第56号提案", "十届"), ("县委十四届十一次全体(扩大)会议", "十一次"), ("党的十八届三中全会以来", "十八届"),
              ("一、二类低保对象按每人每月补助", "二类"), ("一类病种年度限额5000元,二类3000元", "二类"),
              ("按类别:一类12户27人,每人每月补差80元;二类20户58人", "二类"), ("王振山     4     3    二类     285", "二类"),
              ("组别   户数   人数\n 二组       287         281", "二组"),
              ("每人每月补助120元,二类96元,三类65元", "二类"), ("防洪工程二期正式开工", "二期"),
              ("县社会福利中心二期工程完工", "二期"), ("一期项目投资2.1亿元", "一期")),
    counter_examples=(("已连续举办10届", "10届"), ("邀请5位专家", "5位"), ("前来的5位专家", "5位"),
                      ("全年召开常委会会议8次", "8次"), ("举办医保政策培训班3期", "3期")),
)

_IDENTIFIERS = (
    r"(?:[A-Za-z\u4e00-\u9fff]ICP[备证]\s*\d+号(?:-\d+)?)",
    r"(?:公网安备\s*\d+号)",
    r"(?:(?:索引号|网站标识码|文号|编号|备案号|邮编)[:\s]*[A-Za-z0-9\-/〔〕\[\]()._]+)",
    r"(?:(?<![\d.])(?:0\d{2,3}-?\d{7,8}|1[3-9]\d{9}|400-?\d{3}-?\d{4})(?![\d]))",
    # a table's number opening its caption (表1 部分民生实事项目推进表, 附表2:), not 代表 3人
    r"(?:(?<!\p{Han})附?表\s*\d{1,2}(?:[-—–.]\d{1,3})?(?=[ \t\u3000:：]))",
)

IDENTIFIER = Exclusion(
    name="identifier",
    pattern="|".join(_IDENTIFIERS),
    branches=_IDENTIFIERS,  # the first would have the whole pattern tried at every Chinese character
    why="phone numbers, ICP/record numbers and other page furniture",
    examples=(("网站备案 蜀ICP备05001234号-2", "蜀ICP备05001234号-2"), ("索引号:11510700MB0123/2025-00042", "索引号:11510700MB0123/2025-00042"),
              ("咨询电话0833-2345678", "0833-2345678"), ("表1 部分民生实事项目推进情况", "表1")),
    counter_examples=(("县人大代表 35人参加视察", "35人"),),
)

LABEL = Exclusion(
    name="label",
    pattern=alternation(words("excluded_labels.txt")),
    words=words("excluded_labels.txt"),
    why="numbers inside names, slogans and labels (十四五, 两病, 一站式, 1+1+N …); the list is data",
    examples=(("推行一站式结算", "一站式"), ("两病门诊用药", "两病"), ("1+1+N模式", "1+1+N"),
              ("惠及千家万户", "千家万户"), ("全年五项保险共征缴3.1亿元", "五项保险"),
              ("征收五项社会保险费8.2亿元", "五项社会保险"), ("三项保险参保人数均有增加", "三项保险"),
              ("给予二次医疗救助", "二次医疗救助"), ("【残疾人两项补贴】全年", "两项补贴"),
              ("新农合基金实行收支两条线管理", "收支两条线"), ("严格落实中央八项规定精神", "八项规定"),
              ("三次产业结构调整为7.9:52.3:39.8", "三次产业"), ("还不到报回来的零头", "零头"),
              ("二次费用由民政部门兜底", "二次费用"), ("万元GDP能耗下降3%", "万元GDP")),
)

QUOTED_LABEL = Exclusion(
    name="quoted_label",
    pattern=r"""[“"'‘『「](?=[\d一二两三四五六七八九十百千])(?![^”"'’』」\n]{0,6}[万亿元%])
                [^“”"'‘’『』「」\n]{1,6}[”"'’』」]""",
    why="a short quoted phrase that starts with a number is a name or slogan (“三到位”, “四本台账”); "
        "one with 万/亿/元/% in it is a figure (“3亿贷款”)",
    examples=(("落实“五个到位”要求", "“五个到位”"), ("建立“两本台账”", "“两本台账”")),
    counter_examples=(("“今年已有3万人参保了，比去年多。”", "3万人"), ("争取“5亿贷款”支持", "5亿")),
)

MINUTE_CIRCLE = Exclusion(
    name="minute_circle",
    pattern=r"(?:\d+|[一二三四五六七八九十]+)\s*分钟\p{Han}{0,6}?圈",
    why="“15分钟生活圈”, “20分钟医保服务圈”: a service-radius slogan, not a duration",
    examples=(("建成“15分钟健康服务圈”", "15分钟健康服务圈"), ("打造十分钟便民圈", "十分钟便民圈")),
    counter_examples=(("平均候诊时间缩短到20分钟", "20分钟"),),
)

UNIT_IN_BRACKETS = Exclusion(
    name="unit_in_brackets",
    # ((百分点) is a point's, a change cell's unit; (单位:人次,万元): a note listing units, none a figure)
    pattern=r"\((?:[^()\d\n]{0,12}[、,，/:：])?(?:万亿|亿|万|千|百(?!分))\p{Han}{0,3}(?:[、,，/][^()\d\n]{0,8})?\)",
    why="a unit label in brackets (参保人数(万人), (单位:人次,万元)) names the units of a table, not a figure",
    examples=(("参保人数(万人)    45.2", "(万人)"), ("各镇住院救助情况(单位:人次,万元)", "(单位:人次,万元)")),
    counter_examples=(("接待群众12.6万人(次)", "12.6万人(次)"),
                      ("指标名称  单位  2021年  2020年  增减\n出院人数  人  98326  91207  7.8\n"
                       "病床使用率  %  82.7  79.5  3.2(百分点)", "3.2(百分点)")),
)

MARKUP = Exclusion(
    name="markup",
    pattern=r"&\x23[0-9]{1,7};",  # (\x23: the number sign, a comment in a verbose pattern)
    why="a character written as an HTML entity (&#12289;): its code is no figure. The core reads every "
        "entity as its character before any rule runs (extract/view.py); this keeps the codes out of "
        "text that reaches the rules without that view",
    examples=(("合计&#12289;", "&#12289;"), ("参保&#8203;人数", "&#8203;")),
    counter_examples=(("<p>全县参保人数达58.6万人。</p>", "58.6万人"), ("参保率<96%的乡镇有3个", "<96%")),
)

PRINT_RUN = Exclusion(
    name="print_run",
    pattern=r"[(（]?\s*(?:共印|印发|共印制)\s*\d{1,5}\s*份\s*[)）]?",
    why="a bulletin's print run at its foot ((共印120份)) is page furniture, no figure of the report",
    examples=(("县合管办  2011年9月5日印发(共印120份)", "(共印120份)"), ("(共印 30 份)", "(共印 30 份)")),
    counter_examples=(("发放宣传资料1.2万份", "1.2万份"),),
)

FORMULA = Exclusion(
    name="formula",
    pattern=r"[×xX*]\s*100\s*[%％]",
    why="the ×100% that ends a rate's definition (贫困发生率=剩余贫困人口/农业户籍人口×100%) is no figure",
    examples=(("参保率=参保人数/应参保人数×100%。", "×100%"),),
    counter_examples=(("参保率达到100%", "100%"),),
)

PLACE_NUMERAL = Exclusion(
    name="place_numeral",
    # (十家堡村, 五里铺, 三道沟: a numeral and its measure word right before the end of a village's name)
    pattern=r"(?<![\d一二两三四五六七八九十百千])[一二三四五六七八九十]{1,2}[家里道](?=堡|铺|屯|沟|营|岗|峪|洼|窝棚|河子|岔)",
    why="numerals inside the names of villages of the north (十家堡村, 五里铺, 三道沟) are no count",
    examples=(("十家堡村参合率98.5%", "十家"), ("五里铺村卫生室", "五里"), ("三道沟村全部参保", "三道")),
    counter_examples=(("新建三家村卫生室", "三家"), ("为十家企业减免医保费", "十家")),
)

SERIAL_BEFORE_NAME = Exclusion(
    name="serial_before_name",
    pattern=r"(?<![\d.])\d{1,4}[ \t\u3000]+(?=\p{Han}某)",
    why="a 公示 list's serial number before a name kept from view (1 张某某, 12  王某): no count of 张 or of anything",
    examples=(("序号 姓名 乡镇\n1 张某某 城关镇 48620.5", "1 "), ("12  王某  大店镇", "12  ")),
    counter_examples=(("新增床位 120张,全部投入使用", "120张"), ("印发宣传单1200张", "1200张")),
)

EXCLUSIONS = (CALENDAR_YEAR, CALENDAR_MONTH, CALENDAR_DAY, QUARTER, CLOCK, ORDINAL, IDENTIFIER, LABEL, QUOTED_LABEL,
              MINUTE_CIRCLE, UNIT_IN_BRACKETS, MARKUP, PRINT_RUN, FORMULA, PLACE_NUMERAL, SERIAL_BEFORE_NAME)
