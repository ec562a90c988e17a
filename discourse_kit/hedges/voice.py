"""Whose voice a cue is in: the quoted speaker's, a reported source's, or the author's.

From the quotes layer's spans (scheme section 2): ``quoted`` if the cue stands
inside the quotation marks of a direct or mixed quote, ``reported`` if it is
inside the content of an indirect quote (or inside a mixed quote's content
but outside its marks), else ``author``.
"""
from __future__ import annotations

from bisect import bisect_right


class VoiceMap:
    """Answer ``voice(start, end)`` for the cues of one article.

    Args:
        quotes: the quotes layer's items (anything with ``kind``, ``start``, ``end``).
        quotations: the article's paired quotation marks
            (:func:`discourse_kit.quotemarks.quotations_in_article`), used to find
            the marks inside mixed quotes; computed only when needed if ``None``.
        document, article: where to find those marks when ``quotations`` is ``None``.
    """

    def __init__(self, quotes=(), quotations=None, document=None, article=None):
        quoted: list[tuple[int, int]] = []
        reported: list[tuple[int, int]] = []
        mixed = [q for q in quotes if q.kind == "mixed"]
        if mixed and quotations is None and document is not None:
            from ..quotemarks import quotations_in_article
            quotations = quotations_in_article(document, article)
        for q in quotes:
            if q.kind == "direct":
                quoted.append((q.start, q.end))
            else:
                reported.append((q.start, q.end))
        for q in mixed:
            for mark in quotations or ():
                if q.start <= mark.start and mark.end <= q.end:
                    quoted.append((mark.start, mark.end))
        self._quoted = _merge(quoted)
        self._reported = _merge(reported)

    def voice(self, start: int, end: int) -> str:
        if _inside(self._quoted, start, end):
            return "quoted"
        if _inside(self._reported, start, end):
            return "reported"
        return "author"


def _merge(spans):
    spans = sorted(spans)
    out: list[list[int]] = []
    for s, e in spans:
        if out and s <= out[-1][1]:
            out[-1][1] = max(out[-1][1], e)
        else:
            out.append([s, e])
    return [(s, e) for s, e in out], [s for s, _ in out]


def _inside(merged, start, end) -> bool:
    spans, starts = merged
    i = bisect_right(starts, start) - 1
    return i >= 0 and spans[i][0] <= start and end <= spans[i][1]
