"""How far two annotation sets agree, where they differ, and what a class disagrees on.

Any two sets can be compared: student vs student, student vs detector,
student vs gold. Span agreement is the scheme's own scorer
(``discourse_kit.scoring.score``: precision, recall, F1 and attribute
accuracy per layer, overlap matching). On top of it, Cohen's kappa over
tokens per layer: every token of the articles gets, from each side, the label
of the innermost item of that layer covering it (``quote``, ``hedge``,
``booster``, ``number``, ``loaded``...) or ``none``; kappa is their agreement
corrected for chance. 1.0 is perfect agreement, 0 is what chance alone would
give, below 0 is worse than chance. Optional gold items count like any other
for kappa.
"""
from __future__ import annotations

import html
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from ..document import Document, load_document
from ..errors import InputError
from ..items import LAYERS
from ..scoring import LayerScore, items_by_layer, score
from .categories import BY_NAME, category_of
from .store import annotation_set, read_store

NONE = "none"
# JupyterLab right-aligns table cells; prose reads left-aligned, top-aligned
_TD = " style='text-align:left;vertical-align:top'"


def cohen_kappa(a: list, b: list) -> float:
    """Cohen's kappa of two equally long label sequences.

    Returns:
        (observed - chance agreement) / (1 - chance agreement); higher means
        more agreement beyond chance, 1.0 is perfect. When both sides use one
        and the same label throughout, chance agreement is 1 and kappa is
        undefined; it is reported as 1.0 since the two sides agree perfectly.

    Raises:
        ValueError: if the sequences differ in length or are empty.
    """
    if len(a) != len(b) or not a:
        raise ValueError(f"need two non-empty label sequences of equal length, got {len(a)} and {len(b)}")
    n = len(a)
    observed = sum(x == y for x, y in zip(a, b)) / n
    ca, cb = Counter(a), Counter(b)
    chance = sum(ca[k] * cb[k] for k in ca) / (n * n)
    if chance == 1.0:
        return 1.0
    return (observed - chance) / (1 - chance)


def token_labels(annotations: dict, document: Document, layer: str) -> list[str]:
    """One label per token of the document's articles for one layer (``none`` if uncovered)."""
    items = sorted(items_by_layer(annotations)[layer], key=lambda it: it["end"] - it["start"])
    out = []
    for article in document.articles:
        for tok in article.tokens:
            label = NONE
            for it in items:  # shortest first: the innermost item wins
                if it["start"] < tok.end and it["end"] > tok.start:
                    label = category_of(layer, it)
                    break
            out.append(label)
    return out


def token_kappa(a, b, document: Document | str | Path) -> dict[str, float]:
    """Cohen's kappa over tokens, per layer, of two annotation sets of ``document``."""
    doc = document if isinstance(document, Document) else load_document(document)
    a, b = annotation_set(a), annotation_set(b)
    return {layer: cohen_kappa(token_labels(a, doc, layer), token_labels(b, doc, layer))
            for layer in LAYERS}


