"""tools/elsewhere.py tells the same reports of other years and other places: every written year
moves by the same number of years, every renamed unit is a sibling of the one it replaces, and the
gold and manifest follow the text, so a gold offset still points at the same figure."""
from __future__ import annotations

import csv
import json

import pytest

from extract.reading import decode
from tools.elsewhere import _divisions, figures_moved, renaming_for, write_move, years_moved


@pytest.mark.parametrize("written, moved", [
    ("2019年参保", "2014年参保"),
    ("2016—2018年", "2011—2013年"),
    ("2024-2025年度", "2019-2020年度"),
    ("二〇〇八年", "二〇〇三年"),
    ("２０２４年", "２０１９年"),
    ("指标 2017 2018 2019\n", "指标 2012 2013 2014\n"),
    ("“十四五”期间", "“十三五”期间"),
    ("资助2020人参保", "资助2020人参保"),  # a count, not a year
])
def test_years_move_by_the_same_number_of_years(written, moved):
    assert years_moved(written, -5) == moved


def test_a_plan_or_decade_a_move_cannot_follow_leaves_the_page_alone():
    assert years_moved("“十四五”期间参保率97%", -3) is None
    assert years_moved("20世纪80年代", -5) is None
    assert years_moved("20世纪80年代", -10) == "20世纪70年代"
    assert years_moved("“十一五”期间", -10) is None  # (九五 is written in two characters)


def _county_with_a_sibling():
    """A current county with a same-length, same-suffix sibling in its prefecture, read from the
    gazetteer (no place is written into the test)."""
    d = _divisions()
    now = d[d.is_current & (d.level == "county") & (d.short_name.str.len() == 2)]
    for _, unit in now.sort_values("code").iterrows():
        same = now[(now.prefecture_code == unit.prefecture_code) & (now.code != unit.code)
                   & (now.name.str.len() == len(unit["name"])) & (now.name.str[-1] == unit["name"][-1])]
        if len(same) >= 2 and (d.name == unit["name"]).sum() == 1:
            return unit
    raise AssertionError("the gazetteer has no county with siblings")


VALUES = {"41.3万人": 413000, "1.2万人": 12000, "1260.5万元": 12605000, "70%": 70, "2.3万人": 23000}


@pytest.fixture
def corpus(tmp_path):
    unit = _county_with_a_sibling()
    name, short, code = unit["name"], unit["short_name"], unit["code"]
    pages = {
        "a.txt": (f"{name}医保工作\n\n截至2024年11月底,{short}城乡居民医保参保41.3万人。2023年资助参保1.2万人。\n", "utf-8"),
        "b.txt": (f"{name}2022年医疗救助支出1260.5万元。\n", "gb18030"),
        "c.txt": (f"{name}2021年住院报销比例70%。\n", "utf-16"),
        "d.txt": (f"{name}“十四五”期间新增参保2.3万人。\n", "utf-8"),
    }
    src = tmp_path / "pages"
    src.mkdir()
    gold = []
    for doc, (text, encoding) in pages.items():
        (src / doc).write_bytes(text.encode(encoding))
        for surface, kind, start, end in (("41.3万人", "as_of", "", "2024-11"), ("1.2万人", "during", "2023-01", "2023-12"),
                                          ("1260.5万元", "during", "2022-01", "2022-12"), ("70%", "during", "2021-01", "2021-12"),
                                          ("2.3万人", "during", "2021-01", "2025-12")):
            if surface in text:
                at = text.index(surface)
                gold.append({"doc": doc, "start": at, "end": at + len(surface), "text": surface,
                             "value": VALUES[surface], "region": name, "region_code": code,
                             "period_kind": kind, "period_start": start, "period_end": end})
    (src / "manifest.csv").write_text("file,home_region,home_region_code,published\n"
                                      f"a.txt,{name},{code},2024-12\nb.txt,,,\n", encoding="utf-8")
    (tmp_path / "gold.jsonl").write_text("".join(json.dumps(g, ensure_ascii=False) + "\n" for g in gold), encoding="utf-8")
    return src, tmp_path / "gold.jsonl", tmp_path / "out", unit


def _moved(pages, moved_gold):
    rows = [json.loads(line) for line in moved_gold.read_text(encoding="utf-8").splitlines()]
    texts = {doc: decode((pages / doc).read_bytes()) for doc in {r["doc"] for r in rows}}
    return rows, texts


