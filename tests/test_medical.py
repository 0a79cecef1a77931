"""Program and metric of medical-security figures in the shapes real reports share (GUIDELINES §8,
§9). Every sentence is invented for these tests; the counties are real divisions."""
from __future__ import annotations

import pytest

from tests.harness import attribution, attributions


def pm(page: str, surface: str, **kw) -> tuple[str, str]:
    a = attribution(page, surface, published=kw.pop("published", "2019-07"), **kw)
    assert a.domain == "medical_security", (surface, a.domain)
    return a.program, a.metric


@pytest.mark.parametrize("page,surface,expected", [
    # several programs named as one enumeration mean them all: both schemes together
    ("本报讯 县里为困难群众落实基本医疗保险、大病保险、医疗救助三重保障,今年以来三项政策共惠及"
     "41260人次,统筹报销8621.5万元。\n", "41260人次", ("basic_medical_insurance", "person_times")),
    # a generic word continues the specific scheme named before it in the sentence
    ("本报讯 年末职工医保参保15320人,全年征缴医疗保险费356万元。\n", "356万元",
     ("employee_medical_insurance", "fund_income")),
    ("本报讯 全年征收职工医保基金1.52亿元。\n", "1.52亿元", ("employee_medical_insurance", "fund_income")),
    # 新农合-era wording: 合管办, 城镇居民医疗保险, 合疗
    ("本报讯 去年县合管办共报销医药费1236万元,计10345人次。\n", "1236万元", ("resident_medical_insurance", "amount")),
    ("本报讯 年末城镇居民医疗保险参保人数18650人。\n", "18650人", ("resident_medical_insurance", "insured_persons")),
    # people named by the verb of their benefit are beneficiaries, not enrollees
    ("本报讯 到2010年11月底,全县新农合累计为98120人补偿医药费2650.4万元。\n", "98120人",
     ("resident_medical_insurance", "beneficiaries")),
    # a cap is a policy parameter, not money paid
    ("本报讯 今年县里修订新农合报销办法,最高报销额从1万元调整为3万元。\n", "3万元",
     ("resident_medical_insurance", "other")),
    # an annual per-person amount of a scheme is its funding standard
    ("本报讯 今年全县合作医疗统筹基金提高到每人每年150元。\n", "150元",
     ("resident_medical_insurance", "per_capita_funding")),
    # service delivery: model service sites, hospitals linked up for settling bills, how far a
    # service is rolled out; the settlements themselves stay the scheme's
    ("本报讯 今年全县建成医保服务示范点18个。\n", "18个", ("medical_security_services", "service_points")),
    ("本报讯 县合管办下设乡镇新农合经办点24个。\n", "24个", ("medical_security_services", "service_points")),
    ("本报讯 今年全县新农合每人筹资增至380元;与省城6家医院实现异地就医的联网结算。\n", "6家",
     ("medical_security_services", "service_points")),
    ("本报讯 全县共有37所医疗机构落实“先诊疗后付费”。\n", "37所", ("medical_security_services", "service_points")),
    ("本报讯 全县医保一季度异地就医直接结算量同比增长三成。\n", "三成", ("basic_medical_insurance", "other")),
    ("本报讯 今年全县医保门诊报销比例提高,医保刷卡结算开通率达96%。\n", "96%", ("basic_medical_insurance", "other")),
    ("本报讯 全县医保今年异地就医直接结算2.1万人次。\n", "2.1万人次", ("basic_medical_insurance", "person_times")),
    # a program named after a figure in its clause is the next 、 item's label, not the figure's
    ("本报讯 1-9月,居民医保住院支出3.1亿元;普通门诊支出4210万元、门诊慢特病支出2980万元。\n", "4210万元",
     ("resident_medical_insurance", "amount")),
    ("本报讯 对特困人员、低保对象分别给予全额、70%的参保资助。\n", "70%", ("enrollment_subsidy", "other")),
    # what all the layers paid together is the basic scheme's (GUIDELINES §9: all three layers)
    ("本报讯 基本医保报销2.1万元,大病保险报销3900元,医疗救助5100元,综合报销比例达93.6%。\n", "93.6%",
     ("basic_medical_insurance", "reimbursement_rate")),
    ("本报讯 基本医保报销2.1万元,大病保险报销3900元,医疗救助5100元,三项合计报销3万元。\n", "3万元",
     ("basic_medical_insurance", "amount")),
    # what each person's premium is made up to (每人每年筹资), also after a breakdown of another group's
    ("本报讯 成年居民每人每年筹资标准为260元,其中个人缴费170元,财政补助90元;未成年人每人每年筹资110元。\n",
     "110元", ("resident_medical_insurance", "per_capita_funding")),
    # claims the fund refused and rewards to informants are no money it paid out
    ("本报讯 今年县医保局对违规费用拒付金额约31万元。\n", "约31万元", ("basic_medical_insurance", "other")),
    ("本报讯 今年县医保局兑现医保基金举报奖励金额1.6万元。\n", "1.6万元", ("basic_medical_insurance", "other")),
    # every layer named as one outranks the form of help named before it
    ("本报讯 全年投入医疗救助资金1.1亿元,其中住院救助0.9万人次,救助对象住院费用经基本医保、大病保险和医疗救助"
     "报销后的综合保障比例达到92.6%。\n", "92.6%", ("basic_medical_insurance", "reimbursement_rate")),
    # what a patient paid himself is no money a scheme paid out
    ("本报讯 村民王某住院花了3.2万元,新农合报销2.1万元,自己只付了3200元。\n", "3200元", ("resident_medical_insurance", "other")),
    # the fund raised in all (基金总额), not a global budget paid to hospitals (总额付费)
    ("本报讯 2011年全县新农合人均筹资230元,基金总额9850万元。\n", "9850万元", ("resident_medical_insurance", "fund_income")),
    ("本报讯 县医保局对医共体实行医保基金总额付费,当年预算总额9.1亿元。\n", "9.1亿元", ("basic_medical_insurance", "other")),
    # what each enrollee pays, said plainly
    ("本报讯 新农合试点之初每人交10元,如今每人每年交250元。\n", "250元", ("resident_medical_insurance", "individual_contribution")),
    ("本报讯 2006年新农合人均筹资50元,其中农民个人出资10元。\n", "10元", ("resident_medical_insurance", "individual_contribution")),
    # the share paid back, said short
    ("本报讯 今年起,全县新农合住院最高可报七成。\n", "七成", ("resident_medical_insurance", "reimbursement_rate")),
    # a multiple of what grew keeps its metric
    ("本报讯 全年跨省异地就医直接结算12.6万人次,比上年增长2.3倍。\n", "2.3倍", ("basic_medical_insurance", "person_times")),
    ("本报讯 2009年全县城镇居民医保成年居民缴费每人每年50元,学生儿童每人每年20元。\n", "50元",
     ("resident_medical_insurance", "individual_contribution")),
    # a funding split said short, as county papers say it
    ("本报讯 今年新农合筹资标准每人100元:中央补40元,省补20元,县补20元,个人交20元。\n", "40元",
     ("resident_medical_insurance", "fiscal_subsidy")),
    ("本报讯 今年新农合筹资标准每人100元:中央补40元,省补25元,县补5元,个人交30元。\n", "25元",
     ("resident_medical_insurance", "fiscal_subsidy")),
    ("本报讯 今年新农合筹资标准每人100元:中央补40元,省补25元,县补5元,个人交30元。\n", "30元",
     ("resident_medical_insurance", "individual_contribution")),
    # clinics that settle a scheme's bills at discharge are its service points
    ("本报讯 目前全县16个定点乡镇卫生院全部实行“出院即报”。\n", "16个", ("medical_security_services", "service_points")),
    # the backstop money paid after the schemes is medical assistance
    ("本报讯 贫困患者住院经基本医保报销后,全年支付医保兜底资金860万元。\n", "860万元", ("medical_assistance", "amount")),
    # a backstop after the insurance layers, in a sentence of reimbursement: medical assistance, not the 低保's
    ("本报讯 甲县:贫困患者住院的实际报销比例90.6%,兜底保障支出1520万元。\n", "1520万元", ("medical_assistance", "amount")),
    # a scheme that opens the clause after a comma is that clause's subject, no member of a list before it
    ("本报讯 贫困患者住院实行三重保障,大病保险起付线由1.1万元降至6000元。\n", "6000元",
     ("critical_illness_insurance", "other")),
    # a scheme's name shortened to 基本医保 still names that scheme; other provinces' names of chronic outpatient care
    ("本报讯 截至目前,全县参加城乡居民基本医保的群众达到13.4万人。\n", "13.4万人",
     ("resident_medical_insurance", "insured_persons")),
    ("本报讯 截至目前,全县参加城镇职工基本医保6.2万人。\n", "6.2万人", ("employee_medical_insurance", "insured_persons")),
    ("本报讯 上半年全县门诊特殊疾病患者享受待遇4.9万人次。\n", "4.9万人次", ("chronic_disease_outpatient", "person_times")),
    # the share a check samples is no reimbursement rate
    ("本报讯 今年县医保局对定点医疗机构住院病历的抽查比例为35%。\n", "35%", ("basic_medical_insurance", "other")),
    # a rate named by its compensation word is a reimbursement rate
    ("本报讯 全县新农合住院政策范围内补偿率达58%。\n", "58%", ("resident_medical_insurance", "reimbursement_rate")),
    # the share enrolled written as a 比例 is the enrollment rate, and its rise keeps that metric
    ("本报讯 2009年,全县参合农民共计71.36万人,参合比例为92.8%,较上年提高了2.1个百分点。\n", "92.8%",
     ("resident_medical_insurance", "enrollment_rate")),
    ("本报讯 2009年,全县参合农民共计71.36万人,参合比例为92.8%,较上年提高了2.1个百分点。\n", "2.1个百分点",
     ("resident_medical_insurance", "enrollment_rate")),
    # the towns and villages the insurance's services reach are its service points
    ("本报讯 全县15分钟医保服务圈覆盖全县16个乡镇、236个村。\n", "236个", ("medical_security_services", "service_points")),
    # what the fund has received (到位基金) is its income
    ("本报讯 2009年全县新农合全年到位基金7936万元。\n", "7936万元", ("resident_medical_insurance", "fund_income")),
    # money raised (筹措) is the fund's income, and so is a government's matching share of it (配套), as the real gold
    # reads a region's share of the assistance fund (自治区财政城乡医疗救助资金X万元); a share called 补助 stays a subsidy
    ("本报讯 去年该县筹措医疗救助资金812万元,其中县财政配套150万元。\n", "812万元", ("medical_assistance", "fund_income")),
    ("本报讯 去年该县筹措医疗救助资金812万元,其中县财政配套150万元。\n", "150万元", ("medical_assistance", "fund_income")),
    ("本报讯 明年力争把县级医疗救助配套资金提高到300万元。\n", "300万元", ("medical_assistance", "fund_income")),
    # 人平 is 人均 as some provinces' papers write it
    ("本报讯 今年全县新农合人平筹资达到290元。\n", "290元", ("resident_medical_insurance", "per_capita_funding")),
    # a form of help or benefit named in an item of a ；-run of parallel items is no topic of the next item,
    # nor of the sentence after the run; nor is the first item's, where the items name several
    ("本报讯 上半年新农合住院补偿1.2万人次;慢性病门诊补偿1092人次,补偿29.4万元。与去年同期相比,补偿人次增加1.35万人次。\n",
     "1.35万人次", ("resident_medical_insurance", "person_times")),
    ("本报讯 全年跨省住院直接结算1.08万人次;跨省门诊慢特病直接结算7.95万人次;省内异地就医直接结算3.33万人次。\n",
     "3.33万人次", ("basic_medical_insurance", "person_times")),
    ("本报讯 大病保险赔付4870万元,惠及8362人次;实施医疗救助1130万元。县医院实行先诊疗后付费,全年服务1.9万余人次。\n",
     "1.9万余人次", ("basic_medical_insurance", "person_times")),
    # inpatient and outpatient assistance named together (住院和门诊救助) are assistance at large
    ("本报讯 全年实施住院和门诊救助4.96万人次,支出救助资金2937万元。\n", "4.96万人次", ("medical_assistance", "person_times")),
    ("本报讯 住院和门诊慢特病救助共用年度救助限额,每人每年最高6万元。\n", "6万元", ("medical_assistance", "other")),
    # each form's money in its own clause after the other's (住院救助X人次、救助资金Y万元,门诊救助…、救助资金W万元);
    # after both forms in clauses of their own, the money is the assistance's at large
    ("本报讯 全年住院救助6120人次、救助资金1875.2万元,门诊救助1.08万人次、救助资金306.4万元。\n", "306.4万元",
     ("outpatient_assistance", "amount")),
    ("本报讯 全年住院救助6120人次,门诊救助1.08万人次,支出医疗救助资金2181.6万元。\n", "2181.6万元",
     ("medical_assistance", "amount")),
    # people who filed for care elsewhere are the year's filings, no enrollees
    ("本报讯 全年共办理异地就医备案2.64万人。\n", "2.64万人", ("basic_medical_insurance", "other")),
    # premiums paid for others in an earlier sentence are no topic of the next one
    ("本报讯 全县脱贫人口个人缴费部分由财政全额代缴,代缴资金1520万元。贫困患者住院实际报销比例达到88.1%。\n", "88.1%",
     ("basic_medical_insurance", "reimbursement_rate")),
    # premiums paid for a list of groups (低保、特困人员): the 、 between the groups opens no item of its own
    ("本报讯 今年为1.12万名低保、特困人员资助参加城乡居民医保。\n", "1.12万名", ("enrollment_subsidy", "beneficiaries")),
    # clinics counted with 个 that offer a way of settling bills are points of that service
    ("本报讯 去年推动14个乡镇卫生院全部开通异地就医直接结算。\n", "14个", ("medical_security_services", "service_points")),
    # the rise in points of a rate of another kind keeps that rate's programme
    ("本报讯 截至6月底,全县医保电子凭证激活率达到71.2%,较去年底提高4.3个百分点。\n", "4.3个百分点",
     ("medical_security_services", "other")),
    # how many of the groups helped are enrolled is an enrollment rate
    ("本报讯 力争全年困难群众资助参保率保持在99.5%以上。\n", "99.5%以上", ("basic_medical_insurance", "enrollment_rate")),
    # the change of how many were helped keeps that count's metric; the money beside it is paid out (on a page that
    # names the scheme: 资助 alone names none)
    ("医保资助参保工作通报\n\n本报讯 今年以来,甲县资助人数同比下降了5.2%。\n", "5.2%", ("enrollment_subsidy", "beneficiaries")),
    ("医保资助参保工作通报\n\n本报讯 奇台县资助人数最多,达2.04万人,资金达1036.9万元。\n", "1036.9万元",
     ("enrollment_subsidy", "amount")),
    # a ；-run of places and their counts after the first item names what (甲旗资助人数最多,有X人；乙旗Y人)
    ("医保资助参保工作通报\n\n本报讯 1至6月,甲旗资助人数最多,有3.27万人;乙旗2.95万人;丙县2.41万人。\n", "2.41万人",
     ("enrollment_subsidy", "beneficiaries")),
    # what the poor's bills are paid back in all is every layer's together (GUIDELINES §9), whatever scheme the
    # sentence before names
    ("本报讯 全县城乡居民医保参保率达98%。贫困患者住院实际补偿比达到90.2%,较上年提高1.8个百分点。\n", "90.2%",
     ("basic_medical_insurance", "reimbursement_rate")),
    # the two schemes taken together: by name (两项合计), or by a bracket that says the fund holds both
    ("本报讯 全市职工医保参保21.6万人,居民医保参保30.4万人,两项合计比上年末增加0.85万人。\n", "0.85万人",
     ("basic_medical_insurance", "insured_persons")),
    ("本报讯 全年医疗保险基金(含职工和居民)收入8.72亿元,同比增长7.5%。\n", "8.72亿元",
     ("basic_medical_insurance", "fund_income")),
    # money a case involved, a penalty imposed, or what the selected drugs bought cost is no money paid out
    ("本报讯 全年查处欺诈骗保案件12起,涉案金额58万元,行政处罚金额36万元。\n", "58万元", ("basic_medical_insurance", "other")),
    ("本报讯 全年查处欺诈骗保案件12起,涉案金额58万元,行政处罚金额36万元。\n", "36万元", ("basic_medical_insurance", "other")),
    ("本报讯 全县公立医疗机构采购中选药品金额1320万元。\n", "1320万元", ("basic_medical_insurance", "other")),
    # what a benefit paid out (住院分娩补助, 补助金额) is an amount, not the state's subsidy of premiums
    ("某县新农合运行通报\n\n全年补助住院分娩1126人次,补助金额45.0万元。\n", "45.0万元",
     ("resident_medical_insurance", "amount")),
    ("某县新农合运行通报\n\n全年基金支出9820万元,其中住院补偿8710万元,住院分娩补助326万元。\n", "326万元",
     ("resident_medical_insurance", "amount")),
    # a share of the fund is no reimbursement rate, and the money after it is what the sentence spent
    ("某县新农合运行通报\n\n今年1-3月全县新农合基金支出3918万元,占当年筹资总额的21.4%,较去年同期增加506万元。\n",
     "21.4%", ("resident_medical_insurance", "other")),
    ("某县新农合运行通报\n\n今年1-3月全县新农合基金支出3918万元,占当年筹资总额的21.4%,较去年同期增加506万元。\n",
     "506万元", ("resident_medical_insurance", "amount")),
    ("某县新农合基金使用情况\n\n项目　　　　人次　　　金额　　　占基金比例\n合计　　　　40512　　9120.6　　35.18\n"
     "门诊统筹　　38710　　1016.3　　3.92\n", "3.92", ("resident_medical_insurance", "other")),
])
def test_program_and_metric(page, surface, expected):
    assert pm(page, surface) == expected


def test_the_headline_names_the_program_of_an_article_about_it():
    page = ("云岩区2022年城乡居民医保筹资进展\n\n"
            "全区已完成筹资 352100 人,完成率 81.6%。\n")
    assert pm(page, "352100 人", published="2022-02")[0] == "resident_medical_insurance"
    assert pm(page, "81.6%", published="2022-02")[0] == "resident_medical_insurance"


def test_a_notice_under_a_government_catalogues_header_takes_the_scheme_its_title_names():
    # the site's name and the catalogue's fields (索引号, 生成日期) stand above the title line (名称:…新农合…通知):
    # the sections under it that name no scheme are the title's
    page = ("某县人民政府信息公开网\n\n索引号:004100382/201103-00021  信息分类:卫生\n生成日期:2011-03-02\n"
            "名称:某县合管办关于印发2011年度新农合统筹补偿方案的通知\n\n各乡镇卫生院:\n　　一、住院补偿\n"
            "　　(一)起付线。乡镇卫生院80元,县级医疗机构300元。\n")
    assert pm(page, "80元", published="2011-03")[0] == "resident_medical_insurance"
    assert pm(page, "300元", published="2011-03")[0] == "resident_medical_insurance"


# ---------------------------------------------------------------- 分别 lists and breakdowns

def test_a_fenbie_list_pairs_each_figure_with_its_item():
    page = ("本报讯 到年底,全县失业保险、基本医疗保险、工伤保险的参保人数分别为2.8万人、9.1万人、3.6万人,"
            "比上年分别增长3.1%、6.5%和4.2%。\n")
    assert attribution(page, "3.6万人", published="2012-06").domain == "employment_social_security"
    assert pm(page, "9.1万人", published="2012-06") == ("basic_medical_insurance", "insured_persons")
    assert attribution(page, "2.8万人", published="2012-06").domain == "employment_social_security"
    # the second 分别 has no items of its own and reuses the first list's
    assert pm(page, "6.5%", published="2012-06") == ("basic_medical_insurance", "insured_persons")
    assert attribution(page, "3.1%", published="2012-06").domain == "employment_social_security"


