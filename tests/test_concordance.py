"""KWIC lines keep offsets, stay in their paragraph and sort by context."""
import pytest

from discourse_kit import load_document
from discourse_kit.concordance import kwic, kwic_html
from discourse_kit.document import Document

TEXT = ("A PERSPECTIVE\nHeadline here\nThe zebra said yes. An ant said no. "
        "The cat said maybe.\nB PERSPECTIVE\nOther headline\nNobody said <b>anything</b>.\n")


@pytest.fixture
def doc():
    return Document.from_text(TEXT)


def test_every_line_points_back_into_the_text(doc):
    lines = kwic(doc, "said")
    assert len(lines) == 4
    for r in lines.itertuples():
        assert doc.text[r.start:r.end] == r.keyword
        assert doc.text[r.start - len(r.left):r.start] == r.left


@pytest.mark.parametrize("sort, expected_starts", [
    (None, [38, 55, 72]),       # text order
    ("left", [55, 72, 38]),     # nearest word before: ant, cat, zebra
    ("right", [72, 55, 38]),    # word after: maybe, no, yes
])
def test_sorting_in_one_article(doc, sort, expected_starts):
    lines = kwic(doc, "said", sort=sort, articles=[0])
    assert list(lines["start"]) == expected_starts
    assert all(doc.text[s:s + 4] == "said" for s in expected_starts)


def test_sort_orders_by_nearest_word(doc):
    left = kwic(doc, "said", sort="left")
    assert [s.split()[-1] for s in left["left"]] == ["ant", "cat", "Nobody", "zebra"]
    right = kwic(doc, "said", sort="right")
    assert [s.split()[0] for s in right["right"]] == ["<b>anything</b>.", "maybe.", "no.", "yes."]


def test_context_stays_in_its_paragraph(doc):
    lines = kwic(doc, "headline")
    assert list(lines["left"]) == ["", "Other "]
    assert "PERSPECTIVE" not in "".join(lines["left"])


def test_whole_words_case_insensitive_and_wildcard(doc):
    assert kwic(doc, "SAID").shape[0] == 4
    assert kwic(doc, "sai").empty
    assert kwic(doc, "z*").iloc[0]["keyword"] == "zebra"
    assert kwic(doc, "an ant").iloc[0]["keyword"] == "An ant"


def test_bad_arguments_are_explained(doc):
    with pytest.raises(ValueError, match="sort"):
        kwic(doc, "said", sort="middle")
    with pytest.raises(ValueError, match="empty"):
        kwic(doc, "  ")


def test_html_escapes_the_text(doc):
    html = kwic_html(kwic(doc, "said", articles=[1])).html
    assert "&lt;b&gt;anything&lt;/b&gt;" in html and "<b>anything" not in html
    assert "No occurrences" in kwic_html(kwic(doc, "absent")).html


def test_seed_concordance(seed_path):
    doc = load_document(seed_path)
    lines = kwic(doc, "Kiev")
    assert set(lines["article"]) == {"RUSSIAN PERSPECTIVE"}
