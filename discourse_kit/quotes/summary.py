"""Who is quoted how often and how, per article: a table for the notebooks."""
from __future__ import annotations


def _articles(analysis) -> list[dict]:
    """Accept an ArticleAnalysis, its dict, a list of either, or analyze()'s JSON object."""
    if isinstance(analysis, dict) and "articles" in analysis:
        return list(analysis["articles"])
    if isinstance(analysis, (list, tuple)):
        out = []
        for a in analysis:
            out.extend(_articles(a))
        return out
    if hasattr(analysis, "to_dict"):
        return [analysis.to_dict()]
    return [analysis]


def quote_summary(analysis):
    """One row per article and source: how often and how each source is quoted.

    Args:
        analysis: an :class:`~discourse_kit.items.ArticleAnalysis`, its dict, a list
            of them, or the object ``discourse_kit.analyze`` returns.

    Returns:
        A pandas DataFrame with columns ``article``, ``speaker`` (canonical),
        ``source_type``, ``affiliation``, ``quotes``, ``direct``, ``mixed``,
        ``indirect``, ``direct_share`` (direct and mixed over all), ``cues`` (the
        verbs used, most frequent first) and ``stances`` (counts per stance),
        sorted by article then most quoted.
    """
    import pandas as pd  # heavy: only when a table is asked for

    columns = ["article", "speaker", "source_type", "affiliation", "quotes", "direct",
               "mixed", "indirect", "direct_share", "cues", "stances"]
    rows = {}
    for art in _articles(analysis):
        label = art.get("label", "ARTICLE")
        for q in art.get("quotes", []):
            who = q.get("speaker_canonical") or q.get("speaker") or "unknown"
            row = rows.setdefault((label, who), {
                "article": label, "speaker": who, "source_type": q.get("source_type"),
                "affiliation": q.get("affiliation") or "unknown", "quotes": 0, "direct": 0,
                "mixed": 0, "indirect": 0, "cues": {}, "stances": {}})
            row["quotes"] += 1
            kind = q.get("kind") if q.get("kind") in ("direct", "mixed", "indirect") else "indirect"
            row[kind] += 1
            if q.get("cue"):
                row["cues"][q["cue"]] = row["cues"].get(q["cue"], 0) + 1
                stance = q.get("cue_stance") or "unknown"
                row["stances"][stance] = row["stances"].get(stance, 0) + 1
    out = []
    for row in rows.values():
        row["direct_share"] = (row["direct"] + row["mixed"]) / row["quotes"]
        row["cues"] = ", ".join(c for c, _ in sorted(row["cues"].items(), key=lambda x: -x[1]))
        row["stances"] = ", ".join(f"{s} {n}" for s, n in sorted(row["stances"].items()))
        out.append(row)
    frame = pd.DataFrame(out, columns=columns)
    if not frame.empty:
        frame = frame.sort_values(["article", "quotes", "speaker"], ascending=[True, False, True],
                                  kind="stable").reset_index(drop=True)
    return frame
