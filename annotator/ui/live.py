"""Windows that see each other: what another process wrote appears, and a second window of the
same annotator on the same project is announced.

* :class:`ChangeWatcher` polls ``PRAGMA data_version`` on the window's own connection (a single
  integer read, no table access) on a QTimer; the value changes only when *another* connection
  committed, and then the window re-reads what it shows (the open document, the queue, counts).
* :class:`PresenceGuard` holds a local socket named after (project file, annotator). Opening a
  second window for the same pair finds it and says so; nothing is written to the project.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

POLL_MS = 1000


class ChangeWatcher(QObject):
    """Emits ``changed`` when another connection committed to the project file."""

    changed = Signal()

    def __init__(self, conn: Callable[[], sqlite3.Connection], parent: QObject | None = None,
                 interval_ms: int = POLL_MS):
        super().__init__(parent)
        self._conn = conn
        self._last = self._read()
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.poll)
        self.timer.start()

    def _read(self) -> int | None:
        try:
            return int(self._conn().execute("PRAGMA data_version").fetchone()[0])
        except (sqlite3.Error, TypeError):  # closed or busy: try again on the next tick
            return None

    def poll(self) -> bool:
        """Check now (the timer calls this); True if another connection wrote since the last check."""
        value = self._read()
        if value is None or value == self._last:
            return False
        self._last = value
        self.changed.emit()
        return True

    def stop(self) -> None:
        self.timer.stop()


def presence_name(project_path: Path, annotator: str) -> str:
    key = f"{Path(project_path).resolve()}\x00{annotator}".encode("utf-8", "surrogatepass")
    return "annotator-" + hashlib.sha1(key).hexdigest()[:24]


class PresenceGuard(QObject):
    """Claims (project, annotator) for this window; ``already_open`` says another window had it."""

    def __init__(self, project_path: Path, annotator: str, parent: QObject | None = None):
        super().__init__(parent)
        self.name = presence_name(project_path, annotator)
        self.already_open = self._someone_there()
        self.server: QLocalServer | None = None
        if not self.already_open:
            QLocalServer.removeServer(self.name)  # a socket left by a crashed window
            server = QLocalServer(self)
            if server.listen(self.name):
                server.newConnection.connect(lambda: self._drop(server))
                self.server = server

    def _someone_there(self) -> bool:
        sock = QLocalSocket()
        sock.connectToServer(self.name)
        ok = sock.waitForConnected(200)
        sock.abort()
        return ok

    @staticmethod
    def _drop(server: QLocalServer) -> None:
        while server.hasPendingConnections():
            conn = server.nextPendingConnection()
            conn.abort()
            conn.deleteLater()

    def release(self) -> None:
        if self.server is not None:
            self.server.close()
            self.server = None
