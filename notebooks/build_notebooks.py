"""Write the course notebooks 00-05 and 07 (06, the annotation lab, is built separately).

The committed .ipynb files are what students open; this script is how they are
made, so that seven notebooks keep one structure: goals, time and prerequisites;
a `parameters` cell naming SOURCE; a checked overview; the lens itself; "your
turn" cells that run as shipped; "check your understanding"; the next notebook.

    .venv/bin/python notebooks/build_notebooks.py          # write the notebooks
    .venv/bin/python -m discourse_kit.notebook_tools refresh notebooks/0[0-5]*.ipynb notebooks/07*.ipynb

The second command stores the outputs of the `# NBVAL_CHECK_OUTPUT` cells.
"""
from __future__ import annotations

import sys
from pathlib import Path

import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

HERE = Path(__file__).resolve().parent

PARAMS = '''# Parameters: which file to study (relative to this notebook) and which two articles to compare.
# To study your own articles, put your file's path here and run all cells (Run > Run All Cells).
SOURCE = "../seeds/000_1272ebf6c73cbd1c.txt"
LEFT, RIGHT = 0, 1  # 0 = the first article in the file, 1 = the second, ...'''

SETUP = '''import pandas as pd
from discourse_kit.course import load_pair, overview
{imports}
pd.set_option("display.max_colwidth", 150)   # show whole sentences in tables
pair = load_pair(SOURCE, LEFT, RIGHT)   # reads the file and runs every detector
doc, analysis = pair.document, pair.analysis
A, B = pair.labels                       # the two articles' perspective lines
print(pair.note())'''

CHECK = '''# NBVAL_CHECK_OUTPUT
# (the line above is a note for the course's automatic tests; you can ignore it)
# The articles in the file: label, length in words, headline.
print(overview(pair))'''


def md(text: str):
    return new_markdown_cell(text.strip("\n"))


def code(text: str, tags=()):
    cell = new_code_cell(text.strip("\n"))
    if tags:
        cell.metadata["tags"] = list(tags)
    return cell


def head(number: str, title: str, goals: list[str], minutes: int, prereq: str):
    goal_lines = "\n".join(f"* {g}" for g in goals)
    return [md(f"""
# {number} · {title}

**Goals.** By the end of this notebook you can
{goal_lines}

**Time needed:** about {minutes} minutes. **Before this:** {prereq}

Run the cells one by one from the top with **Shift + Enter**.
""")]


def opening(imports: str):
    return [
        code(PARAMS, tags=["parameters"]),
        code(SETUP.format(imports=imports)),
        code(CHECK),
    ]


def tail(questions: list[str], next_text: str):
    q = "\n".join(f"{n}. {x}" for n, x in enumerate(questions, 1))
    return [md(f"""
## Check your understanding

{q}

---
**Next:** {next_text}
""")]


