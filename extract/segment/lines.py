"""Line kinds: what one non-blank line of a page is, judged from the line alone
(and, for a column break, from the line that follows it).

Vocabulary (sentence openers, caption starts) is data in ``rules/wordlists/``;
the patterns below are the shapes of start markers, bylines, credits and tags,
which are structure rather than word lists (page furniture: furniture.py).
"""
from __future__ import annotations

import enum
import re
from functools import lru_cache

from extract.segment.furniture import is_furniture
from extract.segment.shapes import CJK, WS, Lazy, char_class, nonspace_len
from rules.punctuation import CLAUSE_BREAKS, CLOSERS, LIST_COMMA, OPENING_QUOTES, PARAGRAPH_ENDS, SENTENCE_ENDS
from rules.fragments import units
from rules.pattern_cache import compiled
from rules.wordlists import longest_first, words

_NAME = rf"[{CJK}·]{{2,4}}"
# a line ending in one of these cannot end a sentence: the next line continues it
_DANGLING = set("的和与、,，“『「《(（")
# punctuation that cannot start a sentence, so a line opening with it continues one
_CONTINUATION_STARTS = CLAUSE_BREAKS + LIST_COMMA + "”’』」)）%"
_KICKER_ENDS = ("——", "--")
_PARAGRAPH_ENDS = set(PARAGRAPH_ENDS)

_HEADLINE_MAX = 30
_HEADLINE_MAX_SEGMENTED = 50  # a two-part headline (main —— sub, or spaced halves)

_SENTENCE_END = char_class(SENTENCE_ENDS)
_FIRST_CLAUSE_END = char_class(CLAUSE_BREAKS + LIST_COMMA)

