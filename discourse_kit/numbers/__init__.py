"""Numeric framing layer (scheme section 3): numbers with value, kind, unit and approximator.

A glass box: the words and units it knows are in the data files beside this
module (``number_words.tsv``, ``scales.tsv``, ``currencies.tsv``, ``units.tsv``,
``name_prefixes.txt``) and every item's ``rule`` names the rule that found it:

========================  ==========================================================
rule                      what it finds
========================  ==========================================================
``digits``                ``1,368``  ``3.6``  ``11,000``
``digits_scale``          ``1.5 million``  ``3bn``
``currency``              ``$260 billion``  ``€5m``  ``5 billion shekels``
``percent``               ``60%``  ``12 percent``
``range``                 ``60 to 100%``  ``4-to-5 billion``  ``10,000-15,000``
                          ``$150m-$200m``  ``between $1.5bn and $2bn``  ``five to seven``
``number_word``           ``seven``  ``forty-two``  ``three hundred`` (parsed by text2num)
``a_scale``               ``a dozen``  ``a million``
``fraction``              ``One-fifth``  ``two-thirds``  ``half of``  ``a third of``
``vague_magnitude``       ``tens of thousands``  ``millions`` (value null)
``vague_duration``        ``decades``  ``centuries`` (value null)
``hyphen_unit``           ``seven`` in ``seven-month``, ``30`` in ``30-day``
``year``                  ``1941``  ``2022``  ``1990s``
``clock_time``            ``3pm``  ``10:30``
``day_of_month``          ``24`` in ``February 24`` or ``24 February``
========================  ==========================================================

Not numbers: ``one`` as a pronoun (``one of the most``, ``no one``), number
words capitalised inside a sentence (names: ``Two Majors``, ``World War
Three``), digits glued to letters (``F-16``, ``G7``, ``COVID-19``), ordinals
(``21st``, ``first``: optional in the scheme and too often part of a name),
a number right after a word of ``name_prefixes.txt`` (``Article 5``), and
word compounds with no unit (``two-state``, ``one-sided``).

Ranges: ``between`` opens a range (``between 40 and 60 people``) but is neither
in the span (``40 and 60``: the numbers with their currency signs and scale words)
nor an approximator; without it, ``and`` joins a list (``killed 5 and injured
12``, ``aged 14 and 15``). ``from 10 to 15 percent`` is a range unless a word of
``change_words.txt`` stands before it in its clause (``rose from 5% to 8%``: a
change, two numbers). The upper end may repeat the currency sign (``$150m-$200m``).

The hedges layer asks :func:`quantity_follows` whether an approximator stands before
a quantity, so both layers agree on ``at least nine of them``.

Number words are parsed with ``text2num`` (maintained, offline, handles
``forty-two`` and ``three hundred and five``) rather than a hand-made table.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..items import NumberItem
from . import lexicon as lx

_MONTHS = ("January February March April May June July August September October "
           "November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec").split()
# words after which a following capitalised number word still starts a sentence
_SENTENCE_END = set(".!?:;")
_QUOTE_OR_BRACKET = set("\"“”‘’'«»([—–-")
# the word after a number that cannot be the counted noun
_NOT_UNITS = frozenset("""
a an the and or but of in on at by for to from with without as than that which who whom
whose is are was were be been being has have had do does did will would can could may
might must shall should said says say told according since until after before during
while when where if then so not no nor also more less most least over under about
around nearly almost per each every this these those its it his her their our your my
they them he she we you i there here out up down into onto upon off against among
between through across behind beyond like just only even still yet again ago later
earlier last next other another such same own all both few many much some any
""".split())
_VERBS_AFTER = frozenset("taken fled died killed injured wounded remain remained left".split())
# "that"/"which" are left out: "said that one man died" states a quantity, and "that one
# was..." is caught by the word after it
_ONE_PRONOUN_BEFORE = frozenset("no the any every each this such a another last "
                                "little someone anyone only-".split())
_LENGTH_WORDS = frozenset("high long deep wide tall away across above below thick from of in "
                          "underground offshore inland north south east west".split())
# after these, "one" states a quantity even before "of" ("at least one of them"); not
# "about" or "over", which also head a topic ("talked about one of the most...")
_BOUNDS_BEFORE_ONE = frozenset(["at least", "at most", "more than", "no more than", "fewer than",
                                "less than", "no fewer than"])
_ONE_IDIOMS = frozenset("another hand way anyone".split())  # one another, on the one hand


@lru_cache(maxsize=1)
def _patterns():
    cardinals = lx.trie_alternation({w.lower() for w in lx.words_with_role("cardinal")})
    scale_words = lx.trie_alternation({w.lower() for w in lx.words_with_role("scale")})
    fractions = lx.trie_alternation({w.lower() for w in lx.words_with_role("fraction")})
    signs, _ = lx.currencies()
    cur = lx.trie_alternation(signs)  # case-sensitive: C$ is not c$
    digits = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
    word_seq = rf"(?:{cardinals})(?:(?:-|\s+(?:and\s+)?)(?:{cardinals}|{scale_words}))*(?:\s+dozen)?"
    frac_prefix = r"(?:a|an|one|two|three|four|five|six|seven|eight|nine)"
    master = re.compile(
        rf"""
        (?<![\w.,])
        (?:
        (?P<vague>(?:tens|hundreds|dozens|scores)\s+of\s+(?:thousands|millions|billions)\b
                 |(?:thousands|millions|billions|trillions|hundreds|dozens)\b
                 |scores(?=\s+of\b))
      | (?P<vdur>(?:decades|centuries)\b)
      | (?P<half_scale>half\s+an?\s+(?:dozen|hundred|thousand|million|billion)\b)
      | (?P<frac>{frac_prefix}[-\s](?:{fractions})\b|half\b)
      | (?P<aword>an?\s+(?:dozen|hundred|thousand|million|billion|trillion)\b)
      | (?P<clock>\d{{1,2}}(?:[:.]\d{{2}})?\s?(?:[ap]\.m\.|[ap]m\b)|\d{{1,2}}:\d{{2}}\b
                 |\d{{3,4}}\s?(?:GMT|UTC|CET|EST|EDT|ET|BST)\b)
      | (?P<num>(?:(?P<cur>(?-i:{cur}))\s?)?(?P<digits>{digits}))
      | (?P<word>{word_seq}\b)
        )""",
        re.VERBOSE | re.IGNORECASE,
    )
    scale_alt = lx.trie_alternation({w.lower() for w in lx.scales()})
    after_num = re.compile(rf"(?:\s?(?P<scale>{scale_alt})\b)?(?P<pct>\s?%|\s+per\s?cent\b)?",
                           re.IGNORECASE)
    # the upper end may repeat the currency sign and carry a glued scale ("$150m-$200m",
    # "between $1.5bn and $2bn") or be number words ("between ten and twenty-five")
    range_tail = re.compile(
        rf"(?P<sep>\s*(?:-to-|–|—|-|\s+to\s+|\s+and\s+))(?P<cur>(?-i:{cur}))?\s?"
        rf"(?P<digits>{digits}|(?:{cardinals})(?:-(?:{cardinals}))?)"
        rf"(?:\s?(?P<scale>{scale_alt})\b|\b)(?P<pct>\s?%|\s+per\s?cent\b)?", re.IGNORECASE)
    unit_alt = lx.trie_alternation(lx.units())  # case-sensitive
    unit_after = re.compile(rf"\s*(?P<unit>{unit_alt})(?![\w])")
    hyphen_unit = re.compile(r"-(?P<unit>[A-Za-z]+)(?P<old>-old\b|-long\b)?")
    months = re.compile(rf"(?:{'|'.join(_MONTHS)})\.?\s+$")
    months_after = re.compile(rf"\s+(?:{'|'.join(_MONTHS)})\b")
    next_word = re.compile(r"\s*(?:of\s+)?((?:[A-Z][\w’'-]*\s+){0,3})([a-z][a-z-]*)")
    return dict(master=master, after_num=after_num, range_tail=range_tail,
                unit_after=unit_after, hyphen_unit=hyphen_unit, months=months,
                months_after=months_after, next_word=next_word)


@lru_cache(maxsize=1)
def _approximator_before():
    from ..hedges.lexicon import approximator_cues
    cues = [c for c in approximator_cues() if not c.endswith(" of")]
    return re.compile(rf"(?<![\w-])(?P<cue>{lx.trie_alternation({c.lower() for c in cues})})\s+$", re.IGNORECASE)


@lru_cache(maxsize=1)
def quantity_ahead():
    """Regex that matches at a position followed by a quantity (used by approximators)."""
    cardinals = lx.trie_alternation({w.lower() for w in lx.words_with_role("cardinal")})
    signs, _ = lx.currencies()
    return re.compile(
        rf"""\s+(?:(?:{lx.trie_alternation(signs)})?\s?\d
        | (?:{cardinals})\b(?!\s+of\s+(?:the|them|those|us|its|their|our|his|her)\b)
        | an?\s+(?:dozen|hundred|thousand|million|billion|third|quarter|fifth|sixth|seventh
                 |eighth|ninth|tenth|twentieth|hundredth|half
                 |year|month|week|day|hour|minute|decade|century|mile|kilomet(?:re|er))s?\b
        | half\b | (?:tens|hundreds|thousands|millions|billions|dozens|scores)\s+of\b
        | (?:dozens|hundreds|thousands|millions)\b
        | one-\w+\b | two-thirds\b | three-quarters\b)""",
        re.VERBOSE | re.IGNORECASE)


@lru_cache(maxsize=256)
def _number_starts(text: str, start: int, end: int, headline: bool) -> frozenset[int]:
    """Start offsets of the numbers the scanner finds in the block ``text[start:end]``."""
    return frozenset(item.start for item in _Scanner(text, start, end, headline).run())


def quantity_follows(text: str, pos: int, block_start: int, block_end: int,
                     headline: bool = False) -> bool:
    """True when a quantity follows ``pos``: the one test of "before a quantity".

    The hedges layer asks it for approximators (``at least``, ``about``), so that a cue
    counts exactly where this layer records it as a number's approximator: either
    :func:`quantity_ahead` matches (``about 110``, ``up to a year``, ``half``) or this
    layer finds a number starting right after ``pos`` (``at least nine of them``,
    ``more than half of those``). ``headline`` is true for a Title Case headline.
    """
    if quantity_ahead().match(text, pos, block_end):
        return True
    m = re.compile(r"\s+").match(text, pos, block_end)
    if not m:
        return False
    return m.end() in _number_starts(text, block_start, block_end, headline)


def _scale(word: str) -> tuple[float | None, bool]:
    """(multiplier, needs a currency sign) of a scale word; ``(None, True)`` if unknown."""
    table = lx.scales()
    return table.get(word) or table.get(word.lower()) or (None, True)


def _to_float(digits: str) -> float:
    return float(digits.replace(",", ""))


def _word_value(words: str) -> float | None:
    """Value of a run of number words (``forty-two``, ``two dozen``), via text2num."""
    from text_to_num import text2num
    words = re.sub(r"\s+", " ", words.lower().strip())
    dozen = 1
    if words.endswith(" dozen"):
        words, dozen = words[:-6], 12
    try:
        return float(text2num(words, "en")) * dozen
    except ValueError:
        return None


def is_title_case(text: str) -> bool:
    """True for a headline in Title Case, where capitals say nothing about names."""
    words = [w for w in re.findall(r"[A-Za-z][\w’'-]*", text) if len(w) > 3]
    return bool(words) and sum(w[0].isupper() for w in words) >= 0.6 * len(words)


def _at_sentence_start(text: str, pos: int, block_start: int) -> bool:
    i = pos - 1
    while i >= block_start and (text[i].isspace() or text[i] in _QUOTE_OR_BRACKET):
        i -= 1
    return i < block_start or text[i] in _SENTENCE_END


def _prev_word(text: str, pos: int, block_start: int) -> str:
    m = re.search(r"([\w.’'-]+)[\s]*$", text[max(block_start, pos - 30):pos])
    return m.group(1) if m else ""


def _next_token(text: str, pos: int, end: int) -> str:
    m = re.match(r"\s*([\w’'-]+|\S)", text[pos:min(end, pos + 40)])
    return m.group(1) if m else ""


class _Scanner:
    """Find the numbers of one block; ``items`` collects them in order."""

    def __init__(self, text: str, start: int, end: int, headline: bool):
        self.text, self.start, self.end = text, start, end
        self.caps_mean_nothing = headline and is_title_case(text[start:end])
        self.p = _patterns()
        self.items: list[NumberItem] = []

    def run(self) -> list[NumberItem]:
        pos = self.start
        master = self.p["master"]
        while True:
            m = master.search(self.text, pos, self.end)
            if not m:
                break
            item = self._item(m)
            if item is None:
                pos = m.end()
                continue
            self._finish(item)
            self.items.append(item)
            pos = item.end  # "six and nine": the second number is looked for again
        return self.items

    # -- candidates -----------------------------------------------------
    def _item(self, m) -> NumberItem | None:
        t, s, e = self.text, m.start(), m.end()
        if s > self.start and (t[s - 1].isalnum() or t[s - 1] == "_"):
            return None
        kind = m.lastgroup
        if kind in ("vague", "vdur", "half_scale", "frac", "aword", "word") and not self._word_ok(s, m.group()):
            return None
        if kind == "vague":
            return self._make(s, e, None, "count", "vague_magnitude")
        if kind == "vdur":
            if self.items and not t[self.items[-1].end:s].strip():
                return None  # "two decades": the unit of the number before it, not a vague span
            return self._make(s, e, None, "duration", "vague_duration", unit=m.group().lower()[:-1]
                              .replace("centurie", "century"))
        if kind == "half_scale":
            scale = m.group().split()[-1].lower()
            return self._make(s, e, 0.5 * lx.number_words()[scale][1], "count", "a_scale")
        if kind == "frac":
            return self._fraction(m)
        if kind == "aword":
            scale = m.group().split()[-1].lower()
            return self._make(s, e, lx.number_words()[scale][1], "count", "a_scale")
        if kind == "clock":
            return self._make(s, e, None, "date", "clock_time")
        if kind == "num":
            return self._digits(m)
        return self._words(m)

    def _word_ok(self, s: int, word: str) -> bool:
        """Number words capitalised inside a sentence belong to names (Two Majors)."""
        if word[0].isupper() and not self.caps_mean_nothing:
            return _at_sentence_start(self.text, s, self.start)
        return True

    def _make(self, s, e, value, kind, rule, unit=None) -> NumberItem:
        return NumberItem(start=s, end=e, text=self.text[s:e], value=value, kind=kind,
                          unit=unit, rule=rule)

    def _fraction(self, m) -> NumberItem | None:
        t, s, e = self.text, m.start(), m.end()
        word = m.group()
        nxt = _next_token(t, e, self.end).lower()
        if word.lower() == "half":
            if nxt not in ("of", "the", "a", "an", "its", "their", "his", "her", "our", "all", "that"):
                return None
            return self._make(s, e, 0.5, "fraction", "fraction")
        parts = re.split(r"[-\s]", word)
        if "-" not in word and nxt != "of":
            return None  # "a third term": an ordinal, not a fraction
        numerator = 1.0 if parts[0].lower() in ("a", "an") else _word_value(parts[0])
        value = lx.number_words()[parts[-1].lower()][1]
        return self._make(s, e, (numerator or 1.0) * value, "fraction", "fraction")

    def _words(self, m) -> NumberItem | None:
        t, s, e = self.text, m.start(), m.end()
        words = m.group()
        if " and " in words.lower() and _prev_word(t, s, self.start).lower() == "between":
            words = re.split(r"\s+and\s+", words, flags=re.IGNORECASE)[0]  # between two hundred and three hundred
        value = _word_value(words)
        while value is None and re.search(r"[-\s]", words):
            words = re.split(r"(?:-|\s+(?:and\s+)?)(?=[^-\s]*$)", words)[0]
            value = _word_value(words)
        if value is None:
            return None
        e = s + len(words)
        low = words.lower()
        nxt = _next_token(t, e, self.end)
        if t[e:e + 1] == "-":
            hm = self.p["hyphen_unit"].match(t, e, self.end)
            if not hm or (hm.group("unit") not in lx.units() and hm.group("unit").lower() != "strong"):
                return None  # two-state, one-sided: a compound word, not a quantity
        if _prev_word(t, s, self.start) in lx.name_prefixes():
            return None  # World War Three, Formula One
        item = self._make(s, e, value, "count", "number_word")
        if t[e:e + 1] != "-":
            last = re.split(r"[-\s]+", low)[-1]  # "two hundred and three hundred": scaled already
            self._range(item, last if last in lx.scales() else None)  # "five to seven years"
        tail = self.p["range_tail"].match(t, e, self.end)
        if tail and tail.group("digits").lower() in ("one", "1"):
            tail = None  # "one to one talks"
        if low == "one" and item.value_max is None and not tail and not self._bound_before(s):
            prev = _prev_word(t, s, self.start).lower()
            if (nxt.lower() in _NOT_UNITS or nxt.lower() in _ONE_IDIOMS or not nxt[:1].isalpha()
                    or prev in _ONE_PRONOUN_BEFORE):
                return None  # one of the most..., no one, the one
        return item

    def _bound_before(self, pos: int) -> bool:
        """True after a bound (``at least one of them``): that ``one`` is a quantity."""
        am = _approximator_before().search(self.text, max(self.start, pos - 25), pos)
        return bool(am) and am.group("cue").lower() in _BOUNDS_BEFORE_ONE

    def _digits(self, m) -> NumberItem | None:
        t, s = self.text, m.start()
        cur, digits = m.group("cur"), m.group("digits")
        ds, de = m.start("digits"), m.end("digits")
        if not cur:
            s = ds
            if ds > self.start and t[ds - 1] == "-" and ds > self.start + 1 and t[ds - 2].isalpha():
                return None  # F-16, Su-27, COVID-19
            if ds > self.start and t[ds - 1] in "/#":
                return None
            if ds > self.start + 1 and t[ds - 1] in "-–" and t[ds - 2].isdigit():
                return None  # the "25" of a 2024-25 budget, the "1" of a 3-1 score
            if _prev_word(t, ds, self.start) in lx.name_prefixes():
                return None  # Article 5, Resolution 2231
        if t[de:de + 1] == "/" and t[de + 1:de + 2].isdigit():
            return None  # 24/7, 3/4 dates
        value = _to_float(digits)
        if not cur and ds > self.start and t[ds - 1] in "-−" and (
                ds - 1 == self.start or t[ds - 2].isspace() or t[ds - 2] == "("):
            s, value = ds - 1, -value  # a minus sign: -5C
        after = self.p["after_num"].match(t, de, self.end)
        scale, pct = after.group("scale"), after.group("pct")
        e = de
        rule = "digits"
        if scale:
            mult, needs_cur = _scale(scale)
            if needs_cur and not cur and self._metres_ahead(after.end("scale"), ds):
                mult = None  # "a 10m wall", "3m away": metres, not millions
            if mult is not None and (cur or not needs_cur or scale.lower() == "m"):
                value *= mult
                e = after.end("scale")
                rule = "digits_scale"
            else:
                scale = None
        # glued letters: 1990s, 21st, 5G; a glued unit (5km) is handled by the unit step
        if t[e:e + 1].isalpha() and not scale:
            glued = re.match(r"[^\W\d_]+", t[e:]).group()  # any letters: 5km, 1990s, 0º
            if glued == "s" and len(digits) == 4 and not cur:
                return self._make(s, e + 1, value, "date", "year")
            if glued not in lx.units():
                return None
        if pct:
            e = after.end("pct")
            item = self._make(s, e, value, "percent", "percent", unit="%")
        elif cur:
            item = self._make(s, e, value, "money", "currency", unit=lx.currencies()[0][cur.strip()])
        else:
            item = self._make(s, e, value, "count", rule)
        if self._is_date(item, digits, scale, ds, de):
            item.kind = "date"
            if item.rule != "day_of_month":
                item.rule = "year"
        self._range(item, scale)
        return item

    def _metres_ahead(self, pos: int, number_start: int) -> bool:
        """True when ``5m`` reads like a length: ``a 10m wall``, ``10m-high``, ``3m away``."""
        if self.text[pos:pos + 1] == "-" or _prev_word(self.text, number_start, self.start).lower() in ("a", "an"):
            return True
        return _next_token(self.text, pos, self.end).lower() in _LENGTH_WORDS

    def _is_date(self, item, digits, scale, ds, de) -> bool:
        if item.kind != "count" or scale:
            return False
        t = self.text
        if re.fullmatch(r"\d{1,2}", digits) and (
                self.p["months"].search(t, max(self.start, ds - 12), ds)
                or self.p["months_after"].match(t, de, self.end)):
            item.rule = "day_of_month"
            return True
        if re.fullmatch(r"(?:1[0-9]|20)\d\d", digits):
            return not self.p["unit_after"].match(t, de, self.end)
        return False

    def _range(self, item: NumberItem, scale) -> None:
        """Extend ``item`` over ``60 to 100%``, ``4-to-5 billion``, ``10,000-15,000``."""
        t = self.text
        rm = self.p["range_tail"].match(t, item.end, self.end)
        if not rm:
            return
        sep = rm.group("sep").strip().lower()
        if sep in ("to", "and"):
            prev = _prev_word(t, item.start, self.start).lower()
            if sep == "and" and prev != "between":
                return  # "killed 5 and injured 12", "aged 14 and 15": a list, not a range
            if sep == "to" and prev == "from" and self._change_before(item.start):
                return  # "rose from 5% to 8%": a change, two numbers ("rose 5 to 8%" is a range)
        second = rm.group("digits")
        high = _to_float(second) if second[0].isdigit() else _word_value(second)
        if high is None:
            return
        if (item.kind == "date" and sep in ("-", "–", "—") and re.fullmatch(r"\d\d", second)
                and re.fullmatch(r"\d{4}", item.text)):
            high = item.value // 100 * 100 + high  # 1998-99, 2024-25: a span of years
            if high <= item.value:
                high += 100  # 1999-00
            item.value_max = high
            item.end = rm.end()
            item.text = t[item.start:item.end]
            return
        if rm.group("scale"):
            mult = _scale(rm.group("scale"))[0]
            if mult is None:
                return
            high *= mult
            if not scale:
                item.value *= mult
        if item.value is not None and high <= item.value and not rm.group("scale"):
            return  # 2022-23 or a score "3-1": not a rising range
        if rm.group("pct"):
            item.kind, item.unit = "percent", "%"
        item.value_max = high
        item.end = rm.end()
        item.text = t[item.start:item.end]
        item.rule = "range" if item.kind != "date" else "year"

    def _change_before(self, pos: int) -> bool:
        """True when a change word stands in the clause before the ``from`` ending at ``pos``.

        ``prices rose from 10 to 15 percent`` is a change (two numbers); ``estimates
        range from 10 to 15 percent`` is one range.
        """
        clause = re.split(r"[.;:!?,()“”\"—–]", self.text[max(self.start, pos - 60):pos])[-1]
        words = re.findall(r"[a-z]+", clause.lower())[-9:-1]  # the words before "from"
        return any(w in lx.change_words() for w in words)

    # -- after the number: unit, approximator, conversion -----------------
    def _finish(self, item: NumberItem) -> None:
        t = self.text
        if item.kind in ("count", "fraction"):
            self._unit(item)
        if item.kind not in ("date",):
            am = _approximator_before().search(t, max(self.start, item.start - 25), item.start)
            if am:
                item.approximator = am.group("cue").lower()
        if self.items:
            prev = self.items[-1]
            between = t[prev.end:item.start]
            if (len(between) < 40 and re.fullmatch(r"[^().;!?\d]*\(\s*(?:about|around|or|some)?\s*", between)
                    and item.kind == prev.kind):
                item.conversion_of = prev.text

    def _unit(self, item: NumberItem) -> None:
        t, p = self.text, self.p
        e = item.end
        if t[e:e + 1] == "-":
            hm = p["hyphen_unit"].match(t, e, self.end)
            if hm:
                unit = hm.group("unit")
                kind = lx.units().get(unit)
                item.unit = unit
                item.rule = "hyphen_unit"
                if kind in ("duration", "measure"):
                    item.kind = kind if item.kind == "count" else item.kind
                return
        um = p["unit_after"].match(t, e, self.end)
        if um:
            item.unit = um.group("unit")
            kind = lx.units()[item.unit]
            if item.kind == "count":
                item.kind = kind
                if kind == "percent":
                    item.unit = "%"
            return
        nm = p["next_word"].match(t, e, self.end)
        if nm:
            word = nm.group(2)
            if t[e:nm.start(2)].strip().lower().startswith("of") or item.kind == "fraction":
                word = self._noun_after_of(nm, word)
            if word.endswith("ed") and word not in lx.units():
                word = ""  # a verb ("250 taken", "thousands fled"), not a counted noun
            if word and word not in _NOT_UNITS and word not in _VERBS_AFTER:
                _, cur_words = lx.currencies()
                if word.lower() in cur_words:
                    item.kind, item.unit = "money", word
                    item.rule = "currency" if item.rule in ("digits", "digits_scale", "number_word") else item.rule
                else:
                    item.unit = word

    def _noun_after_of(self, nm, word):
        rest = re.match(r"\s*(?:of\s+)?((?:(?:its|the|their|his|her|our|these|those|all)\s+)*)([a-z][a-z-]*)",
                        self.text[nm.start():nm.start() + 60])
        return rest.group(2) if rest else word


def detect_numbers(document, article) -> list[NumberItem]:
    """Numeric expressions in ``article`` (scheme section 3), in text order.

    Args:
        document: the :class:`~discourse_kit.document.Document` the offsets point into.
        article: one of its articles; its headline, subheadings and paragraphs are read.

    Returns:
        :class:`~discourse_kit.items.NumberItem` objects. ``value`` is a float (the
        lower bound of a range, ``value_max`` its upper bound) or ``None`` for a
        vague magnitude; a higher ``value`` is a bigger stated quantity.
    """
    out: list[NumberItem] = []
    for block in article.body_blocks:
        out.extend(_Scanner(document.text, block.start, block.end, block.kind == "headline").run())
    return out
