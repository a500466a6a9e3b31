"""Model ▸ Where the model is weak…: per model version, what humans kept, changed, deleted or added
(entities per label, company sentiment per value, event types per type), with precision and
recall over the model versions and the learning curve (see :mod:`annotator.services.model_report`)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from annotator.services.model_report import KINDS, ModelStats, model_report
from annotator.store.project import Project
from annotator.ui.score_plot import ScorePlot

HEADERS = ("Label", "Kept", "Changed", "Deleted", "Added", "Precision", "Recall")
TITLES = {"entities": "Entities", "sentiments": "Company sentiment", "events": "Event types"}


def _f(x: float | None) -> str:
    return "-" if x is None else f"{x:.3f}"


class ModelReportWindow(QWidget):
    def __init__(self, project: Project, parent=None):
        super().__init__(parent)
        self.project = project
        self.setObjectName("modelReportWindow")
        self.setWindowTitle(f"Where the model is weak — {project.path.name}")
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(QLabel("Model version:", self))
        self.version = QComboBox(self)
        self.version.setObjectName("reportVersion")
        top.addWidget(self.version, 1)
        layout.addLayout(top)
        self.summary = QLabel(self)
        self.summary.setObjectName("reportSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.tabs = QTabWidget(self)
        self.tables: dict[str, QTableWidget] = {}
        for kind in KINDS:
            t = QTableWidget(0, len(HEADERS), self)
            t.setObjectName(f"report_{kind}")
            t.setHorizontalHeaderLabels(HEADERS)
            t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            t.verticalHeader().hide()
            self.tables[kind] = t
            self.tabs.addTab(t, TITLES[kind])
        layout.addWidget(self.tabs, 2)
        plots = QHBoxLayout()
        self.over_versions = ScorePlot("Precision / recall of the pre-annotation, per model version", "version", self)
        self.over_versions.setObjectName("reportOverVersions")
        self.curve = ScorePlot("Learning curve (dev scores)", "% of training documents", self)
        self.curve.setObjectName("reportCurve")
        plots.addWidget(self.over_versions, 1)
        plots.addWidget(self.curve, 1)
        layout.addLayout(plots, 2)
        self.stats: list[ModelStats] = []
        self.version.currentIndexChanged.connect(self._show)
        self.reload()
        self.resize(1100, 760)

    def reload(self) -> None:
        self.stats = model_report(self.project)
        self.version.blockSignals(True)
        self.version.clear()
        for st in self.stats:
            self.version.addItem(st.annotator.removeprefix("model:"))
        self.version.blockSignals(False)
        series: dict[str, list[tuple[float, float]]] = {}
        ticks = []
        for i, st in enumerate(self.stats):
            ticks.append((float(i + 1), str(i + 1)))
            for kind in KINDS:
                t = st.total(kind)
                if t.precision is not None:
                    series.setdefault(f"{kind} P", []).append((i + 1, t.precision))
                if t.recall is not None:
                    series.setdefault(f"{kind} R", []).append((i + 1, t.recall))
        self.over_versions.set_series(series, ticks)
        if self.stats:
            self.version.setCurrentIndex(len(self.stats) - 1)
            self._show(len(self.stats) - 1)
        else:
            self.summary.setText("No model has pre-annotated this project yet.")

    def _show(self, index: int) -> None:
        if not (0 <= index < len(self.stats)):
            return
        st = self.stats[index]
        self.summary.setText(f"{st.annotator}: {st.documents} finished document(s) compared with their final human "
                             f"version; {st.started} started from its suggestions. Kept, changed and deleted count "
                             "under the model's label, added under the human's.")
        for kind in KINDS:
            t = self.tables[kind]
            rows = sorted(st.by_kind[kind].items())
            total = st.total(kind)
            t.setRowCount(len(rows) + 1)
            for i, (label, c) in enumerate([*rows, ("(all)", total)]):
                for j, v in enumerate((label, c.kept, c.changed, c.deleted, c.added, _f(c.precision), _f(c.recall))):
                    t.setItem(i, j, QTableWidgetItem(str(v)))
            t.resizeColumnsToContents()
        curve: dict[str, list[tuple[float, float]]] = {}
        for point in st.curve:
            for key, name in (("ents_f", "entities F"), ("spans_sentiment_f", "sentiment F"),
                              ("cats_macro_f", "events F")):
                if key in point.get("scores", {}):
                    curve.setdefault(name, []).append((point["fraction"] * 100, point["scores"][key]))
        self.curve.set_series(curve, [(x, f"{x:g}%") for x in (25.0, 50.0, 75.0, 100.0)] if curve else None)
