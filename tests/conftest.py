"""Shared test helpers: paths of the shipped seed and its gold."""
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "seeds" / "000_1272ebf6c73cbd1c.txt"
GOLD = REPO / "seeds" / "000_1272ebf6c73cbd1c.gold.json"

# fixture notebooks (grading submissions, broken files) are data, not tests
collect_ignore_glob = ["fixtures/*", "data/*", "shots/*"]


@pytest.fixture(scope="session")
def seed_path() -> Path:
    return SEED


@pytest.fixture(scope="session")
def gold_path() -> Path:
    return GOLD
