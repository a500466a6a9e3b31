"""Issue 8 (window half) and issue 13 (window side): what the window shows is what is stored.

Each test drives the real window with keys and the mouse and checks the SQLite file through a
separate connection (the ``stored`` fixture)."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from annotator.store.project import Project

ANNOTATOR = "alice"

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
HOSTILE = '<b>x</b><img src="file:///etc/passwd">'


def tab_to(qtbot, win, word: str) -> int:
    """Press Tab in the article until the current entity's text is ``word``; its id."""
    for _ in range(len(win.view.entities()) + 1):
        qtbot.keyClick(win.view.edit, Qt.Key.Key_Tab)
        span = win.view.current_span()
        if span is not None and win.doc.text[span.start:span.end] == word:
            return span.id
    raise AssertionError(f"no entity {word!r}")


def history(path: Path, annotator: str = ANNOTATOR) -> list:
    with Project.open(path) as p:
        return p.history(annotator=annotator)


def company_rows(win) -> list[str]:
    tree = win.company_panel.tree
    return [tree.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole) for i in range(tree.topLevelItemCount())]


# ------------------------------------------------------------------------------------ item 1
def test_a_company_without_mentions_leaves_the_panel_and_takes_no_sentiment(qtbot, open_window, stored,
                                                                             ui_project):
    win = open_window()
    assert "amazon" in company_rows(win)
    tab_to(qtbot, win, "Amazon")
    qtbot.keyClick(win.view.edit, Qt.Key.Key_2)  # Amazon: negative
    assert stored(1)[0].sentiments["amazon"].value == "negative"
    qtbot.keyClick(win.view.edit, Qt.Key.Key_Delete)  # Amazon's only mention
    assert not any(win.doc.text[s.start:s.end] == "Amazon" for s in stored(1)[0].entities)
    assert "amazon" not in company_rows(win)  # no "Amazon (0 mentions)"
    assert win.company_panel.current_company() != "amazon"
    n = len(history(ui_project))
    qtbot.keyClick(win.view.edit, Qt.Key.Key_3)  # a digit key: never on the dead company
    new = [c for row in history(ui_project)[n:] for c in row.changes if c["layer"] == "sentiment"]
    assert all(c["key"] != "amazon" for c in new)
    assert not any(c["key"] == "amazon" and c["after"] for c in new)


def test_relabelling_a_mention_to_org_makes_it_the_current_company(qtbot, open_window, stored):
    win = open_window()
    tab_to(qtbot, win, "Marc Lore")
    qtbot.keyClick(win.view.edit, Qt.Key.Key_O)  # PER -> ORG
    assert any(s.label == "ORG" and win.doc.text[s.start:s.end] == "Marc Lore" for s in stored(1)[0].entities)
    assert win.company_panel.current_company() == "marc lore"
    qtbot.keyClick(win.view.edit, Qt.Key.Key_2)  # the sentiment key goes to that company
    assert stored(1)[0].sentiments["marc lore"].value == "negative"


# ------------------------------------------------------------------------------------ item 5
def _formatted_chars(view) -> int:
    """Characters of the shown text that carry a background (an entity's paint)."""
    doc = view.edit.document()
    n, block = 0, doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            frag = it.fragment()
            if frag.charFormat().background().style() != Qt.BrushStyle.NoBrush:
                n += frag.length()
            it += 1
        block = block.next()
    return n


@pytest.mark.parametrize("how", ["accept", "queue"])
def test_the_next_document_inherits_no_character_format(qtbot, open_window, how):
    win = open_window()
    tab_to(qtbot, win, "Walmart")  # the caret is inside an entity
    assert win.view.edit.textCursor().charFormat().background().style() != Qt.BrushStyle.NoBrush
    if how == "accept":
        qtbot.keyClick(win.view.edit, Qt.Key.Key_Return, CTRL)
    else:
        view = win.queue.view
        rect = view.visualRect(win.queue.model.index(2, 1))
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert win.doc_id in (2, 3)
    shown = {(s.start, s.end) for s in win.view.entities()}
    assert not shown  # documents 2 and 3 have no entities: nothing may look like one
    assert _formatted_chars(win.view) == 0
    cur = QTextCursor(win.view.edit.document())
    cur.setPosition(3)
    assert cur.charFormat().underlineStyle() == cur.charFormat().underlineStyle().NoUnderline


