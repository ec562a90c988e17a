"""Editing through the session and the widget's action handler (no browser needed)."""
import json

import pytest

from discourse_kit import load_document
from discourse_kit.annotation.categories import CATEGORIES, category
from discourse_kit.annotation.session import AnnotationError, AnnotationSession, parse_number
from discourse_kit.annotation.store import AnnotationStore
from discourse_kit.document import Document


@pytest.fixture
def doc(seed_path):
    return load_document(seed_path)


def span(doc, phrase, after=0):
    s = doc.text.index(phrase, after)
    return s, s + len(phrase)


def on_disk(store):
    return json.loads(store.path.read_text(encoding="utf-8"))


def test_categories_have_unique_keys_colours_styles():
    assert sorted(c.key for c in CATEGORIES) == list("0123456789")
    # colour alone is never the only cue: each (colour, line, tag) is unique, and tags are
    assert len({c.tag for c in CATEGORIES}) == 10
    assert len({(c.colour, c.line) for c in CATEGORIES}) == 10
    assert category("4").name == "hedge" and category("loaded label").name == "loaded"


@pytest.mark.parametrize("cat, layer, field, value", [
    ("hedge", "hedges", "category", "hedge"),
    ("booster", "hedges", "category", "booster"),
    ("approximator", "hedges", "category", "approximator"),
    ("number", "numbers", "kind", "count"),
    ("scare_quote", "labels", "type", "scare_quote"),
    ("naming", "labels", "type", "naming"),
    ("loaded", "labels", "type", "loaded"),
    ("quote", "quotes", "kind", "indirect"),
])
def test_each_category_lands_in_its_layer(doc, tmp_path, cat, layer, field, value):
    session = AnnotationSession(doc, AnnotationStore(doc, "t", tmp_path))
    s, e = span(doc, "all-out war")
    session.add(cat, s, e)
    [item] = on_disk(session.store)["articles"][0][layer]
    assert (item["start"], item["end"], item["text"], item[field]) == (s, e, "all-out war", value)


def test_white_space_is_trimmed_and_empty_refused(doc, tmp_path):
    session = AnnotationSession(doc, AnnotationStore(doc, "t", tmp_path))
    s, e = span(doc, " would ")
    session.add("hedge", s, e)
    assert session.store.articles[0]["hedges"][0]["text"] == "would"
    with pytest.raises(AnnotationError, match="only white space"):
        session.add("hedge", s, s + 1)
    with pytest.raises(AnnotationError, match="already marked"):
        session.add("hedge", s, e)


def test_speaker_and_cue_attach_to_the_quote(doc, tmp_path):
    session = AnnotationSession(doc, AnnotationStore(doc, "t", tmp_path))
    with pytest.raises(AnnotationError, match="mark the quote's content first"):
        session.add("speaker", *span(doc, "Dmitry Medvedev"))
    qid = session.add("quote", *span(doc, "The deployment of"))
    sid = session.add("speaker", *span(doc, "Dmitry Medvedev"), selected=qid)
    cid = session.add("cue", *span(doc, "has warned"))   # nearest quote in the paragraph
    [q] = on_disk(session.store)["articles"][0]["quotes"]
    assert (sid, cid) == (f"{qid}/speaker", f"{qid}/cue")
    assert q["speaker"] == "Dmitry Medvedev" and q["cue"] == "has warned"
    assert doc.text[q["speaker_start"]:q["speaker_end"]] == "Dmitry Medvedev"
    assert {s["category"] for s in session.spans()} == {"quote", "speaker", "cue"}
    session.delete(sid)
    q = on_disk(session.store)["articles"][0]["quotes"][0]
    assert q["speaker_start"] is None and q["cue"] == "has warned"


