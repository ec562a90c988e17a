"""Keyword in context (KWIC): every occurrence of a word with the text around it.

Each line keeps the occurrence's offsets into the document, so a concordance
line can be traced back to the exact place in the source file. Lines can be
sorted by the words just before the keyword (``sort="left"``, nearest word
first) or just after it (``sort="right"``), which groups similar uses.
"""
from __future__ import annotations

import re
from html import escape

COLUMNS = ["article", "left", "keyword", "right", "start", "end"]


def _pattern(keyword: str, regex: bool) -> re.Pattern:
    if regex:
        return re.compile(keyword, re.IGNORECASE)
    # a '*' stands for any letters, so 'negotiat*' finds negotiate, negotiations...
    words = [re.escape(w).replace(r"\*", r"\w*") for w in keyword.split()]
    if not words:
        raise ValueError("the keyword is empty: give a word such as 'said' or 'troop*'")
    return re.compile(r"(?<![\w-])" + r"\s+".join(words) + r"(?![\w-])", re.IGNORECASE)


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def kwic(document, keyword: str, width: int = 40, sort: str | None = None,
         articles=None, regex: bool = False):
    """A concordance of ``keyword`` in the readable text of each article.

    Args:
        document: the loaded :class:`~discourse_kit.document.Document`.
        keyword: a word or phrase (case-insensitive, whole words; ``*`` matches
            any letters), or a regular expression if ``regex`` is true.
        width: characters of context on each side.
        sort: ``None`` (text order), ``"left"`` (by the words before the keyword,
            nearest first) or ``"right"`` (by the words after it).
        articles: indexes of the articles to search; default all.
        regex: treat ``keyword`` as a regular expression.

    Returns:
        A DataFrame with columns ``article, left, keyword, right, start, end``;
        ``start``/``end`` are offsets of the keyword into ``document.text``.
    """
    import pandas as pd

    if sort not in (None, "left", "right"):
        raise ValueError(f"sort must be None, 'left' or 'right', not {sort!r}")
    pattern = _pattern(keyword, regex)
    text = document.text
    rows = []
    chosen = range(len(document.articles)) if articles is None else articles
    for index in chosen:
        article = document.articles[index]
        for block in article.body_blocks:
            for m in pattern.finditer(text, block.start, block.end):
                if m.end() == m.start():
                    continue
                left = _flat(text[max(block.start, m.start() - width):m.start()])
                right = _flat(text[m.end():min(block.end, m.end() + width)])
                rows.append({"article": article.label, "left": left[-width:],
                             "keyword": text[m.start():m.end()], "right": right[:width],
                             "start": m.start(), "end": m.end()})
    df = pd.DataFrame(rows, columns=COLUMNS)
    if sort == "left" and len(df):
        key = df["left"].map(lambda s: " ".join(reversed(re.findall(r"\w+", s.lower()))))
        df = df.iloc[key.argsort(kind="stable")]
    elif sort == "right" and len(df):
        key = df["right"].map(lambda s: " ".join(re.findall(r"\w+", s.lower())))
        df = df.iloc[key.argsort(kind="stable")]
    return df.reset_index(drop=True)


def kwic_html(lines, caption: str | None = None):
    """The concordance as an HTML table: left context right-aligned, keyword bold, all escaped."""
    from .highlight import HTML

    head = f"<caption style='text-align:left'>{escape(caption)}</caption>" if caption else ""
    if len(lines) == 0:
        return HTML(f"<table>{head}<tr><td><i>No occurrences.</i></td></tr></table>")
    rows = []
    for r in lines.itertuples(index=False):
        rows.append(
            f"<tr title='offsets {r.start}-{r.end}'><td style='color:#555;font-size:0.8em'>{escape(r.article)}</td>"
            f"<td style='text-align:right;white-space:pre'>{escape(r.left)}</td>"
            f"<td style='text-align:center;font-weight:bold;background:#56B4E933'>{escape(r.keyword)}</td>"
            f"<td style='text-align:left;white-space:pre'>{escape(r.right)}</td></tr>")
    return HTML("<table class='dkh-kwic' style='font-family:monospace;font-size:0.85em'>"
                f"{head}<tr><th>article</th><th style='text-align:right'>left context</th>"
                "<th>keyword</th><th style='text-align:left'>right context</th></tr>"
                + "".join(rows) + "</table>")
