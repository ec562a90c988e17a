"""matplotlib figures of the analysis: titled, labelled, with units, colour-blind safe.

Every function returns a :class:`matplotlib.figure.Figure` (Jupyter shows it
when it is a cell's last value) and never calls ``plt.show()``. Articles are
told apart by Okabe-Ito colours *and* hatching, so a printout in grey or a
colour-blind reader can still tell the bars apart. An empty layer gives a
figure that says so instead of an error.
"""
from __future__ import annotations

from .tables import (CATEGORIES, _articles, breakdown, numbers_table, rates_wide)

PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000")
LAYER_TITLES = {"quotes": "Quotes", "hedges": "Hedges, boosters and approximators",
                "numbers": "Numbers", "labels": "Labels"}
HATCHES = ("", "//", "..", "xx", "\\\\", "oo")


def _new(width: float = 7.0, height: float = 3.6, ncols: int = 1):
    import matplotlib.pyplot as plt

    fig, axes = plt.subplots(1, ncols, figsize=(width, height), layout="constrained")
    plt.close(fig)  # shown once, as the cell's value, not again by the inline backend
    return fig, axes


def _empty(ax, message: str):
    ax.text(0.5, 0.5, message, ha="center", va="center", transform=ax.transAxes, color="#555", wrap=True)
    ax.set_xticks([])
    ax.set_yticks([])


def grouped_bars(ax, table, title: str, ylabel: str, xlabel: str = "", legend: bool = True):
    """Draw a table (rows = categories, columns = articles) as grouped bars on ``ax``."""
    ax.set_title(title)
    ax.set_ylabel(ylabel)
    if xlabel:
        ax.set_xlabel(xlabel)
    if table.empty or not table.to_numpy().any():
        _empty(ax, "nothing found in these articles")
        return ax
    n = len(table.columns)
    width = 0.8 / n
    xs = range(len(table.index))
    for k, column in enumerate(table.columns):
        ax.bar([x + (k - (n - 1) / 2) * width for x in xs], table[column].astype(float), width,
               label=str(column), color=PALETTE[k % len(PALETTE)], hatch=HATCHES[k % len(HATCHES)],
               edgecolor="white" if not HATCHES[k % len(HATCHES)] else "#333", linewidth=0.5)
    ax.set_xticks(list(xs))
    ax.set_xticklabels([str(i).replace("_", " ") for i in table.index],
                       rotation=30 if len(table.index) > 4 else 0, ha="right" if len(table.index) > 4 else "center")
    if legend:
        ax.legend(fontsize="small", frameon=False, loc="best")
    ax.spines[["top", "right"]].set_visible(False)
    return ax


def plot_rates(analysis: dict, layer: str, articles=None):
    """Rate per 1,000 words of each category of ``layer``, one bar per article.

    Higher bars mean the article uses that kind of item more densely.
    """
    fig, ax = _new()
    table = rates_wide(analysis, layer).drop(index="(all)")
    if articles is not None:
        table = table.iloc[:, list(articles)]
    grouped_bars(ax, table, f"{LAYER_TITLES.get(layer, layer.capitalize())}: how often, per 1,000 words",
                 "items per 1,000 words", "category")
    return fig


def plot_breakdown(analysis: dict, layer: str, field: str, title: str | None = None,
                   normalise: bool = False, top: int = 10):
    """Counts of each value of ``field`` in ``layer`` per article (``normalise``: per 1,000 words)."""
    fig, ax = _new()
    table = breakdown(analysis, layer, field, normalise=normalise).head(top)
    unit = "per 1,000 words" if normalise else "number of items"
    grouped_bars(ax, table, title or f"{layer.capitalize()} by {field.replace('_', ' ')}", unit,
                 field.replace("_", " "))
    return fig


