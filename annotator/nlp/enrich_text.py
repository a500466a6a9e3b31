"""Cheap text analysis for the enricher: language, sentences, tokens with lookup lemmas.

The preannotate service hands over Docs from a ner-only pipeline (no parser, no lemmatizer), so
sentence boundaries are found with rules per paragraph and lemmas with the lookup tables of
``spacy-lookups-data`` (a dict lookup on the lower-cased form: cheap).
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc

from annotator.core.language import _EN_STOP, _FR_STOP, _WORD, detect_language  # noqa: F401 (re-exported)


@functools.lru_cache(maxsize=4)
def lemma_table(lang: str) -> dict[str, str]:
    """Lower-cased form -> lemma, from spacy-lookups-data's ``<lang>_lemma_lookup`` (once per process).

    Read straight from the package's gzipped JSON (the same data ``spacy.lookups.load_lookups``
    reads, without building a hashed Table: half the time).
    """
    import gzip
    import json
    from pathlib import Path

    import spacy_lookups_data

    path = Path(spacy_lookups_data.__file__).parent / "data" / f"{lang}_lemma_lookup.json.gz"
    if not path.exists():  # pragma: no cover - tables exist for fr and en
        return {}
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        data = json.load(fh)
    out: dict[str, str] = {}
    for key, value in data.items():
        if isinstance(value, list):
            value = value[0] if value else None
        if isinstance(value, str) and key.lower() not in out:
            out[key.lower()] = value.lower()
    return out


def lemma_of(word: str, table: dict[str, str]) -> str:
    low = word.lower()
    return table.get(low) or table.get(word) or low


# Sentence ends: . ! ? … (possibly followed by closing quotes/brackets), then space, then a capital,
# a digit or an opening quote. Abbreviations that end with a dot are kept inside the sentence.
_SENT_END = re.compile(r"[.!?…]+(?:[\s\u00a0\u202f]?[»”\"')\]])*(?=\s+[«“\"'(\[]?\s*[A-ZÀ-ÖØ-Þ0-9])")
_ABBREV = frozenset(
    "m mm mme mmes mlle dr pr st ste inc corp co ltd cie etc av bd no nos vol p pp ex env mr mrs ms jr sr "
    "prof gen gov sen rep u.s u.k n.v s.a".split()
)


def sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans inside ``text[start:end]`` (one paragraph), trimmed."""
    out: list[tuple[int, int]] = []
    pos = start
    chunk = text[start:end]
    for m in _SENT_END.finditer(chunk):
        cut = start + m.end()
        if m.group().startswith(".") and len(m.group()) == 1:
            word = _word_before(text, pos, start + m.start())
            if word:
                word = word.lower()
                if word in _ABBREV or (len(word) == 1 and word.isalpha()):
                    continue
        out.append((pos, cut))
        pos = cut
        while pos < end and text[pos].isspace():
            pos += 1
    if pos < end:
        out.append((pos, end))
    return [(s, e) for s, e in out if e > s]


def _word_before(text: str, lo: int, hi: int) -> str:
    r"""What ``re.search(r"([\w.]+)$", text[lo:hi])`` captures ("" for no match), scanning back from
    ``hi`` instead of trying every position of the slice (``$`` also matches before a final newline;
    ``\w`` is ``str.isalnum()`` or ``_``)."""
    if hi > lo and text[hi - 1] == "\n":
        hi -= 1
    i = hi
    while i > lo and (text[i - 1].isalnum() or text[i - 1] in "_."):
        i -= 1
    return text[i:hi]


def doc_length(doc: "Doc") -> int:
    """``len(doc.text)`` without building the text (which walks every token)."""
    if not len(doc):
        return 0
    last = doc[-1]
    return last.idx + len(last.text_with_ws)


_GIVEN_LEMMAS: dict[int, str] = {}
"""A lemma's hash -> the lemma in lower case (hashes name the same string in every vocabulary)."""


@dataclass(slots=True)
class Token:
    start: int
    end: int
    lower: str
    lemma: str


