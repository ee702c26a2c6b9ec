"""Table models of one unit's history: its measurements, and criterion × measurement scores."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont

from ...domain.scale import Scale
from ...storage.history import Measurement
from .base import RowsTableModel

REVIEW_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SCORE_ROLE = Qt.ItemDataRole.UserRole + 2
ITEM_ID_ROLE = Qt.ItemDataRole.UserRole + 3
DATE, REVIEWERS, STATUS, TOTAL, BAND = range(5)

# Light tints so that dark text stays readable: 1 (red) … 5 (green).
SCORE_COLORS = {1: "#f4c7c3", 2: "#f9dcb8", 3: "#fbf0b5", 4: "#dcefc9", 5: "#b9e0bd"}
SUBTOTAL_COLOR = "#e8ecf0"
MUTED = "#6b747c"
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
CENTER = int(Qt.AlignmentFlag.AlignCenter)


def text(value: dict[str, str], lang: str) -> str:
    """A scale text in `lang`, or in the first language it has."""
    return value.get(lang) or next(iter(value.values()), "")


def visit_dates(m: Measurement) -> str:
    r = m.review
    return (
        f"{r.visit_start} – {r.visit_end}" if r.visit_end and r.visit_end != r.visit_start else r.visit_start
    )


def bold() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


class MeasurementsModel(RowsTableModel):
    """One row per measurement of a unit, oldest first: date, reviewers, status, total, band."""

    def __init__(self, lang: str = "sv", parent=None):
        super().__init__(parent)
        self.lang = lang
        self._rows: list[Measurement] = []

    def set_measurements(self, measurements: list[Measurement]) -> None:
        self.beginResetModel()
        self._rows = list(measurements)
        self.endResetModel()

    def measurement(self, row: int) -> Measurement:
        return self._rows[row]

    def column_count(self) -> int:
        return 5

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        m, column = self._rows[index.row()], index.column()
        summary = m.summary
        if role == REVIEW_ID_ROLE:
            return m.review.id
        if role == Qt.ItemDataRole.DisplayRole:
            if column == DATE:
                return visit_dates(m)
            if column == REVIEWERS:
                return ", ".join(m.reviewer_names)
            if column == STATUS:
                return self.tr("Finished") if m.review.finished else self.tr("In progress")
            if column == TOTAL:
                return f"{summary.total}/{summary.max_total}" if summary else str(sum(m.scores.values()))
            if column == BAND:
                if summary and summary.band:
                    return text(summary.band.label, self.lang)
                if summary:
                    return (
                        self.tr("Incomplete (%1 of %2 scored)")
                        .replace("%1", str(summary.scored))
                        .replace("%2", str(summary.item_count))
                    )
                return self.tr("Scale not installed")
        if role == Qt.ItemDataRole.ForegroundRole and column == BAND:
            band = summary.band if summary else None
            return QBrush(QColor(band.color if band else MUTED))
        if role == Qt.ItemDataRole.TextAlignmentRole and column == TOTAL:
            return RIGHT
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            names = (
                self.tr("Visit"),
                self.tr("Reviewers"),
                self.tr("Status"),
                self.tr("Total"),
                self.tr("Fidelity band"),
            )
            return names[section] if 0 <= section < len(names) else None
        return None


@dataclass(frozen=True)
class _MatrixRow:
    item_id: str | None  # None: a subtotal row
    section_id: str | None  # None (with item_id None): the total row
    label: str


class MatrixModel(RowsTableModel):
    """Criteria down, measurements across, coloured by score; a subtotal after each section."""

    def __init__(self, lang: str = "sv", parent=None):
        super().__init__(parent)
        self.lang = lang
        self._rows: list[_MatrixRow] = []
        self._columns: list[Measurement] = []
        self._subtotals: list[dict[str, int]] = []

    def set_history(self, scale: Scale | None, measurements: list[Measurement]) -> None:
        self.beginResetModel()
        self._columns = list(measurements)
        self._rows = []
        if scale is not None:
            for section in scale.sections:
                for item in scale.items_in(section.id):
                    label = f"{text(section.title, self.lang)} {item.number}. {text(item.title, self.lang)}"
                    self._rows.append(_MatrixRow(item.id, section.id, label))
                self._rows.append(
                    _MatrixRow(
                        None, section.id, self.tr("Subtotal %1").replace("%1", text(section.title, self.lang))
                    )
                )
            self._rows.append(_MatrixRow(None, None, self.tr("Total")))
        self._subtotals = [
            {s.section_id: s.points for s in m.summary.sections} if m.summary else {} for m in self._columns
        ]
        self.endResetModel()

    def column_count(self) -> int:
        return len(self._columns)

    def _value(self, row: _MatrixRow, column: int) -> int | None:
        m = self._columns[column]
        if row.item_id is not None:
            return m.scores.get(row.item_id)
        if row.section_id is not None:
            return self._subtotals[column].get(row.section_id)
        return m.summary.total if m.summary else None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        value = self._value(row, index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return "–" if value is None else str(value)
        if role == SCORE_ROLE:
            return value
        if role == ITEM_ID_ROLE:
            return row.item_id
        if role == Qt.ItemDataRole.BackgroundRole:
            if row.item_id is None:
                return QBrush(QColor(SUBTOTAL_COLOR))
            return QBrush(QColor(SCORE_COLORS[value])) if value in SCORE_COLORS else None
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor("#1f2529" if value is not None else MUTED))
        if role == Qt.ItemDataRole.FontRole and row.item_id is None:
            return bold()
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return CENTER
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal:
            if not 0 <= section < len(self._columns):
                return None
            if role == Qt.ItemDataRole.DisplayRole:
                return self._columns[section].review.visit_start
            if role == Qt.ItemDataRole.ToolTipRole:
                m = self._columns[section]
                return f"{visit_dates(m)} · {', '.join(m.reviewer_names)}"
            return None
        if not 0 <= section < len(self._rows):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._rows[section].label
        if role == Qt.ItemDataRole.FontRole and self._rows[section].item_id is None:
            return bold()
        return None
