"""Code-point offsets <-> UTF-16 positions of a Qt document (the review window's helper, kept
for the gold column's mouse selection)."""

from __future__ import annotations

import bisect
import re

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


class PositionMap:
    """Code-point offsets of a text <-> UTF-16 positions in the Qt document showing it.

    ``display`` is the text to give Qt (``"\\r\\n"`` already folded to ``"\\n"``, which is what Qt
    would do). Built in O(number of astral characters + CRLFs); lookups are a bisect.
    """

    def __init__(self, text: str):
        self.text = text
        self.display = text.replace("\r\n", "\n") if "\r\n" in text else text
        self._astral = [m.start() for m in _ASTRAL.finditer(text)]
        self._folded = [m.start() for m in re.finditer("\r\n", text)]  # the "\r" that disappears

    def to_qt(self, offset: int) -> int:
        return (offset + bisect.bisect_left(self._astral, offset)
                - bisect.bisect_left(self._folded, offset))

    def from_qt(self, position: int) -> int:
        """The code-point offset of a Qt position (the first one mapping there)."""
        lo, hi = 0, len(self.text)
        while lo < hi:
            mid = (lo + hi) // 2
            if self.to_qt(mid) < position:
                lo = mid + 1
            else:
                hi = mid
        return lo
