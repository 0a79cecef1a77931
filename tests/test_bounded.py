"""Bounded work per document: time grows linearly with page length, hostile pages finish
within the budget with every offset right, a document that overruns becomes an error row
naming its stage, and no sentence (so no batch column) grows with the page."""
from __future__ import annotations

import gc
import time
from bisect import bisect_left

import pandas as pd
import pytest

from extract.budget import Budget
from extract.document import Decoded, DocMeta, page_view, process_document
from extract.segment.page import MAX_ARTICLE, MAX_UNIT
from extract.segment.sentences import MAX_SENTENCE
from tools.hostile import long_page, pathological

META = DocMeta("page.txt", "page.txt", doc_id="0123456789abcdef")


def _process(text: str, budget: Budget | None = None):
    return process_document(Decoded(text, "utf-8", "0" * 16), META, budget)


def _cpu_seconds(text: str) -> float:
    gc.collect()
    t = time.process_time()  # CPU time: other processes on the machine do not count
    result = _process(text)
    seconds = time.process_time() - t
    assert result.document["status"] == "ok", result.document["error"]
    assert result.mentions
    return seconds


def test_four_times_the_page_takes_at_most_five_times_as_long():
    """The one timed test the issue asks for: a ratio measured within this run, on a page of
    about 5 MB with places, stop-words, figures and time expressions throughout, against four
    runs of a page a quarter as long. This machine has spells of a few seconds in which the same
    code runs up to 1.7x slower: one timing of the large page and one of the small page were not
    equally exposed to them (CI failed at 5.27x with one small-page timing 40% above the other),
    four of the small page take as long as one of the large. The comparison is made three times,
    in turn, and keeps the faster of each side. The large page is processed once before."""
    _process(long_page(20_000, seed=1, prose=2))  # warm caches (gazetteer, compiled rules)
    small = long_page(437_500, seed=2, prose=2)
    large = long_page(1_750_000, seed=3, prose=2)
    assert len(large.encode("utf-8")) >= 4_900_000
    # and the allocator: the first page this large maps its memory afresh (page faults count in
    # CPU time), every page after it reuses memory, so the first large timing alone paid for that
    _process(large)
    times = [(_cpu_seconds(large), sum(_cpu_seconds(small) for _ in range(4))) for _ in range(3)]
    ratio = min(t[0] for t in times) / (min(t[1] for t in times) / 4)
    assert ratio <= 5.0, f"4x the length took {ratio:.2f}x the time (large page, four small pages: {times})"


@pytest.mark.parametrize("name", sorted(pathological()))
def test_pathological_pages_finish_within_the_budget_with_offsets_right(name):
    text = pathological()[name]
    t = time.monotonic()
    result = _process(text, Budget(60))
    assert time.monotonic() - t < 60
    assert result.document["status"] == "ok", result.document["error"]
    for m in result.mentions:
        assert text[m.start:m.end] == m.text
    # a sentence holds at most MAX_SENTENCE characters of the page as read (its view: an entity
    # such as &#12289; reads as one character, a zero-width space as none)
    view, _ = page_view(text)
    read = [view.origin(i) for i in range(len(view.text))]
    for s in result.sentences:
        assert bisect_left(read, s["sentence_end"]) - bisect_left(read, s["sentence_start"]) <= MAX_SENTENCE
        assert text[s["sentence_start"]:s["sentence_end"]] == s["sentence"]
    # the text of the sentences is never more than the page itself
    assert sum(len(s["sentence"]) for s in result.sentences) <= len(text)


def test_a_document_over_budget_becomes_an_error_row_naming_the_stage(monkeypatch):
    import extract.document as document

    real = document.normalise

    def slow_normalise(raw):
        time.sleep(0.3)
        return real(raw)

    monkeypatch.setattr(document, "normalise", slow_normalise)
    result = _process(long_page(5_000), Budget(0.2))
    assert result.document["status"] == "error"
    assert "stage 'normalise' ran past the time budget of 0.2 s" in result.document["error"]
    assert "--budget" in result.document["error"]


def test_a_regex_scan_gets_what_is_left_of_the_budget(monkeypatch):
    import extract.document as document
    from extract.errors import ScanTimeout

    seen = []

    def slow_scan(text, timeout, also_blocked=()):
        seen.append(timeout)
        raise ScanTimeout("quoted_label", "rule 'quoted_label' ran past its time limit")

    monkeypatch.setattr(document, "find_quantities", slow_scan)
    result = _process("全县参保1万人。", Budget(30))
    assert 0 < seen[0] <= 30
    assert "stage 'quantities (rule quoted_label)' ran past the time budget of 30 s" in result.document["error"]


def test_long_runs_without_breaks_are_read_in_bounded_pieces():
    from extract.layout import Layout
    from extract.normalise import normalise

    text = normalise(pathological()["line_200kb"] + "\n\n" + pathological()["ascii_punctuated"])
    layout = Layout(text)
    assert len(layout.articles) > 1
    for a in layout.articles:
        assert a.end - a.start <= MAX_ARTICLE + MAX_UNIT
        for u in a.units:
            assert u.end - u.start <= MAX_UNIT
            assert all(e - s <= MAX_SENTENCE for s, e in layout.sentences((u.start, u.end)))


