"""The program words of medical_programs.tsv, and the enumerations of programs running text writes
(职工医保、大病保险和医疗救助): several programs named as one list, read by the program reader
(extract.medical) as all of them at once."""
from __future__ import annotations

from functools import lru_cache

import regex

from extract.medical_settle import BASIC, CRITICAL, EMPLOYEE, RESIDENT
from extract.segment.lines import heading_sentence_end, opens_numbered_section
from extract.spans import Hit, Sorted, Span, Window, last_of, within
from rules.pattern_cache import compiled
from rules.punctuation import FULL_STOPS
from rules.taxonomy import sets
from rules.wordlists import table

NOT_MEDICAL = "-"  # medical_programs.tsv: a name that holds a scheme's word but is no scheme
# between two programs of one enumeration: a list mark, maybe with other listed items between
# (职工医保、大病保险、补充医疗保险和医疗救助)
LIST_JOIN = compiled(r"(?:、|,|和|及|与|以及)(?:[^,;:。，；：]{0,20}?(?:、|和|及|与))*[^,;:。，；：、]{0,4}")
_A_FIGURE = compiled(r"\d|[一二两三四五六七八九十][十百千万]")  # (六百四十多人次…享受到住院医疗救助,救助金额…)
_NEXT_IN_LIST = compiled(r"[、和及与]")
_SENTENCE_END = compiled(f"[{FULL_STOPS}]")


@lru_cache(maxsize=None)
def programs() -> dict[str, tuple[str, str]]:
    """keyword → (program, mark): a `generic` word (医保) continues a scheme named before it; `all`
    names every layer as one (三重保障); `rural` names the farmers' scheme as 新农合 pages do."""
    return {r[0]: (r[1].strip(), r[2].strip() if len(r) > 2 else "") for r in table("medical_programs.tsv")}


@lru_cache(maxsize=None)
def all_layers() -> frozenset[str]:
    return frozenset(w for w, (_, mark) in programs().items() if mark == "all")


def every_layer(names: set[str]) -> bool:
    """A scheme, the critical-illness insurance and a form of assistance all among the programs `names`
    (新农合补偿X万元,大病保险补偿Y万元,医疗救助Z万元,实际补偿比W%: the rate is of all three)."""
    t = sets()
    return bool(names & t.schemes) and CRITICAL in names and bool(names & (t.specific_helps | {"medical_assistance"}))


def enumerations(text: str, hs: list[Hit]) -> set[int]:
    """Indexes of program hits that stand in an enumeration of two or more programs."""
    named = programs()
    listed: set[int] = set()
    for i in range(len(hs) - 1):
        a, b = hs[i], hs[i + 1]
        # (…医疗救助和政府兜底保障: a list goes on to a member of the same program as the one before it)
        if ((named[a.word][0] != named[b.word][0] or i in listed) and b.start - a.end <= 40
                and LIST_JOIN.fullmatch(text, a.end, b.start) and not _clause_done(text, a, b)):
            listed |= {i, i + 1}
    return listed


def _clause_done(text: str, a: Hit, b: Hit) -> bool:
    """96人享受住院救助,人均获得救助3600元: a comma after a clause that already holds its figure
    (in digits or in Chinese numerals) starts a new clause, no next member of a list; so does a comma
    after all the layers named as one (实行三重保障,大病保险起付线由1.2万元降至5000元), which no list goes on from."""
    if text[a.end] not in ",，":
        return False
    if programs()[a.word][1] == "people":
        return True  # (对连续参保的居民,大病保险最高支付限额…: those the clause is for, no scheme listed before the next)
    if text[a.end + 1:b.start].strip() not in ("", "和", "及", "与", "以及"):
        return True  # 三是住院救助,全年共救助…: words of a new clause before the next program word
    lo = last_of(text, ",;:。!?，；：！？\n", 0, a.start) + 1
    return _A_FIGURE.search(text, lo, a.start) is not None or a.word in all_layers()


