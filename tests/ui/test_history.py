"""History for unit leaders: a unit's measurements, comparisons, all units, CSV, read-only use."""

from __future__ import annotations

import csv
import hashlib
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QLineEdit, QPlainTextEdit, QTableView

from fidelity_app.domain.scoring import summarize
from fidelity_app.storage import repository
from fidelity_app.storage.database import open_database
from fidelity_app.storage.demo import load_demo
from fidelity_app.ui.main_window import MainWindow
from fidelity_app.ui.models.history_compare_model import CHANGE_ROLE, RECOMMENDATION, UNCHANGED
from fidelity_app.ui.models.history_models import BAND, DATE, TOTAL
from fidelity_app.ui.models.reviews_model import REVIEW_ID_ROLE

from .conftest import press

CTRL = Qt.KeyboardModifier.ControlModifier


def _demo(db_path, scale) -> None:
    db = open_database(db_path)
    load_demo(db, scale)
    db.close()


def _select_unit(window, name: str) -> None:
    home = window.home
    row = next(r for r in range(home.proxy.rowCount()) if home.proxy.index(r, 0).data() == name)
    home.tree.setCurrentIndex(home.proxy.index(row, 0))


def test_history_shows_each_units_measurements_in_date_order_with_totals_and_bands(
    qtbot, open_window, db_path, scale
):
    """Ctrl+H on each demo unit lists its measurements oldest first with the right total and band."""
    _demo(db_path, scale)
    window = open_window()
    for unit in repository.list_units(window.db):
        window.go_home()
        _select_unit(window, unit.name)
        press(qtbot, window, Qt.Key.Key_H, CTRL)
        page = window.history.view.unit_page
        assert window.stack.currentWidget() is window.history.view and page.unit.id == unit.id
        model = page.measurements
        reviews = repository.list_reviews(window.db, unit.id)
        assert [model.index(r, DATE).data()[:10] for r in range(model.rowCount())] == [
            r.visit_start for r in reviews
        ]
        for row, review in enumerate(reviews):
            summary = summarize(scale, repository.scores(window.db, review.id))
            assert model.index(row, TOTAL).data() == f"{summary.total}/125"
            if summary.band:
                assert model.index(row, BAND).data() == summary.band.label["sv"]
        assert page.chart.points and [p.total for p in page.chart.points][-1] == summary.total


def test_compare_marks_exactly_the_changed_items_with_last_recommendations(
    qtbot, open_window, db_path, scale
):
    """'Jämför' on two measurements marks the items whose score changed and shows last time's advice."""
    _demo(db_path, scale)
    window = open_window()
    _select_unit(window, "IPS Älvstaden")
    window.history.history_action.trigger()
    page = window.history.view.unit_page
    page.table.selectionModel().clearSelection()
    page.table.selectRow(0)
    page.table.selectionModel().select(
        page.measurements.index(2, 0),
        page.table.selectionModel().SelectionFlag.Select | page.table.selectionModel().SelectionFlag.Rows,
    )
    page.compare_button.click()
    compare = window.history.view.compare
    assert window.history.view.pages.currentWidget() is compare
    earlier, later = (page.measurements.measurement(r).review.id for r in (0, 2))
    before, after = repository.scores(window.db, earlier), repository.scores(window.db, later)
    model = compare.model
    marked = {
        scale.items[r].id for r in range(model.rowCount()) if model.index(r, 0).data(CHANGE_ROLE) != UNCHANGED
    }
    assert marked == {i.id for i in scale.items if before[i.id] != after[i.id]}
    advice = repository.findings(window.db, earlier)
    row = next(r for r, i in enumerate(scale.items) if advice.get(i.id) and advice[i.id].recommendation)
    assert model.index(row, RECOMMENDATION).data() == advice[scale.items[row].id].recommendation
    assert compare.earlier.currentData() == earlier and compare.later.currentData() == later


def test_all_units_overview_marks_overdue_follow_ups(qtbot, open_window, db_path, scale):
    """The overview lists every unit with its latest total; more than 12 months ago stands out."""
    _demo(db_path, scale)
    window = open_window()
    window.history._ensure_view().today = date(2026, 12, 1)
    press(qtbot, window, Qt.Key.Key_O, CTRL | Qt.KeyboardModifier.ShiftModifier)
    overview = window.history.view.overview
    assert window.stack.currentWidget() is window.history.view
    shown = {overview.proxy.index(r, 0).data() for r in range(overview.proxy.rowCount())}
    assert shown == {u.name for u in repository.list_units(window.db)}
    overview.overdue.setChecked(True)
    overdue = {overview.proxy.index(r, 0).data() for r in range(overview.proxy.rowCount())}
    assert overdue == {"Arbetslinjen Söderhöjden", "IPS Älvstaden", "Steg till jobb Norrbacka"}
    assert overview.count.text() == "3 av 4 verksamheter visas · 3 försenade"
    overview.table.setCurrentIndex(overview.proxy.index(0, 0))
    overview.history_button.click()
    assert window.history.view.pages.currentWidget() is window.history.view.unit_page


def test_csv_export_from_the_window_writes_the_units_measurements(
    qtbot, open_window, db_path, scale, tmp_path
):
    """Arkiv/Historik → CSV: wide format for one unit gives one row per measurement with its total."""
    _demo(db_path, scale)
    window = open_window()
    _select_unit(window, "IPS Älvstaden")
    window.history.csv_action.trigger()
    dialog = window.history.csv.dialog
    out = tmp_path / "älvstaden"
    dialog.path.setText(str(out))
    dialog.wide.setChecked(True)
    with qtbot.waitSignal(dialog.chosen):
        dialog.save_button.click()
    written = out.with_name("älvstaden.csv")
    with written.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter=";"))
    unit = next(u for u in repository.list_units(window.db) if u.name == "IPS Älvstaden")
    reviews = repository.list_reviews(window.db, unit.id)
    assert [r["visit_start"] for r in rows] == [r.visit_start for r in reviews]
    assert [int(r["total"]) for r in rows] == [
        summarize(scale, repository.scores(window.db, r.id)).total for r in reviews
    ]
    assert window.history.csv.result_box.windowTitle() == "CSV-filen är sparad"


def test_read_only_history_offers_no_way_to_change_anything(qtbot, db_path, library, scale):
    """On a database opened read-only, every history page browses only and the file is untouched."""
    _demo(db_path, scale)
    digest = hashlib.sha256(db_path.read_bytes()).hexdigest()
    db = open_database(db_path, read_only=True)
    window = MainWindow(db, library, "sv", read_only=True)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    history = window.history
    history.show_overview()
    view = history.view
    for unit in repository.list_units(db):
        view.show_unit(unit.id)
        page = view.unit_page
        if page.measurements.rowCount() >= 2:
            page.compare_button.click()
            assert view.pages.currentWidget() is view.compare
    for table in view.findChildren(QTableView):
        assert table.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
        model = table.model()
        assert not any(
            model.flags(model.index(r, c)) & Qt.ItemFlag.ItemIsEditable
            for r in range(model.rowCount())
            for c in range(model.columnCount())
        )
    assert not view.findChildren(QLineEdit) or all(
        e.isReadOnly() or not e.isVisible() for e in view.findChildren(QLineEdit)
    )
    assert not view.findChildren(QPlainTextEdit)
    assert not any(combo.isEditable() for combo in view.findChildren(QComboBox))
    review_id = view.unit_page.measurements.index(0, 0).data(REVIEW_ID_ROLE)
    assert review_id
    window.close()
    db.close()
    assert hashlib.sha256(db_path.read_bytes()).hexdigest() == digest
