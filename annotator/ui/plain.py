"""Message boxes that show their text literally.

A QMessageBox guesses rich text (``Qt.AutoText``): an exception naming a file ``<b>x</b>.txt``
or a title with ``<img src=…>`` would be rendered as markup. Every box the windows open with
data in it goes through here (issue 13, "untrusted text is text").
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

Icon = QMessageBox.Icon
Button = QMessageBox.StandardButton


def message_box(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str,
                buttons: QMessageBox.StandardButton = Button.Ok, *, name: str = "") -> QMessageBox:
    """A message box whose title, text and details are plain text (not shown yet)."""
    box = QMessageBox(icon, title, text, buttons, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    if name:
        box.setObjectName(name)
    return box


def show_message(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str, *,
                 name: str = "") -> QMessageBox:
    """Open (window-modal, not blocking) a plain-text message box that deletes itself when closed."""
    box = message_box(parent, icon, title, text, name=name)
    box.finished.connect(lambda _r: box.deleteLater())
    box.open()
    return box


def warn(parent: QWidget | None, title: str, text: str, *, name: str = "") -> QMessageBox:
    return show_message(parent, Icon.Warning, title, text, name=name)