def other_insurances(text: str, hits_: list[Hit]) -> list[Hit]:
    """城乡居民基本养老保险参保率达99%,基本医疗保险参保率96%: another kind of insurance (program -)
    names no medical scheme, so the generic word after it is no resident scheme; listed with a
    medical one (职工基本养老保险和基本医疗保险…参保人数分别为) its holder (职工) is that one's too."""
    out = []
    for i, h in enumerate(hits_):
        if programs()[h.word][0] != NOT_MEDICAL:
            out.append(h)
        elif (i + 1 < len(hits_) and hits_[i + 1].start == h.end + 1 and _NEXT_IN_LIST.match(text, h.end)
              and (holder := _holder(h.word))):
            out.append(Hit(h.start, h.start + len(holder), holder))
    return Sorted(out)


@lru_cache(maxsize=None)
def _holder(name: str) -> str:
    """The scheme word another insurance's name opens with (职工 of 职工基本养老保险), else ""."""
    return max((w for w, (program, _) in programs().items()
                if name.startswith(w) and w != name and program != NOT_MEDICAL), key=len, default="")


def included(text: str, h: Hit) -> bool:
    """A program named in a bracket of what a total includes (医疗救助(含住院救助和门诊救助)…, its first item right
    after 含): a part of the total, not what the figures after it are of."""
    return bool(h.start) and (text[h.start - 1] == "含" or _INCLUDES.search(text, max(0, h.start - _INCLUDES_REACH), h.start)
                              is not None)


_INCLUDES = compiled(r"[(（](?:含|包括|包含)[^()（）]*$")
_INCLUDES_REACH = 20


def page_schemes(hits_: list[Hit]) -> tuple[str | None, str | None]:
    """The one scheme a page names, where it names no other (generic words aside: 医保, 医疗保险; nor 基本医保, the
    two together): of its figures that name none where it is named by its 新农合-era name (【住院补偿】 全年…), and of
    its enrollment figures that name none where it is the residents' (a drive's, a township's, a poverty report's)."""
    own = {programs()[h.word][0] for h in hits_ if h.word and programs()[h.word][1] != "generic"} & sets().schemes
    one = next(iter(own)) if len(own) == 1 else None
    rural = any(programs()[h.word][1] == "rural" for h in hits_ if h.word)
    return (one if rural else None), (one if one == "resident_medical_insurance" else None)


def broken_into_layers(text: str, hits_: list[Hit], w: Window) -> bool:
    """…住院结算12687人次,各项报销合计4921.8万元。其中,新农合报销X万元,大病保险报销Y万元,医疗救助Z万元: the
    figures of a sentence that a 其中 (in it, or opening the next sentence) breaks into several programs are
    what all the layers paid together (GUIDELINES §9), not the page's one scheme; so are those whose 其中 names one
    scheme (全市参保总人数X万人,其中城乡居民医保参保Y万人): the total of both, the basic insurance's."""
    parts = text.find("其中", w.end, w.sentence[1])
    if parts < 0:
        nxt = text[w.sentence[1]:w.sentence[1] + 6]
        parts = w.sentence[1] + len(nxt) - len(nxt.lstrip("。！？!? \t\u3000"))
        if not text.startswith("其中", parts):
            return False
    end = _SENTENCE_END.search(text, parts, w.paragraph[1])
    lo, hi = parts, end.start() if end else w.paragraph[1]
    named = _named(hits_, lo, hi) - {"medical_security_services"}
    # (其中城镇居民X人,农村居民Y人: the scheme's people, no scheme named by its own name)
    by_name = {programs()[h.word][0] for h in within(hits_, lo, hi) if h.word and not programs()[h.word][1]}
    return len(named) > 1 or bool(named <= {EMPLOYEE, RESIDENT} and named & by_name)


