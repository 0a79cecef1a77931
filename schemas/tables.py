"""The four tables, declared once.

Each column has a type, a meaning (the README's table reference says the same)
and the values it may take. From this one declaration come the pyarrow
schema used for writing and the pandera schema rows are validated against.
"""
from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pyarrow as pa

# The taxonomy is data of the rules; read here as a file so that schemas import nothing of ours.
TAXONOMY = Path(__file__).resolve().parent.parent / "rules" / "wordlists" / "taxonomy.tsv"


class SchemaViolation(ValueError):
    """Rows do not satisfy the declared table schema."""


def _taxonomy(kind: str) -> tuple[str, ...]:
    with open(TAXONOMY, encoding="utf-8", newline="") as fh:
        rows = [r for r in csv.reader(fh, delimiter="\t") if r and not r[0].startswith("#")]
    return tuple(r[1] for r in rows if r[0] == kind)


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

_ARROW = {"string": pa.string(), "int64": pa.int64(), "float64": pa.float64(), "bool": pa.bool_()}


@dataclass(frozen=True)
class Column:
    name: str
    type: str  # string | int64 | float64 | bool
    meaning: str
    isin: tuple = ()
    pattern: str = ""
    ge: float | None = None


C = Column
DOCUMENTS = (
    C("doc", "string", "file path relative to the input folder it was found in"),
    C("path", "string", "the file path as it was read"),
    C("doc_id", "string", "identifies this input file in the run: a hash of its path and content "
      "(16 hex digits); joins mentions, facts and sentences", pattern=HEX16),
    C("content_hash", "string", "sha256 of the file's bytes (16 hex digits): equal for identical "
      "copies, for de-duplication; '' when the file could not be read", pattern=r"^([0-9a-f]{16})?$"),
    C("encoding", "string", "encoding the file was decoded with ('' when it could not be)"),
    C("n_chars", "int64", "length of the decoded text in code points", ge=0),
    C("status", "string", "ok, or error when the file could not be read or processed", isin=STATUSES),
    C("error", "string", "what went wrong and what to do, for status error"),
    C("note", "string", "what reading the file took that you may want to know (bad bytes replaced …)"),
    C("home_region", "string", "manifest: the newspaper's home region"),
    C("home_region_code", "string", "manifest: its 6-digit code", pattern=CODE6),
    C("published", "string", "publication month YYYY-MM (manifest, else inferred from the page)",
      pattern=MONTH),
    C("published_source", "string", "where `published` came from: manifest, inferred (how), or ''"),
    C("n_mentions", "int64", "number of mentions found", ge=0),
)
MENTIONS = (
    C("doc", "string", "file path relative to the input folder"),
    C("doc_id", "string", "the document's id (joins documents and sentences)", pattern=HEX16),
    C("start", "int64", "start offset (code points) into the decoded raw text", ge=0),
    C("end", "int64", "end offset, exclusive: raw[start:end] == text", ge=0),
    C("text", "string", "the surface text of the mention"),
    C("value", "float64", "value in base units (yuan, persons, percent …)"),
    C("unit", "string", "canonical unit: 元, 人, 人次, 户, %, 个百分点, 倍, or the measure word"),
    C("qualifier", "string", "exact, approx (约/近), more_than (余/超/以上), less_than (不到/以下)",
      isin=QUALIFIERS),
    C("change", "string", "'' for a level; delta or growth_rate for a change", isin=CHANGES),
    C("per", "string", "rate denominator: '', year, person, person_year, day, mu …"),
    C("region", "string", "county-level or higher unit the figure is about (full name)"),
    C("region_code", "string", "its current 6-digit administrative code", pattern=CODE6),
    C("locality", "string", "a finer place: town, village, school, hospital"),
    C("period_kind", "string", "as_of (a stock at a moment), during (a flow), '' when no time given",
      isin=PERIOD_KINDS),
    C("period_start", "string", "YYYY-MM; empty for as_of", pattern=MONTH),
    C("period_end", "string", "YYYY-MM", pattern=MONTH),
    C("domain", "string", "topic of the figure (GUIDELINES §7)", isin=DOMAINS),
    C("program", "string", "medical-security program (GUIDELINES §8)", isin=PROGRAMS),
    C("metric", "string", "medical-security metric (GUIDELINES §8)", isin=METRICS),
    C("population", "string", "sub-group the figure is restricted to"),
    C("rule", "string", "name of the rule that found the mention"),
    C("sentence_start", "int64", "offset of the sentence the mention stands in (its text: "
      "`sentences`, joined on doc_id and sentence_start)", ge=0),
)
FACTS = (
    C("region", "string", "county-level or higher unit"),
    C("region_code", "string", "its current 6-digit code", pattern=CODE6),
    C("domain", "string", "topic", isin=DOMAINS),
    C("program", "string", "medical-security program; '' in other domains", isin=PROGRAMS),
    C("metric", "string", "medical-security metric; '' in other domains", isin=METRICS),
    C("item", "string", "short normalised label of what is counted (住院, 门诊 …)"),
    C("change", "string", "'' level, delta or growth_rate", isin=CHANGES),
    C("population", "string", "sub-group"),
    C("period_kind", "string", "as_of or during", isin=PERIOD_KINDS),
    C("period_start", "string", "YYYY-MM", pattern=MONTH),
    C("period_end", "string", "YYYY-MM", pattern=MONTH),
    C("value", "float64", "the value (from the best evidence)"),
    C("unit", "string", "canonical unit"),
    C("qualifier", "string", "qualifier of the best evidence", isin=QUALIFIERS),
    C("per", "string", "rate denominator"),
    C("n_mentions", "int64", "number of mentions supporting the fact", ge=1),
    C("doc", "string", "best evidence: document"),
    C("doc_id", "string", "best evidence: document id", pattern=HEX16),
    C("start", "int64", "best evidence: start offset", ge=0),
    C("end", "int64", "best evidence: end offset", ge=0),
    C("text", "string", "best evidence: surface text"),
    C("sentence_start", "int64", "best evidence: offset of its sentence (text in `sentences`)", ge=0),
    C("conflict", "bool", "true when supporting mentions disagree on the value"),
    C("conflict_values", "string", "the disagreeing values, '; '-separated"),
)
SENTENCES = (
    C("doc", "string", "file path relative to the input folder"),
    C("doc_id", "string", "the document's id", pattern=HEX16),
    C("sentence_start", "int64", "offset of the sentence in the raw text", ge=0),
    C("sentence_end", "int64", "end offset, exclusive", ge=0),
    C("sentence", "string", "the sentence (one that holds a mention; over-long runs without a "
      "sentence end are cut into pieces of at most 1,000 characters)"),
)
TABLES: dict[str, tuple[Column, ...]] = {"documents": DOCUMENTS, "mentions": MENTIONS, "facts": FACTS,
                                         "sentences": SENTENCES}


def columns(table: str) -> list[str]:
    return [c.name for c in TABLES[table]]


@lru_cache(maxsize=None)
def arrow_schema(table: str) -> pa.Schema:
    return pa.schema([pa.field(c.name, _ARROW[c.type], nullable=False) for c in TABLES[table]])


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
        cols[c.name] = pa_.Column(dtype, checks=checks, nullable=False)
    return pa_.DataFrameSchema(cols, strict=True, ordered=True, name=table)


def validate(table: str, df):
    """Raise SchemaViolation naming the table, column, row and value of every failure."""
    import pandera.errors

    try:
        return pandera_schema(table).validate(df, lazy=True)
    except pandera.errors.SchemaErrors as exc:
        cases = exc.failure_cases
        lines = [f"row {r['index']}: column {r['column']!r} fails {r['check']} (value {r['failure_case']!r})"
                 for r in cases.head(20).to_dict("records")]
        more = f" (+{len(cases) - 20} more)" if len(cases) > 20 else ""
        raise SchemaViolation(f"{table} table: {len(cases)} schema failures{more}:\n  "
                              + "\n  ".join(lines)) from exc
