"""The README's examples run: every python block (in order, one namespace) and every command of
the analysts' section, in a scratch folder laid out like the checkout (data/raw, data/out from the
sample run, ../shared beside it)."""
import re
import shlex
import shutil

import pytest
from typer.testing import CliRunner

from extract.cli import app
from tests.conftest import RAW, ROOT, SHARED
from tests.ratchet import require

README = (ROOT / "README.md").read_text(encoding="utf-8")
SECTION = README.split("## For analysts", 1)[1].split("\n## ", 1)[0]


def _blocks(text: str, lang: str) -> list[str]:
    return re.findall(rf"```{lang}\n(.*?)```", text, flags=re.S)


@pytest.fixture()
def checkout(tmp_path, sample_run, monkeypatch):
    require(SHARED)
    work = tmp_path / "work"
    (work / "data").mkdir(parents=True)
    (work / "data" / "raw").symlink_to(RAW)
    shutil.copytree(sample_run, work / "data" / "out")
    (tmp_path / "shared").symlink_to(SHARED)
    monkeypatch.chdir(work)
    return work


def test_the_analysts_commands_run(checkout):
    commands = [line for block in _blocks(SECTION, "sh") for line in block.splitlines() if line.strip()]
    assert len(commands) >= 7
    for line in commands:
        args = shlex.split(line)
        assert args[0] == "minsheng", line
        result = CliRunner().invoke(app, args[1:], env={"COLUMNS": "160"})
        assert result.exit_code == 0, f"{line}\n{result.output}"
    for made in ("report.html", "panel.xlsx", "corrections.csv", "seeds-out/facts.parquet"):
        assert (checkout / made).exists(), made


def test_every_python_example_runs(checkout, capsys):
    blocks = _blocks(README, "python")
    assert any("extract_text" in b for b in blocks)
    namespace: dict = {}
    for block in blocks:
        exec(compile(block, "README.md", "exec"), namespace)  # noqa: S102 - the README's own examples
    assert "交城县" in capsys.readouterr().out
