"""The layout's fast paths against plain references: pull quotes are found by indexing only
the 8-grams that can name another paragraph, yet the owners are those of comparing each short
paragraph with every paragraph that shares any informative 8-gram with it; sentences are split
by searching for the next stop or line end, yet are those of reading every character."""
import random
import re
from functools import lru_cache

import pytest

from extract.segment.blocks import MAX_HOLDERS, Block, _find_pull_quotes, _grams
from extract.segment.lines import WS, LineKind, classify, nonspace_len, page_lines
from extract.segment.sentences import _CLOSERS, _SENTENCE_ENDS, _column_break, _emit, sentences
from tests.conftest import ROOT
from tools.hostile import long_page, pathological

_TEXT = (LineKind.BODY, LineKind.HEADLINE)


def _reference(blocks: list[Block]) -> None:
    grams = [_grams(b.text) for b in blocks]
    lengths = [nonspace_len(b.text) for b in blocks]
    holders: dict[str, list[int]] = {}
    for j, other in enumerate(blocks):
        if other.kind is LineKind.BODY:
            for g in grams[j]:
                holders.setdefault(g, []).append(j)
    for i, b in enumerate(blocks):
        n = lengths[i]
        if b.kind not in _TEXT or n > 150 or n < 10 or not grams[i]:
            continue
        if b.kind is LineKind.HEADLINE and not re.search(r"\d", b.text):
            continue
        need = 0.9 if b.kind is LineKind.HEADLINE else 0.5
        best, best_j = 0.0, None
        candidates = {j for g in grams[i] for j in holders.get(g, ()) if len(holders[g]) <= MAX_HOLDERS}
        for j in sorted(candidates):
            if j == i or lengths[j] < 1.5 * n:
                continue
            cov = len(grams[i] & grams[j]) / len(grams[i])
            if cov > best:
                best, best_j = cov, j
        if best_j is not None and best >= need:
            b.pq_owner = best_j
    for b in blocks:
        if b.pq_owner is not None and blocks[b.pq_owner].pq_owner is not None:
            blocks[b.pq_owner].pq_owner = None


def _quoted_page(seed: int) -> str:
    """Long paragraphs, pieces of them repeated as paragraphs and as headlines with a figure,
    and one formula repeated in more paragraphs than MAX_HOLDERS."""
    rnd = random.Random(seed)
    paras = [p for p in long_page(12_000, seed=seed, prose=1).split("\n") if len(p) > 60]
    out = []
    for p in paras[:40]:
        out.append(p)
        if rnd.random() < 0.4:
            a = rnd.randrange(0, max(1, len(p) - 40))
            out.append(p[a:a + rnd.randrange(12, 90)])  # a quote of it, printed beside it
        if rnd.random() < 0.2:
            out.append("今年投入" + p[:rnd.randrange(8, 20)] + "3亿元")  # a headline with a figure
    formula = "按照上级统一部署要求认真做好各项工作确保取得实效"
    out += [f"{formula}，第{k}项任务已完成{k}0%，群众满意度持续提升。" for k in range(MAX_HOLDERS + 5)]
    out.append(formula + "。")  # repeats only the formula: no quote of any of them
    rnd.shuffle(out)
    return "\n\n".join(out)


@lru_cache(maxsize=1)
def _pages() -> list[str]:
    pages = [p.read_text(encoding="utf-8", errors="replace") for p in sorted((ROOT / "data/raw").glob("*.txt"))]
    pages += [_quoted_page(s) for s in range(4)]
    pages += [v[:30_000] for v in pathological().values()]
    return pages


def _lines(text: str) -> list[Block]:
    return [Block(s, e, classify(text[s:e]), gap, text[s:e]) for s, e, gap in page_lines(text)]


@pytest.mark.parametrize("page", range(len(_pages())))
def test_pull_quote_owners_are_those_of_comparing_every_candidate(page):
    text = _pages()[page]
    fast, slow = _lines(text), _lines(text)
    _find_pull_quotes(fast)
    _reference(slow)
    assert [b.pq_owner for b in fast] == [b.pq_owner for b in slow]


def test_the_quoted_pages_have_pull_quotes():
    blocks = _lines(_quoted_page(0))
    _find_pull_quotes(blocks)
    assert sum(b.pq_owner is not None for b in blocks) >= 5


def _reference_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    s = i = start
    while i < end:
        c = text[i]
        if c in _SENTENCE_ENDS:
            j = i + 1
            while j < end and text[j] in _SENTENCE_ENDS:
                j += 1
            while j < end and text[j] in _CLOSERS:
                j += 1
            _emit(text, s, j, out)
            s = i = j
        elif c == "\n":
            j = i
            while j < end and text[j] in WS + "\n":
                j += 1
            if not _column_break(text, start, end, i, j):
                _emit(text, s, i, out)
                s = j
            i = j
        else:
            i += 1
    _emit(text, s, end, out)
    return out


@pytest.mark.parametrize("page", range(len(_pages())))
def test_sentences_are_those_of_reading_every_character(page):
    text = _pages()[page]
    spans = [(0, len(text))] + [(s, e) for s, e, _ in page_lines(text)][:200]
    spans += [(s, min(len(text), s + 700)) for s in range(0, len(text), 997)]  # cut anywhere
    for s, e in spans:
        assert sentences(text, s, e) == _reference_sentences(text, s, e)
