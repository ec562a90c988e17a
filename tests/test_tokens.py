"""Tokens and sentences with offsets, by rule."""
import pytest

from discourse_kit import sentences, tokenize


@pytest.mark.parametrize("text, expected", [
    ("Ukraine lost 1,368 square km.", ["Ukraine", "lost", "1,368", "square", "km", "."]),
    ("It received $260 billion in aid.", ["It", "received", "$260", "billion", "in", "aid", "."]),
    ("Growth was 3.6% in May.", ["Growth", "was", "3.6%", "in", "May", "."]),
    ("The U.S. and the U.K. agreed.", ["The", "U.S.", "and", "the", "U.K.", "agreed", "."]),
    ("That can’t mean Moscow's or Russia´s win.",
     ["That", "can’t", "mean", "Moscow's", "or", "Russia´s", "win", "."]),
    ("a seven-month non-NATO mission", ["a", "seven-month", "non-NATO", "mission"]),
    ("“No,” he said. 'Yes'", ["“", "No", ",", "”", "he", "said", ".", "'", "Yes", "'"]),
])
def test_tokens(text, expected):
    tokens = tokenize(text)
    assert [t.text for t in tokens] == expected
    assert all(text[t.start:t.end] == t.text for t in tokens)


def test_token_offsets_are_into_the_whole_text():
    text = "HEADER\nThe cost was $5 million."
    tokens = tokenize(text, 7, len(text))
    assert tokens[0].start == 7 and tokens[0].text == "The"
    assert [t.kind for t in tokens] == ["word", "word", "word", "number", "word", "punct"]


@pytest.mark.parametrize("text, expected", [
    ("Mr. Smith met Gen. Jones. They talked.", ["Mr. Smith met Gen. Jones.", "They talked."]),
    ("The U.S. Army said so. It left.", ["The U.S. Army said so.", "It left."]),
    ("He flew to the U.S. The talks began.", ["He flew to the U.S.", "The talks began."]),
    ("“We will win. We will not stop,” he said. Others disagreed.",
     ["“We will win.", "We will not stop,” he said.", "Others disagreed."]),
    ("It cost $1.5 billion. That is 1,368 more.", ["It cost $1.5 billion.", "That is 1,368 more."]),
    ("Is it over? “No!” she said.", ["Is it over?", "“No!” she said."]),
    ("J. K. Rowling wrote it.", ["J. K. Rowling wrote it."]),
])
def test_sentences(text, expected):
    spans = sentences(text)
    assert [text[s:e] for s, e in spans] == expected


def test_sentences_respect_the_range():
    text = "IGNORED. Inside one. Inside two. IGNORED"
    start, end = text.index("Inside"), text.index(" IGNORED", 10)
    assert [text[s:e] for s, e in sentences(text, start, end)] == ["Inside one.", "Inside two."]
