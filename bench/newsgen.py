"""Generate varied news-like articles from a small grammar, reproducibly.

Used by the benchmark (a corpus of a million words and more) and by the fuzz
tests (the 10 MB article). Not one text repeated: every sentence is drawn from
templates with varied actors, cue verbs, hedges, numbers, labels and quotation
styles, so every detector layer has real work on every line.
"""
from __future__ import annotations

import random

PEOPLE = [
    ("Dmitry Medvedev", "former Russian President"), ("Volodymyr Zelensky", "Ukrainian President"),
    ("Volodymyr Zelenskiy", "Ukraine's President"), ("Emmanuel Macron", "French President"),
    ("Keir Starmer", "British Prime Minister"), ("Sergei Lavrov", "Foreign Minister"),
    ("Maria Zakharova", "ministry spokeswoman"), ("Dmitry Peskov", "Kremlin spokesman"),
    ("Antony Blinken", "US Secretary of State"), ("Rafael Grossi", "IAEA chief"),
    ("Olena Petrenko", "a local teacher"), ("John Smith", "a NATO official"),
]
INSTITUTIONS = ["the Kremlin", "Kyiv", "Kiev", "Moscow", "Washington", "the Pentagon",
                "the Russian Defense Ministry", "Ukraine's General Staff", "the United Nations",
                "NATO", "the European Union", "the White House"]
ANONYMOUS = ["Russian officials", "Ukrainian sources", "Western diplomats", "officials",
             "a senior military source", "witnesses", "people familiar with the matter"]
DOCUMENTS = ["open source maps", "a report", "satellite images", "the ministry's statement",
             "a post on X", "British intelligence estimates", "an internal assessment"]
NEUTRAL = ["said", "told reporters", "stated", "added", "says", "noted"]
EMPHATIC = ["warned", "stressed", "insisted", "charged", "argued", "announced"]
DISTANCING = ["claimed", "alleged"]
FACTIVE = ["confirmed", "acknowledged", "admitted", "revealed", "showed"]
HEDGES = ["could", "may", "might", "possibly", "perhaps", "probably", "likely", "apparently",
          "reportedly", "allegedly", "appears to", "seems to", "is believed to", "is said to"]
BOOSTERS = ["clearly", "certainly", "definitely", "undoubtedly", "indeed", "in fact",
            "of course", "obviously", "completely", "never", "always"]
APPROX = ["about", "around", "roughly", "approximately", "nearly", "almost", "more than",
          "over", "up to", "as many as", "at least"]
NUMBERS = ["1,368", "42", "300", "12,000", "3.6", "seven", "three", "a dozen", "half of",
           "tens of thousands", "hundreds of", "one-fifth", "60 to 100", "4-to-5 billion",
           "2024", "15", "two million", "1.5 million", "one"]
UNITS = ["troops", "people", "square km (528 square miles)", "soldiers", "civilians", "tanks",
         "drones", "villages", "kilometres", "refugees"]
MONEY = ["$260 billion", "€50 million", "£3bn", "$1.2 trillion", "$40 million"]
PERCENT = ["60%", "12 percent", "3.5%", "a third"]
DURATIONS = ["seven-month", "30-day", "two-year", "three-week", "24-hour"]
LOADED = ["neo-Nazis", "terrorists", "invasion", "incursion", "bloodbath", "regime",
          "aggression", "the special military operation", "occupiers", "scumbags"]
SCARE = ["peacekeepers", "coalition of the willing", "surrounded", "liberation",
         "denazification", "partners", "negotiations"]
PLACES = ["Kursk region", "Donbas", "Kharkiv", "Kherson", "Zaporizhzhia", "Crimea", "Odesa",
          "the Black Sea", "Bakhmut", "Avdiivka", "Sudzha"]
EVENTS = ["the offensive", "the ceasefire talks", "the strike", "the shelling", "the counter-attack",
          "the peace plan", "the sanctions package", "the prisoner exchange", "the blackout"]
VERBS = ["would trigger an all-out war", "has ended", "will continue", "was repelled",
         "hit a power plant", "killed {n} {unit}", "destroyed {n} {unit}", "cost {money}",
         "displaced {approx} {n} {unit}", "lasted a {dur} period", "grew by {pct}",
         "captured {approx} {n} {unit}", "is playing dumb", "failed completely"]
QUOTE_STYLES = [("“", "”"), ('"', '"'), ("‘", "’"), ("«", "»"), ("„", "“"), ("'", "'"), ("‹", "›")]
SUBHEADINGS = ["CEASEFIRE?", "WHAT NEXT", "KURSK", "ENERGY WAR", "TALKS STALL"]
PERSPECTIVES = ["RUSSIAN PERSPECTIVE", "WESTERN PERSPECTIVE", "UKRAINIAN PERSPECTIVE"]


