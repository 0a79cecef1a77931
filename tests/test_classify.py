"""Domain (GUIDELINES §7), medical-security program and metric (§8), change and per (§3) of a
figure, through extract.classify as DocumentContext.attribute uses it. Every sentence is
made up for these tests; the county is real, the facts and numbers are invented."""

from __future__ import annotations

import pytest

from extract.attribute import DocumentContext
from extract.breakdowns import link_figures
from extract.changes import change_of
from extract.classify import DocWords, domain_of
from extract.denominators import per_of
from extract.medical_metric import metric_of
from extract.spans import WordView, hits
from extract.normalise import normalise
from extract.scan import find_quantities
from extract.stock_flow import counts_members
from tests import harness

LEAD = "本报讯 平遥县民生工作扎实推进。"
PUBLISHED = "2025-11"


def attribution(sentence: str, surface: str, nth: int = 0):
    """The attribution of figure `surface` in a one-paragraph article: LEAD + sentence."""
    return harness.attribution(LEAD + sentence + "\n", surface, nth, published=PUBLISHED)


# ---------------------------------------------------------------- domains (§7)

DOMAINS = [
    # a share a scheme pays (按30%报销), whatever clinics its clause names
    ("村卫生室和乡镇卫生院就诊的普通门诊费用按30%报销。", "30%", "medical_security"),
    # the cause a clause after the figure gives (主要受…就诊增加影响) says why, not what the figure is about
    ("三季度,居民医保基金支出2.1亿元,当季居民住院8633人次,主要受暑期儿童呼吸道疾病就诊增加影响。", "8633人次", "medical_security"),
    # the households watched against falling back into poverty are rural work's, in a medical paragraph too
    ("县医保局落实三重制度保障。截至10月底,全县纳入防返贫动态监测的对象共1286户5412人,其中因病纳入监测的427户。",
     "427户", "agriculture_rural"),
    # a student grant (资助…大学新生) is education's, and so is its money in the clause after it; a premium
    # subsidy's money after its enrollees stays medical security's
    ("今年,全县新农合参合率98.2%。资助家庭经济困难大学新生860人,资助金额258万元。", "258万元", "education"),
    ("今年,资助困难群众参加城乡居民医保6200人,资助资金120万元。", "120万元", "medical_security"),
    # a rate whose clause names only whom (低保对象提高到70%) is the rate its sentence named before
    ("今年,将特困供养人员住院救助比例提高到100%,低保对象提高到70%。", "70%", "medical_security"),
    # a tax office's 增收 is premiums collected above last year's; 清理重复参保 counts the insured twice over
    ("截至12月10日，全县已征收城乡居民医保费6.58亿元，与上年同期相比，增收2130万元。", "2130万元", "medical_security"),
    ("今年以来，全县清理重复参保3162人。", "3162人", "medical_security"),
    # 征收养老保险 holds 收养 (a home's care of people in need) but is the pension premium collected
    ("2013年，全县共征收养老保险基金4.96亿元。", "4.96亿元", "employment_social_security"),
    # 农村低保 in a list of groups says who enrolled (农村低保、特困人员等农村低收入人口参保X人), not the allowance
    ("全县农村低保、特困人员等农村低收入人口参保2.35万人。", "2.35万人", "medical_security"),
    # roads to every village group (通组硬化路) and AEDs in public places are a 民生实事 list's own items
    ("一是农村“组组通”硬化路提质。全年完成通组硬化路建设213.6公里。", "213.6公里", "transport"),
    ("在公共场所新增配置AED 85台。", "85台", "health_services"),
    # the civil-affairs office's help after a scheme paid a patient's bill is medical assistance: 民政 names who pays
    ("共花去医疗费1.48万元,新农合报销7200元后,民政部门又救助了2500元。", "2500元", "medical_security"),
    # the backstop money paid after the schemes is medical assistance's (兜底资金), a 低保 backstop household is not
    ("贫困患者经三重保障后仍有困难的,由兜底保障解决,兜底资金已支付265万元。", "265万元", "medical_security"),
    # a pension pilot named in the sentence before, in the paragraph, and on the headline (新农保): its 参保 words are its
    ("某县新农保试点让农民老有所养\n\n今年1月,某县被确定为新型农村社会养老保险试点县。全县应参保农民3.2万人,"
     "已参保2.9万人,参保率90.6%。新农合参合率达96.8%。\n", "90.6%", "employment_social_security"),
    # students as a group a premium is set for are whom, not the topic; a school's own count stays education's
    ("城镇居民医保成年居民个人缴费80元;未成年人及在校学生个人缴费40元,政府补助90元。", "90元", "medical_security"),
    ("全县共有中小学校42所,在校学生3.6万人,专任教师2860人。", "3.6万人", "education"),
    # what the fund does to or for a hospital named in the clause is the fund's figure, not the hospital's
    ("县第二人民医院被追回医保基金42.6万元,县中医院被追回26.3万元。", "26.3万元", "medical_security"),
    ("某中心卫生院因违规收费被暂停协议6个月。", "6个月", "medical_security"),
    # a total spent on the programme named in the next clause spans every domain; a share of it is no spending on it
    ("今年以来,全市投入资金12.6亿元,确定的十件民生实事全部完成。其中,城乡居民医保参保率达96%。", "12.6亿元", "other"),
    ("全县发放城乡低保金2317万元。县财政配套低保资金从2018年的86万元增加到今年的240万元,占县本级民生支出的3.1%。",
     "240万元", "social_assistance"),
    # boarding schools' equipment is education's; the roads' safety barriers transport's
    ("为农村寄宿制学校配备直饮水设备38套,惠及学生8600余名。", "38套", "education"),
    ("全年实施公路安全生命防护工程72公里。", "72公里", "transport"),
    # women's cancer screening is health services', whoever is screened
    ("全年为1.2万名农村妇女开展两癌免费检查。", "1.2万名", "health_services"),
    # a people's congress's business counted in a government's report to it
    ("会议听取了关于最低生活保障工作情况的报告,并提出了5条审议意见。", "5条", "governance"),
    ("全年共办理人大代表建议62件,办结率100%。", "62件", "governance"),
    # a breakdown of assistance by the groups helped (按救助对象分:特困供养人员救助X人次、Y万元): the paragraph's topic
    ("全年实施医疗救助5.2万人次,支出救助资金3860万元。按救助对象分:特困供养人员救助6120人次、682万元;"
     "低保对象救助2.1万人次、1540万元。", "682万元", "medical_security"),
    # help money after medical assistance named before it is that assistance's, not the 低保's
    ("全年医疗救助1860人次,比上年多320人次;救助金额138万元。", "138万元", "medical_security"),
    ("对特困人员、低保对象实行医疗救助,截至9月底发放救助金96.4万元。", "96.4万元", "medical_security"),
    ("全年发放城乡低保救助金2860万元。", "2860万元", "social_assistance"),
    # a bulletin's beds and doctors per thousand residents: the denominator names no topic
    ("年末全县卫生机构实有床位2960张,每千常住人口床位6.8张。", "6.8张", "health_services"),
    ("年末全县卫生机构实有床位2960张,每千常住人口床位6.8张。", "2960张", "health_services"),
    # clinics counted as serving a scheme (纳入门诊统筹定点, 实现联网, 实行出院即报): the scheme's points
    ("全县18个乡镇卫生院、306个村卫生室均已纳入门诊统筹定点。", "306个", "medical_security"),
    ("目前全县16个定点乡镇卫生院全部实行“出院即报”。", "16个", "medical_security"),
    ("全县新建村卫生室30个,现有乡镇卫生院22个。", "22个", "health_services"),
    # windows where bills are settled, set up in hospitals: the hospitals are where, the windows the scheme's
    ("全县在县人民医院、县中医院和18个乡镇卫生院设立结算窗口21个。", "21个", "medical_security"),
    # a budget's revenue is the economy's; its fund budget, reserve and carry-over the purse's own (other),
    # whatever the items around them are about
    ("全县社会保障和就业支出5.6亿元,增长8%;一般公共预算收入18.3亿元,增长5.1%。", "18.3亿元", "economy"),
    ("社会保障和就业支出5.6亿元。政府性基金预算收入12.4亿元,下降21.5%。", "12.4亿元", "other"),
    ("预备费预算3000万元,实际动用2150万元,主要用于疫情防控和防汛救灾。", "2150万元", "other"),
    # groups of people named before their enrollment: whom the insurance's figure counts, not assistance
    ("全县特困人员、低保对象共8460人参保,个人缴费由财政全额代缴。", "8460人", "medical_security"),
    ("全县共有特困人员860人。", "860人", "social_assistance"),
    # a subsidy standard per enrolled person of each group: the groups named after it are whom it is for
    ("县财政资助困难群众参加城乡居民医保,每人资助标准为特困人员400元、低保对象280元。", "280元", "medical_security"),
    ("截至10月底,该县城乡居民医保参保人数达18.6万人。", "18.6万人", "medical_security"),
    ("县人民医院新增床位120张,引进医生36名。", "120张", "health_services"),
    ("县人民医院新增床位120张,引进医生36名。", "36名", "health_services"),
    ("县人民医院全年接诊门诊患者12.6万人次。", "12.6万人次", "health_services"),
    # what an insured patient pays himself is the schemes' measure (GUIDELINES §9 payment shares)
    ("全年全县乡镇卫生院住院次均费用2860元,住院患者个人负担比例为27.4%。", "27.4%", "medical_security"),
    ("镇卫生院负责人介绍,院内住院患者平均自付比例已降至16.5%。", "16.5%", "medical_security"),
    # a hospital built to serve a county or region, in a work report's run of social-security figures
    ("城镇登记失业率为3.6%。建成县级区域医疗中心3个。", "3个", "health_services"),
    # help for households left in hardship by an accident is assistance, not safety
    ("今年共救助因意外事故造成生活困难的家庭138户。", "138户", "social_assistance"),
    # the civil-affairs institutions listed after the old people's homes are assistance's
    ("年末全县有社会服务机构9个,其中敬老院7个,儿童福利院1所,救助站1处。", "1所", "social_assistance"),
    ("年末全县有社会服务机构9个,其中敬老院7个,儿童福利院1所,救助站1处。", "1处", "social_assistance"),
    # a bulletin's households are demographics, not farming
    ("年末全县总户数96820户,其中农业户61350户。", "96820户", "other"),
    ("年末全县总户数96820户,其中农业户61350户。", "61350户", "other"),
    # aid to students is education, not an enrollment subsidy
    ("全县今年共发放各类学生资助资金2870万元。", "2870万元", "education"),
    # an office's own staff, not its programme's people
    ("县医疗保障局下设县医保中心1个,在编人员42人。", "42人", "governance"),
    ("县医保局抽调干部职工860余人入户宣传居民医保政策。", "860余人", "governance"),
    ("县民政局从机关干部中选派21人,分成6个工作组入户发放救助金。", "6个", "governance"),
    ("新建标准化村卫生室32个。", "32个", "health_services"),
    ("全县共有中小学42所,在校学生3.1万名。", "42所", "education"),
    ("全县共有中小学42所,在校学生3.1万名。", "3.1万名", "education"),
    ("全县建成农村幸福院58个,为高龄老人发放补贴96万元。", "58个", "elderly_care"),
    ("全县建成农村幸福院58个,为高龄老人发放补贴96万元。", "96万元", "elderly_care"),
    ("今年城镇新增就业2860人,养老保险参保人数达21万人。", "2860人", "employment_social_security"),
    ("今年城镇新增就业2860人,养老保险参保人数达21万人。", "21万人", "employment_social_security"),
    ("全县发放城乡居民养老保险待遇1.6亿元。", "1.6亿元", "employment_social_security"),
    ("全县共有低保对象5600人,发放低保金2300万元。", "5600人", "social_assistance"),
    ("全县共有低保对象5600人,发放低保金2300万元。", "2300万元", "social_assistance"),
    ("今年全县粮食播种面积达到32万亩,每亩增收两千元。", "32万亩", "agriculture_rural"),
    ("今年全县粮食播种面积达到32万亩,每亩增收两千元。", "两千元", "agriculture_rural"),
    # 扶贫 is village assistance (§7); its health branch (健康扶贫, 健康脱贫) is medical security
    ("今年扶贫工程惠及4200人。", "4200人", "agriculture_rural"),
    ("资产收益扶贫:今年全县实施收益项目38个,覆盖行政村27个。", "38个", "agriculture_rural"),
    ("今年健康脱贫工程惠及4200人次。", "4200人次", "medical_security"),
    ("今年健康扶贫工程惠及4200人次。", "4200人次", "medical_security"),
    ("今年健康脱贫兜底保障惠及4200人次。", "4200人次", "medical_security"),
    ("今年消防部门排查火灾隐患1320处,整改燃气安全隐患460处。", "1320处", "environment_safety"),
    ("今年消防部门排查火灾隐患1320处,整改燃气安全隐患460处。", "460处", "environment_safety"),
    ("网格员累计化解矛盾纠纷860件,受理群众信访120件。", "860件", "governance"),
    ("网格员累计化解矛盾纠纷860件,受理群众信访120件。", "120件", "governance"),
    ("全县规模以上工业企业达到86户,完成固定资产投资42亿元。", "86户", "economy"),
    ("全县规模以上工业企业达到86户,完成固定资产投资42亿元。", "42亿元", "economy"),
    ("今年举办全民健身赛事36场,送戏下乡120场。", "36场", "culture_sports"),
    ("今年举办全民健身赛事36场,送戏下乡120场。", "120场", "culture_sports"),
    # households taken into the watch on falling back into poverty are rural work's, whatever illness put them at risk
    ("截至10月底,经核实纳入防止返贫监测对象286户1,093人,均已落实医疗救助等帮扶措施。", "1,093人", "agriculture_rural"),
    # what the medical-insurance fund pays for (vaccines too) is the fund's spending; a service hall's 医保窗口 is its
    ("全年医保基金支付新冠病毒疫苗及接种费用0.87亿元。", "0.87亿元", "medical_security"),
    ("政务服务大厅医保窗口全年办件9.2万件。", "9.2万件", "medical_security"),
    # how a government organises its answer to a congress's opinions on medical security is its own work
    ("县人民政府高度重视,召开专题会议研究部署,明确4个牵头部门、11项具体措施,逐条抓好落实。", "11项", "governance"),
    # who take part (参赛) are the event's: a sports event's or a science contest's
    ("全年举办各类体育赛事32次,参赛群众达2.6万人次。", "2.6万人次", "culture_sports"),
    ("举办青少年科技创新竞赛,参赛选手达860人。", "860人", "science_tech"),
    # 参保率 continues the insurance named before it in its sentence, and is medical when none is
    ("年末农村社会养老保险参保人数6.2万人,参保率达93%,其中60岁以上领取待遇1.1万人。", "93%",
     "employment_social_security"),
    ("年末农村社会养老保险参保人数6.2万人,参保率达93%,其中60岁以上领取待遇1.1万人。", "1.1万人",
     "employment_social_security"),
    ("截至9月底,按户籍人口计算的参保率稳定在96%以上。", "96%以上", "medical_security"),
    # the two disability subsidies are social assistance, a business-start loan an employment measure
    ("全年发放重度残疾人护理补贴980万元。高龄津贴1460万元惠及老人2.1万人。", "980万元", "social_assistance"),
    ("全年城镇新增就业3870人,发放创业担保贷款9600万元。", "9600万元", "employment_social_security"),
    # parks and green space are the environment
    ("新建城市公园3个,新增绿地面积4.8万平方米。", "3个", "environment_safety"),
    # a topic label opening the sentence (民生工程 reports) speaks with the figure's clause
    ("兜底医疗保障:“一站式”即时结算累计兜底2360人次。", "2360人次", "medical_security"),
    ("社会救助:全年医疗救助1.2万人次,临时救助860人次。", "1.2万人次", "medical_security"),
    # the label heads the whole ；-run after it, up to its full stop
    ("兜底医疗保障:“一站式”结算兜底2360人次;支付兜底资金512万元。", "512万元", "medical_security"),
    ("社会救助:全年医疗救助1.2万人次,临时救助860人次。", "860人次", "social_assistance"),
    # 农民 only says who the people are: it does not decide a figure against the scheme its sentence names
    ("去年全县新农合基金支出7130万元,受益农民达到41.8万人次。", "41.8万人次", "medical_security"),
    ("新型农村社会养老保险试点全面启动,年末参保农民36.2万人。", "36.2万人", "employment_social_security"),
    # visits of groups named with where they live, in a paragraph of medical assistance, are that assistance's
    ("今年全县累计实施城乡医疗救助3652人次。从救助对象看,农村五保对象和城市低保对象共获得救助2974人次。", "2974人次",
     "medical_security"),
    # poverty alleviation's own counts, among a work report's growth targets
    ("今年全县生产总值增长7%,固定资产投资增长12%,确保减少贫困人口0.9万人,18个贫困村出列。", "18个", "agriculture_rural"),
    ("今年全县生产总值增长7%,固定资产投资增长12%,减贫0.9万人,18个贫困村出列。", "0.9万人", "agriculture_rural"),
    # how many members a group has is about the group, whatever help the sentence goes on to tell of
    ("全乡共有低保对象418户905人,今年有63人享受了住院救助。", "905人", "social_assistance"),
    ("全乡共有低保对象418户905人,今年有63人享受了住院救助。", "63人", "medical_security"),
    ("城镇职工医疗保险参保人数1.8万人,参保率达98%。", "98%", "medical_security"),
    # the residents family doctors have signed up and their share, beside the word for residents
    ("全县组建家庭医生团队210个,累计签约常住人口26.4万人,签约率为38.2%。", "26.4万人", "health_services"),
    ("全县组建家庭医生团队210个,累计签约常住人口26.4万人,签约率为38.2%。", "38.2%", "health_services"),
    # long-term care insurance covering the employee scheme's insured is long-term care's
    ("目前,全市长期护理保险覆盖职工医保参保人员约41.2万人。", "约41.2万人", "elderly_care"),
    # the rural pension's short name; a school's unsafe buildings; exams and spending per pupil
    ("全县新农合参合率98.6%,新农保参保2.1万人。", "2.1万人", "employment_social_security"),
    ("全县新建农房1200户,中小学危房改造4.5万平方米。", "4.5万平方米", "education"),
    ("全县建成保障房800套,高考二本以上上线781人。", "781人", "education"),
    # who draws the allowance is the allowance's count, beside a paragraph's insurance
    ("年末参加城乡居民医保38.2万人。全年为2.1万名困难群众代缴医保个人缴费。年末享受农村低保的有4.1万人,城市低保0.8万人。",
     "4.1万人", "social_assistance"),
    ("年末参加城乡居民医保38.2万人。全年为2.1万名困难群众代缴医保个人缴费。年末享受农村低保的有4.1万人,城市低保0.8万人。",
     "0.8万人", "social_assistance"),
    # a shield word keeps a shorter one inside it from being read: 农业人口 is no farming
    ("全省新农合县将达到90个,覆盖农业人口3500多万人。", "3500多万人", "medical_security"),
    ("累计建成1620个村级医保服务站,覆盖1900个村。", "1620个", "medical_security"),
    ("全市异地就医定点医院开通率为100%。", "100%", "medical_security"),
    # health outcomes and the means of care are health services, also beside insurance
    ("参合率保持在98%。去年全县婴儿死亡率、孕产妇死亡率依次降至4.3‰和11.3/10万。", "4.3‰",
     "health_services"),
    ("居民医保实现应保尽保,全县千人口病床数、卫生技术人员数依次为4.1张、5.2人。", "5.2人", "health_services"),
    # a population's births and growth are demographics: no domain of care
    ("去年县内出生人口1960人,人口出生率7.9‰,死亡率4.7‰,人口自然增长率3.2‰。", "1960人", "other"),
    ("去年县内出生人口1960人,人口出生率7.9‰,死亡率4.7‰,人口自然增长率3.2‰。", "7.9‰", "other"),
    ("去年县内出生人口1960人,人口出生率7.9‰,死亡率4.7‰,人口自然增长率3.2‰。", "3.2‰", "other"),
    # and so are its deaths (a mother's or an infant's death rate is a health outcome, above)
    ("去年县内出生人口1960人,人口出生率7.9‰,死亡率4.7‰,人口自然增长率3.2‰。", "4.7‰", "other"),
    ("全年出生人口2210人,出生率6.9‰;死亡人口2054人,死亡率6.4‰。", "2054人", "other"),
    # the watch on households at risk of falling back into poverty is rural work, in a medical report too
    ("全县建立防贫监测预警机制,目前共纳入防贫监测对象1862户6417人,已通过医疗救助消除风险1203户。", "6417人", "agriculture_rural"),
    # money paid out for a public-health service is health care's, though 拨付 is also what a fund does for a hospital
    ("基本公共卫生服务人均财政补助标准提高到84元,全年拨付项目资金3265万元。", "3265万元", "health_services"),
    ("县人民医院因违规使用医保基金被追回12.6万元。", "12.6万元", "medical_security"),
    # the parts of long-term care insurance's funding, one drawn from the medical fund, are long-term care's
    ("2019年,长期护理保险筹资标准为每人每年120元,其中从医保统筹基金中划转60元,个人缴纳30元,财政补助30元。", "60元",
     "elderly_care"),
    ("2019年,长期护理保险筹资标准为每人每年120元,其中从医保统筹基金中划转60元,个人缴纳30元,财政补助30元。", "30元",
     "elderly_care"),
    # and so is the insurance under its other names (基本照护保险, 长护保险)
    ("2021年,全市基本照护保险基金支出8620万元。", "8620万元", "elderly_care"),
    # how the households illness made poor have changed, and what share of the poor they are, is rural work's too;
    # a share the scheme pays the poor is not
    ("健康扶贫成效明显,因病致贫户由2016年的2861户下降到目前的1534户,减少1327户。", "1534户", "agriculture_rural"),
    ("健康扶贫成效明显,因病致贫户由2016年的2861户下降到目前的1534户,减少1327户。", "1327户", "agriculture_rural"),
    ("县医保局落实三重保障,因病致贫户占贫困户总数的比例由36.2%下降到11.4%。", "11.4%", "agriculture_rural"),
    ("县医保局落实三重保障,全县因病致贫返贫户较上年减少六成以上。", "六成以上", "agriculture_rural"),
    ("县医保局落实三重保障,贫困人口住院费用报销比例达到90%。", "90%", "medical_security"),
    # unemployment insurance refunded to firms that keep their staff is jobs, not the firms
    ("年末参加失业保险人数1.86万人,全年为642户企业发放稳岗返还资金318万元。", "318万元", "employment_social_security"),
    ("年末参加失业保险人数1.86万人,全年为642户企业发放稳岗返还资金318万元。", "642户", "employment_social_security"),
    # a bulletin's civil-affairs inventory: social-service institutions and beds are assistance,
    # community service centres and stations community governance (not the insurance before them)
    ("年末全县城乡居民养老保险参保21万人。年末全县共有社会服务机构12个,拥有社会服务床位1460张;社区服务中心9个,社区服务站86个。", "12个", "social_assistance"),
    ("年末全县城乡居民养老保险参保21万人。年末全县共有社会服务机构12个,拥有社会服务床位1460张;社区服务中心9个,社区服务站86个。", "1460张", "social_assistance"),
    ("年末全县城乡居民养老保险参保21万人。年末全县共有社会服务机构12个,拥有社会服务床位1460张;社区服务中心9个,社区服务站86个。", "9个", "governance"),
    ("年末全县城乡居民养老保险参保21万人。年末全县共有社会服务机构12个,拥有社会服务床位1460张;社区服务中心9个,社区服务站86个。", "86个", "governance"),
    # a pension page's 参保 and 缴费 in sentences that name no insurance are pension's; where the
    # page also names medical insurance they stay medical security
    ("全县城乡居民养老保险参保28万人。今年个人缴费标准分为每年200元至3000元共12个档次,选择较高档次的参保人员1.1万人。",
     "1.1万人", "employment_social_security"),
    ("全县城乡居民养老保险参保28万人。今年个人缴费标准分为每年200元至3000元共12个档次,选择较高档次的参保人员1.1万人。",
     "200元", "employment_social_security"),
    ("全县城乡居民养老保险参保28万人,城乡居民医保参保41万人。今年个人缴费标准为每年380元,资助参保1.1万人。",
     "380元", "medical_security"),
    ("全县城乡居民养老保险参保28万人。城乡居民医保个人缴费标准为每年380元。", "380元", "medical_security"),
    ("去年发放各类救助资金2.37亿元,资助4.6万名困难群众参加基本医疗保险。", "2.37亿元", "social_assistance"),
    ("去年发放各类救助资金2.37亿元,资助4.6万名困难群众参加基本医疗保险。", "4.6万名", "medical_security"),
    # how many members a group has is read from the group before the count, not the next item's words
    ("全县共有城市低保对象3240人、农村低保对象2.18万人。", "3240人", "social_assistance"),
    # also listed with 分别, and the changes paired with them, beside a sentence on medical assistance
    *[("全县城市、农村低保对象分别为2140人和15860人,比上年分别减少96人、720人。全年医疗救助1.2万人次。", s,
       "social_assistance") for s in ("2140人", "15860人", "96人", "720人")],
    # a funding standard's tiers by who is insured (学生, 成年居民) are the scheme's, not education's
    ("今年筹资标准分两档:学生和少年儿童每人每年100元,其中个人缴纳30元;成年居民每人每年260元。", "100元",
     "medical_security"),
    ("今年筹资标准分两档:学生和少年儿童每人每年100元,其中个人缴纳30元;成年居民每人每年260元。", "30元",
     "medical_security"),
    ("参保居民住院,起付标准按医院等级分别为200元、400元、600元。", "400元", "medical_security"),
    # the cost of care an insurer counts, also beside the hospital that gave it (GUIDELINES §9 住院总费用)
    ("今年6月,患者被送往县人民医院,住院23天,总费用36420元。", "36420元", "medical_security"),
    ("今年全县住院患者例均费用比上年下降312.5元。", "312.5元", "medical_security"),
    # disaster relief is hardship support, not medical assistance
    ("年内全县受灾人口约21万人。全年下拨救灾款820万元,救助受灾群众8.3万人次。", "8.3万人次", "social_assistance"),
    ("年内全县受灾人口约21万人。全年下拨救灾款820万元,救助受灾群众8.3万人次。", "约21万人", "social_assistance"),
    ("今年的预期目标是:城乡居民收入分别增长8%、9%左右;城镇新增就业1.5万人。", "8%", "economy"),
    ("五年累计用于民生领域的财政支出达到386亿元,年均增长11.2%。累计新增城镇就业7.8万人。", "386亿元", "other"),
    # assistance's share of what patients pay within the schemes' list is medical assistance
    ("特困人员政策范围内个人自付费用按100%救助,低保对象按75%救助。", "75%", "medical_security"),
    # visits of groups named after a form of help take their topic from it
    ("全年医疗救助支出3770万元。在医疗救助对象中,特困人员1.1万人次、低保对象3.2万人次。", "3.2万人次", "medical_security"),
    # a scheme's rates at levels of care listed as 分别 items are the scheme's
    ("新农合在乡镇卫生院、县级医院、市外医院的住院报销比例分别为90%、75%、50%。", "90%", "medical_security"),
    # a change that opens its clause is of the figure right before it, whatever else its sentence names
    ("全县医院县域内就诊率90.2%;住院次均费用8746元,同比下降3.2%。", "3.2%", "medical_security"),
    ("全市共有医疗卫生机构512个,编制床位6150张。", "6150张", "health_services"),
    # major diseases are a medical-security matter (重大疾病医疗救助), their control is public health
    ("截至目前,全县已救助重大疾病患者860人次。", "860人次", "medical_security"),
    ("今年全县加强重大疾病防控,排查患者860人。", "860人", "health_services"),
    # long-term care insurance is elderly care (§9); first-aid training is health care
    ("去年启动长期护理保险试点,目前长护险覆盖4.2万人。", "4.2万人", "elderly_care"),
    ("全年培训应急救护员1.8万人次。", "1.8万人次", "health_services"),
    # rehabilitation for the disabled is disability support, not health care; their premiums
    # paid by others stay medical security
    ("今年残疾人康复项目为320名困难群众发放补助41万元。", "41万元", "social_assistance"),
    ("今年全县孤独症儿童康复救助186人。", "186人", "social_assistance"),
    # the two disability allowances and the groups they are paid to, after a paragraph on medical assistance
    ("全年医疗救助资金支出5430万元,资助参保7.45万人。\n【残疾人两项补贴】 全年为1.52万名困难残疾人、2.16万名重度残疾人"
     "发放生活补贴和护理补贴共5320万元。", "5320万元", "social_assistance"),
    ("今年为重度残疾人代缴医保费,资助参保830人。", "830人", "medical_security"),
    # a count of an area's livelihood projects, or its livelihood spending, spans every domain;
    # a named class of them (…教育类民生工程) and a domain word between keep the domain
    ("今年城乡低保、住院救助等5项民生工程推进顺利。", "5项", "other"),
    # (the programme under other names: 重点民生建设项目, 民心工程)
    ("今年全市安排重点民生建设项目22项,计划总投资16.8亿元。", "16.8亿元", "other"),
    ("截至9月底,20项民心工程累计完成投资13.48亿元。", "13.48亿元", "other"),
    ("全县8类27项为民办实事任务已完成。", "8类", "other"),
    ("全县8类27项为民办实事任务已完成。", "27项", "other"),
    ("去年民生支出占一般公共预算支出的72.5%。", "72.5%", "other"),
    ("去年全市民生类支出达到36.4亿元,城镇新增就业4100人。", "36.4亿元", "other"),
    ("全年用于民生的支出21.7亿元,占财政支出的76.1%,新建保障性住房300套。", "21.7亿元", "other"),
    ("全年民生支出9.8亿元,占全县财政支出的78.2%,城镇新增就业2150人。", "78.2%", "other"),  # the share of the clause before
    # the institutions a scheme pays, in an article about its payment reform, are the scheme's;
    # what they do with no scheme beside it is health care
    ("县医保局开展DRG付费改革清算。2023年,全县医疗机构的住院例均费用比上年下降416.3元。", "416.3元",
     "medical_security"),
    ("全县医疗机构床位使用率达到86%。", "86%", "health_services"),
    # the civil-affairs bureau's medical assistance for listed groups is medical assistance
    ("通过民政医疗救助对低保对象、特困人员和孤儿实施救助2.86万人次,支出救助资金2310万元。", "2.86万人次",
     "medical_security"),
    # the parts of a long-term care premium are long-term care's: 个人缴 names whose share, not a scheme
    ("长护险筹资标准为每人每年120元,其中个人缴纳40元,财政补助40元。", "40元", "elderly_care"),
    # and so is a change that opens its clause, whatever the next sentence is about
    ("五年来全县民生支出累计达到86.2亿元,年均增长17.4%。新农合参合率提高到98.6%。", "17.4%", "other"),
    # a programme named in an earlier clause goes on as the subject of its investment and projects
    ("据悉,今年全县确定的12件民生实事,截至8月底已完成投资5.36亿元,占年度计划的76.4%,其中7件已完成。",
     "5.36亿元", "other"),
    ("据悉,今年全县确定的12件民生实事,截至8月底已完成投资5.36亿元,占年度计划的76.4%,其中7件已完成。",
     "76.4%", "other"),
    ("据悉,今年全县确定的12件民生实事,截至8月底已完成投资5.36亿元,占年度计划的76.4%,其中7件已完成。",
     "7件", "other"),
    ("今年12件民生实事进展顺利,新农合参合率达到98.6%。", "98.6%", "medical_security"),
    ("今年3项基础教育类民生工程全部完工。", "3项", "education"),
    # collecting premiums is the insurance's named before; an enumeration's point names it for the sentences after
    ("今年城乡居民养老保险参保人数达到38.2万人;1-10月共征缴个人保费0.86亿元。", "0.86亿元", "employment_social_security"),
    ("一是新农合参合率逐年提高。全乡参合农民21436人。二是新型农村社会养老保险全面推开。全乡参保人员12058人,参保率95%。",
     "12058人", "employment_social_security"),
    ("一是新农合参合率逐年提高。全乡参合农民21436人。二是新型农村社会养老保险全面推开。全乡参保人员12058人,参保率95%。",
     "21436人", "medical_security"),
    # a medical scheme named after a pension clause of the run is the nearer one
    ("城乡居民基本养老保险参保人数达到25.4万人;城乡居民医保参保43.7万人,参保率稳定在97%以上。", "97%以上", "medical_security"),
    # a fund's raising and spending are the insurance's named before them, in the sentence or the headline
    ("目前全市长期护理保险覆盖城镇职工约52万人,筹资标准为每人每年90元。", "90元", "elderly_care"),
    ("今年1-10月,全市长期护理保险新增享受待遇人员1920人,基金支出2450万元。", "2450万元", "elderly_care"),
    # 其中 before 医… reads no 中医 (traditional medicine) across it; social assistance at large is its own
    ("全年社会救助支出8620万元,其中医疗救助支出1350万元,惠及困难群众1.6万人次。", "1350万元", "medical_security"),
    ("全年社会救助支出8620万元,其中医疗救助支出1350万元,惠及困难群众1.6万人次。", "8620万元", "social_assistance"),
    ("全县有医疗机构20家,其中中医院2家。", "2家", "health_services"),
    # a 分别 list of care levels: a level alone (县级) and a level and above (市级及以上医院) are items too
    ("城乡居民医保政策范围内,乡镇卫生院、县级、市级及以上医院住院报销比例分别为90%、80%、60%。", "80%", "medical_security"),
    ("城乡居民医保政策范围内,乡镇卫生院、县级、市级及以上医院住院报销比例分别为90%、80%、60%。", "60%", "medical_security"),
    ("职工医保普通门诊在一级及以下医疗机构、二级医院、三级医院就医的,报销比例分别为80%、70%、60%。", "60%",
     "medical_security"),
    # a budget's spending classes are their domains'; its whole spending spans them all
    ("1-6月全县一般公共预算支出完成12.4亿元,同比增长6.2%。其中:社会保障和就业支出2.1亿元,卫生健康支出1.35亿元,"
     "教育支出3.02亿元,分别增长8.4%、5.1%和3.3%。", "12.4亿元", "other"),
    ("1-6月全县一般公共预算支出完成12.4亿元,同比增长6.2%。其中:社会保障和就业支出2.1亿元,卫生健康支出1.35亿元,"
     "教育支出3.02亿元,分别增长8.4%、5.1%和3.3%。", "2.1亿元", "employment_social_security"),
    ("1-6月全县一般公共预算支出完成12.4亿元,同比增长6.2%。其中:社会保障和就业支出2.1亿元,卫生健康支出1.35亿元,"
     "教育支出3.02亿元,分别增长8.4%、5.1%和3.3%。", "5.1%", "health_services"),
    ("今年民生工程之一的医疗救助支出860万元。", "860万元", "medical_security"),
    ("今年民生工程医保参保人数达12万人。", "12万人", "medical_security"),
    # the social insurances taken together are social security, not one scheme
    ("年末全市参加城乡居民基本医疗保险212.6万人。年末全市各项保险基金收入96.2亿元。", "96.2亿元",
     "employment_social_security"),
    ("全年征收五项社会保险费7.46亿元,另有职工医保参保12.1万人。", "7.46亿元", "employment_social_security"),
    # a family doctor's share of the residents is care's, not the population's
    ("截至3月底,全县常住人口签约率达43.5%,重点人群签约率82.1%。", "43.5%", "health_services"),
    # enrollees counted out of a population are enrollment's, not the population's
    ("截至11月底,全县户籍人口参保31.62万人。", "31.62万人", "medical_security"),
    # a scheme's reimbursement at its designated hospitals is the scheme's, not the hospitals'
    ("县人民医院等三家县级定点医院住院补偿比例提高到58%。", "58%", "medical_security"),
    ("明年乡镇卫生院住院补偿比再提高3个百分点。", "3个百分点", "medical_security"),
    ("县人民医院新增床位80张。", "80张", "health_services"),
    # the bare items of a list take the topic its label names; an item with words of its own, or
    # a speaker before the colon, does not
    ("二、住院补偿比例:乡镇卫生院85%,县级医院65%,县外医院50%。", "65%", "medical_security"),
    ("一、起付线:乡镇卫生院100元,县级医院300元。", "300元", "medical_security"),
    ("重点工作:新建乡镇卫生院3所,改造村卫生室20个。", "3所", "health_services"),
    ("县医保局负责人介绍:全县新建村卫生室26个。", "26个", "health_services"),
    # sanitation: public toilets are the environment's
    ("今年全县新建改建公共厕所46座。", "46座", "environment_safety"),
    # 分别 items that only name groups of people say whom the figures are for; the clause says
    # what they are about (an item that names a topic still decides)
    ("今年特困人员、低保对象住院医疗救助比例分别提高到90%和75%。", "90%", "medical_security"),
    ("今年特困人员、低保对象住院医疗救助比例分别提高到90%和75%。", "75%", "medical_security"),
    ("今年全县低保对象、特困人员分别发放救助金1260万元和380万元。", "1260万元", "social_assistance"),
    # … and where the clause only names the groups, the sentence says what the figures are about
    ("住院救助方面,对特困人员、低保对象的救助比例分别为100%、75%。", "75%", "medical_security"),
    # money invested is the topic's it is invested in (投资 only colours); residential compounds are housing's
    ("今年全县新建改建公办幼儿园6所,总投资1.15亿元。", "1.15亿元", "education"),
    ("今年县城计划改造老旧住宅23个小区、惠及居民2900余户,已开工19个。", "19个", "housing"),
    # premiums paid for others (代缴) are the insurance's named before them
    ("今年县财政为困难群体代缴养老保险费,已为9800人代缴保费98万元。", "98万元", "employment_social_security"),
    ("今年县财政为困难群体代缴医保费,已为9800人代缴保费98万元。", "98万元", "medical_security"),
    # a pension drawn is the pension insurance's; people's satisfaction is governance's
    ("截至年底,全县领取养老待遇人员6.1万人。", "6.1万人", "employment_social_security"),
    ("年末全县农村养老保险参保15.2万人,60周岁以上领取待遇的老人2.94万人。", "2.94万人", "employment_social_security"),
    ("全年十件民生实事全部完成,群众满意度保持在92%以上。", "92%以上", "governance"),
    # a clause that says whom its sentence's work reached (惠及…) takes the sentence's topic
    ("全年代缴困难群众个人保费约2310万元,惠及特困、低保、监测对象等5.6万人。", "5.6万人", "medical_security"),
    ("全年发放城乡低保金3200万元,惠及低保对象1.1万人。", "1.1万人", "social_assistance"),
    ("全县新建村级幼儿园9所,惠及儿童1200余名。", "1200余名", "education"),
    # a window's handling of business (办结, 办件) is the office's whose window it is
    ("上半年县医保服务大厅共受理业务3.9万件,办结3.8万件,办结率97.4%。", "3.8万件", "medical_security"),
    ("上半年县医保服务大厅共受理业务3.9万件,办结3.8万件,办结率97.4%。", "97.4%", "medical_security"),
    ("上半年县政务服务中心共办结各类事项12.6万件。", "12.6万件", "governance"),
    ("全年12345热线受理群众诉求2.1万件,办结率99%。", "99%", "governance"),
    # all the social insurances' benefits together are social security's, after a 新农合 sentence too
    ("全年新农合基金支出3.6亿元。全年征缴各项社会保险基金18.6亿元;支付各项社会保险待遇15.9亿元。", "15.9亿元",
     "employment_social_security"),
    ("全年12345平台转办工单3260件,办结率98%。", "98%", "governance"),
    # a figure that happens to be written 12345 is no hotline
    ("全年城乡居民医保基金收入12345万元,支出9876万元。", "9876万元", "medical_security"),
    # how many members each group of a list has, at the year's end, after a paragraph on medical assistance
    ("全年支出医疗救助资金9380万元。年末全市共有城市低保对象1.82万人、农村低保对象5.64万人;城市低保平均标准每人每月637元。",
     "5.64万人", "social_assistance"),
    ("全年支出医疗救助资金9380万元。年末全市共有城市低保对象1.82万人、农村低保对象5.64万人;城市低保平均标准每人每月637元。",
     "637元", "social_assistance"),
    # a 低保 household's top-up is the allowance's; a village health station is a health service
    ("全年实施城乡医疗救助6.3万人次。城镇低保平均补差水平每人每月393元。", "393元", "social_assistance"),
    ("全年实施城乡医疗救助6.3万人次,全市新建村卫生站42个。", "42个", "health_services"),
    # rural drinking water is a rural project, school buildings education's, pre-pregnancy checks a health service
    ("全年新建农村饮水安全工程32处,解决4.2万农村人口饮水不安全问题。", "32处", "agriculture_rural"),
    ("新建改造饮用水管网45公里,惠及学校师生和周边群众1.8万人。", "45公里", "agriculture_rural"),
    ("学生营养餐惠及8200人;农村规模化供水覆盖率达到91%。", "91%", "agriculture_rural"),
    # the hardship support's standards graded by care levels are its own, not elderly care's; the allowance's rolls
    # checked after a section on medical assistance are the allowance's
    ("特困人员基本生活标准提高到每人每月1210元,照料护理标准按全自理、半失能、全失能分别为每人每月280元、650元、1880元。",
     "650元", "social_assistance"),
    ("三、完善医疗救助\n对特困人员参加城乡居民医保给予全额资助,住院救助比例为80%。\n四、加强规范管理\n"
     "开展城乡低保专项核查,共清退不符合条件对象512户1088人。", "1088人", "social_assistance"),
    ("实施中小学校舍安全工程,完成改造12.6万平方米。", "12.6万平方米", "education"),
    ("为1.1万对夫妇提供免费孕前优生检查。", "1.1万对", "health_services"),
    # fund supervision: money recovered from a hospital it inspected, and its unannounced inspections
    ("某民营医院因虚构诊疗项目被追回医保资金326.8万元,并处罚款653.6万元。", "326.8万元", "medical_security"),
    ("全年市级组织飞行检查3次。", "3次", "medical_security"),
    # settling at a hospital is the scheme's business, and so is paying hospitals by disease group
    ("今年职工医保门诊统筹结算1.2万人次。其中,在县人民医院结算6210人次。", "6210人次", "medical_security"),
    ("全年DRG付费覆盖全县三家二级医院。", "三家", "medical_security"),
    # registering marriages is an administrative service, after a paragraph on assistance or elderly care
    ("全年发放低保资金1.12亿元,特困供养对象3026人。全年办理结婚登记2105对。", "2105对", "governance"),
    # people in flexible work are a group whose insurance a sentence is about, not a word of jobs
    ("全县新增灵活就业参保人员2674人。", "2674人", "medical_security"),
    ("全县新增城镇就业3120人,其中灵活就业860人。", "860人", "employment_social_security"),
    # the allowance paid each month per head is the allowance's standard, in a paragraph about insurance too
    ("资助贫困群众参保62.3万人,代缴保费共计1.1亿元。城乡低保月人均补助水平分别达到420元、260元。", "260元",
     "social_assistance"),
    # a village's service post serves what its page is about: a medical-security page's posts are its own
    ("某县医保经办服务情况\n\n单位:个、件\n\n镇 | 村级服务点 | 受理业务量\n城关镇 | 28 | 16420\n新集镇 | 31 | 12795\n",
     "28", "medical_security"),
    # those who draw the allowance, as the subject of a count or its change, after sentences on insurance
    ("全年医疗救助支出1720万元,资助6020名困难群众参加基本医疗保险。低保对象减少946人,降至1.03万人。", "946人",
     "social_assistance"),
    ("城乡居民医保基金支出12.6亿元。城乡低保对象分别减少360人、2000人,同比分别下降4.0%、3.5%。", "2000人",
     "social_assistance"),
    # and as whom a clause on insurance is about, the insurance's
    ("全县低保对象参保率达到100%,对低保对象每人资助280元。", "100%", "medical_security"),
    ("全县低保对象参保率达到100%,对低保对象每人资助280元。", "280元", "medical_security"),
    # hospitals linked up for settling bills across regions, and the share of clinics linked: the insurance's network
    ("全县跨省联网医院增至12家,乡镇卫生院联网率达到100%。", "12家", "medical_security"),
    ("全县跨省联网医院增至12家,乡镇卫生院联网率达到100%。", "100%", "medical_security"),
    ("县内3家联网医院为外省参保患者门诊结算1650人次。", "1650人次", "medical_security"),
    # households newly watched for falling back into poverty, or whose risk was removed, are rural assistance work,
    # whatever illness or help put them at risk; the watched group's insurance stays medical security
    ("对自付费用超过1万元的患者逐一核查,其中因病新识别纳入监测对象的有63户218人。", "63户", "agriculture_rural"),
    ("通过落实医疗救助、临时救助等帮扶措施,年内已消除风险812户。", "812户", "agriculture_rural"),
    ("全县脱贫人口和防返贫监测户参保率保持在100%。", "100%", "medical_security"),
    # (资助 is the scheme's on a page that names one: 资助 alone names no topic, see scheme_help_words.txt)
    ("县医保局落实参保资助政策,对未消除风险的脱贫人口按每人每年50元给予资助。", "50元", "medical_security"),
    # aid to schooling (教育资助) is education's, not an enrollment subsidy (资助)
    ("全县发放各类教育资助资金8620万元。", "8620万元", "education"),
    # the 五保 elderly a home keeps are assistance's, not elderly care's
    ("年末全县敬老院集中供养五保老人615人。", "615人", "social_assistance"),
    # how many a roll of the poor holds is poverty-alleviation work's, in a medical paragraph too (and its parts);
    # how many of them are insured, and those helped to enroll, are the scheme's
    ("落实贫困人口全员参保。全县建档立卡贫困户(含已脱贫户)共有13120户。", "13120户", "agriculture_rural"),
    ("健康扶贫成效明显。全县有建档立卡贫困户4120户,其中因病致贫返贫1130户。", "1130户", "agriculture_rural"),
    # (the page's own county named as 该县; the parts of the roll whom illness made or kept poor)
    ("截至目前,该县共有建档立卡贫困人口2.87万户9.64万人,其中因病致贫、因病返贫8763户2.65万人。全县贫困人口参保率100%。",
     "9.64万人", "agriculture_rural"),
    ("截至目前,该县共有建档立卡贫困人口2.87万户9.64万人,其中因病致贫、因病返贫8763户2.65万人。全县贫困人口参保率100%。",
     "2.65万人", "agriculture_rural"),
    ("健康扶贫成效明显。全县建档立卡贫困人口1.52万人全部参保。", "1.52万人", "medical_security"),
    ("健康扶贫成效明显。全县建档立卡贫困人口30516人参加城乡居民医保。", "30516人", "medical_security"),
    # the schemes' own poverty work, read whole
    ("脱贫攻坚以来,累计投入医疗保障扶贫资金1.3亿元。", "1.3亿元", "medical_security"),
    ("全县资助建档立卡贫困人口参保1.52万人。", "1.52万人", "medical_security"),
    # what fund supervision finds a clinic doing is the fund's loss, whatever institution the sentence names
    ("某村卫生室以义诊为名诱导村民挂床住院,套取基金3.2万元。", "3.2万元", "medical_security"),
    # what each of the scheme's groups pays is the scheme's, whichever group (elders, pupils) it is
    ("城乡居民医保个人缴费标准为:老年人和劳动年龄内居民每人每年380元,学生儿童每人每年345元。", "380元", "medical_security"),
    ("城乡居民医保个人缴费标准为:老年人和劳动年龄内居民每人每年380元,学生儿童每人每年345元。", "345元", "medical_security"),
    ("居民医保个人缴费成人每人每年180元,学生儿童每人每年90元,财政补助每人每年420元。", "420元", "medical_security"),
    ("全县为困难学生发放营养补助,学生每人每年800元。", "800元", "education"),
    # a budget's totals under their older names are the public purse's, whatever the next sentence is about
    ("2012年全县财政总收入完成30526万元,比上年增收4312万元。全县新农合参合率达98%。", "30526万元", "economy"),
    ("2012年全县财政总收入完成30526万元,比上年增收4312万元。全县新农合参合率达98%。", "4312万元", "economy"),
    ("全县财政总支出86412万元,比上年增长23.8%。全县新农合参合率达98%。", "86412万元", "other"),
    ("今年县财政安排免费医疗资金1.5亿元,占地方财政收入的比重不到5%。", "1.5亿元", "medical_security"),
    # the 五保 kept in a home are assistance's, and so is the allowance's monthly average, whatever scheme the paragraph names
    ("全县农村五保对象2468人,在乡镇敬老院集中供养的有713人,集中供养率为28.9%。", "713人", "social_assistance"),
    ("年末全市有城市低保对象5632人,月人均补助水平316元。全年城乡医疗救助3.86万人次。", "316元", "social_assistance"),
    ("全县新建敬老院3所,新增床位120张。", "120张", "elderly_care"),
    # each labelled figure of a 、 list is about its own item, whatever the other items name
    ("全年发放低保资金1.2亿元、养老服务补贴3000万元、医疗救助资金2000万元。", "1.2亿元", "social_assistance"),
    ("全年发放低保资金1.2亿元、养老服务补贴3000万元、医疗救助资金2000万元。", "3000万元", "elderly_care"),
    ("全年发放低保资金1.2亿元、养老服务补贴3000万元、医疗救助资金2000万元。", "2000万元", "medical_security"),
    ("全年新增城镇就业3120人、城乡居民医保参保45.2万人、新建敬老院3所。", "3120人", "employment_social_security"),
    ("全年新增城镇就业3120人、城乡居民医保参保45.2万人、新建敬老院3所。", "3所", "elderly_care"),
    # (one figure for a list of groups: the clause says what)
    ("为特困人员、低保对象等6.18万名困难群众资助参保。", "6.18万名", "medical_security"),
    # an audit office's own work is oversight, whatever funds it audited
    ("一年来,县审计局共完成审计和审计调查项目31个,提出审计建议42条。", "31个", "governance"),
    # a county's fund for the sick poor under another name is medical assistance
    ("设立卫生扶贫救助基金500万元,今年已支出286.3万元,救助贫困患者3217人次。", "286.3万元", "medical_security"),
    # a bulletin's paragraph runs from the schemes on to the allowance and savings: each its own topic
    ("全年实施医疗救助9.4万人次。城市、农村低保平均保障标准分别达到每人每月715元、每人每年4860元。", "4860元",
     "social_assistance"),
    ("全县新型农村合作医疗参合率96.4%。年末城乡居民储蓄存款余额31.7亿元。", "31.7亿元", "economy"),
    # the items of a clearing list name hospitals, the money is the fund's (…清算应付情况为:县妇幼保健院X万元)
    ("各定点医疗机构清算应付情况为:县人民医院12840.3万元,县中医院5120.4万元,县妇幼保健院1395.62万元,"
     "城关镇中心卫生院602.5万元。", "1395.62万元", "medical_security"),
    ("全年医共体包干基金总额4.52亿元,其中县人民医院医共体2.96亿元。", "2.96亿元", "medical_security"),
    # (先诊疗后付费 is how hospitals bill the poor: no fund action)
    ("该县在15个乡镇卫生院全面推行先诊疗后付费服务模式。", "15个", "health_services"),
    # a change naming no topic is about the level of its unit before it in its sentence
    ("年末基本医疗保险参保人数36.8万人。农村低保对象1.43万户、2.26万人,比上年减少508户、947人。", "947人",
     "social_assistance"),
]


