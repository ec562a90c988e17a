import pytest

from discourse_kit.hedges import VoiceMap, detect_hedges
from discourse_kit.items import Quote

from .helpers import article_of, offset_of


def hedges_in(sentence, quotes=()):
    document, article = article_of(sentence)
    return detect_hedges(document, article, quotes=quotes)


def cues(sentence):
    return [(h.text, h.category) for h in hedges_in(sentence)]


@pytest.mark.parametrize("sentence, cue, category", [
    ("The strike could be the start of a new offensive.", "could", "hedge"),
    ("Talks may resume next week, diplomats said.", "may", "hedge"),
    ("The attack might have been launched from the sea.", "might", "hedge"),
    ("The fighting will probably continue into spring.", "probably", "hedge"),
    ("The ministry is likely to announce new measures.", "likely", "hedge"),
    ("The drone was apparently shot down over the city.", "apparently", "hedge"),
    ("The commander was reportedly killed in the raid.", "reportedly", "hedge"),
    ("He allegedly ordered the shelling of civilians.", "allegedly", "hedge"),
    ("The economy appears to be slowing.", "appears", "hedge"),
    ("The government seems unwilling to compromise.", "seems", "hedge"),
    ("The data suggests the blockade is working.", "suggests", "hedge"),
    ("The general is said to have fled the capital.", "is said to", "hedge"),
    ("The leader is believed to be in hiding.", "is believed to", "hedge"),
    ("The country is in principle ready to join.", "in principle", "hedge"),
    ("Perhaps the talks will fail.", "Perhaps", "hedge"),
    ("Intelligence estimates put the losses far higher.", "estimates", "hedge"),
    ("The plan was completely rejected by the parliament.", "completely", "booster"),
    ("The president has never visited the region.", "never", "booster"),
    ("The ministry clearly failed to prepare.", "clearly", "booster"),
    ("The army has always defended the border.", "always", "booster"),
    ("The vote was, in fact, a landslide.", "in fact", "booster"),
    ("Of course the sanctions hurt both sides.", "Of course", "booster"),
    ("The rebels undoubtedly hold the town.", "undoubtedly", "booster"),
    ("The offensive cost about 500 lives.", "about", "approximator"),
    ("Around 2,000 people marched on Sunday.", "Around", "approximator"),
    ("Some 300 soldiers crossed the river.", "Some", "approximator"),
    ("Prices rose by more than 10% last year.", "more than", "approximator"),
    ("The storm left at least 12 people dead.", "at least", "approximator"),
    ("Up to 40 ships were stuck in the canal.", "Up to", "approximator"),
    ("As many as 11,000 troops are deployed.", "As many as", "approximator"),
    ("Nearly half of the voters stayed at home.", "Nearly", "approximator"),
    ("The siege lasted almost two years.", "almost", "approximator"),
    ("Over a dozen villages were evacuated.", "Over", "approximator"),
    ("Tens of thousands of people fled the city.", "Tens of", "approximator"),
    ("Hundreds of protesters gathered outside.", "Hundreds of", "approximator"),
    ("Dozens of buildings were damaged.", "Dozens of", "approximator"),
    ("The ceasefire held for roughly a month.", "roughly", "approximator"),
])
def test_cue_is_found_with_its_category(sentence, cue, category):
    assert (cue, category) in cues(sentence)


@pytest.mark.parametrize("sentence", [
    "The two sides could not agree on a text.",  # impossibility
    "The troops cannot hold the line much longer.",
    "The army can’t retreat now.",
    "Peacekeepers must be from neutral states.",  # obligation
    "Ukraine will have to give up its claim.",
    "The deployment would trigger a wider war.",  # prediction
    "The talks began in May and ended in June.",  # the month
    "Former prime minister Theresa May spoke first.",  # a name
    "May was the deadliest month of the war.",  # the month opening a sentence
    "Parades were held on May 9 across the country.",
    "Children under 5 were evacuated first.",  # "under" is not in the lexicon
    "Russia's military might is not what it was.",  # the noun
    "He appeared in court on Tuesday.",  # not evidential
    "Forces retreated in some areas overnight.",  # some without a quantity
    "Troops had bolstered defences there for some time.",
    "He is ready to talk about peace.",  # about without a quantity
    "She raised the alarm over what he said.",  # over without a quantity
    "Aid arrived from around the world.",
    "The sanctions are the toughest ever imposed.",  # superlative
    "The prices were up to date, according to officials.",  # according to is a quote cue
    "Ottawa was considering all possible options.",  # adjective, not a hedge
])
def test_non_hedges_are_not_found(sentence):
    assert cues(sentence) == []


