"""Ratchet: the gold score on the development pages may only go up.

Raise a floor when the rules improve; never lower one. Skipped when
../shared is absent (a user's machine).
"""
import json
import subprocess
import sys

import pytest

from tests.conftest import GOLD, GOLDSCORE, SEEDS

FLOORS = {
    ("mentions", "precision"): 0.99,
    ("mentions", "f1"): 0.99,
    ("fields", "qualifier"): 0.99,
    ("medical_facts", "f1"): 0.95,
    ("fields", "region"): 0.95,
    ("fields", "region_code"): 0.95,
    ("fields", "period"): 0.95,
    ("fields", "domain"): 0.88,
    ("fields", "program_metric"): 0.95,
}
FACTS_TABLE_F1_FLOOR = 0.95

pytestmark = pytest.mark.skipif(not (GOLD.exists() and GOLDSCORE.exists() and SEEDS.exists()),
                                reason="../shared gold/seeds not present")


@pytest.fixture(scope="module")
def seed_out(tmp_path_factory):
    from extract.run import run

    out = tmp_path_factory.mktemp("seed_out")
    run([SEEDS], out)
    return out


@pytest.fixture(scope="module")
def score(seed_out):
    res = subprocess.run([sys.executable, str(GOLDSCORE), "score", str(GOLD), str(seed_out / "mentions.parquet"),
                          "--json"], capture_output=True, text=True, check=True)
    return json.loads(res.stdout)


def test_facts_table_at_or_above_floor(seed_out):
    res = subprocess.run([sys.executable, str(GOLDSCORE), "facts", str(GOLD), str(seed_out / "facts.parquet"),
                          "--json"], capture_output=True, text=True, check=True)
    f1 = json.loads(res.stdout)["medical_facts_table"]["f1"]
    assert f1 >= FACTS_TABLE_F1_FLOOR, f"facts table F1 {f1} < {FACTS_TABLE_F1_FLOOR}"


@pytest.mark.parametrize("section,field", list(FLOORS))
def test_score_at_or_above_floor(score, section, field):
    got = score[section][field]
    assert got >= FLOORS[(section, field)], f"{section} {field} = {got} < floor {FLOORS[(section, field)]}"
