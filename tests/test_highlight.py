"""Highlighted text: spans land on the right characters, nest safely, and are escaped."""
import re
from html.parser import HTMLParser

import pytest

from discourse_kit.document import Document
from discourse_kit.highlight import STYLES, highlight, marks_for, render_span_html, side_by_side
from discourse_kit.items import ArticleAnalysis, Hedge, Label, NumberItem, Quote

MARK_PREFIXES = ("dkh-quotes", "dkh-hedges", "dkh-numbers", "dkh-labels")
TEXT = ('A PERSPECTIVE\nHead <line> & more\n'
        'Officials said “we may send about 300 <troops>.” Kiev agreed.\n'
        'B PERSPECTIVE\nOther\nNothing here.\n')


def span(text, sub, nth=0):
    start = -1
    for _ in range(nth + 1):
        start = text.index(sub, start + 1)
    return start, start + len(sub)


@pytest.fixture
def doc():
    return Document.from_text(TEXT)


@pytest.fixture
def analysis(doc):
    a = doc.articles[0]
    qs, qe = span(TEXT, "“we may send about 300 <troops>.”")
    ss, se = span(TEXT, "Officials")
    cs, ce = span(TEXT, "said")
    hs, he = span(TEXT, "may")
    ns, ne = span(TEXT, "300")
    ks, ke = span(TEXT, "Kiev")
    return ArticleAnalysis(
        label=a.label, title=a.title, start=a.start, end=a.end, words=a.words,
        quotes=[Quote(qs, qe, TEXT[qs:qe], kind="direct", speaker="Officials", cue="said",
                      rule='quotes:said<"x">', speaker_start=ss, speaker_end=se,
                      cue_start=cs, cue_end=ce)],
        hedges=[Hedge(hs, he, "may", category="hedge", voice="quoted", rule="hedges:may"),
                Hedge(*span(TEXT, "about"), "about", category="approximator", rule="approx:about")],
        numbers=[NumberItem(ns, ne, "300", value=300.0, rule="numbers:digits")],
        labels=[Label(ks, ke, "Kiev", type="naming", rule="labels:<kiev>")],
    )


class Walker(HTMLParser):
    """Collect the visible text and, for every character, the classes of the spans around it."""

    def __init__(self):
        super().__init__()
        self.stack, self.text, self.classes, self.ok = [], [], [], True

    def handle_starttag(self, tag, attrs):
        self.stack.append((tag, dict(attrs).get("class", "")))

    def handle_endtag(self, tag):
        opened, _ = self.stack.pop()
        self.ok &= opened == tag

    def handle_data(self, data):
        for ch in data:
            self.text.append(ch)
            self.classes.append({c for _, c in self.stack if c.startswith(MARK_PREFIXES)})


def walk(html):
    w = Walker()
    w.convert_charrefs = True
    w.feed(html)
    return w


def classes_of(w, sub):
    text = "".join(w.text)
    i = text.index(sub)
    return set.intersection(*w.classes[i:i + len(sub)])


def test_each_item_colours_exactly_its_characters(doc, analysis):
    w = walk(highlight(doc, analysis, legend=False).html)
    assert w.ok and not w.stack, "tags must be well nested"
    assert {"dkh-quotes-direct", "dkh-hedges-hedge"} <= classes_of(w, "may")
    assert {"dkh-quotes-direct", "dkh-numbers-number"} <= classes_of(w, "300")
    assert "dkh-quotes-speaker" in classes_of(w, "Officials")
    assert "dkh-quotes-cue" in classes_of(w, "said")
    assert "dkh-labels-naming" in classes_of(w, "Kiev")
    text = "".join(w.text)
    agreed = text.index(" agreed")
    assert not any(w.classes[agreed:agreed + 7])


def test_text_labels_and_rules_are_escaped(doc, analysis):
    html = highlight(doc, analysis).html
    assert "<troops>" not in html and "&lt;troops&gt;" in html
    assert "<line>" not in html and "Head &lt;line&gt; &amp; more" in html
    assert "<kiev>" not in html and "labels:&lt;kiev&gt;" in html
    assert 'quotes:said&lt;&quot;x&quot;&gt;' in html


def test_hover_names_category_and_rule(doc, analysis):
    html = highlight(doc, analysis).html
    titles = re.findall(r'title="([^"]*)"', html)
    assert any("hedge" in t and "rule: hedges:may" in t for t in titles)
    assert any("number" in t and "value: 300.0" in t for t in titles)
    assert any("direct quote by Officials" in t for t in titles)


def test_overlapping_spans_of_one_layer_stay_well_nested():
    text = "X PERSPECTIVE\nT\nabcdefghij\n"
    doc = Document.from_text(text)
    s = text.index("abc")
    items = [Hedge(s, s + 6, text[s:s + 6], category="hedge"),
             Hedge(s + 3, s + 9, text[s + 3:s + 9], category="booster")]
    w = walk(render_span_html(text, s, s + 10, marks_for({"hedges": items})))
    assert w.ok
    assert "".join(w.text) == "abcdefghij"
    assert w.classes[4] == {"dkh-hedges-hedge", "dkh-hedges-booster"}
    assert w.classes[0] == {"dkh-hedges-hedge"} and w.classes[8] == {"dkh-hedges-booster"}
    assert w.classes[9] == set()
    assert highlight(doc, items).html.count("dkh-hedges-booster") >= 2


def test_layers_filter_and_legend_counts(doc, analysis):
    html = highlight(doc, analysis, layers="hedges").html
    assert "dkh-quotes" not in html and "dkh-numbers" not in html
    assert "hedge</span> <span style=\"color:#555\">(1)" in html
    assert "approximator</span> <span style=\"color:#555\">(1)" in html


def test_every_category_has_a_non_colour_cue():
    for key, (name, style) in STYLES.items():
        assert re.search(r"dotted|dashed|solid|wavy|double|italic|bold|small-caps|outline", style), key


def test_accepts_dicts_and_lists(doc, analysis):
    from_dict = highlight(doc, analysis.to_dict()).html
    from_obj = highlight(doc, analysis).html
    assert from_dict == from_obj
    only_labels = highlight(doc, analysis.labels).html
    assert "dkh-labels-naming" in only_labels and "Officials" in only_labels


def test_side_by_side_shows_both_articles(doc, analysis):
    b = doc.articles[1]
    data = {"articles": [analysis.to_dict(),
                         ArticleAnalysis(b.label, b.title, b.start, b.end, b.words).to_dict()]}
    html = side_by_side(doc, data).html
    assert html.count("dkh-article") == 2
    assert html.index("A PERSPECTIVE") < html.index("B PERSPECTIVE")
    assert html.count("dkh-legend") == 1
    assert "Nothing here." in html


def test_a_mark_cut_into_pieces_keeps_one_outline():
    text = "X PERSPECTIVE\nT\nsend tens of thousands now\n"
    s = text.index("tens of thousands")
    items = {"numbers": [NumberItem(s, s + 17, "tens of thousands", value=None)],
             "hedges": [Hedge(s, s + 7, "tens of", category="approximator")]}
    html = render_span_html(text, s - 5, s + 21, marks_for(items))
    pieces = re.findall(r'class="dkh-numbers-number" style="([^"]*)"', html)
    assert len(pieces) == 2
    assert "border-left" in pieces[0] and "border-right" not in pieces[0]
    assert "border-right" in pieces[1] and "border-left" not in pieces[1]
