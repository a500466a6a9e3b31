"""Entity pre-annotation with a spaCy pipeline, paragraph by paragraph.

Each paragraph (:func:`annotator.core.text.chunks`) is piped as its own ``Doc`` with
``as_tuples`` context ``(doc_id, offset)``, so a heading or a section word on its own line never
runs into the next sentence's entity ("E-commerce\\nL'" as ORG with the bare pipeline), and a 2 MB
article never meets ``nlp.max_length``. Entity character offsets are moved back into the whole
text (code points, end exclusive).

Confidence: spaCy's transition-based ``ner`` gives no per-entity score. Each model entity gets the
pipeline's own *per-label precision* from its ``meta.json`` (``performance.ents_per_type[label].p``,
e.g. ORG 0.77 for fr_core_news_md 3.8.0), else its overall ``ents_p``, else None: a measured
figure for how often such a prediction is right, not a score for this particular mention.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from annotator.core.errors import PipelineError
from annotator.core.model import MODEL, DocAnnotations, Span, model_annotator_name
from annotator.core.schema import Schema
from annotator.core.boilerplate import inside
from annotator.core.text import PIECE_CHARS, chunks

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language
    from spacy.tokens import Doc

Parts = list[tuple[int, "Doc"]]
LONG_PIECES = 50  # a document of at least this many pieces reports its progress ...
PROGRESS_EVERY = 25  # ... every this many pieces


def pipeline_meta(name_or_path: str) -> dict[str, Any]:
    """The pipeline's meta.json, read without loading the pipeline."""
    import json

    from annotator.nlp.loader import pipeline_path

    path = pipeline_path(name_or_path)
    return json.loads((path / "meta.json").read_text(encoding="utf-8"))


def annotator_for(name_or_path: str) -> str:
    """``model:fr_core_news_md-3.8.0`` for a pipeline, from its meta.json (no model load).

    Matches :func:`annotator.nlp.loader.pipeline_id` of the loaded pipeline.
    """
    meta = pipeline_meta(name_or_path)
    return model_annotator_name(f"{meta.get('lang', 'xx')}_{meta.get('name', 'pipeline')}",
                                str(meta.get("version", "0.0.0")))


def ner_components(name_or_path: str, layers: tuple[str, ...] = ("entities",)) -> tuple[str, ...]:
    """Components to keep to run ``ner``: ``("ner",)``, plus the ``tok2vec`` it listens to, if any.

    In the ``*_core_news_*`` pipelines the NER has its own embedding layer (``("ner",)`` is the fast
    path); a pipeline trained from our export config shares a ``tok2vec`` that must stay. Such a
    pipeline's ``spancat`` and ``textcat_multilabel`` are kept too when the sentiment or event
    layers are asked for (see :mod:`annotator.nlp.trained`).
    """
    from annotator.nlp.trained import trained_components

    from annotator.nlp.loader import pipeline_components, pipeline_path

    path = pipeline_path(name_or_path)
    names = pipeline_components(str(path))
    if "ner" not in names:
        raise PipelineError(f"spaCy pipeline {name_or_path!r} has no 'ner' component (it has: "
                            f"{', '.join(names) or 'none'}); choose a pipeline that recognises entities",
                            code="E410")
    wanted = {"ner"} | trained_components(names, layers)
    keep = set(wanted)
    try:
        from spacy.util import load_config

        cfg = load_config(path / "config.cfg", interpolate=False)
        for component in wanted:
            model = cfg["components"][component].get("model", {})
            t2v = model.get("tok2vec", {}) if isinstance(model, dict) else {}
            if "Listener" in str(t2v.get("@architectures", "")):
                upstream = t2v.get("upstream", "*")
                if upstream == "*":
                    keep |= {n for n in names if n in ("tok2vec", "transformer")}
                else:
                    keep.add(upstream)
    except (OSError, KeyError, ValueError):  # no readable config: keep what was asked for
        pass
    return tuple(sorted(keep))


def label_confidence(nlp: "Language") -> dict[str, float | None]:
    """Per model label, the pipeline's published precision (see the module docstring)."""
    perf = nlp.meta.get("performance", {}) or {}
    overall = perf.get("ents_p")
    out: dict[str, float | None] = {}
    per_type = perf.get("ents_per_type", {}) or {}
    for label in nlp.get_pipe("ner").labels if "ner" in nlp.pipe_names else ():
        p = (per_type.get(label) or {}).get("p", overall)
        out[label] = None if p is None else round(float(p), 4)
    return out


