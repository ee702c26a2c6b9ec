"""The history pages in one place: all units, one unit's history, and a comparison (read only)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from ...domain.scale import Scale
from ...domain.scale_library import ScaleLibrary, UnknownScaleError
from ...storage import repository
from ...storage.history import Measurement, measurements
from ...storage.history_overview import unit_standings
from .compare_page import ComparePage
from .overview_page import OverviewPage
from .unit_page import UnitHistoryPage


class HistoryView(QWidget):
    """Reads the database only; every page is for looking back, never for scoring."""

    open_review = Signal(str)
    export_requested = Signal(str, str)  # unit id ("" = all), unit name
    home_requested = Signal()
    title_changed = Signal(str)

    def __init__(self, db, library: ScaleLibrary, lang: str = "sv", today: date | None = None, parent=None):
        super().__init__(parent)
        self.setObjectName("history")
        self.db, self.library, self.lang, self.today = db, library, lang, today
        self.overview = OverviewPage(lang)
        self.unit_page = UnitHistoryPage(lang)
        self.compare = ComparePage(lang)
        self.pages = QStackedWidget()
        for page in (self.overview, self.unit_page, self.compare):
            self.pages.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)
        self._measurements: list[Measurement] = []

        self.overview.unit_chosen.connect(self.show_unit)
        self.overview.export_requested.connect(lambda _unit: self.export_requested.emit("", ""))
        self.overview.back_requested.connect(self.home_requested)
        self.unit_page.compare_requested.connect(self.show_compare)
        self.unit_page.open_review.connect(self.open_review)
        self.unit_page.overview_requested.connect(lambda: self.show_overview(self._unit_id()))
        self.unit_page.export_requested.connect(
            lambda unit_id: self.export_requested.emit(
                unit_id, self.unit_page.unit.name if self.unit_page.unit else ""
            )
        )
        self.compare.history_requested.connect(lambda: self.pages.setCurrentWidget(self.unit_page))
        self.compare.history_requested.connect(lambda: self.title_changed.emit(self._title()))
        self.compare.pair_changed.connect(self.show_compare)

    def _unit_id(self) -> str:
        return self.unit_page.unit.id if self.unit_page.unit else ""

    def _title(self) -> str:
        page = self.pages.currentWidget()
        if page is self.overview:
            return self.tr("All units")
        return self.unit_page.title.text() if page is self.unit_page else self.compare.title.text()

    def _default_scale(self) -> Scale | None:
        try:
            return self.library.latest("ips25")
        except (KeyError, UnknownScaleError):
            scales = self.library.all()
            return scales[0] if scales else None

    def _scale_of(self, measurement: Measurement | None) -> Scale | None:
        if measurement is not None:
            try:
                return self.library.get(measurement.review.scale_id, measurement.review.scale_edition)
            except UnknownScaleError:
                pass
        return self._default_scale()

    def show_overview(self, select_unit: str = "") -> None:
        """Every unit with its latest measurement; `select_unit` (an id) gets the cursor."""
        scale = self._default_scale()
        self.overview.set_standings(
            unit_standings(self.db, self.library), scale.bands if scale else (), self.today
        )
        if select_unit:
            self.overview.select_unit(select_unit)
        self.pages.setCurrentWidget(self.overview)
        self.overview.table.setFocus()
        self.title_changed.emit(self._title())

    def show_unit(self, unit_id: str) -> None:
        """Every measurement of one unit, oldest first, with chart and criterion matrix."""
        unit = repository.get_unit(self.db, unit_id)
        self._measurements = sorted(
            measurements(self.db, self.library, unit_id),
            key=lambda m: (m.review.visit_start, m.review.created_at),
        )
        latest = next((m for m in reversed(self._measurements) if m.summary), None)
        self.unit_page.set_history(unit, self._scale_of(latest), self._measurements)
        self.pages.setCurrentWidget(self.unit_page)
        self.unit_page.table.setFocus()
        self.title_changed.emit(self._title())

    def show_compare(self, earlier_id: str, later_id: str) -> None:
        """Two measurements side by side; the earlier one's recommendations beside the later scores."""
        by_id = {m.review.id: m for m in self._measurements}
        earlier, later = by_id[earlier_id], by_id[later_id]
        if (earlier.review.visit_start, earlier.review.created_at) > (
            later.review.visit_start,
            later.review.created_at,
        ):
            earlier, later = later, earlier
        recommendations = {
            item_id: f.recommendation
            for item_id, f in repository.findings(self.db, earlier.review.id).items()
            if f.recommendation
        }
        scale = self._scale_of(later)
        self.compare.set_comparison(
            self.unit_page.unit, scale, self._measurements, earlier, later, recommendations
        )
        self.pages.setCurrentWidget(self.compare)
        self.compare.table.setFocus()
        self.title_changed.emit(self._title())
