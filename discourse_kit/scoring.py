"""The scheme's scorer: compare any two annotation sets, layer by layer.

Defined in ``CODING_SCHEME.md`` ("Gold files and scoring"): a found item
matches a gold item of the same layer when their spans overlap; each gold item
matches at most one found item, largest overlap first. Items marked
``"optional": true`` in the gold are neither missed when absent nor wrong when
found. Precision, recall and F1 are over the non-optional items. Attribute
accuracies are over matched non-optional pairs:

* quotes: speaker (the found ``speaker`` or ``speaker_canonical`` contains the
  gold canonical surname, or the found surname is in the gold names);
* numbers: ``value`` (equal within a relative tolerance of 1e-6; both null counts);
* hedges: ``category``;
* labels: ``type`` (reported, not part of the scheme's bar).

The same function scores a detector against gold, a student against gold, or
two students against each other ("gold" is then simply the reference side).
"""
from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, field
from pathlib import Path

from .errors import InputError
from .items import LAYERS

ATTRIBUTES = {"quotes": "speaker", "numbers": "value", "hedges": "category", "labels": "type"}


@dataclass
class LayerScore:
    """Agreement of one layer.

    Attributes:
        tp: reference items matched by a found item (optional ones not counted).
        fp: found items that match no reference item.
        fn: non-optional reference items that no found item matches.
        attribute: the attribute compared on matched pairs (``speaker``, ``value``...).
        attribute_correct: matched pairs whose attribute agrees.
        pairs: the matched (reference, found) items, for showing disagreements.
        missed: the unmatched non-optional reference items.
        spurious: the unmatched found items.
    """

    tp: int = 0
    fp: int = 0
    fn: int = 0
    attribute: str = ""
    attribute_correct: int = 0
    pairs: list = field(default_factory=list, repr=False)
    missed: list = field(default_factory=list, repr=False)
    spurious: list = field(default_factory=list, repr=False)

    @property
    def precision(self) -> float:
        """Share of found items that are right; higher means fewer false alarms (1.0 if none found)."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        """Share of reference items found; higher means fewer misses (1.0 if none to find)."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall; 1.0 is perfect agreement."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def attribute_accuracy(self) -> float | None:
        """Share of matched pairs whose attribute agrees; ``None`` when nothing matched."""
        return self.attribute_correct / self.tp if self.tp else None

    def to_dict(self) -> dict:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn,
                "precision": round(self.precision, 4), "recall": round(self.recall, 4),
                "f1": round(self.f1, 4), "attribute": self.attribute,
                "attribute_accuracy": (None if self.attribute_accuracy is None
                                       else round(self.attribute_accuracy, 4))}


def items_by_layer(annotations: dict) -> dict[str, list[dict]]:
    """All items of a document's annotation set, per layer, across its articles."""
    out: dict[str, list[dict]] = {layer: [] for layer in LAYERS}
    for article in annotations.get("articles", []):
        for layer in LAYERS:
            out[layer].extend(article.get(layer) or [])
    return out


def _overlap(a: dict, b: dict) -> int:
    return min(a["end"], b["end"]) - max(a["start"], b["start"])


_WORD = re.compile(r"[\w’'.-]+")


def _surname(name: str | None) -> str | None:
    if not name:
        return None
    words = _WORD.findall(name)
    return words[-1].lower() if words else None


def _contains_word(haystack: str | None, word: str | None) -> bool:
    if not haystack or not word:
        return False
    return re.search(rf"(?<!\w){re.escape(word)}(?!\w)", haystack.lower()) is not None


def same_speaker(gold: dict, found: dict) -> bool:
    """The scheme's speaker test: the found names contain the gold canonical surname, or the reverse."""
    gold_names = " ".join(filter(None, [gold.get("speaker"), gold.get("speaker_canonical")]))
    found_names = " ".join(filter(None, [found.get("speaker"), found.get("speaker_canonical")]))
    gold_surname = _surname(gold.get("speaker_canonical") or gold.get("speaker"))
    found_surname = _surname(found.get("speaker_canonical") or found.get("speaker"))
    return _contains_word(found_names, gold_surname) or _contains_word(gold_names, found_surname)


