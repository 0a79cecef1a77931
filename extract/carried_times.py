"""The time earlier text carries on to a figure: an earlier sentence's running total, cut-off or head, and the
line introducing a list (…作如下调整：\n一、…) or a paragraph opening with 其中/同期."""
from __future__ import annotations

from extract.segment.furniture import is_furniture
from extract.spans import Span, Window, last_of, within
from extract.stock_flow import year_balance
from extract.time_expressions import TimeExpr, implied_year, is_modifier, is_whole_year, running_total
from rules.fragments import alternation, word_pattern
from rules.pattern_cache import compiled
from rules.wordlists import words


def head_of(text: str, carried: list[TimeExpr], continued: bool = False) -> TimeExpr:
    """What an earlier sentence's times carry on: its running total, its cut-off, else its head; but a whole year
    that heads a later clause of a sentence opening 去年以来 (…,2020年全区共实施…;实施医疗救助X人次) is what its
    figures and those after it count, and so is a moment heading its last clause for a sentence that `continued` it
    after a ；(全年…发放低保金X万元,年末享受城市低保的居民Y人;享受农村低保的农民Z人)."""
    cut = cutoffs(text, carried)
    if (running := running_total(cut, carried)) is not None:
        return running
    if continued and not cut and len(carried) > 1 and carried[-1].kind == "as_of" and text[carried[-1].start - 1] in "，,":
        return carried[-1]
    if not cut and carried[0].rule in ("since", "lookback") and (year := carried[-1]).rule == "calendar" and (
            is_whole_year(year) and carried[0].period_start <= year.period_start and text[year.start - 1] in "，,"):
        return year
    return cut[-1] if cut else carried[0]


def carries_on(text: str, t: TimeExpr, sentence_start: int) -> bool:
    """A look-back inside its sentence, after a clause or the words it dates (…参保人数近三年累计减少1.28万人;), dates
    that sentence's figures only, not the sentences after it (GUIDELINES §9: a time at a sentence's head carries)."""
    if t.rule == "lookback" and _CLAUSE_MARK.search(text, sentence_start, t.start) is not None:
        return False
    # (…基金收入3.05亿元,同比下降3.2%,主要是居民个人缴费集中在上年第四季度征缴入账;基金支出…: a cause's time, its own)
    return _CAUSE_OPENS.match(text, max(sentence_start, last_of(text, ",，;；", sentence_start, t.start) + 1)) is None


_CLAUSE_MARK = compiled(r"[,，:：]")
_CAUSES = alternation(words("cause_words.txt"))
_CAUSE_OPENS = compiled(rf"\s*(?:这|此)?(?:主要(?:是|系|受|{_CAUSES})|{_CAUSES})")


def cutoffs(text: str, heads: list[TimeExpr]) -> list[TimeExpr]:
    """The times among `heads` that end a span (截至9月底; 今年以来至9月底)."""
    return [t for t in heads if t.resolved and (t.rule == "as_of" or ends_a_since(text, t, heads))]


def ends_a_since(text: str, t: TimeExpr, heads: list[TimeExpr]) -> bool:
    """今年以来至9月底: a month right after a since-expression and 至/到 is its cut-off."""
    return (t.kind == "as_of" and t.start >= 1 and text[t.start - 1] in "至到"
            and any(h.rule == "since" and h.end == t.start - 1 for h in heads))


