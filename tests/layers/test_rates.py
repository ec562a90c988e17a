import pytest

from discourse_kit.rates import compare_rates, rates


def article(words, **layers):
    return {"words": words, "quotes": [], "hedges": [], "numbers": [], "labels": [], **layers}


def test_rates_are_per_thousand_words_for_every_category():
    a = article(500, hedges=[{"category": "hedge", "voice": "author"},
                             {"category": "booster", "voice": "quoted"},
                             {"category": "booster", "voice": "quoted"}],
                quotes=[{"kind": "direct"}])
    r = rates(a)
    assert r["words"] == 500
    assert r["hedges"] == pytest.approx(6.0)
    assert r["hedges.category.booster"] == pytest.approx(4.0)
    assert r["hedges.category.approximator"] == 0.0
    assert r["hedges.voice.quoted"] == pytest.approx(4.0)
    assert r["quotes.kind.direct"] == pytest.approx(2.0)
    assert r["labels.type.naming"] == 0.0
    assert r["numbers.kind.money"] == 0.0


def test_two_articles_have_the_same_keys_and_a_signed_difference():
    a = article(1000, labels=[{"type": "naming"}])
    b = article(2000, labels=[{"type": "naming"}] * 6)
    rows = {row["measure"]: row for row in compare_rates(a, b, names=("rt", "reuters"))}
    assert list(rates(a)) == list(rates(b))
    assert rows["labels.type.naming"] == {"measure": "labels.type.naming", "rt": 1.0,
                                          "reuters": 3.0, "difference": 2.0}


def test_no_words_gives_zero_rates():
    assert rates(article(0, hedges=[{"category": "hedge"}]))["hedges"] == 0.0


def test_a_value_outside_the_scheme_still_gets_its_key():
    assert rates(article(1000, numbers=[{"kind": "speed"}]))["numbers.kind.speed"] == 1.0
