"""The main window's edits: one write path, what it says when a write fails, time and status
bookkeeping, undo/redo in words, and the refresh when another process changed the project.

Mixed into :class:`~annotator.ui.main_window.MainWindow` (kept apart so that the window file
does not grow). Rules kept here:

* nothing is written before the user's first edit (opening a document, a new annotator name or a
  read-only project write nothing; see :mod:`annotator.services.opening`);
* an edit is shown as saved only once it is stored; any failure (coded errors, a full disk, an
  I/O error) says so in a dialog with a coded message and the screen shows the stored state.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QTimer

from annotator.core.errors import AnnotatorError
from annotator.core.model import DocAnnotations
from annotator.core.text import company_key
from annotator.services.queue import apply_entity_changes, last_history_id
from annotator.store.project import ENTITY, EVENT, SENTIMENT
from annotator.ui.lockwait import GIVE_UP_S, RETRY_MS, is_lock_error
from annotator.ui.plain import warn
from annotator.ui.wording import undo_message

ALL_LAYERS = (ENTITY, SENTIMENT, EVENT)
WRITE_ERRORS = (AnnotatorError, sqlite3.Error, OSError)
READ_ONLY_MESSAGE = "This project is open read-only: nothing can be changed."


def coded(exc: BaseException) -> str:
    """The message of a failed write, always with a code (raw SQLite/OS errors get E690)."""
    if isinstance(exc, AnnotatorError):
        return str(exc)
    what = str(exc) or type(exc).__name__
    if "full" in what.lower():
        what += " (the disk is full: free some space)"
    return f"[E690] saving: the project file could not be written ({what}); the edit was not saved"


class EditsMixin:
    """Needs the window's ``project``, ``session`` (a LazySession), ``view``, panels and labels."""

    _error_box = None
    _lock_retry: Callable[[], Any] | None = None  # the edit waiting for another process's lock
    _lock_since = 0.0

    # ------------------------------------------------------------------ first edit
    def _begin_edit(self) -> bool:
        """Called before every write. False (with a message) when nothing may be written."""
        if self.session.read_only:
            self.statusBar().showMessage(READ_ONLY_MESSAGE, 6000)
            return False
        if self._lock_retry is not None:
            self.statusBar().showMessage("Waiting for the project (another process is writing): your last edit "
                                         "is not saved yet; try again in a moment.", 4000)
            return False
        if self.session.started:
            return True
        current = self.view.current_span()
        try:
            self.session.begin()
            if self.doc_id is not None:
                self.ann = self.session.open(self.doc_id)
        except WRITE_ERRORS as exc:
            self._failed(exc)
            return False
        if self.doc_id is not None:
            self._history_id = last_history_id(self.project)
            self.view.set_annotations(self.ann)
            self._refresh_panels()
            if current is not None:  # the preview's entity is now the annotator's own copy
                same = next((s.id for s in self.ann.entities
                             if (s.start, s.end, s.label) == (current.start, current.end, current.label)), None)
                self.view.select_entity(same, scroll=False)
        return True

    # ------------------------------------------------------------------ time
    def _leave_document(self) -> None:
        """Record the time spent on the document being left: only on a document already started
        (merely opening one does not make it "in progress"); otherwise it waits for a first edit."""
        if self.doc_id is None:
            return
        spent = time.monotonic() - self._opened_at
        if spent < 1.0 or self.session.read_only or not self.session.started:
            return
        if self.project.status(self.doc_id, self.annotator)["updated_at"] is None:
            return
        before = self._status()
        try:
            self.project.add_time(self.doc_id, self.annotator, round(spent, 1))
        except WRITE_ERRORS:
            return
        self._status_changed(before)

    def _elapsed(self) -> float:
        spent = round(time.monotonic() - self._opened_at, 1)
        self._opened_at = time.monotonic()
        return spent

    def _mark_in_progress(self) -> None:
        """The first edit of a to-do document makes it "in progress" (not an undoable action)."""
        if self.doc_id is not None and self.project.status(self.doc_id, self.annotator)["updated_at"] is None:
            before = self._status()
            try:  # with the time spent on it so far (reading counts, once there is an edit)
                self.project.add_time(self.doc_id, self.annotator, self._elapsed())
            except WRITE_ERRORS:
                return
            self._status_changed(before)
            self._show_doc_status()

    # ------------------------------------------------------------------ writing
    def _write(self, fn: Callable[[], Any], *, layers: tuple[str, ...] = ALL_LAYERS, reload: bool = True,
               message: str = "") -> bool:
        """Run one service write; refresh (the layers it touched) only after it is stored."""
        if not self._begin_edit():
            self._refresh_panels(layers)  # a check box clicked stays as stored
            return False
        self.saved_label.setText("Saving…")
        before = self._status()
        try:
            fn()
        except WRITE_ERRORS as exc:
            if is_lock_error(exc) and self._wait_for_lock(
                    lambda: self._write(fn, layers=layers, reload=reload, message=message), exc):
                return False
            self._failed(exc)
            if reload:
                try:
                    self.reload_document(layers)
                except WRITE_ERRORS:
                    pass
            return False
        self._lock_since = 0.0
        self.disk.committed()  # "Saving…" until it is on disk (annotator.ui.disk_state)
        self._status_changed(before)
        self._mark_in_progress()
        if reload:
            self.reload_document(layers)
        if message:
            self.statusBar().showMessage(message, 4000)
        self.changed.emit()
        return True

    def _failed(self, exc: BaseException) -> None:
        """A write failed: never shown as saved. Coded errors of the user's own doing (E6xx: a bad
        label) go to the status bar; an edit made from a stale view (another window or process
        changed the item: E810, or E601 "no such entity") refreshes the window; storage faults open
        a dialog."""
        text = coded(exc)
        self.saved_label.setText("Not saved")
        code = exc.code if isinstance(exc, AnnotatorError) else ""
        if code in ("E810", "E601"):
            self._external_change()
            self.statusBar().showMessage("Not saved: another window or process changed this meanwhile; "
                                         f"the window now shows what is stored. {text}", 10000)
            return
        self.statusBar().showMessage(text, 10000)
        if not code.startswith("E6"):
            if self._error_box is None or not self._error_box.isVisible():
                self._error_box = warn(self, "Not saved", text, name="writeFailed")

    def _editor_may_edit(self) -> bool:
        return self._begin_edit()

    def _editor_failed(self, exc: BaseException) -> None:
        if is_lock_error(exc) and self._wait_for_lock(self.editor.retry_last, exc):
            return
        self._failed(exc)

    # ------------------------------------------------------------------ another process's lock
    def _wait_for_lock(self, retry: Callable[[], Any], exc: BaseException) -> bool:
        """The project is busy: try ``retry`` again from the event loop (the UI thread does not
        wait). False once it has waited :data:`GIVE_UP_S`: then the error is reported."""
        now = time.monotonic()
        if not self._lock_since:
            self._lock_since = now
        if now - self._lock_since > GIVE_UP_S:
            self._lock_since = 0.0
            return False
        self._lock_retry = retry
        self.saved_label.setText("Waiting for the project…")
        self.statusBar().showMessage("Another process is writing the project: your edit is waiting and is "
                                     "not saved yet.", RETRY_MS * 4)
        QTimer.singleShot(RETRY_MS, self._retry_after_lock)
        return True

    def _retry_after_lock(self) -> None:
        retry, self._lock_retry = self._lock_retry, None
        if retry is not None and not self._closed:
            retry()

    @property
    def waiting_for_lock(self) -> bool:
        return self._lock_retry is not None

    def _after_editor_change(self) -> None:
        """EntityEditor wrote through the session (and redrew the view): refresh the panels."""
        self._lock_since = 0.0
        self.disk.committed()  # "Saving…" until it is on disk (annotator.ui.disk_state)
        self._mark_in_progress()
        if self.doc_id is not None:
            # apply the stored changes (the history rows the editor's actions wrote) to what is
            # shown, instead of re-reading 30,000 entities of a long article
            rows = self.project.history(self.doc_id, self.annotator, since_id=self._history_id)
            if rows:
                self._history_id = rows[-1].id
                ents = apply_entity_changes(self.ann.entities, rows)
                self.ann = DocAnnotations(entities=ents, sentiments=self.ann.sentiments, events=self.ann.events)
                self._refresh_panels((ENTITY,))
                self._follow_new_company(rows)
        self.changed.emit()

    def _follow_new_company(self, rows: list) -> None:  # noqa: ANN001 (HistoryRow)
        """A mention just labelled or relabelled as a company makes that company the current one."""
        org = self.schema.company_label
        for row in reversed(rows):
            for ch in reversed(row.changes):
                after, before = ch.get("after"), ch.get("before")
                if (ch.get("layer") == ENTITY and after and after.get("label") == org
                        and (before is None or before.get("label") != org) and after.get("id") is not None):
                    if self.company_panel.select_mention(int(after["id"])):
                        self._show_company_evidence()
                    return

    def set_sentiment(self, company: str, value: str) -> None:
        if self.doc_id is None:
            return
        c = self.company_panel.company(company)
        if c is None or not c.mentions:  # a company with no mention left has no sentiment to set
            self.statusBar().showMessage("No company selected", 4000)
            return
        current = self.ann.sentiments.get(company)
        new = None if (current is not None and current.value == value and current.source == "manual") else value
        lab = self.schema.sentiment(value)
        name = c.name
        self._write(lambda: self.session.set_sentiment(self.doc_id, company, new, name=name), layers=(SENTIMENT,),
                    message=f"{name or company}: {lab.display if (lab and new) else 'no sentiment'}")

    def set_event(self, label: str, present: bool) -> None:
        if self.doc_id is None:
            return
        lab = self.schema.event(label)
        title = lab.display if lab else label
        self._write(lambda: self.session.set_event(self.doc_id, label, present), layers=(EVENT,),
                    message=f"Event “{title}” {'ticked' if present else 'unticked'}")

    def toggle_event(self, label: str) -> None:
        """One press flips what the user sees: a ticked box (the model's or a confirmed one) is
        unticked, an empty one ticked."""
        if self.doc_id is None:
            return
        self.set_event(label, label not in self.ann.events)

    def merge_companies(self, keep: str, other: str) -> None:
        if self.doc_id is not None:
            self._write(lambda: self.session.merge_companies(self.doc_id, keep, other), message="Companies merged")

    def split_company(self, entity_ids: list[int]) -> None:
        if self.doc_id is None or self.doc is None or not self._begin_edit():
            return
        ann = self.session.annotations(self.doc_id)
        spans = [s for s in ann.entities if s.id in entity_ids]
        if not spans:
            return
        base = company_key(self.doc.text[spans[0].start:spans[0].end]) or "company"
        used = {s.company for s in ann.entities} | set(ann.sentiments)
        key, n = base, 2
        while key in used:
            key, n = f"{base} ({n})", n + 1
        self._write(lambda: self.session.split_company(self.doc_id, entity_ids, key), message="Mentions split off")
        self.company_panel.select_company(key)

    def _undo_redo(self, kind: str, fn: Callable[[int], str | None]) -> None:
        if self.doc_id is None:
            return
        before = last_history_id(self.project)
        done: list[str | None] = []
        if not self._write(lambda: done.append(fn(self.doc_id))):
            return
        rows = self.project.history(self.doc_id, self.annotator, since_id=before) if done and done[0] else []
        text = self.doc.text if self.doc else ""
        self.statusBar().showMessage(undo_message(kind, rows, self.schema, text), 4000)

    def undo(self) -> None:
        self._undo_redo("Undone", lambda d: self.session.undo(d))

    def redo(self) -> None:
        self._undo_redo("Redone", lambda d: self.session.redo(d))

    # ------------------------------------------------------------------ other processes
    def _external_change(self) -> None:
        """Another process wrote to the project: re-read the open document, the queue and counts."""
        if self._closed:
            return
        self.queue_service.invalidate()
        self.queue.apply_filter()
        if self.doc_id is not None:
            self.queue.show_current(self.doc_id)
            current = self.view.current_entity()
            self.reload_document()
            if current is not None and any(s.id == current for s in self.ann.entities):
                self.view.select_entity(current, scroll=False)
        self.update_status()
