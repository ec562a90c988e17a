"""Ranges (scheme section 3: one item, ``value`` the lower bound, ``value_max`` the upper)
and bounds (``at least nine of them``: the numbers and hedges layers agree).

``between`` opens a range construction: it is neither part of the span (the span is
the numbers with their currency signs and scale words) nor an approximator.
"""
import pytest

from discourse_kit.hedges import detect_hedges
from discourse_kit.numbers import detect_numbers

from .helpers import article_of


def numbers_in(sentence):
    document, article = article_of(sentence)
    items = detect_numbers(document, article)
    for item in items:
        assert document.text[item.start:item.end] == item.text and item.rule
    return items


def approximators_in(sentence):
    document, article = article_of(sentence)
    return [h.text for h in detect_hedges(document, article) if h.category == "approximator"]


@pytest.mark.parametrize("sentence, text, low, high, kind, unit", [
    ("The pipeline deal may be worth between $150m and $200m a year.",
     "$150m and $200m", 150e6, 200e6, "money", "USD"),
    ("Between 40 and 60 people were treated for smoke inhalation.",
     "40 and 60", 40, 60, "count", "people"),
    ("Rebuilding the bridge will cost between $1.5bn and $2bn, engineers say.",
     "$1.5bn and $2bn", 1.5e9, 2e9, "money", "USD"),
    ("Analysts expect tariffs ranging from 10 to 15 percent on steel.",
     "10 to 15 percent", 10, 15, "percent", "%"),
    ("The stadium contract is valued at $150m-$200m.", "$150m-$200m", 150e6, 200e6, "money", "USD"),
    ("The grid upgrade is priced at €3-4 billion.", "€3-4 billion", 3e9, 4e9, "money", "EUR"),
    ("Some 20,000 to 30,000 troops are massed near the frontier.",
     "20,000 to 30,000", 20000, 30000, "count", "troops"),
    ("The smugglers face between five and seven years in prison.",
     "five and seven", 5, 7, "duration", "years"),
    ("Repairs could take two to three weeks, the port authority said.",
     "two to three", 2, 3, "duration", "weeks"),
    ("Between ten and twenty-five boats were turned back.", "ten and twenty-five", 10, 25, "count", "boats"),
    ("The fund needs between £300 and £400 million.", "£300 and £400 million", 300e6, 400e6, "money", "GBP"),
    ("Loans of between €2m and €5m were offered to farmers.", "€2m and €5m", 2e6, 5e6, "money", "EUR"),
    ("Recovery may take one to two years, the IMF warned.", "one to two", 1, 2, "duration", "years"),
    ("Between one and two million people fled the fighting.",
     "one and two million", 1e6, 2e6, "count", "people"),
    ("Between two hundred and three hundred people were rescued.",
     "two hundred and three hundred", 200, 300, "count", "people"),
    ("Between two and three hundred families sheltered in the school.",
     "two and three hundred", 200, 300, "count", "families"),
    ("Shares of the carmaker rose 5 to 8 percent on Monday.", "5 to 8 percent", 5, 8, "percent", "%"),
    ("Exports are worth $5bn to $6bn a year.", "$5bn to $6bn", 5e9, 6e9, "money", "USD"),
])
def test_a_range_with_both_ends_written_out_is_one_item(sentence, text, low, high, kind, unit):
    items = numbers_in(sentence)
    found = [n for n in items if n.text == text]
    assert found, [n.text for n in items]
    item = found[0]
    assert (item.value, item.value_max) == (pytest.approx(low), pytest.approx(high))
    assert (item.kind, item.unit, item.rule) == (kind, unit, "range")
    assert not [n for n in items if n is not item and item.start <= n.start < item.end]


def test_between_is_neither_in_the_span_nor_an_approximator():
    sentence = "The trade may be worth between $150m and $200m a year."
    [item] = numbers_in(sentence)
    assert item.text == "$150m and $200m" and item.approximator is None
    assert approximators_in(sentence) == []


def test_an_approximator_before_a_range_belongs_to_the_range():
    [item] = numbers_in("Officials said roughly 300 to 400 families were moved.")
    assert (item.text, item.approximator) == ("300 to 400", "roughly")


def test_a_span_of_years_with_between_is_one_date_range():
    [item] = numbers_in("Output fell sharply between 2019 and 2021.")
    assert (item.text, item.kind, item.value, item.value_max) == ("2019 and 2021", "date", 2019, 2021)