@pytest.mark.parametrize("sentence, surface, domain", DOMAINS)
def test_domain(sentence, surface, domain):
    assert attribution(sentence, surface).domain == domain


def test_a_fund_s_spending_under_a_headline_naming_the_insurance_is_that_insurance_s():
    page = "某市长期护理保险试点推进顺利\n\n今年1-10月,全市新增享受待遇人员1920人,基金支出2450万元。\n"
    assert harness.attribution(page, "2450万元", published=PUBLISHED).domain == "elderly_care"


@pytest.mark.parametrize("page, published, expected", [
    # an article about medical insurance; one clause is about schools
    ("平遥县医保惠民政策落地见效\n\n"
     "本报讯 今年,平遥县城乡居民医保参保率达96.2%,医保基金运行平稳。同时,全县新建改建中小学校舍12所。\n",
     PUBLISHED, {"96.2%": "medical_security", "12所": "education"}),
    # the poverty rate is poverty work in a report about medical cover
    ("平遥县政府工作报告\n\n一、2024年工作回顾\n\n"
     "过去的一年,城乡居民基本医疗保险参保率稳定在97%以上,城乡居民医保财政补助标准提高到"
     "每人每年640元,医疗救助2860人次。\n\n"
     "五年来,全县累计投入民生资金60.5亿元,农村贫困人口全部脱贫,贫困发生率由2015年的9.8%降至零。\n",
     "2025-01", {"97%以上": "medical_security", "9.8%": "agriculture_rural"}),
    # numbered items of a list of projects are each their own topic: an item whose later sentence
    # has no words of its own reads its own first sentence, not the item before it
    ("平遥县2025年民生实事进展情况\n\n"
     "四、为困难群众代缴城乡居民医保个人缴费,惠及1.5万人,资金520万元。\n"
     "五、新建社区养老服务中心4个。已建成4个,新增床位160张。\n",
     PUBLISHED, {"520万元": "medical_security", "160张": "elderly_care"}),
])
def test_each_figure_of_a_page_reads_its_own_topic(page, published, expected):
    figures = {s: a for s, _, a in harness.attributions(page, published=published)}
    assert {s: figures[s].domain for s in expected} == expected