def nb00():
    cells = head("00", "Start here", [
        "run a cell and change a value in it;",
        "say what this kit does with two news articles;",
        "read two articles on the same events side by side and compare how hard they are to read;",
        "find the coding scheme that defines everything the kit marks."], 15,
        "nothing. You do not need to know how to program.")
    cells += [md("""
## How this works

A notebook is a page of text and **code cells**. A code cell is the grey box with `[ ]:` on its
left. Click into it and press **Shift + Enter**: the computer runs it and shows the result below.
If something goes wrong, nothing is broken: read the message, fix the cell, run it again.
**Kernel > Restart Kernel and Run All Cells** starts over from a clean slate.

The first code cell below is special: it names the **file** the whole course studies. The file
shipped with the course holds two articles on the Russia-Ukraine war, one from each side (each
article starts with a *perspective* line); the table under it lists the articles of whatever file
is named there. Later you can put the name of your own file there and every notebook will work on
your articles instead.
""")]
    cells += opening("from discourse_kit import side_by_side, tables, plots")
    cells += [md("""
## The four lenses

Two articles can report the same day of the same war and still leave readers with different
pictures. This course looks at four ways that happens, one per notebook:

| notebook | lens | the question |
|---|---|---|
| 02 | **quote sourcing** | who is allowed to speak, and how are their words introduced? |
| 03 | **hedging and boosting** | how sure does the article sound, and whose certainty is it? |
| 04 | **numeric framing** | what is counted, how precisely, and who gives the figure? |
| 05 | **naming and labels** | what are places, people and events called? |

Notebook 01 teaches two tools for reading words closely; 06 lets you annotate by hand; 07 puts it
all together. Every mark the kit makes follows one **coding scheme**, the file
[`CODING_SCHEME.md`](../CODING_SCHEME.md) next to this folder (open it from the file browser on the left).
The detectors are rules and word lists, not a black box: every mark says which rule made it.

## The two articles side by side

Read both articles now, before any counting. Note one thing that strikes you about each.
""")]
    cells += [code('side_by_side(doc, analysis, LEFT, RIGHT, layers=())')]
    cells += [md("""
## How hard is each article to read?

Readability formulas combine sentence length and word length into a single score. They do not
measure truth or bias, only effort. The table lists whatever scores the kit computes for each
article; the plot puts them next to each other. Mind each measure's scale: for *reading ease*
scores a higher value means easier, for *grade* scores a higher value means more years of
schooling needed.
""")]
    cells += [code('tables.readability_table(analysis)'),
              code('plots.plot_readability(analysis, LEFT, RIGHT)'),
              md("""
## Your turn

Run the cell below. Then change `N` to another number and run it again: it shows the first `N`
sentences of each article. Which article gets to its main point faster?
"""),
              code('''N = 2  # change me
for article in (doc.articles[LEFT], doc.articles[RIGHT]):
    print(article.label)
    for start, end in article.sentences[:N]:
        print("  -", doc.text[start:end])
    print()'''),
              md("""
Now look at the sizes: how many words does each article have? (The table counts what each
detector found; you will meet every column in the next notebooks.)
"""),
              code('tables.articles_table(analysis)')]
    cells += tail([
        "What does pressing Shift + Enter do? What would you do if a cell shows a red error?",
        "Which file is the course studying right now, and where would you change it?",
        "Name the four lenses. Which one do you expect to show the biggest difference between these two articles, and why?",
        "A readability score says one article is harder to read. Does that make it less trustworthy? Explain.",
    ], "[01 · Reading closely](01_reading_closely.ipynb): words in context, and the words each side prefers.")
    return cells


