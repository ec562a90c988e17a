"""Exercises: one source of truth (solutions) for student copies, self-checks and grading.

* :func:`check` tells a student whether an answer is right, or gives a hint;
* ``python -m discourse_kit.exercises.generate solutions exercises`` makes the
  student notebooks from the solution notebooks;
* ``discourse-kit grade SUBMISSIONS --out grades.csv`` grades handed-in notebooks.
"""
from __future__ import annotations

import json

from .checks import PRACTICE, CheckResult, check, current_source, evaluate, gold_path, recorded, summary, use_source


def load_gold(source=None) -> dict:
    """The gold annotation set beside a source text (``X.txt`` -> ``X.gold.json``)."""
    from ..scoring import load_annotations
    return load_annotations(gold_path(current_source() if source is None else source))


def load_lab_annotations() -> dict:
    """The two classmates' annotation sets of the annotation lab: ``{"A": {...}, "B": {...}}``."""
    from .checks import HERE
    return json.loads((HERE / "lab_annotations.json").read_text(encoding="utf-8"))["annotators"]


__all__ = ["PRACTICE", "CheckResult", "check", "evaluate", "load_gold", "load_lab_annotations", "recorded",
           "summary", "use_source"]
