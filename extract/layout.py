"""A page's layout as attribution reads it: its articles and units, found by bisection, and the
window of clause, sentence, paragraph, article, heading and previous paragraph around a figure."""
from __future__ import annotations

from bisect import bisect_right

from extract.segment import Article, article_at, clause_at, segment_page, sentences
from extract.segment.lines import opens_item, opens_numbered_section
from extract.spans import Span, Window


class Layout:
    """The page's articles and units, with lookups by bisection."""

    def __init__(self, text: str):
        self.text = text
        self.articles: list[Article] = segment_page(text)
        self._units = sorted(((u.start, u.end, a, i) for a in self.articles for i, u in enumerate(a.units)),
                             key=lambda t: t[:2])
        self._unit_starts = [u[0] for u in self._units]
        self._sentence_cache: dict[Span, list[Span]] = {}
        self._before_cache: dict[int, list[tuple[Span | None, Span | None]]] = {}

    def unit_at(self, offset: int) -> tuple[Article | None, int | None]:
        """The article and index of the unit holding `offset` (a pull quote printed away from
        its article is a unit of the article it quotes); between units, the article whose
        span holds it and no unit."""
        i = bisect_right(self._unit_starts, offset) - 1
        if i >= 0 and offset < self._units[i][1]:
            return self._units[i][2], self._units[i][3]
        return (article_at(self.articles, offset) if self._units else None), None

    def article_of(self, offset: int) -> Article | None:
        return self.unit_at(offset)[0]

    def furniture_spans(self) -> list[tuple[int, int, str]]:
        """The page's furniture (a site's posting data, print links, a list of links to other
        stories): no figure in it is a statistic (GUIDELINES §9)."""
        return [(u[0], u[1], "furniture") for u in self._units if u[2].units[u[3]].kind == "furniture"]

    def unit_end(self, offset: int) -> int:
        """Where the unit (paragraph, headline …) holding `offset` ends, -1 between units."""
        i = bisect_right(self._unit_starts, offset) - 1
        return self._units[i][1] if i >= 0 and offset < self._units[i][1] else -1

    def sentences(self, para: Span) -> list[Span]:
        if para not in self._sentence_cache:
            self._sentence_cache[para] = sentences(self.text, *para)
        return self._sentence_cache[para]

    def _before(self, art: Article) -> list[tuple[Span | None, Span | None]]:
        """For each unit of the article, the nearest heading and paragraph above it (computed
        once per article, so a figure costs the same in a long article as in a short one)."""
        if art.index not in self._before_cache:
            rows, heading, previous, previous_item, section = [], None, None, False, None
            for u in art.units:
                # 四、代缴医保…  五、新建养老服务中心3个。已建成3个: numbered items are each their own
                # topic, so an item reads no words from the item before it
                item = opens_item(self.text[u.start:u.start + 16])
                rows.append((heading, None if item and previous_item else previous, section))
                if u.kind in ("headline", "section"):
                    heading = (u.start, u.end)
                    head = self.text[u.start:u.start + 8].lstrip()
                    if opens_numbered_section(head) and head[:1] not in "(（":  # (一、2013年工作回顾 over (五)…, 一是…)
                        section = heading
                elif u.kind == "paragraph":
                    previous, previous_item = (u.start, u.end), item
            rows.append((heading, previous, section))
            self._before_cache[art.index] = rows
        return self._before_cache[art.index]

    def window(self, start: int, end: int) -> tuple[Window, Article | None, str]:
        """The nested spans around a figure, and its article and unit kind."""
        art, idx = self.unit_at(start)
        if art is None:
            span = (0, len(self.text))
            return Window(start, end, span, span, span, span), None, ""
        unit = art.units[idx] if idx is not None else None
        para = (unit.start, unit.end) if unit else (art.start, art.end)
        sents = self.sentences(para)
        k = bisect_right(sents, (start, len(self.text) + 1)) - 1
        sent = sents[k] if k >= 0 and sents[k][0] <= start < sents[k][1] else para
        clause = clause_at(self.text, sent, start, end)
        above, previous, section = self._before(art)[idx or 0]
        heading = above or art.headline
        w = Window(start, end, clause, sent, para, (art.start, art.end), heading, previous, section)
        return w, art, (unit.kind if unit else "")