# datelines that open an article's body: 本报讯, 新华社X月X日电, (记者 X)
_START_MARKER = Lazy(
    r"^(?:□\s*)?(?:本[报報][讯訊]|本[报報][^,，。]{0,14}?[讯訊]|"
    r"新华社[^,，。]{0,16}?电|新華社[^,，。]{0,16}?電|中新[网社網][^,，。]{0,16}?[电電]|"
    rf"人民网[^,，。]{{0,16}}?电|[(（]\s*(?:本[报報])?(?:见习|見習)?(?:记者|記者)[\s{CJK}]{{1,30}}[)）]|"
    r"本[报報](?:记者|記者)|本[报報](?:通讯员|通訊員)|"
    # another paper's or site's dateline: 四川日报讯, 东方网3月8日讯
    rf"[{CJK}]{{1,8}}(?:日[报報]|晚[报報]|[网網])[^,，。]{{0,12}}?[讯訊](?![息号號]))"
)
# a standalone byline: □ 本报记者 X  Y
_BYLINE = Lazy(
    rf"^(?:□\s*)?(?:文\s*/\s*图|文\s*/|图\s*/|本报记者|本报通讯员|特约记者|见习记者|记者|通讯员|文|撰稿)"
    rf"[\s:：]*{_NAME}(?:[\s、,，]+(?:(?:本报)?(?:记者|通讯员|见习记者)\s*)?{_NAME})*\s*$"
)
# credit lines that end a photo caption or a drawing: 记者 X 摄, X 供图, 漫画 X 作
_CREDIT_PHOTO = Lazy(
    rf"^(?:(?:本报)?(?:见习)?记者|通讯员|新华社(?:记者|发)?|摄影|图/|图片)?\s*"
    rf"{_NAME}(?:[\s、]+{_NAME}){{0,3}}\s*(?:[摄攝]影?|供[图圖])$"
)
_CREDIT_PREFIXED = Lazy(
    rf"^(?:(?:本报)?(?:见习)?记者|通讯员|新华社|新华社发|漫画)\s*"
    rf"{_NAME}(?:[\s、]+{_NAME}){{0,3}}\s*(?:作|报道|绘)$"
)
_CREDIT_SPACED = Lazy(rf"^{_NAME}(?:[\s、]+{_NAME}){{0,2}}\s+(?:作|报道|绘)$")
# author tags that end an article: ·X· or (X) alone on a line, or (X) after the last sentence
_TAG_LINE = Lazy(
    rf"^(?:[·•]\s*{_NAME}(?:\s+{_NAME}){{0,3}}\s*[·•]|"
    rf"[(（]\s*{_NAME}(?:[\s、]+{_NAME}){{0,3}}\s*[)）]|[(（]完[)）])$"
)
_TAG_END = Lazy(
    rf"(?<=[。！？!?”』」.])\s*([(（]\s*(?:{_NAME}(?:[\s、]+{_NAME}){{0,3}}|完)\s*[)）])\s*$"
)
# a line opening a numbered item (2.生育保险。…, (三)…, ②…) starts a paragraph of its own
_POINT = re.compile(r"(?<![统唯])[一二三四五六七八九十]是")
_LIST_ITEM = re.compile(
    r"^(?:\d{1,2}\s*[、.．](?![\d.．])|[(（]\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[)）]"
    r"|[一二三四五六七八九十]{1,3}\s*[、.．]|[①-⑳])"
)
_CELL_TOKEN = re.compile(r"(?:^|\s)[-+]?\d[\d,]*(?:\.\d+)?(?:%|‰)?(?=\s|$)")
_LAST_CELL = re.compile(r"\s[-+]?\d[\d,]*(?:\.\d+)?(?:%|‰)?$")
_CELL_ENDS = frozenset("0123456789%‰")
_EMPTY_ENDS = frozenset("—–－―-…/")
_EMPTY_LAST = re.compile(r"(?:\s+(?:[—–－―-]{1,2}|…{1,2}|/))+\s*$")
# a blank between a number and its unit (51.38 万人, 2025 年, as converted PDFs print it): no
# gap between a headline's two halves
_UNIT_BLANK = re.compile(r"(?<=\d)[ ]+(?=[^\s\d])")
# a rule drawn under a group of columns (一季度 over ------------ over 累计 同比): a header's line, no text
_COLUMN_RULE = re.compile(r"(?:^|(?<=\s))[-—─━=]{3,}(?=\s|$)")
_RULE_RUNS = ("---", "———", "───", "━━━", "===")  # (looked for first: most lines hold none)
_SECTION_BRACKET = re.compile(r"^【[^】\n]{1,30}】")
_SECTION_NUMBERED = re.compile(
    r"^(?:[一二三四五六七八九十]{1,3}\s*[、.．]|[(（][一二三四五六七八九十]{1,3}[)）]|"
    r"第[一二三四五六七八九十]{1,3}[部章节分])"
)
_INLINE_CAPTION = re.compile(
    r"^(?:" + "|".join(map(re.escape, words("caption_starts.txt"))) + r")|"
    r"[(（][^()（）\n]{0,24}[摄攝][)）]\s*$"
)
_OPENERS = words("sentence_openers.txt")
_REPORT_PART = re.compile(r"(?:(?:19|20)\d\d\s*年度?)?(?:" + "|".join(map(re.escape, words("report_parts.txt"))) + ")")
_DIGIT = re.compile(r"\d")
_HAS_CJK = re.compile(rf"[{CJK}]")
_LATIN_WORD = re.compile(r"[A-Za-z]{3}")


class LineKind(enum.Enum):
    HEADLINE = enum.auto()
    BODY = enum.auto()
    SECTION = enum.auto()
    BYLINE = enum.auto()
    CREDIT = enum.auto()  # 记者 X 摄: ends a photo caption
    TAG = enum.auto()  # (X) or ·X· alone on a line: ends an article
    FURNITURE = enum.auto()

    @property
    def unit_kind(self) -> str:
        return _UNIT_KINDS[self]


_UNIT_KINDS = {LineKind.HEADLINE: "headline", LineKind.BODY: "paragraph", LineKind.SECTION: "section",
               LineKind.BYLINE: "byline", LineKind.CREDIT: "byline", LineKind.TAG: "byline",
               LineKind.FURNITURE: "furniture"}


_BLANKS = frozenset(WS + "\n")


def strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _BLANKS:
        start += 1
    while end > start and text[end - 1] in _BLANKS:
        end -= 1
    return start, end


