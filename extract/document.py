"""The pure per-document core: raw text + manifest row → rows of every table.

No I/O here, so the same function runs in worker processes or on a cluster. Each stage is
announced to the document's Budget, which ends a document that runs out of time with an
error row naming the stage.
"""
from __future__ import annotations

from extract.attribute import DocumentContext
from extract.budget import Budget
from extract.errors import MinshengError, OverBudget, ScanTimeout
from extract.facts import document_facts
from extract.normalise import normalise
from extract.published import infer_publication_month
from extract.records import Decoded, DocMeta, DocResult, ManifestRow, Mention, document_row
from extract.scan import find_quantities
from extract.segment.page import blank_link_lines
from extract.segment.pieces import reading_pieces
from extract.segment.running_heads import without_running_heads
from extract.segment.wraps import join_wrapped
from extract.view import JoinedView, readable

__all__ = ["Decoded", "DocMeta", "DocResult", "ManifestRow", "Mention", "document_row",
           "mention_rows", "page_view", "prepare", "process_document", "publication_month", "sentence_rows"]

CHECK_EVERY = 512  # figures attributed between two looks at the clock


def publication_month(norm: str, manifest: ManifestRow) -> tuple[str, str]:
    """The manifest's month, else one inferred from the page's own dates (and how)."""
    if manifest.published:
        return manifest.published, "manifest"
    month, how = infer_publication_month(blank_link_lines(norm))
    return (month, f"inferred: {how}") if month else ("", "")


def mention_rows(raw: str, norm: str, meta: DocMeta, published: str,
                 budget: Budget | None = None, view: JoinedView | None = None) -> list[Mention]:
    """Every figure of the document, attributed. A document longer than MAX_PIECE (a yearbook,
    many pages in one file) is read piece by piece, each piece as a page of its own with the
    document's month and home region, so that what each stage holds stays bounded. `norm` is
    the normalised `view` of `raw` when its paragraphs were joined (every offset written is
    taken back to `raw`), else of `raw` itself."""
    budget = budget or Budget(None)
    rows: list[Mention] = []
    first_article = 0
    view = view or JoinedView(raw)
    for start, end in reading_pieces(norm):
        first_article += _piece_rows(raw, norm, start, end, meta, published, budget, first_article, rows, view)
    return rows


def _piece_rows(raw: str, norm: str, base: int, end: int, meta: DocMeta, published: str,
                budget: Budget, first_article: int, rows: list[Mention], view: JoinedView) -> int:
    """Appends the mentions of ``norm[base:end]`` to `rows`, with offsets into the whole
    document and article indexes from `first_article` on; returns the piece's article count."""
    m = meta.manifest
    piece = norm[base:end]  # the document itself when it is one piece
    ctx = DocumentContext(piece, published or None, m.home_region, m.home_region_code, budget)
    budget.enter("quantities")
    try:
        found = find_quantities(piece, timeout=budget.remaining(),
                                also_blocked=ctx.regions.place_spans + ctx.layout.furniture_spans())
    except ScanTimeout as exc:
        raise OverBudget(f"quantities (rule {exc.rule})", budget.seconds or 0, len(raw)) from exc
    budget.enter("attribution")
    at, to = view.origin, view.origin_end
    ids = [f"{meta.doc_id}:{at(base + f.start)}" for f in found]
    for f, a, mid in zip(found, ctx.attribute_all(found, budget.check, CHECK_EVERY), ids):
        q = f.quantity
        s, e = at(base + f.start), to(base + f.end)
        rows.append(Mention(
            doc=meta.doc, doc_id=meta.doc_id, start=s, end=e, text=raw[s:e],
            value=-float(q.value) if a.sign < 0 and q.value else float(q.value), unit=q.unit,
            qualifier=q.qualifier, change=a.change, per=a.per,
            region=a.region, region_code=a.region_code, locality=a.locality,
            period_kind=a.period_kind, period_start=a.period_start, period_end=a.period_end,
            domain=a.domain, program=a.program, metric=a.metric, population=a.population,
            rule=f.rule, sentence_start=at(base + a.sentence[0]), sentence_end=to(base + a.sentence[1]),
            mention_id=mid, target=a.target, region_stated=a.region_stated,
            period_stated=a.period_stated, part_of=ids[a.head] if a.head >= 0 else "",
            parts_add_up=a.parts_add_up, parts_total=a.parts_total, item=a.item, repeat=a.repeat,
            article=first_article + a.article if a.article >= 0 else -1))
    return len(ctx.layout.articles)


