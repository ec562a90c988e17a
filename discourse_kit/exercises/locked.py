"""Checksums of locked cells, as nbgrader keeps them, to spot edited or deleted cells.

A cell is *locked* when its nbgrader metadata says ``locked`` or when it is an
autograded test cell (``grade`` without ``solution``). The checksum covers what
a student must not change: the cell type, its source and its grading metadata.
"""
from __future__ import annotations

import hashlib


def nbgrader_meta(cell) -> dict:
    """The cell's nbgrader metadata (empty for an ordinary cell)."""
    return dict(cell.get("metadata", {}).get("nbgrader", {}) or {})


def is_locked(cell) -> bool:
    meta = nbgrader_meta(cell)
    return bool(meta.get("locked")) or (bool(meta.get("grade")) and not meta.get("solution"))


def is_test_cell(cell) -> bool:
    """An autograded cell: it carries points and holds checks, not an answer."""
    meta = nbgrader_meta(cell)
    return cell.get("cell_type") == "code" and bool(meta.get("grade")) and not meta.get("solution")


def _source(cell) -> str:
    source = cell.get("source", "")
    return "".join(source) if isinstance(source, list) else str(source)


def checksum(cell) -> str:
    """SHA-256 of a cell's type, source (trailing spaces ignored) and grading metadata."""
    meta = nbgrader_meta(cell)
    source = "\n".join(line.rstrip() for line in _source(cell).strip().splitlines())
    parts = [cell.get("cell_type", ""), source, str(meta.get("grade_id", "")),
             str(meta.get("points", "")), str(bool(meta.get("grade"))), str(bool(meta.get("solution")))]
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()


def locked_checksums(notebook) -> dict[str, str]:
    """``{grade_id: checksum}`` for every locked cell of a notebook."""
    return {nbgrader_meta(c)["grade_id"]: checksum(c) for c in notebook.cells
            if is_locked(c) and nbgrader_meta(c).get("grade_id")}


def compare_locked(reference, submitted) -> tuple[list[str], list[str]]:
    """Locked cells of ``reference`` that ``submitted`` changed or lost.

    Returns:
        ``(edited, deleted)``: grade ids, in the reference's order.
    """
    expected = locked_checksums(reference)
    found: dict[str, str] = {}
    for cell in submitted.cells:
        grade_id = nbgrader_meta(cell).get("grade_id")
        if grade_id in expected and grade_id not in found:
            found[grade_id] = checksum(cell)
    edited = [g for g in expected if g in found and found[g] != expected[g]]
    deleted = [g for g in expected if g not in found]
    return edited, deleted
