"""All units at a glance: latest total and band, time since, overdue follow-ups; filterable."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.scale import Band
from ...storage.history_overview import UnitStanding
from ..models.history_models import text
from ..models.history_units_model import (
    BAND,
    COUNT,
    LAST,
    NAME,
    ORGANISATION,
    OVERDUE_AFTER_MONTHS,
    SINCE,
    TOTAL,
    UNIT_ID_ROLE,
    UnitsFilter,
    UnitsModel,
)
from .unit_page import read_only_table


class OverviewPage(QWidget):
    unit_chosen = Signal(str)  # unit id
    export_requested = Signal(str)  # "" = the whole database
    back_requested = Signal()

    def __init__(self, lang: str = "sv", parent=None):
        super().__init__(parent)
        self.lang = lang
        self.model = UnitsModel(lang, self)
        self.proxy = UnitsFilter(self)
        self.proxy.setSourceModel(self.model)
        title = QLabel(self.tr("All units"))
        title.setObjectName("pageTitle")
        self.history_button = QPushButton(self.tr("Show history"))
        self.history_button.setObjectName("primary")
        self.export_button = QPushButton(self.tr("Export CSV…"))
        self.back_button = QPushButton(self.tr("Units and reviews"))
        self.organisation = QComboBox()
        self.organisation.setAccessibleName(self.tr("Organisation"))
        self.band = QComboBox()
        self.band.setAccessibleName(self.tr("Fidelity band"))
        self.year = QComboBox()
        self.year.setAccessibleName(self.tr("Year of the last measurement"))
        self.overdue = QCheckBox(
            self.tr("Only overdue follow-ups (more than %n month(s))", "", OVERDUE_AFTER_MONTHS)
        )
        self.count = QLabel()
        self.count.setObjectName("hint")
        self.table = read_only_table(self.proxy, self.tr("All units"))
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(NAME, Qt.SortOrder.AscendingOrder)
        header = self.table.horizontalHeader()
        # Fixed widths: sizing columns to their contents would read every row of a large database.
        for column, width in ((LAST, 150), (TOTAL, 80), (BAND, 290), (SINCE, 220), (COUNT, 110)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ORGANISATION, QHeaderView.ResizeMode.Stretch)

        top = QHBoxLayout()
        top.addWidget(title, 1)
        for button in (self.history_button, self.export_button, self.back_button):
            top.addWidget(button)
        filters = QHBoxLayout()
        for label, combo in (
            (self.tr("&Organisation:"), self.organisation),
            (self.tr("&Band:"), self.band),
            (self.tr("&Year:"), self.year),
        ):
            caption = QLabel(label)
            caption.setBuddy(combo)
            filters.addWidget(caption)
            filters.addWidget(combo, 1 if combo is self.organisation else 0)
        filters.addWidget(self.overdue)
        hint = QLabel(self.tr("Enter shows the selected unit's history · click a column title to sort"))
        hint.setObjectName("hint")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 12)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(hint, 1)
        bottom.addWidget(self.count)
        layout.addLayout(bottom)

        for combo in (self.organisation, self.band, self.year):
            combo.currentIndexChanged.connect(self._filter)
        self.overdue.toggled.connect(self._filter)
        self.table.activated.connect(self._activated)
        self.history_button.clicked.connect(lambda: self._activated(self.table.currentIndex()))
        self.export_button.clicked.connect(lambda: self.export_requested.emit(""))
        self.back_button.clicked.connect(self.back_requested)

    def set_standings(
        self, standings: list[UnitStanding], bands: tuple[Band, ...], today: date | None = None
    ) -> None:
        self.model.set_standings(standings, today)
        organisations = sorted(
            {s.unit.organisation for s in standings if s.unit.organisation}, key=str.casefold
        )
        years = sorted({s.latest.review.visit_start[:4] for s in standings if s.latest}, reverse=True)
        choices = (
            (self.organisation, self.tr("All organisations"), [(o, o) for o in organisations]),
            (self.band, self.tr("All bands"), [(text(b.label, self.lang), b.low) for b in bands]),
            (self.year, self.tr("All years"), [(y, y) for y in years]),
        )
        for combo, everything, items in choices:
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, None)
            for shown, value in items:
                combo.addItem(shown, value)
            combo.blockSignals(False)
        self._filter()
        if self.proxy.rowCount():
            self.table.setCurrentIndex(self.proxy.index(0, 0))

    def select_unit(self, unit_id: str) -> None:
        for row in range(self.proxy.rowCount()):
            if self.proxy.index(row, 0).data(UNIT_ID_ROLE) == unit_id:
                self.table.setCurrentIndex(self.proxy.index(row, 0))
                return

    def _filter(self, *_args) -> None:
        self.proxy.set_filters(
            self.organisation.currentData(),
            self.band.currentData(),
            self.year.currentData(),
            self.overdue.isChecked(),
        )
        overdue = sum(1 for r in range(self.model.rowCount()) if self.model.overdue(r))
        self.count.setText(
            self.tr("%1 of %2 units shown · %3 overdue")
            .replace("%1", str(self.proxy.rowCount()))
            .replace("%2", str(self.model.rowCount()))
            .replace("%3", str(overdue))
        )
        self.history_button.setEnabled(self.proxy.rowCount() > 0)

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.unit_chosen.emit(index.siblingAtColumn(0).data(UNIT_ID_ROLE))
