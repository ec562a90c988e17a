import pytest

from discourse_kit.items import Quote
from discourse_kit.labels import detect_labels

from .helpers import article_of, offset_of


def labels_in(sentence, quotes=()):
    document, article = article_of(sentence)
    items = detect_labels(document, article, quotes=quotes)
    for item in items:
        assert document.text[item.start:item.end] == item.text
        assert item.rule
    return [(lab.text, lab.type) for lab in items]


@pytest.mark.parametrize("sentence, label", [
    ("NATO ‘peacekeepers’ would mean war.", "‘peacekeepers’"),
    ("Britain will lead a “coalition of the willing” to help.", "“coalition of the willing”"),
    ('Trump urged Moscow to spare "surrounded" troops.', '"surrounded"'),
    ("The so-called 'referendums' were held at gunpoint.", "'referendums'"),
    ("Officials called the move a “humanitarian pause,” not a ceasefire.", "“humanitarian pause,”"),
    ('Any deal must reflect the "realities on the ground."', '"realities on the ground."'),
])
def test_scare_quotes(sentence, label):
    assert (label, "scare_quote") in labels_in(sentence)


@pytest.mark.parametrize("sentence", [
    "Medvedev said the two leaders “are playing dumb.”",  # a clause, full stop inside
    "Peskov said it would be “completely unacceptable to us,” citing security.",  # a pronoun
    'He said: "Never again."',  # after a speech verb
    '"Absolutely not," the minister told reporters.',  # before its attribution
    "“Fake news.”",  # a whole paragraph
    "‘We will win’ – Zelensky",  # a headline's quote and its speaker
    "Lavrov spoke of the “direct, official, undisguised involvement of NATO countries in the war.”",  # too long
])
def test_utterances_and_long_quotes_are_not_scare_quotes(sentence):
    assert [t for t in labels_in(sentence) if t[1] == "scare_quote"] == []


def test_a_direct_quote_of_the_quotes_layer_is_not_a_scare_quote():
    sentence = "Asked about the truce, the minister’s answer was “no comment” and he left."
    document, article = article_of(sentence)
    start = offset_of(document, "“no comment”")
    quote = Quote(start=start, end=start + len("“no comment”"), text="“no comment”", kind="direct")
    assert labels_in(sentence) == [("“no comment”", "scare_quote")]
    assert labels_in(sentence, quotes=[quote]) == []


@pytest.mark.parametrize("sentence, names", [
    ("Aid to Kiev and Kharkov was discussed.", ["Kiev", "Kharkov"]),
    ("Kyiv said Odesa and Luhansk were shelled.", ["Kyiv", "Odesa", "Luhansk"]),
    ("Zelenskiy met Zelensky's aides; Zelenskyy was absent.", ["Zelenskiy", "Zelensky", "Zelenskyy"]),
    ("The special military operation entered its third year in Donbass.",
     ["special military operation", "Donbass"]),
    ("The junta renamed Burma as Myanmar in 1989.", ["Burma", "Myanmar"]),
    ("Settlers in Judea and Samaria, or the West Bank, protested.", ["Judea and Samaria", "West Bank"]),
])
def test_contested_names_both_forms(sentence, names):
    assert [t for t, kind in labels_in(sentence) if kind == "naming"] == names


def test_a_name_inside_a_longer_proper_name_is_not_a_naming_choice():
    assert labels_in("The Kyiv Independent reported the strike first.") == []


@pytest.mark.parametrize("sentence, label", [
    ("He offered military aid to the neo-Nazis in power.", "neo-Nazis"),
    ("Consult with Washington, scumbags.", "scumbags"),
    ("The raid was a seven-month incursion into Russia.", "incursion"),
    ("Russia's invasion of Ukraine in February 2022 killed thousands.", "invasion"),
    ("The regime in Minsk jailed the activists.", "regime"),
    ("Militants fired rockets across the border.", "Militants"),
    ("Witnesses described a massacre in the village.", "massacre"),
    ("The junta suspended the constitution.", "junta"),
])
def test_loaded_labels(sentence, label):
    assert (label, "loaded") in labels_in(sentence)


@pytest.mark.parametrize("sentence", [
    "It was the biggest attack since the Nazi invasion of 1941.",  # historical qualifier
    "Historians still debate the invasion of 1968.",  # "of <year>"
    "The 1968 invasion crushed the Prague Spring.",  # a year before it
    "The EU extended its sanctions regime against Iran.",  # not_after condition
    "The visa regime will change in June.",
    "The Palestine Liberation Organization met in Ramallah.",  # inside a proper name
])
def test_historical_and_technical_uses_are_not_loaded(sentence):
    assert [t for t in labels_in(sentence) if t[1] == "loaded"] == []


def test_a_loaded_word_inside_a_scare_quote_is_covered_by_it():
    assert labels_in('Trump called it a "bloodbath" war.') == [('"bloodbath"', "scare_quote")]
    assert labels_in("Lavrov denounced the ‘Kiev regime’ again.") == [("‘Kiev regime’", "scare_quote")]
