"""Keeping the window synced with the team server: a toggle (Team ▸ Keep synced, Ctrl+Alt+Y) and
a status indicator in the status bar (``Sync: off | synced | pending N | offline``).

The sync runs off the UI thread (:func:`annotator.services.sync.watch`, with its own project
connection): the server's LISTEN/NOTIFY wakes it when another desktop pushed, and it pushes this
desktop's edits within a fraction of a second. After a pull that changed the file the window
re-reads what it shows at once (it does not wait for its own change poll).
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow

from annotator.services import sync as sync_service

POLL_S = 0.2  # how often the sync thread looks for this desktop's unpushed edits
KEY = "Ctrl+Alt+Y"


class SyncControl(QObject):
    status = Signal(str, str)  # state, label text (emitted from the sync thread: queued to the UI)
    pulled = Signal()

    def __init__(self, window: QMainWindow):
        super().__init__(window)
        self.window = window
        self.path = window.project.path  # type: ignore[attr-defined]
        self.label = QLabel("Sync: off", window)
        self.label.setObjectName("syncStatusLabel")
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setAccessibleName("Team sync status")
        window.statusBar().addPermanentWidget(self.label)
        menu = window.menuBar().addMenu("&Team")
        self.action = QAction("Keep &synced with the team server", window)
        self.action.setObjectName("action_sync")
        self.action.setCheckable(True)
        self.action.setShortcut(QKeySequence(KEY))
        self.action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.action.toggled.connect(self._toggled)
        window.addAction(self.action)
        menu.addAction(self.action)
        self.state = "off"
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.status.connect(self._show)
        self.pulled.connect(self._refresh_window)
        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self._tick)
        cfg = sync_service.config(window.project)  # type: ignore[attr-defined]
        if cfg is None:
            self.action.setEnabled(False)
            self.action.setToolTip("This project is not on a team server (annotator publish / join)")
            self.label.setText("Sync: not connected")
        else:
            self.label.setToolTip(f"Team server project {cfg.project!r} as {cfg.annotator} ({cfg.role})")
        window.destroyed.connect(lambda *_: self._stop.set())

    # ---------------------------------------------------------------------------------- toggling
    def _toggled(self, on: bool) -> None:
        if on:
            self.start()
        else:
            self.stop()

    def start(self) -> None:
        if self._thread is not None:
            return
        self._stop = threading.Event()
        stop = self._stop
        self._show("pending", "Sync: connecting…")
        self._thread = threading.Thread(
            target=self._run, args=(stop,), name="annotator-sync", daemon=True)
        self._thread.start()
        self.timer.start()

    def stop(self, wait: float = 5.0) -> None:
        self._stop.set()
        thread, self._thread = self._thread, None
        if thread is not None:
            thread.join(wait)
        self.timer.stop()
        self._show("off", "Sync: off")

    def _run(self, stop: threading.Event) -> None:
        def on_status(status: sync_service.Status, report: sync_service.SyncReport | None) -> None:
            if stop.is_set():
                return
            text = "Sync: offline" if status.state == "offline" else "Sync: synced"
            if status.state == "offline" and status.pending:
                text += f" (pending {status.pending})"
            self.status.emit(status.state, text)
            if report is not None and report.changed_here:
                self.pulled.emit()

        try:
            sync_service.watch(self.path, stop=stop.is_set, on_status=on_status, poll=POLL_S)
        except Exception as exc:  # noqa: BLE001 - shown to the user, the window goes on
            if not stop.is_set():
                self.status.emit("offline", f"Sync: stopped ({exc})")

    # ---------------------------------------------------------------------------------- showing
    def _show(self, state: str, text: str) -> None:
        if self._stop.is_set() and state != "off":
            return
        self.state = state
        self.label.setText(text)

    def _tick(self) -> None:
        """Between syncs: edits not pushed yet are 'pending N'."""
        if self.state not in ("synced", "pending"):
            return
        try:
            n = sync_service.local_pending(self.window.project)  # type: ignore[attr-defined]
        except Exception:  # noqa: BLE001 - a busy file: try on the next tick
            return
        if n:
            self._show("pending", f"Sync: pending {n}")

    def _refresh_window(self) -> None:
        watcher = getattr(self.window, "watcher", None)
        if watcher is not None:
            watcher.poll()  # the sync thread's connection committed: the window re-reads now


def install_sync_control(window: QMainWindow) -> SyncControl:
    return SyncControl(window)
