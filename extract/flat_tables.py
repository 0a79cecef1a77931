"""Web tables flattened to one cell per line, as copying a page leaves them (see extract/tables.py):

    指标名称            | 指标名称 |       险种 类别 |
    单位                单位 |           参保 人数 |
    数量                指标数据 |       上年结余 |
    基本医疗保险参保人数  | 一、参保人数 |   城镇职工医保 |
    万人                人 |             31455 |
    139.9               714699 |        1997.10 |

A row starts at a label (a text cell followed by numbers, a unit cell or an empty cell). Where cells end in `|`, empty
cells hold their place and every row has as many cells as the header, so cells are read by position; where blank lines
separate cells, empty cells vanish and a number goes to the next numeric column. The unit of a cell comes from its
row's unit cell, its column header (金额(万元), 人次), the table's unit note (单位:人、万元: 人 for a column of people, the other
unit for the rest) or its section row. A numbered heading with no figure (一、参保人数, 二、基金收入) says what the rows under it
count — their metric, and which of the note's units they take.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace
from decimal import Decimal

from extract.cell_values import cell_quantity, grouped_by_blanks
from extract.flat_cells import lead_in
from extract.segment.furniture import is_furniture, is_page_number
from extract.segment.lines import opens_numbered_section
from extract.spans import Span
from extract.table_cells import (CELL, EMPTY, NOTE_LEAD, PERCENT, PERCENT_COLUMN, YEAR_CELL, Cell, change_in_column,
                                 counted_unit, measure_named, names_a_rate, unit_for, unit_for_cell, unit_of_label,
                                 unit_word, scheme_only, units_in_note, year_period)
from rules.pattern_cache import compiled

MAX_CELL = 40  # characters: a longer line is prose, not a cell
MIN_NUMBERS = 3
_NOTE, _BRACKETED_NOTE = compiled(rf"^{NOTE_LEAD}(?P<units>.+)$"), compiled(rf"[(（]\s*{NOTE_LEAD}(?P<units>[^()（）]+)[)）]")
_TITLE = compiled(r"[:：]$")
_CAPTION_NOTE = compiled(rf"[(（](?:[^()（）]*[,，;；]\s*)?{NOTE_LEAD}(?P<units>[^()（）]+)[)）][:：。]?$")  # (截至12月13日,单位:人)
_SECTION = compiled(r"^[一二三四五六七八九十]{1,3}[、.．]")
_CHILD = compiled(r"^(?:其中|\d+[、.]|[(（]\d+[)）]|[(（][一二三四五六七八九十]{1,3}[)）])")
_UNIT_COLUMN = compiled(r"^(?:单位|計量單位|计量单位)$")
_TEXT_COLUMN = compiled(r"备注|說明|说明")
# a year, or longer than a label column's name (项目, 指标名称), or a table's name (主要指标表)
_CAPTION = compiled(r"\d{4}年|^.{8,}$|.表$")
_AN_INSURANCE = compiled(r"保险\s*$")  # (企业职工基本养老保险 | … over 城镇职工基本医疗保险 | …: another insurance's row)
_TABLE_TITLE = compiled(r"\p{Han}{4}.*(?<!代)表$")  # (a table's own title line: …情况表, …统计表)
_PROSE = compiled(r"[。！？，,；;]")
_NUMBERED_CAPTION = compiled(r"^(?:附)?表\s*[\d一二三四五六七八九十]+(?![\d.])")
_SERIAL_COLUMN = compiled(r"^(?:序号|序\s*号|编号|排名|名次)$")  # (排名 over 1, 2 …: a rank, read as a serial)
_SERIAL = compiled(r"^\d{1,3}$")
_YEAR_COLUMN = compiled(r"^(?:年份|年度|年\s*份|时间)$")


@dataclass(frozen=True)
class _Token:
    start: int
    end: int
    text: str
    kind: str  # number | dash | unit | empty | note | title | furniture | text
    after_blank: bool = False  # a blank line stands right before it


def _tokens(text: str) -> list[list[_Token]]:
    """Runs of cell lines (blank lines inside a run are passed over, and so is a page's number at
    its foot where a table goes on over a page: - 1 -, as PDF text prints it, and a posting line)."""
    runs: list[list[_Token]] = []
    run: list[_Token] = []
    offset, blank = 0, False
    for line in text.split("\n"):
        at, offset = offset, offset + len(line) + 1
        if is_page_number(line) or (len(line.strip()) > MAX_CELL and is_furniture(line)):
            continue  # (发布时间:… 来源:… 访问量: between a table's title and its cells)
        tok = _token(line, at)
        if tok is None:
            if line.strip():
                runs.append(run)
                run = []
            blank = True
            continue
        run.append(replace(tok, after_blank=True) if blank else tok)
        blank = False
    runs.append(run)
    return [_separated(r) for r in runs if sum(t.kind == "number" for t in r) >= MIN_NUMBERS]


def _separated(run: list[_Token]) -> list[_Token]:
    """险种 / | / 参保人数 / | / … / 醫療救助 / | / | / 2158.50: where a line of a bare bar parts every two
    cells, the bars are separators, not cells; two bars with no cell between them hold an empty cell's place."""
    bars = sum(t.kind == "empty" for t in run)
    if bars < len(run) / 2 - 1:
        return run
    out: list[_Token] = []
    for n, t in enumerate(run):
        if t.kind != "empty" or (n and run[n - 1].kind == "empty"):
            out.append(t)
    return out


