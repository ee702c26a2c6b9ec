"""Every unit with its latest finished measurement, for the across-units overview (few queries)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

import sqlite_utils

from ..domain.review import Review, Unit
from ..domain.scale_library import ScaleLibrary, UnknownScaleError
from ..domain.scoring import summarize
from .history import RESULT_SCORES_SQL, Measurement
from .repository import build_row

# The newest finished review per unit; a draft is not yet a measurement to look back on.
_LATEST = """
    WITH latest AS (
      SELECT id FROM (
        SELECT id, row_number() OVER (PARTITION BY unit_id
                                      ORDER BY visit_start DESC, created_at DESC) AS n
        FROM reviews WHERE status = 'finished')
      WHERE n = 1)
"""


@dataclass(frozen=True)
class UnitStanding:
    """A unit as the overview sees it: its latest finished measurement (None if there is none)."""

    unit: Unit
    latest: Measurement | None
    measurement_count: int  # finished measurements


def unit_standings(db: sqlite_utils.Database, library: ScaleLibrary) -> list[UnitStanding]:
    """Every unit ordered by name, with its latest finished measurement, total and band."""
    units = [build_row(Unit, row) for row in db.query("SELECT * FROM units")]
    reviews = {
        row["id"]: build_row(Review, row)
        for row in db.query(_LATEST + "SELECT r.* FROM reviews r JOIN latest l ON l.id = r.id")
    }
    counts = dict(
        db.execute(
            "SELECT unit_id, count(*) FROM reviews WHERE status = 'finished' GROUP BY unit_id"
        ).fetchall()
    )
    names: dict[str, list[str]] = defaultdict(list)
    for review_id, name in db.execute(
        _LATEST + "SELECT rv.review_id, rv.name FROM reviewers rv JOIN latest l "
        "ON l.id = rv.review_id ORDER BY rv.position"
    ).fetchall():
        names[review_id].append(name)
    scores: dict[str, dict[str, int]] = defaultdict(dict)
    sql = _LATEST + RESULT_SCORES_SQL.format(join="JOIN latest l ON l.id = ra.review_id", unit="")
    for review_id, item_id, score in db.execute(sql).fetchall():
        scores[review_id][item_id] = score
    by_unit = {review.unit_id: review for review in reviews.values()}
    result = []
    for unit in units:
        review = by_unit.get(unit.id)
        latest = None
        if review is not None:
            given = scores.get(review.id, {})
            try:
                summary = summarize(library.get(review.scale_id, review.scale_edition), given)
            except UnknownScaleError:
                summary = None
            latest = Measurement(review, unit, given, summary, tuple(names[review.id]))
        result.append(UnitStanding(unit, latest, counts.get(unit.id, 0)))
    result.sort(key=lambda s: s.unit.name.casefold())
    return result
