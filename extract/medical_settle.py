"""Settling a medical-security figure once its program and metric are read (GUIDELINES §8, §9):
corrections that need both, and whether it is a maternity-insurance figure, which before the
2019 merger belongs to another domain."""
from __future__ import annotations

from collections.abc import Sequence

from extract.segment.lines import after_section_number
from extract.spans import Span, Window, last_of, within
from rules.fragments import word_pattern
from rules.pattern_cache import compiled
from rules.taxonomy import sets
from rules.wordlists import words

BASIC = "basic_medical_insurance"
SERVICES = "medical_security_services"
CHRONIC = "chronic_disease_outpatient"
CRITICAL = "critical_illness_insurance"
EMPLOYEE, RESIDENT, SUBSIDY = "employee_medical_insurance", "resident_medical_insurance", "enrollment_subsidy"
_SENTENCE_END = compiled(r"[。!?！？]")


MERGED = 2019  # the year maternity insurance merged into employee medical insurance


def maternity(text: str, w: Window, labels: tuple[Span, ...] = (), programs: Sequence = (),
              rows_above: tuple[Span, ...] = ()) -> bool:
    """A maternity-insurance figure: its labels (分别 item, table row and column) name a maternity benefit
    (not as 含生育保险), or its clause does, or its sentence does before it with no other program
    named in between (发放生育津贴312人,实施住院救助120人次: the assistance is not maternity's), or
    it stands under a paragraph heading that does (3.生育保险。…异地就医结算12人次; 【生育保险】…). `programs`:
    the page's program names, sorted (extract.spans.Sorted); `rows_above`: a table cell's other labels."""
    head_end = _SENTENCE_END.search(text, w.paragraph[0], w.start)
    heading = (w.paragraph[0], head_end.end()) if head_end and head_end.end() - w.paragraph[0] <= 12 else None
    if heading is None and w.headline and text.startswith("【", w.headline[0]) and 0 <= w.paragraph[0] - w.headline[1] <= 1:
        heading = w.headline  # (a yearbook's item heading on the paragraph's own line)
    if labels:
        labels += _maternity_headings(text, rows_above)  # (| 三、生育保险 | | | over the cell's row)
        return any(any(_maternity_words(text, *label)) for label in labels + ((heading,) if heading else ()))
    for m in _maternity_words(text, *w.sentence):
        if (w.clause[0] <= m.start() < w.clause[1]
                or (m.end() <= w.start and not within(programs, m.end(), w.start))):
            return True
    return heading is not None and any(_maternity_words(text, *heading))


def _maternity_headings(text: str, labels: tuple[Span, ...]) -> tuple[Span, ...]:
    """The rows above a table cell that only name maternity insurance or a benefit of it (| 三、生育保险 | | |): the
    cells under them are its figures (a caption naming it beside a scheme, 职工医疗保险和生育保险情况, is not)."""
    return tuple(s for s in labels
                 if after_section_number(text[s[0]:s[1]].strip()).strip().removesuffix("基金") in words("maternity_words.txt"))


def _maternity_words(text: str, lo: int, hi: int):
    """The maternity words in text[lo:hi], but not one that only says what a total includes (含生育保险)."""
    return (m for m in word_pattern("maternity_words.txt").finditer(text, lo, hi) if not text.startswith("含", m.start() - 1))


def settle_program(program: str, metric: str, unit: str = "", text: str = "", w: Window | None = None) -> str:
    """A person's own premium is paid into the resident scheme, also where a subsidy pays the
    rest of it (定额资助280元，个人缴费100元) or the sentence before is about a form of help or
    cover paid from the scheme (大病保险筹资标准…。个人缴费标准提高30元); how many of a group are enrolled is the insurance's
    rate, also where a subsidy paid their premiums (资助…参保,困难群众参保率保持在98%); a time a
    service takes (办理时限5个工作日) measures the service; stays in hospital (全县住院1.24万人次) after a sentence on
    门诊慢特病 are no outpatient benefit's, where their sentence names no outpatient care."""
    if program == CHRONIC and w is not None and _INPATIENT.search(text, w.clause[0], w.end) and not (
            _OUTPATIENT.search(text, *w.sentence)):
        return BASIC
    if unit in words("service_times.txt"):
        return SERVICES  # (whichever scheme or form of help the service handles)
    if metric == "individual_contribution" and program not in sets().schemes:
        return RESIDENT  # (a person pays into a scheme, never into a form of help)
    if metric == "enrollment_rate" and program == "enrollment_subsidy":
        return BASIC
    return program


# No one's own yearly premium reaches this many yuan: a contribution this large is what all the
# enrollees paid together (农民个人缴纳572万元), money the scheme collects.
ONE_PERSONS_PREMIUM_BELOW = 10_000
# a sum written in 万 or 亿 (各级财政补助3917.4万元): a total, no one's standard
MAGNITUDE = compiled(r"[万亿萬億]")


def _calls_a_subsidy(text: str, w: Window) -> bool:
    """其中中央补助1450万元: the figure's own 、-item calls its money a subsidy (GUIDELINES §9: a total subsidy transfer)."""
    return _SUBSIDY_WORD.search(text, max(w.clause[0], last_of(text, "、", w.clause[0], w.start) + 1), w.start) is not None


