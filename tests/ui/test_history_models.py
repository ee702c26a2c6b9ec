"""The history item models obey Qt's model rules (qtmodeltester) and show the right numbers."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from fidelity_app.domain.scale_library import ScaleLibrary
from fidelity_app.storage import repository
from fidelity_app.storage.demo import load_demo
from fidelity_app.storage.history import measurements
from fidelity_app.storage.history_overview import unit_standings
from fidelity_app.ui.models.history_compare_model import (
    CHANGE_ROLE,
    DECLINED,
    IMPROVED,
    UNCHANGED,
    CompareModel,
)
from fidelity_app.ui.models.history_models import (
    SCORE_COLORS,
    SCORE_ROLE,
    TOTAL,
    MatrixModel,
    MeasurementsModel,
)
from fidelity_app.ui.models.history_units_model import (
    OVERDUE_AFTER_MONTHS,
    UnitsFilter,
    UnitsModel,
    months_between,
)


def _unit_history(db, scale, name="IPS Älvstaden"):
    load_demo(db, scale)
    unit = next(u for u in repository.list_units(db) if u.name == name)
    return unit, measurements(db, ScaleLibrary([scale]), unit.id)


def test_measurements_model(qtmodeltester, db, scale):
    """One row per measurement with its total of 125."""
    _unit, found = _unit_history(db, scale)
    model = MeasurementsModel()
    model.set_measurements(found)
    qtmodeltester.check(model)
    assert [model.index(r, TOTAL).data() for r in range(model.rowCount())] == [
        f"{m.summary.total}/125" for m in found
    ]


def test_matrix_model_colours_scores_and_sums_sections(qtmodeltester, db, scale):
    """25 criteria, a subtotal per section and a total row; cells coloured by score."""
    _unit, found = _unit_history(db, scale)
    model = MatrixModel()
    model.set_history(scale, found)
    qtmodeltester.check(model)
    assert model.rowCount() == len(scale.items) + len(scale.sections) + 1
    assert model.columnCount() == len(found)
    first = model.index(0, 0)
    score = found[0].scores[scale.items[0].id]
    assert first.data(SCORE_ROLE) == score
    assert first.data(Qt.ItemDataRole.BackgroundRole).color().name() == SCORE_COLORS[score]
    subtotal_row = len(scale.items_in(scale.sections[0].id))
    section_sum = sum(found[0].scores[i.id] for i in scale.items_in(scale.sections[0].id))
    assert model.index(subtotal_row, 0).data(SCORE_ROLE) == section_sum
    assert model.index(model.rowCount() - 1, 0).data(SCORE_ROLE) == found[0].summary.total
    assert not any(
        model.flags(model.index(r, 0)) & Qt.ItemFlag.ItemIsEditable for r in range(model.rowCount())
    )


def test_compare_model_marks_exactly_the_changed_items(qtmodeltester, db, scale):
    """Improved, declined and unchanged follow the two measurements' scores item by item."""
    _unit, found = _unit_history(db, scale)
    earlier, later = found[0], found[1]
    model = CompareModel()
    model.set_comparison(scale, earlier, later, {scale.items[0].id: "Färre deltagare per coach"})
    qtmodeltester.check(model)
    marks = {scale.items[r].id: model.index(r, 0).data(CHANGE_ROLE) for r in range(model.rowCount())}
    for item_id, mark in marks.items():
        before, after = earlier.scores[item_id], later.scores[item_id]
        assert mark == (IMPROVED if after > before else DECLINED if after < before else UNCHANGED)
    assert model.index(0, 4).data() == "Färre deltagare per coach"


def test_units_model_flags_overdue_units_and_filters(qtmodeltester, db, scale):
    """A unit last measured more than 12 months ago is overdue; filters narrow the list."""
    load_demo(db, scale)
    standings = unit_standings(db, ScaleLibrary([scale]))
    model = UnitsModel()
    today = date(2026, 12, 1)
    model.set_standings(standings, today)
    qtmodeltester.check(model)
    proxy = UnitsFilter()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)
    expected = {
        s.unit.name
        for s in standings
        if s.latest
        and months_between(date.fromisoformat(s.latest.review.visit_start), today) > OVERDUE_AFTER_MONTHS
    }
    assert (
        expected
        and {model.standing(r).unit.name for r in range(model.rowCount()) if model.overdue(r)} == expected
    )
    proxy.set_filters(overdue_only=True)
    assert proxy.rowCount() == len(expected)
    proxy.set_filters(organisation="Region Söderland")
    assert {proxy.index(r, 0).data() for r in range(proxy.rowCount())} == {
        "Arbetslinjen Söderhöjden",
        "IPS-teamet Östra Sjöstad",
    }
    proxy.set_filters(year="2026")
    assert [proxy.index(r, 0).data() for r in range(proxy.rowCount())] == ["IPS-teamet Östra Sjöstad"]
