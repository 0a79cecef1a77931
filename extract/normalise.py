"""A normalised copy of the raw text for matching, one code point for one.

Full-width ASCII and small form variants (﹪) → ASCII, ideographic space → space, Traditional → Simplified
character by character; anything whose conversion is not a single code point
stays as it is, so every offset into the copy indexes the raw text too.
"""
from __future__ import annotations

from functools import lru_cache

from opencc import OpenCC

_T2S = OpenCC("t2s")
_FULLWIDTH = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}
_FULLWIDTH[0x3000] = 0x20
# small form variants (﹪ ﹐ ﹑ ﹒ ﹔ ﹕ ﹖ ﹗ ﹙ ﹚ ﹣), as some typesetting systems print them
_FULLWIDTH.update({ord(a): ord(b) for a, b in zip("﹪﹐﹑﹒﹔﹕﹖﹗﹙﹚﹣", "%,、.;:?!()-")})
_CJK_START = 0x2E80


@lru_cache(maxsize=65536)
def _simplified(ch: str) -> str:
    out = _T2S.convert(ch)
    return out if len(out) == 1 else ch


def normalise(raw: str) -> str:
    text = raw.translate(_FULLWIDTH)
    if not any(ord(c) >= _CJK_START for c in text):
        return text
    out = "".join(_simplified(c) if ord(c) >= _CJK_START else c for c in text)
    assert len(out) == len(raw)  # the invariant every offset relies on
    return out
