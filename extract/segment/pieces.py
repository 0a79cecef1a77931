"""A document far longer than any news page, cut into the pieces the core reads one at a time.

A yearbook or a dump of many pages in one file can run to megabytes. Read whole, every stage
holds structures the size of the document, which outgrow the processor's caches: on a 5 MB page
the time per character grew by a fifth over a 1 MB one while the work per character (counted
call by call) stayed the same. Read in pieces, what each stage holds is the size of a piece.
"""
from __future__ import annotations

from rules.punctuation import CLAUSE_BREAKS, SENTENCE_ENDS

# Far above any page of the sample sets (the longest has about 6,000 characters) and five
# times MAX_ARTICLE, so a page is read whole unless it is many articles long.
MAX_PIECE = 100_000


def reading_pieces(text: str) -> list[tuple[int, int]]:
    """``[start, end)`` spans covering `text` in order, each at most MAX_PIECE long, cut after
    the last line break of a piece's second half, else after its last sentence end or clause
    break, else at the limit."""
    out = []
    start, end = 0, len(text)
    while end - start > MAX_PIECE:
        lo, hi = start + MAX_PIECE // 2, start + MAX_PIECE
        cut = text.rfind("\n", lo, hi) + 1
        if cut <= lo:
            cut = max(text.rfind(c, lo, hi) for c in SENTENCE_ENDS) + 1
        if cut <= lo:
            cut = max(text.rfind(c, lo, hi) for c in CLAUSE_BREAKS) + 1
        if cut <= lo:
            cut = hi
        out.append((start, cut))
        start = cut
    out.append((start, end))
    return out
