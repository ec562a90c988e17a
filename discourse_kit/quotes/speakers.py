"""Who a speaker phrase names: source type, side, and fullest name in the article.

* ``source_type``: ``person`` (a named individual, or a pronoun for one),
  ``institution`` (a state, government or body named as a whole: ``Russia``,
  ``the Kremlin``, ``Kyiv``), ``anonymous`` (``Russian officials``, ``a senior
  official``), ``document`` (``open source maps``, ``a 2023 assessment``). The head
  noun decides first (from ``source_nouns.tsv``), then the actor table.
* ``affiliation``: the actor table (``actors.tsv``), else a country name or
  adjective inside the phrase (``nationalities.tsv``), else what the article said
  about that person where it named them in full (``former Canadian Prime Minister
  Justin Trudeau``). Never guessed from the article's perspective: ``unknown``.
* ``speaker_canonical``: surnames and pronouns resolved to the fullest name of the
  person in the article; ``he``/``she`` to the last person named before, outside
  quotation marks, whose gender (from the actor table or a title) does not clash.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from ..tokens import Token
from .lexicon import actors, countries, is_title, noun_kind, verb_forms
from .phrases import DETERMINERS, FUNCTION_WORDS, NAME_PARTICLES, PRONOUNS, is_name_word, is_particle

_FEMALE_TITLES = frozenset(("mrs", "ms", "queen", "spokeswoman", "chairwoman", "congresswoman"))
_MALE_TITLES = frozenset(("mr", "king", "prince", "spokesman", "chairman", "congressman"))
# last words that make a capitalised phrase a body, not a person
# unnamed speakers whose noun tells the gender, so that a later he/she can point back to them
GENDERED_NOUNS = {**dict.fromkeys("""husband man boy father son brother spokesman chairman
congressman grandfather uncle""".split(), "m"), **dict.fromkeys("""wife woman girl mother
daughter sister spokeswoman chairwoman congresswoman grandmother aunt""".split(), "f")}
# generic nouns for a person that point back to the titled person named last
# ("Ambassador Lena Ortiz arrived … “…,” the diplomat said")
BACK_POINTING = frozenset("""diplomat official officer politician envoy minister commander
spokesman spokeswoman spokesperson lawmaker""".split())
_BODY_WORDS = frozenset("""international institute university times post news bank party
association foundation watch corporation inc ltd union alliance network television radio
channel review journal guardian telegraph society college academy institution authority
affairs defence defense crescent cross fund trust centre center""".split())


def is_body_name(name: list[str]) -> bool:
    """A capitalised name that is a body, not a person: a word of it is an institution noun
    (``source_nouns.tsv``) or a body word (``Red Crescent Society``, ``King's College London``,
    ``Civil Defence``). He/she never point to such a name."""
    return any(_strip_possessive(w).lower() in _BODY_WORDS or
               noun_kind(_strip_possessive(w).lower()) == "institution" for w in name)


# "people familiar with the matter", "sources close to the talks": unnamed people
FAMILIAR_PATTERN = (r"\b(?:familiar\s+with|close\s+to|briefed\s+on|with\s+(?:direct\s+)?"
                    r"knowledge\s+of|involved\s+in|aware\s+of)\s+(?:the\s+|their\s+)?[\w'’ -]{0,40}$")
_FAMILIAR = re.compile(FAMILIAR_PATTERN, re.I)


@dataclass
class Person:
    """A person the article names: fullest name, gender and side as far as known."""

    name: str
    gender: str = "-"
    affiliation: str = "unknown"
    mentions: list[int] = field(default_factory=list)
    roles: set[str] = field(default_factory=set)  # "minister", "spokesman": for "the minister"

    @property
    def surname(self) -> str:
        return self.name.split()[-1]


@dataclass
class Source:
    """What a speaker phrase says about its source."""

    source_type: str
    affiliation: str
    canonical: str
    pronoun: str | None = None  # "he", "she", "it", "they"... when the phrase is one


def _words(text: str) -> list[str]:
    return re.findall(r"[\w.'’-]+", text)


def _strip_possessive(word: str) -> str:
    return re.sub(r"['’]s$", "", word)


def country_in(words: list[str]) -> str | None:
    """The one country named or implied by ``words``; None if none or several."""
    names, adjectives = countries()
    found = set()
    for n, w in enumerate(words):
        bare = _strip_possessive(w)
        if bare.lower().startswith("anti-"):
            continue
        if bare.lower().startswith("pro-"):
            bare = bare[4:]
        for part in (bare, bare.rstrip(".") if bare.endswith(".") and bare.count(".") == 1 else bare):
            code = names.get(part) or adjectives.get(part)
            if code:
                found.add(code)
                break
        # two-word names: North Korea, South Korean, United States, Saudi Arabia
        if n + 1 < len(words):
            pair = f"{bare} {_strip_possessive(words[n + 1])}"
            code = names.get(pair) or adjectives.get(pair)
            if code:
                found.discard(names.get(bare) or adjectives.get(bare))
                found.add(code)
    return found.pop() if len(found) == 1 else None


def actor_in(text: str):
    """The actor (from ``actors.tsv``) named in ``text``, longest alias first."""
    table = actors()
    words = [_strip_possessive(w) for w in _words(text)]
    for size in range(min(5, len(words)), 0, -1):
        for n in range(len(words) - size + 1):
            key = " ".join(words[n:n + size]).lower()
            if size == 1 and words[n].islower() and key in FUNCTION_WORDS:
                continue  # "people who attended": the relative pronoun, not the WHO
            if key in table:
                return table[key]
    return None


def name_part(words: list[str]) -> list[str]:
    """The proper-name words of a phrase: titles, determiners, countries and roles removed.

    ``["Danish", "Foreign", "Minister", "Lars", "Lokke", "Rasmussen"]`` -> the last three;
    ``The influential Two Majors pro-Russian military blogger`` -> ``Two Majors`` (the last
    run of capitalised words that is not a title, a country or a role).
    """
    names, adjectives = countries()
    run: list[str] = []
    last: list[str] = []
    for n, w in enumerate(words):
        bare = _strip_possessive(w)
        low = bare.lower()
        if run and ((low in NAME_PARTICLES and n + 1 < len(words) and
                     (words[n + 1][:1].isupper() or words[n + 1].lower() in NAME_PARTICLES))
                    or (low.startswith(("al-", "el-")) and bare.split("-", 1)[1][:1].isupper())):
            run.append(bare)  # von der Leyen, al-Farra
            continue
        if not bare[:1].isupper() or low in DETERMINERS or low in FUNCTION_WORDS:
            if run:
                last, run = run, []
            continue
        generic = (is_title(bare) or bare in names or bare in adjectives or
                   bare.rstrip(".") in names or noun_kind(low) == "role" or
                   (n == 0 and noun_kind(low) in ("modifier", "document", "anonymous")))
        if generic and not run:
            continue  # a title or country before the name
        if generic:
            last, run = run, []
            continue
        run.append(bare)
        if w != bare:  # a possessive ends the name: "Russia's Security Council"
            last, run = run, []
    return run or last


class Cast:
    """The people an article names, with where it names them (outside quotations).

    Looking a name up goes by its last word, and ``he``/``she`` walk back along a
    timeline of mentions, so an article of any length costs little more per name.
    """

    _LOOKBACK = 400  # mentions to walk back for an antecedent before giving up

    def __init__(self):
        self.people: dict[str, Person] = {}  # full name -> person
        self._by_last: dict[str, list[Person]] = {}
        self._timeline: list[tuple[int, int, Person]] = []  # (offset, order, person), sorted

    def add(self, name: str, offset: int | None, gender: str = "-",
            affiliation: str = "unknown", roles: set[str] = frozenset()) -> Person:
        actor = actors().get(name.lower())
        if actor and actor.source_type == "person" and len(name.split()) == 1:
            name = _full_name(actor, name)  # a surname the table knows, spelt as in the article
        person = self._find(name)
        if person is None:
            person = Person(name)
            self.people[name] = person
            self._by_last.setdefault(name.split()[-1].lower(), []).append(person)
        elif len(name.split()) > len(person.name.split()):
            del self.people[person.name]  # the fuller name wins; same last word, same bucket
            person.name = name
            self.people[name] = person
        if actor and actor.source_type == "person":
            person.gender = actor.gender if actor.gender != "-" else person.gender
            person.affiliation = actor.affiliation
            person.roles |= {w.lower() for w in actor.role.split()}
        person.roles |= {r.lower() for r in roles}
        if gender != "-":
            person.gender = gender
        if person.affiliation == "unknown" and affiliation != "unknown":
            person.affiliation = affiliation
        if offset is not None and offset not in person.mentions:
            person.mentions.append(offset)
            bisect.insort(self._timeline, (offset, len(self._timeline), person),
                          key=lambda t: (t[0], t[1]))
        return person

    def _find(self, name: str) -> Person | None:
        words = name.split()
        for person in self._by_last.get(words[-1].lower(), ()):
            full = person.name.split()
            if full[-len(words):] == words or words[-len(full):] == full:
                return person
        return None

    def lookup(self, name: str) -> Person | None:
        """The person whose full name ends with ``name`` (a surname or the full name)."""
        return self._find(name)

    def _walk_back(self, offset: int):
        n = bisect.bisect_left(self._timeline, offset, key=lambda t: t[0])
        for k in range(n - 1, max(-1, n - 1 - self._LOOKBACK), -1):
            yield self._timeline[k][2]

    def last_with_role(self, role: str, offset: int) -> Person | None:
        """The person last named before ``offset`` who holds ``role`` (for ``the minister``)."""
        return next((p for p in self._walk_back(offset) if role.lower() in p.roles), None)

    def last_titled_before(self, offset: int, window: int = 600) -> Person | None:
        """The person with a title or role named last before ``offset``, if near (``window`` chars)."""
        n = bisect.bisect_left(self._timeline, offset, key=lambda t: t[0])
        if n == 0:
            return None
        at, _, person = self._timeline[n - 1]  # only the last person named: no skipping back
        return person if person.roles and offset - at <= window else None

    def last_before(self, offset: int, gender: str) -> Person | None:
        """The person named last before ``offset`` whose gender does not clash."""
        found = self.last_mention_before(offset, gender)
        return found[1] if found else None

    def last_mention_before(self, offset: int, gender: str) -> tuple[int, Person] | None:
        """``(where, person)``: the last mention before ``offset`` of a person of that gender."""
        n = bisect.bisect_left(self._timeline, offset, key=lambda t: t[0])
        for k in range(n - 1, max(-1, n - 1 - self._LOOKBACK), -1):
            at, _, person = self._timeline[k]
            if gender == "-" or person.gender in ("-", gender):
                return at, person
        return None


def _full_name(actor, surname: str) -> str:
    """The table's fullest name for ``surname`` in the article's spelling (Zelensky, Zelenskiy)."""
    spellings = [actor.name, *actor.aliases]
    same = [n for n in spellings if n.split()[-1].lower() == surname.lower()]
    return max(same, key=lambda n: len(n.split())) if same else surname


def _between(a: Token, b: Token, text: str | None) -> str:
    return text[a.end:b.start] if text is not None else " "


def _known_suffix(name: list[str], cast: Cast) -> list[str] | None:
    for n in range(len(name)):
        tail = " ".join(name[n:])
        actor = actors().get(tail.lower())
        if (actor and actor.source_type == "person") or cast.lookup(tail):
            return name[n:]
    return None


def _titled(words: list[str], tokens: list[Token], idx: int) -> bool:
    if any(is_title(_strip_possessive(w)) for w in words[:-1]):
        return True
    return idx > 0 and noun_kind(tokens[idx - 1].text.lower()) == "role"


def harvest(tokens: list[Token], inside_quote, text: str | None = None) -> Cast:
    """Collect the people an article names: runs of capitalised words after a title or role.

    Args:
        tokens: the article's tokens.
        inside_quote: ``offset -> bool``, True inside an utterance's quotation marks,
            where names are the speaker's words and no antecedent for a later ``he``.
        text: the document text, to keep names from running over line breaks.
    """
    cast = Cast()
    n = 0
    while n < len(tokens):
        if not (is_name_word(tokens[n]) or tokens[n].text.lower() in DETERMINERS):
            n += 1
            continue
        m = n
        while m < len(tokens) and (is_name_word(tokens[m]) or
                                   (m == n and tokens[m].text.lower() in DETERMINERS) or
                                   (m > n and is_particle(tokens[m]) and m + 1 < len(tokens)
                                    and (is_name_word(tokens[m + 1]) or
                                         is_particle(tokens[m + 1])))):
            m += 1
        # a name never runs over a line break (headline, paragraph) or out of a sentence
        for cut in range(n + 1, m):
            if "\n" in _between(tokens[cut - 1], tokens[cut], text) or \
                    _between(tokens[cut - 1], tokens[cut], text).strip():
                m = cut
                break
        run = tokens[n:m]
        idx = n
        n = max(m, n + 1)
        if not run or inside_quote(run[0].start):
            continue
        words = [t.text for t in run]
        name = name_part(words)
        if not name or is_body_name(name):
            continue  # "the Red Crescent Society", "Foreign Affairs": no person
        known_tail = _known_suffix(name, cast)
        if known_tail and len(known_tail) < len(name) and not _titled(words, tokens, idx):
            name = known_tail  # "Afterwards Lavrov": a sentence-initial word before a known name
        joined = " ".join(name)
        names, adjectives = countries()
        if joined in names or joined in adjectives or any(w in names for w in name):
            continue
        actor = actors().get(joined.lower())
        if actor and actor.source_type != "person":
            continue
        before = [w for w in words[:len(words) - len(name)]]
        prev_word = None
        if idx > 0:
            prev_word = tokens[idx - 1].text.lower()
        roles = {w.lower() for w in before if is_title(_strip_possessive(w))}
        if prev_word is not None and noun_kind(prev_word) == "role":
            roles.add(prev_word)
        if prev_word == "." and idx > 1 and is_title(tokens[idx - 2].text):
            roles.add(tokens[idx - 2].text.lower())  # "Gov. Serhii Lysak"
        roles |= _appositive_roles(tokens, m)  # "Mahmoud Bassal, a spokesman for …"
        lead = _role_before_comma(tokens, idx)  # "Kosovo's interior minister, Arben Krasniqi"
        if lead:
            roles.add(lead[-1].lower())
        aged = (m + 2 < len(tokens) and tokens[m].text == "," and tokens[m + 1].kind == "number"
                and tokens[m + 2].text == "," and len(name) >= 2)  # "Umm Mohammed, 43,"
        titled = bool(roles) or aged or _acts_like_a_person(name, tokens, m)
        known = actor is not None or cast.lookup(joined) is not None
        if not (titled or known):
            continue
        gender = "-"
        low_before = {w.lower().rstrip(".") for w in before} | ({prev_word} if prev_word else set())
        if low_before & _FEMALE_TITLES:
            gender = "f"
        elif low_before & _MALE_TITLES:
            gender = "m"
        context = before + ([tokens[idx - 2].text] if idx > 1 and prev_word
                            and noun_kind(prev_word) == "role" else [])
        side = country_in(context) or (_side_of(lead) if lead else None)
        side = None if side == "unknown" else side
        if side is None:
            a = actor_in(" ".join(context))
            side = a.affiliation if a and a.source_type == "institution" else None
        offset = run[len(words) - len(name)].start
        cast.add(joined, offset, gender, side or "unknown", roles)
    return cast


# last words of capitalised phrases that name places and things, not people
_PLACE_WORDS = frozenset("""strip bank sea river region oblast street square island islands
mountains valley gulf ocean coast city province district republic kingdom union house palace
airport station bridge plant park hospital church mosque cathedral school university stadium
forces army navy command council ministry party front line war peninsula lake canal""".split())


def _acts_like_a_person(name: list[str], tokens: list[Token], m: int) -> bool:
    """``Anna Keller fled…``, ``Anna Keller, who…``: a two- or three-word name doing something."""
    if not 2 <= len(name) <= 3 or any(w.lower() in _PLACE_WORDS for w in name):
        return False
    if actor_in(" ".join(name)) is not None:
        return False
    if m + 1 < len(tokens) and tokens[m].text == "," and tokens[m + 1].text.lower() == "who":
        return True
    if m < len(tokens) and tokens[m].kind == "word" and tokens[m].text.islower():
        nxt = tokens[m].text
        return nxt.endswith("ed") or nxt in verb_forms() or nxt in ("has", "had", "was", "is")
    return False


def _role_before_comma(tokens: list[Token], idx: int) -> list[str]:
    """The words of a role phrase that a name is in apposition to: ``Kosovo's interior
    minister, Arben Krasniqi`` -> ``["Kosovo's", "interior", "minister"]``; else ``[]``."""
    if idx < 2 or tokens[idx - 1].text != "," or tokens[idx - 2].kind != "word" or \
            noun_kind(tokens[idx - 2].text.lower()) != "role":
        return []
    words = []
    for t in reversed(tokens[max(0, idx - 7):idx - 1]):
        if t.kind not in ("word", "abbr") or t.text.lower() in DETERMINERS:
            break
        words.append(t.text)
    return words[::-1]


def _appositive_roles(tokens: list[Token], m: int) -> set[str]:
    """Role nouns of an appositive right after a name: ``, a spokesman for the agency,``."""
    if m + 1 >= len(tokens) or tokens[m].text != "," or \
            tokens[m + 1].text.lower() not in ("a", "an", "the"):
        return set()
    out = set()
    for t in tokens[m + 2:m + 6]:
        if t.kind != "word":
            break
        if noun_kind(t.text.lower()) in ("role", "anonymous"):
            out.add(t.text.lower())
    return out


def describe(phrase: str, offset: int, cast: Cast) -> Source:
    """Source type, side and canonical name of a speaker ``phrase`` found at ``offset``."""
    words = _words(phrase)
    if not words:
        return Source("anonymous", "unknown", phrase)
    low_words = [w.lower() for w in words]
    if len(words) == 1 and low_words[0] in PRONOUNS:
        pronoun = low_words[0]
        if pronoun in ("he", "she", "i"):
            person = cast.last_before(offset, PRONOUNS.get(pronoun, "-"))
            if person:
                return Source("person", person.affiliation, person.name, pronoun)
            return Source("person", "unknown", phrase, pronoun)
        return Source("institution" if pronoun == "it" else "anonymous", "unknown", phrase, pronoun)

    familiar = _FAMILIAR.search(phrase)
    if familiar:
        return Source("anonymous", _side_of(_words(phrase[:familiar.start()])),
                      _strip_det(phrase))
    for n, w in enumerate(words[:-1]):
        if noun_kind(w.lower()) == "anonymous" and low_words[n + 1] in ("in", "at", "from"):
            return Source("anonymous", _side_of(words), _strip_det(phrase))  # officials in Kyiv
    cut = _post_modified_head(words)
    if cut is not None:
        # "the Ministry of Foreign Affairs of the Republic of Moldova", "figures released by
        # the UN on Monday": the head noun before the post-modifier says what speaks
        kind = noun_kind(_strip_possessive(words[cut]).lower())
        kind = "anonymous" if kind == "role" else kind
        return Source(kind, _side_of(words), _strip_det(phrase.strip()))
    head = _strip_possessive(words[-1]).lower()
    head_kind = noun_kind(head)
    body = [w for w in words if w.lower() not in DETERMINERS]
    canonical = " ".join(body)
    if head_kind == "document":
        canonical = " ".join(w for w in body if noun_kind(w.lower()) != "modifier"
                             or w.lower() == "intelligence")
        return Source("document", _side_of(words), canonical or phrase)
    name = name_part(words)
    if head_kind == "role" and not name and low_words[0] == "the":
        person = cast.last_with_role(head, offset)  # "the prime minister": named before
        if person is not None:
            return Source("person", person.affiliation, person.name)
    if len(words) == 2 and low_words[0] == "the" and head in BACK_POINTING:
        # "the diplomat", "the official": the person with a title or role named just before
        person = cast.last_titled_before(offset)
        if person is not None:
            return Source("person", person.affiliation, person.name)
    joined = " ".join(name)
    actor_of_name = actor_in(joined) if name else None
    if head_kind == "role" and name and (joined in countries()[0] or joined in countries()[1]
                                         or (actor_of_name and
                                             actor_of_name.source_type == "institution")):
        return Source("anonymous", _side_of(words), canonical)  # "a Downing Street spokesman"
    if head_kind in ("anonymous",) or (head_kind == "role" and not name):
        return Source("anonymous", _side_of(words), canonical)
    if head_kind == "role" and words[-1].islower() and any(
            re.search(r"['’]s$", w) for w in words[:-1]):
        # "Putin's spokesman": someone speaking for a named person, not that person
        return Source("anonymous", _side_of(words), canonical)
    if head_kind == "institution" and (not name or not words[-1][:1].isupper()):
        return Source("institution", _side_of(words), canonical)
    actor = actor_in(phrase)
    names, _ = countries()
    joined = " ".join(name)
    if name and (joined in names or (len(name) == 1 and name[0].rstrip(".") in names)):
        return Source("institution", names.get(joined) or names[name[0].rstrip(".")], joined)
    if actor and actor.source_type == "institution" and (not name or actor_in(joined) is actor):
        return Source("institution", actor.affiliation, _strip_det(canonical))
    if not name:
        if head in {w.lower() for w in names}:
            return Source("institution", _side_of(words), canonical)
        return Source("anonymous", _side_of(words), canonical)
    if is_body_name(name) or head_kind == "institution":
        return Source("institution", _side_of(words), _strip_det(canonical))
    person = cast.lookup(joined)
    if person is None and len(name) == 1 and not (actor and actor.source_type == "person"):
        # a lone capitalised word the article never gave as a person: a body
        return Source("institution", _side_of(words), joined)
    person = cast.add(person.name if person else joined, offset, "-", _side_of(words))
    side = person.affiliation
    if side == "unknown":
        side = _side_of(words)
    return Source("person", side, person.name)


# words that open a post-modifier of a source noun: "the press service of the …", "an
# assessment seen by this newspaper", "relatives who …"
_POST_MODIFIERS = frozenset("""of for from by at in on who which that close with
published released issued seen obtained leaked compiled prepared commissioned drafted reviewed
presented cited quoted""".split())


def _post_modified_head(words: list[str]) -> int | None:
    """Index of the head noun of a phrase whose head is followed by a post-modifier, or None.

    The head is the first source noun (``source_nouns.tsv``) right before a link word or a
    participle, with no name before it: ``press service`` in ``the press service of the
    Southern Military District``. A role written with a capital (``Secretary of State Marco
    Rubio``) is a title before a name, not such a head.
    """
    for n in range(1, len(words) - 1):
        low = words[n].lower()
        if low not in _POST_MODIFIERS:
            continue
        head = _strip_possessive(words[n - 1])
        kind = noun_kind(head.lower())
        if kind not in ("document", "anonymous", "institution", "role") or \
                (kind == "role" and not head.islower()):
            return None
        if any(w[:1].isupper() and noun_kind(_strip_possessive(w).lower()) is None and
               w.lower() not in DETERMINERS and country_in([w]) is None for w in words[:n - 1]):
            return None  # a name before the head: "Ahmed Karim of the Red Crescent"
        return n - 1
    return None


def _strip_det(text: str) -> str:
    return re.sub(r"^(?:the|a|an)\s+", "", text, flags=re.I)


def _side_of(words: list[str]) -> str:
    side = country_in(words)
    if side:
        return side
    actor = actor_in(" ".join(words))
    return actor.affiliation if actor else "unknown"
