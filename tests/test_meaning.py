"""What a fact means (GUIDELINES §3, §9): falls are negative, from–to pairs, targets, one
person's story, breakdowns. Every page is invented for these tests, in the shapes real
reports share."""
from __future__ import annotations

import pytest

from extract.document import DocMeta, ManifestRow, process_document
from extract.reading import decode

HOME = ManifestRow("平遥县", "140728", "2025-11")


def mentions(page: str, manifest: ManifestRow = HOME):
    r = process_document(decode(page.encode("utf-8")), DocMeta("t.txt", "t.txt", manifest))
    assert r.document["status"] == "ok", r.document["error"]
    return {m.text: m for m in r.mentions}


# ---------------------------------------------------------------- falls are negative

@pytest.mark.parametrize("page,surface,value,change", [
    ("与去年同期相比,全县投诉信件下降了12.5%,群众满意率明显提升。\n", "12.5%", -12.5, "growth_rate"),
    ("项目建成后每年可降低碳排放量320.5吨、氮氧化物6.4吨。\n", "320.5吨", -320.5, "delta"),
    ("项目建成后每年可降低碳排放量320.5吨、氮氧化物6.4吨。\n", "6.4吨", -6.4, "delta"),
    ("今年全县精简各类报表9份,减少信息填报4项。\n", "9份", -9, "delta"),
    ("全县住院次均费用较上年分别下降215.3元、198.7元。\n", "198.7元", -198.7, "delta"),
    ("全县人均住院费用4521元,同比降幅3.2%。\n", "3.2%", -3.2, "growth_rate"),
    ("今年全县粮食总产量比上年减产1.4亿斤。\n", "1.4亿斤", -140000000, "delta"),
    ("全县孕产妇死亡率、婴儿死亡率分别比上年下降0.33和0.18个千分点。\n", "0.33", -0.33, "delta"),
    ("第七批集采药品平均降价幅度达54.6%,最高降幅达96%。\n", "54.6%", -54.6, "growth_rate"),
    # the largest of the changes told before, after a comma
    ("全市参保人数比上年减少6.28万人,其中某县减少最多,达2.16万人。\n", "2.16万人", -21600, "delta"),
    ("各乡镇住院人次均有增长,其中城关镇增长最快,达12.5%。\n", "12.5%", 12.5, "growth_rate"),
    ("全县参保人数比上年增加1.2万人,增长2.1%。\n", "1.2万人", 12000, "delta"),
    ("全县参保人数比上年增加1.2万人,增长2.1%。\n", "2.1%", 2.1, "growth_rate"),
    ("全县财政总支出86412万元,比上年增支318万元。\n", "318万元", 3180000, "delta"),
    # an arrow right before a change written after its level, as 一图读懂 pages print it
    ("全县住房保障支出0.82亿元 ▼6.3%,教育支出5.1亿元 ▲8.2%。\n", "6.3%", -6.3, "growth_rate"),
    ("全县住房保障支出0.82亿元 ▼6.3%,教育支出5.1亿元 ▲8.2%。\n", "8.2%", 8.2, "growth_rate"),
])
def test_a_fall_is_negative_and_a_rise_positive(page, surface, value, change):
    m = mentions(page)[surface]
    assert (m.value, m.change) == (value, change)


@pytest.mark.parametrize("page,surface,value", [
    ("医保报销后,老李一家一年减轻负担4万元。\n", "4万元", 40000),
    ("通过集中带量采购,全县患者今年节省药费120万元。\n", "120万元", 1200000),
    ("婴儿死亡率下降到4.5‰。\n", "4.5‰", 4.5),
])
def test_relief_and_a_fall_to_a_level_are_levels(page, surface, value):
    m = mentions(page)[surface]
    assert (m.value, m.change) == (value, "")


def test_a_discount_is_relief_not_a_fall():
    m = mentions("老年食堂每餐12元,80岁以上的老人每餐还能再减3元。\n")["3元"]
    assert (m.value, m.change) == (3, "")


# ---------------------------------------------------------------- targets, stories, facts

def _run(page: str, manifest: ManifestRow = HOME):
    r = process_document(decode(page.encode("utf-8")), DocMeta("t.txt", "t.txt", manifest))
    assert r.document["status"] == "ok", r.document["error"]
    return r


