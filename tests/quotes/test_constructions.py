"""Each quote construction of the issue, on news sentences written for these tests."""
from __future__ import annotations

import pytest



def only(quotes):
    assert len(quotes) == 1, [(q.text, q.speaker, q.cue) for q in quotes]
    return quotes[0]


# sentence, kind, content, speaker, cue
SINGLE = [
    ("“We will not give up a single inch of our land,” Zelenskiy told reporters in Kyiv.",
     "direct", "“We will not give up a single inch of our land,”", "Zelenskiy", "told"),
    ("“The talks were constructive,” said Kremlin spokesman Dmitry Peskov.",
     "direct", "“The talks were constructive,”", "Kremlin spokesman Dmitry Peskov", "said"),
    ("Peskov said: “There is no question of a ceasefire until our conditions are met.”",
     "direct", "“There is no question of a ceasefire until our conditions are met.”",
     "Peskov", "said"),
    ("“No,” Rubio said when asked whether the talks had failed.",
     "direct", "“No,”", "Rubio", "said"),
    ("Macron said on Tuesday that Europe must spend far more on its own defence.",
     "indirect", "Europe must spend far more on its own defence", "Macron", "said"),
    ("European troops could be deployed within weeks of a deal, Macron said.",
     "indirect", "European troops could be deployed within weeks of a deal", "Macron", "said"),
    ("But the strike killed at least 12 people, the regional governor said on Sunday.",
     "indirect", "the strike killed at least 12 people", "the regional governor", "said"),
    ("The bridge had been hit twice in a week, said the local mayor.",
     "indirect", "The bridge had been hit twice in a week", "the local mayor", "said"),
    ("Peskov told reporters the Kremlin had not received any written proposal.",
     "indirect", "the Kremlin had not received any written proposal", "Peskov", "told"),
    ("Rubio told Fox News on Sunday that the talks in Riyadh had been productive.",
     "indirect", "the talks in Riyadh had been productive", "Rubio", "told"),
    ("Zelenskiy says Ukraine needs at least ten more air defence systems.",
     "indirect", "Ukraine needs at least ten more air defence systems", "Zelenskiy", "says"),
    ("Sybiha, who met his Turkish counterpart in Ankara, said the talks would continue.",
     "indirect", "the talks would continue", "Sybiha", "said"),
    ("Medvedev was quoted as saying that Europe would pay a high price for its choices.",
     "indirect", "Europe would pay a high price for its choices", "Medvedev",
     "was quoted as saying"),
    ("The Russian defence ministry said in a statement that its forces had shot down 40 drones.",
     "indirect", "its forces had shot down 40 drones", "The Russian defence ministry", "said"),
    ("Medvedev wrote on Telegram that the West was playing with fire.",
     "indirect", "the West was playing with fire", "Medvedev", "wrote"),
    ("Ukraine's air force has repeatedly warned that stocks of interceptors are running low.",
     "indirect", "stocks of interceptors are running low", "Ukraine's air force",
     "has repeatedly warned"),
    ("The governor later clarified that no civilians had been hurt in the blast.",
     "indirect", "no civilians had been hurt in the blast", "The governor", "later clarified"),
    ("Satellite images showed that the bridge near Kherson had been destroyed.",
     "indirect", "the bridge near Kherson had been destroyed", "Satellite images", "showed"),
]


@pytest.mark.parametrize("sentence, kind, content, speaker, cue", SINGLE)
def test_one_attributed_claim(sentence, kind, content, speaker, cue, find_quotes):
    q = only(find_quotes(sentence))
    assert (q.kind, q.text, q.speaker, q.cue) == (kind, content, speaker, cue)
    assert q.rule


