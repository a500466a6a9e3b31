"""The spaCy pipeline loads in the background once the window is on screen.

``start_preload(window)`` runs :func:`annotator.services.warmup.load_pipeline` on a worker thread
(its own project connection, like every long task) and reports in the status bar; pre-annotation
asked for later finds the pipeline already loaded. Nothing on the way to the first paint imports
spaCy. The worker cannot be interrupted inside spaCy's loading, so quitting waits for it to end
(a few seconds at most) rather than destroying a running thread.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal

from annotator.ui.tasks import Worker


class Preload(QObject):
    ready = Signal(object)  # the WarmupReport
    failed = Signal(str)

    def __init__(self, project_path, parent: QObject | None = None):
        super().__init__(parent)
        self.report = None
        self.error: str | None = None
        self.done = False

        def work(project, progress, cancel):
            from annotator.services.warmup import load_pipeline

            return load_pipeline(project)

        self.worker = Worker(project_path, work, self)
        self.worker.succeeded.connect(self._ok)
        self.worker.failed.connect(self._failed)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.worker.wait)

    def start(self) -> None:
        self.worker.start()

    def _ok(self, report) -> None:
        self.report, self.done = report, True
        self.ready.emit(report)

    def _failed(self, message: str) -> None:
        self.error, self.done = message, True
        self.failed.emit(message)


def start_preload(window) -> Preload:
    """Start loading ``window``'s pipeline; the status bar says when pre-annotation is available."""
    preload = Preload(window.project.path, QCoreApplication.instance())
    bar = window.statusBar()
    bar.showMessage("Loading the spaCy pipeline in the background…")

    def say(message: str, ms: int) -> None:
        try:
            if window.isVisible():
                bar.showMessage(message, ms)
        except RuntimeError:  # the window was closed (and deleted) meanwhile
            pass

    def ready(report) -> None:
        say(f"{report.pipeline} loaded in {report.seconds:.1f} s: pre-annotation is ready.", 8000)

    def failed(message: str) -> None:
        say(f"The spaCy pipeline did not load: {message}", 15000)

    preload.ready.connect(ready)
    preload.failed.connect(failed)
    preload.start()
    return preload