def test_a_target_is_flagged_and_kept_apart_from_the_result():
    r = _run("本报讯 截至10月底,全县城乡居民医保参保率达96.2%,力争年底参保率达到97%以上。\n")
    by = {m.text: m for m in r.mentions}
    assert by["97%以上"].target is True and by["96.2%"].target is False
    assert by["97%以上"].fact_id and by["97%以上"].fact_id != by["96.2%"].fact_id


def test_a_share_done_of_a_target_is_a_result_and_a_target_named_after_its_figure_is_one():
    r = _run("本报讯 截至2月底,全县参保缴费35.1万人,完成市下达任务的100.8%,提前实现全年"
             "新增参保2400人的目标。\n")
    by = {m.text: m for m in r.mentions}
    assert by["100.8%"].target is False and by["2400人"].target is True


TARGETS = ("本报讯 去年全县城镇新增就业6120人。今年的主要预期目标是:地区生产总值增长6.5%左右;"
           "城镇新增就业5800人以上;基本医疗保险参保率保持在96%以上。全县今年1月已发放救助金80万元。\n")


def test_the_items_of_a_list_of_targets_are_targets_for_the_whole_year():
    by = {m.text: m for m in _run(TARGETS, ManifestRow(HOME.home_region, HOME.home_region_code, "2024-01")).mentions}
    assert by["6120人"].target is False and by["80万元"].target is False  # the list ends at its full stop
    for surface in ("6.5%左右", "5800人以上", "96%以上"):
        assert by[surface].target is True, surface
    assert (by["5800人以上"].period_kind, by["5800人以上"].period_start, by["5800人以上"].period_end) == (
        "during", "2024-01", "2024-12")  # a plan is not cut at the publication month
    assert (by["96%以上"].period_kind, by["96%以上"].period_end) == ("as_of", "2024-12")


PLAN_SECTION = ("平遥县医疗保障局2024年工作总结及2025年工作计划\n\n一、2024年工作开展情况\n\n"
                "全县基本医疗保险参保人数39.8万人,参保率96.1%。全年开展专项检查3次。\n\n"
                "二、2025年工作计划\n\n一是巩固参保成果,参保率稳定在95%以上;二是加强基金监管,全年开展专项检查不少于5次。\n")


def test_the_figures_under_a_plan_heading_are_targets_of_its_year():
    by = {m.text: m for m in _run(PLAN_SECTION, ManifestRow(HOME.home_region, HOME.home_region_code, "2025-01")).mentions}
    assert by["96.1%"].target is False and by["3次"].target is False  # the results section
    assert (by["3次"].period_start, by["3次"].period_end) == ("2024-01", "2024-12")
    assert by["95%以上"].target is True and by["不少于5次"].target is True
    # 全年 under the plan's heading is the plan's year, not the title's first
    assert (by["不少于5次"].period_start, by["不少于5次"].period_end) == ("2025-01", "2025-12")


