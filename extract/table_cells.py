"""What a table cell becomes: a figure with its unit from a label, header or note, and the spans
that say what it is about (extract/tables.py and extract/flat_tables.py find the cells)."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

import regex

from extract.spans import Span
from rules.fragments import alternation, qualifier_words, units, word_pattern
from rules.numerals import magnitudes
from rules.parsers import Quantity
from rules.pattern_cache import compiled
from rules.taxonomy import sets
from rules.wordlists import table, words

# (同比 | ↑2.3% | ↓1.6%: an arrow before a cell's figure says it rose or fell: cell_arrows.tsv)
NUMBER = "(?:[" + regex.escape("".join(a for a, _ in table("cell_arrows.tsv"))) + r"][ ]?)?[-+]?\d[\d,]*(?:\.\d+)?"
# (0.9 %: a blank before the sign, as text converted from PDF prints it; 3.2(百分点), -0.3(日) in a change column: the
# cell names its own unit in brackets, cell_unit_brackets.tsv)
# (住院 | 3.12万 | 12648.3 under 人次 | 报销金额(万元): a cell that writes its own 万, the count in ten thousands)
RATE_SIGN = r"(?:[ ]?(?:%|‰|个百分点)|[万亿]|\((?:" + alternation(r[0] for r in table("cell_unit_brackets.tsv")) + r")\))"
CELL = compiled(rf"^{NUMBER}{RATE_SIGN}?$")
# a cell that holds its column's place with no figure: a dash, or an ellipsis (… : a yearbook's figure not available)
# (a slash alone marks an empty cell too: | 8.64 | / | 1.6 |; a target's range, 6—9 months, holds no one figure of its column)
EMPTY_CELL = r"[—–－―-]{1,2}|…{1,2}|\.{3,6}|[/／]|\d+(?:\.\d+)?[—–~～]\d+(?:\.\d+)?"  # (―: a horizontal bar)
EMPTY = compiled(EMPTY_CELL)
# a cell's figure with a bound or an approximation around it (≥99, >500; 85左右, 97以上: the qualifiers table's
# signs before a figure and words after one): the cell's figure, that qualifier
BOUND_BEFORE, BOUND_AFTER = r"[≥≤><＞＜]?", "(" + alternation(qualifier_words("suf")) + ")?"
# a last column of words (指标属性 | 约束性; 备注 | 按个人缴费标准的70%资助), after a column gap: no cell of the
# table (a figure in it is the text's), read past; it opens with no digit and holds two Chinese characters or more
_TEXT_TAIL = compiled(r"(?<=\S)(?:\t|[ \u3000]{2,})(?P<cell>[^\d\s+\-−－.≥≤><＞＜](?:[^\t\u3000 ]| (?! ))*)[ \u3000]*$")


def text_tail(line: str) -> int:
    """Where a row's cells end before a last column of words (len(line) if it has none)."""
    m = _TEXT_TAIL.search(line)
    if m is None or len(_HAN_CHAR.findall(m.group("cell"))) < 2 or unit_word(m.group("cell")):
        return len(line)
    return m.start()
# (元/人·月: the unit before a slash, its denominator after it, read by extract.denominators)
_UNIT_IN_BRACKETS = compiled(r"[(（](?P<mag>万亿|亿|万|千|百)?(?P<unit>[^()（）\d\s/]{1,4})(?:/[^()（）\s]{1,6})?[)）]")
_UNIT_WORD = compiled(r"(?P<mag>万亿|亿|万|千|百)?(?P<unit>\S{1,4})")
_UNIT_LIST_SEP = compiled(r"[、,，/;；\s]+")
# a table's unit note, 单位:万元 or 单位：人、万元, alone on its line or inside a caption's brackets
# (金额单位:万元, or 金额:万元 alone: the money's)
NOTE_LEAD = r"(?:(?:金额|金額|数量|數量|计量|計量)?(?:单位|單位)|金额|金額)\s*[:：]\s*"
# (金额单位:元。: the full stop ends it; 单位:人次;万元: a semicolon between two units lists them)
# (单位:万人  万元  人次: a web table's units set out by blanks, one a column, at the end of their line)
NOTE = compiled(NOTE_LEAD + r"(?P<units>[^\s)）。;；]+(?:(?:[、,，/]|[;；](?=[^\s)）。;；:：]{1,4}[)）]))[^\s)）。;；]+)*"
                r"(?:(?:[ \u3000]+(?:万亿|亿|万|千|百)?(?:人次|人|户|元|家|个|%|％|次|件|所|张|床|月|公里|亩|吨|项|名|例|起))+"
                r"(?=[ \u3000]*$))?)", regex.M)
