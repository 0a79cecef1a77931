"""Row labels that name one hospital or institution (| 浙大四院 | 47012.36 |, 其他24家医疗机构合计): in a table of a
fund's payments they say where the money went, not what it is (extract.classify reads past their words)."""
from __future__ import annotations

from extract.spans import Span, within
from rules.pattern_cache import compiled


def names_an_institution(text: str, span: Span) -> bool:
    """A row label that names one hospital or institution (义乌市中医医院, 浙大四院, 其他24家医疗机构合计)."""
    return _ONE_INSTITUTION.fullmatch(text, *span) is not None


def institution_rows(text: str, hits: list, label: Span) -> frozenset[int]:
    """The topic words of the row labels naming one institution in the table around a row's `label`: its lines
    up and down while each opens with such a label (the table's own block)."""
    out: set[int] = set()
    own = text.rfind("\n", 0, label[0]) + 1
    for lines in (_lines_up(text, own), _lines_down(text, own)):
        for lo in lines:
            first = _FIRST_CELL.match(text, lo)
            if first is None or not names_an_institution(text, first.span(1)):
                break
            out |= {h.start for h in within(hits, *first.span(1))}
    return frozenset(out)


def _lines_up(text: str, lo: int):
    """The starts of the line at `lo` and of the lines above it."""
    while True:
        yield lo
        if lo == 0:
            return
        lo = text.rfind("\n", 0, lo - 1) + 1


def _lines_down(text: str, lo: int):
    """The starts of the lines below the one at `lo`."""
    while (lo := text.find("\n", lo) + 1) > 0:
        yield lo


_FIRST_CELL = compiled(r"[ \t\u3000]*[|｜]?[ \t\u3000]*([^|｜\t\n]+?)(?:[ \t\u3000]{2,}|[ \t]*[|｜\t])")
_ONE_INSTITUTION = compiled(r"\s*[^\s\d|｜]{1,20}?(?:医院|四院|卫生院|保健院|医疗机构(?:合计)?|卫生服务中心|门诊部|诊所)\s*")
