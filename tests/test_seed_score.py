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
    ("mentions", "precision"): 0.97,
    ("mentions", "f1"): 0.97,
    ("fields", "qualifier"): 0.97,
}

pytestmark = pytest.mark.skipif(not (GOLD.exists() and GOLDSCORE.exists() and SEEDS.exists()),
                                reason="../shared gold/seeds not present")


@pytest.fixture(scope="module")
def score(tmp_path_factory):
    from extract.run import run

    out = tmp_path_factory.mktemp("seed_out")
    run([SEEDS], out)
    res = subprocess.run([sys.executable, str(GOLDSCORE), "score", str(GOLD), str(out / "mentions.parquet"),
                          "--json"], capture_output=True, text=True, check=True)
    return json.loads(res.stdout)


@pytest.mark.parametrize("section,field", list(FLOORS))
def test_score_at_or_above_floor(score, section, field):
    got = score[section][field]
    assert got >= FLOORS[(section, field)], f"{section} {field} = {got} < floor {FLOORS[(section, field)]}"
