"""Stock or flow (GUIDELINES §6): whether a figure under an interval is a level at the interval's
end (as_of) or accrues over it (during), read from the words of its clause and sentence. The
word lists are data (stock_words, balance_words, flow_words, stock_openers, progress_rates,
running_total_words, thing_counters, year_balances, holding_verbs, group_leads, populations,
area_units, whole_area_counts, institution_nouns); `PeriodResolver.period` asks these two
questions once it knows the interval."""
from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

import regex

from extract.segment.sentences import BARE_NAME, clause_at, is_bare_item
from extract.spans import Span, Window, WordView, has_inserts, last_of, run_start
from rules.fragments import alternation, word_pattern
from rules.pattern_cache import compiled
from rules.punctuation import SENTENCE_ENDS
from rules.taxonomy import sets
from rules.wordlists import words

# the time rules whose periods have a start of their own (自2016年以来, 近5年来, 2016—2020年)
STARTED = frozenset({"since", "lookback", "open_start", "era", "year_range"})
_ACCRUING = ("元", "人次")  # money and visits accrue (GUIDELINES §6), whatever a sentence opens with
_NAMED_RATE = compiled(r"率")
_OVER_THE_YEAR = compiled(r"\s*全年(?:全[县市区旗州省])?共有")
# (全年共保障城市低保对象X户Y人,农村低保对象A户B人: every group the year's sentence counts, over the year)
_YEAR_LONG = compiled(r"\s*全年")
_BEFORE_HEAD = compiled(r"\s*(?:[^\d\s,，。;；]{0,6}讯\s*)?")  # (a dateline's 本报讯 before the clause's time)
_SHARE_REACH = 32  # characters back from a share to the count it follows (…41.11万人,占全市参保总人数的40.7%)
_SHARE_OF_COUNT = compiled(r"\d\s*万?(?:人|户)\s*[,，]\s*(?:约|仅)?占(?:比|[^\d,，。;；]{0,12}?的)?\s*(?:约|达)?\s*$")
_ADDED = compiled(r"新增|净增|新建|新设")  # (新建村级医保服务点47个: the points built in the period)
# who an insurance has, right before their count (参加失业保险的职工有3.2万人, 参加工伤保险职工人数6440人);
# 参加医保政策培训的干部 are people at a training
_ENROLLED = compiled(r"(?<!资助|代缴|帮助|动员|组织)参加[^\d,;:。，；：、]{0,14}?(?:保险|医保|新农合)的?(?:[^\d,;:。，；：、]{0,4}?"
                     r"(?:人数|人员|职工|居民|群众|农民|人口|对象))?(?:已?达到|已?达|为|有|共|累计)?\s*$")
# An item of a list of things that leaves its verb to an item before it (…拥有汽车41辆,空调156台,
# 冰箱98台): a short noun and the count, which ends its clause; the clause before ends with a
# count and its unit.
_BARE_ITEM = compiled(rf"[^\d\s]{{1,{BARE_NAME}}}\s*\d")  # a clause before that is one too
_FIGURE_END = compiled(r"\d[ ]?[^\d\s,;，；]{1,2}\s*$")  # (162 台, as converted PDFs print it)
# a progress rate right before its percentage (完工率100%, 拨付率达到98%)
# (…完成年任务4500人的78.1%, 完成市下达任务(52.6万人)的83.9%: the share done of a target it names the size of)
_PROGRESS_BEFORE = compiled(rf"(?:(?:{alternation(words('progress_rates.txt'))})(?:达到|达|为|是)?"
                            r"|(?:任务|目标|计划)数?[（(]?[\d.]+\s*万?\p{Han}?[)）]?的)$")


def flow_of_the_year(text: str, w: Window, metric: str, unit: str, change: str) -> bool:
    """Under 年末 a count of what exists is a stock; money moved, 人次, shares that are not a
    named rate, and every change (比上年末增加, 比上年提高) accrue over the year (GUIDELINES §6:
    growth is a flow)."""
    if change or metric in sets().flow_metrics or _ADDED.search(text, w.clause[0], w.start):
        return True  # (年末…,当年新增参保职工652人, 新增床位120张: the new ones of the year, whatever 年末 says)
    if metric in sets().stock_metrics:
        return year_balance(text, w.clause[0], w.start)
    if _is_level(text, w, unit):
        return False
    if _has(text, w, "flow_words.txt"):
        return True
    if unit in ("%", "‰"):
        return not _NAMED_RATE.search(text, w.clause[0], w.start)  # 城镇化率为62.4% is a level
    return unit in _ACCRUING


