"""Build a one-article document from a sentence, for the layer tests."""
from discourse_kit.document import Document


def article_of(paragraph: str, headline: str = "A headline for the test"):
    """(document, article) for a document whose only paragraph is ``paragraph``."""
    document = Document.from_text(f"{headline}\n{paragraph}\n")
    return document, document.articles[0]


def offset_of(document, needle: str, nth: int = 0) -> int:
    """Offset of the ``nth`` occurrence of ``needle`` in the document's text."""
    pos = -1
    for _ in range(nth + 1):
        pos = document.text.index(needle, pos + 1)
    return pos
