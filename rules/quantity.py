"""Quantity rules: a number with its magnitude, unit and qualifier (GUIDELINES §2, §4, §5)."""
from __future__ import annotations

from decimal import Decimal

from rules.parsers import (parse_money_noun, parse_money_verb, parse_people_noun, parse_percent_words,
                              parse_quantity, parse_shared_unit, parse_unit_from_noun)
from rules.base import Example as E
from rules.base import Rule
from rules.sites import Sites, magnitude_sites, reach_sites
from rules.fragments import (bare_number_pattern, colloquial_yi_pattern, magnitude_noun_pattern, money_verb_pattern,
                             percent_words_pattern, quantity_pattern, shared_unit_pattern)

MONEY = Rule(
    name="money",
    pattern=quantity_pattern(("money",)),
    sites=reach_sites(("money",)),
    parse=parse_quantity,
    priority=2,
    examples=(
        E("全年发放补贴361.27万元。", "361.27万元", 3612700, "元"),
        E("争取专项资金0.35亿元", "0.35亿元", 35000000, "元"),
        E("每年投入千万元用于改造", "千万元", 10000000, "元"),
        E("全年发放租赁补贴近三百万元", "近三百万元", 3000000, "元", "approx"), E("人均获赔约 3110 元", "约 3110 元", 3110, "元", "approx"),  # (补贴近: no 贴近)
        E("一年能省下近3000元", "近3000元", 3000, "元", "approx"),
        E("拨付资金约158万元", "约158万元", 1580000, "元", "approx"),
        E("筹集资金1,250元", "1,250元", 1250, "元"),
        E("人均增收两千元", "两千元", 2000, "元"),
        E("共投入16.4亿元", "16.4亿元", 1640000000, "元"),
        E("住院花了3万5千元", "3万5千元", 35000, "元"),
        E("实现销售收入80余万元", "80余万元", 800000, "元", "more_than"),
        E("全县共筹集资金6千余万元", "6千余万元", 60000000, "元", "more_than"),  # a digit's thousands of 万
        E("实际利用外资64.8亿美元", "64.8亿美元", 6480000000, "美元"),  # a foreign currency keeps its unit
        E("前后花了20来万元", "20来万元", 200000, "元", "approx"),  # spoken: about
        E("资助标准为280元/人", "280元/人", 280, "元"),
        E("补贴不超过5000元", "不超过5000元", 5000, "元", "less_than"),
        E("封顶线不得低于3万元", "不得低于3万元", 30000, "元", "more_than"),  # a floor a rule sets
        E("基金当期结余-1200万元", "-1200万元", -12000000, "元"),
        E("门诊统筹每人每年最多报销400元", "400元", 400, "元"),
        E("每人每年最多500元", "500元", 500, "元"),  # a cap is a policy parameter, exact (GUIDELINES §9)
        E("起付线为200-400元", "400元", 400, "元"),  # the high end of a range written with a hyphen
        E("2万元-5万元部分报销55%", "5万元", 50000, "元"),  # after a unit, a hyphen joins a range: no minus
        E("每户补助2000-3000元", "3000元", 3000, "元"),
        E("收支差额为 -85.6万元", "-85.6万元", -856000, "元"),
    ),
    counter_examples=("万元户的故事在村里传开", "一元复始，万象更新", "花费几十万元", "动辄上万元",
                      "统筹基金收入\n万元\n", "单位产值和万元地区生产总值能耗下降",
                      "单位:人、万元", "单位：户/万元", "注：统筹基金支付单位为万元。"),
)

