"""Paragraphs broken into lines of one width, as text dumped from a PDF or a fixed-width export
prints them: which line ends are inside a paragraph, and a view of the page with those line
ends taken out and a map from it back to the page's offsets.

Every finder matches within a line, so a word, place or figure broken across such a line end
(参保\\n人数, 安\\n康市, 12\\n.5万人) is found only in the joined view. A page is read as
wrapped only when several lines of prose end at one width (give or take a character or two,
where a wide character did not fit): web pages, with a paragraph to a line, have lines of every
length, and table rows are not prose. A paragraph that runs on to the next page runs on across
the page number printed between them, which the view leaves out with the line ends around it.
"""
from __future__ import annotations

import re

from extract.segment.furniture import is_furniture, is_page_number
from extract.segment.lines import WS, is_table_row, opens_item, opens_numbered_section
from extract.view import JoinedView, cut
from rules.fragments import TABLE_CAPTION

_CAPTION = re.compile(TABLE_CAPTION)
MIN_WIDTH = 40  # columns (a character two, an ASCII one): shorter lines are headings, items, tails
SLACK = 3  # a full line is this many columns short of the widest at most
MIN_FULL = 3  # full lines a page needs before any of its line ends is read as a wrap
# (not a thousands comma: 1,234 is a table's too; nor one between English words, as a yearbook's
# row label gives them: Enrollees, Maternity Insurance)
_PROSE = re.compile(r"[，。、；：]|(?<![A-Za-z])[,;](?!\d)|[,;](?! [A-Za-z])(?!\d)")


def width(s: str) -> int:
    """Columns: a character two, an ASCII one (as the page was set)."""
    return 2 * len(s) - len(s.encode("ascii", "ignore"))


def _full_width(widths: list[int]) -> int:
    """The width most full lines end at (the widest of the densest window of SLACK + 1 widths),
    or 0 when too few lines share one."""
    best, best_n = 0, 0
    ordered = sorted(widths)
    lo = 0
    for hi, w in enumerate(ordered):
        while ordered[lo] < w - SLACK:
            lo += 1
        if hi - lo + 1 >= best_n:
            best, best_n = w, hi - lo + 1
    over = sum(1 for w in widths if w > best + 1)
    if best_n < MIN_FULL or 2 * best_n < len(widths) or 5 * over > len(widths):
        return 0
    return best


def _lines(text: str) -> list[tuple[int, int, int]]:
    """(start, content start, content end) of every line; a line starts after the form feed that
    opens a page (pdftotext's page break), which is no indent."""
    out, pos = [], 0
    for line in text.split("\n"):
        body = line.strip(WS)
        s = pos + (line.find(body[0]) if body else 0)
        out.append((pos + len(line) - len(line.lstrip("\f")), s, s + len(body)))
        pos += len(line) + 1
    return out


def _is_prose(text: str, s: int, e: int) -> bool:
    """Clause marks: a line of running text, whatever blanks its figures have (2021 年 941135 人)."""
    return _PROSE.search(text, s, e) is not None


# a column's gap inside a line (一、基金收入            10426.75; 项　目      金　额): a row of a table of one
# figure a row, which its label's 、 or ： does not make prose, nor its set width a wrapped paragraph's
_COLUMN_GAP = re.compile(r"\t|[ \u3000]{4,}")


def _is_row(text: str, s: int, e: int) -> bool:
    return _COLUMN_GAP.search(text, s, e) is not None


def _blank_from(lines: list, k: int) -> int:
    while k < len(lines) and lines[k][1] == lines[k][2]:
        k += 1
    return k


def _going_on(text: str, lines: list, i: int) -> int:
    """The line that may go on from line `i`: the next, or the first after a printed page number
    and the blank lines around it (…参\n\n- 2 -\n\n保人数…: a paragraph runs on to the next page)."""
    k = _blank_from(lines, i + 1)
    if k < len(lines) and is_page_number(text[lines[k][1]:lines[k][2]]):
        after = _blank_from(lines, k + 1)
        if after < len(lines):
            return after
    return i + 1