def accrues(metric: str, unit: str) -> bool:
    """Money, visits and the flow metrics add up over time, whatever a sentence opens with."""
    return unit in _ACCRUING or metric in sets().flow_metrics


def sanctioned(text: str, w: Window) -> bool:
    """查处违规机构89家, 对5家机构作出行政处罚: a count of what a sanction reached in the period
    (sanction_words.txt, in the figure's clause)."""
    return _has(text, w, "sanction_words.txt")


def is_stock(text: str, w: Window, metric: str, unit: str, started: bool, labels: tuple = (), head=None) -> bool:
    """A level at a moment: an insurance stock metric; a progress rate (完工率100%); or, with no
    flow word in the figure's clause (新增, 完成, 发放 …), a figure whose clause has a stock word
    (现有, 面积, 编制, 失业率 …), or that is neither money nor 人次 and stands in a sentence
    opening with what a whole area has (全县有 …), or a running total of things (累计…个) over a
    calendar period (`started`: the text gives the total its own start, 自2015年以来, and it is a
    flow over that span, GUIDELINES §9). A time `head`ing the clause (第三季度全县城市低保对象1746户) is
    no part of what the clause says (nor a dateline before it, 本报讯); 全年 is (全年全县低保对象4386人: all
    who drew it over the year)."""
    if (head is not None and w.clause[0] <= head.start and head.end <= w.start and "全年" not in head.text
            and _BEFORE_HEAD.fullmatch(text, w.clause[0], head.start)):
        w = replace(w, clause=(head.end, w.clause[1]))
    if metric in sets().stock_metrics:
        # 新增参保2.1万人: new enrollees accrue (GUIDELINES §6), the enrolled are a level; a table
        # cell's row label and column header (当年结余, 新增参保人数) speak for its clause
        # (not a caption that is a paragraph of sentences: its 当期结余 is a figure of its own, not the cells')
        spans = ((w.clause[0], w.start),) + tuple(s for s in labels if last_of(text, SENTENCE_ENDS, *s) < 0)
        return not any(year_balance(text, *s) or _ADDED.search(text, *s) for s in spans)
    if metric not in ("", "other") or _OVER_THE_YEAR.match(text, w.clause[0], w.start) or (
            unit in ("人", "户") and _YEAR_LONG.match(text, run_start(text, w), w.start)
            and _counted_over_the_year(word_pattern("stock_words.txt").search(text, w.clause[0], w.start))):
        return False  # (全年共有4.12万户领取低保金, 全年城市居民最低生活保障人数X人: all who had it over the year)
    if (unit in ("项", "件") and head is not None and head.kind == "during" and head.period_end[5:] not in ("", "12")
            and word_pattern("project_states.txt").search(text, *w.clause)):
        return True  # 1-11月,…已有29项完成年度任务, 3件正在加紧推进: how the projects stand when the months end
    if unit == "%" and (_PROGRESS_BEFORE.search(text, max(w.clause[0], w.start - 16), w.start)
                        or any(word_pattern("progress_rates.txt").search(text, *label) for label in labels)):
        return True  # (16: a target's size and its 的 too, 任务(52.6万人)的; a 完成率 column's cells)
    if (unit in _things() and _offered().match(text, w.end, w.end + 8) is not None
            and not _says(text, "flow_words.txt", w.clause[0], w.start)):
        return True  # 8项业务就近办理: how many kinds of business a service handles (办理 is what they are)
    marked = _is_level(text, w, unit) or (unit not in _ACCRUING and (
        # a table cell under a column or row of a stock (应参合人数, 常住人口)
        any(_says(text, "stock_words.txt", *label) for label in labels)
        or (unit == "人" and _enrolled_label(text, labels))
        or _listed_level(text, w, unit)
        # 全县有图书馆2个，文化站18个: the sentence opens with what exists in a whole area
        or _says(text, "stock_openers.txt", w.sentence[0], w.start)
        # 累计建成服务站120个: a running total of things is how many there are
        or (not started and unit in _things() and _says(text, "running_total_words.txt", w.clause[0], w.start))
        # 全县农村低保对象9860户、15230人: how many members a group has; a table's 户数 | 人数 under a caption or
        # column group naming the allowance (…城乡居民最低生活保障情况)
        or (counts_members(text, w, unit) and not _YEAR_LONG.match(text, run_start(text, w), w.start))
        or (unit in ("人", "户") and _members_columns(text, labels))
        or (unit in ("人", "户") and bool(labels) and _members().fullmatch(text, *labels[0]) is not None)  # (城市低保对象 | 2863)
        # 9个市州均出台了…: how many of an area's divisions do or have something
        or (unit in _things() and _area_units().match(text, w.end, w.end + 8) is not None)
        # 全县21家公立医疗机构全部…: all of the things an area has
        or (unit in _things() and _whole_area().search(text, max(w.clause[0], w.start - _WHOLE_AREA_REACH), w.start)
            is not None)
        # 全县定点医疗机构共596家: a clause of only an area, a kind of institution and its count; …；初级中学11所: of a kind alone
        or (unit in _things() and (_area_institutions().fullmatch(text, w.clause[0], w.start) is not None
                                   or _bare_institutions().fullmatch(text, w.clause[0], w.start) is not None))
        # | 定点医药机构 | 家 | 186 |, 卫生院数(个): a table's row of a kind of institution, how many there are
        or (unit in _things() and any(_institution_row().fullmatch(text, *label) for label in labels))
        # 对全县42家医疗机构、318家零售药店开展检查: the next item of a list of all an area's institutions
        or (unit in _things() and _listed_after_whole_area().search(text, max(w.sentence[0], w.start - 40), w.start)
            is not None and _institutions_named().match(text, w.end) is not None and not sanctioned(text, w))
        # 定点医疗机构达到26家, 定点护理服务机构增至57家: how many institutions there have come to be
        or (unit in _things() and _institutions_reach().search(text, w.clause[0], w.start) is not None)
        # 试点县由去年的30个扩大到65个, 因病致贫户由年初的6370户减少到4912户: both ends of a from–to are levels
        or (unit in _things() and _FROM_END.search(text, w.clause[0], w.start) is not None)
        # 集采药品品种达到500个以上, 按DRG付费病组达到600个: how many kinds of drug or payment group have come to be in force
        or (unit in ("种", "个", "类") and _kinds_named().search(text, max(w.clause[0], w.start - 12), w.start) is not None)
        # 某区参保人数最多,为41.11万人,占全市的40.7%: a share of the people a stock word counted just before
        or (unit == "%" and _SHARE_OF_COUNT.search(text, max(w.sentence[0], w.start - _SHARE_REACH), w.start) is not None
            and _says(text, "stock_words.txt", w.sentence[0], w.clause[0]))))
    return marked and not _has(text, w, "flow_words.txt")


