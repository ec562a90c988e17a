"""discourse-kit grade: a folder of submissions in, one CSV row per student and question out.

The submissions are made here from the solutions (so they never drift from them):
a perfect one, an empty one (the released copy), a partly wrong one (including a
hard-coded answer that only the hidden test catches), one that loops forever, one
whose answer raises, one that deleted one locked cell and edited another, a corrupt
file, and a stray file.
"""
import copy
import csv
import time
from pathlib import Path

import nbformat
import pytest

from discourse_kit.cli import main
from discourse_kit.exercises.generate import make_exercise, make_worked
from discourse_kit.exercises.grade import load_assignments, prepare

REPO = Path(__file__).resolve().parents[2]
EXERCISE = "ex1_quotes"
SOLUTION = nbformat.read(REPO / "solutions" / f"{EXERCISE}.ipynb", as_version=4)


def _cell(nb, grade_id):
    return next(c for c in nb.cells if c.metadata.get("nbgrader", {}).get("grade_id") == grade_id)


def _write(folder: Path, student: str, nb) -> None:
    (folder / student).mkdir(parents=True, exist_ok=True)
    nbformat.write(nb, folder / student / f"{EXERCISE}.ipynb")


def make_submissions(folder: Path) -> None:
    perfect = make_worked(SOLUTION)
    _cell(perfect, "q1_5").source = "The detector missed it <script>alert('x')</script> because…"
    # files a notebook writes must not land in the course's solutions folder
    perfect.cells.insert(3, nbformat.v4.new_code_cell('open("scratch.txt", "w").write("x")'))
    _write(folder, "alice_perfect", perfect)

    _write(folder, "bob_empty", make_exercise(SOLUTION))
    (folder / "bob_empty" / "notes.txt").write_text("my notes", encoding="utf-8")

    partial = make_worked(SOLUTION)
    _cell(partial, "q1_1_answer").source = "n_direct_russian = 7"
    _cell(partial, "q1_2_answer").source = 'sources_russian = {"Medvedev", "Putin"}'
    # right on the article the public check uses, wrong elsewhere: only the hidden test sees it
    _cell(partial, "q1_3_answer").source = (
        "from collections import Counter\n\n"
        "def count_kinds(article):\n"
        "    if article['label'].startswith('RUSSIAN'):\n"
        "        return {'direct': 99}\n"
        "    return dict(Counter(q['kind'] for q in article['quotes']))")
    _write(folder, "carol_partial", partial)

    looping = make_worked(SOLUTION)
    _cell(looping, "q1_2_answer").source = "while True:\n    pass"
    _write(folder, "dave_loop", looping)

    tampered = make_worked(SOLUTION)
    tampered.cells.remove(_cell(tampered, "q1_1"))
    _cell(tampered, "q1_2").source = "print('all right!')"
    _write(folder, "erin_deleted", tampered)

    raising = make_worked(SOLUTION)
    _cell(raising, "q1_1_answer").source = 'n_direct_russian = int("three")'
    _write(folder, "gina_raises", raising)

    (folder / "frank_corrupt").mkdir()
    (folder / "frank_corrupt" / f"{EXERCISE}.ipynb").write_bytes(b'{"cells": [ \x00 not json')


@pytest.fixture(scope="module")
def graded(tmp_path_factory):
    root = tmp_path_factory.mktemp("grading")
    make_submissions(root / "submitted")
    solutions = root / "solutions"
    solutions.mkdir()
    # grade only this exercise, from a solutions folder beside a seeds folder, as in the repo
    (solutions / f"{EXERCISE}.ipynb").write_bytes((REPO / "solutions" / f"{EXERCISE}.ipynb").read_bytes())
    (root / "seeds").symlink_to(REPO / "seeds")
    # 10 s per cell: the endless loop is stopped quickly, yet a loaded 2-core machine still
    # imports the kit and analyses the seed in time
    started = time.monotonic()
    status = main(["grade", str(root / "submitted"), "--out", str(root / "grades.csv"), "--timeout", "10",
                   "--notebook-timeout", "40", "--feedback-dir", str(root / "feedback"),
                   "--solutions", str(solutions)])
    elapsed = time.monotonic() - started
    with (root / "grades.csv").open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    return {"status": status, "rows": rows, "root": root, "elapsed": elapsed}


def _table(graded, student):
    return {r["question"]: r for r in graded["rows"] if r["student"] == student}


QUESTIONS = ["q1_1", "q1_2", "q1_3", "q1_4", "q1_5"]
MAX = {"q1_1": "1", "q1_2": "1", "q1_3": "2", "q1_4": "2", "q1_5": "3"}


def test_run_completes_with_one_row_per_student_and_question(graded):
    assert graded["status"] == 0
    students = [r["student"] for r in graded["rows"]]
    assert sorted(set(students)) == ["alice_perfect", "bob_empty", "carol_partial", "dave_loop",
                                     "erin_deleted", "frank_corrupt", "gina_raises"]
    for student in set(students) - {"bob_empty"}:
        assert list(_table(graded, student)) == QUESTIONS
    assert list(graded["rows"][0]) == ["student", "notebook", "question", "points", "max_points",
                                       "status", "integrity", "feedback"]