@dataclass
class Agreement:
    """Agreement of two annotation sets of one document.

    Attributes:
        names: what to call the two sides (reference first).
        scores: ``{layer: LayerScore}`` from the scheme's scorer, first side as reference.
        kappa: ``{layer: Cohen's kappa over tokens}``.
    """

    names: tuple[str, str]
    scores: dict[str, LayerScore]
    kappa: dict[str, float]
    document: Document = field(repr=False)
    a: dict = field(repr=False)
    b: dict = field(repr=False)

    def __repr__(self) -> str:
        return f"Agreement{self.names}\n{self.table().to_string()}"

    def table(self):
        """A pandas DataFrame, one row per layer: F1, precision, recall, kappa, counts."""
        import pandas as pd
        na, nb = self.names
        rows = []
        for layer, s in self.scores.items():
            rows.append({"layer": layer, "F1": round(s.f1, 3), "precision": round(s.precision, 3),
                         "recall": round(s.recall, 3), "kappa": round(self.kappa[layer], 3),
                         "both": s.tp, f"only {na}": s.fn, f"only {nb}": s.fp,
                         "attribute": s.attribute,
                         "attribute agrees": (None if s.attribute_accuracy is None
                                              else round(s.attribute_accuracy, 3))})
        return pd.DataFrame(rows).set_index("layer")

    def disagreements(self, layer: str | None = None) -> list[dict]:
        """Every disagreement: ``{layer, what, a, b}`` with ``a``/``b`` the items (or ``None``)."""
        from ..scoring import _same_attribute
        out = []
        na, nb = self.names
        for lay, s in self.scores.items():
            if layer and lay != layer:
                continue
            out += [{"layer": lay, "what": f"only {na}", "a": g, "b": None} for g in s.missed]
            out += [{"layer": lay, "what": f"only {nb}", "a": None, "b": f} for f in s.spurious]
            for g, f in s.pairs:
                if not _same_attribute(lay, g, f):
                    out.append({"layer": lay, "what": f"{s.attribute} differs", "a": g, "b": f})
                elif (g["start"], g["end"]) != (f["start"], f["end"]):
                    out.append({"layer": lay, "what": "span differs", "a": g, "b": f})
        return sorted(out, key=lambda d: (d["a"] or d["b"])["start"])

    def disagreements_html(self, layer: str | None = None, limit: int = 60) -> str:
        """The disagreements side by side, each in its sentence with the span highlighted."""
        na, nb = self.names
        rows = []
        for d in self.disagreements(layer)[:limit]:
            cells = [_in_context(self.document, d[k], d["layer"]) for k in ("a", "b")]
            rows.append(f"<tr><td{_TD}>{html.escape(d['layer'])}</td><td{_TD}>{html.escape(d['what'])}</td>"
                        f"<td{_TD}>{cells[0]}</td><td{_TD}>{cells[1]}</td></tr>")
        if not rows:
            return "<p><i>No disagreements" + (f" in {html.escape(layer)}" if layer else "") + ".</i></p>"
        more = len(self.disagreements(layer)) - limit
        tail = f"<p><i>…and {more} more.</i></p>" if more > 0 else ""
        return ("<table class='dk-disagreements' style='table-layout:fixed;width:100%'>"
                "<colgroup><col style='width:8%'><col style='width:12%'><col style='width:40%'>"
                f"<col style='width:40%'></colgroup><thead><tr><th{_TD}>layer</th><th{_TD}>what</th>"
                f"<th{_TD}>{html.escape(na)}</th><th{_TD}>{html.escape(nb)}</th></tr></thead><tbody>"
                + "".join(rows) + "</tbody></table>" + tail)

    def _repr_html_(self) -> str:
        return self.table()._repr_html_()


def _in_context(document: Document, item: dict | None, layer: str) -> str:
    if item is None:
        return "<span style='color:#888'>—</span>"
    s, e = item["start"], item["end"]
    article = document.article_at(s)
    first, last = s, e
    for a, z in (article.sentences if article else []):
        if a <= s < z or a < e <= z:
            first, last = min(first, a), max(last, z)
    lo, hi = max(first, s - 160), min(last, e + 160)
    text = document.text
    cat = BY_NAME.get(category_of(layer, item))
    colour = cat.colour if cat else "#ccc"
    extra = ""
    attr = {"quotes": "speaker", "numbers": "value", "hedges": "category", "labels": "type"}[layer]
    if item.get(attr) is not None:
        extra = f" <small>({html.escape(attr)}: {html.escape(str(item.get(attr)))})</small>"
    return (("…" if lo > first else "") + html.escape(text[lo:s])
            + f"<mark style='background:{colour}55;border-bottom:2px solid {colour}'>"
            + html.escape(text[s:e]) + "</mark>" + html.escape(text[e:hi])
            + ("…" if hi < last else "") + extra)


def agreement(a, b, document: Document | str | Path, names: tuple[str, str] = ("A", "B")) -> Agreement:
    """Compare two annotation sets of a document.

    Args:
        a: the reference side (gold, or a student): a dict, store, widget or JSON path.
        b: the other side, in any of the same forms.
        document: the document (or its path), for kappa and context.
        names: labels for the two sides in tables.

    Returns:
        An :class:`Agreement`; shows as a table in a notebook.
    """
    doc = document if isinstance(document, Document) else load_document(document)
    a, b = annotation_set(a), annotation_set(b)
    return Agreement(tuple(names), score(a, b), token_kappa(a, b, doc), doc, a, b)


