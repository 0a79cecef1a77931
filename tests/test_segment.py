"""Tests for extract.segment — all pages below are invented, in the layouts
seen on county newspaper pages, government web pages, yearbooks and
statistical bulletins."""

from __future__ import annotations

import pytest

from extract.reading import decode
from extract.segment import Article, article_at, clause_at, clauses, segment_page, sentences
from rules.punctuation import CLAUSE_BREAKS
from tests.conftest import SEEDS

# --------------------------------------------------------------------------
# invented pages

# pull quote at the top, kicker subtitle, dateline, column break, author tag,
# a second county's article, and a photo box with its credit line
PAGE_NEWS = (
    "\n\n"
    "截至2024年10月,全县城乡居民医保参保人数达到21.6万人,参保率97.2%。\n\n"
    "筑牢医保防线 守护百姓健康\n\n"
    "——青岩县扎实推进城乡居民医保参保工作\n\n"
    "本报讯(记者 周明远)今年以来,青岩县把医保参保作为民生头等大事来抓,层层压实责任。"
    "截至2024年10月,全县城乡居民医保参保人数达到21.6万人,参保率97.2%,较去年同期提高1.3个百分点。\n\n"
    "在石门乡,乡村干部组成12支宣传小分队,走村入户讲解缴费标准和报销政策,并为行动不便的老人提供上门代缴服务。\n\n"
    "青岩县医保局负责人介绍,下一步将继续优化经办流程,让参保群众办理业务更加\n\n"
    "省心、更加便捷。(王小燕)\n\n"
    "柳溪县新建村级卫生室15所\n\n"
    "本报讯 记者陈立新报道:近日,从柳溪县卫健局获悉,今年该县投入资金860万元,"
    "新建标准化村级卫生室15所,覆盖全县8个乡镇。\n\n"
    "新建卫生室均配备了诊疗、药房、观察等功能区,乡村医生可以在线调阅居民健康档案。\n\n\n\n"
    "图为柳溪县河口村卫生室医生为村民测量血压。\n\n"
    "记者 陈立新 摄\n\n\n"
)

# a feature with a standalone byline and two-part subheads, then a short
# news item without dateline, then a photo with a dated caption
PAGE_FEATURE = (
    "\n\n"
    "惠民实事暖民心\n\n"
    "——桑田县持续提升群众幸福指数\n\n"
    "□ 本报记者 郑晓雯\n\n"
    "入冬以来,桑田县城区新开通的4条公交线路每天运送乘客超过3000人次,沿线居民出行更方便了。\n\n"
    "医疗提质量 服务更暖心\n\n"
    "去年,桑田县人民医院新增床位120张,全年门诊量达到46.8万人次,县域内就诊率提高到91.5%。\n\n"
    "养老有依靠 晚年更舒心\n\n"
    "桑田县在18个村建成互助幸福院,为1260名老人提供助餐服务,老人们在家门口就能吃上热乎饭。\n\n"
    "石桥镇部署冬季防火工作\n\n"
    "12月3日,石桥镇召开冬季森林防火工作会议,对全镇23个行政村的防火任务逐一作出安排。\n\n"
    "会议要求,各村要落实巡山护林制度,确保不发生较大森林火情。\n\n\n\n"
    "12月6日,桑田县文化馆组织演出队走进敬老院,为老人们送上精彩节目。\n\n"
    "孙立平 摄\n"
)

# government web page: site header, breadcrumb, posting line, body, footer
PAGE_WEB = (
    "安和县人民政府\n"
    "首页 > 信息公开 > 部门动态\n"
    "安和县2019年医疗救助工作成效明显\n"
    "发布时间:2020-01-15 10:20  来源:县医疗保障局  浏览次数:1386\n"
    "2019年,安和县共实施医疗救助2.3万人次,支出救助资金1526万元,其中住院救助8120人次。\n"
    "全县资助困难群众参加城乡居民医保4.1万人,资助资金986万元。\n"
    "【打印本页】【关闭窗口】\n"
    "版权所有:安和县人民政府  网站标识码:5200000012  黔ICP备12345678号\n"
)

PAGE_YEARBOOK = (
    "医疗保障\n\n"
    "【城乡居民医疗保险】2018年,全县参保人数28.6万人,参保率98.1%。基金收入1.52亿元,支出1.37亿元。\n\n"
    "【医疗救助】全年实施医疗救助1.1万人次,救助金额732万元。\n\n"
    "【大病保险】全年大病保险赔付2860人次,赔付金额1645万元。\n"
)