def test_words_are_read_across_the_quotes_and_pinyin_written_inside_them():
    text = normalise("城市“低保”资金，城乡居民医疗保(bǎo)险，‘两病’门诊")
    view = WordView(text)
    found = [(text[h.start:h.end], h.word) for h in hits(text, "domain_keywords.tsv", view)]
    assert ("低保”资金", "低保资金") in found and ("两病", "两病") in found
    assert [(text[h.start:h.end], h.word) for h in hits(text, "medical_programs.tsv", view)] == [
        ("城乡居民医疗保(bǎo)险", "城乡居民医疗保险"), ("两病", "两病")]


@pytest.mark.parametrize("page,surface,domain,program", [
    # a quoted term inside a compound: the allowance's own money, after a paragraph of 新农合 figures
    ("平遥县2012年统计公报\n\n年末全县参加新农合的农民28.3万人,参合率97.1%。"
     "城市“低保”资金共支出1860万元。\n", "1860万元", "social_assistance", ""),
    # pinyin a site adds after rare characters
    ("本报讯 今年城乡居民基本医疗保(bǎo)险政府补助标准为每人每年640元。\n", "640元",
     "medical_security", "resident_medical_insurance"),
])
def test_figures_read_the_words_quotes_and_pinyin_break_up(page, surface, domain, program):
    a = harness.attribution(page, surface, published="2025-06")
    assert (a.domain, a.program) == (domain, program)


