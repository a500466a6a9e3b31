"""The curation view: settle where annotators differ, item by item, into the gold version.

Layout: the documents to review (most disagreement first, with agreement and annotators) on the
left; above, each finished version of the article side by side with the gold one, drawn as in
the main window (label tags on every span), scrolling together, the current item outlined in
every column and the differences marked; a strip naming every version with its status and flag
comment (unfinished ones greyed: they are not compared); below, the items in words and the
evidence of the current one.

Keys (window shortcuts; a click on a span in an annotator's column takes it):

* ``1`` … ``9``  take the current item from annotator N (columns' order; "—" means absent in gold);
* ``r``  reject every version;  ``e``  edit (label; boundaries selected in the gold column);
* ``Enter``  next undecided item;  ``n``  next document (marked reviewed when nothing is left);
* ``a``  accept the agreed items now (done on opening when "Auto-accept" is on);
* ``Ctrl+Return``  mark reviewed;  ``Ctrl+Z`` / ``Ctrl+Shift+Z``  undo / redo a decision;
* ``Ctrl+B``  blind review (annotator names hidden).

Every decision goes through :mod:`annotator.services.review` (the gold annotator, one history
row each, undoable), the same path as ``annotator review --auto``.
"""

from __future__ import annotations

import sqlite3
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QBrush, QColor, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPlainTextEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from annotator.core.errors import AnnotatorError
from annotator.core.model import GOLD
from annotator.services import review
from annotator.services.opening import LazySession, is_read_only
from annotator.services.queue import last_history_id
from annotator.store.project import Project
from annotator.ui.live import ChangeWatcher
from annotator.ui.lockwait import limit_lock_wait
from annotator.ui.plain import warn
from annotator.ui.review.column import VersionColumn
from annotator.ui.review.doclist import DocList, agreement_text
from annotator.ui.settings import Settings
from annotator.ui.review.words import (
    MISSING,
    differences,
    evidence_spans,
    evidence_words,
    item_words,
    shown_names,
)
from annotator.ui.theme import STATUS_TITLES
from annotator.ui.wording import undo_message

DIFF_COLOUR = "#d93025"
AGREED_COLOUR = "#1e8e3e"
HELP = ("1–9 take from annotator (or click a span in their column) · r reject · e edit · Enter next item · "
        "n next document · a accept agreed · Ctrl+Z undo · Ctrl+B blind\n"
        "Marks: red dashed box = missing in that version (in gold: still to decide) · red underline = "
        "another label · orange dashed underline = other boundaries · orange outline = current item")
_CANCEL = object()
AUTO_KEY, BLIND_KEY = "review/auto_accept", "review/blind"


