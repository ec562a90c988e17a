"""Hedges, boosters and approximators layer (scheme section 2).

A glass box: the cues are in ``hedges.tsv`` beside this module, one a line
with its category and the condition under which it counts; every item's
``rule`` is ``"<cue> (<condition>)"`` so a student can find the line that fired.
The conditions are short rules, here:

* ``before_quantity``: approximators count only before a number or amount
  (``about 110``, ``some 200``, ``up to a year``, ``at least nine of them``), never
  in ``some areas``, ``talk about peace``, ``at least for now`` or ``over what he
  said``. The test is the numbers layer's own (``numbers.quantity_follows``): a cue
  counts where that layer finds a number right after it, so the two layers agree
  on ``at least nine of them``.
* ``before_quantity_or_all``: ``almost``, ``nearly``, ``virtually`` also before a
  quantifier (``almost all of the sea``, ``nearly every village``).
* ``well under``, ``just below``... before a number or amount are bounds
  (``well under a tenth of voters``); ``under`` alone is not (``children under 5``
  names an age group).
* ``not_negated``: ``could not`` states impossibility, not doubt.
* ``not_month``: ``May`` capitalised inside a sentence is the month or a name
  (except in a Title Case headline: ``Talks May Resume``), and so is ``May``
  before a day or a year; opening a sentence it is a hedge only before a
  lower-case verb (``May be`` but not ``May was the deadliest month``).
* ``not_noun``: ``might`` after ``military``, ``its``, ``of``... is the noun.
* ``before_to_that`` / ``before_that``: ``appears to``, ``suggested that``.
* ``not_after_of``: in ``hundreds of thousands of people`` only ``hundreds of``
  is a cue; ``thousands of`` is part of the same magnitude.

Modal ``must``, ``would``, ``can`` and ``according to`` are left out of the
lexicon on purpose (scheme: obligation, prediction and attribution are not
hedging).
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..items import Hedge
from ..numbers import is_title_case, quantity_follows
from ..numbers.lexicon import trie_alternation
from .lexicon import approximator_cues, entries, normalise
from .voice import VoiceMap

__all__ = ["detect_hedges", "VoiceMap", "approximator_cues"]

_NOUN_BEFORE_MIGHT = frozenset("military economic naval nuclear industrial full all its his her their "
                               "our of with russia's america's china's".split())
_QUANTIFIER_AHEAD = re.compile(r"\s+(?:all|every|everyone|everybody|everything|entire|whole|none|"
                               r"no\s+one|nobody|nothing|always)\b", re.IGNORECASE)
_MONTH_AFTER = re.compile(r"\s+(?:\d|(?:19|20)\d\d)")
_AFTER_MONTH = frozenset("was is saw has had will would and or also brought marked ended began "
                         "elections election polls figures data".split())


@lru_cache(maxsize=1)
def _cue_pattern() -> re.Pattern:
    alts = trie_alternation(entries(), lambda c: r"\s+" if c == " " else "['’]" if c == "'" else re.escape(c))
    return re.compile(rf"(?<![\w'’-])(?:{alts})(?![\w'’-])", re.IGNORECASE)


def _next_word(text: str, pos: int, end: int) -> str:
    m = re.match(r"\s*([\w'’]+)", text[pos:min(end, pos + 30)])
    return m.group(1).lower() if m else ""


def _prev_word(text: str, pos: int, start: int) -> str:
    m = re.search(r"([\w'’]+)\s*$", text[max(start, pos - 30):pos])
    return m.group(1).lower().replace("’", "'") if m else ""


def _sentence_start(text: str, pos: int, start: int) -> bool:
    i = pos - 1
    while i >= start and (text[i].isspace() or text[i] in "\"“‘'«(["):
        i -= 1
    return i < start or text[i] in ".!?:;"


def _holds(condition: str, text: str, s: int, e: int, block_start: int, block_end: int,
           title_case: bool = False) -> bool:
    """True when the cue at ``text[s:e]`` meets its lexicon condition."""
    if condition == "always":
        return True
    if condition == "before_quantity":
        return quantity_follows(text, e, block_start, block_end, title_case)
    if condition == "before_quantity_or_all":
        return (quantity_follows(text, e, block_start, block_end, title_case)
                or _QUANTIFIER_AHEAD.match(text, e, block_end) is not None)
    if condition == "not_negated":
        nxt = _next_word(text, e, block_end)
        return nxt not in ("not", "never", "hardly", "barely", "scarcely")
    if condition == "not_month":
        if _MONTH_AFTER.match(text, e, block_end):
            return False  # "May 9", "May 2024"
        if text[s] != "M" or title_case:
            return True
        if not _sentence_start(text, s, block_start):
            return False  # the month or a name: "in May", "Theresa May"
        nxt = _next_word(text, e, block_end)
        # "May was the deadliest month": a capitalised May opening a sentence is a
        # hedge only before a lower-case word that cannot follow the month
        return (nxt[:1].islower() and nxt not in _AFTER_MONTH
                and text[e:e + 1] == " ")
    if condition == "not_noun":
        return _prev_word(text, s, block_start) not in _NOUN_BEFORE_MIGHT
    if condition == "before_to_that":
        return _next_word(text, e, block_end) in ("to", "that", "as", "likely", "unlikely", "set", "poised")
    if condition == "not_after_of":
        return _prev_word(text, s, block_start) != "of"  # "hundreds of thousands of": one cue
    if condition == "before_that":
        return _next_word(text, e, block_end) == "that"
    return False


def detect_hedges(document, article, quotes=()) -> list[Hedge]:
    """Hedge, booster and approximator cues in ``article``, in text order.

    Args:
        document: the :class:`~discourse_kit.document.Document` the offsets point into.
        article: one of its articles (headline, subheadings and paragraphs are read).
        quotes: the quotes layer's items for this article, which decide each
            cue's ``voice`` (``quoted``, ``reported`` or ``author``).

    Returns:
        :class:`~discourse_kit.items.Hedge` items; ``rule`` names the lexicon
        entry and its condition.
    """
    text = document.text
    pattern = _cue_pattern()
    lexicon = entries()
    voices = VoiceMap(quotes, document=document, article=article)
    out: list[Hedge] = []
    for block in article.body_blocks:
        title_case = block.kind == "headline" and is_title_case(block.text)
        for m in pattern.finditer(text, block.start, block.end):
            s, e = m.span()
            row = lexicon[normalise(m.group())]
            if not _holds(row["condition"], text, s, e, block.start, block.end, title_case):
                continue
            out.append(Hedge(start=s, end=e, text=m.group(), category=row["category"],
                             voice=voices.voice(s, e), rule=f"{row['cue']} ({row['condition']})"))
    return out
