"""Question-and-answer blocks and account posting stamps, as explainers and official accounts lay them out:
what a figure in an answer is about is what its question asks (问：大病保险能报多少？ / 答：…报销60%)."""
from __future__ import annotations

from rules.pattern_cache import compiled

_QUESTION = compiled(r"[ \t\u3000]*(?:问|Q)[ \t]*\d{0,2}[ \t]*[:：.、]")
_ANSWER = compiled(r"[ \t\u3000]*(?:答|A)[ \t]*\d{0,2}[ \t]*[:：.、]")
_BLOCK_LINES = 8  # lines of an answer looked up over for its question
# an account's name, the day and the clock time of its posting (荣昌医保 2021年8月18日 11:30 重庆)
_STAMP = compiled(r"[^\n]{0,24}?(?:19|20)\d\d[-年/.]\d{1,2}[-月/.]\d{1,2}日?[ \t]+\d{1,2}:\d{2}")


def question_above(text: str, pos: int) -> tuple[int, int] | None:
    """The question line (问：…) over the answer whose lines run down to the line at `pos`, with no blank
    line between them; None where the line at `pos` belongs to no answer."""
    end = text.rfind("\n", 0, pos) + 1  # the start of the figure's line
    for _ in range(_BLOCK_LINES):
        if end == 0:
            return None
        start = text.rfind("\n", 0, end - 1) + 1
        line = text[start:end - 1]
        if not line.strip():
            return None
        if _QUESTION.match(line) and _ANSWER.match(text, end):
            return start, end - 1
        end = start
    return None


def is_posting_stamp(text: str, span: tuple[int, int]) -> bool:
    """A line that is an account's posting stamp, no heading of what is under it."""
    return _STAMP.match(text, *span) is not None