def test_capitalised_may_in_a_title_case_headline_is_a_hedge():
    document, article = article_of("The talks may resume on Monday.",
                                   headline="Talks May Resume After Ceasefire Collapses")
    assert [h.text for h in detect_hedges(document, article)] == ["May", "may"]


def test_only_the_first_magnitude_of_a_compound_is_a_cue():
    found = cues("The war left hundreds of thousands of people dead.")
    assert found == [("hundreds of", "approximator")]


def test_every_item_names_its_rule_and_its_span_matches_the_text():
    document, article = article_of("Officials said more than 300 people may have died.")
    items = detect_hedges(document, article)
    assert [h.text for h in items] == ["more than", "may"]
    for h in items:
        assert document.text[h.start:h.end] == h.text
        assert h.rule and h.rule.startswith(h.text.lower())


# -- voice --------------------------------------------------------------
SENTENCE = ('Officials said the town could fall, while the mayor said “we may never leave” '
            'and added that the army “will certainly hold” it. Perhaps both are wrong.')


def _quote(document, content, kind, nth=0):
    start = offset_of(document, content, nth)
    return Quote(start=start, end=start + len(content), text=content, kind=kind)


def test_voice_comes_from_the_quote_spans():
    document, article = article_of(SENTENCE)
    quotes = [
        _quote(document, "the town could fall", "indirect"),
        _quote(document, "“we may never leave”", "direct"),
        _quote(document, "the army “will certainly hold” it", "mixed"),
    ]
    voices = {h.text: h.voice for h in detect_hedges(document, article, quotes=quotes)}
    assert voices == {"could": "reported", "may": "quoted", "never": "quoted",
                      "certainly": "quoted", "Perhaps": "author"}


def test_cue_in_a_mixed_quote_outside_its_marks_is_reported():
    document, article = article_of('He said the army may soon “hold the line” there.')
    quotes = [_quote(document, "the army may soon “hold the line” there", "mixed")]
    [may] = detect_hedges(document, article, quotes=quotes)
    assert (may.text, may.voice) == ("may", "reported")


def test_without_quotes_every_cue_is_the_authors():
    document, article = article_of(SENTENCE)
    assert {h.voice for h in detect_hedges(document, article)} == {"author"}


def test_voice_map_answers_for_spans_inside_only():
    document, article = article_of(SENTENCE)
    quote = _quote(document, "the town could fall", "indirect")
    voices = VoiceMap([quote])
    assert voices.voice(quote.start, quote.start + 3) == "reported"
    assert voices.voice(quote.start - 5, quote.start + 3) == "author"


@pytest.mark.parametrize("sentence, cue", [
    ("The militia controls almost all of the northern province.", "almost"),
    ("Nearly every village on the river was flooded.", "Nearly"),
    ("Virtually all of the aid was blocked at the border.", "Virtually"),
    ("Turnout was well under a fifth of registered voters.", "well under"),
    ("Inflation stayed well below 3% for the year.", "well below"),
    ("Approval fell to just under 30 percent in May.", "just under"),
    ("Fewer than 200 families returned.", "Fewer than"),
    ("Just below half of the fleet is ready.", "Just below"),
])
def test_approximators_before_quantifiers_and_bounds(sentence, cue):
    assert (cue, "approximator") in cues(sentence)


@pytest.mark.parametrize("sentence", [
    "Under 2019 rules, the contract was void.",  # "under" alone is not a bound
    "Voters under 25 backed the opposition.",  # an age group
    "The town came under fire overnight.",
    "The wreck lies below the surface.",
    "He was almost certainly aware.",  # not a quantity
    "The ministry has authority over all of the ports.",  # over is not before_quantity_or_all
])
def test_no_approximator_without_a_quantity(sentence):
    assert [c for c in cues(sentence) if c[1] == "approximator"] == []
