"""The enricher's fast paths give what the plain code gives (the speed work must change no output)."""

from __future__ import annotations

import random
from dataclasses import replace

import pytest

from annotator.core.model import MODEL, Span
from annotator.nlp.enrich_text import Analysis, _word_before
from annotator.nlp.events import _Within
from test_enrich import make_parts


def test_span_with_is_dataclasses_replace():
    s = Span(3, 9, "ORG", source=MODEL, confidence=0.5, company="acme", id=7)
    for changes in ({}, {"company": None}, {"label": "LOC", "confidence": 0.7}, {"start": 4, "end": 8},
                    {"source": "manual", "id": None}):
        assert s.with_(**changes) == replace(s, **changes)
        assert type(s.with_(**changes)) is Span
    with pytest.raises(TypeError):
        s.with_(colour="red")


def test_within_matches_a_plain_scan():
    rng = random.Random(4)
    for _ in range(200):
        spans = []
        for _ in range(rng.randint(0, 6)):
            a = rng.randint(0, 40)
            spans.append((a, a + rng.randint(1, 15)))
        within = _Within(spans)
        for _ in range(20):
            a = rng.randint(0, 50)
            where = (a, a + rng.randint(1, 8))
            assert within(where) == any(s <= where[0] and where[1] <= e for s, e in spans)


def test_tokens_are_the_same_when_the_docs_already_have_lemmas():
    text = ("Renault va supprimer 300 emplois\nLe constructeur l’a annoncé mardi, et les ventes "
            "ont progressé.\n\nAcme was charged with fraud.")
    parts, _ = make_parts(text)
    first = [(t.start, t.end, t.lower, t.lemma) for t in Analysis(text, parts).tokens]  # writes LEMMA
    again = [(t.start, t.end, t.lower, t.lemma) for t in Analysis(text, parts).tokens]  # reads it back
    assert first == again and first
    a = Analysis(text, parts)
    for k, (off, doc) in enumerate(parts):
        starts, lengths, _, _ = a.part_arrays(k)
        assert [(off + s, off + s + n) for s, n in zip(starts, lengths)] == \
               [(off + t.idx, off + t.idx + len(t.text)) for t in doc]


@pytest.mark.parametrize("text", ["abc", "abc\n", "abc\n\n", "a.b.\n", "", "\n", "x y", "é_1.", "  \n",
                                  "M. Dupont", "Walmart Inc", "rachète Zorb S.A", "1,5 Md"])
def test_word_before_a_full_stop_is_the_regex_capture(text):
    import re

    for lo in range(len(text) + 1):
        m = re.search(r"([\w.]+)$", text[lo:])
        assert _word_before(text, lo, len(text)) == (m.group(1) if m else "")