def nb01():
    cells = head("01", "Reading closely: words in context and key words", [
        "read every use of a word in both articles at once with a concordance (KWIC), sorted by what comes before or after it;",
        "find the words one article uses markedly more than the other (keyness) and say how sure and how big each difference is;",
        "list the words each side uses that the other never does."], 30, "[00 · Start here](00_start_here.ipynb).")
    cells += opening("from discourse_kit import kwic, kwic_html, article_keyness, tables, plots\nfrom discourse_kit.keyness import only_in")
    cells += [md("""
## Keyword in context (KWIC)

A **concordance** lists every occurrence of a word with the text just before (*left context*) and
just after (*right context*), one per line, so you read all uses at once. Sorting by the right
context groups what follows the word (*said that*, *said on*); sorting by the left groups what
comes before it (*officials said*, *Putin said*). Each line keeps its character offsets into the file
(hover a line to see them), so you can always find it in the text.
"""),
              code('''WORD = "said"   # a word or phrase; '*' matches any letters, e.g. "troop*"
lines = kwic(doc, WORD, width=45, sort="right", articles=[LEFT, RIGHT])
kwic_html(lines, caption=f"'{WORD}' in both articles, sorted by the right context ({len(lines)} lines)")'''),
              code('''kwic_html(kwic(doc, WORD, width=45, sort="left", articles=[LEFT, RIGHT]),
          caption=f"'{WORD}' sorted by the left context: who says it?")'''),
              md("""
## Keyness: which words set the articles apart?

Count every word in each article. A word is **key** for an article when that article uses it
markedly more often than the other, relative to their lengths. Two numbers describe each word:

* **Log-likelihood (LL, Rayson)**: how sure we can be that the difference is not chance. LL ≥ 3.84
  means p < 0.05 (`*`), ≥ 6.63 p < 0.01 (`**`), ≥ 10.83 p < 0.001 (`***`), ≥ 15.13 p < 0.0001
  (`****`). Higher = more certain.
* **Log ratio (Hardie)**: how big the difference is. +1 means twice as frequent in the first
  article, +2 four times, −1 twice as frequent in the second; 0 means equal.

With two short articles few words reach significance, and a word can be key simply because one
article is about a different event. Keyness tells you *where to look*, not what it means.
"""),
              code('''key = article_keyness(doc, LEFT, RIGHT, min_freq=2)
print(f"{(key['log_likelihood'] >= 3.84).sum()} of {len(key)} words differ at p < 0.05")
key.head(15)'''),
              code('plots.plot_keyness(key, top=10, label_a=A, label_b=B)'),
              md("""
## Words only one side uses

Words an article uses at least twice and the other article never uses at all.
"""),
              code('''only = only_in(doc, LEFT, RIGHT, min_freq=2)
only.groupby("article")["word"].apply(lambda words: ", ".join(words[:25]))'''),
              md("""
## Your turn

The cell below picks the strongest key word of the first article (whatever it is for *your* file) and
shows it in context. Run it, then replace `MY_WORD` with any word from the tables above.
"""),
              code('''first_side = key[key["key_for"] == A]
MY_WORD = first_side.iloc[0]["word"] if len(first_side) else "the"   # or e.g. MY_WORD = "troops"
kwic_html(kwic(doc, MY_WORD, sort="left", articles=[LEFT, RIGHT]), caption=f"'{MY_WORD}' in context")''')]
    cells += tail([
        "In a concordance, what is the difference between sorting by the left and by the right context? When would you use each?",
        "A word has LL = 7.2 and log ratio = −2. What does each number tell you, and for which article is it key?",
        "Why can a word be key without telling us anything about bias? Find an example in your table.",
        "Pick one word only one side uses. Is it a name, a topic, or a way of describing something?",
    ], "[02 · Quote sourcing](02_quote_sourcing.ipynb): who gets to speak.")
    return cells


def nb02():
    cells = head("02", "Quote sourcing: who speaks, and how", [
        "count who is quoted in each article, how often, and whether in their own words (direct) or paraphrased (indirect);",
        "read the attribution verbs (*said*, *warned*, *claimed*) and the stance they lend;",
        "compare which kinds of sources (people, institutions, anonymous, documents) and which sides each article relies on;",
        "find every quote highlighted in the text."], 40, "[01 · Reading closely](01_reading_closely.ipynb).")
    cells += opening("from discourse_kit import side_by_side, tables, plots\nfrom discourse_kit.course import quote_findings")
    cells += [md("""
## What counts as a quote

The coding scheme (section 1) marks every claim the text *attributes to a source*: the **content**
(what is said), the **speaker** (as named there), and the **cue** (the verb or phrase that
introduces it). A quote is **direct** (verbatim, in quotation marks), **mixed** (a reported clause
containing a quoted fragment) or **indirect** (reported without quotation marks, including
*according to*). Cues carry a **stance**: neutral (*said*), emphatic (*warned*, *insisted*),
distancing (*claimed*, *alleged*) or factive (*confirmed*, *admitted*).

## The overview
"""),
              code('tables.quotes_summary(analysis)'),
              code('quote_findings(pair)'),
              md("""
## Who is quoted, how often

One row per speaker and article: how many claims the article attributes to them, and how many in
their own words.
"""),
              code('speakers = tables.speakers_table(analysis)\nspeakers'),
              code('plots.plot_speakers(analysis)'),
              md("""
## Which verbs, which stances, which sources, which sides
"""),
              code('tables.breakdown(analysis, "quotes", "cue").head(12)'),
              code('plots.plot_breakdown(analysis, "quotes", "cue_stance", title="Attribution cues by stance")'),
              code('plots.plot_breakdown(analysis, "quotes", "source_type", title="Kinds of source quoted")'),
              code('plots.plot_breakdown(analysis, "quotes", "affiliation", title="Which side the quoted sources speak for")'),
              md("""
## The quotes in the text

Shaded: the content of each quote (blue with a solid bar = direct, yellow with a dashed bar = mixed,
orange italics = indirect). **Bold** = the speaker; SMALL CAPITALS underlined = the cue.
Hover over any span to see what it is, who it is attributed to, and which rule found it.
"""),
              code('side_by_side(doc, analysis, LEFT, RIGHT, layers="quotes")'),
              md("""
## Your turn

The cell below lists every quote of the most quoted speaker of the first article. Change `SPEAKER`
to any name from the speakers table (copy it exactly) and run again.
"""),
              code('''first = speakers[speakers["article"] == A]
SPEAKER = first.iloc[0]["speaker"] if len(first) else None   # or e.g. SPEAKER = "Dmitry Medvedev"
quotes = tables.quotes_table(analysis)
quotes[quotes["speaker"] == SPEAKER][["article", "kind", "cue", "cue_stance", "text"]]'''),
              md("""
**What the detector cannot see.** It finds quotes by their marks and verbs. It cannot tell whether
a paraphrase is fair to what the speaker said, whether a source was chosen because it was the only
one available, or who was asked and refused to comment. Those are questions for you.
""")]
    cells += tail([
        "What is the difference between a direct, a mixed and an indirect quote? Find one of each in the highlighted text.",
        "Why might a journalist write *claimed* rather than *said*? What does the reader take away?",
        "Which article quotes more sources from the other side of the conflict? Use a table above as evidence.",
        "A quote with source type `anonymous` or `document`: what can the reader not check?",
    ], "[03 · Hedging and boosting](03_hedging.ipynb): how sure the articles sound.")
    return cells


