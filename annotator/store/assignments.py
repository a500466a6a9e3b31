"""Which annotator has which documents in their queue."""

from __future__ import annotations

from collections.abc import Iterable


class AssignmentStore:
    """Mixin of :class:`~annotator.store.project.Project`: needs ``conn``, ``write()``."""

    # ------------------------------------------------------------------ assignments
    def set_assignments(self, pairs: Iterable[tuple[int, str]], *, replace: bool = True) -> int:
        with self.write() as conn:
            if replace:
                conn.execute("DELETE FROM assignments")
            before = conn.total_changes
            self.db["assignments"].insert_all(({"doc_id": d, "annotator": a} for d, a in pairs), ignore=True,
                                              batch_size=500)
            return conn.total_changes - before

    def assigned_annotators(self, doc_id: int) -> list[str]:
        return [r[0] for r in self.conn.execute(
            "SELECT annotator FROM assignments WHERE doc_id = ? ORDER BY annotator", (doc_id,))]
