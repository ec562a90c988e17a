"""How fast the quotes layer runs: words per second on one core.

``python -m discourse_kit.quotes.speed [FILE ...]`` times ``detect_quotes`` over the
articles of the given files (the shipped seed by default), repeated until at least
two seconds have passed, and prints words per second. The ``bench`` package calls
:func:`words_per_second`.
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

from ..document import Document, load_document
from . import detect_quotes

SEED = Path(__file__).resolve().parents[2] / "seeds" / "000_1272ebf6c73cbd1c.txt"


def words_per_second(documents: list[Document], min_seconds: float = 2.0) -> float:
    """Words analysed per second by ``detect_quotes`` over ``documents`` (fresh articles each round)."""
    words = 0
    elapsed = 0.0
    while elapsed < min_seconds:
        for doc in documents:
            fresh = Document.from_text(doc.text, doc.path)  # no cached tokens from a previous round
            t0 = time.perf_counter()
            for article in fresh.articles:
                detect_quotes(fresh, article)
            elapsed += time.perf_counter() - t0
            words += sum(a.words for a in fresh.articles)
    return words / elapsed


def main(argv: list[str] | None = None) -> int:
    paths = (argv if argv is not None else sys.argv[1:]) or [str(SEED)]
    docs = [load_document(p) for p in paths]
    rate = words_per_second(docs)
    print(f"quotes layer: {rate:,.0f} words per second on one core "
          f"({sum(sum(a.words for a in d.articles) for d in docs):,} words per round)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
