"""A 10 MB article: every layer keeps its span properties at scale (and finishes)."""
import json
import random

import pytest
from fuzzing import CONTROL, QUOTE_MARKS, RTL, check_document, check_spans

from bench.newsgen import article_of_size
from discourse_kit.analysis import analyze_document
from discourse_kit.document import Document

SIZE = 10 * 1024 * 1024


def hostile(text: str, seed: int = 7) -> str:
    """Sprinkle the generated article with what real files hold and rules trip on."""
    rng = random.Random(seed)
    lines = text.split("\n")
    for n in range(2, len(lines), 37):
        junk = rng.choice([rng.choice(QUOTE_MARKS), rng.choice(CONTROL), rng.choice(RTL),
                           "", "  ", "\r", "“unclosed " * 3, "» ‹ „ ‚", "x" * 5000,
                           " ".join(["said"] * 2000)])
        lines[n] = junk + lines[n] if rng.random() < 0.5 else lines[n] + junk
    return "\n".join(lines)


@pytest.fixture(scope="module")
def big_document() -> Document:
    text = hostile(article_of_size(SIZE))
    assert len(text.encode("utf-8")) >= SIZE
    document = Document.from_text(text, path="big.txt")
    assert len(document.articles) == 1
    return document


def test_big_article_loads_with_consistent_spans(big_document):
    check_document(big_document)


@pytest.fixture(scope="module")
def big_analysis(big_document):
    """The whole analysis, once: at this size every run costs minutes (determinism
    is checked by the fuzz tests on smaller texts)."""
    (analysis,) = analyze_document(big_document)
    return analysis


@pytest.mark.parametrize("layer", ["quotes", "hedges", "numbers", "labels"])
def test_big_article_layer_properties(big_document, big_analysis, layer):
    check_spans(layer, big_document, big_document.articles[0], getattr(big_analysis, layer))


def test_big_article_whole_analysis_is_valid_json(big_document, big_analysis):
    assert big_analysis.words == big_document.articles[0].words > 1_000_000
    json.dumps(big_analysis.to_dict(), allow_nan=False)
