"""Page furniture: posting lines and datelines, counters, breadcrumbs, site footers, links to
other stories, page numbers and jumps — lines that carry no figure of the page's own. The words are
data in ``rules/wordlists/`` (furniture_keys.txt, furniture_starts.txt); the shapes of dates and
datelines are here."""
from __future__ import annotations

import re

from extract.segment.shapes import CJK, FULL_STOP, Lazy, nonspace_len
from rules.wordlists import longest_first, words

# a date signing a document or dating its posting, alone or beside the body that issued it (某某县医疗保障局
# 2020年3月, 2016年03月11日 09:20, ——2021年1月20日在…大会上): when the page was written, no time of its figures.
# A month alone on its line may head that month's figures: a bare month counts only beside the body's name.
_MONTH_DATE = r"(?:(?:19|20)\d\d|[〇零一二三四五六七八九]{4})\s*年\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*月"
_DAY_DATE = rf"{_MONTH_DATE}\s*(?:\d{{1,2}}|[一二三四五六七八九十]{{1,3}})\s*日|(?:19|20)\d\d[-/.]\d{{1,2}}[-/.]\d{{1,2}}"
_ORGAN = rf"[{CJK}]{{1,30}}?(?:{'|'.join(longest_first(set(words('organ_suffixes.txt')) | set(words('agency_suffixes.txt')) | {w for w in words('news_outlets.txt') if len(w) > 1}))})"
# 2024年06月12日 17:45  甘肃: a social-media post's time and the province it was posted from
POSTED_BY = r"\s*(?:发表于|IP属地[:：]?)?\s*"  # (what may stand between a post's time and the place it was sent from)
_POSTED_FROM = rf"(?:{POSTED_BY}[{CJK}]{{2,3}}(?=\s*$))?"
_DATELINE = Lazy(
    rf"^[—\-－\s(（]*(?:(?:{_ORGAN}\s*)?(?:{_DAY_DATE})(?:\s*\d{{1,2}}:\d\d(?::\d\d)?{_POSTED_FROM})?(?:\s*(?:来源[:：]\s*)?{_ORGAN})?"
    rf"|{_ORGAN}\s*(?:{_MONTH_DATE})|(?:{_MONTH_DATE})\s*{_ORGAN}|(?<=[(（])(?:{_MONTH_DATE})(?=\s*[)）])|(?:{_MONTH_DATE})(?=\s*在))"
    rf"(?:\s*在[^\n,，。]{{2,40}}?会议?上(?:的[{CJK}]{{0,8}})?)?(?:\s*第\s*[一二三四五六七八九十\d]{{1,3}}\s*版)?[\s)）]*$"
)

# 某县卫生和计划生育委员会 alone above a page: the site's masthead, no title
# (and the site's channels after it, 某县医疗保障局  政务公开  政策解读: where the page is posted)
_MASTHEAD = Lazy(rf"^\s*{_ORGAN}(?:(?:[ \t\u3000]{{2,}}|\s*[>›»|｜]{{1,2}}\s*)[{CJK}]{{2,6}}){{0,4}}\s*$")

# 2011-10-18 10:26:31 来源:某某网  作者:某某: a day date and a posting key with its colon, on one short line
_POSTING_KEY = re.compile(r"(?:来源|稿源|作者|编辑|责编)[:：]")
_DAY_DATE_ANYWHERE = Lazy(_DAY_DATE)
# 某人社发〔2022〕86号 alone on its line: a document's number under its title
_DOC_NUMBER = Lazy(rf"^\s*[{CJK}]{{1,16}}\s*[〔\[【(（]\s*(?:19|20)\d\d\s*[〕\]】)）]\s*\d{{1,4}}\s*号\s*$")
_FURNITURE_KEYS = words("furniture_keys.txt")
# most lines hold no furniture key at all: one search says so before the keys are counted
_ANY_FURNITURE_KEY = re.compile("|".join(map(re.escape, _FURNITURE_KEYS)))
_FURNITURE_START = re.compile(
    r"^(?:[【\[〖]\s*)?(?:" + "|".join(map(re.escape, words("furniture_starts.txt") + words("link_list_heads.txt")))
    + r")(?:\s*[】\]〗])?\s*[:：>]?", re.IGNORECASE
)
# 某某新闻网 > 县区新闻 > 某县: a site's breadcrumb (a yearbook's, 某县年鉴2022 > 社会, names the year it records)
# (香江網 | 神州大地 | 四川: a portal's crumbs set apart by bars)
# (省人民政府 >> 政务信息 >> 市县动态: any three names of a site's sections, two arrows between, are its crumbs)
_SITE_CRUMBS = re.compile(r"^\s*(?:\S{1,16}?(?:网|網|网站|網站|门户|門戶)\s*(?:[>»›]|\s\|\s)\s*\S[^\n]*?(?:[>»›]|\s\|\s)"
                          r"|(?:[^\s\d>»›。，,；;！？]{2,16}\s*(?:>>?|»|›)\s*){2,}[^\s\d>»›。，,；;！？]{2,16}\s*$)")
