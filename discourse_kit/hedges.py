"""Hedges, boosters and approximators layer (scheme section 2). Not built yet: returns no items."""
from __future__ import annotations


def detect_hedges(document, article, quotes=()) -> list:
    """Hedge, booster and approximator cues in ``article``: built by the hedging issue."""
    return []
