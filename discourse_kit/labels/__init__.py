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
  direct quote of the quotes layer. It is also a piece of the speaker's clause,
  not a name for something, when its first word is a preposition or an adverb
  (``“with great concern.”``, ``“once again stood by”``), its last word is a
  preposition, particle or adverb (``“stood by”``, ``“watching events closely”``),
  or it is a list of three or more
  (``“schools, clinics and bakeries.”``): a scare quote holds one term at arm's
  length (``“pawn”``, ``“special units”``, ``“coalition of the willing”``).
* ``naming``: every occurrence of a form in ``contested_names.tsv`` (both
  sides' forms, world-wide: Kiev/Kyiv, Senkaku/Diaoyu, Ayungin/Ren'ai Jiao...;
  the longest form first, straight and curly apostrophes alike), except inside
  a longer name of ``name_exceptions.txt``.
* ``loaded``: every occurrence of a label in ``loaded_labels.tsv`` that meets
  its condition. Event nouns (``invasion``, ``massacre``) are not labelled
  when they name a historical event: right after a word of
  ``historical_qualifiers.txt`` or a year (``the Nazi invasion``, ``the 1968
  invasion``) or right before ``of <year>`` (``the invasion of 1941``). A
  lower-case entry written with a capital inside a sentence is part of a
  proper name (``Palestine Liberation Organization``) and not labelled. Conditions
  ``not_before=`` (``mob boss``) and ``modern`` (not in a sentence about history,
  per ``history_words.txt``: ``the Nazis invaded Poland in 1939``) keep neutral
  senses out.
* ``so-called`` (rule ``so-called``, type ``loaded``): the word with the noun
  phrase it holds at arm's length, up to three words (``the so-called resupply
  mission``); before a quotation, ``so-called`` alone (the quotation is a scare
  quote). The phrase is the span because it is what is being distanced from.

A name or loaded word inside a scare quote is covered by the scare quote: only
the scare quote is emitted.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from ..items import Label
from ..numbers import is_title_case
from ..numbers.lexicon import read_list, read_tsv, trie_alternation

HERE = Path(__file__).parent
MAX_SCARE_QUOTE_WORDS = 4

_WORD = re.compile(r"\w+(?:[-'’]\w+)*")
_AS_BEFORE = re.compile(r"\bas\s+$", re.IGNORECASE)
_PRONOUNS = frozenset("i me my mine we us our ours you your yours".split())
_AUXILIARIES = frozenset("""is are was were am has have had does did would could should shall
isn't aren't wasn't weren't hasn't haven't hadn't don't doesn't didn't won't can't couldn't
wouldn't shouldn't i'm we're you're they're it's that's""".split())
# a quotation that starts with one of these, or with an adverb in -ly, is a piece of the
# speaker's clause, not a name for something: "with great concern", "once again stood by"
_FRAGMENT_START = frozenset("""with without against for from by to into onto upon at in on of about
over under after before during since until through toward towards among between across
once again never always still already even just very too so not also ever soon then now
only rather quite almost nearly hardly barely simply merely fully totally""".split())
# ... or ends with one of these (a verb's particle or a preposition): "stood by", "gave up on",
# or with an adverb in -ly: "monitoring the situation closely"
_FRAGMENT_END = frozenset("""by with to of for from at on in into up down off out over away back
and or but the a an""".split())
# -ly words that are nouns or adjectives and can start a name: "friendly fire", "family values"
_NOT_ADVERBS = frozenset("""family assembly supply ally rally reply daily weekly monthly yearly
quarterly elderly friendly unfriendly lovely lonely ugly holy early likely unlikely costly deadly
orderly silly jolly belly bully italy july anomaly monopoly butterfly homily lily billy folly
melancholy only kindly manly womanly worldly timely unruly surly curly hilly""".split())
_LIST = re.compile(r"\w[^,]*,\s*[^,]*\w,?\s+(?:and|or)\s+\w")


def _is_adverb(word: str) -> bool:
    # "supply", "resupply", "multiply" end in -ly but are not adverbs
    return (word.endswith("ly") and not word.endswith("ply") and len(word) > 5
            and word not in _NOT_ADVERBS)


_SPEECH = ("said|says|say|told|tells|asked|asks|added|adds|replied|stated|states|wrote|writes|"
           "tweeted|posted|answered|shouted|declared|responded|insisted|warned|saying|continued")
