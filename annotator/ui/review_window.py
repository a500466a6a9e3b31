"""The review window: settle where annotators differ, item by item, into the gold version.

Layout: the review queue (most disagreement first) on the left; one read-only pane per
annotator and the gold pane side by side; under them the list of difference items. Keys:

* ``1`` ... ``9``  take the current item from annotator N (the panes' order);
* ``r``            reject every version of the item (gold has nothing there);
* ``e``            edit: choose the gold value yourself (for an entity, the label; its boundaries are
                   those selected with the mouse in the gold pane, else the first version's);
* ``Enter``        next undecided item;  ``n``  next document (marked reviewed when nothing is left);
* ``a``            accept the agreed items now (done on opening a document when "Auto-accept" is on);
* ``Ctrl+Z`` / ``Ctrl+Shift+Z``  undo / redo the last gold decision.

Every decision goes through :mod:`annotator.services.review` (gold annotator, one history row,
undoable). Offsets are code points; :class:`PositionMap` turns them into the UTF-16 positions
of the Qt document (astral characters count 2, ``"\\r\\n"`` becomes one block separator).
"""

from __future__ import annotations

import bisect
import re
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QBrush, QColor, QKeySequence, QTextCharFormat, QTextCursor, QTextFormat
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QSplitter,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from annotator.core.errors import AnnotatorError
from annotator.core.model import GOLD
from annotator.services import review
from annotator.services.annotate import AnnotationSession
from annotator.store.project import Project

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")
DIFF_COLOUR = "#d93025"
CURRENT_COLOUR = "#fbbc04"


class PositionMap:
    """Code-point offsets of a text <-> UTF-16 positions in the Qt document showing it.

    ``display`` is the text to give Qt (``"\\r\\n"`` already folded to ``"\\n"``, which is what Qt
    would do). Built in O(number of astral characters + CRLFs); lookups are a bisect.
    """

    def __init__(self, text: str):
        self.text = text
        self.display = text.replace("\r\n", "\n") if "\r\n" in text else text
        self._astral = [m.start() for m in _ASTRAL.finditer(text)]
        self._folded = [m.start() for m in re.finditer("\r\n", text)]  # the "\r" that disappears

    def to_qt(self, offset: int) -> int:
        return (offset + bisect.bisect_left(self._astral, offset)
                - bisect.bisect_left(self._folded, offset))

    def from_qt(self, position: int) -> int:
        """The code-point offset of a Qt position (the first one mapping there)."""
        lo, hi = 0, len(self.text)
        while lo < hi:
            mid = (lo + hi) // 2
            if self.to_qt(mid) < position:
                lo = mid + 1
            else:
                hi = mid
        return lo


def _tint(colour: str, alpha: int) -> QColor:
    c = QColor(colour)
    c.setAlpha(alpha)
    return c


