"""What a table cell's context says beyond its own labels (extract.scan.Found.context): the header a change column
compares, beside its own; the caption above its column header; the rate a cell in points changes; whether its row is
a total."""
from __future__ import annotations

from functools import lru_cache

from extract.spans import Span
from rules.wordlists import words


def topic_context(context: tuple[Span, ...], column: Span | None, compared: Span | None) -> tuple[Span, ...]:
    """A cell's context as read for what it is about: a change column's compared header just before its own
    (| 比上年增减(万元) | beside | 救助资金(万元) |: the assistance paid), its period and place left to its own."""
    if compared is None or column not in context:
        return context
    at = context.index(column)
    return context[:at] + (compared,) + context[at:]


def caption_of(context: tuple[Span, ...], column: Span | None) -> Span | None:
    """A table cell's caption: the last of its context, above its column header."""
    if not context or column is None or len(context) < 2:
        return None
    last = context[-1]
    return last if last != column and last[0] < column[0] else None


def rate_before(found: list, i: int) -> int:
    """县区 | 参保人数 | 参保率(%) | 同比增减(个百分点): a table cell in points is a change of the
    rate its row gives before it (the nearest cell in % of the same row), else -1 (`found`: the
    document's figures, extract.scan.Found)."""
    row = found[i].context[0]
    for j in range(i - 1, -1, -1):
        if not found[j].context or found[j].context[0] != row:
            break
        if found[j].quantity.unit == "%":
            return j
    return -1


@lru_cache(maxsize=None)
def _total_rows() -> frozenset[str]:
    return frozenset(words("total_rows.txt"))


def is_total_row(text: str, label: Span) -> bool:
    """合计, 全市 (合 计 when aligned): a row that adds up the rows above it (total_rows.txt)."""
    return "".join(text[label[0]:label[1]].split()) in _total_rows()
