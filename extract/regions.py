"""Region and locality of a figure (GUIDELINES §6).

Order of evidence, nearest first: a county-level or higher place named in the figure's clause; a world or national
scope word in its sentence; a place in its sentence; a reference word (全县, 该县, 我市, 全州 …) resolved to the unit the
article is about whose name ends as the word says; the last county named earlier in the paragraph; the article's main
region; the manifest's home region.

Places of other roles never make a figure theirs (extract.place_roles): one of an enumeration (太谷、祁县、平遥3个县:
about all of them), an agency's or source's owner (柘城县合管办, 据省统计局), a venue (北京人民大会堂) …"""
from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache
from itertools import repeat
from typing import Callable

import regex

from extract.gazetteer import NONE, Gazetteer, Region, region_of_place
from extract.localities import locality_before, referred_locality
from extract.main_regions import ArticleRegions
from extract.place_roles import (COMPARED_REACH, COMPARED_WITH, NO_REFERENT, ORGAN_REF, UPPER, Located, arranged_by, guides_from, locate,
                                 names_an_award, opens_a_row, organ_pattern, roles)
from extract.quotations import quote_close, quote_open
from extract.rank_sets import names_a_class, ranked_in_area, ranks_within
from extract.region_words import NO_REF, region_refs, scope_words, was_a_city
from extract.spans import Hit, Sorted, Span, SpanSet, Window, hits, last_of, within
from extract.unit_levels import addressed
from rules.fragments import alternation
from rules.pattern_cache import compiled
from rules.wordlists import words

_FIRST_PERSON = "我本"  # 我县, 本市: the publisher speaking of its own area
# 高出全市平均水平…: a comparison's base is no referent, nor a share's whole (约占上海全市…), nor a basis (按上年度全省…)
_COMPARED_WITH = compiled(COMPARED_WITH + r"|占\p{Han}{1,4}$|按照?(?:上一?年度?)?$|执行$|与$")
_BRACKETED_BASE = compiled(r"(全(?:省|市|州|区|盟))的?(?:平均)?(?:水平|标准)?[(（]为?\s*$")
_ASIDE_REACH = 40  # characters from a bracket's opening to a place in it, and from the place to its closing
_THE_REST_OF = compiled(r"\s*(?:其余|其他|其它)的?\s*[\d一二三四五六七八九十两]+\s*个?(?:县|市|区|乡镇|乡|镇|街道)")


_SPEAKER_REACH = 30  # characters after a quotation's close to its speaker's speech verb


@lru_cache(maxsize=None)
def _zone_opens() -> regex.Pattern:
    """A development zone or new area as a clause's subject (高新区因参合人口较少,仅补偿129人; 郑蒲港新区…)."""
    return compiled(r"\s*(?:其中[,，]?)?\p{Han}{0,10}?(?:" + alternation(words("development_zones.txt")) + ")")


@lru_cache(maxsize=None)
def _whole_area_before() -> regex.Pattern:
    """A whole-area word (region_refs.tsv: 全省, 全市 …), maybe 共有, right before a figure: the area counts it."""
    return compiled("(" + alternation(w for w in region_refs() if w.startswith("全")) + r")(?:共有|共计|共|有)?\s*$")


@lru_cache(maxsize=None)
def _speaker_pattern():
    """An office and an official's title and name, then a speech verb: 民政局副局长周敏说, 卫生局局长王明介绍."""
    return compiled(r"[^，,。；;！？!?“”\n]{0,6}?(?:" + alternation(words("organ_suffixes.txt"))
                    + r")[^，,。；;！？!?“”\n]{0,10}?(?:" + alternation(words("speech_verbs.txt")) + ")")