_ENROLLED_END = compiled(r"参[保合]\s*$")  # (职工医保参保 | 居民医保参合 under 单位:人、人次、万元: those who enrolled)
PEOPLE_LABEL = compiled(r"人\s*数|人\s*次|户\s*数|人员|人口|对象|" + _ENROLLED_END.pattern)  # (户籍人口, 低保对象: people)
_TIMES_LABEL = compiled(r"人\s*次")
_HOUSEHOLD_LABEL = compiled(r"户\s*数")
_STANDARD_LABEL = compiled(r"标准")
# a count of people, not a group's name (特困人员); or of things (检查家数, 案件数 under 金额单位:万元: no money)
_HEADCOUNT = compiled(r"人\s*数|人\s*次|户\s*[数次]|[家件宗起所例]\s*数")
_THINGS_LABEL = compiled(r"机构|医院|药店|单位|网点|数$")
_RANK = compiled(r"(?:排名|名次|位次|排序)\s*$")  # (a column of places in an order: no count of a note's unit)
# (增减额 | -0.46 in a row of 参保人数: the row's change, people, not money)
_MONEY_LABEL = compiled(r"金额|资金|支出|收入|费用|基金|结余|结存|补助|款|(?<!增减|增加|减少|变化|变动)额|元")
_MONEY_LAST = compiled(r"(?:人员|人口|对象)[^数次]*(?:金额|资金)\s*$")  # (a group's money: 低保对象 over 金额)
# help given or care settled, with no money word (住院救助, 异地就医直接结算): its cases, where the note lists
# them first (住院补偿 under 单位:人次、万元 is money); care settled is counted in visits where the note has them
_SETTLED = r"结算|就医|就诊"
_HELP_LABEL, _SETTLED_LABEL = compiled(r"救助|" + _SETTLED), compiled(_SETTLED)
_AGAINST_LAST_YEAR = r"(?:比|较)(?:上年|去年)(?:同期)?"  # (比上年同期增长: the base a growth column names)
# (not 增减 alone: a change in the row's unit; 比上年同期增长, 同比增减 over a table whose note lists %: its growth in percent)
_GROWTH_HEADER = compiled(rf"(?:{_AGAINST_LAST_YEAR})?(?:(?:同比|环比)(?:增长|增幅|增减|±)?|增幅|增速|增长率?|增减幅度|增长幅度|变动幅度)")
_RATE_LABEL = compiled(r"率|比例|比重|占比|补偿比|报销比|进度$")  # (完成进度 | 105.6: done against the target)
# a column header ending in a count or a sum (检查数 | 违规数 | 违约金 under 单位:家、万元): it names what its cells
# count, whatever the row label (县级公立医院) names; not a period's figures (本期数, 上年同期数, 本年数, 累计数)
_NAMES_WHAT = compiled(r"(?:(?<![期末初计年月])数|金)\s*$")
PERCENT = ("%", Decimal(1))  # the unit of a column or cell in percent
# 增减%, 增长(%), 同比(±%): its cells are percentages; so are a growth column's that names no unit (增幅, 比上年同期增长)
PERCENT_COLUMN = compiled(rf"(?:%|[(（][±+\-－]*%[)）])$|^\s*(?:(?:{_AGAINST_LAST_YEAR}|同比|环比)?(?:增幅|增速|增长率|增减幅度|增长幅度|变动幅度)"
                          rf"|(?:{_AGAINST_LAST_YEAR}|同比|环比)增长)\s*$")
# a column of changes (增减%, 同比增长)
# (较上周增加: a week's rise; not 增加值, a value added)
CHANGE_HEADER = compiled(r"增长|增幅|增减|同比|环比|变化|增速|比上年|较上期|提高|较上[周月年]|比上[周月期]|增加(?!值)|降幅|下降|降低|减少")
POINTS = ("个百分点", Decimal(1))  # a change of a rate, in a column of its own after the rate's