def map_entities(parts: Parts, schema: Schema, confidence: dict[str, float | None] | None = None) -> list[Span]:
    """The model's entities of the paragraph Docs, in whole-text offsets, mapped to project labels.

    Entities whose label the schema drops (DATE, NORP...) are left out; the others get source
    "model" and the label's confidence.
    """
    confidence = confidence or {}
    out: list[Span] = []
    for offset, doc in parts:
        for ent in doc.ents:
            label = schema.map_model_label(ent.label_)
            if label is None:
                continue
            out.append(Span(offset + ent.start_char, offset + ent.end_char, label, source=MODEL,
                            confidence=confidence.get(ent.label_)))
    out.sort(key=lambda s: (s.start, s.end))
    return out


def pipe_paragraphs(nlp: "Language", items: Iterable[tuple], *, batch_size: int = 256,
                    n_process: int = 1, max_chars: int | None = None,
                    on_piece: "Callable[[int, int, int], None] | None" = None) -> Iterator[tuple[int, str, Parts]]:
    """Run ``nlp`` over each document's paragraphs; yield ``(doc_id, text, parts)`` in input order.

    ``parts`` is a list of ``(offset, Doc)``; a document with no non-blank paragraph yields ``[]``.
    One ``nlp.pipe`` call covers all documents (so ``n_process`` workers start once); ``items`` is
    read lazily, as the pipe asks for more.
    """
    limit = max_chars or max(1000, min(nlp.max_length, PIECE_CHARS))
    pending: deque[list[Any]] = deque()  # [doc_id, text, paragraphs left]

    def feed() -> Iterator[tuple[str, tuple[int, int]]]:
        for item in items:
            doc_id, text = item[0], item[1]
            skip = item[2] if len(item) > 2 else ()  # type: ignore[misc]
            spans = [c for c in chunks(text, limit) if not (skip and inside(skip, *c))]
            pending.append([doc_id, text, len(spans), len(spans)])
            for start, end in spans:
                yield text[start:end], (doc_id, start)

    parts: Parts = []
    stream = nlp.pipe(feed(), as_tuples=True, batch_size=batch_size, n_process=n_process)
    try:
        for pdoc, (doc_id, start) in stream:
            while pending and pending[0][2] == 0:
                head = pending.popleft()
                yield head[0], head[1], []
            head = pending[0]
            if head[0] != doc_id:  # pragma: no cover - nlp.pipe keeps order
                raise PipelineError(f"spaCy returned paragraphs out of order (document {doc_id})", code="E411")
            parts.append((start, pdoc))
            head[2] -= 1
            if on_piece is not None and head[3] >= LONG_PIECES and (head[3] - head[2]) % PROGRESS_EVERY == 0:
                on_piece(doc_id, head[3] - head[2], head[3])  # progress within a long document
            if head[2] == 0:
                pending.popleft()
                yield head[0], head[1], parts
                parts = []
        while pending:
            head = pending.popleft()
            yield head[0], head[1], []
    finally:
        close = getattr(stream, "close", None)
        if close is not None:
            close()


