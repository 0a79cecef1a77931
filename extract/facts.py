"""facts: mentions deduplicated across documents (filled by attribution)."""
from __future__ import annotations


def merge_facts(doc_facts: list[dict]) -> list[dict]:
    """Combine per-document fact candidates; attribution is not built yet, so there are none."""
    return list(doc_facts)
