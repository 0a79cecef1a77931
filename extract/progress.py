"""What a run shows as it goes: a progress bar in a terminal, one summary line anywhere else.

In a terminal (stderr a TTY) a rich bar counts files, characters per second, mentions and
errors as documents finish; it is cleared when the run ends. In CI, pipes and logs nothing
is drawn, so the output stays one line per run: the summary (`summary_line`).
"""
from __future__ import annotations

import sys
import time
from typing import TextIO


def summary_line(summary) -> str:
    """One line for a finished run (a extract.run.RunSummary)."""
    rate = summary.characters / summary.seconds if summary.seconds > 0 else 0.0
    reused = f", {summary.reused} unchanged and reused" if summary.reused else ""
    speed = f" ({_si(rate)} characters/s)" if summary.characters else ""
    return (f"{summary.documents} documents ({summary.errors} with errors{reused}), "
            f"{summary.mentions} mentions, {summary.facts} facts -> {summary.out} "
            f"in {summary.seconds:.1f} s{speed}")


def _si(x: float) -> str:
    for unit, size in (("M", 1e6), ("k", 1e3)):
        if x >= size:
            return f"{x / size:.1f} {unit}"
    return f"{x:.0f}"


def for_stream(stream: TextIO | None = None):
    """A progress bar when `stream` (default stderr) is a terminal, else None (nothing drawn)."""
    stream = stream if stream is not None else sys.stderr
    return Bar(stream) if stream.isatty() else None


class Bar:
    """The run's progress (extract.run.Progress) as a rich bar on a terminal."""

    def __init__(self, stream: TextIO, force_terminal: bool | None = None):
        from rich.console import Console

        self.console = Console(file=stream, force_terminal=force_terminal, stderr=stream is sys.stderr)
        self.progress = None
        self.task = None
        self.chars = self.mentions = self.errors = self.done = 0
        self.began = time.monotonic()

    def start(self, files: int, reused: int) -> None:
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        self.progress = Progress(TextColumn("extracting"), BarColumn(), MofNCompleteColumn(),
                                 TextColumn("files"), TextColumn("{task.fields[stats]}"), TimeRemainingColumn(),
                                 console=self.console, transient=True)
        self.task = self.progress.add_task("extract", total=files, stats=self._stats(reused))
        self.reused = reused
        self.began = time.monotonic()
        self.progress.start()

    def _stats(self, reused: int) -> str:
        seconds = max(time.monotonic() - self.began, 1e-9)
        kept = f" · {reused} reused" if reused else ""
        return (f"{_si(self.chars / seconds)} chars/s · {self.mentions} mentions · "
                f"{self.errors} errors{kept}")

    def document(self, row: dict, reused: bool) -> None:
        self.done += 1
        self.mentions += row["n_mentions"]
        self.errors += row["status"] == "error"
        if not reused:
            self.chars += row["n_chars"]
        self.progress.update(self.task, completed=self.done, stats=self._stats(self.reused))

    def finish(self) -> None:
        if self.progress is not None:
            self.progress.stop()
            self.progress = None
