"""pandas tables from the ``analyze()`` dict: who is quoted, how sure, what is counted.

Every function takes the JSON-shaped dict that ``discourse_kit.analyze`` returns
(``{"document": ..., "articles": [...]}``), so the tables work the same on
detector output, a student's annotations or a gold file with word counts.
Empty layers give empty tables with the right columns, never an error.
"""
from __future__ import annotations

import csv
import re
from functools import lru_cache
from pathlib import Path

import pandas as pd

from .items import LAYERS

CATEGORY_FIELD = {"quotes": "kind", "hedges": "category", "numbers": "kind", "labels": "type"}
CATEGORIES = {
    "quotes": ("direct", "mixed", "indirect"),
    "hedges": ("hedge", "booster", "approximator"),
    "numbers": ("count", "measure", "money", "duration", "fraction", "percent", "date", "ordinal"),
    "labels": ("scare_quote", "naming", "loaded"),
}
LABEL_NAMES = {"scare_quote": "scare quotes", "naming": "contested names", "loaded": "loaded labels"}
LAYER_MEASURES = {"quotes": "quotes per 1,000 words",
                  "hedges": "hedges, boosters and approximators per 1,000 words",
                  "numbers": "numbers per 1,000 words", "labels": "labels per 1,000 words"}
QUOTE_COLUMNS = ["article", "speaker", "kind", "cue", "cue_stance", "source_type",
                 "affiliation", "text", "start", "end", "rule"]
NUMBER_COLUMNS = ["article", "text", "value", "value_max", "kind", "unit", "approximator",
                  "conversion_of", "source", "start", "end", "rule"]


def _articles(analysis: dict) -> list[dict]:
    """The article dicts, their labels made unique (``LABEL (2)``) so they can name columns."""
    arts = analysis["articles"] if isinstance(analysis, dict) and "articles" in analysis else list(analysis)
    seen: dict = {}
    out = []
    for a in arts:
        seen[a["label"]] = seen.get(a["label"], 0) + 1
        out.append(a if seen[a["label"]] == 1 else {**a, "label": f"{a['label']} ({seen[a['label']]})"})
    return out


def per_1000(count: float, words: int) -> float:
    """Occurrences per 1,000 words: a higher value means the article uses it more densely."""
    return round(1000.0 * count / words, 2) if words else 0.0


def articles_table(analysis: dict) -> pd.DataFrame:
    """One row per article: headline, word count, and how many items each layer found."""
    rows = []
    for a in _articles(analysis):
        row = {"article": a["label"], "headline": a.get("title", ""), "words": a.get("words", 0)}
        for layer in LAYERS:
            row[layer] = len(a.get(layer, []))
        rows.append(row)
    return pd.DataFrame(rows, columns=["article", "headline", "words", *LAYERS])


def quotes_table(analysis: dict) -> pd.DataFrame:
    """One row per quote with its speaker (the fullest name known), kind, cue and source."""
    rows = []
    for a in _articles(analysis):
        for q in a.get("quotes", []):
            rows.append({"article": a["label"],
                         "speaker": q.get("speaker_canonical") or q.get("speaker") or "(none)",
                         **{k: q.get(k) for k in QUOTE_COLUMNS[2:]}})
    df = pd.DataFrame(rows, columns=QUOTE_COLUMNS)
    df["affiliation"] = df["affiliation"].fillna("unknown")
    return df


def speakers_table(analysis: dict) -> pd.DataFrame:
    """Who is quoted how often in each article, and how.

    Columns: ``quotes`` (how many claims are attributed to the speaker; higher
    means the article leans on that voice more), ``direct``/``mixed``/``indirect``
    counts, ``direct_share`` (0-1; higher means the speaker's own words are
    shown more often than paraphrased), the cues used, source type and side.
    """
    q = quotes_table(analysis)
    cols = ["article", "speaker", "quotes", "direct", "mixed", "indirect", "direct_share",
            "cues", "source_type", "affiliation"]
    if q.empty:
        return pd.DataFrame(columns=cols)
    rows = []
    for (article, speaker), g in q.groupby(["article", "speaker"], sort=False):
        kinds = g["kind"].value_counts()
        rows.append({"article": article, "speaker": speaker, "quotes": len(g),
                     "direct": int(kinds.get("direct", 0)), "mixed": int(kinds.get("mixed", 0)),
                     "indirect": int(kinds.get("indirect", 0)),
                     "direct_share": round(kinds.get("direct", 0) / len(g), 2),
                     "cues": ", ".join(sorted({c for c in g["cue"] if isinstance(c, str) and c})),
                     "source_type": g["source_type"].mode().iat[0] if g["source_type"].notna().any() else None,
                     "affiliation": g["affiliation"].mode().iat[0]})
    df = pd.DataFrame(rows, columns=cols)
    order = {a["label"]: n for n, a in enumerate(_articles(analysis))}
    return (df.assign(_o=df["article"].map(order))
              .sort_values(["_o", "quotes", "speaker"], ascending=[True, False, True])
              .drop(columns="_o").reset_index(drop=True))


