"""notebooks/quickstart.ipynb runs from top to bottom on the sample output (so it cannot rot)."""
import nbformat
from nbclient import NotebookClient

from tests.conftest import ROOT


def test_quickstart_notebook_runs(sample_run, monkeypatch):
    monkeypatch.setenv("MINSHENG_OUT", str(sample_run))
    nb = nbformat.read(ROOT / "notebooks" / "quickstart.ipynb", as_version=4)
    assert not any(c.get("outputs") for c in nb.cells if c.cell_type == "code"), "commit it without outputs"
    NotebookClient(nb, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(ROOT)}}).execute()
    text = "\n".join(o.get("text", "") for c in nb.cells if c.cell_type == "code" for o in c.outputs)
    assert "documents," in text and "【" in text
    kinds = {k for c in nb.cells if c.cell_type == "code" for o in c.outputs for k in o.get("data", {})}
    assert "application/vnd.plotly.v1+json" in kinds or "text/html" in kinds