def list_intro(text: str, times: list[TimeExpr], start: int) -> TimeExpr | None:
    """决定对2011年度补偿方案作如下调整：\n一、…: a list's items take the head time of the line introducing them (ending
    in a colon), a paragraph opening with 其中 or 同期 what the sentence before it carries on (§6); else None."""
    parts = _PARTS_OPEN.match(text, start) is not None
    # (…我县对不同群体实行分类资助:⏎特困人员6512人,全额资助…;⏎低保对象52308人,…: items with no marks of their own)
    unmarked = not parts and _LIST_ITEM.match(text, start) is None and _after_a_colon_line(text, start)
    if not parts and not unmarked and _LIST_ITEM.match(text, start) is None:
        return None
    end, dated = start, False  # dated: an item passed over names a time (二、2020年工作计划)
    while True:
        line, end = _line_above(text, end)
        if end <= 0:
            return None
        if _LIST_ITEM.match(text, line) is None and not (unmarked and _ITEM_LINE.fullmatch(text, line, end)):
            break
        named = [t for t in within(times, line, end) if t.resolved and t.rule != "lookback" and not is_modifier(text, t)]
        if named and not dated and last_of(text, "。!?！？;；", line, end) < 0 and not parts:
            return named[0]  # (二、2025年工作计划 ⏎ (一)力争…: the heading of the items' own section, nearest first)
        end, dated = line, dated or any(not implied_year(t) for t in named)  # (an item's 全年 is its section's year)
    if text[end - 1] not in ":：" and not parts:
        return None
    sentence = max(line, last_of(text, "。!?！？", line, end - 1) + 1)
    # (一年来,…现将全年工作总结如下: a look-back says how long, not which period the list reports)
    found = [t for t in within(times, line, end) if t.resolved and t.rule != "lookback"]
    own = [t for t in found if t.start >= sentence]
    if parts:  # (截至10月31日,全县累计支出X万元。\n其中:乡镇卫生院累计住院补偿Y人次: the running total's cut-off)
        return head_of(text, own) if own else (found[-1] if found else None)
    if heads := [t for t in own if not is_modifier(text, t)] or own:  # (…2011年度补偿方案: the scheme's year)
        return heads[0]
    if not found or not (m := _BREAKDOWN_INTRO.fullmatch(text, sentence, end) or _BARE_INTRO.fullmatch(text, sentence, end)) or (
            m.group("announce") and dated):
        return None  # (截至10月底,全县住院X人次。按医院级别分:\n——…: the time of the sentence broken down)
    head = head_of(text, [t for t in found if t.start > last_of(text, "。!?！？", line, found[-1].start)])
    # (1—11月,全县救助工作运行平稳。具体情况如下:\n1.低保。…: the items report the months the announcing line
    # names; a cut-off there, 截至6月30日,12项已完成, says how far the work had come, not what each item counts)
    return None if m.group("announce") and head.kind == "as_of" else head


_LIST_ITEM = compiled(r"[ \t\u3000]*(?:[一二三四五六七八九十]+、|\d+[、.．]|[(（][一二三四五六七八九十\d]+[)）]|——|[●◆■▲•])")
# a line of an unmarked list: short, with a figure, ending its item (特困人员6512人,全额资助,每人350元;) or a row
# of a ranking or of labelled parts with no stop at all (城关镇　参保率96.8%, 住院补偿支出：7462.15万元)
_ITEM_LINE = compiled(r"[ \t\u3000]*(?:[^\n]{0,76}\d[^\n]{0,76}[;；。]|[^\n。]{0,24}\d[^\n。:：]{0,16})[ \t\u3000]*")
# (我县对不同群体实行分类资助:, …部门按照分类资助原则,对不同群体给予不同标准的资助,具体情况如下: a sentence with no
# figure that ends in a colon announces what follows)
_BARE_INTRO = compiled(r"(?P<announce>[^。:：\n\d]{0,60})[:：]")


def _line_above(text: str, start: int) -> tuple[int, int]:
    """(start, end) of the non-blank line above the one at `start` (blank lines between passed over); end <= 0
    where there is none."""
    end = text.rfind("\n", 0, start)
    while end > 0 and text[end - 1] in "\n \t\u3000":
        end -= 1
    return text.rfind("\n", 0, end) + 1, end


def _after_a_colon_line(text: str, start: int) -> bool:
    """Whether the lines above the one at `start`, each an item of a list with no marks, go up to a line ending
    in a colon (at most eight of them)."""
    end = start
    for _ in range(8):
        line, end = _line_above(text, end)
        if end <= 0:
            return False
        if text[end - 1] in ":：":
            return not is_furniture(text[line:end])  # (…来源:某某新闻网  点击率: under a title: no list's lead-in)
        if not _ITEM_LINE.fullmatch(text, line, end):
            return False
        end = line
    return False


# (对以下人员给予参保资助: announces its items as 如下 does)
_BREAKDOWN_INTRO, _PARTS_OPEN = compiled(r"\s*(?:(?:其中|按|分|从)[^。:：\n]{0,12}|(?P<announce>[^。:：\n]{0,16}?(?:如下|以下[^。:：\n]{0,12}?)))[:：]"), compiled(r"[ \t\u3000]*(?:其中|同期)")  # (按医院级别分:)


# (本报讯(记者 王明) 2012年度…, 二是…, (三)…: what may stand before a time heading its sentence)
_AT_THE_HEAD = compiled(r"\s*(?:本报讯(?:[(（][^)）\n]{0,20}[)）])?\s*)?(?:[一二三四五六七八九十]是|[(（]?[一二三四五六七八九十\d]{1,2}[)）、.．])?\s*")


