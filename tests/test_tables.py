"""Tables from the analysis dict: counts, shares and rates worked out by hand."""
import json

import pandas as pd
import pytest

from discourse_kit import tables
from discourse_kit.document import load_document


def q(start, end, speaker, kind="indirect", cue="said", stance="neutral", source_type="person",
      affiliation="russia"):
    return {"start": start, "end": end, "text": "x", "kind": kind, "speaker": speaker,
            "speaker_canonical": speaker, "cue": cue, "cue_stance": stance,
            "source_type": source_type, "affiliation": affiliation}


ANALYSIS = {"document": "t", "articles": [
    {"label": "A", "title": "ta", "start": 0, "end": 100, "words": 500,
     "quotes": [q(0, 10, "Ann", "direct"), q(20, 30, "Ann", "indirect", "warned", "emphatic"),
                q(40, 50, "Bob", "direct", affiliation="ukraine")],
     "hedges": [{"start": 5, "end": 6, "text": "may", "category": "hedge", "voice": "quoted"},
                {"start": 60, "end": 61, "text": "about", "category": "approximator", "voice": "author"}],
     "numbers": [{"start": 6, "end": 8, "text": "12", "value": 12.0, "kind": "count"},
                 {"start": 70, "end": 72, "text": "3%", "value": 3.0, "kind": "percent"}],
     "labels": [{"start": 80, "end": 84, "text": "Kiev", "type": "naming"}], "readability": {"grade": 9.5}},
    {"label": "B", "title": "tb", "start": 100, "end": 200, "words": 250,
     "quotes": [], "hedges": [{"start": 110, "end": 111, "text": "never", "category": "booster",
                                "voice": "author"}],
     "numbers": [], "labels": [], "readability": {}},
]}
EMPTY = {"document": "t", "articles": [
    {"label": a, "title": a, "start": 0, "end": 1, "words": 0, "quotes": [], "hedges": [],
     "numbers": [], "labels": [], "readability": {}} for a in ("A", "B")]}


def test_speakers_table_counts_and_shares():
    sp = tables.speakers_table(ANALYSIS).set_index("speaker")
    assert sp.loc["Ann", "quotes"] == 2 and sp.loc["Ann", "direct"] == 1
    assert sp.loc["Ann", "direct_share"] == 0.5
    assert sp.loc["Ann", "cues"] == "said, warned"
    assert sp.loc["Bob", "affiliation"] == "ukraine"
    assert list(sp.index) == ["Ann", "Bob"]  # most quoted first


def test_quotes_summary_per_article():
    s = tables.quotes_summary(ANALYSIS).set_index("article")
    assert s.loc["A", "quotes"] == 3 and s.loc["A", "speakers"] == 2
    assert s.loc["A", "direct_share"] == round(2 / 3, 2)
    assert s.loc["A", "quotes_per_1000_words"] == 6.0
    assert s.loc["A", "most_quoted"] == "Ann"
    assert s.loc["B", "quotes"] == 0 and pd.isna(s.loc["B", "most_quoted"])


@pytest.mark.parametrize("layer, field, value, a, b", [
    ("quotes", "cue_stance", "emphatic", 1, 0),
    ("quotes", "cue_stance", "neutral", 2, 0),
    ("quotes", "affiliation", "ukraine", 1, 0),
    ("hedges", "voice", "author", 1, 1),
    ("numbers", "kind", "percent", 1, 0),
])
def test_breakdown_counts(layer, field, value, a, b):
    table = tables.breakdown(ANALYSIS, layer, field)
    assert (table.loc[value, "A"], table.loc[value, "B"]) == (a, b)


def test_rates_per_1000_words():
    wide = tables.rates_wide(ANALYSIS, "hedges")
    assert wide.loc["hedge", "A"] == 2.0          # 1 in 500 words
    assert wide.loc["booster", "B"] == 4.0        # 1 in 250 words
    assert wide.loc["(all)", "A"] == 4.0
    assert list(wide.index) == ["(all)", "hedge", "booster", "approximator"]
    long = tables.rates_table(ANALYSIS)
    assert set(long["layer"]) == {"quotes", "hedges", "numbers", "labels"}


