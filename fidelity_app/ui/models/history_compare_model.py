"""Two measurements of a unit side by side per criterion, with last time's recommendation."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor

from ...domain.scale import Scale
from ...storage.history import Measurement
from .base import RowsTableModel
from .history_models import CENTER, MUTED, SCORE_COLORS, text

CHANGE_ROLE = Qt.ItemDataRole.UserRole + 4
CRITERION, EARLIER, LATER, CHANGE, RECOMMENDATION = range(5)
IMPROVED, UNCHANGED, DECLINED = "improved", "unchanged", "declined"
CHANGE_COLORS = {IMPROVED: "#1b7f3b", UNCHANGED: "#4a545c", DECLINED: "#b3261e"}


def change(earlier: int | None, later: int | None) -> str | None:
    """improved / unchanged / declined from one score (points) to the next; None if one is missing."""
    if earlier is None or later is None:
        return None
    return IMPROVED if later > earlier else DECLINED if later < earlier else UNCHANGED


@dataclass(frozen=True)
class CompareRow:
    item_id: str
    label: str
    earlier: int | None
    later: int | None
    recommendation: str  # given at the earlier measurement

    @property
    def change(self) -> str | None:
        return change(self.earlier, self.later)


class CompareModel(RowsTableModel):
    """One row per criterion: earlier score, later score, the change, the earlier recommendation."""

    def __init__(self, lang: str = "sv", parent=None):
        super().__init__(parent)
        self.lang = lang
        self._rows: list[CompareRow] = []
        self._dates = ("", "")

    def set_comparison(
        self, scale: Scale, earlier: Measurement, later: Measurement, recommendations: dict[str, str]
    ) -> None:
        self.beginResetModel()
        self._dates = (earlier.review.visit_start, later.review.visit_start)
        self._rows = [
            CompareRow(
                item.id,
                f"{text(scale.section(item.section).title, self.lang)} {item.number}. "
                f"{text(item.title, self.lang)}",
                earlier.scores.get(item.id),
                later.scores.get(item.id),
                recommendations.get(item.id, ""),
            )
            for item in scale.items
        ]
        self.endResetModel()

    def rows(self) -> list[CompareRow]:
        return list(self._rows)

    def counts(self) -> dict[str | None, int]:
        """How many criteria improved, stayed, declined (None: not scored in both)."""
        result: dict[str | None, int] = {IMPROVED: 0, UNCHANGED: 0, DECLINED: 0, None: 0}
        for row in self._rows:
            result[row.change] += 1
        return result

    def column_count(self) -> int:
        return 5

    def _change_text(self, row: CompareRow) -> str:
        kind = row.change
        if kind is None:
            return "–"
        delta = row.later - row.earlier
        if kind == IMPROVED:
            return self.tr("▲ Improved (+%1)").replace("%1", str(delta))
        if kind == DECLINED:
            return self.tr("▼ Declined (−%1)").replace("%1", str(-delta))
        return self.tr("= Unchanged")

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, column = self._rows[index.row()], index.column()
        if role == CHANGE_ROLE:
            return row.change
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == CRITERION:
                return row.label
            if column in (EARLIER, LATER):
                value = row.earlier if column == EARLIER else row.later
                return "–" if value is None else str(value)
            if column == CHANGE:
                return self._change_text(row)
            if column == RECOMMENDATION:
                return row.recommendation or (
                    self.tr("No recommendation.") if role == Qt.ItemDataRole.ToolTipRole else ""
                )
        if role == Qt.ItemDataRole.BackgroundRole and column in (EARLIER, LATER):
            value = row.earlier if column == EARLIER else row.later
            return QBrush(QColor(SCORE_COLORS[value])) if value in SCORE_COLORS else None
        if role == Qt.ItemDataRole.ForegroundRole and column == CHANGE:
            return QBrush(QColor(CHANGE_COLORS.get(row.change, MUTED)))
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (EARLIER, LATER):
            return CENTER
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            names = (
                self.tr("Criterion"),
                self._dates[0] or self.tr("Earlier"),
                self._dates[1] or self.tr("Later"),
                self.tr("Change"),
                self.tr("Recommendation last time"),
            )
            return names[section] if 0 <= section < len(names) else None
        return None
