"""How the figures of a passage hang together (GUIDELINES §9, issue "breakdowns").

* A 分别 list pairs items with figures in order: 养老保险、医疗保险、失业保险参保人数分别达到
  3.2万人、8.9万人、3.1万人 — the second figure is about 医疗保险. A later 分别 in the same
  sentence with no items of its own (比上年分别增长5%、7%、2%) reuses the earlier items; with no
  list before, its figures pair with the figures of the clauses right before it (结算X人次,基金
  支付Y元,同比分别增长a%和b%: a% is the change of X); 分别由A、B提高到C、D pairs both levels.
* A breakdown gives the parts of a head figure: after 其中 / 包括 / 含 (in its sentence, or
  opening the next one, the parts running on across ；), or in brackets right after it. Parts
  inherit what their own words leave open from the part before them, else from the head.
Only spans are computed here; the attribution reads its evidence from them.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from functools import lru_cache

import regex

from extract.spans import Span, last_of, record
from rules.pattern_cache import compiled
from rules.punctuation import CLAUSE_BREAKS, LIST_COMMA
from rules.wordlists import table, words

FENBIE = compiled(r"分别|依次")  # (依次为A、B、C: in the order listed)
_ITEM_SEPARATOR = compiled(r"、|和|及(?!以[上下])|与|以及|、和")  # (市级及以上医院 is one item)
_LIST_MARK = compiled(regex.escape(LIST_COMMA))
_FULL_STOP = compiled(r"[。!?！？]")
# before 分别, what its items are measured against (比例, 比重 and 比率 compare nothing)
# (完成任务较好的是甲县、乙县: 较 of an adjective, 较好 较快 较高, compares with nothing)
# (not a bound a group is defined by: 参合率超过99.5%的有甲县、乙县,分别达到X、Y)
_COMPARED_ITEMS = compiled(r"较(?![好快慢高低多少大小差强弱])|比(?!例|重|率)|(?:高于|低于|超过)(?!\s*\d)|高出|低出|相比")
_CLAUSE = compiled(r"(?!(?<=\d),\d{3}(?!\d))[" + regex.escape(CLAUSE_BREAKS) + "]")  # (not the comma of 8,745人)
# a level raised or lowered to (提高到, 调整为, 下降至): what follows is the level reached, not a change
_RAISE_TO = r"(?:提高|增加|增长|上升|上调|调整|提升|降低|下降|减少|下调)(?:到|至|为)了?"
_RAISED_TO = compiled(rf"\s*{_RAISE_TO}\s*(?:每人每[年月])?\s*")


@lru_cache(maxsize=None)
def _markers() -> regex.Pattern:
    return compiled("|".join(map(regex.escape, sorted(words("breakdown_markers.txt"), key=len, reverse=True))))


def breaks_down(text: str, lo: int, hi: int) -> bool:
    """Whether a breakdown opens in text[lo:hi] (其中, 包括: rules/wordlists/breakdown_markers.txt)."""
    return _markers().search(text, lo, hi) is not None


@record
class Links:
    """For one figure: the 分别 item it is paired with, and the head and the previous part of the
    breakdown it belongs to (indexes into the document's figures, -1 for none)."""

    item: Span | None = None
    head: int = -1
    previous_part: int = -1
    of: int = -1  # the earlier figure a 分别 figure with no items of its own is paired with
    after: int = -1  # the figure that ends the clause right before this figure's clause
    order: tuple[int, int] | None = None  # (place, count) among the figures after its 分别
    compared: bool = False  # its 分别 items are what the figures are compared with (较2021年、2022年分别下降)
    listed_change: bool = False  # `after` is the figure it is listed after as its change (…、下降7.5%)


def link_figures(text: str, figures: list[Span], sentence_of, paragraph_of, names=None) -> list[Links]:
    """`figures` in text order; `sentence_of(i)` / `paragraph_of(i)` give figure i's spans; `names`
    (a SpanSet) the place names, whose 和 or 及 joins no items (南和县, 和县)."""
    items, pairs, order, compared = _fenbie_items(text, figures, sentence_of, names)
    heads = _breakdown_heads(text, figures, sentence_of, paragraph_of)
    out = []
    for i in range(len(figures)):
        after, listed = _after(text, figures, sentence_of, i)
        out.append(Links(items.get(i), *heads.get(i, (-1, -1)), pairs.get(i, -1), after, order.get(i), i in compared,
                         listed))
    return out


def _after(text: str, figures: list[Span], sentence_of, i: int) -> tuple[int, bool]:
    """享受待遇286.4万人次,比上年增长11.5%: the figure that ends the clause before figure i's (nothing but the break
    between), when figure i is the first of its own clause or follows only the earlier level it is compared with
    (次均补偿2808元,比2011年的2311元增加497元); or the figure figure i is listed after as its change (结算6.3万人次,
    同比减少0.51万人次、下降7.5%: the fall of the same count), with True; else -1."""
    if i == 0 or sentence_of(i) != sentence_of(i - 1):
        return -1, False
    if _listed_change().fullmatch(text, figures[i - 1][1], figures[i][0]) is not None:
        return i - 1, True
    lo = _clause_start(text, sentence_of(i)[0], figures[i][0])
    k = i - 2 if (i > 1 and figures[i - 1][0] >= lo and sentence_of(i - 2) == sentence_of(i)
                  and text[lo:figures[i - 1][0]].lstrip().startswith(("比", "较"))) else i - 1
    return (k if figures[k][1] <= lo and _CLAUSE.fullmatch(text, figures[k][1], lo) is not None else -1), False


@lru_cache(maxsize=None)
def _change_verbs() -> str:
    """The rise and fall words of change_words.tsv, as one alternation (longest first)."""
    verbs = sorted((r[0] for r in table("change_words.tsv") if r[1].strip() in ("rise", "fall")), key=len, reverse=True)
    return "(?:" + "|".join(map(regex.escape, verbs)) + ")"


@lru_cache(maxsize=None)
def _listed_change() -> regex.Pattern:
    """、 then a change word and the figure (…、下降7.5%, …、同比增长12%)."""
    return compiled(r"、\s*(?:同比|比上年|较上年)?" + _change_verbs() + r"了?\s*")


@lru_cache(maxsize=None)
def _opening_change() -> regex.Pattern:
    """A clause that is only a change up to its figure (同比下降3.2%, 较2018年增加40元, 比2011年的2311元增加497元)."""
    return compiled(r"\s*(?:同比|环比|(?:比|较|与)(?:(?:19|20)\d\d|[^,，。;；\d]){0,10}?(?:的\s*\d[\d.,]*\s*[万亿]?[^\d\s,，。;；]{1,2}?)?)?"
                    r"(?:分别)?" + _change_verbs() + r"(?:了|达到|达|为)?\s*")


def reaches_levels(text: str, lo: int, hi: int) -> bool:
    """Whether text[lo:hi], a clause up to its figure, gives the levels its 分别 items were raised to
    (由每人每年2600元、2000元,分别提高到3000元和2300元)."""
    return _REACHES.fullmatch(text, lo, hi) is not None


_REACHES = compiled(rf"\s*分别{_RAISE_TO}\s*(?:[\d.]+\s*元\s*[、和及]\s*)*")


def opens_with_change(text: str, lo: int, hi: int) -> bool:
    """Whether text[lo:hi], a clause up to its figure, says only how much something changed."""
    return _opening_change().fullmatch(text, lo, hi) is not None


def _clause_start(text: str, lo: int, pos: int) -> int:
    """Just after the last clause break in text[lo:pos], else lo (one rfind per break character,
    not a scan of the sentence: it is asked for every figure)."""
    return max(lo, last_of(text, CLAUSE_BREAKS, lo, pos) + 1)


def _fenbie_items(text: str, figures: list[Span], sentence_of, names=None
                  ) -> tuple[dict[int, Span], dict[int, int], dict[int, tuple[int, int]], set[int]]:
    """figure index → its 分别 item; → the earlier figure it is paired with, when the items are
    the clauses of earlier figures; → its place among the figures after its 分别 (2019—2023年
    …分别为 five figures: one a year); and the figures whose items are what they are compared with
    (比武陟县、温县分别高出…: the items name neither their places nor their years)."""
    out: dict[int, Span] = {}
    pairs: dict[int, int] = {}
    order: dict[int, tuple[int, int]] = {}
    compared: set[int] = set()
    previous: tuple[Span, list[Span], list[int], bool] | None = None  # (sentence, items, figures, compared) of the last list
    found: dict[Span, _Found] = {}
    last_start = max((start for start, _ in figures), default=0)
    starts = [start for start, _ in figures]  # ascending: figures come in text order
    for i, (start, _) in enumerate(figures):
        if i in out:
            continue
        sent = sentence_of(i)
        if sent not in found:
            found[sent] = _Found(FENBIE, text, sent)
        fb = found[sent].last_before(start)
        if fb is None or _CLAUSE.search(text, fb.end(), start):
            continue
        # the figures after 分别 up to the next clause break
        stop = _CLAUSE.search(text, fb.end(), last_start)
        stop = stop.start() if stop else last_start
        group = list(range(max(i, bisect_left(starts, fb.end())), bisect_right(starts, stop)))
        for k, j in enumerate(group):
            order.setdefault(j, (k, len(group)))  # (a later figure of the group finds it again, shorter)
        lo = _clause_start(text, sent[0], fb.start())
        items = _split_items(text, lo, fb.start(), names)
        # (较2021年、2022年分别下降: the list is what is compared with; 甲县、乙县参保人数较上年分别减少: not)
        against = len(items) > 1 and _COMPARED_ITEMS.search(text, lo, items[0][1]) is not None
        paired, clauses = _figure_clauses(text, figures, starts, sent, lo, len(group)) if len(items) < 2 else ([], [])
        # (…;排名后三位的是甲县、乙县和丙县,完成率分别只有…: a list of its own in the clause before, after the last one's figures)
        own = _clause_before(text, sent, lo, len(group), names) if len(items) < 2 and previous else []
        if (len(items) < 2 and previous and _runs_on(text, previous[0], sent) and len(previous[1]) == len(group)
                and not (paired and min(paired) > previous[2][-1])
                and not (own and own[0][0] >= figures[previous[2][-1]][1])):
            # 比上年分别增长…: the items of the list before, each figure paired with that list's (not where
            # figures of their own clauses stand between: 户次和资金分别下降A、B;医疗救助X人次、资金Y万元,分别增长C和D)
            items, against = previous[1], previous[3]
            pairs.update(zip(group, previous[2]))
        elif len(items) < 2:
            items = clauses
            pairs.update(zip(group, paired))
            if not paired:
                items = _clause_before(text, sent, lo, len(group), names)
                against = bool(items) and _COMPARED_ITEMS.search(text, *items[0]) is not None
        if (n := len(items)) > 1 and len(group) == 2 * n and _RAISED_TO.fullmatch(
                text, figures[group[n - 1]][1], figures[group[n]][0]):  # 分别由60%、45%提高到70%、55%
            out.update(zip(group[:n], items))
            order.update({j: (k % n, n) for k, j in enumerate(group)})
            group = group[n:]
        if len(items) == len(group) and len(group) > 1:
            previous = (sent, items, group, against)
            out.update(zip(group, items))
            if against:
                compared.update(group)
    return out, pairs, order, compared


def _clause_before(text: str, sent: Span, lo: int, n: int, names=None) -> list[Span]:
    """排在前三位的是西充县、蓬安县和营山县,分别为X、Y、Z: a 分别 clause with no items of its own
    takes the items of the clause right before it, when there are as many as its figures."""
    end = lo - 1
    for back in range(_CLAUSES_BACK):  # (张家口、承德两市地处坝上,农民居住分散,参合率较低,分别为X和Y: a reason between)
        if end <= sent[0]:
            return []
        start = _clause_start(text, sent[0], end)
        # (further back, a list is joined by 、 alone: 地处坝上和山区 goes on about its last item)
        items = _split_items(text, start, end, names, _LIST_MARK if back else _ITEM_SEPARATOR)
        if len(items) == n and (not back or (names is not None and all(names.overlaps(*item) for item in items))):
            return items  # (further back, only a list of places: 将高血压、糖尿病患者门诊用药纳入…,分别为300元和400元 is none)
        if len(items) > 1:
            return []  # (another list stands between)
        end = start - 1
    return []


_CLAUSES_BACK = 3  # clauses of its sentence before a 分别 clause its list of items may stand


def _runs_on(text: str, earlier: Span, sent: Span) -> bool:
    """The same sentence, or the next one after a ；(…参保人数分别为X和Y;两项基金分别支出…)."""
    return earlier == sent or (earlier[1] <= sent[0] and text[earlier[0]:sent[0]].rstrip()[-1:] in ";；"
                               and not text[earlier[1]:sent[0]].strip())


def _figure_clauses(text: str, figures: list[Span], starts: list[int], sent: Span, lo: int,
                    n: int) -> tuple[list[int], list[Span]]:
    """结算12.86万人次,医疗总费用3.21亿元,基金支付1.95亿元,同比分别增长36.2%、21.5%和18.7%: a
    分别 clause with no items of its own pairs its figures with the figures of the clauses right
    before it, one figure to a clause; the item is that clause up to its figure's end."""
    before = [j for j in range(bisect_left(starts, sent[0]), bisect_left(starts, lo)) if figures[j][1] <= lo]
    # (城市…由每人每月880元提高至900元,农村…由每人每年8520元提高至9000元,分别增加20元和480元: a
    # change is of the level a from–to reaches, not of the one it started from)
    before = [j for k, j in enumerate(before) if not (
        k + 1 < len(before) and _RAISED_TO.fullmatch(text, figures[j][1], figures[before[k + 1]][0]))]
    if len(before) < n or n < 2:
        return [], []
    clauses = [(_item_start(text, sent[0], figures, j), figures[j][1]) for j in before[-n:]]
    if len({start for start, _ in clauses}) < n or (len(before) > n and figures[before[-n - 1]][1] > _clause_start(
            text, sent[0], figures[before[-n]][0])):
        return [], []  # two figures in one clause: which one a percentage belongs to is not told
    return before[-n:], clauses


def _item_start(text: str, lo: int, figures: list[Span], j: int) -> int:
    """Where figure j's clause starts, or its item, when a 、 right after the figure before it in
    its clause parts them (直接结算14.3万人次、结算金额3.27亿元,分别增长…)."""
    start = _clause_start(text, lo, figures[j][0])
    if j and figures[j - 1][1] >= start and text.startswith("、", figures[j - 1][1]):
        return figures[j - 1][1] + 1
    return start


def _split_items(text: str, lo: int, hi: int, names=None, separator=_ITEM_SEPARATOR) -> list[Span]:
    items, pos = [], lo
    for m in separator.finditer(text, lo, hi):
        if names is not None and names.contains(m.start(), m.end()):
            continue  # (巨鹿县、南和县: the 和 of a name)
        if m.start() > pos:
            items.append((pos, m.start()))
        pos = m.end()
    if hi > pos:
        items.append((pos, hi))
    return items


def _breakdown_heads(text: str, figures: list[Span], sentence_of, paragraph_of) -> dict[int, tuple[int, int]]:
    """figure index → (head index, previous part index)."""
    out: dict[int, tuple[int, int]] = {}
    last_part: dict[int, int] = {}  # head → its latest part so far (figures come in text order)
    markers: dict[Span, list] = {}
    for i, (start, end) in enumerate(figures):
        para = paragraph_of(i)
        bracket = _open_bracket(text, para[0], start)
        if bracket is not None:
            head = _last_figure_before(figures, i, bracket, para[0], text)
        else:
            if para not in markers:
                markers[para] = _Found(_markers(), text, para)
            marker = markers[para].last_before(start)
            if marker is None or _FULL_STOP.search(text, marker.end(), start):
                continue
            head = _last_figure_before(figures, i, marker.start(), para[0], text)
            if head >= 0 and (_parallel_standard(text, figures[head], marker.end(), start)
                              or _new_total(text, marker.end(), start)):
                continue
        if head >= 0:
            out[i] = (head, last_part.get(head, -1))
            last_part[head] = i
    return out


def _parallel_standard(text: str, head: Span, lo: int, start: int) -> bool:
    """成年居民每人每年150元,其中个人缴纳60元,政府补助90元;学生儿童每人每年100元: after a ；, a standard per head
    like the head's is another group's standard, no part of the head's breakdown."""
    semi = last_of(text, ";；", lo, start)
    return (semi >= 0 and _PER_HEAD.search(text, max(semi, start - 6), start) is not None
            and _PER_HEAD.search(text, max(0, head[0] - 6), head[0]) is not None)


def _new_total(text: str, lo: int, start: int) -> bool:
    """收入X万元,其中职工医保Y万元,居民医保Z万元;基金支出合计W万元: after a ；, a total is no part of the
    breakdown before it."""
    semi = last_of(text, ";；", lo, start)
    return semi >= 0 and _TOTAL.search(text, semi, start) is not None


_TOTAL = compiled(r"合计|总计|共计|总额|总(?:收入|支出)")
_PER_HEAD = compiled(r"(?:每人每年|每人每月|每人|人均)(?:筹资|缴费|标准)?(?:为|达到|达)?\s*$")


class _Found:
    """The matches of a pattern in a span, found once: last_before(pos) is the last match a
    search of [span start, pos) would find (such a search finds the same matches up to pos,
    unless one runs across pos: then the span is searched again up to pos)."""

    def __init__(self, pattern: regex.Pattern, text: str, span: Span):
        self.pattern, self.text, (self.lo, self.hi) = pattern, text, span
        self.matches = list(pattern.finditer(text, span[0], span[1]))
        self.ends = [m.end() for m in self.matches]

    def last_before(self, pos: int):
        k = bisect_right(self.ends, pos)
        if pos > self.hi or (k < len(self.matches) and self.matches[k].start() < pos):
            last = None
            for last in self.pattern.finditer(self.text, self.lo, pos):
                pass
            return last
        return self.matches[k - 1] if k else None


def _last_figure_before(figures: list[Span], i: int, pos: int, lo: int, text: str) -> int:
    """The head: the last figure before `pos` in the paragraph, with at most one full stop
    between them (其中 may open the next sentence)."""
    for j in range(i - 1, -1, -1):
        if figures[j][1] <= pos:
            stops = list(_FULL_STOP.finditer(text, figures[j][1], pos))
            if figures[j][0] < lo or len(stops) > 1 or (stops and text[stops[0].end():pos].strip(" ,，\u3000\n")):
                return -1  # (…贫困人口4.67万人。去年以来,该县…给予分类资助,其中…: no head in a sentence before)
            # 特困供养人员4012人,比去年底减少152人,其中集中供养1088人: the level, not its changes
            while (j and figures[j - 1][0] >= lo and text[figures[j - 1][1]:figures[j - 1][1] + 1] in ",，"
                   and opens_with_change(text, figures[j - 1][1] + 1, figures[j][0])):
                j -= 1
            # 参保人数27.38万人,参保率99.62%,其中职工医保8.15万人 (…参保率99.62%。其中…): the count, not the rate beside it
            if (j and text[figures[j][1] - 1] == "%" != text[figures[i][1] - 1] and figures[j - 1][0] >= lo
                    and text[figures[j - 1][1] - 1] != "%" and not _FULL_STOP.search(text, figures[j - 1][1], figures[j][0])):
                j -= 1
            return _same_unit_head(figures, i, j, lo, text)
    return -1


def _same_unit_head(figures: list[Span], i: int, j: int, lo: int, text: str) -> int:
    """…贫困人口参加城乡居民医保295.6万人,…资助参保资金4.3亿元。其中,某市…参保人数分别为89.4万人…: a 分别 list of
    parts counts what its head counts, an earlier figure of the head's sentence not in money, not the money told last."""
    if text[figures[j][1] - 1] != "元" or text[figures[i][1] - 1] in "元%" or "分别" not in text[figures[j][1]:figures[i][0]]:
        return j  # (其中职工住院结算X人次,住院总费用Y万元…: its parts run on from the money, as they are told)
    for k in range(j - 1, max(-1, j - 4), -1):
        if figures[k][0] < lo or _FULL_STOP.search(text, figures[k][1], figures[j][0]):
            break
        if text[figures[k][1] - 1] not in "元%":
            return k
    return j


_BRACKET = compiled(r"[()（）]")


def _open_bracket(text: str, lo: int, pos: int) -> int | None:
    """Where the bracket holding `pos` opens, if one does within the paragraph (and within 200
    characters, after the last full stop or line break): only the brackets are looked at."""
    floor = max(lo, pos - 200)
    floor = max(floor, text.rfind("。", floor, pos) + 1, text.rfind("\n", floor, pos) + 1)
    if text.find("(", floor, pos) < 0 and text.find("（", floor, pos) < 0:
        return None
    depth_close = 0
    for m in reversed(list(_BRACKET.finditer(text, floor, pos))):
        if m.group() in ")）":
            depth_close += 1
        elif depth_close == 0:
            return m.start()
        else:
            depth_close -= 1
    return None


def add_sums(found: list, atts: list) -> None:
    """Whether the parts of each breakdown add up to their head (within its rounding), set on the head."""
    parts: dict[int, list[int]] = {}
    for i, a in enumerate(atts):
        if a.head >= 0 and not a.change and found[i].quantity.unit == found[a.head].quantity.unit:
            parts.setdefault(a.head, []).append(i)
    for head, members in parts.items():
        if len(members) < 2 or atts[head].change:
            continue
        total = sum(float(found[i].quantity.value) for i in members)
        value = float(found[head].quantity.value)
        tolerance = max(abs(value) * 0.01, _last_digit(found[head].quantity.value))
        atts[head].parts_add_up = "yes" if abs(total - value) <= tolerance else "no"
        atts[head].parts_total = total


def _last_digit(value) -> float:
    """The rounding a printed figure carries: 594.05 (万) ± 0.005 × its magnitude."""
    exponent = value.normalize().as_tuple().exponent
    return float(10 ** exponent) if isinstance(exponent, int) else 0.0
