"""raw[start:end] == text for every mention of every fixture and of the seed pages."""
import pandas as pd

from extract.reading import decode
from tests.conftest import RAW, SEEDS
from tests.ratchet import require


def _check(out_dir, folder):
    mentions = pd.read_parquet(out_dir / "mentions.parquet")
    assert len(mentions) > 0
    texts = {}
    for row in mentions.itertuples():
        if row.doc not in texts:
            texts[row.doc] = decode((folder / row.doc).read_bytes()).text
        raw = texts[row.doc]
        assert raw[row.start:row.end] == row.text, (row.doc, row.start, row.text)
        assert raw[row.sentence_start:row.sentence_start + len(row.sentence)] == row.sentence


def test_offsets_on_samples(sample_run):
    _check(sample_run, RAW)


def test_offsets_on_seed_pages(tmp_path):
    from extract.run import run

    require(SEEDS)
    run([SEEDS], tmp_path)
    _check(tmp_path, SEEDS)
