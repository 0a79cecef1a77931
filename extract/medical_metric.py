"""Metric of a medical-security figure (GUIDELINES §8): the keyword nearest it that fits its unit.

Evidence, nearest first: the item a 分别 list pairs the figure with, its clause, its sentence, then the
head figure of a breakdown it belongs to (其中 …). A money noun (救助资金) is named by the verb of its
clause; enrollment words that only say who people are (惠及参合农民X人) give way to another keyword.
"""
from __future__ import annotations

from functools import lru_cache

from extract.medical_settle import MAGNITUDE
from extract.plans import drive_page, drive_task
from extract.segment.lines import heading_sentence_end
from extract.rate_names import enrolled_share, gap_to_an_average, is_share, names_a_share, names_own_rate
from extract.spans import Hit, Span, Window, first_after, last_of, record, within
from rules.fragments import word_pattern
from rules.pattern_cache import compiled
from rules.taxonomy import entries, sets
from rules.wordlists import table, words

# a keyword right after a figure labels that figure (220元/人缴费标准)
_FIGURE_END = compiled(r"[0-9０-９]\s*(?:[万亿千百]?(?:元|人次|人|户|%)(?:/[人户年月次])?)?\s*$")
_CLAUSE_BREAK = compiled(r"[,;:。!?，；：！？]")
_HELP_PAID = compiled(r"\s*(?:共|累计)?救助了?\s*")  # (a clause of only the verb of help and the money)
_DONE = compiled(r"完成\s*$")  # (right before the count: not 已完成…,组织120名专干)
# (…人次、资金1468万元; 繁城镇54人、21.9万元; 住院救助4018人次1209.4万元, as 民政 reports run them together)
_COUNTED, _MONEY_NOUN = r"\d\s*[万亿]?", r"(?:资金|金额)"  # (a count before its unit; the noun of the visits' money)
_VISITS_THEN_MONEY = compiled(rf"{_COUNTED}人次\s*[,，]\s*{_MONEY_NOUN}?\s*$")  # (住院救助5218人次,1437.5万元: bare too)
_AFTER_VISITS = compiled(rf"{_COUNTED}(?:人次、?|人、)\s*{_MONEY_NOUN}?\s*$")

@lru_cache(maxsize=None)
def _metrics() -> dict[str, tuple[tuple[str, frozenset], ...]]:
    """keyword → ((metric, units it fits), …): one word may name other metrics in other units
    (补偿 X元 is an amount, 补偿 X人 the people who got it)."""
    out: dict[str, list] = {}
    for row in table("medical_metrics.tsv"):
        out.setdefault(row[0], []).append((row[1], frozenset(row[2].split(","))))
    return {w: tuple(v) for w, v in out.items()}


@lru_cache(maxsize=None)
def _marked(mark: str) -> frozenset[str]:
    """Keywords marked `noun` only name money (救助资金: a verb before them in their clause
    decides); `payer` names who pays (财政: part of a money noun after it, alone a subsidy)."""
    return frozenset(r[0] for r in table("medical_metrics.tsv") if len(r) > 3 and r[3].strip() == mark)


@record
class Evidence:
    """Where else a figure's program and metric may be read, before its own sentence: the item of
    a 分别 list it is paired with, or a table cell's row label, parent rows, column header and
    caption (in that order); and the head figure of the breakdown (其中 …) it is a part of."""

    items: tuple[Span, ...] = ()
    head_program: str = ""
    head_metric: str = ""
    listed: bool = False  # the items are the members of a 分别 list, each read alone



_SHARE_OF_PREMIUM = compiled(r"(?:个人缴费|个人缴纳|个人参保费)(?:标准)?的\d+(?:\.\d+)?%[，,]?\s*即(?:每人)?\s*$")


_SUBSIDY_BEFORE = compiled(r"(?:分别|每人)?(?:资助|补助)\s*(?:\d[\d.]*元[、和]\s*)*$")  # (分别资助200元、140元)
_SUBSIDY_AFTER = compiled(r"(?:的)?(?:标准)?(?:给予)?(?:全额|定额)?(?:资助|补助|补贴)")
# (按280元全额资助; 个人缴费部分给予每人每年150元的定额资助, 按照每人175元给予补贴)
_SUBSIDY_LEAD = compiled(r"(?:按照?|给予)\s*(?:每人)?(?:每年)?\s*$")


def _subsidy_per_head(text: str, w: Window) -> bool:
    """分别资助200元、140元, 按280元全额资助, 给予每人150元的定额资助: a sum not in 万 or 亿 right after or before
    the subsidy's verb."""
    return not MAGNITUDE.search(text, w.start, w.end) and (
        _SUBSIDY_BEFORE.search(text, max(w.clause[0], w.start - 20), w.start) is not None
        or (_SUBSIDY_LEAD.search(text, max(w.clause[0], w.start - 8), w.start) is not None
            and _SUBSIDY_AFTER.match(text, w.end) is not None))


