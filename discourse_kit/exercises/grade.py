"""Grade handed-in exercise notebooks: ``discourse-kit grade SUBMISSIONS --out grades.csv``.

Layout: ``SUBMISSIONS/<student>/<exercise>.ipynb`` (nbgrader's
``submitted/<student>/<assignment>/<exercise>.ipynb`` works too: every
notebook under a student's folder is graded). The exercise is recognised by
the file name, else by the notebook's ``discourse_kit.exercise`` metadata.

For each notebook, as nbgrader's autograder does:

1. locked cells are compared with the released exercise by checksum; edited or
   deleted ones are reported and put back from the original, and the check
   cells are replaced by the solutions' versions, hidden tests included;
2. the notebook runs in its own kernel (nbclient) with a time limit per cell
   and per notebook; a notebook that runs out of time is stopped and reported;
3. the checks that ran are read back from the kernel: a question earns its
   points when every check of its cell (hidden ones too) passes; written
   answers are marked ``manual``.

One CSV row per student and question, and, with ``--feedback-dir``, one
HTML page per student. A file that is not a notebook, or a notebook that
raises, loops or lost cells, gets rows saying so and never stops the run.
"""
from __future__ import annotations

import copy
import csv
import html
import json
import re
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from dataclasses import asdict, dataclass, fields
from pathlib import Path

from .locked import compare_locked, is_locked, is_test_cell, nbgrader_meta

REPO = Path(__file__).resolve().parents[2]
SOLUTIONS = REPO / "solutions"
MARKER = "@@discourse-kit-results@@"
_CHECK_ID = re.compile(r"""check\(\s*["']([^"']+)["']""")
COLLECT = ("import json as _dk_json\n"
           "from discourse_kit.exercises import checks as _dk_checks\n"
           f"print({MARKER!r} + _dk_json.dumps(_dk_checks.recorded()))")


@dataclass
class Row:
    """One line of the grades CSV."""

    student: str
    notebook: str
    question: str
    points: str
    max_points: str
    status: str
    integrity: str
    feedback: str


@dataclass
class Question:
    qid: str
    points: float
    manual: bool
    check_ids: list


@dataclass
class Assignment:
    name: str
    solution: object
    exercise: object
    questions: list


def _num(x) -> str:
    return f"{float(x):g}"


def load_assignments(solutions_dir: str | Path = SOLUTIONS) -> dict[str, Assignment]:
    """Every solution notebook with its released copy and its graded questions."""
    import nbformat

    from .generate import make_exercise

    out = {}
    for path in sorted(Path(solutions_dir).glob("*.ipynb")):
        solution = nbformat.read(path, as_version=4)
        questions = []
        for cell in solution.cells:
            meta = nbgrader_meta(cell)
            if meta.get("grade"):
                manual = bool(meta.get("solution"))
                questions.append(Question(meta["grade_id"], float(meta.get("points", 0)), manual,
                                          [] if manual else _CHECK_ID.findall(cell.source)))
        out[path.stem] = Assignment(path.stem, solution, make_exercise(solution), questions)
    return out


def _rows(student, assignment, status, feedback, integrity="") -> list[Row]:
    return [Row(student, assignment.name, q.qid, "0", _num(q.points), status, integrity, feedback)
            for q in assignment.questions]


def _grade_id(cell):
    return nbgrader_meta(cell).get("grade_id")


def prepare(assignment: Assignment, submitted) -> tuple[object, str]:
    """The notebook to run: the student's cells with every locked cell put back.

    Returns:
        ``(notebook, integrity)``: ``integrity`` names the locked cells the
        student edited or deleted ("" when none).
    """
    edited, deleted = compare_locked(assignment.exercise, submitted)
    trusted = {}
    for released, original in zip(assignment.exercise.cells, assignment.solution.cells):
        if is_locked(released) and _grade_id(released):
            # check cells run as in the solutions, so hidden tests come back
            trusted[_grade_id(released)] = original if is_test_cell(original) else released
    import nbformat

    run = copy.deepcopy(submitted)
    cells, seen = [], set()
    for cell in run.cells:
        gid = _grade_id(cell)
        if gid in trusted and gid not in seen:
            seen.add(gid)
            cell = copy.deepcopy(trusted[gid])
        elif gid in trusted:
            continue  # a duplicated locked cell: run the original once
        cells.append(cell)
    # put back deleted locked cells after the cell that preceded them in the release
    order = [_grade_id(c) for c in assignment.exercise.cells]
    for gid in deleted:
        before = order[:order.index(gid)]
        position = 0
        for i, cell in enumerate(cells):
            if _grade_id(cell) in before:
                position = i + 1
        cells.insert(position, copy.deepcopy(trusted[gid]))
    for cell in cells:
        if cell.cell_type == "code":
            cell.outputs, cell.execution_count = [], None
    cells.append(nbformat.v4.new_code_cell(COLLECT, id="discourse-kit-collect"))
    run.cells = cells
    notes = []
    if edited:
        notes.append("edited locked cells: " + ", ".join(edited))
    if deleted:
        notes.append("deleted locked cells: " + ", ".join(deleted))
    integrity = "; ".join(notes) + (" (put back from the original for grading)" if notes else "")
    return run, integrity


