"""The part a named place plays in its sentence (GUIDELINES §6): a place a figure may be about, one of an enumeration
of places, the owner of an agency or a source, a venue; and the words that stand near a place without making it a
figure's (a person's name, an award's scope)."""
from __future__ import annotations

from bisect import bisect_right
from functools import lru_cache

import regex

from extract.care_places import gives_care
from extract.gazetteer import UPPER, Gazetteer, Place
from extract.quotations import QUOTE_CLOSE, name_opening
from extract.rank_sets import income_benchmark, own_county_filed, ranked_in_area, ranks_within
from extract.segment.furniture import POSTED_BY
from extract.spans import hits, last_of, record
from rules.fragments import alternation
from rules.punctuation import FULL_STOPS
from rules.pattern_cache import compiled
from rules.wordlists import table, words


@record
class Located:
    start: int
    end: int
    place: Place
    # "" a place a figure may be about; "listed" one of an enumeration; "owner" of an agency; "venue" where
    # an event was held; "class" the set the subject is one of (作为某市试点地区之一); "part" one of the parts
    # an area's figure is broken into; "name" the first word of a quoted name (“陕西医保”小程序) or of an app's
    # or account's (某省医保APP); "base" what a figure is compared with (高于晋中市平均水平); "dateline"
    # where a wire story was filed (新华社北京3月2日电) or a post sent (17:45 甘肃); "grantor" a superior
    # granting money to the page's own unit (某地区下达我县…), or whose orders, policies or data the page
    # follows (按照省、某市统一部署; 执行某市医保政策; 数据来源于某省…平台); "document" inside a document's title in 《》:
    # not a figure's, but 全县 … may still mean it; "outlet" the first word of a news outlet's name (某某日报讯):
    # not a figure's, but 全市 … may still mean it (某市日报讯 …全市参保人数: the city's paper on the city);
    # "care" where a patient was treated (在某市做了手术): not a figure's either, but may be what 全县 means;
    # "level" a level of care the place names (到某市以上医院住院): no figure's and no referent
    role: str = ""

    @property
    def subject(self) -> bool:
        return not self.role or self.role == "part"


_LIST_SEPARATOR = compiled(r"[、,]|和|及|与|以及")
# roles of places that 全县, 全市 … never refer to, and that are no article's main region
NO_REFERENT = frozenset({"listed", "venue", "part", "name", "base", "dateline", "class", "grantor", "level", "addressee"})
# 哈密地区下达我县补助资金1800万元, 完成某市下达任务数的99.2%(下达的5.6万人任务), 根据某市统一部署,现将我县…: a superior
# granting money to the page's own county, paying its share of a fund, setting it a task or arranging its
# work, is no referent
_GRANTOR = compiled(r"(?:下达|下拨|拨付|安排|分配|拨给|给予)给?(?:我|本)(?:县|市|区|旗)"
                    # (株洲市和我市两级财政补助36元, 赤峰市和旗级财政各补助7元: the city sharing the county's part of a fund)
                    r"|[和与及、](?:我|本)(?:县|市|区|旗)[两二三]级|[和与及、](?:县|市|区|旗)级?财政(?:各|分别)"
                    r"|\p{Han}{0,4}?(?:统一)?(?:部署|安排|要求)[^。!?！？\n]{0,12}?(?:我|本)(?:县|市|区|旗)"
                    r"|(?:下达|下发|分配)(?:给?(?:我|本)(?:县|市|区|旗))?的?\p{Han}{0,6}?(?:\d[\d.]*[万亿]?[人户元次]{0,2}%?的?)?(?:任务|目标|指标|计划)"
                    # (中央财政补助132万元,某市级补助8万元,县本级配套40万元: one source of the county's fund)
                    r"|级(?:财政)?(?:补助|配套|补贴|拨款)"
                    # (…,赤峰市财政补助8元 (四元),旗财政补助14元; | 某市财政 | 7 | 12 |: a level's share of the county's standard)
                    r"|财政(?:补助|配套|补贴)(?:标准)?(?:为)?\s*(?:\d{1,3}(?:\.\d+)?|[一二两三四五六七八九十]{1,3})\s*元|财政[ \t\u3000|｜]+\d")
