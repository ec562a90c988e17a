"""Pair quotation marks with a state machine, never by counting.

News text mixes straight and curly, double and single quotation marks, and
uses the same character ``’`` as an apostrophe (``can’t``, ``Moscow’s``). This
module walks a block of text character by character, decides for each mark
whether it opens, closes or is an apostrophe from the characters around it and
from what is already open, and keeps a stack so that single quotes inside
double quotes (and the reverse) pair correctly.

* A mark left open at the end of a paragraph continues into the next paragraph
  when that paragraph opens with a quotation mark of the same family (the
  news convention for a quotation of several paragraphs); otherwise it is
  dropped, so one unbalanced mark never spoils the rest of the document.
* A closing mark with nothing open is ignored.

Used by the quotes layer (direct and mixed quotes) and the labels layer
(scare quotes).
"""
from __future__ import annotations

from dataclasses import dataclass

DOUBLE_OPEN = "“„‟«"
DOUBLE_CLOSE = "”»"
SINGLE_OPEN = "‘‚‛‹"
SINGLE_CLOSE = "’›"
STRAIGHT = "\"'"
ALL_MARKS = DOUBLE_OPEN + DOUBLE_CLOSE + SINGLE_OPEN + SINGLE_CLOSE + STRAIGHT

# characters after which a mark at the start of a word opens a quotation
_BEFORE_OPEN = set(" \t\u00a0([{—–-/:;,\"“‘«‹„‚")
# characters before which a mark ends a quotation
_AFTER_CLOSE = set(" \t\u00a0)]}.,;:!?—–-/\"”’»›…")


def family(mark: str) -> str:
    """``"double"`` or ``"single"``: the kind of quotation a mark belongs to."""
    return "double" if mark in DOUBLE_OPEN + DOUBLE_CLOSE + '"' else "single"


@dataclass(frozen=True)
class Quotation:
    """A stretch of text inside paired quotation marks.

    Attributes:
        start: offset of the opening mark.
        end: offset just past the closing mark, or the end of the paragraph
            when the quotation runs on into the next one.
        family: ``"double"`` or ``"single"``.
        closed: True when a closing mark was found in this paragraph.
        continues: True when the quotation runs on into the next paragraph.
        continued: True when this is the continuation of a quotation opened
            in an earlier paragraph.
        depth: 0 for an outer quotation, 1 for one inside another, and so on.
    """

    start: int
    end: int
    family: str
    closed: bool = True
    continues: bool = False
    continued: bool = False
    depth: int = 0

    @property
    def inner_start(self) -> int:
        """Offset of the first character after the opening mark."""
        return self.start + 1

    @property
    def inner_end(self) -> int:
        """Offset of the closing mark (or the paragraph end if there is none)."""
        return self.end - 1 if self.closed else self.end


def _role(text: str, i: int, start: int, end: int, open_families: list[str]) -> str:
    """'open', 'close' or 'none' for the mark at ``text[i]``."""
    c = text[i]
    prev = text[i - 1] if i > start else " "
    nxt = text[i + 1] if i + 1 < end else " "
    if c in DOUBLE_OPEN or c in "‘‚‛‹":
        if c == "‘" and prev.isalnum() and nxt.isalnum():
            return "none"  # a misplaced apostrophe inside a word
        return "open"
    if c in DOUBLE_CLOSE or c == "›":
        return "close"
    if c == "’" or c == "'":
        if prev.isalnum() and nxt.isalnum():
            return "none"  # can’t, Moscow’s
        if c == "'" and (prev in _BEFORE_OPEN) and not nxt.isspace():
            if nxt.isdigit():
                return "none"  # '90s
            return "open"
        if "single" in open_families and not prev.isspace():
            return "close"
        if c == "’" and prev in _BEFORE_OPEN and nxt.isdigit():
            return "none"  # ’90s
        if c == "’" and prev in _BEFORE_OPEN and not nxt.isspace():
            return "open"  # a wrongly curled opening quote
        return "none"  # leaders’ summit: a plural possessive
    if c == '"':
        if "double" in open_families and not prev.isspace() and (nxt in _AFTER_CLOSE or i + 1 >= end):
            return "close"
        if (prev in _BEFORE_OPEN or i == start) and not nxt.isspace():
            return "open"
        if "double" in open_families:
            return "close"
        return "none"
    return "none"


def find_quotations(text: str, blocks: list[tuple[int, int]]) -> list[Quotation]:
    """Pair the quotation marks in ``blocks`` (``(start, end)`` offsets into ``text``).

    Blocks are paragraphs (or the headline) in reading order; a quotation
    never crosses a block boundary, but one left open runs on into the next
    block when that block begins with an opening mark of the same family.

    Returns:
        Quotations sorted by start offset (outer before inner at equal start).
    """
    found: list[Quotation] = []
    carried: str | None = None  # family of a quotation that runs on from the previous block
    for start, end in blocks:
        stack: list[tuple[int, str, bool]] = []  # (offset, family, continued)
        first = _first_visible(text, start, end)
        continuing = (carried is not None and first is not None
                      and text[first] in ALL_MARKS and family(text[first]) == carried)
        carried = None
        for i in range(start, end):
            c = text[i]
            if c not in ALL_MARKS:
                continue
            role = _role(text, i, start, end, [f for _, f, _ in stack])
            if role == "open":
                # a straight double that could close the open straight double closes it
                stack.append((i, family(c), continuing and i == first))
            elif role == "close":
                fam = family(c)
                for k in range(len(stack) - 1, -1, -1):
                    if stack[k][1] == fam:
                        o, f, cont = stack[k]
                        del stack[k:]  # marks opened inside and never closed are dropped
                        found.append(Quotation(o, i + 1, f, closed=True, continued=cont, depth=k))
                        break
        if stack:
            o, f, cont = stack[0]
            nxt = _next_block_first_mark(text, blocks, start, end)
            if nxt is not None and family(nxt) == f:
                found.append(Quotation(o, end, f, closed=False, continues=True, continued=cont, depth=0))
                carried = f
    found.sort(key=lambda q: (q.start, -q.end))
    return found


def _first_visible(text: str, start: int, end: int) -> int | None:
    for i in range(start, end):
        if not text[i].isspace():
            return i
    return None


def _next_block_first_mark(text, blocks, start, end) -> str | None:
    idx = blocks.index((start, end))
    if idx + 1 >= len(blocks):
        return None
    s, e = blocks[idx + 1]
    first = _first_visible(text, s, e)
    if first is None or text[first] not in ALL_MARKS:
        return None
    if text[first] in DOUBLE_CLOSE + SINGLE_CLOSE:
        return None
    return text[first]


def quotations_in_article(document, article) -> list[Quotation]:
    """Quotations in an article's headline, subheadings and paragraphs.

    Computed once per article and kept on it: the quotes, hedges and labels
    layers all ask for them.
    """
    cached = article.__dict__.get("_quotations")
    if cached is None:
        cached = find_quotations(document.text, [(b.start, b.end) for b in article.body_blocks])
        article.__dict__["_quotations"] = cached
    return list(cached)
