"""discourse-kit: compare how news articles quote, hedge, count and name.

Public names are re-exported here. Heavy modules (pandas, matplotlib, widgets)
are imported only when a name that needs them is first used, so that
``import discourse_kit`` stays fast.
"""
from __future__ import annotations

from importlib import import_module

__version__ = "0.1.0"

# public name -> module that defines it
_EXPORTS = {
    "Document": "document", "Article": "document", "Block": "document",
    "load_document": "document", "decode_bytes": "document",
    "Token": "tokens", "tokenize": "tokens", "sentences": "tokens",
    "InputError": "errors", "DiscourseKitError": "errors",
    "Item": "items", "Quote": "items", "Hedge": "items", "NumberItem": "items",
    "Label": "items", "ArticleAnalysis": "items", "LAYERS": "items",
    "analyze": "analysis", "analyze_document": "analysis", "analyze_article": "analysis",
    "analysis_to_dict": "analysis",
    "run_corpus": "corpus", "analyze_path": "corpus", "iter_paths": "corpus",
    "rates_rows": "corpus",
    "score": "scoring", "score_layer": "scoring", "load_annotations": "scoring",
    "LayerScore": "scoring", "format_scores": "scoring",
    "detect_quotes": "quotes", "explain_quote": "quotes", "quote_summary": "quotes",
    "detect_hedges": "hedges", "detect_numbers": "numbers",
    "detect_labels": "labels", "readability": "readability",
    "rates": "rates", "compare_rates": "rates",
    # exercises: self-checks in the student notebooks
    "check": "exercises.checks",
    # the annotation lab (widgets and pandas load only when these are used)
    "annotate": "annotate.widget", "AnnotationLab": "annotate.widget",
    "AnnotationStore": "annotate.store", "AnnotationSession": "annotate.session",
    "CATEGORIES": "annotate.categories",
    "agreement": "annotate.agreement", "Agreement": "annotate.agreement",
    "cohen_kappa": "annotate.agreement", "token_kappa": "annotate.agreement",
    "show_disagreements": "annotate.agreement", "class_table": "annotate.agreement",
    "contested_spans": "annotate.agreement",
    "export_brat": "annotate.interchange", "import_brat": "annotate.interchange",
    "export_csv": "annotate.interchange", "import_csv": "annotate.interchange",
    "export_json": "annotate.interchange", "import_json": "annotate.interchange",
    # course: notebooks' helpers, highlighting, tables, plots, reading tools
    "load_pair": "course", "Pair": "course", "highlight": "highlight",
    "side_by_side": "highlight", "kwic": "concordance", "kwic_html": "concordance",
    "keyness": "keyness", "article_keyness": "keyness", "log_likelihood": "keyness",
    "log_ratio": "keyness",
}

__all__ = sorted(_EXPORTS) + ["__version__"]


def __getattr__(name: str):
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'discourse_kit' has no attribute {name!r}")
    value = getattr(import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__():
    return __all__
