"""Helpers for the quotes tests: run the detector on a few sentences of news."""
from __future__ import annotations

import pytest

from discourse_kit.document import Document
from discourse_kit.quotes import detect_quotes


def find_quotes(*paragraphs: str, headline: str = "Talks resume in Geneva"):
    """Quotes found in an article made of ``headline`` and ``paragraphs``."""
    document = Document.from_text(headline + "\n" + "\n".join(paragraphs) + "\n")
    quotes = detect_quotes(document, document.articles[0])
    for q in quotes:  # the standoff contract every quote must keep
        assert document.text[q.start:q.end] == q.text
        if q.cue_start is not None:
            assert document.text[q.cue_start:q.cue_end] == q.cue
        if q.speaker_start is not None:
            assert document.text[q.speaker_start:q.speaker_end] == q.speaker
    return quotes


@pytest.fixture(name="find_quotes")
def find_quotes_fixture():
    """``find_quotes(*paragraphs, headline=...)`` -> the quotes detected."""
    return find_quotes
