"""The words that point at a region without naming it (全县, 该市, 我州 …) and the scope words (全国, 境外 …),
read once from their word lists (rules/wordlists/region_refs.tsv, region_scope.tsv)."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Callable

from rules.wordlists import table


@dataclass(frozen=True)
class Ref:
    suffix: str  # the ending of the name the word points at (全州 → 州)
    level: str  # where no such name is known: county | city | prefecture | province


NO_REF = Ref("", "")


@lru_cache(maxsize=None)
def region_refs() -> dict[str, Ref]:
    return {r[0]: Ref(r[1].strip(), r[2].strip()) for r in table("region_refs.tsv")}


@lru_cache(maxsize=None)
def scope_words() -> dict[str, str]:
    return {r[0]: (r[1] if len(r) > 1 else "") for r in table("region_scope.tsv")}


def was_a_city(home, lookup: Callable[[str], tuple], suffixes: set[str]) -> bool:
    """A district that was a county-level city (兖州区, 兖州市 until 2013) on a page that never speaks of
    itself as a district (no 我区, 全区 among the reference words' `suffixes`): a page of the city's
    days, whose 我市 and 全市 are the home's, not its prefecture's. `home` is a Region, `lookup` the
    gazetteer's (every place a name can denote)."""
    if home.level != "county" or not home.name.endswith("区") or "区" in suffixes:
        return False
    return any((p.current_code or p.code) == home.code for p in lookup(home.name[:-1] + "市"))