def sentence_rows(raw: str, meta: DocMeta, mentions: list[Mention]) -> list[dict]:
    """Each sentence that holds a mention, once (sentences are bounded in length by the
    segmenter, so this is never more text than the document)."""
    spans = sorted({(m.sentence_start, m.sentence_end) for m in mentions})
    return [{"doc": meta.doc, "doc_id": meta.doc_id, "sentence_start": s, "sentence_end": e,
             "sentence": raw[s:e]} for s, e in spans]


def process_document(decoded: Decoded, meta: DocMeta, budget: Budget | None = None) -> DocResult:
    """Every table's rows for one decoded document; a failure becomes an error row."""
    budget = budget or Budget(None)
    raw = decoded.text
    budget.n_chars = len(raw)
    common = dict(content_hash=decoded.content_hash, encoding=decoded.encoding, n_chars=len(raw),
                  note=decoded.note)
    try:
        budget.enter("normalise")
        view, notes = page_view(raw)
        norm = normalise(view.text)
        if notes:
            common["note"] = "; ".join(filter(None, [decoded.note, *notes]))
        budget.enter("publication month")
        published, source = publication_month(norm, meta.manifest)
        mentions = mention_rows(raw, norm, meta, published, budget, view)
        budget.enter("facts")
        facts = document_facts(mentions)
        budget.enter("sentences")
        sentences = sentence_rows(raw, meta, mentions)
        budget.check()
    except MinshengError as exc:
        return DocResult(document_row(meta, status="error", error=f"{meta.doc}: {exc}", **common))
    return DocResult(document_row(meta, published=published, published_source=source,
                                  n_mentions=len(mentions), **common), mentions, facts, sentences)


def page_view(raw: str) -> tuple[JoinedView, list[str]]:
    """The page as the finders read it (extract/view.py): HTML entities and invisible characters
    read as a browser shows them, a PDF's running heads and the line ends inside its wrapped
    paragraphs left out; and what reading it so took, for documents.note."""
    visible = readable(raw)
    unheaded = without_running_heads(visible.text).over(visible)
    wrapped = join_wrapped(unheaded.text)
    return wrapped.over(unheaded), _view_notes(visible, wrapped)


def _view_notes(visible: JoinedView, wrapped: JoinedView) -> list[str]:
    notes = []
    if n := visible.joined:
        notes.append(f"HTML entities and characters that print nothing (zero-width spaces, soft hyphens …) "
                     f"read as a browser shows them at {n} place{'s' if n > 1 else ''}")
    if n := wrapped.joined:
        how = (f"lines set {wrapped.columns} columns wide, as text taken from a PDF prints them" if wrapped.columns
               else "clauses broken before their figure")
        notes.append(f"{n} line break{'s' if n > 1 else ''} inside paragraphs read through ({how})")
    return notes


# One line that takes the core through every stage (a period, a figure, a rate, a change).
_PREPARING = "2024年1月至6月，全县城乡居民医保参保人数12.3万人，参保率96.5%，同比增长2.1个百分点。\n"


def prepare() -> None:
    """Make what the core makes on first use (the gazetteer's automata, the word lists' matchers,
    patterns compiled at first call), by running it once on one line: a worker does this as it
    starts, while the parent is still loading what writes the tables."""
    process_document(Decoded(_PREPARING, "utf-8", ""), DocMeta(doc="", path=""))