def show_disagreements(a, b, document, names=("A", "B"), layer: str | None = None):
    """Display the disagreements of two sets side by side (an IPython HTML object)."""
    from IPython.display import HTML
    return HTML(agreement(a, b, document, names).disagreements_html(layer))


def load_class(folder: str | Path, document: Document) -> tuple[list[tuple[str, dict]], list[str]]:
    """Every student store of ``document`` in ``folder``: ([(annotator, set)], [problems]).

    Files of other documents are skipped silently; unreadable or corrupt files
    are skipped and named in ``problems`` (nothing is moved or changed).
    """
    sets, problems = [], []
    for path in sorted(Path(folder).glob("*.json")):
        if ".corrupt-" in path.name or ".foreign-" in path.name:
            continue
        try:
            data = read_store(path)
        except InputError as exc:
            problems.append(str(exc))
            continue
        if data.get("document_sha256") != document.sha256:
            continue
        try:
            read_store(path, document)
        except InputError as exc:
            problems.append(str(exc))
            continue
        sets.append((str(data.get("annotator") or path.stem), data))
    return sets, problems


def class_table(folder: str | Path, gold, document: Document | str | Path):
    """Each student's F1 per layer against the gold, one row per student (pandas).

    Returns:
        A DataFrame indexed by annotator with ``items``, ``F1 <layer>`` and
        ``mean F1`` (higher is closer to the gold); ``df.attrs["skipped"]``
        lists files that could not be read.
    """
    import pandas as pd
    doc = document if isinstance(document, Document) else load_document(document)
    gold = annotation_set(gold)
    sets, problems = load_class(folder, doc)
    rows = []
    for name, data in sets:
        scores = score(gold, data)
        row = {"annotator": name, "items": sum(len(v) for v in items_by_layer(data).values())}
        row.update({f"F1 {layer}": round(s.f1, 3) for layer, s in scores.items()})
        row["mean F1"] = round(sum(s.f1 for s in scores.values()) / len(scores), 3)
        rows.append(row)
    df = pd.DataFrame(rows, columns=["annotator", "items", *[f"F1 {l}" for l in LAYERS], "mean F1"])
    df = df.set_index("annotator").sort_values("mean F1", ascending=False)
    df.attrs["skipped"] = problems
    return df


def contested_spans(sets, document: Document | str | Path, top: int = 10):
    """The spans a class disagrees on most (pandas).

    Items of one layer that overlap are grouped; in each group every student
    either gave some label or none. ``disagreement`` is 1 minus the share of
    the largest camp: 0 when all agree, higher when the class is split.

    Args:
        sets: a folder of stores, or a list of ``(name, annotation set)``.
        document: the document (or its path).
        top: how many rows to return.
    """
    import pandas as pd
    doc = document if isinstance(document, Document) else load_document(document)
    if isinstance(sets, (str, Path)):
        sets, _ = load_class(sets, doc)
    sets = [(name, annotation_set(s)) for name, s in sets]
    n = len(sets)
    rows = []
    for layer in LAYERS:
        marks = sorted(((it["start"], it["end"], name, category_of(layer, it))
                        for name, s in sets for it in items_by_layer(s)[layer]))
        group: list = []
        for mark in marks + [None]:
            if group and (mark is None or mark[0] >= max(m[1] for m in group)):
                rows.append(_contested_row(layer, group, n, doc))
                group = []
            if mark is not None:
                group.append(mark)
    df = pd.DataFrame(rows, columns=["layer", "start", "end", "text", "disagreement",
                                     "marked by", "labels"])
    df = df[df["disagreement"] > 0].sort_values(["disagreement", "start"], ascending=[False, True])
    return df.head(top).reset_index(drop=True)


def _contested_row(layer, group, n, doc) -> dict:
    start, end = min(m[0] for m in group), max(m[1] for m in group)
    label_of: dict[str, str] = {}
    for _, _, name, label in sorted(group, key=lambda m: m[1] - m[0]):
        label_of.setdefault(name, label)
    camps = Counter(label_of.values())
    camps[NONE] += n - len(label_of)
    biggest = max(camps.values())
    return {"layer": layer, "start": start, "end": end, "text": doc.text[start:end],
            "disagreement": round(1 - biggest / n, 3), "marked by": f"{len(label_of)}/{n}",
            "labels": ", ".join(f"{k}×{v}" for k, v in camps.most_common() if v)}
