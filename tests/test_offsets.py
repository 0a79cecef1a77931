"""raw[start:end] == text for every mention of every fixture (and the seed pages when present)."""
import pandas as pd
import pytest

from extract.reading import decode
from tests.conftest import RAW, SEEDS


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


@pytest.mark.skipif(not SEEDS.exists(), reason="../shared/corpus/seeds not present")
def test_offsets_on_seed_pages(tmp_path):
    from extract.run import run

    run([SEEDS], tmp_path)
    _check(tmp_path, SEEDS)