def unnamed_count(metric: str, settled: str, text: str, w: Window) -> str:
    """A count of people in a scheme's article that no keyword names is its insured only where its
    sentence speaks of enrolling (enrolling_words.txt: 人数, 参保, 筹资 …) or names the scheme right before
    it (基本医疗保险17.3万人: GUIDELINES §8 医保X人); else it counts other people (移送司法机关2人,
    专职监管人员3名, 覆盖200余万农民: metric other, as the real gold reads 覆盖). (A table cell's labels
    say what it counts: it is not asked here.)"""
    if settled in ("insured_persons", "beneficiaries") and _ATTENDING.match(text, w.end):
        return "other"  # (…医保专干共60余人参加会议: those at a meeting, in a sentence on a collection drive)
    if metric or settled != "insured_persons":
        return settled
    lo = max(w.paragraph[0], last_of(text, _FULL_STOPS, w.paragraph[0], w.start) + 1)  # (its ；-run)
    hi = min([i for i in (text.find(c, w.end, w.paragraph[1]) for c in _FULL_STOPS) if i >= 0], default=w.paragraph[1])
    if (word_pattern("enrolling_words.txt").search(text, lo, hi)
            or _SCHEME_RIGHT_BEFORE.search(text, max(w.clause[0], w.start - 12), w.start)):
        return settled
    return "other"


_FULL_STOPS = "。!?！？"
_SUBSIDY_WORD = compiled(r"补助|補助")
_INPATIENT, _OUTPATIENT = compiled(r"住院"), compiled(r"门诊|門診|慢特病|慢性病|特殊病|特慢病")
_ATTENDING = compiled(r"\s*(?:参加|出席|列席|参与)?(?:了)?(?:会议|培训|活动)|\s*参会")
_SCHEME_RIGHT_BEFORE = compiled(r"(?:医保|医疗保险|新农合|合作医疗)(?:达到|达|为|共|有|共有)?\s*$")


def settle_metric(metric: str, program: str, unit: str, per: str, value: float = 0.0, cell: bool = False,
                  text: str = "", w: Window | None = None) -> str:
    """Metric corrections that depend on the program: people helped are beneficiaries and
    people in a scheme are insured; a per-person amount of help is a subsidy standard, and its
    total is money the program pays out; an annual per-person amount of a scheme is its funding
    standard."""
    t = sets()
    if unit == "倍":
        return "other"  # 分别是上年的1.4倍和1.3倍: a ratio of two amounts or counts is neither
    if program == "medical_security_services" and unit in ("人", "户") and metric in ("", "insured_persons",
                                                                                   "beneficiaries"):
        return "other"  # 村级代办员412名, 走访农户3620户: the service's staff or visits, no one insured or helped
    if program == "medical_security_services" and metric == "enrollment_rate":
        return "other"  # 服务站点村级覆盖率100%: how far the service reaches, no share of people enrolled
    if (metric == "fiscal_subsidy" and unit == "元" and not per and program in t.specific_helps | {"medical_assistance"}
            and (cell or w is None or not _calls_a_subsidy(text, w))):
        return "fund_income"  # 下拨医疗救助资金X万元,其中…配套Y万元: money raised for the help (not a share called 补助)
    if metric == "individual_contribution" and unit == "元" and not per and abs(value) >= ONE_PERSONS_PREMIUM_BELOW:
        # (what a subsidy paid of their premiums, 代缴…个人缴费820万元, is money it paid out)
        return "amount" if program == "enrollment_subsidy" else "fund_income"
    if unit == "人" and metric in ("", "insured_persons"):
        if program in t.people_helped:
            return "beneficiaries"
        if program in t.schemes:
            return "insured_persons"
    if program == "enrollment_subsidy" and unit == "元" and metric != "individual_contribution":
        if per in ("person", "person_year"):
            return "fiscal_subsidy"  # (what a person pays himself stays his: 个人缴费标准为每人350元)
        if metric == "fiscal_subsidy" and not per and abs(value) >= ONE_PERSONS_PREMIUM_BELOW:
            return "amount"  # 财政配套X万元代缴…: the program's money in total is money paid out (按280元全额资助: a standard)
    if cell and unit == "元" and not metric and not per and program in t.specific_helps | {"medical_assistance"}:
        return "amount"  # a column 医疗救助(万元): the help's money with no other word is what it paid
    if program == "enrollment_subsidy" and metric == "reimbursement_rate":
        return "other"  # 按缴费标准的70%资助: a share of a premium, not of a patient's costs
    if unit == "元" and per == "person_time" and metric not in t.standards:
        return "other"  # 均次补偿400元, 次均费用: an average per visit is no money paid (GUIDELINES §9)
    if unit == "元" and (per == "person_year" and program in t.schemes and metric in ("", "fund_income") or (
            # (每人从新农合基金中按28元的标准划拨大病保险资金: its funding per head, the year's)
            per in ("person", "person_year") and program == CRITICAL and abs(value) < ONE_PERSONS_PREMIUM_BELOW
            and (metric in ("", "fund_income", "other") or (metric == "amount" and per == "person_year")))):  # (人均补偿: paid)
        return "per_capita_funding"  # 统筹基金每人每年150元; 大病保险按每人每年40元筹集 (not its cap, 每人每年最高30万元)
    if metric:
        return metric
    return t.unit_metric.get(unit, "beneficiaries" if unit == "人" else "other")
