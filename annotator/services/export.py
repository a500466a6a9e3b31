"""Export annotations as spaCy training data (``train.spacy`` / ``dev.spacy`` + ``config.cfg``) or JSONL.

Whose version is exported:

* default: for each document, the human version marked *done* that was updated last;
* ``annotator=NAME``: that annotator's version (a model's pre-annotation only this way); for a
  human, the documents they marked done; for a model, every document it pre-annotated;
* ``gold=True``: the reviewed version (annotator ``gold``) of every document whose review is finished
  (gold status done); with ``fmt="jsonl"`` every gold version, with its status.

Unreviewed model output is never exported unless asked for by name. Documents are split into
train and dev by a seeded hash of their content alone (the same document lands on the same side on
every desktop). Files are written under temporary names and renamed at the end, so a cancel or
an error leaves no half-written output. The project is only read.
"""

from __future__ import annotations

import hashlib
import json
import os
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from annotator.core.companies import without_orphans
from annotator.core.errors import Cancelled, ExportError
from annotator.core.model import GOLD, DocAnnotations, Document, Status, is_model_annotator
from annotator.core.progress import CancelToken, ProgressFn, no_progress
from annotator.core.text import company_key
from annotator.nlp.export import DocRecord, SpanProblem
from annotator.services.preannotate import project_pipeline
from annotator.store.project import Project

FORMATS = ("spacy", "jsonl")


@dataclass
class ExportReport:
    outdir: Path
    fmt: str
    selection: str  # whose versions, in words
    documents: int = 0
    train: int = 0
    dev: int = 0
    entities: int = 0
    spans: int = 0
    problems: list[SpanProblem] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # e.g. sentiments of companies with no mention
    files: list[Path] = field(default_factory=list)
    seconds: float = 0.0
    workers: int = 0  # worker processes that built the DocBins (0: this process)
    cpu_seconds: float = 0.0  # this process's and the workers' CPU time

    @property
    def misaligned(self) -> list[SpanProblem]:
        return [p for p in self.problems if p.problem == "misaligned"]

    @property
    def snapped(self) -> int:
        return sum(1 for p in self.problems if p.snapped)


# ---------------------------------------------------------------------- selection
def select_versions(project: Project, *, annotator: str | None = None, gold: bool = False,
                    everything: bool = False, unfinished: bool = False) -> tuple[list[tuple[int, str]], str]:
    """``[(doc_id, annotator)]`` to export, in document order, and a description of the choice.

    A named human annotator's documents are those marked done, in every format, unless
    ``unfinished`` (every version with any annotation or status)."""
    if annotator and gold:
        raise ExportError("choose either --gold or --annotator NAME, not both", code="E505")
    if gold:
        if project.annotator_kind(GOLD) is None:
            raise ExportError("no reviewed (gold) version exists yet; review documents first, or export "
                              "the annotators' versions", code="E504")
        if everything:  # jsonl keeps every gold version, with its status, for audit
            return [(i, GOLD) for i in project.annotated_doc_ids(GOLD)], "every gold version"
        # training data takes only documents whose review is finished: a half-reviewed gold
        # version lacks the items not yet decided
        done = _with_status(project, GOLD, Status.DONE.value)
        return [(i, GOLD) for i in sorted(done)], "gold versions of fully reviewed documents"
    if annotator:
        kind = project.annotator_kind(annotator)
        if kind is None:
            known = ", ".join(project.annotators()) or "none"
            raise ExportError(f"unknown annotator {annotator!r} (the project has: {known})", code="E503")
        if kind == "model" or is_model_annotator(annotator):
            ids = sorted(project.preannotated_ids(annotator, ()) | set(project.annotated_doc_ids(annotator)))
            return [(i, annotator) for i in ids], f"model pre-annotation {annotator}"
        if unfinished:
            return [(i, annotator) for i in project.annotated_doc_ids(annotator)], f"all versions of {annotator}"
        done = _with_status(project, annotator, Status.DONE.value)
        return [(i, annotator) for i in sorted(done)], f"{annotator}'s documents marked done"
    if everything:
        names = project.annotators("human") + project.annotators("gold")
        pairs = sorted((i, n) for n in names for i in project.annotated_doc_ids(n))
        return pairs, "every human and gold version"
    latest = project.latest_versions(Status.DONE.value, ("human",))
    return sorted(latest.items()), "latest human version marked done, per document"


def _with_status(project: Project, annotator: str, status: str) -> set[int]:
    return {doc_id for (doc_id, _), st in project.statuses_bulk([annotator]).items() if st == status}