def test_ascii_punctuated_pages_in_one_batch_keep_the_sentence_column_small(tmp_path):
    """Six ordinary pages punctuated with ASCII '. ' once made a 10 GB batch: each mention
    carried its page-long "sentence". Now each sentence is stored once, and bounded."""
    from extract.run import run

    src = tmp_path / "in"
    src.mkdir()
    for i in range(6):
        (src / f"page{i}.txt").write_text(pathological()["ascii_punctuated"], encoding="utf-8")
    summary = run([src], tmp_path / "out", workers=2)
    assert summary.errors == 0 and summary.mentions > 4_000
    sentences = pd.read_parquet(tmp_path / "out" / "sentences.parquet")
    assert sentences["sentence"].str.len().max() <= MAX_SENTENCE
    assert sentences["sentence"].str.len().sum() <= 6 * len(pathological()["ascii_punctuated"])
    assert "sentence" not in pd.read_parquet(tmp_path / "out" / "mentions.parquet").columns


def _folder(tmp_path, n=3):
    src = tmp_path / "in"
    src.mkdir()
    for i in range(n):
        (src / f"p{i}.txt").write_text("本报讯 全县参保1万人。", encoding="utf-8")
    return src


def test_a_worker_stuck_past_the_budget_is_stopped_and_its_stage_named(tmp_path, monkeypatch):
    """Even code no signal interrupts (a regex in C) ends: the pool stops the worker from
    outside and reads the stage it last announced; the other documents go on."""
    import extract.pool as pool
    from extract.run import run

    real = pool.process_document

    def stuck(decoded, meta, budget=None):
        if meta.doc == "p1.txt":
            budget.enter("time expressions")
            time.sleep(60)
        return real(decoded, meta, budget)

    monkeypatch.setattr(pool, "process_document", stuck)
    monkeypatch.setattr(pool, "GRACE_S", 0.5)
    t = time.monotonic()
    summary = run([_folder(tmp_path)], tmp_path / "out", budget=1.0, workers=2)
    assert time.monotonic() - t < 30
    docs = pd.read_parquet(tmp_path / "out" / "documents.parquet").set_index("doc")
    assert list(docs["status"]) == ["ok", "error", "ok"]
    assert "stage 'time expressions' ran past the time budget of 1 s" in docs.loc["p1.txt", "error"]
    assert summary.mentions == 2


def test_a_worker_that_dies_costs_one_row(tmp_path, monkeypatch):
    import os
    import signal

    import extract.pool as pool
    from extract.run import run

    real = pool.process_document

    def dies(decoded, meta, budget=None):
        if meta.doc == "p0.txt":
            budget.enter("places")
            os.kill(os.getpid(), signal.SIGKILL)  # as the out-of-memory killer would
        return real(decoded, meta, budget)

    monkeypatch.setattr(pool, "process_document", dies)
    run([_folder(tmp_path)], tmp_path / "out")
    docs = pd.read_parquet(tmp_path / "out" / "documents.parquet").set_index("doc")
    assert list(docs["status"]) == ["error", "ok", "ok"]
    assert ("the process reading it was killed by SIGKILL in stage 'places' (out of memory?)"
            in docs.loc["p0.txt", "error"])


def test_a_document_longer_than_a_piece_is_read_piece_by_piece_with_offsets_into_the_whole():
    from extract.records import ManifestRow
    from extract.segment.pieces import MAX_PIECE, reading_pieces

    text = long_page(2 * MAX_PIECE + 30_000, seed=4)
    pieces = reading_pieces(text)
    assert len(pieces) >= 3 and pieces[0][0] == 0 and pieces[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in zip(pieces, pieces[1:]))
    assert all(e - s <= MAX_PIECE and text[e - 1] == "\n" for s, e in pieces[:-1])
    meta = DocMeta("page.txt", "page.txt", ManifestRow(published="2024-06"), doc_id="0123456789abcdef")
    whole = process_document(Decoded(text, "utf-8", "0" * 16), meta)
    assert whole.document["status"] == "ok"
    ids = [m.mention_id for m in whole.mentions]
    assert len(set(ids)) == len(ids) == len(whole.mentions) > 1_000
    for m in whole.mentions:
        assert text[m.start:m.end] == m.text
        assert m.mention_id == f"{meta.doc_id}:{m.start}"
    # a piece reads as the same text alone would, its offsets moved by where it starts
    s, e = pieces[1]
    alone = process_document(Decoded(text[s:e], "utf-8", "0" * 16), meta)
    inside = [m for m in whole.mentions if s <= m.start < e]
    assert [(m.start - s, m.sentence_start - s, m.value, m.unit, m.region_code, m.period_start, m.metric)
            for m in inside] == [(m.start, m.sentence_start, m.value, m.unit, m.region_code, m.period_start,
                                  m.metric) for m in alone.mentions]
    # articles are numbered through the document: a pull quote is matched within its own
    articles = [[m.article for m in whole.mentions if a <= m.start < b and m.article >= 0] for a, b in pieces]
    assert all(max(x) < min(y) for x, y in zip(articles, articles[1:]))


@pytest.mark.parametrize("line, cut_after", [("全县参保1万人。" * 40_000, "。"),
                                              ("全县参保1万人，" * 40_000, "，"),
                                              ("参" * 250_000, "参")])
def test_a_piece_ends_at_a_sentence_end_else_a_clause_break_else_at_the_limit(line, cut_after):
    from extract.segment.pieces import MAX_PIECE, reading_pieces

    pieces = reading_pieces(line)
    assert pieces[-1][1] == len(line) and all(a[1] == b[0] for a, b in zip(pieces, pieces[1:]))
    assert all(MAX_PIECE // 2 < e - s <= MAX_PIECE and line[e - 1] == cut_after for s, e in pieces[:-1])