class Analysis:
    """Language, sentences and tokens (with lemmas) of one document, computed once."""

    def __init__(self, text: str, parts: list[tuple[int, "Doc"]], lang: str | None = None):
        self.text = text
        self.parts = parts
        self.lang = lang or detect_language(text)
        self._sentences: list[tuple[int, int]] | None = None
        self._starts: list[int] | None = None
        self._tokens: list[Token] | None = None
        self._token_starts: list[int] = []
        self._arrays: list[tuple[list[int], list[int], list[int], list[int]] | None] = []

    @property
    def table(self) -> dict[str, str]:
        return lemma_table(self.lang)

    @property
    def sentences(self) -> list[tuple[int, int]]:
        if self._sentences is None:
            out: list[tuple[int, int]] = []
            for off, doc in self.parts:
                out.extend(sentences(self.text, off, off + doc_length(doc)))
            out.sort()
            self._sentences = out
            self._starts = [s for s, _ in out]
        return self._sentences

    def sentence_at(self, pos: int) -> tuple[int, int] | None:
        sents = self.sentences
        i = bisect.bisect_right(self._starts, pos) - 1
        if i >= 0 and sents[i][0] <= pos < sents[i][1]:
            return sents[i]
        return None

    @property
    def tokens(self) -> list[Token]:
        """All tokens of all parts, with lookup lemmas (also written to the Docs' ``LEMMA`` when unset).

        Token offsets come from ``Doc.to_array`` and lemmas go back with ``Doc.from_array``: a Python
        loop over ``Token`` objects would cost more than the rest of the enrichment together.
        """
        if self._tokens is None:
            from spacy.attrs import IDX, LEMMA, LENGTH, LOWER

            table = self.table
            out: list[Token] = []
            arrays: list[tuple[list[int], list[int], list[int], list[int]] | None] = []
            seen: dict[str, tuple[str, str, int, bool]] = {}  # word -> (lower form, lemma, its id, a token?)
            append = out.append
            for off, doc in self.parts:
                if not len(doc):
                    arrays.append(None)
                    continue
                text = self.text[off:off + doc_length(doc)]
                arr = doc.to_array([IDX, LENGTH, LEMMA, LOWER])
                starts = arr[:, 0].tolist()
                lengths = arr[:, 1].tolist()
                given = arr[:, 2].tolist()
                have_lemmas = any(given)
                strings = doc.vocab.strings
                lemma_ids = []
                arrays.append((starts, lengths, given if have_lemmas else lemma_ids, arr[:, 3].tolist()))
                if have_lemmas:
                    if len(_GIVEN_LEMMAS) > 200_000:
                        _GIVEN_LEMMAS.clear()
                    for a, n, given_id in zip(starts, lengths, given):
                        word = text[a:a + n]
                        if word and not word.isspace():
                            low = word.lower().replace("’", "'")
                            lemma = _GIVEN_LEMMAS.get(given_id)
                            if lemma is None:
                                lemma = _GIVEN_LEMMAS[given_id] = strings[given_id].lower()
                            append(Token(off + a, off + a + n, low, lemma or low))
                    continue
                for a, n in zip(starts, lengths):
                    word = text[a:a + n]
                    known = seen.get(word)  # words repeat: their forms are worked out once
                    if known is None:
                        low = word.lower().replace("’", "'")
                        lemma = table.get(low) or low
                        known = seen[word] = (low, lemma, strings.add(lemma), bool(word) and not word.isspace())
                    low, lemma, lemma_id, keep = known
                    lemma_ids.append(lemma_id)
                    if keep:
                        append(Token(off + a, off + a + n, low, lemma))
                import numpy

                doc.from_array([LEMMA], numpy.asarray(lemma_ids, dtype="uint64").reshape(-1, 1))
            self._tokens = out
            self._arrays = arrays
            self._token_starts = [t.start for t in out]
        return self._tokens

    def part_arrays(self, k: int) -> tuple[list[int], list[int], list[int], list[int]]:
        """``(start, length, LEMMA, LOWER)`` of every token (whitespace too) of part ``k``: offsets relative
        to the part, the Doc's lemma and lower-case form as string ids (hashes)."""
        self.tokens
        return self._arrays[k] or ([], [], [], [])

    @property
    def token_starts(self) -> list[int]:
        self.tokens
        return self._token_starts