# ------------------------------------------------------------------------------------ item 6
def test_evidence_follows_the_clicked_company_mention(qtbot, open_window):
    win = open_window()
    tab_to(qtbot, win, "Walmart")
    walmart = [tuple(x) for x in win.company_panel.company("walmart").sentiment.evidence]
    assert win.view._evidence_q and win.company_panel.current_company() == "walmart"
    ent = tab_to(qtbot, win, "Google")
    rect = win.view.entity_rects(ent)[0]
    qtbot.mouseClick(win.view.edit.viewport(), Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
    assert win.company_panel.current_company() == "google"
    assert win.view._evidence_q == []  # Google has no evidence: Walmart's is no longer shown
    assert walmart


def test_the_entity_list_repaints_the_rows_tab_leaves(qtbot, open_window):
    win = open_window()
    sel = win.entity_panel.selectionModel()
    deselected: list[int] = []
    sel.selectionChanged.connect(lambda _s, d: deselected.extend(i.row() for i in d.indexes()))
    qtbot.keyClick(win.view.edit, Qt.Key.Key_Tab)
    qtbot.keyClick(win.view.edit, Qt.Key.Key_Tab)
    qtbot.keyClick(win.view.edit, Qt.Key.Key_Tab)
    assert [i.row() for i in sel.selectedRows()] == [2]
    assert deselected[-2:] == [0, 1]  # the view was told: those rows are no longer highlighted


# ------------------------------------------------------------------------------------ item 7
def test_a_second_window_of_the_same_annotator_warns(qtbot, open_window):
    first = open_window()
    assert first.findChild(QMessageBox, "alreadyOpen") is None
    second = open_window()
    box = second.findChild(QMessageBox, "alreadyOpen")
    assert box is not None and box.isVisible() and "another window" in box.text()
    third = open_window(annotator="bob")  # another annotator: no warning
    assert third.findChild(QMessageBox, "alreadyOpen") is None


def test_what_another_process_writes_appears(qtbot, open_window, stored, ui_project):
    win = open_window()
    qtbot.keyClick(win.view.edit, Qt.Key.Key_Return, CTRL)  # accept 1 (alice known now), open 2
    win.open_document(1)
    assert "1 of 4 done" in win.progress_label.text()
    with Project.open(ui_project) as other:  # another process: delete Google, finish document 3
        from annotator.services.annotate import AnnotationSession

        s = AnnotationSession(other, ANNOTATOR)
        for e in [e for e in other.annotations(1, ANNOTATOR).entities if e.start == WALMART_GOOGLE]:
            s.delete_entity(1, e.id)
        s.accept(3)
    qtbot.waitUntil(lambda: "2 of 4 done" in win.progress_label.text(), timeout=10_000)  # polled
    assert not any(e.start == WALMART_GOOGLE for e in win.view.entities())
    assert [r.status for r in win.queue.model.rows if r.id == 3] == ["done"]
    assert "Done 2" in win.queue.counts.text()


WALMART_GOOGLE = len("Walmart s'associe à ")


# ------------------------------------------------------------------------------------ item 8
def test_cancelled_preannotation_says_what_it_kept(qtbot, open_window, monkeypatch, ui_project):
    import annotator.services.preannotate as pre
    from annotator.core.errors import Cancelled

    def fake(project, *, progress, cancel, **_k):  # two documents written in a batch, then cancelled
        project.ensure_annotator("model:x", "model")
        with project.write():
            for doc_id in (2, 3):
                project.mark_preannotated(doc_id, "model:x", ["entities"])
        cancel.cancel()
        raise Cancelled()

    monkeypatch.setattr(pre, "preannotate", fake)
    win = open_window()
    task = win.preannotate()
    with qtbot.waitSignal(task.finished, timeout=20_000):
        pass
    msg = win.statusBar().currentMessage()
    assert "unchanged" not in msg and "2 documents" in msg and "kept" in msg


def test_the_import_dialog_offers_only_what_import_accepts(qtbot, open_window, monkeypatch, tmp_path):
    from PySide6.QtWidgets import QFileDialog

    from annotator.services.importer import SUPPORTED

    seen = []
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(lambda *a: (seen.append(a[3]), ([], ""))[1]))
    win = open_window()
    win._actions["import"].trigger()
    offered = {p.lstrip("*") for p in seen[0].split(";;")[0].split("(")[1].rstrip(")").split()}
    assert offered == set(SUPPORTED) and ".json" not in offered


