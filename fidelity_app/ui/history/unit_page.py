"""One unit's history: its measurements, the total over time, and the criterion × measurement matrix."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.review import Unit
from ...domain.scale import Scale
from ...storage.history import Measurement
from ..models.history_models import BAND, DATE, REVIEWERS, MatrixModel, MeasurementsModel, text
from .chart import ChartPoint, TotalChart


def read_only_table(model, name: str) -> QTableView:
    """A table for browsing: rows selectable, nothing editable."""
    table = QTableView()
    table.setModel(model)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(False)
    table.setWordWrap(False)
    table.verticalHeader().setDefaultSectionSize(24)
    table.verticalHeader().hide()
    table.setAccessibleName(name)
    return table


class UnitHistoryPage(QWidget):
    compare_requested = Signal(str, str)  # earlier review id, later review id
    open_review = Signal(str)
    export_requested = Signal(str)  # unit id
    overview_requested = Signal()

    def __init__(self, lang: str = "sv", parent=None):
        super().__init__(parent)
        self.lang = lang
        self.unit: Unit | None = None
        self.measurements = MeasurementsModel(lang, self)
        self.matrix = MatrixModel(lang, self)
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.details = QLabel()
        self.details.setObjectName("hint")
        self.compare_button = QPushButton(self.tr("Compare…"))
        self.compare_button.setToolTip(self.tr("Compare the two selected measurements (or the two latest)"))
        self.export_button = QPushButton(self.tr("Export CSV…"))
        self.overview_button = QPushButton(self.tr("All units"))

        self.table = read_only_table(self.measurements, self.tr("Measurements"))
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(REVIEWERS, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(BAND, QHeaderView.ResizeMode.ResizeToContents)
        self.chart = TotalChart()
        self.grid = read_only_table(self.matrix, self.tr("Scores per criterion and measurement"))
        self.grid.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.grid.horizontalHeader().setDefaultSectionSize(96)
        self.grid.verticalHeader().show()  # the criteria stay in view when the dates scroll
        self.grid.verticalHeader().setDefaultSectionSize(22)
        # Only subtotal rows are bold (FontRole); the app style sheet makes every header bold.
        self.grid.verticalHeader().setStyleSheet("QHeaderView::section { font-weight: normal; }")
        self.grid.verticalHeader().setMaximumWidth(430)
        self.grid.setTextElideMode(Qt.TextElideMode.ElideRight)

        top = QHBoxLayout()
        heading = QVBoxLayout()
        heading.setSpacing(0)
        heading.addWidget(self.title)
        heading.addWidget(self.details)
        top.addLayout(heading, 1)
        for button in (self.compare_button, self.export_button, self.overview_button):
            top.addWidget(button)
        upper = QSplitter(Qt.Orientation.Horizontal)
        upper.addWidget(self.table)
        upper.addWidget(self.chart)
        upper.setSizes([560, 520])
        matrix_box = QWidget()
        matrix_layout = QVBoxLayout(matrix_box)
        matrix_layout.setContentsMargins(0, 6, 0, 0)
        matrix_title = QLabel(self.tr("Scores per criterion (1 red … 5 green), with section subtotals"))
        matrix_title.setObjectName("sectionTitle")
        matrix_layout.addWidget(matrix_title)
        matrix_layout.addWidget(self.grid, 1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(upper)
        split.addWidget(matrix_box)
        split.setSizes([250, 400])
        hint = QLabel(self.tr("Enter opens the selected measurement · select two rows to compare them"))
        hint.setObjectName("hint")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 12)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        layout.addWidget(hint)

        self.compare_button.clicked.connect(self._compare)
        self.export_button.clicked.connect(
            lambda: self.export_requested.emit(self.unit.id if self.unit else "")
        )
        self.overview_button.clicked.connect(self.overview_requested)
        self.table.activated.connect(
            lambda index: self.open_review.emit(self.measurements.measurement(index.row()).review.id)
        )

    def set_history(self, unit: Unit, scale: Scale | None, measurements: list[Measurement]) -> None:
        """Show `measurements` (one unit's, any order) oldest first; `scale` gives rows and bands."""
        ordered = sorted(measurements, key=lambda m: (m.review.visit_start, m.review.created_at))
        self.unit = unit
        self.title.setText(self.tr("History: %1").replace("%1", unit.name))
        self.details.setText(
            " · ".join(p for p in (unit.organisation, self.tr("%n measurement(s)", "", len(ordered))) if p)
        )
        self.measurements.set_measurements(ordered)
        self.matrix.set_history(scale, ordered)
        self.compare_button.setEnabled(len(ordered) >= 2)
        points = [
            ChartPoint(date.fromisoformat(m.review.visit_start), m.summary.total, m.summary.complete)
            for m in ordered
            if m.summary and m.summary.scored
        ]
        bands = scale.bands if scale else ()
        self.chart.set_data(
            points, bands, scale.max_total if scale else 125, [text(b.label, self.lang) for b in bands]
        )
        if ordered:
            self.table.selectRow(len(ordered) - 1)
        self.grid.scrollTo(self.matrix.index(0, max(0, len(ordered) - 1)))

    def selected_pair(self) -> tuple[str, str] | None:
        """Review ids to compare (earlier, later): the two selected rows, one row and the one
        before it, or the two latest measurements."""
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows(DATE)})
        count = self.measurements.rowCount()
        if count < 2:
            return None
        if len(rows) >= 2:
            pair = rows[0], rows[-1]
        elif rows:
            pair = (rows[0] - 1, rows[0]) if rows[0] > 0 else (0, 1)
        else:
            pair = count - 2, count - 1
        return tuple(self.measurements.measurement(r).review.id for r in pair)

    def _compare(self) -> None:
        pair = self.selected_pair()
        if pair:
            self.compare_requested.emit(*pair)
