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


@pytest.mark.parametrize("sentence, quoted", [
    ("Officials dismissed the report as ‘fantasy’.", "‘fantasy’"),
    ('The embassy rejected the claims as "propaganda" on Friday.', '"propaganda"'),
])
def test_a_quoted_word_someone_calls_a_thing_stays_a_scare_quote(sentence, quoted):
    # the quotes layer reports the word as that source's (a direct quote); it is still a label
    document, article = article_of(sentence)
    start = offset_of(document, quoted)
    quote = Quote(start=start, end=start + len(quoted), text=quoted, kind="direct")
    assert (quoted, "scare_quote") in labels_in(sentence, quotes=[quote])


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


# --- contested names beyond Russia/Ukraine (forms of both sides, longest form first) ---
@pytest.mark.parametrize("sentence, names", [
    ("Vietnamese boats fished near the Paracel Islands, which Beijing calls Xisha Qundao.",
     ["Paracel Islands", "Xisha Qundao"]),
    ("Manila's patrol reached Bajo de Masinloc, or Scarborough Shoal, at dawn.",
     ["Bajo de Masinloc", "Scarborough Shoal"]),
    ("Chinese ships circled Huangyan Dao for a week.", ["Huangyan Dao"]),
    ("Tokyo protested over the Senkaku Islands; Beijing named them the Diaoyu Islands.",
     ["Senkaku Islands", "Diaoyu Islands"]),
    ("Seoul's coast guard drilled near Dokdo, which Japan calls Takeshima.", ["Dokdo", "Takeshima"]),
    ("The talks in Buenos Aires touched on the Islas Malvinas.", ["Islas Malvinas"]),
    ("Ankara asked the UN to write Türkiye rather than Turkey.", ["Türkiye", "Turkey"]),
    ("Serbian police were seen in Kosovska Mitrovica, not in Mitrovica's south.",
     ["Kosovska Mitrovica", "Mitrovica"]),
    ("Belgrade's office for Kosovo and Metohija issued a statement.", ["Kosovo and Metohija"]),
    ("The athletes competed as Chinese Taipei.", ["Chinese Taipei"]),
    ("Officials in Indian-administered Kashmir and Azad Kashmir traded blame.",
     ["Indian-administered Kashmir", "Azad Kashmir"]),
    ("Exports from Côte d’Ivoire and Cote d'Ivoire's neighbours fell.", ["Côte d’Ivoire", "Cote d'Ivoire"]),
    ("Hanoi's boats sailed from the Spratlys toward Truong Sa.", ["Spratlys", "Truong Sa"]),
])
def test_world_contested_names(sentence, names):
    assert [t for t, kind in labels_in(sentence) if kind == "naming"] == names


@pytest.mark.parametrize("sentence", [
    "A Chinese navy ship sailed through the Taiwan Strait.",  # a longer neutral name
    "The Bombay High Court adjourned the case.",
    "Kosovo police patrolled the north.",  # the name both sides use is not listed
])
def test_names_inside_neutral_names_or_shared_names_are_not_labelled(sentence):
    assert [t for t in labels_in(sentence) if t[1] == "naming"] == []


def test_a_curly_apostrophe_matches_a_straight_one():
    assert [t for t, k in labels_in("Coast guard ships gathered near Ren’ai Reef.") if k == "naming"] == ["Ren’ai Reef"]


# --- so-called + the noun phrase it qualifies ---
@pytest.mark.parametrize("sentence, label", [
    ("The so-called peace council met behind closed doors.", "so-called peace council"),
    ("Fighters of the so-called Islamic State seized the town.", "so-called Islamic State"),
    ("The so-called border guards fired on the crowd.", "so-called border guards"),
    ("The so-called volunteer battalions crossed the river at night.", "so-called volunteer battalions"),
    ("So-called humanitarian corridors were shelled.", "So-called humanitarian corridors"),
    ("The so-called referendum was held at gunpoint.", "so-called referendum"),
    ("The so-called election monitors arrived after voting ended.", "so-called election monitors"),
])
def test_so_called_marks_the_noun_phrase(sentence, label):
    assert (label, "loaded") in labels_in(sentence)


def test_so_called_before_a_quotation_is_so_called_alone():
    found = labels_in("The so-called ‘liberators’ looted the shops.")
    assert ("so-called", "loaded") in found and ("‘liberators’", "scare_quote") in found


# --- loaded labels: general news evaluative words, with context conditions ---
@pytest.mark.parametrize("sentence, label", [
    ("A mob attacked the police station overnight.", "mob"),
    ("The minister called the march a publicity stunt.", "stunt"),
    ("State television described the protesters as hardliners and thugs.", "hardliners"),
    ("The spokesman denounced the report as propaganda.", "propaganda"),
    ("He dismissed the inquiry as a witch hunt.", "witch hunt"),
    ("The ministry called the drills reckless adventurism.", "adventurism"),
    ("Officials said the claims were a hoax.", "hoax"),
    ("He branded his critics traitors.", "traitors"),
    ("State media called the volunteers Nazis.", "Nazis"),
    ("The rebels called the army a puppet of Moscow.", "puppet"),
])
def test_more_loaded_labels(sentence, label):
    assert (label, "loaded") in labels_in(sentence)


@pytest.mark.parametrize("sentence", [
    "The mob boss was sentenced to life.",  # not_before
    "A flash mob danced in the square.",  # not_after
    "The film stunt went wrong on set.",
    "The stunt double was injured.",
    "Children watched a puppet show.",
    "The Nazis invaded Poland in 1939.",  # modern: a sentence about history
    "Hitler's Nazis occupied Paris.",
    "The immigration regime will be tightened.",  # not_after
])
def test_loaded_words_in_neutral_senses_are_not_labelled(sentence):
    assert [t for t in labels_in(sentence) if t[1] == "loaded"] == []


# --- quoted fragments of a speaker's clause are not scare quotes ---
@pytest.mark.parametrize("sentence", [
    "The envoy said his government followed the talks “with deep unease.”",  # a preposition first
    "Rights groups said the guards had “simply looked away” during the beating.",  # an adverb first
    "She said the army had “never once stepped in.”",
    "Aid workers said the fighters “were firing at will.”",  # an auxiliary
    "He said his country would not be “pushed around by.”",  # ends with a preposition
    "The mayor said the shelling hit “schools, clinics and bakeries.”",  # a list of three
    "The statement condemned attacks on “farmers, fishermen or traders.”",
    "The embassy said it was “monitoring events carefully.”",  # ends with an adverb
])
def test_clause_fragments_and_lists_are_not_scare_quotes(sentence):
    assert [t for t in labels_in(sentence) if t[1] == "scare_quote"] == []


@pytest.mark.parametrize("sentence, label", [
    ("The ministry denied sending a “resupply” convoy.", "“resupply”"),  # -ply is not an adverb
    ("Officials blamed the deaths on “friendly fire.”", "“friendly fire.”"),  # an adjective in -ly
    ("He said the drones were used as a “deterrent.”", "“deterrent.”"),  # a noun ending the sentence
    ("Protesters rejected the “family values” bill.", "“family values”"),
    ("The minister accused the opposition of serving as “foreign agents.”", "“foreign agents.”"),
])
def test_names_in_quotation_marks_stay_scare_quotes(sentence, label):
    assert (label, "scare_quote") in labels_in(sentence)


def test_a_quotation_nested_in_a_scare_quote_is_covered_by_it():
    found = [t for t, k in labels_in("Officials hailed the “‘model’ referendum” as a success.") if k == "scare_quote"]
    assert len(found) <= 1
