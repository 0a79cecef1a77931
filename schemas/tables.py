"""The four tables, declared once.

Each column has a type, a meaning (the README's table reference says the same)
and the values it may take. From this one declaration come the pyarrow
schema used for writing (with each meaning as field metadata), the pandera
schema rows are validated against, the conversion of "not known" to null at
write time, and the data dictionary (`schemas/datapackage.py`).
"""
from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pyarrow as pa


# The taxonomy is data of the rules; read here as a file so that schemas import nothing of ours.
TAXONOMY = Path(__file__).resolve().parent.parent / "rules" / "wordlists" / "taxonomy.tsv"


class SchemaViolation(ValueError):
    """Rows do not satisfy the declared table schema."""


@lru_cache(maxsize=None)
def _taxonomy_rows() -> tuple[tuple[str, ...], ...]:
    with open(TAXONOMY, encoding="utf-8", newline="") as fh:
        rows = [r for r in csv.reader(fh, delimiter="\t") if r and not r[0].startswith("#")]
    return tuple(tuple(r + [""] * 6)[:6] for r in rows)


def _taxonomy(kind: str) -> tuple[str, ...]:
    return tuple(r[1] for r in _taxonomy_rows() if r[0] == kind)


QUALIFIERS = ("exact", "approx", "more_than", "less_than")
PERIOD_KINDS = ("", "as_of", "during")
CHANGES = ("", "delta", "growth_rate")
DOMAINS = ("",) + _taxonomy("domain")
PROGRAMS = ("",) + _taxonomy("program")
METRICS = ("",) + _taxonomy("metric")
STATUSES = ("ok", "error")
MONTH = r"^(\d{4}-(0[1-9]|1[0-2]))?$"
CODE6 = r"^(\d{6})?$"
HEX16 = r"^[0-9a-f]{16}$"


@dataclass(frozen=True)
class Column:
    name: str
    type: str  # string | int64 | float64 | bool
    meaning: str
    isin: tuple = ()
    pattern: str = ""
    ge: float | None = None
    unit: str = ""  # unit of the column's numbers, for the data dictionary
    optional: bool = False  # a number that may be unknown (null)