def test_a_fenbie_clause_with_no_items_pairs_with_the_figures_of_the_clauses_before_it():
    page = ("本报讯 1—6月,全县跨省异地就医直接结算3.46万人次,医疗总费用1.12亿元,基金支付6820万元,"
            "同比分别增长24.6%、15.3%和11.8%。\n")
    assert pm(page, "24.6%", published="2025-07") == ("basic_medical_insurance", "person_times")
    assert pm(page, "15.3%", published="2025-07") == ("basic_medical_insurance", "other")
    assert pm(page, "11.8%", published="2025-07") == ("basic_medical_insurance", "amount")
    # averages of a 分别 clause take the item of the figure they pair with
    # items parted by 、 within one clause pair as clauses do
    page = "本报讯 1—9月,全县异地就医直接结算12.7万人次、结算金额2.96亿元,分别比上年增长18.4%和13.2%。\n"
    assert pm(page, "18.4%", published="2025-10") == ("basic_medical_insurance", "person_times")
    assert pm(page, "13.2%", published="2025-10") == ("basic_medical_insurance", "amount")
    page = "本报讯 前三季度新农合住院补偿支出912万元,门诊补偿支出71万元,次均补偿额分别是1640元和55元。\n"
    assert attribution(page, "55元", published="2013-10").item == "门诊"


def test_the_rest_of_a_breakdown_takes_the_heads_program_not_the_last_parts():
    page = ("本报讯 2024年度居民医保基金总支出24310.6万元,其中:住院统筹支出18420.3万元,大病保险支出2613.8万元,"
            "其他支出512.4万元。\n")
    assert pm(page, "512.4万元", published="2025-01") == ("resident_medical_insurance", "amount")
    assert pm(page, "2613.8万元", published="2025-01") == ("critical_illness_insurance", "amount")


def test_yiliao_baozhang_is_a_generic_word_that_continues_the_scheme_named_before_it():
    page = ("本报讯 近年来,该县用好新农合基金,努力让农民享有更好的医疗保障。今年上半年,住院实际补偿比例达到"
            "61%。\n")
    assert pm(page, "61%", published="2012-07") == ("resident_medical_insurance", "reimbursement_rate")
    # other forms of cover beside a scheme are still no scheme of their own
    page = "本报讯 全市参合农民达到1980万人,参加其它形式医疗保障52.6万人。\n"
    assert pm(page, "52.6万人", published="2009-03") == ("basic_medical_insurance", "insured_persons")


def test_a_group_named_by_its_income_names_no_income_of_a_fund():
    page = "本报讯 全年医疗救助支出1.68亿元。其中:对低收入困难家庭成员救助4.1万人次、4520万元。\n"
    a = attribution(page, "4520万元")
    assert a.program == "medical_assistance" and a.metric != "fund_income"


def test_every_item_of_a_list_of_groups_takes_the_form_of_help_its_sentence_names():
    page = "本报讯 住院救助方面,特困人员、低保对象、低保边缘人员的救助比例分别为100%、75%和65%。\n"
    for surface in ("100%", "75%", "65%"):
        a = attribution(page, surface)
        assert (a.domain, a.program) == ("medical_security", "inpatient_assistance"), surface
    assert attribution(page, "65%").population == "低保边缘人员"


def test_a_threshold_set_as_a_share_of_an_income_is_medical_securitys_and_per_nothing():
    a = attribution("本报讯 低保边缘户的起付标准按上年度全县居民人均可支配收入的10%确定。\n", "10%")
    assert (a.domain, a.metric, a.per) == ("medical_security", "other", "")
    # the income itself stays the economy's, per person and year
    a = attribution("本报讯 全县居民人均可支配收入2.1万元,增长7%。\n", "2.1万元")
    assert (a.domain, a.per) == ("economy", "person_year")


def test_a_bulleted_list_under_a_section_heading_is_that_sections_scheme():
    page = ("某县2024年城乡居民医保待遇政策解读\n\n一、缴费标准\n个人缴费每人每年380元。\n\n二、大病保险分段报销\n"
            "起付线1.6万元。\n·1.6万元—8万元(含)部分:报销60%\n·8万元以上部分:报销70%\n")
    for surface in ("60%", "70%"):
        assert attribution(page, surface, published="2024-01").program == "critical_illness_insurance"


def test_the_items_of_a_numbered_section_take_the_form_of_help_its_heading_names():
    page = ("某县医疗救助政策问答\n\n三、住院救助比例是多少\n经基本医保、大病保险报销后,政策范围内个人自付的住院费用:\n"
            "(一)特困人员按100%比例救助;\n(二)低保对象按80%比例救助。\n")
    assert attribution(page, "80%", published="2024-01").program == "inpatient_assistance"
    # an article's headline is no section heading: its body's 救助 stays assistance as a whole
    page = "某县住院救助惠及3000余人\n\n本报讯 今年,全县共救助困难群众4120人次,支出救助资金612万元。\n"
    assert attribution(page, "612万元", published="2024-01").program == "medical_assistance"


def test_every_figure_of_a_list_of_groups_takes_the_form_of_help_its_clause_names():
    # one figure per group, joined by 、 or 和: each is the inpatient help the clause names, not the first alone
    page = "本报讯 今年,特困供养人员、低保对象、监测对象住院费用政策范围内救助比例分别为100%、80%、65%。\n"
    assert [attribution(page, s, published="2024-01").program for s in ("100%", "80%", "65%")] == [
        "inpatient_assistance"] * 3
    page = "本报讯 今年,特困人员、低保对象住院费用救助比例分别为90%和75%。\n"
    assert attribution(page, "75%", published="2024-01").program == "inpatient_assistance"
    # a label after the 、 is the item's own (住院救助…、门诊救助…)
    page = "本报讯 今年,住院救助比例为70%、门诊救助年度限额3000元。\n"
    assert attribution(page, "3000元", published="2024-01").program == "outpatient_assistance"


def test_the_fund_money_is_drawn_from_is_no_topic_of_a_clause_naming_the_program_it_funds():
    page = "本报讯 2019年,县医保局从城乡居民医保基金中按每人每年40元的标准划转大病保险资金。\n"
    assert pm(page, "40元", published="2019-06") == ("critical_illness_insurance", "per_capita_funding")
    # a cap per person and year of that insurance is no funding standard
    page = "本报讯 2019年,县大病保险每人每年最高支付30万元。\n"
    assert pm(page, "30万元", published="2019-06")[1] != "per_capita_funding"
    # the fund alone, with no program it funds: the fund's
    page = "本报讯 2019年,县医保局从城乡居民医保基金中按每人每年40元的标准列支。\n"
    assert pm(page, "40元", published="2019-06")[0] == "resident_medical_insurance"


def test_every_fund_of_a_source_joined_to_the_first_is_no_topic_of_the_sentences_after_it():
    # 大病保险资金从城镇居民医保基金和新农合基金中划出。筹资标准为…: the insurance funded, not the second fund
    page = ("本报讯 据介绍,大病保险资金从城镇居民医保基金和新农合基金中划出,不增加群众负担。"
            "2016年度筹资标准为每人每年30元,全县共需筹集资金860万元左右。\n")
    assert pm(page, "30元", published="2015-12") == ("critical_illness_insurance", "per_capita_funding")
    assert pm(page, "860万元左右", published="2015-12")[0] == "critical_illness_insurance"


def test_every_layer_named_as_one_with_its_count_of_insurances_and_assistances_is_basic_insurance():
    # (“三保险三救助”报销X万元, 各项保障共报销Y万元: every scheme and assistance together, GUIDELINES §9)
    page = "本报讯 2019年,全县贫困人口住院“三保险三救助”报销3120.4万元,报销比例90.2%。\n"
    assert pm(page, "3120.4万元", published="2020-01") == ("basic_medical_insurance", "amount")
    assert pm(page, "90.2%", published="2020-01") == ("basic_medical_insurance", "reimbursement_rate")
    page = "本报讯 1至9月,全县贫困人口住院6210人次,各项保障共报销3904.7万元。\n"
    assert pm(page, "3904.7万元", published="2019-10") == ("basic_medical_insurance", "amount")


def test_a_backstop_fund_for_the_poor_is_medical_assistance():
    # (设立健康扶贫兜底基金X万元: what the schemes leave the poor to pay, the real gold's closest program)
    page = "本报讯 今年以来,县里落实三重保障,并设立健康扶贫兜底基金900万元。\n"
    assert pm(page, "900万元", published="2018-11")[0] == "medical_assistance"


def test_the_sentences_after_a_point_naming_one_form_of_help_are_that_help():
    page = ("本报讯 今年,县民政局多措并举。二是开展住院救助。共救助困难群众1240人次,发放救助金188.6万元,"
            "其中低保对象960人次。\n")
    assert [attribution(page, s, published="2011-01").program for s in ("188.6万元", "960人次")] == [
        "inpatient_assistance"] * 2
    # a point naming no one form (提高救助标准) says nothing of the help after it
    page = "本报讯 今年,县民政局多措并举做好医疗救助。二是提高救助标准。共救助困难群众1240人次,发放救助金188.6万元。\n"
    assert attribution(page, "188.6万元", published="2011-01").program == "medical_assistance"


def test_a_change_clause_right_after_a_figure_is_that_figures_change():
    # the clause of the change names no metric: it is the change of the figure before it
    page = "本报讯 全年参保人员享受医保待遇241.7万人次,比上年增长9.8%。\n"
    assert pm(page, "9.8%", published="2024-03") == ("basic_medical_insurance", "person_times")
    # a figure whose metric says nothing (a share of a target) lends none: the change keeps its own
    page = "本报讯 截至12月20日,全县居民医保参保缴费人数达到34.9万人,完成目标任务的98.2%,较上年同期增加0.71万人。\n"
    assert pm(page, "0.71万人", published="2025-12") == ("resident_medical_insurance", "insured_persons")
    # a growth rate listed after a change with 、 is the change of the same figure
    page = "本报讯 全年住院报销5.8万人次,同比减少0.46万人次、下降7.3%。\n"
    assert pm(page, "7.3%", published="2024-03") == ("basic_medical_insurance", "person_times")
    # a 分别 list's changes of visits and of an average per visit, by their names
    page = "本报讯 今年上半年,医疗救助支出和救助人次分别下降5.2%、7.9%;住院人次和次均住院费用分别下降6.1%、3.4%。\n"
    assert [pm(page, s, published="2025-07")[1] for s in ("5.2%", "7.9%", "6.1%", "3.4%")] == [
        "amount", "person_times", "person_times", "other"]
    # one that names its own metric keeps it
    page = "本报讯 全年参保人员享受医保待遇241.7万人次,基金支出增长6.1%。\n"
    assert pm(page, "6.1%", published="2024-03") == ("basic_medical_insurance", "amount")


def test_a_comma_after_a_clause_with_its_figure_lists_no_programs():
    # 住院救助, 人均获得救助…: a new clause, not a list of two programs (which reads as both schemes)
    page = "本报讯 上半年全镇有58人享受住院救助,人均获得救助2950元。\n"
    assert pm(page, "58人", published="2019-07") == ("inpatient_assistance", "beneficiaries")
    # a list of programs joined by a comma still is one
    page = "本报讯 职工医保,城乡居民医保参保人数合计达到31.2万人。\n"
    assert pm(page, "31.2万人", published="2019-07") == ("basic_medical_insurance", "insured_persons")


def test_a_fenbie_list_runs_on_past_a_semicolon_and_a_change_follows_the_figures_it_changes():
    page = ("本报讯 截至6月底,全县职工医保和城乡居民医保参保人数分别为6.38万人和37.95万人;上半年两项基金分别"
            "支出1.09亿元和1.83亿元,同比分别增长5.1%和6.9%。\n")
    assert pm(page, "1.09亿元", published="2025-07") == ("employee_medical_insurance", "amount")
    assert pm(page, "1.83亿元", published="2025-07") == ("resident_medical_insurance", "amount")
    assert pm(page, "6.9%", published="2025-07") == ("resident_medical_insurance", "amount")


def test_a_fenbie_list_of_schemes():
    page = "本报讯 今年,全区新农合和城镇居民医保的人均筹资标准分别提高到390元、410元。\n"
    assert pm(page, "410元", published="2014-06") == ("resident_medical_insurance", "per_capita_funding")
    assert pm(page, "390元", published="2014-06") == ("resident_medical_insurance", "per_capita_funding")


def test_the_parts_after_qizhong_take_the_metric_their_own_words_leave_open():
    page = ("本报讯 前三季度,全市共计筹集医疗保障基金18360.25万元,其中:城乡居民医保12450.30万元;"
            "职工医保5120.65万元;医疗救助789.30万元。\n")
    assert pm(page, "12450.30万元", published="2022-10") == ("resident_medical_insurance", "fund_income")
    assert pm(page, "5120.65万元", published="2022-10") == ("employee_medical_insurance", "fund_income")
    assert pm(page, "789.30万元", published="2022-10") == ("medical_assistance", "fund_income")


def test_a_part_takes_the_domain_of_its_head_and_the_metric_of_the_part_before_it():
    page = ("本报讯 2006年全市合作医疗基金筹资3100余万元,其中中央财政1250.6万元,省级836.2万元,"
            "市级190.4万元,农民自缴623.5万元。\n")
    assert pm(page, "836.2万元", published="2007-01") == ("resident_medical_insurance", "fiscal_subsidy")
    assert attribution(page, "623.5万元", published="2007-01").domain == "medical_security"


def test_parts_in_brackets_belong_to_the_figure_before_them():
    page = ("本报讯 截至9月底,职工医保累计结余4210.5万元(个人账户结余1320.2万元,统筹部分结余"
            "2890.3万元)。\n")
    assert pm(page, "1320.2万元", published="2022-10") == ("employee_medical_insurance", "fund_balance")


def test_an_enumeration_with_other_items_between_its_programs_means_them_all():
    page = ("本报讯 县里为建档立卡户筑牢居民医保、大病保险、补充医疗保险、医疗救助四重防线,"
            "今年再加一道财政兜底线。目前,全县贫困人口住院实际报销比达到95.2%。\n")
    assert pm(page, "95.2%", published="2018-12") == ("basic_medical_insurance", "reimbursement_rate")


def test_xinzeng_is_a_change_only_after_a_comparison():
    page = "本报讯 全县参保职工达3.7万人,比去年新增参保人数4120人;今年新增城镇就业1.2万人。\n"
    assert attribution(page, "4120人", published="2010-06").change == "delta"
    assert attribution(page, "1.2万人", published="2010-06").change == ""


