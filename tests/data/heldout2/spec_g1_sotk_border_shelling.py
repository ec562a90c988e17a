"""Hand annotation of g1_sotk_border_shelling.txt (see README.md).

Each article is a dict of layers; each item is (text, fields) or
(text, fields, ctx): ``ctx`` is a longer string that occurs exactly once in the
article and contains ``text`` (the first occurrence of ``text`` inside it is
meant). Without ``ctx`` the text must occur exactly once in the article.
``opt=True`` in the fields marks the item optional.
"""

def q(kind, speaker, canonical, cue, stance, source, aff, **kw):
    return dict(kind=kind, speaker=speaker, speaker_canonical=canonical, cue=cue,
                cue_stance=stance, source_type=source, affiliation=aff, **kw)

def h(cat, voice, **kw):
    return dict(category=cat, voice=voice, **kw)

def n(value, kind, unit=None, approx=None, **kw):
    return dict(value=value, kind=kind, unit=unit, approximator=approx, **kw)

def l(typ, **kw):
    return dict(type=typ, **kw)

MOD = "Ministry of Defence of the Republic of Azerbaijan"
GASIMOV = "Elnur Gasimov"

ARTICLES = [
  {  # AZERBAIJANI PERSPECTIVE (state media, curly double quotes)
    "quotes": [
      ("Armenian provocation on the border will not go unanswered",
       q("indirect", "Defence Ministry", MOD, "–", "neutral", "institution", "azerbaijan")),
      ("Units of the Armenian armed forces late on Tuesday fired on Azerbaijani positions in the Kalbajar district from the direction of the village of Zod, wounding two servicemen",
       q("indirect", "the Ministry of Defence of the Republic of Azerbaijan", MOD, "said", "neutral", "institution", "azerbaijan")),
      ("the shelling began at 23:40 and lasted for about 40 minutes, and the Azerbaijani side took “adequate retaliatory measures” to suppress the firing points",
       q("mixed", "the ministry", MOD, "according to", "neutral", "institution", "azerbaijan")),
      ("Yerevan “must stop playing with fire” and that “revanchist forces” in Armenia were trying to derail the peace agenda",
       q("mixed", "Presidential foreign policy adviser Elnur Gasimov", GASIMOV, "wrote", "neutral", "person", "azerbaijan")),
      ("“Every time the peace treaty comes close to being signed, someone in Yerevan decides to shoot. This is certainly not a coincidence,”",
       q("direct", "Gasimov", GASIMOV, "told", "neutral", "person", "azerbaijan")),
      ("“Baku has shown maximum restraint, but our patience is not unlimited.",
       q("direct", "Gasimov", GASIMOV, "told", "neutral", "person", "azerbaijan")),
      ("“Azerbaijan will defend every centimetre of its territory.”",
       q("direct", "Gasimov", GASIMOV, None, "neutral", "person", "azerbaijan")),
      ("the Armenian units had probably acted on orders from above, since fire at such a range “cannot happen by accident.”",
       q("mixed", "Military expert Ramil Huseynov", "Ramil Huseynov", "was quoted as saying", "neutral", "person", "azerbaijan")),
      ("the Armenian side had moved some 300 servicemen and at least a dozen armoured vehicles to the border over the past two weeks",
       q("indirect", "The ministry", MOD, "said", "neutral", "institution", "azerbaijan")),
      ("The families of the wounded servicemen will receive a one-off payment of 10,000 manat (about $5,900)",
       q("indirect", "the ministry", MOD, "added", "neutral", "institution", "azerbaijan")),
      ("more than 4,200 former internally displaced persons have returned to Shusha, Khankendi and Kalbajar since the end of the 44-day Patriotic War in 2020",
       q("indirect", "official data", "official data", "according to", "neutral", "document", "azerbaijan")),
      ("the incident came just days after revanchist circles in the Armenian diaspora held a congress in Paris, which the Foreign Ministry called a “gathering of separatists.”",
       q("mixed", "Observers in Baku", "Observers in Baku", "note", "neutral", "anonymous", "azerbaijan")),
      # "X called Y a 'Z'": debatable, as in held-out set 1
      ("a “gathering of separatists.”",
       q("mixed", "the Foreign Ministry", "the Foreign Ministry", "called", "neutral", "institution", "azerbaijan", opt=True)),
      ("it is ready to sign the peace agreement initialled in August",
       q("indirect", "Baku", "Baku", "has repeatedly said", "neutral", "institution", "azerbaijan")),
      ("Armenia first remove its territorial claims from its constitution",
       q("indirect", "Baku", "Baku", "insists", "emphatic", "institution", "azerbaijan")),
    ],
    "hedges": [
      ("about", h("approximator", "reported"), "about 40"),
      ("certainly", h("booster", "quoted")),
      ("probably", h("hedge", "reported")),
      ("some", h("approximator", "reported"), "some 300"),
      ("at least", h("approximator", "reported")),
      ("about", h("approximator", "reported"), "about $5,900"),
      ("more than", h("approximator", "reported")),
    ],
    "numbers": [
      ("two", n(2, "count", "servicemen"), "two servicemen"),
      ("23:40", n(None, "date", opt=True)),
      ("40", n(40, "duration", "minute", "about"), "40 minutes"),
      ("300", n(300, "count", "servicemen", "some")),
      ("a dozen", n(12, "count", "armoured vehicles", "at least")),
      ("two", n(2, "duration", "week"), "two weeks"),
      ("one", n(1, "count", "payment", opt=True), "one-off"),
      ("10,000", n(10000, "money", "AZN")),
      ("$5,900", n(5900, "money", "USD", "about", conversion_of="10,000")),
      ("4,200", n(4200, "count", "persons", "more than")),
      ("44", n(44, "duration", "day")),
      ("2020", n(2020, "date", opt=True)),
      ("days", n(None, "duration", "day", opt=True), "just days"),
      ("first", n(1, "ordinal", opt=True), "Armenia first"),
    ],
    "labels": [
      ("provocation", l("loaded")),
      ("Kalbajar", l("naming"), "Kalbajar district"),
      ("Zod", l("naming")),
      ("“adequate retaliatory measures”", l("scare_quote", opt=True)),
      ("“revanchist forces”", l("scare_quote")),
      ("Shusha", l("naming")),
      ("Khankendi", l("naming")),
      ("Kalbajar", l("naming"), "and Kalbajar"),
      ("Patriotic War", l("naming", opt=True)),
      ("revanchist circles", l("loaded")),
      ("“gathering of separatists.”", l("scare_quote")),
    ],
  },
  {  # WESTERN PERSPECTIVE (wire style, straight ASCII quotes, subheading)
    "quotes": [
      ("soldier killed as Azerbaijani fire hits border village",
       q("indirect", "Armenia", "Armenia", "says", "neutral", "institution", "armenia")),
      ("An Armenian soldier was killed and three civilians were wounded when Azerbaijani forces shelled the village of Sotk in Armenia's Gegharkunik province late on Tuesday",
       q("indirect", "Armenia's defence ministry", "Armenia's defence ministry", "said", "neutral", "institution", "armenia")),
      ("its forces had returned fire after Armenian units opened fire first",
       q("indirect", "Azerbaijan", "Azerbaijan", "said", "neutral", "institution", "azerbaijan")),
      ('"a lie from beginning to end."',
       q("mixed", "Yerevan", "Yerevan", "rejected as", "neutral", "institution", "armenia")),
      ('"They are shooting at houses, at a school, at people who have nothing to do with the army,"',
       q("direct", "Hovik Sargsyan", "Hovik Sargsyan", "told", "neutral", "person", "armenia")),
      ("about 70 families, roughly half of the village, had left overnight and that some homes had been destroyed",
       q("indirect", "He", "Hovik Sargsyan", "said", "neutral", "person", "armenia")),
      ('the attack was "clearly intended" to pressure Armenia into concessions before a peace treaty is signed',
       q("mixed", "Armenian Foreign Minister Arsen Melikyan", "Arsen Melikyan", "told", "neutral", "person", "armenia")),
      ('"We will not negotiate under fire,"',
       q("direct", "he", "Arsen Melikyan", "said", "neutral", "person", "armenia")),
      ('Yerevan could not rule out further attacks "in the coming days."',
       q("mixed", "A senior Armenian official", "A senior Armenian official", "said", "neutral", "anonymous", "armenia")),
      # a demand rather than a claim: debatable
      ("Armenia change its constitution, which refers to a 1989 declaration on the unification of Nagorno-Karabakh with Armenia, before the treaty can be signed",
       q("indirect", "Baku", "Baku", "has demanded", "emphatic", "institution", "azerbaijan", opt=True)),
      ("Baku may be using the border to extract concessions on a transit route through Armenia's southern Syunik province",
       q("indirect", "Western diplomats", "Western diplomats", "say", "neutral", "anonymous", "unknown")),
      ('the "Zangezur corridor"',
       q("mixed", "Azerbaijan", "Azerbaijan", "calls", "neutral", "institution", "azerbaijan", opt=True)),
      ("it had recorded 27 ceasefire violations along the border since January, roughly two-thirds of them in Gegharkunik",
       q("indirect", "The Caucasus Conflict Watch", "The Caucasus Conflict Watch", "said", "neutral", "institution", "unknown")),
      ('it was "seriously concerned" by the escalation',
       q("mixed", "An EU civilian mission", "An EU civilian mission", "said", "neutral", "institution", "international")),
      ('"Baku is using force as a negotiating tool, and so far it has worked,"',
       q("direct", "Lusine Hakobyan", "Lusine Hakobyan", "said", "neutral", "person", "armenia")),
    ],
    "hedges": [
      ("about", h("approximator", "reported"), "about 70"),
      ("roughly", h("approximator", "reported"), "roughly half"),
      ("clearly", h("booster", "quoted")),
      ("more than", h("approximator", "author")),
      ("may", h("hedge", "reported"), "may be using"),
      ("reportedly", h("hedge", "author")),
      ("roughly", h("approximator", "reported"), "roughly two-thirds"),
      ("about", h("approximator", "author"), "about 200"),
      ("seriously", h("booster", "quoted", opt=True)),
    ],
    "numbers": [
      ("three", n(3, "count", "civilians"), "three civilians"),
      ("first", n(1, "ordinal", opt=True), "fire first"),
      ("three", n(3, "duration", "hour"), "three-hour"),
      ("70", n(70, "count", "families", "about")),
      ("half", n(0.5, "fraction", "village", "roughly")),
      ("two", n(2, "count", "countries"), "The two countries"),
      ("1989", n(1989, "date", opt=True)),
      ("2023", n(2023, "date", opt=True)),
      ("100,000", n(100000, "count", "Armenians", "more than")),
      ("120,000", n(120000, "count", "Armenians")),
      ("27", n(27, "count", "ceasefire violations")),
      ("two-thirds", n(2 / 3, "fraction", "ceasefire violations", "roughly")),
      ("200", n(200, "measure", "km", "about")),
      ("1,000", n(1000, "measure", "km")),
    ],
    "labels": [
      ("Sotk", l("naming"), "village of Sotk"),
      ("Sotk", l("naming"), "Sotk's mayor"),
      ('"clearly intended"', l("scare_quote", opt=True)),
      ('"in the coming days."', l("scare_quote", opt=True)),
      ("Nagorno-Karabakh", l("naming", opt=True), "unification of Nagorno-Karabakh"),
      ("Nagorno-Karabakh", l("naming", opt=True), "retook Nagorno-Karabakh"),
      ("Syunik", l("naming")),
      ('"Zangezur corridor"', l("scare_quote")),
      ('"seriously concerned"', l("scare_quote", opt=True)),
    ],
  },
]