def _token(line: str, offset: int) -> _Token | None:
    body = line.strip()
    piped = body.endswith("|") or body.startswith("|")
    body = body.strip("|").strip()
    if not body:
        return _Token(offset, offset, "", "empty") if piped else None
    if len(body) > MAX_CELL and (body := lead_in(body)) is None:
        return None
    start = offset + line.index(body)
    end = start + len(body)
    if CELL.match(body):
        kind = "number"
    elif EMPTY.fullmatch(body):
        kind = "dash"  # (— : no figure, but its column's place in the row)
    elif _NOTE.match(body) or _BRACKETED_NOTE.fullmatch(body):
        kind = "note"  # (单位:万元, and in brackets alone on its line: (单位:万元); not (截至12月16日,单位:人), a caption)
    elif unit_word(body):
        kind = "unit"
    elif _TITLE.search(body):
        kind = "title"
    elif is_furniture(body):
        kind = "furniture"  # 发布机构…发布日期 between a title and its table: no caption, no cell
    else:
        kind = "text"
    return _Token(start, end, body, kind)


def find_flat_cells(text: str) -> list[Cell]:
    cells: list[Cell] = []
    for run in _tokens(grouped_by_blanks(text)):
        positional = any(t.kind == "empty" for t in run)
        for part in _sections(run):
            cells += _read(part, positional)
    return cells


def _sections(run: list[_Token]) -> list[list[_Token]]:
    """A title (二、待遇支付:), a numbered caption (表2 特困人员救助供养情况) or a unit note after rows
    (单位:人、元/人·月) starts a table of its own, with its own header and units."""
    parts: list[list[_Token]] = [[]]
    for i, t in enumerate(run):
        opens = (t.kind in ("title", "note") or _NUMBERED_CAPTION.match(t.text) is not None
                 or _heads_a_header(run, i))
        if opens and any(x.kind == "number" for x in parts[-1]):
            # (the words after the last figure, a numbered caption or a block's heading, （二）城乡居民基本医疗保险
            # over 单位:万元, name the next table: no row of this one goes on past them)
            moved = []
            while t.kind == "note" and parts[-1][-1].kind == "text":
                moved.insert(0, parts[-1].pop())
            parts.append(moved)
        parts[-1].append(t)
    return parts


def _heads_a_header(run: list[_Token], i: int) -> bool:
    """二、待遇享受情况 / 类别 / 人次 / 统筹基金支付(万元) / 住院 / 21374 / …: a numbered heading with column
    names of its own under it, before its first row, heads a table of its own (where a row follows it at once,
    一、参保人数 / 职工医保 / 21.35, it heads a group of the same table's rows)."""
    if run[i].kind != "text" or not (opens_numbered_section(run[i].text) or _TABLE_TITLE.search(run[i].text)):
        return False  # (…合计 / 74.63 / … / 某县2023年一季度医保待遇享受情况表 / 类别 / 人次 / …: a table's title too)
    names = 0
    for j in range(i + 1, len(run)):
        if run[j].kind == "number" or _is_label(run, j):
            return names >= 2
        if run[j].kind not in ("text", "unit"):
            return False
        names += 1
    return False


def _is_label(run: list[_Token], i: int) -> bool:
    """A text cell whose row goes on (past unit and empty cells) with a number."""
    if run[i].kind != "text":
        return False
    nxt = next((t for t in run[i + 1:] if t.kind not in ("unit", "empty", "dash")), None)
    return nxt is not None and nxt.kind == "number"