PEOPLE = Rule(
    name="people",
    pattern=quantity_pattern(("people",)),
    sites=reach_sites(("people",)),
    parse=parse_quantity,
    priority=2,
    examples=(
        E("全县参保人数达41256人", "41256人", 41256, "人"),
        E("参保人数104.6万人", "104.6万人", 1046000, "人"),
        E("为1万2千余名群众办理了参保", "1万2千余名", 12000, "人", "more_than"),
        E("比去年多了40来个人", "40来个人", 40, "人", "approx"),
        E("参保27.65\n\n万人,参保率", "27.65\n\n万人", 276500, "人"),
        E("参保人数达 12.5 万人,", "12.5 万人", 125000, "人"),
        E("年末职工医保参保40 216人", "40 216人", 40216, "人"),  # thousands grouped by a blank, as yearbooks print them
        E("吸纳学员300余人", "300余人", 300, "人", "more_than"),
        E("吸纳学员300 余人,", "300 余人", 300, "人", "more_than"),
        E("共有2.64万名学生受益", "2.64万名", 26400, "人"),
        E("全村640口人,其中", "640口人", 640, "人"),
        E("为5.3万名义务教育阶段学生提供营养午餐", "5.3万名", 53000, "人"),  # 义务, 义工: not 名义
        E("组织30名义工上门服务", "30名", 30, "人"),
        E("惠及近百万名群众", "近百万名", 1000000, "人", "approx"),
        E("智慧中药房惠及万名患者", "万名", 10000, "人"),
        E("服务患者超万名", "超万名", 10000, "人", "more_than"),
        E("十余名志愿者参加", "十余名", 10, "人", "more_than"),
        E("覆盖3.1万余人", "3.1万余人", 31000, "人", "more_than"),
        E("参保群众3万多人", "3万多人", 30000, "人", "more_than"),
        E("选派两位专家", "两位", 2, "人"),
        E("班里只有十二个人", "十二个人", 12, "人"),
        E("新增就业一百二十三人", "一百二十三人", 123, "人"),
        E("受益群众约4500人左右", "约4500人左右", 4500, "人", "approx"),
        E("老年人签约4.3万人", "4.3万人", 43000, "人"),
        # 均 as "all" after the count, not 人均 (per head)
        E("其中住院4216人均获得补偿", "4216人", 4216, "人"),
        E("特困人员1460人均可增发保障金", "1460人", 1460, "人"),
        E("未参保的230余人均为外出务工人员", "230余人", 230, "人", "more_than"), E("其余6人均在外省参保", "6人", 6, "人"),
    ),
    counter_examples=("参保人数\n万人\n", "全面消除56人以上大班额", "个人缴费部分由财政补贴", "一人一档建立台账", "不漏一人", "坚持人民至上", "三位一体推进", "数十人参加",
                      "吸引上百人围观",
                      "每千人口医生数持续增加", "报销1万人次以上的定点医院",
                      # a table's unit column, after the label's column gap
                      "参保人数\t万人\t", "参保人数    万人    "),
)

PERSON_TIMES = Rule(
    name="person_times",
    pattern=quantity_pattern(("person_times",)),
    sites=reach_sites(("person_times",)),
    parse=parse_quantity,
    priority=3,
    examples=(
        E("实施医疗救助5321人次", "5321人次", 5321, "人次"),
        E("资助2600 余人次。", "2600 余人次", 2600, "人次", "more_than"),  # (a blank after the number)
        E("累计服务群众超过2000人次", "超过2000人次", 2000, "人次", "more_than"),
        E("办理业务12.6万人(次)", "12.6万人(次)", 126000, "人次"),
        E("全年为1.8万人/次报销医药费", "1.8万人/次", 18000, "人次"),
        E("力争完成全年救助2万人次以上的目标", "2万人次以上", 20000, "人次", "more_than"),  # a plan's, no threshold
    ),
    counter_examples=("报销1万人次以上的定点医院",),  # (a threshold that defines a group)
)

HOUSEHOLDS = Rule(
    name="households",
    pattern=quantity_pattern(("households",)),
    sites=reach_sites(("households",)),
    parse=parse_quantity,
    priority=2,
    examples=(
        E("改造危房612户", "612户", 612, "户"),
        E("实有市场主体4321.5万户", "4321.5万户", 43215000, "户"),
        E("财政配套资金为2135贫困户代缴保费", "2135贫困户", 2135, "户"),
        E("帮扶860低保户", "860低保户", 860, "户"),
    ),
    counter_examples=("常住户口迁入", "千家万户", "城镇家庭每百户拥有量", "全县贫困户全部脱贫"),
)

