"""Question-and-answer blocks, as explainers and official accounts lay them out:
what a figure in an answer is about is what its question asks (问：大病保险能报多少？ / 答：…报销60%)."""
from __future__ import annotations

from rules.pattern_cache import compiled

_QUESTION = compiled(r"[ \t\u3000]*(?:问|Q)[ \t]*\d{0,2}[ \t]*[:：.、]")
_ANSWER = compiled(r"[ \t\u3000]*(?:答|A)[ \t]*\d{0,2}[ \t]*[:：.、]")
_BLOCK_LINES = 8  # lines of an answer looked up over for its question


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

