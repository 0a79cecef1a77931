"""Word lists are data: this module only reads them (cached, once per process)."""
from __future__ import annotations

from functools import lru_cache
from importlib import resources


def _lines(name: str) -> list[list[str]]:
    text = resources.files("rules").joinpath("wordlists", name).read_text(encoding="utf-8")
    rows = []
    for line in text.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        rows.append(line.rstrip("\n").split("\t"))
    return rows


@lru_cache(maxsize=None)
def table(name: str) -> tuple[tuple[str, ...], ...]:
    """Rows of a tab-separated word list (comments and blank lines dropped)."""
    return tuple(tuple(r) for r in _lines(name))


@lru_cache(maxsize=None)
def words(name: str) -> tuple[str, ...]:
    """A one-word-per-line list, in file order."""
    return tuple(r[0].strip() for r in _lines(name))


def longest_first(items) -> list[str]:
    """Alternation order for regexes: longer words must be tried before their prefixes."""
    return sorted(set(items), key=lambda w: (-len(w), w))
