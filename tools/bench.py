"""`make bench` (python tools/bench.py): speed and memory of a run, as ratios measured in this one run.

Copies of the sample pages make corpora of N and 4N documents; each is extracted in a
fresh process (so peak memory is that run's own). Printed: documents and characters per
second, how time and peak memory grow from N to 4N (linear time gives ~4, flat memory
~1), and the speed-up of two worker processes over one.
"""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "data" / "raw"

_CHILD = """
import json, resource, sys, time
from pathlib import Path
from extract.run import run
t = time.perf_counter()
s = run([Path(sys.argv[1])], Path(sys.argv[2]), workers=int(sys.argv[3]))
print(json.dumps({"seconds": time.perf_counter() - t, "docs": s.documents, "mentions": s.mentions,
                  "peak_rss_mb": max(resource.getrusage(r).ru_maxrss  # the run or its largest worker
                                     for r in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)) / 1024}))
"""


def corpus(folder: Path, copies: int) -> int:
    """`copies` copies of every sample page; returns the bytes written."""
    total = 0
    for i in range(copies):
        for p in sorted(SAMPLES.glob("*.txt")):
            shutil.copyfile(p, folder / f"{i:05d}_{p.name}")
            total += p.stat().st_size
    return total


def measure(folder: Path, workers: int = 1) -> dict:
    out = folder.parent / f"out_{folder.name}_{workers}"
    res = subprocess.run([sys.executable, "-c", _CHILD, str(folder), str(out), str(workers)],
                         capture_output=True, text=True, check=True, cwd=ROOT)
    return json.loads(res.stdout.strip().splitlines()[-1])


def long_document_ratio(copies: int = 15) -> float:
    """Time for one document 4x as long, over time for the shorter one (linear = 4)."""
    from extract.document import Decoded, DocMeta, process_document
    from extract.reading import decode

    page = decode(sorted(SAMPLES.glob("*.txt"))[0].read_bytes()).text
    process_document(Decoded(page, "utf-8", "warm"), DocMeta("warm.txt", "warm.txt"))
    seconds = []
    for n in (copies, copies * 4):
        text = (page + "\n\n") * n
        t = time.perf_counter()
        process_document(Decoded(text, "utf-8", str(n)), DocMeta("long.txt", "long.txt"))
        seconds.append(time.perf_counter() - t)
    return seconds[1] / seconds[0]


def main(copies: int = 25) -> None:
    tmp = Path(tempfile.mkdtemp(prefix="minsheng-bench-"))
    try:
        small, large = tmp / "small", tmp / "large"
        small.mkdir()
        large.mkdir()
        corpus(small, copies)
        chars = corpus(large, copies * 4)
        a, b = measure(small), measure(large)
        two = measure(large, workers=2)
        print(f"corpus: {b['docs']} documents, {chars / 1e6:.1f} M bytes; {b['mentions']} mentions")
        print(f"speed: {b['docs'] / b['seconds']:.1f} documents/s, {chars / b['seconds'] / 1e3:.0f} k bytes/s (1 worker)")
        print(f"time ratio 4N/N: {b['seconds'] / a['seconds']:.2f} (linear = 4.00)")
        print(f"peak memory 4N/N: {b['peak_rss_mb'] / a['peak_rss_mb']:.2f} "
              f"({a['peak_rss_mb']:.0f} MB -> {b['peak_rss_mb']:.0f} MB; flat = 1.00)")
        print(f"speed-up with 2 workers: {b['seconds'] / two['seconds']:.2f}x")
        print(f"one document 4x as long takes {long_document_ratio():.2f}x the time (linear = 4.00)")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 25)
