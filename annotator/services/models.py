"""The model registry as the user sees it: fingerprints, the active pre-annotator, re-pre-annotation.

* :func:`weights_fingerprint`: what tells two pipelines with one name and version apart.
* :func:`check_weights`: pre-annotation refuses (E420) a pipeline whose name and version are
  already in the project with other weights (``spacy train`` names every pipeline
  ``pipeline`` 0.0.0; the old behaviour was to skip every document as "already done").
* :func:`activate`: the pre-annotator humans start from (project meta ``model_annotator`` and
  ``pipeline``).
* :func:`repreannotate`: the active (or a given) model pre-annotates every document; those no human
  has touched come first, and the model's version of those a human is working on is stored beside
  theirs to compare, never applied.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, field
from pathlib import Path

from annotator.core.errors import PipelineError
from annotator.core.progress import CancelToken, ProgressFn, no_progress
from annotator.store import models as registry
from annotator.store.project import Project

MODEL_ANNOTATOR_KEY = "model_annotator"
PIPELINE_KEY = "pipeline"
_CHUNK = 1 << 20


def weights_fingerprint(pipeline_dir: str | os.PathLike[str]) -> str:
    """SHA-256 over the pipeline folder's files except ``meta.json`` (which we rewrite): each
    file's relative path, size, and its bytes (for files over 2 MB, the first and last MB: the
    weights of a retrained component change throughout, the static vectors never do)."""
    root = Path(pipeline_dir)
    h = hashlib.sha256()
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        rel = path.relative_to(root).as_posix()
        if rel == "meta.json":
            continue
        size = path.stat().st_size
        h.update(f"{rel}\0{size}\0".encode())
        with open(path, "rb") as fh:
            if size <= 2 * _CHUNK:
                h.update(fh.read())
            else:
                h.update(fh.read(_CHUNK))
                fh.seek(size - _CHUNK)
                h.update(fh.read(_CHUNK))
    return h.hexdigest()


def check_weights(project: Project, annotator: str, pipeline: str) -> registry.ModelRow | None:
    """Refuse a pipeline that reuses a registered name and version with other weights. For an
    outside pipeline not yet registered, return the row to register with its first write."""
    from annotator.nlp.loader import pipeline_path
    from annotator.nlp.preannotate import pipeline_meta

    path = pipeline_path(pipeline)
    fingerprint = weights_fingerprint(path)
    row = registry.get(project, annotator)
    if row is None:
        meta = pipeline_meta(pipeline)
        return registry.ModelRow(
            annotator=annotator, name=f"{meta.get('lang', 'xx')}_{meta.get('name', 'pipeline')}",
            version=str(meta.get("version", "0.0.0")), origin="external", path=str(pipeline), weights=fingerprint)
    if row.weights != fingerprint:
        raise PipelineError(
            f"{pipeline}: its name and version ({annotator.removeprefix('model:')}) are already in this project "
            f"for other weights (registered from {row.path}); its suggestions would be mixed with the other "
            "model's. Train it with 'annotator train' (which gives every model its own name and version) or "
            "change 'name' or 'version' in its meta.json", code="E420")
    return None


def active(project: Project) -> str | None:
    """The model annotator humans start from, or None."""
    return project.get_meta(MODEL_ANNOTATOR_KEY)


def activate(project: Project, annotator: str) -> registry.ModelRow:
    """Make a registered model the pre-annotator humans start from."""
    row = registry.get(project, annotator)
    if row is None:
        known = ", ".join(r.annotator for r in registry.all_models(project)) or "none"
        raise PipelineError(f"no model {annotator!r} in this project (registered: {known})", code="E421")
    with project.write():
        project.set_meta(MODEL_ANNOTATOR_KEY, annotator)
        project.set_meta(PIPELINE_KEY, row.path)
    return row


def resolve(project: Project, name: str) -> registry.ModelRow:
    """A registered model by annotator name, ``name-version`` or a unique prefix of it."""
    rows = registry.all_models(project)
    for r in rows:
        if name in (r.annotator, r.annotator.removeprefix("model:")):
            return r
    hits = [r for r in rows if r.annotator.removeprefix("model:").startswith(name)]
    if len(hits) == 1:
        return hits[0]
    known = ", ".join(r.annotator for r in rows) or "none"
    raise PipelineError(f"no single model matches {name!r} (registered: {known})", code="E421")


@dataclass
class RepreannotateReport:
    annotator: str
    untouched: int = 0  # documents no human touched: the new suggestions are what they start from
    compared: int = 0  # documents a human touched: new suggestions stored beside their version
    skipped: int = 0  # already pre-annotated by this model
    seconds: float = 0.0
    notes: list[str] = field(default_factory=list)

    def summary(self) -> str:
        return (f"{self.annotator}: {self.untouched} untouched document(s) pre-annotated; {self.compared} that "
                f"humans are working on got suggestions to compare (their versions unchanged); "
                f"{self.skipped} already done by this model")


def repreannotate(project: Project, pipeline: str | None = None, *, n_process: int = 1,
                  progress: ProgressFn = no_progress, cancel: CancelToken | None = None) -> RepreannotateReport:
    """Pre-annotate every document with ``pipeline`` (default: the active model's) and make it active.

    Untouched documents come first. Only the model's own version is written: no human or gold
    row changes (the test compares the tables).
    """
    from annotator.services.preannotate import preannotate

    if pipeline is None:
        model = active(project)
        row = registry.get(project, model) if model else None
        if row is None:
            raise PipelineError("no active model to re-pre-annotate with: train one, or choose one in "
                                "Model ▸ Models… ('annotator models PROJECT --use NAME')", code="E422")
        pipeline = row.path
    touched = registry.touched_ids(project)
    ids = project.document_ids()
    untouched = [i for i in ids if i not in touched]
    ordered = untouched + [i for i in ids if i in touched]
    rep = preannotate(project, pipeline=pipeline, doc_ids=ordered, n_process=n_process, progress=progress,
                      cancel=cancel)
    done = project.preannotated_ids(rep.annotator, rep.layers)
    out = RepreannotateReport(annotator=rep.annotator, skipped=rep.skipped, seconds=rep.seconds,
                              notes=list(rep.notes))
    out.untouched = sum(1 for i in untouched if i in done)
    out.compared = sum(1 for i in ids if i in touched and i in done)
    return out
