"""Issue 13, item 4: after an edit and a moment of idleness, the project's main file alone holds
the work (the README's advice about copying a project is true while the window is open)."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import Qt

from annotator.store.project import Project
from annotator.ui import idle_checkpoint


def test_the_main_file_alone_holds_the_edit_once_the_window_is_idle(qtbot, open_window, ui_project, tmp_path,
                                                                     monkeypatch):
    monkeypatch.setattr(idle_checkpoint, "IDLE_MS", 50)
    other = Project.open(ui_project)  # another reader keeps the file open: no close-time checkpoint
    try:
        win = open_window()
        qtbot.keyClick(win.entity_panel, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)  # tick an event
        assert win.saved_label.text().startswith("Saved")
        last = other.last_history_id()
        assert last > 0

        def copy_has_it() -> bool:
            copy = tmp_path / "copy.annotator"
            copy.unlink(missing_ok=True)
            shutil.copyfile(ui_project, copy)  # the main file alone, as a user copying it would
            with Project.open(copy) as c:
                return c.last_history_id() == last

        qtbot.waitUntil(copy_has_it, timeout=10_000)
        assert Path(f"{ui_project}-wal").exists()  # still open elsewhere: the WAL is there, not needed
    finally:
        other.close()
