"""Ratchet: the gold score on the development pages may only go up.

Raise a floor when the rules improve; never lower one. The shared material
(../shared beside the checkout) must be present: a missing folder fails.
"""
import pytest

from tests.conftest import GOLD, SEEDS
from tests.ratchet import below, goldscore, require

FLOORS = {
    ("mentions", "precision"): 0.99,
    ("mentions", "f1"): 0.99,
    ("fields", "qualifier"): 0.99,
    ("medical_facts", "f1"): 0.99,
    ("fields", "region"): 0.98,
    ("fields", "region_code"): 0.98,
    ("fields", "period"): 0.97,
    ("fields", "domain"): 0.91,
    ("fields", "program_metric"): 0.99,
}
FACTS_TABLE_FLOORS = {("medical_facts_table", "f1"): 0.99}


@pytest.fixture(scope="module")
def seed_out(tmp_path_factory):
    from extract.run import run

    require(SEEDS, GOLD)
    out = tmp_path_factory.mktemp("seed_out")
    run([SEEDS], out)
    return out


def test_mentions_at_or_above_floors(seed_out):
    low = below(goldscore("score", GOLD, seed_out / "mentions.parquet"), FLOORS)
    assert not low, f"below floor: {low}"


def test_facts_table_at_or_above_floor(seed_out):
    low = below(goldscore("facts", GOLD, seed_out / "facts.parquet"), FACTS_TABLE_FLOORS)
    assert not low, f"below floor: {low}"
