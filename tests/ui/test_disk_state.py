"""Issue 13, item 4 in the window: "Saved" means on disk. After a key press the indicator says
"Saving…" while a background thread syncs the commit (annotator.ui.disk_state); once it says
"Saved", the project's main file alone holds the edit (the README's advice about copying a project).
A sync that fails is never shown as saved: a coded dialog, "Not on disk", and a retry."""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
import threading

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from annotator.store import disk_sync
from annotator.store.project import Project
from annotator.ui.disk_state import IN_MAIN_FILE, NOT_ON_DISK, SAVING

ALT = Qt.KeyboardModifier.AltModifier
WAIT_MS = 30_000  # generous: never reached when all is well


def copied_history(path, tmp_path) -> int:
    copy = tmp_path / "copy.annotator"
    copy.unlink(missing_ok=True)
    shutil.copyfile(path, copy)  # the main file alone, as a user copying it would
    with Project.open(copy) as c:
        return c.last_history_id()


def test_saved_means_the_project_file_alone_holds_the_edit(qtbot, open_window, ui_project, tmp_path, monkeypatch):
    gate = threading.Event()  # the sync thread waits here: "Saving…" is observable, not a race
    real = disk_sync.DiskSync._sync_once

    def held(self):
        assert gate.wait(WAIT_MS / 1000)
        return real(self)

    monkeypatch.setattr(disk_sync.DiskSync, "_sync_once", held)
    other = Project.open(ui_project)  # another reader keeps the file open: no close-time checkpoint
    try:
        win = open_window()
        qtbot.keyClick(win.entity_panel, Qt.Key.Key_1, ALT)  # tick an event
        last = other.last_history_id()
        assert last > 0  # committed (a killed process would keep it) ...
        assert win.saved_label.text() == SAVING  # ... but not yet said to be saved: not on disk yet
        gate.set()
        with qtbot.waitSignal(win.disk.onDisk, timeout=WAIT_MS):
            pass
        assert win.saved_label.text().startswith("Saved ") and win.saved_label.toolTip() == IN_MAIN_FILE
        assert copied_history(ui_project, tmp_path) == last  # "Saved": the main file alone holds it
    finally:
        other.close()


def test_a_sync_that_fails_is_reported_and_never_shown_as_saved(qtbot, open_window, ui_project, monkeypatch):
    broken = threading.Event()
    broken.set()
    real_fsync = os.fsync

    def failing(fd):
        if broken.is_set():
            raise OSError(errno.EIO, "Input/output error")
        return real_fsync(fd)

    monkeypatch.setattr(disk_sync.os, "fsync", failing)
    reader = sqlite3.connect(str(ui_project), isolation_level=None)
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM history").fetchone()  # the checkpoint cannot copy: the WAL must be synced
    try:
        win = open_window()
        qtbot.keyClick(win.entity_panel, Qt.Key.Key_1, ALT)
        qtbot.waitUntil(lambda: win.findChild(QMessageBox, "syncFailed") is not None, timeout=WAIT_MS)
        box = win.findChild(QMessageBox, "syncFailed")
        assert box.text().startswith("[E760] ") and "power cut" in box.text()
        assert box.textFormat() == Qt.TextFormat.PlainText
        assert win.saved_label.text() == NOT_ON_DISK
        box.close()
        broken.clear()  # the disk recovers: the retry succeeds and only then says "Saved"
        qtbot.waitUntil(lambda: win.saved_label.text().startswith("Saved "), timeout=WAIT_MS)
        assert "write-ahead log" in win.saved_label.toolTip()  # on disk, in the WAL (the reader still holds it)
    finally:
        reader.close()


def test_closing_the_window_ends_its_sync_thread(qtbot, open_window):
    win = open_window()
    qtbot.keyClick(win.entity_panel, Qt.Key.Key_1, ALT)
    thread = win.disk.sync._thread
    assert thread.is_alive()
    win.close()
    assert win.disk.sync is None and not thread.is_alive()


def test_accept_does_not_checkpoint_on_the_ui_thread(qtbot, open_window, ui_project, tmp_path, monkeypatch):
    """Accepting used to checkpoint (copy the WAL and sync twice) on the UI thread; the sync thread
    does it now, and "Saved" still means the main file alone holds the accepted document."""
    win = open_window()
    calls = []
    real = win.project.checkpoint
    monkeypatch.setattr(win.project, "checkpoint",
                        lambda *a, **k: calls.append(threading.current_thread()) or real(*a, **k))
    qtbot.keyClick(win.entity_panel, Qt.Key.Key_1, ALT)  # an edit, so accept has something to accept
    qtbot.waitUntil(lambda: win.saved_label.text().startswith("Saved "), timeout=WAIT_MS)
    qtbot.keyClick(win.entity_panel, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert calls == []  # nothing synced on the UI thread
    qtbot.waitUntil(lambda: win.saved_label.text().startswith("Saved "), timeout=WAIT_MS)
    copy = tmp_path / "copy.annotator"
    shutil.copyfile(ui_project, copy)
    with Project.open(copy) as c:
        assert c.status(1, "alice")["status"] == "done"
