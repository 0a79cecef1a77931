"""Offline lookup of China's administrative divisions.

Reads ``rules/gazetteer/divisions.parquet`` (built by ``tools/gazetteer_build.py``)
and ``rules/gazetteer/stopwords.txt`` once per process and matches division
names in (already simplified) text with an Aho-Corasick automaton
(``ahocorasick_rs``, leftmost-longest, non-overlapping). What lookups need is a
compact index (flat arrays of row numbers, one record string per row) made from
those files once and kept in the cache folder (``rules.pattern_cache``), so a
process reads it in milliseconds instead of building dictionaries of every name.

Surfaces matched:

* full names of provinces, prefectures (incl. 自治州/盟/地区) and county-level
  units (incl. autonomous counties, county-level cities and districts), current
  and historical; a historical name carries the current unit's code;
* short forms (交城 for 交城县) only where the build found them unique among
  county-level-and-above units and they are not stopwords;
* townships / streets by full name only (…镇, …乡, …街道); names repeat across
  counties, so a match lists every candidate and :meth:`Gazetteer.resolve`
  picks one with context codes.
"""
from __future__ import annotations

import re
import threading
from array import array
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterable

import ahocorasick_rs

from extract.gazetteer_index import SEP, load_index
from extract.place_context import Context
from extract.spans import SpanSet, record
from rules.fragments import CN_CHARS
from rules.wordlists import words

__all__ = ["Context", "Place", "PlaceMatch", "Gazetteer", "default_path"]

_LEVEL_RANK = {"province": 0, "prefecture": 1, "county": 2, "township": 3, "village": 4}
_UPPER = ("province", "prefecture", "county")
# A short form directly followed by one of these is part of another name
# (交城路, 交城村, 交城镇 ...), not the county itself.
_SHORT_BAD_NEXT, _TOWN_AFTER = set("县市区镇乡村街路道巷州旗盟洲"), re.compile(r"[\u4e00-\u9fff]{1,3}(?<![城农])[乡镇](?![民居职医卫县市])")
_UNIT_ENDS = set("省市县区州旗盟")
_LONGEST_NAME = 16  # characters: longer than any full name (黔西南布依族苗族自治州)


@dataclass(frozen=True)
class Place:
    name: str            # the name as listed (full name)
    code: str            # 6-digit (province/prefecture/county) or 12-digit (township/village)
    level: str           # "province" | "prefecture" | "county" | "township" | "village"
    county_code: str     # 6-digit county-level code ("" above county level)
    prefecture_code: str  # 6-digit
    province_code: str   # 6-digit
    current_code: str    # current 6-digit code of the county-level (or higher) unit this name maps to today
    current_name: str    # current standard full name of that unit (e.g. 太谷区)


UPPER = ("province", "prefecture", "county")  # the levels a figure's region may have (GUIDELINES §3)


@record
class Region:
    name: str = ""
    code: str = ""
    level: str = ""


NONE = Region()


def region_of_place(p: Place) -> Region:
    """The current county-level (or higher) unit of a place."""
    if p.level in UPPER:
        return Region(p.current_name or p.name, p.current_code or p.code, p.level)
    return NONE


_LINE_OPEN = "\n\t \u3000"  # what stands before a name that opens its line
# (also a column's name in a header of places: 尚义县   蔚  县   阳原县, after a column gap)
_SPACED_LABEL = re.compile(r"(?m)(?:^[ \t\u3000]*(?:[|｜][ \t\u3000]*)?|(?<=[ \t\u3000|｜][ \t\u3000])|(?<=\t))"
                           r"([\u4e00-\u9fff])[ \u3000]{1,4}(?:([\u4e00-\u9fff])[ \u3000]{1,3})?([县区市旗])(?=[ \t\u3000|｜]|$)")


@dataclass(frozen=True)
class PlaceMatch:
    start: int
    end: int
    text: str
    candidates: tuple[Place, ...]   # every place this surface could be, best first
    short: bool                     # matched by a short form (交城 for 交城县), or a name that is
                                    # also an ordinary word (老城区: common_nouns.txt); either is
                                    # read as the place only where its province is the page's
    in_use: tuple[bool, ...] = ()   # for each candidate: whether the name is still in use (is_current)


def default_path() -> Path:
    try:  # installed package data
        from importlib.resources import files

        p = files("rules").joinpath("gazetteer", "divisions.parquet")
        if p.is_file():
            return Path(str(p))
    except Exception:  # pragma: no cover - fallback below
        pass
    return Path(__file__).resolve().parent.parent / "rules" / "gazetteer" / "divisions.parquet"


