"""The data files, the one-sentence explanation and the summary table."""
from __future__ import annotations

import csv
from pathlib import Path

import pytest

from discourse_kit.quotes import explain_quote, quote_summary
from discourse_kit.quotes.lexicon import actors, countries, verb_forms

DATA = Path(__file__).resolve().parents[2] / "discourse_kit" / "quotes"


@pytest.mark.parametrize("form, stance", [
    ("said", "neutral"), ("says", "neutral"), ("told", "neutral"), ("added", "neutral"),
    ("according to", "neutral"), ("warned", "emphatic"), ("insists", "emphatic"),
    ("charged", "emphatic"), ("clarified", "emphatic"), ("announced", "emphatic"),
    ("claimed", "distancing"), ("alleges", "distancing"), ("claimed by", "distancing"),
    ("showed", "factive"), ("confirmed", "factive"), ("acknowledged", "factive"),
    ("admits", "factive"), ("revealed", "factive"),
])
def test_stance_of_the_schemes_verbs(form, stance):
    assert verb_forms()[form].stance == stance


@pytest.mark.parametrize("sentence, cue, stance", [
    ("Kyiv claimed that 300 Russian soldiers had been killed in the attack.", "claimed", "distancing"),
    ("The ministry admitted that two of its jets had been lost.", "admitted", "factive"),
    ("Rutte warned that Russia could attack a NATO member within five years.", "warned", "emphatic"),
    ("Hamas alleged that Israeli forces had fired on the convoy.", "alleged", "distancing"),
])
def test_stance_travels_with_the_quote(sentence, cue, stance, find_quotes):
    [q] = find_quotes(sentence)
    assert (q.cue, q.cue_stance) == (cue, stance)


def test_every_verb_row_is_complete_and_every_lemma_has_its_forms():
    with open(DATA / "attribution_verbs.tsv", encoding="utf-8") as fh:
        rows = list(csv.DictReader((l for l in fh if not l.startswith("#")), delimiter="\t"))
    assert all(r["stance"] in {"neutral", "emphatic", "distancing", "factive"} for r in rows)
    by_lemma = {}
    for r in rows:
        by_lemma.setdefault(r["lemma"], set()).add(r["tense"])
    single_word = {l: t for l, t in by_lemma.items() if " " not in l and "passive" not in t}
    incomplete = [l for l, t in single_word.items() if not {"past", "present", "participle"} <= t]
    assert incomplete == []


def test_actor_table_and_countries_cover_the_capitals_as_metonyms():
    for capital, side in [("kyiv", "ukraine"), ("kiev", "ukraine"), ("moscow", "russia"),
                          ("washington", "usa"), ("london", "uk"), ("beijing", "china"),
                          ("tehran", "iran"), ("pyongyang", "north_korea"), ("ottawa", "canada")]:
        assert (actors()[capital].affiliation, actors()[capital].source_type) == (side, "institution")
    names, adjectives = countries()
    assert adjectives["Russian"] == "russia" and adjectives["North Korean"] == "north_korea"


def test_a_new_actor_row_is_all_it_takes(monkeypatch, tmp_path, find_quotes):
    """Glass box: a student adds a line to the actor table and the side changes."""
    from discourse_kit.quotes import lexicon
    table = (DATA / "actors.tsv").read_text(encoding="utf-8")
    (tmp_path / "actors.tsv").write_text(
        table + "Ilse Varga\tVarga\tMayor of a test town\taustria\tperson\tf\n", encoding="utf-8")
    for name in ("attribution_verbs.tsv", "nationalities.tsv", "source_nouns.tsv"):
        (tmp_path / name).write_text((DATA / name).read_text(encoding="utf-8"), encoding="utf-8")
    monkeypatch.setattr(lexicon, "HERE", tmp_path)
    lexicon.actors.cache_clear()
    try:
        [q] = find_quotes("Varga said the bridge would reopen in May.")
        assert (q.speaker_canonical, q.affiliation) == ("Ilse Varga", "austria")
    finally:
        lexicon.actors.cache_clear()


def test_explain_quote_names_kind_speaker_cue_stance_and_rule(find_quotes):
    [q] = find_quotes("“This is a provocation,” Kremlin spokesman Dmitry Peskov charged.")
    text = explain_quote(q)
    for part in ("direct quote", "Dmitry Peskov", "person", "russia", '"charged"', "emphatic",
                 "direct_attribution"):
        assert part in text, text
    assert explain_quote(q.to_dict()) == text


def test_explain_a_floating_quote_says_it_has_no_cue(find_quotes):
    quotes = find_quotes("“We are ready,” Sybiha said.", "“And we will not wait for ever.”")
    assert "no cue" in explain_quote(quotes[1])


def test_quote_summary_counts_who_is_quoted_how(seed_path):
    from discourse_kit import analyze
    frame = quote_summary(analyze(seed_path))
    assert {"article", "speaker", "quotes", "direct_share", "cues", "affiliation"} <= set(frame.columns)
    medvedev = frame[frame.speaker == "Dmitry Medvedev"].iloc[0]
    assert medvedev.quotes == medvedev.direct + medvedev.mixed + medvedev.indirect
    assert 0 < medvedev.direct_share < 1
    # each article's counts add up to its quotes
    result = analyze(seed_path)
    for art in result["articles"]:
        assert frame[frame.article == art["label"]].quotes.sum() == len(art["quotes"])


def test_quote_summary_of_nothing_is_an_empty_table():
    frame = quote_summary({"articles": [{"label": "A", "quotes": []}]})
    assert frame.empty and "speaker" in frame.columns


def test_importing_the_quotes_layer_does_not_import_pandas():
    import subprocess
    import sys
    code = "import sys, discourse_kit.quotes; print('pandas' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
