"""The project file: one SQLite database per project, behind the :class:`Project` facade.

The store is split by concern; ``Project`` puts the pieces together and keeps one public API:

* :mod:`~annotator.store.connection`: opening, creating, migrating, read-only mode, transactions,
  checkpoints (write discipline described there);
* :mod:`~annotator.store.meta`: metadata and the label schema;
* :mod:`~annotator.store.documents`: documents; :mod:`~annotator.store.search`: full-text search;
* :mod:`~annotator.store.annotations`: annotators, reading versions (one or many documents);
* :mod:`~annotator.store.changes`: every annotation edit with its append-only history row;
* :mod:`~annotator.store.statuses`: statuses, time spent, queue pages, pre-annotation bookkeeping;
* :mod:`~annotator.store.history`: reading the history;
* :mod:`~annotator.store.assignments`: who has which documents;
* :mod:`~annotator.store.integrity`, :mod:`~annotator.store.backup`: ``annotator check`` and ``backup``;
* :mod:`~annotator.store.faults`: what a disk or file fault means, in words and with a code.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from annotator.store import integrity
from annotator.store.annotations import AnnotationStore
from annotator.store.backup import backup_to
from annotator.store.assignments import AssignmentStore
from annotator.store.changes import (  # noqa: F401  (re-exported)
    ChangeStore,
    diff_changes,
    entity_state,
    event_state,
    sentiment_state,
)
from annotator.store.connection import BUSY_TIMEOUT_MS, ProjectConnection  # noqa: F401
from annotator.store.documents import DocumentStore
from annotator.store.history import HistoryStore
from annotator.store.integrity import Finding
from annotator.store.meta import MetaStore
from annotator.store.search import SearchHit, SearchStore, literal_query  # noqa: F401
from annotator.store.records import ENTITY, EVENT, SENTIMENT, STATUS, DocRow, HistoryRow, now  # noqa: F401
from annotator.store.statuses import StatusStore


class Project(ProjectConnection, MetaStore, DocumentStore, SearchStore, AnnotationStore, ChangeStore, StatusStore,
              HistoryStore, AssignmentStore):
    """An open project file. Not thread-safe: open one per thread (cheap)."""

    def backup(self, dest: str | os.PathLike[str]) -> Path:
        """A consistent copy of the project at ``dest`` (online backup API; see :mod:`.backup`)."""
        return backup_to(self.conn, dest)

    def check(self, progress: Callable[[int, int, str], None] | None = None) -> list[Finding]:
        """Integrity findings (see :mod:`.integrity`); an empty list means all is well."""
        return integrity.check(self.conn, progress)