_LINK_LIST_HEAD = re.compile(r"^\s*(?:[【\[〖]\s*)?(?:" + "|".join(map(re.escape, words("link_list_heads.txt")))
                             + r")(?:\s*[】\]〗])?\s*[:：]?\s*$")
_SITE_REGISTRATION = re.compile(r"ICP\s*[备证]|公网安备|网站标识码")
# 下转第3版: where a story jumps to another page
# a printed page number alone on a line: - 2 -, —3—, 第4页, 4/12, 第 4 页 共 12 页
PAGE_NUMBER = re.compile(
    r"^\s*(?:[-—–－]\s*\d{1,4}\s*[-—–－]|第\s*\d{1,4}\s*页(?:\s*[,，]?\s*共\s*\d{1,4}\s*页)?"
    r"|\d{1,4}\s*/\s*\d{1,4})\s*$"
)
# · 全省医保参保率稳定在95%以上 2023-04-30: a link to another story, its title then its date
_LINK_LINE = re.compile(r"^\s*[·•◆◇▪■□●○>\-]?\s*\S.{2,70}?"
                        r"(?<!截至)(?<!截止)(?<![至到于为是])(?<!日期)(?<!时间)"  # (截至 2024-03-18 dates a figure)
                        r"\s+[\[(（【]?(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d\d(?::\d\d)?)?[\])）】]?\s*$")
_LINK_ENDS = frozenset("0123456789])）】")
_POSTING = re.compile(r"来源|发布(?:时间|日期|人|者)?[:：\s]|日期|时间|作者|编辑|浏览|点击")  # (来源:…网 2025-03-28): the page's own date
_PAGE_JUMP = re.compile(r"^[(（]?\s*(?:下转|上接|转|接)第?\s*[0-9一二三四五六七八九十]+\s*版")


def is_link_line(s: str) -> bool:
    """A link to another story (· a title 2023-04-30), not the page's own posting data."""
    end = s.rstrip()[-1:]  # (a date or its bracket ends it: most lines are passed over here)
    return (end in _LINK_ENDS and nonspace_len(s) <= 80 and _LINK_LINE.match(s) is not None
            and not FULL_STOP.search(s) and not _ANY_FURNITURE_KEY.search(s) and not _POSTING.search(s))


def opens_link_list(s: str) -> bool:
    """相关链接:某县…公报(2)  某县…公报(4): a line that opens with a link list's heading, its links after it."""
    return _LINK_LIST_OPENS.match(s) is not None


# (【相关阅读】某市2024年医保基金运行平稳: a bracketed heading needs no colon)
_LINK_LIST_OPENS = re.compile(r"^\s*(?:(?:{0})\s*[:：]|[【\[〖]\s*(?:{0})\s*[】\]〗])".format(
    "|".join(map(re.escape, words("link_list_heads.txt")))))


def heads_link_list(s: str) -> bool:
    """相关文章: alone on its line: the short lines after it link to other stories."""
    return _LINK_LIST_HEAD.match(s) is not None


def could_be_link(s: str) -> bool:
    """A line short enough, and with no full stop, to be the title of a linked story."""
    return 0 < nonspace_len(s) <= 60 and not FULL_STOP.search(s)


# 全年计划救助1.2万人次。(责任编辑:张某): a note on the editor after a paragraph's last sentence
_TRAILING_NOTE = re.compile(r"(?<=[。!?！？])\s*[(（][^()（）\n]{1,30}[)）]\s*$")


_A_FIGURE = re.compile(r"\d\s*[万亿]?(?:元|人|户|%|％)")


