"""The first-character look-ahead in front of each rule pattern changes where the engine
looks, never what it finds: every rule finds the same matches with it as without it."""
import pytest
import regex

from extract.normalise import normalise
from rules.first_chars import compile_rule, first_chars
from rules.registry import EXCLUSIONS, RULES, TIME_RULES
from tools.hostile import long_page, pathological

FLAGS = {**{r.name: regex.VERBOSE for r in RULES + EXCLUSIONS}, **{t.name: 0 for t in TIME_RULES}}


@pytest.fixture(scope="module")
def texts():
    examples = [e.text for r in RULES for e in r.examples] + [t for r in RULES for t in r.counter_examples]
    examples += [e.text if hasattr(e, "text") else e[0] for t in TIME_RULES for e in t.examples]
    examples += [t for e in EXCLUSIONS for t, _ in e.examples + e.counter_examples]
    hostile = [v[:20_000] for v in pathological().values()]
    return [normalise(t) for t in ["\n".join(examples), long_page(30_000, seed=3, prose=1)] + hostile]


def _found(pattern, text, overlapped):
    return [(m.span(), m.groupdict()) for m in pattern.finditer(text, overlapped=overlapped)]


@pytest.mark.parametrize("rule", RULES + EXCLUSIONS + TIME_RULES, ids=lambda r: r.name)
def test_the_look_ahead_finds_what_the_pattern_finds(rule, texts):
    plain = regex.compile(rule.pattern, FLAGS[rule.name])
    overlapped = rule in TIME_RULES  # the time finder reads every start
    for text in texts:
        assert _found(rule.compiled, text, overlapped) == _found(plain, text, overlapped)


def test_rules_that_need_it_have_a_look_ahead():
    assert all(first_chars(t.pattern) for t in TIME_RULES)
    assert first_chars(RULES[0].pattern, regex.VERBOSE)


@pytest.mark.parametrize("pattern,first", [
    (r"(?<!\d)(?:约|近)?\d+元", r"[\U00007ea6\U00008fd1\d]"),
    (r"\p{Han}{2}县", r"[\p{Han}]"),
    (r"(?P<a>x)|(?P<a>y)", r"[\U00000078\U00000079]"),  # a group name used twice (regex allows it)
    (r"a?", None),  # can match nothing
    (r".元", None),  # any character
    (r"[^元]+", None),
    (r"(?i)abc", None),
])
def test_first_chars(pattern, first):
    assert first_chars(pattern) == first
    if first is not None:
        assert compile_rule(pattern).pattern.startswith(f"(?={first})")


def _without_first_look_ahead(pattern: str) -> str:
    lines = pattern.strip("\n").splitlines()
    return "\n".join(lines[1:]) if lines[0].strip().startswith("(?=") else pattern


@pytest.mark.parametrize("rule", [r for r in RULES if r.pattern != _without_first_look_ahead(r.pattern)],
                         ids=lambda r: r.name)
def test_a_unit_within_reach_finds_what_the_pattern_finds(rule, texts):
    """The look-ahead for a unit after the number (rules.fragments.unit_within_reach) only
    spares the engine numbers that cannot be this rule's."""
    plain = regex.compile(_without_first_look_ahead(rule.pattern), regex.VERBOSE)
    for text in texts:
        assert _found(rule.compiled, text, False) == _found(plain, text, False)