def plot_speakers(analysis: dict, top: int = 8):
    """The most quoted speakers of each article, as horizontal bars (one panel per article)."""
    from .tables import speakers_table

    arts = _articles(analysis)
    fig, axes = _new(width=4.2 * len(arts), height=3.4, ncols=len(arts))
    axes = list(axes) if len(arts) > 1 else [axes]
    sp = speakers_table(analysis)
    for k, (ax, art) in enumerate(zip(axes, arts)):
        g = sp[sp["article"] == art["label"]].head(top)
        ax.set_title(f"Most quoted in\n{art['label']}", fontsize="medium")
        ax.set_xlabel("quotes attributed (count)")
        if g.empty:
            _empty(ax, "no quotes found")
            continue
        names = [s if len(s) <= 24 else s[:22] + "…" for s in g["speaker"]][::-1]
        ax.barh(names, g["direct"][::-1], color=PALETTE[0], label="direct")
        ax.barh(names, (g["quotes"] - g["direct"])[::-1], left=g["direct"][::-1],
                color=PALETTE[1], hatch="//", edgecolor="#333", linewidth=0.5, label="mixed or indirect")
        ax.legend(fontsize="small", frameon=False, loc="lower right")
        ax.spines[["top", "right"]].set_visible(False)
        ax.xaxis.get_major_locator().set_params(integer=True)
    # one scale for every panel, so bar lengths compare across articles
    top_count = max([int(sp["quotes"].max())] if len(sp) else [1])
    for ax in axes:
        if ax.patches:
            ax.set_xlim(0, top_count + 0.5)
    return fig


def plot_keyness(table, top: int = 10, label_a: str = "A", label_b: str = "B"):
    """The ``top`` key words of each side by log ratio (bars) among those significant at p < 0.05.

    Bars right of 0 are words the first article uses more (each unit doubles the
    relative frequency); bars left of 0 words the second uses more.
    """
    fig, ax = _new(height=4.2)
    sig = table[table["log_likelihood"] >= 3.84] if len(table) else table
    ax.set_title(f"Key words (p < 0.05): {label_a} vs {label_b}")
    ax.set_xlabel("Hardie's log ratio (log2 of relative-frequency ratio)")
    if sig.empty:
        _empty(ax, "no word differs significantly (p < 0.05)")
        return fig
    pos = sig[sig["log_ratio"] > 0].nlargest(top, "log_ratio")
    neg = sig[sig["log_ratio"] < 0].nsmallest(top, "log_ratio")
    data = list(reversed(list(neg.itertuples()))) + list(reversed(list(pos.itertuples())))
    words = [f"{r.word} {r.stars}" for r in data]
    ax.barh(range(len(data)), [r.log_ratio for r in data],
            color=[PALETTE[0] if r.log_ratio > 0 else PALETTE[1] for r in data],
            hatch=None, edgecolor="#333", linewidth=0.5)
    for i, r in enumerate(data):
        if r.log_ratio < 0:
            ax.patches[i].set_hatch("//")
    ax.set_yticks(range(len(data)))
    ax.set_yticklabels(words, fontsize="small")
    ax.axvline(0, color="#333", linewidth=0.8)
    from matplotlib.patches import Patch
    ax.legend(handles=[Patch(facecolor=PALETTE[0], label=f"more in {label_a}"),
                       Patch(facecolor=PALETTE[1], hatch="//", edgecolor="#333", label=f"more in {label_b}")],
              fontsize="small", frameon=False, loc="best")
    ax.spines[["top", "right"]].set_visible(False)
    return fig


def plot_numbers(analysis: dict):
    """What each article counts: numbers by kind (left) and who gives them (right)."""
    fig, (ax1, ax2) = _new(width=10, height=3.6, ncols=2)
    table = breakdown(analysis, "numbers", "kind")
    kinds = [k for k in CATEGORIES["numbers"] if k in table.index] + [k for k in table.index if k not in CATEGORIES["numbers"]]
    grouped_bars(ax1, table.loc[kinds] if len(table) else table, "Numbers by kind", "numbers (count)", "kind")
    nt = numbers_table(analysis)
    ax2.set_title("Who gives the numbers")
    ax2.set_ylabel("numbers (count)")
    ax2.set_xlabel("article")
    if nt.empty:
        _empty(ax2, "no numbers found")
        return fig
    labels = [a["label"] for a in _articles(analysis)]
    author = [int(((nt["article"] == lab) & (nt["source"] == "(author)")).sum()) for lab in labels]
    quoted = [int(((nt["article"] == lab) & (nt["source"] != "(author)")).sum()) for lab in labels]
    short = [lab.replace(" PERSPECTIVE", "").title() for lab in labels]
    ax2.bar(short, author, color=PALETTE[2], label="the author's own voice")
    ax2.bar(short, quoted, bottom=author, color=PALETTE[3], hatch="..", edgecolor="#333", linewidth=0.5,
            label="inside a quote")
    ax2.legend(fontsize="small", frameon=False)
    ax2.yaxis.get_major_locator().set_params(integer=True)
    ax2.spines[["top", "right"]].set_visible(False)
    return fig


