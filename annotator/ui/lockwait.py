"""The UI thread never waits long for another process's lock.

A window's own project connection waits at most :data:`UI_WAIT_MS` for a write lock (instead of
the store's 30 s). A write that still finds the project busy is not lost and not shown as saved:
the window says "Waiting for the project…" and tries it again every :data:`RETRY_MS` from the
event loop (the window stays responsive, further edits wait their turn), for up to
:data:`GIVE_UP_S`; after that it reports the coded error."""

from __future__ import annotations

import sqlite3

from annotator.core.errors import AnnotatorError
from annotator.store.faults import BUSY

UI_WAIT_MS = 100
RETRY_MS = 250
GIVE_UP_S = 60.0
LOCK_CODES = ("E210", BUSY)


def limit_lock_wait(project) -> None:  # noqa: ANN001 (Project)
    """Make ``project`` (a window's own connection) give up on a busy lock after ~100 ms."""
    project.lock_wait = UI_WAIT_MS / 1000
    try:
        project.conn.execute(f"PRAGMA busy_timeout = {UI_WAIT_MS}")
    except sqlite3.Error:
        pass


def is_lock_error(exc: BaseException) -> bool:
    if isinstance(exc, AnnotatorError):
        return exc.code in LOCK_CODES
    return isinstance(exc, sqlite3.OperationalError) and ("locked" in str(exc) or "busy" in str(exc))