_GROWTH_ROW = compiled(r"\s*(?:其中[:：]?)?(?:同比)?(?:增速|增长|增幅|增长率)\s*(?:[(（]%[)）]|%)?\s*")


def is_growth_row(label: str) -> bool:
    """增速 (增长%) indented under an amount's row: its cells are the amount's growth rates, in percent."""
    return _GROWTH_ROW.fullmatch(label) is not None


def change_in_column(header: str, unit: str) -> str:
    """What a cell under a column of changes is: a growth rate in percent, else a difference (in
    points, or in the row's people or money: 比上年同期增减 under 单位:人 is 1260 more people)."""
    if not CHANGE_HEADER.search(header):
        return ""
    return "growth_rate" if unit in ("%", "‰") else "delta"


@dataclass(frozen=True)
class Cell:
    start: int
    end: int
    quantity: Quantity
    period: tuple[str, str, str] | None  # (kind, start, end) from the column header
    change: str
    row_unit: str  # the unit of the row (its label's), which a change cell's metric follows
    context: tuple[Span, ...] = ()  # what the cell is about: row label, parent rows, column header, caption
    column: Span | None = None  # the column header (a place names the cell's region)
    parents: int = 0  # how many parent rows' labels follow the row label in `context`
    compared: Span | None = None  # a change column's: the header of the level column it changes


YEAR_CELL = compiled(r"^((?:19|20)\d\d)(?:[ ]?年度?)?[*＊①②③④⑤⑥⑦⑧⑨]?$")  # 2024, 2024年, 2024 年度, 2016* (a footnote's mark)


def year_period(token: str) -> tuple[str, str, str] | None:
    """The whole year a cell's header or label names (2024年 → during 2024-01..2024-12), else None."""
    m = YEAR_CELL.match(token)
    return ("during", f"{m.group(1)}-01", f"{m.group(1)}-12") if m else None


def unit_of_label(text: str, lo: int, hi: int) -> tuple[str, Decimal] | None:
    """The first bracketed unit of a label that is a known unit: (人) → 人, (万元) → 元 × 10⁴."""
    for m in _UNIT_IN_BRACKETS.finditer(text, lo, hi):
        joined = text[m.start() - 1:m.end()] if m.start() > lo else ""  # (normalised: its brackets are half-width)
        if joined in units():
            return units()[joined][0], Decimal(1)  # 医疗救助人次 | 人(次): a unit written with its bracket
        if (whole := (m.group("mag") or "") + m.group("unit")) in units():
            return units()[whole][0], Decimal(1)  # (百分点: no 百 of a magnitude)
        known = units().get(m.group("unit")) or unit_word(m.group("unit"))  # (可支付月数(月): months)
        if known is not None:
            return known[0], magnitudes()[m.group("mag")] if m.group("mag") else Decimal(1)
        label = text[lo:m.start()].rstrip()
        ending = next((e for e in _count_endings() if label.endswith(e)), None) if m.group("unit") in magnitudes() else None
        if ending:  # 补偿人次(万): the count the label names, in the bracket's magnitude
            return _count_endings()[ending], magnitudes()[m.group("unit")]
    return None


def unit_word(word: str) -> tuple[str, Decimal] | None:
    """A unit written alone (万元, 人次): (canonical unit, magnitude)."""
    if word == "月":
        return "月", Decimal(1)  # 可支付月数 | 月 | 15.3: months, in a unit cell (a date's 月 stands after its number)
    word = word.lstrip("±")  # (较上期(±百分点): a change either way)
    if word in units():
        return units()[word][0], Decimal(1)  # (百分点: no 百 of a magnitude)
    m = _UNIT_WORD.fullmatch(word)
    if m and m.group("unit") in units():
        return units()[m.group("unit")][0], magnitudes()[m.group("mag")] if m.group("mag") else Decimal(1)
    return None


def _kind(unit: tuple[str, Decimal]) -> str:
    """What a canonical unit measures (people, money …); a unit that is no surface of its own (月 of 个月) is a measure."""
    return units()[unit[0]][1] if unit[0] in units() else "measure"


