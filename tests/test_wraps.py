"""Paragraphs broken into lines of one width (text taken from a PDF), and characters that print
nothing (a web page's zero-width spaces): the line ends inside a paragraph and the invisible
characters are read through, and every offset written points into the page as it is. The page is
invented for these tests, in the shape such dumps share: a headline, numbered section headings,
paragraphs indented on their first line, lines of one width with a character two columns and a
digit one, words and a keyword broken across a line end, a sentence ending just at the margin."""
from __future__ import annotations

import dataclasses

import pytest

from extract.document import DocMeta, ManifestRow, process_document
from extract.reading import decode
from extract.segment.wraps import join_wrapped, width
from extract.view import readable

# each inner list: one paragraph (or heading) as the dump prints it, one string per line
PAGE = [
    ["宁陵县医疗保障局2025年上半年工作总结"],
    [""],
    ["　　今年以来，县医疗保障局围绕群众看病就医所需，扎实推进参",
     "保扩面和待遇落实等各项工作。截至6月底，全县城乡居民医保参",
     "保人数58.72万人，参保率为96.4%，比上年同期提高了0.6个百分",
     "点，职工医保参保人数3.06万人，同比增长2.1%，全县参保工作完",
     "成了年度任务的九成以上。"],
    ["一、医疗救助"],
    ["　　上半年，全县医疗救助共支出2316.8万元，资助困难群众参保",
     "4.35万人，救助门诊和住院3.12万人次，受益的群众比往年增多。",  # a sentence ends at the margin
     "救助对象在县域内住院的政策范围内医疗费用报销比例达到规定水",
     "平，县内二级以上定点医院现已全部开通了一站式结算服务窗口。"],  # and so does the paragraph
    ["二、基金运行"],
    ["　　全县城乡居民医保基金收入3.87亿元，支出3.41亿元，当期结",
     "余4620万元，基金运行总体平稳，累计结余可支付月数始终保持在",
     "合理区间。"],
]
DUMPED = "\n".join("\n".join(p) for p in PAGE) + "\n"
ONE_LINE_EACH = "\n".join("".join(p) for p in PAGE) + "\n"  # as a web page prints it
HOME = ManifestRow("宁陵县", "411423", "2025-07")


def test_the_page_is_set_at_one_width():
    full = [width(line) for p in PAGE for line in p[:-1]]
    assert len(full) >= 8 and max(full) - min(full) <= 2


def test_line_ends_inside_a_paragraph_are_taken_out_and_no_others():
    view = join_wrapped(DUMPED)
    assert view.text == ONE_LINE_EACH
    assert view.joined == sum(len(p) - 1 for p in PAGE)


def test_every_character_of_the_view_maps_back_to_itself_in_the_page():
    view = join_wrapped(DUMPED)
    assert all(DUMPED[view.origin(i)] == c for i, c in enumerate(view.text))
    start = view.text.index("58.72万人")
    assert DUMPED[view.origin(start):view.origin_end(start + 7)] == "58.72万人"
    across = view.text.index("参保人数58")  # 参 and 保 stand on two lines of the page
    assert DUMPED[view.origin(across):view.origin_end(across + 4)] == "参\n保人数"


def test_a_paragraph_runs_on_across_a_printed_page_number():
    first = DUMPED.index("\n", DUMPED.index("保扩面")) + 1  # after the paragraph's second line
    paged = DUMPED[:first] + "\n- 2 -\n\n" + DUMPED[first:]
    view = join_wrapped(paged)
    assert view.text == ONE_LINE_EACH  # (the page number is taken out with the line ends)
    assert all(paged[view.origin(i)] == c for i, c in enumerate(view.text))


def test_a_tables_caption_after_a_page_number_opens_a_line_of_its_own():
    # a line as wide as the paragraphs' (a posting line, a sentence), then a page number and a
    # numbered caption: the caption is no second half of the line above it
    for line in ("发布日期：2025-07-10　信息来源：宁陵县医疗保障局【打印】", DUMPED.splitlines()[3]):
        paged = DUMPED + line + "\n第1页 共2页\n表1　2025年上半年城乡居民医保基金收支情况\n"
        assert "\n表1　" in join_wrapped(paged).text


