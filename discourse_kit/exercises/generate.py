"""Make the students' exercise notebooks from the instructors' solution notebooks.

One source of truth: every exercise is written once, in ``solutions/``, with
nbgrader's markers. This module derives the student copy from it:

* code between ``### BEGIN SOLUTION`` and ``### END SOLUTION`` becomes a stub
  that still runs: each answer name the rest of the notebook uses becomes
  ``name = ...`` (Ellipsis, which ``check`` reports as "not answered yet") and
  each function the rest of the notebook calls keeps its signature and
  docstring and returns ``...``;
* a markdown answer cell (nbgrader ``solution``) becomes ``YOUR ANSWER HERE``;
* ``### BEGIN HIDDEN TESTS`` ... ``### END HIDDEN TESTS`` regions are removed
  (the grader puts them back);
* outputs are cleared and locked cells are made read-only in JupyterLab.

The output is deterministic, so a test can compare ``exercises/`` with a fresh
generation byte for byte. Usage::

    python -m discourse_kit.exercises.generate solutions exercises [--check]
"""
from __future__ import annotations

import argparse
import copy
import re
import sys
from pathlib import Path

import nbformat

from .locked import is_locked, nbgrader_meta

BEGIN_SOLUTION, END_SOLUTION = "### BEGIN SOLUTION", "### END SOLUTION"
BEGIN_HIDDEN, END_HIDDEN = "### BEGIN HIDDEN TESTS", "### END HIDDEN TESTS"
MARKDOWN_STUB = "YOUR ANSWER HERE"
_NAME = re.compile(r"[A-Za-z_]\w*")
_ASSIGN = re.compile(r"^([A-Za-z_]\w*)\s*(?::[^=]+)?=(?!=)")
_DEF = re.compile(r"^def\s+([A-Za-z_]\w*)\s*\(")


def _source(cell) -> str:
    source = cell.get("source", "")
    return "".join(source) if isinstance(source, list) else source


def remove_region(source: str, begin: str, end: str) -> str:
    """Drop every ``begin`` ... ``end`` region, marker lines included."""
    out, inside = [], False
    for line in source.split("\n"):
        if line.strip() == begin:
            inside = True
        elif line.strip() == end:
            inside = False
        elif not inside:
            out.append(line)
    return "\n".join(out).strip("\n")


def remove_markers(source: str) -> str:
    """Keep the solution code but drop the marker lines (the instructor's worked copy)."""
    markers = {BEGIN_SOLUTION, END_SOLUTION}
    return "\n".join(line for line in source.split("\n") if line.strip() not in markers)


def _solution_regions(source: str):
    """Yield ``(indent, lines)`` for each solution region of a code cell."""
    lines = source.split("\n")
    i = 0
    while i < len(lines):
        if lines[i].strip() == BEGIN_SOLUTION:
            indent = lines[i][: len(lines[i]) - len(lines[i].lstrip())]
            j = i + 1
            while j < len(lines) and lines[j].strip() != END_SOLUTION:
                j += 1
            yield indent, lines[i + 1:j]
            i = j
        i += 1


def _stub_region(indent: str, lines: list[str], used: set[str]) -> list[str]:
    out, done = [], set()
    i = 0
    while i < len(lines):
        line = lines[i]
        body = line[len(indent):] if line.startswith(indent) else line.lstrip()
        at_base = line.startswith(indent) and not line[len(indent):][:1].isspace()
        match_def = _DEF.match(body) if at_base else None
        match_assign = _ASSIGN.match(body) if at_base else None
        i += 1
        if match_def and match_def.group(1) in used and match_def.group(1) not in done:
            done.add(match_def.group(1))
            out.append(line)
            # keep the docstring: it tells the student what to return
            rest = [l for l in lines[i:] if l.strip()]
            if rest and rest[0].strip().startswith(('"""', "'''")):
                quote = rest[0].strip()[:3]
                k = lines.index(rest[0], i)
                out.append(lines[k])
                if not (rest[0].strip().count(quote) >= 2 and len(rest[0].strip()) > 3):
                    k += 1
                    while k < len(lines) and quote not in lines[k]:
                        out.append(lines[k])
                        k += 1
                    if k < len(lines):
                        out.append(lines[k])
            out.append(f"{indent}    return ...  # YOUR CODE HERE")
        elif match_assign and match_assign.group(1) in used and match_assign.group(1) not in done:
            done.add(match_assign.group(1))
            out.append(f"{indent}{match_assign.group(1)} = ...  # YOUR ANSWER HERE")
    return out or [f"{indent}# YOUR CODE HERE"]


