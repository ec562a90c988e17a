"""check(): right answers pass, wrong ones get a hint without the answer, stubs are 'not answered yet'."""
import json
import re
from pathlib import Path

import pytest

from discourse_kit.exercises import checks, load_gold
from discourse_kit.exercises.checks import UNANSWERED, check, evaluate, load_checks

REPO = Path(__file__).resolve().parents[2]
SEED = REPO / "seeds" / "000_1272ebf6c73cbd1c.txt"
RUSSIAN_SOURCES = {"Medvedev", "Lavrov", "Starmer", "Macron", "Meloni", "Trudeau", "Rasmussen", "Peskov"}

# (question, answer, status, words the message must contain)
GOLD_CASES = [
    ("q1_1", 3, "correct", "well done"),
    ("q1_1", 4, "wrong", "too high"),
    ("q1_1", 1, "wrong", "too low"),
    ("q1_1", "3", "wrong", "whole number"),
    ("q1_1", True, "wrong", "whole number"),
    ("q1_2", RUSSIAN_SOURCES, "correct", "well done"),
    ("q1_2", sorted(RUSSIAN_SOURCES), "correct", "well done"),
    ("q1_2", {"Dmitry Medvedev"} | RUSSIAN_SOURCES - {"Medvedev"}, "correct", "well done"),
    ("q1_2", RUSSIAN_SOURCES - {"Peskov"}, "wrong", "1 source(s) missing"),
    ("q1_2", RUSSIAN_SOURCES | {"Trump"}, "wrong", "not quoted sources here: trump"),
    ("q1_2", "Medvedev", "wrong", "set or list"),
    ("q2_1", 4, "correct", "well done"),
    ("q2_2", {"tens of": "approximator", "never": "booster", "in principle": "hedge", "completely": "booster",
              "estimates": "hedge", "as many as": "approximator"}, "correct", "well done"),
    ("q2_2", {"tens of": "approximator", "never": "hedge", "in principle": "hedge", "completely": "booster",
              "estimates": "hedge", "as many as": "approximator"}, "wrong", "'never'"),
    ("q2_2", {"never": "booster"}, "wrong", "keep exactly the keys"),
    ("q3_1", 15, "correct", "well done"),
    ("q3_1", 23, "wrong", "too high"),
    ("q3_2", {"One-fifth": 0.2, "$260 billion": 2.6e11, "1,368": 1368}, "correct", "well done"),
    ("q3_2", {"One-fifth": 20, "$260 billion": 2.6e11, "1,368": 1368}, "wrong", "'One-fifth'"),
    ("q4_1", {"RUSSIAN PERSPECTIVE": "Kiev", "WESTERN PERSPECTIVE": "Kyiv"}, "correct", "well done"),
    ("q4_1", {"RUSSIAN PERSPECTIVE": "Kyiv", "WESTERN PERSPECTIVE": "Kyiv"}, "wrong", "RUSSIAN PERSPECTIVE"),
    ("q4_1", {"WESTERN PERSPECTIVE": "Kyiv"}, "wrong", "missing"),
    ("q4_2", 3, "correct", "well done"),
    ("q5_1", 3, "correct", "well done"),
    ("q5_2", {"start": 2559, "end": 2571, "text": "in principle", "category": "hedge"}, "correct", "well done"),
    ("q5_2", {"start": 2558, "end": 2570, "text": "in principle", "category": "hedge"}, "wrong", "an offset is off"),
    ("q5_2", {"start": 2559, "end": 2571, "text": "in principle", "category": "booster"}, "wrong", "category"),
    ("q5_2", {"start": 2559, "end": 2571, "text": "in principle"}, "wrong", "no category"),
    ("q5_3", 0.6, "correct", "well done"),
    ("q5_3", 0.5, "wrong", "too low"),
    ("q5_4", [(139, 144), (2100, 2108)], "correct", "well done"),
    ("q5_4", [(139, 144)], "wrong", "1 missing"),
    ("q6_2", {"RUSSIAN PERSPECTIVE": 7 / 15, "WESTERN PERSPECTIVE": 9 / 17}, "correct", "well done"),
    ("q6_2", {"RUSSIAN PERSPECTIVE": 0.5, "WESTERN PERSPECTIVE": 9 / 17}, "wrong", "too high"),
]


@pytest.fixture(autouse=True)
def seed_source():
    checks.use_source(SEED)
    yield
    checks.use_source(SEED)


@pytest.mark.parametrize("qid, answer, status, words", GOLD_CASES, ids=lambda v: str(v)[:20])
def test_gold_checks(qid, answer, status, words):
    result = evaluate(qid, answer)
    assert result.status == status, result.message
    assert words in result.message