def same_value(gold: dict, found: dict) -> bool:
    a, b = gold.get("value"), found.get("value")
    if a is None or b is None:
        return a is None and b is None
    return math.isclose(float(a), float(b), rel_tol=1e-6, abs_tol=1e-9)


def _same_attribute(layer: str, gold: dict, found: dict) -> bool:
    if layer == "quotes":
        return same_speaker(gold, found)
    if layer == "numbers":
        return same_value(gold, found)
    key = ATTRIBUTES[layer]
    return gold.get(key) == found.get(key)


def score_layer(layer: str, gold: list[dict], found: list[dict]) -> LayerScore:
    """Match ``found`` against ``gold`` for one layer, largest overlap first."""
    candidates = []
    for gi, g in enumerate(gold):
        for fi, f in enumerate(found):
            ov = _overlap(g, f)
            if ov > 0:
                # ties: earlier gold, then earlier found, so the result is deterministic
                candidates.append((-ov, gi, fi))
    candidates.sort()
    gold_match: dict[int, int] = {}
    found_match: dict[int, int] = {}
    for _, gi, fi in candidates:
        if gi not in gold_match and fi not in found_match:
            gold_match[gi] = fi
            found_match[fi] = gi
    result = LayerScore(attribute=ATTRIBUTES[layer])
    for gi, g in enumerate(gold):
        optional = bool(g.get("optional"))
        if gi in gold_match:
            if optional:
                continue
            f = found[gold_match[gi]]
            result.tp += 1
            result.pairs.append((g, f))
            if _same_attribute(layer, g, f):
                result.attribute_correct += 1
        elif not optional:
            result.fn += 1
            result.missed.append(g)
    for fi, f in enumerate(found):
        if fi not in found_match:
            result.fp += 1
            result.spurious.append(f)
    return result


def score(gold: dict, found: dict) -> dict[str, LayerScore]:
    """Score two annotation sets of the same document, per layer.

    Args:
        gold: the reference set (gold, or one student), in the scheme's JSON form.
        found: the set to compare (a detector's output, or another student).

    Returns:
        ``{layer: LayerScore}`` for quotes, hedges, numbers and labels.
    """
    g, f = items_by_layer(gold), items_by_layer(found)
    return {layer: score_layer(layer, g[layer], f[layer]) for layer in LAYERS}


def load_annotations(path: str | Path) -> dict:
    """Read an annotation set (gold, student or ``analyze --json`` output).

    A JSON list (``analyze`` of several files) is accepted when it holds one
    document.

    Raises:
        InputError: naming the file, for a missing file, bad JSON or a wrong shape.
    """
    p = Path(path)
    if not p.is_file():
        raise InputError(path, "no such file" if not p.exists() else "is not a file")
    try:
        data = json.loads(p.read_text(encoding="utf-8-sig"))
    except UnicodeDecodeError:
        raise InputError(path, "is not UTF-8 text") from None
    except json.JSONDecodeError as exc:
        raise InputError(path, f"is not valid JSON ({exc.msg} at line {exc.lineno}, column {exc.colno})") from None
    if isinstance(data, list):
        if len(data) != 1:
            raise InputError(path, f"holds {len(data)} documents; give a file with one")
        data = data[0]
    if not isinstance(data, dict) or not isinstance(data.get("articles"), list):
        raise InputError(path, 'is not an annotation set: expected an object with an "articles" list')
    for a, article in enumerate(data["articles"]):
        for layer in LAYERS:
            for i, item in enumerate(article.get(layer) or []):
                if not (isinstance(item, dict) and isinstance(item.get("start"), int)
                        and isinstance(item.get("end"), int)):
                    raise InputError(path, f"article {a + 1}, {layer} item {i + 1} has no integer start and end")
    return data


def format_scores(scores: dict[str, LayerScore]) -> str:
    """A plain-text table of the scores, one row per layer."""
    rows = [f"{'layer':<8} {'P':>6} {'R':>6} {'F1':>6} {'tp':>4} {'fp':>4} {'fn':>4}  attribute accuracy"]
    for layer, s in scores.items():
        acc = "-" if s.attribute_accuracy is None else f"{s.attribute_accuracy:.3f}"
        rows.append(f"{layer:<8} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f} "
                    f"{s.tp:4d} {s.fp:4d} {s.fn:4d}  {s.attribute} {acc}")
    return "\n".join(rows)