def whole_year_carried(text: str, times: list[TimeExpr], t: TimeExpr, w: Window, lo: int, before: list[TimeExpr],
                       dates_a_figure) -> int | None:
    """The year of a whole year (全年, 年内) whose run of ；-joined sentences (from `lo`) writes none: one a 去年
    before it names (去年全县…,全年共救助X人次), not a from–to's earlier time (由上年的…: `dates_a_figure`); else
    that of the time heading the latest earlier sentence of its paragraph that has one (2010年度我县筹资标准…。
    全年筹集基金X万元: GUIDELINES §9 carry-over), unless a time of its own run comes first or that time names no
    one year of its own (年末…,全年发放…; 过去的一年,…。全年…: the year stays open)."""
    if not is_whole_year(t):
        return None
    years = [x for x in before if not dates_a_figure(x)]
    if years:
        return int(years[-1].period_end[:4])
    if any(not is_whole_year(x) for x in within(times, lo, t.start)):
        return None  # (…全年预算为3.52亿元,…;全年清算金额为3.47亿元: a whole year before it carries the same year)
    earlier = [x for x in within(times, w.paragraph[0], lo) if not dates_a_figure(x)]
    if not earlier:
        return None
    opened = max(w.paragraph[0], last_of(text, "。!?！？", w.paragraph[0], earlier[-1].start) + 1)
    head = next(x for x in earlier if x.start >= opened)
    if (not head.resolved or head.rule != "calendar" or head.period_start[:4] != head.period_end[:4]
            or implied_year(head) or not _AT_THE_HEAD.fullmatch(text, opened, head.start)):
        return None
    return int(head.period_end[:4])


def accrues_since(text: str, bases: list[TimeExpr], t: TimeExpr, end: str, w: Window, metric: str, change: str,
                  column: Span | None = None) -> str:
    """The first month of what accrues up to a cut-off (截至7月底 or 7月末), "" for a level at it: growth from a point
    the text names (年初, 上年末, 4月末) is a flow (§6), from the year's start to the cut-off; one against the same moment
    a year before (同比, 较去年同期) or a year (较2023年度) has no start of its own and stays at the cut-off (§9, a flow
    after 截至 with no start). So is the year's own surplus (截至12月31日,当年基金结余X万元, §9) and a rate of events
    (年末…婴儿死亡率X‰, event_rates.txt). A change since the week before (较上周增加2.1万人, a column | 较上周提升 |) is the
    cut-off's month's."""
    cut_off = t.rule == "as_of" or t.text.endswith(("末", "底"))
    # (…比2015年末减少1893人,下降8.5%; 与2015年末相比,…减少1893人: the point a clause before names, for a change that
    # names none of its own, 同比 neither)
    own = within(bases, w.clause[0], w.start) or ([] if _AGAINST.search(text, w.clause[0], w.start) else within(
        bases, w.sentence[0], w.start)[-1:])
    from_a_point = any(b.text.endswith(("初", "末", "底")) for b in own)
    if cut_off and change and since_last_week(text, w, column):
        return end
    if cut_off and end.endswith("-12") and _WHOLE_YEAR.search(text, w.clause[0], w.start) and not change:
        return end[:4] + "-01"  # (截至2013年12月底,全县共有…,全年发放低保金X万元: the year's flow, its own start)
    return end[:4] + "-01" if cut_off and (
        (bool(change) and from_a_point) or (metric == "fund_balance" and year_balance(text, w.clause[0], w.start))
        or word_pattern("event_rates.txt").search(text, w.clause[0], w.start) is not None) else ""


def since_last_week(text: str, w: Window, column: Span | None) -> bool:
    """较上周增加2.1万人, 比上期提高…, or under a column | 较上周提升(个百分点) |: a change since the week before."""
    return any(_LAST_WEEK.search(text, *span) for span in ((w.clause[0], w.start), column) if span)


_AGAINST, _WHOLE_YEAR = compiled(r"同比|环比"), compiled(r"全年")
_LAST_WEEK = compiled(r"[较比](?:上周|上一周|前一周|上期|上次)(?![(（]?\d)")  # (not 较上周(12月13日): its date says; 较上周(个百分点) is)


def changes_over_the_year(text: str, bases: list[TimeExpr], w: Window, change: str, column: Span | None = None) -> bool:
    """截至年底…比上年末增加X人: a change under a cut-off at the year's end is the year's; one against the same
    moment a year before (截至12月20日,已缴费X万人,比去年同期多缴费Y万人,进度快Z个百分点), in its sentence, has no start
    and stays at the cut-off (§9)."""
    return bool(change) and not since_last_week(text, w, column) and not any(
        text.startswith("同期", b.end) for b in within(bases, w.sentence[0], w.start))


def scheme_year_ahead(t: TimeExpr, published: str | None) -> bool:
    """截至12月20日,…。全县2023年度已参保缴费15.21万人 in a December report: a scheme year still ahead names what is
    being collected for, no period of its own, where the paragraph has a cut-off to date the count."""
    return bool(published) and t.text.endswith("年度") and t.period_start > published
