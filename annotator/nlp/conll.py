"""CoNLL-2003 style token-per-line text from our tokens, and spaCy DocBin reading.

Plain data in and out: the services layer turns these into versions and files.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language
    from spacy.tokens import Doc

DOCSTART = "-DOCSTART- -X- O O"


def iob_sentences(doc: "Doc", ents: Iterable[tuple[int, int, str]], breaks: list[int]
                  ) -> tuple[list[list[tuple[str, str]]], list[tuple[int, int, str, str]]]:
    """IOB2-tagged sentences of ``doc`` (whitespace tokens dropped; a new sentence at each offset in
    ``breaks``, the paragraph starts), and the entities left out with why."""
    tags = ["O"] * len(doc)
    left: list[tuple[int, int, str, str]] = []
    taken = [False] * len(doc)
    for start, end, label in sorted(ents):
        span = doc.char_span(start, end, label=label)
        if span is None:
            left.append((start, end, label, "does not fall on token boundaries"))
            continue
        if any(taken[span.start:span.end]):
            left.append((start, end, label, "overlaps another entity"))
            continue
        for k in range(span.start, span.end):
            taken[k] = True
            tags[k] = ("B-" if k == span.start else "I-") + label
    sentences: list[list[tuple[str, str]]] = []
    current: list[tuple[str, str]] = []
    b = 0
    for tok in doc:
        while b < len(breaks) and breaks[b] <= tok.idx:
            if current:
                sentences.append(current)
                current = []
            b += 1
        if tok.is_space or not tok.text.strip():
            continue
        current.append((tok.text, tags[tok.i]))
    if current:
        sentences.append(current)
    return sentences, left


def tokenizer(pipeline: str) -> "Language":
    from annotator.nlp.loader import load

    return load(pipeline, ())


def read_docbin(data: bytes, spans_key: str) -> list[tuple[str, list[tuple[int, int, str]], list[tuple[int, int, str]],
                                                           dict[str, float]]]:
    """``(text, ents, spans[spans_key], cats)`` of every Doc of a DocBin (raises ValueError if unreadable)."""
    from spacy.tokens import DocBin
    from spacy.vocab import Vocab

    try:
        db = DocBin().from_bytes(data)
        docs = list(db.get_docs(Vocab()))
    except Exception as exc:  # noqa: BLE001 - spaCy raises many kinds for a bad file
        raise ValueError(str(exc) or type(exc).__name__) from exc
    out = []
    for doc in docs:
        ents = [(e.start_char, e.end_char, e.label_) for e in doc.ents]
        spans = [(s.start_char, s.end_char, s.label_) for s in doc.spans.get(spans_key, [])]
        out.append((doc.text, ents, spans, dict(doc.cats)))
    return out
