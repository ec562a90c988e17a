"""`discourse-kit analyze DIR_OR_GLOB --out results.jsonl --csv rates.csv`: the corpus runner."""
import csv
import json
import subprocess
import sys
from pathlib import Path

import pytest

from discourse_kit import analyze
from discourse_kit.cli import main
from discourse_kit.corpus import CSV_FIELDS, expand_source, rates_rows, run_corpus

REPO = Path(__file__).resolve().parents[1]

BAD_FILES = {
    "binary.txt": (b"\x00\x01\x02binary", "NUL bytes"),
    "empty.txt": (b"", "is empty"),
    "latin1.txt": ("Kiew sagte: „Nein“ – café".encode("latin-1", "replace"), "not valid UTF-8"),
    "blank.txt": (b"  \n\n\t \n", "no text"),
}


@pytest.fixture
def corpus(tmp_path, seed_path) -> Path:
    """A small corpus: the seed, two other good files (one nested), and bad files."""
    root = tmp_path / "corpus"
    (root / "nested").mkdir(parents=True)
    seed = seed_path.read_text(encoding="utf-8")
    (root / "a_seed.txt").write_text(seed, encoding="utf-8")
    (root / "nested" / "b_short.txt").write_text(
        "Short headline\nThe minister said about 300 troops “may” arrive soon.\n", encoding="utf-8")
    (root / "c_second_half.txt").write_text(seed[len(seed) // 2:], encoding="utf-8")
    (root / "notes.md").write_text("not a source file", encoding="utf-8")
    for name, (data, _) in BAD_FILES.items():
        (root / name).write_bytes(data)
    return root


GOOD = ["a_seed.txt", "c_second_half.txt", "nested/b_short.txt"]


def run_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "discourse_kit", *args], cwd=REPO,
                          capture_output=True, text=True, timeout=300)


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_directory_run_writes_every_good_file_and_reports_each_bad_one(corpus, tmp_path):
    out, rates = tmp_path / "results.jsonl", tmp_path / "rates.csv"
    proc = run_cli("analyze", str(corpus), "--out", str(out), "--csv", str(rates), "--jobs", "2")

    assert proc.returncode == 2
    error_lines = [line for line in proc.stderr.splitlines() if line.startswith("discourse-kit:")]
    assert len(error_lines) == len(BAD_FILES)
    for name, (_, problem) in BAD_FILES.items():
        assert sum(name in line and problem in line for line in error_lines) == 1, (name, error_lines)

    results = read_jsonl(out)
    assert [Path(r["document"]).relative_to(corpus).as_posix() for r in results] == GOOD
    for result in results:
        expected = analyze(result["document"])
        assert result == expected

    with rates.open(newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert list(rows[0]) == CSV_FIELDS
    assert len(rows) == sum(len(r["articles"]) for r in results)
    assert [int(r["words"]) for r in rows] == [a["words"] for r in results for a in r["articles"]]


def test_output_is_identical_whatever_the_number_of_jobs(corpus, tmp_path):
    outputs = []
    for jobs in ("1", "2"):
        out, rates = tmp_path / f"r{jobs}.jsonl", tmp_path / f"r{jobs}.csv"
        assert main(["analyze", str(corpus), "--out", str(out), "--csv", str(rates),
                     "--jobs", jobs, "--no-progress"]) == 2
        outputs.append((out.read_bytes(), rates.read_bytes()))
    assert outputs[0] == outputs[1]
    assert outputs[0][0].count(b"\n") == len(GOOD)


def test_glob_pattern_and_plain_files_mix(corpus, tmp_path, capsys):
    out = tmp_path / "r.jsonl"
    status = main(["analyze", str(corpus / "*_*.txt"), str(corpus / "nested" / "b_short.txt"),
                   "--out", str(out), "--no-progress"])
    assert status == 0, capsys.readouterr().err
    names = [Path(r["document"]).name for r in read_jsonl(out)]
    assert names == ["a_seed.txt", "c_second_half.txt", "b_short.txt"]


@pytest.mark.parametrize("source, message", [
    ("no_such_dir_*.txt", "matches no files"),
    ("empty_dir", "holds no .txt files"),
    ("missing.txt", "no such file"),
])
def test_sources_that_give_no_file_are_reported_and_the_run_goes_on(corpus, tmp_path, capsys,
                                                                     source, message):
    (tmp_path / "empty_dir").mkdir()
    out = tmp_path / "r.jsonl"
    status = main(["analyze", str(tmp_path / source), str(corpus / "a_seed.txt"),
                   "--out", str(out), "--no-progress"])
    err = capsys.readouterr().err
    assert status == 2
    assert message in err and source in err
    assert len(read_jsonl(out)) == 1


def test_internal_error_in_one_file_does_not_end_the_run(corpus, tmp_path, capsys, monkeypatch):
    import discourse_kit.analysis as analysis

    real = analysis.analyze

    def flaky(path):
        if "second_half" in str(path):
            raise RuntimeError("detector bug")
        return real(path)

    monkeypatch.setattr(analysis, "analyze", flaky)
    out = tmp_path / "r.jsonl"
    status = main(["analyze", str(corpus / "*_*.txt"), "--out", str(out), "--jobs", "1",
                   "--no-progress"])
    err = capsys.readouterr().err
    assert status == 1
    assert "c_second_half.txt: internal error" in err and "RuntimeError: detector bug" in err
    assert [Path(r["document"]).name for r in read_jsonl(out)] == ["a_seed.txt"]


def test_progress_bar_goes_to_stderr_not_to_the_results(corpus, tmp_path):
    proc = run_cli("analyze", str(corpus / "nested"), "--out", "-", "--jobs", "1")
    assert proc.returncode == 0
    assert "1/1" in proc.stderr  # tqdm's counter
    assert [json.loads(line)["document"] for line in proc.stdout.splitlines()] == [
        str(corpus / "nested" / "b_short.txt")]


def test_single_file_json_mode_is_unchanged(seed_path):
    proc = run_cli("analyze", str(seed_path), "--json")
    assert proc.returncode == 0
    assert json.loads(proc.stdout) == analyze(str(seed_path))
    assert proc.stdout.count("\n") == 1  # one JSON document, not JSON lines


def test_runner_streams_lazily():
    """jobs=1 pulls one path at a time: a corpus is never read ahead into memory."""
    pulled = []

    def paths():
        for n in range(1000):
            pulled.append(n)
            yield f"missing_{n}.txt"

    results = run_corpus(paths(), jobs=1)
    first = next(results)
    assert "no such file" in first.error
    assert pulled == [0]


def test_directory_expansion_is_sorted_and_recursive(corpus):
    found = [Path(p).relative_to(corpus).as_posix() for p in expand_source(str(corpus))]
    assert found == sorted(found)
    assert set(GOOD) <= set(found) and "notes.md" not in found


def _article(words, **layers):
    base = {"label": "X", "title": "T", "words": words,
            "quotes": [], "hedges": [], "numbers": [], "labels": []}
    base.update(layers)
    return base


@pytest.mark.parametrize("article, expected", [
    (_article(500, quotes=[{"kind": "direct"}, {"kind": "indirect"}, {"kind": "direct"}]),
     {"quotes_per_1k": 6.0, "quotes_direct_per_1k": 4.0, "quotes_indirect_per_1k": 2.0,
      "quotes_mixed_per_1k": 0.0}),
    (_article(3000, hedges=[{"category": "booster"}], labels=[{"type": "naming"}] * 3),
     {"hedges_per_1k": 0.333, "hedges_booster_per_1k": 0.333, "hedges_hedge_per_1k": 0.0,
      "labels_naming_per_1k": 1.0, "labels_per_1k": 1.0}),
    (_article(250, numbers=[{"kind": "money"}, {"kind": "percent"}, {"kind": "weird"}]),
     {"numbers_per_1k": 12.0, "numbers_money_per_1k": 4.0, "numbers_percent_per_1k": 4.0}),
    (_article(0, quotes=[{"kind": "direct"}]), {"quotes_per_1k": None, "labels_per_1k": None}),
])
def test_rates_per_thousand_words(article, expected):
    (row,) = rates_rows({"document": "d.txt", "articles": [article]})
    assert set(row) == set(CSV_FIELDS)
    assert row["document"] == "d.txt" and row["words"] == article["words"]
    for key, value in expected.items():
        assert row[key] == value, key
