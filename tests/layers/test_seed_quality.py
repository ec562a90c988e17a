"""The scheme's scorer on the shipped seed: the layers' quality bar (fails below it)."""
import json

import pytest

import discourse_kit as dk

BAR = {  # layer: (minimum F1, minimum attribute accuracy)
    "hedges": (0.85, 0.95),
    "numbers": (0.95, 0.95),
    "labels": (0.80, None),
}


@pytest.fixture(scope="module")
def scores(seed_path, gold_path):
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    return dk.score(gold, dk.analyze(seed_path))


@pytest.mark.parametrize("layer", sorted(BAR))
def test_layer_meets_the_bar_on_the_seed(scores, layer):
    s = scores[layer]
    min_f1, min_acc = BAR[layer]
    figures = (f"{layer}: P={s.precision:.3f} R={s.recall:.3f} F1={s.f1:.3f} "
               f"{s.attribute} accuracy={s.attribute_accuracy} (tp={s.tp} fp={s.fp} fn={s.fn})")
    print(figures)
    assert s.f1 >= min_f1, f"F1 below {min_f1}: {figures}"
    if min_acc is not None:
        assert s.attribute_accuracy is not None and s.attribute_accuracy >= min_acc, \
            f"{s.attribute} accuracy below {min_acc}: {figures}"
