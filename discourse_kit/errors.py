"""Errors the kit reports to people, each naming the file and the problem."""
from __future__ import annotations

from pathlib import Path


class DiscourseKitError(Exception):
    """Base class for every error the kit raises on purpose."""


class InputError(DiscourseKitError):
    """A file the kit was asked to read cannot be used.

    Attributes:
        path: the file as the user named it.
        problem: one short sentence saying what is wrong and, where possible,
            what to do about it.
    """

    def __init__(self, path: str | Path, problem: str):
        self.path = str(path)
        self.problem = problem
        super().__init__(f"{self.path}: {problem}")
