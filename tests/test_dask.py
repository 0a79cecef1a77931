"""The Dask engine runs the local engine's per-document function on a cluster and writes the
same tables: here a LocalCluster of two worker processes, against the local engine."""
from __future__ import annotations

import socket

import pyarrow.parquet as pq
from typer.testing import CliRunner

from extract.cli import app
from tests.conftest import RAW, SEEDS

TABLES = ("documents", "mentions", "facts", "sentences")
runner = CliRunner()


def test_a_two_worker_local_cluster_writes_the_local_engines_tables(tmp_path):
    local, dask = tmp_path / "local", tmp_path / "dask"
    inputs = [str(RAW), str(SEEDS)]
    assert runner.invoke(app, ["extract", *inputs, "--out", str(local), "--workers", "1"]).exit_code == 0
    result = runner.invoke(app, ["extract", *inputs, "--out", str(dask), "--engine", "dask", "--workers", "2",
                                 "--part-rows", "500"])
    assert result.exit_code == 0, result.output
    for t in TABLES:
        a, b = pq.read_table(local / f"{t}.parquet"), pq.read_table(dask / f"{t}.parquet")
        assert a.num_rows > 0 and a.to_pylist() == b.to_pylist(), t
    assert len(list((dask / "mentions.parquet").glob("part-*.parquet"))) > 2  # partitioned as asked


def test_a_scheduler_that_cannot_be_reached_is_one_line(tmp_path, monkeypatch):
    import extract.cluster

    monkeypatch.setattr(extract.cluster, "CONNECT_S", 2)
    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    out = tmp_path / "o"
    result = runner.invoke(app, ["extract", str(RAW), "--out", str(out), "--engine", "dask",
                                 "--scheduler", f"tcp://127.0.0.1:{port}"])
    assert result.exit_code == 2
    last = result.output.strip().splitlines()[-1]
    assert last.startswith(f"minsheng: error: cannot reach the Dask scheduler at tcp://127.0.0.1:{port} (")
    assert last.endswith("check the address, or leave out --scheduler to use this machine")
    assert not (out / "documents.parquet").exists()  # nothing published


def test_a_stopped_dask_run_leaves_the_previous_tables_and_no_process(tmp_path):
    """SIGTERM while the cluster works: exit 143, the previous set untouched, the local cluster's
    processes gone (a document is never turned into an error row by the signal). The pages keep
    two workers busy for about 15 s, well past the 8 s it waits: with six it once finished first."""
    import signal
    import subprocess
    import time

    from tests.test_runs import CLI, _children, _gone, _previous, _slow, _tables

    out, before = _previous(tmp_path)
    proc = subprocess.Popen(CLI + [str(_slow(tmp_path, files=24)), "--out", str(out), "--engine", "dask",
                                   "--workers", "2"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline and len(_children(proc.pid)) < 2:  # the cluster's processes are up
        assert proc.poll() is None, proc.communicate()
        time.sleep(0.2)
    time.sleep(8.0)  # tasks are running
    assert proc.poll() is None, "the run ended before it could be stopped"
    kids = _children(proc.pid)
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 128 + signal.SIGTERM, err
    assert err.strip().splitlines()[-1] == ("minsheng: interrupted by SIGTERM; the tables in --out are the "
                                            "previous run's, unchanged")
    assert _tables(out) == before
    assert len(list((out / ".minsheng" / "runs").iterdir())) == 1
    assert _gone(kids, 30.0), "the local cluster's processes outlived the run"
