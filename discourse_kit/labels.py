"""Naming and labels layer (scheme section 4). Not built yet: returns no items."""
from __future__ import annotations


def detect_labels(document, article, quotes=()) -> list:
    """Scare quotes, contested names and loaded labels: built by the labels issue."""
    return []