@pytest.mark.parametrize("page,surface,expected", [
    # medical assistance in one named form
    ("本报讯 截至第二季度,全区累计医疗救助城乡困难群众住院9.6万人次,门诊5.2万人次。\n", "9.6万人次",
     ("inpatient_assistance", "person_times")),
    ("本报讯 截至第二季度,全区累计医疗救助城乡困难群众住院9.6万人次,门诊5.2万人次。\n", "5.2万人次",
     ("outpatient_assistance", "person_times")),
    ("本报讯 今年以来全县医疗救助门诊和住院困难群众6810人次。\n", "6810人次", ("medical_assistance", "person_times")),
    # households reached by a payment, premiums paid into an insurance
    ("本报讯 6月份,全县将大病救助金86万元逐户发放到215户困难群众家中。\n", "215户",
     ("medical_assistance", "beneficiaries")),
    ("本报讯 全县新农合大病保险536210人次投保1340.5万元。\n", "1340.5万元", ("critical_illness_insurance", "fund_income")),
    # the ；-run of accounts goes on with the scheme at its head
    ("本报讯 截至11月底,全县职工基本医疗保险的统筹基金收入8120.5万元,个人账户收入3410.2万元;"
     "大病互助收入412.3万元;统筹累计结余18240.6万元。\n", "18240.6万元",
     ("employee_medical_insurance", "fund_balance")),
    # the pension insurance of 城乡居民 names no medical scheme: the next clause's 基本医疗保险 is
    # both schemes; listed with it, its holder (职工) is the medical insurance's too
    ("本报讯 全年城乡居民基本养老保险基金支出2.1亿元,基本医疗保险基金支出3.2亿元。\n", "3.2亿元",
     ("basic_medical_insurance", "amount")),
    ("本报讯 年末全县职工基本养老保险和基本医疗保险参保人数分别为8.2万人、9.6万人。\n", "9.6万人",
     ("employee_medical_insurance", "insured_persons")),
    # the next point of an enumeration (一是…;二是…) is a topic of its own: the scheme of the point
    # before does not go on into it
    ("本报讯 存在问题:一是居民医保基金当期结余率仅为2.1%;二是异地就医增长较快,全年转外就医3.2万人次。\n",
     "3.2万人次", ("basic_medical_insurance", "person_times")),
    # under a bulletin's masthead, the title of its issue a line or two below names the scheme of its sections
    ("某县医疗保障局 工作简报 第12期\n发布时间:2021-12-09    来源:县医保局\n\n全县2022年度城乡居民医保征缴工作进展情况通报\n\n"
     "二、乡镇排名\n1. 张老埠乡  已缴费20815人,完成率91.36%\n", "20815人", ("resident_medical_insurance", "insured_persons")),
    # the fund the money is drawn from (从新农合基金中筹集) is no topic of the figures of the insurance it pays for
    ("本报讯 2016年,开展新农合大病保险,每人每年从新农合基金中筹集30元。\n", "30元",
     ("critical_illness_insurance", "per_capita_funding")),
    ("本报讯 大病保险保费按每人每年28元标准从居民医保基金中列支。2016年度,公司共赔付大病患者7615人次,赔款3920.6万元。\n",
     "3920.6万元", ("critical_illness_insurance", "amount")),
    # the one form of help the heading sentence of its paragraph names ((二)住院救助。…其中:…;五保对象…)
    ("某县民政局2012年医疗救助工作总结\n\n（二）住院救助。全年实施住院救助5812人次，发放救助资金1173.6万元。其中：农村低保对象3906人次，"
     "救助金额770.2万元；五保对象986人次，救助金额231.8万元。\n", "231.8万元", ("inpatient_assistance", "amount")),
    # a subsidy's standard per head written without 每人 (按280元全额资助, 分别资助200元、140元); its total in 万 stays paid out
    ("本报讯 2021年度城乡居民医保个人缴费标准为280元。对特困人员按280元全额资助,对低保对象、监测对象分别资助200元、"
     "140元。\n", "140元", ("enrollment_subsidy", "fiscal_subsidy")),
    ("本报讯 2021年度城乡居民医保个人缴费标准为280元。全年共资助资金1160万元。\n", "1160万元", ("enrollment_subsidy", "amount")),
    # the share of a premium a subsidy pays (按个人缴费的50%即175元/人定额资助): the subsidy's standard, not a premium
    ("本报讯 对低保对象,资助标准为个人缴费标准的70%,即每人266元。\n", "266元", ("enrollment_subsidy", "fiscal_subsidy")),
    # the money a one-stop settlement paid out
    ("本报讯 今年通过一站式结算救助困难群众1650人次,结算资金176万元。\n", "176万元", ("medical_assistance", "amount")),
    # the package a 医共体 is allotted for the year is its budget, no fund raised
    ("本报讯 全年医共体包干基金总额4.52亿元。\n", "4.52亿元", ("basic_medical_insurance", "other")),
    # what an area paid out (阜南县补偿X人次、Y万元): no 县补 of a funding split inside 县补偿
    ("本报讯 去年临泉县补偿参合农民41.6万人次、3215万元。\n", "3215万元", ("resident_medical_insurance", "amount")),
    # the layers listed with their name after the last one (…、医疗救助三重保障分别…): the last is assistance's
    ("本报讯 全市新农合、大病保险、医疗救助三重保障分别支付8.72亿元、0.96亿元、1.21亿元。\n", "1.21亿元",
     ("medical_assistance", "amount")),
    # what all the layers paid together (综合补偿比例) is basic insurance's, after the last layer named (GUIDELINES §9)
    ("本报讯 今年全县贫困人口住院费用经基本医保报销2,914万元,大病保险报销538万元,医疗救助1,207万元,"
     "综合补偿比例达90.3%。\n", "90.3%", ("basic_medical_insurance", "reimbursement_rate")),
    # the tiers of a ；-run whose first sentence opens with one form of help (住院救助对…,特困人员按100%救助;低保对象按70%)
    ("本报讯 按照实施细则，住院救助对政策范围内自付费用，特困人员按100%救助；低保对象按65%救助，年度封顶线4万元。\n", "65%",
     ("inpatient_assistance", "reimbursement_rate")),
    # (parallel items of other places: a later one's help is its own, 住院救助 stands inside the first)
    ("本报讯 甲旗将住院救助封顶线由1.5万元提高到3万元;乙县全年救助两万余人次,人均救助金额约430元。\n", "约430元",
     ("medical_assistance", "amount")),
    # money a program has received (到位) is its income, not money it paid out
    ("本报讯 2010年,全年共到位医疗救助资金1692万元。\n", "1692万元", ("medical_assistance", "fund_income")),
    # what a government's budget sets aside for medical assistance is what the help's fund took in (the real gold
    # reads the money set up or handed down for it, 救助资金筹资总额, 下达…医疗救助资金, as its income)
    ("本报讯 全年县财政安排医疗救助资金860万元,较上年增长18.2%。\n", "860万元", ("medical_assistance", "fund_income")),
    # after a ；, another group's standard per head is its own standard, no part of the head's breakdown
    ("本报讯 今年城镇居民医保筹资标准为:成年居民每人每年180元,其中个人缴纳70元,政府补助110元;学生儿童每人每年"
     "120元,个人缴纳30元,政府补助90元。\n", "120元", ("resident_medical_insurance", "per_capita_funding")),
    # a point that names its scheme in a sentence of its own (一是职工医保。…二是居民医保。): its
    # sentences are that scheme's, not both schemes' the paragraph names together
    ("本报讯 (二)基金运行平稳。一是职工医保。统筹基金收入8410.6万元,同比增长3.8%。二是居民医保。基金收入"
     "2.37亿元,基金支出1.92亿元,累计结余1.16亿元。\n", "1.92亿元", ("resident_medical_insurance", "amount")),
    ("本报讯 (二)基金运行平稳。一是职工医保。统筹基金收入8410.6万元,同比增长3.8%。二是居民医保。基金收入"
     "2.37亿元,基金支出1.92亿元,累计结余1.16亿元。\n", "1.16亿元", ("resident_medical_insurance", "fund_balance")),
    # basic insurance's enrollment (基本医保参保率, 基本医疗保险参保X人) is both schemes', after a
    # scheme of its sentence too; its money goes on with the scheme before it
    ("本报讯 截至10月底,全市城乡居民医保参保86.1万人,基本医保参保率达97.3%。\n", "97.3%",
     ("basic_medical_insurance", "enrollment_rate")),
    # a count of people no keyword names is the insured only where its sentence speaks of enrolling,
    # or the scheme stands right before it (医保X人); people handed to the courts or reached by a
    # campaign are no enrollees
    ("本报讯 今年县医保局查处违规定点医药机构12家,追回医保基金86万元,移送司法机关2人。\n", "2人",
     ("basic_medical_insurance", "other")),
    ("本报讯 今年县医保局开展医保政策宣讲36场,覆盖群众近1.5万人。\n", "近1.5万人", ("basic_medical_insurance", "other")),
    # a rate of one form of help listed by group (救助比例特困人员100%、低保对象75%): every group's is that form's
    ("本报讯 今年县里对政策范围内住院费用救助比例特困人员100%、低保对象75%、监测对象65%。\n", "75%",
     ("inpatient_assistance", "reimbursement_rate")),
    # the balance brought forward into a year (上年结转) is the fund's balance
    ("本报讯 2019年城镇职工医保基金上年结转18262万元,本年收入5000万元。\n", "18262万元",
     ("employee_medical_insurance", "fund_balance")),
    # a total after both schemes' counts (…,职工医保Y人,合计Z人) is basic insurance's
    ("本报讯 截至6月底,城乡居民医保参保人数87.63万人,职工医保参保人数6.41万人,合计94.04万人。\n", "94.04万人",
     ("basic_medical_insurance", "insured_persons")),
    # a ratio of two years' levels (分别是2011年的1.4倍) is neither an amount nor a count
    ("本报讯 2012年发放医疗救助资金726万元,救助10342人次,分别是2011年的1.4倍和1.3倍。\n", "1.4倍",
     ("medical_assistance", "other")),
    # what assistance paid each person (人均救助), and a town's money after its count (城关镇54人、21.9万元)
    ("本报讯 去年全县有212人享受二次救助,人均救助1680元。\n", "1680元", ("medical_assistance", "amount")),
    ("本报讯 去年各乡镇医疗救助情况:城关镇54人、21.9万元;大营镇39人、14.2万元。\n", "14.2万元",
     ("medical_assistance", "amount")),
    # a title listing one scheme with a form of help (新农合和医疗救助工作综述): that scheme for figures naming none
    ("某县2015年新农合和医疗救助工作综述\n\n一、住院补偿。全年住院补偿4.21万人次,补偿金额1.1035亿元。\n", "1.1035亿元",
     ("resident_medical_insurance", "amount")),
    # the clinics a scheme's outpatient pooling runs in are its service points
    ("本报讯 今年全县已有70个村卫生室开展新农合门诊统筹。\n", "70个", ("resident_medical_insurance", "service_points")),
    # premiums paid for others, said as paying their contribution or subsidising it, or in full
    ("本报讯 2015年,全县为1.54万名困难群众缴纳新农合个人参合费。\n", "1.54万名", ("enrollment_subsidy", "beneficiaries")),
    ("本报讯 2018年,对建档立卡贫困人口个人缴费部分,由财政按每人每年180元给予补贴。\n", "180元",
     ("enrollment_subsidy", "fiscal_subsidy")),
    ("本报讯 对参加城乡居民医保的特困人员按400元标准全额资助。\n", "400元", ("enrollment_subsidy", "fiscal_subsidy")),
    ("某县医保局2025年上半年工作总结\n\n二、资助参保。按类别分：特困人员3105人，全额资助；低保对象5.46万人，按个人缴费的"
     "70%给予资助。\n", "3105人", ("enrollment_subsidy", "beneficiaries")),
    # a scheme that paid before the figure's layer (在新农合报销后, 新农合补偿后的自付部分) is not its program
    ("本报讯 大病保险从新农合基金中按每人每年28元划拨。参合患者在新农合报销后,个人负担的合规费用超过8000元的部分,"
     "按分段比例给予补偿:8000元至5万元部分补偿50%。\n", "50%", ("critical_illness_insurance", "reimbursement_rate")),
    ("本报讯 新农合补偿后的自付部分按40%的比例给予救助。\n", "40%", ("medical_assistance", "reimbursement_rate")),
    ("本报讯 今年,全县住院费用经新农合报销后,实际补偿比达到65%。\n", "65%", ("resident_medical_insurance", "reimbursement_rate")),
    # every layer added up (加上大病保险倾斜和医疗救助托底,…报销比例; 四道保障线) is basic insurance's (GUIDELINES §9)
    ("本报讯 今年,加上大病保险倾斜和医疗救助托底,困难群众住院费用报销比例稳定在90%左右。\n", "90%左右",
     ("basic_medical_insurance", "reimbursement_rate")),
    ("本报讯 全县构筑起“四道保障线”,贫困患者住院费用报销比例达到90%以上。\n", "90%以上",
     ("basic_medical_insurance", "reimbursement_rate")),
    # the help a group was defined by (经住院救助后…仍在1万元以上的患者) is not the second round's form
    ("本报讯 年底对经住院救助后个人自付费用仍在1万元以上的患者实施二次救助,共救助789人次。\n", "789人次",
     ("medical_assistance", "person_times")),
    # an item's label (三是住院救助,) and the clause after its comma are no list of two programs
    ("某县民政局2016年工作总结\n\n三是住院救助,全年共救助城乡困难群众住院1346人次。\n", "1346人次",
     ("inpatient_assistance", "person_times")),
    # money moved into a fund (全县共划拨资金X万元) is what it received, a government's into assistance's fund too
    ("本报讯 2014年,大病保险从新农合基金中按每人每年28元划拨,全县共划拨资金1040.5万元。\n", "1040.5万元",
     ("critical_illness_insurance", "fund_income")),
    ("本报讯 2014年,县财政划拨医疗救助资金320万元。\n", "320万元", ("medical_assistance", "fund_income")),
    ("本报讯 今年,每人从新农合基金中按28元的标准划拨大病保险资金。\n", "28元", ("critical_illness_insurance", "per_capita_funding")),
    # money found for what a later clause of its sentence says it pays (为…全额代缴…个人缴费); not money named for
    # a program of its own (安排医疗救助资金X万元)
    ("本报讯 2016年,三级财政共安排资金786.6万元,为全县4.37万名困难群众全额代缴城乡居民医保个人缴费。\n", "786.6万元",
     ("enrollment_subsidy", "amount")),
    ("本报讯 2016年,县财政安排医疗救助资金860万元,为困难群众资助参保1.2万人。\n", "860万元", ("medical_assistance", "fund_income")),
    # a column of a table whose caption names one form of help (各镇住院救助情况 over 救助金额) is that form's
    ("某县民政局2015年上半年医疗救助工作总结\n\n附表：2015年1-6月各镇住院救助情况（单位：人次，万元）\n镇别\n住院救助人次\n救助金额\n"
     "城关镇\n213\n21.36\n新安镇\n87\n7.52\n", "21.36", ("inpatient_assistance", "amount")),
    # those paying in a paragraph on one scheme's collection (…城乡居民医保集中参保缴费…。…X人完成缴费) are its insured
    ("本报讯 我县2025年城乡居民医保集中参保缴费工作正有序推进。截至12月16日,全县共有28.46万人完成缴费。\n",
     "28.46万人", ("resident_medical_insurance", "insured_persons")),
    # what a total includes, in its bracket ((含财政补助预拨)), names no metric of the total
    ("本报讯 一季度,城乡居民医保基金收入(含财政补助预拨)9875万元,同比增长2.3%。\n", "9875万元",
     ("resident_medical_insurance", "fund_income")),
    # those at a meeting of a collection drive are no insured
    ("本报讯 11月20日,全县城乡居民医保集中征缴动员会召开,各乡镇分管领导及医保专干共60余人参加会议。\n", "60余人",
     ("resident_medical_insurance", "other")),
    # how much of a target was done (完成年度目标的100.3%) is no enrollment rate
    ("本报讯 2021年,全县参保率97.3%,完成年度目标的100.3%。\n", "100.3%", ("basic_medical_insurance", "other")),
    ("本报讯 截至11月底,全县基本医疗保险17.3万人,居民参保率为96.2%。\n", "17.3万人",
     ("basic_medical_insurance", "insured_persons")),
    ("本报讯 截至12月20日,全县已有68.4万人缴纳2021年度城乡居民医保费。\n", "68.4万人",
     ("resident_medical_insurance", "insured_persons")),
    # the parts of a count after a rate beside it (参保人数X人,户籍人口参保率Y%,其中职工医保Z人) are counts
    # of the insured, as their head is, not of the 户籍人口 the rate is of
    ("本报讯 截至年末,全市基本医保参保人数27.38万人,户籍人口参保率99.62%,其中职工医保8.15万人、"
     "城乡居民医保19.23万人。\n", "19.23万人", ("resident_medical_insurance", "insured_persons")),
    ("本报讯 截至9月末,全市城镇居民医保参保人数达到21.6万人,占应参保人数的83%,其中学生儿童8.7万人、"
     "老年人3.4万人。\n", "8.7万人", ("resident_medical_insurance", "insured_persons")),
    # a rate after both schemes' counts is the total's, after a total split by 其中 too; right after
    # the one scheme the clause before it counts, that scheme's
    ("本报讯 年末全县职工医保参保2.1万人、城乡居民医保参保30.2万人,参保率98.1%。\n", "98.1%",
     ("basic_medical_insurance", "enrollment_rate")),
    ("本报讯 截至9月底,全县基本医保参保32.3万人,其中职工医保2.1万人,城乡居民医保30.2万人,参保率98.1%。\n",
     "98.1%", ("basic_medical_insurance", "enrollment_rate")),
    ("本报讯 年末城镇职工医保参保人数2.1万人,城乡居民医保参保人数30.2万人,参保率98.1%。\n", "98.1%",
     ("resident_medical_insurance", "enrollment_rate")),
    ("本报讯 今年城乡居民医保征缴参保63.1万人;截至6月底,全县基本医疗保险参保68.5万人。\n", "68.5万人",
     ("basic_medical_insurance", "insured_persons")),
    ("本报讯 截至11月底,全县职工基本医疗保险的统筹基金收入9120.4万元,基本医疗保险基金支出8810.6万元。\n", "8810.6万元",
     ("employee_medical_insurance", "amount")),
    # what a patient still pays after the schemes, where the sentence goes on to the help he gets,
    # is assistance's threshold; a share he pays with no help after it stays the schemes'
    ("本报讯 对经基本医保、大病保险报销后个人自付费用超过6000元的困难群众,按60%的比例给予救助。\n",
     "超过6000元", ("medical_assistance", "other")),
    ("本报讯 经基本医保、大病保险报销后,全县住院患者个人自付比例降至17.5%。\n", "17.5%",
     ("basic_medical_insurance", "other")),
    # the insurance's electronic card: how many have activated it, and their share, are service delivery
    ("本报讯 截至6月底,全县医保电子凭证激活人数达31.6万人,激活率71.2%。\n", "31.6万人",
     ("medical_security_services", "other")),
    ("本报讯 截至6月底,全县医保电子凭证激活人数达31.6万人,激活率71.2%。\n", "71.2%",
     ("medical_security_services", "other")),
    # the insurance's code in an app, helpers doing people's business, windows set up for it: service delivery
    ("本报讯 9月份,全县医保码结算率为41.5%。\n", "41.5%", ("medical_security_services", "other")),
    ("本报讯 截至9月底,全县共有医保帮办员286名。\n", "286名", ("medical_security_services", "other")),
    ("本报讯 全县19个乡镇均设有医保服务专窗。\n", "19个", ("medical_security_services", "service_points")),
    # paying by phone, activating the card, halls, terminals, home visits and items of business: service delivery
    ("本报讯 截至3月底,全县开通医保移动支付的定点药店214家。\n", "214家", ("medical_security_services", "other")),
    ("本报讯 一季度全县新增激活医保电子凭证1.8万人。\n", "1.8万人", ("medical_security_services", "other")),
    ("本报讯 全县在乡镇便民服务中心布设医保自助服务终端31台。\n", "31台", ("medical_security_services", "other")),
    ("本报讯 今年县医保局为失能老人上门服务860人次。\n", "860人次", ("medical_security_services", "person_times")),
    ("本报讯 村级医保服务点可办理参保登记、异地就医备案等21项事项。\n", "21项",
     ("medical_security_services", "other")),
    # posts counted in 处, and the halls people come to, are the service's points
    ("本报讯 全县共设立镇级医保工作站12处。\n", "12处", ("medical_security_services", "service_points")),
    ("本报讯 县医保局在外出务工集中城市设立医保驿站6个。\n", "6个", ("medical_security_services", "service_points")),
    # a form of help written out with 医疗; a clause holding its figure in Chinese numerals lists nothing on
    ("本报讯 一至九月,共有五百二十多人次五保老人享受到住院医疗救助,救助金额约六十三万元。\n", "约六十三万元",
     ("inpatient_assistance", "amount")),
    ("本报讯 全年门诊、住院医疗救助共12.4万人次,救助金额3920万元。\n", "3920万元", ("medical_assistance", "amount")),
    # the two diseases named alone in a medical-security clause: their outpatient medicines' coverage
    ("本报讯 参保居民在村卫生室购买降压、降糖药品,年度最高支付限额高血压为每人320元、糖尿病为每人480元。\n",
     "320元", ("chronic_disease_outpatient", "other")),
    # money a violation took or involved is the case's, no money paid out; people caught are no one insured
    ("本报讯 今年县医保局查处冒刷他人医保卡购药案件6起,涉及金额21.7万元。\n", "21.7万元",
     ("basic_medical_insurance", "other")),
    ("本报讯 今年县医保局查处违规参保人员23名。\n", "23名", ("basic_medical_insurance", "other")),
    # diseases counted with 个 (36个病种) are the diseases covered; a payment reform's groups are not
    ("本报讯 目前全县门诊慢特病共有36个病种。\n", "36个", ("chronic_disease_outpatient", "covered_disease_types")),
    ("本报讯 今年全市DIP确定核心病种1438个。\n", "1438个", ("basic_medical_insurance", "other")),
    # people of a service (its agents, the households it visits) are no one insured or helped
    ("本报讯 今年县医保局把缴费代办延伸到全县360个行政村,组织村级代办员405名逐户核对。\n", "405名",
     ("medical_security_services", "other")),
    # money paid out said as a county paper says it (即时结报, 补了): an amount; the points that pay it are counted
    ("本报讯 今年全县新农合即时结报资金8600多万元。\n", "8600多万元", ("resident_medical_insurance", "amount")),
    ("本报讯 县新农合在全县设立即时结报点36个。\n", "36个", ("medical_security_services", "service_points")),
    ("本报讯 今年全县新农合门诊结报人次增长了35%。\n", "35%", ("resident_medical_insurance", "person_times")),
    # the card admitting a patient to the chronic-disease outpatient cover is the scheme's, not a clinic's
    ("本报讯 今年全县新发放慢病卡3200张。\n", "3200张", ("chronic_disease_outpatient", "other")),
])
def test_more_programs_and_metrics(page, surface, expected):
    assert pm(page, surface, published="2025-12") == expected


@pytest.mark.parametrize("page,surface,expected", [
    # a generic word (县医保局) continues the scheme its own sentence names, into the next sentence
    ("平遥县居民医保集中征缴进展顺利\n\n本报讯 自9月启动2025年度城乡居民基本医疗保险集中征缴以来,"
     "县医保局多措并举推进征缴。截至12月20日,全县已缴费32.6万人,征缴金额1.24亿元。\n", "1.24亿元",
     ("resident_medical_insurance", "fund_income")),
    # a paragraph of generic words only goes on with the scheme of the headline
    ("平遥县居民医保集中征缴进展顺利\n\n本报讯 今年以来,县医保局多措并举推进征缴。"
     "截至12月20日,全县已缴费32.6万人,征缴金额1.24亿元。\n", "1.24亿元",
     ("resident_medical_insurance", "fund_income")),
    # 基本医疗保险 in its own sentence is both schemes, whatever the paragraph named before
    ("本报讯 年末全县参加城乡居民基本医疗保险19.4万人。全年基本医疗保险基金收入23.6亿元;"
     "基金支出20.1亿元。\n", "20.1亿元", ("basic_medical_insurance", "amount")),
])
def test_generic_words_go_on_with_the_scheme_named_before_them(page, surface, expected):
    assert pm(page, surface, published="2024-12") == expected

@pytest.mark.parametrize("page,surface,expected", [
    # households premiums are paid for, named by their kind right after the number
    ("本报讯 县财政配套资金为2135贫困户代缴医疗保险费。\n", "2135贫困户", ("enrollment_subsidy", "beneficiaries")),
    # what each enrollee pays is the contribution standard; what they paid in total is income
    ("本报讯 今年参合农民每人每年缴纳15元,各级财政每人每年补助45元。\n", "15元",
     ("resident_medical_insurance", "individual_contribution")),
    ("本报讯 今年全县农民共缴纳参合费312万元。\n", "312万元", ("resident_medical_insurance", "fund_income")),
])
def test_what_enrollees_pay(page, surface, expected):
    assert pm(page, surface, published="2008-03") == expected



@pytest.mark.parametrize("page,surface,expected", [
    # 参合 / 参保 before a people noun say who the people are; the verb of their benefit counts them
    ("本报讯 2011年度全县新农合二次补偿共惠及参合农民1.26万人。\n", "1.26万人",
     ("resident_medical_insurance", "beneficiaries")),
    ("本报讯 今年县医保局为1.26万名参保患者报销医疗费用3560万元。\n", "1.26万名",
     ("basic_medical_insurance", "beneficiaries")),
    # help with medical bills (获得医疗补助) is the scheme's payment, not health care
    ("本报讯 今年前三季度,全县3816名住院就诊的参合群众获得医疗补助。\n", "3816名",
     ("resident_medical_insurance", "beneficiaries")),
    # patients reached by a scheme are its beneficiaries, not a hospital's patients; 两病 written out
    ("本报讯 2019年,将高血压、糖尿病门诊用药纳入医保,惠及患者2.7万人。\n", "2.7万人",
     ("chronic_disease_outpatient", "beneficiaries")),
    ("本报讯 对报销后自付仍然偏高的患者,今年已为58名患者追加救助96万元。\n", "58名",
     ("medical_assistance", "beneficiaries")),
    # alone they still name the insured
    ("本报讯 截至11月底,全县城乡居民医保参保群众达65.2万人。\n", "65.2万人",
     ("resident_medical_insurance", "insured_persons")),
    ("本报讯 截至11月底,全县参合农民56.2万人,参合率98%。\n", "56.2万人",
     ("resident_medical_insurance", "insured_persons")),
])
def test_enrollees_reached_by_a_benefit_are_its_beneficiaries(page, surface, expected):
    assert pm(page, surface, published="2025-12") == expected


