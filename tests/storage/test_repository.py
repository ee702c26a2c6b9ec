"""Edits are kept across restarts, logged, and refused on finished reviews."""

from __future__ import annotations

import pytest

from fidelity_app.storage import repository as repo
from fidelity_app.storage.database import open_database


@pytest.fixture
def review(db, scale):
    unit = repo.create_unit(db, "IPS Åkerby", "Region Söderland")
    return repo.create_review(db, unit.id, scale, "2026-11-02", "2026-11-03", ["Åsa Ek", "Örjan Lund"])


def test_score_survives_a_restart(db_path, scale, review, db):
    """A consensus score and rationale are in the database after closing and reopening it."""
    repo.set_rating(db, scale, review.id, "staffing.caseload", score=4, rationale="19 per coach")
    db.close()
    again = open_database(db_path)
    rating = [r for r in repo.ratings(again, review.id) if r.item_id == "staffing.caseload"][0]
    assert (rating.score, rating.rationale, rating.consensus) == (4, "19 per coach", True)
    assert repo.scores(again, review.id) == {"staffing.caseload": 4}
    again.close()


def test_each_reviewer_has_own_ratings(db, scale, review):
    """Two reviewers' scores for one item are kept apart from each other and the consensus."""
    first, second = repo.reviewers(db, review.id)
    repo.set_rating(db, scale, review.id, "org.supervisor", reviewer_id=first.id, score=3)
    repo.set_rating(db, scale, review.id, "org.supervisor", reviewer_id=second.id, score=4)
    repo.set_rating(db, scale, review.id, "org.supervisor", score=4)
    assert sorted(r.score for r in repo.ratings(db, review.id)) == [3, 4, 4]
    assert repo.scores(db, review.id) == {"org.supervisor": 4}


def test_score_changes_are_audited(db, scale, review):
    """Changing a score from 2 to 3 leaves audit entries with old and new value; a rationale does not."""
    repo.set_rating(db, scale, review.id, "services.benefits", score=2, actor="Åsa Ek")
    repo.set_rating(db, scale, review.id, "services.benefits", score=3, actor="Åsa Ek")
    repo.set_rating(db, scale, review.id, "services.benefits", rationale="Mer underlag")
    entries = repo.audit_entries(db, review.id, "services.benefits")
    assert [(e.old_value, e.new_value, e.actor) for e in entries] == [(None, "2", "Åsa Ek"), ("2", "3", "Åsa Ek")]


def test_invalid_score_changes_nothing(db, scale, review):
    """A score of 6 is refused and nothing is written."""
    with pytest.raises(ValueError):
        repo.set_rating(db, scale, review.id, "staffing.caseload", score=6)
    assert repo.ratings(db, review.id) == [] and repo.audit_entries(db, review.id) == []


def test_finish_needs_every_item_and_locks_the_review(db, scale, review):
    """Finishing lists what is missing; a finished review refuses edits until reopened (logged)."""
    for item in scale.items[:-2]:
        repo.set_rating(db, scale, review.id, item.id, score=4)
    with pytest.raises(repo.IncompleteReviewError) as caught:
        repo.finish_review(db, scale, review.id)
    assert caught.value.missing == tuple(i.id for i in scale.items[-2:])
    for item in scale.items[-2:]:
        repo.set_rating(db, scale, review.id, item.id, score=5)
    assert repo.finish_review(db, scale, review.id, actor="Åsa Ek").finished
    with pytest.raises(repo.ReviewLockedError):
        repo.set_rating(db, scale, review.id, "staffing.caseload", score=1)
    with pytest.raises(repo.ReviewLockedError):
        repo.add_note(db, review.id, "sent")
    assert not repo.reopen_review(db, review.id, actor="Åsa Ek").finished
    assert [e.action for e in repo.audit_entries(db, review.id) if e.item_id is None] == ["finish", "reopen"]


def test_notes_add_edit_move_delete_and_undo(db, review):
    """A note can be edited, moved from unsorted to an item, deleted and restored exactly."""
    note = repo.add_note(db, review.id, "Coach: 19 deltagare", source="INT", informant="Coach Å")
    assert note.item_id is None
    repo.update_note(db, note.id, text="Coach: 19 aktiva deltagare", item_id="staffing.caseload")
    deleted = repo.delete_note(db, note.id)
    assert repo.notes(db, review.id) == []
    repo.restore_note(db, deleted)
    (restored,) = repo.notes(db, review.id)
    assert (restored.text, restored.item_id, restored.source) == (
        "Coach: 19 aktiva deltagare", "staffing.caseload", "INT")


def test_odd_text_round_trips_exactly(db, review):
    """Emoji, right-to-left marks, combining characters and a 1 MB note come back byte for byte."""
    odd = "Deltagare 👩🏽‍🔧 sa: \u202eמבחן\u202c e\u0301 å ä ö " + "x" * (1_000_000 - 40)
    note = repo.add_note(db, review.id, odd)
    assert repo.notes(db, review.id)[0].text == odd and note.text == odd
    with pytest.raises(ValueError):
        repo.add_note(db, review.id, "y" * 1_000_001)


def test_findings_and_calculator_inputs(db, review):
    """Recommendations, overrides and calculator tallies are stored per item."""
    repo.set_finding(db, review.id, "services.benefits", recommendation="Erbjud ekonomisk vägledning")
    repo.set_finding(db, review.id, "services.benefits", classification="development")
    repo.set_calculator_input(db, review.id, "staffing.caseload", {"clients": 27, "coach_fte": 1.5})
    finding = repo.findings(db, review.id)["services.benefits"]
    assert (finding.recommendation, finding.classification) == ("Erbjud ekonomisk vägledning", "development")
    assert repo.calculator_inputs(db, review.id)["staffing.caseload"].values == {"clients": 27, "coach_fte": 1.5}


def test_previous_review_is_the_latest_earlier_finished_one(db, scale, review):
    """The previous measurement is the latest earlier finished one; drafts are no baseline."""
    def finished(date):
        earlier = repo.create_review(db, review.unit_id, scale, date, reviewer_names=["Åsa Ek"])
        for item in scale.items:
            repo.set_rating(db, scale, earlier.id, item.id, score=3)
        return repo.finish_review(db, scale, earlier.id)
    older = finished("2025-10-01")
    finished("2024-10-01")
    repo.create_review(db, review.unit_id, scale, "2026-01-10")  # an abandoned draft
    assert repo.previous_review(db, review).id == older.id
    assert repo.previous_review(db, older).visit_start == "2024-10-01"
