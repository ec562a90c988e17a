"""Read ``hedges.tsv`` (beside this module): the hedging lexicon a student can edit."""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from ..numbers.lexicon import read_tsv

HERE = Path(__file__).parent
CONDITIONS = ("always", "before_quantity", "not_negated", "not_month", "not_noun",
              "before_to_that", "before_that", "not_after_of", "before_quantity_or_all")


def normalise(cue: str) -> str:
    """Lower case with single spaces and straight apostrophes: the lexicon's key form."""
    return re.sub(r"\s+", " ", cue.lower().replace("’", "'")).strip()


@lru_cache(maxsize=1)
def entries() -> dict[str, dict[str, str]]:
    """Normalised cue -> its row (``cue``, ``category``, ``condition``, ``note``)."""
    out = {}
    for row in read_tsv(HERE / "hedges.tsv"):
        condition = row.get("condition") or "always"
        if condition not in CONDITIONS:
            raise ValueError(f"hedges.tsv: unknown condition {condition!r} for cue {row['cue']!r}; "
                             f"use one of {', '.join(CONDITIONS)}")
        row["condition"] = condition
        out[normalise(row["cue"])] = row
    return out


def approximator_cues() -> list[str]:
    """Cues of the approximator category, as written in the lexicon."""
    return [k for k, row in entries().items() if row["category"] == "approximator"]