def nb03():
    cells = head("03", "Hedging and boosting: how sure do they sound?", [
        "recognise hedges (*may*, *reportedly*), boosters (*clearly*, *never*) and approximators (*about*, *more than*);",
        "compare their rates per 1,000 words between two articles of different length;",
        "separate the author's own voice from the voices the article quotes;",
        "say what a word-list detector cannot know about certainty."], 30, "[02 · Quote sourcing](02_quote_sourcing.ipynb).")
    cells += opening("from discourse_kit import side_by_side, kwic, kwic_html, tables, plots\nfrom discourse_kit.course import hedge_findings")
    cells += [md("""
## Rates, not counts

A longer article has more of everything. To compare, we divide by the length: **per 1,000 words**
(10 hedges in a 500-word article = 20 per 1,000 words). A higher rate means the article qualifies
(hedges), stresses (boosters) or rounds (approximators) more densely.
"""),
              code('tables.rates_wide(analysis, "hedges")'),
              code('plots.plot_rates(analysis, "hedges")'),
              code('hedge_findings(pair)'),
              md("""
## Whose certainty? The author's voice and the quoted voice

A *may* inside a politician's quote is the politician's hedge; a *reportedly* in the article's own
sentence is the journalist's. The scheme records the **voice**: `author`, `reported` (inside an
indirect quote) or `quoted` (inside quotation marks). Rates per 1,000 words:
"""),
              code('tables.hedges_by_voice(analysis)'),
              code('plots.plot_breakdown(analysis, "hedges", "voice", normalise=True, title="Hedges, boosters and approximators by voice")'),
              md("""
## Examples in the text

Dotted vermilion underline = hedge, solid blue underline = booster, dashed green underline =
approximator. Hover for the rule that fired and the voice.
"""),
              code('side_by_side(doc, analysis, LEFT, RIGHT, layers="hedges")'),
              md("""
## What the detector cannot know

The detector matches cue words from a list (see the rule in each hover). It cannot know:

* **Sense**: *may* in *May 2024*, *over* in *over the border*; the rules try to skip these, and sometimes fail.
* **Scope**: which claim a hedge weakens, or whether a negation (*not likely*) flips it.
* **Tone and irony**: *of course* can be sarcastic.
* **What is left out**: an article can sound certain simply by never mentioning doubt, and the
  absence of hedges is not counted anywhere.
* **Whether the certainty is justified**: a booster on a well-documented fact is not spin.

Before you conclude anything, read the sentences. The cell below shows every use of a cue.
"""),
              md("""
## Your turn

Change `CUE` to another hedge or booster (*could*, *never*, *reportedly*, *about*) and run it. Is each
use really a hedge in the scheme's sense?
"""),
              code('''CUE = "could"
kwic_html(kwic(doc, CUE, sort="right", articles=[LEFT, RIGHT]), caption=f"'{CUE}' in context")''')]
    cells += tail([
        "Why compare rates per 1,000 words instead of raw counts?",
        "An article has many hedges, all in the quoted voice. What does that say about the author? About the sources?",
        "Find one detection in the highlighted text that you think is wrong, and say which rule fired.",
        "Can an article be one-sided while sounding uncertain? Give an example of how.",
    ], "[04 · Numeric framing](04_numeric_framing.ipynb): how the articles count.")
    return cells


