"""What a figure is about: domain, and for medical security its program and metric;
also its population and change (its per: extract/denominators.py). Keyed on words near the number, held as
word lists in rules/wordlists (GUIDELINES §3, §7, §8).
"""
from __future__ import annotations

from functools import lru_cache

import regex

from extract.domain_words import (MEDICAL as _MEDICAL, TOPIC_WEIGHT, domain_weights, generic_help, generic_words, named_before, scheme_help,
                                  grant_to_students)
from extract.ellipses import headless_items, with_heads
from extract.institution_rows import institution_rows, names_an_institution
from extract.premiums import group_paid_for
from extract.segment.lines import last_point
from extract.segment.page import title_line
from extract.segment.sentences import is_bare_item
from extract.spans import Hit, Span, Window, WordView, hits, last_of, nearest_before, run_start, within
from extract.stock_flow import among_the_helped, counts_members
from rules.fragments import alternation, word_pattern
from rules.pattern_cache import compiled
from rules.taxonomy import sets
from rules.wordlists import table, words


class DocWords:
    """Word-list hits of one document, computed once and shared by all its mentions."""

    def __init__(self, text: str):
        self.text = text
        view = WordView(text)
        items = headless_items(text)  # (城镇职工基本养老、…、生育保险: each item read with its 保险)
        self.domain = with_heads(text, hits(text, "domain_keywords.tsv", view), items, "domain_keywords.tsv")
        self.program = with_heads(text, hits(text, "medical_programs.tsv", view), items, "medical_programs.tsv")
        self.metric = hits(text, "medical_metrics.tsv", view)
        self.per = hits(text, "per_words.tsv", view)
        self.per_base = hits(text, "per_time_bases.tsv", view)
        self.change = hits(text, "change_words.tsv", view)
        self.population = hits(text, "populations.txt", view)
        self.livelihood = hits(text, "livelihood_totals.txt", view)
        self._distinct: dict[tuple[int, int], list[Hit]] = {}
        self.title = title_line(text)  # (under a site's breadcrumb or source line, if any)
        self._only: dict[tuple[int, int], str | None] = {}
        self._scheme_named: bool | None = None

    def names_a_scheme(self) -> bool:
        """Whether the page names a medical-security topic (医保, 医疗保险 …) by a word other than one of
        paying for someone (资助); read once per page (every 资助 of every figure asks)."""
        if self._scheme_named is None:
            weights = domain_weights()
            self._scheme_named = any(weights[h.word][0] == _MEDICAL and weights[h.word][1] >= TOPIC_WEIGHT
                                     and h.word not in scheme_help() for h in self.distinct(0, len(self.text)))
        return self._scheme_named

    def only_insurance(self, lo: int, hi: int) -> str | None:
        """The domain of the insurances an article names (…保险), when they are all of one domain
        other than medical security and it names no medical topic word (医保, 新农合): a pension
        page's 参保 and 缴费 are pension's, in sentences that name no insurance."""
        if (lo, hi) not in self._only:  # (asked by every generic word of the article)
            weights, generic = domain_weights(), generic_words()
            kinds = set()
            for h in self.distinct(lo, hi):
                domain, weight = weights[h.word]
                if h.word in generic:
                    continue  # (参保率 names whichever insurance is meant)
                if h.word.endswith("保险") or (domain == _MEDICAL and weight >= TOPIC_WEIGHT):
                    kinds.add(domain)
            self._only[(lo, hi)] = kinds.pop() if len(kinds) == 1 and _MEDICAL not in kinds else None
        return self._only[(lo, hi)]

    def distinct(self, lo: int, hi: int) -> list[Hit]:
        """The first hit of each distinct domain word inside [lo, hi), computed once per span."""
        if (lo, hi) not in self._distinct:
            first: dict[str, Hit] = {}
            for h in within(self.domain, lo, hi):
                first.setdefault(h.word, h)
            self._distinct[(lo, hi)] = list(first.values())
        return self._distinct[(lo, hi)]


_CAUSES = alternation(words("cause_words.txt"))  # (…,支出增幅较大主要是去年同期就诊量偏低: why it grew, after a few words)
_CAUSE_AFTER = compiled(rf"[,，;；]\s*(?:(?:这|此)?(?:主要)?(?:是)?(?:受|{_CAUSES})|[^,，;；。]{{0,8}}?主要(?:是|系|受|{_CAUSES}))")


# Closer words say more about a figure than words elsewhere in its article. Levels are read
# nearest first and the reading stops once one domain has DECIDED points, so a long
# article's vocabulary cannot outvote the figure's own clause; each word counts once.
_PROXIMITY = (("clause", 6.0), ("sentence", 3.0), ("paragraph", 1.5), ("headline", 2.0),
              ("previous", 0.8), ("article", 0.3))
