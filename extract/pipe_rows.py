"""Tables drawn with pipes, as web pages converted to text print them (| 险种 | 参保人数 | …|), read as the
aligned tables the table reader knows: each pipe a blank, each empty cell after a row's first words a dash; and
a form's rows (基金收入：31268.4), each colon before a bare figure a blank."""
from __future__ import annotations

from extract.table_cells import CELL
from rules.pattern_cache import compiled

# a row of a table drawn with pipes, as web pages converted to text print it: | 险种 | 参保人数 | …|,
# or with pipes only between its cells (城关镇 | 61254 | 57318 | 93.57): two pipes on a line at least
_PIPE_ROW = compiled(r"(?m)^[^|\n]*(?:\|[^|\n]*){2,}$")


def pipes_as_blanks(text: str) -> str:
    """The text with the pipes of pipe-drawn rows read as the blanks between aligned columns:
    the same length, so every offset stays the raw text's."""
    if "|" not in text:
        return text
    return _PIPE_ROW.sub(lambda m: _held_empty(m.group()).replace("|", " "), text)


def _held_empty(row: str) -> str:
    """| 合计 | 539250 | 97.04 | |: an empty cell after the row's first words holds its column's place, as a dash
    (a cell before them, | | 合计 |, is under the label columns), in a row of figures; the row keeps its length."""
    cells, out, seen = row.split("|"), [], False
    if sum(bool(c.strip()) for c in cells) < 2 or not any(CELL.match(c.strip()) for c in cells):
        return row  # (| 五、医疗救助 |  |  |: a section's row; | 分类施保人数 | | |: a header's group over its columns)
    for k, cell in enumerate(cells):
        if seen and not cell.strip() and 0 < k < len(cells) - 1 and cell:
            cell = " " * (len(cell) - 1) + "-" if len(cell) > 1 else "-"
        seen = seen or bool(cell.strip())
        out.append(cell)
    return "|".join(out)


# 职工医保统筹基金收入：31268.4 under 二、基金收入（单位：万元）: a label and its bare figure, a form's row
_COLON_ROW = compiled(r"(?m)^([ \t\u3000]*\p{Han}[^\d:：。，,；;\n]{0,24})[:：](?=[ \t\u3000]*[-+]?\d[\d,]*(?:\.\d+)?[ \t\u3000]*$)")


def colons_as_blanks(text: str) -> str:
    """The colon between a label and its bare figure read as the blank between two cells (same length)."""
    return _COLON_ROW.sub(lambda m: m.group(1) + " ", text) if "：" in text or ":" in text else text
