"""Non-article lines in the article view: greyed, and Ctrl+Shift+B toggles the line at the caret.

Which lines are not the article (menus, paywall, captions, lines the source repeats...) comes from
:mod:`annotator.services.boilerplate`; this module only shows it (a grey band with grey text, as
Qt extra selections: a handful of lines per article) and turns the key into
:func:`~annotator.services.boilerplate.toggle_line`, which writes the choice and its history row
before the view redraws. Hooked to the window by one line (``BoilerplateShade(window)``).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QKeySequence, QShortcut, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QTextEdit

from annotator.ui.article.editor import SHORTCUTS

KEY = "Ctrl+Shift+B"  # Ctrl+B is blind review in the review window
SHORTCUTS.append((KEY, "mark the line at the caret as not the article (menu, paywall, caption...) or back: "
                       "such lines are greyed and left out of pre-annotation and export"))


class BoilerplateShade(QObject):
    """Greys the shown document's non-article lines; ``KEY`` toggles the caret's line."""

    def __init__(self, window):  # noqa: ANN001 (the MainWindow: view, project, annotator, documentOpened)
        super().__init__(window)
        self.window = window
        self.lines: list[tuple[int, int, str]] = []
        self.doc_id: int | None = None
        self.shortcut = QShortcut(QKeySequence(KEY), window.view.edit)
        self.shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.shortcut.activated.connect(self.toggle)
        window.documentOpened.connect(self.show)

    def show(self, doc_id: int) -> None:
        from annotator.services.boilerplate import document_boilerplate

        self.doc_id = doc_id
        try:
            self.lines = document_boilerplate(self.window.project, doc_id, fill=False)
        except Exception:  # a read-only or damaged file: show the text without the grey lines
            self.lines = []
        self._paint()

    def toggle(self) -> None:
        from annotator.services.boilerplate import toggle_line

        if self.doc_id is None:
            return
        if getattr(self.window, "read_only", False):
            self.window.statusBar().showMessage("Read-only: line status not changed", 4000)
            return
        try:
            start, end, now_bp = toggle_line(self.window.project, self.doc_id, self.window.view.caret(),
                                             self.window.annotator)
        except Exception as exc:  # noqa: BLE001 - shown, never raised into Qt
            self.window.statusBar().showMessage(f"Line status not changed: {exc}", 6000)
            return
        self.show(self.doc_id)
        self.window.statusBar().showMessage(
            "Line marked as not the article (greyed; skipped by pre-annotation and export)" if now_bp
            else "Line marked as article text", 4000)

    def _paint(self) -> None:
        view = self.window.view
        edit = view.edit
        fmt = QTextCharFormat()
        dark = getattr(view, "_dark", False)
        fmt.setForeground(QColor("#7a7a7a" if dark else "#9a9a9a"))
        fmt.setBackground(QColor("#2b2b2b" if dark else "#efefef"))
        fmt.setProperty(QTextCharFormat.Property.FullWidthSelection, True)
        tmap = view.text_map
        selections = []
        for start, end, kind in self.lines:
            sel = QTextEdit.ExtraSelection()
            cur = QTextCursor(edit.document())
            cur.setPosition(tmap.to_qt(start))
            cur.setPosition(tmap.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
            sel.cursor = cur
            sel.format = fmt
            selections.append(sel)
        edit.setExtraSelections(selections)

    def line_kinds(self) -> list[tuple[int, int, str]]:
        """The greyed lines (code points) and why: for tests and the status bar."""
        return list(self.lines)
