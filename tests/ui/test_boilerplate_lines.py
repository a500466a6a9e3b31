"""The article view greys non-article lines and Ctrl+Shift+B toggles the line at the caret (real window, keys, mouse)."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import Qt

from annotator.core.model import Document
from annotator.store.project import Project

TEXT = ("Walmart s'associe à Google\n"
        "À lire aussi : Walmart en Chine\n"
        "Le distributeur Walmart vendra ses produits sur Google Shopping.\n"
        "Post a Comment")


def _project(path):
    with Project.create(path) as p:
        p.add_documents([Document(text=TEXT, title="Walmart", source="blog")])
    return path


def test_lines_are_greyed_and_ctrl_b_toggles_one_with_a_history_row(open_window, qtbot, tmp_path):
    path = _project(tmp_path / "bp.annotator")
    win = open_window(path)
    shade = win.boilerplate
    read_also = (TEXT.index("À lire"), TEXT.index("Chine") + 5)
    comment = (TEXT.index("Post a"), len(TEXT))
    qtbot.waitUntil(lambda: len(win.view.edit.extraSelections()) == 2, timeout=5000)
    assert [(s, e) for s, e, _ in shade.line_kinds()] == [read_also, comment]

    # click in the headline, then Ctrl+Shift+B: the headline becomes "not the article"
    edit = win.view.edit
    qtbot.mouseClick(edit.viewport(), Qt.MouseButton.LeftButton, pos=win.view.point_of(3))
    qtbot.keyClick(edit, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: len(edit.extraSelections()) == 3, timeout=5000)
    # and Ctrl+Shift+B on the "À lire aussi" line gives it back to the article
    qtbot.mouseClick(edit.viewport(), Qt.MouseButton.LeftButton, pos=win.view.point_of(read_also[0] + 4))
    qtbot.keyClick(edit, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: len(edit.extraSelections()) == 2, timeout=5000)

    conn = sqlite3.connect(path)
    rows = conn.execute('SELECT start, "end", boilerplate FROM line_status ORDER BY start').fetchall()
    history = conn.execute("SELECT annotator, action FROM history WHERE action = 'line_status'").fetchall()
    conn.close()
    assert rows == [(0, TEXT.index("\n"), 1), (read_also[0], read_also[1], 0)]
    assert history == [(win.annotator, "line_status")] * 2
