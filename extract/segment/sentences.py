"""Sentences and clauses: the one splitter that attribution and the tests share.

A sentence ends at 。！？； (or ASCII !?;), closing quotes included (a straight " only
when the sentence left one open), or at a line end that is not a column break. A
clause is a run of text between clause breaks (, ; : ! ? and their full-width forms,
and 。); 、 does not break a clause, nor does the comma of a thousands separator
(12,306户、21,480人 is one clause).
"""
from __future__ import annotations

import re
from itertools import repeat

from extract.segment.lines import WS, continues, strip_span
from rules.punctuation import CLAUSE_BREAKS, CLOSERS, LINE_BULLETS, SENTENCE_ENDS

_SENTENCE_ENDS = frozenset(SENTENCE_ENDS)
_CLOSERS = frozenset(CLOSERS)
_BREAKS = frozenset(CLAUSE_BREAKS)
_BLANKS = frozenset(WS + "\n")
_STRAIGHT_QUOTES = frozenset("\"'")  # the same mark opens and closes
_STOP = re.compile(f"[{re.escape(SENTENCE_ENDS)}\n]")
# a comma between a digit and three more digits groups thousands; it breaks nothing
_BREAK = re.compile(f"(?!(?<=\\d),\\d{{3}}(?!\\d))[{re.escape(CLAUSE_BREAKS)}]")
# No real sentence is this long (the longest in the sample sets has under 400 characters).
# A longer run without a sentence end -- a page punctuated with ASCII ". ", a line of
# repeated figures -- is cut into pieces at most this long, at a clause break when there is
# one, so that the context read around each figure stays bounded.
MAX_SENTENCE = 1000


def split_long(text: str, start: int, end: int, limit: int,
               breaks: str | tuple[str, ...] = CLAUSE_BREAKS) -> list[tuple[int, int]]:
    """``[start, end)`` cut into pieces of at most ``limit`` characters, each ending just after
    the last of ``breaks`` it holds (several strings of them: tried in turn), else at the last
    blank, else at the limit."""
    tiers = ((breaks,) if isinstance(breaks, str) else breaks) + (WS + "\n",)
    out = []
    while end - start > limit:
        hi = start + limit
        for chars in tiers:
            cut = max(text.rfind(c, start, hi) for c in chars) + 1
            if cut > start:
                break
        else:
            cut = hi
        out.append((start, cut))
        start = cut
    out.append((start, end))
    return out


def sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split ``text[start:end]`` into sentences, each stripped of surrounding blanks.

    Closing quotes/brackets stay with their sentence.  A line end is not a
    boundary when the line is continued after a column break (the sentence
    then spans the blank line)."""
    out: list[tuple[int, int]] = []
    s = i = start
    while True:
        m = _STOP.search(text, i, end)  # the characters between are never a boundary
        if m is None:
            break
        i = m.start()
        if text[i] in _SENTENCE_ENDS:
            j = i + 1
            while j < end and text[j] in _SENTENCE_ENDS:
                j += 1
            while j < end and text[j] in _CLOSERS and not _opens(text, s, j):
                j += 1
            _emit(text, s, j, out)
            s = i = j
        else:  # a line end
            j = i
            while j < end and text[j] in _BLANKS:
                j += 1
            if not _column_break(text, start, end, i, j):
                _emit(text, s, i, out)
                s = j
            i = j
    _emit(text, s, end, out)
    return out


def _opens(text: str, s: int, j: int) -> bool:
    """增长8%。"十三五"期间,…: a straight quote after a sentence end closes one only when the
    sentence has left one open (他说:"参保很方便。"); else it opens the next sentence."""
    return text[j] in _STRAIGHT_QUOTES and text.count(text[j], s, j) % 2 == 0


def _column_break(text: str, start: int, end: int, i: int, j: int) -> bool:
    """Does the line ending at ``i`` go on in the line starting at ``j``?"""
    prev_line = text[max(text.rfind("\n", 0, i) + 1, start) : i]
    ne = text.find("\n", j)
    next_line = text[j : end if ne == -1 or ne > end else ne]
    return continues(prev_line, next_line)


def _emit(text: str, s: int, e: int, out: list[tuple[int, int]]) -> None:
    s, e = strip_span(text, s, e)
    if e - s > MAX_SENTENCE:
        for a, b in split_long(text, s, e, MAX_SENTENCE):
            a, b = strip_span(text, a, b)
            if a < b:
                out.append((a, b))
    elif s < e:
        out.append((s, e))


def clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The clauses of the sentence ``text[start:end]``: the non-empty runs between
    clause breaks, the breaks themselves in none. The clause ``clause_at`` gives a
    figure without a break inside it is one of these."""
    out: list[tuple[int, int]] = []
    s = start
    for m in _BREAK.finditer(text, start, end):
        if s < m.start():
            out.append((s, m.start()))
        s = m.end()
    if s < end:
        out.append((s, end))
    return out


def clause_at(text: str, sentence: tuple[int, int], start: int, end: int) -> tuple[int, int]:
    """The clause around the figure ``text[start:end]`` in ``sentence``: from just after
    the nearest clause break before the figure to just before the nearest one after it
    (the figure's own span is not searched)."""
    lo, hi = sentence
    before = start
    while True:  # the nearest clause break before the figure that is no thousands comma
        before = max(map(text.rfind, CLAUSE_BREAKS, repeat(lo), repeat(before)))
        if before < 0 or _BREAK.match(text, before):
            break
    before = max(before + 1, lo)
    after = _BREAK.search(text, end, hi)
    line = text.rfind("\n", 0, start) + 1
    if after is not None and before <= line and _LABEL_COLON.match(text, end) and _BULLETS_ONLY.fullmatch(text, line, start):
        after = _BREAK.search(text, after.end(), hi)  # (◆ 99.12%:全县新农合参合率: the label after its colon)
    return before, (after.start() if after else hi)


# a figure opening its line, maybe after a bullet, and its label after a colon (数读 boxes)
_BULLETS_ONLY = re.compile(r"[\s" + re.escape(LINE_BULLETS) + r"]*")
_LABEL_COLON = re.compile(r"[ \u3000]*[:：]")


# A bare item of a list: a short name and the figure, nothing else in its clause (县级医院65%,
# 空调156台): the list's label or first item says what it is.
BARE_NAME = 8
_BARE_NAME = re.compile(rf"\s*[^\d\s]{{0,{BARE_NAME}}}\s*")


def is_bare_item(text: str, clause: tuple[int, int], start: int, end: int) -> bool:
    """Whether the figure ``text[start:end]`` is all its clause holds but a short name before it."""
    return _BARE_NAME.fullmatch(text, clause[0], start) is not None and not text[end:clause[1]].strip()
