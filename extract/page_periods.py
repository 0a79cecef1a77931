"""The period a page or article as a whole names (GUIDELINES §6): a bulletin's, yearbook's or
work summary's year from its title, a headline's one period, a progress table's date. The
resolver (extract.periods) dates the figures that name no time of their own by them."""
from __future__ import annotations

from extract.aligned_cells import DONE_HEAD, aligned_cell
from extract.flat_cells import flat_cell
from extract.plans import drive_page, is_target, names_target, year_of_the_plan
from extract.segment.furniture import POSTING_STAMP, is_masthead, opens_link_list, past_furniture_lines
from extract.spans import Span, Window, last_of, within
from extract.table_cells import pipe_cell
from extract.time_expressions import (TimeExpr, edition_year, implied_year, in_year, is_modifier, moved_back,
                                      whole_year_at)
from rules.fragments import TABLE_CAPTION, to_a_level, word_pattern
from rules.pattern_cache import compiled
from rules.punctuation import FULL_STOPS


def summary_period(text: str, published: str | None, a, times: list[TimeExpr]) -> TimeExpr | None:
    """The period a bulletin, yearbook or work summary is about, from its title (or the page's
    first line above it: 某县年鉴2022 > 社会 > 民政)."""
    if _headed_by_a_caption(text, a, a.headline):
        return None  # (表2  2020—2022年…救助情况: a table's caption, no title of the page's, see headline_period)
    lines = _lines_above(text, a)
    # (a headline block that runs on into a table's column headers, …运行情况表⏎…⏎本年累计: its first line)
    head = a.headline or (a.start, min(a.end, a.start + 80))
    if len(_LINE.split(text[head[0]:head[1]].strip())) > _HEADLINE_LINES:
        head = (head[0], text.find("\n", head[0] + 1, head[1]))
    spans = ((head, *lines[:1])
             + tuple(x for x in lines[1:] if word_pattern("yearbook_titles.txt").search(text, *x)) + _below_masthead(text, a))
    span = next((x for x in spans if x[1] - x[0] <= 80 and word_pattern("summary_titles.txt").search(text, *x)),
                None) or next((x for x in _below_masthead(text, a) if x[1] - x[0] <= 80  # (某市医保局 / 2020年…统计表)
                               and word_pattern("form_titles.txt").search(text, *x)), None)
    if span is None or word_pattern("address_titles.txt").search(text, *span):
        return None
    # (潼南县今年民生实事“成绩单”出炉: a whole year named relative to the report's month names it too)
    named = _named_in(span, times) or [t for t in within(times, *span) if t.resolved and t.relative and t.rule == "calendar"
                                       and t.period_start.endswith("-01") and t.period_end.endswith("-12")][:1]
    # (全县2022年度城乡居民医保征缴工作进展情况通报 in December 2021: the scheme year paid for, not the year reported)
    # (关于2021年度城乡居民医保征缴工作进展情况的通报 in March 2021: the scheme year of a drive, no year reported on)
    drive = word_pattern("collection_drive_words.txt").search(text, *span) is not None
    named = [t for t in named if not (is_modifier(text, t) and (drive or (published and t.period_start > published)))]
    yearbook = word_pattern("yearbook_titles.txt").search(text, span[0], span[1])
    if named and word_pattern("yearbook_titles.txt").match(text, named[0].end - 1):
        return moved_back(named[0], 1)  # 2017年鉴 (公主岭年鉴 > 2020年鉴 too): the edition of the year after the one it records
    if not named and yearbook:  # 某县年鉴(2017): the year its first entry records, the year of the first time it names
        # (2019年2月,某县医疗保障局挂牌成立 before 2020年…缴费标准提高到…: 2019; not 截至12月底,2020年度…, a scheme year)
        first = next((t for t in within(times, span[1], a.end) if not t.relative and t.resolved and not is_modifier(text, t)
                      and t.period_start[:4] in ("", t.period_end[:4])), None)
        named = (whole_year_at(int(first.period_end[:4]), first.start, first.end, first.text, published) if first else []
                 ) or edition_year(text, span[0], span[1], published)  # (else the edition's year, less one)
    # (某市2023年为民办实事项目上半年进展情况通报: the part of the year the title names after its year)
    # (not a part after a title's part of its own: 2024年上半年工作总结和下半年工作计划)
    part = [t for t in within(times, *span) if t.kind == "during" and implied_year(t) and t.rule != "lead_day"]
    whole = named and named[0].period_start.endswith("-01") and named[0].period_end.endswith("-12")
    return (in_year(part[0], int(named[0].period_end[:4])) if part and whole else named[0]) if named else None


