"""Grouping blocks into articles.

Blocks are read in page order (pull quotes and furniture set aside); each
headline decision below is a named predicate whose docstring shows the layout
it recognises. Furniture and pull quotes are placed afterwards (page.py).
"""
from __future__ import annotations

import enum
import re
from dataclasses import dataclass, field
from typing import NamedTuple

from extract.segment.blocks import Block
from extract.segment.lines import (LineKind, is_complete, is_inline_caption, is_kicker,
                                   is_start_marker, is_subhead_shape, strong_continuation)

_CJK = "\u4e00-\u9fff\u3400-\u4dbf"
_TEXT = (LineKind.BODY, LineKind.HEADLINE)
_UNITS_CAPTION = re.compile(r"^\s*[(（]?\s*单位\s*[:：]")


class Closed(enum.Enum):
    """Whether an article still takes the blocks that follow it."""
    OPEN = enum.auto()
    TAG = enum.auto()  # an author tag (X) ended it
    CAPTION = enum.auto()  # a photo caption, ended by its credit line
    TRAIL = enum.auto()  # its headline, printed after the body, ended it


@dataclass(eq=False)
class Group:
    kind: str = "article"  # article | caption | furniture
    blocks: list[Block] = field(default_factory=list)
    head: list[Block] = field(default_factory=list)  # headline lines above the body
    trail: list[Block] = field(default_factory=list)  # headline lines printed after the body
    has_body: bool = False
    closed: Closed = Closed.OPEN
    byline: bool = False  # a standalone byline (□ 本报记者 X) was read

    def body_text(self) -> str:
        return "".join(b.text for b in self.blocks
                       if b.kind is not LineKind.HEADLINE or self.kind == "caption")


class _Flow(NamedTuple):
    """The blocks being grouped, with what is known about each position."""
    blocks: list[Block]
    box: list[bool]  # a box boundary (run of blank lines) before the block
    captions: dict[int, int]  # first block of a caption region -> its last block

    def body_at(self, j: int) -> bool:
        """A body paragraph at ``j`` that does not open a new article."""
        return (j < len(self.blocks) and self.blocks[j].kind is LineKind.BODY and not self.box[j]
                and j not in self.captions and not is_start_marker(self.blocks[j].text))


# --------------------------------------------------------------------------
# photo captions


def _caption_start(flow: list[Block], box: list[bool], k: int, taken: set[int]) -> int:
    """Where the photo caption ended by the credit line ``k`` begins: up to four
    paragraphs back, to a box boundary or the end of the article before::

        ……今年已累计办理业务1.2万件。(钱红)
        图为东岗村医保服务站工作人员为村民办理业务。   <- the region starts here
        记者 林涛 摄                                  <- credit line ``k``

    Without such a start, only the paragraph right above the credit is the caption."""
    blocks = 0
    j = k - 1
    while j >= 0 and j not in taken:
        cand = flow[j]
        if cand.kind not in _TEXT or (cand.kind is LineKind.BODY and is_start_marker(cand.text)):
            break
        if j == k - 1 or flow[j + 1].gap > 0:
            blocks += 1
        if blocks > 4:
            break
        if box[j] or j == 0 or flow[j - 1].kind in (LineKind.CREDIT, LineKind.TAG) or flow[j - 1].tag:
            return j
        j -= 1
    above = k - 1
    if (above >= 0 and above not in taken and flow[above].kind in _TEXT
            and not is_start_marker(flow[above].text) and not box[k]):
        return above
    return k


def _caption_regions(flow: list[Block], box: list[bool]) -> dict[int, int]:
    captions: dict[int, int] = {}
    taken: set[int] = set()
    for k, b in enumerate(flow):
        if b.kind is LineKind.CREDIT:
            start = _caption_start(flow, box, k, taken)
            captions[start] = k
            taken.update(range(start, k + 1))
    for k, b in enumerate(flow):
        if k not in taken and b.kind is LineKind.BODY and is_inline_caption(b.text):
            captions[k] = k
            taken.add(k)
    return captions


def _caption_inside_article(f: _Flow, cur: Group | None, i: int, end: int) -> bool:
    """A photo caption printed between two paragraphs of one article::

        本报讯(记者 林涛)近日,河源县在全县96个行政村建成医保服务站……
        图为东岗村医保服务站工作人员为村民办理业务。
        记者 林涛 摄
        据介绍,服务站开通以来已累计办理业务1.2万件……

    The article goes on below the photo, so the caption stays in it."""
    after = end + 1
    return (cur is not None and not f.box[i] and cur.closed is Closed.OPEN and cur.has_body
            and cur.kind == "article"
            and all(r.kind is not LineKind.HEADLINE for r in f.blocks[i:after]) and f.body_at(after))


