r"""Where a pattern's matches can start: within reach of a character every match contains.

A time expression always holds one of a few characters (年, 月, 季, 以来 …) a short way
from its start, while it can start at any digit, and pages of statistics are full of
digits. Reading the pattern's syntax tree for such an anchor (a set of characters, and the
farthest offset from a match's start at which one of them must occur) gives a look-ahead,
`(?=[\s\S]{0,12}?[年月季…])`, that holds at every position a match can start at: put in
front of the pattern it lets the engine pass over the digits of a table without trying the
whole pattern there, and changes no match.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex

from rules.first_chars import _ATOMIC, _NAMED_GROUP, _PROPERTY, _REPEATS, C, P, first_chars

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


def _reach(node: tuple, chars: frozenset[str]) -> int | None:
    """How far from its start every match of `node` holds one of `chars` (None: not every match)."""
    kind = node[0]
    if kind == "chars":
        return 0 if node[1] <= chars else None
    if kind == "alt":
        reads = [_reach(b, chars) for b in node[1]]
        return None if None in reads else max(reads)
    if kind == "seq":
        best, before = None, 0
        for part, width in node[1]:
            r = _reach(part, chars)
            if r is not None and (best is None or before + r < best):
                best = before + r
            before += width
        return best if best is not None and best < _FAR else None
    return None


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
    reach = _reach(node, chars)
    if reach is None:
        return None
    for c in order:
        fewer = chars - {c}
        r = _reach(node, fewer) if c in chars else None
        if r is not None and _cost(fewer, r) <= _cost(chars, reach):
            chars, reach = fewer, r
    return chars, reach


def _choose(node: tuple) -> tuple[frozenset[str], int] | None:
    """The cheapest anchor found from every written character and from the uncommon ones
    alone, dropping those written least often first (年 stands for every 2024年, 今年,
    全年, 年末, so it stays while 今, 全, 末 go)."""
    counts: dict[str, int] = {}
    _written(node, counts)
    order = sorted(counts, key=lambda c: (not _COMMON.match(c), counts[c], c))
    found = [_thin(node, frozenset(counts), order),
             _thin(node, frozenset(c for c in counts if not _COMMON.match(c)), order)]
    return min((f for f in found if f is not None), key=lambda f: _cost(*f), default=None)


@lru_cache(maxsize=None)
def anchor(pattern: str) -> Anchor | None:
    """The anchor of a (non-verbose) pattern, or None when it has none."""
    if _PROPERTY.search(pattern):
        return None  # \p{…} in a class: its characters cannot be listed
    try:
        tree = P.parse(_NAMED_GROUP.sub("(?:", pattern), 0)
        if tree.state.flags & ~(regex.UNICODE | regex.MULTILINE):
            return None  # the pattern sets flags of its own, (?i) …
        read = _choose(_plain(list(tree)))
    except Exception:  # syntax only the regex module reads
        return None
    return None if read is None else Anchor("".join(sorted(read[0])), read[1])


def anchor_look_ahead(pattern: str) -> str:
    """`(?=…)` that holds wherever a match of `pattern` can start (one of the anchor's
    characters within its reach), or "" when the pattern has no anchor."""
    a = anchor(pattern)
    if a is None:
        return ""
    chars = "[" + "".join(f"\\U{ord(c):08x}" for c in a.chars) + "]"
    return f"(?=[\\s\\S]{{0,{a.reach}}}?{chars})" if a.reach else f"(?={chars})"


def compile_anchored(pattern: str) -> regex.Pattern:
    """A time rule's pattern with the look-ahead for its first characters and the one for
    its anchor in front: the engine passes over every other position at once, and the
    matches are those of the pattern as written."""
    first = first_chars(pattern)
    return regex.compile(f"(?={first})" * bool(first) + anchor_look_ahead(pattern) + f"(?:{pattern})")