def metric_of(text: str, w: Window, hits_: list[Hit], unit: str, change: str = "", ev: Evidence = Evidence()) -> str:
    """The metric whose keyword stands nearest the figure and fits its unit ("" if none). A
    change keeps the metric it changes: 个百分点 fits a rate, a growth rate fits any metric. A subsidy's sum
    right after the count of those it helped (定额资助39248人、667.22万元; 返贫致贫人口38人,资助7980元) is what it
    paid them all, not its standard per head."""
    metric = _metric_of(text, w, hits_, unit, change, ev)
    if metric == "fiscal_subsidy" and _COUNT_THEN_SUM.search(text, max(w.sentence[0], w.start - 24), w.start):
        return "amount"
    if metric == "other" and unit == "人" and drive_task(text, w):
        return "insured_persons"  # (应参合农业人口74.36万人 in a drive's notice: those it must enroll, whoever they are)
    return metric


_GROWTH_WORD_BEFORE = compiled(r"(?:增幅|增速|涨幅|降幅|增长率)(?:全[省市县区州旗盟])?$")
# (a count of people, then the sum: 2108人、52.7万元; 38人,资助7980元)
_COUNT_THEN_SUM = compiled(r"\d[\d,.]*\s*万?(?:人次|人|户)\s*[、,，]\s*(?:共?(?:资助|补助|补贴)(?:资金|金额)?\s*)?$")


