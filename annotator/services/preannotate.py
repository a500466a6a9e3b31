"""Pre-annotate a project's documents with a spaCy pipeline (and the enricher for the other layers).

The output is stored as the model's own annotator version (``model:fr_core_news_md-3.8.0``);
humans start from it (project meta ``model_annotator``). Work is resumable: documents already
pre-annotated by the same model version for the requested layers are skipped, and each batch of
documents is written in one transaction, so a cancel keeps whole batches only.

The pipeline is loaded only when there is a document to process.
"""

from __future__ import annotations

import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from annotator.core.errors import Cancelled, PipelineError
from annotator.core.model import DocAnnotations
from annotator.core.progress import CancelToken, ProgressFn, no_progress
from annotator.nlp.loader import DEFAULT_PIPELINE
from annotator.store import models as models_store
from annotator.store import tokens as token_store
from annotator.store.project import ENTITY, EVENT, SENTIMENT, Project

LAYERS = ("entities", "sentiments", "events")
_STORE_LAYER = {"entities": ENTITY, "sentiments": SENTIMENT, "events": EVENT}
MODEL_ANNOTATOR_KEY = "model_annotator"
PIPELINE_KEY = "pipeline"


@dataclass
class PreannotateReport:
    annotator: str
    processed: int = 0
    skipped: int = 0
    pipeline: str = ""
    layers: tuple[str, ...] = ()
    entities: int = 0
    seconds: float = 0.0
    notes: list[str] = field(default_factory=list)


def project_pipeline(project: Project, pipeline: str | None = None) -> str:
    """``pipeline`` if given, else the project's meta "pipeline", else fr_core_news_md."""
    return pipeline or project.get_meta(PIPELINE_KEY) or DEFAULT_PIPELINE


def _enricher(project: Project):  # -> annotator.nlp.enrich.Enricher
    try:
        from annotator.nlp.enrich import Enricher
    except ImportError as exc:
        raise PipelineError(
            "the sentiments and events layers need annotator.nlp.enrich, which is not available in this "
            f"installation ({exc}); pre-annotate with layers=('entities',)", code="E412") from exc
    return Enricher.from_project_resources(project.schema, _overrides(project))


def _overrides(project: Project) -> dict[str, str] | None:
    """The project's edited copies of resource files (meta "resource:<file name>"), or None."""
    from annotator.nlp.enrich import RESOURCE_FILES

    overrides = {name: text for name in RESOURCE_FILES
                 if (text := project.get_meta(f"resource:{name}")) is not None}
    return overrides or None


def _pipeline_groups(project: Project, main: str, todo: list[int], report: PreannotateReport) -> dict[str, list[int]]:
    """``{pipeline: doc ids}``: each document goes to the pipeline of its stored language
    (:mod:`annotator.nlp.languages`); the main pipeline's group comes first."""
    from annotator.nlp.languages import LANGUAGE_PIPELINES, missing_note, pipeline_for, pipeline_language
    from annotator.store.languages import document_languages

    langs = document_languages(project, todo)
    overrides = {lang: v for lang in LANGUAGE_PIPELINES if (v := project.get_meta(f"pipeline:{lang}"))}
    main_lang = pipeline_language(main)
    groups: dict[str, list[int]] = {main: []}
    fallback: dict[str, int] = {}
    for doc_id in todo:
        lang = langs.get(doc_id, "")
        chosen = pipeline_for(lang, main, overrides)
        groups.setdefault(chosen, []).append(doc_id)
        if chosen == main and lang and main_lang and lang != main_lang:
            fallback[lang] = fallback.get(lang, 0) + 1
    for lang, count in fallback.items():
        report.notes.append(missing_note(lang, main, count))
    for other, ids in groups.items():
        if other != main and ids:
            report.notes.append(f"{len(ids)} document(s) read with {other} (their language's pipeline); "
                                f"stored as {report.annotator} like the others")
    return {k: v for k, v in groups.items() if v}