def _year_labels(run: list[_Token]) -> list[int]:
    """年份 / 参保人数(万人) / … / 2021 / 45.2 / …: under a first column of years, each year is a
    row's label (a time series), not a figure; [] for any other table."""
    head = next((i for i, t in enumerate(run) if t.kind == "text" and _YEAR_COLUMN.match(t.text)), None)
    if head is None or any(t.kind == "number" for t in run[:head]):
        return []
    return [i for i in range(head + 1, len(run)) if run[i].kind == "number" and YEAR_CELL.match(run[i].text)]


def _without_serials(run: list[_Token]) -> list[_Token]:
    """序号 / 县(市、区) / 参保人数 / 1 / 平遥县 / 301250 / 2 / …: a first column of serial numbers
    names no figure — its header and each number right before a row's label are dropped."""
    first_number = next((i for i, t in enumerate(run) if t.kind == "number"), len(run))
    head = next((i for i, t in enumerate(run[:first_number]) if _SERIAL_COLUMN.match(t.text)), None)
    if head is None:
        return run
    serials = {i for i in range(head + 1, len(run) - 1)
               if run[i].kind == "number" and _SERIAL.match(run[i].text) and run[i + 1].kind == "text"}
    return [t for i, t in enumerate(run) if i != head and i not in serials]


def _read(run: list[_Token], positional: bool) -> list[Cell]:
    run = _without_serials(run)
    labels = _year_labels(run) or [i for i in range(len(run)) if _is_label(run, i)]
    if len(labels) > 1 and all(YEAR_CELL.match(t.text) for t in run[labels[0] + 1:labels[1]]):
        labels = labels[1:]  # 指标 / 2022 / 2023: the header names its year columns, it is no row
    if not labels:
        return []
    width = Counter(b - a for a, b in zip(labels, labels[1:])).most_common(1)[0][0] if len(labels) > 1 else 0
    first = labels[0]
    before = run[:first]
    if positional and width:
        header = before[-width:] if len(before) >= width else []
    else:
        lo = max((i + 1 for i, t in enumerate(before) if t.kind in ("title", "note")), default=0)
        # (a bare year names a column too: 指标 / 2022 / 2023 / 参保人数(万人) / …)
        header = [t for t in before[lo:] if (t.kind in ("text", "unit") or YEAR_CELL.match(t.text))
                  and not _is_group(t)]
        while width and len(header) > width and (_CAPTION.search(header[0].text) or _NUMBERED_CAPTION.match(header[0].text)
                                                 or header[0].text.startswith("【")):
            header = header[1:]  # 【社会保障】 / 表5 / 2023年全县…主要指标 above the column names: the table's caption
        if width and len(header) > width and any(_is_group(t) and not _is_label(run, n) for n, t in enumerate(run)):
            header = header[-width:]  # 险种 / 收支项目 / 本月数 / …: the groups' own column has no cell in a row
        header = _rejoined(header, width)
    schemes = _scheme_columns(before, width) if not positional else []
    header = schemes or header
    note_units = _note_units(before)
    caption = next((t for t in reversed(before) if t.kind in ("title", "text") and t not in header
                    and not _is_group(t)), None)
    out: list[Cell] = []
    top: _Token | None = None
    listing = False  # the rows after a 其中 row
    group = _group_above([t for t in before if t not in schemes])
    parent, previous = None, None  # the part a 其中 row breaks down; the row before, if a part
    for n, i in enumerate(labels):
        end = labels[n + 1] if n + 1 < len(labels) else len(run)
        row = run[i:end]
        label = row[0]
        # a row that is not a part (其中…, 1.…; 职工医保 under 参保人数) heads the parts after it; the rows after a
        # 其中 row are parts too, up to the next numbered section (三、基金支出 | 其中:住院 | … | 门诊 | …)
        part = _CHILD.match(label.text) is not None or (top is not None and (
            (scheme_only(label.text) and not scheme_only(top.text) and not _AN_INSURANCE.search(top.text))
            or (listing and not _SECTION.match(label.text) and not _counts_otherwise(label, top))))
        listing = (listing and part) or label.text.startswith("其中")
        # (参保人数 / 职工医保 / 其中:在职职工 / 退休人员: the 其中 breaks down the part above it, within its top)
        parent = (previous if label.text.startswith("其中") else parent) if listing else None
        section = (parent or top) if part else None
        if not part:
            top = label
        titles = [t for t in run[:i] if t.kind == "title"]
        out += _row_cells(row, header, positional, note_units, section, _nearer(titles, caption), group or (parent and top))
        group, previous = _last_group(row[1:]) or group, label if part else None
    return out