@pytest.mark.parametrize("page,surface", [
    ("村民老李说:“我今年住院总共花了2万多元,医保帮我报了1.4万元。”\n", "1.4万元"),
    ("工作人员把3600元救助款送到患者本人手中。\n", "3600元"),
    # a sentence about one person: an age before the person, or a surname and a form of address
    ("本报讯 在城关镇东街村,68岁的低保户王大爷今年住院两次,报销后自付1800元。\n", "1800元"),
    ("本报讯 脱贫户刘阿姨去年做了白内障手术,医保报销6200元。\n", "6200元"),
    # …and the sentence right after it that speaks of that person as 他/她
    ("本报讯 “现在出院只交自己那部分。”在县医院办理出院的赵大爷说。他今年住院花了2.36万元,"
     "报销后只负担了1800多元。\n", "1800多元"),
    # (also after a time that heads the sentence: 今年3月,他的儿子…)
    ("本报讯 “多亏了新农合。”62岁的村民罗志安说。今年4月,他的妻子患尿毒症住院,医疗费花了九万六千多元。\n",
     "九万六千多元"),
    # …or that says what someone paid himself
    ("本报讯 73岁的脱贫户陈大爷去年住院4次,总费用16.2万元。经基本医保、大病保险和医疗救助报销后,"
     "个人自付仅9800元。\n", "9800元"),
    # a quotation whose speaker, named after it, is one person (an age, a form of address)
    ("本报讯 “以前报销要跑好几趟,这回出院当场就结了,自己只掏了2600多元。”刚出院的村民孙大妈说。\n",
     "2600多元"),
    ("本报讯 “在车间干活一个月能挣3200元。”在城关镇的帮扶车间里,52岁的脱贫户周秀兰笑着说。\n", "3200元"),
    ("本报讯 “以前住一次院自己要掏三千多元,现在方便多了。”罗女士说。\n", "三千多元"),
    # (one of a kind of people, named: 村民 and a name)
    ("本报讯 “去年住院花了三万二,报销加上救助,自己掏的不到六千。”城关镇村民马桂兰说。\n", "三万二"),
    # (in straight quotes too, as converted pages print them; 老王, 小李 name one person)
    ("本报讯 \"住院花了两万多,医保给报了一万四千多。\"村民孙大妈说。\n", "一万四千多"),
    ("本报讯 今年6月,城关镇的李大爷突发脑梗住院。算下来,老李自己只掏了六千多元。\n", "六千多元"),
    # (one of a kind of people, and what was done for him)
    ("本报讯 那社乡一位贫困户今年住院花费3.2万元,经三重保障报销后个人仅负担1900元。\n", "1900元"),
    ("本报讯 牧民巴特尔去年做了心脏手术,新农合和医疗救助合计为他报销了4万多元。\n", "4万多元"),
    ("本报讯 村里有位老人去年做了心脏手术,花了9万多元,医保报了7万元左右。\n", "7万元左右"),
    # (a name withheld: 陈某, 李某某)
    ("本报讯 城关镇村民陈某去年患尿毒症,住院总费用12.4万元,经三重保障报销后自付不足1万元。\n", "12.4万元"),
    # (one of a kind of people, then a surname and a given name; one person's own account told to the reporter)
    ("本报讯 家住城关镇的低保户张桂英因患尿毒症住院,总费用5.2万元,新农合报销3.1万元。\n", "3.1万元"),
    ("本报讯 王德胜告诉记者,他这次住了8天院,总共花了一万出头,新农合报了六千八。\n", "六千八"),
    # (a nickname or a withheld name after the kind of person; a name, then what befell him)
    ("本报讯 家住城关镇的村民老彭告诉记者,去年他住院花了四万多元,医保报了近三万元。\n", "四万多元"),
    ("本报讯 东街村村民阙某去年做了胆囊手术,花了一万二千多元,新农合报销了六千元。\n", "六千元"),
    ("本报讯 城关镇村民郭永福患尿毒症住院,医疗费用共计4.8万元,合作医疗补偿了2.9万元。\n", "2.9万元"),
    # (a full name and a form of address before the quotation; his own account after a quotation)
    ("本报讯 城关镇的王桂芝大姐算了一笔账:“一家四口人,一年交一千二百块。”\n", "一千二百块"),
    ("本报讯 “看病能报一大半,划算!”城关镇村民艾力告诉记者,他去年住院花了五千多元。\n", "五千多元"),
    # the whole next sentence that says what the person paid himself is the story's
    ("本报讯 今年5月,城关镇的李大爷突发脑梗,住院花费8.4万元。出院时,基本医保报销5.1万元,大病保险报销1.3万元,"
     "个人自付仅1.2万元。\n", "5.1万元"),
    # an amount as people say it, with no 元 written, in a sentence that does not name the person again
    ("本报讯 老刘去年查出肺癌,先后住了三次院。居民医保按政策报了九万多,大病保险又二次报销了两万六千块。\n", "九万多"),
    ("本报讯 老刘去年查出肺癌,先后住了三次院。居民医保按政策报了九万多,大病保险又二次报销了两万六千块。\n",
     "两万六千块"),
    # a clause that opens with 他/她 and goes on to his or her own bill, after a reporting frame
    ("本报讯 张秀兰的丈夫去年4月查出肝癌。记者从县合作医疗管理局了解到,他去年住院总费用共计13.2万元,"
     "新农合报销6.9万元。\n", "6.9万元"),
    # (one patient named by an illness between 一名 and 患者: the largest single payout a report cites)
    ("本报讯 今年全县大病保险累计赔付1180人次,其中一名尿毒症患者累计获赔16.2万元。\n", "16.2万元"),
    # (a surname common in the south-west names one person as 李大爷 does)
    ("本报讯 来自下坳镇的贫困户覃大哥只用了不到10分钟就办完了出院手续。他此次住院花费2.6万多元,个人只付了1900多元。\n",
     "1900多元"),
    # a child named by an age and 男孩/女孩 (6岁男孩小斌), as an adult by 72岁的
    ("本报讯 梅田镇6岁男孩小斌患白血病,今年3月在省儿童医院治疗,花费8.7万元,新农合补偿了6.1万元。\n", "6.1万元"),
    # a villager named in full doing something before the story goes on with 他; an old person named in full (X老人)
    ("本报讯 “多亏了合作医疗。”日前,石桥村村民黄德顺握着记者的手说。去年10月,他因脑梗在县人民医院做了手术,花了6.3万元,"
     "合作医疗报销了3.9万元。\n", "3.9万元"),
    ("本报讯 城南村的周桂兰老人前年做了心脏手术,花了5万多元,新农合报销了3万多元。\n", "3万多元"),
])
def test_one_persons_story_is_individual_and_no_fact(page, surface):
    r = _run(page)
    m = {m.text: m for m in r.mentions}[surface]
    assert m.population == "individual" and m.fact_id == ""
    assert all(f.text != surface for f in r.facts)


