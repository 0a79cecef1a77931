"""Named regex fragments, composed from the word lists.

Rules are built from these instead of re-matching digits in every pattern.
Matching runs on normalised text (ASCII digits and punctuation, Simplified
characters), so no fragment needs full-width or Traditional variants.
"""
from __future__ import annotations

from functools import lru_cache

import regex

from rules.pattern_cache import compiled
from rules.punctuation import LIST_JOINS, RANGE_MARKS
from rules.wordlists import longest_first, table, words

ARABIC = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
CN_CHARS = "零〇一二两三四五六七八九十百千万亿"
CN_DIGITS = "零〇一二三四五六七八九"
# 三点五万, 百分之十二点五: a Chinese numeral may have decimals after 点
# what a qualifier before a number ends with (约, 超过, 逾, 不到 …: qualifiers.tsv)
_AFTER_QUALIFIER = "".join(sorted({r[0].strip()[-1] for r in table("qualifiers.tsv") if r[1].strip() == "pre"}))
# (not 万 or 亿 alone before its unit and a blank: 参保人数  万人  14.36 is a table's unit cell; after a qualifier,
# 逾亿元⏎ in a headline, it is a figure)
CN = (f"(?:(?<=[{regex.escape(_AFTER_QUALIFIER)}])|(?![万亿]\\p{{Han}}{{0,2}}(?:\\s|$)))"
      f"[{CN_CHARS}]+(?:点[{CN_DIGITS}]+)?")
# digits with Chinese magnitudes between them, as news writes a round figure (1万2千人, 3万5千元)
# (and a digit's thousands or hundreds of a larger magnitude: 6千余万元, 3百多万元)
# thousands grouped by a blank, as typeset yearbooks print them (40 216人, 1 057人次): only right before the
# magnitude or unit, so that a table's columns set apart by single blanks stay numbers of their own
SPACED = r"\d{1,3}(?:[ ]\d{3})+(?:\.\d+)?(?![\d.,])(?=[余多]?[万亿]?[\p{Han}%‰])"
MIXED = r"\d{1,4}万\d千(?:\d百)?|\d{1,3}[千百](?=[余多]?[万亿])"
# Financial capitals (壹佰万) are not read as numbers; a bare magnitude right after one is
# part of that number, never a figure of its own.
FINANCIAL = "壹贰叁肆伍陆柒捌玖拾佰仟"
# A number never starts inside another number, a code or a formula (after a dash only as the high
# end of a range, 300-500元, 70%-80%, never a month after a year: 2023-12), nor after 数/几/上
# (数十人, 几十万元, 上百人, 上万元 are vague, not figures; 单位为万元 a note's unit), nor is a bare magnitude after 每 one
# (每千人病床数, 每百户拥有: a denominator).
# a hyphen joining the two ends of a range (300-500元, 2000-3000元), not a year to its month (2023-12)
_YEAR = r"(?<!\d)(?:19|20)\d\d"
_MONTH_AFTER = r"(?:0?[1-9]|1[0-2])(?!\d)"
# a numbered table's caption opening its line (表1  2021—2023年…情况, 附表2:…, 续表3): what it captions is its table
TABLE_CAPTION = r"(?:附表|续表|表)\s*[0-9０-９一二三四五六七八九十]"
HYPHEN_RANGE = rf"(?:(?<!{_YEAR})-|-(?!{_MONTH_AFTER}))"
# the end of the first figure of a range written with a hyphen (2万元-5万元, 1.2万-10万元): its magnitude or unit
_RANGE_ENDS = "万亿千百元人次户个"
NUM_START = (rf"(?<![\d.A-Za-z+/{CN_CHARS}])(?<![^\d%{_RANGE_ENDS}]-)(?:(?<!{_YEAR}-)|(?!{_MONTH_AFTER}))"
             rf"(?<!\d,)(?<!\d )"
             rf"(?:(?<![数几上每{FINANCIAL}])(?<!单位[为是])|(?![十百千万亿]))")
