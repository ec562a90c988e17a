import pytest

from discourse_kit.numbers import detect_numbers

from .helpers import article_of


def numbers_in(sentence, headline="A headline for the test"):
    document, article = article_of(sentence, headline)
    items = detect_numbers(document, article)
    for item in items:
        assert document.text[item.start:item.end] == item.text
        assert item.rule
    return items


def the_number(sentence, text):
    found = [n for n in numbers_in(sentence) if n.text == text]
    assert found, f"{text!r} not found in {[n.text for n in numbers_in(sentence)]}"
    return found[0]


@pytest.mark.parametrize("sentence, text, value, kind, unit", [
    ("The army lost 1,368 square km of land.", "1,368", 1368, "measure", "square km"),
    ("Inflation reached 3.6 percent in March.", "3.6 percent", 3.6, "percent", "%"),
    ("Unemployment is at 7%, the agency said.", "7%", 7, "percent", "%"),
    ("The fund pledged $260 billion in aid.", "$260 billion", 260e9, "money", "USD"),
    ("The bank lent €300m to the utility.", "€300m", 300e6, "money", "EUR"),
    ("The deal is worth £1.5bn over ten years.", "£1.5bn", 1.5e9, "money", "GBP"),
    ("The budget adds 5 billion shekels for defence.", "5 billion", 5e9, "money", "shekels"),
    ("Officials counted 11,000 troops at the border.", "11,000", 11000, "count", "troops"),
    ("Police said seven people were arrested.", "seven", 7, "count", "people"),
    ("Forty-two boats reached the island.", "Forty-two", 42, "count", "boats"),
    ("The crash killed three hundred passengers.", "three hundred", 300, "count", "passengers"),
    ("A dozen villages were shelled overnight.", "A dozen", 12, "count", "villages"),
    ("The city printed 2 million ballots.", "2 million", 2e6, "count", "ballots"),
    ("One-fifth of its territory is occupied.", "One-fifth", 0.2, "fraction", "territory"),
    ("Two-thirds of voters backed the plan.", "Two-thirds", 2 / 3, "fraction", "voters"),
    ("Half of the homes lost power.", "Half", 0.5, "fraction", "homes"),
    ("Nearly half a million people fled.", "half a million", 5e5, "count", "people"),
    ("The army ended its seven-month campaign.", "seven", 7, "duration", "month"),
    ("Both sides agreed to a 30-day truce.", "30", 30, "duration", "day"),
    ("A three-year-old girl was among the dead.", "three", 3, "duration", "year"),
    ("The siege lasted 14 weeks in all.", "14", 14, "duration", "weeks"),
    ("The convoy stretched 40 kilometres north.", "40", 40, "measure", "kilometres"),
    ("Temperatures fell to -5C overnight.", "-5", -5, "measure", "C"),
    ("Aid of $1.5-2 billion was pledged.", "$1.5-2 billion", 1.5e9, "money", "USD"),
])
def test_value_kind_and_unit(sentence, text, value, kind, unit):
    item = the_number(sentence, text)
    assert item.value == pytest.approx(value)
    assert (item.kind, item.unit) == (kind, unit)


@pytest.mark.parametrize("sentence, text, kind", [
    ("Tens of thousands marched in the capital.", "Tens of thousands", "count"),
    ("The war left hundreds of thousands of people dead.", "hundreds of thousands", "count"),
    ("The conflict has displaced millions.", "millions", "count"),
    ("Dozens of homes burned.", "Dozens", "count"),
    ("It was the worst flooding in decades.", "decades", "duration"),
])
def test_vague_magnitudes_have_no_value(sentence, text, kind):
    item = the_number(sentence, text)
    assert item.value is None and item.kind == kind


@pytest.mark.parametrize("sentence, text, low, high, kind", [
    ("Aid covers 60 to 100% of the need.", "60 to 100%", 60, 100, "percent"),
    ("Repairs will cost 4-to-5 billion shekels.", "4-to-5 billion", 4e9, 5e9, "money"),
    ("Between 10,000 and 15,000 people attended.", "10,000 and 15,000", 10000, 15000, "count"),
    ("Some 300-400 fighters remain in the town.", "300-400", 300, 400, "count"),
])
def test_a_range_is_one_item(sentence, text, low, high, kind):
    item = the_number(sentence, text)
    assert (item.value, item.value_max, item.kind) == (pytest.approx(low), pytest.approx(high), kind)


def test_a_fiscal_year_is_one_date():
    # a span of years is one item, a range (scheme: value its lower bound, value_max its upper)
    assert [(n.text, n.kind, n.value, n.value_max) for n in numbers_in("The 2024-25 budget was cut.")] == [
        ("2024-25", "date", 2024, 2025)]


@pytest.mark.parametrize("sentence, text, low, high", [
    ("The 1991-95 war displaced millions.", "1991-95", 1991, 1995),
    ("Exports fell in the 2019–20 season.", "2019–20", 2019, 2020),
    ("The 1999-00 budget was the last of the century.", "1999-00", 1999, 2000),
    ("The 2010-2014 plan failed.", "2010-2014", 2010, 2014),
])
def test_a_span_of_years_is_one_range(sentence, text, low, high):
    item = the_number(sentence, text)
    assert (item.kind, item.value, item.value_max) == ("date", low, high)


