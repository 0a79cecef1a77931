"""The pure per-document core: raw text + manifest row → rows of every table.

No I/O here, so the same function runs in worker processes or on a cluster.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from extract.errors import MinshengError
from extract.manifest import ManifestRow
from extract.normalise import normalise
from extract.reading import Decoded
from extract.scan import find_quantities
from extract.sentences import sentence_around


@dataclass(frozen=True)
class DocMeta:
    doc: str
    path: str
    manifest: ManifestRow = ManifestRow()


@dataclass
class DocResult:
    document: dict
    mentions: list[dict] = field(default_factory=list)
    facts: list[dict] = field(default_factory=list)


def document_row(meta: DocMeta, *, doc_id="", encoding="", n_chars=0, status="ok", error="",
                 published_source="", n_mentions=0) -> dict:
    m = meta.manifest
    return {
        "doc": meta.doc, "path": meta.path, "doc_id": doc_id, "encoding": encoding,
        "n_chars": n_chars, "status": status, "error": error, "home_region": m.home_region,
        "home_region_code": m.home_region_code, "published": m.published,
        "published_source": published_source or ("manifest" if m.published else ""),
        "n_mentions": n_mentions,
    }


def mention_rows(raw: str, norm: str, meta: DocMeta, doc_id: str) -> list[dict]:
    rows = []
    for f in find_quantities(norm):
        q = f.quantity
        s_start, s_end = sentence_around(norm, f.start, f.end)
        rows.append({
            "doc": meta.doc, "doc_id": doc_id, "start": f.start, "end": f.end,
            "text": raw[f.start:f.end], "value": float(q.value), "unit": q.unit,
            "qualifier": q.qualifier, "change": "", "per": q.per, "region": "", "region_code": "",
            "locality": "", "period_kind": "", "period_start": "", "period_end": "", "domain": "",
            "program": "", "metric": "", "population": "", "rule": f.rule,
            "sentence": raw[s_start:s_end], "sentence_start": s_start,
        })
    return rows


def process_document(decoded: Decoded, meta: DocMeta) -> DocResult:
    """Every table's rows for one decoded document; a failure becomes an error row."""
    raw = decoded.text
    try:
        norm = normalise(raw)
        mentions = mention_rows(raw, norm, meta, decoded.doc_id)
    except MinshengError as exc:
        return DocResult(document_row(meta, doc_id=decoded.doc_id, encoding=decoded.encoding,
                                      n_chars=len(raw), status="error", error=f"{meta.doc}: {exc}"))
    return DocResult(document_row(meta, doc_id=decoded.doc_id, encoding=decoded.encoding,
                                  n_chars=len(raw), n_mentions=len(mentions)), mentions)