@pytest.mark.parametrize("page,surface", [
    ("本报讯 今年全县为80周岁以上老人发放高龄补贴1150万元。\n", "1150万元"),  # a threshold, not an age
    ("本报讯 68岁的王大爷介绍,全县今年新建村卫生室12个。\n", "12个"),  # the clause names the county
    ("本报讯 县医保局李局长介绍,今年全县医疗救助支出2100万元。\n", "2100万元"),
    ("本报讯 赵大爷的儿子在县医保局工作。他介绍,今年全县医疗救助支出2100万元。\n", "2100万元"),
    ("本报讯 73岁的脱贫户陈大爷去年住院4次。今年全县贫困人口住院个人自付比例控制在10%以内。\n", "10%以内"),
    # an office speaking of its work (我局), and the ages that define groups (年满70周岁、80周岁的)
    ("本报讯 2025年,我局将力争居民医保参保率稳定在96%以上。\n", "96%以上"),
    ("本报讯 对年满70周岁、75周岁、80周岁的退休人员,养老金分别再增加20元、30元、40元。\n", "30元"),
    ("本报讯 老王庄村今年新建文化广场2个。\n", "2个"),
    ("本报讯 对于某些特殊病种,县医保局今年新增门诊报销病种12种。\n", "12种"),
    ("本报讯 凡属于某一类慢性病的参保人,今年门诊报销比例提高到65%。\n", "65%"),
    ("本报讯 县医保局为每一位参保人建立了电子档案,今年新增档案1.2万份。\n", "1.2万份"),
    ("本报讯 县医保局为他们代缴保费36万元。\n", "36万元"),
    ("本报讯 住院费用在起付线以上、小于5万元的部分,报销比例为80%。\n", "80%"),
    ("本报讯 县医保局长说:\"今年全县医保基金支出2.1亿元。\"\n", "2.1亿元"),
])
def test_a_person_in_the_sentence_does_not_make_an_area_s_figure_a_story(page, surface):
    assert {m.text: m for m in _run(page).mentions}[surface].population != "individual"


@pytest.mark.parametrize("page", [
    "“截至目前,全县共资助6100名困难群众参保。”县医保局负责人说。\n",
    "本报讯 “截至目前,全县共资助6100名困难群众参保。”县医保局李局长说。\n",
    "本报讯 “截至目前,全县共资助6100名困难群众参保。”县医保局工作人员说。\n",
])
def test_an_officials_quote_about_the_county_is_no_story(page):
    r = _run(page)
    m = {m.text: m for m in r.mentions}["6100名"]
    assert m.population != "individual" and m.fact_id


def test_parts_point_at_their_head_which_says_whether_they_add_up():
    r = _run("本报讯 截至2025年10月,全县基本医疗保险参保人数59.4万人,其中职工医保11.7万人,城乡居民医保47.7万人。\n"
             "截至2025年10月,全县医保基金支出4.2亿元,其中住院支出3.1亿元,门诊支出0.6亿元。\n")
    by = {m.text: m for m in r.mentions}
    assert by["11.7万人"].part_of == by["59.4万人"].mention_id
    assert (by["59.4万人"].parts_add_up, by["59.4万人"].parts_total) == ("yes", 594000)
    assert by["4.2亿元"].parts_add_up == "no"  # 3.1 + 0.6 is not 4.2


