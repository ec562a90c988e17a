"""Figures: titled, labelled, with the data the tables hold, and no crash on empty layers."""
import matplotlib

matplotlib.use("Agg")

import pytest  # noqa: E402

from discourse_kit import plots  # noqa: E402
from discourse_kit.keyness import keyness  # noqa: E402
from test_tables import ANALYSIS, EMPTY  # noqa: E402

FIGURES = [
    ("rates", lambda d: plots.plot_rates(d, "hedges")),
    ("breakdown", lambda d: plots.plot_breakdown(d, "quotes", "cue_stance")),
    ("speakers", plots.plot_speakers),
    ("numbers", plots.plot_numbers),
    ("readability", plots.plot_readability),
    ("dashboard", plots.plot_dashboard),
]


@pytest.mark.parametrize("data", [ANALYSIS, EMPTY], ids=["full", "empty"])
@pytest.mark.parametrize("name, make", FIGURES, ids=[f[0] for f in FIGURES])
def test_every_axis_has_title_and_labels(name, make, data):
    fig = make(data)
    for ax in [a for a in fig.axes if a.get_visible()]:
        assert ax.get_title(), f"{name}: an axis without a title"
        assert ax.get_xlabel() or ax.get_ylabel(), f"{name}: an axis without labels"


def test_rate_bars_hold_the_rates():
    fig = plots.plot_rates(ANALYSIS, "hedges")
    ax = fig.axes[0]
    heights = [p.get_height() for p in ax.patches]
    # A: hedge 2.0, booster 0, approximator 2.0; B: 0, 4.0, 0
    assert heights == [2.0, 0.0, 2.0, 0.0, 4.0, 0.0]
    assert "per 1,000 words" in ax.get_ylabel()
    # the second article differs by hatching too, not only by colour
    assert ax.patches[3].get_hatch() and not ax.patches[0].get_hatch()


def test_empty_figure_says_so():
    ax = plots.plot_rates(EMPTY, "quotes").axes[0]
    assert any("nothing found" in t.get_text() for t in ax.texts)


def test_keyness_plot_shows_significant_words_both_ways():
    from collections import Counter
    table = keyness(Counter({"kiev": 20, "the": 100}), Counter({"kyiv": 20, "the": 100}), "RU", "W")
    ax = plots.plot_keyness(table, label_a="RU", label_b="W").axes[0]
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert any(s.startswith("kiev") for s in labels) and any(s.startswith("kyiv") for s in labels)
    assert not any(s.startswith("the") for s in labels)
    assert "log ratio" in ax.get_xlabel()


def test_readability_panels_one_per_measure_without_counts():
    data = {"articles": [dict(a, readability={"flesch_reading_ease": 40.0, "gunning_fog": 15.0, "words": 500})
                         for a in ANALYSIS["articles"]]}
    data["articles"][1]["readability"] = {"flesch_reading_ease": 60.0, "gunning_fog": 11.0, "words": 250}
    fig = plots.plot_readability(data)
    shown = [ax for ax in fig.axes if ax.get_visible()]
    assert [ax.get_title() for ax in shown] == ["Flesch reading ease", "Gunning fog"]
    assert [p.get_height() for p in shown[0].patches] == [40.0, 60.0]
    assert "higher = easier" in shown[0].get_ylabel()
