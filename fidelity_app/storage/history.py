"""Past measurements in bulk, for unit leaders: every review with its unit and result scores."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

import sqlite_utils

from ..domain.review import Rating, Review, Unit, result_scores
from ..domain.scale_library import ScaleLibrary, UnknownScaleError
from ..domain.scoring import ScoreSummary, summarize
from .repository import _build


@dataclass(frozen=True)
class Measurement:
    """One review as history sees it; `summary` is None when its scale edition is not installed."""

    review: Review
    unit: Unit
    scores: dict[str, int]
    summary: ScoreSummary | None
    reviewer_names: tuple[str, ...]


def all_scores(db: sqlite_utils.Database, unit_id: str | None = None) -> dict[str, dict[str, int]]:
    """Result scores (points per item) of every review, read in one pass over the ratings."""
    where, params = ("WHERE r.unit_id = ?", [unit_id]) if unit_id else ("", [])
    by_review: dict[str, list[Rating]] = defaultdict(list)
    for row in db.query(f"""SELECT ra.* FROM ratings ra JOIN reviews r ON r.id = ra.review_id {where}""",
                        params):
        by_review[row["review_id"]].append(_build(Rating, row))
    counts = dict(db.execute(
        f"""SELECT rv.review_id, count(*) FROM reviewers rv JOIN reviews r ON r.id = rv.review_id
            {where} GROUP BY rv.review_id""", params).fetchall())
    return {review_id: result_scores(rows, counts.get(review_id, 0))
            for review_id, rows in by_review.items()}


def measurements(db: sqlite_utils.Database, library: ScaleLibrary,
                 unit_id: str | None = None) -> list[Measurement]:
    """Every review (or one unit's) ordered by unit name and visit date, with totals and bands."""
    units = {row["id"]: _build(Unit, row) for row in db.query("SELECT * FROM units")}
    where, params = ("WHERE unit_id = ?", [unit_id]) if unit_id else ("", [])
    reviews = [_build(Review, row) for row in db.query(f"SELECT * FROM reviews {where}", params)]
    names: dict[str, list[str]] = defaultdict(list)
    for row in db.query("SELECT review_id, name FROM reviewers ORDER BY position"):
        names[row["review_id"]].append(row["name"])
    scores = all_scores(db, unit_id)
    result = []
    for review in reviews:
        review_scores = scores.get(review.id, {})
        try:
            summary = summarize(library.get(review.scale_id, review.scale_edition), review_scores)
        except UnknownScaleError:
            summary = None
        result.append(Measurement(review, units[review.unit_id], review_scores, summary,
                                  tuple(names[review.id])))
    result.sort(key=lambda m: (m.unit.name.casefold(), m.review.visit_start, m.review.created_at))
    return result
