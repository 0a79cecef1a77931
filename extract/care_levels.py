"""Levels of care (乡镇卫生院, 县级医院, 县外): a rate, standard or count of visits named right after
one, in a paragraph about medical security, is the scheme's at that level, not the hospital's own
figure (GUIDELINES §8; the levels are rules/wordlists/care_levels.tsv)."""
from __future__ import annotations

from functools import lru_cache

import regex

from extract.classify import DocWords
from extract.domain_words import domain_weights
from extract.spans import Span, Window, within
from rules.fragments import alternation, to_a_level, word_pattern
from rules.pattern_cache import compiled
from rules.wordlists import table


@lru_cache(maxsize=None)
def _levels_and_facilities() -> tuple[str, str]:
    """The levels of care and the kinds of facility (care_levels.tsv), each as one alternation."""
    kinds = table("care_levels.tsv")
    return (alternation(w for w, k in kinds if k == "level"), alternation(w for w, k in kinds if k == "facility"))


@lru_cache(maxsize=None)
def _care_level() -> regex.Pattern:
    """A level of care ending the text before a figure, with at most a from-to or 达 between:
    (在)县级医院(由75%提高到)80%; or a pipe, in a table drawn with them (乡镇卫生院 | 150元)."""
    levels, facilities = _levels_and_facilities()
    return compiled(rf"(?:{levels})*(?:{facilities})(?:[(（][^()（）|]{{1,6}}[)）])?"  # 乡镇卫生院(一级): its grade
                    r"(?:住院|门诊|就医|就诊)?的?[,，]?的?(?:支付比例|报销比例|补偿比例|起付线|起付标准|(?:可|能)?报销?|补偿)?"  # (…门诊报50%)
                    r"\s*(?:由\s*(?:(?:去年|上年)的?)?\s*\d[\d.]*\s*[%元]?\s*)?"  # (县级医院由300元降至200元, 由去年的60%提高到)
                    # (县级医院提到70%, 三级医院平均提高五个百分点: the level's rate, or its rise)
                    r"(?:平均)?(?:(?:提高|提升|调整|上调|下调|降低|增加|增|提|降|减)?(?:到|至|为)|提高|提升|上调|下调|降低"
                    r"|达到?|是|由(?:(?:去年|上年)的?)?|合计|共计|共|(?:控制|稳定|保持)在)?\s*(?:[|｜]\s*)?"
                    r"(?:\d[\d.]*\s*%?\s*[—–\-~～－]{1,2}\s*)?$")  # (乡镇卫生院75%—80%: a range's high end too)


# a stay that ends the clause before a figure's (在县级医院住院,由55%提高到65%): its level of care is the figure's
_STAYED = compiled(r"(?:住院|就医|就诊)的?[,，]$")  # (在县级医院住院的,由60%…)
# figures listed before a figure in its item (县人民医院312人次、[81.6万元]): the item's facility is
# the figure's too
_LISTED_BEFORE = compiled(r"(?:\d[\d.]*\s*[万亿]?\s*[\p{Han}%]{1,3}\s*、)+$")


@lru_cache(maxsize=None)
def _bare_level() -> regex.Pattern:
    """Levels of care with no facility after them (县级, 市级及以上): a 分别 item of its own."""
    return compiled(rf"\s*(?:{_levels_and_facilities()[0]})+\s*")


CARE_LEVEL_UNITS = frozenset({"%", "元", "个百分点", "人次"})


def after_care_level(text: str, w: Window, before: Span | None = None) -> bool:
    """The figure stands right after a level of care (县级医院4家, 在乡镇卫生院达85%), or `before`
    (its 分别 item) ends in one."""
    lo, hi = before or (w.clause[0], w.start)
    if before is None and _STAYED.search(text, max(0, lo - 4), lo):
        lo = max(text.rfind(c, 0, lo - 1) for c in ",，;；:：。\n") + 1
    # (most figures follow no 、: the search for a list before them is not made)
    listed = _LISTED_BEFORE.search(text, lo, hi) if text[lo:hi].rstrip().endswith("、") else None
    if _care_level().search(text, lo, listed.start() if listed else hi) is not None:
        return True
    if before is not None and _level_item().fullmatch(text, lo, hi) is not None:
        return True  # (…,县级医院由45%提高到55%,起付线分别为80元和200元: an item of only a level of care and its figures)
    # (起付线乡镇卫生院为100元、县级300元、县外500元: a level alone after a 、, the facility its list named first)
    item = _listed_level().search(text, max(0, lo - 1), hi) if before is None else None
    return item is not None and _facility_after().search(text, w.sentence[0], item.start()) is not None


