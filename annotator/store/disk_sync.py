"""Committed edits made durable off the editing thread.

The project runs ``synchronous=NORMAL`` (``FULL`` would add ~7 ms to every keystroke's commit, see
docs/storage.md): a commit survives a killed process at once, but a power cut only once the write-ahead
log (``P-wal``) or the main file is synced. :class:`DiskSync` does that on its own thread with its own
connection, shortly after each commit it is told about (:meth:`DiskSync.request`):

1. :data:`DELAY_S` after a request (commits meanwhile share it), ``PRAGMA wal_checkpoint(PASSIVE)``
   on the thread's own connection: SQLite syncs the WAL, copies it into the main file and syncs that
   (never waiting for a lock). When every frame was copied, the main file alone holds the work:
   copying "the project file" is then enough, and losing ``P-wal`` loses nothing.
2. If the checkpoint could not copy everything (another connection is reading an older state, a
   checkpoint is already running, the disk is full so the main file cannot grow), the ``-wal``
   file is ``fsync``-ed: a committed transaction in a synced WAL survives a power cut (what
   ``synchronous=FULL`` does at every commit, here off the editing thread). The checkpoint is tried
   again :data:`IDLE_S` after the last commit, then less and less often.
3. If the ``fsync`` fails, the edit is not on disk: ``on_failed`` is called (a coded
   :class:`~annotator.core.errors.StorageError`, E760) and the sync is retried with a back-off.

``on_synced(ticket, in_main_file)`` says that every edit requested up to ``ticket`` is on disk
(and, if ``in_main_file``, in the main file alone).
Callbacks run on the sync thread: a window turns them into queued signals.
"""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path

from annotator.core.errors import StorageError

SYNC_FAILED = "E760"        # a committed edit could not be synced to disk
DELAY_S = 0.15              # requests within this time share one sync
IDLE_S = 1.0                # a checkpoint that could not copy everything is retried after this long
MAX_BACKOFF_S = 30.0        # a failing sync is retried, waiting up to this between attempts


class DiskSync:
    """One background thread per open project that edits (see the module's docstring)."""

    def __init__(self, path: str | os.PathLike[str], *, on_synced: Callable[[int, bool], None] | None = None,
                 on_failed: Callable[[int, StorageError], None] | None = None, delay: float = DELAY_S):
        self.path = Path(path)
        self.on_synced = on_synced
        self.on_failed = on_failed
        self.delay = delay
        self._cond = threading.Condition()
        self._requested = 0      # tickets handed out (one per commit reported)
        self._synced = 0         # every ticket up to this one is on disk
        self._in_main = True     # ... and in the main file (not only in the WAL)
        self._stopping = False
        self._ended = False
        self._conn: sqlite3.Connection | None = None
        self._thread = threading.Thread(target=self._run, name=f"disk-sync {self.path.name}", daemon=True)
        self._thread.start()

    # ------------------------------------------------------------------ callers' side
    def request(self) -> int:
        """A commit just returned: sync it soon. Returns its ticket (see ``on_synced``)."""
        with self._cond:
            self._requested += 1
            self._cond.notify_all()
            return self._requested

    @property
    def synced(self) -> int:
        with self._cond:
            return self._synced

    @property
    def pending(self) -> bool:
        with self._cond:
            return self._synced < self._requested

    def wait(self, ticket: int, timeout: float | None = None) -> bool:
        """Block until ``ticket`` is on disk (for commands and tests; a window uses the callback)."""
        with self._cond:
            self._cond.wait_for(lambda: self._synced >= ticket or self._ended, timeout)
            return self._synced >= ticket

    def stop(self, timeout: float = 10.0) -> None:
        """Sync what is pending one last time, then end the thread and close its connection."""
        with self._cond:
            self._stopping = True
            self._cond.notify_all()
        self._thread.join(timeout)

    # ------------------------------------------------------------------ the thread
    def _run(self) -> None:
        backoff = 0.0
        idle = IDLE_S
        try:
            while True:
                with self._cond:
                    while True:
                        if self._requested > self._synced:  # new commits
                            retry = False
                            idle = IDLE_S
                            if not self._stopping:  # let the edits of the next moment share this sync
                                self._cond.wait_for(lambda: self._stopping, max(self.delay, backoff))
                            break
                        if self._stopping:
                            return
                        if self._in_main:
                            self._cond.wait()
                            continue
                        # on disk, but only in the WAL: after a moment without edits, checkpoint again
                        if not self._cond.wait_for(lambda: self._stopping or self._requested > self._synced, idle):
                            retry = True
                            break
                    target = self._requested
                try:
                    in_main = self._sync_once()
                except Exception as exc:  # noqa: BLE001 (whatever it is, it is reported, never silent)
                    if self._stopping:
                        return
                    backoff = min(MAX_BACKOFF_S, max(1.0, backoff * 2))
                    if not isinstance(exc, StorageError):
                        exc = StorageError(f"{self.path}: your last edits are saved in the project but syncing them "
                                           f"to disk failed ({exc!r}); annotator keeps retrying", code=SYNC_FAILED)
                    if self.on_failed is not None:
                        self.on_failed(target, exc)
                    continue
                backoff = 0.0
                if retry and not in_main:  # readers keep the WAL needed: try less and less often
                    idle = min(MAX_BACKOFF_S, idle * 2)
                with self._cond:
                    self._synced = max(self._synced, target)
                    self._in_main = in_main
                    self._cond.notify_all()
                if self.on_synced is not None:
                    self.on_synced(target, in_main)
        finally:
            with self._cond:
                self._ended = True
                self._cond.notify_all()
            if self._conn is not None:
                try:
                    self._conn.close()
                except sqlite3.Error:
                    pass

    def _sync_once(self) -> bool:
        """Sync every commit made so far: a checkpoint into the main file, else an ``fsync`` of the
        WAL. True if the main file alone now holds them."""
        try:
            if self._conn is None:
                self._conn = sqlite3.connect(str(self.path), isolation_level=None, timeout=1.0,
                                             check_same_thread=False)
            busy, log, done = self._conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
            if not busy and log == done:  # everything copied into the main file, and synced
                return True
        except sqlite3.Error:
            pass  # the WAL still holds the work: sync it instead
        wal = Path(f"{self.path}-wal")
        try:
            fd = os.open(wal, os.O_RDONLY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)
        except OSError as exc:
            raise StorageError(
                f"{self.path}: your last edits are saved in the project but could not be written through to the "
                f"disk ({exc.strerror or exc}): they would be lost on a power cut. annotator keeps retrying; check "
                "the disk, or copy the project with `annotator backup`", code=SYNC_FAILED) from exc
        return False