@pytest.mark.parametrize("sentence, content, speaker", [
    ("According to the Institute for the Study of War, Russian forces advanced near Pokrovsk.",
     "Russian forces advanced near Pokrovsk", "the Institute for the Study of War"),
    ("Russian forces advanced two km near Pokrovsk, according to open source maps.",
     "Russian forces advanced two km near Pokrovsk", "open source maps"),
    ("Casualties rose sharply in March according to figures from the health ministry.",
     "Casualties rose sharply in March", "figures from the health ministry"),
])
def test_according_to_is_a_neutral_cue(sentence, content, speaker, find_quotes):
    q = only(find_quotes(sentence))
    assert (q.text, q.speaker, q.cue.lower(), q.cue_stance) == (content, speaker, "according to",
                                                                "neutral")


def test_according_to_backing_a_cue_adds_no_second_claim(find_quotes):
    quotes = find_quotes("Western officials say about 900 soldiers are lost every day, "
                         "according to a 2024 assessment, while Moscow gives no figures.")
    assert [q.cue for q in quotes] == ["say"]


def test_claimed_by_is_distancing(find_quotes):
    quotes = find_quotes("Ukraine disputes the figure of 400 dead soldiers claimed by Moscow.")
    q = only(quotes)
    assert (q.text, q.speaker, q.cue, q.cue_stance) == (
        "figure of 400 dead soldiers", "Moscow", "claimed by", "distancing")
    assert (q.source_type, q.affiliation) == ("institution", "russia")


@pytest.mark.parametrize("sentence, content", [
    ("Peskov said the proposal was “absurd” and would not be considered.",
     "the proposal was “absurd” and would not be considered"),
    ("Rutte said that “NATO stands with Ukraine for as long as it takes.”",
     "“NATO stands with Ukraine for as long as it takes.”"),
    ("U.S. officials said the strike on the hospital was “deeply concerning.”",
     "the strike on the hospital was “deeply concerning.”"),
])
def test_a_quoted_fragment_in_a_reported_clause_makes_it_mixed(sentence, content, find_quotes):
    q = only(find_quotes(sentence))
    assert (q.kind, q.text) == ("mixed", content)


def test_split_direct_quote_is_two_items_with_one_speaker(find_quotes):
    quotes = find_quotes("“We are ready to talk,” Sybiha said, “but not at any price.”")
    assert [q.text for q in quotes] == ["“We are ready to talk,”", "“but not at any price.”"]
    assert {q.speaker for q in quotes} == {"Sybiha"}


def test_quote_after_its_attribution_sentence_takes_the_same_speaker(find_quotes):
    quotes = find_quotes("“The front is holding,” the commander said. “We need shells, not "
                         "promises.”")
    assert [q.speaker for q in quotes] == ["the commander", "the commander"]
    assert quotes[1].cue is None


def test_floating_quote_paragraph_goes_to_the_previous_speaker(find_quotes):
    quotes = find_quotes(
        "“The situation in the east is difficult,” Ukraine's top commander Oleksandr Syrskyi said.",
        "“Our troops are holding the line despite heavy losses and constant shelling.”")
    assert len(quotes) == 2
    assert quotes[1].cue is None and quotes[1].kind == "direct"
    assert quotes[1].speaker_canonical == "Oleksandr Syrskyi"


def test_quote_running_over_two_paragraphs(find_quotes):
    quotes = find_quotes(
        "Anna Keller, a nurse in Kharkiv, said: “The sirens went on for hours. "
        "Nobody slept.",
        "“In the morning we counted the windows that were gone.”")
    assert [q.kind for q in quotes] == ["direct", "direct"]
    assert quotes[0].text.startswith("“The sirens") and quotes[1].text.startswith("“In the morning")
    assert {q.speaker_canonical for q in quotes} == {"Anna Keller"}


@pytest.mark.parametrize("headline, content, speaker, cue", [
    ("Western weapons will only prolong the war – Lavrov", "Western weapons will only prolong the war",
     "Lavrov", "–"),
    ("Europe must rearm now — Polish PM Tusk", "Europe must rearm now", "Polish PM Tusk", "—"),
    ("Lavrov: West wants strategic defeat of Russia", "West wants strategic defeat of Russia",
     "Lavrov", ":"),
])
def test_headline_attribution(headline, content, speaker, cue, find_quotes):
    quotes = find_quotes("Nothing else is attributed in this article.", headline=headline)
    q = only(quotes)
    assert (q.kind, q.text, q.speaker, q.cue, q.cue_stance) == ("indirect", content, speaker, cue,
                                                                "neutral")


