"""Every course notebook runs unchanged on a pair of articles that is not the seed.

The source file is injected papermill-style: a cell tagged
``injected-parameters`` setting ``SOURCE`` goes right after the cell tagged
``parameters``, and the notebook is executed with nbclient from the
notebooks folder. Any cell error fails the test and names the cell.
"""
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError

REPO = Path(__file__).resolve().parents[1]
NOTEBOOKS = REPO / "notebooks"
DATA = Path(__file__).parent / "data"
COURSE = sorted(p.name for p in NOTEBOOKS.glob("[0-9][0-9]_*.ipynb"))


def inject(nb, **params):
    """Insert an ``injected-parameters`` cell after the ``parameters`` cell (papermill's way)."""
    where = next((n for n, c in enumerate(nb.cells) if "parameters" in c.metadata.get("tags", [])), None)
    assert where is not None, "the notebook has no cell tagged 'parameters'"
    assert where == next(n for n, c in enumerate(nb.cells) if c.cell_type == "code"), \
        "the parameters cell must be the first code cell"
    source = "\n".join(f"{k} = {v!r}" for k, v in params.items())
    cell = nbformat.v4.new_code_cell(source, metadata={"tags": ["injected-parameters"]})
    nb.cells.insert(where + 1, cell)
    return nb


def run(name, tmp_path, monkeypatch, **params):
    monkeypatch.setenv("DISCOURSE_KIT_ANNOTATIONS", str(tmp_path / "annotations"))
    monkeypatch.setenv("MPLBACKEND", "Agg")
    nb = inject(nbformat.read(NOTEBOOKS / name, as_version=4), **params)
    client = NotebookClient(nb, timeout=120, kernel_name="python3",
                            resources={"metadata": {"path": str(NOTEBOOKS)}})
    try:
        client.execute()
    except CellExecutionError as err:
        pytest.fail(f"{name} fails on {params}:\n{str(err)[-3000:]}")
    return nb


def test_the_course_has_its_notebooks():
    for name in ("00_start_here.ipynb", "01_reading_closely.ipynb", "02_quote_sourcing.ipynb",
                 "03_hedging.ipynb", "04_numeric_framing.ipynb", "05_naming_and_labels.ipynb",
                 "07_synthesis.ipynb"):
        assert name in COURSE


@pytest.mark.parametrize("name", COURSE)
def test_notebook_runs_on_a_second_pair(name, tmp_path, monkeypatch):
    nb = run(name, tmp_path, monkeypatch, SOURCE=str(DATA / "byo_pair.txt"))
    text = "\n".join(o.get("text", "") for c in nb.cells if c.cell_type == "code"
                     for o in c.get("outputs", []) if o.get("output_type") == "stream")
    # a student never meets a red warning box on an article the course did not ship with
    warnings = [o.get("text", "")[:300] for c in nb.cells if c.cell_type == "code"
                for o in c.get("outputs", []) if o.get("name") == "stderr"]
    assert not warnings, f"{name} writes to stderr on the BYO pair: {warnings}"
    # the run really used the injected file, not the seed
    if "SOUTHERN PERSPECTIVE" not in text and name != "06_annotation_lab.ipynb":
        pytest.fail(f"{name}: no output mentions the BYO pair's articles")


@pytest.mark.parametrize("name", [n for n in COURSE if n[:2] in ("00", "02", "07")])
def test_notebook_handles_three_articles(name, tmp_path, monkeypatch):
    nb = run(name, tmp_path, monkeypatch, SOURCE=str(DATA / "byo_three.txt"), LEFT=1, RIGHT=2)
    text = "\n".join(o.get("text", "") for c in nb.cells for o in c.get("outputs", [])
                     if o.get("output_type") == "stream")
    assert "3 articles" in text and "INTERNATIONAL PERSPECTIVE" in text