def _counted_over_the_year(held) -> bool:
    """Under 全年, a caseload named as a count (保障人数, 低保户数) is everyone it reached; a stock word of another
    kind (全年招收研究生820人,在校学生6900人) still says a level."""
    return held is None or held.group().endswith(("人数", "户数"))


def _members_columns(text: str, labels: tuple) -> bool:
    heads = [s for s in labels if _headcount_column().fullmatch(text, *s)]
    return bool(heads) and any(word_pattern("member_groups.txt").search(text, *s) for s in labels if s not in heads)


@lru_cache(maxsize=None)
def _headcount_column():
    """城市户数 | 农牧区人数 | 特困人数: the households and people of each part of the roll."""
    parts = alternation(words("roll_parts.txt"))
    return compiled(rf"\s*(?:{parts})?(?:保障)?(?:户数|人数)\s*(?:[(（][^()（）]{{0,4}}[)）])?\s*")


_FROM_END = compiled(r"(?:(?:由|从)(?:[\p{Han}\d]{1,8}的)?|(?:由|从)[^,，;；。]{0,24}?\d[\d.]*\s*\p{Han}{1,2}"
                     r"(?:扩大|增加|增长|提高|减少|下降|上升)(?:到|至))\s*$")
# a verb that reaches a level (达到, 增至, 减少到 …): what follows is how many there have come to be
_REACHES = r"(?:已?达到|已?达|(?:减少|下降|增加|增长|提高|上升|扩大)(?:到|至)|降至|增至)"
# (低保对象减少1046人, 城乡低保对象分别减少380人、2100人: by how many the members have changed)
_CHANGES = r"(?:分别)?(?:减少|增加|净增|净减|下降|上升)了?"
_WHOLE_AREA_REACH = 4  # 辖区内 and a blank before the figure, with room to spare


