"""Cheap text analysis for the enricher: language, sentences, tokens with lookup lemmas.

The preannotate service hands over Docs from a ner-only pipeline (no parser, no lemmatizer), so
sentence boundaries are found with rules per paragraph and lemmas with the lookup tables of
``spacy-lookups-data`` (a dict lookup on the lower-cased form: cheap).
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Sequence
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
_LOWER: dict[str, str] = {}
"""A word -> its lower-case form with ``’`` as ``'`` (the form the lexicons and lemma tables use)."""
_LEMMA: dict[str, dict[str, str]] = {}
"""Language -> word -> its lookup lemma (``lemma_table`` of its lower form, else that form)."""
_CACHE_LIMIT = 200_000


@dataclass(slots=True)
class Token:
    start: int
    end: int
    lower: str
    lemma: str


class Tokens(Sequence):
    """The tokens of an :class:`Analysis` as :class:`Token` objects, made when asked for: the enricher
    itself reads the columns (:meth:`Analysis.columns`), building an object per token costs more."""

    def __init__(self, starts: list[int], lengths: list[int], lowers: list[str], lemmas: list[str]):
        self._cols = (starts, lengths, lowers, lemmas)

    def __len__(self) -> int:
        return len(self._cols[0])

    def __getitem__(self, i):
        starts, lengths, lowers, lemmas = self._cols
        if isinstance(i, slice):
            return [Token(starts[k], starts[k] + lengths[k], lowers[k], lemmas[k]) for k in range(*i.indices(len(self)))]
        return Token(starts[i], starts[i] + lengths[i], lowers[i], lemmas[i])


_ADDED: dict[int, tuple[object, dict[str, int]]] = {}
"""id of a vocabulary's StringStore -> (that store, lemma -> its string id): the lemmas added to it
(the store is held, so its id cannot name another; strings added outside a memory zone stay)."""


def _added_lemmas(strings) -> tuple[object, dict[str, int]]:
    """The entry of :data:`_ADDED` for ``strings`` (a new one for a store not seen yet)."""
    got = _ADDED.get(id(strings))
    if got is None or got[0] is not strings or len(got[1]) > _CACHE_LIMIT:
        if len(_ADDED) >= 8:
            _ADDED.clear()
        got = _ADDED[id(strings)] = (strings, {})
    return got


def _lowers(words: list[str]) -> list[str]:
    """:data:`_LOWER` of each word (filled for the words it lacks)."""
    try:  # most words were seen before: no set of the missing ones to build
        return list(map(_LOWER.__getitem__, words))
    except KeyError:
        pass
    missing = set(words).difference(_LOWER)
    if missing:
        if len(_LOWER) > _CACHE_LIMIT:
            _LOWER.clear()
            missing = set(words)
        for w in missing:
            _LOWER[w] = w.lower().replace("’", "'")
    try:
        return list(map(_LOWER.__getitem__, words))
    except KeyError:  # another thread emptied the full cache meanwhile
        return [w.lower().replace("’", "'") for w in words]


