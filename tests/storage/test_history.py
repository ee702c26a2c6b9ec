"""History in bulk gives the same scores, totals and order as reading each review on its own."""

from __future__ import annotations

from fidelity_app.storage import repository as repo
from fidelity_app.storage.demo import load_demo
from fidelity_app.storage.history import all_scores, measurements


def test_bulk_scores_follow_the_result_rule(db, scale):
    """Consensus wins; a lone reviewer's own score counts; two reviewers without consensus do not."""
    unit = repo.create_unit(db, "IPS Åby")
    solo = repo.create_review(db, unit.id, scale, "2025-01-01", reviewer_names=["Ensam"])
    pair = repo.create_review(db, unit.id, scale, "2026-01-01", reviewer_names=["A", "B"])
    (me,) = repo.reviewers(db, solo.id)
    first, _ = repo.reviewers(db, pair.id)
    repo.set_rating(db, scale, solo.id, "staffing.caseload", reviewer_id=me.id, score=2)
    repo.set_rating(db, scale, solo.id, "staffing.generalists", reviewer_id=me.id, score=3)
    repo.set_rating(db, scale, solo.id, "staffing.generalists", score=4)
    repo.set_rating(db, scale, pair.id, "staffing.caseload", reviewer_id=first.id, score=5)
    repo.set_rating(db, scale, pair.id, "org.supervisor", score=1)
    bulk = all_scores(db)
    for review in (solo, pair):
        assert bulk.get(review.id, {}) == repo.scores(db, review.id)
    assert bulk[solo.id] == {"staffing.caseload": 2, "staffing.generalists": 4}
    assert bulk[pair.id] == {"org.supervisor": 1}


def test_demo_history_matches_each_review(db, scale, library):
    """Every demo measurement's bulk total equals the review read alone; order is unit, then date."""
    load_demo(db, scale)
    found = measurements(db, library)
    assert len(found) == len(repo.list_reviews(db))
    for m in found:
        assert m.scores == repo.scores(db, m.review.id)
        assert m.summary.total == sum(m.scores.values())
    keys = [(m.unit.name.casefold(), m.review.visit_start) for m in found]
    assert keys == sorted(keys)
    one_unit = measurements(db, library, found[0].unit.id)
    assert {m.unit.id for m in one_unit} == {found[0].unit.id}
