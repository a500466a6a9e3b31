"""The window's save indicator, honest about the disk.

A write commits on the UI thread (a few ms, ``synchronous=NORMAL``); the indicator then says
"Saving…" until a :class:`~annotator.store.disk_sync.DiskSync` thread has synced the commit to disk
(a checkpoint into the project file, or, while a reader holds the log back, an ``fsync`` of the
write-ahead log), and only then "Saved HH:MM:SS"; its tooltip says which. A sync that fails opens a coded dialog (E760) and the indicator says
"Not on disk"; the sync is retried. The keystroke path never waits for the disk.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QObject, Signal

from annotator.store.disk_sync import DiskSync
from annotator.ui.plain import warn

SAVING = "Saving…"
NOT_ON_DISK = "Not on disk"
BACKGROUND_SYNC = True  # False only to measure what the sync costs (benchmarks/bench_save_sync.py)
IN_MAIN_FILE = "Your edits are on disk, in the project file itself."
IN_WAL = ("Your edits are on disk, the newest in the project's write-ahead log ({name}-wal) beside it (another "
          "window or command is reading the project): copy the project with `annotator backup`, or close the "
          "window first.")


class DiskState(QObject):
    """Owns the window's :class:`DiskSync` and what ``window.saved_label`` says about it."""

    onDisk = Signal(int)  # noqa: N815  (a ticket: every edit up to it is on disk)
    _synced = Signal(int, bool)
    _failed = Signal(int, str)

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.label = window.saved_label
        self.latest = 0  # the ticket of the window's last commit
        self._box = None
        self.sync: DiskSync | None = None
        if not window.read_only and BACKGROUND_SYNC:
            self._synced.connect(self._on_synced)
            self._failed.connect(self._on_failed)
            self.sync = DiskSync(window.project.path, on_synced=self._synced.emit,
                                 on_failed=lambda ticket, exc: self._failed.emit(ticket, str(exc)))

    def committed(self) -> None:
        """A write of this window (or its background work) has just committed."""
        if self.sync is None:
            self.label.setText(f"Saved {time.strftime('%H:%M:%S')}")
            return
        self.latest = self.sync.request()
        self.label.setText(SAVING)
        self.label.setToolTip("Saved in the project, being written through to the disk.")

    def stop(self) -> None:
        """The window closes: sync what is pending, end the thread."""
        if self.sync is not None:
            self.sync.stop()
            self.sync = None

    def _on_synced(self, ticket: int, in_main: bool) -> None:
        # only a "Saving…" of an edit this sync covers turns into "Saved": a later failed write
        # ("Not saved") or a wait for another process's lock keeps its own words
        if ticket >= self.latest and self.label.text() in (SAVING, NOT_ON_DISK):
            self.label.setText(f"Saved {time.strftime('%H:%M:%S')}")
        if ticket >= self.latest:
            self.label.setToolTip(IN_MAIN_FILE if in_main else IN_WAL.format(name=self.window.project.path.name))
        self.onDisk.emit(ticket)

    def _on_failed(self, ticket: int, message: str) -> None:
        if self.label.text() == SAVING or self.label.text().startswith("Saved"):
            self.label.setText(NOT_ON_DISK)
        self.label.setToolTip(message)
        self.window.statusBar().showMessage(message, 10000)
        if self._box is None or not self._box.isVisible():
            self._box = warn(self.window, "Not written to disk", message, name="syncFailed")