DECIDED = 9.0
# a long article's many words of one topic (a 民生实事 board's insurance items) add up to no more than this:
OWN_TOPIC = 3  # the weight of a word that names a topic outright (扶贫 in ——扶贫开发。实施整村推进项目12个)
ARTICLE_CAP = 3.0  # (a road's or a budget's figure with no word of its own is not read as the article's topic)
_LEVELS = (("item", 10.0),) + _PROXIMITY  # a 分别 item or a table cell's labels come first
CAPTION_FACTOR = 6.0  # a table's caption, after its cell's own labels


# 一、住院补偿起付线：乡镇卫生院100元，县级医院300元: a short label, then its colon
_LIST_LABEL = compiled(r"(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十\d]+[)）]|\d+[.、])?\s*"
                       r"(?P<label>[^,;:，；：。\d]{2,12})[:：]")


# a line that ends in a label and its colon (起付线：, 答：…起付标准为：), and the short lines of bare items under it
_COLON_HEAD = compiled(r"(?P<label>[^,;:，；：。！？\d\n]{2,12})[:：][ \t\u3000]*$")
_ITEM_LINE = compiled(r"[^,;:，；：。！？\n]{1,16}\d[^,;，；。！？\n]{0,12}")
_ITEMS_ABOVE = 8  # lines of items looked up over for their label


def _label_above(text: str, line: int) -> Span | None:
    """The label of a line ending in a colon above a run of short lines of bare items, this one the first
    or one of them (起付线： / 一级医院 100元 / 二级医院 400元)."""
    if line <= 0 or text[line - 1] != "\n":
        return None
    end = line - 1
    for _ in range(_ITEMS_ABOVE):
        start = text.rfind("\n", 0, end) + 1
        if (m := _COLON_HEAD.search(text, start, end)) is not None:
            return m.span("label")
        if start == 0 or not _ITEM_LINE.fullmatch(text, start, end):
            return None
        end = start - 1
    return None


def list_label(text: str, w: Window, bare: bool = True) -> tuple[Span, ...]:
    """The label a sentence opens with, before a colon, when the figure is one of the bare items
    it heads (a short name and the figure, nothing else in the clause): read before the item's
    own words, which name only where or what (a hospital level, a place). A speaker (…负责人
    介绍：) is no label, and a clause with words of its own (…工程完工42公里) speaks for itself."""
    if bare and not is_bare_item(text, w.clause, w.start, w.end):
        return ()
    if bare and (above := _label_above(text, w.sentence[0])) is not None:
        return (above,)  # 起付线： over 一级医院 100元 / 二级医院 400元: each line an item of the label
    # (any other figure: the label of the ；-run it stands in, 健康扶贫:…;…;补充保障支付X万元。)
    start = w.sentence[0] if bare else max(w.paragraph[0], last_of(text, "。!?！？", w.paragraph[0], w.start) + 1)
    m = _LIST_LABEL.match(text, start, w.start)
    if m is None or word_pattern("speech_verbs.txt").search(text, m.start("label"), m.end("label")):
        return ()
    return ((m.start("label"), m.end("label")),)


def domain_of(w: Window, words_: DocWords, items: tuple = ()) -> str:
    return domain_reading(w, words_, items)[0]


