"""User settings kept between runs (QSettings, INI format): annotator name, recent projects,
font size, theme, window geometry.

Tests point QSettings at a temporary folder (``QSettings.setPath``); the benchmark and the
screenshot script set ``XDG_CONFIG_HOME``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

THEMES = ("system", "light", "dark")
MAX_RECENT = 8
DEFAULT_FONT_SIZE = 12


class Settings:
    def __init__(self, qsettings: QSettings | None = None):
        self.q = qsettings or QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                                        "annotator", "annotator")

    # ------------------------------------------------------------------ annotator
    @property
    def annotator(self) -> str:
        return str(self.q.value("annotator", "") or "").strip()

    @annotator.setter
    def annotator(self, name: str) -> None:
        self.q.setValue("annotator", name.strip())
        self.q.sync()

    # ------------------------------------------------------------------ recent projects
    def recent(self) -> list[str]:
        value = self.q.value("recent", [])
        if isinstance(value, str):
            value = [value] if value else []
        return [str(v) for v in (value or []) if v]

    def add_recent(self, path: str | Path) -> None:
        p = str(Path(path).resolve())
        items = [p] + [x for x in self.recent() if x != p]
        self.q.setValue("recent", items[:MAX_RECENT])
        self.q.sync()

    def clear_recent(self) -> None:
        self.q.setValue("recent", [])
        self.q.sync()

    # ------------------------------------------------------------------ appearance
    @property
    def font_size(self) -> int:
        try:
            return max(6, min(48, int(self.q.value("font_size", DEFAULT_FONT_SIZE))))
        except (TypeError, ValueError):
            return DEFAULT_FONT_SIZE

    @font_size.setter
    def font_size(self, points: int) -> None:
        self.q.setValue("font_size", int(points))
        self.q.sync()

    @property
    def theme(self) -> str:
        value = str(self.q.value("theme", "system"))
        return value if value in THEMES else "system"

    @theme.setter
    def theme(self, value: str) -> None:
        if value not in THEMES:
            raise ValueError(f"unknown theme {value!r} (expected one of {', '.join(THEMES)})")
        self.q.setValue("theme", value)
        self.q.sync()

    # ------------------------------------------------------------------ window
    def geometry(self) -> QByteArray | None:
        value = self.q.value("geometry")
        return value if isinstance(value, QByteArray) else None

    def save_geometry(self, geometry: QByteArray, state: QByteArray) -> None:
        self.q.setValue("geometry", geometry)
        self.q.setValue("window_state", state)
        self.q.sync()

    def window_state(self) -> QByteArray | None:
        value = self.q.value("window_state")
        return value if isinstance(value, QByteArray) else None
