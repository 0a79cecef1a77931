"""Faster ways of computing the same thing: each is checked against the plain way."""
import unicodedata

import pytest
from opencc import OpenCC

from extract.normalise import BLANK_ENTITIES, normalise
from extract.spans import hits
from rules.fragments import word_pattern
from tools.hostile import long_page, pathological

WORD_LISTS = ["domain_keywords.tsv", "medical_programs.tsv", "medical_metrics.tsv", "per_words.tsv",
              "change_words.tsv", "populations.txt", "region_refs.tsv", "region_scope.tsv", "fact_items.txt",
              "target_words.txt", "individual_cues.txt", "stock_words.txt", "flow_words.txt"]


@pytest.fixture(scope="module")
def pages():
    return [normalise(t) for t in [long_page(30_000, seed=5, prose=1), *pathological().values()]]


@pytest.mark.parametrize("name", WORD_LISTS)
def test_hits_are_the_word_pattern_matches(name, pages):
    for text in pages:
        assert [(h.start, h.end, h.word) for h in hits(text, name)] == \
               [(m.start(), m.end(), m.group()) for m in word_pattern(name).finditer(text)]


def _normalise_char_by_char(raw: str) -> str:
    """normalise as written: full-width forms and blanks, then OpenCC t2s one character at a time but
    乾, which names keep (and blanks written as entities, as many spaces)."""
    t2s = OpenCC("t2s")
    fullwidth = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}
    fullwidth[0x3000] = 0x20
    fullwidth[0xA0] = 0x20
    fullwidth[0x2009] = fullwidth[0x202F] = 0x20  # thin spaces, as yearbooks group thousands with them
    fullwidth.update({ord(a): ord(b) for a, b in zip("﹪﹐﹑﹒﹔﹕﹖﹗﹙﹚﹣", "%,、.;:?!()-")})
    for cp in range(0x2500, 0x2580):  # box drawing: a line that goes only left or right is a rule, any other a bar
        upright = set(unicodedata.name(chr(cp)).split()) & {"VERTICAL", "UP", "DOWN", "ARC", "DIAGONAL"}
        fullwidth[cp] = ord("|" if upright else "-")
    text = raw.translate(fullwidth)
    text = "".join(c if ord(c) < 0x2E80 or c == "乾" or len(t2s.convert(c)) != 1 else t2s.convert(c) for c in text)
    return BLANK_ENTITIES.sub(lambda m: " " * len(m.group()), text)


def test_normalise_is_the_character_by_character_conversion():
    every = "".join(chr(cp) for cp in [*range(0x20, 0x3100), *range(0x4E00, 0xA000, 7), *range(0xF900, 0x10000),
                                       0x20000, 0x2A6D6, 0x1F600])
    for raw in (every, "醫療保險參保人數達１２．５萬人﹪　臺灣", long_page(5_000, seed=2), "參保率&nbsp;９６％&amp;"):
        assert normalise(raw) == _normalise_char_by_char(raw)


def test_within_a_sorted_list_is_the_plain_filter():
    import random
    from extract.spans import Hit, Sorted, within
    rnd = random.Random(3)
    starts = sorted(rnd.randrange(200) for _ in range(60))
    hs = [Hit(s, s + rnd.randrange(1, 9), "") for s in starts]
    fast = Sorted(hs)
    for _ in range(2000):
        lo, hi = rnd.randrange(-5, 210), rnd.randrange(-5, 210)
        plain = [h for h in hs if lo <= h.start < hi and h.end <= hi]
        assert within(fast, lo, hi) == within(hs, lo, hi) == plain


def _open_bracket_char_by_char(text, lo, pos):
    depth = 0
    for k in range(pos - 1, max(lo, pos - 200) - 1, -1):
        if text[k] in ")）":
            depth += 1
        elif text[k] in "(（":
            if depth == 0:
                return k
            depth -= 1
        elif text[k] in "。\n":
            return None
    return None


def test_breakdown_searches_match_the_plain_scans():
    import random
    from extract.breakdowns import FENBIE, _Found, _markers, _open_bracket
    rnd = random.Random(7)
    alphabet = list("()（）。\n,，、和12") + ["其中", "包括", "分别", "分", "中"]
    for _ in range(3000):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randrange(1, 80)))
        lo = rnd.randrange(len(text))
        span = (lo, rnd.randrange(lo, len(text) + 1))
        for pattern in (_markers(), FENBIE):
            found = _Found(pattern, text, span)
            for pos in range(lo, len(text) + 1):
                plain = list(pattern.finditer(text, lo, pos))
                got = found.last_before(pos)
                assert (got and got.span()) == (plain[-1].span() if plain else None)
        for pos in range(lo, len(text) + 1):
            assert _open_bracket(text, lo, pos) == _open_bracket_char_by_char(text, lo, pos)


def test_last_of_is_the_last_rfind():
    import random
    from extract.spans import last_of
    rnd = random.Random(5)
    for _ in range(3000):
        text = "".join(rnd.choice("“”「a。!\n") for _ in range(rnd.randrange(0, 30)))
        lo, hi = rnd.randrange(-3, 33), rnd.randrange(-3, 33)
        for chars in ("“「『", "。!?！？", "\n"):
            assert last_of(text, chars, lo, hi) == max(text.rfind(c, lo, hi) for c in chars)


def test_nearest_before_and_first_after_are_the_ends_of_within():
    import random
    from extract.spans import Hit, Sorted, first_after, nearest_before, within
    rnd = random.Random(4)
    starts = sorted(rnd.randrange(100) for _ in range(40))
    hs = [Hit(s, s + rnd.randrange(1, 12), "") for s in starts]
    for items in (hs, Sorted(hs)):
        for _ in range(2000):
            a, b = rnd.randrange(-3, 110), rnd.randrange(-3, 110)
            inside = within(hs, a, b)
            assert nearest_before(items, b, a) == (inside[-1] if inside else None)
            assert first_after(items, a, b) == (inside[0] if inside else None)
