"""The spaCy export's DocBins, built chunk by chunk in this process or in worker processes.

The documents to export are cut into chunks of :data:`CHUNK` documents, in document order. A
chunk's work is the same wherever it runs (:class:`ChunkBuilder`): read its documents and versions,
leave out the non-article lines, build each Doc (from the kept token boundaries, else by
tokenising) and add it to the chunk's own train or dev ``DocBin``. The chunks' DocBins are then
merged (``DocBin.merge``) in chunk order, so ``train.spacy`` and ``dev.spacy`` are the same to the
byte whatever the number of processes (a test compares them).

With ``jobs`` > 1 each worker opens the project read-only on its own connection and takes the next
chunk from a queue; the calling process only chooses the versions, merges and writes. It reports
progress as chunks come back, looks at ``cancel`` ten times a second (cancelling terminates the
workers; nothing has been written yet) and stops with a coded error if a worker dies. Workers are
started as :func:`annotator.services.processes.worker_context` says (never forked from a process
with Qt). By default (``jobs=None``) an export of fewer than :data:`PARALLEL_MIN` versions stays in
this process: starting workers costs more than it saves there.
"""

from __future__ import annotations

import os
import queue as queue_mod
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from annotator.core.companies import without_orphans
from annotator.core.errors import Cancelled, ExportError
from annotator.core.model import DocAnnotations
from annotator.core.progress import CancelToken, ProgressFn
from annotator.nlp.export import SpanProblem
from annotator.store.project import Project

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language
    from spacy.tokens import DocBin

CHUNK = 250  # documents per chunk: 40 chunks for 10,000 documents
PARALLEL_MIN = 2000  # versions below which jobs=None stays in one process (fork: ~0.1 s to start)
PARALLEL_MIN_NO_FORK = 10_000  # the same where workers must load spaCy themselves (forkserver, spawn)


@dataclass(frozen=True)
class Settings:
    """What every chunk needs besides its documents (sent to each worker once)."""

    path: str  # the project file
    pipeline: str  # its tokenizer builds the Docs that have no kept tokens
    company_label: str
    events: tuple[str, ...]
    snap: bool
    dev_fraction: float
    seed: int


@dataclass
class Part:
    """One chunk's DocBins and counts."""

    index: int
    train: "DocBin"
    dev: "DocBin"
    n_train: int = 0
    n_dev: int = 0
    entities: int = 0
    spans: int = 0
    max_tokens: int = 1
    problems: list[SpanProblem] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    stripped_docs: int = 0  # documents with non-article lines left out
    stripped_ents: int = 0  # entities dropped with them
    versions: int = 0


