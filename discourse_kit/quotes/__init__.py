"""Quote sourcing layer (scheme section 1): who speaks, how, with which verb.

``detect_quotes(document, article)`` finds direct, mixed and indirect quotes
by rule; ``explain_quote`` says in one sentence why a quote was found;
``quote_summary`` tabulates who is quoted how (pandas, imported lazily).
The verbs, actors, countries and source nouns are TSV files in this folder.
"""
from __future__ import annotations

from .detect import detect_quotes
from .explain import explain_quote
from .summary import quote_summary

__all__ = ["detect_quotes", "explain_quote", "quote_summary"]
