"""Per-annotator document status, time spent, queue pages and pre-annotation bookkeeping."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from annotator.core.model import Status
from annotator.store.records import STATUS, DocRow, now


class StatusStore:
    """Mixin of :class:`~annotator.store.project.Project`: needs ``conn``, ``write()``, ``apply()``."""

    # ------------------------------------------------------------------ status & time
    def status(self, doc_id: int, annotator: str) -> dict[str, Any]:
        row = self.conn.execute(
            "SELECT status, comment, seconds, updated_at FROM doc_status WHERE doc_id = ? AND annotator = ?",
            (doc_id, annotator),
        ).fetchone()
        if row is None:
            return {"status": Status.TODO.value, "comment": "", "seconds": 0.0, "updated_at": None}
        return {"status": row[0], "comment": row[1], "seconds": row[2], "updated_at": row[3]}

    def set_status(self, doc_id: int, annotator: str, status: Status | str, comment: str = "", *,
                   add_seconds: float = 0.0, history: bool = True) -> int | None:
        status = Status.parse(status.value if isinstance(status, Status) else status)
        with self.write():
            before = self.status(doc_id, annotator)
            before_state = None if before["updated_at"] is None else {
                "status": before["status"], "comment": before["comment"], "seconds": before["seconds"]}
            after = {"status": status.value, "comment": comment, "seconds": before["seconds"] + add_seconds}
            return self.apply(doc_id, annotator, f"status:{status.value}",
                              [{"layer": STATUS, "key": None, "before": before_state, "after": after}],
                              history=history)

    def latest_versions(self, status: str = "done", kinds: Sequence[str] = ("human",)) -> dict[int, str]:
        """For each document: the annotator (of one of ``kinds``) with ``status`` updated last."""
        marks = ",".join("?" * len(kinds))
        rows = self.conn.execute(
            "SELECT s.doc_id, s.annotator FROM doc_status s JOIN annotators a ON a.name = s.annotator "
            f"WHERE s.status = ? AND a.kind IN ({marks}) ORDER BY s.doc_id, s.updated_at, s.annotator",
            (Status.parse(status).value, *kinds),
        )
        return {doc_id: name for doc_id, name in rows}  # later rows (newer) win

    def add_time(self, doc_id: int, annotator: str, seconds: float) -> None:
        """Add time spent (not an undoable action: no history row)."""
        with self.write() as conn:
            cur = conn.execute(
                "UPDATE doc_status SET seconds = seconds + ?, updated_at = ? WHERE doc_id = ? AND annotator = ?",
                (seconds, now(), doc_id, annotator),
            )
            if cur.rowcount == 0:
                conn.execute(
                    "INSERT INTO doc_status(doc_id, annotator, status, comment, seconds, updated_at) "
                    "VALUES (?, ?, 'in_progress', '', ?, ?)",
                    (doc_id, annotator, seconds, now()),
                )

    def status_counts(self, annotator: str) -> dict[str, int]:
        counts = {s.value: 0 for s in Status}
        for status, n in self.conn.execute(
            "SELECT status, count(*) FROM doc_status WHERE annotator = ? GROUP BY status", (annotator,)
        ):
            counts[status] = n
        counts[Status.TODO.value] += self.queue_size(annotator) - sum(counts.values())
        return counts

    def queue_size(self, annotator: str) -> int:
        if self.has_assignments():
            return self.conn.execute("SELECT count(*) FROM assignments WHERE annotator = ?", (annotator,)).fetchone()[0]
        return self.document_count()

    def has_assignments(self) -> bool:
        return self.conn.execute("SELECT 1 FROM assignments LIMIT 1").fetchone() is not None

    def queue_page(self, annotator: str, *, after_id: int = 0, before_id: int | None = None, limit: int = 200,
                   status: str | None = None, label: str | None = None, ids: Sequence[int] | None = None) -> list[DocRow]:
        """One page of an annotator's queue, by keyset (``id > after_id``), never OFFSET.

        ``status`` filters by the annotator's status; ``label`` keeps documents where this
        annotator (or else the model) has an entity or event with that label.
        """
        where = ["d.id > :after"]
        params: dict[str, Any] = {"ann": annotator, "after": after_id, "limit": limit}
        if before_id is not None:
            where.append("d.id < :before")
            params["before"] = before_id
        join = "JOIN assignments a ON a.doc_id = d.id AND a.annotator = :ann " if self.has_assignments() else ""
        if status:
            Status.parse(status)
            if status == Status.TODO.value:
                where.append("(s.status IS NULL OR s.status = 'todo')")
            else:
                where.append("s.status = :status")
                params["status"] = status
        if label:
            where.append(
                "(EXISTS (SELECT 1 FROM entities e WHERE e.doc_id = d.id AND e.label = :label) OR "
                "EXISTS (SELECT 1 FROM events v WHERE v.doc_id = d.id AND v.label = :label))"
            )
            params["label"] = label
        if ids is not None:
            if not ids:
                return []
            where.append(f"d.id IN ({','.join(str(int(i)) for i in ids)})")
        sql = (
            "SELECT d.id, d.title, d.source, d.published, coalesce(s.status, 'todo'), length(d.text) "
            "FROM documents d " + join +
            "LEFT JOIN doc_status s ON s.doc_id = d.id AND s.annotator = :ann "
            "WHERE " + " AND ".join(where) + " ORDER BY d.id LIMIT :limit"
        )
        rows = self.conn.execute(sql, params).fetchall()
        return [DocRow(*r) for r in rows]

    def next_doc(self, annotator: str, after_id: int, *, unfinished: bool = True) -> int | None:
        """The next document after ``after_id`` (wrapping round); with ``unfinished`` only those
        this annotator has not marked done, skipped or flagged."""
        join = "JOIN assignments a ON a.doc_id = d.id AND a.annotator = :ann " if self.has_assignments() else ""
        cond = "AND (s.status IS NULL OR s.status IN ('todo', 'in_progress')) " if unfinished else ""
        sql = ("SELECT d.id FROM documents d " + join +
               "LEFT JOIN doc_status s ON s.doc_id = d.id AND s.annotator = :ann "
               "WHERE d.id > :after AND d.id != :current " + cond + "ORDER BY d.id LIMIT 1")
        for lo in (after_id, 0):
            row = self.conn.execute(sql, {"ann": annotator, "after": lo, "current": after_id}).fetchone()
            if row:
                return row[0]
        return None

    # ------------------------------------------------------------------ pre-annotation bookkeeping
    def mark_preannotated(self, doc_id: int, annotator: str, layers: Iterable[str]) -> None:
        with self.write() as conn:
            row = conn.execute("SELECT layers FROM preannotated WHERE doc_id = ? AND annotator = ?",
                               (doc_id, annotator)).fetchone()
            have = set(row[0].split(",")) if row and row[0] else set()
            conn.execute(
                "INSERT OR REPLACE INTO preannotated(doc_id, annotator, layers, created_at) VALUES (?,?,?,?)",
                (doc_id, annotator, ",".join(sorted(have | set(layers))), now()),
            )

    def preannotated_ids(self, annotator: str, layers: Iterable[str]) -> set[int]:
        need = set(layers)
        return {
            doc_id for doc_id, have in self.conn.execute(
                "SELECT doc_id, layers FROM preannotated WHERE annotator = ?", (annotator,))
            if need <= set(have.split(","))
        }