@lru_cache(maxsize=None)
def _whole_area() -> regex.Pattern:
    """A word of whole_area_counts.txt right before a figure (blanks between, as converted PDFs print them)."""
    return compiled(rf"(?:{alternation(words('whole_area_counts.txt'))})\s*$")


@lru_cache(maxsize=None)
def _area_institutions() -> regex.Pattern:
    """An area word, the name of a kind of institution (定点医疗机构) maybe after what they are (签约,
    实现异地联网), maybe 共/有, then blanks."""
    areas = [a for a in words("whole_area_counts.txt") if not a.endswith("有")]
    # (全县纳入DIP付费管理的定点医疗机构共14家: what they are in may be named with Latin letters)
    states = rf"(?:\p{{Han}}{{0,6}}?(?:{alternation(words('institution_states.txt'))})[\p{{Han}}A-Za-z]{{0,9}}?)?"
    nouns = alternation(words('institution_nouns.txt'))
    # (全市医保定点医疗机构212家、定点零售药店367家: a scheme's institutions; the next kind of a list of them)
    return compiled(rf"\s*(?:{alternation(areas)})(?:各级|各类|所有)?(?:医保|医疗保险|新农合|基本医保)?{states}"
                    rf"(?:{nouns})(?:共有|共计|共|有|达到|达|为)?\s*(?:[\d.]+\s*[家个所][、,，和]\s*(?:{nouns})\s*)*")


@lru_cache(maxsize=None)
def _bare_institutions() -> regex.Pattern:
    """A clause of only the name of a kind of institution (其中普通高中, 初级中学), maybe 共/有, then blanks."""
    return compiled(rf"\s*(?:其中[:：]?)?(?:{alternation(words('institution_nouns.txt'))})(?:共有|共计|共|有|为)?\s*")


@lru_cache(maxsize=None)
def _institution_row() -> regex.Pattern:
    """A row label of only a kind of institution (其中:定点零售药店, 医保定点医疗机构数(家))."""
    nouns = alternation(words('institution_nouns.txt'))
    return compiled(rf"\s*(?:其中[:：]?)?(?:医保|医疗保险|新农合)?(?:{nouns})(?:总数|数量|数)?\s*(?:[(（][^()（）]{{0,4}}[)）])?\s*")


@lru_cache(maxsize=None)
def _institutions_named() -> regex.Pattern:
    """A kind of institution right after a count (56家定点医疗机构)."""
    return compiled(rf"(?:{alternation(words('institution_nouns.txt'))})")


@lru_cache(maxsize=None)
def _listed_after_whole_area() -> regex.Pattern:
    """全县42家医疗机构, right before the next item of its list: a whole area's count of a kind of institution."""
    return compiled(rf"(?:{alternation(words('whole_area_counts.txt'))})\s*[\d.]+\s*\p{{Han}}"
                    rf"(?:{alternation(words('institution_nouns.txt'))})[、,，和及]\s*$")


@lru_cache(maxsize=None)
def _institutions_reach() -> regex.Pattern:
    """A kind of institution (or any …机构) and a verb of reaching right before a figure."""
    return compiled(rf"(?:{alternation(words('institution_nouns.txt'))}|机构)(?:数量|数)?{_REACHES}\s*$")


def counted_alike(head: list[str], unit: str) -> bool:
    """医疗卫生机构217个,其中县级医院3所: a part counts what its head (its unit, if known) counts, maybe in its own
    measure word."""
    return head == [unit] or (len(head) == 1 and head[0] in _things() and unit in _things())


def part_of_a_level(text: str, w: Window, unit: str) -> bool:
    """Whether a part of a level (其中集中供养968人) is one too: neither money nor visits, which accrue
    whatever they are a part of, nor a part that says it is new (其中新增缴费173人)."""
    return unit not in _ACCRUING and not _says(text, "flow_words.txt", w.clause[0], w.start)


def part_of_a_flow(text: str, w: Window, unit: str) -> bool:
    """Whether a bare count that is a part of a flow (其中乡镇卫生院14家 under 发现违规定点医药机构67家; 全年保障低保对象X人,
    其中城市…Y人) is one too: a group's members or things of a kind, no level its own clause names (现有, 累计建成)."""
    return counts_members(text, w, unit) or (unit in _things() and not _is_level(text, w, unit) and not _says(
        text, "running_total_words.txt", w.clause[0], w.start))