# 根据红河州医疗保障局关于统计信息公开的工作部署,现将我市…: the body whose arrangement the page's own unit follows
# (按照省、某市统一部署; 严格执行国家和省、某市医保政策: the levels above listed before the place too)
# (按照国家医保局和省、徐州市统一部署: the bodies above named before the place as well)
_ACCORDING_TO = compiled(r"(?:根据|按照|依据|执行|落实)(?:(?:国家|中央|上级|省|市|州)(?:\p{Han}{0,4}?[局厅委部办])?[、和及与]?)*$")
_CUES: dict[str, list[str]] = {}
for _word, _cue in table("role_cues.tsv"):
    _CUES.setdefault(_cue.strip(), []).append(_word)
# (住进柳州市工人医院, 转到张家界市人民医院: the hospital a patient went to, where, not whose figures)
_TREATED_AT = compiled("(?:" + alternation(_CUES["treated"]) + ")$")
_HOSPITAL = compiled(r"\p{Han}{0,10}?(?:" + alternation(_CUES["hospital"]) + ")")
# (多项工作受到宜春市民政局通报表扬: the body above praising the page's own unit)
_PRAISED_BY = compiled("(?:" + alternation(_CUES["praised"]) + ")$")
_PRAISE = compiled(r"\p{Han}{0,8}?(?:" + alternation(_CUES["praise"]) + ")")
# (在曲靖市医保局的业务指导下: the bureau above guiding the page's own unit's work)
_GUIDING_BUREAU = compiled(r"\p{Han}{0,8}?局的?(?:业务|精心|大力)?(?:" + alternation(_CUES["guidance"]) + ")")
# (数据来源于某省医疗保障信息平台: where a table's data were drawn from, not what they are about)
_DRAWN_FROM = compiled(r"(?:来源于|来自于?|取自|源于|数据来源[:：]?)$")
# (按照某省统一部署,调整…: the basis of the county's own action, right after the place, needs no 我县)
_ARRANGED = compiled(r"[^。!?！？\n]{0,40}?(?:部署|安排|要求|通知|精神|规定|办法|文件)[^。!?！？\n]{0,12}?(?:我|本)(?:县|市|区|旗)"
                     r"|的?(?:统一)?(?:部署|安排|要求|规定)|\p{Han}{0,4}?政策")
_LEVEL_OF_CARE = compiled(r"(?:市|州|省)?(?:级)?及?以上(?:的)?(?:医院|医疗机构|定点医疗机构|定点医院)")
_YEARBOOK_NAMED = ("年鉴", "统计年鉴", "县志", "市志")
_CLASS_BEFORE = compiled(r"(?:是|作为|成为|列为|被确定为)[^。！？!?,，\n]{0,6}$")
_ONE_OF = compiled(r"[^。！？!?,，\n\d]{0,20}?(?:之一|第[一二三四五]大(?:县|市|区|旗)|人口大(?:县|市|区|旗))")  # (是贵州人口第一大县)
# 高出全市平均水平3.2个百分点, 占全省的18%, 比邻近的松阳县高出: the area after these is what a figure is measured against
COMPARED_WITH = r"(?:高出|高于|低于|超过|超出|优于|好于|比|较|占)(?:\p{Han}{1,3}的)?$"
COMPARED_REACH = 6  # characters from the comparing word to the place or reference word
OUTLET_NAME = 16  # characters from a place to its outlet's marker (新闻网9月14日讯)
DOCUMENT_TITLE = 100  # characters a document's title in 《》 runs on either side of a place in it (four agencies' joint notice)
QUOTED_NAME = 8  # characters a quoted name (an app, a brand, a campaign) runs on after its place
BREAKDOWN_REACH = 300  # characters from a breakdown's opening words to its last part