def quotes_summary(analysis: dict) -> pd.DataFrame:
    """One row per article: quotes, distinct speakers, direct share, top cue, most quoted.

    ``direct_share`` is the share (0-1) of quotes given verbatim: higher means the
    article lets its sources speak in their own words more often.
    """
    q = quotes_table(analysis)
    rows = []
    for a in _articles(analysis):
        g = q[q["article"] == a["label"]]
        n = len(g)
        cues = g["cue"].dropna().value_counts()
        speakers = g["speaker"].value_counts()
        rows.append({"article": a["label"], "words": a.get("words", 0), "quotes": n,
                     "quotes_per_1000_words": per_1000(n, a.get("words", 0)),
                     "speakers": g["speaker"].nunique(),
                     "direct_share": round((g["kind"] == "direct").sum() / n, 2) if n else 0.0,
                     "most_used_cue": cues.index[0] if len(cues) else None,
                     "most_quoted": speakers.index[0] if len(speakers) else None})
    return pd.DataFrame(rows)


def breakdown(analysis: dict, layer: str, field: str, normalise: bool = False) -> pd.DataFrame:
    """Counts of each value of ``field`` in ``layer``: one row per value, one column per article.

    Args:
        analysis: the ``analyze()`` dict.
        layer: ``"quotes"``, ``"hedges"``, ``"numbers"`` or ``"labels"``.
        field: an item field, e.g. ``"cue_stance"``, ``"source_type"``, ``"affiliation"``, ``"voice"``.
        normalise: give rates per 1,000 words instead of counts (higher = denser).
    """
    arts = _articles(analysis)
    labels = [a["label"] for a in arts]
    counts: dict = {}
    for a in arts:
        for item in a.get(layer, []):
            value = item.get(field)
            value = "(none)" if value is None else str(value)
            counts.setdefault(value, dict.fromkeys(labels, 0))[a["label"]] += 1
    df = pd.DataFrame.from_dict(counts, orient="index", columns=labels).fillna(0)
    if normalise:
        for a in arts:
            df[a["label"]] = [per_1000(v, a.get("words", 0)) for v in df[a["label"]]]
    df.index.name = field
    if not df.empty:
        df = df.loc[df.sum(axis=1).sort_values(ascending=False, kind="stable").index]
    return df


def rates_table(analysis: dict) -> pd.DataFrame:
    """Count and rate per 1,000 words of every category of every layer, per article.

    A long table: ``article, layer, category, count, words, per_1000_words``;
    every category of the scheme appears (with 0), so two articles line up.
    """
    rows = []
    for a in _articles(analysis):
        words = a.get("words", 0)
        for layer in LAYERS:
            field = CATEGORY_FIELD[layer]
            found = [str(i.get(field)) for i in a.get(layer, [])]
            cats = list(CATEGORIES[layer]) + sorted(set(found) - set(CATEGORIES[layer]))
            rows.append({"article": a["label"], "layer": layer, "category": "(all)",
                         "count": len(found), "words": words, "per_1000_words": per_1000(len(found), words)})
            for cat in cats:
                n = found.count(cat)
                rows.append({"article": a["label"], "layer": layer, "category": cat,
                             "count": n, "words": words, "per_1000_words": per_1000(n, words)})
    return pd.DataFrame(rows, columns=["article", "layer", "category", "count", "words", "per_1000_words"])


def rates_wide(analysis: dict, layer: str, value: str = "per_1000_words") -> pd.DataFrame:
    """``rates_table`` for one layer, one row per category and one column per article."""
    r = rates_table(analysis)
    r = r[r["layer"] == layer]
    order = list(dict.fromkeys(r["category"]))
    wide = r.pivot(index="category", columns="article", values=value)
    return wide.loc[order, [a["label"] for a in _articles(analysis)]]


