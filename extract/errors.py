"""The project's exceptions: one base class, a shallow tree.

Every message says what went wrong, where, and what to do about it.
"""


class MinshengError(Exception):
    """Base of every error minsheng raises on purpose."""


class InputError(MinshengError):
    """An input path is missing or cannot be used."""


class OutputError(MinshengError):
    """The output folder cannot be created or written."""


class ManifestError(MinshengError):
    """manifest.csv is malformed."""


class DecodeError(MinshengError):
    """A report file is not UTF-8, GB18030 or UTF-16."""


class ScanTimeout(MinshengError):
    """A rule's regex scan ran past its time limit on one document."""

    def __init__(self, rule: str, message: str):
        self.rule = rule
        super().__init__(message)


class SchemaViolation(MinshengError):
    """Rows do not satisfy the declared table schema (a bug: the message names row and column)."""


class CorrectionsError(MinshengError):
    """A corrections file is malformed, or one of its lines no longer matches its document."""


class OverBudget(MinshengError):
    """One document ran past its time budget; the message names the stage it was in."""

    def __init__(self, stage: str, seconds: float, n_chars: int = 0):
        self.stage = stage
        size = f" on a {n_chars}-character document" if n_chars else ""
        super().__init__(f"stage '{stage}' ran past the time budget of {seconds:g} s{size}; "
                         "split the file, or allow more time with --budget")


class Interrupted(MinshengError):
    """The run was stopped by a signal (SIGTERM, SIGINT); nothing in --out was changed."""

    def __init__(self, signum: int):
        import signal

        self.signum = signum
        super().__init__(f"interrupted by {signal.Signals(signum).name}; the tables in --out are "
                         "the previous run's, unchanged")


class EngineError(MinshengError):
    """The engine asked for cannot run: the Dask extra is not installed, its scheduler cannot
    be reached, or an option belongs to another engine."""
