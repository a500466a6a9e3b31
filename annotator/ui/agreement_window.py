"""The agreement window: the report's figures in tables and bar charts, exported to HTML/CSV/JSON.

The report is computed by :func:`annotator.services.agreement.compute` on a worker thread (its own
project connection), so the window never freezes; exports use the service's exporters, so the
files are the same as ``annotator agreement PROJECT --output FILE``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from annotator.services import agreement
from annotator.services.agreement import AgreementReport, fmt
from annotator.ui.tasks import Worker

GOOD, FAIR, POOR, NA = "#1e8e3e", "#f9ab00", "#d93025", "#9aa0a6"
SERIES_COLOURS = ("#4c8bf5", "#e8710a", "#a142f4", "#12b5cb")
MAX_DOC_ROWS = 1000


def quality_colour(value: float | None) -> str:
    """Krippendorff's rule of thumb: >= 0.8 reliable, >= 0.667 tentative, below that poor."""
    if value is None:
        return NA
    return GOOD if value >= 0.8 else FAIR if value >= 0.667 else POOR


class BarChart(QWidget):
    """Horizontal grouped bars of coefficients in [low, 1], drawn with QPainter (no QtCharts)."""

    def __init__(self, title: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.title = title
        self.series: list[str] = []
        self.rows: list[tuple[str, list[float | None]]] = []
        self.low = 0.0
        self.colour_by_value = False
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def set_data(self, rows: list[tuple[str, list[float | None]]], series: list[str], *, low: float = 0.0,
                 colour_by_value: bool = False, title: str | None = None) -> None:
        self.rows, self.series, self.low, self.colour_by_value = rows, series, low, colour_by_value
        if title is not None:
            self.title = title
        self.updateGeometry()
        self.update()

    def _bar_h(self) -> int:
        return 16

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        per_row = max(1, len(self.series)) * self._bar_h() + 10
        return QSize(420, 44 + len(self.rows) * per_row + (22 if len(self.series) > 1 else 0))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        return QSize(260, self.sizeHint().height())

    def paintEvent(self, event: Any) -> None:  # noqa: N802 (Qt API)
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        text = pal.color(QPalette.ColorRole.WindowText)
        muted = QColor(text)
        muted.setAlpha(110)
        fm = p.fontMetrics()
        w = self.width()
        p.setPen(text)
        font = p.font()
        font.setBold(True)
        p.setFont(font)
        p.drawText(8, 4 + fm.ascent(), self.title)
        font.setBold(False)
        p.setFont(font)
        top = 12 + fm.height()
        label_w = min(max((fm.horizontalAdvance(name) for name, _ in self.rows), default=40) + 12, w // 3)
        left, right = label_w + 8, 46
        span = max(w - left - right, 10)

        def x_of(v: float) -> float:
            v = max(self.low, min(1.0, v))
            return left + span * (v - self.low) / (1.0 - self.low)

        bar_h = self._bar_h()
        row_h = max(1, len(self.series)) * bar_h + 10
        bottom = top + len(self.rows) * row_h
        # grid: low, 0 (if shown), 0.667, 0.8, 1
        for g in sorted({self.low, 0.0, 0.667, 0.8, 1.0}):
            if g < self.low:
                continue
            x = x_of(g)
            p.setPen(muted)
            p.drawLine(int(x), top - 2, int(x), bottom)
            p.drawText(int(x) - 12, bottom + fm.ascent() + 2, f"{g:g}")
        for r, (name, values) in enumerate(self.rows):
            y0 = top + r * row_h + 5
            p.setPen(text)
            p.drawText(QRectF(4, y0, label_w, len(values) * bar_h),
                       Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                       fm.elidedText(name, Qt.TextElideMode.ElideRight, label_w - 4))
            for k, v in enumerate(values):
                y = y0 + k * bar_h
                if v is None:
                    p.setPen(muted)
                    p.drawText(int(x_of(max(self.low, 0.0))) + 4, int(y + bar_h - 4), "n/a")
                    continue
                x0, x1 = sorted((x_of(max(self.low, 0.0)), x_of(v)))
                colour = QColor(quality_colour(v) if self.colour_by_value else
                                SERIES_COLOURS[k % len(SERIES_COLOURS)])
                p.fillRect(QRectF(x0, y + 1, max(x1 - x0, 1.5), bar_h - 3), colour)
                p.setPen(text)
                p.drawText(int(max(x1, x_of(0.0) if self.low < 0 else x1)) + 4, int(y + bar_h - 4), f"{v:.2f}")
        if len(self.series) > 1:
            x = left
            y = bottom + fm.height() + 6
            for k, s in enumerate(self.series):
                p.fillRect(QRectF(x, y, 10, 10), QColor(SERIES_COLOURS[k % len(SERIES_COLOURS)]))
                p.setPen(text)
                p.drawText(int(x) + 14, int(y) + 10, s)
                x += 24 + fm.horizontalAdvance(s)
        p.end()


def _table(name: str, headers: list[str]) -> QTableWidget:
    t = QTableWidget(0, len(headers))
    t.setObjectName(name)
    t.setHorizontalHeaderLabels(headers)
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.setAlternatingRowColors(True)
    t.verticalHeader().setVisible(False)
    t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return t


def _fill(table: QTableWidget, headers: list[str], rows: list[list[Any]], *, colour_from: int = 1) -> None:
    table.clear()
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, cell in enumerate(row):
            value = cell if isinstance(cell, (float, type(None))) else None
            text = fmt(cell) if isinstance(cell, float) or cell is None else str(cell)
            item = QTableWidgetItem(text)
            if c >= colour_from and (isinstance(cell, float) or cell is None):
                item.setForeground(QColor(quality_colour(value)))
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            elif isinstance(cell, int):
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(r, c, item)


class AgreementWindow(QMainWindow):
    """Agreement of a project's annotators: tables, bar charts and exports."""

    def __init__(self, project_path: str, parent: QWidget | None = None, *,
                 annotators: list[str] | None = None, include_model: bool = False, scope: str = "done"):
        super().__init__(parent)
        self.setObjectName("agreementWindow")
        self.project_path = Path(project_path)
        self.report: AgreementReport | None = None
        self.error: str | None = None
        self._worker: Worker | None = None
        self.setWindowTitle(f"Agreement — {self.project_path.name}")

        central = QWidget()
        outer = QVBoxLayout(central)
        bar = QHBoxLayout()
        bar.addWidget(QLabel("Annotators:"))
        self.annotators_edit = QLineEdit(", ".join(annotators or []))
        self.annotators_edit.setObjectName("annotatorsEdit")
        self.annotators_edit.setPlaceholderText("all human annotators (or a, b, c)")
        self.annotators_edit.returnPressed.connect(self.compute)
        bar.addWidget(self.annotators_edit, 2)
        self.model_check = QCheckBox("Include model")
        self.model_check.setObjectName("includeModel")
        self.model_check.setChecked(include_model)
        self.model_check.setToolTip("Count the model's pre-annotation as one more annotator")
        bar.addWidget(self.model_check)
        self.scope_combo = QComboBox()
        self.scope_combo.setObjectName("scopeCombo")
        self.scope_combo.addItem("Documents marked done", "done")
        self.scope_combo.addItem("Any annotated document", "annotated")
        self.scope_combo.setCurrentIndex(max(0, self.scope_combo.findData(scope)))
        bar.addWidget(self.scope_combo)
        self.compute_button = QPushButton("Compute")
        self.compute_button.setObjectName("computeButton")
        self.compute_button.clicked.connect(self.compute)
        bar.addWidget(self.compute_button)
        bar.addSpacing(12)
        self.export_buttons: dict[str, QPushButton] = {}
        for fmt_, title in (("html", "HTML…"), ("csv", "CSV…"), ("json", "JSON…")):
            b = QPushButton(f"Export {title}")
            b.setObjectName(f"export{fmt_.upper()}")
            b.setEnabled(False)
            b.clicked.connect(lambda _=False, f=fmt_: self.export(f))
            bar.addWidget(b)
            self.export_buttons[fmt_] = b
        outer.addLayout(bar)

        self.summary = QLabel("Computing…")
        self.summary.setObjectName("summaryLabel")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        outer.addWidget(self.summary)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("agreementTabs")
        self.entity_table = _table("entityTable", [])
        self.entity_chart = BarChart("Mean F1 over pairs")
        self.entity_chart.setObjectName("entityChart")
        self.sentiment_table = _table("sentimentTable", [])
        self.sentiment_chart = BarChart("Sentiment agreement")
        self.sentiment_chart.setObjectName("sentimentChart")
        self.event_table = _table("eventTable", [])
        self.event_chart = BarChart("Event types: Krippendorff's alpha")
        self.event_chart.setObjectName("eventChart")
        self.doc_table = _table("documentTable", [])
        self.tabs.addTab(self._page(self.entity_table, self.entity_chart), "Entities")
        self.tabs.addTab(self._page(self.sentiment_table, self.sentiment_chart), "Sentiment")
        self.tabs.addTab(self._page(self.event_table, self.event_chart), "Event types")
        self.tabs.addTab(self.doc_table, "Documents")
        outer.addWidget(self.tabs, 1)

        self.progress = QProgressBar()
        self.progress.setObjectName("agreementProgress")
        self.progress.setMaximumWidth(220)
        self.progress.setTextVisible(False)
        self.statusBar().addPermanentWidget(self.progress)
        self.setCentralWidget(central)
        self.resize(1100, 720)
        self.compute()

    @staticmethod
    def _page(table: QTableWidget, chart: BarChart) -> QWidget:
        """A table fitted to its rows above its bar chart (which scrolls if it is taller than the room)."""
        page = QWidget()
        box = QVBoxLayout(page)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(table)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(chart)
        box.addWidget(scroll, 1)
        return page

    @staticmethod
    def _fit(table: QTableWidget, cap: int = 260) -> None:
        h = table.horizontalHeader().height() + table.verticalHeader().length() + 2 * table.frameWidth()
        if table.horizontalScrollBar().maximum() > 0 or table.horizontalHeader().length() > table.viewport().width():
            h += table.horizontalScrollBar().sizeHint().height()
        table.setFixedHeight(min(h + 2, cap))

    # ------------------------------------------------------------------ computing
    def is_busy(self) -> bool:
        return self._worker is not None

    def compute(self) -> None:
        """(Re)compute on a worker thread with the current choices."""
        if self._worker is not None:
            return
        names = [a.strip() for a in self.annotators_edit.text().split(",") if a.strip()] or None
        include_model = self.model_check.isChecked()
        scope = self.scope_combo.currentData()

        def work(project, progress, cancel):
            return agreement.compute(project, annotators=names, include_model=include_model, scope=scope,
                                     progress=progress, cancel=cancel)

        self.compute_button.setEnabled(False)
        self.progress.setRange(0, 0)
        self.statusBar().showMessage("Computing agreement…")
        worker = Worker(self.project_path, work, self)
        worker.progressed.connect(self._progressed)
        worker.succeeded.connect(self._done)
        worker.failed.connect(self._failed)
        worker.cancelled.connect(lambda: self._finish("Cancelled"))
        self._worker = worker
        worker.start()

    def _progressed(self, done: int, total: int, message: str) -> None:
        self.progress.setRange(0, max(total, 0))
        self.progress.setValue(done)
        self.statusBar().showMessage(f"Computing agreement: {message}…")

    def _finish(self, message: str) -> None:
        if self._worker is not None:
            self._worker.wait()
            self._worker.deleteLater()
            self._worker = None
        self.compute_button.setEnabled(True)
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        self.statusBar().showMessage(message, 5000)

    def _failed(self, message: str) -> None:
        self._finish("Could not compute the agreement")
        self.error = message
        self.report = None
        for b in self.export_buttons.values():
            b.setEnabled(False)
        for t in (self.entity_table, self.sentiment_table, self.event_table, self.doc_table):
            t.setRowCount(0)
        for c in (self.entity_chart, self.sentiment_chart, self.event_chart):
            c.set_data([], [])
        import html

        self.summary.setText(f'<span style="color:{POOR}">{html.escape(message)}</span>')

    def _done(self, report: AgreementReport) -> None:
        self._finish(f"Agreement computed: {report.documents} documents")
        self.error = None
        self.report = report
        for b in self.export_buttons.values():
            b.setEnabled(True)
        self.show_report(report)

    # ------------------------------------------------------------------ showing
    def show_report(self, report: AgreementReport) -> None:
        import html

        ent, sen, ev = report.entities, report.sentiment, report.events
        mean = ent["mean"]["overall"]
        self.summary.setText(
            f"<b>{html.escape(', '.join(report.annotators))}</b> — {report.documents} documents with at least two "
            f"versions (scope: {html.escape(report.scope)}). Entities: mean F1 exact <b>{fmt(mean['exact_f1'])}</b>, "
            f"overlap <b>{fmt(mean['overlap_f1'])}</b>. Sentiment: Krippendorff's α nominal "
            f"<b>{fmt(sen['alpha_nominal'])}</b>, ordinal <b>{fmt(sen['alpha_ordinal'])}</b> ({sen['units']} units). "
            f"Event types: Fleiss' κ <b>{fmt(ev['overall']['fleiss_kappa'])}</b>, "
            f"α <b>{fmt(ev['overall']['alpha_nominal'])}</b>.")
        labels = ent["labels"]
        rows: list[list[Any]] = []
        for p in ent["pairs"]:
            row: list[Any] = [f"{p['a']} ~ {p['b']}", p["documents"], p["overall"]["exact_f1"],
                              p["overall"]["overlap_f1"]]
            for lab in labels:
                row += [p["labels"][lab]["exact_f1"], p["labels"][lab]["overlap_f1"]]
            rows.append(row)
        m = ent["mean"]
        rows.append(["mean over pairs", "", m["overall"]["exact_f1"], m["overall"]["overlap_f1"],
                     *[x for lab in labels for x in (m["labels"][lab]["exact_f1"], m["labels"][lab]["overlap_f1"])]])
        _fill(self.entity_table, ["pair", "docs", "all: exact", "all: overlap",
                                  *[f"{lab}: {k}" for lab in labels for k in ("exact", "overlap")]], rows,
              colour_from=2)
        self._fit(self.entity_table)
        self.entity_chart.set_data(
            [("all labels", [m["overall"]["exact_f1"], m["overall"]["overlap_f1"]])]
            + [(lab, [m["labels"][lab]["exact_f1"], m["labels"][lab]["overlap_f1"]]) for lab in labels],
            ["exact match F1", "overlap F1"])

        # observed agreement is a proportion, not a chance-corrected coefficient: shown uncoloured
        srows = [[f"{p['a']} ~ {p['b']}", p["kappa"], fmt(p["agreement"]), p["units"], p["only_one"]]
                 for p in sen["pairs"]]
        srows.append(["Krippendorff's α nominal (all)", sen["alpha_nominal"], "", sen["units"], ""])
        srows.append(["Krippendorff's α ordinal (all)", sen["alpha_ordinal"], "", sen["units"], ""])
        _fill(self.sentiment_table, ["pair", "Cohen's κ", "observed agreement", "units", "rated by one only"],
              srows)
        self._fit(self.sentiment_table)
        self.sentiment_chart.set_data(
            [(f"κ {p['a']} ~ {p['b']}", [p["kappa"]]) for p in sen["pairs"]]
            + [("α nominal", [sen["alpha_nominal"]]), ("α ordinal", [sen["alpha_ordinal"]])],
            ["coefficient"], low=-1.0, colour_by_value=True,
            title="Sentiment: Cohen's κ per pair, Krippendorff's α over all (neg < neutral = mixed < pos)")

        pairs = [f"κ {p['a']} ~ {p['b']}" for p in ev["overall"]["pairs"]]
        erows = []
        for lab, st in [("(all types)", ev["overall"]), *ev["per_label"].items()]:
            erows.append([lab, st["fleiss_kappa"], st["alpha_nominal"], st["documents"],
                          ", ".join(f"{a} {n}" for a, n in st["present"].items()),
                          *[p["kappa"] for p in st["pairs"]]])
        _fill(self.event_table, ["event type", "Fleiss' κ", "Krippendorff's α", "documents", "ticked by",
                                 *pairs], erows)
        self._fit(self.event_table)
        self.event_chart.set_data(
            [(lab, [st["alpha_nominal"]]) for lab, st in [("(all types)", ev["overall"]), *ev["per_label"].items()]],
            ["alpha"], low=-1.0, colour_by_value=True)

        drows = [[r["score"], r["doc_id"], r["title"], ", ".join(r["annotators"])]
                 for r in report.doc_scores[:MAX_DOC_ROWS]]
        _fill(self.doc_table, ["disagreement", "document", "title", "annotators"], drows, colour_from=99)
        self.doc_table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)

    # ------------------------------------------------------------------ exporting
    def export(self, fmt_: str, path: str | Path | None = None) -> Path | None:
        """Write the report (``fmt_`` html, csv or json); asks for a file name when ``path`` is None."""
        if self.report is None:
            return None
        if path is None:
            suggested = str(self.project_path.with_name(f"{self.project_path.stem}-agreement.{fmt_}"))
            chosen, _ = QFileDialog.getSaveFileName(self, f"Export agreement as {fmt_.upper()}", suggested,
                                                    f"{fmt_.upper()} files (*.{fmt_});;All files (*)")
            if not chosen:
                return None
            path = chosen
        try:
            written = agreement.write_report(self.report, path, fmt_)
        except Exception as exc:  # noqa: BLE001 - shown to the user, never a crash
            self.statusBar().showMessage(str(exc), 10000)
            return None
        self.statusBar().showMessage(f"Exported to {written}", 5000)
        return written

    def closeEvent(self, event: Any) -> None:  # noqa: N802 (Qt API)
        if self._worker is not None:
            self._worker.token.cancel()
            self._worker.wait()
        super().closeEvent(event)