@pytest.mark.parametrize("title,expected", [
    ("桑田县2024年城乡居民医保筹资工作情况(第3期)", "resident_medical_insurance"),
    ("桑田县2024年职工医保扩面工作通报", "employee_medical_insurance"),
    ("桑田县2024年城乡居民医保有哪些新变化?", "resident_medical_insurance"),
    # a post's title that exclaims midway
    ("【政策解读】门诊慢特病新增10个病种!桑田这些患者快看过来", "chronic_disease_outpatient"),
    # a benefit paid from a scheme, also named with the residents' scheme it is theirs in
    ("桑田县城乡居民大病保险运行情况公示", "critical_illness_insurance"),
    ("桑田县门诊慢特病待遇保障情况通报", "chronic_disease_outpatient"),
    # the bureau's name is no scheme, and a title naming two schemes names neither
    ("桑田县医疗保障局2024年参保工作通报", "basic_medical_insurance"),
    ("桑田县职工医保和城乡居民医保参保工作通报", "basic_medical_insurance"),
])
@pytest.mark.parametrize("above", ["", "首页 > 信息公开 > 工作动态\n\n来源:县医保局  浏览次数:86  【打印】【关闭】\n\n",
                                   "桑田县人民政府门户网站\n首页 >> 政务公开 >> 部门动态\n\n",
                                   # a body's name alone above the title: the site's masthead
                                   "桑田县卫生健康委员会\n网站首页 > 信息公开 > 公告公示\n\n"])
def test_a_title_naming_one_scheme_gives_it_to_figures_that_name_none(title, expected, above):
    # (also under a site's breadcrumb and source line)
    page = above + title + "\n\n一、基本情况\n\n 截止3月5日,全县已完成参保81230人,完成率88.2%。\n"
    program, metric = pm(page, "81230人", published="2024-03")
    assert program == expected
    # (the people a benefit reaches are its beneficiaries)
    assert metric == ("beneficiaries" if "illness" in expected or "chronic" in expected else "insured_persons")


def test_the_payment_rate_goes_on_to_the_next_cost_band_or_level_of_care():
    # …报销比例由60%升为65%；5万元至15万元部分，由65%升为70%: each band's rates are payment rates
    page = ("本报讯 大病保险报销比例普遍上调。起付线以上至5万元的部分,报销比例由60%升为65%;"
            "5万元至15万元部分,由65%升为70%;15万元以上部分由70%升至75%。\n")
    for surface in ("70%", "75%"):
        assert pm(page, surface, published="2021-07")[1] == "reimbursement_rate", surface
    # …报销比例为85%；在县级医院住院的为70%: the next level's patients, their rate alone
    page = "本报讯 参保居民在乡镇卫生院住院的,报销比例为85%;在县级医院住院的为70%;在市级医院住院的为55%。\n"
    for surface in ("70%", "55%"):
        assert pm(page, surface, published="2016-07")[1] == "reimbursement_rate", surface
    # a ；-item with a rate of its own keeps it (…报销比例74.6%；县外转诊率…为8.2%)
    page = "本报讯 全县住院报销比例达到74.6%;县外转诊率则同比下降1.4个百分点,为8.2%。\n"
    assert pm(page, "8.2%", published="2021-07")[1] == "other"


def test_an_entry_s_heading_below_a_yearbook_s_title_names_its_scheme():
    # 某县年鉴(2014卷) / 新型农村合作医疗 / 【补偿情况】…: the entry's scheme, for paragraphs naming none
    page = ("某县年鉴(2014卷)\n\n新型农村合作医疗\n\n【概况】2013年,全县参合农民38.21万人。\n\n"
            "【补偿情况】全年累计补偿86.4万人次,补偿资金1.27亿元。\n")
    assert pm(page, "1.27亿元", published="2014-06") == ("resident_medical_insurance", "amount")
    # a long first line of the body is no heading (on a page that names the employee scheme too)
    page = page.replace("新型农村合作医疗\n", "2013年全县卫生和医疗保障工作稳步推进,新型农村合作医疗持续巩固,城镇职工医保参保2.1万人。\n")
    assert pm(page, "1.27亿元", published="2014-06")[0] == "basic_medical_insurance"


def test_the_body_issuing_a_summary_on_the_line_above_its_title_names_its_scheme():
    page = ("某县新型农村合作医疗管理委员会办公室\n2012年工作总结\n\n"
            "一、补偿运行。全年累计补偿186.2万人次,支付补偿金1.94亿元。\n")
    assert pm(page, "1.94亿元", published="2013-01") == ("resident_medical_insurance", "amount")
    # a body naming no scheme says nothing
    page = page.replace("新型农村合作医疗管理委员会办公室", "卫生局")
    assert pm(page, "1.94亿元", published="2013-01")[0] == "basic_medical_insurance"


@pytest.mark.parametrize("page,surface,expected", [
    # money raised: the verb of the money noun's clause decides, for the change after it too
    ("本报讯 今年全市共筹集医疗救助资金3.25亿元,比上年增加2870万元,增长9.7%。\n", "2870万元",
     ("medical_assistance", "fund_income")),
    # a payer before a money noun is part of the noun; the part takes its head's metric
    ("本报讯 今年全市共筹集医疗救助资金3.25亿元。其中,中央财政医疗救助资金2.1亿元,"
     "市级财政医疗救助资金6400万元。\n", "2.1亿元", ("medical_assistance", "fund_income")),
    # alone before a figure, the payer's share is a subsidy
    ("本报讯 城乡居民医保人均筹资标准为每人每年880元,其中县级财政补助258万元。\n", "258万元",
     ("resident_medical_insurance", "fiscal_subsidy")),
    # a per-person standard next to a total lends it neither its metric nor its denominator
    ("本报讯 今年全县资助困难群众参保资金41.6万元,其中:低保对象1840人,按照每人110元已资助202400元;"
     "特困人员635人,按照每人220元已资助139700元。\n", "139700元", ("enrollment_subsidy", "amount")),
    # a keyword right after a figure labels that figure, not the total after it
    ("本报讯 今年应代缴保费的困难群众5120人,以320元/人缴费标准核算需拨付补贴1638400元。\n", "1638400元",
     ("enrollment_subsidy", "amount")),
    # premiums paid for others by the civil-affairs office are an enrollment subsidy, its money paid out
    ("本报讯 1-9月,县民政局为农村五保户、低保户3100人代缴参合费9.3万元。\n", "3100人",
     ("enrollment_subsidy", "beneficiaries")),
    ("本报讯 1-9月,县民政局为农村五保户、低保户3100人代缴参合费9.3万元。\n", "9.3万元",
     ("enrollment_subsidy", "amount")),
    # a per-person premium is the individual contribution
    ("本报讯 全县居民医保今年每人缴费380元。\n", "380元", ("resident_medical_insurance", "individual_contribution")),
    # a fixed grant per enrollee is the subsidy standard; what the enrollee pays himself goes into
    # the resident scheme
    ("本报讯 今年县里资助困难群众参保:对低保对象定额资助280元,个人缴费100元。\n", "280元",
     ("enrollment_subsidy", "fiscal_subsidy")),
    ("本报讯 今年县里资助困难群众参保:对低保对象定额资助280元,个人缴费100元。\n", "100元",
     ("resident_medical_insurance", "individual_contribution")),
    # a fund set up for a program is money it receives, what it uses money paid out; money misused
    # and recovered is neither
    ("本报讯 今年县里设立医疗救助基金350万元,已使用186.4万元,救助4100人次。\n", "350万元",
     ("medical_assistance", "fund_income")),
    ("本报讯 今年县里设立医疗救助基金350万元,已使用186.4万元,救助4100人次。\n", "186.4万元",
     ("medical_assistance", "amount")),
    ("本报讯 今年全县追回违规使用的医保基金96.3万元。\n", "96.3万元", ("basic_medical_insurance", "other")),
    # how many of a group are enrolled is the insurance's rate, also beside the subsidy that paid for it
    ("本报讯 今年全县共资助困难群众参保1.9万人,低保对象参保率保持在99.5%以上。\n", "99.5%以上",
     ("basic_medical_insurance", "enrollment_rate")),
    # what all the enrollees paid themselves, in total, is money the scheme collects; one person's
    # premium stays the individual contribution
    ("本报讯 全年筹集新农合基金2640万元,其中中央财政补助1056万元、农民自缴528万元。\n", "528万元",
     ("resident_medical_insurance", "fund_income")),
    ("本报讯 全年筹集新农合基金2640万元,其中中央财政补助1056万元、农民个人缴纳528万元。\n", "528万元",
     ("resident_medical_insurance", "fund_income")),
    ("本报讯 今年城乡居民医保个人缴费350元。\n", "350元", ("resident_medical_insurance", "individual_contribution")),
    # the people who have paid the year's contribution are its enrollees, also after a sentence on subsidies
    ("城乡居民医保集中缴费启动\n\n本报讯 今年低保对象每人资助300元。截至9月25日,全县已缴费8.6万人。\n", "8.6万人",
     ("resident_medical_insurance", "insured_persons")),
    # with no program before it in its clause, a figure takes the first after it, a form of help
    # or cover before the scheme it belongs to
    ("本报讯 截至年底,全市9个县区全部建立了城乡居民大病保险制度。\n", "9个", ("critical_illness_insurance", "other")),
    ("本报讯 今年全县1.8万名困难群众享受城乡居民医保参保资助。\n", "1.8万名", ("enrollment_subsidy", "beneficiaries")),
    # how far a service reaches is no share of people enrolled
    ("本报讯 2024年,甲县城乡居民医保参保率达98.1%,乙县实现医保服务站点村级覆盖率100%。\n", "100%",
     ("medical_security_services", "other")),
    # the people who should enroll are the base of the rate, not enrollees
    ("本报讯 全区应参保人数12.6万人,实际参保12.15万人,参保率96.4%。\n", "12.6万人", ("basic_medical_insurance", "other")),
    ("本报讯 全区应参保人数12.6万人,实际参保12.15万人,参保率96.4%。\n", "12.15万人",
     ("basic_medical_insurance", "insured_persons")),
    # how much of a target was done is no enrollment rate, even right after one
    ("本报讯 全区实际参保12.15万人,参保率96.4%,完成市下达任务的101.2%。\n", "101.2%", ("basic_medical_insurance", "other")),
    ("本报讯 全区实际参保12.15万人,参保率96.4%,完成市下达任务的101.2%。\n", "96.4%",
     ("basic_medical_insurance", "enrollment_rate")),
    # the money a subsidy paid for premiums, however its noun is put together
    ("本报讯 2024年全县资助参保资金1126.5万元。\n", "1126.5万元", ("enrollment_subsidy", "amount")),
    # what a subsidy paid of a group's premiums, in total, is money it paid out
    ("本报讯 今年为1.4万名困难群众代缴城乡居民医保个人缴费532万元。\n", "532万元", ("enrollment_subsidy", "amount")),
    # the agricultural population of the places a scheme covers counts no enrollees
    ("本报讯 今年全省新农合试点县扩大到58个,试点县农业人口共2100多万人。\n", "2100多万人",
     ("resident_medical_insurance", "other")),
    ("本报讯 今年全县参加新农合的农民达31.6万人。\n", "31.6万人", ("resident_medical_insurance", "insured_persons")),
    # the agricultural population enrolled in it does
    ("本报讯 2012年全县新农合参合农业人口38.06万人,参合率97.2%。\n", "38.06万人", ("resident_medical_insurance", "insured_persons")),
    # nor does a place's population or the villagers of a village, beside its enrollees
    ("本报讯 全县总人口52.3万人,城乡居民医保参保48.6万人。\n", "52.3万人", ("basic_medical_insurance", "other")),
    ("本报讯 全村共有村民1260人,参保1248人,参保率99.1%。\n", "1260人", ("basic_medical_insurance", "other")),
    ("本报讯 全村共有村民1260人,参保1248人,参保率99.1%。\n", "1248人", ("basic_medical_insurance", "insured_persons")),
    ("本报讯 今年以来,全镇帮助326名村民参加城乡居民医保。\n", "326名", ("resident_medical_insurance", "insured_persons")),
    # money recovered or charged as a penalty is no money paid out, whatever was said of its use before
    ("本报讯 今年以来,县医保局开展医保基金使用专项检查,追回违规基金及违约金218.6万元。\n", "218.6万元",
     ("basic_medical_insurance", "other")),
    # nor do the people who run or watch over a scheme
    ("本报讯 今年以来,县医保局组织200余名干部入户宣传医保政策,全县参保42.1万人。\n", "200余名",
     ("basic_medical_insurance", "other")),
    ("本报讯 今年县医保局开展基金监管专项行动,聘请医保社会监督员20名。\n", "20名", ("basic_medical_insurance", "other")),
    # money listed with 、 right after visits is what those visits were paid
    ("本报讯 2020年,全县住院救助2.9万人次、6130万元,门诊救助14.2万人次、2870万元。\n", "6130万元",
     ("inpatient_assistance", "amount")),
    ("本报讯 2020年,全县住院救助2.9万人次、6130万元,门诊救助14.2万人次、2870万元。\n", "2870万元",
     ("outpatient_assistance", "amount")),
    # a cap with its paying verb after 最高 is a cap, not money paid
    ("本报讯 职工医保超过年度最高支付限额的部分纳入大额医疗费用补助,最高可再报销35万元。\n", "35万元",
     ("employee_medical_insurance", "other")),
    ("本报讯 今年大病保险最高可报销30万元。\n", "30万元", ("critical_illness_insurance", "other")),
    # what a person pays himself, next to a per-person subsidy, is his contribution to the resident scheme
    ("本报讯 对低保对象每人资助120元。2022年个人缴费标准为每人320元。\n", "320元",
     ("resident_medical_insurance", "individual_contribution")),
    # …also after a sentence about critical illness insurance, which no one pays into himself
    ("本报讯 今年大病保险筹资标准提高到每人70元。个人缴费标准同步提高30元,达到每人280元。\n", "280元",
     ("resident_medical_insurance", "individual_contribution")),
    # a threshold set from residents' income is no income of a fund
    ("本报讯 大病保险起付线按上年度农村居民人均可支配收入确定,今年为1.3万元。\n", "1.3万元",
     ("critical_illness_insurance", "other")),
    ("本报讯 2020年,全县门诊救助3.1万人次、资金1390万元。\n", "1390万元", ("outpatient_assistance", "amount")),
    # the people watched for falling back into poverty are no enrollees
    ("本报讯 今年,全县监测识别因病返贫致贫风险人员1.18万人,全部纳入医疗救助范围。\n", "1.18万人",
     ("basic_medical_insurance", "other")),
    # premiums collected are the scheme's income
    ("本报讯 截至12月10日,全县已收缴参合农民个人资金5210.6万元,参合人数61.3万人。\n", "5210.6万元",
     ("resident_medical_insurance", "fund_income")),
    # what a government puts into subsidising enrollment in total is money the program pays out
    ("本报讯 今年县级财政投入96.5万元资助低保对象参加居民医保。\n", "96.5万元",
     ("enrollment_subsidy", "amount")),
])
def test_what_money_is(page, surface, expected):
    assert pm(page, surface, published="2024-12") == expected


@pytest.mark.parametrize("page,surface,expected", [
    # after the 2019 merger a maternity benefit is the employee scheme's, metric other (GUIDELINES §9)
    ("桑田县医保局工作情况\n1.住院结算。截至2024年10月,职工住院结算8120人次,统筹支付4120.5万元\n"
     "2.生育保险。截至2024年10月,职工生育门诊报销12人次,基金支付0.86万元。"
     "异地职工住院结算23人次,统筹支付8.1万元。职工生育津贴312人,金额702.4万元。\n",
     ["8120人次", "4120.5万元", "12人次", "0.86万元", "23人次", "8.1万元", "312人", "702.4万元"],
     [("employee_medical_insurance", "person_times"), ("employee_medical_insurance", "amount")]
     + [("employee_medical_insurance", "other")] * 6),
    # a paragraph of long-term care (elderly care) before it does not take it along
    ("本报讯 全市长期护理保险参保68.2万人,累计为2140名失能人员支付护理费用3620万元。"
     "今年以来,全市生育保险参保人数9.8万人。\n", ["9.8万人"], [("employee_medical_insurance", "other")]),
    # a maternity benefit earlier in a sentence does not take the other programs named after it
    ("本报讯 2024年,全县发放生育津贴1860人,实施住院救助1230人次,资助参保5100人;支付生育医疗费用806万元。\n",
     ["1860人", "1230人次", "5100人", "806万元"],
     [("employee_medical_insurance", "other"), ("inpatient_assistance", "person_times"),
      ("enrollment_subsidy", "beneficiaries"), ("employee_medical_insurance", "other")]),
])
def test_maternity_after_the_merger(page, surface, expected):
    assert [pm(page, s, published="2024-11") for s in surface] == expected


def test_maternity_insurance_before_the_merger_is_social_insurance():
    page = ("本报讯 年末全县城镇基本医疗保险、失业保险、生育保险参保人数分别为8.6万人、3.1万人、2.4万人。"
            "职工基本医疗保险(含生育保险)基金收入2.1亿元。\n")
    a = attribution(page, "2.4万人", published="2016-12")
    assert (a.domain, a.program, a.metric) == ("employment_social_security", "", "")
    assert pm(page, "8.6万人", published="2016-12") == ("basic_medical_insurance", "insured_persons")
    # 含生育保险 only says what the total includes
    assert pm(page, "2.1亿元", published="2016-12") == ("employee_medical_insurance", "fund_income")


def test_a_yearbook_items_heading_names_the_insurance_of_its_figures():
    # 【工伤保险】年末参保…: the heading's insurance, not the medical schemes the word 参保 leans to
    page = ("【工伤保险】年末参保1.95万人,比上年增加0.08万人。\n"
            "【生育保险】年末参保1.42万人,全年支付生育保险待遇71.2万元。\n")
    for surface in ("1.95万人", "1.42万人"):
        a = attribution(page, surface, published="2013-06")
        assert (a.domain, a.program) == ("employment_social_security", ""), surface


@pytest.mark.parametrize("page,surface,expected", [
    # a scheme at the head of a list goes with its generic items
    ("本报讯 年末企业职工工伤保险、基本医疗保险、基本养老保险参保人数分别为6.1万人、8.2万人、4.3万人。\n",
     "8.2万人", ("employee_medical_insurance", "insured_persons")),
    ("本报讯 全区企业职工失业保险、医疗保险、工伤保险新增参保人数同比分别增长16%、21%和9%。\n",
     "21%", ("employee_medical_insurance", "insured_persons")),
    # with no scheme at the head, the generic item is both schemes
    ("本报讯 年末全县工伤保险、基本医疗保险、基本养老保险参保人数分别达到3.1万人、7.9万人、2.8万人。\n",
     "7.9万人", ("basic_medical_insurance", "insured_persons")),
    # a plain 医疗保险 listed with insurances only employees have is the employee scheme
    ("本报讯 年末全县工伤保险、失业保险和医疗保险的参保人数分别是3.0万人、2.8万人和4.1万人。\n",
     "4.1万人", ("employee_medical_insurance", "insured_persons")),
])
def test_list_head_scheme(page, surface, expected):
    assert pm(page, surface, published="2014-12") == expected


def test_critical_illness_fund_accounts():
    page = ("本报讯 截至10月,职工医保统筹基金累计结余9120.4万元,个人账户累计结余1510.2万元,"
            "大病累计结余2210.6万元。\n")
    assert pm(page, "2210.6万元", published="2024-11") == ("critical_illness_insurance", "fund_balance")
    assert pm(page, "1510.2万元", published="2024-11") == ("employee_medical_insurance", "fund_balance")


