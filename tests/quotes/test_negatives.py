"""What is not a quote: scare quotes, titles, nouns that look like cues, passives, negation."""
from __future__ import annotations

import pytest

NOT_QUOTES = [
    "Moscow calls the war a “special military operation” and bans the word war.",
    "The so-called “peacekeepers” would arrive only after a ceasefire was signed.",
    "She starred in the film “War and Peace in Our Time” before the invasion began.",
    "The exhibition, titled “Ukraine: Voices From the Front Line of the War”, opens today.",
    "Kyiv rejected the claims as Russian propaganda.",
    "His claims about the attack were never independently verified.",
    "Russia's claims that it had captured the town could not be verified.",
    "Officials did not say when the talks would resume.",
    "Peskov declined to say whether Putin would attend the summit.",
    "Russia is said to have moved more troops to the border.",
    "The statement gave no details of the casualties.",
    "A report by the agency is due next week.",
    "Shelling continued in the town of Kupiansk, which Russia claims as its own.",
    "Ukraine’s troops can’t hold Moscow’s advance for ever, and Russia´s losses mount.",
    "The warning came a day after the strike on Odesa.",
    "Police found the bodies of three men near the railway station.",
    "The company noted for its drones opened a second factory near Lviv.",
    "That said, the offensive has slowed since March.",
    "It is hard to say when the fighting will end.",
    "The plan was never published, and officials have said little about it since.",
    "The leaders said goodbye at the airport.",
    "Asked about the talks, Peskov declined to comment.",
    "The strike showed how vulnerable the grid remains.",
    "Kyiv denied the report. It was the third such denial this week.",
    "Russia announced a truce, which was ignored within hours.",
]


@pytest.mark.parametrize("sentence", NOT_QUOTES)
def test_no_quote(sentence, find_quotes):
    quotes = find_quotes(sentence)
    assert quotes == [], [(q.text, q.speaker, q.cue, q.rule) for q in quotes]


def test_scare_quote_inside_a_reported_clause_is_no_item_of_its_own(find_quotes):
    quotes = find_quotes("Officials said the “coalition of the willing” would meet in Paris "
                         "on Thursday.")
    assert len(quotes) == 1
    assert quotes[0].kind == "mixed"
    assert quotes[0].text.startswith("the “coalition of the willing”")


def test_cue_inside_someone_elses_quotation_is_their_words(find_quotes):
    quotes = find_quotes("“They are told every day that the West wants peace, but nobody "
                         "believes it,” the minister said.")
    assert [(q.kind, q.speaker) for q in quotes] == [("direct", "the minister")]


def test_unbalanced_mark_does_not_spoil_later_quotes(find_quotes):
    quotes = find_quotes("The mayor’s office said “the shelling had stopped.",
                         "“We will rebuild the school before winter,” the mayor said.")
    assert any(q.text == "“We will rebuild the school before winter,”" and q.kind == "direct"
               for q in quotes)


@pytest.mark.parametrize("text", [
    "the ministry according to Putin – , said",
    "according to Putin —\nsaid: “",
    "As Putin said —",
    "“” said ” “ he said, “",
    "Mr Gov. said: ‘’ as quoted saying that",
])
def test_ragged_text_gives_true_spans_and_no_double_items(text, find_quotes):
    quotes = find_quotes(text)  # the helper checks every span against the text
    spans = [(q.start, q.end) for q in quotes]
    assert len(spans) == len(set(spans))