PERCENT = Rule(
    name="percent",
    pattern=quantity_pattern(("percent",)),
    sites=reach_sites(("percent",)),
    parse=parse_quantity,
    priority=2,
    examples=(
        E("参保率达96.12%", "96.12%", 96.12, "%"),
        E("同比下降12.5%", "12.5%", 12.5, "%"),
        E("住院自付不超8%", "不超8%", 8, "%", "less_than"), E("完成率均未超过45%", "未超过45%", 45, "%", "less_than"),
        E("满意率 89.9 %", "89.9 %", 89.9, "%"), E("参保率达到 75% 以上", "75% 以上", 75, "%", "more_than"),
        E("覆盖率100%", "100%", 100, "%"),
        E("医药费用增长-3.2%", "-3.2%", -3.2, "%"),  # a minus after words makes it negative
        E("分别增长6.7%、-2.4%和5.2%", "-2.4%", -2.4, "%"),  # and after a list's comma
        E("自付比例低于8%", "低于8%", 8, "%", "less_than"),  # GUIDELINES §5
        E("完成率未达到75%", "未达到75%", 75, "%", "less_than"),
        E("居民参保率约为97.8%", "97.8%", 97.8, "%", "approx"),  # 约 with its verb: outside the span
        E("县级医院约占31%", "31%", 31, "%", "approx"),
        E("约占全市参保总人数的8.6%", "8.6%", 8.6, "%", "approx"), E("占全市参保人数的8.6%", "8.6%", 8.6, "%"),
        E("约占1.2万人的8.6%", "8.6%", 8.6, "%"),  # (a number between the 约 and the share: the 约 is its)
        E("报销比例不低于70%", "不低于70%", 70, "%", "more_than"),
        E("个人自付比例不得超过10%", "不得超过10%", 10, "%", "less_than"),  # a ceiling a rule sets
        E("各县参合率均超过了95%", "超过了95%", 95, "%", "more_than"),
        E("住院报销比例为60%-75%", "75%", 75, "%"),  # the high end of a range written with a hyphen
    ),
    counter_examples=("2023-12%",),
)

PERCENT_WORDS = Rule(
    name="percent_words",
    # 百分之X, 千分之X, and fractions (三分之二 → 66.67 %, GUIDELINES §4)
    pattern=percent_words_pattern(),
    parse=parse_percent_words,
    priority=2,
    examples=(
        E("报销比例提高到百分之七十", "百分之七十", 70, "%"),
        E("约百分之85的群众", "约百分之85", 85, "%", "approx"),
        E("发生率控制在千分之三以内", "千分之三以内", 3, "‰", "less_than"),
        E("近三分之二的农户参加", "近三分之二", float(Decimal(200) / 3), "%", "approx"),
        E("覆盖四分之一的行政村", "四分之一", 25, "%"),
        # the qualifier words of every other figure (不足, 以上 …), before and after
        E("不足百分之五的群众未参保", "不足百分之五", 5, "%", "less_than"),
        E("参保率保持在百分之九十五以上", "百分之九十五以上", 95, "%", "more_than"),
        E("其中少数民族人口占一半以上", "一半以上", 50, "%", "more_than"),  # a half
        E("合作医疗报了将近一半", "将近一半", 50, "%", "approx"),
    ),
    counter_examples=("第十三分之一", "十一半岛"),
)

POINTS = Rule(
    name="percentage_points",
    pattern=quantity_pattern(("points",)),
    sites=reach_sites(("points",)),
    parse=parse_quantity,
    priority=3,
    examples=(E("高出全省平均水平3.27个百分点", "3.27个百分点", 3.27, "个百分点"),
              E("报销比例较上年提升一个百分点", "一个百分点", 1, "个百分点"),
              E("参合率比上年提高了三个多百分点", "三个多百分点", 3, "个百分点", "more_than"), E("提高2.3百分点", "2.3百分点", 2.3, "个百分点"),
              E("婴儿死亡率下降0.41个千分点", "0.41个千分点", 0.41, "个千分点")),
)

MULTIPLE = Rule(
    name="multiple",
    pattern=quantity_pattern(("multiple",)),
    sites=reach_sites(("multiple",)),
    parse=parse_quantity,
    priority=2,
    examples=(E("是十年前的3.6倍", "3.6倍", 3.6, "倍"),
              E("报销人次增长了两倍多", "两倍多", 2, "倍", "more_than"),
              E("是去年同期的1.5倍多。", "1.5倍多", 1.5, "倍", "more_than"), E("约为上年的1.3倍", "1.3倍", 1.3, "倍", "approx")),
    counter_examples=("产量实现倍增",),
)

DURATION = Rule(
    name="duration",
    pattern=quantity_pattern(("duration",)),
    sites=reach_sites(("duration",)),
    parse=parse_quantity,
    priority=1,
    examples=(
        E("办理时限压缩至1.5个工作日", "1.5个工作日", 1.5, "工作日"),
        E("平均等待不到20分钟", "不到20分钟", 20, "分钟", "less_than"), E("结算时间缩短至30秒", "30秒", 30, "秒"),
        E("工期缩短了3个月", "3个月", 3, "月"),
        E("连续值守了十二天", "十二天", 12, "天"),
        E("集中征缴历时3个多月", "3个多月", 3, "月", "more_than"),
        E("排队两个多小时", "两个多小时", 2, "小时", "more_than"),
    ),
    counter_examples=("2024年全县经济平稳", "三年级学生", "2026年度缴费", "近两年来", "学前三年教育"),
)

