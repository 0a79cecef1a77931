"""Shared helper for attribution tests: run a made-up page through DocumentContext."""
from __future__ import annotations

from extract.attribute import DocumentContext
from extract.normalise import normalise
from extract.scan import find_quantities


def attributions(page: str, published: str | None = None, home_name: str = "", home_code: str = ""):
    """(surface text, Found, Attribution) for every figure on the page, in page order."""
    norm = normalise(page)
    ctx = DocumentContext(norm, published, home_name, home_code)
    found = find_quantities(norm, also_blocked=ctx.regions.place_spans)
    return [(norm[f.start:f.end], f, a) for f, a in zip(found, ctx.attribute_all(found))]


def attribution(page: str, surface: str, nth: int = 0, **kw):
    """The attribution of the nth figure whose surface text is `surface`."""
    figures = attributions(page, **kw)
    found = [a for s, _, a in figures if s == surface]
    assert len(found) > nth, f"{surface!r} not found; figures: {[s for s, _, _ in figures]}"
    return found[nth]