@pytest.mark.parametrize("page,surface,expected", [
    # a scheme's rate at each level of care: the hospital words name where, not what
    ("本报讯 今年,全县城乡居民医保住院报销比例为:乡镇卫生院88%,县级医院78%,县外医院55%。\n", "78%",
     ("medical_security", "reimbursement_rate")),
    ("本报讯 今年,全县城乡居民医保住院报销比例为:乡镇卫生院88%,县级医院78%,县外医院55%。\n", "55%",
     ("medical_security", "reimbursement_rate")),
    ("本报讯 今年,新农合住院报销比例在乡镇卫生院达85%,在县级医院达70%。\n", "70%",
     ("medical_security", "reimbursement_rate")),
    ("本报讯 今年,县里把乡镇卫生院住院报销比例由80%提高到85%,县级医院由65%提高到72%。\n", "65%",
     ("medical_security", "reimbursement_rate")),
    ("本报讯 新农合住院起付线为乡镇卫生院150元,县级医院400元,县外医院900元。\n", "900元",
     ("medical_security", "other")),
    # (a range's high end too: 乡镇卫生院75%—80%、县级医院55%—65%)
    ("本报讯 今年起,全县新农合住院报销比例为乡镇卫生院70%—85%、县级医院50%—60%。\n", "60%",
     ("medical_security", "reimbursement_rate")),
    # and the visits it paid for at each level
    ("本报讯 上半年,新农合共补偿住院参合患者3.05万人次。乡镇卫生院住院1.38万人次,县级医院住院1.16万人次。\n",
     "1.16万人次", ("medical_security", "person_times")),
    # visits a hospital's own words count stay health care
    ("本报讯 2024年,全县参保率96%。县级医院门诊诊疗32.6万人次,乡镇卫生院门诊诊疗41.2万人次。\n", "32.6万人次",
     ("health_services", "")),
    # counts of hospitals, and a hospital's own rate in a paragraph with no scheme, stay health care
    ("本报讯 今年,全县城乡居民医保参保率96.5%,全县共有乡镇卫生院14所,县级医院3家。\n", "3家",
     ("health_services", "")),
    ("本报讯 今年,全县乡镇卫生院床位使用率达78%,县级医院达92%。\n", "92%", ("health_services", "")),
    # the levels after the first written bare, the facility the list named first understood
    *[("本报讯 为扩大受益面,今年县合管办将乡镇卫生院住院补偿比例提高到65%,县级医院提高到50%,县外医院为35%;"
       "起付线乡镇卫生院为80元、县级250元、县外600元。\n", bare, ("medical_security", "other")) for bare in ("250元", "600元")],
])
def test_a_rate_at_a_level_of_care_is_the_scheme_s(page, surface, expected):
    a = harness.attribution(page, surface, published="2025-06")
    assert (a.domain, a.metric) == expected


@pytest.mark.parametrize("head,domain", [("定点医疗机构", "medical_security"), ("医疗卫生机构", "health_services")])
def test_the_levels_of_care_a_count_breaks_into_are_about_what_the_head_counts(head, domain):
    # the scheme's designated providers by level are the scheme's; all health facilities stay health care
    page = f"本报讯 截至年底,全县有{head}178家,其中县级医院3家、乡镇卫生院17家、村卫生室158家。\n"
    for part in ("3家", "17家", "158家"):
        assert harness.attribution(page, part, published="2025-12").domain == domain, part

def test_a_level_of_cares_figures_listed_together_are_all_the_scheme_s():
    # hospitals' rows of a compensation total: every figure of a row, and a row's 合计, is the scheme's
    page = ("本报讯 5月份,全县新农合共补偿住院病人540人次,补偿金额131.2万元。其中县医院205人次、62.4万元;"
            "县妇幼保健院40人次、7.5万元;其余乡镇卫生院合计295人次、61.3万元。\n")
    for part in ("62.4万元", "7.5万元", "295人次", "61.3万元"):
        a = harness.attribution(page, part, published="2012-06")
        assert (a.domain, a.metric) == ("medical_security", "amount" if "元" in part else "person_times"), part


def test_non_medical_figures_have_no_program_or_metric():
    a = attribution("全县共有中小学42所,在校学生3.1万名。", "42所")
    assert (a.program, a.metric) == ("", "")


# ---------------------------------------------------------------- programs and metrics (§8)

_MEMBERS = ("上半年,全县城乡居民医保住院、普通门诊、门诊慢性病分别结算6.2万、71.5万、4.8万人次,"
            "基金支付依次为1.52亿元、0.18亿元、0.29亿元。")
