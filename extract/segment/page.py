"""The page put together: blocks grouped into articles, then web furniture and
pull quotes placed, then each article's units and span.
"""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

from extract.segment.articles import Group, group_articles
from extract.segment.blocks import Block, page_blocks
from extract.segment.furniture import is_bulletin_head, is_furniture, is_link_line, is_masthead
from extract.segment.lines import LineKind, strip_span
from extract.segment.sentences import split_long
from rules.pattern_cache import compiled
from rules.punctuation import SENTENCE_ENDS

# No real paragraph is this long (the longest in the sample sets has about 800 characters);
# a longer one (a page without blank lines, a dump on one line) is read as several
# paragraphs cut at sentence ends, so that the context around each figure stays bounded.
MAX_UNIT = 5000
# Nor is any article this long (the longest in the sample sets: about 2,200 characters). A
# longer run without headlines or datelines is read as several articles, so that what is
# looked up across an article for each figure stays bounded too.
MAX_ARTICLE = 20000


@dataclass(frozen=True)
class Unit:
    start: int
    end: int
    kind: str  # headline | paragraph | caption | byline | pullquote | furniture | section


@dataclass(frozen=True)
class Article:
    start: int
    end: int
    index: int
    kind: str  # article | caption | furniture
    headline: tuple[int, int] | None
    units: tuple[Unit, ...]


def _place_furniture(blocks: list[Block], groups: list[Group]) -> None:
    """A run of furniture goes inside an article when the blocks on both sides
    belong to it, else it is an article of its own."""
    before = None  # article of the latest grouped block
    k = 0
    while k < len(blocks):
        if blocks[k].kind is not LineKind.FURNITURE:
            if not blocks[k].is_pull_quote:
                before = blocks[k].art
            k += 1
            continue
        m = k
        while m < len(blocks) and (blocks[m].kind is LineKind.FURNITURE or blocks[m].is_pull_quote):
            m += 1
        run = [x for x in blocks[k:m] if x.kind is LineKind.FURNITURE]
        after = blocks[m].art if m < len(blocks) else None
        if before is not None and before == after:
            art = before
        else:
            groups.append(Group(kind="furniture", blocks=run))
            art = len(groups) - 1
        for x in run:
            x.art = art
            x.unit_kind = "furniture"
        k = m


def _place_pull_quotes(blocks: list[Block]) -> None:
    """A pull quote belongs to the article of its source. One printed away from
    that article's span, with other text in between, is ``remote``: it does not
    widen the article's span."""
    span: dict[int, tuple[int, int]] = {}
    for b in blocks:
        if not b.is_pull_quote:
            lo, hi = span.get(b.art, (b.start, b.end))
            span[b.art] = (min(lo, b.start), max(hi, b.end))
    starts = [b.start for b in blocks]
    for b in blocks:
        if not b.is_pull_quote:
            continue
        owner = blocks[b.pq_owner].art
        b.art = owner
        b.unit_kind = "pullquote"
        lo, hi = span[owner]
        if lo <= b.start < hi:
            continue
        if b.start < lo:
            between = blocks[bisect_left(starts, b.end) : bisect_left(starts, lo)]
        else:
            between = blocks[bisect_left(starts, hi) : bisect_left(starts, b.start)]
        b.remote = any(not x.is_pull_quote or blocks[x.pq_owner].art != owner for x in between)


def _units_of(text: str, b: Block) -> list[Unit]:
    kind = b.unit_kind or "paragraph"
    s, e = b.start, b.end
    out = []
    if kind in ("paragraph", "caption") and b.sect:
        out.append(Unit(b.sect[0], b.sect[1], "section"))
        s, _ = strip_span(text, b.sect[1], e)
    if kind in ("paragraph", "caption") and b.tag:
        ts, te = b.tag
        ps, pe = strip_span(text, s, ts)
        if ps < pe:
            out += [Unit(a, b, kind) for a, b in _pieces(text, ps, pe)]
        out.append(Unit(ts, te, "byline"))
        return out
    if s < e:
        out += [Unit(a, b, kind) for a, b in _pieces(text, s, e)]
    return out


