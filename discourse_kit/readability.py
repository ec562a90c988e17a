"""Readability layer. Not built yet: returns an empty dict."""
from __future__ import annotations


def readability(article) -> dict:
    """Readability scores of ``article``: built by the readability issue."""
    return {}
