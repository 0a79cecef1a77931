"""The sentence a mention stands in (for evidence), by sentence-final punctuation and line ends."""
from __future__ import annotations

_ENDS = "。！？!?;；\n"
_CLOSERS = "”’』」\"')）"


def sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    s = start
    while s > 0 and text[s - 1] not in _ENDS:
        s -= 1
    e = end
    while e < len(text) and text[e] not in _ENDS:
        e += 1
    if e < len(text) and text[e] != "\n":
        e += 1
        while e < len(text) and text[e] in _CLOSERS:
            e += 1
    while s < start and text[s].isspace():
        s += 1
    return s, e
