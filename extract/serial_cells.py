"""The bare figures of a table flattened one cell per line with a column of serial numbers whose column header gives
their unit (序号 / 项目名称 / 年度目标任务 / 截至6月底完成情况 / 完成率(%) / 1 / 中小学校建设 / 新建学校5所 / 5所全部开工 / 45 /
…): a cell whose unit stands only in its header is a mention (GUIDELINES §4). The table readers take rows of numbers;
a progress table's rows are mostly words, so its percent column is read by position (flat_cells.flat_cell), and so
are the labels of any figure alone in its cell of such a table (flat_labels)."""
from __future__ import annotations

from extract.cell_values import cell_quantity
from extract.flat_cells import REACH, flat_cell, serial_heads
from extract.spans import Span
from extract.table_cells import PERCENT, PERCENT_COLUMN, Cell
from rules.pattern_cache import compiled

_BARE = compiled(r"(?m)^[ \t\u3000]*(\d{1,3}(?:\.\d+)?)[ \t\u3000]*$")


def find_serial_cells(text: str) -> list[Cell]:
    """The bare numbers under a percent column of each table with a 序号 column on the page, as cells in percent."""
    cells, seen = [], set()
    for head in serial_heads(text):
        for m in _BARE.finditer(text, head, head + REACH):
            start, end = m.span(1)
            found = flat_cell(text, start)
            if start in seen or found is None or not PERCENT_COLUMN.search(text, *found[1]):
                continue  # (the serial numbers are no cells of a column; a count under 人 is a table reader's)
            quantity = cell_quantity(text[start:end], PERCENT)
            if quantity is not None:
                seen.add(start)
                cells.append(Cell(start, end, quantity, None, "", "%", context=(found[2], found[1]), column=found[1]))
    return cells


def flat_labels(text: str, start: int, end: int) -> tuple[Span, Span] | None:
    """A figure alone in its cell of such a table (57.5% under 完成率, in the row of 大病保险): its row's label and its
    column's header, which say what it is about as a table cell's do."""
    found = flat_cell(text, start)
    if found is None or text[found[0][0]:found[0][1]].strip() != text[start:end]:
        return None
    return found[2], found[1]
