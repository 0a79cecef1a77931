"""Runs that cannot corrupt each other: a run killed (SIGKILL) or stopped (SIGTERM, SIGINT)
mid-way leaves the previous tables intact and readable and no worker behind; two runs into
one --out cannot both write; a write error is one line and exit code 2."""
from __future__ import annotations

import errno
import os
import resource
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from extract.cli import app
from tools.hostile import long_page

TABLES = ("documents", "mentions", "facts", "sentences")
CLI = [sys.executable, "-c", "from extract.cli import app; app()", "extract"]
GOOD = "\n\n本报讯 全县参保人数达41256人，参保率96.12%。\n"


def _small(tmp_path: Path) -> Path:
    src = tmp_path / "small"
    src.mkdir(parents=True)
    (src / "a.txt").write_text(GOOD, encoding="utf-8")
    return src


def _slow(tmp_path: Path, files: int = 12) -> Path:
    """Pages that keep one worker busy for many seconds."""
    src = tmp_path / "slow"
    src.mkdir()
    for i in range(files):
        (src / f"p{i:02d}.txt").write_text(long_page(120_000, seed=i), encoding="utf-8")
    return src


def _tables(out: Path) -> dict[str, bytes]:
    for t in TABLES:
        pq.read_table(out / f"{t}.parquet")  # readable, not only present
    return {t: (out / f"{t}.parquet").read_bytes() for t in TABLES}


def _previous(tmp_path: Path) -> tuple[Path, dict[str, bytes]]:
    out = tmp_path / "out"
    assert CliRunner().invoke(app, ["extract", str(_small(tmp_path)), "--out", str(out)]).exit_code == 0
    return out, _tables(out)


def _children(pid: int) -> set[int]:
    kids = set()
    for task in Path(f"/proc/{pid}/task").iterdir():
        kids |= {int(k) for k in (task / "children").read_text().split()}
    return kids


