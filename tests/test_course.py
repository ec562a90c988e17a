"""load_pair: finds the file, refuses one-article files with a clear message, handles three."""
import pytest

from discourse_kit.course import load_pair, overview, resolve_source
from discourse_kit.errors import InputError

DATA = __import__("pathlib").Path(__file__).parent / "data"


def test_loads_the_seed_from_the_notebooks_folder_default():
    pair = load_pair()  # "../seeds/..." relative to notebooks/, wherever we run from
    assert pair.labels == ("RUSSIAN PERSPECTIVE", "WESTERN PERSPECTIVE")
    assert len(pair.analysis["articles"]) == 2
    assert pair.a["words"] == pair.document.articles[0].words


def test_one_article_is_refused_with_file_and_reason():
    with pytest.raises(InputError) as err:
        load_pair(DATA / "one_article.txt")
    assert "one_article.txt" in str(err.value) and "two or more" in str(err.value)


def test_missing_file_names_it():
    with pytest.raises(InputError, match="nope.txt.*no such file"):
        load_pair("nope.txt")


@pytest.mark.parametrize("left, right, message", [(0, 0, "different"), (0, 5, "RIGHT = 5")])
def test_bad_article_choice(left, right, message):
    with pytest.raises(InputError, match=message):
        load_pair(DATA / "byo_pair.txt", left=left, right=right)


def test_three_articles_compare_the_chosen_two():
    pair = load_pair(DATA / "byo_three.txt", left=1, right=2)
    assert pair.labels == ("SOUTHERN PERSPECTIVE", "INTERNATIONAL PERSPECTIVE")
    assert "3 articles" in pair.note()
    assert len(overview(pair).splitlines()) == 4


def test_overview_is_a_fixed_table(seed_path):
    text = overview(load_pair(seed_path))
    lines = text.splitlines()
    assert lines[0].split() == ["#", "perspective", "words", "headline"]
    assert "RUSSIAN PERSPECTIVE" in lines[1] and "WESTERN PERSPECTIVE" in lines[2]


def test_resolve_relative_to_base(tmp_path):
    (tmp_path / "x.txt").write_text("hi", encoding="utf-8")
    assert resolve_source("x.txt", base=tmp_path) == tmp_path / "x.txt"


def _gold_pair(seed_path, gold_path):
    import json

    from discourse_kit import load_document
    from discourse_kit.course import Pair
    doc = load_document(seed_path)
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    for art, a in zip(gold["articles"], doc.articles):
        art.update(words=a.words, title=a.title, readability={})
    return Pair(doc, gold)


def test_findings_are_computed_from_the_items(seed_path, gold_path):
    from discourse_kit.course import hedge_findings, label_findings, number_findings, quote_findings
    pair = _gold_pair(seed_path, gold_path)
    ru = pair.a
    n_hedges = sum(1 for h in ru["hedges"] if h["category"] == "hedge")
    rate = round(1000 * n_hedges / ru["words"], 2)
    assert f"RUSSIAN PERSPECTIVE: {n_hedges} hedge{'s' if n_hedges != 1 else ''} ({rate} per" in hedge_findings(pair).html
    assert f"{len(ru['quotes'])} attributed claims" in quote_findings(pair).html
    assert f"WESTERN PERSPECTIVE: {len(pair.b['numbers'])} numbers" in number_findings(pair).html
    assert "only RUSSIAN PERSPECTIVE says Kiev; only WESTERN PERSPECTIVE says Kyiv" in label_findings(pair).html
    # change the items and the sentences change with them: nothing is written by hand
    pair.a["hedges"] = []
    assert "RUSSIAN PERSPECTIVE: 0 hedges (0.0 per" in hedge_findings(pair).html


def test_findings_escape_labels(seed_path, gold_path):
    from discourse_kit.course import quote_findings
    pair = _gold_pair(seed_path, gold_path)
    pair.a["label"] = "<b>RU</b>"
    html = quote_findings(pair).html
    assert "<b>RU</b>" not in html and "&lt;b&gt;RU&lt;/b&gt;" in html


def test_repeated_perspective_labels_are_told_apart(tmp_path):
    text = (DATA / "byo_pair.txt").read_text(encoding="utf-8").replace("SOUTHERN PERSPECTIVE", "NORTHERN PERSPECTIVE")
    path = tmp_path / "same.txt"
    path.write_text(text, encoding="utf-8")
    pair = load_pair(path)
    assert pair.labels == ("NORTHERN PERSPECTIVE", "NORTHERN PERSPECTIVE (2)")
    from discourse_kit import tables
    assert list(tables.compare(pair.analysis).columns) == list(pair.labels)