class ReviewWindow(QMainWindow):
    """Review queue, versions side by side, items in words, gold result. Opens its own project."""

    def __init__(self, project_path: str, reviewer: str, parent: QWidget | None = None, *,
                 annotators: Sequence[str] | None = None, auto_accept: bool | None = None,
                 blind: bool | None = None):
        """``auto_accept`` / ``blind``: None takes the reviewer's last choice (remembered)."""
        super().__init__(parent)
        self.settings = Settings()
        if auto_accept is None:
            auto_accept = self.settings.q.value(AUTO_KEY, True, type=bool)
        if blind is None:
            blind = self.settings.q.value(BLIND_KEY, False, type=bool)
        self.setObjectName("reviewWindow")
        self.project = Project.open(Path(project_path))
        self.read_only = is_read_only(self.project)
        limit_lock_wait(self.project)  # a busy project refuses a decision after ~100 ms (said in a dialog)
        self.reviewer = reviewer
        self.only = list(annotators) if annotators else None
        self.gold_session = LazySession(self.project, GOLD)  # undo/redo of decisions; writes nothing itself
        self.schema = self.project.schema
        self.doc_id: int | None = None
        self.doc = None
        self.names: list[str] = []  # the versions compared (marked done), in column order
        self.others: list[review.VersionInfo] = []
        self.items: list[review.ReviewItem] = []
        self.panes: dict[str, VersionColumn] = {}
        self.queue: list[review.QueueEntry] = []
        self._syncing = False
        self.setWindowTitle(f"Review — {Path(project_path).name} — {reviewer}"
                            + (" — read-only" if self.read_only else ""))

        self.queue_list = DocList(self)
        self.queue_list.currentRowChanged.connect(self._queue_row_changed)
        self.versions_bar = QWidget(self)
        self.versions_bar.setObjectName("reviewVersions")
        self._versions_layout = QHBoxLayout(self.versions_bar)
        self._versions_layout.setContentsMargins(4, 2, 4, 2)
        self.pane_box = QSplitter(Qt.Orientation.Horizontal, self)
        self.pane_box.setObjectName("reviewPanes")
        self.pane_box.setChildrenCollapsible(False)
        self.item_list = QListWidget(self)
        self.item_list.setObjectName("reviewItems")
        self.item_list.setAccessibleName("Items to decide")
        self.item_list.currentRowChanged.connect(self._item_row_changed)
        self.detail = QPlainTextEdit(self)
        self.detail.setObjectName("reviewDetail")
        self.detail.setAccessibleName("Evidence of the current item")
        self.detail.setReadOnly(True)
        self.detail.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.detail.setMaximumHeight(84)
        self.auto_box = QCheckBox("Auto-accept agreed items", self)
        self.auto_box.setObjectName("autoAccept")
        self.auto_box.setChecked(auto_accept and not self.read_only)
        self.auto_box.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.blind_box = QCheckBox("Blind review (hide annotator names)", self)
        self.blind_box.setObjectName("blindReview")
        self.blind_box.setChecked(blind)
        self.blind_box.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.blind_box.toggled.connect(self._blind_changed)
        self.auto_box.toggled.connect(lambda on: self._remember(AUTO_KEY, on))
        self.blind_box.toggled.connect(lambda on: self._remember(BLIND_KEY, on))

        top = QWidget(self)
        tl = QVBoxLayout(top)
        tl.setContentsMargins(0, 0, 0, 0)
        tl.setSpacing(0)
        tl.addWidget(self.versions_bar)
        tl.addWidget(self.pane_box, 1)
        bottom = QWidget(self)
        bl = QVBoxLayout(bottom)
        bl.setContentsMargins(0, 0, 0, 0)
        self.help = QLabel(HELP, bottom)
        self.help.setTextFormat(Qt.TextFormat.PlainText)
        self.help.setWordWrap(True)
        options = QHBoxLayout()
        options.addWidget(self.auto_box)
        options.addWidget(self.blind_box)
        options.addStretch(1)
        bl.addWidget(self.help)
        bl.addWidget(self.item_list, 1)
        bl.addWidget(self.detail)
        bl.addLayout(options)
        centre = QSplitter(Qt.Orientation.Vertical, self)
        centre.addWidget(top)
        centre.addWidget(bottom)
        centre.setStretchFactor(0, 3)
        centre.setStretchFactor(1, 1)
        centre.setSizes([620, 280])
        outer = QSplitter(Qt.Orientation.Horizontal, self)
        outer.addWidget(self.queue_list)
        outer.addWidget(centre)
        outer.setStretchFactor(1, 4)
        outer.setSizes([330, 1200])
        self.setCentralWidget(outer)
        self._make_actions()
        self.resize(1500, 900)
        self.refresh_queue()
        if self.queue:
            self.queue_list.setCurrentRow(0)
        else:
            self.statusBar().showMessage("Nothing to review: no document has versions marked done by two "
                                         "annotators yet")
        self.item_list.setFocus()
        self.watcher = ChangeWatcher(lambda: self.project.conn, self)
        self.watcher.changed.connect(self._external_change)

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
        menu.addAction(self._action("blind", "Blind review", ["Ctrl+B"], self.blind_box.toggle))
        menu.addAction(self._action("close", "Close", ["Ctrl+W"], self.close))

    def _remember(self, key: str, value: bool) -> None:
        self.settings.q.setValue(key, bool(value))
        self.settings.q.sync()

    @property
    def blind(self) -> bool:
        return self.blind_box.isChecked()

    def shown(self) -> dict[str, str]:
        """Annotator -> what the screen calls them (``#n`` in blind review)."""
        order = list(self.names) + [v.annotator for v in self.others if v.annotator not in self.names]
        return shown_names(order, self.blind)

    # ------------------------------------------------------------------ queue
    def refresh_queue(self) -> None:
        self.queue = review.review_queue(self.project, self.only)
        names = {n: n for e in self.queue for n in (*e.annotators, *e.others)}
        self.queue_list.fill(self.queue, names, self.blind)
        ids = [e.doc_id for e in self.queue]
        if self.doc_id in ids:
            self.queue_list.set_row_quietly(ids.index(self.doc_id))

    def _queue_row_changed(self, row: int) -> None:
        if 0 <= row < len(self.queue):
            self.open_document(self.queue[row].doc_id)

    def _set_queue_mark(self, doc_id: int) -> None:
        ids = [e.doc_id for e in self.queue]
        if doc_id in ids:
            row = ids.index(doc_id)
            done = review.is_reviewed(self.project, doc_id)
            if done != self.queue[row].reviewed:
                e = self.queue[row]
                self.queue[row] = review.QueueEntry(e.doc_id, e.title, e.disagreement, e.annotators, done, e.others)
                self.queue_list.item(row, 0).setText("✓" if done else "")

    # ------------------------------------------------------------------ one document
    def open_document(self, doc_id: int) -> None:
        self.doc_id = doc_id
        self.doc = self.project.document(doc_id)
        infos = review.versions(self.project, doc_id, self.only)
        self.names = [v.annotator for v in infos if v.votes]
        self.others = [v for v in infos if not v.votes]
        for pane in self.panes.values():
            pane.setParent(None)
            pane.deleteLater()
        self.panes = {}
        for name in [*self.names, GOLD]:
            pane = VersionColumn(name, "", self.pane_box)
            pane.spanClicked.connect(self._span_clicked)
            pane.article.edit.verticalScrollBar().valueChanged.connect(lambda _v, p=pane: self._sync_from(p))
            self.pane_box.addWidget(pane)
            self.panes[name] = pane
        self.pane_box.setSizes([1000] * len(self.panes))
        if self.auto_box.isChecked() and not self.read_only:
            self._run(lambda: review.start_document(self.project, doc_id, self.names, auto_accept=True))
        for name in self.names:
            self.panes[name].show_version(self.doc, self.project.annotations(doc_id, name), self.schema)
        self.panes[GOLD].show_version(self.doc, self.project.annotations(doc_id, GOLD), self.schema)
        self._titles()
        self.reload(keep_row=False)
        self._select_first_open()

    def _titles(self) -> None:
        shown = self.shown()
        for n, name in enumerate(self.names, start=1):
            self.panes[name].set_title(f"{n}  {shown[name]} — done")
        if GOLD in self.panes:
            self.panes[GOLD].set_title(f"gold (by {self.reviewer})")
        while self._versions_layout.count():
            w = self._versions_layout.takeAt(0).widget()
            if w is not None:
                w.hide()
                w.deleteLater()
        head = QLabel("Versions:", self.versions_bar)
        self._versions_layout.addWidget(head)
        entry = next((e for e in self.queue if e.doc_id == self.doc_id), None)
        for name in self.names:
            self._versions_layout.addWidget(self._version_label(name, "done", "", True, shown))
        for v in self.others:
            self._versions_layout.addWidget(self._version_label(v.annotator, v.status, v.comment, False, shown))
        if entry is not None:
            self._versions_layout.addWidget(QLabel(f"· agreement {agreement_text(entry)}", self.versions_bar))
        self._versions_layout.addStretch(1)

    def _version_label(self, name: str, status: str, comment: str, votes: bool, shown: dict[str, str]) -> QLabel:
        text = f"{shown.get(name, name)}: {STATUS_TITLES.get(status, status)}"
        if comment:
            text += f" “{comment}”"
        if not votes:
            text += " (not compared)"
        label = QLabel(text, self.versions_bar)
        label.setObjectName(f"version:{name}")
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setEnabled(votes)  # greyed: skipped, flagged or unfinished versions do not vote
        return label

    def reload(self, *, keep_row: bool = True) -> None:
        """Re-read the items and the gold version after a decision (annotators' columns do not change)."""
        if self.doc_id is None:
            return
        row = self.item_list.currentRow()
        old = self.items if keep_row else []
        self.items = review.diff_items(self.project, self.doc_id, self.names)
        text, shown = self.doc.text, self.shown()
        self.item_list.blockSignals(True)
        if [i.key for i in old] == [i.key for i in self.items] and self.item_list.count() == len(old):
            for n, (before, after) in enumerate(zip(old, self.items)):
                if before != after:  # same items: rewrite only the rows whose decision changed
                    self._fill_row(self.item_list.item(n), after, text, shown)
        else:
            self.item_list.clear()
            for item in self.items:
                w = QListWidgetItem()
                self._fill_row(w, item, text, shown)
                self.item_list.addItem(w)
        self.item_list.blockSignals(False)
        self.panes[GOLD].article.set_annotations(self.project.annotations(self.doc_id, GOLD))
        self._mark_differences()
        if keep_row and 0 <= row < len(self.items):
            self.item_list.setCurrentRow(row)
        left = len(review.open_items(self.items))
        done = review.is_reviewed(self.project, self.doc_id)
        self.statusBar().showMessage(f"{len(self.items)} items, {left} to decide" + (" — reviewed" if done else ""))
        self._set_queue_mark(self.doc_id)

    def _fill_row(self, w: QListWidgetItem, item: review.ReviewItem, text: str, shown: dict[str, str]) -> None:
        w.setText(item_words(item, text, self.schema, shown))
        w.setData(Qt.ItemDataRole.UserRole, item.key)
        if not item.decided:
            w.setForeground(QBrush(QColor(DIFF_COLOUR if not item.agreed else AGREED_COLOUR)))
        else:
            w.setForeground(self.item_list.palette().text())

    def _mark_differences(self) -> None:
        marks: dict[str, list[tuple[int, int, str]]] = {name: [] for name in self.panes}
        for item in self.items:
            if item.kind != review.ENTITY_ITEM or item.decided or item.start is None or item.end is None:
                continue
            for name, kind in differences(item).items():
                marks[name].append((item.start, item.end, kind))
            marks[GOLD].append((item.start, item.end, MISSING))
        for name, pane in self.panes.items():
            pane.article.marks = marks.get(name, [])
            pane.article.edit.viewport().update()

    def _item_row_changed(self, _row: int) -> None:
        item = self.current_item()
        shown = self.shown()
        self.detail.setPlainText(evidence_words(item, self.doc.text, shown, self.schema) if item and self.doc else "")
        target = None
        for name, pane in self.panes.items():
            art = pane.article
            if item is not None and item.kind == review.ENTITY_ITEM:
                art.outline = (item.start, item.end)
                art.set_evidence([])
                target = item.start
            else:
                art.outline = None
                spans = evidence_spans(item, name) if item is not None else []
                art.set_evidence(spans)
                if spans and target is None:
                    target = spans[0][0]
            art.edit.viewport().update()
        if target is not None and self.panes:
            first = next(iter(self.panes.values()))
            first.article.scroll_to(target, centre=True)
            self._sync_from(first)

    def _sync_from(self, source: VersionColumn) -> None:
        """The columns scroll together: the others show the same text at the top."""
        if self._syncing:
            return
        self._syncing = True
        try:
            cp = source.article.top_cp()
            for pane in self.panes.values():
                if pane is not source:
                    pane.article.scroll_to(cp)
        finally:
            self._syncing = False

    def current_item(self) -> review.ReviewItem | None:
        row = self.item_list.currentRow()
        return self.items[row] if 0 <= row < len(self.items) else None

    def _select_first_open(self) -> None:
        row = next((i for i, it in enumerate(self.items) if not it.decided), 0 if self.items else -1)
        self.item_list.setCurrentRow(row)

    def _span_clicked(self, name: str, entity_id: int) -> None:
        """A click on a span: in an annotator's column it takes that version of the item."""
        span = self.panes[name].spans.get(entity_id)
        if span is None and name == GOLD:
            span = next((s for s in self.project.annotations(self.doc_id, GOLD).entities if s.id == entity_id), None)
        if span is None:
            return
        row = next((n for n, i in enumerate(self.items) if i.kind == review.ENTITY_ITEM
                    and i.start is not None and i.start <= span.start < (i.end or 0)), None)
        if row is None:
            return
        self.item_list.setCurrentRow(row)
        if name != GOLD and name in self.names:
            self.take(self.names.index(name))

    def _blind_changed(self, _on: bool) -> None:
        self.refresh_queue()
        if self.doc_id is not None:
            self._titles()
            row = self.item_list.currentRow()
            self.reload(keep_row=False)
            if 0 <= row < len(self.items):
                self.item_list.setCurrentRow(row)

    # ------------------------------------------------------------------ decisions
    def _writable(self) -> bool:
        if self.read_only:
            self.statusBar().showMessage("This project is open read-only: no decision can be saved.", 6000)
        return not self.read_only

    def _run(self, fn: Any) -> Any:
        if self.read_only:
            return None
        try:
            return fn()
        except (AnnotatorError, sqlite3.Error, OSError) as exc:
            from annotator.ui.window_edits import coded

            warn(self, "Review", coded(exc), name="reviewError")
            return None

    def take(self, index: int) -> None:
        if not self._writable():
            return
        item = self.current_item()
        if item is None or not 0 <= index < len(self.names):
            return
        name = self.names[index]
        self._run(lambda: review.take(self.project, item, name))
        self.reload()
        self.statusBar().showMessage(f"Took {self.shown()[name]}'s version: "
                                     f"{item_words(self._fresh(item), self.doc.text, self.schema, self.shown())}", 4000)
        self.next_item()

    def _fresh(self, item: review.ReviewItem) -> review.ReviewItem:
        return next((i for i in self.items if i.key == item.key), item)

    def reject(self) -> None:
        if not self._writable():
            return
        item = self.current_item()
        if item is None:
            return
        self._run(lambda: review.reject(self.project, item))
        self.reload()
        self.next_item()

    def edit(self) -> None:
        if not self._writable():
            return
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
        schema = self.schema
        if item.kind == review.ENTITY_ITEM:
            choices = ["(no entity)", *schema.entity_names]
            prompt = f"Label for «{item.title[:60]}»:"
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
            if selected is not None:  # boundaries selected with the mouse in the gold column
                return [(selected[0], selected[1], choice)]
            spans = next((v for v in item.values.values() if v), None) or ((item.start, item.end, choice),)
            return [(s, e, choice) for s, e, _ in spans]
        if item.kind == review.SENTIMENT_ITEM:
            return None if choice == choices[0] else choice
        return choice == "present"

    def gold_selection(self) -> tuple[int, int] | None:
        """The code-point range selected in the gold column (trimmed of spaces), or None."""
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
        if not self._writable():
            return
        if self.doc_id is None:
            return
        doc_id = self.doc_id
        n = self._run(lambda: review.auto_accept_agreed(self.project, doc_id, self.names))
        self.reload()
        self.statusBar().showMessage(f"Accepted {n or 0} agreed item{'s' if n != 1 else ''}", 3000)

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
        if not self._writable():
            return
        if self.doc_id is not None:
            doc_id = self.doc_id
            self._run(lambda: review.finish(self.project, doc_id, self.reviewer))
            self.reload()

    def next_document(self) -> None:
        """Mark this document reviewed if nothing is left to decide, then open the next one to review."""
        if self.doc_id is None:
            return
        if self.items and not self.read_only:
            doc_id, items = self.doc_id, self.items
            self._run(lambda: review.settle(self.project, doc_id, self.reviewer, items))
        ids = [e.doc_id for e in self.queue]
        pos = ids.index(self.doc_id) if self.doc_id in ids else -1
        order = ids[pos + 1:] + ids[: pos + 1]
        nxt = next((d for d in order if d != self.doc_id and not review.is_reviewed(self.project, d)), None)
        self._set_queue_mark(self.doc_id)
        if nxt is None:
            self.statusBar().showMessage("Every document in the queue is reviewed")
            return
        self.queue_list.setCurrentRow(ids.index(nxt))

    def _undo_redo(self, kind: str, fn: Any) -> None:
        if not self._writable():
            return
        if self.doc_id is None:
            return
        doc_id = self.doc_id
        before = last_history_id(self.project)
        done = self._run(lambda: fn(doc_id))
        rows = self.project.history(doc_id, GOLD, since_id=before) if done else []
        self.reload()
        self.statusBar().showMessage(undo_message(kind, rows, self.schema, self.doc.text), 4000)

    def undo(self) -> None:
        self._undo_redo("Undone", self.gold_session.undo)

    def redo(self) -> None:
        self._undo_redo("Redone", self.gold_session.redo)

    # ------------------------------------------------------------------ other processes
    def _external_change(self) -> None:
        """Another process wrote (an annotator finished a document, another reviewer decided)."""
        row = self.item_list.currentRow()
        self.refresh_queue()
        if self.doc_id is not None:
            doc_id = self.doc_id
            infos = review.versions(self.project, doc_id, self.only)
            if [v.annotator for v in infos if v.votes] != self.names:
                self.open_document(doc_id)
                return
            self.others = [v for v in infos if not v.votes]
            for name in self.names:
                self.panes[name].article.set_annotations(self.project.annotations(doc_id, name))
            self._titles()
            self.reload(keep_row=False)
            if 0 <= row < len(self.items):
                self.item_list.setCurrentRow(row)

    # ------------------------------------------------------------------ closing
    def closeEvent(self, event: Any) -> None:  # noqa: N802 - Qt name
        self.watcher.stop()
        self.project.close()
        super().closeEvent(event)


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
