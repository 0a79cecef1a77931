"""The header of an aligned table (extract.tables): the line above its rows that names its
columns, read with a second line of each name written above it (城镇职工基本 over 医疗保险参保)
or with the units written in brackets under it (参保人数  参保率 over (人)  (%)), and where each
column stands on the line, for rows that leave cells blank."""
from __future__ import annotations

from unicodedata import east_asian_width

from extract.table_cells import NOTE, NOTE_LEAD, RULED, YEAR_CELL, measure_named, unit_of_label, unit_word
from rules.pattern_cache import compiled

_HAN = compiled(r"\p{Han}")
_PROSE = compiled(r"[。！？!?]|[，,][^，,]*[，,]")  # (a full stop, or two commas: sentences, not column names)
# (2023 年: one column's name; so is 年 份, 地  区: the label column's, spaced out to its width)
_TOKEN = compiled(r"(?:19|20)\d\d[ ]年度?(?!\S)|(?<!\S)\p{Han}[ \u3000]{1,3}\p{Han}(?!\S)|\S+")


# a word of a column name's English translation written in the same cell (参合人数(人) Participants)
_LATIN_WORD = compiled(r"[A-Za-z][A-Za-z'’.&-]*")


def _tokens(offset: int, line: str) -> list[tuple[int, int, str]]:
    """A header line's names, the English words beside Chinese names passed over."""
    tokens = [(offset + m.start(), offset + m.end(), m.group()) for m in _TOKEN.finditer(line)]
    if any(_HAN.search(t[2]) for t in tokens):
        tokens = [t for t in tokens if not _LATIN_WORD.fullmatch(t[2])]
    return tokens


_NOTE_CELL = compiled(rf"[(（]?\s*{NOTE_LEAD}[^()（）]{{1,16}}[)）]?")  # (a unit note at a header line's end: no column)


def header_of(lines, i: int, width: int) -> tuple[list, int, set[int], int]:
    """The header above the rows starting at line i, its line's index, the indexes of the lines
    under it that go on naming its columns (lower parts of the names, a line of units), and the
    index of its top line (its names' upper parts stand above its line)."""
    header, k = _header(lines, i, width)
    header, below = _with_lower_parts(lines, k, i, header, width)
    header, units_line = _with_units_row(lines, k, max(below, default=k), i, header, width)
    top = min((_line_of(lines, c[3][0], k) for c in header if len(c) > 3), default=k)
    return header, k, below | ({units_line} if units_line is not None else set()), min(top, k)


def _line_of(lines, pos: int, k: int) -> int:
    """The index of the line (at or above line k) that holds offset `pos`."""
    while k > 0 and lines[k][0] > pos:
        k -= 1
    return k


def _header(lines, i: int, width: int) -> tuple[list[tuple[int, int, str]], int]:
    """The nearest line above the block that can name `width` columns (years, places, Chinese
    words; an English translation of them is passed over), and its line index."""
    for k in range(i - 1, max(-1, i - 12), -1):
        offset, line = lines[k]
        if _PROSE.search(line):
            break  # (本报讯(记者 某某)记者从市民政局获悉,…。 above rows with no header: a paragraph names no columns)
        tokens = [t for t in _tokens(offset, line) if not _NOTE_CELL.fullmatch(t[2])]  # (…  累计结存  (单位:亿元): no column)
        if k > 0 and all(_BRACKETED.fullmatch(t[2]) for t in tokens):
            continue  # (人次) (人次) (万元) under the names: their units line (_with_units_row), no names of its own
        if len(tokens) >= width and all(YEAR_CELL.match(t[2]) or _HAN.search(t[2]) for t in tokens[-width:]):
            return _with_upper_half(lines, k, tokens, width), k
    return [], i


