"""The decades of the last century (20世纪60年代, 上世纪八十年代末, 上世纪90年代以来): the ten years a decade covers,
or from its start to the report's month with 以来 (GUIDELINES §6)."""
from __future__ import annotations

from rules.base import TimeExample as T
from rules.base import TimeRule
from rules.time_grammar import SP, resolve_decade

DECADE = TimeRule(
    name="decade",
    pattern=rf"(?:20{SP}世纪|二十世纪|上个?世纪)(?P<dec>[1-9]0|[一二三四五六七八九]十){SP}年代(?:初期?|中期|末期?)?(?P<since>以来)?",
    resolve=resolve_decade,
    examples=(
        T("全县卫生院由20世纪60年代的3所增加到18所。", "20世纪60年代", ("during", "1960-01", "1969-12"),
          relative=False),
        T("上世纪八十年代末，全县只有卫生院5所。", "上世纪八十年代末", ("during", "1980-01", "1989-12"),
          relative=False),
        T("上世纪90年代以来，全县新建学校30所。", "上世纪90年代以来", ("during", "1990-01", "2025-12"),
          relative=True),
        T("全乡的合作医疗始于20 世纪70 年代。", "20 世纪70 年代", ("during", "1970-01", "1979-12"), relative=False),
        T("20世纪40年代，全县只有私人诊所3家。", "20世纪40年代", ("during", "1940-01", "1949-12"), relative=False),
        T("上世纪三十年代，县城有药铺5家。", "上世纪三十年代", ("during", "1930-01", "1939-12"), relative=False),
    ),
    counter_examples=("九十年代",),
)
