"""Shorthands the held-out specs (both sets) use to write an item's scheme fields."""


def q(kind, speaker, canonical, cue, stance, source, aff, **kw):
    return dict(kind=kind, speaker=speaker, speaker_canonical=canonical, cue=cue,
                cue_stance=stance, source_type=source, affiliation=aff, **kw)


def h(cat, voice, **kw):
    return dict(category=cat, voice=voice, **kw)


def n(value, kind, unit=None, approx=None, **kw):
    return dict(value=value, kind=kind, unit=unit, approximator=approx, **kw)


def l(typ, **kw):  # noqa: E743 - l for label, as in the specs
    return dict(type=typ, **kw)