@lru_cache(maxsize=None)
def _agency_pattern() -> regex.Pattern:
    """柘城县合管办, 恩施州医保局: after a place, a short body name ending in an agency word."""
    # the body word must not be the end of a verb or another noun (举办, 布局, 大厅)
    return compiled(r"\p{Han}{0,8}?(?<![举创兴开承主协督代包操筹申帮格布结当大全餐客展])(?:"
                         + alternation(words("agency_suffixes.txt")) + r")(?![理法事学面势部门长])")


@lru_cache(maxsize=None)
def _venue_pattern() -> regex.Pattern:
    """北京人民大会堂, 省体育中心: after a place, a short venue name."""
    return compiled(r"\p{Han}{0,6}?(?:" + alternation(words("venue_suffixes.txt")) + ")")


@lru_cache(maxsize=None)
def _outlet_pattern() -> regex.Pattern:
    """某某日报, 某某新闻网讯, 某某网9月14日讯: after a place, a news outlet's name; an ending of one
    character (网, 报) only before the report's marker (讯, 电, 消息), being the start of other words too (网格员, 报销)."""
    ends = words("news_outlets.txt")
    long, short = [w for w in ends if len(w) > 1], [w for w in ends if len(w) == 1]
    marker = r"\s*(?:\d{1,2}月\d{1,2}日)?\s*(?:讯|电|消息)"
    return compiled(r"\p{Han}{0,4}?(?:(?:" + alternation(long) + ")|(?:" + alternation(short) + ")" + marker + ")")


def _ends_a_counted_list(text: str, l: Located) -> bool:
    """The place is one of a list that a count of its units closes (某、某、某三市; 某和某两县; 某、某
    等3个设区市): a list mark before it or after it, then the count."""
    m = _counted_list_tail().match(text, l.end)
    return m is not None and (bool(m.group("more")) or text[max(0, l.start - 1):l.start] in ("、", "和", "及", "与"))


@lru_cache(maxsize=None)
def _counted_list_tail() -> regex.Pattern:
    units = alternation(["设区市", *words("area_units.txt")])
    return compiled(r"(?P<more>(?:(?:、|和|及|与)\p{Han}{1,8}?)*)等?[两二三四五六七八九十\d]{1,2}个?(?:" + units + ")")


def names_an_award(text: str, start: int) -> bool:
    """荣获全省…奖: the reference word right after a verb of winning is the award's scope."""
    return _AWARD_BEFORE.search(text, max(0, start - 4), start) is not None


_AWARD_BEFORE = compiled("(?:" + alternation(words("award_verbs.txt")) + ")[“\"「《]?$")  # (被评为“全省…”)


@lru_cache(maxsize=None)
def _person_cues() -> dict[str, tuple[str, ...]]:
    cues: dict[str, list[str]] = {}
    for word, kind in table("person_cues.tsv"):
        cues.setdefault(kind, []).append(word)
    return {k: tuple(v) for k, v in cues.items()}


def is_person_name(text: str, start: int, end: int) -> bool:
    """李荣昌介绍 / 工作人员周璧山: a short place form right after a surname, with a role word
    before or a speech verb after, is a person's name."""
    cues = _person_cues()
    if start == 0 or text[start - 1] not in cues["surname"]:
        return False
    return (text.startswith(cues["speech"], end)
            or text[max(0, start - 9):start - 1].rstrip(" \u3000").endswith(cues["role"]))  # (记者 周卫东)


