"""Read the numbers layer's data files (beside this module) into lookup tables.

Everything a student may want to change lives in those files, not here:
``number_words.tsv``, ``scales.tsv``, ``currencies.tsv``, ``units.tsv`` and
``name_prefixes.txt``, ``change_words.txt``. Lines starting with ``#`` are comments; the first
non-comment line of a TSV is its header.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

HERE = Path(__file__).parent


def read_tsv(path: Path) -> list[dict[str, str]]:
    """Rows of a tab-separated file with a header line, comments (``#``) skipped."""
    rows: list[dict[str, str]] = []
    header: list[str] | None = None
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = [c.strip() for c in line.split("\t")]
        if header is None:
            header = cells
            continue
        cells += [""] * (len(header) - len(cells))
        rows.append(dict(zip(header, cells)))
    return rows


def read_list(path: Path) -> list[str]:
    """Non-empty, non-comment lines of a one-entry-a-line text file."""
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            out.append(line)
    return out


def alternation(words) -> str:
    """A regex alternation of ``words``, longest first so that longer entries win."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


def trie_alternation(words, char=re.escape) -> str:
    """The same match as :func:`alternation` of ``words``, as a regex trie (faster).

    Entries that share a prefix share its branch (``Kosov(?:ska Mitrovica|o(?: and
    Metohija)?)``); at every branch the longer continuation is tried first, so, as
    with a longest-first alternation, the longest entry that fits wins. ``char`` turns
    one character into its pattern (``re.escape``; a space may become ``\\s+``).
    """
    trie: dict = {}
    for w in set(words):
        node = trie
        for c in w:
            node = node.setdefault(c, {})
        node[""] = {}

    def build(node) -> str:
        ends = "" in node
        branches = [char(c) + build(child) for c, child in sorted(node.items()) if c]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if ends:
            body = ("(?:" + body + ")?") if len(branches) == 1 else body + "?"
        return body

    return build(trie)


@lru_cache(maxsize=1)
def number_words() -> dict[str, tuple[str, float | None]]:
    """Lower-case number word -> (role, value)."""
    return {r["word"].lower(): (r["role"], float(r["value"]) if r["value"] else None)
            for r in read_tsv(HERE / "number_words.tsv")}


def words_with_role(role: str) -> list[str]:
    return [w for w, (r, _) in number_words().items() if r == role]


@lru_cache(maxsize=1)
def scales() -> dict[str, tuple[float, bool]]:
    """Scale word -> (multiplier, needs a currency sign)."""
    return {r["scale"]: (float(r["multiplier"]), r["needs_currency"] == "yes")
            for r in read_tsv(HERE / "scales.tsv")}


@lru_cache(maxsize=1)
def currencies() -> tuple[dict[str, str], dict[str, str]]:
    """(sign -> code, lower-case currency word -> code)."""
    signs, words = {}, {}
    for r in read_tsv(HERE / "currencies.tsv"):
        (signs if r["position"] == "sign" else words)[
            r["written"] if r["position"] == "sign" else r["written"].lower()] = r["code"]
    return signs, words


@lru_cache(maxsize=1)
def units() -> dict[str, str]:
    """Unit as written (case kept) -> kind (measure, duration, percent)."""
    return {r["unit"]: r["kind"] for r in read_tsv(HERE / "units.tsv")}


@lru_cache(maxsize=1)
def name_prefixes() -> frozenset[str]:
    return frozenset(read_list(HERE / "name_prefixes.txt"))


@lru_cache(maxsize=1)
def change_words() -> frozenset[str]:
    """Words that make ``from 5 to 8`` a change (two numbers) rather than a range."""
    return frozenset(read_list(HERE / "change_words.txt"))