def nb04():
    cells = head("04", "Numeric framing: who counts what, and how", [
        "list every number in both articles with its approximator, unit, source and any conversion;",
        "see which side counts what, and whose voice gives each figure;",
        "pick out casualty and aid figures and compare how precisely they are given."], 30,
        "[03 · Hedging and boosting](03_hedging.ipynb).")
    cells += opening("from discourse_kit import side_by_side, tables, plots\nfrom discourse_kit.course import number_findings")
    cells += [md("""
## Every number

The scheme (section 3) marks each numeric expression: its `value` (empty when vague, like *tens of
thousands*), its `kind` (count, measure, money, duration, ...), the `unit` counted, the
`approximator` before it (*more than*, *about*), and `conversion_of` when it restates another
number in brackets (*110 square km (42 square miles)*). `source` says who gives the figure: the
speaker of the quote it stands in, or `(author)`.
"""),
              code('numbers = tables.numbers_table(analysis)\ntables.blank_missing(numbers[["article", "text", "value", "kind", "unit", "approximator", "conversion_of", "source"]])'),
              code('number_findings(pair)'),
              code('plots.plot_numbers(analysis)'),
              md("""
## Casualties and aid

The next two tables keep the numbers whose **sentence** mentions casualty words (*killed*,
*injured*, *dead*, ...) or aid words (*aid*, *billion*, *weapons*, ...). This is a word filter, not
understanding: read the sentence before you call a figure a casualty count.
"""),
              code('tables.blank_missing(tables.numbers_in_context(doc, analysis, tables.CASUALTY_WORDS))'),
              code('tables.blank_missing(tables.numbers_in_context(doc, analysis, tables.AID_WORDS))'),
              md("""
## Conversions and approximations
"""),
              code('''print("restated in other units:", numbers["conversion_of"].notna().sum())
print("with an approximator:", numbers["approximator"].notna().sum(), "of", len(numbers))
tables.blank_missing(numbers[numbers["approximator"].notna() | numbers["conversion_of"].notna()][["article", "approximator", "text", "unit", "conversion_of"]])'''),
              md("""
## The numbers in the text

Each number has a purple box; approximators are underlined with green dashes. Hover for value, kind and unit.
"""),
              code('side_by_side(doc, analysis, LEFT, RIGHT, layers=("numbers", "hedges"))'),
              md("""
## Your turn

Change `KIND` to another kind (`count`, `measure`, `money`, `duration`, `percent`, `date`) and run.
Which article gives more numbers of that kind, and are they in the author's voice or a source's?
"""),
              code('''KIND = "count"
tables.blank_missing(numbers[numbers["kind"] == KIND][["article", "approximator", "text", "unit", "source"]])''')]
    cells += tail([
        "What is the difference between *1,368 square km* and *more than 1,368 square km*? Why might a writer add *more than*?",
        "Which article gives more figures in its own voice, and which mostly inside quotes? Use the plot as evidence.",
        "Why does a vague number (*tens of thousands*) have no value? What effect does a vague number have on a reader?",
        "Find a casualty figure. Who gives it, and could the reader check it?",
    ], "[05 · Naming and labels](05_naming_and_labels.ipynb): what things are called.")
    return cells