MEDICAL = [
    # a 分别 (依次) item that names no program reads none from another member of its list
    (_MEMBERS, "6.2万", "resident_medical_insurance", "person_times"),
    (_MEMBERS, "4.8万人次", "chronic_disease_outpatient", "person_times"),
    (_MEMBERS, "0.18亿元", "resident_medical_insurance", "amount"),
    (_MEMBERS, "0.29亿元", "chronic_disease_outpatient", "amount"),
    # insured persons and enrollment rate; the scheme decides the program
    ("截至10月底,该县城乡居民医保参保人数达18.6万人。", "18.6万人",
     "resident_medical_insurance", "insured_persons"),
    ("截至10月底,全县基本医疗保险参保人数达20.1万人。", "20.1万人",
     "basic_medical_insurance", "insured_persons"),
    ("今年全县城乡居民医保参保率达96.2%。", "96.2%", "resident_medical_insurance", "enrollment_rate"),
    ("全县职工医保参保2.3万人,城乡居民医保参保15.8万人。", "2.3万人",
     "employee_medical_insurance", "insured_persons"),
    ("全县职工医保参保2.3万人,城乡居民医保参保15.8万人。", "15.8万人",
     "resident_medical_insurance", "insured_persons"),
    # the share a patient still pays is no share the fund pays (GUIDELINES §9 payment shares)
    ("经医保报销后,贫困患者住院个人实际支付比例为9.7%。", "9.7%", "basic_medical_insurance", "other"),
    # what the patient is left to pay after the schemes is no money they paid out
    ("经基本医保、大病保险报销后,个人只承担了2.6万元。", "2.6万元", "basic_medical_insurance", "other"),
    ("经新农合报销后,个人实际负担4800元。", "4800元", "resident_medical_insurance", "other"),
    # a band's share the fund pays back; the band's bounds are no money paid out
    ("大病保险1.5万元(不含)至6万元(含)部分支付60%,6万元(不含)至12万元(含)部分支付65%,12万元以上部分支付75%。",
     "75%", "critical_illness_insurance", "reimbursement_rate"),
    ("大病保险1.5万元(不含)至6万元(含)部分支付60%,6万元(不含)至12万元(含)部分支付65%,12万元以上部分支付75%。",
     "12万元", "critical_illness_insurance", "other"),
    # what hospitals keep of a payment-reform surplus is no balance of the fund, nor their own care
    ("2023年度DRG付费清算中,全县15家乡镇卫生院合计结余留用约780万元。", "约780万元", "basic_medical_insurance", "other"),
    ("从县区看,甲县、乙县DIP清算结余分别为3860万元、2145万元。", "2145万元", "basic_medical_insurance", "other"),
    ("该县把居民医保基金的九成交医共体包干使用,年终清算后结余资金3925万元,全部留归医共体。", "3925万元",
     "resident_medical_insurance", "other"),
    # how much of a window's business is done in time is no rate the scheme pays
    ("县政务服务中心医保窗口按时办结率100%。", "100%", "basic_medical_insurance", "other"),
    # people who got a 补助 are its beneficiaries, not the insured of the 参合 before them
    ("今年以来,全县参合农民获得新农合补助共2860万元,当中门诊补助1.3万人,住院补助2100人。", "1.3万人",
     "resident_medical_insurance", "beneficiaries"),
    ("今年以来,全县参合农民获得新农合补助共2860万元,当中门诊补助1.3万人,住院补助2100人。", "2100人",
     "resident_medical_insurance", "beneficiaries"),
    # a 补偿标准 in percent is the share reimbursed
    ("今年,全县新农合门诊补偿标准为40%,住院补偿标准为65%。", "40%", "resident_medical_insurance", "reimbursement_rate"),
    ("今年,全县新农合门诊补偿标准为40%,住院补偿标准为65%。", "65%", "resident_medical_insurance", "reimbursement_rate"),
    # medical assistance
    ("1至9月,全县医疗救助4260人次,发放医疗救助资金582万元。", "4260人次",
     "medical_assistance", "person_times"),
    ("1至9月,全县医疗救助4260人次,发放医疗救助资金582万元。", "582万元",
     "medical_assistance", "amount"),
    ("今年以来,住院救助支出136万元。", "136万元", "inpatient_assistance", "amount"),
    ("今年以来,全县住院救助1260人,救助金额318万元。", "1260人", "inpatient_assistance", "beneficiaries"),
    ("今年以来,全县住院救助1260人,救助金额318万元。", "318万元", "inpatient_assistance", "amount"),
    ("今年以来,全县门诊救助2300人次。", "2300人次", "outpatient_assistance", "person_times"),
    # enrollment subsidy
    ("今年共资助困难群众参保3200人,资助金额128万元。", "3200人", "enrollment_subsidy", "beneficiaries"),
    ("今年共资助困难群众参保3200人,资助金额128万元。", "128万元", "enrollment_subsidy", "amount"),
    ("全年代缴城乡居民医保1860人,代缴金额69万元。", "1860人", "enrollment_subsidy", "beneficiaries"),
    ("全年代缴城乡居民医保1860人,代缴金额69万元。", "69万元", "enrollment_subsidy", "amount"),
    # chronic disease outpatient
    ("目前,门诊慢特病病种扩大到48种。", "48种", "chronic_disease_outpatient", "covered_disease_types"),
    # kinds of drugs bought centrally are no disease types; the buying is the medical-security bureau's
    ("今年全县落实国家集采药品386种,中选耗材21类。", "386种", "basic_medical_insurance", "other"),
    ("今年全县公立医疗机构中选药品价格平均降幅48%。", "48%", "basic_medical_insurance", "other"),
    # the parts of a count of care each of its own kind: a benefit one part names is neither the next part's
    # program nor the topic of the sentences after (the scheme of the whole is)
    ("全年居民医保参保人员享受待遇2.61亿人次。其中普通门急诊2.05亿人次,门诊慢特病1823.5万人次,住院986.2万人次。次均住院费用7104元。", "986.2万人次", "resident_medical_insurance", "person_times"),
    ("全年居民医保参保人员享受待遇2.61亿人次。其中普通门急诊2.05亿人次,门诊慢特病1823.5万人次,住院986.2万人次。次均住院费用7104元。", "7104元", "resident_medical_insurance", "other"),
    ("全年居民医保参保人员享受待遇2.61亿人次。其中普通门急诊2.05亿人次,门诊慢特病1823.5万人次,住院986.2万人次。次均住院费用7104元。", "1823.5万人次", "chronic_disease_outpatient", "person_times"),
    # (the parts listed after a scheme's colon, with no 其中: the same)
    ("职工医保:普通门急诊412.6万人次,门诊慢特病31.5万人次,住院12.8万人次,住院费用实际报销比例为78.2%。", "12.8万人次", "employee_medical_insurance", "person_times"),
    ("职工医保:普通门急诊412.6万人次,门诊慢特病31.5万人次,住院12.8万人次,住院费用实际报销比例为78.2%。", "78.2%", "employee_medical_insurance", "reimbursement_rate"),
    ("职工医保:普通门急诊412.6万人次,门诊慢特病31.5万人次,住院12.8万人次,住院费用实际报销比例为78.2%。", "31.5万人次", "chronic_disease_outpatient", "person_times"),
    # drugs bought centrally are every scheme's, whatever help the paragraph before names
    ("救助:3.2万困难群众获资助参保\n\n资助3.2万名困难群众参加居民医保,人均资助约560元。\n\n"
     "此外,全年全市落地执行集采药品312个,平均降价超五成。", "312个", "basic_medical_insurance", "other"),
    # the share a fund pays is its reimbursement rate; the fund's money and that money's growth stay amounts
    ("职工在一级医院住院的,统筹基金支付70%。", "70%", "employee_medical_insurance", "reimbursement_rate"),
    ("全年职工医保统筹基金支付3.2亿元,同比增长2.1%。", "2.1%", "employee_medical_insurance", "amount"),
    # premiums waived are relief to payers, no money the fund took in; the fall of its income they cause is its own
    ("阶段性减半征收职工医保单位缴费,共为全县218家企业减征医保费862万元。", "862万元", "employee_medical_insurance", "other"),
    ("全市医保基金总收入142.3亿元,受阶段性减征政策影响,同比下降2.6%。", "2.6%", "basic_medical_insurance", "fund_income"),
    # the share paid back, its verb right before the figure; the share of the insured paid any, or of the fund used, is none
    ("新农合在乡镇卫生院住院的补偿60%,县级医院50%。", "60%", "resident_medical_insurance", "reimbursement_rate"),
    ("今年新农合共补偿12.6万人次,补偿受益面18.2%。", "18.2%", "resident_medical_insurance", "other"),
    ("新农合基金全年补偿支出8620万元,基金使用率91.3%。", "91.3%", "resident_medical_insurance", "other"),
    # what the drugs bought centrally cost or saved is no money the scheme paid out, whichever hospitals bought them
    ("全年全市公立医疗机构集采药品采购金额1.86亿元。", "1.86亿元", "basic_medical_insurance", "other"),
    ("全市公立医疗机构使用集采药品152种,较集采前节省费用2.3亿元。", "152种", "basic_medical_insurance", "other"),
    ("全市公立医疗机构使用集采药品152种,较集采前节省费用2.3亿元。", "2.3亿元", "basic_medical_insurance", "other"),
    ("截至10月底,全县医疗机构完成约定采购量的126%。", "126%", "basic_medical_insurance", "other"),
    ("今年起,新农合将儿童白血病等八类重大疾病纳入大病保障。", "八类", "resident_medical_insurance",
     "covered_disease_types"),
    ("目前,两病门诊用药保障覆盖患者1.2万人。", "1.2万人",
                 "chronic_disease_outpatient", "beneficiaries"),
    # annual standards of the resident scheme
    ("2025年度城乡居民医保个人缴费标准为400元,财政补助标准为700元。", "400元",
     "resident_medical_insurance", "individual_contribution"),
    ("2025年度城乡居民医保个人缴费标准为400元,财政补助标准为700元。", "700元",
     "resident_medical_insurance", "fiscal_subsidy"),
    ("城乡居民医保人均筹资标准达到1100元。", "1100元", "resident_medical_insurance", "per_capita_funding"),
    # rates, funds, services
    ("政策范围内住院费用报销比例达到75%。", "75%", "basic_medical_insurance", "reimbursement_rate"),
    ("前三季度,全县医保基金收入3.2亿元,基金累计结存1.8亿元。", "3.2亿元",
     "basic_medical_insurance", "fund_income"),
    ("前三季度,全县医保基金收入3.2亿元,基金累计结存1.8亿元。", "1.8亿元",
     "basic_medical_insurance", "fund_balance"),
    ("全县职工医保基金结余8600万元。", "8600万元", "employee_medical_insurance", "fund_balance"),
    ("大病保险赔付1580万元,惠及群众3600人。", "1580万元", "critical_illness_insurance", "amount"),
    ("大病保险赔付1580万元,惠及群众3600人。", "3600人", "critical_illness_insurance", "beneficiaries"),
    ("目前,全县建成医保服务站48个,覆盖162个行政村。", "48个",
     "medical_security_services", "service_points"),
    ("目前,全县建成医保服务站48个,覆盖162个行政村。", "162个",
     "medical_security_services", "service_points"),
]


@pytest.mark.parametrize("sentence, surface, program, metric", MEDICAL)
def test_program_and_metric(sentence, surface, program, metric):
    a = attribution(sentence, surface)
    assert (a.domain, a.program, a.metric) == ("medical_security", program, metric)


@pytest.mark.parametrize("sentence, surface", [
    ("2025年度城乡居民医保个人缴费标准为400元,财政补助标准为700元。", "400元"),
    ("2025年度城乡居民医保个人缴费标准为400元,财政补助标准为700元。", "700元"),
    ("城乡居民医保人均筹资标准达到1100元。", "1100元"),
])
def test_annual_standards_are_per_person_year(sentence, surface):
    assert attribution(sentence, surface).per == "person_year"


@pytest.mark.parametrize("sentence, surface", [
    ("全年争取中央和省级财政补助资金2865.4万元,全部用于城乡居民医保。", "2865.4万元"),
    ("全县共筹集新农合基金3620万元,其中各级财政补助2896万元。", "2896万元"),
])
def test_a_total_subsidy_in_wan_is_per_nothing(sentence, surface):
    a = attribution(sentence, surface)
    assert (a.metric, a.per) == ("fiscal_subsidy", "")


def test_a_subsidy_cell_of_a_table_in_wan_is_a_total_per_nothing():
    page = ("2024年兴国县城乡居民医保基金收入情况\n单位：万元\n项目\t金额\n"
            "基金收入\t58230\n其中：个人缴费\t20110\n      财政补助\t37260\n")
    a = harness.attribution(page, "37260", published="2025-03")
    assert (a.metric, a.per) == ("fiscal_subsidy", "")


@pytest.mark.parametrize("sentence, surface, per", [
    # a per word governs the figure it stands before, and both ends of a from–to
    ("全县为低保对象每月每人发放生活补贴300元。", "300元", "person_month"),
    ("全县慢病患者每人每月药费由去年的80元提高到120元。", "120元", "person_month"),
    # a rise against a year written out (较2018年增加) is per what its level is per
    ("城市低保标准每人每月580元,较2018年增加40元。", "40元", "person_month"),
    # 人均 and the month, written apart: each person's monthly allowance
    ("全县农村五保对象3200人,人均每月补助260元。", "260元", "person_month"),
    # not a total after another figure it belongs to
    ("全县按照每人220元标准已资助139700元。", "139700元", ""),
    # nor a figure of the next clause, whatever verb ends before it
    ("居民医保财政补助标准提高到每人每年640元,全县参保率达到95.9%。", "95.9%", ""),
    # a standard paid each month or year is one person's; a total each year is the year's
    ("全县将失业保险金标准提高到每月1580元。", "1580元", "person_month"),
    ("农村特困人员供养标准由每年5200元提高到6100元。", "6100元", "person_year"),
    ("调整标准后,全县每年新增支出约860万元。", "约860万元", "year"),
    ("全县每月发放临时补贴36万元。", "36万元", "month"),
    # the later level of a from–to written after 到了, or with a time of its own (提高至2020年的B元)
    ("城市低保标准从每人每月480元提高到了520元。", "520元", "person_month"),
    ("农村低保标准由2015年的每人每年2660元提高到2020年的4800元。", "4800元", "person_year"),
    # a share of what a per word measures, the second of a range too (月平均工资的60%至300%)
    ("按月平均工资的60%至300%之间自选缴费基数。", "300%", ""),
])
def test_per_words_govern_their_own_figure(sentence, surface, per):
    assert attribution(sentence, surface).per == per


# ---------------------------------------------------------------- change (§3, §8)

# a count of people named by the noun after its 万, in the pastoral regions too
def test_a_count_of_herders_and_farmers_is_a_count_of_people():
    a = attribution("全旗共有12.4万农牧民参加新型农村牧区合作医疗。", "12.4万")
    assert (a.metric, a.program) == ("insured_persons", "resident_medical_insurance")


