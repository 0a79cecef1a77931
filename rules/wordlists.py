"""Word lists are data: this module is the one place that reads them (cached, once per process).

A list is a UTF-8 text file under rules/ — one entry per line, tab-separated columns,
text after '#' a comment, blank lines ignored. Names are paths relative to
rules/wordlists/ ("units.tsv"), or to rules/ for lists kept beside other data
("gazetteer/stopwords.txt").
"""
from __future__ import annotations

from functools import lru_cache
from importlib import resources


def _lines(name: str) -> list[list[str]]:
    parts = name.split("/") if "/" in name else ["wordlists", name]
    text = resources.files("rules").joinpath(*parts).read_text(encoding="utf-8")
    rows = []
    for line in text.splitlines():
        line = line.split("#", 1)[0]
        if not line.strip():
            continue
        rows.append(line.rstrip("\n").split("\t"))
    return rows


@lru_cache(maxsize=None)
def table(name: str) -> tuple[tuple[str, ...], ...]:
    """Rows of a tab-separated word list (comments and blank lines dropped)."""
    return tuple(tuple(r) for r in _lines(name))


@lru_cache(maxsize=None)
def words(name: str) -> tuple[str, ...]:
    """The first column of a list, in file order."""
    return tuple(r[0].strip() for r in _lines(name))


def longest_first(items) -> list[str]:
    """Alternation order for regexes: longer words must be tried before their prefixes."""
    return sorted(set(items), key=lambda w: (-len(w), w))
