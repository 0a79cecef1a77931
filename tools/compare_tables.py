"""Compare the tables of two output folders:
`python tools/compare_tables.py OLD NEW [--show N] [--ignore COL,COL…]`.

Prints, per table, whether the rows are identical (the order of rows included) and, when not,
how many rows only one side has and a few of them. Exit code 1 when any table differs.
`--ignore` leaves columns out of the comparison on both sides (columns a change added,
removed or re-keyed on purpose); the columns ignored are named in the output.
Used to show that a change which should not move any output (a refactoring, a speed-up)
moves none.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pyarrow.parquet as pq


def _rows(path: Path, ignore: frozenset = frozenset()) -> list[tuple]:
    t = pq.read_table(path)
    cols = sorted(c for c in t.column_names if c not in ignore)
    data = [t.column(c).to_pylist() for c in cols]
    return cols, list(zip(*data)) if data else []


def compare(old: Path, new: Path, show: int = 5, ignore: frozenset = frozenset()) -> bool:
    same_all = True
    names = sorted({p.name for p in old.glob("*.parquet")} | {p.name for p in new.glob("*.parquet")})
    for name in names:
        a, b = old / name, new / name
        if not a.exists() or not b.exists():
            print(f"{name}: only in {'new' if not a.exists() else 'old'}")
            same_all = False
            continue
        ca, ra = _rows(a, ignore)
        cb, rb = _rows(b, ignore)
        left_out = sorted(ignore & (set(pq.read_schema(a).names) | set(pq.read_schema(b).names)))
        name = f"{name} (ignoring {', '.join(left_out)})" if left_out else name
        if ca != cb:
            print(f"{name}: columns differ: -{sorted(set(ca) - set(cb))} +{sorted(set(cb) - set(ca))}")
            same_all = False
            continue
        if ra == rb:
            print(f"{name}: identical ({len(ra)} rows)")
            continue
        same_all = False
        sa, sb = set(ra), set(rb)
        only_a, only_b = [r for r in ra if r not in sb], [r for r in rb if r not in sa]
        print(f"{name}: DIFFERENT ({len(ra)} vs {len(rb)} rows; {len(only_a)} only in old, "
              f"{len(only_b)} only in new{'; same rows, other order' if not only_a and not only_b else ''})")
        for tag, rows in (("-", only_a), ("+", only_b)):
            for r in rows[:show]:
                print(f"  {tag} " + ", ".join(f"{c}={v!r}" for c, v in zip(ca, r) if c not in ("sentence",)))
    return same_all


def main(argv: list[str]) -> int:
    if len(argv) < 3:
        print(__doc__)
        return 2
    show = int(argv[argv.index("--show") + 1]) if "--show" in argv else 5
    ignore = frozenset(argv[argv.index("--ignore") + 1].split(",")) if "--ignore" in argv else frozenset()
    return 0 if compare(Path(argv[1]), Path(argv[2]), show, ignore) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
