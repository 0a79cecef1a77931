"""From lines to blocks: a block is one classified line, or several lines of one
paragraph joined across column breaks; pull quotes are found here, before the
joins, and keep pointing at the block that holds their source.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from extract.segment.furniture import could_be_link, heads_link_list, is_page_number, opens_link_list
from extract.segment.lines import (WS, LineKind, classify, continues, is_table_row, nonspace_len, page_lines,
                                   section_head_end, tag_at_end)

_TEXT = (LineKind.BODY, LineKind.HEADLINE)


# eq=False: blocks are told apart by identity (`in` on head lists), never by content
@dataclass(eq=False)
class Block:
    start: int
    end: int
    kind: LineKind
    gap: int  # blank lines before the block (the first one: many)
    text: str
    tail: str = ""  # text of the last line joined in, which a further join must continue
    pq_owner: int | None = None  # pull quote: index of the block holding its source
    tag: tuple[int, int] | None = None  # author tag (X) closing the paragraph
    sect: tuple[int, int] | None = None  # 【…】 heading opening the paragraph
    art: int | None = None  # index of the article it is placed in
    unit_kind: str | None = None
    remote: bool = False  # a pull quote printed away from its article

    @property
    def is_pull_quote(self) -> bool:
        return self.pq_owner is not None


_SPACES = re.compile(r"\s+")


def _grams(s: str, n: int = 8) -> set[str]:
    s = _SPACES.sub("", s)
    return {s[i : i + n] for i in range(len(s) - n + 1)}


# An 8-gram found in more paragraphs than this is boilerplate (a repeated formula, a
# template), not evidence that one paragraph quotes another; leaving it out of the
# candidate search keeps the work per paragraph bounded on pages of repeated text.
MAX_HOLDERS = 32


def _may_quote(b: Block, n: int) -> bool:
    if b.kind not in _TEXT or n > 150 or n < 10:
        return False
    return b.kind is not LineKind.HEADLINE or re.search(r"\d", b.text) is not None


def _find_pull_quotes(blocks: list[Block]) -> None:
    """A short paragraph (or a headline with a figure) whose 8-grams mostly occur in
    a much longer paragraph repeats it: it is a pull quote of that paragraph."""
    lengths = [nonspace_len(b.text) for b in blocks]
    quoting = [i for i, b in enumerate(blocks) if _may_quote(b, lengths[i])]
    # (相关链接:某县2016年统计公报(2)  某县2016年统计公报(4): links that repeat the page's title quote nothing of it)
    body = [j for j, b in enumerate(blocks) if b.kind is LineKind.BODY and not opens_link_list(b.text)]
    grams: dict[int, set[str]] = {i: _grams(blocks[i].text) for i in sorted(set(quoting) | set(body))}
    # which body paragraphs hold each 8-gram: candidates are found without comparing all pairs.
    # Only 8-grams that can name another paragraph are indexed: those two body paragraphs
    # share, and those of a headline that a body paragraph holds (set operations find them).
    seen: set[str] = set()
    shared: set[str] = set()
    for j in body:
        shared |= grams[j] & seen
        seen |= grams[j]
    wanted = shared.union(*(grams[i] & seen for i in quoting if blocks[i].kind is not LineKind.BODY))
    holders: dict[str, list[int]] = {}
    for j in body:
        for g in grams[j] & wanted:
            holders.setdefault(g, []).append(j)
    for i in quoting:
        b, n = blocks[i], lengths[i]
        if not grams[i]:
            continue
        need = 0.9 if b.kind is LineKind.HEADLINE else 0.5
        best, best_j = 0.0, None
        # a body paragraph's 8-grams that no other paragraph holds name only itself
        candidates = set().union(*(_informative(holders[g]) for g in grams[i] & wanted))  # (in C)
        for j in sorted(candidates):
            if j == i or lengths[j] < 1.5 * n:
                continue
            cov = len(grams[i] & grams[j]) / len(grams[i])
            if cov > best:
                best, best_j = cov, j
        if best_j is not None and best >= need:
            b.pq_owner = best_j
    # a source paragraph is never itself a pull quote
    for b in blocks:
        if b.pq_owner is not None and blocks[b.pq_owner].pq_owner is not None:
            blocks[b.pq_owner].pq_owner = None


def _informative(held: list[int]) -> list[int]:
    return held if len(held) <= MAX_HOLDERS else []


def _box_gap(lines: list[Block]) -> int:
    """Blank lines that make a box boundary: more than the page's usual gap, at least 2."""
    counts: dict[int, int] = {}
    for g in sorted(b.gap for b in lines[1:]) or [1]:
        counts[g] = counts.get(g, 0) + 1
    mode = max(counts, key=lambda g: (counts[g], -g))
    return max(2, mode + 1)