# --------------------------------------------------------------------------
# headlines


def _starts_new_headline_group(block: Block) -> bool:
    """A kicker line ending in —— starts a new headline group, even right under
    another headline::

        志愿服务暖人心 敬老爱老传真情
        东坡镇——                     <- a new group starts here
        冬季防火不放松
    """
    return is_kicker(block.text)


def _headline_group_end(f: _Flow, i: int) -> int:
    j = i + 1
    while (j < len(f.blocks) and f.blocks[j].kind is LineKind.HEADLINE and not f.box[j]
           and j not in f.captions and not _starts_new_headline_group(f.blocks[j])):
        j += 1
    return j


def _headline_inside_sentence(f: _Flow, cur: Group | None, boundary: bool, j: int) -> bool:
    """A headline printed inside a column-broken sentence of the article it
    interrupts::

        ……下一步将继续优化经办流程,让参保群众享受更加便捷的
        柳溪县新建村级卫生室15所        <- another article's headline, set into this column
        医保服务。

    The headline stays in the article it interrupts (the next article repeats it)
    when the text below evidently goes on with the cut sentence."""
    if cur is None or boundary or not cur.blocks:
        return False
    last = cur.blocks[-1]
    return (last.kind is LineKind.BODY and not is_complete(last.text) and f.body_at(j)
            and strong_continuation(last.text, f.blocks[j].text))


def _feature_subheading(f: _Flow, cur: Group | None, boundary: bool, group: list[Block], j: int) -> bool:
    """A feature's two-part subheading, after a headline and a standalone byline::

        惠民实事暖民心
        □ 本报记者 郑晓雯
        ……
        医疗提质量 服务更暖心          <- a subheading, not a new article
        去年,桑田县人民医院新增床位120张……
    """
    return (cur is not None and not boundary and cur.byline and bool(cur.head) and len(group) == 1
            and is_subhead_shape(group[0].text) and f.body_at(j))


def _units_caption(cur: Group | None, boundary: bool, group: list[Block]) -> bool:
    """The units of a table the paragraph above introduces, over its header::

        现将我县2019年城乡居民医保基金收支情况公布如下。
        单位:万元、人                 <- the table's caption, not a new article's headline
        项  目      一季度    二季度
    """
    return cur is not None and not boundary and cur.has_body and _UNITS_CAPTION.match(group[0].text) is not None


def _text_ahead(f: _Flow, j: int) -> str:
    """The text from ``j`` to the next headline, dateline, box or credit (six blocks at most)."""
    run: list[str] = []
    for x, boxed in zip(f.blocks[j : j + 6], f.box[j : j + 6]):
        if run and (x.kind is LineKind.HEADLINE or boxed or is_start_marker(x.text)):
            break
        if x.kind in (LineKind.CREDIT, LineKind.TAG):
            break
        run.append(x.text)
    return "".join(run)


def _bigrams(s: str) -> set[str]:
    s = re.sub(rf"[^{_CJK}0-9A-Za-z]+", "", s)
    return {s[i : i + 2] for i in range(len(s) - 1)}


def _overlap(a: str, b: str) -> int:
    return len(_bigrams(a) & _bigrams(b))


def _headline_after_body(f: _Flow, cur: Group | None, i: int, j: int, group: list[Block]) -> bool:
    """A headline printed after its body (kicker and title under the story)::

        12月2日,白沙镇组织志愿者走进敬老院,为32位老人送去棉被和慰问品。(李明)
        白沙镇——
        志愿服务暖人心 敬老爱老传真情   <- closes the story above
        东坡镇——

    It is trailing when the page or box ends, the next headline group follows, or,
    for an article without a headline, it shares far more words with the body
    above than with the text below."""
    if cur is None or not cur.has_body or f.box[i] or cur.closed is Closed.TRAIL:
        return False
    if j == len(f.blocks) or f.box[j]:
        return True
    if f.blocks[j].kind is LineKind.HEADLINE and j not in f.captions:
        return True
    if cur.head or not f.body_at(j):
        return False
    title = "".join(x.text for x in group)
    above = _overlap(title, cur.body_text())
    below = _overlap(title, _text_ahead(f, j))
    return above >= 3 and above >= 2 * below


# --------------------------------------------------------------------------
# grouping


