"""Tree model of the home page: units (verksamheter) with their reviews, newest first."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from ...domain.review import Review, Unit
from ...domain.scale_library import ScaleLibrary, UnknownScaleError
from ...domain.scoring import summarize
from ...storage import history, repository
from .base import ROOT, TwoLevelModel

REVIEW_ID_ROLE = Qt.ItemDataRole.UserRole + 1
NAME, ORGANISATION, STATUS, TOTAL, BAND = range(5)


@dataclass(frozen=True)
class ReviewRow:
    review: Review
    total: int  # points
    max_total: int  # points
    scored: int
    item_count: int
    band_label: str = ""
    band_color: str = ""


def load_overview(db, library: ScaleLibrary, lang: str) -> list[tuple[Unit, list[ReviewRow]]]:
    """Every unit with its reviews (newest first) and their totals, in a few queries."""
    all_scores = history.all_scores(db)
    by_unit: dict[str, list[ReviewRow]] = {}
    for review in repository.list_reviews(db):
        scores = all_scores.get(review.id, {})
        try:
            scale = library.get(review.scale_id, review.scale_edition)
        except UnknownScaleError:
            row = ReviewRow(review, sum(scores.values()), 0, len(scores), 0)
        else:
            summary = summarize(scale, {k: v for k, v in scores.items() if k in {i.id for i in scale.items}})
            band = summary.band
            row = ReviewRow(
                review,
                summary.total,
                summary.max_total,
                summary.scored,
                summary.item_count,
                (band.label.get(lang) or next(iter(band.label.values()))) if band else "",
                band.color if band else "",
            )
        by_unit.setdefault(review.unit_id, []).append(row)
    return [
        (
            unit,
            sorted(
                by_unit.get(unit.id, []),
                key=lambda r: (r.review.visit_start, r.review.created_at),
                reverse=True,
            ),
        )
        for unit in repository.list_units(db)
    ]


class ReviewsModel(TwoLevelModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[tuple[Unit, list[ReviewRow]]] = []

    def set_overview(self, rows: list[tuple[Unit, list[ReviewRow]]]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def top_count(self) -> int:
        return len(self._rows)

    def child_count(self, top_row: int) -> int:
        return len(self._rows[top_row][1])

    def columnCount(self, parent=ROOT):
        return 5

    def review_index(self, review_id: str) -> QModelIndex:
        for u, (_unit, reviews) in enumerate(self._rows):
            for r, row in enumerate(reviews):
                if row.review.id == review_id:
                    return self.index(r, 0, self.index(u, 0))
        return QModelIndex()

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if self.is_top(index):
            unit, reviews = self._rows[index.row()]
            if role == Qt.ItemDataRole.DisplayRole:
                if index.column() == NAME:
                    return unit.name
                if index.column() == ORGANISATION:
                    return unit.organisation
                if index.column() == STATUS:
                    return self.tr("%n review(s)", "", len(reviews))
            if role == Qt.ItemDataRole.FontRole and index.column() == NAME:
                font = QFont()
                font.setBold(True)
                return font
            return None
        row = self._rows[index.internalId() - 1][1][index.row()]
        review = row.review
        if role == REVIEW_ID_ROLE:
            return review.id
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == NAME:
                if review.visit_end and review.visit_end != review.visit_start:
                    return f"{review.visit_start} – {review.visit_end}"
                return review.visit_start
            if index.column() == STATUS:
                return self.tr("Finished") if review.finished else self.tr("In progress")
            if index.column() == TOTAL:
                return f"{row.total}/{row.max_total}" if row.max_total else str(row.total)
            if index.column() == BAND:
                if row.band_label:
                    return row.band_label
                return (
                    self.tr("Incomplete (%1 of %2 scored)")
                    .replace("%1", str(row.scored))
                    .replace("%2", str(row.item_count))
                )
            return None
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == BAND:
            return QBrush(QColor(row.band_color)) if row.band_color else QBrush(QColor("#6b747c"))
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == TOTAL:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            names = (
                self.tr("Unit / visit"),
                self.tr("Organisation"),
                self.tr("Status"),
                self.tr("Total"),
                self.tr("Fidelity band"),
            )
            return names[section] if 0 <= section < len(names) else None
        return None
