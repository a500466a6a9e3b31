"""One column of the curation view: a version of the article drawn as in the main window (every
span with its label tag), the current item outlined, and where this version differs from the
others marked (missing: dashed red box; other label: red underline; other boundary: orange
dashed underline)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from annotator.core.model import DocAnnotations, Document
from annotator.core.schema import Schema
from annotator.ui.article.view import ArticleView
from annotator.ui.review.positions import PositionMap
from annotator.ui.review.words import MISSING, OTHER_LABEL

OUTLINE = "#f29900"
DIFF = "#d93025"
BOUNDS = "#e37400"


class CurationView(ArticleView):
    """An :class:`ArticleView` that also outlines the current item and marks differences."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.outline: tuple[int, int] | None = None
        self.marks: list[tuple[int, int, str]] = []  # (start, end, kind) in code points
        self.edit.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the review keys stay with the window
        self._title.hide()
        self._meta.hide()

    def _paint_overlay(self, p: QPainter) -> None:
        super()._paint_overlay(p)
        to_qt = self.text_map.to_qt
        a, b = self._visible_q()
        for start, end, kind in self.marks:
            qa, qb = to_qt(start), to_qt(end)
            if qb <= a or qa >= b:
                continue
            rects = self.edit.span_rects(qa, qb)
            if kind == MISSING:
                p.setPen(QPen(QColor(DIFF), 1.5, Qt.PenStyle.DashLine))
                p.setBrush(Qt.BrushStyle.NoBrush)
                for r in rects:
                    p.drawRect(r.adjusted(-1, 0, 1, 0))
            else:
                colour = DIFF if kind == OTHER_LABEL else BOUNDS
                style = Qt.PenStyle.SolidLine if kind == OTHER_LABEL else Qt.PenStyle.DashLine
                p.setPen(QPen(QColor(colour), 2.0, style))
                for r in rects:
                    p.drawLine(r.bottomLeft(), r.bottomRight())
        if self.outline is not None:
            qa, qb = to_qt(self.outline[0]), to_qt(self.outline[1])
            if qb > a and qa < b:
                p.setPen(QPen(QColor(OUTLINE), 2.5))
                p.setBrush(Qt.BrushStyle.NoBrush)
                for r in self.edit.span_rects(qa, qb):
                    p.drawRoundedRect(r.adjusted(-3, -1, 3, 1), 4, 4)

    def scroll_to(self, cp: int, *, centre: bool = False) -> None:
        """Scroll so that the line holding code point ``cp`` is at the top (or the centre)."""
        bar = self.edit.verticalScrollBar()
        bar.setValue(max(0, self.line_of(cp) - (self.visible_lines() // 2 if centre else 0)))

    def line_of(self, cp: int) -> int:
        q = self.text_map.to_qt(max(0, min(cp, len(self.text_map))))
        block = self.edit.document().findBlock(q)
        if not block.isValid():
            return 0
        line = block.layout().lineForTextPosition(q - block.position()) if block.layout() else None
        return block.firstLineNumber() + (line.lineNumber() if line is not None and line.isValid() else 0)

    def visible_lines(self) -> int:
        return max(1, self.edit.viewport().height() // max(1, self.edit.fontMetrics().height()))

    def top_cp(self) -> int:
        """The first code point shown at the top of the column."""
        cur = self.edit.cursorForPosition(self.edit.viewport().rect().topLeft())
        return self.text_map.to_cp(cur.position())


class VersionColumn(QWidget):
    """A header (who, status) above one version's :class:`CurationView`."""

    spanClicked = Signal(str, int)  # column name, entity id

    def __init__(self, name: str, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.name = name
        self.setObjectName(f"pane:{name}")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.setSpacing(2)
        self.label = QLabel(title, self)
        self.label.setObjectName(f"paneTitle:{name}")
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        f = self.label.font()
        f.setBold(True)
        self.label.setFont(f)
        self.article = CurationView(self)
        self.article.setObjectName(f"paneView:{name}")
        layout.addWidget(self.label)
        layout.addWidget(self.article, 1)
        self.map = PositionMap("")
        self.spans: dict[int, object] = {}
        self.article.entityActivated.connect(lambda eid: self.spanClicked.emit(self.name, int(eid)))

    @property
    def view(self):  # the text widget (QPlainTextEdit), as in the former review panes
        return self.article.edit

    def show_version(self, doc: Document, ann: DocAnnotations, schema: Schema) -> None:
        self.map = PositionMap(doc.text)
        self.spans = {s.id: s for s in ann.entities if s.id is not None}
        self.article.set_document(doc, ann, schema)
        self.article._meta.hide()  # the header names the version; the source is in the document list

    def set_title(self, title: str) -> None:
        self.label.setText(title)