def _below_masthead(text: str, a) -> tuple[Span, ...]:
    """The line under a headline that is the site's name (宣汉县人民政府 / 宣汉县医疗保障局2022年…工作总结), or an
    account's posting stamp (某县融媒 2023-01-11 18:30 发表于山东 / 晒成绩单丨2022年…答卷): the title."""
    head = a.headline if a.headline and (is_masthead(text[a.headline[0]:a.headline[1]].strip())
                                         or POSTING_STAMP.search(text, *a.headline)) else None
    first = text.find("\n", a.start, a.end)
    if head is None and first > a.start and is_masthead(text[a.start:first].strip()):
        head = (a.start, first)  # (某市医疗保障局 over its form's title, in a headline block that runs on into the form)
    if head is None:
        return ()
    start = past_furniture_lines(text, head[1], a.end)
    end = text.find("\n", start, a.end)
    return ((start, a.end if end < 0 else end),) if start < a.end else ()


def _lines_above(text: str, a, most: int = 3) -> list[Span]:
    """The article's first line, then its other lines above its headline (a site's name, then its crumbs
    某县年鉴 > 2020年鉴), blank ones passed over."""
    first = text.find("\n", a.start, a.end)
    if first <= a.start:
        return []
    lines, pos = [(a.start, first)], first + 1
    stop = a.headline[0] if a.headline else pos
    while pos < stop and len(lines) < most:
        end = text.find("\n", pos, stop)
        end = stop if end < 0 else end
        if text[pos:end].strip():
            lines.append((pos, end))
        pos = end + 1
    return lines


def headline_period(text: str, a, times: list[TimeExpr]) -> TimeExpr | None:
    """The one period a headline, or an article's first line when it reads as a title,
    names (民生答卷来了!2022年全县十件实事交出成绩单; 【统计数据】2022年三季度…情况)."""
    end = text.find("\n", a.start, a.end)
    end = a.end if end < 0 else end
    # (数说2023丨某县民生账单,请查收!: a year-end feature's title, whatever its punctuation)
    # (【相关阅读】某市2024年医保基金运行平稳: a link to another story under the page, no title of its)
    first = (a.start, end) if 0 < end - a.start and not opens_link_list(text[a.start:end]) and (
        _reads_as_title(text, a.start, end) or (end - a.start <= _TITLE_CHARS and any(
            t.rule == "year_reviewed" for t in within(times, a.start, end)))) else None
    # (a headline block of a page of short lines runs on into its body: no title, its years none of the page's)
    lines = len(_LINE.split(text[a.headline[0]:a.headline[1]].strip())) if a.headline else 0
    headline = a.headline if lines <= _HEADLINE_LINES else None
    if _headed_by_a_caption(text, a, headline):
        return None  # (表1  2021—2023年…保障情况 over its rows: the table's years, none of the paragraphs after it)
    for span in (_above_stamp(text, headline), _above_stamp(text, first), _year_below(text, headline)):
        if span and word_pattern("address_titles.txt").search(text, *span):
            continue  # (2011年…政府工作报告: the year it is delivered in, see summary_period)
        named = (the_period_of(text, span, times) or _cut_off(span, times)) if span else None
        if named is not None:
            return named
    return None


def _headed_by_a_caption(text: str, a, headline: Span | None) -> bool:
    """An article that opens with a table's caption (表1  2021—2023年…情况), no headline of its paragraphs after the table."""
    return bool(headline) and not text[a.start:headline[0]].strip() and _TABLE_CAPTION.match(text, headline[0]) is not None