def test_mentions_join_their_fact_and_a_towns_figure_keeps_its_locality():
    from extract.facts import merge_facts

    r = _run("本报讯 2024年,平遥县发放医疗救助资金826万元;古陶镇发放医疗救助资金96万元。\n")
    facts = {f["fact_id"]: f for f in merge_facts(r.facts)}
    by = {m.text: m for m in r.mentions}
    assert facts[by["826万元"].fact_id]["value"] == 8260000
    town = facts[by["96万元"].fact_id]
    assert town["locality"] == "古陶镇" and town["region"] == "平遥县"


def test_region_and_period_say_whether_the_sentence_stated_them():
    r = _run("本报讯 2024年,平遥县发放医疗救助资金826万元。全县资助困难群众参保1.2万人。\n")
    by = {m.text: m for m in r.mentions}
    assert (by["826万元"].region_stated, by["826万元"].period_stated) == (True, True)
    assert by["1.2万人"].period_stated is False and by["1.2万人"].region_stated is True


def test_a_sentence_and_its_tables_row_are_one_fact():
    from extract.facts import merge_facts

    page = ("2022年1-9月,我市职工医保基金收入6120.45万元。\n"
            "2022年1-9月安远县医保基金运行公示表.\n|\n单位:人、万元 |\n险种 类别 |\n当年基金收入 |\n"
            "基金累计结余 |\n城镇职工医保 |\n6120.45 |\n4810.32 |\n城乡居民医保 |\n15210.64 |\n21044.18 |\n")
    r = _run(page, ManifestRow("安远县", "360726", "2023-04"))
    income = [f for f in merge_facts(r.facts) if f["value"] == 61204500]
    assert len(income) == 1 and income[0]["n_mentions"] == 2
    assert len({m.fact_id for m in r.mentions if m.value == 61204500}) == 1


def test_two_figures_of_one_label_are_told_apart_by_the_clause_before_them():
    # the same label (发生医疗费用) in two runs: the clause before each says which statistic it is
    r = _run("本报讯 今年1至10月,县内就医9120人次,发生医疗费用7632.5万元;转往外地就医240人次,"
             "发生医疗费用1860.3万元。\n")
    by = {m.text: m for m in r.mentions}
    local, elsewhere = by["7632.5万元"], by["1860.3万元"]
    assert local.fact_id and elsewhere.fact_id and local.fact_id != elsewhere.fact_id


def test_a_rate_per_thousand_residents_is_another_fact_than_the_total_beside_it():
    from extract.facts import merge_facts

    # the same words before both (床位), a denominator only before the second
    r = _run("本报讯 2024年末,全县医疗卫生机构床位3120张,每千人口床位6.4张;全县执业医师1310人,"
             "每千人口执业医师2.7人。\n")
    by = {m.text: m for m in r.mentions}
    assert by["6.4张"].per == "thousand_persons" and by["2.7人"].per == "thousand_persons"
    facts = {f["fact_id"]: f for f in merge_facts(r.facts)}
    for total, rate in (("3120张", "6.4张"), ("1310人", "2.7人")):
        assert by[total].fact_id != by[rate].fact_id
        assert not facts[by[total].fact_id]["conflict"] and not facts[by[rate].fact_id]["conflict"]


@pytest.mark.parametrize("page", [
    "本报讯 2024年末,全县每千人口床位数和注册护士人数分别达到5.12张和6.35人。\n",
    # as text copied out of a PDF prints it: the blanks after numbers take no reach of the per word
    "本报讯 2024 年末,全县每千人口床位数和注册护士人数分别达到5.12 张和6.35 人。\n",
])
def test_a_per_word_governs_the_figures_its_sentence_lists(page):
    r = _run(page)
    assert [m.per for m in r.mentions] == ["thousand_persons", "thousand_persons"]