CHANGES = [
    # (sentence, surface, change, metric or None for a non-medical figure)
    # the largest or smallest of the changes, named by its size noun in the clause before
    ("各县区基金支出均有增长,增幅最大的是甲县,达到27.9%。", "27.9%", "growth_rate", None),
    ("各乡镇参保人数同比增幅最高,达到6.4%。", "6.4%", "growth_rate", None),
    # a size noun that says the rises were large, then the list of them (增幅较大,分别达到a%、b%和c%)
    ("甲、乙、丙三县医保基金支出增幅较大,分别达到18.2%、16.7%和15.9%。", "16.7%", "growth_rate", "amount"),
    ("甲、乙、丙三县医保基金支出增幅较大,分别达到18.2%、16.7%和15.9%。", "15.9%", "growth_rate", "amount"),
    ("全县基本医疗保险参保人数达20.1万人,比上年增加3200人。", "20.1万人", "", "insured_persons"),
    ("全县基本医疗保险参保人数达20.1万人,比上年增加3200人。", "3200人", "delta", "insured_persons"),
    ("全县参保人数比上年增加3200人。", "3200人", "delta", "insured_persons"),
    ("全年医保基金支出2.3亿元,同比增长7%。", "7%", "growth_rate", "amount"),
    ("医保基金支出同比增长6.5%。", "6.5%", "growth_rate", "amount"),
    # what a fall word takes off people's shoulders is relief, a level (§3); against a base it is a fall
    ("今年异地就医直接结算为群众减少垫资865万元,减少跑腿2.1万次。", "865万元", "", "other"),
    ("今年全县参保群众住院自付费用比上年减少320万元。", "320万元", "delta", "other"),
    ("住院费用报销比例提高5个百分点。", "5个百分点", "delta", "reimbursement_rate"),
    ("个人缴费标准提高到400元。", "400元", "", "individual_contribution"),
    ("全县城乡居民医保个人缴费标准由380元提高到400元。", "400元", "", "individual_contribution"),
    ("城乡居民医保人均财政补助标准每人每年提高30元。", "30元", "delta", "fiscal_subsidy"),
    ("今年全县粮食播种面积达到32万亩,每亩增收两千元。", "两千元", "delta", None),
    ("全年地区生产总值186.3亿元,比上年下降1.2%。", "1.2%", "growth_rate", None),
    ("全年地区生产总值186.3亿元,比上年下降1.2%。", "186.3亿元", "", None),
    # more than a comparison base
    ("该县参合农民住院实际补偿比例达到52%,比2009年的46%多出6个百分点。", "6个百分点", "delta", "reimbursement_rate"),
    # more (less) of a verb than a comparison base: 较去年同期多支出X; with no base, no change
    ("1-8月新农合基金支出2.6亿元,较去年同期多支出4100余万元。", "4100余万元", "delta", "amount"),
    ("今年医疗救助较上年少救助320人次。", "320人次", "delta", None),
    ("今年多发放补贴300万元。", "300万元", "", None),
    # raised by a sum, then the level it reaches after 即
    ("2026年居民医保财政补助标准提标40元即每人每年720元。", "40元", "delta", "fiscal_subsidy"),
    ("2026年居民医保财政补助标准提标40元即每人每年720元。", "720元", "", "fiscal_subsidy"),
    # a change verb that begins a noun (提升工程, 提高行动) names a project: the count after it is no change
    ("全年实施供水管网提升工程18处,受益群众3.1万人。", "18处", "", None),
    # things upgraded (提升 before a count of things) are counted, not a rise; a rate still rises
    ("全年改造提升乡镇敬老院4所,新增床位210张。", "4所", "", None),
    ("住院费用报销比例提升3个百分点。", "3个百分点", "delta", "reimbursement_rate"),
    # upgrading works named (巩固提升, 改造提升, 提升改造) count what was upgraded, in any unit, and no rate of theirs rises
    ("全年巩固提升农村供水人口3.2万人。", "3.2万人", "", None),
    ("农村供水管网改造提升 计划350公里 完成162.5公里 完成率46.4%。", "46.4%", "", None),
    ("全年提升改造校舍1.2万平方米。", "1.2万平方米", "", None),
    # prices and standards that rise or fall (上涨, 下跌, 上调, 下调)
    ("乡镇卫生院住院次均费用1320元,较上年上涨8.6%。", "8.6%", "growth_rate", None),
    ("全县生猪出栏价格比上年下跌7.5%。", "7.5%", "growth_rate", None),
    ("城乡居民医保财政补助标准每人每年上调30元。", "30元", "delta", "fiscal_subsidy"),
    ("城乡居民医保个人缴费标准上调至每人每年400元。", "400元", "", "individual_contribution"),
    # a ratio floated up or down (上浮, 下浮) changes by the figure after it
    ("贫困人口住院报销比例在此基础上再上浮10个百分点。", "10个百分点", "delta", "reimbursement_rate"),
    # or raised (抬高, 调高)
    ("新农合住院补偿比又抬高了一个百分点。", "一个百分点", "delta", "reimbursement_rate"),
    # 新增 to a standard in yuan is a rise, with no comparison before it; 新增 people stay a level
    ("城乡居民医保财政补助标准每人每年新增30元,达到670元。", "30元", "delta", "fiscal_subsidy"),
    ("全县新增参保3000人。", "3000人", "", None),
    # the size of a change named as a noun stays a change after 为 (增幅为, 降幅为)
    ("今年全县医保基金支出2.3亿元,增幅为7.4%。", "7.4%", "growth_rate", "amount"),
    ("第七批集采药品平均降价幅度达54.6%,耗材平均降价幅度超过60%。", "54.6%", "growth_rate", None),
    ("全县城镇居民人均可支配收入增长幅度为8.2%。", "8.2%", "growth_rate", None),
    # a cut (降价, 压缩) is a fall; the kinds of goods whose price was cut, and money a cut saves, are counted
    ("第七批集采中选药品平均降价48%。", "48%", "growth_rate", None),
    ("不动产登记办理时限压缩35%。", "35%", "growth_rate", None),
    ("全市降价药品共计138种。", "138种", "", None),
    # and so are the items whose price went up or down (其中上调87项、下调39项), no change of their own
    ("医疗服务价格调整涉及项目126项，其中上调87项、下调39项。", "39项", "", None),
    ("住院起付线下调200元。", "200元", "delta", None),
    ("全县压缩一般性支出560万元。", "560万元", "", None),
    # higher than an earlier time is a rise; higher than another area's average is a gap, no change and no
    # level of the rate either (its metric `other`)
    ("全县参保率达到97.1%,较去年同期高出1.8个百分点。", "1.8个百分点", "delta", "enrollment_rate"),
    ("全县参保率达到97.1%,比全省平均水平高出2.6个百分点。", "2.6个百分点", "", "other"),
    # and so is one rate of growth higher than another group's; higher than last year's, a change
    ("农村居民人均可支配收入增长9.1%,增速高于城镇居民3.2个百分点。", "3.2个百分点", "", None),
    ("全县医保基金支出增长6.3%,增速快于全市平均1.4个百分点。", "1.4个百分点", "", None),
    ("农村居民人均可支配收入增长9.1%,增速高于上年1.2个百分点。", "1.2个百分点", "delta", None),
    # a fund's outgo growing faster than its income, both this year's: a gap between the two rates, no change
    ("存在问题:居民医保基金支出增速高于收入增速4.2个百分点。", "4.2个百分点", "", None),
    ("职工医保统筹基金支出增幅高于收入增幅约9个百分点。", "约9个百分点", "", None),
    # ahead of or behind an earlier time's progress
    ("截至11月底,全县参保缴费进度较去年同期快4.6个百分点。", "4.6个百分点", "delta", None),
    # (the earlier time the clause before compares with goes on: …比去年同期少1.36万人,进度慢2.1个百分点)
    ("截至10月25日,全县已缴费28.9万人,与去年同期相比,已缴费人数减少1.1万人,完成率低2.41个百分点。", "2.41个百分点", "delta",
     None),
    ("截至12月7日,全县已参保缴费71.2万人,比去年同期少1.36万人,进度慢2.1个百分点。", "2.1个百分点", "delta", None),
    # the national immunisation programme's name holds no rise (国家扩大免疫规划)
    ("全县扩大国家免疫规划疫苗接种率达96.2%。", "96.2%", "", None),
    # 最多 before a cap holds no rise of 多
    ("医疗救助对象全年累计救助金额最多不超过5000元。", "不超过5000元", "", "other"),  # (a cap: GUIDELINES §9)
]


@pytest.mark.parametrize("sentence, surface, change, metric", CHANGES)
def test_change_keeps_the_metric(sentence, surface, change, metric):
    a = attribution(sentence, surface)
    assert a.change == change
    if metric is not None:
        assert a.metric == metric


def test_labour_relations_and_business_start_loans_are_the_employment_services_after_an_insurance_sentence():
    # 签订劳动合同1.9万份, 劳动人事争议案件276件, 发放小额担保贷款4.86亿元 in a 人社 summary: employment and social
    # security (GUIDELINES §7), not the medical scheme the sentence before named
    page = ("2014年，全市城镇职工医保参保12.3万人。全年共签订劳动合同1.9万份，劳动合同签订率达到91%。"
            "受理劳动人事争议案件276件。发放小额担保贷款4.86亿元。")
    figures = {s: a for s, _, a in harness.attributions(page, published="2015-02")}
    assert {figures[s].domain for s in ("1.9万份", "91%", "276件", "4.86亿元")} == {"employment_social_security"}


def test_generic_insurance_words_count_for_the_insurance_their_section_heading_names():
    page = ("某县2015年城乡居民社会保障工作总结\n\n一、城乡居民基本养老保险\n个人缴费设每年100元至2000元共12个档次。\n\n"
            "二、新型农村合作医疗\n全县参合40.1万人;人均筹资470元,其中个人缴费90元。\n")
    assert harness.attribution(page, "2000元", published="2016-03").domain == "employment_social_security"
    assert harness.attribution(page, "90元", published="2016-03").domain == "medical_security"


# ---------------------------------------------------------------- per (§3)

PERS = [
    # a yearly or monthly standard of support is one person's, with no 每人 written
    ("全县集中供养和分散供养特困人员年供养标准分别达到6200元、4800元。", "4800元", "person_year"),
    # an average per head and single visit is per visit
    ("今年1至6月,全县跨省门诊直接结算2140人次,人均单次门诊费用286.5元。", "286.5元", "person_time"),
    # a subsidy standard is per person and year; its growth, a rate, is per nothing
    ("县级财政配套资金由2021年的2680万元增至3540万元,年均增长9.7%;居民医保人均财政补助610元,增长4.9%。", "4.9%", ""),
    ("县级财政配套资金由2021年的2680万元增至3540万元,年均增长9.7%;居民医保人均财政补助610元,增长4.9%。", "610元",
     "person_year"),
    ("县财政每年投入160万元用于村级卫生室建设。", "160万元", "year"),
    ("今年全县粮食播种面积达到32万亩,每亩增收两千元。", "两千元", "mu"),
    ("今年全县粮食播种面积达到32万亩,每亩增收两千元。", "32万亩", ""),
    ("全县为高龄老人每人每月发放补贴100元。", "100元", "person_month"),
    ("全县共有低保对象5600人,发放低保金2300万元。", "2300万元", ""),
    ("今年全县32个脱贫村村均增收2.4万元。", "2.4万元", "village"),
    # a monthly or yearly standard named before 每人: per person and month or year
    ("城市低保月保障标准由每人520元提高至560元。", "560元", "person_month"),
    ("门诊慢特病年度支付限额为每人4000元。", "4000元", "person_year"),
    # a monthly or yearly standard is one person's, also with no per word or with 元/人 (GUIDELINES §9 per-unit)
    ("城市低保月保障标准提高到540元,农村低保年保障标准4200元。", "540元", "person_month"),
    ("城市低保月保障标准提高到540元,农村低保年保障标准4200元。", "4200元", "person_year"),
    ("城市低保月保障标准780元/人。", "780元/人", "person_month"),
    # each 分别 figure is per its own item's standard
    ("今年城市低保的月保障标准、农村低保的年保障标准分别提高60元、300元。", "60元", "person_month"),
    ("今年城市低保的月保障标准、农村低保的年保障标准分别提高60元、300元。", "300元", "person_year"),
    # years between the per word and the figure are no other figure's (次均费用比前两个年份分别下降…);
    # a multiple is per nothing
    ("全县住院例均费用与2017年和2018年相比分别减少356.2元、298.7元。", "356.2元", "person_time"),
    ("村民人均纯收入比2013年增长了十多倍。", "十多倍", ""),
    # per visit written with a slash (元/人次)
    ("全县住院次均补偿1860元/人次。", "1860元/人次", "person_time"),
    # a care day's cap (长期护理保险 机构护理日限额)
    ("长期护理保险机构护理按日结算,日限额60元。", "60元", "day"),
    # per visit or case
    ("一般诊疗费每人次10元,新农合支付8元。", "10元", "person_time"),
    ("住院分娩每例定额补助500元。", "500元", "person_time"),
    # a year's income, spending or pay per head; goods per hundred households
    ("全县农村居民人均纯收入6120元,城镇居民人均可支配收入15860元。", "6120元", "person_year"),
    ("全县农村居民人均纯收入6120元,城镇居民人均可支配收入15860元。", "15860元", "person_year"),
    ("全县在岗职工年平均工资31250元。", "31250元", "person_year"),
    ("农村居民每百户拥有电冰箱58台。", "58台", "household"),
    ("寄宿生生活补助标准为年生均1250元。", "1250元", "person_year"),
    # a change in yuan of a level per visit or head is per the same; a total or a rate is not
    ("住院次均费用约为3260元,较上年同期下降6.5元,降幅2.1%。", "6.5元", "person_time"),
    ("住院次均费用约为3260元,较上年同期下降6.5元,降幅2.1%。", "2.1%", ""),
    ("资助金额约2870万元,每人每年280元,较上年增加三百余万元。", "三百余万元", ""),
    # the next items of a list and the target of a rise, past a thousands comma (1,120元、)
    ("城市低保、农村低保标准分别为每人每月1,060元、640元。", "640元", "person_month"),
    ("农村低保标准由每人每年4,800元提高到5,160元。", "5,160元", "person_year"),
    # the next item of a list with its own label (特困人员400元、低保对象280元)
    ("县财政资助困难群众参加城乡居民医保,每人资助标准为特困人员400元、低保对象280元。", "280元", "person_year"),
    # a 分别 list of rises, each per what its level is
    ("城市低保标准每人每月710元,农村低保标准每人每年5800元,分别提高35元和360元。", "35元", "person_month"),
    ("城市低保标准每人每月710元,农村低保标准每人每年5800元,分别提高35元和360元。", "360元", "person_year"),
    # what each inpatient got on average, and the level a year before it is compared with
    ("全省平均每个住院病人获得补偿612元,比去年的508元多104元。", "612元", "person"),
    ("全省平均每个住院病人获得补偿612元,比去年的508元多104元。", "508元", "person"),
    ("住院次均补偿1420元,较去年同期的1230元增加190元。", "1230元", "person_time"),
    # a year's spending per head, written with 消费性
    ("全年农村居民人均消费性支出8650元,增长9.1%。", "8650元", "person_year"),
    # per thousand of the resident population
    ("年末全县每千常住人口床位6.8张,每千常住人口执业(助理)医师2.61人。", "2.61人", "thousand_persons"),
]


@pytest.mark.parametrize("sentence, surface, per", PERS)
def test_per(sentence, surface, per):
    assert attribution(sentence, surface).per == per


# ---------------------------------------------------------------- the functions on their own

def _window_of(text: str, surface: str):
    ctx = DocumentContext(text, PUBLISHED)
    f = next(f for f in find_quantities(text, also_blocked=ctx.regions.place_spans)
             if text[f.start:f.end] == surface)
    w, _, _ = ctx.layout.window(f.start, f.end)
    return w, f.quantity.unit, DocWords(text)


@pytest.mark.parametrize("text, surface, members", [
    ("我县城市低保保障人数8120人,农村低保保障人数41260人。\n", "8120人", True),  # (how many it covers)
    ("全县城市、农村低保对象分别为2140人和15860人。\n", "2140人", True),
    ("全县救助城市低保对象2140人。\n", "2140人", False),  # (people reached)
    ("特困人员救助供养1562人,其中集中供养278人。\n", "1562人", True),  # (how many it keeps)
    ("①城市低保:保障对象1437户2863人,累计发放保障金1028万元。\n", "1437户", True),  # (who the item covers)
    ("全县农村五保对象8120人,集中供养2410人。\n", "2410人", True),  # (how many of them homes keep)
    ("全县敬老院集中供养五保老人615人。\n", "615人", True),
    ("全镇纳入农村低保1180户2075人。\n", "1180户", True),  # (brought under it: its members)
    ("全镇新纳入农村低保120户。\n", "120户", False),  # (entries of the year)
    ("全县特困人员供养436人。\n", "436人", True),
])
def test_a_count_of_a_group_s_members(text, surface, members):
    w, unit, _ = _window_of(normalise(text), surface)
    assert counts_members(normalise(text), w, unit) is members


def test_a_fenbie_list_s_changes_pair_with_the_figures_right_before_them():
    # (not with the figures of a list further back in the sentence, whose items they would take)
    text = normalise("本报讯 临时救助1200户次、资金310万元,户次和资金分别下降6.1%、2.5%;医疗救助1.4万人次、"
                     "资金1650万元,分别增长9.2%和7.7%。\n")
    figures = [(s, f, a) for s, f, a in harness.attributions(text, PUBLISHED)]
    surfaces = [s for s, _, _ in figures]
    ctx = DocumentContext(text, PUBLISHED)
    spans = [(f.start, f.end) for _, f, _ in figures]
    windows = [ctx.layout.window(*span)[0] for span in spans]
    links = link_figures(text, spans, lambda i: windows[i].sentence, lambda i: windows[i].paragraph)
    assert [surfaces[links[surfaces.index(s)].of] for s in ("9.2%", "7.7%")] == ["1.4万人次", "1650万元"]


