"""Helpers the course notebooks share: load a pair of articles and say what is in it.

A notebook's first cell names its source file (``SOURCE``) relative to the
notebooks folder, so the whole course runs unchanged on any file in the
scheme's format that holds two or more articles.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .document import Document, load_document
from .errors import InputError

NOTEBOOKS_DIR = Path(__file__).resolve().parents[1] / "notebooks"
SHIPPED_SOURCE = "../seeds/000_1272ebf6c73cbd1c.txt"


@dataclass
class Pair:
    """A loaded source file, its analysis, and the two articles a notebook compares.

    Attributes:
        document: the loaded :class:`~discourse_kit.document.Document`.
        analysis: the ``discourse-kit analyze --json`` dict of every article.
        left: index of the first article compared (0 = first in the file).
        right: index of the second article compared.
    """

    document: Document
    analysis: dict
    left: int = 0
    right: int = 1

    @property
    def articles(self) -> list[dict]:
        """Every article's analysis dict, in file order; repeated labels get ``(2)``, as in the tables."""
        from .tables import _articles

        return _articles(self.analysis)

    @property
    def a(self) -> dict:
        return self.articles[self.left]

    @property
    def b(self) -> dict:
        return self.articles[self.right]

    @property
    def labels(self) -> tuple[str, str]:
        """The perspective lines of the two compared articles."""
        return self.a["label"], self.b["label"]

    def note(self) -> str:
        """One line saying which articles are compared (and that others exist)."""
        text = (f"Comparing article {self.left + 1} ({self.a['label']}) with "
                f"article {self.right + 1} ({self.b['label']}).")
        if len(self.articles) > 2:
            text += (f" This file holds {len(self.articles)} articles: tables list them all;"
                     " change LEFT and RIGHT in the first cell to compare another two.")
        return text


def resolve_source(source: str | Path, base: str | Path | None = None) -> Path:
    """Find ``source``: as given (relative to the working directory, which in a
    notebook is the notebooks folder), then relative to ``base`` or the course's
    notebooks folder.

    Raises:
        InputError: if no such file exists, naming the path and where it looked.
    """
    path = Path(source).expanduser()
    if path.is_absolute() or path.exists():
        if not path.exists():
            raise InputError(source, "no such file")
        return path
    for folder in (Path(base) if base else None, NOTEBOOKS_DIR):
        if folder is not None and (folder / path).exists():
            return folder / path
    raise InputError(source, f"no such file (looked in {Path.cwd().name}/ and the notebooks folder); "
                             "check SOURCE in the first cell")


def load_pair(source: str | Path = SHIPPED_SOURCE, left: int = 0, right: int = 1,
              base: str | Path | None = None) -> Pair:
    """Load a source file, analyse it, and pick the two articles to compare.

    Args:
        source: path of a file in the scheme's format with two or more articles.
        left: index of the first article to compare.
        right: index of the second article to compare.
        base: folder to resolve a relative ``source`` against if the working
            directory does not hold it.

    Raises:
        InputError: if the file is missing or unreadable, holds fewer than two
            articles, or ``left``/``right`` do not name two different articles.
    """
    from .analysis import analysis_to_dict, analyze_document

    path = resolve_source(source, base)
    document = load_document(path)
    n = len(document.articles)
    if n < 2:
        raise InputError(path, (
            f"holds {n} article; the course compares two or more. Put each article "
            "after its own perspective line, e.g. 'RUSSIAN PERSPECTIVE' then "
            "'WESTERN PERSPECTIVE' (see CODING_SCHEME.md, 'Spans')"))
    for name, index in (("LEFT", left), ("RIGHT", right)):
        if not 0 <= index < n:
            raise InputError(path, f"has articles 0 to {n - 1}; {name} = {index} is not one of them")
    if left == right:
        raise InputError(path, f"LEFT and RIGHT are both {left}: pick two different articles")
    analysis = analysis_to_dict(document, analyze_document(document), name=path.name)
    return Pair(document=document, analysis=analysis, left=left, right=right)


def overview(pair: Pair) -> str:
    """A fixed-width text table of the file's articles: number, label, words, headline.

    Deterministic (it depends on the text, not on the detectors), so notebooks
    can check its output.
    """
    rows = [(str(i + 1), a["label"], str(a["words"]), a["title"])
            for i, a in enumerate(pair.articles)]
    head = ("#", "perspective", "words", "headline")
    widths = [max(len(r[k]) for r in rows + [head]) for k in range(3)]
    lines = []
    for r in [head] + rows:
        cells = [r[k].ljust(widths[k]) if k != 2 else r[k].rjust(widths[k]) for k in range(3)]
        title = r[3] if len(r[3]) <= 60 else r[3][:57] + "..."
        lines.append("  ".join(cells + [title]))
    return "\n".join(lines)


# --- findings: sentences computed from the tables, never written by hand -----

