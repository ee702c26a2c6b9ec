"""Two measurements of one unit side by side: improved, unchanged, declined, and last advice."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QHeaderView, QLabel, QPushButton, QVBoxLayout, QWidget

from ...domain.review import Unit
from ...domain.scale import Scale
from ...storage.history import Measurement
from ..models.history_compare_model import (
    CHANGE,
    CRITERION,
    DECLINED,
    EARLIER,
    IMPROVED,
    LATER,
    RECOMMENDATION,
    UNCHANGED,
    CompareModel,
)
from ..models.history_models import visit_dates
from .unit_page import read_only_table


class ComparePage(QWidget):
    # The pair chosen in the combo boxes: earlier review id, later review id.
    pair_changed = Signal(str, str)
    history_requested = Signal()

    def __init__(self, lang: str = "sv", parent=None):
        super().__init__(parent)
        self.lang = lang
        self.model = CompareModel(lang, self)
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.earlier = QComboBox()
        self.earlier.setAccessibleName(self.tr("Earlier measurement"))
        self.later = QComboBox()
        self.later.setAccessibleName(self.tr("Later measurement"))
        self.summary = QLabel()
        self.summary.setObjectName("suggestion")
        self.back_button = QPushButton(self.tr("Back to the history"))
        self.table = read_only_table(self.model, self.tr("Comparison per criterion"))
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(CRITERION, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(CRITERION, 380)
        for column in (EARLIER, LATER, CHANGE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(RECOMMENDATION, QHeaderView.ResizeMode.Stretch)
        header.sectionResized.connect(lambda *_: self.table.resizeRowsToContents())

        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.back_button)
        choose = QHBoxLayout()
        earlier_label = QLabel(self.tr("&Earlier:"))
        earlier_label.setBuddy(self.earlier)
        later_label = QLabel(self.tr("&Later:"))
        later_label.setBuddy(self.later)
        choose.addWidget(earlier_label)
        choose.addWidget(self.earlier, 1)
        choose.addSpacing(12)
        choose.addWidget(later_label)
        choose.addWidget(self.later, 1)
        hint = QLabel(
            self.tr(
                "The recommendation column shows what was recommended at the earlier "
                "measurement: was it acted on?"
            )
        )
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 12)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addLayout(choose)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(hint)

        self.back_button.clicked.connect(self.history_requested)
        self.earlier.activated.connect(self._chosen)
        self.later.activated.connect(self._chosen)

    def set_comparison(
        self,
        unit: Unit,
        scale: Scale,
        measurements: list[Measurement],
        earlier: Measurement,
        later: Measurement,
        recommendations: dict[str, str],
    ) -> None:
        """Compare `earlier` with `later`; `measurements` (the unit's) fill the choosers."""
        self.title.setText(self.tr("Comparison: %1").replace("%1", unit.name))
        for combo, chosen in ((self.earlier, earlier), (self.later, later)):
            combo.clear()
            for m in measurements:
                total = f" · {m.summary.total}/{m.summary.max_total}" if m.summary else ""
                combo.addItem(visit_dates(m) + total, m.review.id)
            combo.setCurrentIndex(combo.findData(chosen.review.id))
        self.model.set_comparison(scale, earlier, later, recommendations)
        counts = self.model.counts()
        totals = ""
        if earlier.summary and later.summary:
            delta = later.summary.total - earlier.summary.total
            totals = (
                self.tr("Total %1 → %2 (%3)")
                .replace("%1", str(earlier.summary.total))
                .replace("%2", str(later.summary.total))
                .replace("%3", f"{delta:+d}".replace("-", "−"))
            )
        self.summary.setText(
            " · ".join(
                p
                for p in (
                    totals,
                    self.tr("%n improved", "", counts[IMPROVED]),
                    self.tr("%n unchanged", "", counts[UNCHANGED]),
                    self.tr("%n declined", "", counts[DECLINED]),
                )
                if p
            )
        )
        self.table.resizeRowsToContents()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.table.resizeRowsToContents()  # wrapped text needs the real column widths

    def _chosen(self, _index: int) -> None:
        earlier, later = self.earlier.currentData(), self.later.currentData()
        if earlier and later:
            self.pair_changed.emit(earlier, later)