def roles(text: str, located: list[Located]) -> list[Located]:
    """Mark the places of enumerations (太谷、祁县、平遥3个县), the places that only
    own an agency or a source (柘城县合管办, 省统计局) and those that only name a venue (北京
    人民大会堂) — none is what a figure is about — and the parts of an area's breakdown
    (分县区看,X县…;Y县…), each what its own clause is about only."""
    listed: set[int] = set()
    for i in range(len(located) - 1):
        a, b = located[i], located[i + 1]
        if (a.place.level in UPPER and b.place.level in UPPER
                and _LIST_SEPARATOR.fullmatch(text, a.end, b.start)):
            listed |= {i, i + 1}
    # 张家口、承德、保定三市…: a member of a list that ends in a count of its units is listed, also
    # where a name of the list was not read as a place
    listed |= {i for i, l in enumerate(located) if l.place.level in UPPER and _ends_a_counted_list(text, l)}
    # 海棠区1286人、吉阳区1893人、崖州区2246人: units of one level each with its figure break their area down
    figured = {j for i in range(len(located) - 1) for j in (i, i + 1)
               if located[i].place.level in UPPER and located[i + 1].place.level == located[i].place.level
               and _FIGURE_BETWEEN.fullmatch(text, located[i].end, located[i + 1].start)}
    opened = [h.end for h in hits(text, "area_breakdowns.txt")] if located else []  # one pass per page
    # 其中,平遥县…,介休市…: a place right after 其中 opens a breakdown of the area before it, or one a total leaves out
    opened = sorted(opened + [l.start for l in located if l.place.level in UPPER
                              and _PARTS_BEFORE.search(text, max(0, l.start - 4), l.start)])
    out = []
    for i, l in enumerate(located):
        role = "listed" if i in listed else ""
        agency = None
        if not role and _in_a_document_title(text, l):
            role = "document"  # 根据《某省医疗救助实施办法》,现将我县…: the rule's scope, not the figures'
        elif not role and (_in_a_quoted_name(text, l) or _account_pattern().match(text, l.end)
                           or _names_an_event(text, located, i) or _on_a_link_list(text, l)):
            role = "name"  # (版面导航：神木…·定边荞麦亩产创新高: the page's other stories, no referent of this one's)
        elif not role and (_COMPARED_WITH.search(text, max(0, l.start - COMPARED_REACH), l.start)
                           or ranks_within(text, l.start, l.end) or income_benchmark(text, l.start, l.end)):
            role = "base"  # 高于晋中市平均水平, 居某市各县首位: what the figure is measured against
        elif not role and _LEVEL_OF_CARE.match(text, l.end):
            role = "level"  # 到潍坊以上医院住院,只能报三成: a level of care, named by the lowest body at it
        elif not role and _CLASS_BEFORE.search(text, max(0, l.start - 8), l.start) and _ONE_OF.match(text, l.end):
            role = "class"  # 新郑市作为郑州市试点地区之一: the set the subject is one of
        elif not role and (_GRANTOR.match(text, l.end) or arranged_by(text, l.start, l.end)
                           or _DRAWN_FROM.search(text, max(0, l.start - 5), l.start)
                           or (_PRAISED_BY.search(text, max(0, l.start - 2), l.start) and _PRAISE.match(text, l.end))
                           or _GUIDING_BUREAU.match(text, l.end)):
            role = "grantor"
        elif not role and (_venue_pattern().match(text, l.end, l.end + 10)  # (10: the longest venue name)
                           or (_TREATED_AT.search(text, max(0, l.start - 3), l.start) and _HOSPITAL.match(text, l.end))):
            role = "venue"
        elif not role and ((_DATELINE.match(text, l.end) and not own_county_filed(text, l.start, l.end, l.place.level))
                           or _POSTED_AT.search(text, max(0, l.start - 20), l.start)):  # (本报兰溪讯: about 兰溪)
            role = "dateline"
        elif not role and _ADDRESSEES.match(text, text.rfind("\n", max(0, l.start - 80), l.start) + 1, l.start):  # (a short line)
            role = "addressee"
        elif not role and l.place.level in UPPER and gives_care(text, l.start, l.end):
            role = "care"
        elif not role and _outlet_pattern().match(text, l.end, l.end + OUTLET_NAME):
            role = "outlet"
        elif not role and (i in figured or _in_breakdown(text, opened, l.start)
                           or (l.place.level in UPPER and ranked_in_area(text, l.end))):
            role = "part"  # (北流市基金支出全市居首, 为全市参保人数最多的县: a member of the area ranked in it)
        elif not role and l.place.level in UPPER and (agency := _agency_pattern().match(text, l.end, l.end + 16)):
            nxt = located[i + 1].start if i + 1 < len(located) else len(text)
            role = "owner" if agency.end() <= nxt else ""  # (16: the longest body name and its word)
        out.append(Located(l.start, l.end, l.place, role) if role else l)
    return out