def _used_names(notebook) -> set[str]:
    """Names that code outside the solution regions refers to (answers the checks read)."""
    names: set[str] = set()
    for cell in notebook.cells:
        if cell.cell_type == "code":
            names.update(_NAME.findall(remove_region(_source(cell), BEGIN_SOLUTION, END_SOLUTION)))
    return names


def stub_code(source: str, used: set[str]) -> str:
    """Replace each solution region of a code cell by a runnable stub."""
    out, lines, i = [], source.split("\n"), 0
    regions = iter(_solution_regions(source))
    while i < len(lines):
        if lines[i].strip() == BEGIN_SOLUTION:
            indent, region = next(regions)
            out.extend(_stub_region(indent, region, used))
            i += len(region) + 2
            continue
        out.append(lines[i])
        i += 1
    return "\n".join(out)


def _fresh(cell) -> None:
    if cell.cell_type == "code":
        cell.outputs = []
        cell.execution_count = None
    cell.metadata.pop("execution", None)
    cell.metadata.pop("collapsed", None)
    cell.metadata.pop("scrolled", None)


def make_exercise(solution, name: str | None = None):
    """The student copy of a solution notebook (a new notebook; the input is unchanged)."""
    nb = copy.deepcopy(solution)
    used = _used_names(solution)
    for cell in nb.cells:
        _fresh(cell)
        source = remove_region(_source(cell), BEGIN_HIDDEN, END_HIDDEN)
        meta = nbgrader_meta(cell)
        if cell.cell_type == "markdown" and meta.get("solution"):
            source = MARKDOWN_STUB
        elif cell.cell_type == "code" and BEGIN_SOLUTION in source:
            source = stub_code(source, used)
        cell.source = source
        if is_locked(cell):
            cell.metadata["editable"] = False
            cell.metadata["deletable"] = False
    meta = nb.metadata.setdefault("discourse_kit", {})
    if name:
        meta["generated_from"] = f"solutions/{name}"
        meta["note"] = "generated by `make exercises`: edit the solution notebook, not this one"
    return nb


def make_worked(solution):
    """The solutions with hidden tests removed: what a student with every answer right hands in."""
    nb = copy.deepcopy(solution)
    for cell in nb.cells:
        _fresh(cell)
        cell.source = remove_markers(remove_region(_source(cell), BEGIN_HIDDEN, END_HIDDEN))
    return nb


def exercise_text(solution_path: Path) -> str:
    """The exercise notebook for one solution file, as the exact text written to disk."""
    solution = nbformat.read(solution_path, as_version=4)
    return nbformat.writes(make_exercise(solution, solution_path.name)) + "\n"


def generate(solutions_dir: str | Path, exercises_dir: str | Path, check: bool = False) -> list[str]:
    """Write (or, with ``check``, compare) every exercise; return the stale or written names."""
    src, dst = Path(solutions_dir), Path(exercises_dir)
    changed = []
    for path in sorted(src.glob("*.ipynb")):
        text = exercise_text(path)
        target = dst / path.name
        if not target.exists() or target.read_text(encoding="utf-8") != text:
            changed.append(path.name)
            if not check:
                dst.mkdir(parents=True, exist_ok=True)
                target.write_text(text, encoding="utf-8")
    return changed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="generate exercise notebooks from solution notebooks")
    parser.add_argument("solutions", help="folder of solution notebooks (with nbgrader markers)")
    parser.add_argument("exercises", help="folder to write the student notebooks to")
    parser.add_argument("--check", action="store_true", help="only report stale exercises (exit 1 if any)")
    args = parser.parse_args(argv)
    if not Path(args.solutions).is_dir():
        print(f"generate: {args.solutions}: no such folder", file=sys.stderr)
        return 2
    changed = generate(args.solutions, args.exercises, check=args.check)
    verb = "out of date" if args.check else "written"
    for name in changed:
        print(f"{verb}: {Path(args.exercises) / name}")
    if not changed:
        print(f"{args.exercises}/ is up to date with {args.solutions}/")
    return 1 if (args.check and changed) else 0


if __name__ == "__main__":
    sys.exit(main())