@pytest.mark.parametrize("sentence, text, value, unit", [
    ("She has reported on the conflict for three decades.", "three", 3, "decades"),
    ("The dispute goes back two centuries.", "two", 2, "centuries"),
])
def test_a_number_of_decades_is_one_number_not_a_vague_span(sentence, text, value, unit):
    items = numbers_in(sentence)
    assert [(n.text, n.value, n.kind, n.unit) for n in items] == [(text, value, "duration", unit)]


@pytest.mark.parametrize("sentence, unit", [
    ("Police said that one officer was stabbed.", "officer"),
    ("The report found that one child in five goes hungry.", "child"),
    ("Medics confirmed one woman died at the scene.", "woman"),
])
def test_one_before_a_noun_states_a_quantity(sentence, unit):
    item = the_number(sentence, "one")
    assert (item.value, item.unit) == (1, unit)


@pytest.mark.parametrize("sentence", [
    "He said that one was the worst of the raids.",
    "Asked which convoy was hit, she said that one.",
])
def test_that_one_as_a_pronoun_is_not_a_number(sentence):
    assert [n.text for n in numbers_in(sentence) if n.text.lower() == "one"] == []


def test_a_change_is_two_numbers_not_a_range():
    items = numbers_in("Interest rates fell from 5% to 3% this year.")
    assert [(n.text, n.value_max) for n in items if n.kind == "percent"] == [("5%", None), ("3%", None)]


@pytest.mark.parametrize("sentence, text, approximator", [
    ("The area shrank to about 110 square km.", "110", "about"),
    ("It held more than 1,368 square km last year.", "1,368", "more than"),
    ("As many as 11,000 troops are fighting.", "11,000", "as many as"),
    ("At least 12 people died in the blast.", "12", "at least"),
    ("The fire destroyed some 200 homes.", "200", "some"),
    ("Officials reported 12 deaths.", "12", None),
])
def test_approximator_before_the_number(sentence, text, approximator):
    assert the_number(sentence, text).approximator == approximator


def test_a_bracketed_restatement_is_a_conversion():
    items = numbers_in("Control shrank to about 110 square km (42 square miles) this week.")
    assert [(n.text, n.conversion_of) for n in items] == [("110", None), ("42", "110")]


def test_a_bracketed_number_of_another_kind_is_not_a_conversion():
    items = numbers_in("The army lost 300 tanks (in 2023 alone).")
    assert all(n.conversion_of is None for n in items)


@pytest.mark.parametrize("sentence, text, kind", [
    ("The siege began in 1941 and ended later.", "1941", "date"),
    ("A 2023 assessment was leaked.", "2023", "date"),
    ("The blast happened at 3pm local time.", "3pm", "date"),
    ("The vote is set for March 3 in all regions.", "3", "date"),
    ("Prices have not been this high since the 1990s.", "1990s", "date"),
])
def test_dates_and_clock_times(sentence, text, kind):
    assert the_number(sentence, text).kind == kind


@pytest.mark.parametrize("sentence", [
    "It was one of the most striking battles of the war.",
    "No one was hurt in the attack.",
    "The one thing they agree on is the border.",
    "The influential Two Majors channel said the line held.",
    "The president warned of World War Three.",
    "A number of conditions remain unmet.",
    "Large numbers of mines were cleared.",
    "The F-16 jets and G7 leaders met after COVID-19.",
    "Under Article 5 the allies must respond.",
    "They pushed for a two-state solution in one-sided talks.",
    "The unit has been on duty 24/7 since the attack.",
    "On the one hand they talk; on the other they fight one another.",
])
def test_not_numbers(sentence):
    assert [n.text for n in numbers_in(sentence)] == []


def test_title_case_headline_number_words_count():
    document, article = article_of("Rescue teams searched all night.",
                                   headline="Two Killed As Storm Hits Coastal Towns")
    assert [n.text for n in detect_numbers(document, article)] == ["Two"]


@pytest.mark.parametrize("sentence, text, value, kind", [
    ("Officials said 1.5m people have fled.", "1.5m", 1.5e6, "count"),
    ("Workers built a 10m wall around the site.", "10", 10, "measure"),
    ("The shell landed 3m away from the school.", "3", 3, "measure"),
])
def test_m_after_digits_is_million_or_metres(sentence, text, value, kind):
    item = the_number(sentence, text)
    assert (item.value, item.kind) == (pytest.approx(value), kind)


def test_a_list_of_number_words_gives_one_item_each():
    assert [n.value for n in numbers_in("The children were aged six and nine.")] == [6, 9]


@pytest.mark.parametrize("sentence", ["It was 0º at dawn.", "Wind reached 5ª force.", "The 3µ filter failed."])
def test_digits_glued_to_non_ascii_letters_do_not_crash(sentence):
    numbers_in(sentence)  # a glued letter that is not a unit: no number, no exception


def test_a_range_does_not_run_into_the_next_paragraph():
    document, article = article_of("Losses rose to 40\n-60 fighters surrendered later.")
    for item in detect_numbers(document, article):
        block = next(b for b in article.body_blocks if b.start <= item.start < b.end)
        assert item.end <= block.end, item
