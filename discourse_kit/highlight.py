"""Article text as HTML with the annotations coloured by category.

Every layer draws with its own CSS property (quotes shade the background,
hedges underline from below, numbers draw a box, labels a wavy or double
line), so nested and overlapping spans of different layers stay visible at
once. Colours come from the Okabe-Ito palette, which stays distinct for the
common kinds of colour blindness, and every category also differs by a line
style or font style, so colour is never the only cue. Hovering a span shows
its category and the rule that fired. Article text, labels and rules are
always HTML-escaped.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from html import escape

from .items import LAYERS

# Okabe-Ito
ORANGE, SKY, GREEN, YELLOW, BLUE, VERMILLION, PURPLE, BLACK = (
    "#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7", "#000000")

# category -> (legend name, inline CSS); keys are "<layer>:<category>"
STYLES = {
    "quotes:direct": ("direct quote", f"background:{SKY}55;border-left:3px solid {BLUE};"),
    "quotes:mixed": ("mixed quote", f"background:{YELLOW}88;border-left:3px dashed {BLUE};"),
    "quotes:indirect": ("indirect (reported) quote", f"background:{ORANGE}33;font-style:italic;"),
    "quotes:speaker": ("speaker", "font-weight:bold;"),
    "quotes:cue": ("attribution cue", f"font-variant:small-caps;border-bottom:1px solid {BLACK};"),
    "hedges:hedge": ("hedge", f"border-bottom:3px dotted {VERMILLION};"),
    "hedges:booster": ("booster", f"border-bottom:3px solid {BLUE};"),
    "hedges:approximator": ("approximator", f"border-bottom:3px dashed {GREEN};"),
    "numbers:number": ("number", f"border-top:2px solid {PURPLE};border-bottom:2px solid {PURPLE};"
                                 f"border-left:2px solid {PURPLE};border-right:2px solid {PURPLE};"),
    "labels:scare_quote": ("scare quote", f"text-decoration:underline wavy {VERMILLION};"),
    "labels:naming": ("contested name", f"text-decoration:underline double {BLUE};"),
    "labels:loaded": ("loaded label", f"text-decoration:overline wavy {PURPLE};"),
}
_FALLBACK = f"border-bottom:2px dotted {BLACK};"
# an outer span should open first: wide layers before narrow ones
_LAYER_ORDER = {"quotes": 0, "labels": 1, "hedges": 2, "numbers": 3}


@dataclass(frozen=True)
class Mark:
    """One coloured span: where, which style, and what its hover text says."""

    start: int
    end: int
    key: str
    tip: str


class HTML:
    """A piece of HTML that Jupyter displays (``_repr_html_``) and tests can read (``.html``)."""

    def __init__(self, html: str):
        self.html = html

    def _repr_html_(self) -> str:
        return self.html

    def __str__(self) -> str:
        return self.html


def _get(item, name, default=None):
    return item.get(name, default) if isinstance(item, dict) else getattr(item, name, default)


def _category(layer: str, item) -> str:
    if layer == "quotes":
        return _get(item, "kind") or "indirect"
    if layer == "hedges":
        return _get(item, "category") or "hedge"
    if layer == "labels":
        return _get(item, "type") or "loaded"
    return "number"


def _tip(name: str, item, extra: str = "") -> str:
    rule = _get(item, "rule")
    return f"{name}{extra} — rule: {rule if rule else 'marked by a person'}"


def _layer_of(item) -> str:
    """Guess an item's layer from its fields (for plain lists of items)."""
    for layer, field in (("quotes", "speaker"), ("hedges", "voice"), ("labels", "type"),
                         ("numbers", "value")):
        if (isinstance(item, dict) and field in item) or hasattr(item, field):
            return layer
    raise ValueError(f"cannot tell the layer of {item!r}")


