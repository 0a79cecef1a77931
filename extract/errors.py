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


class SchemaViolation(MinshengError):
    """Rows do not satisfy the declared table schema (a bug: the message names row and column)."""


class CorrectionsError(MinshengError):
    """A corrections file is malformed, or one of its lines no longer matches its document."""