def test_gold_expectations_follow_the_gold_file():
    gold = load_gold(SEED)
    direct = [q for q in gold["articles"][0]["quotes"] if q["kind"] == "direct" and not q.get("optional")]
    assert evaluate("q1_1", len(direct)).passed


def test_another_article_pair_uses_its_own_gold(tmp_path):
    gold = load_gold(SEED)
    gold["articles"][0]["quotes"] = gold["articles"][0]["quotes"][:2]  # only 2 quotes, none direct
    (tmp_path / "pair.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "pair.gold.json").write_text(json.dumps(gold), encoding="utf-8")
    checks.use_source(tmp_path / "pair.txt")
    assert evaluate("q1_1", 0).passed and not evaluate("q1_1", 3).passed


def test_missing_gold_is_explained_not_raised(tmp_path):
    (tmp_path / "alone.txt").write_text("RUSSIAN PERSPECTIVE\nTitle\nText.\n", encoding="utf-8")
    checks.use_source(tmp_path / "alone.txt")
    result = evaluate("q1_1", 3)
    assert result.status == "error" and "alone.gold.json" in result.message


@pytest.mark.parametrize("qid", sorted(load_checks()))
def test_ellipsis_is_not_answered_yet(qid):
    assert evaluate(qid, ...).status == "unanswered"
    assert evaluate(qid, ...).message == UNANSWERED


@pytest.mark.parametrize("qid", [q for q, s in load_checks().items() if s["kind"] == "gold_count"])
def test_a_wrong_count_does_not_give_the_answer_away(qid):
    right = next(n for n in range(100) if evaluate(qid, n).passed)
    for wrong in (right - 1, right + 1, right + 7):
        message = evaluate(qid, wrong).message
        assert not re.search(rf"(?<![\w.]){right}(?![\w.])", message), message


def test_every_check_has_a_kind_an_exercise_and_a_hint():
    for qid, spec in load_checks().items():
        assert spec["kind"] in checks.KINDS, qid
        assert spec["hint"].strip(), qid
        assert spec["exercise"].startswith("ex"), qid
        assert spec.get("hidden", False) == qid.endswith(".hidden"), qid


def test_unknown_question_is_reported():
    assert evaluate("q99", 1).status == "error"
    assert "no check called 'q99'" in evaluate("q99", 1).message


# --- questions answered with the kit: expected values come from the kit's output at check time

def _article(label, quotes=(), hedges=(), numbers=(), labels=(), words=500):
    return {"label": label, "title": "", "start": 0, "end": 0, "words": words, "quotes": list(quotes),
            "hedges": list(hedges), "numbers": list(numbers), "labels": list(labels), "readability": {}}


@pytest.fixture
def fake_kit(monkeypatch):
    articles = [
        _article("RUSSIAN PERSPECTIVE", quotes=[{"kind": "direct", "start": 1, "end": 5}],
                 hedges=[{"category": "hedge", "start": 0, "end": 1}],
                 labels=[{"type": "loaded", "text": "x", "start": 0, "end": 1}]),
        _article("WESTERN PERSPECTIVE", quotes=[{"kind": "indirect", "start": 3100, "end": 3110},
                                                {"kind": "indirect", "start": 3200, "end": 3210}],
                 hedges=[{"category": "hedge", "start": 0, "end": 1}, {"category": "booster", "start": 2, "end": 3}],
                 numbers=[{"approximator": "about", "start": 1, "end": 2}, {"approximator": None, "start": 3, "end": 4}],
                 words=1000),
    ]
    monkeypatch.setattr(checks, "kit_articles", lambda document=None: articles)
    return articles


def count_kinds(article):
    counts = {}
    for quote in article["quotes"]:
        counts[quote["kind"]] = counts.get(quote["kind"], 0) + 1
    return counts


KIT_CASES = [
    ("q1_3", count_kinds, "correct"),
    ("q1_3.hidden", count_kinds, "correct"),
    ("q1_3.empty", count_kinds, "correct"),
    ("q1_3", lambda a: {"indirect": 2}, "correct"),
    ("q1_3.hidden", lambda a: {"indirect": 2}, "wrong"),   # hard-coded: caught by the hidden test
    ("q1_3", lambda a: ..., "unanswered"),
    ("q1_3", {"indirect": 2}, "wrong"),                     # a value, not a function
    ("q2_3", lambda a: 1.0, "correct"),                     # 1 hedge in 1000 words
    ("q2_3", lambda a: 2.0, "wrong"),                       # counted the booster too
    ("q2_3.empty", lambda a: 1000 * len(a["hedges"]) / a["words"], "wrong"),  # ZeroDivisionError, no traceback
    ("q3_3", lambda a: 0.5, "correct"),
    ("q3_3", lambda a: 50, "wrong"),
    ("q4_3.hidden", lambda a: ["x"], "correct"),
    ("q6_1", {"RUSSIAN PERSPECTIVE": {"quotes": 2, "hedges": 2, "numbers": 0, "labels": 2},
              "WESTERN PERSPECTIVE": {"quotes": 2, "hedges": 2, "numbers": 2, "labels": 0}}, "correct"),
    ("q6_1", {"RUSSIAN PERSPECTIVE": {"quotes": 1, "hedges": 1, "numbers": 0, "labels": 1}}, "wrong"),
]


@pytest.mark.parametrize("qid, answer, status", KIT_CASES)
def test_kit_checks_recompute_from_the_kit(fake_kit, qid, answer, status):
    result = evaluate(qid, answer)
    assert result.status == status, result.message


def test_kit_expectation_changes_with_the_detector(fake_kit):
    assert evaluate("q1_3", lambda a: {"indirect": 2}).passed
    fake_kit[1]["quotes"].append({"kind": "direct", "start": 3300, "end": 3310})
    assert not evaluate("q1_3", lambda a: {"indirect": 2}).passed


def test_student_error_is_a_hint_not_a_traceback(fake_kit):
    result = evaluate("q2_3.empty", lambda a: 1000 * len(a["hedges"]) / a["words"])
    assert "ZeroDivisionError" in result.message and "Traceback" not in result.message
    assert "Hint:" in result.message


DETECTOR_CASES = [
    # q1_4 reads the practice text; the fake detector finds one quote there (1-5) that its gold lacks
    ((1, 5), "correct"),
    ({"start": 2, "end": 4}, "correct"),
    ((6, 10), "wrong"),       # a span where the two agree (nothing there)
    (None, "wrong"),          # they do disagree
    ("1", "wrong"),
]


@pytest.mark.parametrize("answer, status", DETECTOR_CASES)
def test_detector_error_is_checked_against_the_gold_diff(fake_kit, answer, status):
    assert evaluate("q1_4", answer).status == status


def test_missed_gold_quote_counts_as_a_detector_error(fake_kit):
    gold_quote = load_gold(checks.PRACTICE)["articles"][0]["quotes"][0]
    assert evaluate("q1_4", (gold_quote["start"], gold_quote["end"])).passed


def test_none_is_right_when_detector_and_gold_agree(monkeypatch):
    practice = load_gold(checks.PRACTICE)["articles"]
    monkeypatch.setattr(checks, "kit_articles", lambda document=None: practice)
    assert evaluate("q1_4", None).passed
    assert evaluate("q2_4", None).passed


def test_a_voice_difference_counts_for_hedges(monkeypatch):
    practice = load_gold(checks.PRACTICE)["articles"]
    found = json.loads(json.dumps(practice))
    cue = found[0]["hedges"][0]
    cue["voice"] = "author" if cue["voice"] != "author" else "quoted"
    monkeypatch.setattr(checks, "kit_articles", lambda document=None: found)
    assert evaluate("q2_4", (cue["start"], cue["end"])).passed
    assert not evaluate("q2_4", None).passed


def test_check_prints_one_line_and_records(capsys):
    check("q1_1", 3)
    check("q1_2", ...)
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "✔ q1_1 — well done!"
    assert out[1].startswith("… q1_2 — not answered yet")
    recorded = {r["qid"]: r["status"] for r in checks.recorded()}
    assert recorded["q1_1"] == "correct" and recorded["q1_2"] == "unanswered"


def test_summary_says_what_is_left_and_strict_mode_fails(capsys):
    checks._recorded.clear()
    check("q4_1", {"RUSSIAN PERSPECTIVE": "Kiev", "WESTERN PERSPECTIVE": "Kyiv"})
    checks.summary("ex4_labels")
    out = capsys.readouterr().out
    assert "1 of 4 checks pass so far; still to do: q4_2, q4_3, q4_4" in out
    with pytest.raises(AssertionError, match="q4_3.hidden: did not run"):
        checks.summary("ex4_labels", require_all=True)


@pytest.mark.parametrize("mode", ["autograde", "validate"])
def test_under_nbgrader_a_failing_check_raises(monkeypatch, capsys, mode):
    monkeypatch.setenv("NBGRADER_EXECUTION", mode)
    check("q1_1", 3)  # right: no error, nbgrader gives the points
    with pytest.raises(AssertionError, match="too high"):
        check("q1_1", 4)
    with pytest.raises(AssertionError, match="not answered yet"):
        check("q1_1", ...)


def test_for_students_a_failing_check_never_raises(monkeypatch, capsys):
    monkeypatch.delenv("NBGRADER_EXECUTION", raising=False)
    check("q1_1", 4)
    check("q1_3", lambda article: 1 / 0)
    assert "Traceback" not in capsys.readouterr().out
