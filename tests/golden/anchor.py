"""Anchor the hand-written golden files to the sample pages in data/raw/.

Each golden line names its span by ``doc``, ``text`` and ``nth`` (1 = first
occurrence of exactly that text in the decoded file).  This script decodes
every page the same way the pipeline must (BOM -> utf-16 / utf-8-sig, else
utf-8, else gb18030), finds the nth occurrence, writes ``start``/``end``
(half-open, Python ``str`` indices) back into the jsonl files and checks:

* ``raw[start:end] == text`` for every line;
* no two mentions in one document overlap;
* no mention overlaps a non-mention (trap) span.

Run from anywhere:  python tests/golden/anchor.py   (exit 1 on any problem;
``--check`` only verifies and never rewrites).
"""
from __future__ import annotations

import codecs
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
RAW = HERE.parent.parent / "data" / "raw"
FILES = ("expected_mentions.jsonl", "expected_nonmentions.jsonl")


def decode(data: bytes) -> tuple[str, str]:
    """Return (text, encoding name) for the raw bytes of one page."""
    if data.startswith(codecs.BOM_UTF8):
        return data.decode("utf-8-sig"), "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16"), "utf-16"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return data.decode("gb18030"), "gb18030"


def nth_index(raw: str, text: str, nth: int) -> int:
    """Start of the nth (1-based) occurrence of text in raw, or -1."""
    i = -1
    for _ in range(nth):
        i = raw.find(text, i + 1)
        if i < 0:
            return -1
    return i


def anchor(rows: list[dict], texts: dict[str, str], problems: list[str], label: str) -> list[dict]:
    out = []
    for n, row in enumerate(rows, 1):
        doc = row["doc"]
        if doc not in texts:
            texts[doc] = decode((RAW / doc).read_bytes())[0]
        raw = texts[doc]
        i = nth_index(raw, row["text"], int(row["nth"]))
        if i < 0:
            problems.append(f"{label}:{n}: {doc}: occurrence {row['nth']} of {row['text']!r} not found")
            out.append(row)
            continue
        start, end = i, i + len(row["text"])
        if "start" in row and (row["start"], row["end"]) != (start, end):
            problems.append(f"{label}:{n}: {doc}: {row['text']!r} moved {row['start']}->{start}")
        new = {"doc": doc, "start": start, "end": end}
        new.update({k: v for k, v in row.items() if k not in ("doc", "start", "end")})
        assert raw[new["start"]:new["end"]] == new["text"]
        out.append(new)
    return out


def overlaps(a: list[dict], b: list[dict], same: bool) -> list[str]:
    found = []
    for i, x in enumerate(a):
        for j, y in enumerate(b):
            if same and j <= i:
                continue
            if x["doc"] == y["doc"] and "start" in x and "start" in y \
                    and x["start"] < y["end"] and y["start"] < x["end"]:
                found.append(f"{x['doc']}: {x['text']!r}@{x['start']} overlaps {y['text']!r}@{y['start']}")
    return found


def main(argv: list[str]) -> int:
    check_only = "--check" in argv
    texts: dict[str, str] = {}
    problems: list[str] = []
    data = {}
    for name in FILES:
        rows = [json.loads(line) for line in (HERE / name).read_text(encoding="utf-8").splitlines() if line.strip()]
        data[name] = anchor(rows, texts, problems, name)
    mentions, traps = data[FILES[0]], data[FILES[1]]
    problems += ["mention overlap: " + p for p in overlaps(mentions, mentions, same=True)]
    problems += ["mention overlaps trap: " + p for p in overlaps(mentions, traps, same=False)]
    for p in problems:
        print(p, file=sys.stderr)
    if problems:
        return 1
    if not check_only:
        for name in FILES:
            with open(HERE / name, "w", encoding="utf-8") as f:
                for row in data[name]:
                    f.write(json.dumps(row, ensure_ascii=False) + "\n")
    per_doc: dict[str, list[int]] = {}
    for row in mentions:
        per_doc.setdefault(row["doc"], [0, 0])[0] += 1
    for row in traps:
        per_doc.setdefault(row["doc"], [0, 0])[1] += 1
    for doc, (m, t) in sorted(per_doc.items()):
        enc = decode((RAW / doc).read_bytes())[1]
        print(f"{doc}\t{enc}\t{len(texts[doc])} chars\t{m} mentions\t{t} traps")
    print(f"ok: {len(mentions)} mentions, {len(traps)} traps")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