def hedges_by_voice(analysis: dict) -> pd.DataFrame:
    """Hedges, boosters and approximators per 1,000 words by voice (author, reported, quoted).

    Higher means the article (or the people it quotes) qualifies or stresses claims more.
    """
    rows = []
    for a in _articles(analysis):
        for cat in CATEGORIES["hedges"]:
            row = {"article": a["label"], "category": cat}
            for voice in ("author", "reported", "quoted"):
                n = sum(1 for h in a.get("hedges", []) if h.get("category") == cat and h.get("voice") == voice)
                row[voice] = per_1000(n, a.get("words", 0))
            rows.append(row)
    return pd.DataFrame(rows, columns=["article", "category", "author", "reported", "quoted"])


def _source_of(item: dict, quotes: list[dict]) -> str:
    for q in quotes:
        if q["start"] <= item["start"] and item["end"] <= q["end"]:
            return q.get("speaker_canonical") or q.get("speaker") or "(unnamed source)"
    return "(author)"


def blank_missing(df: pd.DataFrame) -> pd.DataFrame:
    """A copy of ``df`` for reading, with missing values shown as blanks instead of NaN/None.

    Numbers stay numbers in the tables the kit returns (so students can compute
    with them); this is only for display.
    """
    return df.astype(object).where(df.notna(), "")


def numbers_table(analysis: dict) -> pd.DataFrame:
    """One row per number: value, kind, unit, approximator, conversion, and who gives it.

    ``source`` is the speaker of the quote the number stands in, or ``(author)``
    when the article states it in its own voice.
    """
    rows = []
    for a in _articles(analysis):
        quotes = a.get("quotes", [])
        for n in a.get("numbers", []):
            rows.append({"article": a["label"], **{k: n.get(k) for k in NUMBER_COLUMNS[1:]},
                         "source": _source_of(n, quotes)})
    return pd.DataFrame(rows, columns=NUMBER_COLUMNS)


def labels_table(analysis: dict) -> pd.DataFrame:
    """One row per label (scare quote, contested name, loaded label) with its rule."""
    rows = [{"article": a["label"], "type": lab.get("type"), "text": lab.get("text"),
             "start": lab.get("start"), "end": lab.get("end"), "rule": lab.get("rule")}
            for a in _articles(analysis) for lab in a.get("labels", [])]
    return pd.DataFrame(rows, columns=["article", "type", "text", "start", "end", "rule"])


@lru_cache(maxsize=1)
def contested_names() -> tuple[tuple[str, str], ...]:
    """(group, form) pairs: the labels layer's contested names, then the framing choices.

    Names come from ``labels/contested_names.tsv`` (grouped by its ``concept``
    column), the one list the labels detector reads too; ordinary framing words
    (``invasion``/``incursion``, ``protesters``/``rioters``) from
    ``framing_choices.csv`` beside this module.
    """
    from .numbers.lexicon import read_tsv

    names = read_tsv(Path(__file__).with_name("labels") / "contested_names.tsv")
    path = Path(__file__).with_name("framing_choices.csv")
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("#")]
    framings = [(r["group"], r["form"]) for r in csv.DictReader(lines)]
    return tuple((r["concept"], r["form"]) for r in names) + tuple(framings)


def name_variants(document, analysis: dict, pairs=None) -> pd.DataFrame:
    """How often each article uses each form of a contested name or framing.

    Args:
        document: the loaded document (the text is searched directly, so this
            works whatever the labels detector found).
        analysis: the ``analyze()`` dict (for the articles' labels and spans).
        pairs: (group, form) pairs; default ``contested_names()``.

    Returns:
        One row per (group, form) used at least once, one count column per article.
    """
    arts = _articles(analysis)
    rows = []
    for group, form in (pairs or contested_names()):
        words = r"\s+".join(re.escape(w) for w in form.split())
        pattern = re.compile(rf"(?<![\w-]){words}(?![\w-])", re.IGNORECASE)
        row = {"group": group, "form": form}
        for a in arts:
            row[a["label"]] = len(pattern.findall(document.text, a["start"], a["end"]))
        rows.append(row)
    df = pd.DataFrame(rows, columns=["group", "form", *[a["label"] for a in arts]])
    counts = df[[a["label"] for a in arts]]
    return df[counts.sum(axis=1) > 0].reset_index(drop=True)