_SPEECH_BEFORE = re.compile(rf"\b(?:{_SPEECH})\s*[,:]?\s*$", re.IGNORECASE)
_OPENS_A_BLOCK_AS_SPEECH = re.compile(r"\s*(?:[.!?]\s*)?(?:$|[:–—]|-\s)")
_SPEECH_SOON = re.compile(rf"\s*(?:[\w.’'-]+\s+){{0,4}}?(?:{_SPEECH})\b")
_SPEECH_AFTER = re.compile(
    rf"\s*[,–—-]?\s*(?:he|she|they|it|we|I|(?:[A-Z][\w.’'-]*\s+){{1,4}})\s*(?:{_SPEECH})\b"
    rf"|\s*[,–—-]?\s*(?:{_SPEECH})\s+(?:[A-Z]|he\b|she\b|they\b)")


def _straight(text: str) -> str:
    return text.replace("’", "'")


@lru_cache(maxsize=1)
def _names():
    rows = read_tsv(HERE / "contested_names.tsv")
    forms = sorted({_straight(r["form"]) for r in rows}, key=len, reverse=True)
    concept = {_straight(r["form"]): r["concept"] for r in rows}
    alts = trie_alternation(forms, lambda c: "['’]" if c == "'" else re.escape(c))
    pattern = re.compile(rf"(?<![\w-])(?:{alts})(?![\w-])")
    exceptions = read_list(HERE / "name_exceptions.txt")
    exc_pattern = (re.compile("|".join(re.escape(e) for e in sorted(exceptions, key=len, reverse=True)))
                   if exceptions else None)
    return pattern, concept, exc_pattern


def _parse_condition(cond: str, label: str) -> tuple:
    """``"event & not_before=boss"`` -> ``(("event", frozenset()), ("not_before", {...}))``."""
    checks = []
    for part in (cond or "always").split("&"):
        part = part.strip()
        name, _, words = part.partition("=")
        if name in ("not_after", "not_before") and words:
            checks.append((name, frozenset(w.strip().lower().replace("’", "'")
                                           for w in words.split(","))))
        elif name in ("always", "event", "modern") and not words:
            checks.append((name, frozenset()))
        else:
            raise ValueError(f"loaded_labels.tsv: unknown condition {part!r} for {label!r}")
    return tuple(checks)


@lru_cache(maxsize=1)
def _loaded():
    rows = read_tsv(HERE / "loaded_labels.tsv")
    table = {}
    for r in rows:
        cond = r.get("condition") or "always"
        table[r["label"].lower()] = (r["label"], cond, _parse_condition(cond, r["label"]))
    alts = trie_alternation(table, lambda c: r"\s+" if c == " " else re.escape(c))
    pattern = re.compile(rf"(?<![\w-])(?:{alts})(?![\w-])", re.IGNORECASE)
    historical = frozenset(read_list(HERE / "historical_qualifiers.txt"))
    history = read_list(HERE / "history_words.txt")
    history_pattern = re.compile(
        rf"(?<![\w-])(?:{'|'.join(re.escape(w) for w in sorted(history, key=len, reverse=True))}"
        rf"|1[0-8]\d\d|19[0-4]\d)(?![\w-])")
    return pattern, table, historical, history_pattern


_NEXT_WORD = re.compile(r"\s*([\w’'-]+)")
_SO_CALLED = re.compile(r"(?<![\w-])so[-\s]called(?![\w-])", re.IGNORECASE)
_NP_WORD = re.compile(r"\s+([\w’'-]+)")
_NP_STOP = frozenset("""of in on at by for to from with without into onto over under about against
among between through during after before since until as than that which who whom whose
and or but nor is are was were be been being has have had do does did will would can could
may might must shall should said says say told not no its it this these those there here
when where while if because so then also just only even still yet again ever now who's
whether what how why very a an the
met took went came fled shot fought sent led left made gave won lost began broke threw kept
struck saw ran stood found built brought became got hit cut put quit spent drew drove rose fell
says claims wants remains""".split())
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
    if words and (words[0] in _FRAGMENT_START or _is_adverb(words[0]) or words[-1] in _FRAGMENT_END
                  or _is_adverb(words[-1])):
        return True  # a piece of a clause ("with great concern", "once again stood by"), not a name
    if _LIST.search(inner):
        return True  # a list of three or more ("mothers, children and pensioners"): quoted words
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
    # a direct quote is someone's words, not a label, unless it is what they called
    # something: "dismissed the report as ‘fantasy’" names the report in their word
    direct = {(q.start, q.end) for q in quotes
              if q.kind == "direct" and not _AS_BEFORE.search(text, max(0, q.start - 8), q.start)}
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
    # a quotation nested in (or crossing) a scare quote is covered by it: one label
    kept: list[Label] = []
    for lab in sorted(out, key=lambda lab: (lab.start, -lab.end)):
        if not kept or lab.start >= kept[-1].end:
            kept.append(lab)
    return kept


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
                             rule=f"contested_names.tsv: {m.group()} ({concept[_straight(m.group())]})"))
    return out


