"""The running head of a PDF's pages (the bureau's name, the bulletin's title and issue), which
pdftotext prints at the top of every page, right after the form feed that opens it.

Repeated between two halves of a paragraph or of a table, it would read as a headline that opens
an article of its own, or as a row; the page's view leaves it out where it opens a page, when the
same line opens two pages or more (the first page's stays: it may be the document's title).
"""
from __future__ import annotations

import re
from collections import Counter

from extract.segment.furniture import is_page_number
from extract.view import JoinedView, cut

_PAGE_HEAD = re.compile(r"\f[ \t\u3000]*([^\n\f]{1,80}?)[ \t\u3000\r]*\n")
_FIRST_LINE = re.compile(r"\s*([^\n]{1,80}?)[ \t\u3000\r]*\n")


def without_running_heads(text: str) -> JoinedView:
    """`text` without the line (and its line end) that opens a page after its form feed, when
    the same line opens another page too (the first page's, at the top of the text, counts);
    the form feed stays."""
    if "\f" not in text:
        return JoinedView(text)
    heads = [m for m in _PAGE_HEAD.finditer(text) if not is_page_number(m.group(1))]
    repeated = Counter(m.group(1) for m in heads)
    first = _FIRST_LINE.match(text)
    if first is not None:
        repeated[first.group(1)] += 1
    return cut(text, [(m.start(1), m.end()) for m in heads if repeated[m.group(1)] >= 2])
