"""Train a pipeline from the project's reviewed work, in a separate process, and register it.

1. **Choose** whose versions (``sources``): ``gold`` (reviewed documents), ``done`` (per document
   the latest human version marked done) or annotator names (their documents marked done). The
   first source that has a document gives its version. A model's own output is refused.
2. **Export in memory**: the same records as ``annotator export`` (entities, sentiment spans,
   event cats), split train/dev by the same seeded content hash. Nothing is written to disk.
3. **Train** in a spawned process (:func:`annotator.nlp.train.child_main`) with spaCy's own loop;
   its steps and dev scores come back as events (``on_event``) while the caller's thread waits on
   the queue; cancelling terminates the process and registers nothing.
4. **Register**: the pipeline is moved to ``<project>.models/<name>-<version>/``, its
   ``meta.json`` gets a unique name and version (``<project>_<data hash>`` and
   ``<year>.<month><day>.<n>``) plus what it was trained on, and a row goes into the registry.

The project is only read until the registry row is written; annotators' versions never change.
"""

from __future__ import annotations

import hashlib
import json
import queue as queue_mod
import re
import shutil
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from annotator.core.errors import Cancelled, ExportError, PipelineError
from annotator.core.model import DocAnnotations, is_model_annotator
from annotator.core.progress import CancelToken, ProgressFn, no_progress
from annotator.nlp.export import DocRecord
from annotator.nlp.loader import DEFAULT_PIPELINE
from annotator.services.export import dev_documents, record, select_versions
from annotator.store import models as registry
from annotator.store.project import Project, now

EventFn = Callable[[dict[str, Any]], None]
CURVE = (0.25, 0.5, 0.75, 1.0)


def no_events(event: dict[str, Any]) -> None:
    """The default event callback: ignore."""


@dataclass
class TrainReport:
    annotator: str = ""
    name: str = ""
    version: str = ""
    path: str = ""
    base: str = ""
    documents: int = 0
    train: int = 0
    dev: int = 0
    trained_on: dict[str, int] = field(default_factory=dict)
    data_hash: str = ""
    steps: int = 0
    scores: dict[str, float] = field(default_factory=dict)
    per_type: dict[str, Any] = field(default_factory=dict)
    evals: list[dict[str, Any]] = field(default_factory=list)
    curve: list[dict[str, Any]] = field(default_factory=list)
    seconds: float = 0.0
    train_seconds: float = 0.0
    peak_mb: float = 0.0
    cpu_seconds: float = 0.0  # CPU time of the training process (user + system)
    notes: list[str] = field(default_factory=list)

    def summary(self) -> str:
        s = self.scores
        figures = ", ".join(f"{k} {s[k]:.3f}" for k in ("ents_f", "spans_sentiment_f", "cats_macro_f") if k in s)
        return (f"{self.annotator}: trained on {self.train} documents (dev {self.dev}) of "
                f"{', '.join(f'{k} {v}' for k, v in sorted(self.trained_on.items()))} in {self.steps} steps, "
                f"{self.train_seconds:.0f} s; dev: {figures or 'no evaluation yet'}")


# ---------------------------------------------------------------------- choosing the data
def select(project: Project, sources: Sequence[str] = ("done",)) -> tuple[list[tuple[int, str]], str]:
    """``[(doc_id, annotator)]`` to train on (one version per document) and its description."""
    sources = list(dict.fromkeys(sources or ("done",)))
    chosen: dict[int, str] = {}
    words = []
    for src in sources:
        if src not in ("gold", "done"):
            kind = project.annotator_kind(src)
            if kind is None:
                known = ", ".join(n for n in project.annotators() if not is_model_annotator(n)) or "none"
                raise PipelineError(f"--from {src}: no such annotator in this project (humans and gold: {known}); "
                                    "expected gold, done or annotator names", code="E423")
            if kind == "model" or is_model_annotator(src):
                raise PipelineError(f"--from {src}: that is a model's own output; train on human or reviewed "
                                    "versions (gold, done, or an annotator's name)", code="E424")
        try:
            pairs, what = select_versions(project, gold=(src == "gold"),
                                          annotator=None if src in ("gold", "done") else src)
        except ExportError as exc:
            if src == "gold" and exc.code == "E504":
                pairs, what = [], "gold versions (none yet)"
            else:
                raise
        words.append(what)
        for doc_id, name in pairs:
            chosen.setdefault(doc_id, name)
    return sorted(chosen.items()), "; then ".join(words)