def _above_stamp(text: str, span: Span | None) -> Span | None:
    """A headline block's lines above a posting stamp (…⏎2009年12月22日 09:15  某某在线): the stamp dates the
    posting, not the figures under it."""
    m = POSTING_STAMP.search(text, *span) if span else None
    if m is None:
        return span
    cut = text.rfind("\n", span[0], m.start())
    return (span[0], cut) if cut > span[0] else None


def _year_below(text: str, headline: Span | None) -> Span | None:
    """巩义市医疗保险 / （2016年）: a yearbook entry's year alone on the line under its heading."""
    if headline is None:
        return None
    m = _YEAR_LINE.match(text, headline[1])
    return m.span(1) if m else None


_YEAR_LINE = compiled(r"[ \t\u3000]*\n[ \t\u3000]*([(（]?(?:19|20)\d\d[ ]?年度?[)）]?)[ \t\u3000]*(?=\n|$)")


def _cut_off(span: Span, times: list[TimeExpr]) -> TimeExpr | None:
    """The one cut-off date a headline names (截至2023年5月底全县村卫生室医保结算开通情况), which
    its figures with no time of their own are counted to."""
    cut = [t for t in within(times, *span) if t.resolved and t.kind == "as_of" and not t.relative]
    return cut[0] if len({t.period_end for t in cut}) == 1 else None


def cut_off_of(span: Span, times: list[TimeExpr]) -> TimeExpr | None:
    """The one cut-off a section heading names (二、各乡镇完成率(截至12月20日,按完成率排列)), its year the report's."""
    cut = [t for t in within(times, *span) if t.resolved and t.kind == "as_of"]
    return cut[0] if len({t.period_end for t in cut}) == 1 else None


def intro_period(text: str, a, times: list[TimeExpr]) -> TimeExpr | None:
    """The one time the sentence that introduces a notice names (现将截至2019年10月底全县…情况通报如下):
    what the notice's figures with no time of their own are counted to, more closely than its title's year."""
    m = _INTRO.search(text, a.start, min(a.end, a.start + _INTRO_REACH))
    if m is None:
        return _drive_cut_off(text, a, times)
    # (现将2022年度我县…情况公示如下: a 年度 the county's own word follows dates the notice, no scheme)
    # (现将我县2020年度城乡居民医保资助参保对象…公示如下: the scheme year a notice of subsidies is about; not a drive's,
    # 现将2025年度…征缴进展情况通报如下, which is collected for ahead of the year it reports in)
    scheme = word_pattern("collection_drive_words.txt").search(text, m.start(), m.end()) is None
    named = [t for t in within(times, m.start(), m.end()) if t.resolved
             and (not is_modifier(text, t) or word_pattern("region_refs.tsv").match(text, t.end) or scheme)
             and (not t.relative or implied_year(t))]  # (三年来 says less than a title's years)
    if not named:  # (截至12月15日,…。现将各乡镇进度通报如下: a drive's notice whose intro names no time of its own)
        return _drive_cut_off(text, a, times)
    return named[0] if len({(t.kind, t.period_start, t.period_end) for t in named}) == 1 else None


_INTRO, _INTRO_REACH = compiled(r"现将[^。！？\n]{2,80}?(?:通报|报告|公示|公布|汇报)如下"), 400


def _drive_cut_off(text: str, a, times: list[TimeExpr]) -> TimeExpr | None:
    """…征缴工作进展情况通报 / 截至2025年1月10日,全县…已参保X人…: the first cut-off a collection drive's progress notice
    gives after its title, which its tables and figures with no time of their own are counted to, as 现将截至…通报如下
    says."""
    title = drive_page(text)
    if title is None or not _NOTICE.search(text, *title) or not a.start <= title[1] < a.end:
        return None
    return next((t for t in within(times, title[1], min(a.end, title[1] + _INTRO_REACH))
                 if t.resolved and t.kind == "as_of" and t.text.startswith(("截至", "截止"))), None)


_NOTICE = compiled(r"通报|进展情况|进度")