def test_years_move_text_gold_and_manifest_together(corpus):
    src, gold, out, _ = corpus
    pages, moved_gold, said = write_move("years-5", src, gold, out)
    rows, texts = _moved(pages, moved_gold)
    assert len(rows) == 5 and "4 of 4 pages" in said
    for row in rows:
        assert texts[row["doc"]].text[row["start"]:row["end"]] == row["text"]
    assert texts["b.txt"].encoding == "gb18030" and "2017年" in texts["b.txt"].text
    assert texts["c.txt"].encoding.startswith("utf") and "2016年" in texts["c.txt"].text
    assert {r["text"]: r["period_end"] for r in rows} == {"41.3万人": "2019-11", "1.2万人": "2018-12",
                                                          "1260.5万元": "2017-12", "70%": "2016-12",
                                                          "2.3万人": "2020-12"}
    assert "十三五" in texts["d.txt"].text
    manifest = list(csv.DictReader((pages / "manifest.csv").open(encoding="utf-8")))
    assert [m["published"] for m in manifest] == ["2019-12", ""]


def test_places_rename_a_county_to_a_sibling_everywhere(corpus):
    src, gold, out, unit = corpus
    pages, moved_gold, said = write_move("places-x", src, gold, out)
    rows, texts = _moved(pages, moved_gold)
    new_name, new_code = rows[0]["region"], rows[0]["region_code"]
    d = _divisions()
    new = d[(d.code == new_code) & d.is_current].iloc[0]
    assert new_name == new["name"] != unit["name"]
    assert new.prefecture_code == unit.prefecture_code and new["name"][-1] == unit["name"][-1]
    assert {(r["region"], r["region_code"]) for r in rows} == {(new_name, new_code)}
    for row in rows:
        text = texts[row["doc"]].text
        assert text[row["start"]:row["end"]] == row["text"]
        assert unit["name"] not in text and unit["short_name"] not in text and new_name in text
    assert new["short_name"] + "城乡居民医保" in texts["a.txt"].text  # the short name too
    manifest = list(csv.DictReader((pages / "manifest.csv").open(encoding="utf-8")))
    assert (manifest[0]["home_region"], manifest[0]["home_region_code"]) == (new_name, new_code)
    assert "4 units renamed, counted per page, on 4 of 4 pages" in said


def test_a_page_a_move_cannot_follow_keeps_its_text_and_gold(corpus):
    src, gold, out, _ = corpus
    pages, moved_gold, said = write_move("years-3", src, gold, out)
    rows, texts = _moved(pages, moved_gold)
    assert (pages / "d.txt").read_bytes() == (src / "d.txt").read_bytes()
    assert {r["text"]: r["period_end"] for r in rows} == {"41.3万人": "2021-11", "1.2万人": "2020-12",
                                                          "1260.5万元": "2019-12", "70%": "2018-12",
                                                          "2.3万人": "2025-12"}
    assert "3 of 3 pages; 1 left as they are" in said


def test_a_name_in_traditional_script_is_renamed_in_traditional_script():
    unit = _county_with_a_sibling()
    from tools.elsewhere import _s2t
    written = _s2t().convert(unit["name"])
    renaming = renaming_for(f"{written}參保率97%", {unit["code"]}, "x")
    new_name = renaming.names[unit["name"]][0]
    assert renaming.apply(f"{written}參保率97%") == _s2t().convert(new_name) + "參保率97%"


def test_a_county_whose_town_is_on_the_page_keeps_its_name():
    unit = _county_with_a_sibling()
    d = _divisions()
    town = d[(d.county_code == unit["code"]) & (d.level == "township")].iloc[0]["name"]
    assert renaming_for(f"{unit['name']}{town}参保率97%", {unit["code"]}, "x").names == {}
    assert renaming_for(f"{unit['name']}参保率97%", {unit["code"]}, "x").names != {}


def test_figures_get_other_digits_and_the_gold_its_scaled_value():
    text = "全县参保41.3万人,资助2,145人,覆盖率100%,发放一千二百元。"
    rows = [{"start": text.index(t), "end": text.index(t) + len(t), "text": t, "value": v, "unit": u}
            for t, v, u in (("41.3万人", 413000, "人"), ("2,145人", 2145, "人"), ("100%", 100, "%"),
                            ("一千二百元", 1200, "元"))]
    printed, moved = figures_moved(text, rows, 3)
    assert len(printed) == len(text)
    assert set(moved) == {0, 1}  # 100% would pass it; a Chinese numeral is left as it is
    for i, (surface, value) in moved.items():
        row = rows[i]
        assert printed[row["start"]:row["end"]] == surface != row["text"]
        digits = lambda s: float("".join(c for c in s if c.isdigit() or c == "."))
        assert value == pytest.approx(row["value"] * digits(surface) / digits(row["text"]))
    assert "100%" in printed and "一千二百元" in printed


def test_figures_move_writes_the_moved_gold(corpus):
    src, gold, out, _ = corpus
    pages, moved_gold, said = write_move("figures-3", src, gold, out)
    rows, texts = _moved(pages, moved_gold)
    originals = [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines()]
    assert [r["text"] for r in rows] != [r["text"] for r in originals]
    for row in rows:
        assert texts[row["doc"]].text[row["start"]:row["end"]] == row["text"]
    assert "of 5 gold figures given other digits" in said