def nb05():
    cells = head("05", "Naming and labels: what things are called", [
        "find contested names (Kiev / Kyiv) and which form each article uses;",
        "recognise scare quotes (‘peacekeepers’) and loaded labels;",
        "compare how each side names the same event (invasion, incursion, special military operation)."], 30,
        "[04 · Numeric framing](04_numeric_framing.ipynb).")
    cells += opening("from discourse_kit import side_by_side, kwic, kwic_html, tables, plots\nfrom discourse_kit.course import label_findings")
    cells += [md("""
## Labels in the scheme

Section 4 of the scheme marks three kinds of label: a **scare quote** (a short phrase in quotation
marks to mark it as someone else's word or as questionable), a **contested name** (a name the other
side writes differently) and a **loaded label** (an evaluative word for an actor or event).
"""),
              code('tables.labels_table(analysis)[["article", "type", "text", "rule"]]'),
              code('plots.plot_breakdown(analysis, "labels", "type", title="Labels by type")'),
              code('label_findings(pair)'),
              md("""
## Which form does each side use?

The kit keeps a list of contested names (`discourse_kit/labels/contested_names.tsv`, the same
list the labels detector reads) and of framing words (`discourse_kit/framing_choices.csv`):
forms of the same place, person or event. The table counts
each form in each article, straight from the text. A form only one side uses is **asymmetric naming**.
"""),
              code('names = tables.name_variants(doc, analysis)\nnames'),
              md("""
## The labels in the text

Wavy vermilion underline = scare quote, double blue underline = contested name, wavy purple
overline = loaded label. Hover for the rule.
"""),
              code('side_by_side(doc, analysis, LEFT, RIGHT, layers="labels")'),
              md("""
## Your turn

1. Look at one contested form in context: change `FORM` and run.
2. Add your own pair of forms to `MY_FORMS` (for example two ways of naming a group) and count them.
"""),
              code('''FORM = names.iloc[0]["form"] if len(names) else "war"   # or e.g. FORM = "Kiev"
kwic_html(kwic(doc, FORM, sort="left", articles=[LEFT, RIGHT]), caption=f"'{FORM}' in context")'''),
              code('''MY_FORMS = [("the fighting", "war"), ("the fighting", "conflict"), ("the fighting", "operation")]
tables.name_variants(doc, analysis, MY_FORMS)''')]
    cells += tail([
        "What makes a scare quote such as ‘peacekeepers’ (the scheme's example) different from a quote in notebook 02?",
        "Kiev and Kyiv name the same city. Why does the choice matter to some readers?",
        "Is *invasion* a loaded label or a plain description? Argue both sides.",
        "Which names or framings in your articles would you add to `contested_names.tsv` or `framing_choices.csv`, and why?",
    ], "[06 · Annotation lab](06_annotation_lab.ipynb): mark the articles yourself, then [07 · Synthesis](07_synthesis.ipynb).")
    return cells


