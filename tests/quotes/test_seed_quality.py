"""The quotes layer against the seed's gold, with the scheme's scorer (the issue's bar)."""
from __future__ import annotations

import json
import subprocess
import sys

from discourse_kit import analyze, load_annotations, score

F1_BAR = 0.90
SPEAKER_BAR = 0.90


def test_seed_quotes_meet_the_bar(seed_path, gold_path, record_property):
    result = score(load_annotations(gold_path), analyze(seed_path))["quotes"]
    figures = (f"quotes P={result.precision:.3f} R={result.recall:.3f} F1={result.f1:.3f} "
               f"speaker={result.attribute_accuracy:.3f} (tp={result.tp} fp={result.fp} "
               f"fn={result.fn})")
    print(figures)
    record_property("quotes_figures", figures)  # in the JUnit report, with or without -s
    assert result.f1 >= F1_BAR, figures
    assert result.attribute_accuracy >= SPEAKER_BAR, figures


def test_cli_score_reports_the_same_figures(seed_path, gold_path, tmp_path):
    """`discourse-kit analyze --json` then `discourse-kit score`, as a student would run them."""
    pred = tmp_path / "pred.json"
    out = subprocess.run([sys.executable, "-m", "discourse_kit", "analyze", str(seed_path),
                          "--json"], capture_output=True, text=True, check=True).stdout
    pred.write_text(out, encoding="utf-8")
    assert json.loads(out)["articles"][0]["quotes"], "analyze printed no quotes"
    report = subprocess.run([sys.executable, "-m", "discourse_kit", "score", str(gold_path),
                             str(pred)], capture_output=True, text=True, check=True).stdout
    line = next(l for l in report.splitlines() if l.startswith("quotes"))
    f1 = float(line.split()[3])
    assert f1 >= F1_BAR, report