class _Grouper:
    def __init__(self, flow: list[Block], box_gap: int):
        box = [b.gap >= box_gap for b in flow]
        self.f = _Flow(flow, box, _caption_regions(flow, box))
        self.groups: list[Group] = []
        self.cur: Group | None = None

    def _new(self, kind: str = "article") -> Group:
        self.cur = Group(kind=kind)
        self.groups.append(self.cur)
        return self.cur

    def run(self) -> list[Group]:
        i = 0
        while i < len(self.f.blocks):
            if i in self.f.captions:
                i = self._caption(i)
            elif self.f.blocks[i].kind is LineKind.HEADLINE:
                i = self._headlines(i)
            else:
                self._block(i)
                i += 1
        return self.groups

    def _caption(self, i: int) -> int:
        end = self.f.captions[i]
        region = self.f.blocks[i : end + 1]
        if _caption_inside_article(self.f, self.cur, i, end):
            for r in region:
                r.unit_kind = "caption" if r.kind is LineKind.BODY else "byline"
            self.cur.blocks.extend(region)
            return end + 1
        cap = self._new("caption")
        has_body = any(r.kind is LineKind.BODY for r in region)
        seen_body = False
        for r in region:  # headline lines above the caption's text are its title
            if r.kind is LineKind.HEADLINE and has_body and not seen_body:
                cap.head.append(r)
            seen_body = seen_body or r.kind is LineKind.BODY
            cap.blocks.append(r)
        cap.has_body = True
        cap.closed = Closed.CAPTION
        return end + 1

    def _boundary(self, i: int) -> bool:
        return self.cur is None or self.f.box[i] or self.cur.closed is not Closed.OPEN

    def _heads_across_box(self, i: int) -> bool:
        """A headline with no body yet, then blank lines, then a dateline (四川日报讯, 本报讯):
        the headline is that article's, as on a web page that sets its title apart."""
        cur = self.cur
        return (cur is not None and cur.head and not cur.has_body and cur.closed is Closed.OPEN
                and is_start_marker(self.f.blocks[i].text))

    def _headlines(self, i: int) -> int:
        j = _headline_group_end(self.f, i)
        group = self.f.blocks[i:j]
        cur, boundary = self.cur, self._boundary(i)
        if (_headline_inside_sentence(self.f, cur, boundary, j)
                or _feature_subheading(self.f, cur, boundary, group, j) or _units_caption(cur, boundary, group)):
            cur.blocks.extend(group)
        elif _headline_after_body(self.f, cur, i, j, group):
            cur.blocks.extend(group)
            cur.trail.extend(group)
            cur.closed = Closed.TRAIL
        else:
            cur = self._new()
            cur.blocks.extend(group)
            cur.head.extend(group)
        return j

    def _block(self, i: int) -> None:
        b, cur, boundary = self.f.blocks[i], self.cur, self._boundary(i)
        if b.kind is LineKind.BODY:
            if (boundary and not self._heads_across_box(i)) or (is_start_marker(b.text) and cur.has_body):
                cur = self._new()
            cur.has_body = True
            if b.tag:
                cur.closed = Closed.TAG
        elif b.kind is LineKind.BYLINE:
            if boundary or cur.has_body:
                cur = self._new()
            cur.byline = True
        elif b.kind is LineKind.TAG:
            # a tag line right after a paragraph's own tag belongs to the same article
            if cur is None or self.f.box[i] or cur.closed in (Closed.CAPTION, Closed.TRAIL):
                cur = self._new()
            cur.closed = Closed.TAG
        elif b.kind is LineKind.SECTION:
            if boundary:
                cur = self._new()
            cur.has_body = True
        else:  # a credit line: unreachable while every credit ends a caption region
            if cur is None or self.f.box[i]:
                cur = self._new("caption")
            cur.closed = Closed.CAPTION
        cur.blocks.append(b)


def group_articles(flow: list[Block], box_gap: int) -> list[Group]:
    """Group the page's blocks (pull quotes and furniture left out) into articles;
    each block learns its article's index and its unit kind."""
    groups = _Grouper(flow, box_gap).run()
    for a_idx, g in enumerate(groups):
        for b in g.blocks:
            b.art = a_idx
            if b.unit_kind:
                continue
            if g.kind == "caption" and (b.kind is LineKind.BODY
                                        or (b.kind is LineKind.HEADLINE and b not in g.head)):
                b.unit_kind = "caption"
            else:
                b.unit_kind = b.kind.unit_kind
    return groups
