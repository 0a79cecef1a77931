"""tools/layouts.py prints pages another way without changing what they say: every gold offset
it moves points at the same text in the page as printed (read as the extraction reads it)."""
from __future__ import annotations

import json

import pytest

from extract.normalise import normalise
from tools.layouts import VARIANTS, write_variant

PAGES = {
    "a.txt": "桑田县医保工作稳步推进\n\n本报讯 截至6月底,全县城乡居民医保参保41.3万人,参保率96.8%。\n\n"
             "今年以来,全县医疗救助支出1260.5万元,资助困难群众参加城乡居民医保,落实门诊慢特病待遇,"
             "县域内住院政策范围内报销比例稳定在规定水平。\n",
    "b.txt": "关于2024年县民生实事完成情况的报告\n\n一、新建乡镇卫生院2所。\n二、资助困难群众参保1.26万人。\n"
             "三、“两病”门诊1—6月报销38.5万元。\n",
}
PAGES["d.txt"] = "".join(f"{n}.乡镇{n}新增参保{100 + n}人。\n" for n in range(1, 91))  # two pages' feet and more
SURFACES = {"a.txt": ["41.3万人", "96.8%", "1260.5万元"], "b.txt": ["2所", "1.26万人", "38.5万元"],
            "d.txt": ["139人", "141人", "181人"]}


@pytest.fixture
def corpus(tmp_path):
    src = tmp_path / "pages"
    src.mkdir()
    gold = tmp_path / "gold.jsonl"
    lines = []
    for name, text in PAGES.items():
        (src / name).write_text(text, encoding="utf-8")
        for surface in SURFACES[name]:
            start = text.index(surface)
            lines.append({"doc": name, "start": start, "end": start + len(surface), "text": surface})
    (src / "c.txt").write_bytes("桑田县参保率97%。\n".encode("gb18030"))  # not UTF-8: copied as it is
    (src / "manifest.csv").write_text("file,home_region,home_region_code,published\n", encoding="utf-8")
    gold.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines), encoding="utf-8")
    return src, gold, tmp_path / "out"


@pytest.mark.parametrize("name", list(VARIANTS))
def test_every_moved_offset_points_at_the_same_text(corpus, name):
    src, gold, out = corpus
    pages, moved = write_variant(name, src, gold, out)
    assert (pages / "manifest.csv").read_text(encoding="utf-8") == (src / "manifest.csv").read_text(encoding="utf-8")
    assert (pages / "c.txt").read_bytes() == (src / "c.txt").read_bytes()
    rows = [json.loads(line) for line in moved.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == sum(len(s) for s in SURFACES.values())
    changed = False
    for row in rows:
        printed = (pages / row["doc"]).read_bytes().decode("utf-8")
        changed |= printed != PAGES[row["doc"]]
        # (spaced puts a blank between a number and its unit: 41.3 万人; wrapped may break a figure, and
        # invisible put a zero-width space inside it)
        surface = normalise(printed)[row["start"]:row["end"]]
        assert surface.replace(" ", "").replace("\n", "").replace("\u200b", "") == row["text"], (name, row)
    assert changed, f"{name} printed every page as it was"