def annotate_documents(nlp: "Language", items: Iterable[tuple], schema: Schema, *,
                       confidence: dict[str, float | None] | None = None, enricher: Any = None,
                       batch_size: int = 64, layers: tuple[str, ...] = ("entities",),
                       on_piece: "Callable[[int, int, int], None] | None" = None,
                       tokens: dict[int, bytes] | None = None) -> Iterator[tuple[int, DocAnnotations]]:
    """``(doc_id, DocAnnotations)`` of each document, in order, in this process.

    Without an enricher only the entities layer is filled; with one (``annotator.nlp.enrich``) it
    gets the paragraph Docs and the mapped entities and returns all three layers. A pipeline
    trained on our export adds its own sentiment and event predictions (``annotator.nlp.trained``).
    """
    from annotator.nlp.trained import TRAINED_COMPONENTS, combine, learned_events

    from annotator.nlp.tokens import GapTokens, encode, whole_text_tokens

    trained = any(c in nlp.pipe_names for c in TRAINED_COMPONENTS)
    learned = learned_events(nlp.meta) if trained else None
    skips: dict[int, Any] = {}

    def remember(stream: Iterable[tuple]) -> Iterator[tuple]:
        for item in stream:
            if len(item) > 2 and item[2]:
                skips[item[0]] = item[2]
            yield item

    gaps = GapTokens(nlp) if tokens is not None else None
    for doc_id, text, parts in pipe_paragraphs(nlp, remember(items), batch_size=batch_size, on_piece=on_piece):
        skip = skips.pop(doc_id, ())
        if gaps is not None and parts:  # the whole text's tokens, kept for the export (annotator.nlp.tokens)
            tokens[doc_id] = encode(whole_text_tokens(text, parts, gaps))
        entities = map_entities(parts, schema, confidence)
        if skip:
            entities = [s for s in entities if not inside(skip, s.start, s.end)]
        if enricher is None:
            ann = DocAnnotations(entities=entities)
        else:  # ``skip`` only when there is something to skip (stand-in enrichers take three arguments)
            ann = enricher.annotate(text, parts, entities, skip=skip) if skip else enricher.annotate(text, parts, entities)
        yield doc_id, combine(text, parts, ann, schema, layers, learned) if trained else ann


# ---------------------------------------------------------------------- several processes
_WORKER: dict[str, Any] = {}


def _init_worker(name: str, components: tuple[str, ...], schema: Schema, enrich: bool,
                 overrides: dict[str, str] | None, batch_size: int, layers: tuple[str, ...]) -> None:
    from annotator.nlp.loader import load

    nlp = load(name, components)  # forked: already in the parent's cache; spawned: loaded once here
    enricher = None
    if enrich:
        from annotator.nlp.enrich import Enricher

        enricher = Enricher.from_project_resources(schema, overrides)
    _WORKER.update(nlp=nlp, schema=schema, confidence=label_confidence(nlp), enricher=enricher,
                   batch_size=batch_size, layers=layers)


def _work(chunk: list[tuple[int, str]]) -> tuple[list[tuple[int, DocAnnotations]], dict[int, bytes]]:
    w = _WORKER
    tokens: dict[int, bytes] = {}
    results = list(annotate_documents(w["nlp"], chunk, w["schema"], confidence=w["confidence"],
                                      enricher=w["enricher"], batch_size=w["batch_size"], layers=w["layers"],
                                      tokens=tokens))
    return results, tokens


def annotate_parallel(name: str, components: tuple[str, ...], chunks: Iterable[list[tuple[int, str]]],
                      schema: Schema, *, n_process: int, enrich: bool = False,
                      overrides: dict[str, str] | None = None, batch_size: int = 64,
                      layers: tuple[str, ...] = ("entities",), tokens: dict[int, bytes] | None = None,
                      ) -> Iterator[list[tuple[int, DocAnnotations]]]:
    """Annotate chunks of documents in ``n_process`` worker processes; yield each chunk's results in order
    (and, with ``tokens``, put each document's encoded token boundaries there before yielding it).

    Unlike ``nlp.pipe(n_process=...)``, the workers run the whole per-document work (paragraph
    split, NER, label mapping, enrichment) and send back only the small annotation records, not
    the ``Doc`` objects, so the parent process is free to write the project. At most
    ``2 * n_process`` chunks are in flight; closing the generator terminates the workers.
    """
    import multiprocessing

    ctx = multiprocessing.get_context()
    with ctx.Pool(n_process, initializer=_init_worker,
                  initargs=(name, components, schema, enrich, overrides, batch_size, layers)) as pool:
        inflight: deque[Any] = deque()
        for chunk in chunks:
            inflight.append(pool.apply_async(_work, (chunk,)))
            if len(inflight) >= 2 * n_process:
                results, kept = inflight.popleft().get()
                if tokens is not None:
                    tokens.update(kept)
                yield results
        while inflight:
            results, kept = inflight.popleft().get()
            if tokens is not None:
                tokens.update(kept)
            yield results


def describe(name_or_path: str) -> str:
    """A short name for messages: the package name or the folder."""
    p = Path(name_or_path)
    return str(p) if p.exists() else name_or_path
