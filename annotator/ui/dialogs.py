"""Small dialogs: annotator name (first start), flag comment, settings, shortcut cheat-sheet."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from annotator.ui.settings import THEMES


def _plain_label(text: str, parent) -> QLabel:
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


class AnnotatorNameDialog(QDialog):
    """Asked once, on first start: the name this person's annotations are stored under."""

    def __init__(self, default: str = "", parent=None):
        super().__init__(parent)
        self.setObjectName("annotatorNameDialog")
        self.setWindowTitle("Who is annotating?")
        layout = QVBoxLayout(self)
        layout.addWidget(_plain_label(
            "Your annotations are saved under your name, so several people can label the same project. "
            "It is remembered for next time (change it in Settings).", self))
        self.name = QLineEdit(default, self)
        self.name.setObjectName("annotatorName")
        self.name.setAccessibleName("Annotator name")
        self.name.setPlaceholderText("e.g. marie")
        layout.addWidget(self.name)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.name.textChanged.connect(self._check)
        self._check()

    def _check(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.value()) and not self.value().startswith("model:") and self.value() != "gold")

    def value(self) -> str:
        return self.name.text().strip()

    def accept(self) -> None:
        if self.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled():
            super().accept()


class FlagDialog(QDialog):
    """Flag a document: a comment saying what is wrong is required."""

    def __init__(self, title: str, parent=None):
        super().__init__(parent)
        self.setObjectName("flagDialog")
        self.setWindowTitle("Flag document")
        layout = QVBoxLayout(self)
        layout.addWidget(_plain_label(f"What is wrong with “{title}”?", self))
        self.comment = QLineEdit(self)
        self.comment.setObjectName("flagComment")
        self.comment.setAccessibleName("Flag comment")
        self.comment.setPlaceholderText("e.g. not a news article; text cut off; duplicate")
        layout.addWidget(self.comment)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.comment.textChanged.connect(
            lambda t: self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(t.strip())))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)

    def value(self) -> str:
        return self.comment.text().strip()

    def accept(self) -> None:
        if self.value():
            super().accept()


class SettingsDialog(QDialog):
    def __init__(self, font_size: int, theme: str, annotator: str, parent=None):
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle("Settings")
        form = QFormLayout(self)
        self.font_size = QSpinBox(self)
        self.font_size.setObjectName("fontSize")
        self.font_size.setRange(6, 48)
        self.font_size.setValue(font_size)
        self.font_size.setSuffix(" pt")
        self.theme = QComboBox(self)
        self.theme.setObjectName("theme")
        for t in THEMES:
            self.theme.addItem(t.capitalize(), t)
        self.theme.setCurrentIndex(max(0, THEMES.index(theme) if theme in THEMES else 0))
        self.annotator = QLineEdit(annotator, self)
        self.annotator.setObjectName("settingsAnnotator")
        form.addRow("Article font size", self.font_size)
        form.addRow("Theme", self.theme)
        form.addRow("Annotator name (next start)", self.annotator)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> tuple[int, str, str]:
        return self.font_size.value(), self.theme.currentData(), self.annotator.text().strip()


class CheatSheet(QDialog):
    """Every shortcut of the window (F1)."""

    def __init__(self, rows: list[tuple[str, str, str]], parent=None):
        super().__init__(parent)
        self.setObjectName("cheatSheet")
        self.setWindowTitle("Keyboard shortcuts")
        self.resize(560, 640)
        layout = QVBoxLayout(self)
        table = QTableWidget(len(rows), 3, self)
        table.setObjectName("shortcutTable")
        table.setHorizontalHeaderLabels(["Group", "Key", "Action"])
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for i, (group, key, what) in enumerate(rows):
            for j, value in enumerate((group, key, what)):
                table.setItem(i, j, QTableWidgetItem(value))
        table.resizeColumnsToContents()
        layout.addWidget(table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.table = table


class TextDialog(QDialog):
    """Read-only plain text (reports, errors with many lines)."""

    def __init__(self, title: str, text: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(560, 360)
        layout = QVBoxLayout(self)
        body = QPlainTextEdit(self)
        body.setReadOnly(True)
        body.setPlainText(text)
        layout.addWidget(body)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
