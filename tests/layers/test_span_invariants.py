"""Whatever the text, every item of the three layers is a well-formed standoff span."""
from hypothesis import given, settings
from hypothesis import strategies as st

from discourse_kit.document import Document
from discourse_kit.hedges import detect_hedges
from discourse_kit.items import Quote
from discourse_kit.labels import detect_labels
from discourse_kit.numbers import detect_numbers

PIECES = ["one", "half", "tens of", "about ", "May", "Kiev", "1,000", "-to-", " million", "bn",
          "m ", "of ", "a third", "3pm", "invasion", "C$", "c$", "’", "“", "”", '"', "'", " ",
          "\n", ".", ",", "-", "%", "$", "€", "7", "2022", "could", "not", "Some", "(", ")",
          "neo-Nazis", "said", ": "]

texts = st.lists(st.sampled_from(PIECES), min_size=1, max_size=60).map("".join).filter(str.strip)


@settings(max_examples=300, deadline=None)
@given(texts, st.sampled_from(["direct", "mixed", "indirect", None]))
def test_items_are_spans_of_the_text(text, quote_kind):
    document = Document.from_text(text)
    for article in document.articles:
        quotes = []
        if quote_kind and article.body_blocks:
            b = article.body_blocks[-1]
            quotes = [Quote(start=b.start, end=b.end, text=b.text, kind=quote_kind)]
        items = (detect_hedges(document, article, quotes=quotes) + detect_numbers(document, article)
                 + detect_labels(document, article, quotes=quotes))
        for item in items:
            assert article.start <= item.start < item.end <= article.end
            assert document.text[item.start:item.end] == item.text
            assert item.rule
