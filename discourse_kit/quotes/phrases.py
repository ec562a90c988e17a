"""Noun phrases around a cue: the speaker before ``said``, after ``said``/``according to``.

No tagger: a speaker phrase is grown token by token while the tokens look like
a name or a noun phrase the data files know (``Kremlin spokesman Dmitry Peskov``,
``Russian officials``, ``leaked U.S. intelligence estimates``) and stops at
anything else (a verb, a preposition, a comma). Conservative on purpose: a
shorter speaker still names the source; a longer one would swallow the claim.
"""
from __future__ import annotations

from ..tokens import Token, abbreviations
from .lexicon import noun_kind

DETERMINERS = frozenset("the a an his her their its our this these those such both one another".split())
PRONOUNS = {"he": "m", "she": "f", "it": "-", "they": "-", "we": "-", "i": "-"}
# capitalised at a sentence start or as dates, these words are no part of a name
FUNCTION_WORDS = frozenset("""
in on at but and or after before when while as since although though if because earlier
later meanwhile however yet so speaking also with without by for from to of into over under
during despite amid then now still instead here there this that these those last next
according asked separately elsewhere overall what where who why how not no nor unlike
afterwards additionally moreover furthermore nevertheless nonetheless likewise initially
finally ultimately currently previously similarly recently
monday tuesday wednesday thursday friday saturday sunday january february march april may
june july august september october november december today yesterday tonight
""".split())
_NP_LINKS = frozenset(("of", "for", "from"))
NUMBER_WORDS = frozenset("""two three four five six seven eight nine ten eleven twelve twenty
thirty forty fifty hundred hundreds thousands dozens several""".split())
# finite verbs that are no modifier of a noun ("the talks were useful, the ministry said")
_VERBISH = frozenset("""is are was were be been has have had do does did will would can could
may might must shall should says said tells told""".split())
# capitalised heads of institution names that go on with "of the …" ("Affairs of the Republic")
_BODY_HEADS = frozenset("affairs defence defense interior republic district region command".split())
MAX_PHRASE = 14  # tokens: longer is no speaker phrase, and the walk stays short


# lower-case parts of names: al-Farra, bin Salman, von der Leyen, da Silva
NAME_PARTICLES = frozenset("al el bin ibn von van der den de da di du la le dos das del".split())
_PARTICLE_PREFIX = ("al-", "el-", "ad-", "as-", "ash-", "at-", "az-", "bin-", "abu-")


def is_particle(tok: Token) -> bool:
    """A lower-case word that can sit inside a name (``von``, ``al-Farra``)."""
    if tok.kind != "word":
        return False
    low = tok.text.lower()
    return low in NAME_PARTICLES or (low.startswith(_PARTICLE_PREFIX) and
                                     tok.text.split("-", 1)[1][:1].isupper())


def is_name_word(tok: Token) -> bool:
    """A capitalised word or dotted abbreviation that may be part of a name."""
    if tok.kind == "abbr":
        return True
    if tok.kind == "word" and tok.text.lower().startswith(_PARTICLE_PREFIX):
        return is_particle(tok)  # al-Farra
    if tok.kind != "word" or not tok.text[0].isupper():
        return False
    return tok.text.lower() not in FUNCTION_WORDS and tok.text.lower() not in PRONOUNS


def _np_word(tok: Token) -> bool:
    """A token that may sit inside a speaker phrase (not at its left edge only)."""
    if is_name_word(tok):
        return True
    if tok.kind != "word":
        return False
    low = tok.text.lower()
    if noun_kind(low):
        return True
    if "-" in low and not low.startswith("-"):
        return True  # pro-Russian, Moscow-based, open-source
    return low.endswith(("'s", "’s"))


def head_ok(tok: Token) -> bool:
    """Whether a token can end a speaker phrase: a name, a pronoun or a source noun."""
    if tok.kind == "abbr":
        return True
    if tok.kind != "word":
        return False
    low = tok.text.lower()
    if low in PRONOUNS:
        return True
    if low in NUMBER_WORDS:
        return False  # "Two suspected militants": a number heads no speaker phrase
    if is_name_word(tok):
        return True
    return noun_kind(low) in ("document", "anonymous", "institution", "role")


def _plain_word(tok: Token) -> bool:
    """A plain lower-case word that may modify a source noun (``coast``, ``border``)."""
    low = tok.text.lower()
    return (tok.kind == "word" and tok.text.isalpha() and tok.text.islower() and
            low not in FUNCTION_WORDS and low not in DETERMINERS and low not in PRONOUNS and
            not low.endswith(("ed", "ing")) and low not in _VERBISH)


def _determiner_soon(tokens: list[Token], k: int, lo: int) -> bool:
    """The phrase's left edge within three plain words before ``tokens[k]``: ``a``/``an``/``the``,
    or the start of a clause (sentence start, a comma, ``and``/``but``: ``, rescue workers said``)."""
    for far in range(k - 1, max(lo - 1, k - 4), -1):
        low = tokens[far].text.lower()
        if low in ("a", "an", "the", ",", ";", "and", "but"):
            return True
        if not _plain_word(tokens[far]):
            return False
    return k - 1 < lo + 3 and all(_plain_word(t) for t in tokens[lo:k])