def share_program(text: str, hits_: list[Hit], w: Window, metric: str) -> str | None:
    """The program of a share of a patient's bill, where its words decide it, else None:
    对经基本医保、大病保险报销后个人自付费用超过5000元的,按65%给予救助: what a patient still pays after the
    schemes, where the sentence goes on to the help it gets, is assistance's threshold (…个人负担超过8000元的部分,
    由大病保险按50%赔付: the benefit's that pays it); 贫困患者住院实际补偿比达到89.8%, (…医疗救助7500元,)个人负担
    比例降到25%: what every layer together paid back, or left the patient to pay (GUIDELINES §9), not the one
    scheme its sentence names (城乡居民医保住院报销比达到91%,贫困户的个人支付比例为9%: that scheme's)."""
    if metric == "reimbursement_rate":  # (…实际报销比例为78.3%,今年1-9月达到91.2%: a clause naming no program goes on)
        lo = w.clause[0] if within(hits_, w.clause[0], w.start) else w.sentence[0]
        return BASIC if _POOR_ACTUAL.search(text, lo, w.start) else None
    if metric != "other":
        return None
    if _PAID_HIMSELF.search(text, w.sentence[0], w.start):
        if _HELP_AFTER.search(text, w.end, w.sentence[1]):
            return "medical_assistance"
        # (a bound of what the patient pays, 超过5000元的(部分), 在1万元至3万元的, where a benefit goes on; not a share
        # kept 控制在10%以内, whose next clause is another's: 门诊慢特病费用个人自付比例控制在20%以内)
        bound = "的" in text[w.end:w.clause[1]]
        after = {programs()[h.word][0] for h in within(hits_, w.end, w.sentence[1]) if h.word and bound} & sets().benefits
        if len(after) == 1:
            return after.pop()
    own = _named(hits_, w.clause[0], w.start)  # (门诊慢特病费用个人自付比例控制在20%以内: the benefit its clause names)
    named = own or _named(hits_, w.sentence[0], w.start)
    one_scheme = len(named) == 1 and (bool(own) or named <= sets().schemes)
    return BASIC if _OWN_RATIO.search(text, w.clause[0], w.start) and not one_scheme else None


def _named(hits_: list[Hit], lo: int, hi: int) -> set[str]:
    """The programs text[lo:hi] names by a specific word (医保, 医疗保险 continue another; they name none)."""
    return {programs()[h.word][0] for h in within(hits_, lo, hi) if h.word and programs()[h.word][1] != "generic"}


_POOR_ACTUAL = compiled(r"(?:贫困|建档立卡|脱贫|低收入)[^,，;；。]{0,12}实际(?:报销|补偿|支付)")
_PAID_HIMSELF = compiled(r"自付|自费|个人负担")
_HELP_AFTER, _OWN_RATIO = compiled(r"救助|兜底"), compiled(r"(?:自付|自费|个人(?:负担|支付|承担))[^,，;；。]{0,4}?比例")


@lru_cache(maxsize=None)
def assistance_forms() -> dict[str, str]:
    """The words of the forms of medical assistance (住院救助, 门诊 …) and the program each names."""
    return {r[0]: r[1].strip() for r in table("assistance_forms.tsv")}


@lru_cache(maxsize=None)
def assistance_form() -> regex.Pattern:
    return compiled("|".join(map(regex.escape, assistance_forms())))


def drawn_from(text: str, h: Hit) -> bool:
    """从今年新农合基金中…划转: the fund money is drawn from, 从 a few characters before the scheme, 基金 after it."""
    return bool(_FROM_BEFORE.search(text, max(0, h.start - 22), h.start) and _FUND_AFTER.match(text, h.end))


def draws_from_a_fund(text: str, span: tuple[int, int]) -> bool:
    """其中从医保统筹基金中划转90元 (a part of 长期护理保险每人每年180元): the fund the part's money comes from, no
    topic of its own."""
    return _DRAWS.search(text, *span) is not None


_DRAWS = compiled(r"(?:从|由)[^,，。;；]{0,12}?基金[^,，。;；]{0,4}?(?:划转|划拨|划入|调剂|列支)")