@pytest.mark.parametrize("page,surface,expected", [
    # an average per visit is no money paid (GUIDELINES §9), for every item of a 分别 list
    ("本报讯 1至9月新农合支付住院补偿720万元、门诊补偿51万元,均次补偿分别为1520元和58元。\n",
     "58元", ("resident_medical_insurance", "other")),
    ("本报讯 全县新农合乡镇卫生院共收治住院患者12160人次,总补偿金额1520.6万元,次均费用1250.5元。\n",
     "1250.5元", ("resident_medical_insurance", "other")),
    # total medical cost is no money paid, in a table column too; what the fund paid of it is
    ("某县2013年9月新农合住院补偿公示\n序号\t住院医院\t住院总费用(元)\t补偿金额(元)\n"
     "1\t县人民医院\t27410.5\t15230.0\n2\t县中医院\t16820.0\t9860.4\n", "27410.5", ("resident_medical_insurance", "other")),
    ("本报讯 前三季度参保居民住院6120人次,由医保基金支付总费用2310.2万元。\n", "2310.2万元",
     ("resident_medical_insurance", "amount")),
    # what a total includes (含生育保险) is not what it is of
    ("本报讯 全年全县医保基金(含生育保险基金)的收入为7.35亿元,比上年增长3.9%。\n", "7.35亿元",
     ("basic_medical_insurance", "fund_income")),
    # a cap per person and year is no funding standard
    ("本报讯 新农合门诊统筹每人每年补偿限额200元,单次补偿比例35%。\n", "200元", ("resident_medical_insurance", "other")),
    # the share a patient pays himself is no reimbursement rate
    ("本报讯 实行DIP付费后,医保参保患者住院个人负担比例为27.4%,较去年同期下降1.9个百分点。\n", "27.4%",
     ("basic_medical_insurance", "other")),
    ("本报讯 今年全县城乡居民医保住院报销比达到91%,贫困户的个人支付比例为9%。\n", "9%",
     ("resident_medical_insurance", "other")),
    # the government's share of a per-person premium
    ("本报讯 城乡居民医保人均筹资达到520元,其中政府补贴每人390元。\n", "390元",
     ("resident_medical_insurance", "fiscal_subsidy")),
    # a generic word in a table row continues the scheme before it
    ("2024年桑田县医疗保障基金运行情况\n  项目                          2024年    2023年\n"
     "  1、职工医疗保险基金支出(万元)   16210     15120\n  2、居民医疗保险基金支出(万元)   13420     12980\n",
     "13420", ("resident_medical_insurance", "amount")),
    # a generic 医疗保险 and a specific scheme do not make two schemes of one enrollment rate
    ("本报讯 新农合工作稳步推进,年底全县参加新型农村合作医疗的农民31.6万人,"
     "参合率达到97.6%,比上年提高3.5个百分点。\n", "3.5个百分点", ("resident_medical_insurance", "enrollment_rate")),
    # premiums paid for others are an enrollment subsidy, whatever scheme they buy
    ("本报讯 去年县里从医疗救助资金中为农村低保、五保对象31200人参加新农合出资31.2万元。\n", "31.2万元",
     ("enrollment_subsidy", "amount")),
    ("本报讯 去年县民政局为8650名城镇低保对象投保医疗救助保险,出资25.95万元。\n", "8650名",
     ("enrollment_subsidy", "beneficiaries")),
    # money named as the assistance fund's own spending stays assistance
    ("本报讯 今年资助参加农村合作医疗16.2万人,全年医疗救助资金支出2.8亿元。\n", "2.8亿元",
     ("medical_assistance", "amount")),
    # a share of a total is no rate of the scheme
    ("本报讯 城乡居民医保筹资标准按每人每年1020元测算,其中财政补助670元,占总额的65.69%。\n", "65.69%",
     ("resident_medical_insurance", "other")),
    # the share of costs a scheme considers is not what it pays back; 报销40% is
    ("本报讯 今年1-9月,全县新农合住院补偿32110人次,住院费用可报比例为88.1%。\n", "88.1%",
     ("resident_medical_insurance", "other")),
    ("本报讯 新农合将十余种慢性病列入门诊慢性病病种,医药费可以报销45%。\n", "45%",
     ("chronic_disease_outpatient", "reimbursement_rate")),
    # a subsidy pays a share of a premium, not of a patient's costs: no reimbursement rate
    ("本报讯 2025年,对低保对象按个人缴费标准的60%给予资助,每人资助228元。\n", "60%",
     ("enrollment_subsidy", "other")),
    # a deductible however it is named (起付线, 起付标准), also at a level of care
    ("本报讯 今年参保居民在二级医院住院,起付标准为600元。\n", "600元", ("resident_medical_insurance", "other")),
    # a time a service takes measures the service; a scheme's deadline in days stays the scheme's
    ("本报讯 今年县医保局把零星报销办理时限由15个工作日压缩至7个工作日。\n", "7个工作日",
     ("medical_security_services", "other")),
    ("本报讯 群众在医保窗口办理异地就医备案,平均等候不到8分钟。\n", "不到8分钟", ("medical_security_services", "other")),
    ("本报讯 今年城乡居民医保零星报销款7天内打到参保人账户。\n", "7天", ("resident_medical_insurance", "other")),
    # a rate the ；-run named goes on into a sentence of only places and their figures; a share a
    # sentence of its own words gives does not take it
    ("本报讯 从各县看,参保率居前两位的是甲县、乙县,分别为98.1%、97.7%;丙县、丁县分别为96.8%、96.5%。\n", "96.5%",
     ("basic_medical_insurance", "enrollment_rate")),
    ("本报讯 全县参保率达到98.1%;对进度低于50%的乡镇,县局将约谈。\n", "低于50%", ("basic_medical_insurance", "other")),
    # so does the metric of the sentence before, into one going through the places each with its figure
    ("本报讯 截至6月底,全市基本医疗保险参保人数48.2万人。分县区看,甲州区21.3万人、乙县8.7万人、丙县6.1万人。\n",
     "8.7万人", ("basic_medical_insurance", "insured_persons")),
    ("本报讯 全市参保率达到97.4%。甲县、乙县分别为98.2%、96.9%。\n", "96.9%", ("basic_medical_insurance", "enrollment_rate")),
    # a band's share after a comma (…5万元(含)部分，支付55%) is what the fund pays back
    ("本报讯 大病保险分段支付:2万元至6万元(含)部分，支付60%;6万元以上部分，支付70%。\n", "60%",
     ("critical_illness_insurance", "reimbursement_rate")),
    # a township's enrollment named only with its villages, on a page that names one scheme and no other, is that scheme's
    ("某街道2019年工作总结\n\n二、医疗保障\n全年辖区城乡居民医保参保3.1万人,参保率96.2%。\n各社区中,东关社区参保率最高,达98.4%;"
     "西街社区参保人数为4120人。\n", "98.4%", ("resident_medical_insurance", "enrollment_rate")),
    # (a page naming both schemes leaves such a rate to both, and its money to the heading as before)
    ("某街道2019年工作总结\n\n二、医疗保障\n全年辖区职工医保参保0.8万人,城乡居民医保参保3.1万人。\n各社区中,东关社区参保率最高,达98.4%。\n",
     "98.4%", ("basic_medical_insurance", "enrollment_rate")),
    # the forms a total includes, in its bracket, are not what the money after it is of
    ("本报讯 上半年,全镇办理医疗救助(含住院救助和门诊救助)318人次,支付救助资金52.6万元。\n", "52.6万元",
     ("medical_assistance", "amount")),
    # (…its forms listed with a 、 and one head: the 、 lists the parts, the whole clause is the figure's item)
    ("本报讯 1—10月,全县实施医疗救助(含住院、门诊救助)5.91万人次,救助资金3120万元。\n", "5.91万人次",
     ("medical_assistance", "person_times")),
    # a 分别 list of schemes whose figures are written with thousands commas pairs them one by one, as without
    ("本报讯 年末全县参加职工医保、居民医保的人数分别为21,436人和38,907人,比上年末分别增加1,215人和"
     "2,608人。\n", "38,907人", ("resident_medical_insurance", "insured_persons")),
    ("本报讯 年末全县参加职工医保、居民医保的人数分别为21,436人和38,907人,比上年末分别增加1,215人和"
     "2,608人。\n", "1,215人", ("employee_medical_insurance", "insured_persons")),
    # in a drive's progress, the people a county has done (甲县完成X万人) are enrolled
    ("本报讯 截至12月10日,全市城乡居民医保参保缴费52.61万人。甲县完成19.36万人,完成率92.4%;乙区完成8.05万人。\n",
     "8.05万人", ("resident_medical_insurance", "insured_persons")),
    # (only right before the count: the staff a later clause sends out are no enrollees)
    ("本报讯 截至12月10日,全县城乡居民医保已完成9.6万人,我们将组织86名医保专干入户宣传。\n", "86名",
     ("resident_medical_insurance", "other")),
    # the scheme's township offices and a drive's village collection points are service points, their clerks the service's
    ("本报讯 2008年,全县12个乡镇均设立了合管站,共配备信息员24名。\n", "12个", ("medical_security_services", "service_points")),
    ("本报讯 2008年,全县12个乡镇均设立了合管站,共配备信息员24名。\n", "24名", ("medical_security_services", "other")),
    ("本报讯 目前全县已设立村级代收点286个。\n", "286个", ("medical_security_services", "service_points")),
    # the share of the whole registered population enrolled is both schemes', after one scheme's count too
    ("本报讯 截至6月底,全区居民医保参保38.27万人,户籍人口参保率96.9%。\n", "96.9%",
     ("basic_medical_insurance", "enrollment_rate")),
    # money run on after a count of visits (民政 reports write 住院救助4018人次1209.4万元) is what the help paid
    ("本报讯 1-9月,全县实施住院救助3127人次968.4万元。\n", "968.4万元", ("inpatient_assistance", "amount")),
    # assistance with outpatient care for chronic diseases is outpatient assistance, after inpatient assistance too
    ("本报讯 上半年其中住院救助7690人次、2290万元,门诊慢特病救助2.09万人次、450万元。\n", "450万元",
     ("outpatient_assistance", "amount")),
    # what each enrollee pays in, written as funding
    ("本报讯 2012年全市新农合人均筹资290元,其中政府补助240元,个人筹资为每人每年50元。\n", "50元",
     ("resident_medical_insurance", "individual_contribution")),
    # people not (yet) enrolled are no enrollees
    ("本报讯 截至9月底,全县参保率达到98.6%,仍有近3000人未参保。\n", "近3000人", ("basic_medical_insurance", "other")),
    # (those a collection drive has not yet reached: the residents' scheme, whose premiums the drive collects)
    ("本报讯 截至1月10日,全县已缴费18.2万人,尚有526人未完成缴费。\n", "526人", ("resident_medical_insurance", "other")),
    # a cap on what is paid is a policy parameter, not money paid out (GUIDELINES §9 caps)
    ("本报讯 今年起,新农合门诊统筹单张处方补偿不超过15元。\n", "不超过15元", ("resident_medical_insurance", "other")),
    # both schemes' words in one rate (参保(合)率)
    ("本报讯 2015年,全市城镇居民医保和新农合参保(合)率分别为96.5%和99.2%。\n", "99.2%",
     ("resident_medical_insurance", "enrollment_rate")),
    # (also where the service handles a form of help or outpatient cover)
    ("本报讯 今年门诊慢特病待遇认定办理时限由10个工作日压缩至3个工作日。\n", "3个工作日",
     ("medical_security_services", "other")),
    # the office that speaks (县医保局提醒…) names no scheme: an article on the resident scheme's drive goes on
    ("城乡居民医保征缴进入冲刺阶段\n\n本报讯 今年城乡居民医保个人缴费标准为每人380元。\n\n"
     "县医保局提醒,截至目前全县已有36.2万人完成缴费。\n", "36.2万人",
     ("resident_medical_insurance", "insured_persons")),
])
def test_averages_shares_and_premiums_paid_for_others(page, surface, expected):
    assert pm(page, surface, published="2024-12") == expected


@pytest.mark.parametrize("page,surface,rate", [
    # a share of a whole, also where a keyword stands nearer (…比例的92%)
    ("本报讯 全县新农合覆盖农业人口21万人,占全县农业总人口比例的92%,政策范围内报销比例为70%。\n", "92%", "70%"),
    ("本报讯 2024年,DRG付费基金支出占住院基金支出的比例达到75%,住院费用报销比例为68%。\n", "75%", "68%"),
    # a rate named in its own clause borrows no keyword of the clause before it
    ("本报讯 今年县内住院报销比例为65%,基金使用率为86%,县外转诊率降至9.5%。\n", "86%", "65%"),
    ("本报讯 今年县内住院报销比例为65%,基金使用率为86%,县外转诊率降至9.5%。\n", "9.5%", "65%"),
])
def test_shares_and_rates_named_in_their_clause_are_no_reimbursement_rate(page, surface, rate):
    assert pm(page, surface, published="2024-12")[1] == "other"
    assert pm(page, rate, published="2024-12")[1] == "reimbursement_rate"


@pytest.mark.parametrize("page,surface,expected", [
    # the total after two forms of medical assistance is all of it; both forms named as one are too
    ("本报讯 全年住院救助40.1万人次,门诊救助266.3万人次,支出医疗救助资金21.9亿元。\n", "21.9亿元", "medical_assistance"),
    ("本报讯 全年实施门诊和住院救助752.6万人次。\n", "752.6万人次", "medical_assistance"),
    # each form listed with 、 keeps its own; money after one form is that form's
    ("本报讯 全年救助3.8万人次,其中住院救助6120人次、门诊救助3.1万人次。\n", "3.1万人次", "outpatient_assistance"),
    ("本报讯 全年住院救助3.1万人次,救助资金6520万元。\n", "6520万元", "inpatient_assistance"),
])
def test_forms_of_medical_assistance_and_their_total(page, surface, expected):
    assert pm(page, surface, published="2025-06")[0] == expected


def test_the_items_just_told_taken_together_are_no_count():
    from tests.harness import attributions

    page = "本报讯 全市职工医保参保21.6万人,居民医保参保30.4万人,两项合计比上年末增加0.85万人。\n"
    assert "两项" not in [s for s, _, _ in attributions(page)]


def test_a_sites_breadcrumb_above_the_title_is_furniture_and_the_title_names_the_scheme():
    page = ("朝阳新闻网 > 县区新闻 > 建平\n\n建平:新农合\"保底线\"越织越密\n\n2010年06月18日 08:15   朝阳日报   记者 李明\n\n"
            "  6月中旬,记者走进县结算大厅,前来办理报销的群众井然有序。\n\n"
            "  \"今年变化最大的是县外住院。\"负责人说,过去县外住院报销比例只有三成,如今提到了百分之四十五,起付线统一为1000元。\n")
    figures = {s: a for s, _, a in attributions(page, published="2010-06")}
    assert {figures[s].program for s in ("三成", "百分之四十五", "1000元")} == {"resident_medical_insurance"}


def test_a_level_of_care_labelling_a_list_item_names_where_the_scheme_pays_not_the_hospitals_topic():
    page = ("某县新农合补偿方案调整\n\n今年新农合住院补偿标准调整如下:\n(一)乡镇卫生院:起付线100元,报销比例85%;\n"
            "(二)县级医院:起付线300元,报销比例70%;\n村卫生室门诊报百分之五十。\n")
    figures = {s: a for s, _, a in attributions(page, published="2012-03")}
    for surface in ("100元", "85%", "300元", "70%", "百分之五十"):
        assert figures[surface].domain == "medical_security", surface
    assert figures["85%"].metric == "reimbursement_rate"


def test_levels_of_care_listed_with_the_verb_alone_are_where_the_scheme_pays():
    # 县级医院提到70%, 三级医院平均提高五个百分点: the ratio named once, then each level with its verb
    page = ("本报讯 今年新农合住院报销比例再次提高,乡镇卫生院报销比例提到85%,县级医院提到70%,"
            "三级医院平均提高五个百分点。\n")
    figures = {s: a for s, _, a in attributions(page, published="2012-05")}
    for surface in ("70%", "五个百分点"):
        assert (figures[surface].domain, figures[surface].metric) == ("medical_security", "reimbursement_rate"), surface
    assert figures["五个百分点"].change == "delta"


def test_a_generic_word_and_a_table_under_prose_take_the_title_s_scheme():
    # the title under a site's crumbs names the scheme; a paragraph naming only 医疗保障 goes on with it, and so
    # does a table whose caption is that paragraph
    page = ("某省人民政府 >> 政务信息 >> 市县动态\n\n某县新农合住院补偿封顶线提高到8万元\n\n"
            "  同时,该县开展了提高农村儿童重大疾病医疗保障水平工作,白血病等8类重大疾病纳入保障范围,补偿比例达到90%。\n\n"
            "  | 项目 | 2011年 | 2012年 |\n  | 人均筹资(元) | 230 | 290 |\n  | 封顶线(万元) | 6 | 8 |\n")
    figures = {s: a for s, _, a in attributions(page, published="2012-09")}
    assert {figures[s].program for s in ("8类", "90%", "230", "6")} == {"resident_medical_insurance"}


def test_a_sites_masthead_with_its_channels_above_the_title_leaves_the_title_naming_the_scheme():
    page = ("某县医疗保障局  政务公开  政策解读\n\n城乡居民医保待遇\"明白纸\"(2020年版)政策解读\n\n"
            "二、住院待遇\n在乡镇卫生院住院,起付线二百元,报销比例百分之八十五。年度封顶线十五万元。\n")
    figures = {s: a for s, _, a in attributions(page, published="2020-08")}
    assert {figures[s].program for s in ("二百元", "百分之八十五", "十五万元")} == {"resident_medical_insurance"}


def test_what_a_patient_still_pays_above_which_a_benefit_pays_is_that_benefits_threshold():
    page = ("某县大病保险运行情况\n\n参合患者经新农合报销后,个人负担合规费用超过8000元的部分,由大病保险按50%的比例赔付。\n")
    figures = {s: a for s, _, a in attributions(page, published="2014-11")}
    assert figures["超过8000元"].program == "critical_illness_insurance"
    # and the help that pays it (…按65%给予救助) makes it assistance's, as before
    page = page.replace("由大病保险按50%的比例赔付", "按65%给予救助")
    assert attribution(page, "超过8000元", published="2014-11").program == "medical_assistance"


def test_a_rate_after_the_parts_of_a_total_is_the_totals():
    page = "全县参保28.6万人,其中城镇职工3.1万人,城乡居民25.5万人,参保率95.2%。\n"
    assert attribution(page, "95.2%").program == "basic_medical_insurance"
    # with no total before them, the rate is that of the scheme its clause before counts
    page = "全县职工医保参保3.1万人,城镇居民医保参保25.5万人,参保率95.2%。\n"
    assert attribution(page, "95.2%").program == "resident_medical_insurance"
    # the total broken down before a semicolon (…其中:职工A人,居民B人;参保率Z%): the total's rate still
    page = "全县基本医疗保险参保28.6万人,其中:城镇职工3.1万人,城乡居民25.5万人;参保率95.2%,较上年提升0.4个百分点。\n"
    assert attribution(page, "95.2%").program == "basic_medical_insurance"
    assert attribution(page, "0.4个百分点").program == "basic_medical_insurance"


def test_the_help_to_enroll_said_with_butie_is_the_enrollment_subsidy():
    page = ("本报讯 对建档立卡贫困人口个人缴费部分,财政每人补贴80元,全年共补贴参保资金436.2万元,惠及5.45万人。\n")
    for part, metric in (("436.2万元", "amount"), ("5.45万人", "beneficiaries")):
        a = attribution(page, part, published="2018-12")
        assert (a.program, a.metric) == ("enrollment_subsidy", metric), part


def test_a_departments_information_site_above_the_title_leaves_the_title_naming_the_scheme():
    page = ("某县卫生信息网\n当前位置:网站首页 >> 新农合 >> 公示公告\n某县2012年度新型农村合作医疗补偿情况公示\n"
            "发布者:县合管中心  发布时间:2013-01-25\n\n    二、按医疗机构级别补偿情况\n"
            "机构级别 | 住院人次 | 补偿金额(万元)\n省级 | 2135 | 1402.36\n市级 | 6871 | 2479.06\n")
    assert attribution(page, "2135", published="2013-01").program == "resident_medical_insurance"


def test_a_numbered_points_heading_names_the_scheme_its_enrollment_counts():
    page = ("某市2022年医疗保障事业发展统计公报\n"
            "（一）职工基本医疗保险（含生育保险）。年末参保人数61.35万人,比上年末增加0.8万人。\n"
            "（二）城乡居民基本医疗保险。年末参保人数287.4万人。\n"
            "（三）参保总体情况。年末参保人数348.75万人。\n")
    programs = {s: a.program for s, _, a in attributions(page, published="2023-03")}
    assert programs["61.35万人"] == "employee_medical_insurance"
    assert programs["287.4万人"] == "resident_medical_insurance"
    assert programs["348.75万人"] == "basic_medical_insurance"  # (a heading naming no scheme: both)


