"""Long work off the UI thread: a QThread runs a service with ``progress`` and a CancelToken,
a QProgressDialog shows progress and its Cancel button sets the token.

The worker opens its own :class:`~annotator.store.project.Project` (a project connection is not
shared between threads); the window re-reads the project when the work ends.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QLabel, QProgressDialog, QWidget

from annotator.core.errors import AnnotatorError, Cancelled
from annotator.core.progress import CancelToken
from annotator.store.project import Project

Work = Callable[[Project, Callable[[int, int, str], None], CancelToken], Any]


class Worker(QThread):
    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, project_path: Path, work: Work, parent: QObject | None = None):
        super().__init__(parent)
        self.project_path = Path(project_path)
        self.work = work
        self.token = CancelToken()

    def run(self) -> None:  # on the worker thread
        try:
            with Project.open(self.project_path) as project:
                result = self.work(project, self._progress, self.token)
        except Cancelled:
            self.cancelled.emit()
        except AnnotatorError as exc:
            self.failed.emit(str(exc) + "".join(f"\n  {p}" for p in getattr(exc, "problems", [])[:20]))
        except Exception as exc:  # noqa: BLE001 - reported to the user, never a crash
            traceback.print_exc()
            self.failed.emit(f"{type(exc).__name__}: {exc}")
        else:
            self.succeeded.emit(result)

    def _progress(self, done: int, total: int, message: str) -> None:
        if self.token.cancelled:
            raise Cancelled()
        self.progressed.emit(done, total, message)


class Task(QObject):
    """One long operation with its progress dialog. Keep a reference until ``finished``."""

    finished = Signal(str, object)  # outcome ("ok" | "cancelled" | "failed"), result or message

    def __init__(self, parent: QWidget, title: str, project_path: Path, work: Work):
        super().__init__(parent)
        self.title = title
        self.worker = Worker(project_path, work, self)
        self.dialog = QProgressDialog(title, "Cancel", 0, 0, parent)
        self.dialog.setObjectName("progressDialog")
        self.label = QLabel(title, self.dialog)  # messages may name files: always plain text
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.dialog.setLabel(self.label)
        self.dialog.setWindowTitle(title)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(300)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.canceled.connect(self.cancel)
        self.worker.progressed.connect(self._progress)
        self.worker.succeeded.connect(lambda r: self._end("ok", r))
        self.worker.failed.connect(lambda m: self._end("failed", m))
        self.worker.cancelled.connect(lambda: self._end("cancelled", None))
        self.outcome: str | None = None

    def start(self) -> None:
        self.worker.start()

    def cancel(self) -> None:
        self.dialog.setLabelText(f"{self.title}: cancelling…")
        self.worker.token.cancel()

    def _progress(self, done: int, total: int, message: str) -> None:
        if self.worker.token.cancelled:
            return
        self.dialog.setMaximum(max(total, 0))
        if total:
            self.dialog.setValue(min(done, total))
        self.dialog.setLabelText(f"{self.title}\n{message}" if message else self.title)

    def _end(self, outcome: str, payload: object) -> None:
        self.worker.wait()
        self.outcome = outcome
        self.dialog.hide()
        self.dialog.deleteLater()
        self.finished.emit(outcome, payload)