MEASURE = Rule(
    name="measure_word",
    pattern=quantity_pattern(("measure",), allow_big=True),
    sites=reach_sites(("measure",)),
    parse=parse_quantity,
    priority=1,
    examples=(
        E("建成养老服务站12个", "12个", 12, "个"),
        E("全市7县区参合农民达214.6万人", "7县区", 7, "个"),
        E("新建幼儿园7所", "7所", 7, "所"),
        E("清运垃圾3.5吨", "3.5吨", 3.5, "吨"),
        E("流转土地200余亩", "200余亩", 200, "亩", "more_than"),
        E("开展义诊活动20余场", "20余场", 20, "场", "more_than"),
        E("累计使用电子凭证结算48.6万笔", "48.6万笔", 486000, "笔"),
        E("发放创业担保贷款1260笔", "1260笔", 1260, "笔"),
        E("组建8支服务队", "8支", 8, "支"),
        E("采购中选药品2360万片", "2360万片", 23600000, "片"),  # tablets of a procured drug
        E("调解纠纷37件", "37件", 37, "件"),
        E("走访群众3600余件次", "3600余件次", 3600, "件次", "more_than"),
        E("涵盖三大板块", "三大板块", 3, "板块"),
        E("明确五大项任务", "五大项", 5, "项"), E("确定15项重点民生实事", "15项", 15, "项"),
        E("检查两家企业", "两家", 2, "家"),
        E("县中医院及13家乡镇卫生院全部接入", "13家", 13, "家"),  # (家 before 乡镇: no 家乡)
        E("光伏装机容量25MW", "25MW", 25, "MW"),
        E("以前一年光买药就得三千多块，现在", "三千多块", 3000, "元", "more_than"),
        E("设立警示牌420块、救生圈", "420块", 420, "块"),
        E("查处违法案件38起", "38起", 38, "起"),
        E("全年办理婚姻登记6320对", "6320对", 6320, "对"), E("全年火化遗体2125具", "2125具", 2125, "具"),
        E("免费孕前健康检查约4100对", "约4100对", 4100, "对", "approx"),
        E("完成筛查8900余例", "8900余例", 8900, "例", "more_than"),
        E("DRG病组数达到680组", "680组", 680, "组"),
        E("开展飞行检查2轮", "2轮", 2, "轮"),
        E("培训合格率在九成以上", "九成以上", 90, "%", "more_than"),
        E("八成以上的受访者表示满意", "八成以上", 80, "%", "more_than"),
        E("近八成群众选择就近办理", "近八成", 80, "%", "approx"),
        E("回款率接近七成半", "接近七成半", 75, "%", "approx"),
        E("新农合能报七成多", "七成多", 70, "%", "more_than"),
        E("参保率达到九成五以上", "九成五以上", 95, "%", "more_than"),
        E("实际报销比例在六成五左右", "六成五左右", 65, "%", "approx"),
        E("县外医院占一成左右", "一成左右", 10, "%", "approx"),  # 一 before 成 is a tenth, not 'a'
        E("县级医院住院人次占一成。", "一成", 10, "%"),
        E("接种疫苗4.5万剂次", "4.5万剂次", 45000, "剂次"), E("全年完成手术8640台次", "8640台次", 8640, "台次"),
        E("铺设管网近百公里", "近百公里", 100, "公里", "approx"),
        E("孕产妇死亡率为12.3/10万", "12.3/10万", 12.3, "/10万"),
        E("孕产妇死亡率下降到18.6/10 万", "18.6/10 万", 18.6, "/10万"),
        E("年产量可达4000吨以上", "4000吨以上", 4000, "吨", "more_than"),
        E("将白血病等两类重大疾病纳入救治", "两类", 2, "类"),
        E("聚焦12大类民生实事", "12大类", 12, "类"),
        E("方案由五部门共同制定", "五部门", 5, "部门"),
        E("资金分两部分拨付", "两部分", 2, "部分"),
    ),
    counter_examples=(
        "为群众添上一份保障", "带来一场文化盛宴", "一成不变的老办法", "一个个家庭受益", "支持产业发展",
        "种植中药材", "项目建设加快", "惠民之声传万家", "多个部门联合", "几分钟就办好了",
        "第三届运动会", "门诊慢特病", "其中一部分用于购置设备", "游客三五成群地拍照",
        # a category's name, not a count of categories; the fixed groups of assistance policy
        "免费接种二类疫苗", "出境水质保持三类标准", "为六类低收入对象代缴保费", "对三类人员动态监测",
        "围绕四项重点发力", "一类、二类对象按月发放", "三类人群", "一笔一笔地核对", "用一支笔记录", "三笔记录", "开展一对一帮扶",
        "开展1对1帮扶", "实现一对多服务", "3具有资质的机构", "组织3对接活动", "回到第二家乡", "县里组织专家评审", "启动新一轮集采", "两轮换岗",
    ),
)

