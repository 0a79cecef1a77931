"""What a table cell becomes: a figure with its unit from a label, header or note, and the spans
that say what it is about (extract/tables.py and extract/flat_tables.py find the cells)."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from extract.spans import Span
from rules.fragments import units
from rules.numerals import magnitudes
from rules.parsers import Quantity
from rules.pattern_cache import compiled

NUMBER = r"[-+]?\d[\d,]*(?:\.\d+)?"
CELL = compiled(rf"^{NUMBER}(?:%|‰|个百分点)?$")
_UNIT_IN_BRACKETS = compiled(r"[(（](?P<mag>万亿|亿|万|千|百)?(?P<unit>[^()（）\d\s]{1,4})[)）]")


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


def unit_of_label(text: str, lo: int, hi: int) -> tuple[str, Decimal] | None:
    """The first bracketed unit of a label that is a known unit: (人) → 人, (万元) → 元 × 10⁴."""
    for m in _UNIT_IN_BRACKETS.finditer(text, lo, hi):
        known = units().get(m.group("unit"))
        if known is not None:
            return known[0], magnitudes()[m.group("mag")] if m.group("mag") else Decimal(1)
    return None


def cell_quantity(cell: str, unit: tuple[str, Decimal] | None) -> Quantity | None:
    """A cell's value: a rate carries its own sign of unit; a bare number takes the row's."""
    for suffix, u in (("个百分点", "个百分点"), ("%", "%"), ("‰", "‰")):
        if cell.endswith(suffix):
            return Quantity(Decimal(cell[: -len(suffix)].replace(",", "")), u)
    if unit is None:
        return None  # a bare number with no unit anywhere is not a statistic
    return Quantity(Decimal(cell.replace(",", "")) * unit[1], unit[0])
