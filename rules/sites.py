"""Where in a text a match of a number rule can start, found once for every rule.

The number rules all read `pre? NUM_START num …`: a match starts at the first character of a
number or at a qualifier word just before one. Those positions are found in one pass, and
each rule is then tried only at the ones its own context allows (anchored) instead of
scanning the whole text: a rule built by `quantity_pattern` where a unit of its kinds is within
reach (what its leading look-ahead, `unit_within_reach`, demands of every match), the noun
and verb rules after their nouns and verbs, the 亿/万 rule before 亿/万. Each list is a superset
of where the rule's matches start, so trying it in order finds the same matches as a scan.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from functools import lru_cache, partial

import regex

from rules.fragments import (CN_CHARS, NOUN_GAP, NOUN_GAP_CHARS, NUM_START, REACH, SIGN, qualifier_words, reach_run,
                             unit_nouns, units)
from rules.pattern_cache import compiled
from rules.punctuation import LIST_JOINS, RANGE_MARKS
from rules.wordlists import words

# verbose, as the rules are: a blank inside a fragment (NUM_START's `(?<!\d )`) is dropped there too
_NUMBER_START = compiled(rf"{NUM_START}(?:{SIGN})?[\d{CN_CHARS}]", regex.VERBOSE)
_NOUN_GAP = compiled(NOUN_GAP, regex.VERBOSE)
_DIGITS_BEFORE_MARK = compiled(rf"(?<![\d,.])[\d,.]+(?=[万亿]?个?[ ]?[{LIST_JOINS}{regex.escape(RANGE_MARKS)}]|-)")


class _CharClass(dict):
    """Membership in a regex character class, decided by the regex module itself (so \\d and \\s
    mean exactly what they mean in the rules) and remembered per character: `cls.get(c)` is
    None for a character not seen yet, which `cls.add(c)` decides."""

    def __init__(self, cls: str):
        super().__init__()
        self._pattern = compiled(cls, regex.VERBOSE)

    def add(self, c: str) -> bool:
        hit = self[c] = self._pattern.fullmatch(c) is not None
        return hit

    def __contains__(self, c: str) -> bool:
        hit = self.get(c)
        return self.add(c) if hit is None else hit


@lru_cache(maxsize=None)
def _classes() -> tuple[_CharClass, _CharClass]:
    return _CharClass(reach_run()), _CharClass(r"[\d,.]")


@lru_cache(maxsize=None)
def _units_by_first() -> dict[str, tuple[tuple[str, str], ...]]:
    """first character → (surface, kind) of every unit that starts with it."""
    by_first: dict[str, list[tuple[str, str]]] = {}
    for surface, (_, kind) in units().items():
        by_first.setdefault(surface[0], []).append((surface, kind))
    return {c: tuple(v) for c, v in by_first.items()}


def _word_ends(text: str, listed) -> list[int]:
    """Where each occurrence of the listed words ends, ascending."""
    ends = set()
    for w in listed:
        k = text.find(w)
        while k >= 0:
            ends.add(k + len(w))
            k = text.find(w, k + 1)
    return sorted(ends)


class Sites:
    """The positions of one text where a number rule's match can start."""

    def __init__(self, text: str):
        self.text = text
        numbers = {m.start() for m in _NUMBER_START.finditer(text)}
        starts = set(numbers)
        for w in qualifier_words("pre"):  # a qualifier word right before a number (or a blank before it)
            k = text.find(w)
            while k >= 0:
                if k + len(w) in numbers or (text.startswith(" ", k + len(w)) and k + len(w) + 1 in numbers):
                    starts.add(k)
                k = text.find(w, k + 1)
        self.starts: list[int] = sorted(starts)
        self._by_kind: dict[str, list[int]] | None = None

    def _reachable(self) -> dict[str, list[int]]:
        """For each kind of unit: the starts that a unit of that kind is within reach of."""
        if self._by_kind is None:
            text, n, by_first, (run, _) = self.text, len(self.text), _units_by_first(), _classes()
            self._by_kind = {kind: [] for _, kind in units().values()}
            for s in self.starts:
                kinds, q = set(), s
                while q < n:  # a unit starts within the run of reach characters or right after it
                    c = text[q]
                    for u, k in by_first.get(c, ()):
                        if text.startswith(u, q):
                            kinds.add(k)
                    hit = run.get(c)
                    if not (run.add(c) if hit is None else hit):
                        break
                    q += 1
                    if q - s > REACH:  # a longer run: the look-ahead lets every rule try
                        kinds = self._by_kind
                        break
                for k in kinds:
                    self._by_kind[k].append(s)
        return self._by_kind

    def within_reach(self, kinds: tuple[str, ...]) -> list[int]:
        """The starts a unit of these kinds can follow (see `fragments.unit_within_reach`)."""
        if len(kinds) == 1:
            return self._reachable()[kinds[0]]
        return sorted({s for k in kinds for s in self._reachable()[k]})

    def after_verb(self) -> list[int]:
        """The starts right after a verb of earning or spending (`money_verb_pattern`)."""
        ends = set(_word_ends(self.text, words("money_verbs.txt")))
        return [s for s in self.starts if s in ends]

    def after_noun(self) -> list[int]:
        """The starts that follow a unit noun and what may stand between (`bare_number_pattern`)."""
        text, starts, found = self.text, self.starts, set()
        for e in _word_ends(text, unit_nouns()):
            for s in starts[bisect_left(starts, e):bisect_right(starts, e + NOUN_GAP_CHARS)]:
                if _NOUN_GAP.fullmatch(text, e, s):
                    found.add(s)
        return sorted(found)

    def before_list_mark(self) -> list[int]:
        """The starts of digits that a list mark (和, 、, 与, 及) follows (`shared_unit_pattern`):
        the runs are found by one regex pass, not walked from every start."""
        runs = {m.start() for m in _DIGITS_BEFORE_MARK.finditer(self.text)}
        return [s for s in self.starts if s in runs]

    def before_colloquial_yi(self) -> list[int]:
        """The starts of a number that runs into 个亿 or 个多亿 (maybe 余/多 before the 个), or of a
        qualifier before it (`colloquial_yi_pattern`)."""
        text, longest_pre = self.text, max(map(len, qualifier_words("pre")))
        number = set(CN_CHARS) | set(",.")
        allowed = set()
        k = text.find("亿")
        while k >= 0:
            e = k - 1 if text[k - 1:k] == "个" else (k - 2 if text[max(0, k - 2):k] == "个多" else -1)
            if e > 0:
                e = e - 1 if text[e - 1] == " " else e  # (3.3 个亿)
                e = e - 1 if text[e - 1] in "余多" else e
                r = e
                while r > 0 and (text[r - 1] in number or text[r - 1].isdigit()):
                    r -= 1
                if r < e:
                    allowed.update(range(r - longest_pre, e))
            k = text.find("亿", k + 1)
        return [s for s in self.starts if s in allowed]

    def before_magnitude(self, nouns: str) -> list[int]:
        """The starts of digits that run into 亿 or 万 and a noun of the list `nouns`, or of a
        qualifier before them (`magnitude_noun_pattern`)."""
        text, (_, digits) = self.text, _classes()
        longest_pre = max(map(len, qualifier_words("pre")))
        allowed = set()
        for w in words(nouns):
            j = text.find(w)
            while j >= 0:
                for k in (j - 1, j - 2):  # 亿/万, maybe 余 or 多, then the noun
                    if k > 0 and text[k] in "亿万":
                        e = k - 1 if text[k - 1] in "余多" else k  # the digits end here (30余万群众)
                        e -= text[e - 1] == " "  # (4.18 万群众: one blank after the digits)
                        r = e
                        while r > 0 and (text[r - 1] in digits or text[r - 1] in _CN_BEFORE_MAGNITUDE):
                            r -= 1
                        if r < e:
                            allowed.update(range(r - longest_pre, k))
                j = text.find(w, j + 1)
        return [s for s in self.starts if s in allowed]


_CN_BEFORE_MAGNITUDE = frozenset("零〇一二两三四五六七八九十百千点")  # (四十余万农民, 三点八万农村人口)


def magnitude_sites(nouns: str):
    """The sites of a `magnitude_noun_pattern(nouns)` rule (a partial, so a rule still pickles)."""
    return partial(Sites.before_magnitude, nouns=nouns)


def reach_sites(kinds: tuple[str, ...]):
    """The sites of a `quantity_pattern(kinds)` rule (a partial, so a rule still pickles)."""
    return partial(Sites.within_reach, kinds=kinds)
