"""Where a figure stands in a table flattened one cell per line with a column of serial numbers
(序号 / 项目名称 / 年度目标任务 / 上半年完成情况 / 完成率(%) / 1 / 城镇新增就业 / 城镇新增就业5500人 / 新增就业3216人 /
58.5 / 2 / …): its cell's span and its column header's, as pipe_cell says for a pipe-drawn table."""
from __future__ import annotations

from bisect import bisect_right
from functools import lru_cache

from extract.spans import Span
from rules.pattern_cache import compiled

_SERIAL_HEADS = compiled(r"(?m)^[ \t\u3000]*序[ \t\u3000]*号[ \t\u3000]*$")
_SERIAL = compiled(r"[ \t\u3000]*\d{1,3}[ \t\u3000]*")
MAX_CELL = 80  # characters of a cell's line (a longer one is a paragraph: the table has ended)
REACH = 4000  # characters back from a figure to its table's 序号


@lru_cache(maxsize=4)
def serial_heads(text: str) -> tuple[int, ...]:
    """Where the lines that are a 序号 column's header start, found once per page (most pages have none)."""
    return tuple(m.start() for m in _SERIAL_HEADS.finditer(text))


@lru_cache(maxsize=256)  # (asked twice of a figure: for its period and for what it is about)
def flat_cell(text: str, pos: int) -> tuple[Span, Span, Span] | None:
    """The figure at `pos` on a line of its own in such a table: (its cell's span, its column header's, its row's
    label: the cell after the serial number), else None."""
    heads = serial_heads(text)
    k = bisect_right(heads, pos)
    if not k or pos - heads[k - 1] > REACH:
        return None
    lines = _cell_lines(text, heads[k - 1], pos)
    first = next((i for i, (a, b) in enumerate(lines) if _SERIAL.fullmatch(text, a, b)), None)
    if first is None or first < 3 or text[slice(*lines[first])].strip() != "1":
        return None
    width, at = first, len(lines) - 1  # (the header's cells, 序号 among them; the figure's line is the last)
    row, column = divmod(at - first, width)
    if column == 0 or any(text[slice(*lines[first + r * width])].strip() != str(r + 1) for r in range(row + 1)):
        return None  # (rows out of step with the header: no table read by position)
    if not _second_row_in_step(text, lines[first], width):
        return None  # (序号 / 省政府十大 / 民生实事名称 / … over rows of fewer cells: a header broken over lines)
    return lines[at], lines[column], lines[first + row * width + 1]


_SECOND_SERIAL = compiled(r"(?m)^[ \t\u3000]*2[ \t\u3000]*$")


@lru_cache(maxsize=64)
def _second_row_in_step(text: str, first: Span, width: int) -> bool:
    """Whether the serial number 2, where the table has it, opens the line `width` cells after the 1."""
    m = _SECOND_SERIAL.search(text, first[1], first[1] + REACH)
    return m is None or len(_cell_lines(text, first[0], m.start())) == width + 1


def row_label(text: str, pos: int) -> tuple[Span, ...]:
    """完成68.4公里 in such a table: its row's label (农村公路提质改造), which says what it is about; () if none."""
    cell = flat_cell(text, pos)
    return (cell[2],) if cell and cell[2] != cell[0] else ()


def _cell_lines(text: str, lo: int, pos: int) -> list[Span]:
    """The non-blank lines from `lo` to the one holding `pos`, if each is short enough to be a cell."""
    hi = text.find("\n", pos)
    hi = len(text) if hi < 0 else hi
    out: list[Span] = []
    start = lo
    while start <= hi:
        end = text.find("\n", start)
        end = len(text) if end < 0 or end > hi else end
        if text[start:end].strip():
            if end - start > MAX_CELL or "。" in text[start:end].rstrip()[:-1]:
                return []  # (a cell may be one sentence, 项目内容 ending in 。; a paragraph of several is no cell)
            out.append((start, end))
        start = end + 1
    return out


def lead_in(line: str) -> str | None:
    """…具体如下（截至12月13日，单位：人）：: the bracket a line of prose ends with over a table flattened one cell a
    line, which dates the table and gives its unit (the rest of the line is no cell); else the clause that announces
    the table (现将2016年度资助参保的对象及资金情况公示如下：), which says what its rows are of."""
    m = (_LEAD_IN.search(line) or _ANNOUNCES.search(line)) if line.endswith((":", "：")) else None
    return m.group() if m is not None else None


_LEAD_IN = compiled(r"[(（][^()（）]*(?:截至|截止|单位)[^()（）]*[)）][:：]$")
_ANNOUNCES = compiled(r"[^。！？!?，,；;:：]{4,60}如下[:：]$")