def arranged_by(text: str, start: int, end: int) -> bool:
    """按照某市统一部署, 按照国家和省里的要求: a superior (a place, or 省里) whose arrangement the page's own unit follows."""
    return _ACCORDING_TO.search(text, max(0, start - 12), start) is not None and _ARRANGED.match(text, end) is not None


@lru_cache(maxsize=1024)  # (bounded: every entry holds its page's text, and pages stream through a worker)
def _in_a_document_title(text: str, l: Located) -> bool:
    """《某省医疗救助实施办法》, 《关于印发某县…方案的通知》: a place inside a document's title in book brackets."""
    opening, closing = text.rfind("《", max(0, l.start - DOCUMENT_TITLE), l.start), text.find("》", l.end, l.end + DOCUMENT_TITLE)
    return 0 <= opening and 0 <= closing and not any(c in text[opening:l.start] for c in "》\n") and "\n" not in text[l.end:closing]


def _on_a_link_list(text: str, l: Located) -> bool:
    """A place on a line that lists other stories (版面导航：…, 相关阅读：…)."""
    return _LINK_LIST_LINE.match(text, text.rfind("\n", 0, l.start) + 1, l.start) is not None


_LINK_LIST_LINE = compiled(r"[ \t\u3000]*(?:" + alternation(words("link_list_heads.txt") + words("page_nav_heads.txt"))
                           + r")(?:[:：]|[ \t\u3000]+·)")  # (本版导读 ·某区新增学位2160个 ·…: its items after dots)


def _names_an_event(text: str, located: list, i: int) -> bool:
    """“7·22”岷县漳县地震: a place that, with the places right after it, opens an event's name
    (rules/wordlists/event_nouns.txt) names the event, not what the page's figures are about."""
    while i + 1 < len(located) and located[i + 1].start - located[i].end <= 1:
        i += 1  # (岷县漳县, 岷县、漳县)
    return _event_pattern().match(text, located[i].end) is not None


@lru_cache(maxsize=None)
def _event_pattern() -> regex.Pattern:
    return compiled(r"(?:" + alternation(words("event_nouns.txt")) + ")")


def _in_a_quoted_name(text: str, l: Located) -> bool:
    """“陕西医保”小程序, “宁都好人”, "爱山东"App, “爱山东”、微信: a place inside a short quoted name that goes on past it
    or begins before it names a thing (an app, a brand, a campaign), not what a figure is about."""
    if (close := _QUOTE_CLOSE_AT.search(text, l.end, l.end + QUOTED_NAME + 1)) is None:
        return False  # (asked for every place: the cheap look ahead first)
    opening = name_opening(text, max(0, l.start - QUOTED_NAME), l.start)
    return opening >= 0 and (close.start() > l.end or opening < l.start - 1)


@lru_cache(maxsize=None)
def _account_pattern() -> regex.Pattern:
    """某省医保微信公众号, 某省医保 APP, 某省政务服务网: right after a place, at most one field word and
    an app's, account's or website's word (rules/wordlists/account_names.tsv): the place opens the
    name of the thing people use, as in a quoted name."""
    kinds: dict[str, list[str]] = {"field": [], "account": []}
    for word, kind in table("account_names.tsv"):
        kinds[kind.strip()].append(word)
    return compiled("(?:" + alternation(kinds["field"]) + r")?\s*(?:" + alternation(kinds["account"]) + ")",
                         regex.IGNORECASE)


_QUOTE_CLOSE_AT = compiled(f"[{QUOTE_CLOSE}\"]")
# 新华社北京3月2日电, 中新网太原9月6日电, 某某网某市3月6日讯, 本报南昌讯: where the story was filed, not what it is about
_DATELINE = compiled(r"\s*(?:\d{1,2}月\d{1,2}日\s*[电讯]|讯)")
_POSTED_AT = compiled(rf"\d{{1,2}}:\d\d(?::\d\d)?{POSTED_BY}$")  # 17:45 甘肃: where a post was sent
_PARTS_BEFORE, _ADDRESSEES = compiled(r"其中[,，:：]?$|[(（](?:不含|不包括|含|包括)$"), compiled(r"[ \t\u3000]*(?:抄送|抄报|主送|报送|分送)[:：]")  # (其中,平遥县…; 全市(不含某市)…: a part; 抄送:…)
_COMPARED_WITH = compiled(COMPARED_WITH)
_FIGURE_BETWEEN = compiled(r"[^\d。！？!?\n、，,；;]{0,8}?\d[\d.]*\s*[万亿]?[^\d。！？!?\n、，,；;]{0,4}\s*[、，,；;]\s*")


