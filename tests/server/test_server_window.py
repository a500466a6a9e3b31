"""The window's team-sync toggle and status indicator, against a real server: another desktop's
edit appears in the running window; offline is shown and recovered from."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QLabel

from annotator.services.annotate import AnnotationSession
from annotator.services.sync import join, publish, sync
from annotator.store.project import Project


@pytest.fixture(autouse=True)
def temp_settings(tmp_path_factory):
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path_factory.mktemp("settings")))


def _entities(path: Path, doc_hash: str) -> list[tuple[int, int, str]]:
    """alice's entities on one document, read through a separate SQLite connection."""
    conn = sqlite3.connect(path)
    try:
        return conn.execute('SELECT e.start, e."end", e.label FROM entities e JOIN documents d ON d.id = e.doc_id '
                            "WHERE d.hash = ? AND e.annotator = 'alice' ORDER BY 1", (doc_hash,)).fetchall()
    finally:
        conn.close()


def test_window_keeps_synced_and_shows_offline(qtbot, team, lead_project, tmp_path: Path):
    from annotator.ui.main_window import MainWindow
    from annotator.ui.settings import Settings

    publish(lead_project, team.url("lead"), name=team.project)
    a, _ = join(team.url("alice"), tmp_path / "alice-a.annotator", name=team.project)
    a.close()
    b, _ = join(team.url("alice"), tmp_path / "alice-b.annotator", name=team.project)
    win = MainWindow(Project.open(tmp_path / "alice-a.annotator"), "alice", Settings())
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    with qtbot.waitActive(win):
        win.activateWindow()
    win.start()
    label = win.findChild(QLabel, "syncStatusLabel")
    assert label.text() == "Sync: off"
    qtbot.keyClick(win, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: label.text() == "Sync: synced", timeout=30000)

    # alice's other desktop labels the open document: it appears in this window's file and view
    doc_hash = win.project.document(win.doc_id).hash
    b_doc = b.doc_id_by_hash(doc_hash)
    AnnotationSession(b, "alice").add_entity(b_doc, 0, 7, "ORG")
    sync(b)
    qtbot.waitUntil(lambda: _entities(win.project.path, doc_hash) == [(0, 7, "ORG")], timeout=30000)
    qtbot.waitUntil(lambda: [(s.start, s.end) for s in win.ann.entities] == [(0, 7)], timeout=30000)

    # an edit in this window goes up by itself
    win.session.add_entity(win.doc_id, 8, 14, "ORG")
    qtbot.waitUntil(lambda: (sync(b).pulled_history, _entities(b.path, doc_hash))[1] == [(0, 7, "ORG"), (8, 14, "ORG")],
                    timeout=30000)

    # the server goes away: the indicator says so; work goes on; back online it catches up
    team.pg.stop_server()
    try:
        qtbot.waitUntil(lambda: label.text().startswith("Sync: offline"), timeout=30000)
        win.session.add_entity(win.doc_id, 15, 18, "MISC")
        qtbot.waitUntil(lambda: "pending 1" in label.text(), timeout=30000)
    finally:
        team.pg.start_server()
        team.pg.wait_ready()
    qtbot.waitUntil(lambda: label.text() == "Sync: synced", timeout=60000)
    sync(b)
    assert _entities(b.path, doc_hash) == [(0, 7, "ORG"), (8, 14, "ORG"), (15, 18, "MISC")]

    qtbot.keyClick(win, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
    assert label.text() == "Sync: off"
    win.close()
    b.close()