def nb07():
    cells = head("07", "Synthesis: an argued comparison", [
        "see all four lenses for two articles in one dashboard;",
        "write a comparison where every claim rests on evidence from a table and an example from the text;",
        "run the whole course on a pair of articles of your own."], 45,
        "notebooks 00-05 (06 helps but is not required).")
    cells += opening("from discourse_kit import side_by_side, tables, plots\n"
                     "from discourse_kit.course import quote_findings, hedge_findings, number_findings, label_findings")
    cells += [md("""
## The dashboard

Every lens, side by side, per 1,000 words (so articles of different length compare fairly).
"""),
              code('plots.plot_dashboard(analysis, LEFT, RIGHT)'),
              code('tables.compare(analysis, LEFT, RIGHT)'),
              md("""
## What the detectors found, lens by lens
"""),
              code('quote_findings(pair)'),
              code('hedge_findings(pair)'),
              code('number_findings(pair)'),
              code('label_findings(pair)'),
              code('side_by_side(doc, analysis, LEFT, RIGHT)'),
              md("""
## A guided, argued comparison

A good comparison has, for each point: a **claim** (what differs), **evidence** (a figure from a
table above, with its unit), an **example** (a sentence from the text), and a **caveat** (what the
detector or the figure cannot show). Work through the four lenses:

1. *Who speaks?* Compare the most quoted speakers, the direct share and the sides of the sources.
2. *How sure?* Compare hedges and boosters per 1,000 words, in the author's voice only.
3. *How counted?* Compare who gives the figures and how precisely.
4. *What called?* Compare the contested forms each side chooses.

Finish with one paragraph: taken together, how would a reader of each article picture the events
differently? Which of your points is the strongest, and which the weakest?

## Your turn: write one point

Fill in the strings below and run the cell; it prints your point with the figure looked up live,
so the evidence is always the one for the file you are studying.
"""),
              code('''MEASURE = "quotes per 1,000 words"   # any row name of the compare table above
CLAIM = "One article gives more room to its sources than the other."
EXAMPLE = "(paste a sentence from the highlighted text here)"
CAVEAT = "(what the numbers cannot show)"

table = tables.compare(analysis, LEFT, RIGHT)
left_value, right_value = table.loc[MEASURE].iloc[0], table.loc[MEASURE].iloc[1]
print("Claim:   ", CLAIM)
print(f"Evidence: {MEASURE}: {A} {left_value}, {B} {right_value}")
print("Example: ", EXAMPLE)
print("Caveat:  ", CAVEAT)'''),
              md("""
## The whole course on your own articles

1. Make a plain text file (UTF-8) in the scheme's format: for each article, a line in capitals
   ending with `PERSPECTIVE` (e.g. `PRO-GOVERNMENT PERSPECTIVE`), then the headline on the next line,
   then one paragraph per line. Two or more articles per file. See "Spans" in `CODING_SCHEME.md`.
2. Put it in the `seeds/` folder (or anywhere) and set `SOURCE` in the first cell of a notebook to
   its path relative to `notebooks/`, e.g. `SOURCE = "../seeds/my_pair.txt"`. With more than two
   articles, set `LEFT` and `RIGHT` to the two you want to compare.
3. **Run > Run All Cells.** Every table, plot and sentence above is recomputed for your file.
4. From a terminal, `discourse-kit analyze ../seeds/my_pair.txt --json` prints everything the
   detectors found, with character offsets, for your own analysis.

The detectors were written for English news. On other text they will miss things and mark
things wrongly: the annotation lab (06) is how you measure by how much.
""")]
    cells += tail([
        "Which lens showed the biggest difference for your pair? Give the figure and its unit.",
        "Pick one of your claims and say what would make it wrong.",
        "Why does every claim need both a figure and an example from the text?",
        "What would you need to know about how the two articles were chosen before generalising to the two outlets?",
    ], "you have finished the course. Try it on a pair of your own (above), and compare with a classmate.")
    return cells


NOTEBOOKS = {
    "00_start_here.ipynb": nb00,
    "01_reading_closely.ipynb": nb01,
    "02_quote_sourcing.ipynb": nb02,
    "03_hedging.ipynb": nb03,
    "04_numeric_framing.ipynb": nb04,
    "05_naming_and_labels.ipynb": nb05,
    "07_synthesis.ipynb": nb07,
}


def build(name: str):
    nb = new_notebook(cells=NOTEBOOKS[name]())
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3 (ipykernel)", "language": "python"}
    nb.metadata["language_info"] = {"name": "python"}
    for n, cell in enumerate(nb.cells):
        cell["id"] = f"{name[:2]}-{n:02d}"   # stable ids: rebuilding gives a clean diff
    return nb


def main(argv):
    names = argv or list(NOTEBOOKS)
    for name in names:
        nbformat.write(build(name), HERE / name)
        print("wrote", HERE / name)


if __name__ == "__main__":
    main(sys.argv[1:])