def _page_numbers_part_nothing(lines: list[Block], box: int) -> None:
    """A page number printed between two pages of one report (…\n\n- 2 -\n\n\n…), with the blank
    lines around it, is no boundary between boxes: the text goes on over the page."""
    for i, b in enumerate(lines[:-1]):
        if is_page_number(b.text):
            b.gap = min(b.gap, box - 1)
            lines[i + 1].gap = min(lines[i + 1].gap, box - 1)


def _page_break_inside(lines: list[Block], i: int, prev: Block | None, box: int) -> bool:
    """A page-number line between a sentence cut short and the text that continues it."""
    b = lines[i]
    if prev is None or i + 1 >= len(lines) or not is_page_number(b.text):
        return False
    nxt = lines[i + 1]
    return (prev.kind in _TEXT and prev.pq_owner is None and nxt.kind in _TEXT and nxt.pq_owner is None
            and b.gap < box and nxt.gap < box and continues(prev.tail, nxt.text)
            and not is_table_row(prev.tail))  # (a table's row ends in no sentence: its next row is no part of it)


def _join_column_breaks(text: str, lines: list[Block], box: int) -> list[Block]:
    """Join a line into the block before it when a column break cut a sentence
    (never across a box boundary, a pull quote or furniture). Pull-quote owners
    are renumbered to the block that now holds their source."""
    blocks: list[Block] = []
    block_of: list[int] = []  # line index -> index of the block holding it
    for i, b in enumerate(lines):
        prev = blocks[-1] if blocks else None
        if _page_break_inside(lines, i, prev, box):
            # a printed page number cut the sentence (…杨家 / - 2 - / 湾镇…): one paragraph across it
            prev.end, prev.text = b.end, text[prev.start : b.end]
            block_of.append(len(blocks) - 1)
            continue
        if (
            prev is not None
            and prev.pq_owner is None
            and b.pq_owner is None
            and prev.kind in _TEXT
            and b.kind in _TEXT
            and b.gap < box
            and continues(prev.tail, b.text)
        ):
            prev.end = b.end
            prev.text = text[prev.start : prev.end]
            prev.tail = b.text
            prev.kind = LineKind.BODY
        else:
            blocks.append(b)
        block_of.append(len(blocks) - 1)
    for b in blocks:
        if b.pq_owner is not None:
            b.pq_owner = block_of[b.pq_owner]
    return blocks


def _links_after_their_heading(lines: list[Block]) -> None:
    """相关文章:\n【1】某县新农合实现即时结报\n…: the titles under a list's heading are links to other
    stories, furniture whatever places and figures they name, up to the first line that cannot be one."""
    links = False
    for b in lines:
        if heads_link_list(b.text):
            links = True
        elif links and could_be_link(b.text):
            b.kind = LineKind.FURNITURE
        else:
            links = False


def page_blocks(text: str) -> tuple[list[Block], int]:
    """The page's blocks in page order, and the blank-line gap of a box boundary."""
    lines = []
    for s, e, gap in page_lines(text):
        line = text[s:e]
        lines.append(Block(s, e, classify(line), gap, line, tail=line))
    box = _box_gap(lines)
    _links_after_their_heading(lines)
    _page_numbers_part_nothing(lines, box)
    _find_pull_quotes(lines)
    blocks = _join_column_breaks(text, lines, box)
    for b in blocks:
        if b.kind is LineKind.BODY:
            tag = tag_at_end(b.text)
            if tag:
                b.tag = (b.start + tag[0], b.start + tag[1])
            head = section_head_end(b.text)
            if head:
                b.sect = (b.start, b.start + head)
    # "X 报道" after a body paragraph is a caption credit, otherwise a byline
    last = None  # the latest block that is neither furniture nor a pull quote
    for b in blocks:
        if b.kind is LineKind.CREDIT and b.text.strip(WS).endswith("报道"):
            if last is None or last.kind is not LineKind.BODY or b.gap >= box:
                b.kind = LineKind.BYLINE
        if b.pq_owner is None and b.kind is not LineKind.FURNITURE:
            last = b
    return blocks, box
