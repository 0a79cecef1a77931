"""A document far longer than any news page, cut into the pieces the core reads one at a time.

A yearbook or a dump of many pages in one file can run to megabytes. Read whole, every stage
holds structures the size of the document, which outgrow the processor's caches: on a 5 MB page
the time per character grew by a fifth over a 1 MB one while the work per character (counted
call by call) stayed the same. Read in pieces, what each stage holds is the size of a piece.
"""
from __future__ import annotations

from extract.segment.sentences import split_long
from rules.punctuation import CLAUSE_BREAKS, SENTENCE_ENDS

# Far above any page of the sample sets (the longest has about 6,000 characters) and five
# times MAX_ARTICLE, so a page is read whole unless it is many articles long.
MAX_PIECE = 100_000


def reading_pieces(text: str) -> list[tuple[int, int]]:
    """``[start, end)`` spans covering `text` in order, each at most MAX_PIECE long, cut after
    a piece's last line break, else its last sentence end, else its last clause break."""
    return split_long(text, 0, len(text), MAX_PIECE, ("\n", SENTENCE_ENDS, CLAUSE_BREAKS))
