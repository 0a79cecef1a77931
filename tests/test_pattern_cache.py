"""Compiled rule patterns and data derived from files (the gazetteer's index) kept between processes:
a second process compiles nothing and gets the same patterns; derived data follow the bytes of their
files; a damaged or unwritable cache costs only the compiling."""
from __future__ import annotations

import json
import marshal
import os
import pickle
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


def test_pattern_files_of_other_versions_are_removed_when_a_new_one_is_written(tmp_path):
    stale = tmp_path / "patterns-0000000000000000.pickle"  # as an earlier version would have left it
    stale.write_bytes(b"old")
    _probe(tmp_path)
    assert not stale.exists() and len(list(tmp_path.glob("patterns-*.pickle"))) == 1


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


# ---------------------------------------------------------------- data derived from files

def _counting_build(calls):
    def build():
        calls.append(1)
        return ("made", [1, 2, 3], b"\x00\x01")
    return build


def _valid(value):
    return isinstance(value, tuple) and len(value) == 3


def test_derived_data_are_built_once_for_the_same_bytes_and_again_after_an_edit(tmp_path, monkeypatch):
    from rules.pattern_cache import cached_data

    monkeypatch.setenv("MINSHENG_CACHE", str(tmp_path / "cache"))
    source = tmp_path / "list.txt"
    source.write_text("甲\n乙\n", encoding="utf-8")
    calls: list = []
    first = cached_data("probe", (source,), _counting_build(calls), _valid)
    again = cached_data("probe", (source,), _counting_build(calls), _valid)
    assert first == again == ("made", [1, 2, 3], b"\x00\x01") and len(calls) == 1
    (before,) = (tmp_path / "cache").glob("probe-*.marshal")
    source.write_text("甲\n乙\n丙\n", encoding="utf-8")  # edited: built again, under another name
    cached_data("probe", (source,), _counting_build(calls), _valid)
    (after,) = (tmp_path / "cache").glob("probe-*.marshal")  # the superseded file is gone
    assert len(calls) == 2 and after != before


def test_damaged_or_unusable_derived_data_are_built_again(tmp_path, monkeypatch):
    from rules.pattern_cache import cached_data

    monkeypatch.setenv("MINSHENG_CACHE", str(tmp_path / "cache"))
    source = tmp_path / "list.txt"
    source.write_text("甲\n", encoding="utf-8")
    calls: list = []
    cached_data("probe", (source,), _counting_build(calls), _valid)
    (stored,) = (tmp_path / "cache").glob("probe-*.marshal")
    for damage in (b"\xff\x00 not marshal", marshal.dumps(("a tuple", "of two"))):
        stored.write_bytes(damage)
        assert cached_data("probe", (source,), _counting_build(calls), _valid) == ("made", [1, 2, 3], b"\x00\x01")
    assert len(calls) == 3
    assert cached_data("probe", (source,), _counting_build(calls), _valid) and len(calls) == 3  # rewritten whole


def test_derived_data_under_an_unwritable_cache_folder_are_still_made(tmp_path, monkeypatch):
    from rules.pattern_cache import cached_data

    blocker = tmp_path / "a file"
    blocker.write_text("")
    monkeypatch.setenv("MINSHENG_CACHE", str(blocker / "cache"))
    calls: list = []
    assert cached_data("probe", (blocker,), _counting_build(calls), _valid)[0] == "made"
    assert cached_data("probe", (blocker,), _counting_build(calls), _valid)[0] == "made" and len(calls) == 2


GAZETTEER_PROBE = """
import json
from extract.gazetteer import Gazetteer
g = Gazetteer.load()
text = "山西省吕梁市交城县夏家营镇 恩施州 长阳县 北京市朝阳区 交城路 中山 鼓楼区"
found = [[m.start, m.end, m.short, [p.code for p in m.candidates]] for m in g.find(text)]
names = g.full_names()
looked = {n: [p.code for p in g.lookup(n)] for n in names[::97] + ["交城", "鼓楼区", "不是地名"]}
coded = {c: (g.by_code(c).name if g.by_code(c) else None) for c in ["140000", "141122", "140703", "999999"]}
print(json.dumps({"found": found, "n_names": len(names), "looked": looked, "coded": coded}, ensure_ascii=False))
"""


