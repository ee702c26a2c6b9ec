"""The across-units overview takes each unit's latest finished measurement, never a draft."""

from __future__ import annotations

from fidelity_app.domain.scale_library import ScaleLibrary
from fidelity_app.storage import repository
from fidelity_app.storage.demo import load_demo
from fidelity_app.storage.history_overview import unit_standings


def test_each_unit_gets_its_latest_finished_measurement(db, scale):
    """Latest finished review per unit with its total; the open draft of a unit is left out."""
    load_demo(db, scale)
    standings = unit_standings(db, ScaleLibrary([scale]))
    assert [s.unit.name for s in standings] == sorted(
        (u.name for u in repository.list_units(db)), key=str.casefold
    )
    for standing in standings:
        finished = [r for r in repository.list_reviews(db, standing.unit.id) if r.finished]
        assert standing.measurement_count == len(finished)
        assert standing.latest.review.id == finished[-1].id
        assert standing.latest.summary.total == sum(repository.scores(db, finished[-1].id).values())
