"""Golden tests on the project's own sample pages (data/raw), expected rows written by hand
in tests/golden/ (see tests/golden/anchor.py for how their offsets were anchored)."""
import json

import pandas as pd
import pytest

from tests.conftest import ROOT
from tests.ratchet import below, goldscore

GOLDEN = ROOT / "tests" / "golden"
# Attribution accuracy on the samples may only go up (raise a floor when it improves).
FLOORS = {
    ("mentions", "precision"): 0.99, ("mentions", "f1"): 0.99,
    ("fields", "qualifier"): 0.99, ("fields", "region_code"): 0.97, ("fields", "period"): 0.92,
    ("fields", "domain"): 0.93, ("fields", "program_metric"): 0.88, ("medical_facts", "f1"): 0.84,
}


def _load(name):
    with open(GOLDEN / name, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


@pytest.fixture(scope="module")
def mentions(sample_run):
    df = pd.read_parquet(sample_run / "mentions.parquet")
    return {(r.doc, r.start, r.end): r for r in df.itertuples()}


EXPECTED = [g for g in _load("expected_mentions.jsonl") if not g.get("optional")]
TRAPS = [t for t in _load("expected_nonmentions.jsonl") if not t.get("optional")]  # optional: debatable


@pytest.mark.parametrize("g", EXPECTED, ids=[f"{g['doc'][:3]}:{g['text']}" for g in EXPECTED])
def test_every_expected_mention_is_extracted_exactly(mentions, g):
    row = mentions.get((g["doc"], g["start"], g["end"]))
    assert row is not None, f"{g['text']!r} not extracted with span {g['start']}..{g['end']}"
    assert (row.value, row.unit, row.qualifier) == pytest.approx((g["value"], g["unit"], g["qualifier"]))


@pytest.mark.parametrize("trap", TRAPS, ids=[f"{t['doc'][:3]}:{t['text']}" for t in TRAPS])
def test_no_mention_overlaps_a_trap(mentions, trap):
    hits = [k for k in mentions if k[0] == trap["doc"] and k[1] < trap["end"] and trap["start"] < k[2]]
    assert not hits, f"{trap['text']!r} ({trap['why']}) was extracted"


def test_attribution_on_samples_at_or_above_floors(sample_run):
    low = below(goldscore("score", GOLDEN / "expected_mentions.jsonl", sample_run / "mentions.parquet"), FLOORS)
    assert not low, f"below floor: {low}"
