"""Agreement figures on hand-computed cases: scheme scores, token kappa, class view."""
import math

import pytest

from discourse_kit.annotation.agreement import (
    agreement, class_table, cohen_kappa, contested_spans, token_labels)
from discourse_kit.annotation.session import AnnotationSession
from discourse_kit.annotation.store import AnnotationStore
from discourse_kit.document import Document

TEXT = "Rain may fall\nIt could rain for about 3 days.\n"


def hedges(*pairs):
    items = []
    for word, cat in pairs:
        s = TEXT.index(word)
        items.append({"start": s, "end": s + len(word), "text": word, "category": cat})
    return {"articles": [{"label": "ARTICLE", "start": 0, "end": len(TEXT), "quotes": [],
                          "hedges": items, "numbers": [], "labels": []}]}


@pytest.mark.parametrize("a, b, expected", [
    (["x", "x", "none", "none"], ["x", "none", "none", "none"], 0.5),
    # 50 items: yes/yes 20, yes/no 5, no/yes 10, no/no 15 -> po .7, pe .5
    (["y"] * 25 + ["n"] * 25, ["y"] * 20 + ["n"] * 5 + ["y"] * 10 + ["n"] * 15, 0.4),
    (["a", "b", "a"], ["a", "b", "a"], 1.0),
    (["a", "b"], ["b", "a"], -1.0),
    (["none"] * 5, ["none"] * 5, 1.0),   # chance agreement 1: defined as perfect
])
def test_cohen_kappa(a, b, expected):
    assert cohen_kappa(a, b) == pytest.approx(expected)


def test_cohen_kappa_rejects_unequal_lengths():
    with pytest.raises(ValueError, match="equal length"):
        cohen_kappa(["a"], ["a", "b"])


def test_token_kappa_and_scores_by_hand():
    doc = Document.from_text(TEXT)
    a = hedges(("may", "hedge"), ("could", "hedge"))
    b = hedges(("could", "hedge"), ("about", "approximator"))
    # 11 tokens: Rain may fall | It could rain for about 3 days .
    assert token_labels(a, doc, "hedges") == ["none", "hedge", "none", "none", "hedge"] + ["none"] * 6
    assert token_labels(b, doc, "hedges").count("approximator") == 1
    ag = agreement(a, b, doc, names=("ann", "ben"))
    # po = 9/11, pe = (2*1 + 9*9)/121 = 83/121 -> kappa = 16/38
    assert ag.kappa["hedges"] == pytest.approx(16 / 38)
    assert ag.kappa["quotes"] == 1.0
    s = ag.scores["hedges"]
    assert (s.tp, s.fp, s.fn, s.f1) == (1, 1, 1, 0.5)
    table = ag.table()
    assert table.loc["hedges", "only ann"] == 1 and table.loc["hedges", "only ben"] == 1
    whats = sorted(d["what"] for d in ag.disagreements())
    assert whats == ["only ann", "only ben"]


def test_disagreement_view_is_side_by_side_and_escaped():
    text = "Rain <b>may</b> fall & more\n"
    doc = Document.from_text(text)
    s = text.index("may")
    a = {"articles": [{"label": "ARTICLE", "start": 0, "end": len(text), "hedges": [
        {"start": s, "end": s + 3, "text": "may", "category": "hedge"}]}]}
    b = {"articles": [{"label": "ARTICLE", "start": 0, "end": len(text), "hedges": [
        {"start": s, "end": s + 3, "text": "may", "category": "booster"}]}]}
    html = agreement(a, b, doc, ("ann", "<ben>")).disagreements_html()
    assert "<b>" not in html and "&lt;b&gt;" in html and "&amp;" in html
    assert "&lt;ben&gt;" in html
    assert "category differs" in html
    assert html.count("<mark") == 2   # one highlighted span per side


def test_class_table_and_contested_spans(tmp_path):
    doc = Document.from_text(TEXT, path="tiny.txt")
    gold = hedges(("may", "hedge"), ("could", "hedge"))
    plan = {"ann": [("hedge", "may"), ("hedge", "could")],
            "ben": [("hedge", "could")],
            "cy": [("booster", "could"), ("approximator", "about")]}
    for name, marks in plan.items():
        session = AnnotationSession(doc, AnnotationStore(doc, name, tmp_path))
        for cat, word in marks:
            s = TEXT.index(word)
            session.add(cat, s, s + len(word))
    (tmp_path / "broken--dan.json").write_text("{not json")
    table = class_table(tmp_path, gold, doc)
    assert list(table.index) == ["ann", "ben", "cy"]
    assert table.loc["ann", "F1 hedges"] == 1.0
    assert table.loc["ben", "F1 hedges"] == pytest.approx(round(2 / 3, 3))
    assert table.loc["cy", "F1 hedges"] == 0.5   # tp 1, fp 1, fn 1
    assert any("broken--dan.json" in p for p in table.attrs["skipped"])
    contested = contested_spans(tmp_path, doc)
    by_text = {r.text: r for r in contested.itertuples()}
    # "may": 1 of 3 marked it -> largest camp "none" 2/3 -> 1/3
    assert by_text["may"].disagreement == pytest.approx(0.333)
    # "could": hedge x2, booster x1 -> 1/3;  "about": 1 of 3 -> 1/3
    assert by_text["could"].labels == "hedge×2, booster×1"
    assert set(by_text) == {"may", "could", "about"}
