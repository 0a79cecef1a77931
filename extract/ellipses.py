"""Lists that write a shared head noun once, at their end (城镇职工基本养老、城镇职工基本医疗、失业、工伤、
生育保险参保人数分别为…): each item is the head's kind (基本养老 is 基本养老保险, the pension, not 养老 elderly
care). The words of an item are read as if the head followed it, at the item's own place in the text."""
from __future__ import annotations

from extract.spans import Hit, Sorted, Span, hits
from rules.pattern_cache import compiled

_HEAD = "保险"
# items of two to twelve characters joined by 、, the last one running into the head (…生育保险)
_LIST = compiled(r"(?:\p{Han}{2,12}、)+\p{Han}{1,12}?" + _HEAD)
_ITEM = compiled(r"\p{Han}{2,12}(?=、)")


def headless_items(text: str) -> list[Span]:
    """The items of such lists that do not name the head themselves (医疗保险、失业保险… name it in
    full), found once per page for every word list read through them."""
    if _HEAD not in text:
        return []  # most pages hold no such list: nothing to look for
    return [item.span() for m in _LIST.finditer(text) for item in _ITEM.finditer(text, m.start(), m.end())
            if _HEAD[0] not in item.group()]


def with_heads(text: str, found: list[Hit], items: list[Span], name: str) -> list[Hit]:
    """`found` (the hits of word list `name` in text) with, in each of the `items`, the words that
    item and the head make (养老 + 保险: 养老保险) in place of the item's own."""
    extra = [Hit(lo + h.start, hi, h.word) for lo, hi in items for h in hits(text[lo:hi] + _HEAD, name)
             if h.end > hi - lo]  # (a word the head completes, at the item's place)
    if not extra:
        return found
    kept = [h for h in found if not any(h.start < e.end and e.start < h.end for e in extra)]
    return Sorted(sorted(kept + extra, key=lambda h: h.start))