def _with_upper_half(lines, k: int, tokens: list, width: int) -> list:
    """A header written over two lines or more, each column's name broken at the same places
    (城镇职工基本 over 医疗保险参保; 资助参加 over 基本医疗 over 保险人数; 床位数 over (张)): each column
    reads all its parts, top first, the upper parts' spans kept beside it."""
    lower = tokens[-width:]
    columns = [(t[0], t[1], t[2]) for t in lower]
    top = k
    for j in range(k - 1, max(-1, k - 1 - _UPPER_LINES), -1):
        offset, line = lines[j]
        upper = _tokens(offset, line)[-width:]
        if (len(upper) < width or not all(_HAN.search(t[2]) for t in upper)
                or any(abs(shown_at(line, u[0] - offset) - shown_at(lines[k][1], t[0] - lines[k][0])) > HALF_ALIGN
                       for u, t in zip(upper, lower))):
            break
        columns = [(c[0], c[1], u[2] + c[2], (u[0], u[1])) + c[3:] for u, c in zip(upper, columns)]
        top = j
    return tokens[:-width] + (_with_groups(lines, top - 1, k, columns) if top > 0 else columns)


def _with_groups(lines, j: int, k: int, columns: list) -> list:
    """城乡最低生活保障 over 保障户数 保障人数 保障资金, 医疗救助 over 救助人次 救助资金: a line of fewer names
    above the header, each standing over a run of its columns, names what they are of: each column
    reads the group nearest it, its span kept beside it."""
    offset, line = lines[j]
    groups = _tokens(offset, line)
    if j > 0 and sum(RULED.fullmatch(g[2]) is not None for g in groups) >= 2:
        # 一季度 over ------ ------ over 累计 同比: rules drawn under the groups, the groups' line above them
        j -= 1
        offset, line = lines[j]
        groups = _tokens(offset, line)
    if NOTE.search(line):
        return columns  # ((2020年1月1日—11月30日)    单位:人次、万元: the caption's period and the table's units)
    names = [c[2] for c in columns]
    # (a line of as many names as columns names their groups only when the label columns' names stand first)
    fewer = len(groups) < len(columns) or _label_names(names, len(groups)) > 0
    if not 2 <= len(groups) or not fewer or not all(_HAN.search(g[2]) and len(g[2]) >= 2 for g in groups):
        return columns
    at = [(shown_at(line, g[0] - offset), shown_at(line, g[1] - offset)) for g in groups]
    if at[0][1] < shown_at(lines[k][1], columns[0][0] - lines[k][0]) - HALF_ALIGN:
        # 乡镇(街道)  合计  住院救助  门诊救助: the label column's name before the groups (表一 医保基本情况: a caption)
        groups, at = groups[1:], at[1:]
        if len(groups) < 2:
            return columns

    def nearest(c) -> int:
        x = shown_at(lines[k][1], c[0] - lines[k][0])
        return min(range(len(groups)), key=lambda n: max(at[n][0] - x, x - at[n][1], 0))

    # (| 乡镇(街道) | 合计 | | 住院救助 | |; | 指标名称 | 单位 | 一季度 | | 二季度 | |: the label columns' names, a pipe table's)
    labels = _label_names(names, len(groups))
    if not _runs_under(names, len(groups)) and labels:
        groups, at = groups[labels:], at[labels:]
    if _runs_under(names, len(groups)):
        run = len(columns) // len(groups)
        under = [n // run for n in range(len(columns))]  # (人次 金额 under each group: the same run under every one)
    else:
        under = [nearest(c) for c in columns]
    if under != sorted(under) or len(set(under)) != len(groups):
        return columns  # (groups out of order, or one over no column: no such line)
    return [(c[0], c[1], groups[n][2] + c[2], (groups[n][0], groups[n][1])) + c[3:] for n, c in zip(under, columns)]


def _label_names(names: list[str], groups: int) -> int:
    """How many of a group line's first names are the label columns' (| 指标名称 | 单位 | 一季度 | | 二季度 | |): the
    fewest whose leaving out puts the same run of names under each group left; 0 when none does."""
    return next((d for d in range(1, groups - 1) if _runs_under(names, groups - d)), 0)


def _runs_under(names: list[str], groups: int) -> bool:
    """Whether the same run of two names or more stands under each of `groups` groups (人次 金额 人次 金额)."""
    run = len(names) // groups
    return run > 1 and run * groups == len(names) and names[:-run] == names[run:]


_UPPER_LINES = 3  # (a column's name broken over four lines at most)


_BRACKETED = compiled(r"[(（][^()（）\s]{1,6}[)）]")


def _with_lower_parts(lines, k: int, i: int, header: list, width: int) -> tuple[list, set[int]]:
    """A header whose columns' names go on, on the lines under it, for some columns only (城镇职工
    over 基本养老 over 保险, beside 失业保险 on one line; 年 份 and Year at the left): each column
    reads the parts standing under it; a yearbook's English lines between are passed over. The
    lines read, which are no section rows of the table."""
    below: set[int] = set()
    if not header:
        return header, below
    columns = header[-width:]
    at = _shown_columns(lines[k], columns)
    for x in range(k + 1, i):
        offset, line = lines[x]
        if not line.strip():
            break
        if not _HAN.search(line):
            continue  # (Urban  Employees'  Pension: the names' translation)
        parts = {}
        for m in _TOKEN.finditer(line):
            shown = shown_at(line, m.start())
            if shown < at[0] - HALF_ALIGN:
                continue  # the label column's own name (年 份, Year)
            near = _column_under(at, shown, HALF_ALIGN)
            if not (_HAN.search(m.group()) or _BRACKETED.fullmatch(m.group())) or near is None or near in parts:
                return header[:-width] + columns, below
            parts[near] = (offset + m.start(), offset + m.end(), m.group())
        if not parts:
            break  # 城镇社会保险(人) at the left alone: the table's first section row
        columns = [c[:2] + (c[2] + parts[j][2],) + c[3:] + (parts[j][:2],) if j in parts else c
                   for j, c in enumerate(columns)]
        below.add(x)
    return header[:-width] + columns, below


def _with_units_row(lines, k: int, after: int, i: int, header: list, width: int) -> tuple[list, int | None]:
    """A header whose units stand on the line under it (or under its names' lower parts, line
    `after`), each in brackets under its column (参保人数  参保率  基金收入 over 地  区  (人)  (%)  (万元)):
    each column reads its unit, and the line is no section row of the table (whose unit would be
    every row's); its index, if any."""
    x = next((x for x in range(after + 1, i) if lines[x][1].strip()), None)
    if not header or x is None:
        return header, None
    offset, line = lines[x]
    units = [(offset + m.start(), offset + m.end(), m.group()) for m in _BRACKETED.finditer(line)]
    if (len(units) < 2 or _LEADING_LABEL.fullmatch(_BRACKETED.sub("", line)) is None
            or any(u[2][1:-1] != "%" and unit_word(u[2][1:-1]) is None for u in units)):
        return header, None
    columns = header[-width:]
    if len(units) == len(columns):
        pairs = list(zip(columns, units))
    else:  # some columns have no unit: each unit goes to the column it stands under
        at = _shown_columns(lines[k], columns)
        pairs = []
        for u in units:
            near = _column_under(at, shown_at(line, u[0] - offset), 2 * HALF_ALIGN)
            if near is None:
                return header, None
            pairs.append((columns[near], u))
    unit_of = {c[:2]: u for c, u in pairs}
    merged = [c[:2] + (c[2] + unit_of[c[:2]][2],) + c[3:] + (unit_of[c[:2]][:2],) if c[:2] in unit_of else c
              for c in columns]
    return header[:-width] + merged, x


def _shown_columns(header_line: tuple[int, str], columns: list) -> list[int]:
    """Where each column's name starts on the header's line, in display columns."""
    offset, line = header_line
    return [shown_at(line, c[0] - offset) for c in columns]


def _column_under(at: list[int], shown: int, reach: int) -> int | None:
    """The column whose name stands nearest display column `shown`, if within `reach` of it."""
    near = min(range(len(at)), key=lambda j: abs(at[j] - shown))
    return near if abs(at[near] - shown) <= reach else None


# (地  区 before the units; a yearbook's English stub, Year  Counties, as well)
_LEADING_LABEL = compiled(r"\s*(?:[\p{Han}A-Za-z][\p{Han}A-Za-z\s]*)?\s*")
HALF_ALIGN = 4  # columns (a Han character two wide) a column's upper half may stand off its lower half


def shown_at(line: str, i: int) -> int:
    """The display column of line[i], a wide (Han) character counted as two."""
    return sum(2 if east_asian_width(c) in "WF" else 1 for c in line[:i])




def _shown(text: str, pos: int) -> int:
    """The display column of text[pos] on its line."""
    line = text.rfind("\n", 0, pos) + 1
    return shown_at(text[line:pos], pos - line)


def _place(text: str, span, centred: bool) -> float:
    start = _shown(text, span[0])
    return (start + _shown(text, span[1])) / 2 if centred else start


def column_places(text: str, columns: list, full_rows: list) -> tuple[bool, list[float]] | None:
    """Where each column stands on the line (display columns of the names' starts, else of their
    middles), when the table is drawn aligned: every cell of its full rows stands nearer its own
    column than any other."""
    if not columns or not full_rows:
        return None
    for centred in (False, True):
        places = (centred, [_place(text, c, centred) for c in columns])
        if all(nearest_columns(text, places, cells) == list(range(len(columns))) for cells in full_rows):
            return places
    return None


def nearest_columns(text: str, places: tuple[bool, list[float]], cells: list) -> list[int] | None:
    """The column each cell stands under, if they are distinct and in order."""
    centred, at = places
    found = [min(range(len(at)), key=lambda j: abs(at[j] - _place(text, c, centred))) for c in cells]
    return found if all(a < b for a, b in zip(found, found[1:])) else None


_BRACKETS_AND_BLANKS = compiled(r"[(（][^()（）]*[)）]|\s")
_UNIT_BRACKET = compiled(r"[(（][^()（）]{1,8}[)）]")


def with_known_units(header: list, units: dict[str, str]) -> list:
    """续表 17-8 over 救助资金支出 with no units line: the unit its first part gave the column (万元); | 参保人数(万人) |
    其中:职工 | 居民 |: the parts a 其中 opens after a column, naming whom but no measure, count in its unit."""
    out, whole, parts = [], None, False
    for c in header:
        name = _BRACKETS_AND_BLANKS.sub("", c[2])
        parts = (parts or name.startswith("其中")) and whole is not None and not measure_named(name)
        if (bracket := _UNIT_BRACKET.search(c[2])) is not None and unit_of_label(c[2], 0, len(c[2])):
            units[name], whole, parts = bracket.group(), bracket.group(), False
        elif name in units and not unit_of_label(c[2], 0, len(c[2])):
            c = c[:2] + (c[2] + units[name],) + c[3:]
        elif parts:
            c = c[:2] + (c[2] + whole,) + c[3:]
        else:
            whole = None
        out.append(c)
    return out


def translation_at(line: str) -> int:
    """Where a row's translation begins after its cells (城市低保户数(户)   3412 …   2817   Urban Households (household),
    as a national yearbook sets it), the line's length where it has none."""
    if not line or not (line[-1].isascii() and (line[-1].isalpha() or line[-1] == ")")):
        return len(line)  # (most lines end otherwise: no pattern tried, as this runs on every line of a page)
    m = _TRANSLATION_AFTER.search(line)
    return m.start() if m is not None else len(line)


_TRANSLATION_AFTER = compiled(r"(?<=[\d…—\-])(?:\t|[ \u3000]{2,})[A-Za-z]{2,}[A-Za-z\s,.'’&/\-]*(?:\([\w\s\-.,]{1,24}\))?\s*$")


def tab_field(text: str, pos: int) -> int:
    """Which tab-separated field of its line `pos` stands in."""
    return text.count("\t", text.rfind("\n", 0, pos) + 1, pos)


def tab_columns(text: str, columns) -> dict[int, int]:
    """For a header written with tabs, each column's field: a row's tab puts a cell under its column."""
    fields = [tab_field(text, c[0]) for c in columns]
    return {f: i for i, f in enumerate(fields)} if len(set(fields)) == len(fields) and any(fields) else {}
