"""Building spaCy training ``Doc`` objects and the training config.

Plain records in, ``Doc`` objects out: entities go to ``doc.ents``, company sentiment to
``doc.spans["sentiment"]``, event types to ``doc.cats``. A span that does not fall on token
boundaries is never lost quietly (spaCy would drop it with W030): it is reported, and with
``snap`` moved out to the nearest token boundaries (``alignment_mode="expand"``). Entities that
overlap (``doc.ents`` allows none) are reported too.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language
    from spacy.tokens import Doc, DocBin

SPANS_KEY = "sentiment"
DOCBIN_ATTRS = ("ORTH", "ENT_IOB", "ENT_TYPE")  # what training ner/spancat/textcat reads; spaces always kept
COMPONENTS = ("ner", "spancat", "textcat_multilabel")


@dataclass(slots=True)
class DocRecord:
    """One document's annotations to export (code-point offsets, end exclusive)."""

    key: Any  # the document id, for messages
    text: str
    ents: list[tuple[int, int, str]] = field(default_factory=list)
    spans: list[tuple[int, int, str]] = field(default_factory=list)
    cats: dict[str, float] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class SpanProblem:
    """A span that could not go into the Doc as it is."""

    doc: Any
    layer: str  # "entity" | "sentiment"
    start: int
    end: int
    label: str
    text: str
    problem: str  # "misaligned" | "overlap"
    snapped: tuple[int, int] | None = None  # new offsets when snapped, else None (left out)

    def __str__(self) -> str:
        where = f"document {self.doc}: {self.layer} {self.start}-{self.end} {self.text!r} ({self.label})"
        if self.problem == "misaligned":
            if self.snapped:
                return f"{where} does not align with the tokens; snapped to {self.snapped[0]}-{self.snapped[1]}"
            return f"{where} does not align with the tokens; left out (use --snap to snap it to the tokens)"
        return f"{where} overlaps another entity; left out of doc.ents (which allows no overlap)"


class _Bounds:
    """Token starts and ends of a Doc by character offset: a span on token boundaries is made
    without ``doc.char_span``'s walk over Token objects (the same Span, ~10x faster)."""

    __slots__ = ("starts", "ends")

    def __init__(self, doc: "Doc"):
        from spacy.attrs import IDX, LENGTH

        arr = doc.to_array([IDX, LENGTH])
        self.starts = arr[:, 0].tolist()  # ascending, as are the ends
        self.ends = (arr[:, 0] + arr[:, 1]).tolist()

    def tokens(self, start: int, end: int) -> tuple[int, int] | None:
        """``(i, j)``: the tokens ``doc[i:j]`` that start at ``start`` and end at ``end``, else None."""
        i = bisect_right(self.starts, start) - 1
        if i < 0 or self.starts[i] != start:
            return None
        j = bisect_right(self.ends, end) - 1
        if j < 0 or self.ends[j] != end:
            return None
        return i, j + 1


def _span(doc: "Doc", rec: DocRecord, layer: str, start: int, end: int, label: str, snap: bool,
          problems: list[SpanProblem], bounds: _Bounds | None = None, span_cls: Any = None):
    if bounds is not None:
        found = bounds.tokens(start, end)
        if found is not None and found[0] < found[1]:
            return span_cls(doc, found[0], found[1], label=label)
    span = doc.char_span(start, end, label=label)
    if span is not None:
        return span
    snapped = doc.char_span(start, end, label=label, alignment_mode="expand") if snap else None
    if snapped is not None and not snapped.text.strip():
        snapped = None
    problems.append(SpanProblem(rec.key, layer, start, end, label, rec.text[start:end], "misaligned",
                                (snapped.start_char, snapped.end_char) if snapped is not None else None))
    return snapped


def fill_doc(doc: "Doc", rec: DocRecord, *, snap: bool = False, problems: list[SpanProblem] | None = None,
             spans_key: str = SPANS_KEY) -> "Doc":
    """Set ents, spans and cats of ``doc`` (tokenised from ``rec.text``) from ``rec``."""
    from spacy.tokens import Span

    problems = problems if problems is not None else []
    bounds = _Bounds(doc) if rec.ents or rec.spans else None
    ents = []
    for start, end, label in sorted(rec.ents):
        span = _span(doc, rec, "entity", start, end, label, snap, problems, bounds, Span)
        if span is not None:
            ents.append(span)
    kept = []
    last_end = -1
    for span in sorted(ents, key=lambda s: (s.start, -s.end)):
        if span.start < last_end:
            problems.append(SpanProblem(rec.key, "entity", span.start_char, span.end_char, span.label_,
                                        span.text, "overlap"))
            continue
        kept.append(span)
        last_end = span.end
    doc.set_ents(kept)
    group = []
    for start, end, label in sorted(rec.spans):
        span = _span(doc, rec, "sentiment", start, end, label, snap, problems, bounds, Span)
        if span is not None:
            group.append(span)
    doc.spans[spans_key] = group
    doc.cats = dict(rec.cats)
    return doc


