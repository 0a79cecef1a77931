r"""The page as the finders read it, with what is no text taken out, and a map back to the page.

Normalising keeps one code point for one; what has to go entirely — a zero-width space inside a
word (参保\u200b人数), an HTML entity standing for one character (&mdash;), a line end inside a
paragraph set at one width (extract/segment/wraps.py) — is taken out or replaced in a view
instead. The core reads the view and writes every offset back into the page
through `origin`, so `raw[start:end]` is still each row's text.
"""
from __future__ import annotations

import html
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

    def over(self, outer: JoinedView) -> JoinedView:
        """This view, cut from `outer`'s text, mapped back through `outer` to the page."""
        return JoinedView(self.text, self.cuts, self.shifts, self.columns, outer)


def cut(text: str, gaps: list[tuple], columns: int = 0) -> JoinedView:
    """`text` with the spans `gaps` taken out: each (start, end) or (start, end, replacement), in
    order and not overlapping; a replacement, never longer than its span, stands where the span
    started (its characters map to the span's first ones)."""
    if not gaps:
        return JoinedView(text)
    pieces, cuts, shifts, taken, pos = [], [], [], 0, 0
    for a, b, *replacement in gaps:
        kept = replacement[0] if replacement else ""
        pieces += (text[pos:a], kept)
        cuts.append(a + len(kept) - taken)
        taken += b - a - len(kept)
        shifts.append(taken)
        pos = b
    pieces.append(text[pos:])
    return JoinedView("".join(pieces), tuple(cuts), tuple(shifts), columns)


# an HTML entity left in a page saved from the web (&ldquo;, &mdash;, &#12289;, &#x200B;), or an
# invisible character written as one
_ENTITY_OR_INVISIBLE = re.compile(f"&(?:#[0-9]{{1,7}}|#[xX][0-9a-fA-F]{{1,6}}|[A-Za-z][A-Za-z0-9]{{1,31}});|[{INVISIBLES}]+")


def _reading(match: re.Match) -> str | None:
    """What an entity or a run of invisible characters reads as: nothing for what prints nothing,
    the character an entity writes, None for a blank (normalising makes &nbsp; as many blanks)
    or for what is no entity (&abc;)."""
    written = match.group()
    if written[0] != "&":
        return ""
    char = html.unescape(written)
    if char in INVISIBLES:
        return ""
    return None if char == written or len(char) != 1 or char.isspace() else char


def readable(text: str) -> JoinedView:
    r"""`text` with what a web page leaves in it as it was written for a browser read as the
    browser shows it: characters that print nothing taken out (zero-width spaces and joiners,
    word joiners, byte-order marks, soft hyphens: 参保\u200b人数, 12&#8203;.5万人) and every
    other HTML entity read as its character (&ldquo;两病&rdquo;, 1&mdash;6月, 参保率达96.5&#37;)."""
    if "&" not in text and not any(c in text for c in INVISIBLES):
        return JoinedView(text)  # (most pages hold none: no scan for them)
    edits = []
    for m in _ENTITY_OR_INVISIBLE.finditer(text):
        if (kept := _reading(m)) is not None:
            edits.append((m.start(), m.end(), kept))
    return cut(text, edits)
