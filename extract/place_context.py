"""The places in context of a page (named nearby, on the page, the manifest's home region), read once into the
counties, prefectures and provinces they stand for, for the gazetteer to rank a name's candidates by."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterable


@dataclass(frozen=True)
class Context:
    """Units in context, read once from their codes (:meth:`Gazetteer.context`); ``plus`` adds
    a few codes without copying the sets, so a page's context is built once, not per place."""

    counties: tuple[frozenset, ...]
    prefectures: tuple[frozenset, ...]
    provinces: tuple[frozenset, ...]
    gazetteer: Any  # the Gazetteer (extract.gazetteer) that reads codes into these sets

    def plus(self, codes: Iterable[str]) -> "Context":
        more = self.gazetteer.context(codes)
        return Context(self.counties + more.counties, self.prefectures + more.prefectures,
                       self.provinces + more.provinces, self.gazetteer)

    def county(self, code: str) -> bool:
        return any(code in s for s in self.counties)

    def prefecture(self, code: str) -> bool:
        return any(code in s for s in self.prefectures)

    def province(self, code: str) -> bool:
        return any(code in s for s in self.provinces)
