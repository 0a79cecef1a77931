"""A normalised copy of the raw text for matching, one code point for one.

Full-width ASCII and small form variants (﹪) → ASCII, ideographic and no-break spaces → space,
Traditional → Simplified character by character; anything whose conversion is not a single code
point stays as it is, so every offset into the copy indexes the raw text too. A blank written as
an HTML entity in a text dump (&nbsp;, &#12288;) becomes as many spaces as it has characters, so a
keyword and its figure meet as they would across a blank (参保率&nbsp;96.5%); other markup is the
markup exclusion's (rules/exclusions.py).
"""
from __future__ import annotations

import re

from opencc import OpenCC

_T2S = OpenCC("t2s")
_FULLWIDTH = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}
_FULLWIDTH[0x3000] = 0x20
_FULLWIDTH[0xA0] = 0x20
# small form variants (﹪ ﹐ ﹑ ﹒ ﹔ ﹕ ﹖ ﹗ ﹙ ﹚ ﹣), as some typesetting systems print them
_FULLWIDTH.update({ord(a): ord(b) for a, b in zip("﹪﹐﹑﹒﹔﹕﹖﹗﹙﹚﹣", "%,、.;:?!()-")})
_CJK_START = 0x2E80


class _Table(dict):
    """The translation table of `normalise`: the full-width forms above, and each other
    character's Simplified form, looked up once when the character is first seen (so the
    table holds only characters that occur, and `str.translate` does the rest in C)."""

    def __missing__(self, cp: int) -> int:
        out = _T2S.convert(chr(cp)) if cp >= _CJK_START else ""
        self[cp] = ord(out) if len(out) == 1 else cp
        return self[cp]


_TABLE = _Table(_FULLWIDTH)


BLANK_ENTITIES = re.compile(r"&(?:nbsp|ensp|emsp|thinsp|#160|#32|#12288|#x[aA]0|#x3000);")


def _blank(m: re.Match) -> str:
    return " " * (m.end() - m.start())


def normalise(raw: str) -> str:
    out = raw.translate(_TABLE)
    if "&" in out:  # (most pages hold none: no scan for them)
        out = BLANK_ENTITIES.sub(_blank, out)
    assert len(out) == len(raw)  # the invariant every offset relies on
    return out
