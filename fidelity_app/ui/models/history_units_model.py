"""All units with their latest total, band and time since, filterable by organisation, band, year."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor

from ...storage.history_overview import UnitStanding
from .base import RowsTableModel
from .history_models import MUTED, RIGHT, bold, text

# DOMAIN.md: units are re-measured every 6–12 months; later than this, a follow-up is overdue.
OVERDUE_AFTER_MONTHS = 12
UNIT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
OVERDUE_ROLE = Qt.ItemDataRole.UserRole + 3
BAND_ROLE = Qt.ItemDataRole.UserRole + 4  # the band's low bound (points), or None
YEAR_ROLE = Qt.ItemDataRole.UserRole + 5
NAME, ORGANISATION, LAST, TOTAL, BAND, SINCE, COUNT = range(7)
OVERDUE_COLOR = "#a35a00"


def months_between(earlier: date, later: date) -> int:
    """Whole months from `earlier` to `later`."""
    months = (later.year - earlier.year) * 12 + later.month - earlier.month
    return months - 1 if later.day < earlier.day else months


class UnitsModel(RowsTableModel):
    """One row per unit; a unit whose last measurement is too long ago stands out."""

    def __init__(self, lang: str = "sv", parent=None):
        super().__init__(parent)
        self.lang = lang
        self.today = date.today()
        self._rows: list[UnitStanding] = []
        self._months: list[int | None] = []

    def set_standings(self, standings: list[UnitStanding], today: date | None = None) -> None:
        self.beginResetModel()
        self.today = today or date.today()
        self._rows = list(standings)
        self._months = [
            months_between(date.fromisoformat(s.latest.review.visit_start), self.today) if s.latest else None
            for s in self._rows
        ]
        self.endResetModel()

    def standing(self, row: int) -> UnitStanding:
        return self._rows[row]

    def overdue(self, row: int) -> bool:
        months = self._months[row]
        return months is not None and months > OVERDUE_AFTER_MONTHS

    def column_count(self) -> int:
        return 7

    def _display(self, row: int, column: int):
        s = self._rows[row]
        summary = s.latest.summary if s.latest else None
        if column == NAME:
            return s.unit.name
        if column == ORGANISATION:
            return s.unit.organisation
        if column == COUNT:
            return str(s.measurement_count)
        if s.latest is None:
            return self.tr("No finished measurement") if column == LAST else ""
        if column == LAST:
            return s.latest.review.visit_start
        if column == TOTAL:
            return f"{summary.total}/{summary.max_total}" if summary else str(sum(s.latest.scores.values()))
        if column == BAND:
            return text(summary.band.label, self.lang) if summary and summary.band else ""
        if column == SINCE:
            months = self._months[row]
            shown = self.tr("%n month(s)", "", months)
            return self.tr("%1 – follow-up due").replace("%1", shown) if self.overdue(row) else shown
        return None

    def _sort_key(self, row: int, column: int):
        s = self._rows[row]
        if column in (NAME, ORGANISATION):
            return (s.unit.name if column == NAME else s.unit.organisation).casefold()
        if column == COUNT:
            return s.measurement_count
        summary = s.latest.summary if s.latest else None
        if column in (TOTAL, BAND):
            return summary.total if summary else -1
        if column == SINCE:
            months = self._months[row]
            return -1 if months is None else months
        return s.latest.review.visit_start if s.latest else ""

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        s = self._rows[row]
        band = s.latest.summary.band if s.latest and s.latest.summary else None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == UNIT_ID_ROLE:
            return s.unit.id
        if role == SORT_ROLE:
            return self._sort_key(row, column)
        if role == OVERDUE_ROLE:
            return self.overdue(row)
        if role == BAND_ROLE:
            return band.low if band else None
        if role == YEAR_ROLE:
            return s.latest.review.visit_start[:4] if s.latest else ""
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == BAND:
                return QBrush(QColor(band.color if band else MUTED))
            if column == SINCE and self.overdue(row):
                return QBrush(QColor(OVERDUE_COLOR))
            if s.latest is None and column == LAST:
                return QBrush(QColor(MUTED))
        if role == Qt.ItemDataRole.FontRole and column == SINCE and self.overdue(row):
            return bold()
        if role == Qt.ItemDataRole.ToolTipRole and column == SINCE and self.overdue(row):
            return self.tr("More than %n month(s) since the last measurement", "", OVERDUE_AFTER_MONTHS)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (TOTAL, COUNT):
            return RIGHT
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            names = (
                self.tr("Unit"),
                self.tr("Organisation"),
                self.tr("Last measurement"),
                self.tr("Total"),
                self.tr("Fidelity band"),
                self.tr("Time since"),
                self.tr("Measurements"),
            )
            return names[section] if 0 <= section < len(names) else None
        return None


class UnitsFilter(QSortFilterProxyModel):
    """Keeps the units of one organisation, band (low bound) and year of last measurement."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.organisation: str | None = None
        self.band_low: int | None = None
        self.year: str | None = None
        self.overdue_only = False
        self.setSortRole(SORT_ROLE)

    def set_filters(
        self,
        organisation: str | None = None,
        band_low: int | None = None,
        year: str | None = None,
        overdue_only: bool = False,
    ) -> None:
        self.beginFilterChange()
        self.organisation, self.band_low, self.year = organisation, band_low, year
        self.overdue_only = overdue_only
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row, source_parent):
        index = self.sourceModel().index(source_row, 0, source_parent)
        model = self.sourceModel()
        if (
            self.organisation is not None
            and model.standing(source_row).unit.organisation != self.organisation
        ):
            return False
        if self.band_low is not None and index.data(BAND_ROLE) != self.band_low:
            return False
        if self.year is not None and index.data(YEAR_ROLE) != self.year:
            return False
        return not self.overdue_only or bool(index.data(OVERDUE_ROLE))
