"""A yearbook header no one line of which names every column (extract.tables reads it when extract.table_headers
finds no such line): the names stand on two to four lines over the rows, each name over the cells it names, a
group's over the run of columns it spans (often with a rule drawn under it), a unit in brackets under its name:

             参保职工人数(人)                  基金收入     基金支出
    年  份   ───────────────────────           (万元)       (万元)
             合  计     在职职工    退休人员
    Year     Total      Active      Retired    Revenue      Expenditure
    2015     41263      30150       11113      9012.4       8120.6

Each column reads the names standing over its cells, top first (参保职工人数(人) + 在职职工; 基金收入 + (万元))."""
from __future__ import annotations

from bisect import bisect_right
from unicodedata import east_asian_width

from extract.table_cells import NOTE, RULED, YEAR_CELL
from rules.pattern_cache import compiled

_HAN = compiled(r"\p{Han}")
_LATIN = compiled(r"[A-Za-z]")
# (合  计, 人 数: one name spaced out to its column's width; 2015 年: one year)
_NAME = compiled(r"(?:19|20)\d\d[ ]年度?(?!\S)|(?<!\S)\p{Han}(?:[ \u3000]{1,3}\p{Han})+(?!\S)|\S+")
_BLANKS, _WORD = compiled(r"\s+"), compiled(r"\S+")
_MAX_LINES = 4  # (a group, its names, their units, a second line of a name: four lines at most)
_REACH = 3  # display columns a name may stand off the cells it names and still be theirs


def _shown(line: str, i: int) -> int:
    """The display column of line[i], a wide (Han) character counted as two."""
    return sum(2 if east_asian_width(c) in "WF" else 1 for c in line[:i])


def _extents(lines, rows: list[list[tuple[int, int, str]]], width: int) -> list[tuple[int, int]] | None:
    """Where each column's cells stand, in display columns (from the first to the last any full row fills)."""
    starts = [o for o, _ in lines]
    spans: list[list[tuple[int, int]]] = [[] for _ in range(width)]
    for cells in rows:
        if len(cells) != width:
            continue
        for n, (s, e, _) in enumerate(cells):
            o, line = lines[bisect_right(starts, s) - 1]
            if "\t" in line:
                return None  # (tabs say nothing of where a cell stands)
            spans[n].append((_shown(line, s - o), _shown(line, e - o)))
    if not all(spans):
        return None
    out = [(min(a for a, _ in s), max(b for _, b in s)) for s in spans]
    return out if all(a[1] <= b[0] for a, b in zip(out, out[1:])) else None


def _over(extents, lo: int, hi: int) -> list[int]:
    """The columns a name standing from display column lo to hi names: those whose cells it (or the rule under
    it) stands over for the most part, else the one nearest it, within reach."""
    over = [n for n, (a, b) in enumerate(extents) if min(hi, b) - max(lo, a) >= max(1, (b - a + 1) // 2)]
    if over:
        return over
    near = min(range(len(extents)), key=lambda n: abs((lo + hi) / 2 - sum(extents[n]) / 2))
    a, b = extents[near]
    return [near] if lo <= b + _REACH and hi >= a - _REACH else []


def _parts(offset: int, line: str, rules: list[tuple[int, int]], extents) -> list | None:
    """The names of one header line, each with the columns it stands over (a rule on the line below, under it,
    widens a group's reach); None when the line is no header line (a caption, a row, a sentence)."""
    out = []
    for m in _NAME.finditer(line):
        lo, hi = _shown(line, m.start()), _shown(line, m.end())
        if RULED.fullmatch(m.group()):
            continue
        if _LATIN.search(m.group()) and not _HAN.search(m.group()):
            continue  # (Participants beside 参合人数: its translation)
        if not (_HAN.search(m.group()) or m.group()[:1] in "(（") or YEAR_CELL.match(m.group()):
            return None  # (a figure or a numbered caption's 16-4: no header line)
        if hi <= extents[0][0] - _REACH + 1:
            continue  # (年  份, 县  区: the label column's own name)
        if lo < extents[0][0] - _REACH:
            return None  # (a caption running from the left margin over the columns)
        for a, b in rules:
            if min(hi, b) > max(lo, a):
                lo, hi = min(lo, a), max(hi, b)
        columns = _over(extents, lo, hi)
        if not columns:
            return None
        out.append((offset + m.start(), offset + m.end(), _BLANKS.sub("", m.group()), columns))
    return out


def _rules(line: str) -> list[tuple[int, int]]:
    """Where the rules drawn on a line stand, in display columns (------ under a group's name)."""
    return [(_shown(line, m.start()), _shown(line, m.end())) for m in _WORD.finditer(line) if RULED.fullmatch(m.group())]


def grid_header(lines, i: int, rows: list, width: int) -> tuple[list, int, set[int], int] | None:
    """The header over the rows from line i on read name by name over the cells (as header_of returns it: the
    columns, the lowest header line's index, the header lines' indexes, the top one's), else None."""
    extents = _extents(lines, rows, width)
    if extents is None:
        return None
    found: list[tuple[int, list]] = []  # (line index, names), bottom first
    for x in range(i - 1, max(-1, i - 1 - 2 * _MAX_LINES), -1):
        offset, line = lines[x]
        if not line.strip() or RULED.fullmatch(line):
            if found:
                break
            continue  # (a frame or a blank line between the header and the rows)
        if not _HAN.search(line):
            if found or not _LATIN.search(line):
                break
            continue  # (Year  Total  Active: the header's translation, under it)
        below = lines[x + 1][1] if x + 1 < len(lines) else ""
        rules = [] if RULED.fullmatch(below) else _rules(below)  # (a rule across the table frames it: no group's)
        parts = None if NOTE.search(line) else _parts(offset, line, rules, extents)
        if not parts:
            break
        found.append((x, parts))
        if len(found) == _MAX_LINES:
            break
    if len(found) < 2:
        return None  # (one line naming the columns is extract.table_headers's to read)
    return _columns(found, width)


def _columns(found: list, width: int) -> tuple[list, int, set[int], int] | None:
    """Each column's name, its parts read top first; its span the lowest part's, the upper parts' kept beside it."""
    names: list[list] = [[] for _ in range(width)]
    for _, parts in reversed(found):
        for s, e, name, columns in parts:
            for n in columns:
                names[n].append((s, e, name))
    if not all(any(_HAN.search(p[2]) for p in ps) for ps in names):
        return None  # (a column no name stands over)
    columns = [(ps[-1][0], ps[-1][1], "".join(p[2] for p in ps)) + tuple((p[0], p[1]) for p in ps[:-1])
               for ps in names]
    # (the unit in brackets under a name is no name of its own: the name above it is the column's span)
    columns = [_named_span(c, ps) for c, ps in zip(columns, names)]
    return columns, found[0][0], {x for x, _ in found}, found[-1][0]


def _named_span(column: tuple, parts: list) -> tuple:
    """A column whose lowest part is its unit in brackets ((万元) under 基金收入): the name's span is its own."""
    named = [p for p in parts if _HAN.search(p[2]) and p[2][:1] not in "(（"]
    if not named or named[-1] is parts[-1]:
        return column
    last = named[-1]
    return (last[0], last[1], column[2]) + tuple((p[0], p[1]) for p in parts if p is not last)
