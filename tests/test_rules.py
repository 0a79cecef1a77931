"""Every rule's own examples, run by one parametrised test (Duckling-style corpus)."""
import importlib
import pkgutil

import pytest

import rules
from extract.normalise import normalise
from extract.time_expressions import find_time_expressions
from extract.scan import blocked_spans, find_quantities
from rules.base import Exclusion, Rule, TimeRule, TimeSkip
from rules.registry import EXCLUSIONS, RULE_MODULES, RULES, TIME_RULES


def _defined(kind):
    found = []
    for info in pkgutil.iter_modules(rules.__path__):
        mod = importlib.import_module(f"rules.{info.name}")
        found += [(mod.__name__, name, obj) for name, obj in vars(mod).items()
                  if isinstance(obj, kind) and not name.startswith("_")]
    return found


@pytest.mark.parametrize("kind,registered", [(Rule, RULES), (Exclusion, EXCLUSIONS), (TimeRule, TIME_RULES),
                                             (TimeSkip, TIME_RULES)])
def test_every_defined_rule_is_registered(kind, registered):
    missing = [f"{m}.{n}" for m, n, obj in _defined(kind) if obj not in registered]
    assert not missing, f"defined but not registered in rules/registry.py: {missing}"


def test_rule_modules_are_listed():
    with_rules = {m for m, _, _ in _defined(Rule) + _defined(Exclusion) + _defined(TimeRule) + _defined(TimeSkip)}
    assert with_rules <= {m.__name__ for m in RULE_MODULES}


def test_rule_names_are_unique():
    names = [r.name for r in RULES] + [e.name for e in EXCLUSIONS] + [t.name for t in TIME_RULES]
    assert len(names) == len(set(names))


POSITIVE = [pytest.param(r, ex, id=f"{r.name}:{ex.surface}") for r in RULES for ex in r.examples]
NEGATIVE = [pytest.param(r, text, id=f"{r.name}:not:{text}") for r in RULES for text in r.counter_examples]


@pytest.mark.parametrize("rule,example", POSITIVE)
def test_rule_example(rule, example):
    found = find_quantities(normalise(example.text))
    hits = [f for f in found if example.text[f.start:f.end] == example.surface]
    assert hits, f"no mention {example.surface!r} in {example.text!r}; got " \
                 f"{[example.text[f.start:f.end] for f in found]}"
    f = hits[0]
    assert f.rule == rule.name, f"{example.surface!r} was found by {f.rule}, not {rule.name}"
    q = f.quantity
    assert (float(q.value), q.unit, q.qualifier) == (example.value, example.unit, example.qualifier)


@pytest.mark.parametrize("rule,text", NEGATIVE)
def test_rule_counter_example(rule, text):
    found = find_quantities(normalise(text))
    assert not found, f"expected nothing in {text!r}, got {[text[f.start:f.end] for f in found]}"


@pytest.mark.parametrize("exclusion,text,span", [
    pytest.param(e, t, s, id=f"{e.name}:{s}") for e in EXCLUSIONS for t, s in e.examples])
def test_exclusion_blocks(exclusion, text, span):
    spans = [(a, b) for a, b, name in blocked_spans(normalise(text)) if name == exclusion.name]
    assert any(text[a:b] == span for a, b in spans), f"{exclusion.name} did not block {span!r}"
    start = text.index(span)
    assert not [f for f in find_quantities(normalise(text))
                if f.start < start + len(span) and start < f.end]


@pytest.mark.parametrize("exclusion,text,surface", [
    pytest.param(e, t, s, id=f"{e.name}:keeps:{s}") for e in EXCLUSIONS for t, s in e.counter_examples])
def test_exclusion_keeps(exclusion, text, surface):
    found = [text[f.start:f.end] for f in find_quantities(normalise(text))]
    assert surface in found


TIMES = [r for r in TIME_RULES if isinstance(r, TimeRule)]
SKIPS = [r for r in TIME_RULES if isinstance(r, TimeSkip)]


@pytest.mark.parametrize("rule,example", [
    pytest.param(r, ex, id=f"{r.name}:{ex.surface}:{ex.published}") for r in TIMES for ex in r.examples])
def test_time_rule_example(rule, example):
    found = find_time_expressions(normalise(example.text), example.published)
    hits = [t for t in found if example.text[t.start:t.end] == example.surface]
    assert hits, f"no time expression {example.surface!r} in {example.text!r}; got {[t.text for t in found]}"
    t = hits[0]
    assert t.rule == rule.name, f"{example.surface!r} was found by {t.rule}, not {rule.name}"
    assert (t.kind, t.period_start, t.period_end) == example.period
    assert t.resolved == bool(example.period[2])
    if example.relative is not None:
        assert t.relative == example.relative


@pytest.mark.parametrize("rule,text", [
    pytest.param(r, text, id=f"{r.name}:not:{text}") for r in TIMES for text in r.counter_examples])
def test_time_rule_counter_example(rule, text):
    found = find_time_expressions(normalise(text), "2025-12")
    assert not found, f"expected no period in {text!r}, got {[t.text for t in found]}"


@pytest.mark.parametrize("skip,text,span", [
    pytest.param(r, t, s, id=f"{r.name}:{s}") for r in SKIPS for t, s in r.examples])
def test_time_skip_consumes(skip, text, span):
    norm = normalise(text)
    start = text.index(span)
    assert skip.compiled.search(norm) and any(
        m.start() == start and m.end() == start + len(span) for m in skip.compiled.finditer(norm, overlapped=True))
    assert not [t for t in find_time_expressions(norm, "2025-12") if t.start < start + len(span) and start < t.end]
