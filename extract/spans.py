"""The span toolkit every resolver shares: half-open [start, end) offsets into the
normalised text of one document, looked up by bisection so that the cost per figure
does not grow with the document.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache
from itertools import repeat
from operator import attrgetter

import ahocorasick_rs

from rules.pattern_cache import compiled
from rules.punctuation import FULL_STOPS
from rules.wordlists import longest_first, words

Span = tuple[int, int]

# The records made for every hit and figure: slots and no frozen=True, whose __init__ sets
# each field through object.__setattr__ (several times slower). Equal and hashable by value
# as before; nothing changes them once made.
record = dataclass(slots=True, unsafe_hash=True)


@record
class Hit:
    """One occurrence of a listed word (or a resolved label in place of the word)."""

    start: int
    end: int
    word: str


@record
class Window:
    """Nested spans around one mention, all offsets into the document text."""

    start: int  # the mention
    end: int
    clause: Span
    sentence: Span
    paragraph: Span
    article: Span
    headline: Span | None = None  # the nearest headline or section heading above
    previous: Span | None = None  # the paragraph before, in the same article
    section: Span | None = None  # the numbered section heading above (一、2013年工作回顾), over lower ones


_START = attrgetter("start")  # a key read in C: within() runs for every figure and resolver


class Sorted(list):
    """Items sorted by start, with their starts kept beside them: within() bisects these
    without a key. Built once per document and not changed after."""

    __slots__ = ("starts",)

    def __init__(self, items=()):
        super().__init__(items)
        self.starts = [h.start for h in self]


def _starting_in(hs: list, lo: int, hi: int) -> tuple[int, int]:
    """The index range of the items starting inside [lo, hi)."""
    if type(hs) is Sorted:
        i = bisect_left(hs.starts, lo)
        return i, bisect_left(hs.starts, hi, i)
    i = bisect_left(hs, lo, key=_START)
    return i, bisect_left(hs, hi, i, key=_START)


def within(hs: list, lo: int, hi: int) -> list:
    """The items (sorted by start, each with .start and .end) lying inside [lo, hi)."""
    i, j = _starting_in(hs, lo, hi)
    if i == j:  # most spans hold none
        return []
    return [h for h in hs[i:j] if h.end <= hi]


def last_of(text: str, chars: str, lo: int, hi: int) -> int:
    """The last place of any of `chars` in text[lo:hi], else -1 (str.rfind of each, all in C)."""
    return max(map(text.rfind, chars, repeat(lo, len(chars)), repeat(hi, len(chars))))


def run_start(text: str, w: "Window") -> int:
    """Where the run of ；-joined sentences holding a figure starts: after its paragraph's last full stop before its sentence."""
    return max(last_of(text, FULL_STOPS, w.paragraph[0], w.sentence[0]) + 1, w.paragraph[0])


def nearest_before(hs: list, pos: int, lo: int) -> object | None:
    """The last item inside [lo, pos), or None."""
    i, j = _starting_in(hs, lo, pos)
    for k in range(j - 1, i - 1, -1):
        if hs[k].end <= pos:
            return hs[k]
    return None


def first_after(hs: list, pos: int, hi: int) -> object | None:
    """The first item inside [pos, hi), or None."""
    i, j = _starting_in(hs, pos, hi)
    for k in range(i, j):
        if hs[k].end <= hi:
            return hs[k]
    return None


@lru_cache(maxsize=None)
def _automaton(name: str) -> tuple[list[str], ahocorasick_rs.AhoCorasick]:
    listed = longest_first(words(name))
    return listed, ahocorasick_rs.AhoCorasick(listed, matchkind=ahocorasick_rs.MatchKind.LeftmostLongest)


def hits(text: str, name: str, view: WordView | None = None) -> list[Hit]:
    """Non-overlapping, longest-first occurrences of a word list's first column in text: what
    rules.fragments.word_pattern finds, in one pass of an Aho-Corasick automaton (leftmost,
    then longest) instead of trying every word at every character. Through a `view`, words
    are read across the quotes and pinyin written inside them (城市“低保”资金), at their
    places in `text`."""
    listed, automaton = _automaton(name)
    if view is None or not view.moved:
        return Sorted([Hit(s, e, listed[i]) for i, s, e in automaton.find_matches_as_indexes(text)])
    at = view.place
    return Sorted([Hit(at(s), at(e - 1) + 1, listed[i])
                   for i, s, e in automaton.find_matches_as_indexes(view.text)])


# what a page writes inside a term that is not part of it: quotation marks around a term within a
# compound (“两病”门诊), the pinyin some sites add after a character (保(bǎo)), and the blanks a
# table spaces a two-character name out with to its column's width (收  入, standing alone)
_INSERTS = compiled(r"[“”‘’\"「」『』]|(?<=\p{Han})[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}[)）]"
                    r"|(?<=(?:^|\n|[ \u3000]{2}|[\t|])\p{Han})[ \u3000]{1,3}(?=\p{Han}(?:[ \u3000]{2}|[\t\n|]|$))")


def has_inserts(text: str, lo: int, hi: int) -> bool:
    """Whether text[lo:hi] holds quotes or pinyin a WordView would take out."""
    return _INSERTS.search(text, lo, hi) is not None


class WordView:
    """The text with its inserts taken out, for reading words; `place` maps a position in it
    back to the text."""

    def __init__(self, text: str):
        pieces, self.starts, self.origins = [], [0], [0]
        pos = kept = 0
        for m in _INSERTS.finditer(text):
            pieces.append(text[pos:m.start()])
            kept += m.start() - pos
            pos = m.end()
            self.starts.append(kept)
            self.origins.append(pos)
        self.moved = len(self.starts) > 1
        self.text = "".join(pieces) + text[pos:] if self.moved else text

    def place(self, i: int) -> int:
        k = bisect_right(self.starts, i) - 1  # of equal starts (inserts side by side), the last
        return self.origins[k] + i - self.starts[k]


class SpanSet:
    """Sorted spans answering "does [start, end) overlap any?" and "does any contain it?" in
    O(log n). `key` reads (start, end) from each item (default: its first two fields)."""

    def __init__(self, spans, key=None):
        spans = sorted(key(x) if key else (x[0], x[1]) for x in spans)
        self.starts = [s for s, _ in spans]
        self.max_end, top = [], -1
        for _, e in spans:
            top = max(top, e)
            self.max_end.append(top)

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect_left(self.starts, end)  # spans starting before `end`
        return i > 0 and self.max_end[i - 1] > start

    def contains(self, start: int, end: int) -> bool:
        i = bisect_right(self.starts, start)  # spans starting at or before `start`
        return i > 0 and self.max_end[i - 1] >= end
