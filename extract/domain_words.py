"""The words that tell a figure's domain (domain_keywords.tsv) and how the general ones among them read: a generic
insurance word (…保险, 医疗保障) or word of help (救助, 资助) continues the insurance or topic named before it."""
from __future__ import annotations

from functools import lru_cache

from extract.segment.lines import is_worded_row, last_point
from extract.spans import Hit, Span, Window, last_of, run_start, within
from rules.taxonomy import sets
from rules.wordlists import table, words

MEDICAL = "medical_security"


@lru_cache(maxsize=None)
def domain_weights() -> dict[str, tuple[str, float]]:
    return {w: (d, float(x)) for w, d, x in table("domain_keywords.tsv")}


@lru_cache(maxsize=None)
def generic_words() -> frozenset[str]:
    return frozenset(words("generic_insurance_words.txt"))


@lru_cache(maxsize=None)
def generic_help() -> frozenset[str]:
    return frozenset(words("generic_help_words.txt"))


@lru_cache(maxsize=None)
def scheme_help() -> frozenset[str]:
    return frozenset(words("scheme_help_words.txt"))


def named_before(h: Hit, w: Window, words_, help_only: bool = False, caption: Span | None = None) -> str | None:
    """The domain of the insurance (…保险, or a medical scheme's own name) named nearest before a
    generic insurance word in the figure's sentence and the ；-joined ones before it, else in the
    point of an enumeration it stands in (二是新型农村社会养老保险全面推开。全乡参保人员…), else in the
    heading above it (一、城乡居民基本养老保险), else of the one kind of insurance its article names."""
    weights = domain_weights()
    run = run_start(words_.text, w)
    point = last_point(words_.text, w.paragraph[0], w.sentence[0])
    # (…被确定为新型农村社会养老保险试点县。…应参保农民4.12万人,参保率93.7%: the sentence before, in its paragraph)
    before = max(last_of(words_.text, "。!?！？", w.paragraph[0], run - 1) + 1, w.paragraph[0]) if run > w.paragraph[0] else -1
    spans = ((run, h.start),) + (((point, w.sentence[0]),) if point >= 0 else ()) + (
        ((before, run),) if before >= 0 else ()) + _rows_lead(words_.text, w.paragraph[0]) + ((w.headline,) if w.headline else ())
    if help_only:  # (…医疗救助资金支出情况的公示 over a table's 累计救助金额 column: the title's help; a caption's,
        spans += ((caption,) if caption else ()) + (words_.title,)  # 2019年医疗救助情况 over 救助金额)
    generic = generic_words()
    for lo, hi in spans:
        # (城乡居民医保参保43.7万人 after a pension clause of the run: the nearer scheme)
        named = [x for x in within(words_.domain, lo, hi) if x.word not in generic and (
            x.word.endswith(("保险", "农保", "护险")) or weights[x.word][0] == MEDICAL and weights[x.word][1] >= TOPIC_WEIGHT)]
        if help_only:  # (a word of help continues only medical assistance named before it)
            named = [x for x in named if x.word in _medical_help()]
        if named:
            return weights[named[-1].word][0]
    return None if help_only else words_.only_insurance(*w.article)


def _rows_lead(text: str, start: int) -> tuple[Span, ...]:
    """…支出医疗救助资金4378万元。分对象看: over 低保对象      救助3.18万人次  救助资金2215万元: for a row of worded cells,
    the line that leads its rows, and the rows between."""
    lo, end = text.rfind("\n", 0, start) + 1, text.find("\n", start)
    if not is_worded_row(text[lo:end if end >= 0 else len(text)]):
        return ()
    while lo > 0 and is_worded_row(text[text.rfind("\n", 0, lo - 1) + 1:lo - 1]):
        lo = text.rfind("\n", 0, lo - 1) + 1
    lead = text.rfind("\n", 0, max(0, lo - 1)) + 1
    return ((lead, start),) if lead < lo else ()


@lru_cache(maxsize=None)
def _medical_help() -> frozenset[str]:
    return frozenset(w for w, p, *_ in table("medical_programs.tsv") if p in sets().specific_helps | {"medical_assistance"})


TOPIC_WEIGHT = 3.0  # a word at least this strong names a topic; lighter ones (农民, 农村) only colour it


def grant_to_students(h: Hit, w: Window, words_) -> bool:
    """资助家庭经济困难大学新生860人,资助金额258万元: a word of help (资助) after students its ；-run names is a
    grant to them, education's; the groups a premium subsidy is for (低保对象, 特困人员) name only whom."""
    weights = domain_weights()
    named = [x for x in within(words_.domain, run_start(words_.text, w), h.start) if weights[x.word][1] >= TOPIC_WEIGHT]
    return bool(named) and weights[named[-1].word][0] == "education"
