"""The levels of the administrative units a figure's region may have, the lowest of units named one within the
next (a site's crumbs 河北 > 承德市, a title's 长治市潞城市), and the part a unit written right before one within it
plays (山南市乃东区医疗保障局: the district's address)."""
from __future__ import annotations

from dataclasses import replace

from extract.gazetteer import Region, region_of_place

LEVEL = {"province": 0, "prefecture": 1, "county": 2}


def lowest_nested(places: list) -> Region | None:
    """The one unit named, or the lowest of units each within the next, as they are now (长治市潞城市: the city)."""
    low = max(places, key=lambda p: LEVEL[p.level], default=None)
    up = (low.current_code or low.code, low.prefecture_code, low.province_code) if low else ()
    return region_of_place(low) if low and all((p.current_code or p.code) in up for p in places) else None


def addressed(located: list) -> list:
    """山南市乃东区医疗保障局: a unit written right before one within it is that one's address, and plays its part (here
    the owner of a bureau, no subject of the sentence)."""
    out = list(located)
    for i in range(len(out) - 2, -1, -1):
        a, b = out[i], out[i + 1]
        if (b.start == a.end and b.role and not a.role
                and (a.place.current_code or a.place.code) in (b.place.prefecture_code, b.place.province_code)):
            out[i] = replace(a, role=b.role)
    return out
