"""Hand annotation of g2_cuyuni_mining_camp.txt (see README.md).

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

CAST = "Aníbal Castellanos"
RAMDIN = "Hugh Ramdin"

ARTICLES = [
  {  # VENEZUELAN PERSPECTIVE (op-ed-ish regional outlet, curly double quotes, subheading)
    "quotes": [
      # "in what X has described as a 'Y'": debatable
      ("a “kidnapping” on territory that Venezuela has claimed for more than a century",
       q("mixed", "Caracas", "Caracas", "has rightly described as", "neutral", "institution", "venezuela", opt=True)),
      ("the miners had been “beaten and humiliated”",
       q("mixed", "Foreign Minister Aníbal Castellanos", CAST, "said", "neutral", "person", "venezuela")),
      ("“What happened on the Cuyuni is not a police operation. It is an act of aggression against our people, ordered from Georgetown and applauded in Houston,”",
       q("direct", "Castellanos", CAST, "wrote", "neutral", "person", "venezuela")),
      ("“They want the oil, they want the gold, and they want us to stay quiet,”",
       q("direct", "he", CAST, "added", "neutral", "person", "venezuela")),
      ("“That will not happen.",
       q("direct", "he", CAST, "added", "neutral", "person", "venezuela")),
      ("“Guayana Esequiba is Venezuelan, and it will always be Venezuelan.”",
       q("direct", "he", CAST, None, "neutral", "person", "venezuela")),
      ("the government was preparing a formal complaint to the United Nations",
       q("indirect", "Deputy Marisela Urdaneta", "Marisela Urdaneta", "said", "neutral", "person", "venezuela")),
      ("the camp employed around 40 people, most of them from Bolívar state, and had been operating on the west bank of the river for nearly six years",
       q("indirect", "relatives of the detained", "relatives of the detained", "according to", "neutral", "anonymous", "venezuela")),
      ("the 1966 Geneva Agreement, which calls for a negotiated settlement, is the only valid framework",
       q("indirect", "Caracas", "Caracas", "insists", "emphatic", "institution", "venezuela")),
      ("it is ready to meet",
       q("indirect", "Caracas", "Caracas", "has said", "neutral", "institution", "venezuela")),
    ],
    "hedges": [
      ("really", h("booster", "author", opt=True)),
      ("rightly", h("booster", "author", opt=True)),
      ("more than", h("approximator", "author")),
      ("clear", h("booster", "author", opt=True), "a clear reference"),
      ("always", h("booster", "quoted")),
      ("around", h("approximator", "reported")),
      ("nearly", h("approximator", "reported")),
      ("Thousands of", h("approximator", "author", opt=True)),
      ("never", h("booster", "author")),
      ("roughly", h("approximator", "author")),
      ("estimated", h("hedge", "author")),
      ("apparently", h("hedge", "author")),
      ("Perhaps", h("hedge", "author")),
    ],
    "numbers": [
      ("14", n(14, "count", "citizens")),
      ("two", n(2, "count", "teenagers")),
      ("a century", n(1, "duration", "century", "more than", opt=True)),
      ("40", n(40, "count", "people", "around")),
      ("six", n(6, "duration", "year", "nearly")),
      ("Thousands", n(None, "count", "families")),
      ("1899", n(1899, "date", opt=True)),
      ("159,500", n(159500, "measure", "square kilometres", "roughly")),
      ("61,600", n(61600, "measure", "square miles", conversion_of="159,500")),
      ("1966", n(1966, "date", opt=True)),
      ("43.6%", n(43.6, "percent")),
      ("decades", n(None, "duration", "decade", opt=True)),
    ],
    "labels": [
      ("“kidnapping”", l("scare_quote"), "The “kidnapping”"),
      ("“kidnapping”", l("scare_quote"), "as a “kidnapping”"),
      ("stormed", l("loaded", opt=True)),
      ("“beaten and humiliated”", l("scare_quote", opt=True)),
      ("act of aggression", l("loaded")),
      ("Guayana Esequiba", l("naming")),
      ("Essequibo", l("naming", opt=True)),
      ("colonial fraud", l("loaded")),
    ],
  },
  {  # GUYANESE PERSPECTIVE (British broadsheet, single curly quotes, Mr, subheading)
    "quotes": [
      ("Venezuela is ‘testing our resolve’",
       q("mixed", "Guyana’s foreign minister", RAMDIN, "says", "neutral", "person", "guyana")),
      ("Venezuela of sending armed gangs across the Cuyuni river",
       q("indirect", "Guyana", "Guyana", "has accused", "emphatic", "institution", "guyana")),
      ("the soldiers had come under fire as they approached the camp, some 80 miles (129km) upriver from Bartica, at about 6.30am on Saturday",
       q("indirect", "Hugh Ramdin", RAMDIN, "told", "neutral", "person", "guyana")),
      ("‘These were not innocent prospectors,’",
       q("direct", "Mr Ramdin", RAMDIN, "said", "neutral", "person", "guyana")),
      ("‘They were armed with automatic rifles, and they fired first.’",
       q("direct", "Mr Ramdin", RAMDIN, "said", "neutral", "person", "guyana")),
      ("14 people had been detained, at least nine of them Venezuelan nationals, and that police had seized 3kg of mercury, two shotguns and an AK-47 rifle",
       q("indirect", "He", RAMDIN, "said", "neutral", "person", "guyana")),
      ("the detentions a ‘kidnapping’",
       q("mixed", "Caracas", "Caracas", "has called", "neutral", "institution", "venezuela", opt=True)),
      ("the camp lay on Venezuelan soil",
       q("indirect", "Caracas", "Caracas", "claims", "distancing", "institution", "venezuela")),
      ("‘fantasy’",
       q("mixed", "Mr Ramdin", RAMDIN, "dismissed", "emphatic", "person", "guyana", opt=True)),
      ("Venezuelan armed groups, known locally as sindicatos, are believed to control as many as 30 mining sites along the river, and the illegal gold trade may be worth between $150m and $200m a year",
       q("indirect", "a Guyana Defence Force assessment", "Guyana Defence Force assessment", "according to", "neutral", "document", "guyana")),
      ("the miners were ‘humble workers’ and that the army had ‘opened fire on unarmed men’",
       q("mixed", "A Venezuelan diplomat in Georgetown", "A Venezuelan diplomat in Georgetown", "said", "neutral", "anonymous", "venezuela")),
      ("The government has set aside G$2.1bn (about $10m) for new border posts",
       q("indirect", "the finance ministry", "the finance ministry", "said", "neutral", "institution", "guyana")),
      ("Caracas was unlikely to risk open conflict but would keep up the pressure",
       q("indirect", "Dr Annette Fraser", "Annette Fraser", "said", "neutral", "person", "guyana")),
      ("‘It is a war of nerves, and it will certainly go on well beyond the Venezuelan elections in December,’",
       q("direct", "she", "Annette Fraser", "said", "neutral", "person", "guyana")),
    ],
    "hedges": [
      ("some", h("approximator", "reported"), "some 80"),
      ("about", h("approximator", "reported", opt=True), "about 6.30am"),
      ("at least", h("approximator", "reported")),
      ("are believed to", h("hedge", "reported")),
      ("as many as", h("approximator", "reported")),
      ("may", h("hedge", "reported"), "may be worth"),
      ("between", h("approximator", "reported", opt=True)),
      ("roughly", h("approximator", "author")),
      ("about", h("approximator", "reported"), "about $10m"),
      ("Dozens of", h("approximator", "author")),
      ("unlikely", h("hedge", "reported")),
      ("certainly", h("booster", "quoted")),
    ],
    "numbers": [
      ("two", n(2, "count", "soldiers"), "two soldiers"),
      ("80", n(80, "measure", "miles", "some")),
      ("129", n(129, "measure", "km", conversion_of="80")),
      ("6.30am", n(None, "date", opt=True)),
      ("first", n(1, "ordinal", opt=True), "fired first"),
      ("14", n(14, "count", "people")),
      ("nine", n(9, "count", "Venezuelan nationals", "at least")),
      ("3", n(3, "measure", "kg"), "3kg"),
      ("two", n(2, "count", "shotguns"), "two shotguns"),
      ("47", n(None, "count", opt=True)),
      ("1899", n(1899, "date", opt=True)),
      ("30", n(30, "count", "mining sites", "as many as"), "30 mining"),
      ("$150m and $200m", n(150e6, "money", "USD", value_max=200e6)),
      ("a fifth", n(0.2, "fraction", "export earnings", "roughly")),
      ("G$2.1bn", n(2.1e9, "money", "GYD")),
      ("$10m", n(10e6, "money", "USD", "about", conversion_of="G$2.1bn")),
      ("three", n(3, "count", "patrol boats")),
      ("Dozens", n(None, "count", "camps")),
    ],
    "labels": [
      ("‘testing our resolve’", l("scare_quote", opt=True)),
      ("armed gangs", l("loaded", opt=True)),
      ("Essequibo", l("naming")),
      ("‘kidnapping’", l("scare_quote")),
      ("‘fantasy’", l("scare_quote")),
      ("‘humble workers’", l("scare_quote")),
    ],
  },
]
