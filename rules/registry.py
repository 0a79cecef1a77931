"""The one place rules are registered. A rule defined in a module but not listed here fails a test."""
from __future__ import annotations

from rules import decades, divisions, exclusions, lengths, quantity, time

RULE_MODULES = (quantity, lengths, divisions, exclusions, time, decades)

RULES = tuple(quantity.RULES) + tuple(lengths.RULES) + tuple(divisions.RULES)
EXCLUSIONS = tuple(exclusions.EXCLUSIONS)
TIME_RULES = tuple(time.TIME_RULES)  # time rules and time skips, in the order they are tried
