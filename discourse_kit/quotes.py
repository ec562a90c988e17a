"""Quote sourcing layer (scheme section 1). Not built yet: returns no items."""
from __future__ import annotations


def detect_quotes(document, article) -> list:
    """Attributed claims in ``article``: built by the quote-sourcing issue."""
    return []