def execute(notebook, cwd: Path, timeout: float, notebook_timeout: float) -> tuple[list[dict] | None, str]:
    """Run a notebook in a fresh kernel; return (recorded check results, problem or "")."""
    from nbclient import NotebookClient
    from nbclient.exceptions import CellTimeoutError, DeadKernelError

    deadline = time.monotonic() + notebook_timeout
    collect_budget = 60.0

    def cell_timeout(cell):
        if cell.get("id") == "discourse-kit-collect":
            return collect_budget
        return max(1, int(min(timeout, deadline - time.monotonic())))

    client = NotebookClient(notebook, timeout=timeout, timeout_func=cell_timeout, kernel_name="python3",
                            allow_errors=True, resources={"metadata": {"path": str(cwd)}})
    try:
        # the kernel process's own stderr (transport warnings, noise from a killed kernel) is
        # not the student's output, which reaches the notebook through the kernel's messages
        client.execute(stderr=subprocess.DEVNULL)
    except CellTimeoutError:
        return None, (f"timeout: a cell ran out of time (limit {timeout:g} s per cell, {notebook_timeout:g} s "
                      "per notebook); look for a loop that never ends")
    except DeadKernelError as exc:
        return None, f"error: the kernel died while running the notebook ({str(exc)[:120]})"
    except Exception as exc:  # a broken notebook must not stop the whole run
        return None, f"error: the notebook could not be run: {type(exc).__name__}: {str(exc)[:200]}"
    finally:
        _stop_kernel(client)
    for output in notebook.cells[-1].get("outputs", []):
        text = output.get("text", "")
        if MARKER in text:
            return json.loads(text.split(MARKER, 1)[1].strip().splitlines()[0]), ""
    return None, "error: the checks could not be read back from the kernel"


def _stop_kernel(client) -> None:
    """Make sure the kernel is gone even when nbclient's own cleanup failed (a stuck kernel)."""
    import atexit

    # nbclient leaves its exit hook registered when its cleanup raised; it would fail at exit
    atexit.unregister(client._cleanup_kernel)
    if client.km is not None:  # nbclient sets it to None after a clean shutdown
        client.shutdown_kernel = "immediate"
        try:
            client._cleanup_kernel()
        except Exception:  # noqa: BLE001 - already dead or never started
            pass


def _cell_error(notebook, qid) -> str:
    """The first error in the cells that lead up to a check cell (the answer), or in the check cell."""
    error = ""
    for cell in notebook.cells:
        for output in cell.get("outputs", []):
            if output.get("output_type") == "error" and not error:
                error = f"{output.get('ename')}: {output.get('evalue')}"
        if _grade_id(cell) == qid:
            return error
        if is_test_cell(cell):
            error = ""  # errors before the previous question belong to that question
    return error


def _score_question(q: Question, results: dict, run, submitted) -> tuple[str, str, str]:
    """(points, status, feedback) of one question."""
    from .generate import MARKDOWN_STUB

    if q.manual:
        cell = next((c for c in submitted.cells if _grade_id(c) == q.qid), None)
        answer = (cell.source if cell is not None else "").strip()
        if not answer or answer == MARKDOWN_STUB:
            return "0", "not answered", "written answer not given yet"
        return "manual", "manual", f"written answer ({len(answer.split())} words): graded by hand with the rubric"
    got = [results.get(cid) for cid in q.check_ids]
    if all(r is not None and r["status"] == "correct" for r in got):
        return _num(q.points), "correct", "well done!"
    if any(r is None for r in got):
        error = _cell_error(run, q.qid)
        return "0", "error", (f"your code raised {error}, so the check could not run" if error
                              else "the check did not run")
    if all(r["status"] == "unanswered" for r in got):
        return "0", "unanswered", "not answered yet"
    first = next(r for r in got if r["status"] != "correct")
    prefix = "a hidden test: " if "." in first["qid"] and "hidden" in first["qid"] else ""
    return "0", "wrong", prefix + first["message"]


