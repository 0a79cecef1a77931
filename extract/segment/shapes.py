"""What the line judges share: the blanks of a page, the Han ranges, and patterns compiled when
first used."""
from __future__ import annotations

import re

from rules.pattern_cache import compiled
from rules.punctuation import FULL_STOPS

WS = " \t\r\f\v\u3000\u00a0"
CJK = "\u4e00-\u9fff\u3400-\u4dbf"


def char_class(chars: str) -> re.Pattern:
    return re.compile(f"[{re.escape(chars)}]")


FULL_STOP = char_class(FULL_STOPS)


class Lazy:
    """A pattern compiled when first used, by `regex` through the pattern cache: those that spell
    out the Han ranges take `re` tens of milliseconds each to compile, in every worker as it
    starts; a run's parent, which lays out no page (unless a corrections file asks it to), is
    spared them."""

    def __init__(self, *args):
        self._args = args

    def __getattr__(self, name):  # what the object lacks: once compiled, match and search are its own
        pattern = self.__dict__.get("_compiled")
        if pattern is None:
            pattern = self._compiled = compiled(*self._args)
            self.__dict__.update(match=pattern.match, search=pattern.search)
        return getattr(pattern, name)


def nonspace_len(s: str) -> int:
    # one str.count per blank of WS, written out: no generator on a path taken for every line
    return (len(s) - s.count(" ") - s.count("\t") - s.count("\r") - s.count("\f") - s.count("\v")
            - s.count("\u3000") - s.count("\u00a0"))