def marks_for(items_by_layer: dict, layers=LAYERS) -> list[Mark]:
    """Turn ``{layer: [items]}`` into marks, speakers and cues of quotes included."""
    out = []
    for layer in layers:
        for item in items_by_layer.get(layer, []) or []:
            cat = _category(layer, item)
            key = f"{layer}:{cat}"
            name = STYLES.get(key, (cat.replace("_", " "),))[0]
            extra = ""
            if layer == "quotes":
                who = _get(item, "speaker_canonical") or _get(item, "speaker")
                extra = f" by {who}" if who else ""
                if _get(item, "cue_stance"):
                    extra += f" (cue stance: {_get(item, 'cue_stance')})"
            elif layer == "hedges" and _get(item, "voice"):
                extra = f" in the {_get(item, 'voice')} voice"
            elif layer == "numbers":
                bits = [f"{k}: {_get(item, k)}" for k in ("value", "kind", "unit", "approximator")
                        if _get(item, k) is not None]
                extra = f" ({', '.join(bits)})" if bits else ""
            out.append(Mark(_get(item, "start"), _get(item, "end"), key, _tip(name, item, extra)))
            if layer == "quotes":
                for part in ("speaker", "cue"):
                    s, e = _get(item, f"{part}_start"), _get(item, f"{part}_end")
                    if s is not None and e is not None and e > s:
                        label = STYLES[f"quotes:{part}"][0]
                        out.append(Mark(s, e, f"quotes:{part}", _tip(label, item)))
    return out


def _normalise(analysis) -> dict:
    """Accept an ArticleAnalysis, an article dict, or a list of items."""
    if isinstance(analysis, (list, tuple)):
        grouped: dict = {}
        for item in analysis:
            grouped.setdefault(_layer_of(item), []).append(item)
        return grouped
    return {layer: _get(analysis, layer, []) for layer in LAYERS}


_SIDE = {"left": re.compile(r"border-left:[^;]*;"), "right": re.compile(r"border-right:[^;]*;")}


def _edges(style: str, first: bool, last: bool) -> str:
    """Draw a mark's left edge only on its first piece and its right edge only on its last,
    so a mark cut into pieces by other marks still looks like one box or one bar."""
    if not first:
        style = _SIDE["left"].sub("", style)
    if not last:
        style = _SIDE["right"].sub("", style)
    return style


def render_span_html(text: str, start: int, end: int, marks: list[Mark]) -> str:
    """HTML of ``text[start:end]`` with the marks that touch it, clipped to it.

    The text is cut at every mark boundary; each piece is wrapped in one span
    per mark that covers it (widest first), so overlapping marks never produce
    badly nested tags. The innermost span's hover lists every mark on the piece.
    """
    inside = [m for m in marks if m.start < end and m.end > start and m.end > m.start]
    cuts = sorted({start, end} | {max(start, m.start) for m in inside} | {min(end, m.end) for m in inside})
    parts = []
    for s, e in zip(cuts, cuts[1:]):
        active = [m for m in inside if m.start <= s and m.end >= e]
        active.sort(key=lambda m: (_LAYER_ORDER.get(m.key.split(":")[0], 9), -(m.end - m.start)))
        piece = escape(text[s:e])
        if not active:
            parts.append(piece)
            continue
        tips = "\n".join(dict.fromkeys(m.tip for m in active))
        html = piece
        for n, m in enumerate(reversed(active)):
            style = _edges(STYLES.get(m.key, ("", _FALLBACK))[1], first=s == max(start, m.start),
                           last=e == min(end, m.end))
            title = tips if n == 0 else m.tip
            html = (f'<span class="dkh-{escape(m.key.replace(":", "-"))}" style="{style}" '
                    f'title="{escape(title)}">{html}</span>')
        parts.append(html)
    return "".join(parts)


def legend_html(marks: list[Mark], layers=LAYERS) -> str:
    """A legend of every category of the chosen layers, with a sample and a count."""
    if not layers:
        return ""
    counts: dict = {}
    for m in marks:
        counts[m.key] = counts.get(m.key, 0) + 1
    keys = [k for k in STYLES if k.split(":")[0] in layers]
    keys += sorted(k for k in counts if k not in STYLES)
    cells = []
    for key in keys:
        name, style = STYLES.get(key, (key.split(":")[1].replace("_", " "), _FALLBACK))
        cells.append(f'<span style="margin-right:1.2em;white-space:nowrap">'
                     f'<span style="{style}padding:0 2px">{escape(name)}</span> '
                     f'<span style="color:#555">({counts.get(key, 0)})</span></span>')
    return ('<div class="dkh-legend" style="font-size:0.85em;line-height:2;margin:0.3em 0 0.6em 0">'
            '<b>Legend</b> (hover a span to see the rule that fired): ' + " ".join(cells) + "</div>")