def progress_period(text: str, a, times: list[TimeExpr]) -> TimeExpr | None:
    """The period a progress table's title names (半年度进度表: the first half of the year it
    was published in), if the article is one."""
    end = text.find("\n", a.start, a.end)
    for span in ((a.start, a.end if end < 0 else end), a.headline):
        if (span is None or span[1] - span[0] > 60
                or not word_pattern("progress_titles.txt").search(text, *span)):
            continue
        drive = word_pattern("collection_drive_words.txt").search(text, *span) is not None  # (a drive's scheme year: none)
        named = [t for t in within(times, *span) if t.resolved and t.kind == "during"
                 and (not t.relative or implied_year(t)) and not (drive and is_modifier(text, t))]
        if len({t.period_end for t in named}) == 1:
            # (2016年…上半年进展情况表 in a page with no date: the part of the year the title names after its year; 2024年…
            # 进度表(截至3月底): the cut-off it names in that year)
            parts = [t for t in within(times, named[-1].end, span[1]) if implied_year(t) and (not t.resolved or t.kind == "as_of")]
            return in_year(parts[0], int(named[-1].period_end[:4])) if parts else named[-1]
        # 2022年…第三季度进展情况: the year's third quarter
        return the_period_of(text, span, times) if len(named) == 2 and implied_year(named[1]) else None
    return None


def progress_cell(text: str, times, progress: TimeExpr | None, w, unit: str,
                  column: Span | None = None) -> tuple[str, str, str] | None:
    """A figure in a text cell of a pipe-drawn table under a target column (年度目标 | 全年救助不少于3000人次)
    with no time of its own: none (GUIDELINES §9); in a progress table's other such cells, or a
    percentage alone in its cell: how far a project had got when the table was drawn up, as_of its date."""
    # (a table's number cell: its column says; a text cell of a pipe-drawn or a flattened table: its column)
    cell = (pipe_cell(text, w.start) or ((fc := flat_cell(text, w.start)) and fc[:2])
            or ((ac := aligned_cell(text, w.start)) and ac[:2])) if column is None else None
    own = cell is not None and bool(within(times, *cell[0]))
    if cell is not None and not own and (names_target(text, cell[1]) or _PLANNED.search(text, *cell[1])):
        return "", "", ""  # (| 项目内容 | 为全县老人开展健康体检31500人。|: what the project is to do, no time of its own)
    if progress is None or w.start < progress.end:
        return None
    # (a number cell under a column of what was done, | 完成投资(万元) |: how far, as its text cells say)
    done = column is not None and DONE_HEAD.search(text, *column) is not None and not within(times, *column)
    return ("as_of", "", progress.period_end) if (cell is not None and not own) or done or (
        unit == "%" and _alone(text, w)) else None


_PLANNED = compiled(r"内容")  # (项目内容, 建设内容, 实事内容: a column of what each project is to do)


def _alone(text: str, w) -> bool:
    """A figure alone in its cell: its line, or between the pipes of a pipe-drawn row (| 8 | … | 86% | 县住建局 |), or
    between the blanks of a row set out with them."""
    if (ac := aligned_cell(text, w.start)) is not None:
        return text[ac[0][0]:ac[0][1]] == text[w.start:w.end]
    start = max(text.rfind("\n", 0, w.start), text.rfind("|", 0, w.start)) + 1
    end = min([e for e in (text.find("\n", w.end), text.find("|", w.end)) if e >= 0], default=len(text))
    return not text[start:w.start].strip() and not text[w.end:end].strip()


def the_period_of(text: str, span: Span, times: list[TimeExpr]) -> TimeExpr | None:
    """The one period a title or heading names, if it names exactly one (a 年度 naming the
    scheme year of what follows, 2026年度居民医保集中征缴…, names none of its figures'), narrowed
    to the months it names after a year (2016年十件民生实事1-9月进展情况: January to September)."""
    named = [t for t in _named_in(span, times) if not is_modifier(text, t)]
    if len({(t.period_start, t.period_end) for t in named}) != 1:
        return None
    year = named[0]
    # (1月23日,…通报2017年度…: the day of the telling; 上半年 in a page with no date: read in the title's year)
    months = [t for t in within(times, year.end, span[1]) if t.relative and t.kind == "during"
              and implied_year(t) and t.rule != "lead_day"]
    if len(months) == 1 and year.period_start[:4] == year.period_end[:4]:
        return in_year(months[0], int(year.period_end[:4]))
    return year


