"""Strategies for hostile news text, and the span properties every layer must keep."""
from __future__ import annotations

import bisect
import os

from hypothesis import settings
from hypothesis import strategies as st

from discourse_kit.document import Document

PROFILE = os.environ.get("DISCOURSE_KIT_FUZZ", "ci")


def fuzz_settings(**overrides) -> settings:
    """The active fuzz profile (see conftest.py), with per-test overrides."""
    return settings(settings.get_profile(PROFILE), **overrides)


QUOTE_MARKS = list("\"'“”„‟«»‘’‚‛‹›「」『』〝〞＂`´") + ["''", "``", "“‘", "’”", "«‹", "›»"]
CONTROL = [chr(c) for c in range(32) if c not in (10, 13)] + [
    "\x7f", "\x85", "\u2028", "\u2029", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff",
    "\ufffd", "\u00ad", "\u0301"]
RTL = ["\u200f", "\u200e", "\u202e", "\u202b", "\u202c", "\u2066", "\u2067", "\u2069",
       "מלחמה", "אוקראינה אמרה", "الحرب", "قال المتحدث", "روسيا", "ایران", "‏«السلام»"]
WORDS = """
the a of in to and said says told warned claimed alleged confirmed according to
Medvedev Zelensky Zelenskiy Kyiv Kiev Kremlin NATO U.S. Mr. Gen. e.g. Putin he she they
may might could would possibly perhaps reportedly apparently allegedly likely seems appears
is said to is believed to in fact of course clearly never always indeed certainly
about around nearly almost roughly approximately over up to as many as at least more than
tens of thousands hundreds of dozens of one two seven dozen half one-fifth
1,368 3.6 60% 42 2024 $260 €50 £3bn 60 to 100 4-to-5 billion 3pm 30-day seven-month
square km troops people civilians invasion incursion neo-Nazis scumbags bloodbath
peacekeepers regime – — - : ; , . ? ! ( ) [ ] … / & %
""".split()
STRUCTURE = ["\n", "\n", "\r\n", "\r", "\n\n", "\n\n\n", "\n \n", "\n\t\n",
             "\nRUSSIAN PERSPECTIVE\n", "\nWESTERN PERSPECTIVE\r\n", "\nCEASEFIRE?\n",
             "\nPERSPECTIVE\n", "\n  \n"]
SEPARATORS = [" ", " ", " ", "", "\u00a0", "\t", "  ", "\u2009", "\u3000"]


def _wrap(parts):
    inner, (open_, close) = parts
    return f"{open_}{inner}{close}"


def _long_line(parts):
    word, n = parts
    return (word + " ") * n


fragment = st.one_of(
    st.sampled_from(WORDS), st.sampled_from(WORDS), st.sampled_from(WORDS),
    st.sampled_from(QUOTE_MARKS), st.sampled_from(QUOTE_MARKS),
    st.sampled_from(CONTROL), st.sampled_from(RTL), st.sampled_from(STRUCTURE),
    st.text(max_size=12),
    st.integers(-10**12, 10**12).map(lambda n: f"{n:,}"),
    st.floats(allow_nan=True, allow_infinity=True).map(str),
)


@st.composite
def _nested_quotes(draw, depth=3):
    """A fragment wrapped in several (possibly mismatched) pairs of marks."""
    text = " ".join(draw(st.lists(st.sampled_from(WORDS), min_size=0, max_size=6)))
    for _ in range(draw(st.integers(1, depth))):
        text = _wrap((text, (draw(st.sampled_from(QUOTE_MARKS)), draw(st.sampled_from(QUOTE_MARKS)))))
    return text


piece = st.one_of(
    fragment, fragment, fragment, _nested_quotes(),
    st.tuples(st.sampled_from(WORDS), st.integers(50, 2000)).map(_long_line),
)


@st.composite
def news_text(draw, max_pieces: int = 150) -> str:
    """News-like text that is hostile to rules: odd marks, controls, RTL, long lines."""
    pieces = draw(st.lists(st.tuples(piece, st.sampled_from(SEPARATORS)), max_size=max_pieces))
    return "".join(p + sep for p, sep in pieces)


#: any text a decoded file may hold: news-like, or arbitrary Unicode
documents = st.one_of(news_text(), news_text(), st.text(min_size=1, max_size=400))


