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
    "detect_labels": "labels", "readability_scores": "readability",
    "article_rates": "rates", "compare_rates": "rates",
    # exercises: self-checks in the student notebooks
    "check": "exercises.checks",
    # the annotation lab (widgets and pandas load only when these are used)
    "annotate": "annotation.widget", "AnnotationLab": "annotation.widget",
    "AnnotationStore": "annotation.store", "AnnotationSession": "annotation.session",
    "CATEGORIES": "annotation.categories",
    "agreement": "annotation.agreement", "Agreement": "annotation.agreement",
    "cohen_kappa": "annotation.agreement", "token_kappa": "annotation.agreement",
    "show_disagreements": "annotation.agreement", "class_table": "annotation.agreement",
    "contested_spans": "annotation.agreement",
    "export_brat": "annotation.interchange", "import_brat": "annotation.interchange",
    "export_csv": "annotation.interchange", "import_csv": "annotation.interchange",
    "export_json": "annotation.interchange", "import_json": "annotation.interchange",
    # course: notebooks' helpers, highlighting, tables, plots, reading tools
    "load_pair": "course", "Pair": "course", "highlight_html": "highlight",
    "side_by_side": "highlight", "kwic": "concordance", "kwic_html": "concordance",
    "keyness_table": "keyness", "article_keyness": "keyness", "log_likelihood": "keyness",
    "log_ratio": "keyness",
}

# Functions whose module has the same name are exported under another name: importing
# a submodule makes Python set the package attribute of that name to the module, so
# ``dk.readability`` would be a function at first and a module later.
_ALIASES = {"readability_scores": "readability", "article_rates": "rates",
            "highlight_html": "highlight", "keyness_table": "keyness"}

__all__ = sorted(_EXPORTS) + ["__version__"]


def __getattr__(name: str):
    module = _EXPORTS.get(name)
    if module is None:
        try:  # a submodule, e.g. dk.tables or dk.readability
            return import_module(f".{name}", __name__)
        except ModuleNotFoundError as exc:
            if exc.name != f"{__name__}.{name}":
                raise  # the submodule exists but needs something missing: say so
            raise AttributeError(f"module 'discourse_kit' has no attribute {name!r}") from None
    value = getattr(import_module(f".{module}", __name__), _ALIASES.get(name, name))
    globals()[name] = value
    return value


def __dir__():
    return __all__
