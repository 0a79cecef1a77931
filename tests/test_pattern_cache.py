"""Compiled rule patterns kept between processes: a second process compiles nothing and gets
the same patterns; a damaged or unwritable cache costs only the compiling."""
from __future__ import annotations

import json
import os
import subprocess
import sys

from tests.conftest import ROOT

PROBE = """
import json
from rules.pattern_cache import CACHE
from rules.registry import RULES, TIME_RULES
pats = [(r.compiled.pattern, int(r.compiled.flags)) for r in list(RULES) + list(TIME_RULES)]
print(json.dumps({"compiled_here": CACHE.added, "n_cached": len(CACHE.entries), "patterns": pats}))
"""


def _probe(cache, extra_env=None):
    env = {**os.environ, "MINSHENG_CACHE": str(cache), **(extra_env or {})}
    res = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, cwd=ROOT, env=env,
                         timeout=120)
    assert res.returncode == 0, res.stderr
    return json.loads(res.stdout.strip().splitlines()[-1])


def test_a_second_process_takes_the_compiled_patterns_from_the_cache(tmp_path):
    first = _probe(tmp_path)
    assert first["compiled_here"] and first["n_cached"] > 20
    files = list(tmp_path.glob("patterns-*.pickle"))
    assert len(files) == 1
    second = _probe(tmp_path)
    assert not second["compiled_here"]  # nothing compiled: all came from the file
    assert second["patterns"] == first["patterns"]


def test_a_damaged_cache_is_compiled_afresh_and_replaced(tmp_path):
    _probe(tmp_path)
    (cache_file,) = tmp_path.glob("patterns-*.pickle")
    cache_file.write_bytes(b"not a pickle")
    again = _probe(tmp_path)
    assert again["compiled_here"] and again["n_cached"] > 20
    assert not _probe(tmp_path)["compiled_here"]


def test_an_unwritable_cache_folder_costs_only_the_compiling(tmp_path):
    blocker = tmp_path / "a file"
    blocker.write_text("")
    got = _probe(blocker / "cache")  # a folder under a file can never be made
    assert got["compiled_here"] and got["patterns"]