@lru_cache(maxsize=None)
def _level_item() -> regex.Pattern:
    """A level of care and its own figure or from–to (县级医院由45%提高到55%, 二级医院75%), nothing else."""
    figure = r"\d[\d.]*\s*[%元]?\s*"
    return compiled(rf"\s*(?:定点)?(?:{_levels_and_facilities()[0]})*(?:{_levels_and_facilities()[1]})\s*"
                    rf"(?:由\s*{figure}(?:{to_a_level()}|到|至)\s*{figure}"
                    rf"|(?:为|达到?)?\s*{figure})?")


@lru_cache(maxsize=None)
def _listed_level() -> regex.Pattern:
    return compiled(rf"、\s*(?:{_levels_and_facilities()[0]})+(?:为|是|达到?)?\s*$")


def rates_a_care_level(text: str, w: Window, unit: str, words_: DocWords, before: Span | None = None,
                       labels: tuple = ()) -> bool:
    """县级医院80%, 乡镇卫生院起付线…县外医院800元, 乡镇卫生院住院1.38万人次: in a paragraph about
    medical security, a rate, standard or count of visits right after a level of care is the
    scheme's at that level, whatever the hospital word says; counts of hospitals (县级医院3家) and
    figures with words of their own (门诊诊疗32.6万人次) are not. A table cell's row label is its
    `before`, and its column header and caption (`labels`) say what the table is about."""
    if before is not None and labels and text[before[1] - 1:before[1]] in ")）":
        opened = max(text.rfind("(", *before), text.rfind("（", *before))
        before = (before[0], opened) if opened > before[0] else before  # 乡镇卫生院(一级): the level before its grade
    if unit not in CARE_LEVEL_UNITS or not (after_care_level(text, w, before) or (
            before is not None and _bare_level().fullmatch(text, *before))):
        return False  # (a 分别 item may be a level alone: 乡镇卫生院、县级、市级及以上医院)
    weights = domain_weights()
    # (a table drawn line by line, 乡镇卫生院 | 150元 | 85%: its paragraph is its line, under 二、住院补偿)
    # (…调整了住院补偿比例,具体如下: over rows the page lays out one per line, the paragraph before them)
    spans = (w.paragraph,) + ((w.headline,) if w.headline else ()) + ((w.previous,) if w.previous else ()) + labels
    return any(weights[h.word][0] == "medical_security" for span in spans for h in within(words_.domain, *span))


def serves_the_scheme(text: str, w: Window, unit: str) -> bool:
    """N个村卫生室均已纳入门诊统筹定点, N个乡镇卫生院开通了即时结报: a count of clinics or hospitals that
    its clause says serve a scheme (scheme_services.txt, after the count) counts the scheme's service points."""
    return (unit in _FACILITY_UNITS and _facility_after().match(text, w.end) is not None
            and word_pattern("scheme_services.txt").search(text, w.end, w.clause[1]) is not None)


_FACILITY_UNITS = frozenset({"个", "家", "所"})


@lru_cache(maxsize=None)
def _facility_after() -> regex.Pattern:
    levels, facilities = _levels_and_facilities()
    return compiled(rf"(?:定点)?(?:{levels})*(?:{facilities})")


def the_fund_acts(text: str, w: Window, unit: str) -> bool:
    """县中医院被追回26.3万元, …清算应付情况为:县人民医院X万元: what a medical-security fund does to or for a
    hospital (fund_actions.txt; for money and shares in the figure's sentence) is the fund's figure; not where the
    sentence funds a public-health service (基本公共卫生服务经费…全年拨付项目资金X万元: health care's own)."""
    lo = w.sentence[0] if unit in ("元", "%") else w.clause[0]
    return (word_pattern("fund_actions.txt").search(text, lo, w.clause[1]) is not None
            and word_pattern("public_health_funds.txt").search(text, *w.sentence) is None)
