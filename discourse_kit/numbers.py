"""Numeric framing layer (scheme section 3). Not built yet: returns no items."""
from __future__ import annotations


def detect_numbers(document, article) -> list:
    """Numeric expressions in ``article``: built by the numbers issue."""
    return []
