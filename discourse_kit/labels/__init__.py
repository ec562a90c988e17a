"""Naming and labels layer (scheme section 4): scare quotes, contested names, loaded labels.

A glass box: the names and labels are in data files beside this module
(``contested_names.tsv``, ``name_exceptions.txt``, ``loaded_labels.tsv``,
``historical_qualifiers.txt``) and every item's ``rule`` names the file entry
or the rule that fired.

* ``scare_quote``: a closed quotation of one to four words that is not an
  utterance. It is an utterance (someone's words, not a label held at arm's
  length) when it ends with ``!`` or ``?`` inside the marks, contains a
  first- or second-person pronoun (``us``, ``we``, ``you``) or a finite
  auxiliary (``are playing dumb``), sits right after a speech verb
  (``said: "Never."``) or right before one (``"Absolutely not," he said``),
  makes up a whole paragraph, opens a block before ``:`` or a dash
  (a headline's ``‘We will win’ – Zelensky``), or is exactly the span of a
  direct quote of the quotes layer.
* ``naming``: every occurrence of a form in ``contested_names.tsv`` (both
  sides' forms), except inside a longer name of ``name_exceptions.txt``.
* ``loaded``: every occurrence of a label in ``loaded_labels.tsv`` that meets
  its condition. Event nouns (``invasion``, ``massacre``) are not labelled
  when they name a historical event: right after a word of
  ``historical_qualifiers.txt`` or a year (``the Nazi invasion``, ``the 1968
  invasion``) or right before ``of <year>`` (``the invasion of 1941``). A
  lower-case entry written with a capital inside a sentence is part of a
  proper name (``Palestine Liberation Organization``) and not labelled.

A name or loaded word inside a scare quote is covered by the scare quote: only
the scare quote is emitted.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from ..items import Label
from ..numbers import is_title_case
from ..numbers.lexicon import read_list, read_tsv

HERE = Path(__file__).parent
MAX_SCARE_QUOTE_WORDS = 4

_WORD = re.compile(r"\w+(?:[-'’]\w+)*")
_PRONOUNS = frozenset("i me my mine we us our ours you your yours".split())
_AUXILIARIES = frozenset("""is are was were am has have had does did would could should shall
isn't aren't wasn't weren't hasn't haven't hadn't don't doesn't didn't won't can't couldn't
wouldn't shouldn't i'm we're you're they're it's that's""".split())
_SPEECH = ("said|says|say|told|tells|asked|asks|added|adds|replied|stated|states|wrote|writes|"
           "tweeted|posted|answered|shouted|declared|responded|insisted|warned|saying|continued")
_SPEECH_BEFORE = re.compile(rf"\b(?:{_SPEECH})\s*[,:]?\s*$", re.IGNORECASE)
_OPENS_A_BLOCK_AS_SPEECH = re.compile(r"\s*(?:[.!?]\s*)?(?:$|[:–—]|-\s)")
_SPEECH_SOON = re.compile(rf"\s*(?:[\w.’'-]+\s+){{0,4}}?(?:{_SPEECH})\b")
_SPEECH_AFTER = re.compile(
    rf"\s*[,–—-]?\s*(?:he|she|they|it|we|I|(?:[A-Z][\w.’'-]*\s+){{1,4}})\s*(?:{_SPEECH})\b"
    rf"|\s*[,–—-]?\s*(?:{_SPEECH})\s+(?:[A-Z]|he\b|she\b|they\b)")


@lru_cache(maxsize=1)
def _names():
    rows = read_tsv(HERE / "contested_names.tsv")
    forms = sorted({r["form"] for r in rows}, key=len, reverse=True)
    concept = {r["form"]: r["concept"] for r in rows}
    pattern = re.compile(rf"(?<![\w-])(?:{'|'.join(re.escape(f) for f in forms)})(?![\w-])")
    exceptions = read_list(HERE / "name_exceptions.txt")
    exc_pattern = (re.compile("|".join(re.escape(e) for e in sorted(exceptions, key=len, reverse=True)))
                   if exceptions else None)
    return pattern, concept, exc_pattern


@lru_cache(maxsize=1)
def _loaded():
    rows = read_tsv(HERE / "loaded_labels.tsv")
    table = {}
    for r in rows:
        cond = r.get("condition") or "always"
        not_after = frozenset()
        if cond.startswith("not_after="):
            not_after = frozenset(w.strip().lower() for w in cond.split("=", 1)[1].split(","))
            cond = "not_after"
        elif cond not in ("always", "event"):
            raise ValueError(f"loaded_labels.tsv: unknown condition {cond!r} for {r['label']!r}")
        table[r["label"].lower()] = (r["label"], cond, not_after)
    labels = sorted(table, key=len, reverse=True)
    alts = "|".join(re.escape(w).replace("\\ ", r"\s+") for w in labels)
    pattern = re.compile(rf"(?<![\w-])(?:{alts})(?![\w-])", re.IGNORECASE)
    historical = frozenset(read_list(HERE / "historical_qualifiers.txt"))
    return pattern, table, historical


_YEAR_AFTER = re.compile(r"\s+of\s+(?:1\d{3}|20\d\d)\b")
_PREV_WORD = re.compile(r"([\w’'-]+)\s*$")


def _prev_word(text: str, pos: int, start: int) -> str:
    m = _PREV_WORD.search(text, max(start, pos - 40), pos)
    return m.group(1) if m else ""


def _sentence_start(text: str, pos: int, start: int) -> bool:
    i = pos - 1
    while i >= start and (text[i].isspace() or text[i] in "\"“‘'«(["):
        i -= 1
    return i < start or text[i] in ".!?:;"


def _is_historical(text: str, s: int, e: int, block_start: int, block_end: int, qualifiers) -> bool:
    prev = _prev_word(text, s, block_start)
    if prev in qualifiers or re.fullmatch(r"1\d{3}|20\d\d", prev):
        return True
    return _YEAR_AFTER.match(text, e, block_end) is not None


def is_utterance(text: str, start: int, end: int, block_start: int, block_end: int) -> bool:
    """True when the quotation ``text[start:end]`` (marks included) is someone's words.

    Short quotations that are utterances (``said: "Never."``) are not scare quotes.
    """
    inner = text[start + 1:end - 1].strip()
    if inner[-1:] in "!?":
        return True  # an exclamation or a question; a full stop proves nothing, since
        # US style puts it inside the marks even after a scare quote ending a sentence
    words = [w.lower().replace("’", "'") for w in _WORD.findall(inner)]
    if any(w in _PRONOUNS or w in _AUXILIARIES for w in words):
        return True
    if not text[block_start:start].strip() and _OPENS_A_BLOCK_AS_SPEECH.match(text, end, block_end):
        return True  # a whole paragraph in quotation marks, or a headline's ‘Quote’: speaker
    if _SPEECH_BEFORE.search(text, max(block_start, start - 30), start):
        return True
    if inner[-1:] == "," and _SPEECH_SOON.match(text, end, block_end):
        return True  # "Absolutely not," the minister told reporters
    return _SPEECH_AFTER.match(text, end, block_end) is not None


def scare_quotes(document, article, quotes=(), quotations=None) -> list[Label]:
    """Short quoted phrases (at most four words) that are not utterances."""
    if quotations is None:
        from ..quotemarks import quotations_in_article
        quotations = quotations_in_article(document, article)
    text = document.text
    direct = {(q.start, q.end) for q in quotes if q.kind == "direct"}
    blocks = [(b.start, b.end) for b in article.body_blocks]
    out = []
    for q in quotations:
        if not q.closed or q.continued or (q.start, q.end) in direct:
            continue
        words = _WORD.findall(text, q.inner_start, q.inner_end)
        if not 1 <= len(words) <= MAX_SCARE_QUOTE_WORDS:
            continue
        bs, be = next(((s, e) for s, e in blocks if s <= q.start < e), (q.start, q.end))
        if is_utterance(text, q.start, q.end, bs, be):
            continue
        out.append(Label(start=q.start, end=q.end, text=text[q.start:q.end], type="scare_quote",
                         rule=f"scare_quote (<= {MAX_SCARE_QUOTE_WORDS} words, not an utterance)"))
    return out


def contested_names(document, article) -> list[Label]:
    """Every occurrence of a form listed in ``contested_names.tsv``."""
    pattern, concept, exc_pattern = _names()
    text = document.text
    out = []
    for block in article.body_blocks:
        covered = ([m.span() for m in exc_pattern.finditer(text, block.start, block.end)]
                   if exc_pattern else [])
        for m in pattern.finditer(text, block.start, block.end):
            s, e = m.span()
            if any(cs <= s and e <= ce for cs, ce in covered):
                continue
            out.append(Label(start=s, end=e, text=m.group(), type="naming",
                             rule=f"contested_names.tsv: {m.group()} ({concept[m.group()]})"))
    return out


def loaded_labels(document, article) -> list[Label]:
    """Every occurrence of a label listed in ``loaded_labels.tsv`` that meets its condition."""
    pattern, table, historical = _loaded()
    text = document.text
    out = []
    for block in article.body_blocks:
        title_case = block.kind == "headline" and is_title_case(block.text)
        for m in pattern.finditer(text, block.start, block.end):
            s, e = m.span()
            label, cond, not_after = table[re.sub(r"\s+", " ", m.group().lower())]
            if (m.group()[0].isupper() and label[0].islower() and not title_case
                    and not _sentence_start(text, s, block.start)):
                continue  # part of a proper name: the Palestine Liberation Organization
            if cond == "event" and _is_historical(text, s, e, block.start, block.end, historical):
                continue
            if cond == "not_after" and _prev_word(text, s, block.start).lower() in not_after:
                continue
            out.append(Label(start=s, end=e, text=m.group(), type="loaded",
                             rule=f"loaded_labels.tsv: {label} ({cond})"))
    return out


def detect_labels(document, article, quotes=()) -> list[Label]:
    """Scare quotes, contested names and loaded labels in ``article``, in text order.

    Args:
        document: the :class:`~discourse_kit.document.Document` the offsets point into.
        article: one of its articles (headline, subheadings and paragraphs are read).
        quotes: the quotes layer's items; a quotation that is exactly a direct
            quote's span is an utterance, not a scare quote.

    Returns:
        :class:`~discourse_kit.items.Label` items with ``type`` ``scare_quote``,
        ``naming`` or ``loaded``.
    """
    scare = scare_quotes(document, article, quotes)
    spans = [(lab.start, lab.end) for lab in scare]
    others = [lab for lab in contested_names(document, article) + loaded_labels(document, article)
              if not any(s <= lab.start and lab.end <= e for s, e in spans)]
    return sorted(scare + others, key=lambda lab: (lab.start, lab.end))
