"""The application icon, read from the packaged PNGs (``resources/icons``) with importlib.resources,
so it shows from a source checkout, a wheel and a frozen bundle alike."""

from __future__ import annotations

import re

from PySide6.QtGui import QIcon, QPixmap

from annotator.resources import resource

_PNG = re.compile(r"annotator-(\d+)\.png")


def app_icon() -> QIcon:
    """Every packaged size in one QIcon (Qt picks the best for the title bar, taskbar, dock)."""
    icon = QIcon()
    for entry in sorted(resource("icons").iterdir(), key=lambda e: e.name):
        if _PNG.fullmatch(entry.name):
            pixmap = QPixmap()
            if pixmap.loadFromData(entry.read_bytes(), "PNG"):
                icon.addPixmap(pixmap)
    return icon
