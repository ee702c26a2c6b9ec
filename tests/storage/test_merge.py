"""Two laptops: independent scoring merged by UUID, conflicts asked about, nothing lost."""

from __future__ import annotations

import pytest

from fidelity_app.storage import repository as repo
from fidelity_app.storage.bundle import export_review, import_bundle
from fidelity_app.storage.database import open_database
from fidelity_app.storage.merge import INCOMING, LOCAL, remember_exchanged, resolve, set_aside_versions


def _dump(db) -> list[str]:
    return list(db.conn.iterdump())


def _send(source, review_id, target, library, **options):
    """Export on one laptop (remembering what was sent) and import on the other."""
    bundle = export_review(source, review_id, include_notes=True, **options)
    remember_exchanged(source, bundle)
    return import_bundle(target, bundle, library)


@pytest.fixture
def laptops(tmp_path, scale, library):
    """The lead's laptop creates the review and gives a copy to the co-reviewer's laptop."""
    lead, co = open_database(tmp_path / "lead.sqlite"), open_database(tmp_path / "co.sqlite")
    unit = repo.create_unit(lead, "IPS Åsele", "Region Norr")
    review = repo.create_review(lead, unit.id, scale, "2026-11-02", "2026-11-03", ["Karin", "Jonas"])
    _send(lead, review.id, co, library)
    yield lead, co, review
    lead.close()
    co.close()


def test_two_reviewers_merge_once(laptops, scale, library):
    """Both score independently and take notes; after the lead imports Jonas's part, both sets are there once."""
    lead, co, review = laptops
    karin, jonas = repo.reviewers(lead, review.id)
    for item in scale.items:
        repo.set_rating(lead, scale, review.id, item.id, reviewer_id=karin.id, score=4, actor="Karin")
        repo.set_rating(co, scale, review.id, item.id, reviewer_id=jonas.id, score=3, actor="Jonas")
    repo.add_note(lead, review.id, "Karins anteckning", reviewer_id=karin.id, source="INT")
    repo.add_note(co, review.id, "Jonas anteckning", reviewer_id=jonas.id, source="OBS")
    result = _send(co, review.id, lead, library, reviewer_id=jonas.id)
    assert not result.conflicts
    ratings = repo.ratings(lead, review.id)
    assert sorted((r.reviewer_id, r.score) for r in ratings).count((jonas.id, 3)) == 25
    assert sorted((r.reviewer_id, r.score) for r in ratings).count((karin.id, 4)) == 25
    assert sorted(n.text for n in repo.notes(lead, review.id)) == ["Jonas anteckning", "Karins anteckning"]
    before = _dump(lead)
    again = _send(co, review.id, lead, library, reviewer_id=jonas.id)
    assert again.added == again.updated == 0 and not again.conflicts
    assert _dump(lead) == before


def test_change_made_only_on_one_laptop_travels(laptops, scale, library):
    """An edit made only on the co-reviewer's laptop is taken; one made only here is kept."""
    lead, co, review = laptops
    repo.set_rating(lead, scale, review.id, "org.supervisor", score=2)
    _send(lead, review.id, co, library)
    repo.set_rating(co, scale, review.id, "org.supervisor", score=4)
    repo.set_rating(lead, scale, review.id, "services.benefits", score=1)
    result = _send(co, review.id, lead, library)
    assert not result.conflicts
    assert repo.scores(lead, review.id) == {"org.supervisor": 4, "services.benefits": 1}


def test_edit_on_both_laptops_is_a_conflict_resolved_without_loss(laptops, scale, library):
    """The same consensus edited on both laptops is asked about; choosing one sets the other aside."""
    lead, co, review = laptops
    repo.set_rating(lead, scale, review.id, "org.supervisor", score=2, rationale="underlag A")
    _send(lead, review.id, co, library)
    repo.set_rating(lead, scale, review.id, "org.supervisor", score=3, rationale="lead")
    repo.set_rating(co, scale, review.id, "org.supervisor", score=5, rationale="co")
    result = _send(co, review.id, lead, library)
    (conflict,) = result.conflicts
    assert set(conflict.changed_fields) == {"score", "rationale"}
    assert repo.scores(lead, review.id)["org.supervisor"] == 3  # nothing overwritten yet
    resolve(lead, conflict, INCOMING)
    assert repo.scores(lead, review.id)["org.supervisor"] == 5
    (aside,) = set_aside_versions(lead, review.id)
    assert (aside["version"]["score"], aside["version"]["rationale"]) == (3, "lead")
    before = _dump(lead)
    again = _send(co, review.id, lead, library)
    assert not again.conflicts and _dump(lead) == before


def test_keeping_the_local_version_also_keeps_the_other(laptops, scale, library):
    """Keeping this laptop's note text sets the other laptop's text aside, in full."""
    lead, co, review = laptops
    note = repo.add_note(lead, review.id, "Första versionen")
    _send(lead, review.id, co, library)
    repo.update_note(lead, note.id, text="Ledarens version")
    repo.update_note(co, note.id, text="Medbedömarens version " + "å" * 5000)
    (conflict,) = _send(co, review.id, lead, library).conflicts
    resolve(lead, conflict, LOCAL)
    assert repo.notes(lead, review.id)[0].text == "Ledarens version"
    assert set_aside_versions(lead, review.id)[0]["version"]["text"] == "Medbedömarens version " + "å" * 5000


def test_resolving_a_stale_conflict_is_refused(laptops, scale, library):
    """If the row changed again after the import, resolving the old conflict is refused."""
    lead, co, review = laptops
    repo.set_rating(lead, scale, review.id, "org.supervisor", score=2)
    _send(lead, review.id, co, library)
    repo.set_rating(lead, scale, review.id, "org.supervisor", score=3)
    repo.set_rating(co, scale, review.id, "org.supervisor", score=5)
    (conflict,) = _send(co, review.id, lead, library).conflicts
    repo.set_rating(lead, scale, review.id, "org.supervisor", score=1)
    with pytest.raises(ValueError, match="importera filen igen"):
        resolve(lead, conflict, INCOMING)
    assert repo.scores(lead, review.id)["org.supervisor"] == 1
