"""Hostile and oversized inputs, generated on demand (nothing is checked in).

Used by `make torture` (tools/torture.py) and by the tests of bounded work, so that both
exercise the same pages. Every page is invented from templates and a seeded random
generator: the same arguments give the same text.
"""
from __future__ import annotations

import random

# Invented sentence templates in the style of county reports. {p} a place, {s} a word that
# contains a place name but is none (a gazetteer stop-word), {n} a number, {y} a year.
_TEMPLATES = (
    "截至{y}年11月底，{p}城乡居民医保参保人数{n}万人，参保率稳定在9{d}.{d}%以上。",
    "今年以来，{p}围绕{s}持续发力，累计投入资金{n}亿元，新建村级卫生室{d}所。",
    "{y}年1至10月，全县医疗救助支出{n}万元，救助困难群众{n}万人次。",
    "该县对特困人员实行分类资助，资助金额{n}万元，按每人{d}80元的标准定额资助。",
    "全市共有养老机构{d}{d}家，床位{n}张，比上年增长{d}.{d}%。",
    "“{s}让我们得到了实惠。”{p}一位村民说，今年家里增收{n}千元。",
    "目前，{p}门诊慢特病病种已扩大到{d}{d}种，享受保障的群众近{d}万名。",
    "{p}{s}示范点建设稳步推进，带动{n}户农户增收。",
    "去年，{p}新增城镇就业{n}人，城镇登记失业率控制在{d}.{d}%以内。",
)
_HEADLINES = ("{p}织密医保保障网", "{s}结硕果", "{p}：新校舍里书声琅琅", "民生实事件件落地")
# Plain prose between the figures: words of a report without numbers.
_WORDS = ("围绕", "群众", "看病就医", "烦心事", "持续", "扩大", "覆盖面", "完善", "多层次", "保障体系",
          "推动", "高质量发展", "进一步", "加强", "基层", "服务能力", "建设", "工作", "有关部门",
          "积极", "落实", "政策", "要求", "确保", "取得实效", "同时", "深入开展", "专项行动", "切实",
          "提升", "满意度", "据介绍", "相关负责人", "表示", "下一步", "将", "继续", "优化", "经办流程")


def _names() -> tuple[list[str], list[str]]:
    """County-level names from the gazetteer and the stop-words that contain place names."""
    from extract.gazetteer import Gazetteer

    gaz = Gazetteer.load()
    places = sorted(k for k in gaz.full_names() if len(k) >= 3 and (c := gaz.lookup(k)) and c[0].level == "county")
    stops = sorted(w for w in gaz.stopwords if len(w) >= 3)
    return places, stops


def long_page(n_chars: int, seed: int = 0, prose: int = 0) -> str:
    """A report page of about `n_chars` characters: articles of headlines and paragraphs, with
    places, stop-words that overlap place names, figures and time expressions throughout;
    `prose` sentences without figures follow each sentence with figures."""
    rnd = random.Random(seed)
    places, stops = _names()
    out: list[str] = []
    size = 0

    def fill(t: str) -> str:
        return t.format(p=rnd.choice(places), s=rnd.choice(stops), n=rnd.randint(2, 999),
                        y=rnd.randint(2015, 2025), d=rnd.randint(1, 9))

    while size < n_chars:
        article = [fill(rnd.choice(_HEADLINES)), ""]
        for _ in range(rnd.randint(3, 8)):
            sentences = []
            for _ in range(rnd.randint(2, 5)):
                sentences.append(fill(rnd.choice(_TEMPLATES)))
                sentences += [_prose(rnd, places, stops) for _ in range(prose)]
            article += ["".join(sentences), ""]
        text = "\n".join(article) + "\n"
        out.append(text)
        size += len(text)
    return "".join(out)


def _prose(rnd: random.Random, places: list[str], stops: list[str]) -> str:
    words = [rnd.choice(_WORDS) for _ in range(rnd.randint(6, 14))]
    words[rnd.randrange(len(words))] = rnd.choice(places + stops)
    return "".join(words) + rnd.choice("，。；") if rnd.random() < 0.3 else "".join(words) + "。"


# ---------------------------------------------------------------- pathological pages

def pathological() -> dict[str, str]:
    """name -> page: the inputs that once exploded time or memory, each about 100-200 KB."""
    line = "".join(f"全县参保{i % 97}万人同比增长{i % 13}%并新建{i % 7}所学校且" for i in range(4000))
    # an ordinary page whose sentences end in ASCII ". " (and commas are ASCII too): no
    # sentence end the segmenter knows, so each paragraph was one "sentence"
    ascii_page = long_page(38_000, seed=7, prose=2).replace("。", ". ").replace("，", ", ")
    return {
        "digits_100k": "参保人数" + "1234567890" * 10_000 + "人",
        "wan_repeated": "万" * 100_000 + "元",
        "yi_repeated": "一" * 100_000 + "人",
        "quote_yi_50k": "“一" * 50_000,
        "ascii_punctuated": ascii_page,
        "line_200kb": line[:80_000],  # one line, no sentence end: 200 KB of UTF-8
        "wan_ren_210kb": "1万人" * 30_000,
        "percent_210kb": "12%" * 70_000,
        # markup and PDF text (the page's view): opening tags never closed, entities, form feeds
        "style_unclosed": "<style>" * 20_000,
        "entities_140kb": "&ldquo;参保&#8203;1万人&rdquo;&#12289;" * 4_000,
        "form_feeds": ("全县城乡居民医保参保12万人，参保率96%，医疗救助支出300万元。" * 2 + "\n\f") * 2_000,
    }
