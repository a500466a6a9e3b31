"""A small line plot drawn with QPainter: dev scores against steps, precision over model versions,
a learning curve. Values are 0..1; x is whatever the caller gives (steps, version number, %)."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

COLOURS = ("#1a73e8", "#e8710a", "#188038", "#a142f4", "#d93025", "#5f6368", "#12b5cb", "#f9ab00")


class ScorePlot(QWidget):
    def __init__(self, title: str = "", x_label: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.title = title
        self.x_label = x_label
        self.series: dict[str, list[tuple[float, float]]] = {}
        self.x_ticks: list[tuple[float, str]] | None = None  # custom tick labels (e.g. model versions)
        self.setMinimumSize(320, 200)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(520, 260)

    def clear(self) -> None:
        self.series.clear()
        self.update()

    def add_point(self, name: str, x: float, y: float) -> None:
        self.series.setdefault(name, []).append((float(x), max(0.0, min(1.0, float(y)))))
        self.update()

    def set_series(self, series: dict[str, list[tuple[float, float]]], ticks: list[tuple[float, str]] | None = None):
        self.series = {k: [(float(x), max(0.0, min(1.0, float(y)))) for x, y in v] for k, v in series.items()}
        self.x_ticks = ticks
        self.update()

    def points(self) -> int:
        return sum(len(v) for v in self.series.values())

    def paintEvent(self, event) -> None:  # noqa: N802
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        fg = pal.color(pal.ColorRole.WindowText)
        grid = QColor(fg)
        grid.setAlpha(50)
        left, top, right, bottom = 40, 22, 150, 30
        area = QRectF(left, top, max(10, self.width() - left - right), max(10, self.height() - top - bottom))
        p.setPen(fg)
        p.drawText(QRectF(0, 2, self.width() - right, 18), Qt.AlignmentFlag.AlignCenter, self.title)
        xs = [x for pts in self.series.values() for x, _ in pts] or [0.0, 1.0]
        x0, x1 = min(xs), max(xs)
        if x1 <= x0:
            x1 = x0 + 1

        def at(x: float, y: float) -> QPointF:
            return QPointF(area.left() + (x - x0) / (x1 - x0) * area.width(), area.bottom() - y * area.height())

        for k in range(0, 6):
            y = k / 5
            pt = at(x0, y)
            p.setPen(QPen(grid))
            p.drawLine(QPointF(area.left(), pt.y()), QPointF(area.right(), pt.y()))
            p.setPen(fg)
            p.drawText(QRectF(0, pt.y() - 8, left - 4, 16), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                       f"{y:.1f}")
        ticks = self.x_ticks if self.x_ticks is not None else [(x0, f"{x0:g}"), (x1, f"{x1:g}")]
        for x, label in ticks:
            pt = at(x, 0)
            p.drawText(QRectF(pt.x() - 40, area.bottom() + 4, 80, 16), Qt.AlignmentFlag.AlignCenter, label)
        if self.x_label:
            p.drawText(QRectF(area.left(), area.bottom() + 14, area.width(), 16), Qt.AlignmentFlag.AlignRight,
                       self.x_label)
        for i, (name, pts) in enumerate(self.series.items()):
            colour = QColor(COLOURS[i % len(COLOURS)])
            pen = QPen(colour, 2)
            p.setPen(pen)
            if len(pts) == 1:
                p.drawEllipse(at(*pts[0]), 3, 3)
            elif pts:
                path = QPainterPath(at(*pts[0]))
                for x, y in pts[1:]:
                    path.lineTo(at(x, y))
                p.drawPath(path)
                for x, y in pts:
                    p.drawEllipse(at(x, y), 2, 2)
            ly = top + 4 + i * 18
            p.drawLine(QPointF(self.width() - right + 10, ly + 8), QPointF(self.width() - right + 30, ly + 8))
            p.setPen(fg)
            last = f" {pts[-1][1]:.2f}" if pts else ""
            p.drawText(QRectF(self.width() - right + 34, ly, right - 36, 16), Qt.AlignmentFlag.AlignLeft,
                       f"{name}{last}")
        p.end()
