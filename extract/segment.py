"""Page segmentation: split a newspaper / web page into articles, paragraphs,
sentences and clauses without moving offsets.

All spans are half-open ``[start, end)`` offsets into the text passed in.
The text is expected to be normalised (full-width punctuation mapped to
ASCII, length preserved) but unnormalised punctuation is handled as well.

Layout model (see DESIGN-NOTES "Page layout"):

* paragraphs are lines separated by blank lines; a run of two or more blank
  lines (more than the page's usual gap) is a *box boundary* that no article
  crosses;
* an article starts with a group of short headline lines (kicker lines ending
  in ``——`` start a new group) or with a body paragraph carrying a dateline
  (``本报讯``, ``新华社…电``); it ends at an author tag ``(X)`` / ``·X·``, a
  box boundary or the next article start;
* a photo caption is the paragraph(s) before a credit line (``记者 X 摄``) and
  forms its own article;
* a paragraph without sentence-final punctuation that is continued by the
  next one (column break) is joined into one paragraph unit;
* pull quotes (short paragraphs repeating body text) are assigned to the
  article whose body contains their text;
* web furniture lines (发布时间, ICP备 …) form ``furniture`` units/articles.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

__all__ = ["Unit", "Article", "segment_page", "sentences", "clauses", "article_at"]


@dataclass(frozen=True)
class Unit:
    start: int
    end: int
    kind: str  # headline | paragraph | caption | byline | pullquote | furniture | section


@dataclass(frozen=True)
class Article:
    start: int
    end: int
    index: int
    kind: str  # article | caption | furniture
    headline: tuple[int, int] | None
    units: tuple[Unit, ...]


# --------------------------------------------------------------------------
# character classes and line patterns

_WS = " \t\r\f\v\u3000\u00a0"
_CJK = "\u4e00-\u9fff\u3400-\u4dbf"
_SENT_END = "。！？!?；;"
# characters after which a paragraph is complete (no column break)
_COMPLETE = set("。！？!?；;…:：")
_CLOSERS = "”’\"'』」》】)）"
_DANGLING = set("的和与、,，“『「《(（")
_CLAUSE_PUNCT = "，,、：:"

_HEADLINE_MAX = 30
_HEADLINE_MAX_SEGMENTED = 50

_START_MARKER = re.compile(
    r"^(?:□\s*)?(?:本[报報][讯訊]|本[报報][^,，。]{0,14}?[讯訊]|新华社[^,，。]{0,16}?电|新華社[^,，。]{0,16}?電|中新[网社網][^,，。]{0,16}?[电電]|"
    rf"人民网[^,，。]{{0,16}}?电|[(（]\s*(?:本[报報])?(?:见习|見習)?(?:记者|記者)[\s{_CJK}]{{1,30}}[)）]|"
    r"本[报報](?:记者|記者)|本[报報](?:通讯员|通訊員))"
)
_NAME = rf"[{_CJK}·]{{2,4}}"
_BYLINE = re.compile(
    rf"^(?:□\s*)?(?:文\s*/\s*图|文\s*/|图\s*/|本报记者|本报通讯员|特约记者|见习记者|记者|通讯员|文|撰稿)"
    rf"[\s:：]*{_NAME}(?:[\s、,，]+(?:(?:本报)?(?:记者|通讯员|见习记者)\s*)?{_NAME})*\s*$"
)
_CREDIT_PHOTO = re.compile(
    rf"^(?:(?:本报)?(?:见习)?记者|通讯员|新华社(?:记者|发)?|摄影|图/|图片)?\s*"
    rf"{_NAME}(?:[\s、]+{_NAME}){{0,3}}\s*(?:[摄攝]影?|供[图圖])$"
)
_CREDIT_PREFIXED = re.compile(
    rf"^(?:(?:本报)?(?:见习)?记者|通讯员|新华社|新华社发|漫画)\s*{_NAME}(?:[\s、]+{_NAME}){{0,3}}\s*(?:作|报道|绘)$"
)
_CREDIT_SPACED = re.compile(rf"^{_NAME}(?:[\s、]+{_NAME}){{0,2}}\s+(?:作|报道|绘)$")
_TAG_LINE = re.compile(
    rf"^(?:[·•]\s*{_NAME}(?:\s+{_NAME}){{0,3}}\s*[·•]|[(（]\s*{_NAME}(?:[\s、]+{_NAME}){{0,3}}\s*[)）]|[(（]完[)）])$"
)
_TAG_END = re.compile(
    rf"(?<=[。！？!?”』」.])\s*([(（]\s*(?:{_NAME}(?:[\s、]+{_NAME}){{0,3}}|完)\s*[)）])\s*$"
)
_SECTION_BRACKET = re.compile(r"^【[^】\n]{1,30}】")
_SECTION_NUMBERED = re.compile(
    r"^(?:[一二三四五六七八九十]{1,3}\s*[、.．]|[(（][一二三四五六七八九十]{1,3}[)）]|第[一二三四五六七八九十]{1,3}[部章节分])"
)
_FURNITURE_KEYS = (
    "发布时间", "发布日期", "发文日期", "成文日期", "發布時間", "信息来源", "文章来源", "浏览次数",
    "阅读次数", "阅读量", "点击数", "点击量", "访问量", "浏览量", "索引号", "ICP备", "ICP证", "网站标识码",
    "公网安备", "联系电话", "版权所有", "主办单位", "承办单位", "打印本页", "关闭窗口", "【打印】",
    "【关闭】", "[打印]", "[关闭]", "字号:", "字号：", "【大 中 小】", "【字体", "分享到", "当前位置",
    "您的位置", "您现在的位置", "责任编辑", "扫一扫", "技术支持", "网站地图", "首页 >", "首页>",
    "发布机构", "主题分类", "信息分类", "文号:", "文号：", "评论数", "收藏本页", "打印 关闭",
)
_FURNITURE_START = re.compile(
    r"^(?:首页|当前位置|您的位置|来源|发布时间|发布日期|浏览次数|索引号|责任编辑|编辑|校对|审核|"
    r"主办|承办|版权所有|Copyright|©|上一篇|下一篇|相关链接|打印|关闭)\s*[:：>]?",
    re.IGNORECASE,
)
_PAGE_JUMP = re.compile(r"^[(（]?\s*(?:下转|上接|转|接)第?\s*[0-9一二三四五六七八九十]+\s*版")
_INLINE_CAPTION = re.compile(r"^(?:图为|圖為|图片为|上图|下图|左图|右图)|[(（][^()（）\n]{0,24}[摄攝][)）]\s*$")
_OPENERS = (
    "近日", "日前", "目前", "今年", "去年", "此外", "同时", "据悉", "如今", "当前", "为此", "其中", "另外",
    "随后", "然而", "但是", "因此", "对此", "期间", "会上", "据了解", "近年来", "连日来", "一直以来", "此前",
    "今后", "下一步", "首先", "其次", "最后", "另一方面", "截至", "截止", "本报讯", "近期", "今天", "昨天",
    "昨日", "当天", "当日", "是日", "同期", "全年", "年末", "年底", "年初", "期末", "近年", "多年来", "以来",
)


def _strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _WS + "\n":
        start += 1
    while end > start and text[end - 1] in _WS + "\n":
        end -= 1
    return start, end


def _nonspace_len(s: str) -> int:
    return sum(1 for c in s if c not in _WS)


def _is_complete(s: str) -> bool:
    """True when the paragraph ends a sentence (no column break after it)."""
    s = s.rstrip(_WS + "\n")
    if not s:
        return True
    if s.endswith("——") or s.endswith("--"):
        return True
    if _TAG_END.search(s) or _TAG_LINE.match(s):
        return True
    t = s.rstrip(_CLOSERS + _WS)
    if not t:
        return True
    return t[-1] in _COMPLETE


def _is_furniture(s: str) -> bool:
    n = _nonspace_len(s)
    hits = sum(1 for k in _FURNITURE_KEYS if k in s)
    if hits >= 2:
        return True
    if hits and n <= 60:
        return True
    if re.search(r"ICP\s*[备证]|公网安备|网站标识码", s):
        return True
    if n <= 40 and _FURNITURE_START.match(s) and not re.search(r"[。！？!?]", s):
        return True
    if n <= 20 and _PAGE_JUMP.search(s):
        return True
    return False


def _is_credit(s: str) -> bool:
    s = s.strip(_WS)
    if len(s) > 30:
        return False
    return bool(_CREDIT_PHOTO.match(s) or _CREDIT_PREFIXED.match(s) or _CREDIT_SPACED.match(s))


def _is_byline(s: str) -> bool:
    s = s.strip(_WS)
    return len(s) <= 40 and bool(_BYLINE.match(s))


def _is_start_marker(s: str) -> bool:
    return bool(_START_MARKER.match(s.lstrip(_WS)))


def _is_section_head(s: str) -> bool:
    s = s.strip(_WS)
    if _SECTION_BRACKET.match(s):
        return True
    if _SECTION_NUMBERED.match(s) and _nonspace_len(s) <= 30 and not re.search(r"[。！？!?；;]", s):
        return True
    return False


def _is_headline_like(s: str) -> bool:
    s = s.strip(_WS)
    if not s:
        return False
    if _is_start_marker(s) or _is_credit(s) or _is_byline(s) or _TAG_LINE.match(s):
        return False
    if re.search(r"[。！？!?；;]", s):
        return False
    n = _nonspace_len(s)
    if s.endswith("——") or s.endswith("--"):
        return n <= _HEADLINE_MAX
    t = s.rstrip(_CLOSERS + _WS)
    if t and t[-1] in _COMPLETE:
        return False
    if n <= _HEADLINE_MAX:
        return True
    if n <= _HEADLINE_MAX_SEGMENTED and ("——" in s or len(s.split()) >= 2):
        return True
    return False


def _first_clause(s: str) -> str:
    m = re.search(r"[，,、。；;：:！!？?]", s)
    return s[: m.start()] if m else s


def _strong_continuation(prev: str, nxt: str) -> bool:
    """Evidence that ``nxt`` continues a sentence cut at the end of ``prev``
    (strong enough to override a headline-looking line between or before)."""
    prev = prev.rstrip(_WS)
    nxt = nxt.lstrip(_WS)
    if not nxt:
        return False
    if nxt[0] in "，,、。；;：:！!？?”’』」)）%":
        return True
    if prev and prev[-1] in _DANGLING:
        return True
    head = _first_clause(nxt)
    if re.search(r"\d", head) or any(head.startswith(o) for o in _OPENERS):
        return False
    if len(head) == 1:
        return True
    if 2 <= len(head) <= 3 and prev[:1] in "“\"『「":
        return True
    return False


def _continues(prev: str, nxt: str) -> bool:
    """Would a column break between ``prev`` and ``nxt`` be joined?"""
    p = prev.strip(_WS)
    q = nxt.strip(_WS)
    if not p or not q:
        return False
    if _is_complete(p):
        return False
    for f in (_is_furniture, _is_credit, _is_byline, _is_section_head, _is_start_marker):
        if f(p) or f(q):
            return False
    if _TAG_LINE.match(q):
        return False
    if _is_headline_like(p):
        if p.startswith("——") or p.startswith("--"):
            return False
        if not (re.search(r"[，,、“]", p) or _nonspace_len(p) >= 22):
            return False
        return _strong_continuation(p, q)
    if _is_headline_like(q):
        return _strong_continuation(p, q)
    return True


# --------------------------------------------------------------------------
# items


@dataclass
class _Item:
    start: int
    end: int
    kind: str  # H B S BY C T F
    gap: int  # blank lines before this item (first item: large)
    text: str
    pq_owner: int | None = None  # index (into items) of source paragraph for pull quotes
    tag: tuple[int, int] | None = None  # author tag span at paragraph end
    sect: tuple[int, int] | None = None  # 【…】 heading span at paragraph start
    art: int | None = None
    unit_kind: str | None = None
    remote: bool = False
    parts: list = field(default_factory=list)


def _lines(text: str) -> list[tuple[int, int, int]]:
    """Non-blank lines as (start, end, blank_lines_before)."""
    out = []
    pos = 0
    blanks = 99
    for raw in text.splitlines(keepends=True):
        s, e = _strip_span(text, pos, pos + len(raw))
        if s < e:
            out.append((s, e, blanks))
            blanks = 0
        else:
            blanks += 1
        pos += len(raw)
    return out


def _classify(s: str) -> str:
    if _is_furniture(s):
        return "F"
    if _is_credit(s):
        return "C"
    if _TAG_LINE.match(s.strip(_WS)):
        return "T"
    if _is_byline(s):
        return "BY"
    m = _SECTION_BRACKET.match(s.strip(_WS))
    if m:  # 【…】 alone is a section head; with text after it, a paragraph with a head
        return "S" if _nonspace_len(s) <= m.end() + 1 else "B"
    if _is_section_head(s):
        return "S"
    if _is_headline_like(s):
        return "H"
    return "B"


def _grams(s: str, n: int = 8) -> set[str]:
    s = re.sub(r"\s+", "", s)
    return {s[i : i + n] for i in range(len(s) - n + 1)}


def _bigrams(s: str) -> set[str]:
    s = re.sub(rf"[^{_CJK}0-9A-Za-z]+", "", s)
    return {s[i : i + 2] for i in range(len(s) - 1)}


def _find_pull_quotes(items: list[_Item]) -> None:
    grams = [_grams(it.text) for it in items]
    lengths = [_nonspace_len(it.text) for it in items]
    # which body paragraphs hold each 8-gram: candidates are found without comparing all pairs
    holders: dict[str, list[int]] = {}
    for j, other in enumerate(items):
        if other.kind == "B":
            for g in grams[j]:
                holders.setdefault(g, []).append(j)
    for i, it in enumerate(items):
        if it.kind not in ("B", "H"):
            continue
        n = lengths[i]
        if n > 150 or n < 10 or not grams[i]:
            continue
        if it.kind == "H" and not re.search(r"\d", it.text):
            continue
        need = 0.9 if it.kind == "H" else 0.5
        best, best_j = 0.0, None
        candidates = sorted({j for g in grams[i] for j in holders.get(g, ())})
        for j in candidates:
            if j == i or lengths[j] < 1.5 * n:
                continue
            cov = len(grams[i] & grams[j]) / len(grams[i])
            if cov > best:
                best, best_j = cov, j
        if best_j is not None and best >= need:
            it.pq_owner = best_j
    # a source paragraph is never itself a pull quote
    for it in items:
        if it.pq_owner is not None and items[it.pq_owner].pq_owner is not None:
            items[it.pq_owner].pq_owner = None


def _build_items(text: str) -> tuple[list[_Item], int]:
    lines = _lines(text)
    items = [_Item(s, e, _classify(text[s:e]), g, text[s:e]) for s, e, g in lines]
    gaps = sorted(it.gap for it in items[1:]) or [1]
    counts: dict[int, int] = {}
    for g in gaps:
        counts[g] = counts.get(g, 0) + 1
    mode = max(counts, key=lambda g: (counts[g], -g))
    box = max(2, mode + 1)
    _find_pull_quotes(items)

    # column-break joins (never across a box boundary, a pull quote or furniture)
    joined: list[_Item] = []
    for it in items:
        prev = joined[-1] if joined else None
        if (
            prev is not None
            and prev.pq_owner is None
            and it.pq_owner is None
            and prev.kind in ("B", "H")
            and it.kind in ("B", "H")
            and it.gap < box
            and _continues(prev.parts[-1] if prev.parts else prev.text, it.text)
        ):
            if not prev.parts:
                prev.parts = [prev.text]
            prev.parts.append(it.text)
            prev.end = it.end
            prev.text = text[prev.start : prev.end]
            prev.kind = "B"
            continue
        joined.append(it)
    # pull-quote owners point into the original list; remap
    index_of = {}
    for k, it in enumerate(joined):
        index_of[id(it)] = k
    orig_to_joined = {}
    k = -1
    for it in items:
        if id(it) in index_of:
            k = index_of[id(it)]
        orig_to_joined[id(it)] = k
    for it in joined:
        if it.pq_owner is not None:
            it.pq_owner = orig_to_joined[id(items[it.pq_owner])]
    # author tags at paragraph end, 【…】 heads at paragraph start
    for it in joined:
        if it.kind == "B":
            m = _TAG_END.search(it.text)
            if m:
                it.tag = (it.start + m.start(1), it.start + m.end(1))
            m = _SECTION_BRACKET.match(it.text)
            if m:
                it.sect = (it.start, it.start + m.end())
    # "X 报道" after a body paragraph is a caption credit, otherwise a byline
    for k, it in enumerate(joined):
        if it.kind == "C" and re.search(r"报道$", it.text.strip(_WS)):
            prevs = [p for p in joined[:k] if p.pq_owner is None and p.kind != "F"]
            if not prevs or prevs[-1].kind != "B" or it.gap >= box:
                it.kind = "BY"
    return joined, box


# --------------------------------------------------------------------------
# grouping


@dataclass
class _Art:
    kind: str = "article"
    items: list = field(default_factory=list)
    head: list = field(default_factory=list)  # forward headline items
    trail: list = field(default_factory=list)  # trailing headline items
    has_body: bool = False
    closed: str = ""  # "" | tag | caption | trail
    byline: bool = False

    @property
    def headless(self) -> bool:
        return not self.head

    def body_text(self) -> str:
        return "".join(i.text for i in self.items if i.kind != "H" or self.kind == "caption")


def _is_subhead_shape(s: str) -> bool:
    s = s.strip(_WS)
    if s.endswith("——") or s.startswith("——"):
        return False
    parts = [p for p in re.split(r"[\s,，]+", s) if p]
    return len(parts) == 2 and all(3 <= _nonspace_len(p) <= 9 for p in parts)


def _overlap(a: str, b: str) -> int:
    return len(_bigrams(a) & _bigrams(b))


def _group(flow: list[_Item], box: int) -> list[_Art]:
    n = len(flow)
    boxb = [it.gap >= box for it in flow]

    # caption regions, keyed by start index
    captions: dict[int, int] = {}
    taken = set()
    for k, it in enumerate(flow):
        if it.kind != "C":
            continue
        region = None
        j = k - 1
        blocks = 0
        while j >= 0 and j not in taken:
            cand = flow[j]
            if cand.kind in ("BY", "S", "T", "C") or (cand.kind == "B" and _is_start_marker(cand.text)):
                break
            if j == k - 1 or flow[j + 1].gap > 0:
                blocks += 1
            if blocks > 4:
                break
            if boxb[j] or j == 0 or flow[j - 1].kind in ("C", "T") or flow[j - 1].tag:
                region = j
                break
            j -= 1
        if region is None:
            region = k
            if k - 1 >= 0 and k - 1 not in taken and flow[k - 1].kind in ("B", "H") and not _is_start_marker(
                flow[k - 1].text
            ) and not boxb[k]:
                region = k - 1
        captions[region] = k
        taken.update(range(region, k + 1))
    for k, it in enumerate(flow):
        if k not in taken and it.kind == "B" and _INLINE_CAPTION.search(it.text):
            captions[k] = k
            taken.add(k)

    arts: list[_Art] = []
    cur: _Art | None = None

    def new(kind: str = "article") -> _Art:
        a = _Art(kind=kind)
        arts.append(a)
        return a

    i = 0
    while i < n:
        it = flow[i]
        if i in captions:
            end = captions[i]
            region = flow[i : end + 1]
            after = end + 1
            if (
                cur is not None
                and not boxb[i]
                and cur.closed == ""
                and cur.has_body
                and cur.kind == "article"
                and all(r.kind != "H" for r in region)
                and after < n
                and not boxb[after]
                and flow[after].kind == "B"
                and not _is_start_marker(flow[after].text)
                and after not in captions
            ):
                # a photo caption printed between two paragraphs of one article
                for r in region:
                    r.unit_kind = "caption" if r.kind == "B" else "byline"
                cur.items.extend(region)
                i = after
                continue
            a = new("caption")
            region = flow[i : end + 1]
            has_b = any(r.kind == "B" for r in region)
            for r in region:
                if r.kind == "H" and has_b and not any(x.kind == "B" for x in a.items):
                    a.head.append(r)
                a.items.append(r)
            a.has_body = True
            a.closed = "caption"
            cur = a
            i = end + 1
            continue
        boundary = cur is None or boxb[i] or cur.closed in ("tag", "trail", "caption")
        if it.kind == "H":
            # headline group: consecutive H, no box boundary inside, a kicker line
            # (ending with ——) starts a new group
            g = [it]
            j = i + 1
            while j < n and flow[j].kind == "H" and not boxb[j] and j not in captions:
                if flow[j].text.rstrip(_WS).endswith(("——", "--")):
                    break
                g.append(flow[j])
                j += 1
            nxt = flow[j] if j < n else None
            gtext = "".join(x.text for x in g)
            nxt_is_body = nxt is not None and nxt.kind == "B" and not boxb[j] and j not in captions
            # 1) a headline placed inside a column-broken sentence
            if (
                cur is not None
                and not boundary
                and cur.items
                and cur.items[-1].kind == "B"
                and not _is_complete(cur.items[-1].text)
                and nxt_is_body
                and not _is_start_marker(nxt.text)
                and _strong_continuation(cur.items[-1].text, nxt.text)
            ):
                cur.items.extend(g)
                i = j
                continue
            # 2) a subheading of a feature (standalone byline, two-part subhead)
            if (
                cur is not None
                and not boundary
                and cur.byline
                and cur.head
                and len(g) == 1
                and _is_subhead_shape(g[0].text)
                and nxt_is_body
                and not _is_start_marker(nxt.text)
            ):
                cur.items.extend(g)
                i = j
                continue
            # 3) a headline printed after its body
            trailing = False
            if cur is not None and cur.has_body and not boxb[i] and cur.closed != "trail":
                if nxt is None or boxb[j]:
                    trailing = True
                elif nxt.kind == "H" and j not in captions:
                    trailing = True
                elif nxt_is_body and not _is_start_marker(nxt.text) and cur.headless:
                    run = []
                    for x in flow[j:]:
                        if run and (x.kind == "H" or x.gap >= box or _is_start_marker(x.text)):
                            break
                        if x.kind in ("C", "T"):
                            break
                        run.append(x.text)
                        if len(run) >= 6:
                            break
                    ov_prev = _overlap(gtext, cur.body_text())
                    ov_next = _overlap(gtext, "".join(run))
                    trailing = ov_prev >= 3 and ov_prev >= 2 * ov_next
            if trailing:
                cur.items.extend(g)
                cur.trail.extend(g)
                cur.closed = "trail"
                i = j
                continue
            cur = new()
            cur.items.extend(g)
            cur.head.extend(g)
            i = j
            continue
        if it.kind == "B":
            if boundary or (_is_start_marker(it.text) and cur.has_body):
                cur = new()
            cur.items.append(it)
            cur.has_body = True
            if it.tag:
                cur.closed = "tag"
        elif it.kind == "BY":
            if boundary or cur.has_body:
                cur = new()
            cur.items.append(it)
            cur.byline = True
        elif it.kind == "T":
            if cur is None or boxb[i] or cur.closed in ("caption", "trail"):
                cur = new()
            cur.items.append(it)
            cur.closed = "tag"
        elif it.kind == "S":
            if boundary:
                cur = new()
            cur.items.append(it)
            cur.has_body = True
        else:  # stray credit line
            if cur is None or boxb[i]:
                cur = new("caption")
            cur.items.append(it)
            cur.closed = "caption"
        i += 1
    return arts


_UNIT_KIND = {"H": "headline", "B": "paragraph", "S": "section", "BY": "byline", "C": "byline", "T": "byline",
              "F": "furniture"}


def segment_page(text: str) -> list[Article]:
    """Split a page into articles; every non-blank character lies in exactly one
    unit of exactly one article."""
    items, box = _build_items(text)
    if not items:
        return []
    flow = [it for it in items if it.pq_owner is None and it.kind != "F"]
    arts = _group(flow, box)
    for a_idx, a in enumerate(arts):
        for it in a.items:
            it.art = a_idx
            if it.unit_kind:
                continue
            if a.kind == "caption" and (it.kind == "B" or (it.kind == "H" and all(it is not h for h in a.head))):
                it.unit_kind = "caption"
            else:
                it.unit_kind = _UNIT_KIND[it.kind]

    # furniture: inside an article when both neighbours belong to it, else own article
    order = items  # page order
    k = 0
    while k < len(order):
        it = order[k]
        if it.kind != "F" or it.pq_owner is not None:
            k += 1
            continue
        m = k
        while m < len(order) and (order[m].kind == "F" or order[m].pq_owner is not None):
            m += 1
        run = [x for x in order[k:m] if x.kind == "F" and x.pq_owner is None]
        before = next((x.art for x in reversed(order[:k]) if x.art is not None and x.pq_owner is None), None)
        after = next((x.art for x in order[m:] if x.art is not None and x.pq_owner is None), None)
        if before is not None and before == after:
            for x in run:
                x.art = before
                x.unit_kind = "furniture"
        else:
            fa = _Art(kind="furniture", items=run)
            arts.append(fa)
            for x in run:
                x.art = len(arts) - 1
                x.unit_kind = "furniture"
        k = m

    # pull quotes: to the article of their source; contiguous when adjacent
    for p, it in enumerate(order):
        if it.pq_owner is None:
            continue
        src = order[it.pq_owner]
        owner = src.art
        it.art = owner
        it.unit_kind = "pullquote"
        owner_items = [x for x in order if x.art == owner and x is not it and x.pq_owner is None]
        lo, hi = min(x.start for x in owner_items), max(x.end for x in owner_items)
        if lo <= it.start < hi:
            continue
        # adjacent: everything between it and the owner's span is a pull quote of the same owner
        between = [x for x in order if (it.end <= x.start < lo) or (hi <= x.start < it.start)]
        if any(x.pq_owner is None or order[x.pq_owner].art != owner for x in between):
            it.remote = True
        arts[owner].items.append(it)

    # build Article objects in page order
    built = []
    for a_idx, a in enumerate(arts):
        members = [x for x in order if x.art == a_idx]
        if not members:
            continue
        units: list[Unit] = []
        for x in members:
            units.extend(_units_of(text, x))
        units.sort(key=lambda u: u.start)
        core = [x for x in members if not x.remote]
        start = min(x.start for x in core)
        end = max(x.end for x in core)
        heads = a.head or a.trail
        headline = None
        if heads:
            # the contiguous run of headline lines ending at the last one
            last = heads[-1]
            head_ids = {id(h) for h in heads}
            pos = next(k for k, x in enumerate(members) if x is last)
            first = last
            while pos > 0 and id(members[pos - 1]) in head_ids:
                pos -= 1
                first = members[pos]
            headline = (first.start, last.end)
        built.append((start, end, a.kind, headline, tuple(units)))
    built.sort(key=lambda b: b[0])
    return [Article(s, e, i, k, h, u) for i, (s, e, k, h, u) in enumerate(built)]


def _units_of(text: str, it: _Item) -> list[Unit]:
    kind = it.unit_kind or "paragraph"
    s, e = it.start, it.end
    out = []
    if kind in ("paragraph", "caption") and it.sect:
        out.append(Unit(it.sect[0], it.sect[1], "section"))
        s, _ = _strip_span(text, it.sect[1], e)
    if kind in ("paragraph", "caption") and it.tag:
        ts, te = it.tag
        ps, pe = _strip_span(text, s, ts)
        if ps < pe:
            out.append(Unit(ps, pe, kind))
        out.append(Unit(ts, te, "byline"))
        return out
    if s < e:
        out.append(Unit(s, e, kind))
    return out


# --------------------------------------------------------------------------
# sentences and clauses


def sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split ``text[start:end]`` on 。！？；(and ASCII !?;) and on line ends.

    Closing quotes/brackets stay with their sentence.  A line end is not a
    boundary when the line is continued after a column break (the sentence
    then spans the blank line)."""
    out: list[tuple[int, int]] = []
    s = start
    i = start
    while i < end:
        c = text[i]
        if c in _SENT_END:
            j = i + 1
            while j < end and text[j] in _SENT_END:
                j += 1
            while j < end and text[j] in _CLOSERS:
                j += 1
            _emit(text, s, j, out)
            s = i = j
            continue
        if c == "\n":
            j = i
            while j < end and text[j] in _WS + "\n":
                j += 1
            ls = text.rfind("\n", 0, i) + 1
            prev_line = text[max(ls, start) : i]
            ne = text.find("\n", j)
            ne = end if ne == -1 or ne > end else ne
            next_line = text[j:ne]
            if not _continues(prev_line, next_line):
                _emit(text, s, i, out)
                s = j
            i = j
            continue
        i += 1
    _emit(text, s, end, out)
    return out


def _emit(text: str, s: int, e: int, out: list) -> None:
    s, e = _strip_span(text, s, e)
    if s < e:
        out.append((s, e))


def clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split a sentence further on ，、： (and ASCII , :) — not between digits."""
    out: list[tuple[int, int]] = []
    s = start
    for i in range(start, end):
        c = text[i]
        if c not in _CLAUSE_PUNCT:
            continue
        if c in ",:" and 0 < i and i + 1 < len(text) and text[i - 1].isdigit() and text[i + 1].isdigit():
            continue
        _emit(text, s, i + 1, out)
        s = i + 1
    _emit(text, s, end, out)
    return out


def article_at(articles: list[Article], offset: int) -> Article | None:
    """The article owning ``offset``: a unit containing it wins (pull quotes
    printed away from their article), else the article whose span holds it."""
    for a in articles:
        for u in a.units:
            if u.start <= offset < u.end:
                return a
    for a in articles:
        if a.start <= offset < a.end:
            return a
    return None
