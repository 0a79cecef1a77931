"""Where a figure stands in a progress table set out with blanks, one row a line (项目名称   年度目标   一季度完成情况
完成率   责任单位 / 城镇新增就业   新增就业3200人   新增就业812人   25.4%   县人社局): its cell's span, its column
header's and its row's label, as flat_cell says for a table flattened one cell per line; and the numbers alone in
their cells of such a table, whose unit only their column's header or the table's note gives (GUIDELINES §4)."""
from __future__ import annotations

from functools import lru_cache

from extract.cell_values import cell_quantity
from extract.flat_cells import row_label as flat_row_label
from extract.spans import Span
from extract.table_cells import PERCENT, PERCENT_COLUMN, Cell, names_a_rate, unit_of_label
from rules.pattern_cache import compiled

_GAP = compiled(r"\t|[ \u3000]{2,}")
_FIELD = compiled(r"[^\t \u3000](?:[^\t \u3000]|[ \u3000](?![ \u3000]))*")  # (a cell may hold single blanks)
_TARGET_HEAD, DONE_HEAD = compiled(r"目标|任务"), compiled(r"完成|进展|进度")
_REACH = 40  # lines up from a row to its header
_SERIAL = compiled(r"\d{1,3}[.、]?")
_NUMBER_CELL = compiled(r"[-+]?\d[\d,.]*\s*(?:%|％)?")


@lru_cache(maxsize=256)  # (asked twice of a figure: for its period and for what it is about)
def aligned_cell(text: str, pos: int) -> tuple[Span, Span, Span] | None:
    """The figure at `pos` in a row of such a table: (its cell's span, its column header's, its row's label),
    else None. The header is the first line of the block of lines with as many cells as the row, and it names
    a target column and a completion column (年度目标, 完成情况)."""
    lo = text.rfind("\n", 0, pos) + 1
    hi = text.find("\n", pos)
    hi = len(text) if hi < 0 else hi
    if not _spaced_out(text, lo, hi):
        return None  # (most lines: a sentence, no row)
    row = _fields(text, lo, hi)
    at = next((i for i, (a, b) in enumerate(row) if a <= pos < b), None)
    if at is None or at == 0 or len(row) < 3:
        return None
    header = None
    for _ in range(_REACH):
        if lo == 0:
            break
        up = text.rfind("\n", 0, lo - 1) + 1
        if not text[up:lo - 1].strip():
            break
        fields = _fields(text, up, lo - 1)
        if len(fields) != len(row):
            break
        header, lo = fields, up
    if header is None or any(_NUMBER_CELL.fullmatch(text, a, b) for a, b in header):
        return None  # (a header's cells are names: 1-9月完成情况 is one, 52.3 is none)
    names = [text[a:b] for a, b in header]
    if not any(_TARGET_HEAD.search(n) for n in names) or not any(DONE_HEAD.search(n) for n in names):
        return None
    label = next((f for f in row[:at] if not _SERIAL.fullmatch(text, *f)), row[0])  # (| 2 | 困难群众参保资助 |: after 序号)
    return row[at], header[at], label


def holds_text_cells(text: str, pos: int) -> bool:
    """Whether the row at `pos` of such a table has a cell of words with a figure in them (已救助1362人次), which a
    table of number cells (乡镇 | 任务数 | 已缴费 | 完成率) has not: its cells are read as text."""
    if aligned_cell(text, pos) is None:
        return False
    lo = text.rfind("\n", 0, pos) + 1
    hi = text.find("\n", pos)
    return any(_WORDED_FIGURE.search(text, a, b) for a, b in _fields(text, lo, len(text) if hi < 0 else hi)[1:])


_WORDED_FIGURE = compiled(r"\p{Han}.*\d|\d.*\p{Han}{2}")


@lru_cache(maxsize=64)  # (per line, not per figure: a page of one long line has thousands of figures)
def _spaced_out(text: str, lo: int, hi: int) -> bool:
    """The line text[lo:hi] has two gaps of blanks or more: it may be a table's row."""
    return (first := _GAP.search(text, lo, hi)) is not None and _GAP.search(text, first.end(), hi) is not None


@lru_cache(maxsize=64)
def _fields(text: str, lo: int, hi: int) -> tuple[Span, ...]:
    return tuple(m.span() for m in _FIELD.finditer(text, lo, hi))


def row_label(text: str, pos: int) -> tuple[Span, ...]:
    """新增就业812人 in such a table, or in one flattened one cell per line: its row's label (城镇新增就业), which
    says what it is about; () if none."""
    if flat := flat_row_label(text, pos):
        return flat
    cell = aligned_cell(text, pos)
    return (cell[2],) if cell else ()


_BARE_NUMBER = compiled(r"[-+]?\d[\d,]*(?:\.\d+)?")
_MONEY_HEAD = compiled(r"投资|资金|金额|补助|支出|经费")  # (计划投资, 完成投资 under 单位：万元)


def bare_cells_of_rows(text: str, lines, note: list) -> list[Cell]:
    """The numbers alone in their cells of such a table's rows `lines` ((offset, line) pairs): | 2 | 困难群众参保资助 |
    资助参保2.3万人 | 690 | 资助参保2.41万人 | 723.5 | 104.9 | under 计划投资 and 完成进度(%), with 单位：万元 above (`note`,
    its units). A cell of words is read as text; a number whose header gives it no unit (序号) is none."""
    cells = []
    for offset, line in lines:
        for a, b in _fields(text, offset, offset + len(line))[1:]:
            if not _BARE_NUMBER.fullmatch(text, a, b) or (found := aligned_cell(text, a)) is None:
                continue
            header = text[found[1][0]:found[1][1]]
            unit = (unit_of_label(text, *found[1]) or (PERCENT if PERCENT_COLUMN.search(header) or names_a_rate(header)
                    else None) or next((u for u in note if u[0] == "元" and _MONEY_HEAD.search(header)), None))
            if unit is not None and (quantity := cell_quantity(text[a:b], unit, header)) is not None:
                cells.append(Cell(a, b, quantity, None, "", unit[0], context=(found[2], found[1]), column=found[1]))
    return cells
