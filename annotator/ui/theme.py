"""Light, dark or system theme (Fusion style with a palette), status colours and icons."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QApplication

STATUS_COLOURS = {
    "todo": "#9aa0a6",
    "in_progress": "#4c8bf5",
    "done": "#188038",
    "skipped": "#f9ab00",
    "flagged": "#d93025",
}
STATUS_TITLES = {
    "todo": "To do",
    "in_progress": "In progress",
    "done": "Done",
    "skipped": "Skipped",
    "flagged": "Flagged",
}

_icons: dict[tuple[str, str], QIcon] = {}


def system_is_dark() -> bool:
    hints = QGuiApplication.styleHints()
    try:
        return hints.colorScheme() == Qt.ColorScheme.Dark
    except AttributeError:  # Qt < 6.5
        return QGuiApplication.palette().color(QPalette.ColorRole.Window).lightness() < 128


def is_dark(theme: str) -> bool:
    if theme == "dark":
        return True
    if theme == "light":
        return False
    return system_is_dark()


def dark_palette() -> QPalette:
    p = QPalette()
    base, window, text = QColor("#1e1f22"), QColor("#2b2d30"), QColor("#dfe1e5")
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        p.setColor(group, QPalette.ColorRole.Window, window)
        p.setColor(group, QPalette.ColorRole.WindowText, text)
        p.setColor(group, QPalette.ColorRole.Base, base)
        p.setColor(group, QPalette.ColorRole.AlternateBase, QColor("#26282b"))
        p.setColor(group, QPalette.ColorRole.Text, text)
        p.setColor(group, QPalette.ColorRole.Button, window)
        p.setColor(group, QPalette.ColorRole.ButtonText, text)
        p.setColor(group, QPalette.ColorRole.ToolTipBase, window)
        p.setColor(group, QPalette.ColorRole.ToolTipText, text)
        p.setColor(group, QPalette.ColorRole.Highlight, QColor("#3574f0"))
        p.setColor(group, QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
        p.setColor(group, QPalette.ColorRole.PlaceholderText, QColor("#8c8f94"))
        p.setColor(group, QPalette.ColorRole.Link, QColor("#6ea6ff"))
    disabled = QColor("#6f737a")
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return p


def apply_theme(app: QApplication, theme: str) -> bool:
    """Apply a theme to the whole application; returns whether it is dark."""
    app.setStyle("Fusion")
    dark = is_dark(theme)
    app.setPalette(dark_palette() if dark else app.style().standardPalette())
    return dark


def dot_icon(colour: str, outline: str = "") -> QIcon:
    """A small filled circle (status and label swatches), cached."""
    key = (colour, outline)
    if key not in _icons:
        pm = QPixmap(14, 14)
        pm.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pm)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QColor(outline) if outline else Qt.PenStyle.NoPen)
        painter.setBrush(QColor(colour))
        painter.drawEllipse(2, 2, 10, 10)
        painter.end()
        _icons[key] = QIcon(pm)
    return _icons[key]


def status_icon(status: str) -> QIcon:
    return dot_icon(STATUS_COLOURS.get(status, "#9aa0a6"))


def plain_tooltip(text: str) -> str:
    """A tooltip that shows ``text`` literally (Qt guesses rich text in tooltips otherwise)."""
    return "<qt>" + html.escape(text).replace("\n", "<br>") + "</qt>"