def records(project: Project, pairs: Sequence[tuple[int, str]]) -> tuple[list[DocRecord], list[str], list[str]]:
    """The training records (in document order), their content hashes, and notes."""
    schema = project.schema
    notes: list[str] = []
    out: list[DocRecord] = []
    hashes: list[str] = []
    by_doc = dict(pairs)
    ids = sorted(by_doc)
    for k in range(0, len(ids), 500):
        chunk = ids[k : k + 500]
        bulk = project.annotations_bulk(sorted({by_doc[i] for i in chunk}), chunk)
        for doc in project.documents(chunk):
            ann = bulk.get((doc.id, by_doc[doc.id])) or DocAnnotations()  # type: ignore[index]
            out.append(record(doc, ann, schema.company_label, schema.event_names, notes))
            hashes.append(doc.hash)
    return out, hashes, notes


def data_hash(recs: Sequence[DocRecord], hashes: Sequence[str]) -> str:
    """SHA-256 of the training data: each document's content hash and its annotations."""
    h = hashlib.sha256()
    for rec, doc_hash in sorted(zip(recs, hashes), key=lambda x: x[1]):
        h.update(json.dumps([doc_hash, sorted(rec.ents), sorted(rec.spans), sorted(rec.cats.items())]).encode())
    return h.hexdigest()


def slug(text: str) -> str:
    s = re.sub(r"[^a-z0-9]+", "_", text.lower()).strip("_")
    return (s or "project")[:40]


def models_dir(project: Project) -> Path:
    return project.path.resolve().parent / f"{project.path.stem}.models"


# ---------------------------------------------------------------------- the process
def _context():
    """``forkserver`` where there is one (:func:`annotator.services.processes.spacy_context`): each
    training process is forked from a single-threaded server that has spaCy loaded, never from the
    window's threads; else ``spawn``."""
    from annotator.services.processes import spacy_context

    return spacy_context()


def run_process(spec: Any, *, progress: ProgressFn = no_progress, cancel: CancelToken | None = None,
                on_event: EventFn = no_events, label: str = "training") -> dict[str, Any]:
    """Run :func:`annotator.nlp.train.child_main` in its own process; return its ``done`` message.

    The calling thread only waits on the queue (every 0.1 s it looks at ``cancel``): a cancel, an
    error or an exception here terminates the process.
    """
    from annotator.nlp.train import child_main

    ctx = _context()
    q = ctx.Queue()
    proc = ctx.Process(target=child_main, args=(spec, q), daemon=True, name="annotator-train")
    proc.start()
    on_event({"type": "started", "pid": proc.pid})
    try:
        while True:
            if cancel is not None and cancel.cancelled:
                raise Cancelled()
            try:
                msg = q.get(timeout=0.1)
            except queue_mod.Empty:
                if not proc.is_alive():
                    try:
                        msg = q.get(timeout=1.0)
                    except queue_mod.Empty:
                        raise PipelineError(f"the training process ended without a result (exit code "
                                            f"{proc.exitcode}); nothing was registered", code="E425") from None
                else:
                    continue
            on_event(msg)
            kind = msg.get("type")
            if kind == "done":
                return msg
            if kind == "error":
                raise PipelineError(f"training failed: {msg.get('message')}; nothing was registered", code="E426")
            if kind == "step":
                progress(msg["step"], spec.max_steps, f"{label}: step {msg['step']}")
            elif kind == "eval":
                progress(msg["step"], spec.max_steps, f"{label}: step {msg['step']}, dev score {msg['score']:.3f}")
            elif kind == "log":
                progress(0, spec.max_steps, f"{label}: {msg['message']}")
    finally:
        if proc.is_alive():
            proc.terminate()
            proc.join(10)
            if proc.is_alive():  # pragma: no cover - a process that ignores SIGTERM
                proc.kill()
        proc.join()
        q.close()
        q.join_thread()


