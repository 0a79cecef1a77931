"""minsheng review: the page is escaped and self-contained, and works in a real browser (the
system's Chromium, headless): no console errors, the facts table filters to the expected rows,
Chinese text renders with a CJK font, and a screenshot is saved in the test's folder."""
import csv
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from extract.analyst.outputs import load_output
from extract.analyst.review import page
from extract.cli import app
from extract.corrections import load_corrections
from extract.run import run

runner = CliRunner()
CHROMIUM = Path("/usr/bin/chromium")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]
HOSTILE = ("\n本报讯 <script>window.__owned = 1</script> 交城县城乡居民医保参保人数达41256人，"
           "参保率96.12%。<img src=x onerror=alert(1)>\n")


@pytest.fixture(scope="module")
def hostile_out(tmp_path_factory):
    src = tmp_path_factory.mktemp("hostile_in")
    (src / "<b>a<i>.txt").write_text(HOSTILE, encoding="utf-8")
    out = tmp_path_factory.mktemp("hostile_out")
    run([src], out)
    return out


def test_text_from_reports_is_escaped(hostile_out):
    html = page(load_output(hostile_out))
    assert "<script>window.__owned" not in html and "&lt;script&gt;window.__owned = 1&lt;/script&gt;" in html
    assert "<img src=x" not in html and "<b>a<i>" not in html and "&lt;b&gt;a&lt;i&gt;.txt" in html
    # the only scripts: plotly.js, one per chart, and the page's filter
    assert html.count("<script") == 2 + html.count("Plotly.newPlot(")

def test_the_page_needs_no_network(sample_run, tmp_path):
    target = tmp_path / "report.html"
    result = runner.invoke(app, ["review", str(sample_run), "--html", str(target)])
    assert result.exit_code == 0, result.output
    html = target.read_text(encoding="utf-8")
    assert "src=\"http" not in html and "src='http" not in html and "<link" not in html
    assert "Plotly.newPlot" in html and len(html) > 3_000_000  # plotly.js is inside
    again = tmp_path / "again.html"
    runner.invoke(app, ["review", str(sample_run), "--html", str(again)])
    assert again.read_bytes() == target.read_bytes()


def test_corrections_template_round_trips(sample_run, tmp_path):
    target = tmp_path / "c.csv"
    result = runner.invoke(app, ["review", str(sample_run), "--corrections-template", str(target)])
    assert result.exit_code == 0, result.output
    with open(target, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    mentions = pd.read_parquet(sample_run / "mentions.parquet")
    assert len(rows) == len(mentions) and all(r["action"] == "" for r in rows)
    assert rows[0]["sentence"] and "value=" in rows[0]["current"]
    assert len(load_corrections(target)) == 0  # a template changes nothing until filled in
    rows[0].update(action="drop")
    with open(target, "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, list(rows[0]))
        w.writeheader()
        w.writerows(rows)
    assert len(load_corrections(target)) == 1


def test_review_needs_something_to_write_and_a_folder(tmp_path, sample_run):
    result = runner.invoke(app, ["review", str(sample_run)])
    assert result.exit_code == 2 and "--html" in result.output
    result = runner.invoke(app, ["review", str(tmp_path / "nothing"), "--html", str(tmp_path / "r.html")])
    assert result.exit_code == 2 and result.output.startswith("minsheng: error:")


# draws two different characters with the page's font: with no CJK font both are the same
# "missing glyph" box, so equal pixels mean Chinese does not render
_GLYPHS_DIFFER = """() => {
  const font = getComputedStyle(document.body).fontFamily;
  const draw = (ch) => { const c = document.createElement('canvas'); c.width = c.height = 40;
    const g = c.getContext('2d'); g.font = '32px ' + font; g.fillText(ch, 2, 32); return c.toDataURL(); };
  return draw('医') !== draw('疗') && draw('医') !== draw('\\u{10FFFD}');
}"""


def test_the_page_in_a_browser(sample_run, tmp_path):
    assert CHROMIUM.exists(), ("the browser test needs Debian's chromium and fonts-wqy-zenhei "
                               "(apt-get install -y chromium fonts-wqy-zenhei; .ci/run installs them)")
    from playwright.sync_api import sync_playwright

    report = tmp_path / "report.html"
    assert runner.invoke(app, ["review", str(sample_run), "--html", str(report)]).exit_code == 0
    facts = pd.read_parquet(sample_run / "facts.parquet")
    problems = []
    with sync_playwright() as p:
        browser = p.chromium.launch_persistent_context(
            str(tmp_path / "profile"), executable_path=str(CHROMIUM), headless=True, args=FLAGS,
            viewport={"width": 1400, "height": 1000})
        try:
            pg = browser.new_page()
            pg.on("console", lambda m: problems.append(f"console {m.type}: {m.text}") if m.type == "error" else None)
            pg.on("pageerror", lambda exc: problems.append(f"page error: {exc}"))
            pg.on("request", lambda r: problems.append(f"request {r.url}") if not r.url.startswith(("file:", "data:", "blob:")) else None)
            pg.goto(report.as_uri())
            pg.wait_for_selector("#chart-regions .main-svg", timeout=60_000)
            assert pg.inner_text("#f-count") == f"{len(facts)} / {len(facts)}"
            region = facts["region"].value_counts().index[0]
            pg.select_option("select[data-key='region']", region)
            visible = pg.locator("#facts-table tbody tr.fact:not([hidden])")
            want = facts[facts["region"] == region]
            assert visible.count() == len(want)
            assert set(visible.locator("td:first-child").all_inner_texts()) == {region}
            pg.select_option("select[data-key='program']", "resident_medical_insurance")
            n = pg.locator("#facts-table tbody tr.fact:not([hidden])").count()
            assert n == int((want["program"] == "resident_medical_insurance").sum()) and n > 0
            pg.fill("#f-search", "参保人数")  # the search box narrows further (it reads evidence too)
            assert 0 < pg.locator("#facts-table tbody tr.fact:not([hidden])").count() <= n
            assert pg.evaluate(_GLYPHS_DIFFER), "Chinese characters do not render (no CJK font?)"
            first = pg.locator("#facts-table tbody tr.fact:not([hidden])").first
            first.locator("summary").click()
            assert first.locator(".evidence mark.ev").count() >= 1
            first.locator(".evidence a").first.click()
            assert pg.locator("article.doc:target mark").count() > 0
            pg.screenshot(path=str(tmp_path / "review-document.png"), full_page=False)
            pg.goto(report.as_uri() + "#facts")
            pg.wait_for_selector("#chart-regions .main-svg", timeout=60_000)
            pg.screenshot(path=str(tmp_path / "review-facts.png"), full_page=False)
        finally:
            browser.close()
    assert not problems, problems
    assert (tmp_path / "review-document.png").stat().st_size > 10_000
    print(f"screenshots: {tmp_path / 'review-facts.png'}, {tmp_path / 'review-document.png'}")
