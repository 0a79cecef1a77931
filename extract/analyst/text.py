"""extract_text: the pipeline on one string, for notebooks — the tables as DataFrames,
with the same columns, types and nulls as the Parquet files."""
from __future__ import annotations

import re
from typing import NamedTuple

import pandas as pd
import pyarrow as pa

from extract.corrections import Corrections
from extract.document import process_document
from extract.errors import InputError, MinshengError, SchemaViolation
from extract.facts import merge_facts
from extract.gazetteer import Gazetteer
from extract.reading import content_id, doc_identity
from extract.records import Decoded, DocMeta, ManifestRow
from schemas import tables as declared

_MONTH = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")
_UPPER = ("province", "prefecture", "county")


class Tables(NamedTuple):
    documents: pd.DataFrame
    mentions: pd.DataFrame
    facts: pd.DataFrame
    sentences: pd.DataFrame  # each sentence holding a mention (join on doc_id, sentence_start)


def frame(table: str, rows: list[dict]) -> pd.DataFrame:
    """Rows as the written table reads back: validated, '' as null, the declared types."""
    df = pd.DataFrame(rows, columns=declared.columns(table))
    try:
        declared.validate(table, df)
    except declared.SchemaViolation as exc:
        raise SchemaViolation(str(exc)) from exc
    arrow = pa.Table.from_pandas(declared.with_nulls(table, df), schema=declared.arrow_schema(table),
                                 preserve_index=False)
    return arrow.to_pandas()


def check_month(published: str | None) -> None:
    if published and not _MONTH.match(published):
        raise InputError(f"published {published!r} is not YYYY-MM")


def home(region: str | None) -> tuple[str, str]:
    """(name, code) of a home region given by name or 6-digit code."""
    if not region:
        return "", ""
    gaz = Gazetteer.load()
    if re.fullmatch(r"\d{6}", region):
        place = gaz.by_code(region)
        if place is None:
            raise InputError(f"home_region {region} is not a code in the gazetteer")
        return place.name, region
    codes = sorted({p.current_code or p.code for p in gaz.lookup(region) if p.level in _UPPER})
    if not codes:
        raise InputError(f"home_region {region!r} is not in the gazetteer; give its full name or 6-digit code")
    return region, codes[0] if len(codes) == 1 else ""


def extract_text(text: str, home_region: str | None = None, published: str | None = None,
                 doc: str = "text") -> Tables:
    """Every statistic in `text` as (documents, mentions, facts) DataFrames.

    home_region: the publisher's region (name or code), used for 我市/全县 …;
    published: the publication month YYYY-MM, used for 今年/目前 …"""
    check_month(published)
    name, code = home(home_region)
    digest = content_id(text.encode("utf-8"))
    decoded = Decoded(text, "utf-8", digest)
    return extract_decoded(decoded, DocMeta(doc=doc, path="", manifest=ManifestRow(name, code, published or ""),
                                            doc_id=doc_identity(doc, digest)))


def extract_decoded(decoded: Decoded, meta: DocMeta) -> Tables:
    """The tables of one decoded document (what `minsheng show` runs on a file)."""
    none = Corrections()
    result = none.apply(process_document(decoded, meta))
    if result.document["status"] != "ok":
        raise MinshengError(result.document["error"])
    facts = none.mark_facts(merge_facts(result.facts), result.facts)
    return Tables(frame("documents", [result.document]), frame("mentions", [m.row() for m in result.mentions]),
                  frame("facts", facts), frame("sentences", result.sentences))