def compare(analysis: dict, left: int = 0, right: int = 1) -> pd.DataFrame:
    """Side-by-side figures of two articles: one row per measure, a column per article.

    Rates are per 1,000 words (higher = denser); shares run from 0 to 1.
    """
    arts = _articles(analysis)
    a, b = arts[left], arts[right]
    q = quotes_table(analysis)

    def measures(art):
        words = art.get("words", 0)
        g = q[q["article"] == art["label"]]
        m = {"words": words}
        for layer in LAYERS:
            m[LAYER_MEASURES[layer]] = per_1000(len(art.get(layer, [])), words)
        m["quoted speakers"] = g["speaker"].nunique()
        m["direct share of quotes"] = round((g["kind"] == "direct").sum() / len(g), 2) if len(g) else 0.0
        for stance in ("emphatic", "distancing"):
            m[f"{stance} cues (share of quotes)"] = (round((g["cue_stance"] == stance).sum() / len(g), 2)
                                                     if len(g) else 0.0)
        for cat in CATEGORIES["hedges"]:
            n = sum(1 for h in art.get("hedges", []) if h.get("category") == cat)
            m[f"hedging: {cat}s per 1,000 words"] = per_1000(n, words)
        m["hedging: hedges in the author's voice per 1,000 words"] = per_1000(
            sum(1 for h in art.get("hedges", []) if h.get("category") == "hedge" and h.get("voice") == "author"),
            words)
        for t in CATEGORIES["labels"]:
            m[f"labels: {LABEL_NAMES[t]} (count)"] = sum(1 for x in art.get("labels", []) if x.get("type") == t)
        for key, val in (art.get("readability") or {}).items():
            if isinstance(val, (int, float)) and key not in ("words", "sentences"):
                m[f"readability: {key.replace('_', ' ')}"] = val
        return m

    ma, mb = measures(a), measures(b)
    rows = [{"measure": k, a["label"]: ma.get(k), b["label"]: mb.get(k)} for k in dict.fromkeys([*ma, *mb])]
    df = pd.DataFrame(rows, dtype=object).set_index("measure")
    if a["label"] == b["label"]:
        df.columns = [f"1: {a['label']}", f"2: {b['label']}"]
    return df


CASUALTY_WORDS = ("killed", "dead", "died", "deaths", "wounded", "injured", "hurt", "casualties",
                  "losses", "captured", "detained", "missing")
AID_WORDS = ("aid", "assistance", "support", "funding", "billion", "million", "loan", "weapons", "package")


def numbers_in_context(document, analysis: dict, words=CASUALTY_WORDS,
                       exclude_kinds=("date", "duration", "ordinal")) -> pd.DataFrame:
    """The numbers whose sentence mentions one of ``words`` (e.g. casualties, aid), with that sentence.

    This is a word filter, not an understanding of the sentence: read the
    ``sentence`` column before you call a number a casualty figure. Dates,
    durations and ordinals (``February 2022``, ``decades``) are left out by
    default: they are not amounts of people or money.
    """
    pattern = re.compile(r"(?<!\w)(" + "|".join(re.escape(w) for w in words) + r")(?!\w)", re.IGNORECASE)
    table = numbers_table(analysis)
    rows = []
    for r in table.itertuples(index=False):
        if r.kind in exclude_kinds:
            continue
        article = document.article_at(r.start)
        sent = next(((s, e) for s, e in (article.sentences if article else []) if s <= r.start < e), None)
        if sent is None:
            continue
        sentence = document.text[sent[0]:sent[1]]
        hits = sorted({m.group(1).lower() for m in pattern.finditer(sentence)})
        if hits:
            rows.append({"article": r.article, "number": r.text, "value": r.value, "unit": r.unit,
                         "approximator": r.approximator, "source": r.source,
                         "matched": ", ".join(hits), "sentence": sentence})
    return pd.DataFrame(rows, columns=["article", "number", "value", "unit", "approximator", "source",
                                       "matched", "sentence"])


def readability_table(analysis: dict) -> pd.DataFrame:
    """The readability layer's scores: one row per measure, one column per article."""
    arts = _articles(analysis)
    data = {a["label"]: {k: v for k, v in (a.get("readability") or {}).items()
                         if isinstance(v, (int, float)) and not isinstance(v, bool)} for a in arts}
    df = pd.DataFrame(data, columns=[a["label"] for a in arts])
    df.index.name = "measure"
    return df
