"""Convert between Python offsets (code points) and JavaScript's (UTF-16 code units).

The browser counts a character outside the Basic Multilingual Plane (an emoji,
𝔸) as two units, Python as one. The widget speaks UTF-16 to the browser and
code points everywhere else, converting here and nowhere else.
"""
from __future__ import annotations

from bisect import bisect_right


class OffsetMap:
    """Offsets of one text in both units.

    Args:
        text: the document text.
    """

    def __init__(self, text: str):
        self.text = text
        # code-point positions of astral characters: each adds one UTF-16 unit after it
        self._astral = [i for i, ch in enumerate(text) if ord(ch) > 0xFFFF]
        self._astral16 = [i + n for n, i in enumerate(self._astral)]

    def to_utf16(self, offset: int) -> int:
        """The UTF-16 offset of code-point ``offset``."""
        return offset + bisect_right(self._astral, offset - 1)

    def from_utf16(self, offset16: int) -> int:
        """The code-point offset of UTF-16 ``offset16``.

        An offset that falls between the two halves of a surrogate pair is
        moved to the start of that character.
        """
        n = bisect_right(self._astral16, offset16 - 1)
        if n and self._astral16[n - 1] == offset16 - 1:
            # inside a pair: snap back to the character's start
            return self._astral[n - 1]
        return offset16 - n