class VersionPane(QWidget):
    """One version of the article: a title and a read-only text view with its entities coloured."""

    def __init__(self, name: str, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.name = name
        self.setObjectName(f"pane:{name}")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        self.label = QLabel(title, self)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.view = QPlainTextEdit(self)
        self.view.setObjectName(f"view:{name}")
        self.view.setReadOnly(True)
        self.view.setUndoRedoEnabled(False)
        self.view.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the review keys stay with the window
        self.view.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        layout.addWidget(self.label)
        layout.addWidget(self.view)
        self.map = PositionMap("")

    def show_text(self, pmap: PositionMap) -> None:
        self.map = pmap
        self.view.setPlainText(pmap.display)

    def paint(self, spans: Sequence[tuple[int, int, str]], colours: dict[str, str],
              differences: Sequence[tuple[int, int]]) -> None:
        """Colour this version's entities and underline the differences, in one edit block."""
        doc = self.view.document()
        cursor = QTextCursor(doc)
        cursor.beginEditBlock()
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.setCharFormat(QTextCharFormat())
        fmts: dict[str, QTextCharFormat] = {}
        for start, end, label in spans:
            fmt = fmts.get(label)
            if fmt is None:
                fmt = QTextCharFormat()
                fmt.setBackground(QBrush(_tint(colours.get(label, "#888888"), 90)))
                fmt.setToolTip(label)
                fmts[label] = fmt
            cursor.setPosition(self.map.to_qt(start))
            cursor.setPosition(self.map.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
            cursor.mergeCharFormat(fmt)
        diff = QTextCharFormat()
        diff.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        diff.setUnderlineColor(QColor(DIFF_COLOUR))
        for start, end in differences:
            cursor.setPosition(self.map.to_qt(start))
            cursor.setPosition(self.map.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
            cursor.mergeCharFormat(diff)
        cursor.endEditBlock()

    def mark(self, start: int | None, end: int | None) -> None:
        """Outline the current item's region and bring it into view."""
        if start is None or end is None:
            self.view.setExtraSelections([])
            return
        sel = QTextEdit.ExtraSelection()
        cursor = QTextCursor(self.view.document())
        cursor.setPosition(self.map.to_qt(start))
        cursor.setPosition(self.map.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
        sel.cursor = cursor
        fmt = QTextCharFormat()
        fmt.setBackground(QBrush(_tint(CURRENT_COLOUR, 160)))
        fmt.setProperty(QTextFormat.Property.FullWidthSelection, False)
        sel.format = fmt
        self.view.setExtraSelections([sel])
        view_cursor = QTextCursor(self.view.document())
        view_cursor.setPosition(self.map.to_qt(start))
        self.view.setTextCursor(view_cursor)
        self.view.centerCursor()


class ReviewWindow(QMainWindow):
    """Review queue, versions side by side, difference items, gold result. Opens its own project."""

    def __init__(self, project_path: str, reviewer: str, parent: QWidget | None = None, *,
                 annotators: Sequence[str] | None = None, auto_accept: bool = True):
        super().__init__(parent)
        self.setObjectName("reviewWindow")
        self.project = Project.open(Path(project_path))
        self.reviewer = reviewer
        self.only = list(annotators) if annotators else None
        self.gold_session = AnnotationSession(self.project, GOLD)
        schema = self.project.schema
        self.colours = {lab.name: lab.colour for lab in schema.entities}
        self.doc_id: int | None = None
        self.names: list[str] = []
        self.items: list[review.ReviewItem] = []
        self.panes: dict[str, VersionPane] = {}
        self.queue: list[review.QueueEntry] = []
        self.setWindowTitle(f"Review — {Path(project_path).name} — {reviewer}")

        self.queue_list = QListWidget(self)
        self.queue_list.setObjectName("reviewQueue")
        self.queue_list.currentRowChanged.connect(self._queue_row_changed)
        self.item_list = QListWidget(self)
        self.item_list.setObjectName("reviewItems")
        self.item_list.currentRowChanged.connect(self._item_row_changed)
        self.pane_box = QSplitter(Qt.Orientation.Horizontal, self)
        self.pane_box.setObjectName("reviewPanes")
        self.auto_box = QCheckBox("Auto-accept agreed items", self)
        self.auto_box.setObjectName("autoAccept")
        self.auto_box.setChecked(auto_accept)
        self.auto_box.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        centre = QSplitter(Qt.Orientation.Vertical, self)
        centre.addWidget(self.pane_box)
        bottom = QWidget(self)
        bl = QVBoxLayout(bottom)
        bl.setContentsMargins(0, 0, 0, 0)
        self.help = QLabel("1–9 take from annotator · r reject · e edit · Enter next item · n next document · "
                           "a accept agreed · Ctrl+Z undo", bottom)
        bl.addWidget(self.help)
        bl.addWidget(self.item_list)
        bl.addWidget(self.auto_box)
        centre.addWidget(bottom)
        centre.setStretchFactor(0, 3)
        centre.setStretchFactor(1, 1)
        outer = QSplitter(Qt.Orientation.Horizontal, self)
        outer.addWidget(self.queue_list)
        outer.addWidget(centre)
        outer.setStretchFactor(1, 4)
        self.setCentralWidget(outer)
        self._make_actions()
        self.resize(1400, 850)
        self.refresh_queue()
        if self.queue:
            self.queue_list.setCurrentRow(0)
        else:
            self.statusBar().showMessage("Nothing to review: no document has versions by two annotators yet")
        self.item_list.setFocus()

    # ------------------------------------------------------------------ actions & keys
    def _action(self, name: str, text: str, keys: Sequence[str], slot: Any) -> QAction:
        act = QAction(text, self)
        act.setObjectName(name)
        act.setShortcuts([QKeySequence(k) for k in keys])
        act.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        act.triggered.connect(slot)
        self.addAction(act)
        return act

    def _make_actions(self) -> None:
        menu = self.menuBar().addMenu("&Review")
        for n in range(1, 10):
            act = self._action(f"take{n}", f"Take from annotator {n}", [str(n)],
                               lambda _=False, n=n: self.take(n - 1))
            if n <= 3:
                menu.addAction(act)
        menu.addAction(self._action("reject", "Reject all versions", ["R"], self.reject))
        menu.addAction(self._action("edit", "Edit gold value…", ["E"], self.edit))
        menu.addAction(self._action("nextItem", "Next undecided item", ["Return", "Enter"], self.next_item))
        menu.addAction(self._action("nextDoc", "Next document", ["N"], self.next_document))
        menu.addAction(self._action("acceptAgreed", "Accept agreed items", ["A"], self.accept_agreed))
        menu.addAction(self._action("finish", "Mark document reviewed", ["Ctrl+Return"], self.finish))
        menu.addSeparator()
        menu.addAction(self._action("undo", "Undo", ["Ctrl+Z"], self.undo))
        menu.addAction(self._action("redo", "Redo", ["Ctrl+Shift+Z", "Ctrl+Y"], self.redo))
        menu.addSeparator()
        menu.addAction(self._action("close", "Close", ["Ctrl+W"], self.close))

    # ------------------------------------------------------------------ queue
    def refresh_queue(self) -> None:
        current = self.doc_id
        self.queue = review.review_queue(self.project, self.only)
        self.queue_list.blockSignals(True)
        self.queue_list.clear()
        for entry in self.queue:
            mark = "✓ " if entry.reviewed else ""
            item = QListWidgetItem(f"{mark}{entry.disagreement:.2f}  {entry.title or f'#{entry.doc_id}'}")
            item.setData(Qt.ItemDataRole.UserRole, entry.doc_id)
            item.setToolTip(", ".join(entry.annotators))
            self.queue_list.addItem(item)
        ids = [e.doc_id for e in self.queue]
        if current in ids:
            self.queue_list.setCurrentRow(ids.index(current))
        self.queue_list.blockSignals(False)

    def _queue_row_changed(self, row: int) -> None:
        if 0 <= row < len(self.queue):
            self.open_document(self.queue[row].doc_id)

    def _set_queue_mark(self, doc_id: int) -> None:
        ids = [e.doc_id for e in self.queue]
        if doc_id in ids:
            row = ids.index(doc_id)
            entry = self.queue[row]
            done = review.is_reviewed(self.project, doc_id)
            self.queue[row] = review.QueueEntry(entry.doc_id, entry.title, entry.disagreement, entry.annotators, done)
            text = f"{'✓ ' if done else ''}{entry.disagreement:.2f}  {entry.title or f'#{entry.doc_id}'}"
            self.queue_list.item(row).setText(text)

    # ------------------------------------------------------------------ one document
    def open_document(self, doc_id: int) -> None:
        self.doc_id = doc_id
        entry = next((e for e in self.queue if e.doc_id == doc_id), None)
        self.names = list(entry.annotators) if entry else review.doc_annotators(self.project, doc_id, self.only)
        text = self.project.document(doc_id).text
        pmap = PositionMap(text)
        for pane in self.panes.values():
            pane.setParent(None)
            pane.deleteLater()
        self.panes = {}
        for n, name in enumerate(self.names, start=1):
            self.panes[name] = VersionPane(name, f"{n}  {name}", self.pane_box)
        self.panes[GOLD] = VersionPane(GOLD, f"gold (by {self.reviewer})", self.pane_box)
        for pane in self.panes.values():
            self.pane_box.addWidget(pane)
            pane.show_text(pmap)
        if self.auto_box.isChecked():
            self._run(lambda: review.auto_accept_agreed(self.project, doc_id, self.names))
        self.reload(keep_row=False)
        versions = {name: self.project.annotations(doc_id, name) for name in self.names}
        diffs = [(i.start, i.end) for i in self.items if i.kind == review.ENTITY_ITEM and not i.agreed
                 and i.start is not None and i.end is not None]
        for name in self.names:
            spans = [(s.start, s.end, s.label) for s in versions[name].entities]
            self.panes[name].paint(spans, self.colours, diffs)
        self._select_first_open()

    def reload(self, *, keep_row: bool = True) -> None:
        """Re-read the items and the gold version after a decision (annotators' panes do not change)."""
        if self.doc_id is None:
            return
        row = self.item_list.currentRow()
        old = self.items if keep_row else []
        self.items = review.diff_items(self.project, self.doc_id, self.names)
        self.item_list.blockSignals(True)
        if [i.key for i in old] == [i.key for i in self.items] and self.item_list.count() == len(old):
            # same items: rewrite only the rows whose decision changed (fast on long articles)
            for n, (before, after) in enumerate(zip(old, self.items)):
                if before != after:
                    fresh = self._item_widget(after)
                    target = self.item_list.item(n)
                    target.setText(fresh.text())
                    target.setForeground(fresh.foreground())
        else:
            self.item_list.clear()
            for item in self.items:
                self.item_list.addItem(self._item_widget(item))
        self.item_list.blockSignals(False)
        gold = self.project.annotations(self.doc_id, GOLD)
        diffs = [(i.start, i.end) for i in self.items if i.kind == review.ENTITY_ITEM and not i.decided
                 and i.start is not None and i.end is not None]
        self.panes[GOLD].paint([(s.start, s.end, s.label) for s in gold.entities], self.colours, diffs)
        if keep_row and 0 <= row < len(self.items):
            self.item_list.setCurrentRow(row)
        left = len(review.open_items(self.items))
        done = review.is_reviewed(self.project, self.doc_id)
        self.statusBar().showMessage(
            f"{len(self.items)} items, {left} to decide" + (" — reviewed" if done else ""))
        self._set_queue_mark(self.doc_id)

    def _item_widget(self, item: review.ReviewItem) -> QListWidgetItem:
        mark = "✓" if item.decided else ("=" if item.agreed else "≠")
        title = item.title.replace("\n", " ")
        if len(title) > 40:
            title = title[:39] + "…"
        versions = " | ".join(f"{n}: {review.describe(v)}" for n, v in item.values.items())
        gold = review.describe(item.gold) if item.decided else "?"
        w = QListWidgetItem(f"{mark} {item.kind} «{title}» — {versions} → gold: {gold}")
        w.setData(Qt.ItemDataRole.UserRole, item.key)
        if not item.decided:
            w.setForeground(QBrush(QColor(DIFF_COLOUR if not item.agreed else "#1e8e3e")))
        else:
            w.setForeground(self.item_list.palette().text())
        return w

    def _item_row_changed(self, row: int) -> None:
        item = self.current_item()
        for pane in self.panes.values():
            pane.mark(item.start if item else None, item.end if item else None)

    def current_item(self) -> review.ReviewItem | None:
        row = self.item_list.currentRow()
        return self.items[row] if 0 <= row < len(self.items) else None

    def _select_first_open(self) -> None:
        row = next((i for i, it in enumerate(self.items) if not it.decided), 0 if self.items else -1)
        self.item_list.setCurrentRow(row)

    # ------------------------------------------------------------------ decisions
    def _run(self, fn: Any) -> Any:
        try:
            return fn()
        except AnnotatorError as exc:
            QMessageBox.warning(self, "annotator", str(exc))
            return None

    def take(self, index: int) -> None:
        item = self.current_item()
        if item is None or not 0 <= index < len(self.names):
            return
        self._run(lambda: review.take(self.project, item, self.names[index]))
        self.reload()
        self.next_item()

    def reject(self) -> None:
        item = self.current_item()
        if item is None:
            return
        self._run(lambda: review.reject(self.project, item))
        self.reload()
        self.next_item()

    def edit(self) -> None:
        item = self.current_item()
        if item is None:
            return
        value = self.ask_edit_value(item)
        if value is _CANCEL:
            return
        self._run(lambda: review.edit(self.project, item, value))
        self.reload()

    def ask_edit_value(self, item: review.ReviewItem) -> Any:
        """Ask the reviewer for the gold value of ``item`` (returns ``_CANCEL`` if cancelled)."""
        schema = self.project.schema
        if item.kind == review.ENTITY_ITEM:
            choices = ["(no entity)", *schema.entity_names]
            prompt = f"Label for «{item.title[:60]}» (the region {item.start}–{item.end}):"
        elif item.kind == review.SENTIMENT_ITEM:
            choices = ["(no sentiment)", *schema.sentiment_names]
            prompt = f"Sentiment of {item.title}:"
        else:
            choices = ["absent", "present"]
            prompt = f"Event type {item.title}:"
        choice, ok = QInputDialog.getItem(self, "Edit gold", prompt, choices, 0, False)
        if not ok:
            return _CANCEL
        if item.kind == review.ENTITY_ITEM:
            if choice == choices[0]:
                return None
            selected = self.gold_selection()
            if selected is not None:  # boundaries selected with the mouse in the gold pane
                return [(selected[0], selected[1], choice)]
            # keep the boundaries of the first version that has some, else the whole region
            spans = next((v for v in item.values.values() if v), None) or ((item.start, item.end, choice),)
            return [(s, e, choice) for s, e, _ in spans]
        if item.kind == review.SENTIMENT_ITEM:
            return None if choice == choices[0] else choice
        return choice == "present"

    def gold_selection(self) -> tuple[int, int] | None:
        """The code-point range selected in the gold pane (trimmed of spaces), or None."""
        pane = self.panes.get(GOLD)
        if pane is None:
            return None
        cursor = pane.view.textCursor()
        if not cursor.hasSelection():
            return None
        start, end = pane.map.from_qt(cursor.selectionStart()), pane.map.from_qt(cursor.selectionEnd())
        text = pane.map.text
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        return (start, end) if start < end else None

    def accept_agreed(self) -> None:
        if self.doc_id is None:
            return
        doc_id = self.doc_id
        n = self._run(lambda: review.auto_accept_agreed(self.project, doc_id, self.names))
        self.reload()
        self.statusBar().showMessage(f"accepted {n or 0} agreed items", 3000)

    def next_item(self) -> None:
        if not self.items:
            return
        start = self.item_list.currentRow()
        order = list(range(start + 1, len(self.items))) + list(range(0, start + 1))
        row = next((i for i in order if not self.items[i].decided), None)
        if row is None:
            self.statusBar().showMessage("Every item is decided: press n for the next document")
            return
        self.item_list.setCurrentRow(row)

    def finish(self) -> None:
        if self.doc_id is not None:
            doc_id = self.doc_id
            self._run(lambda: review.finish(self.project, doc_id, self.reviewer))
            self.reload()

    def next_document(self) -> None:
        """Mark this document reviewed if nothing is left to decide, then open the next one to review."""
        if self.doc_id is None:
            return
        if self.items and not review.open_items(self.items) and not review.is_reviewed(self.project, self.doc_id):
            self.finish()
        ids = [e.doc_id for e in self.queue]
        pos = ids.index(self.doc_id) if self.doc_id in ids else -1
        order = ids[pos + 1:] + ids[: pos + 1]
        nxt = next((d for d in order if d != self.doc_id and not review.is_reviewed(self.project, d)), None)
        if nxt is None:
            self.statusBar().showMessage("Every document in the queue is reviewed")
            return
        self.queue_list.setCurrentRow(ids.index(nxt))

    def undo(self) -> None:
        if self.doc_id is not None:
            doc_id = self.doc_id
            self._run(lambda: self.gold_session.undo(doc_id))
            self.reload()

    def redo(self) -> None:
        if self.doc_id is not None:
            doc_id = self.doc_id
            self._run(lambda: self.gold_session.redo(doc_id))
            self.reload()

    # ------------------------------------------------------------------ closing
    def closeEvent(self, event: Any) -> None:  # noqa: N802 - Qt name
        self.project.close()
        super().closeEvent(event)


_CANCEL = object()


def run_review(project_path: str, reviewer: str, annotators: Sequence[str] | None = None, *,
               argv: list[str] | None = None) -> int:
    """``annotator review PROJECT``: open the review window and run the event loop."""
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    try:
        window = ReviewWindow(project_path, reviewer, annotators=annotators)
    except AnnotatorError as exc:
        print(f"annotator: error: {exc}", file=sys.stderr)
        return 2
    window.show()
    return app.exec()
