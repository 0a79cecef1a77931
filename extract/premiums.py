"""Premiums paid for others (为五保户820人参加新农合出资8.2万元, 为困难群众缴纳个人参合费, 个人缴费部分由财政
给予补贴, 特困人员全额资助): an enrollment subsidy (GUIDELINES §8), whatever scheme the people it pays for join."""
from __future__ import annotations

from functools import lru_cache

from extract.drives import drive_words
from extract.spans import Window
from rules.pattern_cache import compiled
from rules.wordlists import words

_PAID_FOR = compiled(r"(?:资助|为)[^。;；,，:：]{0,30}?(?:参加|参保|投保)"  # (not 为民办实事项目:…参保率: a list's lead)
                     # (为1.54万名困难群众缴纳新农合个人参合费; 个人缴费部分,由财政按每人每年180元给予补贴)
                     r"|(?:为|替)[^。;；,，:：]{0,30}?(?:缴纳|代缴)[^。;；,，]{0,12}?(?:参合费|参保费|医保费|个人缴费|保费)"
                     r"|个人缴费(?:部分)?[^。;；]{0,6}?(?:由|给予)[^。;；]{0,20}?(?:资助|补贴|补助|代缴)"
                     # (对贫困人口个人缴费部分,县财政每人补助120元; 对建档立卡贫困户个人缴费每人补助一百元)
                     r"|个人缴费部分[,，]?[^。;；\d]{0,12}?(?:资助|补贴|补助|代缴)|个人缴费每人(?:每年)?(?:资助|补贴|补助)"
                     # (对城镇低保户参加居民医保按每人每年120元给予资助)
                     r"|参加[^。;；,，]{0,30}?(?:给予|予以)(?:全额|定额)?(?:资助|补贴|补助)")
_DRIVE_METRICS = frozenset({"other", "insured_persons", "fund_income", "person_times"})
_PAYING = compiled(r"出资|代缴|缴纳|资助|补助|补贴")
_BENEFIT_PAID = compiled(r"报销|补偿|理赔|赔付")
_FINDS_MONEY = r"安排|筹集|投入|拨付|落实|出资"  # (县财政出资357万元,为…代缴…个人缴费; …,落实资金817.2万元)
_ONLY_A_SUM = compiled(rf"\s*(?:共计|合计|总计|共|计|每人|人均)?(?:{_FINDS_MONEY})?(?:资金)?\s*")
_MONEY_FOUND = compiled(_FINDS_MONEY)
_OWN_PROGRAM = compiled(r"救助|医保|医疗保险|新农合|合作医疗|大病")  # (安排医疗救助资金X万元: money named for its own program)
# (特困人员按400元标准全额资助; 特困人员3105人,全额资助)
_PAID_IN_FULL = compiled(r"(?:[^。;；,，]{0,6}?|\s*[,，]\s*)(?:全额|定额)(?:给予)?资助")
# (特困人员3105人,全额资助;低保对象5.46万人,按个人缴费的70%给予资助: the groups a subsidy pays for)
_PAID_AFTER = compiled(r"[^。;；]{0,16}?(?:全额|定额|给予|按[^。;；]{0,16}?)资助")


def benefit_paid(text: str, w: Window) -> bool:
    """资助参保X万人次;累计报销贫困患者住院费用Y万人次: a figure whose own clause says what was paid back for
    care, and pays no premium, is the scheme's benefit, whatever subsidy a clause before it named."""
    return (_BENEFIT_PAID.search(text, w.clause[0], w.start) is not None and not _PAYING.search(text, w.clause[0], w.end)
            and not _paid_for_in(text, w.clause[0], w.end))


def pays_premiums(text: str, w: Window) -> bool:
    """The figure counts or pays premiums paid for others: inside a clause saying so, after one in its
    sentence with a paying verb in its own clause, or right before 全额资助; 为参保患者报销 pays no
    premium (参保 only says who the patients are)."""
    for m in _paid_for_in(text, *w.sentence):
        if m.start() < w.start <= m.end() + 1 or (m.end() <= w.start and (
                _PAYING.search(text, max(m.end(), w.clause[0]), w.end) or _ONLY_A_SUM.fullmatch(text, w.clause[0], w.start))):
            return True  # (为特困人员缴纳了新农合个人参合费,共计234万元,每人60元: what was paid, and per head)
        if m.start() >= w.end and _MONEY_FOUND.search(text, w.clause[0], w.start) and not _OWN_PROGRAM.search(
                text, w.clause[0], w.start):
            return True  # 共安排资金786.6万元,其中县财政280万元,为全县4.37万名困难群众全额代缴…个人缴费: what it is for
    return _PAID_IN_FULL.match(text, w.end) is not None


@lru_cache(maxsize=64)  # (once per sentence, not per figure: every figure of a scheme asks)
def _paid_for_in(text: str, lo: int, hi: int) -> tuple:
    """The phrases of text[lo:hi] that pay premiums for others, not those that only say who patients are."""
    return tuple(m for m in _PAID_FOR.finditer(text, lo, hi) if not text.startswith(words("enrollee_nouns.txt"), m.end() - 2))


def collects_premiums(text: str, w: Window, metric: str, title_of_a_drive: bool) -> bool:
    """A count, sum or progress of the drive that collects the year's premiums: its sentence up to its
    clause's end, or the page's title, speaks of the drive, and the sentence names no basic insurance by
    name (基本医保参保缴费: both schemes' payers). Rates paid out and money spent are no drive's."""
    if metric not in _DRIVE_METRICS or "基本" in text[slice(*w.sentence)]:
        return False
    if title_of_a_drive:
        return True
    # (not a bracket after it: 医保基金总收入X万元(城乡居民医保个人缴费收入集中于上年…) is both schemes')
    after = text[w.end:w.clause[1]]
    return drive_words().search(text[w.sentence[0]:w.end] + after[:min((i for i in map(after.find, "(（") if i >= 0),
                                                                  default=len(after))]) is not None


def group_paid_for(text: str, w: Window) -> bool:
    """特困人员3105人,全额资助: a group's count whose clauses after it say its premiums are paid."""
    return _PAID_AFTER.match(text, w.end) is not None
