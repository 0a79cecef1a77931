"""Python values to Arrow arrays, scalars and tables, without pyarrow's pandas probe.

Given Python values, `pa.array`, `pa.scalar`, `pa.Table.from_pylist` and every compute
function first ask whether they were handed pandas objects, and import pandas to know: half
a second of a run's start, in processes that never use pandas. Strings go through pyarrow's
StringBuilder and numbers through the standard library's typed arrays instead; a value the
type cannot hold raises TypeError (or OverflowError), as `pa.array` would.
"""
from __future__ import annotations

from array import array

import pyarrow as pa
import pyarrow.compute as pc

_NONE = type(None)
# (typed-array code, the Python types a column of that Arrow type takes)
_NUMERIC = {pa.int64(): ("q", {int, _NONE}), pa.float64(): ("d", {float, int, _NONE}),
            pa.bool_(): ("b", {bool, _NONE})}


def column(values: list, arrow_type: pa.DataType) -> pa.Array:
    """`values` (None for null) as an Arrow array of `arrow_type`: string, int64, float64 or bool."""
    if arrow_type == pa.string():
        b = pa.lib.StringBuilder()
        b.append_values(values)
        return b.finish()
    if arrow_type not in _NUMERIC:
        raise TypeError(f"no conversion of Python values to Arrow {arrow_type}")
    code, allowed = _NUMERIC[arrow_type]
    kinds = set(map(type, values))
    if not kinds <= allowed:
        bad = sorted(k.__name__ for k in kinds - allowed)
        raise TypeError(f"{', '.join(bad)} values in a {arrow_type} column")
    nulls = _NONE in kinds
    data = _buffer(code, [0 if v is None else v for v in values] if nulls else values, arrow_type)
    validity = _buffer("b", [v is not None for v in values], pa.bool_()) if nulls else None
    return pa.Array.from_buffers(arrow_type, len(values), [validity, data])


def scalar(value, arrow_type: pa.DataType) -> pa.Scalar:
    """`value` as an Arrow scalar of `arrow_type` (for compute functions, which would probe too)."""
    return column([value], arrow_type)[0]


def columns_of(names: tuple[str, ...], rows: list[tuple]) -> dict[str, list]:
    """Rows of values (in the order of `names`) as columns, the form `table` and the writer take:
    one transposition, in C."""
    return dict(zip(names, map(list, zip(*rows)))) if rows else {n: [] for n in names}


def table(columns: dict[str, list], schema: pa.Schema) -> pa.Table:
    """Columns (name -> values) as a table of `schema`."""
    return pa.Table.from_arrays([column(columns[f.name], f.type) for f in schema], schema=schema)


def _buffer(code: str, values: list, arrow_type: pa.DataType) -> pa.Buffer:
    """The data buffer of an Arrow array of `arrow_type` holding `values` (no nulls among them)."""
    raw = pa.py_buffer(array(code, values))
    if arrow_type != pa.bool_():
        return raw
    # Arrow packs booleans into bits: a cast from one byte per value does the packing
    return pc.cast(pa.Array.from_buffers(pa.int8(), len(values), [None, raw]), pa.bool_()).buffers()[1]