C = Column
DOCUMENTS = (
    C("doc", "string", "file path relative to the input folder it was found in"),
    C("path", "string", "the file path as it was read"),
    C("doc_id", "string", "identifies the document: a hash of its path within its input folder and its content "
      "(16 hex digits); joins mentions, facts and sentences", pattern=HEX16),
    C("content_hash", "string", "sha256 of the file's bytes (16 hex digits): equal for identical "
      "copies, for de-duplication; null when the file could not be read", pattern=r"^([0-9a-f]{16})?$"),
    C("encoding", "string", "encoding the file was decoded with (null when it could not be)"),
    C("n_chars", "int64", "length of the decoded text in code points", ge=0, unit="code points"),
    C("status", "string", "ok, or error when the file could not be read or processed", isin=STATUSES),
    C("error", "string", "what went wrong and what to do, for status error"),
    C("note", "string", "what reading the file took that you may want to know (bad bytes replaced …)"),
    C("home_region", "string", "manifest: the newspaper's home region"),
    C("home_region_code", "string", "manifest: its 6-digit code", pattern=CODE6),
    C("published", "string", "publication month YYYY-MM (manifest, else inferred from the page)",
      pattern=MONTH),
    C("published_source", "string", "where `published` came from: manifest, inferred (how), or null"),
    C("n_mentions", "int64", "number of mentions found", ge=0),
    C("n_corrected", "int64", "number of lines of the --corrections file applied to this document "
                              "(fields set, rows dropped, figures added)", ge=0),
)
MENTIONS = (
    C("doc", "string", "file path relative to the input folder"),
    C("doc_id", "string", "the document's id (joins documents and sentences)", pattern=HEX16),
    C("start", "int64", "start offset (code points) into the decoded raw text", ge=0,
      unit="code points"),
    C("end", "int64", "end offset, exclusive: raw[start:end] == text", ge=0, unit="code points"),
    C("text", "string", "the surface text of the mention"),
    C("value", "float64", "value in base units (yuan, persons, percent …)",
      unit="the row's `unit` (元, 人, 人次, 户, %, 个百分点 …)"),
    C("unit", "string", "canonical unit: 元, 人, 人次, 户, %, 个百分点, 倍, or the measure word"),
    C("qualifier", "string", "exact, approx (约/近), more_than (余/超/以上), less_than (不到/以下)",
      isin=QUALIFIERS),
    C("change", "string", "null for a level; delta or growth_rate for a change", isin=CHANGES),
    C("per", "string", "rate denominator: null (none), year, person, person_year, day, mu …"),
    C("region", "string", "county-level or higher unit the figure is about (full name)"),
    C("region_code", "string", "its current 6-digit administrative code", pattern=CODE6),
    C("locality", "string", "a finer place: town, village, school, hospital"),
    C("period_kind", "string", "as_of (a stock at a moment), during (a flow), null when no time given",
      isin=PERIOD_KINDS),
    C("period_start", "string", "YYYY-MM; null for as_of", pattern=MONTH),
    C("period_end", "string", "YYYY-MM", pattern=MONTH),
    C("domain", "string", "topic of the figure (GUIDELINES §7)", isin=DOMAINS),
    C("program", "string", "medical-security program (GUIDELINES §8)", isin=PROGRAMS),
    C("metric", "string", "medical-security metric (GUIDELINES §8)", isin=METRICS),
    C("population", "string", "sub-group the figure is restricted to"),
    C("rule", "string", "name of the rule that found the mention"),
    C("sentence_start", "int64", "offset of the sentence the mention stands in (its text: "
      "`sentences`, joined on doc_id and sentence_start)", ge=0, unit="code points"),
    C("mention_id", "string", "doc_id:start, the mention's id in this run"),
    C("target", "bool", "true for a target or plan (力争, 确保, 计划, 目标), not a result"),
    C("region_stated", "bool", "true when the region is named in the mention's own sentence (or its table "
                               "labels), false when it was carried from the paragraph, article or manifest"),
    C("period_stated", "bool", "true when the period is given in the mention's own sentence (or its table "
                               "labels), false when it was carried from context"),
    C("part_of", "string", "mention_id of the figure this one is a part of (after 其中, 包括, in brackets)"),
    C("parts_add_up", "string", "for a figure with parts: yes when they add up to it (within its rounding), "
                                "else no", isin=("", "yes", "no")),
    C("parts_total", "float64", "for a figure with parts: the sum of its parts", unit="the row's `unit`",
      optional=True),
    C("fact_id", "string", "the fact this mention supports (joins facts); null when it supports none"),
)
FACTS = (
    C("fact_id", "string", "the fact's id, stable across runs (mentions.fact_id points here)"),
    C("region", "string", "county-level or higher unit"),
    C("region_code", "string", "its current 6-digit code", pattern=CODE6),
    C("locality", "string", "a finer place the fact is about (town, village, hospital), else null"),
    C("domain", "string", "topic", isin=DOMAINS),
    C("program", "string", "medical-security program; null in other domains", isin=PROGRAMS),
    C("metric", "string", "medical-security metric; null in other domains", isin=METRICS),
    C("subject", "string", "short normalised label of what is counted (住院, 门诊 …)"),
    C("change", "string", "null for a level, delta or growth_rate", isin=CHANGES),
    C("population", "string", "sub-group"),
    C("period_kind", "string", "as_of or during", isin=PERIOD_KINDS),
    C("period_start", "string", "YYYY-MM", pattern=MONTH),
    C("period_end", "string", "YYYY-MM", pattern=MONTH),
    C("value", "float64", "the value (from the best evidence)", unit="the row's `unit`"),
    C("unit", "string", "canonical unit"),
    C("qualifier", "string", "qualifier of the best evidence", isin=QUALIFIERS),
    C("per", "string", "rate denominator"),
    C("n_mentions", "int64", "number of mentions supporting the fact", ge=1),
    C("doc", "string", "best evidence: document"),
    C("doc_id", "string", "best evidence: document id", pattern=HEX16),
    C("start", "int64", "best evidence: start offset", ge=0, unit="code points"),
    C("end", "int64", "best evidence: end offset", ge=0, unit="code points"),
    C("text", "string", "best evidence: surface text"),
    C("sentence_start", "int64", "best evidence: offset of its sentence (text in `sentences`)", ge=0),
    C("conflict", "bool", "true when supporting mentions disagree on the value"),
    C("conflict_values", "string", "the disagreeing values, '; '-separated"),
    C("corrected", "bool", "true when a supporting mention was set or added by the --corrections file"),
    C("target", "bool", "true for a target or plan, not a result"),
    C("region_stated", "bool", "true when the best evidence names the region in its own sentence"),
    C("period_stated", "bool", "true when the best evidence gives the period in its own sentence"),
    C("parts_add_up", "string", "when the best evidence has parts: yes when they add up to it, else no",
      isin=("", "yes", "no")),
    C("parts_total", "float64", "when the best evidence has parts: their sum", unit="the row's `unit`",
      optional=True),
)
SENTENCES = (
    C("doc", "string", "file path relative to the input folder"),
    C("doc_id", "string", "the document's id", pattern=HEX16),
    C("sentence_start", "int64", "offset of the sentence in the raw text", ge=0, unit="code points"),
    C("sentence_end", "int64", "end offset, exclusive", ge=0, unit="code points"),
    C("sentence", "string", "the sentence (one that holds a mention; over-long runs without a "
      "sentence end are cut into pieces of at most 1,000 characters)"),
)
LABELS = (
    C("column", "string", "the coded column: domain, program, metric, qualifier, change, period_kind, status"),
    C("code", "string", "a value of that column"),
    C("label", "string", "its Chinese label"),
)
TABLES: dict[str, tuple[Column, ...]] = {"documents": DOCUMENTS, "mentions": MENTIONS, "facts": FACTS,
                                         "sentences": SENTENCES, "labels": LABELS}