def test_undo_says_what_was_undone_in_words(qtbot, open_window, stored):
    win = open_window()
    qtbot.keyClick(win.view.edit, Qt.Key.Key_2, ALT)  # tick "Acquisition"
    assert "acquisition" in stored(1)[0].events
    qtbot.keyClick(win.view.edit, Qt.Key.Key_Z, CTRL)
    assert "acquisition" not in stored(1)[0].events
    msg = win.statusBar().currentMessage()
    assert msg == "Undone: event “Acquisition / merger” ticked", msg
    tab_to(qtbot, win, "Marc Lore")
    qtbot.keyClick(win.view.edit, Qt.Key.Key_L)
    qtbot.keyClick(win.view.edit, Qt.Key.Key_Z, CTRL)
    assert win.statusBar().currentMessage() == "Undone: “Marc Lore” relabelled PER → LOC"
    qtbot.keyClick(win.view.edit, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert win.statusBar().currentMessage() == "Redone: “Marc Lore” relabelled PER → LOC"


# ------------------------------------------------------------------------------------ item 9
def test_star_confirms_the_models_suggestions_with_the_label(qtbot, open_window, stored):
    win = open_window()
    tab_to(qtbot, win, "Walmart")
    qtbot.keyClick(win.view.edit, Qt.Key.Key_O)  # confirm this one as ORG
    qtbot.keyClick(win.view.edit, Qt.Key.Key_Asterisk)  # and every other Walmart
    walmarts = [s for s in stored(1)[0].entities if win.doc.text[s.start:s.end] == "Walmart"]
    assert len(walmarts) == 3 and all(s.source == "manual" and s.label == "ORG" for s in walmarts)


def test_opening_a_document_does_not_start_it(qtbot, open_window, stored, ui_project):
    win = open_window()
    win._opened_at -= 30  # as if the annotator had read it for half a minute
    view = win.queue.view
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(win.queue.model.index(1, 1)).center())
    assert win.doc_id == 2
    assert stored(1)[1]["updated_at"] is None and stored(1)[1]["status"] == "todo"
    assert "To do 4" in win.queue.counts.text()
    win._opened_at -= 30
    qtbot.keyClick(win.view.edit, Qt.Key.Key_1, ALT)  # a first edit starts it, with the time spent
    _, status = stored(2)
    assert status["status"] == "in_progress" and status["seconds"] >= 29


def test_an_unknown_annotator_is_asked_and_written_only_with_a_first_edit(qtbot, open_window, ui_project):
    from annotator.ui.app import confirm_annotator

    first = open_window()
    qtbot.keyClick(first.view.edit, Qt.Key.Key_1, ALT)  # alice is now an annotator of the project
    first.close()

    def answer(button):
        def click():
            box = QApplication.activeModalWidget()
            assert isinstance(box, QMessageBox) and box.objectName() == "newAnnotatorConfirm"
            assert "alcie" in box.text() and "alice" in box.text()
            box.button(button).click()
        QTimer.singleShot(0, click)

    with Project.open(ui_project) as p:
        answer(QMessageBox.StandardButton.No)
        assert not confirm_annotator(p, "alcie")
        assert confirm_annotator(p, "alice")  # a known name is not asked about
    win = open_window(annotator="alcie")  # said Yes: a window opens, still writing nothing
    win.open_document(2)
    win.open_document(1)
    with Project.open(ui_project) as p:
        assert "alcie" not in p.annotators()
    tab_to(qtbot, win, "Google")
    qtbot.keyClick(win.view.edit, Qt.Key.Key_M)  # the first edit writes the name, and the edit
    with Project.open(ui_project) as p:
        assert "alcie" in p.annotators()
        ents = p.annotations(1, "alcie").entities
    assert len(ents) == 7 and [s.label for s in ents if win.doc.text[s.start:s.end] == "Google"].count("MISC") == 1


# ------------------------------------------------------------------------------------ issue 13
def test_a_read_only_project_opens_read_only(qtbot, ui_project, stored):
    from annotator.ui.main_window import MainWindow
    from annotator.ui.settings import Settings

    project = Project.open(ui_project, read_only=True)  # as a file or folder we may not write opens
    assert project.read_only
    win = MainWindow(project, ANNOTATOR, Settings())
    qtbot.addWidget(win)
    win.show()
    with qtbot.waitActive(win):
        win.activateWindow()
    win.start()
    assert win.windowTitle().endswith("— read-only") and win.saved_label.text() == "Read-only"
    assert len(win.view.entities()) == 7  # shown from the model, as for anyone
    tab_to(qtbot, win, "Google")
    for key, mods in ((Qt.Key.Key_Delete, Qt.KeyboardModifier.NoModifier), (Qt.Key.Key_M, Qt.KeyboardModifier.NoModifier),
                      (Qt.Key.Key_1, ALT), (Qt.Key.Key_2, Qt.KeyboardModifier.NoModifier),
                      (Qt.Key.Key_Return, CTRL), (Qt.Key.Key_Z, CTRL)):
        qtbot.keyClick(win.view.edit, key, mods)
    box = win.event_panel.boxes["earnings"]
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    assert not box.isChecked()
    assert "read-only" in win.statusBar().currentMessage()
    assert not win._actions["accept"].isEnabled() and not win._actions["import"].isEnabled()
    assert win.doc_id == 1 and len(win.view.entities()) == 7
    ann, status = stored(1)
    assert ann.is_empty() and status["updated_at"] is None
    win.close()
    assert not [f for f in ui_project.parent.iterdir() if f.name.endswith(("-wal", "-shm"))]  # nothing left
    with Project.open(ui_project) as p:
        assert ANNOTATOR not in p.annotators()