UNIT_FROM_NOUN = Rule(
    name="unit_from_noun",
    pattern=bare_number_pattern(),
    sites=Sites.after_noun,
    parse=parse_unit_from_noun,
    priority=0,
    examples=(
        E("全年诊疗人次达254.39万,同比增长", "254.39万", 2543900, "人次"),
        E("今年参合农民逾3900万", "逾3900万", 39000000, "人", "more_than"), E("门诊诊疗人次 254.39万,", "254.39万", 2543900, "人次"),
        E("全省参合农民1800余万,参合率", "1800余万", 18000000, "人", "more_than"),  # (余 before 万)
        E("城乡居民收入倍差缩小到1.71,", "1.71", 1.71, "倍"),
        E("参合人数36.2万人,参合率92.46,筹资总额", "92.46", 92.46, "%"),
        E("按人头付费结余奖励约86万、按病种付费", "约86万", 860000, "元", "approx"),
        E("今年医保基金支出4.87亿,同比增长", "4.87亿", 487000000, "元"),
        E("当期结余860万;", "860万", 8600000, "元"), E("住院费用3.2万,报销2.1万", "3.2万", 32000, "元"),
        E("全县户籍人口52.3万,贫困人口1.2万", "52.3万", 523000, "人"),
        E("覆盖农业人口约45万。", "约45万", 450000, "人", "approx"),
        E("两县直接救助人次均超过1.5万", "超过1.5万", 15000, "人次", "more_than"),  # (均 as 分别; a list's later items)
        E("赔付人次分别为5.4万、6.1万、7.1万。", "7.1万", 71000, "人次"), E("结算人次分别为6214、5382、3175。", "3175", 3175, "人次"),
    ),
    counter_examples=("参合率达到一定水平", "参保人数达到一定规模", "收入增长7.2,支出下降3.1"),
)

MONEY_NOUN = Rule(
    name="money_noun",
    pattern=magnitude_noun_pattern("money_nouns.txt"),
    sites=magnitude_sites("money_nouns.txt"),
    parse=parse_money_noun,
    priority=1,
    examples=(E("3亿信贷资金助力园区建设", "3亿", 300000000, "元"),),
)

PEOPLE_NOUN = Rule(
    name="people_noun",
    pattern=magnitude_noun_pattern("people_nouns.txt"),
    sites=magnitude_sites("people_nouns.txt"),
    parse=parse_people_noun,
    priority=1,
    examples=(
        E("全县12.6万农民自愿参合", "12.6万", 126000, "人"),
        E("新农合覆盖300余万农业人口", "300余万", 3000000, "人", "more_than"),
        E("帮助4.2万贫困人口稳定脱贫", "4.2万", 42000, "人"),
        E("惠及近2万群众", "近2万", 20000, "人", "approx"),
        E("惠及4.18 万群众", "4.18 万", 41800, "人"),
        E("带动300 余万群众增收", "300 余万", 3000000, "人", "more_than"),
        E("年内实现全县近40万参保群众刷码就医", "近40万", 400000, "人", "approx"),
        E("全市58.7万参保(合)人员纳入大病保险保障", "58.7万", 587000, "人"),
        E("新农合惠及四十余万农民", "四十余万", 400000, "人", "more_than"),
        E("全县三十多万群众受益", "三十多万", 300000, "人", "more_than"),
        E("全市共有2.4万城市居民纳入低保", "2.4万", 24000, "人"),
        E("6.1万农村牧区居民享受低保", "6.1万", 61000, "人"),
        E("全县1.3万特困人员全部纳入供养", "1.3万", 13000, "人"),
        E("为13.8万建档立卡贫困人口代缴保费", "13.8万", 138000, "人"),
        E("惠及12.3万农村困难群众", "12.3万", 123000, "人"), E("解决三点八万农村人口饮水问题", "三点八万", 38000, "人"),
    ),
    counter_examples=("万名群众", "千家万户群众", "上万群众参加", "数万居民受益", "造福亿万农民", "百万群众受益",
                      "几十万群众"),
)