def is_furniture(s: str) -> bool:
    if s.rstrip().endswith((")", "）")):
        s = _TRAILING_NOTE.sub("", s)  # (the sentences before it are judged, not the note)
    n = nonspace_len(s)
    hits = sum(1 for k in _FURNITURE_KEYS if k in s) if _ANY_FURNITURE_KEY.search(s) else 0
    if hits >= 2 and not (n > 80 and len(FULL_STOP.findall(s)) >= 2):
        return True  # (a report's paragraph of sentences may name a portal and its read count: no furniture)
    if hits and n <= 60 and not (hits == 1 and FULL_STOP.search(s) and _A_FIGURE.search(s)):
        return True  # (用手机扫一扫,全家6口人的1500元几分钟就交好了。: a sentence of the report, with its figure)
    if _SITE_REGISTRATION.search(s) and not (n > 80 and len(FULL_STOP.findall(s)) >= 2):
        return True  # (a mirror's page run onto one line keeps its report: only a footer line is furniture)
    if n <= 40 and (_FURNITURE_START.match(s) or _SITE_CRUMBS.match(s)) and not FULL_STOP.search(s):
        return True
    if is_link_line(s):
        return True
    if n <= 60 and (_DATELINE.match(s) or (_POSTING_KEY.search(s) and _DAY_DATE_ANYWHERE.search(s))):
        return True
    if n <= 40 and POSTING_STAMP.match(s) and not FULL_STOP.search(s):
        return True  # (2022-08-03 16:40 · 某某资讯汇   阅读 2.3万: a posting's stamp under the title)
    if n <= 30 and "号" in s and _DOC_NUMBER.match(s):
        return True
    if n <= 20 and _PAGE_JUMP.search(s):
        return True
    return is_page_number(s)


def is_page_number(s: str) -> bool:
    return PAGE_NUMBER.match(s) is not None


_NONBLANK = re.compile(r"\S")
_TAGS_LINE = re.compile(r"\s*(?:【[^【】\n]{1,8}】\s*){2,}")


def in_channel_tags(text: str, span: tuple[int, int]) -> bool:
    """Whether text[span] stands in a line of tags (【大理州】【弥渡县】 under a county site's title: the
    channels it posts in), no headline; a yearbook's section heading (【平遥县】) stands alone."""
    lo = text.rfind("\n", 0, span[0]) + 1
    hi = text.find("\n", span[1])
    return _TAGS_LINE.fullmatch(text, lo, len(text) if hi < 0 else hi) is not None


def is_masthead(s: str) -> bool:
    """A body's name alone on its line (某县医疗保障局, 某某日报): the site's or paper's name above a page."""
    return nonspace_len(s) <= 30 and _MASTHEAD.match(s) is not None


def is_bulletin_head(s: str) -> bool:
    """The head of a bulletin or an account's post above its title (工 作 简 报, 税务动态, 第28期, 2021年第46期
    (总第312期), 原创 某县医疗保障局, 某县医保 2025年12月08日 18:30 湖南): no title of the page."""
    return nonspace_len(s) <= 40 and (_BULLETIN_HEAD.match(s) is not None or POSTING_STAMP.match(s) is not None)


_BULLETIN_HEAD = re.compile(r"^\s*(?:(?:[\u4e00-\u9fff]\s*){0,10}?(?:简\s*报|快\s*报|动\s*态|周\s*报|专\s*报)"
                            r"|[(（]?\s*(?:(?:19|20)\d\d\s*年\s*)?第\s*[\d一二三四五六七八九十〇零]{1,4}\s*期\s*[)）]?"
                            r"(?:\s*[(（]\s*总第\s*\d{1,5}\s*期\s*[)）])?|原创[ \t\u3000]+\S[^\n]*)\s*$")


def past_furniture_lines(text: str, start: int, end: int) -> int:
    """Where the first line from `start` (before `end`) that is text and no furniture begins."""
    while (first := _NONBLANK.search(text, start, end)) is not None:
        start = first.start()
        line_end = text.find("\n", start, end)
        if line_end < 0 or not is_furniture(text[start:line_end]):
            return start
        start = line_end
    return start


# an account's name, the day and the clock time of its posting (某县融媒 2023-01-11 18:30, 荣昌医保 2021年8月18日 11:30)
POSTING_STAMP = re.compile(r"[^\n]{0,24}?(?:19|20)\d\d[-年/.]\d{1,2}[-月/.]\d{1,2}日?[ \t]+\d{1,2}:\d{2}")


def is_posting_stamp(text: str, span: tuple[int, int]) -> bool:
    """A line that is an account's posting stamp, no heading of what is under it."""
    return POSTING_STAMP.match(text, *span) is not None
