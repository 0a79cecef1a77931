"""The same reports printed another way: does the extraction read them alike?

`python tools/layouts.py CORPUS GOLD OUT [--variants a,b,…]` writes, for each layout variant,
the corpus's pages printed that way to OUT/<variant>/ (its manifest copied) and the gold file
with every offset moved to the same text to OUT/<variant>.jsonl. `--score` then extracts each
variant with the installed `minsheng` and scores it with the gold scorer (`--scorer`, by default
../tools/goldscore.py from the gold file), one line per variant, the pages as printed first.

A variant changes only how a page is laid out, never what it says, so a reader that generalises
scores every variant as it scores the pages as printed; a lower score points at a layout it
depends on. Pages that are not UTF-8 are copied as they are.

  indent       paragraphs one to a line, indented (\\n　　) instead of set apart by blank lines
  header       a site's breadcrumb and posting line above the page
  footer       print links, a list of links to other stories and a site footer below it
  crlf         Windows line ends
  traditional  Traditional script, character by character
  fullwidth    full-width digits, points and percent signs
  spaced       a blank after every number that a Han character or % follows (2021 年, 941135 人),
               as text converted from PDF prints it
  points       an ASCII point for every 。, as some sites and converted files print it
  html         every line in a paragraph's tags (<p>…</p>), as a page saved from the web with its
               markup left in prints it
  entities     quotes, dashes, 、 and 《》 written as HTML entities (&ldquo;, &mdash;, &#12289;), as a
               page saved from the web without its entities decoded prints them
  invisible    a zero-width space after every 13th character (not at a line's end), as web pages
               leave them inside words and figures
  cr           every line end a lone carriage return, as old Mac files write it
  wrapped      every line of prose (one with a 。) broken at a fixed width of 72 columns (a
               character two, an ASCII one), as text dumped from PDF prints it — inside words,
               place names and figures alike
  pdf          wrapped, and cut into pages of 40 lines as pdftotext prints them: each page's
               number on a line of its own at its foot (- 2 -), a form feed opening the next
"""
from __future__ import annotations

import argparse
import bisect
import json
import re
import shutil
import subprocess
import sys
from functools import lru_cache
from pathlib import Path
from typing import Callable

HEADER = "首页 > 新闻中心 > 县区动态\n\n来源:本站  浏览次数:1234  【字体:大 中 小】  【打印】 【关闭】\n\n"
FOOTER = ("\n\n【打印本页】 【关闭窗口】\n\n相关新闻:\n· 我县召开医保基金监管工作会议 2023-05-12\n"
          "· 全省城乡居民医保参保率稳定在95%以上 2023-04-30\n· 医保服务站点覆盖全部行政村 2023-04-18\n\n"
          "主办单位:县人民政府办公室  承办:县大数据中心\n版权所有 © 2023  备案号:豫ICP备00000000号-1\n")
_FULLWIDTH = str.maketrans({**{str(d): chr(0xFF10 + d) for d in range(10)}, ".": "．", "%": "％"})

# a variant: the page printed another way, and where a span [start, end) of the page lands in it
Move = Callable[[int, int], tuple[int, int]]
Variant = Callable[[str], tuple[str, Move]]
_AFTER_A_NUMBER = re.compile(r"(?<=\d)(?=[\u4e00-\u9fff%])")


def _same(text: str) -> Move:
    return lambda start, end: (start, end)


def _inserted(text: str, at: list[int], what: str) -> tuple[str, Move]:
    """`what` inserted before each offset of `at` (sorted): a span moves by the insertions before
    its start, and its end by those inside it too (one at its end stays outside it)."""
    pieces = [text[i:j] for i, j in zip([0] + at, at + [len(text)])]
    return what.join(pieces), lambda start, end: (start + len(what) * bisect.bisect_right(at, start),
                                                   end + len(what) * bisect.bisect_left(at, end))


def _crlf(text: str) -> tuple[str, Move]:
    return _inserted(text, [i for i, c in enumerate(text) if c == "\n"], "\r")


def _spaced(text: str) -> tuple[str, Move]:
    return _inserted(text, [m.start() for m in _AFTER_A_NUMBER.finditer(text)], " ")


_LINE_START = re.compile(r"(?m)^(?=[^\n]*\S)")
_LINE_END = re.compile(r"(?m)\S$")


def _html(text: str) -> tuple[str, Move]:
    opened, move_open = _inserted(text, [m.start() for m in _LINE_START.finditer(text)], "<p>")
    closed, move_close = _inserted(opened, [m.end() for m in _LINE_END.finditer(opened)], "</p>")
    return closed, lambda start, end: move_close(*move_open(start, end))


_ENTITIES = {"“": "&ldquo;", "”": "&rdquo;", "‘": "&lsquo;", "’": "&rsquo;", "—": "&mdash;", "…": "&hellip;",
             "·": "&middot;", "、": "&#12289;", "《": "&#12298;", "》": "&#12299;"}


def _entities(text: str) -> tuple[str, Move]:
    at = [i for i, c in enumerate(text) if c in _ENTITIES]
    grown = [0]
    for i in at:
        grown.append(grown[-1] + len(_ENTITIES[text[i]]) - 1)
    return ("".join(_ENTITIES.get(c, c) for c in text),
            lambda start, end: (start + grown[bisect.bisect_left(at, start)], end + grown[bisect.bisect_left(at, end)]))


def _invisible(text: str) -> tuple[str, Move]:
    return _inserted(text, [i for i in range(13, len(text), 13) if text[i - 1] != "\n" and text[i] != "\n"],
                     "\u200b")


def _cr(text: str) -> tuple[str, Move]:
    # (a page with Windows line ends is left as it is: one code point for one)
    return (text if "\r" in text else text.replace("\n", "\r")), _same(text)


