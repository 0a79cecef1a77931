"""`make torture` (python tools/torture.py [NAME…]): every hostile case of issue 8 in one go.

Each case generates its bad inputs in a temporary folder (nothing is checked in), runs the
CLI in a fresh process and checks what a user would see. Printed: case, status, seconds and
peak memory (the largest process of the run: the CLI or one of its workers). Exit code 1
when any case does not end as expected.
"""
from __future__ import annotations

import os
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tools.hostile import long_page, pathological  # noqa: E402

CLI = [sys.executable, "-c", "from extract.cli import app; app()"]
EXTRACT = CLI + ["extract"]
GOOD = "\n\n本报讯 全县参保人数达41256人，参保率96.12%。\n"
HEADER = "file,home_region,home_region_code,published\n"


@dataclass
class Ran:
    code: int
    out: str
    err: str
    seconds: float
    peak_mb: float

    def last(self) -> str:
        lines = (self.err or self.out).strip().splitlines()
        return lines[-1] if lines else ""


def cli(args: list[str], tmp: Path, preexec=None, then=None) -> Ran:
    """Run the CLI; `then(proc)` may act on it while it runs (send a signal …)."""
    out, err = tmp / "stdout", tmp / "stderr"
    t = time.monotonic()
    with open(out, "w") as o, open(err, "w") as e:
        command = CLI if args[:1] == ["--version"] else EXTRACT
        proc = subprocess.Popen(command + args, stdout=o, stderr=e, text=True, preexec_fn=preexec)
        watch = _Peak(proc.pid)
        watch.start()
        if then is not None:
            then(proc)
        _, status = os.waitpid(proc.pid, 0)
        watch.stop()
    seconds = time.monotonic() - t
    proc.returncode = os.waitstatus_to_exitcode(status)
    return Ran(proc.returncode, out.read_text(), err.read_text(), seconds, watch.peak_kb / 1024)


class _Peak(threading.Thread):
    """The largest resident set of the run's processes (the CLI and its workers), read from
    /proc while they run: rusage would also count this process, which fork()ed them."""

    def __init__(self, pid: int):
        super().__init__(daemon=True)
        self.pid, self.peak_kb, self._done = pid, 0, threading.Event()

    def run(self) -> None:
        while not self._done.is_set():
            for pid in self._tree(self.pid):
                try:
                    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                        if line.startswith("VmHWM:"):
                            self.peak_kb = max(self.peak_kb, int(line.split()[1]))
                except OSError:
                    pass
            self._done.wait(0.05)

    def _tree(self, pid: int) -> list[int]:
        found = [pid]
        try:
            for task in Path(f"/proc/{pid}/task").iterdir():
                for child in (task / "children").read_text().split():
                    found += self._tree(int(child))
        except OSError:
            pass
        return found

    def stop(self) -> None:
        self._done.set()
        self.join()


def tables(out: Path) -> dict[str, bytes]:
    import pyarrow.parquet as pq

    found = {}
    for t in ("documents", "mentions", "facts", "sentences"):
        pq.read_table(out / f"{t}.parquet")
        found[t] = (out / f"{t}.parquet").read_bytes()
    return found


def documents(out: Path):
    import pandas as pd

    return pd.read_parquet(out / "documents.parquet")


def folder(tmp: Path, name: str, files: dict[str, str | bytes]) -> Path:
    d = tmp / name
    for rel, content in files.items():
        (d / rel).parent.mkdir(parents=True, exist_ok=True)
        (d / rel).write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    return d


# ---------------------------------------------------------------- bounded work

def one_page(text: str, *extra: str):
    def case(tmp: Path):
        src = folder(tmp, "in", {"page.txt": text})
        r = cli([str(src), "--out", str(tmp / "out"), *extra], tmp)
        if r.code != 0:
            return r, False, f"exit {r.code}: {r.last()}"
        d = documents(tmp / "out").iloc[0]
        if d["status"] != "ok":
            return r, False, f"error row: {d['error'][:60]}"
        return r, True, f"ok, {d['n_mentions']} mentions in {d['n_chars']:,} characters"
    return case


def page_over_budget(tmp: Path):
    src = folder(tmp, "in", {"page.txt": long_page(7_000_000, seed=5, prose=2)})
    r = cli([str(src), "--out", str(tmp / "out"), "--budget", "20"], tmp)
    d = documents(tmp / "out").iloc[0] if r.code == 0 else None
    ok = d is not None and d["status"] == "error" and "ran past the time budget of 20 s" in d["error"]
    return r, ok, f"error row: {d['error'].split(': ', 1)[1][:60]}" if d is not None else r.last()


def page_too_large(tmp: Path):
    src = folder(tmp, "in", {"page.txt": ("全县参保1万人。" * 2_000_000)})
    r = cli([str(src), "--out", str(tmp / "out")], tmp)
    d = documents(tmp / "out").iloc[0]
    return r, d["status"] == "error" and "split it" in d["error"], f"error row: {d['error'].split(': ', 1)[1][:60]}"


