"""The extractor: run every registered rule over normalised text and choose spans.

Candidates overlapping an exclusion span are dropped; among overlapping
candidates the leftmost, then longest, then highest-priority one wins.
Every regex scan has a time limit: a pathological document fails alone.
"""
from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass, replace

from extract.errors import ScanTimeout
from extract.spans import SpanSet
from rules.parsers import Quantity
from extract.flat_tables import find_flat_cells
from extract.label_lines import label_above
from extract.serial_cells import find_serial_cells, flat_labels
from extract.tables import find_table_cells
from rules.registry import EXCLUSIONS, RULES
from rules.sites import Sites

SCAN_TIMEOUT_S = 10.0
TABLE_RULE, TABLE_PRIORITY = "table_cell", 10  # a cell read with its row and column wins


@dataclass(frozen=True)
class Found:
    start: int
    end: int
    rule: str
    quantity: Quantity
    period: tuple[str, str, str] | None = None  # stated by layout (a table's column header)
    change: str = ""  # stated by layout (a table's 增长 column)
    row_unit: str = ""  # a table row's unit, which the metric of its change cells follows
    context: tuple[tuple[int, int], ...] = ()  # a table cell's row label, parent rows, column header, caption
    column: tuple[int, int] | None = None  # a table cell's column header
    parents: int = 0  # how many parent rows' labels follow the row label in `context`
    compared: tuple[int, int] | None = None  # a change cell's: the header of the level column it changes


def _finditer(pattern, text, name, timeout, overlapped=False):
    try:
        return list(pattern.finditer(text, overlapped=overlapped, timeout=timeout))
    except TimeoutError as exc:
        raise ScanTimeout(name, f"rule {name!r} ran past {timeout:g} s on a {len(text)}-character "
                                "document; split the file or report the rule") from exc


def rule_matches(rule, text: str, sites: Sites, timeout: float = SCAN_TIMEOUT_S) -> list:
    """The matches a scan of `text` with the rule's pattern finds, in order and not
    overlapping; a rule that names its sites is tried only at them, anchored."""
    if rule.sites is None:
        return _finditer(rule.compiled, text, rule.name, timeout)
    found, end, match = [], 0, rule.compiled.match
    deadline = time.monotonic() + timeout  # the time limit is the whole scan's, as for a scan of the text
    try:
        for pos in rule.sites(sites):
            if pos >= end:  # a scan resumes where its last match ended
                m = match(text, pos, timeout=max(deadline - time.monotonic(), 0.0))
                if m is not None:
                    found.append(m)
                    end = m.end()
    except TimeoutError as exc:
        raise ScanTimeout(rule.name, f"rule {rule.name!r} ran past {timeout:g} s at position {pos} of a "
                                     f"{len(text)}-character document; split the file or report the rule") from exc
    return found


def _exclusion_spans(ex, text: str, timeout: float) -> list[tuple[int, int]]:
    """The spans a scan of `text` with the exclusion's pattern finds, in order.

    An alternation matches at a position what its first branch that matches there matches.
    So each branch is matched at every position it can (overlapped), and the positions are
    taken in order, each scan resuming where its last match ended, as the scan would."""
    if ex.automaton is not None:
        return [(start, end) for _, start, end in ex.automaton.find_matches_as_indexes(text)]
    if ex.compiled_branches:
        at: dict[int, int] = {}
        for compiled in reversed(ex.compiled_branches):  # an earlier branch overrides a later one
            at.update((m.start(), m.end()) for m in _finditer(compiled, text, ex.name, timeout, True))
        if all(end > start for start, end in at.items()):  # (an empty match moves a scan on differently)
            spans, last = [], 0
            for start in sorted(at):
                if start >= last:
                    spans.append((start, at[start]))
                    last = at[start]
            return spans
    return [m.span() for m in _finditer(ex.compiled, text, ex.name, timeout)]


def blocked_spans(text: str, timeout: float = SCAN_TIMEOUT_S) -> list[tuple[int, int, str]]:
    spans = []
    for ex in EXCLUSIONS:
        spans += [(start, end, ex.name) for start, end in _exclusion_spans(ex, text, timeout) if end > start]
    return sorted(spans)


def find_quantities(text: str, timeout: float = SCAN_TIMEOUT_S,
                    also_blocked: Sequence[tuple[int, int, str]] = ()) -> list[Found]:
    """`also_blocked`: spans the caller knows are not statistics (place names: 三台县, 六盘水市)."""
    blocked = SpanSet(blocked_spans(text, timeout) + list(also_blocked))
    candidates, sites = [], Sites(text)
    for rule in RULES:
        for m in rule_matches(rule, text, sites, timeout):
            if m.end() == m.start() or blocked.overlaps(m.start(), m.end()):
                continue
            q = rule.parse(m, rule)
            if q is not None:
                candidates.append((m.start(), -(m.end() - m.start()), -rule.priority, rule.name,
                                   Found(m.start(), m.end(), rule.name, q)))
    for c in find_table_cells(text) + find_flat_cells(text) + find_serial_cells(text):
        if not blocked.overlaps(c.start, c.end):
            candidates.append((c.start, -(c.end - c.start), -TABLE_PRIORITY, TABLE_RULE,
                               Found(c.start, c.end, TABLE_RULE, c.quantity, c.period, c.change, c.row_unit,
                                     c.context, c.column, c.parents, c.compared)))
    candidates.sort(key=lambda c: c[:4])
    chosen, last_end = [], -1
    for *_, found in candidates:
        if found.start >= last_end:
            # (a figure alone in its cell of a table flattened one cell per line with a 序号 column, 57.5% under 完成率:
            # its row's label and column's header, read by position, surer than a flattened table's reading;
            # 全市基本医疗保险参保人数 / 941276人: the label on the line above)
            if (not found.context or found.rule == TABLE_RULE) and (cell := flat_labels(text, found.start, found.end)):
                found = replace(found, context=cell, column=cell[1], parents=0)
            elif not found.context and (label := label_above(text, found.start, found.end)) is not None:
                found = replace(found, context=(label,))
            chosen.append(found)
            last_end = found.end
    return chosen