def test_a_clause_broken_before_its_figure_is_read_through_at_any_width():
    page = ("四、基金结余\n　　全县当年收支结余3216.5万元，累计结余\n12840.7万元，可支付月数为5.2个月。\n"
            "　　截至年底，全县城乡居民医保参保率达到97.3\n%，比上年提高0.4个百分点。\n")
    view = join_wrapped(page)
    assert "累计结余12840.7万元" in view.text and "97.3%" in view.text
    assert all(page[view.origin(i)] == c for i, c in enumerate(view.text))
    rows = process_document(decode(page.encode()), DocMeta(doc="d.txt", path="d.txt", manifest=HOME)).mentions
    assert {m.text: m.metric for m in rows}["12840.7万元"] == "fund_balance"
    # a heading or a numbered item on the next line, or a line of no clause, goes on to nothing
    for kept in ("一、参保情况\n2024年全县参保21.6万人。\n", "参保人数,其中\n1.职工医保3.06万人;\n",
                 "参保人数\n296418\n"):
        assert join_wrapped(kept).text == kept


@pytest.mark.parametrize("page", [
    ONE_LINE_EACH,  # a paragraph to a line, of every length
    ONE_LINE_EACH.replace("\n", "\n\n"),
    # a table whose rows are as wide as each other: cells, not prose
    "城乡居民医保参保人数（万人）      58.72      58.10      1.1\n"
    "职工医保参保人数（万人）          3.06       3.00       2.1\n"
    "医疗救助资金支出（万元）          2316.8     2104.5     10.1\n"
    "医保基金收入（亿元）              3.87       3.62       6.9\n",
    # a yearbook's bilingual rows, whose English labels hold a comma, over an unindented section row
    "表7-2 各县社会保险情况(2015年)\n"
    "  养老保险参保人数   Enrollees, Pension Insurance        21834      26517      19262\n"
    "  医疗保险参保人数   Enrollees, Medical Insurance        25106      30288      22740\n"
    "  失业保险参保人数   Enrollees, Jobless Insurance        11027      13480       9915\n"
    "  工伤保险参保人数   Enrollees, Injury Insurance         14390      18032      12867\n"
    "  生育保险参保人数   Enrollees, Maternity Insurance       9812      12105       8736\n"
    "社会救助   Social Assistance\n"
    "  城市低保对象(人)   Urban Allowance Recipients          15260      17938      14105\n",
    # numbered items one to a line, as even as a wrapped paragraph's lines
    "主要做法：\n1.城乡居民医保参保人数达到21.6万人，参保率稳定在96%；\n"
    "2.医疗救助资金支出705万元，资助参保对象达到1.1万人；\n"
    "3.门诊慢特病待遇享受人数达到8600人，同比增长4.2%；\n"
    "4.异地就医直接结算9200人次，结算金额达到3100万元。\n",
])
def test_pages_that_are_not_set_at_one_width_are_read_as_they_are(page):
    view = join_wrapped(page)
    assert (view.text, view.joined) == (page, 0)


def _result(page: str):
    r = process_document(decode(page.encode("utf-8")), DocMeta("t.txt", "t.txt", HOME, doc_id="t"))
    assert r.document["status"] == "ok", r.document["error"]
    return r


def _meaning(m) -> dict:
    row = dataclasses.asdict(m)
    for key in ("start", "end", "text", "sentence_start", "sentence_end", "mention_id", "part_of"):
        row.pop(key)
    return row


def test_a_dumped_page_reads_as_the_same_page_printed_a_paragraph_to_a_line():
    dumped, printed = _result(DUMPED), _result(ONE_LINE_EACH)
    assert [_meaning(m) for m in dumped.mentions] == [_meaning(m) for m in printed.mentions]
    assert [m.text.replace("\n", "") for m in dumped.mentions] == [m.text for m in printed.mentions]
    enrolled = next(m for m in dumped.mentions if m.text == "58.72万人")
    assert (enrolled.region, enrolled.metric) == ("宁陵县", "insured_persons")  # (参\n保人数)
    assert "line breaks inside paragraphs" in dumped.document["note"]
    assert "line break" not in printed.document["note"]


def test_every_offset_written_points_into_the_page_as_it_is():
    r = _result(DUMPED)
    ids = {m.mention_id for m in r.mentions}
    for m in r.mentions:
        assert DUMPED[m.start:m.end] == m.text
        assert m.mention_id == f"t:{m.start}" and (not m.part_of or m.part_of in ids)
        assert m.sentence_start <= m.start < m.end <= m.sentence_end
    for s in r.sentences:
        assert DUMPED[s["sentence_start"]:s["sentence_end"]] == s["sentence"]
    for f in r.facts:
        assert DUMPED[f.start:f.end] == f.text