# A minus sign after words or a list's comma, not after a digit (结余-1200万元, 增长-3.2%, 6.7%、-2.4%): the number is negative.
# After a digit a dash joins a range or a date (1-10月, 2023-12).
# (not after the end of a range's first figure: 2万元-5万元, 1.2万-10万元 write a range, no fall)
SIGN = rf"(?<=[\p{{Han}}(（:：,，、；;\s])(?<![\d.][{_RANGE_ENDS}]{{1,3}})[-－−](?=\d)"
MINUS = rf"(?P<minus>{SIGN})?"


def alternation(items) -> str:
    return "|".join(regex.escape(w) for w in longest_first(items))


def to_a_level() -> str:
    """A verb of level_change_verbs.txt and its 到/至/为: what leads from one level to the next (提高到, 降至)."""
    return "(?:" + alternation(words("level_change_verbs.txt")) + ")(?:到|至|为)"


@lru_cache(maxsize=None)
def word_pattern(name: str) -> regex.Pattern:
    """A compiled longest-first alternation of a one-word-per-line list."""
    return compiled(alternation(words(name)))


@lru_cache(maxsize=None)
def qualifier_words(position: str) -> tuple[str, ...]:
    return tuple(r[0] for r in table("qualifiers.tsv") if r[1] == position)


@lru_cache(maxsize=None)
def qualifier_of() -> dict[tuple[str, str], str]:
    return {(r[1], r[0]): r[2] for r in table("qualifiers.tsv")}


@lru_cache(maxsize=None)
def detached_qualifiers() -> dict[str, tuple[str, str]]:
    """word → (qualifier, the characters before it that make it part of another word), longest first."""
    rows = [r for r in table("qualifiers.tsv") if r[1] == "detached"]
    return {r[0]: (r[2], r[3] if len(r) > 3 else "") for r in sorted(rows, key=lambda r: -len(r[0]))}


@lru_cache(maxsize=None)
def pre_qualifier() -> str:
    """Alternation of the words that qualify a number from before it, each guarded against
    the characters that would make it part of another word (签约, 附近)."""
    alts = []
    guard = {r[0]: r[3] for r in table("qualifiers.tsv") if len(r) > 3 and r[3]}
    for w in longest_first(qualifier_words("pre")):
        alts.append((f"(?<![{guard[w]}])" if w in guard else "") + regex.escape(w))
    return "|".join(alts)


@lru_cache(maxsize=None)
def units() -> dict[str, tuple[str, str]]:
    """surface → (canonical unit, kind)."""
    return {s: (c, k) for s, c, k in table("units.tsv")}


@lru_cache(maxsize=None)
def unit_guards() -> dict[str, str]:
    return {u: g for u, g in table("unit_guards.tsv")}


def unit_group(kinds: tuple[str, ...]) -> str:
    """(?P<unit>…) over the units of these kinds, each with its not-followed-by guard."""
    guards = unit_guards()
    alts = []
    for surface in longest_first(s for s, (_, k) in units().items() if k in kinds):
        guard = guards.get(surface)
        alts.append(regex.escape(surface) + (f"(?!{guard})" if guard else ""))
    return "(?P<unit>" + "|".join(alts) + ")"


def magnitude_group() -> str:
    return "(?P<mag>" + alternation(w for w, _ in table("magnitudes.tsv")) + ")"


@lru_cache(maxsize=None)
def per_suffixes() -> dict[str, str]:
    """A slash denominator written after the unit (元/人·年) → its `per` value."""
    return {s: p for s, p in table("per_suffixes.tsv")}


def per_group() -> str:
    return "(?P<per>" + alternation(per_suffixes()) + ")?"


REACH = 24  # characters a look-ahead reads for what must follow a number


@lru_cache(maxsize=None)
def reach_run() -> str:
    """The class of characters a qualifier, number, magnitude or space can be made of."""
    chars = set(CN_CHARS) | set("点,.大-－−")  # (the minus signs of SIGN)
    for w in qualifier_words("pre") + qualifier_words("post") + tuple(w for w, _ in table("magnitudes.tsv")):
        chars |= set(w)
    between = "".join(regex.escape(c) for c in sorted(chars))
    return f"[{between}\\s\\d]"


