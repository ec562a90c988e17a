"""Tokens and sentences with document offsets, by rule: no model, no data download.

The tokenizer keeps together what news text needs kept together: numbers with
separators and currency (``1,368``, ``$260``, ``3.6``, ``60%``), dotted
abbreviations (``U.S.``), words with apostrophes (``can’t``, ``Moscow's``,
``Russia´s``) and hyphens (``non-NATO``, ``seven-month``). Quotation marks,
straight or curly, are tokens of their own.

The sentence splitter ends a sentence at ``.``, ``!`` or ``?`` (with any closing
quotation marks or brackets) followed by white space and a capital letter, a
digit or an opening quotation mark, except after a title or abbreviation from
``abbreviations.txt`` beside this file.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

QUOTE_CHARS = "\"“”„‟«»‘’‚‛'"
APOSTROPHES = "'’´ʼ"

_TOKEN = re.compile(
    r"""
    (?P<number>[$€£¥]?\d+(?:[.,]\d+)*%?)                 # 1,368  $260  3.6  60%
  | (?P<abbr>(?:[A-Za-z]\.){2,})                         # U.S.  U.K.  e.g.
  | (?P<word>\w+(?:[-'’´ʼ]\w+)*)                         # can’t  non-NATO  seven-month
  | (?P<quote>["“”„‟«»‘’‚‛'])
  | (?P<punct>[^\w\s])
    """,
    re.VERBOSE,
)


@dataclass(frozen=True)
class Token:
    """A token with its offsets into the document.

    Attributes:
        start: offset of its first character.
        end: offset just past its last character.
        text: ``document.text[start:end]``.
        kind: ``"word"``, ``"number"``, ``"abbr"``, ``"quote"`` or ``"punct"``.
    """

    start: int
    end: int
    text: str
    kind: str

    @property
    def is_word(self) -> bool:
        """True for words, numbers and abbreviations: what a word count counts."""
        return self.kind in ("word", "number", "abbr")


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Split ``text[start:end]`` into tokens whose offsets are into ``text``."""
    end = len(text) if end is None else end
    return [Token(m.start(), m.end(), m.group(), m.lastgroup)
            for m in _TOKEN.finditer(text, start, end)]


@lru_cache(maxsize=1)
def abbreviations() -> frozenset[str]:
    """Lower-case words (without their full stop) after which a sentence does not end."""
    path = Path(__file__).with_name("abbreviations.txt")
    words = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            words.add(line.lower().rstrip("."))
    return frozenset(words)


_BOUNDARY = re.compile(r"[.!?]+[\"”’'»)\]]*(?=\s+[\"“‘'«(\[]?[A-Z0-9])")
_WORD_BEFORE = re.compile(r"([\w.]+)$")
# after a dotted abbreviation (U.S.) a sentence ends only if a typical opener follows
_OPENERS = frozenset(
    "the a an it he she they we i in but and this that these those there its his her "
    "on at after before when while however meanwhile".split())


def sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """(start, end) of each sentence in ``text[start:end]``, offsets into ``text``.

    Leading and trailing white space is not part of a sentence. A quotation that
    runs over several sentences is split with them; the quote detector, not the
    splitter, keeps track of open quotation marks.
    """
    end = len(text) if end is None else end
    out: list[tuple[int, int]] = []
    sent_start = start
    abbr = abbreviations()
    for m in _BOUNDARY.finditer(text, start, end):
        stop = m.start()
        before = _WORD_BEFORE.search(text, max(start, stop - 40), stop)
        if before and text[stop] == ".":
            word = before.group(1)
            bare = word.strip(".").lower()
            if bare in abbr or (len(bare) == 1 and bare.isalpha() and bare.upper() == word.strip(".")):
                continue  # Mr.  Gen.  J. Smith
            if "." in word.strip("."):  # U.S., U.K.
                nxt = re.match(r"\s+[\"“‘'«(\[]?(\w+)", text[m.end():end])
                if not nxt or nxt.group(1).lower() not in _OPENERS:
                    continue
        _append(out, text, sent_start, m.end())
        sent_start = m.end()
    _append(out, text, sent_start, end)
    return out


def _append(out, text, s, e):
    chunk = text[s:e]
    s += len(chunk) - len(chunk.lstrip())
    e -= len(chunk) - len(chunk.rstrip())
    if e > s:
        out.append((s, e))
