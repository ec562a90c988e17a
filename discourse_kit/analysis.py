"""Run every detector layer over a document: the kit's one analysis function.

``analyze_document`` is pure (a document in, a dict out), so it can be mapped
over a corpus by any engine: a process pool, Dask, Spark.
"""
from __future__ import annotations

from pathlib import Path

from .document import Article, Document, load_document
from .items import ArticleAnalysis


def analyze_article(document: Document, article: Article) -> ArticleAnalysis:
    """Run the quotes, hedges, numbers, labels and readability layers on one article."""
    # imported here so that `import discourse_kit` stays fast
    from .hedges import detect_hedges
    from .labels import detect_labels
    from .numbers import detect_numbers
    from .quotes import detect_quotes
    from .readability import readability

    quotes = detect_quotes(document, article)
    return ArticleAnalysis(
        label=article.label,
        title=article.title,
        start=article.start,
        end=article.end,
        words=article.words,
        quotes=quotes,
        hedges=detect_hedges(document, article, quotes=quotes),
        numbers=detect_numbers(document, article),
        labels=detect_labels(document, article, quotes=quotes),
        readability=readability(article),
    )


def analyze_document(document: Document) -> list[ArticleAnalysis]:
    """Analyse every article of ``document``."""
    return [analyze_article(document, article) for article in document.articles]


def analysis_to_dict(document: Document, analyses: list[ArticleAnalysis],
                     name: str | None = None) -> dict:
    """The JSON object ``discourse-kit analyze --json`` prints for one file."""
    return {"document": name if name is not None else (document.path or "<text>"),
            "articles": [a.to_dict() for a in analyses]}


def analyze(source: str | Path | Document) -> dict:
    """Load (if given a path) and analyse a document; return the CLI's JSON object.

    Args:
        source: a path to a source file, or a loaded :class:`Document`.

    Returns:
        ``{"document": ..., "articles": [...]}`` as documented in the README.
    """
    document = source if isinstance(source, Document) else load_document(source)
    return analysis_to_dict(document, analyze_document(document))
