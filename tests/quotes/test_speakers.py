"""Speaker, canonical name, source type and side, on news sentences written for these tests."""
from __future__ import annotations

import pytest


def only(quotes):
    assert len(quotes) == 1, [(q.text, q.speaker, q.cue) for q in quotes]
    return quotes[0]


# sentence, speaker_canonical, source_type, affiliation
SOURCES = [
    ("Russian officials said the convoy had been hit by a drone.",
     "Russian officials", "anonymous", "russia"),
    ("Ukraine's military said it had repelled 30 attacks near Pokrovsk.",
     "Ukraine's military", "institution", "ukraine"),
    ("U.S. intelligence estimates say about 700,000 troops have been killed or wounded.",
     "U.S. intelligence estimates", "document", "usa"),
    ("A pro-Russian military blogger said the village had been taken on Friday.",
     "pro-Russian military blogger", "anonymous", "russia"),
    ("The Kremlin said the new sanctions would not change Russia's course.",
     "Kremlin", "institution", "russia"),
    ("Kyiv said the strike had hit a children's hospital in the city centre.",
     "Kyiv", "institution", "ukraine"),
    ("Kiev said the strike had hit a power plant.", "Kiev", "institution", "ukraine"),
    ("Beijing said it would send its special envoy back to the region.",
     "Beijing", "institution", "china"),
    ("Russia said its air defences had destroyed 17 drones overnight.",
     "Russia", "institution", "russia"),
    ("The IAEA said the plant had lost its external power supply again.",
     "IAEA", "institution", "international"),
    ("A senior Western diplomat said the talks were unlikely to produce a deal this year.",
     "senior Western diplomat", "anonymous", "unknown"),
    ("Sources familiar with the matter said the shipment had been delayed.",
     "Sources familiar with the matter", "anonymous", "unknown"),
    ("Israeli officials said the hostages had been moved to another tunnel.",
     "Israeli officials", "anonymous", "israel"),
    ("Officials in Kyiv said the power plant had been hit again.",
     "Officials in Kyiv", "anonymous", "ukraine"),
    ("Satellite images showed that the bridge had collapsed into the river.",
     "Satellite images", "document", "unknown"),
    ("German Chancellor Friedrich Merz said Europe had to stand on its own feet.",
     "Friedrich Merz", "person", "germany"),
    ("Polish Defence Minister Jan Novak said the army needed more artillery shells.",
     "Jan Novak", "person", "poland"),
    ("Amnesty International said both sides had hit civilian infrastructure.",
     "Amnesty International", "institution", "unknown"),
]


@pytest.mark.parametrize("sentence, canonical, source_type, affiliation", SOURCES)
def test_source_type_and_side(sentence, canonical, source_type, affiliation, find_quotes):
    q = only(find_quotes(sentence))
    assert (q.speaker_canonical, q.source_type, q.affiliation) == (canonical, source_type,
                                                                   affiliation)


def test_unknown_person_is_unknown_not_the_articles_side(find_quotes):
    q = only(find_quotes("Analyst Petra Lind said the offensive had stalled.",
                         headline="RUSSIAN PERSPECTIVE\nOffensive stalls"))
    assert (q.source_type, q.affiliation) == ("person", "unknown")


def test_surname_resolves_to_the_fullest_name_with_the_side_of_its_title(find_quotes):
    quotes = find_quotes("Polish Defence Minister Jan Novak visited the border on Monday.",
                         "Novak said Warsaw would build new shelters along the frontier.")
    q = only(quotes)
    assert (q.speaker, q.speaker_canonical, q.affiliation) == ("Novak", "Jan Novak", "poland")


def test_he_goes_to_the_last_person_named(find_quotes):
    quotes = find_quotes("Lavrov met his Turkish counterpart Hakan Fidan in Antalya on Monday.",
                         "Afterwards Lavrov spoke to reporters. He said Moscow was open to talks.")
    q = only(quotes)
    assert (q.speaker, q.speaker_canonical, q.source_type) == ("He", "Sergey Lavrov", "person")


def test_she_skips_a_man_named_in_between(find_quotes):
    quotes = find_quotes("Ms Anna Keller, the mayor, met Mr Tom Baker at the station on Friday.",
                         "She said the town would need help for years.")
    assert only(quotes).speaker_canonical == "Anna Keller"


def test_names_inside_a_quotation_are_no_antecedent(find_quotes):
    quotes = find_quotes(
        "“Talk to Prime Minister Olaf Berg, not to me,” Governor Lena Holm said.",
        "“We have done all we can,” she added.")
    assert [q.speaker_canonical for q in quotes] == ["Lena Holm", "Lena Holm"]


def test_it_goes_to_the_last_institution_that_spoke(find_quotes):
    quotes = find_quotes("The defence ministry said its forces had taken the village. "
                         "It added that the operation was continuing.")
    assert [q.speaker_canonical for q in quotes] == ["defence ministry", "defence ministry"]
    assert {q.source_type for q in quotes} == {"institution"}


def test_appositive_speaker_is_the_name_not_the_description(find_quotes):
    q = only(find_quotes("Yevhen Lysak, a spokesman for the regional administration, said two "
                         "people were killed."))
    assert (q.speaker, q.source_type) == ("Yevhen Lysak", "person")


