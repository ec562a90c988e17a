"""course/: a plan per notebook whose timings add up, model answers for every question, none leaked."""
import re
from pathlib import Path

import nbformat
import pytest

from discourse_kit.exercises.checks import KINDS
from discourse_kit.exercises.locked import nbgrader_meta

REPO = Path(__file__).resolve().parents[2]
COURSE = REPO / "course"
MODEL_ANSWERS = COURSE / "instructor" / "model_answers.md"
NOTEBOOK_STEMS = ["00_start_here", "01_reading_closely", "02_quote_sourcing", "03_hedging",
                  "04_numeric_framing", "05_naming_and_labels", "06_annotation_lab", "07_synthesis"]
SOLUTIONS = sorted((REPO / "solutions").glob("*.ipynb"))
STUDENT_NOTEBOOKS = sorted((REPO / "exercises").glob("*.ipynb")) + sorted((REPO / "notebooks").glob("*.ipynb"))


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


@pytest.mark.parametrize("name", ["syllabus.md", "instructor/instructor_guide.md",
                                  "instructor/rubric_synthesis.md", "instructor/model_answers.md"])
def test_material_exists(name):
    assert len((COURSE / name).read_text(encoding="utf-8")) > 1000


@pytest.mark.parametrize("stem", NOTEBOOK_STEMS)
def test_lesson_plan_timings_add_up(stem):
    plan = (COURSE / "lesson_plans" / f"{stem}.md").read_text(encoding="utf-8")
    total = int(re.search(r"Total: (\d+) minutes", plan).group(1))
    minutes = [int(m) for m in re.findall(r"^\|\s*(\d+)\s*\|", plan, flags=re.M)]
    assert minutes, f"{stem}: no timing table"
    assert sum(minutes) == total, f"{stem}: the timings add up to {sum(minutes)}, not {total}"


def test_syllabus_covers_every_notebook_and_exercise():
    syllabus = (COURSE / "syllabus.md").read_text(encoding="utf-8")
    for stem in NOTEBOOK_STEMS + [p.stem for p in SOLUTIONS]:
        assert f"`{stem}`" in syllabus, stem
    assert len(re.findall(r"^\| [1-6] \|", syllabus, flags=re.M)) == 6, "six sessions"


def _discussion_questions(path: Path) -> int:
    """Number of numbered questions under the notebook's 'Check your understanding' heading."""
    count = 0
    for cell in nbformat.read(path, as_version=4).cells:
        if cell.cell_type == "markdown" and "## Check your understanding" in cell.source:
            section = cell.source.split("## Check your understanding", 1)[1].split("---")[0]
            count += len(re.findall(r"^\d+\. ", section, flags=re.M))
    return count


@pytest.mark.parametrize("path", sorted((REPO / "notebooks").glob("*.ipynb")), ids=lambda p: p.name)
def test_every_discussion_question_has_a_model_answer(path):
    answers = MODEL_ANSWERS.read_text(encoding="utf-8")
    for n in range(1, _discussion_questions(path) + 1):
        assert f"### {path.name[:2]} · Q{n}\n" in answers, f"no model answer for {path.name} question {n}"


@pytest.mark.parametrize("path", SOLUTIONS, ids=lambda p: p.name)
def test_every_written_exercise_question_has_a_model_answer(path):
    answers = MODEL_ANSWERS.read_text(encoding="utf-8")
    for cell in nbformat.read(path, as_version=4).cells:
        meta = nbgrader_meta(cell)
        if meta.get("solution") and cell.cell_type == "markdown":
            assert f"### {path.stem} · {meta['grade_id']}\n" in answers


def _answer_fragments():
    """Sentences (40+ characters) of the model answers and of the solutions' written answers."""
    text = MODEL_ANSWERS.read_text(encoding="utf-8")
    body = "\n".join(line for line in text.splitlines() if not line.startswith("#"))
    body = body.split("\n", 6)[-1]  # skip the file's own introduction
    for path in SOLUTIONS:
        for cell in nbformat.read(path, as_version=4).cells:
            if nbgrader_meta(cell).get("solution") and cell.cell_type == "markdown":
                body += "\n\n" + cell.source
    sentences = re.split(r"(?<=[.:;])\s+", _norm(body))
    return [s for s in sentences if len(s) >= 40]


def _leaks(text: str) -> list[str]:
    text = _norm(text)
    return [f for f in _answer_fragments() if f in text]


def test_leak_check_catches_a_copied_answer():
    fragments = _answer_fragments()
    assert len(fragments) > 80
    copied = fragments[len(fragments) // 2]
    assert _leaks("My answer:\n" + copied.replace(" ", "\n", 3)) == [copied]
    assert _leaks("An answer in my own words.") == []


@pytest.mark.parametrize("path", STUDENT_NOTEBOOKS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_no_model_answer_reaches_students(path):
    leaked = _leaks(" ".join(c.source for c in nbformat.read(path, as_version=4).cells))
    assert not leaked, f"{path.name} contains model-answer text: {leaked[0][:80]!r}"


def test_instructor_guide_documents_every_check_kind():
    guide = (COURSE / "instructor" / "instructor_guide.md").read_text(encoding="utf-8")
    for kind in KINDS:
        assert f"`{kind}`" in guide, kind
