"""The units a plain-text table's note gives its cells (单位:万元, 单位:人、万元 …, a caption's bracket, a numbered
caption naming what it counts), found between the table's caption and its first row (extract.tables)."""
from __future__ import annotations

from extract.table_cells import NOTE, unit_word, units_in_note
from rules.fragments import alternation
from rules.pattern_cache import compiled
from rules.wordlists import words

SENTENCE_PUNCT = compiled(r"[。；;！!？?]")
# (二、住院报销比例(%): a caption ending in a unit in brackets, any unit units.tsv knows written alone)
# (元/人·月: the unit before the slash; the slash's denominator is read by extract.denominators)
_BRACKET_UNIT = compiled(r"\p{Han}[(（](?P<units>[^()（）\d\s,，、:：/]{1,4})(?:/[^()（）\d\s,，、:：]{1,5})?[)）][:：]?\s*$")
_NUMBERED_CAPTION = compiled(r"^\s*(?:附\s*表|表)\s*[\d一二三四五六七八九十]{1,3}(?![\d.．-])")  # (附表2:…, 表3  …)
_COUNTED_CAPTION = compiled(r"(人次|人数)\s*$")


def is_note(line: str) -> bool:
    """A line that is only a unit note (单位：万元, （单位:人）), or a form's line of fields that ends in one
    (填报单位:某某局(盖章)    单位:人、万元: who filled the table in, and its units)."""
    note = NOTE.search(line)
    if note is not None and not line[:note.start()].strip("(（ \t"):
        return True
    note = _unit_note(line)
    return note is not None and _FIELDS.fullmatch(line[:note.start()]) is not None


# (填报单位:某某局    填报日期:2021年1月5日    : fields of a form, form_fields.txt, set out by blanks)
_FIELDS = compiled(rf"\s*(?:(?:{alternation(words('form_fields.txt'))})\s*[:：][^:：]*?(?:\t|[ \u3000]{{2,}}))+")


def _unit_note(line: str):
    """The line's unit note: the first whose units are known (填报单位:某某局 is no note of units)."""
    return next((m for m in NOTE.finditer(line) if units_in_note(m.group("units"))), None)


def table_note(lines, k: int, i: int, j_end: int | None = None) -> list:
    """The units of the table's note (单位:万元), from its caption down to its first row; for a
    continued table (表8-12 续表) that repeats no note, its first part's; for a later part (金额单位:万元 over
    一、职工医保 | rows … 二、居民医保 | rows), the note above the first, up to the sentences before them. A
    table with a numbered caption of its own (附表2:待遇享受人次) is no part of the table above it: that
    table's note is not its own; a caption that ends in what it counts (人次, 人数) is its unit. With none of
    these, a note under its last row (its block ending before line `j_end`)."""
    numbered = [j for j in range(max(0, k - 4), i) if _NUMBERED_CAPTION.match(lines[j][1])]
    for j in range(numbered[-1] if numbered else max(0, k - 4), i):
        m = _unit_note(lines[j][1]) or (_BRACKET_UNIT.search(lines[j][1]) if j < k else None)
        if m and (listed := units_in_note(m.group("units"))):  # (a caption's bracket is its note; (试行) is none)
            # (金额单位:万元  增幅单位:%: the line's second note too)
            return listed + [u for n in NOTE.finditer(lines[j][1], m.end()) for u in units_in_note(n.group("units"))
                             if u not in listed]
    if numbered and not any("续" in lines[j][1] for j in numbered):
        counted = _COUNTED_CAPTION.search(lines[numbered[-1]][1])
        return [unit_word(counted.group(1))] if counted else [] if j_end is None else note_below(lines, i, j_end)
    if any("续表" in lines[j][1] for j in range(max(0, k - 4), k + 1)):
        for j in range(k - 1, -1, -1):
            if m := NOTE.search(lines[j][1]):
                return units_in_note(m.group("units"))
    for j in range(max(0, k - 4) - 1, max(-1, k - 40), -1):
        if SENTENCE_PUNCT.search(lines[j][1]):
            break
        if is_note(lines[j][1]):
            return units_in_note(NOTE.search(lines[j][1]).group("units"))
    return [] if j_end is None else note_below(lines, i, j_end)


def note_below(lines, i: int, j: int) -> list:
    """The units of a note right under a table's last row (rows from line i, the block ending before line j) that
    no table below takes for its own: 单位:人次、万元、人, or a footnote giving its labels' units (注:救助金额、资助
    金额单位为万元,救助人次单位为人次: their units, which its rows' and columns' labels then pick)."""
    last = next((x for x in range(j - 1, i - 1, -1) if _DIGIT.search(lines[x][1]) and not is_note(lines[x][1])), i)
    below = [x for x in range(last + 1, min(len(lines), last + 6)) if lines[x][1].strip()][:2]
    if not below or (len(below) > 1 and _CELL_AHEAD.search(lines[below[1]][1])):
        return []  # (a note over the next table's rows is that table's)
    line = lines[below[0]][1]
    if is_note(line):
        return units_in_note(NOTE.search(line).group("units"))
    if not _FOOTNOTE.match(line):
        return []
    listed = [u for m in _LABELLED_UNIT.finditer(line) for u in units_in_note(m.group(1))]
    return [u for n, u in enumerate(listed) if u not in listed[:n]]


_DIGIT = compiled(r"\d")
_CELL_AHEAD = compiled(r"(?:\t|[ \u3000]{2,}|[|｜])\s*[-+]?\d")  # (a row's cell after a column's gap or rule)
_FOOTNOTE = compiled(r"\s*(?:注|说明|备注)\s*[:：]")
_LABELLED_UNIT = compiled(r"单位(?:为|是|[:：])\s*([^\s,，。;；、)）]{1,4})")
