"""The review queue: documents ranked by disagreement, with per-document agreement and who
annotated them (or how many, in blind review). Every cell and tooltip is plain text."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from annotator.services import review
from annotator.ui.theme import plain_tooltip

COLUMNS = ("", "Document", "Agreement", "Annotators")


def agreement_text(entry: review.QueueEntry) -> str:
    return f"{max(0.0, 1.0 - entry.disagreement) * 100:.0f}%"


class DocList(QTableWidget):
    currentRowChanged = Signal(int)

    def __init__(self, parent=None):
        super().__init__(0, len(COLUMNS), parent)
        self.setObjectName("reviewQueue")
        self.setAccessibleName("Documents to review, most disagreement first")
        self.setHorizontalHeaderLabels(list(COLUMNS))
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for col in (0, 2, 3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.currentCellChanged.connect(lambda row, _c, old, _o: row != old and self.currentRowChanged.emit(row))

    def fill(self, entries: Sequence[review.QueueEntry], names: dict[str, str], blind: bool) -> None:
        self.blockSignals(True)
        self.setRowCount(len(entries))
        for row, e in enumerate(entries):
            who = (f"{len(e.annotators)} annotators" if blind else ", ".join(names.get(n, n) for n in e.annotators))
            cells = ("✓" if e.reviewed else "", e.title or f"#{e.doc_id}", agreement_text(e), who)
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, e.doc_id)
                self.setItem(row, col, item)
            tip = [e.title or f"document {e.doc_id}", f"agreement {agreement_text(e)} (disagreement {e.disagreement:.2f})"]
            if not blind:
                tip.append("compared: " + (", ".join(e.annotators) or "—"))
                if e.others:
                    tip.append("not finished (not compared): " + ", ".join(e.others))
            if e.reviewed:
                tip.append("reviewed")
            for col in range(len(COLUMNS)):
                self.item(row, col).setToolTip(plain_tooltip("\n".join(tip)))
            if e.reviewed:
                for col in range(len(COLUMNS)):
                    self.item(row, col).setForeground(QBrush(QColor("#80868b")))
        self.blockSignals(False)

    def setCurrentRow(self, row: int) -> None:  # noqa: N802 - the QListWidget name the tests use
        self.setCurrentCell(row, 1)

    def currentRow(self) -> int:  # noqa: N802
        return self.currentIndex().row() if self.currentIndex().isValid() else -1

    def set_row_quietly(self, row: int) -> None:
        self.blockSignals(True)
        self.setCurrentCell(row, 1)
        self.blockSignals(False)