def paid_before(text: str, h: Hit) -> bool:
    """在新农合报销后, 新农合补偿后的自付部分: a layer that paid before the figure's; 参合患者在新农合报销后: whose
    patients they are, before it."""
    return bool((_PAID_BEFORE.search(text, max(0, h.start - 2), h.start) and _PAID_AFTER.match(text, h.end))
                or _WHO_BEFORE_PAID.match(text, h.end))


def bare_item(text: str, hits_: list[Hit], item: int, start: int) -> bool:
    """The 、 item before a figure is bare or only a group's label (低保对象75%): no program word of its own."""
    between = text[item:start]
    return not between.strip() or (len(between) <= 8 and not within(hits_, item, start) and not any(c.isdigit() for c in between))


def past_layers(text: str, hits_: list[Hit], before: list[Hit], w: Window) -> list[Hit]:
    """参合患者在新农合报销后,…超过8000元的部分…补偿50% after a sentence on 大病保险: a scheme that paid before the
    figure's layer is not its program, when its paragraph names another up to the figure's clause's end."""
    # (a list of every layer read as one hit too; but what is left after every layer, 三重保障报销后实际报销比例, is theirs)
    paid = [h for h in before if paid_before(text, h) and h.word not in all_layers()]
    others = paid and any(not paid_before(text, h) for h in within(hits_, w.paragraph[0], w.clause[1]) if h.word)
    before = [h for h in before if h not in paid] if others else before
    # 实施直接救助X人次(其中住院救助A人次、门诊救助B人次),支出Y万元: a breakdown in brackets closed before the figure's
    # clause names the parts, not what the clause after it is about
    parts = [h for h in before if in_a_breakdown(text, h, w.sentence[0], w.clause[0])]
    return [h for h in before if h not in parts] if parts and len(parts) < len(before) else before


def item_start(text: str, lo: int, hi: int) -> int:
    """Where the 、 item ending at `hi` begins in text[lo:hi] (住院救助X人次、门诊救助Y人次), past a bracket of what a total
    includes (实施医疗救助(含住院、门诊救助)5.91万人次: its 、 lists the parts, the item is the whole clause)."""
    asides = [m.end() for m in _INCLUDED_ASIDE.finditer(text, lo, hi)] if "含" in text[lo:hi] or "包" in text[lo:hi] else []
    return max(lo, text.rfind("、", asides[-1] if asides else lo, hi) + 1)


_INCLUDED_ASIDE = compiled(r"[(（](?:含|包括|包含)[^()（）]*[)）]")


def care_beside_help(text: str, hits_: list[Hit], w: Window) -> bool:
    """门诊慢特病结算19.42万人次,住院结算14.86万人次: a kind of care the scheme pays opening a clause that names no program,
    after a form of help the clause before names: a part of the scheme beside that help, not of it."""
    if not _CARE_OPENS.match(text, w.clause[0]) or within(hits_, w.clause[0], w.start):
        return False
    named = {programs()[h.word][0] for h in within(hits_, w.sentence[0], w.clause[0]) if h.word}  # (one help, no layers)
    return len(named) == 1 and not named <= sets().schemes


def care_listed_after(text: str, hits_: list[Hit], h: Hit, end: int) -> bool:
    """门诊慢特病结算X人次,住院结算Y人次。全县…: a form of help its sentence lists a kind of care beside (a clause
    after it opening with that care, naming no program) is one part of the scheme, no topic of the sentences after."""
    for m in _CLAUSE_GAP.finditer(text, h.end, end):
        clause_end = _CLAUSE_GAP.search(text, m.end(), end)
        if _CARE_OPENS.match(text, m.end()) and not within(hits_, m.end(), clause_end.start() if clause_end else end):
            return True
    return False


_CLAUSE_GAP = compiled(r"[,，;；]")
_CARE_OPENS = compiled(r"\s*(?:其中)?(?:次均|人均)?(?:住院|普通门诊)(?!救助|补助|大病|慢|特)")


