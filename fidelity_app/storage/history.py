"""Past measurements in bulk, for unit leaders: every review with its unit and result scores."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

import sqlite_utils

from ..domain.review import Review, Unit
from ..domain.scale_library import ScaleLibrary, UnknownScaleError
from ..domain.scoring import ScoreSummary, summarize
from .repository import build_row


@dataclass(frozen=True)
class Measurement:
    """One review as history sees it; `summary` is None when its scale edition is not installed."""

    review: Review
    unit: Unit
    scores: dict[str, int]
    summary: ScoreSummary | None
    reviewer_names: tuple[str, ...]


# The scores that count, as in domain.review.result_scores, computed in SQL so that the
# history of thousands of reviews never builds a Python object per rating.
RESULT_SCORES_SQL = """
    SELECT ra.review_id, ra.item_id, ra.score FROM ratings ra {join}
    WHERE ra.reviewer_id IS NULL AND ra.score IS NOT NULL {unit}
    UNION ALL
    SELECT ra.review_id, ra.item_id, ra.score FROM ratings ra {join}
    JOIN (SELECT review_id FROM reviewers GROUP BY review_id HAVING count(*) = 1) solo
      ON solo.review_id = ra.review_id
    WHERE ra.reviewer_id IS NOT NULL AND ra.score IS NOT NULL {unit}
      AND NOT EXISTS (SELECT 1 FROM ratings c WHERE c.review_id = ra.review_id
                      AND c.item_id = ra.item_id AND c.reviewer_id IS NULL AND c.score IS NOT NULL)
"""


def all_scores(db: sqlite_utils.Database, unit_id: str | None = None) -> dict[str, dict[str, int]]:
    """Result scores (points per item) of every review, or of one unit's reviews."""
    if unit_id:
        sql = RESULT_SCORES_SQL.format(join="JOIN reviews r ON r.id = ra.review_id", unit="AND r.unit_id = ?")
        params = [unit_id, unit_id]
    else:
        sql, params = RESULT_SCORES_SQL.format(join="", unit=""), []
    scores: dict[str, dict[str, int]] = defaultdict(dict)
    for review_id, item_id, score in db.execute(sql, params).fetchall():
        scores[review_id][item_id] = score
    return scores


def measurements(db: sqlite_utils.Database, library: ScaleLibrary,
                 unit_id: str | None = None) -> list[Measurement]:
    """Every review (or one unit's) ordered by unit name and visit date, with totals and bands."""
    units = {row["id"]: build_row(Unit, row) for row in db.query("SELECT * FROM units")}
    where, params = ("WHERE unit_id = ?", [unit_id]) if unit_id else ("", [])
    reviews = [build_row(Review, row) for row in db.query(f"SELECT * FROM reviews {where}", params)]
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
