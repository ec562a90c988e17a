"""Checksums of locked cells catch edits and deletions, and nothing else."""
import copy

import nbformat
import pytest

from discourse_kit.exercises.locked import checksum, compare_locked, is_locked, locked_checksums


def _cell(source, grade_id, **flags):
    meta = {"grade": False, "solution": False, "locked": True, "grade_id": grade_id, "schema_version": 3}
    meta.update(flags)
    return nbformat.v4.new_code_cell(source, metadata={"nbgrader": meta})


@pytest.fixture
def released():
    return nbformat.v4.new_notebook(cells=[
        _cell("SOURCE = 'x'", "params"),
        _cell("answer = ...", "q1_answer", solution=True, locked=False),
        _cell('check("q1", answer)', "q1", grade=True, locked=False, points=1),
    ])


def test_answer_cells_are_not_locked_but_test_cells_are(released):
    assert [is_locked(c) for c in released.cells] == [True, False, True]
    assert set(locked_checksums(released)) == {"params", "q1"}


def test_untouched_copy_and_answer_edits_pass(released):
    student = copy.deepcopy(released)
    student.cells[1].source = "answer = 3"
    student.cells[0].source += "   \n"  # trailing whitespace is not an edit
    assert compare_locked(released, student) == ([], [])


def test_edit_and_deletion_are_reported(released):
    student = copy.deepcopy(released)
    student.cells[2].source = "print('all good')"
    del student.cells[0]
    assert compare_locked(released, student) == (["q1"], ["params"])


def test_points_change_is_an_edit(released):
    cell = copy.deepcopy(released.cells[2])
    cell.metadata["nbgrader"]["points"] = 100
    assert checksum(cell) != checksum(released.cells[2])