# ---------------------------------------------------------------------- records
def record(doc: Document, ann: DocAnnotations, company_label: str, events: Sequence[str],
           notes: list[str] | None = None) -> DocRecord:
    """The spaCy-facing record of one version: ents, sentiment spans (every company mention
    labelled with the company's value), cats (every schema event type, 1.0/0.0)."""
    text = doc.text
    ents = [(s.start, s.end, s.label) for s in ann.entities]
    spans = []
    placed = set()
    if ann.sentiments:
        for s in ann.entities:
            if s.label != company_label:
                continue
            key = s.company or company_key(text[s.start:s.end])
            sentiment = ann.sentiments.get(key)
            if sentiment is not None:
                spans.append((s.start, s.end, sentiment.value))
                placed.add(key)
        if notes is not None:
            for key, sentiment in ann.sentiments.items():
                if key not in placed:
                    notes.append(f"document {doc.id}: the sentiment {sentiment.value!r} of company "
                                 f"{sentiment.name or key!r} has no {company_label} mention to carry it; "
                                 "not in doc.spans (it is in --format jsonl)")
    cats = {label: (1.0 if label in ann.events else 0.0) for label in events}
    if notes is not None:
        for label in ann.events:
            if label not in cats:
                notes.append(f"document {doc.id}: event type {label!r} is not in the schema; not in doc.cats")
    return DocRecord(key=doc.id, text=text, ents=ents, spans=spans, cats=cats)


def dev_documents(hashes: Sequence[str], dev_fraction: float, seed: int) -> set[str]:
    """The document hashes that go to dev: each by its own content hash alone (:func:`in_dev`), so a
    document never changes side when others are added, and every export format agrees."""
    return {h for h in set(hashes) if in_dev(h, dev_fraction, seed)}


def in_dev(content_hash: str, dev_fraction: float, seed: int = 0) -> bool:
    """Whether one document belongs to dev: a seeded hash of its content hash, read as a number in
    [0, 1), falls below ``dev_fraction``."""
    digest = hashlib.sha256(f"{seed}:{content_hash}".encode()).digest()
    return int.from_bytes(digest[:8], "big") / 2**64 < dev_fraction


# ---------------------------------------------------------------------- export
def export(project: Project, outdir: str | os.PathLike[str], *, annotator: str | None = None, gold: bool = False,
           dev_fraction: float = 0.2, seed: int = 0, snap: bool = False, fmt: str = "spacy",
           pipeline: str | None = None, progress: ProgressFn = no_progress,
           cancel: CancelToken | None = None, unfinished: bool = False, jobs: int | None = None) -> ExportReport:
    """Export; ``jobs``: processes building the DocBins (None: one per CPU for large exports, else
    this process alone; 1: this process), see :mod:`annotator.services.export_docbins`."""
    t0 = time.perf_counter()
    c0 = time.process_time()
    if fmt not in FORMATS:
        raise ExportError(f"unknown export format {fmt!r} (expected one of {', '.join(FORMATS)})", code="E507")
    if jobs is not None and jobs < 1:
        raise ExportError(f"--jobs must be at least 1, got {jobs}", code="E361")
    if not (0.0 <= dev_fraction < 1.0):
        raise ExportError(f"the dev fraction must be at least 0 and below 1, got {dev_fraction}", code="E506")
    out = Path(outdir)
    if out.exists() and not out.is_dir():
        raise ExportError(f"{out}: exists and is not a folder", code="E502")
    pairs, selection = select_versions(project, annotator=annotator, gold=gold, everything=(fmt == "jsonl"),
                                       unfinished=unfinished)
    if not pairs:
        hint = ("mark documents done, or name a version with --annotator NAME (the model's included) "
                "or --gold") if not (annotator or gold) else "nothing matches that choice"
        raise ExportError(f"nothing to export ({selection}): {hint}", code="E501")
    report = ExportReport(outdir=out, fmt=fmt, selection=selection)
    schema = project.schema
    ids = sorted({i for i, _ in pairs})
    wanted = set(ids)
    dev = dev_documents([h for h, i in project.hash_index().items() if i in wanted], dev_fraction, seed)
    out.mkdir(parents=True, exist_ok=True)
    total = len(pairs)
    by_doc: dict[int, list[str]] = {}
    for i, name in pairs:
        by_doc.setdefault(i, []).append(name)

    def versions() -> Iterator[tuple[Document, str, DocAnnotations]]:
        done = 0
        for k in range(0, len(ids), 500):  # a few queries per 500 documents
            chunk = ids[k : k + 500]
            names = sorted({n for i in chunk for n in by_doc[i]})
            bulk = project.annotations_bulk(names, chunk)
            for doc in project.documents(chunk):
                for name in by_doc[doc.id]:  # type: ignore[index]
                    if cancel is not None and cancel.cancelled:
                        raise Cancelled()
                    # jsonl keeps the project's text and offsets (non-article lines included)
                    yield doc, name, without_orphans(doc.text, bulk.get((doc.id, name)) or DocAnnotations(),  # type: ignore[arg-type]
                                                     schema.company_label)
                    done += 1
                    if done % 100 == 0 or done == total:
                        progress(done, total, "")

    tmp_files: list[tuple[Path, Path]] = []
    try:
        if fmt == "jsonl":
            _export_jsonl(project, out, versions(), dev, report, tmp_files)
        else:
            _export_spacy(project, out, ids, by_doc, snap, project_pipeline(project, pipeline), dev_fraction,
                          seed, report, tmp_files, progress, cancel, jobs)
        for tmp, final in tmp_files:
            os.replace(tmp, final)
            report.files.append(final)
    finally:
        for tmp, _ in tmp_files:
            tmp.unlink(missing_ok=True)
    report.seconds = time.perf_counter() - t0
    report.cpu_seconds += time.process_time() - c0
    return report