def domain_reading(w: Window, words_: DocWords, items: tuple = (), caption: Span | None = None,
                   whom: frozenset[int] = frozenset()) -> tuple[str, str]:
    """(domain, the nearest level that decided it: item, clause, sentence … or "" for none).
    `items` (a 分别 list item, a table cell's labels) are read before anything else, then a
    table's `caption`, which names every column's topic at once (医疗保障和社会救助情况 over a
    column of 城市低保人数). Words starting at `whom` only name whom the figure is for."""
    weights, generic = domain_weights(), generic_words()
    seen: set[str] = set()
    score: dict[str, float] = {}
    nearest: dict[str, int] = {}  # ties go to the domain whose word stands closest to the figure
    decided = ""
    from_article: dict[tuple[str, str], float] = {}
    levels = _LEVELS if items else _PROXIMITY
    if caption is not None:
        levels = levels[:1] + (("caption", CAPTION_FACTOR),) + levels[1:]
    own = False  # whether the figure's own paragraph (or nearer) names a topic: the paragraphs before count less
    for level, factor in levels:
        if level == "item":
            hs = [h for item in items for h in within(words_.domain, *item)]
        elif level == "caption":
            hs = within(words_.domain, *caption)
        else:
            span = getattr(w, level)
            if span is None:
                continue
            if level == "sentence" and (cause := _CAUSE_AFTER.search(words_.text, w.end, span[1])):
                span = (span[0], cause.start())  # (…住院8633人次,增长6.4%,主要受儿童就诊增加影响: why, not what it is)
            # the article level reads each distinct word once (cached per article), not every hit
            hs = words_.distinct(*span) if level == "article" else within(words_.domain, *span)
        for h in hs:
            if h.word in seen or h.start in whom:
                continue
            seen.add(h.word)
            domain, weight = weights[h.word]
            if not weight:
                continue  # a shield: it only keeps a shorter word inside it from being read
            if h.word in generic:
                domain = named_before(h, w, words_) or domain
            elif h.word in generic_help() and named_before(h, w, words_, help_only=True, caption=caption):
                domain = _MEDICAL  # 医疗救助2304人次;救助金额150万元: the assistance named before
            elif h.word in scheme_help() and grant_to_students(h, w, words_):
                domain = "education"  # (资助家庭经济困难大学新生860人,资助金额258万元: the grant its run told of)
            elif h.word in scheme_help() and not words_.names_a_scheme() and named_before(h, w, words_) is None:
                continue  # (金秋助学…每人资助4000元: no scheme on its page or named before it, no topic of its own)
            own = own or (weight >= OWN_TOPIC and level in ("item", "caption", "clause", "sentence", "paragraph"))
            add = weight * factor
            # (a paragraph of many insurance words before a roads' one whose own words are few)
            if level == "article" or (level == "previous" and own):
                add = min(add, ARTICLE_CAP - from_article.get((level, domain), 0.0))
                from_article[(level, domain)] = from_article.get((level, domain), 0.0) + add
            score[domain] = score.get(domain, 0.0) + add
            gap = w.start - h.end if h.end <= w.start else h.start - w.end
            nearest[domain] = min(nearest.get(domain, abs(gap)), abs(gap))
        if score and max(score.values()) >= DECIDED:
            decided = level
            break
    if not score:
        return "other", ""
    return max(sorted(score), key=lambda d: (score[d], -nearest[d])), decided




def names_topic(span: tuple[int, int], domain: str, words_: DocWords) -> bool:
    """Whether `span` holds a word that names `domain` as its topic (养老保险), not just a people
    or place word that leans to it (农民)."""
    weights = domain_weights()
    return any(weights[h.word] == (domain, weights[h.word][1]) and weights[h.word][1] >= TOPIC_WEIGHT
               for h in within(words_.domain, *span))


def _nearest_before(hs: list[Hit], w: Window, span) -> Hit | None:
    return nearest_before(hs, w.start, span[0])


@lru_cache(maxsize=None)
def _longest_group() -> int:
    return max(map(len, words("populations.txt")))


def population_of(w: Window, words_: DocWords, item: Span | None = None) -> str:
    """The group the figure counts: the one its 分别 item names (低保对象、特困人员分别发放1260万元和
    380万元), else the one named right after it (资助1.36万名特殊人群参保), else the one nearest before it."""
    own = within(words_.population, *item) if item else []
    if own:
        return own[-1].word
    after = next((h for h in within(words_.population, w.end, w.end + _longest_group()) if h.start == w.end), None)
    if after is not None:
        return after.word
    h = _nearest_before(words_.population, w, w.sentence)
    return h.word if h else ""


def group_domain(w: Window, words_: DocWords, unit: str) -> str | None:
    """The domain a figure's own form says whatever its paragraph tells: poverty work's for how many a roll of the
    poor holds; medical security's for a group whose premiums a subsidy pays (特困人员3105人,全额资助;低保对象
    5.46万人,按个人缴费的70%给予资助) and for a share a scheme pays (…在村卫生室就诊的门诊费用按30%报销); else None."""
    if counts_a_poverty_roll(w, words_, unit):
        return "agriculture_rural"
    if unit == "个" and _GOVERNS.search(words_.text, max(w.clause[0], w.start - 3), w.start):
        return "other"  # 全镇辖22个行政村、1个居委会: the units an area is made of, no work's figure
    if unit in ("人", "户") and group_paid_for(words_.text, w) and groups_only(words_.text, words_, w.clause):
        return "medical_security"
    if unit == "%" and _PAID_AT.search(words_.text, max(w.clause[0], w.start - 2), w.start) and _REIMBURSED.match(words_.text, w.end):
        return "medical_security"
    return None