def _pieces(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """A paragraph, or the paragraphs that a page which lost its line breaks runs together
    on one line (…参保人数12.4万人。 就业形势总体稳定。…: spaces after a sentence end),
    each cut at sentence ends if it is too long."""
    out = []
    for a, b in _flattened(text, s, e):
        if b - a <= MAX_UNIT:
            out.append((a, b))
            continue
        spans = (strip_span(text, x, y) for x, y in split_long(text, a, b, MAX_UNIT, SENTENCE_ENDS))
        out += [(x, y) for x, y in spans if x < y]
    return out


_RUN_ON = compiled(r"(?<=[。！？!?])[ \u3000]+(?=[^\s\d])")


def _flattened(text: str, s: int, e: int) -> list[tuple[int, int]]:
    out, start = [], s
    for m in _RUN_ON.finditer(text, s, e):
        out.append((start, m.start()))
        start = m.end()
    out.append((start, e))
    return out


def _headline_span(g: Group, members: list[Block]) -> tuple[int, int] | None:
    """The contiguous run of headline lines ending at the last one."""
    heads = g.head or g.trail
    if not heads:
        return None
    last = heads[-1]
    pos = next(k for k, x in enumerate(members) if x is last)
    while pos > 0 and members[pos - 1] in heads:
        pos -= 1
    return members[pos].start, last.end


def segment_page(text: str) -> list[Article]:
    """Split a page into articles; every non-blank character lies in exactly one
    unit of exactly one article."""
    blocks, box_gap = page_blocks(text)
    if not blocks:
        return []
    flow = [b for b in blocks if not b.is_pull_quote and b.kind is not LineKind.FURNITURE]
    groups = group_articles(flow, box_gap)
    _place_furniture(blocks, groups)
    _place_pull_quotes(blocks)
    members: list[list[Block]] = [[] for _ in groups]
    for b in blocks:
        members[b.art].append(b)
    built = []
    for g, mem in zip(groups, members):
        units = sorted((u for b in mem for u in _units_of(text, b)), key=lambda u: u.start)
        core = [b for b in mem if not b.remote]
        built += _bounded((min(b.start for b in core), max(b.end for b in core), g.kind,
                           _headline_span(g, mem), tuple(units)))
    built.sort(key=lambda a: a[0])
    return [Article(s, e, i, k, h, u) for i, (s, e, k, h, u) in enumerate(built)]


def _bounded(article: tuple) -> list[tuple]:
    """An article longer than MAX_ARTICLE as consecutive pieces of whole units; the headline
    stays with the piece that holds it."""
    start, end, kind, headline, units = article
    if end - start <= MAX_ARTICLE:
        return [article]
    pieces: list[list[Unit]] = [[]]
    for u in units:
        if pieces[-1] and u.end - pieces[-1][0].start > MAX_ARTICLE:
            pieces.append([])
        pieces[-1].append(u)
    out = []
    for us in pieces:
        inside = [u for u in us if start <= u.start < end] or us  # a remote pull quote does not widen it
        s, e = min(u.start for u in inside), max(u.end for u in inside)
        out.append((s, e, kind, headline if headline and s <= headline[0] < e else None, tuple(us)))
    return out


def article_at(articles: list[Article], offset: int) -> Article | None:
    """The article owning ``offset``: a unit containing it wins (pull quotes
    printed away from their article), else the article whose span holds it."""
    for a in articles:
        for u in a.units:
            if u.start <= offset < u.end:
                return a
    for a in articles:
        if a.start <= offset < a.end:
            return a
    return None


_NONBLANK = compiled(r"\S")


def title_line(text: str, skip: int = 6) -> tuple[int, int]:
    """The page's first line that is not blank or furniture (a breadcrumb, a source or print line
    above the title, the site's masthead), passing over at most `skip` such lines."""
    pos = 0
    for _ in range(skip + 1):
        first = _NONBLANK.search(text, pos)
        lead = first.start() if first else len(text)
        end = text.find("\n", lead)
        end = len(text) if end < 0 else end
        if not is_furniture(text[lead:end]) and not is_masthead(text[lead:end]) and not is_bulletin_head(text[lead:end]):
            break
        pos = end
    return lead, end


def blank_link_lines(text: str) -> str:
    """The text with links to other stories blanked out, offsets kept: their dates do not date
    the page."""
    return "\n".join(" " * len(line) if is_link_line(line) else line for line in text.split("\n"))