def page_lines(text: str) -> list[tuple[int, int, int]]:
    """Non-blank lines as (start, end, blank lines before); the first line counts
    as preceded by many blank lines, so the page start is a box boundary."""
    out = []
    pos = 0
    blanks = 99
    for raw in text.splitlines(keepends=True):
        s, e = strip_span(text, pos, pos + len(raw))
        if s < e:
            out.append((s, e, blanks))
            blanks = 0
        else:
            blanks += 1
        pos += len(raw)
    return out


def is_kicker(s: str) -> bool:
    """青岩县—— : a kicker line, printed above (or as the lead of) a headline."""
    s = s.rstrip(WS)
    return s.endswith(_KICKER_ENDS) and not (s[-3:] in _RULE_RUNS and _COLUMN_RULE.search(s[-60:]))


def is_complete(s: str) -> bool:
    """True when the paragraph ends a sentence (no column break after it)."""
    s = s.rstrip(WS + "\n")
    if not s:
        return True
    if s.endswith(_KICKER_ENDS):
        return True
    if _TAG_END.search(s) or _TAG_LINE.match(s):
        return True
    t = s.rstrip(CLOSERS + WS)
    if not t:
        return True
    return t[-1] in _PARAGRAPH_ENDS


def opens_item(s: str) -> bool:
    """The text opens a numbered item (2.…, (三)…, 四、…, ②…)."""
    return _LIST_ITEM.match(s.lstrip(WS)) is not None


def last_point(text: str, lo: int, hi: int) -> int:
    """Where the last point of an enumeration in text[lo:hi] opens (二是新型农村社会养老保险全面推开。…;
    not 统一是, 唯一是), else -1."""
    return max((m.start() for m in _POINT.finditer(text, lo, hi)), default=-1)


def heading_sentence_end(text: str, lo: int, hi: int) -> int:
    """（二）城乡居民医疗保险。年末参保…: the end of the figure-free heading sentence a numbered point at
    lo opens with, when it ends before hi; else -1."""
    m = _POINT_HEADING.match(text, lo, hi)
    return m.end() if m is not None and not any(c.isdigit() for c in m.group("name")) else -1


_POINT_HEADING = re.compile(r"\s*(?:[(（][一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}[、.．]|\d{1,2}[.．、](?!\d))"
                            r"(?P<name>[^。!?！？\n;；:：]{2,30})[。:：]")


def opens_numbered_section(s: str) -> bool:
    """The text opens with a section's Chinese number (一、, (二), 第三部分)."""
    return _SECTION_NUMBERED.match(s) is not None


def after_section_number(s: str) -> str:
    """The text after a section's Chinese number, if it opens with one (三、生育保险 → 生育保险)."""
    m = _SECTION_NUMBERED.match(s)
    return s[m.end():] if m else s


def is_credit(s: str) -> bool:
    s = s.strip(WS)
    if len(s) > 30:
        return False
    return bool(_CREDIT_PHOTO.match(s) or _CREDIT_PREFIXED.match(s) or _CREDIT_SPACED.match(s))


def is_byline(s: str) -> bool:
    s = s.strip(WS)
    return len(s) <= 40 and bool(_BYLINE.match(s))


def is_tag_line(s: str) -> bool:
    return bool(_TAG_LINE.match(s.strip(WS)))


def is_start_marker(s: str) -> bool:
    """本报讯, 新华社…电, (记者 X): the first paragraph of an article's body."""
    return bool(_START_MARKER.match(s.lstrip(WS)))


def is_section_head(s: str) -> bool:
    s = s.strip(WS)
    if _SECTION_BRACKET.match(s) or (len(s) <= 14 and _REPORT_PART.fullmatch(s)):
        return True
    # (五、大病保险怎么赔付？ over its answer: a question heads the answer's section)
    return bool(_SECTION_NUMBERED.match(s) and nonspace_len(s) <= 30 and not _SENTENCE_END.search(s.rstrip("？?")))


def is_inline_caption(s: str) -> bool:
    """图为… or a paragraph ending (X 摄): a photo caption without a credit line."""
    return bool(_INLINE_CAPTION.search(s))