PAGE_BULLETIN = (
    "平川县2013年统计公报\n\n"
    "平川县统计局\n\n"
    "一、综合\n\n"
    "初步核算,全年全县生产总值86.5亿元,比上年增长9.2%。\n\n"
    "二、社会保障\n\n"
    "年末全县参加城镇职工基本医疗保险2.1万人,新农合参合率达到96.8%。\n"
)

# headlines printed after their bodies (kicker lines end with ——)
PAGE_TRAILING = (
    "12月2日,白沙镇组织志愿者走进敬老院,为32位老人送去棉被和慰问品。(李明)\n\n"
    "白沙镇——\n\n"
    "志愿服务暖人心 敬老爱老传真情\n\n"
    "东坡镇——\n\n"
    "冬季防火不放松\n\n"
    "12月5日,东坡镇组织开展冬季森林防火演练,镇村两级共120人参加。(张强)\n"
)

# a pull quote printed inside another article's columns
PAGE_REMOTE_PQ = (
    "甲水县开展医保政策宣传月活动\n\n"
    "本报讯(记者 黄海)近日,甲水县医保局在全县14个乡镇同步开展医保政策宣传月活动,发放宣传资料2万余份。\n\n"
    "乙山县今年累计发放临时救助资金420万元,惠及困难群众5600人\n\n"
    "活动期间,工作人员现场解答群众咨询,并为老年人演示手机缴费的操作方法。(钱红)\n\n"
    "乙山县织密社会救助兜底保障网\n\n"
    "本报讯(记者 罗成)记者从乙山县民政局了解到,乙山县今年累计发放临时救助资金420万元,"
    "惠及困难群众5600人,切实兜住了困难群众基本生活底线。\n"
)

ALL_PAGES = [PAGE_NEWS, PAGE_FEATURE, PAGE_WEB, PAGE_YEARBOOK, PAGE_BULLETIN, PAGE_TRAILING, PAGE_REMOTE_PQ]

_FULLWIDTH = str.maketrans({",": "，", ":": "：", "(": "（", ")": "）", "!": "！", "?": "？", ";": "；"})


# --------------------------------------------------------------------------
# helpers


def _art_of(arts: list[Article], text: str, needle: str) -> Article:
    off = text.index(needle)
    a = article_at(arts, off)
    assert a is not None, needle
    return a


def _unit_at(a: Article, off: int):
    return next(u for u in a.units if u.start <= off < u.end)


def _check_invariants(text: str, arts: list[Article]) -> None:
    n = len(text)
    owner = [None] * n
    for k, a in enumerate(arts):
        assert a.index == k
        assert 0 <= a.start < a.end <= n
        assert a.kind in ("article", "caption", "furniture")
        if a.headline:
            assert 0 <= a.headline[0] < a.headline[1] <= n
        for u in a.units:
            assert 0 <= u.start < u.end <= n
            assert u.kind in ("headline", "paragraph", "caption", "byline", "pullquote", "furniture", "section")
            for i in range(u.start, u.end):
                assert owner[i] is None, f"offset {i} in two units"
                owner[i] = k
            for s, e in sentences(text, u.start, u.end):
                assert u.start <= s < e <= u.end
                cl = clauses(text, s, e)
                for (cs, ce), nxt in zip(cl, cl[1:] + [(e, e)]):
                    assert s <= cs < ce <= nxt[0] <= e
                # the clause attribution gives a figure is always one of the sentence's clauses
                for i in range(s, e):
                    if text[i] not in CLAUSE_BREAKS:
                        assert clause_at(text, (s, e), i, i + 1) in cl
    for prev, nxt in zip(arts, arts[1:]):
        assert prev.end <= nxt.start, "articles overlap"
    for i, c in enumerate(text):
        if not c.isspace() and c != "\u3000":
            assert owner[i] is not None, f"non-blank offset {i} ({c!r}) not covered"


# --------------------------------------------------------------------------
# tests


@pytest.mark.parametrize("page", ALL_PAGES)
def test_invariants_on_invented_pages(page):
    _check_invariants(page, segment_page(page))


@pytest.mark.parametrize("page", ALL_PAGES)
def test_fullwidth_punctuation_gives_same_articles(page):
    wide = page.translate(_FULLWIDTH)
    a1 = segment_page(page)
    a2 = segment_page(wide)
    assert [(a.start, a.end, a.kind) for a in a1] == [(a.start, a.end, a.kind) for a in a2]
    _check_invariants(wide, a2)


