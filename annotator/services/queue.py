"""The document queue as the window shows it: keyset pages, counts, search, document flow,
and "label all occurrences" across the project.

Nothing here knows Qt; the window calls these functions (and runs the long one on a worker
thread with ``progress`` and a :class:`~annotator.core.progress.CancelToken`).
"""

from __future__ import annotations

from bisect import insort
from dataclasses import dataclass, field

from annotator.core.errors import AnnotationError
from annotator.core.model import Span, Status
from annotator.core.progress import CancelToken, ProgressFn, no_progress
from annotator.services.annotate import AnnotationSession, find_occurrences
from annotator.store.project import ENTITY, DocRow, HistoryRow, Project

PAGE = 200
FINISHED = (Status.DONE.value, Status.SKIPPED.value, Status.FLAGGED.value)


@dataclass(frozen=True, slots=True)
class QueueFilter:
    """What the queue lists: a status, a label and an FTS query (each optional)."""

    status: str | None = None
    label: str | None = None
    query: str = ""

    @property
    def active(self) -> bool:
        return bool(self.status or self.label or self.query.strip())


@dataclass(slots=True)
class Page:
    rows: list[DocRow]
    cursor: int  # the last id looked at: pass it back as ``after_id`` for the next page
    exhausted: bool


@dataclass(slots=True)
class Progress:
    done: int
    total: int
    counts: dict[str, int] = field(default_factory=dict)


class QueueService:
    """One annotator's queue in one project (the window's only way to list documents)."""

    def __init__(self, project: Project, annotator: str):
        self.project = project
        self.annotator = annotator
        self._counts: dict[str, int] | None = None
        self.order = "id"  # or "uncertainty": the active model's most uncertain documents first
        self._ranked: list[int] | None = None

    # ------------------------------------------------------------------ listing
    def page(self, filt: QueueFilter = QueueFilter(), *, after_id: int = 0, limit: int = PAGE) -> Page:
        """The next page of the queue after ``after_id`` (keyset paging: any depth costs the same)."""
        status = filt.status or None
        label = filt.label or None
        if self.order == "uncertainty" and not filt.query.strip():
            return self._ranked_page(status, label, after_id, limit)
        if not filt.query.strip():
            rows = self.project.queue_page(self.annotator, after_id=after_id, limit=limit, status=status,
                                           label=label)
            return Page(rows, rows[-1].id if rows else after_id, len(rows) < limit)
        # Full-text search: page through matching ids, keep those the other filters allow.
        out: list[DocRow] = []
        cursor = after_id
        while len(out) < limit:
            ids = self.project.search(filt.query, after_id=cursor, limit=limit)
            if not ids:
                return Page(out, cursor, True)
            cursor = ids[-1]
            out.extend(self.project.queue_page(self.annotator, limit=limit, status=status, label=label, ids=ids))
            if len(ids) < limit:
                return Page(out, cursor, True)
        return Page(out, cursor, False)

    def row(self, doc_id: int) -> DocRow | None:
        rows = self.project.queue_page(self.annotator, after_id=doc_id - 1, limit=1)
        return rows[0] if rows and rows[0].id == doc_id else None

    def counts(self) -> dict[str, int]:
        """Documents per status for this annotator (todo includes never-opened documents).

        Counted once (a GROUP BY and a count over a million rows take ~0.1 s), then kept right by
        :meth:`adjust_counts` as this window changes statuses; :meth:`invalidate` recounts (after
        an import, or work by another process)."""
        if self._counts is None:
            self._counts = self.project.status_counts(self.annotator)
        return dict(self._counts)

    def adjust_counts(self, before: str, after: str) -> None:
        """One document of this queue went from status ``before`` to ``after``."""
        if self._counts is None or before == after:
            return
        self._counts[before] = max(0, self._counts.get(before, 0) - 1)
        self._counts[after] = self._counts.get(after, 0) + 1

    def invalidate(self) -> None:
        self._counts = None

    def progress(self) -> Progress:
        counts = self.counts()
        return Progress(done=counts.get(Status.DONE.value, 0), total=sum(counts.values()), counts=counts)

    # ------------------------------------------------------------------ flow
    def first(self) -> int | None:
        """Where to start: the first unfinished document, else the first one."""
        nxt = self.project.next_doc(self.annotator, 0, unfinished=True)
        if nxt is None:
            nxt = self.project.next_doc(self.annotator, 0, unfinished=False)
        return nxt

    def next_unfinished(self, after_id: int) -> int | None:
        if self.order == "uncertainty":
            return self._next_uncertain(after_id)
        return self.project.next_doc(self.annotator, after_id, unfinished=True)

    # ------------------------------------------------------------------ uncertainty order (issue 9)
    def set_order(self, order: str) -> None:
        """``"id"`` (document order) or ``"uncertainty"`` (see :mod:`annotator.services.uncertainty`);
        raises E429 when there is no model to be uncertain."""
        if order not in ("id", "uncertainty"):
            raise AnnotationError(f"unknown queue order {order!r} (expected id or uncertainty)", code="E429")
        self._ranked = None
        self.order = order
        if order == "uncertainty":
            try:
                self._ranking()
            except Exception:
                self.order = "id"
                raise

    def invalidate_order(self) -> None:
        self._ranked = None

    def _ranking(self) -> list[int]:
        if self._ranked is None:
            from annotator.services.uncertainty import ranked

            ids = [r.id for r in self.project.queue_page(self.annotator, limit=1 << 40)]
            self._ranked = [u.doc_id for u in ranked(self.project, ids)]
        return self._ranked

    def _ranked_page(self, status: str | None, label: str | None, after: int, limit: int) -> Page:
        """In uncertainty order the cursor is a position in the ranking, not an id."""
        ranking = self._ranking()
        out: list[DocRow] = []
        pos = after
        while len(out) < limit and pos < len(ranking):
            chunk = ranking[pos : pos + limit]
            pos += len(chunk)
            rows = {r.id: r for r in self.project.queue_page(self.annotator, limit=len(chunk), status=status,
                                                             label=label, ids=chunk)}
            out += [rows[i] for i in chunk if i in rows]
        return Page(out, pos, pos >= len(ranking))

    def _next_uncertain(self, current: int) -> int | None:
        open_statuses = {Status.TODO.value, Status.IN_PROGRESS.value}
        ranking = self._ranking()
        for k in range(0, len(ranking), 500):
            chunk = [i for i in ranking[k : k + 500] if i != current]
            rows = {r.id: r for r in self.project.queue_page(self.annotator, limit=len(chunk) or 1, ids=chunk)}
            for i in chunk:
                if i in rows and rows[i].status in open_statuses:
                    return i
        return None

    def next(self, after_id: int) -> int | None:
        return self.project.next_doc(self.annotator, after_id, unfinished=False)

    def previous(self, before_id: int) -> int | None:
        """The document listed before ``before_id`` in this annotator's queue (no wrapping)."""
        join = ("JOIN assignments a ON a.doc_id = d.id AND a.annotator = ? " if self.project.has_assignments()
                else "")
        params: tuple = (self.annotator, before_id) if join else (before_id,)
        row = self.project.conn.execute(
            "SELECT d.id FROM documents d " + join + "WHERE d.id < ? ORDER BY d.id DESC LIMIT 1", params
        ).fetchone()
        return row[0] if row else None


