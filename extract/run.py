"""A run: discover input files, stream them through the per-document core, write the tables."""
from __future__ import annotations

from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from extract.corrections import load_corrections
from extract.dictionary import write_dictionary
from extract.document import DocMeta, DocResult, document_row, process_document
from extract.errors import DecodeError, OutputError
from extract.facts import merge_facts
from extract.inputs import InputFile, discover
from extract.reading import content_id, decode
from extract.writer import TableWriter

BATCH_DOCS = 200  # documents per written batch: memory stays flat on large folders


@dataclass(frozen=True)
class RunSummary:
    documents: int
    errors: int
    mentions: int
    facts: int
    out: Path
    error_messages: tuple[str, ...]


def read_one(f: InputFile) -> DocResult:
    """Read, decode and process one file; any failure to read becomes an error row."""
    meta = DocMeta(doc=f.doc, path=str(f.path), manifest=f.manifest)
    try:
        data = f.path.read_bytes()
    except OSError as exc:
        return DocResult(document_row(meta, status="error",
                                      error=f"{f.path}: cannot read ({exc.strerror or exc}); check permissions"))
    try:
        decoded = decode(data, where=str(f.path))
    except DecodeError as exc:
        return DocResult(document_row(meta, doc_id=content_id(data), status="error", error=str(exc)))
    try:
        return process_document(decoded, meta)
    except Exception as exc:  # a bug on one page must not lose a run of thousands: record it loudly
        return DocResult(document_row(
            meta, doc_id=decoded.doc_id, encoding=decoded.encoding, n_chars=len(decoded.text),
            status="error", error=f"{f.path}: internal error {type(exc).__name__}: {exc} — "
                                  "please report it with this file"))


def _results(files: list[InputFile], workers: int) -> Iterator[DocResult]:
    """Documents in input order; with workers > 1 they are processed in worker processes."""
    if workers <= 1:
        yield from map(read_one, files)
        return
    with ProcessPoolExecutor(max_workers=workers) as pool:
        yield from pool.map(read_one, files, chunksize=4)


def run(inputs: list[Path], out: Path, manifest: Path | None = None, workers: int = 1,
        corrections: Path | None = None) -> RunSummary:
    files = discover(inputs, manifest)
    fixes = load_corrections(corrections)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"cannot create output folder {out}: {exc.strerror or exc}") from exc
    writers = {t: TableWriter(out, t) for t in ("documents", "mentions", "facts")}
    n_err = n_mentions = 0
    messages: list[str] = []
    doc_facts: list[dict] = []
    try:
        batch: list[DocResult] = []
        for result in _results(files, workers):
            batch.append(fixes.apply(result))
            if len(batch) >= BATCH_DOCS:
                n_err, n_mentions = _flush(batch, writers, doc_facts, messages, n_err, n_mentions)
                batch = []
        n_err, n_mentions = _flush(batch, writers, doc_facts, messages, n_err, n_mentions)
        facts = fixes.mark_facts(merge_facts(doc_facts), doc_facts)
        writers["facts"].write(facts)
    except BaseException:
        for w in writers.values():
            w.abort()
        raise
    for w in writers.values():
        w.close()
    write_dictionary(out)
    return RunSummary(len(files), n_err, n_mentions, len(facts), out, tuple(messages))


def _flush(batch, writers, doc_facts, messages, n_err, n_mentions):
    writers["documents"].write([r.document for r in batch])
    writers["mentions"].write([m.row() for r in batch for m in r.mentions])
    for r in batch:
        doc_facts.extend(r.facts)
        if r.document["status"] == "error":
            n_err += 1
            messages.append(r.document["error"])
        n_mentions += len(r.mentions)
    return n_err, n_mentions
