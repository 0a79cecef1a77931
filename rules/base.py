"""The two kinds of rule record.

A `Rule` finds statistic spans: a name, a regex, the function that turns a
match into a value, and its own examples. An `Exclusion` finds spans that are
never statistics (dates, labels, ordinals); a candidate overlapping one is
dropped. Both carry examples that one parametrised test runs.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Optional

import ahocorasick_rs
import regex

from rules.anchors import compile_anchored, search_plan
from rules.first_chars import compile_rule
from rules.fragments import alternation
from rules.pattern_cache import cached


@dataclass(frozen=True)
class Example:
    """`text` must yield a mention whose surface is `surface` with this value/unit/qualifier."""

    text: str
    surface: str
    value: float
    unit: str
    qualifier: str = "exact"


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: str  # verbose regex; named groups are read by `parse`
    parse: Callable  # (match, rule) -> Quantity | None
    examples: tuple[Example, ...]
    counter_examples: tuple[str, ...] = ()  # texts in which the extractor must find nothing
    priority: int = 0  # breaks ties between equal spans (higher wins)
    # (rules.sites.Sites) -> the ascending positions where a match can start, all of them;
    # the rule is tried only there. None: the text is scanned.
    sites: Optional[Callable] = field(default=None, compare=False)
    compiled: regex.Pattern = field(init=False, repr=False, compare=False)

    def __post_init__(self):
        object.__setattr__(self, "compiled", cached("rule", compile_rule, self.pattern, int(regex.VERBOSE)))


@dataclass(frozen=True)
class Exclusion:
    name: str
    pattern: str
    why: str
    examples: tuple[tuple[str, str], ...]  # (text, the span that must be blocked)
    counter_examples: tuple[tuple[str, str], ...] = ()  # (text, a mention that must survive)
    # When `pattern` is an alternation, its alternatives ("|".join(branches) == pattern): each
    # is then matched on its own, which is faster when one of them would otherwise make the
    # whole pattern try nearly every position, and finds the same spans.
    branches: tuple[str, ...] = ()
    # When `pattern` is the alternation of these words (fragments.alternation): an Aho-Corasick
    # automaton, leftmost-longest as the longest-first alternation is, finds its spans.
    words: tuple[str, ...] = ()
    compiled: Optional[regex.Pattern] = field(default=None, init=False, repr=False, compare=False)
    compiled_branches: tuple[regex.Pattern, ...] = field(default=(), init=False, repr=False, compare=False)
    automaton: Optional[ahocorasick_rs.AhoCorasick] = field(default=None, init=False, repr=False, compare=False)

    def __post_init__(self):
        object.__setattr__(self, "compiled", cached("rule", compile_rule, self.pattern, int(regex.VERBOSE)))
        if self.branches and "|".join(self.branches) != self.pattern:
            raise ValueError(f"exclusion {self.name!r}: its pattern is not the alternation of its branches")
        if any("#" in b for b in self.branches):  # a verbose comment would swallow the branches after it
            raise ValueError(f"exclusion {self.name!r}: a branch holds '#'; write the pattern without branches")
        object.__setattr__(self, "compiled_branches",
                           tuple(cached("rule", compile_rule, b, int(regex.VERBOSE)) for b in self.branches))
        if self.words:
            if "" in self.words or alternation(self.words) != self.pattern:
                raise ValueError(f"exclusion {self.name!r}: its pattern is not the alternation of its words")
            object.__setattr__(self, "automaton", ahocorasick_rs.AhoCorasick(
                sorted(set(self.words)), matchkind=ahocorasick_rs.MatchKind.LeftmostLongest))


@dataclass(frozen=True)
class TimeExample:
    """In `text` (published in month `published`), the expression `surface` names this period.
    `period` is (kind, period_start, period_end) as anchored; ("during", "", "") when the
    period cannot be known (no publication month, an open end)."""

    text: str
    surface: str
    period: tuple[str, str, str]
    published: str | None = "2025-12"
    relative: bool | None = None  # when given: whether the period depended on the publication month


@dataclass(frozen=True)
class TimeRule:
    """Finds time expressions of one shape and says which period each names, symbolically
    (before anything is known of the document): `resolve` turns a match into a
    `rules.time.Symbolic`, or None when the match is not a period after all."""

    name: str
    pattern: str
    resolve: Callable  # (match) -> Symbolic | None
    examples: tuple[TimeExample, ...]
    counter_examples: tuple[str, ...] = ()  # texts in which the rule must find nothing
    compiled: regex.Pattern = field(init=False, repr=False, compare=False)

    def __post_init__(self):
        object.__setattr__(self, "compiled", cached("anchored", compile_anchored, self.pattern))
        search_plan(self.pattern)  # made now, so that forked workers share it


@dataclass(frozen=True)
class TimeSkip:
    """Consumes time-like text and emits nothing (近日, 12月9日): no period, and no shorter
    expression inside it either."""

    name: str
    pattern: str
    why: str
    examples: tuple[tuple[str, str], ...]  # (text, the span that must be consumed)
    compiled: regex.Pattern = field(init=False, repr=False, compare=False)

    def __post_init__(self):
        object.__setattr__(self, "compiled", cached("anchored", compile_anchored, self.pattern))
        search_plan(self.pattern)  # made now, so that forked workers share it
