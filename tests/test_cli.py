"""`discourse-kit analyze` and `score` as a user runs them: output, messages, exit status."""
import codecs
import json
import subprocess
import sys

import pytest

LAYERS = ("quotes", "hedges", "numbers", "labels")


def run(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "discourse_kit", *map(str, args)],
                          capture_output=True, text=True, cwd=cwd, timeout=120)


def assert_spans_hold(result: dict, text: str):
    for article in result["articles"]:
        assert text[article["start"]:article["end"]].startswith(article["label"])
        for layer in LAYERS:
            for item in article[layer]:
                assert text[item["start"]:item["end"]] == item["text"], (layer, item)
                assert article["start"] <= item["start"] <= item["end"] <= article["end"]
                assert item.get("rule"), f"{layer} item without a rule: {item}"


def test_analyze_json_on_the_seed(seed_path, gold_path):
    proc = run("analyze", seed_path, "--json")
    assert proc.returncode == 0, proc.stderr
    result = json.loads(proc.stdout)
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    assert result["document"] == str(seed_path)
    assert [(a["label"], a["start"], a["end"]) for a in result["articles"]] == [
        (a["label"], a["start"], a["end"]) for a in gold["articles"]]
    assert [a["title"] for a in result["articles"]] == [
        "NATO ‘peacekeepers’ in Ukraine mean war – Medvedev",
        "Russian troops battle last Ukrainian forces in Kursk region"]
    for article in result["articles"]:
        assert set(LAYERS) | {"label", "title", "start", "end", "words", "readability"} <= set(article)
        assert article["words"] > 0
    assert_spans_hold(result, seed_path.read_text(encoding="utf-8"))


def test_crlf_and_bom_file_keeps_spans_exact(seed_path, tmp_path):
    text = seed_path.read_text(encoding="utf-8").replace("\n", "\r\n")
    path = tmp_path / "crlf_bom.txt"
    path.write_bytes(codecs.BOM_UTF8 + text.encode("utf-8"))
    proc = run("analyze", path, "--json")
    assert proc.returncode == 0, proc.stderr
    result = json.loads(proc.stdout)
    assert len(result["articles"]) == 2
    assert result["articles"][1]["start"] == text.index("WESTERN PERSPECTIVE")
    assert_spans_hold(result, text)  # offsets are into the decoded text: BOM removed, CRLF kept


def test_several_paths_print_a_list(seed_path):
    proc = run("analyze", seed_path, seed_path, "--json")
    assert proc.returncode == 0
    assert [r["document"] for r in json.loads(proc.stdout)] == [str(seed_path)] * 2


def test_summary_table_without_json(seed_path):
    proc = run("analyze", seed_path)
    assert proc.returncode == 0
    assert "RUSSIAN PERSPECTIVE" in proc.stdout and "WESTERN PERSPECTIVE" in proc.stdout
    assert "quotes" in proc.stdout and "words" in proc.stdout


def _bad_inputs(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_text("  \n\n\t\n")
    (tmp_path / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x01")
    (tmp_path / "latin1.txt").write_bytes("RUSSIAN PERSPECTIVE\nKyiv café\n".encode("latin-1"))
    (tmp_path / "folder").mkdir()
    return {
        "missing.txt": "no such file",
        "folder": "is a directory",
        "empty.txt": "is empty",
        "blank.txt": "contains no text",
        "image.png": "looks like a binary file",
        "latin1.txt": "is not valid UTF-8",
    }


@pytest.mark.parametrize("name", ["missing.txt", "folder", "empty.txt", "blank.txt", "image.png", "latin1.txt"])
def test_bad_input_one_line_exit_2(tmp_path, name):
    expected = _bad_inputs(tmp_path)[name]
    proc = run("analyze", tmp_path / name, "--json")
    assert proc.returncode == 2
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    assert str(tmp_path / name) in lines[0] and expected in lines[0]
    assert "Traceback" not in proc.stderr and proc.stdout == ""


def test_good_files_are_still_analysed_among_bad_ones(tmp_path, seed_path):
    _bad_inputs(tmp_path)
    proc = run("analyze", tmp_path / "missing.txt", seed_path, tmp_path / "empty.txt", "--json")
    assert proc.returncode == 2
    assert len(proc.stderr.strip().splitlines()) == 2
    results = json.loads(proc.stdout)
    assert [r["document"] for r in results] == [str(seed_path)]


def test_score_gold_against_itself_is_perfect(gold_path):
    proc = run("score", gold_path, gold_path, "--json")
    assert proc.returncode == 0, proc.stderr
    scores = json.loads(proc.stdout)
    assert set(scores) == set(LAYERS)
    for layer, s in scores.items():
        assert (s["precision"], s["recall"], s["f1"]) == (1.0, 1.0, 1.0), layer
        assert s["attribute_accuracy"] == 1.0
    text = run("score", gold_path, gold_path).stdout
    assert "quotes" in text and "1.000" in text


@pytest.mark.parametrize("content, problem", [
    ("{not json", "is not valid JSON"),
    ('{"articles": 3}', "is not an annotation set"),
    ('{"articles": [{"quotes": [{"start": "a"}]}]}', "quotes item 1 has no integer start and end"),
])
def test_score_bad_annotation_file(tmp_path, gold_path, content, problem):
    bad = tmp_path / "bad.json"
    bad.write_text(content)
    proc = run("score", gold_path, bad)
    assert proc.returncode == 2 and str(bad) in proc.stderr and problem in proc.stderr
    assert "Traceback" not in proc.stderr
