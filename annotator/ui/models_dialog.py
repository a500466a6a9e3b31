"""Model ▸ Models…: the registry (what each model was trained on, its dev scores per component and
label), and the choice of the active pre-annotator."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from annotator.store import models as registry
from annotator.store.project import Project

COLUMNS = ("", "Model", "Origin", "Created", "Documents", "Trained on", "Entities F", "Sentiment F", "Events F")
MODEL_ANNOTATOR_KEY = "model_annotator"


class ModelsDialog(QDialog):
    activated = Signal(str)
    repreannotate = Signal(str)

    def __init__(self, project: Project, parent=None):
        super().__init__(parent)
        self.project = project
        self.setObjectName("modelsDialog")
        self.setWindowTitle("Models")
        layout = QVBoxLayout(self)
        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setObjectName("modelsTable")
        self.table.setAccessibleName("Models")
        self.table.setHorizontalHeaderLabels(COLUMNS)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        layout.addWidget(self.table, 2)
        self.details = QPlainTextEdit(self)
        self.details.setObjectName("modelDetails")
        self.details.setReadOnly(True)
        layout.addWidget(self.details, 1)
        row = QHBoxLayout()
        self.use_button = QPushButton("Make &active", self)
        self.use_button.setObjectName("modelUse")
        self.pre_button = QPushButton("Make active and &re-pre-annotate", self)
        self.pre_button.setObjectName("modelRepreannotate")
        close = QPushButton("Close", self)
        row.addStretch(1)
        for b in (self.use_button, self.pre_button, close):
            row.addWidget(b)
        layout.addLayout(row)
        self.use_button.clicked.connect(self.use_selected)
        self.pre_button.clicked.connect(lambda: self.use_selected(repreannotate=True))
        close.clicked.connect(self.close)
        self.table.itemSelectionChanged.connect(self._show_details)
        self.table.doubleClicked.connect(lambda _i: self.use_selected())
        self.rows: list[registry.ModelRow] = []
        self.reload()
        self.resize(980, 520)

    def reload(self) -> None:
        self.rows = registry.all_models(self.project)
        current = self.project.get_meta(MODEL_ANNOTATOR_KEY)
        self.table.setRowCount(len(self.rows))
        for i, r in enumerate(self.rows):
            s = r.scores.get("summary", {})
            values = ("●" if r.annotator == current else "", r.annotator.removeprefix("model:"), r.origin,
                      r.created_at[:16].replace("T", " "), str(r.documents or ""),
                      ", ".join(f"{k} {v}" for k, v in sorted(r.trained_on.items())),
                      *(f"{s[k]:.3f}" if k in s else "" for k in ("ents_f", "spans_sentiment_f", "cats_macro_f")))
            for j, v in enumerate(values):
                item = QTableWidgetItem(v)  # plain text, never rich text
                if j == 0:
                    item.setToolTip("the active pre-annotator")
                self.table.setItem(i, j, item)
        self.table.resizeColumnsToContents()
        for i, r in enumerate(self.rows):
            if r.annotator == current:
                self.table.selectRow(i)

    def selected(self) -> registry.ModelRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.rows[rows[0].row()] if rows else None

    def select(self, annotator: str) -> None:
        for i, r in enumerate(self.rows):
            if r.annotator == annotator:
                self.table.selectRow(i)

    def use_selected(self, repreannotate: bool = False) -> None:
        from annotator.services.models import activate

        row = self.selected()
        if row is None:
            return
        activate(self.project, row.annotator)
        self.reload()
        self.activated.emit(row.annotator)
        if repreannotate:
            self.repreannotate.emit(row.annotator)

    def _show_details(self) -> None:
        r = self.selected()
        if r is None:
            self.details.setPlainText("")
            return
        lines = [f"{r.annotator}", f"path: {r.path}", f"base: {r.base or '-'}   weights: {r.weights[:16]}…"]
        if r.origin == "trained":
            d = r.details
            lines.append(f"data hash {r.data_hash[:16]}…; {d.get('train')} train + {d.get('dev')} dev documents; "
                         f"{d.get('steps')} steps (best at {d.get('best_step')}), {d.get('seconds')} s, "
                         f"peak {d.get('peak_mb')} MB; ner {'fine-tuned from the base' if d.get('sourced_ner') else 'new'}; "
                         f"vectors {'yes' if d.get('vectors') else 'no'}")
            for key, title in (("ents_per_type", "entities"), ("spans_sentiment_per_type", "sentiment"),
                               ("cats_f_per_type", "events")):
                per = r.scores.get("per_type", {}).get(key) or {}
                if per:
                    lines.append(f"dev {title}: " + "; ".join(
                        f"{lab} P {v.get('p', 0):.2f} R {v.get('r', 0):.2f} F {v.get('f', 0):.2f}"
                        for lab, v in sorted(per.items())))
            for note in d.get("notes", []):
                lines.append(f"note: {note}")
            if d.get("curve"):
                lines.append("learning curve: " + json.dumps(d["curve"]))
        self.details.setPlainText("\n".join(lines))