def _alive(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().split()[2] != "Z"
    except OSError:
        return False


def _start_slow(tmp_path: Path, out: Path, workers: int = 2) -> subprocess.Popen:
    proc = subprocess.Popen(CLI + [str(_slow(tmp_path)), "--out", str(out), "--workers", str(workers)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    runs = out / ".minsheng" / "runs"
    deadline = time.monotonic() + 60
    # busy: its own run folder exists and its workers have started
    while time.monotonic() < deadline and not (len(list(runs.iterdir())) > 1 and len(_children(proc.pid)) >= workers):
        assert proc.poll() is None, proc.communicate()
        time.sleep(0.1)
    time.sleep(1.0)
    assert proc.poll() is None, "the run ended before it could be interrupted"
    return proc


def _gone(pids: set[int], seconds: float = 10.0) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if not any(_alive(p) for p in pids):
            return True
        time.sleep(0.1)
    return False


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT])
def test_a_stopped_run_cleans_up_and_leaves_the_previous_tables(tmp_path, sig):
    out, before = _previous(tmp_path)
    proc = _start_slow(tmp_path, out)
    workers = _children(proc.pid)
    proc.send_signal(sig)
    _, err = proc.communicate(timeout=30)
    assert proc.returncode == 128 + sig
    assert err.strip().splitlines() == [f"minsheng: interrupted by {sig.name}; the tables in --out are "
                                        "the previous run's, unchanged"]
    assert _tables(out) == before
    assert len(list((out / ".minsheng" / "runs").iterdir())) == 1  # its run folder is gone
    assert _gone(workers)


def test_a_killed_run_leaves_the_previous_tables_and_no_worker(tmp_path):
    out, before = _previous(tmp_path)
    proc = _start_slow(tmp_path, out)
    workers = _children(proc.pid)
    assert workers
    proc.kill()
    proc.communicate(timeout=30)
    assert _tables(out) == before
    assert _gone(workers), "workers outlived their killed parent"
    # the next run sweeps the killed run's folder and takes the lock the kernel released
    assert subprocess.run(CLI + [str(_small(tmp_path / "again")), "--out", str(out)],
                          capture_output=True).returncode == 0
    assert len(list((out / ".minsheng" / "runs").iterdir())) == 1


def test_two_runs_into_one_folder_at_once(tmp_path):
    out, _ = _previous(tmp_path)
    first = _start_slow(tmp_path, out, workers=1)
    second = subprocess.run(CLI + [str(tmp_path / "small"), "--out", str(out)], capture_output=True, text=True)
    assert second.returncode == 2
    assert second.stderr.strip() == (f"minsheng: error: another minsheng run (process {first.pid}) is "
                                     f"writing into {out}; wait for it to finish, or choose another --out")
    first.send_signal(signal.SIGTERM)
    first.communicate(timeout=30)


def test_runs_into_one_folder_one_after_the_other_replace_the_set(tmp_path):
    out, before = _previous(tmp_path)
    src = tmp_path / "two"
    src.mkdir()
    (src / "b.txt").write_text(GOOD * 2, encoding="utf-8")
    assert CliRunner().invoke(app, ["extract", str(src), "--out", str(out)]).exit_code == 0
    after = _tables(out)
    assert all(after[t] != before[t] for t in ("documents", "mentions"))
    assert pq.read_table(out / "documents.parquet").column("doc").to_pylist() == ["b.txt"]
    assert len(list((out / ".minsheng" / "runs").iterdir())) == 1  # the old set is removed


def _limit_file_size():
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails with EFBIG
    resource.setrlimit(resource.RLIMIT_FSIZE, (8_000, 8_000))


def test_a_real_write_error_is_one_line_and_exit_2(tmp_path):
    out, before = _previous(tmp_path)
    src = Path(__file__).resolve().parents[1] / "data" / "raw"
    result = subprocess.run(CLI + [str(src), "--out", str(out)], capture_output=True, text=True,
                            preexec_fn=_limit_file_size)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert lines[-1].startswith(f"minsheng: error: cannot write {out}/.minsheng/runs/")
    assert lines[-1].endswith("File too large; the file is larger than this system allows; choose another --out")
    assert [x for x in lines if "Traceback" in x] == []
    assert _tables(out) == before
    assert len(list((out / ".minsheng" / "runs").iterdir())) == 1


@pytest.mark.parametrize("code,advice", [(errno.ENOSPC, "free some space or choose another --out"),
                                         (errno.EACCES, "choose a folder you can write to")])
def test_disk_full_or_no_permission_is_one_line(tmp_path, monkeypatch, code, advice):
    import extract.writer as writer

    out, before = _previous(tmp_path)

    def fail(self, table, *a, **k):
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(writer.pq.ParquetWriter, "write_table", fail)
    result = CliRunner().invoke(app, ["extract", str(tmp_path / "small"), "--out", str(out)])
    assert result.exit_code == 2
    assert result.output.strip().splitlines()[-1].endswith(f"{os.strerror(code)}; {advice}")
    assert _tables(out) == before


def test_a_signal_while_the_set_is_published_waits_until_it_is_done(tmp_path, monkeypatch):
    import extract.writer as writer
    from extract.run import run

    out, before = _previous(tmp_path)
    real = writer.OutputSet.commit

    def commit(self):
        os.kill(os.getpid(), signal.SIGTERM)  # arrives now, is handled only after publishing
        time.sleep(0.2)
        real(self)

    monkeypatch.setattr(writer.OutputSet, "commit", commit)
    src = tmp_path / "new"
    src.mkdir()
    (src / "b.txt").write_text(GOOD, encoding="utf-8")
    summary = run([src], out)  # the run had finished: it is not undone, nor reported as stopped
    assert summary.documents == 1
    after = _tables(out)
    assert after["documents"] != before["documents"]
    assert len(list((out / ".minsheng" / "runs").iterdir())) == 1