def _counts_nouns(measure: str, label: str) -> bool:
    return any(n in label for m, nouns in table("measure_nouns.tsv") if m == measure for n in nouns.split("|"))


def units_in_note(units_text: str) -> list[tuple[str, Decimal]]:
    """The units a note lists: 人、万元 → [(人, 1), (元, 10000)]."""
    return [u for u in (unit_word(p.strip()) for p in _UNIT_LIST_SEP.split(units_text) if p.strip() not in words("bracket_asides.txt")) if u]


def units_by_position(listed: list[tuple[str, Decimal]], headers: list[str]) -> list | None:
    """单位:个、件、% over 服务点 | 业务量 | 激活率: a note listing as many units as the table has columns,
    several of them measure words no label tells apart, gives each column its own, in order (where the
    rates line up with the percent); else None."""
    if len(listed) != len(headers) or len([u for u in listed if _kind(u) == "measure" and u[1] == 1]) < 2:
        return None
    return None if any(names_a_rate(h) != (_kind(u) == "percent") for h, u in zip(headers, listed)) else listed


def unit_for(label: str, listed: list[tuple[str, Decimal]]) -> tuple[str, Decimal] | None:
    """Which of a note's units a row or column labelled `label` counts in: the people unit for
    人数, 人次 …, the one of its kind where the note lists several (单位:人、人次、万元、%: 人次 for
    住院人次), the percent for 率, 占比, 补偿比 …, else the other one (单位:人、万元)."""
    people = [u for u in listed if _kind(u) in ("people", "person_times", "households")]
    if people and _TIMES_LABEL.search(label) and all(_kind(u) != "person_times" for u in listed):
        return "人次", Decimal(1)  # 医疗救助人次 under 单位:人、万元: the note's people counted as visits
    if (listed and _HEADCOUNT.search(label) and not _MONEY_LABEL.search(label) and not _RATE_LABEL.search(label)
            and not people and not any(u[1] == 1 and _kind(u) == "measure" for u in listed)):
        # 人数 | 资助金额 under 单位:万元; 住院人次 under 注:补偿金额单位为万元,实际补偿比单位为%: the count column
        # counts in its own word (counted_unit), as the note names no count
        return None
    if len(listed) <= 1:
        return listed[0] if listed else None
    if (counted := next((u for u in listed if u[1] == 1 and u[0] + "数" in label), None)) is not None:
        return counted  # 可支付月数 under 单位:人、万元、月: the count of what the note lists (月)
    things = [u for u in listed if _kind(u) == "measure" and u[1] == 1]
    if len(things) > 1 and (named := next((u for u in things if _counts_nouns(u[0], label)), None)) is not None:
        return named  # 实有床位数 under 单位:个、张、人: the measure word of the noun it counts (张)
    if len(things) == 1 and _THINGS_LABEL.search(label) and not PEOPLE_LABEL.search(label):
        return things[0]  # 检查机构数 under 单位:家、万元: how many institutions, in the note's measure word
    rates = [u for u in listed if _kind(u) == "percent"]
    other = [u for u in listed if u not in people and u not in rates]
    if PEOPLE_LABEL.search(label) and people and not _MONEY_LAST.search(label):  # (特困人员(全额资助)金额: money)
        # (人数 under 单位:户、人、万元: 人, not the first of the note's people units)
        kind = "person_times" if _TIMES_LABEL.search(label) else "households" if _HOUSEHOLD_LABEL.search(label) else "people"
        return next((u for u in people if _kind(u) == kind), people[0])
    if _RATE_LABEL.search(label) and rates:
        return rates[0]
    plain = [u for u in other if u[1] == 1]
    if plain and (word_pattern("per_words.tsv").search(label) or _STANDARD_LABEL.search(label)):
        return plain[0]  # 次均住院费用 under 单位:人、万元、人次、元: an average (a standard) counts in the plain unit
    if plain and len(other) > len(plain):
        return next(u for u in other if u[1] != 1)  # 1-9月支出 under 单位:人、元/人·月、万元: a total, in 万元
    if people and listed[0] in people and not _MONEY_LABEL.search(label) and _HELP_LABEL.search(label):
        # 住院救助 | 门诊救助 | 资助金额 under 单位:人次、人、万元: a form of help alone counts its cases
        visits = [u for u in people if _kind(u) == "person_times"]
        return visits[0] if visits and _SETTLED_LABEL.search(label) else listed[0]
    return (other or listed)[0]


