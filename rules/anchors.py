r"""Where a pattern's matches can start: within reach of a character every match contains.

A time expression always holds one of a few characters (年, 月, 季, 以来 …) a short way
from its start, while it can start at any digit, and pages of statistics are full of
digits. Reading the pattern's syntax tree for such an anchor (a set of characters, and the
farthest offset from a match's start at which one of them must occur) gives a look-ahead,
`(?=[\s\S]{0,12}?[年月季…])`, that holds at every position a match can start at: put in
front of the pattern it lets the engine pass over the digits of a table without trying the
whole pattern there, and changes no match. A second anchor far from the start (the 以来 of
2015年以来) is found first instead, by one scan for its characters, and the pattern tried only
in the windows before them (`overlapped_matches`).
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex

from rules.first_chars import _ATOMIC, _NAMED_GROUP, _PROPERTY, _REPEATS, C, P, first_chars
from rules.pattern_cache import cached

# Characters a page of statistics is full of: an anchor made of them spares little.
_COMMON = regex.compile(r"[\d\s\p{P}a-zA-Z〇零一二三四五六七八九十百千万两]")
_MAX_CLASS = 64  # a class of more characters than this is no anchor
_FAR = 64  # an anchor farther than this from the start spares little (and \s* has no bound)


@dataclass(frozen=True)
class Anchor:
    chars: str  # every non-empty match holds one of these …
    reach: int  # … at most this many characters after its start


def _width(seq) -> int:
    return min(P.SubPattern(P.State(), list(seq)).getwidth()[1], _FAR)


def _class(items) -> frozenset[str] | None:
    out: set[str] = set()
    for op, av in items:
        if op is C.LITERAL:
            out.add(chr(av))
        elif op is C.RANGE and av[1] - av[0] < _MAX_CLASS:
            out.update(chr(c) for c in range(av[0], av[1] + 1))
        else:  # a negated class, a category, a wide range
            return None
    return frozenset(out) if len(out) <= _MAX_CLASS else None


# The tree is read once into a small form: ("chars", set) consumes one of a set of characters;
# ("seq", ((part, width), …)) and ("alt", (seq, …)) as in the pattern; ("other",) promises nothing.
_OTHER = ("other",)


def _plain(seq) -> tuple:
    parts = []
    for op, av in seq:
        node, width = _plain_node(op, av), _width([(op, av)])
        if node is _OTHER and parts and parts[-1][0] is _OTHER:
            parts[-1] = (_OTHER, parts[-1][1] + width)  # only the width of what promises nothing counts
        else:
            parts.append((node, width))
    if len(parts) == 1:
        return parts[0][0]
    return ("seq", tuple(parts)) if any(node is not _OTHER for node, _ in parts) else _OTHER


def _plain_node(op, av) -> tuple:
    if op is C.LITERAL:
        return ("chars", frozenset(chr(av)))
    if op is C.IN:
        cls = _class(av)
        return ("chars", cls) if cls else _OTHER
    if op is C.SUBPATTERN:
        return _OTHER if av[1] or av[2] else _plain(av[-1])  # inline flags change what a character matches
    if _ATOMIC is not None and op is _ATOMIC:
        return _plain(av)
    if op is C.BRANCH:
        branches = tuple(_plain(b) for b in av[1])
        return _OTHER if _OTHER in branches else ("alt", branches)
    if op in _REPEATS and av[0] >= 1:
        return _plain(av[2])  # the first repetition starts where the repeat does
    return _OTHER  # an optional part, an assertion (it consumes nothing), any character …


class _Reach:
    """How far from its start every match of a tree holds one of a set of characters (None:
    not every match), for a set that loses one character at a time: only the parts of the
    tree that write the character dropped are read again."""

    def __init__(self, node: tuple, chars: frozenset[str]):
        self.node, self.chars, self.written, self.known = node, chars, {}, {}
        _written_below(node, self.written)
        self.reach = self._read(node, chars, None, self.known)

    def without(self, c: str) -> tuple[int | None, dict]:
        """The reach without `c`, and what `drop` keeps of the reading."""
        read: dict[int, int | None] = {}
        return self._read(self.node, self.chars - {c}, c, read), read

    @property
    def weight(self) -> int:
        return sum(_weight(c) for c in self.chars)

    def drop(self, c: str, reach: int | None, read: dict) -> None:
        self.chars, self.reach = self.chars - {c}, reach
        self.known.update(read)

    def _read(self, node: tuple, chars: frozenset[str], dropped: str | None, out: dict) -> int | None:
        if dropped is not None and dropped not in self.written[id(node)]:
            return self.known[id(node)]
        kind, r = node[0], None
        if kind == "chars":
            r = 0 if node[1] <= chars else None
        elif kind == "alt":  # every branch is read, so that what is kept stays whole
            reads = [self._read(b, chars, dropped, out) for b in node[1]]
            r = None if None in reads else max(reads)
        elif kind == "seq":
            before = 0
            for part, width in node[1]:
                x = self._read(part, chars, dropped, out)
                if x is not None and (r is None or before + x < r):
                    r = before + x
                before += width
            r = r if r is not None and r < _FAR else None
        out[id(node)] = r
        return r


def _written_below(node: tuple, out: dict[int, frozenset[str]]) -> frozenset[str]:
    if node[0] == "chars":
        chars = node[1]
    elif node[0] == "alt":
        chars = frozenset().union(*(_written_below(b, out) for b in node[1]))
    elif node[0] == "seq":
        chars = frozenset().union(*(_written_below(p, out) for p, _ in node[1]))
    else:
        chars = frozenset()
    out[id(node)] = chars
    return chars


def _written(node: tuple, counts: dict[str, int]) -> None:
    """How often each character is written in the tree, outside assertions."""
    if node[0] == "chars":
        for c in node[1]:
            counts[c] = counts.get(c, 0) + 1
    elif node[0] == "alt":
        for b in node[1]:
            _written(b, counts)
    elif node[0] == "seq":
        for part, _ in node[1]:
            _written(part, counts)


def _cost(chars: frozenset[str], reach: int) -> int:
    return sum(_weight(c) for c in chars) * (reach + 1)


@lru_cache(maxsize=None)
def _weight(c: str) -> int:
    return 10 if _COMMON.match(c) else 1


def _thin(node: tuple, chars: frozenset[str], order: list[str]) -> tuple[frozenset[str], int] | None:
    """Drop characters, in `order`, while that makes the windows no dearer."""
    r = _Reach(node, chars)
    if r.reach is None:
        return None
    for c in order:
        if c in r.chars:
            reach, read = r.without(c)
            if reach is not None and (r.weight - _weight(c)) * (reach + 1) <= r.weight * (r.reach + 1):
                r.drop(c, reach, read)
    return r.chars, r.reach


def _choose(node: tuple) -> tuple[frozenset[str], int] | None:
    """The cheaper anchor found from the uncommon characters alone and from as few common ones
    as every match needs (十 of 十四五), dropping those written least often first (年 stands
    for every 2024年, 今年, 全年, 年末, so it stays while 今, 全, 末 go)."""
    counts: dict[str, int] = {}
    _written(node, counts)
    order = sorted(counts, key=lambda c: (not _COMMON.match(c), counts[c], c))
    needed = _Reach(node, frozenset(counts))
    for c in order:
        if _weight(c) > 1:
            reach, read = needed.without(c)
            if reach is not None:
                needed.drop(c, reach, read)
    found = [_thin(node, frozenset(c for c in counts if _weight(c) == 1), order), _thin(node, needed.chars, order)]
    return min((f for f in found if f is not None), key=lambda f: _cost(*f), default=None)


def _more(node: tuple, first: tuple[frozenset[str], int]) -> list[tuple[frozenset[str], int]]:
    """With a first anchor away from the start, the cheapest anchor of one part of the sequence
    in characters of its own, not all common: every match holds both (since: 以来 or 至今, and a
    年 or 月 near the start)."""
    if first[1] == 0 or node[0] != "seq":
        return [first]  # the first-character look-ahead already tests as much
    more, before = [], 0
    for part, width in node[1]:
        read = _choose(part) if part is not _OTHER else None
        if (read is not None and 0 < before + read[1] < _FAR and read[0].isdisjoint(first[0])
                and any(_weight(c) == 1 for c in read[0])):
            more.append((read[0], before + read[1]))
        before += width
    return [first] + sorted(more, key=lambda a: _cost(*a))[:1]


@lru_cache(maxsize=None)
def anchors(pattern: str) -> tuple[Anchor, ...]:
    """The anchors of a (non-verbose) pattern, nearest first; () when it has none."""
    if _PROPERTY.search(pattern):
        return ()  # \p{…} in a class: its characters cannot be listed
    try:
        tree = P.parse(_NAMED_GROUP.sub("(?:", pattern), 0)
        if tree.state.flags & ~(regex.UNICODE | regex.MULTILINE):
            return ()  # the pattern sets flags of its own, (?i) …
        node = _plain(list(tree))
        read = _choose(node)
        found = _more(node, read) if read is not None else []
    except Exception:  # syntax only the regex module reads
        return ()
    return tuple(sorted((Anchor("".join(sorted(c)), r) for c, r in found), key=lambda a: (a.reach, a.chars)))


def anchor_look_ahead(pattern: str) -> str:
    """Look-aheads that hold wherever a match of `pattern` can start (one of each anchor's
    characters within its reach), the nearest first: it is the quickest to test. An anchor
    at the start is left out: the first-character look-ahead tests as much."""
    out = []
    for a in anchors(pattern):
        chars = "[" + "".join(f"\\U{ord(c):08x}" for c in a.chars) + "]"
        if a.reach:
            out.append(f"(?=[\\s\\S]{{0,{a.reach}}}?{chars})")
    return "".join(out)


def compile_anchored(pattern: str) -> regex.Pattern:
    """A time rule's pattern with the look-ahead for its first characters and those for its
    anchors in front: the engine passes over every other position at once, and the matches
    are those of the pattern as written."""
    first = first_chars(pattern)
    return regex.compile(f"(?={first})" * bool(first) + anchor_look_ahead(pattern) + f"(?:{pattern})")


# ------------------------------------------------------------------ windows

# An anchor this far from the start is cheaper to find first, by one scan for its characters,
# and the pattern tried only in the windows before its occurrences.
_WINDOW_REACH = 24


def _ahead(seq) -> int:
    """How far past the end of what it consumed a match's look-aheads can read."""
    out = 0
    for op, av in seq:
        if op is C.ASSERT or op is C.ASSERT_NOT:
            out = max(out, _width(av[1]) if av[0] > 0 else 0, _ahead(av[1]))
        elif op is C.SUBPATTERN:
            out = max(out, _ahead(av[-1]))
        elif _ATOMIC is not None and op is _ATOMIC:
            out = max(out, _ahead(av))
        elif op is C.BRANCH:
            out = max([out] + [_ahead(b) for b in av[1]])
        elif op in _REPEATS:
            out = max(out, _ahead(av[2]))
    return out