class NewsGenerator:
    """Draws sentences, paragraphs and articles; the same seed gives the same text."""

    def __init__(self, seed: int = 0):
        self.rng = random.Random(seed)

    def pick(self, seq):
        return self.rng.choice(seq)

    def speaker(self) -> str:
        r = self.rng.random()
        if r < 0.45:
            name, title = self.pick(PEOPLE)
            return self.pick([name, f"{title} {name}", name.split()[-1], "he", "she"])
        if r < 0.7:
            return self.pick(INSTITUTIONS)
        if r < 0.85:
            return self.pick(ANONYMOUS)
        return self.pick(DOCUMENTS)

    def cue(self) -> str:
        return self.pick(self.pick([NEUTRAL, NEUTRAL, EMPHATIC, DISTANCING, FACTIVE]))

    def clause(self) -> str:
        verb = self.pick(VERBS).format(
            n=self.pick(NUMBERS), unit=self.pick(UNITS), money=self.pick(MONEY),
            approx=self.pick(APPROX + [""]), dur=self.pick(DURATIONS), pct=self.pick(PERCENT))
        subject = self.pick([self.pick(EVENTS), f"the fighting in {self.pick(PLACES)}",
                             self.pick(INSTITUTIONS), f"the {self.pick(LOADED)}"])
        r = self.rng.random()
        if r < 0.3:
            verb = f"{self.pick(HEDGES)} {verb}" if not verb.startswith(("is", "was", "has")) else verb
        elif r < 0.45:
            verb = f"{self.pick(BOOSTERS)} {verb}"
        return " ".join(f"{subject} {verb}".split())

    def quoted(self, text: str, style=None, end: str = ",") -> str:
        open_, close = style or self.pick(QUOTE_STYLES)
        return f"{open_}{text[0].upper()}{text[1:]}{end}{close}"

    def sentence(self) -> str:
        speaker, cue, clause = self.speaker(), self.cue(), self.clause()
        named = speaker if speaker not in ("he", "she") else self.pick(INSTITUTIONS)
        style = self.pick(QUOTE_STYLES)
        scare_open, scare_close = self.pick(QUOTE_STYLES)
        templates = [
            lambda: f"{self.quoted(clause)} {speaker} {cue}.",
            lambda: f"{speaker} {cue} that {clause}.",
            lambda: f"According to {named}, {clause}.",
            lambda: f"{clause[0].upper()}{clause[1:]}, {speaker} {cue}.",
            lambda: (f"{speaker} {cue} that the {scare_open}{self.pick(SCARE)}{scare_close} "
                     f"in {self.pick(PLACES)} {self.pick(HEDGES)} fail."),
            lambda: (f"{self.quoted(clause, style)} {speaker} {cue}. "
                     f"{self.quoted(self.clause(), style, end='.')}"),
            lambda: (f"In {self.pick(PLACES)}, {self.pick(APPROX)} {self.pick(NUMBERS)} "
                     f"{self.pick(UNITS)} were reported, a {self.pick(DURATIONS)} high."),
            lambda: f"The {self.pick(LOADED)} {self.pick(HEDGES)} end soon, {speaker} {cue}.",
            lambda: f"Mr. Smith of the U.S. embassy {cue} {clause} at 3pm on 12 March.",
        ]
        sentence = self.pick(templates)()
        return sentence[0].upper() + sentence[1:]

    def paragraph(self, sentences: int | None = None) -> str:
        n = sentences or self.rng.randint(1, 5)
        return " ".join(self.sentence() for _ in range(n))

    def headline(self) -> str:
        return f"{self.pick(SCARE).capitalize()} in {self.pick(PLACES)} mean war – {self.speaker()}"

    def article(self, words: int, label: str | None = None) -> str:
        """An article of about ``words`` words, with a perspective line if ``label``."""
        lines = [label] if label else []
        lines.append(self.headline())
        count = 0
        while count < words:
            if self.rng.random() < 0.05:
                lines.append(self.pick(SUBHEADINGS))
            para = self.paragraph()
            lines.append(para)
            count += len(para.split())
        return "\n".join(lines) + "\n"

    def document(self, words: int) -> str:
        """A two-article source file, like the course's seed."""
        first, second = self.rng.sample(PERSPECTIVES, 2)
        half = max(1, words // 2)
        return self.article(half, first) + "\n" + self.article(half, second)


def article_of_size(chars: int, seed: int = 0) -> str:
    """One article (one perspective line) of at least ``chars`` characters."""
    gen = NewsGenerator(seed)
    lines = ["WESTERN PERSPECTIVE", gen.headline()]
    size = sum(len(line) + 1 for line in lines)
    while size < chars:
        para = gen.paragraph()
        lines.append(para)
        size += len(para) + 1
    return "\n".join(lines) + "\n"