def _run_group(project: Project, gname: str, main: str, ids: list[int], layers: tuple[str, ...], n_process: int,
               batch_size: int, enrich: bool, enricher, write, progress: ProgressFn,
               cancel: CancelToken | None, total: int, done, tokens: dict[int, bytes], tok: dict[str, str]) -> None:
    """Pre-annotate ``ids`` with pipeline ``gname``, writing whole batches through ``write``."""
    from annotator.nlp import preannotate as nlp_pre
    from annotator.nlp.loader import load

    components = nlp_pre.ner_components(gname, layers if gname == main else ("entities",))
    progress(done(), total, f"loading {nlp_pre.describe(gname)}")
    nlp = load(gname, components)
    from annotator.nlp.tokens import tokenizer_id

    tok["id"] = tokenizer_id(nlp)  # the tokens kept for the export are this pipeline's
    confidence = nlp_pre.label_confidence(nlp)
    schema = project.schema

    from annotator.services.boilerplate import BoilerplateFinder

    finder = BoilerplateFinder(project)

    def chunks() -> Iterator[list[tuple]]:
        # each document with its non-article lines, which the NER and the enricher skip
        for k in range(0, len(ids), batch_size):
            yield [(d.id, d.text, [(s, e) for s, e, _ in finder.lines(d.id, d.text, d.source)])  # type: ignore[arg-type]
                   for d in project.documents(ids[k : k + batch_size])]

    progress(done(), total, "pre-annotating")
    # spaCy batches paragraphs: a document has several, so ask for more per batch than documents.
    pipe_batch = max(batch_size, 64)
    if n_process > 1:
        stream = nlp_pre.annotate_parallel(gname, components, chunks(), schema, n_process=n_process,
                                           enrich=enrich, overrides=_overrides(project) if enrich else None,
                                           batch_size=pipe_batch, layers=layers, tokens=tokens)
        try:
            for batch in stream:
                write(batch)
        finally:
            stream.close()
        return
    texts = (item for chunk in chunks() for item in chunk)
    def on_piece(doc_id: int, done_pieces: int, pieces: int) -> None:
        progress(done(), total, f"long article {doc_id}: {100 * done_pieces // pieces}% read")

    results = nlp_pre.annotate_documents(nlp, texts, schema, confidence=confidence, enricher=enricher,
                                         batch_size=pipe_batch, layers=layers, on_piece=on_piece, tokens=tokens)
    batch: list[tuple[int, DocAnnotations]] = []
    try:
        for item in results:
            if cancel is not None and cancel.cancelled:
                raise Cancelled()
            batch.append(item)
            if len(batch) >= batch_size:
                write(batch)
                batch = []
        if batch:
            write(batch)
    finally:
        results.close()


def preannotate(project: Project, *, pipeline: str | None = None, layers: Sequence[str] = LAYERS,
                n_process: int = 1, batch_size: int = 32, force: bool = False,
                progress: ProgressFn = no_progress, cancel: CancelToken | None = None,
                doc_ids: Sequence[int] | None = None) -> PreannotateReport:
    """Pre-annotate every document (or ``doc_ids``) not yet done by this model version.

    ``batch_size`` documents are written per transaction; ``force`` redoes documents already done.
    Raises :class:`Cancelled` after the last whole batch when ``cancel`` is set.
    """
    from annotator.nlp import preannotate as nlp_pre

    layers = tuple(dict.fromkeys(layers))
    bad = [x for x in layers if x not in LAYERS]
    if bad or not layers:
        raise PipelineError(f"unknown pre-annotation layer(s) {', '.join(map(repr, bad)) or '(none)'}; "
                            f"expected some of {', '.join(LAYERS)}", code="E413")
    if n_process < 1 or batch_size < 1:
        raise PipelineError(f"n_process and batch_size must be at least 1 (got {n_process}, {batch_size})",
                            code="E414")
    name = project_pipeline(project, pipeline)
    annotator = nlp_pre.annotator_for(name)  # reads meta.json only: raises E40x if not installed
    from annotator.services.models import check_weights

    new_row = check_weights(project, annotator, name)  # E420: same name and version, other weights
    components = nlp_pre.ner_components(name, layers)
    report = PreannotateReport(annotator=annotator, pipeline=name, layers=layers)
    t0 = time.perf_counter()

    ids = list(doc_ids) if doc_ids is not None else project.document_ids()
    if not force:
        done = project.preannotated_ids(annotator, layers)
        todo = [i for i in ids if i not in done]
    else:
        todo = ids
    report.skipped = len(ids) - len(todo)
    total = len(todo)

    def set_meta() -> None:
        project.ensure_annotator(annotator, "model")
        if new_row is not None and models_store.get(project, annotator) is None:
            models_store.add(project, new_row)
        project.set_meta(MODEL_ANNOTATOR_KEY, annotator)
        project.set_meta(PIPELINE_KEY, name)

    if not todo:
        with project.write():
            set_meta()
        progress(0, 0, "nothing to pre-annotate")
        report.seconds = time.perf_counter() - t0
        return report

    if cancel is not None:
        cancel.check()
    tokens: dict[int, bytes] = {}  # each document's token boundaries, kept with its batch
    tok = {"id": ""}  # the tokenizer of the pipeline reading the current group (set by _run_group)
    enrich = "sentiments" in layers or "events" in layers
    enricher = _enricher(project) if enrich else None  # built here first: bad resource files fail now
    store_layers = [_STORE_LAYER[x] for x in layers]
    groups = _pipeline_groups(project, name, todo, report)

    def write(batch: list[tuple[int, DocAnnotations]]) -> None:
        if cancel is not None and cancel.cancelled:
            raise Cancelled()
        with project.write():
            if report.processed == 0:
                set_meta()
            for doc_id, ann in batch:
                project.replace_annotations(doc_id, annotator, ann, action="preannotate", history=False,
                                            layers=store_layers)
                project.mark_preannotated(doc_id, annotator, layers)
            keep = [(d, tokens.pop(d)) for d, _ in batch if d in tokens]
            if keep:  # the export builds its Docs from these (annotator.services.tokens)
                token_store.put_many(project, tok["id"], keep)
        report.processed += len(batch)
        report.entities += sum(len(a.entities) for _, a in batch)
        progress(report.processed, total, "")

    for gname, ids in groups.items():
        _run_group(project, gname, name, ids, layers, n_process, batch_size, enrich, enricher, write,
                   progress, cancel, total, lambda: report.processed, tokens, tok)
    report.seconds = time.perf_counter() - t0
    return report
