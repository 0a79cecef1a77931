"""One document's rows in the form the tables are written in, made where it was processed.

A worker turns its result into these rows before sending it, so that the parent, which
writes every worker's rows, does no per-mention work of its own: a mention is a tuple of
its `mentions` columns, a fact candidate the merge's compact record. A document with
corrections is sent as it is: the parent applies them to its mentions first.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from operator import itemgetter

from extract.candidates import candidate, keyed
from extract.records import MENTION_COLUMNS, DocResult

_ROW_VALUES = itemgetter(*MENTION_COLUMNS)


@dataclass
class DocRows:
    """The rows of one document, for every table; fresh from the engine or reused."""

    document: dict
    mentions: list[tuple] = field(default_factory=list)  # each the values of MENTION_COLUMNS
    sentences: list[dict] = field(default_factory=list)
    candidates: list[tuple] = field(default_factory=list)  # its fact candidates, each made by candidates.keyed
    reused: bool = False

    @classmethod
    def of(cls, result: DocResult) -> "DocRows":
        return cls(result.document, [m.values() for m in result.mentions], result.sentences,
                   [keyed(candidate(m)) for m in result.facts])


def mention_values(row: dict) -> tuple:
    """A `mentions` row (as read back from a table) as DocRows holds it."""
    return _ROW_VALUES(row)


def rows_where_made(result: DocResult, corrected: frozenset[str]) -> DocResult | DocRows:
    """The result as rows, unless corrections name its content (`corrected`: their hashes)."""
    if result.document.get("content_hash") in corrected:
        return result
    return DocRows.of(result)