class ChunkBuilder:
    """Builds the DocBins of chunks of one project (in the caller's process or a worker's)."""

    def __init__(self, project: Project, nlp: "Language", settings: Settings):
        from annotator.nlp.tokens import tokenizer_id
        from annotator.services.boilerplate import BoilerplateFinder
        from annotator.store import tokens as token_store

        self.project = project
        self.nlp = nlp
        self.settings = settings
        self.finder = BoilerplateFinder(project)
        self.tokenizer = tokenizer_id(nlp)
        self.has_tokens = bool(token_store.count(project, self.tokenizer))

    def build(self, index: int, ids: Sequence[int], names: dict[int, list[str]],
              tick: Callable[[], None] | None = None, cancel: CancelToken | None = None) -> Part:
        """The Part of documents ``ids`` (in id order), each in the versions ``names[id]``."""
        from spacy.attrs import ENT_IOB

        from annotator.nlp import export as nlp_export
        from annotator.services.boilerplate import article_only
        from annotator.services.export import in_dev, record
        from annotator.store import tokens as token_store

        s = self.settings
        project = self.project
        part = Part(index, nlp_export.new_docbin(), nlp_export.new_docbin())
        bulk = project.annotations_bulk(sorted({n for i in ids for n in names[i]}), ids)
        kept = token_store.get_many(project, self.tokenizer, ids) if self.has_tokens else {}
        hashes: dict[int, str] = {}
        stripped: set[int] = set()  # their kept tokens describe the whole text: tokenise anew

        def records():
            for doc in project.documents(ids):
                for name in names[doc.id]:  # type: ignore[index]
                    if cancel is not None and cancel.cancelled:
                        raise Cancelled()
                    ann = without_orphans(doc.text, bulk.get((doc.id, name)) or DocAnnotations(),  # type: ignore[arg-type]
                                          s.company_label)
                    # the article only: non-article lines (annotator.services.boilerplate) are left out
                    ranges = self.finder.lines(doc.id, doc.text, doc.source)  # type: ignore[arg-type]
                    adoc, aann, dropped = article_only(doc, ann, ranges)
                    if ranges:
                        part.stripped_docs += 1
                        stripped.add(doc.id)  # type: ignore[arg-type]
                    part.stripped_ents += dropped
                    hashes[doc.id] = doc.hash  # type: ignore[index]
                    yield record(adoc, aann, s.company_label, s.events, part.notes)
                    part.versions += 1
                    if tick is not None:
                        tick()

        def stored(doc_id: int) -> bytes | None:
            return None if doc_id in stripped else kept.get(doc_id)

        for rec, doc in nlp_export.build_docs(self.nlp, records(), snap=s.snap, problems=part.problems,
                                              stored=stored if kept else None):
            if in_dev(hashes[rec.key], s.dev_fraction, s.seed):
                nlp_export.add_to_docbin(part.dev, doc)
                part.n_dev += 1
            else:
                nlp_export.add_to_docbin(part.train, doc)
                part.n_train += 1
            part.entities += int((doc.to_array(ENT_IOB) == 3).sum())  # len(doc.ents) walks every token
            group = doc.spans[nlp_export.SPANS_KEY]
            part.spans += len(group)
            for span in group:
                part.max_tokens = max(part.max_tokens, len(span))
        return part


def chunks(ids: Sequence[int], size: int | None = None) -> list[list[int]]:
    size = size or CHUNK
    return [list(ids[k : k + size]) for k in range(0, len(ids), size)]


def workers_for(jobs: int | None, versions: int, n_chunks: int) -> int:
    """How many worker processes to start (0: build in this process)."""
    from annotator.services.processes import can_fork

    if jobs is not None and jobs < 1:
        raise ExportError(f"--jobs must be at least 1, got {jobs}", code="E361")
    if jobs is None:
        cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
        if versions < (PARALLEL_MIN if can_fork() else PARALLEL_MIN_NO_FORK):
            return 0
        jobs = cpus
    n = min(jobs, n_chunks)
    return n if n > 1 else 0


def build_parts(project: Project, nlp: "Language", settings: Settings, ids: Sequence[int],
                names: dict[int, list[str]], *, jobs: int | None, progress: ProgressFn,
                cancel: CancelToken | None, total: int) -> tuple[list[Part], int, float]:
    """Every chunk's Part, in chunk order; with the number of worker processes used and their CPU
    seconds."""
    from annotator.nlp.export import quick_msgpack

    parts_ids = chunks(ids)
    n = workers_for(jobs, total, len(parts_ids))
    if n:
        from annotator.store.boilerplate import count_lines

        count_lines(project)  # the template counts the workers read (they open the project read-only)
        parts, cpu = _in_workers(n, settings, parts_ids, names, progress, cancel, total)
        return parts, n, cpu
    builder = ChunkBuilder(project, nlp, settings)
    done = [0]

    def tick() -> None:
        done[0] += 1
        if done[0] % 100 == 0 or done[0] == total:
            progress(done[0], total, "")

    with quick_msgpack():
        return [builder.build(k, chunk, names, tick, cancel) for k, chunk in enumerate(parts_ids)], 0, 0.0


# ---------------------------------------------------------------------- worker processes
_PIECES = ("tokens", "spaces", "strings", "cats", "flags", "span_groups")  # a DocBin without user data


def _pack(db: "DocBin") -> tuple:
    """A DocBin's contents as they are (pickling a DocBin would compress it and read it back)."""
    return tuple(getattr(db, name) for name in _PIECES)