def _counts_otherwise(label: _Token, top: _Token) -> bool:
    """医疗救助总人次 / 其中:住院救助 / 门诊救助 / 医疗救助资金支出: a row after the parts that counts in a measure
    of its own, not its top's, is a top of its own."""
    own, tops = measure_named(label.text), measure_named(top.text)
    return bool(own and tops) and own != tops


def _nearer(titles: list[_Token], caption: _Token | None) -> _Token | None:
    """The title over a row, or the table's caption where it stands below that title (…情况如下: /
    2018年1-6月某市医疗救助情况表 / 单位:… : the caption names the table's time and place)."""
    if caption is not None and _CAPTION.search(caption.text) and (not titles or caption.start > titles[-1].start):
        return caption
    return titles[-1] if titles else caption


def _scheme_columns(before: list[_Token], width: int) -> list[_Token]:
    """项目 / 职工医保 / 城乡居民医保 / 基金收入(万元) / 5128.37 / 2964.10: schemes side by side over rows of
    measures name the columns (one scheme alone over rows heads them as a group); [] for any other header."""
    if width < 3 or len(before) < width:
        return []
    names = before[-width:]
    if names[0].kind != "text" or _is_group(names[0]) or not all(
            t.kind == "text" and scheme_only(t.text) for t in names[1:]):
        return []
    return names


_PART_COLUMN = compiled(r"\s*(?:[#＃]|其中[:：]?)")
_UNIT_ALONE = compiled(r"[(（][^()（）]{1,6}[)）]")
_ENDS_IN_UNIT = compiled(r"[(（][^()（）]{1,6}[)）]$")


def _rejoined(header: list[_Token], width: int) -> list[_Token]:
    """参合人数 / (万人) / 住院实际 / 补偿比(%): column names a web table broke over two lines, flattened to two cells
    each, when the header has more cells than a row: a unit alone in brackets goes with the name above it, then a
    name with no unit with the one after it that ends in its unit, until the header is as wide as the rows."""
    if not width or len(header) <= width:
        return header
    out: list[_Token] = []
    for t in header:
        if out and _UNIT_ALONE.fullmatch(t.text) and not _UNIT_ALONE.fullmatch(out[-1].text):
            out[-1] = replace(out[-1], end=t.end, text=out[-1].text + t.text)
        else:
            out.append(t)
    i = 1
    while len(out) > width and i < len(out) - 1:
        if not _ENDS_IN_UNIT.search(out[i].text) and _ENDS_IN_UNIT.search(out[i + 1].text):
            out[i:i + 2] = [replace(out[i], end=out[i + 1].end, text=out[i].text + out[i + 1].text)]
        i += 1
    return out if len(out) == width else header


def _note_units(before: list[_Token]) -> list:
    """The units of the table's note: a cell of its own (单位:万元), or a caption's bracket
    (重点民生工程进度表(单位:万元), 资金来源构成如下(单位:万元):)."""
    for t in reversed(before):
        m = (_NOTE.match(t.text) or _BRACKETED_NOTE.fullmatch(t.text)) if t.kind == "note" else (
            _CAPTION_NOTE.search(t.text) if t.kind in ("title", "text") else None)
        if m:
            return units_in_note(m.group("units"))
    return []


def _is_group(t: _Token) -> bool:
    """一、参保人数 / 职工医保 / 21.35 / … / 二、基金收入 / …: a numbered heading with no figure of its
    own says what the rows under it count, until the next one."""
    return t.kind == "text" and (opens_numbered_section(t.text) or scheme_only(t.text))  # (职工医保 / 基金收入 / …)


def _last_group(tokens: list[_Token]) -> _Token | None:
    """The group heading among a row's trailing cells, or among the cells above the first row."""
    return next((t for t in reversed(tokens) if _is_group(t)), None)


