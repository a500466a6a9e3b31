"""The window's Model menu: train, models, re-pre-annotate, where the model is weak, uncertainty order.

:func:`install_model_menu` is the main window's only hook; everything else lives here and in
:mod:`annotator.ui.train_dialog`, :mod:`annotator.ui.models_dialog` and
:mod:`annotator.ui.model_report_window` (spaCy is imported only when a model runs).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject

MODEL_PREFIX = "model:"


class ModelMenu(QObject):
    def __init__(self, window: Any):
        super().__init__(window)
        self.window = window
        self.train_dialog = None
        self.models_dialog = None
        self.report_window = None
        mb = window.menuBar()
        help_menu = next((a for a in mb.actions() if a.text().replace("&", "") == "Help"), None)
        menu = window.menuBar().addMenu("&Model") if help_menu is None else None
        if menu is None:
            from PySide6.QtWidgets import QMenu

            menu = QMenu("&Model", mb)
            mb.insertMenu(help_menu, menu)
        self.menu = menu
        window._action("train", "&Train from reviewed work…", self.open_train, key="", menu=menu)
        window._action("models", "&Models…", self.open_models, key="", menu=menu)
        window._action("repreannotate", "&Re-pre-annotate with the active model", self.repreannotate, key="",
                       menu=menu)
        window._action("compare_model", "&Compare this document with the active model", self.compare, key="",
                       menu=menu)
        menu.addSeparator()
        window._action("model_report", "&Where the model is weak…", self.open_report, key="", menu=menu)
        act = window._action("uncertain_first", "Most &uncertain documents first", self.toggle_uncertain, key="",
                             menu=menu)
        act.setCheckable(True)
        act.setToolTip("Order my queue by the active model's uncertainty (see the README)")
        self.uncertain_action = act
        window.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        """Closing the window stops a training still running: no process is left behind."""
        if obj is self.window and event.type() == QEvent.Type.Close and self.train_dialog is not None:
            self.train_dialog.stop_and_wait()
        return False

    # ------------------------------------------------------------------ train
    def open_train(self):
        from annotator.ui.train_dialog import TrainDialog

        if self.train_dialog is None:
            self.train_dialog = TrainDialog(self.window.project, self.window)
            self.train_dialog.trained.connect(self._trained)
            self.train_dialog.thread_event = None
        self.train_dialog.show()
        self.train_dialog.activateWindow()
        return self.train_dialog

    def _trained(self, report: Any, rep: Any) -> None:
        w = self.window
        w.statusBar().showMessage(f"New model {report.annotator} is active"
                                  + (f"; {rep.summary()}" if rep is not None else ""), 15000)
        self._refresh()

    def _refresh(self) -> None:
        w = self.window
        w.queue_service.invalidate()
        if hasattr(w.queue_service, "invalidate_order"):
            w.queue_service.invalidate_order()
        w.queue.apply_filter()
        w.update_status()
        if w.doc_id is not None:  # an untouched open document now starts from the new model
            doc_id, w.doc_id = w.doc_id, None
            w.open_document(doc_id, remember=False)
        if self.models_dialog is not None:
            self.models_dialog.reload()

    # ------------------------------------------------------------------ models
    def open_models(self):
        from annotator.ui.models_dialog import ModelsDialog

        if self.models_dialog is None:
            self.models_dialog = ModelsDialog(self.window.project, self.window)
            self.models_dialog.activated.connect(lambda _name: self._refresh())
            self.models_dialog.repreannotate.connect(lambda _name: self.repreannotate())
        self.models_dialog.reload()
        self.models_dialog.show()
        self.models_dialog.activateWindow()
        return self.models_dialog

    def repreannotate(self):
        w = self.window

        def work(project, progress, cancel):
            from annotator.services.models import repreannotate

            progress(0, 0, "loading the model…")
            return repreannotate(project, progress=progress, cancel=cancel)

        def done(outcome: str, report: object) -> None:
            if outcome == "ok":
                w.statusBar().showMessage(report.summary(), 15000)
            self._refresh()

        return w.run_task("Pre-annotating with the active model", work, done)

    def compare(self):
        """The active model's suggestions for the open document beside the annotator's version."""
        from annotator.services.model_report import compare_document
        from annotator.ui.dialogs import TextDialog

        w = self.window
        if w.doc_id is None:
            return None
        dialog = TextDialog("Compare with the active model", compare_document(w.project, w.doc_id, w.annotator), w)
        dialog.setObjectName("compareDialog")
        dialog.open()
        return dialog

    # ------------------------------------------------------------------ report & uncertainty
    def open_report(self):
        from annotator.ui.model_report_window import ModelReportWindow

        if self.report_window is None:
            self.report_window = ModelReportWindow(self.window.project)
        else:
            self.report_window.reload()
        self.report_window.show()
        self.report_window.activateWindow()
        return self.report_window

    def toggle_uncertain(self) -> None:
        w = self.window
        on = self.uncertain_action.isChecked()
        try:
            w.queue_service.set_order("uncertainty" if on else "id")
        except Exception as exc:  # noqa: BLE001 - e.g. no model yet: say so, keep the order
            self.uncertain_action.setChecked(False)
            w.statusBar().showMessage(str(exc), 10000)
            return
        w.queue.apply_filter()
        w.statusBar().showMessage("Queue: most uncertain documents first" if on else "Queue: in document order", 6000)


def install_model_menu(window: Any) -> ModelMenu:
    """Add the Model menu to the main window (before Help)."""
    return ModelMenu(window)