MONEY_SPOKEN = Rule(
    name="money_spoken",
    pattern=colloquial_yi_pattern(),
    sites=Sites.before_colloquial_yi,
    parse=parse_money_noun,
    priority=2,
    examples=(
        E("累计补偿金额4.6个亿", "4.6个亿", 460000000, "元"),
        E("全年基金支出2.8 个亿", "2.8 个亿", 280000000, "元"),
        E("总投资两个多亿", "两个多亿", 200000000, "元", "more_than"),
        E("争取资金近3个亿元", "近3个亿元", 300000000, "元", "approx"),
    ),
    counter_examples=("几个亿的项目", "一个亿万富翁的故事"),
)

SHARED_UNIT = Rule(
    name="shared_unit",
    pattern=shared_unit_pattern(),
    sites=Sites.before_list_mark,
    parse=parse_shared_unit,
    priority=2,  # (over measure_word for 0.8个 of 0.8个和0.3个百分点)
    examples=(
        E("比上年分别提高3.6和0.9个百分点", "3.6", 3.6, "个百分点"),
        E("分别比上年下降0.33和0.18个千分点", "0.33", 0.33, "个千分点"),
        E("较上年分别上升1.4 和0.6 个百分点", "1.4", 1.4, "个百分点"),  # (blanks as converted PDFs print them)
        E("分别比上年提高0.8个和0.3个百分点", "0.8个", 0.8, "个百分点"),
        E("两项补助分别为120和150元", "120", 120, "元"),
        E("分别覆盖1.2、3.4万人", "1.2", 12000, "人"),
        E("参保人数分别为12、15、18万人", "12", 120000, "人"), E("分别结算8.6万、3.4万人次", "8.6万", 86000, "人次"),
        E("起付线为100—300元", "100", 100, "元"), E("起付线为200-400元", "200", 200, "元"),
        E("一次性补助1.5-2万元", "1.5", 15000, "元"),
        E("每户补助2000-3000元", "2000", 2000, "元"),  # (digits like a year's, but no month after them)
        E("每年资助3至5万人", "3", 30000, "人"), E("可支付月数保持在6至9个月", "6", 6, "月"),  # (1至3月: the calendar's)
    ),
    counter_examples=("2019和2020年", "第1和第2名", "1—4月", "2024-2025年", "1至3月", "1、500元以下部分",
                      "分段报销：\n2、3001元以上部分"),
)

MONEY_VERB = Rule(
    name="money_verb",
    pattern=money_verb_pattern(),
    sites=Sites.after_verb,
    parse=parse_money_verb,
    priority=3,
    examples=(
        E("一个月能挣两千多,还能顾家", "两千多", 2000, "元", "more_than"),
        E("去年住院花了三万多,报销后", "三万多", 30000, "元", "more_than"),
        E("一年能省下1.2万", "1.2万", 12000, "元"),
        E("一个月能省一百多块。", "一百多块", 100, "元", "more_than"),
        E("总共花了三万二,报了一半", "三万二", 32000, "元"),
        E("自己只掏了不到五千。", "不到五千", 5000, "元", "less_than"),
        E("看一次门诊只花十几块。", "十几块", 10, "元", "more_than"),
        E("一年下来自己花一万多一点。", "一万多一点", 10000, "元", "more_than"),
        E("民政又救助了三千,我自己拿了两千多。", "三千", 3000, "元"),
        E("民政又救助了三千,我自己拿了两千多。", "两千多", 2000, "元", "more_than"),
        E("一年下来光透析就要六万多。", "六万多", 60000, "元", "more_than"),
    ),
    counter_examples=("挣了不少钱", "赚了300", "花了很多心思", "给了不少帮助", "就要多跑几趟"),
)

RULES = (MONEY, PEOPLE, PERSON_TIMES, HOUSEHOLDS, PERCENT, PERCENT_WORDS, POINTS, MULTIPLE,
         DURATION, MEASURE, UNIT_FROM_NOUN, MONEY_NOUN, PEOPLE_NOUN, MONEY_SPOKEN, SHARED_UNIT, MONEY_VERB)