# what each readability measure is counted in, and which way is easier to read
READABILITY_UNITS = {
    "flesch_reading_ease": "score 0-100 (higher = easier)",
    "flesch_kincaid_grade": "US school grade (higher = harder)",
    "gunning_fog": "years of schooling (higher = harder)",
    "smog_index": "years of schooling (higher = harder)",
    "dale_chall": "score (higher = harder)",
    "coleman_liau_index": "US school grade (higher = harder)",
    "automated_readability_index": "US school grade (higher = harder)",
    "mean_sentence_length": "words per sentence",
}
_COUNTS = ("words", "sentences", "syllables", "characters")


def plot_readability(analysis: dict, left: int | None = None, right: int | None = None):
    """One small panel per readability measure, one bar per article (each panel has its own scale).

    Plain counts (words, sentences) are left out: they measure length, not difficulty.
    """
    import matplotlib.pyplot as plt

    arts = _articles(analysis)
    if left is not None and right is not None:
        arts = [arts[left], arts[right]]
    measures = [k for k in dict.fromkeys(k for a in arts for k in (a.get("readability") or {}))
                if k not in _COUNTS and all(isinstance((a.get("readability") or {}).get(k), (int, float))
                                            for a in arts)]
    if not measures:
        fig, ax = _new()
        ax.set_title("Readability at a glance")
        ax.set_ylabel("score")
        _empty(ax, "no readability scores for these articles")
        return fig
    ncols = min(3, len(measures))
    nrows = -(-len(measures) // ncols)
    fig, axes = plt.subplots(nrows, ncols, figsize=(3.4 * ncols, 2.6 * nrows), layout="constrained",
                             squeeze=False)
    plt.close(fig)
    names = [a["label"].replace(" PERSPECTIVE", "").title() for a in arts]
    for ax, key in zip(axes.flat, measures):
        values = [a["readability"][key] for a in arts]
        bars = ax.bar(names, values, color=[PALETTE[k % len(PALETTE)] for k in range(len(arts))],
                      edgecolor="#333", linewidth=0.5)
        for k, bar in enumerate(bars):
            bar.set_hatch(HATCHES[k % len(HATCHES)])
        ax.bar_label(bars, fmt="%.1f", fontsize="small")
        ax.set_title(key.replace("_", " ").capitalize(), fontsize="medium")
        ax.set_ylabel(READABILITY_UNITS.get(key, "score"), fontsize="small")
        ax.set_xlabel("article", fontsize="small")
        ax.margins(y=0.15)
        ax.spines[["top", "right"]].set_visible(False)
    for ax in list(axes.flat)[len(measures):]:
        ax.set_visible(False)
    fig.suptitle("Readability at a glance: each measure on its own scale")
    return fig


def plot_dashboard(analysis: dict, left: int = 0, right: int = 1):
    """Four lenses side by side for two articles: quotes, hedges, numbers, labels per 1,000 words."""
    import matplotlib.pyplot as plt

    arts = _articles(analysis)
    fig, axes = plt.subplots(1, 4, figsize=(14, 3.6), layout="constrained")
    plt.close(fig)
    pick = [left, right]
    titles = {"quotes": "Quote kinds", "hedges": "Hedging & boosting", "numbers": "Numbers by kind",
              "labels": "Labels"}
    for ax, layer in zip(axes, ("quotes", "hedges", "numbers", "labels")):
        table = rates_wide({"articles": arts}, layer).drop(index="(all)").iloc[:, pick]
        table = table[table.sum(axis=1) > 0] if layer == "numbers" and table.to_numpy().any() else table
        grouped_bars(ax, table, titles[layer], "per 1,000 words", legend=False)
    handles = [h for ax in axes for h in ax.get_legend_handles_labels()[0]][:2]
    if handles:
        fig.legend(handles=handles, loc="outside lower center", ncols=2, frameon=False)
    fig.suptitle(f"{arts[left]['label']} vs {arts[right]['label']}: every lens, per 1,000 words")
    return fig