def make_document(text: str) -> Document | None:
    """The text as a document, or None when the loader rightly refuses it (blank)."""
    if not text.strip():
        return None
    return Document.from_text(text, path="fuzz.txt")


# --- properties ---------------------------------------------------------------

def layer_items(name: str, document, article, quotes: list | None = None) -> list:
    """Run one layer the way ``analysis.analyze_article`` does.

    Hedges and labels get ``quotes`` if given, else what the quotes layer finds.
    """
    from discourse_kit.hedges import detect_hedges
    from discourse_kit.labels import detect_labels
    from discourse_kit.numbers import detect_numbers
    from discourse_kit.quotes import detect_quotes

    if name == "quotes":
        return detect_quotes(document, article)
    if name == "numbers":
        return detect_numbers(document, article)
    if quotes is None:
        quotes = detect_quotes(document, article)
    if name == "hedges":
        return detect_hedges(document, article, quotes=quotes)
    return detect_labels(document, article, quotes=quotes)


#: the field that says what kind of thing an item is; two overlapping items of the
#: same kind in one layer count the same thing twice
CATEGORY_FIELD = {"hedges": "category", "labels": "type", "numbers": None}


def check_spans(layer: str, document, article, items) -> None:
    """Every item is a true standoff span inside its article, and none is counted twice."""
    from discourse_kit.items import ITEM_CLASSES

    text = document.text
    blocks = [(b.start, b.end) for b in article.body_blocks]
    starts = [b[0] for b in blocks]
    for item in items:
        assert isinstance(item, ITEM_CLASSES[layer]), (layer, type(item))
        assert isinstance(item.start, int) and isinstance(item.end, int), item
        assert article.start <= item.start < item.end <= article.end, (
            f"{layer} span ({item.start}, {item.end}) outside its article "
            f"({article.start}, {article.end}) or empty: {item!r}")
        assert text[item.start:item.end] == item.text, (
            f"{layer}: document[{item.start}:{item.end}] == {text[item.start:item.end]!r} "
            f"!= item.text {item.text!r}")
        assert isinstance(item.rule, str) and item.rule, f"{layer} item without a rule: {item!r}"
        # a span never runs from one line of the article into the next (scheme: Spans)
        n = bisect.bisect_right(starts, item.start) - 1
        assert n >= 0 and item.end <= blocks[n][1], (
            f"{layer} span ({item.start}, {item.end}) is not inside one headline, "
            f"subheading or paragraph: {item!r}")
        if layer == "quotes":
            for part in ("speaker", "cue"):
                s, e = getattr(item, f"{part}_start"), getattr(item, f"{part}_end")
                assert (s is None) == (e is None), item
                if s is not None:
                    assert 0 <= s < e <= len(text), f"quote {part} span ({s}, {e}) outside the document: {item!r}"
    spans = sorted(items, key=lambda i: (i.start, i.end))
    if layer == "quotes":
        keys = [(i.start, i.end) for i in spans]
        assert len(keys) == len(set(keys)), f"quotes: the same span twice: {keys}"
        return
    field = CATEGORY_FIELD[layer]
    for n, a in enumerate(spans):
        for b in spans[n + 1:]:
            if b.start >= a.end:
                break
            same = field is None or getattr(a, field) == getattr(b, field)
            assert not same, f"{layer}: overlapping duplicates {a!r} and {b!r}"


def check_document(document: Document) -> None:
    """Articles and blocks tile the text in order, each span true to the text."""
    text = document.text
    assert document.articles, "a document with text has at least one article"
    previous_end = 0
    for article in document.articles:
        assert previous_end <= article.start <= article.end <= len(text), (previous_end, article)
        previous_end = article.end
        assert article.text == text[article.start:article.end]
        last = article.start
        for block in article.blocks:
            assert last <= block.start < block.end <= article.end, (last, block)
            assert text[block.start:block.end] == block.text
            assert block.text == block.text.strip() and "\n" not in block.text and "\r" not in block.text
            last = block.end
        for token in article.tokens:
            assert text[token.start:token.end] == token.text and token.start < token.end
        for s, e in article.sentences:
            assert article.start <= s < e <= article.end
    assert document.articles[-1].end == len(text)
