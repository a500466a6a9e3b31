"""Entity correction keys: turns key presses in an :class:`ArticleView` into session edits.

Every edit goes through :class:`~annotator.services.annotate.AnnotationSession` (one transaction
written to the project file, with its history row) and only *then* is the view redrawn and
``changed`` emitted: what the screen shows as done is on disk.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence

from annotator.core.errors import AnnotatorError
from annotator.core.model import MANUAL, Span
from annotator.services.annotate import AnnotationSession
from annotator.store.project import ENTITY
from annotator.ui.article.view import ArticleView

SHORTCUTS: list[tuple[str, str]] = [
    ("Mouse drag / Shift+\u2190 \u2192", "select text; the selection snaps to whole words (tokens)"),
    ("\u2190 \u2192", "move the caret word by word"),
    ("label key (e.g. p o l m)", "label the selection (or the word at the caret); relabel the current entity; "
                                 "on a pre-annotated entity with the same label: confirm it"),
    ("Click / Tab / Shift+Tab", "select an entity / the next / the previous one"),
    ("Delete / Backspace", "delete the current entity"),
    ("Alt+\u2190 / Alt+\u2192", "move the current entity's START one word left (grow) / right (shrink)"),
    ("Alt+Shift+\u2192 / Alt+Shift+\u2190", "move the current entity's END one word right (grow) / left (shrink)"),
    ("*", "label all occurrences of the current entity's text in this article with its label"),
    ("Esc", "clear the selection and the current entity"),
]

_ALT = Qt.KeyboardModifier.AltModifier
_SHIFT = Qt.KeyboardModifier.ShiftModifier
_CTRL = Qt.KeyboardModifier.ControlModifier
_META = Qt.KeyboardModifier.MetaModifier


class EntityEditor(QObject):
    """Binds an :class:`ArticleView` to an :class:`AnnotationSession` for one document."""

    changed = Signal()  # emitted AFTER the edit is committed to the project file
    message = Signal(str)  # short status-bar text
    failed = Signal(object)  # the AnnotatorError an edit raised (nothing was written)

    SHORTCUTS = SHORTCUTS

    def __init__(self, view: ArticleView, parent: QObject | None = None):
        super().__init__(parent if parent is not None else view)
        self.view = view
        self.session: AnnotationSession | None = None
        self.doc_id: int | None = None
        self._label_keys: dict[str, str] = {}  # single character (lower case) -> label
        self._label_seqs: list[tuple[QKeySequence, str]] = []  # multi-key labels ("F1") -> label
        self._last_label: str | None = None
        # asked before every edit key: False (e.g. a read-only project) swallows the key
        self.may_edit: Callable[[], bool] = lambda: True
        view.edit.installEventFilter(self)

    # ---------------------------------------------------------------- binding
    def set_session(self, session: AnnotationSession | None, doc_id: int | None) -> None:
        """Edit ``doc_id`` as ``session``'s annotator (the view shows that document)."""
        self.session = session
        self.doc_id = doc_id
        self._label_keys.clear()
        self._label_seqs.clear()
        if session is not None:
            for label in session.project.schema.entities:
                if len(label.key) == 1:
                    self._label_keys[label.key.lower()] = label.name
                else:
                    seq = QKeySequence(label.key)
                    if not seq.isEmpty():
                        self._label_seqs.append((seq, label.name))

    def shortcuts(self) -> list[tuple[str, str]]:
        """The cheat-sheet rows, with this project's entity label keys spelt out."""
        rows = list(SHORTCUTS)
        if self.session is not None:
            for label in self.session.project.schema.entities:
                rows.append((label.key, f"label as {label.name} ({label.display})"))
        return rows

    # ---------------------------------------------------------------- keys
    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        et = event.type()
        if et == QEvent.Type.ShortcutOverride:
            if self._action_for(event) is not None:  # type: ignore[arg-type]
                event.accept()
                return True
            return False
        if et == QEvent.Type.KeyPress:
            action = self._action_for(event)  # type: ignore[arg-type]
            if action is not None:
                event.accept()
                if self.may_edit():
                    action()
                return True
        return False

    def _label_for(self, e: QKeyEvent) -> str | None:
        mods = e.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if mods & (_CTRL | _ALT | _META):
            pass
        else:
            text = e.text().lower()
            if len(text) == 1 and text in self._label_keys:
                return self._label_keys[text]
        if self._label_seqs:
            pressed = QKeySequence(e.keyCombination())
            for seq, name in self._label_seqs:
                if seq.matches(pressed) == QKeySequence.SequenceMatch.ExactMatch:
                    return name
        return None

    def _action_for(self, e: QKeyEvent) -> Callable[[], None] | None:
        if self.session is None or self.doc_id is None or self.view.document is None:
            return None
        key = e.key()
        mods = e.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        label = self._label_for(e)
        if label is not None:
            return lambda: self.label(label)
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and not mods & (_CTRL | _ALT | _META):
            return self.delete
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right) and mods & _ALT and not mods & (_CTRL | _META):
            forward = key == Qt.Key.Key_Right
            if mods & _SHIFT:
                return lambda: self.move_edge("end", 1 if forward else -1)
            return lambda: self.move_edge("start", 1 if forward else -1)
        if e.text() == "*" and not mods & (_CTRL | _ALT | _META):
            return self.label_all
        return None

    # ---------------------------------------------------------------- actions
    def _run(self, what: Callable[[], str | None], select: Callable[[], int | None] | None = None) -> bool:
        """Run one session edit; then redraw, re-select and announce. Errors become a message.

        The view is updated from the history row the edit just wrote (its entity changes), so a
        long article's thousands of entities are not read back after every key press.
        """
        assert self.session is not None and self.doc_id is not None
        self._last = (what, select)
        project = self.session.project
        before = project.last_history_id()
        try:
            msg = what()
        except AnnotatorError as exc:
            self.message.emit(str(exc))
            self.failed.emit(exc)
            return False
        self._show_changes(project.history(doc_id=self.doc_id, annotator=self.session.annotator,
                                           since_id=before))
        if select is not None:
            target = select()
            self.view.select_entity(target, scroll=False)
        if msg:
            self.message.emit(msg)
        self.changed.emit()
        return True

    def retry_last(self) -> bool:
        """Run the last edit again (it was refused because the project was busy)."""
        last = getattr(self, "_last", None)
        return self._run(*last) if last is not None and self.session is not None else False

    def _show_changes(self, rows: list) -> None:  # noqa: ANN001 (HistoryRow)
        removed: list[int] = []
        added: list[Span] = []
        for row in rows:
            for ch in row.changes:
                if ch.get("layer") != ENTITY:
                    continue
                b, a = ch.get("before"), ch.get("after")
                if b is not None and b.get("id") is not None:
                    removed.append(b["id"])
                    added = [s for s in added if s.id != b["id"]]
                if a is not None:
                    added.append(Span(a["start"], a["end"], a["label"], a.get("source", MANUAL),
                                      a.get("confidence"), a.get("company"), a.get("id")))
        if removed or added:
            self.view.apply_changes(removed, added)

    def label(self, label: str) -> None:
        """Label the selection (or the word at the caret), or relabel/confirm the current entity."""
        if self.session is None or self.doc_id is None:
            return
        session, doc_id = self.session, self.doc_id
        span = self.view.selected_span()
        current = self.view.current_span()
        if span is None and current is not None and current.id is not None:
            eid = current.id
            if current.label == label:
                if current.source == MANUAL:
                    self.message.emit(f"Already {label}")
                    return
                self._run(lambda: (session.confirm_entity(doc_id, eid), f"Confirmed {label}")[1],
                          lambda: eid)
            else:
                self._run(lambda: (session.relabel(doc_id, eid, label), f"Relabelled {current.label} \u2192 {label}")[1],
                          lambda: eid)
            self._last_label = label
            return
        if span is None:
            span = self.view.tokens.word_at(self.view.caret())
            if span is None:
                self.message.emit("Select some text first")
                return
        start, end = span
        added: list[int | None] = [None]

        def do() -> str:
            added[0] = session.add_entity(doc_id, start, end, label).id
            return f"Labelled {label}"

        self.view.clear_selection()
        self._run(do, lambda: added[0])
        self._last_label = label

    def delete(self) -> None:
        if self.session is None or self.doc_id is None:
            return
        current = self.view.current_span()
        if current is None or current.id is None:
            self.message.emit("No entity selected (click one or press Tab)")
            return
        session, doc_id, eid = self.session, self.doc_id, current.id
        self._run(lambda: (session.delete_entity(doc_id, eid), f"Deleted {current.label}")[1])

    def move_edge(self, edge: str, direction: int) -> None:
        """Move the current entity's ``"start"`` or ``"end"`` one token left (-1) or right (+1)."""
        if self.session is None or self.doc_id is None:
            return
        current = self.view.current_span()
        if current is None or current.id is None:
            self.message.emit("No entity selected (click one or press Tab)")
            return
        tokens = self.view.tokens
        start, end = current.start, current.end
        if edge == "start":
            new = tokens.prev_start(start) if direction < 0 else tokens.next_start(start + 1)
            if new is not None and new < end:
                start = new
            else:
                self.message.emit("Cannot move the start further" if direction < 0 else "Already one word")
                return
        else:
            new = tokens.next_end(end) if direction > 0 else tokens.prev_end(end - 1)
            if new is not None and new > start:
                end = new
            else:
                self.message.emit("Cannot move the end further" if direction > 0 else "Already one word")
                return
        session, doc_id, eid = self.session, self.doc_id, current.id
        grow = (edge == "start") == (direction < 0)
        self._run(lambda: (session.resize_entity(doc_id, eid, start, end),
                           f"{'Grew' if grow else 'Shrank'} {current.label} at the {edge}")[1],
                  lambda: eid)

    def label_all(self) -> None:
        """Label every occurrence of the current entity's text (or the selection, with the last label)."""
        if self.session is None or self.doc_id is None:
            return
        current = self.view.current_span()
        span = self.view.selected_span()
        if span is not None and self._last_label is not None:
            start, end, label = span[0], span[1], self._last_label
        elif current is not None:
            start, end, label = current.start, current.end, current.label
        else:
            self.message.emit("Select an entity first (click one or press Tab)")
            return
        session, doc_id = self.session, self.doc_id
        text = self.view.text_map.text[start:end]
        keep = current.id if current is not None and span is None else None

        def do() -> str:
            n = session.label_all(doc_id, start, end, label)
            return f"Labelled {n} more occurrence{'s' if n != 1 else ''} of \u201c{text}\u201d as {label}"

        self._run(do, (lambda: keep if keep in {e.id for e in self.view.entities()} else
                       self.view.entity_at(start)))
