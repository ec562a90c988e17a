"""Keep the course notebooks clean: outputs stripped except the cells nbval checks.

A cell whose source contains ``# NBVAL_CHECK_OUTPUT`` keeps its stored
outputs and execution count (nbval compares them on every test run); every
other code cell is committed with no outputs and no execution count, so a diff
shows changes to the course, not to the last run.

Usage::

    python -m discourse_kit.notebook_tools strip notebooks/*.ipynb    # strip in place
    python -m discourse_kit.notebook_tools check notebooks/*.ipynb    # exit 1 if not clean
    python -m discourse_kit.notebook_tools refresh notebooks/*.ipynb  # run, keep check outputs
"""
from __future__ import annotations

import sys
from pathlib import Path

CHECK_MARK = "# NBVAL_CHECK_OUTPUT"
# metadata a run adds that says nothing about the course
_RUN_METADATA = ("execution", "collapsed", "scrolled")


def is_check_cell(cell) -> bool:
    """True if nbval will compare this cell's outputs: the marker is a comment line of its own."""
    if cell.get("cell_type") != "code":
        return False
    lines = "".join(cell.get("source", "")).splitlines()
    return any(line.strip().startswith("#") and line.strip().lstrip("#").strip() == CHECK_MARK[2:]
               for line in lines)


def strip_notebook(nb):
    """Strip ``nb`` (an nbformat node) in place and return it."""
    for cell in nb.cells:
        if cell.get("cell_type") != "code":
            cell.pop("outputs", None)
            cell.pop("execution_count", None)
            continue
        for key in _RUN_METADATA:
            cell.metadata.pop(key, None)
        if is_check_cell(cell):
            continue
        cell.outputs = []
        cell.execution_count = None
    nb.metadata.pop("widgets", None)
    return nb


def problems(nb) -> list[str]:
    """What is not clean in ``nb``: one line per code cell with outputs it should not keep."""
    out = []
    for n, cell in enumerate(nb.cells):
        if cell.get("cell_type") != "code":
            continue
        if is_check_cell(cell):
            if not cell.get("outputs") or cell.get("execution_count") is None:
                out.append(f"cell {n}: is marked {CHECK_MARK} but has no stored output to check")
            continue
        if cell.get("outputs"):
            out.append(f"cell {n}: has stored outputs")
        if cell.get("execution_count") is not None:
            out.append(f"cell {n}: has an execution count")
    return out


def refresh(path: str | Path, timeout: int = 120) -> None:
    """Execute the notebook in its folder, then strip it: check cells get fresh outputs."""
    import nbformat
    from nbclient import NotebookClient

    path = Path(path)
    nb = nbformat.read(path, as_version=4)
    NotebookClient(nb, timeout=timeout, kernel_name="python3",
                   resources={"metadata": {"path": str(path.parent)}}).execute()
    nbformat.write(strip_notebook(nb), path)


def main(argv=None) -> int:
    import nbformat

    argv = list(sys.argv[1:] if argv is None else argv)
    if len(argv) < 2 or argv[0] not in ("strip", "check", "refresh"):
        print(__doc__.split("Usage::")[1], file=sys.stderr)
        return 2
    command, paths = argv[0], argv[1:]
    status = 0
    for path in paths:
        if command == "refresh":
            refresh(path)
            print(f"refreshed {path}")
            continue
        nb = nbformat.read(path, as_version=4)
        if command == "strip":
            nbformat.write(strip_notebook(nb), path)
            print(f"stripped {path}")
        else:
            for line in problems(nb):
                print(f"{path}: {line}")
                status = 1
    return status


if __name__ == "__main__":
    sys.exit(main())