WRAP_WIDTH = 72


def _wrapped(text: str) -> tuple[str, Move]:
    at, pos = [], 0
    for line in text.split("\n"):
        if "。" in line:
            width = 0
            for i, c in enumerate(line):
                w = 1 if c.isascii() else 2
                if width + w > WRAP_WIDTH:
                    at.append(pos + i)
                    width = 0
                width += w
        pos += len(line) + 1
    return _inserted(text, at, "\n")


PAGE_LINES = 40


def _pdf(text: str) -> tuple[str, Move]:
    wrapped, move_wrapped = _wrapped(text)
    starts = [m.end() for m in re.finditer("\n", wrapped)][PAGE_LINES - 1::PAGE_LINES]
    starts = [i for i in starts if i < len(wrapped)]
    feet = [f"- {n} -\n\f" for n in range(1, len(starts) + 1)]
    pieces = [wrapped[i:j] for i, j in zip([0] + starts, starts + [len(wrapped)])]
    printed = pieces[0] + "".join(foot + piece for foot, piece in zip(feet, pieces[1:]))
    added = [0]
    for foot in feet:
        added.append(added[-1] + len(foot))

    def move(start: int, end: int) -> tuple[int, int]:
        start, end = move_wrapped(start, end)
        return (start + added[bisect.bisect_right(starts, start)], end + added[bisect.bisect_left(starts, end)])
    return printed, move


@lru_cache(maxsize=1)
def _s2t():
    from opencc import OpenCC

    return OpenCC("s2t")


def _traditional(text: str) -> tuple[str, Move]:
    seen = {}
    for c in set(text):
        out = _s2t().convert(c)
        seen[c] = out if len(out) == 1 else c  # one character for one: offsets stay
    return "".join(seen[c] for c in text), _same(text)


VARIANTS: dict[str, Variant] = {
    "indent": lambda t: (t.replace("\n\n", "\n\u3000"), _same(t)),
    "header": lambda t: (HEADER + t, lambda start, end: (start + len(HEADER), end + len(HEADER))),
    "footer": lambda t: (t + FOOTER, _same(t)),
    "crlf": _crlf,
    "traditional": _traditional,
    "fullwidth": lambda t: (t.translate(_FULLWIDTH), _same(t)),
    "spaced": _spaced,
    "points": lambda t: (t.replace("。", "."), _same(t)),
    "html": _html,
    "entities": _entities,
    "invisible": _invisible,
    "cr": _cr,
    "wrapped": _wrapped,
    "pdf": _pdf,
}


def write_variant(name: str, corpus: Path, gold: Path, out: Path) -> tuple[Path, Path]:
    """OUT/<name>/ with the corpus printed that way, and OUT/<name>.jsonl with the gold moved."""
    pages, moved = out / name, out / f"{name}.jsonl"
    if pages.exists():
        shutil.rmtree(pages)
    pages.mkdir(parents=True)
    maps: dict[str, Move] = {}
    for path in sorted(corpus.iterdir()):
        if not path.is_file():
            continue
        if path.suffix != ".txt":
            shutil.copy(path, pages / path.name)  # the manifest, the sources list
            continue
        try:
            text = path.read_bytes().decode("utf-8")
        except UnicodeDecodeError:
            shutil.copy(path, pages / path.name)
            continue
        printed, maps[path.name] = VARIANTS[name](text)
        (pages / path.name).write_bytes(printed.encode("utf-8"))
    with gold.open(encoding="utf-8") as src, moved.open("w", encoding="utf-8") as dst:
        for line in src:
            row = json.loads(line)
            move = maps.get(row["doc"])
            if move is not None:
                row["start"], row["end"] = move(row["start"], row["end"])
            dst.write(json.dumps(row, ensure_ascii=False) + "\n")
    return pages, moved


def score_pages(pages: Path, gold: Path, scorer: Path, out: Path) -> str:
    """Extract `pages` with the installed `minsheng` into OUT/<name>.out and score them: one line."""
    tables = out / f"{pages.name}.out"
    minsheng = Path(sys.executable).with_name("minsheng")
    subprocess.run([str(minsheng), "extract", str(pages), "--out", str(tables)], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    report = subprocess.run([sys.executable, str(scorer), "score", str(gold), str(tables / "mentions.parquet")],
                            check=True, capture_output=True, text=True).stdout.splitlines()
    return " ".join(" ".join(line.replace("field ", "").split()) for line in report[:9])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("gold", type=Path)
    ap.add_argument("out", type=Path)
    ap.add_argument("--variants", default=",".join(VARIANTS), help="comma-separated: " + ", ".join(VARIANTS))
    ap.add_argument("--score", action="store_true", help="extract and score every variant")
    ap.add_argument("--scorer", type=Path, help="the gold scorer (default: ../tools/goldscore.py from the gold file)")
    args = ap.parse_args(argv)
    names = [n for n in args.variants.split(",") if n]
    unknown = [n for n in names if n not in VARIANTS]
    if unknown:
        ap.error(f"unknown variant {', '.join(unknown)}: choose from {', '.join(VARIANTS)}")
    scorer = args.scorer or args.gold.parent.parent / "tools" / "goldscore.py"
    if args.score and not scorer.is_file():
        ap.error(f"--score needs the gold scorer at {scorer}")
    args.out.mkdir(parents=True, exist_ok=True)
    if args.score:
        print(f"{'as printed':12s} {score_pages(args.corpus, args.gold, scorer, args.out)}")
    for name in names:
        pages, moved = write_variant(name, args.corpus, args.gold, args.out)
        print(f"{name:12s} {score_pages(pages, moved, scorer, args.out) if args.score else pages}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