def _metric_of(text: str, w: Window, hits_: list[Hit], unit: str, change: str = "", ev: Evidence = Evidence()) -> str:
    if unit in sets().unit_metric:
        by_unit = sets().unit_metric[unit]
        return "other" if by_unit == "covered_disease_types" and _counts_drugs(text, w) else by_unit
    as_unit = "%" if unit == "个百分点" else unit
    if as_unit == "元" and (_subsidy_per_head(text, w)
                           or _SHARE_OF_PREMIUM.search(text, max(w.sentence[0], w.start - 24), w.start)):
        # 按个人缴费的50%即175元/人定额资助: the share of the premium a subsidy pays; 分别资助200元, 按280元全额资助: its
        # standard per head (a sum in 万 is the subsidy's total)
        return "fiscal_subsidy"

    def fitting(h: Hit) -> str:
        if change == "growth_rate" and _GROWTH_WORD_BEFORE.search(text, max(0, h.start - 6), h.start):
            return ""  # (基金收入增幅最高,为16.97%: how the growth ranks, no metric of it)
        for metric, units in _metrics()[h.word]:
            if "*" in units or as_unit in units or (change == "growth_rate" and h.word not in _marked("count")):
                # (应参保人数 in a collection drive's notice: its task, those it must enroll; elsewhere the rate's base)
                return "insured_persons" if metric == "other" and h.word in _tasks() and drive_page(text) else metric
        return ""

    if as_unit == "元" and _VISITS_THEN_MONEY.search(text, max(w.sentence[0], w.clause[0] - 24), w.start):
        return "amount"  # (门诊救助7650人次,资金66.3万元: what the visits the clause before counts were paid, as below)
    if as_unit == "%" and any(names_a_share(text, *label) for label in ev.items[1:]):
        return "other"  # (| 项目 | 金额 | 占基金支出比例(%) |: its column is a share of a whole, whatever its row pays)
    if as_unit == "%" and ev.listed and is_share(text, w) and not enrolled_share(text, w):
        return "other"  # (补偿医药费用X万元,补偿人次Y万人次,分别占全年预算的78.6%和82.1%: shares of the budget)
    for item in ev.items:
        inside = [h for h in within(hits_, *item) if fitting(h)]
        if inside:  # (征缴金额(万元) over a column: the verb before the money noun says what it is)
            return _money_named(text, inside, fitting, Evidence(), as_unit) if inside[-1].word in _marked("noun") else (
                fitting(inside[-1]))
    if as_unit == "%" and enrolled_share(text, w):
        return "enrollment_rate"
    if as_unit == "人" and _DONE.search(text, max(w.clause[0], w.start - 4), w.start):
        return "insured_persons"  # (甲县完成19.36万人, 全县已经完成2.1万人: in a drive's progress, those enrolled)
    if as_unit == "%" and (is_share(text, w) or gap_to_an_average(text, w)):
        return "other"
    # (基金收入(含财政补助预拨)9875万元: what a total includes names no metric of it)
    hs = _beside_enrollees([h for h in within(hits_, *w.sentence) if fitting(h) and not _included(text, h, w)
                            and not (change and _in_a_share(text, h, w))], text, w)
    for span in (w.clause, w.sentence):
        if span == w.sentence and ev.head_metric not in ("", "other") and _fits_unit(ev.head_metric, as_unit):
            return ev.head_metric  # (参保人数X人,户籍人口参保率Y%,其中职工医保Z人: the part is what its head is)
        before = within(hs, span[0], w.start)
        if before and before[-1].word in _marked("noun"):
            return _money_named(text, before, fitting, ev, as_unit)
        h = (before[-1] if before else None) or first_after(hs, w.end, w.clause[1])
        if h:
            return fitting(h)
        if span == w.clause and as_unit == "%" and names_own_rate(text, w):
            return "other"
    if as_unit == "元" and (_AFTER_VISITS.search(text, w.clause[0], w.start) or _HELP_PAID.fullmatch(text, w.clause[0], w.start)):
        return "amount"  # 住院救助3.2万人次、6720万元, 特困供养人员2104人次,救助143万元: what the help paid
    band = (not hs and not change and as_unit == "%" and text[w.sentence[0] - 1:w.sentence[0]] in ("；", ";")
            and _BAND_ITEM.match(text, w.sentence[0]) is not None)
    if not hs and not change and (band or _PLACES_ONLY.fullmatch(text, w.sentence[0], w.start)):
        # 参保率排在前三位的是…,分别为X、Y、Z;某县、某县分别为…: a rate the ；-run named before goes on
        # for a sentence of only places and their figures, and a payment rate for the next cost band or
        # level of care (…报销比例由60%升为65%；5万元至15万元部分，由65%升为70%)
        lo = max(w.paragraph[0], last_of(text, "。!?！？", w.paragraph[0], w.sentence[0] - 1) + 1)  # (or the sentence before)
        rates = [h for h in within(hits_, lo, w.sentence[0]) if fitting(h)]
        if rates and (not band or fitting(rates[-1]) == "reimbursement_rate"):
            return fitting(rates[-1])
    if not hs and change and text[w.sentence[0] - 1:w.sentence[0]] in ("；", ";") and _PLACES_CHANGE.fullmatch(
            text, w.sentence[0], w.start):
        # 某市居民医保基金支出同比增长12.3%;某市同比下降5.8%: the next place's change of what the sentence before named
        lo = max(w.paragraph[0], last_of(text, "。!?！？;；", w.paragraph[0], w.sentence[0] - 1) + 1)
        named = [h for h in within(hits_, lo, w.sentence[0]) if fitting(h)]
        if named:
            return fitting(named[-1])
    if not hs and not change and (head := heading_sentence_end(text, w.paragraph[0], w.start)) > 0:
        # (（二）补偿比例。乡镇卫生院由75%提高到85%；县级医疗机构由55%提高到65%: the rate the point's heading names)
        named = [h for h in within(hits_, w.paragraph[0], head) if fitting(h)]
        if named:
            return fitting(named[-1])
    if ev.head_metric and _fits_unit(ev.head_metric, as_unit):
        return ev.head_metric
    return ""


# places (…县、…市) and 分别为 (or the lowest, 河口县最低,为49.1%), maybe the figures of the list before this one
# (信宜市108.5万人、97.9%), or places each with its figure after a lead saying the sentence goes through them
# (分县区看,伊州区38.4万人、巴里坤县…)
_PLACES_ONLY = compiled(r"\s*(?:(?:分|从)[^\d,，。;；]{1,8}?(?:看|来看)[,，:：]?)?"
                        r"(?:(?>\p{Han}{1,8}[县市区旗盟州镇乡])(?:最高|最低)?[,，]?[、和及与]?(?:(?:分别)?(?:仅为|为|是|达到|达|有))?"
                        r"(?:[\d.]+\s*[万亿]?(?:%|人次|人|户|元)?[、和及与])*)+\s*")


_PLACES_CHANGE = compiled(r"\s*(?:(?>\p{Han}{1,8}[县市区旗盟州])[、和及与]?)+(?:同比|比上年|较上年)?(?:分别)?"
                          r"(?:增长|下降|减少|增加|提高|降低)了?\s*")


# (…；县级医院为80%: the next level of care, its rate alone; 补偿比例：乡镇卫生院　85%；县级医疗机构　70%: laid out as a form;
# …；在旗级医院住院的为70%: its patients')
_BAND_ITEM = compiled(r"\s*[^，,；;。]{0,16}?(?:部分|医院|卫生院|卫生室|医疗机构)(?:住院|就诊|就医)?的?[，,]?\s*(?:由|从|为|是|(?=\d))")