@contextmanager
def _workdir(solutions_dir: Path):
    """A fresh folder standing where the solutions folder stands, so that the notebook's
    relative paths (``../seeds/...``) resolve, while files it writes land outside the course."""
    with tempfile.TemporaryDirectory(prefix="discourse-kit-grade-") as tmp:
        for entry in solutions_dir.resolve().parent.iterdir():
            if entry.name != solutions_dir.resolve().name:
                (Path(tmp) / entry.name).symlink_to(entry)
        work = Path(tmp) / solutions_dir.resolve().name
        work.mkdir()
        yield work


def grade_notebook(student: str, path: Path, assignment: Assignment, cwd: Path,
                   timeout: float, notebook_timeout: float) -> tuple[list[Row], object | None]:
    import nbformat

    try:
        submitted = nbformat.read(path, as_version=4)
        if not isinstance(submitted.get("cells"), list):
            raise ValueError("it has no list of cells")
    except Exception as exc:
        reason = str(exc).splitlines()[0][:150] if str(exc) else type(exc).__name__
        return _rows(student, assignment, "not a notebook",
                     f"{path.name} could not be read as a notebook ({reason}); nothing was graded"), None
    run, integrity = prepare(assignment, submitted)
    with _workdir(cwd) as workdir:
        results, problem = execute(run, workdir, timeout, notebook_timeout)
    if results is None:
        status, _, message = problem.partition(": ")
        return _rows(student, assignment, status, message, integrity), submitted
    by_id = {r["qid"]: r for r in results}
    rows = []
    for q in assignment.questions:
        points, status, feedback = _score_question(q, by_id, run, submitted)
        rows.append(Row(student, assignment.name, q.qid, points, _num(q.points), status, integrity, feedback))
    return rows, submitted


def find_submissions(submissions_dir: Path) -> list[tuple[str, Path]]:
    """``(student, file)`` pairs: every file in each student's folder, and loose files."""
    found = []
    for entry in sorted(submissions_dir.iterdir()):
        if entry.name.startswith("."):
            continue
        if entry.is_dir():
            found += [(entry.name, p) for p in sorted(entry.rglob("*"))
                      if p.is_file() and not any(part.startswith(".") for part in p.relative_to(entry).parts)]
        elif entry.is_file():
            found.append((entry.stem, entry))
    return found


def _assignment_for(path: Path, assignments: dict) -> Assignment | None:
    if path.stem in assignments:
        return assignments[path.stem]
    try:
        name = json.loads(path.read_text(encoding="utf-8"))["metadata"]["discourse_kit"]["exercise"]
        return assignments.get(name)
    except Exception:
        return None


def feedback_html(student: str, rows: list[Row], answers: dict[str, dict[str, str]]) -> str:
    """One student's feedback page; everything from the submission is escaped."""
    e = html.escape
    parts = [f"<!doctype html><meta charset='utf-8'><title>Feedback: {e(student)}</title>",
             "<style>body{font-family:sans-serif;max-width:60em;margin:2em auto}"
             "td,th{border:1px solid #ccc;padding:.3em .6em;vertical-align:top}"
             "table{border-collapse:collapse}pre{white-space:pre-wrap;background:#f6f6f6;padding:.5em}</style>",
             f"<h1>Feedback for {e(student)}</h1>"]
    for notebook in dict.fromkeys(r.notebook for r in rows):
        mine = [r for r in rows if r.notebook == notebook]
        parts.append(f"<h2>{e(notebook)}</h2>")
        if mine[0].integrity:
            parts.append(f"<p><strong>Note:</strong> {e(mine[0].integrity)}</p>")
        parts.append("<table><tr><th>question</th><th>points</th><th>feedback</th></tr>")
        for r in mine:
            parts.append(f"<tr><td>{e(r.question)}</td><td>{e(r.points)} / {e(r.max_points)}</td>"
                         f"<td>{e(r.feedback)}</td></tr>")
        parts.append("</table>")
        for qid, text in answers.get(notebook, {}).items():
            parts.append(f"<h3>Your written answer to {e(qid)}</h3><pre>{e(text)}</pre>")
    return "\n".join(parts) + "\n"