def _in_breakdown(text: str, opened: list[int], start: int) -> bool:
    """After words that open a breakdown by area (`opened`: where each ends), with no full stop or line break between."""
    i = bisect_right(opened, start)
    return (i > 0 and opened[i - 1] >= start - BREAKDOWN_REACH
            and last_of(text, FULL_STOPS + "\n", opened[i - 1], start) < 0)


ORGAN_REF = {"市": "市属", "县": "县属", "区": "区属"}  # 市教育局: the body of the article's city, else the home one


def guides_from(text: str, pos: int) -> bool:
    """市民政局的精心指导下 (from after the place or the 市 of its body): a bureau above guiding the page's own
    unit's work, no referent of its figures."""
    return _GUIDING_BUREAU.match(text, pos) is not None


@lru_cache(maxsize=None)
def organ_pattern() -> regex.Pattern:
    """市教育局, 县医疗保障局: 市/县 not inside a place name, then a short organ name; a level of
    care (市级以上医院, 县外医院, 县内定点医院, 在省、市指定医院) names no body of that city or county, nor
    does the first character of a word (县卫健局、市场监管局: the county's market regulator; 区域医疗中心)."""
    return compiled(r"(?:(?<=^)|(?<=[^\p{Han}])|(?<=[在由和与经据的及联]))(?<![省市县][、和及与])([市县区])(?![级外内场域])\p{Han}{0,8}?(?:"
                         + alternation(words("organ_suffixes.txt")) + ")")


def locate(text: str, matches: list, home_code: str, gaz: Gazetteer) -> list[Located]:
    """The gazetteer's matches on a page that name a place there, each resolved among its namesakes
    by the places the page names unambiguously and the home region."""
    context = [home_code] if home_code else []
    context += [m.candidates[0].code for m in matches if len(m.candidates) == 1]
    # (重庆市, 开县: of namesakes, the one unit that still is, or was renamed, against units long gone)
    context += [live[0].code for m in matches if len(m.candidates) > 1
                and len(live := [c for c in m.candidates if c.current_code]) == 1]
    context = list(dict.fromkeys(context))
    page = gaz.context(context)  # read once: resolving each place costs the same on any page
    # Provinces the page is evidently about: the home region's, and those of places named
    # in full at county level or above.
    provinces = {home_code[:2]} if home_code else set()
    provinces |= {m.candidates[0].province_code[:2] for m in matches
                  if not m.short and m.candidates and m.candidates[0].level in UPPER}
    # a name that is also an ordinary word (新建县城: a new county-town school) names its place only on a
    # page of its prefecture: the home region's, or one of a place named in full
    prefectures = {m.candidates[0].prefecture_code for m in matches
                   if not m.short and m.candidates and m.candidates[0].level in UPPER}
    if len(home_code) == 6 and (home_place := gaz.by_code(home_code)) is not None:
        prefectures.add(home_place.prefecture_code)
    # 滕州:社会保障…: a short form that opens a line before a colon labels what follows with its place
    provinces |= {m.candidates[0].province_code[:2] for m in matches if m.short and len(m.candidates) == 1
                  and (m.start == 0 or text[m.start - 1] == "\n") and text.startswith((":", "："), m.end)}
    # 安吉年鉴2009, 安吉统计年鉴: a short form naming a yearbook is its place
    provinces |= {m.candidates[0].province_code[:2] for m in matches if m.short and len(m.candidates) == 1
                  and text.startswith(_YEARBOOK_NAMED, m.end)}
    # 汉中城固讯: a prefecture's and its county's short forms side by side vouch for each other
    provinces |= {a.province_code[:2] for x, y in zip(matches, matches[1:]) if y.start == x.end
                  for a in x.candidates for b in y.candidates if a.level in UPPER and b.prefecture_code == a.code}
    # a county's own page: its towns are its own; a town of another county the page never names
    # is a namesake (or a town the gazetteer knows under another name), not that county's
    home = gaz.by_code(home_code) if len(home_code) == 6 else None
    own = (home.current_code or home.code) if home is not None and home.level == "county" else ""
    counties = {c.current_code or c.code for m in matches for c in m.candidates if c.level == "county"}
    located: list[Located] = []
    for i, m in enumerate(matches):
        # 和林格尔县城关镇: a county named right before a township decides between namesakes
        before = [matches[i - 1].candidates[0].code] if (
            i and matches[i - 1].end >= m.start - 1 and matches[i - 1].candidates) else []
        p = gaz.resolve(m, page.plus(before)) if before else gaz.resolve(m, page)
        if p is None and before:
            p = gaz.resolve(m, before)
        if p is None:
            continue
        # A short form (永福 in a person's name, 沿河 "along the river") or a township far
        # from anything else on the page is more likely an ordinary word than that place.
        # 广西, 内蒙古: a province's short form names it wherever it stands
        province_short = p.level == "province" and gaz.has_counties(p.code)
        if (m.short or p.level not in UPPER) and p.province_code[:2] not in provinces and not province_short:
            continue
        if m.text in gaz.common_nouns and p.prefecture_code not in prefectures:
            continue
        if (m.short and is_person_name(text, m.start, m.end)) or _in_a_slogan(text, m):
            continue
        if own and p.level not in UPPER and p.county_code not in (own, "") and p.county_code not in counties:
            continue
        located.append(Located(m.start, m.end, p))
    return located


