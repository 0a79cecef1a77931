"""Rule patterns compiled with a look-ahead for the characters a match can start with.

Most rules begin with optional groups and look-behinds (an optional qualifier, then a number
that must not follow a digit), which the regex engine otherwise tries at every character
of a page. Reading the pattern's syntax tree for the first characters any non-empty match
can consume, and putting them in front as `(?=[…])`, lets the engine pass over every other
position at once; what the pattern matches does not change (non-empty matches all start
with one of those characters). A pattern whose first character can be anything, that can
match the empty string, or that the standard library's parser cannot read is compiled as
written.
"""
from __future__ import annotations

import regex

try:  # the standard library's regex parser (private, but stable in shape since 3.5)
    from re import _constants as C
    from re import _parser as P
except ImportError:  # Python 3.10
    import sre_constants as C
    import sre_parse as P

_NAMED_GROUP = regex.compile(r"\(\?P<\w+>")
_PROPERTY = regex.compile(r"\\[pP]\{[^}]*\}")
_SENTINEL = 0xF0000  # private-use code points stand in for \p{…} while the tree is read
_CATEGORY = {C.CATEGORY_DIGIT: r"\d", C.CATEGORY_SPACE: r"\s", C.CATEGORY_WORD: r"\w",
             C.CATEGORY_NOT_DIGIT: r"\D", C.CATEGORY_NOT_SPACE: r"\S", C.CATEGORY_NOT_WORD: r"\W"}
_ZERO_WIDTH = (C.AT, C.ASSERT, C.ASSERT_NOT)
_REPEATS = tuple(getattr(C, n) for n in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT") if hasattr(C, n))
_ATOMIC = getattr(C, "ATOMIC_GROUP", None)  # (?>…), Python 3.11 on


class _Anything(Exception):
    """The first character is not confined to a class worth testing."""


def _char(code: int, properties: list[str]) -> str:
    if _SENTINEL <= code < _SENTINEL + len(properties):
        return properties[code - _SENTINEL]
    return f"\\U{code:08x}"


def _class_items(items, properties: list[str]) -> list[str]:
    out = []
    for op, av in items:
        if op is C.LITERAL:
            out.append(_char(av, properties))
        elif op is C.RANGE and not any(_SENTINEL <= c < _SENTINEL + len(properties) for c in av):
            out.append(f"\\U{av[0]:08x}-\\U{av[1]:08x}")
        elif op is C.CATEGORY and av in _CATEGORY:
            out.append(_CATEGORY[av])
        else:  # NEGATE, or a category with no plain spelling
            raise _Anything
    return out


def _first(seq, properties: list[str]) -> tuple[list[str], bool]:
    """(class items any non-empty match of `seq` can start with, whether `seq` can match empty)."""
    items: list[str] = []
    for op, av in seq:
        if op in _ZERO_WIDTH:
            continue  # consumes nothing: the first character comes after it
        if op is C.LITERAL:
            return items + [_char(av, properties)], False
        if op is C.IN:
            return items + _class_items(av, properties), False
        if op is C.SUBPATTERN:
            sub, nullable = _first(av[-1], properties)
            if av[1] or av[2]:
                raise _Anything  # inline flags (?i) change what a character matches
        elif _ATOMIC is not None and op is _ATOMIC:
            sub, nullable = _first(av, properties)
        elif op is C.BRANCH:
            reads = [_first(b, properties) for b in av[1]]
            sub, nullable = [i for r in reads for i in r[0]], any(r[1] for r in reads)
        elif op in _REPEATS:
            sub, nullable = _first(av[2], properties)
            nullable = nullable or av[0] == 0
        else:  # ANY, NOT_LITERAL, back-references, conditionals
            raise _Anything
        items += sub
        if not nullable:
            return items, False
    return items, True


def first_chars(pattern: str, flags: int = 0) -> str | None:
    """A character class holding every character a non-empty match of `pattern` can start
    with, or None when there is none worth testing (the pattern is compiled as written)."""
    if flags & regex.IGNORECASE:
        return None  # a character's other cases would have to be listed too
    properties: list[str] = []

    def stand_in(m) -> str:
        properties.append(m.group())
        return chr(_SENTINEL + len(properties) - 1)

    plain = _PROPERTY.sub(stand_in, _NAMED_GROUP.sub("(?:", pattern))
    verbose = regex.VERBOSE if flags & regex.VERBOSE else 0
    try:
        tree = P.parse(plain, verbose)
        if tree.state.flags & ~(verbose | regex.UNICODE | regex.MULTILINE):
            return None  # the pattern sets flags of its own, (?i) …
        items, nullable = _first(list(tree), properties)
    except Exception:  # _Anything, or syntax only the regex module reads
        return None
    if nullable or not items:
        return None
    return "[" + "".join(dict.fromkeys(items)) + "]"


def compile_rule(pattern: str, flags: int = 0) -> regex.Pattern:
    """`pattern` compiled with the look-ahead for its first characters in front (same matches)."""
    first = first_chars(pattern, flags)
    if first is None:
        return regex.compile(pattern, flags)
    # in a verbose pattern the closing bracket goes on a line of its own: it may end in a comment
    end = "\n)" if flags & regex.VERBOSE else ")"
    return regex.compile(f"(?={first})(?:{pattern}{end}", flags)
