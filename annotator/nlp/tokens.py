"""Token boundaries kept in the project, so an export builds its Docs without re-tokenising.

spaCy's tokenizer cuts a text into runs of whitespace and non-whitespace and tokenises each run
on its own (a single space after a token becomes that token's ``whitespace_``; other whitespace
runs become tokens). So the tokens of a whole text are those of its paragraphs (which
pre-annotation has already tokenised) plus the tokens of the whitespace between them, which we
get by tokenising ``"x" + gap + "x"`` once per distinct gap. :func:`whole_text_tokens` does that;
:func:`doc_from_tokens` rebuilds the Doc with ``Doc(vocab, words=..., spaces=...)`` (~60x faster
than the tokenizer). A test checks both against the tokenizer on real and tricky texts.

Encoding (:func:`encode` / :func:`decode`): one byte for the width (2 or 4), then per token its
length in code points with the top bit set when a single space follows it.
"""

from __future__ import annotations

from array import array
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

Tokens = list[tuple[int, int, bool]]  # (start, end, followed by one space)


def tokenizer_id(nlp: "Language") -> str:
    """Which tokenizer made the tokens: the pipeline's name and version (``fr_core_news_md-3.8.0``)."""
    meta = nlp.meta
    return f"{meta.get('lang', nlp.lang)}_{meta.get('name', 'pipeline')}-{meta.get('version', '0')}"


def doc_tokens(doc: "Doc", offset: int = 0) -> Tokens:
    return [(t.idx + offset, t.idx + offset + len(t.text), bool(t.whitespace_)) for t in doc]


class GapTokens:
    """Tokens of whitespace gaps, tokenised once per distinct gap."""

    def __init__(self, nlp: "Language"):
        self.tokenizer = nlp.tokenizer
        self.cache: dict[tuple[str, bool, bool], tuple[bool, list[tuple[int, int, bool]]]] = {}

    def __call__(self, gap: str, before: bool, after: bool) -> tuple[bool, list[tuple[int, int, bool]]]:
        """``(space after the previous token, [(start, end, space)] in the gap)``."""
        key = (gap, before, after)
        got = self.cache.get(key)
        if got is None:
            probe = ("x" if before else "") + gap + ("x" if after else "")
            doc = self.tokenizer(probe)
            toks = list(doc)
            first = 1 if before else 0
            last = len(toks) - (1 if after else 0)
            prev_space = bool(toks[0].whitespace_) if before else False
            shift = 1 if before else 0
            inner = [(t.idx - shift, t.idx - shift + len(t.text), bool(t.whitespace_)) for t in toks[first:last]]
            got = self.cache[key] = (prev_space, inner)
        return got


def whole_text_tokens(text: str, parts: Sequence[tuple[int, "Doc"]], gaps: GapTokens) -> Tokens:
    """The tokens the tokenizer would give for ``text``, from its paragraphs' Docs (``(offset, Doc)``
    in text order, each covering whole non-whitespace runs) and the whitespace between them."""
    out: Tokens = []
    pos = 0
    for offset, doc in parts:
        if offset > pos:
            space, inner = gaps(text[pos:offset], bool(out), True)
            if out and space:
                s, e, _ = out[-1]
                out[-1] = (s, e, True)
            out += [(s + pos, e + pos, sp) for s, e, sp in inner]
        out += doc_tokens(doc, offset)
        pos = offset + len(doc.text)
    if pos < len(text):
        space, inner = gaps(text[pos:], bool(out), False)
        if out and space:
            s, e, _ = out[-1]
            out[-1] = (s, e, True)
        out += [(s + pos, e + pos, sp) for s, e, sp in inner]
    return out


def encode(tokens: Tokens) -> bytes:
    lengths = [e - s for s, e, _ in tokens]
    wide = bool(lengths) and max(lengths) >= 0x8000
    top = 0x80000000 if wide else 0x8000
    arr = array("I" if wide else "H", [n | (top if sp else 0) for n, (_, _, sp) in zip(lengths, tokens)])
    if arr.itemsize != (4 if wide else 2):  # pragma: no cover - exotic platforms
        raise ValueError("unexpected array item size")
    return bytes([arr.itemsize]) + arr.tobytes()


def decode(data: bytes) -> tuple[list[int], list[bool]]:
    """``(lengths, spaces)`` of the tokens."""
    width = data[0]
    arr = array("I" if width == 4 else "H")
    arr.frombytes(data[1:])
    top = 0x80000000 if width == 4 else 0x8000
    return [n & ~top for n in arr], [bool(n & top) for n in arr]


def special_norms(nlp: "Language") -> dict[str, str]:
    """Norms the tokenizer's one-token special cases set (French: a no-break space has the norm
    two spaces), which ``Doc(words=...)`` does not apply by itself."""
    from spacy.symbols import NORM

    return {orth: attrs[0][NORM] for orth, attrs in nlp.tokenizer.rules.items()
            if len(attrs) == 1 and attrs[0].get(NORM) not in (None, orth)}


def doc_from_tokens(vocab: "Vocab", text: str, data: bytes, norms: dict[str, str] | None = None) -> "Doc | None":
    """The Doc of ``text`` from stored tokens, or None if they do not spell the text exactly.
    ``norms`` (:func:`special_norms`) are set on the tokens they name, as the tokenizer does."""
    from spacy.tokens import Doc

    lengths, spaces = decode(data)
    words = []
    pos = 0
    n = len(text)
    for length, space in zip(lengths, spaces):
        end = pos + length
        if end > n:
            return None
        words.append(text[pos:end])
        pos = end + 1 if space else end
        if space and (end >= n or text[end] != " "):
            return None
    if pos != n or not words:
        return None
    doc = Doc(vocab, words=words, spaces=spaces)
    if norms and any(k in text for k in norms):
        for i, word in enumerate(words):
            norm = norms.get(word)
            if norm is not None:
                doc[i].norm_ = norm
    return doc
