"""Find attributed claims: direct, mixed and indirect quotes, by rule.

Each construction is one named rule (the ``rule`` of the quotes it finds):

* ``direct_attribution``: ``“A,” Medvedev charged.`` / ``“A,” said Peskov.`` /
  ``Peskov said: “A.”``; ``direct_split``: the ``“B.”`` of ``“A,” he said, “B.”``;
  ``floating_quote``: a quotation with no cue of its own (a following paragraph of
  quoted words, or the ``“B.”`` after ``“A,” he said.``): the previous speaker.
* ``speaker_cue_clause``: ``X said (that) …``, ``X told Y (that) …``, ``X says …``;
  ``appositive_speaker``: ``X, who …, said …``; ``conjoined_cue``: ``…, but cautioned
  that …`` (the same speaker), or ``X regards it as void and insists that …`` (the
  sentence's subject, when its verb agrees in tense with the cue); ``participle_cue``:
  ``…, adding that …``. Adverbials between a cue and its clause are skipped (``said for
  decades``, ``told reporters after the meeting``, ``by phone``).
* ``clause_speaker_cue``: ``…, X said.``; ``clause_cue_speaker``: ``…, said X.``;
  ``parenthetical_cue``: ``The cannon, a spokesman said, was used only …`` (the whole sentence).
* ``as_speaker_said``: ``As the minister said last week, …``.
* ``according_to``: ``According to X, …`` (X may run on over a post-modifier to its comma:
  ``According to figures released by the UN on Monday, …``) / ``…, according to X``; ``claimed_by``:
  ``the area claimed by Kyiv``; ``quoted_as_saying``: ``X was quoted as saying …``.
* ``quoted_object``: ``X condemned China's "dangerous" actions``, ``X described the raid as
  an ‘act of terror’``: a verb whose object holds a quotation (``clause=quote``), mixed;
  ``clause=as`` verbs need ``as`` before it (``dismissed the report as ‘fantasy’``), and
  ``an account the ministry rejected as “pure fabrication.”`` is direct (the quotation alone).
* ``headline_dash``: a headline ``Quote – Speaker`` (a name, or a role when the quote is in
  quotation marks: ``“…” – Serbian minister``); ``headline_colon``: ``Speaker: Quote``;
  ``headline_quote_colon``: ``‘We have nowhere to go’: Gaza families …``.

The verbs and their stances come from ``attribution_verbs.tsv``. A cue inside
someone's quotation marks is their words, not an attribution, and is skipped.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from ..items import Quote
from ..quotemarks import Quotation, quotations_in_article
from ..tokens import Token
from .lexicon import actors, noun_kind, verb_forms
from .phrases import DETERMINERS, PRONOUNS, is_name_word, np_after, np_before
from .speakers import FAMILIAR_PATTERN, GENDERED_NOUNS, describe, harvest

_AUX = frozenset("has have had 's".split())
_BE = frozenset("is are was were be been being am 're".split())
_MODALS = frozenset("would could might may should will can must shall did do does to".split())
_NEGATION = frozenset(("not", "never", "no"))
_ADVERBS = frozenset("""also further again later earlier then once still already now too even
first publicly privately separately repeatedly previously similarly recently reportedly
subsequently immediately quickly flatly openly long often""".split())
_NOT_ADVERBS = frozenset("family ally assembly rally supply reply july italy anomaly monopoly only".split())
_RELATIVE = frozenset("who whose whom which".split())
_CONJ_START = frozenset("but and yet so however meanwhile still".split())
# a cue followed by one of these has no reported clause ("claims in Ukraine", "insisted on");
# not "about", "over", "around": approximators ("said about 900 soldiers")
_PREPOSITIONS = frozenset("""in on at to for with by of from into against after out off through
during under across toward towards without within upon among""".split())
_SPACE = re.compile(r"\s*")
_COMMA_SPACE = re.compile(r",\s*")
_COLON_SPACE = re.compile(r"[:—–-]\s*")
_THAT = re.compile(r"that\b\s*", re.I)
_COPULA = re.compile(r"(?:is|was|are|were)\s+(?=\S)")
_WORD = re.compile(r"[\w’'-]+")
_NEXT_WORD = re.compile(r"\s*([\w’'-]+|[.,;:!?]|$)")
_AT_LEAST = re.compile(r"at\s+(?:least|most)\b", re.I)
# a clause without "that": a short subject, then a finite auxiliary ("Russia was preparing")
# or a subject pronoun and a present or past verb ("believe it favours", "said they wanted")
_FINITE_SOON = re.compile(
    r"(?:(?:[\w’'.$%-]+\s+){1,4}?(?:is|are|was|were|had|has|have|would|will|could|can|may|might|"
    r"must|should|did|does|do)\b(?!\s+(?:of|to)\b)"
    r"|(?:he|she|it|they|we)\s+[a-z]+(?:s|ed)\b)")
# a sentence that goes on with its verb after an inserted attribution ("…, he said, was …")
_PREDICATE_START = re.compile(
    r"(?:(?:also|still|now|only|already|never|not)\s+)?(?:is|are|was|were|has|have|had|will|"
    r"would|could|can|may|might|must|should|did|does|do)\b(?!\s*[,.])")
# participles that modify a document subject ("a report published last month showed …")
_DOCUMENT_PARTICIPLES = frozenset("""published released issued seen obtained leaked compiled
prepared commissioned drafted reviewed presented""".split())
# a sentence opened by one unnamed person: "A senior diplomat who …", "A local man, 43, …"
_UNNAMED_SUBJECT = re.compile(r"(?:An?|One)\s+(?:[a-z][\w-]*\s+){0,3}?(?P<head>[a-z]+)\b(?=\s*(?:,|who\b|"
                              r"from\b|in\b|at\b|with\b|[a-z]+ed\b|[a-z]+s\b|said\b|told\b|had\b|"
                              r"has\b|was\b|is\b))")
# opinion verbs (attribution_verbs.tsv): with "I"/"we" outside quotation marks, no attribution
_BELIEF_LEMMAS = frozenset("believe think fear expect suspect".split())
# "dismissed the report as ‘fantasy’": the "as" before the quotation of a clause=as verb
_AS_LEAD = re.compile(r"\bas\s+(?:an?\s+|the\s+)?$", re.I)
_CLAIMED_STOP = DETERMINERS | {",", "from", "to", "in", "on", "at"}
_PUNCT_SPACE = re.compile(r"[,:;—–-]?\s*")
# words that open an object, not a reported clause, after a cue
_NO_CLAUSE = frozenset("""little nothing much more less something anything everything so goodbye
hello sorry thanks yes no prayers grace""".split())
_TITLE_CUES = re.compile(
    r"(?:film|movie|book|novel|song|album|documentary|series|show|programme|program|play|poem|"
    r"article|op-ed|headline|slogan|operation|dubbed|called|named|titled|entitled|so-called|"
    r"known\s+as|the\s+(?:phrase|term|word|slogan|motto|hashtag))\s*[,:]?\s*$", re.I)
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|"
          r"December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)")
_VENUE = (r"(?:statement|interview|post|address|speech|briefing|message|letter|op-ed|article|"
          r"remarks|comments|video|broadcast|report|tweet|press\s+release|conversation|call|"
          r"news\s+conference|press\s+conference|television\s+interview|note)")
# time and venue phrases between a cue and its content: "said on Friday in a statement that"
_ADJUNCT = re.compile(rf"""\s*,?\s*(?:
    (?:late|early)?\s*on\s+{_WEEKDAY}(?:\s+(?:night|morning|evening|afternoon))?
  | on\s+(?:{_MONTH}\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTH})
  | (?:last|this|next)\s+(?:week|month|year|weekend|{_WEEKDAY}|{_MONTH})
  | (?:earlier|later)\s+(?:this|last|that|in\s+the)\s+(?:week|month|year|day)
  | (?:earlier|later)\s+on\s+{_WEEKDAY}
  | in\s+(?:a|an|his|her|their|its|the)\s+(?:[\w-]+\s+){{0,2}}?{_VENUE}
      (?:\s+(?:on|to|with|at|published\s+on|posted\s+on)\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s*){{1,3}})?
  | on\s+(?:the\s+)?(?:Telegram(?:\s+messaging\s+app)?|X|Twitter|Facebook|Instagram|Truth\s+Social|
      social\s+media|state\s+television|state\s+TV|television|TV|radio|(?:his|her|its|their)\s+
      (?:Telegram\s+channel|website|account|social\s+media\s+account))
  | at\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,2}}?(?:news\s+conference|press\s+conference|briefing|
      meeting|summit|rally|event|forum|hearing|session)(?:\s+in\s+[A-Z][\w-]*)?
  | in\s+remarks(?:\s+to\s+(?:reporters|journalists))?
  | for\s+(?:decades|years|months|weeks|days|some\s+time|a\s+long\s+time|the\s+first\s+time)
  | (?:many|several|multiple|numerous)\s+times|more\s+than\s+once|time\s+and\s+(?:time\s+)?again
  | (?:by|over\s+the)\s+(?:phone|telephone)|by\s+(?:text\s+message|email|e-mail|video\s+link)
  | via\s+(?:video\s+link|a\s+spokesperson|a\s+spokesman|a\s+spokeswoman|video|email)
  | (?!(?:only|early|likely|family|ally|july|italy|rally|reply|supply)\b)[a-z]{{3,}}ly
  | {_WEEKDAY}|yesterday|today|tonight|earlier|later|previously|again|repeatedly|also|
      separately|publicly|recently|privately|once\s+again
)(?=[\s,.:;“"‘]|$)""", re.X)
# words that open a post-modifier of a source after "According to" ("relatives who", "figures
# from", "a report by"); a finite verb before the comma means the phrase was no source
_POST_MODIFIER_START = frozenset("""of for from by at in on who which that close with among
inside within near""".split())
_VERBISH_END = frozenset("is are was were said says told has have had will would".split())
# a prepositional phrase after a cue that may be an adverbial ("after the meeting", "in Gaza")
_PP_START = re.compile(r"\s*(?:after|before|during|for|by|via|over|since|in|at|throughout|"
                       r"from|following|amid)\s+(?=[\w’'-])")
_PP_NO_END = DETERMINERS | _PREPOSITIONS | {"and", "or", "its", "whose"}
_PP_WORD = re.compile(r"\s*[\w’'-]+(?:\.(?=\s))?")
# where a reported clause ends inside its sentence
_BOUNDARY = re.compile(
    r",[”\"’]?\s+(?:(?:but|though|although|while|whereas)\b(?!\s+that\b)|(?:according\s+to|"
    r"citing|adding|saying|noting|warning|stressing|after|before|despite|even\s+as|"
    r"in\s+a\s+(?:statement|post)|he\s+(?:said|added)|she\s+(?:said|added)|officials\s+said|"
    r"as(?!\s+(?:long|well|much|many|soon|far|of|part)\b)|"
    r"an?\s+(?:claim|charge|statement|allegation|assertion|accusation))\b)")
# "… had not fallen but warned of …": a second verb of the speaker ends the reported clause
_VERB_AFTER_CONJ = re.compile(
    r"\s+(?:but|and)\s+(?:also\s+)?(?=(?:%s)\b)" % "|".join(
        sorted((f for f, v in verb_forms().items() if v.tense == "past" and " " not in f),
               key=len, reverse=True)))
_AUDIENCE = re.compile(
    r"\s*(?:(?:the|a|an)\s+)?(?:reporters|journalists|lawmakers|legislators|parliament|"
    r"Parliament|Congress|the\s+Senate|supporters|students|soldiers|delegates|the\s+audience|"
    r"(?:the\s+)?(?:local|state|foreign|national|international)\s+(?:media|press|television|TV)|"
    r"(?:a\s+)?(?:news|press)\s+conference|(?:[A-Z][\w.'’&-]*\s*){1,4}(?:radio|television|TV|"
    r"newspaper|magazine|channel|broadcaster|news\s+agency)?)", re.X)
_LEADING_JUNK = re.compile(r"(?:\s|[,;:—–-]|(?:But|And|Yet|So|However|Still|Meanwhile)\b,?)+")
_TRAILING_JUNK = re.compile(r"(?:\s|[,;:—–-]|\b(?:but|and|or|what|which|that|as|while|over|though)\b)+$")
_HEADLINE_DASH = re.compile(r"^(?P<content>.+?)\s+[–—-]\s+(?P<speaker>[^–—]+?)\s*$")
_HEADLINE_COLON = re.compile(r"^(?P<speaker>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}):\s+(?P<content>\S.+)$")


_FAMILIAR_BEFORE = re.compile(r"(?:\b[Tt]he\s+|\b[Aa]n?\s+)?(?:\b[\w-]+\s+){0,2}?\b(?:[Pp]eople|[Ss]ources?|"
                             r"[Oo]fficials?|[Pp]ersons?|[Dd]iplomats?)\s+" + FAMILIAR_PATTERN[:-1]
                             + r"\s*$")


@dataclass
class _Hit:
    """A quote under construction: offsets only, resolved into a Quote at the end."""

    kind: str
    start: int
    end: int
    rule: str
    cue: tuple[int, int] | None = None
    stance: str | None = None
    speaker: tuple[int, int] | None = None
    inherit: "_Hit | None" = None  # the hit whose speaker this one repeats
    block: int = 0
    sentence: tuple[int, int] = (0, 0)
    low_priority: bool = False
    cue_text: str | None = None


class _Block:
    """One paragraph (or headline) with its tokens and sentences."""

    def __init__(self, tokens: list[Token], index: int, start: int, end: int, kind: str,
                 sentences: list[tuple[int, int]]):
        self.index, self.start, self.end, self.kind = index, start, end, kind
        self.tokens = tokens
        self.starts = [t.start for t in self.tokens]
        self.sentences = sentences
        self._sentence_starts = [s for s, _ in sentences]

    def sentence_of(self, offset: int) -> tuple[int, int]:
        n = bisect.bisect_right(self._sentence_starts, offset) - 1
        if n >= 0 and offset < self.sentences[n][1]:
            return self.sentences[n]
        return self.start, self.end

    def token_range(self, s: int, e: int) -> tuple[int, int]:
        return bisect.bisect_left(self.starts, s), bisect.bisect_left(self.starts, e)


class _Detector:
    def __init__(self, document, article):
        self.text = document.text
        self.article = article
        sents = article.sentences
        sent_starts = [s for s, _ in sents]
        tokens = article.tokens  # shared with the other layers (cached on the article)
        token_starts = [t.start for t in tokens]
        self.blocks = []
        for n, b in enumerate(article.body_blocks):
            lo = bisect.bisect_left(sent_starts, b.start)
            hi = bisect.bisect_left(sent_starts, b.end)
            t_lo = bisect.bisect_left(token_starts, b.start)
            t_hi = bisect.bisect_left(token_starts, b.end)
            self.blocks.append(_Block(tokens[t_lo:t_hi], n, b.start, b.end, b.kind,
                                      sents[lo:hi]))
        self.quotations = [q for q in quotations_in_article(document, article) if q.depth == 0]
        self.by_end = {q.end: q for q in self.quotations}
        self.by_start = {q.start: q for q in self.quotations}
        self._quotation_starts = [q.start for q in self.quotations]  # sorted, non-overlapping
        self.utterances = [q for q in self.quotations if self._is_utterance(q)]
        self.is_utterance = set(self.utterances)
        self._utt_starts = [q.start for q in self.utterances]
        self._block_starts = [b.start for b in self.blocks]
        self.hits: list[_Hit] = []
        self.used_cues: set[int] = set()
        self.by_sentence: dict[tuple[int, int], list[_Hit]] = {}
        self._unnamed_subjects: list[tuple[int, str, str]] | None = None

    # -- quotations --------------------------------------------------------------
    def _words_in(self, s: int, e: int) -> int:
        return len(re.findall(r"\w+(?:[’'-]\w+)*", self.text[s:e]))

    def _is_utterance(self, q: Quotation) -> bool:
        """A quotation of someone's words: long enough, or closed by , . ? ! and attributed."""
        before = self.text[max(0, q.start - 40):q.start]
        if _TITLE_CUES.search(before):
            return False
        if self._words_in(q.inner_start, q.inner_end) > 4 or not q.closed:
            return True
        inner = self.text[q.inner_start:q.inner_end].rstrip()
        lead = self.text[max(0, q.start - 3):q.start]
        if inner[:1].isupper() and inner.endswith((".", "?", "!")) and \
                (not lead.strip() or lead.rstrip()[-1:] in ".?!”\"’"):
            return True  # a whole sentence in quotation marks: “We will answer.”
        # a short closed quotation is speech only when punctuated and attributed: “No,” he said.
        if inner.endswith((",", ".", "?", "!")):
            after = re.match(r"[^.!?“\"]{0,80}", self.text[q.end:q.end + 80]).group()
            if any(w.lower() in verb_forms() for w in re.findall(r"[\w’'-]+", after)):
                return True
        before = self.text[max(0, q.start - 30):q.start]
        return re.search(r"\b(\w+)\s*[:,]\s*$", before) is not None and \
            re.search(r"\b(\w+)\s*[:,]\s*$", before).group(1).lower() in verb_forms()

    def utterance_at(self, offset: int) -> Quotation | None:
        """The utterance whose marks enclose ``offset``, if any."""
        n = bisect.bisect_right(self._utt_starts, offset) - 1
        if n >= 0 and offset < self.utterances[n].end:
            return self.utterances[n]  # depth-0 quotations never overlap
        return None

    def quotation_at(self, offset: int) -> Quotation | None:
        n = bisect.bisect_right(self._quotation_starts, offset) - 1
        if n >= 0 and offset < self.quotations[n].end:
            return self.quotations[n]
        return None

    def _quotations_starting_in(self, start: int, end: int) -> list[Quotation]:
        lo = bisect.bisect_left(self._quotation_starts, start)
        hi = bisect.bisect_left(self._quotation_starts, end)
        return self.quotations[lo:hi]

    # -- the main loop -------------------------------------------------------------
    def run(self) -> list[_Hit]:
        for block in self.blocks:
            if block.kind == "headline":
                self._headline(block)
            toks = block.tokens
            for i, tok in enumerate(toks):
                if tok.kind != "word" or self.utterance_at(tok.start):
                    continue
                low = tok.text.lower()
                nxt = toks[i + 1].text.lower() if i + 1 < len(toks) else ""
                if low == "according" and nxt == "to":
                    self._according_to(block, i)
                elif low == "claimed" and nxt == "by":
                    self._claimed_by(block, i)
                elif low in ("quoted", "cited") and nxt == "as" and i + 2 < len(toks) \
                        and toks[i + 2].text.lower() == "saying":
                    self._quoted_as_saying(block, i)
                elif low in ("quoted", "cited", "quotes", "cites"):
                    self._active_quoted(block, i)
                elif low in verb_forms():
                    self._verb(block, i)
        self._floating()
        self._trim()
        return sorted(self.hits, key=lambda h: (h.start, h.end))

    # -- helpers -------------------------------------------------------------------
    def _sentence_tokens(self, block: _Block, i: int) -> tuple[int, int, tuple[int, int]]:
        sent = block.sentence_of(block.tokens[i].start)
        q = self.by_end.get(self._back_over_space(sent[0]))
        if q is not None and self.text[q.end - 2:q.end - 1] in "?!" and q.start >= block.start:
            sent = (q.start, sent[1])  # “Is this peace?” Kiper asked.  (one sentence to us)
        lo, hi = block.token_range(*sent)
        # a sentence split inside a quotation: the attribution belongs to the whole quote
        return lo, hi, sent

    def _back_over_space(self, pos: int) -> int:
        while pos > 0 and self.text[pos - 1] in " \t\u00a0":
            pos -= 1
        return pos

    def _skip_adjuncts(self, pos: int, limit: int) -> int:
        """After a cue, past time, venue and manner phrases (``on Friday in a statement``,
        ``for decades``, ``by phone``) and any short prepositional phrase that a reported
        clause, ``that`` or the sentence end follows (``told reporters after the meeting``)."""
        while True:
            m = _ADJUNCT.match(self.text, pos, limit)
            if not m or m.end() == pos:
                m = self._prepositional_adjunct(pos, limit)
                if m is None:
                    return pos
                pos = m
                continue
            pos = m.end()

    def _prepositional_adjunct(self, pos: int, limit: int) -> int | None:
        """End of ``after the meeting`` in ``told reporters after the meeting that …``: a
        preposition and up to five words, then ``that`` and a clause, a clause, or the end."""
        m = _PP_START.match(self.text, pos, limit)
        if m is None:
            return None
        at = m.end()
        for _ in range(5):
            w = _PP_WORD.match(self.text, at, limit)
            if w is None:
                return None
            at = w.end()
            if w.group().strip().lower() in _PP_NO_END:
                continue  # "after the …": the phrase goes on
            rest = _SPACE.match(self.text, at, limit).end()
            nxt = self.text[rest:rest + 1]
            if rest >= limit or nxt in ".;!?,":
                return at
            t = _THAT.match(self.text, rest, limit)
            if t and _clause_follows(self.text, t.end()):
                return at
            if _clause_follows(self.text, rest) and not self.text[rest:rest + 1].isupper() \
                    and not _FINITE_SOON.match(self.text, at):
                return at  # "said for decades it is ready" (not "after talks were …")
        return None

    def _follows(self, pos: int, limit: int) -> tuple[str, int]:
        """What comes at ``pos``: end, comma, colon, that, quote or clause, and where."""
        m = _SPACE.match(self.text, pos, limit)
        p = m.end()
        if p >= limit or self.text[p] in ".!?)":
            return "end", p
        c = self.text[p]
        if c == ",":
            q = _COMMA_SPACE.match(self.text, p, limit).end()
            if q < limit and q in self.by_start and self.by_start[q] in self.is_utterance:
                return "quote", q
            return "comma", p
        if c in ":—–" or (c == "-" and self.text[p:p + 2] == "- "):
            q = _COLON_SPACE.match(self.text, p, limit).end()
            if q in self.by_start:
                return "quote", q
            return ("colon", q) if c == ":" else ("comma", p)
        if p in self.by_start:
            return "quote", p
        m = _THAT.match(self.text, p, limit)
        if m:
            return "that", m.end()
        return "clause", p

    def _clause_end(self, start: int, sent: tuple[int, int], block: _Block) -> int:
        """End of a reported clause starting at ``start``: the sentence end or a clause boundary."""
        end = sent[1]
        found = [m for m in (_BOUNDARY.search(self.text, start, end),
                             _VERB_AFTER_CONJ.search(self.text, start, end)) if m]
        m = min(found, key=lambda m: m.start()) if found else None
        if m:
            end = m.start() + 1
            if self.text[end:end + 1] in "”\"’":
                end += 1
            else:
                end -= 1
        # a quotation opened in the clause runs to its closing mark, across sentences
        for q in self._quotations_starting_in(start, end):
            if q.end > end:
                end = q.end
        return end

    def _clause_start(self, sent: tuple[int, int], before: int) -> int:
        """Start of the clause that ends at ``before``: the sentence start or after an earlier cue."""
        start = sent[0]
        q = self.quotation_at(start)
        if q is not None and q.start < start:
            start = q.start
        for h in self.by_sentence.get(sent, ()):
            if h.rule != "claimed_by":  # a phrase inside a clause
                for part in (h.cue, h.speaker):
                    if part and part[1] <= before:
                        start = max(start, part[1])
                if h.end <= before and h.start >= sent[0]:
                    start = max(start, h.end)
        m = _LEADING_JUNK.match(self.text, start, before)
        return m.end() if m else start

    def _add(self, hit: _Hit) -> None:
        if hit.end - hit.start <= 0 or not self.text[hit.start:hit.end].strip():
            return
        if hit.cue:
            self.used_cues.add(hit.cue[0])
        self.hits.append(hit)
        self.by_sentence.setdefault(hit.sentence, []).append(hit)

    def _kind(self, start: int, end: int, that: bool) -> str:
        """``direct`` when the content is one quotation; ``mixed`` when it holds one."""
        q = self.by_start.get(start)
        if q is not None and q.end >= end and not that and q in self.is_utterance:
            return "direct"
        if self._quotations_starting_in(start, end):
            return "mixed"
        return "indirect"

    def _last_hit_in(self, sent: tuple[int, int], before: int) -> _Hit | None:
        best = None
        for h in self.by_sentence.get(sent, ()):
            if h.cue and h.cue[0] < before:
                best = h
        return best

    # -- verb cues -------------------------------------------------------------------
    def _verb(self, block: _Block, i: int) -> None:
        toks = block.tokens
        form = verb_forms()[toks[i].text.lower()]
        lo, hi, sent = self._sentence_tokens(block, i)
        g = i
        while g - 1 >= lo:
            low = toks[g - 1].text.lower()
            if low in _AUX or low in _ADVERBS or low in _NEGATION or low.endswith("n't") or (
                    low.endswith("ly") and toks[g - 1].text.islower() and low not in _NOT_ADVERBS):
                g -= 1
                continue
            if form.tense == "participle" and low in _BE:
                g -= 1  # progressive: "is saying"
                continue
            break
        group = [t.text.lower() for t in toks[g:i]]
        if any(w in _NEGATION or w.endswith("n't") for w in group):
            return
        prev = toks[g - 1] if g - 1 >= lo else None
        plow = prev.text.lower() if prev else ""
        if prev is not None and (plow in _MODALS or (plow in _BE and form.tense != "participle")
                                 or plow in DETERMINERS):
            return  # "to say", "is said", "the claims"
        if prev is not None and prev.kind == "word" and re.search(r"['’]s$", plow) \
                and plow[:-2] not in set(PRONOUNS) | {"that", "what", "who"}:
            return  # "Russia's claims": a noun after a possessive
        cue = (toks[g].start, toks[i].end)
        after = toks[i].end
        if form.lemma == "tell":
            after = self._after_object(block, i, hi)
            if after is None:
                return
        limit = sent[1]
        pos = self._skip_adjuncts(after, block.end)
        follows, at = self._follows(pos, block.end)

        if form.tense == "participle" and g == i:
            if plow == "," and follows in ("that", "clause", "quote", "colon"):
                owner = self._last_hit_in(sent, cue[0])
                if owner is not None:
                    self._forward(block, sent, cue, form, None, follows, at, "participle_cue",
                                  inherit=owner)
                    return
                subject = self._sentence_subject(toks, lo, g - 1)
                if subject is not None:
                    self._forward(block, sent, cue, form, subject, follows, at, "participle_cue")
            return

        if prev is None:
            return
        # "“A,” said Peskov." / "…, said Peskov."
        if (plow == "," or (prev.kind == "quote" and self.by_end.get(prev.end))) and \
                form.lemma != "tell" and form.clause not in ("quote", "as"):
            # "told reporters": the addressee, never the speaker; "condemned China's": an object
            e = np_after(toks, i + 1, hi)
            if e is not None:
                speaker = (toks[i + 1].start, toks[e - 1].end)
                f2, at2 = self._follows(self._skip_adjuncts(toks[e - 1].end, block.end), block.end)
                if f2 in ("end", "comma", "quote"):
                    self._content_before(block, sent, g - 1, cue, form, speaker, "clause_cue_speaker",
                                         tail=(f2, at2))
                    return
        if plow == "," or (prev.kind == "quote" and self.text[prev.start - 1:prev.start] == ","):
            # "X, who called it “staged,” told …": a quotation ending in a comma closes the clause
            self._appositive(block, sent, lo, g, cue, form, follows, at)
            return
        if plow in ("and", "but"):
            owner = self._last_hit_in(sent, cue[0])
            if owner is not None and follows in ("that", "clause", "quote", "colon"):
                self._forward(block, sent, cue, form, None, follows, at, "conjoined_cue",
                              inherit=owner)
            elif owner is None and follows in ("that", "clause") and g == i:
                # "The government regards the ruling as void and insists that …": a cue
                # coordinated with a verb that is no cue has the sentence's subject
                subject = self._coordinated_subject(toks, lo, g - 1, form)
                if subject is not None:
                    self._forward(block, sent, cue, form, subject, follows, at, "conjoined_cue")
            return
        k = np_before(toks, g - 1, lo)
        modified = self._document_before_participle(toks, lo, g) if k is None or (
            k - 1 >= lo and toks[k - 1].text.lower() == "by") else None  # "memo seen by Reuters"
        if modified is not None:
            # "A UN report published in March showed that …": the document speaks
            k, end = modified
            if follows not in ("end", "comma"):
                self._forward(block, sent, cue, form, (toks[k].start, toks[end].end), follows, at,
                              "speaker_cue_clause")
            return
        familiar = _FAMILIAR_BEFORE.search(self.text, max(toks[lo].start, toks[g].start - 120),
                                           toks[g].start)
        if familiar:
            k = bisect.bisect_left(block.starts, familiar.start())
        if k is None:
            return
        if k - 1 >= lo and toks[k - 1].text.lower() in ("which", "whom", "that") and \
                form.clause != "as":
            return  # "the town, which Russia claims as its own": a relative clause, no claim
        speaker = (toks[k].start, toks[g - 1].end)
        if form.lemma in _BELIEF_LEMMAS and k == g - 1 and toks[k].text.lower() in ("i", "we"):
            return  # "I think …" outside quotation marks: the writer's own view, or unmarked speech
        before = toks[k - 1] if k - 1 >= lo else None
        after_quote = before is not None and before.kind == "quote" and \
            self.by_end.get(before.end) in self.is_utterance
        if follows == "comma" and before is not None and before.text.lower() == "as" and \
                k - 1 == lo:
            # "As the minister said last week, winter will be hard."
            start = _PUNCT_SPACE.match(self.text, at).end()
            end = self._clause_end(start, sent, block)
            if self._words_in(start, end) >= 2:
                self._add(_Hit(self._kind(start, end, True), start, end, "as_speaker_said", cue,
                               form.stance, speaker, None, block.index, sent))
            return
        if follows in ("end", "comma") or after_quote:
            if before is not None and (before.text == "," or after_quote):
                self._content_before(block, sent, k - 1, cue, form, speaker, "clause_speaker_cue",
                                     tail=(follows, at))
            return
        self._forward(block, sent, cue, form, speaker, follows, at, "speaker_cue_clause")

    def _document_before_participle(self, toks: list[Token], lo: int, g: int):
        """``(start, end)`` token indices of a document phrase followed by a participle phrase
        (``report published in March``, ``memo seen by Reuters``) that ends before ``toks[g]``."""
        for p in range(g - 1, max(lo, g - 7) - 1, -1):
            t = toks[p]
            if t.kind not in ("word", "number", "abbr"):
                return None
            if t.text.lower() in _DOCUMENT_PARTICIPLES and p - 1 >= lo:
                k = np_before(toks, p - 1, lo)
                if k is not None and noun_kind(toks[p - 1].text.lower()) == "document":
                    return k, p - 1
                return None
        return None

    def unnamed_subject_before(self, offset: int, gender: str) -> tuple[int, str] | None:
        """``(where, phrase)``: the last sentence opened by one unnamed person before ``offset``
        (``A senior diplomat who attended …``), outside quotation marks; None if none."""
        if self._unnamed_subjects is None:
            self._unnamed_subjects = []
            for start, _ in self.article.sentences:
                m = _UNNAMED_SUBJECT.match(self.text, start)
                if m is None or self.utterance_at(start) is not None:
                    continue
                head = m.group("head").lower()
                if head.endswith("s") or not (head in GENDERED_NOUNS or
                                              noun_kind(head) in ("role", "anonymous")):
                    continue
                self._unnamed_subjects.append((start, m.group().rstrip(), head))
        n = bisect.bisect_left(self._unnamed_subjects, (offset,)) - 1
        if n < 0:
            return None
        at, phrase, head = self._unnamed_subjects[n]
        if GENDERED_NOUNS.get(head, gender) != gender and gender != "-":
            return None
        return at, phrase

    def subject_before(self, hit: _Hit, offset: int, cast):
        """The body opening ``hit``'s sentence before ``offset`` (an antecedent for ``it``)."""
        block = self.blocks[hit.block]
        lo, hi = block.token_range(hit.sentence[0], offset)
        subject = self._sentence_subject(block.tokens, lo, hi)
        if subject is None or subject[1] > offset or subject[0] == offset:
            return None
        found = describe(self.text[subject[0]:subject[1]], subject[0], cast)
        return found if found.source_type == "institution" and found.pronoun is None else None

    def _sentence_subject(self, toks: list[Token], lo: int, hi: int) -> tuple[int, int] | None:
        """``Zelenskiy on Monday urged allies to act, saying …``: the phrase opening the sentence."""
        k = lo
        while k < hi and toks[k].kind == "quote":
            k += 1
        e = np_after(toks, k, hi)
        if e is None or e >= hi or not toks[e].text[:1].islower() or toks[e].kind != "word":
            return None
        head = toks[e - 1]
        if head.text.lower() in PRONOUNS and head.text.lower() not in ("he", "she", "it", "they"):
            return None
        return toks[k].start, head.end

    def _coordinated_subject(self, toks: list[Token], lo: int, conj: int, form):
        """The subject of ``Beijing has called the move a provocation and claims …``: the phrase
        opening the sentence, when its own verb agrees in tense with the cue (so the noun in
        ``Russia faced sanctions and claims that …`` is no cue)."""
        subject = self._sentence_subject(toks, lo, conj)
        if subject is None:
            return None
        e = bisect.bisect_left([t.start for t in toks[lo:conj]], subject[1]) + lo
        if e >= conj or toks[e - 1].text.lower() in ("i", "we", "you"):
            return None
        verb = toks[e].text.lower()
        if form.tense == "present":
            agrees = verb in ("has", "is", "does") or (verb.endswith("s") and not
                                                       verb.endswith(("ss", "us")))
        elif form.tense == "past":
            # any past verb, regular or not ("withdrew"), but no present one ("has", "wants")
            agrees = verb in ("had", "was", "were", "did") or not (
                verb.endswith("s") or verb in ("have", "do", "are", "will", "can", "must"))
        else:
            agrees = False
        if not agrees or any(t.text in ",;:" or t.kind == "quote" for t in toks[e:conj]):
            return None  # a comma between: "…, and claims …" may open another clause
        return subject

    def _after_object(self, block: _Block, i: int, hi: int) -> int | None:
        """Offset after the person told: ``told reporters``, ``told DR radio``, ``told Reuters``."""
        toks = block.tokens
        # "told Parliament earlier this month that": find a near "that"
        for k in range(i + 1, min(hi, i + 9)):
            low = toks[k].text.lower()
            if low == "that":
                return toks[k].start
            if toks[k].kind in ("quote",) or low in (",", ".", ";"):
                break
        m = _AUDIENCE.match(self.text, toks[i].end, block.end)
        if m and m.end() > toks[i].end:
            return m.end()
        e = np_after(toks, i + 1, hi)
        return toks[e - 1].end if e else None

    def _appositive_comma(self, toks: list[Token], lo: int, c: int) -> int | None:
        """The comma that opens the appositive or relative clause ending at the comma ``c``.

        A relative clause may hold commas of its own (``who has, by his own count,
        threatened``) and a quotation ending in one (``who called it “staged,”``): the
        opening comma is the one before ``who``/``which``, else the nearest comma outside
        quotation marks.
        """
        nearest = None
        for k in range(c - 1, max(lo, c - 60) - 1, -1):
            if toks[k].text != "," or self.quotation_at(toks[k].start) is not None:
                continue
            if k + 1 < c and toks[k + 1].text.lower() in _RELATIVE:
                return k
            if nearest is None:
                nearest = k
        return nearest

    def _appositive(self, block, sent, lo, g, cue, form, follows, at,
                    rule: str = "appositive_speaker") -> None:
        """``Meloni, who attended the meeting, stressed that …``: the phrase before the commas."""
        toks = block.tokens
        c = g - 1  # the comma before the cue
        k = self._appositive_comma(toks, lo, c)
        if k is None:
            return
        if k < lo + 1 or c - k < 2:
            return
        first = toks[k + 1].text.lower()
        if first in ("but", "and", "however"):
            return
        segment = toks[k + 1:c]
        named = 1 <= len(segment) <= 4 and all(is_name_word(t) for t in segment)
        start = np_before(toks, k - 1, lo)
        if start is None and not named:
            return
        if named:
            # "the spokesperson for the air force, Yuriy Ihnat, said": the name is the speaker
            speaker = (segment[0].start, segment[-1].end)
            start = start if start is not None else k + 1
        else:
            speaker = (toks[start].start, toks[k - 1].end)
        if follows in ("end", "comma"):
            # "“…,” Peskov, the Kremlin spokesman, told reporters."
            if start - 1 >= lo and toks[start - 1].kind == "quote":
                self._content_before(block, sent, start - 1, cue, form, speaker,
                                     rule, tail=(follows, at))
            return
        self._forward(block, sent, cue, form, speaker, follows, at, rule)

    def _forward(self, block, sent, cue, form, speaker, follows, at, rule, inherit=None) -> None:
        """Content after the cue: ``said (that) …``, ``said: “…”``."""
        if follows in ("end", "comma"):
            return
        if follows in ("quote", "colon") and at in self.by_start:
            q = self.by_start[at]
            kind = "direct" if q in self.is_utterance else "mixed"
            end = q.end
            start = q.start
            if kind == "mixed":
                end = self._clause_end(start, sent, block)
            self._add(_Hit(kind, start, end, "direct_attribution" if kind == "direct" else rule,
                           cue, form.stance, speaker, inherit, block.index, sent))
            return
        if follows == "colon":
            return
        that = follows == "that"
        if form.clause in ("quote", "as"):
            self._quoted_object(block, sent, cue, form, speaker, at, rule, inherit)
            return
        if form.clause == "that" and not that and not _clause_follows(self.text, at):
            return  # "announced a truce", but "warned Russia was preparing an offensive"
        start = at
        m = _COPULA.match(self.text, start)
        if m and not that and rule == "speaker_cue_clause":
            start = m.end()  # "what he says is a bloodbath": the claim follows the copula
        first = _WORD.match(self.text, start)
        if first is None and self.text[start:start + 1] not in "“\"‘'":
            return
        if first and first.group().lower() in _NO_CLAUSE and not that:
            nxt = _NEXT_WORD.match(self.text, first.end())
            if nxt is None or nxt.group(1).lower() in _PREPOSITIONS | {"", ".", ",", ";", ":", "!",
                                                                      "?", "since", "about"}:
                return  # "have said little about it", "said goodbye.", but "said little had changed"
        if first and first.group().lower() in _PREPOSITIONS and not that and \
                not _AT_LEAST.match(self.text, start):
            return  # "claims in Ukraine", "insisted on": no reported clause
        end = self._clause_end(start, sent, block)
        if self._words_in(start, end) < 2:
            return
        self._add(_Hit(self._kind(start, end, that), start, end, rule, cue, form.stance,
                       speaker, inherit, block.index, sent))

    def _quoted_object(self, block, sent, cue, form, speaker, at, rule, inherit) -> None:
        """``condemned China's "dangerous and escalatory" actions``: a quotation in the object.

        Verbs with ``clause=quote`` report someone's words only through a quotation a few
        words into their object; the item is mixed and runs to the end of the clause.
        Verbs with ``clause=as`` (``dismissed the report as ‘fantasy’``) need ``as`` right
        before the quotation, and the item ends with it; when nothing but ``as`` stands
        between the cue and the quotation (``an account the ministry rejected as “pure
        fabrication.”``), the content is the quotation alone, a direct quote.
        """
        if speaker is None and inherit is None:
            return
        limit = min(sent[1], at + 80)
        for q in self._quotations_starting_in(at, limit):
            lead = self.text[at:q.start]
            if re.search(r"[,;:.!?]", lead) or self._words_in(at, q.start) > 6:
                return
            if form.clause == "as":
                m = _AS_LEAD.search(lead)
                if m is None:
                    return
                start = q.start if m.start() == 0 else at
                self._add(_Hit("direct" if start == q.start else "mixed", start, q.end,
                               "quoted_object" if rule == "speaker_cue_clause" else rule, cue,
                               form.stance, speaker, inherit, block.index, sent))
                return
            end = self._clause_end(at, sent, block)
            self._add(_Hit("mixed", at, max(end, q.end), "quoted_object" if rule ==
                           "speaker_cue_clause" else rule, cue, form.stance, speaker, inherit,
                           block.index, sent))
            return

    def _content_before(self, block, sent, stop_index, cue, form, speaker, rule, tail) -> None:
        """Content before the speaker: ``…, X said.`` or ``“…,” X said.``"""
        toks = block.tokens
        stop = toks[stop_index]
        q = self.by_end.get(stop.end) if stop.kind == "quote" else None
        if q is None and stop.text == "," and stop_index - 1 >= 0:
            prevtok = toks[stop_index - 1]
            q = self.by_end.get(prevtok.end) if prevtok.kind == "quote" else None
        if q is not None and q in self.is_utterance:
            start, kind = q.start, "direct"
            lead = self._clause_start(sent, q.start)
            if lead < q.start and self._words_in(lead, q.start) >= 1 and \
                    not re.search(r"[:,]\s*$", self.text[lead:q.start]):
                start, kind = lead, "mixed"  # The Kiev regime “does not care,” the ministry added.
            hit = _Hit(kind, start, q.end, "direct_attribution", cue, form.stance, speaker,
                       None, block.index, sent)
            self._add(hit)
            if tail[0] == "quote":
                self._split_after(block, sent, self.by_start[tail[1]], cue, form, speaker)
            return
        if stop.text != ",":
            return
        start = self._clause_start(sent, stop.start)
        end = stop.start
        if tail[0] == "comma":
            # "The water cannon, a spokesman said, was used only after …": the attribution sits
            # between a subject and its verb, so the claim is the whole sentence around it
            rest = _PUNCT_SPACE.match(self.text, tail[1]).end()
            if _PREDICATE_START.match(self.text, rest):
                end = self._clause_end(rest, sent, block)
                rule = "parenthetical_cue"
        if self._words_in(start, stop.start) < (3 if end == stop.start else 1):
            return
        self._add(_Hit(self._kind(start, end, True), start, end, rule, cue,
                       form.stance, speaker, None, block.index, sent))

    def _split_after(self, block, sent, q, cue, form, speaker) -> None:
        """``“A,” he said, “B.”``: the second part has the same speaker and cue."""
        self._add(_Hit("direct", q.start, q.end, "direct_split", cue, form.stance, speaker,
                       None, block.index, sent))

    # -- phrase cues ---------------------------------------------------------------------
    def _according_to(self, block: _Block, i: int) -> None:
        toks = block.tokens
        form = verb_forms()["according to"]
        lo, hi, sent = self._sentence_tokens(block, i)
        e = np_after(toks, i + 2, hi)
        if e is None:
            return
        cue = (toks[i].start, toks[i + 1].end)
        speaker = (toks[i + 2].start, toks[e - 1].end)
        prev = toks[i - 1] if i - 1 >= lo else None
        if prev is None or prev.kind == "quote" and not self.by_end.get(prev.end):
            e = self._post_modified_end(toks, e, hi)
            speaker = (toks[i + 2].start, toks[e - 1].end)
            f, at = self._follows(toks[e - 1].end, block.end)
            if f == "comma":
                start = _PUNCT_SPACE.match(self.text, at).end()
                end = self._clause_end(start, sent, block)
                if self._words_in(start, end) >= 2:
                    self._add(_Hit(self._kind(start, end, True), start, end, "according_to",
                                   cue, form.stance, speaker, None, block.index, sent))
            return
        if prev.text == "," or prev.kind == "quote":
            self._content_before(block, sent, i - 1, cue, form, speaker, "according_to",
                                 tail=("end", toks[e - 1].end))
            if self.hits and self.hits[-1].cue == cue:
                self.hits[-1].low_priority = True
            return
        start = self._clause_start(sent, toks[i].start)
        end = toks[i - 1].end
        if self._words_in(start, end) >= 3:
            self._add(_Hit(self._kind(start, end, True), start, end, "according_to", cue,
                           form.stance, speaker, None, block.index, sent, low_priority=True))

    def _post_modified_end(self, toks: list[Token], e: int, hi: int) -> int:
        """``According to figures released by the UN on Monday, …``: the source phrase ending at
        ``toks[e - 1]`` goes on over a participle, relative or prepositional post-modifier up
        to the comma that ends it (within 20 tokens, outside quotation marks); else ``e``."""
        if e >= hi or toks[e].kind != "word":
            return e
        low = toks[e].text.lower()
        if not (low in _POST_MODIFIER_START or low in _DOCUMENT_PARTICIPLES or
                (low.endswith("ed") and toks[e].text.islower())):
            return e
        for k in range(e + 1, min(hi, e + 20)):
            t = toks[k]
            if t.text == ",":
                return k if self.quotation_at(t.start) is None else e
            if t.kind == "quote" or t.text in ".;:!?" or t.text.lower() in _VERBISH_END:
                return e
        return e

    def _claimed_by(self, block: _Block, i: int) -> None:
        toks = block.tokens
        form = verb_forms()["claimed by"]
        lo, hi, sent = self._sentence_tokens(block, i)
        e = np_after(toks, i + 2, hi)
        if e is None:
            return
        k = i - 1
        while k >= max(lo, i - 30) and toks[k].text.lower() not in _CLAIMED_STOP:
            k -= 1
        start = toks[k + 1].start if k + 1 < i else None
        if start is None:
            return
        cue = (toks[i].start, toks[i + 1].end)
        self._add(_Hit("indirect", start, toks[i - 1].end, "claimed_by", cue, form.stance,
                       (toks[i + 2].start, toks[e - 1].end), None, block.index, sent))

    def _quoted_as_saying(self, block: _Block, i: int) -> None:
        toks = block.tokens
        lo, hi, sent = self._sentence_tokens(block, i)
        g = i - 1
        if g < lo or toks[g].text.lower() not in _BE:
            return
        form = verb_forms()[f"{toks[i].text.lower()} as saying"]
        cue = (toks[g].start, toks[i + 2].end)
        follows, at = self._follows(self._skip_adjuncts(toks[i + 2].end, block.end), block.end)
        if g - 1 >= lo and toks[g - 1].text == ",":
            # "Chen, a scholar at a Shanghai university, was quoted as saying …"
            self._appositive(block, sent, lo, g, cue, form, follows, at, "quoted_as_saying")
            return
        k = np_before(toks, g - 1, lo)
        if k is None:
            return
        self._forward(block, sent, cue, form, (toks[k].start, toks[g - 1].end), follows, at,
                      "quoted_as_saying")

    def _active_quoted(self, block: _Block, i: int) -> None:
        """``RIA quoted Deputy Foreign Minister Sergei Ryabkov as saying that …``: the one quoted speaks."""
        toks = block.tokens
        lo, hi, sent = self._sentence_tokens(block, i)
        e = np_after(toks, i + 1, hi)
        if e is None or e + 1 >= hi or toks[e].text.lower() != "as" or \
                toks[e + 1].text.lower() != "saying":
            return
        form = verb_forms()["quoted as saying"]
        cue = (toks[i].start, toks[i].end)  # the cue span must not cover the speaker
        follows, at = self._follows(self._skip_adjuncts(toks[e + 1].end, block.end), block.end)
        self._forward(block, sent, cue, form, (toks[i + 1].start, toks[e - 1].end), follows, at,
                      "quoted_as_saying")

    def _named_elsewhere(self, phrase: str) -> bool:
        """A headline speaker is a known actor, or a name the article body uses too."""
        last = phrase.split()[-1]
        if actors().get(last.lower()) or actors().get(phrase.lower()):
            return True
        body = self.text[self.blocks[0].end:self.article.end] if self.blocks else ""
        return re.search(rf"(?<![\w-]){re.escape(last)}(?![\w-])", body) is not None

    def _headline(self, block: _Block) -> None:
        line = self.text[block.start:block.end]
        sent = (block.start, block.end)
        m = _HEADLINE_DASH.match(line)
        quoted = m is not None and (q := self.by_start.get(block.start + m.start("content"))) \
            is not None and q.end == block.start + m.end("content")
        if m and ((_looks_like_name(m.group("speaker")) and self._named_elsewhere(m.group("speaker")))
                  or (quoted and _looks_like_role(m.group("speaker")))):
            s, e = block.start + m.start("content"), block.start + m.end("content")
            d = line.rfind(" ", 0, m.start("speaker") - 1)
            dash = block.start + d + 1
            q = self.by_start.get(s)
            kind = "direct" if q is not None and q.end == e else "indirect"
            self._add(_Hit(kind, s, e, "headline_dash", (dash, dash + 1), "neutral",
                           (block.start + m.start("speaker"), block.start + m.end("speaker")),
                           None, block.index, sent))
            return
        q = self.by_start.get(block.start)
        if q is not None and self.text[q.end:q.end + 1] == ":":
            # "‘We have nowhere to go’: Gaza families …": the quotation, then who says it
            toks = block.tokens
            n = bisect.bisect_left(block.starts, q.end + 1)
            e = np_after(toks, n, len(toks))
            if e is not None and toks[e - 1].text.lower() not in PRONOUNS:
                self._add(_Hit("direct", q.start, q.end, "headline_quote_colon", (q.end, q.end + 1),
                               "neutral", (toks[n].start, toks[e - 1].end), None, block.index, sent))
                return
        m = _HEADLINE_COLON.match(line)
        if m and _looks_like_name(m.group("speaker")) and self._named_elsewhere(m.group("speaker")):
            s, e = block.start + m.start("content"), block.start + m.end("content")
            colon = block.start + m.end("speaker")
            q = self.by_start.get(s)
            kind = "direct" if q is not None and q.end == e else "indirect"
            self._add(_Hit(kind, s, e, "headline_colon", (colon, colon + 1), "neutral",
                           (block.start + m.start("speaker"), block.start + m.end("speaker")),
                           None, block.index, sent))

    # -- quotations with no cue of their own ------------------------------------------
    def _floating(self) -> None:
        """Give each unattributed utterance the previous speaker, when it follows one."""
        ordered = sorted(self.hits, key=lambda h: h.start)
        starts = [h.start for h in ordered]
        previous = None
        for q in self.utterances:
            n = bisect.bisect_left(starts, q.start)
            nearby = ordered[max(0, n - 8):n + 8]
            if any(h.start <= q.start < h.end or q.start <= h.start < q.end for h in nearby):
                continue
            owner = ordered[n - 1] if n > 0 else None
            if previous is not None and (owner is None or previous.start > owner.start):
                owner = previous  # a run of quoted paragraphs keeps its speaker
            if owner is None:
                continue
            block = self.blocks[bisect.bisect_right(self._block_starts, q.start) - 1]
            starts_block = q.start == block.start or q.continued
            if not (starts_block or owner.block == block.index):
                continue
            if owner.block < block.index - 3:
                continue  # too far from the last speaker to be theirs
            previous = _Hit("direct", q.start, q.end, "floating_quote", None, None, None,
                            owner, block.index, block.sentence_of(q.start))
            self.hits.append(previous)

    def _trim(self) -> None:
        """One claim, one item: a later cue in the sentence ends the earlier clause."""
        by_block: dict[int, list[_Hit]] = {}
        for h in sorted(self.hits, key=lambda h: h.start):
            by_block.setdefault(h.block, []).append(h)
        self.hits = []
        for hits in by_block.values():
            self._trim_block(hits)

    def _trim_block(self, hits: list[_Hit]) -> None:
        keep = []
        for h in hits:
            # "X say A, according to a 2023 assessment": the second source backs the same claim
            if h.low_priority and any(o is not h and not o.low_priority and
                                      o.start <= h.start < o.end
                                      for o in self.by_sentence.get(h.sentence, ())):
                continue
            keep.append(h)
        # where each later attribution starts (its speaker or cue), to end earlier clauses there
        marks = sorted((min(p[0] for p in (o.speaker, o.cue) if p), n)
                       for n, o in enumerate(keep) if o.speaker or o.cue)
        mark_at = [m for m, _ in marks]
        for h in keep:
            if h.kind == "direct":
                continue
            n = bisect.bisect_right(mark_at, h.start)
            while n < len(marks) and marks[n][0] < h.end:
                cut, o = marks[n][0], keep[marks[n][1]]
                if o is not h and o.start > h.start and self.quotation_at(cut) is None:
                    h.end = cut
                    break
                n += 1
            m = _TRAILING_JUNK.search(self.text, h.start, h.end)
            if m and m.start() > h.start:
                h.end = m.start()
            while h.end > h.start and self.text[h.end - 1] in ".;:":
                h.end -= 1
            h.end = self._close_bracket(h.start, h.end)
            if h.kind == "mixed" and not self._quotations_starting_in(h.start, h.end):
                h.kind = "indirect"  # the quotation was in the part cut off
        self.hits.extend(h for h in keep if h.end > h.start)

    def _close_bracket(self, start: int, end: int) -> int:
        """Do not leave an opening bracket of the content unclosed."""
        seg = self.text[start:end]
        if seg.count("(") > seg.count(")"):
            nxt = self.text.find(")", end)
            if 0 <= nxt < end + 40:
                return nxt + 1
        return end


# Title-Case headline words that end a headline after a dash or start one before a colon
# without naming anyone ("Ceasefire talks – What We Know", "Ukraine War: …")
_HEADLINE_WORDS = frozenset("""war talks deal crisis live update updates analysis explainer
opinion watch video breaking exclusive latest news know what how why who when where timeline
report review interview podcast factbox""".split())


def _clause_follows(text: str, at: int) -> bool:
    """A subject of a few words and a finite auxiliary, inside the sentence."""
    m = _FINITE_SOON.match(text, at)
    return m is not None and not re.search(r"[.!?;:,”\"]\s", m.group())


def _looks_like_name(phrase: str) -> bool:
    """A headline's speaker: one to four capitalised words, none of them a headline label."""
    words = phrase.split()
    if not 1 <= len(words) <= 4 or not all(w[:1].isupper() for w in words):
        return False
    return not any(w.lower().strip(".,") in _HEADLINE_WORDS for w in words)


def _looks_like_role(phrase: str) -> bool:
    """A headline's speaker named by role: ``Serbian minister``, ``UN envoy`` (head from source_nouns)."""
    words = phrase.split()
    if not 1 <= len(words) <= 4 or any(w.lower().strip(".,") in _HEADLINE_WORDS for w in words):
        return False
    if noun_kind(words[-1].lower()) not in ("role", "anonymous", "institution"):
        return False
    return all(w[:1].isupper() or noun_kind(w.lower()) for w in words[:-1])


def _last_body(quotes: list[Quote], pronoun: str) -> Quote | None:
    """The last institution (for ``it``; or group, for ``they``/``we``) quoted before."""
    wanted = ("institution",) if pronoun == "it" else ("institution", "anonymous")
    for q in reversed(quotes[-50:]):  # an antecedent is near
        if q.source_type in wanted and (q.speaker or "").lower() not in PRONOUNS:
            return q
    return None


def _last_unnamed(quotes: list[Quote], gender: str) -> Quote | None:
    """The last quote spoken by one unnamed person (``Her husband``, ``a spokesman``)."""
    for q in reversed(quotes[-10:]):
        if q.speaker_start is None or (q.speaker or "").lower() in PRONOUNS:
            continue
        head = (q.speaker or "").split()[-1].lower()
        if q.source_type == "anonymous" and GENDERED_NOUNS.get(head, "-") in (gender, "-") \
                and not head.endswith("s"):
            return q
        return None  # the last quoted speaker is someone else
    return None


def _last_named_body(quotes: list[Quote], head: str) -> Quote | None:
    """The last institution quoted whose name ends in ``head`` (``Defense Ministry``)."""
    for q in reversed(quotes[-50:]):
        name = (q.speaker_canonical or "").split()
        if q.source_type == "institution" and len(name) > 1 and name[-1].lower() == head.lower():
            return q
    return None


def detect_quotes(document, article) -> list[Quote]:
    """Attributed claims in ``article``: direct, mixed and indirect quotes.

    Args:
        document: the :class:`~discourse_kit.document.Document` the article is in;
            every offset is into ``document.text``.
        article: one of ``document.articles``.

    Returns:
        Quotes in text order. The span is the content (what is said), without the
        speaker and the cue; ``rule`` names the rule that found each one.
    """
    detector = _Detector(document, article)
    hits = detector.run()
    text = document.text
    cast = harvest(article.tokens,
                   lambda offset: detector.utterance_at(offset) is not None, text)
    resolved: dict[int, Quote] = {}
    out: list[Quote] = []
    seen: set[tuple[int, int]] = set()
    for hit in sorted(hits, key=lambda h: h.start):
        if (hit.start, hit.end) in seen:
            continue  # one claim, one item, even when two rules find it
        seen.add((hit.start, hit.end))
        source_hit = hit
        while source_hit.speaker is None and source_hit.inherit is not None:
            source_hit = source_hit.inherit
        if source_hit is not hit and id(source_hit) in resolved:
            src = resolved[id(source_hit)]
            speaker, canonical = src.speaker, src.speaker_canonical
            source_type, affiliation = src.source_type, src.affiliation
            sp = (src.speaker_start, src.speaker_end) if hit.inherit is not None and \
                hit.rule != "floating_quote" else (None, None)
        elif source_hit.speaker is not None:
            sp = source_hit.speaker
            speaker = text[sp[0]:sp[1]]
            src = describe(speaker, sp[0], cast)
            canonical, source_type, affiliation = src.canonical, src.source_type, src.affiliation
            if src.pronoun in ("he", "she"):
                # an unnamed speaker quoted after the last named person: "Her husband … he said"
                gender = PRONOUNS[src.pronoun]
                named = cast.last_mention_before(sp[0], gender)
                unnamed = _last_unnamed(out, gender)
                subject = detector.unnamed_subject_before(sp[0], gender)
                if unnamed is not None and (named is None or unnamed.speaker_start > named[0]) \
                        and (subject is None or unnamed.speaker_start >= subject[0]):
                    canonical, source_type, affiliation = (unnamed.speaker_canonical,
                                                           unnamed.source_type,
                                                           unnamed.affiliation)
                elif subject is not None and (named is None or subject[0] > named[0]):
                    # "A senior diplomat who attended … “…,” he said": the last human named or not
                    unnamed_src = describe(subject[1], subject[0], cast)
                    canonical, source_type, affiliation = (unnamed_src.canonical, "anonymous",
                                                           unnamed_src.affiliation)
            if source_type == "institution" and re.fullmatch(r"(?i)the\s+[a-z][\w-]*", speaker):
                antecedent = _last_named_body(out, speaker.split()[-1])
                if antecedent is not None:  # "the ministry": the ministry named before
                    canonical, affiliation = (antecedent.speaker_canonical,
                                              antecedent.affiliation)
            if src.pronoun in ("it", "they", "we"):
                antecedent = _last_body(out, src.pronoun)
                subject = detector.subject_before(source_hit, sp[0], cast)
                if subject is not None and src.pronoun in ("it", "they"):
                    # "Beijing must decide …, but it has said …": the subject of the sentence
                    canonical, source_type, affiliation = (subject.canonical, subject.source_type,
                                                           subject.affiliation)
                elif antecedent is not None:
                    canonical, source_type, affiliation = (antecedent.speaker_canonical,
                                                           antecedent.source_type,
                                                           antecedent.affiliation)
            if hit.speaker is None:
                sp = (None, None)
        else:
            continue
        cue = hit.cue_text or (text[hit.cue[0]:hit.cue[1]] if hit.cue else None)
        quote = Quote(start=hit.start, end=hit.end, text=text[hit.start:hit.end], kind=hit.kind,
                      speaker=speaker, speaker_canonical=canonical, cue=cue,
                      cue_stance=hit.stance if hit.cue else None, source_type=source_type,
                      affiliation=affiliation, rule=hit.rule,
                      speaker_start=sp[0], speaker_end=sp[1],
                      cue_start=hit.cue[0] if hit.cue else None,
                      cue_end=hit.cue[1] if hit.cue else None)
        resolved[id(hit)] = quote
        out.append(quote)
    return out
