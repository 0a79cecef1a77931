"""The region an article, or a section of one, is about (GUIDELINES §6): a place in its headline, the county its
lead names, the county a section's opening names, the publisher's area its 我县/全市 speaks for, the county named
most often in it, the manifest's home region. The base of extract.regions.RegionResolver, which holds the page's
places and reference words these read (self.located, self.ref_hits, self.home …)."""
from __future__ import annotations

from collections import Counter

from extract.gazetteer import NONE, Region, region_of_place
from extract.place_roles import NO_REFERENT, UPPER, Located, opens_a_row
from extract.region_words import NO_REF
from extract.segment import furniture, page
from extract.segment.lines import opens_numbered_section
from extract.spans import Hit, Window, within
from extract.unit_levels import LEVEL, lowest_nested
from rules.pattern_cache import compiled

# what an article is not about: a document's scope (根据《某省…办法》), where a patient was treated (送往某市医院)
NOT_THE_TOPIC = NO_REFERENT | {"document", "care"}
_DIGIT = compiled(r"\d")
_CAPITAL = "11"  # the province code of Beijing, where national news is filed
_ROWS_OF_AN_AREA = 3  # rows of counties enough to make a table of their area's


class ArticleRegions:
    """main_region and what it reads, for RegionResolver."""

    def main_region(self, w: Window) -> Region:
        """What the article is about: a place in its headline; else the first county its lead names; else, under
        a section heading, the county its first two lines name; else 我市/我县 in the headline (the home region), or
        我国/全国 (中国); else the county named most often in it (not one of the home prefecture named once: a
        villager's home in a quote); else the manifest's home region. Once per article section."""
        key = (w.article, w.headline)
        if key not in self._main:
            self._main[key] = self._main_region(w)
        return self._main[key]

    def _main_region(self, w: Window) -> Region:
        if w.headline and not furniture.in_channel_tags(self.text, w.headline):
            # (a paper's name in the line read as the headline, 某某日报 2023-12-19 第03版, is its dateline)
            # (nor is the last row of a list above the paragraphs, 拜泉县　救助2.86万人次　资金2011万元, a headline's place)
            inside = [l for l in self._upper_in(*w.headline) if l.role not in NO_REFERENT and l.role != "outlet"
                      and not opens_a_row(self.text, l)]
            # (全市城乡居民医保参保率达97.8% 化州以99.1%居首, 江门前8个月… 台山…位列五邑第一: the whole home area
            # first, by its name or 全市, then one of its parts; not 大庆市林甸县…, the part's address)
            home = [l for l in inside if (l.place.current_code or l.place.code) == self.home.code]
            if inside and self.home.code and all(l in home or self._contains(self.home, l.place.code) for l in inside) and (
                    (inside[0] in home and all(l.start > inside[0].end + 1 for l in inside if l not in home))
                    or within(self.ref_hits, w.headline[0], inside[0].start)):
                return self.home
            if inside:
                return region_of_place(sorted(inside, key=lambda l: LEVEL[l.place.level])[-1].place)
        if (self.text[:w.article[0]].rstrip().endswith((":", "：")) and (earlier := [
                (k[0][0], r) for k, r in self._main.items() if k[0][1] <= w.article[0] and r.name])):
            return max(earlier)[1]  # 以下是该县…情况(单位:人、万元):⏎ a table set apart: the article before's
        lead_start, lead_end, lead = self._lead(w)
        rows = [l for l in self._upper_in(*w.article) if opens_a_row(self.text, l)] if lead and opens_a_row(self.text, lead[0]) else []
        if len({l.place.code for l in rows}) >= _ROWS_OF_AN_AREA and (area := self._area_of(rows)):
            return area  # under a table of a prefecture's counties (麒麟区  62.35 …⏎沾益区 …), its prefecture
        # (a county named by its code of the time, 沿河县 522228 under 铜仁地区, lies in the home by today's code)
        lead_code = (lead[0].place.current_code or lead[0].place.code) if lead else ""
        home = self.home if self.home.code else (self._title_region() or NONE)  # (a bulletin's copy: its title's city)
        if lead and home.code and self._contains(home, lead_code) and self._home_over(w, lead[0], lead_start):
            return home
        if lead:
            return region_of_place(lead[0].place)
        if (town := self._town_county(w, lead_start, lead_end)) is not None:
            return town
        if w.headline and (opening := self._opening_county(w)) is not None:
            return opening  # a section of an article whose opening names its county
        lead = (lead_start, lead_end if lead_end > 0 else w.article[1])
        speaks = (within(self.ref_hits, *w.headline) if w.headline else []) or within(self._first_person, *lead) or [
            h for h in within(self.ref_hits, *lead) if self._home_goes_by(self._refs.get(h.word, NO_REF).suffix or "\0")]
        if speaks and self.home.code:
            return self._spoken_for(speaks[0])
        if w.headline and any(h.word == "中国" for h in within(self.scope_hits, *w.headline)):
            return Region("中国", "", "country")  # (我国新农合试点县已达1433个: the provinces after are examples)
        inside = [l for l in self._upper_in(*w.article) if l.role not in NOT_THE_TOPIC]
        pool = [l for l in inside if l.place.level == "county"] or inside
        if (not self.home.code and any(self._refs.get(h.word, NO_REF).suffix == "市" for h in speaks)
                and len({l.place.code for l in pool}) >= _ROWS_OF_AN_AREA and (area := self._area_of(pool))
                and area.level == "prefecture"):
            return area  # 我市…三县(市)中,甲市…乙市…丙县, on a page with no home: the city whose counties it goes through
        if not pool:
            title = self._title_region()  # (a county of the home prefecture in the page's title: its sections' too)
            if title is not None and self._contains(self.home, title.code):
                return title
            return self.home if self.home.name else (title or self._page_region())
        counts = Counter(l.place.current_code or l.place.code for l in pool)
        best = max(pool, key=lambda l: (counts[l.place.current_code or l.place.code], -l.start))
        code = best.place.current_code or best.place.code
        if counts[code] == 1 and self._contains(home, code) and not self._in_title(best, w):
            return home  # one county of the home prefecture named once, in passing
        if best.place.level == "prefecture" and self.home.level == "county" and self.home.code[:4] == code[:4]:
            return self.home  # (a county's page naming only its prefecture, in crumbs or links: still the county's)
        if counts[code] == 1 and any(l.role == "dateline" and l.place.code[:2] == _CAPITAL for l in within(self.located, *lead)):
            return Region("中国", "", "country")  # 新华网北京5月21日电…在浙江省某县,…: a national story, its example county
        return region_of_place(best.place)

    def _town_county(self, w: Window, lead_start: int, lead_end: int) -> Region | None:
        """郭城驿镇新农合惠及3.8万农民 on a prefecture's paper: the county of the town its headline (else lead) names,
        where that county lies in the home prefecture (the page names no county of its own)."""
        for lo, hi in ([w.headline] if w.headline else []) + [(lead_start, lead_end if lead_end > 0 else w.article[1])]:
            towns = [l for l in within(self.located, lo, hi) if l.place.level not in UPPER and l.role not in NO_REFERENT]
            if towns and (county := self._county_of(towns[0])).code and self._contains(self.home, county.code):
                return county
        return None

    def _opening_county(self, w: Window) -> Region | None:
        """The county (else prefecture) an article's first two lines name (【医疗保障】⏎【概况】 2019年,某县医疗保障局…),
        for its sections whose heading and lead name none."""
        end, lines = w.article[0], 0
        while lines < 2 and end < w.article[1]:
            stop = self.text.find("\n", end, w.article[1])
            stop = w.article[1] if stop < 0 else stop
            lines += bool(self.text[end:stop].strip())
            end = stop + 1
        if w.headline[0] < end:
            return None  # the section is the opening itself
        # (not 根据《某市…通知》, nor the site the page stands on: 某市地方志网 › 某县年鉴)
        named = [l for l in self._upper_in(w.article[0], end) if l.role not in NOT_THE_TOPIC and l.role != "outlet"]
        # (a prefecture where the opening names no county: 某市2025年度居民医保参保缴费进展情况 over 三、…)
        units = [l for l in named if l.place.level == "county"] or [l for l in named if l.place.level == "prefecture"]
        return region_of_place(units[0].place) if units else None

    def _lead(self, w: Window) -> tuple[int, int, list[Located]]:
        """Where the lead paragraph under an article's or section's headline starts and ends, and the units it
        names that may be its topic: its counties, else its prefectures, else an area it names."""
        lead_start = w.headline[1] if w.headline else w.article[0]
        # past the blank lines after a headline, and past a posting line (2017年01月05日 来源:某某日报 作者:…)
        lead_start = furniture.past_furniture_lines(self.text, lead_start, w.article[1])
        # the lead paragraph as the layout reads it: paragraphs one to a line (\n　　…) end at their line
        lead_end = self._unit_end(lead_start) if self._unit_end else -1
        if lead_end <= lead_start:
            lead_end = self.text.find("\n\n", lead_start + 1, w.article[1])
        in_lead = [l for l in self._upper_in(lead_start, lead_end if lead_end > 0 else w.article[1])
                   if l.role not in NOT_THE_TOPIC]
        lead = [l for l in in_lead if l.place.level == "county"] or [
            l for l in in_lead if l.place.level == "prefecture"] or [  # a lead about a prefecture's counties
            l for l in in_lead if self._area_of_lead(l, lead_start, lead_end)]
        return lead_start, lead_end, lead

    def _home_over(self, w: Window, county: Located, lead_start: int) -> bool:
        """（一）全市参保X人,…某县…: the whole area, then its parts (not 我市某县: the county's story); 【基金监管】…
        追回3871万元…。某区做法被推广: a section of the home's report, one county named after the sentences of its figures."""
        whole = [h for h in within(self.ref_hits, lead_start, county.start - 1) if h.word[0] == "全"]
        if whole and self._home_goes_by(self._refs.get(whole[0].word, NO_REF).suffix or "\0"):
            return True
        stop = max(self.text.rfind(c, lead_start, county.start) for c in "。！？!?")
        return (w.headline is not None and page.title_line(self.text)[1] < w.headline[0]
                and (self.text.startswith("【", w.headline[0]) or opens_numbered_section(self.text[w.headline[0]:w.headline[1]]))
                and _DIGIT.search(self.text, lead_start, max(stop, lead_start)) is not None)

    def _spoken_for(self, speaks: Hit) -> Region:
        """我县 in the headline or the lead (我县作为首批试点县…), or 全市 on the city's: the publisher's; 全市 under a
        title naming a county-level city of the home prefecture (原平市政府工作报告 on the prefecture's site): that city."""
        title = self._title_region() if speaks.word[0] == "全" else None
        if (title is not None and title.level == "county" and self._contains(self.home, title.code)
                and title.name.endswith(self._refs.get(speaks.word, NO_REF).suffix or "\0")):
            return title
        return self.home

    def _area_of_lead(self, l: Located, lead_start: int, lead_end: int) -> bool:
        """X日报讯…全市参保人数…: a province-level unit named in a lead that speaks of it as a whole
        (a municipality and 全市/我市; a province and 全省: 河北省民政厅…2012年全省…) is what the article is
        about (a city elsewhere in the lead is where a story was filed: 新华网北京…电)."""
        if l.place.level != "province":
            return False
        end = lead_end if lead_end > 0 else len(self.text)
        own = (l.place.current_name or l.place.name)[-1]  # 市, 省, or 区 of an autonomous region
        return any(self._refs.get(h.word, NO_REF).suffix == own for h in within(self.ref_hits, lead_start, end))

    def _in_title(self, l: Located, w: Window) -> bool:
        """In the article's first line (a work summary's title above its section headings)."""
        first_break = self.text.find("\n", w.article[0], w.article[1])
        return l.start < (first_break if first_break >= 0 else w.article[1])

    def _contains(self, unit: Region, code: str) -> bool:
        keep = {"prefecture": 4, "province": 2}.get(unit.level, 0)  # (a provincial bulletin's one county too)
        return keep > 0 and code[:keep] == unit.code[:keep] and code != unit.code

    def _title_region(self) -> Region | None:
        """The unit the page's title names (莒县…占比达80.2%), for the articles after it that name none."""
        return lowest_nested([l.place for l in self._upper_in(*page.title_line(self.text)) if l.role not in NO_REFERENT])

    def _page_region(self) -> Region:
        """The unit a page names anywhere (资料来源:四川省民政厅; crumbs 河北 > 承德市 over 某县年鉴(2022))."""
        return lowest_nested([l.place for l in self.located if l.place.level in UPPER and l.role != "dateline"]) or NONE
