"""Keyness: which words one article uses markedly more than the other.

Two measures, as in corpus linguistics:

* Rayson's log-likelihood (LL, Rayson & Garside 2000) says how sure we can be
  that a difference in frequency is not chance. With one degree of freedom,
  LL >= 3.84 means p < 0.05, >= 6.63 p < 0.01, >= 10.83 p < 0.001 and
  >= 15.13 p < 0.0001. Higher means more certainly different.
* Hardie's log ratio (2014) says how big the difference is: the binary log of
  the ratio of relative frequencies. 1 means twice as frequent in the first
  article, -1 twice as frequent in the second, 0 equal. A zero frequency is
  replaced by 0.5 so the ratio stays finite.
"""
from __future__ import annotations

import math
from collections import Counter

# (LL threshold, p-value label, stars), strongest first
SIGNIFICANCE = ((15.13, "p < 0.0001", "****"), (10.83, "p < 0.001", "***"),
                (6.63, "p < 0.01", "**"), (3.84, "p < 0.05", "*"))
COLUMNS = ["word", "freq_a", "freq_b", "per_1000_a", "per_1000_b", "log_likelihood",
           "significance", "stars", "log_ratio", "key_for"]


def log_likelihood(a: int, b: int, total_a: int, total_b: int) -> float:
    """Rayson's LL for a word seen ``a`` times in ``total_a`` words and ``b`` times in ``total_b``.

    Higher means the difference in frequency is less likely to be chance.
    """
    expected_a = total_a * (a + b) / (total_a + total_b)
    expected_b = total_b * (a + b) / (total_a + total_b)
    ll = 0.0
    if a:
        ll += a * math.log(a / expected_a)
    if b:
        ll += b * math.log(b / expected_b)
    return 2.0 * ll


def log_ratio(a: int, b: int, total_a: int, total_b: int) -> float:
    """Hardie's log ratio: log2 of relative frequency in A over relative frequency in B.

    Positive means more frequent in A (each +1 doubles it), negative more frequent in B.
    """
    return math.log2((max(a, 0.5) / total_a) / (max(b, 0.5) / total_b))


def significance(ll: float) -> tuple[str, str]:
    """(p-value label, stars) for a log-likelihood; ``("n.s.", "")`` below 3.84."""
    for threshold, label, stars in SIGNIFICANCE:
        if ll >= threshold:
            return label, stars
    return "n.s.", ""


def word_counts(article, lower: bool = True) -> Counter:
    """Frequencies of the word tokens (words and abbreviations, not numbers) an article's reader reads."""
    return Counter((t.text.lower() if lower else t.text) for t in article.tokens
                   if t.kind in ("word", "abbr"))


def keyness(freq_a: Counter, freq_b: Counter, label_a: str = "A", label_b: str = "B",
            min_freq: int = 2, min_ll: float = 0.0):
    """Keyness of every word between two frequency lists.

    Args:
        freq_a: word -> frequency in the first text.
        freq_b: word -> frequency in the second text.
        label_a: name of the first text (shown in ``key_for``).
        label_b: name of the second text.
        min_freq: leave out words seen fewer times than this in both texts together.
        min_ll: leave out words whose log-likelihood is below this (3.84 keeps p < 0.05).

    Returns:
        A DataFrame sorted by log-likelihood (highest first) with the columns
        ``word, freq_a, freq_b, per_1000_a, per_1000_b, log_likelihood,
        significance, stars, log_ratio, key_for``.
    """
    import pandas as pd

    total_a, total_b = sum(freq_a.values()), sum(freq_b.values())
    if not total_a or not total_b:
        return pd.DataFrame(columns=COLUMNS)
    rows = []
    for word in set(freq_a) | set(freq_b):
        a, b = freq_a.get(word, 0), freq_b.get(word, 0)
        if a + b < min_freq:
            continue
        ll = log_likelihood(a, b, total_a, total_b)
        if ll < min_ll:
            continue
        label, stars = significance(ll)
        lr = log_ratio(a, b, total_a, total_b)
        rows.append({"word": word, "freq_a": a, "freq_b": b,
                     "per_1000_a": round(1000 * a / total_a, 2), "per_1000_b": round(1000 * b / total_b, 2),
                     "log_likelihood": round(ll, 2), "significance": label, "stars": stars,
                     "log_ratio": round(lr, 2), "key_for": label_a if a / total_a > b / total_b else label_b})
    df = pd.DataFrame(rows, columns=COLUMNS)
    return df.sort_values(["log_likelihood", "word"], ascending=[False, True], kind="stable").reset_index(drop=True)


def article_keyness(document, left: int = 0, right: int = 1, min_freq: int = 2, min_ll: float = 0.0):
    """``keyness`` between two articles of ``document`` (indexes into ``document.articles``)."""
    a, b = document.articles[left], document.articles[right]
    return keyness(word_counts(a), word_counts(b), a.label, b.label, min_freq=min_freq, min_ll=min_ll)


def only_in(document, left: int = 0, right: int = 1, min_freq: int = 2):
    """Words one article uses at least ``min_freq`` times and the other never.

    Returns:
        A DataFrame ``article, word, freq`` (most frequent first per article).
    """
    import pandas as pd

    a, b = document.articles[left], document.articles[right]
    fa, fb = word_counts(a), word_counts(b)
    rows = []
    for art, mine, other in ((a, fa, fb), (b, fb, fa)):
        for word, n in sorted(mine.items(), key=lambda kv: (-kv[1], kv[0])):
            if n >= min_freq and word not in other:
                rows.append({"article": art.label, "word": word, "freq": n})
    return pd.DataFrame(rows, columns=["article", "word", "freq"])