def _html_list(title: str, lines: list[str]):
    from html import escape

    from .highlight import HTML

    items = "".join(f"<li>{escape(line)}</li>" for line in lines)
    return HTML(f"<div class='dkh-findings'><b>{escape(title)}</b><ul>{items}</ul>"
                "<i style='color:#555'>Computed by the detectors from the text above: check them "
                "against your own reading before you trust them.</i></div>")


def _n(count: int, word: str) -> str:
    """``1 hedge``, ``2 hedges``."""
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


def _more(x: float, y: float, a: str, b: str, what: str, unit: str = "") -> str:
    if x == y:
        return f"Both articles have the same {what} ({x}{unit})."
    hi, lo = (a, b) if x > y else (b, a)
    return f"{hi} has more {what} than {lo} ({max(x, y)}{unit} vs {min(x, y)}{unit})."


def quote_findings(pair: Pair):
    """What the quote layer found, in sentences, for the two compared articles."""
    from .tables import quotes_summary, speakers_table

    s = quotes_summary({"articles": [pair.a, pair.b]}).set_index("article")
    sp = speakers_table({"articles": [pair.a, pair.b]})
    lines = []
    for label in s.index:
        r = s.loc[label]
        top = sp[sp["article"] == label].head(3)
        who = ", ".join(f"{x.speaker} ({x.quotes})" for x in top.itertuples()) or "nobody"
        lines.append(f"{label}: {_n(r.quotes, 'attributed claim')} from {_n(r.speakers, 'source')} "
                     f"({r.quotes_per_1000_words} per 1,000 words); {round(100 * r.direct_share)}% "
                     f"in the source's own words. Most quoted: {who}.")
    a, b = s.index[0], s.index[1]
    lines.append(_more(s.loc[a, "quotes_per_1000_words"], s.loc[b, "quotes_per_1000_words"], a, b,
                       "attributed claims per 1,000 words"))
    return _html_list("Who speaks: what the detectors found", lines)


def hedge_findings(pair: Pair):
    """What the hedge layer found, per 1,000 words, by category and by voice."""
    from .tables import per_1000

    lines = []
    rates = {}
    for art in (pair.a, pair.b):
        words = art["words"]
        hedges = art["hedges"]
        count = {c: sum(1 for h in hedges if h.get("category") == c)
                 for c in ("hedge", "booster", "approximator")}
        author = sum(1 for h in hedges if h.get("category") == "hedge" and h.get("voice") == "author")
        rates[art["label"]] = per_1000(count["hedge"], words), per_1000(count["booster"], words)
        lines.append(f"{art['label']}: {_n(count['hedge'], 'hedge')} ({per_1000(count['hedge'], words)} per "
                     f"1,000 words, {author} in the author's own voice), {_n(count['booster'], 'booster')}, "
                     f"{_n(count['approximator'], 'approximator')}.")
    (a, ra), (b, rb) = rates.items()
    lines.append(_more(ra[0], rb[0], a, b, "hedges per 1,000 words"))
    lines.append(_more(ra[1], rb[1], a, b, "boosters per 1,000 words"))
    return _html_list("How sure they sound: what the detectors found", lines)


def number_findings(pair: Pair):
    """What the number layer found: how many numbers, of which kinds, in whose voice."""
    from .tables import numbers_table

    nt = numbers_table({"articles": [pair.a, pair.b]})
    lines = []
    for art in (pair.a, pair.b):
        g = nt[nt["article"] == art["label"]]
        kinds = g["kind"].value_counts()
        kind_text = ", ".join(f"{n} {k}" for k, n in kinds.items()) or "none"
        approx = int(g["approximator"].notna().sum())
        author = int((g["source"] == "(author)").sum())
        lines.append(f"{art['label']}: {_n(len(g), 'number')} ({kind_text}); {approx} with an approximator; "
                     f"{author} in the author's voice, {len(g) - author} inside quotes.")
    return _html_list("How they count: what the detectors found", lines)


def label_findings(pair: Pair):
    """What the label layer and the contested-name list found."""
    from .tables import name_variants

    lines = []
    for art in (pair.a, pair.b):
        types = {t: sum(1 for x in art["labels"] if x.get("type") == t)
                 for t in ("scare_quote", "naming", "loaded")}
        lines.append(f"{art['label']}: {_n(types['scare_quote'], 'scare quote')}, "
                     f"{_n(types['naming'], 'contested name')}, {_n(types['loaded'], 'loaded label')}.")
    names = name_variants(pair.document, {"articles": [pair.a, pair.b]})
    a, b = pair.a["label"], pair.b["label"]
    cols = list(names.columns[2:4])
    for group, g in names.groupby("group", sort=False):
        only_a = [f for f, x, y in zip(g["form"], g[cols[0]], g[cols[1]]) if x and not y]
        only_b = [f for f, x, y in zip(g["form"], g[cols[0]], g[cols[1]]) if y and not x]
        if only_a and only_b:
            lines.append(f"{group}: only {a} says {', '.join(only_a)}; only {b} says {', '.join(only_b)}.")
    return _html_list("What they call things: what the detectors found", lines)