def build_docs(nlp: "Language", records: Iterable[DocRecord], *, snap: bool = False,
               problems: list[SpanProblem] | None = None, spans_key: str = SPANS_KEY,
               batch_size: int = 256, stored: Callable[[Any], bytes | None] | None = None,
               ) -> Iterator[tuple[DocRecord, "Doc"]]:
    """Tokenise with ``nlp``'s tokenizer (no other component runs) and fill each Doc.

    ``stored(key)`` may give the record's token boundaries kept by pre-annotation
    (:mod:`annotator.nlp.tokens`): the Doc is then built from them, the same Doc ~60x faster; a
    record without them (or whose tokens do not spell its text) is tokenised."""
    from annotator.nlp.tokens import doc_from_tokens, special_norms

    problems = problems if problems is not None else []
    tokenizer = nlp.tokenizer
    vocab = nlp.vocab
    norms = special_norms(nlp) if stored is not None else None
    for rec in records:
        data = stored(rec.key) if stored is not None else None
        doc = doc_from_tokens(vocab, rec.text, data, norms) if data else None
        if doc is None:
            # the tokenizer itself, not nlp.make_doc: nlp.max_length guards the parser's memory, not ours
            doc = tokenizer(rec.text)
        yield rec, fill_doc(doc, rec, snap=snap, problems=problems, spans_key=spans_key)


@contextmanager
def quick_msgpack() -> Iterator[None]:
    """``DocBin.add`` serialises each Doc's span groups with srsly's msgpack, whose Packer asks
    catalogue for its encoders on every call: a walk over every registered function (thousands,
    with spaCy's) and over every installed distribution's entry points, ~3 ms a call, more than
    building the Doc. Nothing registers encoders during an export: ask once, for its duration."""
    import srsly

    registries = [srsly.msgpack_encoders, srsly.msgpack_decoders]
    for r in registries:
        found = r.get_all()
        r.get_all = lambda found=found: dict(found)  # an instance attribute over the method
    try:
        yield
    finally:
        for r in registries:
            r.__dict__.pop("get_all", None)


def add_to_docbin(db: "DocBin", doc: "Doc") -> None:
    """``db.add(doc)``, with the same result to the byte, ~3x faster: ``DocBin.add`` collects
    nine strings per token through Token objects; here the distinct ones are collected from one
    array, added in the order of their first use (so the DocBin's string set is built alike).
    A test compares the two on Docs with entities, span groups, cats and special norms."""
    import numpy
    from spacy.attrs import DEP, ENT_ID, ENT_KB_ID, ENT_TYPE, LEMMA, MORPH, NORM, ORTH, SPACY, TAG

    array = doc.to_array(db.attrs)
    if len(array.shape) == 1:
        array = array.reshape((array.shape[0], 1))
    db.tokens.append(array)
    spaces = doc.to_array(SPACY)
    spaces = spaces.reshape((spaces.shape[0], 1))
    db.spaces.append(numpy.asarray(spaces, dtype=bool))
    db.flags.append({"has_unknown_spaces": doc.has_unknown_spaces})
    cols = doc.to_array([ORTH, TAG, LEMMA, NORM, MORPH, DEP, ENT_TYPE, ENT_KB_ID, ENT_ID]).ravel()
    _, first = numpy.unique(cols, return_index=True)
    strings = doc.vocab.strings
    add = db.strings.add
    for h in cols[numpy.sort(first)].tolist():
        add(strings[h])
    db.cats.append(doc.cats)
    if db.store_user_data:
        import srsly

        db.user_data.append(srsly.msgpack_dumps(doc.user_data))
    db.span_groups.append(doc.spans.to_bytes())
    for group in doc.spans.values():
        for span in group:
            db.strings.add(span.label_)
            if span.kb_id in strings:
                db.strings.add(span.kb_id_)
            if span.id in strings:
                db.strings.add(span.id_)


def new_docbin() -> "DocBin":
    from spacy.tokens import DocBin

    return DocBin(attrs=list(DOCBIN_ATTRS), store_user_data=False)


def training_config(lang: str, *, base_pipeline: str | None = None, max_span_tokens: int = 3,
                    spans_key: str = SPANS_KEY, train: str = "train.spacy", dev: str = "dev.spacy"):
    """A filled spaCy config for ner + spancat + textcat_multilabel, from ``spacy init config``.

    The spancat suggester proposes n-grams up to the longest sentiment span in the data (at
    least spaCy's default 1-3, at most 12); with
    ``base_pipeline`` the tokenizer is copied from it at initialisation (the export's Docs were
    tokenised by it), via spaCy's ``spacy.copy_from_base_model.v1`` callback.
    """
    from spacy.cli.init_config import init_config

    config = init_config(lang=lang, pipeline=list(COMPONENTS), optimize="efficiency", gpu=False, silent=True)
    config["paths"]["train"] = train
    config["paths"]["dev"] = dev
    spancat = config["components"]["spancat"]
    spancat["spans_key"] = spans_key
    suggester = spancat.get("suggester", {})
    if suggester.get("@misc") == "spacy.ngram_suggester.v1":
        suggester["sizes"] = list(range(1, max(3, min(max_span_tokens, 12)) + 1))  # spaCy's 1-3 at least
    scorer = config["training"].get("score_weights", {})
    if "spans_sc_f" in scorer:  # the score keys follow the spans key
        for part in ("f", "p", "r"):
            value = scorer.pop(f"spans_sc_{part}", None)
            scorer[f"spans_{spans_key}_{part}"] = value
            if spans_key != "sc":  # spaCy would restore the default key's weights: half the score a constant 0
                scorer[f"spans_sc_{part}"] = None
    if base_pipeline:
        config["initialize"]["before_init"] = {
            "@callbacks": "spacy.copy_from_base_model.v1", "tokenizer": base_pipeline, "vocab": None,
        }
    return config