def test_a_process_with_the_gazetteer_index_cached_finds_what_one_that_built_it_finds(tmp_path):
    env = {**os.environ, "MINSHENG_CACHE": str(tmp_path)}

    def probe():
        res = subprocess.run([sys.executable, "-c", GAZETTEER_PROBE], capture_output=True, text=True, cwd=ROOT,
                             env=env, timeout=120)
        assert res.returncode == 0, res.stderr
        return json.loads(res.stdout.strip().splitlines()[-1])

    built = probe()
    (index,) = tmp_path.glob("gazetteer-*.marshal")
    stamp = index.stat().st_mtime_ns
    cached = probe()
    assert index.stat().st_mtime_ns == stamp  # read, not written again
    assert cached == built
    assert built["found"] and built["n_names"] > 1000 and built["coded"]["141122"] == "交城县"
    assert built["coded"]["999999"] is None and built["looked"]["不是地名"] == []


# ---------------------------------------------------------------- what a run's workers compile

RUN = """
import sys
from pathlib import Path
from extract.run import run
run([Path(sys.argv[1])], Path(sys.argv[2]), workers=1)
"""

# After imports: every compile the project's code asks for on a page (regex through the cache, or
# `re`), counted (not those of a library it loads on first use)
COMPILES_PROBE = """
import json, re, sys
from pathlib import Path
import regex
import extract.document as core
from extract.inputs import discover
from extract.pool import read_one
ours = (str(Path("extract").resolve()), str(Path("rules").resolve()))
counts = {"regex": 0, "re": 0}
real_regex, real_re = regex.compile, re.compile
def counting(name, real):
    def compile(*args, **kwargs):
        counts[name] += sys._getframe(1).f_code.co_filename.startswith(ours)
        return real(*args, **kwargs)
    return compile
regex.compile, re.compile = counting("regex", real_regex), counting("re", real_re)
core.prepare()
for f in discover([Path(sys.argv[1])], None, False).files:
    read_one(f)
print(json.dumps(counts))
"""


def _python(code, *args, cache, seed="0"):
    env = {**os.environ, "MINSHENG_CACHE": str(cache), "PYTHONHASHSEED": seed}
    res = subprocess.run([sys.executable, "-c", code, *map(str, args)], capture_output=True, text=True, cwd=ROOT,
                         env=env, timeout=600)
    assert res.returncode == 0, res.stderr
    return res.stdout


def test_the_patterns_a_runs_workers_compile_are_kept_for_the_next_process(tmp_path):
    # the core compiles many patterns on first use, in the workers (the parent lays out no page):
    # the workers store them, so the next process compiles none of them on the same pages
    pages = ROOT / "data" / "raw"
    _python(RUN, pages, tmp_path / "out", cache=tmp_path / "cache")
    counts = json.loads(_python(COMPILES_PROBE, pages, cache=tmp_path / "cache").strip().splitlines()[-1])
    assert counts == {"regex": 0, "re": 0}


def test_pattern_texts_do_not_depend_on_the_hash_seed(tmp_path):
    # a pattern spelled from a set in the set's order would be a new entry in every process
    # (its words ordered by the seed), and the cache would grow with every run
    pages = ROOT / "data" / "raw"
    _python(RUN, pages, tmp_path / "a", cache=tmp_path / "cache", seed="1")
    (cache_file,) = (tmp_path / "cache").glob("patterns-*.pickle")
    with open(cache_file, "rb") as fh:
        first = set(pickle.load(fh))
    _python(RUN, pages, tmp_path / "b", cache=tmp_path / "cache", seed="2")
    with open(cache_file, "rb") as fh:
        assert set(pickle.load(fh)) == first
