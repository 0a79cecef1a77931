"""Where a patient was treated (在某市住院, 在某州人民医院做了支架手术): a place named so is where the care was
had, not whose figures a story's are."""
from __future__ import annotations

from functools import lru_cache

import regex

from rules.fragments import alternation
from rules.pattern_cache import compiled
from rules.wordlists import table


def gives_care(text: str, start: int, end: int) -> bool:
    """在某市住院, 在某市做了膝关节手术, 在某州人民医院做了支架手术, 从某市某医院出院: a place after
    在/到/从 … and before the care a patient had there (rules/wordlists/care_words.tsv) is where he
    was treated, not whose figures his are."""
    to, after, listed = _care_patterns()
    # (先后在县人民医院和广州一家医院治疗: a second place of care, listed after the first)
    return ((to.search(text, max(0, start - 2), start) is not None
             or listed.search(text, max(0, start - _LISTED_REACH), start) is not None) and after.match(text, end) is not None)


_LISTED_REACH = 16  # characters from 在 to a second place of care listed after the first


@lru_cache(maxsize=None)
def _kinds() -> dict[str, list[str]]:
    kinds: dict[str, list[str]] = {}
    for word, kind in table("care_words.tsv"):
        kinds.setdefault(kind.strip(), []).append(word)
    return kinds


@lru_cache(maxsize=None)
def story_words() -> regex.Pattern:
    """What a sentence about one person's illness, care or bill says (查出白血病, 住院, 花费…)."""
    return compiled(alternation(w for k in ("institution", "care", "illness", "bill") for w in _kinds()[k]))


@lru_cache(maxsize=None)
def _care_patterns() -> tuple[regex.Pattern, regex.Pattern, regex.Pattern]:
    kinds = _kinds()
    to, inst, act, care = (alternation(kinds[k]) for k in ("to", "institution", "act", "care"))
    # a hospital's name or a verb of having care done may stand before a longer name of the care
    # (做了膝关节置换手术); with neither, the care follows the place at once (在某市住院)
    # (到沈阳、朝阳等地的大医院看病: other places listed with it first)
    after = (rf"(?:[、和及]\p{{Han}}{{1,6}}?)*(?:等地?)?"
             rf"(?:\p{{Han}}{{0,10}}?(?:{inst})(?:{act})?\p{{Han}}{{0,8}}?|(?:{act})\p{{Han}}{{0,6}}?|\p{{Han}}{{0,2}}?)"
             rf"(?:{care})")
    return (compiled(rf"(?:{to})\s*$"), compiled(after),
            compiled(rf"(?:{to})[^，,。；;！？!?]{{1,12}}?(?:{inst})[和及、]$"))