def test_invisible_characters_are_taken_out_and_every_offset_maps_back():
    page = "全县城乡居民医保参\u200b保人数达58.7\u00ad2万人，参保率96.4\u200b\u200b%。"
    view = readable(page)
    assert view.text == "全县城乡居民医保参保人数达58.72万人，参保率96.4%。" and len(page) - len(view.text) == 4
    assert all(page[view.origin(i)] == c for i, c in enumerate(view.text))


def test_html_entities_read_as_their_characters_and_invisible_ones_as_nothing():
    page = "&ldquo;两病&rdquo;门诊1&mdash;6月报销12&#x200B;.5万元&#12289;参保&#8203;人数&nbsp;8万&unknown;。"
    view = readable(page)
    # (a blank entity is normalising's, which makes it as many blanks; what is no entity stays)
    assert view.text == "“两病”门诊1—6月报销12.5万元、参保人数&nbsp;8万&unknown;。"
    assert [page[view.origin(i)] for i in range(4)] == ["&", "两", "病", "&"]
    assert page[view.origin(view.text.index("12.5")):view.origin_end(view.text.index("万元") + 2)] == "12&#x200B;.5万元"


def test_a_page_with_invisible_characters_and_wrapped_lines_reads_as_printed():
    # a zero-width space inside a keyword, a figure and a place name, on the dumped page
    marked = DUMPED.replace("参保率为96.4%", "参保率为96.\u200b4%").replace("医疗救助共支出", "医疗\u200b救助共支出")
    marked = marked.replace("宁陵县医疗保障局", "宁\u200b陵县医疗保障局")
    read, printed = _result(marked), _result(ONE_LINE_EACH)
    assert [_meaning(m) for m in read.mentions] == [_meaning(m) for m in printed.mentions]
    for m in read.mentions:
        assert marked[m.start:m.end] == m.text
    assert "print nothing" in read.document["note"] and "at 3 places" in read.document["note"]
    assert "line breaks" in read.document["note"]


def test_a_pdfs_running_head_is_left_out_where_it_opens_a_page():
    from extract.segment.running_heads import without_running_heads

    # pdftotext: the head at the top of every page, the next page opened by a form feed; the page
    # breaks inside a wrapped paragraph, between 0.6个百分 and 点
    head = "某县医疗保障工作简报"
    first = DUMPED.index("\n", DUMPED.index("0.6个百分")) + 1
    paged = head + "\n" + DUMPED[:first] + "- 1 -\n\f" + head + "\n" + DUMPED[first:]
    unheaded = without_running_heads(paged)
    assert unheaded.text == head + "\n" + DUMPED[:first] + "- 1 -\n\f" + DUMPED[first:]
    assert all(paged[unheaded.origin(i)] == c for i, c in enumerate(unheaded.text))
    read, printed = _result(paged), _result(head + "\n" + ONE_LINE_EACH)
    assert [_meaning(m) for m in read.mentions] == [_meaning(m) for m in printed.mentions]
    # a line that opens one page only may be the page's own text
    once = DUMPED[:first] + "\f" + DUMPED[first:]
    assert without_running_heads(once).text == once



