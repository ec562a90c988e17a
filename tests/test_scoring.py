"""The scheme's scorer on hand-made cases and on a deliberately damaged copy of the gold."""
import copy
import json

import pytest

from discourse_kit.scoring import same_speaker, score, score_layer


def item(start, end, **fields):
    return {"start": start, "end": end, "text": "x" * (end - start), **fields}


def test_largest_overlap_first_and_one_match_per_gold():
    gold = [item(0, 10), item(12, 20)]
    found = [item(5, 15)]  # overlaps gold 0 by 5 and gold 1 by 3: matches gold 0 only
    s = score_layer("labels", gold, found)
    assert (s.tp, s.fp, s.fn) == (1, 0, 1)
    assert s.pairs[0][0] is gold[0]
    assert s.precision == 1.0 and s.recall == 0.5 and s.f1 == pytest.approx(2 / 3)


def test_optional_items_are_neither_missed_nor_wrong():
    gold = [item(0, 5), item(10, 15, optional=True), item(20, 25, optional=True)]
    found = [item(0, 5), item(11, 13)]
    s = score_layer("numbers", gold, found)
    assert (s.tp, s.fp, s.fn) == (1, 0, 0)


def test_touching_spans_do_not_overlap():
    s = score_layer("hedges", [item(0, 5)], [item(5, 9)])
    assert (s.tp, s.fp, s.fn) == (0, 1, 1) and s.f1 == 0.0


@pytest.mark.parametrize("gold, found, same", [
    ({"speaker_canonical": "Dmitry Medvedev"}, {"speaker": "Medvedev"}, True),
    ({"speaker_canonical": "Dmitry Medvedev"}, {"speaker": "he", "speaker_canonical": "Dmitry Medvedev"}, True),
    ({"speaker_canonical": "Two Majors"}, {"speaker": "The Two Majors blogger", "speaker_canonical": None}, True),
    ({"speaker_canonical": "Volodymyr Zelenskiy"}, {"speaker": "he", "speaker_canonical": "he"}, False),
    ({"speaker_canonical": "Keir Starmer"}, {"speaker": "Macron", "speaker_canonical": "Emmanuel Macron"}, False),
    ({"speaker": "Kyiv", "speaker_canonical": "Kyiv"}, {"speaker": "Kyiv"}, True),
])
def test_speaker_rule(gold, found, same):
    assert same_speaker(gold, found) is same


def _non_optional(items):
    return [i for i in items if not i.get("optional")]


def test_damaged_gold_gives_exact_figures(gold_path):
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    damaged = copy.deepcopy(gold)
    western = damaged["articles"][1]
    n_quotes = sum(len(_non_optional(a["quotes"])) for a in gold["articles"])
    n_hedges = sum(len(_non_optional(a["hedges"])) for a in gold["articles"])
    n_numbers = sum(len(_non_optional(a["numbers"])) for a in gold["articles"])
    n_labels = sum(len(_non_optional(a["labels"])) for a in gold["articles"])

    # quotes: drop two non-optional items that contain no other item (the second one,
    # 3422-3626, contains an optional quote that would then match it), and give a
    # third the wrong speaker
    keep = _non_optional(western["quotes"])
    western["quotes"] = [q for q in western["quotes"] if q is not keep[0] and q is not keep[2]]
    keep[3]["speaker"] = keep[3]["speaker_canonical"] = "Somebody Else"
    # hedges: move one cue onto text with no hedge (one miss and one false alarm), flip a category
    hedges = _non_optional(western["hedges"])
    hedges[0].update(start=2843, end=2850)
    hedges[1]["category"] = "booster"
    # numbers: one wrong value
    numbers = _non_optional(western["numbers"])
    numbers[0]["value"] = numbers[0]["value"] + 1
    # labels: one spurious label
    western["labels"].append({"start": 2842, "end": 2849, "text": "WESTERN", "type": "loaded"})

    s = score(gold, damaged)
    q = s["quotes"]
    assert (q.tp, q.fp, q.fn) == (n_quotes - 2, 0, 2)
    assert q.recall == pytest.approx((n_quotes - 2) / n_quotes)
    assert q.attribute_accuracy == pytest.approx((n_quotes - 3) / (n_quotes - 2))
    h = s["hedges"]
    assert (h.tp, h.fp, h.fn) == (n_hedges - 1, 1, 1)
    assert h.f1 == pytest.approx((n_hedges - 1) / n_hedges)
    assert h.attribute_accuracy == pytest.approx((n_hedges - 2) / (n_hedges - 1))
    nb = s["numbers"]
    assert (nb.tp, nb.fp, nb.fn) == (n_numbers, 0, 0)
    assert nb.attribute_accuracy == pytest.approx((n_numbers - 1) / n_numbers)
    lb = s["labels"]
    assert (lb.tp, lb.fp, lb.fn) == (n_labels, 1, 0)
    assert lb.precision == pytest.approx(n_labels / (n_labels + 1))
    # the seed's gold as shipped: figures a reader can check by hand in the file
    assert (n_quotes, n_hedges, n_numbers, n_labels) == (32, 14, 16, 17)
