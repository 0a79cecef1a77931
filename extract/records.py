"""The per-document core's own input and output types.

The file-reading side (extract.reading, extract.manifest, extract.inputs) produces the
inputs; extract.document turns them into rows; extract.facts reads the typed mentions.
Nothing here touches a file.
"""
from __future__ import annotations

from dataclasses import dataclass, field, fields
from operator import attrgetter


@dataclass(frozen=True)
class ManifestRow:
    """What a user knows about a file without reading it."""

    home_region: str = ""
    home_region_code: str = ""
    published: str = ""  # YYYY-MM or ""


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    content_hash: str  # of the bytes: the same content anywhere has the same hash
    note: str = ""  # what the reader had to do to decode it (bad bytes replaced …)


@dataclass(frozen=True)
class DocMeta:
    doc: str
    path: str
    manifest: ManifestRow = ManifestRow()
    doc_id: str = ""  # one input path of one run (extract.reading.doc_identity)


def document_row(meta: DocMeta, *, content_hash="", encoding="", n_chars=0, status="ok", error="",
                 note="", published="", published_source="", n_mentions=0) -> dict:
    """A `documents` row (an error row needs only the file's meta: the run's parent makes those too)."""
    m = meta.manifest
    return {
        "doc": meta.doc, "path": meta.path, "doc_id": meta.doc_id, "content_hash": content_hash,
        "encoding": encoding, "n_chars": n_chars, "status": status, "error": error, "note": note,
        "home_region": m.home_region, "home_region_code": m.home_region_code,
        "published": published or m.published,
        "published_source": published_source or ("manifest" if m.published else ""),
        "n_mentions": n_mentions,
    }


@dataclass(slots=True)
class Mention:
    """One statistic occurrence: a `mentions` row, plus what facts need to know of it."""

    doc: str
    doc_id: str
    start: int
    end: int
    text: str
    value: float
    unit: str
    qualifier: str
    change: str
    per: str
    region: str
    region_code: str
    locality: str
    period_kind: str
    period_start: str
    period_end: str
    domain: str
    program: str
    metric: str
    population: str
    rule: str
    sentence_start: int
    mention_id: str = ""  # doc_id:start, unique in a run
    target: bool = False  # a target or plan (力争, 计划), not a result
    region_stated: bool = False  # its region is named in its own sentence, not carried from context
    period_stated: bool = False  # its period is given in its own sentence, not carried from context
    part_of: str = ""  # mention_id of the figure it is a part of (其中 …)
    parts_add_up: str = ""  # a head with parts: yes when they add up to it, else no
    parts_total: float | None = None  # the sum of its parts
    fact_id: str = ""  # the fact it supports, "" when it supports none
    # not written to `mentions`:
    sentence_end: int = 0  # the sentence's text is written once, to `sentences`
    item: str = ""  # short label of what is counted (住院, 门诊 …), part of a fact's key
    repeat: bool = False  # stands in a pull quote or headline, which repeat the body
    article: int = -1  # index of its article on the page

    def values(self) -> tuple:
        """Its `mentions` columns' values, in MENTION_COLUMNS order."""
        return _MENTION_VALUES(self)

    def row(self) -> dict:
        return dict(zip(MENTION_COLUMNS, _MENTION_VALUES(self)))


_NOT_WRITTEN = ("sentence_end", "item", "repeat", "article")
MENTION_COLUMNS = tuple(f.name for f in fields(Mention) if f.name not in _NOT_WRITTEN)
_MENTION_VALUES = attrgetter(*MENTION_COLUMNS)  # read in C: every mention of a run passes here


@dataclass
class DocResult:
    document: dict
    mentions: list[Mention] = field(default_factory=list)
    facts: list[Mention] = field(default_factory=list)  # fact candidates, merged across documents by the run
    sentences: list[dict] = field(default_factory=list)  # each sentence that holds a mention, once
