"""Model menu: training runs in its own process while the annotator keeps working; its scores are
plotted; cancelling registers nothing; a finished training becomes the active pre-annotator."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from annotator.store import models as registry
from annotator.store.project import Project

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from train_helpers import add_human_versions  # noqa: E402
from test_window import ALT, click_company  # noqa: E402

pytestmark = [pytest.mark.slow]


def trained_models(path: Path) -> list[str]:
    with Project.open(path) as p:
        return [r.annotator for r in registry.all_models(p) if r.origin == "trained"]


def test_keys_pressed_during_training_are_saved_and_cancel_registers_nothing(qtbot, open_window, stored, ui_project):
    with Project.open(ui_project) as p:
        add_human_versions(p, "bob", 4)  # finished work by another annotator to train on
    win = open_window()
    dialog = win.model_menu.open_train()
    assert not dialog.isModal()
    thread = dialog.start(base=None, max_steps=1_000_000, eval_frequency=1, max_minutes=60.0, sources=["done"])
    # wait on the training process's own messages (no clock): it has evaluated on the dev set
    qtbot.waitUntil(lambda: any(e["type"] == "eval" for e in dialog.events), timeout=180_000)
    assert dialog.running and dialog.plot.points() >= 1
    # the annotator keeps working in the window: sentiment key, event key
    win.activateWindow()  # the annotator goes back to the main window (the panel stays open)
    qtbot.waitUntil(win.isActiveWindow, timeout=10_000)
    click_company(qtbot, win, "google")
    qtbot.keyClick(win.company_panel.tree, Qt.Key.Key_2)
    qtbot.keyClick(win.entity_panel, Qt.Key.Key_1, ALT)  # unticks the model's partnership
    assert dialog.running  # still training (a million steps): the keys were handled meanwhile
    ann, status = stored(1)
    assert ann.sentiments["google"].value == "negative" and ann.sentiments["google"].source == "manual"
    assert "partnership" not in ann.events and status["status"] == "in_progress"
    with qtbot.waitSignal(thread.cancelled, timeout=60_000):
        qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert dialog.outcome == "cancelled" and "nothing was registered" in dialog.status.text()
    assert trained_models(ui_project) == []
    assert not list((ui_project.parent / "ui.models").iterdir())


def test_a_finished_training_is_active_listed_and_reported(qtbot, open_window, ui_project):
    with Project.open(ui_project) as p:
        add_human_versions(p, "bob", 4)
    win = open_window()
    dialog = win.model_menu.open_train()
    thread = dialog.start(base=None, max_steps=2, eval_frequency=1, sources=["bob"])
    with qtbot.waitSignal(thread.succeeded, timeout=300_000):
        pass
    qtbot.waitUntil(lambda: dialog.outcome == "ok", timeout=10_000)
    [name] = trained_models(ui_project)
    assert win.model_label.text() == f"Model: {name.removeprefix('model:')}"
    with Project.open(ui_project) as p:  # the untouched open document now shows the new model's suggestions
        assert 1 in p.preannotated_ids(name, ())
        want = sorted(s.key for s in p.annotations(1, name).entities)
    assert sorted(s.key for s in win.ann.entities) == want
    models = win.model_menu.open_models()
    assert models.table.rowCount() >= 1
    assert any(models.table.item(i, 1).text() == name.removeprefix("model:") and models.table.item(i, 0).text()
               for i in range(models.table.rowCount()))
    # make the other (the original pre-annotator) active again from the dialog
    other = next(i for i, r in enumerate(models.rows) if r.annotator != name) if len(models.rows) > 1 else None
    if other is not None:
        models.table.selectRow(other)
        qtbot.mouseClick(models.use_button, Qt.MouseButton.LeftButton)
        assert win.model_label.text() == f"Model: {models.rows[other].annotator.removeprefix('model:')}"
    compare = win.model_menu.compare()  # the open document against the active model's suggestions
    from PySide6.QtWidgets import QPlainTextEdit

    assert "not applied" in compare.findChild(QPlainTextEdit).toPlainText()
    compare.close()
    report = win.model_menu.open_report()
    assert report.version.count() >= 1 and report.tables["entities"].rowCount() >= 1