def test_the_minister_is_the_person_named_with_that_role(find_quotes):
    quotes = find_quotes("Foreign Minister Andrii Sybiha arrived in Warsaw on Monday.",
                         "Speaking to reporters, the minister said Ukraine needed more air defence.")
    q = only(quotes)
    assert (q.speaker, q.speaker_canonical, q.source_type) == ("the minister", "Andrii Sybiha",
                                                              "person")


def test_the_prime_minister_without_a_named_holder_stays_anonymous(find_quotes):
    q = only(find_quotes("The prime minister said the budget would be balanced by 2027."))
    assert (q.source_type, q.affiliation) == ("anonymous", "unknown")


@pytest.mark.parametrize("sentence, speaker, canonical, source_type, affiliation", [
    ("At least four people were killed in the strike, regional Gov. Serhii Lysak said.",
     "regional Gov. Serhii Lysak", "Serhii Lysak", "person", "unknown"),
    ("A Downing Street spokesman said the call had lasted an hour.",
     "A Downing Street spokesman", "Downing Street spokesman", "anonymous", "uk"),
    ("“We need a guarantee from the Americans,” one senior European diplomat told the BBC.",
     "one senior European diplomat", "senior European diplomat", "anonymous", "unknown"),
    ("Thirty people were killed, according to the territory's civil defence agency.",
     "the territory's civil defence agency", "territory's civil defence agency", "institution",
     "unknown"),
    ("Russia’s Defence Ministry claimed its forces had captured the village of Nove.",
     "Russia’s Defence Ministry", "Russia’s Defence Ministry", "institution", "russia"),
])
def test_speaker_phrases_from_other_house_styles(sentence, speaker, canonical, source_type,
                                                 affiliation, find_quotes):
    q = only(find_quotes(sentence))
    assert (q.speaker, q.speaker_canonical, q.source_type, q.affiliation) == (
        speaker, canonical, source_type, affiliation)


def test_named_source_with_a_role_appositive_is_a_person_and_keeps_the_name(find_quotes):
    quotes = find_quotes("Mahmoud Bassal, a spokesman for the civil defence agency, visited the "
                         "camp.", "Bassal said at least 12 tents had burned down.")
    q = only(quotes)
    assert (q.speaker_canonical, q.source_type) == ("Mahmoud Bassal", "person")


@pytest.mark.parametrize("spelling", ["Zelensky", "Zelenskiy", "Zelenskyy"])
def test_canonical_name_keeps_the_articles_spelling(spelling, find_quotes):
    quotes = find_quotes(f"{spelling} met European leaders in London.",
                         "He said Ukraine would not give up any territory.")
    assert only(quotes).speaker_canonical.split()[-1] == spelling


def test_the_ministry_is_the_ministry_named_before(find_quotes):
    quotes = find_quotes("Ukrainian forces shelled Belgorod overnight, the Russian Defence Ministry "
                         "said.", "According to the ministry, 12 drones were shot down.")
    assert [q.speaker_canonical for q in quotes] == ["Russian Defence Ministry"] * 2
    assert [q.affiliation for q in quotes] == ["russia", "russia"]


@pytest.mark.parametrize("paragraphs, canonical", [
    (("Dr Ahmed al-Farra, who heads the children's ward, visited the camp.",
      "He said the hospital was running out of fuel."), "Ahmed al-Farra"),
    (("European Commission President Ursula von der Leyen arrived in Kyiv.",
      "She said Europe would stand by Ukraine."), "Ursula von der Leyen"),
    (("Umm Mohammed, 43, fled her home for the fifth time on Tuesday.",
      "She said the family had nowhere left to go."), "Umm Mohammed"),
])
def test_names_with_particles_and_ages_are_antecedents(paragraphs, canonical, find_quotes):
    assert only(find_quotes(*paragraphs)).speaker_canonical == canonical


def test_he_after_an_unnamed_speaker_is_that_speaker(find_quotes):
    quotes = find_quotes("Kremlin spokesman Dmitry Peskov spoke on Monday.",
                         "Her husband, a former teacher, said the family had lost everything. "
                         "“We sold the car,” he said.")
    assert [q.speaker_canonical for q in quotes] == ["husband", "husband"]


@pytest.mark.parametrize("first, pronoun, canonical", [
    ("Anna Keller fled Kharkiv in March with her two children.", "She", "Anna Keller"),
    ("Taras Bondar, who runs a bakery in Izium, reopened it last week.", "He", "Taras Bondar"),
])
def test_people_named_without_a_title_are_antecedents(first, pronoun, canonical, find_quotes):
    q = only(find_quotes(first, f"{pronoun} said the town was slowly coming back to life."))
    assert q.speaker_canonical == canonical


def test_a_place_is_no_antecedent_for_he(find_quotes):
    quotes = find_quotes("Kremlin spokesman Dmitry Peskov spoke on Monday.",
                         "The Gaza Strip was hit again overnight. He said talks would continue.")
    assert only(quotes).speaker_canonical == "Dmitry Peskov"
