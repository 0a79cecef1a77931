"""Arrow columns built from Python values equal pyarrow's own conversion, refuse what it
refuses, and a run's processes never import pandas (pyarrow's probe for it costs half a
second of every start)."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pyarrow as pa
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extract.arrow_columns import column, scalar, table

ROOT = Path(__file__).resolve().parents[1]
KINDS = {pa.string(): st.text(), pa.int64(): st.integers(-2**63, 2**63 - 1),
         pa.float64(): st.floats(allow_nan=False) | st.integers(-2**53, 2**53), pa.bool_(): st.booleans()}


@pytest.mark.parametrize("type", list(KINDS), ids=str)
@settings(deadline=None, derandomize=True, database=None)  # (as the fuzz tests: no timing, the same examples each run)
@given(data=st.data())
def test_column_equals_pyarrows_conversion(type, data):
    values = data.draw(st.lists(st.none() | KINDS[type], max_size=40))
    got = column(values, type)
    got.validate(full=True)
    assert got.equals(pa.array(values, type=type))
    assert got.null_count == values.count(None)


@pytest.mark.parametrize("type, values", [
    (pa.int64(), [1, True]), (pa.int64(), [1, 2.5]), (pa.int64(), ["3"]), (pa.float64(), ["1.5"]),
    (pa.bool_(), [1]), (pa.string(), ["a", 3]), (pa.date32(), [None])])
def test_column_refuses_a_value_its_type_cannot_hold(type, values):
    with pytest.raises(TypeError):
        column(values, type)


def test_an_integer_too_large_for_int64_is_refused():
    with pytest.raises(OverflowError):
        column([2**63], pa.int64())


def test_scalar_and_table():
    assert scalar(None, pa.string()).as_py() is None and scalar(7, pa.int64()).as_py() == 7
    schema = pa.schema([("a", pa.string()), ("b", pa.int64())])
    t = table({"a": ["x", None], "b": [1, None]}, schema)
    assert t.schema == schema and t.to_pylist() == [{"a": "x", "b": 1}, {"a": None, "b": None}]


def test_a_run_never_imports_pandas(tmp_path):
    """The CLI's extract, fresh and re-run (documents reused), on the sample pages."""
    out = tmp_path / "out"
    probe = (
        "import sys\n"
        "from extract.cli import app\n"
        f"for extra in (['--force'], []):\n"
        f"    try:\n"
        f"        app([ 'extract', {str(ROOT / 'data' / 'raw')!r}, '--out', {str(out)!r}, '--workers', '2'] + extra)\n"
        f"    except SystemExit as e:\n"
        f"        assert not e.code, e.code\n"
        "print('pandas' in sys.modules)\n")
    res = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert res.returncode == 0, res.stderr
    assert res.stdout.strip().splitlines()[-1] == "False"
    assert (out / "facts.parquet").exists()