def _next_word(text: str, pos: int, end: int) -> str:
    m = _NEXT_WORD.match(text, pos, end)
    return m.group(1).lower().replace("’", "'") if m else ""


def _sentence_span(text: str, s: int, e: int, block_start: int, block_end: int) -> tuple[int, int]:
    left = max((text.rfind(c, block_start, s) for c in ".!?"), default=-1)
    ends = [i for i in (text.find(c, e, block_end) for c in ".!?") if i >= 0]
    return (max(left + 1, block_start), min(ends) if ends else block_end)


def _holds(checks, text, s, e, block_start, block_end, historical, history) -> bool:
    for name, words in checks:
        if name == "event" and _is_historical(text, s, e, block_start, block_end, historical):
            return False
        if name == "modern":
            a, b = _sentence_span(text, s, e, block_start, block_end)
            if history.search(text, a, b):
                return False
        if name == "not_after" and _prev_word(text, s, block_start).lower().replace("’", "'") in words:
            return False
        if name == "not_before" and _next_word(text, e, block_end) in words:
            return False
    return True


def loaded_labels(document, article) -> list[Label]:
    """Every occurrence of a label listed in ``loaded_labels.tsv`` that meets its condition,
    and every ``so-called`` with the noun phrase it qualifies."""
    pattern, table, historical, history = _loaded()
    text = document.text
    out = []
    for block in article.body_blocks:
        title_case = block.kind == "headline" and is_title_case(block.text)
        for m in pattern.finditer(text, block.start, block.end):
            s, e = m.span()
            label, cond, checks = table[re.sub(r"\s+", " ", m.group().lower())]
            if (m.group()[0].isupper() and label[0].islower() and not title_case
                    and not _sentence_start(text, s, block.start)):
                continue  # part of a proper name: the Palestine Liberation Organization
            if not _holds(checks, text, s, e, block.start, block.end, historical, history):
                continue
            out.append(Label(start=s, end=e, text=m.group(), type="loaded",
                             rule=f"loaded_labels.tsv: {label} ({cond})"))
        out.extend(_so_called(text, block.start, block.end))
    return sorted(out, key=lambda lab: (lab.start, lab.end))


def _so_called(text: str, start: int, end: int) -> list[Label]:
    """``so-called`` and the noun phrase after it (at most three words, up to its head).

    The phrase ends before a function word (``of``, ``was``, ``that``...), a word of
    ``-ed`` after the first one or a common irregular past (a verb: ``the so-called
    police stormed``, ``the so-called council met``), punctuation,
    or a quotation mark; when a quotation follows (``the so-called 'referendums'``)
    the span is ``so-called`` alone and the quotation is a scare quote of its own.
    """
    out = []
    for m in _SO_CALLED.finditer(text, start, end):
        s, e = m.span()
        words = 0
        pos = e
        for w in _NP_WORD.finditer(text, e, end):
            if w.start() != pos:
                break  # punctuation or a quotation mark between the words
            raw = w.group(1)
            word = raw.lower().replace("’", "'").strip("'")
            if word in _NP_STOP or (words and word.endswith("ed")):
                break
            words += 1
            e = pos = w.end(1)
            if raw[-1] in "'’":
                e -= len(raw) - len(raw.rstrip("'’"))  # a closing single quotation mark
                break
            if words == 3:
                break
        out.append(Label(start=s, end=e, text=text[s:e], type="loaded",
                         rule="so-called (distancing: so-called + the noun phrase it qualifies)"))
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