def test_headline_with_a_dash_but_no_name_is_no_quote(find_quotes):
    assert find_quotes("Nothing is attributed here.", headline="Ceasefire talks – what we know") == []


def test_conjoined_cue_keeps_the_speaker(find_quotes):
    quotes = find_quotes("The blogger said Russian units had reached the river, but cautioned "
                         "that the reports could not yet be confirmed.")
    assert [q.cue for q in quotes] == ["said", "cautioned"]
    assert {q.speaker for q in quotes} == {"The blogger"}
    assert quotes[0].text == "Russian units had reached the river"


def test_participle_cue_after_an_attribution(find_quotes):
    quotes = find_quotes("Tusk said Poland would not send troops, adding that Warsaw would "
                         "instead train Ukrainian soldiers.")
    assert [(q.cue, q.speaker) for q in quotes] == [("said", "Tusk"), ("adding", "Tusk")]


def test_later_cue_in_the_sentence_ends_the_earlier_claim(find_quotes):
    quotes = find_quotes("Zelenskiy said on Saturday the town had not fallen but warned of what "
                         "he said was a buildup of Russian troops near Sumy.")
    assert [q.text for q in quotes][0] == "the town had not fallen"
    assert quotes[-1].text == "a buildup of Russian troops near Sumy"
    assert quotes[-1].speaker_canonical == "Volodymyr Zelenskiy"


@pytest.mark.parametrize("sentence, content", [
    ("Russia's defence ministry claimed its forces had taken Nove, a claim that could not be "
     "verified.", "its forces had taken Nove"),
    ("Zelenskiy said Ukraine would never recognise the occupation, as U.S.-brokered talks "
     "stalled.", "Ukraine would never recognise the occupation"),
    ("Officials said the bridge would stay closed, though repairs had begun.",
     "the bridge would stay closed"),
    ("Putin said Russia backed the idea in principle, but that many questions remained.",
     "Russia backed the idea in principle, but that many questions remained"),
])
def test_reported_clause_ends_at_the_writers_own_addition(sentence, content, find_quotes):
    quotes = find_quotes(sentence)
    assert quotes[0].text == content


@pytest.mark.parametrize("headline", [
    "Ceasefire Talks – What We Know", "Ukraine War: Russia Strikes Kharkiv Again",
    "Russia-Ukraine war – live updates", "Zelensky in Washington – Historic Meeting",
])
def test_headline_labels_are_not_speakers(headline, find_quotes):
    assert find_quotes("Nothing is attributed here.", headline=headline) == []


def test_title_case_headline_with_a_verb_cue(find_quotes):
    quotes = find_quotes("Nothing else is attributed here.",
                         headline="Kremlin Says West Is Prolonging the War")
    q = only(quotes)
    assert (q.speaker, q.cue, q.text) == ("Kremlin", "Says", "West Is Prolonging the War")


def test_name_between_commas_is_the_speaker(find_quotes):
    q = only(find_quotes("The spokesperson for Ukraine's air force, Yuriy Ihnat, said 40 drones "
                         "had been shot down overnight."))
    assert (q.speaker, q.source_type, q.text) == (
        "Yuriy Ihnat", "person", "40 drones had been shot down overnight")


def test_spokesman_of_a_named_leader_is_not_the_leader(find_quotes):
    q = only(find_quotes("Putin's spokesman said the Kremlin had not seen the plan."))
    assert (q.source_type, q.affiliation) == ("anonymous", "russia")
    assert q.speaker_canonical != "Vladimir Putin"


def test_participle_cue_takes_the_subject_of_the_sentence(find_quotes):
    q = only(find_quotes("Zelenskiy on Monday urged allies to speed up deliveries, saying "
                         "Russia was preparing a new offensive."))
    assert (q.cue, q.speaker, q.text) == ("saying", "Zelenskiy",
                                          "Russia was preparing a new offensive")