def grade(submissions_dir: str | Path, out: str | Path, solutions_dir: str | Path = SOLUTIONS,
          timeout: float = 60, notebook_timeout: float | None = None,
          feedback_dir: str | Path | None = None, progress: bool = True) -> list[Row]:
    """Grade every submission and write the CSV (and feedback pages); return the rows.

    Args:
        submissions_dir: one folder per student holding their notebooks.
        out: the CSV file to write.
        solutions_dir: the solution notebooks (the source of truth, hidden tests included).
        timeout: seconds a single cell may run.
        notebook_timeout: seconds a whole notebook may run (default: 5 x ``timeout``).
        feedback_dir: where to write one ``<student>.html`` page each, if given.
        progress: show a progress bar on stderr.
    """
    from tqdm import tqdm

    submissions_dir, solutions_dir = Path(submissions_dir), Path(solutions_dir)
    assignments = load_assignments(solutions_dir)
    notebook_timeout = notebook_timeout or 5 * timeout
    rows: list[Row] = []
    answers: dict[str, dict[str, dict[str, str]]] = {}
    bar = tqdm(find_submissions(submissions_dir), desc="grading", unit="notebook",
               file=sys.stderr, disable=not progress)
    for student, path in bar:
        bar.set_postfix_str(f"{student}/{path.name}")
        assignment = _assignment_for(path, assignments)
        if assignment is None:
            rows.append(Row(student, path.name, "-", "0", "0", "unknown notebook",
                            "", f"{path.name} is not one of the exercises ({', '.join(assignments)})"))
            continue
        new, submitted = grade_notebook(student, path, assignment, solutions_dir, timeout, notebook_timeout)
        rows += new
        if submitted is not None:
            written = {q.qid: c.source for q in assignment.questions if q.manual
                       for c in submitted.cells if _grade_id(c) == q.qid}
            answers.setdefault(student, {})[assignment.name] = written
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow([fl.name for fl in fields(Row)])
        writer.writerows([list(asdict(r).values()) for r in rows])
    if feedback_dir is not None:
        folder = Path(feedback_dir)
        folder.mkdir(parents=True, exist_ok=True)
        for student in dict.fromkeys(r.student for r in rows):
            safe = re.sub(r"[^\w.-]", "_", student) or "student"
            (folder / f"{safe}.html").write_text(
                feedback_html(student, [r for r in rows if r.student == student], answers.get(student, {})),
                encoding="utf-8")
    return rows


def cmd_grade(args) -> int:
    """The ``discourse-kit grade`` subcommand."""
    from ..errors import InputError

    if not Path(args.submissions).is_dir():
        raise InputError(args.submissions, "is not a folder of submissions (one folder per student)")
    if not any(Path(args.solutions).glob("*.ipynb")):
        raise InputError(args.solutions, "holds no solution notebooks")
    rows = grade(args.submissions, args.out, args.solutions, args.timeout, args.notebook_timeout,
                 args.feedback_dir, progress=not args.quiet)
    students = len({r.student for r in rows})
    auto = [r for r in rows if r.points != "manual"]
    print(f"graded {len({(r.student, r.notebook) for r in rows})} notebooks of {students} students: "
          f"{sum(r.status == 'correct' for r in auto)} of {len(auto)} autograded answers correct, "
          f"{sum(r.status == 'manual' for r in rows)} written answers to grade by hand; wrote {args.out}")
    return 0


def add_parser(sub) -> None:
    """Register ``grade`` on the CLI's subparsers."""
    p = sub.add_parser("grade", help="grade handed-in exercise notebooks (one folder per student)")
    p.add_argument("submissions", metavar="SUBMISSIONS_DIR", help="one folder per student holding their notebooks")
    p.add_argument("--out", default="grades.csv", help="CSV to write (default grades.csv)")
    p.add_argument("--timeout", type=float, default=60, help="seconds a cell may run (default 60)")
    p.add_argument("--notebook-timeout", type=float, default=None,
                   help="seconds a whole notebook may run (default 5 x --timeout)")
    p.add_argument("--feedback-dir", default=None, help="write one feedback HTML page per student here")
    p.add_argument("--solutions", default=str(SOLUTIONS), help="solution notebooks (default: the course's)")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    p.set_defaults(func=cmd_grade)