def columns(table: str) -> list[str]:
    return [c.name for c in TABLES[table]]


def column(table: str, name: str) -> Column:
    return next(c for c in TABLES[table] if c.name == name)


@lru_cache(maxsize=None)
def arrow_schema(table: str) -> "pa.Schema":
    """The written schema. A string column may be null: '' (not known) is written as null so that
    isna() and IS NULL work; numbers and flags are always known. Each field carries its meaning."""
    import pyarrow as pa  # here, not above: reading the declarations needs no Arrow

    arrow = {"string": pa.string(), "int64": pa.int64(), "float64": pa.float64(), "bool": pa.bool_()}
    return pa.schema([pa.field(c.name, arrow[c.type], nullable=c.type == "string" or c.optional,
                               metadata=_field_metadata(c)) for c in TABLES[table]])


def _field_metadata(c: Column) -> dict[str, str]:
    meta = {"description": c.meaning}
    if c.unit:
        meta["unit"] = c.unit
    return meta


def typed(table: str, df):
    """Numbers as numbers: an optional column that is unknown in every row (all None) is float NaN."""
    for c in TABLES[table]:
        if c.type == "float64" and df[c.name].dtype == object:
            df[c.name] = df[c.name].astype("float64")
    return df


def with_nulls(table: str, df):
    """The rows as written: '' in a string column becomes null (validation runs before, on '')."""
    out = df.copy()
    for c in TABLES[table]:
        if c.type == "string":
            col = out[c.name].astype(object)
            out[c.name] = col.where(col != "", None)
    return out


# Chinese labels of the coded columns: the taxonomy's own, and these for the fixed code lists.
_FIXED_LABELS = {
    "qualifier": {"exact": "精确", "approx": "约", "more_than": "超过", "less_than": "不到"},
    "change": {"delta": "增减量", "growth_rate": "增长率"},
    "period_kind": {"as_of": "时点(截至)", "during": "时期(期间)"},
    "status": {"ok": "正常", "error": "出错"},
}


@lru_cache(maxsize=None)
def labels() -> dict[str, dict[str, str]]:
    """column → code → Chinese label, for domain, program, metric and the fixed code lists."""
    out = {kind: {r[1]: r[5] for r in _taxonomy_rows() if r[0] == kind}
           for kind in ("domain", "program", "metric")}
    out.update(_FIXED_LABELS)
    return out


@lru_cache(maxsize=None)
def pandera_schema(table: str):
    import pandera.pandas as pa_

    cols = {}
    for c in TABLES[table]:
        checks = []
        if c.isin:
            checks.append(pa_.Check.isin(list(c.isin)))
        if c.pattern:
            checks.append(pa_.Check.str_matches(c.pattern))
        if c.ge is not None:
            checks.append(pa_.Check.ge(c.ge))
        dtype = {"string": str, "int64": "int64", "float64": "float64", "bool": bool}[c.type]
        cols[c.name] = pa_.Column(dtype, checks=checks, nullable=c.optional)
    return pa_.DataFrameSchema(cols, strict=True, ordered=True, name=table)


def validate(table: str, df):
    """Raise SchemaViolation naming the table, column, row and value of every failure."""
    import pandera.errors

    df = typed(table, df)
    try:
        return pandera_schema(table).validate(df, lazy=True)
    except pandera.errors.SchemaErrors as exc:
        cases = exc.failure_cases
        lines = [f"row {r['index']}: column {r['column']!r} fails {r['check']} (value {r['failure_case']!r})"
                 for r in cases.head(20).to_dict("records")]
        more = f" (+{len(cases) - 20} more)" if len(cases) > 20 else ""
        raise SchemaViolation(f"{table} table: {len(cases)} schema failures{more}:\n  "
                              + "\n  ".join(lines)) from exc