def _gaps(text: str, lines: list, widths: list[int], columns: int, margin: int) -> list[tuple[int, int]]:
    """[start, end) of each line end inside a paragraph, with the blanks either side: after a
    full line, before a line as flush as the rest. A full line may end at a full stop, where a
    sentence ended just at the margin; only a blank line, an indent or an item's number starts a
    paragraph — a paragraph's last line is as wide as the others once in many paragraphs, a
    sentence ends at the margin once in a few."""
    gaps = []
    for i, (p, s, e) in enumerate(lines[:-1]):
        if not columns - SLACK <= widths[i] <= columns + 1:
            continue
        if (not _is_prose(text, s, e) and is_table_row(text[s:e])) or _is_row(text, s, e):
            continue  # (a full line need not hold a comma: only its width is read)
        k = _going_on(text, lines, i)
        nxt_line, nxt, nxt_end = lines[k]
        if nxt == nxt_end or nxt - nxt_line > margin or _is_row(text, nxt, nxt_end):
            continue
        if k + 1 < len(lines) and not _is_prose(text, nxt, nxt_end) and is_table_row(text[lines[k + 1][1]:lines[k + 1][2]]):
            continue  # (表一 社会救助情况    单位:户、人、万元 over 项目  户数  人数 …: a caption over a table's header)
        if opens_item(text[nxt:nxt_end]) or opens_numbered_section(text[nxt:nxt_end]):
            continue  # (a list of numbered items, one to a line, can be as even as a wrapped paragraph)
        if _CAPTION.match(text, nxt) or is_furniture(text[s:e]):
            continue  # (表1 under a page's posting line: a table's caption, and the line no prose)
        last = text[e - 1]
        if last.isascii() and last.isalpha() and text[nxt].isascii() and text[nxt].isalpha():
            continue  # a Latin word's end: the blank between two words is a line end here
        gaps.append((e, nxt))
    return gaps


# a clause broken before its figure, at any width (…累计结余⏎15730.4万元, …参保率达到98.7⏎%): a line of
# prose that ends inside a clause, and the next, no further in, going on with the figure or its unit
_CLAUSE_MARK = re.compile(r"[，；;]|,(?!\d)")
_FIGURE_OPENS = re.compile(r"[0-9０-９]")
_UNIT_OPENS = re.compile(r"[%％‰万亿元人个种户家所名]")
# (…新增学位3600个⏎5所全部开工,…: a clause that ends with its figure and unit is whole, the next line no part of it,
# as a bare number alone on its line is none — a table's cells flattened one a line)
_FIGURE_ENDS = re.compile(r"\d\s*[万亿]?\s*(?:[%％‰元人个种户家所名张座次件项例]|人次|公里)$")
_BARE_NUMBER = re.compile(r"[0-9０-９]+(?:[.．][0-9０-９]+)?$")
# (a table pasted from a word processor may print its cells in full-width digits, １０４２６．７５, as the
# page's later normalising reads them: its rows are as much a table's here, though no line is set wider)
_ASCII_FIGURES = str.maketrans("０１２３４５６７８９．％", "0123456789.%")


def _broken_clauses(text: str, lines: list) -> list[tuple[int, int]]:
    gaps = []
    for (p, s, e), (q, nxt, nxt_end) in zip(lines, lines[1:]):
        if s == e or nxt == nxt_end or nxt - q > s - p:
            continue
        last = text[e - 1]
        if not (last.isdigit() or "\u4e00" <= last <= "\u9fff"):
            continue  # (most lines end at a stop, a colon or a bracket: no more is read)
        line, going_on = text[s:e], text[nxt:nxt_end]
        if (not _CLAUSE_MARK.search(line) or opens_numbered_section(line) or opens_item(going_on)
                or opens_numbered_section(going_on) or is_table_row(line) or is_furniture(line)
                or is_page_number(going_on)):
            continue
        if (_FIGURE_OPENS.match(going_on) and not _FIGURE_ENDS.search(line) and not _BARE_NUMBER.match(going_on)) or (
                last.isdigit() and _UNIT_OPENS.match(going_on)):
            gaps.append((e, nxt))
    return gaps


def join_wrapped(text: str) -> JoinedView:
    """The page with the line ends inside its fixed-width paragraphs taken out (with the blanks
    either side), and those of clauses broken before their figure at any width; the page itself
    when it has none."""
    if text.count("\n") < 1:
        return JoinedView(text)
    lines = _lines(text)
    read = text.translate(_ASCII_FIGURES)  # (one character for one: offsets and widths hold)
    # a line's width counts its indent: a paragraph's first line is as wide as the others
    widths = [width(text[p:e]) for p, _, e in lines]
    prose = [i for i, (_, s, e) in enumerate(lines) if widths[i] >= MIN_WIDTH and _is_prose(read, s, e)
             and not _is_row(read, s, e)]
    columns = _full_width([widths[i] for i in prose]) if text.count("\n") >= MIN_FULL else 0
    broken = _broken_clauses(read, lines)
    if not columns:
        return cut(text, broken)
    margin = min(lines[i][1] - lines[i][0] for i in prose)
    gaps = {a: (a, b) for a, b in broken} | {a: (a, b) for a, b in _gaps(read, lines, widths, columns, margin)}
    return cut(text, sorted(gaps.values()), columns)
