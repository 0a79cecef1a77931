"""Plain-text tables in reports: a row label with its unit in brackets, then numeric cells
under column headers that name years or a change.

    项目                        2023年    2022年    增长
    城乡居民医保参保人数(万人)  45.2      44.8      0.9%

Each cell becomes a figure whose unit (and magnitude) comes from its row label, and whose
period or change comes from its column header. The cells are found here, structurally; they
join the rule matches in extract.scan and win where they overlap.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

import regex

from rules.numerals import magnitudes
from rules.parsers import Quantity
from rules.fragments import units

_SPLIT = regex.compile(r"\t+| {2,}")
_CELL = regex.compile(r"^[-+]?\d[\d,]*(?:\.\d+)?(?:%|‰|个百分点)?$")
_LABEL_UNIT = regex.compile(r"\((?P<mag>万亿|亿|万|千|百)?(?P<unit>[^()\d]{1,4})\)\s*$")
_YEAR = regex.compile(r"^((?:19|20)\d\d)年?(?:度)?$")
_CHANGE = regex.compile(r"增长|增幅|增减|同比|变化|增速|比上年")
MIN_ROWS = 2


@dataclass(frozen=True)
class Cell:
    start: int
    end: int
    quantity: Quantity
    period: tuple[str, str, str] | None  # (kind, start, end) from the column header
    change: str
    row_unit: str  # the unit of the row (its label's), which a change cell's metric follows


def _fields(line: str, offset: int) -> list[tuple[int, int, str]]:
    """(start, end, text) of the fields of a line separated by tabs or 2+ spaces."""
    out, pos = [], 0
    for m in _SPLIT.finditer(line):
        if m.start() > pos:
            out.append((offset + pos, offset + m.start(), line[pos:m.start()]))
        pos = m.end()
    if pos < len(line):
        out.append((offset + pos, offset + len(line), line[pos:]))
    return [(s, e, t.strip()) for s, e, t in out if t.strip()]


def _is_row(fields) -> bool:
    return len(fields) >= 3 and not _CELL.match(fields[0][2]) and all(_CELL.match(f[2]) for f in fields[1:])


def _column(header: str) -> tuple[tuple[str, str, str] | None, bool]:
    m = _YEAR.match(header)
    if m:
        return ("during", f"{m.group(1)}-01", f"{m.group(1)}-12"), False
    return None, bool(_CHANGE.search(header))


def find_table_cells(text: str) -> list[Cell]:
    lines, offset = [], 0
    for line in text.split("\n"):
        lines.append((offset, line))
        offset += len(line) + 1
    cells: list[Cell] = []
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and _is_row(_fields(lines[j][1], lines[j][0])):
            j += 1
        if j - i >= MIN_ROWS:
            header = _fields(lines[i - 1][1], lines[i - 1][0]) if i else []
            cells += _block(lines[i:j], header)
            i = j
        else:
            i += 1
    return cells


def _block(rows, header) -> list[Cell]:
    columns = [_column(h[2]) for h in header[1:]]
    first_period = next((p for p, _ in columns if p), None)
    out = []
    for offset, line in rows:
        fields = _fields(line, offset)
        label = _LABEL_UNIT.search(fields[0][2])
        for k, (s, e, cell) in enumerate(fields[1:]):
            period, is_change = columns[k] if k < len(columns) else (None, False)
            q = _quantity(cell, label)
            if q is None:
                continue
            change = ""
            if is_change:
                change = "delta" if q.unit == "个百分点" else "growth_rate"
                period = first_period
            row_unit = units().get(label.group("unit"), ("",))[0] if label else ""
            out.append(Cell(s, e, q, period, change, row_unit))
    return out


def _quantity(cell: str, label) -> Quantity | None:
    for suffix, unit in (("个百分点", "个百分点"), ("%", "%"), ("‰", "‰")):
        if cell.endswith(suffix):
            return Quantity(Decimal(cell[: -len(suffix)].replace(",", "")), unit)
    if label is None:
        return None  # a bare number with no unit anywhere is not a statistic
    unit = units().get(label.group("unit"))
    if unit is None:
        return None
    value = Decimal(cell.replace(",", ""))
    if label.group("mag"):
        value *= magnitudes()[label.group("mag")]
    return Quantity(value, unit[0])
