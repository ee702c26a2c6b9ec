"""The total of each measurement over time, drawn over the four bands (QPainter; no QtCharts)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ...domain.scale import Band

BAND_ALPHA = 46  # of 255: the bands stay in the background
LINE_COLOR = "#1f6f8b"
AXIS_COLOR = "#8a949c"


@dataclass(frozen=True)
class ChartPoint:
    visit: date
    total: int  # points
    complete: bool  # all items scored; an incomplete total is drawn hollow


class TotalChart(QWidget):
    """Points and a line of totals over visit dates; y runs 0 … the scale's maximum total."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.points: list[ChartPoint] = []
        self.bands: tuple[Band, ...] = ()
        self.max_total = 125
        self.band_labels: list[str] = []
        self.setMinimumSize(320, 200)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Total over time"))

    def sizeHint(self) -> QSize:
        return QSize(520, 260)

    def set_data(
        self, points: list[ChartPoint], bands: tuple[Band, ...], max_total: int, band_labels: list[str]
    ) -> None:
        self.points = sorted(points, key=lambda p: p.visit)
        self.bands, self.max_total, self.band_labels = bands, max_total, band_labels
        described = "; ".join(f"{p.visit.isoformat()}: {p.total}" for p in self.points)
        self.setAccessibleDescription(described)
        self.setToolTip(described.replace("; ", "\n"))
        self.update()

    def _plot_area(self) -> QRectF:
        return QRectF(44, 12, max(10, self.width() - 60), max(10, self.height() - 44))

    def _y(self, area: QRectF, points: float) -> float:
        return area.bottom() - area.height() * points / max(1, self.max_total)

    def _x(self, area: QRectF, visit: date) -> float:
        if len(self.points) < 2:
            return area.center().x()
        first, last = self.points[0].visit.toordinal(), self.points[-1].visit.toordinal()
        pad = 0.06 * area.width()
        return (
            area.left() + pad + (area.width() - 2 * pad) * (visit.toordinal() - first) / max(1, last - first)
        )

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("#ffffff"))
        area = self._plot_area()
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, small.pointSizeF() - 1.5))
        painter.setFont(small)
        for band, label in zip(self.bands, self.band_labels or [""] * len(self.bands), strict=False):
            top, bottom = (
                self._y(area, band.high + 1 if band.high < self.max_total else band.high),
                self._y(area, band.low),
            )
            color = QColor(band.color)
            color.setAlpha(BAND_ALPHA)
            rect = QRectF(area.left(), top, area.width(), bottom - top)
            painter.fillRect(rect, color)
            painter.setPen(QColor(band.color).darker(130))
            painter.drawText(
                rect.adjusted(6, 2, -6, -2),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop),
                label,
            )
        painter.setPen(QPen(QColor(AXIS_COLOR), 1))
        painter.drawLine(area.bottomLeft(), area.bottomRight())
        painter.drawLine(area.bottomLeft(), area.topLeft())
        for tick in sorted({0, self.max_total, *(b.low for b in self.bands)}):
            y = self._y(area, tick)
            painter.drawLine(QPointF(area.left() - 4, y), QPointF(area.left(), y))
            painter.drawText(
                QRectF(0, y - 8, area.left() - 6, 16),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                str(tick),
            )
        if not self.points:
            painter.drawText(area, int(Qt.AlignmentFlag.AlignCenter), self.tr("No measurements yet"))
            return
        self._draw_series(painter, area, small)

    def _draw_series(self, painter: QPainter, area: QRectF, font: QFont) -> None:
        positions = [QPointF(self._x(area, p.visit), self._y(area, p.total)) for p in self.points]
        path = QPainterPath(positions[0])
        for position in positions[1:]:
            path.lineTo(position)
        painter.setPen(QPen(QColor(LINE_COLOR), 2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)
        label_every = max(1, len(self.points) // 8)  # dates stay readable with many visits
        for n, (point, position) in enumerate(zip(self.points, positions, strict=True)):
            painter.setPen(QPen(QColor(LINE_COLOR), 2))
            painter.setBrush(QColor(LINE_COLOR) if point.complete else QColor("#ffffff"))
            painter.drawEllipse(position, 4.5, 4.5)
            painter.setPen(QColor("#15323d"))
            painter.drawText(
                QRectF(position.x() - 30, position.y() - 24, 60, 16),
                int(Qt.AlignmentFlag.AlignCenter),
                str(point.total),
            )
            if n % label_every == 0 or n == len(self.points) - 1:
                painter.setPen(QColor(AXIS_COLOR))
                painter.drawText(
                    QRectF(position.x() - 40, area.bottom() + 4, 80, 16),
                    int(Qt.AlignmentFlag.AlignCenter),
                    point.visit.isoformat()[:7],
                )
        painter.setFont(font)