def test_news_page_articles_and_membership():
    t = PAGE_NEWS
    arts = segment_page(t)
    assert [a.kind for a in arts] == ["article", "article", "caption"]
    first, second, cap = arts
    for needle in ("筑牢医保防线", "——青岩县扎实", "在石门乡", "省心、更加便捷"):
        assert _art_of(arts, t, needle) is first
    for needle in ("柳溪县新建村级卫生室15所", "本报讯 记者陈立新", "新建卫生室均配备"):
        assert _art_of(arts, t, needle) is second
    assert t[first.headline[0] : first.headline[1]].startswith("筑牢医保防线")
    assert t[first.headline[0] : first.headline[1]].endswith("参保工作")
    assert t[second.headline[0] : second.headline[1]] == "柳溪县新建村级卫生室15所"


def test_pull_quote_assigned_and_flagged():
    t = PAGE_NEWS
    arts = segment_page(t)
    off = t.index("截至2024年10月")  # first occurrence: the pull quote
    a = article_at(arts, off)
    assert a is arts[0]
    assert _unit_at(a, off).kind == "pullquote"
    assert a.start == off  # the article span starts at its pull quote
    # the body occurrence is an ordinary paragraph
    body = t.index("截至2024年10月", off + 1)
    assert _unit_at(a, body).kind == "paragraph"


def test_remote_pull_quote_belongs_to_its_source_article():
    t = PAGE_REMOTE_PQ
    arts = segment_page(t)
    assert len(arts) == 2
    pq = t.index("乙山县今年累计")
    a = article_at(arts, pq)
    assert a is arts[1]
    assert _unit_at(a, pq).kind == "pullquote"
    # the host article still keeps both of its paragraphs
    assert _art_of(arts, t, "活动期间") is arts[0]
    assert _art_of(arts, t, "近日,甲水县") is arts[0]


def test_caption_is_its_own_article():
    t = PAGE_NEWS
    arts = segment_page(t)
    cap = _art_of(arts, t, "图为柳溪县")
    assert cap.kind == "caption"
    assert _art_of(arts, t, "记者 陈立新 摄") is cap
    assert _unit_at(cap, t.index("图为")).kind == "caption"
    assert _unit_at(cap, t.index("记者 陈立新 摄")).kind == "byline"
    # dated caption with a bare credit line
    t2 = PAGE_FEATURE
    arts2 = segment_page(t2)
    cap2 = _art_of(arts2, t2, "12月6日,桑田县文化馆")
    assert cap2.kind == "caption" and cap2 is arts2[-1]
    assert _art_of(arts2, t2, "孙立平 摄") is cap2


def test_column_break_joined_into_one_paragraph_and_sentence():
    t = PAGE_NEWS
    arts = segment_page(t)
    a = arts[0]
    off = t.index("青岩县医保局负责人")
    u = _unit_at(a, off)
    assert u.kind == "paragraph"
    assert "省心、更加便捷。" in t[u.start : u.end]
    assert "\n\n" in t[u.start : u.end]
    sents = sentences(t, u.start, u.end)
    assert len(sents) == 1
    s, e = sents[0]
    assert t[s:e].startswith("青岩县医保局负责人") and t[s:e].endswith("更加便捷。")


RUN_ON = ("青岩县2023年统计公报\n\n"
          "年末全县参保人数12.4万人。 养老服务体系不断完善。年末共有养老机构9个,床位860张。\n")


def test_paragraphs_run_together_on_one_line_are_read_apart():
    # a page that lost its line breaks keeps a space after the sentence ending each paragraph
    t = RUN_ON
    a = segment_page(t)[0]
    first, second = _unit_at(a, t.index("年末全县")), _unit_at(a, t.index("养老服务"))
    assert first.kind == second.kind == "paragraph" and first != second
    assert t[first.start:first.end] == "年末全县参保人数12.4万人。"
    assert t[second.start:second.end].startswith("养老服务") and t[second.start:second.end].endswith("床位860张。")
    # a space inside a sentence, or before a number, breaks nothing
    t2 = RUN_ON.replace("12.4万人。 养老", "12.4 万人。养老").replace("床位860张。", "床位。 860张。")
    units = {_unit_at(segment_page(t2)[0], t2.index(w)) for w in ("年末全县", "养老服务", "860张")}
    assert len(units) == 1