_PAID_AT, _REIMBURSED = compiled(r"按$"), compiled(r"(?:的比例)?(?:给予)?(?:报销|补偿|报付|救助)")
_GOVERNS = compiled(r"(?:辖|下辖|管辖|共辖)(?:有)?$|(?<=辖(?:有)?\s*\d+个(?:" + alternation(words("area_units.txt")) + r")[、和])$")


def counts_a_poverty_roll(w: Window, words_: DocWords, unit: str) -> bool:
    """全县建档立卡贫困户4519户,贫困人口1.78万人: how many a roll of the poor or of those watched against falling
    back holds (poverty_rolls.txt) is poverty-alleviation work's figure (GUIDELINES §7 agriculture_rural),
    whatever medical paragraph it stands in; not what is done for them (资助贫困人口参保1.2万人)."""
    if unit in ("人", "户", "%") and _roll_moves().match(words_.text, w.clause[0], w.start) is not None:
        return True  # 因病致贫户由2016年的3412户下降到…, 占贫困户总数的比例由41.8%…: how the roll has changed
    return (unit in ("人", "户") and population_of(w, words_) in _rolls()
            and counts_members(words_.text, w, unit) and not _ALL_ENROLLED.match(words_.text, w.end, w.sentence[1]))


@lru_cache(maxsize=None)
def _roll_moves() -> regex.Pattern:
    """A clause opening with a roll of the poor (maybe after its area) and how it compares or what share it is."""
    return compiled(rf"\s*(?:{alternation(words('group_leads.txt'))})?\s*(?:{alternation(words('poverty_rolls.txt'))})"
                    r"(?:户数|人数|数)?\s*(?:由|从|较|比|占|下降|减少|增加|上升)")


# (建档立卡贫困人口4.15万人全部参保, …30516人参加城乡居民医保: how many of them are insured, the scheme's count)
_ALL_ENROLLED = compiled(r"\s*(?:[(（][^()（）\n]{0,20}[)）])?[,，]?\s*(?:已?全部|均|全员|已?参保|已?参合"
                         r"|已?参加[^,，。;；]{0,8}?(?:医保|医疗保险|合作医疗|新农合))")


@lru_cache(maxsize=None)
def _rolls() -> frozenset[str]:
    return frozenset(words("poverty_rolls.txt"))


_LABEL_NOISE = compiled(r"^(?:其中[:：]?|[一二三四五六七八九十]+[、.]|\d+[、.]|[(（]\d+[)）])+|[(（][^)）]*[)）]|\s+")


def label_item(text: str, span: tuple[int, int]) -> str:
    """A table row's label as the label of what it counts: 其中:1、职工基本医疗保险(含生育保险) → 职工基本医疗保险."""
    return _LABEL_NOISE.sub("", text[span[0]:span[1]])[:16]


def listed_item(text: str, words_: DocWords, w: Window) -> Span | None:
    """全年发放低保资金1.2亿元、养老服务补贴3000万元、医疗救助资金2000万元: in a clause that lists labelled
    figures with 、, the figure's own item (from the 、 before it, or the clause's start) says what it is
    about, before the other items' words, where its own words name one topic firmly (not 特困人员、低保对象等X人:
    one figure for the whole list; nor 救助X人次、发放救助金Y万元: the money of the visits before it)."""
    lo, hi = w.clause
    before, after = text.rfind("、", lo, w.start), text.find("、", w.end, hi)
    start = before + 1 if before >= 0 else lo
    weights, generic = domain_weights(), generic_words()
    topics = {weights[h.word][0] for h in within(words_.domain, start, w.start)
              if weights[h.word][1] >= TOPIC_WEIGHT and h.word not in generic}
    if len(topics) != 1:
        return None  # (职工医保门急诊就诊X人次、住院结算Y人次: an item of two topics is read with its clause)
    if before >= 0 and _FIGURE.search(text, max(text.rfind("、", lo, before) + 1, lo), before) is not None:
        return (start, w.end)  # (the item before holds a figure of its own)
    nxt = text.find("、", after + 1, hi) if after >= 0 else -1
    if before < 0 and after >= 0 and _FIGURE.search(text, after, nxt if nxt >= 0 else hi) is not None:
        return (start, w.end)
    return None


_FIGURE = compiled(r"\d")


def item_of(text: str, clause: tuple[int, int]) -> str:
    """The short label of what a figure counts (住院, 门诊 …): the last one in its clause."""
    found = word_pattern("fact_items.txt").findall(text, *clause)
    return found[-1] if found else ""


def _topic_words_by_groups(text: str, words_: DocWords, span: Span) -> tuple[bool, list[Hit], list[Hit]]:
    """Whether text[span] names a group of people, its topic words inside such names (特困 of 特困人员), and the rest."""
    groups = [(m.start(), m.end()) for m in word_pattern("populations.txt").finditer(text, *span)]
    inside, outside = [], []
    for h in within(words_.domain, *span):
        (inside if any(a <= h.start and h.end <= b for a, b in groups) else outside).append(h)
    return bool(groups), inside, outside


