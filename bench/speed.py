"""Words per second of each detector layer and of the whole analysis, on one core."""
from __future__ import annotations

import time
from dataclasses import dataclass, field

from discourse_kit.document import Document

from .newsgen import NewsGenerator


def generate_corpus(total_words: int, words_per_doc: int = 1200, seed: int = 1) -> list[str]:
    """Two-article source texts from the grammar, at least ``total_words`` words in all."""
    gen = NewsGenerator(seed)
    texts, count = [], 0
    while count < total_words:
        text = gen.document(words_per_doc)
        texts.append(text)
        count += len(text.split())
    return texts


@dataclass
class Timings:
    words: int = 0
    seconds: dict = field(default_factory=dict)

    def add(self, name: str, seconds: float) -> None:
        self.seconds[name] = self.seconds.get(name, 0.0) + seconds

    def rate(self, *names: str) -> float:
        total = sum(self.seconds[n] for n in names)
        return self.words / total if total else float("inf")


def time_layers(texts: list[str]) -> Timings:
    """Each layer alone, on documents whose tokens and sentences are already split.

    Hedges and labels get the quotes found before, as ``analyze_article`` gives them.
    """
    from discourse_kit.hedges import detect_hedges
    from discourse_kit.labels import detect_labels
    from discourse_kit.numbers import detect_numbers
    from discourse_kit.quotes import detect_quotes
    from discourse_kit.readability import readability

    clock = time.perf_counter
    timings = Timings()
    for text in texts:
        t0 = clock()
        document = Document.from_text(text)
        for article in document.articles:
            article.tokens, article.sentences  # noqa: B018 -- shared by all layers, timed apart
        timings.add("load + tokens + sentences", clock() - t0)
        for article in document.articles:
            timings.words += article.words
            t0 = clock()
            quotes = detect_quotes(document, article)
            t1 = clock()
            detect_hedges(document, article, quotes=quotes)
            t2 = clock()
            detect_numbers(document, article)
            t3 = clock()
            detect_labels(document, article, quotes=quotes)
            t4 = clock()
            readability(article)
            t5 = clock()
            for name, a, b in (("quotes", t0, t1), ("hedges", t1, t2), ("numbers", t2, t3),
                               ("labels", t3, t4), ("readability", t4, t5)):
                timings.add(name, b - a)
    return timings


def time_whole(texts: list[str]) -> Timings:
    """Text to the CLI's JSON object: load, split, every layer, to_dict."""
    from discourse_kit.analysis import analyze

    timings = Timings()
    t0 = time.perf_counter()
    for text in texts:
        result = analyze(Document.from_text(text))
        timings.words += sum(a["words"] for a in result["articles"])
    timings.add("whole", time.perf_counter() - t0)
    return timings
