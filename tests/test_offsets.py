"""raw[start:end] == text for every mention of every fixture and of the seed pages; the same for
every sentence, and every mention lies in the sentence it points at."""
import pandas as pd

from extract.reading import decode
from tests.conftest import RAW, SEEDS
from tests.ratchet import require


def _check(out_dir, folder):
    mentions = pd.read_parquet(out_dir / "mentions.parquet")
    sentences = pd.read_parquet(out_dir / "sentences.parquet")
    assert len(mentions) > 0
    texts = {d: decode((folder / d).read_bytes()).text for d in set(mentions["doc"])}
    for row in mentions.itertuples():
        assert texts[row.doc][row.start:row.end] == row.text, (row.doc, row.start, row.text)
    for row in sentences.itertuples():
        assert texts[row.doc][row.sentence_start:row.sentence_end] == row.sentence
    # each sentence once; each mention finds its own, and stands in it
    assert not sentences.duplicated(["doc_id", "sentence_start"]).any()
    joined = mentions.merge(sentences, on=["doc_id", "sentence_start"], how="left", validate="many_to_one")
    assert joined["sentence"].notna().all()
    assert ((joined["sentence_start"] <= joined["start"]) & (joined["start"] < joined["sentence_end"])).all()


def test_offsets_on_samples(sample_run):
    _check(sample_run, RAW)


def test_offsets_on_seed_pages(tmp_path):
    from extract.run import run

    require(SEEDS)
    run([SEEDS], tmp_path)
    _check(tmp_path, SEEDS)
