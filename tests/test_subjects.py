"""Two statistics of one page under one key are two facts, each named by its clause; one
statistic told twice stays one fact (invented pages)."""
from __future__ import annotations

from extract import extract_text
from extract.subjects import clause_label

PAGE = ("本报讯 截至2024年10月,全县职工医保统筹基金收入8120.5万元,基金支出7310.2万元;"
        "其中职工住院结算9120人次,住院总费用7210.4万元,统筹支付4510.6万元。\n")


def test_two_statistics_under_one_key_are_two_facts_named_by_their_clauses():
    facts = extract_text(PAGE, home_region="交城县", published="2024-11").facts
    amounts = facts[(facts["program"] == "employee_medical_insurance") & (facts["metric"] == "amount")]
    assert sorted(amounts["value"]) == [45106000.0, 73102000.0]
    assert set(amounts["subject"]) == {"基金支出", "统筹支付"}
    assert not amounts["conflict"].any()


def test_one_statistic_told_twice_stays_one_fact_with_its_short_subject():
    page = ("本报讯 截至2024年10月,全县城乡居民医保住院结算9120人次。\n\n"
            "本报讯 截至2024年10月,全县城乡居民医保住院结算9120人次,群众满意。\n")
    facts = extract_text(page, home_region="交城县", published="2024-11").facts
    rows = facts[facts["metric"] == "person_times"]
    assert len(rows) == 1 and rows.iloc[0]["n_mentions"] == 2 and rows.iloc[0]["subject"] == "住院"


def test_clause_label_leaves_out_numbering_figures_and_the_joining_verb():
    text = "其中:1、职工住院结算9120人次,住院总费用达到7210.4万元"
    clause = (text.index("住院总费用"), len(text))
    assert clause_label(text, clause, text.index("7210.4")) == "住院总费用"
    assert clause_label(text, (0, text.index(",")), text.index("9120")) == "职工住院结算"


def test_a_figure_of_the_text_and_its_tables_cell_stay_one_fact_when_one_label_holds_the_other():
    # 职工基本医疗保险参保4.12万人 in the summary, 职工基本医疗保险 | 4.12 in its table, beside the retired of the same key:
    # the text's label (…参保) holds the table row's, so the two make one fact, the retired another
    page = ("本报讯 截至2024年6月底，全县职工基本医疗保险参保4.12万人，其中退休人员1.03万人。\n\n"
            "表一 参保情况（截至2024年6月底）\n| 指标 | 单位 | 人数 |\n| 职工基本医疗保险 | 万人 | 4.12 |\n"
            "| 其中：退休人员 | 万人 | 1.03 |\n| 城乡居民医保 | 万人 | 30.56 |\n")
    facts = extract_text(page, home_region="交城县", published="2024-07").facts
    rows = facts[(facts["program"] == "employee_medical_insurance") & (facts["metric"] == "insured_persons")]
    assert sorted(rows["value"]) == [10300.0, 41200.0]
    assert rows[rows["value"] == 41200.0].iloc[0]["n_mentions"] == 2


def test_a_figure_the_text_gives_and_a_tables_total_row_repeats_is_one_fact_whatever_their_labels():
    # 住院结算15873人次 in the text, the table's 合计 row 15873: labels that do not hold each other, one figure of five
    # digits; the two 80% of 住院 and 门诊 stay two figures, as a short value may recur by chance
    page = ("本报讯 2024年1-6月,全县城乡居民医保住院结算15873人次,住院报销比例80%,门诊报销比例80%。\n\n"
            "表一 城乡居民医保住院结算情况(2024年1-6月)\n| 医院等级 | 人次 |\n| 县级医院 | 9412 |\n| 乡镇卫生院 | 6461 |\n"
            "| 合计 | 15873 |\n")
    facts = extract_text(page, home_region="交城县", published="2024-07").facts
    times = facts[(facts["metric"] == "person_times") & (facts["value"] == 15873.0)]
    assert len(times) == 1 and times.iloc[0]["n_mentions"] == 2
    rates = facts[facts["metric"] == "reimbursement_rate"]
    assert sorted(rates["subject"]) == ["住院", "门诊"]
