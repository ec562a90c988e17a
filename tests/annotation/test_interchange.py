"""brat, CSV and scheme JSON round-trips, and clear errors on bad files."""
import copy
import json

import pandas as pd
import pytest

from discourse_kit import load_annotations, load_document
from discourse_kit.annotation.interchange import (
    export_brat, export_csv, export_json, import_brat, import_csv, import_json, to_brat)
from discourse_kit.document import Document
from discourse_kit.errors import InputError
from discourse_kit.items import LAYERS


def layers(data):
    return {layer: [it for a in data["articles"] for it in a.get(layer) or []] for layer in LAYERS}


@pytest.fixture
def doc(seed_path):
    return load_document(seed_path)


@pytest.fixture
def gold(gold_path):
    return load_annotations(gold_path)


@pytest.fixture
def rich(gold, doc):
    """Gold plus what only students' stores have: ids, speaker/cue sub-spans, a rule."""
    data = copy.deepcopy(gold)
    q = data["articles"][0]["quotes"][1]
    s = doc.text.index("Dmitry Medvedev has warned")
    q.update(id="q1", speaker_start=s, speaker_end=s + 15, cue_start=s + 16, cue_end=s + 26)
    data["articles"][1]["hedges"][0]["rule"] = "lexicon:hedges.tsv:3"
    data["articles"][1]["numbers"][0]["value_max"] = 2.5
    return data


def test_brat_round_trip_is_lossless(rich, doc, tmp_path):
    txt, ann = export_brat(rich, doc, tmp_path)
    assert txt.read_text(encoding="utf-8") == doc.text
    assert "\tSpeaker Arg1:" in ann.read_text(encoding="utf-8")
    assert layers(import_brat(ann, doc)) == layers(rich)


def test_csv_round_trip_is_lossless_and_pandas_reads_it(rich, doc, tmp_path):
    path = export_csv(rich, tmp_path / "a.csv")
    assert layers(import_csv(path, doc)) == layers(rich)
    df = pd.read_csv(path)
    assert len(df) == sum(len(v) for v in layers(rich).values())
    assert set(df["layer"]) == set(LAYERS)
    assert df["value"].notna().sum() == sum(it.get("value") is not None for it in layers(rich)["numbers"])


def test_json_round_trip(rich, doc, tmp_path):
    path = export_json(rich, tmp_path / "a.json")
    assert import_json(path, doc) == rich


def test_span_across_a_line_break_becomes_brat_fragments(tmp_path):
    text = "Headline\r\nIt may\r\nrain.\r\n"
    doc = Document.from_text(text, path="crlf.txt")
    s, e = text.index("may"), text.index("rain") + 4
    data = {"articles": [{"label": "ARTICLE", "start": 0, "end": len(text), "quotes": [],
                          "hedges": [], "numbers": [],
                          "labels": [{"start": s, "end": e, "text": text[s:e], "type": "loaded"}]}]}
    assert f"Loaded {s} {s + 3};{s + 5} {e}\tmay rain" in to_brat(data, doc)
    txt, ann = export_brat(data, doc, tmp_path)
    assert txt.read_bytes() == text.encode("utf-8")   # CRLF kept: offsets stay valid
    assert layers(import_brat(ann, doc)) == layers(data)


@pytest.mark.parametrize("line, problem", [
    ("T1\tRumour 0 4\tRuss", "line 1: unknown type 'Rumour'"),
    ("T1\tHedge 0 4\tNATO", "line 1: text 'NATO' is not the document's text"),
    ("T1\tHedge 0 999999\tx", "outside the document"),
    ("T1\tHedge zero four\tx", "line 1: not a brat annotation line"),
    ("T1\tSpeaker 0 4\tRUSS", "line 1: a speaker must be linked to its quote"),
])
def test_bad_brat_file_names_the_line(doc, tmp_path, line, problem):
    ann = tmp_path / "x.ann"
    ann.write_text(line + "\n", encoding="utf-8")
    with pytest.raises(InputError, match=problem) as err:
        import_brat(ann, doc)
    assert str(ann) in str(err.value)


def test_bad_csv_row_is_named(doc, tmp_path):
    path = tmp_path / "x.csv"
    path.write_text("layer,start,end,text\nhedges,0,4,NOPE\n", encoding="utf-8")
    with pytest.raises(InputError, match="row 2: text 'NOPE'"):
        import_csv(path, doc)
    path.write_text("a,b\n1,2\n", encoding="utf-8")
    with pytest.raises(InputError, match="no end, layer, start column"):
        import_csv(path, doc)


def test_json_of_another_document_is_refused(doc, tmp_path):
    other = {"articles": [{"hedges": [{"start": 0, "end": 4, "text": "Nope"}]}]}
    path = tmp_path / "o.json"
    path.write_text(json.dumps(other), encoding="utf-8")
    with pytest.raises(InputError, match="not the document's text"):
        import_json(path, doc)