def unit_within_reach(kinds: tuple[str, ...]) -> str:
    """A look-ahead that a unit of these kinds follows, after nothing but characters that a
    qualifier, number, magnitude or space can be made of. Every match of `quantity_pattern`
    passes it, so it changes no match; it lets the engine give up on a number that no unit
    of the rule follows at once, instead of backtracking through every shorter reading.
    It reads at most REACH characters: past that it lets the pattern decide, so a long run of
    digits costs no more than it did."""
    surfaces = [s for s, (_, k) in units().items() if k in kinds]
    first = "".join(regex.escape(c) for c in sorted({s[0] for s in surfaces}))
    run = reach_run()
    return rf"(?={run}{{0,{REACH}}}?(?=[{first}])(?:{alternation(surfaces)})|{run}{{{REACH + 1}}})"


def quantity_pattern(kinds: tuple[str, ...], *, allow_big: bool = False) -> str:
    """qualifier? number 余? magnitude? 余? unit per? qualifier?  (one verbose regex)."""
    pre = pre_qualifier()
    post = alternation(qualifier_words("post"))
    # (多 after a unit is more only after 倍: 3个多月 is a duration, 两倍多 a multiple and some)
    suf = alternation(qualifier_words("suf") + (qualifier_words("suf_times") if "multiple" in kinds else ()))
    big = "(?P<big>大)?" if allow_big else ""
    return rf"""
        {unit_within_reach(kinds)}
        (?:(?P<pre>{pre})[ ]?)?          # 约 3110 元: a blank after the qualifier, as converted PDFs print it
        {NUM_START}{MINUS}(?P<num>{MIXED}|{SPACED}|{ARABIC}|{CN})
        (?:[ ]?(?P<post>{post}))?        # 2600 余人次: a blank after the number, as converted PDFs print it
        (?:(?:[ ]|[ \t]*\n\s*(?=[万亿]))?{magnitude_group()})?   # 27.65⏎⏎万人: a column break
        (?P<post2>{post})?
        [ ]?{big}
        {unit_group(kinds)}
        {per_group()}
        (?:[ ]?(?P<suf>{suf}))?
    """


def percent_words_pattern() -> str:
    """百分之X, 千分之X and fractions (三分之二), with the qualifiers of any figure around them."""
    suf = alternation(qualifier_words("suf"))
    # (一半以上, 将近一半: a half, 50 %)
    return (rf"(?P<pre>{pre_qualifier()})?(?:(?:(?P<base>[百千])|(?<![{CN_CHARS}\d])(?P<den>[二两三四五六七八九十]))"
            rf"分之(?P<num>{ARABIC}|{CN})|(?<![{CN_CHARS}\d])(?P<half>一半))(?P<suf>{suf})?")


@lru_cache(maxsize=None)
def unit_nouns() -> dict[str, str]:
    return {n: u for n, u in table("unit_nouns.tsv")}


# What may stand between a unit noun and its number (参赛人次分别达到35万), and at most how many
# characters that is.
# (人次均超过1.5万: 均 as 分别; 分别为13.6万、10.9万: the items a list's later figures follow)
# (人次分别为6214、5382、3175: after 分别, the list's earlier items need no magnitude of their own)
NOUN_GAP = (r"(?:分别(?:达到|达|为|是)?[ ]?(?:\d[\d.]{0,6}[万亿]?[、和][ ]?){1,8}|(?:分别|均)?(?:达到|达|为|是|共计|共|累计|"
            r"合计|总计|\p{Han}{0,2}[到至])?[ ]?(?:\d[\d.]{0,6}[万亿][、和][ ]?){0,4})")
NOUN_GAP_CHARS = 85


def bare_number_pattern() -> str:
    """A number whose unit is supplied by the noun just before it (参赛人次超35万)."""
    pre = pre_qualifier()
    nouns = alternation(unit_nouns())
    all_units = alternation(units())
    return rf"""
        (?<=(?P<noun>{nouns}){NOUN_GAP})
        (?P<pre>{pre})?
        {NUM_START}(?P<num>{ARABIC}|{CN})
        (?P<post>余|多)?                 # 参合农民1800余万: the more before the magnitude
        (?:[ ]?{magnitude_group()})?
        (?P<post2>余|多)?
        (?![\d.]|[ ]?(?:{all_units})|[{CN_CHARS}])
    """