def np_before(tokens: list[Token], j: int, lo: int) -> int | None:
    """Start index of the speaker phrase ending at ``tokens[j]``, or None.

    ``lo`` is the first token index the phrase may use (the sentence start).
    """
    if j < lo or not head_ok(tokens[j]):
        return None
    if tokens[j].text.lower() in PRONOUNS:
        return j
    k = j
    lo = max(lo, j - MAX_PHRASE)
    while k - 1 >= lo:
        t = tokens[k - 1]
        low = t.text.lower()
        if t.kind == "word" and low in DETERMINERS:
            if low == "the" and k - 3 >= lo and tokens[k - 2].text.lower() in _NP_LINKS and \
                    _link_head(tokens[k - 3]):
                k -= 2  # "the Ministry of Foreign Affairs of the Republic of Moldova"
                continue
            return k - 1
        if _np_word(t):
            k -= 1
            continue
        if is_particle(t) and k - 2 >= lo and is_name_word(tokens[k - 2]) and \
                (is_name_word(tokens[k]) or is_particle(tokens[k])):
            k -= 1  # Ursula von der Leyen
            continue
        if t.text == "." and k - 2 >= lo and tokens[k - 2].text.lower() in abbreviations() \
                and tokens[k - 2].end == t.start:
            k -= 2  # "regional Gov. Serhii Lysak"
            continue
        if low == "and" and k - 2 >= lo and is_name_word(tokens[k - 2]) and is_name_word(tokens[k]):
            k -= 1  # Britain and France
            continue
        if low == "in" and k - 2 >= lo and is_name_word(tokens[k]) and \
                noun_kind(tokens[k - 2].text.lower()) in ("anonymous", "institution", "role"):
            k -= 1  # "officials in Kyiv", "the government in Pristina", "the embassy in Beirut"
            continue
        if _plain_word(t) and _determiner_soon(tokens, k - 1, lo):
            k -= 1  # "a coast guard spokesperson": plain words after a determiner, before the head
            continue
        if low in _NP_LINKS and k - 2 >= lo and (noun_kind(tokens[k - 2].text) or
                                                  is_name_word(tokens[k - 2])):
            k -= 1  # maps from both Ukraine and Russia; the head of the agency
            continue
        break
    # a phrase never starts with a link word
    while k < j and tokens[k].text.lower() in _NP_LINKS | {"and"}:
        k += 1
    return k


def _link_head(tok: Token) -> bool:
    """A word that may head a phrase going on with ``of the …`` (``press service of the``,
    ``Ministry of the Interior``): a source noun, or a capitalised body word."""
    if tok.kind != "word":
        return False
    kind = noun_kind(tok.text.lower())
    return kind in ("document", "anonymous", "institution", "role") or (
        is_name_word(tok) and kind is None and tok.text.lower() in _BODY_HEADS)


def _source_noun_soon(tokens: list[Token], k: int, hi: int) -> bool:
    for far in range(k + 1, min(hi, k + 3)):
        t = tokens[far]
        if t.kind != "word":
            return False
        if noun_kind(t.text.lower()) in ("document", "anonymous", "institution", "role"):
            return True
        if not t.text.islower():
            return False
    return False


def np_after(tokens: list[Token], i: int, hi: int) -> int | None:
    """End index (exclusive) of the speaker phrase starting at ``tokens[i]``, or None."""
    k = i
    if k < hi and tokens[k].kind == "word" and tokens[k].text.lower() in PRONOUNS:
        return k + 1
    while k < hi and tokens[k].kind == "word" and tokens[k].text.lower() in DETERMINERS:
        k += 1
    start_body = k
    hi = min(hi, k + MAX_PHRASE)
    while k < hi:
        t = tokens[k]
        low = t.text.lower()
        if _np_word(t) or (t.kind == "number" and k > i and k + 1 < hi and _np_word(tokens[k + 1])):
            k += 1
            continue
        if _plain_word(t) and _source_noun_soon(tokens, k, hi):
            k += 1  # "the territory's civil defence agency": plain words before a source noun
            continue
        if low == "and" and k > start_body and k + 1 < hi and is_name_word(tokens[k - 1]) \
                and is_name_word(tokens[k + 1]):
            k += 1
            continue
        if low in _NP_LINKS and k > start_body and k + 1 < hi:
            nxt = k + 1
            while nxt < hi and tokens[nxt].text.lower() in DETERMINERS:
                nxt += 1
            # "figures from the health ministry": a few plain words, then a source noun
            for far in range(nxt, min(hi, nxt + 3)):
                if _np_word(tokens[far]):
                    if all(t.kind == "word" and t.text.islower() for t in tokens[nxt:far]):
                        k = far
                    break
            if k >= nxt:
                continue
        break
    while k > start_body and not head_ok(tokens[k - 1]):
        k -= 1
    return k if k > start_body else None
