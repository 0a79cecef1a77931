"""The words that point at a region without naming it (全县, 该市, 我州 …) and the scope words (全国, 境外 …),
read once from their word lists (rules/wordlists/region_refs.tsv, region_scope.tsv)."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

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
