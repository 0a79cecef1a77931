"""A run's rows written as they come: every document's rows in bounded batches, its fact
candidates into the merge (which may spill them to disk), the facts last.

Apart from extract.run because it is what needs Arrow: a run loads it while its workers start.
"""
from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from extract.arrow_columns import columns_of
from extract.candidates import FIELDS
from extract.corrections import Corrections
from extract.doc_rows import DocRows
from extract.merge import FactMerger
from extract.records import MENTION_COLUMNS
from extract.writer import OutputSet

# A batch is written when it holds this many documents, mentions or characters of
# sentences: memory stays flat on large folders and no column of a batch can overflow.
BATCH_DOCS = 200
BATCH_MENTIONS = 100_000
BATCH_CHARS = 32_000_000


@dataclass
class Counts:
    errors: int = 0
    mentions: int = 0
    facts: int = 0
    characters: int = 0
    messages: list[str] = field(default_factory=list)


def write_rows(docs: Iterator[DocRows], tables: OutputSet, fixes: Corrections,
               written: Callable[[dict, bool], None] | None = None) -> Counts:
    """Write every document's rows as they come, in bounded batches; the fact candidates go to
    the merge, which may spill them to disk; the facts are written last."""
    counts = Counts()
    merger = FactMerger(tables.run_dir / "spill")
    batch: list[DocRows] = []
    size = [0, 0]  # mentions, sentence characters in the batch
    for rows in docs:
        batch.append(rows)
        merger.add(rows.candidates)
        size[0] += len(rows.mentions)
        size[1] += sum(len(s["sentence"]) for s in rows.sentences)
        _count(counts, rows)
        if written is not None:  # the progress bar: (its documents row, whether it was reused)
            written(rows.document, rows.reused)
        if len(batch) >= BATCH_DOCS or size[0] >= BATCH_MENTIONS or size[1] >= BATCH_CHARS:
            _flush(batch, tables)
            batch, size = [], [0, 0]
    _flush(batch, tables)
    for facts in merger.fact_columns(fixes.corrected):
        tables.writers["facts"].write_columns(facts)
        counts.facts += len(facts["fact_id"])
    merger.close()
    return counts


def _count(counts: Counts, rows: DocRows) -> None:
    doc = rows.document
    if doc["status"] == "error":
        counts.errors += 1
        counts.messages.append(doc["error"])
    counts.mentions += len(rows.mentions)
    if not rows.reused:
        counts.characters += doc["n_chars"]


def _flush(batch: list[DocRows], tables: OutputSet) -> None:
    w = tables.writers
    w["documents"].write([r.document for r in batch])
    w["mentions"].write_columns(columns_of(MENTION_COLUMNS, [m for r in batch for m in r.mentions]))
    w["sentences"].write([s for r in batch for s in r.sentences])
    w["candidates"].write_columns(columns_of(FIELDS, [e[2] for r in batch for e in r.candidates]))