class RegionResolver(ArticleRegions):
    """Places of one document, resolved once; then a region for each figure's window."""

    def __init__(self, text: str, home_name: str = "", home_code: str = "",
                 gazetteer: Gazetteer | None = None, unit_end: Callable[[int], int] | None = None):
        self.text = text
        self._unit_end = unit_end
        self.gaz = gaz = gazetteer or Gazetteer.load()
        if home_name and not home_code:  # a manifest that names its region without the code
            codes = {p.current_code or p.code for p in gaz.lookup(home_name) if p.level in UPPER}
            home_code = codes.pop() if len(codes) == 1 else ""
        matches = gaz.find(text)
        self.place_spans = [(m.start, m.end, "place_name") for m in matches]
        self.located = Sorted(addressed(roles(text, locate(text, matches, home_code, gaz))))
        home = gaz.by_code(home_code) if home_code else None
        self.home = region_of_place(home) if home else (Region(home_name, home_code) if home_name else NONE)
        places = SpanSet((l.start, l.end) for l in self.located)
        self.names = SpanSet((m.start, m.end) for m in matches)  # (a 和 inside one joins no list: 南和县)
        self.ref_hits = Sorted(sorted(
            [h for h in hits(text, "region_refs.tsv") if not names_an_award(text, h.start)
             and not _COMPARED_WITH.search(text, max(0, h.start - COMPARED_REACH), h.start)
             and not ranks_within(text, h.start, h.end, area=True) and not places.overlaps(h.start, h.end)  # (城区 of 樊城区)
             and not arranged_by(text, h.start, h.end)]  # (按照国家和省里的要求: the order followed, not the figures' unit)
            + [Hit(m.start(), m.end(), ORGAN_REF[m.group(1)]) for m in organ_pattern().finditer(text)
               if not places.overlaps(m.start(), m.start() + 1) and not guides_from(text, m.start() + 1)],
            key=lambda h: h.start))
        self._refs = region_refs()
        self._first_person = Sorted([h for h in self.ref_hits if h.word[0] in _FIRST_PERSON])  # 我县, 本市
        # (a district that was a county-level city, on a page of the city's days: its 我市 is the home)
        self._was_a_city = was_a_city(self.home, gaz.lookup, {self._refs.get(h.word, NO_REF).suffix for h in self.ref_hits})
        self._classes = {h.start for h in self.ref_hits if names_a_class(self.text, h.start, h.end)}  # found once per page
        scope = scope_words()
        self._main: dict[tuple, Region] = {}
        self._named: dict[tuple[Span, str], Sorted] = {}
        self._sentence_key: Span | None = None
        self._sentence: tuple[list[Located], list[Hit], list[Hit]] = ([], [], [])
        self.scope_hits = Sorted(Hit(h.start, h.end, scope[h.word]) for h in hits(text, "region_scope.tsv")
                                 if scope[h.word] != "-" and not (names_an_award(text, h.start) or ranks_within(text, h.start, h.end)
                                                                   # (比全国平均水平高2.6个百分点: the base, not the figure's area)
                                                                   or _COMPARED_WITH.search(text, max(0, h.start - COMPARED_REACH), h.start)))

    # -- places in a span -------------------------------------------------
    def _upper_in(self, start: int, end: int) -> list[Located]:
        return [l for l in within(self.located, start, end) if l.place.level in UPPER]

    def _county_of(self, loc: Located) -> Region:
        county = loc.place if loc.place.level in UPPER else self.gaz.by_code(loc.place.county_code)
        return region_of_place(county) if county else NONE

    def _resolve_ref(self, word: str, w: Window) -> Region:
        """全县, 该区, 全州 …: the unit the article is about whose name ends as the word says."""
        ref = self._refs.get(word) or self._refs["我" + word[-1]]
        before = self._places_before(w, "")
        if word in ORGAN_REF.values():  # (a prefecture's paper on one of its cities: the city's 市医保局)
            return next((r for r in (self.main_region(w), self.home) if r.name.endswith(ref.suffix)),
                        None) or self._resolve_level(ref.level, before, w)
        if ref.suffix and (speaker := self._speaker(w, ref.suffix)) is not None:
            return region_of_place(speaker.place)
        if ref.suffix:  # (…因心脏病到北京做了搭桥手术。⏎下半年全市…: where a patient was treated, a paragraph before, is no 全市)
            named = [l for l in self._places_before(w, ref.suffix) if l.role != "care" or l.start >= w.paragraph[0]]
            if word[0] == "该" and (just := self._just_named(w, ref.suffix)) is not None:
                return region_of_place(just.place)
            if self._home_goes_by(ref.suffix) and self._speaks_for_home(word, w, named):
                return self._own_city(w, named) or self.home
            if named and not self._aside(named[-1], w, before):
                last = named[-1]  # (not a city of the home prefecture an earlier paragraph named, on a page that says 我市)
                code = last.place.current_code or last.place.code  # (unless it is the city the headline names)
                if (last.start < w.paragraph[0] and self.home.name.endswith(ref.suffix) and self._contains(self.home, code)
                        and within(self._first_person, w.article[0], w.start) and self.main_region(w).code != code):
                    return self.home
                return region_of_place(last.place)
            main = self.main_region(w)
            # (全区 on a page of an autonomous region's city or county, no district named: the region)
            for candidate in (main, self.home, self._province_of(main)):
                if candidate.name.endswith(ref.suffix) and not self._written_otherwise(candidate, w, ref.suffix):
                    return candidate
        return self._resolve_level(ref.level, before, w)

    def _speaker(self, w: Window, suffix: str) -> Located | None:
        """The unit of an official who says the figure, named with the office before the speech verb, before the
        figure in its sentence (溧阳市民政局副局长周敏说,全市有326名…) or after the quotation that holds it
        (“去年全县…”荣县卫生局副局长陈志刚介绍): what the official's 全县, 全市 speak for."""
        closed = quote_close(self.text, w) if quote_open(self.text, w) >= 0 else -1
        spans = ((w.sentence[0], w.start),) + (((closed + 1, min(w.paragraph[1], closed + 1 + _SPEAKER_REACH)),)
                                                if closed >= 0 else ())
        for lo, hi in spans:
            for l in reversed(self._upper_in(lo, hi)):
                if self._ends_with(l, suffix) and (m := _speaker_pattern().match(self.text, l.end)) and m.end() <= hi:
                    return l
        return None

    def _written_otherwise(self, r: Region, w: Window, suffix: str) -> bool:
        """射洪县开展…专项行动 (射洪市 now): a unit the article names only as it was then, no 市 that 全市 speaks for."""
        named = [l for l in within(self.located, *w.article) if (l.place.current_code or l.place.code) == r.code]
        return bool(named) and not any(self._ends_with(l, suffix) for l in named)

    def _just_named(self, w: Window, suffix: str) -> Located | None:
        """What 该县, 该市 point back to: the last unit of its kind named before it in its paragraph, also one
        ranked in its area (公安县…,居全市首位。该县…; 北流市:…。该市…)."""
        named = [l for l in self._upper_in(w.paragraph[0], w.start) if (l.role == "part" or l.role not in NO_REFERENT)
                 and self._ends_with(l, suffix)]
        return named[-1] if named else None

    def _home_goes_by(self, suffix: str) -> bool:
        """Whether the home region's name ends so, or ended so when the page was written (see below)."""
        # (全地区 on a page of a prefecture that was a 地区 then: 山南地区, 山南市 now)
        return self.home.name.endswith(suffix) or (suffix == "市" and self._was_a_city) or (
            suffix == "地区" and self.home.level == "prefecture")

    def _own_city(self, w: Window, named: list[Located]) -> Region | None:
        """The county-level city of the home prefecture an article is about, named so before (文登市…我市 in the
        prefecture's paper, though it is 文登区 now): what its 我市 speaks for."""
        main = self.main_region(w)
        if self.home.level != "prefecture" or main.level != "county" or main.code[:4] != self.home.code[:4]:
            return None
        as_a_city = [l for l in named if self.text[l.start:l.end].endswith("市")]
        return main if any((l.place.current_code or l.place.code) == main.code for l in as_a_city) else None

    def _speaks_for_home(self, word: str, w: Window, named: list[Located]) -> bool:
        """我县 on a county's own page is the publisher's county, whoever else it names; so is a 全县
        after such a word with no county named between (我县将…,力争全县参合率…)."""
        if word[0] in _FIRST_PERSON:
            return True
        mine = within(self._first_person, w.article[0], w.start)
        return bool(mine) and (not named or named[-1].start < mine[-1].start)

    def _aside(self, l: Located, w: Window, before: list[Located]) -> bool:
        """A county-level city in an article about its prefecture, named only by its short form
        (江阴 in a line's name), as a table row's label (宣威市  128.95 …), with another county
        (在介休市,…。在平遥县,…。全市…; 岳池县参保人数最多…,华蓥市参保率最高。全市…) or in a paragraph before
        the figure's: 全市 still means the prefecture."""
        main = self.main_region(w)
        if l.place.level != "county" or main.level != "prefecture" or l.place.code[:4] != main.code[:4]:
            return False
        return (not self.text[l.start:l.end].endswith(l.place.name[-1]) or opens_a_row(self.text, l)
                or any(x.place.level == "county" and x.place.code != l.place.code for x in before)
                or l.start < w.paragraph[0]  # (石首市新建安置点11个。⏎全市民生支出…: an example in a paragraph before)
                # (全市…低保对象6.87万人…。建阳市率先…。年末全市…: one of its cities, after the paragraph spoke of the whole)
                or (l.start < w.sentence[0] and any(h.word[0] == "全" for h in within(self.ref_hits, w.paragraph[0], l.start))))

    def _places_before(self, w: Window, suffix: str) -> list[Located]:
        """The article's county-level or higher places before the figure, not listed (ending in `suffix`, if given)."""
        lo, hi = w.article
        if w.start <= hi:
            return within(self._article_places(w.article, suffix), lo, w.start)
        before = [l for l in self._upper_in(lo, w.start) if l.role not in NO_REFERENT]  # a pull quote after its article
        return [l for l in before if self._ends_with(l, suffix)] if suffix else before

    def _article_places(self, article: Span, suffix: str) -> Sorted:
        """The places _places_before reads, kept per article: every reference word in it reads them."""
        key = (article, suffix)
        if key not in self._named:
            if suffix:
                places = [l for l in self._article_places(article, "") if self._ends_with(l, suffix)]
            else:
                starts = self.located.starts
                places = [l for l in self.located[bisect_left(starts, article[0]):bisect_left(starts, article[1])]
                          if l.place.level in UPPER and l.role not in NO_REFERENT]
            self._named[key] = Sorted(places)
        return self._named[key]

    def _ends_with(self, l: Located, suffix: str) -> bool:  # (神木县 as written, not 神木市 as now; 神木: as named)
        written = self.text[l.start:l.end]
        return (written if written == l.place.name else l.place.current_name or l.place.name).endswith(suffix)

    def _resolve_level(self, level: str, before: list[Located], w: Window) -> Region:
        if level == "town":  # (region_refs.tsv: 城区)
            return self.main_region(w)  # (which falls back to the home region itself)
        if level == "county":
            counties = [l for l in before if l.place.level == "county"]
            if counties:
                return region_of_place(counties[-1].place)
            main = self.main_region(w)
            if main.level == "county":
                return main
            if self.home.level == "county":
                return self.home
            # (a county's word never means its prefecture or province: the one county the page named before it, as
            # after a table that ends the county's article; else none, as on a mirror that names only its prefecture)
            if main.level not in ("prefecture", "province", "country"):
                return main
            named = {l.place.current_code or l.place.code: l.place for l in self._upper_in(0, w.start)
                     if l.place.level == "county" and l.role not in NO_REFERENT}
            return region_of_place(next(iter(named.values()))) if len(named) == 1 else NONE
        if level in ("city", "prefecture"):
            cities = [l for l in before if l.place.level == "prefecture"
                      or (level == "city" and l.place.level == "county" and l.place.name.endswith("市"))]
            if cities:
                return region_of_place(cities[-1].place)
            if self.home.level == "prefecture" or (
                    level == "city" and self.home.level == "county" and self._home_goes_by("市")):
                return self.home
            main = self.main_region(w)
            pref = self.gaz.by_code(main.code[:4] + "00") if main.code else None
            return region_of_place(pref) if pref else main
        provinces = [l for l in before if l.place.level == "province"]
        return region_of_place(provinces[-1].place) if provinces else self._province_of(self.home)

    def _province_of(self, unit: Region) -> Region:
        prov = self.gaz.by_code(unit.code[:2] + "0000") if unit.code else None
        return region_of_place(prov) if prov else NONE

    def _before_in_sentence(self, w: Window) -> tuple[list[Located], list[Hit], list[Hit]]:
        """The places, reference words and scope words of the figure's sentence before it (found once a figure)."""
        key = (w.sentence[0], w.start)
        if key != self._sentence_key:
            self._sentence_key = key
            self._sentence = (within(self.located, *key), within(self.ref_hits, *key), within(self.scope_hits, *key))
        return self._sentence

    def stated_in(self, w: Window) -> bool:
        """Whether the figure's own sentence names its region (a place, 全县, 全国 …)."""
        located, refs, scope = self._before_in_sentence(w)
        return bool([l for l in located if l.subject] or refs or scope)

    def region_in(self, span: Span, item: bool = False) -> Region | None:
        """The place a span names (a column header; a 分别 item, where a base or a venue is no such place), if any."""
        inside = [l for l in within(self.located, *span) if l.role in ("", "listed", "part") or (
            not item and l.role not in ("document", "grantor"))]  # (a caption citing 《某省…办法》 is not about it)
        return self._county_of(inside[-1]) if inside else None

    def region_of_row(self, span: Span) -> Region | None:
        """A table row's place; a row naming several counties (城中区、鱼峰区 | 183.18): the area they divide."""
        listed = {l.place.code: l for l in within(self.located, *span) if l.role == "listed" and l.place.level in UPPER}
        return (len(listed) > 1 and self._area_of(list(listed.values()))) or self.region_in(span)

    def area_of_rows(self, lo: int, hi: int, w: Window) -> Region:
        """A table's total row (合计, 全  市): the one prefecture, or province, that the counties of the
        rows above it (text[lo:hi]), else of those below it, lie in and divide; else the page's area."""
        rows = [l for l in within(self.located, lo, hi) if l.place.level in UPPER]
        if len({l.place.code for l in rows}) < 2:
            rows = [l for l in within(self.located, hi, w.article[1]) if l.place.level in UPPER and opens_a_row(self.text, l)]
        return (len({l.place.code for l in rows}) > 1 and self._area_of(rows)) or self.main_region(w)

    def _area_of(self, places: list[Located]) -> Region | None:
        parent = self.gaz.common_parent({l.place.current_code or l.place.code for l in places})
        return region_of_place(parent) if parent is not None else None

    def region(self, w: Window) -> Region:
        if base := _BRACKETED_BASE.search(self.text, max(0, w.start - 12), w.start):
            return self._resolve_ref(base.group(1), w)  # 高于全省平均水平(52.3%): the figure of the area compared with
        if whole := _whole_area_before().search(self.text, max(0, w.start - 8), w.start):
            return self._resolve_ref(whole.group(1), w)  # 在全省21个地市中排第9位, 是全省23个深度贫困县之一: the area's own count
        if _THE_REST_OF.match(self.text, w.clause[0]):
            return self.main_region(w)  # 某县救助X人次,其余五个县(市)共救助Y人次: the area the rest lie in, not the last named
        located, refs, scope = self._before_in_sentence(w)
        places = [l for l in located if l.subject and not self._in_closed_aside(l, w)]
        in_clause = [l for l in places if l.start >= w.clause[0]]
        if in_clause:
            return self._county_of(in_clause[-1])
        lead = max(w.sentence[0], last_of(self.text, ";；", w.sentence[0], w.clause[0]) + 1)  # (its clause or ；-item)
        item = max(w.clause[0], last_of(self.text, "、", w.clause[0], w.start) + 1)  # (…渝水区(88.7%)、高新区(81.0%))
        if any(_zone_opens().match(self.text, lo, w.start) and not any(l.start >= lo for l in places)
               for lo in (lead, w.clause[0], item)):
            return self._zone_area(w)
        if refs and refs[-1].start >= w.clause[0]:  # 平遥县参保25.6万人,全市参保310万人: its own 全市
            return self._resolve_ref(refs[-1].word, w)
        scope = (scope
                 # 21个国家: the scope word is the counted noun
                 + [s for s in within(self.scope_hits, w.start - 3, w.end + 5) if s.start < w.end + 2])
        if scope and not places:
            name = scope[0].word
            return Region(name, "", "country") if name else NONE
        if places and not (refs and refs[-1].start > places[-1].end and refs[-1].start not in self._classes):
            # (记者从某县医保部门了解到,今年起,我省…,报销比例…: the area named after the place; 某市是我省…试点县: its class)
            return self._county_of(places[-1])
        if refs:  # no place of the sentence is a subject after it (else it was taken above): 全县 … decides
            return self._resolve_ref(refs[-1].word, w)
        listed = [l for l in located if l.role == "listed" and l.start >= w.clause[0]]
        if listed and (area := self._area_of(listed)):
            return area  # 南昌、赣州、上饶3个设区市…合计: the one area the listed places lie in
        span = (w.paragraph[0], w.start)
        refs = [h for h in within(self.ref_hits, *span) if h.start not in self._classes]
        # (…其中甲县30.1万人、乙县25.4万人。全年基金收入X: a part is its own clause's only)
        upper = self._upper_in(*span)
        earlier = [l for l in upper if l.subject and l.role != "part" and not self._in_closed_aside(l, w)]
        if upper and upper[-1].role == "part" and ranked_in_area(self.text, upper[-1].end):
            earlier.append(upper[-1])  # (某县:参合率…,为全市最高;基金使用率…: the last unit named, ranked in its area)
        last_ref = refs[-1] if refs else None
        last_place = earlier[-1] if earlier else None
        # 全国…参保13.26亿人。其中,职工…3.7亿人: a scope that was its sentence's area goes on
        scoped = [h for h in within(self.scope_hits, *span) if self._names_its_sentence(h)]
        if scoped and all(x is None or x.start < scoped[-1].start for x in (last_ref, last_place)):
            return Region(scoped[-1].word, "", "country") if scoped[-1].word else NONE
        if last_place and (not last_ref or last_place.start > last_ref.start):
            return self._county_of(last_place)
        if last_ref:
            return self._resolve_ref(last_ref.word, w)
        return self.main_region(w)

    def _zone_area(self, w: Window) -> Region:
        """慈湖高新区、经济技术开发区分别完成80.5%和78.9%: a development zone opening the clause, which the gazetteer does not
        know, is in the city the page is about (on a county's page, the county's city), no county named before it."""
        main = self.main_region(w)
        city = self.gaz.by_code(main.code[:4] + "00") if main.level == "county" and main.code else None
        return region_of_place(city) if city is not None else main

    def _in_closed_aside(self, l: Located, w: Window) -> bool:
        """…217宗(其中大埔县63宗),受益人口约28万人: a place inside brackets closed before the figure names only
        what they hold."""
        lo = max(w.paragraph[0], l.start - _ASIDE_REACH)  # (an aside is short: no scan of a long paragraph per place)
        opened = max(self.text.rfind("(", lo, l.start), self.text.rfind("（", lo, l.start))
        return opened >= 0 and last_of(self.text, ")）", opened, l.start) < 0 and (
            last_of(self.text, ")）", l.end, min(w.start, l.end + _ASIDE_REACH)) >= 0)

    def _names_its_sentence(self, h: Hit) -> bool:
        """No place and no 全县… in the sentence of scope word `h`: it names the sentence's area."""
        lo = max(map(self.text.rfind, "。！？!?\n", repeat(0), repeat(h.start))) + 1
        hi = min((i for i in map(self.text.find, "。！？!?\n", repeat(h.end)) if i >= 0), default=len(self.text))
        return not [l for l in within(self.located, lo, hi) if l.subject] and not within(self.ref_hits, lo, hi)

    def locality(self, w: Window, item: Span | None = None) -> str:
        """The town or village of the figure's 分别 item (甲镇、乙镇参保率分别为98.2%、97.6%), else one
        named just before the figure in its sentence; else the township or hospital its sentence
        refers to (全乡, 该院: localities.referred_locality)."""
        if item is not None and (own := locality_before(self.text, within(self.located, *item), item[1])):
            return own
        return locality_before(self.text, self._before_in_sentence(w)[0], w.start) or referred_locality(
            self.text, within(self.located, w.article[0], w.start), w.sentence[0], w.start)
