"""The one span model shared by detectors, students and gold files.

Every item is a standoff span: ``start`` and ``end`` are offsets into the
document text (end exclusive) and ``text == document.text[start:end]``. The
fields follow ``CODING_SCHEME.md``; ``rule`` names the rule or lexicon entry
that produced a detector's item (the glass box) and is ``None`` for items a
person made. ``to_dict`` gives the JSON form that ``discourse-kit analyze``
prints and that gold and student files use.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields

LAYERS = ("quotes", "hedges", "numbers", "labels")


@dataclass
class Item:
    start: int
    end: int
    text: str

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict) -> "Item":
        """Build an item from its JSON form, ignoring keys this class does not know."""
        names = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in names})


@dataclass
class Quote(Item):
    """An attributed claim (scheme section 1); the span is the content only.

    ``speaker_start``/``speaker_end`` and ``cue_start``/``cue_end`` locate the
    speaker and the cue in the text when they are there (``None`` for a
    floating quote), so they can be highlighted and annotated too.
    """

    kind: str = "indirect"
    speaker: str | None = None
    speaker_canonical: str | None = None
    cue: str | None = None
    cue_stance: str | None = None
    source_type: str | None = None
    affiliation: str = "unknown"
    rule: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    cue_start: int | None = None
    cue_end: int | None = None


@dataclass
class Hedge(Item):
    """A hedge, booster or approximator cue (scheme section 2)."""

    category: str = "hedge"
    voice: str = "author"
    rule: str | None = None


@dataclass
class NumberItem(Item):
    """A numeric expression (scheme section 3)."""

    value: float | None = None
    value_max: float | None = None
    kind: str = "count"
    unit: str | None = None
    approximator: str | None = None
    conversion_of: str | None = None
    rule: str | None = None


@dataclass
class Label(Item):
    """A scare quote, contested name or loaded label (scheme section 4)."""

    type: str = "loaded"
    rule: str | None = None


ITEM_CLASSES = {"quotes": Quote, "hedges": Hedge, "numbers": NumberItem, "labels": Label}


@dataclass
class ArticleAnalysis:
    """Everything the detectors found in one article, in the CLI's JSON shape."""

    label: str
    title: str
    start: int
    end: int
    words: int
    quotes: list[Quote] = field(default_factory=list)
    hedges: list[Hedge] = field(default_factory=list)
    numbers: list[NumberItem] = field(default_factory=list)
    labels: list[Label] = field(default_factory=list)
    readability: dict = field(default_factory=dict)

    def to_dict(self) -> dict:
        out = {"label": self.label, "title": self.title, "start": self.start,
               "end": self.end, "words": self.words}
        for layer in LAYERS:
            out[layer] = [item.to_dict() for item in getattr(self, layer)]
        out["readability"] = dict(self.readability)
        return out