def test_a_headline_set_apart_by_blank_lines_heads_the_article_of_the_dateline_below_it():
    t = ("全市居民医保参保人数突破1600万人\n\n\n\n    天津日报讯 记者从市医保部门了解到,到目前为止,参保1612.4万人。\n\n"
         "    今年居民医保财政补助提至每人每年670元。\n\n    全市定点医疗机构达3100家。\n")
    arts = [a for a in segment_page(t) if a.kind == "article"]
    assert len(arts) == 1 and arts[0].headline is not None
    assert t[arts[0].headline[0]:arts[0].headline[1]] == "全市居民医保参保人数突破1600万人"
    assert arts[0].end > t.index("1612.4")


def test_author_tag_ends_article():
    t = PAGE_NEWS
    arts = segment_page(t)
    a = arts[0]
    tag = t.index("(王小燕)")
    assert a.end == tag + len("(王小燕)")
    assert _unit_at(a, tag).kind == "byline"
    assert _art_of(arts, t, "柳溪县新建") is not a


def test_counties_stay_in_their_own_articles():
    t = PAGE_NEWS
    arts = segment_page(t)
    qing, liu = arts[0], arts[1]
    for a, own, other in ((qing, "青岩", "柳溪"), (liu, "柳溪", "青岩")):
        seen_own = False
        for u in a.units:
            for s, e in sentences(t, u.start, u.end):
                assert other not in t[s:e]
                seen_own |= own in t[s:e]
        assert seen_own


def test_feature_subheads_stay_inside_and_next_item_splits():
    t = PAGE_FEATURE
    arts = segment_page(t)
    assert [a.kind for a in arts] == ["article", "article", "caption"]
    feat = arts[0]
    for needle in ("□ 本报记者 郑晓雯", "医疗提质量", "去年,桑田县", "养老有依靠", "互助幸福院"):
        assert _art_of(arts, t, needle) is feat
    assert _unit_at(feat, t.index("□ 本报记者")).kind == "byline"
    assert _unit_at(feat, t.index("医疗提质量")).kind == "headline"
    assert t[feat.headline[0] : feat.headline[1]].startswith("惠民实事暖民心")
    assert _art_of(arts, t, "会议要求") is arts[1]
    assert t[arts[1].headline[0] : arts[1].headline[1]] == "石桥镇部署冬季防火工作"


def test_web_page_furniture():
    t = PAGE_WEB
    arts = segment_page(t)
    assert [a.kind for a in arts] == ["article", "furniture"]
    art, foot = arts
    assert _unit_at(art, t.index("发布时间")).kind == "furniture"
    assert _unit_at(art, t.index("首页 >")).kind == "furniture"
    assert _unit_at(art, t.index("2019年,安和县")).kind == "paragraph"
    assert "安和县2019年医疗救助工作成效明显" in t[art.headline[0] : art.headline[1]]
    assert all(u.kind == "furniture" for u in foot.units)
    assert _art_of(arts, t, "ICP备") is foot
    assert _art_of(arts, t, "【打印本页】") is foot


def test_yearbook_entry_is_one_article_with_sections():
    t = PAGE_YEARBOOK
    arts = segment_page(t)
    assert len(arts) == 1
    kinds = [u.kind for u in arts[0].units]
    assert kinds.count("section") == 3
    sec = _unit_at(arts[0], t.index("【医疗救助】"))
    assert t[sec.start : sec.end] == "【医疗救助】"
    assert _unit_at(arts[0], t.index("全年实施医疗救助")).kind == "paragraph"


def test_bulletin_sections_do_not_split():
    t = PAGE_BULLETIN
    arts = segment_page(t)
    assert len(arts) == 1
    a = arts[0]
    assert _unit_at(a, t.index("二、社会保障")).kind == "section"
    assert "统计公报" in t[a.headline[0] : a.headline[1]]


def test_headlines_printed_after_their_body():
    t = PAGE_TRAILING
    arts = segment_page(t)
    assert len(arts) == 2
    assert _art_of(arts, t, "志愿服务暖人心") is arts[0]
    assert _art_of(arts, t, "白沙镇——") is arts[0]
    assert _art_of(arts, t, "东坡镇——") is arts[1]
    assert _art_of(arts, t, "12月5日") is arts[1]
    assert t[arts[1].headline[0] : arts[1].headline[1]].endswith("冬季防火不放松")


