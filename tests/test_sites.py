"""A rule tried only at its sites, or an exclusion matched branch by branch, finds exactly what a
scan of the whole text with its pattern finds."""
from __future__ import annotations

import pytest
import regex
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from extract.scan import _exclusion_spans, rule_matches
from rules.first_chars import P
from rules.fragments import NOUN_GAP, NOUN_GAP_CHARS, REACH, qualifier_words, unit_nouns, units
from rules.registry import EXCLUSIONS, RULES
from rules.sites import Sites
from rules.wordlists import words

SITED = [r for r in RULES if r.sites is not None]
# the words the rules' contexts are made of, so that random text often holds a figure
PIECES = (list("0123456789.,%，。、：:\n \t零〇一二两三四五六七八九十百千万亿点大分之余多几/") + list(units())
          + list(qualifier_words("pre")) + list(qualifier_words("post")) + list(qualifier_words("suf"))
          + list(unit_nouns()) + list(words("money_verbs.txt")) + list(words("money_nouns.txt"))
          + list(words("people_nouns.txt")) + ["个亿", "个多亿", "和", "与", "及"]
          + ["分别", "达到", "共计", "增加到", "1" * (REACH + 3), "壹佰", "数", "上", "第", "12 ", "5 "])
TEXT = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=2)), max_size=60).map("".join)
EXAMPLES = ([e.text for r in RULES for e in r.examples] + [t for r in RULES for t in r.counter_examples]
            + [t for ex in EXCLUSIONS for t, _ in ex.examples + ex.counter_examples])


def _same(text: str) -> None:
    sites = Sites(text)
    for rule in SITED:
        anchored = [m.span() for m in rule_matches(rule, text, sites)]
        assert anchored == [m.span() for m in rule.compiled.finditer(text)], (rule.name, text)


@pytest.mark.parametrize("text", EXAMPLES)
def test_sites_find_what_a_scan_finds_in_the_examples(text):
    _same(text)


@settings(max_examples=400, deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.too_slow])
@given(TEXT)
@example("共有5 三人参加")  # in a verbose rule NUM_START's `(?<!\d )` reads as `(?<!\d)`
@example("参赛人次分别达到35万,同比")
@example("总共花了三万二,报了一半")
@example("获得约2亿信贷资金")
@example("惠及30余万群众")
@example("总投资约两个多亿元")
@example("投入3余个亿")
@example("分别提高3.6和0.9个百分点")
@example("分别为12、15万人")
@example("1" * (REACH + 5) + "人")
@example("约" + "1" * (REACH - 1) + "万人")
def test_sites_find_what_a_scan_finds(text):
    _same(text)


def test_the_noun_gap_is_no_longer_than_its_bound():
    low, high = P.parse(NOUN_GAP.replace(r"\p{Han}", "X")).getwidth()
    assert high == NOUN_GAP_CHARS


def test_sites_leave_out_positions_no_rule_can_start_at():
    text = "今年以来,全县新增就业3600余人,参保率达96.12%。"
    sites = Sites(text)
    assert text.index("3600") in sites.within_reach(("people",))
    assert text.index("3600") not in sites.within_reach(("percent",))
    assert text.index("96.12") in sites.within_reach(("percent",))
    assert not sites.after_verb() and not sites.before_magnitude("money_nouns.txt")
    assert not sites.before_magnitude("people_nouns.txt")
    assert regex.search(r"\d", text)  # the text holds figures, yet most rules are not tried


BRANCHED = [ex for ex in EXCLUSIONS if ex.branches]
ID_PIECES = list("0123456789-.号备证ICP蜀京aZ:/ \n〔〕()一两三十") + [
    "ICP备", "公网安备", "索引号", "网站标识码", "文号", "编号", "备案号", "邮编", "0833", "1380000", "400-", "13912345678",
    "第", "季度", "前", "个月", "上午", "下午", "时", "点", "分", "届", "市", "人大", "常委会", "9:30", "12"]


def _same_spans(text: str) -> None:
    for ex in BRANCHED:
        assert _exclusion_spans(ex, text, 10.0) == [m.span() for m in ex.compiled.finditer(text)], (ex.name, text)


def test_some_exclusion_is_matched_branch_by_branch():
    assert BRANCHED and all(len(ex.compiled_branches) > 1 for ex in BRANCHED)


@pytest.mark.parametrize("text", EXAMPLES)
def test_branches_find_what_a_scan_finds_in_the_examples(text):
    _same_spans(text)


@settings(max_examples=400, deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(st.sampled_from(ID_PIECES), st.text(max_size=2)), max_size=40).map("".join))
@example("编号:0833-2345678转13912345678")
@example("蜀ICP备05001234号-2 公网安备 51070302000123号")
@example("第三季度前三季度前9个月,上午9时30分召开县九届人大常委会第8次会议")
def test_branches_find_what_a_scan_finds(text):
    _same_spans(text)


def test_an_earlier_branch_wins_where_two_match():
    from rules.base import Exclusion
    branches = ("ab", r"a\w+", r"\w\w")
    ex = Exclusion(name="made_up", pattern="|".join(branches), why="", examples=(), branches=branches)
    text = "abc acd xabx abab"
    assert _exclusion_spans(ex, text, 10.0) == [m.span() for m in ex.compiled.finditer(text)]
    assert _exclusion_spans(ex, text, 10.0)[:2] == [(0, 2), (4, 7)]


def test_the_sites_of_every_rule_pickle():
    import pickle

    text = "全县新增就业3600余人,花了三万多,参保率96.12%"
    for rule in SITED:
        assert pickle.loads(pickle.dumps(rule.sites))(Sites(text)) == rule.sites(Sites(text))


def test_a_rule_tried_at_its_sites_keeps_to_the_time_limit_of_its_whole_scan():
    from extract.errors import ScanTimeout

    text = "全县新增就业3600余人," * 2000
    rule = next(r for r in SITED if r.name == "people")
    assert len(rule_matches(rule, text, Sites(text))) == 2000
    with pytest.raises(ScanTimeout):
        rule_matches(rule, text, Sites(text), timeout=0.0005)


WORDED = [ex for ex in EXCLUSIONS if ex.words]
LABEL_PIECES = [w for ex in WORDED for w in ex.words] + [w[:-1] for ex in WORDED for w in ex.words] + list("一二三十五+N1 ")


def test_some_exclusion_is_a_word_list():
    assert WORDED and all(ex.automaton is not None for ex in WORDED)


@settings(max_examples=300, deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(st.sampled_from(LABEL_PIECES), st.text(max_size=2)), max_size=40).map("".join))
def test_a_word_list_finds_what_a_scan_finds(text):
    for ex in WORDED:
        assert _exclusion_spans(ex, text, 10.0) == [m.span() for m in ex.compiled.finditer(text)], (ex.name, text)


def test_a_word_list_prefers_the_longest_word_at_the_leftmost_place():
    from rules.base import Exclusion
    from rules.fragments import alternation

    listed = ("ab", "abc", "bcd", "cd")
    ex = Exclusion(name="made_up", pattern=alternation(listed), why="", examples=(), words=listed)
    text = "abcd xbcd abab"
    assert _exclusion_spans(ex, text, 10.0) == [m.span() for m in ex.compiled.finditer(text)]
    assert _exclusion_spans(ex, text, 10.0)[:2] == [(0, 3), (6, 9)]


def test_a_branch_with_a_verbose_comment_is_refused():
    from rules.base import Exclusion

    branches = ("a  # the letter a", "b")
    with pytest.raises(ValueError):
        Exclusion(name="made_up", pattern="|".join(branches), why="", examples=(), branches=branches)
