"""A read-only stand-in used only when ``annotator.ui.article`` is not importable (it shows the
text without highlighting; entity editing needs the real ArticleView)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QPlainTextEdit


class FallbackArticleView(QPlainTextEdit):
    entityActivated = Signal(int)
    selectionSpanChanged = Signal(int, int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setReadOnly(True)
        self._ann = None

    def set_document(self, doc, ann, schema) -> None:
        self.setPlainText(doc.text)
        self._ann = ann

    def set_annotations(self, ann) -> None:
        self._ann = ann

    def selected_span(self):
        return None

    def current_entity(self):
        return None

    def select_entity(self, entity_id) -> None:
        pass

    def jump_to(self, start, end) -> None:
        pass

    def set_evidence(self, spans) -> None:
        pass

    def set_font_size(self, points) -> None:
        f = self.font()
        f.setPointSize(int(points))
        self.setFont(f)

    def set_dark(self, dark) -> None:
        pass
