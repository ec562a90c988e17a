"""Say in one sentence why the quotes layer found a quote (the glass box)."""
from __future__ import annotations

_RULES = {
    "direct_attribution": "the words in quotation marks are attributed by {cue}",
    "direct_split": "this quotation continues one attributed by {cue} in the same sentence",
    "floating_quote": "this quotation has no cue of its own, so it goes to the previous speaker",
    "speaker_cue_clause": "the clause after {cue} reports what the speaker said",
    "appositive_speaker": "the clause after {cue} reports what the speaker, described between commas, said",
    "conjoined_cue": "{cue} is joined to an earlier attribution, so it keeps that speaker",
    "participle_cue": "{cue} continues an earlier attribution in the same sentence",
    "clause_speaker_cue": "the clause before the speaker and {cue} is what they said",
    "clause_cue_speaker": "the clause before {cue} and the speaker is what they said",
    "according_to": "{cue} names the source of the clause",
    "as_speaker_said": "the clause after 'As X {cue},' is what the speaker said",
    "claimed_by": "{cue} gives the claim to its source and keeps the writer's distance",
    "quoted_as_saying": "{cue} reports what the speaker said",
    "headline_dash": "a headline ending in a dash and a name quotes that person ({cue})",
    "headline_colon": "a headline starting with a name and a colon quotes that person",
}
_KINDS = {"direct": "A direct quote", "mixed": "A mixed quote (reported, with quoted words)",
          "indirect": "An indirect quote"}
_STANCES = {"neutral": "a neutral cue", "emphatic": "an emphatic cue",
            "distancing": "a distancing cue", "factive": "a factive cue (the writer takes it as true)"}


def _get(quote, name):
    return quote.get(name) if isinstance(quote, dict) else getattr(quote, name, None)


def explain_quote(quote) -> str:
    """One sentence a student can read: what kind of quote, whose, which cue, which rule.

    Args:
        quote: a :class:`~discourse_kit.items.Quote` or its JSON dict.

    Returns:
        For example ``'A direct quote from Medvedev (Dmitry Medvedev; person, russia):
        the words in quotation marks are attributed by "charged", an emphatic cue
        [rule direct_attribution].'``
    """
    kind = _KINDS.get(_get(quote, "kind"), "A quote")
    speaker = _get(quote, "speaker") or "an unnamed source"
    canonical = _get(quote, "speaker_canonical")
    who = speaker if not canonical or canonical == speaker else f"{speaker} ({canonical}"
    details = ", ".join(x for x in (_get(quote, "source_type"), _get(quote, "affiliation")) if x)
    if who.endswith(")") or "(" not in who:
        who = f"{who} ({details})" if details else who
    else:
        who = f"{who}; {details})" if details else f"{who})"
    cue = _get(quote, "cue")
    rule = _get(quote, "rule") or "annotated by hand"
    reason = _RULES.get(rule, "rule {rule}").format(cue=f'"{cue}"' if cue else "no cue", rule=rule)
    stance = _get(quote, "cue_stance")
    stance_text = f", {_STANCES[stance]}" if cue and stance in _STANCES else ""
    return f"{kind} from {who}: {reason}{stance_text} [rule {rule}]."