def measure_named(label: str) -> str:
    """What a row label says it counts: visits (人次), a count (人数, 户数 …), money or a rate; '' where it names
    only whom or which (其中:在职职工, 职工医保)."""
    for kind, pattern in (("visits", _TIMES_LABEL), ("count", _HEADCOUNT), ("money", _MONEY_LABEL), ("rate", _RATE_LABEL)):
        if pattern.search(label):
            return kind
    return ""


def row_words(label: str, with_parents: str) -> str:
    """资助金额 under 一、资助参合参保人数: a row label that names what it counts speaks for its row alone; one
    naming only whom or which reads its parents' words as well."""
    return label if measure_named(label) else with_parents


def unit_for_cell(header: str, row: str, listed: list[tuple[str, Decimal]]) -> tuple[str, Decimal] | None:
    """Which of a note's units a cell counts in: its column header's, where the header names what it
    counts (赔付金额, 报销比例 over rows of groups: 新农合参合人员 | 1087 | 1128.6 | 64.7); else the header's
    and row label's words together (本期 | 上年同期 over 参保人数)."""
    if _RANK.search(header) or (names_a_rate(header) and listed and all(_kind(u) not in ("percent", "points") for u in listed)):
        return None  # 完成率 under (任务、已缴单位:万人), 参合率 under 单位:人、人次、万元: a percent (counted_unit); 使用率排名: an order
    if any(p.search(header) for p in (_HEADCOUNT, _MONEY_LABEL, _RATE_LABEL, _NAMES_WHAT, _ENROLLED_END)):
        return unit_for(header, listed)
    if _GROWTH_HEADER.fullmatch(header.strip()) and PERCENT in listed:
        return PERCENT  # 同比 under 单位:万人、万元、%: the growth of every row, in percent
    return unit_for(header + row, listed)


def names_a_rate(label: str) -> bool:
    """完成率, 参保率(%) …: a label ending in a rate, whose cells are percents whatever else the
    table's note lists."""
    label = label.strip()
    note = BRACKETS_AT_END.search(label)
    return _RATE_AT_END.search(label[:note.start()] if note else label) is not None


def counted_unit(label: str, cell: str) -> tuple[str, Decimal] | None:
    """个 for a whole number whose label ends in a counted noun (参保单位, 社区(村居)), 人次 / 人 / 户
    for one whose label ends in 人次, 人数, 户数 (救助人次, 资助参保人数), % for any number whose
    label ends in a rate (参保率 96.8), where the table gives no unit."""
    label = label.strip()
    note = BRACKETS_AT_END.search(label)
    bare = label[:note.start()] if note else label
    if _RATE_AT_END.search(bare) and _NUMBER_CELL.match(cell):
        return PERCENT
    if not _WHOLE.match(cell) and not _WHOLE_IN_MAGNITUDE.fullmatch(cell):
        return None
    if bare.endswith(_counted_nouns()) or (note is not None and note.group()[1:-1] in _counted_nouns()):
        return "个", Decimal(1)
    ending = next((e for e in _count_endings() if bare.endswith(e)), None)
    return (_count_endings()[ending], Decimal(1)) if ending else None


@lru_cache(maxsize=None)
def _counted_nouns() -> tuple[str, ...]:
    return words("counted_nouns.txt")


@lru_cache(maxsize=None)
def _count_endings() -> dict[str, str]:
    return {r[0]: r[1].strip() for r in table("count_endings.tsv")}


_WHOLE = compiled(r"^[-+]?\d[\d,]*$")  # (-1159 under 增减人数: a fall)
_WHOLE_IN_MAGNITUDE = compiled(r"\d+(?:\.\d{1,4})?万|\d+(?:\.\d{1,8})?亿")  # (3.12万 under 人次: 31200 of them)
_NUMBER_CELL = compiled(r"^[-+]?\d[\d,]*(?:\.\d+)?$")
_RATE_AT_END = compiled(r"(?:率|比例|占比|比重|完成进度|序时进度|时间进度)$")
BRACKETS_AT_END = compiled(r"[(（][^()（）]*[)）]$")