def ascii_pages(tmp: Path):
    page = pathological()["ascii_punctuated"]
    src = folder(tmp, "in", {f"p{i}.txt": page for i in range(6)})
    r = cli([str(src), "--out", str(tmp / "out"), "--workers", "2"], tmp)
    import pandas as pd

    s = pd.read_parquet(tmp / "out" / "sentences.parquet")["sentence"].str.len()
    return r, r.code == 0 and s.max() <= 1000, f"ok, longest sentence {s.max()} characters"


# ---------------------------------------------------------------- runs

def _previous(tmp: Path) -> tuple[Path, dict[str, bytes]]:
    out = tmp / "out"
    subprocess.run(EXTRACT + [str(folder(tmp, "small", {"a.txt": GOOD})), "--out", str(out)],
                   check=True, capture_output=True)
    return out, tables(out)


def _slow(tmp: Path) -> Path:
    return folder(tmp, "slow", {f"p{i}.txt": long_page(120_000, seed=i) for i in range(12)})


def _when_busy(out: Path, then):
    def wait(proc):
        runs = out / ".minsheng" / "runs"
        while proc.poll() is None and len(list(runs.iterdir())) < 2:
            time.sleep(0.1)
        time.sleep(3.0)  # workers started and busy
        then(proc)
    return wait


def interrupted(sig: signal.Signals):
    def case(tmp: Path):
        out, before = _previous(tmp)
        r = cli([str(_slow(tmp)), "--out", str(out), "--workers", "2"], tmp,
                then=_when_busy(out, lambda p: p.send_signal(sig)))
        left = len(list((out / ".minsheng" / "runs").iterdir()))
        ok = tables(out) == before and (sig == signal.SIGKILL or (r.code == 128 + sig and left == 1))
        return r, ok, (f"killed; previous tables intact" if sig == signal.SIGKILL
                       else f"exit {r.code}; previous tables intact, {left} run folder")
    return case


def two_runs(tmp: Path):
    out, _ = _previous(tmp)
    second: list[Ran] = []

    def start_second(proc):
        second.append(cli([str(tmp / "small"), "--out", str(out)], tmp / "small"))
        proc.send_signal(signal.SIGTERM)

    cli([str(_slow(tmp)), "--out", str(out), "--workers", "1"], tmp, then=_when_busy(out, start_second))
    r = second[0]
    return r, r.code == 2 and "another minsheng run" in r.last(), f"second: exit {r.code}: {r.last()[17:70]}"


def write_error(tmp: Path):
    out, before = _previous(tmp)

    def limit():
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (8_000, 8_000))

    r = cli([str(ROOT / "data" / "raw"), "--out", str(out)], tmp, preexec=limit)
    ok = r.code == 2 and "File too large" in r.last() and "Traceback" not in r.err and tables(out) == before
    return r, ok, f"exit {r.code}: {r.last()[17:40]}…{r.last()[-40:]}"


def out_is_a_file(tmp: Path):
    (tmp / "blocker").write_text("x")
    r = cli([str(folder(tmp, "in", {"a.txt": GOOD})), "--out", str(tmp / "blocker" / "out")], tmp)
    return r, r.code == 2 and "cannot create output folder" in r.last(), f"exit {r.code}: {r.last()[17:75]}"


# ---------------------------------------------------------------- inputs and encodings

def odd_inputs(tmp: Path):
    src = folder(tmp, "in", {
        "a.txt": GOOD, "copy/a.txt": GOOD, "notes.md": "x", "photo.jpg": b"\xff\xd8",
        "binary.txt": bytes(range(256)) * 40,
        "big5.txt": ("臺灣的醫療保險制度與長期照護服務。" * 40).encode("big5"),
        "utf16.txt": GOOD.encode("utf-16-le"),
        "damaged.txt": GOOD.encode("utf-8")[:12] + b"\xff" + GOOD.encode("utf-8")[12:],
        "elsewhere/x.txt": GOOD})
    (src / "linked").symlink_to(src / "elsewhere", target_is_directory=True)
    (src / "loop").symlink_to(src, target_is_directory=True)
    (src / "gone.txt").symlink_to(tmp / "nowhere.txt")
    os.mkfifo(src / "pipe.txt")
    r = cli([str(src), "--out", str(tmp / "out")], tmp)
    d = documents(tmp / "out").set_index("doc")
    warnings = [x for x in r.err.splitlines() if x.startswith("minsheng: warning:")]
    ok = (r.code == 0 and set(d.index[d["status"] == "error"]) == {"binary.txt", "big5.txt", "gone.txt", "pipe.txt"}
          and d.loc["utf16.txt", "encoding"] == "utf-16-le" and "U+FFFD" in d.loc["damaged.txt", "note"]
          and d["doc_id"].is_unique and d.loc["a.txt", "content_hash"] == d.loc["copy/a.txt", "content_hash"]
          and len(warnings) == 3)
    return r, ok, f"{len(d)} rows ({(d['status'] == 'error').sum()} errors), {len(warnings)} warnings"