def _unpack(pieces: tuple) -> "DocBin":
    from annotator.nlp.export import new_docbin

    db = new_docbin()
    for name, value in zip(_PIECES, pieces):
        setattr(db, name, value)
    return db


def _worker(settings: Settings, tasks: Any, results: Any) -> None:
    """A worker: build the chunks it takes from ``tasks`` until ``None``; every outcome goes to
    ``results`` (``("part", Part)``, ``("end", cpu seconds)`` or ``("error", class, code, text)``)."""
    try:
        from annotator.nlp.export import quick_msgpack
        from annotator.nlp.loader import load

        project = Project.open(settings.path, read_only=True)
        try:
            builder = ChunkBuilder(project, load(settings.pipeline, ()), settings)
            with quick_msgpack():
                while (task := tasks.get()) is not None:
                    index, ids, names = task
                    part = builder.build(index, ids, names)
                    part.train, part.dev = _pack(part.train), _pack(part.dev)
                    results.put(("part", part))
        finally:
            project.close()
        results.put(("end", time.process_time()))
    except BaseException as exc:  # reported to the caller, which raises it
        results.put(("error", type(exc).__name__, getattr(exc, "code", None), getattr(exc, "message", str(exc))))


def _in_workers(n: int, settings: Settings, parts_ids: list[list[int]], names: dict[int, list[str]],
                progress: ProgressFn, cancel: CancelToken | None, total: int) -> tuple[list[Part], float]:
    from annotator.core import errors
    from annotator.services.processes import worker_context

    ctx = worker_context()
    tasks, results = ctx.Queue(), ctx.Queue()
    procs = [ctx.Process(target=_worker, args=(settings, tasks, results), daemon=True,
                         name=f"annotator-export-{k}") for k in range(n)]
    progress(0, total, f"building the Docs in {n} processes")
    got: dict[int, Part] = {}
    cpu = 0.0
    ended = 0
    done = 0
    try:
        for p in procs:  # started before the first put: no queue thread of ours exists yet when forking
            p.start()
        for k, chunk in enumerate(parts_ids):
            tasks.put((k, chunk, {i: names[i] for i in chunk}))
        for _ in range(n):
            tasks.put(None)
        while ended < n:
            if cancel is not None and cancel.cancelled:
                raise Cancelled()
            try:
                msg = results.get(timeout=0.1)
            except queue_mod.Empty:
                dead = [p for p in procs if p.exitcode not in (None, 0)]
                if dead:
                    try:  # its last words may still be in the queue
                        msg = results.get(timeout=1.0)
                    except queue_mod.Empty:
                        raise ExportError(f"an export worker process ended unexpectedly (exit code "
                                          f"{dead[0].exitcode}); nothing was written", code="E360") from None
                else:
                    continue
            if msg[0] == "part":
                part = msg[1]
                part.train, part.dev = _unpack(part.train), _unpack(part.dev)
                got[part.index] = part
                done += part.versions
                progress(done, total, "")
            elif msg[0] == "end":
                cpu += msg[1]
                ended += 1
            else:
                _, cls_name, code, text = msg
                cls = getattr(errors, cls_name, None)
                if isinstance(cls, type) and issubclass(cls, errors.AnnotatorError):
                    raise cls(text, code=code)
                if cls_name == "Cancelled":
                    raise Cancelled()
                raise ExportError(f"an export worker failed: {cls_name}: {text}; nothing was written", code="E362")
        if len(got) != len(parts_ids):  # pragma: no cover - every chunk is answered before "end"
            raise ExportError(f"the export workers returned {len(got)} of {len(parts_ids)} chunks; "
                              "nothing was written", code="E360")
        return [got[k] for k in range(len(parts_ids))], cpu
    finally:
        for p in procs:
            if p.is_alive():
                p.terminate()
        for p in procs:
            if p.pid is not None:
                p.join(timeout=5)
        for q in (tasks, results):
            q.cancel_join_thread()
            q.close()
