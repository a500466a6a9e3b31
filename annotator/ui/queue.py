"""The document queue: a table over keyset pages of the project, with status counts, filters by
status and label, and full-text search.

The model holds only the rows fetched so far (200 at a time, ``id > last``), so a project of a
million documents lists at once; scrolling to the end fetches more.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from annotator.core.errors import AnnotatorError
from annotator.core.model import Status
from annotator.services.queue import PAGE, QueueFilter, QueueService
from annotator.store.project import DocRow
from annotator.ui.theme import STATUS_TITLES, status_icon

COLUMNS = ("#", "Title", "Source", "Date")


class QueueModel(QAbstractTableModel):
    def __init__(self, service: QueueService, parent=None):
        super().__init__(parent)
        self.service = service
        self.filter = QueueFilter()
        self.rows: list[DocRow] = []
        self._index: dict[int, int] = {}
        self._cursor = 0
        self._exhausted = False
        self.error = ""

    # ------------------------------------------------------------------ paging
    def reload(self, filt: QueueFilter | None = None) -> None:
        if filt is not None:
            self.filter = filt
        self.beginResetModel()
        self.rows, self._index, self._cursor, self._exhausted, self.error = [], {}, 0, False, ""
        self._add(self._fetch())
        self.endResetModel()

    def _fetch(self) -> list[DocRow]:
        try:
            page = self.service.page(self.filter, after_id=self._cursor, limit=PAGE)
        except AnnotatorError as exc:  # e.g. a search the FTS engine cannot parse
            self.error = str(exc)
            self._exhausted = True
            return []
        self._cursor, self._exhausted = page.cursor, page.exhausted
        return page.rows

    def canFetchMore(self, parent=QModelIndex()) -> bool:  # noqa: N802
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent=QModelIndex()) -> None:  # noqa: N802
        if parent.isValid() or self._exhausted:
            return
        rows = self._fetch()
        if not rows:
            return
        self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(rows) - 1)
        self._add(rows)
        self.endInsertRows()

    def _add(self, rows: list[DocRow]) -> None:
        for r in rows:
            self._index[r.id] = len(self.rows)
            self.rows.append(r)

    def ensure_loaded(self, doc_id: int) -> int | None:
        """Row of ``doc_id``, fetching pages until it appears (or the list ends)."""
        while doc_id not in self._index and not self._exhausted and (not self.rows or self.rows[-1].id < doc_id):
            self.fetchMore()
        return self._index.get(doc_id)

    def refresh_row(self, doc_id: int) -> None:
        """Re-read one row (its status changed)."""
        i = self._index.get(doc_id)
        if i is None:
            return
        row = self.service.row(doc_id)
        if row is None:
            return
        self.rows[i] = row
        self.dataChanged.emit(self.index(i, 0), self.index(i, len(COLUMNS) - 1))

    # ------------------------------------------------------------------ Qt model
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        r = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return str(r.id)
            if col == 1:
                return r.title or "(untitled)"
            if col == 2:
                return r.source
            return r.published[:10]
        if role == Qt.ItemDataRole.DecorationRole and col == 0:
            return status_icon(r.status)
        if role == Qt.ItemDataRole.ToolTipRole and col == 0:
            return STATUS_TITLES.get(r.status, r.status)
        if role == Qt.ItemDataRole.UserRole:
            return r.id
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{r.title or 'untitled'}, {STATUS_TITLES.get(r.status, r.status)}"
        return None

    def doc_id(self, row: int) -> int | None:
        return self.rows[row].id if 0 <= row < len(self.rows) else None


class QueueWidget(QWidget):
    """Counts, filters, search box and the document list (objectName ``documentList``)."""

    documentChosen = Signal(int)

    def __init__(self, service: QueueService, labels: list[tuple[str, str]], parent=None):
        super().__init__(parent)
        self.service = service
        self.setObjectName("queuePanel")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)

        self.search = QLineEdit(self)
        self.search.setObjectName("searchBox")
        self.search.setAccessibleName("Search documents")
        self.search.setPlaceholderText("Search text and titles (Ctrl+F)")
        self.search.setClearButtonEnabled(True)
        layout.addWidget(self.search)

        filters = QHBoxLayout()
        self.status_filter = QComboBox(self)
        self.status_filter.setObjectName("statusFilter")
        self.status_filter.setAccessibleName("Filter by status")
        self.status_filter.addItem("All statuses", "")
        for s in Status:
            self.status_filter.addItem(status_icon(s.value), STATUS_TITLES[s.value], s.value)
        self.label_filter = QComboBox(self)
        self.label_filter.setObjectName("labelFilter")
        self.label_filter.setAccessibleName("Filter by label")
        self.label_filter.addItem("All labels", "")
        for name, title in labels:
            self.label_filter.addItem(title, name)
        filters.addWidget(self.status_filter)
        filters.addWidget(self.label_filter)
        layout.addLayout(filters)

        self.counts = QLabel(self)
        self.counts.setObjectName("queueCounts")
        self.counts.setTextFormat(Qt.TextFormat.PlainText)
        self.counts.setWordWrap(True)
        layout.addWidget(self.counts)

        self.model = QueueModel(service, self)
        self.view = QTableView(self)
        self.view.setObjectName("documentList")
        self.view.setAccessibleName("documentList")
        self.view.setAccessibleDescription("Document queue")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setShowGrid(False)
        self.view.setWordWrap(False)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.resizeSection(0, 64)
        header.resizeSection(1, 220)
        header.resizeSection(2, 90)
        header.resizeSection(3, 80)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.view, 1)

        self.view.activated.connect(self._activated)
        self.view.clicked.connect(self._activated)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(250)
        self._debounce.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self.search.returnPressed.connect(self.apply_filter)
        self.status_filter.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.label_filter.currentIndexChanged.connect(lambda _i: self.apply_filter())

        self.model.reload()
        self.update_counts()

    # ------------------------------------------------------------------ filters
    def current_filter(self) -> QueueFilter:
        return QueueFilter(status=self.status_filter.currentData() or None,
                           label=self.label_filter.currentData() or None,
                           query=self.search.text().strip())

    def apply_filter(self) -> None:
        self._debounce.stop()
        self.model.reload(self.current_filter())
        self.update_counts()

    def update_counts(self) -> None:
        counts = self.service.counts()
        parts = [f"{STATUS_TITLES[k]} {counts.get(k, 0):,}" for k in STATUS_TITLES]
        text = " · ".join(parts)
        if self.model.error:
            text += "\n" + self.model.error
        elif self.model.filter.active:
            more = "+" if self.model.canFetchMore() else ""
            text += f"\nShowing {len(self.model.rows):,}{more} matching"
        self.counts.setText(text)

    # ------------------------------------------------------------------ selection
    def _activated(self, index) -> None:
        doc_id = self.model.doc_id(index.row())
        if doc_id is not None:
            self.documentChosen.emit(doc_id)

    def show_current(self, doc_id: int) -> None:
        """Select ``doc_id`` in the list (if the filter lists it) without emitting documentChosen."""
        row = self.model.ensure_loaded(doc_id)
        sel = self.view.selectionModel()
        if row is None:
            sel.clearSelection()
            return
        idx = self.model.index(row, 0)
        sel.blockSignals(True)
        self.view.setCurrentIndex(idx)
        sel.blockSignals(False)
        self.view.scrollTo(idx)

    def refresh(self, doc_id: int | None = None) -> None:
        if doc_id is not None:
            self.model.refresh_row(doc_id)
        self.update_counts()