def manifest(rows: str, expect: str, header: str = HEADER, lenient: bool = False):
    def case(tmp: Path):
        src = folder(tmp, "in", {"a.txt": GOOD, "b.txt": GOOD, "sub/c.txt": GOOD,
                                 "manifest.csv": header + rows,
                                 "sub/manifest.csv": HEADER + "c.txt,白银市,620400,2026-01\n"})
        r = cli([str(src), "--out", str(tmp / "out")] + (["--lenient"] if lenient else []), tmp)
        if lenient:
            ok = r.code == 0 and expect in r.err and "warning" in r.err
            return r, ok, f"exit {r.code}; warning: …{expect[:50]}"
        ok = r.code == 2 and expect in r.last()
        return r, ok, f"exit {r.code}: …{r.last().split('manifest.csv')[-1][:60]}"
    return case


def sub_folder_manifest(tmp: Path):
    r_case = manifest("a.txt,绵阳市,510700,2025-11\n", "")
    r, _, _ = r_case(tmp)
    d = documents(tmp / "out").set_index("doc")
    ok = r.code == 0 and d.loc["sub/c.txt", "home_region"] == "白银市" and d.loc["a.txt", "published"] == "2025-11"
    return r, ok, f"sub/c.txt home_region {d.loc['sub/c.txt', 'home_region']}"


# ---------------------------------------------------------------- the command line

def args_case(args: list[str], expect: str, code: int = 2):
    def case(tmp: Path):
        src = folder(tmp, "in", {"a.txt": GOOD})
        r = cli([a.replace("SRC", str(src)).replace("OUT", str(tmp / "out")) for a in args], tmp)
        text = r.out + r.err
        return r, r.code == code and expect in text, f"exit {r.code}: {expect[:60]}"
    return case


CASES = {
    "page of 5 MB": one_page(long_page(1_750_000, seed=3, prose=2)),
    "page of 20 MB, --budget 20": page_over_budget,
    "page of 46 MB": page_too_large,
    **{f"{name} ({len(text.encode()) // 1000} KB)": one_page(text) for name, text in pathological().items()},
    "6 ASCII-punctuated pages, one batch": ascii_pages,
    "SIGTERM mid-way": interrupted(signal.SIGTERM),
    "SIGINT mid-way": interrupted(signal.SIGINT),
    "SIGKILL mid-way": interrupted(signal.SIGKILL),
    "two runs into one --out": two_runs,
    "write error (file size limit)": write_error,
    "--out is a file": out_is_a_file,
    "links, loop, pipe, binary, Big5, UTF-16, bad bytes, copies": odd_inputs,
    "manifest in a sub-folder": sub_folder_manifest,
    "manifest: misspelled column": manifest("a.txt,2025-11\n", "unknown column 'publshed'",
                                            header="file,publshed\n"),
    "manifest: space-padded column": manifest("a.txt,2025-11\n", "unknown column ' published'",
                                              header="file, published\n"),
    "manifest: duplicate row": manifest("a.txt,,,2025-11\na.txt,,,2025-10\n", ":3: file 'a.txt' is listed twice"),
    "manifest: row matching no file": manifest("ghost.txt,,,2025-11\n", ":2: file 'ghost.txt' matches no input"),
    "manifest: unknown region name": manifest("a.txt,不存在市,,\n", ":2: home_region '不存在市' is not"),
    "manifest: unknown region code": manifest("a.txt,,999999,\n", ":2: home_region_code '999999' is not"),
    "manifest: month 0000-01": manifest("a.txt,,,0000-01\n", ":2: published '0000-01' is not a month"),
    "manifest: month 9999-12": manifest("a.txt,,,9999-12\n", ":2: published '9999-12' is not a month"),
    "manifest: problems with --lenient": manifest("ghost.txt,,,9999-12\n", "9999-12", lenient=True),
    "--out ''": args_case(["SRC", "--out", ""], "minsheng: error: --out is empty"),
    "--workers 64": args_case(["SRC", "--out", "OUT", "--workers", "64"], "minsheng: note: --workers 64", 0),
    "--version": args_case(["--version"], "minsheng 0.1.0", 0),
}


def main(names: list[str]) -> int:
    chosen = {k: v for k, v in CASES.items() if not names or any(n.lower() in k.lower() for n in names)}
    width = max(map(len, chosen))
    print(f"{'case':<{width}}  {'status':<72}  {'seconds':>7}  {'peak MB':>7}")
    failed = 0
    for name, case in chosen.items():
        tmp = Path(tempfile.mkdtemp(prefix="minsheng-torture-"))
        try:
            ran, ok, status = case(tmp)
        except Exception as exc:  # a case that breaks is a failed case, and the others still run
            ran, ok, status = Ran(-1, "", "", 0.0, 0.0), False, f"{type(exc).__name__}: {exc}"[:72]
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
        failed += not ok
        mark = "" if ok else "  <-- NOT AS EXPECTED"
        print(f"{name:<{width}}  {status:<72.72}  {ran.seconds:7.1f}  {ran.peak_mb:7.0f}{mark}", flush=True)
    print(f"{len(chosen) - failed} of {len(chosen)} cases as expected")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