def test_a_full_width_caption_over_a_table_s_header_is_no_wrapped_line():
    # 表一　社会救助情况　…　单位:户、人、万元 as wide as the page's lines, over 项目　户数　人数　…: the caption's note
    # names the columns' units, and joining it to the header would lose them (1246.38 万元, not 户; 1508 人次, not %)
    page = ("某某市民政局　2020年1—6月社会救助和医疗救助统计数据\n\n发布时间：2020年07月15日　　来源：某某市民政局　　字号：[大 中 小]\n\n"
            "说明：本表数据截至2020年6月30日；医疗救助数据由市医疗保障局提供。\n\n"
            "表一　社会救助情况　　　　　　　　　　　　　　　单位：户、人、万元\n"
            "项目　　　　　户数　　人数　　1—6月累计支出　上年同期累计　同比增减（%）\n"
            "城市低保　　　2871　　4635　　1246.38　　　　1302.57　　　 -4.3\n"
            "农村低保　　　9352　　15870　 1587.20　　　　1611.94　　　 -1.5\n"
            "特困供养　　　—　　　 3119　　1498.61　　　　1385.02　　　 8.2\n"
            "临时救助　　　—　　　 742　　 96.15　　　　　112.47　　　　-14.5\n\n"
            "表二　医疗救助情况　　　　　　　　　　　　　　　单位：人次、万元\n"
            "项目　　　　　救助人次　1—6月累计支出　上年同期累计　同比增减（%）\n"
            "住院救助　　　1508　　　 463.92　　　　 517.30　　　　-10.3\n"
            "门诊救助　　　3276　　　 71.08　　　　　 64.25　　　　10.6\n")
    rows = process_document(decode(page.encode()), DocMeta(doc="t.txt", path="t.txt", manifest=HOME)).mentions
    values = {m.text: (m.value, m.unit) for m in rows}
    assert values["1246.38"] == (12463800, "元") and values["2871"] == (2871, "户")
    assert values["1508"] == (1508, "人次") and values["463.92"] == (4639200, "元")


def test_a_progress_table_flattened_one_cell_a_line_keeps_its_cells_and_its_bare_rates():
    # 序号 / 项目名称 / 年度目标 / 截至9月底完成情况 / 完成率(%) / …: a cell ending in its figure and unit (…新增床位240张) is
    # no clause broken before the next cell's figure (120张已投用), nor is a bare rate (58) under 完成率(%); each cell
    # keeps its line, so the target column has no time of its own and the completions are as at the cut-off (§9), and
    # the bare rates are percentages the header's unit gives them (§4)
    page = ("某县2022年民生实事项目前三季度进展情况\n\n序号\n项目名称\n年度目标\n截至9月底完成情况\n完成率(%)\n责任单位\n"
            "1\n养老服务提升\n新建乡镇敬老院2所,新增床位240张\n120张已投用,其中1所已竣工\n50\n县民政局\n"
            "2\n困难群众医疗救助\n救助困难群众8000人次以上\n累计救助5230人次,支出资金612.5万元\n65\n县医保局\n"
            "3\n农村公路\n新改建农村公路35公里\n完成22.4公里\n64\n县交通局\n")
    view = join_wrapped(page)
    assert view.text == page
    rows = process_document(decode(page.encode()), DocMeta(doc="p.txt", path="p.txt", manifest=HOME)).mentions
    got = {m.text: (m.value, m.unit, m.period_kind, m.period_end) for m in rows}
    assert got["240张"][2:] == ("", "") and got["8000人次以上"][2:] == ("", "")
    assert got["120张"][2:] == ("as_of", "2022-09") and got["5230人次"][2:] == ("as_of", "2022-09")
    assert [got[s] for s in ("50", "65", "64")] == [(50, "%", "as_of", "2022-09"), (65, "%", "as_of", "2022-09"),
                                                    (64, "%", "as_of", "2022-09")]


def test_a_table_of_one_figure_a_row_in_full_width_digits_is_no_wrapped_paragraph():
    # a fund's statement pasted from a word processor: an item and its amount a row, the amounts in full-width
    # digits, so that every row is as wide as the next and its label's 、 or ： reads like a clause mark; its
    # column gaps make it a table, whose rows keep their lines and whose cells take the note's unit (§4)
    page = ("某县2013年度合作医疗基金收支情况表\n"
            "                                        单位：万元\n"
            "项　　目                          金　额\n"
            "一、基金收入                      ８３５２．４０\n"
            "　　其中：中央财政补助            ４１０６．１５\n"
            "　　　　　省级财政补助            ２２３８．９０\n"
            "　　　　　个人缴费                １１２０．６０\n"
            "二、基金支出                      ７９１４．８８\n"
            "　　其中：住院补偿                ６４０３．２５\n"
            "　　　　　门诊统筹                １２０９．７３\n"
            "三、当年结余                      ４３７．５２\n")
    view = join_wrapped(page)
    assert (view.text, view.joined) == (page, 0)
    rows = process_document(decode(page.encode()), DocMeta(doc="f.txt", path="f.txt", manifest=HOME)).mentions
    got = {m.text: (m.value, m.unit) for m in rows}
    assert got["８３５２．４０"] == (83524000, "元") and got["４３７．５２"] == (4375200, "元")
    assert len(got) == 8
