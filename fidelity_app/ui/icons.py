"""Small status markers painted in code, so they look the same on every platform."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap

SIZE = 16
ACCENT = "#1f6f8b"
MUTED = "#8a939c"


def _canvas() -> tuple[QPixmap, QPainter]:
    pixmap = QPixmap(SIZE * 2, SIZE * 2)
    pixmap.setDevicePixelRatio(2)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    return pixmap, painter


@cache
def status_icon(scored: bool) -> QIcon:
    """A filled circle for a scored item, a hollow one for an unscored item."""
    pixmap, painter = _canvas()
    painter.setPen(QPen(QColor(ACCENT if scored else MUTED), 1.6))
    painter.setBrush(QColor(ACCENT) if scored else Qt.BrushStyle.NoBrush)
    painter.drawEllipse(QRectF(3, 3, 10, 10))
    painter.end()
    return QIcon(pixmap)


@cache
def note_icon() -> QIcon:
    """A sheet of paper with lines: the item has evidence notes."""
    pixmap, painter = _canvas()
    painter.setPen(QPen(QColor("#5b6670"), 1.2))
    painter.setBrush(QColor("#ffffff"))
    painter.drawRoundedRect(QRectF(3.5, 2.5, 9, 11), 1.5, 1.5)
    for y in (5.5, 8, 10.5):
        painter.drawLine(QPointF(5.5, y), QPointF(10.5, y))
    painter.end()
    return QIcon(pixmap)


@cache
def change_icon(up: bool) -> QIcon:
    """A triangle: the score is higher (up) or lower than at the previous measurement."""
    pixmap, painter = _canvas()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("#2e7d32" if up else "#b26a00"))
    path = QPainterPath()
    if up:
        points = ((8, 3.5), (13, 11.5), (3, 11.5))
    else:
        points = ((3, 4.5), (13, 4.5), (8, 12.5))
    path.moveTo(*points[0])
    for point in points[1:]:
        path.lineTo(*point)
    path.closeSubpath()
    painter.drawPath(path)
    painter.end()
    return QIcon(pixmap)


@cache
def app_icon() -> QIcon:
    pixmap, painter = _canvas()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(ACCENT))
    painter.drawRoundedRect(QRectF(1, 1, 14, 14), 3, 3)
    painter.setPen(QPen(QColor("#ffffff"), 1.8))
    painter.drawLine(QPointF(4.5, 8.5), QPointF(7, 11))
    painter.drawLine(QPointF(7, 11), QPointF(11.5, 5))
    painter.end()
    return QIcon(pixmap)
