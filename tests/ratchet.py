"""One floor-checking helper for every ratchet: a gold score run through the shared yardstick
(../shared/tools/goldscore.py) and the floors it must stay at or above."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.conftest import GOLDSCORE


def require(*paths: Path) -> None:
    """Shared material must be there: a missing folder fails the test instead of skipping it."""
    missing = [str(p) for p in paths if not p.exists()]
    assert not missing, f"missing shared material (expected beside the checkout): {missing}"


def goldscore(command: str, gold: Path, table: Path) -> dict:
    """`goldscore.py score|facts GOLD TABLE --json` as a dict."""
    require(GOLDSCORE, gold, table)
    res = subprocess.run([sys.executable, str(GOLDSCORE), command, str(gold), str(table), "--json"],
                         capture_output=True, text=True, check=True)
    return json.loads(res.stdout)


def below(score: dict, floors: dict[tuple[str, str], float]) -> dict[str, float]:
    """The measures under their floor, e.g. {"fields.period": 0.81}."""
    return {f"{section}.{field}": score[section][field] for (section, field), floor in floors.items()
            if score[section][field] < floor}
