"""minsheng eval gives the same numbers as the shared yardstick (../shared/tools/goldscore.py)
on the development pages and the real pages."""
import json

import pytest
from typer.testing import CliRunner

from extract.cli import app
from extract.run import run
from tests.conftest import SHARED
from tests.ratchet import goldscore, require

runner = CliRunner()
SETS = {"seeds": (SHARED / "corpus" / "seeds", SHARED / "gold" / "seeds.jsonl"),
        "real": (SHARED / "corpus" / "real", SHARED / "gold" / "real.jsonl")}


@pytest.mark.parametrize("name", sorted(SETS))
def test_eval_agrees_with_the_yardstick(name, tmp_path):
    corpus, gold = SETS[name]
    require(corpus, gold)
    out = tmp_path / "out"
    run([corpus], out)
    result = runner.invoke(app, ["eval", str(gold), str(out), "--json"])
    assert result.exit_code == 0, result.output
    ours = json.loads(result.output)
    mentions = goldscore("score", gold, out / "mentions.parquet")
    facts = goldscore("facts", gold, out / "facts.parquet")
    for key in ("mentions", "medical_facts", "fields", "field_counts"):
        assert ours[key] == mentions[key], key
    assert ours["medical_facts_table"] == facts["medical_facts_table"]
    assert ours["mentions"]["tp"] > 0
    text = runner.invoke(app, ["eval", str(gold), str(out), "--errors", "2"]).output
    assert text.startswith("mentions       P=") and "facts table" in text and "--- " in text


def test_bad_gold_is_one_clean_line(tmp_path, sample_run):
    bad = tmp_path / "gold.jsonl"
    bad.write_text('{"doc": "a.txt"}\nnot json\n', encoding="utf-8")
    result = runner.invoke(app, ["eval", str(bad), str(sample_run)])
    assert result.exit_code == 2 and "gold.jsonl:2: not JSON" in result.output
    result = runner.invoke(app, ["eval", str(tmp_path / "none.jsonl"), str(sample_run)])
    assert result.exit_code == 2 and result.output.startswith("minsheng: error:")
