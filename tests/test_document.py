"""The document model: articles, blocks and offsets per the scheme's "Spans" section."""
import codecs

import pytest

from discourse_kit import Document, InputError, decode_bytes, load_document

TWO_ARTICLES = (
    "RUSSIAN PERSPECTIVE\n"
    "Headline one – Somebody\n"
    "First paragraph of the first article.\n"
    "\n"
    "CEASEFIRE?\n"
    "Second paragraph.\n"
    "WESTERN PERSPECTIVE\n"
    "Headline two\n"
    "Only paragraph.\n"
)


def test_articles_labels_titles_and_spans():
    doc = Document.from_text(TWO_ARTICLES)
    assert [a.label for a in doc.articles] == ["RUSSIAN PERSPECTIVE", "WESTERN PERSPECTIVE"]
    assert [a.title for a in doc.articles] == ["Headline one – Somebody", "Headline two"]
    first, second = doc.articles
    assert first.start == 0 and first.end == second.start == TWO_ARTICLES.index("WESTERN")
    assert second.end == len(TWO_ARTICLES)
    assert first.text.startswith("RUSSIAN PERSPECTIVE\n") and first.text.endswith("Second paragraph.\n")


def test_block_kinds_and_offsets():
    doc = Document.from_text(TWO_ARTICLES)
    kinds = [(b.kind, b.text) for b in doc.articles[0].blocks]
    assert kinds == [("perspective", "RUSSIAN PERSPECTIVE"), ("headline", "Headline one – Somebody"),
                     ("paragraph", "First paragraph of the first article."),
                     ("subheading", "CEASEFIRE?"), ("paragraph", "Second paragraph.")]
    for article in doc.articles:
        for b in article.blocks:
            assert doc.text[b.start:b.end] == b.text


def test_seed_has_two_articles_with_gold_spans(seed_path, gold_path):
    import json
    doc = load_document(seed_path)
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    assert [(a.label, a.start, a.end) for a in doc.articles] == [
        (g["label"], g["start"], g["end"]) for g in gold["articles"]]
    assert doc.articles[1].title == "Russian troops battle last Ukrainian forces in Kursk region"
    assert [b.text for b in doc.articles[1].blocks if b.kind == "subheading"] == ["CEASEFIRE?"]


def test_plain_file_without_perspective_is_one_article():
    text = "\nA plain headline\nBody paragraph one.\nBody paragraph two.\n"
    doc = Document.from_text(text)
    assert len(doc.articles) == 1
    article = doc.articles[0]
    assert article.label == "ARTICLE" and article.title == "A plain headline"
    assert (article.start, article.end) == (0, len(text))
    assert [b.kind for b in article.blocks] == ["headline", "paragraph", "paragraph"]


@pytest.mark.parametrize("newline", ["\r\n", "\r", "\n"])
def test_line_endings_keep_offsets_into_the_text_as_read(newline):
    text = TWO_ARTICLES.replace("\n", newline)
    doc = Document.from_text(text)
    assert len(doc.articles) == 2
    for article in doc.articles:
        for b in article.blocks:
            assert doc.text[b.start:b.end] == b.text
            assert "\r" not in b.text and "\n" not in b.text
    assert doc.articles[1].start == text.index("WESTERN")


@pytest.mark.parametrize("encode", [
    lambda t: t.encode("utf-8"),
    lambda t: codecs.BOM_UTF8 + t.encode("utf-8"),
    lambda t: t.encode("utf-16"),                       # BOM + native order
    lambda t: codecs.BOM_UTF16_BE + t.encode("utf-16-be"),
], ids=["utf8", "utf8-bom", "utf16", "utf16-be"])
def test_encodings_decode_to_the_same_text(encode):
    assert decode_bytes(encode(TWO_ARTICLES)) == TWO_ARTICLES


@pytest.mark.parametrize("data, problem", [
    (b"", "is empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
    (b"Kyiv caf\xe9 headline\nparagraph", "not valid UTF-8 (byte 0xe9 at position 8)"),
])
def test_bad_bytes_raise_input_error_naming_the_problem(data, problem):
    with pytest.raises(InputError) as exc:
        decode_bytes(data, "bad.txt")
    assert exc.value.path == "bad.txt" and problem in exc.value.problem


def test_whitespace_only_text_is_rejected():
    with pytest.raises(InputError, match="contains no text"):
        Document.from_text(" \n\t\n", path="blank.txt")


def test_words_count_body_not_label(seed_path):
    doc = Document.from_text("RUSSIAN PERSPECTIVE\nThree word headline\nU.S. paid $260 billion, it said.\n")
    assert doc.articles[0].words == 3 + 6  # U.S. | paid | $260 | billion | it | said
    assert load_document(seed_path).articles[0].words > 400


def test_sha256_identifies_the_decoded_text():
    a = Document.from_text(TWO_ARTICLES)
    b = Document.from_text(TWO_ARTICLES + " ")
    assert a.sha256 != b.sha256 and len(a.sha256) == 64
