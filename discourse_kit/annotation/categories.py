"""The ten categories a student can give a span, and where each lands in the scheme.

=================  ======  ==========================================  ===
category           key     stored as (``CODING_SCHEME.md``)            tag
=================  ======  ==========================================  ===
``quote``          1       a ``quotes`` item; the span is the content  Q
``speaker``        2       ``speaker_start``/``speaker_end`` (and      S
                           ``speaker``) of a quote item
``cue``            3       ``cue_start``/``cue_end`` (and ``cue``) of  C
                           a quote item
``hedge``          4       a ``hedges`` item, ``category: hedge``      H
``booster``        5       a ``hedges`` item, ``category: booster``    B
``approximator``   6       a ``hedges`` item, ``category: approx...``  A
``number``         7       a ``numbers`` item                          N
``scare_quote``    8       a ``labels`` item, ``type: scare_quote``    SQ
``naming``         9       a ``labels`` item, ``type: naming``         Nm
``loaded``         0       a ``labels`` item, ``type: loaded``         L
=================  ======  ==========================================  ===

Speaker and cue are not items of their own in the scheme: they belong to a
quote. A speaker or cue span is attached to the quote the student has selected,
else to the nearest quote in the same paragraph; with no quote there the
widget asks the student to mark the quote's content first.

Colours are the Okabe-Ito palette (safe for the common colour-vision
deficiencies); each category also has its own underline style and a short
tag printed after the span, so colour is never the only cue.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass


@dataclass(frozen=True)
class Category:
    """One annotation category.

    Attributes:
        name: identifier used in code and messages (``"hedge"``).
        label: what the student reads (``"hedge"``, ``"quote content"``).
        key: the number key that applies it.
        layer: the scheme layer it is stored in.
        field: the item field it sets (``category``, ``type``), or the
            quote sub-span it sets (``speaker``, ``cue``), or ``None``.
        colour: CSS colour of its highlight.
        line: CSS ``text-decoration-style`` of its underline.
        tag: the short tag shown after a span.
    """

    name: str
    label: str
    key: str
    layer: str
    field: str | None
    colour: str
    line: str
    tag: str

    def to_dict(self) -> dict:
        return asdict(self)


CATEGORIES: tuple[Category, ...] = (
    Category("quote", "quote content", "1", "quotes", None, "#56B4E9", "solid", "Q"),
    Category("speaker", "speaker", "2", "quotes", "speaker", "#0072B2", "double", "S"),
    Category("cue", "cue", "3", "quotes", "cue", "#0072B2", "dotted", "C"),
    Category("hedge", "hedge", "4", "hedges", "category", "#E69F00", "wavy", "H"),
    Category("booster", "booster", "5", "hedges", "category", "#D55E00", "double", "B"),
    Category("approximator", "approximator", "6", "hedges", "category", "#F0E442", "dashed", "A"),
    Category("number", "number", "7", "numbers", None, "#009E73", "solid", "N"),
    Category("scare_quote", "scare quote", "8", "labels", "type", "#CC79A7", "dotted", "SQ"),
    Category("naming", "naming", "9", "labels", "type", "#999999", "dashed", "Nm"),
    Category("loaded", "loaded label", "0", "labels", "type", "#555555", "wavy", "L"),
)

BY_NAME = {c.name: c for c in CATEGORIES}
BY_KEY = {c.key: c for c in CATEGORIES}


def category(name_or_key: str) -> Category:
    """Look a category up by name (``"hedge"``), label or number key (``"4"``).

    Raises:
        KeyError: naming the valid categories.
    """
    if name_or_key in BY_NAME:
        return BY_NAME[name_or_key]
    if name_or_key in BY_KEY:
        return BY_KEY[name_or_key]
    for c in CATEGORIES:
        if c.label == name_or_key:
            return c
    raise KeyError(f"unknown category {name_or_key!r}; use one of: "
                   + ", ".join(c.name for c in CATEGORIES))


def category_of(layer: str, item: dict) -> str:
    """The category name of a stored item of ``layer`` (its content span)."""
    if layer == "quotes":
        return "quote"
    if layer == "numbers":
        return "number"
    if layer == "hedges":
        return item.get("category") or "hedge"
    return item.get("type") or "loaded"