# a Chinese numeral before 万/亿 (四十余万农民, 三十多万群众): it opens with a digit, not a bare
# magnitude (百万农民, 亿万农民 are vague), and holds none of the magnitude after it
# (三点八万农村人口: with decimals after 点)
CN_BEFORE_MAGNITUDE = f"[一二两三四五六七八九十][零〇一二两三四五六七八九十百千]{{0,4}}(?:点[{CN_DIGITS}]{{1,3}})?"


def magnitude_noun_pattern(nouns: str) -> str:
    """A 万/亿 figure followed by a noun of the word list `nouns`, which implies its unit
    (2亿信贷: 元; 12万农民: 人; 四十余万农民)."""
    pre = pre_qualifier()
    longest_pre = max(map(len, qualifier_words("pre")))
    # (a look-ahead every match passes: a qualifier, digits, then 亿/万; see unit_within_reach)
    return rf"""
        (?=\D{{0,{longest_pre}}}(?:[\d,.]{{1,{REACH}}}[ ]?[余多]?[亿万]|[\d,.]{{{REACH + 1}}}|{CN_BEFORE_MAGNITUDE}[余多]?[亿万]))
        (?P<pre>{pre})?
        {NUM_START}(?P<num>{ARABIC}|{CN_BEFORE_MAGNITUDE})
        [ ]?                             # 4.18 万群众: a blank after the number
        (?P<post>余|多)?                 # 30余万群众
        (?P<mag>亿|万)
        (?P<post2>余|多)?
        (?=(?:{alternation(words(nouns))}))
    """


SHARED_KINDS = ("points", "percent", "people", "person_times", "households", "money", "multiple")


def shared_unit_pattern() -> str:
    """分别提高3.6和0.9个百分点, 起付线100—300元: a number listed before another, or the low end
    of a range, takes that one's magnitude and unit (units of the kinds in SHARED_KINDS; a
    measure word names too many things to lend)."""
    # (可支付月数6至9个月: a span of months lends its 个月, a span of calendar months 1至3月 none)
    shared = [u for u, (_, kind) in units().items() if kind in SHARED_KINDS or u == "个月"]
    return rf"""
        (?!(?<=(?:\A|[\n。；;：:])[ \t\u3000]*)\d{{1,2}}、)  # (1、500元以下部分: a list item's number, then its text)
        {NUM_START}(?P<num>{ARABIC})
        (?P<own>万|亿)?                    # 8.6万、93.4万、5.2万人次: a magnitude of its own, the unit lent
        (?P<ge>个(?=[ ]?[{LIST_JOINS}](?:{ARABIC})[ ]?个百分点))?   # 分别提高0.8个和0.3个百分点: 个 said twice
        (?=(?:[ ]?[{LIST_JOINS}](?:{ARABIC})(?:万|亿)?)*   # 12、15、18万人: the unit of the list's last item
        (?:[ ]?[{LIST_JOINS}{regex.escape(RANGE_MARKS)}]|{HYPHEN_RANGE})(?:{ARABIC})[ ]?(?P<mag>万|亿)?(?P<unit>{alternation(shared)}))
    """


def colloquial_yi_pattern() -> str:
    """3.3个亿, 两个多亿: 个亿 is spoken for 亿元, with or without the 元."""
    return rf"""
        (?P<pre>{pre_qualifier()})?
        {NUM_START}(?P<num>{ARABIC}|{CN})
        (?P<post>余|多)?
        [ ]?                              # 3.3 个亿: a blank after the number, as converted PDFs print it
        个(?P<post2>多)?(?P<mag>亿)(?!万)   # 一个亿万富翁 is a rich man
        (?:元)?
    """


def money_verb_pattern() -> str:
    """挣两千多, 花了七万多: a round figure after a verb of earning or spending is yuan."""
    verbs = alternation(words("money_verbs.txt"))
    pre = pre_qualifier()
    all_units = alternation(units())
    return rf"""
        (?<=(?:{verbs}))
        (?P<pre>{pre})?
        {NUM_START}(?P<num>{ARABIC}|{CN})
        (?P<mag>万|千)?
        (?P<post2>多|余|几)?(?:(?<=多)一点儿?)?  # (花一万多一点)
        (?:块钱|块(?!\p{{Han}}))?      # 省一百多块: colloquial yuan
        (?![\d.]|{all_units}|[{CN_CHARS}])
    """
