"""What a table cell's text says: its figure, a bound or qualifier written with it (≥98, 85左右), and a sign
an arrow or a change word gives it (↑2.3, 下降0.41); and the changes a row's last cell may write out in words."""
from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from functools import lru_cache

import regex

from rules.fragments import alternation, qualifier_of, qualifier_words
from rules.numerals import magnitudes
from rules.parsers import Quantity
from rules.pattern_cache import compiled
from rules.wordlists import table


# 职工医保     13 105    11 270: thousands grouped by a blank, as typeset yearbooks print them, on a line whose figures a
# column gap (two blanks, a tab) sets apart, or alone on its line (38 412, a table one cell a line); single blanks between
# figures (人数  229 479 316 425) stay the gaps of a table drawn with them
_FIGURE = r"\d{1,3}(?: \d{3})+(?:\.\d+)?"
_GROUPED = compiled(rf"(?<=^[ \t\u3000]*|\t|[ \u3000]{{2}}|\p{{Han}}[ ]){_FIGURE}(?=[ \u3000]{{2}}|\t|[ \t\u3000]*$)")
_WIDE_GAP = compiled(r"[\d%][ \u3000]{2,}\d|[\d%]\t+\d")
_ALONE = compiled(r"[ \t\u3000]*\d{1,3} \d{3}(?:\.\d+)?[ \t\u3000]*")
_LINE, _INSIDE, _GROUP_GAP = compiled(r"(?m)^.*\d \d{3}.*$"), compiled(r"(?<=\d) (?=\d)"), compiled(r"\d \d{3}")


def grouped_by_blanks(text: str) -> str:
    """The text with the blanks inside such figures read as commas (the same length: offsets stay the raw text's)."""
    def line(m) -> str:
        s = m.group()
        if _ALONE.fullmatch(s):
            return _INSIDE.sub(",", s)
        return _GROUPED.sub(lambda g: g.group().replace(" ", ","), s) if _WIDE_GAP.search(s) else s
    return _LINE.sub(line, text) if _GROUP_GAP.search(text) else text  # (most pages hold none: one plain scan says so)


def cell_quantity(cell: str, unit: tuple[str, Decimal] | None, header: str = "") -> Quantity | None:
    """A cell's value: a rate carries its own sign of unit; a bare number takes the row's; a bound written
    before it (≥98) or after it (85左右, 150以上) is its qualifier. Under a column `header` that names a fall (降幅,
    比上年下降) a figure with no sign or change word of its own is negative (GUIDELINES §3: falls are negative)."""
    q = _cell_quantity(cell, unit)
    if q is None or not header or cell.lstrip()[:1] in _SIGNED or _WORDED.match(cell.lstrip()) or _EITHER.search(header):
        return q
    said = {_directions()[m.group()] for m in _DIRECTION.finditer(header)}  # (降幅, 比上年减少: a fall)
    return replace(q, value=-q.value) if said == {"fall"} else q


_SIGNED, _EITHER = "+-－−↑↓", compiled(r"增减|升降|涨跌|增降")  # (增减幅度: a change either way, its sign written)


def _cell_quantity(cell: str, unit: tuple[str, Decimal] | None) -> Quantity | None:
    if (bound := next((w for w in qualifier_words("suf") if cell.endswith(w) and len(cell) > len(w)), None)):
        q = _cell_quantity(cell[:-len(bound)], unit)
        return replace(q, qualifier=qualifier_of()[("suf", bound)]) if q is not None else None
    if (bound := qualifier_of().get(("pre", cell[:1]))) is not None:  # (≥98, >500: at least, above)
        q = _cell_quantity(cell[1:].lstrip(), unit)
        return replace(q, qualifier=bound) if q is not None else None
    if (verb := _WORDED.match(cell)) is not None:  # (上升1.42, 下降0.41 under 较上期(个百分点): signed by the verb)
        q = _cell_quantity(cell[verb.end():], unit)
        return replace(q, value=-q.value if _directions()[verb.group()] == "fall" else q.value) if q is not None else None
    if (sign := _arrows().get(cell[:1])) is not None:
        q = _cell_quantity(cell[1:].lstrip(), unit)
        return replace(q, value=q.value * sign) if q is not None else None
    if cell.endswith(")") and (named := _bracketed_unit().search(cell)) is not None:  # (3.2(百分点): its own unit)
        return Quantity(Decimal(cell[:named.start()].rstrip().replace(",", "")), _bracketed()[named.group(1)])
    for suffix, u in (("个百分点", "个百分点"), ("%", "%"), ("‰", "‰")):
        if cell.endswith(suffix):
            return Quantity(Decimal(cell[: -len(suffix)].rstrip().replace(",", "")), u)
    if unit is None:
        return None  # a bare number with no unit anywhere is not a statistic
    if cell[-1] in ("万", "亿"):  # (3.12万 under 人次; not under 万人, which would say it twice)
        return Quantity(Decimal(cell[:-1].replace(",", "")) * magnitudes()[cell[-1]], unit[0]) if unit[1] == 1 else None
    return Quantity(Decimal(cell.replace(",", "")) * unit[1], unit[0])



@lru_cache(maxsize=None)
def _bracketed() -> dict[str, str]:
    return {r[0]: r[1].strip() for r in table("cell_unit_brackets.tsv")}


@lru_cache(maxsize=None)
def _bracketed_unit():
    return compiled(r"\((" + alternation(_bracketed()) + r")\)$")


@lru_cache(maxsize=None)
def _directions() -> dict[str, str]:
    return {r[0]: r[1].strip() for r in table("change_words.tsv") if len(r) > 1 and r[1].strip() in ("rise", "fall")}


def worded_verbs() -> str:
    """The change words a cell's figure may follow (上升, 下降 …), as one alternation, longest first."""
    return alternation(w for w in _directions() if len(w) > 1)


_WORDED = compiled(rf"(?:{worded_verbs()})(?=\d)")
_DIRECTION = compiled(rf"(?:{worded_verbs()})")  # (a change word of two characters or more, change_words.tsv)


@lru_cache(maxsize=None)
def _arrows() -> dict[str, int]:
    return {a: int(sign) for a, sign in table("cell_arrows.tsv")}


@lru_cache(maxsize=None)
def worded_change() -> regex.Pattern:
    """A change written out in a row's last cell (| 70.6 | 69.8 | 提高0.8个百分点 |): the prose reader
    finds its figure; the row's cells before it are the row's, the cell holds its column's place."""
    # (| 9.52 | 增0.19万人 |, | 7037 | 减236元 |: 增 and 减 alone, and a count or money too)
    return compiled(rf"(?:^|\s)((?:{worded_verbs()}|增|减)\s*\d+(?:\.\d+)?\s*(?:个百分点|%|万?人次|万?人|万?元))\s*$")


@lru_cache(maxsize=None)
def worded_bare() -> regex.Pattern:
    """The same change with no unit of its own (较上期(个百分点) over | 上升1.42 |): the table reads it, in its
    column's unit, signed by its verb (cell_quantity)."""
    return compiled(rf"(?:^|\s)((?:{worded_verbs()})\d+(?:\.\d+)?)\s*$")
