"""Quote sourcing layer (scheme section 1): who speaks, how, with which verb.

``detect_quotes(document, article)`` finds direct, mixed and indirect quotes
by rule; ``explain_quote`` says in one sentence why a quote was found;
``quote_summary`` tabulates who is quoted how (pandas, imported lazily).
The data the rules read are plain TSV files in this folder, for students to
read and extend:

* ``attribution_verbs.tsv``: every form of every attribution verb, its stance
  (neutral, emphatic, distancing, factive) and whether it needs ``that``;
* ``actors.tsv``: people and institutions (capitals as metonyms included) with
  their side and source type;
* ``nationalities.tsv``: country names and adjectives (``Russian`` -> russia);
* ``source_nouns.tsv``: the nouns that make a source a document, anonymous
  people, an institution or a role, and the titles stripped from names.

``python -m discourse_kit.quotes.speed`` measures words per second.
"""
from __future__ import annotations

from .detect import detect_quotes
from .explain import explain_quote
from .summary import quote_summary

__all__ = ["detect_quotes", "explain_quote", "quote_summary"]