class Analysis:
    """Language, sentences and tokens (with lemmas) of one document, computed once."""

    def __init__(self, text: str, parts: list[tuple[int, "Doc"]], lang: str | None = None):
        self.text = text
        self.parts = parts
        self.lang = lang or detect_language(text)
        self._sentences: list[tuple[int, int]] | None = None
        self._starts: list[int] | None = None
        self._tokens: Tokens | None = None
        self._columns: tuple[list[int], list[int], list[str], list[str]] | None = None
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
    def tokens(self) -> Tokens:
        """All tokens of all parts, with lookup lemmas (also written to the Docs' ``LEMMA`` when unset).

        Token offsets come from ``Doc.to_array`` and lemmas go back with ``Doc.from_array``: a Python
        loop over ``Token`` objects would cost more than the rest of the enrichment together.
        """
        if self._tokens is None:
            self._tokens = Tokens(*self.columns())
        return self._tokens

    def columns(self) -> tuple[list[int], list[int], list[str], list[str]]:
        """``(starts, lengths, lower forms, lemmas)`` of the tokens that are not whitespace, in text order
        (what :attr:`tokens` holds, as four lists); computed once, with the Docs' lemmas set."""
        if self._columns is None:
            self._columns = self._build()
            self._token_starts = self._columns[0]
        return self._columns

    def _build(self) -> tuple[list[int], list[int], list[str], list[str]]:
        from spacy.attrs import IDX, LEMMA, LENGTH, LOWER

        all_starts: list[int] = []
        all_lengths: list[int] = []
        all_lowers: list[str] = []
        all_lemmas: list[str] = []
        arrays: list[tuple[list[int], list[int], list[int], list[int]] | None] = []
        word_lemma = None
        lemma_id = None  # (the Docs' strings, lemma -> its string id) of _added_lemmas
        for off, doc in self.parts:
            if not len(doc):
                arrays.append(None)
                continue
            arr = doc.to_array([IDX, LENGTH, LEMMA, LOWER])
            starts, lengths, given, lower_ids = arr.T.tolist()
            text = self.text[off:off + starts[-1] + lengths[-1]]
            words = [text[a:a + n] for a, n in zip(starts, lengths)]
            lowers = _lowers(words)
            if any(given):
                arrays.append((starts, lengths, given, lower_ids))
                try:  # (every lemma seen before: no set of the missing ones to build)
                    lemmas = list(map(_GIVEN_LEMMAS.__getitem__, given))
                except KeyError:
                    missing = set(given).difference(_GIVEN_LEMMAS)
                    if len(_GIVEN_LEMMAS) > _CACHE_LIMIT:
                        _GIVEN_LEMMAS.clear()
                        missing = set(given)
                    strings = doc.vocab.strings
                    for g in missing:
                        _GIVEN_LEMMAS[g] = strings[g].lower()
                    try:
                        lemmas = list(map(_GIVEN_LEMMAS.__getitem__, given))
                    except KeyError:  # another thread emptied the full cache meanwhile
                        lemmas = [doc.vocab.strings[g].lower() for g in given]
                if "" in lemmas:
                    lemmas = [lemma or low for lemma, low in zip(lemmas, lowers)]
            else:
                if word_lemma is None:
                    word_lemma = _LEMMA.setdefault(self.lang, {})
                try:  # (every word seen before: no set of the missing ones to build)
                    lemmas = list(map(word_lemma.__getitem__, words))
                except KeyError:
                    missing = set(words).difference(word_lemma)
                    if len(word_lemma) > _CACHE_LIMIT:
                        word_lemma.clear()
                        missing = set(words)
                    table = self.table
                    for w in missing:
                        low = w.lower().replace("’", "'")
                        word_lemma[w] = table.get(low) or low
                    try:
                        lemmas = list(map(word_lemma.__getitem__, words))
                    except KeyError:  # another thread emptied the full cache meanwhile
                        table = self.table
                        lemmas = [table.get(low) or low for low in lowers]
                strings = doc.vocab.strings
                if lemma_id is None or lemma_id[0] is not strings:
                    lemma_id = _added_lemmas(strings)
                try:  # (every lemma's id known: no set of the missing ones to build)
                    ids = list(map(lemma_id[1].__getitem__, lemmas))
                except KeyError:
                    ids_of = lemma_id[1]
                    for lemma in set(lemmas).difference(ids_of):
                        ids_of[lemma] = strings.add(lemma)
                    ids = list(map(ids_of.__getitem__, lemmas))
                arrays.append((starts, lengths, ids, lower_ids))
                import numpy

                doc.from_array([LEMMA], numpy.asarray(ids, dtype="uint64").reshape(-1, 1))
            if 0 in lengths or any(map(str.isspace, words)):  # whitespace tokens are no words
                keep = [i for i, w in enumerate(words) if w and not w.isspace()]
                starts = [starts[i] for i in keep]
                lengths = [lengths[i] for i in keep]
                lowers = [lowers[i] for i in keep]
                lemmas = [lemmas[i] for i in keep]
            all_starts.extend(map(off.__add__, starts) if off else starts)
            all_lengths += lengths
            all_lowers += lowers
            all_lemmas += lemmas
        self._arrays = arrays
        return all_starts, all_lengths, all_lowers, all_lemmas

    def part_arrays(self, k: int) -> tuple[list[int], list[int], list[int], list[int]]:
        """``(start, length, LEMMA, LOWER)`` of every token (whitespace too) of part ``k``: offsets relative
        to the part, the Doc's lemma and lower-case form as string ids (hashes)."""
        self.columns()
        return self._arrays[k] or ([], [], [], [])

    @property
    def token_starts(self) -> list[int]:
        self.columns()
        return self._token_starts
