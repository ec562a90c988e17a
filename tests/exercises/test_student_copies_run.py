"""A student's fresh copy runs end to end, and every check says 'not answered yet' (no traceback).

nbval (pytest.ini) already runs every notebook of solutions/ and exercises/ for errors, and the
solutions' last cell fails unless every check, hidden ones included, passes. This test reads
what the student actually sees in the released copy.
"""
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

from discourse_kit.exercises.locked import is_test_cell, nbgrader_meta

REPO = Path(__file__).resolve().parents[2]
EXERCISES = sorted((REPO / "exercises").glob("*.ipynb"))


@pytest.mark.parametrize("path", EXERCISES, ids=lambda p: p.name)
def test_fresh_copy_says_not_answered_yet(path):
    nb = nbformat.read(path, as_version=4)
    NotebookClient(nb, timeout=120, kernel_name="python3",
                   resources={"metadata": {"path": str(path.parent)}}).execute()
    checks = 0
    for cell in nb.cells:
        outputs = cell.get("outputs", [])
        assert not [o for o in outputs if o.output_type == "error"], f"cell {cell.id} raised"
        if is_test_cell(cell):
            lines = "".join(o.get("text", "") for o in outputs).splitlines()
            assert lines, f"check cell {nbgrader_meta(cell)['grade_id']} printed nothing"
            for line in lines:
                assert "not answered yet" in line and line.startswith("… q"), line
            checks += len(lines)
    summary = "".join(o.get("text", "") for o in nb.cells[-1].outputs)
    assert summary.startswith(f"0 of {checks} checks pass so far"), summary
