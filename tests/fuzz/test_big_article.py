"""A 10 MB article: every layer keeps its span properties at scale (and finishes)."""
import json
import random

import pytest
from fuzzing import CONTROL, QUOTE_MARKS, RTL, check_document, check_spans, layer_items

from bench.newsgen import article_of_size
from discourse_kit.analysis import analyze_document
from discourse_kit.document import Document

SIZE = 10 * 1024 * 1024

# Not a speed target: a quadratic layer does not finish a 10 MB article in hours,
# which would hang `make test`. Remove the mark once the quotes layer is linear.
QUOTES_QUADRATIC = pytest.mark.xfail(run=False, reason=(
    "quotes layer is quadratic in article length (detect.py: _kind scans every quotation, "
    "`q in self.utterances` is a list search, _last_hit_in scans every hit); reported"))


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


@pytest.mark.parametrize("layer", [pytest.param("quotes", marks=QUOTES_QUADRATIC),
                                   "hedges", "numbers", "labels"])
def test_big_article_layer_properties(big_document, layer):
    """Each layer alone: hedges and labels are given no quotes, so the quotes layer's
    speed does not decide whether they are tested at this size."""
    article = big_document.articles[0]
    items = layer_items(layer, big_document, article, quotes=[])
    check_spans(layer, big_document, article, items)
    again = layer_items(layer, big_document, article, quotes=[])
    assert [i.to_dict() for i in items] == [i.to_dict() for i in again]


@QUOTES_QUADRATIC
def test_big_article_whole_analysis_is_valid_json(big_document):
    (analysis,) = analyze_document(big_document)
    assert analysis.words == big_document.articles[0].words
    json.dumps(analysis.to_dict(), allow_nan=False)
