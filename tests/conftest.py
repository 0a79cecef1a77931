import atexit
import os
import shutil
import sys
import tempfile
from pathlib import Path

import pytest

# compiled rule patterns are cached between processes (rules.pattern_cache): the tests, and
# the runs they start, use a cache of their own, empty at the start
if "MINSHENG_CACHE" not in os.environ:
    os.environ["MINSHENG_CACHE"] = tempfile.mkdtemp(prefix="minsheng-test-cache-")
    atexit.register(shutil.rmtree, os.environ["MINSHENG_CACHE"], True)

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # tests import tests.* and tools.* from the checkout
    sys.path.insert(0, str(ROOT))
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "corpus" / "seeds"
GOLD = SHARED / "gold" / "seeds.jsonl"
GOLDSCORE = SHARED / "tools" / "goldscore.py"
RAW = ROOT / "data" / "raw"


@pytest.fixture(scope="session")
def sample_run(tmp_path_factory):
    """The pipeline run once over the project's own samples in data/raw."""
    from extract.run import run

    out = tmp_path_factory.mktemp("sample_out")
    run([RAW], out)
    return out