def test_caption_between_paragraphs_stays_in_host_article():
    t = (
        "河源县医保服务站覆盖全部行政村\n\n"
        "本报讯(记者 林涛)近日,河源县在全县96个行政村建成医保服务站,群众可就近办理参保登记和异地备案。\n\n"
        "图为河源县东岗村医保服务站工作人员为村民办理业务。\n\n"
        "记者 林涛 摄\n\n"
        "据介绍,服务站开通以来已累计办理业务1.2万件,群众办事平均时间缩短一半。\n"
    )
    arts = segment_page(t)
    _check_invariants(t, arts)
    assert len(arts) == 1
    a = arts[0]
    assert _unit_at(a, t.index("图为")).kind == "caption"
    assert _unit_at(a, t.index("记者 林涛 摄")).kind == "byline"
    assert _art_of(arts, t, "据介绍") is a


def test_headline_set_inside_a_column_broken_sentence():
    t = (
        "甲县医保服务更方便\n\n"
        "本报讯(记者 王五)近日,甲县医保局负责人介绍,下一步将继续优化经办流程,让参保群众享受更加便捷的\n\n"
        "丙县新建村级卫生室15所\n\n"
        "医保服务。\n\n"
        "丙县新建村级卫生室15所\n\n"
        "本报讯 今年该县新建标准化村级卫生室15所。\n"
    )
    arts = segment_page(t)
    _check_invariants(t, arts)
    assert len(arts) == 2
    first = arts[0]
    assert _art_of(arts, t, "医保服务。") is first
    assert _unit_at(first, t.index("丙县新建")).kind == "headline"
    assert t[first.headline[0] : first.headline[1]] == "甲县医保服务更方便"
    assert _art_of(arts, t, "本报讯 今年") is arts[1]


def test_sentences_and_clauses():
    t = "他说:“参保很方便。”随后,全县参保28.6万人,参保率98.1%;基金收入1,520万元!还有吗?\n下一行"
    ss = [t[s:e] for s, e in sentences(t, 0, len(t))]
    assert ss == ["他说:“参保很方便。”", "随后,全县参保28.6万人,参保率98.1%;", "基金收入1,520万元!", "还有吗?", "下一行"]
    s, e = sentences(t, 0, len(t))[1]
    cl = [t[a:b] for a, b in clauses(t, s, e)]
    assert cl == ["随后", "全县参保28.6万人", "参保率98.1%"]  # the breaks belong to no clause
    fig = t.index("28.6万人")
    a, b = clause_at(t, (s, e), fig, fig + len("28.6万人"))
    assert t[a:b] == "全县参保28.6万人" and (a, b) in clauses(t, s, e)
    s, e = sentences(t, 0, len(t))[2]
    # the comma of a thousands separator breaks no clause
    assert [t[a:b] for a, b in clauses(t, s, e)] == ["基金收入1,520万元"]
    listed = "全县纳入低保2,304户、4,917人,发放资金1,086万元。"
    assert [listed[a:b] for a, b in clauses(listed, 0, len(listed))] == [
        "全县纳入低保2,304户、4,917人", "发放资金1,086万元"]
    fig = t.index("1,520万元")
    a, b = clause_at(t, (s, e), fig, fig + len("1,520万元"))
    assert t[a:b] == "基金收入1,520万元"
    wide = "截至3月底，全县、全市：共计5人。"
    # 、 joins the items of a list: it does not break a clause
    assert [wide[a:b] for a, b in clauses(wide, 0, len(wide))] == ["截至3月底", "全县、全市", "共计5人"]
    fig = wide.index("5人")
    assert clause_at(wide, (0, len(wide)), fig, fig + 2) == (wide.index("共计"), len(wide) - 1)
    # a headline line followed by its body is two sentences
    h = "柳溪县新建村级卫生室\n\n今年该县新建卫生室15所。"
    assert [h[a:b] for a, b in sentences(h, 0, len(h))] == ["柳溪县新建村级卫生室", "今年该县新建卫生室15所。"]


def test_article_at_outside_any_article():
    t = PAGE_NEWS
    arts = segment_page(t)
    assert article_at(arts, 0) is None  # leading blank line
    assert segment_page("") == []
    assert segment_page("\n \n\u3000\n") == []


# --------------------------------------------------------------------------
# seed pages (development set, shared next to the checkout): full coverage, no overlaps

# article counts read off the seed pages by hand (regression guard)
_SEED_COUNTS = {
    "000_5ad1a83885a31477.txt": 6,
    "001_793806d7541ad049.txt": 7,
    "002_56479cff12766536.txt": 10,
    "003_32a437cd36f62152.txt": 5,
    "004_8dedaf636ce4bc23.txt": 6,
}