# ---------------------------------------------------------------------- train
def train(project: Project, *, sources: Sequence[str] = ("done",), base: str | None = DEFAULT_PIPELINE,
          max_steps: int = 600, eval_frequency: int = 50, patience: int = 300, max_minutes: float | None = None,
          use_vectors: bool = True, source_ner: bool = True, dev_fraction: float = 0.2, seed: int = 0,
          curve: bool = False, activate: bool = True, extra: dict[str, Any] | None = None,
          progress: ProgressFn = no_progress, cancel: CancelToken | None = None,
          on_event: EventFn = no_events) -> TrainReport:
    """Train on ``sources``, register the pipeline and (``activate``) make it the pre-annotator.

    With ``curve`` the pipeline is trained on 25/50/75/100 % of the training documents (same dev
    set, same settings); the 100 % one is registered and the curve goes into its registry row.
    """
    from annotator.nlp.train import TrainSpec

    t0 = time.perf_counter()
    if max_steps < 1 or eval_frequency < 1:
        raise PipelineError(f"steps and evaluation frequency must be at least 1 (got {max_steps}, "
                            f"{eval_frequency})", code="E427")
    if max_minutes is not None and max_minutes <= 0:
        raise PipelineError(f"--max-minutes must be positive (got {max_minutes})", code="E427")
    if base:
        from annotator.nlp.loader import pipeline_path

        pipeline_path(base)  # E401/E402 now, before anything starts
    pairs, what = select(project, sources)
    if len(pairs) < 2:
        raise PipelineError(f"training needs at least 2 documents ({what}: {len(pairs)}); one goes to the dev "
                            "set to measure the model", code="E428")
    recs, hashes, notes = records(project, pairs)
    dev = dev_documents(hashes, dev_fraction or 0.2, seed)
    train_recs = [r for r, h in zip(recs, hashes) if h not in dev]
    dev_recs = [r for r, h in zip(recs, hashes) if h in dev]
    trained_on: dict[str, int] = {}
    for _doc, name in pairs:
        trained_on[name] = trained_on.get(name, 0) + 1
    dhash = data_hash(recs, hashes)
    report = TrainReport(base=base or "", documents=len(recs), train=len(train_recs), dev=len(dev_recs),
                         trained_on=trained_on, data_hash=dhash, notes=notes[:20])
    if len(notes) > 20:
        report.notes.append(f"... and {len(notes) - 20} more notes")
    if base:
        from annotator.nlp.preannotate import pipeline_meta

        lang = str(pipeline_meta(base).get("lang", "fr"))
    else:
        lang = "fr"
    root = models_dir(project)
    root.mkdir(parents=True, exist_ok=True)
    scratch = Path(tempfile.mkdtemp(prefix=".training-", dir=root))
    try:
        fractions = CURVE if curve else (1.0,)
        result: dict[str, Any] = {}
        for frac in fractions:
            k = max(1, round(len(train_recs) * frac))
            part = train_recs[:k]
            label = f"training on {k} documents" if curve else "training"
            out = scratch / f"run-{int(frac * 100)}"
            spec = TrainSpec(train=part, dev=dev_recs, output=str(out), base=base, lang=lang,
                             use_vectors=use_vectors, source_ner=source_ner, max_steps=max_steps,
                             eval_frequency=eval_frequency, patience=patience,
                             max_seconds=None if max_minutes is None else max_minutes * 60, seed=seed,
                             extra=dict(extra or {}))
            evals: list[dict[str, Any]] = []

            def collect(event: dict[str, Any], evals: list[dict[str, Any]] = evals, frac: float = frac) -> None:
                if event.get("type") == "eval":
                    evals.append(event)
                on_event({**event, "fraction": frac})

            result = run_process(spec, progress=progress, cancel=cancel, on_event=collect, label=label)
            if curve:
                report.curve.append({"fraction": frac, "documents": k, "steps": result["steps"],
                                     "scores": result["scores"]})
        report.evals = evals
        report.steps = result["steps"]
        report.scores = result["scores"]
        report.per_type = result["per_type"]
        report.train_seconds = result["seconds"]
        report.peak_mb = result["peak_mb"]
        report.cpu_seconds = result.get("cpu_seconds", 0.0)
        report.notes += result["notes"]
        if cancel is not None and cancel.cancelled:
            raise Cancelled()
        _register(project, report, Path(result["path"]), root, result, activate=activate,
                  settings={"max_steps": max_steps, "eval_frequency": eval_frequency, "patience": patience,
                            "max_minutes": max_minutes, "use_vectors": use_vectors, "source_ner": source_ner,
                            "seed": seed, "sources": list(sources), "selection": what})
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    report.seconds = time.perf_counter() - t0
    return report