def test_a_figure_in_the_page_s_furniture_is_no_statistic():
    # a list of links to other stories below the article: their titles' figures are not this page's
    page = ("本报讯 今年以来,全县城乡居民医保参保人数达到41.3万人。\n\n【打印本页】 【关闭窗口】\n\n相关新闻:\n"
            "· 全省城乡居民医保参保率稳定在95%以上 2024-04-30\n· 医保服务站点覆盖全部行政村 2024-04-18\n")
    assert list(mentions(page)) == ["41.3万人"]


@pytest.mark.parametrize("counter", ["网友评论 0 条", "收录于合集 #医保小课堂 12个"])
def test_a_comment_count_and_a_posts_collection_tag_are_no_statistics(counter):
    page = "本报讯 今年全县大病保险赔付1180人次,赔付金额2046万元。\n\n" + counter + "\n"
    assert list(mentions(page)) == ["1180人次", "2046万元"]


def test_a_document_sites_counters_are_no_statistics():
    # [文库] 共4页 | 0人评价 | 32人阅读: how many rated and read the file, not people the report counts
    page = "某县人民政府关于低保工作的报告\n[文库] 共4页 | 0人评价 | 32人阅读\n\n全县城乡低保对象3210人。\n"
    assert list(mentions(page)) == ["3210人"]


@pytest.mark.parametrize("page,surface,per", [
    # a change paired with the level a from–to reaches is per what that level is per
    ("城市低保标准由每人每月880元提高至900元,农村低保标准由每人每年8520元提高至9000元,分别较调整前增加20元和480元。\n",
     "20元", "person_month"),
    ("城市低保标准由每人每月880元提高至900元,农村低保标准由每人每年8520元提高至9000元,分别较调整前增加20元和480元。\n",
     "480元", "person_year"),
    # the levels a 分别 list of standards is raised to are per what the standards are
    ("五保供养标准由集中供养每人每年2600元、分散供养每人每年2000元,分别提高到3000元和2300元。\n", "3000元", "person_year"),
    ("五保供养标准由集中供养每人每年2600元、分散供养每人每年2000元,分别提高到3000元和2300元。\n", "2300元", "person_year"),
    # a pupil's yearly grant is one person's; a share of each year's money is per nothing
    ("学前教育资助每生每年1000元。\n", "1000元", "person_year"),
    ("全县每年新增财力的七成以上用于民生。\n", "七成以上", ""),
    # a slash denominator written year first (元/年·人)
    ("五保供养标准由4000元/年·人提高至4300元/年·人。\n", "4300元/年·人", "person_year"),
])
def test_a_standards_later_level_and_its_rise_are_per_what_the_standard_is(page, surface, per):
    assert mentions(page)[surface].per == per


@pytest.mark.parametrize("page,surface,qualifier", [
    ("到2025年,全县基本医保参保率≥98%,个人卫生支出占比≤25%。\n", "≥98%", "more_than"),
    ("到2025年,全县基本医保参保率≥98%,个人卫生支出占比≤25%。\n", "≤25%", "less_than"),
    ("到2025年,门诊慢特病病种＞40种。\n", "＞40种", "more_than"),
])
def test_a_bound_written_as_a_sign_is_the_figures_qualifier(page, surface, qualifier):
    assert mentions(page)[surface].qualifier == qualifier


def test_a_row_of_a_published_list_whose_name_is_masked_in_its_middle_is_one_persons():
    page = ("某县医疗保障局2021年第三季度医疗救助对象公示\n\n2021年7月至9月,全县共实施医疗救助1862人次。\n\n"
            "序号|姓名|乡镇|人员类别|住院总费用(元)|医疗救助金额(元)\n"
            "1|王*亮|道口镇|特困人员|38652.40|7562.35\n2|李*梅|白道口镇|低保对象|52310.00|9670.10\n")
    by = {m.text: m for m in _run(page, ManifestRow("滑县", "410526", "2021-10")).mentions}
    assert by["7562.35"].population == "individual" and by["52310.00"].population == "individual"
    assert by["1862人次"].population != "individual"


def test_a_funds_shortfall_of_the_period_is_its_balance_over_that_period():
    m = mentions("2019年,全市职工医保基金收入52亿元,支出55.34亿元,当期收不抵支3.34亿元。\n",
                 ManifestRow("大连市", "210200", "2020-03"))["3.34亿元"]
    assert (m.metric, m.period_kind, m.period_start, m.period_end) == ("fund_balance", "during", "2019-01", "2019-12")