def test_functions_directly_on_one_window():
    text = normalise("本报讯 平遥县今年职工医保参保人数比上年增加1200人,医保基金支出同比增长4.5%。\n")
    w, unit, dw = _window_of(text, "1200人")
    assert domain_of(w, dw) == "medical_security"
    ch, fall = change_of(w, dw, unit, text)
    assert (ch, fall) == ("delta", False)
    assert metric_of(text, w, dw.metric, unit, ch) == "insured_persons"
    w, unit, dw = _window_of(text, "4.5%")
    ch, fall = change_of(w, dw, unit, text)
    assert (ch, fall) == ("growth_rate", False)
    assert metric_of(text, w, dw.metric, unit, ch) == "amount"  # a growth rate keeps the metric it changes


@pytest.mark.parametrize("sentence, surface, change", [
    # the new levels listed in a bracket after the change word
    ("提高大病补偿标准(白血病85%、其余病种65%)。", "65%", ""),
    ("报销比例提高5个百分点(达到75%)。", "75%", ""),
    ("报销比例提高5个百分点(达到75%)。", "5个百分点", "delta"),
    # a change word in a bracket closed before the figure
    ("实施了修建公路、新建学校(改善出行条件、办学条件)等8件实事。", "8件", ""),
    # the rate of a change named after it
    ("全县医保基金支出保持了年均12%左右的较快增长。", "12%左右", "growth_rate"),
    ("全县住院率实现了4.2%的下降。", "4.2%", "growth_rate"),
    ("全县参保率达到96%的较高水平。", "96%", ""),
    # a change in a bracket after a change
    ("参保人数比上年增加1.2万人(增长3.1%)。", "3.1%", "growth_rate"),
    # a change given as a range: its high end is a change as its low end is (not a level reached, 提高到)
    ("各级医院报销比例提高5至8个百分点。", "8个百分点", "delta"),
    ("基金支出预计增长10%到15%。", "15%", "growth_rate"),
    ("报销比例由60%提高至70%。", "70%", ""),
    ("大病保险起付线降低50%至1万元。", "1万元", ""),  # (a fall to a level, not a range of falls)
])
def test_brackets_between_a_change_word_and_a_figure(sentence, surface, change):
    assert attribution(sentence, surface).change == change


def test_the_size_of_a_cut_is_a_fall():
    a = attribution("全县参保人数12.3万人,较上年减少1400人,减幅约1.1%。", "约1.1%")
    assert (a.change, a.metric) == ("growth_rate", "insured_persons")


@pytest.mark.parametrize("surface", ["600人", "350人", "90人"])
def test_every_figure_of_a_net_rise_list_is_a_change(surface):
    sentence = "截至6月底,全县三项保险参保人数比年初分别净增600人、350人和90人。"
    assert attribution(sentence, surface).change == "delta"


def test_per_of_does_not_reach_a_per_word_far_before_the_figure():
    text = normalise("本报讯 平遥县每年组织开展健康体检活动,今年以来全县累计为群众免费体检共计18600人次。\n")
    w, unit, dw = _window_of(text, "18600人次")
    assert per_of(w, dw, "", unit) == ""


@pytest.mark.parametrize("page,surface,per", [
    # a count of people or households is never per person or household …
    ("本报讯 桑田县对特困人员给予定额资助参保,今年共资助8600人,资助资金96.2万元。\n", "8600人", ""),
    ("本报讯 桑田县人均住房面积36平方米,全乡人均低保户数1200户。\n", "1200户", "person"),
    ("本报讯 桑田县户均帮扶干部2人。\n", "2人", "household"),
    # … and a fixed grant to each enrollee is per person and year
    ("本报讯 桑田县对低保对象定额资助260元。\n", "260元", "person_year"),
])
def test_per_of_a_count_of_its_own_denominator(page, surface, per):
    w, unit, dw = _window_of(normalise(page), surface)
    assert per_of(w, dw, "", unit) == per


def test_a_pension_notice_s_rates_and_grades_are_pension_s_though_it_names_a_participation_rate():
    page = ("关于做好2024年度城乡居民基本养老保险缴费工作的通知\n某人社发〔2023〕86号\n各镇人民政府:\n一、缴费档次。个人缴费标准设为每年200元、300元、500元共3个档次。\n"
            "二、工作目标。全区参保人数力争达到21.5万人,适龄参保率稳定在95%以上。\n")
    figures = {s: a for s, _, a in harness.attributions(page, published="2023-12")}
    assert {figures[s].domain for s in ("200元", "500元", "21.5万人", "95%以上")} == {"employment_social_security"}


def test_a_long_articles_topic_does_not_outvote_a_figures_own_clause():
    # a progress board's many insurance items do not make the investment its lead reports medical security:
    # under a title naming the programme (为民办实事), it is the whole programme's, other (GUIDELINES §7, as
    # the real gold reads a programme's total: rc04, rc06)
    page = ("某县2019年为民办实事进展情况\n\n截至9月底,全县累计完成投资2.1亿元。\n\n"
            "一、城乡居民医保。全县城乡居民医保参保41.2万人,参保率98.3%。\n\n"
            "二、医疗救助。医疗救助1.2万人次,大病保险赔付3100人次。\n\n"
            "三、资助参保。为困难群众代缴医保个人缴费1.6万人;新农合门诊统筹覆盖全部村卫生室。\n")
    assert harness.attribution(page, "2.1亿元", published="2019-10").domain == "other"


@pytest.mark.parametrize("sentence, surface, population", [
    # the group a count names right after it, over one named earlier in its sentence
    ("全年为1.4万名特殊人群资助参保,资助资金约480万元。", "1.4万名", "特殊人群"),
    ("全县困难群众中,为2.1万名低保对象代缴个人缴费。", "2.1万名", "低保对象"),
    ("全县贫困患者住院1.6万人次,政策范围内报销比例达90.2%。", "90.2%", "贫困患者"),
    # else the one named nearest before it
    ("全县低保对象全部参保,资助参保2.1万人。", "2.1万人", "低保对象"),
    # a 分别 list of groups pairs each figure with its own
    ("全年城市最低生活保障对象1.9万人,农村最低生活保障对象5.2万人,分别发放低保资金1.3亿元和2.6亿元。", "1.3亿元",
     "城市最低生活保障对象"),
    ("对特困人员、低保对象、返贫致贫人口的救助比例分别为100%、75%、70%。", "100%", "特困人员"),
    ("对特困人员、低保对象、返贫致贫人口的救助比例分别为100%、75%、70%。", "70%", "返贫致贫人口"),
])
def test_population_is_the_group_a_count_names(sentence, surface, population):
    assert attribution(sentence, surface).population == population


def test_a_growth_below_zero_is_a_fall():
    a = attribution("全县工业增加值负增长1.7%。", "1.7%")
    assert (a.change, a.sign) == ("growth_rate", -1)


def test_behind_an_earlier_times_progress_is_a_fall():
    a = attribution("截至11月底,全县参保缴费进度比去年同期慢2.1个百分点。", "2.1个百分点")
    assert (a.change, a.sign) == ("delta", -1)


@pytest.mark.parametrize("sentence, surface, sign", [
    ("全县参保率达到96.3%,比去年同期高1.2个百分点。", "1.2个百分点", 1),
    ("全县缴费率比去年同期低0.5个百分点。", "0.5个百分点", -1),
    ("医疗救助支出增幅较上年收窄2.1个百分点。", "2.1个百分点", -1),  # a change that narrowed
])
def test_higher_or_lower_than_an_earlier_time_right_before_the_figure_is_a_change(sentence, surface, sign):
    a = attribution(sentence, surface)
    assert (a.change, a.sign) == ("delta", sign)


@pytest.mark.parametrize("sentence, surface, change", [
    ("次均费用比全市平均低35元。", "35元", ""),  # lower than another area: a gap, no change
    ("个人自付比例低于8%。", "低于8%", ""),
    ("同比增幅最高的是某县,达到41.2%。", "41.2%", "growth_rate"),  # 最高 is the largest rise's, not a word of its own
])
def test_higher_or_lower_than_no_earlier_time_is_no_change_of_its_own(sentence, surface, change):
    a = attribution(sentence, surface)
    assert (a.change, a.sign) == (change, 1)


def test_a_list_that_writes_its_head_once_reads_each_item_with_it():
    # 基本养老、基本医疗、失业…保险: the pension, the employee medical scheme, unemployment …
    page = ("年末全县城镇职工基本养老、城镇职工基本医疗、失业、工伤、生育保险参保人数分别为"
            "12.6万人、10.2万人、6.1万人、7.3万人、5.8万人。")
    assert attribution(page, "12.6万人").domain == "employment_social_security"
    a = attribution(page, "10.2万人")
    assert (a.domain, a.program, a.metric) == ("medical_security", "employee_medical_insurance", "insured_persons")
    assert attribution(page, "6.1万人").domain == "employment_social_security"


def test_the_parts_an_earlier_sentence_breaks_its_scheme_into_name_no_topic_of_the_next():
    page = ("2019年,全县参加基本医疗保险41.3万人,其中职工6.3万人、居民35万人。"
            "全年住院费用总额5.87亿元,住院4.31万人次。")
    assert attribution(page, "5.87亿元").program == "basic_medical_insurance"
    assert attribution(page, "4.31万人次").program == "basic_medical_insurance"


def test_a_schemes_standards_drawn_as_a_pipe_table_of_levels_of_care_are_the_schemes():
    # 乡镇卫生院 | 150元 | 85%: each line is a paragraph of its own, under the heading that names the scheme
    page = ("某县2016年度新农合补偿方案\n二、住院补偿\n  医疗机构级别 | 起付线 | 报销比例\n"
            "  乡镇卫生院 | 200元 | 85%\n  县级医院 | 500元 | 70%\n三、其他\n")
    assert harness.attribution(page, "500元", published="2016-01").domain == "medical_security"
    # a level with its grade in brackets (乡镇卫生院(一级)), and a rate named right after a level
    graded = page.replace("乡镇卫生院 |", "乡镇卫生院(一级) |").replace("县级医院 |", "县级医院(二级) |")
    assert harness.attribution(graded, "500元", published="2016-01").domain == "medical_security"
    named = "本报讯 门诊统筹在村卫生室、乡镇卫生院就诊支付比例为60%。\n"
    assert harness.attribution(named, "60%", published="2016-01").domain == "medical_security"
    # a count of hospitals after a level of care is still the hospitals'
    assert harness.attribution("本报讯 今年全县新建乡镇卫生院 | 3所\n", "3所", published="2016-01").domain == "health_services"


def test_on_a_page_about_the_livelihood_programme_its_projects_are_the_programmes():
    # the title names 民生实事; a sentence whose only topic words are a project's counts its projects
    page = ("某县人大网\n关于2023年县政府民生实事项目推进情况的调研报告\n\n一、项目推进基本情况\n"
            "总体看，十件项目进展顺利。截至10月底，已完成年度目标的项目7个，累计完成投资3.16亿元。\n\n"
            "二、住房保障\n全县改造老旧小区12个，完成投资5200万元。\n")
    assert harness.attribution(page, "7个", published="2023-11").domain == "other"
    assert harness.attribution(page, "3.16亿元", published="2023-11").domain == "other"
    assert harness.attribution(page, "5200万元", published="2023-11").domain == "housing"


def test_cases_counted_with_zong_are_found_and_money_paid_back_to_the_fund_is_medical_securitys():
    text = normalise("本报讯 全年移送公安机关案件2宗。两家医院共退回基金236万元。\n")
    assert [text[f.start:f.end] for f in find_quantities(text)] == ["2宗", "两家", "236万元"]
    assert attribution("本报讯 对县人民医院实施全面检查,两家医院共退回基金236万元。\n", "236万元").domain == "medical_security"


def test_a_schemes_standards_spaced_out_in_columns_by_level_of_care_are_the_schemes():
    # a table spaced with blanks whose cells carry their units (县级医院    500元    50%) is rows of a
    # table, not headings one over the other: each row stays under the sentence that introduces it
    page = ("某县调整新农合住院补偿方案\n\n　　今年该县调整了住院补偿比例,具体如下:\n\n"
            "　　医院级别　　　起付线　　补偿比例\n　　乡镇卫生院　　150元　　　80%\n"
            "　　县级医院　　　450元　　　60%\n　　市级医院　　　800元　　　45%\n")
    for part in ("150元", "450元", "800元"):
        assert harness.attribution(page, part, published="2010-03").domain == "medical_security", part


def test_visits_by_level_of_care_under_a_heading_of_their_own_are_the_schemes_paid_before():
    # the paragraph before the levels' one names the scheme's compensation; its own heading names none
    page = ("某县上半年新农合运行情况\n\n一、补偿情况\n　　上半年全县住院补偿4.12万人次,补偿金额8600万元。\n\n"
            "二、分级就诊情况\n　　乡镇卫生院住院2.05万人次,县级医院住院1.31万人次。\n")
    for part in ("2.05万人次", "1.31万人次"):
        a = harness.attribution(page, part, published="2012-07")
        assert (a.domain, a.metric) == ("medical_security", "person_times"), part


@pytest.mark.parametrize("page,part", [
    # a scheme's designated providers counted with their parts in brackets: the parts' words are theirs
    ("本报讯 全县共有定点医疗机构126家(其中县级医院3家、乡镇卫生院15家、村卫生所108家),定点零售药店37家。\n", "126家"),
    ("本报讯 全县共有定点医疗机构126家(其中县级医院3家、乡镇卫生院15家、村卫生所108家),定点零售药店37家。\n", "108家"),
    # hospitals and clinics the scheme pays by disease group, or that join its system
    ("本报讯 今年,全市9家二级以上医院和14家乡镇卫生院实现DRG付费。\n", "14家"),
    ("本报讯 上半年,全县118个村卫生室接入医保信息平台。\n", "118个"),
])
def test_hospitals_counted_as_the_schemes_providers_are_the_schemes(page, part):
    assert harness.attribution(page, part, published="2022-07").domain == "medical_security"


@pytest.mark.parametrize("page,part", [
    # a share of the programme's plan after its investment, and a lead over its schedule
    ("本报讯 1—6月,全市28件民生实事共完成投资39.6亿元,占年度计划的55.2%。\n", "55.2%"),
    ("某市2024年民生实事项目上半年进展情况\n\n截至6月底,各项目总体进展顺利,已完成投资16.4亿元,"
     "占年度计划投资的56.1%,超时序进度6.1个百分点。\n", "6.1个百分点"),
])
def test_the_programmes_investment_share_and_schedule_are_the_programmes(page, part):
    assert harness.attribution(page, part, published="2024-07").domain == "other"


def test_a_groups_sum_listed_after_its_visits_takes_the_help_the_sentence_names():
    page = ("本报讯 前三季度全县医疗救助支出612.3万元。按救助对象分:特困供养人员204人次、58.60万元;"
            "低保对象2571人次、322.15万元。\n")
    for part, metric in (("58.60万元", "amount"), ("322.15万元", "amount"), ("2571人次", "person_times")):
        a = harness.attribution(page, part, published="2020-10")
        assert (a.domain, a.program, a.metric) == ("medical_security", "medical_assistance", metric), part


def test_rows_of_rural_care_in_a_table_of_assistance_are_the_assistance_s():
    # 城市住院 | 农村住院 | 农村门诊 under a caption of 医疗救助: where the care was given, no farming
    page = ("附表:2011年某县城乡医疗救助分项统计\n类别        救助人次    救助金额(万元)\n城市住院    431         58.6\n"
            "农村住院    2718        281.4\n农村门诊    573         16.9\n")
    for part in ("2718", "281.4", "573"):
        a = harness.attribution(page, part, published="2012-03")
        assert (a.domain, a.program) == ("medical_security", "inpatient_assistance" if part != "573" else "outpatient_assistance"), part


