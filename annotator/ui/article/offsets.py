"""Code points <-> Qt document positions for one article (no Qt import; pure arithmetic).

The data keeps Python code-point offsets. A ``QTextDocument`` counts UTF-16 units (an astral
character such as an emoji is 2) and turns line breaks into block separators: ``"\\r\\n"`` becomes
ONE separator. So the view never hands the raw text to Qt: :class:`TextMap` builds the display
string itself (``"\\r\\n"`` -> ``"\\n"``; a lone ``"\\r"`` and U+2029 -> ``"\\n"``; Qt's frame
markers U+FDD0/U+FDD1 -> U+FFFD; a byte-order mark, which Qt drops at the start, -> U+2060 (also
invisible); so Qt never sees anything it would rewrite) and records the few
places where positions shift. Conversions are a bisect in that sparse sorted list, both ways.

Never read text back from the widget (``toPlainText`` rewrites U+00A0 and U+2028): the original
text and these maps are the truth.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")
_CRLF = re.compile("\r\n")
# characters Qt's plain-text import would turn into a block break or treat as a frame marker;
# each is replaced by one character of the same length, so positions do not move
_REWRITE = re.compile("[\r\u2029\ufdd0\ufdd1\ufeff]")
_REWRITE_TABLE = str.maketrans({"\r": "\n", "\u2029": "\n", "\ufdd0": "\ufffd", "\ufdd1": "\ufffd",
                                "\ufeff": "\u2060"})


class TextMap:
    """Positions of one text in code points (``cp``) and in Qt document positions (``qt``).

    ``display`` is the string given to ``QPlainTextEdit.setPlainText``.
    """

    __slots__ = ("text", "display", "_pos", "_delta", "_qthr", "_qdelta", "identity", "qt_length")

    def __init__(self, text: str):
        self.text = text
        astral = [m.start() for m in _ASTRAL.finditer(text)]
        crlf = [m.start() for m in _CRLF.finditer(text)]
        display = text.replace("\r\n", "\n") if crlf else text
        if _REWRITE.search(display):
            display = display.translate(_REWRITE_TABLE)
        self.display = display
        # events: (code-point index of the char, +1 astral | -1 dropped "\r" of a CRLF)
        if crlf and astral:
            events = sorted([(a, 1) for a in astral] + [(c, -1) for c in crlf])
        elif astral:
            events = [(a, 1) for a in astral]
        else:
            events = [(c, -1) for c in crlf]
        self.identity = not events
        pos: list[int] = []
        delta: list[int] = [0]  # delta[j] = qt - cp for cp after the first j events
        qthr: list[int] = []
        d = 0
        for p, step in events:
            pos.append(p)
            d += step
            delta.append(d)
            q_after = p + 1 + d  # qt position just after the event's character
            # after a dropped "\r", the threshold is past the "\n" it merged into, so that the qt
            # position of that separator maps back to the "\r" (end of the line), not between \r\n
            qthr.append(q_after + 1 if step < 0 else q_after)
        self._pos = pos
        self._delta = delta
        self._qthr = qthr
        self._qdelta = delta[1:]
        self.qt_length = len(text) + d

    def __len__(self) -> int:
        return len(self.text)

    # ---------------------------------------------------------------- single positions
    def to_qt(self, cp: int) -> int:
        """Qt position of code-point offset ``cp`` (0 <= cp <= len(text))."""
        if self.identity:
            return cp
        return cp + self._delta[bisect_left(self._pos, cp)]

    def to_cp(self, qt: int) -> int:
        """Code-point offset of Qt position ``qt``. The middle of a surrogate pair maps after it;
        the separator of a CRLF maps before its ``"\\r"``."""
        if self.identity:
            return qt
        j = bisect_right(self._qthr, qt)
        cp = qt - (self._qdelta[j - 1] if j else 0)
        return max(0, min(cp, len(self.text)))

    # ---------------------------------------------------------------- many positions
    def spans_to_qt(self, spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
        """Convert many ``(start, end)`` code-point spans at once."""
        if self.identity:
            return [(s, e) for s, e in spans]
        pos, delta = self._pos, self._delta
        return [(s + delta[bisect_left(pos, s)], e + delta[bisect_left(pos, e)]) for s, e in spans]

    def to_qt_many(self, cps: list[int]) -> list[int]:
        """Convert many code-point offsets (numpy's searchsorted for big batches: 90,000 offsets of
        a 2 MB article in a few milliseconds instead of ~100 ms of bisect calls)."""
        if self.identity:
            return list(cps)
        if len(cps) < 2000:
            pos, delta = self._pos, self._delta
            return [c + delta[bisect_left(pos, c)] for c in cps]
        import numpy as np  # only for long articles; the window does not pay for it at start-up

        arr = np.asarray(cps, dtype=np.int64)
        idx = np.searchsorted(np.asarray(self._pos, dtype=np.int64), arr, side="left")
        return (arr + np.asarray(self._delta, dtype=np.int64)[idx]).tolist()

    def range_to_cp(self, qa: int, qb: int) -> tuple[int, int]:
        return self.to_cp(qa), self.to_cp(qb)