def groups_only(text: str, words_: DocWords, span: Span) -> bool:
    """Whether every topic word of text[span] stands inside the name of a group of people."""
    named, _, outside = _topic_words_by_groups(text, words_, span)
    return named and not outside


def groups_helped(w: Window, words_: DocWords, unit: str) -> frozenset[int]:
    """二是住院救助。特困供养人员救助比例为100%,低保对象为70%: where the figure's sentence names groups of people, a help
    (救助) and no other topic than generic words of help, and a medical help is named before it (the point, the
    heading), the groups' words say whom that help is for; so do those of a run counting how many of those helped each
    group had (全县23618名资助对象中,特困供养人员1142人,…;低保对象…)."""
    text, counts = words_.text, unit in ("人", "户")
    if not (among_the_helped(text, w) if counts else (helps := _HELP.search(text, *w.sentence))):
        return frozenset()  # (the cheap tests first: most figures stop here)
    _, inside, outside = _topic_words_by_groups(text, words_, (run_start(text, w), w.sentence[1]) if counts else w.sentence)
    helped = counts or (all(h.word in generic_help() for h in outside) and named_before(
        Hit(helps.start(), helps.end(), helps.group()), w, words_, help_only=True) is not None)
    return frozenset(h.start for h in inside) if helped else frozenset()


_HELP = compiled("救助")


def groups_enrolled(text: str, words_: DocWords, span: Span) -> frozenset[int]:
    """特困人员、低保对象共X人参保, 为五保对象等四类人群代缴参保费用: where every topic word outside the
    names of groups of people is medical security's, the groups' words (特困, 低保) say whom, not what."""
    _, inside, outside = _topic_words_by_groups(text, words_, span)
    return frozenset(h.start for h in inside) if inside and outside and all(
        domain_weights()[h.word][0] == _MEDICAL for h in outside) else frozenset()


def topic_labels(text: str, words_: DocWords, labels: tuple, caption: Span | None,
                 column: Span | None) -> tuple[tuple, frozenset[int]]:
    """A cell's labels that say what it is about, caption last (no row naming only whom: names_groups), and the
    words of such rows where its column names what it counts (特困人员 | 救助金额); under a year they count the group."""
    # (| 浙大四院 | 3862.17 | 47012.36 |: a row of one hospital says where the money went, not what it is; so do
    # the other rows of hospitals in its table, read at its article's level)
    where = institution_rows(text, words_.domain, labels[0]) if labels and names_an_institution(text, labels[0]) else frozenset()
    if caption is None:
        return labels, where
    short = bool(within(words_.domain, *caption))  # 农村低保 under a caption that names what is counted
    named = {domain_weights()[h.word][0] for h in within(words_.domain, *caption)}
    own = tuple(i for i in labels[:-1] if not names_groups(text, i, short) or _heads_column(words_, i, column, named))
    whom = frozenset(h.start for i in labels[:-1] if i not in own for h in within(words_.domain, *i))
    return own, (whom if column and within(words_.domain, *column) else frozenset()) | where


def _heads_column(words_: DocWords, label: Span, column: Span | None, named: set[str]) -> bool:
    """城市低保 over 人数 | 支出 under 城乡低保及医疗救助情况: a column's name (or its upper part) naming a help by its
    short form names the column's topic, not whom its figures are for, where the caption names that help as a topic
    of the table beside the others (under 医疗救助情况 alone, 城市低保 | 农村低保 name whom the help went to); so does a
    row's (城市低保对象 | 2863) under a column naming no topic (甲县, 2016), not one naming what it counts (救助人次)."""
    if column is None or (label[0] > column[0] and within(words_.domain, *column)):
        return False
    return any(domain_weights()[h.word][0] in named for h in within(words_.domain, *label))


def names_groups(text: str, span: Span, short: bool = False) -> bool:
    """A table row's label that only lists groups of people (中小学生及婴幼儿 | 780 under …城乡居民医保筹资标准):
    it says whom the row is for, the table's caption says what; `short` also takes the labels' short forms."""
    return _groups_listed(short).fullmatch(text, *span) is not None


@lru_cache(maxsize=None)
def _groups_listed(short: bool) -> regex.Pattern:
    groups = alternation(words("populations.txt") + (words("group_row_labels.txt") if short else ()))
    return compiled(rf"\s*(?:{groups})(?:[、和及与\s]+(?:{groups}))*\s*")