def _group_above(before: list[_Token]) -> _Token | None:
    """The group heading over the first row: not one above a paragraph or above the table's own
    caption (三、基金结余情况 / 截至9月底,…结余X亿元。/ 某市基金运行情况表 / 单位:万元 / 参保人数 | 本期收入 | …:
    the section the summary's text was in, not what the columns count)."""
    lo = max((i + 1 for i, t in enumerate(before) if t.kind == "text" and not _is_group(t) and (
        _PROSE.search(t.text) or (i + 1 < len(before) and before[i + 1].kind == "note"))), default=0)
    return _last_group(before[lo:])


def _percent_column(header: _Token | None) -> bool:
    return header is not None and bool(PERCENT_COLUMN.search(header.text.strip()))


def _column_unit(header: _Token | None, note_units: list, row_words: str = "") -> tuple[str, Decimal] | None:
    if header is None:
        return note_units[0] if len(note_units) == 1 else None
    own = unit_of_label(header.text, 0, len(header.text)) or unit_word(header.text)
    if not own and names_a_rate(header.text) and all(u[0] != "%" for u in note_units):
        return None  # 完成率 under 单位:万元: a percent (counted_unit says so)
    # 单位:万元、万人 over 本期 / 上年同期: the row's label or its group (参保人数) says which
    return own or unit_for_cell(header.text, row_words, note_units)


def _row_cells(row: list[_Token], header: list[_Token], positional: bool, note_units: list,
               section: _Token | None, caption: _Token | None, group: _Token | None = None) -> list[Cell]:
    label, rest = row[0], row[1:]
    columns = header[1:] if header else []
    row_unit = next((unit_word(t.text) for t in rest if t.kind == "unit"), None)
    row_words = label.text + (section.text if section else "") + (group.text if group else "")
    numeric_columns = [c for c in columns if not _UNIT_COLUMN.match(c.text) and not _TEXT_COLUMN.search(c.text)]
    out: list[Cell] = []
    numbers = [t for t in rest if t.kind in ("number", "dash")]
    previous = None  # the unit of the cell before
    # 医疗救助 / (blank) / 412.08 / 2863.50 …: a row one figure short whose first figure alone stands after a
    # blank line left its first column empty (where blank lines part every cell, none says so)
    k = int(len(numbers) == len(numeric_columns) - 1 and numbers[0].after_blank
            and not any(t.after_blank for t in [label, *numbers[1:]]))
    for pos, tok in enumerate(rest):
        if positional:
            col = columns[pos] if pos < len(columns) else None
        else:
            if tok.kind not in ("number", "dash"):
                continue
            col = numeric_columns[k] if k < len(numeric_columns) else None
            k += 1
        if tok.kind != "number":
            continue
        # (参保人数 | #城乡居民医保 | 基金支出 under 单位:万人、亿元: a column of the one before's part counts as it does)
        part = col is not None and _PART_COLUMN.match(col.text) is not None and not unit_of_label(col.text, 0, len(col.text))
        unit = (row_unit or unit_of_label(label.text, 0, len(label.text)) or (previous if part else None)
                or _column_unit(col, note_units, row_words)
                or (unit_of_label(section.text, 0, len(section.text)) if section else None))
        if _percent_column(col):
            unit = PERCENT  # 比上年增长(%) under a row of 万人, 同比(%) beside 收入(亿元): the column's own unit
        if unit is None:
            unit = ((counted_unit(col.text, tok.text) if col else None) or counted_unit(label.text, tok.text)  # (谭桥街道 |
                    or (counted_unit(section.text, tok.text) if section else None))  # 51202 under 应参保人数: people, no 街道)

        q = cell_quantity(tok.text, unit, col.text if col is not None else "")
        previous = unit
        if q is None:
            continue
        change = change_in_column(col.text, q.unit) if col is not None else ""
        # a change's metric follows the row's own unit (单位:万元 over a 增减(%) column: money), a rise in points a rate's
        row_of = ((PERCENT if q.unit == "个百分点" else row_unit or unit_of_label(label.text, 0, len(label.text))
                   or (unit_for(row_words, note_units) if note_units else None) or unit) if change else unit) or ("", 1)
        context: tuple[Span, ...] = ((label.start, label.end),)
        context += ((section.start, section.end),) if section else ()
        context += ((group.start, group.end),) if group else ()
        context += ((col.start, col.end),) if col else ()
        context += ((caption.start, caption.end),) if caption else ()
        # a time series' row, or a column, named by a bare year: that year
        period = year_period(label.text) or (year_period(col.text) if col else None)
        out.append(Cell(tok.start, tok.end, q, period, change, row_of[0], context,
                        (col.start, col.end) if col else None))
    return out
