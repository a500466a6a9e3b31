"""Pure text helpers: paragraphs with offsets, company-name keys."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import lru_cache

# A paragraph ends at any line break: news sources put headings, section words ("E-commerce")
# and sub-headings on lines of their own, and they must never run into the next sentence.
_LINE_BREAK = re.compile(r"\r\n|[\n\r\u2028\u2029\x0b\x0c\x1c\x1d\x1e\x85]")


def paragraphs(text: str) -> Iterator[tuple[int, int]]:
    """Yield ``(start, end)`` of every non-blank line of ``text``, trimmed of surrounding spaces.

    Offsets are code points into ``text``; the stored text itself is never changed. A line ends at
    exactly the breaks ``str.splitlines`` knows (``_LINE_BREAK``), so the split runs in C.
    """
    pos = 0
    for line in text.splitlines(keepends=True):
        end = pos + len(line)
        yield from _trimmed(text, pos, end)
        pos = end


def _trimmed(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        yield (start, end)


PIECE_CHARS = 2_000
"""Longest piece of text handed to spaCy at once: a longer paragraph (a 2 MB article in one line)
is cut into pieces of at most this size, so memory stays bounded and time linear."""
_SENTENCE_END = re.compile(r"[.!?…»”)\]]+\s+(?=[\"«“(\[]?[A-ZÀ-ÖØ-Þ0-9])")


def chunks(text: str, max_chars: int = PIECE_CHARS) -> Iterator[tuple[int, int]]:
    """Paragraphs, with any paragraph longer than ``max_chars`` cut into pieces of at most that size.

    A piece ends at the last sentence end in its second half (". " before a capital), else at the
    last space there, else at ``max_chars``; offsets are exact code points of ``text``.
    """
    for start, end in paragraphs(text):
        while end - start > max_chars:
            cut = -1
            for m in _SENTENCE_END.finditer(text, start + max_chars // 2, start + max_chars):
                cut = m.end()
            if cut <= start:
                cut = text.rfind(" ", start + max_chars // 2, start + max_chars)
            if cut <= start:
                cut = start + max_chars
            piece_end = cut
            while piece_end > start and text[piece_end - 1].isspace():
                piece_end -= 1
            yield (start, piece_end)
            start = cut
            while start < end and text[start].isspace():
                start += 1
        if start < end:
            yield (start, end)


_LEGAL_SUFFIXES = {
    "sa", "sas", "sarl", "se", "inc", "incorporated", "corp", "corporation", "co", "ltd",
    "limited", "plc", "llc", "ag", "gmbh", "nv", "bv", "spa", "group", "groupe", "holding",
    "holdings", "company", "cie",
}
_POSSESSIVE = re.compile(r"[’']s$")
_NON_WORD = re.compile(r"[^\w]+")


@lru_cache(maxsize=65536)
def company_key(name: str) -> str:
    """Normalised key that groups mentions of one company.

    ``"Walmart Inc."``, ``"WALMART"`` and ``"Walmart's"`` share the key ``"walmart"``; accents and
    punctuation are folded, legal suffixes dropped (but never the whole name).
    """
    s = unicodedata.normalize("NFKD", name)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = _POSSESSIVE.sub("", s.strip())
    words = [w for w in _NON_WORD.split(s.casefold()) if w]
    while len(words) > 1 and words[-1] in _LEGAL_SUFFIXES:
        words.pop()
    if len(words) > 1 and words[0] in {"the", "le", "la", "les", "l"}:
        words.pop(0)
    return " ".join(words)