# the counted pages are always cases, so a missing corpus fails instead of leaving no cases
_SEED_NAMES = sorted(set(_SEED_COUNTS) | {p.name for p in SEEDS.glob("*.txt")})


@pytest.mark.parametrize("name", _SEED_NAMES)
def test_seed_pages_covered_exactly_once(name):
    assert SEEDS.is_dir(), f"seed pages not found: {SEEDS}"
    path = SEEDS / name
    assert path.is_file(), f"seed page missing: {path}"
    text = decode(path.read_bytes()).text
    arts = segment_page(text)
    _check_invariants(text, arts)
    if path.name in _SEED_COUNTS:
        assert len(arts) == _SEED_COUNTS[path.name]


def test_page_number_between_halves_of_a_sentence_joins_them():
    # a PDF page break printed as "- 2 -" falls inside a sentence
    t = ("桑田县2024年城乡居民医保参保工作情况\n\n  - 1 -\n\n 一、总体进展\n\n"
         " (一)全县参保进展。截止3月5日,已完成参保81230人。石门镇、青岩镇、河东\n\n  - 2 -\n\n"
         " 乡完成率已超过90%,其中河西乡 76.2%。\n")
    arts = segment_page(t)
    _check_invariants(t, arts)
    owner = next(a for a in arts if a.start <= t.index("河东") < a.end)
    u = _unit_at(owner, t.index("河东"))
    assert u.kind == "paragraph" and "76.2%" in t[u.start:u.end]
    # the page numbers are furniture, never headlines that open articles
    assert not any(a.headline and "- 1 -" in t[a.headline[0]:a.headline[1]] for a in arts)


@pytest.mark.parametrize("before,after", [(1, 1), (1, 2), (2, 2), (3, 3)])
def test_a_page_number_between_two_pages_of_a_report_parts_no_articles(before, after):
    # a report's text taken from a PDF: its pages go on under the one title, whatever blank lines
    # the page number stands between
    t = ("桑田县医疗保障局2024年工作总结\n\n一、参保扩面\n\n全县城乡居民医保参保41.2万人,参保率96.1%。"
         + "\n" * (before + 1) + "- 2 -" + "\n" * (after + 1) +
         "二、医疗救助\n\n全年医疗救助支出1320万元,救助2.6万人次。\n")
    arts = segment_page(t)
    _check_invariants(t, arts)
    assert len(arts) == 1 and t[arts[0].headline[0]:arts[0].headline[1]] == "桑田县医疗保障局2024年工作总结"


def test_nonspace_len_leaves_out_every_blank_of_ws():
    from extract.segment.lines import WS, nonspace_len

    s = "参保" + WS + "人数" + WS[::-1] + "\n"
    assert nonspace_len(s) == len(s) - 2 * len(WS) == sum(c not in WS for c in s)


def test_furniture_keys_are_counted_only_when_a_line_holds_one():
    from extract.segment.furniture import is_furniture

    assert is_furniture("发布时间：2025-06-01 浏览次数：120")
    assert not is_furniture("全县城乡居民医保参保人数达到8万人。")
    # a report's paragraph of sentences may name the portal and a read count: still a paragraph
    assert not is_furniture("（一）主动公开。全年通过县政府门户网站公开信息126条,同比增长9.6%;在县医保局公众号发布信息"
                            "88条,阅读量合计约15万次。重点公开了参保缴费、待遇享受等政策,全县参保人数31.2万人。")
    assert is_furniture("门户网站  阅读量:326  【打印】")
    # a mirror's page run onto one line, its footer's registration number at the end: still the report
    assert not is_furniture("11月7日,某县召开2017年度城乡居民医保参保缴费工作动员会议。会议通报,2016年全县参保108.6万人,"
                            "参保率98%以上。全年基金支出5.62亿元,同比增长12.3%。 版权所有 © 2016 备案号:鲁ICP备12034567号-1")
    assert is_furniture("版权所有 © 2016 某县人民政府 备案号:鲁ICP备12034567号-1")