def bracketed_time(text: str, span: Span, times: list[TimeExpr]) -> TimeExpr | None:
    """【过去五年】, 【今年目标】: the one time relative to the report's month a news digest's bracketed heading names."""
    if not text[span[0]:span[1]].lstrip().startswith("【"):
        return None
    relative = [t for t in within(times, *span) if t.resolved and t.relative]
    return relative[0] if len(relative) == 1 else None


def _named_in(span: Span, times: list[TimeExpr]) -> list[TimeExpr]:
    return [t for t in within(times, *span) if t.resolved and t.kind == "during" and not t.relative]


_NOT_A_TITLE = compiled(r"[。，,；;：:]")  # a title line has no sentence or clause punctuation
_TABLE_CAPTION = compiled(rf"\s*{TABLE_CAPTION}")
_HEADLINE_LINES = 4  # a title, its subtitle and a dateline, at most
_LINE = compiled(r"\s*\n\s*")
_TITLE_CHARS = 40


def _reads_as_title(text: str, lo: int, hi: int) -> bool:
    """A line of at most 40 characters with no sentence or clause punctuation."""
    return hi - lo <= _TITLE_CHARS and not _NOT_A_TITLE.search(text, lo, hi)


def on_a_heading(text: str, t: TimeExpr) -> bool:
    """The time stands on a heading line (二、2014年工作目标; a title): at most 40 characters, with no
    sentence or clause punctuation."""
    hi = text.find("\n", t.end)
    return _reads_as_title(text, text.rfind("\n", 0, t.start) + 1, len(text) if hi < 0 else hi)


def heads_a_section(text: str, explicit: TimeExpr, t: TimeExpr, art, this_year: bool = False) -> bool:
    """`explicit` heads a section of `t`'s article (on its heading, or opening its line: 二、2011年工作回顾,
    2011年,全县…) and no year of the page's own (今年, 去年) stands between them; `this_year`: `explicit` is the
    page's own year, which a 今年 between names again (二、2013年工作任务⏎今年全市…⏎…今年人均筹资标准…)."""
    line = text.rfind("\n", 0, explicit.start) + 1
    between = (_OTHER_PAGE_YEARS if this_year else _PAGE_YEARS).search(text, explicit.end, t.start)
    return ((art is None or explicit.start >= art.start) and not between
            and (on_a_heading(text, explicit) or not text[line:explicit.start].strip()))


_PAGE_YEARS, _OTHER_PAGE_YEARS = compiled(r"今年|去年|本年|明年|当年"), compiled(r"去年|明年")


def is_band_edge(text: str, start: int, end: int) -> bool:
    """1.2万元至5万元部分报销60%: the edges of a cost band only define the band (GUIDELINES §9 thresholds), no
    statistic of a period (a deductible, 超过1.2万元的部分, is a standard for everyone: not an edge here)."""
    return _BAND_FROM.match(text, end) is not None or (
        _BAND_TO.search(text, max(0, start - 3), start) is not None and _BAND_PART.match(text, end) is not None)


# (1万元至5万元(含5万元)部分, 5-15万元(含)部份: what the band includes, in brackets; 部份 as some pages write it)
_INCLUDED = r"(?:\s*[(（]含[^()（）\n]{0,8}[)）])?"
_BAND_FROM = compiled(r"\s*(?:以上)?(?:至|到|-|—|－|~|～)\s*[\d.]+\s*[万亿千]?元?" + _INCLUDED + r"(?:以上|以下)?(?:的)?部[分份]")
_BAND_TO = compiled(r"(?:(?:至|到|-|—|－|~|～)|[(（]含)\s*$")
_BAND_PART = compiled(r"[)）]?" + _INCLUDED + r"\s*(?:以上|以下)?(?:的)?部[分份]")