def test_rows_of_worded_cells_under_a_line_leading_them_are_of_the_help_it_names():
    # …支出医疗救助资金3120万元。分对象看: over rows 低保对象      救助2.07万人次  救助资金1530万元: that help's, every row;
    # and the rows head no paragraph after them ((三)基金监管: the scheme's inspections, no help's)
    page = ("某县医疗保障局2022年工作总结\n\n    一、2022年工作情况\n"
            "    (二)医疗救助分类施策。全年累计救助困难群众4.2万人次,支出医疗救助资金3120万元。分对象看:\n"
            "    特困供养人员  救助0.52万人次  救助资金641万元\n    低保对象      救助2.07万人次  救助资金1530万元\n"
            "    (三)基金监管。全年检查定点医药机构412家次,处理违规机构96家。\n")
    for part, metric in (("0.52万人次", "person_times"), ("2.07万人次", "person_times"), ("1530万元", "amount")):
        a = harness.attribution(page, part, published="2023-02")
        assert (a.domain, a.program, a.metric) == ("medical_security", "medical_assistance", metric), part
    assert harness.attribution(page, "412家次", published="2023-02").program == "basic_medical_insurance"


@pytest.mark.parametrize("page,part,expected", [
    # short lines of bare items under a label and its colon are the label's (a hospital's grade names no hospital)
    ("🏥 住院待遇\n起付线：\n一级医院 100元\n二级医院 400元\n三级医院 800元\n报销比例：\n一级医院 90%\n二级医院 80%\n",
     "400元", "medical_security"),
    ("一、起付标准\n问：住院都要先自己付一部分吗？\n答：是的。一个年度内第一次住院，起付标准为：\n乡镇卫生院 200元\n"
     "县级医院 500元\n市级医院 800元\n第二次住院，起付标准降低50%。\n\n二、报销比例\n", "500元", "medical_security"),
    # charity's money is hardship support; the Red Cross's blood donors are health services'
    ("本报讯 今年全县慈善一日捐活动共募集善款487.6万元。\n", "487.6万元", "social_assistance"),
    ("本报讯 全年组织无偿献血27次，献血3260人次。\n", "3260人次", "health_services"),
    ("五、人道救助\n1.春节期间开展博爱送万家活动,慰问困难群众1200户,发放慰问金48万元。\n", "1200户", "social_assistance"),
    # a group's count whose next clause says what help they got is the help's (资助参保), not the group's
    ("一、居民医保资助参保情况\n(一)特困供养人员3126人,给予全额资助,每人资助320元。\n", "3126人", "medical_security"),
    # the fund a violation involved names its own topic (涉及医保基金), whatever the clause before it did
    ("某市医保局曝光典型案例\n\n经查，该药房串换药品收费，涉及医保基金1.08万元。\n", "1.08万元", "medical_security"),
])
def test_the_topic_of_listed_lines_and_of_charity_and_blood_donation(page, part, expected):
    assert harness.attribution(page, part, published="2024-06").domain == expected


def test_money_a_household_raises_itself_is_no_medical_funding():
    page = "本报讯 搬迁群众户均建房自筹资金不超过1万元，人均住房面积不超过25平方米。\n"
    assert harness.attribution(page, "不超过1万元", published="2019-06").domain != "medical_security"


@pytest.mark.parametrize("page,part,expected", [
    # paying for someone is the enrollment subsidy's only where a scheme is named before it
    ("县总工会开展金秋助学活动，对考入本科的困难职工子女每人资助4000元。\n", "4000元", "education"),
    ("城乡居民医保资助参保方面，特困人员全额资助，低保对象每人资助280元。\n", "280元", "medical_security"),
])
def test_paying_for_someone_names_the_scheme_only_where_one_is_named(page, part, expected):
    assert harness.attribution(page, part, published="2020-01").domain == expected


def test_a_paragraph_naming_its_own_topic_is_not_outvoted_by_the_insurance_paragraph_before_it():
    # ——扶贫开发。实施整村推进项目12个,移民搬迁1260户… after a paragraph full of 合作医疗 and 医疗救助 words
    page = ("某县人民政府工作报告\n\n——社会事业。新型农村合作医疗参合率达到93.6%,人均筹资100元,全年补偿参合农民12.4万人次,"
            "补偿金额1730万元;实施医疗救助3150人次,发放救助金196万元,医保覆盖面不断扩大。\n"
            "——扶贫开发。实施整村推进项目12个,移民搬迁1260户6120人。\n")
    for part in ("1260户", "6120人"):
        assert harness.attribution(page, part, published="2009-02").domain == "agriculture_rural", part
    # with no topic word of its own, the paragraph before still says what a figure is about
    page = ("本报讯 我市在各村设就业社保服务网点,村民在社保经办员帮助下查询养老保险缴费明细。\n"
            "另据统计,今年全市共办理业务63.2万件,服务群众41.5万人(次)。\n")
    assert harness.attribution(page, "41.5万人(次)", published="2023-06").domain == "employment_social_security"


@pytest.mark.parametrize("sentence,part,expected", [
    # the surfaces roads are laid in and how many villages they reach
    ("8个乡(镇)全部通了油路,行政村通畅率达到100%。", "8个", "transport"),
    ("新建通村水泥路1380公里。", "1380公里", "transport"),
    # a district's output written as value added; a farming sector's value added is farming's
    ("全区完成增加值470.2亿元,增长9.6%。", "470.2亿元", "economy"),
    ("全年农林牧渔业增加值21.9亿元。", "21.9亿元", "agriculture_rural"),
    # the price target of a work report's list
    ("居民消费价格涨幅控制在3%左右。", "3%左右", "economy"),
    # flood defences
    ("新建堤防11.4公里,总投资4.83亿元。", "4.83亿元", "environment_safety"),
    # livestock a farm keeps, and the firms a vocational school trains with
    ("该基地存栏黑猪1800头,去年出栏3200头。", "3200头", "agriculture_rural"),
    ("县职教中心与8家企业签订校企合作协议,共建实训基地5个。", "8家", "education"),
])
def test_the_words_local_reports_name_roads_output_prices_farms_and_schools_with(sentence, part, expected):
    assert attribution(sentence, part).domain == expected


@pytest.mark.parametrize("sentence,part", [
    # what a scheme's fund paid for care, and the visits its outpatient pooling paid for
    ("上半年,全县城乡居民住院结算8.92万人次,基金支付4.38亿元,县域内就诊率达到88.6%。", "4.38亿元"),
    ("居民普通门诊统筹就诊21486人次,统筹支付106.9万元。", "21486人次"),
])
def test_what_a_schemes_fund_paid_and_the_visits_its_pooling_paid_for_are_medical_securitys(sentence, part):
    assert attribution(sentence, part).domain == "medical_security"


@pytest.mark.parametrize("sentence,part", [
    # clinics a township runs that pay a scheme's claims on the spot (镇卫生院, one character for the township)
    ("全县11个镇卫生院全部实行即时结报。", "11个"),
    # hospitals and doctors the scheme checks and suspends: the fund's business, not the clinics' care
    ("县合管办对全县12个乡镇卫生院和156个村卫生室开展了新农合专项检查,对2名乡村医生暂停了新农合定点资格。", "156个"),
    ("县合管办对全县12个乡镇卫生院和156个村卫生室开展了新农合专项检查,对2名乡村医生暂停了新农合定点资格。", "2名"),
])
def test_the_clinics_a_scheme_pays_through_or_checks_are_medical_securitys(sentence, part):
    assert attribution(sentence, part).domain == "medical_security"


def test_a_level_of_care_in_a_from_to_or_a_clause_before_is_where_the_scheme_pays():
    from tests.harness import attribution
    page = "本报讯 二是降低起付线。乡镇卫生院起付线由100元降至50元,县级医院由300元降至200元。\n"
    assert attribution(page, "200元", published="2010-03").domain == "medical_security"
    page = "本报讯 明年起,在乡镇卫生院住院,报销比例由今年的75%提高到85%;在县级医院住院,由55%提高到65%。\n"
    assert attribution(page, "65%", published="2010-03").domain == "medical_security"
    page = "本报讯 将乡镇卫生院住院补偿比例提高到85%,县级医院控制在70%左右。\n"
    assert attribution(page, "70%左右", published="2010-03").domain == "medical_security"
    # (在县级医院住院的,由去年的55%提高到65%: its stay's 的 and the year its rate was raised from between)
    page = "本报讯 今年,在乡镇卫生院住院的,报销比例由去年的75%提高到85%;在县级医院住院的,由去年的55%提高到65%。\n"
    assert attribution(page, "55%", published="2011-03").domain == "medical_security"
    assert attribution(page, "65%", published="2011-03").domain == "medical_security"


def test_the_economys_headline_totals_are_the_economys_before_a_medical_sentence():
    from tests.harness import attribution
    page = "本报讯 全年社会消费品零售总额141亿元。城乡居民医保参保率稳定在97%以上。\n"
    assert attribution(page, "141亿元", published="2024-01").domain == "economy"


def test_the_units_an_area_is_made_of_are_no_works_figure():
    from tests.harness import attribution
    page = ("本报讯 新农合工作开展以来,全镇辖22个行政村、1个居委会,今年参合34762人。"
            "全县辖区内有12个乡镇卫生院开通即时结报。\n")
    assert attribution(page, "22个", published="2013-12").domain == "other"
    assert attribution(page, "1个", published="2013-12").domain == "other"
    # (the clinics of a district that settle the scheme's bills are the scheme's service points)
    assert attribution(page, "12个", published="2013-12").domain == "medical_security"


@pytest.mark.parametrize("surface", ["82%", "68%", "45%"])
def test_the_rates_of_a_form_laid_out_by_level_of_care_are_each_a_payment_rate(surface):
    # 补偿比例：乡镇卫生院　90%；县级医疗机构　82%；…: each level's item after the first, no verb before its figure
    page = ("某县新型农村合作医疗实施办法\n\n（三）住院补偿比例：乡镇卫生院　90%；县级医疗机构　82%；"
            "县外定点医疗机构　68%；非定点医疗机构　45%。\n")
    from tests.harness import attribution
    a = attribution(page, surface, published="2009-02")
    assert (a.domain, a.metric) == ("medical_security", "reimbursement_rate")


def test_money_a_clause_names_as_the_fund_s_is_the_fund_s_though_a_clinic_is_named_before_it():
    # …3家村卫生室存在串换药品问题,共涉及医保资金二万三千余元: the fund's money, not the clinics'; and the clinics
    # found defrauding it (冒名就诊, 分解住院) are counted by the fund's inspections, not by health care
    from tests.harness import attribution
    page = "本报讯 检查发现,城关镇3家村卫生室存在串换药品问题,共涉及医保资金二万三千余元,已全部追回。\n"
    assert attribution(page, "二万三千余元", published="2020-11").domain == "medical_security"
    page = "本报讯 专项检查中,发现2家乡镇卫生院存在分解住院问题,4家村卫生室存在冒名就诊问题。\n"
    for surface in ("2家", "4家"):
        assert attribution(page, surface, published="2020-11").domain == "medical_security", surface


def test_how_many_passed_a_bound_of_a_fall_is_no_fall_of_theirs():
    # 降幅超过70%的有19个品种: the bound is a fall, the count of drugs past it a level
    from tests.harness import attribution
    page = "本报讯 本批集采中选药品平均降价56%,其中降幅超过80%的有23个品种。\n"
    assert attribution(page, "23个", published="2022-05").change == ""
    assert attribution(page, "超过80%", published="2022-05").change == "growth_rate"


def test_qizhong_inside_a_sentence_has_no_head_in_the_sentence_before():
    # …建档立卡贫困人口3.92万人。去年以来,该县对贫困人口…给予分类资助,其中…按每人每年80元给予资助: the subsidy's
    # standard, no part of the roll of the poor counted before
    from tests.harness import attribution
    page = ("本报讯 某县是国家扶贫开发工作重点县,全县现有建档立卡贫困人口3.92万人。去年以来,该县对贫困人口参加城乡居民医保的"
            "个人缴费部分给予分类资助,其中特困人员全额资助,其他贫困人口按每人每年80元给予资助,共资助贫困人口参保3.92万人。\n")
    for surface, nth in (("80元", 0), ("3.92万人", 1)):
        assert attribution(page, surface, nth, published="2018-04").domain == "medical_security", surface


def test_the_allowance_s_standard_by_the_month_or_year_is_the_allowance_s_after_a_sentence_on_the_scheme():
    # …新农合…。城市低保月保障标准由270元提高到310元,农村低保年保障标准由1500元提高到1800元: social assistance's
    from tests.harness import attribution
    page = ("本报讯 去年全县新农合参合率达98.2%,住院实际补偿比达到60.8%。城市低保月保障标准由260元提高到300元,"
            "农村低保年保障标准由1400元提高到1700元。\n")
    for surface in ("300元", "1700元"):
        assert attribution(page, surface, published="2014-02").domain == "social_assistance", surface


def test_a_count_of_the_programmes_projects_in_a_sentence_with_no_topic_word_is_the_programmes():
    # 在有任务的29项工程中,已有25项完成…: the projects of the 民生工程 the title names, whatever the next
    # paragraph's list (一是就业…) is about
    page = ("某市1-10月民生工程进展顺利\n\n　　截至10月底，全市民生工程累计投入资金6.4亿元。在我市有任务的29项工程中，已有25项完成"
            "或超额完成年度目标任务，其余4项正按序时推进。\n\n　　一是就业创业。全市城镇新增就业3120人。\n")
    for surface in ("29项", "25项", "4项"):
        assert harness.attribution(page, surface, published="2017-11").domain == "other"
    assert harness.attribution(page, "3120人", published="2017-11").domain == "employment_social_security"


def test_a_groups_premium_paid_in_full_or_at_a_fixed_sum_is_an_enrollment_subsidy():
    # (…参保个人缴费给予分类资助,其中特困人员全额资助、低保对象按每人每年180元定额资助: the premium paid for them)
    page = ("对特困人员、低保对象等困难群体参保个人缴费给予分类资助，其中特困人员全额资助、低保对象按每人每年180元定额资助。")
    a = harness.attribution(page, "180元", published="2021-06")
    assert (a.domain, a.program, a.metric) == ("medical_security", "enrollment_subsidy", "fiscal_subsidy")


def test_a_share_of_all_the_money_spent_on_the_livelihood_is_the_programmes_whatever_the_sentence_names_after():
    # 把70%以上的财力用于民生,全年新农合参合率达98.6%: the share is of all livelihood spending, the rate the scheme's
    page = "县财政坚持把72%以上的财力用于民生，全年新农合参合率达98.6%。"
    assert harness.attribution(page, "72%以上", published="2017-01").domain == "other"
    assert harness.attribution(page, "98.6%", published="2017-01").metric == "enrollment_rate"


def test_plays_taken_to_the_villages_are_culture_not_farming():
    # 全年开展送戏下乡120余场次: a troupe's performances, whatever 下乡 says of where
    page = "本报讯 今年全县开展送戏下乡120余场次。\n"
    assert harness.attribution(page, "120余场次", published="2024-12").domain == "culture_sports"


def test_the_savings_of_volume_based_buying_are_medical_securitys_though_the_clause_names_only_drugs():
    # 中选药品平均降价51%, 全年节约药品费用约860万元: the results of 集采, which the medical-security bureau runs
    page = "本报讯 2023年,全县公立医疗机构落实药品集中带量采购,中选药品平均降价51%,全年节约药品费用约860万元。\n"
    figures = {s: a for s, _, a in harness.attributions(page, published="2024-01", home_name="介休市", home_code="140781")}
    assert (figures["51%"].domain, figures["约860万元"].domain) == ("medical_security", "medical_security")