def test_money_after_the_verb_of_help_alone_is_what_the_help_paid():
    page = ("（四）医疗救助。全年实施医疗救助21,460人次。其中,特困供养人员1,893人次,救助127万元;"
            "低保对象15,204人次,救助1,136万元。救助起付线为300元。\n")
    figures = {s: a for s, _, a in attributions(page, published="2022-01")}
    assert figures["127万元"].metric == figures["1,136万元"].metric == "amount"
    assert figures["300元"].metric == "other"  # (the threshold: a word of its own)


def test_a_label_naming_only_a_group_says_whom_the_help_under_its_heading_was_for():
    page = ("3.医疗救助。截至10月底,累计实施医疗救助18.6万人次。分类看:\n"
            "(1)特困人员:救助6,420人次,救助资金733.8万元;\n"
            "(2)低保对象:救助98,315人次,救助资金5,207.6万元,救助比例65%;\n")
    for surface in ("98,315人次", "5,207.6万元", "65%"):
        a = attribution(page, surface, published="2021-11")
        assert (a.domain, a.program) == ("medical_security", "medical_assistance"), surface


def test_a_page_naming_only_the_farmers_scheme_by_its_old_name_gives_it_to_figures_naming_none():
    page = ("某县年鉴(2012) > 卫生 > 医疗保障\n\n"
            "【新农合运行】 全县28.4万农业人口中有27.1万人参加新农合,参合率95.42%。\n\n"
            "【住院补偿】 全年住院补偿2.86万人次,补偿金额4817.5万元。\n")
    assert attribution(page, "4817.5万元", published="2013-08").program == "resident_medical_insurance"
    # a page that also names the employee scheme leaves such a figure to both schemes
    page = page.replace("参合率95.42%。", "参合率95.42%。城镇职工医保参保3.2万人。")
    assert attribution(page, "4817.5万元", published="2013-08").program == "basic_medical_insurance"


def test_a_numbered_question_heads_its_answer_with_the_program_it_asks_about():
    page = ("2024年城乡居民医保政策问答\n\n五、大病保险怎么赔付？\n"
            "答：个人负担的合规费用超过1.5万元的部分，赔付60%，最高赔付40万元。\n\n"
            "六、门诊慢特病怎么报销？\n答：政策范围内报销比例为65%。\n")
    assert attribution(page, "60%", published="2024-01").program == "critical_illness_insurance"
    assert attribution(page, "65%", published="2024-01").program == "chronic_disease_outpatient"


def test_an_answers_lines_under_a_question_line_take_the_program_it_asks_about():
    page = ("大病保险知多少？一问一答带你了解\n\n某区医保 2021年8月18日 11:30 重庆\n\n"
            "问：大病保险能报多少？\n答：分段报销：\n1.8万元至10万元部分，报销60%；\n10万元以上部分，报销70%。\n\n"
            "问：门诊慢特病怎么报？\n答：政策范围内报销比例为65%。\n")
    assert attribution(page, "70%", published="2021-08").program == "critical_illness_insurance"
    assert attribution(page, "65%", published="2021-08").program == "chronic_disease_outpatient"


_LAYERS = ("某市2018年上半年贫困人口住院一站式结算情况通报\n\n一、总体情况\n1-6月,全市建档立卡贫困人口住院一站式结算12687人次,"
           "各项报销合计4921.8万元,实际报销比例为90.6%。其中,新农合报销3876.4万元,大病保险报销402.3万元,医疗救助报销318.7万元。\n")
_BOTH_SCHEMES = ("本报讯 1-3月,职工医保统筹基金收入3.46亿元,统筹基金支出2.71亿元;居民医保基金收入9.87亿元,支出4.02亿元。"
                 "全市住院结算4.13万人次,住院费用报销比例为72.6%。\n")
_BOTH_RUN = "本报讯 2022年,全区城乡居民医保参保58.91万人;职工医保参保8.46万人,比上年增加3612人;医保基金支出9.87亿元。\n"
_MASTHEAD = ("某县医疗保障局\n工 作 简 报\n第28期\n\n某县医疗保障局办公室　　　　　　2023年12月15日\n\n"
             "关于城乡居民医保2024年度参保缴费进展的通报\n\n各镇人民政府，县直有关部门：\n"
             "　　现将征缴进度通报如下：\n　　一、总体进度\n　　全县参保任务数为41.26万人。截至2023年12月14日，"
             "全县已缴费356218人，完成任务数的86.34%。\n")
_PATIENT_SHARE = ("本报讯 2018年，全县医疗救助支出1200万元。贫困患者住院费用个人自付比例由23.4%降至9.6%。"
                  "三项制度报销后个人自付比例仍高于5%的困难群众,按个人支付不高于5%的标准实施财政兜底。\n")
_CRUMBS = ("某市人民政府 >> 政策解读\n一图读懂 | 2025年度某市城乡居民医保政策\n发布日期：2024-10-15  来源：某市医疗保障局\n\n"
           "三、报销比例\n| 医院级别 | 起付线(元) | 报销比例 |\n| 一级医院 | 200 | 85% |\n| 二级医院 | 500 | 70% |\n")
_HANDED_DOWN = "本报讯 2010年,省级下拨医疗救助资金62万元,社会捐助4.6万元。\n"
_COLLECTED = "本报讯 截至11月30日,全市入库医保费3.45亿元,同比增长10.2%。\n"


@pytest.mark.parametrize("page,surface,published,program", [
    # 各项报销合计X。其中,新农合…,大病保险…,医疗救助…: the total is every layer together (GUIDELINES §9),
    # the first layer stays the scheme it names
    (_LAYERS, "12687人次", "2018-08", "basic_medical_insurance"),
    (_LAYERS, "4921.8万元", "2018-08", "basic_medical_insurance"),
    (_LAYERS, "90.6%", "2018-08", "basic_medical_insurance"),
    (_LAYERS, "3876.4万元", "2018-08", "resident_medical_insurance"),
    # a sentence that follows both schemes and names neither is about both; so is a generic 医保基金
    # after a ；-run of both, while a change told of one scheme stays that scheme's
    (_BOTH_SCHEMES, "4.13万人次", "2025-04", "basic_medical_insurance"),
    (_BOTH_SCHEMES, "72.6%", "2025-04", "basic_medical_insurance"),
    (_BOTH_RUN, "9.87亿元", "2023-01", "basic_medical_insurance"),
    (_BOTH_RUN, "3612人", "2023-01", "employee_medical_insurance"),
    # a bulletin's masthead (局 / 工作简报 / 第N期 / 办公室 and date) is no title: the title under it names the scheme
    (_MASTHEAD, "356218人", "2023-12", "resident_medical_insurance"),
    # 居民人均可支配收入 are the city's residents, whose income a threshold is set against: no scheme
    ("本报讯 2018年，我市将大病保险起付线由上年度全市居民人均可支配收入的50%调整为统一的1.2万元。"
     "参保患者个人负担的合规医疗费用超过1.2万元的部分，按分段报销：1.2万元至5万元部分报销60%。\n",
     "60%", "2019-01", "critical_illness_insurance"),
    # what a patient is left to pay after every layer is basic insurance's share; a share the help after it
    # brings down (按个人支付不高于5%的标准实施财政兜底) stays the help's
    (_PATIENT_SHARE, "9.6%", "2019-01", "basic_medical_insurance"),
    (_PATIENT_SHARE, "不高于5%", "2019-01", "medical_assistance"),
    # a site's crumbs (某市人民政府 >> 政策解读) above the title are no title
    (_CRUMBS, "85%", "2024-10", "resident_medical_insurance"),
    # a clause naming no program goes on with the poor patients' actual rate, not with the 大病保险 before it
    ("本报讯 全县健全三重保障制度,贫困人口大病保险起付线降低一半。"
     "2017年贫困人口县域内住院实际报销比例为78.3%,今年1-9月达到91.2%。\n", "91.2%", "2020-10",
     "basic_medical_insurance"),
])
def test_the_program_a_figure_is_told_of(page, surface, published, program):
    assert attribution(page, surface, published=published).program == program


@pytest.mark.parametrize("page,surface,published,expected", [
    # funds handed down or given to medical assistance are its income
    (_HANDED_DOWN, "62万元", "2011-01", ("medical_assistance", "fund_income")),
    (_HANDED_DOWN, "4.6万元", "2011-01", ("medical_assistance", "fund_income")),
    # premiums the tax office has collected (入库) are income, and so is their change
    (_COLLECTED, "3.45亿元", "2021-12", ("basic_medical_insurance", "fund_income")),
    (_COLLECTED, "10.2%", "2021-12", ("basic_medical_insurance", "fund_income")),
    # a fenbie list of parts counts what its head counts, not the money told last
    ("本报讯 截至6月底,全省共有295.6万建档立卡贫困人口参加城乡居民医保,各级财政资助参保资金4.3亿元。"
     "其中,甲市、乙市贫困人口参保人数分别为89.4万人、39.5万人。\n", "89.4万人", "2018-09",
     ("resident_medical_insurance", "insured_persons")),
])
def test_the_program_and_metric_of(page, surface, published, expected):
    assert pm(page, surface, published=published) == expected


def test_a_contribution_paid_for_the_poor_is_the_subsidys_standard():
    page = "本报讯 今年,县财政为贫困人口每人代缴个人缴费180元。\n"
    a = attribution(page, "180元", published="2019-03")
    assert (a.program, a.metric, a.per) == ("enrollment_subsidy", "fiscal_subsidy", "person_year")


def test_what_a_patients_family_bore_itself_is_no_money_paid_out():
    page = "本报讯 新农合报销8.4万元,民政救助1.2万元,一家人自己只承担了2万多元。\n"
    assert attribution(page, "2万多元", published="2019-12").metric == "other"


def test_how_far_a_rate_stands_from_an_areas_average_is_no_level_of_it():
    # 参保率97.6%,…,高于全市平均水平1.1个百分点: the gap is `other`, the rate and its change over the year keep theirs
    page = ("本报讯 截至2016年底,全县城乡居民医保参保率97.6%,比上年提高0.4个百分点,高于全市平均水平1.1个百分点。"
            "住院报销比例72%,比全省平均高出约1.6个百分点。\n")
    assert pm(page, "1.1个百分点", published="2017-03") == ("resident_medical_insurance", "other")
    assert pm(page, "约1.6个百分点", published="2017-03")[1] == "other"
    assert pm(page, "0.4个百分点", published="2017-03")[1] == "enrollment_rate"


def test_money_put_up_for_premiums_paid_for_others_is_the_enrollment_subsidy():
    # 县财政出资X万元,为…代缴…个人缴费: what the money is for; 个人缴费部分,县财政每人补助Y元: the standard per head
    page = "本报讯 2014年,县财政出资357万元,为全县1.2万名困难群众代缴新农合个人缴费。\n"
    assert pm(page, "357万元", published="2014-12") == ("enrollment_subsidy", "amount")
    page = "本报讯 对贫困人口个人缴费部分,县财政每人补助120元,共计补助814.25万元。\n"
    assert pm(page, "120元", published="2014-12") == ("enrollment_subsidy", "fiscal_subsidy")
    assert pm(page, "814.25万元", published="2014-12") == ("enrollment_subsidy", "amount")
    # a premium standard beside the state's standard subsidy is no subsidy of others' premiums
    page = "本报讯 2019年个人缴费标准为每人每年250元,财政补助标准为每人每年520元。\n"
    assert pm(page, "520元", published="2019-01") == ("resident_medical_insurance", "fiscal_subsidy")


def test_an_answer_under_a_question_naming_one_form_of_help_is_that_help():
    # 问:住院救助的标准是多少? ⏎ 答:低保对象按70%救助…: the inpatient assistance the question asks about
    page = ("城乡医疗救助政策问答\n\n问:住院救助的标准是多少?\n答:城乡低保对象按70%救助,年度封顶线3万元;特困供养人员按100%救助。\n\n"
            "问:门诊救助怎么救?\n答:其他救助对象每人每年不超过800元。\n")
    assert pm(page, "70%", published="2016-05")[0] == "inpatient_assistance"
    assert pm(page, "100%", published="2016-05")[0] == "inpatient_assistance"
    assert pm(page, "不超过800元", published="2016-05")[0] == "outpatient_assistance"


def test_the_residents_named_after_the_critical_illness_insurance_are_its_insured():
    # 大病保险起付线参照…确定,城镇居民起付线为1.9万元: the insurance's threshold for residents, not the resident scheme's
    page = "本报讯 大病保险起付线参照上年度居民收入水平确定,城镇居民起付线为1.9万元,农村居民为6500元。\n"
    assert pm(page, "1.9万元", published="2013-11")[0] == "critical_illness_insurance"
    # with no such insurance before them, the residents name their own scheme
    page = "本报讯 今年城镇居民住院起付线为500元。\n"
    assert pm(page, "500元", published="2013-11")[0] == "resident_medical_insurance"


def test_people_a_check_found_enrolled_twice_or_lapsed_and_a_clerks_load_are_no_enrollees():
    page = "本报讯 今年以来,县医保局共核实重复参保1870人、断保人员3452人。\n"
    assert pm(page, "1870人", published="2021-11") == ("basic_medical_insurance", "other")
    assert pm(page, "3452人", published="2021-11") == ("basic_medical_insurance", "other")
    # nor is the load on each of the scheme's staff
    page = "本报讯 全县医保经办人员仅11名,人均服务参保群众2.5万余人。\n"
    assert pm(page, "2.5万余人", published="2016-05")[1] == "other"


def test_money_the_insured_got_paid_is_what_the_insurance_paid_out():
    # 大病保险…1863人次获赔2106万元: money paid out, as 赔付 is
    page = "本报讯 大病保险运行一年来,全市1863人次获赔2106万元。\n"
    assert pm(page, "2106万元", published="2014-12") == ("critical_illness_insurance", "amount")


@pytest.mark.parametrize("page,surface,program", [
    # the drive collecting the year's premiums is the residents' (employees' are withheld with their wages)
    ("寿宁县医保缴费进度通报\n据统计,截至11月14日,全县已有12.86万人完成2024年度参保缴费,缴费率为79.4%。\n",
     "12.86万人", "resident_medical_insurance"),
    ("寿宁县医保缴费进度通报\n据统计,截至11月14日,全县已有12.86万人完成2024年度参保缴费,缴费率为79.4%。\n",
     "79.4%", "resident_medical_insurance"),
    # under a title of the drive, a township's progress that names no scheme
    ("静宁县医保缴费进度快于去年同期\n从各乡镇进度看,城川镇、八里镇位列前两位,完成率分别为93.6%、92.1%。\n",
     "93.6%", "resident_medical_insurance"),
    # 医保费用 are costs a scheme pays, no premium; a bracket after a total says what its parts were
    ("某县医保运行情况\n一季度全县定点医药机构结算医保费用1.62亿元。\n", "1.62亿元", "basic_medical_insurance"),
    ("某县医保运行情况\n1-6月,全县医保基金总收入5.86亿元(城乡居民医保个人缴费收入集中于上年第四季度到账)。\n",
     "5.86亿元", "basic_medical_insurance"),
    # a drive's sentence naming the basic insurance is both schemes'
    ("某县医保工作简报\n截至10月底,全县基本医保参保缴费已完成28.4万人。\n", "28.4万人", "basic_medical_insurance"),
])
def test_a_collection_drives_figures_naming_no_scheme_are_the_residents(page, surface, program):
    assert pm(page, surface, published="2023-11")[0] == program


@pytest.mark.parametrize("page,surface,expected", [
    # a fund release's row 门诊慢病 and its short form 门慢 are the chronic-disease outpatient cover
    ("某县2020年1-11月医保基金运行情况\n门诊慢病报销4419人次,统筹基金支付2145.6万元。\n", "4419人次",
     ("chronic_disease_outpatient", "person_times")),
    ("某县2020年1-11月医保基金运行情况\n门慢待遇享受人员3216人。\n", "3216人", ("chronic_disease_outpatient", "beneficiaries")),
    # older words for the share enrolled, and the enrolled farmers' share of the farming population
    ("本报讯 2010年全县新农合参合面达98.2%。\n", "98.2%", ("resident_medical_insurance", "enrollment_rate")),
    ("本报讯 全县新农合参合农民41.26万人,占农业人口的96.35%。\n", "96.35%",
     ("resident_medical_insurance", "enrollment_rate")),
    # (a share of spending stays a share, and so does a bound on the farming share of counties)
    ("本报讯 住院补偿占基金支出的比例为73%。\n", "73%", ("basic_medical_insurance", "other")),
    ("本报讯 新农合县(市、区)将占全区109个县(市、区)的80.73%,占农业人口达50%以上的96个县(市、区)的91.7%。\n",
     "91.7%", ("resident_medical_insurance", "other")),
])
def test_other_names_of_the_chronic_cover_and_of_the_share_enrolled(page, surface, expected):
    assert pm(page, surface, published="2011-03") == expected


def test_the_funds_generic_name_after_a_benefit_or_every_layer_is_the_basic_insurances():
    # 医保基金 continues a scheme named before it, not a benefit paid from the schemes
    page = "本报讯 门诊慢特病病种增至55种；全年医保基金支出9.86亿元，同比增长6.4%。\n"
    assert pm(page, "9.86亿元", published="2024-01") == ("basic_medical_insurance", "amount")
    # every layer named as one list, the government's backstop after it: what the next sentence counts is all of them
    page = ("本报讯 统筹城乡居民医保、大病保险和医疗救助以及政府兜底保障资金,落实一站式结算。"
            "全年贫困患者住院11386人次,实际报销比例达89.7%。\n")
    assert pm(page, "11386人次", published="2019-09")[0] == "basic_medical_insurance"
    assert pm(page, "89.7%", published="2019-09")[0] == "basic_medical_insurance"



@pytest.mark.parametrize("page,surface", [
    # what a subsidy pays of a group's premium per head, said after 个人缴费部分: the subsidy's standard, not
    # what the person pays
    ("本报讯 对建档立卡贫困人口个人缴费部分给予每人每年150元的定额资助。\n", "150元"),
    ("本报讯 享受低保待遇的人员个人缴费部分由县医疗救助资金按照每人175元给予补贴。\n", "175元"),
])
def test_a_subsidys_standard_after_the_share_of_the_premium_it_pays(page, surface):
    assert pm(page, surface, published="2021-10") == ("enrollment_subsidy", "fiscal_subsidy")


@pytest.mark.parametrize("page,surface,expected", [
    # a rate of contribution, or the share of it credited to a personal account, is no share of costs paid back
    ("本报讯 灵活就业人员参加职工基本医疗保险,缴费比例为10%。\n", "10%", ("employee_medical_insurance", "other")),
    ("本报讯 在职职工个人账户按缴费基数的3.2%左右划入。\n", "3.2%左右", ("employee_medical_insurance", "other")),
    # (the share the fund pays stays a reimbursement rate)
    ("本报讯 参保人员住院费用基金支付比例为80%。\n", "80%", ("basic_medical_insurance", "reimbursement_rate")),
    # (nor does a word of crediting inside another: 累计入库 is premiums collected)
    ("本报讯 税务部门累计入库城乡居民医保费3.29亿元。\n", "3.29亿元", ("resident_medical_insurance", "fund_income")),
])
def test_a_rate_of_contribution_is_no_share_paid_back(page, surface, expected):
    assert pm(page, surface, published="2024-01") == expected


def test_a_places_count_and_rate_listed_after_a_rate_named_before_are_that_rate():
    page = ("本报讯 分县看,化州市参保129.8万人,参保率99.1%,居全市首位;高州市152.6万人,参保率98.4%;"
            "信宜市108.5万人、97.9%;电白区135.2万人、96.5%。\n")
    assert pm(page, "97.9%", published="2014-03")[1] == "enrollment_rate"
    assert pm(page, "96.5%", published="2014-03")[1] == "enrollment_rate"


def test_a_total_before_its_parts_in_brackets_takes_no_parts_program():
    page = "本报讯 1-8月,全县门诊12.29万人次(其中门诊慢特病2.86万人次、普通门诊9.43万人次),基金支付0.79亿元。\n"
    assert pm(page, "12.29万人次", published="2023-09") == ("basic_medical_insurance", "person_times")
    assert pm(page, "2.86万人次", published="2023-09") == ("chronic_disease_outpatient", "person_times")


def test_assistance_paid_after_a_list_of_layers_is_the_assistances():
    page = "本报讯 对经居民医保和大病保险报销后仍需个人负担的部分按60%给予二次救助。\n"
    assert pm(page, "60%", published="2024-01") == ("medical_assistance", "reimbursement_rate")
    # (every layer paid before a share the patient still bears: all of them)
    page = "本报讯 经城乡居民医保、大病保险及医疗救助三重报销后,贫困患者个人自付比例降至10%以内。\n"
    assert pm(page, "10%以内", published="2024-01")[0] == "basic_medical_insurance"


