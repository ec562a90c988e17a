"""Rates per 1,000 words for every layer and category, and two articles side by side.

Counts depend on length; rates do not, so a long and a short article can be
compared. Pandas-free on purpose: ``tables.py`` builds its DataFrames on top.
"""
from __future__ import annotations

PER = 1000

# (layer, field, values): the categories of CODING_SCHEME.md, listed even when
# an article has none of them so that two articles always have the same keys
CATEGORIES = (
    ("quotes", "kind", ("direct", "mixed", "indirect")),
    ("quotes", "cue_stance", ("neutral", "emphatic", "distancing", "factive")),
    ("quotes", "source_type", ("person", "institution", "anonymous", "document")),
    ("hedges", "category", ("hedge", "booster", "approximator")),
    ("hedges", "voice", ("author", "reported", "quoted")),
    ("numbers", "kind", ("count", "measure", "money", "duration", "fraction", "percent",
                         "date", "ordinal")),
    ("labels", "type", ("scare_quote", "naming", "loaded")),
)
LAYER_NAMES = ("quotes", "hedges", "numbers", "labels")


def _as_dict(article) -> dict:
    return article.to_dict() if hasattr(article, "to_dict") else article


def rate(count: int, words: int) -> float:
    """``count`` per 1,000 words; 0.0 when there are no words."""
    return round(count * PER / words, 3) if words else 0.0


def rates(article) -> dict:
    """Per-1,000-word rates of every layer and category of one article.

    Args:
        article: one article as ``analyze()`` returns it (a dict with ``words``
            and the layer lists ``quotes``, ``hedges``, ``numbers``, ``labels``),
            a gold or student article of the same shape, or an
            :class:`~discourse_kit.items.ArticleAnalysis`.

    Returns:
        An ordered dict: ``"words"`` (the word count), then for each layer
        ``"<layer>"`` (all its items) followed by ``"<layer>.<field>.<value>"``
        for each scheme category (``"hedges.category.booster"``,
        ``"hedges.voice.quoted"``, ``"numbers.kind.money"``,
        ``"labels.type.naming"``...). Every scheme category is present, zero
        or not; a value outside the scheme found in the items gets its key too.
        A higher rate means the article uses that device more often per
        1,000 words.
    """
    article = _as_dict(article)
    words = int(article.get("words") or 0)
    out: dict = {"words": words}
    for layer in LAYER_NAMES:
        items = article.get(layer) or []
        out[layer] = rate(len(items), words)
        for lay, field, values in CATEGORIES:
            if lay != layer:
                continue
            seen = [item.get(field) for item in items]
            extra = sorted({v for v in seen if v is not None and v not in values})
            for value in (*values, *extra):
                out[f"{layer}.{field}.{value}"] = rate(seen.count(value), words)
    return out


def compare_rates(first, second, names: tuple[str, str] = ("first", "second")) -> list[dict]:
    """Two articles' rates side by side, one row per measure.

    Args:
        first, second: articles as accepted by :func:`rates`.
        names: the column names of the two articles (e.g. their perspective labels).

    Returns:
        Rows ``{"measure": key, names[0]: rate, names[1]: rate, "difference":
        second minus first}`` in the order of :func:`rates`; a positive
        difference means the second article uses the device more.
    """
    a, b = rates(first), rates(second)
    keys = list(a) + [k for k in b if k not in a]
    return [{"measure": k, names[0]: a.get(k, 0.0), names[1]: b.get(k, 0.0),
             "difference": round(b.get(k, 0.0) - a.get(k, 0.0), 3)} for k in keys]
