"""The time one document may take, spent stage by stage.

The core announces each stage it enters; entering a stage after the deadline raises
OverBudget naming the stage that overran, and regex scans are given what is left as
their timeout. The run's worker pool enforces the same deadline from outside (it stops a
worker that overruns by more than a grace period), reading the stage the worker last
announced, so even a stage stuck in C code ends as an error row naming it.
"""
from __future__ import annotations

import time
from collections.abc import Callable

from extract.errors import OverBudget

# Stages in the order a document goes through them; the pool reports them by index.
STAGES = ("read", "decode", "normalise", "publication month", "layout", "word lists", "places",
          "time expressions", "quantities", "attribution", "facts", "sentences")
DEFAULT_SECONDS = 120.0


class Budget:
    def __init__(self, seconds: float | None = DEFAULT_SECONDS, n_chars: int = 0,
                 on_stage: Callable[[str], None] | None = None):
        self.seconds = seconds
        self.n_chars = n_chars
        self.deadline = time.monotonic() + seconds if seconds else float("inf")
        self.stage = ""
        self._on_stage = on_stage

    def enter(self, stage: str) -> None:
        """Start `stage`; raises OverBudget (naming the stage that overran) when time is up."""
        self.check()
        self.stage = stage
        if self._on_stage is not None:
            self._on_stage(stage)

    def check(self) -> None:
        if time.monotonic() > self.deadline:
            raise OverBudget(self.stage or STAGES[0], self.seconds or 0, self.n_chars)

    def remaining(self) -> float:
        """Seconds left, as a regex timeout (never zero, which would mean no limit)."""
        return max(0.001, min(self.deadline - time.monotonic(), 1e6))

