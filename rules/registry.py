"""The one place rules are registered. A rule defined in a module but not listed here fails a test."""
from __future__ import annotations

from rules import exclusions, quantity

RULE_MODULES = (quantity, exclusions)

RULES = tuple(quantity.RULES)
EXCLUSIONS = tuple(exclusions.EXCLUSIONS)