@pytest.mark.parametrize("line, furniture", [
    # a list of links to other stories: its heading, and each title followed by its date
    ("相关新闻:", True),
    ("· 全市职工医保参保人数突破30万 2024-03-18", True),
    ("我县召开医疗救助工作推进会 [2024-02-27]", True),
    ("县医保局开展打击欺诈骗保专项行动 2024-01-09 16:20", True),
    ("· 市医保局发布2024年医保惠民十项举措 2024-03-05", True),  # (发布 in a title is no posting line)
    ("来源:县医保局 发布 2024-03-05", True),
    # a date and a paper's or an office's name, as the page's own posting line (a dateline)
    ("2013年09月17日  商洛日报", True),
    ("2011年05月09日 10:12:30  来源:某某日报", True),  # (来源: before the paper)
    ("某某日报  2010-11-22  第二版", True),  # (and the page it was printed on)
    ("某人社发〔2022〕86号", True),  # a document's number under its title
    ("全县共办理业务86号", False),
    # a posting line's counters
    ("2015-06-02 08:30  来源:某某日报  编辑:小张  阅读:56次  评论:0条", True),
    ("(来源:某某人大网  浏览:318次)", True),
    ("2012-09-21 15:02:10 来源:某某新闻网  作者:张三 李四", True),  # (a date, then 来源: and 作者:)
    ("来源:县卫生局 2012年9月21日", True),
    ("缴费时间:2024年9月1日至12月31日", False),  # (a notice's dates are no posting line)
    ("(2013年1月)", True),
    ("——2016年2月在某市第十五届人民代表大会第五次会议上", True),
    # a sentence, or a figure whose cut-off date follows it, is no link
    ("全县参保率达到97%,截至 2024-03-18", False),
    ("全县参保人数达到45.6万人。 2024-03-18", False),
    # a date alone on its line, or beside the body that issued it, dates the page (a dateline)
    ("2024-03-18", True),
    ("2016年03月11日 09:20", True),
    ("某某县医疗保障局　2020年3月", True),
    ("2020年3月 县统计局", True),
    ("二〇二一年一月二十日", True),
    ("——2021年1月20日在县第十八届人民代表大会第五次会议上", True),
    # a month alone may head its figures; a title or a sentence is no dateline
    ("2020年3月", False),
    ("2023年7月全县医保运行情况", False),
    ("2023年7月12日全县召开医保工作会议", False),
    # a site's crumbs: three names of its sections with two arrows between, whatever the site is called
    ("某省人民政府 >> 政务信息 >> 市县动态", True),
    ("政务公开»通知公告»县区动态", True),
    # (or more names: 新闻中心 > 国内新闻 > 某省新闻 > 某某日报)
    ("资讯中心 > 国内资讯 > 湖北资讯 > 湖北日报", True),
    ("年鉴资源库 > 地方年鉴 > 山西 > 晋中市", True),
    ("参保率>95%,报销比例>70%", False),
    # a document-sharing site's line above the file it serves
    ("上传者:doc_user27  上传时间:2021-05-14  下载:36次  页数:4", True),
    ("页数:12", True),
])
def test_a_list_of_links_and_a_dateline_are_furniture(line, furniture):
    from extract.segment.furniture import is_furniture

    assert is_furniture(line) is furniture


def test_links_are_blanked_out_and_the_page_s_own_source_line_kept():
    from extract.segment.page import blank_link_lines

    text = "(来源:县政府网  2025-03-26)\n· 全县新增城镇就业3120人 2023-04-30\n"
    out = blank_link_lines(text)
    assert len(out) == len(text) and out.splitlines()[0] == text.splitlines()[0]
    assert not out.splitlines()[1].strip()


def test_a_tables_rows_are_no_headlines():
    from extract.segment.lines import is_headline_like

    # a label and its cells spaced apart, the last one a number: a row of a table, however short
    assert not is_headline_like("安平县  52.3  97.8")
    assert not is_headline_like("城乡低保对象(人)    8125    8406    -3.4%")
    # also with pipes between its cells; and a header row drawn with pipes is no headline either
    assert not is_headline_like("桐梓县|63.8|51.1|80.09%")
    assert not is_headline_like("县(市、区)|目标任务(万人)|已缴费(万人)|完成率")
    assert not is_headline_like("(未列出的县市区完成率均低于94%)")  # a note in brackets
    # nor a line of English words alone: a yearbook's column names under its Chinese ones
    assert not is_headline_like("                Rate      Person-times  Compensation")
    # nor an item of a bulleted list, short and unpunctuated as it is
    assert not is_headline_like("·3万元—8万元(含)部分:报销65%")
    # nor a row whose last cell is left empty with a dash (医疗救助资金  1456  1402  —)
    assert not is_headline_like("医疗救助资金            1456        1402        —")
    assert not is_headline_like("医疗救助资金|1456|1402|—")
    # nor a row of worded cells set apart by column gaps (低保对象      救助3.18万人次  救助资金2215万元)
    assert not is_headline_like("低保对象      救助2.46万人次  救助资金1730万元")
    assert is_headline_like("医疗救助——兜住底线")

    # a headline with a figure in it, or a date spaced out, is still one
    assert is_headline_like("全县医保参保率达97.8%")
    assert is_headline_like("2024年 全县新增就业 5200人")
    # a sentence longer than a headline, with a blank after each number as a converted PDF has it,
    # is no headline of two halves
    assert not is_headline_like("2024 年,全县新增城镇就业岗位5200 个,零就业家庭动态清零率100 %")
    page = "2023年全市城乡居民医保参保情况\n\n县区  参保人数  参保率\n安平县  52.3  97.8\n饶阳县  30.6  98.1\n"
    [article] = segment_page(page)
    assert [page[u.start:u.end] for u in article.units if u.kind == "headline"] == [
        "2023年全市城乡居民医保参保情况", "县区  参保人数  参保率"]


