"""The same reports told of other places, other years and other figures: does the extraction follow them?

`python tools/elsewhere.py CORPUS GOLD OUT [--years N,…] [--places SEED,…] [--score]` writes, for
each move, the corpus's pages with that move made to OUT/<move>/ (the manifest moved with them) and
the gold file moved the same way to OUT/<move>.jsonl. `--score` then extracts each with the
installed `minsheng` and scores it with the gold scorer, one line per move, the pages as they are
first.

Hidden sets are other counties' reports of other years. A rule that leaned on a place or a year of
the pages it was written for scores lower once they are moved; a reader that generalises scores
every move as it scores the pages as they are. Every move keeps a page's length (a name for a name
of the same length, a year for a year), so the gold's offsets hold.

  years±N    every written year moved N years (2019年, 2016—2018, 二〇〇八年, a table's header row of
             years, full-width digits too), the manifest's publication month and the gold's periods
             with it; a gold figure that is itself a year it moves is left out (none in the shared gold)
  places-S   every county-level unit the gold names renamed to another county of the same
             prefecture, with the same length and suffix (海淀区 → 朝阳区, 海淀 → 朝阳, in simplified
             and traditional script), chosen by the seed S; a prefecture the gold names, to another
             of its province. A unit is renamed only where the page names none of its towns (of a
             county) or counties (of a prefecture): they would no longer lie in it. The manifest's
             home region and the gold's regions and codes follow. A name already on the page, or
             that the gazetteer holds twice, is not chosen.

  figures-K  every gold figure written with one run of Arabic digits given other digits, as many
             (d → 7d + K mod 10, never a leading 0), its gold value scaled to match; not where the
             new digits would read as a year or a share would pass 100%

Each page is written back in its own encoding; a page the reader had to repair, or cannot read, is
copied as it is and keeps its gold and manifest row. So does a page a years move cannot follow in
as many characters: a five-year plan (十四五) moves only by multiples of 5 years, a decade (80年代)
by multiples of 10. Where the guidelines' answer itself depends on the year (生育保险 is
employment_social_security before its 2019 merger into employee medical insurance), a move across
that year changes the right answer, and the moved gold, which keeps it, counts those figures
wrong: the years moves of the shared real set differ from the pages as they are by exactly those.
"""
from __future__ import annotations

import argparse
import csv
import hashlib
import json
import re
import shutil
import sys
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import pandas as pd

from tools.layouts import score_pages

_FULL = str.maketrans("０１２３４５６７８９", "0123456789")
_TO_FULL = str.maketrans("0123456789", "０１２３４５６７８９")
_DIGIT = "[0-9０-９]"
# a written year: 4 digits (1950–2049) before 年, or before a dash or 至/到 and the next date
_YEAR = re.compile(rf"(?<![0-9０-９.．])([1１][9９][5-9５-９]{_DIGIT}|[2２][0０][0-4０-４]{_DIGIT})"
                   rf"(?=\s*年|\s*[-—–－~～至到/]\s*(?:{_DIGIT}|[上下]))")
# a table's header row of years (指标 2017 2018 2019)
_YEAR_ROW = re.compile(r"(?m)^([^\d\n]*?)((?:(?:19|20)\d\d[ \t]+)+(?:19|20)\d\d)[ \t]*$")
_CN = "〇一二三四五六七八九"
_CN_YEAR = re.compile(r"([一二][〇○零一二三四五六七八九]{3})(?=年)")


def _shifted(digits: str, n: int) -> str:
    """A year in the same digits (full-width stays full-width)."""
    moved = str(int(digits.translate(_FULL)) + n)
    return moved.translate(_TO_FULL) if digits != digits.translate(_FULL) else moved


def _cn_shifted(written: str, n: int) -> str:
    year = int("".join(str(_CN.index(c)) for c in written.replace("○", "〇").replace("零", "〇"))) + n
    return "".join(_CN[int(c)] for c in str(year))


_ERA = re.compile(r"十([一二三四五])五")  # 十一五 … 十五五: the five-year plans 2006–2030
_DECADE = re.compile(r"(?<![0-9])([0-9])0(?=\s*年代)")  # 20世纪50年代, 80年代