@pytest.mark.parametrize("sentence", [
    "Russia announced a 30-hour Easter truce on Saturday.",
    "Britain pledged another 1.6 billion pounds in military aid.",
    "Ukraine confirmed the deaths of two soldiers in the region.",
    "Kyiv denied the report.",
])
def test_verbs_with_a_plain_object_need_that_to_report_a_claim(sentence, find_quotes):
    assert find_quotes(sentence) == []


def test_attribution_after_a_question_mark(find_quotes):
    quotes = find_quotes("“Is this what they call peace?” the governor asked. “We will answer.”")
    assert [(q.speaker, q.cue) for q in quotes] == [("the governor", "asked"),
                                                   ("the governor", None)]


def test_agency_quoting_someone_as_saying(find_quotes):
    q = only(find_quotes("Russia's RIA news agency quoted Deputy Foreign Minister Sergei Ryabkov "
                         "as saying that Moscow saw no reason to revive the deal."))
    assert (q.speaker_canonical, q.cue, q.text) == (
        "Sergei Ryabkov", "quoted", "Moscow saw no reason to revive the deal")


def test_single_quotes_british_style(find_quotes):
    quotes = find_quotes("‘They are trying to starve the world,’ said the governor, Oleh Kiper. "
                         "‘This is not a military target.’")
    assert [q.kind for q in quotes] == ["direct", "direct"]
    assert quotes[0].text == "‘They are trying to starve the world,’"


def test_as_speaker_said(find_quotes):
    q = only(find_quotes("As the ministry said last week, the winter will be hard for the grid."))
    assert (q.speaker, q.cue, q.text) == ("the ministry", "said", "the winter will be hard for the grid")


@pytest.mark.parametrize("sentence, content", [
    ("Officials said little had changed since the strike.", "little had changed since the strike"),
    ("Analysts say more than 500 tanks have been lost.", "more than 500 tanks have been lost"),
    ("The mayor said nothing would be rebuilt before spring.",
     "nothing would be rebuilt before spring"),
])
def test_quantifier_opening_a_reported_clause(sentence, content, find_quotes):
    assert only(find_quotes(sentence)).text == content


def test_quotation_finishing_a_sentence_begun_by_the_writer_is_mixed(find_quotes):
    q = only(find_quotes("The Kiev regime “does not care about its own people,” the ministry added."))
    assert (q.kind, q.text) == ("mixed", "The Kiev regime “does not care about its own people,”")


def test_headline_speaker_named_only_in_the_body(find_quotes):
    quotes = find_quotes("Regional governor Anna Keller said the dam would hold.",
                         headline="The dam will hold – Keller")
    assert [(q.rule, q.speaker_canonical) for q in quotes][0] == ("headline_dash", "Anna Keller")


def test_posted_on_x_that(find_quotes):
    q = only(find_quotes("Medvedev posted on X that Europe was sleepwalking into a war."))
    assert (q.cue, q.text) == ("posted", "Europe was sleepwalking into a war")


def test_direct_quote_with_an_appositive_speaker_and_an_addressee(find_quotes):
    q = only(find_quotes("“We see no basis for talks,” Peskov, the Kremlin spokesman, told "
                         "reporters."))
    assert (q.kind, q.speaker, q.cue, q.text) == ("direct", "Peskov", "told",
                                                  "“We see no basis for talks,”")


@pytest.mark.parametrize("sentence, cue, content", [
    ("Zelenskiy warned Russia was preparing a new offensive in the north.", "warned",
     "Russia was preparing a new offensive in the north"),
    ("The ministry admitted it had lost two jets over the Black Sea.", "admitted",
     "it had lost two jets over the Black Sea"),
    ("Moscow announced the truce would begin at midnight.", "announced",
     "the truce would begin at midnight"),
])
def test_that_less_clause_after_a_verb_that_otherwise_needs_that(sentence, cue, content,
                                                                 find_quotes):
    q = only(find_quotes(sentence))
    assert (q.cue, q.text) == (cue, content)
