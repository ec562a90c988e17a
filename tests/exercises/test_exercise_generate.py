"""exercises/ is generated from solutions/: in sync, runnable stubs, nbgrader metadata."""
import json
import re
from pathlib import Path

import nbformat
import pytest

from discourse_kit.exercises.checks import load_checks
from discourse_kit.exercises.generate import (BEGIN_HIDDEN, BEGIN_SOLUTION, MARKDOWN_STUB, exercise_text,
                                              generate, main, make_exercise, stub_code)
from discourse_kit.exercises.locked import is_locked, nbgrader_meta

REPO = Path(__file__).resolve().parents[2]
SOLUTIONS = sorted((REPO / "solutions").glob("*.ipynb"))
LENSES = ["quotes", "hedges", "numbers", "labels", "annotation_lab", "synthesis"]


def _read(path):
    return nbformat.read(path, as_version=4)


def test_one_exercise_per_lens():
    names = [p.stem for p in SOLUTIONS]
    for lens in LENSES:
        assert any(name.endswith(lens) for name in names), f"no exercise for {lens}"


@pytest.mark.parametrize("path", SOLUTIONS, ids=lambda p: p.name)
def test_exercises_are_in_sync_with_solutions(path):
    target = REPO / "exercises" / path.name
    assert target.exists(), f"exercises/{path.name} is missing: run `make exercises`"
    assert target.read_text(encoding="utf-8") == exercise_text(path), \
        f"exercises/{path.name} is out of date with solutions/{path.name}: run `make exercises`"


def test_no_exercise_without_a_solution():
    assert sorted(p.name for p in (REPO / "exercises").glob("*.ipynb")) == [p.name for p in SOLUTIONS]


def test_generation_is_deterministic_and_check_mode_reports_stale(tmp_path, capsys):
    assert generate(REPO / "solutions", tmp_path) == [p.name for p in SOLUTIONS]
    first = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    assert generate(REPO / "solutions", tmp_path) == []
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == first
    (tmp_path / SOLUTIONS[0].name).write_text("{}", encoding="utf-8")
    assert main([str(REPO / "solutions"), str(tmp_path), "--check"]) == 1
    assert f"out of date: {tmp_path / SOLUTIONS[0].name}" in capsys.readouterr().out


@pytest.mark.parametrize("path", SOLUTIONS, ids=lambda p: p.name)
def test_student_copy_holds_no_solution_and_no_hidden_test(path):
    solution, exercise = _read(path), _read(REPO / "exercises" / path.name)
    hidden_ids = [q for q, spec in load_checks().items() if spec.get("hidden")]
    for sol_cell, ex_cell in zip(solution.cells, exercise.cells):
        assert BEGIN_SOLUTION not in ex_cell.source and BEGIN_HIDDEN not in ex_cell.source
        assert "SOLUTION" not in ex_cell.source and "HIDDEN" not in ex_cell.source
        assert not any(f'"{q}"' in ex_cell.source for q in hidden_ids)
        assert ex_cell.get("outputs", []) == []
        meta = nbgrader_meta(sol_cell)
        if meta.get("solution") and sol_cell.cell_type == "markdown":
            assert ex_cell.source == MARKDOWN_STUB
        if meta.get("solution") and sol_cell.cell_type == "code":
            assert "..." in ex_cell.source, "a code answer must become a runnable `...` stub"
            assert "NotImplementedError" not in ex_cell.source
            # no line of the worked solution survives, except def lines and docstrings
            inside = sol_cell.source.split(BEGIN_SOLUTION)[1].split("### END SOLUTION")[0]
            for line in inside.strip().splitlines():
                if line.strip() and not line.lstrip().startswith(("def ", '"""')):
                    assert line not in ex_cell.source.splitlines(), f"solution line leaked: {line!r}"
        if is_locked(ex_cell):
            assert ex_cell.metadata["editable"] is False and ex_cell.metadata["deletable"] is False