def is_table_row(s: str) -> bool:
    """涡阳县  132.5  99.1  45050: a label and its cells, spaced apart (or by pipes: 桐梓县|63.8|51.1), the
    last one a number."""
    s = s.rstrip(WS + "|")
    empty = 0
    if s and s[-1] in _EMPTY_ENDS:  # (医疗救助资金  1456  1402  —: an empty last cell holds its place)
        s, empty = _EMPTY_LAST.subn("", s.replace("|", " "))
    if not s or s[-1] not in _CELL_ENDS:  # (most lines end otherwise: no pattern tried)
        return False
    s = s.replace("|", " ") if "|" in s else s
    # (累计结余    18.46    —: a figure and an empty cell are two cells)
    return _LAST_CELL.search(s) is not None and len(_CELL_TOKEN.findall(s)) + len(_unit_cell().findall(s)) + empty >= 2


_CELL_UNIT_KINDS = ("money", "people", "person_times", "households")


@lru_cache(maxsize=None)
def _unit_cell(worded: bool = False):
    """A figure written with its unit and spaced apart from its neighbours (县级医院    500元    50%): a
    cell too, beside the bare ones (units.tsv); `worded`, a few words before it after a column gap (救助资金2215万元)."""
    counted = longest_first(s for s, (_, kind) in units().items() if kind in _CELL_UNIT_KINDS)
    lead = r"(?:\t|[ \u3000]{2,})[^\s\d]{0,6}" if worded else r"(?:^|\s)"
    return compiled(rf"{lead}[-+]?\d[\d,]*(?:\.\d+)?(?:万|亿)?(?:{'|'.join(map(re.escape, counted))})(?=\s|$)")


def is_worded_row(s: str) -> bool:
    """低保对象      救助3.18万人次  救助资金2215万元: a row of worded cells, each after a column gap (no headline)."""
    return len(_unit_cell(True).findall(s)) >= 2


_BULLETS = "·•●◆■▪➢►▶"


def is_headline_like(s: str) -> bool:
    s = s.strip(WS)
    # (a table's rows are short lines, and no headlines; nor is a header row drawn with pipes)
    # (nor a note in brackets: (未列出的县市区完成率均低于94%))
    # (nor a line of English words alone: a yearbook's column names, Rate  Person-times …)
    # (nor an item of a bulleted list: ·1.5万元—5万元部分:报销60%; nor a row of worded cells: 低保对象  救助3.18万人次  救助资金…)
    return (bool(s) and not is_table_row(s) and s.count("|") < 2 and not (s[0] in "(（" and s[-1] in ")）")
            and s[0] not in _BULLETS
            and (_HAS_CJK.search(s) is not None or _LATIN_WORD.search(s) is None) and _headline_shape(s) and not is_worded_row(s))


def _headline_shape(s: str) -> bool:
    """is_headline_like for a stripped line already known to be no table row."""
    if is_start_marker(s) or is_credit(s) or is_byline(s) or _TAG_LINE.match(s):
        return False
    if _SENTENCE_END.search(s):
        return False
    n = nonspace_len(_COLUMN_RULE.sub("", s) if any(r in s for r in _RULE_RUNS) else s)
    if s.endswith(_KICKER_ENDS):
        return n <= _HEADLINE_MAX
    t = s.rstrip(CLOSERS + WS)
    if t and t[-1] in _PARAGRAPH_ENDS:
        return False
    if n <= _HEADLINE_MAX:
        return True
    return n <= _HEADLINE_MAX_SEGMENTED and ("——" in s or len(_UNIT_BLANK.sub("", s).split()) >= 2)


def is_subhead_shape(s: str) -> bool:
    """医疗提质量 服务更暖心: two short halves, the shape of a feature's subheading."""
    s = s.strip(WS)
    if s.endswith("——") or s.startswith("——"):
        return False
    parts = [p for p in re.split(r"[\s,，]+", s) if p]
    return len(parts) == 2 and all(3 <= nonspace_len(p) <= 9 for p in parts)


def tag_at_end(s: str) -> tuple[int, int] | None:
    """Offsets in ``s`` of an author tag (X) closing the paragraph."""
    m = _TAG_END.search(s)
    return m.span(1) if m else None