def test_hedges_by_voice():
    v = tables.hedges_by_voice(ANALYSIS).set_index(["article", "category"])
    assert v.loc[("A", "hedge"), "quoted"] == 2.0 and v.loc[("A", "hedge"), "author"] == 0.0
    assert v.loc[("B", "booster"), "author"] == 4.0


def test_numbers_table_names_who_gives_the_number():
    n = tables.numbers_table(ANALYSIS).set_index("text")
    assert n.loc["12", "source"] == "Ann"       # inside Ann's quote (0-10)
    assert n.loc["3%", "source"] == "(author)"


def test_compare_two_articles():
    c = tables.compare(ANALYSIS)
    assert c.loc["hedges, boosters and approximators per 1,000 words", "A"] == 4.0
    assert c.loc["hedging: hedges per 1,000 words", "A"] == 2.0
    assert c.loc["hedging: boosters per 1,000 words", "B"] == 4.0
    assert c.loc["direct share of quotes", "A"] == round(2 / 3, 2)
    assert c.loc["emphatic cues (share of quotes)", "A"] == round(1 / 3, 2)
    assert c.loc["labels: contested names (count)", "A"] == 1
    assert c.loc["readability: grade", "A"] == 9.5


def test_every_table_survives_empty_layers():
    for fn in (tables.articles_table, tables.quotes_table, tables.speakers_table, tables.quotes_summary,
               tables.rates_table, tables.hedges_by_voice, tables.numbers_table, tables.labels_table,
               tables.compare):
        fn(EMPTY)
    assert tables.speakers_table(EMPTY).empty
    assert tables.breakdown(EMPTY, "quotes", "kind").empty
    assert tables.rates_wide(EMPTY, "quotes").loc["direct", "A"] == 0.0


def test_duplicate_labels_get_told_apart():
    data = {"articles": [dict(a, label="SAME") for a in ANALYSIS["articles"]]}
    assert list(tables.rates_wide(data, "hedges").columns) == ["SAME", "SAME (2)"]


def test_name_variants_on_seed(seed_path, gold_path):
    doc = load_document(seed_path)
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    names = tables.name_variants(doc, gold).set_index("form")
    assert names.loc["Kiev", "RUSSIAN PERSPECTIVE"] == doc.articles[0].text.count("Kiev")
    assert names.loc["Kiev", "WESTERN PERSPECTIVE"] == 0
    assert names.loc["Kyiv", "WESTERN PERSPECTIVE"] == doc.articles[1].text.count("Kyiv")
    assert "Kharkov" not in names.index  # forms nobody uses are left out


def test_numbers_in_context_filters_by_sentence_words():
    from discourse_kit.document import Document
    text = ("A PERSPECTIVE\nH\nIn 2022 three people were killed. Aid of $5 billion was sent.\n"
            "B PERSPECTIVE\nH2\nNothing.\n")
    doc = Document.from_text(text)
    arts = [{"label": a.label, "start": a.start, "end": a.end, "words": a.words, "quotes": [],
             "numbers": []} for a in doc.articles]
    for sub, kind in (("2022", "date"), ("three", "count"), ("$5 billion", "money")):
        s = text.index(sub)
        arts[0]["numbers"].append({"start": s, "end": s + len(sub), "text": sub, "kind": kind})
    killed = tables.numbers_in_context(doc, {"articles": arts})
    assert list(killed["number"]) == ["three"]          # the date in the same sentence is left out
    assert killed.iloc[0]["sentence"] == "In 2022 three people were killed."
    aid = tables.numbers_in_context(doc, {"articles": arts}, tables.AID_WORDS)
    assert list(aid["number"]) == ["$5 billion"] and aid.iloc[0]["matched"] == "aid, billion"