def test_from_one_year_to_another_is_one_date_range():
    [item] = numbers_in("From 2015 to 2020 the economy stagnated.")
    assert (item.text, item.kind, item.value, item.value_max) == ("2015 to 2020", "date", 2015, 2020)


@pytest.mark.parametrize("sentence, texts", [
    ("The team went from one to two wins this season.", ["one", "two"]),  # a change
    ("Leaders held one to one talks in Geneva.", ["one"]),  # not a range

    ("Gunmen killed 5 and injured 12 in the raid.", ["5", "12"]),  # two counts
    ("The two suspects, aged 14 and 15, were released.", ["two", "14", "15"]),  # a list of ages
    ("The children were aged six and nine.", ["six", "nine"]),
    ("Talks fell between the two and three o'clock sessions.", ["two", "three"]),
    ("Interest rates rose from 4 to 6 percent last year.", ["4", "6 percent"]),  # a change
    ("The bank raised its growth forecast from 2 to 3 percent.", ["2", "3 percent"]),
    ("The army cut its presence from 5,000 to 8,000 troops... then back.", ["5,000", "8,000"]),
    ("The court voted seven to two against the law.", ["seven", "two"]),  # a score, not a range
    ("Seats went from 12 to 20 after the vote.", ["12", "20"]),
])
def test_numbers_joined_by_and_or_to_that_are_not_ranges(sentence, texts):
    items = numbers_in(sentence)
    assert [n.text for n in items] == texts
    assert all(n.value_max is None for n in items)


# -- bounds: the hedges layer marks the approximator the numbers layer records -----------

@pytest.mark.parametrize("sentence, cue, number", [
    ("Fourteen people were detained, at least nine of them foreign nationals.", "at least", "nine"),
    ("At least three of them were children, medics said.", "At least", "three"),
    ("More than half of those polled opposed the deal.", "More than", "half"),
    ("Up to a dozen tankers were seized in the strait.", "Up to", "a dozen"),
    ("Police held about 40 of those arrested overnight.", "about", "40"),
    ("Nearly two-thirds of whom were women, the report said.", "Nearly", "two-thirds"),
    ("Almost seven of the ten villages were flooded.", "Almost", "seven"),
])
def test_an_approximator_before_a_quantity_of_them_is_marked_by_both_layers(sentence, cue, number):
    assert cue in approximators_in(sentence)
    item = next(n for n in numbers_in(sentence) if n.text == number)
    assert item.approximator == cue.lower()


@pytest.mark.parametrize("sentence, cue", [
    ("At least one of them was armed, witnesses said.", "At least"),
    ("More than one of those injured later died.", "More than"),
])
def test_one_after_a_bound_is_a_quantity(sentence, cue):
    assert approximators_in(sentence) == [cue]
    [item] = numbers_in(sentence)
    assert (item.text, item.value, item.approximator) == ("one", 1, cue.lower())


def test_one_of_the_most_after_about_stays_a_pronoun():
    sentence = "He talked about one of the most famous battles of the war."
    assert numbers_in(sentence) == [] and approximators_in(sentence) == []


def test_nearly_all_of_whom_is_an_approximator():
    assert approximators_in("Hundreds were arrested, nearly all of whom were students.") == ["nearly"]


@pytest.mark.parametrize("sentence", [
    "The ceasefire will hold, at least for now.",
    "The alliance is more than ever united.",
    "Reporters asked him about them at length.",
    "She worried about those who stayed behind.",
    "It was more than he could bear.",
    "They will fight on, at least until the spring.",
])
def test_a_bound_word_with_no_quantity_after_it_is_no_approximator(sentence):
    assert approximators_in(sentence) == []


@pytest.mark.parametrize("sentence", [
    "Fourteen people were detained, at least nine of them foreign nationals.",
    "Officials said roughly 300 to 400 families were moved.",
    "Up to a dozen tankers were seized, and some 200 sailors held.",
    "More than half of those polled opposed it; almost 40 percent backed it.",
    "As many as 11,000 troops crossed, with over 2 million people displaced.",
])
def test_every_approximator_the_numbers_layer_records_is_a_hedges_cue(sentence):
    document, article = article_of(sentence)
    cues = {(h.end, h.text.lower()) for h in detect_hedges(document, article)
            if h.category == "approximator"}
    for item in detect_numbers(document, article):
        if item.approximator:
            before = document.text[:item.start].rstrip()
            assert (len(before), item.approximator) in cues, item
