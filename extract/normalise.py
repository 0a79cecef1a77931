"""A normalised copy of the raw text for matching, one code point for one.

Full-width ASCII and small form variants (﹪) → ASCII, box-drawing characters → | and -, ideographic, no-break and thin spaces → space, a
form feed (a page break) → line end before a line's text and space elsewhere, a point that ends a sentence
(全县参保率达96%.今年…, as some pages print it) → 。 (one inside a slash denominator, 元/人.月, → ·),
Traditional → Simplified character by character; anything whose conversion is not a single code
point stays as it is, so every offset into the copy indexes the raw text too. A blank written as
an HTML entity in a text dump (&nbsp;, &#12288;) becomes as many spaces as it has characters, so a
keyword and its figure meet as they would across a blank (参保率&nbsp;96.5%); so does an HTML tag or
style block left in a page saved from the web (<p>, <td>); other entities (&#8203;) are the markup
exclusion's (rules/exclusions.py).
"""
from __future__ import annotations

import re

from opencc import OpenCC

_T2S = OpenCC("t2s")
_FULLWIDTH = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}
_FULLWIDTH[0x3000] = 0x20
_FULLWIDTH[0xA0] = 0x20
# thin and narrow no-break spaces, as typeset yearbooks group thousands with them (40 216人)
_FULLWIDTH[0x2009] = _FULLWIDTH[0x202F] = 0x20
# a form feed (pdftotext's page break) is a blank, but one that opens a page's first line right
# under a line of text is a line end, so that the line is not indented by it (a table's row would
# read as a child of the row above); after a blank line, a line end would make a box boundary
_FULLWIDTH[0x0C] = 0x20
_LONE_CR = re.compile(r"\r(?!\n)")  # a line end as old Mac files write it: \n, as every reader splits lines on
_OPENING_FEED = re.compile(r"(?:(?<=[^\r\n]\n)|(?<=[^\r\n]\r\n))\f(?=[^\r\n\f])")
# small form variants (﹪ ﹐ ﹑ ﹒ ﹔ ﹕ ﹖ ﹗ ﹙ ﹚ ﹣), as some typesetting systems print them
_FULLWIDTH.update({ord(a): ord(b) for a, b in zip("﹪﹐﹑﹒﹔﹕﹖﹗﹙﹚﹣", "%,、.;:?!()-")})
# a table drawn with box-drawing characters (┌──┬──┐, │ 参保人数 │ 41.26 │), as text from a word
# processor prints one: its rules are hyphens and its walls, corners and joints bars, so that it
# reads as a table drawn with | and - does
_BOX_RULES = "─━┄┅┈┉╌╍═╴╶╸╺╼╾"
_FULLWIDTH.update({cp: ord("-") if chr(cp) in _BOX_RULES else ord("|") for cp in range(0x2500, 0x2580)})
_CJK_START = 0x2E80
# characters the Simplified script keeps beside their converted form, in names (乾安县, 乾县): one
# character at a time the converter cannot tell them from the Traditional word (乾淨 → 干净)
_KEPT = frozenset("乾")


class _Table(dict):
    """The translation table of `normalise`: the full-width forms above, and each other
    character's Simplified form, looked up once when the character is first seen (so the
    table holds only characters that occur, and `str.translate` does the rest in C)."""

    def __missing__(self, cp: int) -> int:
        out = _T2S.convert(chr(cp)) if cp >= _CJK_START and chr(cp) not in _KEPT else ""
        self[cp] = ord(out) if len(out) == 1 else cp
        return self[cp]


_TABLE = _Table(_FULLWIDTH)


BLANK_ENTITIES = re.compile(r"&(?:nbsp|ensp|emsp|thinsp|#160|#32|#12288|#x[aA]0|#x3000);")
# HTML left in a page saved from the web (<p>, </td>, a style block) is layout: as many blanks, so
# that a row of table cells (<td>2560</td><td>13143</td>) and a paragraph (<p>…</p>) read as in a page
# without it
TAGS = re.compile(r"</?[A-Za-z][A-Za-z0-9]{0,15}(?:\s[^<>]{0,600})?/?>")
_BLOCK_OPEN = re.compile(r"<(style|script)\b[^>]{0,400}>")
_CLOSE_END = re.compile(r"\s*>")
MAX_BLOCK = 20000  # characters a style or script block may hold before its closing tag


