"""Every notebook runs top to bottom on a fresh kernel (nbclient) without an error."""
from __future__ import annotations

from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

NOTEBOOKS = sorted((Path(__file__).resolve().parent.parent / "notebooks").glob("*.ipynb"))


def run(path: Path) -> nbformat.NotebookNode:
    """Execute ``path`` in its own folder on the ``python3`` kernel of this environment;
    nbclient raises CellExecutionError on the first failing cell."""
    nb = nbformat.read(path, as_version=4)
    NotebookClient(nb, timeout=600, kernel_name="python3",
                   resources={"metadata": {"path": str(path.parent)}}).execute()
    return nb


def test_the_three_notebooks_are_there() -> None:
    assert [p.name for p in NOTEBOOKS] == [
        "01_quickstart.ipynb", "02_targets_vs_outcomes.ipynb", "03_your_articles.ipynb"]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebook_runs(path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TRADETRACK_REPORTS", str(tmp_path))  # 02 writes its exports here
    nb = run(path)
    errors = [o for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", [])
              if o.output_type == "error"]
    assert errors == []
    # The notebooks use only the public API.
    code = "\n".join(c.source for c in nb.cells if c.cell_type == "code")
    imports = {line.strip() for line in code.splitlines() if "tradetrack" in line and "import" in line}
    assert imports == {"from tradetrack import api"}
    if path.stem == "02_targets_vs_outcomes":
        assert (tmp_path / "targets_vs_outcomes.xlsx").stat().st_size > 5_000
        assert (tmp_path / "charts" / "target-attainment.png").is_file()


def test_notebooks_are_stored_without_outputs() -> None:
    """Outputs belong to a run, not to the repository (small diffs, no stale numbers)."""
    for path in NOTEBOOKS:
        nb = nbformat.read(path, as_version=4)
        assert [c.get("outputs") for c in nb.cells if c.cell_type == "code"] == \
            [[] for c in nb.cells if c.cell_type == "code"], path.name