@pytest.mark.parametrize("path", SOLUTIONS, ids=lambda p: p.name)
def test_nbgrader_metadata_is_importable(path):
    nb = _read(path)
    nbformat.validate(nb)
    ids = []
    for cell in nb.cells:
        meta = nbgrader_meta(cell)
        assert meta, f"cell {cell.id} has no nbgrader metadata"
        assert meta["schema_version"] == 3
        assert {"grade", "solution", "locked", "grade_id"} <= set(meta)
        assert re.fullmatch(r"[\w-]+", meta["grade_id"])
        if meta["grade"]:
            assert meta["points"] > 0
        if meta["solution"]:
            assert not meta["locked"], "nbgrader: an answer cell cannot be locked"
        ids.append(meta["grade_id"])
    assert len(ids) == len(set(ids)), "grade ids must be unique"


@pytest.mark.parametrize("path", SOLUTIONS, ids=lambda p: p.name)
def test_exercise_structure(path):
    nb = _read(path)
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert "parameters" in code[0].metadata.get("tags", [])
    assert 'SOURCE = "../seeds/000_1272ebf6c73cbd1c.txt"' in code[0].source
    opening = nb.cells[0].source
    for needed in ("**Goals.**", "**Time.**", "**Before this:**"):
        assert needed in opening
    exercise = nb.metadata["discourse_kit"]["exercise"]
    assert exercise == path.stem
    # every code answer is followed by its check cell, which checks that question
    for i, cell in enumerate(nb.cells):
        meta = nbgrader_meta(cell)
        if meta.get("solution") and cell.cell_type == "code":
            qid = meta["grade_id"].removesuffix("_answer")
            nxt = nb.cells[i + 1]
            assert nbgrader_meta(nxt).get("grade_id") == qid and nbgrader_meta(nxt)["grade"]
            assert f'check("{qid}"' in nxt.source
    # every check of this exercise is used in it, and every check used exists
    used = set(re.findall(r'check\("([^"]+)"', "\n".join(c.source for c in code)))
    declared = {q for q, spec in load_checks().items() if spec["exercise"] == exercise}
    assert used == declared


def test_difficulty_increases_by_hand_then_kit_then_detector():
    for path in SOLUTIONS[:4]:
        kinds = [load_checks()[q]["kind"] for q in load_checks()
                 if load_checks()[q]["exercise"] == path.stem and "." not in q]
        assert kinds[0].startswith("gold_") and kinds[-1] == "detector_error", path.name
        assert kinds.index("kit_function") > 0


STUB_CASES = [
    ("x = 1\ny = x + 1", {"y"}, "y = ...  # YOUR ANSWER HERE"),
    ("x = 1\ny = x + 1", set(), "# YOUR CODE HERE"),
    ('def f(a):\n    """Doc."""\n    return a + 1', {"f"}, 'def f(a):\n    """Doc."""\n    return ...  # YOUR CODE HERE'),
    ("for i in range(3):\n    total = i\nresult = 3", {"result", "total"}, "result = ...  # YOUR ANSWER HERE"),
]


@pytest.mark.parametrize("body, used, expected", STUB_CASES)
def test_stub_keeps_only_answer_names(body, used, expected):
    source = f"before = 0\n{BEGIN_SOLUTION}\n{body}\n### END SOLUTION\nafter = 1"
    assert stub_code(source, used) == f"before = 0\n{expected}\nafter = 1"


def test_stub_runs_and_leaves_ellipsis():
    solution = nbformat.v4.new_notebook(cells=[
        nbformat.v4.new_code_cell(f"{BEGIN_SOLUTION}\nanswer = 42\n### END SOLUTION",
                                  metadata={"nbgrader": {"solution": True, "grade": False, "locked": False,
                                                         "grade_id": "a", "schema_version": 3}}),
        nbformat.v4.new_code_cell('seen = answer', metadata={}),
    ])
    namespace = {}
    exec(make_exercise(solution).cells[0].source, namespace)
    assert namespace["answer"] is Ellipsis
    assert json.loads(nbformat.writes(solution))  # input untouched and valid
    assert "42" in solution.cells[0].source
