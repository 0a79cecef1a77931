r"""The page as the finders read it, with what is no text taken out, and a map back to the page.

Normalising keeps one code point for one; what has to go entirely — a zero-width space inside a
word (参保\u200b人数), a line end inside a paragraph set at one width (extract/segment/wraps.py) —
is taken out in a view instead. The core reads the view and writes every offset back into the page
through `origin`, so `raw[start:end]` is still each row's text.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from rules.punctuation import INVISIBLES


@dataclass(frozen=True)
class JoinedView:
    """A text with spans taken out. `cuts` are the view's offsets where something was taken out,
    `shifts` how much had been taken out up to and including each; `outer` the view this one was
    cut from, when it was cut from another view rather than from the page."""
    text: str
    cuts: tuple[int, ...] = ()
    shifts: tuple[int, ...] = ()
    columns: int = 0  # the width the page's lines were set at, when its line ends were taken out
    outer: JoinedView | None = None

    def origin(self, i: int) -> int:
        """The page's offset of the view's character at `i`."""
        k = bisect_right(self.cuts, i)
        j = i + self.shifts[k - 1] if k else i
        return self.outer.origin(j) if self.outer is not None else j

    def origin_end(self, end: int) -> int:
        """The page's end offset (exclusive) of a span of the view ending at `end`: a span
        that runs across something taken out holds it, one that ends before it does not."""
        return self.origin(end - 1) + 1 if end else 0

    @property
    def joined(self) -> int:
        """How many places something was taken out at."""
        return len(self.cuts)

    @property
    def taken(self) -> int:
        """How many characters were taken out."""
        return self.shifts[-1] if self.shifts else 0

    def over(self, outer: JoinedView) -> JoinedView:
        """This view, cut from `outer`'s text, mapped back through `outer` to the page."""
        return JoinedView(self.text, self.cuts, self.shifts, self.columns, outer)


def cut(text: str, gaps: list[tuple[int, int]], columns: int = 0) -> JoinedView:
    """`text` without the spans `gaps` ([start, end), in order, not overlapping)."""
    if not gaps:
        return JoinedView(text)
    pieces, cuts, shifts, taken, pos = [], [], [], 0, 0
    for a, b in gaps:
        pieces.append(text[pos:a])
        cuts.append(a - taken)
        taken += b - a
        shifts.append(taken)
        pos = b
    pieces.append(text[pos:])
    return JoinedView("".join(pieces), tuple(cuts), tuple(shifts), columns)


# each invisible character, or an HTML entity that writes one (&#8203;, &#x200B;, &shy;), in runs
_INVISIBLE_RUN = re.compile(
    "(?:[" + INVISIBLES + "]|&(?:#(?:" + "|".join(str(ord(c)) for c in INVISIBLES) + ")"
    "|#[xX](?:" + "|".join(f"0*{ord(c):x}" for c in INVISIBLES) + ")|shy|zwj|zwnj);)+", re.IGNORECASE)


def without_invisibles(text: str) -> JoinedView:
    r"""`text` without zero-width spaces and joiners, word joiners, byte-order marks inside it and
    soft hyphens, written as characters or as HTML entities: web pages leave them inside words
    and figures (参保\u200b人数, 12&#8203;.5万人)."""
    if "&" not in text and not any(c in text for c in INVISIBLES):
        return JoinedView(text)  # (most pages hold none: no scan for them)
    return cut(text, [m.span() for m in _INVISIBLE_RUN.finditer(text)])
