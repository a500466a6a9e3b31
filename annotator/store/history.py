"""Reading the append-only history (rows are written by :mod:`annotator.store.changes`)."""

from __future__ import annotations

from annotator.store.faults import stored_json
from annotator.store.records import HistoryRow


class HistoryStore:
    """Mixin of :class:`~annotator.store.project.Project`: needs ``conn``."""

    # ------------------------------------------------------------------ history
    def history(self, doc_id: int | None = None, annotator: str | None = None, *,
                since_id: int = 0) -> list[HistoryRow]:
        where, params = ["id > ?"], [since_id]
        if doc_id is not None:
            where.append("doc_id = ?")
            params.append(doc_id)
        if annotator is not None:
            where.append("annotator = ?")
            params.append(annotator)
        rows = self.conn.execute(
            "SELECT id, ts, annotator, doc_id, action, changes, undoes, redoes FROM history WHERE "
            + " AND ".join(where) + " ORDER BY id",
            params,
        )
        return [HistoryRow(r[0], r[1], r[2], r[3], r[4], stored_json(r[5], f"history row {r[0]}"), r[6], r[7]) for r in rows]

    def last_history_id(self) -> int:
        """Id of the newest history row (0 when there is none)."""
        return self.conn.execute("SELECT coalesce(max(id), 0) FROM history").fetchone()[0]