def test_perfect(graded):
    rows = _table(graded, "alice_perfect")
    for q in QUESTIONS[:4]:
        assert (rows[q]["points"], rows[q]["status"]) == (MAX[q], "correct"), rows[q]
    assert (rows["q1_5"]["points"], rows["q1_5"]["status"]) == ("manual", "manual")
    assert all(r["max_points"] == MAX[q] and r["integrity"] == "" for q, r in rows.items())


def test_empty(graded):
    rows = _table(graded, "bob_empty")
    for q in QUESTIONS[:4]:
        assert (rows[q]["points"], rows[q]["status"], rows[q]["feedback"]) == ("0", "unanswered", "not answered yet")
    assert (rows["q1_5"]["points"], rows["q1_5"]["status"]) == ("0", "not answered")
    stray = rows["-"]
    assert stray["notebook"] == "notes.txt" and stray["status"] == "unknown notebook"


def test_partly_wrong(graded):
    rows = _table(graded, "carol_partial")
    assert (rows["q1_1"]["points"], rows["q1_1"]["status"]) == ("0", "wrong")
    assert "too high" in rows["q1_1"]["feedback"] and "Hint:" in rows["q1_1"]["feedback"]
    assert "7 source(s) missing; not quoted sources here: putin" in rows["q1_2"]["feedback"]
    assert (rows["q1_3"]["points"], rows["q1_3"]["status"]) == ("0", "wrong")
    assert rows["q1_3"]["feedback"].startswith("a hidden test: not quite")
    assert (rows["q1_4"]["points"], rows["q1_4"]["status"]) == ("2", "correct")


def test_infinite_loop_is_stopped(graded):
    rows = _table(graded, "dave_loop")
    for q in QUESTIONS:
        assert (rows[q]["points"], rows[q]["status"]) == ("0", "timeout")
        assert "loop that never ends" in rows[q]["feedback"]


def test_deleted_and_edited_locked_cells_are_reported_and_put_back(graded):
    rows = _table(graded, "erin_deleted")
    for q in QUESTIONS:
        assert rows[q]["integrity"] == ("edited locked cells: q1_2; deleted locked cells: q1_1 "
                                        "(put back from the original for grading)")
    # the original check cells ran, so the answers are graded as they are
    assert (rows["q1_1"]["status"], rows["q1_2"]["status"]) == ("correct", "correct")


def test_raising_answer_is_reported_and_the_rest_graded(graded):
    rows = _table(graded, "gina_raises")
    assert (rows["q1_1"]["points"], rows["q1_1"]["status"]) == ("0", "error")
    assert rows["q1_1"]["feedback"] == ("your code raised ValueError: invalid literal for int() with base 10: "
                                        "'three', so the check could not run")
    assert [rows[q]["status"] for q in QUESTIONS[1:]] == ["correct", "correct", "correct", "manual"]


def test_corrupt_file(graded):
    rows = _table(graded, "frank_corrupt")
    for q in QUESTIONS:
        assert (rows[q]["points"], rows[q]["status"]) == ("0", "not a notebook")
        assert "could not be read as a notebook" in rows[q]["feedback"]


def test_feedback_pages_are_escaped(graded):
    folder = graded["root"] / "feedback"
    assert sorted(p.name for p in folder.iterdir()) == [
        "alice_perfect.html", "bob_empty.html", "carol_partial.html", "dave_loop.html",
        "erin_deleted.html", "frank_corrupt.html", "gina_raises.html"]
    page = (folder / "alice_perfect.html").read_text(encoding="utf-8")
    assert "<script>" not in page and "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in page
    assert "well done!" in page
    assert "put back from the original" in (folder / "erin_deleted.html").read_text(encoding="utf-8")


def test_notebooks_run_outside_the_solutions_folder(graded):
    assert not (graded["root"] / "solutions" / "scratch.txt").exists()
    assert _table(graded, "alice_perfect")["q1_1"]["status"] == "correct"


def test_grading_time(graded):
    assert graded["elapsed"] < 120, f"grading 6 submissions took {graded['elapsed']:.0f} s"


def test_hidden_tests_are_put_back_for_grading():
    assignment = load_assignments(REPO / "solutions")[EXERCISE]
    student = make_exercise(SOLUTION)
    assert "q1_3.hidden" not in "".join(c.source for c in student.cells)
    run, integrity = prepare(assignment, student)
    assert integrity == ""
    assert 'check("q1_3.hidden", count_kinds)' in _cell(run, "q1_3").source


def test_missing_folder_is_one_clear_error(tmp_path, capsys):
    assert main(["grade", str(tmp_path / "nope"), "--out", str(tmp_path / "g.csv")]) == 2
    assert "nope: is not a folder of submissions" in capsys.readouterr().err