def years_moved(text: str, n: int) -> str | None:
    """`text` with every written year moved n years (the same length), or None when it names a
    five-year plan or a decade that a move of n years cannot follow in as many characters."""
    eras, decades = _ERA.findall(text), _DECADE.findall(text)
    if eras and (n % 5 or any(not 1 <= _CN.index(e) + n // 5 <= 5 for e in eras)):
        return None
    if decades and (n % 10 or any(not 0 <= int(d) + n // 10 <= 9 for d in decades)):
        return None
    out = _YEAR.sub(lambda m: _shifted(m.group(1), n), text)
    out = _YEAR_ROW.sub(lambda m: m.group(1) + re.sub(r"(?:19|20)\d\d", lambda y: str(int(y.group()) + n),
                                                      m.group(2)) + m.group()[m.end(2) - m.start():], out)
    out = _CN_YEAR.sub(lambda m: _cn_shifted(m.group(1), n), out)
    out = _ERA.sub(lambda m: f"十{_CN[_CN.index(m.group(1)) + n // 5]}五", out)
    return _DECADE.sub(lambda m: f"{int(m.group(1)) + n // 10}0", out)


def _month_moved(month: str, n: int) -> str:
    if not month:
        return month
    year, rest = month.split("-", 1)
    return f"{int(year) + n}-{rest}"


@lru_cache(maxsize=1)
def _divisions() -> pd.DataFrame:
    from extract.gazetteer import default_path

    return pd.read_parquet(default_path()).fillna({"short_name": ""})


@lru_cache(maxsize=1)
def _s2t():
    from opencc import OpenCC

    return OpenCC("s2t")


@dataclass
class Renaming:
    """Old names (full and short) to (new name, new code)."""
    names: dict[str, tuple[str, str]] = field(default_factory=dict)

    def add(self, old, new) -> None:
        self.names[old["name"]] = (new["name"], new["code"])
        if len(old["short_name"]) >= 2 and len(new["short_name"]) == len(old["short_name"]):
            self.names[old["short_name"]] = (new["short_name"], new["code"])

    def apply(self, text: str) -> str:
        """Every name replaced at once (a new name is never renamed again), also where the page
        writes all or some of its characters in traditional script (廣州 for 广州): then by the
        new name in traditional script."""
        if not self.names:
            return text
        olds = sorted(self.names, key=len, reverse=True)
        plain = {_simplified(old): old for old in olds}
        pattern = "|".join(_either(old) for old in olds)

        def new(m: re.Match) -> str:
            old = plain[_simplified(m.group())]
            name = self.names[old][0]
            return name if m.group() == old else "".join(_traditional(c) for c in name)
        return re.sub(pattern, new, text)


def _either(name: str) -> str:
    """A pattern for `name` in either script, character by character."""
    return "".join(f"[{re.escape(c)}{re.escape(_traditional(c))}]" for c in name)


def _simplified(written: str) -> str:
    return "".join(_SIMPLE.get(c, c) for c in written)


def _traditional(c: str) -> str:
    """A character's traditional form, where it is one character."""
    out = _s2t().convert(c)
    if len(out) != 1:
        return c
    _SIMPLE[out] = c
    return out


_SIMPLE: dict[str, str] = {}  # traditional → simplified, for the characters of the names renamed


def _sibling(unit, level: str, parent: str, page: str, taken: set[str], seed: str):
    """Another current unit of `level` under the same `parent` column value, of the same length
    and suffix, not on the page, named once in the gazetteer; chosen by the seed."""
    d = _divisions()
    now = d[d.is_current & (d.level == level)]
    same = now[(now[parent] == unit[parent]) & (now.code != unit["code"])
               & (now.name.str.len() == len(unit["name"])) & (now.name.str[-1] == unit["name"][-1])
               & (now.short_name.str.len() == len(unit["short_name"]))]
    counts = d.name.value_counts()
    fit = [r for _, r in same.sort_values("code").iterrows()
           if r["name"] not in taken and counts.get(r["name"], 0) == 1
           and not re.search(_either(r["short_name"] or r["name"]), page)]
    if not fit:
        return None
    return fit[int(hashlib.md5(f"{seed}:{unit['code']}".encode()).hexdigest(), 16) % len(fit)]


def renaming_for(page: str, codes: set[str], seed: str) -> Renaming:
    """Counties the gold names move to a sibling county, and prefectures to a sibling prefecture,
    where none of the units inside them is on the page (a town or county would no longer lie in
    the unit renamed, and the extraction rightly trusts it)."""
    d = _divisions()
    now = d[d.is_current].set_index("code", drop=False)
    inside = {"county": ("county_code", "township"), "prefecture": ("prefecture_code", "county")}
    renaming = Renaming()
    taken: set[str] = set()
    for code in sorted(codes):
        if code not in now.index or now.loc[code, "level"] not in inside:
            continue
        unit = now.loc[code]
        column, level = inside[unit["level"]]
        kids = d[(d[column] == code) & (d.level == level)]
        names = list(kids.name) + [s for s in kids.short_name if len(s) >= 2]
        if any(re.search(_either(k), page) for k in names):
            continue
        parent = "prefecture_code" if unit["level"] == "county" else "province_code"
        new = _sibling(unit, unit["level"], parent, page, taken, seed)
        if new is not None:
            renaming.add(unit, new)
            taken.add(new["name"])
    return renaming


_DIGITS = re.compile(r"\d[\d,]*(?:\.\d+)?")
_CN_DIGITS = re.compile(r"[一二三四五六七八九十百千两〇零壹贰叁肆伍陆柒捌玖拾佰仟]")


def figures_moved(text: str, rows: list[dict], seed: int) -> tuple[str, dict[int, tuple[str, float]]]:
    """`text` with the digits of every gold figure in `rows` (one run of Arabic digits, no Chinese
    numeral) replaced by others of the same count (d → 7d + seed mod 10, never a leading 0), and
    for each row changed, its index → (new text, value scaled by new/old). A figure is left alone
    where its new digits would read as a year (2013人) or its share pass 100%."""
    chars, moved = list(text), {}
    for i, row in enumerate(rows):
        surface = row.get("text", "")
        runs = list(_DIGITS.finditer(surface))
        if (len(runs) != 1 or _CN_DIGITS.search(surface) or text[row["start"]:row["end"]] != surface
                or not row.get("value")):
            continue
        old = runs[0].group()
        new = "".join(str(max((int(c) * 7 + seed) % 10, int(j == 0))) if c.isdigit() else c
                      for j, c in enumerate(old))
        value = row["value"] * float(new.replace(",", "")) / float(old.replace(",", ""))
        if re.fullmatch(r"(?:19|20)\d\d", new.split(".")[0]) or (row.get("unit") in ("%", "‰") and abs(value) > 100):
            continue
        at = row["start"] + runs[0].start()
        chars[at:at + len(old)] = new
        moved[i] = (surface[:runs[0].start()] + new + surface[runs[0].end():], round(value, 6))
    return "".join(chars), moved


def _read(path: Path):
    """A page as the extraction reads it, or None where the reader had to repair it (its offsets
    could move) or cannot read it."""
    from extract.errors import DecodeError
    from extract.reading import decode

    try:
        decoded = decode(path.read_bytes(), str(path))
    except DecodeError:
        return None
    return None if decoded.note else decoded


def write_move(move: str, corpus: Path, gold: Path, out: Path) -> tuple[Path, Path, str]:
    """OUT/<move>/ with the corpus's pages moved (each in its own encoding), OUT/<move>.jsonl with
    the gold moved, and what was moved, in words. A page that is left as it is keeps its gold and
    its manifest row."""
    kind, arg = (move[:5], move[5:]) if move.startswith("years") else move.split("-", 1)
    pages, moved = out / move, out / f"{move}.jsonl"
    if pages.exists():
        shutil.rmtree(pages)
    pages.mkdir(parents=True)
    rows = [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines() if line.strip()]
    renamings: dict[str, Renaming] = {}
    changed: dict[str, list[int]] = {}  # the pages moved: where each changed
    figures: dict[int, tuple[str, float]] = {}  # a gold row's index → its new text and value
    kept = 0
    for path in sorted(corpus.iterdir()):
        if not path.is_file() or path.name == "manifest.csv":
            continue
        decoded = _read(path) if path.suffix == ".txt" else None
        printed = None
        if decoded is not None and kind == "years":  # (None: a plan or decade it cannot move)
            printed = years_moved(decoded.text, int(arg))
        elif decoded is not None and kind == "figures":
            mine = [i for i, r in enumerate(rows) if r["doc"] == path.name]
            printed, done = figures_moved(decoded.text, [rows[i] for i in mine], int(arg))
            figures.update({mine[j]: v for j, v in done.items()})
        elif decoded is not None:
            codes = {r["region_code"] for r in rows if r["doc"] == path.name and r.get("region_code")}
            renamings[path.name] = renaming_for(decoded.text, codes, arg)
            printed = renamings[path.name].apply(decoded.text)
        if printed is None:
            shutil.copy(path, pages / path.name)
            kept += path.suffix == ".txt"
            continue
        assert len(printed) == len(decoded.text), path.name
        changed[path.name] = [i for i, (a, b) in enumerate(zip(decoded.text, printed)) if a != b]
        (pages / path.name).write_bytes(printed.encode(decoded.encoding))
    _write_manifest(corpus / "manifest.csv", pages / "manifest.csv", kind, arg, renamings, changed)
    with moved.open("w", encoding="utf-8") as dst:
        for i, row in enumerate(rows):
            if i in figures:
                row["text"], row["value"] = figures[i]
            if kind == "years" and row["doc"] in changed:
                if any(row["start"] <= i < row["end"] for i in changed[row["doc"]]):
                    continue  # a figure that is itself a year
                row["period_start"] = _month_moved(row.get("period_start", ""), int(arg))
                row["period_end"] = _month_moved(row.get("period_end", ""), int(arg))
            elif row.get("region") in (names := renamings.get(row["doc"], Renaming()).names):
                row["region"], row["region_code"] = names[row["region"]]
            dst.write(json.dumps(row, ensure_ascii=False) + "\n")
    touched = sum(1 for at in changed.values() if at)
    left = f"; {kept} left as they are" if kept else ""
    if kind == "years":
        return pages, moved, f"(years moved on {touched} of {len(changed)} pages{left})"
    if kind == "figures":
        return pages, moved, f"({len(figures)} of {len(rows)} gold figures given other digits{left})"
    units = sum(len({code for _, code in r.names.values()}) for r in renamings.values())
    return pages, moved, f"({units} units renamed, counted per page, on {touched} of {len(changed)} pages{left})"


def _write_manifest(src: Path, dst: Path, kind: str, arg: str, renamings: dict[str, Renaming],
                    moved: dict[str, list[int]]) -> None:
    if not src.is_file():
        return
    with src.open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        fields, rows = reader.fieldnames or [], list(reader)
    for row in rows:
        if kind == "years" and row.get("published") and row.get("file") in moved:
            row["published"] = _month_moved(row["published"], int(arg))
        names = renamings.get(row.get("file", ""), Renaming()).names
        if kind == "places" and row.get("home_region") in names:
            row["home_region"], row["home_region_code"] = names[row["home_region"]]
    with dst.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=fields, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("gold", type=Path)
    ap.add_argument("out", type=Path)
    ap.add_argument("--years", default="-5,-10", help="comma-separated year shifts (default -5,-10)")
    ap.add_argument("--places", default="a,b", help="comma-separated seeds for renamed places (default a,b)")
    ap.add_argument("--figures", default="3", help="comma-separated seeds (whole numbers) for other digits (default 3)")
    ap.add_argument("--score", action="store_true", help="extract and score every move")
    ap.add_argument("--scorer", type=Path, help="the gold scorer (default: ../tools/goldscore.py from the gold file)")
    args = ap.parse_args(argv)
    try:
        moves = [f"years{int(n):+d}" for n in args.years.split(",") if n.strip()]
    except ValueError:
        ap.error(f"--years takes whole numbers of years, not {args.years!r}")
    moves += [f"places-{s.strip()}" for s in args.places.split(",") if s.strip()]
    try:
        moves += [f"figures-{int(s)}" for s in args.figures.split(",") if s.strip()]
    except ValueError:
        ap.error(f"--figures takes whole numbers, not {args.figures!r}")
    scorer = args.scorer or args.gold.parent.parent / "tools" / "goldscore.py"
    if args.score and not scorer.is_file():
        ap.error(f"--score needs the gold scorer at {scorer}")
    args.out.mkdir(parents=True, exist_ok=True)
    if args.score:
        print(f"{'as they are':12s} {score_pages(args.corpus, args.gold, scorer, args.out)}")
    for move in moves:
        pages, moved, what = write_move(move, args.corpus, args.gold, args.out)
        print(f"{move:12s} {score_pages(pages, moved, scorer, args.out) if args.score else pages} {what}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
