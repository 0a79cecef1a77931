"""The gazetteer's index: what matching and lookup need, made once from the data file and the
word lists it depends on, and kept in the cache folder (rules.pattern_cache) in flat values that
load in milliseconds: a record string per row (a Place's fields), the names (full names first, then
kept short forms) with their rows, which names are matched (not stopwords), and the codes, sorted,
with their rows. Lists of row numbers are arrays, as bytes.
"""
from __future__ import annotations

from array import array
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Iterable

import regex

from rules.pattern_cache import cached_data, compiled
from rules.wordlists import table as word_table, words

_COLUMNS = ["name", "short_name", "code", "level", "county_code", "prefecture_code", "province_code",
            "current_code", "current_name", "valid_to", "is_current"]
_PLACE_COLUMNS = ["name", "code", "level", "county_code", "prefecture_code", "province_code", "current_code",
                  "current_name"]  # a Place's fields, in order
SEP = "\x1f"  # between a Place's fields in the index's record of a row


_AUTONOMOUS = compiled(r"自治(州|县|旗)$")


@lru_cache(maxsize=1)
def _ethnic_names() -> regex.Pattern:
    names = sorted(words("gazetteer/ethnic_groups.txt"), key=len, reverse=True)
    return compiled("(?:" + "|".join(map(regex.escape, names)) + ")族?$")


def autonomous_short_form(name: str) -> str:
    """恩施土家族苗族自治州 → 恩施州, 长阳土家族自治县 → 长阳县: the name without its ethnic
    groups and 自治, as reports write it; "" for other names."""
    m = _AUTONOMOUS.search(name)
    if not m:
        return ""
    stem, ethnic = name[:m.start()], _ethnic_names()
    stripped = ethnic.search(stem)
    while stripped and stripped.start() > 0:
        stem = stem[:stripped.start()]
        stripped = ethnic.search(stem)
    return stem + m.group(1) if len(stem) >= 2 and stem != name[:m.start()] else ""


def _flat(groups: Iterable[list[int]]) -> tuple[bytes, bytes]:
    """Lists of row numbers as one array and where each list starts in it (one more entry)."""
    start, rows = array("i", [0]), array("i")
    for g in groups:
        rows.extend(g)
        start.append(len(rows))
    return start.tobytes(), rows.tobytes()


def _build_index(path: Path, stopwords: frozenset) -> tuple:
    import pyarrow.parquet as pq  # only when the index is built

    # ParquetFile, not read_table: the dataset layer behind read_table imports pandas
    with pq.ParquetFile(path) as f:
        table = f.read(columns=_COLUMNS)
    cols = {c: table.column(c).to_pylist() for c in _COLUMNS}
    records = [SEP.join(r) for r in zip(*(cols[c] for c in _PLACE_COLUMNS))]
    valid_to = array("h", [v or 0 for v in cols["valid_to"]]).tobytes()
    is_current = bytes(bool(v) for v in cols["is_current"])
    rows_of_code: dict[str, list[int]] = {}
    for i, c in enumerate(cols["code"]):
        rows_of_code.setdefault(c, []).append(i)
    codes = sorted(rows_of_code)
    code_start, code_rows = _flat(rows_of_code[c] for c in codes)
    provinces = sorted({p[:2] for p, lv in zip(cols["province_code"], cols["level"]) if lv == "county"})

    full: dict[str, list[int]] = {}
    short: dict[str, list[int]] = {}
    for i, (name, s) in enumerate(zip(cols["name"], cols["short_name"])):
        if len(name) >= 2:
            full.setdefault(name, []).append(i)
        if s and len(s) >= 2:
            short.setdefault(s, []).append(i)
    # 恩施州, 长阳县, 伊犁州: the everyday short form of an autonomous unit, read as its full name
    derived: dict[str, list[int]] = {}
    for i, name in enumerate(cols["name"]):
        d = autonomous_short_form(name) if "自治" in name else ""
        if d and d not in full:
            derived.setdefault(d, []).append(i)
    full.update(derived)
    # 科右前旗, 达茂旗: an everyday abbreviation no rule derives (rules/gazetteer/aliases.tsv)
    # 东乡县 for 东乡族自治县, while another province's 东乡县 is a former name; 吉林 for the province
    # and for its city: every unit an alias may name, the page decides
    targets: dict[str, list[int]] = {}
    for alias, name in word_table("gazetteer/aliases.tsv"):
        targets.setdefault(alias, []).extend(i for i in full.get(name, ()) if i not in targets.get(alias, ()))
    for alias, rows in targets.items():
        if rows and alias not in full:
            full[alias] = rows
        elif rows and not any(is_current[i] for i in full[alias]):
            full[alias] = full[alias] + [i for i in rows if i not in full[alias]]
    short = {k: v for k, v in short.items() if k not in full}
    keys = list(full) + list(short)
    key_start, key_rows = _flat([*full.values(), *short.values()])
    surface_keys = array("i", [i for i, k in enumerate(keys) if k not in stopwords]).tobytes()
    return (records, valid_to, is_current, keys, len(full), key_start, key_rows, surface_keys,
            codes, code_start, code_rows, provinces)


def _is_index(value) -> bool:
    return isinstance(value, tuple) and len(value) == 12


# what the index is made from besides the data file: a change to any of them builds it again
_INDEX_SOURCES = (resources.files("rules").joinpath("gazetteer", "stopwords.txt"),
                  resources.files("rules").joinpath("gazetteer", "ethnic_groups.txt"),
                  resources.files("rules").joinpath("gazetteer", "aliases.tsv"),
                  Path(__file__))


def load_index(path: Path, stopwords: frozenset) -> tuple:
    """The index of the data file at `path` (see the module's docstring), from the cache folder
    when an earlier process made it from the same files."""
    return cached_data("gazetteer", (path, *_INDEX_SOURCES), lambda: _build_index(path, stopwords), valid=_is_index)