def test_a_cell_under_a_column_of_shares_is_a_share_whatever_its_row_pays():
    page = ("某县2010年新农合基金支出情况\n项目        人次        金额(万元)   占基金支出比例(%)\n"
            "住院补偿     96417       11863.52     75.31\n门诊统筹     1325680     2512.66      15.95\n")
    assert pm(page, "75.31", published="2011-03") == ("resident_medical_insurance", "other")
    assert pm(page, "11863.52", published="2011-03") == ("resident_medical_insurance", "amount")


def test_what_each_pays_in_a_year_said_with_the_year_between_is_the_persons_own_premium():
    page = "本报讯 今年参合农民个人每人每年缴费10元。\n"
    assert pm(page, "10元", published="2008-09") == ("resident_medical_insurance", "individual_contribution")


def test_a_rate_in_a_clause_after_premiums_paid_for_others_is_the_schemes():
    page = ("本报讯 县里还为1.2万名五保对象代缴参合费用,并将农村儿童白血病、先天性心脏病两类重大疾病补偿比例提高到70%。\n")
    assert pm(page, "70%", published="2011-03") == ("resident_medical_insurance", "reimbursement_rate")
    assert pm(page, "1.2万名", published="2011-03")[0] == "enrollment_subsidy"


def test_a_rate_after_each_layers_money_is_every_layers():
    page = ("本报讯 1至10月,全县建档立卡贫困患者住院8652人次,新农合补偿3012.5万元,大病保险补偿402.3万元,"
            "民政医疗救助435.6万元,住院费用实际补偿比达到79.1%。\n")
    assert pm(page, "79.1%", published="2017-11") == ("basic_medical_insurance", "reimbursement_rate")
    assert pm(page, "435.6万元", published="2017-11") == ("medical_assistance", "amount")


def test_the_employee_schemes_supplements_are_the_employee_schemes():
    page = ("某市2019年一季度医保基金收支情况\n单位:万元\n| 项目 | 本期 | 上年同期 |\n"
            "| 七、统筹基金支出 | 10982 | 11305 |\n| 八、大额医疗费用补助支出 | 1236.58 | 1104.20 |\n")
    assert pm(page, "1236.58", published="2019-04") == ("employee_medical_insurance", "amount")


def test_the_people_a_drive_has_collected_from_are_its_insured():
    page = "本报讯 截至10月25日,全县已收缴2019年度城乡居民医保费62.8万人,征收保费1.38亿元。\n"
    assert pm(page, "62.8万人", published="2018-10") == ("resident_medical_insurance", "insured_persons")
    assert pm(page, "1.38亿元", published="2018-10") == ("resident_medical_insurance", "fund_income")


# in a collection drive's notice, 应参保人数 is what the drive must reach: a target of insured persons (as 任务数); a
# share of it done stays a share, those enrolled no target; 新农合筹资工作 is the drive of the 新农合 years, and its
# 应参合农业人口 and 应参合人数 column its task
DRIVE_TASKS = [
    ("某县2024年度居民医保集中征缴进展情况通报\n\n　　2024年度全县居民医保应参保人数为286410人。截至2023年"
     "11月20日,全县已参保231562人,占应参保人数的80.85%。\n\n| 乡镇 | 应参保人数 | 已参保人数 | 参保率 |\n"
     "| 甲镇 | 31208 | 26417 | 84.65% |\n| 乙镇 | 22874 | 18033 | 78.84% |\n", "2023-11",
     ("286410人", "31208"), ("231562人", "80.85%")),
    ("关于2012年度新农合筹资工作进度的通报\n\n　　截至2011年12月5日,全县2012年度新农合应参合农业人口52.18万人,"
     "已参合46.07万人,参合率88.29%。\n\n| 乡镇 | 应参合人数 | 已参合人数 | 参合率 |\n| 甲乡 | 30512 | 26127 | 85.63% |\n"
     "| 乙镇 | 28476 | 24415 | 85.74% |\n", "2011-12", ("52.18万人", "30512"), ("46.07万人",)),
]


@pytest.mark.parametrize("page, published, tasks, results", DRIVE_TASKS)
def test_the_people_a_drive_must_enroll_are_its_task_of_insured_in_prose_and_in_its_table(page, published, tasks, results):
    for surface in tasks:
        a = attribution(page, surface, published=published)
        assert (a.metric, a.target) == ("insured_persons", True), surface
    for surface in results:
        assert not attribution(page, surface, published=published).target, surface


def test_a_kind_of_care_after_a_form_of_help_in_the_clause_before_is_the_schemes():
    # 门诊慢特病结算X人次,住院结算Y人次,次均住院费用Z元: the stays and their cost are the scheme's, beside chronic care
    page = "本报讯 2023年,全市门诊慢特病结算19.42万人次,住院结算14.86万人次,次均住院费用7512元,同比下降3.6%。\n"
    assert pm(page, "19.42万人次", published="2024-03") == ("chronic_disease_outpatient", "person_times")
    for surface in ("14.86万人次", "7512元"):
        assert pm(page, surface, published="2024-03")[0] == "basic_medical_insurance", surface
    # (nor does that help go on into the next sentence: the paragraph's scheme)
    page = ("本报讯 2023年,全市门诊慢特病结算19.42万人次,住院结算14.86万人次。"
            "全市办理跨省异地就医直接结算2.63万人次,结算金额1.8亿元。\n")
    for surface in ("2.63万人次", "1.8亿元"):
        assert pm(page, surface, published="2024-03")[0] == "basic_medical_insurance", surface
    # (a form of help of its own opening the clause keeps it: 住院救助Y人次)
    page = "本报讯 2023年,全市门诊救助3.2万人次,住院救助1.1万人次。\n"
    assert pm(page, "1.1万人次", published="2024-03")[0] == "inpatient_assistance"


def test_the_governments_part_of_a_funds_income_is_its_subsidy():
    page = "本报讯 2023年,全县居民医保基金收入52310.6万元,其中个人缴费收入18206.37万元,财政补助收入33680.52万元。\n"
    assert pm(page, "33680.52万元", published="2024-03") == ("resident_medical_insurance", "fiscal_subsidy")
    assert pm(page, "18206.37万元", published="2024-03")[1] == "fund_income"


def test_the_rows_under_a_table_s_maternity_insurance_heading_are_its_figures():
    # | 三、生育保险 | | |: its rows 参保人数 and 基金支出 are maternity insurance's, before the merger another domain's,
    # after it the employee scheme's, metric other; a caption naming it beside a scheme makes no row maternity's
    page = ("| 指标名称 | 单位 | 数值 |\n| 一、职工基本医疗保险 |  |  |\n| 参保人数 | 万人 | 16.20 |\n"
            "| 二、生育保险 |  |  |\n| 参保人数 | 万人 | 11.35 |\n| 基金支出 | 亿元 | 0.48 |\n")
    a = attribution("某县2017年度医疗保险基金运行情况\n\n" + page, "11.35", published="2018-03")
    assert (a.domain, a.program) == ("employment_social_security", "")
    assert pm("某县2022年度医疗保险基金运行情况\n\n" + page, "0.48", published="2023-03") == (
        "employee_medical_insurance", "other")
    assert pm("某县2022年度医疗保险基金运行情况\n\n" + page, "16.20", published="2023-03") == (
        "employee_medical_insurance", "insured_persons")
    captioned = ("某县2017年职工基本医疗保险和生育保险情况\n\n| 指标名称 | 单位 | 数值 |\n| 参保人数 | 万人 | 16.20 |\n"
                 "| 基金收入 | 亿元 | 3.12 |\n")
    assert pm(captioned, "16.20", published="2018-03") == ("employee_medical_insurance", "insured_persons")


def test_a_total_after_a_semicolon_is_no_part_of_the_breakdown_before_it():
    # 收入合计X,其中职工医保Y,居民医保Z;支出合计W: the spending is the whole fund's, as its income is
    page = ("1-9月,全县医保基金收入合计48,120万元,其中职工医保基金收入11,306万元,城乡居民医保基金收入36,814万元;"
            "基金支出合计40,275万元,同比下降1.8%,其中职工医保支出8,902万元。\n")
    assert pm(page, "40,275万元", published="2020-10") == ("basic_medical_insurance", "amount")
    assert pm(page, "1.8%", published="2020-10") == ("basic_medical_insurance", "amount")
    assert pm(page, "36,814万元", published="2020-10") == ("resident_medical_insurance", "fund_income")


def test_the_money_of_medical_assistance_named_as_its_money_is_what_it_paid():
    # 救助X人,救助金Y万元; 救助金额上升12.4%: the money paid and its growth, not the people helped
    page = "本报讯 今年全县医疗救助3920人次,同比下降5.1%,但救助金额上升了12.4%。其中重特大疾病救助186人,救助金96万元。\n"
    assert pm(page, "12.4%", published="2013-12") == ("medical_assistance", "amount")
    assert pm(page, "96万元", published="2013-12") == ("medical_assistance", "amount")
    assert pm(page, "5.1%", published="2013-12") == ("medical_assistance", "person_times")


def test_why_a_figure_grew_after_a_few_words_on_what_grew_names_no_topic_of_it():
    # …,支出增幅较大主要是去年同期就诊量偏低: the reason's 就诊量 is no health-services topic of the spending
    page = "1-6月,全县医保基金总收入2.07亿元;总支出1.86亿元,同比增长13.2%,支出增幅较大主要是去年同期受疫情影响就诊量偏低。\n"
    assert pm(page, "1.86亿元", published="2021-07") == ("basic_medical_insurance", "amount")
    assert pm(page, "13.2%", published="2021-07") == ("basic_medical_insurance", "amount")


def test_money_after_a_count_of_visits_and_a_comma_is_what_the_visits_were_paid():
    # 门诊救助6210人次,资金58.4万元: the money the help paid, as 住院救助X人次、Y万元 is
    page = "本报讯 全年实施重特大疾病医疗救助1862人次,资金437.5万元;门诊救助6210人次,资金58.4万元。\n"
    assert pm(page, "437.5万元", published="2017-02") == ("medical_assistance", "amount")
    assert pm(page, "58.4万元", published="2017-02") == ("outpatient_assistance", "amount")


def test_staff_who_work_full_time_name_no_employees_scheme():
    # 配备专职工作人员46名: 职工 across two words
    page = "本报讯 今年全县新农合参合率达95.1%。县合管办在各乡镇设立经办站18个,配备专职工作人员37名。\n"
    assert pm(page, "37名", published="2010-03")[0] != "employee_medical_insurance"


def test_a_bulletin_s_issue_title_below_a_masthead_whose_number_stands_on_its_own_line_names_the_scheme():
    # 某州医疗保障工作简报 / 第 7 期 / … / 2022年度居民医保参保缴费进展情况: the resident scheme's table
    page = ("楚雄彝族自治州医疗保障工作简报\n\n第 7 期\n\n楚雄州医疗保障局办公室            2021 年 12 月 6 日\n\n"
            " 2022 年度居民医保参保缴费进展情况\n\n 一、总体进展\n\n"
            " (一)全州征缴情况。截至 12 月 3 日,全州 2022 年度城乡居民医保已缴费 70.18 万人,完成任务数的 77.51%。\n\n"
            " 附表:截至 12 月 3 日各县(市)征缴进度表\n\n"
            "|县(市)|任务数(万人)|已缴费(万人)|完成率(%)|\n|楚雄市|52.10|40.36|77.47|\n|禄丰市|38.44|29.81|77.55|\n")
    for surface in ("52.10", "77.47"):
        assert pm(page, surface, published="2021-12")[0] == "resident_medical_insurance", surface


def test_medical_assistance_named_after_a_semicolon_that_ends_its_forms_is_the_whole_assistance():
    # …其中住院救助X人次,门诊救助Y人次;医疗救助资金支出Z万元: the whole assistance's money, not the outpatient part's
    page = "全年共实施医疗救助5.84万人次,其中住院救助8620人次,门诊救助4.98万人次;医疗救助资金支出2965万元。\n"
    assert pm(page, "2965万元", published="2016-03") == ("medical_assistance", "amount")


def test_a_growth_after_a_share_is_the_growth_of_what_the_share_was_taken_of():
    # 基金支出X万元,占当年筹资总额的Y%,同比增长Z%: the spending grew, not the share's whole
    page = "本报讯 1-6月,全县新农合基金支出2518.6万元,占当年筹资总额的41.3%,同比增长18.2%。\n"
    assert pm(page, "18.2%", published="2011-07") == ("resident_medical_insurance", "amount")


def test_a_provider_s_surplus_or_overrun_in_a_clearing_and_its_capitation_are_no_fund_balance_nor_funding():
    # | 机构名称 | 应支付金额 | 结余(超支) |: what each hospital kept or overran, the year's; 包干标准为每人每年X元: what the
    # fund pays a provider per enrollee, no funding enrollees pay in
    page = ("某县2023年度DIP付费年度清算结果公示\n\n单位:万元\n机构名称 | 应支付金额 | 结余(超支)\n"
            "县人民医院 | 6120.4 | 204.7\n县中医院 | 2310.8 | -38.2\n")
    a = attribution(page, "204.7", published="2024-03")
    assert (a.metric, a.period_kind) == ("other", "during")
    page = "本报讯 今年全县推行门诊统筹按人头付费,包干标准为每人每年58元,人头费按季度拨付。\n"
    assert pm(page, "58元", published="2023-05")[1] == "other"


def test_a_subsidy_per_head_for_a_group_joining_a_scheme_and_the_sum_paid_for_a_group_are_the_subsidy_s():
    # 对低保户参加居民医保按每人每年X元给予资助: the subsidy's standard, not the scheme's;
    # 为…缴纳了新农合个人参合费,共计X万元: what the subsidy paid
    page = "本报讯 今年,县民政局对城镇低保户参加居民医保按每人每年120元给予资助。\n"
    assert pm(page, "120元", published="2011-03") == ("enrollment_subsidy", "fiscal_subsidy")
    page = "本报讯 今年县民政局为全县五保户缴纳了新农合个人参合费,共计31.2万元。\n"
    assert pm(page, "31.2万元", published="2012-03") == ("enrollment_subsidy", "amount")


def test_the_paragraphs_under_a_numbered_point_naming_a_scheme_are_that_scheme_s():
    # （一）城镇职工基本医疗保险。参保…⏎全年征收医疗保险基金X万元…住院Y人次: the employees' scheme's, up to the next
    # point or section (三、待遇享受情况 starts one of its own)
    page = ("某县人社局2010年工作总结\n\n  （一）城镇职工基本医疗保险。年末全县参保职工10826人,其中退休2914人。\n"
            "  全年征收医疗保险基金1388.6万元;支出1204.3万元,当年基金结余184.3万元。全年住院1206人次。\n"
            "  （二）城镇居民基本医疗保险。全年参保城镇居民1.92万人。\n  三、待遇享受情况\n  全年共享受医保待遇8.6万人次。\n")
    for surface in ("1388.6万元", "184.3万元", "1206人次"):
        assert pm(page, surface, published="2011-01")[0] == "employee_medical_insurance", surface
    assert pm(page, "8.6万人次", published="2011-01")[0] == "basic_medical_insurance"


def test_what_was_paid_back_for_care_after_a_premium_subsidy_is_the_schemes_not_the_subsidys():
    # 资助参保X人次,资助资金Y万元;累计报销住院费用Z人次、W亿元: the second ；-item's figures are the insurance's benefit
    page = "五年来，全县累计资助脱贫人口参保20.4万人次，资助资金1905万元；累计报销脱贫患者住院费用6.18万人次、3.12亿元。"
    figures = {s: a for s, _, a in attributions(page, published="2021-02")}
    assert [(figures[s].program, figures[s].metric) for s in ("20.4万人次", "1905万元")] == [
        ("enrollment_subsidy", "person_times"), ("enrollment_subsidy", "amount")]
    assert [(figures[s].program, figures[s].metric) for s in ("6.18万人次", "3.12亿元")] == [
        ("basic_medical_insurance", "person_times"), ("basic_medical_insurance", "amount")]


def test_what_the_government_paid_last_after_the_schemes_is_medical_assistance():
    # …报销比例达84.1%;政府兜底支付95.2万元,惠及306人: the backstop after the schemes (兜底), a form of assistance
    page = "全县贫困患者住院实际报销比例达84.1%；政府兜底支付95.2万元，惠及306人。"
    figures = {s: a for s, _, a in attributions(page, published="2017-11")}
    assert [(figures[s].domain, figures[s].program, figures[s].metric) for s in ("95.2万元", "306人")] == [
        ("medical_security", "medical_assistance", "amount"), ("medical_security", "medical_assistance", "beneficiaries")]
    assert figures["84.1%"].program == "basic_medical_insurance"


def test_a_breakdown_in_brackets_before_the_figures_clause_names_its_parts_not_what_follows():
    # 实施直接救助X人次(其中住院救助A人次、门诊救助B人次),支出Y万元: all the help's money, not the last form's in brackets
    page = "全市实施直接救助3.82万人次（其中住院救助1.15万人次、门诊救助2.67万人次），支出2466.1万元。"
    figures = {s: a for s, _, a in attributions(page, published="2020-03")}
    assert [figures[s].program for s in ("3.82万人次", "1.15万人次", "2.67万人次", "2466.1万元")] == [
        "medical_assistance", "inpatient_assistance", "outpatient_assistance", "medical_assistance"]


def test_money_raised_for_medical_assistance_is_the_helps_income_and_a_share_called_a_subsidy_a_subsidy():
    # 下拨城乡医疗救助资金X万元,其中中央补助资金Y万元、省级资金Z万元、地县两级配套W万元: what the help's fund took in
    # (the real gold's reading of an allocation of assistance funds and of its central and provincial parts), but a
    # share its own words call a subsidy stays one (GUIDELINES §9: a total subsidy transfer); no subsidy per head
    page = "今年地区财政已下拨城乡医疗救助资金3120万元，其中中央补助资金1870万元、省级资金690万元、地县两级配套560万元。"
    figures = {s: a for s, _, a in attributions(page, published="2015-06")}
    assert [figures[s].metric for s in ("3120万元", "1870万元", "690万元", "560万元")] == [
        "fund_income", "fiscal_subsidy", "fund_income", "fund_income"]
    assert {a.program for a in figures.values()} == {"medical_assistance"}


def test_a_list_items_count_before_the_help_its_sentence_names_after_it_is_that_helps():
    # (一)特困人员1,046人,按280元/人全额资助: the item's people are whom the subsidy paid for, though it is named after them
    page = ("按照分类资助原则，共资助困难群众参保38,512人，资助资金655.4万元：\n"
            "（一）特困人员1,046人，按280元/人全额资助，资助29.29万元；\n（二）低保对象8,903人，按每人200元资助，资助178.06万元。\n")
    figures = {s: a for s, _, a in attributions(page, published="2021-07")}
    assert [(figures[s].program, figures[s].metric) for s in ("1,046人", "8,903人")] == [
        ("enrollment_subsidy", "beneficiaries"), ("enrollment_subsidy", "beneficiaries")]


def test_how_many_got_any_and_how_far_the_fund_is_spent_are_no_reimbursement_rates():
    # 补偿面83.9% (as 受益面: how many of the insured got any), 基金支出进度82% (how far the year's fund is spent)
    page = "2010年上半年，全县新农合补偿面81.6%，基金支出进度47%。"
    figures = {s: a for s, _, a in attributions(page, published="2010-08")}
    assert [figures[s].metric for s in ("81.6%", "47%")] == ["other", "other"]


def test_a_premium_part_a_government_pays_as_a_grant_is_an_enrollment_subsidy():
    # 个人缴费部分由县财政按每人60元给予补助,共补助768万元: the premium paid for them (补助 as 资助, 补贴)
    page = "贫困人口参加城乡居民医保，个人缴费部分由县财政按每人70元给予补助，共补助812万元。"
    figures = {s: a for s, _, a in attributions(page, published="2018-08")}
    assert [(figures[s].program, figures[s].metric) for s in ("70元", "812万元")] == [
        ("enrollment_subsidy", "fiscal_subsidy"), ("enrollment_subsidy", "amount")]