def search_plan(pattern: str) -> tuple[regex.Pattern, int, int] | None:
    """What `_window_plan` makes of `pattern`, kept with the compiled patterns."""
    return cached("window", _window_plan, pattern)


def _window_plan(pattern: str) -> tuple[regex.Pattern, int, int] | None:
    """(a finder of the far anchor's characters, its reach, how much text after a start a
    match and its look-aheads can read), or None when the pattern is searched whole."""
    found = anchors(pattern)
    if not found or found[-1].reach < _WINDOW_REACH:
        return None
    tree = list(P.parse(_NAMED_GROUP.sub("(?:", pattern), 0))
    width, ahead = _width(tree), _ahead(tree)
    if width >= _FAR or ahead >= _FAR:
        return None
    a = found[-1]
    return regex.compile("[" + "".join(f"\\U{ord(c):08x}" for c in a.chars) + "]"), a.reach, width + ahead + 1


def overlapped_matches(compiled: regex.Pattern, pattern: str, text: str) -> list:
    """The non-empty matches `compiled.finditer(text, overlapped=True)` finds, where `compiled`
    is `compile_anchored(pattern)`. With a far anchor, only the windows before its characters
    are searched, each with enough text after it for any match that starts in it (look-behinds
    see the text before a window)."""
    plan = search_plan(pattern)
    if plan is None:
        return [m for m in compiled.finditer(text, overlapped=True) if m.end() > m.start()]
    finder, reach, after = plan
    windows: list[list[int]] = []
    for k in (m.start() for m in finder.finditer(text)):
        if windows and k - reach <= windows[-1][1] + 1:
            windows[-1][1] = k
        else:
            windows.append([max(0, k - reach), k])
    out = []
    for lo, hi in windows:
        for m in compiled.finditer(text, lo, min(len(text), hi + after), overlapped=True):
            if m.start() > hi:
                break
            if m.end() > m.start():
                out.append(m)
    return out
