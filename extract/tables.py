"""Tables in reports, as plain text: each cell becomes a figure whose unit, period and meaning come from its row
label, column header and caption (GUIDELINES §4: a cell whose unit stands only in a header or a note is a mention
of the bare number, converted with it). A label too long for its column may stand alone above its cells.
Two layouts, both common in yearbooks, bulletins and government web pages:

* aligned rows (this module): a row label (Chinese, maybe followed by an English one), then
  numeric cells separated by blanks, under a header row naming the columns (years, places,
  增长). A row's unit stands in brackets in its label (参保人数(万人), 医疗救助支出(万元)), or
  comes from a section row (社会保障(人)), which also says what the rows under it count
  (一、参保人数), or from the row it is indented under. A row with fewer cells than columns fills
  the last columns (its first cells were left empty), unless the last columns are changes (a
  level with no comparison fills the first) or header and row are written with tabs: then each
  cell's tab says its column.

      项目                          2023年    2022年    增长
      城乡居民医保参保人数(万人)    45.2      44.8      0.9%

  A table drawn with pipes (| 险种 | 参保人数 | … |, one row per line) is read the same way,
  its pipes taken for the blanks between columns. A unit column between the labels and the
  figures (指标名称  单位  数值: 参保人数  万人  45.62) gives each row its unit; a last column of words
  (指标属性: 约束性) is passed over; a bound before a cell's figure (≥99) or a qualifier after it (85左右)
  is its qualifier. A time
  series has a year for each row's label (年份  参保人数(万人) …: 2021  45.2 …), which dates its cells.
* one cell per line (extract/flat_tables.py): web tables flattened by copying.
The cells are found here, structurally; they join the rule matches in extract.scan and win where they overlap.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from extract.segment.furniture import is_furniture, is_page_number
from extract.segment.lines import opens_item, opens_numbered_section, strip_span
from extract.aligned_cells import bare_cells_of_rows, holds_text_cells
from extract.change_columns import changed_measure, column_links, level_unit, reads_as_growth
from extract.cell_context import is_total_row
from extract.cell_values import cell_quantity, grouped_by_blanks, worded_bare, worded_change
from extract.header_grid import grid_header
from extract.pipe_rows import colons_as_blanks, pipes_as_blanks
from extract.spans import Span
from extract.table_headers import (column_places, header_of, nearest_columns, tab_columns, tab_field, translation_at,
                                   with_known_units)
from extract.table_notes import SENTENCE_PUNCT, is_note, table_note
from extract.table_cells import (BOUND_AFTER, BOUND_BEFORE, CHANGE_HEADER, EMPTY, EMPTY_CELL, NUMBER, PERCENT,
                                 PERCENT_COLUMN, POINTS, RATE_SIGN, RULED, YEAR_CELL, Cell, bare_cells,
                                 change_in_column, counted_unit, is_growth_row, names_a_rate,
                                 row_words, scheme_only, text_tail, unit_alone, unit_for, unit_for_cell,
                                 unit_of_label, unit_word, units_by_position, year_period, years_ascending)
from rules.pattern_cache import compiled

# (an English label's line, maybe with its unit, in brackets or not: Participants(10 000 persons), Covered   10000 persons)
_ENGLISH_ONLY = compiled(r"[A-Za-z](?:[A-Za-z\s’'\-,.&/]|\([A-Za-z\d\s’'\-,.&/]{0,40}\)|\d[\d ]{0,6}(?=[ ]?[A-Za-z])){0,80}")
_HAN = compiled(r"\p{Han}")
_RATE_RISE = compiled(r"[-+−－]?\d{1,2}(?:\.\d+)?")  # a rise in points: at most two digits before the point
# (a dash holds an empty cell's place: 李村  3712  174  —  —  43.8)
_LAST_CELL = compiled(rf"(?:^|\s)({BOUND_BEFORE})({NUMBER}{RATE_SIGN}?|{EMPTY_CELL}){BOUND_AFTER}\s*$")
_TRANSLATION = compiled(r"[^\p{Han}]*[A-Za-z]{3}[^\p{Han}]*")  # (Basic Medical Insurance … (2020))
_COLUMN_GAP = compiled(r"\t|[ \u3000]{2,}")
_LEFT_OUT = compiled(r"[.…⋯·。]{2,}|…|[(（]?(?:略|以下略|下略)[)）]?")  # (……, （略）: the rows a page leaves out)
_LABEL_END = compiled(r"\s[A-Za-z]|(?:\t|[ \u3000]{2,})(?=[^\s\d]*\p{Han}\S*\d)")
_UNIT_CELL = compiled(r"(?:\t|[ ]{2,})([^\s\d]{1,5})\s*$")  # the label's last cell, after a column gap
MIN_ROWS = 2
_ENGLISH_TAIL = compiled(r"(?<=\p{Han}|[)）])\s+[A-Za-z][^\p{Han}]*$")  # (a label's translation after it, to the line's end)
_MARKED_YEAR = compiled(r"\s*((?:19|20)\d\d)[*＊※△▲#①-⑨]{1,2}\s*")  # (2015*, 2016①: a year with a note's mark)


@dataclass
class _Row:
    offset: int  # of the line
    line: str
    indent: int
    label: Span  # the Chinese label, offsets into the text
    unit: tuple[str, Decimal] | None  # (canonical unit, magnitude) from the label
    cells: list[tuple[int, int, str]] = field(default_factory=list)
    period: tuple[str, str, str] | None = None  # a row labelled by a year (2021  45.2  95.1): its year
    words_after: bool = False  # a last column of words after its cells (| 99.3 | ≥99 | 约束性 |)


def _lines(text: str) -> list[tuple[int, str]]:
    out, offset = [], 0
    for line in text.split("\n"):
        out.append((offset, line))
        offset += len(line) + 1
    return out


def _row(text: str, offset: int, line: str) -> _Row | None:
    """A line whose label is text and whose tail is numeric cells."""
    stripped = line.rstrip()
    stripped = stripped[:translation_at(stripped)]  # (…  2817  Urban Households (household): the row's translation)
    tail = text_tail(stripped)
    words_after = tail < len(stripped) and not (worded_change().search(stripped, tail)  # (…   下降0.8个百分点: a cell)
                                                or worded_bare().search(stripped, tail))
    stripped = stripped[:tail] if words_after else stripped
    cells = []
    pos = len(stripped)
    if stripped.endswith(("个百分点", "%", "人", "次", "元")) and (worded := worded_change().search(stripped)) is not None:
        cells.append((offset + worded.start(1), offset + worded.end(1), worded.group(1)))
        pos = worded.start(1)
    elif (worded := worded_bare().search(stripped)) is not None:
        cells.append((offset + worded.start(1), offset + worded.end(1), worded.group(1)))
        pos = worded.start(1)
    while True:
        m = _LAST_CELL.search(stripped[:pos])
        if not m:
            break
        cells.append((offset + m.start(1), offset + m.end(3 if m.group(3) else 2), m.group(1) + m.group(2) + (m.group(3) or "")))
        pos = m.start(1)
    label_text = stripped[:pos]
    if all(EMPTY.fullmatch(c[2]) or worded_change().match(c[2]) for c in cells):
        return None  # dashes alone make no row
    if not label_text.strip() and years_ascending([c[2] for c in reversed(cells)]):
        return None  # (          2010     2011     2012: a header naming its columns, no label before it)
    if len(cells) >= 3 and not label_text.strip() and (year := year_period(cells[-1][2])):
        # 2021    45.2    95.1: a time series, one year to a row, the year its label
        s, e, _ = cells[-1]
        return _Row(offset, line, len(line) - len(line.lstrip()), (s, e), None, list(reversed(cells[:-1])), year)
    if len(cells) >= 2 and (marked := _MARKED_YEAR.fullmatch(label_text)):
        # 2015*    23046    7053.2: a year marked for a note under the table (*快报数): its row all the same
        s, e = offset + marked.start(1), offset + marked.end(1)
        return _Row(offset, line, len(line) - len(line.lstrip()), (s, e), None, list(reversed(cells)),
                    year_period(marked.group(1)))
    if not cells or not _HAN.search(label_text) or SENTENCE_PUNCT.search(label_text):
        return None
    row = _label_row(text, offset, line, pos, list(reversed(cells)))
    row.words_after = words_after
    if len(row.cells) > 1 and EMPTY.fullmatch(row.cells[0][2]) and is_total_row(text, row.label):
        row.cells = row.cells[1:]  # | 序号 | 乡镇 | … over | 合计 | — | 451418 |: the dash is under the labels
    if row.unit is None and all(YEAR_CELL.match(c[2]) for c in row.cells):
        return None  # 指标 2006 2007 2008: the header naming the columns
    return row


def _label_row(text: str, offset: int, line: str, pos: int, cells) -> _Row:
    indent = len(line) - len(line.lstrip())
    han = [m for m in _HAN.finditer(line, 0, pos)]
    first = han[0].start() if han else indent
    while first > indent and not line[first - 1].isspace():
        first -= 1  # 1月, 2季度: the label's word begins with its digits
    lo = offset + first
    # the Chinese label ends where an English one begins, or a cell of words with a figure (| 低保对象 | 定额资助280元/人 |)
    english = _LABEL_END.search(line[han[0].start():pos] if han else "")
    hi = offset + (han[0].start() + english.start() if english else pos)
    unit = unit_of_label(text, lo, offset + pos)
    column = (_UNIT_CELL.search(line, 0, hi - offset) or unit_alone(line, pos)) if unit is None else None  # (人  Employees)
    if column is not None and not line[:column.start()].strip(" \t|"):
        column = None  # (| 五保户 | 213 | 36.42 |: a row labelled by a kind of household a unit may name, 1200五保户, no unit cell)
    if column is not None and (unit := unit_word(column.group(1))) is not None:
        hi = offset + column.start()  # 参保人数    万人    45.62: a unit column between label and cells
    elif column is not None and "/" in column.group(1):
        # 保障标准    元/人·月    226: the unit before the slash; the label keeps the cell, whose
        # denominator is the figure's (extract.denominators)
        unit = unit_word(column.group(1).split("/")[0])
    while hi > lo and text[hi - 1].isspace():
        hi -= 1
    return _Row(offset, line, indent, (lo, hi), unit, cells)


def find_table_cells(text: str) -> list[Cell]:
    text = grouped_by_blanks(colons_as_blanks(pipes_as_blanks(text)))
    lines = _lines(text)
    cells: list[Cell] = []
    units: dict[str, str] = {}  # a column's name → its unit in brackets, as an earlier part of the table gave it
    i = 0
    while i < len(lines):
        block, j = _block(text, lines, i)
        rows = [r for r in block if isinstance(r, _Row)]
        if rows and rows[0].cells and holds_text_cells(text, rows[0].cells[0][0]):  # (its cells of words read as text)
            cells, i = cells + bare_cells_of_rows(text, lines[i:j], table_note(lines, max(i - 1, 0), i)), j
        elif len(rows) >= MIN_ROWS:
            words_after = any(r.words_after for r in rows)  # (its header names that column too: 指标属性)
            width = max(len(r.cells) for r in rows) + words_after
            header, k, naming, top = header_of(lines, i, width)
            if not header and not words_after:  # (no one line names every column: their names over their cells)
                header, k, naming, top = grid_header(lines, i, [r.cells for r in rows], width) or (header, k, naming, top)
            header = header[:-1] if words_after else header
            header = with_known_units(header, units)
            # (an English line between, County  Participants  Rate(%), translates the header: no section)
            between = [lines[x] for x in range(k + 1, i)
                       if x not in naming and _HAN.search(lines[x][1]) and not is_note(lines[x][1])]
            # 社会保障(人): a section row; 单位:万元 above the rows or in the caption: the table's unit
            cells += _cells(text, between + block, header, _caption(lines, top), table_note(lines, top, i, j))
            i = j
        else:
            i += 1
    return cells


def _block(text: str, lines, i: int) -> tuple[list, int]:
    """Rows from line i on, with the no-cell lines between them (sections, label continuations)."""
    block: list = []
    j = i
    while j < len(lines):
        offset, line = lines[j]
        row = _row(text, offset, line)
        if row is not None:
            block.append(row)
        elif block and not isinstance(block[-1], _Row) and (cells := bare_cells(offset, line)):
            lo, label = block.pop()  # a label alone on its line, its cells on the next
            block.append(_label_row(text, lo, label, len(label.rstrip()), cells))
        elif not block and j + 1 < len(lines) and _opens_on_label(line, lines[j + 1]):
            block.append((offset, line))  # the first row's label alone, its cells (maybe with its English) below
        elif block and (len(_COLUMN_GAP.split(line.strip())) >= 3 or _NEW_TABLE.match(line)):
            break  # 地  区    卫生机构数    床位数 …, 9-13  各县医疗卫生机构、床位: the next table's header or caption
        elif line.strip() and block and _HAN.search(line) and not SENTENCE_PUNCT.search(line) and len(
                _ENGLISH_TAIL.sub("", line).strip()) <= 60:  # (…参保人数(万人) Persons Insured under the New…: its English)
            block.append((offset, line))  # a section row or a label's second line
        elif not line.strip() and block:
            pass
        elif block and (_ENGLISH_ONLY.fullmatch(line.strip()) or _LEFT_OUT.fullmatch(line.strip())):
            pass  # the second line of a row's English label (…Basic Medical / Care Insurance); rows left out (……)
        elif block and is_page_number(line):
            pass  # a page's number at its foot: the table goes on on the next page (PDF text)
        else:
            break
        j += 1
    while block and not isinstance(block[-1], _Row):
        block.pop()
    return block, j


def _opens_on_label(line: str, below: tuple[int, str]) -> bool:
    """职工医保参保人数(人) over     Employees in Medical Insurance …   12405   12690: a row on two lines."""
    if not _HAN.search(line) or SENTENCE_PUNCT.search(line) or _COLUMN_GAP.search(line.strip()) or len(line) > 60:
        return False  # (年度　　参合人数（万人）　　基金总额（万元） over 2009　　25.83: a header over a time series)
    return (cells := bare_cells(*below)) is not None and not years_ascending([c[2] for c in cells])


def _caption(lines, k: int) -> Span | None:
    """The nearest non-blank line above the header, which often names the table and its period
    (a unit note alone on its line is passed over, and so is a web page's furniture: 发布机构…
    发布日期 between the title and the table, and a yearbook's English translation of the title)."""
    seen, slashed = 0, None
    for j in range(k - 1, -1, -1):
        offset, line = lines[j]
        if not line.strip():
            continue
        if _TRANSLATION.fullmatch(line) or RULED.fullmatch(line):
            continue  # (an English line translates the Chinese one above it; a ruled line only frames the table)
        if not is_note(line) and not is_furniture(line) and not _SPACED_OUT.fullmatch(line):  # (年    份 over years)
            if _PARAGRAPH.search(line) and not _INTRODUCES.search(line):
                return None  # (a paragraph of the summary, 1-11月,…支出X万元;大病保险赔付Y万元。: no caption's words)
            # (a note of a rate under it, (单位:元/人·年), read with it: what every cell is per)
            return _first_part(lines, j) or (offset, slashed or offset + len(line))
        if is_note(line) and "/" in line and seen == 0:
            slashed = offset + len(line)
        seen += 1
        if seen == 3:  # (three lines passed over: a caption further up names another table, if any)
            return None
    return None


# sentences with figures, not one that announces the table (各乡镇参保情况如下:, 详见下表。)
_PARAGRAPH = compiled(r"[，,；;].*\d.*[。！？]\s*$")
_INTRODUCES = compiled(r"如下|下表|见表|附表")
_SPACED_OUT = compiled(r"\s*\p{Han}(?:[ \u3000]+\p{Han}){1,3}\s*")
_CONTINUED = compiled(r"^\s*(?P<number>(?:表\s*)?\d{1,2}\s*[-—–－]\s*\d{1,3})\s*(?:续表|\(续\)|（续）)")
_NEW_TABLE = compiled(r"\s*(?:附?表\s*(?:\d{1,2}(?:\s*[-—–－.]\s*\d{1,3})?|[一二三四五六七八九十]{1,3})|\d{1,2}\s*[-—–－]\s*\d{1,3})\s+\p{Han}")
_BARE_CONTINUED, _NUMBERED = compiled(r"^\s*续(?:上)?表"), compiled(r"^\s*(?:表\s*)?\d{1,2}\s*[-—–－]\s*\d{1,3}\s+\S")


def _first_part(lines, j: int) -> Span | None:
    """17-6 续表 over a continued table: the caption of its first part above (17-6 各县新型农村合作医疗情况)."""
    if (m := _CONTINUED.match(lines[j][1])) is None and not _BARE_CONTINUED.match(lines[j][1]):
        return None
    number = "".join(m.group("number").split()) if m else None  # (续表 alone: the numbered caption above it)
    return next(((offset, offset + len(line)) for offset, line in reversed(lines[:j]) if (
        _NUMBERED.match(line) if number is None else "".join(line.split()).startswith(number)
        and not _CONTINUED.match(line))), None)


def _column(token: str) -> tuple[tuple[str, str, str] | None, bool]:
    year = year_period(token)
    return (year, False) if year else (None, bool(CHANGE_HEADER.search(token)))


def _mark_depth(label: str) -> int | None:
    """How deep in an outline a row's label stands: 一、 over (一) over 1. / (1) / ① over 其中 (二、基金收入 1,
    (一)职工医保 2 …), None unmarked; rows of one indent are nested by their marks."""
    if opens_numbered_section(label):
        return 2 if label[:1] in "(（" else 1
    if opens_item(label):
        return 3
    return 4 if label.startswith("其中") else None


def _cells(text: str, block: list, header, caption: Span | None, note: list) -> list[Cell]:
    rows = [r for r in block if isinstance(r, _Row)]
    width = max(len(r.cells) for r in rows)
    columns = header[-width:] if len(header) >= width else []
    meanings = [_column(c[2]) for c in columns]
    # a change column's period: the latest its columns name (2024年度 | 2025年度 | 增减: 2025's rise)
    change_period = max((p for p, _ in meanings if p), key=lambda p: p[2], default=None)
    # (| 参保人数(人) | 同比增减(%) | 基金收入(万元) | 同比增减(%) |: each change column, the level column it changes;
    # | 参保人数 | 上年同期 |: a bare time's column, the one that names what it counts)
    compared, dated, measures = column_links(columns, meanings)
    tabbed = tab_columns(text, columns)
    # a row that leaves cells blank in a table drawn aligned: each cell under the column it stands under
    places = column_places(text, columns, [r.cells for r in rows if len(r.cells) == len(columns)]) if any(
        len(r.cells) < len(columns) for r in rows) else None
    levels = next((k for k, (_, is_change) in enumerate(meanings) if is_change), len(meanings))
    by_column = units_by_position(note, [c[2] for c in columns])  # (单位:个、件、%: one for each column)
    if by_column and len({unit_for(text[r.label[0]:r.label[1]], note) for r in rows} - {None}) > 1:
        by_column = None  # (单位:人、人次、万元 over 城市 | 农村 | 合计: the rows' 人数, 人次, 金额 choose, not the columns)
    # (附表:…情况(单位:人次、万元) over rows with no header, 某市  9864  682.3: the note's units, one a column, in order)
    by_place = note if not columns and len(note) == width > 1 and all(len(r.cells) == width for r in rows) else None
    out: list[Cell] = []
    section_unit = None
    section: Span | None = None  # 一、参保人数 (unindented or numbered, no cells) over rows with no unit or metric
    parents: list[_Row] = []
    previous: _Row | None = None
    previous_depth = None
    for before, after in zip(block, block[1:]):
        if isinstance(before, _Row) and before.unit is None and not isinstance(after, _Row):
            offset, line = after  # 各种社会福利收养性 / 单位数(个): the label's second line gives the unit
            if len(line) - len(line.lstrip()) > 0 and not opens_numbered_section(line.strip()):
                before.unit = unit_of_label(text, offset, offset + len(line))
    for item in block:
        if not isinstance(item, _Row):
            offset, line = item
            if len(line) - len(line.lstrip()) == 0 or opens_numbered_section(line.strip()):  # (| 一、参保人数 | | |)
                u = unit_of_label(text, offset, offset + len(line))
                section_unit = u or section_unit
                section = strip_span(text, offset, offset + len(line))
                parents = []  # (六、报销比例 | | over its rows; 特困人员供养人数(人) over 集中供养 …: not the rows above's)
            continue
        row = item
        depth = _mark_depth(text[row.label[0]:row.label[1]])
        if depth is None and scheme_only(text[row.label[0]:row.label[1]]):
            depth = 3  # 二、基金收入 | … over 职工医保(含生育) | …: the scheme's part of the numbered row above
        if (depth is None and previous is not None and previous.indent == row.indent and previous_depth == 4
                and text.startswith("其中", previous.label[0]) and not (row.unit and row.unit != previous.unit)):
            # (| 其中:在职职工 | … | over | 退休人员 | … |: the same row's other part; not 人均筹资标准 | 元/人 |, in a unit of its own)
            depth = 4
        parents = [p for p in parents if p.indent < row.indent or (
            depth is not None and p.indent == row.indent and (_mark_depth(text[p.label[0]:p.label[1]]) or depth) < depth)]
        if depth == 4 and not parents and previous is not None and previous.indent == row.indent:
            parents = [previous]  # | 参保人数 | … | over | 其中:职工医保 | … |: a part of the row above
        if is_total_row(text, row.label):
            parents = []  # (9  武陵区  … over       全市  …: a total indented past the rank column adds the rows up)
        # (  增速  12.4: the growth of the row above; 住院人次同比增减(%) | 6.3: of the measure its own label names)
        own = changed_measure(text, row.label) if row.unit in (None, PERCENT) else None
        growth = own is not None or is_growth_row(text[row.label[0]:row.label[1]]) and bool(parents)
        measured = text[slice(*own)] if own else text[slice(*parents[-1].label)] if growth else ""
        unit = PERCENT if growth else row.unit or next((p.unit for p in reversed(parents) if p.unit), None) or section_unit
        # (在职职工 under 职工基本医疗保险 under 参加基本医疗保险人数: which of the note's units its parents count in)
        words_of_row = "".join(text[r.label[0]:r.label[1]] for r in [row, *reversed(parents)]) + (
            text[section[0]:section[1]] if section else "")
        own_words = row_words(text[row.label[0]:row.label[1]], words_of_row)  # (资助金额 under 一、资助…人数: its own)
        shift = len(columns) - len(row.cells)  # empty first cells: the row's cells fill the last columns
        if shift > 0 and meanings[-1][1] and len(row.cells) <= levels:
            shift = 0  # 累计结余  210456 under 本期 / 上年同期 / 增减%: a level with no comparison
        placed = nearest_columns(text, places, row.cells) if places and shift > 0 else None
        for k, (s, e, raw) in enumerate(row.cells):
            if EMPTY.fullmatch(raw) or worded_change().match(raw):
                continue  # an empty cell, or a worded one, held in its place
            col = placed[k] if placed else k + shift if columns and shift >= 0 else None
            if tabbed and "\t" in row.line:
                col = tabbed.get(tab_field(text, s), col)  # 当年结余\t4887\t(blank): its tab says where
            period, is_change = meanings[col] if col is not None else (None, False)
            period = period or row.period
            header_text = "".join(columns[j][2] for j in (measures[col], col) if j is not None) if col is not None else ""
            # the note's unit for this cell: its column header, then its row label, names what it counts
            named = (unit or unit_of_label(header_text, 0, len(header_text))  # 参保人数(万人) over the column
                     or unit_for_cell(header_text, own_words, [by_column[col]] if by_column and col is not None
                                      else [by_place[k]] if by_place else note)
                     # 救助人次 over the column or beside the row, when the table gives no unit
                     or counted_unit(header_text, raw) or counted_unit(text[row.label[0]:row.label[1]], raw))
            if is_change and not PERCENT_COLUMN.search(header_text) and ((
                    col and names_a_rate(columns[col - 1][2]) and not unit_of_label(header_text, 0, len(header_text))
                    and _RATE_RISE.fullmatch(raw)) or (unit == PERCENT and "%" not in raw)):
                named = POINTS  # 完成率 | 较上期提高 under 单位:人、%; 参合率(%) | 97.3 | 98.1 | +0.8: the rise in points
            if is_change and named != POINTS and reads_as_growth(row.cells, k):
                named = PERCENT  # 本期数 | 上年同期 | 增减 of 3.62 | 3.49 | 3.7: the growth, in percent
            # (城镇新增就业(人) | 2800 | 2956 | 105.6 under 完成进度: the rate column's percent, not the row's 人)
            rate_column = bool(unit) and names_a_rate(header_text) and not unit_of_label(header_text, 0, len(header_text))
            q = cell_quantity(raw, PERCENT if PERCENT_COLUMN.search(header_text) or rate_column else named, header_text)
            if q is None:
                continue
            change = "growth_rate" if growth else change_in_column(header_text, q.unit) if is_change else ""
            period = (change_period or row.period) if is_change else period  # (| 2017 | … | 11.2 | under 提高(个百分点): the row's year)
            context = (row.label,) + tuple(p.label for p in reversed(parents)) + ((section,) if section else ())
            column = (columns[col][0], columns[col][1]) if col is not None else None
            if column:  # (a two-line header's upper half first: 城镇职工基本 over 医疗保险参保; a change's level column: its period)
                context += columns[col][3:] + ((columns[dated[col]][:2],) if dated[col] is not None else ()) + (column,)
            context += (caption,) if caption else ()
            # a change's metric follows its row's unit, not its column's (增减(%) beside 参保人数 in 万人)
            level = compared[col] if is_change else None  # (of what the level column it changes counts)
            row_of = ((None if own else parents[-1].unit) or unit_for(measured, note) or counted_unit(measured, "1") or named
                      if growth else PERCENT if named == POINTS
                      else unit or level_unit(columns[level][2] if level is not None else "", words_of_row, note, named)
                      or unit_for(words_of_row, note) or named) if change else named
            out.append(Cell(s, e, q, period, change, row_of[0] if row_of else "", context, column, len(parents),
                            (columns[level][0], columns[level][1]) if level is not None else None))
        parents.append(row)
        previous, previous_depth = row, depth
    return out