def _is_level(text: str, w: Window, unit: str) -> bool:
    """A balance in the figure's clause (结存, 余额), or for anything but money a stock word
    (现有, 参保人数 …): money near a stock word still accrues (参保缴费1.2亿元); or the people
    an insurance has (参加失业保险的职工3.2万人, 参加长期护理保险人数…)."""
    return (_has(text, w, "balance_words.txt") or (unit != "元" and _stock_word(text, w, unit))
            or (unit == "人" and _ENROLLED.search(text, max(w.clause[0], w.start - 40), w.start) is not None))


def _enrolled_label(text: str, labels: tuple) -> bool:
    """A column of an insurance's people, its name broken over two lines (参加失业 over 保险人数)."""
    names = ["".join(text[s:e].split()) for s, e in labels]
    return any(_ENROLLED.search(a + b) for a, b in zip(names, names[1:] + [""]))


def _stock_word(text: str, w: Window, unit: str) -> bool:
    """A stock word in the figure's clause; for 人次 only enrollment (养老、失业保险参保人数合计18.6万人次):
    visits accrue whoever has them (全年共有1536人次领取…) and whoever makes them (培训卫生技术人员X人次)."""
    if unit != "人次":
        # (代办医保业务4.3万件,其中参保登记1.8万件: registering people for insurance is business done, no enrolled)
        return any(not (m.group() == "参保" and text.startswith("登记", m.end()))
                   for m in word_pattern("stock_words.txt").finditer(text, *w.clause))
    return any(m.group().endswith(("参保", "参合")) for m in word_pattern("stock_words.txt").finditer(text, *w.clause))


def _listed_level(text: str, w: Window, unit: str) -> bool:
    """A count that is a bare item of a list (空调156台 after 拥有汽车41辆): a level when the
    nearest item before it that says stock or flow opens with a verb of having."""
    start, lo = w.clause[0], w.sentence[0]
    if unit in ("%", "‰") or not is_bare_item(text, w.clause, w.start, w.end):
        return False
    while start - 1 > lo and _FIGURE_END.search(text, max(lo, start - 8), start - 1):
        start, end = clause_at(text, w.sentence, start - 1, start - 1)
        if _says(text, "flow_words.txt", start, end):
            return False
        if _says(text, "stock_words.txt", start, end):
            return _says(text, "holding_verbs.txt", start, end)
        if (m := _area_institutions().match(text, start, end)) and text[m.end():m.end() + 1].isdigit():
            return True  # 全县定点医疗机构共596家,定点零售药店284家
        if _BARE_ITEM.match(text, start, start + 10) is None:
            break  # the list's first item
    return False


def year_balance(text: str, lo: int, hi: int) -> bool:
    """当年结余X元: the surplus of the period's own income over its spending accrues over it (read
    in text[lo:hi], a figure's clause up to it or a table cell's label, for a fund balance only:
    another figure beside the word is no balance anyway)."""
    if _says(text, "year_balances.txt", lo, hi):
        return True
    # 基金收入8600万元,支出7900万元,结余700万元: the surplus of the income and spending told just before it
    if _BARE_SURPLUS.search(text, lo, hi) is None:
        return False
    start = max(text.rfind("。", max(0, lo - _SURPLUS_REACH), lo) + 1, lo - _SURPLUS_REACH, 0)
    return "收入" in text[start:lo] and "支出" in text[start:lo]


_BARE_SURPLUS = compiled(r"(?<!累计|滚存|历年)(?:仅|共)?结余(?:为|达到?)?\s*$")
_SURPLUS_REACH = 60  # characters back to the income and the spending (one sentence)


def _has(text: str, w: Window, name: str) -> bool:
    return _says(text, name, *w.clause)


def _says(text: str, name: str, start: int, end: int) -> bool:
    """Whether a word of the list `name` stands in text[start:end]."""
    return word_pattern(name).search(text, start, end) is not None


def helped_after(text: str, w: Window) -> Span | None:
    """特困供养人员3126人,给予全额资助: the clause after a group's count that says what help they were given."""
    m = _HELPED_AFTER.match(text, w.clause[1])
    return m.span() if m is not None else None