@lru_cache(maxsize=1)
def _default_location() -> tuple[Path, str]:
    """The packaged gazetteer and its resolved path, found once: every document loads it."""
    p = default_path()
    return p, str(p.resolve())


_CACHE: dict[str, "Gazetteer"] = {}
_LOCK = threading.Lock()


# 县城 whose 城 begins 城乡 or 城镇 (蔚县城乡居民医保, 某县城镇职工): a county's name and the next word, no county seat
_NO_COUNTY_SEAT = ("城乡", "城镇")
# (18.4万城镇居民; 未来三天全县, 两个旧城区: a numeral's magnitude or time word, then a word, not 天全县)
_AFTER_A_NUMERAL, _NUMERALS = frozenset("万亿千百天日月年周个"), frozenset("0123456789０１２３４５６７８９余多" + CN_CHARS)


class Gazetteer:
    """Dictionary matcher over the gazetteer.  Use :meth:`load` (cached per process)."""

    def __init__(self, path: Path):
        path = Path(path)
        self.path = path
        self.stopwords = frozenset(words("gazetteer/stopwords.txt"))
        self.common_nouns = frozenset(words("gazetteer/common_nouns.txt"))
        self.word_ends = words("gazetteer/word_ends.txt")
        # Every process starts with this: the index is read from the cache folder (built once from
        # the data file and the word lists it depends on); the automata, a Place and a name's
        # ranked candidates are made when first asked for
        ix = load_index(path, self.stopwords)
        (self._records, valid_to, self._is_current, self._keys, self._n_full, key_start, key_rows,
         surface_keys, self._codes, code_start, code_rows, provinces) = ix
        self._valid_to = array("h", valid_to)
        self._key_start, self._key_rows = array("i", key_start), array("i", key_rows)
        self._code_start, self._code_rows = array("i", code_start), array("i", code_rows)
        self._surface_keys = array("i", surface_keys)
        self._key_of = dict(zip(self._keys, range(len(self._keys))))
        self._places: list[Place | None] = [None] * len(self._records)
        self._best: dict[str, Place] = {}
        self._provinces_with_counties = frozenset(provinces)
        self._cands: dict[int, tuple[Place, ...]] = {}
        self._cands_in_use: dict[int, tuple[bool, ...]] = {}  # beside _cands: each candidate's is_current
        self._automata = None  # (names, stop-words): made on the first find

    def _matchers(self):
        """The Aho-Corasick automata, made when first needed: looking names and codes up (a
        manifest, corrections) needs none, and a worker makes its own while the parent goes on
        (an automaton cannot be pickled, and making one takes a fraction of a second)."""
        got = self._automata
        if got is None:
            with _LOCK:
                got = self._automata
                if got is None:
                    keys, stops = self._keys, sorted(self.stopwords)
                    got = self._automata = (
                        ahocorasick_rs.AhoCorasick([keys[k] for k in self._surface_keys],
                                                   matchkind=ahocorasick_rs.MatchKind.LeftmostLongest),
                        ahocorasick_rs.AhoCorasick(stops) if stops else None)
        return got

    def _place(self, i: int) -> Place:
        p = self._places[i]
        if p is None:
            p = self._places[i] = Place(*self._records[i].split(SEP))
        return p

    def _rank(self, i: int):
        p = self._place(i)
        return (0 if self._is_current[i] else 1, -(self._valid_to[i] or 9999), _LEVEL_RANK[p.level], p.code)

    def _rows(self, key: int):
        return self._key_rows[self._key_start[key]:self._key_start[key + 1]]

    def _candidates(self, key: int) -> tuple[Place, ...]:
        """Every place a surface (its index among the names) denotes, one per unit
        (county-level-and-above grouped by the unit they denote today), best first."""
        got = self._cands.get(key)
        if got is not None:
            return got
        rank = self._rank
        groups: dict[str, int] = {}
        for i in self._rows(key):
            p = self._place(i)
            k = (p.current_code or "old:" + p.code) if p.level in _UPPER else p.code
            k = p.level[:1] + k if p.level not in _UPPER else "u" + k
            j = groups.get(k)
            if j is None or rank(i) < rank(j):
                groups[k] = i
        chosen = sorted(groups.values(), key=lambda i: (
            0 if self._places[i].level in _UPPER else 1,
            0 if self._places[i].current_code else 1,
            rank(i)))
        got = self._cands[key] = tuple(self._places[i] for i in chosen)
        self._cands_in_use[key] = tuple(bool(self._is_current[i]) for i in chosen)
        return got

    # ------------------------------------------------------------------ API
    @classmethod
    def load(cls, path: str | Path | None = None) -> "Gazetteer":
        p, key = _default_location() if path is None else (Path(path), str(Path(path).resolve()))
        g = _CACHE.get(key)
        if g is None:
            with _LOCK:
                g = _CACHE.get(key)
                if g is None:
                    g = _CACHE[key] = cls(p)
        return g

    def has_counties(self, province_code: str) -> bool:
        """Whether the gazetteer lists county-level units under a province (the special
        administrative regions and Taiwan have none)."""
        return province_code[:2] in self._provinces_with_counties

    def by_code(self, code: str) -> Place | None:
        code = str(code).strip()
        p = self._best.get(code)
        if p is None:
            at = bisect_left(self._codes, code)
            if at == len(self._codes) or self._codes[at] != code:
                return None
            rows = self._code_rows[self._code_start[at]:self._code_start[at + 1]]
            # prefer the current row, then the latest
            p = self._best[code] = self._place(min(rows, key=self._rank))
        return p

    def common_parent(self, codes: set[str]) -> Place | None:
        """The one prefecture, or province, that the places of `codes` all lie in and are not."""
        for keep, level in ((4, "prefecture"), (2, "province")):
            if len({c[:keep] for c in codes}) == 1:
                parent = self.by_code(next(iter(codes))[:keep].ljust(6, "0"))
                if parent is not None and parent.level == level and parent.code not in codes:
                    return parent
        return None

    def full_names(self) -> list[str]:
        """Every full name the gazetteer matches (with the autonomous units' short forms)."""
        return self._keys[:self._n_full]

    def lookup(self, name: str) -> tuple[Place, ...]:
        """Every place a name (full name, or a kept short form) can denote, best first."""
        name = name.strip()
        key = self._key_of.get(name)
        if key is None or (key >= self._n_full and name in self.stopwords):
            return ()
        return self._candidates(key)

    def find(self, text: str) -> list[PlaceMatch]:
        """Leftmost-longest, non-overlapping place mentions in ``text`` (offsets index ``text``)."""
        if not text:
            return []
        names, stop_words = self._matchers()
        hits = names.find_matches_as_indexes(text, overlapping=False)  # (none: a table's spaced labels may be all)
        # stop-words may overlap each other; one sorted set answers "overlaps?" and "contains?"
        # by bisection, so the cost per place hit does not grow with the page
        stops = SpanSet([h for h in stop_words.find_matches_as_indexes(text, overlapping=True)
                         if not text.startswith(_NO_COUNTY_SEAT, h[2] - 1)]  # (蔚县城乡居民: 县 and 城乡)
                        if stop_words is not None else [], key=lambda h: (h[1], h[2]))
        out: list[PlaceMatch] = []
        keys, n_full, taken = self._surface_keys, self._n_full, 0
        for idx, s, e in hits:
            if s < taken:
                continue
            if keys[idx] >= n_full and (inside := self._full_name_inside(text, s, e)):
                idx, s, e = inside  # 从江安县: 江安县, not the short form 从江 and then 安县
            key, taken = keys[idx], e
            is_short = key >= n_full
            weak = is_short or (e - s) <= 2
            if (is_short or (weak and text[e - 1] not in _UNIT_ENDS)) and e < len(text) and (text[e] in _SHORT_BAD_NEXT or (
                    _TOWN_AFTER.match(text, e) and all(p.level == "province" for p in self._candidates(key)))):  # (河北留善寺乡)
                continue  # (河北村, 山东路: a province's bare name opening a village's or a street's)
            # a stop-word containing the match blocks it; a weak match is blocked by any overlap, but for a
            # full name opening its line (丰县人大常委会关于…: no 召开 before it to make 开县 of 召开县人大)
            if stops.contains(s, e) or (weak and stops.overlaps(s, e) and (is_short or s and text[s - 1] not in _LINE_OPEN)):
                continue
            if self._starts_inside_a_word(text, s, e):
                continue
            if text[s] in _AFTER_A_NUMERAL and s > 0 and text[s - 1] in _NUMERALS:
                continue  # 18.4万城镇居民: the figure's 万, then its noun, not 万城镇
            out.append(PlaceMatch(s, e, text[s:e], self._candidates(key), is_short or text[s:e] in self.common_nouns,
                                  self._cands_in_use[key]))
        # 澧  县  708610 …, | 岷 县 | …: a one-character name spaced out to its column's width, as a row label
        spaced = [PlaceMatch(m.start(1), m.end(3), text[m.start(1):m.end(3)], self._candidates(key), False,
                             self._cands_in_use[key])
                  for m in _SPACED_LABEL.finditer(text)  # (东 宁 县: two characters spaced out to a three-character width)
                  if (key := self._key_of.get(m.group(1) + (m.group(2) or "") + m.group(3))) is not None and key < n_full]
        return sorted(out + spaced, key=lambda p: p.start) if spaced else out

    def _full_name_inside(self, text: str, s: int, e: int) -> tuple[int, int, int] | None:
        """A county's (or higher unit's) full name that starts inside a short form's match text[s:e] and runs
        past its end (a town's does not: 四川城镇居民 is 四川, not 川城镇)."""
        for idx, s2, e2 in self._matchers()[0].find_matches_as_indexes(text[s + 1:e + _LONGEST_NAME]):
            if s + 1 + s2 >= e:
                return None
            key = self._surface_keys[idx]
            if key < self._n_full and s + 1 + e2 > e and any(p.level in _UPPER for p in self._candidates(key)):
                return idx, s + 1 + s2, s + 1 + e2
        return None

    def _starts_inside_a_word(self, text: str, s: int, e: int) -> bool:
        """新增城区, 沿海城市: the match's first characters end a word of word_ends.txt begun right
        before it; the text is that word and the rest, not the place (增城区, 海城市)."""
        for w in self.word_ends:
            for k in range(1, len(w)):  # k characters of the word before the match, the rest in it
                if k <= s and s - k + len(w) <= e and text.startswith(w, s - k):
                    return True
        return False

    def context(self, codes: Iterable[str] = ()) -> "Context":
        """Codes of places in context (named nearby, on the page, the manifest's home region)
        read once into the counties, prefectures and provinces they stand for."""
        counties: set[str] = set()
        prefs: set[str] = set()
        provs: set[str] = set()
        for c in codes:
            c = str(c).strip()
            if not c:
                continue
            p = self.by_code(c)
            c6 = c[:6]
            if p is not None and p.level in ("township", "village"):
                c6 = p.current_code or p.county_code
                p = self.by_code(c6)
            if p is not None and p.current_code and p.current_code != c6:
                c6 = p.current_code  # historical code -> current unit
                p = self.by_code(c6) or p
            if c6.endswith("0000"):
                provs.add(c6)
            elif c6.endswith("00"):
                prefs.add(c6)
                provs.add(c6[:2] + "0000")
            else:
                counties.add(c6)
                prefs.add(p.prefecture_code if p is not None and p.prefecture_code else c6[:4] + "00")
                provs.add(c6[:2] + "0000")
        return Context((frozenset(counties),), (frozenset(prefs),), (frozenset(provs),), self)

    def resolve(self, match: PlaceMatch, context_codes: "Iterable[str] | Context" = ()) -> Place | None:
        """Pick the candidate that fits the context codes (places named nearby, the
        article, the manifest's home region).  A township in a county in context
        wins; a county under a prefecture in context wins; then the province.
        Returns None when still ambiguous."""
        cands = match.candidates
        if not cands:
            return None
        ctx = context_codes if isinstance(context_codes, Context) else self.context(context_codes)

        def unit_key(p: Place) -> str:
            return p.code if p.level in ("township", "village") else (p.current_code or p.code)

        def score(p: Place) -> float:
            cur = self.by_code(p.current_code) if p.current_code else None
            pref = cur.prefecture_code if cur is not None and cur.prefecture_code else p.prefecture_code
            prov = cur.province_code if cur is not None else p.province_code
            own = {p.code, p.current_code} - {""}
            sc = 0.0
            if p.level in ("township", "village"):
                if ctx.county(p.county_code) or ctx.county(p.current_code):
                    sc = 3
            elif p.level == "county":
                if any(map(ctx.county, own)):
                    sc = 3
            elif p.level == "prefecture":
                if any(map(ctx.prefecture, own)):
                    sc = 3
            elif any(map(ctx.province, own)):
                sc = 3
            if sc == 0 and p.level in ("county", "township", "village") and ctx.prefecture(pref):
                sc = 2
            if sc == 0 and ctx.province(prov):
                sc = 1
            if not p.current_code:
                sc -= 0.5
            return sc

        scored = [(score(p), i, p) for i, p in enumerate(cands)]
        top = max(s for s, _, _ in scored)
        best = [p for s, _, p in scored if s == top]
        if len({unit_key(p) for p in best}) == 1:
            return best[0]
        # a name in use today outranks the same name a unit bore before (遵义市, the prefecture, not
        # the county-level city of 1980–1996)
        current = [p for s, i, p in scored if s == top and match.in_use and match.in_use[i]]
        if current and len({unit_key(p) for p in current}) == 1:
            return current[0]
        # (海南统计年鉴, 吉林 alone, no place nearby at all: the province, which the short name names first)
        provinces = [p for p in best if p.level == "province"]
        return provinces[0] if len(provinces) == 1 and top <= 0 else None
