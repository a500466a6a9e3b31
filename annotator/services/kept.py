"""What long work kept when it was cancelled, read from the project (not from progress reports,
which can lag one batch behind what was committed)."""

from __future__ import annotations

from annotator.store.project import Project, now


def mark() -> str:
    """A point in time to count from (the store's own timestamp format)."""
    return now()


def preannotated_since(project: Project, since: str) -> int:
    """Documents whose pre-annotation was written at or after ``since``."""
    row = project.conn.execute("SELECT count(DISTINCT doc_id) FROM preannotated WHERE created_at >= ?",
                               (since,)).fetchone()
    return int(row[0]) if row else 0
