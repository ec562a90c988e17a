"""Notebooks are committed stripped: only `# NBVAL_CHECK_OUTPUT` cells keep outputs."""
from pathlib import Path

import nbformat
import pytest

from discourse_kit.notebook_tools import CHECK_MARK, problems, strip_notebook

REPO = Path(__file__).resolve().parents[1]
NOTEBOOKS = sorted((REPO / "notebooks").glob("*.ipynb"))


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.name for p in NOTEBOOKS])
def test_committed_notebook_is_clean(path):
    nb = nbformat.read(path, as_version=4)
    assert problems(nb) == [], (f"{path.name} has outputs outside {CHECK_MARK} cells; run "
                                f"`python -m discourse_kit.notebook_tools strip notebooks/*.ipynb`")


@pytest.mark.parametrize("path", [p for p in NOTEBOOKS if p.name[:2] != "06"], ids=lambda p: p.name)
def test_course_notebook_structure(path):
    nb = nbformat.read(path, as_version=4)
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert "parameters" in code[0].metadata.get("tags", []), "first code cell must be tagged parameters"
    assert 'SOURCE = "../seeds/000_1272ebf6c73cbd1c.txt"' in code[0].source
    # nbval's own parser must see the marker, or the stored output is never compared
    from nbval.plugin import find_comment_markers
    assert any(dict(find_comment_markers(c.source)).get("check") for c in code), "no cell nbval checks"
    text = "\n".join(c.source for c in nb.cells if c.cell_type == "markdown")
    for needed in ("**Goals.**", "**Time needed:**", "**Before this:**", "Check your understanding",
                   "**Next:**", "Your turn"):
        assert needed in text, f"{path.name} lacks {needed!r}"


def _dirty_notebook():
    nb = nbformat.v4.new_notebook()
    checked = nbformat.v4.new_code_cell(f"{CHECK_MARK}\nprint(1)", execution_count=3,
                                        outputs=[nbformat.v4.new_output("stream", text="1\n")])
    other = nbformat.v4.new_code_cell("print(2)", execution_count=4,
                                      outputs=[nbformat.v4.new_output("stream", text="2\n")])
    other.metadata["execution"] = {"iopub.execute_input": "2026-01-01"}
    nb.cells = [nbformat.v4.new_markdown_cell("# hi"), checked, other]
    return nb


def test_strip_keeps_only_checked_outputs():
    nb = _dirty_notebook()
    assert problems(nb) == ["cell 2: has stored outputs", "cell 2: has an execution count"]
    strip_notebook(nb)
    assert problems(nb) == []
    assert nb.cells[1].outputs[0]["text"] == "1\n" and nb.cells[1].execution_count == 3
    assert nb.cells[2].outputs == [] and nb.cells[2].execution_count is None
    assert "execution" not in nb.cells[2].metadata


def test_check_cell_without_output_is_a_problem():
    nb = _dirty_notebook()
    nb.cells[1].outputs = []
    assert any("no stored output" in p for p in problems(nb))


def test_command_line_strip_and_check(tmp_path, capsys):
    from discourse_kit.notebook_tools import main
    path = tmp_path / "x.ipynb"
    nbformat.write(_dirty_notebook(), path)
    assert main(["check", str(path)]) == 1
    assert main(["strip", str(path)]) == 0
    assert main(["check", str(path)]) == 0
    assert "has stored outputs" in capsys.readouterr().out


@pytest.mark.parametrize("source, checked", [
    (f"{CHECK_MARK}\nprint(1)", True),
    (f"x = 1\n  {CHECK_MARK}  \n", True),
    (f"{CHECK_MARK} <- a note\nprint(1)", False),   # nbval ignores a marker with trailing words
    ("print('# NBVAL_CHECK_OUTPUT')", False),
])
def test_check_cells_are_the_ones_nbval_checks(source, checked):
    from nbval.plugin import find_comment_markers
    from discourse_kit.notebook_tools import is_check_cell
    cell = nbformat.v4.new_code_cell(source)
    assert is_check_cell(cell) is checked
    assert bool(dict(find_comment_markers(source)).get("check")) is checked