def _register(project: Project, report: TrainReport, trained: Path, root: Path, result: dict[str, Any], *,
              activate: bool, settings: dict[str, Any]) -> None:
    from annotator.services.models import activate as make_active
    from annotator.services.models import weights_fingerprint

    day = datetime.now(timezone.utc)
    name = f"{slug(project.path.stem)}_{report.data_hash[:8]}"
    seq = registry.count(project, "trained") + 1
    while True:
        version = f"{day:%Y}.{day.month * 100 + day.day}.{seq}"
        meta_path = trained / "meta.json"
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        lang = meta.get("lang", "fr")
        annotator = f"model:{lang}_{name}-{version}"
        final = root / f"{lang}_{name}-{version}"
        if registry.get(project, annotator) is None and not final.exists():
            break
        seq += 1
    meta.update(name=name, version=version,
                description=f"Trained by annotator on {report.train} documents of the project "
                            f"{project.path.name} ({', '.join(sorted(report.trained_on))}); data {report.data_hash[:12]}",
                annotator={"project": project.path.name, "data_hash": report.data_hash, "trained_on": report.trained_on,
                           "documents": report.documents, "train": report.train, "dev": report.dev,
                           "base": report.base, "created": now(), "steps": report.steps})
    meta_path.write_text(json.dumps(meta, ensure_ascii=False, indent=2), encoding="utf-8")
    shutil.move(str(trained), final)
    report.annotator, report.name, report.version, report.path = annotator, name, version, str(final)
    row = registry.ModelRow(
        annotator=annotator, name=f"{lang}_{name}", version=version, origin="trained", path=str(final),
        base=report.base, weights=weights_fingerprint(final), data_hash=report.data_hash,
        documents=report.documents, trained_on=report.trained_on,
        scores={"summary": report.scores, "per_type": report.per_type},
        details={"settings": settings, "train": report.train, "dev": report.dev, "steps": report.steps,
                 "best_step": result.get("best_step"), "seconds": report.train_seconds, "peak_mb": report.peak_mb,
                 "cpu_seconds": report.cpu_seconds,
                 "pipeline": result.get("pipeline"), "sourced_ner": result.get("sourced_ner"),
                 "vectors": result.get("vectors"), "notes": report.notes, "curve": report.curve,
                 "evals": [{"step": e["step"], "score": e["score"], "scores": e["scores"]} for e in report.evals]})
    try:
        with project.write():
            project.ensure_annotator(annotator, "model")
            registry.add(project, row)
            if activate:
                make_active(project, annotator)
    except BaseException:
        shutil.rmtree(final, ignore_errors=True)
        raise
    report.notes.append(f"registered as {annotator} in {final}")
