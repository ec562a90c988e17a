"""Hypothesis profiles for the fuzz tests.

``ci`` (the default): derandomized, so every run of ``make test`` tries the same
inputs and a failure reproduces; enough examples that the fuzz tests together
try more than 2,000. ``bench`` (``DISCOURSE_KIT_FUZZ=bench``, what ``make bench``
uses): four times as many, freshly random each run. The profile applies to the
fuzz tests only (see ``fuzzing.fuzz_settings``), not to other tests' hypothesis use.
"""
import os
import sys
from pathlib import Path

from hypothesis import HealthCheck, settings

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(Path(__file__).parent))
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))  # the bench package holds the news generator

_COMMON = dict(deadline=None, print_blob=True, database=None,
               suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                      HealthCheck.large_base_example])
settings.register_profile("ci", max_examples=250, derandomize=True, **_COMMON)
settings.register_profile("bench", max_examples=1000, derandomize=False, **_COMMON)

PROFILE = os.environ.get("DISCOURSE_KIT_FUZZ", "ci")


def pytest_report_header(config):
    return f"fuzz profile: {PROFILE} ({settings.get_profile(PROFILE).max_examples} examples per fuzz test)"
