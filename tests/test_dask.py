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
