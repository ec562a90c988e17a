"""Keyness figures checked against values worked out by hand."""
import math
from collections import Counter

import pytest

from discourse_kit.keyness import (article_keyness, keyness, log_likelihood, log_ratio,
                                   only_in, significance)


@pytest.mark.parametrize("a, b, ta, tb, expected", [
    # E1 = E2 = 5; LL = 2 * 10 ln(10/5) = 20 ln 2
    (10, 0, 100, 100, 20 * math.log(2)),
    # E1 = 1000*30/3000 = 10, E2 = 20; LL = 2 (20 ln 2 + 10 ln 0.5) = 20 ln 2
    (20, 10, 1000, 2000, 20 * math.log(2)),
    # same relative frequency: no evidence of a difference
    (5, 10, 100, 200, 0.0),
    # E1 = 100*4/300 = 4/3, E2 = 8/3; LL = 2 (1 ln 0.75 + 3 ln 1.125)
    (1, 3, 100, 200, 2 * (math.log(0.75) + 3 * math.log(1.125))),
])
def test_log_likelihood_matches_hand_computation(a, b, ta, tb, expected):
    assert log_likelihood(a, b, ta, tb) == pytest.approx(expected, abs=1e-9)


@pytest.mark.parametrize("a, b, ta, tb, expected", [
    (20, 10, 1000, 2000, 2.0),            # 0.02 / 0.005 = 4
    (10, 0, 100, 100, math.log2(20)),     # zero replaced by 0.5: 0.1 / 0.005
    (0, 10, 100, 100, -math.log2(20)),
    (5, 10, 100, 200, 0.0),
])
def test_log_ratio_matches_hand_computation(a, b, ta, tb, expected):
    assert log_ratio(a, b, ta, tb) == pytest.approx(expected, abs=1e-9)


@pytest.mark.parametrize("ll, label, stars", [
    (3.83, "n.s.", ""), (3.84, "p < 0.05", "*"), (6.63, "p < 0.01", "**"),
    (10.82, "p < 0.01", "**"), (10.83, "p < 0.001", "***"), (15.13, "p < 0.0001", "****"),
    (100.0, "p < 0.0001", "****"),
])
def test_significance_levels_use_rayson_thresholds(ll, label, stars):
    assert significance(ll) == (label, stars)


def test_keyness_table_ranks_and_attributes_words():
    a = Counter({"kiev": 10, "the": 50, "war": 40})
    b = Counter({"kyiv": 10, "the": 50, "war": 40})
    table = keyness(a, b, "RU", "W", min_freq=1)
    top = table.iloc[:2].set_index("word")
    assert set(top.index) == {"kiev", "kyiv"}
    assert top.loc["kiev", "key_for"] == "RU" and top.loc["kyiv", "key_for"] == "W"
    assert top.loc["kiev", "log_likelihood"] == pytest.approx(round(20 * math.log(2), 2))
    assert top.loc["kiev", "log_ratio"] > 0 > top.loc["kyiv", "log_ratio"]
    assert table.set_index("word").loc["the", "log_likelihood"] == 0.0
    assert list(table["log_likelihood"]) == sorted(table["log_likelihood"], reverse=True)


def test_keyness_filters_rare_and_insignificant_words():
    a, b = Counter({"x": 1, "y": 30, "z": 10}), Counter({"y": 30, "z": 10})
    assert "x" not in set(keyness(a, b, min_freq=2)["word"])
    assert set(keyness(a, b, min_freq=1, min_ll=3.84)["word"]) <= {"x"}


def test_keyness_of_empty_text_is_empty_table():
    assert keyness(Counter(), Counter({"a": 1})).empty


def test_article_keyness_on_seed_finds_contested_spelling(seed_path):
    from discourse_kit import load_document
    doc = load_document(seed_path)
    table = article_keyness(doc, min_freq=2).set_index("word")
    # Kiev is RT's spelling, Kyiv Reuters' (scheme section 4)
    assert table.loc["kiev", "key_for"] == "RUSSIAN PERSPECTIVE"
    assert table.loc["kyiv", "key_for"] == "WESTERN PERSPECTIVE"
    words = only_in(doc)
    assert "kiev" in set(words[words.article == "RUSSIAN PERSPECTIVE"].word)
    assert not set(words[words.article == "RUSSIAN PERSPECTIVE"].word) & set(
        words[words.article == "WESTERN PERSPECTIVE"].word)
