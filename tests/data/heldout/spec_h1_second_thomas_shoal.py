"""Hand annotation of h1_second_thomas_shoal.txt (see README.md).

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

LIANG = "Liang Wenhao"

ARTICLES = [
  {  # CHINESE PERSPECTIVE (state-media style, curly double quotes)
    "quotes": [
      ("Manila’s “resupply” stunt at Ren’ai Jiao is a deliberate provocation",
       q("indirect", "Foreign Ministry", "Foreign Ministry", "–", "neutral", "institution", "china")),
      ("The China Coast Guard took “necessary control measures” on Monday against two Philippine vessels that illegally intruded into waters adjacent to Ren’ai Jiao",
       q("mixed", "a coast guard spokesperson", "a coast guard spokesperson", "said", "neutral", "anonymous", "china")),
      ("The so-called resupply mission was in fact an attempt to deliver construction materials to a warship that Manila deliberately grounded at the reef in 1999",
       q("indirect", "the statement", "the statement", "said", "neutral", "document", "china")),
      ("Chinese personnel had acted in a “professional, restrained and lawful” manner",
       q("mixed", "the statement", "the statement", "adding", "neutral", "document", "china")),
      ("the incident “entirely staged,”",
       q("mixed", "Foreign Ministry spokesperson Liang Wenhao", LIANG, "called", "neutral", "person", "china", opt=True)),
      ("the Philippines had broken its promise to tow the vessel away",
       q("indirect", "Foreign Ministry spokesperson Liang Wenhao", LIANG, "told", "neutral", "person", "china")),
      ("“For 25 years, the Philippine side has said the ship would be removed. It has never kept its word,”",
       q("direct", "Liang", LIANG, "said", "neutral", "person", "china")),
      # a claim reported inside a direct quote: debatable
      ("the ship would be removed",
       q("indirect", "the Philippine side", "the Philippine side", "has said", "neutral", "institution", "philippines", opt=True)),
      ("“Instead it is trying to turn a rusty hulk into a permanent outpost.",
       q("direct", "Liang", LIANG, "said", "neutral", "person", "china")),
      ("“China will not allow this. Our sovereignty over Nansha Qundao and the adjacent waters is indisputable.”",
       q("direct", "Liang", LIANG, None, "neutral", "person", "china")),
      ("the United States, which rotates some 2,000 troops through bases in the Philippines, was stirring up trouble and should stop using Manila as a “pawn.”",
       q("mixed", "Liang", LIANG, "added", "neutral", "person", "china")),
      ("the Philippine boats may have been carrying weapons as well as steel and cement",
       q("indirect", "Chen Jiayi", "Chen Jiayi", "was quoted as saying", "neutral", "person", "china")),
      ("“This is clearly a test orchestrated from Washington,”",
       q("direct", "Chen", "Chen Jiayi", "said", "neutral", "person", "china")),
      ("the Philippine vessels ignored more than 30 radio warnings over a period of about three hours before they were intercepted roughly 11 nautical miles (20 km) from the reef at 6:40 am",
       q("indirect", "the coast guard", "the China Coast Guard", "according to", "neutral", "institution", "china")),
      ("The water cannon, a spokesperson said, was used only after one of the boats deliberately rammed a Chinese ship",
       q("indirect", "a spokesperson", "a spokesperson", "said", "neutral", "anonymous", "china")),
      ("Manila could pay a heavy price if it continued to “play with fire.”",
       q("mixed", "Observers", "Observers", "warned", "emphatic", "anonymous", "china")),
      ("it prefers dialogue",
       q("indirect", "it", "Beijing", "has repeatedly said", "neutral", "institution", "china")),
    ],
    "hedges": [
      ("in fact", h("booster", "reported")),
      ("entirely", h("booster", "quoted")),
      ("never", h("booster", "quoted")),
      ("indisputable", h("booster", "quoted", opt=True)),
      ("some", h("approximator", "reported"), "some 2,000"),
      ("may", h("hedge", "reported"), "may have been"),
      ("clearly", h("booster", "quoted")),
      ("more than", h("approximator", "reported")),
      ("about", h("approximator", "reported"), "about three"),
      ("roughly", h("approximator", "reported")),
      ("could", h("hedge", "reported"), "could pay"),
    ],
    "numbers": [
      ("two", n(2, "count", "vessels"), "two Philippine vessels"),
      ("1999", n(1999, "date", opt=True)),
      ("25", n(25, "duration", "year")),
      ("2,000", n(2000, "count", "troops", "some")),
      ("two", n(2, "duration", "decade"), "two decades"),
      ("30", n(30, "count", "radio warnings", "more than"), "30 radio"),
      ("three", n(3, "duration", "hour", "about"), "three hours"),
      ("11", n(11, "measure", "nautical miles", "roughly")),
      ("20", n(20, "measure", "km", conversion_of="11"), "(20 km)"),
      ("6:40 am", n(None, "date", opt=True)),
      ("one", n(None, "count", opt=True), "one of the boats"),
    ],
    "labels": [
      ("“resupply”", l("scare_quote")),
      ("stunt", l("loaded")),
      ("Ren’ai Jiao", l("naming"), "Ren’ai Jiao is"),
      ("provocation", l("loaded")),
      ("“necessary control measures”", l("scare_quote", opt=True)),
      ("illegally intruded", l("loaded", opt=True)),
      ("Ren’ai Jiao", l("naming"), "Ren’ai Jiao, a coast"),
      ("so-called resupply mission", l("loaded")),
      ("“professional, restrained and lawful”", l("scare_quote", opt=True)),
      ("“entirely staged,”", l("scare_quote", opt=True)),
      ("rusty hulk", l("loaded", opt=True)),
      ("Nansha Qundao", l("naming")),
      ("“pawn.”", l("scare_quote")),
      ("“play with fire.”", l("scare_quote", opt=True)),
    ],
  },
  {  # WESTERN PERSPECTIVE (wire style, straight ASCII quotes)
    "quotes": [
      ("Chinese coast guard ships fired water cannon at two Philippine supply boats near a disputed shoal in the South China Sea on Monday, injuring at least four sailors",
       q("indirect", "the Philippine military", "the Philippine military", "said", "neutral", "institution", "philippines")),
      ("The boats were on a routine mission to resupply a small contingent of marines living aboard the BRP Sierra Madre, a World War Two-era ship grounded on Second Thomas Shoal, known in the Philippines as Ayungin Shoal",
       q("indirect", "Colonel Ramon Dizon", "Ramon Dizon", "said", "neutral", "person", "philippines")),
      ('"They blocked us, they rammed us and then they turned the hoses on our men for nearly 40 minutes,"',
       q("direct", "Dizon", "Ramon Dizon", "told", "neutral", "person", "philippines")),
      ('"This was clearly not an accident."',
       q("direct", "Dizon", "Ramon Dizon", "told", "neutral", "person", "philippines")),
      ("One sailor lost a thumb",
       q("indirect", "a navy medical report", "a navy medical report", "according to", "neutral", "document", "philippines")),
      # "X showed NP" (as the seed's battlefield maps): optional
      ("as many as 14 Chinese vessels around the shoal on Sunday, including what appeared to be maritime militia boats",
       q("indirect", "Satellite images", "Satellite images", "showed", "factive", "document", "unknown", opt=True)),
      ('the Philippine boats had "deliberately provoked" its coast guard and were carrying "illegal construction materials"',
       q("mixed", "China's foreign ministry", "China's foreign ministry", "said", "neutral", "institution", "china")),
      ("a charge", q("indirect", "Manila", "Manila", "denies", "neutral", "institution", "philippines", opt=True),
       "a charge Manila"),
      ("the clash was likely to dominate a regional summit in May",
       q("indirect", "A senior Southeast Asian diplomat", "A senior Southeast Asian diplomat", "said", "neutral", "anonymous", "unknown")),
      ('"Everyone is worried that one of these encounters could get somebody killed,"',
       q("direct", "he", "A senior Southeast Asian diplomat", "said", "neutral", "anonymous", "unknown")),
      ('China\'s "dangerous and escalatory" actions',
       q("mixed", "The United States", "The United States", "condemned", "emphatic", "institution", "usa")),
      ("the money could not be disbursed before next year",
       q("indirect", "officials", "officials", "said", "neutral", "anonymous", "usa")),
      ("its claims had no legal basis",
       q("indirect", "a 2016 arbitral ruling", "arbitral ruling", "ruling", "neutral", "document", "international", opt=True)),
      ("Beijing may be testing how far it can push Manila without triggering the treaty",
       q("indirect", "Analysts", "Analysts", "said", "neutral", "anonymous", "unknown")),
      ('"Undoubtedly the Chinese are probing. This is grey-zone aggression, and the question is whether they stop at water cannon,"',
       q("direct", "Maria Santos", "Maria Santos", "said", "neutral", "person", "philippines")),
    ],
    "hedges": [
      ("at least", h("approximator", "reported")),
      ("nearly", h("approximator", "quoted")),
      ("clearly", h("booster", "quoted")),
      ("about", h("approximator", "author"), "about 200"),
      ("as many as", h("approximator", "reported")),
      ("appeared", h("hedge", "reported")),
      ("likely", h("hedge", "reported")),
      ("could", h("hedge", "quoted"), "could get"),
      ("almost", h("approximator", "author")),
      ("more than", h("approximator", "author")),
      ("is believed to", h("hedge", "author")),
      ("may", h("hedge", "reported"), "may be testing"),
      ("Undoubtedly", h("booster", "quoted")),
    ],
    "numbers": [
      ("two", n(2, "count", "boats"), "two Philippine supply"),
      ("four", n(4, "count", "sailors", "at least")),
      ("Two", n(None, "count", opt=True), "World War Two-era"),
      ("40", n(40, "duration", "minute", "nearly")),
      ("One", n(1, "count", "sailor"), "One sailor"),
      ("second", n(2, "ordinal", opt=True), "a second boat"),
      ("200", n(200, "measure", "km", "about")),
      ("124", n(124, "measure", "miles", conversion_of="200")),
      ("14", n(14, "count", "vessels", "as many as")),
      ("one", n(None, "count", opt=True), "one of these encounters"),
      ("1951", n(1951, "date", opt=True)),
      ("$500 million", n(500e6, "money", "USD")),
      ("$3 trillion", n(3e12, "money", "USD", "more than")),
      ("2016", n(2016, "date", opt=True)),
      ("12,000", n(12000, "measure", "tonne")),
    ],
    "labels": [
      ("South China Sea", l("naming", opt=True), "disputed shoal in the South China Sea"),
      ("Second Thomas Shoal", l("naming")),
      ("Ayungin Shoal", l("naming")),
      ('"deliberately provoked"', l("scare_quote", opt=True)),
      ('"illegal construction materials"', l("scare_quote")),
      ('"dangerous and escalatory"', l("scare_quote", opt=True)),
      ("South China Sea", l("naming", opt=True), "almost all of the South China Sea"),
      ("West Philippine Sea", l("naming")),
      ("aggression", l("loaded")),
    ],
  },
]
