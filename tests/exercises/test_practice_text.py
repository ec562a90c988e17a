"""The practice text of hard cases and its hand-made gold follow the scheme."""
from collections import Counter

import pytest

from discourse_kit import load_document
from discourse_kit.exercises import PRACTICE, load_gold
from discourse_kit.items import LAYERS


@pytest.fixture(scope="module")
def practice():
    return load_document(PRACTICE), load_gold(PRACTICE)


def test_gold_spans_point_into_the_text(practice):
    doc, gold = practice
    assert [a.label for a in doc.articles] == [a["label"] for a in gold["articles"]]
    for layer in LAYERS:
        items = gold["articles"][0][layer]
        assert items, f"the practice gold has no {layer}"
        for item in items:
            assert doc.text[item["start"]:item["end"]] == item["text"], item


HARD_CASES = [
    # (layer, text, in the gold?)  the scheme's own examples of what is and is not an item
    ("numbers", "Two", False),          # a number inside a name (Two Majors)
    ("numbers", "One", False),          # 'one' as a pronoun (One of the soldiers)
    ("numbers", "one", True),           # 'one person was killed' states a quantity
    ("hedges", "must", False),          # obligation
    ("hedges", "could", False),         # 'could not' is impossibility
    ("hedges", "would", False),         # prediction
    ("hedges", "is said to", True),     # evidential
    ("labels", "terrorist regime", True),
]


@pytest.mark.parametrize("layer, text, expected", HARD_CASES)
def test_hard_cases_are_coded_as_the_scheme_says(practice, layer, text, expected):
    _, gold = practice
    texts = Counter(item["text"] for item in gold["articles"][0][layer])
    assert (text in texts) == expected
