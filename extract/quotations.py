"""The quotation a figure stands in: where it opens before the figure and where it closes after it (who says it
is named before the one or after the other)."""
from __future__ import annotations

from extract.spans import Window, last_of

QUOTE_OPEN, QUOTE_CLOSE = "“「『", "”」』"
QUOTE_REACH = 200  # characters from a figure to its quotation's opening or closing


def quote_open(text: str, w: Window) -> int:
    """Where the quotation holding the figure opens, else -1; a straight quote (") opens one when
    an odd number of them stand before the figure in its paragraph."""
    lo = max(0, w.sentence[0] - QUOTE_REACH)
    opened = last_of(text, QUOTE_OPEN, lo, w.start)
    if opened >= 0 and last_of(text, QUOTE_CLOSE, opened, w.start) < 0:
        return opened
    lo = max(lo, w.paragraph[0])
    return text.rfind('"', lo, w.start) if text.count('"', lo, w.start) % 2 else -1


def quote_close(text: str, w: Window) -> int:
    """Where the first quotation mark closing after the figure stands, else -1."""
    return min((i for i in (text.find(q, w.end, w.end + QUOTE_REACH) for q in QUOTE_CLOSE + '"') if i >= 0), default=-1)


def name_opening(text: str, lo: int, hi: int) -> int:
    """Where a quotation still open at `hi` opens in text[lo:hi], else -1 (“爱山东, "爱山东: a straight quote opens one
    when an even number of them stand before it on its line)."""
    at = last_of(text, QUOTE_OPEN + QUOTE_CLOSE + '"', lo, hi)
    if at < 0 or text[at] in QUOTE_CLOSE:
        return -1
    return at if text[at] != '"' or text.count('"', text.rfind("\n", 0, at) + 1, at) % 2 == 0 else -1
