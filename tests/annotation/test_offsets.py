"""Python code points <-> JavaScript UTF-16 units, with astral characters and curly quotes."""
import pytest

from discourse_kit.annotation.offsets import OffsetMap

TEXT = "“Hi” 😀 said 𝔸nna 😀😀 ok"


def test_round_trip_at_every_offset():
    m = OffsetMap(TEXT)
    for i in range(len(TEXT) + 1):
        j = m.to_utf16(i)
        assert TEXT[:i].encode("utf-16-le").__len__() // 2 == j
        assert m.from_utf16(j) == i


@pytest.mark.parametrize("word", ["said", "𝔸nna", "😀😀", "ok", "“Hi”"])
def test_a_javascript_selection_maps_to_the_python_span(word):
    m = OffsetMap(TEXT)
    s = TEXT.index(word)
    js = TEXT.encode("utf-16-le")
    s16 = len(TEXT[:s].encode("utf-16-le")) // 2
    e16 = s16 + len(word.encode("utf-16-le")) // 2
    assert js[2 * s16:2 * e16].decode("utf-16-le") == word
    assert TEXT[m.from_utf16(s16):m.from_utf16(e16)] == word


def test_offset_inside_a_surrogate_pair_snaps_to_the_character_start():
    m = OffsetMap("a😀b")
    assert m.from_utf16(2) == 1   # between the two halves of 😀
    assert m.from_utf16(3) == 2