def defines_a_group(text: str, w: Window) -> bool:
    """已有17名患者补偿金额超过2万元, 全县9个乡镇参合率在85%以上: a bound that only says which of the counted
    units its clause is about (GUIDELINES §9 thresholds), no statistic of a period; so is one the count
    follows (补偿2万元以上的有316人)."""
    surface, before = text[w.start:w.end], text[max(0, w.start - 4):w.start]
    bounded = (surface.startswith(_BOUNDS) or surface.endswith(("以上", "以下"))
               or text.startswith(("以上", "以下"), w.end) or before.endswith(_BOUNDS))
    if not bounded or _EVERY.search(before + surface[:3]):
        return False  # (36个乡镇参合率均超过90%: what every one of them reached)
    return (_COUNTED_BEFORE.fullmatch(text, w.clause[0], w.start) is not None
            or _COUNTED_AFTER.match(text, w.end, w.clause[1]) is not None)


_BOUNDS = ("超过", "超出", "高于", "低于", "不足", "未达到", "未达")
_EVERY = compiled(r"[均都全]")
_COUNT = r"[\d一二三四五六七八九十两百千]+(?:名|个|人|户|家|所|例)(?!次)"
_COUNTED_BEFORE = compiled(r"[^\d,，;；。:：]{0,24}?" + _COUNT + r"[^\d,，;；。:：]{1,16}?")  # (今年全县已有17名患者…, 其中甲镇、乙镇等9个乡镇…)
# (…的有316人; 对年度自付费用超过1万元的人员推送预警: the group the bound defines, named right after it)
_COUNTED_AFTER = compiled(r"\s*(?:以上|以下)?的(?:(?:有|共有|达)\s*" + _COUNT + r"|(?:人员|患者|对象|家庭|人群|群众|农户))")


def is_from_figure(text: str, w: Window) -> bool:
    """由2万元提高到3万元, 分别由去年的60%、45%提高到70%、55%: a figure a change starts from."""
    return (_FROM_BEFORE.search(text, max(w.clause[0], w.start - 30), w.start) is not None
            and _TO_AFTER.match(text, w.end) is not None)


# (由上年的每人每年100元: the per of a standard between; the figures listed before and after it; 由2024年度的930元)
_LISTED = r"[\d.]+[^\d,;。、和]{0,4}"
_FROM_BEFORE = compiled(rf"(?:由|从)(?:(?:19|20)\d\d年度的)?(?:最初的|原来的|原先的)?[^\d,;。]{{0,4}}(?:每人每年|每人每月|每人|人均)?(?:{_LISTED}[、和])*$")
_TO_AFTER = compiled(rf"(?:[、和]{_LISTED})*[^\d,;。]{{0,3}}?" + to_a_level())


def planned_in_sentence(text: str, pos: int) -> bool:
    """下半年全市将…,预计全年受益患者将超过8000人: a word of a plan before `pos` in its sentence, so that a year
    the text named before (2012年,全市…) is no year of what it plans."""
    return word_pattern("future_words.txt").search(text, last_of(text, FULL_STOPS + "\n", 0, pos) + 1, pos) is not None


def year_of_a_target(t: TimeExpr, w: Window, text: str, target: bool | None = None) -> tuple[str, str, str]:
    """年度任务为参保78万人以上 in a report of a year's first half: a target is the whole year's (GUIDELINES §9: the
    period of the plan); `target` says whether the figure is one, is_target's reading when not given."""
    if target and (year := year_of_the_plan(w, text)) is not None:
        # (截至11月15日,已完成2022年度参保目标任务20.3万人的48.6%: the scheme year the plan names, not the cut-off's)
        return ("as_of", "", year + "-12") if t.kind == "as_of" else ("during", year + "-01", year + "-12")
    if t.kind == "during" and t.period_start[:4] == t.period_end[:4] and (is_target(w, text) if target is None else target):
        return "during", t.period_end[:4] + "-01", t.period_end[:4] + "-12"
    return t.kind, t.period_start, t.period_end

