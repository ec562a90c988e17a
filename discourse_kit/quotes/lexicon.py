"""Read the quotes layer's data files: the verbs, actors, countries and nouns it knows.

Every list the detector uses is a plain TSV file beside this module, so a student
can read why a cue fired and add the verb, actor or country their article needs.
The files are read once and cached.
"""
from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

HERE = Path(__file__).parent


def _rows(name: str) -> list[dict]:
    with open(HERE / name, encoding="utf-8", newline="") as fh:
        lines = [line for line in fh if line.strip() and not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


@dataclass(frozen=True)
class VerbForm:
    """One row of ``attribution_verbs.tsv``: a cue form and its stance."""

    lemma: str
    form: str
    tense: str
    stance: str
    clause: str  # "any"; "that": a cue only when that/a quotation follows; "quote": only with a
    # quotation in its object; "as": only with "as" and a quotation after the object


@dataclass(frozen=True)
class Actor:
    """One row of ``actors.tsv``."""

    name: str
    aliases: tuple[str, ...]
    role: str
    affiliation: str
    source_type: str
    gender: str


@lru_cache(maxsize=1)
def verb_forms() -> dict[str, VerbForm]:
    """Lower-case cue form (``"said"``, ``"according to"``) -> its row."""
    return {r["form"].lower(): VerbForm(r["lemma"], r["form"].lower(), r["tense"],
                                        r["stance"], r["clause"])
            for r in _rows("attribution_verbs.tsv")}


@lru_cache(maxsize=1)
def actors() -> dict[str, Actor]:
    """Every name and alias of ``actors.tsv``, lower-cased, -> its actor."""
    out: dict[str, Actor] = {}
    for r in _rows("actors.tsv"):
        aliases = tuple(a.strip() for a in r["aliases"].split("|") if a.strip() not in ("", "-"))
        actor = Actor(r["name"], aliases, r["role"], r["affiliation"], r["source_type"],
                      r["gender"])
        for key in (r["name"],) + aliases:
            out.setdefault(key.lower(), actor)
            if key.lower().startswith("the "):
                out.setdefault(key.lower()[4:], actor)
    return out


@lru_cache(maxsize=1)
def countries() -> tuple[dict[str, str], dict[str, str]]:
    """``(names, adjectives)``: each maps a word as written (case kept) to a country code."""
    names: dict[str, str] = {}
    adjectives: dict[str, str] = {}
    for r in _rows("nationalities.tsv"):
        for n in r["names"].split("|"):
            names[n.strip()] = r["country"]
        for a in r["adjectives"].split("|"):
            adjectives[a.strip()] = r["country"]
    return names, adjectives


@lru_cache(maxsize=1)
def source_nouns() -> dict[str, str]:
    """Word (as written in the file; lower case unless a title) -> its kind."""
    out: dict[str, str] = {}
    for r in _rows("source_nouns.tsv"):
        out.setdefault(r["word"], r["kind"])  # the first line for a word wins
    return out


def noun_kind(word: str) -> str | None:
    """``document``, ``anonymous``, ``institution``, ``role``, ``modifier`` or None."""
    nouns = source_nouns()
    kind = nouns.get(word.lower())
    return kind if kind != "title" else None


def is_title(word: str) -> bool:
    """True for a capitalised title or role word stripped from a canonical name."""
    return source_nouns().get(word.rstrip(".")) == "title"
