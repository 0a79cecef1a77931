"""A whole area's livelihood programme taken together (民生工程, 民生实事, 民生支出: GUIDELINES §7
other): whether a figure counts its projects or measures its spending, whatever domain the words
around it lean to."""
from __future__ import annotations

from functools import lru_cache

from extract.classify import DocWords
from extract.domain_words import domain_weights
from extract.spans import Window, last_of, within
from rules.pattern_cache import compiled
from rules.punctuation import CLAUSE_BREAKS
from rules.wordlists import words

_MEASURE_OPENS = compiled(r"\s*(?:(?:均|分别|约)?占|(?:年均|同比|比上年|较上年)?(?:增长|下降|提高))")
_PROJECTS = ("项", "件")  # the measure words of a count of projects
_OF_THE_LISTED = compiled(r"(?<=[项件])(?:民生)?(?:工程|项目|实事)")
NAMED_REACH = 12  # characters between a figure and the livelihood name it counts (8类27项民生实事)
TITLE_REACH = 120  # characters from an article's start that hold its title, below a site's name and breadcrumb


def counts_livelihood(w: Window, words_: DocWords) -> bool:
    """Whether the figure counts or measures a whole area's livelihood programme (4项民生工程,
    民生支出占…的67.6%): the name stands in its clause with no domain word between it and the
    figure, and a name after the figure is no named class of it (3项基础教育类民生工程). A
    share or a change that opens its clause (民生支出X亿元,占…的81.3%; …,年均增长19.2%)
    measures the clause before."""
    if not words_.livelihood:
        return False  # most pages name no livelihood programme: nothing to look for per figure
    if _OF_THE_LISTED.match(words_.text, w.end) and words_.text[w.start - 1:w.start] == "等" and len(
            {domain_weights()[h.word][0] for h in within(words_.domain, w.clause[0], w.start)} - {"other"}) > 1:
        return True  # 城乡居民养老保险、农村道路畅通工程、棚户区改造等3项工程: projects of several domains together
    reach = w.clause[0]
    # (bounded by the clause: unbounded, the regex module looks for 占 through the rest of the page)
    if _MEASURE_OPENS.match(words_.text, reach, w.clause[1]) and reach > w.sentence[0]:
        reach = max(last_of(words_.text, CLAUSE_BREAKS, w.sentence[0], reach - 1) + 1, w.sentence[0])
    for h in within(words_.livelihood, reach, w.clause[1]):
        if h.end <= w.start:
            lo, hi = h.end, w.start
        elif h.start - w.end <= NAMED_REACH:
            lo, hi = w.end, h.start
            if words_.text[lo:hi].endswith("类"):
                continue
        else:
            continue
        if all(h.word in _project_words() for h in within(words_.domain, lo, hi)):
            return True  # (…民生实事共完成投资41.2亿元,占年度计划的56.9%: its investment is the programme's)
    # 今年确定的15件重点民生实事,截至9月底已完成投资7.84亿元,占年度计划的81.2%: a programme named in an
    # earlier clause of the sentence goes on as its subject, whose investment and projects are its own
    named = within(words_.livelihood, w.sentence[0], reach)
    if named:
        return not [h for h in within(words_.domain, named[-1].end, w.start) if h.word not in _project_words()]
    # 全市投入资金12.6亿元,确定的十件民生实事全部完成: a total whose clause names no topic, and the programme
    # it is spent on named in the next clause of its sentence
    later = within(words_.livelihood, w.clause[1], w.sentence[1])
    if (later and "占" not in words_.text[w.end:later[0].start]  # (…,占民生支出的比重: what it is a share of)
            and not [h for h in within(words_.domain, w.sentence[0], later[0].start) if h.word not in _project_words()]):
        return True
    # 关于2022年县政府民生实事项目推进情况的调研报告 … 十个项目进展顺利: on a page about the programme,
    # a sentence whose only topic words up to the figure's clause end are a project's (项目, 投资) speaks of its projects
    topics = within(words_.domain, w.sentence[0], w.clause[1])
    # (在有任务的31项工程中,已有27项完成: a count of projects in a sentence with no topic word at all, the same)
    if (not topics and words_.text[w.end - 1:w.end] not in _PROJECTS) or any(h.word not in _project_words() for h in topics):
        return False
    opening = (w.article[0], min(w.article[1], w.article[0] + TITLE_REACH))  # (its title, under a site's lines)
    return any(within(words_.livelihood, *span) for span in (w.headline, opening) if span)


@lru_cache(maxsize=None)
def _project_words() -> frozenset[str]:
    return frozenset(words("project_words.txt"))
