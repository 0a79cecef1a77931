"""Turn an isolated numeral core into an exact Decimal.

The rules isolate the core (no qualifier, no unit) before it gets here; cn2an
only ever sees a pure Chinese numeral, because it rejects phrases and its
transform() rewrites 一 inside ordinary words.
"""
from __future__ import annotations

from decimal import Decimal, InvalidOperation
from functools import lru_cache

import cn2an

from extract.errors import ParseError
from rules.wordlists import table

ARABIC_CHARS = set("0123456789.,")


@lru_cache(maxsize=None)
def magnitudes() -> dict[str, Decimal]:
    return {w: Decimal(m) for w, m in table("magnitudes.tsv")}


def numeral_value(core: str) -> Decimal:
    """'2,345.5' → 2345.5; '两千' → 2000; '百万' → 1000000; '十' → 10."""
    if not core:
        raise ParseError("empty numeral")
    if set(core) <= ARABIC_CHARS:
        try:
            return Decimal(core.replace(",", ""))
        except InvalidOperation as exc:
            raise ParseError(f"not a number: {core!r}") from exc
    bare = magnitudes().get(core)
    if bare is not None:
        return bare
    return _chinese(core)


@lru_cache(maxsize=4096)
def _chinese(core: str) -> Decimal:
    # cn2an's smart mode rejects 两 in some positions; 两 and 二 are the same digit.
    try:
        value = cn2an.cn2an(core.replace("两", "二"), "smart")
    except (ValueError, KeyError, IndexError) as exc:
        raise ParseError(f"not a Chinese numeral: {core!r}") from exc
    return Decimal(str(value))