# 生态立县、文旅兴县发展战略, “科技富县”: a county's way forward in four characters, whose last two may spell a county
# (兴县, 富县) — in a run of such slogans, in quotes, or before the strategy it names (not 其中兴县、岚县…)
_SLOGAN_VERBS = "兴富强立活"
_SLOGAN_BEFORE = compiled(rf"(?:\p{{Han}}{{2}}[{_SLOGAN_VERBS}][县市][、,，]|[“\"‘])\p{{Han}}{{2}}$")
_SLOGAN_AFTER = compiled(r"(?:发展)?(?:战略|之路|理念)|[”\"’]")


def _in_a_slogan(text: str, m) -> bool:
    return (len(m.text) == 2 and m.text[0] in _SLOGAN_VERBS and m.text[-1] == "县" and not m.short
            and (_SLOGAN_BEFORE.search(text, max(0, m.start - 7), m.start) is not None
                 or (_SLOGAN_AFTER.match(text, m.end) is not None and text[m.start - 1:m.start] not in "年月日省市区")))


# blanks or a pipe, then the row's first figure, maybe after a word (介休市 完成率97.40%) or an English name (凉州区  Liangzhou  96.10)
_ROW_LABEL = compiled(r"[ \t\u3000|｜]+(?:\p{Han}{1,6}[ \t\u3000:：]*|[A-Z][A-Za-z .'’-]{0,30}?[ \t\u3000]+)?[-+]?\d"
                      r"|[ \t\u3000]*\n[ \t\u3000]*[-+]?\d[\d,.]*[ \t\u3000]*(?=\n|$)")  # (马尔康县 / 27316: one cell a line)
_ITEM_NUMBER = compiled(r"(?:\d{1,2}[.、．]|[(（]\d{1,2}[)）])?")


def opens_a_row(text: str, l: Located) -> bool:
    """A place that opens its line (after an item's number: 3.介休市 完成率97.40%), with the line's
    figures after it: a table row's or a ranking's label."""
    return (_ROW_LABEL.match(text, l.end) is not None
            and _ITEM_NUMBER.fullmatch(text[text.rfind("\n", 0, l.start) + 1:l.start].strip()) is not None)