def test_a_write_that_fails_is_never_shown_as_saved(qtbot, open_window, stored, monkeypatch):
    win = open_window()
    before = stored(1)

    def full(*_a, **_k):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(win.project, "apply", full)
    qtbot.keyClick(win.view.edit, Qt.Key.Key_2, ALT)
    box = win.findChild(QMessageBox, "writeFailed")
    assert box is not None and box.isVisible()
    # coded: the store's StorageError (E8xx) or, for a raw error that escaped it, the window's E690
    assert re.search(r"^\[E(690|8\d\d)\] ", box.text()) and "disk is full" in box.text(), box.text()
    assert box.textFormat() == Qt.TextFormat.PlainText
    assert win.saved_label.text() == "Not saved"
    assert not win.event_panel.boxes["acquisition"].isChecked()  # the screen shows what is stored
    assert stored(1) == before


def test_hostile_names_and_titles_show_as_text(qtbot, open_window, ui_project, tmp_path, monkeypatch):
    with Project.open(ui_project) as p:
        p.add_documents([__import__("annotator.core.model", fromlist=["Document"]).Document(
            text="Texte.", title=HOSTILE, source=HOSTILE)])
    win = open_window(annotator=HOSTILE)
    win.open_document(5)
    labels = [w for w in win.findChildren(QLabel) if HOSTILE in w.text()]
    assert labels and all(w.textFormat() == Qt.TextFormat.PlainText for w in labels)
    bad = tmp_path / f"{HOSTILE.replace('/', '_')}.annotator"
    bad.write_bytes(b"not a project" * 20)
    win.switch_project(bad)
    box = win.findChild(QMessageBox)
    assert box is not None and box.textFormat() == Qt.TextFormat.PlainText and "<b>x" in box.text()
    box.close()
    from PySide6.QtWidgets import QFileDialog

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a: (str(bad), "")))
    win.new_project()  # "New project" onto an existing file: refused, in a plain-text box
    boxes = [b for b in win.findChildren(QMessageBox) if "[E201]" in b.text()]
    assert boxes and boxes[0].textFormat() == Qt.TextFormat.PlainText


def test_an_edit_from_a_stale_view_is_refused_and_the_window_refreshes(qtbot, open_window, stored, ui_project):
    win = open_window()
    qtbot.keyClick(win.view.edit, Qt.Key.Key_1, ALT)  # alice starts document 1
    win.watcher.stop()  # this window does not poll: it keeps showing what it read
    google = tab_to(qtbot, win, "Google")
    with Project.open(ui_project) as other:  # the same annotator's other window deletes that Google
        from annotator.services.annotate import AnnotationSession

        AnnotationSession(other, ANNOTATOR).delete_entity(1, google)
    qtbot.keyClick(win.view.edit, Qt.Key.Key_M)  # relabel what this window still shows
    assert google not in {e.id for e in stored(1)[0].entities}  # not resurrected
    assert google not in {e.id for e in win.view.entities()}  # the window shows what is stored
    assert "another window or process changed this" in win.statusBar().currentMessage()
    assert win.saved_label.text() == "Not saved"


@pytest.mark.parametrize("edit", ["panel", "editor"])
def test_a_lock_held_by_another_process_does_not_freeze_the_window(qtbot, open_window, stored, ui_project, edit):
    win = open_window()
    qtbot.keyClick(win.view.edit, Qt.Key.Key_1, ALT)  # alice has started document 1
    google = tab_to(qtbot, win, "Google")
    other = sqlite3.connect(str(ui_project), isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another process holds the write lock
    try:
        if edit == "panel":
            qtbot.keyClick(win.view.edit, Qt.Key.Key_2, ALT)  # tick "Acquisition"
        else:
            qtbot.keyClick(win.view.edit, Qt.Key.Key_M)  # relabel Google MISC
        # the key press came back while the lock is held: the edit waits, visibly, unsaved
        assert win.saved_label.text() == "Waiting for the project…" and win.waiting_for_lock
        qtbot.keyClick(win.view.edit, Qt.Key.Key_3, ALT)  # a further edit is refused meanwhile
        assert "not saved yet" in win.statusBar().currentMessage()
    finally:
        other.execute("ROLLBACK")
        other.close()
    qtbot.waitUntil(lambda: win.saved_label.text().startswith("Saved"), timeout=20_000)
    ann, _ = stored(1)
    if edit == "panel":
        assert "acquisition" in ann.events and win.event_panel.boxes["acquisition"].isChecked()
    else:
        assert next(e for e in ann.entities if e.id == google).label == "MISC"
    assert "earnings" not in ann.events  # the refused edit was not written behind the user's back
