"""A figure alone on its line under a label alone on its own (全市基本医疗保险参保人数 / 941276人, 职工医保累计结存 /
28,116.4万元): a list of labelled values set one to a line, as a page flattened from a two-column layout leaves it. The
label says what the figure counts, as a table cell's row label does, so it is the figure's context."""
from __future__ import annotations

from extract.spans import Span
from rules.pattern_cache import compiled

_LABEL = compiled(r"[ \t\u3000]*(?:其中[:：]\s*)?(?P<label>[^\d\s,，。；;:：!！?？、()（）【】]{2,24})[ \t\u3000]*")
_BLANK = compiled(r"[ \t\u3000]*")


def label_above(text: str, start: int, end: int) -> Span | None:
    """The span of the label on the line above the figure text[start:end], if the figure is alone on its line and the
    nearest line above with text (blank lines between allowed) is a short label of words with no figure or stop."""
    lo, hi = text.rfind("\n", 0, start) + 1, text.find("\n", end)
    hi = len(text) if hi < 0 else hi
    if not (_BLANK.fullmatch(text, lo, start) and _BLANK.fullmatch(text, end, hi)) or lo == 0:
        return None
    above = lo - 1
    while above > 0:
        line = text.rfind("\n", 0, above) + 1
        if text[line:above].strip():
            m = _LABEL.fullmatch(text, line, above)
            return m.span("label") if m else None
        above = line - 1
    return None
