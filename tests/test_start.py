"""A run starts its workers before it loads what writes the tables: each worker makes its
matchers while the parent loads Arrow. What makes that possible, and what it must not change."""
from __future__ import annotations

import multiprocessing
import subprocess
import sys
import threading

import pytest

from extract.document import DocMeta, prepare, process_document
from extract.errors import OutputError
from extract.gazetteer import Gazetteer
from extract.inputs import discover
from extract.pool import Pool
from extract.reading import decode
from extract.run import run
from tests.conftest import ROOT


def _loaded_after(statement: str) -> set[str]:
    """The top-level packages a fresh interpreter holds after `statement`."""
    code = f"{statement}\nimport sys\nprint(' '.join(sorted({{m.split('.')[0] for m in sys.modules}})))"
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    return set(out.stdout.split())


def test_the_worker_side_loads_no_arrow():
    # a worker is forked before the parent imports pyarrow: if the core needed it, the parent
    # would have to load it first and the two could not overlap
    loaded = _loaded_after("import extract.pool")
    assert not loaded & {"pyarrow", "numpy", "pandas"}, sorted(loaded & {"pyarrow", "numpy", "pandas"})


def test_importing_the_run_loads_no_arrow_until_it_runs():
    loaded = _loaded_after("import extract.run")
    assert "pyarrow" not in loaded


def test_looking_places_up_needs_no_automaton_and_finding_makes_it_once():
    g = Gazetteer(Gazetteer.load().path)  # a fresh one, not the process's shared instance
    assert g.lookup("海淀区") and g.by_code("110108") is not None
    assert g._automata is None
    made = []
    threads = [threading.Thread(target=lambda: made.append(g.find("北京市海淀区和朝阳区"))) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    automata = g._automata
    assert automata is not None and g._automata is automata
    assert all(m == made[0] for m in made) and [m.text for m in made[0]] == ["北京市", "海淀区", "朝阳区"]


def test_prepare_leaves_no_trace_in_what_a_document_gives(tmp_path):
    page = tmp_path / "p.txt"
    page.write_text("2023年，全县城乡居民医保参保人数达41.2万人，参保率97.1%，同比下降0.4个百分点。\n",
                    encoding="utf-8")
    decoded = decode(page.read_bytes(), where=str(page))
    meta = DocMeta(doc="p.txt", path=str(page))
    before = process_document(decoded, meta)
    prepare()
    prepare()
    after = process_document(decoded, meta)
    assert after == before and before.mentions


def test_workers_started_ahead_serve_the_run_and_are_all_stopped(tmp_path):
    for i in range(3):
        (tmp_path / f"{i}.txt").write_text(f"全县参保人数{i + 1}万人。\n", encoding="utf-8")
    files = discover([tmp_path], None, False, exclude=tmp_path / "out").files
    pool = Pool(2, None)
    pool.start(len(files))
    started = list(pool.workers)
    assert len(started) == 2 and all(w.proc.is_alive() for w in started)
    got = list(pool.results(files[:1]))  # fewer files than workers started: the idle one is stopped too
    assert [r.document["doc"] for r in got] == ["0.txt"]
    assert pool.workers == [] and not any(w.proc.is_alive() for w in started)


def test_workers_started_but_never_used_are_stopped_by_close(tmp_path):
    pool = Pool(2, None)
    pool.start(5)
    started = list(pool.workers)
    pool.close()
    assert not any(w.proc.is_alive() for w in started)
    pool.close()  # twice is harmless


def test_a_run_that_fails_after_its_workers_started_leaves_none_behind(tmp_path, monkeypatch):
    started = []
    start = Pool.start

    def spy(self, files):
        start(self, files)
        started.extend(self.workers)

    monkeypatch.setattr(Pool, "start", spy)
    (tmp_path / "a.txt").write_text("全县参保人数3万人。\n", encoding="utf-8")
    out = tmp_path / "out"
    out.write_text("a file where the tables' folder should be", encoding="utf-8")
    with pytest.raises(OutputError):
        run([tmp_path / "a.txt"], out, workers=2)  # the workers are forked before the folder is made
    assert started and not any(w.proc.is_alive() for w in started)
    assert multiprocessing.active_children() == []


def test_the_parent_compiles_no_han_range_layout_pattern_until_a_page_is_laid_out():
    code = ("import extract.run\nfrom extract.segment import furniture, lines, shapes\n"
            "lazy = [v for m in (lines, furniture) for v in vars(m).values() if isinstance(v, shapes.Lazy)]\n"
            "print(len(lazy), sum('_compiled' in vars(p) for p in lazy), lines._TAG_END.search('好。（完）').group(1),"
            " sum('_compiled' in vars(p) for p in lazy))")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["11", "0", "（完）", "1"]