def test_a_rule_drawn_under_a_tables_column_groups_keeps_the_table_in_its_titles_article():
    # 一季度 over ------ over 累计 同比: the header's middle line is neither a paragraph nor a kicker
    page = ("某市2023年前三季度医疗保障主要指标\n\n"
            "                          一季度              二季度\n"
            "指标名称          单位    ----------------    ----------------\n"
            "                          累计    同比(%)     累计    同比(%)\n"
            "医疗救助资金支出  万元    1203.5  -2.10       2544.8  1.35\n"
            "医疗救助人次      人次    31502   3.02        66014   -1.20\n")
    [article] = segment_page(page)
    assert [u.kind for u in article.units] == ["headline"] * 4 + ["paragraph"] * 2
    from extract.segment.lines import is_kicker
    assert is_kicker("青岩县——") and not is_kicker("指标名称          单位    ----------------")


def test_a_work_report_s_parts_are_its_sections_and_a_repost_s_credit_is_furniture():
    from extract.segment.lines import LineKind, classify

    assert classify("2008年工作回顾") is LineKind.SECTION
    assert classify("2009年主要工作") is LineKind.SECTION
    assert classify("主要工作成效显著") is LineKind.HEADLINE  # (a headline that opens with the words)
    assert classify("转载自:某某网") is LineKind.FURNITURE


def test_a_straight_quote_after_a_full_stop_opens_the_next_sentence_unless_one_is_open():
    """收入增长6%。"十四五"期间,…: the quote opens the next sentence, and its time goes with it;
    他说:"参保很方便。" closes the quote it opened."""
    t = '全县收入增长6%。"十四五"期间,累计新建学校9所。他说:"参保很方便。"随后参保3万人。'
    ss = [t[s:e] for s, e in sentences(t, 0, len(t))]
    assert ss == ["全县收入增长6%。", '"十四五"期间,累计新建学校9所。', '他说:"参保很方便。"', "随后参保3万人。"]


def test_a_paragraph_ending_in_a_note_on_its_editor_is_no_furniture():
    from extract.document import process_document
    from extract.records import DocMeta, ManifestRow
    from extract.segment.furniture import is_furniture
    page = "某县医疗救助工作扎实推进\n\n今年全县共救助困难群众1.3万人次。(责任编辑:王某)\n"
    result = process_document(decode(page.encode("utf-8")), DocMeta("t.txt", "t.txt", ManifestRow("", "", "2012-09")))
    assert [m.text for m in result.mentions] == ["1.3万人次"]
    assert is_furniture("(责任编辑:王某)") and not is_furniture("今年全县共救助困难群众1.3万人次。(责任编辑:王某)")


def test_a_link_line_at_the_foot_repeating_the_title_quotes_nothing_of_it():
    # (相关链接: the bulletin's other parts, their titles the page's own: the title stays the page's headline,
    # no pull quote of the link line)
    from extract.segment.blocks import page_blocks
    title = "嫩江县2016年全县国民经济与社会发展情况统计公报"
    page = (f"{title}(3)\n卫生事业稳步发展。全县共有医疗卫生机构 236 个,其中县级医院 3 个,乡镇卫生院 14 个;拥有床位 "
            f"1306张,卫生技术人员 1189 人。\n相关链接:{title}(2)  {title}(4)\n")
    found = page_blocks(page)
    blocks = found[0] if isinstance(found, tuple) else found
    assert blocks[0].pq_owner is None