def counts_members(text: str, w: Window, unit: str) -> bool:
    """全县共有农村低保对象9860户、15230人: the figure's clause only says how many members a group
    has (read through quotes and pinyin inside a term: 全县“低保”人员15230人)."""
    if unit not in ("人", "户") or helped_after(text, w) is not None or among_the_helped(text, w):
        return False
    if _members().fullmatch(text, w.clause[0], w.start) is not None:
        return True
    if not has_inserts(text, w.clause[0], w.start):
        return False  # (the view is built only for a clause with quotes or pinyin in it)
    view = WordView(text[w.clause[0]:w.start])
    return _members().fullmatch(view.text) is not None


def among_the_helped(text: str, w: Window) -> bool:
    """全县23618名资助对象中,特困供养人员1142人,…;低保对象7468人,…: a count of a group after those helped are
    counted is how many of them the group had, not how many members it has."""
    return _AMONG_THE_HELPED.search(text, run_start(text, w), w.clause[0]) is not None


_HELPS = r"资助|救助|补助|代缴|补贴"
_AMONG_THE_HELPED = compiled(rf"(?:{_HELPS})(?:参保)?(?:对象|人员|人口|人数)中")
# (特困供养人员3126人,给予全额资助: the group counted is those the next clause helps)
_HELPED_AFTER = compiled(rf"[,，]\s*(?:均|全部|分别|全额)?(?:给予|实施|予以)[^,，。；;\n]{{0,6}}(?:{_HELPS})")


@lru_cache(maxsize=None)
def _members() -> regex.Pattern:
    """A clause that names only an area, a group and its count up to the figure (全县共有农村低保
    对象9860户、…): no verb of helping or reaching (救助, 惠及) before the group (group_leads.txt)."""
    # (城市、农村低保对象分别为…; 甲县、乙县低保对象分别为…: the places whose groups they are)
    places = r"(?:\p{Han}{1,9}?[县市区旗][、和及与])+\p{Han}{1,9}?[县市区旗]"  # (a list of two places or more)
    area = r"(?:(?:" + alternation(words("group_leads.txt")) + "|" + places + r")[、和及与]?|\s)*"
    count = r"\d[\d.,]*[ ]?万?[户人名][、和]?"  # (4,406 户、: blanks as converted PDFs print them)
    # (a verb that reaches a level, 减少到/增至, says how many it has come to have)
    # (其中城市低保1421户: the allowance's parts, after the count of all who draw it)
    groups = alternation(words("populations.txt")) + r"|(?:其中\s*)?(?:" + alternation(words("member_groups.txt")) + ")"
    # (城市低保保障人数9216人: how many the allowance covers)
    # (特困人员救助供养1562人, 特困人员供养412人: how many it keeps; 全县建档立卡贫困户(含已脱贫户)共有1.3万户:
    # what it includes)
    group = (f"(?:{groups})" + r"(?:(?:救助)?供养|[(（][^()（）\n]{1,20}[)）]|的)?"
             + rf"(?:保障)?(?:对象)?(?:人数|户数)?\s*(?:分别)?(?:共计|合计|共有|共|有|为|{_REACHES}|{_CHANGES})?\s*")
    # (the groups listed before it with their counts: 城市低保对象1.82万人、农村低保对象…)
    return compiled(area + rf"(?:{group}(?:{count}\s*)+)*" + group + rf"(?:{count})?\s*")


@lru_cache(maxsize=None)
def _area_units() -> regex.Pattern:
    """A division right after a count (31个乡镇街道), not the start of an institution's name
    (8所乡镇幼儿园, 16个乡镇卫生院 count institutions: locality_suffixes.txt)."""
    units = words("area_units.txt")
    institutions = [w for w in words("locality_suffixes.txt") if w not in units]
    return compiled("(?>" + alternation(units) + ")(?!" + alternation(institutions) + ")")


@lru_cache(maxsize=None)
def _kinds_named() -> regex.Pattern:
    """Drugs, consumables or payment groups and a verb of reaching right before a count of their kinds (病组达到)."""
    return compiled(rf"(?:{alternation(words('drug_words.txt'))}|病组|品种)(?:数量|数)?{_REACHES}\s*$")


@lru_cache(maxsize=None)
def _things() -> frozenset[str]:
    return frozenset(words("thing_counters.txt"))


@lru_cache(maxsize=None)
def _offered() -> regex.Pattern:
    """A kind of business right after a count (12项业务, 15项医保高频事项), a few words between."""
    return compiled(r"\p{Han}{0,4}?(?:" + alternation(words("offered_kinds.txt")) + ")(?!目)")  # (实事项目)