_SHARE_OPENS, _SHARE_REACH = compiled(r"\s*占"), 24  # (占当年筹资总额的: the share's words before its whole's)


@lru_cache(maxsize=None)
def _tasks() -> frozenset[str]:
    return frozenset(words("task_columns.txt"))


def _in_a_share(text: str, h: Hit, w: Window) -> bool:
    """基金支出X万元,占当年筹资总额的Y%,同比增长Z%: a share's clause names the whole it is a part of, not what grew."""
    reach = max(w.sentence[0], h.start - _SHARE_REACH)  # (a bounded look back: a page's one long sentence has thousands of hits)
    lo = max(reach, last_of(text, ",，;；", reach, h.start) + 1)
    # (县外住院人次占全部住院人次的比例为18.2%,较去年同期下降3.5个百分点: the whole, the share's words after 占)
    return lo != w.clause[0] and (_SHARE_OPENS.match(text, lo) is not None or text.find("占", lo, h.start) >= 0)


def _counts_drugs(text: str, w: Window) -> bool:
    """集采药品423种: a drug word stands nearer the count of kinds than any 病 word."""
    drugs = list(word_pattern("drug_words.txt").finditer(text, w.clause[0], w.start))
    return bool(drugs) and text.rfind("病", w.clause[0], w.start) < drugs[-1].start()


def _beside_enrollees(hs: list[Hit], text: str, w: Window) -> list[Hit]:
    """Without the enrollment words that only qualify people (惠及参合农民X人: 参合 says who they
    are), when another keyword of the figure's clause names the figure."""
    nouns = enrollees()
    qualifying = [h for h in hs if text.startswith(nouns, h.start)]
    if not qualifying or all(h in qualifying for h in within(hs, *w.clause)):
        return hs
    return [h for h in hs if h not in qualifying]


@lru_cache(maxsize=1024)  # (bounded: every entry holds its page's text, and pages stream through a worker)
def _included(text: str, h: Hit, w: Window) -> bool:
    """The keyword stands inside a bracket of what a total includes ((含财政补助预拨), (含个人账户)), closed before
    the figure (a figure inside it, (含各级财政补助资金X万元), is that part's)."""
    opened = max(text.rfind("(含", max(0, h.start - 12), h.start), text.rfind("（含", max(0, h.start - 12), h.start))
    return opened >= 0 and last_of(text, ")）", opened, h.start) < 0 and last_of(text, ")）", h.end, w.start) >= 0


def enrollees() -> tuple[str, ...]:
    return words("enrollee_nouns.txt")


def _money_named(text: str, before: list[Hit], fitting, ev: Evidence, unit: str) -> str:
    """A figure after a money noun: the verb of the noun's clause says what the money is
    (筹集医疗救助资金3.1亿元, …比去年增加2300万元); with none, the head figure's metric
    for a part of it (其中中央财政救助资金5.1亿元), else the noun's own."""
    noun = before[-1]
    verbs = [h for h in before[:-1] if h.word not in _marked("noun") and h.word not in _marked("payer")
             and not _CLAUSE_BREAK.search(text, h.end, noun.start)
             and not _FIGURE_END.search(text, max(0, h.start - 8), h.start)]  # 按220元/人缴费标准: its own
    if verbs:
        return fitting(verbs[-1])
    if ev.head_metric and _fits_unit(ev.head_metric, unit):
        return ev.head_metric
    return fitting(noun)


def keeps_its_metric(metric: str, change: str, after: bool, text: str, w: Window) -> bool:
    """Whether a change takes the metric of the level it changes: a named one always; "other" for a growth right
    `after` a count no metric names (办理零星报销612件,同比减少39.5%), not after a share (占…的41.3%,同比增长18.2%)."""
    return metric not in ("", "other") or (metric == "other" and change == "growth_rate" and after
                                          and text[w.clause[0] - 2:w.clause[0] - 1] not in "%‰")


def changes_metric(metric: str, unit: str, change: str) -> bool:
    """Whether a change in `unit` can be a change of `metric`: a growth rate of anything, a delta
    in the metric's unit (个百分点 of a rate), a multiple of anything it grew by (结算人次比上年增长2.3倍; not
    分别是上年的1.4倍, a ratio of two levels: other)."""
    return change == "growth_rate" or (unit == "倍" and bool(change)) or (change == "delta" and _fits_unit(metric, "%" if unit == "个百分点" else unit))


def _fits_unit(metric: str, unit: str) -> bool:
    wanted = next((e.unit for e in entries() if e.kind == "metric" and e.code == metric), "*")
    return wanted in ("*", unit)