def test_recategorise_update_delete_undo(doc, tmp_path):
    session = AnnotationSession(doc, AnnotationStore(doc, "t", tmp_path))
    s, e = span(doc, "1,368")
    nid = session.add("number", s, e)
    assert session.item(nid)["value"] == 1368.0
    session.update(nid, value=1368.5)
    hid = session.set_category(nid, "hedge")
    data = on_disk(session.store)["articles"][1]
    assert data["numbers"] == [] and data["hedges"][0]["id"] == hid == nid
    session.delete(hid)
    assert on_disk(session.store)["articles"][1]["hedges"] == []
    assert session.undo()                     # the delete
    assert session.undo()                     # the change of category
    [n] = on_disk(session.store)["articles"][1]["numbers"]
    assert n["value"] == 1368.5
    assert session.undo() and session.undo()  # the value, the mark
    assert not session.undo()
    assert session.counts() == {"quotes": 0, "hedges": 0, "numbers": 0, "labels": 0}


def test_overlapping_spans_are_separate_items(doc, tmp_path):
    session = AnnotationSession(doc, AnnotationStore(doc, "t", tmp_path))
    q = session.add("quote", *span(doc, "No, we will send tens of thousands"))
    n = session.add("number", *span(doc, "tens of thousands"))
    a = session.add("approximator", *span(doc, "tens of"))
    assert len({q, n, a}) == 3 and len(session.spans()) == 3


def test_suggestions_accept_keeps_rule_reject_is_remembered(doc, tmp_path):
    s1, e1 = span(doc, "would")
    s2, e2 = span(doc, "about 110")
    found = {"articles": [{"hedges": [
        {"start": s1, "end": e1, "text": "would", "category": "hedge", "rule": "lexicon:would"},
        {"start": s2, "end": s2 + 5, "text": "about", "category": "approximator", "rule": "lexicon:about"}]}]}
    session = AnnotationSession(doc, AnnotationStore(doc, "t", tmp_path), found)
    ids = [s["id"] for s in session.suggestions()]
    assert len(ids) == 2
    new = session.accept(ids[0])
    assert session.item(new)["rule"] == "lexicon:would"
    session.reject(ids[1])
    assert session.suggestions() == []
    again = AnnotationSession(doc, AnnotationStore(doc, "t", tmp_path), found)
    assert again.suggestions() == []          # accepted and rejected survive a restart


@pytest.mark.parametrize("text, value", [("1,368", 1368.0), ("$260", 260.0), ("3.6", 3.6),
                                         ("three", None), ("60%", 60.0)])
def test_parse_number(text, value):
    assert parse_number(text) == value


def test_widget_handles_utf16_offsets_from_the_browser(tmp_path):
    pytest.importorskip("anywidget")
    from discourse_kit.annotation.widget import annotate
    text = "Emoji 😀 headline\nShe said “𝔸 peace” may come 😀 soon.\n"
    doc = Document.from_text(text, path="emoji.txt")
    lab = annotate(doc, "t", folder=tmp_path, suggestions=False)
    js = text.encode("utf-16-le")
    word = "may"
    s16 = len(text[:text.index(word)].encode("utf-16-le")) // 2
    lab.handle({"action": "mark", "category": "4", "start16": s16, "end16": s16 + 3})
    lab.refresh()
    [item] = lab.session.store.articles[0]["hedges"]
    assert text[item["start"]:item["end"]] == "may"
    [view_span] = lab.view.spans
    assert js[2 * view_span["s16"]:2 * view_span["e16"]].decode("utf-16-le") == "may"
    assert "hedges 1" in lab.view.status
    lab.handle({"action": "delete"})
    assert lab.session.store.articles[0]["hedges"] == []


def test_widget_says_when_the_store_was_moved_aside(doc, tmp_path):
    pytest.importorskip("anywidget")
    from discourse_kit.annotation.store import StoreWarning
    from discourse_kit.annotation.widget import annotate
    (tmp_path / "000_1272ebf6c73cbd1c--t.json").write_text("{cut sh", encoding="utf-8")
    with pytest.warns(StoreWarning):
        lab = annotate(doc, "t", folder=tmp_path, suggestions=False)
    assert "is not valid JSON" in lab.view.notice and "moved aside" in lab.view.notice
    assert len(list(tmp_path.glob("*.corrupt-*.json"))) == 1


def test_importing_the_kit_does_not_load_widgets_or_pandas():
    import subprocess
    import sys
    code = ("import sys, discourse_kit as dk; dk.AnnotationStore; "
            "print(sorted(m for m in ('pandas', 'ipywidgets', 'anywidget') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
