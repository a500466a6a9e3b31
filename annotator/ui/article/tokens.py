"""Token boundaries without spaCy, computed lazily (the window never waits for the model).

A regular-expression tokenizer close to spaCy's French one: elisions are split (``L'`` +
``américain``, ``d'`` + ``internet``, ``qu'`` + ``il``); hyphens and apostrophes inside a word keep
it whole (``e-commerce``, ``aujourd'hui``); numbers keep their inner ``.``/``,`` (``3,5``); every
other punctuation mark or symbol is a token of its own (an emoji with its modifiers is one).
The text is cut into chunks at whitespace (no token spans whitespace) and each chunk is
tokenized the first time a position inside it is asked about, so a 2 MB article costs nothing
until the annotator touches it, and then only a few kilobytes.

Snapping respects the two edges of an inner hyphen as well (``Google`` in ``Google-Walmart`` can be
selected exactly), but never cuts inside a word.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

_MARKS = "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
_W = rf"\w{_MARKS}"
_HYPHENS = "-\u2010\u2011"
_APOS = "'\u2019"
_ELISION = (rf"(?:[cdjlmnstCDJLMNST]|[Qq]u|[Jj]usqu|[Ll]orsqu|[Pp]uisqu|[Qq]uoiqu)[{_APOS}](?=[{_W}])")
_WORD = rf"[{_W}]+(?:(?:[{_HYPHENS}{_APOS}]|(?<=\d)[.,](?=\d))[{_W}]+)*"
_SYMBOL_TAIL = "\ufe0e\ufe0f\u20e3\U0001f3fb-\U0001f3ff" + _MARKS
_OTHER = rf"[^\s{_W}][{_SYMBOL_TAIL}]*(?:\u200d[^\s{_W}][{_SYMBOL_TAIL}]*)*"
TOKEN = re.compile(rf"(?<![{_W}]){_ELISION}|{_WORD}|{_OTHER}")
_SPACE = re.compile(r"\s")
CHUNK = 2048


class Tokens:
    """Lazy token boundaries of one text (code points, end exclusive)."""

    def __init__(self, text: str, chunk: int = CHUNK):
        self.text = text
        self._chunk = chunk
        self._n = len(text) // chunk + 1  # number of chunks
        self._bounds: dict[int, int] = {0: 0, self._n: len(text)}
        self._cache: dict[int, tuple[list[int], list[int]]] = {}

    # ---------------------------------------------------------------- chunks
    def _bound(self, k: int) -> int:
        """Start of chunk ``k``: the first whitespace at or after ``k * chunk``."""
        b = self._bounds.get(k)
        if b is None:
            m = _SPACE.search(self.text, k * self._chunk)
            b = m.start() if m else len(self.text)
            self._bounds[k] = b
        return b

    def _chunk_of(self, pos: int) -> int:
        k = min(max(pos, 0) // self._chunk, self._n - 1)
        while k > 0 and self._bound(k) > pos:
            k -= 1
        while k + 1 < self._n and self._bound(k + 1) <= pos:
            k += 1
        return k

    def _tokens(self, k: int) -> tuple[list[int], list[int]]:
        got = self._cache.get(k)
        if got is None:
            starts: list[int] = []
            ends: list[int] = []
            for m in TOKEN.finditer(self.text, self._bound(k), self._bound(k + 1)):
                starts.append(m.start())
                ends.append(m.end())
            got = (starts, ends)
            if len(self._cache) > 256:
                self._cache.clear()
            self._cache[k] = got
        return got

    # ---------------------------------------------------------------- queries
    def spans(self, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
        """Tokens overlapping ``start:end`` (the whole text by default)."""
        end = len(self.text) if end is None else end
        out: list[tuple[int, int]] = []
        for k in range(self._chunk_of(start), self._chunk_of(max(start, end - 1)) + 1):
            starts, ends = self._tokens(k)
            out.extend((s, e) for s, e in zip(starts, ends) if e > start and s < end)
        return out

    def token_at(self, pos: int) -> tuple[int, int] | None:
        """The token containing the character at ``pos``, or None (whitespace, outside)."""
        if not 0 <= pos < len(self.text):
            return None
        starts, ends = self._tokens(self._chunk_of(pos))
        i = bisect_right(starts, pos) - 1
        if i >= 0 and ends[i] > pos:
            return (starts[i], ends[i])
        return None

    def next_end(self, pos: int) -> int | None:
        """Smallest token end > ``pos``."""
        k = self._chunk_of(pos)
        while k < self._n:
            starts, ends = self._tokens(k)
            i = bisect_right(ends, pos)
            if i < len(ends):
                return ends[i]
            k += 1
        return None

    def next_start(self, pos: int) -> int | None:
        """Smallest token start >= ``pos``."""
        k = self._chunk_of(pos)
        while k < self._n:
            starts, _ = self._tokens(k)
            i = bisect_left(starts, pos)
            if i < len(starts):
                return starts[i]
            k += 1
        return None

    def prev_start(self, pos: int) -> int | None:
        """Largest token start < ``pos``."""
        k = self._chunk_of(max(pos - 1, 0))
        while k >= 0:
            starts, _ = self._tokens(k)
            i = bisect_left(starts, pos)
            if i > 0:
                return starts[i - 1]
            k -= 1
        return None

    def prev_end(self, pos: int) -> int | None:
        """Largest token end <= ``pos``."""
        k = self._chunk_of(max(pos - 1, 0))
        while k >= 0:
            _, ends = self._tokens(k)
            i = bisect_right(ends, pos)
            if i > 0:
                return ends[i - 1]
            k -= 1
        return None

    # ---------------------------------------------------------------- snapping
    def _soft(self, pos: int) -> bool:
        """Is ``pos`` next to a hyphen inside a word (a boundary a selection may keep)?"""
        text = self.text
        return (0 < pos < len(text)) and (text[pos - 1] in _HYPHENS or text[pos] in _HYPHENS)

    def snap(self, start: int, end: int) -> tuple[int, int] | None:
        """Grow ``start:end`` to whole tokens and trim surrounding spaces; None if nothing is left."""
        if start > end:
            start, end = end, start
        start, end = max(start, 0), min(end, len(self.text))
        if start >= end:
            return None
        tok = self.token_at(start)
        if tok is not None:
            if start != tok[0] and not self._soft(start):
                start = tok[0]
        else:
            nxt = self.next_start(start)
            if nxt is None:
                return None
            start = nxt
        tok = self.token_at(end - 1)
        if tok is not None:
            if end != tok[1] and not self._soft(end):
                end = tok[1]
        else:
            prev = self.prev_end(end)
            if prev is None:
                return None
            end = prev
        if start >= end:
            return None
        return (start, end)

    def word_at(self, pos: int) -> tuple[int, int] | None:
        """The token under a caret at ``pos`` (the one it is in, or the one just before it)."""
        return self.token_at(pos) or self.token_at(pos - 1)