RULED = compiled(r"\s*[-—–－=＝_~～─━]{3,}\s*")  # ——————— over or under a table (or under its column groups): a frame, no caption


_LAST_WORD = compiled(r"\s([^\s\d]{1,4})\s*$")


def unit_alone(line: str, pos: int):
    """|参合人数 Participants|万人|30.12|: a unit word alone in the label's last cell, a blank (pipe) away."""
    m = _LAST_WORD.search(line, 0, pos)
    return m if m is not None and unit_word(m.group(1)) is not None and units_in_note(m.group(1)) else None


def years_ascending(tokens: list[str]) -> bool:
    """2010  2011  2012: two or more years and nothing else, each after the one before (a header's columns)."""
    years = [int(m.group(1)) if (m := YEAR_CELL.match(t)) else 0 for t in tokens]
    return len(years) >= 2 and all(years) and all(a < b for a, b in zip(years, years[1:]))


def pipe_cell(text: str, pos: int) -> tuple[Span, Span] | None:
    """A figure in a text cell of a pipe-drawn table (| 2 | 临时救助 | 全年救助不少于3000人次 | 2417人次 |):
    its cell's span and its column header's (the cell of the same place in the block's first row),
    else None."""
    lo = text.rfind("\n", 0, pos) + 1
    hi = text.find("\n", pos)
    hi = len(text) if hi < 0 else hi
    if text.count("|", lo, hi) < 2 or "|" not in text[lo:pos] or "|" not in text[pos:hi]:
        return None
    k = text.count("|", lo, pos)
    top = lo
    while top > 0 and text.count("|", text.rfind("\n", 0, top - 1) + 1, top - 1) >= 2:
        top = text.rfind("\n", 0, top - 1) + 1
    if top == lo:
        return None
    bars = [i for i in range(top, text.find("\n", top)) if text[i] == "|"]
    if len(bars) <= k:
        return None
    return (text.rfind("|", lo, pos) + 1, text.find("|", pos, hi)), (bars[k - 1] + 1, bars[k])


_HAN_CHAR = compiled(r"\p{Han}")
_BARE_CELL = compiled(rf"(?:^|(?<=\s))({NUMBER}{RATE_SIGN}?|{EMPTY_CELL})(?=\s|$)")


_ENGLISH_LABEL = compiled(r"\s*[A-Za-z](?:[A-Za-z’'\-,.&/]|[ ](?=\S)|\([^()]*\))*(?=\s{2,})")


def bare_cells(offset: int, line: str) -> list[tuple[int, int, str]] | None:
    """    229.4     76.5     30.2: a line of two or more cells and nothing else, the row of the label
    on the line above it (城乡居民医保参保人数(万人), too long for its column); else None."""
    if _HAN_CHAR.search(line) or not line.strip():
        return None
    # (a yearbook's English label, wrapped onto the cells' line: …Medical System(person)   135720   141836)
    lead = english.end() if (english := _ENGLISH_LABEL.match(line)) else 0
    cells = [(offset + m.start(1), offset + m.end(1), m.group(1)) for m in _BARE_CELL.finditer(line, lead)]
    rest = _BARE_CELL.sub("", line[lead:]).strip()
    return cells if len(cells) >= 2 and not rest and not all(EMPTY.fullmatch(c[2]) for c in cells) else None


def scheme_only(label: str) -> bool:
    """A label that only names a scheme (职工医保, 城乡居民医保(含生育)): under a row of a measure (参保人数,
    基金收入), the scheme's part of it, in the measure's unit."""
    return _scheme_name().fullmatch(_IN_BRACKETS.sub("", label).strip()) is not None


_IN_BRACKETS = compiled(r"[(（][^()（）]{1,8}[)）]\s*$")  # (含生育): what the row takes in beside the scheme


@lru_cache(maxsize=None)
def _scheme_name():
    schemes = sets().schemes
    return compiled(rf"(?:其中[:：]?)?(?:{alternation(r[0] for r in table('medical_programs.tsv') if r[1] in schemes)})")
