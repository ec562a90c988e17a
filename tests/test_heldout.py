"""Held-out evaluation: the detectors on hand-annotated articles not used to write them.

Two sets: ``tests/data/heldout/`` (set 1: its errors were studied, by category,
to improve the rules, so its figures are optimistic) and ``tests/data/heldout2/``
(set 2: reporting only, nobody tunes on it). The figures this prints are the
point (run with ``-s``); the assertion is only a loose regression floor. See each
set's README.md. ``python tests/test_heldout.py [1|2]`` lists the errors of a set.
"""
from __future__ import annotations

from pathlib import Path

import pytest

import discourse_kit
from discourse_kit.scoring import LayerScore, load_annotations, score

DATA = Path(__file__).resolve().parent / "data"
SETS = {"1": DATA / "heldout", "2": DATA / "heldout2"}
LAYERS = ("quotes", "hedges", "numbers", "labels")
FLOOR = 0.5


def _row(name: str, layer: str, s: LayerScore) -> str:
    acc = "-" if s.attribute_accuracy is None else f"{s.attribute_accuracy:.3f}"
    return (f"{name:<28} {layer:<8} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f} "
            f"{s.tp:4d} {s.fp:4d} {s.fn:4d}  {s.attribute:<9} {acc}")


def _pool(scores: list[LayerScore]) -> LayerScore:
    pooled = LayerScore(attribute=scores[0].attribute)
    for s in scores:
        pooled.tp += s.tp
        pooled.fp += s.fp
        pooled.fn += s.fn
        pooled.attribute_correct += s.attribute_correct
        pooled.pairs += s.pairs
        pooled.missed += s.missed
        pooled.spurious += s.spurious
    return pooled


def files(set_id: str) -> list[Path]:
    """The articles of a held-out set (every ``.txt`` with a spec beside it)."""
    folder = SETS[set_id]
    return sorted(p for p in folder.glob("*.txt") if (folder / f"spec_{p.stem}.py").is_file())


def heldout_scores(set_id: str) -> dict[str, dict[str, LayerScore]]:
    """``{file name: {layer: LayerScore}}`` for every file of a held-out set."""
    out = {}
    for path in files(set_id):
        gold = load_annotations(path.with_name(path.stem + ".gold.json"))
        found = discourse_kit.analyze(path)
        out[path.name] = score(gold, found)
    return out


@pytest.mark.parametrize("set_id", sorted(SETS))
def test_heldout_files_present(set_id):
    assert len(files(set_id)) >= 2
    for path in files(set_id):
        assert path.with_name(path.stem + ".gold.json").is_file(), path


@pytest.mark.parametrize("set_id", sorted(SETS))
def test_heldout_scores(set_id):
    per_file = heldout_scores(set_id)
    header = (f"{'file':<28} {'layer':<8} {'P':>6} {'R':>6} {'F1':>6} "
              f"{'tp':>4} {'fp':>4} {'fn':>4}  attribute accuracy")
    lines = ["", f"HELD-OUT EVALUATION, SET {set_id}" + (" (reporting only)" if set_id == "2" else ""),
             header]
    for name, scores in per_file.items():
        for layer in LAYERS:
            lines.append(_row(name, layer, scores[layer]))
    pooled = {layer: _pool([s[layer] for s in per_file.values()]) for layer in LAYERS}
    for layer in LAYERS:
        lines.append(_row("POOLED", layer, pooled[layer]))
    print("\n".join(lines))
    low = {layer: round(s.f1, 3) for layer, s in pooled.items() if s.f1 < FLOOR}
    assert not low, f"pooled held-out F1 below {FLOOR}: {low}"


if __name__ == "__main__":  # pragma: no cover - error listing (set 2: for the report, not for tuning)
    import sys
    for name, scores in heldout_scores(sys.argv[1] if len(sys.argv) > 1 else "1").items():
        for layer in LAYERS:
            s = scores[layer]
            for g in s.missed:
                print(f"{name} {layer} MISSED   {g['text']!r}")
            for f in s.spurious:
                print(f"{name} {layer} SPURIOUS {f['text']!r} rule={f.get('rule')!r}")
            for g, f in s.pairs:
                if not discourse_kit.scoring._same_attribute(layer, g, f):
                    print(f"{name} {layer} ATTR     gold={g['text']!r} {s.attribute}={g.get(s.attribute)!r}"
                          f" found={f['text']!r} {f.get(s.attribute)!r}/{f.get('speaker_canonical')!r}"
                          f" rule={f.get('rule')!r}")