def test_levels_a_listed_from_to_starts_from_are_its_items_too():
    # 乡镇卫生院、县级医院住院报销比例分别由去年的65%、50%提高到75%、60%: every level, the old and the new, is the
    # scheme's rate at its level of care, and the old ones are last year's
    page = "今年，全县把乡镇卫生院、县级医院住院报销比例分别由去年的65%、50%提高到75%、60%。"
    figures = {s: a for s, _, a in attributions(page, published="2012-04")}
    assert {(figures[s].domain, figures[s].metric) for s in ("65%", "50%", "75%", "60%")} == {
        ("medical_security", "reimbursement_rate")}
    assert [figures[s].period_end for s in ("65%", "50%", "75%", "60%")] == ["2011-12", "2011-12", "2012-12", "2012-12"]


def test_a_subsidys_sum_right_after_the_count_it_helped_is_what_it_paid_them_all():
    # 定额资助41206人、703.5万元; ③监测对象36人,资助7560元: the sums paid, no standard per head; 每人定额资助280元 is one
    page = ("全年共资助参保43,980人，资助资金760.9万元，其中：全额资助2774人、57.4万元；定额资助41206人、703.5万元。"
            "对低保对象每人定额资助280元。\n③监测对象36人，资助7560元；\n④脱贫人口5120人，资助358400元。\n")
    figures = {s: a for s, _, a in attributions(page, published="2022-03")}
    assert [(figures[s].metric, figures[s].per) for s in ("703.5万元", "7560元")] == [("amount", ""), ("amount", "")]
    assert (figures["280元"].metric, figures["280元"].per) == ("fiscal_subsidy", "person_year")


def test_a_sum_of_subsidy_money_after_a_clause_granting_each_a_fixed_sum_is_what_was_paid():
    # …低保对象、监测对象定额资助,全年共落实资助参保资金X万元: a total of money in 万, per no one
    page = ("本网讯 据介绍,2023年度全县居民医保个人缴费标准为380元,特困人员由财政全额资助,低保对象、监测对象定额资助,"
            "全年共落实资助参保资金612.4万元。\n")
    a = attribution(page, "612.4万元", published="2023-09")
    assert (a.program, a.metric, a.per) == ("enrollment_subsidy", "amount", "")


def test_a_funds_size_is_what_it_raised():
    page = "今年全县新农合基金规模达4.12亿元，人均筹资标准提高到290元。"
    assert attribution(page, "4.12亿元", published="2012-03").metric == "fund_income"


def test_a_change_misspelt_or_written_after_a_bare_year_on_year_is_a_growth_rate():
    # 同比增涨6.8% (a misspelling pages print), 同比：-2.3% on its own line: the change of the figure before it
    page = "全县医疗救助资金支出1690万元，同比增涨7.4%。\n职工医保统筹基金收入29814.2万元\n同比：-3.1%\n"
    figures = {s: (f, a) for s, f, a in attributions(page, published="2024-11")}
    assert [(figures[s][1].change, float(figures[s][0].quantity.value)) for s in ("7.4%", "-3.1%")] == [
        ("growth_rate", 7.4), ("growth_rate", -3.1)]


def test_a_villager_named_in_another_tongue_or_by_a_korean_surname_tells_one_persons_story():
    # 农民吐尔洪·艾买提, 低保户朴英姬: the figures of a sentence about them are that person's (GUIDELINES §9)
    page = ("农民吐尔洪·艾买提今年3月因病住院，医疗费5.2万元，新农合报销2.6万元。"
            "低保户朴英姬去年因肺癌住院，医疗费用7.1万元，新农合报销3.9万元。")
    figures = {s: a for s, _, a in attributions(page, published="2013-06")}
    assert {figures[s].population for s in ("5.2万元", "2.6万元", "7.1万元", "3.9万元")} == {"individual"}


def test_a_total_whose_breakdown_names_one_scheme_is_the_basic_insurances():
    # 全市参保总人数X万人,其中城乡居民医保参保Y万人: the total of both schemes (§8), though the page names only one; its
    # parts named as people of one scheme (其中城镇居民A人,农村居民B人) leave it the scheme's
    both = "截至9月底，全市参保总人数61.27万人，其中城乡居民医保参保50.84万人。"
    assert attribution(both, "61.27万人", published="2024-10").program == "basic_medical_insurance"
    one = "今年起全县城乡居民医保整合运行。全县参保265410人，其中城镇居民29802人，农村居民235608人。"
    assert attribution(one, "265410人", published="2016-08").program == "resident_medical_insurance"


def test_how_long_a_notice_stays_posted_is_no_figure_of_its_topic():
    # 公示期为7天: the notice's own schedule (governance), not a medical-security statistic
    page = "现将2021年度困难群众资助参保情况公示如下，公示期为7天。共资助参保1.31万人，资助资金301.2万元。"
    figures = {s: a for s, _, a in attributions(page, published="2022-03")}
    assert (figures["7天"].domain, figures["1.31万人"].domain) == ("governance", "medical_security")


def test_a_cap_set_as_a_multiple_of_farmers_net_income_is_the_schemes():
    # 最高支付限额提高到当地农民人均纯收入的8倍以上: the income only sets the cap (as 可支配收入的X% does); the income itself
    # (农民人均纯收入达到X元) stays the economy's
    page = "新农合住院报销比例提高到70%，最高支付限额提高到当地农民人均纯收入的8倍以上。全县农民人均纯收入达到7130元。"
    figures = {s: a for s, _, a in attributions(page, published="2012-03")}
    assert (figures["8倍以上"].domain, figures["7130元"].domain) == ("medical_security", "economy")


def test_rates_a_list_gives_in_turn_stay_statistics_of_their_own():
    # 报销比例分别为85%、65%、50%和40%: four rates, four facts, though two of them read the same words before them
    page = "2009年，住院补偿起付线：乡镇卫生院50元，县级医院150元，市级医院400元，市外医院600元；报销比例分别为85%、65%、50%和40%。"
    items = {s: a.item for s, _, a in attributions(page, published="2009-03")}
    assert len({items[s] for s in ("85%", "65%", "50%", "40%")}) == 4


def test_grave_illnesses_the_health_commission_treats_are_care_not_insurance():
    # 对罹患25种大病的贫困患者实行集中救治 / 9种大病纳入专项救治: treatment given (health_services), not diseases a scheme covers
    page = "全县对罹患21种大病的贫困患者实行集中救治，累计救治986人。大病保险起付线1.2万元。"
    figures = {s: a for s, _, a in attributions(page, published="2019-05")}
    assert (figures["21种"].domain, figures["1.2万元"].domain) == ("health_services", "medical_security")


def test_a_villager_named_before_what_he_holds_tells_his_own_bill_in_the_next_sentence():
    # 农民孙二柱拿着报销单对记者说。他这次住院共花费X元: his bill, one person's (§9), not the county's
    page = "3月初，刚出院的城关镇农民孙二柱拿着报销单对记者说。他这次住院共花费5230元，新农合给报了2100多元。"
    figures = {s: a for s, _, a in attributions(page, published="2008-03")}
    assert {figures[s].population for s in ("5230元", "2100多元")} == {"individual"}


def test_a_count_of_listed_projects_of_several_domains_counts_the_whole_programme():
    # 城乡居民养老保险、农村公路、危房改造等3项工程进度滞后: projects of several domains, counted together (§7 other);
    # 城乡低保、特困供养等2项工程 are one domain's
    page = ("今年1-5月，全市33项民生工程总体进展顺利。城乡居民养老保险、农村公路畅通工程、农村危房改造等3项工程进度滞后。"
            "城乡低保、特困供养等2项工程已完成年度任务。")
    figures = {s: a for s, _, a in attributions(page, published="2017-06")}
    assert (figures["3项"].domain, figures["2项"].domain) == ("other", "social_assistance")


def test_the_growth_of_a_count_no_metric_names_is_that_counts_not_the_next_figures():
    # 办理零星报销586件,同比减少31.2%,报销金额173.5万元: the fall of the claims counted, not of the money after it
    page = "今年以来，全县办理零星报销586件，同比减少31.2%，报销金额173.5万元。"
    figures = {s: a for s, _, a in attributions(page, published="2024-11")}
    assert (figures["31.2%"].metric, figures["173.5万元"].metric) == ("other", "amount")


def test_the_share_of_a_bill_all_layers_paid_together_is_a_reimbursement_rate():
    # 住院费用综合保障率达到87.1%: what basic insurance, critical-illness cover and assistance paid together (§9)
    page = "今年以来，全县脱贫人口住院费用综合保障率达到87.1%。"
    assert pm(page, "87.1%", published="2021-06") == ("basic_medical_insurance", "reimbursement_rate")


def test_hospitals_that_joined_the_schemes_settlement_system_are_its_service_points():
    # 全县7家定点医院全部接入国家异地就医结算系统: points of the scheme's service (§8), as 开通直接结算 is
    page = "截至目前，全县7家定点医院全部接入国家异地就医结算系统，全年办理异地就医直接结算3108人次。"
    assert pm(page, "7家", published="2019-12") == ("medical_security_services", "service_points")


def test_a_scheme_named_as_the_base_a_higher_layers_rate_is_measured_from_is_not_its_program():
    # 大病患者…实际报销比例在基本医保的基础上平均提高了12.4个百分点, 比基本医保单独报销提高了12.7个百分点: 大病保险's
    page = ("2020年全县大病保险赔付1.2万人次。大病患者住院费用实际报销比例在基本医保的基础上平均提高了12.4个百分点。"
            "大病患者住院费用政策内报销比例达到82.4%，比基本医保单独报销提高了12.7个百分点。")
    figures = {s: a for s, _, a in attributions(page, published="2021-01")}
    assert {figures[s].program for s in ("12.4个百分点", "12.7个百分点")} == {"critical_illness_insurance"}


def test_a_paragraph_naming_no_scheme_takes_the_one_its_headline_opens_with():
    # 某县城乡居民医保待遇再提升 大病保险取消封顶线 over 待遇方面,一级医院住院报销比例为85%: the resident scheme's
    page = ("某县城乡居民医保待遇再提升 大病保险取消封顶线\n\n"
            "待遇方面，一级医院住院政策范围内报销比例为85%，二级医院75%。")
    assert attribution(page, "85%", published="2019-08").program == "resident_medical_insurance"


def test_the_scheme_rate_of_a_level_of_care_listed_as_its_own_item_stays_medical_security():
    # 乡镇卫生院…由60%提高到70%,县级医院由45%提高到55%,起付线分别为80元和200元: 200元 is the county hospitals'
    # deductible, the scheme's (GUIDELINES §8), not a hospital's own figure
    page = ("全县新农合运行平稳。乡镇卫生院住院补偿比例由60%提高到70%,县级医院由45%提高到55%,"
            "起付线分别为80元和200元。")
    assert attribution(page, "200元", published="2012-03").domain == "medical_security"


def test_a_pastoral_countys_farming_population_is_no_count_of_enrollees():
    # 全旗农牧业人口约33.5万人,参合人数力争达到28万人以上: the population the scheme covers (as 农业人口), metric other
    page = "2007年某旗新农合工作启动。全旗农牧业人口约33.5万人，参合人数力争达到28万人以上。"
    figures = {s: a for s, _, a in attributions(page, published="2007-12")}
    assert (figures["约33.5万人"].metric, figures["28万人以上"].metric) == ("other", "insured_persons")


def test_the_people_a_clause_is_for_are_no_scheme_listed_before_the_next():
    # 对连续参保的居民,大病保险最高支付限额每年提高1000元: 居民 says whom, the clause's scheme is 大病保险, not both
    page = "今年我市对连续参保的居民，大病保险最高支付限额每年提高1000元，最多可提高四千元。"
    figures = {s: a for s, _, a in attributions(page, published="2025-02")}
    assert {figures[s].program for s in ("1000元", "四千元")} == {"critical_illness_insurance"}


def test_an_outpatient_scheme_for_special_diseases_named_disease_first_is_the_chronic_disease_outpatient_scheme():
    # 特殊疾病门诊补偿1.12万人次、补偿金额1500万元 (as 门诊特殊疾病): the chronic and special diseases' outpatient cover
    page = "2010年1-9月,全县新农合特殊疾病门诊补偿1.12万人次、补偿金额1500万元。\n"
    for surface in ("1.12万人次", "1500万元"):
        assert attribution(page, surface, published="2010-10").program == "chronic_disease_outpatient", surface


def test_a_premium_share_the_county_pays_for_the_poor_is_an_enrollment_subsidy_whatever_layer_the_sentence_before_names():
    # …同步纳入大病保险。贫困人口个人缴费部分由县财政按每人每年150元标准全额补贴,共补贴362.3万元; 个人缴费每人补助一百元;
    # …给予补贴,落实资金817.2万元: the subsidy's standard and what it paid, not the critical-illness or resident scheme's
    kw = dict(published="2017-11", home_name="岚县", home_code="141127")
    page = ("全县建档立卡贫困人口全部参加了城乡居民基本医疗保险,参保率100%,同步纳入大病保险。"
            "2017年度贫困人口个人缴费部分由县财政按每人每年150元标准全额补贴,共补贴362.3万元。\n"
            "县财政对建档立卡贫困户个人缴费每人补助一百元。\n"
            "2017年,低保对象个人缴费由县财政按每人60元的标准给予补贴,落实资金817.2万元。\n")
    for surface, metric in (("150元", "fiscal_subsidy"), ("362.3万元", None), ("一百元", "fiscal_subsidy"), ("817.2万元", "amount")):
        a = attribution(page, surface, **kw)
        assert a.program == "enrollment_subsidy" and (metric is None or a.metric == metric), surface


def test_the_lowest_place_of_a_ranking_after_a_semicolon_keeps_the_rate_the_run_named():
    # …甲县住院实际补偿比最高,为63.4%;乙县最低,为49.1%: the lowest place's figure is the same rate, not a rate of nothing
    page = "1-9月,全州新农合住院实际补偿比为56.2%,元阳县住院实际补偿比最高,为63.4%;河口县最低,为49.1%。\n"
    a = attribution(page, "49.1%", published="2012-10", home_name="红河哈尼族彝族自治州", home_code="532500")
    assert a.metric == "reimbursement_rate"


def test_a_share_left_to_the_patient_takes_its_own_clauses_program_and_stays_in_hospital_no_outpatient_benefits():
    # 三重保障报销后,个人自付比例控制在10%以内,门诊慢特病费用个人自付比例控制在20%以内: the first share is every layer's
    # (the basic insurance's, GUIDELINES §9), the second the outpatient benefit its own clause names; 全县贫困人口住院X人次
    # in the next sentence is no outpatient benefit's, whatever the sentence before named
    page = ("今年以来,全县建档立卡贫困人口住院费用经三重保障报销后,个人自付比例控制在10%以内,"
            "门诊慢特病费用个人自付比例控制在20%以内。1至6月,全县贫困人口住院1.05万人次,住院总费用6120万元。")
    assert pm(page, "10%以内", published="2019-07") == ("basic_medical_insurance", "other")
    assert pm(page, "20%以内", published="2019-07") == ("chronic_disease_outpatient", "other")
    assert pm(page, "1.05万人次", published="2019-07") == ("basic_medical_insurance", "person_times")


def test_the_items_of_a_numbered_point_take_the_rate_its_label_names():
    # （二）补偿比例。乡镇卫生院由75%提高到85%；县级定点医疗机构由55%提高到65%: each level's figures are the rate the
    # point's label names (GUIDELINES §8), though no clause of theirs names it
    page = ("二、调整内容\n　　（一）起付线。乡镇卫生院起付线由100元降为80元。\n"
            "　　（二）补偿比例。乡镇卫生院由70%提高到80%；县级定点医疗机构由50%提高到60%。\n")
    for surface in ("80%", "50%"):
        assert pm(page, surface, published="2011-04")[1] == "reimbursement_rate", surface


def test_the_assistances_own_comprehensive_cover_is_the_assistances():
    # 医疗救助综合保障2.4万人次: what medical assistance gives, under its own name; 三重保障综合保障后 names every layer
    page = "全年实施医疗救助综合保障1.9万人次，支出资金2870万元。经三重保障后，住院费用报销比例达到88%。"
    assert pm(page, "1.9万人次", published="2024-01") == ("medical_assistance", "person_times")
    assert pm(page, "88%", published="2024-01") == ("basic_medical_insurance", "reimbursement_rate")


def test_how_a_growth_ranks_and_the_next_places_bare_change_keep_the_metric_named_before():
    # 基金收入增幅最高,为16.2%: 最高 ranks the growth, it names no cap; 乙县同比下降5.4% after a ;: the same spending's fall
    page = ("2021年上半年全市医保基金运行情况\n\n分县看,甲区基金收入增幅最高,为16.2%。"
            "甲区居民医保基金支出同比增长11.8%,增幅全市最高;乙县同比下降5.4%。\n")
    figures = {s: a for s, _, a in attributions(page, published="2021-07")}
    assert (figures["16.2%"].metric, figures["16.2%"].change) == ("fund_income", "growth_rate")
    assert (figures["5.4%"].metric, figures["5.4%"].change) == ("amount", "growth_rate")


def test_shares_of_a_whole_are_other_whatever_their_list_or_clause_names():
    # 分别占全年预算的71.4%和76.9%: shares of the budget the paid sums and visits before are, no payment rate nor visits
    page = ("本报讯 今年1至6月,某县新农合共为参合农民补偿医药费用8216.5万元,补偿人次达到62.38万人次,"
            "分别占全年预算的71.4%和76.9%。县外住院人次占全部住院人次的比例为16.4%,较去年同期下降2.7个百分点。\n")
    figures = {s: a for s, _, a in attributions(page, published="2010-07")}
    assert (figures["71.4%"].metric, figures["76.9%"].metric) == ("other", "other")
    # the fall of the share: the share's, not a payment rate its 比例 would name
    assert (figures["2.7个百分点"].metric, figures["2.7个百分点"].change) == ("other", "delta")


def test_a_schemes_cap_per_person_and_year_is_no_funding_standard():
    # 每人每年门诊补偿上限一百元, 每人每年累计补偿不超过90元: the most it pays each person, other; 人均筹资 stays funding
    page = ("本报讯 2010年起,某县新农合门诊统筹每人每年门诊补偿上限一百元。新农合一般诊疗费每人每年累计补偿不超过90元。"
            "人均筹资标准提高到每人每年150元。\n")
    figures = {s: a for s, _, a in attributions(page, published="2010-03")}
    assert (figures["一百元"].metric, figures["不超过90元"].metric) == ("other", "other")
    assert figures["150元"].metric == "per_capita_funding"


@pytest.mark.parametrize("page, surface", [
    ("本报讯 今年某县大病保险资金按每人18元的标准从城乡居民医保基金中提取,共约634万元。\n", "约634万元"),
    ("本报讯 截至12月20日,全县城乡居民医保已缴费38.6万人,缴费金额1.42亿元。\n", "1.42亿元")])
def test_money_drawn_from_the_basic_fund_or_the_premiums_paid_are_a_schemes_income(page, surface):
    assert attribution(page, surface, published="2021-12").metric == "fund_income"


def test_money_right_after_the_visits_of_a_help_with_a_bare_comma_is_what_it_paid():
    # 住院救助4630人次,1206.8万元: as …人次、1206.8万元 and …人次,资金1206.8万元 are
    page = "某县2014年民政工作综述\n\n全年住院救助4630人次,1206.8万元;门诊救助1.52万人次,386.1万元。\n"
    figures = {s: a for s, _, a in attributions(page, published="2015-03")}
    assert (figures["1206.8万元"].metric, figures["386.1万元"].metric) == ("amount", "amount")


def test_the_share_of_patients_treated_outside_the_county_is_no_payment_rate():
    # 县外住院比例达到24%: a share of the admissions, not of a bill; 住院报销比例 still is
    page = "本报讯 本月新农合县外住院比例达到24%,较上月上升1.6个百分点;住院报销比例为66%。\n"
    figures = {s: a for s, _, a in attributions(page, published="2012-05")}
    assert (figures["24%"].metric, figures["1.6个百分点"].metric, figures["66%"].metric) == (
        "other", "other", "reimbursement_rate")


def test_a_list_led_by_a_years_projects_for_the_people_pays_no_premium():
    # 实施为民办实事项目:…财政补助标准提高到每人每年520元: the scheme's subsidy; 为 opens the list, it pays for no one
    page = "政府工作报告\n\n2021年,继续实施为民办实事项目:城乡居民医保参保率稳定在98%以上,财政补助标准提高到每人每年520元。\n"
    assert attribution(page, "520元", published="2021-02").program == "resident_medical_insurance"
