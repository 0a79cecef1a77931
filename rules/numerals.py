"""Turn an isolated numeral core into an exact Decimal.

The rules isolate the core (no qualifier, no unit) before it gets here; cn2an
only ever sees a pure Chinese numeral, because it rejects phrases and its
transform() rewrites 一 inside ordinary words.
"""
from __future__ import annotations

from decimal import Decimal, InvalidOperation
from functools import lru_cache

import regex

from rules.wordlists import table

ARABIC_CHARS = set("0123456789., ")  # (a blank groups thousands as a comma does: 40 216)
# No statistic is written with more characters than this (1,234,567,890,123.45 has 20); a
# longer run of digits is an identifier or garbage, and is dropped before it is converted.
MAX_NUMERAL_CHARS = 32


class NumeralError(ValueError):
    """A numeral core that is not a number; the parser drops the span, never the file."""


@lru_cache(maxsize=None)
def magnitudes() -> dict[str, Decimal]:
    return {w: Decimal(m) for w, m in table("magnitudes.tsv")}


def numeral_value(core: str) -> Decimal:
    """'2,345.5' → 2345.5; '两千' → 2000; '百万' → 1000000; '十' → 10."""
    if not core:
        raise NumeralError("empty numeral")
    if len(core) > MAX_NUMERAL_CHARS:
        raise NumeralError(f"a numeral of {len(core)} characters is not a statistic")
    if set(core) <= ARABIC_CHARS:
        try:
            return Decimal(core.replace(",", "").replace(" ", ""))
        except InvalidOperation as exc:
            raise NumeralError(f"not a number: {core!r}") from exc
    bare = magnitudes().get(core)
    if bare is not None:
        return bare
    return _chinese(rough_pair(core) or core)


_NEXT_DOWN = {"万": "千", "千": "百", "百": "十"}
_DIGIT_VALUE = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_PAIR = regex.compile(r"(?P<head>(?:.*[十百千万亿])?)(?P<a>[一两二三四五六七八])(?P<b>[二三四五六七八九])(?P<mag>[十百千万亿]*)")


def rough_pair(core: str) -> str | None:
    """七八, 两三, 三四百, 五六万, 十七八, 一千二三百: two neighbouring digits saying 'about so many'
    (spoken Chinese), as the numeral with the lower one alone (七, 两, 三百, 五万, 十七, 一千二百);
    None for any other numeral."""
    m = _PAIR.fullmatch(core)
    if m is None or _DIGIT_VALUE[m.group("b")] != _DIGIT_VALUE[m.group("a")] + 1:
        return None
    return m.group("head") + m.group("a") + m.group("mag")


_DIGITS = set("一二两三四五六七八九")


@lru_cache(maxsize=4096)
def _chinese(core: str) -> Decimal:
    # Spoken shorthand: 三万二 is 三万二千, 两千五 is 两千五百, 一百二 is 一百二十.
    if len(core) >= 3 and core[-1] in _DIGITS and core[-2] in _NEXT_DOWN:
        core += _NEXT_DOWN[core[-2]]
    import cn2an  # on first use: its import takes half a second, which a page without Chinese numerals never needs

    # cn2an's smart mode rejects 两 in some positions; 两 and 二 are the same digit.
    try:
        value = cn2an.cn2an(core.replace("两", "二"), "smart")
    except (ValueError, KeyError, IndexError) as exc:
        raise NumeralError(f"not a Chinese numeral: {core!r}") from exc
    return Decimal(str(value))
