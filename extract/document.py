"""The pure per-document core: raw text + manifest row → rows of every table.

No I/O here, so the same function runs in worker processes or on a cluster.
"""
from __future__ import annotations

from extract.attribute import DocumentContext
from extract.errors import MinshengError
from extract.facts import document_facts
from extract.normalise import normalise
from extract.published import infer_publication_month
from extract.records import Decoded, DocMeta, DocResult, ManifestRow, Mention
from extract.scan import find_quantities

__all__ = ["Decoded", "DocMeta", "DocResult", "ManifestRow", "Mention", "document_row",
           "mention_rows", "process_document", "publication_month"]


def document_row(meta: DocMeta, *, doc_id="", encoding="", n_chars=0, status="ok", error="",
                 published="", published_source="", n_mentions=0) -> dict:
    m = meta.manifest
    return {
        "doc": meta.doc, "path": meta.path, "doc_id": doc_id, "encoding": encoding,
        "n_chars": n_chars, "status": status, "error": error, "home_region": m.home_region,
        "home_region_code": m.home_region_code, "published": published or m.published,
        "published_source": published_source or ("manifest" if m.published else ""),
        "n_mentions": n_mentions,
    }


def publication_month(norm: str, manifest: ManifestRow) -> tuple[str, str]:
    """The manifest's month, else one inferred from the page's own dates (and how)."""
    if manifest.published:
        return manifest.published, "manifest"
    month, how = infer_publication_month(norm)
    return (month, f"inferred: {how}") if month else ("", "")


def mention_rows(raw: str, norm: str, meta: DocMeta, doc_id: str, published: str) -> list[Mention]:
    ctx = DocumentContext(norm, published or None, meta.manifest.home_region, meta.manifest.home_region_code)
    rows = []
    found = find_quantities(norm, also_blocked=ctx.regions.place_spans)
    atts = ctx.attribute_all(found)
    ids = [f"{doc_id}:{f.start}" for f in found]
    for f, a, mid in zip(found, atts, ids):
        q = f.quantity
        s_start, s_end = a.sentence
        rows.append(Mention(
            doc=meta.doc, doc_id=doc_id, start=f.start, end=f.end, text=raw[f.start:f.end],
            value=-float(q.value) if a.sign < 0 and q.value else float(q.value), unit=q.unit,
            qualifier=q.qualifier, change=a.change, per=a.per,
            region=a.region, region_code=a.region_code, locality=a.locality,
            period_kind=a.period_kind, period_start=a.period_start, period_end=a.period_end,
            domain=a.domain, program=a.program, metric=a.metric, population=a.population,
            rule=f.rule, sentence=raw[s_start:s_end], sentence_start=s_start, mention_id=mid,
            target=a.target, region_stated=a.region_stated, period_stated=a.period_stated,
            part_of=ids[a.head] if a.head >= 0 else "", parts_add_up=a.parts_add_up,
            parts_total=a.parts_total, item=a.item, repeat=a.repeat, article=a.article))
    return rows


def process_document(decoded: Decoded, meta: DocMeta) -> DocResult:
    """Every table's rows for one decoded document; a failure becomes an error row."""
    raw = decoded.text
    common = dict(doc_id=decoded.doc_id, encoding=decoded.encoding, n_chars=len(raw))
    try:
        norm = normalise(raw)
        published, source = publication_month(norm, meta.manifest)
        mentions = mention_rows(raw, norm, meta, decoded.doc_id, published)
        facts = document_facts(mentions)
    except MinshengError as exc:
        return DocResult(document_row(meta, status="error", error=f"{meta.doc}: {exc}", **common))
    return DocResult(document_row(meta, published=published, published_source=source,
                                  n_mentions=len(mentions), **common), mentions, facts)