def in_a_breakdown(text: str, h: Hit, lo: int, hi: int) -> bool:
    """Whether `h` stands in a bracket opening with 其中 after `lo` that closes before `hi`."""
    opened = max(text.rfind("（", lo, h.start), text.rfind("(", lo, h.start))
    if opened < 0 or not text.startswith("其中", opened + 1):
        return False
    return any(0 <= text.find(close, h.end, hi) for close in "）)")


# (从城镇居民医保基金和新农合基金中划出: each fund of the source joined to the first)
_FROM_BEFORE, _FUND_AFTER = compiled(r"从[^,，;；。]{0,4}$|从[^,，;；。]{2,16}基金[和及与、]$"), compiled(r"(?:统筹)?基金")
# (经职工医保和大病保险支付后: each layer of a list paid before; 在基本医保(报销)的基础上, 比基本医保单独报销: the
# layer a higher one's rate is measured from)
_PAID_BEFORE = compiled(r"(?:^|经|在|通过|比|[。，,；;：:\s]|(?<=经\p{Han}{2,10}?)[和及与、])$")
_PAID_AFTER = compiled(r"(?:[和及与、]\p{Han}{2,10}?)?(?:(?:基金)?(?:报销|补偿|支付|报付|结算)了?)?(?:后|的?基础上)"
                       r"|单独(?:报销|补偿|支付)")
_WHO_BEFORE_PAID = compiled(r"(?:患者|病人|农民|群众|人员)(?:经|在)[^,，。；;]{1,14}?(?:报销|补偿|支付)了?后")


POINT_REACH = 6  # paragraphs back from a figure's to the numbered point they run under


def point_scheme(text: str, hits_: list[Hit], w: Window) -> str | None:
    """（一）城镇职工基本医疗保险。参加…⏎全年征收医疗保险基金X万元: the one scheme the heading of the numbered point
    above the figure's paragraph names; its paragraphs up to the next point or section are that scheme's."""
    start = w.paragraph[0]
    if opens_numbered_section(text[start:w.start].lstrip()):
        return None  # (（二）稳步推进支付方式改革,…2家医院: a point of its own)
    for _ in range(POINT_REACH):
        line = text.rfind("\n", 0, max(0, start - 1)) + 1
        if start <= 0 or line >= start:
            return None
        if opens_numbered_section(text[line:start].lstrip()):  # (三、待遇享受情况, a section's heading alone: none)
            head = heading_sentence_end(text, line, start)
            named = {programs()[h.word][0] for h in within(hits_, line, head) if h.word} if head > 0 else set()
            named &= sets().schemes - {BASIC}
            return named.pop() if len(named) == 1 else None
        start = line
    return None


def scheme_beside_help(named: set[str]) -> str | None:
    """新型农村合作医疗及医疗救助情况: the one scheme a caption names beside forms of medical assistance (and nothing
    else), which its columns of no program of their own (筹资总额, 基金支出, 补偿人次) are about; else None."""
    schemes, helps = named & sets().schemes, named - sets().schemes
    if len(schemes) == 1 and helps and helps <= sets().specific_helps | {"medical_assistance"}:
        return schemes.pop()
    return None


_ITEM_OPENS = compiled(r"\s*(?:[（(][一二三四五六七八九十\d]{1,3}[)）]|[①-⑳]|\d{1,2}[、．])")


def after_reach(text: str, w: Window, span: Span, item_end: int) -> int:
    """Where the first program after a figure is looked for up to: its clause's end (or the next labelled item's
    start, `item_end`); in a list item's sentence, whose figure comes before its help ((一)特困人员1128人,按280元/人
    全额资助), the sentence's end."""
    if span != w.clause and _ITEM_OPENS.match(text, w.sentence[0]):
        return w.sentence[1]
    return w.clause[1] if item_end < 0 else item_end
