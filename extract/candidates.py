"""A fact candidate: what a fact needs of one supporting mention, made where the mention is made.

Kept apart from the merge (extract.merge), which writes Arrow: a worker makes candidates and
needs no Arrow of its own.
"""
from __future__ import annotations

from dataclasses import fields
from operator import attrgetter
from typing import NamedTuple

from extract.facts import evidence_rank, fact_key
from extract.records import Mention

# What a fact needs of one supporting mention (its key, its evidence, its value): a compact
# record of Mention's own fields, in this order, with Mention's types.
FIELDS = ("doc", "doc_id", "start", "end", "text", "value", "unit", "qualifier", "change", "per", "region",
          "region_code", "locality", "period_kind", "period_start", "period_end", "domain", "program", "metric",
          "population", "sentence_start", "target", "region_stated", "period_stated", "parts_add_up",
          "parts_total", "item", "repeat", "fact_id")
TYPES = {f.name: f.type for f in fields(Mention)}  # each field's type, as Mention declares it
Candidate = NamedTuple("Candidate", [(name, TYPES[name]) for name in FIELDS])

_CANDIDATE_VALUES = attrgetter(*FIELDS)


def candidate(m: Mention) -> Candidate:
    return Candidate._make(_CANDIDATE_VALUES(m))


def keyed(c: Candidate) -> tuple:
    """(fact key, evidence rank, the candidate's values): what the merge sorts by, made where the
    candidate is made (a worker), so that the parent only appends. The values go on as a plain
    tuple, which pickle writes and reads in C; a named tuple is rebuilt by a Python call each time
    it is unpickled (from the worker, then from a spill file). A fact's evidence is named again
    when its row is made."""
    return (fact_key(c), evidence_rank(c), tuple(c))