def section_head_end(s: str) -> int | None:
    """End offset in ``s`` of a 【…】 heading opening the line."""
    m = _SECTION_BRACKET.match(s)
    return m.end() if m else None


def strong_continuation(prev: str, nxt: str) -> bool:
    """Evidence that ``nxt`` continues a sentence cut at the end of ``prev``
    (strong enough to override a headline-looking line between or before)."""
    prev = prev.rstrip(WS)
    nxt = nxt.lstrip(WS)
    if not nxt:
        return False
    if nxt[0] in _CONTINUATION_STARTS:
        return True
    if prev and prev[-1] in _DANGLING:
        return True
    m = _FIRST_CLAUSE_END.search(nxt)
    head = nxt[: m.start()] if m else nxt
    if re.search(r"\d", head) or head.startswith(_OPENERS):
        return False
    if len(head) == 1:
        return True
    return 2 <= len(head) <= 3 and prev[:1] in OPENING_QUOTES


_GOES_ON, _CLAUSE_ENDS = ("；", ";"), ("，", ",", "；", ";", "。")


def _tabbed(s: str) -> bool:
    """2\t特困供养\t…不低于1.3倍\t社会救助股\t2022年12月底: a task list's row, its cells between tabs."""
    return s.count("\t") >= 2 and len([c for c in s.split("\t") if c.strip()]) >= 3 or _piped(s)


def _piped(s: str) -> bool:
    """| 4 | 城乡居民医保 | 参保率稳定在97%以上 | 参保86.73万人 | 100% | 市医保局 |: a pipe-drawn table's row, worded cells
    and all, three cells at least."""
    return s.count("|") + s.count("｜") >= 3 and len([c for c in re.split("[|｜]", s) if c.strip()]) >= 3


def continues(prev: str, nxt: str) -> bool:
    """Would a column break between ``prev`` and ``nxt`` be joined?"""
    p = prev.strip(WS)
    q = nxt.strip(WS)
    if not p or not q:
        return False
    # …全覆盖；⏎追回…386.5万元，: a line that goes on after a semicolon, in a sentence of its own, is of one
    # paragraph (one opening with a bullet, ◆ 某镇…；, is an item of its own)
    goes_on = p.endswith(_GOES_ON) and q.endswith(_CLAUSE_ENDS) and q[0].isalnum()
    if is_complete(p) and not goes_on:
        return False
    for f in (is_furniture, is_credit, is_byline, is_section_head, is_start_marker):
        if f(p) or f(q):
            return False
    if _TAG_LINE.match(q) or _LIST_ITEM.match(q) or is_table_row(p) or is_table_row(q) or _tabbed(p) or _tabbed(q):
        return False  # (a table's row is a line of its own, one of worded cells between tabs too)
    if goes_on:
        return True
    if _headline_shape(p):
        if p.startswith(_KICKER_ENDS):  # ——副题: the subtitle under a headline
            return False
        if not (re.search(r"[，,、“]", p) or nonspace_len(p) >= 22):
            return False
        return strong_continuation(p, q)
    if _headline_shape(q):
        return strong_continuation(p, q)
    return True


def classify(s: str) -> LineKind:
    if is_furniture(s):
        return LineKind.FURNITURE
    if is_credit(s):
        return LineKind.CREDIT
    if is_tag_line(s):
        return LineKind.TAG
    if is_byline(s):
        return LineKind.BYLINE
    m = _SECTION_BRACKET.match(s.strip(WS))
    if m:  # 【…】 alone is a section head; with text after it, a paragraph with a head
        return LineKind.SECTION if nonspace_len(s) <= m.end() + 1 else LineKind.BODY
    if is_section_head(s):
        return LineKind.SECTION
    item = _LIST_ITEM.match(s.lstrip(WS))
    if item and _DIGIT.search(s.lstrip(WS), item.end()):
        return LineKind.BODY  # 1.麻城市 完成率98.73%: a numbered item with a figure, no headline
    if is_headline_like(s):
        return LineKind.HEADLINE
    return LineKind.BODY