def _tmp(out: Path, name: str, tmp_files: list[tuple[Path, Path]]) -> Path:
    tmp = out / f".{name}.partial"
    tmp_files.append((tmp, out / name))
    return tmp


def _export_spacy(project: Project, out: Path, ids: list[int], by_doc: dict[int, list[str]], snap: bool,
                  pipeline: str, dev_fraction: float, seed: int, report: ExportReport,
                  tmp_files: list[tuple[Path, Path]], progress: ProgressFn, cancel: CancelToken | None,
                  jobs: int | None) -> None:
    from annotator.nlp import export as nlp_export
    from annotator.nlp.loader import load, pipeline_path
    from annotator.services.export_docbins import Settings, build_parts

    progress(0, 0, f"loading the tokenizer of {pipeline}")
    nlp = load(pipeline, ())  # tokenizer only
    schema = project.schema
    settings = Settings(str(project.path), pipeline, schema.company_label, tuple(schema.event_names), snap,
                        dev_fraction, seed)
    parts, report.workers, report.cpu_seconds = build_parts(
        project, nlp, settings, ids, by_doc, jobs=jobs, progress=progress, cancel=cancel,
        total=sum(len(by_doc[i]) for i in ids))
    train_bin, dev_bin = nlp_export.new_docbin(), nlp_export.new_docbin()
    max_tokens = 1
    stripped = [0, 0]
    for part in parts:  # in document order: the same DocBins however many processes built them
        train_bin.merge(part.train)
        dev_bin.merge(part.dev)
        report.train += part.n_train
        report.dev += part.n_dev
        report.entities += part.entities
        report.spans += part.spans
        report.problems += part.problems
        report.notes += part.notes
        max_tokens = max(max_tokens, part.max_tokens)
        stripped[0] += part.stripped_docs
        stripped[1] += part.stripped_ents
    if cancel is not None and cancel.cancelled:
        raise Cancelled()
    report.documents = report.train + report.dev
    train_bin.to_disk(_tmp(out, "train.spacy", tmp_files))
    dev_bin.to_disk(_tmp(out, "dev.spacy", tmp_files))
    p = Path(pipeline)
    base = str(pipeline_path(pipeline).resolve()) if p.exists() else pipeline
    config = nlp_export.training_config(nlp.lang, base_pipeline=base, max_span_tokens=max_tokens)
    config.to_disk(_tmp(out, "config.cfg", tmp_files), interpolate=False)
    if report.dev == 0:
        report.notes.append("the dev set is empty (too few documents or --dev-fraction 0): spacy train needs one")
    if stripped[0]:
        report.notes.append(f"[E471] non-article lines (menus, paywall, captions...) left out of {stripped[0]} "
                            f"document(s); {stripped[1]} entity(ies) in them dropped")


def _export_jsonl(project: Project, out: Path, versions: Iterator[tuple[Document, str, DocAnnotations]],
                  dev: set[str], report: ExportReport, tmp_files: list[tuple[Path, Path]]) -> None:
    kinds = {n: project.annotator_kind(n) for n in project.annotators()}
    events = project.schema.event_names
    docs_seen: set[int] = set()
    path = _tmp(out, "annotations.jsonl", tmp_files)
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for doc, name, ann in versions:
            status = project.status(doc.id, name)  # type: ignore[arg-type]
            line = {
                "id": doc.id, "hash": doc.hash, "title": doc.title, "source": doc.source, "url": doc.url,
                "published": doc.published, "meta": doc.meta, "text": doc.text,
                "annotator": name, "kind": kinds.get(name), "status": status["status"],
                "comment": status["comment"], "seconds": status["seconds"],
                "split": "dev" if doc.hash in dev else "train",
                "entities": [{"start": s.start, "end": s.end, "label": s.label, "text": doc.text[s.start:s.end],
                              "source": s.source, "confidence": s.confidence, "company": s.company}
                             for s in ann.sorted_entities()],
                "sentiments": [{"company": c.company, "name": c.name, "value": c.value, "source": c.source,
                                "confidence": c.confidence, "evidence": [list(x) for x in c.evidence]}
                               for c in ann.sentiments.values()],
                "events": [{"label": e.label, "source": e.source, "confidence": e.confidence,
                            "evidence": [list(x) for x in e.evidence]} for e in ann.events.values()],
                "cats": {label: (1.0 if label in ann.events else 0.0) for label in events},
            }
            fh.write(json.dumps(line, ensure_ascii=False) + "\n")
            report.entities += len(ann.entities)
            if doc.hash in dev and doc.id not in docs_seen:
                report.dev += 1
            elif doc.id not in docs_seen:
                report.train += 1
            docs_seen.add(doc.id)  # type: ignore[arg-type]
    report.documents = len(docs_seen)