def last_history_id(project: Project) -> int:
    """The newest history row id of the project (0 if none): a starting point for
    ``project.history(doc_id, annotator, since_id=...)`` to fetch only what changed since."""
    return project.conn.execute("SELECT coalesce(max(id), 0) FROM history").fetchone()[0]


def apply_entity_changes(entities: list[Span], rows: list[HistoryRow]) -> list[Span]:
    """``entities`` (sorted by start, end, id) with the entity changes of history ``rows`` applied:
    the stored result of those actions, without re-reading every entity of a long article."""
    out = list(entities)
    for row in rows:
        for ch in row.changes:
            if ch["layer"] != ENTITY:
                continue
            if ch.get("key") is not None:
                i = next((i for i, s in enumerate(out) if s.id == ch["key"]), None)
                if i is not None:
                    del out[i]
            st = ch.get("after")
            if st is not None:
                span = Span(st["start"], st["end"], st["label"], st.get("source", "manual"), st.get("confidence"),
                            st.get("company"), st.get("id", ch.get("key")))
                insort(out, span, key=lambda s: (s.start, s.end, s.id or 0))
    return out


def label_all_in_project(project: Project, annotator: str, needle: str, label: str, *,
                         batch: int = 50, progress: ProgressFn = no_progress,
                         cancel: CancelToken | None = None) -> tuple[int, int]:
    """Label every whole-word occurrence of ``needle`` with ``label`` in every document of this
    annotator's queue. One history action per document changed (one undo each).

    Work is committed in batches of ``batch`` documents; cancelling keeps whole batches only
    (running it again finishes the job: occurrences already labelled are left alone).
    Returns ``(documents changed, spans added)``.
    """
    if project.schema.entity(label) is None:
        names = ", ".join(project.schema.entity_names)
        raise AnnotationError(f"unknown entity label {label!r} (expected one of {names})", code="E602")
    if not needle.strip():
        raise AnnotationError("nothing to label: the selected text is blank", code="E607")
    session = AnnotationSession(project, annotator)
    candidates: list[int] = []
    cursor = 0
    while True:  # FTS narrows the candidates; find_occurrences decides exactly (whole words, case)
        ids = project.search(needle, after_id=cursor, limit=1000)
        if not ids:
            break
        cursor = ids[-1]
        candidates.extend(r.id for r in project.queue_page(annotator, limit=len(ids), ids=ids))
    total = len(candidates)
    changed = added = 0
    progress(0, total, f"labelling {needle!r} as {label}")
    for i in range(0, total, batch):
        if cancel is not None:
            cancel.check()
        with project.write():
            for doc_id in candidates[i : i + batch]:
                text = project.document(doc_id).text
                occurrences = find_occurrences(text, needle)
                if not occurrences:
                    continue
                session.open(doc_id)  # a never-opened document first takes the model's pre-annotation
                s, e = occurrences[0]
                n = session.label_all(doc_id, s, e, label)
                if n:
                    changed += 1
                    added += n
        progress(min(i + batch, total), total, f"{changed} documents changed")
    return changed, added