def _blank_blocks(text: str) -> str:
    """Style and script blocks as blanks of their length. Each closing tag is looked for with
    str.find in the MAX_BLOCK characters after its opening one, never again where it was looked
    for in vain (a lazy regex retried at every opening tag of a page of unclosed ones takes time
    in the square of their number)."""
    pieces, pos, searched = [], 0, {}
    for m in _BLOCK_OPEN.finditer(text):
        if m.start() < pos:
            continue
        closing, limit = "</" + m.group(1), m.end() + MAX_BLOCK
        close = text.find(closing, max(m.end(), searched.get(closing, 0)), limit)
        if close < 0:
            searched[closing] = limit - len(closing) + 1  # no closing tag starts before this
            continue
        end = _CLOSE_END.match(text, close + len(closing))
        if end is None:  # (</stylesheet…: no closing tag; not looked at again)
            searched[closing] = close + 1
            continue
        pieces += (text[pos:m.start()], " " * (end.end() - m.start()))
        pos = end.end()
    return "".join(pieces) + text[pos:] if pieces else text


def _blank(m: re.Match) -> str:
    return " " * (m.end() - m.start())


# a point that may end a sentence: after a character or bracket (not an ASCII one), or before no
# digit or letter — decimal points (2.5) and web addresses (www.gov.cn) are passed over in C
# (元/人.月: the point that parts a denominator's two words, as 元/人·月 prints it, ends no sentence)
_DENOMINATOR_POINT = re.compile(r"(?<=/[人户])\.(?=[月年日天])")
_POINT = re.compile(r"(?<=[^\x00-\x7f])\.|(?<=[)%])\.|\.(?![0-9A-Za-z])")
_NUMERALS = frozenset("一二三四五六七八九十〇")
_CLOSERS = frozenset(")」』”%‰")
_OPENERS = frozenset("“「『(")


def _han(c: str) -> bool:
    return "\u3400" <= c <= "\u9fff" and c not in _NUMERALS


def _full_stops(text: str) -> str:
    """Points that end a sentence (参保率达96%.今年…, 死亡率3.2‰.全年…, 总参保率93.17.目前…) as 。:
    after a character, a closing bracket or a percent or per-mille sign, after a Chinese numeral that follows a character, or after a
    number that follows a character or a decimal point when a character comes next — never a
    decimal point (2.5), a list number (1. or 一. opening a line) or a web address (www.gov.cn)."""
    stops = []
    for m in _POINT.finditer(text):
        i = m.start()
        prev, nxt = text[i - 1:i], text[i + 1:i + 2]
        if nxt.isascii() and nxt.isalpha():
            continue
        if prev and (_han(prev) or prev in _CLOSERS):
            stops.append(i)
        elif prev in _NUMERALS:  # 占比近三分之二.2025年…, not 一.参保情况 opening a line
            j = i - 1
            while j >= 0 and text[j] in _NUMERALS:
                j -= 1
            if j >= 0 and _han(text[j]):
                stops.append(i)
        elif prev.isdigit() and (not nxt or _han(nxt) or nxt in _OPENERS or nxt.isspace()):
            j = i - 1
            while j >= 0 and text[j].isdigit():
                j -= 1
            if j >= 0 and (text[j] == "." or _han(text[j])):
                stops.append(i)
    if not stops:
        return text
    pieces = [text[a + 1:b] for a, b in zip([-1] + stops, stops + [len(text)])]
    return "。".join(pieces)


# a year in Chinese digits whose zero is printed as a circle or a letter or digit O/0 (二○○九年, 二O一二年,
# 二0一三年), as many pages type it: 〇, so that it reads as a year
_ZERO_LIKE = "○◯Oo0"
_ODD_ZERO_YEAR = re.compile(r"(?<![〇零一二三四五六七八九十百千万])[一二][〇零一二三四五六七八九○◯Oo0]{3}(?= ?年)")
_TO_ZERO = str.maketrans({c: "〇" for c in _ZERO_LIKE})


def _zero_years(text: str) -> str:
    return _ODD_ZERO_YEAR.sub(lambda m: m.group().translate(_TO_ZERO), text)


def normalise(raw: str) -> str:
    out = (_OPENING_FEED.sub("\n", raw) if "\f" in raw else raw).translate(_TABLE)
    if "\r" in out:
        out = _LONE_CR.sub("\n", out)
    if "&" in out:  # (most pages hold none: no scan for them)
        out = BLANK_ENTITIES.sub(_blank, out)
    if "<" in out:
        out = TAGS.sub(_blank, _blank_blocks(out))
    if "." in out:
        out = _full_stops(_DENOMINATOR_POINT.sub("·", out) if "/" in out else out)
    out = _zero_years(out)  # (one pass that starts only at 一 or 二: no cheaper test tells the pages apart)
    assert len(out) == len(raw)  # the invariant every offset relies on
    return out