def _article_of(document, analysis, items_by_layer):
    start = _get(analysis, "start") if not isinstance(analysis, (list, tuple)) else None
    if start is not None:
        article = document.article_at(start)
        if article is not None:
            return article
    for items in items_by_layer.values():
        for item in items:
            article = document.article_at(_get(item, "start"))
            if article is not None:
                return article
    return document.articles[0]


def article_html(document, analysis, layers=LAYERS, legend: bool = True, article=None) -> str:
    """HTML of one article (headline, subheadings, paragraphs) with its spans marked."""
    grouped = _normalise(analysis)
    if article is None:
        article = _article_of(document, analysis, grouped)
    elif isinstance(article, int):
        article = document.articles[article]
    marks = marks_for(grouped, layers)
    out = [legend_html(marks, layers)] if legend else []
    out.append(f'<div class="dkh-article" style="line-height:1.9;max-width:60em">'
               f'<div style="color:#555;font-size:0.8em;letter-spacing:0.05em">{escape(article.label)}</div>')
    for block in article.body_blocks:
        inner = render_span_html(document.text, block.start, block.end, marks)
        if block.kind == "headline":
            out.append(f'<h4 style="margin:0.2em 0 0.5em 0">{inner}</h4>')
        elif block.kind == "subheading":
            out.append(f'<p style="font-weight:bold;margin:0.6em 0 0.2em 0">{inner}</p>')
        else:
            out.append(f'<p style="margin:0 0 0.6em 0">{inner}</p>')
    out.append("</div>")
    return "".join(out)


def highlight(document, analysis, layers=LAYERS, legend: bool = True, article=None) -> HTML:
    """Show one article's text with its annotations coloured by category.

    Args:
        document: the loaded :class:`~discourse_kit.document.Document`.
        analysis: what to mark: an :class:`~discourse_kit.items.ArticleAnalysis`,
            one article's dict from ``analyze()``, or a plain list of items.
        layers: which layers to draw (``"quotes"``, ``"hedges"``, ``"numbers"``, ``"labels"``).
        legend: show a legend with each category's style and count.
        article: the article to show (index or Article); by default the one
            the analysis (or its first item) belongs to.

    Returns:
        An object Jupyter displays as HTML; its ``.html`` is the markup.
    """
    layers = (layers,) if isinstance(layers, str) else tuple(layers)
    return HTML(article_html(document, analysis, layers, legend, article))


def side_by_side(document, analysis: dict, left: int = 0, right: int = 1, layers=LAYERS) -> HTML:
    """Two articles next to each other, each highlighted, under one shared legend.

    Args:
        document: the loaded document.
        analysis: the whole ``analyze()`` dict (``{"articles": [...]}``).
        left: index of the article in the left column.
        right: index of the article in the right column.
        layers: which layers to draw.
    """
    layers = (layers,) if isinstance(layers, str) else tuple(layers)
    arts = analysis["articles"]
    cols, marks = [], []
    for index in (left, right):
        grouped = _normalise(arts[index])
        marks += marks_for(grouped, layers)
        cols.append('<div style="flex:1 1 0;min-width:0;padding:0 0.6em;border-left:1px solid #ddd">'
                    + article_html(document, arts[index], layers, legend=False,
                                   article=document.articles[index]) + "</div>")
    return HTML(legend_html(marks, layers)
                # a scroll box: two whole articles would push everything else far down
                + '<div class="dkh-side-by-side" style="display:flex;gap:0.8em;align-items:flex-start;'
                  'max-height:34em;overflow-y:auto;border:1px solid #ddd;padding:0.4em 0">'
                + "".join(cols) + "</div>")
