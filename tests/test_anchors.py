"""The anchors of a time rule: characters every match holds near its start. The look-aheads
built from them only spare the engine positions where no match can start (the time rules
find the same matches with them as without them: tests/test_first_chars.py)."""
import pytest
import regex

from rules.anchors import Anchor, anchor_look_ahead, anchors, compile_anchored, overlapped_matches, search_plan
from rules.registry import TIME_RULES


@pytest.mark.parametrize("pattern,expected", [
    (r"(?<![\d.])(?:19|20)\d{2}年", (Anchor("年", 4),)),  # digits are everywhere in a table; 年 is not
    (r"(?:今|去)年|\d{1,2}[ ]?月", (Anchor("年月", 3),)),
    (r"(?:截至|截止)\d{4}年", (Anchor("截", 0),)),  # 截 is rare enough
    (r"第[一二三四]季度", (Anchor("第", 0),)),
    (r"[自从]?\d{4}年(?=以来)", (Anchor("年", 5),)),  # a look-ahead is no part of the match
    (r"\d{4}年[^，。]{0,8}?以来", (Anchor("年", 4), Anchor("以", 13))),  # each part its own: both hold
    (r".{0,3}元", (Anchor("元", 3),)),  # any character can start it, but 元 is never far
    (r".+元", ()),
    (r"a?", ()),  # can match nothing
    (r"\d+年", ()),  # no bound on how far 年 is
    (r"\p{Han}年", ()),
    (r"(?i)ab", ()),
])
def test_anchors(pattern, expected):
    assert anchors(pattern) == expected


def test_the_anchor_look_ahead_holds_where_a_match_starts():
    la = regex.compile(anchor_look_ahead(r"(?<![\d.])(?:19|20)\d{2}[ ]?年"))
    text = "共1999人。2024 年投入"
    assert [m.start() for m in la.finditer(text)] == [7, 8, 9, 10, 11, 12]
    assert compile_anchored(r"(?<![\d.])(?:19|20)\d{2}[ ]?年").findall(text) == ["2024 年"]


def test_the_costly_time_rules_have_anchors():
    """calendar, since and open_start can start at any digit: without an anchor they are
    tried at every figure of a page."""
    by_name = {r.name: r for r in TIME_RULES}
    for name in ("calendar", "since", "open_start", "day_date"):
        found = anchors(by_name[name].pattern)
        assert any(a.reach and not regex.search(r"\d", a.chars) for a in found), name
        assert anchor_look_ahead(by_name[name].pattern) in by_name[name].compiled.pattern
    # since: a calendar word near the start, and 以来 or 至今 after it
    assert [set(a.chars) & {"年", "来", "至"} for a in anchors(by_name["since"].pattern)] == [{"年"}, {"来", "至"}]


@pytest.fixture(scope="module")
def pages():
    from extract.normalise import normalise
    from tools.hostile import long_page, pathological

    examples = "\n".join(e.text for t in TIME_RULES for e in t.examples if hasattr(e, "text"))
    # matches that start far before their 以来 or end far after their 起
    far = ("自2024 年 12 月 31 日 到 12 月 31 日工作全面铺开推进以来，共投入1.5亿元。\n"
           "自2024 年 12 月 31 日 至 12 月 31 日起，连续十二个年度补贴300元。")
    texts = [examples, far, long_page(30_000, seed=5, prose=1)] + [v[:20_000] for v in pathological().values()]
    return [normalise(t) for t in texts]


@pytest.mark.parametrize("rule", TIME_RULES, ids=lambda r: r.name)
def test_windows_before_a_far_anchor_find_every_match(rule, pages):
    for text in pages:
        whole = [(m.span(), m.groupdict()) for m in rule.compiled.finditer(text, overlapped=True) if m.end() > m.start()]
        assert [(m.span(), m.groupdict()) for m in overlapped_matches(rule.compiled, rule.pattern, text)] == whole


def test_since_and_open_start_are_searched_in_windows():
    by_name = {r.name: r for r in TIME_RULES}
    assert search_plan(by_name["since"].pattern) and search_plan(by_name["open_start"].pattern)
    assert search_plan(by_name["calendar"].pattern) is None  # its anchor is near: the look-ahead is cheaper
    text = "自2015年创办以来，" + "共投入资金1,234.5万元，" * 3 + "2018年至今，" + "x" * 50 + "今年起，"
    assert [m.group() for m in overlapped_matches(by_name["since"].compiled, by_name["since"].pattern, text)] == [
        "自2015年创办以来", "2015年创办以来", "2018年至今"]
